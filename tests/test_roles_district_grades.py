"""Role abbreviations and nouns of real minutes (issue #8): a district's civil-service grades are staff, "Vors." is
the committee's chair, a parents' spokesperson speaks for the public. Invented sentences."""

from __future__ import annotations

import pytest

OPEN = "KTA Albers (AB) fragt nach den Kosten der Schulbusse. "


@pytest.mark.parametrize("grade", ["KVR", "KVRin", "KVOR", "KOAR", "KVD’in"])
def test_district_grades_are_administration(nlp, grade):
    doc = nlp(OPEN + f"{grade} Dachs entgegnet, dass die Zahlen sich unterschieden.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Albers", "council_member"), ("Dachs", "administration")]


def test_abbreviated_chair_calls_the_vote(nlp):
    doc = nlp(OPEN + "Vors. Bergander lässt über den Antrag der AB abstimmen.")
    assert [(t._.speaker, t._.role) for t in doc._.turns][1] == ("Bergander", "chair")


def test_parents_spokesperson_is_public(nlp):
    doc = nlp(OPEN + "Elternsprecherin Anna Kästner erklärt, die Eltern könnten die Erhöhung nicht tragen.")
    assert doc._.turns[1]._.role == "public"
