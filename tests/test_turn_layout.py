"""Layout debris and turn structure of real minutes and reports (issue #8), on invented text: captions,
credits, repeated headlines, attendance notes and narration between two contributions of one speaker."""

from __future__ import annotations


def _speakers(doc) -> list[str]:
    return [t._.speaker for t in doc._.turns]


def test_caption_ending_in_a_picture_credit_opens_no_turn(nlp):
    doc = nlp(
        "Rat vertagt den Haushalt\n\n"
        "Jonas Kernbeißer (AB) erklärte die Pläne für die Halle. Foto: Agentur Blickfang\n\n"
        "Musterstadt. Der Rat hat am Montag getagt. Bürgermeisterin Lore Tannhauser eröffnete die Sitzung und "
        "sagte, der Haushalt komme im März.\n"
    )
    assert _speakers(doc) == ["Lore Tannhauser"]


def test_caption_given_twice_above_a_credit_line_opens_no_turn(nlp):
    doc = nlp(
        "Otto Probstmeier (CD) will gegen den Beschluss klagen.\n\n"
        "Otto Probstmeier (CD) will gegen den Beschluss klagen.\n\n"
        "Foto: Ina Lichtner\n\n"
        "Die Sitzung begann mit einem Streit. Bürgermeister Karl Wendelin erklärte, er halte die Klage für aussichtslos.\n"
    )
    assert _speakers(doc) == ["Karl Wendelin"]


def test_the_same_sentence_twice_without_a_credit_stays_content(nlp):
    doc = nlp(
        "Herr Quastmann erläutert die Vorlage.\n\n"
        "Der Ausschuss nimmt den Bericht zur Kenntnis.\n\n"
        "Der Ausschuss nimmt den Bericht zur Kenntnis.\n\n"
        "Frau Oberlind fragt nach den Kosten der Maßnahme.\n"
    )
    assert _speakers(doc) == ["Quastmann", "Oberlind"]
    assert len(doc.spans["rn_captions"]) == 0
    assert "Kenntnis" in doc._.decisions[0].text


def test_a_speaker_sentence_with_a_colon_is_no_caption(nlp):
    doc = nlp("Frau Oberlind fragt nach den Kosten. Antwort: Bild und Ton kosten 500 Euro.\n")
    assert _speakers(doc) == ["Oberlind"]


def test_a_member_entering_the_room_late_is_no_contribution(nlp):
    doc = nlp(
        "Der Vorsitzende Herr Brockmann erläutert die Vorlage zur Kita-Gebühr.\n\n"
        "Ausschussmitglied Frau Zedlitz betritt um 19.12 Uhr den Sitzungssaal.\n\n"
        "Frau Zedlitz betritt das Thema Gebühren mit einer Frage nach der Staffelung.\n"
    )
    assert _speakers(doc) == ["Brockmann", "Zedlitz"]
    assert doc._.turns[1].text.startswith("Frau Zedlitz betritt das Thema")


def test_a_land_abbreviation_before_an_authority_does_not_end_the_sentence(nlp):
    doc = nlp("Die Prüfung durch den Bay. Landesprüfverband (BLPV) ist abgeschlossen. Herr Kolbe erläutert das Ergebnis.\n")
    sents = [s.text for s in doc.spans["rn_sentences"]]
    assert sents[0].endswith("ist abgeschlossen.")
    assert _speakers(doc) == ["Kolbe"]


def test_a_sentence_about_another_named_person_ends_the_chairs_contribution(nlp):
    doc = nlp(
        "Bürgermeister Hallmann verabschiedet Frau Eibisch aus dem Rat und dankt ihr für die Arbeit.\n"
        "Frau Eibisch war zwölf Jahre im Bauausschuss tätig und bleibt dem Ort verbunden.\n"
        "Bürgermeister Hallmann verabschiedet nun Herrn Sturz, der seit 1999 im Rat saß.\n"
    )
    assert [(t._.speaker, t.text[:30]) for t in doc._.turns] == [
        ("Hallmann", "Bürgermeister Hallmann verabsc"),
        ("Hallmann", "Bürgermeister Hallmann verabsc"),
    ]
    assert doc._.turns[1].start_char > doc._.turns[0].end_char


def test_a_pronoun_after_the_other_persons_sentence_keeps_the_contribution_whole(nlp):
    doc = nlp(
        "Bürgermeister Hallmann gratuliert den Jubilaren.\n"
        "Herr Sturz erhält ein Präsent.\n"
        "Außerdem gratuliert er Frau Eibisch zum Geburtstag.\n"
        "Bürgermeister Hallmann bittet dann um eine Schweigeminute.\n"
    )
    assert len(doc._.turns) == 1


def test_reported_content_about_another_person_keeps_the_contribution_whole(nlp):
    doc = nlp(
        "Bürgermeister Hallmann berichtet vom Treffen mit dem Landrat.\n"
        "Herr Sturz habe die Mittel zugesagt.\n"
        "Bürgermeister Hallmann dankt allen Beteiligten.\n"
    )
    assert len(doc._.turns) == 1


def test_a_pipe_table_agenda_row_opens_an_item_and_ends_the_resolution_above(nlp):
    doc = nlp(
        "| 2. | Spielplatz Am Anger |\n"
        "Herr Wiedenbruch erläutert die Planung.\n"
        "Beschluss:\n"
        "Der Ausschuss nimmt die Planung zur Kenntnis.\n"
        "| 3. | Bericht Straßenunterhaltung 2024 |\n"
        "Frau Ostermeier stellt den Bericht vor.\n"
    )
    items = doc.spans["rn_items"]
    assert [(sp._.item_number, sp._.item_title) for sp in items] == [("2", "Spielplatz Am Anger"), ("3", "Bericht Straßenunterhaltung 2024")]
    assert _speakers(doc) == ["Wiedenbruch", "Ostermeier"]


def test_a_pipe_table_of_votes_or_parties_is_no_agenda_row(nlp):
    doc = nlp("Herr Wiedenbruch nennt die Sitze.\n| 12 | 7 | 3 |\n| CDU | 12 |\n")
    assert len(doc.spans["rn_items"]) == 0


def test_a_header_run_on_into_the_first_sentence_is_cut_after_its_document_number(nlp):
    doc = nlp(
        "Altstadt, den 02.05.2024 Beschluss aus der Sitzung des Kulturausschusses am 18.04.2024 Öffentliche Sitzung "
        "3. Museumsnacht 27/2024 Zunächst stellt Frau Behrendsen das Programm der Museumsnacht vor.\n"
    )
    assert [t.text[:22] for t in doc._.turns] == ["Zunächst stellt Frau B"]


def test_a_document_number_inside_a_sentence_does_not_cut_it(nlp):
    doc = nlp("Herr Behrendsen verweist auf die Vorlage 27/2024 und die Anlage 3.\n")
    assert len(doc.spans["rn_sentences"]) == 1


def test_a_quoted_title_with_an_exclamation_mark_does_not_end_the_sentence(nlp):
    doc = nlp(
        "Die Fraktion will ihren Antrag „Bäder retten! Jetzt sanieren“ behandeln, erklärte Fraktionschefin Ruth Kessler.\n"
    )
    assert len(doc.spans["rn_sentences"]) == 1
    assert [t.text[:20] for t in doc._.turns] == ["Die Fraktion will ih"]


def test_a_quoted_contribution_of_several_sentences_is_still_split(nlp):
    doc = nlp("Herr Kessler sagte: „Das ist zu teuer. Wir lehnen ab!“ Dann verließ er den Saal.\n")
    assert len(doc.spans["rn_sentences"]) == 3


_TWO_COLUMNS = (
    "Niederschrift über die Sitzung des Sportausschusses\n\n"
    "TeilnehmerInnen:\n\n"
    "Herr Wolkenstein Vorsitzender  Frau Brandauer\n\n"
    "Herr Lerchner  Frau Sommerfeld (V)\n\n"
    "Frau Hagedorn\n\n"
    "1. Begrüßung\n\n"
    "Der Vorsitzende Herr Wolkenstein eröffnet die Sitzung.\n\n"
    "2. Sportplatz\n\n"
    "Frau Brandauer fragt nach dem Kunstrasen. Herr Wolkenstein antwortet, er komme 2026.\n\n"
    "Der Vorsitzende stellt fest, dass keine weiteren Fragen bestehen.\n"
)


def test_a_two_column_roster_line_gives_the_chair_to_the_first_column(nlp):
    doc = nlp(_TWO_COLUMNS)
    chairs = [r["surname"] for r in doc._.roster if "Vorsitzender" in (r.get("role_nouns") or [])]
    assert chairs == ["Wolkenstein"]
    assert {r["surname"] for r in doc._.roster} >= {"Wolkenstein", "Brandauer", "Lerchner", "Sommerfeld", "Hagedorn"}
    assert _speakers(doc) == ["Wolkenstein", "Brandauer", "Wolkenstein"]


def test_a_party_label_column_is_no_roster_entry_of_its_own(nlp):
    doc = nlp("Anwesend:\nAB          Rf. Gisela Hornbach, sE Tim Raabe\n\n1. Begrüßung\n\nRf. Hornbach eröffnet die Sitzung.\n")
    assert all("sE" not in (r.get("role_nouns") or []) for r in doc._.roster if r["surname"] == "Hornbach")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Hornbach", "chair")]  # a member who opens the meeting chairs it


def test_an_item_reference_wrapped_onto_its_own_line_is_no_item_heading(nlp):
    doc = nlp(
        "1.2 Tagesordnung\n"
        "Der Vorsitzende Herr Kranich teilt mit, dass die Verwaltung die Tagesordnung um den\n"
        "Punkt 5.3 – Radweg Nord – erweitern möchte.\n"
        "Herr Kranich teilt ferner mit, dass die Fraktion AB beantragt, den\n"
        "TOP 4.1 „Schulbau“ abzusetzen.\n"
    )
    assert [sp._.item_number for sp in doc.spans["rn_items"]] == ["1.2"]
    assert len(doc._.turns) == 1


def test_an_item_heading_after_a_sentence_end_still_opens_an_item(nlp):
    doc = nlp("TOP 1 Begrüßung\nHerr Kranich eröffnet die Sitzung.\nTOP 2 Haushalt\nFrau Amsel erläutert den Entwurf.\n")
    assert [sp._.item_number for sp in doc.spans["rn_items"]] == ["1", "2"]


def test_reported_content_about_attendance_does_not_end_the_speakers_turn(nlp):
    doc = nlp(
        "Landrat Emil Grünhagen verweist auf die Geschäftsordnung. Da nicht sämtliche Mitglieder anwesend seien, "
        "könne der Punkt nicht behandelt werden. Landrat Emil Grünhagen schlägt vor, ihn zu vertagen.\n"
    )
    assert len(doc._.turns) == 1


def test_the_members_debate_told_by_the_minute_taker_ends_the_speakers_turn(nlp):
    doc = nlp(
        "Oberbürgermeister Kastner erläutert den Antrag. Danach debattieren die Stadträte lange über den Preis. "
        "Oberbürgermeister Kastner stellt abschließend fest, dass die Verwaltung einen Vorschlag vorlegt.\n"
    )
    assert [t.text[:26] for t in doc._.turns] == ["Oberbürgermeister Kastner ", "Oberbürgermeister Kastner "]
    assert doc._.turns[1].text.startswith("Oberbürgermeister Kastner stellt")


def test_a_person_acting_in_the_present_below_a_facts_heading_opens_a_turn(nlp):
    doc = nlp(
        "1. Bekanntgaben\n\n"
        "Sachverhalt\n\n"
        "Herr Kleebauer verteilt den Mitgliedern die neuen Satzungsentwürfe.\n"
        "Diese sind ab sofort im Rathaus erhältlich.\n"
    )
    assert _speakers(doc) == ["Kleebauer"]


def test_a_person_in_the_facts_text_in_the_past_opens_no_turn(nlp):
    doc = nlp(
        "1. Bebauungsplan Nord\n\n"
        "Sachverhalt\n\n"
        "Herr Kleebauer hat den Entwurf im Mai erarbeitet.\n"
        "Der Entwurf liegt der Vorlage bei.\n"
    )
    assert _speakers(doc) == []


def test_a_one_word_subheading_in_a_report_splits_a_renamed_speaker_but_not_a_pronoun(nlp):
    renamed = nlp(
        "Herr Kleebauer teilt mit, dass die Bücher bestellt sind.\n"
        "Trinkwasser\n"
        "Herr Kleebauer teilt mit, dass die Abkochanordnung aufgehoben ist.\n"
    )
    assert [t.text[:25] for t in renamed._.turns] == ["Herr Kleebauer teilt mit,", "Herr Kleebauer teilt mit,"]
    pronoun = nlp(
        "Herr Kleebauer teilt mit, dass die Bücher bestellt sind.\n"
        "Trinkwasser\n"
        "Er teilt mit, dass die Abkochanordnung aufgehoben ist.\n"
    )
    assert len(pronoun._.turns) == 1


def test_a_pronoun_after_a_sentence_naming_other_persons_opens_no_turn_of_the_old_speaker(nlp):
    doc = nlp(
        "Oberbürgermeister Peter Haldenwang eröffnete die Sitzung.\n\n"
        "Einstimmig wurde der Ortsteilrat bestätigt.\n\n"
        "Neben Anna Kreuzberger und Jonas Weilheimer hat nur Albrecht Tessendorf Erfahrung im Gremium. "
        "Er war schon Mitglied des Ortsteilrates in Weststadt.\n"
    )
    assert _speakers(doc) == ["Peter Haldenwang"]


def test_a_pronoun_after_a_sentence_without_other_persons_still_reaches_back(nlp):
    doc = nlp(
        "Herr Haldenwang fragt nach dem Radweg.\n\n"
        "Es wird eine Prüfung zugesagt.\n\n"
        "Er bittet um einen Bericht in der nächsten Sitzung.\n"
    )
    assert _speakers(doc) == ["Haldenwang", "Haldenwang"]


def test_a_quotation_of_two_sentences_with_the_speaker_after_it_is_one_turn_from_its_start(nlp):
    doc = nlp(
        "Die Gebühren sorgten für Streit. „Das sind alte Baustellen, die wir angehen müssen. "
        "Einige Fraktionen wollen mehr Zeit, deshalb vertagen wir“, so Bürgermeister Anton Reisacher. "
        "Ruth Malinski (AB) bestätigte den Gesprächsbedarf.\n"
    )
    assert [(t._.speaker, t.text[:12]) for t in doc._.turns] == [("Anton Reisacher", "„Das sind al"), ("Ruth Malinski", "Ruth Malinsk")]


def test_a_closed_quotation_before_does_not_move_the_turn_start(nlp):
    doc = nlp(
        "Die Zeitung schrieb „alte Baustellen“ über die Gebühren. Einige Fraktionen wollen mehr Zeit, "
        "„deshalb vertagen wir“, so Bürgermeister Anton Reisacher.\n"
    )
    assert [t.text[:16] for t in doc._.turns] == ["Einige Fraktione"]


def test_an_item_title_run_on_into_its_first_sentence_is_cut_before_the_speaker(nlp):
    doc = nlp(
        "Der Vorsitzende stellt die Beschlussfähigkeit fest. 2. Lage der Unterkünfte im Kreis Frau Habermehl vom "
        "Sozialamt berichtet über die Belegung.\n"
    )
    assert [t.text[:14] for t in doc._.turns][-1] == "Frau Habermehl"


def test_a_numbered_resolution_is_not_cut_at_a_later_article(nlp):
    doc = nlp("1. Bebauungsplan Nord wird wie folgt geändert, Die Straße entfällt.\n")
    assert len(doc.spans["rn_sentences"]) == 1


def test_a_speech_under_a_title_naming_a_role_is_that_role_holders_turn(nlp):
    doc = nlp(
        "Auszug - Bericht des Bürgermeisters\n\n"
        "Sitzung des Gemeinderates am 12.03.2025\n\n"
        "Meine sehr geehrten Damen und Herren,\n\n"
        "der Haushalt macht uns Sorgen, wir müssen sparen.\n"
    )
    assert [(t._.role, t.text[:10]) for t in doc._.turns] == [("mayor", "Meine sehr")]


def test_a_salutation_without_a_speaker_in_the_title_opens_no_turn(nlp):
    doc = nlp(
        "Auszug - Haushalt 2025\n\n"
        "Meine sehr geehrten Damen und Herren,\n\n"
        "der Haushalt macht uns Sorgen, wir müssen sparen.\n"
    )
    assert _speakers(doc) == []


def test_news_page_furniture_lines_are_no_sentences(nlp):
    doc = nlp(
        "Von: Ina Federlein\n\nLesezeit 4 Minuten\n\nAnzeige\n\n"
        "Bürgermeister Tom Reuschel eröffnete die Sitzung.\n\n12 Kommentare\n\nArtikel teilen\n"
    )
    assert [s.text for s in doc.spans["rn_sentences"]] == ["Bürgermeister Tom Reuschel eröffnete die Sitzung."]


def test_a_sentence_starting_with_von_is_no_byline(nlp):
    doc = nlp("Von: Ina Federlein, Hauptstraße 3, kam eine Anfrage zum Radweg.\n")
    assert len(doc.spans["rn_sentences"]) == 1


def test_plural_sie_after_a_joint_subject_does_not_continue_the_last_woman(nlp):
    doc = nlp(
        "Ortsvorsteherin Greta Hollmann erklärte die Aufgaben des Beirats.\n\n"
        "Es wird nicht weiter diskutiert.\n\n"
        "Dort hätten sie zwar kein Stimmrecht, aber ein Rederecht.\n"
    )
    assert len(doc._.turns) == 1


def test_singular_sie_after_a_break_continues_the_last_woman(nlp):
    doc = nlp(
        "Ortsvorsteherin Greta Hollmann erklärte die Aufgaben des Beirats.\n\n"
        "Es wird nicht weiter diskutiert.\n\n"
        "Dann fragte sie nach dem Termin der nächsten Sitzung.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Greta Hollmann", "Greta Hollmann"]


def test_narration_then_the_speakers_pronoun_then_the_speakers_name_is_one_turn(nlp):
    doc = nlp(
        "Herr Vogtländer eröffnet die Sitzung. Es ist die erste Sitzung nach der Kommunalwahl im Mai.\n"
        "Er wünscht allen eine gute Zusammenarbeit.\n"
        "Vor Eintritt in die Tagesordnung ehrt Herr Vogtländer die ausgeschiedenen Mitglieder.\n"
    )
    assert len(doc._.turns) == 1


def test_narration_then_the_speakers_name_without_a_pronoun_is_a_new_turn(nlp):
    doc = nlp(
        "Herr Vogtländer eröffnet die Sitzung. Es ist die erste Sitzung nach der Kommunalwahl im Mai.\n"
        "Vor Eintritt in die Tagesordnung ehrt Herr Vogtländer die ausgeschiedenen Mitglieder.\n"
    )
    assert len(doc._.turns) == 2


def test_dieser_after_a_quotation_is_the_man_named_in_the_sentence_before(nlp):
    doc = nlp(
        "Als erster Anwohner meldete sich Karl Obermaier zu Wort. Er erkundigte sich bei Hans Wendtland nach den Pflichten "
        "des Beirats. „Wann Ihr tagt, entscheidet Ihr selbst“, erklärte dieser.\n"
    )
    assert [(t._.speaker, t.text[:6]) for t in doc._.turns][-1] == ("Hans Wendtland", "„Wann ")


def test_dieser_as_subject_after_an_honour_is_the_last_man_honoured(nlp):
    doc = nlp(
        "Der Oberbürgermeister Jens Fallada eröffnete die Sitzung.\n\n"
        "Der OB ehrte Rita Kessler (AB) und Bruno Gebhardt mit der Ehrennadel. Dieser hielt als Dienstältester eine Rede.\n"
    )
    assert [t._.speaker for t in doc._.turns][-1] == "Bruno Gebhardt"


def test_dieser_before_a_noun_is_no_pronoun(nlp):
    doc = nlp("Herr Lindholm erläutert den Antrag. Dieser Antrag sei dringend, sagte er.\n")
    assert [t._.speaker for t in doc._.turns] == ["Lindholm"]


def test_a_page_number_and_capital_headings_before_a_run_on_item_title_are_cut_off_too(nlp):
    doc = nlp(
        "Der Vorsitzende stellt die Beschlussfähigkeit fest. -4- ÖFFENTLICHE SITZUNG I. BERICHTE 1. Vorstellung des "
        "neuen Kämmerers Der neue Kämmerer Ole Brandstätter stellt sich vor.\n"
    )
    assert [t.text[:20] for t in doc._.turns][-1] == "Der neue Kämmerer Ol"


def test_notes_below_a_heading_naming_the_chair_are_the_chairs_turn(nlp):
    doc = nlp(
        "Anwesend: Frau Ackermann (Vorsitzende), Herr Bolz\n\n"
        "TOP 1 Mitteilungen\n\n"
        "a) Mitteilungen der Vorsitzenden:\n\n"
        "• Information zur Sitzung im Mai: Der Bericht kommt erst im Herbst.\n\n"
        "Herr Bolz fragt nach dem Grund.\n"
    )
    assert [(t._.speaker, t._.role, t.text[:11]) for t in doc._.turns] == [
        ("Ackermann", "chair", "Information"),
        ("Bolz", "council_member", "Herr Bolz f"),
    ]


def test_a_heading_without_a_role_noun_gives_no_speaker(nlp):
    doc = nlp("TOP 1 Mitteilungen\n\na) Mitteilungen der Verwaltungsgemeinschaft:\n\n• Der Bericht kommt erst im Herbst.\n")
    assert _speakers(doc) == []


def test_a_party_named_with_an_article_in_an_item_title_is_not_cut_off(nlp):
    doc = nlp("Herr Ostwald eröffnet die Sitzung. 3. Antrag der Fraktion Die Linke: Schülerbeförderung ohne Eigenanteil\n")
    assert len(doc.spans["rn_sentences"]) == 2


def test_a_function_column_with_a_place_name_stays_with_the_person_before_it(nlp):
    doc = nlp("Anwesend:\nFrau Gesa Lindqvist                Schulleiterin Gesamtschule Ahornfeld\n\n1. Begrüßung\n")
    assert [(r["surname"], r.get("role_nouns")) for r in doc._.roster] == [("Lindqvist", ["Schulleiterin"])]
