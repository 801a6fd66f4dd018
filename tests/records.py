"""What the decision tests compare: each decision record of a text as (outcome, unanimous, yes, no, abstain)."""

from __future__ import annotations

from spacy.language import Language


def decision_rows(nlp: Language, text: str) -> list[tuple]:
    """The decision records of `text`, in document order, as the tuples the tests expect."""
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in nlp(text)._.decisions]
