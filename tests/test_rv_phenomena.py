"""Speakers as real minutes of district assemblies and local reports name them: an abbreviated office and a
party in brackets before any verb ("BV X (AB) ist ... einverstanden"), also below a "Beschluss" tab; titles
printed in capitals ("XY-STR X"); the meeting fronted as the object of the verb that opens it ("Die Sitzung
eröffnete die Ortsvorsteherin, Frau X"); presence stated before a name ("dafür anwesend StR X") is no turn.
Invented text only."""

from __future__ import annotations


def _turns(doc):
    return [(t._.speaker, t._.role, t._.party) for t in doc._.turns]


def test_an_abbreviated_office_and_a_party_before_a_stated_position_open_a_turn(nlp):
    doc = nlp(
        "TOP 4 Bericht aus dem Jugendamt\n\nHerr Lenz teilt mit, dass die Vereinbarung einen Beirat vorsieht.\n\n"
        "BV Kunze (CDU) ist mit dem vorgeschlagenen Verfahren einverstanden, bittet aber um eine Prüfung.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Lenz", "Kunze"]
    assert _turns(doc)[1][2] == "CDU"


def test_below_a_beschluss_tab_a_stated_position_is_a_turn_too(nlp):
    doc = nlp(
        "TOP: Ö 4\nGremium: Jugendhilfeausschuss Beschlussart: erledigt\n \nBeschluss\n\n\n"
        "Herr Lenz teilt mit, dass die Vereinbarung einen Beirat vorsieht. Er schlägt vor, die Vorsitzende zu benennen.\n\n \n\n"
        "BV Kunze (CDU) ist mit dem vorgeschlagenen Verfahren einverstanden, bittet aber um eine Prüfung.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Lenz", "Kunze"]


def test_a_title_printed_in_capitals_is_the_title(nlp):
    doc = nlp(
        "TOP 2 Haushalt\n\nHerr Lehmann stellt den Haushalt vor.\n\nHier argumentierte der CDU-STR Baldur für den Antrag.\n"
    )
    assert _turns(doc)[1] == ("Baldur", "council_member", "CDU")


def test_the_meeting_fronted_as_object_of_opening(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nDie Sitzung eröffnete die Ortsvorsteherin, Frau Zinn, und begrüßte die Gäste.\n\n"
        "Herr Kohl fragte nach dem Spielplatz.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Zinn", "Kohl"]


def test_presence_stated_before_a_name_is_no_turn(nlp):
    doc = nlp(
        "TOP 1 Regularien\n\nAbwesend waren: 1 (StR Knecht) - entschuldigt, dafür anwesend StR Pfanzler\n\n"
        "Herr Maier begrüßt die Anwesenden.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Maier"]


def test_counted_residents_with_a_plural_verb_ending_in_eln_or_ern_speak(nlp):
    doc = nlp(
        "TOP 3 Einwohnerfragestunde\n\nHerr May erläutert die Regeln.\n\n"
        "Mehrere Bürger äußern sich und können nicht verstehen, warum keine Diskussion möglich ist.\n\n"
        "Herr May verweist auf die Kommunalverfassung.\n\nEinige Anwohner bemängeln den Gehweg in der Hauptstraße.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["May", "Mehrere Bürger", "May", "Einige Anwohner"]
    assert {r for s, r, _ in _turns(doc) if s != "May"} == {"public"}


def test_one_unnamed_member_is_no_body(nlp):
    doc = nlp("TOP 5 Nikolausmarkt\n\nHerr May berichtet vom Markt.\n\nEin Stadtrat sprach davon, dass der Markt zu teuer sei.\n")
    assert [s for s, _, _ in _turns(doc)] == ["May", "Ein Stadtrat"]
    assert _turns(doc)[1][1] == "council_member"  # one of the elected, whatever the staff title "Stadtrat" means here


def test_given_the_right_to_speak_is_no_presence_note(nlp):
    doc = nlp("TOP 2 Friedhof\n\nDer Vorsitzende ruft den Punkt auf.\n\nHerr Freimann bekommt das Rederecht. Er fragt nach den Kosten.\n")
    assert [s for s, _, _ in _turns(doc)][-1] == "Freimann"


def test_a_numbered_subheading_with_sub_numbers_ends_the_turn(nlp):
    doc = nlp(
        "TOP 2 Mitteilungen der Bürgermeisterin\n2.1. Gratulation Geburtstage\n"
        "Frau Bürgermeisterin Horsch gratuliert allen Ratsmitgliedern, die seit der letzten Sitzung Geburtstag hatten.\n"
        "2.2. Gratulation Wahl Ortsbürgermeister Dorfen - Heinz Melchers\n"
        "Frau Bürgermeisterin Horsch gratuliert Herrn Heinz Melchers zur Wahl zum Ortsbürgermeister der Ortsgemeinde Dorfen.\n"
        "2.3. Mitteilung: neue Förderperiode (2023-2029)\n2023 beginnt die neue Förderperiode des Programms.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Horsch", "Horsch"]


def test_an_engineers_title_and_an_abbreviated_engineering_office(nlp):
    doc = nlp(
        "TOP 3 Kläranlage\n\nHerr Lenz erläutert die Messwerte.\n\n"
        "Herr Breunig vom Ing.-Büro KBS fügte dem hinzu, dass die Werte schwanken.\n\n"
        "Herr Ing. Roos ergänzte, dass eine jährliche Prüfung genüge.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Lenz", "Breunig", "Roos"]
    assert _turns(doc)[1][1] == "guest"


def test_the_one_who_announces_the_result_or_calls_the_vote_in_old_spelling_chairs(nlp):
    doc = nlp(
        "TOP 4 Wahl der Schiedspersonen\n\nHerr Albers erläutert die Vorlage und bittet die Kandidaten aufzustehen.\n\n"
        "Herr Kunert fragt nach dem Verfahren.\n\nHerr Albers verkündet das Ergebnis.\n\n"
        "TOP 5 Wasserversorgung\n\nFrau Peiß erklärt, dass die Verwaltung die Vorlage zurückzieht.\n\n"
        "Herr Nickel fragt, ob der Punkt öffentlich beraten werden dürfe.\n\n"
        "Frau Peiß läßt über die öffentliche Beratung abstimmen.\n"
    )
    roles = {s: r for s, r, _ in _turns(doc)}
    assert roles["Albers"] == "chair" and roles["Peiß"] == "chair"


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_tally_in_slashes_with_dashes_and_none_against(nlp):
    doc = nlp(
        "TOP 5 Kita-Gebühren\n\nHerr Maier erläutert die Vorlage.\n\nDer Ausschuss schließt sich diesem Vorschlag an (14/-/1).\n\n"
        "TOP 6 Grundstück\n\nDem Verkauf des Grundstücks wurde ohne eine Gegenstimme zugestimmt.\n"
    )
    assert _decisions(doc) == [("accepted", True, 14, 0, 1), ("accepted", True, None, 0, 0)]


def test_the_votes_of_the_one_elected_in_the_next_sentence(nlp):
    doc = nlp(
        "TOP 2 Wahlen\n\nHerr Maier erläutert das Verfahren.\n\nZur Nachfolgerin wählte der Kreistag Sylvia Hart (SPD). "
        "Sie erhielt 38 von 44 Stimmen.\n\nTOP 3 Stellvertretung\n\nZur Stellvertreterin wurde Gabi Heil gewählt. "
        "Sie sitzt für die FWG im Ortsbeirat und erhielt neun Ja-Stimmen bei einer Enthaltung.\n"
    )
    assert [(o, y, a) for o, _, y, _, a in _decisions(doc)] == [("accepted", 38, None), ("accepted", 9, 1)]


def test_a_caption_a_minutes_silence_and_not_taking_part_are_no_turns(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nLandrat Kaiser eröffnet die Sitzung.\n\n"
        "Mit einer Schweigeminute wurde dem verstorbenen Kreisrat Peter Bock gedacht.\n\n"
        "Ein Mann gibt einer Frau einen Blumenstrauß und schüttelt ihre Hand.\n\n"
        "TOP 2 Bebauungsplan\n\nHerr Linden (FDP) hat an der Beratung und der Abstimmung gemäß § 31 GO NRW nicht teilgenommen.\n\n"
        "Frau Berg (SPD) begrüßt den Plan.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Kaiser", "Berg"]


def test_a_date_inside_the_decision_sentence_and_the_tally_after_it(nlp):
    doc = nlp(
        "Gemeinderat / Friedhofssatzung\n\nDenkbar knapp stimmte der Talheimer Gemeinderat in seiner Sitzung am Mittwochabend "
        "der ersten Änderung der Friedhofssatzung vom 28. November 2018 zu. Genauer: Es gab sieben Ja-, sechs Neinstimmen und "
        "eine Enthaltung.\n\nTalheim. Wie die Verwaltung erläuterte, sagte das Gremium im November Ja.\n"
    )
    assert _decisions(doc) == [("accepted", False, 7, 6, 1)]
    assert doc._.decisions[0].text.startswith("Denkbar knapp")


def test_a_beschlussantrag_is_a_proposal_not_a_decision(nlp):
    doc = nlp(
        "TOP 4 Kunstrasenplatz\n\nBeschlussantrag:\n1. Der Gemeinderat stimmt dem Umbau des Tennenplatzes mit Gesamtkosten "
        "von 1.462.000 € zu.\n\nVerhandlung:\nStR Held (FW) begrüßt den Umbau.\n\nBeschluss:\nDer Gemeinderat stimmt dem Umbau zu.\n"
    )
    assert len(doc._.decisions) == 1 and doc._.decisions[0].text.startswith("Beschluss:")


def test_a_declined_office_names_a_person_known_by_surname_later(nlp):
    doc = nlp(
        "Stabwechsel in Talbach\n\nAm Donnerstagabend erhielt Thomas Kerner die Urkunde aus den Händen des Stadt-Beigeordneten "
        "Henno Pirrmann.\n\nPirrmann dankte Kerner (FWG), dass er sich für die Aufgabe zur Verfügung stellt. "
        "Kerner sagte, dass die hohe Beteiligung eine Motivation sei.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Henno Pirrmann", "Thomas Kerner"]


def test_an_office_in_the_accusative_is_no_subject(nlp):
    doc = nlp(
        "Stadtrat konstituiert\n\nBürgermeister Klaus Brandt eröffnete die Sitzung.\n\n"
        "Jedoch schlug die SPD ihren bisherigen Beigeordneten Jörg Weiland erst gar nicht mehr als Kandidat vor.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Klaus Brandt"]


def test_the_body_in_a_council_systems_header_is_no_speaker(nlp):
    doc = nlp(
        "Auszug - Jahresrechnung 2012\n\n46. Sitzung des Stadtrates Zeitz\nTOP: Ö 10 Beschluss:V/STR/20/1146/14\n"
        "Gremium: Stadtrat Zeitz Beschlussart: geändert beschlossen\nDatum: Do, 06.03.2014 Status: öffentlich\n\n"
        "Herr Maier erläutert die Jahresrechnung.\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Maier"]
    assert [d[0] for d in _decisions(doc)] == ["accepted"]


def test_a_vote_that_went_unanimously_and_a_working_group_set_up(nlp):
    doc = nlp(
        "TOP 5 Hauptsatzung\n\nBürgermeister Seemann stellte die geänderte Hauptsatzung zur Abstimmung.\n"
        "Die Abstimmung erging einstimmig. Die Hauptsatzung wurde angenommen.\n\n"
        "TOP 6 Ortschaftsverfassung\n\nHerr Maier erläutert den Vertrag.\n\n"
        "Der Ortschaftsrat setzte eine Arbeitsgruppe ein, die noch in diesem Monat erstmals zusammenkommt.\n\n"
        "Frau Lenz setzt sich für eine weitere Arbeitsgruppe ein.\n"
    )
    assert [(o, u) for o, u, *_ in _decisions(doc)] == [("accepted", True), ("accepted", None)]
    assert doc._.decisions[0].text.startswith("Die Abstimmung erging")


def test_the_oldest_member_found_chairs_and_is_no_decision(nlp):
    doc = nlp(
        "TOP 1 Konstituierung\n\nHerr Ungerer wird als ältestes Mitglied der Stadtvertretung festgestellt.\n\n"
        "Bevor die Sitzung eröffnet wird, gedenkt Herr Ungerer eines verstorbenen Kameraden.\n\n"
        "Frau Kahl (SPD) dankt für die Vorbereitung.\n"
    )
    assert _turns(doc)[0][:2] == ("Ungerer", "chair")
    assert _decisions(doc) == []


def test_an_agenda_table_row_with_top_in_its_number_cell_is_an_item(nlp):
    doc = nlp(
        "Öffentlicher Teil\n| TOP 1: | Genehmigung der Niederschrift der 28. Sitzung |\n"
        "Der Bürgermeister stellt fest, dass die Niederschrift zur Verfügung gestellt worden sei.\n"
        "Sodann wird folgender Beschluss gefasst:\nGegen die Niederschrift werden keine Einwände erhoben.\n"
        "Die Niederschrift ist somit angenommen.\nAbstimmungsergebnis: einstimmig\n"
        "| TOP 2: | Genehmigung der Niederschrift der 29. Sitzung |\n"
        "Der Bürgermeister teilt mit, dass auch diese Niederschrift zur Verfügung gestellt worden sei.\n"
        "Sodann wird folgender Beschluss gefasst:\nGegen die Niederschrift werden keine Einwände erhoben.\n"
        "Die Niederschrift ist somit angenommen.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert [i.label_ for i in doc.spans["rn_items"]] and len(doc.spans["rn_items"]) == 2
    assert len(_decisions(doc)) == 2


def test_a_reference_to_the_papers_is_no_referral(nlp):
    doc = nlp(
        "TOP 5 Abwasser\n\nHerr Maier erläutert die Vorlage.\n\nEs wird verwiesen auf die Vorlage Nr. 12/20221, über die beraten wurde.\n\n"
        "TOP 6 Antrag der XY-Fraktion\n\nDer Antrag wird in den Bauausschuss verwiesen.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["referred"]


def test_an_earlier_bodys_status_line_above_this_bodys_resolution_is_no_decision(nlp):
    doc = nlp(
        "Hauptausschuss: zur Kenntnis genommen\n\nHerr Albers erläutert die Beschlussvorlage.\n\n"
        "Beschluss\n\nDer Stadtrat wählt Frau Ender zur Schiedsperson.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted"]
    assert "Stadtrat wählt" in doc._.decisions[0].text


def test_a_recommendation_heading_addressed_to_the_council_heads_the_decision(nlp):
    doc = nlp(
        "Herr Nahl (SPD) beantragt, wie der Ausschuss abzustimmen.\n\n \n\nBeschlussempfehlung an den Rat:\n\n \n\n"
        "Wie Vorlage in der Fassung der Beschlussempfehlung des Ausschusses vom 06.06.12\n\n \n\n"
        "dafür:          10  (5 CDU, 3 SPD, 2 Grüne)\n\nEnth.:            1  (XY)\n"
    )
    assert [s.label_ for s in doc.spans["rn_sections"]] == ["decision"]
    assert _decisions(doc) == [("accepted", False, 10, 0, 1)]
    assert doc._.decisions[0].text.startswith("Beschlussempfehlung an den Rat:")


def test_a_status_lines_rejection_over_wie_antrag_under_an_addressed_heading(nlp):
    doc = nlp(
        "Beschluss: mehrheitlich abgelehnt\n\nFrau Wille (CDU) bittet um Beantwortung durch die Verwaltung bis zum Rat.\n\n \n\n"
        "Beschlussempfehlung an den Rat:\n\n \n\nWie Antrag\n\n \n\ndagegen:   11  (5 CDU, 3 SPD, 2 Grüne, 1 FDP)\n\nEnth.:            1  (XY)\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["rejected"]


def test_reported_elections_referrals_and_a_majority_of_all_members(nlp):
    doc = nlp(
        "Kreistag konstituiert\n\nLandrat Kaiser eröffnete die Sitzung.\n\n"
        "Bei der konstituierenden Sitzung stimmten 39 von 43 Mitgliedern für die 38-jährige Kandidatin aus Talheim.\n\n"
        "Eingebrachte Änderungsvorschläge zur Geschäftsordnung wurden zur weiteren Beratung in den Kreisausschuss verwiesen.\n\n"
        "Als Kreistagsvorsitzende wurde Ulla Jaros (CDU) ohne Gegenkandidaten wiedergewählt.\n"
    )
    assert [(o, y) for o, _, y, _, _ in _decisions(doc)] == [("accepted", 39), ("referred", None), ("accepted", None)]


def test_a_person_appointed_by_another_after_the_vote_is_no_decision(nlp):
    doc = nlp(
        "TOP 2 Wahl des Verbandsvorstehers\n\nAuf Vorschlag wurde Stadtbürgermeister Ben Seidel mit 3 Ja-Stimmen bei einer "
        "Enthaltung gewählt. Herr Seidel wurde durch Herrn Wollner zum Verbandsvorsteher ernannt, vereidigt und ins Amt eingeführt.\n"
    )
    assert [(o, y, a) for o, _, y, _, a in _decisions(doc)] == [("accepted", 3, 1)]


def test_a_note_takers_labels_title_and_surname_or_name_and_topic(nlp):
    doc = nlp(
        "TOP 3 Friedhofssatzung\nDer Vorsitzende erläutert die Änderungen der Satzung.\n"
        "Dr. Gollner: Die Kosten für die Unterhaltung des Friedhofs sind zu groß.\n"
        "Herr Schellhase zur Verkürzung der Liegezeiten: in diesem Fall ist eine Nachkalkulation zu erstellen.\n"
        "Herr Blanke zur Seite 8 - danach werden die Urnen in Reihe beigesetzt.\n"
        "Herr Dr. Gollner: Warum sind keine Abdeckungen vorgesehen?\n"
    )
    assert [s for s, _, _ in _turns(doc)] == ["Der Vorsitzende", "Gollner", "Schellhase", "Blanke", "Gollner"]


def test_a_role_noun_in_the_left_column_labels_the_answer_but_a_signature_line_is_none(nlp):
    doc = nlp(
        "TOP 7 Anfragen\n\nFrau Skibbe:\n\n \n\nWarum beteiligte sich der Landkreis nicht an der Ausschreibung?\n\n \n\n"
        "Landrätin         Im Ergebnis wäre ein gemeinsamer Kulturraum entstanden, der Kosten verursacht hätte.\n\n \n\n"
        "Dr. Pesch                    gez. Hoppe\nVorsitzender                      Schriftführerin\n"
    )
    turns = _turns(doc)
    assert len(turns) == 2 and turns[0][0] == "Skibbe" and turns[1][1] == "mayor"


def test_a_local_lists_acronym_before_the_motion_it_moves_is_the_party(nlp):
    doc = nlp("TOP 2 Tagesordnung\n\nFrau Kleinfeld stellt für die LWG den Antrag, die Tagesordnungspunkte 11 und 12 abzusetzen.\n")
    assert _turns(doc) == [("Kleinfeld", "council_member", "LWG")]


def test_members_resolving_a_council_that_chose_and_a_farewell(nlp):
    doc = nlp(
        "TOP 1 Regularien\n\nHerr Maier stellt die Beschlussfähigkeit fest. Die Mitglieder beschließen, dass die Punkte 2 und 3 "
        "gemeinsam behandelt werden.\n\nTOP 2 Wahlen\n\nBeigeordnete Der Rat kürte den Ortsbürgermeister Siegfried Bühler (CDU) zum Beigeordneten.\n\n"
        "Verabschiedet wurde der bisherige Ortsvorsteher Reinhard Kurz (CDU), der seinen Rücktritt erklärt hatte.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted", "accepted"]
    assert "Der Rat" not in [s for s, _, _ in _turns(doc)]


def test_a_contract_awarded_and_a_majority_there_was(nlp):
    doc = nlp(
        "Stadtrat tagte\n\nDer Auftrag für die Erneuerung der Heizungsanlage in der Oberschule wurde anschließend vergeben. "
        "Die Arbeiten sollen in den Sommerferien erledigt werden.\n\n"
        "Neuer Verkehrsgarten\n\nAuch für die folgende Beschlussvorlage gab es eine große Mehrheit und nur eine Gegenstimme: Für den "
        "Baubeschluss zum neuen Verkehrsgarten.\n"
    )
    assert [(o, n) for o, _, _, n, _ in _decisions(doc)] == [("accepted", None), ("accepted", 1)]


def test_the_other_members_joining_is_a_unanimous_decision(nlp):
    doc = nlp(
        "Ortsrat Talheim\n\nOrtsratsmitglied Kühn (SPD) beantragte, das Parken am Dorfplatz zu verbieten. Nach einer Diskussion "
        "schlossen sich die übrigen Ortsratsmitglieder an, so dass nun der Antrag an das Ordnungsamt weitergeleitet wird.\n"
    )
    assert [(o, u) for o, u, *_ in _decisions(doc)] == [("accepted", True)]


def test_councillors_agreeing_is_a_unanimous_decision(nlp):
    doc = nlp(
        "Stadtrat konstituiert\n\nBürgermeister Klaus Brandt eröffnete die Sitzung.\n\n"
        "Einig waren sich die Talheimer Stadträte darüber, die Aufwandsentschädigung der Beigeordneten auf 1723 Euro festzulegen.\n"
    )
    assert [(o, u) for o, u, *_ in _decisions(doc)] == [("accepted", True)]


def test_the_body_named_short_decides_but_a_parents_council_is_no_body(nlp):
    doc = nlp(
        "TOP 4 Bericht der Verwaltung\n\nBürgermeister Klaus Brandt berichtet über den Stand der Bauarbeiten.\n\n"
        "Die Vertretung nimmt dies zur Kenntnis.\n\nTOP 5 Schulweg\n\nDie Elternvertretung nimmt den Bericht mit Sorge zur Kenntnis.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["noted"]


def test_posts_given_an_election_won_and_a_proposal_supported_unanimously(nlp):
    doc = nlp(
        "Beigeordnete gewählt\n\nDer Stadtrat hat die beiden weiteren Beigeordnetenposten vergeben: einer ging an die CDU, der andere an die SPD.\n\n"
        "Beirat Woltersdorf\n\nAls stellvertretender Sprecher konnte sich Ole Linde (CDU) gegen Karin Bohle (FDP) durchsetzen.\n\n"
        "Neuer Bürgermeister\n\nDer einzige Vorschlag für das Amt des Bürgermeisters wurde bei einer Enthaltung einmütig unterstützt: "
        "Andreas Köhler (SPD) tritt die Nachfolge an.\n\nDer Antrag der AB wird von der CD unterstützt.\n"
    )
    assert [(o, a) for o, _, _, _, a in _decisions(doc)] == [("accepted", None), ("accepted", None), ("accepted", 1)]


def test_a_decision_in_a_relative_clause_and_a_bracket_inside_the_sentence(nlp):
    doc = nlp(
        "Rat tagte\n\nAuf der Tagesordnung stand noch ein weiterer Beschluss, der vom Rat einstimmig gefasst wurde. Dabei geht es um "
        "den Mindestabstand von Windrädern.\n\nTagesordnung\n\nNach einer langen Diskussion über deren Fassung (es gibt zwei "
        "Versionen unter demselben Datum …) wurde schließlich die geänderte TO einmütig angenommen.\n"
    )
    assert [(o, u) for o, u, *_ in _decisions(doc)] == [("accepted", True), ("accepted", True)]
    assert doc._.decisions[1].text.startswith("Nach einer langen Diskussion")


def test_reported_plans_and_views_are_no_decisions(nlp):
    doc = nlp(
        "TOP: Ö 4\nGremium: Bürgerschaft Beschlussart: vertagt\n \nBeschluss\n\n\n"
        "Der Präsident schlägt vor, dass der Punkt in die Sitzung am 31.08.2020 vertagt werde.\n\n"
        "Außerdem würden alle bisher nicht behandelten Vorlagen in die Sitzung am 31.08.2020 vertagt.\n\n"
        "Es wurde darauf hingewiesen, dass sich die Begräbniskultur wandelt.\n\n"
        "Herr Berger hält zwei Termine für wichtig. Auch er empfiehlt, die Neuregelung zunächst zu erproben.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["postponed"]
    assert doc._.decisions[0].text.startswith("Gremium:")


def test_the_tellers_named_are_no_decision(nlp):
    doc = nlp(
        "TOP 2 Wahl des Ortsvorstehers\n\nMit der Durchführung der Wahlhandlungen wurden die Ratsmitglieder Wolf Heim und Karl Kist beauftragt.\n\n"
        "Herr Heim wurde mit 9 Ja-Stimmen zum Ortsvorsteher gewählt.\n"
    )
    assert [(o, y) for o, _, y, _, _ in _decisions(doc)] == [("accepted", 9)]
    assert doc._.decisions[0].text.startswith("Herr Heim")  # the tellers' sentence is no part of it
