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
  as the outermost row; removal stops at the first row from the edge that is not furniture.
- Columns, per page (`find_gutter`): a vertical strip in the middle of the text that few rows
  cross, with text to its right on several rows, is a gutter when both sides hold prose (lines of
  four or more words, similar widths), so a table of names and roles stays a table. Rows that
  cross the gutter (a full-width title) split the page into bands; a band is read left column,
  then right column.
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
import logging
import math
import re
import statistics
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import SourceError

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
HYPHENS = ("-", "\u2010")
SUSPENDED = frozenset(["und", "oder", "bzw.", "sowie", "bis", "als", "wie", "u.", "o."])
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
    for page in pages:
        drop: set[int] = set()
        for zone, rows in zip(("top", "bottom"), edge_rows(page)):
            for i, row in enumerate(rows):
                if counts[(zone, furniture_key(row.text))] >= need or (i == 0 and PAGE_NUMBER.fullmatch(row.text)):
                    drop.add(id(row))
                else:
                    break
        page.rows = [r for r in page.rows if id(r) not in drop]


# --- columns and reading order ----------------------------------------------------------------


def find_gutter(rows: list[Row]) -> tuple[float, float] | None:
    """The x-range (a narrow core) of a two-column gutter on this page, or None for a single column.

    A gutter is a strip (6 pt or wider) in the middle of the text that several rows (a tenth, at
    least four) have words to the right of but none inside, and that few rows cross (those are
    full-width rows: a title, a paragraph across the page); both sides must hold prose. Its left
    side is ragged, its right side is the right column's left edge; the core returned is the last
    4 pt before that edge, so ragged left lines never reach it but any full-width row does.
    """
    if len(rows) < 6:
        return None
    left = min(r.x0 for r in rows)
    right = max(r.x1 for r in rows)
    lo, hi = int(left + 0.3 * (right - left)), int(left + 0.7 * (right - left))
    if hi - lo < 10:
        return None
    cover = [0] * (hi - lo)  # rows with a word at x
    gaps = [0] * (hi - lo)  # rows with a word right of x and none at x (right-column lines, split rows)
    for row in rows:
        hit = bytearray(hi - lo)
        for w in row.words:
            wa, wb = max(int(w.x0) - 1 - lo, 0), min(int(w.x1) + 2 - lo, hi - lo)
            if wa < wb:
                hit[wa:wb] = b"\x01" * (wb - wa)
        b = min(int(row.x1) - lo, hi - lo)
        for i in range(hi - lo):
            if hit[i]:
                cover[i] += 1
            elif i < b:
                gaps[i] += 1
    need = max(4.0, 0.1 * len(rows))
    candidates = [i for i in range(hi - lo) if gaps[i] >= need]
    if not candidates:
        return None
    valley = min(cover[i] for i in candidates)
    tolerance = 2 + valley // 4  # full-width rows leave some x uncovered (their spaces)
    best = (0, 0)
    start = None
    for i in range(hi - lo + 1):
        ok = i < hi - lo and gaps[i] >= need and cover[i] <= valley + tolerance
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            if i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    size = statistics.median(r.size for r in rows)
    if best[1] - best[0] < max(6.0, 0.8 * size):
        return None
    edge = float(lo + best[1])
    gutter = (edge - 5.0, edge - 1.0)
    return gutter if looks_like_prose_columns(rows, gutter) else None


def split_row(row: Row, gutter: tuple[float, float]) -> tuple[Row | None, Row | None] | None:
    """(left part, right part) of a row, or None when a word crosses the gutter."""
    g0, g1 = gutter
    left = [w for w in row.words if w.x1 <= g0]
    right = [w for w in row.words if w.x0 >= g1]
    if len(left) + len(right) < len(row.words):
        return None
    return (Row(left) if left else None, Row(right) if right else None)


def looks_like_prose_columns(rows: list[Row], gutter: tuple[float, float]) -> bool:
    """Both sides hold running text (not a table of names and roles): lines of 4+ words, similar widths."""
    parts = [p for p in (split_row(r, gutter) for r in rows) if p is not None]
    lefts = [p[0] for p in parts if p[0] is not None]
    rights = [p[1] for p in parts if p[1] is not None]
    if len(lefts) < 3 or len(rights) < 3:
        return False
    if statistics.median(len(r.words) for r in lefts) < 4 or statistics.median(len(r.words) for r in rights) < 4:
        return False
    w_left = max(r.x1 for r in lefts) - min(r.x0 for r in lefts)
    w_right = max(r.x1 for r in rights) - min(r.x0 for r in rights)
    return 0.5 <= w_left / max(w_right, 1.0) <= 2.0


def reading_order(page: Page) -> list[Line]:
    """The page's rows in reading order: bands top to bottom, each band's left column before its right."""
    size_key = (round(page.width), round(page.height))
    gutter = find_gutter(page.rows)
    if gutter is None:
        return [Line(r, page.number, (page.number, 0, -1), (*size_key, -1)) for r in page.rows]
    g_key = round(gutter[0] / 10)
    lines: list[Line] = []
    band = 0
    pending: tuple[list[Row], list[Row]] = ([], [])

    def flush() -> None:
        nonlocal band, pending
        for col, side in enumerate(pending):
            lines.extend(Line(r, page.number, (page.number, band, col), (*size_key, col, g_key)) for r in side)
        band += 1
        pending = ([], [])

    for row in page.rows:
        parts = split_row(row, gutter)
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
    edges = right_edges(lines)
    pitch = usual_pitch(lines)
    out: list[str] = [clean(lines[0].row.text)]
    for prev, nxt in zip(lines, lines[1:]):
        sep = separator(prev, nxt, edges.get(prev.edge_key, prev.row.x1), pitch)
        text = clean(nxt.row.text)
        if sep == " ":
            out[-1] = join_hyphenated(out[-1], text)
        else:
            out.append(sep)
            out.append(text)
    text = unicodedata.normalize("NFC", "".join(out)).replace("\u00ad", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def right_edges(lines: list[Line]) -> dict[tuple[int, ...], float]:
    """Each column's right edge: where its longest lines end, ignoring the longest 2 % (a code line
    or a table running into the margin) and titles in a larger font."""
    body = statistics.median(line.row.size for line in lines)
    ends: dict[tuple[int, ...], list[float]] = {}
    for line in lines:
        if line.row.size <= 1.15 * body:
            ends.setdefault(line.edge_key, []).append(line.row.x1)
    return {key: sorted(xs, reverse=True)[len(xs) // 50] for key, xs in ends.items()}


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


def separator(prev: Line, nxt: Line, right_edge: float, pitch: float) -> str:
    """What goes between two lines in reading order: " " (soft wrap), a line break, or a blank line."""
    a, b = prev.row, nxt.row
    size = max(a.size, b.size, 1.0)
    if nxt.page == prev.page and b.top > a.top:
        if (b.top - a.top) / size > 1.3 * pitch:
            return "\n\n"
        if nxt.region != prev.region and nxt.region[2] == -1 and prev.region[2] != -1:
            return "\n\n"  # from a column band back to full width
    first = b.words[0].text
    dash_item = first in DASHES and a.text.endswith((".", ":", ";", "!", "?"))
    if abs(a.size - b.size) > 0.15 * size or a.tabbed or b.tabbed or first in BULLETS or first.startswith("•") or dash_item:
        return "\n"  # a heading or body text in another size; a table row; a list item
    if a.text.endswith((*HYPHENS, "\u00ad")) and a.text[-2:-1].isalnum():
        return " "
    room = right_edge - a.x1
    needed = b.words[0].x1 - b.words[0].x0 + 0.3 * size + 1.0
    if room < needed:
        return " "
    moved_on = nxt.page != prev.page or b.top <= a.top  # to the next page or column: no gap to measure
    return "\n\n" if moved_on and a.text.endswith((".", "!", "?")) else "\n"


def join_hyphenated(left: str, right: str) -> str:
    """Join a line and the next one (a soft wrap), undoing hyphenation at the line end.

    "Verwal-" + "tung" -> "Verwaltung" (lowercase continuation of a word); "Ja-" + "Stimmen" ->
    "Ja-Stimmen" (capital: a real compound); "SPD-" / "30-" + lowercase keeps the hyphen (an
    abbreviation or number as the first part); "Straßen-" + "und ..." keeps hyphen and space
    (suspended hyphen); a soft hyphen (U+00AD) always joins; "90/" + "Die Grünen" joins without a space.
    """
    if left.endswith("\u00ad"):
        return left[:-1] + right
    first = right.split(" ", 1)[0]
    if left.endswith(HYPHENS) and left[-2:-1].isalnum():
        if first.lower() in SUSPENDED:
            return left + " " + right
        part = re.split(r"[\s\-\u2010/]", left[:-1])[-1]
        if first[:1].islower() and not (part.isupper() or part[-1:].isdigit()):
            return left[:-1] + right
        return left + right
    if left.endswith("/") and left[-2:-1].isalnum():
        return left + right
    return left + " " + right
