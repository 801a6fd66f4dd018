"""Roles, speakers and vote lines left over by earlier helpers (issue #8), on invented text."""

from __future__ import annotations

import pytest

from ratsnlp.resources import lexicon


def _who(doc) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001
    return {t._.speaker: (t._.role, t._.party) for t in doc._.turns}


@pytest.mark.parametrize(
    ("noun", "role"),
    [
        ("FBL", "administration"),
        ("Amtsausschussmitglied", "council_member"),
        ("Verordnete", "council_member"),
        ("Jugendgemeinderatsmitglied", "advisory_member"),
        ("Ortsbaumeister", "administration"),
        ("Bürgermeisterin", "mayor"),  # the mayor without a portfolio stays the mayor
        ("Gemeinderatsmitglied", "council_member"),  # an elected member, not the youth council's
    ],
)
def test_role_nouns_left_over(noun: str, role: str):
    hit = lexicon().role_noun(noun)
    assert hit is not None and hit.role == role


def test_role_nouns_before_a_bare_surname(nlp):
    doc = nlp(
        "Herr Krause (SPD) fragte nach dem Zeitplan.\n"
        "FBL Meier erläuterte die Vorlage zum Haushalt.\n"
        "Das neue Jugendgemeinderatsmitglied Lena Ahorn stellte sich vor und berichtete über das Jugendforum.\n"
        "Ortsbaumeister Linde erläuterte den Bebauungsplan.\n"
        "Bürgermeister Esche schloss die Sitzung.\n"
    )
    who = _who(doc)
    assert who["Meier"][0] == "administration"
    assert who["Lena Ahorn"][0] == "advisory_member"
    assert who["Linde"][0] == "administration"
    assert who["Esche"][0] == "mayor"
    assert who["Krause"] == ("council_member", "SPD")



def test_new_role_nouns_open_turns_inside_a_paragraph(nlp):
    doc = nlp(
        "Herr Krause (SPD) fragte nach dem Zeitplan. Stellv. Amtsausschussmitglied Lohmann ergänzte, die Kosten seien zu hoch.\n"
        "Herr Krause (SPD) dankte. Die SPD-Verordnete Frau Kiefer warb für den Antrag. Der Verordnete Lambert widersprach.\n"
    )
    who = _who(doc)
    assert who["Lohmann"][0] == "council_member"  # the noun is no given name
    assert who["Kiefer"] == ("council_member", "SPD")
    assert "Lambert" in who


def test_objections_met_open_no_turn(nlp):
    doc = nlp(
        "Frau Amsel (CDU) begrüßte die Gäste.\n"
        "Schon beim zweiten Punkt kam Bürgermeister Kranich nicht ohne Widerspruch davon. "
        "Bei der Aussprache meldete sich Herr Specht (SPD) zu Wort. Er kritisierte die Vorlage.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Amsel", "Specht"]


def test_coming_to_the_point_without_delay_is_speech(nlp):
    doc = nlp("Frau Amsel (CDU) begrüßte die Gäste.\nHerr Specht (SPD) kam ohne Umschweife zur Sache und kritisierte die Vorlage.\n")
    assert [t._.speaker for t in doc._.turns] == ["Amsel", "Specht"]


def _items_and_votes(doc) -> tuple[list[str], list[tuple[str, int | None, int | None]]]:  # noqa: ANN001
    items = [s._.item_number for s in doc.spans["rn_items"]]
    votes = [(d._.outcome, d._.yes, d._.no) for d in doc.spans["decisions"]]
    return items, votes


def test_counts_of_a_split_vote_are_no_item_headings(nlp):
    doc = nlp(
        "TOP 3 Neubau der Schule\n\n"
        "Herr Specht (SPD) beantragte, über die Punkte einzeln abzustimmen. Der Rat stimmte wie folgt ab:\n"
        "Punkt 1: Ja 10, Nein 3\n"
        "Punkt 2: 4 Ja-Stimmen, 9 Nein-Stimmen\n\n"
        "TOP 4: Ja zum Radweg\n\n"
        "Frau Amsel (CDU) fragte nach dem Winterdienst.\n"
    )
    items, votes = _items_and_votes(doc)
    assert items == ["3", "4"]  # "TOP 4: Ja zum Radweg" is a title, not a count
    assert votes == [("accepted", 10, 3), ("rejected", 4, 9)]


def test_vote_block_opened_by_the_voters_present_is_no_roster(nlp):
    block = "Anwesende Stimmberechtigte: 9\nJa-Stimmen: 4\nNein-Stimmen: 5\nStimmenthaltung: 0\n\n"
    doc = nlp(
        "TOP 3 Neubau der Schule\n\n"
        "Herr Specht (SPD) beantragte, die Entscheidung zu vertagen. Über den Antrag wurde abgestimmt.\n\n"
        + block
        + "TOP 4 Verschiedenes\n\nFrau Amsel (CDU) fragte nach dem Winterdienst.\n"
    )
    assert _items_and_votes(doc)[1] == [("rejected", 4, 5)]


def test_attendance_line_still_opens_the_roster(nlp):
    doc = nlp("Anwesende: Herr Kranich (SPD), Frau Lerche (CDU)\n\nHerr Kranich eröffnete die Sitzung.\nFrau Lerche fragte nach dem Haushalt.\n")
    assert {p["surname"] for p in doc._.roster} >= {"Kranich", "Lerche"}


# The registry of persons is segment/turns.py (People.key_for), outside this helper's files: the fix is handed over
# as a patch; strict, so that this mark must go when it is merged.
def test_an_explicit_other_given_name_is_a_namesake(nlp):
    doc = nlp(
        "Siegfried Schmidt (FDP) eröffnete die Aussprache zum Haushalt.\n"
        "Frau Amsel (CDU) widersprach ihm.\n"
        "„Das ist zu teuer“, meinte dazu Manfred Schmidt (Linke).\n"
        "Frau Amsel (CDU) widersprach erneut.\n"
        "Dazu Schmidt: „Wir lehnen das ab.“\n"
    )
    got = [(t._.speaker, t._.party) for t in doc._.turns]
    assert ("Manfred Schmidt", "Linke") in got
    assert got[-1] == ("Manfred Schmidt", "Linke")  # the bare surname: the namesake who spoke last
    assert got[0] == ("Siegfried Schmidt", "FDP")


def test_a_female_role_noun_is_not_resolved_to_a_man(nlp):
    doc = nlp(
        "Sitzung des Ortsbeirats Tannenfeld\n\n"
        "Die Ortsvorsteherin begrüßte die anwesenden Ortsbeiratsmitglieder, darunter Herrn Erwin Kiefer (ABC).\n"
        "OBM Kiefer fragte nach dem Zustand der Feldwege.\n"
        "Die Ortsvorsteherin sagte eine Prüfung zu.\n"
    )
    who = [(t._.speaker, t._.role) for t in doc._.turns]
    assert ("Erwin Kiefer", "council_member") in who
    assert all(role != "mayor" for speaker, role in who if speaker == "Erwin Kiefer")
