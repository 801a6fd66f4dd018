"""Speakers the mention finder reads from German syntax other than "Herr X sagt" (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Bürgermeister heißt alle willkommen und ruft den ersten Punkt auf.\n\n"


def _speakers(nlp, text: str) -> list[str | None]:
    return [t._.speaker for t in nlp(OPENING + text)._.turns][1:]


def test_plural_role_noun_after_herren_names_joint_members(nlp):
    assert _speakers(nlp, "Die Herren Stadtverordneten Probe-Lang und K. Beispiel beteiligen sich an der Aussprache.\n") == ["Probe-Lang"]
    # no names after the plural role noun: the members as a group, no turn
    assert _speakers(nlp, "Die Herren Stadtverordneten beteiligen sich an der Aussprache.\n") == []


def test_passive_agent_who_presides_or_keeps_the_minutes_makes_no_turn(nlp):
    assert _speakers(nlp, "Die Sitzung wurde vom Vorsitzenden, Herrn Probe (AB), geleitet.\n") == []
    assert _speakers(nlp, "Geleitet wurde die Zusammenkunft im Gemeindehaus von Ortsbürgermeister Karl Probe.\n") == []
    # the agent of a passive verb of saying does speak
    assert _speakers(nlp, "Die Vorlage wurde durch Frau Probe ausführlich erläutert.\n") == ["Probe"]


def test_initial_and_surname_with_party_as_fronted_passive_agent(nlp):
    assert _speakers(nlp, "Durch K. Probe (SPD) wurde erklärt, dass er das Mandat nicht annimmt.\n") == ["K. Probe"]
    # the same person as the subject of a passive: no turn
    assert _speakers(nlp, "K. Probe (SPD) wurde zum Schriftführer gewählt.\n") == []


def test_described_source_of_a_report_in_a_wie_clause(nlp):
    text = "Wie Stadtratschef Otto Probe (AB) gestern der Zeitung mitteilte, sei der Antrag schon fertig.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]
    # "Wie" as a comparison, no verb of saying: no turn
    assert _speakers(nlp, "Wie Kollege Otto Probe sind auch andere gegen den Antrag.\n") == []


def test_subject_of_a_fronted_clause_taken_up_by_the_main_clauses_pronoun(nlp):
    text = "Da Herr Probe kein Mitglied des Ausschusses ist, hätte er sich eine frühere Information gewünscht.\n"
    assert _speakers(nlp, text) == ["Probe"]
    # the pronoun names another person (gender), or the main clause is a passive: no turn for the person
    assert _speakers(nlp, "Weil Frau Probe fehlte, wurde der Punkt vertagt.\n") == []


def test_speaker_after_a_quotation_with_a_title_or_a_dative_pronoun(nlp):
    text = "„Ohne Ordnung können wir gleich abbrechen“, merkt dazu Dr. Otto Probe (AB) an.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]
    text = "„Das geht so nicht“, hielt ihm Bürgervorsteher Muster (AB) entgegen.\n"
    assert _speakers(nlp, text) == ["Muster"]
    # after the quotation the pronoun speaks, the named person is the addressee
    assert _speakers(nlp, "„Das geht so nicht“, sagte er zu Ratsherr Muster.\n") == []


def test_bare_name_after_a_fronted_phrase_needs_a_verb_of_saying(nlp):
    assert _speakers(nlp, "Als Favoriten gelten Eva Probe (SPD) und Otto Muster (CDU).\n") == []
    assert _speakers(nlp, "Im Verlauf der Debatte bezeichnete Eva Probe (SPD) den Plan als zu teuer.\n") == ["Eva Probe"]


def test_body_name_and_a_place_the_report_names_is_no_member(nlp):
    text = (
        "Gemeinderat Musterweiler: Hallenbad bleibt offen\n\n"
        "Der Gemeinderat Musterweiler hat am Montag getagt. Zuvor hatte der Musterweiler Bauausschuss beraten.\n\n"
        "Gemeinderat Probe fragt nach den Kosten.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe"]
    # a hyphenated surname is no place: the member speaks
    text = "Die Bezirke Altheim-Ost und Altheim-Süd werden zusammengelegt.\n\nOrtsrat Probe-Muster fragt nach den Kosten.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe-Muster"]
    # without the place written elsewhere the word after the role noun stays a surname
    assert [t._.speaker for t in nlp("Gemeinderat Musterweiler fragt nach den Kosten.\n")._.turns] == ["Musterweiler"]


def test_joint_speakers_after_a_fronted_phrase_and_an_inline_label_with_a_rarer_given_name(nlp):
    text = "Im Verlauf der Sitzung betonten Urban Probe und Walter Muster, dass ihnen an Sachlichkeit gelegen sei.\n"
    assert _speakers(nlp, text) == ["Urban Probe"]
    assert _speakers(nlp, "Urban Probe: „Wir brauchen Ihre Unterstützung im Kreistag!“\n") == ["Urban Probe"]


def test_plural_role_noun_before_a_noun_names_nobody(nlp):
    assert _speakers(nlp, "Im Anschluss durften die knapp 30 erschienenen Einwohner Anregungen vorbringen.\n") == []
    assert _speakers(nlp, "Danach konnten die Einwohner Fragen stellen.\n") == []
    # singular: the named resident asks
    assert _speakers(nlp, "Danach fragt der anwesende Einwohner Probe nach dem Radweg.\n") == ["Probe"]


def test_descriptor_with_party_after_the_verb_of_a_fronted_phrase(nlp):
    doc = nlp(OPENING + "Gegen den Antrag der Gruppe stellten sich SPD-Chef Otto Probe und CDU-Chefin Eva Muster.\n")
    assert [(t._.speaker, t._.party) for t in doc._.turns][1:] == [("Otto Probe", "SPD")]
    # the same names stated as present: no turn
    assert _speakers(nlp, "Gegen Ende waren SPD-Chef Otto Probe und CDU-Chefin Eva Muster anwesend.\n") == []


def test_author_of_a_statement_with_its_content_after_the_name(nlp):
    assert _speakers(nlp, "Bemerkenswert fanden viele die Aussage von Herrn Probe, dass die Kosten sinken.\n") == ["Probe"]
    text = "Aufsehen erregte ein Schreiben von Prof. Rolf Probe (CDU) an die Fraktionen, in dem er den Plan ablehnte.\n"
    assert _speakers(nlp, text) == ["Rolf Probe"]
    # the statement in an adverbial or as the sentence's own subject: the other person answers
    assert _speakers(nlp, "Auf Nachfrage von Frau Probe, ob der Weg kommt, antwortet Herr Muster mit Ja.\n") == ["Muster"]
    assert _speakers(nlp, "Die Frage von Frau Probe, ob der Weg kommt, beantwortet der Kämmerer.\n") != ["Probe"]


def test_hyphenated_given_name_with_a_party_and_place_bracket(nlp):
    text = "Ernst-Otto Probe (FDP/Musterdorf) hätte die Forderung gerne umgesetzt gesehen, stimmte aber zu.\n"
    assert _speakers(nlp, text) == ["Ernst-Otto Probe"]


def test_passive_agent_who_opens_and_leads_the_meeting_opens_a_turn(nlp):
    text = "Die Sitzung wird von Bezirksbürgermeisterin Probe eröffnet und geleitet.\n\nHerr Muster fragt nach dem Radweg.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe", "Muster"]


def test_unknown_given_name_and_surname_after_a_quotation_and_its_verb(nlp):
    doc = nlp(OPENING + "„Dafür gibt es keinen Grund“, meinte Altomaro Probe, AB, dessen Antrag scheiterte.\n")
    assert [t._.speaker for t in doc._.turns][1:] == ["Altomaro Probe"]
    # a role noun after the verb is no given name: the named official speaks
    doc = nlp(OPENING + "„Dafür gibt es keinen Grund“, sagte Kreisbrandmeister Probe.\n")
    assert [t._.speaker for t in doc._.turns][1:] == ["Probe"]


def test_joint_subject_after_reported_content_with_the_groups_they_speak_for(nlp):
    text = "Eine neue Satzung sei unnötig, Otto Probe von der SPD und Rainer A. Muster für die CDU lehnten den Antrag ab.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]
    # no verb of saying after the persons: no turn
    assert _speakers(nlp, "Nach der Debatte, Otto Probe von der SPD war schon gegangen, wurde abgestimmt.\n") == []


def test_given_name_with_a_middle_initial(nlp):
    assert _speakers(nlp, "Rainer A. Muster fragt nach dem Radweg.\n") == ["Rainer A. Muster"]


def test_absentee_roster_line_and_persons_elected_in_the_passive_make_no_turn(nlp):
    assert _speakers(nlp, "Gemeinderäte Karl Probe (privat), Otto Muster (krank), entschuldigt\n\n") == []
    assert _speakers(nlp, "Birgit Probe und Judith Muster-Lang wurden zu Beigeordneten gewählt.\n") == []
    # one person with an excuse in the sentence still speaks
    assert _speakers(nlp, "Karl Probe (SPD) bittet, sein Fehlen in der letzten Sitzung zu entschuldigen.\n") == ["Karl Probe"]


def test_quoted_name_inside_the_clause_is_no_reported_speech(nlp):
    assert _speakers(nlp, "Die Fraktion „Mustertal.jetzt“ will Martin Probe aus der Gruppe ausschließen.\n") == []
    assert _speakers(nlp, "„Das geht nicht“, sagte Martin Probe.\n") == ["Martin Probe"]


def test_konjunktiv_after_a_relative_clause_reports_about_another_member(nlp):
    text = "Ortsvorsteher Probe berichtet über den Haushalt. Ratsmitglied Muster, der zum Beauftragten bestellt wurde, plane eine Info.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe"]
    text = "Ortsvorsteher Probe berichtet über den Haushalt. Ratsmitglied Muster, der zum Beauftragten bestellt wurde, meldete sich.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe", "Muster"]


def test_roster_line_with_a_preposition_but_no_verb_makes_no_turn(nlp):
    text = "Außerdem anwesend:\n\nArchitekt Probe zu den Tagesordnungspunkten 5 bis 8\n\nDer Bürgermeister eröffnet die Sitzung.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Der Bürgermeister"]


def test_person_after_a_subordinator_following_a_comma_is_no_speaker(nlp):
    text = "Der Vorstoß scheiterte, nachdem der Landrat erklärt hatte, die Frist reiche aus.\n"
    assert _speakers(nlp, text) == []
    # after the comma a main clause with the person as its subject: a turn
    assert _speakers(nlp, "Der Vorstoß scheiterte, und der Landrat erklärte, die Frist reiche aus.\n") == ["der Landrat"]


def test_body_and_the_place_of_the_meeting_is_no_member(nlp):
    text = "Sitzung in Musterlouis: Gute Wünsche im Stadtrat\n\nMit dem Haushalt befasste sich der Stadtrat Musterlouis.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == []


def test_numbered_name_heading_opens_the_persons_question(nlp):
    text = (
        "Anfragen der Stadtvertreter\n\n1. Frau Probe\n\n Parkplatz\n\n Warum sind die Automaten seit Mai gestört?\n\n"
        "Herr Muster informiert, dass die Störung behoben wird.\n\n2. Herr Beispiel\n\n Grundsteuer\n\n"
        " Es war vorgesehen, den Hebesatz zu senken.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe", "Muster", "Beispiel"]
    # a numbered roster: no turns
    text = "Anwesend:\n1. Frau Probe\n2. Herr Muster\n3. Herr Beispiel\n\nDer Bürgermeister eröffnet die Sitzung.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Der Bürgermeister"]


def test_answer_label_after_a_question_on_the_same_line_and_a_one_word_answer(nlp):
    text = (
        "Frau Probe (Musterdorf):\n\nWann kommen die Stellungnahmen? Antwort BM: Sie werden noch geprüft.\n\n"
        "Herr Muster (Musterdorf):\n\nGibt es schon eine Antwort vom Land? Antwort BM: Nein.\n"
    )
    assert len(nlp(text)._.turns) == 4
    # another label word after a question is part of the question
    text = "Frau Probe (Musterdorf):\n\nWann kommt der Bus? Hinweis Verwaltung: Der Fahrplan hängt aus.\n"
    assert len(nlp(text)._.turns) == 1


def test_nominal_opening_with_a_clock_time_names_its_agent(nlp):
    text = "Eröffnung der Beratung 18.30 Uhr durch Ausschussvorsitzenden Malte Probe.\n\nHerr Muster fragt nach dem Radweg.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Malte Probe", "Muster"]


def test_photo_caption_with_its_order_mark_makes_no_turn(nlp):
    assert _speakers(nlp, "Werden künftig Landrat Dr. Probe im Amt unterstützen (v. l.): Eva Muster und Ina Beispiel.\n") == []
    assert _speakers(nlp, "Ratsherr Probe (SPD) erklärt, dass er von links und rechts kritisiert wird.\n") == ["Probe"]


def test_heading_of_a_published_speech_opens_its_turn(nlp):
    text = (
        "Reden im Gemeinderat\n\nStadtrat Otto Probe zu DS 12/34 – Hilfe für die Gastronomie\n\n[Anrede]\n\n"
        "Wir wollen den Wirten über den Winter helfen.\nDeshalb stimmen wir der Vorlage heute zu.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Otto Probe"]
    # without the salutation below: an agenda line, no turn
    text = "Tagesordnung\n\nStadtrat Otto Probe zu DS 12/34 – Hilfe für die Gastronomie\n\nDie Vorlage liegt aus.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == []


def test_counted_unnamed_persons_with_a_plural_verb_of_saying_speak_together(nlp):
    doc = nlp(OPENING + "Zwei Vertreter:innen des Vereins berichten, dass im Mai ein Fest stattfindet.\n")
    assert len(doc._.turns) == 2 and doc._.turns[1].text.startswith("Zwei Vertreter:innen")
    # a vote count with a plural role noun: no turn
    assert len(nlp(OPENING + "Fünf Stadtvertreter votierten mit Ja, zwei mit Nein.\n")._.turns) == 1


def test_separable_verb_of_saying_needs_its_particle_after_a_bare_name(nlp):
    assert _speakers(nlp, "Vorerst führt Gerda Probe (Linke) die Geschäfte.\n") == []
    assert _speakers(nlp, "Dazu führt Gerda Probe (Linke) aus, dass alles teurer wird.\n") == ["Gerda Probe"]


def test_asker_line_ending_in_a_period_before_a_question(nlp):
    text = "Frau Probe (Musterdorf):\nHinweis auf Müll am Weg.\n\nFrau Muster (Musterdorf).\n\nGibt es schon eine Antwort vom Land?\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe", "Muster"]
    # a name line with a period and no question after it (a signature, a roster): no turn
    text = "Frau Probe (Musterdorf):\nHinweis auf Müll am Weg.\n\nFrau Muster (Musterdorf).\n\nDas Protokoll wird genehmigt.\n"
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe"]
