"""Roles and parties from context (issue #8): a group the speech is about is not the speaker's party, and a role
noun without a name refers to the person who holds that role. Invented text only."""

from __future__ import annotations


def _who(doc) -> dict[str, tuple[str, str | None]]:
    return {t._.speaker: (t._.role, t._.party) for t in doc._.turns}


def test_a_mayor_citing_a_factions_motion_gets_no_party(nlp):
    doc = nlp(
        "Bürgermeister Anton Kessel verweist auf den Eilantrag der CDU-Fraktion zur Tagesordnung.\n"
        "Herr Lindner fragt nach den Kosten der Brücke.\n"
    )
    assert _who(doc)["Anton Kessel"] == ("mayor", None)


def test_a_chair_reporting_a_factions_request_gets_no_party(nlp):
    doc = nlp(
        "Die Vorsitzende Frau Holm eröffnet die Sitzung und teilt mit, dass die SPD-Fraktion die Vertagung beantragt habe.\n"
        "Herr Lindner fragt nach den Kosten der Brücke.\n"
    )
    role, party = _who(doc)["Holm"]
    assert role == "chair"
    assert party is None


def test_a_member_moving_his_groups_motion_gets_its_party(nlp):
    doc = nlp("Herr Sander erläutert den Antrag der Grünen. Er wirbt um Zustimmung.\n")
    assert _who(doc)["Sander"] == ("council_member", "Grüne")


def test_a_member_only_mentioning_a_motion_gets_no_party_from_it(nlp):
    doc = nlp("Herr Sander erinnert daran, dass über den Antrag der FDP schon im Mai beraten wurde.\n")
    assert _who(doc)["Sander"][1] is None


def test_a_bare_party_as_subject_of_reported_content_is_not_the_speakers(nlp):
    doc = nlp("Herr Sander erklärt, dass die CSU bei der Wahl nur zwölf Sitze errungen habe.\n")
    assert _who(doc)["Sander"][1] is None


def test_a_faction_declaring_its_vote_is_the_speakers(nlp):
    doc = nlp("Frau Ebert erklärt, dass die SPD-Fraktion der Vorlage zustimmen werde.\n")
    assert _who(doc)["Ebert"] == ("council_member", "SPD")


def test_members_of_a_working_group_are_no_party(nlp):
    doc = nlp("Herr Sander sagt, die Mitglieder der Arbeitsgruppen hätten viel geleistet.\n")
    assert _who(doc)["Sander"][1] is None


def test_municipal_posts_are_staff_and_volunteer_posts_guests(nlp):
    doc = nlp(
        "Die Sachbearbeiterin Frau Lohse erläutert die Gebührenkalkulation.\n"
        "Kreisbaurat Tim Olde ergänzt die Zahlen zum Hochbau.\n"
        "Die Kita-Leiterin Frau Bremer berichtet aus dem Alltag der Einrichtung.\n"
        "Herr Lindner fragt nach den Kosten.\n"
    )
    who = _who(doc)
    assert who["Lohse"][0] == "administration"
    assert who["Tim Olde"][0] == "administration"
    assert who["Bremer"][0] == "guest"  # the head of a day-care centre, not the staff suffix "-leiterin"


def test_an_organisation_in_the_bracket_is_no_party(nlp):
    doc = nlp(
        "Herr Kramer (Diakonisches Werk) berichtet über die offene Jugendarbeit.\n"
        "Frau Seidel (Wählergemeinschaft Oberau) fragt nach den Öffnungszeiten.\n"
    )
    who = _who(doc)
    assert who["Kramer"] == ("advisory_member", None)
    assert who["Seidel"] == ("council_member", "Wählergemeinschaft Oberau")  # a local list stays a party


def test_the_chair_of_a_village_council_is_its_ortsvorsteher(nlp):
    doc = nlp(
        "Protokoll des Ortsrates Oberau vom 3. Juni.\n"
        "Der Vorsitzende begrüßt die Anwesenden und nennt die Zahl der erschienenen Mitglieder.\n"
        "Herr Lindner fragt nach dem Spielplatz. Der Ortsvorsteher soll mit dem Bauhof sprechen.\n"
    )
    assert _who(doc)["Der Vorsitzende"][0] == "mayor"


def test_a_committee_chair_or_a_deputy_stays_chair_where_a_local_head_is_named(nlp):
    committee = nlp("Der Ausschussvorsitzende eröffnet die Sitzung. Die Ortsbürgermeisterin ist entschuldigt.\nHerr Lindner fragt nach dem Spielplatz.\n")
    assert _who(committee)["Der Ausschussvorsitzende"][0] == "chair"
    deputy = nlp(
        "Die Ortsbürgermeisterin ist entschuldigt. Beigeordneter Walter Kranz übernimmt den Vorsitz und lässt abstimmen.\n"
        "Herr Lindner fragt nach dem Spielplatz.\n"
    )
    assert _who(deputy)["Walter Kranz"][0] == "chair"


def test_a_plain_chair_stays_chair_without_a_local_head(nlp):
    doc = nlp("Der Vorsitzende eröffnet die Sitzung des Bauausschusses.\nHerr Lindner fragt nach dem Spielplatz.\n")
    assert _who(doc)["Der Vorsitzende"][0] == "chair"


def test_a_chairing_act_after_a_blank_line_is_not_the_speakers(nlp):
    from ratsnlp.tag.roles import _own_paragraph

    assert _own_paragraph("Herr X lehnte ab.\n\nDann eröffnete er die Sitzung.") == "Herr X lehnte ab."
    assert "Kämen wir zu TOP 4" in _own_paragraph("Herr Reiter (AB):\n\nKämen wir zu TOP 4. Gibt es Fragen?\n\nNachtrag.")


def test_a_namesakes_party_is_not_carried(nlp):
    doc = nlp("Anwesend: Hans Müller (CDU), Eva Ott (SPD)\nAnna Müller fragt nach den Kosten.\n")
    assert _who(doc)["Anna Müller"][1] is None
    same = nlp("Anwesend: Hans-Peter Müller (CDU), Eva Ott (SPD)\nHans Müller fragt nach den Kosten.\n")
    assert _who(same)["Hans Müller"][1] == "CDU"  # a short form of the same given name
    bare = nlp("Anwesend: Hans Müller (CDU), Eva Ott (SPD)\nHerr Müller fragt nach den Kosten.\n")
    assert _who(bare)["Müller"][1] == "CDU"


def test_a_group_as_object_or_complement_is_not_the_speakers(nlp):
    for text in (
        "Herr Ott hat kein Verständnis für die CDU, die den Antrag blockiere.\n",
        "Herr Ott kritisiert den Sprecher der FDP scharf.\n",
        "Herr Ott erinnert an das Mitglied der AfD, das fehlte.\n",
    ):
        assert _who(nlp(text))["Ott"][1] is None, text


def test_a_group_the_speaker_speaks_or_moves_for_is_the_speakers(nlp):
    for text, party in (
        ("Herr Ott erklärt für die SPD, man stimme zu.\n", "SPD"),
        ("Herr Ott erklärt als Sprecher der FDP, man stimme zu.\n", "FDP"),
        ("Herr Ott, Mitglied der FDP, fragt nach.\n", "FDP"),
        ("Herr Ott bringt den Antrag für die Grünen ein.\n", "Grüne"),
    ):
        assert _who(nlp(text))["Ott"][1] == party, text


def test_the_office_a_reply_names_is_the_previous_speakers(nlp):
    doc = nlp(
        "Frau Wendt informiert die Gemeindevertretung über den Streit um den Bolzplatz.\n"
        "Herr Ruhnke teilt die Einschätzung der Bürgermeisterin und bittet um eine Schlichtung.\n"
    )
    assert _who(doc)["Wendt"][0] == "mayor"


def test_a_reply_naming_a_mayor_of_the_other_gender_says_nothing_of_the_speaker(nlp):
    doc = nlp(
        "Herr Wendt informiert die Gemeindevertretung über den Streit um den Bolzplatz.\n"
        "Herr Ruhnke teilt die Einschätzung der Bürgermeisterin und bittet um eine Schlichtung.\n"
    )
    assert _who(doc)["Wendt"][0] != "mayor"


def test_a_vote_announced_for_a_group_gives_its_party(nlp):
    doc = nlp("Holger Merten signalisiert Zustimmung für die Grünen. Er hält die Sperre für dringlich.\n")
    assert _who(doc)["Holger Merten"] == ("council_member", "Grüne")


def test_understanding_for_a_group_gives_no_party(nlp):
    doc = nlp("Herr Merten äußert Verständnis für die Grünen, lehnt den Antrag aber ab.\n")
    assert _who(doc)["Merten"][1] is None


def test_a_capitalised_particle_opens_the_surname(nlp):
    doc = nlp("Anschließend erläutert Herr La Tona sein Anliegen. Frau De Luca fragt nach dem Bus. Herr Lars Tomsen dankt.\n")
    assert list(_who(doc)) == ["La Tona", "De Luca", "Lars Tomsen"]


def test_an_unnamed_chair_who_calls_on_the_mayor_is_not_the_mayor(nlp):
    doc = nlp(
        "Der Vorsitzende bittet Bürgermeister Kerner um einen Bericht zum Sachstand. Bürgermeister Kerner teilt mit, "
        "dass der Ältestenrat noch berät.\nDer Vorsitzende dankt für die Auskunft.\n"
    )
    assert [(t._.speaker_id != "kerner", t._.role) for t in doc._.turns] == [(True, "chair"), (False, "mayor"), (True, "chair")]


def test_the_unnamed_chair_is_the_one_mayor_otherwise(nlp):
    doc = nlp("Bürgermeister Kerner eröffnet die Sitzung.\nHerr Adler fragt nach dem Radweg.\nDer Vorsitzende sagt eine Prüfung zu.\n")
    assert doc._.turns[2]._.speaker_id == "kerner"


def test_the_office_named_in_an_apposition_just_before_is_that_persons(nlp):
    doc = nlp(
        "Bürgermeister Kerner begrüßt Herrn Linde, den Vorsitzenden des Fördervereins, am Ratstisch.\n\n"
        "Der Vorsitzende legt dar, dass der Verein wächst.\nHerr Adler fragt nach den Kosten.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Kerner", "Linde", "Adler"]
