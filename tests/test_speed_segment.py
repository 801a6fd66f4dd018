"""The speed paths of structure, turns and roles find what the plain regex searches they replace find."""

from __future__ import annotations

import random
import re

import pytest

from ratsnlp.resources import TextScan, lexicon
from ratsnlp.resources.literals import finditer_at, guarded, lead_strings, starts_of
from ratsnlp.segment.structure import _line_patterns, _line_prefilter, _may_match_line, match_header, roster_heading
from ratsnlp.segment.turns import NARRATION
from ratsnlp.tag.roles import COUNCIL_HAS_OWN_CHAIR, ELECTED_TO, FACTION, QT_END, STADTRAT_IS_EXECUTIVE

TEXT = (
    "Frau Beispiel erklärt für die Fraktion der Grünen, dass sie dem Antrag der SPD zustimme. Herr Muster wird "
    "zum Vorsitzenden gewählt. Namens der FDP spricht Herr Probe; seine Fraktion, die CDU, lehnt ab. Im Namen der "
    "Liste Blau fragt Frau Test. FÜR DIE LINKE: Herr Xy. Die Sitzung im Saal endet; Ratsvorsitzende Frau Z. "
    "Der Magistrat antwortet. Die Fragestunde ist beendet. Sprecherin der Wählergruppe, ihre Fraktion (ABC) stimmt zu.\n"
    "Mitglieder der Bezirksverordnetenversammlung; Antrag seiner Fraktion. Dass-Sätze dass, fürwahr, imstande."
)
PATTERNS = [FACTION.regex, ELECTED_TO, COUNCIL_HAS_OWN_CHAIR, STADTRAT_IS_EXECUTIVE, QT_END, NARRATION, lexicon().chair_acts]


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


def _variants() -> list[str]:
    """TEXT, shuffled word orders and case changes of it: the same words in other places."""
    rng = random.Random(7)
    words = TEXT.split(" ")
    out = [TEXT, TEXT.upper(), TEXT.lower()]
    for _ in range(20):
        rng.shuffle(words)
        out.append(" ".join(w.upper() if rng.random() < 0.2 else w for w in words))
    return out


@pytest.mark.parametrize("regex", PATTERNS)
def test_guarded_finds_the_same_matches(regex: re.Pattern[str]) -> None:
    g = guarded(regex)
    for text in _variants():
        assert _spans(g, text) == _spans(regex, text)
        assert [m.groupdict() for m in g.finditer(text)] == [m.groupdict() for m in regex.finditer(text)]


def test_guarded_leaves_a_regex_without_a_known_first_character() -> None:
    for source in (r".x", r"x?", r"\w+", r"[^a]b", r"a*"):
        regex = re.compile(source)
        assert guarded(regex) is regex
    optional = re.compile(r"(?:a|)b")  # an alternation that can match empty: what follows can start a match too
    assert _spans(guarded(optional), "xab b cb") == _spans(optional, "xab b cb") == [(1, 3), (4, 5), (7, 8)]


def test_lead_strings() -> None:
    assert lead_strings(re.compile(r"\b(?:Herr|Frau)\s")) == ("frau", "herr")
    assert lead_strings(re.compile(r"(?i:für|namens)\s+x|seine\(")) == ("für", "namens", "seine(")
    assert lead_strings(re.compile(r"x?y")) is None
    assert lead_strings(re.compile(r"[ab]c")) is None


def test_finditer_at_the_lead_strings_is_finditer() -> None:
    regex = FACTION.regex
    leads = lead_strings(regex)
    assert leads is not None
    for text in _variants():
        scan = TextScan(text)
        assert scan.exact
        for a in range(0, len(text), 37):
            end = min(len(text), a + 400)
            got = [(m.span(), m.groupdict()) for m in finditer_at(regex, text[a:end], starts_of(scan.low, leads, a, end))]
            assert got == [(m.span(), m.groupdict()) for m in regex.finditer(text[a:end])]


LINES = [
    "Beratung:",
    "Beschluss: einstimmig beschlossen",
    "TOP 3: Haushalt",
    "Ö 5 Bebauungsplan Nord",
    "12.03.2024 - 7 Satzung",
    "3. Genehmigung der Niederschrift",
    "Anwesend: Herr A, Frau B",
    "Vorsitz: Frau C (SPD)",
    "Frau D erläutert die Vorlage und bittet um Zustimmung.",
    "Ergebnis der Beratung:",
    "vertagt",
    "Der Ausschuss nimmt Kenntnis.",
    "Zu 4: Anfragen",
]


def test_line_prefilter_passes_every_line_a_pattern_matches() -> None:
    unions = _line_prefilter()
    assert unions is not None
    for line in LINES:
        assert _may_match_line(unions, line) == any(p.match(line) for p in _line_patterns()), line


def test_match_header_and_roster_heading() -> None:
    assert match_header("TOP 3: Haushalt", after_blank=True, in_resolution=False) == ("3", "Haushalt", None)
    assert match_header("Frau D erläutert die Vorlage.", after_blank=True, in_resolution=False) is None
    assert roster_heading("Frau D erläutert die Vorlage") is None
    assert roster_heading("Mitglieder des Ausschusses:") is not None


def test_last_word_searched_from_the_last_run_finds_what_a_full_search_finds() -> None:
    """_chunk_start searches _LAST_WORD from _last_run_start only: the same match, blanks of every kind."""
    from ratsnlp.segment import structure

    pieces = ["a", "Erster", "stellv.", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "x.", "\r"]
    rng = random.Random(3)
    for _ in range(20000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        full = structure._LAST_WORD.search(head)
        fast = structure._LAST_WORD.search(head, structure._last_run_start(head))
        assert (full and (full.span(), full.group(1))) == (fast and (fast.span(), fast.group(1))), repr(head)
