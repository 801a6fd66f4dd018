"""Files a nightly batch meets sooner or later: very many turns, deeply nested or broken HTML, stray control
characters, binary and oversized files, odd encodings and names. Each gives a result or a coded error."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
from pathlib import Path

import pytest

from ratsnlp.batch import extract
from ratsnlp.errors import SourceError
from ratsnlp.read import read_source
from ratsnlp.read.html import html_to_text

SPEECH = "Herr Meier fragt nach dem Stand der Planung.\nFrau Schulz (SPD) antwortet, dass alles gut läuft.\n"


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ratsnlp.cli", *args], capture_output=True, timeout=600)


def read_ledger(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- many turns in one document -------------------------------------------------------------------------


def test_twenty_thousand_one_line_turns(nlp, tmp_path):
    # cost must grow linearly with the number of turns (benchmarks/scaling.py times it; here it must finish)
    path = tmp_path / "kreistag.txt"
    path.write_text("".join(f"Herr A{i} fragt.\n" for i in range(10, 20_010)), encoding="utf-8")
    result = extract([str(path)], nlp=nlp)
    assert result.ledger == []
    assert len(result.turns) == 20_000
    assert result.turns["speaker"].iloc[-1] == "A20009"


# --- HTML nested beyond the parser's depth limit ------------------------------------------------------------

CONTENT = (
    "<p>Herr Meier fragt nach dem Stand der Planung.</p>"
    "<table><tr><td>Ja: 11</td><td>Nein: 2</td></tr></table>"
    "<a name='allrisBS'></a><p>Der Ausschuss beschließt die Vorlage.</p>"
    "<nav>Menü</nav><script>if (a < b) { document.write('<div>'); }</script>"
)
WRAPPERS = {
    "divs": ("<div>", "</div>"),
    "tables": ("<table><tr><td>", "</td></tr></table>"),
    "mixed": ("<div class='x'><span><table><tbody><tr><td><b>", "</b></td></tr></tbody></table></span></div>"),
}


def nested_page(wrapper: str, depth: int) -> str:
    start, end = WRAPPERS[wrapper]
    return (
        "<html><head><title>TOP 4</title></head><body>"
        "<table class='risdeco'><tr><td>Datum:</td><td>12.03.2024</td></tr>"
        f"</table>{start * depth}{CONTENT}{end * depth}<p>Frau Schulz dankt.</p></body></html>"
    )


@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
def test_deep_html_keeps_exactly_its_text(wrapper):
    shallow_text, shallow_meta = html_to_text(nested_page(wrapper, 10), "shallow.html")
    deep_text, deep_meta = html_to_text(nested_page(wrapper, 10_000), "deep.html")
    assert deep_text == shallow_text
    assert deep_meta == shallow_meta
    assert "Herr Meier fragt" in deep_text and "Ja: 11 | Nein: 2" in deep_text and "\nBeschluss\n" in deep_text
    assert "Frau Schulz dankt." in deep_text and "Menü" not in deep_text and "document.write" not in deep_text


def test_deep_html_file_gives_turns(nlp, tmp_path):
    path = tmp_path / "seite.html"
    path.write_text(nested_page("tables", 5_000), encoding="utf-8")
    result = extract([str(path)], nlp=nlp)
    assert list(result.turns["speaker"]) == ["Meier", "Schulz"]
    text = read_source(str(path)).text
    assert all(text[r.start : r.end] == r.text for r in result.turns.itertuples())


def test_broken_html_with_thousands_of_unclosed_tags_keeps_its_text():
    def page(n: int) -> str:
        return (
            "<html><body>" + "<div><font><b><i>" * n + "<p>Herr Meier fragt nach dem Stand.<p>Frau Schulz antwortet."
            "<table><tr><td>Ja: 11<td>Nein: 2</table><p>Ende"
        )

    assert html_to_text(page(5_000), "broken.html")[0] == html_to_text(page(10), "ok.html")[0]
    words = "".join(f"<p><span>Wort{i} " for i in range(3_000))
    text = html_to_text(f"<html><body>{words}</body></html>", "unclosed.html")[0]
    assert text.split() == [f"Wort{i}" for i in range(3_000)]


@pytest.mark.parametrize("depth", [10, 10_000])
def test_html_without_text_still_fails_clearly(depth):
    inside = "<nav>Menü</nav><script>x()</script><p> </p>"
    page = "<html><body>" + "<div>" * depth + inside + "</div>" * depth + "</body></html>"
    with pytest.raises(SourceError, match=r"^\[E009\] empty\.html: the HTML page has no visible text"):
        html_to_text(page, "empty.html")


def test_html_with_a_huge_text_node_keeps_it():
    words = "Herr Meier fragt. " * 600_000  # 10.8 MB in one element: over libxml2's default text size limit
    text = html_to_text(f"<html><body><pre>{words}</pre><p>Ende.</p></body></html>", "huge.html")[0]
    assert text.count("Herr Meier fragt.") == 600_000 and text.endswith("Ende.\n")


def test_table_row_with_many_empty_cells_finishes():
    page = "<html><body><table><tr>" + "<td></td>" * 60 + "<td>Herr Meier fragt.</td></tr></table></body></html>"
    assert html_to_text(page, "cells.html")[0].endswith("Herr Meier fragt.\n")


# --- control characters and binary files --------------------------------------------------------------------


def test_stray_control_characters_are_removed_with_a_warning(nlp, tmp_path):
    raw = "Herr Meier fragt nach\x00 dem Stand der Planung.\nFrau Schulz (SPD)\x00 antwortet,\x1b dass es gut läuft.\n"
    path = tmp_path / "aus-pdf.txt"
    path.write_bytes(raw.encode("utf-8"))
    src = read_source(str(path))
    assert src.text == raw.replace("\x00", "").replace("\x1b", "")
    assert len(src.warnings) == 1
    assert src.warnings[0].startswith("[W001]") and "removed 3 control" in src.warnings[0]
    result = extract([str(path)], nlp=nlp)
    assert result.ledger == [{"source": str(path), "status": "warning", "reason": src.warnings[0]}]
    assert result.warnings == 1 and result.failed == 0
    assert list(result.turns["speaker"]) == ["Meier", "Schulz"]
    assert all(src.text[r.start : r.end] == r.text for r in result.turns.itertuples())
    # the same through the command line: the ledger file has the row, `ratsnlp text` prints the offsets' text
    out = tmp_path / "t.csv"
    r = cli("extract", str(path), "-o", str(out), "--no-stance")
    assert r.returncode == 0, r.stderr.decode()
    assert [(x["status"], x["reason"][:6]) for x in read_ledger(tmp_path / "t.errors.csv")] == [("warning", "[W001]")]
    assert b"warnings=1" in r.stderr
    printed = cli("text", str(path)).stdout.decode("utf-8")
    assert printed == src.text
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(printed[int(x["start"]) : int(x["end"])] == x["text"] for x in rows)


@pytest.mark.parametrize(
    "data",
    [
        SPEECH.encode("utf-16-le"),  # UTF-16 without a BOM: every other byte is NUL
        bytes(range(256)) * 20,
        SPEECH.encode("utf-8") * 100 + random.Random(1).randbytes(40_000),  # 10 KB of text, then binary
        b"\x00\x01\x02 Herr Meier fragt. \x03\x04\x05\x06" * 50,
    ],
    ids=["utf16-no-bom", "all-bytes", "text-then-binary", "mostly-control"],
)
def test_mostly_binary_is_still_refused(data, tmp_path):
    path = tmp_path / "daten.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=r"^\[E004\] .*binary file"):
        read_source(str(path))


# --- what must keep working ---------------------------------------------------------------------------------


def test_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "gross.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 2**20)  # 50 MB (sparse)

    def must_not_read(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(SourceError, match=r"^\[E006\] .*50\.0 MB.*--max-mb"):
        read_source(str(path))


def test_odd_files_give_a_result_or_a_coded_error(tmp_path):
    folder = tmp_path / "eingang"
    folder.mkdir()
    files = {
        "utf16-bom.txt": SPEECH.encode("utf-16"),
        "cr-only.txt": SPEECH.replace("\n", "\r").encode("utf-8"),
        "leer.txt": b"  \n\t\r\n   \xc2\xa0\n",
        "zufall.html": random.Random(2).randbytes(4000),
        "text.pdf": SPEECH.encode("utf-8"),
        "Sitzung vom 3. März – Überblick.txt": SPEECH.encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "t.csv"
    r = cli("extract", str(folder), "-o", str(out), "--no-stance")
    assert r.returncode == 0, r.stderr.decode()
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    turns = {Path(x["source"]).name for x in rows}
    ledger = {Path(x["source"]).name: x["reason"][:6] for x in read_ledger(tmp_path / "t.errors.csv")}
    assert turns == {"utf16-bom.txt", "cr-only.txt", "Sitzung vom 3. März – Überblick.txt"}
    assert ledger == {"leer.txt": "[E003]", "zufall.html": "[E004]", "text.pdf": "[E030]"}
    for name in turns:
        text = cli("text", str(folder / name)).stdout.decode("utf-8")
        assert text == SPEECH
        assert all(text[int(x["start"]) : int(x["end"])] == x["text"] for x in rows if x["source"].endswith(name))
