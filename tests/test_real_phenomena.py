"""Phenomena of published minutes and news reports (issue #8), on invented text."""

from __future__ import annotations


def test_mayor_from_another_town_does_not_absorb_the_own_mayors_role_mentions(nlp):
    doc = nlp(
        "Der Bürgermeister eröffnet um 18 Uhr die Sitzung und heißt die Gäste willkommen.\n\n"
        "Bürgermeister Karl Muster aus Nordheim stellt die gemeinsame Kläranlage vor.\n\n"
        "Der Bürgermeister dankt Herrn Muster für den Vortrag und ruft den nächsten Punkt auf.\n"
    )
    turns = list(doc._.turns)
    assert [t._.speaker for t in turns][1] == "Karl Muster"
    assert turns[1]._.role == "guest"
    assert turns[2]._.speaker != "Karl Muster" and turns[2]._.role == "mayor"


def test_affiliation_abbreviation_matches_only_as_a_whole_word():
    from ratsnlp.segment.names import affiliation_role

    assert affiliation_role("StA 66") == "administration"
    assert affiliation_role("Stand der Planung") is None
    assert affiliation_role("Start-Ziel-Lauf") is None
    assert affiliation_role("Stadtverwaltung") == "administration"  # a keyword of its own, not the abbreviation


def test_gender_star_colon_and_underscore_forms_match_the_role_noun(nlp):
    from ratsnlp.segment.mentions import ungendered

    doc = nlp(
        "Stadträt*in Anna Probe (SPD) fragt nach dem Radweg.\n\n"
        "Die Verwaltung sagt eine Prüfung zu.\n\n"
        "Ein*e Anwohner*in fragt nach dem Lärmschutz an der Schule.\n\n"
        "Stadträt:in Eva Muster (CDU) fragt nach der Beleuchtung.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [
        ("Anna Probe", "council_member"),
        ("Ein*e Anwohner*in", "public"),
        ("Eva Muster", "council_member"),
    ]
    reported = nlp(
        "BV Muster hält den Neubau für zu hoch. Die Anwohner*innen hätten zu Recht den Eindruck, dass zu dicht gebaut werde.\n\n"
        "BD Probe fragt nach der Buslinie.\n"
    )
    assert [t._.speaker for t in reported._.turns] == ["Muster", "Probe"]  # a group's view, reported: no turn
    # plurals become the plural word the lexicon may list; offsets stay
    assert ungendered("Die Bürger_innen, Vertreter:innen und Anwohner*innen.") == "Die Bürgerinnen,  Vertreterinnen  und Anwohnerinnen. "
    assert ungendered("um 10:30 Uhr, der*die Vorsitzende") == "um 10:30 Uhr, der*die Vorsitzende"

def _turns(doc) -> list[tuple[str, str]]:
    return [(t._.speaker, t.text[:25]) for t in doc._.turns]


def test_inline_label_in_prose_is_one_quotation_not_a_verbatim_transcript(nlp):
    doc = nlp(
        "Im Rat ging es hoch her. Gemeinderätin Anna Probe (AB) war mit dem Protokoll nicht einverstanden. "
        'Probe: "So war das nicht gemeint." Bürgermeister Karl Muster (XY) widersprach energisch. '
        "Gemeinderat Ben Beispiel (AB) zitierte danach die Geschäftsordnung."
    )
    assert [t._.speaker for t in doc._.turns][-3:] == ["Anna Probe", "Karl Muster", "Ben Beispiel"]
    assert doc._.turns[-3].text.startswith("Probe:")


def _decisions(doc) -> list[tuple]:
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain, d.text[:12]) for d in doc._.decisions]


def test_status_header_gives_its_counts_to_the_resolution_below_the_debate(nlp):
    doc = nlp(
        "Beschluss: Mehrheitlich zugestimmt\n\n"
        "Abstimmung: Ja: 14, Nein: 3, Enthaltungen: 1\n\n"
        "Herr Muster erklärt, dass seine Fraktion den Bericht nicht mittragen könne.\n\n"
        "Der Vorsitzende lässt über die Änderung der Satzung abstimmen.\n\n"
        "Die Änderung der Satzung wird mehrheitlich beschlossen.\n"
    )
    assert _decisions(doc) == [("accepted", False, 14, 3, 1, "Die Änderung")]


def test_result_line_after_the_debate_is_the_vote_on_the_resolution_above(nlp):
    doc = nlp(
        "Beschluss:\n\nDer Punkt wird auf die nächste Sitzung vertagt.\n\n\n"
        "Protokoll:\n\nKreistagsmitglied Muster erklärte, dass seine Fraktion noch Beratungsbedarf sehe.\n\n"
        "Kreistagsmitglied Probe wies darauf hin, dass die Unterlagen erst gestern kamen.\n\n\n"
        "Abstimmungsergebnis:\n\neinstimmig\n"
    )
    assert _decisions(doc) == [("postponed", True, None, 0, 0, "Beschluss:\n\n")]
    assert [t._.speaker for t in doc._.turns] == ["Muster", "Probe"]


def test_speaker_with_a_comma_apposition_after_the_proposal_opens_a_turn(nlp):
    doc = nlp(
        "Beschlussvorschlag:\n\n"
        "Kenntnisnahme des Jahresberichts der Kreisverwaltung\n\n\n"
        "Herr Muster, XY-Fraktion, erklärt, dass seine Fraktion den Bericht mitträgt.\n\n"
        "Frau Dr. Probe, Fraktion AB, befürwortet eine Aussprache im Herbst.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Muster", "Probe"]


def test_body_inside_a_prepositional_phrase_is_not_the_acting_body(nlp):
    doc = nlp(
        "Die Präsidentin gibt bekannt, dass Herr Muster neu in die Bürgerschaft gewählt wurde.\n\n"
        "Die Bürgerschaft nimmt den Bericht zur Kenntnis.\n\n"
        "Die Präsidentin teilt mit, dass Anträge aus der Bürgerschaft schriftlich einzureichen sind.\n\n"
        "Herr Max Muster und Frau Eva Probe, die in die Bürgerschaft gewählt wurden, scheiden aus dem Beirat aus.\n\n"
        "So werden Eingaben aus der Bürgerschaft künftig in den Fachausschüssen beraten.\n"
    )
    assert [(d._.outcome, d.text) for d in doc._.decisions] == [("noted", "Die Bürgerschaft nimmt den Bericht zur Kenntnis.")]
    assert doc._.turns[0].text.endswith("gewählt wurde.")  # the decision ends her turn


def test_a_body_named_in_a_relative_clause_makes_no_decision_sentence():
    from ratsnlp.tag.decisions import sentence_role

    sentence = "Herr Max Muster und Frau Eva Probe, die in die Bürgerschaft gewählt wurden, scheiden aus dem Beirat aus."
    assert sentence_role(sentence, "plain", None) is None
    assert sentence_role("Abschließend wird der Antrag von der Bürgerschaft einstimmig angenommen.", "plain", None) == "statement"


def test_party_in_a_comma_apposition_faction_and_local_list(nlp):
    doc = nlp(
        "Herr Dr. Muster, Fraktion DIE LINKE, erklärt, dass er dem Bericht zustimmt.\n\n"
        "Anna Probe, ABC, weist darauf hin, dass die Unterlagen unvollständig sind.\n\n"
        "Herr Beispiel, XYZ/Freie Wähler, erklärt, dass seine Gruppe sich enthält.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [
        ("Muster", "Linke"),
        ("Anna Probe", "ABC"),
        ("Beispiel", "XYZ/Freie Wähler"),
    ]


def test_verbless_surname_party_labels_in_a_report(nlp):
    doc = nlp(
        "Zum Antrag gab es eine kurze Aussprache. Muster, XY, da gehen wir nicht mit, das kostet zu viel. "
        "Probe, SPD: Wir brauchen erst ein Gutachten. Beispiel, CDU, alles schon einmal dagewesen, "
        "nichts Neues im Antrag."
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Probe", "SPD"), ("Beispiel", "CDU")]
    assert doc._.turns[0].text.startswith("Probe, SPD:")


def test_vocative_clause_after_a_name_is_no_affiliation(nlp):
    doc = nlp("Frau Probe (CDU) fragt nach dem Stand. Herr Muster (SPD) antwortet: Frau Probe, dieses Amt hat Ihren Antrag nie erhalten.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Probe", "council_member"), ("Muster", "council_member")]
    assert doc._.speakers["probe"]["affiliations"] == []


def test_roster_group_in_front_of_the_name_gives_the_chair(nlp):
    doc = nlp(
        "Anwesend\n"
        "als Vorsitzender Herr Muster\n"
        "als Ausschussmitglieder Herr Dr. Probe\n"
        "Frau Beispiel\n"
        "Herr Exempel\n\n"
        "1. Allgemeines\n\n"
        "Der Vorsitzende ruft die Anfragen der Mitglieder auf.\n"
    )
    roles = {e["surname"]: e["group_role"] for e in doc._.roster}
    assert roles == {"Muster": "chair", "Probe": "council_member", "Beispiel": "council_member", "Exempel": "council_member"}
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Muster", "chair")]


def test_member_who_takes_the_chair_by_age_is_the_later_chair_by_role_noun(nlp):
    doc = nlp(
        "TOP 1: Eröffnung durch den Altersvorsitzenden\n\n"
        "Es wird festgestellt, dass Herr Max Muster das älteste Mitglied ist.\n"
        "Ratsherr Muster übernimmt nun den Altersvorsitz.\n\n"
        "TOP 2: Amtseinführung\n\n"
        "Der Altersvorsitzende führt Bürgermeisterin Eva Probe in ihr Amt ein.\n\n"
        "Danach leitet die Bürgermeisterin die Sitzung.\n"
    )
    got = [(t._.speaker, t._.role) for t in doc._.turns]
    assert got[:2] == [("Max Muster", "chair"), ("Max Muster", "chair")]


def test_names_with_online_marks_are_an_attendance_line_not_speakers(nlp):
    doc = nlp(
        "Vom Beirat\n\n"
        "Max Muster (online) Eva Probe (online)\n\n"
        "Dr. Karl Beispiel (online) Anna Exempel (online) Otto Weber\n\n"
        "TOP 1: Genehmigung der Tagesordnung\n\n"
        "Jan Schulz eröffnet um 17 Uhr die Sitzung.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Jan Schulz"]


def test_speaker_named_after_reported_content(nlp):
    doc = nlp(
        "Das habe die Bürgermeisterin schon im Frühjahr veranlasst, warf Karl Muster (XY) ein und hielt den Antrag für unnötig.\n"
        "Der Antrag wurde bei zwei Enthaltungen angenommen.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Karl Muster", "XY")]


def test_land_dependent_role_nouns_without_party(nlp):
    ni = nlp(
        "Ratsvorsitzender Muster eröffnet die Sitzung.\n\n"
        "Beigeordneter Probe hält eine zweite Lesung für sinnvoll.\n"
    )
    assert [(t._.speaker, t._.role) for t in ni._.turns] == [("Muster", "chair"), ("Probe", "council_member")]
    sn = nlp(
        "Die Stadträte Muster und Probe kommen verspätet. Damit sind 22 Stadträte anwesend.\n\n"
        "Stadtrat Beispiel weist darauf hin, dass der Haushalt noch fehlt.\n"
    )
    assert [(t._.speaker, t._.role) for t in sn._.turns] == [("Beispiel", "council_member")]


def test_hyphenated_given_name_at_the_sentence_start(nlp):
    doc = nlp("Die Sitzung beginnt pünktlich. Karl-Heinz Muster stellt den Bericht vor. Anna Probe stimmt dem zu.")
    assert [t._.speaker for t in doc._.turns] == ["Karl-Heinz Muster", "Anna Probe"]


def test_an_earlier_apology_is_no_contribution(nlp):
    doc = nlp(
        "Stadträtin Eva Probe fragt, ob sich Herr Karl-Heinz Muster entschuldigt habe. "
        "Muster hatte sich vorab schriftlich entschuldigt."
    )
    assert [t._.speaker for t in doc._.turns] == ["Eva Probe"]


def test_moving_the_following_motion_is_a_member_act(nlp):
    doc = nlp("Die Vorsitzende eröffnet die Sitzung.\n\nJan Muster stellt den gemeinsamen Antrag seiner Gruppe vor.\n")
    assert [(t._.speaker, t._.role) for t in doc._.turns][-1] == ("Jan Muster", "council_member")


def test_members_named_after_a_plural_role_noun_speak_jointly(nlp):
    doc = nlp(
        "Stadträtin Eva Muster (AB) erklärt, dass sie nicht zustimmt. Die Stadträte Probe und Beispiel bitten "
        "gemeinsam um eine Ortsbesichtigung vor der Entscheidung. Stadträtin Muster ergänzt, dass es eilt."
    )
    assert [t._.speaker for t in doc._.turns] == ["Eva Muster", "Probe", "Eva Muster"]


def test_local_list_acronym_after_fuer_die(nlp):
    doc = nlp("Anna Probe (CDU) lehnt den Antrag ab. Karl Muster begründet den Antrag für die ABC und bittet um Zustimmung.")
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Anna Probe", "CDU"), ("Karl Muster", "ABC")]


def test_the_head_of_the_municipality_is_the_mayor(nlp):
    doc = nlp("Gemeinderat Max Muster (AB) fragte nach den Kosten. Das Gemeindeoberhaupt sagte eine Antwort bis Mai zu.")
    assert [(t._.speaker, t._.role) for t in doc._.turns][-1] == ("Das Gemeindeoberhaupt", "mayor")


def test_typo_honorific_her_opens_a_turn(nlp):
    doc = nlp("Frau Probe fragt nach dem Zeitplan. Her Muster macht deutlich, dass die Planung laufe.")
    assert [t._.speaker for t in doc._.turns] == ["Probe", "Muster"]


def test_honorific_followed_by_a_lower_case_word_is_no_speaker(nlp):
    doc = nlp("Frau Probe fragt nach dem Zeitplan. Herr mit dem Hut macht deutlich, dass die Planung laufe.")
    assert [t._.speaker for t in doc._.turns] == ["Probe"]


def test_resolution_glued_to_the_item_title_on_one_line_is_a_decision(nlp):
    doc = nlp(
        "Herr Muster eröffnet die Sitzung.\n\n"
        "TOP 2 Genehmigung der Niederschrift vom 03.02.2022 Die Niederschrift vom 03.02.2022 wird genehmigt.\n\n"
        "TOP 3 Anfrage der Fraktion Die Linke\n\nFrau Probe erläutert die Anfrage.\n"
    )
    assert [(d._.outcome, d.text[:15]) for d in doc._.decisions] == [("accepted", "Die Niederschri")]
    assert [t._.speaker for t in doc._.turns] == ["Muster", "Probe"]


def test_a_members_own_view_of_a_vote_is_no_decision_and_does_not_split_the_turn(nlp):
    doc = nlp(
        "Ratsfrau Muster kündigt an, gegen die Genehmigung der Niederschrift zu stimmen. Ihrer Erinnerung nach "
        "lautete das Ergebnis 7 Ja-Stimmen und 7 Nein-Stimmen. Bei Gleichstand wäre die Vorlage damals abgelehnt worden.\n\n"
        "Außerdem fordert sie mehr Sorgfalt bei der Auszählung. Der Vorsitzende sagt dies zu.\n\n"
        "Die Niederschrift wird mit 10 Ja-Stimmen und 2 Nein-Stimmen genehmigt.\n"
    )
    assert [(d._.outcome, d._.yes) for d in doc._.decisions] == [("accepted", 10)]
    assert [t._.speaker for t in doc._.turns] == ["Muster", "Der Vorsitzende"]


def test_roster_entry_with_an_academic_title_before_the_surname_gives_the_party(nlp):
    doc = nlp(
        "Anwesend:\n\n"
        "   Muster, Karl          SPD\n"
        "   Dr. Probe, Anna       CDU\n\n"
        "Frau Dr. Probe dankt der Verwaltung für die Vorlage.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Probe", "CDU")]


def test_listed_member_who_opens_the_meeting_chairs_it(nlp):
    doc = nlp(
        "Anwesend:\n\n"
        "   Muster, Karl          SPD\n"
        "   Probe, Anna           CDU\n\n"
        "Frau Probe eröffnet die Sitzung und verliest die Tagesordnung.\n\n"
        "Herr Muster fragt nach dem Stand der Planung.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Probe", "chair"), ("Muster", "council_member")]


def test_attendance_list_ends_at_the_first_sentence_someone_speaks_in(nlp):
    # no agenda heading after the list: the short opening sentence is the minutes, not another attendee
    doc = nlp(
        "Anwesend:\n\n"
        "   Muster, Karl          SPD\n"
        "   Probe, Anna           CDU\n\n"
        "Frau Probe eröffnet die Sitzung.\n\n"
        "Herr Muster fragt nach dem Stand der Planung.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Probe", "chair"), ("Muster", "council_member")]
    assert sorted(e["surname"] for e in doc._.roster) == ["Muster", "Probe"]


def test_hessian_stv_abbreviation_with_dot_names_a_member_and_does_not_end_the_sentence(nlp):
    doc = nlp(
        "StV. Muster (FWG) stellt den Antrag, die Vorlage von der Tagesordnung zu nehmen. "
        "Stadtverordnetenvorsteher Probe lässt über den Antrag abstimmen."
    )
    assert [(t._.speaker, t._.role, t._.party) for t in doc._.turns] == [
        ("Muster", "council_member", "FWG"),
        ("Probe", "chair", None),
    ]


def test_birth_name_abbreviation_does_not_split_the_sentence(nlp):
    doc = nlp("Er folgt auf Frau Anna Muster, geb. Probe, die ihr Mandat niedergelegt hat. Herr Test fragt nach.")
    assert [s.text[:9] for s in doc.spans["rn_sentences"]] == ["Er folgt ", "Herr Test"]


def test_saarland_ortsrat_member_abbreviation_orm_is_a_council_member(nlp):
    doc = nlp(
        "OV Muster berichtet, dass die nächste Sitzung im Bürgerhaus stattfinde.\n\n"
        "ORM Probe spricht die Einrichtung einer Bürgersprechstunde an. Sie wünscht eine Abstimmung darüber."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Muster", "mayor"), ("Probe", "council_member")]


def test_given_name_variant_keeps_the_surname_in_a_comma_apposition(nlp):
    doc = nlp(
        "Die Fraktionschefin, Frau Cathrin Probe, stellte den Antrag, den Punkt öffentlich zu beraten. "
        "Frau Probe argumentierte, dass der Punkt schon öffentlich behandelt worden sei."
    )
    assert [t._.speaker for t in doc._.turns] == ["Cathrin Probe"]


def test_deferral_to_the_next_meeting_of_a_named_body_is_postponed(nlp):
    doc = nlp("Der Ausschuss beschließt einstimmig, den Punkt in der nächsten Sitzung des Beirates zu beraten.")
    assert [(d._.outcome, d._.unanimous) for d in doc._.decisions] == [("postponed", True)]


def test_ceremony_told_in_the_passive_ends_the_turn_so_the_later_quote_is_a_new_turn(nlp):
    doc = nlp(
        "Landrat Max Muster begrüßte die Mitglieder des Kreistages. Die Wahlperiode endet 2029. "
        "Darüber hinaus wurden ehemalige Mitglieder geehrt und verabschiedet. Im Kreistag sind fünf Fraktionen vertreten. "
        "„Wir brauchen eine gute Streitkultur“, sagte Landrat Max Muster. Vieles finde nur noch im Netz statt."
    )
    assert [t.text[:12] for t in doc._.turns] == ["Landrat Max ", "„Wir brauche"]


def test_a_plan_for_a_named_person_is_no_contribution_of_that_person(nlp):
    doc = nlp(
        "Für den Bezirk Ost, berichtete Ortsvorsteherin Anna Muster, habe sich niemand gefunden. "
        "Karl Probe von der Höhe soll künftig für beide Bezirke zuständig sein und sie leiten. Der Stadtrat entscheidet darüber."
    )
    assert [t._.speaker for t in doc._.turns] == ["Anna Muster"]


def test_a_dash_in_a_vote_table_counts_as_none(nlp):
    doc = nlp(
        "Der Gemeinderat bestätigt die Tagesordnung.\n\nAbstimmungsergebnis:\n\n"
        "Ja-Stimmen: 28\n\nNein-Stimmen: -\n\nStimmenthaltung: -\n"
    )
    assert [(d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions] == [(True, 28, 0, 0)]


def test_a_motion_that_found_a_majority_is_accepted(nlp):
    doc = nlp("Der Antrag der Fraktion, der mit 21 Ja-Stimmen eine Mehrheit fand, wird umgesetzt. Der Antrag fand keine Mehrheit.")
    assert [(d._.outcome, d._.yes) for d in doc._.decisions] == [("accepted", 21), ("rejected", None)]

def test_civil_service_rank_and_press_word_for_the_head_of_finance_are_staff(nlp):
    doc = nlp(
        "Ortsbürgermeister Muster eröffnet die Aussprache. "
        "Stadtoberamtsrat Probe machte deutlich, dass der Entwurf noch geändert werde. "
        "Der Finanzchef, Herr Beispiel, erläutert danach den Jahresabschluss."
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns][-2:] == [("Probe", "administration"), ("Beispiel", "administration")]


def test_resident_named_by_where_they_live_is_public(nlp):
    doc = nlp("Im Ausschuss meldete sich Dorfbewohner Max Muster zu Wort. Er fordert eine Ampel am Ortseingang.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Max Muster", "public")]


def test_separable_rejection_across_a_date_and_a_negated_granting_are_rejections(nlp):
    doc = nlp(
        "Der Kreistag lehnte mehrheitlich bei 4 Gegenstimmen den Antrag der Gruppe vom 03.05.2021 auf eine Resolution ab.\n\n"
        "Mehrheitlich wurde dem Antrag der Fraktion durch den Rat nicht entsprochen.\n"
    )
    assert [d[:4] for d in _decisions(doc)] == [("rejected", False, None, 4), ("rejected", False, None, None)]


def test_late_arrival_of_two_members_is_no_contribution(nlp):
    doc = nlp("Frau Muster (AB) und Herr Probe (XY) kamen später. Der Bürgermeister eröffnet die Sitzung.")
    assert [t._.speaker for t in doc._.turns] == ["Der Bürgermeister"]


def test_registered_association_in_brackets_is_a_guest_even_when_a_word_starts_like_an_office(nlp):
    doc = nlp("Frau Muster (Stadtteilarchiv Beispielhausen e.V.) berichtet über das Projekt. Die Führungen seien gut besucht.")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Muster", "guest")]


def test_quantifier_opening_a_report_sentence_is_no_given_name(nlp):
    doc = nlp(
        "Viel Diskussion gab es zur Ausschreibung der Verwaltung. "
        "Wenig Verständnis zeigte die Fraktion für die Eile. Ratsherr Muster fragt nach den Kosten."
    )
    assert [t._.speaker for t in doc._.turns] == ["Muster"]


def test_abstentions_glued_to_their_count_in_a_vote_table(nlp):
    doc = nlp("Abstimmung:\n\nJa 2\n\nNein 6\n\nEnthaltung3\n\nDer Antrag ist abgelehnt.\n")
    assert [d[:5] for d in _decisions(doc)] == [("rejected", False, 2, 6, 3)]


# --- decisions as published minutes phrase them (issue #8; invented examples) ---


def _votes(doc) -> list[tuple]:
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_tallies_written_with_zu_in_words_and_compact_in_brackets(nlp):
    doc = nlp(
        "Der Antrag auf Verlegung der Haltestelle wird mit sieben zu fünf Stimmen angenommen.\n\n"
        "Mit 9 zu 5 Stimmen entscheidet sich der Ausschuss für die zweite Variante.\n\n"
        "Der Rat stimmt der Änderung der Gebührensatzung zu (30/11/2).\n"
    )
    assert _votes(doc) == [("accepted", False, 7, 5, 0), ("accepted", False, 9, 5, 0), ("accepted", False, 30, 11, 2)]


def test_abbreviated_result_label_with_counts_and_consequence(nlp):
    doc = nlp(
        "Die Vorsteherin lässt über den Änderungsantrag abstimmen.\n\n"
        "Abst.-Erg.: 4 dafür, 19 dagegen, 2 Enthaltungen – damit abgelehnt.\n"
    )
    assert _votes(doc) == [("rejected", False, 4, 19, 2)]


def test_agentless_consent_and_agreement_after_a_fronted_phrase(nlp):
    doc = nlp(
        "Herr Lorenz erläutert den Antrag seiner Fraktion.\n\n"
        "Dem wird ohne Gegenstimme entsprochen.\n\n"
        "Frau Brandt berichtet über die Parkplatzplanung.\n\n"
        "Nach kurzer Aussprache wird vereinbart, die Zahl der Stellplätze zu halbieren.\n"
    )
    assert [(d._.outcome, d.text[:12]) for d in doc._.decisions] == [("accepted", "Dem wird ohn"), ("accepted", "Nach kurzer ")]


def test_separable_postponement_verbs(nlp):
    doc = nlp(
        "Die Bezirksvertretung stellt den Tagesordnungspunkt einvernehmlich zurück.\n\n"
        "Der Ausschuss verschiebt die Entscheidung auf die nächste Sitzung.\n\n"
        "Frau Brandt stellt ihre Bedenken zurück und lobt die Vorlage.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["postponed", "postponed"]


def test_a_vote_on_the_next_motion_under_its_own_heading_is_a_second_decision(nlp):
    doc = nlp(
        "Abstimmung über den Änderungsantrag der XY-Fraktion:\n"
        "Der Änderungsantrag wird gegen die Stimmen von AB und XY abgelehnt.\n"
        "Abstimmung über die Vorlage:\n"
        "Ja: 8   Nein: 3   Enthaltung: 0\n"
    )
    assert _votes(doc) == [("rejected", False, None, None, None), ("accepted", False, 8, 3, 0)]


def test_the_same_result_again_is_a_decision_of_its_own_with_the_counts_before(nlp):
    doc = nlp(
        "Der Antrag der AB-Fraktion wird mit 10 zu 4 Stimmen angenommen. "
        "Mit demselben Ergebnis wird der Antrag der XY-Fraktion angenommen.\n"
    )
    assert _votes(doc) == [("accepted", False, 10, 4, 0)] * 2


def test_verbless_result_lines_are_decisions_and_end_the_turn_before(nlp):
    doc = nlp(
        "TOP 4 Antrag Radweg\n\nHerr Lorenz begründet den Antrag.\n\n-> Antrag abgelehnt\n\n"
        "TOP 5 Bericht\n\nFrau Brandt stellt den Bericht vor.\n\neinstimmig zur Kenntnis genommen\n\n"
        "TOP 6 Bauantrag\n\nBauantrag Am Anger 7: Einvernehmen erteilt (9/0/0)\n\n"
        "TOP 7 Verschiedenes\n\nTOP 8 abgesetzt (siehe TOP 2)\n"
    )
    assert _votes(doc) == [("rejected", None, None, None, None), ("noted", True, None, 0, 0), ("accepted", True, 9, 0, 0)]
    assert [t.text for t in doc._.turns] == ["Herr Lorenz begründet den Antrag.", "Frau Brandt stellt den Bericht vor."]


def test_a_status_line_labelled_beratungsergebnis_is_the_status_of_the_resolution(nlp):
    doc = nlp(
        "Beratungsergebnis: mehrheitlich beschlossen\n\n"
        "Beschluss:\n\nDer Ausschuss beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
        "Abstimmungsergebnis: 9 Ja, 2 Nein\n"
    )
    assert [(d._.outcome, d._.yes, d._.no, d._.status_text) for d in doc._.decisions] == [
        ("accepted", 9, 2, "Beratungsergebnis: mehrheitlich beschlossen")
    ]


def test_decisions_of_earlier_sessions_told_in_narration_are_not_decisions_of_this_meeting(nlp):
    doc = nlp(
        "Der Gemeinderat hatte in seiner Sitzung im März die Vergabe der Planung beschlossen. "
        "Frau Brandt berichtet über den Stand.\n\n"
        "Diesen Plan hat der Kreistag im Mai beschlossen. Herr Lorenz fragt nach den Kosten.\n\n"
        "Vor zwei Jahren wurde der Bebauungsplan aufgestellt und beschlossen. Frau Brandt ergänzt die Zahlen.\n\n"
        "Der Bauausschuss hat die Vorlage bereits vorberaten und einstimmig empfohlen.\n\n"
        "Der Antrag war in der letzten Sitzung vertagt worden.\n\n"
        "Nachdem der Ausschuss die Pause beendet hatte, wurde der Antrag mit 9 zu 2 Stimmen angenommen.\n\n"
        "Der Gemeinderat beschließt, die Straße im Mai zu sanieren.\n"
    )
    assert [(d._.outcome, d.text[:10]) for d in doc._.decisions] == [("accepted", "Nachdem de"), ("accepted", "Der Gemein")]


def test_more_result_phrasings_and_their_counts(nlp):
    doc = nlp(
        "TOP 1 Antrag Spielplatz\n\nDem Antrag wird einstimmig gefolgt.\n\n"
        "TOP 2 Antrag Sitzbank\n\nDer Antrag wird mit 12 Für- und 3 Gegenstimmen angenommen.\n\n"
        "TOP 3 Antrag Tempo 30\n\nDer Antrag wird bei Stimmengleichheit (6:6) abgelehnt.\n\n"
        "TOP 4 Zuschuss Sportverein\n\nZustimmung: einstimmig\n\n"
        "TOP 5 Vergabe Winterdienst\n\nAbstimmungsergebnis: 7 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen\n"
    )
    assert _votes(doc) == [
        ("accepted", True, None, 0, 0), ("accepted", False, 12, 3, 0), ("rejected", False, 6, 6, 0),
        ("accepted", True, None, 0, 0), ("accepted", True, 7, 0, 2),
    ]


def test_ballots_told_in_prose_and_a_tie_settled_by_lot(nlp):
    doc = nlp(
        "TOP 1 Wahl des Schriftführers\n\nIn geheimer Wahl entfallen auf Frau Petri 14 Stimmen und auf Herrn Lang 9 Stimmen. "
        "Damit ist Frau Petri gewählt.\n\n"
        "TOP 2 Wahl der Stellvertretung\n\nGewählt ist Herr Lang mit 15 Stimmen.\n\n"
        "TOP 3 Wahl des Kassenprüfers\n\nBeide Bewerber erhielten in der Wahl jeweils sechs Stimmen. "
        "Anschließend entschied das Los zugunsten von Frau Ott.\n\n"
        "TOP 4 Bericht\n\nDie Partei erhielt bei der Kommunalwahl 1.200 Stimmen mehr als zuvor, berichtet Herr Lang.\n"
    )
    assert [(d._.outcome, d._.unanimous, d._.yes, d._.no, d.text[:8]) for d in doc._.decisions] == [
        ("accepted", False, 14, 9, "In gehei"), ("accepted", None, 15, None, "Gewählt "), ("accepted", False, None, None, "Anschlie"),
    ]


def test_no_objection_raised_is_consent_except_to_the_agenda_as_sent(nlp):
    doc = nlp(
        "Gegen die Tagesordnung werden keine Einwände erhoben.\n\n"
        "Herr Lorenz beantragt, den Punkt 6 abzusetzen.\n\n"
        "Einwände gegen das Absetzen des Punktes werden nicht erhoben.\n"
    )
    assert [(d._.outcome, d._.unanimous, d.text[:22]) for d in doc._.decisions] == [("accepted", True, "Einwände gegen das Abs")]


def test_header_line_with_the_decision_type_is_the_status_or_the_only_record(nlp):
    head = "TOP: Ö 4\nGremium: Bauausschuss\tBeschlussart: vertagt\nDatum: Di, 04.03.2025\tStatus: öffentlich\n\n"
    alone = nlp(head + "Wortprotokoll\n\nHerr Lorenz bittet um mehr Zeit für die Beratung in den Fraktionen.\n")
    assert [(d._.outcome, d.text[:8]) for d in alone._.decisions] == [("postponed", "Gremium:")]
    both = nlp(head + "Beschluss:\n\nDer Bauausschuss vertagt die Beratung einstimmig.\n")
    assert [(d._.outcome, d._.status_text) for d in both._.decisions] == [("postponed", "Gremium: Bauausschuss Beschlussart: vertagt")]


def test_abstention_of_a_group_is_no_unanimous_vote_and_a_tally_decides_whatever_the_verb(nlp):
    doc = nlp(
        "TOP 1 Dringlichkeitsantrag Schulbus\n\nDer Dringlichkeitsantrag wird bei Enthaltung durch die XY-Fraktion beschlossen.\n\n"
        "TOP 2 Wahl der Stellvertreter\n\n"
        "Die beiden Bewerber setzten sich jeweils mit sechs zu drei Stimmen gegen die Mitbewerberin durch.\n"
    )
    assert _votes(doc) == [("accepted", False, None, None, None), ("accepted", False, 6, 3, 0)]
    assert doc._.decisions[0]._.abstain_groups == "XY-Fraktion"


def test_groups_voting_with_their_own_verbs(nlp):
    doc = nlp(
        "Die Vorsitzende lässt über den Antrag abstimmen.\n\n"
        "Dafür stimmten AB, XY und Liste Q, dagegen CD und EF, die GH enthielt sich.\n"
    )
    d = doc._.decisions[0]
    assert (len(doc._.decisions), d._.outcome, d._.unanimous) == (1, "accepted", False)
    assert (d._.for_groups, d._.against_groups, d._.abstain_groups) == ("AB|XY", "CD|EF", "GH")


def test_another_bodys_decision_told_in_the_perfect_is_background(nlp):
    doc = nlp(
        "TOP 1 Kreisumlage\n\nDer Kreistag hat die Erhöhung der Kreisumlage beschlossen.\n\n"
        "Der Gemeinderat nimmt dies zur Kenntnis.\n\n"
        "TOP 2 Bericht\n\nDer Ausschuss hat den Bericht zur Kenntnis genommen.\n"
    )
    assert [(d._.outcome, d.text[:14]) for d in doc._.decisions] == [("noted", "Der Gemeindera"), ("noted", "Der Ausschuss ")]


def test_a_report_in_the_past_keeps_its_decisions_one_per_sentence(nlp):
    doc = nlp("Der Stadtrat hat am Dienstag den Haushalt beschlossen. Außerdem hat der Stadtrat die Satzung beschlossen.")
    assert [d.text[:14] for d in doc._.decisions] == ["Der Stadtrat h", "Außerdem hat d"]


def test_per_faction_table_aligned_with_spaces_gives_the_totals(nlp):
    doc = nlp(
        "TOP 3 Vergabe\n\nDer Rat stimmt der Vergabe zu.\n\n"
        "Abstimmungsergebnis:\n            Ja   Nein   Enthaltung\n"
        "AB           7      0            0\nXY           0      3            0\nCD           0      0            1\n\n"
        "TOP 4 Verschiedenes\n\nHerr Lorenz fragt nach dem Winterdienst.\n"
    )
    assert _votes(doc) == [("accepted", False, 7, 3, 1)]
    assert doc._.decisions[0]._.abstain_groups is None  # the header's "Enthaltung" is no party-list vote


def test_a_nominal_line_above_a_bullet_result_is_what_was_voted_on(nlp):
    doc = nlp(
        "Stadtrat, 14. Sitzung\n\n"
        "• Verweisung in den Kulturausschuss\n  • Abstimmung (30/0/0)\n  • Vertagt\n  • 4.2\n  • Zurückgezogen\n  • 4.3\n\n"
        "Genehmigung der Niederschrift der Sitzung vom 03.02.2022\n\n  • Abstimmung (29/0/1)\n"
    )
    assert [(d._.outcome, d._.yes, d.text[:12]) for d in doc._.decisions] == [
        ("referred", 30, "• Verweisung"), ("postponed", None, "• Vertagt"), ("withdrawn", None, "• Zurückgezo"),
        ("accepted", 29, "Genehmigung "),
    ]


def test_a_member_recalling_a_vote_is_no_decision_the_chairs_declaration_is(nlp):
    doc = nlp(
        "Herr Lorenz erinnert daran, dass der Antrag im Ausschuss mit 5:4 Stimmen abgelehnt wurde.\n\n"
        "Die Vorsitzende stellt fest, dass der Antrag einstimmig angenommen ist.\n\n"
        "TOP 5 Anträge zum Radverkehr\n\n"
        "Der Antrag der AB-Fraktion wird angenommen. Mit demselben Ergebnis wird der Antrag der XY-Fraktion angenommen.\n"
    )
    assert [(d._.outcome, d.text[:12]) for d in doc._.decisions] == [
        ("accepted", "Die Vorsitze"), ("accepted", "Der Antrag d"), ("accepted", "Mit demselbe"),
    ]


def test_motions_reported_speech_and_the_chairs_verbatim_result(nlp):
    doc = nlp(
        "Stadtverordneter Lorenz (AB) hält die Vorlage für verfrüht. Er beantragt, die Vorlage zu vertagen.\n\n"
        "Der Plan sei nach Auskunft des Amtes mehrheitlich abgestimmt und werde im Mai fertig.\n\n"
        "Vorsteherin Brandt: Wer der Überweisung zustimmt, den bitte ich um das Handzeichen. "
        "Das ist die Mehrheit gegen die Stimmen der XY-Fraktion. Der Antrag ist in den Kulturausschuss überwiesen.\n"
    )
    assert [(d._.outcome, d._.against_groups, d.text[:12]) for d in doc._.decisions] == [("referred", "XY-Fraktion", "Das ist die ")]


def test_appointments_stances_of_the_body_and_a_bracketed_result_after_the_resolution(nlp):
    doc = nlp(
        "TOP 1 Schriftführung\n\nFrau Ott wird einstimmig als Schriftführerin bestellt.\n\n"
        "TOP 2 Antrag Parkplatz\n\nDer Ausschuss spricht sich mehrheitlich gegen den Antrag aus.\n\n"
        "TOP 3 Hauptsatzung\n\nDer Ortschaftsrat spricht sich einstimmig gegen den Entwurf der Hauptsatzung aus.\n\n"
        "TOP 4 Satzung\n\nDer Rat fasst folgenden Beschluss: Die Satzung wird beschlossen. (Abstimmung: einstimmig)\n"
    )
    assert [(d._.outcome, d._.unanimous) for d in doc._.decisions] == [
        ("accepted", True), ("rejected", False), ("accepted", True), ("accepted", True),
    ]


def _roles_parties(doc) -> list[tuple[str, str, str | None]]:
    return [(t._.speaker, t._.role, t._.party) for t in doc._.turns]


def test_a_group_named_after_the_word_gruppe_is_its_list(nlp):
    doc = nlp(
        "Der Kreistagsvorsitzende erteilte Kreistagsabgeordneter Probe, Gruppe XY/QZ, das Wort.\n\n"
        "Kreistagsabgeordnete Probe stellte den Antrag der Gruppe XY/QZ vor.\n"
    )
    assert ("Probe", "council_member", "XY/QZ") in _roles_parties(doc)


def test_a_faction_chair_takes_the_party_of_the_sentence_before(nlp):
    doc = nlp(
        "Zustimmung kam von der SPD, eine Absage dagegen von XY/QZ. "
        "Fraktionschef Otto Beispiel schlug vor, den Punkt im Fachausschuss zu beraten.\n"
    )
    assert _roles_parties(doc) == [("Otto Beispiel", "council_member", "XY/QZ")]
    doc = nlp("Den Antrag hatte die CDU eingebracht. Die Begründung lieferte der Fraktionsvorsitzende Karl Muster.\n")
    assert _roles_parties(doc) == [("Karl Muster", "council_member", "CDU")]


def test_own_words_as_a_party_compound_give_the_party(nlp):
    doc = nlp(
        "Die Bezirksvertretung tagte am Dienstag. Ein Bericht von Hans Muster, der für uns dort sitzt: "
        "„Als FDP-Vertreter habe ich zusätzlich einen Spielplatz beantragt“, erklärte Hans Muster.\n"
    )
    assert [(s, p) for s, _, p in _roles_parties(doc)] == [("Hans Muster", "FDP")]


def test_a_place_in_brackets_after_an_asking_residents_name_is_no_party(nlp):
    doc = nlp(
        "Frau Probe (Musterdorf):\n\nWann wird der Gehweg an der Schule endlich saniert?\n\nAntwort BM: Im Herbst.\n\n"
        "Herr Beispiel (Neuhausen):\n\nHinweis auf Müll am Waldweg.\n"
    )
    got = {s: (r, p) for s, r, p in _roles_parties(doc)}
    assert got["Probe"] == ("public", None)
    assert got["Beispiel"] == ("public", None)
    # after a council member's noun an unknown list in brackets is kept as written, a place is no party
    doc = nlp("Ratsherr Muster (Pro Heimat) fragt, warum der Radweg fehlt?\n\nRatsherr Probe (Neustadt) fragt, wer zahlt?\n")
    assert [(r, p) for _, r, p in _roles_parties(doc)] == [("council_member", "Pro Heimat"), ("council_member", None)]


def test_two_groups_then_two_names_pair_in_order(nlp):
    doc = nlp(
        "Die Fraktionschefs der ABC und der XY/QZ, Karl Muster und Hartmut Probe, saßen allein im Saal. "
        "Probe beantragte, die Sitzung zu vertagen. Muster erklärte, er sei dagegen.\n"
    )
    assert _roles_parties(doc) == [("Hartmut Probe", "council_member", "XY/QZ"), ("Karl Muster", "council_member", "ABC")]


def test_von_der_group_word_and_a_joint_list_is_the_members_list(nlp):
    doc = nlp(
        "Herr Otto Probe von der Fraktionsgemeinschaft XY/QZ spricht die Verteilung der Ausschusssitze an. "
        "Er kritisiert, die CSU stelle in jedem Gremium den Vorsitz.\n"
    )
    assert _roles_parties(doc) == [("Otto Probe", "council_member", "XY/QZ")]


def test_a_group_in_the_apposition_of_the_chairs_sentence_carries_to_the_members_turn(nlp):
    for apposition in ("Gruppe XY/QZ", "Vorsitzende der Gruppe XY/QZ"):
        doc = nlp(
            f"Der Vorsitzende erteilt Abgeordneter Muster, {apposition}, das Wort.\n\n"
            "Abgeordnete Muster fragt nach dem Stand des Radwegs.\n"
        )
        assert _roles_parties(doc)[-1] == ("Muster", "council_member", "XY/QZ")


def test_a_party_in_its_own_column_of_the_roster_gives_the_speakers_party(nlp):
    for sep in ("      ", "\t", " | "):
        doc = nlp(
            f"Anwesend:\nHerr Anton Muster{sep}SPD\nFrau Berta Probe{sep}CDU\n\n"
            "1. Radweg am Mühlbach\n\nFrau Probe fragt nach den Kosten.\n"
        )
        assert _roles_parties(doc) == [("Probe", "council_member", "CDU")], sep


def test_a_one_line_party_group_after_anwesend_keeps_its_party(nlp):
    doc = nlp(
        "Anwesend: SPD: Herr Anton Muster, Frau Berta Probe\n\n"
        "1. Radweg am Mühlbach\n\nFrau Probe fragt nach den Kosten.\n"
    )
    assert _roles_parties(doc) == [("Probe", "council_member", "SPD")]


def test_a_group_heading_that_is_no_party_ends_the_party_of_the_group_before(nlp):
    doc = nlp(
        "Anwesend:\nSPD:\nHerr Anton Muster\nVertreter der Kirchen:\nFrau Berta Probe\n\n"
        "1. Radweg am Mühlbach\n\nFrau Probe fragt nach den Kosten.\n"
    )
    assert _roles_parties(doc) == [("Probe", "council_member", None)]


def test_voting_members_heading_opens_the_roster(nlp):
    for heading in ("Stimmberechtigte Mitglieder:", "Mitglieder des Ausschusses:", "Stimmberechtigt:"):
        doc = nlp(
            f"Niederschrift über die Sitzung des Umweltausschusses\n\n{heading}\nHerr Anton Muster (SPD)\n"
            "Beratende Mitglieder:\nFrau Berta Probe (CDU)\n\n1. Radweg am Mühlbach\n\n"
            "Herr Muster fragt nach den Kosten.\n\nFrau Probe antwortet, das sei offen.\n"
        )
        assert _roles_parties(doc) == [("Muster", "council_member", "SPD"), ("Probe", "advisory_member", "CDU")], heading


def test_a_long_one_line_party_group_does_not_end_the_roster(nlp):
    names = ", ".join(f"Abg. {s}" for s in ("Adam", "Bauer", "Conrad", "Dorn", "Ebert", "Falk", "Gerber", "Hahn", "Imhof", "Jäger", "Kern", "Lutz", "Mohr", "Nagel", "Opitz"))
    doc = nlp(
        f"Anwesend:\nSPD-Fraktion: {names}\nCDU-Fraktion: Abg. Probe, Abg. Quast\n\n"
        "1. Radweg am Mühlbach\n\nAbg. Nagel fragt nach den Kosten.\n\nAbg. Probe antwortet, das sei offen.\n"
    )
    assert [p for _, _, p in _roles_parties(doc)] == ["SPD", "CDU"]
    assert {e["surname"]: e["party"] for e in doc._.roster}["Quast"] == "CDU"  # the list goes on past the long line
