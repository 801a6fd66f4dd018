"""How turns relate to motions: the constructions of a class (support: "unterstützt", "hält ... für richtig",
"kann mitgehen"; oppose: "lehnt ab", "hält ... für überflüssig", "kann nicht mitgehen") with the motion named,
pointed back at by a pronoun, or left implicit after its mover's turn; the motion a turn names by its mover; and
turns that mention a motion without taking a side (examples invented)."""

from __future__ import annotations

import pytest

from ratsnlp.errors import RatsnlpError
from ratsnlp.tag import motions

HEAD = "TOP 3 Antrag der SPD-Fraktion: Neue Sitzbänke am Marktplatz\n\nHerr Albers (SPD) begründet den Antrag. Die alten Bänke seien seit Jahren marode.\n\n"
MAIN = HEAD + "Frau Claßen (Grüne) {s}\n\nDer Antrag wird mehrheitlich angenommen.\n"
REFER = (
    HEAD + "Herr Brandt (CDU) beantragt, den Antrag in den Bauausschuss zu verweisen.\n\nFrau Claßen (Grüne) {s}\n\n"
    "Der Verweisungsantrag wird abgelehnt.\n\nDer Antrag wird mehrheitlich angenommen.\n"
)
AMEND = (
    HEAD + "Herr Brandt (CDU) beantragt, nur zehn statt zwanzig Bänke aufzustellen.\n\nFrau Claßen (Grüne) {s}\n\n"
    "Der Änderungsantrag wird abgelehnt.\n\nDer Antrag wird mehrheitlich angenommen.\n"
)

VORLAGE = (  # no motion is the item's subject: only what the turn says ties it to the amendment just moved
    "TOP 4 Neugestaltung des Marktplatzes\n\nFrau Weber (Bauamt) stellt die Planung der Verwaltung vor. Vorgesehen seien zwanzig neue Bänke.\n\n"
    "Herr Brandt (CDU) beantragt, nur zehn statt zwanzig Bänke aufzustellen.\n\nFrau Claßen (Grüne) {s}\n\n"
    "Der Änderungsantrag wird abgelehnt.\n\nDer Ausschuss beschließt die Planung mehrheitlich.\n"
)


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _relation(nlp, template: str, sentence: str) -> tuple[str | None, str | None]:  # noqa: ANN001
    doc = nlp(template.format(s=sentence))
    kinds = {m._.motion_id: m._.motion_kind for m in doc._.motions}
    turn = next(t for t in doc._.turns if t._.speaker == "Claßen")
    return turn._.motion_relation, kinds.get(turn._.motion_id)


@pytest.mark.parametrize(
    "template,sentence,want",
    [
        (MAIN, "kann mit dem Antrag gut mitgehen.", ("supports", "main")),
        (MAIN, "erklärt, ihre Fraktion könne da mitgehen.", ("supports", "main")),
        (MAIN, "erklärt, man könne damit gut leben.", ("supports", "main")),
        (MAIN, "hält ihn für sinnvoll.", ("supports", "main")),
        (MAIN, "befürwortet ihn.", ("supports", "main")),
        (MAIN, "wirbt für den Antrag.", ("supports", "main")),
        (MAIN, "signalisiert Zustimmung.", ("supports", "main")),
        (MAIN, "lehnt ihn ab.", ("opposes", "main")),
        (MAIN, "hält das für nicht finanzierbar.", ("opposes", "main")),
        (MAIN, "kann mit dem Antrag nicht mitgehen.", ("opposes", "main")),
        (MAIN, "kann damit nicht leben, weil das Geld für die Spielplätze fehle.", ("opposes", "main")),
        (MAIN, "sieht keine Notwendigkeit für neue Bänke.", ("opposes", "main")),
        (MAIN, "warnt vor den Folgekosten.", ("opposes", "main")),
        (MAIN, "kann dem nicht zustimmen.", ("opposes", "main")),
        (REFER, "hält eine Verweisung für überflüssig.", ("opposes", "refer")),
        (REFER, "kann mit diesem Vorschlag mitgehen.", ("supports", "refer")),
        (REFER, "schließt sich Herrn Brandt an.", ("supports", "refer")),
        (AMEND, "lehnt die Kürzung ab.", ("opposes", "amendment")),
        (AMEND, "hält diesen für überzogen.", ("opposes", "amendment")),
        (AMEND, "hält ihn für durchaus vernünftig.", ("supports", "amendment")),
    ],
)
def test_a_construction_of_the_class_relates_the_turn_to_the_motion_it_is_about(nlp, template, sentence, want):
    assert _relation(nlp, template, sentence) == want


@pytest.mark.parametrize(
    "sentence,want",
    [
        ("sprach sich dafür aus.", "supports"),
        ("warb dafür.", "supports"),
        ("signalisierte die Zustimmung ihrer Fraktion.", "supports"),
        ("kann mitgehen.", "supports"),
        ("stimmt dem zu.", "supports"),
        ("erklärt, ihre Fraktion werde zustimmen.", "supports"),
        ("hält ihn für eine gute Lösung.", "supports"),
        ("hält den Vorschlag für sinnvoll und bittet um Zustimmung.", "supports"),
        ("sagt: Da gehen wir mit.", "supports"),
        ("ist dafür.", "supports"),
        ("plädiert für den Vorschlag.", "supports"),
        ("macht sich für den Vorschlag stark.", "supports"),
        ("empfiehlt, dem Vorschlag zu folgen.", "supports"),
        ("erklärt, man könne dem Vorschlag folgen.", "supports"),
        ("erklärt, ihre Fraktion trage den Vorschlag mit.", "supports"),
        ("sprach sich dagegen aus.", "opposes"),
        ("sah dafür keine Notwendigkeit.", "opposes"),
        ("kann dem nicht zustimmen.", "opposes"),
        ("sagt: Dem können wir nicht zustimmen.", "opposes"),
        ("äußert Bedenken.", "opposes"),
        ("ist dagegen.", "opposes"),
        ("widerspricht.", "opposes"),
        ("hält nichts davon.", "opposes"),
        ("hält den Vorschlag für den falschen Weg.", "opposes"),
        ("empfiehlt, den Änderungsantrag abzulehnen.", "opposes"),
        ("erklärt, ihre Fraktion trage ihn nicht mit.", "opposes"),
        ("sagt: Wir lehnen ihn ab.", "opposes"),
        ("steht dem Vorschlag positiv gegenüber.", "supports"),
        ("sieht den Vorschlag positiv.", "supports"),
        ("bewertet den Vorschlag negativ.", "opposes"),
        ("findet ihn richtig.", "supports"),
        ("kritisiert ihn als zu teuer.", "opposes"),
        ("bezeichnet den Vorschlag als vernünftig.", "supports"),
        ("nennt ihn überflüssig.", "opposes"),
        ("nennt den Vorschlag einen guten Kompromiss.", "supports"),
        ("steht dem Vorschlag skeptisch gegenüber.", "opposes"),
        ("erklärt, ihre Fraktion stehe dem Vorschlag offen gegenüber.", "supports"),
        ("steht dem Vorschlag aufgeschlossen gegenüber.", "supports"),
    ],
)
def test_an_implicit_or_pronominal_position_after_an_amendment_relates_to_it(nlp, sentence, want):
    assert _relation(nlp, VORLAGE, sentence) == (want, "amendment")


@pytest.mark.parametrize(
    "sentence",
    ["fragt, wo die Bänke stehen sollen.", "weist darauf hin, dass die Bänke aus Holz seien.", "erkundigt sich nach den Kosten einer Bank."],
)
def test_a_question_or_a_fact_after_an_amendment_takes_no_side(nlp, sentence):
    assert _relation(nlp, VORLAGE, sentence) == (None, None)


@pytest.mark.parametrize(
    "template,sentence,want",
    [
        (REFER, "unterstützt den Antrag der SPD.", ("supports", "main")),
        (REFER, "kann dem Antrag der SPD nicht zustimmen.", ("opposes", "main")),
        (AMEND, "kann mit dem Vorschlag von Herrn Brandt mitgehen.", ("supports", "amendment")),
        (AMEND, "hält den Vorschlag von Herrn Brandt für vernünftig.", ("supports", "amendment")),
        (AMEND, "signalisiert Zustimmung zum Antrag der SPD.", ("supports", "main")),
        (AMEND, "unterstützt Herrn Brandts Vorschlag.", ("supports", "amendment")),
        (AMEND, "kann mit dem CDU-Vorschlag gut leben.", ("supports", "amendment")),
        (AMEND, "unterstützt den SPD-Antrag.", ("supports", "main")),
        (AMEND, "lehnt den Vorschlag des Kollegen Brandt ab.", ("opposes", "amendment")),
        (REFER, "hält den SPD-Vorschlag für überzogen.", ("opposes", "main")),
    ],
)
def test_a_motion_named_by_its_mover_is_the_one_the_turn_relates_to(nlp, template, sentence, want):
    assert _relation(nlp, template, sentence) == want


@pytest.mark.parametrize(
    "template,sentence",
    [
        (MAIN, "fragt, wann die Bänke geliefert würden."),
        (MAIN, "erläutert, der Antrag sei im Bauausschuss vorberaten worden."),
        (MAIN, "unterstützt das Konzept der Verwaltung für die Innenstadt."),
        (REFER, "fragt, wann der Bauausschuss das nächste Mal tage."),
        (AMEND, "fragt, wie viele Bänke heute dort stünden."),
    ],
)
def test_a_turn_that_mentions_a_motion_without_taking_a_side_has_no_relation(nlp, template, sentence):
    assert _relation(nlp, template, sentence) == (None, None)


def test_a_plain_motion_by_another_group_amends_the_written_motion_instead_of_replacing_it(nlp):
    text = (
        "TOP 5 Antrag der Grünen-Fraktion: Trinkwasserspender im Rathaus\n\n"
        "Frau Lenz (Grüne) begründet den Antrag ihrer Fraktion.\n\n"
        "Herr Koch (FDP) beantragt, zunächst nur einen Spender im Foyer aufzustellen.\n\n"
        "Frau Lenz lehnt dies ab.\n\n"
        "Der Änderungsantrag wird mit 9 Ja-Stimmen gegen 12 Nein-Stimmen abgelehnt.\n\n"
        "Der Antrag wird mehrheitlich angenommen.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions] == [
        ("main", "Grünen-Fraktion", "accepted"), ("amendment", "Koch", "rejected")
    ]  # fmt: skip
    assert [(t._.speaker, t._.motion_relation, t._.motion_id) for t in doc._.turns] == [
        ("Lenz", "supports", "m1"), ("Koch", "moves", "m2"), ("Lenz", "opposes", "m2")
    ]  # fmt: skip


def test_word_classes_fill_the_patterns_and_parties_come_from_the_party_list():
    classes = motions.word_classes()
    assert {"motion", "pronoun", "good", "bad", "along", "party"} <= set(classes)
    assert "Bündnis\\s{1,3}90/Die\\s{1,3}Grünen" in classes["party"]
    assert motions._expand(r"\blehnt\s{1,3}{pronoun}\s{1,3}ab") == r"\blehnt\s{1,3}" + classes["pronoun"] + r"\s{1,3}ab"
    assert motions._expand(r"\s{1,3}x{2}") == r"\s{1,3}x{2}"  # quantifiers are no classes
    with pytest.raises(RatsnlpError):
        motions._expand("{no_such_class}")


VOTED = (
    "TOP 4 Neugestaltung des Marktplatzes\n\nFrau Weber (Bauamt) stellt die Planung der Verwaltung vor. Vorgesehen seien zwanzig neue Bänke.\n\n"
    "Herr Brandt (CDU) beantragt, die Entscheidung zu vertagen.\n\nDer Vertagungsantrag wird mit 4 Ja-Stimmen und 11 Nein-Stimmen abgelehnt.\n\n"
    "Frau Claßen (Grüne) {s}\n\nDer Ausschuss beschließt die Planung mehrheitlich.\n"
)


@pytest.mark.parametrize(
    "sentence",
    ["signalisiert Zustimmung.", "sprach sich dafür aus.", "äußert Bedenken wegen der Kosten.", "hält das für sinnvoll.", "lehnt die Planung ab."],
)
def test_a_turn_after_the_vote_on_a_postponement_speaks_to_the_item_not_to_it(nlp, sentence):
    assert _relation(nlp, VOTED, sentence) == (None, None)


def test_a_turn_after_the_vote_that_names_the_motion_still_relates_to_it(nlp):
    assert _relation(nlp, VOTED, "bedauert die Ablehnung der Vertagung und unterstützt den Vertagungsantrag weiterhin.") == ("supports", "postpone")


def test_a_point_of_order_voted_during_a_referral_debate_leaves_the_referral_open(nlp):
    text = (
        "TOP 2 Antrag der SPD-Fraktion: Neue Sitzbänke am Marktplatz\n\nHerr Albers (SPD) begründet den Antrag.\n\n"
        "Herr Brandt (CDU) beantragt, den Antrag in den Bauausschuss zu verweisen.\n\n"
        "Herr Kuhn (FDP) beantragt Schluss der Rednerliste.\n\nDer Antrag auf Schluss der Rednerliste wird angenommen.\n\n"
        "Frau Claßen (Grüne) spricht sich dagegen aus.\n\nDer Verweisungsantrag wird abgelehnt.\n\nDer Antrag wird mehrheitlich angenommen.\n"
    )
    doc = nlp(text)
    kinds = {m._.motion_id: m._.motion_kind for m in doc._.motions}
    turn = next(t for t in doc._.turns if t._.speaker == "Claßen")
    assert (turn._.motion_relation, kinds.get(turn._.motion_id)) == ("opposes", "refer")


def test_the_speaker_after_the_chairs_call_answers_the_point_of_order_just_moved(nlp):
    text = (
        "TOP 6   Antrag der SPD-Fraktion: Längere Öffnungszeiten der Stadtbücherei\n\n"
        "Stadtverordnete Roth (SPD): Unsere Bücherei schließt zu früh. Ich bitte um Zustimmung.\n\n"
        "Stadtverordneter Haas (AfD): Zur Geschäftsordnung! Ich beantrage Schluss der Debatte.\n\n"
        "Vorsteher Mohr: Es ist Schluss der Debatte beantragt. Wer spricht dagegen? - Frau Roth.\n\n"
        "Stadtverordnete Roth (SPD): Ich halte das für falsch, zwei Kollegen stehen noch auf der Rednerliste.\n\n"
        "Der Antrag auf Schluss der Debatte wird abgelehnt.\n\nDer Antrag wird mit 23 Ja-Stimmen gegen 14 Nein-Stimmen angenommen.\n"
    )
    doc = nlp(text)
    kinds = {m._.motion_id: m._.motion_kind for m in doc._.motions}
    last = [t for t in doc._.turns if t._.speaker == "Roth"][-1]
    assert (last._.motion_relation, kinds.get(last._.motion_id)) == ("opposes", "procedural")


def test_the_mover_who_takes_it_back_by_a_pronoun_withdraws_the_motion(nlp):
    text = (
        "TOP 3 Antrag der SPD-Fraktion: Neue Sitzbänke am Marktplatz\n\nHerr Albers (SPD) begründet den Antrag.\n\n"
        "Herr Brandt (CDU) beantragt, den Antrag in den Bauausschuss zu verweisen.\n\n"
        "Frau Claßen (Grüne) hält eine Verweisung für überflüssig.\n\nHerr Brandt zieht ihn daraufhin zurück.\n\n"
        "Der Antrag wird mehrheitlich angenommen.\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.outcome) for m in doc._.motions] == [("main", "accepted"), ("refer", "withdrawn")]
    assert [t._.motion_relation for t in doc._.turns] == ["supports", "moves", "opposes", "withdraws"]


@pytest.mark.parametrize(
    "sentence,want",
    [
        ("hält die Kürzung für übertrieben.", "opposes"),
        ("hält die Kürzung für wenig wirksam.", "opposes"),
        ("erklärt, die Kürzung gefährde die Förderung des Landes.", "opposes"),
        ("teilt mit, dass der Bauhof die Bänke ohnehin prüfe. Ein eigener Beschluss sei daher überflüssig.", "opposes"),
        ("hält den Änderungsantrag für verfrüht.", "opposes"),
        ("rät von der Kürzung ab, weil sie die Förderung gefährde.", "opposes"),
        ("erklärt, es gebe im Haushalt keinerlei Spielraum für weitere Bänke.", "opposes"),
        ("hält die Anregung für sinnvoll und bittet um Zustimmung.", "supports"),
    ],
)
def test_views_of_what_was_moved_seen_in_real_and_held_out_minutes(nlp, sentence, want):
    assert _relation(nlp, VORLAGE, sentence) == (want, "amendment")


def test_a_concession_is_no_support(nlp):
    relation, _ = _relation(nlp, VORLAGE, "hält den Vorschlag im Grundsatz für richtig, ist aber nicht bereit, ihn ohne Deckung zu beschließen.")
    assert relation != "supports"


def test_a_fronted_contradiction_answers_the_mover_just_heard(nlp):
    doc = nlp(
        "TOP 5 Musikschulgebühren\n\nKreistagsmitglied Ole Brandt (FW) beantragte für seine Fraktion, die Gebühren um zehn "
        "Prozent zu erhöhen.\n\nDem widersprach SPD-Kreisrätin Ina Bauer. Wer die Gebühren erhöhe, treffe die Familien.\n\n"
        "Der Änderungsantrag wurde mehrheitlich abgelehnt.\n"
    )
    by = {t._.speaker: t._.motion_relation for t in doc._.turns}
    assert by["Ina Bauer"] == "opposes"


def test_thanks_to_the_mover_support_the_motion(nlp):
    doc = nlp(
        HEAD + "Bezirksbürgermeisterin Schäfer (SPD) dankt dem Antragsteller für die Initiative. Die Verwaltung werde die Standorte prüfen.\n\n"
        "Der Antrag wird mehrheitlich angenommen.\n"
    )
    by = {t._.speaker: t._.motion_relation for t in doc._.turns}
    assert by["Schäfer"] == "supports"


@pytest.mark.parametrize("said", ["begrüßt den Vorstoß ausdrücklich.", "unterstützt die Initiative ausdrücklich."])
def test_support_for_a_motion_named_by_any_motion_noun(nlp, said):
    text = "TOP 5 Radweg\n\nHerr Zahn (AB) stellt den Antrag, den Radweg bis zur Schule zu verlängern.\nFrau Claßen (Grüne) " + said + "\n"
    assert [t._.motion_relation for t in nlp(text)._.turns if t._.speaker == "Claßen"] == ["supports"]
