"""A vote sentence that only points back ("Dieser wird angenommen.") carries the motion of the sentence before.

A carried motion to postpone or refer postpones or refers the item; an amendment carried is simply accepted.
"""

import pytest

HEAD = "TOP 6 Sanierung der Turnhalle Am Wall\n\n"


@pytest.mark.parametrize(
    ("minutes", "outcome"),
    [
        ("Herr Lüders (CDU) stellt einen Vertagungsantrag. Dieser wird mit 9 Ja-Stimmen bei 4 Nein-Stimmen angenommen.", "postponed"),
        ("Frau Abadi (SPD) beantragt, den Punkt auf die nächste Sitzung zu vertagen. Dieser Antrag wird einstimmig angenommen.", "postponed"),
        ("Herr Kranz (FDP) beantragt die Überweisung in den Bauausschuss. Dem wird mehrheitlich zugestimmt.", "referred"),
        ("Herr Lüders (CDU) stellt einen Änderungsantrag zur Reihenfolge der Bauabschnitte. Dieser wird einstimmig angenommen.", "accepted"),
        # the pointer is needed: a later, self-standing vote is on the item itself
        ("Frau Abadi (SPD) beantragt, den Punkt zu vertagen. Der Antrag findet keine Mehrheit. Der Ausschuss beschließt die Sanierung einstimmig.", "rejected|accepted"),
    ],
)
def test_points_back_to_the_motion(nlp, minutes: str, outcome: str) -> None:
    doc = nlp(HEAD + minutes)
    assert "|".join(d._.outcome for d in doc._.decisions) == outcome
