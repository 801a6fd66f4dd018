"""Decisions as reports and small-town minutes tell them: the passive after a fronted phrase ("Nach kurzer
Aussprache wurde der Beschluss angenommen."), "einmütig", recommendations "gefasst", a required majority missed,
and the tally told after the result or in labelled lines above the sentence that draws it. Invented text only."""

from __future__ import annotations

import pytest

from ratsnlp.tag.decisions import sentence_role


@pytest.mark.parametrize(
    "sentence",
    [
        "Nach kurzer Aussprache wurde der Beschluss angenommen.",
        "Nach langer Diskussion wurde die geänderte TO schließlich einmütig angenommen.",
        "Die Beschlüsse des Bauausschusses wurden alle einstimmig gefasst.",
        "Die notwendige Zweidrittelmehrheit für die Änderung der Hauptsatzung wurde damit verfehlt.",
    ],
)
def test_narrated_decisions(sentence):
    assert sentence_role(sentence, None, None) == "statement"


def _rows(doc):
    return [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_tally_told_after_the_result(nlp):
    doc = nlp(
        "Über den Standort des neuen Funkmasts wurde lange gestritten.\n\n"
        "Nach kurzer Aussprache wurde der Beschluss angenommen. Neun Ratsmitglieder waren für den Standort am Sportplatz, "
        "drei dagegen. Zwei Ratsmitglieder enthielten sich.\n"
    )
    assert _rows(doc) == [("accepted", 9, 3, 2)]


def test_labelled_counts_above_a_sentence_that_draws_the_result(nlp):
    doc = nlp(
        "Herr Brandl beantragt, den Punkt Friedhofsgebühren abzusetzen.\n\n"
        "Stimmberechtigte: 13\n\nJa-Stimmen: 6\n\nNein-Stimmen: 6\n\nEnthaltungen: 1\n\n \n\n"
        "Die erforderliche Mehrheit für die Absetzung wurde somit nicht erreicht.\n"
    )
    assert _rows(doc) == [("rejected", 6, 6, 1)]


def test_no_votes_against_answers_the_chairs_call(nlp):
    doc = nlp(
        "Der Vorsitzende schlägt vor, dass Herr Lenz als Gast mitberaten darf, wenn alle Mitglieder einverstanden sind. "
        "Es gibt keine Gegenstimmen.\n"
    )
    assert [(d._.outcome, d._.unanimous, d._.no) for d in doc._.decisions] == [("accepted", True, 0)]
