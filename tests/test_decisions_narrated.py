"""Decisions told in reports and narrated minutes (invented sentences): no body as subject, nominal, elections."""

from __future__ import annotations

import pytest
from records import decision_rows as _decisions


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how the vote went, the vote word first and the verb "verlief", names in the sentence
        ("Einstimmig verlief die Wahl von Anna Berg und Uwe Kern zu Schriftführern.\n", [("accepted", True, None, 0, 0)]),
        # the decision as a noun, its counts in the next sentence
        ("Die Entscheidung über den Antrag der Liste Mitte fiel knapp aus. 12 Gegenstimmen bei 25 Anwesenden.\n",
         [("accepted", False, None, 12, None)]),
        # half of those present against: at most as many for, the motion failed
        ("Die Entscheidung über den Antrag fiel knapp aus. 12 Gegenstimmen bei 24 Anwesenden.\n",
         [("rejected", False, None, 12, None)]),
        # a majority as the subject
        ("Eine deutliche Mehrheit des Rates unterstützte den Vorschlag der Verwaltung.\n", [("accepted", False, None, None, None)]),
        ("Die Mehrheit lehnte den Antrag der Liste Mitte ab.\n", [("rejected", False, None, None, None)]),
        # one group named as the only dissent
        ("Lediglich die Liste Mitte hat dagegen gestimmt.\n", [("accepted", False, None, None, None)]),
        ("Nur die ABC stimmte dagegen.\n", [("accepted", False, None, None, None)]),
        # a motion that failed, no body named
        ("Mit ihrem Antrag auf Abwahl scheiterte die Gruppe allerdings.\n", [("rejected", None, None, None, None)]),
        # persons elected, passive, no article before the subject
        ("Anna Berg und Uwe Kern wurden zu Beigeordneten gewählt.\n", [("accepted", None, None, None, None)]),
        # an earlier decision repealed
        ("Alle Beschlüsse der konstituierenden Sitzung wurden aufgehoben.\n", [("accepted", None, None, None, None)]),
        # the vote word first, after a lead-in with a colon; a group as the deciders
        ("Kein Streit: Einstimmig verabschieden die Fraktionen den Haushalt.\n", [("accepted", True, None, 0, 0)]),
        # items taken off the agenda, or passed without debate
        ("Der Punkt 5 wird von der Tagesordnung genommen.\n", [("postponed", None, None, None, None)]),
        ("Ohne lange Aussprache wurde die Vorlage mit klarer Mehrheit von der Tagesordnung gestrichen.\n",
         [("postponed", False, None, None, None)]),
        ("In der heutigen Sitzung wurden 12 Tagesordnungspunkte ohne Debatte durchgewunken.\n", [("accepted", None, None, None, None)]),
        # handed on to another body to decide
        ("Die Vorlage wurde zur Beschlussfassung an den Kreistag weitergeleitet.\n", [("referred", None, None, None, None)]),
        # "mit knappster Mehrheit" after a fronted clause that names the mayor
        ("Da drei Ratsmitglieder erkrankt waren, wurde gegen die Stimme von Oberbürgermeister Uwe Kern und mit knappster "
         "Mehrheit die Verlängerung der Öffnungszeiten beschlossen.\n", [("accepted", False, None, None, None)]),
        # carried by the votes of named groups: not unanimous
        ("Ebenso scheiterte der Vorschlag der Liste Mitte: Er wurde abgelehnt, in beiden Lesungen mit den Stimmen von ABC und XYZ.\n",
         [("rejected", False, None, None, None)]),
        # a majority found, told in a relative clause
        ("Die Fraktion verlangte eine Abstimmung über ihren Vorstoß, der am Ende mit 14 Ja-Stimmen eine knappe Mehrheit fand.\n",
         [("accepted", False, 14, None, None)]),
        # the right to speak granted by the body
        ("Auf Antrag der Liste Mitte wurde einem Vertreter des Vereins das Rederecht eingeräumt.\n", [("accepted", None, None, None, None)]),
        # the decision as an attributive participle with its vote
        ("Ein klares Zeichen setzte die einstimmig beschlossene Erklärung zur Zukunft des Freibads.\n", [("accepted", True, None, 0, 0)]),
        # the decision in the main clause after a subordinate one
        ("Nachdem keine weiteren Vorschläge gemacht werden, wird Herr Kern einstimmig zum Vorsitzenden gewählt.\n",
         [("accepted", True, None, 0, 0)]),
        # the body follows a proposal; approval as the subject
        ("Der Rat folgte dem Vorschlag der Verwaltung.\n", [("accepted", None, None, None, None)]),
        ("Zustimmung fand auch der Antrag der Liste Mitte.\n", [("accepted", None, None, None, None)]),
        # the election result under its own label: the label starts the decision
        ("Wahlergebnis:\n\nJa: 20, Nein: 3\n", [("accepted", False, 20, 3, 0)]),
    ],
)  # fmt: skip
def test_narrated_decisions(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_the_election_label_opens_the_record(nlp):
    doc = nlp("Aus dem Rat wird Frau Kern vorgeschlagen.\n\nWahlergebnis:\n\nJa: 20, Nein: 3\n")
    assert [d.text.split("\n")[0] for d in doc._.decisions] == ["Wahlergebnis:"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Wahlausschuss muss neu gewählt werden.\n",  # an obligation, not a vote held
        "Die Sitzung wird um 21.30 Uhr aufgehoben.\n",  # closing the meeting repeals nothing
        "Herr Lenz wurde von seiner Gruppe zum Sprecher für Finanzen bestimmt.\n",  # a group's choice, not the body's
        "Herr Braun erinnert daran, dass sein Antrag im Mai scheiterte.\n",  # his account of an earlier vote
        "Der Vorsitzende erteilt Herrn Kern das Wort.\n",  # the floor, not the right to speak by a vote
        "Die ABC-Fraktion folgte dem Vorschlag der Verwaltung.\n",  # a group, not the body
        # the outcome word only in a leading subordinate clause (a farewell, not a resolution passed)
        "Musterstadt- Nachdem die ausgeschiedenen Mitglieder feierlich verabschiedet wurden, wurden die neuen vereidigt.\n",
        "Der im Mai einstimmig beschlossene Haushalt muss nun nachgebessert werden.\n",  # an earlier decision, named
        "Bereits 2019 hat der Rat die Sanierung beschlossen.\n",  # an earlier year
        "Wenn der Antrag angenommen wird, muss die Stadt die Kosten tragen.\n",  # a condition on the vote
        "Der Kreistag wird den Haushalt voraussichtlich im März verabschieden.\n",  # still to be decided
    ],
)
def test_obligations_conditions_future_and_earlier_decisions_are_no_decisions(nlp, text):
    assert _decisions(nlp, text) == []


def test_a_nominal_status_line_is_the_status_of_the_resolution_below(nlp):
    text = (
        "TOP 3 Vertretung im Beirat\n\nBeschluss: Kenntnisnahme\n\n"
        "Vorsitzender Kern schildert das Problem, dass die Vertreter heute fehlen.\n\n"
        "Der Beirat vertagt den Punkt einstimmig auf die nächste Sitzung.\n"
    )
    decisions = list(nlp(text)._.decisions)
    assert [(d._.outcome, d._.status_text) for d in decisions] == [("postponed", "Beschluss: Kenntnisnahme")]


def test_a_nominal_status_line_alone_is_the_record(nlp):
    text = "TOP 4 Bericht der Verwaltung\n\nBeschluss: Kenntnisnahme\n\nFrau Albers berichtet über den Stand der Bauarbeiten.\n"
    assert _decisions(nlp, text) == [("noted", None, None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vote kinds as column heads, one row of numbers under them (an HTML table saved a cell a line)
        ("Dem Vorschlag schließt sich der Ausschuss an.\n\n\nAnwesend\n\nFür\n\nGegen\n\n \n\nden Beschluss\n\n9\n\n8\n\n1\n",
         [("accepted", False, 8, 1, 0)]),
        # the vote kinds as row labels, the groups as columns, the total last; empty cells are lines of blanks
        ("Partei\n\nABC\n\nXYZ\n\nGesamt\n\nJa-Stimmen\n\n4\n\n \n\n4\n\nNein-Stimmen\n\n \n\n7\n\n7\n\nEnthaltung\n\n1\n\n \n\n1\n\n"
         "Der Rat lehnt die Vorlage ab.\n", [("rejected", False, 4, 7, 1)]),
    ],
)  # fmt: skip
def test_flattened_vote_tables_give_their_totals_to_the_decision_beside_them(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_a_table_of_group_rows_without_totals_gives_no_counts():
    from ratsnlp.tag.votes import flat_tables

    assert flat_tables("Ja\nNein\nEnthaltung\nABC\n2\n0\n0\nXYZ\n1\n1\n0\n") == []
    assert flat_tables("Ja\nNein\nEnthaltung\nABC\n2\n0\n0\nXYZ\n1\n1\n0\nGesamt:\n3\n1\n0\n")[0][2] == {"yes": 3, "no": 1, "abstain": 0}


def test_two_passives_of_different_outcomes_in_one_sentence_are_two_decisions(nlp):
    text = "Der Änderungsantrag wird mehrheitlich abgelehnt, und die Gebührenordnung danach mit 15 von 27 Stimmen angenommen.\n"
    assert _decisions(nlp, text) == [("rejected", False, None, None, None), ("accepted", False, 15, None, None)]


def test_two_passives_joined_by_a_comma_the_auxiliary_left_out(nlp):
    text = "Der Antrag wurde abgelehnt, die Satzung mit 20 Stimmen angenommen.\n"
    assert _decisions(nlp, text) == [("rejected", None, None, None, None), ("accepted", None, 20, None, None)]


def test_a_relative_clause_after_the_decision_is_no_second_decision(nlp):
    text = "Der Antrag wurde abgelehnt, der die Sanierung der Halle forderte und im Mai angenommen wurde.\n"
    assert [d[0] for d in _decisions(nlp, text)] == ["rejected"]


def test_one_decision_that_also_commissions_stays_one(nlp):
    text = "Der Antrag wird einstimmig angenommen und die Verwaltung beauftragt.\n"
    assert _decisions(nlp, text) == [("accepted", True, None, 0, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members counted by how they voted, in the sentence after the election
        ("Auf Frau Kern entfielen in geheimer Wahl 32 von 42 gültigen Stimmen. Zehn Ratsmitglieder votierten gegen sie.\n",
         [("accepted", False, 32, 10, 0)]),
        ("Die Gruppe scheiterte mit ihrem Vorstoß zum Parkhaus. Vier Stadtverordnete votierten dafür, zwei dagegen, die übrigen enthielten sich.\n",
         [("rejected", False, 4, 2, 0)]),
    ],
)  # fmt: skip
def test_members_counted_by_how_they_voted(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_a_group_that_voted_against_is_no_count_of_one(nlp):
    decisions = _decisions(nlp, "Der Antrag wurde angenommen. Eine Fraktion stimmte dagegen.\n")
    assert [(d[0], d[3]) for d in decisions] == [("accepted", None)]  # "eine Fraktion": a group, not one vote


def test_a_vote_with_its_result_in_words_is_not_merged_with_the_next_decision(nlp):
    text = (
        "TOP 4 Antrag auf Zuschuss\n\nAbstimmung:\n\nJa 1\n\nNein 5\n\nEnthaltung 4\n\nDer Antrag ist abgelehnt.\n\n"
        "Die Niederschrift über die 12. Sitzung wird bestätigt.\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 1, 5, 4), ("accepted", None, None, None, None)]


def test_a_vote_block_with_the_members_count_first(nlp):
    text = (
        "Der Gemeinderat bestätigt die Niederschrift der 14. Sitzung.\n\nAbstimmungsergebnis:\n\n"
        "Gesetzliche Anzahl der Mitglieder des Gemeinderates: 24\n\nJa-Stimmen: 21\n\nNein-Stimmen: -\n\nStimmenthaltung: -\n"
    )
    assert _decisions(nlp, text) == [("accepted", True, 21, 0, 0)]


def test_a_count_before_a_blank_line_is_not_the_next_cells_count():
    from ratsnlp.tag.votes import parse_vote

    vote = parse_vote("Anzahl der Mitglieder: 30\n\nJa-Stimmen: 28\n\nNein-Stimmen: -\n\nEnthaltungen: -")
    assert (vote.yes, vote.no, vote.abstain) == (28, 0, 0)
    wrapped = parse_vote("Der Ausschuss empfahl mit 6 Ja-Stimmen, 2\nNein-Stimmen und 1 Enthaltung, dem Antrag zuzustimmen.")
    assert (wrapped.yes, wrapped.no, wrapped.abstain) == (6, 2, 1)


def test_a_status_line_that_says_how_the_vote_went_is_the_status_of_the_resolution(nlp):
    text = (
        "TOP 5 Bürgerantrag Spielplatz\n\nBeschluss: bei Stimmengleichheit abgelehnt\n\nBeschluss:\n\n"
        "Der Bezirksbeirat stimmt dem Bürgerantrag zu.\n\nFrau Kern erläutert den Antrag.\n"
    )
    decisions = list(nlp(text)._.decisions)
    assert [(d._.outcome, "stimmt dem Bürgerantrag zu" in d.text) for d in decisions] == [("rejected", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dem Vertagungsantrag wird mehrheitlich bei 3 Gegenstimmen gefolgt.\n", [("postponed", False, None, 3, None)]),
        ("Dem Vertagungsantrag wird nicht gefolgt.\n", [("rejected", None, None, None, None)]),
        # the vote as a count line first
        ("Der Verweisungsantrag wurde mit 5 Ja-Stimmen bei 3 Nein-Stimmen und 1 Enthaltung angenommen.\n", [("referred", False, 5, 3, 1)]),
        ("Der Vertagungsantrag wird mit 4 zu 7 Stimmen abgelehnt.\n", [("rejected", False, 4, 7, 0)]),
    ],
)  # fmt: skip
def test_a_procedural_motion_carried_does_what_it_asks(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_a_withdrawn_postponement_motion_is_withdrawn(nlp):
    assert _decisions(nlp, "Der Vertagungsantrag ist zurückgezogen.\n") == [("withdrawn", None, None, None, None)]


def test_taking_note_of_a_report_with_von(nlp):
    text = "Der Antrag Nr. 87/2025 ist damit zurückgezogen.\nDer Sozialausschuss nimmt vom Winterkonzept Kenntnis.\n"
    assert [d[0] for d in _decisions(nlp, text)] == ["withdrawn", "noted"]


def test_a_count_line_no_sentence_covers_gives_the_decision_its_counts(nlp):
    # "Anwesend: 21, ..." opens an attendance list for the segmenter: the line is in no sentence
    text = (
        "1. Der Stadtrat nimmt die Stellungnahmen zur Kenntnis und beschließt die Abwägung.\n"
        "2. Der Bebauungsplan Nr. 63 wird als Satzung beschlossen.\n\nAbstimmungsergebnis\nAnwesend: 21, Ja: 17, Nein: 4\n\nAnlagen:\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 17, 4, 0)]


def test_a_status_line_with_the_committee_it_went_to_is_the_status_of_the_decision_below(nlp):
    text = (
        "14\nAntrag der ABC-Fraktion: Licht am Bahnhof\nErgebnis: überwiesen in den Ausschuss für Sicherheit und Ordnung\n\n"
        "Beratungsverlauf\n\nFrau Kern begründet den Antrag ihrer Fraktion.\n\n"
        "Die Stadtverordnetenversammlung überweist den Antrag einstimmig in den Ausschuss für Sicherheit und Ordnung.\n"
    )
    assert [d[0] for d in _decisions(nlp, text)] == ["referred"]


def test_a_tally_after_the_vote_label_and_what_was_voted_on(nlp):
    text = "TOP 2 Bauantrag Lindenweg 3\n\nAbstimmung über die Erteilung des Einvernehmens: 3 : 9 – Einvernehmen versagt.\n"
    assert _decisions(nlp, text) == [("rejected", False, 3, 9, 0)]
    assert _decisions(nlp, "Abstimmung: 19:30 Uhr Beginn der Auszählung.\n") == []  # a clock time


def test_a_motion_read_out_by_a_member_is_no_decision(nlp):
    text = (
        "TOP 3 Trinkbrunnen\n\nStatus: abgelehnt\n\nProtokoll:\n\n"
        "BV Albers (ABC) bringt den Antrag seiner Fraktion ein und verliest den Antragstext:\n"
        "„Die Bezirksvertretung beauftragt die Verwaltung, drei Trinkbrunnen zu errichten.“\nDie Kosten seien gering.\n\n"
        "Der Antrag wird mit 4 zu 9 Stimmen abgelehnt.\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 4, 9, 0)]


# --- decisions told in narration, without the body as subject (rj study; invented sentences) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups that carried their motion, the others named by how they voted
        ("Am Ende setzten sich AB und CD mit ihrem Antrag doch durch; die EF enthielt sich.\n", [("accepted", False, None, None, None)]),
        ("Die Wählergruppe setzte sich mit ihrem Vorschlag zur Parkordnung durch.\n", [("accepted", None, None, None, None)]),
        # a motion's points that went through, the verb first
        ("Immerhin gingen zwei Punkte des Antrages der Liste Mitte durch.\n", [("accepted", None, None, None, None)]),
        ("Der Antrag zur Sanierung der Turnhalle ging ohne Debatte durch.\n", [("accepted", None, None, None, None)]),
        # failed
        ("Der Antrag der Liste Mitte fiel im Rat durch.\n", [("rejected", None, None, None, None)]),
        ("Mit ihrem Vorschlag konnte sich die Fraktion nicht durchsetzen.\n", [("rejected", None, None, None, None)]),
        # a person appointed to an office, passive, the body as agent or none
        ("Weil der Vorsitzende fehlte, wurde vom Ausschuss einstimmig Frau Lind für diese Sitzung zur Vorsitzenden bestimmt.\n",
         [("accepted", True, None, 0, 0)]),
        ("Herr Kern ist zum Mitglied des Beirats bestimmt worden.\n", [("accepted", None, None, None, None)]),
        ("Zum Schriftführer wurde Herr Kern bestimmt.\n", [("accepted", None, None, None, None)]),  # the office first
        # the body with a vote-manner phrase and a verb outside the outcome lexicon
        ("Der Gemeinderat hat mit großer Mehrheit den Auftrag für die neue Brücke vergeben.\n", [("accepted", False, None, None, None)]),
        ("Mit breiter Mehrheit segnete der Kreistag den Plan ab.\n", [("accepted", False, None, None, None)]),
    ],
)
def test_decisions_told_in_narration(nlp, text, expected):
    assert _decisions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Bürgermeister ging die Punkte der Vorlage der Reihe nach durch.\n",  # went through (read out), no vote
        "Danach gingen sie die Punkte des Antrages noch einmal durch.\n",
        "Diese Punkte gehen wir jetzt durch.\n",  # the chair's words: a pronoun subject after the verb
        "Die Punkte des Antrags gingen die Mitglieder einzeln durch.\n",  # the points as the object
        "Die Gruppe setzte sich in der Debatte mit Nachdruck für den Radweg ein.\n",  # argued for, not carried
        "Das alte Gebäude ist zum Abriss bestimmt.\n",  # destined, no office
        "Herr Kern wurde vom Bürgermeister zum Beauftragten für den Brandschutz bestimmt.\n",  # the mayor's act, not the body's
        "Zur Vorsitzenden wurde von der Verwaltung Frau Berg bestimmt.\n",
        "Der Stellvertreter wird zur nächsten Sitzung benannt.\n",  # a time, no office; still to come
        "Die Höhe der Umlage wird durch den Kreistag bestimmt.\n",  # determined by
        "Der Kreistag entscheidet mit einfacher Mehrheit.\n",  # a rule of procedure, not a vote
        "Mit einfacher Mehrheit kann der Rat die Satzung ändern.\n",
        "Der Rat ist seit der Wahl mit knapper Mehrheit konservativ besetzt.\n",  # who holds the seats
    ],
)
def test_narration_that_is_no_decision(nlp, text):
    assert _decisions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreeing to discuss it in a committee first: a referral
        ("Die Mitglieder des Rates sprechen sich einstimmig dafür aus, den Antrag im Bau- und Umweltausschuss zu beraten.\n",
         [("referred", True, None, 0, 0)]),
        ("Der Rat beschließt mehrheitlich, die Vorlage zunächst in den Fachausschuss zu geben und dort weiter zu beraten.\n",
         [("referred", False, None, None, None)]),
        # discussed there earlier, and now decided: no referral
        ("Die Vorlage wurde im Bauausschuss beraten und wird vom Rat einstimmig beschlossen.\n", [("accepted", True, None, 0, 0)]),
    ],
)
def test_a_decision_to_discuss_it_in_a_committee_is_a_referral(nlp, text, expected):
    assert _decisions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Haushalt wird im Dezember verabschiedet werden.\n",  # still to come, passive
        "Beschlossen werden soll die Satzung erst im Herbst.\n",  # fronted participle with a modal
        "Abgelehnt werden könnte der Antrag nur mit den Stimmen der EF.\n",
        "Der Bauantrag wurde vom Landratsamt abgelehnt.\n",  # an authority decided, not the body
        "Der Zuschuss ist vom Land bewilligt worden.\n",
        "Ob die Satzung beschlossen wird, entscheidet der Rat im Mai.\n",  # an open question
        "Die Satzung wurde von der Kommunalaufsicht genehmigt.\n",
    ],
)
def test_decisions_still_to_come_or_taken_by_an_authority_are_none(nlp, text):
    assert _decisions(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision taken, with a remark on what comes later
        ("Beschlossen wurde der Neubau, über die Ausstattung soll noch im Fachausschuss entschieden werden.\n",
         [("accepted", None, None, None, None)]),
        # the body as agent, with a word that ends like an office ("insgesamt")
        ("Der Antrag wurde vom Gemeinderat insgesamt einstimmig abgelehnt.\n", [("rejected", True, 0, None, 0)]),
        ("Der Bauantrag wird vom Bauausschuss einstimmig abgelehnt.\n", [("rejected", True, 0, None, 0)]),
    ],
)
def test_decisions_beside_a_later_step_or_with_the_body_as_agent_stay(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_a_committees_earlier_advice_with_its_date_is_not_the_councils_decision(nlp):
    text = "TOP 8\n\nDie Vorlage wurde im Hauptausschuss am 2. Juni vorberaten und einstimmig empfohlen. Der Rat beschließt einstimmig.\n"
    decisions = nlp(text)._.decisions
    assert [(d.text, d._.outcome) for d in decisions] == [("Der Rat beschließt einstimmig.", "accepted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a motion granted, in the dative passive the minutes use for it
        ("Herr Meier beantragt, die Frist zu verlängern. Dem Antrag wird stattgegeben.\n", [("accepted", None, None, None, None)]),
        ("Dem Antrag wird einstimmig stattgegeben.\n", [("accepted", True, None, 0, 0)]),
        ("Dem Vertagungsantrag wird mit 9 Ja-Stimmen, 4 Nein-Stimmen und 1 Enthaltung stattgegeben.\n",
         [("postponed", False, 9, 4, 1)]),
        # the body following a member's suggestion
        ("Frau Kühn regt eine Ortsbegehung an. Der Gemeinderat folgt dieser Anregung.\n", [("accepted", None, None, None, None)]),
        # not the body's decision of this meeting: the administration, an authority, reported, asked
        ("Frau Kühn regt eine Ortsbegehung an. Die Verwaltung folgt dieser Anregung.\n", []),
        ("Dem Antrag auf Akteneinsicht wurde vom Landratsamt stattgegeben.\n", []),
        ("Herr Meier sagt, dem Widerspruch sei im Mai stattgegeben worden.\n", []),
        ("Frau Kühn fragt, ob dem Antrag stattgegeben werde.\n", []),
    ],
)
def test_a_granted_motion_and_a_followed_suggestion(nlp, text, expected):
    assert _decisions(nlp, text) == expected
