"""Agreeing with an earlier speaker takes that speaker's side on the motion; a motion named in an ALLRIS "Auszug"
page title is the item's main motion. Invented minutes."""

from __future__ import annotations

import pytest

import ratsnlp


@pytest.fixture(scope="module")
def nlp():
    return ratsnlp.load(stance_model=False)


ITEM = """TOP 6 Parkgebühren in der Altstadt

Stadtbaumeister Kurt Ebner stellte das neue Gebührenmodell vor.

SPD-Stadträtin Anna Wimmer beantragte, die Gebühr am Kirchplatz auf einen Euro je Stunde zu senken.

{agreeing} Er verwies auf die Lage der Geschäfte.

Der Änderungsantrag wurde mit 14 zu 9 Stimmen angenommen.
"""


@pytest.mark.parametrize(
    "agreeing",
    [
        "Stadtrat Bauer pflichtete Wimmer bei.",
        "Stadtrat Bauer pflichtete Frau Wimmer bei.",
        "Stadtrat Bauer (CSU) schloss sich an.",
        "Stadtrat Bauer (CSU) schließt sich ebenfalls an.",
    ],
)
def test_agreeing_with_the_mover_supports_her_motion(nlp, agreeing):
    doc = nlp(ITEM.format(agreeing=agreeing))
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in doc._.turns}
    assert rel["Anna Wimmer"] == ("moves", "m1")
    assert rel["Bauer"] == ("supports", "m1")


def test_joining_a_view_on_something_else_takes_no_side(nlp):
    doc = nlp(ITEM.format(agreeing="Stadtrat Bauer schloss sich der Kritik am Gutachten an."))
    assert {t._.speaker: t._.motion_relation for t in doc._.turns}["Bauer"] is None


def test_an_auszug_title_with_the_moving_group_is_the_items_motion(nlp):
    text = (
        "Auszug - Tempo 30 vor der Kita Sonnenblume (Antrag der Fraktion Bündnis 90/Die Grünen)\n\n"
        "12. öffentliche Sitzung der Bezirksverordnetenversammlung\nTOP: Ö 5.2\n"
        "Beschluss: beschlossen\n\n"
        "Frau Bezirksverordnete Lorenz (Grüne) begründet den Antrag.\n\n"
        "Herr Bezirksverordneter Haas (CDU) hält das für überzogen.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.mover) for m in doc._.motions] == [("main", "Fraktion Bündnis 90/Die Grünen")]
    assert {t._.speaker: t._.motion_relation for t in doc._.turns}["Lorenz"] == "supports"
