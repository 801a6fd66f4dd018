"""Motion and decision records around headings and notes (examples invented): a meeting's ordinal heading is no
agenda item, a group's amendment laid on the table is moved by the group, a group named as "X-Kreistagsfraktion"
is that party's, and a report taken note of before the vote on a member's motion is a decision of its own."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


ALLRIS_PAGE = (
    "Auszug - Antrag der Fraktion Bündnis 90/Die Grünen: Tempo 30 vor der Grundschule Am Park\n\n"
    "12. Sitzung des Ausschusses für Verkehr und Ordnung\n"
    "TOP: Ö 5\n"
    "Gremium: Ausschuss für Verkehr und Ordnung\tBeschlussart: geändert beschlossen\n\n"
    "Wortprotokoll\n\n"
    "RM Krüger (Bündnis 90/Die Grünen) begründet den Antrag seiner Fraktion. Vor der Schule komme es morgens zu gefährlichen Situationen.\n\n"
    "RM Demir (SPD) signalisiert Zustimmung. Sie beantragt, die Regelung zunächst auf ein Jahr zu befristen.\n\n"
    "Herr Krüger übernimmt den Änderungsantrag.\n\n"
    "Beschluss:\nDer Ausschuss beauftragt die Verwaltung, vor der Grundschule Am Park befristet auf ein Jahr Tempo 30 anzuordnen.\n\n"
    "Abstimmungsergebnis: einstimmig\n"
)


def test_meeting_ordinal_is_no_agenda_item(nlp) -> None:  # noqa: ANN001
    doc = nlp(ALLRIS_PAGE)
    assert {t._.item_number for t in doc._.turns} != {"12"}
    kinds = [(m._.motion_kind, m._.mover) for m in doc._.motions]
    assert kinds[0] == ("main", "Fraktion Bündnis 90/Die Grünen")  # the page's title, not the change moved in debate
    assert ("amendment", "Demir") in kinds


def test_amendment_laid_on_the_table_is_moved_by_its_group(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "7.2 Sitzbänke für den Stadtpark\nAntrag der SPD-Fraktion\n\n"
        "Es liegt als Tischvorlage ein Ergänzungsantrag der Fraktion DIE LINKE vor. Danach sollen auch am Spielplatz Bänke stehen.\n\n"
        "Frau Özdemir (SPD) stellt den Antrag vor. Ältere Menschen fänden im Park keinen Platz zum Ausruhen.\n\n"
        "Der Ergänzungsantrag wird mehrheitlich abgelehnt. Der Antrag wird einstimmig angenommen.\n"
    )
    found = {(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions}
    assert ("amendment", "Fraktion DIE LINKE", "rejected") in found
    assert ("main", "SPD-Fraktion", "accepted") in found


def test_kreistagsfraktion_names_its_party(nlp) -> None:  # noqa: ANN001
    from ratsnlp.resources import lexicon
    from ratsnlp.tag.roles import party_after

    assert party_after("SPD-Kreistagsfraktion", lexicon()) == "SPD"
    assert party_after("CDU-Ratsfraktion", lexicon()) == "CDU"
    doc = nlp(
        "Ö 4  Antrag der SPD-Kreistagsfraktion: Rufbus im Amt Nordheide\n\n"
        "Kreistagsabgeordnete Anna Lund (SPD) begründet den Antrag.\n\n"
        "Kreistagsabgeordneter Jens Möller (CDU) beantragt, den Probebetrieb auf ein Jahr zu begrenzen.\n\n"
        "Der Änderungsantrag wird einstimmig angenommen. Der Antrag wird mit 12 Ja-Stimmen bei 2 Gegenstimmen angenommen.\n"
    )
    kinds = {m._.mover: m._.motion_kind for m in doc._.motions}
    assert kinds == {"SPD-Kreistagsfraktion": "main", "Jens Möller": "amendment"}  # a CDU member changes the SPD's motion


def test_noted_report_then_vote_on_a_members_motion(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 8 Sanierung der Sporthalle – Sachstandsbericht\n\n"
        "Herr Vogt vom Bauamt berichtet über den Stand der Arbeiten.\n\n"
        "Kreistagsabgeordneter Ole Hansen (Grüne) beantragt, eine Variante mit Photovoltaik auf dem Dach durchzurechnen.\n\n"
        "Der Ausschuss nimmt den Sachstandsbericht zur Kenntnis. Der Antrag von Herrn Hansen wird anschließend mit 4 Ja-Stimmen, "
        "9 Nein-Stimmen und 2 Enthaltungen abgelehnt.\n"
    )
    rows = [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]
    assert rows == [("noted", None, None, None), ("rejected", 4, 9, 2)]
    (motion,) = doc._.motions
    assert (motion._.outcome, motion._.decision_id) == ("rejected", doc._.decisions[1]._.decision_id)


@pytest.mark.parametrize(
    ("text", "speaker", "party"),
    [
        (
            "Der Kreistag lehnte den Antrag der AfD-Fraktion ab. Dafür stimmten nur die Mitglieder der AfD-Fraktion.\n\n"
            "Deren Kreisrat Heiko Pfüller begründete den Vorstoß mit unsicheren Fördermitteln.\n",
            "Heiko Pfüller",
            "AfD",
        ),
        (
            "Die Fraktion Pro Wendelstadt hatte einen Änderungsantrag vorgelegt: Kinder sollten weiter frei baden. "
            "Die fehlenden Einnahmen könne der Förderverein ausgleichen, meinte deren Stadtrat Marco Fiedler.\n",
            "Marco Fiedler",
            "Pro Wendelstadt",
        ),
    ],
)
def test_member_of_the_group_named_before(nlp, text: str, speaker: str, party: str) -> None:  # noqa: ANN001
    turn = next(t for t in nlp(text)._.turns if t._.speaker == speaker)
    assert (turn._.role, turn._.party) == ("council_member", party)
