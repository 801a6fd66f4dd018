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
from .flatten import flatten

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
MAX_DEPTH = 200  # libxml2 stops at a nesting depth of 256 and drops the rest of the page; deeper pages are flattened
_WS = re.compile(r"[ \t\n\r\f\v]+")
_LEAD_SEPARATOR = re.compile(r"^\|\s*")
_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")
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
    from lxml import etree

    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]{0,200}>", "", data)
    root = _parse(data, path)
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


def _parse(data: bytes | str, path: str):  # noqa: ANN202 - an lxml element or None
    """The page's element tree. A page nested deeper than libxml2's limit is flattened first (see flatten)."""
    from lxml import etree, html

    if not data:
        return None
    try:
        parser = html.HTMLParser()
        root = html.fromstring(data, parser=parser)
        if not _hit_limit(parser.error_log):
            return root
        markup = data if isinstance(data, str) else data.decode("utf-8", "replace")
        parser = html.HTMLParser(huge_tree=True)  # no limit on the size of a text node either
        root = html.fromstring(flatten(markup, max_depth=MAX_DEPTH, blocks=BLOCK, hidden=_hidden), parser=parser)
    except (etree.ParserError, ValueError) as err:
        raise SourceError(Errors.E009.format(path=path) + f" ({err})") from None
    if _hit_limit(parser.error_log):
        raise SourceError(Errors.E015.format(path=path, detail=parser.error_log[0].message.strip()))
    return root


def _hit_limit(log) -> bool:  # noqa: ANN001 - lxml's error log
    """Whether libxml2 stopped at one of its limits (nesting depth, text size) and dropped the rest of the page."""
    return any(e.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in e.message for e in log)


def _hidden(tag: str, attrs: dict[str, str]) -> bool:
    """Whether an element's text is left out of the page text (scripts, navigation)."""
    return tag in DROP or _is_nav(attrs)


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
    # a label is short: the text of a cell is only read whole when it follows a label (a layout table's
    # cells hold the whole page, and reading them whole for every row would cost rows x page)
    for row in root.xpath("//tr")[:60]:
        cells = row.xpath("./td|./th")
        for cell, after in zip(cells, cells[1:]):
            key = LABELS.get(_label(cell).rstrip(":").strip().lower())
            if key and key not in meta:
                value = " ".join(after.text_content().split())
                if value:
                    meta[key] = _clean(key, value)
    for dt in root.xpath("//dt")[:40]:
        dd = dt.getnext()
        key = LABELS.get(_label(dt).rstrip(":").lower())
        if key and dd is not None and key not in meta:
            meta[key] = _clean(key, " ".join(dd.text_content().split()))
    h1 = root.xpath("//h1")
    if "item_title" not in meta and h1:
        t = " ".join(h1[0].text_content().split())
        t = re.sub(r"^(?:Auszug|Vorlage|Tagesordnungspunkt)\s*-\s*", "", t)
        if t:
            meta["item_title"] = t
    return {k: v for k, v in meta.items() if v}


def _label(el, limit: int = 200) -> str:  # noqa: ANN001 - lxml element
    """The text of a cell that may be a label ("Datum:"), whitespace collapsed; "" when it is longer than `limit`."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > limit:
            return ""
    return " ".join("".join(parts).split())


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
        line = _strip_separators(line.strip(" \t"))  # trailing cell separators
        line = _LEAD_SEPARATOR.sub("", line)
        line = _SPACES.sub(" ", line)
        lines.append(line)
    text = "\n".join(lines)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"


def _strip_separators(line: str) -> str:
    """`line` without its trailing run of cell separators and spaces (a regex here backtracks exponentially)."""
    k = len(line)
    while k and (line[k - 1] == "|" or line[k - 1].isspace()):
        k -= 1
    return line[:k] if "|" in line[k:] else line
