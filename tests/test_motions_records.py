"""Motions as records: which proposals are motions, where a written motion stands, which vote settles which
motion, and how turns relate to them (examples invented)."""

from __future__ import annotations

import pytest

from ratsnlp.table import motion_rows


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _motions(doc) -> list[tuple]:  # noqa: ANN001
    return [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions]


def _relations(doc) -> dict[str, tuple]:  # noqa: ANN001
    return {t._.speaker: (t._.motion_relation, t._.motion_id) for t in doc._.turns}


CALLED = (
    "TOP 4 Bauvoranfrage Lindenweg 7\n\nFrau Kessel (Bauamt) erläutert das Vorhaben.\n\n"
    "Herr Wendland (FW) hält die Zufahrt für zu eng. Er regt an, die Entscheidung bis zu einem Ortstermin zurückzustellen.\n\n"
    "Frau Ostrowski (SPD) sieht keinen Grund für eine Verzögerung.\n\n"
    "Der Vorsitzende lässt über den Antrag von Herrn Wendland auf Zurückstellung abstimmen.\n\n"
    "Abstimmung: Ja 5 Nein 9\n"
)


def test_a_suggestion_put_to_the_vote_by_its_movers_name_is_a_motion(nlp):
    doc = nlp(CALLED)
    assert _motions(doc) == [("postpone", "Wendland", "rejected")]
    assert _relations(doc)["Wendland"] == ("moves", "m1")


def test_a_suggestion_nobody_votes_on_is_no_motion(nlp):
    doc = nlp(CALLED.replace("Der Vorsitzende lässt über den Antrag von Herrn Wendland auf Zurückstellung abstimmen.\n\n", ""))
    assert list(doc._.motions) == []


def test_a_change_taken_over_and_adopted_in_the_changed_version_settles_both(nlp):
    text = (
        "TOP 6 Antrag der Grünen-Fraktion: Hundewiese im Stadtpark\n\n"
        "Frau Pohl (Grüne) begründet den Antrag.\n\n"
        "Herr Sauer (SPD) schlägt als Kompromiss vor, die Wiese zunächst für zwei Jahre einzurichten.\n\n"
        "Frau Pohl übernimmt den Vorschlag in den Antrag.\n\n"
        "Der Vorsitzende lässt über den Antrag in der geänderten Fassung abstimmen.\n\n"
        "Der Ausschuss beschließt den Antrag in der geänderten Fassung einstimmig.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "Grünen-Fraktion", "accepted"), ("amendment", "Sauer", "accepted")]
    assert len({m._.decision_id for m in doc._.motions}) == 1
    assert [(t._.speaker, t._.motion_relation, t._.motion_id) for t in doc._.turns] == [
        ("Pohl", "supports", "m1"), ("Sauer", "moves", "m2"), ("Pohl", "supports", "m2"), ("Der Vorsitzende", None, None)
    ]  # fmt: skip


def test_a_granted_referral_refers_the_motion_and_the_items_motion(nlp):
    text = (
        "TOP 3 Antrag der CDU-Fraktion: Blühstreifen an Kreisstraßen\n\n"
        "Herr Lux (CDU) begründet den Antrag.\n\n"
        "Frau Brandt (SPD) beantragt, den Antrag in den Umweltausschuss zu verweisen.\n\n"
        "Der Verweisungsantrag wird mit 12 Ja-Stimmen bei 3 Nein-Stimmen angenommen.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "CDU-Fraktion", "referred"), ("refer", "Brandt", "referred")]


def test_of_two_amendments_the_vote_naming_the_group_settles_its_own(nlp):
    text = (
        "TOP 2 Haushaltssatzung 2026\n\n"
        "Frau Roth (Grüne): Wir beantragen, 50.000 Euro für Radwege umzuschichten.\n\n"
        "Herr Kaul (FDP): Wir beantragen, den Hebesatz auf 380 Punkte zu senken.\n\n"
        "Der Vorsitzende: Wir stimmen zuerst über den Antrag der FDP ab.\n\n"
        "Der Antrag wird mit 4 gegen 20 Stimmen abgelehnt.\n\n"
        "Der Vorsitzende: Jetzt der Antrag der Grünen.\n\n"
        "Der Antrag wird mit 14 gegen 10 Stimmen angenommen.\n\n"
        "Der Rat beschließt die Haushaltssatzung 2026 mit 15 Ja-Stimmen.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("amendment", "Roth", "accepted"), ("amendment", "Kaul", "rejected")]


def test_a_motion_under_a_groups_heading_stands_at_its_item(nlp):
    text = (
        "TOP 3.\nA N T R Ä G E\n\nTOP 3.1.\nder SPD-Fraktion\n\nTOP 3.1.1.\nBeleuchtung am Mühlenweg\n\n"
        "Frau Tews (SPD) begründet den Antrag.\n\nDer Antrag wird einstimmig angenommen.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "SPD-Fraktion", "accepted")]
    assert [r["item_number"] for r in motion_rows(doc)] == ["3.1.1"]
    assert _relations(doc)["Tews"] == ("supports", "m1")


def test_a_groups_reported_request_postpones_its_written_motion(nlp):
    text = (
        "TOP 5 Antrag der FDP-Fraktion: Parkscheiben statt Parkuhren\n\n"
        "Der Vorsitzende teilt mit, dass die antragstellende Fraktion um Vertagung gebeten habe.\n\n"
        "Der Punkt wird einstimmig vertagt.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "FDP-Fraktion", "postponed"), ("postpone", "FDP-Fraktion", "postponed")]


def test_agreeing_with_the_speaker_before_takes_that_side(nlp):
    text = (
        "TOP 7 Spielplatz Eichengrund\n\nFrau Kessel (Verwaltung) stellt die Planung vor.\n\n"
        "Herr Dorn (CDU) beantragt, den Punkt zu vertagen.\n\n"
        "Frau Eich (FDP) schließt sich dem an; die Anwohner seien noch nicht gehört worden.\n"
    )
    rel = _relations(nlp(text))
    assert rel["Dorn"] == ("moves", "m1") and rel["Eich"] == ("supports", "m1")


def test_a_chairs_proposal_is_a_motion_only_when_put_to_the_vote(nlp):
    voted = (
        "TOP 2 Stellungnahme zum Regionalplan\n\nHerr Nolte (Verwaltung) erläutert den Entwurf.\n\n"
        "Frau Berger (SPD) kritisiert die Flächenausweisung.\n\n"
        "Die Vorsitzende schlägt vor, in der Stellungnahme eine Reduzierung der Gewerbeflächen anzuregen.\n\n"
        "Der Ausschuss stimmt dem Entwurf einstimmig zu.\n"
    )
    assert [m._.mover for m in nlp(voted)._.motions] == ["Die Vorsitzende"]
    debated = voted.replace("Der Ausschuss stimmt", "Herr Kolb (CDU) hält das für überflüssig.\n\nDer Ausschuss stimmt")
    assert list(nlp(debated)._.motions) == []


def test_an_associations_application_as_item_title_is_no_motion(nlp):
    text = (
        "TOP 4 Antrag des Schützenvereins Oberau auf Zuschuss für neue Scheiben\n\n"
        "Herr Kolb (Kämmerei) erläutert den Antrag.\n\nDer Zuschuss wird einstimmig gewährt.\n"
    )
    assert list(nlp(text)._.motions) == []
    group = text.replace("des Schützenvereins Oberau auf Zuschuss für neue Scheiben", "der FWG-Fraktion: Zuschuss für neue Scheiben")
    assert [(m._.motion_kind, m._.mover) for m in nlp(group)._.motions] == [("main", "FWG-Fraktion")]


def test_a_groups_motion_right_after_its_members_turn_is_moved_by_the_member(nlp):
    text = (
        "TOP 3 Antrag der SPD-Fraktion: Spielstraße Birkenweg\n\n"
        "Herr Roth (CDU) erklärt für die CDU-Fraktion, man teile das Ziel, nicht aber die Sperrung. "
        "Die CDU-Fraktion stellt daher den Änderungsantrag, die Straße nur nachmittags zu sperren.\n\n"
        "Der Änderungsantrag wird mit 8 zu 5 Stimmen angenommen.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.mover) for m in doc._.motions][-1] == ("amendment", "Roth")
    assert _relations(doc)["Roth"] == ("moves", "m2")


@pytest.mark.parametrize(
    ("written", "mover"),
    [("Antrag der Fraktion Grüne, OF 412/7", "Fraktion Grüne"),
     ("Antrag der SPD-Fraktion und der GRÜNE-Fraktion", "SPD-Fraktion und GRÜNE-Fraktion")],
)
def test_the_moving_group_as_written_without_number_and_repeated_article(nlp, written, mover):
    doc = nlp(f"TOP 5 {written}\n\nFrau Ott (SPD) begründet den Antrag.\n")
    assert [m._.mover for m in doc._.motions] == [mover]


def test_an_unnamed_group_moving_after_a_page_break_is_moved_by_the_speaker(nlp):
    text = (
        "TOP 6 Pflege der Wegränder\n\n"
        "Herr Kalb stellt den Antrag vor. Die Wegränder sollten künftig seltener\n\n"
        "Seite 2\n\nGemeinde Oberfeld – Bauausschuss – Sitzung vom 03.04.2024\n\n"
        "gemäht werden. Die Fraktion beantragt, dem Bauhof dafür Mittel bereitzustellen.\n\n"
        "Der Antrag wird einstimmig angenommen.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "Kalb", "accepted")]
    assert _relations(doc)["Kalb"] == ("moves", "m1")


def test_taking_over_an_amendment_named_before_the_verb_supports_it(nlp):
    text = (
        "TOP 4 Antrag der SPD-Fraktion: Trinkbrunnen am Markt\n\n"
        "Frau Brandt (SPD) begründet den Antrag.\n\n"
        "Herr Wolf (CDU) stellt den Änderungsantrag, zunächst nur einen Brunnen aufzustellen.\n\n"
        "Frau Brandt erklärt, dass ihre Fraktion den Änderungsantrag übernimmt.\n\n"
        "Der Antrag wird in der geänderten Fassung einstimmig angenommen.\n"
    )
    doc = nlp(text)
    assert _relations(doc)["Brandt"] == ("supports", "m2")
    assert _relations(nlp(text.replace("übernimmt", "nicht übernimmt")))["Brandt"] != ("supports", "m2")


PRESENTED = (
    "TOP 3 Haushalt 2025\n\n"
    "Herr Kühn (CDU) kündigt die Zustimmung seiner Fraktion zum Haushalt an.\n\n"
    "Für die SPD-Fraktion begründet Frau Lenz den Änderungsantrag Nr. 4, zusätzlich 80.000 € für Spielplätze einzustellen.\n\n"
    "Der Vorsitzende lässt über den Änderungsantrag Nr. 4 abstimmen.\n\n"
    "Der Änderungsantrag wird mit 12 zu 9 Stimmen angenommen.\n"
)


def test_presenting_a_groups_motion_stated_nowhere_else_makes_it_the_groups_motion_supported(nlp):
    doc = nlp(PRESENTED)
    assert _motions(doc) == [("amendment", "SPD-Fraktion", "accepted")]
    assert _relations(doc)["Lenz"] == ("supports", "m1")
    assert _relations(doc)["Kühn"] == (None, None)


def test_presenting_needs_a_named_group_and_no_motion_stated_elsewhere(nlp):
    assert list(nlp(PRESENTED.replace("Für die SPD-Fraktion begründet Frau Lenz", "Frau Lenz begründet"))._.motions) == []
    titled = "TOP 3 Änderungsantrag der SPD-Fraktion: Spielplätze\n\n" + PRESENTED.split("\n\n", 1)[1]
    doc = nlp(titled)
    assert _motions(doc) == [("amendment", "SPD-Fraktion", "accepted")]
    assert doc._.motions[0].text.startswith("TOP 3")
    assert _relations(doc)["Lenz"] == ("supports", "m1")


def test_referring_to_something_is_no_mention_of_a_referral(nlp):
    from ratsnlp.tag.motions import find

    assert find("mention", "Frau Roth verweist auf die Stellungnahme.") is None
    assert find("mention", "Dr. Lau verwies dabei auf die Kosten.") is None
    assert find("mention", "Die Sache wird in den Ausschuss verwiesen.") is not None
    text = (
        "TOP 2 Friedhofssatzung\n\n"
        "Herr Kern (FDP) beantragt, die Gebühr für Urnengräber nur um 5 % zu erhöhen.\n\n"
        "Frau Vogt (CDU) verweist auf die Kalkulation. Richtig sei, die Kosten offen zu nennen.\n\n"
        "Der Änderungsantrag wird mit 4 zu 9 Stimmen abgelehnt.\n"
    )
    assert _relations(nlp(text))["Vogt"] == (None, None)


TAKEN_OVER = (
    "TOP 5 Antrag der CDU-Fraktion: Tempo 30 am Schulweg\n\n"
    "Herr Brand (CDU) begründet den Antrag.\n\n"
    "Frau Yilmaz (SPD) signalisiert Zustimmung, regt jedoch an, den Antrag auf die Parkstraße auszuweiten.\n\n"
    "Herr Brand übernimmt die Ergänzung für seine Fraktion.\n\n"
    "Der Antrag wird in der ergänzten Fassung einstimmig beschlossen.\n"
)


def test_a_suggested_change_taken_over_and_adopted_with_the_motion_is_an_amendment(nlp):
    doc = nlp(TAKEN_OVER)
    assert _motions(doc) == [("main", "CDU-Fraktion", "accepted"), ("amendment", "Yilmaz", "accepted")]
    assert [(t._.speaker, t._.motion_relation, t._.motion_id) for t in doc._.turns][1:] == [
        ("Yilmaz", "moves", "m2"), ("Brand", "supports", "m2")
    ]  # fmt: skip


def test_a_suggested_change_nobody_takes_over_stays_a_suggestion(nlp):
    doc = nlp(TAKEN_OVER.replace("Herr Brand übernimmt die Ergänzung für seine Fraktion.\n\n", ""))
    assert _motions(doc) == [("main", "CDU-Fraktion", "accepted")]


@pytest.mark.parametrize(
    ("verdict", "relation"),
    [("für nicht zielführend", "opposes"), ("für rechtlich nicht zulässig", "opposes"), ("für gut machbar", None)],
)
def test_the_administration_holding_a_motion_not_workable_opposes_it(nlp, verdict, relation):
    text = (
        "TOP 3 Antrag der FDP-Fraktion: Sperrung der Mühlgasse\n\n"
        "Herr Paul (FDP) begründet den Antrag.\n\n"
        f"Herr Beigeordneter Lutz hält eine dauerhafte Sperrung {verdict}.\n\n"
        "Der Antrag wird mit 5 zu 10 Stimmen abgelehnt.\n"
    )
    assert _relations(nlp(text))["Lutz"][0] == relation


UNHEARD = (
    "Tagesordnung:\n\n1. Eröffnung der Sitzung\n\n2. Anträge\n\n2.1. der FDP-Fraktion\n\n"
    "2.1.1. Fahrradbügel am Bahnhof\n\n3. Mitteilungen\n\n"
    "TOP 1.\nEröffnung der Sitzung\n\n"
    "Die Vorsitzende Frau Kranz eröffnete die Sitzung. Sie teilte mit, dass die FDP-Fraktion den Antrag zu TOP 2.1.1. "
    "in die Fraktion zurückgezogen habe.\n\n"
    "TOP 3.\nMitteilungen\n\nFrau Kranz berichtete über das Sommerfest.\n"
)


def test_a_groups_agenda_motion_whose_item_never_comes_up_is_the_agenda_line(nlp):
    doc = nlp(UNHEARD)
    assert [(m._.motion_kind, m._.mover) for m in doc._.motions][:1] == [("main", "FDP-Fraktion")]
    assert doc._.motions[0].text.startswith("2.1.1. Fahrradbügel")
    came_up = UNHEARD.replace("TOP 3.\n", "TOP 2.1.1.\nFahrradbügel am Bahnhof\n\nHerr Lutz (FDP) begründet den Antrag.\n\nTOP 3.\n")
    assert all(not m.text.startswith("2.1.1. Fahrradbügel") for m in nlp(came_up)._.motions)


def test_a_member_presenting_his_groups_amendment_supports_the_groups_motion(nlp):
    text = (
        "TOP 5 Friedhofsgebührensatzung\n\n"
        "Frau Albers (Kämmerei) erläutert die Vorlage.\n\n"
        "Herr Voigt (FDP) begründet den Änderungsantrag seiner Fraktion, die Erhöhung auf drei Jahre zu verteilen.\n\n"
        "Frau Lenz (CDU) befürwortet den Änderungsantrag.\n\n"
        "Der Änderungsantrag wird mit 5 Ja-Stimmen bei 9 Nein-Stimmen abgelehnt.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("amendment", "FDP-Fraktion", "rejected")]
    assert _relations(doc)["Voigt"] == ("supports", "m1") and _relations(doc)["Lenz"] == ("supports", "m1")


def test_an_item_heading_naming_the_motion_in_brackets_makes_it_the_items_motion(nlp):
    text = (
        "TOP 7  Beleuchtung am Kanalweg (Drucksache 0815/VI, Antrag der Fraktion der SPD)\n\n"
        "Frau Ruhnke (SPD) stellt den Antrag vor.\n\n"
        "Herr Dietz (AfD) bezweifelt, dass Laternen dort etwas ändern.\n\n"
        "Der Ausschuss empfiehlt der BVV einstimmig, den Antrag anzunehmen.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("main", "Fraktion der SPD", "accepted")]
    assert _relations(doc)["Ruhnke"] == ("supports", "m1") and _relations(doc)["Dietz"] == ("opposes", "m1")


def test_a_motion_stated_inside_the_act_that_grants_it(nlp):
    granted = nlp(
        "TOP 2 Einwohnerfragestunde\n\nDer Vorsteher, Herr Kaminski, ruft die Fragestunde auf.\n\n"
        "Auf Antrag des Vorstehers beschließt die BVV einstimmig, die Einwohnerfragestunde um 15 Minuten zu verlängern.\n"
    )
    assert _motions(granted) == [("procedural", "Kaminski", "accepted")]
    assert granted._.motions[0]._.decision_id is not None
    party = nlp("TOP 5 Bebauungsplan Nr. 17\n\nAuf Antrag der CDU beschließt der Ausschuss einstimmig, die Beratung zu vertagen.\n")
    assert [(m._.motion_kind, m._.mover) for m in party._.motions] == [("postpone", "CDU")]
    header = nlp("Wortprotokoll auf Antrag der Fraktion Freie Wähler\n\nTOP 1 Eröffnung\n\nHerr Kaminski eröffnet die Sitzung.\n")
    assert list(header._.motions) == []  # a header line is no act of the body


def test_a_chair_proposing_the_referral_already_moved_seconds_it(nlp):
    text = (
        "TOP 4 Beschaffung eines Löschfahrzeugs\n\n"
        "Herr Gerber (CDU) beantragt, die Vergabe in den Finanzausschuss zu verweisen.\n\n"
        "Bürgermeister Lorch schlägt vor, den Punkt im Finanzausschuss am 14.10.2025 abschließend vorzuberaten. "
        "Er lässt über den Verweisungsantrag abstimmen.\n\n"
        "Der Gemeinderat verweist die Vergabe einstimmig in den Finanzausschuss.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("refer", "Gerber", "referred")]
    assert _relations(doc)["Lorch"] == ("supports", "m1")


@pytest.mark.parametrize(
    ("reaction", "relation"),
    [
        ("Frau Kurz (Kämmerei) hält eine externe Prüfung nicht für zielführend.", "opposes"),
        ("Frau Kurz (Kämmerei) weist darauf hin, dass die Prüfung den Baubeginn um Monate verzögern würde.", "opposes"),
        ("Frau Kurz (Kämmerei) gibt zu bedenken, dass die Prüfung Zeit koste; drei Monate seien aber noch vertretbar.", None),
    ],
)
def test_the_administrations_caveat_opposes_only_when_it_argues_against(nlp, reaction, relation):
    text = (
        "TOP 3 Neubau der Feuerwache\n\n"
        "Herr Ebert (FDP) beantragt, vor der Vergabe eine externe Kostenprüfung durchführen zu lassen.\n\n"
        f"{reaction}\n\n"
        "Der Antrag wird mit 4 Ja-Stimmen bei 11 Nein-Stimmen abgelehnt.\n"
    )
    assert _relations(nlp(text))["Kurz"][0] == relation


def test_a_turn_pointing_back_at_the_amendment_just_moved_judges_it(nlp):
    text = (
        "TOP 2 Haushaltssatzung 2026\n\n"
        "Frau Engel (Grüne): Wir beantragen, 80.000 Euro für Schulwege in den Haushalt einzustellen.\n\n"
        "Herr Wolff (AfD): Das ist doch reine Symbolpolitik.\n\n"
        "Frau Reich (SPD): Die Kreisumlage bleibt stabil, wir stimmen dem Haushalt zu.\n\n"
        "Der Antrag wird mit 6 gegen 30 Stimmen abgelehnt.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("amendment", "Engel", "rejected")]
    assert _relations(doc)["Wolff"] == ("opposes", "m1")
    assert _relations(doc)["Reich"] == (None, None)  # on the budget itself


def test_a_caveat_by_a_member_of_the_moving_group_does_not_oppose_its_motion(nlp):
    text = (
        "TOP 6 Antrag der SPD-Fraktion: Zweite Notunterkunft im Winter\n\n"
        "Frau Haas (SPD) begründet den Antrag.\n\n"
        "Herr Brandl (SPD) gibt zu bedenken, dass eine Notunterkunft keine Wohnung ersetze.\n\n"
        "Der Ausschuss empfiehlt einstimmig, den Antrag anzunehmen.\n"
    )
    assert _relations(nlp(text))["Brandl"] == (None, None)


def test_a_procedural_motion_nobody_objects_to_is_granted_without_a_vote(nlp):
    text = (
        "TOP 3 Änderung der Abwassersatzung und der Wassersatzung\n\n"
        "Herr Roth (FW) beantragt, über die beiden Satzungen getrennt abzustimmen. Dem wird nicht widersprochen.\n\n"
        "Die Gemeindevertretung beschließt die Änderung der Abwassersatzung einstimmig.\n\n"
        "Die Gemeindevertretung beschließt die Änderung der Wassersatzung mit 12 Ja-Stimmen bei 3 Nein-Stimmen.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.outcome, m._.decision_id) for m in doc._.motions] == [("procedural", "accepted", None)]
    voted = nlp(text.replace(" Dem wird nicht widersprochen.", "\n\nDer Antrag auf getrennte Abstimmung wird mit 5 gegen 10 Stimmen abgelehnt."))
    assert [(m._.motion_kind, m._.outcome) for m in voted._.motions] == [("procedural", "rejected")]


def test_a_vote_on_the_administrations_proposal_leaves_the_members_motion_to_the_resolution_after_it(nlp):
    text = (
        "TOP 2 Schulnetzplanung, Stellungnahme des Ortschaftsrats\n\n"
        "Herr Pohl (SPD) beantragt, die Vorlage abzulehnen und stattdessen eine Außenstelle prüfen zu lassen.\n\n"
        "Abstimmung über den Beschlussvorschlag der Verwaltung: Ja 0, Nein 7 – abgelehnt.\n\n"
        "Sodann beschließt der Ortschaftsrat einstimmig, die Prüfung einer Außenstelle zu fordern.\n"
    )
    doc = nlp(text)
    assert [m._.outcome for m in doc._.motions] == ["accepted"]


def test_a_turn_naming_an_amendments_content_in_its_own_words_takes_a_side_on_it(nlp):
    text = (
        "TOP 4 Haushaltssatzung 2026\n\n"
        "Kreisrat Mohr (AfD) beantragt, die Zuschüsse für die Musikschule vollständig zu streichen.\n\n"
        "Kreiskämmerin Fuchs erläutert die Rücklage.\n\n"
        "Kreisrat Lenz (SPD) erklärt, dass seine Fraktion dem Haushalt zustimmen werde, die Streichung der Zuschüsse "
        "für die Musikschule aber ablehne.\n\n"
        "Mit 3 gegen 37 Stimmen lehnt der Kreistag den Antrag ab.\n"
    )
    assert _relations(nlp(text))["Lenz"] == ("opposes", "m1")


def test_a_vote_on_the_proposal_with_all_the_proposals_made_settles_each_of_them(nlp):
    text = (
        "TOP 5 Stellungnahme zum Regionalplan Wind\n\n"
        "Herr Kruse (CDU) schlägt vor, in der Stellungnahme einen Abstand von 1.200 m zu fordern.\n\n"
        "Frau Lüth (SPD) regt an, zusätzlich eine Beteiligung der Gemeinde an den Erträgen einzufordern.\n\n"
        "Der Vorsitzende lässt über den um beide Vorschläge ergänzten Beschlussvorschlag abstimmen.\n\n"
        "Der Ausschuss empfiehlt mit 6 Ja-Stimmen bei 1 Nein-Stimme, die Stellungnahme ergänzt um beide Forderungen abzugeben.\n"
    )
    doc = nlp(text)
    assert _motions(doc) == [("amendment", "Kruse", "accepted"), ("amendment", "Lüth", "accepted")]
    assert len({m._.decision_id for m in doc._.motions}) == 1


# Phrasings of press reports and other writers (family m of data/annotated): a group moving in narration, in the
# past tense or pluperfect, a party name as the mover, "legte einen Änderungsantrag vor".
REPORTED = (
    "Lange stritt der Rat am Montag über die Stadtbücherei.\n\n"
    "Die Linken-Fraktion hatte beantragt, die Bücherei auch sonntags zu öffnen.\n\n"
    "„Sonntags haben Familien endlich Zeit zum Lesen“, sagte Stadtrat Emil Brandt (Linke).\n\n"
    "Die FDP legte einen Änderungsantrag vor: Die Sonntagsöffnung solle zunächst ein Jahr erprobt werden. "
    "Stadträtin Hanna Voss (FDP) warb dafür, erst Erfahrungen zu sammeln.\n\n"
    "Bürgermeister Udo Kern hielt den Vorschlag für kaum finanzierbar.\n\n"
    "Der Änderungsantrag der FDP fand mit 7 zu 18 Stimmen keine Mehrheit. "
    "Den Antrag der Linken nahm der Rat mit 14 zu 11 Stimmen an.\n"
)


def test_a_group_moving_in_narration_is_the_mover(nlp):
    doc = nlp(REPORTED)
    assert _motions(doc) == [("main", "Linken-Fraktion", "accepted"), ("amendment", "FDP", "rejected")]
    rel = _relations(doc)
    assert rel["Emil Brandt"] == ("supports", "m1")
    assert rel["Hanna Voss"] == ("supports", "m2")
    assert rel["Udo Kern"] == ("opposes", "m2")


def test_a_group_act_inside_a_speakers_span_is_not_the_speakers_motion(nlp):
    doc = nlp(
        "Der Kämmerer Paul Adler nannte Kosten von 20.000 Euro.\n\n"
        "Die Grünen-Fraktion beantragte, die Mittel für Baumpflanzungen zu verdoppeln.\n\n"
        "Der Antrag wurde mit 9 zu 12 Stimmen abgelehnt.\n"
    )
    assert _motions(doc) == [("main", "Grünen-Fraktion", "rejected")]
    assert _relations(doc)["Paul Adler"] == (None, None)


def test_a_written_motion_titled_antrag_auf_is_the_items_motion(nlp):
    doc = nlp(
        "TOP 3: Antrag der UWG-Fraktion auf Beleuchtung des Radwegs am Mühlbach\n\n"
        "GR Sommer erläuterte den Antrag seiner Fraktion. Im Winter sei der Weg ab 17 Uhr stockdunkel.\n\n"
        "Der Gemeinderat stimmte dem Antrag einstimmig zu.\n"
    )
    assert [(m._.motion_kind, m._.mover, m.text.startswith("TOP 3")) for m in doc._.motions] == [("main", "UWG-Fraktion", True)]
    assert _relations(doc)["Sommer"] == ("supports", "m1")


def test_a_debate_closure_answered_by_das_fand_keine_mehrheit(nlp):
    doc = nlp(
        "Die Fraktion Wir für Auental hatte beantragt, den Markt auf den Samstag zu verlegen.\n\n"
        "Stadtrat Jan Ohm (CDU) beantragte Schluss der Debatte. Das fand jedoch keine Mehrheit.\n\n"
        "Stadträtin Eva Roth (SPD) sah das anders als die Antragsteller und sprach sich gegen den Antrag aus.\n\n"
        "Der Antrag wurde mit 8 zu 15 Stimmen abgelehnt.\n\n"
        "Einstimmig beschloss der Rat danach die neue Marktsatzung.\n"
    )
    assert _motions(doc) == [("main", "Fraktion Wir für Auental", "rejected"), ("procedural", "Jan Ohm", "rejected")]


def test_a_withdrawn_motion_taken_over_is_moved_again(nlp):
    doc = nlp(
        "TOP 5  Antrag der Fraktion der CDU: Blühstreifen an Gemeindestraßen\n\n"
        "Die Fraktion der CDU zieht den Antrag zurück.\n\n"
        "Gemeindevertreterin Lührs (Grüne) erklärt, ihre Fraktion mache sich den Antrag zu eigen.\n\n"
        "Gemeindevertreter Bode (FDP) hält den Antrag für überflüssig.\n\n"
        "Der Antrag wird mehrheitlich angenommen.\n"
    )
    assert _motions(doc) == [("main", "Fraktion der CDU", "withdrawn"), ("main", "Lührs", "accepted")]
    rel = _relations(doc)
    assert rel["Lührs"] == ("moves", "m2")
    assert rel["Bode"] == ("opposes", "m2")


def test_a_vote_on_the_proposal_settles_the_proposal_not_the_written_motion(nlp):
    doc = nlp(
        "TOP 2  Parken am Friedhof\n\n"
        "Die SPD-Fraktion beantragt, am Friedhof zehn Kurzzeitparkplätze auszuweisen.\n\n"
        "Herr Falk (CDU) schlägt vor, stattdessen den Parkplatz an der Kirche zu öffnen.\n\n"
        "Die Ortsvorsteherin lässt zunächst über den Vorschlag von Herrn Falk abstimmen.\n\n"
        "Der Vorschlag von Herrn Falk wird mit 2 Ja- gegen 6 Nein-Stimmen abgelehnt.\n\n"
        "Dem Antrag der SPD-Fraktion stimmt der Ortsbeirat mit 6:2:0 Stimmen zu.\n"
    )
    assert _motions(doc) == [("main", "SPD-Fraktion", "accepted"), ("amendment", "Falk", "rejected")]


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Herr Roth (CDU) erklärt, seine Fraktion sehe keine Möglichkeit, dem Antrag zuzustimmen.", "opposes"),
        ("Herr Roth (CDU) sieht keinen Grund, dem Antrag nicht zuzustimmen.", "supports"),
        ("Frau Gül (FDP) kann dem Antrag einiges abgewinnen.", "supports"),
        ("Frau Gül (FDP) kann dem Antrag wenig abgewinnen.", "opposes"),
        ("Frau Gül (FDP) sieht den Antrag kritisch, die Bänke seien schnell beschädigt.", "opposes"),
        ("Herr Roth (CDU) hielt den Antrag für überzogen.", "opposes"),
        ("Herr Roth (CDU) nannte den Antrag unausgegoren.", "opposes"),
        ("Herr Roth (CDU) äußerte Zweifel am Nutzen der Bänke.", "opposes"),
        ("Herr Roth (CDU) stellte sich gegen den Antrag.", "opposes"),
        ("Frau Gül (FDP) stellte sich hinter den Antrag.", "supports"),
        ("Frau Gül (FDP) nannte den Antrag einen guten Vorschlag.", "supports"),
        ("Frau Gül (FDP) sprach von einem richtigen Signal.", "supports"),
        ("Frau Gül (FDP) erklärt, ihre Fraktion trage den Antrag mit.", "supports"),
        ("Frau Gül (FDP) spricht sich nachdrücklich für das Anliegen aus.", "supports"),
        ("Frau Gül (FDP) unterstreicht die Bedeutung des Antrags.", "supports"),
        ("Herr Roth (CDU) meint, der Antrag laufe ins Leere.", "opposes"),
        ("Herr Roth (CDU) begrüßt das Ziel, meint aber, dass der Antrag keine Kostenschätzung enthalte.", "opposes"),
        ("Herr Roth (CDU) erklärt, die Verwaltung arbeite bereits an einem Bankkonzept.", "opposes"),
    ],
)
def test_positions_on_a_written_motion(nlp, sentence: str, relation: str):
    doc = nlp(f"TOP 7  Antrag der SPD-Fraktion: Sitzbänke am Kanal\n\n{sentence}\n\nDer Antrag wird abgelehnt.\n")
    assert [t._.motion_relation for t in doc._.turns] == [relation]


def test_a_point_of_order_to_postpone_is_a_postponement(nlp):
    doc = nlp(
        "TOP 6 Antrag der CDU-Fraktion: Videoschutz am Busbahnhof\n\n"
        "Herr Kaya (SPD) lehnt den Antrag ab.\n\n"
        "Herr Lutz (FDP) stellt einen Antrag zur Geschäftsordnung auf Vertagung, bis die Polizei berichtet hat.\n\n"
        "Der Vertagungsantrag wird mehrheitlich angenommen.\n"
    )
    assert _motions(doc) == [("main", "CDU-Fraktion", "postponed"), ("postpone", "Lutz", "postponed")]


def test_a_postponement_granted_on_a_members_request(nlp):
    doc = nlp("TOP 4 Neubau Bauhof\n\nAuf Antrag von Stadtrat Wenzel (SPD) wurde der Tagesordnungspunkt einstimmig vertagt.\n")
    assert _motions(doc) == [("postpone", "Wenzel", "postponed")]


def test_a_groups_motion_said_to_be_before_the_body(nlp):
    before = "Dem Ausschuss lag ein Antrag der Fraktion DIE LINKE vor, an allen Schulen Trinkwasserspender aufzustellen."
    doc = nlp(f"Ausschuss für Umwelt\n\n{before}\n\nFrau Pohl (DIE LINKE) wirbt für den Antrag.\n\nDer Antrag wird bei 4 Ja-Stimmen und 7 Nein-Stimmen abgelehnt.\n")
    assert [(m.text, m._.mover, m._.outcome) for m in doc._.motions] == [(before, "Fraktion DIE LINKE", "rejected")]
    titled = nlp("TOP 5 Antrag der SPD-Fraktion: Hitzeschutzplan\n\nDem Ausschuss liegt der Antrag der SPD-Fraktion vor.\n\nDer Antrag wird einstimmig angenommen.\n")
    assert [m.text for m in titled._.motions] == ["TOP 5 Antrag der SPD-Fraktion: Hitzeschutzplan"]


def test_a_vote_that_names_a_groups_motion_nothing_moved_states_it(nlp):
    doc = nlp(
        "Der Kreistag hat am Montag den Antrag der ÖDP auf ein Tempolimit an Schulen abgelehnt.\n\n"
        "Kreisrat Leo Stark (ÖDP) hatte zuvor argumentiert, Kinder seien auf Kreisstraßen besonders gefährdet.\n\n"
        "Landrätin Eva Hirsch nannte den Vorstoß populistisch.\n"
    )
    assert _motions(doc) == [("main", "ÖDP", "rejected")]
    rel = _relations(doc)
    assert rel["Leo Stark"] == ("supports", "m1")
    assert rel["Eva Hirsch"] == ("opposes", "m1")


def test_a_withdrawal_line_under_a_titled_item_is_no_second_title(nlp):
    doc = nlp("TOP 9 Antrag der SPD-Fraktion: Trinkbrunnen am Markt\n\nDer Antrag der SPD-Fraktion wird zurückgezogen.\n")
    assert _motions(doc) == [("main", "SPD-Fraktion", "withdrawn")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Frau Kranz (SPD) reichte einen Änderungsantrag ein, der die Kosten deckeln soll.", "amendment"),
        ("Frau Kranz (SPD) plädiert dafür, die Entscheidung zu vertagen, und stellt einen entsprechenden Antrag.", "postpone"),
    ],
)
def test_more_ways_of_moving(nlp, sentence: str, kind: str):
    doc = nlp(f"TOP 3  Sanierung der Turnhalle\n\n{sentence}\n\nDer Antrag wird mit 5 zu 9 Stimmen abgelehnt.\n\nDer Rat beschließt die Vorlage mit 10 zu 4 Stimmen.\n")
    assert _motions(doc) == [(kind, "Kranz", "rejected")]


def test_no_money_planned_opposes_and_the_rejoinder_supports(nlp):
    doc = nlp(
        "TOP 3 Antrag der CDU-Fraktion: Kunstrasen für den SV Linde\n\n"
        "Kämmerin Roth weist darauf hin, dass im Haushalt 2026 keine Mittel dafür eingeplant seien.\n\n"
        "Herr Stein (FW) entgegnet, der Verein beteilige sich mit 30 Prozent.\n\n"
        "Der Antrag wird mit 9 Ja-Stimmen und 6 Nein-Stimmen angenommen.\n"
    )
    rel = _relations(doc)
    assert rel["Roth"] == ("opposes", "m1")
    assert rel["Stein"] == ("supports", "m1")


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("5. Antrag Bündnis 90/Die Grünen: Baumschutzsatzung", "Bündnis 90/Die Grünen"),
        ("TOP 8 Antrag CDU: Parkplätze am Bahnhof", "CDU"),
        ("Ö 4 Antrag der Gruppe SPD/Grüne betr. Schulweg Lindenstraße", "Gruppe SPD/Grüne"),
        ("TOP 6 Antrag Nr. 12/2025 der FWG-Fraktion: Hundewiese", "FWG-Fraktion"),
    ],
)
def test_written_motion_titles_without_article_or_with_a_number(nlp, title: str, group: str):
    doc = nlp(f"{title}\n\nHerr Ohm (SPD) spricht sich für den Antrag aus.\n\nDer Antrag wird mehrheitlich angenommen.\n")
    assert [(m._.mover, m.text.startswith(title[:10]), m._.outcome) for m in doc._.motions] == [(group, True, "accepted")]


def test_a_vote_sentence_among_a_short_pages_first_lines_is_no_title(nlp):
    doc = nlp(
        "Gemeinderat Obertal\n\nDie Freien Wähler beantragten, die Friedhofsgebühren um zehn Prozent zu senken.\n\n"
        "Der Antrag der Freien Wähler scheiterte mit 6 zu 11 Stimmen.\n"
    )
    assert [(m._.mover, m.text.startswith("Die Freien")) for m in doc._.motions] == [("Freien Wähler", True)]


def test_a_suggestion_taken_over_is_a_motion_even_with_a_referral_vote_between(nlp):
    doc = nlp(
        "TOP 5   Antrag der Fraktion Freie Liste: Ehrenamtskarte\n\n"
        "Herr Kessler (FW) bringt den Antrag ein.\n\n"
        "Frau Amann (SPD) unterstützt das Anliegen, regt aber an, die Karte gemeinsam mit dem Landkreis einzuführen.\n\n"
        "Herr Kessler übernimmt die Anregung.\n\n"
        "Herr Tann (CDU) beantragt, den Antrag in den Sozialausschuss zu verweisen.\n\n"
        "Der Verweisungsantrag wird mit 3 Ja-Stimmen und 6 Nein-Stimmen abgelehnt.\n\n"
        "Der Ausschuss empfiehlt, den Antrag in der geänderten Fassung zu beschließen.\n"
    )
    assert _motions(doc) == [("main", "Kessler", "accepted"), ("amendment", "Amann", "accepted"), ("refer", "Tann", "rejected")]
    assert _relations(doc)["Amann"] == ("moves", "m2")


def test_a_proposal_taken_up_by_this_proposal_settles_the_proposal(nlp):
    doc = nlp(
        "Gemeinderätin Eva Bach (ÖDP) stellte den Antrag, Tempo 30 vor der Schule zu beantragen.\n\n"
        "Franz Ott (CSU) schlug stattdessen vor, Schülerlotsen einzusetzen. Diesen Vorschlag griff das Gremium auf: "
        "Einstimmig beauftragte es die Verwaltung, mit der Schule zu sprechen.\n\n"
        "Den ÖDP-Antrag lehnte der Gemeinderat zuvor mit 6 zu 10 Stimmen ab.\n"
    )
    assert _motions(doc) == [("main", "Eva Bach", "rejected"), ("amendment", "Franz Ott", "accepted")]


def test_a_member_presenting_the_groups_announced_amendment_supports_it(nlp):
    doc = nlp(
        "Ö 9  Fortschreibung des Lärmaktionsplans\n\n"
        "Der Vorsitzende, Herr Alt, teilt mit, dass ein Änderungsantrag der FDP-Fraktion vorliegt, die Nachtruhe ab 23 Uhr gelten zu lassen.\n\n"
        "Herr Dorn (FDP) erläutert den Änderungsantrag.\n\n"
        "Der Änderungsantrag wird mit 7 Ja-Stimmen gegen 5 Nein-Stimmen angenommen.\n"
    )
    assert _motions(doc) == [("amendment", "FDP-Fraktion", "accepted")]
    assert _relations(doc)["Dorn"] == ("supports", "m1")


def test_talks_under_way_oppose_and_a_passive_support_is_no_position(nlp):
    doc = nlp(
        "TOP 4  Antrag der Gruppe FW/ÖDP: Pflegestützpunkt im Nordkreis\n\n"
        "Die Landrätin Frau Kalb verweist darauf, dass der Landkreis bereits mit den Pflegekassen verhandle; "
        "ein Beschluss heute könne diese Gespräche stören.\n\n"
        "Frau Yilmaz (SPD) schließt sich dem an.\n\n"
        "Herr Kurz (CDU) stellt fest, dass der Antrag von vielen Verbänden unterstützt wird.\n\n"
        "Der Antrag wird abgelehnt.\n"
    )
    rel = _relations(doc)
    assert rel["Kalb"] == ("opposes", "m1")
    assert rel["Yilmaz"] == ("opposes", "m1")
    assert rel["Kurz"] == (None, None)


# phrasings of family o (unseen authors; examples invented anew)
@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Frau Gül (FDP) erklärt, ihre Fraktion trage den Antrag nicht mit.", "opposes"),
        ("Herr Roth (CDU) kündigt an, seine Fraktion werde dem Antrag folgen.", "supports"),
        ("Herr Roth (CDU) kündigt an, seine Fraktion werde dem Antrag nicht folgen.", "opposes"),
        ("Herr Roth (CDU) hält Bänke ohne Schatten für sinnlos.", "opposes"),
        ("Kämmerin Roth verteidigt die Planung der Verwaltung, die keine neuen Bänke vorsieht.", "opposes"),
    ],
)
def test_positions_in_other_words(nlp, sentence: str, relation: str):
    doc = nlp(f"TOP 7  Antrag der SPD-Fraktion: Sitzbänke am Kanal\n\n{sentence}\n\nDer Antrag wird abgelehnt.\n")
    assert [t._.motion_relation for t in doc._.turns] == [relation]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Frau Kranz (SPD) bringt für die Fraktionen SPD und FDP einen Änderungsantrag ein: Die Kosten sollen gedeckelt werden.", "amendment"),
        ("Frau Kranz (SPD) stellt den Antrag, die Vorlage in den Bauausschuss zurückzuverweisen.", "refer"),
        ("Frau Kranz (SPD) hält die Planung für unfertig. Die SPD-Fraktion beantrage deshalb, den Zuschuss auf 5.000 Euro zu begrenzen.", "amendment"),
    ],
)
def test_more_ways_of_moving_unseen(nlp, sentence: str, kind: str):
    doc = nlp(f"TOP 3  Sanierung der Turnhalle\n\n{sentence}\n\nDer Antrag wird mit 5 zu 9 Stimmen abgelehnt.\n\nDer Rat beschließt die Vorlage mit 10 zu 4 Stimmen.\n")
    assert _motions(doc) == [(kind, "Kranz", "rejected")]


def test_applying_for_a_grant_is_still_no_motion(nlp):
    doc = nlp("TOP 2  Vereinsförderung\n\nHerr Abel (Kassenwart SV Linde) berichtet, der Verein beantrage einen Zuschuss für neue Tore.\n\nDer Rat beschließt einstimmig.\n")
    assert list(doc._.motions) == []


def test_a_title_with_the_groups_short_name_in_brackets_withdrawn_and_taken_over(nlp):
    doc = nlp(
        "Gemeinde Kleinau\nNiederschrift über die Sitzung des Gemeinderates am 02.10.2025\n\n"
        "Zu TOP 4 – Antrag der Wählergruppe Neues Forum (NF) auf Bau eines Bolzplatzes\n\n"
        "Gemeinderat Brix (NF) warb für den Antrag. Die Kinder spielten sonst auf der Straße.\n\n"
        "Nach der Aussprache nahm Gemeinderat Brix den Antrag zurück.\n\n"
        "Gemeinderätin Lorenz (SPD) machte sich den Antrag sodann zu eigen.\n\n"
        "Der Antrag wurde mit 4 Ja-Stimmen und 7 Nein-Stimmen abgelehnt.\n"
    )
    assert _motions(doc) == [("main", "Wählergruppe Neues Forum", "withdrawn"), ("main", "Lorenz", "rejected")]
    assert [t._.motion_relation for t in doc._.turns] == ["withdraws", "moves"]  # one turn: Brix argues, then withdraws


def test_a_vote_named_only_by_the_call_before_it(nlp):
    doc = nlp(
        "TOP 5  Antrag der CDU-Fraktion: Wochenmarkt am Samstag\n\n"
        "Herr Brandt (CDU) begründet den Antrag.\n\n"
        "Frau Iske (SPD) beantragt, die Entscheidung bis zur Befragung der Händler zurückzustellen.\n\n"
        "Der Vorsitzende lässt über den Antrag auf Zurückstellung abstimmen. Er wird mit 4 zu 8 Stimmen abgelehnt.\n\n"
        "Der Antrag der CDU-Fraktion wird mit 9 zu 3 Stimmen angenommen.\n"
    )
    assert _motions(doc) == [("main", "CDU-Fraktion", "accepted"), ("postpone", "Iske", "rejected")]


def test_a_point_of_order_naming_its_purpose_stays_procedural(nlp):
    doc = nlp(
        "Lfd. Nr. 4.2  Dringlichkeitsantrag der Fraktion Die Linke\n\n"
        "Bezirksverordneter Hahn (SPD) beantragt, die Drucksache in den Sozialausschuss zu überweisen.\n\n"
        "Bezirksverordnete Ross (FDP) stellt einen Antrag zur Geschäftsordnung auf Schluss der Rednerliste.\n\n"
        "Der GO-Antrag wird mit 20 : 9 Stimmen angenommen.\n\n"
        "Der Überweisungsantrag wird mit 18 Ja-Stimmen und 11 Nein-Stimmen angenommen.\n"
    )
    assert _motions(doc) == [("main", "Fraktion Die Linke", "referred"), ("refer", "Hahn", "referred"), ("procedural", "Ross", "accepted")]
    assert doc._.motions[0].text.startswith("Lfd. Nr. 4.2")  # the title line, not the page's top


def test_groups_moving_in_a_report(nlp):
    doc = nlp(
        "In der Ratssitzung beantragten wir als SPD-Fraktion, die Öffnungszeiten der Stadtbücherei zu verlängern.\n\n"
        "Die CDU wollte die Öffnung auf Samstage beschränken und stellte dazu einen Änderungsantrag.\n\n"
        "Der Änderungsantrag der CDU wurde mit 10 zu 20 Stimmen abgelehnt. Unser Antrag wurde mit 21 zu 9 Stimmen angenommen.\n"
    )
    assert _motions(doc) == [("main", "SPD-Fraktion", "accepted"), ("amendment", "CDU", "rejected")]


def test_a_members_motion_the_vote_calls_an_ergaenzungsantrag(nlp):
    doc = nlp(
        "Stadträtin Eva Brink (Linke) beantragte, die Gebühr für Inhaber der Ehrenamtskarte zu halbieren.\n\n"
        "Der Ergänzungsantrag der Linken wurde bei zwei Gegenstimmen angenommen. Die Gebührensatzung beschloss der Stadtrat danach mit 25 zu 4 Stimmen.\n"
    )
    assert _motions(doc) == [("amendment", "Eva Brink", "accepted")]


def test_a_suggestion_taken_into_the_proposal_and_a_turn_naming_an_amendment_by_its_noun(nlp):
    doc = nlp(
        "Ö 7  Erneuerung der Straßenbeleuchtung\nBeschluss: einstimmig beschlossen\n\n"
        "GR Vogt regt an, die Leuchten in drei Abschnitten zu tauschen.\nDer Bürgermeister übernimmt die Anregung in den Beschlussvorschlag.\n\n"
        "Beschluss:\nDer Gemeinderat beschließt den Tausch der Leuchten in drei Abschnitten.\n"
    )
    assert _motions(doc) == [("amendment", "Vogt", "accepted")]
    amended = nlp(
        "TOP 2  Antrag der Gruppe SPD/Grüne: Schulobst\n\n"
        "Herr Kuhl (CDU) beantragt, den Zuschuss auf die Grundschulen zu begrenzen.\n\n"
        "Frau Lenz (Grüne) lehnt die Begrenzung ab, auch die Förderschule brauche das Obst.\n\n"
        "Der Änderungsantrag wird mit 6 zu 9 Stimmen abgelehnt. Der Antrag wird mit 9 zu 6 Stimmen angenommen.\n"
    )
    assert _relations(amended)["Lenz"] == ("opposes", "m2")


def test_a_vote_on_this_motion_settles_the_one_just_moved(nlp):
    doc = nlp(
        "TOP 4  Antrag der SPD-Fraktion: Tempo 30 in der Schulstraße\n\nHerr Abel (SPD) begründet den Antrag.\n\n"
        "Herr Cramer (FW) stellt den Antrag auf Verweisung in den Verkehrsausschuss.\n\n"
        "Über diesen Antrag wird zuerst abgestimmt. Er wird mit 10 zu 4 Stimmen angenommen.\n"
    )
    assert _motions(doc) == [("main", "SPD-Fraktion", "referred"), ("refer", "Cramer", "referred")]


def test_a_group_failing_with_its_motion_in_a_press_lead(nlp):
    doc = nlp(
        "Lindau-Nord. Mit 12 zu 17 Stimmen ist die SPD am Dienstag im Stadtrat mit ihrem Antrag gescheitert, das Hallenbad "
        "bis 2027 zu sanieren. Oberbürgermeister Kai Lenz hielt die Sanierung für nicht finanzierbar.\n"
    )
    assert _motions(doc) == [("main", "SPD", "rejected")]
    assert _relations(doc)["Kai Lenz"] == ("opposes", "m1")
