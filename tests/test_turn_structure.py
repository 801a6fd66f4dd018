"""Layouts of published minutes that decide where turns start and end (issue #8), on invented text."""

from __future__ import annotations

import pytest


def _turns(doc) -> list[tuple[str, str]]:
    return [(t._.speaker, t.text[:20]) for t in doc._.turns]


def test_numbered_name_heading_with_a_topic_line_opens_that_persons_turn(nlp):
    doc = nlp(
        "12.03.2025 - 7 Anfragen der Stadtvertreter\n\n"
        "1. Frau Lindemann\n\n"
        " Spielplatz\n\n"
        " Die Schaukel am Spielplatz ist seit Wochen gesperrt. Wann wird sie repariert?\n\n"
        "Herr Albers informiert, dass das Ersatzteil bestellt ist.\n\n"
        "2. Herr Kroll\n\n"
        " spricht die Beleuchtung am Bahnhof an.\n\n"
        "Die Lampen seien abends zu dunkel.\n"
    )
    assert _turns(doc) == [
        ("Lindemann", "Frau Lindemann\n\n Spi"),
        ("Albers", "Herr Albers informie"),
        ("Kroll", "Herr Kroll\n\n spricht"),
    ]


def test_name_line_with_a_place_and_a_full_stop_in_question_time_is_a_label(nlp):
    doc = nlp(
        "Einwohnerfragestunde\n\n"
        "Herr Fichte (Neudorf):\n\n"
        "Wann wird der Gehweg in der Lindenallee erneuert?\n\n"
        "Frau Tanne (Altdorf).\n\n"
        "Gibt es schon einen Termin für die Sanierung der Brücke am Mühlbach?\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Fichte", "public"), ("Tanne", "public")]
    assert doc._.turns[1].text.startswith("Frau Tanne (Altdorf).")


def test_names_listed_under_a_colon_or_one_above_another_are_no_headings(nlp):
    doc = nlp(
        "Die Vorsitzende bittet um Vorschläge für die Stimmzähler.\n\n"
        "Es werden benannt:\n\n"
        "Herr Birke (AB)\n\n"
        "Frau Eiche (CD)\n\n"
        "Im Anschluss wird in geheimer Wahl abgestimmt und das Ergebnis festgestellt.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Die Vorsitzende"]


def test_absent_members_listed_after_a_count_line_are_roster_not_speakers(nlp):
    doc = nlp(
        "Öffentliche Sitzung des Gemeinderates am 4. Mai 2025\n"
        "Anwesend:\n"
        "Bürgermeister Paul Weide\n"
        "Von den 16 Gemeinderäten sind 14 anwesend (Gemeinderätin Vera Linde ab TOP 3, Gemeinderat Max Ahorn bis TOP 5, "
        "Gemeinderat Udo Esche ab 19.30 Uhr)\n"
        "Kämmerin Ilse Pappel\n"
        "Abwesend:\n"
        "Gemeinderäte Jan Ulme (beruflich), Kai Erle (krank), entschuldigt\n"
        "Ortsvorsteher Tim Espe (privat), entschuldigt\n"
        "Der Vorsitzende begrüßt die Ratsmitglieder, die Verwaltung und die Zuhörer.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Paul Weide", "mayor")]
    assert "Tim Espe" in {r["name"] for r in doc._.roster if r["group_role"] == "absent"}


def test_absent_heading_reopens_the_attendance_list_after_running_text():
    from ratsnlp.segment.structure import Structure

    text = (
        "Protokoll des Gemeinderates Bergfelde, 3. März 2025\n\n"
        "Anwesend:\n"
        "Bürgermeisterin Petra Lindner\n"
        "Gemeinderat Otto Kamm\n"
        "Die Sitzung fand im großen Saal des Rathauses statt, weil der kleine Saal wegen einer Baustelle nicht "
        "genutzt werden konnte und dort die Technik fehlt.\n"
        "Abwesend:\n"
        "Gemeinderätin Ina Roth (krank), entschuldigt\n"
        "Die Vorsitzende eröffnet die Sitzung.\n"
    )
    roster = {r["name"]: r["group_role"] for r in Structure(text).run().roster}
    assert roster == {"Petra Lindner": "council_member", "Otto Kamm": "council_member", "Ina Roth": "absent"}
    # without an attendance list above it, "Abwesend:" opens none
    assert Structure("Abwesend:\nGemeinderätin Ina Roth (krank)\n").run().roster == []


def test_unwrapped_bullet_entry_ends_at_its_line_end(nlp):
    doc = nlp(
        "Niederschrift über die Sitzung des Stadtrates\n"
        "Beginn: 18:00 Uhr\n"
        "Ende: 19:10 Uhr\n"
        "Erster Bürgermeister\n"
        "Buche, Hans\n"
        "Mitglieder des Stadtrates\n"
        "- Ahorn, Max\n"
        "- Birke, Lea\n"
        "- Eiche, Tom\n"
        "- Kiefer, Jan\n"
        "- Linde, Ute\n"
        "- Pappel, Rita\n"
        "- Ulme, Rolf\n"
        "- Weide, Anja\n"
        "- Zeder, Bodo\n"
        "Schriftführer\n"
        "Tanne, Eva\n"
        "Tagesordnung\n"
        "- Bebauungsplan Nordstraße - Zustimmung zum Entwurf und Auslegung der Planunterlagen\n"
        "- Anfrage Stadtratsmitglied Kiefer vom 02.04.2025; Beleuchtung am Parkplatz / Sicherheit\n"
        "Erster Bürgermeister Hans Buche eröffnet um 18 Uhr die Sitzung und begrüßt alle Anwesenden.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Hans Buche"]
    assert doc._.turns[0].text.startswith("Erster Bürgermeister")


def test_wrapped_bullet_line_still_continues():
    from ratsnlp.segment.sentences import _hard_break

    # lines wrapped at about 40 characters: a long bullet line that ends in an article goes on below
    assert _hard_break("- Antrag der Fraktion auf einen Zuschuss für die", "Sanierung der Turnhalle", 40) is False
    assert _hard_break("- Antrag der Fraktion auf einen Zuschuss für neue", "Sportgeräte der Schule", 60) is False  # fits: wrapped
    assert _hard_break("- Anfrage Stadtrat Kiefer vom 02.04.2025; Beleuchtung am Parkplatz", "Erster Bürgermeister Buche eröffnet", 40)


def test_a_short_line_ending_in_an_article_goes_on(rules_nlp):
    from ratsnlp.segment.sentences import _hard_break

    assert _hard_break("Die Niederschrift über die", "Sitzung des Ortsbeirats vom 12.05.2025 wird einstimmig genehmigt.") is False
    assert _hard_break("Bericht der", "Ortsvorsteherin") is False
    assert _hard_break("Tagesordnung", "Herr Lahm eröffnet die Sitzung.")  # no article: a heading line
    assert _hard_break("Es sprachen die", "- Ortsvorsteherin und der Kämmerer") is True  # a list below
    doc = rules_nlp("TOP 1 Niederschrift\nDie Niederschrift über die\nSitzung des Ortsbeirats vom 12.05.2025 wird einstimmig genehmigt.\n")
    assert [d.text.split()[:3] for d in doc._.decisions] == [["Die", "Niederschrift", "über"]]


def test_minutes_quoted_by_a_speaker_stay_in_that_speakers_turn(nlp):
    doc = nlp(
        "Der Vorsteher Herr Quast liest aus dem Protokoll des Hauptausschusses vor:\n\n"
        "„Herr Rabe ist der Ansicht, dass die Redezeit begrenzt werden soll. Frau Specht hält eine Regelung für entbehrlich.“\n\n"
        "Der Vorsteher Herr Quast mahnt deshalb, die Redezeiten künftig einzuhalten.\n\n"
        "Herr Rabe widerspricht der Darstellung.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Quast", "Rabe"]
    # a quotation that no speaker introduces with a colon is a speaker's own turn
    doc = nlp(
        "Herr Quast erläutert die Vorlage.\n\n"
        "Zu Punkt 4, zweiter Absatz: „Herr Rabe meinte, dass die Redezeit begrenzt werden soll.“\n"
    )
    assert _turns(doc) == [("Quast", "Herr Quast erläutert"), ("Rabe", "„Herr Rabe meinte, d")]


def test_a_correction_of_an_item_is_no_agenda_heading():
    from ratsnlp.segment.structure import match_header

    assert match_header("TOP 5 muss lauten:", after_blank=True, in_resolution=False) is None
    assert match_header("TOP 5 Bebauungsplan Nord", after_blank=True, in_resolution=False) == ("5", "Bebauungsplan Nord", None)


def test_unlabelled_question_after_an_answer_label_is_the_askers_new_turn(nlp):
    doc = nlp(
        "Einwohnerfragestunde\n\n"
        "Frau Lerche (Nordviertel):\n\n"
        "Wann wird die Ampel an der Schule wieder eingeschaltet?\n\n"
        "Gibt es dafür schon einen Termin?\n\n"
        "Antwort BM: Die Ampel wird nächste Woche repariert. Warum das so lange dauert? Das Ersatzteil fehlte.\n\n"
        "Wer trägt die Kosten für die Reparatur?\n\n"
        "Antwort BM: Die Kosten trägt der Landkreis.\n\n"
        "Herr Amsel (Südviertel):\n\n"
        "Hinweis auf Müll am Spielplatz.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [
        ("Lerche", "public"),  # her second question before any answer: one turn
        ("Antwort BM", "mayor"),  # a question inside the answer's paragraph stays the answer's
        ("Lerche", "public"),
        ("Antwort BM", "mayor"),
        ("Amsel", "public"),
    ]


def test_er_or_sie_standing_for_a_thing_goes_on_with_the_current_speaker(nlp):
    doc = nlp(
        "Herr Kranich fragt, ob der Ausschuss das prüfen darf.\n\n"
        "Frau Meise erklärt, dass der Beirat die Satzung vorbereite. Er kann die Verwaltung dabei beraten.\n\n"
        "Herr Falke fragt nach den Kosten.\n\n"
        "Diese Summe hält Herr Falke für zu hoch. Sie könnte auch durch Spenden gedeckt werden.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Kranich", "Meise", "Falke"]
    # a person before, or a plural: the pronoun is the earlier speaker of that gender
    doc = nlp(
        "Frau Meise fragt nach dem Radweg.\n\n"
        "Herr Falke erklärt, dass die Anträge noch nicht vorliegen. Sie bittet um eine schnelle Vorlage.\n\n"
        "Herr Kranich erläutert den Plan und erklärt, dass der Bürgermeister zustimme. Er freut sich darüber.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Meise", "Falke", "Meise", "Kranich"]


def test_an_unnumbered_item_title_between_two_acts_of_one_speaker_starts_a_new_turn(nlp):
    doc = nlp(
        "Verpflichtung der neuen Mitglieder\n"
        "Bürgermeister Amsel verliest die Verpflichtungsformel und verpflichtet die neuen Mitglieder per Handschlag.\n"
        "Wahl der Beigeordneten für die Gemeinde\n"
        "Bürgermeister Amsel erläutert hierzu, dass zwei Beigeordnete zu wählen sind.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Amsel", "Amsel"]
    # a line that wraps a sentence, and a sentence without end punctuation, are no titles
    doc = nlp(
        "Bürgermeister Amsel verliest die Verpflichtungsformel, die für alle neuen Mitglieder\n"
        "Wahl der Beigeordneten betrifft. Bürgermeister Amsel erläutert hierzu die Wahl.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Amsel"]


def test_a_member_whose_plan_is_reported_in_the_konjunktiv_does_not_take_the_turn(nlp):
    doc = nlp(
        "OV Zander berichtet, dass die Sanierung des Bürgerhauses im Herbst beginnt. "
        "ORM Wachtel, der inzwischen Beauftragter für den Radverkehr ist, plane dazu eine Informationsveranstaltung. "
        "OV Zander berichtet weiter über die Presse.\n\n"
        "ORM Wachtel fragt nach dem Termin.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Zander", "Wachtel"]
    # an indicative act, or a postposition after the name, is the member's own turn
    doc = nlp("OV Zander berichtet über die Sanierung. ORM Wachtel plant eine Veranstaltung dazu.\n")
    assert [t._.speaker for t in doc._.turns] == ["Zander", "Wachtel"]
    doc = nlp("Herr Zander berichtet über die Sanierung des Bades.\n\nFrau Kiebitz zufolge ist der Eintritt frei, die Kurse kosten.\n")
    assert [t._.speaker for t in doc._.turns] == ["Zander", "Kiebitz"]


def test_prose_after_an_answer_label_may_name_the_next_speaker(nlp):
    doc = nlp(
        "Herr Fink (Oberdorf):\n\n"
        "Warum ist die Brücke gesperrt?\n\n"
        "Antwort Frau Kranich: Die Brücke wird geprüft. Herr Specht ergänzt, dass die Prüfung im Mai endet.\n\n"
        "Frau Star (CD):\n\n"
        "Ich danke der Verwaltung. Herr Specht hat gesagt, dass die Prüfung im Mai endet.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Fink", "Kranich", "Specht", "Star"]  # a verbatim label: one turn


def test_guests_under_ausserdem_and_a_wrapped_opening_sentence_end_the_roster_right(nlp):
    doc = nlp(
        "Protokoll der Gemeindevertretung Lindhorst vom 07.03.2025\n"
        "Anwesend:\n"
        "Bürgermeister Ralf Dohle\n"
        "Gemeindevertreter Uwe Fink\n"
        "Gemeindevertreterin Ute Meise\n"
        "Es fehlen:\n"
        "Gemeindevertreter Tom Rabe (e)\n"
        "Außerdem:\n"
        "Architekt Specht zu Tagesordnungspunkten 5 bis 8\n"
        "Herr Amsel vom Amt Nord, zugleich als Protokollführer\n"
        "Bürgermeister Dohle heißt die Gemeindevertreter und die Gäste im Dorfgemeinschaftshaus\n"
        "willkommen und stellt um 19.40 Uhr die Beschlussfähigkeit fest.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Dohle", "mayor")]
    assert {r["name"] for r in doc._.roster} >= {"Ralf Dohle", "Tom Rabe", "Specht", "Amsel"}
    # a heading that ends the list still ends it when no person opens the line
    roster = nlp("Anwesend:\nBürgermeister Ralf Dohle\nTagesordnung\nGemeindevertreter Uwe Fink fragt nach dem Weg.\n")._.roster
    assert [r["name"] for r in roster] == ["Ralf Dohle"]


def test_a_sentence_with_a_blank_line_after_every_line_stays_one_sentence(nlp):
    doc = nlp(
        "Der Vorsitzende weist darauf hin, dass die Beratung wie gewohnt digital mitgeschnitten\n\n"
        "werde, was allein der Anfertigung der Niederschrift diene und nach deren Genehmigung\n\n"
        "durch die Geschäftsstelle wieder gelöscht werde.\n\n"
        "Es erfolgen keine Einwendungen.\n\n"
        "Der Vorsitzende begrüßt außerdem zwei Schulklassen als Gäste.\n"
    )
    assert [t.text[:20] for t in doc._.turns] == ["Der Vorsitzende weis", "Der Vorsitzende begr"]
    # a short title line above a blank line, and a line that ends a sentence, end their region
    from ratsnlp.segment.sentences import _continues_over_blank

    assert not _continues_over_blank("P r o t o k o l l", "der 5. Zusammenkunft des Umweltausschusses")
    assert not _continues_over_blank("Die Ortsvorsteherin schließt den öffentlichen Teil um 21 Uhr.", "danach folgt")
    assert _continues_over_blank("Der Vorsitzende weist darauf hin, dass die Beratung digital mitgeschnitten", "werde.")


def test_sie_after_a_party_named_in_the_sentence_before_is_the_party(nlp):
    doc = nlp(
        "Landrätin Eva Amsel (CDU) eröffnete die Sitzung.\n\n"
        "Die Verwaltung stellte danach den Haushalt vor. Zweitstärkste Kraft ist die SPD. Sie stellt 8 Mitglieder.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Eva Amsel"]
    # a thing that is no party or group: "Sie" is the earlier speaker again
    doc = nlp("Landrätin Eva Amsel (CDU) eröffnete die Sitzung.\n\nHerr Rolf Fink (SPD) lobte die Schule. Sie dankte ihm dafür.\n")
    assert [t._.speaker for t in doc._.turns] == ["Eva Amsel", "Rolf Fink", "Eva Amsel"]


def test_a_headline_with_a_colon_is_no_speaker_label(nlp):
    doc = nlp(
        "Ortsrat Musterau: Zwei Bezirke zusammenlegen\n\n"
        "Einstimmig hat sich der Ortsrat in seiner Sitzung dafür ausgesprochen.\n\n"
        "Ortsvorsteherin Ina Probe (AB) berichtete, dass der Bezirk Ost keinen Schiedsmann mehr habe.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Ina Probe"]
    doc = nlp("Stadtrat Musterau: Streit um den Haushalt, Bürgermeister greift ein!\n\nDer Rat tagte am Dienstag.\n")
    assert list(doc._.turns) == []
    # a label with a sentence after it, or a role abbreviation with a long remark, labels speech
    doc = nlp("Frau Probe (AB): Das lehnen wir ab.\n\nOR: Vorgesehen ist eine Hecke als Abgrenzung, keine Mauer aus Beton an der Straße\n")
    assert len(doc._.turns) == 2


def test_the_debate_below_a_proposal_heading_is_the_speakers(nlp):
    doc = nlp(
        "Beschlussvorschlag:\n\n"
        "Der Kreistag nimmt den Geschäftsbericht zur Kenntnis.\n\n"
        "Der Landrat erklärt, dass eine Aussprache nicht erforderlich ist.\n\n"
        "Er verweist auf die Möglichkeit von Anfragen. Außerdem können die Fraktionen Anträge stellen.\n\n"
        "Herr Dr. Kiebitz, Fraktion AB, hält es für unverständlich, dass Rückfragen zum Bericht ausgeschlossen sein sollen.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Der Landrat", "Kiebitz"]
    assert doc._.turns[0].text.endswith("Anträge stellen.")


def test_a_speaker_below_an_empty_decision_heading_keeps_the_turn(nlp):
    doc = nlp(
        "Beschluss:\n\n"
        "Herr Reiher bittet um Richtigstellung der Niederschrift:\n\n"
        "„Herr Reiher fragt, wann die Straße saniert wird.“\n\n"
        "Ergänzend wurde in der Versammlung mitgeteilt, dass die Gemeinde Splitt bereitstellt.\n\n"
        "Herr Reiher stellt den Antrag, die Niederschrift zu berichtigen.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Reiher"]
    # the resolution text itself, with no speaker in it, is no turn
    doc = nlp("Beschluss:\n\nDer Gemeinderat beschließt die Satzung. Sie tritt am 1. Mai in Kraft.\n")
    assert list(doc._.turns) == []


def test_a_paragraph_break_before_a_document_number_inside_a_sentence_is_no_sentence_end(nlp):
    doc = nlp(
        "Der Kreistag lehnte den Antrag der Gruppe AB mehrheitlich ab.\n\n"
        "Kreistagsvorsitzender Reiher stellte den Sachstand anhand der Drucksache\n\n"
        "DS-BU/9/233 dar und gab danach Kreistagsabgeordneter Dr. Amsel das Wort.\n\n"
        "Kreistagsabgeordnete Dr. Amsel stellte den Antrag vor.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Reiher", "Amsel"]
    from ratsnlp.segment.sentences import _continues_over_blank

    # an item heading with its number after a finished sentence stays apart
    assert not _continues_over_blank("Kreistagsvorsitzender Reiher trug den Sachverhalt gemäß der Vorlage vor.", "V-1/23 vor Ort")
    assert not _continues_over_blank("Kreistagsvorsitzender Reiher trug den Sachverhalt vor", "DS-BU/9/233 Neubau der Schule")


@pytest.mark.parametrize("label", ["Betr. TOP 5:", "Betr. Punkt 3.2:", "Betrifft Punkt 4:"])
def test_a_turn_after_a_reference_label_starts_at_its_speaker(rules_nlp, label):
    text = f"TOP 2 Niederschrift\n\n{label} Herr Marten bittet um Ergänzung, dass die Bänke bereits bestellt sind.\n"
    doc = rules_nlp(text)
    (turn,) = doc._.turns
    assert turn.text.startswith("Herr Marten")


def test_a_numbered_subheading_of_a_report_starts_the_speakers_next_turn(nlp):
    text = (
        "Frau Anna Drost (AB) stellte zwei Anträge.\n1. Antrag zur Streichung der Tagesordnungspunkte 3 und 13\n"
        "Frau Drost beantragte, die Punkte 3 und 13 abzusetzen. Sie nannte Gründe.\n"
        "2. Antrag zur Verlagerung der Tagesordnungspunkte 9 und 10\nFrau Drost beantragte, die Punkte 9 und 10 zu verschieben.\n"
    )
    assert [t.text[:20] for t in nlp(text)._.turns] == ["Frau Anna Drost (AB)", "Frau Drost beantragt", "Frau Drost beantragt"]


def test_the_members_agreeing_is_narration_and_the_unpunctuated_last_line_is_a_sentence(nlp):
    text = (
        "Beschluss: einstimmig zugestimmt\n\nDer Landrat informiert, dass sich der Sitzungsplan noch ändern kann.\n\n"
        "Nach kurzer Diskussion verständigen sich die Abgeordneten darauf, den Beginn bei 17 Uhr zu belassen.\n\n"
        "Abschließend bittet der Landrat um die Zustimmung zur Weiterleitung der Vorlage in den Kreistag\n"
    )
    doc = nlp(text)
    assert [t.text[:14] for t in doc._.turns] == ["Der Landrat in", "Abschließend b"]
    assert [(d.text[:10], d._.outcome) for d in doc._.decisions] == [("Beschluss:", "accepted")]


def test_an_editors_note_on_attachments_is_narration(nlp):
    text = (
        "Der Landrat beantwortet die Anfrage der AB-Fraktion zur Kreisstraße.\n\n"
        "Die Stellungnahme des Bauamtes zur Kreisstraße liegt dem Protokoll als Anlage 2 bei.\n\n"
        "Der Landrat informiert die Abgeordneten darüber, dass die Ausschreibung läuft.\n"
    )
    assert [t.text[:12] for t in nlp(text)._.turns] == ["Der Landrat ", "Der Landrat "]
