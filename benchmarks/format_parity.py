"""Do other formats give the same turns as plain text? Renders annotated minutes as HTML pages
(ALLRIS-like and SessionNet-like) and as PDFs (reportlab, justified and hyphenated through pyphen: A4 pages
with a running header and page numbers, and A5 booklet pages in small type, odd pages in two columns with a 5 mm
gutter); extracts them; and scores each rendering against the gold annotations on the text that
`ratsnlp text` prints for it.

    python benchmarks/format_parity.py [--dir data/heldout] [--docs 'p*.txt'] [--limit 40]

Prints boundary F1, speaker and role accuracy per format next to plain text, in one run.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import ratsnlp
from ratsnlp.batch import process_source
from ratsnlp.corpus import load_gold
from ratsnlp.errors import RatsnlpError
from ratsnlp.evaluate import Counts, score_doc
from ratsnlp.read import read_source

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(text: str) -> list[str]:
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return ["<br/>".join(html.escape(x) for x in b) for b in blocks]


def allris_page(name: str, text: str) -> str:
    body = "\n".join(f"<p><span>{p}</span></p>" for p in paragraphs(text))
    return (
        "<html><head><title>ALLRIS net - Auszug</title><script>var a=1;</script></head><body>"
        "<div id='risnavigation'><a href='si010.asp'>Sitzungskalender</a></div>"
        f"<table class='risdeco'><tr><td><table><tr><td class='kb1'>Betreff:</td><td class='text4'>{html.escape(name)}</td></tr></table>"
        f"<a name='allrisWP'></a><div>{body}</div></td></tr></table></body></html>"
    )


def sessionnet_page(name: str, text: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs(text))
    return (
        "<html><head><meta name='generator' content='SessionNet'><title>TOP</title></head><body>"
        "<nav class='smc-nav'><a href='si0040.php'>Kalender</a></nav>"
        f"<main class='smc-main'><h1>{html.escape(name)}</h1><div class='smc-documents'>{body}</div></main></body></html>"
    )


def _pdf_font() -> str:
    """A Unicode font, so that names like "Szymański" keep their letters in the text layer."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Body" not in pdfmetrics.getRegisteredFontNames():
        for font in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "Vera.ttf"):
            try:
                pdfmetrics.registerFont(TTFont("Body", font))
                break
            except Exception:  # noqa: BLE001, S112 - try the next font
                continue
    return "Body"


def _hyphenator() -> Callable[[str], list[tuple[str, str]]]:
    """pyphen's German break points (a test dependency), except inside a word in capitals ("GRÜNE", "NABU"):
    typesetters do not break acronyms and party names, and no reader could tell "GRÜ-NE" from "CDU-SPD"."""
    import pyphen

    breaks = pyphen.Pyphen(lang="de_DE").iterate

    def hyphenate(word: str) -> list[tuple[str, str]]:
        return [(a, b) for a, b in breaks(word) if not re.split(r"[-/]", a)[-1].isupper()]

    return hyphenate


def _style(size: float, leading: float):  # noqa: ANN202
    """Justified German paragraphs, hyphenated by reportlab (also at a compound's own hyphen, and URLs broken
    at their slashes)."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        "body", fontName=_pdf_font(), fontSize=size, leading=leading, alignment=TA_JUSTIFY,
        hyphenationLang=_hyphenator(), embeddedHyphenation=1, uriWasteReduce=0.3,
    )  # fmt: skip


def pdf_file(path: Path, name: str, text: str) -> None:
    """A text-layer PDF of the minutes: justified, hyphenated paragraphs flowed over A4 pages with a running
    header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    style = _style(10, 13)

    def furniture(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont("Body", 8)
        canvas.drawString(60, A4[1] - 40, f"Niederschrift {name}")
        canvas.drawCentredString(A4[0] / 2, 30, f"Seite {doc.page}")

    story = []
    for para in paragraphs(text):
        story += [Paragraph(para, style), Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=60, bottomMargin=50).build(story, onFirstPage=furniture, onLaterPages=furniture)


GUTTER_MM = 5.0  # a narrow gutter, as in council booklets


def pdf_booklet(path: Path, name: str, text: str) -> None:
    """An A5 booklet as councils print minutes: small justified, hyphenated type, a running header with the page
    number; odd pages set in two columns with a narrow gutter, even pages in one (a longer document mixes both)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph, Spacer

    style = _style(8, 10)
    width, height = A5
    left, right, top, bottom = 14 * mm, 14 * mm, 18 * mm, 16 * mm
    body_w, body_h = width - left - right, height - top - bottom
    col_w = (body_w - GUTTER_MM * mm) / 2

    def furniture(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont("Body", 7)
        canvas.drawString(left, height - 11 * mm, f"Niederschrift {name}")
        canvas.drawRightString(width - right, height - 11 * mm, f"Seite {doc.page}")

    one = PageTemplate("one", [Frame(left, bottom, body_w, body_h, id="full")], onPage=furniture)
    two = PageTemplate(
        "two",
        [
            Frame(left, bottom, col_w, body_h, id="left", leftPadding=0, rightPadding=0),
            Frame(left + col_w + GUTTER_MM * mm, bottom, col_w, body_h, id="right", leftPadding=0, rightPadding=0),
        ],
        onPage=furniture,
    )
    story: list = [NextPageTemplate(["one", "two"])]  # page 1 in two columns, then one, two, one, ...
    for para in paragraphs(text):
        story += [Paragraph(para, style), Spacer(1, 4)]
    doc = BaseDocTemplate(str(path), pagesize=A5, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
    doc.addPageTemplates([two, one])
    doc.build(story)


def score(path: Path, gold: dict, nlp) -> Counts:  # noqa: ANN001
    src = read_source(str(path))
    with tempfile.TemporaryDirectory() as tmp:
        # gold offsets are found again in the extracted text, exactly as held-out scoring does (--stem)
        txt = Path(tmp) / "doc.txt"
        txt.write_text(src.text, encoding="utf-8")
        (Path(tmp) / "doc.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        try:
            _, g = load_gold(txt)
        except RatsnlpError as err:  # the rendering lost text: count every gold turn as missed
            print(f"  {path.name}: {str(err)[:120]}")
            return Counts(gold=len(gold["turns"]), dec_n=len(gold.get("decisions", [])))
    return score_doc(process_source(nlp, src), g, path.name, [])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default="*.txt")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--dir", default=str(ROOT / "data" / "annotated"), help="Folder of annotated minutes (NAME.txt + NAME.gold.json).")
    args = ap.parse_args()
    nlp = ratsnlp.load(stance_model=False)
    renderers = {
        "text": None, "allris_html": allris_page, "sessionnet_html": sessionnet_page, "pdf": pdf_file, "pdf_a5_booklet": pdf_booklet,
    }  # fmt: skip
    totals = {k: Counts() for k in renderers}
    docs = sorted(Path(args.dir).glob(args.docs))[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        for txt in docs:
            gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
            text = read_source(str(txt)).text
            for fmt, render in renderers.items():
                if render is None:
                    path = txt
                elif render in (pdf_file, pdf_booklet):
                    path = Path(tmp) / f"{txt.stem}.{fmt}.pdf"
                    render(path, txt.stem, text)
                else:
                    path = Path(tmp) / f"{txt.stem}.{fmt}.html"
                    path.write_text(render(txt.stem, text), encoding="utf-8")
                totals[fmt].add(score(path, gold, nlp))
    print(f"{len(docs)} documents from {args.dir} ({args.docs})")
    for fmt, c in totals.items():
        m = c.metrics()
        print(f"{fmt:16s} boundary_f1 {m['boundary_f1']:.3f}  speaker {m['speaker_acc']:.3f}  role {m['role_acc']:.3f}  decision {m['decision_acc']:.3f}")


if __name__ == "__main__":
    main()
