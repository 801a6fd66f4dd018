"""Do other formats give the same turns as plain text? Renders annotated minutes as HTML pages
(ALLRIS-like and SessionNet-like) and as PDFs (reportlab: A4, justified, hyphenated, with a running header
and page numbers); extracts them; and
scores each rendering against the gold annotations on the text that `ratsnlp text` prints for it.

    python benchmarks/format_parity.py [--docs 'p*.txt'] [--limit 40]

Prints boundary F1, speaker and role accuracy per format next to plain text, in one run.
"""

from __future__ import annotations

import argparse
import html
import json
import tempfile
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


def pdf_file(path: Path, name: str, text: str) -> None:
    """A text-layer PDF of the minutes: paragraphs flowed over A4 pages with a running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    # a Unicode font, so that names like "Szymański" keep their letters in the text layer
    for font in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "Vera.ttf"):
        try:
            pdfmetrics.registerFont(TTFont("Body", font))
            break
        except Exception:  # noqa: BLE001, S112 - try the next font
            continue
    style = ParagraphStyle("body", fontName="Body", fontSize=10, leading=13, hyphenationLang="de_DE", embeddedHyphenation=1)

    def furniture(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont("Body", 8)
        canvas.drawString(60, A4[1] - 40, f"Niederschrift {name}")
        canvas.drawCentredString(A4[0] / 2, 30, f"Seite {doc.page}")

    story = []
    for para in paragraphs(text):
        story += [Paragraph(para, style), Spacer(1, 6)]
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=60, bottomMargin=50).build(story, onFirstPage=furniture, onLaterPages=furniture)


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
    args = ap.parse_args()
    nlp = ratsnlp.load(stance_model=False)
    renderers = {"text": None, "allris_html": allris_page, "sessionnet_html": sessionnet_page, "pdf": pdf_file}
    totals = {k: Counts() for k in renderers}
    docs = sorted((ROOT / "data" / "annotated").glob(args.docs))[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        for txt in docs:
            gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
            text = read_source(str(txt)).text
            for fmt, render in renderers.items():
                if render is None:
                    path = txt
                elif render is pdf_file:
                    path = Path(tmp) / f"{txt.stem}.pdf"
                    pdf_file(path, txt.stem, text)
                else:
                    path = Path(tmp) / f"{txt.stem}.{fmt}.html"
                    path.write_text(render(txt.stem, text), encoding="utf-8")
                totals[fmt].add(score(path, gold, nlp))
    print(f"{len(docs)} documents from data/annotated ({args.docs})")
    for fmt, c in totals.items():
        m = c.metrics()
        print(f"{fmt:16s} boundary_f1 {m['boundary_f1']:.3f}  speaker {m['speaker_acc']:.3f}  role {m['role_acc']:.3f}  decision {m['decision_acc']:.3f}")


if __name__ == "__main__":
    main()
