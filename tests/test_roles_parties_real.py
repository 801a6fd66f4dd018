"""Roles and parties stated once in real minutes and carried to the person's turns (issue #8), on invented text."""

from __future__ import annotations

import pytest

from ratsnlp.resources import lexicon
from ratsnlp.tag.roles import QT_END, _noun_before, _party_in_appositions, _party_noun_before, _role_near_name


def _who(doc) -> dict[str, tuple[str, str | None]]:
    return {t._.speaker: (t._.role, t._.party) for t in doc._.turns}


def _at(text: str, surname: str) -> list[tuple[int, int]]:
    i = text.index(surname)
    return [(i, i + len(surname))]


def test_chair_by_past_acts_with_an_ordinal_in_the_meeting(nlp):
    doc = nlp(
        "Herr Wendel eröffnete und leitete die 7. Sitzung des Kreistages. Er bat um Ruhe.\n"
        "Frau Amsel fragte nach dem Radweg am Bach.\n"
    )
    who = _who(doc)
    assert who["Wendel"][0] == "chair"
    assert who["Amsel"][0] == "council_member"  # asking is no chair's act


def test_role_noun_before_the_name_in_a_joint_subject_holds_for_later_turns(nlp):
    doc = nlp(
        "Die Räte wollten sofort abstimmen. Dagegen sahen weder er noch Verwaltungschef Till Borke eine Grundlage.\n"
        "Borke empfahl darauf, sich an die Aufsicht zu wenden.\n"
    )
    assert _who(doc)["Till Borke"][0] == "administration"


def test_role_noun_before_the_name_needs_the_speakers_given_name_and_gender():
    lex = lexicon()
    text = "Dazu sprach Bürgermeister Karl Kranich. Später fragte Ina Kranich nach."
    first = text.index("Kranich")
    assert _noun_before(text, first, "Karl Kranich", "m", lex) == "Bürgermeister"
    assert _noun_before(text, first, "Ina Kranich", "f", lex) is None  # another given name
    assert _noun_before("Dazu sprach Bürgermeister Kranich.", 27, "Kranich", "f", lex) is None  # a male noun for a woman


def test_a_roster_column_before_the_name_is_no_role_noun():
    text = "Herr Lerche Vorsitzender  Frau Specht\n"
    assert _noun_before(text, text.index("Specht"), "Specht", "f", lexicon()) is None


@pytest.mark.parametrize(
    ("text", "surname", "speaker", "role"),
    [
        ("Danach legte Olaf Reiher (AB) seinen Amtseid als neuer Ortsvorsteher ab.", "Reiher", "Olaf Reiher", "mayor"),
        ("Ina Probe wurde in ihrem Amt als Ortsvorsteherin bestätigt.", "Probe", "Ina Probe", "mayor"),
        ("Als einer der ersten Anwohner meldete sich Jens Falke zu Wort.", "Falke", "Jens Falke", "public"),
        ("Als Anwohnerin bekundete Frau Taube ihr Interesse.", "Taube", "Taube", "public"),
        # the office of another person in the sentence is not the subject's
        ("Otto Probe schlug Karl Muster als Ortsvorsteher vor.", "Probe", "Otto Probe", None),
        # "Als" as a conjunction opens a clause, no predicative
        ("Als die Sitzung begann, sprach Jens Falke.", "Falke", "Jens Falke", None),
    ],
)
def test_office_said_once_at_the_name(text, surname, speaker, role):
    assert _role_near_name(text, _at(text, surname), True, lexicon(), speaker, None) == role


@pytest.mark.parametrize(
    ("text", "surname", "party"),
    [
        ("Der Sozialdemokrat Urs Kranich wurde bestätigt.", "Kranich", "SPD"),
        ("Die Liberale Ina Specht widersprach.", "Specht", "FDP"),
        ("Auch die Grüne Eva Lerche stimmte zu.", "Lerche", "Grüne"),
        ("Der Stadtrat Urs Kranich wurde bestätigt.", "Kranich", None),  # a role noun, no party
        ("Das wollte der Sozialdemokrat nicht, meinte Urs Kranich.", "Kranich", None),  # not right before the name
    ],
)
def test_party_member_noun_before_the_name(text, surname, party):
    assert _party_noun_before(text, text.index(surname), lexicon()) == party


def test_party_member_noun_carried_to_a_later_turn(nlp):
    doc = nlp(
        "Der Beirat hat neu gewählt. Der Sozialdemokrat Peter Kranich bleibt nach dem Votum in seinem Amt als Ortsvorsteher.\n"
        "Peter Kranich: „Ich zähle im Rathaus auf Ihre Hilfe!“\n"
    )
    assert _who(doc)["Peter Kranich"] == ("mayor", "SPD")


def test_party_in_an_apposition_with_an_article():
    lex = lexicon()
    assert _party_in_appositions(["dem Fraktionsvorsitzenden der Vereinigung „Bunt für Alle“"], lex) == "Bunt für Alle"
    assert _party_in_appositions(["dem Sprecher der SPD-Fraktion"], lex) == "SPD"
    assert _party_in_appositions(["dem Leiter des Bauamts"], lex) is None


def test_question_time_closes_where_no_questions_were_handed_in(nlp):
    assert QT_END.search("Es sind keine Fragen eingereicht worden.") is not None
    assert QT_END.search("Es liegen keine Einwohneranfragen vor.") is not None
    assert QT_END.search("Herr Falke fragt nach den Kosten.") is None
    doc = nlp(
        "TOP 1 Fragestunde für Einwohner\n\n"
        "Es sind keine Fragen eingereicht worden.\n\n"
        "TOP 2 Vorstellung des Kunstvereins\n\n"
        "Zwei Vertreterinnen des Kunstvereins berichten über das Jahresprogramm.\n"
    )
    roles = [t._.role for t in doc._.turns]
    assert roles and "public" not in roles


def test_stadtrat_is_a_member_where_a_heading_names_the_council_gemeinderat(nlp):
    doc = nlp("Gemeinderat am 12.10.2022\n\nStadtrat Bernd Kranich begründet den Antrag der Fraktion zur Gastronomie.\n")
    assert _who(doc)["Bernd Kranich"][0] == "council_member"
    doc = nlp("Hauptausschuss am 12.10.2022\n\nStadtrat Bernd Kranich berichtet für die Verwaltung über die Gastronomie.\n")
    assert _who(doc)["Bernd Kranich"][0] == "administration"


@pytest.mark.parametrize(
    ("text", "surname", "chair"),
    [
        ("Den Vorsitz des Kreistages soll erneut Olaf Reiher (AB) innehaben.", "Reiher", True),
        ("Nach der Wahl übernahm Olaf Reiher den Vorsitz.", "Reiher", True),
        ("Olaf Reiher übernahm den Vorsitz des Sportvereins.", "Reiher", False),  # another organisation's chair
        ("Den Vorsitz des Heimatvereins wird Olaf Reiher innehaben.", "Reiher", False),
        ("Olaf Reiher hat den Antrag gestellt.", "Reiher", False),
    ],
)
def test_chair_given_to_a_named_person_in_narration(text, surname, chair):
    from ratsnlp.tag.roles import _chair_at

    i = text.index(surname)
    assert _chair_at(text, i, i + len(surname)) is chair


def test_joint_subject_presenting_is_staff_but_presenting_a_motion_is_a_member(nlp):
    doc = nlp(
        "TOP 3 Corona-Lage\n\nHerr Wendel und Herr Amsel berichten zum aktuellen Sachstand der Verwaltung.\n\n"
        "TOP 4 Stadtteilkultur\n\nHerr Specht und Herr Lerche stellen den Antrag vor. Es brauche einen Treffpunkt.\n"
    )
    who = _who(doc)
    assert who["Wendel"][0] == "administration"
    assert who["Specht"][0] == "council_member"


def test_an_institution_in_brackets_is_no_party(nlp):
    doc = nlp("TOP 2 Spielzeit\n\nZunächst berichtet Herr Kranich (Badisches Staatstheater) über die neue Spielzeit.\n")
    assert _who(doc)["Kranich"] == ("guest", None)
    doc = nlp("TOP 2 Radwege\n\nZunächst berichtet Herr Kranich (Tübinger Liste) über die Radwege.\n")
    assert _who(doc)["Kranich"][1] == "Tübinger Liste"  # a local list stays a party


@pytest.mark.parametrize(
    ("text", "surname", "party"),
    [
        ("Für die SPD-Fraktion sprach Karl Kranich.", "Kranich", "SPD"),
        ("Als Gegenkandidat der Wählergruppe Au trat Karl Kranich an.", "Kranich", "Wählergruppe Au"),
        ("Der Fraktionssprecher der CDU Wilhelm Kranich war es, der widersprach.", "Kranich", "CDU"),
        ("Seitens der Verwaltung erklärte Karl Kranich den Plan.", "Kranich", None),  # an office, no group
        ("Der Leiter der Schule Karl Kranich sprach.", "Kranich", None),
        ("Das sagte Ina Kranich (Musterdorf) von den Grünen.", "Kranich", "Grüne"),
        ("Ina Kranich vom Bauamt sagte das.", "Kranich", None),
    ],
)
def test_party_said_once_at_the_name_in_narration(text, surname, party):
    from ratsnlp.tag.roles import _party_near_name

    assert _party_near_name(text, _at(text, surname), lexicon()) == party


@pytest.mark.parametrize(
    ("text", "surname", "role"),
    [
        ("Jens Falke meldete sich als Anwohner zu Wort.", "Falke", "public"),
        ("Dann sprach Jens Falke als Anwohner.", "Falke", "public"),
        ("Otto Probe, der als Vertreter der AfD an den Sitzungen teilnimmt, widersprach.", "Probe", "council_member"),
        ("Otto Probe dankte als Vorsitzender des Bauausschusses.", "Probe", "chair"),
        ("Otto Probe dankte als Vorsitzender des Sportvereins.", "Probe", None),  # another organisation's chair
        ("Otto Probe schlug ihn als Ortsvorsteher vor.", "Probe", None),  # the object's office
    ],
)
def test_role_said_with_als_after_the_name(text, surname, role):
    assert _role_near_name(text, _at(text, surname), False, lexicon(), "", None) == role


def test_obm_is_a_member_in_an_ortsbeirat_and_the_mayor_elsewhere(nlp):
    doc = nlp("Sitzung des Ortsbeirates Nord\n\nTOP 3 Radweg\n\nOBM Kranich fragt, wann die Ampel kommt.\n")
    assert _who(doc)["Kranich"][0] == "council_member"
    doc = nlp("Sitzung des Stadtrates\n\nTOP 3 Radweg\n\nOBM Kranich erklärt, die Ampel komme im Mai.\n")
    assert _who(doc)["Kranich"][0] == "mayor"


def test_an_organisations_acronym_after_a_guest_is_no_party(nlp):
    doc = nlp("TOP 3 Abfall\n\nGeschäftsführer Karl Kranich (ABV) erläutert die neuen Gebühren der Müllabfuhr.\n")
    assert _who(doc)["Karl Kranich"] == ("guest", None)
    doc = nlp("TOP 3 Abfall\n\nSprecher Karl Kranich (WIP) erläutert die neuen Gebühren der Müllabfuhr.\n")
    assert _who(doc)["Karl Kranich"] == ("council_member", "WIP")  # a list's spokesman is a member


def test_organisation_after_the_name_in_another_sentence_gives_the_role():
    lex = lexicon()
    text = "Die Vorsitzende begrüßt Herrn Kranich von den Technischen Betrieben sowie die Gäste. Herr Kranich erklärt den Plan."
    assert _role_near_name(text, _at(text, "Kranich"), False, lex, "Kranich", "m") == "administration"
    text = "Die Vorsitzende begrüßt Herrn Kranich vom Landesbetrieb Straßenbau. Herr Kranich erklärt den Plan."
    assert _role_near_name(text, _at(text, "Kranich"), False, lex, "Kranich", "m") == "guest"
    text = "Die Vorsitzende begrüßt Herrn Kranich von der SPD. Herr Kranich erklärt den Plan."
    assert _role_near_name(text, _at(text, "Kranich"), False, lex, "Kranich", "m") is None  # a party is no organisation


def test_staff_answer_questions():
    from ratsnlp.tag.roles import PRESENTS

    assert PRESENTS.search("Herr Kranich bietet an, offene Fragen gern per E-Mail zu beantworten.") is not None
    assert PRESENTS.search("Herr Kranich beantwortet die Fragen von Frau Specht.") is not None
    assert PRESENTS.search("Herr Kranich fragt, wer das beantworten kann.") is None


def test_question_time_opened_in_a_press_report_sentence():
    from ratsnlp.tag.roles import question_time_spans

    text = "Zuerst ging es dann um die Bürgerfragestunde. " + "x" * 120 + "\nKarl Kranich fragte nach der Ampel.\n"
    assert question_time_spans(text, []) != []
    text = "Eine Bürgerfragestunde gibt es in dieser Sitzung aus Zeitgründen nicht mehr, sagte der Vorsitzende. " + "x" * 60 + "\n"
    assert question_time_spans(text, []) == []


def test_faction_as_subject_of_the_speakers_reported_words(nlp):
    doc = nlp(
        "TOP 4 Kita-Neubau\n\nStRin Amsel kritisiert die Bauweise.\n"
        "Herr Kranich erläutert die Kosten.\n"
        "StRin Amsel ergänzt, die Fraktion DIE LINKE werde der Vorlage trotzdem zustimmen.\n"
    )
    assert _who(doc)["Amsel"] == ("council_member", "Linke")


def test_question_time_stays_open_after_no_written_questions():
    assert QT_END.search("Es liegen keine schriftlichen Fragen vor. Herr Falke fragt mündlich nach der Ampel.") is None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Als Gegenkandidat vom Dorfwillen trat Karl Kranich an.", "Dorfwille"),  # a list named as it likes, the dative's -n off
        ("Als Gegenkandidat der Gemeinde trat Karl Kranich an.", None),
        ("Als Kandidat der Stadtwerke trat Karl Kranich an.", None),  # an organisation
        ("Als Vertreter vom Heimatverein sprach Karl Kranich.", None),  # no candidacy
    ],
)
def test_a_candidate_of_a_group_carries_the_group_as_party(text, party):
    from ratsnlp.tag.roles import _party_of_fronted_group

    assert _party_of_fronted_group(text, text.index("Kranich"), lexicon()) == party


def test_a_turn_opened_by_a_factions_chair_is_a_member_not_the_meetings_chair(nlp):
    doc = nlp(
        "TOP 2 Persönliche Erklärungen\n\nDer Vorsitzende eröffnet die Aussprache.\n\n"
        "Frau Amsel (CDU) begründet den Antrag.\n\n"
        "Der Vorsitzende der SPD-Fraktion widerspricht dem Antrag entschieden.\n\n"
        "Herr Kranich (FDP) schließt sich an.\n\n"
        "Der Vorsitzende lässt über den Antrag abstimmen.\n"
    )
    got = [(t.text[:20], t._.role, t._.party) for t in doc._.turns]
    assert ("Der Vorsitzende der ", "council_member", "SPD") in got
    assert [r for _, r, _ in got].count("chair") == 2  # the meeting's chair keeps his turns
