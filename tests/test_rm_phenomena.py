"""Phenomena of the real batches rm, rn and rp (facts only; every sentence here is invented)."""

from __future__ import annotations

import pytest

import ratsnlp


@pytest.fixture(scope="module")
def nlp():
    return ratsnlp.load(stance_model=False)


def _roles(doc) -> dict[str, str]:  # noqa: ANN001
    return {t._.speaker: t._.role for t in doc._.turns}


def test_the_spelling_before_1996_names_the_body(nlp):
    text = (
        "TOP 2 - Anträge zur Tagesordnung\n"
        "Die SPD-Fraktion beantragt, den Punkt 4 zu vertagen.\n"
        "Einstimmig beschließt der Ausschuß, den Punkt zu vertagen.\n"
        "TOP 3 - Bericht der Verwaltung\n"
        "Herr Lorenz stellt den Bericht vor.\n"
        "Den Sachstand nimmt der Ausschuß zur Kenntnis.\n"
    )
    got = [(d._.outcome, d._.unanimous) for d in nlp(text)._.decisions]
    assert got == [("postponed", True), ("noted", None)]


@pytest.mark.parametrize(
    "opening",
    [
        "Herr Albers begrüßt alle anwesenden Ortsratsmitglieder und die Gäste.",
        "Herr Albers stellt fest, dass alle Mitglieder fristgerecht geladen wurden und der Ortsrat beschlussfähig ist.",
        "Herr Albers stellt fest, dass der Ausschuss empfehlungsbeschlussfähig ist.",
    ],
)
def test_a_speaker_known_only_by_chair_acts_chairs(nlp, opening):
    text = (
        f"TOP 1 Eröffnung\n\n{opening}\n\n"
        "Als neues Ortsratsmitglied begrüßt Herr Albers ebenfalls Frau Dietz und verpflichtet sie per Handschlag.\n\n"
        "TOP 2 Spielplatz Am Bach\n\nFrau Dietz fragt, wann die Geräte ersetzt werden.\n"
    )
    assert _roles(nlp(text))["Albers"] == "chair"


def test_a_member_noun_near_the_name_does_not_hide_the_chair_of_another_welcome(nlp):
    text = (
        "TOP 1 Eröffnung\n\n"
        "Als neues Ortsratsmitglied begrüßt Herr Albers Frau Dietz.\n\n"
        "TOP 2 Spielplatz Am Bach\n\nHerr Albers fragt, wann die Geräte ersetzt werden.\n"
    )
    assert _roles(nlp(text))["Albers"] == "council_member"  # no chair act: the nearby noun still decides


def test_promising_what_the_office_will_do_is_staff(nlp):
    text = (
        "TOP 5 Sachstand Radwegekonzept\n\n"
        "Frau Berger fragt, ob die Anregungen des Seniorenbeirats berücksichtigt werden.\n\n"
        "Herr Kaminski sagt zu, dass alle genannten Anliegen in die Planung einbezogen und im Herbst vorgestellt werden.\n"
    )
    assert _roles(nlp(text))["Kaminski"] == "administration"


@pytest.mark.parametrize("arrival", ["trifft gegen 19 Uhr ein", "stößt zu TOP 2 hinzu", "kommt um 18.40 Uhr hinzu", "trifft ein"])
def test_a_late_arrival_is_no_turn(nlp, arrival):
    text = f"TOP 1 Eröffnung\n\nHerr Massow eröffnet die Sitzung.\n\nFrau Wendland {arrival}. Der Rat ist nun mit elf Mitgliedern vollzählig.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Massow"]


@pytest.mark.parametrize(
    "act",
    [
        "Frau Hollenbach eröffnet die Wahl des Ortsbürgermeisters.",
        "Frau Hollenbach bittet um Vorschläge für die Wahl des Ortsbürgermeisters.",
        "Frau Hollenbach gibt nach der Auszählung das Ergebnis der Wahl bekannt: 7 Stimmen für Herrn Pape.",
        "Frau Hollenbach beendet den öffentlichen Teil der Sitzung.",
    ],
)
def test_running_an_election_or_ending_the_public_part_is_chairing(nlp, act):
    text = f"TOP 3 Wahl des Ortsbürgermeisters\n\n{act}\n\nHerr Pape dankt für das Vertrauen.\n"
    assert _roles(nlp(text))["Hollenbach"] == "chair"
