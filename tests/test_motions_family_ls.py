"""Family ls (lead style, written blind; issues 9 and 8): the family name, and the motion constructions its misses
showed, by class, with invented sentences: a motion fronted as a dative object at the sentence start with the subject
between modal and "nicht" ("Dem Änderungsantrag werde seine Fraktion nicht folgen"), advising against it ("rät von dem
Antrag ab", "rät davon ab"), asking the body to reject or accept it ("bitte, den Antrag abzulehnen"), the nominalised
infinitive of a postponement ("das Zurückstellen"), and cutting an amount as a change of the proposal ("zu kürzen");
each with a negative that must stay as it is."""

from __future__ import annotations

import pytest

from ratsnlp.corpus import family
from ratsnlp.tag.motions import find, relation_of


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _relations(nlp, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    return [(t.text.split()[1], t._.motion_relation) for t in nlp(text)._.turns]


def test_family_is_the_leading_run_of_letters():
    assert family("ls01") == "ls"
    assert family("l01") == "l"
    assert family("a10") == "a"
    assert family("ls12") != family("l12")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Folgekosten seien ungeklärt. Dem Ergänzungsantrag werde seine Fraktion daher nicht folgen.",
        "Dem Änderungsantrag könne sie nicht zustimmen.",
        "Das sei zu teuer: Diesem Vorschlag werden die Freien Wähler nicht folgen.",
    ],
)
def test_fronted_dative_motion_with_a_subject_before_nicht_opposes(sentence: str) -> None:
    assert relation_of(sentence, cues=False) == "opposes"


@pytest.mark.parametrize(
    "sentence",
    [
        "Dem Antrag wird mit 7 Ja-Stimmen bei 2 Enthaltungen zugestimmt.",  # a vote, not a position
        "Dem Ergänzungsantrag werde seine Fraktion gerne folgen.",  # no negation
        "Dem Bauamt werde man die Unterlagen nicht zustimmen lassen.",  # no motion named
    ],
)
def test_fronted_dative_without_negation_or_motion_does_not_oppose(sentence: str) -> None:
    assert relation_of(sentence, cues=False) != "opposes"


def test_advising_against_a_named_motion_opposes() -> None:
    assert relation_of("Die Kämmerin rät deshalb von dem Antrag in dieser Form ab.", cues=False) == "opposes"
    assert relation_of("Er riet vom Änderungsantrag ausdrücklich ab.", cues=False) == "opposes"


def test_advising_against_it_is_a_reaction() -> None:
    body = "Herr Lenz teilt die Sorge um die Kinder, rät aber davon ab, die Sanierung mit dem Gehweg zu verknüpfen."
    assert relation_of(body, cues=False, reactions=True) == "opposes"
    assert relation_of(body, cues=False, reactions=False) is None  # only where a motion was just moved


def test_advice_that_is_no_objection_takes_no_side() -> None:
    body = "Die Verwaltung rät den Anwohnern, ab Mai die Gärten nicht zu wässern."
    assert relation_of(body, cues=False, reactions=True) is None


def test_asking_the_body_to_reject_or_accept_the_motion() -> None:
    assert relation_of("Ich bitte, den Antrag abzulehnen.", cues=False) == "opposes"
    assert relation_of("Sie bittet darum, den Vertagungsantrag abzulehnen.", cues=False) == "opposes"
    assert relation_of("Wir bitten Sie, dem Antrag zuzustimmen.", cues=False) == "supports"
    assert relation_of("Er bittet, dem Antrag nicht zuzustimmen.", cues=False) != "supports"
    assert relation_of("Sie bittet die Verwaltung, den Bauantrag zügig zu prüfen.", cues=False) is None


def test_nominalised_postponement_is_named() -> None:
    body = "Auch Herr Lenz hält das Zurückstellen für sinnvoll, weil die Förderzusage fehle."
    assert find("mention", body) is not None
    assert relation_of(body, cues=False) == "supports"
    assert find("mention", "Die Gemeinden müssten eigene Vorhaben zurückstellen.") is None  # a verb, no motion


def test_cutting_an_amount_changes_the_proposal() -> None:
    assert find("changes", "beantragt, den Zuschuss auf 2.500 Euro zu kürzen") is not None
    assert find("changes", "beantragt, die Mittel um ein Drittel zu kürzen") is not None
    assert find("changes", "beantragt, die Turnhalle zu sanieren") is None


AMOUNT = (
    "TOP 4: Vergabe von Zuschüssen\n\n"
    "Frau Kranz (SPD) beantragt, dem Sportverein Nord 3.000 Euro zu bewilligen.\n\n"
    "Herr Wiese (CDU) beantragt, den Zuschuss auf 1.500 Euro zu kürzen.\n\n"
    "Frau Ohm (Grüne) hält die Kürzung für falsch. Dem Kürzungsantrag werde ihre Fraktion keinesfalls folgen.\n\n"
    "Herr Brandt (FDP) rät ebenfalls von dem Kürzungsantrag ab.\n\n"
    "Der Antrag von Herrn Wiese wird mit 3 Ja-Stimmen bei 6 Nein-Stimmen abgelehnt.\n\n"
    "Dem Antrag von Frau Kranz wird einstimmig zugestimmt.\n"
)


def test_a_cut_moved_after_the_grant_is_an_amendment_and_opposed(nlp) -> None:  # noqa: ANN001
    doc = nlp(AMOUNT)
    assert [m._.motion_kind for m in doc._.motions] == ["main", "amendment"]
    rel = dict(_relations(nlp, AMOUNT))
    assert rel["Ohm"] == "opposes" and rel["Brandt"] == "opposes"
