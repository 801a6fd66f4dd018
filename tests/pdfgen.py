"""Build small test PDFs with reportlab: real PDF files, laid out like exported council minutes.

The tests need control over where lines end (to put "Verwal-" at a line end next to "Ja-Stimmen"),
so this is a tiny layout engine on reportlab's canvas rather than platypus:

- ``Para("text")`` is wrapped greedily (ragged right) at spaces and after real hyphens;
  ``Para("text", justify=True)`` is wrapped the same way, but also hyphenates long lowercase words
  ("Verwal-" / "tung") and justifies all but the last line (how council offices print two columns);
- ``Para("line one\\nline two")`` is drawn with exactly those lines, all but the last justified to the
  full column width (how a word processor sets a hyphenated paragraph);
- ``Lines("a\\nb")`` draws short lines as they are (attendance lists, headings); ``bold=True`` for headings
  (kept with the next line); a ``"\\t"`` in a line starts a second cell at ``tab`` points (a table row),
  or, with ``align="right"``, a second cell that ends at ``tab`` points (a column of numbers: "Ja  12").

Blocks are separated by extra space (0.6 of the font size). Pages get an optional running header
and footer (``{page}`` and ``{pages}`` are filled in); text is set in Vera, embedded TrueType as
word processors write it; ``columns=2`` (or 3) flows the text through columns per page, below an
optional full-width ``title`` on the first page: one bold line, or blocks set across the full width.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

__all__ = ["A4", "A5", "Lines", "Para", "build_pdf", "scanned_pdf"]

# Embedded TrueType subsets with a ToUnicode map (reportlab ships Vera); they round-trip U+00AD.
FONT = "Vera"
BOLD = "VeraBd"
for _name in (FONT, BOLD):
    if _name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_name, f"{_name}.ttf"))


@dataclass
class Para:
    text: str
    justify: bool = False  # wrap, hyphenate long lowercase words, justify all lines but the last


@dataclass
class Lines:
    text: str
    bold: bool = False
    tab: float = 0.0  # a "\t" in a line moves to this x offset (a two-cell table row)
    align: str = "left"  # "right": the cell after the "\t" ends at `tab` instead of starting there


@dataclass
class _Line:
    words: list[str]
    font: str
    justify: bool
    gap_before: float  # extra space above (paragraph spacing)
    keep_with_next: bool = False  # headings do not end a column
    tab: float = 0.0
    block: int = 0  # index of its block
    align: str = "left"


VOWELS = frozenset("aeiouäöüy")


def _hyphenate(line: list[str], word: str, width: float, size: float) -> tuple[str, str] | None:
    """The longest head of `word` that still fits on the line with a hyphen ("Verwal-", "tung").

    Only plain words are split (letters, lowercase after the first; after a vowel and before a consonant,
    three letters or more on each side), so the reader's rejoin gives back the word: a split before a
    capital ("WL-" / "AN") would rightly be read as a compound.
    """
    core = word.rstrip(".,;:!?)")
    if len(core) < 7 or not core.isalpha() or not core[1:].islower():
        return None
    for k in range(len(core) - 3, 2, -1):
        if core[k - 1] in VOWELS and core[k] not in VOWELS and stringWidth(" ".join([*line, word[:k] + "-"]), FONT, size) <= width:
            return word[:k] + "-", word[k:]
    return None


def _wrap(text: str, width: float, size: float, *, hyphenate: bool = False) -> list[list[str]]:
    """Greedy wrap at spaces; a word too long for the rest of the line may break after a real hyphen,
    or, with `hyphenate`, inside a long lowercase word."""
    lines: list[list[str]] = []
    line: list[str] = []
    for word in text.split():
        while True:
            candidate = " ".join([*line, word])
            if stringWidth(candidate, FONT, size) <= width:
                line.append(word)
                break
            head, sep, tail = word.partition("-")
            if sep and tail and stringWidth(" ".join([*line, head + "-"]), FONT, size) <= width:
                line.append(head + "-")
                lines.append(line)
                line, word = [], tail
                continue
            split = _hyphenate(line, word, width, size) if hyphenate else None
            if split is not None:
                lines.append([*line, split[0]])
                line, word = [], split[1]
                continue
            if not line:
                raise ValueError(f"word {word!r} is wider than the column")
            lines.append(line)
            line = []
    if line:
        lines.append(line)
    return lines


def _lines(blocks: list[Para | Lines], width: float, size: float) -> list[_Line]:
    out: list[_Line] = []
    for i, block in enumerate(blocks):
        gap = 0.0 if i == 0 else size * 0.6
        if isinstance(block, Lines):
            rows = [ln.replace("\t", " \t ").split(" ") for ln in block.text.split("\n")]
            rows = [[w for w in row if w] for row in rows]
            font, justify = (BOLD if block.bold else FONT), False
        elif "\n" in block.text:
            rows = [ln.split() for ln in block.text.split("\n")]
            font, justify = FONT, True
            for row in rows:
                if stringWidth(" ".join(row), FONT, size) > width:
                    raise ValueError(f"line too long for the column: {' '.join(row)!r}")
        else:
            rows = _wrap(block.text, width, size, hyphenate=block.justify)
            font, justify = FONT, block.justify
        heading = isinstance(block, Lines) and block.bold
        tab, align = (block.tab, block.align) if isinstance(block, Lines) else (0.0, "left")
        for j, row in enumerate(rows):
            out.append(_Line(row, font, justify and j < len(rows) - 1, gap if j == 0 else 0.0, heading, tab, i, align))
    return out


def _draw_line(c: Canvas, line: _Line, x: float, y: float, width: float, size: float) -> None:
    c.setFont(line.font, size)
    if "\t" in line.words:
        k = line.words.index("\t")
        c.drawString(x, y, " ".join(line.words[:k]))
        if line.align == "right":
            c.drawRightString(x + line.tab, y, " ".join(line.words[k + 1 :]))
        else:
            c.drawString(x + line.tab, y, " ".join(line.words[k + 1 :]))
        return
    if not line.justify or len(line.words) < 2:
        c.drawString(x, y, " ".join(line.words))
        return
    natural = sum(stringWidth(w, line.font, size) for w in line.words)
    space = (width - natural) / (len(line.words) - 1)
    for w in line.words:
        c.drawString(x, y, w)
        x += stringWidth(w, line.font, size) + space


def build_pdf(
    blocks: list[Para | Lines],
    *,
    pagesize: tuple[float, float] = A4,
    header: str | None = None,
    footer: str | None = "Seite {page} von {pages}",
    columns: int = 1,
    title: str | list[Para | Lines] | None = None,
    size: float = 10,
    margin: float = 56,
    gutter: float = 18,
    header_on_first_page: bool = True,
    max_lines: int | None = None,
    encrypt: str | StandardEncryption | None = None,
    trace: list[tuple[int, int, int, str]] | None = None,
) -> bytes:
    """Lay out `blocks` on pages and return the PDF's bytes.

    `max_lines` caps the lines per column (counted without title and block gaps), to put a given
    line at the bottom of a page; `trace`, if given, receives (page, column, index of the block,
    text) for every line drawn; `encrypt` is reportlab's (a user password, or StandardEncryption).
    A `title` given as blocks is set across the full text width above the columns of the first page
    (its lines are not traced).
    """
    pw, ph = pagesize
    leading = size * 1.25
    col_width = (pw - 2 * margin - (columns - 1) * gutter) / columns
    lines = _lines(blocks, col_width, size)
    top = ph - margin - leading
    bottom = margin + 1.5 * leading
    title_lines = _lines(title, pw - 2 * margin, size) if isinstance(title, list) else []
    if title_lines:
        title_height = leading * (len(title_lines) + 1) + sum(t.gap_before for t in title_lines)
    else:
        title_height = 2.5 * leading if title else 0.0
    if max_lines is not None:
        bottom = max(bottom, top - (max_lines - 0.5) * leading)

    # Place every line: (page, column, y); paragraph spacing is dropped at the top of a column.
    placed: list[tuple[int, int, float, _Line]] = []
    page, col = 0, 0
    first_y = top - title_height
    y = first_y
    for line in lines:
        if y < first_y:
            y -= line.gap_before
        if y < bottom or (line.keep_with_next and y - 2 * leading < bottom):
            col += 1
            if col == columns:
                page, col = page + 1, 0
            first_y = top - (title_height if page == 0 else 0.0)
            y = first_y
        placed.append((page, col, y, line))
        if trace is not None:
            trace.append((page, col, line.block, " ".join(line.words)))
        y -= leading
    pages = page + 1

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pagesize, encrypt=encrypt, invariant=1)
    c.setTitle("Niederschrift (Testdokument)")
    for p in range(pages):
        if header and (p > 0 or header_on_first_page):
            c.setFont(FONT, size * 0.8)
            c.drawString(margin, ph - margin * 0.6, header.format(page=p + 1, pages=pages))
            c.line(margin, ph - margin * 0.6 - 3, pw - margin, ph - margin * 0.6 - 3)
        if footer:
            c.setFont(FONT, size * 0.8)
            c.drawCentredString(pw / 2, margin * 0.5, footer.format(page=p + 1, pages=pages))
        if isinstance(title, str) and p == 0:
            c.setFont(BOLD, size * 1.4)
            c.drawString(margin, top, title)
        ty = top
        for t in title_lines if p == 0 else []:
            ty -= t.gap_before
            _draw_line(c, t, margin, ty, pw - 2 * margin, size)
            ty -= leading
        for lp, lc, ly, line in placed:
            if lp == p:
                _draw_line(c, line, margin + lc * (col_width + gutter), ly, col_width, size)
        c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf(pages: int = 2) -> bytes:
    """A PDF like a scan without OCR: an image and some shapes per page, no text at all."""
    img = Image.new("L", (300, 420), 255)
    draw = ImageDraw.Draw(img)
    for k in range(12):
        draw.line((20, 30 + 30 * k, 280, 30 + 30 * k), fill=60, width=3)
    png = io.BytesIO()
    img.save(png, format="PNG")
    png.seek(0)
    reader = ImageReader(png)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(pages):
        c.drawImage(reader, 56, 200, width=480, height=600)
        c.rect(40, 40, 515, 760)
        c.showPage()
    c.save()
    return buf.getvalue()
