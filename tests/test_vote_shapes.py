"""Vote results in the many shapes minutes write them (invented sentences, one per shape): each is one decision
record with the outcome and every count it states. A battery rather than one test per release: count formats are a
closed set, and a shape read wrong here is read wrong in every body that uses it."""

from __future__ import annotations

import pytest

HEAD = "TOP 4 Antrag der Fraktion X: Radweg\n\nHerr Kahl (SPD) begründet den Antrag.\n\n"

FORMS = [
    ("Der Antrag wird mit 17:9 Stimmen bei 2 Enthaltungen angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag wird mit 17 : 9 : 2 Stimmen angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag wird mit 17 zu 9 Stimmen bei 2 Enthaltungen angenommen.", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17 Ja, 9 Nein, 2 Enthaltungen", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: Ja 17 / Nein 9 / Enth. 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: Ja: 17 / Nein: 9 / Enthaltung: 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: Ja-Stimmen: 17, Nein-Stimmen: 9, Enthaltungen: 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: dafür 17, dagegen 9, Enthaltung 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17 Ja-Stimmen / 9 Nein-Stimmen / 2 Enthaltungen", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17/9/2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17 : 9 : 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis:\nJa: 17\nNein: 9\nEnthaltung: 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis:\nJa-Stimmen 17\nNein-Stimmen 9\nEnthaltungen 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis:\nJa\t17\nNein\t9\nEnthaltung\t2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: mehrheitlich beschlossen (17 Ja, 9 Nein, 2 Enthaltungen)", ("accepted", 17, 9, 2)),
    ("Der Gemeinderat beschließt mit 17 Ja-Stimmen, 9 Nein-Stimmen und 2 Enthaltungen.", ("accepted", 17, 9, 2)),
    ("Der Gemeinderat beschließt bei 9 Gegenstimmen und 2 Enthaltungen.", ("accepted", None, 9, 2)),
    ("Der Gemeinderat beschließt mehrheitlich bei 9 Gegenstimmen und 2 Enthaltungen.", ("accepted", None, 9, 2)),
    ("Der Gemeinderat beschließt einstimmig bei 2 Enthaltungen.", ("accepted", None, 0, 2)),
    ("Der Antrag wird mit 9:17 Stimmen bei 2 Enthaltungen abgelehnt.", ("rejected", 9, 17, 2)),
    ("Der Antrag wird bei 17 Gegenstimmen, 9 Ja-Stimmen und 2 Enthaltungen abgelehnt.", ("rejected", 9, 17, 2)),
    ("Der Antrag wird mit 9 Ja- zu 17 Nein-Stimmen bei 2 Enthaltungen abgelehnt.", ("rejected", 9, 17, 2)),
    ("Der Antrag wird abgelehnt (Ja 9, Nein 17, Enthaltung 2).", ("rejected", 9, 17, 2)),
    ("Der Antrag wird abgelehnt (9/17/2).", ("rejected", 9, 17, 2)),
    ("Der Antrag wird mit 9 : 17 : 2 abgelehnt.", ("rejected", 9, 17, 2)),
    ("Der Antrag wird mit 9 Ja-, 17 Nein-Stimmen und 2 Enthaltungen abgelehnt.", ("rejected", 9, 17, 2)),
    ("Für den Antrag stimmten 9 Mitglieder, 17 stimmten dagegen, 2 enthielten sich.", ("rejected", 9, 17, 2)),
    ("Am Ende stimmten 9 Ratsmitglieder für den Antrag, 17 dagegen, zwei enthielten sich.", ("rejected", 9, 17, 2)),
    ("Der Antrag fand mit 9 Ja- gegen 17 Nein-Stimmen bei zwei Enthaltungen keine Mehrheit.", ("rejected", 9, 17, 2)),
    ("Der Antrag scheiterte mit 9 zu 17 Stimmen bei zwei Enthaltungen.", ("rejected", 9, 17, 2)),
    ("Der Kreistag stimmt dem Antrag mit 17 Ja-Stimmen bei 9 Gegenstimmen und 2 Enthaltungen zu.", ("accepted", 17, 9, 2)),
    ("Mit 17 gegen 9 Stimmen bei 2 Enthaltungen stimmte der Rat dem Antrag zu.", ("accepted", 17, 9, 2)),
    ("Mit siebzehn zu neun Stimmen bei zwei Enthaltungen wurde der Antrag angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag wurde mit 17 Ja-, 9 Nein-Stimmen und 2 Enthaltungen angenommen.", ("accepted", 17, 9, 2)),
    ("Beschluss: angenommen (Ja: 17, Nein: 9, Enthaltungen: 2)", ("accepted", 17, 9, 2)),
    ("Ergebnis: 17 dafür, 9 dagegen, 2 Enthaltungen", ("accepted", 17, 9, 2)),
    ("Abstimmung: 17 – 9 – 2", ("accepted", 17, 9, 2)),
    ("Abstimmung: Ja 17, Nein 9, Enthaltung 2 – angenommen", ("accepted", 17, 9, 2)),
    ("Der Änderungsantrag wird mit 17 Ja- und 9 Nein-Stimmen bei 2 Enthaltungen angenommen.", ("accepted", 17, 9, 2)),
    ("Die Gemeindevertretung stimmt mit 17 Stimmen dafür, 9 dagegen und 2 Enthaltungen zu.", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: einstimmig angenommen", ("accepted", None, 0, 0)),
    ("Abstimmungsergebnis: einstimmig bei einer Enthaltung angenommen", ("accepted", None, 0, 1)),
    ("Abstimmungsergebnis: mehrheitlich bei 3 Gegenstimmen angenommen", ("accepted", None, 3, None)),
    ("Abstimmungsergebnis: mehrheitlich abgelehnt (9 Ja, 17 Nein, 2 Enthaltungen)", ("rejected", 9, 17, 2)),
    ("Der Antrag wird einstimmig abgelehnt.", ("rejected", None, None, None)),
    ("Der Rat lehnt den Antrag mit großer Mehrheit bei 2 Enthaltungen ab.", ("rejected", None, None, 2)),
    ("Der Antrag wird bei Stimmengleichheit (13:13) abgelehnt.", ("rejected", 13, 13, None)),
    ("Der Antrag wird mit 13 zu 13 Stimmen abgelehnt (Stimmengleichheit).", ("rejected", 13, 13, None)),
    ("Abstimmung: 17 Ja-Stimmen, 9 Gegenstimmen, 2 Stimmenthaltungen", ("accepted", 17, 9, 2)),
    ("Abstimmung: Zustimmung 17, Ablehnung 9, Enthaltung 2", ("accepted", 17, 9, 2)),
    ("Abstimmung: 17 Stimmen dafür, 9 Stimmen dagegen, 2 Enthaltungen", ("accepted", 17, 9, 2)),
    ("Abstimmung: Ja – 17, Nein – 9, Enthaltung – 2", ("accepted", 17, 9, 2)),
    ("Abstimmung: JA 17 NEIN 9 ENTHALTUNG 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: Ja = 17, Nein = 9, Enthaltung = 2", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17 Ja / 9 Nein / 2 Enth.", ("accepted", 17, 9, 2)),
    ("Abstimmungsergebnis: 17 Ja-Stimmen | 9 Nein-Stimmen | 2 Enthaltungen", ("accepted", 17, 9, 2)),
    ("Der Kreistag beschließt mit 17 Ja-Stimmen gegen 9 Nein-Stimmen bei 2 Enthaltungen.", ("accepted", 17, 9, 2)),
    ("Der Beschluss wurde mit 17 Stimmen bei 9 Gegenstimmen und 2 Enthaltungen gefasst.", ("accepted", 17, 9, 2)),
    ("Dem Antrag wurde mit 17 Ja-Stimmen, 9 Nein-Stimmen und 2 Enthaltungen zugestimmt.", ("accepted", 17, 9, 2)),
    ("Der Antrag erhielt 17 Ja-Stimmen, 9 Nein-Stimmen und 2 Enthaltungen und ist damit angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag ist mit 17 Ja-Stimmen bei 9 Nein-Stimmen und 2 Enthaltungen angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag wurde mehrheitlich (17:9:2) angenommen.", ("accepted", 17, 9, 2)),
    ("Der Antrag wurde mehrheitlich angenommen (17 dafür, 9 dagegen, 2 Enthaltungen).", ("accepted", 17, 9, 2)),
    ("Der Antrag wurde mit 17 von 28 Stimmen angenommen.", ("accepted", 17, None, None)),
    ("Einstimmig beschlossen.", ("accepted", None, 0, 0)),
    ("Mehrheitlich beschlossen bei 9 Gegenstimmen und 2 Enthaltungen.", ("accepted", None, 9, 2)),
    ("Abgelehnt mit 9 Ja- und 17 Nein-Stimmen bei 2 Enthaltungen.", ("rejected", 9, 17, 2)),
    ("Angenommen: 17 Ja, 9 Nein, 2 Enthaltungen.", ("accepted", 17, 9, 2)),
    ("Beschluss: mit 17:9:2 Stimmen angenommen", ("accepted", 17, 9, 2)),
]


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


@pytest.mark.parametrize(("text", "want"), FORMS, ids=[f[0][:50] for f in FORMS])
def test_vote_shape(nlp, text: str, want: tuple) -> None:  # noqa: ANN001
    (d,) = nlp(HEAD + text + "\n")._.decisions
    got = (d._.outcome, d._.yes, d._.no, d._.abstain)
    assert got[0] == want[0]
    assert all(w is None or g == w for g, w in zip(got[1:], want[1:])), got
