"""Decisions and roles as council-system pages lay them out: a vote result in a column whose last line
("10 Stimmenthaltungen") looks like a numbered agenda item, a resolution below "fasst ... folgenden Beschluss:" that
names a person, "einhellig genehmigt", a faction's chair whose group name has a space ("der AB CD-Stadtratsfraktion"),
the agenda confirmed by the chair. Invented text only."""

from __future__ import annotations

import pytest

COLUMN_VOTE = """TOP 3 Aufnahme eines Dringlichkeitsantrages

Frau Weidlich stellt den Antrag, die Sanierung der Turnhalle als Dringlichkeitsantrag aufzunehmen.

Abstimmung zur Dringlichkeit:              5 Stimmen dafür

                                                            21 Stimmen dagegen

                                                            7 Stimmenthaltungen

<sp>

Damit ist die Dringlichkeit abgelehnt.
""".replace("<sp>", " ")  # a line with one blank, as pages saved as text have

BELOW_THE_COLON = """TOP 4 Teilnahme an der Beratung

Landrat Obermeier weist darauf hin, dass Kreisrat Pfister wegen Befangenheit nicht an der Beratung teilnehmen dürfe. Er schlage vor, ihn dennoch anzuhören.

Der Kreisausschuss fasst daher nach kurzer Aussprache folgenden Beschluss:

<sp>

Kreisrat Pfister darf an der Beratung und Abstimmung teilnehmen.

<sp>

Abstimmung: mehrheitlich abgelehnt                                           Ja: 3  Nein: 9
""".replace("<sp>", " ")

AGENDA = """TOP 1 Eröffnung

Frau Hessler stellt die Bestätigung der Tagesordnung zur öffentlichen Sitzung des Werkausschusses am 04.11.2025 fest.

Herr Brandt fragt, wann die Kläranlage erweitert werde.

Frau Hessler sagt eine schriftliche Antwort zu.

Die so geänderte Tagesordnung wird einhellig genehmigt.
"""

FACTION_CHAIR = """TOP 2 Dringlichkeit

Der Vorsitzende des Stadtrates, Herr Dr. Lindner, weist darauf hin, dass der Antrag unzulässig sei.

Die Vorsitzende der DIE LINKE-Stadtratsfraktion, Frau Kowalski, spricht sich gegen die Dringlichkeit aus.

Der Vorsitzende, Herr Dr. Lindner, lässt abstimmen.
"""


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_count_line_in_a_column_is_no_agenda_item(rules_nlp):
    doc = rules_nlp(COLUMN_VOTE)
    assert [i.text.split()[0] for i in doc.spans["rn_items"]] == ["TOP"]  # one item: no "7 Stimmenthaltungen" item
    assert _decisions(doc) == [("rejected", False, 5, 21, 7)]


def test_the_sentence_below_the_colon_is_the_resolution(rules_nlp):
    doc = rules_nlp(BELOW_THE_COLON)
    (d,) = doc._.decisions
    assert (d._.outcome, d._.yes, d._.no) == ("rejected", 3, 9)
    assert "Kreisrat Pfister darf" in d.text


@pytest.mark.parametrize("verb", ["genehmigt", "gebilligt", "bestätigt"])
def test_einhellig_is_unanimous(rules_nlp, verb):
    doc = rules_nlp(AGENDA.replace("einhellig genehmigt", f"einhellig {verb}"))
    assert [d._.unanimous for d in doc._.decisions] == [True]


def test_the_agenda_confirmed_is_a_chair_act(rules_nlp):
    doc = rules_nlp(AGENDA)
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles["Hessler"] == "chair"


def test_a_faction_chair_with_a_spaced_group_name(rules_nlp):
    doc = rules_nlp(FACTION_CHAIR)
    by_name = {t._.speaker: (t._.role, t._.party) for t in doc._.turns}
    assert by_name["Kowalski"] == ("council_member", "Linke")
    assert by_name["Lindner"][0] == "chair"


NUMBER_ABOVE_LABEL = """TOP 6 Bauantrag Lindenweg 4

Herr Albers bittet daraufhin um Abstimmung, ob über den Bauantrag heute entschieden werden soll:

<sp>

9

Ja-Stimmen

1

Nein-Stimmen

0

Enthaltungen

<sp>

Herr Albers schließt den Tagesordnungspunkt.
""".replace("<sp>", " ")

LABEL_ABOVE_NUMBER = """TOP 2 Antrag zur Geschäftsordnung

Herr Stadtrat Vogel beantragt, über die Vorlage namentlich abzustimmen.

Abstimmungsergebnis:

<sp>

JA-Stimmen

15

NEIN-Stimmen

7

Enthaltungen

0

<sp>

mehrheitlich zugestimmt
""".replace("<sp>", " ")


def test_counts_above_their_labels_are_one_decision(rules_nlp):
    doc = rules_nlp(NUMBER_ABOVE_LABEL)
    (d,) = doc._.decisions
    assert (d._.outcome, d._.yes, d._.no, d._.abstain) == ("accepted", 9, 1, 0)
    assert d.text.startswith("9")


def test_counts_below_their_labels_go_with_the_result_line(rules_nlp):
    doc = rules_nlp(LABEL_ABOVE_NUMBER)
    (d,) = doc._.decisions
    assert (d._.outcome, d._.yes, d._.no, d._.abstain) == ("accepted", 15, 7, 0)


@pytest.mark.parametrize(
    ("block", "totals"),
    [
        ("8\n\nJa-Stimmen\n\n \n\n \n\n1\n\nEnthaltungen\n", {"yes": 8, "abstain": 1}),
        ("Ja:\n\n38\n\nNein:\n\n0\n\nEnthaltung:\n\n1\n", {"yes": 38, "no": 0, "abstain": 1}),
        # a label without its number, or a kind twice: no block
        ("Ja:\n\nNein:\n\n0\n\nEnthaltung:\n\n1\n", None),
        ("3\n\nJa\n\n4\n\nJa\n\n5\n\nNein\n", None),
    ],
)
def test_paired_tables(block, totals):
    from ratsnlp.tag.votes import paired_tables

    found = paired_tables("Abstimmungsergebnis:\n\n" + block + "\nDer Punkt ist damit erledigt.")
    assert (found[0][2] if found else None) == totals
