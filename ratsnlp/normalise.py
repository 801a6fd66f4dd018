"""Line-level view of a document: blank lines, page furniture and content, offsets kept.

ratsnlp never rewrites the text (every offset must point into the source); normalising means
classifying lines so later steps can skip what is not minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .resources import lexicon

_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped line

    @property
    def blank(self) -> bool:
        return not self.text


def iter_lines(text: str) -> Iterator[Line]:
    """Every line with the offsets of its stripped content (NBSP-only lines are blank)."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            yield Line(start, start + len(stripped), stripped)
        else:
            yield Line(pos, pos, "")
        pos = nl + 1


def is_boilerplate(line: str) -> bool:
    """Page furniture of council systems ("Reduzieren", "Online-Version dieser Seite: ...")."""
    return len(line) < 600 and bool(lexicon().boilerplate.match(line))

