"""Motion constructions of a blind family (family j, issues 9 and 8), by class, with invented sentences: an item
title that names the group's motion after its subject and a dash, a plural group that had moved in narration, a
negated or conditional "mittragen", contradicting a motion by name, first-person positions in verbatim minutes, a
caveat that the motion cannot be carried out, a pronoun for the motion after "zustimmen", "Frage" as a noun in
idioms, the chairing Landrat giving the floor to an objection, and turns after a motion was withdrawn; each with a
negative that must stay as it is."""

from __future__ import annotations

import pytest

from ratsnlp.tag.motions import find, relation_of


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _motions(nlp, text: str) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN001
    return [(m._.motion_kind, m._.mover, m._.outcome) for m in nlp(text)._.motions]


def _relations(nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    return [(t.text.split()[1], t._.motion_relation) for t in nlp(text)._.turns]


DASH_TITLE = (
    "Ö 4.1   Drucksache 1207/VI\n"
    "Beleuchtung des Uferwegs am Kanal {dash} Antrag der Fraktion der FDP\n\n"
    "Herr Olbrich (FDP) begründet den Antrag. Im Winter sei der Weg ab 17 Uhr stockdunkel.\n\n"
    "Herr Seifert (CDU) hält den Antrag für überflüssig.\n\n"
    "Der Antrag wird mehrheitlich angenommen.\n"
)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_title_naming_the_motion_after_its_subject_and_a_dash(nlp, dash: str) -> None:  # noqa: ANN001
    assert _motions(nlp, DASH_TITLE.format(dash=dash)) == [("main", "Fraktion der FDP", "accepted")]


def test_dash_title_relates_the_debate_to_the_motion(nlp) -> None:  # noqa: ANN001
    assert _relations(nlp, DASH_TITLE.format(dash="-")) == [("Olbrich", "supports"), ("Seifert", "opposes")]


def test_a_sentence_with_a_dash_before_a_motion_is_no_title(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 3   Mitteilungen\n\n"
        "Herr Olbrich (FDP) berichtet aus dem Bauausschuss - der Antrag der Fraktion der FDP werde dort im Mai beraten.\n\n"
        "Der Ausschuss nimmt Kenntnis.\n"
    )
    assert _motions(nlp, text) == []


PLURAL_GROUP = (
    "Gemeindevertretung Osterwiek\n\n"
    "Die {group} beantragt, am Badesee zwei zusätzliche Mülleimer aufzustellen.\n\n"
    "Gemeindevertreter Piet Lorenzen (CDU) hielt das für unnötig.\n\n"
    "Mit 6 zu 9 Stimmen wurde der Antrag abgelehnt.\n"
)


@pytest.mark.parametrize(("group", "verb"), [("Grünen", "hatten"), ("Grünen", "haben"), ("SPD", "hatte")])
def test_plural_group_moving_in_narration(nlp, group: str, verb: str) -> None:  # noqa: ANN001
    text = PLURAL_GROUP.replace("{group} beantragt", f"{group} {verb} beantragt")
    assert _motions(nlp, text) == [("main", group, "rejected")]


def test_a_third_party_that_had_applied_moves_nothing(nlp) -> None:  # noqa: ANN001
    text = PLURAL_GROUP.replace("Die {group} beantragt, am Badesee", "Die Anwohner hatten beim Amt beantragt, am Badesee")
    assert _motions(nlp, text) == []


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Die Änderung könne ihre Fraktion so nicht mittragen.", "opposes"),
        ("Diesen Vorschlag werde seine Fraktion kaum mittragen.", "opposes"),
        ("Ihre Fraktion werde den Zusatz mittragen.", "supports"),
        ("Herr Lenz widerspricht der Verweisung, die Sache sei entscheidungsreif.", "opposes"),
        ("Wir sprechen uns gegen die Vertagung aus.", "opposes"),
        ("Ich spreche gegen den Antrag, es gibt noch Wortmeldungen.", "opposes"),
        ("Wenn es so komme, werde sie ihm zustimmen.", "supports"),
        ("StRin Vogt schloss sich den Bedenken von Herrn Abel an.", "opposes"),
    ],
)
def test_positions_on_a_named_motion(sentence: str, relation: str) -> None:
    assert relation_of(sentence, cues=False) == relation


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihre Fraktion könne den Antrag nur mittragen, wenn die Kosten gedeckt seien.",
        "Herr Lenz widerspricht dem Bürgermeister in diesem Punkt nicht.",
        "Er dankt ihm für die Auskunft.",
    ],
)
def test_no_position_from_these_words_alone(sentence: str) -> None:
    assert relation_of(sentence, cues=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Eine Videoüberwachung sei dort rechtlich nicht zulässig.",
        "Das sei personell kaum umsetzbar.",
        "Seine Fraktion werde ihm daher nicht zustimmen.",
        "Der Zusatz habe daher keine Aussicht auf Umsetzung.",
        "Nach dem Gutachten bestehe kaum Aussicht auf Genehmigung.",
    ],
)
def test_a_caveat_that_the_motion_cannot_be_carried_out_opposes_it(sentence: str) -> None:
    assert relation_of(sentence, cues=False, reactions=True) == "opposes"


@pytest.mark.parametrize(
    "sentence",
    ["Die Planung sei zulässig und umsetzbar.", "Es gebe gute Aussicht auf Förderung.", "Die Mittel seien im Haushalt eingeplant."],
)
def test_a_caveat_granted_or_a_fact_is_no_reaction(sentence: str) -> None:
    assert relation_of(sentence, cues=False, reactions=True) is None


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Das sei nur eine Frage der Zeit.", False),
        ("Das stehe außer Frage.", False),
        ("Das sei keine Frage des Geldes.", False),
        ("Herr Abel fragt nach den Kosten.", True),
        ("Dazu habe er eine Frage an die Verwaltung.", True),
        ("Ich frage mich, wer das bezahlen soll.", True),
    ],
)
def test_frage_as_a_noun_in_idioms_asks_nothing(sentence: str, asks: bool) -> None:
    assert (find("asks", sentence) is not None) is asks


POINT_OF_ORDER = (
    "Tagesordnungspunkt 7\nAntrag der Fraktion DIE LINKE: Mehr Personal für die Schuldnerberatung\n\n"
    "Kreisrat Oswald (DIE LINKE): Herr Landrat, meine Damen und Herren! Die Wartezeit beträgt sechs Monate.\n\n"
    "Kreisrat Fuchs (CDU): Zur Geschäftsordnung! Ich beantrage Schluss der Debatte.\n\n"
    "Landrat Meinhardt: {chair}\n\n"
    "Kreisrätin Roth (SPD): Ich spreche gegen den Antrag. Es stehen noch zwei Namen auf der Liste.\n\n"
    "Abstimmung: Der Antrag auf Schluss der Debatte wird mehrheitlich abgelehnt.\n"
)


def test_objection_after_the_chairing_landrat_gives_the_floor_answers_the_point_of_order(nlp) -> None:  # noqa: ANN001
    doc = nlp(POINT_OF_ORDER.format(chair="Gibt es eine Gegenrede? - Frau Roth, bitte."))
    roth = next(t for t in doc._.turns if t._.speaker == "Roth")
    target = next(m for m in doc._.motions if m._.motion_id == roth._.motion_id)
    assert (roth._.motion_relation, target._.motion_kind) == ("opposes", "procedural")


def test_a_landrat_who_argues_ends_the_point_of_order_debate(nlp) -> None:  # noqa: ANN001
    argues = (
        "Ich halte die Debatte keineswegs für beendet. Die Schuldnerberatung ist eine Pflichtaufgabe des Kreises, und "
        "die Kolleginnen und Kollegen in der Beratungsstelle arbeiten seit Monaten am Limit. Darüber müssen wir heute "
        "in aller Ruhe sprechen, auch wenn es länger dauert. Gibt es eine Gegenrede? - Frau Roth, bitte."
    )
    doc = nlp(POINT_OF_ORDER.format(chair=argues))
    roth = next(t for t in doc._.turns if t._.speaker == "Roth")
    target = next((m for m in doc._.motions if m._.motion_id == roth._.motion_id), None)
    assert target is None or target._.motion_kind != "procedural"


WITHDRAWN = (
    "TOP 5   Antrag der SPD-Fraktion: Zebrastreifen an der Mühlenschule\n\n"
    "Ratsherr Tietjen (CDU) begrüßt den Antrag.\n\n"
    "Ratsfrau Lüders (SPD) zieht den Antrag für ihre Fraktion zurück. Die Stadt habe den Zebrastreifen bereits zugesagt.\n\n"
    "Ratsherr Brandt (CDU) freut sich, dass das Anliegen so schnell umgesetzt werde.\n"
)


def test_turns_after_a_withdrawal_take_no_side_on_the_withdrawn_motion(nlp) -> None:  # noqa: ANN001
    assert _relations(nlp, WITHDRAWN) == [("Tietjen", "supports"), ("Lüders", "withdraws"), ("Brandt", None)]
