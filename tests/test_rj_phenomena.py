"""Who speaks, in which role: classes of minutes syntax met in the rj batch (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Bürgermeister heißt alle willkommen und ruft den ersten Punkt auf.\n\n"


def _turns(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(t._.speaker, t._.role) for t in nlp(text)._.turns]


def _starts(nlp, text: str) -> list[str]:
    return [t.text[:12] for t in nlp(OPENING + text)._.turns][1:]


def test_numbered_entry_starts_after_its_marker(rules_nlp):
    # an entry whose speaker is named late in the sentence (a passive agent): the turn starts at the entry's words
    text = (
        "1)   Fragen von Herrn A. zum Radweg werden von BzStR Probe beantwortet.\n"
        "2)   Fragen von Frau B. zur Schule werden von BzStRin Muster beantwortet.\n"
    )
    assert _starts(rules_nlp, text) == ["Fragen von H", "Fragen von F"]
    # "1." may be an ordinal of the role ("1. Beigeordneter"): the turn keeps it
    assert _starts(rules_nlp, "1. Beigeordneter Probe eröffnet die Sitzung.\n") == ["1. Beigeordn"]


def test_feminine_role_abbreviations_in_all_spellings(rules_nlp):
    # "-in", "'in" and "’in" after a role abbreviation: the same role, a woman
    for form in ("BzBm’in", "BzBmin", "BzBm'in"):
        turns = _turns(rules_nlp, f"Die Frage zum Radweg wird von {form} Muster beantwortet.\n")
        assert turns == [("Muster", "mayor")], form
    assert _turns(rules_nlp, "GR’in Muster fragt nach dem Radweg.\n") == [("Muster", "council_member")]
    # an abbreviation the lexicon does not know stays no role noun
    assert _turns(rules_nlp, "XYZ’in Muster fragt nach dem Radweg.\n") == []


def test_member_handed_the_chair_chairs(rules_nlp):
    # handed the chair inside the minutes (to an apposition after "an", or taking it over): chair, not member
    text = (
        "Der Vorsitzende, Ratsherr Probe, übergibt den Vorsitz an den 1. Stellvertreter, Ratsherr Muster.\n"
        "Ratsherr Muster bittet um Vorschläge für die Wahl.\n"
        "Ratsherr Kunz schlägt Ratsherrn Probe vor.\n"
    )
    roles = dict(_turns(rules_nlp, text))
    assert roles["Muster"] == "chair" and roles["Kunz"] == "council_member"
    text = (
        "Ratsfrau Muster dankt für das Vertrauen und übernimmt ab jetzt die Leitung der Versammlung.\n"
        "Ratsfrau Muster ruft den nächsten Punkt auf.\n"
        "Ratsherr Kunz fragt nach dem Zeitplan.\n"
    )
    roles = dict(_turns(rules_nlp, text))
    assert roles["Muster"] == "chair" and roles["Kunz"] == "council_member"
    # the leadership of an office is no chair of the meeting
    text = "Ratsfrau Muster teilt mit, sie übernimmt ab Mai die Leitung des Bauamts.\n"
    assert _turns(rules_nlp, text) == [("Muster", "council_member")]


def test_who_answers_the_members_questions_is_staff(rules_nlp):
    # no role noun, no party: the one who answers another speaker's question and asks none is the administration
    text = (
        "Herr Probe fragt, wann die Brücke fertig wird.\n"
        "Frau Muster erklärt, dass die Arbeiten im Mai enden.\n"
        "Herr Probe fragt, wer die Kosten trägt.\n"
        "Frau Muster erklärt, dass der Kreis die Hälfte zahlt.\n"
    )
    roles = dict(_turns(rules_nlp, text))
    assert roles == {"Probe": "council_member", "Muster": "administration"}
    assert dict(_turns(rules_nlp, "Auf Nachfrage der AB-Fraktion fügt Herr Kunz an, dass die Lampen getauscht werden.\n")) == {
        "Kunz": "administration"
    }
    # one who answers and also asks is a member in a debate; one who speaks after a statement answers nothing
    text = (
        "Herr Probe fragt, wann die Brücke fertig wird.\n"
        "Frau Muster erklärt, dass sie das auch wissen möchte, und fragt, wer die Kosten trägt.\n"
    )
    assert dict(_turns(rules_nlp, text))["Muster"] == "council_member"
    text = "Herr Probe lobt die neue Brücke.\nFrau Muster erklärt, dass sie die Freude teilt.\n"
    assert dict(_turns(rules_nlp, text))["Muster"] == "council_member"


def test_speech_verb_glued_to_the_surname(rules_nlp):
    # a missing space between the name and its verb: the name is the part before the verb
    assert _turns(rules_nlp, "Herr Musterverweist auf die Satzung.\n") == [("Muster", "council_member")]
    assert [s for s, _ in _turns(rules_nlp, "Frau Probenerläutert, dass die Mittel fehlen.\n")] == ["Proben"]
    # a long surname that merely ends like a verb form is kept whole when its own verb follows
    assert [s for s, _ in _turns(rules_nlp, "Herr Hochstellt erklärt, dass die Mittel fehlen.\n")] == ["Hochstellt"]


def test_asking_the_floor_and_finding_no_objection_is_chairing(rules_nlp):
    # no role noun: who asks the meeting as a whole, or finds that no one objects, chairs it
    text = (
        "Frau Muster regt an, das Thema in den Fraktionen zu beraten, und fragt in die Runde, wie die Anwesenden das sehen.\n"
        "Herr Probe erklärt, dass seine Fraktion das Thema aufgreift.\n"
    )
    assert dict(_turns(rules_nlp, text)) == {"Muster": "chair", "Probe": "council_member"}
    text = "Herr Kunz stellt fest, dass es keine Einwände gegen den Vorschlag gibt.\n"
    assert dict(_turns(rules_nlp, text)) == {"Kunz": "chair"}
    # asking one member, or finding a fact, is no chairing
    text = "Frau Muster fragt Herrn Probe nach den Kosten.\nHerr Kunz stellt fest, dass keine Mittel im Haushalt stehen.\n"
    assert dict(_turns(rules_nlp, text)) == {"Muster": "council_member", "Kunz": "council_member"}


def test_named_outside_office_presents(rules_nlp):
    # a named planning office presenting (as subject, or as the agent of a passive) is a guest's contribution
    text = OPENING + "Das Ing. Büro Mustermann präsentierte seine Berechnungen zum Hochwasser.\n"
    assert _turns(rules_nlp, text)[1:] == [("Mustermann", "guest")]
    text = OPENING + "Durch das Planungsbüro Probeplan wurde ein Konzept für den Park vorgestellt.\n"
    assert _turns(rules_nlp, text)[1:] == [("Probeplan", "guest")]
    # the person named before with that office presents for it
    text = OPENING + (
        "Zu diesem Punkt ist Frau Muster vom Planungsbüro Probeplan anwesend.\n"
        "Von Seiten des Büros Probeplan wurden die Anregungen (1.6.2024 bis 1.7.2024) vorgetragen und erläutert.\n"
    )
    assert _turns(rules_nlp, text)[1:] == [("Muster", "guest")]
    # an office without a name reported inside a turn, or one that is not presenting, opens no turn
    text = OPENING + "Das Planungsbüro hat noch eine dritte Variante vorgestellt.\nDas Büro Probeplan wurde 1990 gegründet.\n"
    assert _turns(rules_nlp, text)[1:] == []


def test_possessive_before_a_role_noun_names_the_party_member(rules_nlp):
    # "Ihr Kreisrat X" after a sentence about a party: X speaks, as a member of that party
    text = "Auch die SPD stimmte dem Antrag zu. Ihr Kreisrat Otto Probe nannte ihn überfällig.\n"
    turns = rules_nlp(text)._.turns
    assert [(t._.speaker, t._.role, t._.party) for t in turns] == [("Otto Probe", "council_member", "SPD")]
    # "ihr" as a dative is no possessive of a speaker: the woman addressed does not speak
    text = "Die Vorsitzende bedankt sich bei Frau Muster. Ihr Einsatz sei vorbildlich gewesen.\n"
    assert [t._.speaker for t in rules_nlp(text)._.turns] == ["Die Vorsitzende"]


def test_quotation_after_a_colon_starts_the_named_speakers_turn(rules_nlp):
    # narration, a colon, a quotation and then its speaker: the turn starts at the quotation
    text = (
        "Die Debatte im Rat am Donnerstag kam gerade in Gang, da wurde sie auch schon beendet: "
        "„Ich lasse keine weiteren Wortmeldungen mehr zu“, erklärte Bürgermeister Otto Probe.\n"
    )
    assert [t.text[:9] for t in rules_nlp(text)._.turns] == ["„Ich lass"]
    # a short headline before the colon keeps its own rule: the sentence after it
    text = "Streit im Rat: Den Antrag begründete Ratsfrau Ina Muster mit den Kosten.\n"
    assert [t.text[:9] for t in rules_nlp(text)._.turns] == ["Den Antra"]
