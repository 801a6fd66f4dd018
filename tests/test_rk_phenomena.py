"""Who speaks, in which role: classes of minutes syntax met in the rk batch (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Vorsitzende eröffnet die Sitzung und ruft den ersten Punkt auf.\n\n"


def _roles(nlp, text: str) -> dict[str | None, str | None]:
    return {t._.speaker: t._.role for t in nlp(OPENING + text)._.turns}


def test_staff_acts_make_an_uncued_speaker_staff(rules_nlp):
    # no role noun, no party: who introduces the item, goes into the questions or promises a check is staff
    text = (
        "Frau Muster führt kurz in das Thema ein; die Vorlage sei neu gefasst worden.\n\n"
        "Herr Probe möchte wissen, wann der Radweg fertig wird.\n\n"
        "Herr Kunz sagt eine Klärung mit dem Landesbetrieb zu.\n\n"
        "Frau Lenz stellte das Gutachten vor und ging auf die Nachfragen der Mitglieder ein.\n"
    )
    roles = _roles(rules_nlp, text)
    assert roles["Muster"] == roles["Kunz"] == roles["Lenz"] == "administration"
    assert roles["Probe"] == "council_member"
    # negative: a member who agrees, comments or asks stays a member ("sagt" without a promise, "geht" elsewhere)
    text = (
        "Herr Probe sagt, er halte die Planung für gelungen.\n\n"
        "Frau Muster geht davon aus, dass die Fraktion zustimmt.\n\n"
        "Herr Kunz fragt, ob die Planung in die Vorlage eingeht.\n"
    )
    roles = _roles(rules_nlp, text)
    assert roles["Probe"] == roles["Muster"] == roles["Kunz"] == "council_member"


def test_police_station_abbreviation_is_a_guest(rules_nlp):
    # "(PK 12)": the police station (Polizeikommissariat), not a list
    roles = _roles(rules_nlp, "Zu diesem Punkt ist Herr Probe (PK 12) anwesend.\n\nHerr Probe berichtet zur Lage am Bahnhof.\n")
    assert roles["Probe"] == "guest"
    # negative: a list acronym in the bracket stays a party
    turns = [(t._.role, t._.party) for t in rules_nlp(OPENING + "Herr Probe (SPD) berichtet zur Lage am Bahnhof.\n")._.turns]
    assert turns[-1] == ("council_member", "SPD")


def test_invited_presenter_who_answers_in_question_time_stays_a_guest(rules_nlp):
    # greeted with his organisation, then answering in the question time: a guest, not a resident
    text = (
        "Öffentliche Fragestunde\n\n"
        "Die Vorsitzende begrüßt Herrn Probe vom Landesbetrieb Straßenbau.\n\n"
        "Eine Anwohnerin fragt, ob die Bäume gefällt werden.\n\n"
        "Herr Probe sichert zu, dass nur zwei Bäume gefällt werden.\n"
    )
    roles = _roles(rules_nlp, text)
    assert roles["Probe"] == "guest"
    # negative: an association's member who only asks in question time is a resident
    text = (
        "Öffentliche Fragestunde\n\n"
        "Herr Probe vom Sportverein Musterdorf fragt, wann die Halle saniert wird.\n"
    )
    assert _roles(rules_nlp, text)["Probe"] == "public"


def test_guest_organisation_outranks_a_staff_reading(rules_nlp):
    # the head of an association's project: "-leiterin" of an e.V. is no office
    text = (
        "Die Vorsitzende begrüßt Frau Muster, Leiterin der Beratungsstelle des Vereins Musterhilfe e.V.\n\n"
        "Frau Muster berichtet aus der Praxis der Beratungsstelle.\n"
    )
    assert _roles(rules_nlp, text)["Muster"] == "guest"
    # negative: the head of an office stays staff
    text = "Die Vorsitzende begrüßt Frau Muster, Leiterin des Jugendamtes.\n\nFrau Muster berichtet aus der Praxis.\n"
    assert _roles(rules_nlp, text)["Muster"] == "administration"


def test_guest_list_with_a_bracket_after_the_firm(rules_nlp):
    # "Gäste: ..., Herr X, Ingenieurbüro Y (TOP 3)": the firm before the item's bracket names his organisation
    text = (
        "Gäste: Herr Dipl.-Ing. (FH) Probe, Ingenieurbüro Probe & Partner (TOP 1); Frau Dipl.-Ing. (FH) Lenz, Fachbereich Planung (TOP 1)\n\n"
        "TOP 1 Machbarkeitsstudie\n\n"
        "Herr Probe stellte die Ergebnisse der Studie vor.\n\n"
        "Frau Lenz teilt mit, dass der Antrag geprüft wird.\n"
    )
    roles = _roles(rules_nlp, text)
    # negative: an office there stays staff
    assert (roles["Probe"], roles["Lenz"]) == ("guest", "administration")


def test_affiliation_ends_at_the_next_person_greeted(rules_nlp):
    # "Frau X vom Verkehrsunternehmen Y sowie Herrn Z vom Fachamt ...": the firm is hers, the office his
    text = (
        "Die Vorsitzende begrüßt Frau Muster vom Verkehrsunternehmen Stadtbus sowie\nHerrn Probe vom Fachamt Straßen.\n\n"
        "Frau Muster stellt die Planung anhand einer Präsentation vor.\n\n"
        "Herr Probe ergänzt die Zeitplanung.\n"
    )
    roles = _roles(rules_nlp, text)
    assert (roles["Muster"], roles["Probe"]) == ("guest", "administration")


def test_informing_of_an_office_in_the_indicative_is_staff(rules_nlp):
    # no role noun, no party: who tells what an office did or does, in the indicative, is staff
    text = (
        "Herr Probe teilt mit, dass das Umweltamt die Sperrung aufgehoben hat.\n\n"
        "Frau Muster merkt an, dass die Lage durch das Ordnungsamt geprüft wird.\n"
    )
    roles = _roles(rules_nlp, text)
    assert roles["Probe"] == roles["Muster"] == "administration"
    # negative: a complaint about the office (Konjunktiv, "nicht") is a member's
    text = (
        "Herr Probe merkt an, dass das Ordnungsamt die Beschwerden nicht bearbeitet habe.\n\n"
        "Frau Muster teilt mit, dass die Verwaltung keine Antwort gegeben hat.\n"
    )
    roles = _roles(rules_nlp, text)
    assert roles["Probe"] == roles["Muster"] == "council_member"


def test_unnamed_chair_is_the_named_person_who_chaired(rules_nlp):
    # no one is named "Vorsitzende": the one named person who opened the meeting or called the vote is her
    text = (
        "Frau Muster eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n\n"
        "Herr Probe fragt nach dem Radweg.\n\n"
        "Die Vorsitzende schließt die Aussprache.\n"
    )
    speakers = [t._.speaker for t in rules_nlp(text)._.turns]
    assert speakers == ["Muster", "Probe", "Muster"]
    # negative: no named person chaired, "Die Vorsitzende" stays unnamed; a woman named with the noun is her
    text = "Frau Muster fragt nach dem Radweg.\n\nDie Vorsitzende schließt die Aussprache.\n"
    assert [t._.speaker for t in rules_nlp(text)._.turns] == ["Muster", "Die Vorsitzende"]
    text = (
        "Frau Muster eröffnet die Sitzung.\n\n"
        "Die Vorsitzende des Seniorenbeirats, Frau Lenz, berichtet.\n\n"
        "Die Vorsitzende schließt die Aussprache.\n"
    )
    assert [t._.speaker for t in rules_nlp(text)._.turns][-1] != "Muster"


# ---- decisions (the lead's study of rk's decision misses) ----
from records import decision_rows  # noqa: E402


def test_an_empty_vote_block_records_no_decision(nlp):
    # ALLRIS prints the status and an all-zero tally for an item nobody voted on
    text = "TOP 5 Protokoll\nBeschluss: noch nicht festgelegt\n\nAbstimmung: JA-Stimmen:0 NEIN-Stimmen:0 Enthaltungen:0\n\nHerr Brandis bittet, das Protokoll zu ergänzen.\n"
    assert decision_rows(nlp, text) == []
    voted = "TOP 5 Protokoll\nBeschluss: ungeändert beschlossen\n\nAbstimmung: JA-Stimmen:11 NEIN-Stimmen:2 Enthaltungen:1\n"
    assert decision_rows(nlp, voted) == [("accepted", False, 11, 2, 1)]


def test_result_heading_in_reverse_order_and_lower_case_counts(nlp):
    text = "TOP 4 Bauantrag Kirchweg 3\n\nFrau Ostrowski erläutert den Antrag.\n\nErgebnis Abstimmung:\n\n12 ja Stimmen, 1 nein Stimmen, 0 Enthaltungen\n"
    doc = nlp(text)
    assert decision_rows(nlp, text) == [("accepted", False, 12, 1, 0)]
    assert doc._.decisions[0].text.startswith("Ergebnis Abstimmung:")


def test_consent_to_a_proposal_is_a_decision(nlp):
    text = "TOP 2 Verfahren\n\nDie Vorsitzende schlägt vor, die Berichte zusammen zu behandeln. Über diesen Vorschlag herrscht Einvernehmen.\n"
    assert decision_rows(nlp, text) == [("accepted", True, None, 0, 0)]
    view = "TOP 2 Verfahren\n\nFrau Kern sagt, unter den Vereinen herrsche Einigkeit über den Standort.\n"
    assert decision_rows(nlp, view) == []


def test_what_the_law_says_is_no_decision(nlp):
    text = "TOP 1 Eröffnung\n\nGemäß § 12 Abs. 1 der Hauptsatzung beträgt die Zahl der Ortsratsmitglieder neun.\n"
    assert decision_rows(nlp, text) == []


# ---- attendance lists (the lead's study) ----


def test_a_numbered_roster_entry_with_its_role_noun_names_the_chair(nlp):
    # "1. Vorsitzender Otto Brandl" is an entry, not an agenda item nor a heading over the names below
    text = (
        "Niederschrift\n\nAnwesend:\n\n1. Vorsitzender Otto Brandl\n2. die Ratsmitglieder\n\n  • Sabine Weidner\n  • Jörg Lenz\n\n"
        "Der Vorsitzende eröffnet die Sitzung und begrüßt die Anwesenden. Herr Lenz fragt nach dem Haushalt.\n"
    )
    doc = nlp(text)
    assert [e["name"] for e in doc._.roster] == ["Otto Brandl", "Sabine Weidner", "Jörg Lenz"]
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Otto Brandl", "chair"), ("Lenz", "council_member")]
    assert list(doc.spans["rn_items"]) == []  # no agenda item made of an attendance entry


def test_a_roster_heading_without_a_name_still_labels_the_lines_below(nlp):
    text = "Niederschrift\n\nAnwesend:\nSachkundige Bürger\nSabine Weidner\n\nDer Vorsitzende eröffnet die Sitzung.\n"
    assert [(e["name"], e["group_role"]) for e in nlp(text)._.roster] == [("Sabine Weidner", "advisory_member")]
