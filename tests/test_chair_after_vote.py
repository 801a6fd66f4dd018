"""The chair goes on after a vote block ("Beschluss: ... Abstimmungsergebnis: ..."): "Anschließend lässt er über die
Vorlage abstimmen. Er bittet um das Handzeichen." is the chair's turn, not text of the decision before, and "er" is
the chair, not the last man who spoke nor the motion just rejected. Invented text only."""

from __future__ import annotations

TEXT = (
    "TOP 4 Spielplatz Lindenweg\n\nDer Vorsitzende Herr Pohl erläutert die Vorlage. Herr Brandt (CDU) beantragt, "
    "die Entscheidung zu vertagen.\n\nBeschluss:\nDer Vertagungsantrag wird abgelehnt.\nAbstimmungsergebnis: 4 Ja, 7 Nein\n\n"
    "Anschließend lässt er über die Vorlage abstimmen. Er bittet um das Handzeichen.\n\n"
    "Beschluss:\nDer Ausschuss beschließt die Sanierung des Spielplatzes.\nAbstimmungsergebnis: einstimmig\n"
)


def test_the_chairs_sentences_after_a_vote_are_his_turn(nlp):
    doc = nlp(TEXT)
    turns = [(t._.speaker, t._.role, t.text) for t in doc._.turns]
    assert turns[-1] == ("Pohl", "chair", "Anschließend lässt er über die Vorlage abstimmen. Er bittet um das Handzeichen.")
    assert [t[0] for t in turns] == ["Pohl", "Brandt", "Pohl"]


def test_the_decision_before_ends_at_its_result(nlp):
    doc = nlp(TEXT)
    rows = [(d._.outcome, d._.yes, d._.no, d.text.rstrip()[-12:]) for d in doc._.decisions]
    assert rows == [("rejected", 4, 7, "4 Ja, 7 Nein"), ("accepted", None, 0, ": einstimmig")]
