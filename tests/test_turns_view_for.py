"""A view held by a person and told with the thing judged as subject: "Die Erhöhung ist für Dieter X (AB)
„überfällig“" opens X's turn, as the fronted "Für X ist das zu teuer" does. A place or a passive for a person does not.
Invented text only."""

from __future__ import annotations

import pytest


def _speakers(doc):
    return [t._.speaker for t in doc._.turns]


@pytest.mark.parametrize(
    "sentence",
    [
        'Die neue Gebühr ist für Jutta Kramer (SPD) "längst überfällig". Sie verwies auf die gestiegenen Kosten.',
        "Das Konzept war für Stadtrat Henning Brauer schlicht unausgegoren.",
    ],
)
def test_a_view_for_a_named_person_opens_a_turn(rules_nlp, sentence):
    doc = rules_nlp("Herr Lutz fragt nach dem Zeitplan.\n\n" + sentence + "\n")
    assert _speakers(doc)[1:] in (["Jutta Kramer"], ["Henning Brauer"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Platz ist für Frau Kramer reserviert.",
        "Die Sitzung war für Herrn Brauer die letzte im Amt, er wurde verabschiedet.",
    ],
)
def test_no_view_no_turn(rules_nlp, sentence):
    doc = rules_nlp("Herr Lutz fragt nach dem Zeitplan.\n\n" + sentence + "\n")
    assert _speakers(doc) == ["Lutz"]
