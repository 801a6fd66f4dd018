"""Constructions family lu (written blind from the styles catalogue) showed the pipeline missing; invented sentences."""

from __future__ import annotations

import pytest

import ratsnlp
from ratsnlp.tag.votes import parse_vote


@pytest.fixture(scope="module")
def nlp():
    return ratsnlp.load(stance_model=False)


def _decisions(nlp, sentence: str) -> list[tuple]:  # noqa: ANN001
    doc = nlp(f"TOP 4 Radweg Am Teich\n\nHerr Kahl (SPD) begründet den Antrag.\n\n{sentence}\n")
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain, d._.abstain_groups) for d in doc._.decisions]


def test_a_bare_item_number_takes_no_resolution_as_its_title(nlp):
    text = (
        "Tagesordnung\n1. Bestätigung der Niederschrift vom 4.3.2025\n2. Bauantrag Mühlenweg 3\n\n"
        "zu 1.\nDie Niederschrift wird ohne Änderungen bestätigt. (Ja: 6, Nein: 0, Enthaltung: 2)\n\n"
        "zu 2.\nFrau Roth stellt den Bauantrag vor.\n"
    )
    got = [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in nlp(text)._.decisions]
    assert got == [("accepted", 6, 0, 2)]


def test_agreeing_against_named_groups_is_accepted(nlp):
    got = _decisions(nlp, "Die Bezirksversammlung stimmt dem Antrag gegen die Stimmen von CDU und AfD bei Enthaltung der FDP zu.")
    assert got == [("accepted", False, None, None, None, "FDP")]


@pytest.mark.parametrize(
    ("sentence", "abstain", "no"),
    [
        ("Der Antrag wird einstimmig bei Enthaltung der AfD-Fraktion angenommen.", None, 0),  # how many: not said
        ("Der Antrag wird mit 12 Ja-Stimmen bei Enthaltung der FDP angenommen.", None, 0),
        ("Der Antrag wird einstimmig bei Enthaltung von Frau Busch angenommen.", 1, 0),  # one person
        ("Der Antrag wird einstimmig bei zwei Enthaltungen der Linken angenommen.", 2, 0),
    ],
)
def test_a_groups_abstention_has_no_count(nlp, sentence, abstain, no):
    (got,) = _decisions(nlp, sentence)
    assert (got[4], got[3]) == (abstain, no)


def test_the_rejection_pattern_leaves_against_the_votes_of_alone():
    assert parse_vote("Der Rat stimmt gegen die Vorlage.").outcome == "rejected"
    assert parse_vote("Der Rat stimmt der Vorlage gegen die Stimmen der AfD zu.").outcome == "accepted"


@pytest.mark.parametrize(
    "advice",
    [
        "Der Finanzausschuss hat die Vorlage mit 7 : 2 Stimmen zur Annahme empfohlen.",
        "Der Ausschuss für Kreisentwicklung hat die Vorlage beraten und empfiehlt die Annahme.",
    ],
)
def test_a_committees_earlier_advice_is_no_decision_of_this_meeting(nlp, advice):
    text = f"Vorsitzende Kühn:\nIch rufe TOP 6 auf. {advice} Herr Landrat, bitte.\n\nLandrat Dr. Brenner:\nDanke.\n"
    assert list(nlp(text)._.decisions) == []


def test_the_committees_own_recommendation_stays_its_decision(nlp):
    assert _decisions(nlp, "Der Ausschuss empfiehlt dem Rat einstimmig, die Vorlage zu beschließen.")[0][:2] == ("accepted", True)


def test_a_berlin_lfd_nr_line_names_its_group_motion(nlp):
    text = (
        "Lfd. Nr. 3 – Einwohnerfragen\n\nFrau Adomeit fragt nach dem Spielplatz am Kanal.\n\n"
        "Lfd. Nr. 4 – Trinkbrunnen am Marktplatz – Antrag der Fraktion DIE LINKE, Drs. 0815/VI\n\n"
        "Bezirksverordnete Wollny (DIE LINKE) begründet den Antrag.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.mover) for m in doc._.motions] == [("main", "Fraktion DIE LINKE")]
    assert doc._.turns[1]._.motion_relation == "supports"


@pytest.mark.parametrize(
    "moving",
    [
        "Frau Sommer (GRÜNE) beantragt, in § 4 Abs. 2 als weiteres Kriterium „Pflegekinder“ aufzunehmen.",
        "Frau Sommer (GRÜNE) stellt den Antrag, die Erhöhung für das dritte Kind auszusetzen.",
    ],
)
def test_changing_a_paragraph_or_suspending_part_of_the_proposal_is_an_amendment(nlp, moving):
    text = f"TOP 7 Satzung über die Elternbeiträge\n\nHerr Krug (Verwaltung) stellt die Vorlage vor.\n\n{moving}\n"
    assert [m._.motion_kind for m in nlp(text)._.motions] == ["amendment"]


@pytest.mark.parametrize(
    ("bracket", "party"),
    [("Freie Wähler Oberau", "Freie Wähler Oberau"), ("Freie Wähler", "FW"), ("SPD Bad Au", "SPD")],
)
def test_a_free_voters_group_with_a_place_is_kept_as_written(nlp, bracket, party):
    doc = nlp(f"TOP 1 Haushalt\n\nFrau Ritter ({bracket}) widerspricht dem Antrag.\n")
    assert [t._.party for t in doc._.turns] == [party]
