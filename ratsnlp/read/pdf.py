"""PDF -> the minutes' text: reading order, paragraphs, no page furniture, hyphenation undone.

Why this exists: full Niederschriften are mostly published as PDF, and the pipeline was built on
text that reads like the .txt minutes in data/samples. What this module returns is what every
character offset in the turn table refers to (and what `ratsnlp text file.pdf` prints), so it is
built from word positions, not from the PDF's drawing order:

- Words come from pdfplumber's word extractor, fed with light character records taken straight
  from pdfminer's layout (pdfplumber's own per-character records cost twice the time). Rotated
  text (margin notes) and text outside the page are dropped.
- Running headers and footers: among the first and last three rows of each page (in its top or
  bottom 15 %), a row whose text, with digits masked, recurs on at least 60 % of the pages (and on
  two or more) is removed, and so is a bare page number ("3", "- 4 -", "Seite 3 von 11", "3/11")
  as the outermost row; removal stops at the first row from the edge that is not furniture. So
  that a single page loses its header too, an edge row that begins or ends with a page number
  (`page_mark`: "... – Seite 1 von 1") is furniture, and so is a top row in small print that
  repeats a date and a name from the page below it (`dated_header`).
- Columns, per page (`find_gutters`), from word positions, not from a fixed split: a column's
  left edge is a tall bar in the x-histogram of text starts (words after a gap of 8 pt or 0.8 em,
  narrower than any real gutter, 4 mm = 11 pt included), and its gutter the band left of it that
  no word crosses but those of full-width rows (`coverage`). A candidate is a gutter when both
  sides hold prose, lines of three or more words that mostly end in soft wraps, so a table of
  names and roles, a vote table ("Ja  12") or justified text with aligned words stays one column;
  a short last column (the end of the minutes) counts when it sits at the top beside a column of
  prose.
  Each side is searched again, so three columns come out too. Rows that cross a gutter (a
  full-width title) split the page into bands; a band is read column by column, left to right.
- Lines (`separator`): a line break is a soft wrap, joined with a space, when the first word of
  the next line would not have fitted into the room left at the end of the line (measured against
  the column's right edge over the whole document, see `right_edges`), or when the line ends in a
  hyphen. A larger vertical gap than the document's usual line pitch
  starts a paragraph (blank line); any other break stays a line break (lists, attendance,
  headings, and table rows: a gap of over 2 em between two words, much wider than the row's other
  gaps). Wraps across columns and pages are joined the same way, so a sentence (or a word) split
  by a page break is whole again; after a sentence that ends a page or column, a blank line.
- Hyphenation (see `join_hyphenated`): a lowercase continuation is joined ("Verwal-" + "tung");
  the hyphen stays before a capital ("Ja-Stimmen", "Keßler-Wiertz") and after an abbreviation or
  a number ("SPD-", "30-jährig"); before "und"/"oder" it is a suspended hyphen and keeps its
  space ("Straßen- und Wegebau"). Soft hyphens (U+00AD) are removed.

No OCR and no network. Bad files raise SourceError: E030 damaged or truncated, E031 encrypted,
E032 no text layer; the parser's own exceptions never escape.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import math
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import SourceError
from .dates import iso_date

# pdfminer logs recoverable oddities of real-world PDFs as warnings; without a handler of their
# own, Python's last-resort handler would print them on stderr in the middle of a batch run.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
logging.getLogger("pdfplumber").addHandler(logging.NullHandler())

E030 = "[E030] {path}: the PDF is damaged or truncated ({detail}). Download it again, or repair it (e.g. `qpdf in.pdf out.pdf`) and read the repaired copy."
E031 = (
    "[E031] {path}: the PDF is encrypted ({detail}) and cannot be opened without its password. Ask for an "
    "unprotected copy, or decrypt it yourself (e.g. `qpdf --decrypt --password=PASSWORD in.pdf out.pdf`)."
)
E032 = (
    "[E032] {path}: the PDF has no text layer ({detail}); it is probably a scan. ratsnlp does not do OCR: "
    "run OCR first (e.g. `ocrmypdf in.pdf out.pdf`, or `ocrmypdf --force-ocr` for a broken text layer) and read out.pdf."
)

EDGE = 0.15  # top/bottom share of the page where running headers and footers live
EDGE_ROWS = 3  # rows at each edge of a page that may be headers or footers
PAGE_NUMBER = re.compile(r"(?i)(?:seite|s\.|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:von|/|of)\s*\d{1,4})?")
# a page number inside a header or footer line: "Seite 2", "Seite 1 von 1", "Page 2 of 9", "- 2 -"
PAGE_MARK = re.compile(r"(?i)\b(?:seite|page|blatt)\s+(\d{1,4})(?:\s*(?:von|of|/)\s*(\d{1,4}))?\b|(?<!\S)[-–]\s?(\d{1,4})\s?[-–](?!\S)")
WORD = re.compile(r"[^\W\d_]{5,}")  # a word of five letters or more (a body's name, "Niederschrift")
HYPHENS = ("-", "\u2010")
SUSPENDED = frozenset(["und", "oder", "bzw.", "sowie", "bis", "als", "wie", "u.", "o."])
# the short lowercase first parts a suspended hyphen may follow ("ab- und zunehmen"); another one ("so-" + "wie")
# is a word broken at the line end ("sowie")
SUSPENDABLE_SHORT = frozenset(["ab", "an", "um", "zu", "ob", "in", "ur"])
BULLETS = frozenset(["\u2022", "\uf0b7", "\u25aa", "\u25e6", "*"])  # a list item starts with one of these
DASHES = frozenset(["-", "\u2013"])  # ... or with a dash after a line that ends a clause
_PRIVATE = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\u00a0": " "})


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return self.bottom - self.top


@dataclass
class Row:
    """Words on one baseline, left to right (across the whole page, or within one column)."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def tabbed(self) -> bool:
        """A table row (name, role), not running text: one gap over 2 em, much wider than the others.

        Justified lines can have wide gaps too, but all of the same width.
        """
        gaps = [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:])]
        return bool(gaps) and max(gaps) > 2 * self.size and (len(gaps) == 1 or max(gaps) > 2.5 * max(min(gaps), 0.5))


@dataclass
class Page:
    number: int
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)


@dataclass
class Line:
    """A row placed in reading order, with the region it flows in and its column's right edge key."""

    row: Row
    page: int
    region: tuple[int, int, int]  # (page, band, column); column -1 is full width
    edge_key: tuple[int, ...]  # lines with the same key share a right edge (page size, column, gutter)


def pdf_to_text(data: bytes, path: str) -> tuple[str, dict[str, str]]:
    """The text of PDF minutes (see the module docstring) and metadata.

    meta: "pages" (count), "pdf_title" (document info, if set), "pdf_skipped_pages" (pages the
    parser failed on) and "pdf_pages_without_text" (e.g. a scanned annex), the last two if any.
    """
    check_envelope(data, path)
    pages, meta = read_pages(data, path)
    drop_furniture(pages)
    lines = [line for page in pages for line in reading_order(page)]
    if not lines:
        raise SourceError(E032.format(path=path, detail="no page carries text apart from headers and footers"))
    text = assemble(lines)
    return text, meta


# --- reading the file -------------------------------------------------------------------------


def check_envelope(data: bytes, path: str) -> None:
    """Catch what is not a PDF, or was cut off, before the parser sees it."""
    if data.find(b"%PDF-", 0, 1024) < 0:
        head = data[:512].lstrip().lower()
        what = "it is an HTML page, e.g. a login or error page" if head.startswith((b"<!doctype", b"<html")) else "it does not start with %PDF-"
        raise SourceError(E030.format(path=path, detail=f"not a PDF: {what}"))
    if data.rfind(b"%%EOF") < 0:
        raise SourceError(E030.format(path=path, detail=f"the file ends after {len(data):,} bytes without the end-of-file marker %%EOF; the download was probably cut off"))


def read_pages(data: bytes, path: str) -> tuple[list[Page], dict[str, str]]:
    """Open the PDF and collect each page's rows of words; parser errors become SourceError."""
    import pdfplumber

    pages: list[Page] = []
    skipped: list[str] = []
    textless: list[str] = []
    seen_chars = cid_chars = 0
    drawn = [0]  # images and shapes: a page without text but with these is a scan (or text as outlines)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as err:  # noqa: BLE001 - any parser failure is a bad file, never a crash
            raise SourceError(open_error(err, path)) from None
        try:
            meta = {"pages": str(len(pdf.pages))}
            title = pdf.metadata.get("Title")
            if isinstance(title, str) and title.strip():
                meta["pdf_title"] = " ".join(title.split())
            for page in pdf.pages:
                try:
                    chars = page_chars(page.layout, page.width, page.height, drawn)
                except Exception:  # noqa: BLE001 - one broken page must not lose the document
                    skipped.append(str(page.page_number))
                    continue
                if not chars:
                    textless.append(str(page.page_number))
                seen_chars += len(chars)
                cid_chars += sum(1 for c in chars if c["text"].startswith("(cid:"))
                pages.append(Page(page.page_number, float(page.width), float(page.height), rows_of(words_of(chars))))
        except Exception as err:  # noqa: BLE001
            raise SourceError(E030.format(path=path, detail=describe(err))) from None
        finally:
            with contextlib.suppress(Exception):  # close() walks the page tree again and re-raises its errors
                pdf.close()
    if not pages:
        raise SourceError(E030.format(path=path, detail="no page could be parsed" if skipped else "it has no pages"))
    if seen_chars == 0 and drawn[0] == 0:
        raise SourceError(E030.format(path=path, detail=f"its {len(pages)} page(s) show neither text nor images: blank, or broken"))
    if seen_chars == 0:
        raise SourceError(E032.format(path=path, detail=f"its {len(pages)} page(s) show images or shapes but no characters"))
    if cid_chars > seen_chars / 2:
        raise SourceError(E032.format(path=path, detail="its fonts carry no character mapping, only glyph numbers"))
    if skipped:  # pages the parser failed on
        meta["pdf_skipped_pages"] = ", ".join(skipped)
    if textless:  # e.g. a scanned annex: OCR would be needed for these
        meta["pdf_pages_without_text"] = ", ".join(textless)
    return pages, meta


def open_error(err: Exception, path: str) -> str:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    root = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    if isinstance(root, PDFPasswordIncorrect):
        return E031.format(path=path, detail="it needs a password to open")
    if isinstance(root, PDFEncryptionError):
        return E031.format(path=path, detail=f"with an unsupported method: {root}")
    return E030.format(path=path, detail=describe(root))


def describe(err: Exception) -> str:
    root = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    msg = " ".join(str(root).split())[:160]
    return f"{type(root).__name__}: {msg}" if msg else type(root).__name__


def page_chars(layout: Any, width: float, height: float, drawn: list[int] | None = None) -> list[dict[str, Any]]:
    """Upright characters on the page as the records pdfplumber's word extractor reads.

    `drawn`, if given, has its first item increased by the number of images and shapes seen.
    """
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    out: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    stack = [iter(layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
        elif isinstance(obj, LTChar):
            if not obj.upright or not (0 <= (obj.x0 + obj.x1) / 2 <= width and 0 <= (obj.y0 + obj.y1) / 2 <= height):
                continue
            text = obj.get_text()
            top = height - obj.y1
            key = (text, round(obj.x0), round(top))
            if key in seen:  # the same glyph drawn twice (fake bold, shadows)
                continue
            seen.add(key)
            out.append({"text": text, "x0": obj.x0, "x1": obj.x1, "top": top, "bottom": height - obj.y0, "doctop": top, "upright": True, "size": obj.size})
        elif isinstance(obj, LTContainer):
            stack.append(iter(obj))
        elif drawn is not None and isinstance(obj, (LTImage, LTCurve)):
            drawn[0] += 1
    return out


def words_of(chars: list[dict[str, Any]]) -> list[Word]:
    from pdfplumber.utils import extract_words

    if not chars:
        return []
    words = extract_words(chars, x_tolerance_ratio=0.2, y_tolerance=2)
    return [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"]) for w in words if w["text"].strip()]


def rows_of(words: list[Word]) -> list[Row]:
    """Group words into rows by baseline (the bottom of their boxes), top to bottom."""
    rows: list[Row] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(w.bottom - rows[-1].words[0].bottom) <= 0.35 * max(w.size, rows[-1].words[0].size):
            rows[-1].words.append(w)
        else:
            rows.append(Row([w]))
    for row in rows:
        row.words.sort(key=lambda w: w.x0)
    return rows


# --- headers and footers ----------------------------------------------------------------------


def furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def edge_rows(page: Page) -> tuple[list[Row], list[Row]]:
    """Candidate header rows (top down) and footer rows (bottom up) in the page's edge zones."""
    top = [r for r in page.rows[:EDGE_ROWS] if r.bottom <= EDGE * page.height]
    bottom = [r for r in page.rows[::-1][:EDGE_ROWS] if r.top >= (1 - EDGE) * page.height]
    return top, bottom


def drop_furniture(pages: list[Page]) -> None:
    """Remove running headers/footers (repeated at the page edges, digits masked) and page numbers.

    A row is furniture when its masked text recurs in the same zone on at least 60 % of the pages
    (and on two or more), or when it is a bare page number as the outermost row; only an unbroken
    run of furniture rows counted from the page edge is removed.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for page in pages:
        top, bottom = edge_rows(page)
        counts.update({("top", furniture_key(r.text)) for r in top} | {("bottom", furniture_key(r.text)) for r in bottom})
    need = max(2, math.ceil(0.6 * len(pages)))
    sizes = [r.size for page in pages for r in page.rows]
    body = statistics.median(sizes) if sizes else 0.0
    for page in pages:
        drop: set[int] = set()
        for zone, rows in zip(("top", "bottom"), edge_rows(page)):
            for i, row in enumerate(rows):
                if (
                    counts[(zone, furniture_key(row.text))] >= need
                    or (i == 0 and PAGE_NUMBER.fullmatch(row.text))
                    or page_mark(row.text, page.number)
                    or (zone == "top" and i == 0 and dated_header(row, page, body))
                ):
                    drop.add(id(row))
                else:
                    break
        page.rows = [r for r in page.rows if id(r) not in drop]


def page_mark(text: str, number: int) -> bool:
    """Whether a line at the page edge begins or ends with the page's number ("Niederschrift
    Bauausschuss 12.03.2025 – Seite 1 von 1", "- 2 - Stadt Musterhausen").

    This finds a running header on a single page, where nothing repeats. "Seite N von M" counts
    as it is; "Seite N" and "- N -" only with this page's number, since a sentence may end with
    "... auf Seite 4".
    """
    text = text.strip()
    for m in PAGE_MARK.finditer(text):
        if m.start() != 0 and m.end() != len(text):
            continue
        if m.group(2) or int(m.group(1) or m.group(3)) == number:
            return True
    return False


def dated_header(row: Row, page: Page, body: float) -> bool:
    """Whether the top row of a page is a running header that repeats the body's name and the date
    ("Bauausschuss 12.03.2025") above the minutes' own title.

    Conservative, since the minutes' first line may look the same: the row is in smaller print
    than the body text, at most twelve words and no sentence, its date appears again further down
    the page, and so does a word of five letters or more (by its first six letters: "Bauausschuss"
    and "des Bauausschusses"). A header in the body's size stays unless it repeats across pages.
    """
    text = row.text
    date = iso_date(text)
    if date is None or row.size > 0.92 * body or len(row.words) > 12 or text.rstrip().endswith((".", "!", "?", ":")):
        return False
    rest = [r.text for r in page.rows if r is not row]
    if not any(iso_date(t) == date for t in rest):
        return False
    stems = {w.lower()[:6] for t in rest for w in WORD.findall(t)}
    return any(w.lower()[:6] in stems for w in WORD.findall(text))


# --- columns and reading order ----------------------------------------------------------------

Core = tuple[float, float]  # a strip inside a gutter, just left of the next column's left edge


@dataclass
class Split:
    """One candidate gutter of a set of rows: its core and what lies on either side of it."""

    edge: float  # the left edge of the column right of the gutter
    core: Core
    rows: list[Row]
    parts: list[tuple[Row | None, ...] | None]  # per row: (left, right), None for a row across the core


MAX_CANDIDATES = 12  # bars of the start histogram tried per page (or column), best first


def gutter_width(size: float) -> float:
    """The narrowest gap read as a gutter: 8 pt (2.8 mm) or 0.8 em, whichever is wider.

    Gutters as narrow as 4 mm (11.3 pt) occur on A5; a word space, even in a loosely justified line,
    is rarely this wide, and a gutter must be free in every row of the columns, not in a few.
    """
    return max(8.0, 0.8 * size)


def column_starts(rows: list[Row], gap: float) -> dict[int, list[float]]:
    """The x-histogram (1 pt bins) of text starts after a gap: each row's first word, and every word
    with `gap` or more of free space before it in its row. A column's left edge is a tall bar."""
    starts: dict[int, list[float]] = {}
    for row in rows:
        reach = -math.inf
        for w in row.words:
            if w.x0 - reach >= gap:
                starts.setdefault(round(w.x0), []).append(w.x0)
            reach = max(reach, w.x1)
    return starts


def find_gutters(rows: list[Row], limit: float) -> list[Core]:
    """The gutters of the page, left to right: none for a single column, one for two columns, ...

    Candidates are the bars of the start histogram (`column_starts`) at least a sixth of the text
    width in from its left edge, those with the fewest rows across the strip left of them first (a
    gutter is a vertical band no word crosses but a title's), then the tallest; the first one
    `accepted` splits the rows, and each side is searched again, so three columns give two gutters.
    `limit` is where the text may reach: the right margin (as wide as the left one), or the next gutter.
    """
    if len(rows) < 3:
        return []
    gap = gutter_width(statistics.median(r.size for r in rows))
    left, right = min(r.x0 for r in rows), max(r.x1 for r in rows)
    bars = histogram_bars(column_starts(rows, gap), left + (right - left) / 6)
    cover = coverage(rows)
    crossing = {edge: max(cover[math.ceil(edge - gap) : math.floor(edge)], default=0) for _, edge in bars}
    for support, edge in sorted(bars, key=lambda bar: (crossing[bar[1]], -bar[0]))[:MAX_CANDIDATES]:
        core = (edge - gap + 1.0, edge - 0.5)
        split = Split(edge, core, rows, [split_row(r, [core]) for r in rows])
        others = tuple(e for n, e in bars if e != edge and n >= max(3, len(rows) / 4, support / 3))  # other columns
        if accepted(split, limit, others):
            lefts = [p[0] for p in split.parts if p is not None and p[0] is not None]
            rights = [p[1] for p in split.parts if p is not None and p[1] is not None]
            return [*find_gutters(lefts, core[0]), core, *find_gutters(rights, limit)]
    return []


def coverage(rows: list[Row]) -> list[int]:
    """The x-histogram of text: for each point from the page's left edge, the rows with a word on it."""
    steps = [0] * (math.ceil(max(r.x1 for r in rows)) + 2)
    for row in rows:
        for w in row.words:
            steps[max(int(w.x0), 0)] += 1
            steps[math.ceil(w.x1)] -= 1
    return list(itertools.accumulate(steps))


def histogram_bars(starts: dict[int, list[float]], beyond: float) -> list[tuple[int, float]]:
    """(height, left edge) of the bars of the start histogram right of `beyond`, tallest first; a
    bar is three bins wide (a column's edge jitters by a fraction of a point)."""
    height = {b: sum(len(starts.get(b + d, ())) for d in (-1, 0, 1)) for b in starts}
    bars: list[tuple[int, float]] = []
    for b in sorted(starts, key=lambda b: (-height[b], b)):
        edge = min(x for d in (-1, 0, 1) for x in starts.get(b + d, ()))
        if edge > beyond and all(abs(edge - e) > 1.5 for _, e in bars):
            bars.append((height[b], edge))
    return bars


def split_row(row: Row, cores: list[Core]) -> tuple[Row | None, ...] | None:
    """The row's parts between the gutter cores (None where a column is empty), or None when a word
    lies across a core (a full-width row: a title, a paragraph across the page)."""
    parts: list[list[Word]] = [[] for _ in range(len(cores) + 1)]
    for w in row.words:
        col = 0
        for c0, c1 in cores:
            if w.x1 <= c0:
                break
            if w.x0 < c1:
                return None
            col += 1
        parts[col].append(w)
    return tuple(Row(p) if p else None for p in parts)


def accepted(split: Split, limit: float, edges: tuple[float, ...]) -> bool:
    """Whether a candidate gutter separates columns of running text (not table cells, not a chance
    alignment inside one column).

    - The rows beside the gutter (not across it) come in runs: at least three quarters of them in
      runs of three or more. In one column, the rows that miss a strip are scattered short lines.
    - Left: three rows or more of `prose`, or lines with words broken at its right edge (`hyphen_wraps`: a
      title block or roster set in a column) beside a right side of prose. Right: rows that start at the edge (two thirds of them),
      and either three rows or more, within a factor of three of the left side's width, that are
      prose or six or more at the edge (a column of headings and lists beside running text); or
      a `short_column` of words (e.g. the last lines of the minutes; not the numbers of a vote table
      set flush right, nor the one-word votes of a roll call: three rows or more need two words or
      more), with room up to `limit` for a column as wide as the left one (not a word
      that a wide space set apart near the end of a column), and where rows below its top cross the
      gutter, they run on across that room (full-width rows, not the lines of one column).

    A side with more than one column (`edges`: where other columns start) is judged by the column
    next to the gutter.
    """
    parts = split.parts
    lefts = [p[0] for p in parts if p is not None and p[0] is not None]
    rights = [p[1] for p in parts if p is not None and p[1] is not None]
    near = max((e for e in edges if e < split.edge), default=-math.inf)
    far = min((e for e in edges if e > split.edge), default=math.inf)
    if len(lefts) < 3 or not rights:
        return False
    left = beside(lefts, near, math.inf)
    if not prose(left) and not (hyphen_wraps(left) >= 2 and prose(beside(rights, split.edge, far))):
        return False
    aligned = sum(1 for r in rights if abs(r.x0 - split.edge) <= 1.5)
    if aligned < 2 / 3 * len(rights):
        return False
    runs = row_runs(parts)
    if sum(len(run) for run in runs if len(run) >= 3) < 0.75 * sum(len(run) for run in runs):
        return False
    w_left = max(r.x1 for r in lefts) - min(r.x0 for r in lefts)
    w_right = max(r.x1 for r in rights) - split.edge
    if len(rights) >= 3 and 1 / 3 <= w_left / max(w_right, 1.0) <= 3 and (aligned >= 6 or prose(beside(rights, split.edge, far))):
        return True
    top = next(i for i, p in enumerate(parts) if p is not None and p[1] is not None)
    below = [r for r, p in zip(split.rows[top:], parts[top:]) if p is None]
    return (
        short_column(runs)
        and split.edge + 0.6 * w_left <= limit
        and all(r.x1 >= split.edge + 0.6 * w_left for r in below)
        and any(sum(c.isalpha() for c in w.text) >= 2 for r in rights for w in r.words)
        and (len(rights) < 3 or statistics.median(len(r.words) for r in rights) >= 2)
    )


def beside(rows: list[Row], start: float, end: float) -> list[Row]:
    """The lines of the column from `start` to `end` (where the next column starts) in `rows`."""
    out = [[w for w in r.words if start - 1.5 <= w.x0 < end - 1.5] for r in rows]
    return [Row(words) for words in out if words]


def prose(rows: list[Row]) -> bool:
    """Running text, not cells of a table (names, roles, votes): lines of three words or more (a
    median), and at least half of the line breaks soft wraps, the next line's first word too wide
    for the room left at the end of the line (or a hyphen at the end). Breaks before a list item
    and after a colon are not counted: they are never wraps, in running text either."""
    if len(rows) < 2 or statistics.median(len(r.words) for r in rows) < 3:
        return False
    edge = sorted((r.x1 for r in rows), reverse=True)[len(rows) // 10]  # one line into the margin is not the edge
    pairs = [(a, b) for a, b in zip(rows, rows[1:]) if not (a.text.endswith(":") or b.words[0].text in BULLETS | DASHES)]
    return bool(pairs) and sum(1 for a, b in pairs if wrapped(a, b, edge)) >= 0.5 * len(pairs)


def hyphen_wraps(rows: list[Row]) -> int:
    """How many lines end in a word broken at the side's right edge ("Bezirksversamm-" above "lung"): the mark
    of a column of set text, even where its lines are a title block or a roster rather than `prose`; cells
    of a table are not hyphenated."""
    if not rows:
        return 0
    edge = max(r.x1 for r in rows)
    return sum(
        1
        for a, b in zip(rows, rows[1:])
        if a.text.endswith(HYPHENS) and a.text[-2:-1].isalpha() and b.words[0].text[:1].islower() and edge - a.x1 <= 0.5 * a.size
    )


def wrapped(a: Row, b: Row, edge: float) -> bool:
    """Whether `b` continues `a` after a soft wrap: its first word would not have fitted behind `a`."""
    first = b.words[0]
    return a.text.endswith(HYPHENS) or edge - a.x1 < first.x1 - first.x0 + 0.3 * max(a.size, b.size) + 1.0


def row_runs(parts: list[tuple[Row | None, ...] | None]) -> list[list[tuple[Row | None, ...]]]:
    """Consecutive rows beside the gutter (runs between rows across it), top to bottom."""
    runs: list[list[tuple[Row | None, ...]]] = [[]]
    for p in parts:
        if p is None:
            runs.append([])
        else:
            runs[-1].append(p)
    return [run for run in runs if run]


def short_column(runs: list[list[tuple[Row | None, ...]]]) -> bool:
    """Whether the rows right of the gutter are the top of a short last column: near the top of a
    run with six or more rows on the left (below at most two lines of a heading, and with at most
    about as many rows on the left beside them, whose baselines a paragraph gap may have shifted),
    and these rows are `prose`, a column of running text (not the names of a roll-call vote beside
    its "Ja" and "Nein", nor short lines beside a row with a wide gap)."""
    with_right = [run for run in runs if any(p[-1] is not None for p in run)]
    if len(with_right) != 1:
        return False
    run = with_right[0]
    at = [i for i, p in enumerate(run) if p[-1] is not None]
    lefts = [p[0] for p in run if p[0] is not None]
    return at[0] <= 2 and at[-1] <= 2 * len(at) + 2 and len(lefts) >= 6 and prose(lefts)


def reading_order(page: Page) -> list[Line]:
    """The page's rows in reading order: bands top to bottom, each band's columns left to right."""
    size_key = (round(page.width), round(page.height))
    cores = find_gutters(page.rows, page.width - min((r.x0 for r in page.rows), default=0.0))
    if not cores:
        return [Line(r, page.number, (page.number, 0, -1), (*size_key, -1)) for r in page.rows]
    g_key = tuple(round(c0 / 10) for c0, _ in cores)
    lines: list[Line] = []
    band = 0
    pending: list[list[Row]] = [[] for _ in range(len(cores) + 1)]

    def flush() -> None:
        nonlocal band, pending
        for col, side in enumerate(pending):
            lines.extend(Line(r, page.number, (page.number, band, col), (*size_key, col, *g_key)) for r in side)
        band += 1
        pending = [[] for _ in range(len(cores) + 1)]

    for row in page.rows:
        parts = split_row(row, cores)
        if parts is None:
            flush()
            lines.append(Line(row, page.number, (page.number, band, -1), (*size_key, -1)))
            band += 1
            continue
        for side, part in zip(pending, parts):
            if part is not None:
                side.append(part)
    flush()
    return lines


# --- lines into text --------------------------------------------------------------------------


def assemble(lines: list[Line]) -> str:
    """Join lines with a space (soft wrap), a line break, or a blank line (paragraph)."""
    lines = narrower_measure(lines, right_edges(lines))
    edges = right_edges(lines)
    flush = justified(lines, edges)
    pitch = usual_pitch(lines)
    out: list[str] = [clean(lines[0].row.text)]
    for prev, nxt in zip(lines, lines[1:]):
        sep = separator(prev, nxt, edges.get(prev.edge_key, prev.row.x1), pitch, prev.edge_key in flush)
        text = clean(nxt.row.text)
        if sep == " ":
            out[-1] = join_hyphenated(out[-1], text)
        else:
            out.append(sep)
            out.append(text)
    text = unicodedata.normalize("NFC", "".join(out)).replace("\u00ad", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def narrower_measure(lines: list[Line], edges: dict[tuple[int, ...], float]) -> list[Line]:
    """The lines, those of a page set in a narrower measure than the other pages of its size (the last page of a
    two-column booklet, whose text fills only its left column) given an edge of their own; else every line of
    that page would seem to stop short of the edge and end there. Only set text counts (lines flush with the
    page's own edge, or words broken there), not a page of short lines such as a roster."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.region[2] == -1:
            pages.setdefault(line.page, []).append(line)
    own: dict[int, float] = {}
    for number, page in pages.items():
        if len(page) < 5:
            continue
        ends = sorted((ln.row.x1 for ln in page), reverse=True)
        edge, left = ends[len(ends) // 10], min(ln.row.x0 for ln in page)
        shared = edges.get(page[0].edge_key, edge)
        at_edge = sum(abs(edge - ln.row.x1) <= flush_tolerance(ln.row.size) for ln in page)
        if edge < left + 0.7 * (shared - left) and (at_edge >= 3 or hyphen_wraps([ln.row for ln in page]) >= 2):
            own[number] = edge
    if not own:
        return lines
    return [replace(ln, edge_key=(*ln.edge_key, ln.page)) if ln.region[2] == -1 and ln.page in own else ln for ln in lines]


def right_edges(lines: list[Line]) -> dict[tuple[int, ...], float]:
    """Each column's right edge: where its longest lines end, ignoring the longest 2 % (at least the longest
    one of ten or more: a code line, a URL or a table running into the margin) and titles in a larger font."""
    body = statistics.median(line.row.size for line in lines)
    ends: dict[tuple[int, ...], list[float]] = {}
    for line in lines:
        if line.row.size <= 1.15 * body:
            ends.setdefault(line.edge_key, []).append(line.row.x1)
    return {key: sorted(xs, reverse=True)[max(len(xs) // 50, len(xs) >= 10)] for key, xs in ends.items()}


def flush_tolerance(size: float) -> float:
    """How far a justified line may end from its column's edge (the glyph boxes of the last letters differ)."""
    return max(1.0, 0.1 * size)


def justified(lines: list[Line], edges: dict[tuple[int, ...], float]) -> set[tuple[int, ...]]:
    """The columns (edge keys) set justified: of their lines that end within three ems of the edge, at least
    half end at it, three or more. Ragged text ends there only by chance; in justified text every wrapped line
    does, so a line of a justified column that stops short of the edge ends a paragraph or a list line, however
    little room it leaves (a roster heading above a name, a title line above the next)."""
    near: Counter[tuple[int, ...]] = Counter()
    at: Counter[tuple[int, ...]] = Counter()
    for line in lines:
        edge = edges.get(line.edge_key)
        if edge is None:
            continue
        room = edge - line.row.x1
        if room <= 3 * line.row.size:
            near[line.edge_key] += 1
            at[line.edge_key] += abs(room) <= flush_tolerance(line.row.size)
    return {key for key, n in near.items() if at[key] >= 3 and at[key] >= 0.5 * n}


def clean(text: str) -> str:
    return text.translate(_PRIVATE)


def usual_pitch(lines: list[Line]) -> float:
    """The document's usual distance between consecutive lines, in font sizes (about 1.2)."""
    ratios = [
        (b.row.top - a.row.top) / max(a.row.size, b.row.size)
        for a, b in zip(lines, lines[1:])
        if a.region == b.region and max(a.row.size, b.row.size) > 0
    ]
    ratios = [r for r in ratios if 0.8 <= r <= 3.0]
    return statistics.median(ratios) if ratios else 1.2


def separator(prev: Line, nxt: Line, right_edge: float, pitch: float, flush: bool = False) -> str:
    """What goes between two lines in reading order: " " (soft wrap), a line break, or a blank line.
    In a `flush` (justified) column only a line that ends at the edge wraps."""
    a, b = prev.row, nxt.row
    size = max(a.size, b.size, 1.0)
    if nxt.page == prev.page and b.top > a.top:
        if (b.top - a.top) / size > 1.3 * pitch:
            return "\n\n"
        if nxt.region != prev.region and nxt.region[2] == -1 and prev.region[2] != -1:
            return "\n\n"  # from a column band back to full width
    first = b.words[0].text
    dash_item = first in DASHES and a.text.endswith((".", ":", ";", "!", "?"))
    if abs(a.size - b.size) > 0.15 * size or first in BULLETS or first.startswith("•") or dash_item:
        return "\n"  # a heading or body text in another size; a list item
    if a.text.endswith((*HYPHENS, "\u00ad")) and a.text[-2:-1].isalnum():
        return " "  # a word split at the line end, also in a justified line of two words (a gap like a table's)
    room = right_edge - a.x1
    spread = flush and abs(room) <= flush_tolerance(a.size) and len(a.words) == 2 and not any(c.isdigit() for c in a.text)
    if (a.tabbed and not spread) or b.tabbed:
        return "\n"  # a table row (a justified line of two words, set across the column, is none)
    needed = b.words[0].x1 - b.words[0].x0 + 0.3 * size + 1.0
    if room < needed and not (flush and room > flush_tolerance(a.size)):
        return " "
    moved_on = nxt.page != prev.page or b.top <= a.top  # to the next page or column: no gap to measure
    return "\n\n" if moved_on and a.text.endswith((".", "!", "?")) else "\n"


def join_hyphenated(left: str, right: str) -> str:
    """Join a line and the next one (a soft wrap), undoing hyphenation at the line end.

    "Verwal-" + "tung" -> "Verwaltung" (lowercase continuation of a word); "Ja-" + "Stimmen" ->
    "Ja-Stimmen" (capital: a real compound); "SPD-" / "30-" + lowercase keeps the hyphen (an
    abbreviation or number as the first part); "Straßen-" + "und ..." keeps hyphen and space
    (suspended hyphen), but "so-" + "wie" is "sowie"; a soft hyphen (U+00AD) always joins; "90/" + "Die
    Grünen" and "https://" + "ris.example.de" join without a space.
    """
    if left.endswith("\u00ad"):
        return left[:-1] + right
    first = right.split(" ", 1)[0]
    if left.endswith(HYPHENS) and left[-2:-1].isalnum():
        part = re.split(r"[\s\-\u2010/]", left[:-1])[-1]
        if first.lower() in SUSPENDED and not (part.islower() and len(part) <= 2 and part not in SUSPENDABLE_SHORT):
            return left + " " + right
        if first[:1].islower() and not (part.isupper() or part[-1:].isdigit()):
            return left[:-1] + right
        return left + right
    if left.endswith("/") and (left[-2:-1].isalnum() or left.endswith("://")):
        return left + right
    return left + " " + right
