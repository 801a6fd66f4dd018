"""The speed forms of session 10's segment and roles scans answer as the plain forms they replace.

Possessive runs ("{1,20}+", "++") must find what the same pattern with greedy runs finds; the scans that try a
regex only where its literals are written (str.find) must find what a search or finditer over the whole text
finds. Compared on the corpus texts and on random strings made of the pieces these patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import ROOT

from ratsnlp.resources.literals import guarded
from ratsnlp.segment import mentions
from ratsnlp.tag import roles

_POSSESSIVE = re.compile(r"(\{\d*,?\d*\}|[+*?])\+")


def greedy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with each possessive run made greedy again (as it read before)."""
    plain = _POSSESSIVE.sub(r"\1", pattern.pattern)
    assert plain != pattern.pattern, pattern.pattern[:80]
    return re.compile(plain, pattern.flags)


def corpus() -> list[str]:
    paths = sorted((ROOT / "data" / "annotated").glob("*.txt"))[:40] + sorted((ROOT / "data" / "samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def fuzz(pieces: list[str], n: int = 4000, seed: int = 3, most: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


NAME_PIECES = [
    "Anna", "Karl", "Muster", "Probe", "Müller-Lüdenscheid", "sagt", "fragt", "meinte", "auch", "jedoch", "KTR", "RF", "GV.",
    "Landschaftsarchitektin", "Abcdefghijklmnopqrstuvwxyzabcdefghijk", "und", "als", "von", "der", "(AB)", "(", ")", ",", "“",
    '"', "„", ":", ".", "!", "?", " ", "  ", "    ", "\t", "\n", "\u00a0", "'", "’", "-", "x", "é", "1",
]
FRONTED_PIECES = [
    "Für", "Namens", "Seitens", "Als", "Gegenkandidat", "der", "die", "des", "vom", "von", "den", "AB-Fraktion", "AB",
    "Fraktionssprecher", "Vorsitzende", "sprach", "trat", "sich", "Herr", "Frau", "Dr.", "Ina", "Muster", " ", "  ", "\n",
    "\u00a0", ".", ",", ":", "„", "(", ")", "x", "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
]


@pytest.mark.parametrize(
    "pattern",
    [
        mentions._SSN_AFTER,
        mentions.SENTENCE_START_NAME,
        mentions._CUE_AFTER_BREAK,
        mentions._CUE_START,
        mentions._REPORTED_SURNAME,
        mentions._REPORTED_FULL_NAME,
        mentions._SURNAME_LABEL,
        mentions._SURNAME_LABEL_AFTER_BREAK,
    ],
    ids=["ssn_after", "ssn", "cue_after_break", "cue_start", "reported_surname", "reported_full_name", "label", "label_after_break"],
)
def test_possessive_mention_scans_find_what_greedy_runs_find(pattern: re.Pattern[str]) -> None:
    plain = greedy(pattern)
    for text in corpus() + fuzz(NAME_PIECES):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)], text[:120]


def test_fronted_group_search_finds_what_the_plain_search_finds() -> None:
    """Searched (guarded, possessive) in the window before a name, as _party_of_fronted_group does."""
    fast, plain = guarded(roles._FRONTED_GROUP), greedy(roles._FRONTED_GROUP)
    for text in corpus()[:20] + fuzz(FRONTED_PIECES, n=1500, most=25):
        for end in range(0, len(text) + 1, 7 if len(text) > 500 else 1):
            a = max(0, end - 120)
            got, want = fast.search(text, a, end), plain.search(text, a, end)
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (text[a:end], end)


COUNCIL_PIECES = [
    "Stadt", "rat", "räte", "Gemeinde", "Markt", "markt", "des", "dem", "im", "vom", "den", "Der", "der", " ", "  ", "\n",
    "\t", "\u00a0", "\r", "12", "3", "SächsGemO", "s", "es", "sitzung", "fraktion", "mitglied", "beschließt", "hat", "am",
    " 1", "x", "X", ".", "-", "Rat",
]


def test_council_called_stadtrat_answers_as_the_search() -> None:
    plain = roles.COUNCIL_CALLED_STADTRAT
    texts = corpus() + fuzz(COUNCIL_PIECES, n=20000, seed=7, most=14)
    texts += ["Sitzung des Marktgemeinderates", "Der Gemeinderat \n\n  hat", " Gemeinderat am 3.", "22  Stadträte", "xSächsGemO"]
    assert any(plain.search(t) for t in texts) and not all(plain.search(t) for t in texts)
    for text in texts:
        assert roles._council_called_stadtrat(text, []) == (plain.search(text) is not None), repr(text)


def test_group_lines_and_hand_verbs_equal_their_finditer() -> None:
    group_texts = corpus() + fuzz(["aB", "SPD", ":", " ", "  ", "\t", "\n", ",", ".", "(", ")", "Frau Demir"], n=6000, most=20)
    for text in group_texts:
        want = [(m.group("head"), m.group("names"), m.end()) for m in roles._GROUP_LINE.finditer(text)]
        assert [(m.group("head"), m.group("names"), m.end()) for m in roles._group_lines(text)] == want, repr(text)
    verbs = ["übergibt", "übergab", "überträgt", "übertrug", "übernimmt", "übernahm", "Übernimmt", "x", " ", "_", "-", "ü", "1", "\n"]
    for text in corpus() + fuzz(verbs, n=6000, most=10):
        want = [(m.span(), m.group("hands")) for m in roles._HAND_VERB.finditer(text)]
        assert [(m.span(), m.group("hands")) for m in roles._hand_verbs(text)] == want, repr(text)


def test_title_words_are_the_regex_matches() -> None:
    for text in corpus() + fuzz(["Dr.", "Prof.", "Dr", "Prof", ".", "D", "r", " ", "Prof.Dr."], n=3000):
        assert mentions._title_words(text) == [(m.start(), m.group(0)) for m in re.finditer(r"Prof\.|Dr\.", text)], text


def test_gender_sign_check_answers_as_the_search() -> None:
    pieces = ["Stadträt", "*", ":", "_", "innen", "in", "e", "r", " ", "\n", ".", "x", "X", "ä", "1", "*in", "Ein", ":innen"]
    texts = corpus() + fuzz(pieces, n=20000, seed=9, most=12)
    assert any(mentions._GENDER_SIGN.search(t) for t in texts)
    for text in texts:
        assert mentions._has_gender_sign(text) == (mentions._GENDER_SIGN.search(text) is not None), repr(text)


def test_cue_trigger_blanks_are_the_class_scan() -> None:
    """The blank-led trigger scans find the blank before each capital the capital-led scan found."""
    plain = re.compile(r"[A-ZÄÖÜ](?<=[ \u00a0].)(?=[\wÄÖÜäöü]{0,5}[A-ZÄÖÜ])")
    pieces = ["RF", "KTR", "Tamm", "stellt", "GmbH", "ab", "Ä", " ", "\u00a0", "  ", "\n", "-", "1", "x", "BzV", "Abcdef", "G"]
    for text in corpus() + fuzz(pieces, n=6000, seed=11):
        assert mentions._cue_trigger_blanks(text) == [m.start() - 1 for m in plain.finditer(text)], repr(text)


def test_reported_scans_by_sign_equal_the_class_scan() -> None:
    pieces = [",", "“", "”", '"', "„", " ", "\t", "\u00a0", "meinte", "sagt", "auch", "Kluge", "Altino", "Muster", ".", "(", "und ", "als ", "von der X", "x"]
    for pattern, split in ((mentions._REPORTED_SURNAME, mentions._REPORTED_SURNAME_BY_SIGN), (mentions._REPORTED_FULL_NAME, mentions._REPORTED_FULL_NAME_BY_SIGN)):
        assert len(split) == 4
        for text in corpus() + fuzz(pieces, n=6000, seed=13):
            want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in mentions._by_sign(split, text)] == want, repr(text)


def test_break_led_scans_equal_the_class_scan() -> None:
    """sentence_start_names and cue_starts search one regex per break character: finditer's matches."""
    pieces = NAME_PIECES + ["GV. ", "Dr. ", ". ", ".\n", "!\n", "? ", ":\t", "\n  ", "Kluge fragt", "RF Tamm sagt", "KTR Kluge fragt"]
    for pattern, split in ((mentions._SSN_AFTER, mentions._SSN_BY_BREAK), (mentions._CUE_AFTER_BREAK, mentions._CUE_BY_BREAK)):
        for text in corpus() + fuzz(pieces, n=8000, seed=17):
            for pos in (0, 1, 5):
                want = [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]
                assert [(m.span(), m.groups()) for m in mentions._after_breaks(split, text, pos)] == want, repr(text)
