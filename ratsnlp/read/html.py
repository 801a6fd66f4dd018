"""HTML pages of council information systems -> visible text with paragraph and table structure.

Detects the system from the markup (ALLRIS: `table.risdeco`, `#allriscontainer`, `a[name^=allris]`;
SessionNet: `smc`-prefixed classes and ids; anything else is read generically), drops scripts, styles,
navigation and toggles, keeps paragraphs as blank-line separated blocks and table rows as lines with
" | " between cells (so vote tables stay rows), and reads the agenda item's metadata (date, number,
title, body) from the page's label/value cells. ALLRIS section anchors (Sachverhalt, Protokoll,
Beschluss, Abstimmungsergebnis) become heading lines, so the pipeline sees the sections.
"""

from __future__ import annotations

import re

from ..errors import Errors, SourceError
from .dates import iso_date

DROP = frozenset(
    ["script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "select", "option", "iframe", "svg", "canvas", "menu", "head"]
)
BLOCK = frozenset(
    ["p", "div", "section", "article", "main", "aside", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "hr", "address", "fieldset", "figure", "figcaption", "caption", "center"]
)
PARAGRAPH = frozenset(["p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre", "ul", "ol", "dl"])
CELL = frozenset(("td", "th"))
_NAV_HINT = re.compile(
    r"\b(?:nav|navbar|navigation|menu|menue|breadcrumbs?|skip|footer|header|sidebar|toolbar|smc-?nav\w*|"
    r"smc-?menu\w*|smc-?breadcrumb\w*|risnav\w*|toggle|printlink|druck)\b",
    re.I,
)
_WS = re.compile(r"[ \t\n\r\f\v]+")
# ALLRIS marks the parts of an agenda-item page with named anchors
ALLRIS_ANCHORS = {
    "allrissv": "Sachverhalt",
    "allrisbv": "Beschlussvorschlag",
    "allriswp": "Protokoll",
    "allrisre": "Protokoll",
    "allrisbs": "Beschluss",
    "allrisae": "Abstimmungsergebnis",
}
LABELS = {
    "datum": "meeting_date",
    "sitzungsdatum": "meeting_date",
    "sitzung am": "meeting_date",
    "gremium": "body",
    "ausschuss": "body",
    "top": "item_number",
    "tagesordnungspunkt": "item_number",
    "top-nr.": "item_number",
    "betreff": "item_title",
    "beratungsgegenstand": "item_title",
    "gegenstand": "item_title",
}


def detect_system(root) -> str:  # noqa: ANN001 - lxml element
    """'allris', 'sessionnet' or 'generic', from the markup (never from the file name)."""
    if root.xpath("//table[contains(concat(' ', normalize-space(@class), ' '), ' risdeco ')]|//*[@id='allriscontainer']|//a[starts-with(translate(@name, 'ALRIS', 'alris'), 'allris')]"):
        return "allris"
    generator = " ".join(root.xpath("//meta[@name='generator']/@content")).lower()
    if "allris" in generator:
        return "allris"
    if "sessionnet" in generator or root.xpath("//*[starts-with(@class, 'smc') or starts-with(@id, 'smc')]"):
        return "sessionnet"
    return "generic"


def html_to_text(data: bytes | str, path: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page and metadata (system, page title, date, body, item number/title)."""
    from lxml import etree, html

    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]{0,200}>", "", data)
    try:
        root = html.fromstring(data) if data else None
    except (etree.ParserError, ValueError) as err:
        raise SourceError(Errors.E009.format(path=path) + f" ({err})") from None
    if root is None:
        raise SourceError(Errors.E009.format(path=path))
    system = detect_system(root)
    meta = {"system": system}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["page_title"] = " ".join(title.split())
    meta.update(page_metadata(root))
    text = _tidy(_walk(root, etree, allris=system == "allris"))
    if not text.strip():
        raise SourceError(Errors.E009.format(path=path))
    return text, meta


def _walk(root, etree, *, allris: bool) -> str:  # noqa: ANN001
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in DROP or _is_nav(el):
                walker.skip_subtree()
                if el.tail:
                    parts.append(_WS.sub(" ", el.tail))
                continue
            if allris and tag == "a" and (el.get("name") or "").lower() in ALLRIS_ANCHORS:
                parts.append(f"\n\n{ALLRIS_ANCHORS[el.get('name').lower()]}\n\n")
            if tag in BLOCK:
                parts.append("\n")
            if el.text:
                parts.append(_WS.sub(" ", el.text))
        else:
            if tag in CELL:
                parts.append(" | ")
            elif tag in BLOCK:
                parts.append("\n\n" if tag in PARAGRAPH else "\n")
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
    return "".join(parts)


def page_metadata(root) -> dict[str, str]:  # noqa: ANN001
    """Label/value cells ("Datum: | 25.02.2021", "Gremium: | Ausschuss für ...") of the page header."""
    meta: dict[str, str] = {}
    for row in root.xpath("//tr")[:60]:
        cells = [" ".join(c.text_content().split()) for c in row.xpath("./td|./th")]
        for label, value in zip(cells, cells[1:]):
            key = LABELS.get(label.rstrip(":").strip().lower())
            if key and value and key not in meta:
                meta[key] = _clean(key, value)
    for dt in root.xpath("//dt")[:40]:
        dd = dt.getnext()
        key = LABELS.get(" ".join(dt.text_content().split()).rstrip(":").lower())
        if key and dd is not None and key not in meta:
            meta[key] = _clean(key, " ".join(dd.text_content().split()))
    h1 = root.xpath("//h1")
    if "item_title" not in meta and h1:
        t = " ".join(h1[0].text_content().split())
        t = re.sub(r"^(?:Auszug|Vorlage|Tagesordnungspunkt)\s*-\s*", "", t)
        if t:
            meta["item_title"] = t
    return {k: v for k, v in meta.items() if v}


def _clean(key: str, value: str) -> str:
    if key == "meeting_date":
        return iso_date(value) or ""
    if key == "item_number":
        m = re.search(r"(?:[ÖN]\s?)?(\d{1,3}(?:\.\d{1,3}){0,3})", value)
        return m.group(1) if m else ""
    return value


def _is_nav(el) -> bool:  # noqa: ANN001 - lxml element
    role = (el.get("role") or "").lower()
    if role in ("navigation", "banner", "contentinfo", "menu", "search"):
        return True
    hint = f"{el.get('id') or ''} {el.get('class') or ''}"
    return bool(hint.strip()) and bool(_NAV_HINT.search(hint))


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        line = line.strip(" \t")
        line = re.sub(r"(?:\s*\|\s*)+$", "", line)  # trailing cell separators
        line = re.sub(r"^\|\s*", "", line)
        line = re.sub(r" {2,}", " ", line)
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"
