"""Decision records around the formalities of real minutes. No record from sentences that name an outcome word
but record no decision of this meeting (attendance with a "-beauftragte" among the absent, "form- und fristgerecht
eingeladen", a bare no-objection to the last minutes, a decision placed in a coming meeting); a result drawn from a
no-objection is unanimous; counts the chair announces just before the resolution are its counts. Invented text only."""

from __future__ import annotations

import pytest

from ratsnlp.tag.decisions import sentence_role


@pytest.mark.parametrize(
    "sentence",
    [
        "Entschuldigt fehlen die Ratsmitglieder Arndt und Oltmanns sowie die Klimaschutzbeauftragte Tebbe.",
        "Die Vorsitzende stellt fest, dass form- und fristgerecht eingeladen wurde; Einwände werden nicht erhoben.",
        "Gegen das Protokoll der Sitzung vom 4. März bestehen keine Einwände.",
        "Zur Niederschrift der letzten Sitzung gibt es keine Einwände.",
        "Über die Fusion der Zweckverbände wird in der nächsten Verbandsversammlung entschieden.",
        "Die Gebührensatzung wird im kommenden Stadtrat beschlossen.",
    ],
)
def test_no_decision_of_this_meeting(sentence):
    assert sentence_role(sentence, None, None) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Verwaltung wird beauftragt, die Ausschreibung vorzubereiten.",
        "Der Antrag wird einstimmig auf die nächste Sitzung vertagt.",
        "Die Niederschrift wird ohne Einwände genehmigt.",
        "Gegen die Niederschrift werden keine Einwände erhoben; sie gilt damit als genehmigt.",
    ],
)
def test_still_decisions(sentence):
    assert sentence_role(sentence, None, None) == "statement"


def test_the_absent_beauftragte_makes_no_record(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nDer Vorsitzende eröffnet die Sitzung. Es fehlen entschuldigt Ratsfrau Dierks und die "
        "Gleichstellungsbeauftragte Frau Menke.\n\nTOP 2 Spielplatz Lindenweg\n\nDer Rat beschließt einstimmig die Sanierung.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["accepted"]


def test_a_result_drawn_from_no_objection_is_unanimous(nlp):
    doc = nlp("Zur Niederschrift vom 2. Juni werden keine Einwände erhoben. Die Niederschrift gilt damit als genehmigt.\n")
    assert [(d._.outcome, d._.unanimous, d._.no, d._.abstain) for d in doc._.decisions] == [("accepted", True, 0, 0)]


def test_counts_announced_before_the_resolution_are_its_counts(nlp):
    doc = nlp(
        "TOP 3: Wahl der Vorsitzenden des Kreistages\n\n"
        "Herr Albrecht gibt das Wahlergebnis bekannt: Für Frau Sabine Kurz stimmten 31 Kreistagsmitglieder, "
        "9 Kreistagsmitglieder stimmten gegen sie und 2 enthielten sich. Ein Stimmzettel war ungültig.\n\n"
        "Der Kreistag wählt Frau Sabine Kurz zur Vorsitzenden des Kreistages.\n"
    )
    assert [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions] == [("accepted", 31, 9, 2)]


def test_a_result_line_below_a_passive_line_is_that_lines_decision(nlp):
    doc = nlp(
        "Frau Jahnke beantragt, die Punkte 3 und 4 gemeinsam zu beraten.\n\n \n\nAbst.-Erg.:      einstimmig dafür\n\n \n\n"
        "Der TOP 9 wird im nichtöffentlichen Teil behandelt.\n\n \n\nAbst.-Erg.:      einstimmig dafür\n"
    )
    got = [(doc.text[d.start_char : d.start_char + 12], d._.outcome, d._.unanimous) for d in doc._.decisions]
    assert got == [("Abst.-Erg.: ", "accepted", True), ("Der TOP 9 wi", "accepted", True)]


@pytest.mark.parametrize(
    ("resolution", "outcome"),
    [
        ("Die Wahl der beratenden Mitglieder wird vertagt.", "postponed"),
        ("Die Vorlage wird in den Bauausschuss verwiesen.", "referred"),
        ("Der Antrag der Wählergruppe wird abgelehnt.", "rejected"),
    ],
)
def test_the_resolution_below_an_opener_says_what_was_decided(nlp, resolution, outcome):
    doc = nlp(
        "Beschluss: einstimmig angenommen\n\nDer Landrat erläutert, warum die Verwaltung mehr Zeit für die Vorlage braucht.\n\n"
        f"Der Kreistag fasst folgenden Beschluss:\n\n{resolution}\n"
    )
    rows = [(d._.outcome, d._.unanimous) for d in doc._.decisions]
    assert rows[-1][0] == outcome
    if outcome != "rejected":
        assert rows[-1][1] is True  # the status line's "einstimmig" is the postponement's or referral's


def test_a_vote_block_with_labels_and_counts_on_lines_of_their_own(nlp):
    doc = nlp(
        "TOP 5 Leitbild der Stadtverordnetenversammlung\n\nDie Stadtverordnetenversammlung berät das Leitbild.\n\n"
        "Abstimmungsergebnis:\n\n \n\nJa:\n\n12\n\nNein:\n\n0\n\nEnthaltung:\n\n4\n\n \n\nHerr Lenz nimmt an der Abstimmung nicht teil.\n"
    )
    assert [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions] == [("accepted", True, 12, 0, 4)]


def test_an_answer_that_begins_with_ja_is_no_vote_line():
    assert sentence_role("Ja, die Becher sind bestellt.", None, None) is None
    assert sentence_role("Ja: 12", None, None) == "result"


def test_a_status_block_with_a_singular_abstention_label_heads_the_resolution(nlp):
    # "Enthaltung: 3" (singular) ends the status block; the page's resolution below is the one record, unanimous by the
    # header's "Nein: 0" although its own sentence only names the abstentions
    doc = nlp(
        "Beschluss: beschlossen\n\nAbstimmung: Ja: 9, Nein: 0, Enthaltung: 3, Befangen: 0\n\n"
        "Wegen der neuen Landesverordnung muss die Friedhofssatzung geändert werden.\n\n"
        "Der Ortsbürgermeister stellt die Gebühren der Nachbargemeinden vor. Daraufhin werden zwei Vorschläge eingebracht.\n\n"
        "Der Gemeinderat beschließt mit 9 Ja-Stimmen und 3 Enthaltungen die Änderung der Satzung nach dem ersten Vorschlag.\n"
    )
    rows = [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]
    assert rows == [("accepted", True, 9, 0, 3)]
    assert doc._.decisions[0].text.startswith("Der Gemeinderat beschließt")


def test_singular_vote_labels_are_read():
    from ratsnlp.segment.structure import VOTE_LINE

    assert VOTE_LINE.match("Ja: 7, Nein: 0, Enthaltung: 1")
    assert VOTE_LINE.match("Ja: 7, Nein: 1, Gegenstimme: 1, Stimmenthaltung: 2")
