"""Council-system HTML pages: system detection from the markup, metadata, text structure, turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from ratsnlp.batch import extract
from ratsnlp.read import read_source
from ratsnlp.read.html import detect_system

PAGES = Path(__file__).parent / "fixtures" / "html"


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


@pytest.mark.parametrize(
    ("name", "system"), [("allris_to020.html", "allris"), ("sessionnet_to0050.html", "sessionnet"), ("generic.html", "generic")]
)
def test_system_is_detected_from_markup(name, system, tmp_path):
    root = lxml_html.fromstring((PAGES / name).read_bytes())
    assert detect_system(root) == system
    renamed = tmp_path / "page.htm"  # the file name carries no hint
    renamed.write_bytes((PAGES / name).read_bytes())
    assert read_source(str(renamed)).meta["system"] == system


def test_allris_page_text_and_metadata():
    src = read_source(str(PAGES / "allris_to020.html"))
    assert src.meta["meeting_date"] == "2024-03-12"
    assert src.meta["item_number"] == "4"
    assert src.meta["body"] == "Ausschuss für Mobilität"
    assert src.meta["item_title"].startswith("Fahrradstraße Lindenallee")
    text = src.text
    for heading in ("Sachverhalt", "Protokoll", "Beschluss", "Abstimmungsergebnis"):
        assert f"\n{heading}\n" in text
    assert "Sitzungskalender" not in text and "toggle(" not in text  # navigation and scripts dropped
    assert "Ja: | 11 | Nein: | 2 | Enthaltung: | 1" in text  # a vote table stays one row


def test_allris_page_turns_and_decision(nlp):
    result = extract([str(PAGES / "allris_to020.html")], nlp=nlp)
    turns = result.turns
    assert list(turns["speaker"]) == ["Okonkwo-Reuter", "Brinkhoff", "Okonkwo-Reuter", "Lindqvist", "Abendroth"]
    assert list(turns["role"])[:2] == ["administration", "council_member"]
    assert set(turns["item_number"]) == {"4"} and set(turns["meeting_date"]) == {"2024-03-12"}
    text = read_source(str(PAGES / "allris_to020.html")).text
    assert all(text[r.start : r.end] == r.text for r in turns.itertuples())
    dec = result.decisions
    final = dec[dec["text"].str.contains("Der Ausschuss beschließt")].iloc[0]
    assert (final.outcome, final.yes, final.no, final.abstain) == ("accepted", 11, 2, 1)


def test_sessionnet_page(nlp):
    src = read_source(str(PAGES / "sessionnet_to0050.html"))
    assert (src.meta["body"], src.meta["meeting_date"], src.meta["item_number"]) == ("Gemeinderat", "2024-06-18", "7")
    assert "Kalender" not in src.text and "Impressum" not in src.text
    result = extract([str(PAGES / "sessionnet_to0050.html")], nlp=nlp)
    assert list(result.turns["speaker"]) == ["Wiedemann", "Rauscher", "Maier", "Rauscher", "Feichtner"]
    assert list(result.turns["role"]) == ["mayor", "guest", "council_member", "guest", "council_member"]
    dec = result.decisions.iloc[-1]
    assert (dec.outcome, dec.yes, dec.no) == ("accepted", 13, 2)


def test_generic_page_keeps_line_breaks_and_paragraphs(nlp):
    src = read_source(str(PAGES / "generic.html"))
    assert "Start" not in src.text.split("\n")[0]
    result = extract([str(PAGES / "generic.html")], nlp=nlp)
    assert list(result.turns["speaker"]) == ["Kaltenbach", "Oduya", "Brenner"]
    assert "Sie verweist auf die Vorlage" in result.turns.iloc[0].text
    assert result.decisions.iloc[0].outcome == "noted"


def test_text_command_prints_the_offset_text(tmp_path):
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "ratsnlp.cli", "text", str(PAGES / "allris_to020.html")], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert out == read_source(str(PAGES / "allris_to020.html")).text


@pytest.mark.parametrize("page", ["<html><body><nav>Menü</nav><script>x()</script></body></html>", "<html><body><p></p></body></html>"])
def test_html_without_text_is_a_clear_failure(page, tmp_path, nlp):
    f = tmp_path / "empty.html"
    f.write_text(page, encoding="utf-8")
    result = extract([str(f)], nlp=nlp)
    assert result.ledger[0]["status"] == "failed" and "no visible text" in result.ledger[0]["reason"]
