"""Turn openings that real minutes word in many ways (issue #8): invented sentences, one mechanism each."""

from __future__ import annotations

import pytest

OPEN = "Bürgermeister Albers eröffnete die Sitzung. "


def _speakers(doc) -> list[str]:
    return [t._.speaker for t in doc._.turns]


def test_source_of_a_view_in_the_genitive_speaks(nlp):
    doc = nlp("Ratsherr Voss eröffnete die Sitzung. Nach Ansicht der Kämmerin fehlen die Mittel für den Umbau.")
    assert len(doc._.turns) == 2 and doc._.turns[1].text.startswith("Nach Ansicht der Kämmerin")


def test_lone_surname_with_party_bracket_and_verb_opens_a_turn(nlp):
    doc = nlp(OPEN + "Ratsherr Kluge kritisierte die Planung. Brandt (FW) widersprach ihm. Dem hielt Voss (SPD) entgegen, dass Mittel bereitstehen.")
    assert _speakers(doc) == ["Albers", "Kluge", "Brandt", "Voss"]
    assert [t._.party for t in doc._.turns][2:] == ["FW", "SPD"]


def test_lone_capitalised_word_with_a_bracket_is_no_person_without_a_party(nlp):
    doc = nlp(OPEN + "Ratsherr Kluge kritisierte die Planung. Haushalt (Entwurf) fehlte in der Mappe.")
    assert _speakers(doc) == ["Albers", "Kluge"]


def test_plural_council_noun_before_two_names_opens_a_joint_turn(nlp):
    doc = nlp(OPEN + "Die Räte Kluge und Brandt sprachen sich gegen den Antrag aus.")
    assert _speakers(doc) == ["Albers", "Kluge"]


def test_possessive_descriptor_before_a_bare_name(nlp):
    doc = nlp(OPEN + "Ratsherr Kluge kritisierte die Planung. Seine Fraktionskollegin Eva Brandt pflichtete ihm bei.")
    assert _speakers(doc) == ["Albers", "Kluge", "Eva Brandt"]


def test_reaction_that_came_from_a_person(nlp):
    doc = nlp(OPEN + "Kritik kam von Ratsfrau Kluge. Die Vorlage sei zu spät gekommen. Zustimmung gab es dagegen vom Ortsvorsteher Brandt.")
    assert _speakers(doc) == ["Albers", "Kluge", "Brandt"]


def test_view_for_a_person_and_not_a_place_reserved_for_them(nlp):
    doc = nlp(OPEN + "Für Ratsfrau Kluge ist das Projekt zu teuer.")
    assert _speakers(doc) == ["Albers", "Kluge"]
    doc = nlp(OPEN + "Für Ratsfrau Kluge ist ein Platz in der ersten Reihe reserviert.")
    assert _speakers(doc) == ["Albers"]


def test_nominal_act_by_a_person(nlp):
    doc = nlp("Sitzungseröffnung um 18 Uhr durch Ortsvorsteherin Kluge.\nHerr Brandt fragt nach den Kosten.")
    assert _speakers(doc) == ["Kluge", "Brandt"]


def test_unknown_given_name_with_a_less_common_verb_of_saying(nlp):
    doc = nlp(OPEN + "Ratsherr Kluge lobte den Plan. Yorrick Brandt konterte mit eigenen Zahlen.")
    assert _speakers(doc) == ["Albers", "Kluge", "Yorrick Brandt"]


def test_speaker_named_after_the_reported_content(nlp):
    doc = nlp(OPEN + "Die Kosten seien zu hoch, meinte Kluge von den Grünen.")
    assert _speakers(doc) == ["Albers", "Kluge"]
    doc = nlp(OPEN + "Es sei wichtig, der Verwaltung ein Mandat zu geben, versicherten sowohl Eva Kluge als auch Jan Brandt.")
    assert _speakers(doc) == ["Albers", "Eva Kluge"]


def test_a_word_after_a_comma_and_a_verb_is_a_person_only_at_the_end_of_the_clause(nlp):
    doc = nlp(OPEN + "Herr Kluge fragt nach dem Zeitplan. Zwei Mitglieder hatten auch Fragen. Entsprechende Listen folgen.")
    assert _speakers(doc) == ["Albers", "Kluge"]


def test_able_to_speak_after_a_long_fronted_clause(nlp):
    doc = nlp(OPEN + "Erst nach einer Unterbrechung, die eine Stunde dauerte, war Sprecher Kluge (CDU) in der Lage, die Vorlage zu erläutern.")
    assert _speakers(doc) == ["Albers", "Kluge"]


def test_course_of_the_debate_is_narration_between_two_turns_of_one_speaker(nlp):
    doc = nlp(OPEN + "Ratsfrau Kluge lobte den Plan. Die Diskussion verlief sachlich. Ratsfrau Kluge bat dann um Abstimmung.")
    assert _speakers(doc) == ["Albers", "Kluge", "Kluge"]


def test_votes_received_and_an_office_to_come_are_no_contributions(nlp):
    doc = nlp(OPEN + "Bei der Wahl erhielt Eva Kluge (SPD) 12 Stimmen.")
    assert _speakers(doc) == ["Albers"]
    doc = nlp(OPEN + "Eva Kluge (SPD), seit Jahren im Bauausschuss, soll künftig den Ausschuss leiten.")
    assert _speakers(doc) == ["Albers"]


ASKS = "Ratsfrau Kluge fragt nach dem Radweg. "


def test_subject_after_the_verb_with_an_expletive_or_a_fronted_object(nlp):
    for second in (
        "Es antwortet Kämmerer Brandt.",
        "Es folgt eine kurze Stellungnahme von Kämmerer Brandt.",
        "Das Wort erhält Kämmerer Brandt.",
        "Die Frage beantwortet Herr Brandt dahingehend, dass der Radweg im Mai kommt.",
    ):
        assert _speakers(nlp(OPEN + ASKS + second)) == ["Albers", "Kluge", "Brandt"], second
    assert _speakers(nlp(OPEN + ASKS + "Es regnet seit Tagen.")) == ["Albers", "Kluge"]


def test_receiving_the_floor_is_no_presence_line(nlp):
    doc = nlp(OPEN + ASKS + "Kämmerer Brandt erhält das Wort und erläutert die Kosten.")
    assert _speakers(doc) == ["Albers", "Kluge", "Brandt"]


def test_holding_another_opinion_is_a_contribution(nlp):
    assert _speakers(nlp(OPEN + ASKS + "Ratsherr Brandt ist anderer Meinung.")) == ["Albers", "Kluge", "Brandt"]


def test_short_answer_after_an_answer_label(nlp):
    doc = nlp(OPEN + ASKS + "\nAntwort der Verwaltung: Der Radweg kommt im Mai.")
    assert len(doc._.turns) == 3 and doc._.turns[2].text.startswith("Antwort der Verwaltung")
    doc = nlp("Niederschrift\nSchriftführerin: Frau Kluge\nOrt: im Rathaus\n\nHerr Brandt eröffnet die Sitzung.")
    assert _speakers(doc) == ["Brandt"]


def test_short_lines_that_go_on_in_lowercase_are_one_sentence(nlp):
    doc = nlp("TOP 2 Radweg\n\nRatsfrau Kluge erläutert den An-\ntrag ihrer Fraktion.\n\nRatsherr Brandt lehnt den\nAntrag ab.\n")
    assert _speakers(doc) == ["Kluge", "Brandt"]
    doc = nlp("Niederschrift:\nAnna Kluge als Protokollantin\nweitere Teilnehmer:\nGäste aus dem Ort\n\nHerr Brandt eröffnet die Sitzung.\n")
    assert _speakers(doc) == ["Brandt"]


def test_numbered_contributions_in_question_time(nlp):
    doc = nlp("Einwohnerfragestunde\n\n1. Frau Kluge fragt nach dem Lärmschutz.\n2. Herr Brandt fragt nach dem Winterdienst.\n")
    assert _speakers(doc) == ["Kluge", "Brandt"]


def test_so_stands_for_the_verb_of_saying(nlp):
    doc = nlp("GR Kluge fragte, ob der Radweg komme. Bgm. Albers bejahte. GRin Voss wollte wissen, wann. Im Mai, so Albers.\n")
    assert _speakers(doc) == ["Kluge", "Albers", "Voss", "Albers"]


def test_view_for_an_unnamed_role_in_the_accusative(nlp):
    doc = nlp("Herr Kluge fragt nach. Für den Bürgermeister jedoch ist zuerst das Amt zuständig.")
    assert [t.text[:20] for t in doc._.turns] == ["Herr Kluge fragt nac", "Für den Bürgermeiste"]
    doc = nlp("Herr Kluge fragt nach. Für den Bürgermeister ist ein Platz reserviert.")
    assert len(doc._.turns) == 1


def test_agent_of_a_passive_of_presenting_speaks_but_not_the_author_of_a_decided_motion(nlp):
    doc = nlp("Herr Kluge fragt nach. Im Rahmen der Planungen wurde der aktuelle Stand von Ratsfrau Eva Brandt ausführlich vorgestellt.")
    assert _speakers(doc) == ["Kluge", "Eva Brandt"]
    doc = nlp("Herr Kluge fragt nach. Dann wurde der Antrag von Frau Brandt einstimmig genehmigt.")
    assert _speakers(doc) == ["Kluge"]
    doc = nlp("Herr Kluge fragt nach. Dies wird von Frau Brandt bestätigt.")
    assert _speakers(doc) == ["Kluge", "Brandt"]


def test_biography_presence_honours_and_votes_are_no_contributions(nlp):
    for sentence in (
        "Eva Kluge (SPD) sitzt seit 2014 im Rat.",
        "Eva Kluge (SPD) zog mit 1200 Stimmen in den Rat ein.",
        "Ratsherr Kluge wohnt direkt an der Straße.",
        "Ratsfrau Kluge war an diesem Abend nicht anwesend.",
        "Ratsherr Kluge erhielt für 25 Jahre die Ehrennadel.",
        "Frau Kluge führt das Protokoll.",
        "Ratsherr Kluge stimmte gegen den Antrag.",
        "Ratsherr Kluge enthielt sich der Stimme.",
    ):
        assert _speakers(nlp(OPEN + sentence)) == ["Albers"], sentence
    assert _speakers(nlp(OPEN + "Ratsherr Kluge stimmte dem Vorschlag zu und lobte die Verwaltung.")) == ["Albers", "Kluge"]


def test_subject_of_a_fronted_subordinate_clause_and_a_caption_do_not_speak(nlp):
    doc = nlp(OPEN + "Nachdem dann noch Ratsherr Kluge Öl ins Feuer gegossen hatte, wurde es laut.")
    assert _speakers(doc) == ["Albers"]
    doc = nlp(OPEN + "Protest vor dem Rathaus – vorne links Schulleiter Kluge.")
    assert _speakers(doc) == ["Albers"]
    doc = nlp(OPEN + "Nachdem die Verwaltung berichtet hatte, fragte Ratsfrau Kluge nach den Kosten.")
    assert _speakers(doc) == ["Albers", "Kluge"]
    doc = nlp(OPEN + "Während der Aussprache meldete sich Ratsherr Brandt zu Wort, um die Kosten zu nennen.")
    assert _speakers(doc) == ["Albers", "Brandt"]


def test_unknown_abbreviation_or_occupation_before_a_surname_is_a_cue(nlp):
    for sentence, name in (
        ("ORM Kluge fragt nach den Kosten.", "Kluge"),
        ("Landschaftsarchitektin Kluge stellt die Pläne vor.", "Kluge"),
        ("Quartiersmanager Brandt berichtet über das Quartier.", "Brandt"),
    ):
        assert _speakers(nlp(OPEN + sentence)) == ["Albers", name], sentence
    assert _speakers(nlp(OPEN + "Belastbare Zahlen fehlen noch.")) == ["Albers"]


def test_abbreviated_title_after_the_reported_content_is_no_surname(nlp):
    doc = nlp(OPEN + "Dem Ziel könne sich niemand verschließen, meint Bzv. Herr Kranz (CDU).")
    assert [(t._.speaker, t._.party) for t in doc._.turns][1] == ("Kranz", "CDU")


def test_surnames_in_capitals_after_a_role_noun_and_alone_in_an_apposition(nlp):
    doc = nlp(
        "Der Vorsitzende der Gemeindevertretung, KNAPP, ruft den Punkt auf.\n\n"
        "Bürgermeister ZINN erläutert den Hintergrund.\n\n"
        "GV LEHR (CDU) hält die Busverbindung für unzumutbar.\n\n"
        "Der Vorsitzende erteilt der Vorsitzenden des Elternbeirats, Frau Ritter, das Wort.\n\n"
        "Frau Ritter berichtet von den Sorgen der Eltern.\n\n"
        "Der Vorsitzende stellt fest, dass niemand widerspricht.\n"
    )
    assert _speakers(doc) == ["KNAPP", "ZINN", "LEHR", "KNAPP", "Ritter", "KNAPP"]
    assert _speakers(nlp("Bürgermeister Albers begrüßt die Gäste der SPD und CDU.")) == ["Albers"]


def test_numbered_question_label(nlp):
    doc = nlp("Fragestunde\n\nFrage Nr. 114 der Stadtverordneten Kluge (CDU): Wann wird die Unterführung wieder geöffnet?\n\n"
              "Antwort: Die Unterführung wird im Mai geöffnet.\n")
    assert doc._.turns[0]._.speaker == "Kluge"


def test_missing_thing_is_no_absence_and_dissatisfaction_is_a_position(nlp):
    assert _speakers(nlp(OPEN + "\n\nsB Ferreira (FDP) fehlt in beiden Anträgen die Begründung.")) == ["Albers", "Ferreira"]
    assert _speakers(nlp(OPEN + "\n\nsB Ferreira (FDP) fehlt.")) == ["Albers"]
    assert _speakers(nlp(OPEN + "Herr Kluge fragt nach. Frau Lüdtke ist mit der Antwort nicht zufrieden.")) == ["Albers", "Kluge", "Lüdtke"]


def test_labels_after_a_resolution_line_open_turns(nlp):
    doc = nlp(
        "2. Jahresabschluss\n"
        "Kämmerin Kluge: Ergebnis besser als geplant, vor allem wegen der Gewerbesteuer.\n"
        "Beschluss: Der Jahresabschluss wird festgestellt. Einstimmig.\n\n"
        "3. Bauvoranfrage Pferdepension\n"
        "Herr Brandt: Außenbereich, nicht privilegiert und teilweise im Überschwemmungsgebiet.\n"
        "GR Voss (FW): Die Landwirte brauchen eine Perspektive für ihre Höfe.\n"
    )
    assert _speakers(doc) == ["Kluge", "Brandt", "Voss"]


def test_academic_title_and_party_as_a_speaker_label(nlp):
    doc = nlp("zu 3.\nDr. Kluge (AWE): Stellt die Kalkulation für 2026 vor. Die Gebühr steige.\n\nHerr Brandt fragt nach.\n")
    assert _speakers(doc) == ["Kluge", "Brandt"]
    assert doc._.turns[0]._.party == "AWE"


def test_abbreviations_inside_a_bracket_do_not_end_the_sentence(nlp):
    doc = nlp(OPEN + "Herr Kluge (kath. Kirchengemeinde St. Anna) bittet um einen Zuschuss.\n\nBezirksstadträtin Voss (Abt. Ordnung) antwortet.")
    assert _speakers(doc) == ["Albers", "Kluge", "Voss"]


def test_quotation_before_a_sentence_that_refers_back_to_it(nlp):
    doc = nlp(OPEN + "„Modulbauten sind keine Übergangslösung.“ Mit diesen Worten wandte sich Ratsherr Kluge (CDU) an die Verwaltung.")
    assert [(t._.speaker, t.text[:12]) for t in doc._.turns][1] == ("Kluge", "„Modulbauten")


def test_verbless_label_with_given_name_surname_and_party(nlp):
    doc = nlp("Die Sitzung beginnt.\nEva Kluge, SPD: Das lehnen wir ab.\nJan Brandt, CDU: Das gehört in den Fachausschuss.")
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Eva Kluge", "SPD"), ("Jan Brandt", "CDU")]
    assert _speakers(nlp("Die Sitzung beginnt.\nNeue Mitte, SPD: Das Quartier wächst weiter.")) == []


def test_sentence_in_the_past_tense_after_an_item_label_is_no_item_title(nlp):
    doc = nlp(
        "Tagesordnung:\n1.  Eröffnung\n2.  Frauenhaus\n\n"
        "Zu TOP 1:\nDie Vorsitzende Kluge eröffnete die Sitzung um 16:00 Uhr und stellte die ordnungsgemäße\n"
        "Einladung sowie die Beschlussfähigkeit fest.\n\n"
        "Zu TOP 2:\nFrau Brandt berichtete, dass das Frauenhaus im Jahr 2024 viele Anfragen habe ablehnen\n"
        "müssen. Eine Erweiterung sei nötig.\n"
    )
    assert _speakers(doc) == ["Kluge", "Brandt"]


def test_question_that_came_from_a_person_an_emotion_and_a_modal_after_a_cue(nlp):
    for sentence in (
        "Von Frau Kluge kommt die Frage, wie das weitergeht.",
        "Frau Kluge (SPD) ist erschrocken über das Ausmaß der Schäden.",
        "RH Kluge kann dem Plan in dieser Form nicht zustimmen.",
    ):
        assert _speakers(nlp(OPEN + sentence)) == ["Albers", "Kluge"], sentence


def test_abbreviation_cue_after_the_verb_of_a_fronted_phrase(nlp):
    doc = nlp(OPEN + "Für die SPD-Fraktion stellt RF Tamm fest, dass die Zahlen stimmen.")
    assert _speakers(doc) == ["Albers", "Tamm"]
    assert _speakers(nlp(OPEN + "Dazu erklärte die CDU Fraktion nichts.")) == ["Albers"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Es sprach zunächst Ortsvorsteher Jens Köhler.", ("Jens Köhler", "mayor", None)),
        ("Ähnlich sah es Ratsfrau Lisa Brandt (SPD).", ("Lisa Brandt", "council_member", "SPD")),
        ("Seitens der SPD-Fraktion erklärte deren Vorsitzender Max Lenz Zustimmung.", ("Max Lenz", "council_member", "SPD")),
        ("Unterstützung erhielt der Antrag von Ratsfrau Gerda Lux.", ("Gerda Lux", "council_member", None)),
    ],
)
def test_the_speaker_after_the_verb(nlp, sentence, who):
    doc = nlp(OPEN + sentence)
    assert [(t._.speaker, t._.role, t._.party) for t in doc._.turns][1:] == [who]
