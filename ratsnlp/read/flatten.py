"""Cap the nesting depth of HTML markup before lxml parses it, keeping every word.

libxml2 (lxml's parser) stops at a nesting depth of 256 elements (2,048 with `huge_tree`) and drops the
rest of the page. Pages from broken content-management systems nest hundreds of tables or divs, or
leave thousands of tags unclosed. `flatten` scans the markup once, follows the elements that are open
(closing them as libxml2 does: an end tag closes what it encloses unless a table cell, row, table or
div stands in between; a new cell, row, list item or block closes an open cell, row, item or
paragraph), and replaces every element deeper than `max_depth` by what it contributes to the text: a
line break for a block, a cell separator after a table cell, nothing for inline markup. Elements whose
text is never shown (scripts, navigation) are left out with their content. No recursion; time linear in
the length of the markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

VOID = frozenset(
    ["area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link"]
    + ["meta", "param", "source", "track", "wbr"]
)
RAW = frozenset(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"])  # text content
# libxml2's end-tag priorities: an end tag does not close an element of higher priority that encloses it
PRIORITY = {
    **dict.fromkeys(["td", "th"], 160),
    **dict.fromkeys(["thead", "tbody", "tfoot"], 180),
    **dict.fromkeys(["head", "body"], 200),
    "div": 150,
    "tr": 170,
    "table": 190,
    "html": 220,
}
_CELLS = frozenset(["td", "th"])
# what an opening tag closes when it is the innermost open element (a subset of libxml2's rules)
_P = frozenset(["p"])
CLOSES: dict[str, frozenset[str]] = {
    **dict.fromkeys(["p", "div", "table", "ul", "ol", "dl", "blockquote", "pre", "hr"], _P),
    **dict.fromkeys(["h1", "h2", "h3", "h4", "h5", "h6"], _P),
    "li": frozenset(["li", "p"]),
    "td": frozenset(["td", "th", "p"]),
    "th": frozenset(["td", "th", "p"]),
    "tr": frozenset(["td", "th", "tr", "p"]),
    "option": frozenset(["option"]),
}
# a comment, CDATA, a declaration or processing instruction, or a tag: (end slash, name, attributes)
_MARKUP = re.compile(
    r"<!--|<!\[CDATA\[|<[!?][^<>]{0,4000}>"
    r"|<(/?)([A-Za-z][\w:.-]*)((?:\"[^\"]{0,4000}\"|'[^']{0,4000}'|[^'\"<>])*)>"
)
_END_MARKS = {"<!--": "-->", "<![CDATA[": "]]>"}
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


class _Open:
    """The open elements, with per-name and per-priority positions so that an end tag is matched in O(1)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.hidden: list[bool] = []
        self.at: dict[str, list[int]] = {}  # name -> positions in the stack
        self.high: dict[int, list[int]] = {}  # priority (above the default) -> positions

    def __len__(self) -> int:
        return len(self.names)

    def push(self, name: str, hidden: bool) -> None:
        pos = len(self.names)
        self.names.append(name)
        self.hidden.append(hidden)
        self.at.setdefault(name, []).append(pos)
        if name in PRIORITY:
            self.high.setdefault(PRIORITY[name], []).append(pos)

    def pop(self) -> tuple[int, str, bool]:
        name, hidden = self.names.pop(), self.hidden.pop()
        self.at[name].pop()
        if name in PRIORITY:
            self.high[PRIORITY[name]].pop()
        return len(self.names), name, hidden

    def match(self, name: str) -> int:
        """Position of the element an end tag `name` closes, or -1 when libxml2 would ignore the tag."""
        found = self.at.get(name)
        if not found:
            return -1
        pos = found[-1]
        prio = PRIORITY.get(name, 100)
        blocked = max((p[-1] for level, p in self.high.items() if level > prio and p), default=-1)
        return pos if pos > blocked else -1


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "") for m in _ATTR.finditer(raw)}


def flatten(
    markup: str,
    *,
    max_depth: int,
    blocks: frozenset[str],
    hidden: Callable[[str, dict[str, str]], bool],
) -> str:
    """`markup` with no element nested deeper than `max_depth`; deeper elements become text structure.

    blocks: elements that stand on their own lines; hidden(tag, attributes): whether an element's text is
    never shown (it is then left out with its content when it is too deep to keep).
    """
    out: list[str] = []
    stack = _Open()
    muted = 0  # hidden elements open below the depth limit: their content is left out

    def emit(piece: str) -> None:
        if not muted:
            out.append(piece)

    def close_to(depth: int) -> None:
        """Pop the elements at positions >= depth; those below the limit leave their text structure."""
        nonlocal muted
        while len(stack) > depth:
            pos, name, was_hidden = stack.pop()
            if pos >= max_depth:
                if was_hidden:
                    muted -= 1
                elif name in _CELLS:
                    emit(" | ")
                elif name in blocks:
                    emit("<br>")

    pos = 0
    n = len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            emit(markup[pos:])
            break
        emit(markup[pos:lt])
        m = _MARKUP.match(markup, lt)
        if m is None:  # a "<" that starts no tag is text
            emit("<")
            pos = lt + 1
            continue
        if m.group(2) is None:  # comment, CDATA, doctype, processing instruction: copied as they are
            end = m.end()
            end_mark = _END_MARKS.get(m.group(0))
            if end_mark is not None:
                k = markup.find(end_mark, end)
                end = n if k < 0 else k + len(end_mark)
            if len(stack) < max_depth:
                emit(markup[lt:end])
            pos = end
            continue
        closing, name, raw = m.group(1), m.group(2).lower(), m.group(3)
        tag = m.group(0)
        pos = m.end()
        if closing:
            at = stack.match(name)
            if at < 0:
                if len(stack) < max_depth:
                    emit(tag)  # a stray end tag: libxml2 ignores it or makes an empty element
                continue
            close_to(at + 1)
            if at < max_depth:
                stack.pop()
                emit(tag)
            else:
                close_to(at)
            continue
        while len(stack) and stack.names[-1] in CLOSES.get(name, ()):
            close_to(len(stack) - 1)
        deep = len(stack) >= max_depth
        if name in RAW:  # its content is text up to its end tag
            k = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(markup, pos)
            content_end, after = (n, n) if k is None else (k.start(), k.end())
            if not deep:
                emit(tag + markup[pos:after])
            elif not hidden(name, _attrs(raw)):
                emit(html.escape(html.unescape(markup[pos:content_end]), quote=False))
            pos = after
            continue
        if name in VOID or raw.rstrip().endswith("/"):
            if not deep or name in blocks:
                emit(tag)
            continue
        if not deep:
            stack.push(name, False)
            emit(tag)
            continue
        attrs = _attrs(raw)
        is_hidden = hidden(name, attrs)
        stack.push(name, is_hidden)
        if is_hidden:
            muted += 1
        elif name in blocks:
            emit("<br>")
        elif name == "a" and attrs.get("name"):
            emit(tag + "</a>")  # a named anchor (ALLRIS section marks) without its nesting
    return "".join(out)
