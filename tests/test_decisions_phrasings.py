"""Decisions told in phrasings the older rules missed (issue 9), invented sentences: counts in words or split over
sentences, a negated question, a body that "spricht sich dafür aus", a vote table in columns, and sentences that
look like decisions but are none."""

from __future__ import annotations

import pytest
from records import decision_rows as _decisions


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally in words with "gegen", the body following a procedural motion
        ("Mit neun gegen vier Stimmen schloss sich der Bauausschuss dem Vertagungsantrag an.\n",
         [("postponed", False, 9, 4, 0)]),
        # the motion fronted, counts split over two clauses, the result in the next sentence
        ("Für den Ergänzungsantrag stimmen drei Mitglieder, acht stimmen dagegen. Damit ist er abgelehnt.\n",
         [("rejected", False, 3, 8, 0)]),
        # those voting for named with more than two words
        ("Der Vorstoß fand keine Mehrheit: nur 7 Gemeinderätinnen und Gemeinderäte stimmten dafür, 15 dagegen.\n",
         [("rejected", False, 7, 15, 0)]),
        # the chair's question answered by a vote
        ("Der Vorsitzende fragt, ob die Sitzung unterbrochen werden soll.\n\nDies wird einstimmig verneint.\n",
         [("rejected", True, 0, None, 0)]),
        # counts with lower-case "ja" / "nein"
        ("Der Ausschuss stimmt der Vorlage bei 7 ja, 4 nein und 2 Enthaltungen mit Mehrheit zu.\n",
         [("accepted", False, 7, 4, 2)]),
        # an agreement without an agent after a fronted phrase, with "dann" before the participle
        ("Nach einer intensiven Debatte wurde dann beschlossen, nur die Ergebnisse der Abstimmungen zu protokollieren.\n",
         [("accepted", None, None, None, None)]),
        # the agenda extended
        ("Die Tagesordnung wird um die TOP „Spielplatz am Blücherplatz“ und „Parken an der Klinik“ ergänzt; diese werden als TOP 7 und 8 eingefügt.\n",
         [("accepted", None, None, None, None)]),
        # the one abstention named after the tally
        ("Samt Bürgermeister Kurt Ebner stimmten elf Gemeinderäte für die Satzung, sechs votierten gegen die Vorlage. "
         "Nur Petra Lindl hatte sich der Stimme enthalten.\n",
         [("accepted", False, 11, 6, 1)]),
        # a tie told in words after "Stimmengleichheit von"
        ("Mit einer Stimmengleichheit von acht zu acht galt der Antrag der Wählergruppe als abgelehnt.\n",
         [("rejected", False, 8, 8, 0)]),
        # the body "spricht sich dafür aus", unanimity told as "geschlossen"
        ("Geschlossen sprach sich der Ortschaftsrat dafür aus, den Spielplatz am Mühlbach zu erneuern.\n",
         [("accepted", True, None, 0, 0)]),
        ("Mehrheitlich sprach sich der Kreistag dagegen aus, die Gebühren zu senken.\n",
         [("rejected", False, None, None, None)]),
        # the motion as the subject of the votes it got
        ("Der Zusatzantrag bekam lediglich vier Stimmen, 19 stimmten dagegen.\n", [("rejected", False, 4, 19, 0)]),
        # the question named, then answered by a vote
        ("Die Frage, ob eine geheime Abstimmung stattfinden soll, wird mehrheitlich verneint.\n",
         [("rejected", False, None, None, None)]),
        # the body voting against, as one block; members counted with "votierten"
        ("Der Ortschaftsrat stimmte geschlossen gegen den Antrag.\n", [("rejected", True, 0, None, 0)]),
        ("Elf Mitglieder votierten für den Antrag, vier dagegen, einer enthielt sich.\n", [("accepted", False, 11, 4, 1)]),
        ("Die Mehrheit des Gremiums votierte gegen die Erhöhung.\n", [("rejected", False, None, None, None)]),
        # "fasst einen Beschluss"
        ("Am Ende der Aussprache fasst der Werkausschuss einen entsprechenden Beschluss.\n",
         [("accepted", None, None, None, None)]),
        # a proposal carried out without objection: its outcome is what the clause after it says
        ("Ohne Widerspruch wird so verfahren; die Vorlage wird in der nächsten Sitzung erneut aufgerufen.\n",
         [("postponed", True, None, 0, 0)]),
        # a referral wish granted: referred, not accepted
        ("Dem Überweisungsbegehren der SPD wird einvernehmlich entsprochen.\n", [("referred", True, None, 0, 0)]),
        # no objection to the agenda, then declared adopted in the same sentence
        ("Gegen die Tagesordnung werden keine Einwände erhoben; sie gilt damit als festgestellt.\n",
         [("accepted", True, None, 0, 0)]),
    ],
)
def test_phrasings_found(nlp, text, expected):
    assert _decisions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone answering a question, not a vote
        "Frau Kuhl verneint dies.\n",
        # no objection to the agenda, nothing declared: it stands as sent (the older rule)
        "Gegen die Tagesordnung werden keine Einwände erhoben.\n",
        # a decision still to come
        "Über den Haushalt 2027 soll in der Dezembersitzung beschlossen werden.\n",
        "Der Ausschuss soll in der nächsten Sitzung einen Beschluss fassen.\n",
        # a group's stated position, no vote word: not the body's decision
        "Der Stadtelternrat spricht sich dafür aus, die Beiträge erst im Herbst anzupassen.\n",
        # another record quoted
        "Laut Niederschrift heißt es dort: der Sportausschuss nimmt den Bericht zur Kenntnis.\n",
        # a group voting as one is no decision of the body
        "Die CDU-Fraktion stimmte geschlossen gegen den Antrag.\n",
        # a share of people, no count of votes
        "Für die Vorlage stimmen nach einer Umfrage 60 Prozent der Befragten.\n",
        # a finding reported, not a determination
        "Es wurde festgestellt, dass die bisherige Gebührensatzung nur ein Fünftel der Kosten deckt.\n",
        # a document extended, not the agenda
        "Der Bericht der Verwaltung wird um eine Tabelle der Kosten ergänzt.\n",
        # taking part in the meeting from a time on ("nimmt ... an der Sitzung teil", not "nimmt ... an")
        "Frau Scholz nimmt ab 19:05 Uhr an der Sitzung teil.\n",
    ],
)
def test_lookalikes_are_no_decisions(nlp, text):
    assert _decisions(nlp, text) == []


def test_status_block_takes_the_final_vote_line(nlp):
    """A status block without counts at the top of an item page, a vote on an amendment in the debate, and the item's
    own count line at its end: two records, the count line belongs to the status block's resolution."""
    text = (
        "TOP Ö 3   Parkraumkonzept Altstadt\n"
        "Beschluss: mehrheitlich\n\n"
        "Beschluss:\nDer Ausschuss beschließt das Parkraumkonzept Altstadt.\n\n"
        "Protokoll:\n"
        "Herr Janssen (FDP) beantragt, die Anwohnerparkzone auf die Nordstadt auszudehnen.\n\n"
        "Für den Änderungsantrag stimmen zwei Mitglieder, neun stimmen dagegen. Damit ist er abgelehnt.\n\n"
        "Anschließend wird über die Vorlage abgestimmt.\n\n"
        "Abstimmungsergebnis: 8 Ja-Stimmen, 3 Nein-Stimmen\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 8, 3, 0), ("rejected", False, 2, 9, 0)]


def test_vote_table_in_columns(nlp):
    """The kinds on one line, the counts aligned under them, then the stated result."""
    text = (
        "Der Vorsitzende lässt über den Antrag abstimmen.\n\n"
        "Abstimmung:     Ja     Nein     Enthaltung\n"
        "                21     6        2\n\n"
        "Der Antrag ist damit angenommen.\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 21, 6, 2)]


def test_amendment_rejected_then_resolution(nlp):
    """A vote block on an amendment with its stated rejection, then the resolution block: two records, each its outcome."""
    text = (
        "Abstimmungsergebnis zum Änderungsantrag der Gruppe Mitte:\n"
        "dafür: 5\ndagegen: 20\nEnthaltungen: 1\n"
        "Der Änderungsantrag ist abgelehnt.\n\n"
        "Beschluss:\nDer Gemeinderat beschließt die Satzung in der Fassung der Anlage.\n\n"
        "Abstimmungsergebnis: einstimmig bei einer Stimmenthaltung\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 5, 20, 1), ("accepted", True, None, 0, 1)]


def test_recommendation_restated_as_resolution_is_one_decision(nlp):
    """The same wording under "Beschlussempfehlung" and again under "Beschluss" with its vote: one record."""
    text = (
        "3. Genehmigung der Niederschrift vom 12.05.2025\n\n"
        "Beschlussempfehlung\n\n"
        "Die Niederschrift lag allen Mitgliedern vor. Auf Nachfrage werden keine Einwände erhoben, sie wird genehmigt.\n\n"
        "Beschluss\n\n"
        "Die Niederschrift lag allen Mitgliedern vor. Auf Nachfrage werden keine Einwände erhoben, sie wird genehmigt.\n\n"
        "Abstimmungsergebnis\nDafür: 9, Dagegen: 0\n"
    )
    got = _decisions(nlp, text)
    assert len(got) == 1 and got[0][0] == "accepted" and got[0][2:4] == (9, 0)


def test_two_resolutions_with_different_wording_stay_two(nlp):
    """Different wording under two headings: two decisions (the join needs the same text)."""
    text = (
        "Beschluss 1\n\nDer Ausschuss genehmigt die Niederschrift vom 12.05.2025 ohne Änderungen.\n\n"
        "Beschluss 2\n\nDer Ausschuss genehmigt die Niederschrift vom 26.05.2025 mit einer Änderung auf Seite 3.\n"
    )
    assert len(_decisions(nlp, text)) == 2


def test_the_status_lines_rejection_over_a_tally_without_outcome(nlp):
    text = (
        "Beschluss: mehrheitlich abgelehnt\n\nRh. Kessler (SPD) bittet um eine Stellungnahme der Verwaltung.\n\n"
        "Beschlussempfehlung an den Rat:\n\nWie Antrag\n\ndagegen:   9  (5 CDU, 4 SPD)\n\nEnth.:            1  (FDP)\n"
    )
    assert [d[0] for d in _decisions(nlp, text)] == ["rejected"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every member agreeing, the motion fronted in the dative (gender star in the members' noun)
        ("Herr Adler beantragt, die Satzung an den Bauausschuss zu verweisen.\n"
         "Dem Antrag auf Verweisung an den Bauausschuss stimmen alle Gemeindevertreter*innen zu.\n",
         [("referred", True, None, 0, 0)]),
        ("Frau Busch stellt den Antrag, die Gebühr auf 40 Euro zu senken.\nDem Antrag stimmen alle Mitglieder zu.\n",
         [("accepted", True, None, 0, 0)]),
        # a committee's recommendation handed on to the council: the committee accepted it
        ("Herr Adler erläutert die Kalkulation.\n\nDer Beschlussvorschlag wird einstimmig an den Gemeinderat weitergeleitet.\n",
         [("accepted", True, None, 0, 0)]),
    ],
)
def test_all_members_agreeing_and_a_recommendation_handed_on(nlp, text, expected):
    assert [d[:5] for d in _decisions(nlp, text)] == expected


def test_a_speakers_reported_content_below_a_beschluss_tab_is_no_resolution(nlp):
    text = (
        "Beschlussart: zur Kenntnis genommen\n\nWortprotokoll\nAbstimmungsergebnis\nBeschluss\n\n"
        "Herr Adler verweist auf die Vorlage und erläutert diese. Das Landesministerium - vertreten durch das Landesamt "
        "für Denkmalpflege - habe 2024 einen Aufruf für das Programm \"Starke Ortskerne\" gestartet; hierfür sei ein "
        "zweistufiges Verfahren vorgesehen gewesen. Die Förderquote liege bei Kommunen mit Haushaltsnotlage bei 90 Prozent.\n"
    )
    assert [(d.text[:12], d._.outcome) for d in nlp(text)._.decisions] == [("Beschlussart", "noted")]


def test_reported_content_runs_back_to_its_speaker():
    from ratsnlp.tag.decisions import _goes_on_reporting

    bodies = ["Herr Adler erläutert die Vorlage.", "Das Land habe ein Programm aufgelegt.", "Die Quote liege bei 90 Prozent."]
    kinds = ["speech", "plain", "plain"]
    assert _goes_on_reporting(2, kinds, bodies.__getitem__)
    bodies[1] = "Der Rat beschließt die Teilnahme am Programm."  # indicative resolution text between: no longer his
    assert not _goes_on_reporting(2, kinds, bodies.__getitem__)


def test_a_line_opening_with_an_insert_in_dashes_goes_on_with_the_sentence_above(nlp):
    text = (
        "Herr Kolbe eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n\n"
        "Die Niederschrift der Sitzung der Verbandsversammlung vom 03.03.2025\n– öffentlicher Teil – wird einstimmig bestätigt.\n"
    )
    assert [d.text[:16] for d in nlp(text)._.decisions] == ["Die Niederschrif"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Wahl ist geheim; es kann offen gewählt werden, wenn die Mitglieder sich einstimmig dafür aussprechen.\n",
        "Frau Adler wird einstimmig zur Vorsitzenden gewählt.\n\nSie nimmt die Wahl mit großer Freude an.\n",
    ],
)
def test_the_rules_condition_and_the_elected_accepting_are_no_decisions(nlp, text):
    assert len(_decisions(nlp, text)) == text.count("gewählt.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadträte segneten den Vertrag mit dem Energieversorger ab.",
        "Auf den Weg gebracht wurde auch die neue Parkordnung.",
        "Den Zuschlag erhielt die Firma Hoch- und Tiefbau Berger.",
    ],
)
def test_approval_told_in_report_prose(nlp, sentence):
    rows = _decisions(nlp, "Herr Adler erläutert die Pläne für den Kindergarten.\n" + sentence + "\n")
    assert [r[0] for r in rows] == ["accepted"]


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Der Rat erteilte dem Vorhaben eine Absage.", "rejected"),
        ("Der Gemeinderat schob die Entscheidung auf die nächste Sitzung.", "postponed"),
        ("Der Kreistag gab der Erhöhung seinen Segen.", "accepted"),
    ],
)
def test_outcomes_told_in_report_prose(nlp, sentence, outcome):
    rows = _decisions(nlp, "Herr Adler erläutert die Pläne für den Kindergarten.\n" + sentence + "\n")
    assert [r[0] for r in rows] == [outcome]
