"""Motion constructions of another author's phrasing (family e, issue 9), by class, with invented sentences: a written
motion read out by the chair under its own heading, a member's written motion named in the item title, a group
withdrawing its motion in a line of narration, a proposal whose amounts the announced resolution repeats, a motion
moved by pointing back at the sentence before, and a nomination for an election, which moves nothing."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _motions(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:  # noqa: ANN001
    doc = nlp(text)
    return [(m.text.split("\n")[0][:40], m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions]


READ_OUT = (
    "TOP 5  Antrag der Grünen Liste auf Einrichtung eines Repair-Cafés\n\n"
    "{reader} verlas den Antrag der Grünen Liste vom 03.02.2025. Darin werde beantragt, ein Repair-Café im Bürgerhaus einzurichten.\n\n"
    "GR Hofer (CSU) hielt das für unnötig.\n\n"
    "Der Antrag wurde mit 9 gegen 8 Stimmen abgelehnt.\n"
)


def test_chair_reading_out_a_written_motion_leaves_the_heading_the_motion(nlp) -> None:  # noqa: ANN001
    got = _motions(nlp, READ_OUT.format(reader="Erster Bürgermeister Lang"))
    assert got == [("TOP 5  Antrag der Grünen Liste auf Einri", "main", "Grünen Liste", "rejected")]


def test_reported_passive_in_konjunktiv_moves_nothing(nlp) -> None:  # noqa: ANN001
    doc = nlp(READ_OUT.format(reader="Erster Bürgermeister Lang"))
    assert not any("Darin werde beantragt" in m.text for m in doc._.motions)


def test_member_title_names_the_member_as_mover(nlp) -> None:  # noqa: ANN001
    text = (
        "Punkt 1: Eröffnung\nDer Ortsbürgermeister eröffnet die Sitzung.\n\n"
        "Punkt 2: Antrag von Frau Dr. Wiebke Harms auf Sanierung des Dorfteichs\n"
        "Frau Harms erläutert ihren Antrag. Der Teich sei verschlammt.\n"
        "Herr Janssen unterstützt den Antrag.\n"
        "Der Ortsrat stimmt dem Antrag einstimmig zu.\n"
    )
    got = _motions(nlp, text)
    assert [(k, who) for _, k, who, _ in got] == [("main", "Harms")]


def test_an_association_title_is_still_no_motion(nlp) -> None:  # noqa: ANN001
    text = (
        "Punkt 2: Antrag des Schützenvereins auf Zuschuss für das Vereinsheim\n"
        "Herr Janssen berichtet über den Antrag.\n"
        "Der Ortsrat stimmt einstimmig zu.\n"
    )
    assert _motions(nlp, text) == []


def test_group_withdrawing_its_titled_motion_in_narration(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 7.1  Neue Fahrradbügel am Bahnhof\nAntrag der FDP-Fraktion\n\n"
        "Herr Olsen (FDP) begründet den Antrag.\n\nDer Antrag wird einstimmig angenommen.\n\n"
        "TOP 7.2  Beleuchtung des Uferwegs\nAntrag der SPD-Fraktion\n\n"
        "Die SPD-Fraktion zieht den Antrag zurück, da die Verwaltung die Beleuchtung bereits plant.\n"
    )
    got = _motions(nlp, text)
    assert ("main", "SPD-Fraktion", "withdrawn") in [(k, who, out) for _, k, who, out in got]


def test_item_without_withdrawal_or_content_is_an_agenda_entry(nlp) -> None:  # noqa: ANN001
    text = (
        "Tagesordnung\nTOP 7.2  Beleuchtung des Uferwegs\nAntrag der SPD-Fraktion\n\n"
        "TOP 7.2  Beleuchtung des Uferwegs\nAntrag der SPD-Fraktion\n\n"
        "Herr Olsen (SPD) begründet den Antrag.\n\nDer Antrag wird einstimmig angenommen.\n"
    )
    assert len(_motions(nlp, text)) == 1


ADOPTED = (
    "Punkt 3: Verwendung der Ortsratsmittel\n"
    "Frau Kuhlmann berichtet, dass noch 3.600 Euro zur Verfügung stünden.\n"
    "Herr Oltmanns schlägt vor, 1.200 Euro für den Kinderspielplatz und 900 Euro für die Weihnachtsbeleuchtung zu verwenden.\n"
    "Frau Wessels fragt, ob Angebote vorlägen.\n"
    "Der Ortsrat fasst sodann einstimmig folgenden Beschluss:\n"
    "{wording}\n"
)


def test_proposal_whose_figures_the_announced_resolution_repeats_is_a_motion(nlp) -> None:  # noqa: ANN001
    got = _motions(nlp, ADOPTED.format(wording="Aus den Ortsratsmitteln werden 1.200 Euro für den Kinderspielplatz bereitgestellt; 900 Euro erhält die Weihnachtsbeleuchtung."))
    assert [(k, who, out) for _, k, who, out in got] == [("main", "Oltmanns", "accepted")]


def test_proposal_the_resolution_does_not_repeat_is_no_motion(nlp) -> None:  # noqa: ANN001
    assert _motions(nlp, ADOPTED.format(wording="Die Mittel werden für die Sanierung der Friedhofskapelle bereitgestellt.")) == []


def test_moving_sentence_pointing_back_starts_at_what_it_moves(nlp) -> None:  # noqa: ANN001
    text = (
        "Tagesordnungspunkt 4: Antrag der Fraktion DIE LINKE – Sozialtarif im Freibad\n\n"
        "Stadtrat Kühn (DIE LINKE): Wir beantragen, einen Sozialtarif im Freibad einzuführen.\n\n"
        "Stadträtin Roth (SPD): Wir unterstützen den Antrag. Ich möchte aber ergänzen, dass auch Studierende ihn erhalten. "
        "Das beantrage ich hiermit als Änderung.\n\n"
        "Der Antrag ist damit in der geänderten Fassung angenommen.\n"
    )
    doc = nlp(text)
    amend = [m for m in doc._.motions if m._.motion_kind == "amendment"]
    assert len(amend) == 1 and amend[0].text.startswith("Ich möchte aber ergänzen") and amend[0]._.mover == "Roth"


def test_moving_sentence_that_states_its_content_keeps_its_own_start(nlp) -> None:  # noqa: ANN001
    text = (
        "Tagesordnungspunkt 4: Antrag der Fraktion DIE LINKE – Sozialtarif im Freibad\n\n"
        "Stadträtin Roth (SPD): Der Tarif ist gut. Ich beantrage, auch Studierende einzubeziehen.\n\n"
        "Der Antrag ist damit in der geänderten Fassung angenommen.\n"
    )
    doc = nlp(text)
    assert [m.text[:16] for m in doc._.motions if m._.mover == "Roth"] == ["Ich beantrage, a"]


@pytest.mark.parametrize(
    "nomination",
    ["Die SPD-Fraktion schlägt Herrn Stadtrat Vogel vor.", "Die Fraktion CDU schlägt Frau Dr. Kempe als Vertreterin vor.", "Er schlägt Frau Ilse Brandt zur Wahl vor."],
)
def test_nominating_a_person_for_an_election_moves_nothing(nlp, nomination: str) -> None:  # noqa: ANN001
    text = (
        "Tagesordnungspunkt 6: Wahl eines Mitglieds des Aufsichtsrates\n\n"
        f"Oberbürgermeisterin Lindqvist: Herr Bräuer hat sein Mandat niedergelegt. {nomination} Gibt es weitere Vorschläge?\n\n"
        "Frau Kempe wird bei 40 Ja-Stimmen und 3 Enthaltungen gewählt.\n"
    )
    assert _motions(nlp, text) == []


def test_proposing_to_a_person_that_something_be_done_is_still_a_proposal(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 3 Neugestaltung des Marktplatzes\n\n"
        "Herr Brandt (CDU) schlägt vor, die Entscheidung zu vertagen.\n\n"
        "Der Vertagung wird einstimmig zugestimmt.\n"
    )
    assert [k for _, k, _, _ in _motions(nlp, text)] == ["postpone"]


PRESS = (
    "Stadtrat: Kein Nachtbus\n\n"
    "Lindenau. {lead} Der Finanzausschuss hatte empfohlen, den Antrag abzulehnen.\n\n"
    "Stadtrat Karl Mertens (CDU) hielt die Kosten für zu hoch.\n\n"
    "Am Ende erhielt der Antrag nur fünf Ja-Stimmen; 20 Stadträte votierten dagegen.\n"
)


@pytest.mark.parametrize(
    "lead,mover",
    [
        ("Mit ihrem Antrag auf einen Nachtbus ist die SPD-Fraktion am Dienstag gescheitert.", "SPD-Fraktion"),
        ("Die SPD-Fraktion ist am Dienstag mit ihrem Antrag auf einen Nachtbus gescheitert.", "SPD-Fraktion"),
    ],
)
def test_press_lead_telling_a_group_motion_by_its_fate_is_that_motion(nlp, lead: str, mover: str) -> None:  # noqa: ANN001
    assert [(k, who, out) for _, k, who, out in _motions(nlp, PRESS.format(lead=lead))] == [("main", mover, "rejected")]


def test_first_person_report_moves_by_the_publishing_group(nlp) -> None:  # noqa: ANN001
    text = (
        "Aus dem Gemeinderat\nVeröffentlicht von der Fraktion Bunte Liste, 01.07.2025\n\n"
        "Am Montag stand unser Antrag auf ein Jugendforum auf der Tagesordnung.\n\n"
        "Mehrheitlich sprach sich der Gemeinderat für das Jugendforum aus: 12 Stimmen dafür, 8 dagegen.\n\n"
        "Gescheitert sind wir mit unserem Antrag, die Bücherei samstags zu öffnen. Er fand keine Mehrheit: 9 dafür, 11 dagegen.\n"
    )
    got = [(k, who, out) for _, k, who, out in _motions(nlp, text)]
    assert [(k, out) for k, _, out in got] == [("main", "accepted"), ("main", "rejected")]
    assert all(str(who).startswith("Fraktion Bunte") for _, who, _ in got)


def test_first_person_report_without_a_publishing_group_names_no_mover(nlp) -> None:  # noqa: ANN001
    text = "Am Montag stand unser Antrag auf ein Jugendforum auf der Tagesordnung.\n\nDer Gemeinderat stimmte mit 12 zu 8 Stimmen zu.\n"
    assert all(who for _, _, who, _ in _motions(nlp, text))


def test_a_motion_told_again_after_it_was_moved_is_no_new_motion(nlp) -> None:  # noqa: ANN001
    text = (
        "Stadtrat: Kein Nachtbus\n\nLindenau. Stadträtin Eva Roth (SPD) beantragte, einen Nachtbus einzurichten. "
        "Mit ihrem Antrag ist die SPD-Fraktion am Ende gescheitert.\n\n"
        "Der Antrag erhielt nur fünf Ja-Stimmen; 20 Stadträte votierten dagegen.\n"
    )
    movers = [who for _, _, who, _ in _motions(nlp, text)]
    assert len(movers) == 1 and movers[0].endswith("Roth")


TAKEN = (
    "Aus dem Gemeinderat\nVeröffentlicht von der SPD-Fraktion, 03.07.2025\n\n"
    "Am Montag stand unser Antrag auf einen zweiten Hausmeister für die Grundschule auf der Tagesordnung.\n\n"
    "Gemeinderätin Anna Keller (CDU) erklärte, ihre Fraktion unterstütze das Anliegen, schlug aber vor, die Stelle zunächst zu befristen.\n\n"
    "{took} Mehrheitlich sprach sich der Gemeinderat daraufhin für die {what} aus: 14 Stimmen dafür, 6 dagegen.\n"
)


def test_proposal_taken_over_by_the_movers_and_adopted_is_an_amendment_settled_with_the_motion(nlp) -> None:  # noqa: ANN001
    got = _motions(nlp, TAKEN.format(took="Wir haben den Vorschlag von Frau Keller übernommen.", what="befristete Stelle"))
    assert [(k, out) for _, k, _, out in got] == [("main", "accepted"), ("amendment", "accepted")]
    assert str(got[1][2]).endswith("Keller")


@pytest.mark.parametrize(
    "took,what",
    [("", "befristete Stelle"), ("Wir haben den Vorschlag von Frau Keller übernommen.", "neue Stelle")],
)
def test_proposal_not_taken_over_or_not_adopted_is_no_motion(nlp, took: str, what: str) -> None:  # noqa: ANN001
    got = _motions(nlp, TAKEN.format(took=took, what=what))
    assert [k for _, k, _, _ in got] == ["main"]


MEMBER_MOTION = (
    "Punkt 1: Eröffnung\nDer Ortsbürgermeister eröffnet die Sitzung.\n\n"
    "Punkt 2: Antrag von Herrn Lübke auf einen Bücherschrank am Dorfplatz\n"
    "Herr Lübke erläutert seinen Antrag. Viele Bürger wünschten sich einen Ort zum Büchertausch.\n"
    "Frau Hagen {second}\n"
    "Der Ortsrat stimmt dem Antrag einstimmig zu.\n"
)


def _turn_relation(nlp, text: str, speaker: str) -> str | None:  # noqa: ANN001
    doc = nlp(text)
    return next(t for t in doc._.turns if t._.speaker == speaker)._.motion_relation


def test_member_presenting_the_motion_the_title_names_as_hers_supports_it(nlp) -> None:  # noqa: ANN001
    assert _turn_relation(nlp, MEMBER_MOTION.format(second="fragt nach den Kosten."), "Lübke") == "supports"


@pytest.mark.parametrize(
    "second,want",
    [
        ("weist darauf hin, dass der Eigentümer des Platzes zustimmen müsse.", None),
        ("möchte dem Antrag zustimmen.", "supports"),
    ],
)
def test_consent_a_third_party_must_give_is_no_position(nlp, second: str, want: str | None) -> None:  # noqa: ANN001
    assert _turn_relation(nlp, MEMBER_MOTION.format(second=second), "Hagen") == want


DEBATE = (
    "TOP 3 Antrag der SPD-Fraktion: Zebrastreifen an der Lindenschule\n\n"
    "Herr Albers (SPD) begründet den Antrag.\n\n"
    "{first}\n\n"
    "{second}\n\n"
    "Der Antrag wird mehrheitlich angenommen.\n"
)


@pytest.mark.parametrize(
    "first,speaker,want",
    [
        ("Frau Jessen (CDU) hält acht Zebrastreifen für zu viel.", "Jessen", "opposes"),
        ("Frau Jessen (CDU) hält die Ampel für zu teuer.", "Jessen", "opposes"),
        ("Frau Jessen (CDU) sieht dafür keinen Spielraum. Die Kasse sei leer.", "Jessen", "opposes"),
        ("Frau Jessen (CDU) sieht darin einen Mehrwert.", "Jessen", "supports"),  # not the negated frame
        ("Herr Oswald (Bezirksamt) teilt mit, das Amt prüfe dies bereits. Das Bezirksamt empfiehlt, den Antrag für erledigt zu erklären.", "Oswald", "opposes"),
        ("Herr Oswald (Bezirksamt) empfiehlt, den Antrag anzunehmen.", "Oswald", None),
    ],
)
def test_positions_by_content(nlp, first: str, speaker: str, want: str | None) -> None:  # noqa: ANN001
    assert _turn_relation(nlp, DEBATE.format(first=first, second="Frau Roth (Grüne) fragt nach dem Zeitplan."), speaker) == want


@pytest.mark.parametrize(
    "first,want",
    [
        ("Herr Oswald (Bezirksamt) empfiehlt, den Antrag für erledigt zu erklären.", "supports"),  # answers an opponent
        ("Herr Kranz (Grüne) unterstützt den Antrag ausdrücklich.", "opposes"),  # answers a supporter
    ],
)
def test_bare_contradiction_takes_the_side_opposite_to_the_speaker_before(nlp, first: str, want: str) -> None:  # noqa: ANN001
    second = "Herr Grabowski (CDU) widerspricht: Solange nichts geschehen sei, bleibe der Antrag aktuell."
    assert _turn_relation(nlp, DEBATE.format(first=first, second=second), "Grabowski") == want


AMENDED = (
    "Tagesordnungspunkt 4: Antrag der Fraktion DIE LINKE – Sozialtarif im Freibad\n\n"
    "Stadtrat Kühn (DIE LINKE): Wir beantragen, einen Sozialtarif im Freibad einzuführen.\n\n"
    "Stadträtin Roth (SPD): Ich beantrage als Änderung, auch Studierende einzubeziehen.\n\n"
    "Stadtrat Kühn (DIE LINKE): {reply}\n\n"
    "Oberbürgermeisterin Lindqvist: Dann stimmen wir über den Antrag in der so geänderten Fassung ab. Wer stimmt zu? – Gegenstimmen? – Ich stelle fest:\n\n"
    "Der Antrag ist damit in der geänderten Fassung angenommen.\n"
)


@pytest.mark.parametrize("reply,want", [("Das übernehmen wir gern.", "supports"), ("Dazu habe ich eine Frage an die Verwaltung.", None)])
def test_movers_taking_over_a_change_support_it(nlp, reply: str, want: str | None) -> None:  # noqa: ANN001
    doc = nlp(AMENDED.format(reply=reply))
    kuehn = [t for t in doc._.turns if t._.speaker == "Kühn"]
    assert kuehn[-1]._.motion_relation == want


def test_chair_asking_who_agrees_takes_no_side(nlp) -> None:  # noqa: ANN001
    assert _turn_relation(nlp, AMENDED.format(reply="Das übernehmen wir gern."), "Lindqvist") is None
