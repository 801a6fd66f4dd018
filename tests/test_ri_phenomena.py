"""Who speaks, in which role: classes of minutes syntax met in the ri batch (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Bürgermeister heißt alle willkommen und ruft den ersten Punkt auf.\n\n"


def _turns(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(t._.speaker, t._.role) for t in nlp(text)._.turns]


def _speakers(nlp, text: str) -> list[str | None]:
    return [t._.speaker for t in nlp(OPENING + text)._.turns][1:]


def test_leading_an_election_is_no_speech(nlp):
    # taking over the leadership of an election is an act; what the election leader then asks is speech
    text = "Nach Prüfung übernimmt Herr Otto Probe die Leitung der Wahl.\nDie Wahl erfolgt offen.\n"
    assert _speakers(nlp, text) == []
    assert _speakers(nlp, "Frau Ina Muster übernahm die Wahlleitung.\n") == []
    text = "Frau Ina Muster übernimmt die Leitung der Wahl und fragt, ob jemand eine geheime Wahl wünscht.\n"
    assert _speakers(nlp, text) == ["Ina Muster"]
    # taking the chair of the meeting stays a chair's act that opens a turn (as the gold of earlier batches has it)
    assert _speakers(nlp, "Ratsherr Otto Probe übernimmt den Vorsitz.\n") == ["Otto Probe"]


def test_passive_agent_with_durch_and_a_content_clause_speaks(nlp):
    # "wird durch X festgestellt, dass": the participle of saying introduces what the agent said
    text = "Eingangs wird durch Ratsherrn Probe festgestellt, dass die Ladung fristgerecht erfolgt ist.\n"
    assert _speakers(nlp, text) == ["Probe"]
    text = "Anschließend wurde durch Frau Muster angefragt, ob die Bänke erneuert werden.\n"
    assert _speakers(nlp, text) == ["Muster"]
    # a decision with the agent ("durch den Rat beschlossen") or a thing done by someone is no speech
    assert _speakers(nlp, "Die Bänke wurden durch Herrn Probe aufgestellt, als der Park neu war.\n") == []


def test_advisory_council_chair_is_no_chair_of_the_body(nlp):
    text = (
        "Die Vorsitzende begrüßt den Beirat und die Gäste.\n"
        "Der Seniorenbeiratsvorsitzende, Herr Probe, stellt den Jahresbericht vor.\n"
        "Die Vorsitzende dankt Herrn Probe für den Bericht.\n"
    )
    turns = _turns(nlp, text)
    assert turns[1] == ("Probe", "advisory_member")
    # "Die Vorsitzende" is a woman: not Herr Probe, whose title says he is a man
    assert turns[0][0] != "Probe" and turns[2][0] != "Probe"
    assert [r for _, r in turns] == ["chair", "advisory_member", "chair"]


def test_feminine_article_keeps_a_role_noun_of_either_gender_off_a_man(nlp):
    text = "Bürgermeister Otto Probe berichtet über den Haushalt.\n\nDie Vorsitzende schließt die Sitzung.\n"
    assert [s for s, _ in _turns(nlp, text)][1] != "Otto Probe"
    # the masculine article: the mayor, who chairs most councils, may be meant
    text = "Bürgermeister Otto Probe berichtet über den Haushalt.\n\nDer Vorsitzende schließt die Sitzung.\n"
    assert [s for s, _ in _turns(nlp, text)] == ["Otto Probe"]


def test_phrase_with_a_body_before_a_thing_is_no_group_act(nlp):
    # "Der vom Beirat erarbeitete Flyer werde verteilt": reported content of the speaker, not the body acting
    text = (
        "Herr Probe berichtet über das Jahr des Beirats.\n"
        "Der vom Seniorenbeirat erarbeitete Flyer werde inzwischen verteilt.\n"
        "Herr Probe macht deutlich, dass weitere Mitglieder gesucht werden.\n"
    )
    assert [s for s, _ in _turns(nlp, text)] == ["Probe"]
    # the body itself as subject still acts (and ends the turn)
    text = "Herr Probe berichtet über das Jahr.\nDer Ausschuss nimmt den Bericht zur Kenntnis.\nHerr Probe dankt.\n"
    assert [s for s, _ in _turns(nlp, text)] == ["Probe", "Probe"]


ENUMERATED_ROSTER = (
    "Niederschrift der Sitzung des Fachausschusses Umwelt am 02.03.2021\n\n"
    "Anwesend waren:\n\n"
    "a) vom Fachausschuss Herr Probe Frau Muster\n\n"
    "b) vom Ortsamt Frau Lorenz\n\n"
    "c) Gäste Herr Brandt, Herr Kessler (Ingenieurbüro Nord)\n\n"
    "Herr Wegner (Bürgerantragsteller zu TOP 1)\n\n"
    "TOP 1: Radwege\n\n"
)


def test_enumerated_roster_groups_give_roles(nlp):
    text = ENUMERATED_ROSTER + (
        "Herr Kessler stellt die Ergebnisse der Zählung vor.\n\n"
        "Frau Lorenz erläutert die Zuständigkeiten.\n\n"
        "Herr Wegner begründet seinen Antrag.\n\n"
        "Herr Probe fragt nach den Kosten.\n"
    )
    roles = dict(_turns(nlp, text))
    assert roles["Kessler"] == "guest"
    assert roles["Lorenz"] == "administration"
    assert roles["Wegner"] == "public"  # a citizens' motion's applicant, whatever group lists him
    assert roles["Probe"] == "council_member"  # "vom Fachausschuss": the body that meets


def test_enumerated_agenda_line_is_no_roster_group(nlp):
    from ratsnlp.segment.structure import _enumerated_group_line

    assert _enumerated_group_line("c) Gäste Herr Gast, Herr Planer") == ("guest", "Herr Gast, Herr Planer")
    assert _enumerated_group_line("b) vom Beirat Ina Muster Otto Probe") == ("council_member", "Ina Muster Otto Probe")
    # a speaker's sentence or an item in a list names no group before the person
    assert _enumerated_group_line("a) Frau Muster erkundigt sich nach dem Zugang.") is None
    assert _enumerated_group_line("2. Bericht Herr Probe") is None


def test_guests_welcomed_in_the_passive_narrate_between_two_acts_of_the_chair(nlp):
    text = (
        "Die Präsidentin eröffnet die Sitzung.\n"
        "Als Gäste werden die Vertreter der Presse begrüßt.\n"
        "Die Präsidentin gratuliert den neu gewählten Mitgliedern.\n"
    )
    assert len(_turns(nlp, text)) == 2
    # reported content between the two mentions keeps one turn
    text = (
        "Die Präsidentin eröffnet die Sitzung.\n"
        "Die Tagesordnung sei fristgerecht versandt worden.\n"
        "Die Präsidentin gratuliert den neu gewählten Mitgliedern.\n"
    )
    assert len(_turns(nlp, text)) == 1


def test_meeting_interrupted_for_residents_is_question_time(nlp):
    text = (
        "Die Vorsitzende unterbricht die Sitzung, damit Bürgerinnen und Bürger im Saal ihre Fragen stellen können. "
        "Herr Kessler fragt nach dem Termin für die neuen Straßenlaternen. "
        "Die Vorsitzende nimmt die Sitzung wieder auf. "
        "Herr Wegner fragt nach dem Zeitplan.\n"
    )
    roles = dict(_turns(nlp, text))
    assert roles["Kessler"] == "public"
    assert roles["Wegner"] != "public"  # after the meeting resumed: a member again
    # an interruption for a break is no question time
    text = "Die Vorsitzende unterbricht die Sitzung für zehn Minuten. Herr Kessler fragt nach den Kosten.\n"
    assert dict(_turns(nlp, text))["Kessler"] != "public"


def test_full_names_among_members_written_with_their_noun_are_residents(nlp):
    text = (
        "Herr Klaus Kessler meldet sich zu Wort und fragt nach dem Hafen.\n\n"
        "Herr Gemeindevertreter Lorenz verweist auf den Haushalt.\n\n"
        "Herr Gemeindevertreter Brandt ergänzt, dass Gespräche stattfinden.\n\n"
        "Frau Ina Wegner erkundigt sich nach der Sprechstunde.\n"
    )
    roles = dict(_turns(nlp, text))
    assert roles["Klaus Kessler"] == "public" and roles["Ina Wegner"] == "public"
    assert roles["Lorenz"] == "council_member"
    # one member written so is no style: the uncued speaker keeps the members' default
    text = (
        "Herr Klaus Kessler meldet sich zu Wort und fragt nach dem Hafen.\n\n"
        "Herr Gemeindevertreter Lorenz verweist auf den Haushalt.\n"
    )
    assert dict(_turns(nlp, text))["Klaus Kessler"] == "council_member"


def test_pipe_table_roster_rows_and_cells(nlp):
    from ratsnlp.segment.structure import Structure

    rows = (
        "| Anwesende Mitglieder: | |\n| 1. | Ina Lorenz, Vorsitzende |\n| 2. | Otto Brandt, stellv. Schriftführer |\n"
        "| 3. | Karl Wegner |\n| Entschuldigt: | |\n| 1. | Eva Kessler |\n\nDie Vorsitzende eröffnet die Sitzung.\n"
    )
    roster = {r["surname"]: r for r in Structure(rows).run().roster}
    assert roster["Lorenz"]["role_nouns"] == ["Vorsitzende"]
    # "Name, stellv. Schriftführer" is an entry, not a heading that makes the names below it staff
    assert roster["Wegner"]["group_role"] == "council_member"
    assert not roster["Kessler"].get("present")
    assert [t._.speaker for t in nlp(rows)._.turns] == ["Ina Lorenz"]
    cells = "Niederschrift\n\nAnwesend:\nLorenz, Ina |\nOrtsvorsteherin |\nDorfliste |\nBrandt, Otto |\nOrtsbeiratsmitglied |\nSPD |\n\nTOP 1: Bänke\n"
    roster = {r["surname"]: r for r in Structure(cells).run().roster}
    assert roster["Lorenz"]["party"] == "Dorfliste" and roster["Lorenz"]["role_nouns"] == ["Ortsvorsteherin"]
    assert roster["Brandt"]["party"] == "SPD"
    # a table row elsewhere (an agenda in a table) is no attendance list
    assert Structure("| TOP 1: | Ina Lorenz, Vorsitzende |\n").run().roster == []


NUMBERED_ROSTER = (
    "Ortsrat Musterdorf: Protokoll der Sitzung vom 12. Mai\n\n"
    "Anwesende Mitglieder des Ortsrates Musterdorf:\n\n"
    "  1. Karl Wegner (Vorsitzender)\n  2. Otto Brandt (Schriftführer in dieser Sitzung)\n  3. Eva Kessler\n\n"
    "Entschuldigt:\n\n  1. Ina Lorenz\n\n"
)


def test_numbered_roster_entries_are_no_agenda_items(nlp):
    from ratsnlp.segment.structure import Structure

    s = Structure(NUMBERED_ROSTER + "1. Ortsbegehung\n\nDer Vorsitzende begrüßt die Anwesenden.\n").run()
    assert {r["surname"] for r in s.roster} == {"Wegner", "Brandt", "Kessler", "Lorenz"}
    assert len(s.items) == 1  # only "1. Ortsbegehung"


def test_district_head_is_the_chair_named_in_the_roster(nlp):
    text = NUMBERED_ROSTER + (
        "Der Vorsitzende eröffnet die Sitzung.\n\n1. Ortsbegehung\n\n"
        "Frau Kessler fragt nach den Bäumen.\n\nDer Ortsvorsteher sagt eine Prüfung zu.\n"
    )
    turns = _turns(nlp, text)
    assert turns[0][0] == "Karl Wegner" and turns[-1][0] == "Karl Wegner"
    # "Der Bürgermeister" is not a district's head: not the chair listed in the roster
    text = NUMBERED_ROSTER + "Der Vorsitzende eröffnet die Sitzung.\n\n1. Haushalt\n\nDer Bürgermeister erläutert den Haushalt.\n"
    assert _turns(nlp, text)[-1][0] != "Karl Wegner"


def test_member_who_keeps_the_minutes_is_a_member(nlp):
    text = NUMBERED_ROSTER + "1. Bäume\n\nDer Antragsteller, das Ratsmitglied Otto Brandt, erläutert seine Vorschläge.\n"
    assert dict(_turns(nlp, text))["Otto Brandt"] == "council_member"
    text = "Anwesend:\nHerr Brandt, Schriftführer\n\nTOP 1: Bänke\n\nHerr Brandt verliest das Protokoll.\n"
    assert dict(_turns(nlp, text))["Brandt"] == "administration"


def test_task_given_with_a_modal_is_no_speech(nlp):
    assert _speakers(nlp, "Bis zum Herbst soll die Ortsvorsteherin mit dem Bauhof über neue Bänke sprechen.\n") == []
    assert _speakers(nlp, "Bis zur nächsten Sitzung muss Frau Lorenz die Kosten ermitteln.\n") == []
    # other modals before the person ask or want: speech
    assert _speakers(nlp, "Daraufhin möchte Frau Lorenz wissen, wann die Bäume kommen.\n") == ["Lorenz"]


def test_body_named_with_its_place_is_no_person(nlp):
    text = (
        "Herr Brandt erläutert die Vorlage zur Sitzung des Ortschaftsrates Musterau.\n"
        "Der Ortschaftsrat Musterau hat sich doch bereits damit befasst.\n"
    )
    assert [s for s, _ in _turns(nlp, text)] == ["Brandt"]
    # without the place named as such, a member written with the body's noun speaks
    text = "Herr Brandt erläutert die Vorlage.\nOrtschaftsrat Wegner hat dazu eine Frage.\n"
    assert [s for s, _ in _turns(nlp, text)] == ["Brandt", "Wegner"]


def test_speaker_sentence_glued_to_an_item_title(nlp):
    from ratsnlp.segment.structure import glued_sentence

    title = "Radwege am Bahnhof Frau Lorenz begrüßt Herrn Brandt vom Bauamt."
    assert title[glued_sentence(title) :] == "Frau Lorenz begrüßt Herrn Brandt vom Bauamt."
    # a title naming a person without a verb of saying after the name keeps its words
    assert glued_sentence("Ehrung für Herrn Brandt wegen langer Mitgliedschaft") is None
    text = "TOP 1: Bänke\n\nHerr Wegner fragt nach den Bänken.\n\nTOP 2: Radwege am Bahnhof Frau Lorenz begrüßt Herrn Brandt vom Bauamt.\n"
    assert [s for s, _ in _turns(nlp, text)] == ["Wegner", "Lorenz"]


def test_bare_role_noun_opening_a_list_line_is_no_speaker(nlp):
    assert _speakers(nlp, "Vertreter gemäß § 23 Absatz 5 Dorfliste J. Kessler\n") == []
    # the same bare noun with a verb of saying: telegram style, a speaker
    assert _speakers(nlp, "Vorsitzende schließt die Sitzung.\n") == ["Vorsitzende"]


def test_coordinated_description_before_a_full_name(nlp):
    text = "Der Heimatforscher und designierte Bürgermeisterkandidat Otto Brandt trat ans Pult und kritisierte die Parkgebühren.\n"
    assert _speakers(nlp, text) == ["Otto Brandt"]
    # the description stays inside its sentence: a full name after a plain clause is no subject
    assert _speakers(nlp, "Im Saal saßen der Heimatforscher und der Kandidat Otto Brandt.\n") == []


def test_indefinite_person_with_a_place_adjective(nlp):
    assert _speakers(nlp, "Und ein Musterdorfer Vater monierte die geplante Erhöhung.\n") == ["ein Musterdorfer Vater"]
    # with no verb of saying the indefinite person says nothing
    assert _speakers(nlp, "Ein Musterdorfer Vater sitzt seit Jahren im Elternbeirat.\n") == []


def test_subordinate_bis_clause_is_narration(nlp):
    text = "Herr Brandt erläutert die Gebühren.\nEs dauerte eine Stunde, bis ein Vater das Thema ansprach.\n"
    assert [s for s, _ in _turns(nlp, text)] == ["Brandt"]
    # the main clause's subject after the fronted "bis"-clause speaks
    assert _speakers(nlp, "Bis die Zahlen vorliegen, erklärt Frau Lorenz, werde nichts entschieden.\n") == ["Lorenz"]


def test_straight_quotes_over_two_sentences_before_the_speaker(nlp):
    text = (
        "Herr Brandt erläutert die Gebühren.\n"
        '"Das ist doch zu teuer. Warum muss hier alles teurer werden", wollte eine Mutter wissen.\n'
    )
    turns = nlp(text)._.turns
    assert len(turns) == 2 and turns[1].text.startswith('"Das ist doch zu teuer.')
    # a closed quotation in the sentence before is not the speaker's
    text = 'Herr Brandt sagt: "Das ist zu teuer." Frau Lorenz fragte: "Warum?"\n'
    assert [t._.speaker for t in nlp(text)._.turns] == ["Brandt", "Lorenz"]


def test_academic_title_with_honoris_causa_and_after_the_verb(nlp):
    text = "Auf Rückfrage erläutert Dr. h.c. Brandt für die CDU als Antragstellerin, der Punkt sei inzwischen geklärt.\n"
    assert [(t._.speaker, t._.party) for t in nlp(OPENING + text)._.turns][1:] == [("Brandt", "CDU")]
    assert _speakers(nlp, "Dr. h.c. Brandt begrüßt die Gäste.\n") == ["Brandt"]
    # a title after a verb that says nothing, or after a preposition, opens no turn
    assert _speakers(nlp, "Die Studie von Dr. Lorenz wurde vorgestellt.\n") == []
    assert _speakers(nlp, "Im Saal sitzt Dr. Lorenz mit ihren Studenten.\n") == []


def test_unnamed_speaker_is_written_in_the_nominative(nlp):
    text = (
        "Vorab wird durch den Vorsitzenden nachgefragt, ob es Einwände gegen die Tagesordnung gibt.\n"
        "Herr Brandt bittet um das Wort.\n"
        "Der Vorsitzende erklärte, dass die Wahl offen erfolgt.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Der Vorsitzende", "Brandt", "Der Vorsitzende"]
