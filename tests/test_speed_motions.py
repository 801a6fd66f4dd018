"""The speed paths of the motions component answer as the plain computations they replace."""

from __future__ import annotations

import pytest

from ratsnlp.tag import motions
from ratsnlp.tag.motions import _family, _heading_lines, _prime, _title_match, find, patterns

TEXTS = [
    "Herr Kern (FDP) beantragt, die Gebühr nur um 5 % zu erhöhen. Frau Vogt lehnt den Änderungsantrag ab.",
    "Frau Yilmaz (SPD) schließt sich dem an und unterstützt den Antrag; sie sieht aber keine Bedenken.",
    "Der Vorsitzende schlägt vor, die Vorlage in den Bauausschuss zu verweisen. Dem wird nicht widersprochen.",
    "Herr Brand hält dagegen: das sei zu teuer, nicht finanzierbar und ohne Deckungsvorschlag.",
    "Die Grünen-Fraktion zieht ihren Ergänzungsantrag zurück. Antragstellenden Fraktionen: keine.",
    "",
    "Ein Satz ohne jedes Stichwort.",
    "İstanbul-Partnerschaft: Herr Öz begrüßt die Initiative.",  # a case-folding hazard: no priming
]


@pytest.mark.parametrize("text", TEXTS)
def test_primed_literals_are_those_in_the_text(text: str) -> None:
    words = {w for key in patterns() for _, lits in _family(*key) for w in lits}
    _prime(text)
    primed, found = motions._primed
    if primed is None:
        assert "İ" in text
        return
    assert found == {w for w in words if w in text.lower()}


@pytest.mark.parametrize("text", TEXTS)
def test_find_on_a_primed_text_answers_as_unprimed(text: str) -> None:
    keys = list(patterns())
    motions._primed = (None, frozenset())
    plain = [find(use, text, value) for use, value in keys]
    _prime(text)
    primed = [find(use, text, value) for use, value in keys]
    assert [m and m.span() for m in primed] == [m and m.span() for m in plain]


def test_primed_literals_include_those_inside_a_longer_one() -> None:
    """A literal that starts where a longer one does, or inside it, is found too (the scan matches the longest)."""
    _prime("Die Änderungsanträge liegen vor.")
    primed, found = motions._primed
    words = {w for key in patterns() for _, lits in _family(*key) for w in lits}
    assert primed is not None and {"änderung", "änderungs", "änderungsanträge"} <= found
    assert found == {w for w in words if w in "die änderungsanträge liegen vor."}


ITEM = (
    "TOP 4 Verkehr\n"
    "\n"
    "Vorlage 12/2026\n"
    "Erste Zeile\n"
    "Zweite Zeile\n"
    "Herr Kern spricht.\n"
    "\n"
    "4.1 Antrag der SPD-Fraktion: Tempo 30\n"
    "Ein langer Absatz über Gruppen und Fraktionen ohne Überschrift.\n"
    "Drucksache 7/2026\n"
    "Schluss"
)


@pytest.mark.parametrize("start", [0, 5])
def test_heading_lines_keep_every_line_a_title_can_match(start: int) -> None:
    text = "x" * start + ITEM
    low = text.lower()
    got = list(_heading_lines(text, low, start, len(text)))
    every = list(_heading_lines(text, None, start, len(text)))  # no literal filter: every line
    assert [g for g in got if g[2]] == [e for e in every if e[2]]  # the first lines, as before
    assert set(got) <= set(every)
    kept = {(a, b) for a, b, _ in got}
    for a, b, _ in every:
        if _title_match(text[a:b]) is not None:
            assert (a, b) in kept, text[a:b]


MINUTES = (
    "TOP 3 Antrag der SPD-Fraktion: Radweg\n\n"
    "Herr Kern (FDP) beantragt, die Vorlage zu vertagen. Frau Vogt stellt den Änderungsantrag, die Mittel zu streichen. "
    "Die Vorsitzende schlägt vor, abzustimmen. Herr Brand regt an, den Antrag zu ergänzen; er fordert eine Prüfung. "
    "Auf Antrag des Bürgermeisters wird die Sitzung unterbrochen. Frau Lenz begründet den Antrag ihrer Fraktion. "
    "Die antragstellende Fraktion bittet um Vertagung. Herr Ott bringt den Zusatzantrag ein. Darum bittet er. "
    "Wir stimmen über den Vorschlag ab. Herr Roth hat einen Antrag gestellt. Antrag: Abstimmung."
)


def _rows(text: str) -> list[tuple[int, int, str]]:
    rows, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch in ".\n"] + [len(text)]:
        if text[start:end].strip():
            rows.append((start, end, ""))
        start = end
    return rows


@pytest.mark.parametrize("text", [MINUTES, MINUTES.replace("Antrag", "Vorschlag"), MINUTES * 3])
def test_gated_hits_answer_as_the_whole_text_scan(text: str) -> None:
    gated = motions.Scan(text, [], _rows(text))
    plain = motions.Scan(text, [], _rows(text))
    plain.ordered = False  # no gating: every trigger literal looked for in the whole text
    assert gated.ordered
    for use in sorted(motions._SCANNED):
        assert gated.hits(use) == plain.hits(use), use
    assert any(h for use in motions._SCANNED for h in gated.hits(use))
