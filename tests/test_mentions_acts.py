"""Who opens a turn: a person who says something, not one who only acts (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Bürgermeister heißt alle willkommen und ruft den ersten Punkt auf.\n\n"


def _speakers(nlp, text: str) -> list[str | None]:
    return [t._.speaker for t in nlp(OPENING + text)._.turns][1:]


def test_candidacy_opens_no_turn(nlp):
    assert _speakers(nlp, "Für den Vorsitz kandidierten Ina Muster und Otto Probe.\n") == []
    assert _speakers(nlp, "Ina Muster und Otto Probe wollen bei der nächsten Wahl nicht mehr antreten.\n") == []
    assert _speakers(nlp, "Gemeinderat Probe bewarb sich ebenfalls um das Amt.\n") == []
    # a candidate who says something does speak
    assert _speakers(nlp, "Gemeinderat Probe erklärte, er wolle nicht mehr antreten.\n") == ["Probe"]


def test_portfolio_or_duty_taken_opens_no_turn(nlp):
    assert _speakers(nlp, "Beigeordneter Otto Probe übernimmt künftig die Bereiche Sport und Kultur.\n") == []
    assert _speakers(nlp, "Das Stadtoberhaupt nahm die Aufgabe von Amts wegen wahr.\n") == []
    # the same verb with what the person says after it
    text = "Beigeordneter Otto Probe übernimmt das Ressort Sport und erklärt, dass er die Hallen sanieren will.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]


def test_election_won_or_gift_received_opens_no_turn(nlp):
    assert _speakers(nlp, "Ratsherr Otto Probe (AB) setzte sich mit 12 zu 9 Stimmen gegen Ina Muster durch.\n") == []
    assert _speakers(nlp, "Ratsfrau Ina Muster erhielt zum Abschied einen Blumenstrauß.\n") == []
    # thanking for the gift is speech
    assert _speakers(nlp, "Ratsfrau Ina Muster bedankte sich für den Blumenstrauß.\n") == ["Ina Muster"]
