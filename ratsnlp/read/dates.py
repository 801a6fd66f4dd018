"""German dates ("25.02.2021", "Di, 12.03.24") -> ISO dates; shared by the readers and the structure component."""

from __future__ import annotations

import re

_DATE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)")


def iso_date(value: str) -> str | None:
    """The first plausible date in `value` as YYYY-MM-DD, else None."""
    m = _DATE.search(value)
    if not m:
        return None
    d, mo, y = (int(x) for x in m.groups())
    if y < 100:
        y += 2000
    if not (1 <= d <= 31 and 1 <= mo <= 12 and 1950 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"
