"""The real-minutes classes handled in release 10 (data/annotated/README.md, "(10)"), one invented case each.

Decisions: a paragraph that decides on something the decision above did not name is a record of its own; a body
deciding in the Konjunktiv I inside a speaker's turn is the speaker's claim; a vote table's result label behind a cell
border ("| Abstimmungsergebnis: | einstimmig beschlossen |", "|", "| Ja 26 |") is the chair's vote; every member present
agreeing to a fronted request ("Der Bitte von X stimmten alle anwesenden Stadträte zu"); a fronted passive whose
object carries long quoted titles; a decision heading that states the vote ("Beschluss 17:6:") opens the record. Turns and roles: "Er"/"Sie" after the election of one person is that person; the
elected named with given name and surname or after the fronted office chairs from then on, over a faction office; a
party's chair ("FDP-Vorsitzender X") is a member, not the meeting's chair; one who "stellt … zur Abstimmung" chairs,
also as "Frau Dr. X" (the title's period ended the act's pattern), as does one who "leitete … die Wahl"; votes received, being sworn in, leaving a
group, declaring bias, drawing the lot, winning a vote "für sich" are no turns; a forecast after a quotation
("„…“, prophezeite X"), "erklärte auf Nachfrage X" and an attribution inserted between commas or dashes ("Außerdem,
assistierte X, würde …", "– so Kämmerer X –") speak; a Hessian Gemeindevertretung's abbreviations "GVV" (its
chair) and "Gve" (a member); content in the indicative that opens a paragraph, followed by a sentence that names its
speaker only at the end ("…, stellte X fest."), is that speaker's; after "Er gratuliert …" a named person is an object;
"Sie" after the sentence naming the oldest member is that member; what was said "Nach der Sitzung" is no turn.
Invented text only."""

from __future__ import annotations

import pytest


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def _turns(doc):
    return [(t._.speaker, t._.role) for t in doc._.turns]


def test_a_paragraph_deciding_on_something_new_is_a_decision_of_its_own(nlp):
    doc = nlp(
        "Neuer Stadtrat im Amt\n\n"
        "Die Stadtverordnetenversammlung hat sich am Montag konstituiert und Jana Pfeil (SPD) zur Vorsitzenden gewählt.\n\n"
        "In ihrer ersten Sitzung haben die Stadtverordneten außerdem eine neue Hauptsatzung beschlossen.\n"
    )
    assert _decisions(doc) == [("accepted", None, None, None, None), ("accepted", None, None, None, None)]
    assert [d.text[:14] for d in doc._.decisions] == ["Die Stadtveror", "In ihrer erste"]


def test_a_paragraph_that_only_tells_the_decision_again_stays_one_record(nlp):
    doc = nlp(
        "TOP 3 Haushalt\n\nDer Rat beschließt den Haushalt 2025.\n\nDer Rat hat damit den Haushalt einstimmig beschlossen.\n"
    )
    assert len(doc._.decisions) == 1
    assert _decisions(doc)[0][:2] == ("accepted", True)


def test_a_body_deciding_in_the_konjunktiv_is_the_speakers_claim(nlp):
    doc = nlp(
        "TOP 4 Jahresabschlüsse\n\n"
        "Der Vorsitzende mahnte an, den Zeitplan einzuhalten. Ohne festgestellte Abschlüsse entscheide die "
        "Stadtvertretung über Haushalte im Blindflug.\n\n"
        "Der Ausschuss beschloss einstimmig, sich in jeder Sitzung berichten zu lassen.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]
    assert doc._.decisions[0].text.startswith("Der Ausschuss beschloss")


def test_a_result_label_behind_a_cell_border_is_the_vote_the_chair_called(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nGVV Mertens lässt wie folgt darüber abstimmen:\n"
        "| Abstimmungsergebnis: | einstimmig beschlossen |\n|\n| Ja 23 |\n"
        "Gve Albers beantragt, den TOP 5 von der Tagesordnung zu nehmen.\n"
    )
    assert _decisions(doc) == [("accepted", True, 23, 0, 0)]
    assert doc._.decisions[0].text.startswith("| Abstimmungsergebnis:")
    assert _turns(doc) == [("Mertens", "chair"), ("Albers", "council_member")]


def test_every_member_present_agreeing_to_a_fronted_request_is_unanimous(nlp):
    doc = nlp(
        "Zwei Stadträte hatten um ihre Abberufung gebeten. "
        "Der Bitte von Herbert Lasch stimmten alle anwesenden Stadträte zu.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]


def test_a_fronted_passive_with_long_quoted_titles_is_a_decision(nlp):
    doc = nlp(
        "Beginn der Sitzung\n\nAuf Antrag der SPD wurden die aktuellen Stunden zum Thema \"Busverkehr im Umland - "
        "Takt verdichten - Haltestellen barrierefrei umbauen\" und \"Radwege an Kreisstraßen sicherer machen\" auf "
        "Donnerstag vertagt.\n"
    )
    assert _decisions(doc) == [("postponed", None, None, None, None)]


@pytest.mark.parametrize(
    "election",
    [
        "Mit 31 Ja-Stimmen bei zwei Enthaltungen wurde Tobias Reimer (CDU) gewählt.",
        "Mit 28 Ja- und 9 Gegenstimmen ist Tobias Reimer gewählt worden.",
        "Danach wurde Tobias Reimer zum Ortsvorsteher gewählt.",
    ],
)
def test_he_after_one_persons_election_is_the_elected(nlp, election):
    doc = nlp(f"Konstituierende Sitzung\n\n{election} Er bedankte sich für das Vertrauen.\n")
    assert [t._.speaker for t in doc._.turns] == ["Tobias Reimer"]
    assert doc._.turns[0].text == "Er bedankte sich für das Vertrauen."


def test_she_after_a_decision_about_no_one_is_nobody(nlp):
    doc = nlp("TOP 2 Haushalt\n\nDer Haushalt wurde einstimmig beschlossen. Sie tritt am 1. Januar in Kraft.\n")
    assert doc._.turns == []


def test_a_faction_chair_elected_to_chair_the_body_chairs_from_then_on(nlp):
    doc = nlp(
        "Die Stadtverordnetenversammlung hat sich konstituiert und den SPD-Fraktionschef Lars Brenner (Foto) zum "
        "Vorsitzenden gewählt.\n\nSichtlich bewegt bedankte sich Lars Brenner für die Wahl.\n\n"
        "Zur Stellvertreterin wurde Ina Kolbe (CDU) gewählt.\n"
    )
    assert _turns(doc) == [("Lars Brenner", "chair")]
    assert doc._.turns[0]._.party == "SPD"


def test_a_partys_chair_is_a_member_not_the_meetings_chair(nlp):
    doc = nlp(
        "Der Kreistag tagte am Montag.\n\nSelbst FDP-Vorsitzender Markus Diehl lobte den Landrat. "
        "Die Vorsitzende Anna Maier dankte allen für die Arbeit.\n"
    )
    assert _turns(doc) == [("Markus Diehl", "council_member"), ("Anna Maier", "chair")]
    assert doc._.turns[0]._.party == "FDP"


@pytest.mark.parametrize(
    "act",
    [
        "Konrad Pfister, der abermals antrat, erhielt neun Stimmen.",
        "Ole Reimers (Freie Bürger) und Petra Lau (AfD) sind als neue Stadträte verpflichtet worden.",
        "Gunnar Sell war bereits im Sommer vergangenen Jahres aus der Fraktion ausgetreten.",
        "Herr Menke erklärt seine Befangenheit und ist somit von der Beratung ausgeschlossen.",
        "Der Vorsitzende Herr Hauk zog schließlich ein Los aus dem Karton.",
        "Karl Zeiler, seit 20 Jahren im Rat, entschied die Abstimmung mit 15 zu 9 Stimmen für sich.",
        "Ina Fell legte ihr Mandat nach zwölf Jahren Gremiumsarbeit nieder.",
        "Jan Pohl (CDU), Uwe Bors (SPD) und Carl Wendt (UWG) sollen an der im April stattfindenden Sitzung teilnehmen, "
        "darauf hatte sich der Rat im Januar verständigt.",
        "Jan Pohl (CDU) soll an der Sitzung im April teilnehmen.",
    ],
)
def test_acts_that_are_no_speech_open_no_turn(nlp, act):
    doc = nlp(f"Sitzung des Stadtrates\n\n{act}\n")
    assert doc._.turns == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("„So einfach wie beim ersten Kreisel wird es nicht gehen“, prophezeite Moosbrugger.", "Moosbrugger"),
        ("„Dem stehen rechtliche Gründe entgegen“, erklärte auf Nachfrage Birgit Lahm, Leiterin des Rechtsamtes.", "Birgit Lahm"),
        ("Außerdem, assistierte Holger Ebner (FDP), würde die Sanierung zu teuer.", "Holger Ebner"),
        ("Die Straße werde – so Kämmerer Franz Orth – erst 2027 saniert.", "Franz Orth"),
    ],
)
def test_the_speaker_after_a_quotation(nlp, sentence, speaker):
    doc = nlp(f"Die Fraktionen begrüßten die Lösung.\n\n{sentence}\n")
    assert [t._.speaker for t in doc._.turns] == [speaker]


def test_a_decision_heading_that_states_the_vote_opens_the_record(nlp):
    doc = nlp(
        "TOP 3 Antrag auf namentliche Abstimmung\n\nHerr Kerl stellt den Antrag auf namentliche Abstimmung.\n\n"
        "Beschluss 17:6:\n\nDer Antrag auf namentliche Abstimmung wird angenommen.\n\n"
        "TOP 4 Bericht\n\nHerr Kerl erläutert den Bericht.\n\nBeschluss (einstimmig):\n\nDer Bericht wird angenommen.\n"
    )
    assert _decisions(doc) == [("accepted", False, 17, 6, 0), ("accepted", True, None, 0, 0)]
    assert [d.text.split("\n")[0] for d in doc._.decisions] == ["Beschluss 17:6:", "Beschluss (einstimmig):"]
    assert [t._.speaker for t in doc._.turns] == ["Kerl", "Kerl"]
    assert all(t.text.endswith(".") for t in doc._.turns)  # the heading is no part of the turn above it


@pytest.mark.parametrize(
    "act",
    ["Anschließend stellt Frau Dr. Rüstig die Änderungen zur Abstimmung.", "Anschließend lässt Frau Dr. Rüstig über die Änderungen abstimmen."],
)
def test_putting_the_motion_to_the_vote_chairs_also_with_a_doctors_title(nlp, act):
    doc = nlp(
        "TOP 3 Antrag der Fraktion\n\nFrau Lüdke bringt den Antrag ein. Zudem schlägt Frau Dr. Rüstig vor, das Wort zu ersetzen. "
        f"{act}\n\nDie Änderungen werden einstimmig angenommen.\n"
    )
    assert [t._.role for t in doc._.turns if t._.speaker == "Rüstig"] == ["chair"]


def test_content_before_a_trailing_attribution_is_the_speakers(nlp):
    doc = nlp(
        "TOP 2 Vorvertrag\n\n„Wir brauchen einen Vorvertrag“, stellte Bürgermeister Horst Bode fest. Liegt er vor, haben alle eine Grundlage.\n"
        "In dem Vertrag können allerdings keine Preise genannt werden. Sie folgen erst im Bauleitverfahren, stellte "
        "Ausschussvorsitzender Gerd Ulm (CDU) fest.\n"
    )
    assert [(t._.speaker, t.text[:12]) for t in doc._.turns] == [("Horst Bode", "„Wir brauche"), ("Gerd Ulm", "In dem Vertr")]
    assert doc._.turns[0].text.endswith("haben alle eine Grundlage.")


def test_content_in_the_konjunktiv_before_a_trailing_attribution_stays_put(nlp):
    doc = nlp(
        "TOP 2 Wahlrecht\n\nDie Fraktionen stritten über das Wahlrecht. Schließlich hätten die kleinen Listen dank der Stimmen "
        "anderer ihre Sitze. Dass kleine Parteien benachteiligt würden, mahnte Stadtrat Eike Brand (FW) an.\n"
    )
    assert [t.text[:12] for t in doc._.turns] == ["Dass kleine "]


def test_the_oldest_member_who_runs_the_election_chairs(nlp):
    doc = nlp(
        "Konstituierende Sitzung\n\nDie 79-jährige Ute Pohlmann (Grüne) ergriff nach der Begrüßung das Wort. Sie erinnerte an die "
        "Geschichte des Parlaments.\nAnschließend leitete Pohlmann noch die Wahl des neuen Stadtverordnetenvorstehers.\n"
    )
    assert {t._.role for t in doc._.turns if t._.speaker == "Ute Pohlmann"} == {"chair"}


def test_a_name_after_a_pronoun_subject_and_its_verb_is_an_object(nlp):
    doc = nlp(
        "Der Vorsitzende der Gemeindevertretung, Herr Weller, eröffnet die Sitzung und begrüßt alle Anwesenden.\n"
        "Er gratuliert dem Gemeindevertreter Andreas Wöhler zu dem zurückliegenden Geburtstag.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Weller"]


def test_she_after_the_sentence_that_names_the_oldest_member_is_that_member(nlp):
    doc = nlp(
        "Konstituierende Sitzung\n\nHeidrun Schrader von den Linken ist die älteste Stadtverordnete. Sie eröffnet die "
        "Sitzung mit einem Plädoyer für Demokratie.\n"
    )
    assert [(t._.speaker, t.text[:12]) for t in doc._.turns] == [("Heidrun Schrader", "Sie eröffnet")]


def test_what_was_said_after_the_meeting_is_no_turn(nlp):
    doc = nlp(
        "Der Rat lehnte den Antrag ab. Nach der Sitzung begründete SPD-Fraktionsvorsitzende Edda Lenz den Schritt: "
        "Die Ansichten seien nicht vereinbar.\n\nVor der Sitzung des Rates tagte der Ausschuss. Herr Klee fragte nach den Kosten.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Klee"]


def test_a_speaker_under_an_inline_question_time_item_is_a_resident(nlp):
    doc = nlp(
        "TOP 4 Informationen des Ortsteilbürgermeisters\n\nDer Ortsteilbürgermeister Herr Marks informiert über den Winterdienst.\n"
        "Zum TOP Bürgeranfragen bemerkt Herr Herlitz, dass die Bankette schlecht gemäht seien.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Marks", "mayor"), ("Herlitz", "public")]
