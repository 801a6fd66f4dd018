"""Positions argued by content (ratsnlp_positions): a turn in an item about an open main motion that the stance
classifier reads as concern opposes it, as support supports it; the moving group's own caveats, turns after the
vote, items with only an amendment and the chair take no side (examples invented)."""

from __future__ import annotations

import pytest

from ratsnlp import extensions as ext
from ratsnlp.batch import extract
from ratsnlp.classify.positions import Positions

ITEM = (
    "TOP 5 Antrag der Fraktion Bündnis 90/Die Grünen: Trinkwasserbrunnen in der Innenstadt\n\n"
    "Frau Yilmaz (Grüne) begründet den Antrag. Im Sommer fehle es in der Fußgängerzone an kostenlosem Trinkwasser.\n\n"
    "{who} {s}\n\n"
    "Der Antrag wird mit 12 Ja-Stimmen bei 9 Gegenstimmen angenommen.\n"
)
# argued by content only: no verb of the rules ("lehnt ab", "unterstützt", "hält ... für") ties them to the motion
CONCERN = (
    "erinnert daran, dass die Stadt schon jetzt ein Defizit von 2,1 Millionen Euro ausweise. Jeder Brunnen koste Jahr "
    "für Jahr Wartung, Wasser und Personal, und das Geld fehle dann bei den Schulen."
)
SUPPORT = (
    "verweist auf die Hitzesommer der letzten Jahre. Gerade ältere Menschen und Kinder bräuchten in der Innenstadt "
    "kostenloses Trinkwasser, andere Städte hätten damit gute Erfahrungen gemacht."
)


def _turn(doc, surname: str):  # noqa: ANN001, ANN202
    return next(t for t in doc._.turns if t._.speaker == surname)


@pytest.mark.parametrize(("sentence", "side"), [(CONCERN, "opposes"), (SUPPORT, "supports")])
def test_council_member_argues_by_content(nlp, rules_nlp, sentence: str, side: str) -> None:  # noqa: ANN001
    assert _turn(rules_nlp(ITEM.format(who="Herr Kessler (CDU)", s=sentence)), "Kessler")._.motion_relation is None  # not the rules
    doc = nlp(ITEM.format(who="Herr Kessler (CDU)", s=sentence))
    turn = _turn(doc, "Kessler")
    main = next(m for m in doc._.motions if m._.motion_kind == "main")
    assert (turn._.motion_relation, turn._.motion_id) == (side, main._.motion_id)


def _positions(rules_nlp, text: str, surname: str, p_concern: float, p_support: float):  # noqa: ANN001, ANN202
    """The rules' doc with the given stance probabilities on one turn (the other turns read as explanation), then
    the component."""
    doc = rules_nlp(text)
    bounds = [(t.start_char, t.end_char) for t in doc._.turns]
    rows = [(p_concern, p_support) if t._.speaker == surname else (0.0, 0.0) for t in doc._.turns]
    ext.set_values_at(doc, bounds, ("p_concern", "p_support"), rows)
    Positions()(doc)
    return _turn(doc, surname)


def test_moving_groups_own_caveat_takes_no_side(rules_nlp) -> None:  # noqa: ANN001
    turn = _positions(rules_nlp, ITEM.format(who="Herr Brandl (Grüne)", s="gibt zu bedenken, dass die Brunnen im Winter abgestellt werden müssten."), "Brandl", 0.9, 0.0)
    assert turn._.motion_relation is None
    turn = _positions(rules_nlp, ITEM.format(who="Herr Kessler (CDU)", s="gibt zu bedenken, dass die Brunnen im Winter abgestellt werden müssten."), "Kessler", 0.9, 0.0)
    assert turn._.motion_relation == "opposes"


def test_after_the_vote_no_side(rules_nlp) -> None:  # noqa: ANN001
    text = ITEM.format(who="Herr Kessler (CDU)", s=CONCERN) + "\nHerr Brandt (FDP) zeigt sich enttäuscht über das Ergebnis. Das Geld fehle nun woanders.\n"
    assert _positions(rules_nlp, text, "Brandt", 0.9, 0.0)._.motion_relation is None


def test_neutral_reading_takes_no_side(rules_nlp) -> None:  # noqa: ANN001
    turn = _positions(rules_nlp, ITEM.format(who="Herr Kessler (CDU)", s="fragt, wo die Brunnen stehen sollen."), "Kessler", 0.2, 0.1)
    assert turn._.motion_relation is None


def test_item_with_only_an_amendment_is_left_to_the_rules(rules_nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 6 Haushaltssatzung 2027\n\nDer Kämmerer Herr Lutz stellt den Entwurf vor.\n\n"
        "Herr Brandt (FDP) beantragt, die Mittel für den Stadtmarketingverein um 20.000 Euro zu kürzen.\n\n"
        "Herr Kessler (CDU) kritisiert, dass die Kreisumlage erneut steige. Das belaste alle Gemeinden.\n\n"
        "Der Änderungsantrag wird abgelehnt. Der Haushalt wird mehrheitlich beschlossen.\n"
    )
    assert _positions(rules_nlp, text, "Kessler", 0.9, 0.0)._.motion_relation is None


def test_chair_takes_no_side(rules_nlp) -> None:  # noqa: ANN001
    text = ITEM.format(who="Der Vorsitzende Herr Roth", s="weist darauf hin, dass die Redezeit abgelaufen sei.")
    assert _positions(rules_nlp, text, "Roth", 0.9, 0.0)._.motion_relation is None


def test_in_the_pipeline_only_with_the_stance_model(nlp, rules_nlp) -> None:  # noqa: ANN001
    assert nlp.pipe_names.index("ratsnlp_positions") == nlp.pipe_names.index("ratsnlp_stance") + 1
    assert "ratsnlp_positions" not in rules_nlp.pipe_names


def test_batch_run_reads_the_stance_first(nlp, tmp_path) -> None:  # noqa: ANN001
    """A batch runs the stance classifier over a chunk after the rules; the positions come after it there too."""
    path = tmp_path / "brunnen.txt"
    path.write_text(ITEM.format(who="Herr Kessler (CDU)", s=CONCERN), encoding="utf-8")
    table = extract([str(path)], nlp=nlp).turns
    assert table.loc[table["speaker"] == "Kessler", "motion_relation"].tolist() == ["opposes"]


def test_a_report_leading_with_the_result_still_has_its_debate_argue_the_motion(rules_nlp) -> None:  # noqa: ANN001
    text = (
        "Keine Sperrung der Lindenstraße\n\n"
        "Die Gemeindevertretung Eichhorst hat am Montagabend den Antrag der Wählergemeinschaft Eichhorst (WGE) abgelehnt, "
        "die Lindenstraße für Lastwagen zu sperren.\n\n"
        "Bürgermeister Jens Fahl (CDU) rechnete vor, dass eine Sperrung den Umweg der Lastwagen über das Neubaugebiet lenke.\n\n"
        "Am Ende stimmten fünf Gemeindevertreter für den Antrag, acht dagegen.\n\n"
        "Einstimmig beschloss die Gemeindevertretung anschließend auf Antrag der SPD, eine Verkehrsschau zu beantragen.\n\n"
        "SPD-Gemeindevertreter Olaf Winter sprach von einem guten Ergebnis für die Anwohner.\n"
    )
    turn = _positions(rules_nlp, text, "Jens Fahl", 0.9, 0.0)
    assert (turn._.motion_relation, turn._.motion_id) == ("opposes", "m1")  # told after the lead, before the next decision
    assert _positions(rules_nlp, text, "Olaf Winter", 0.0, 0.9)._.motion_id != "m1"  # after the next decision: not the lead's
