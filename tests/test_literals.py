"""The literal pre-check (resources/literals.py) must never change what a pattern finds."""

from __future__ import annotations

import functools
import random
import re

import pytest
from conftest import ROOT

from ratsnlp.resources.literals import Prechecked


def prechecked_patterns() -> dict[str, Prechecked]:
    """Every pre-checked pattern the pipeline uses: module-level ones and those built from the lexicons."""
    import importlib

    from ratsnlp.resources import lexicon

    found: dict[str, Prechecked] = {}
    for mod in ("ratsnlp.tag.decisions", "ratsnlp.tag.votes", "ratsnlp.tag.roles", "ratsnlp.classify.features"):
        for name, value in vars(importlib.import_module(mod)).items():
            if isinstance(value, Prechecked):
                found[f"{mod}.{name}"] = value
    from ratsnlp.tag.motions import patterns

    for (use, value), pats in patterns().items():
        for i, pat in enumerate(pats):
            found[f"motion_patterns[{use}/{value}/{i}]"] = pat
    lex = lexicon()
    for name in ("chair_acts", "attendance"):
        found[name] = getattr(lex, name)
    for i, spec in enumerate(getattr(lex, "vote_patterns", []) or []):
        if isinstance(spec, dict) and isinstance(spec.get("regex"), Prechecked):
            found[f"vote_patterns[{i}]"] = spec["regex"]
    return found


def texts() -> list[str]:
    """Sentences of the invented minutes, and variants that stress case folding and the fold hazards."""
    rng = random.Random(7)
    sents = []
    for path in sorted((ROOT / "data" / "annotated").glob("*.txt")) + sorted((ROOT / "data" / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        sents += [s for s in re.split(r"(?<=[.!?:])\s+", text) if s.strip()]
    picked = rng.sample(sents, 1500)
    variants = [s.upper() for s in picked[:200]] + [s.lower() for s in picked[200:400]]
    variants += [s.replace("s", "ſ", 1) for s in picked[400:500]] + [s.replace("i", "ı", 1) for s in picked[500:600]]
    return picked + variants + ["", "Ja: 9, Nein: 2, Enthaltung: 1", "einstimmig BESCHLOSSEN", "İst das so?"]


@pytest.mark.parametrize("name", sorted(prechecked_patterns()))
def test_prechecked_search_equals_the_plain_regex(name):
    pat = prechecked_patterns()[name]
    for t in texts():
        got, want = pat.search(t), pat.regex.search(t)
        assert (got is None) == (want is None), (name, t[:80])
        if want is not None:
            assert got.span() == want.span() and got.groupdict() == want.groupdict(), (name, t[:80])
        assert [m.span() for m in pat.finditer(t)] == [m.span() for m in pat.regex.finditer(t)], (name, t[:80])


def test_a_scan_finds_exactly_the_strings_the_patterns_need():
    """LiteralScan.found: every scanned string that occurs in the lowercased text, and only those, plus DIGIT
    for a digit; strings that overlap ("stimmenthaltung": "stimmen" and "enthaltung") are all found."""
    from ratsnlp.resources.literals import DIGIT, LiteralScan

    scan = LiteralScan(prechecked_patterns().values(), words=["stimmen", "enthaltung", "haltung"])
    for t in texts() + ["Stimmenthaltungen: 2", "mit 5 Stimmenthaltungen", "ſtimmen"]:
        found = scan.found(t)
        if "ſ" in t or "ı" in t or "İ" in t:
            assert found is None, t[:80]
            continue
        low = t.lower()
        assert {w for w in scan.words if w in low} == found - {DIGIT}, t[:80]
        assert (DIGIT in found) == bool(re.search(r"\d", t)), t[:80]
    assert {"stimmen", "enthaltung", "haltung"} <= scan.found("Stimmenthaltung")


@functools.lru_cache(maxsize=1)
def found_sets() -> list[tuple[str, tuple]]:
    """Each text with the found sets of its own scan, of a scan of a longer text that contains it, and of a
    scan without the patterns."""
    from ratsnlp.resources.literals import LiteralScan

    scan, other = LiteralScan(prechecked_patterns().values()), LiteralScan([])
    rng = random.Random(11)
    sample = texts()
    return [(t, (scan.found(t), scan.found(rng.choice(sample) + " " + t), other.found(t))) for t in sample]


@pytest.mark.parametrize("name", sorted(prechecked_patterns()))
def test_search_with_a_found_set_equals_the_plain_regex(name):
    """search(text, found=...) with the scan of the text, or of a longer text that contains it, is the regex's
    answer; a found set from a scan the pattern is not part of is ignored."""
    pat = prechecked_patterns()[name]
    for t, founds in found_sets():
        want = pat.regex.search(t)
        for found in founds:
            got = pat.search(t, found=found)
            assert (got is None) == (want is None), (name, t[:80])
            if want is not None:
                assert got.span() == want.span() and got.groupdict() == want.groupdict(), (name, t[:80])


def test_requirements_read_digits_number_words_and_letter_classes():
    from ratsnlp.resources.literals import DIGIT, requirements

    needs = requirements(re.compile(r"(?P<n>\d{1,3}|zwei|drei)\s{0,3}[Ee]nthaltung(?:en)?"))
    assert frozenset({DIGIT, "zwei", "drei"}) in needs and frozenset({"enthaltung"}) in needs
    assert requirements(re.compile(r"[0-9]+:")) == (frozenset({DIGIT}),)
    assert requirements(re.compile(r"a?b")) == ()  # one letter: nothing worth scanning for


def test_a_literal_trie_matches_as_a_longest_first_alternation():
    """The scan's trie finds the same (non-overlapping) matches as the flat alternation, longest word first."""
    from ratsnlp.resources.literals import literal_alternation

    rng = random.Random(7)
    words = ["ab", "abc", "abcd", "b", "bca", "cab", "ca", "dd", "d", "abx"]
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = literal_alternation(words)
    for _ in range(300):
        text = "".join(rng.choice("abcdx ") for _ in range(rng.randint(0, 40)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_searching_a_few_branches_one_by_one_equals_the_regex():
    """Leftmost match first, and at one position the first branch: as the alternation of those branches."""
    rx = Prechecked(re.compile(r"stimmt\s+zu|zu\s+stimmen|stimmt|(?:stimmen|stimmten)\s+ab|\bAbstimmung\b"))
    for text in ("Sie stimmt zu.", "Alle stimmen ab und stimmt zu", "Abstimmung und zu stimmen", "zu stimmen stimmt", "nichts"):
        rx.possible(text)  # prepares the branches
        every = tuple(range(len(rx._parts)))  # noqa: SLF001 - the branch search itself
        assert len(every) == 5
        for keep in (every[:2], every[1:4], every[::2], every[2:]):
            alone = re.compile("|".join(rx._parts[i] for i in keep))  # noqa: SLF001
            got, want = rx._search_each(text, keep), alone.search(text)  # noqa: SLF001
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (text, keep)


def test_a_set_of_many_branches_is_compiled_only_when_it_is_needed_often():
    """A set of more than a few branches is searched branch by branch (no compile) until it has been needed
    _COMPILE_AFTER times, then compiled once; every search finds what the whole regex finds (the other branches
    cannot match the text)."""
    from ratsnlp.resources.literals import _COMPILE_AFTER

    words = ["Haushalt", "Satzung", "Bebauungsplan", "Vorlage", "Antrag", "Anfrage", "Gebühr", "Stellungnahme", "Beschluss"]
    rx = Prechecked(re.compile("|".join(rf"{w}\w*\s+(?:wird|werden)\s+\w+" for w in words), re.I))
    text = "Der Haushalt wird beraten, die Satzung wird geändert, die Vorlage wird vertagt, der Antrag wird abgelehnt, " \
        "die Anfrage wird beantwortet, die Gebühr wird erhöht, der Beschluss wird gefasst, die Stellungnahme wird verlesen."
    want = rx.regex.search(text)
    got = [rx.search(text)]
    keeps = [k for k in rx._subs]  # noqa: SLF001 - the cache of branch sets itself
    assert len(keeps) == 1 and 6 < len(keeps[0]) < len(words) and rx._subs[keeps[0]] == 1  # noqa: SLF001
    for n in range(2, _COMPILE_AFTER):
        got.append(rx.search(text))
        assert rx._subs[keeps[0]] == n  # noqa: SLF001 - not compiled yet
    got.append(rx.search(text))
    assert isinstance(rx._subs[keeps[0]], re.Pattern)  # noqa: SLF001
    got.append(rx.search(text))
    for m in got:
        assert (m.span(), m.group()) == (want.span(), want.group())


def test_cased_literals_are_a_necessary_test_of_a_case_sensitive_regex():
    """Every match contains one of the literals as written; a case-blind regex gets none."""
    from ratsnlp.resources.literals import cased_literals

    rx = re.compile(r"(?P<n>\d{1,3}|elf)\s{0,3}(?:Ja-?Stimmen|Ja\b|(?:Stimmen?\s{1,3})?dafür)")
    cues = cased_literals(rx)
    assert cues is not None and "Ja" in cues and "dafür" in cues
    rng = random.Random(3)
    for _ in range(400):
        text = "".join(rng.choice(["3 ", "elf ", "Ja", "ja", "Stimmen ", "dafür", "Dafür", " ", "-"]) for _ in range(rng.randint(0, 8)))
        if rx.search(text):
            assert any(c in text for c in cues), text
    assert cased_literals(re.compile(r"Ja\s+\d", re.IGNORECASE)) is None


def test_matches_answers_as_the_regex_whether_it_matches():
    """Matches splits an alternation into start-anchored branches and branches gated by their literals: yes or no
    must be the plain regex's, for the pipeline's own tests and invented ones (a "?" branch, an inline flag, groups)."""
    from ratsnlp.resources.literals import Matches
    from ratsnlp.tag import decisions

    invented = [
        re.compile(r"^(?:Der|Die)\s\w+\s(?:sei|habe)\b|\bwäre\b[^.]{0,40}\b(?:angenommen|abgelehnt)\b|\?|^Dass\b"),
        re.compile(r"^Um\s|\b(?i:ladung)\b"),  # an inline flag: searched whole
        re.compile(r"^(a)|b"),  # a group: searched whole
        re.compile(r"^Der|\w+x"),  # a branch without a literal: searched whole
    ]
    pats = [decisions.REPORTED_OPINION, decisions.NOT_A_DECISION, *invented]
    extra = ["Der Plan sei gut.", "Das wäre abgelehnt worden.", "Gibt es Fragen?", "Dass es so ist.", "Um LADUNG", "ab", "b", "Der", "ax"]
    for rx in pats:
        m = Matches(rx)
        for t in texts()[:800] + extra:
            assert m(t) == (rx.search(t) is not None), (rx.pattern[:40], t[:80])
    assert Matches(decisions.NOT_A_DECISION)._rest is not None  # the pipeline's test is split (it is the point)


def test_cased_literals_give_up_on_an_inline_case_blind_group():
    from ratsnlp.resources.literals import cased_literals

    assert cased_literals(re.compile(r"\bJa\b:\s*\d")) == ("Ja",)
    # "JA: 3" matches, so "Ja" as written would be a wrong necessary test
    pattern = re.compile(r"\b(?i:ja):\s*\d")
    assert pattern.search("JA: 3") and cased_literals(pattern) is None


def test_guard_of_is_the_lookahead_guarded_puts_after_the_global_flags():
    """guarded() builds its regex from guard_of (worked out once per pattern, possibly before the regex is built)."""
    from ratsnlp.resources.literals import guard_of, guarded

    rx = re.compile(r"(?i)\b(?:beantragt|stellt\s+den\s+Antrag)\b")
    head, look = guard_of(rx)
    assert head == "(?i)" and look.startswith("(?=") and "b" in look and "s" in look
    assert guarded(rx).pattern == f"{head}{look}(?:{rx.pattern[len(head):]})"
    text = "Die Fraktion STELLT den Antrag; sie beantragt ihn."
    assert [m.span() for m in guarded(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]
    maybe_empty = re.compile(r"x*")
    assert guard_of(maybe_empty) is None and guarded(maybe_empty) is maybe_empty
