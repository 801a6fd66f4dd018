"""The shortcuts taken for speed give exactly what the plain code gives (invented texts)."""

from __future__ import annotations

import re

import pytest
import spacy

from ratsnlp import extensions as ext
from ratsnlp.normalise import iter_lines
from ratsnlp.resources import TextScan, lexicon
from ratsnlp.tag.roles import FACTION, PRESENTS, QUESTION_TIME, member_acts, question_time_spans

TEXTS = [
    "",
    "\n",
    "Eine Zeile",
    "  eingerückt \n\n\u00a0\n  Zweite Zeile\r\nDritte \n",
    "Die Einwohnerfragestunde beginnt um 18 Uhr. Herr Kranich fragt nach dem Radweg.\n"
    + "x" * 170
    + " Fragestunde "
    + "y" * 200
    + "\nKeine Fragestunde heute.\nTOP 3 Bürgerfragen\nFrau Amsel erläutert die Vorlage für die SPD-Fraktion.\n",
    "Herr Reiher stellt den Antrag namens der CDU, die Sitzung zu vertagen.\nDer Vorsitzende eröffnet die Sitzung.",
    "Eine ſonderbare Schreibweiſe: Herr Specht ſtellt den Antrag.",  # a long s folds to s in the regex engine only
    "Der Bürgermeiſter İlhan erläutert den Sachstand.",  # İ lowercases to two characters
]


@pytest.mark.parametrize("text", TEXTS)
def test_split_lines_is_iter_lines(text: str) -> None:
    expected = [(ln.start, ln.end, ln.text, ln.blank) for ln in iter_lines(text)]
    assert [(ln.start, ln.end, ln.text, ln.blank) for ln in ext.split_lines(text)] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_text_scan_never_rules_out_a_match(text: str) -> None:
    scan = TextScan(text)
    patterns = [FACTION.regex, PRESENTS.regex, QUESTION_TIME.regex, member_acts(), lexicon().chair_acts.regex]
    ruled_out = 0
    for pat in patterns:
        hits = scan.trigger(pat)
        for a in range(0, len(text) + 1, 3):
            for b in range(a, min(len(text), a + 90) + 1, 7):
                found = pat.search(text[a:b]) is not None
                may = scan.may_match(pat, a, b)
                assert may or not found, (pat.pattern[:40], a, b)
                assert hits is None or hits.within(a, b) or not found, (pat.pattern[:40], a, b)
                ruled_out += not may
    if scan.exact and len(text) > 100:
        assert ruled_out  # the check does rule windows out


def test_text_scan_gives_up_on_fold_hazards() -> None:
    long_s, dotted_i = (TextScan(t) for t in TEXTS[-2:])
    # a case-blind regex may match "ſtellt" as "stellt": no literal check on such a text
    assert not long_s.exact and long_s.may_match(QUESTION_TIME.regex, 0, 0) and long_s.trigger(QUESTION_TIME.regex) is None
    assert not long_s.may_match(PRESENTS.regex, 0, 0)  # a case-sensitive one is still checked
    # "İ".lower() has two characters: offsets in the lowercased text are off, nothing is checked
    assert not dotted_i.aligned and dotted_i.may_match(PRESENTS.regex, 0, 0) and dotted_i.trigger(PRESENTS.regex) is None


@pytest.mark.parametrize("text", TEXTS)
def test_question_time_spans_with_scan(text: str) -> None:
    items = [m.start() for m in re.finditer("TOP", text)]
    assert question_time_spans(text, items, TextScan(text)) == question_time_spans(text, items)


def test_span_values_read_and_write_like_underscore() -> None:
    doc = spacy.blank("de")("Herr Kranich sagt etwas. Frau Amsel auch.")
    a, b = doc[0:2], doc[5:7]
    a._.speaker, a._.is_subject = "Kranich", True
    assert ext.span_values(a, ("speaker", "is_subject", "title")) == (a._.speaker, a._.is_subject, a._.title)
    ext.set_span_values(b, speaker="Amsel", turn_id=2)
    assert (b._.speaker, b._.turn_id) == ("Amsel", 2)
    rows = ext.offsets_and_values([a, b], ("speaker", "turn_id"))
    assert rows == [(a.start_char, a.end_char, "Kranich", None), (b.start_char, b.end_char, "Amsel", 2)]


def test_role_noun_memo_answers_as_the_lookup() -> None:
    lex = lexicon()
    for word in ["Bürgermeister", "Bürgermeisters", "Ortsvorsteherin", "Kranich", "sachkundige", "Bürgermeister"]:
        assert lex.role_noun(word) == lex._find_role_noun(word)


@pytest.mark.parametrize("text", [*TEXTS, "Frau Ämsel\t(SPD):  „Nein.“ \n\n Ende"])
def test_token_ends_are_idx_plus_length(text: str) -> None:
    doc = spacy.blank("de")(text)
    assert ext.token_ends(doc) == [t.idx + len(t) for t in doc]


@pytest.mark.parametrize("text", [*TEXTS, "Herr  Kranich (CDU) \n\n  fragt: „Warum?“  Frau Amsel antwortet. "])
def test_char_span_is_spacy_expand(text: str) -> None:
    doc = spacy.blank("de")(text)
    n = len(text)
    for a in range(-1, n + 2):
        for b in range(a + 1, n + 3):
            want = doc.char_span(a, b, label="x", alignment_mode="expand")
            got = ext.char_span(doc, a, b, "x")
            if want is None:
                assert got is None
            else:
                assert (got.start, got.end, got.start_char, got.end_char, got.label_) == (want.start, want.end, want.start_char, want.end_char, "x")


@pytest.mark.parametrize("line", ["Herr A (CDU), Frau B ( SPD , Herr C", "  , ; Herr A", "(x) Herr A) (Frau B", "Herr A;  Frau B,Herr C"])
def test_roster_entry_tests_answer_as_the_prefix_regexes(line: str) -> None:
    from ratsnlp.segment.structure import _entry_start, _in_bracket

    for k in range(len(line) + 1):
        before = line[:k]
        assert _entry_start(line, k) == (not before.strip() or before.rstrip().endswith((",", ";")))
        assert _in_bracket(line, k) == (re.search(r"\([^)]*$", before) is not None)


def test_set_values_writes_what_set_span_values_writes() -> None:
    doc = spacy.blank("de")("Herr Kranich sagt etwas. Frau Amsel auch.")
    a, b, c = doc[0:2], doc[5:7], doc[0:2]
    ext.set_values([a, b, c], ("speaker", "turn_id"), [("Kranich", 1), ("Amsel", 2), ("Specht", 3)])
    assert (a._.speaker, a._.turn_id, b._.speaker, b._.turn_id) == ("Specht", 3, "Amsel", 2)  # the later span on the same chars wins


def test_group_rows_and_values_at_answer_as_the_group() -> None:
    doc = spacy.blank("de")("TOP 1 Bericht\nHerr Kranich sagt etwas. Frau Amsel auch.")
    spans = ext.char_spans(doc, [(0, 13, "item"), (14, 38, "turn"), (39, 55, "turn")])
    ext.set_group(doc, "zz", [sp for sp in spans if sp is not None])
    plain = [(sp.start_char, sp.end_char, sp.label_) for sp in doc.spans["zz"]]
    assert ext.group_rows(doc, "zz") == plain
    doc.spans["zz"].append(doc[0:1])  # changed behind set_group's back: read again
    assert ext.group_rows(doc, "zz") == [(sp.start_char, sp.end_char, sp.label_) for sp in doc.spans["zz"]]
    assert ext.group_rows(doc, "none") == []
    bounds = [(a, b) for a, b, _ in plain]
    ext.set_values_at(doc, bounds, ("speaker", "turn_id"), [("A", 1), ("B", 2), ("C", 3)])
    assert [sp._.turn_id for sp in spans] == [1, 2, 3]
    assert ext.values_at(doc, bounds, "speaker") == [sp._.speaker for sp in spans] == ["A", "B", "C"]


def test_group_values_answers_as_offsets_and_values() -> None:
    doc = spacy.blank("de")("Herr Kranich sagt etwas. Frau Amsel auch.")
    doc.spans["a"] = [doc[0:2], doc[5:7]]
    ext.set_group(doc, "b", [doc[0:2], doc[5:7]])
    ext.set_span_values(doc[5:7], speaker="Amsel", is_subject=True)
    for name in ("a", "b"):
        assert ext.group_values(doc, name, ("speaker", "is_subject")) == ext.offsets_and_values(doc.spans[name], ("speaker", "is_subject"))
    assert ext.group_values(doc, "none", ("speaker",)) == []


@pytest.mark.parametrize("text", [*TEXTS, "a.. b", "a..x. b", "x:\n", "x: \t\n", "x:: \n", "a.:\n", "a?!“ b", "a…) x", "a.)", ":", "a:b\n", "Dr.\u00a0X. „Ja.“ Nein!\n"])
def test_sentence_end_regex_matches_as_the_plain_alternation(text: str) -> None:
    from ratsnlp.segment.sentences import _END

    plain = re.compile(r"[.!?…]+[\"“”'’)»]*(?=\s)|:(?=[ \t\u00a0]*\n)")
    for a, b in [(0, len(text)), (1, len(text) - 1), (2, len(text))]:
        assert [m.span() for m in _END.finditer(text, a, b)] == [m.span() for m in plain.finditer(text, a, b)]


def test_doc_values_read_like_underscore() -> None:
    doc = spacy.blank("de")("Der Rat tagt.")
    doc._.doc_id, doc._.body = "d1", "Rat"
    names = ("doc_id", "source", "body", "meeting_date", "roster")
    assert ext.doc_values(doc, names) == tuple(getattr(doc._, n) for n in names) == ("d1", None, "Rat", None, None)


def test_set_values_at_stores_what_span_underscore_reads() -> None:
    doc = spacy.blank("de")("Herr Kranich sagt etwas. Frau Amsel auch.")
    bounds = [(0, 12), (25, 35), (0, 12)]  # a repeated span: the later row wins, as with span._
    ext.set_values_at(doc, bounds, ("speaker", "turn_id"), iter([("Kranich", 1), ("Amsel", 2), ("Kranich", 3)]))
    assert (doc.char_span(0, 12)._.speaker, doc.char_span(0, 12)._.turn_id) == ("Kranich", 3)
    assert (doc.char_span(25, 35)._.speaker, doc.char_span(25, 35)._.turn_id) == ("Amsel", 2)
    ext.set_values_at(doc, bounds[:1], ("speaker", "turn_id"), [("Kranich",)])  # a short row: only its fields
    assert (doc.char_span(0, 12)._.speaker, doc.char_span(0, 12)._.turn_id) == ("Kranich", 3)
