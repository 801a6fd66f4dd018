"""The components on small invented minutes: turns, speakers, roles, parties, decisions."""

from __future__ import annotations

import spacy

import ratsnlp


def starts(doc):
    return [t.text.split()[0:3] for t in doc._.turns]


def test_allris_item_turns_roles_and_decision(nlp, fixture_text):
    doc = nlp(fixture_text("allris_item.txt"))
    got = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert got == [
        ("Lindqvist", "administration", None),
        ("Opitz", "council_member", "CDU"),
        ("Lindqvist", "administration", None),
        ("van der Meulen", "council_member", "Grüne"),
        ("Keßler-Wiertz", "chair", None),
    ]
    # the pronoun continuation belongs to the first turn; the re-mention after another speaker starts a new one
    assert "Sie weist darauf hin" in doc._.turns[0].text
    assert doc._.turns[2].text.startswith("Auf Nachfrage von Herrn Opitz")
    assert doc._.turns[0]._.speaker_id == doc._.turns[2]._.speaker_id
    # furniture never in a turn
    assert all("Reduzieren" not in t.text for t in doc._.turns)
    decisions = [d for d in doc._.decisions if d._.kind == "decision"]
    final = [d for d in decisions if d.text.startswith("Der Ausschuss beschließt")]
    assert len(final) == 1
    d = final[0]
    assert (d._.outcome, d._.unanimous, d._.no, d._.abstain) == ("accepted", False, 3, 2)


def test_roster_gives_roles_and_parties(nlp, fixture_text):
    doc = nlp(fixture_text("niederschrift.txt"))
    assert doc._.meeting_date == "2024-06-05"
    assert doc._.body and doc._.body.startswith("Bezirksvertretung Nordost")
    turns = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert turns == [
        ("Tamm", "administration", None),
        ("Ehlert", "council_member", "Grüne"),
        ("Sabine Brockhoff", "mayor", "SPD"),
    ]
    decisions = [d for d in doc._.decisions if d._.kind == "decision"]
    assert [(d._.outcome, d._.unanimous) for d in decisions][0] == ("accepted", True)
    last = decisions[-1]
    assert (last._.yes, last._.no, last._.abstain) == (9, 3, 1)


def test_item_numbers_in_table(nlp, fixture_text):
    doc = nlp(fixture_text("niederschrift.txt"))
    doc._.doc_id, doc._.source = "n", "n.txt"
    df = ratsnlp.turn_table([doc])
    assert list(df["item_number"]) == ["2", "2", "2"]
    assert list(df.columns) == list(ratsnlp.TURN_COLUMNS)


def test_verbatim_labels_vocatives_and_interjections(nlp, fixture_text):
    doc = nlp(fixture_text("verbatim.txt"))
    got = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert got == [
        ("Meyer", "chair", None),
        ("Schulz", "council_member", "CDU"),  # "Herr Brandt, Sie haben ..." is a vocative, not a turn
        ("Brandt", "council_member", "SPD"),
        ("Meyer", "chair", None),
    ]
    schulz = doc._.turns[1]
    assert "Wir werden der Resolution trotzdem zustimmen." in schulz.text  # interjection does not end the turn
    assert [d._.outcome for d in doc._.decisions if d._.kind == "decision"] == ["accepted"]


def test_mentioned_persons_start_no_turn(nlp):
    doc = nlp("Herr Adler nimmt die Anregung von Frau Scheidt gerne mit. Er bedankt sich bei Herrn Kurz.")
    assert [t._.speaker for t in doc._.turns] == ["Adler"]


def test_regional_stadtrat(nlp):
    bavaria = nlp("Stadträtin Huber (CSU) fragt nach den Kosten.")
    nrw = nlp("Herr Stadtrat Lindner erläutert die Vorlage.")
    assert bavaria._.turns[0]._.role == "council_member"
    assert bavaria._.turns[0]._.party == "CSU"
    assert nrw._.turns[0]._.role == "administration"


def test_body_sentences_are_decisions_not_turns(nlp):
    doc = nlp("Frau Ost beantragt die Vertagung.\n\nDer Antrag wird mit 5 Ja- zu 8 Nein-Stimmen abgelehnt.")
    assert [t._.speaker for t in doc._.turns] == ["Ost"]
    (decision,) = doc._.decisions
    assert decision._.outcome == "rejected" and (decision._.yes, decision._.no) == (5, 8)
    (motion,) = doc._.motions
    assert (motion._.mover, motion._.motion_kind, motion._.outcome) == ("Ost", "postpone", "rejected")
    assert decision._.motion_id == motion._.motion_id


def test_factories_from_entry_points():
    nlp = spacy.blank("de")
    nlp.add_pipe("ratsnlp_turns")
    doc = nlp("Herr Frankenberger stellt das Konzept vor. Er bittet um Zustimmung.")
    assert len(doc._.turns) == 1 and doc._.turns[0]._.speaker == "Frankenberger"


def test_docbin_roundtrip(nlp, fixture_text):
    from spacy.tokens import DocBin

    doc = nlp(fixture_text("allris_item.txt"))
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [(t._.speaker, t._.role) for t in back._.turns] == [(t._.speaker, t._.role) for t in doc._.turns]


# Phenomena of minutes as published (data/annotated/README.md, "Real minutes"); invented sentences.


def test_heading_line_above_a_speaker_is_not_a_soft_wrap(nlp):
    para = "Herr Quast erläutert, dass die Bauarbeiten an der Brücke im Frühjahr beginnen und bis zum Herbst dauern werden."
    text = f"{para}\nSanierung der Turnhalle Am Lindenhof und Erneuerung der Sportplätze\nFrau Pfeffer fragt nach den Kosten der Sanierung."
    doc = nlp(text)
    assert [t._.speaker for t in doc._.turns] == ["Quast", "Pfeffer"]
    assert doc._.turns[1].text.startswith("Frau Pfeffer fragt")
    # a wrapped sentence whose next word would not have fitted stays one sentence
    wrapped = "Herr Quast erläutert, dass die Bauarbeiten an der Brücke\nim Frühjahr beginnen."
    assert len(nlp(wrapped)._.turns) == 1


def test_roster_on_one_line_grouped_by_party(nlp):
    doc = nlp(
        "Anwesend: Herr Ruland (SPD) als Vorsitzender; CDU: Herr Abt, Frau Wirz; GRÜNE: Frau Sommer, Herr Tietz\n\n"
        "Frau Wirz fragt nach dem Zeitplan. Herr Tietz bittet um eine schriftliche Antwort."
    )
    assert [(t._.speaker, t._.role, t._.party) for t in doc._.turns] == [
        ("Wirz", "council_member", "CDU"),
        ("Tietz", "council_member", "Grüne"),
    ]


def test_member_acts_and_faction_named_later(nlp):
    doc = nlp(
        "Herr Olbrich erklärt, seine Fraktion trage den Vorschlag mit.\n"
        "Seitens der Fraktion Bündnis 90/Die Grünen lehnt Frau Kessler den Plan ab.\n"
        "Herr Janke stellt den Antrag vor."
    )
    assert [(t._.speaker, t._.role, t._.party) for t in doc._.turns] == [
        ("Olbrich", "council_member", None),
        ("Kessler", "council_member", "Grüne"),
        ("Janke", "council_member", None),
    ]


def test_verbless_speaker_labels(nlp):
    doc = nlp(
        "Schriftführerin: Frau Lodde\n\n"
        "TOP 3: Spielplatz am Mühlbach\n"
        "Nachfrage Herr Wendland: Wann werden die Geräte endlich ausgetauscht?\n"
        "Antwort der Verwaltung: Die neuen Geräte sind bestellt und werden im Mai aufgebaut.\n"
        "OR: Die Mitglieder bitten darum, auch die Bänke zu erneuern.\n"
        "Antwort der Verwaltung: Auch die Bänke werden noch in diesem Jahr erneuert."
    )
    got = [(t.text.split(":")[0], t._.role) for t in doc._.turns]
    assert got == [
        ("Nachfrage Herr Wendland", "council_member"),  # no cue: the default for a named speaker
        ("Antwort der Verwaltung", "administration"),
        ("OR", "council_member"),
        ("Antwort der Verwaltung", "administration"),
    ]
    assert doc._.turns[0]._.speaker == "Wendland"


def test_passive_agent_and_roster_role_in_brackets(nlp):
    doc = nlp(
        "Anwesende Mitglieder des Ortsteilrats: Jonas Albers (Ortsteilbürgermeister), Petra Lenz, Ute Marx\n\n"
        "TOP 1: Eröffnung\n"
        "Die Eröffnung erfolgte durch den OTB; die Tagesordnung wurde bestätigt.\n"
        "Zu Beginn wurde vom Vorsitzenden die Beschlussfähigkeit festgestellt.\n"
        "TOP 2: Verschiedenes\n"
        "Die Niederschrift wurde durch den Ortsteilrat einstimmig bestätigt."
    )
    got = [(t.text[:20], t._.speaker, t._.role) for t in doc._.turns]
    assert got == [("Die Eröffnung erfolg", "Jonas Albers", "mayor")]  # the same person, then the body acts


def test_ordinal_speaker_with_bare_name_apposition(nlp):
    doc = nlp(
        "Die zweite Bürgerin, Hanna Vogt, fragte nach der Ampel am Markt. "
        "Der erste Fragesteller hatte zuvor nach dem Radweg gefragt."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Hanna Vogt", "public"), ("Der erste Fragesteller", "public")]


def test_procedure_narration_ends_a_turn_of_the_same_speaker(nlp):
    doc = nlp(
        "Der Vorsitzende Herr Rieger eröffnet die Sitzung und stellt die Beschlussfähigkeit fest. "
        "Einwände gegen die Tagesordnung gab es keine. "
        "Herr Rieger gibt bekannt, dass die Sitzung im Mai ausfällt."
    )
    assert [t.text[:20] for t in doc._.turns] == ["Der Vorsitzende Herr", "Herr Rieger gibt bek"]
    content = nlp("Herr Rieger erklärt den Plan. Es gebe keine Einwände der Anlieger. Herr Rieger bittet um Zustimmung.")
    assert len(content._.turns) == 1  # reported content (subjunctive) keeps the turn


def test_label_inside_a_motion_block_and_roster_groups(nlp):
    doc = nlp(
        "Anwesend: Stv. Brehm (SPD), Stv. Kaul (CDU); beratende Mitglieder: Frau Nowak (Seniorenbeirat); "
        "Verwaltung: Herr Fink (Kämmerer)\n\n"
        "TOP 4: Gebührensatzung\n"
        "Begründung: Der Bericht der Verwaltung überzeugt nicht.\n"
        "Entgegnung der Bürgermeisterin: Die Bürgermeisterin weist darauf hin, dass die Stelle lt. Gesetz nötig ist.\n"
        "Frau Nowak bittet um Auskunft zu den Kosten."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [
        ("Entgegnung der Bürgermeisterin", "mayor"),
        ("Nowak", "advisory_member"),
    ]
    assert "lt. Gesetz nötig ist." in doc._.turns[0].text


def test_chair_from_election_and_acts(nlp):
    doc = nlp(
        "Frau Kersting wird mit 8 Stimmen zur Vorsitzenden des Beirates gewählt. "
        "Frau Kersting nimmt die Wahl an und dankt für das Vertrauen.\n\n"  # (accepting alone is no turn: adjudicated conventions)
        "Beigeordneter Timo Brandl übernimmt für diesen Punkt den Vorsitz. "
        "Herr Gerdes (CDU): Kommen wir nun zu TOP 5. Gibt es Wortmeldungen?\n\n"
        "Herr Lamm fragt in die Runde, ob es noch Wortmeldungen gibt."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [
        ("Kersting", "chair"),
        ("Timo Brandl", "chair"),
        ("Gerdes", "chair"),
        ("Lamm", "chair"),
    ]


def test_bare_name_with_role_apposition(nlp):
    doc = nlp("Ralf Jansen, stellvertretender BA-Vorsitzender, erklärte, die Anwohner seien verärgert.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Ralf Jansen", "chair")]


def test_question_time_is_a_stretch_of_the_text(nlp):
    doc = nlp(
        "Eine Fragestunde findet heute nicht statt.\n"
        "Herr Sauer weist auf die Baustelle am Markt hin.\n\n"
        "Danach beginnt die Einwohnerfragestunde.\n"
        "Herr Falk fragt, wann die Straßenlaternen repariert werden.\n"
        "Keine weiteren Einwohnerfragen werden gestellt.\n"
        "Herr Kunze fragt nach dem Stand der Kita-Planung."
    )
    # outside question time a named speaker without any cue is taken for a member
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Sauer", "council_member"), ("Falk", "public"), ("Kunze", "council_member")]


def test_speaker_after_an_attachment_list_keeps_the_turn(nlp):
    doc = nlp(
        "Anlagen\n12 Präsentation Radverkehr (210 KB)\n"
        "Herr Berndt weist auf den Zustand der Schulen hin. Viele Toiletten seien defekt. "
        "Seine Fraktion wolle das ändern.\n"
        "Der Ausschuss begrüßt die Pläne. Er sieht aber noch Beratungsbedarf."
    )
    (turn,) = doc._.turns
    assert turn.text.endswith("das ändern.") and turn._.role == "council_member"


def test_fronted_phrases_and_two_speakers_in_one_sentence(nlp):
    doc = nlp(
        "In der Fragestunde will ein Bürger wissen, wann der Spielplatz öffnet. "
        "Bei Punkt 7, der den Haushalt betraf, erläuterte Bgm. Kolbe die Zahlen. "
        "Den Antrag begründete der Fraktionsvorsitzende Timo Rausch. "
        "Aus Sicht von Rf Lindner müsse die Ampel bleiben. "
        "Herr Abel lobte die Planung der Sanierung, Frau Specht dagegen fragte nach dem Zeitplan."
    )
    assert [t._.speaker.lower() for t in doc._.turns] == ["ein bürger", "kolbe", "timo rausch", "lindner", "abel", "specht"]
    assert doc._.turns[-1].text.startswith("Frau Specht dagegen")
    apposition = nlp("Der Dezernent für Bauen und Umwelt, Herr Kranz, weist darauf hin, dass die Frist läuft.")
    assert len(apposition._.turns) == 1


def test_party_in_compounds_appositions_and_voter_groups(nlp):
    doc = nlp(
        "Linken-Stadträtin Jana Brandt fordert mehr Spielplätze. "
        "Harald Moos, Fraktionssprecher Freie Wähler, hielt die Vorlage für unausgereift. "
        "Jens Ulrich (Bürger für Neustadt, BFN) lehnte die Vorlage ab. "
        "StR Weiß (90/GRÜNE) fragt nach den Kosten."
    )
    assert [(t._.speaker, t._.role, t._.party) for t in doc._.turns] == [
        ("Jana Brandt", "council_member", "Linke"),
        ("Harald Moos", "council_member", "FW"),
        ("Jens Ulrich", "council_member", "BFN"),
        ("Weiß", "council_member", "Grüne"),
    ]


def test_speaker_after_reported_content_and_bare_names(nlp):
    doc = nlp(
        "Die Bibliothek öffne künftig auch samstags, so Bürgermeister Olaf Brinkmann.\n"
        "Jorrit Kuhlow fragte nach den Zinsgeschäften der Stadt.\n"
        "Klaus HEIDER (AfD) kritisiert die Sitzungsleitung.\n"
        "Zum Schluss lobte Gemeinderätin Pohl die Verwaltung. Im Saal gab es Applaus."
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [
        ("Olaf Brinkmann", None),
        ("Jorrit Kuhlow", None),
        ("Klaus HEIDER", "AfD"),
        ("Pohl", None),
    ]


def test_numbered_points_after_a_speakers_colon_are_no_agenda_items(nlp):
    doc = nlp(
        "TOP 4: Gemeindewahl\n\n"
        "GR Seidel nennt mit Blick auf die GR-Drucks. 2024-17 die einzelnen Punkte:\n\n"
        "1. Termine\n\n"
        "Die Termine folgen dem Muster der letzten Wahl. GR Seidel nennt die Bewerbungsfrist."
    )
    assert len(doc._.turns) == 1 and doc._.turns[0].text.endswith("nennt die Bewerbungsfrist.")
    assert [sp._.item_number for sp in doc.spans["rn_items"]] == ["4"]


def test_two_given_names_and_a_role_before_an_oblique_name(nlp):
    doc = nlp(
        "Anwesend: Herr Behrens - Vorsitzender -, Frau Ilse Kock\n\n"
        "Der Bürgermeister, Herr Karl Otto Olbers, begrüßt die Gäste. "
        "Danach heißt der Vorsitzende Herrn Dr. Lenz von der Klinik willkommen. "
        "Der Vorsitzende bittet um Wortmeldungen."
    )
    assert doc._.turns[0]._.speaker == "Karl Otto Olbers"
    assert doc._.turns[-1]._.speaker == "Behrens"  # "Herrn Dr. Lenz" is greeted, he chairs nothing


def test_report_headline_is_no_turn(nlp):
    doc = nlp(
        "Landrätin blockiere Ausbau der Radwege\n"
        "In der Sitzung am Montag kritisierte Stadtrat Otto Wendt (FDP) die Verwaltung. Er forderte einen Zeitplan."
    )
    assert [(t._.speaker, t.text[:8]) for t in doc._.turns] == [("Otto Wendt", "In der S")]


def test_pronoun_after_a_decision_about_a_person(nlp):
    doc = nlp(
        "Dann stand die Wahl des Ortsvorstehers an. Bernd Köhler erklärte, er kandidiere erneut für das Amt. "
        "Einstimmig wurde er zum Ortsvorsteher gewählt. Er dankte allen Mitgliedern."
    )
    assert [(t._.speaker, t.text[:10]) for t in doc._.turns] == [("Bernd Köhler", "Bernd Köhl"), ("Bernd Köhler", "Er dankte ")]
    body = nlp("Herr Ost erläutert den Plan.\n\nDer Ausschuss beschließt einstimmig den Plan. Er beauftragt die Verwaltung.")
    assert [t._.speaker for t in body._.turns] == ["Ost"]


def test_offices_presence_and_passive_subjects_are_no_turns(nlp):
    doc = nlp(
        "Herr Lindner eröffnet die Sitzung.\n"
        "Petra Vogel (CDU) bleibt Ortsvorsteherin in Lindental. Auch Frau Ott war anwesend. "
        "Als Schriftführer wurde anschließend Herr Dorn bestimmt.\n"
        "Herr Dorn dankt für das Vertrauen."
    )
    assert [t._.speaker for t in doc._.turns] == ["Lindner", "Dorn"]


def test_status_block_above_the_debate_and_relative_clauses(nlp):
    doc = nlp(
        "Beschluss: angenommen\n\nAbstimmung: Ja: 11\n\n"
        "Der Landrat begrüßt die Kreisräte. Er erläutert die neue Sitzordnung.\n"
        "Es folgte ein Sommerfest, auf dem Frau Beil eine kurze Rede hielt."
    )
    assert [t._.speaker for t in doc._.turns] == ["Der Landrat"]
    assert "Er erläutert die neue Sitzordnung." in doc._.turns[0].text  # the pronoun continues, outside the status block


def test_plural_role_nouns_and_compound_bodies_are_no_speakers(nlp):
    doc = nlp(
        "KTA Brüning erläutert den Antrag.\n\n"
        "Der Kirchengemeinderat unterstützt den Plan seit Jahren. "
        "Die Fraktionsvorsitzenden sollen einen gemeinsamen Vorschlag erarbeiten."
    )
    assert [t._.speaker for t in doc._.turns] == ["Brüning"]


def test_neuter_article_before_a_role_noun(nlp):
    doc = nlp("Als Nächstes fragte das Ratsmitglied Uwe Senft nach dem Winterdienst.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Uwe Senft", "council_member")]


def test_academic_title_instead_of_herr_frau(nlp):
    doc = nlp("TOP 1: Eröffnung\nDr. Brandes begrüßt die Anwesenden und eröffnet die Sitzung.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Brandes", "chair")]


def test_descriptor_before_a_bare_name(nlp):
    doc = nlp(
        "Zu Beginn der Sitzung kündigte die grüne Kandidatin Greta Wiemers einen Antrag an. "  # (a pluperfect "hatte ... angekündigt": said before, no turn)
        "Abwesend waren die Gemeinderäte Lothar Binz und Ilse Faber.\n\n"
        "Zum anderen beantragten die Gemeinderäte Sanne Koldau und Jost Pieper (beide Mut für Elmsdorf, MfE) eine Vertagung.\n\n"
        "Jurist der Stadtverwaltung Hauke Brinkmann erläutert die Rechtslage."
    )
    got = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert got == [
        ("Greta Wiemers", got[0][1], "Grüne"),
        ("Sanne Koldau", got[1][1], "MfE"),
        ("Hauke Brinkmann", "administration", None),
    ]


def test_person_in_reported_speech_and_office_in_the_sentence(nlp):
    doc = nlp(
        "Der Bürgermeister eröffnet die Sitzung.\n\n"
        "Herr Malchow merkt an, dass er heute in seiner Funktion als Bürgermeister zum letzten Mal leite. "
        "Frau Quast bemängelt die Wartezeiten. Der Amtsleiter sei gefordert, die Lage zu bessern. "
        "Es fehle an Personal."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Malchow", "mayor"), ("Quast", "council_member")]


def test_absent_asker_proposal_agent_and_presenter_list_are_no_turns(nlp):
    doc = nlp(
        "Die Fragestellerin, die sich vorab angemeldet hatte, ist nicht erschienen. "
        "Ihre Frage zum Radweg wird auf Vorschlag von Herrn Ahlborn schriftlich beantwortet.\n"
        "Vortragende: Frau Senatorin Grell (Umweltbehörde) sowie Herr Taddey (Landesamt für Wasser und Boden)\n\n"
        "Herr Ahlborn fragt nach den Kosten."
    )
    assert [t._.speaker for t in doc._.turns] == ["Ahlborn"]


def test_presence_after_a_fronted_phrase_and_a_list_after_a_colon(nlp):
    doc = nlp(
        "Zu diesem Punkt war Frau Ostrowski vom Ingenieurbüro Kessler anwesend. "
        "Für das Mitglied Enno Brack, CDU-Fraktion, war bisher Herr Tilo Rahn, CDU-Fraktion, als Vertreter benannt.\n"
        "Der neue Ortsrat zeigte sich nach der Sitzung: vorne: Mira Jost (CDU), Kai Lenz (SPD), Olaf Brink (FDP).\n"
        "Dagegen war Herr Rahn der Meinung, dass die Liste zu lang sei."
    )
    assert [t._.speaker for t in doc._.turns] == ["Tilo Rahn"]  # the earlier mention gives the full name


def test_bullet_with_a_name_heads_the_points_below(nlp):
    doc = nlp(
        "Anfragen aus dem Rat\n\n"
        "  • Wendland\n"
        "    • fragt nach dem Stand der Sanierung\n"
        "    • bittet um einen Bericht\n"
        "  • Dr. Oppitz\n"
        "    • Parkplätze am Bahnhof\n"
        "  • Vertagt\n"
        "    • 4.2\n"
        "  • Beratung\n"
        "    • wird fortgesetzt im Mai\n"
    )
    assert [(t._.speaker, t.text[:8]) for t in doc._.turns] == [("Wendland", "Wendland"), ("Oppitz", "Dr. Oppi")]


def test_speaker_cut_from_the_verb_by_a_stray_period_or_an_empty_apposition(nlp):
    doc = nlp(
        "Wortprotokoll\n\nDie Oberbürgermeisterin\n\n. informiert, dass der Punkt 4 vertagt werde.\n\n"
        "Herr Pohlmann\n\n. bestätigt, dass die Frist gewahrt sei.\n\n"
        "Herr Zander, , fragt nach, ob der Spielplatz saniert werde."
    )
    assert [t._.speaker for t in doc._.turns] == ["Die Oberbürgermeisterin", "Pohlmann", "Zander"]


def test_subject_of_a_fronted_als_clause(nlp):
    doc = nlp(
        "Frau Kessler stellt den Haushalt vor. "
        "Als Jonas Reimer, Sprecher der FDP, ihr Fehler vorhielt, reagierte sie gelassen. "
        "Als Schriftführerin wurde Frau Pahl bestimmt. "
        "Als der Landrat hörte, dass niemand gekommen war, brach er die Sitzung ab."
    )
    assert [t._.speaker for t in doc._.turns] == ["Kessler", "Jonas Reimer", "der Landrat"]


def test_turn_starts_after_a_headline_on_the_same_line(nlp):
    doc = nlp("Ärger im Ortsrat: Den Bauantrag wollte Ortsvorsteherin Nele Grube nicht vertagen. Sie verwies auf die Frist.")
    assert [(t._.speaker, t.text[:12]) for t in doc._.turns] == [("Nele Grube", "Den Bauantra")]


def test_speaker_mentioning_the_meeting_is_no_narration(nlp):
    doc = nlp(
        "Der Ortsvorsteher begrüßt die Gäste. Zu Beginn der Sitzung bittet er die neuen Mitglieder nach vorn. "
        "Anschließend verliest der Ortsvorsteher die Tagesordnung.\n\n"
        "Herr Quandt bemängelt die Einladung. Den Punkt fanden wir nicht auf der Tagesordnung, sagt er. "
        "Herr Quandt fragt nach dem Grund.\n\n"
        "Frau Abt berichtet. Pünktlich um 19 Uhr begann die Sitzung. Frau Abt dankt allen."
    )
    assert [t._.speaker for t in doc._.turns] == ["Der Ortsvorsteher", "Quandt", "Abt", "Abt"]


def test_pronoun_opening_an_agenda_item_is_the_last_speaker(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nRatsvorsitzender Wiebe begrüßt die Anwesenden.\n\n"
        "TOP 2 Feststellung der Beschlussfähigkeit\n\nEr stellt die Beschlussfähigkeit fest.\n\n"
        "TOP 3 Bericht\n\nSie erläutert den Bericht."
    )
    assert [(t._.speaker, t.text[:8]) for t in doc._.turns] == [("Wiebe", "Ratsvors"), ("Wiebe", "Er stell")]


def test_cross_reference_before_a_sentence_and_a_party_delegate_in_brackets(nlp):
    doc = nlp(
        "Frau Ebel fragt nach dem Sportplatz.\n\n"
        "(siehe Vorlage 12/3) Die Stadträtin erläuterte ihr Konzept. "
        "Die Vertreter von SPD (Frau Dr. Marit Olde) und FDP (Herr Enno Saal) stimmten dem Konzept zu."
    )
    got = [(t._.speaker, t._.party, t.text[:8]) for t in doc._.turns]
    assert got == [("Ebel", None, "Frau Ebe"), ("Die Stadträtin", None, "Die Stad"), ("Marit Olde", "SPD", "Die Vert")]


def test_offices_with_the_verb_before_the_person_are_no_turns(nlp):
    doc = nlp(
        "Im Sozialausschuss rückt ein Mitglied der FDP nach. "
        "Bei den Grünen übernimmt Lars Wendt diese Aufgabe. "
        "Die Abgeordnete führt den Ortsrat seit 2009. "
        "Als Nachrückerin käme Frau Seidl in Frage. "
        "Bürgermeister Otte übernahm daher den Vorsitz."
    )
    assert [t._.speaker for t in doc._.turns] == ["Otte"]


def test_group_past_act_office_held_and_pronoun_after_a_conjunction(nlp):
    doc = nlp(
        "Landrat Ingo Reich eröffnete die Sitzung. "
        "Die Fraktion Bunt-Gelb hatte einen Antrag zur Geschäftsordnung gestellt. "
        "Den Vorsitz hat der Landrat seit Jahren inne. "
        "Und er verlas die betreffenden Paragraphen."
    )
    assert [(t._.speaker, t.text[:8]) for t in doc._.turns] == [("Ingo Reich", "Landrat "), ("Ingo Reich", "Und er v")]


def test_coordinated_persons_in_reported_speech(nlp):
    doc = nlp(
        "Herr Brandl stellt den Antrag vor. "
        "Frau Kaya und Herr Moll, die den Antrag vorbereitet hätten, seien leider verhindert. "
        "Bürgermeisterin Ohm und Kämmerer Petz sei es zu verdanken, dass der Antrag fertig sei."
    )
    assert [t._.speaker for t in doc._.turns] == ["Brandl"]


def test_clause_before_a_colon_copula_and_header_fields_are_no_turns(nlp):
    doc = nlp(
        "Protokollführung: Frau Wendel fr\n"
        "Herr Sauer eröffnet die Sitzung.\n\n"
        "In geheimer Wahl wurden zwei Vertreter gewählt: Tom Riedl als erster Vertreter und Eva Kranz als zweite.\n\n"
        "Aufgrund der neuen Regelung ist ja bekanntlich Herr Sauer nur noch Ortsvorsteher."
    )
    assert [t._.speaker for t in doc._.turns] == ["Sauer"]


def test_quotation_sentence_before_so_speaker(nlp):
    doc = nlp(
        "Herr Vogt eröffnet die Sitzung.\n"
        "„Ich bitte Sie um eine faire Debatte.“ – so Ratsvorsitzende Ida Marx in ihrer Rede. Sie dankte allen."
    )
    assert [(t._.speaker, t.text[:6]) for t in doc._.turns] == [("Vogt", "Herr V"), ("Ida Marx", "„Ich b")]


def test_editors_note_in_brackets_ends_the_run(nlp):
    doc = nlp(
        "Frau Lutz erläutert die neue Satzung. Die Frist laufe im Mai ab.\n"
        "(Weitere Informationen siehe Anlage 3.)\n"
        "Frau Lutz regt an, das Thema in den Fraktionen zu beraten."
    )
    assert [(t._.speaker, t.text[:8]) for t in doc._.turns] == [("Lutz", "Frau Lut"), ("Lutz", "Frau Lut")]


def test_report_of_a_person_as_the_subject(nlp):
    doc = nlp(
        "Frau Horn fragt nach dem Busverkehr.\n\n"
        "Erläuterungen vom Bürgermeister zur künftigen Kommunikation: Er werde die Bürger per Newsletter informieren."
    )
    assert [(t._.role, t.text[:8]) for t in doc._.turns] == [("council_member", "Frau Hor"), ("mayor", "Erläuter")]


def test_initial_before_surname_portfolio_stadtraetin_and_a_label_line_after_a_label(nlp):
    doc = nlp(
        "Baustadträtin R. Obermeyer-Kranz (CDU) beantwortete eine Anfrage zum Radweg.\n\n"
        "Herr Tiedke / Nordheide:\nEr bemängelt die Beleuchtung am Bahnhof.\n\n"
        "Herr Lorenzen dazu:\nDie Lampen werden im Mai ersetzt."
    )
    got = [(t._.speaker, t._.role) for t in doc._.turns]
    assert got[0] == ("R. Obermeyer-Kranz", "administration")
    assert [s for s, _ in got[1:]] == ["Tiedke", "Lorenzen"]


def test_given_name_gender_for_pronouns_and_a_shared_surname(nlp):
    doc = nlp(
        "Bürgermeister Alwin Scholl eröffnet die Sitzung.\n\n"
        "Karla Wiegand (ÖL) gratuliert ihm zum Geburtstag. Anschließend begrüßt er die neue Kämmerin.\n\n"
        "Lena Pohl (SPD) lobt den Entwurf. Jens Pohl (CDU) fragt nach dem Haushalt. "
        "„Wir brauchen Klarheit“, sagte Pohl."
    )
    got = [(t._.speaker, t.text[:8]) for t in doc._.turns]
    assert got[:3] == [("Alwin Scholl", "Bürgerme"), ("Karla Wiegand", "Karla Wi"), ("Alwin Scholl", "Anschlie")]
    assert [s for s, _ in got[3:]] == ["Lena Pohl", "Jens Pohl"]  # "sagte Pohl": the Pohl who spoke last


def test_table_rows_read_the_same_values_as_span_attributes(nlp, fixture_text):
    """The tables read span attributes straight from doc.user_data; they must be what span._ gives, and an
    attribute with a getter must still go through its getter."""
    from spacy.tokens import Span

    from ratsnlp.extensions import SpanReader
    from ratsnlp.table import decision_rows, turn_rows

    doc = nlp(fixture_text("allris_item.txt"))
    turns = list(doc._.turns)
    assert turns and doc._.decisions
    for row, t in zip(turn_rows(doc), turns):
        assert (row["speaker"], row["role"], row["stance"], row["p_support"], row["text"]) == (
            t._.speaker, t._.role or "unknown", t._.stance, t._.p_support, t.text
        )  # fmt: skip
    for row, d in zip(decision_rows(doc), doc._.decisions):
        assert (row["outcome"], row["yes"], row["decision_id"]) == (d._.outcome, d._.yes, d._.decision_id)
    Span.set_extension("test_reader_getter", getter=lambda span: span.start_char + 1)
    try:
        assert SpanReader(doc, ("test_reader_getter", "speaker"))(turns[0]) == [turns[0].start_char + 1, turns[0]._.speaker]
    finally:
        Span.remove_extension("test_reader_getter")
