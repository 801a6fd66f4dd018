"""Votes that press reports tell by their counts or by the motion's fate, with no body as subject: "Dem Entwurf
stimmten 31 Räte zu, acht votierten dagegen", "Fünf waren dafür, 14 dagegen", "fand der Antrag keine Mehrheit",
"galt der Vorstoß als abgelehnt", "war ein Antrag ... gescheitert", "Die Mehrheit ... hat sich für ... ausgesprochen".
Invented text only."""

from __future__ import annotations

import pytest

from ratsnlp.tag.decisions import sentence_role
from ratsnlp.tag.votes import parse_vote


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Dem Entwurf der Gebührensatzung stimmten 31 Gemeinderäte zu, acht votierten dagegen, drei enthielten sich.", (31, 8, 3)),
        ("Am Ende wurde über den Vorschlag der Grünen abgestimmt: Fünf waren dafür, 14 dagegen, zwei enthielten sich.", (5, 14, 2)),
        ("Für Frau Albrecht stimmten 24 Mitglieder, sechs stimmten gegen sie.", (24, 6, None)),
        ("Mit Bürgermeister Haas stimmten elf Räte für die Vorlage, neun anwesende Mitglieder der Fraktion SPD/Grüne votierten gegen die Vorlage.", (11, 9, None)),
        ("Für Lehmann, der ohne Gegenkandidaten antrat, stimmten 17 Stadträte mit Ja und vier mit Nein.", (17, 4, None)),
        ("Über die Satzung wurde namentlich abgestimmt, mit 9-Ja-Stimmen bei 2 Enthaltungen.", (9, None, 2)),
    ],
)
def test_counts_told_in_narration(sentence, counts):
    v = parse_vote(sentence)
    assert (v.yes, v.no, v.abstain) == counts


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Dem Entwurf der Gebührensatzung stimmten 31 Gemeinderäte zu, acht votierten dagegen, drei enthielten sich.", "result"),
        ("Am Ende wurde über den Vorschlag der Grünen abgestimmt: Fünf waren dafür, 14 dagegen, zwei enthielten sich.", "result"),
        ("Bei der Abstimmung fand der Antrag der Wählergruppe keine Mehrheit.", "statement"),
        ("Mit sieben zu sieben Stimmen galt ihr Vorstoß als abgelehnt.", "statement"),
        ("Zuvor war ein Antrag von Karin Weidner gescheitert, die Satzung zu vertagen.", "statement"),
        ("Die Mehrheit des Bauausschusses hat sich am Dienstag für den Antrag der FDP ausgesprochen, den Parkplatz zu erweitern.", "statement"),
        ("Doch die Ortsratsmehrheit schloss sich der Empfehlung der Verwaltung an.", "statement"),
        ("Gescheitert ist der Antrag der Wählergruppe, die Gebühren erst im Herbst anzuheben.", "statement"),
        ("Der Änderungsantrag der Grünen ist damit gescheitert.", "statement"),
    ],
)
def test_told_votes_are_decisions(sentence, role):
    assert sentence_role(sentence, None, None) == role


@pytest.mark.parametrize(
    "sentence",
    [
        # an announced result is the speaker's words; the resolution that follows is the decision
        "Ich gebe das Ergebnis bekannt: Für Herrn Ulrich stimmten 20 Mitglieder, 4 stimmten gegen ihn.",
        # a vote of an earlier meeting, recalled by a member
        "Herr Wendt erinnert daran, dass im Ausschuss fünf dafür und sechs dagegen stimmten.",
        # a plan that failed is no motion
        "Der Versuch, einen Investor zu finden, war bisher gescheitert.",
        "Gescheitert ist bisher die Suche nach einem Pächter für den Kiosk.",
        # a speaker's view, in reported speech, of what could or must be decided
        "Ansonsten könne der Haushalt in diesem Jahr nicht mehr beschlossen werden.",
        "Einer Verlängerung des Vertrags müsse wohl zugestimmt werden.",
    ],
)
def test_not_told_votes(sentence):
    assert sentence_role(sentence, None, None) is None


def _rows(doc):
    return [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_report_with_two_told_votes(nlp):
    doc = nlp(
        "Die Kita-Gebühren in Neuhagen steigen zum Sommer.\n\n"
        "Über den Antrag der Linken, die Erhöhung zu halbieren, wurde zuerst abgestimmt: Vier waren dafür, 15 dagegen, "
        "und einer enthielt sich der Stimme.\n\n"
        "Der geänderten Satzung stimmten 14 Gemeindevertreter zu, fünf votierten dagegen, einer enthielt sich.\n"
    )
    assert _rows(doc) == [("rejected", 4, 15, 1), ("accepted", 14, 5, 1)]
