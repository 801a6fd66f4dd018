"""The real-minutes classes handled in release 9 (data/annotated/README.md, "(9)"), one invented case each.

Decisions: a vote line that opens with the members present ("Anwesend 14 - Ja 13 - Nein 1"); a fee set by a unanimous
vote ("werden einstimmig … festgesetzt"), not a rate another authority set; a tally "8/0/0" alone on its line; "Dies
wird bei 3 Gegenstimmen beschlossen." counting the decision before it; "mit 27 Stimmen gegen 22 Stimmen abgelehnt"
with the winning side first; the chair stating the body's consent and "Es erhebt sich kein Widerspruch"; "wird
einstimmig abgestimmt"; a person appointed in the passive; the body "erklärt sich … einverstanden" or "ist mit …
einverstanden"; a body taken up by "Er" that votes unanimously; assent to a postponement told just before; a vote
block that opens with "Stimmberechtigte:" / "5", and the result drawn from it; a result that counts only votes for;
each candidate's ballot line; an earlier year's decision in the simple past and how the item came to the committee
(background); the ALLRIS status "erledigt"; "sieht keine Möglichkeit, dem Antrag zuzustimmen".
Parties: a party adjective before the role noun ("die grüne Kreistagsabgeordnete X").
Turns and roles: the person in a "wonach" clause is no speaker; an age before the name ("Die 61-jährige Eva X
kritisierte"), not before a copula; introducing the guest speaker is a chair act. Invented text only."""

from __future__ import annotations


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_vote_line_that_opens_with_the_members_present_is_the_result(nlp):
    doc = nlp(
        "TOP 4 Erlass einer Satzung über das Vorkaufsrecht\n\n"
        "Herr Kämmerer Lindl erläutert den Entwurf der Satzung.\n\n"
        "Beschluss:\n\nDer Gemeinderat beschließt die Satzung in der vorgelegten Fassung.\n\n"
        "Abstimmungsergebnis:\n\nAnwesend 14 - Ja 13 - Nein 1\n"
    )
    assert _decisions(doc) == [("accepted", False, 13, 1, 0)]
    assert doc._.decisions[0].text.endswith("Anwesend 14 - Ja 13 - Nein 1")
    assert [t._.speaker for t in doc._.turns] == ["Lindl"]


def test_an_attendance_line_with_a_count_is_still_the_attendance_list(nlp):
    doc = nlp("Anwesend: 14 Mitglieder\nHerr Lindl, Frau Sommer\n\nTOP 1 Bericht\n\nHerr Lindl berichtet über den Haushalt.\n")
    assert _decisions(doc) == []
    assert [t._.speaker for t in doc._.turns] == ["Lindl"]


def test_a_fee_set_by_a_unanimous_vote_is_a_decision(nlp):
    doc = nlp(
        "TOP 5 Hundesteuer\n\nHerr Bürgermeister Polzin erläutert die Drucksache. "
        "Nach kurzer Aussprache werden einstimmig die Steuersätze für den ersten Hund mit 60 Euro festgesetzt.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]
    assert doc._.decisions[0].text.startswith("Nach kurzer Aussprache")


def test_a_rate_another_authority_set_is_no_decision_of_the_body(nlp):
    doc = nlp("1. Mitteilungen\n\nDie Kreisumlage der Ortsgemeinde wurde für das Jahr 2024 in Höhe von 223.580 Euro festgesetzt.\n")
    assert _decisions(doc) == []


def test_a_tally_alone_on_its_line_with_slashes_is_for_against_abstaining(nlp):
    doc = nlp(
        "1. Tagesordnung\nFrau Wackernagel (CDU) beantragt, TOP 3 und TOP 4 gemeinsam zu beraten.\n7/1/0\n"
        "2. Niederschrift\n8/0/0\n"
    )
    assert _decisions(doc) == [("accepted", False, 7, 1, 0), ("accepted", True, 8, 0, 0)]
    assert [d.text for d in doc._.decisions] == ["7/1/0", "8/0/0"]


def test_a_date_with_slashes_is_no_tally(nlp):
    doc = nlp("TOP 2 Bericht\n\nHerr Lindl berichtet über den Stand der Bauarbeiten.\n12/03/24\n")
    assert _decisions(doc) == []


def test_this_is_decided_gives_its_counts_to_the_decision_before_it(nlp):
    doc = nlp(
        "TOP 7 Antrag der Freien Wähler\n\n"
        "Auf Antrag der CDU-Fraktion wird der Antrag zur weiteren Beratung in die Fraktionen verwiesen.\n"
        "Dies wird bei 3 Gegenstimmen (Freie Wähler) beschlossen.\n"
    )
    assert _decisions(doc) == [("referred", False, None, 3, None)]


def test_a_new_paragraph_that_decides_again_is_a_decision_of_its_own(nlp):
    doc = nlp(
        "TOP 7 Antrag der Freien Wähler\n\n"
        "Auf Antrag der CDU-Fraktion wird der Antrag zur weiteren Beratung in die Fraktionen verwiesen.\n\n"
        "TOP 8 Spielplatz\n\nDies wird bei 3 Gegenstimmen beschlossen.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["referred", "accepted"]


def test_votes_against_votes_count_the_winning_side_first(nlp):
    doc = nlp(
        "TOP 3 Antrag der CDU\n\nDer Antrag wird mit 27 Stimmen (18 CDU, 9 SPD) gegen 22 Stimmen (8 Bürgerforum, 5 WNK) "
        "bei 1 Enthaltung (Bürgermeister) abgelehnt.\n\nTOP 4 Antrag der SPD\n\nDer Antrag wird mit 27 Stimmen gegen 22 Stimmen angenommen.\n"
    )
    assert [d[:4] for d in _decisions(doc)] == [("rejected", False, 22, 27), ("accepted", False, 27, 22)]


def test_a_party_adjective_before_the_role_noun_gives_the_party(nlp):
    doc = nlp(
        "Kreistag\n\n„Eine Zumutung!“, monierte die grüne Kreistagsabgeordnete Nicole Wockner.\n\n"
        "Der sozialdemokratische Fraktionschef Ralf Meier widersprach.\n\nDie linke Stadträtin Jana Ost fragte nach.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Nicole Wockner", "Grüne"), ("Ralf Meier", "SPD"), ("Jana Ost", "Linke")]


def test_an_adjective_that_names_no_party_says_no_party(nlp):
    doc = nlp("Stadtrat\n\nDie neue Stadträtin Jana Ost fragte nach dem Radweg.\n")
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Jana Ost", None)]


def test_the_chair_stating_consent_and_no_objection_rising_is_one_unanimous_decision(nlp):
    doc = nlp(
        "TOP 1 Ausschüsse\n\nDer Oberbürgermeister schlägt vor, die Ausschüsse wie bisher zu besetzen. "
        "Er stellt die Zustimmung des Gemeinderats zu dieser Vorgehensweise fest. Es erhebt sich kein Widerspruch.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]
    assert doc._.decisions[0].text.startswith("Er stellt die Zustimmung")


def test_a_vote_said_to_be_unanimous_without_an_outcome_word_is_a_decision(nlp):
    doc = nlp(
        "TOP 2 Wahlausschuss\n\nFrau Marchwat und Herr Marschke erklären sich für den Wahlausschuss bereit. "
        "Über die Mitglieder des Wahlausschusses wird einstimmig abgestimmt.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]


def test_a_person_appointed_to_an_office_in_the_passive_is_a_decision_not_a_turn(nlp):
    doc = nlp(
        "TOP 5 Schriftführung\n\nHerr Marco Heitz wird zum Schriftführer und Frau Nicole Funke zur stellvertretenden "
        "Schriftführerin für die Sitzungen des Schulausschusses bestellt.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted"]
    assert list(doc._.turns) == []


def test_a_person_who_will_be_asked_is_no_decision(nlp):
    doc = nlp("TOP 6 Bericht\n\nHerr Lindl wird als Vertreter der Verwaltung zur nächsten Sitzung eingeladen.\n")
    assert _decisions(doc) == []


def test_the_person_in_a_wonach_clause_is_the_motion_s_content_not_a_speaker(nlp):
    doc = nlp(
        "Ellerau. Mehrheitlich beschlossen haben die Gemeindevertreter auch den Antrag der Wählergemeinschaft, wonach "
        "Bürgermeister Jan Urbanek (SPD) ein Fehlverhalten von Herrn Schröder als Ordnungswidrigkeit ahnden soll.\n"
    )
    assert list(doc._.turns) == []
    assert [d[0] for d in _decisions(doc)] == ["accepted"]


def test_the_body_declaring_itself_agreed_is_a_decision_and_what_it_agrees_to_names_the_outcome(nlp):
    doc = nlp(
        "TOP 4 Wohnmobilplatz\n\nBürgermeister Schmidt schlägt vor, dass die Verwaltung eine Vorlage für die nächste Sitzung fertigt. "
        "Die Gemeindevertretung erklärt sich mit dieser Vorgehensweise einverstanden.\n\n"
        "TOP 5 Bericht\n\nDer Stadtrat erklärt sich einstimmig damit einverstanden, den Bericht zur Kenntnis zu nehmen.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted", "noted"]


def test_a_vote_block_that_opens_with_those_entitled_to_vote_is_one_record_from_its_first_line(nlp):
    doc = nlp(
        "Der Vorsitzende berichtet über die beiden Fassungen der Niederschrift.\n\n"
        "Daraufhin beantragt der Vorsitzende, die Niederschrift von der Gemeindevertretung beschließen zu lassen.\n\n\n"
        "Stimmberechtigte:\n\n5\n\nJa-Stimmen: 1\n\nNein-Stimmen: 1\n\nEnthaltungen: 3\n\nBefangen: 0\n"
    )
    assert _decisions(doc) == [("rejected", False, 1, 1, 3)]
    assert doc._.decisions[0].text.startswith("Stimmberechtigte:")


def test_a_members_heading_over_names_is_still_the_attendance_list(nlp):
    doc = nlp("Stimmberechtigte:\n\nAnna Ost, Karl Brandt\n\nTOP 1 Bericht\n\nHerr Brandt berichtet über die Kasse.\n")
    assert [t._.speaker for t in doc._.turns] == ["Brandt"]
    assert _decisions(doc) == []


def test_a_result_that_counts_only_votes_for_is_carried(nlp):
    doc = nlp(
        "TOP 4 Internetseite\n\nHerr Franzke stellt folgenden Antrag:\n"
        "Der Beirat bittet den Landesseniorenrat, seine Internetseite zu aktualisieren.\nAbstimmungsergebnis:\n10 Ja-Stimmen\n"
        "Herr Gebert berichtet, dass der Jahresbericht fertig ist.\n"
    )
    assert _decisions(doc) == [("accepted", None, 10, None, None)]


def test_a_vote_block_and_the_result_drawn_from_it_are_one_record(nlp):
    doc = nlp(
        "TOP 2 Tagesordnung\n\nFrau Ost beantragt, den Tagesordnungspunkt 9 im nichtöffentlichen Teil zu beraten.\n\n\n"
        "Stimmberechtigte:\n\n11\n\nJa-Stimmen:  5\n\nNein-Stimmen:  5\n\nEnthaltungen: 1\n\nBefangen: 0\n\n \n\n"
        "Die erforderliche Mehrheit für die Änderung der Tagesordnung wurde somit nicht erreicht.\n"
    )
    assert _decisions(doc) == [("rejected", False, 5, 5, 1)]
    assert doc._.decisions[0].text.endswith("nicht erreicht.")


def test_each_candidate_s_ballot_line_is_a_record_of_its_own(nlp):
    doc = nlp(
        "TOP 3 Wahl der Stellvertreter des Bürgermeisters\n\nDie Stimmzettel werden verteilt und ausgezählt. "
        "Von 25 Stimmberechtigten entfielen auf:\n\nFrau Sturm: 21 Ja-Stimmen, 2 Gegenstimmen, 2 ungültig\n\n"
        "Herr Zimmermann: 24 Ja-Stimmen, 1 ungültig\n\n"
        "Somit ist Frau Sturm zur 1. Stellvertreterin und Herr Zimmermann zum 2. Stellvertreter gewählt.\n"
    )
    assert [d[:4] for d in _decisions(doc)] == [("accepted", False, 21, 2), ("accepted", None, 24, None)]
    assert [d.text.split(":")[0] for d in doc._.decisions] == ["Frau Sturm", "Herr Zimmermann"]
    assert list(doc._.turns) == []


def test_a_body_taken_up_by_a_pronoun_that_votes_unanimously_decides(nlp):
    doc = nlp("TOP 3 Spielplatz\n\nDer Ortsbeirat berät die Vorlage ausführlich. Er stimmt ihr einstimmig zu.\n")
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]


def test_the_body_agreeing_with_what_is_named_is_a_decision_and_its_negation_is_none(nlp):
    doc = nlp(
        "TOP 5 Bank\n\nDer Gemeinderat ist mit dem Standort der Bank einverstanden.\n\n"
        "TOP 6 Bank\n\nDer Gemeinderat ist mit dem Standort der Bank nicht einverstanden.\n"
    )
    assert [d.text for d in doc._.decisions] == ["Der Gemeinderat ist mit dem Standort der Bank einverstanden."]


def test_the_body_assenting_to_a_postponement_it_was_told_of_is_that_one_record(nlp):
    doc = nlp(
        "TOP 4 Feuerwehrbedarfsplan\n\nFrau Kny stellt den Plan vor. Da die Fraktionen sich noch nicht im Detail mit dem Plan "
        "beschäftigt haben, wird die Beschlussfassung vertagt. Die Verwaltung solle zu einem gemeinsamen Termin im Januar einladen. "
        "Dort soll das Thema ausführlich besprochen werden.\n\nDer Ausschuss ist mit diesem Vorschlag einverstanden.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["postponed"]


def test_an_age_before_the_name_still_names_the_speaker(nlp):
    doc = nlp(
        "Gemeinderat\n\nDie 61-jährige Eva Roth kritisierte die Planung. Der 48 Jahre alte Jan Bullmann sagte, dass er schon "
        "zuvor Bedenken hatte. Die 70-jährige Rentnerin Ute Lang fragte nach.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Eva Roth", "Jan Bullmann", "Ute Lang"]


def test_an_age_before_the_name_with_a_copula_is_a_portrait_not_a_turn(nlp):
    doc = nlp(
        "Beirat\n\nHerr Ost gratulierte Frau Sprenger zur Wahl. Die 58 Jahre alte Sprenger war schon einmal Sprecherin des Beirats.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Ost"]


def test_a_decision_of_an_earlier_year_told_in_the_simple_past_is_background(nlp):
    doc = nlp(
        "TOP 3 Schwimmbad\n\nAnfang 2013 beschlossen die Stadtverordneten, das Bad zu sanieren. Im April vergangenen Jahres "
        "beschloss der Gemeinderat den Neubau. Der Gemeinderat beschließt einstimmig die Vergabe.\n"
    )
    assert [d.text for d in doc._.decisions] == ["Der Gemeinderat beschließt einstimmig die Vergabe."]


def test_introducing_the_guest_speaker_is_a_chair_act(nlp):
    doc = nlp(
        "Die Tagesordnung wird einvernehmlich angenommen.\nFrau Schilde stellt zunächst den Referenten Herrn Prof. Dr. Bernzen vor.\n"
        "Dieser berichtet über die Aufgaben des Jugendhilfeausschusses.\nFrau Kuhn fragt nach den Fristen.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns][0] == ("Schilde", "chair")


def test_how_the_item_came_to_the_committee_is_no_decision_of_it(nlp):
    doc = nlp(
        "Beschluss: einstimmig zugestimmt\n\nFrau Kunert führt in die Thematik ein. Die Vorlage wurde vom Kreistag zur Vorberatung "
        "in den Fachausschuss verwiesen.\n\nHerr Feder erläutert die Thematik.\n\n"
        "TOP 5 Antrag\n\nDer Antrag wird zur Vorberatung in den Bauausschuss verwiesen.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted", "referred"]
    assert doc._.decisions[0].text == "Beschluss: einstimmig zugestimmt"


def test_an_erledigt_status_line_heads_no_resolution_block_and_the_body_seeing_no_way_to_agree_rejects(nlp):
    doc = nlp(
        "Beschluss: erledigt\n\nDem Antragsteller, Herrn Thal, wird einstimmig Rederecht eingeräumt.\n\n \n\n"
        "Er begründet seinen Bürgerantrag und wirbt noch einmal für Tempo 30 in der Lindenstraße.\n\n \n\n"
        "Aufgrund der Stellungnahme der Verwaltung sieht die Bezirksvertretung für den Stadtbezirk II keine Möglichkeit, "
        "dem Bürgerantrag zuzustimmen, da eine Geschwindigkeitsbegrenzung rechtlich nicht zulässig ist.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Thal"]
    assert [d[0] for d in _decisions(doc)] == ["accepted", "rejected"]

