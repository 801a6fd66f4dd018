"""The real-minutes classes handled in release 7 (data/annotated/README.md, "(7)"), one invented case each.

Decisions as council-system item pages and reports print them: a status line with where the item goes or on what it
was carried, resolution points "Zu 1.)", a resolution read out by a speaker, elections and results told in narration,
vote tables with no sentence beside them, counts in unusual words or glued cells, hypotheses and demands that decide
nothing. Turns: pluperfect background, quoted titles, attendance and non-speech, joined persons, name labels on their
own line, motion headings naming the mover. Roles and parties: question time ending at the next heading, an unnamed
chair beside the mayor, staff who only answer or report, chair acts, a party before an office written apart.
Invented text only."""

from __future__ import annotations


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_a_status_line_saying_where_the_item_goes_heads_the_one_record(nlp):
    doc = nlp(
        "Beschluss: vertagt in den Fachausschuss\n\nAbstimmung: Ja: 12, Nein: 2, Enthaltungen: 0\n\n \n\n"
        "Frau Harms (Grüne) beantragt, die Beratung zu vertagen. Herr Oltmann (CDU) schließt sich an.\n\n \n\n"
        "Beschluss:\n\nDie Beratung wird vertagt.\n\n \n\nAbstimmungsergebnis:\n\ndafür\n\n12\n\ndagegen:\n\n2\n\nEnthaltungen:\n\n0\n"
    )
    assert _decisions(doc) == [("postponed", False, 12, 2, 0)]
    assert doc._.decisions[0].text.startswith("Beschluss:\n\nDie Beratung")
    assert doc._.decisions[0]._.status_text.startswith("Beschluss: vertagt in den Fachausschuss")


def test_resolution_points_answering_a_motion_are_one_record_with_the_vote_below(nlp):
    doc = nlp(
        "Beratungsergebnis: einstimmig beschlossen (gemäß Verwaltungsvorschlag)\n\n \n\n"
        "Herr Wiegand erläutert den Antrag der Fraktion.\n\n \n\nBeschluss:\n\n \n\n"
        "Zu 1.): Der Ausschuss beauftragt die Verwaltung, die Querungshilfen an allen Schulwegen zu prüfen und zu berichten.\n\n \n\n"
        "Zu 2.): Der Ausschuss beauftragt die Verwaltung, mit den Elternbeiräten der Grundschulen weitere Gefahrenstellen zu erheben.\n\n \n\n"
        "(Beschlussvorschlag der Verwaltung)\n\n \n\nAbstimmungsergebnis:          einstimmig\n"
    )
    assert [s.label_ for s in doc.spans["rn_items"]] == []
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]
    assert "Zu 2.)" in doc._.decisions[0].text
    assert doc._.decisions[0]._.status_text.startswith("Beratungsergebnis: einstimmig beschlossen")


def test_a_resolution_read_out_after_a_pronoun_is_no_decision_below_the_status(nlp):
    doc = nlp(
        "Beschluss:\nzur Kenntnis genommen\n\nWortprotokoll\n\nHerr Brandt führt in das Thema ein. "
        "Er verliest den geänderten Beschlussvorschlag:\n\n„Der Rat beschließt das Maßnahmenpaket der Anlage.“\n\n"
        "Frau Kühl bittet darum, die Tabelle Punkt für Punkt durchzugehen.\n"
    )
    assert _decisions(doc) == [("noted", None, None, None, None)]
    assert doc._.decisions[0].text.startswith("Beschluss:")


def test_two_narrated_elections_the_most_votes_and_an_office_fronted_are_two_records(nlp):
    doc = nlp(
        "Neues aus dem Jugendrat\n\nFür das Amt der Stellvertretung kandidierten vier Jugendliche. "
        "Im zweiten Wahlgang erhielt Mia Sommer die meisten Stimmen. Zum Kassenwart wurde schließlich Ole Brandt (15) gewählt. "
        "Beide werden den Jugendrat im Stadtrat vertreten.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["accepted", "accepted"]
    assert [d.text.split()[0] for d in doc._.decisions] == ["Im", "Zum"]


def test_decisions_narrated_in_reports(nlp):
    doc = nlp(
        "Gemeinderat tagte\n\nDie Verwaltung stellte die neue Satzung vor. Die Räte stimmten dem Entwurf ohne Gegenstimmen zu.\n\n"
        "Im Vorgriff wurde jedoch die neue Entgeltordnung beschlossen. "
        "Außerdem wurden in der Sitzung des Ortsrats zwei Arbeitskreise mit je einem Vertreter jeder Fraktion gebildet.\n\n"
        "Bürgermeister Hahn berichtete über die Beschwerde. Das Ergebnis: Der Ausschuss nahm die Beschwerde zur Kenntnis, "
        "sah aber keinen Handlungsbedarf.\n\nZum Schluss ging es um die Fragestunde. "
        "So hat der Rat mit großer Mehrheit dafür votiert, dass Anfragen künftig schriftlich beantwortet werden.\n"
    )
    assert [(d.text.split()[0], d._.outcome) for d in doc._.decisions] == [
        ("Die", "accepted"), ("Im", "accepted"), ("Außerdem", "accepted"), ("Das", "noted"), ("So", "accepted")
    ]
    assert doc._.decisions[0]._.unanimous is True


def test_councillors_who_did_not_agree_decided_nothing(nlp):
    doc = nlp("TOP 4 Spielplatz\n\nFrau Lange fragt nach den Geräten.\n\nDie Räte stimmten nicht zu, dass der Punkt vertagt wird.\n")
    assert doc._.decisions == []


def test_question_time_opened_by_a_heading_ends_at_the_next_heading(nlp):
    doc = nlp(
        "Sitzung der Bezirksverordnetenversammlung\n\nEinwohnerfragen:\n\nHerr Weiß fragt nach den Öffnungszeiten der Bibliothek.\n\n"
        "Mündliche Anfragen:\n\nFrau Dr. Lorenz kritisiert, dass zu wenig Fördergeld eingeworben wurde.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Weiß", "public"), ("Lorenz", "council_member")]


def test_a_chair_unnamed_twice_before_the_mayor_answers_is_not_the_mayor(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nDer Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.\n"
        "Der Vorsitzende schlägt vor, TOP 7 zu vertagen.\nHerr Kruse fragt, ob die Vorlage geteilt werden kann.\n"
        "Herr Bürgermeister Lenz verneint dies.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Der Vorsitzende", "chair"), ("Kruse", "council_member"), ("Lenz", "mayor")]


def test_a_villages_head_named_after_the_unnamed_chair_is_that_chair(nlp):
    doc = nlp(
        "Vor Eintritt in die Tagesordnung stellt der Vorsitzende die Beschlussfähigkeit fest. "
        "Der Vorsitzende begrüßt die Zuhörer.\n\n2. Wahl\n\nDer Ortsbürgermeister Herr Emil Hartmann stellt fest, dass keine Bewerbung einging.\n"
    )
    assert {t._.speaker for t in doc._.turns} == {"Emil Hartmann"}


def test_a_pluperfect_act_is_background_but_a_pluperfect_view_or_saying_is_a_turn(nlp):
    doc = nlp(
        "Haushalt beschlossen\n\nFür diesen Punkt hatte Kämmerin Jutta Lahm drei Entwürfe vorbereitet. "
        "Stadtrat Olaf Berg (SPD) hatte zuvor von einem Kraftakt gesprochen. "
        "Stadträtin Vera Kunz (FW) hatte ein anderes Problem: Die Rücklage sei fast aufgebraucht. "
        "Der Oberbürgermeister hatte in diesem Jahr nur ausnahmsweise den Vorsitz.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Olaf Berg", "Vera Kunz"]


def test_one_who_only_answers_or_reports_is_staff_but_one_who_reads_out_a_question_is_not(nlp):
    doc = nlp(
        "TOP 5 Anfragen\n\nHerr Culp trägt die Anfrage vor und bittet um Auskunft zum Anwohnerparken.\n\n"
        "Herr Thiel antwortet, dass sich die Zonen mit dem Gebiet der Parkraumbewirtschaftung überschneiden.\n\n"
        "Herr Grabe trägt vor, dass für beide Standorte ein Gutachten vorliegt.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [
        ("Culp", "council_member"), ("Thiel", "administration"), ("Grabe", "administration")
    ]


def test_the_one_who_reads_the_resolution_out_or_asks_whether_to_vote_chairs(nlp):
    doc = nlp(
        "TOP 6 Tempo 30\n\nHerr Brink erläutert den Antrag seiner Fraktion.\n\n"
        "Herr Lorenz fragt die Antragsteller, ob über den Beschlussvorschlag der Verwaltung abgestimmt werden kann.\n\n"
        "TOP 7 Friedhof\n\nSiegfried Alt las den Beschluss vor. Kerstin Moll (SPD) fragte nach den Kosten. "
        "Herr Kern verliest den geänderten Beschluss: „Der Rat beschließt die Gebühren.“\n"
    )
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles["Lorenz"] == "chair" and roles["Siegfried Alt"] == "chair"
    assert roles["Kern"] == "council_member"


def test_a_vote_table_under_its_label_with_no_decision_sentence_is_a_decision(nlp):
    doc = nlp(
        "Herr Brandes beantragt, die Vorlagen zum Hafenfest heute nicht zu behandeln.\n\n"
        "Die Präsidentin lässt darüber abstimmen, ob die Vorlagen heute behandelt werden sollen.\n\n"
        "Abstimmungsergebnis:\n\n \n\nJa-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n9\n\n15\n\n3\n"
    )
    assert _decisions(doc) == [("rejected", False, 9, 15, 3)]
    assert doc._.decisions[0].text.startswith("Abstimmungsergebnis:")


def test_pro_and_contra_votes_and_a_hypothesis_in_the_konjunktiv(nlp):
    doc = nlp(
        "Wohnmobile im Ortskern\n\nDie Abstimmung im Rat endete mit vier Pro- und vier Contra-Stimmen sowie einer Enthaltung. "
        "Durch das Patt ist der Antrag abgelehnt.\n\nHätten alle Räte abgestimmt, sähe es anders aus. "
        "So aber könnte der Antrag bei vier zu vier Stimmen als abgelehnt gelten.\n"
    )
    assert _decisions(doc) == [("rejected", False, 4, 4, 1)]


def test_the_party_before_a_faction_office_written_apart_in_an_apposition(nlp):
    doc = nlp(
        "Neuer Bezirksrat\n\nJan Ole Brinkmann, neuer SPD Fraktionschef, lud die anderen Fraktionen zur Zusammenarbeit ein.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Jan Ole Brinkmann", "SPD")]


def test_a_result_block_under_a_call_to_vote_on_postponement_postpones(nlp):
    doc = nlp(
        "TOP 4 Prüfbericht\n\nFrau Kessler (CDU) beantragt, den Punkt zu vertagen.\n\n \n\n"
        "Sodann lässt der stellvertretende Vorsitzende, Rh. Dorn (SPD), über die Vertagung abstimmen:\n\n \n\n"
        "Dafür:            9 (CDU, SPD, FDP)\n\n \n\nDagegen:      1 (XY).\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["postponed"]


def test_counts_glued_in_a_cell_against_n_votes_and_each_n_for_and_against(nlp):
    doc = nlp(
        "TOP 3 Friedhofssatzung\n\nAbstimmung:Ja:9Nein:0Enthaltung:1\n\n"
        "TOP 4 Museum\n\nDas hat der Kulturausschuss gegen drei Stimmen der XY bei einer Enthaltung beschlossen.\n\n"
        "TOP 5 Hundesteuer\n\nDer Antrag wurde mit jeweils sechs Ja- und Nein-Stimmen bei einer Enthaltung abgelehnt.\n"
    )
    assert _decisions(doc) == [("accepted", True, 9, 0, 1), ("accepted", False, None, 3, 1), ("rejected", False, 6, 6, 1)]


def test_a_proposal_to_bring_it_back_that_the_members_endorse_postpones(nlp):
    doc = nlp(
        "TOP 6 Eingabe Parkplatz\n\nFrau Lorenz schlägt vor, eine Stellungnahme des Ordnungsamts einzuholen und die Eingabe "
        "in der nächsten Sitzung als Wiedervorlage zu behandeln. Dieser Vorschlag wird von den übrigen Ausschussmitgliedern befürwortet.\n"
    )
    assert [d[0] for d in _decisions(doc)] == ["postponed"]


def test_two_members_joined_under_an_abbreviated_office_are_one_sentence_and_one_turn(nlp):
    doc = nlp("TOP 2 Kreisumlage\n\nKVR Dachs erläutert den Nachtrag.\n\nKTA Bergmann und KTA Leseberg sehen keinen Anlass, über die Umlage zu diskutieren.\n")
    assert [t._.speaker for t in doc._.turns] == ["Dachs", "Bergmann"]
    assert doc._.turns[1].text.startswith("KTA Bergmann und KTA Leseberg")


def test_a_person_named_in_a_quoted_title_is_no_speaker_there(nlp):
    doc = nlp(
        "Sitzungsbericht\n\nTagesordnungspunkt „Herr Vogt hat das Wort“:\n\nZunächst geht es um eine Sendung im Regionalfernsehen. "
        "Herr Vogt möchte deutlich feststellen, dass er die Anfrage schlecht recherchiert fand.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Vogt"]
    assert doc._.turns[0].text.startswith("Herr Vogt möchte")


def test_dieser_in_the_passive_is_the_thing_named_before_not_the_man(nlp):
    doc = nlp(
        "Genehmigung der Niederschrift\n\nHerr Ohm eröffnet den Punkt.\n\n"
        "Es liegt ein Änderungswunsch von Herrn Keller zu TOP 15.1 vor. Dieser wurde in die vorläufige Niederschrift eingearbeitet.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Ohm"]


def test_a_faction_after_a_members_noun_in_an_absence_table_is_no_person(nlp):
    doc = nlp(
        "Niederschrift der Stadtverordnetenversammlung\n\nAbwesend\nStadtverordnete SPD-Fraktion\n| Tim Ahrens | entschuldigt |\n"
        "Stadtverordnete XY-Fraktion\n| Ina Berg | entschuldigt |\n\nTOP 1 Eröffnung\n\nHerr Vogt eröffnet die Sitzung.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Vogt"]


def test_a_member_off_sick_or_standing_in_for_another_is_no_turn(nlp):
    doc = nlp(
        "Sitzung des Beirats\n\nAnwesend:\n\nUwe Jahn (online)\n\nInge Otten in Vertretung für Nina Tepe (online)\n\n"
        "TOP 1 Bericht\n\nHolger Pabst war krank und die Tagesordnung ist lang.\n\nHerr Vogt berichtet über den Haushalt.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Vogt"]


def test_one_barred_from_the_vote_is_no_turn(nlp):
    doc = nlp(
        "Wohnmobilstellplatz\n\nBürgermeister Hahn durfte nicht mitstimmen.\n\nGemeinderat Kurz (CDU) war deswegen befangen, weil sein Grundstück angrenzt.\n\n"
        "Gemeinderätin Roth (FW) fragte nach den Kosten.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Roth"]


def test_a_given_name_and_surname_alone_on_a_line_label_the_speech_below(nlp):
    doc = nlp(
        "Anfragen\n\nDirk Bergner:\n\nDer Freistaat plant die Abstufung der Landesstraßen. Wie begründet er das?\n\n"
        "Landrätin Schmidt:\n\nDie Abstufung ist noch nicht beschlossen.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Dirk Bergner", "Schmidt"]


def test_a_numbered_motion_heading_names_its_mover_and_opens_the_turn(nlp):
    doc = nlp(
        "TOP 5 Hauptsatzung\n\nIn der Aussprache wurden folgende Anträge gestellt:\n\n  1. Antrag zur Sache von Herrn Ratsherr König:\n\n"
        "\"Abstimmung über die Änderungen in Paragraf 5.\"\n\n  2. Anfrage von Frau Ratsfrau Beck (XY):\n\n\"Wann liegt die Satzung vor?\"\n"
    )
    assert [(t._.speaker, t.text.split()[0]) for t in doc._.turns] == [("König", "Antrag"), ("Beck", "Anfrage")]


def test_the_one_who_opens_the_council_meeting_named_as_a_compound_chairs(nlp):
    doc = nlp("Stadtrat tagte\n\nZu Beginn eröffnete Karla Brandt die Stadtratssitzung. Danach fragte Stadtrat Jens Ober (CDU) nach dem Haushalt.\n")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Karla Brandt", "chair"), ("Jens Ober", "council_member")]


def test_an_excused_member_the_only_candidate_and_one_who_stays_chair_do_not_speak(nlp):
    doc = nlp(
        "Kreistag konstituiert\n\nEntschuldigt: Tom Berger, entschuldigt\n\nDie CDU-Politikerin Ulla Jahn bleibt Kreistagsvorsitzende. "
        "Jahn war die einzige Kandidatin.\n\nLandrat Ott (CDU) dankte den ausgeschiedenen Mitgliedern.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Ott"]


def test_an_election_won_in_narration_is_no_turn(nlp):
    doc = nlp(
        "Beirat gewählt\n\nAls stellvertretender Sprecher konnte sich Ole Lindner gegen zwei Mitbewerber durchsetzen. "
        "Der Landtagsabgeordnete Kai Sommer konnte schließlich eine deutliche Mehrheit auf sich vereinen.\n\n"
        "Ortsamtsleiterin Vera Kamp (parteilos) dankte allen Kandidaten.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Vera Kamp"]


def test_what_must_still_be_approved_in_reported_speech_is_no_decision(nlp):
    doc = nlp(
        "Ortsbeirat\n\nKaum hatte Ortsvorsteher Jan Haas Anlauf genommen, Vollbremsung: Das Protokoll der letzten Sitzung, das zu spät "
        "verschickt wurde, müsse erst verlesen und genehmigt werden, forderte Rosen.\n"
    )
    assert doc._.decisions == []


def test_a_chair_joined_with_the_mayor_by_sowie_opens_a_turn(nlp):
    doc = nlp(
        "TOP 3 Skateranlage\n\nGemeinderat Müller bittet um eine Alternative.\n"
        "Der Vorsitzende sowie Zweiter Bürgermeister Baum gaben an, dass dies keine Alternative sei.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Müller", "Der Vorsitzende"]
