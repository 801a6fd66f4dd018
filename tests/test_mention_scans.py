"""The fast forms of the mention scans (segment/names.py, segment/mentions.py) must find what the plain forms find.

The plain forms are written here as they read before: a flat longest-first alternation behind a word-start
lookbehind (or a bullet's dash at a line start), and the sentence-start scans anchored by lookbehinds. Compared on
the corpus texts and on random strings made of the pieces these patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import ROOT

from ratsnlp.resources import alternation, lexicon
from ratsnlp.segment import mentions, names

PIECES = [
    "Herr", "Frau", "Herrn", "Dr.", "Prof.", "Hans", "Anna", "Karl", "Otto", "Meier", "Brandt", "sagt", "fragt", "erklärt",
    "Bürgermeister", "Bürgermeisterin", "Vorsitzender", "vorsitzende", "Stadträtin", "Ausschuss", "Ober", "räte", "CDU-",
    "Linken-", "SPD", "(CDU)", "(", "Grüne)", "stv.", "bM", "sB", "von", "der", "die", "in", "seiner", "Funktion", "als",
    "-", " ", " ", "  ", "   ", "\t", "\n", "\u00a0", ".", ". ", ":", "!", "?", "’", "'", "1.", "X", "Ä", "ß", "_",
]


def corpus() -> list[str]:
    paths = sorted((ROOT / "data" / "annotated").glob("*.txt"))[:40] + sorted((ROOT / "data" / "samples").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


def fuzz(n: int = 4000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(n)]


def plain_anchor_pattern() -> re.Pattern[str]:
    lex = lexicon()
    words = sorted(set(lex.honorifics) | set(lex.role_words), key=len, reverse=True)
    forms = {n.form for n in lex.role_suffixes}
    suffixes = sorted(forms | {f"{f}n" for f in forms if f.endswith("e")}, key=len, reverse=True)  # declined: "Beigeordneten"
    alt_words, alt_suf = alternation(words), alternation(suffixes)
    alt_cap = alternation([s[:1].upper() + s[1:] for s in suffixes])
    return re.compile(
        rf"(?:(?<![\w-])|(?<=\n-)|(?<=^-))(?:(?:[A-ZÄÖÜ][\wäöüß]{{0,12}}-)?(?:{alt_words})|[A-ZÄÖÜ][A-Za-zäöüß-]{{0,30}}(?:{alt_suf})|"
        rf"(?:[A-ZÄÖÜ][\wäöüß]{{0,12}}-)?(?:{alt_cap}))(?![\w-])"
    )


def plain_given_name_pattern() -> re.Pattern[str]:
    alt = alternation(sorted(lexicon().given_names), after_first=r"(?<![\w.-].)")
    return re.compile(rf"(?:{alt})(?:-[A-ZÄÖÜ][a-zäöü]{{2,12}})?(?=[ \u00a0](?:[a-z]{{1,4}}[ \u00a0]){{0,2}}[A-ZÄÖÜ])")


PLAIN_PARTY = re.compile(r"[A-ZÄÖÜ](?<![\w.-].)[a-zäöüß]{1,20}(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})?(?=[ \u00a0]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,30}[ \u00a0]{0,2}\([^()\n]{1,40}\))")
PLAIN_IN_OFFICE = re.compile(r"\bin\s{1,3}(?:seiner|ihrer)\s{1,3}(?:Funktion|Eigenschaft)\s{1,3}als\s{1,3}([A-ZÄÖÜ][\wäöüß-]{2,40})")


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (names.anchor_pattern, plain_anchor_pattern),
        (names.given_name_pattern, plain_given_name_pattern),
        (names.party_name_pattern, lambda: PLAIN_PARTY),
        (lambda: mentions.IN_OFFICE, lambda: PLAIN_IN_OFFICE),
    ],
    ids=["anchor", "given_name", "party_name", "in_office"],
)
def test_fast_pattern_finds_what_the_plain_one_finds(fast, plain):
    f, p = fast(), plain()
    for text in corpus() + fuzz():
        assert spans(f, text) == spans(p, text), text[:120]


def test_given_name_matches_equal_the_regex_of_every_given_name():
    """given_name_matches scans word runs and looks them up: the matches of the regex of all given names (and
    of given_name_pattern, which it uses when a given name is more than a capital and lower-case letters)."""
    plain = plain_given_name_pattern()
    extra = ["Hans-Peter Meier sagt", "Anna von der Berg", "Annab Meier", "Anna-Lena  X", "Anna-Ma X", "Anna-Marialuisabcd X", "xAnna Meier", ".Anna Meier", "Karl\u00a0Otto"]
    for text in corpus() + fuzz(seed=7) + extra:
        assert names.given_name_matches(text) == spans(plain, text), text[:120]


def test_given_name_matches_falls_back_to_the_regex(monkeypatch):
    monkeypatch.setattr(names, "_given_name_scan", lambda: None)  # as for a given name with a hyphen in the lexicon
    for text in ["Hans-Peter Meier sagt", "Anna von der Berg", "xAnna Meier", *corpus()[:5]]:
        assert names.given_name_matches(text) == spans(names.given_name_pattern(), text), text[:120]


def test_sentence_start_scans_equal_the_regex_scans():
    for text in corpus() + fuzz(seed=5) + ["Dr. Dr. Meier sagt", "x.\n  Anna Weber fragt", ". \nHans Meier sagt"]:
        want = [(m.start(1), m.group(1)) for m in mentions.SENTENCE_START_NAME.finditer(text)]
        assert mentions.sentence_start_names(text) == want, text[:120]
        want = [(m.start(1), m.group(1)) for m in mentions.TITLE_START.finditer(text)]
        assert mentions.title_starts(text) == want, text[:120]


def test_trie_matches_like_the_longest_first_alternation():
    rng = random.Random(11)
    for _ in range(200):
        words = {"".join(rng.choice("abc.") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        flat = re.compile(f"(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})(?![ab])")
        fast = re.compile(f"(?:{names.trie(words)})(?![ab])")
        for _ in range(20):
            text = "".join(rng.choice("abc. ") for _ in range(rng.randint(0, 30)))
            assert spans(fast, text) == spans(flat, text), (words, text)


def test_known_surnames_written_within_a_sentence():
    text = "Frau Lindqvist dankt. Herr Okafor fragt. Lindqvist antwortet, Okafors Antrag folgt."
    written = mentions._Written(text)
    written.add("Lindqvist", 0)
    written.add("Okafor", 0)
    for s, e in [(0, 21), (22, 40), (41, len(text)), (45, 50), (60, 66)]:
        assert written.any_within(s, e) == any(k in text[s:e] for k in ("Lindqvist", "Okafor")), (s, e)


CUE_PIECES = PIECES + ["RF", "KTR", "ORM", "GV.", "Ab-Cd", "Tamm", "Kluge", "(SPD)", "(FW)", ")", "stellt", "meint", "Über", "abcdefghijklmnopqrstu", "1"]


def test_bracket_and_cue_scans_equal_the_regex_scans():
    """party_surnames and cue_starts try their patterns only at a bracket, a break or an abbreviation: the same
    matches as finditer over the whole text."""
    rng = random.Random(7)
    fuzzed = ["".join(rng.choice(CUE_PIECES) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    lex = lexicon()
    for text in corpus() + fuzzed + ["Für die SPD stellt RF Tamm fest. KTR Kluge fragt", "Kluge (SPD) widersprach (x) Tamm (FW):"]:
        want = [(m.start(1), m.group(1)) for m in mentions._PARTY_SURNAME.finditer(text)]
        assert mentions.party_surnames(text) == want, text[:120]
        want_cues = [(m.start(1), m.group(1), m.start(2)) for m in mentions._CUE_START.finditer(text) if mentions._cue_verb(m, lex)]
        want_cues += [(m.start(2), m.group(2), m.start(3)) for m in mentions._CUE_AFTER_VERB.finditer(text) if m.group(1) in lex.speech_verbs]
        assert mentions.cue_starts(text) == want_cues, text[:120]
        assert [m.span() for m in mentions._cues_after_verbs(text)] == [m.span() for m in mentions._CUE_AFTER_VERB.finditer(text)], text[:120]


def test_surname_label_lines_equal_the_multiline_scan():
    """_surname_label_lines searches from line break to line break: the labels finditer finds with "^" (re.M)."""
    rng = random.Random(17)
    pieces = CUE_PIECES + ["Muster:", ": ", "Probe (AB):", "\n", "\n  ", "„Ja"]
    fuzzed = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    for text in corpus() + fuzzed + ["Muster: Das geht.\nProbe (AB): „Nein“", "\nMuster:  Aber", "  Kluge: Nein\n\nTamm:\tJa"]:
        want = [(m.group(1), m.group(2), m.end()) for m in mentions._SURNAME_LABEL.finditer(text)]
        assert [(m.group(1), m.group(2), m.end()) for m in mentions._surname_label_lines(text)] == want, text[:120]


def test_party_name_matches_equal_the_pattern_scan():
    """party_name_matches tries the pattern only shortly before a bracket: the same matches as finditer."""
    rng = random.Random(13)
    fuzzed = ["".join(rng.choice(CUE_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(4000)]
    for text in corpus() + fuzzed + ["Ottwin Berghaus (CDU) und Anna Abcdefghijklmnopqrstu Abcdefghijklmnopqrstuabcdefghij  (SPD)"]:
        assert names.party_name_matches(text) == spans(names.party_name_pattern(), text), text[:120]


def test_party_label_comma_within_reach():
    """party_label skips a sentence without a comma near its start: every _PARTY_LABEL match has one there."""
    longest = "Frau  Abcdefghijklmnopqrstu-Abcdefghijklmnopqrstu\t\tXbcdefghijklmnopqrstuvwxyzabcd, SPD: Text"
    rng = random.Random(17)
    pieces = ["Herr", "Frau", " ", "  ", "\t", ",", ":", "Kluge", "Anna", "Abcdefghijklmnopqrstu", "-", "SPD", "xy", "’"]
    texts = [longest] + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(4000)]
    assert mentions._PARTY_LABEL.match(longest) is not None
    for text in texts:
        if mentions._PARTY_LABEL.match(text) is not None:
            assert text.find(",", 0, mentions._PARTY_LABEL_COMMA) >= 0, text


ATTENDANCE_PIECES = [
    "fehlt", "fehlte", "verlässt", "um", "19:17", "Uhr", "die", "Sitzung", "ist", "entschuldigt", "nimmt", "an", "der",
    "teil", "nicht", "kommt", "später", "und", "Frau", "Herr", "(SPD)", "(online)", "erhält", "12", "Stimmen", "soll",
    "künftig", "leiten", "sagt", "fragt", ",", ".", " ", "  ", "    ", "\t", "\n", "x",
]


def test_shared_attendance_matches_where_the_lexicon_regex_does():
    regex = getattr(lexicon().attendance, "regex", lexicon().attendance)
    shared = mentions._attendance_shared(regex)
    assert shared is not regex  # attendance.txt has the shape the sharing needs
    rng = random.Random(5)
    texts = [" ".join(rng.choice(ATTENDANCE_PIECES) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    texts += [" " * k + t for k in range(5) for t in ("fehlt heute.", "ist entschuldigt.", "erläutert den Plan.")]
    for t in texts:
        assert (shared.match(t) is None) == (regex.match(t) is None), t


def test_blanks_are_shared_only_without_top_level_alternation():
    assert mentions._blanks_then_one_branch(r"^\s{0,3}(?:fehlt|ruht)\b", re.IGNORECASE)
    assert not mentions._blanks_then_one_branch(r"^\s{0,3}fehlt|ruht", re.IGNORECASE)  # "ruht" anywhere: no blanks before
    assert not mentions._blanks_then_one_branch(r"^\s{0,3}?fehlt", re.IGNORECASE)
    assert not mentions._blanks_then_one_branch(r"fehlt", re.IGNORECASE)


NON_SPEECH_PIECES = [
    "kandidierte", "Kandidatur", "bewarb", "sich", "stellt", "zur", "Wiederwahl", "trat", "als", "Beisitzer", "an", "hat",
    "das", "Amt", "übernommen", "übernahmen", "nahmen", "nimmt", "Aufgaben", "wahr", "ist", "war", "lange", "Jahre", "seit",
    "2019", "legte", "Mandat", "nieder", "niedergelegt", "Sitzung", "verlassen", "Geburtstag", "feiert", "ſ", "İst", "WAR",
    "Herr", "Muster", "sagt", ",", ".", ":", ";", " ", "  ", "\n", "x", "1.",
]


def test_non_speech_lines_search_finds_what_the_joined_regex_finds():
    acts = mentions._non_speech_acts()
    assert acts._scan is not None  # every line of non_speech_acts.txt needs a known literal
    rng = random.Random(11)
    texts = ["".join(rng.choice(NON_SPEECH_PIECES) + rng.choice(("", " ", " ")) for _ in range(rng.randint(1, 14))) for _ in range(4000)]
    texts += corpus()
    for t in texts:
        a, b = acts.whole.search(t), acts.search(t)
        assert (a is None) == (b is None) and (a is None or a.span() == b.span()), t


def test_lines_search_keeps_line_order_and_prefix_literals():
    acts = mentions.LinesSearch([r"\bhaus", r"\bhausbau\b", r"(?<=x)rathaus"], re.IGNORECASE)
    assert acts._scan is not None
    for t in ("HAUSBAU", "hausbauten", "x hausbau xrathaus", "xrathaus haus", "haus", "nichts", "Rathaus"):
        a, b = acts.whole.search(t), acts.search(t)
        assert (a is None) == (b is None) and (a is None or (a.span(), a.group()) == (b.span(), b.group())), t
    assert acts.search("HAUSBAU").group() == "HAUS"  # the first line wins where both match at one place ("haus" inside "hausbau")
    blind = mentions.LinesSearch([r"\bab", r"\w+"], 0)  # a line without a known literal: the joined regex runs
    assert blind._scan is None and blind.search("zz ab").span() == (0, 2)
