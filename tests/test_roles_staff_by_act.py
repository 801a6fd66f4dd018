"""Staff named only "Herr X"/"Frau Y" are known by what they do: they present the Beschlussvorlage ("BV") or a report
the office is writing, and promise that the written answer will follow. Invented text only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Herr Gerlinger erläutert die BV und die vorgeschlagenen Änderungen der Geschäftsordnung.\n",
        "Herr Gerlinger berichtet über den Sozialbericht, der derzeit erarbeitet wird.\n",
        "Der Wirtschaftsplan 2026 wird von Herrn Gerlinger vorgestellt. Zunächst erläutert er die Investitionen.\n",
        "Herr Gerlinger verweist auf die Verwaltungsvorlage und erläutert diese. Fördermittel seien beantragt.\n",
        "Frau Kranz fragt nach dem Stand der Kita-Planung.\n\nHerr Gerlinger sagt, dass die schriftliche Beantwortung "
        "der Anfrage nach Rücksprache mit Dr. Nowak zeitnah erfolgen wird.\n",
    ],
)
def test_staff_by_what_they_do(nlp, text):
    roles = {t._.speaker: t._.role for t in nlp(text)._.turns}
    assert roles["Gerlinger"] == "administration"


def test_a_member_who_reports_on_his_groups_view_stays_a_member(nlp):
    doc = nlp("Herr Gerlinger berichtet, dass seine Fraktion dem Antrag zustimmen werde.\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Gerlinger"] == "council_member"


def test_the_first_speaker_below_an_office_heading_is_staff(nlp):
    doc = nlp(
        "TOP 5 Mitteilungen\n5.1 Aktuelles aus den Fachbereichen\nFrau Dr. Seidel gibt bekannt, dass zur nächsten "
        "Sitzung eine Gutachterin eingeladen ist.\n5.2 Anfragen\nHerr Lorenz fragt nach dem Winterdienst.\n"
    )
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles == {"Seidel": "administration", "Lorenz": "council_member"}


def test_an_answer_on_request_is_staffs(nlp):
    doc = nlp("Ratsfrau Behrens fragt nach den Gebühren.\n\nHerr Tammen erklärt auf Nachfrage, dass die Gebühren seit 2019 gleich geblieben seien.\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Tammen"] == "administration"


@pytest.mark.parametrize("asks", ["erfragt den Stand", "hinterfragt den Zeitplan", "hat nachgefragt, wie es um den Stand"])
def test_the_one_who_answers_a_question_asked_with_a_prefixed_verb_is_staff(nlp, asks):
    doc = nlp(
        "Frau Akbulut erkundigt sich nach der Sanierung der Turnhalle.\n\nHerr Brede erklärt, dass die Arbeiten im Mai "
        f"beginnen.\n\nHerr Tiedtke {asks} der Arbeiten am Jugendhaus.\n\nHerr Lammers teilt mit, dass die Verwaltung "
        "mit dem Baufortschritt ebenfalls nicht zufrieden sei.\n"
    )
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles["Lammers"] == "administration"
    assert roles["Tiedtke"] == "council_member"


def test_staff_present_the_reasoning_of_the_proposal(nlp):
    doc = nlp("Der Bürgermeister ruft den Punkt auf.\n\nFrau Albers bekommt das Wort. Sie trägt aus der Begründung vor.\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Albers"] == "administration"


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Kuhnert fragt, ob es zu diesem Tagesordnungspunkt Wortmeldungen gebe.",
        "Frau Kuhnert verpflichtet anschließend alle neuen Mitglieder nach § 31 Abs. 2 der Gemeindeordnung durch Handschlag.",
        "Herr Kuhnert führte bis zur Wahl des Vorsitzenden durch die Sitzung.",
    ],
)
def test_chairs_by_what_they_do(nlp, sentence):
    doc = nlp(sentence + "\n\nHerr Lemke fragt nach dem Radweg.\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Kuhnert"] == "chair"


def test_who_opens_and_closes_the_item_chairs(nlp):
    doc = nlp(
        "Herr Kuhnert stellt fest, dass zu diesem Punkt keine Vorlage vorliegt.\n\n"
        "Herr Lemke bemängelt, dass die Verwaltung noch keine Kosten genannt hat.\n\n"
        "Herr Kuhnert hält fest, dass der Punkt in der nächsten Sitzung erneut aufgerufen wird.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Kuhnert": "chair", "Lemke": "council_member"}


def test_who_opens_and_closes_the_item_chairs_though_he_moves_to_change_the_agenda(nlp):
    doc = nlp(
        "TOP 2 Änderung der Tagesordnung\n\n"
        "Herr Kuhnert beantragt, als zusätzlichen Tagesordnungspunkt die Wahlprüfung aufzunehmen, und begründet den Antrag mit der Frist.\n\n"
        "Herr Lemke meldet sich zur Geschäftsordnung und hält die Ergänzung für verfrüht.\n\n"
        "Herr Kuhnert bittet daraufhin um Abstimmung über die Ergänzung der Tagesordnung.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Kuhnert": "chair", "Lemke": "council_member"}


def test_staff_who_open_and_close_the_item_stay_staff(nlp):
    doc = nlp(
        "Frau Ostwald erläutert die Vorlage zur Gebührenkalkulation.\n\n"
        "Herr Lemke fragt nach den Kosten der Deponie.\n\n"
        "Frau Ostwald sagt eine Prüfung zu.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns}["Ostwald"] == "administration"


def test_no_chair_by_position_where_someone_is_called_chair(nlp):
    doc = nlp(
        "Herr Kuhnert stellt fest, dass zu diesem Punkt keine Vorlage vorliegt.\n\n"
        "Der Vorsitzende, Herr Brandt, verweist auf die nächste Sitzung.\n\n"
        "Herr Kuhnert hält fest, dass er dann erneut fragen werde.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns}["Kuhnert"] == "council_member"


def test_a_resident_fronted_by_question_time_in_a_long_sentence(nlp):
    doc = nlp(
        "In der Einwohnerfragestunde der Gemeinderatssitzung wies Carola Brenninger auf mehrere Schäden an den Gehwegen "
        "im Neubaugebiet hin.\nErneut berichtete sie, dass die Beleuchtung am Mühlbach nachts ausfalle.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Carola Brenninger": "public"}


@pytest.mark.parametrize("noun", ["Der Jugendhilfeplaner", "Die Sozialplanerin", "Die Schulentwicklungsplanerin"])
def test_the_planners_of_an_offices_statutory_plans_are_staff(nlp, noun):
    doc = nlp(f"{noun} Jonas Peukert nennt die Zahl der fehlenden Kita-Plätze.\n")
    assert [t._.role for t in doc._.turns] == ["administration"]


def test_a_district_head_is_the_districts_mayor_a_bvv_head_its_chair(nlp):
    doc = nlp("Herr Bezirksvorsteher Lenz lässt über den Antrag abstimmen.\n\nFrau Bezirksverordnetenvorsteherin Aydin ruft TOP 4 auf.\n")
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Lenz": "mayor", "Aydin": "chair"}


def test_uncued_speakers_in_an_advisory_councils_own_minutes_are_its_members(nlp):
    doc = nlp(
        "Niederschrift über die Sitzung des Seniorenbeirates am 12. März 2025\n\nTOP 3 Sitzbänke\n\n"
        "Herr Dörnbach schlägt vor, am Teich zwei Bänke aufzustellen.\n\nFrau Kleist unterstützt den Vorschlag.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Dörnbach": "advisory_member", "Kleist": "advisory_member"}
    doc = nlp(
        "TOP 1 Eröffnung\n\nDie Beschlussfähigkeit ist gegeben, da mehr als die Hälfte der Mitglieder des Behindertenbeirates "
        "anwesend sind.\n\nHerr Sprenger berichtet über die Begehung des Bahnhofs.\n"
    )
    assert [t._.role for t in doc._.turns] == ["advisory_member"]


@pytest.mark.parametrize(
    "head",
    [
        "Niederschrift über die Sitzung des Ortsbeirates Lindenhof am 12. März 2025",
        "Niederschrift über die konstituierende Sitzung des Integrationsrates am 12. März 2025",
        "Niederschrift über die Sitzung des Rates am 12. März 2025",
    ],
)
def test_uncued_speakers_elsewhere_stay_members(nlp, head):
    doc = nlp(head + "\n\nTOP 3 Sitzbänke\n\nHerr Dörnbach schlägt vor, am Teich zwei Bänke aufzustellen.\n")
    assert [t._.role for t in doc._.turns] == ["council_member"]


def test_committee_abbreviations_and_excluding_the_public(nlp):
    doc = nlp("AV Brandes gibt bekannt, dass AM Olt nicht anwesend ist.\n\nAM Kruse fragt nach dem Sachstand der Kita.\n")
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Brandes": "chair", "Kruse": "council_member"}
    doc = nlp(
        "Herr Feldt fragt nach den Kosten.\n\nHerr Lauer beantwortet die Frage.\n\n"
        "Herr Hansing schließt für den folgenden Beratungsteil die Öffentlichkeit aus.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns}["Hansing"] == "chair"


def test_a_member_who_closes_the_meeting_chairs_it(nlp):
    doc = nlp(
        "Herr KTA Brunke fragt nach der Sanierung der Realschule.\n\nHerr EKR Stein erklärt, dass die Planung laufe.\n\n"
        "Nachdem keine weiteren Wortmeldungen vorliegen, schließt Frau KTA Hellwig die Sitzung um 18.10 Uhr.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Brunke": "council_member", "Stein": "administration", "Hellwig": "chair"}


def test_an_office_after_von_der_is_no_part_of_the_name(nlp):
    doc = nlp("Frau Gebhard von der Friedhofsverwaltung erläutert die neue Gebührenordnung.\n\nHerr von der Heyden fragt nach den Kosten.\n")
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Gebhard", "administration"), ("von der Heyden", "council_member")]


def test_who_explains_at_a_members_request_is_staff(nlp):
    doc = nlp("Herr Kruse lobt den neuen Radweg am Kanal.\n\nAuf Bitte von Herrn Kruse teilt Herr Lenz mit, dass der Radweg im Mai begonnen werde.\n")
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Kruse": "council_member", "Lenz": "administration"}


def test_the_one_who_answers_in_question_time_is_staff_not_a_resident(nlp):
    doc = nlp(
        "TOP 3 Einwohnerfragestunde\n\nHerr Kappel fragt, warum die Straße nicht gereinigt wurde. Herr Gerlinger "
        "antwortet, dass dies Sache des Landesbetriebes sei.\nFrau Lenz fragt nach den Öffnungszeiten.\n"
    )
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles == {"Kappel": "public", "Gerlinger": "administration", "Lenz": "public"}


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("informiert über die laufenden und geplanten Baumaßnahmen im Ortsteil.", "administration"),
        ("legt dar, dass nach der Satzung eine Ausnahme nur mit Genehmigung möglich ist.", "administration"),
        ("teilt mit, dass der Heimatverein die Chronik fertiggestellt habe.", "council_member"),  # news of a club
        ("führt aus, dass seine Gruppe zustimmen werde.", "council_member"),  # speaks for a group
    ],
)
def test_a_speaker_who_only_informs_is_staff(nlp, said, role):
    doc = nlp(f"Frau Kranz (AB) lobt den Zeitplan der Sanierung.\n\nHerr Gerlinger {said}\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Gerlinger"] == role


def test_one_who_answers_in_the_name_of_the_coalition_is_a_member(nlp):
    doc = nlp("Frau Kranz (AB) fragt nach dem Zeitplan.\n\nHerr Gerlinger antwortet im Namen der Koalition, dass der Plan steht.\n")
    assert {t._.speaker: t._.role for t in doc._.turns}["Gerlinger"] == "council_member"
