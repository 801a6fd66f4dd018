"""HTML -> visible text with paragraph breaks; scripts, styles and navigation dropped.

A generic reader: block elements become line breaks, table rows become lines with " | " between
cells (so vote tables stay rows). Walks the tree iteratively, so deep nesting cannot overflow.
"""

from __future__ import annotations

import re

from ..errors import Errors, SourceError

DROP = frozenset(
    ["script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "select", "option", "iframe", "svg", "canvas", "menu", "head"]
)
BLOCK = frozenset(
    ["p", "div", "section", "article", "main", "aside", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "hr", "address", "fieldset", "figure", "figcaption", "caption", "center"]
)
CELL = frozenset(("td", "th"))
_NAV_HINT = re.compile(r"\b(?:nav|navigation|menu|breadcrumb|skip|footer|header|sidebar|toolbar)\b", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")


def html_to_text(data: bytes | str, path: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page and metadata (the page title)."""
    from lxml import etree, html

    if isinstance(data, str):
        data = re.sub(r"^\s*<\?xml[^>]{0,200}>", "", data)
    try:
        root = html.fromstring(data) if data else None
    except (etree.ParserError, ValueError) as err:
        raise SourceError(Errors.E009.format(path=path) + f" ({err})") from None
    if root is None:
        raise SourceError(Errors.E009.format(path=path))
    meta = {}
    title = root.findtext(".//title")
    if title and title.strip():
        meta["page_title"] = " ".join(title.split())
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if not tag or tag in DROP or _is_nav(el):
                walker.skip_subtree()
                if el.tail:
                    parts.append(_WS.sub(" ", el.tail))
                continue
            if tag in BLOCK:
                parts.append("\n")
            if el.text:
                parts.append(_WS.sub(" ", el.text))
        else:
            if tag in CELL:
                parts.append(" | ")
            elif tag in BLOCK:
                parts.append("\n\n" if tag in ("p", "div", "table", "h1", "h2", "h3", "h4", "section") else "\n")
            if el.tail:
                parts.append(_WS.sub(" ", el.tail))
    text = _tidy("".join(parts))
    if not text.strip():
        raise SourceError(Errors.E009.format(path=path))
    return text, meta


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
