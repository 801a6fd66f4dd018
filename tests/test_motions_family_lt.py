"""Family lt (written blind for issue 9): the decision and motion constructions its misses showed, by class, with
invented minutes: a per-faction vote table aligned with spaces whose rows are the vote kinds and whose last column is
the total; a result label that names what was voted ("Abstimmungsergebnis Änderungsantrag:") on the line above the
counts; a resolution with numbered points announced with its counts ("fasste mit 30 Ja-Stimmen ... folgenden
Beschluss:"); an amendment's vote block, then the "Beschluss:" block whose numbered points each have a result line; a
postponement carried by a bare result block; a party-list result with the record's notation "(= Annahme)"; another
body's recommendation read out in a body's record; motions moved "für die Gruppe SPD/Grüne", by a voters' group with
its short name in brackets, withdrawn in the past tense with the mover between ("zog Muster den Antrag zurück"), a
party-site report's "Unser Antrag ... stand auf der Tagesordnung", a suggestion adopted "mit der Maßgabe" in its own
words, a request to supplement the motion taken over by its movers; a member of a voters' group named by its initials
arguing for the group's motion; the speech after the chair's call for a "Gegenrede"; each with a negative."""

from __future__ import annotations

import pytest

from ratsnlp.tag.motions import _initials, find, relation_of
from ratsnlp.tag.votes import parse_table, parse_vote


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _decisions(nlp, text: str) -> list[tuple]:  # noqa: ANN001
    return [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in nlp(text)._.decisions]


def _relations(nlp, text: str) -> dict[str, str | None]:  # noqa: ANN001
    return {t._.speaker: t._.motion_relation for t in nlp(text)._.turns}


def test_aligned_table_with_kinds_as_rows_reads_the_total_column() -> None:
    table = (
        "Abstimmungsergebnis:\n"
        "              ABC   XYZ   Liste Süd   Summe\n"
        "Ja-Stimmen      0     7           1       8\n"
        "Nein-Stimmen   11     0           0      11\n"
        "Enthaltungen    0     0           2       2\n"
    )
    assert parse_table(table) == {"yes": 8, "no": 11, "abstain": 2}
    assert parse_vote(table).yes == 8


def test_aligned_rows_without_a_total_column_are_no_table() -> None:
    assert parse_table("Abstimmung:\n              ABC   XYZ\nJa-Stimmen      0     7\nNein-Stimmen   11     0\n") == {}


LABELLED = (
    "TOP 5 Radweg am Mühlbach\n\n"
    "Herr Ott (ABC) beantragt, den Radweg um 200 Meter zu verlängern.\n\n"
    "Abstimmungsergebnis Änderungsantrag:\n"
    "Ja: 4   Nein: 8   Enthaltung: 1\n"
    "Der Änderungsantrag ist damit abgelehnt.\n"
)


def test_a_result_label_naming_what_was_voted_heads_its_counts(nlp) -> None:  # noqa: ANN001
    doc = nlp(LABELLED)
    (d,) = doc._.decisions
    assert d.text.startswith("Abstimmungsergebnis Änderungsantrag:")
    assert (d._.outcome, d._.yes, d._.no, d._.abstain) == ("rejected", 4, 8, 1)


ANNOUNCED = (
    "§ 12 Neubau der Sporthalle Nord\n\n"
    "Der Kreistag fasste mit 30 Ja-Stimmen bei 14 Gegenstimmen und 3 Enthaltungen folgenden Beschluss:\n"
    "1. Der Kreistag beschließt den Neubau der Sporthalle Nord.\n"
    "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben.\n"
)


def test_numbered_points_of_a_resolution_announced_with_its_counts_are_one_decision(nlp) -> None:  # noqa: ANN001
    assert _decisions(nlp, ANNOUNCED) == [("accepted", 30, 14, 3)]


POINTS = (
    "Samtgemeinde Musterheide\nAusschuss für Ordnung – Sitzung vom 03.06.2025\n\n"
    "TOP 4 Bedarfsplan\n\n"
    "Ratsfrau Abt (ABC) stellt für die Gruppe ABC/XYZ den Antrag, Ziffer 2 dahingehend zu ändern, dass das Gerätehaus Süd erhalten bleibt.\n\n"
    "Abstimmung über den Änderungsantrag der Gruppe ABC/XYZ zu Ziffer 2:\n"
    "Ja: 6   Nein: 5   Enthaltung: 0\n\n"
    "Beschluss:\n"
    "1. Der Ausschuss empfiehlt dem Rat, den Bedarfsplan zu beschließen.\n"
    "Abstimmungsergebnis: einstimmig\n\n"
    "2. Das Gerätehaus Süd bleibt als Standort der Jugendfeuerwehr erhalten.\n"
    "Abstimmungsergebnis: Ja 7 / Nein 4 / Enthaltung 0\n"
)


def test_amendment_block_then_a_result_line_per_numbered_point(nlp) -> None:  # noqa: ANN001
    doc = nlp(POINTS)
    assert [(d._.outcome, d._.unanimous, d._.yes, d._.no) for d in doc._.decisions] == [
        ("accepted", False, 6, 5),
        ("accepted", True, None, 0),
        ("accepted", False, 7, 4),
    ]
    (m,) = doc._.motions  # moved in her turn "für die Gruppe ABC/XYZ", not by the vote's heading
    assert (m._.motion_kind, m._.mover, m._.outcome) == ("amendment", "Abt", "accepted")


POSTPONED = (
    "TOP 3 Zuschuss an den Turnverein\n\n"
    "Ratsmitglied Lenz (ABC) beantragt, die Entscheidung bis zum Eingang des Förderbescheids zurückzustellen.\n\n"
    "Ratsmitglied Hahn (XYZ) hält eine Vertagung für nicht vertretbar.\n\n"
    "Der Bürgermeister lässt über den Antrag von Ratsmitglied Lenz abstimmen.\n\n"
    "Abstimmungsergebnis:\nJa: 8\nNein: 4\nEnthaltungen: 1\n"
)


def test_a_postponement_carried_by_a_bare_result_block_postpones(nlp) -> None:  # noqa: ANN001
    doc = nlp(POSTPONED)
    assert _decisions(nlp, POSTPONED) == [("postponed", 8, 4, 1)]
    assert [(m._.motion_kind, m._.outcome) for m in doc._.motions] == [("postpone", "postponed")]


def test_an_agenda_adopted_with_a_postponement_stays_accepted(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 1 Tagesordnung\n\n"
        "Frau Roth (ABC) beantragt, TOP 5 zu vertagen.\n\n"
        "Die Tagesordnung wird mit dieser Änderung einstimmig festgestellt.\n"
    )
    assert [d._.outcome for d in nlp(text)._.decisions] == ["accepted"]


PARTY_LIST = (
    "TOP 6 Antrag der XYZ-Fraktion: Kameras am Marktplatz\n\n"
    "Herr Stahl (ABC) stellt einen Antrag auf Nichtbefassung.\n\n"
    "Abstimmung über den Antrag auf Nichtbefassung:\n"
    "ABC, DEF und GHI gegen XYZ (= Annahme)\n"
)


def test_a_party_list_result_with_its_notation_is_the_decision(nlp) -> None:  # noqa: ANN001
    doc = nlp(PARTY_LIST)
    assert [(d._.outcome, d._.unanimous) for d in doc._.decisions] == [("accepted", False)]
    assert parse_vote("ABC gegen XYZ (= Ablehnung)").outcome == "rejected"
    assert parse_vote("Die Annahme, dass alle zustimmen, trog.").outcome is None  # "Annahme" alone decides nothing


RECOMMENDED = (
    "Bezirksverordnetenversammlung Musterberg\nWortprotokoll (Auszug)\n\n"
    "Lfd. Nr. 4\nMehr Bänke am Ufer\nAntrag der Fraktion ABC\n\n"
    "Vorsteherin Lange:\n"
    "Der Ausschuss empfiehlt die Annahme in geänderter Fassung. Wer zustimmt, den bitte ich um das Handzeichen. – Danke. "
    "Das ist einstimmig so beschlossen.\n"
)


def test_a_committees_recommendation_read_out_in_the_assembly_is_no_decision(nlp) -> None:  # noqa: ANN001
    doc = nlp(RECOMMENDED)
    assert [d.text for d in doc._.decisions] == ["Das ist einstimmig so beschlossen."]


def test_the_committees_own_recommendation_stays_its_decision(nlp) -> None:  # noqa: ANN001
    text = "Ausschuss für Umwelt\nSitzung vom 02.06.2025\n\nTOP 2 Baumschutz\n\nDer Ausschuss empfiehlt dem Rat einstimmig, die Satzung zu beschließen.\n"
    assert [d._.outcome for d in nlp(text)._.decisions] == ["accepted"]


WITHDRAWN = (
    "Kein Wachdienst am Bahnhof\n\n"
    "Musterstadt. Die Fraktion Bürger für Musterstadt (BfM) hatte beantragt, einen Wachdienst zu beauftragen.\n\n"
    "„Die Leute haben Angst“, sagte Fraktionschef Udo Kern (BfM). Abends sei der Platz verwaist.\n\n"
    "Auch Stadtrat Jan Wolf (XYZ) hielt wenig davon.\n\n"
    "Nach der Debatte zog Kern den Antrag überraschend zurück.\n\n"
    "Daraufhin erklärte Stadträtin Eva Lind (ABC), ihre Fraktion übernehme den Antrag und stelle ihn zur Abstimmung.\n\n"
    "Mit 14 zu 19 Stimmen fand der Antrag keine Mehrheit.\n"
)


def test_a_voters_group_motion_withdrawn_and_taken_over(nlp) -> None:  # noqa: ANN001
    doc = nlp(WITHDRAWN)
    assert [(m._.mover, m._.outcome) for m in doc._.motions] == [("Fraktion Bürger für Musterstadt", "withdrawn"), ("Eva Lind", "rejected")]
    assert [(t._.speaker, t._.motion_relation) for t in doc._.turns] == [
        ("Udo Kern", "supports"),  # a member of the group by its initials argues for its motion
        ("Jan Wolf", "opposes"),
        ("Udo Kern", "withdraws"),
        ("Eva Lind", "moves"),
    ]


def test_initials_of_a_group_name() -> None:
    assert _initials("Fraktion Bürger für Musterstadt") == "bfm"
    assert _initials("SPD-Fraktion") == "s"  # one word: its initial only, never a party's four letters


def test_withdrawal_in_the_past_tense_with_the_mover_between() -> None:
    assert find("relation", "Nach der Debatte zog Kern den Antrag zurück.", "withdraws") is not None
    assert find("relation", "Die Gruppe zogen ihren Antrag zurück.", "withdraws") is not None
    assert find("relation", "Kern zog die Bilanz des Jahres.", "withdraws") is None


def test_our_motion_on_the_agenda_is_moved_by_the_publishing_group(nlp) -> None:  # noqa: ANN001
    text = (
        "ABC-Fraktion im Rat der Stadt Musterstadt\n\n"
        "Aus der Ratssitzung: Mehr Schulsozialarbeit\n\n"
        "Unser Antrag, an allen Grundschulen eine halbe Stelle für Schulsozialarbeit zu schaffen, stand am Mittwoch auf der Tagesordnung.\n\n"
        "Den Antrag beschloss der Rat mit 41 zu 9 Stimmen.\n"
    )
    (m,) = nlp(text)._.motions
    assert (m._.motion_kind, m._.mover, m._.outcome) == ("main", "ABC-Fraktion", "accepted")


def test_a_suggestion_adopted_with_a_proviso_in_its_own_words_is_an_amendment(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 5 Friedhofsvorplatz\n\n"
        "Erster Bürgermeister Huber erläuterte die Planung des Vorplatzes mit zwölf Stellplätzen.\n\n"
        "GR Max Moser (ABC) regte an, zwei Behindertenstellplätze unmittelbar am Eingang vorzusehen.\n\n"
        "Beschluss:\nDer Gemeinderat beschließt die Planung mit der Maßgabe, dass zwei Behindertenstellplätze unmittelbar am "
        "Eingang vorgesehen werden.\n\nAbstimmung: 12 : 2\n"
    )
    (m,) = nlp(text)._.motions
    assert (m._.motion_kind, m._.mover, m._.outcome) == ("amendment", "Max Moser", "accepted")


def test_a_suggestion_the_resolution_does_not_repeat_is_no_motion(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 5 Friedhofsvorplatz\n\n"
        "GR Max Moser (ABC) regte an, die Hecke am Eingang im Herbst zu schneiden.\n\n"
        "Beschluss:\nDer Gemeinderat beschließt die Planung mit der Maßgabe, dass zwei Behindertenstellplätze vorgesehen werden.\n"
    )
    assert list(nlp(text)._.motions) == []


def test_asking_to_supplement_the_motion_taken_over_by_its_movers(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 7 Antrag der ABC-Fraktion: Querungshilfe an der Schule\n\n"
        "Herr Wenz (ABC) begründet den Antrag.\n\n"
        "Herr Stahl (XYZ) bittet, den Antrag um die Prüfung eines Fußgängerüberwegs zu ergänzen.\n\n"
        "Die Antragsteller übernehmen die Ergänzung.\n\n"
        "Abstimmung: Einstimmige Annahme in der geänderten Fassung\n"
    )
    doc = nlp(text)
    assert [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions] == [
        ("main", "ABC-Fraktion", "accepted"),
        ("amendment", "Stahl", "accepted"),
    ]
    assert find("suggests", "Sie bittet, die Verwaltung möge den Weg prüfen.") is None  # no change of the motion asked


def test_the_speech_after_the_call_for_a_gegenrede_opposes_the_motion(nlp) -> None:  # noqa: ANN001
    text = (
        "Lfd. Nr. 3\nSommeröffnung der Halle\nAntrag der Fraktion ABC\n\n"
        "Vorsteherin Dahl:\nIch rufe den Antrag auf.\n\n"
        "Bezirksverordneter Frey (XYZ):\nIch beantrage die Überweisung in den Sozialausschuss.\n\n"
        "Vorsteherin Dahl:\nGibt es Gegenrede zur Überweisung?\n\n"
        "Bezirksverordneter Amsel (DEF):\nJa. Wenn wir heute überweisen, ist der Sommer vorbei.\n\n"
        "Vorsteherin Dahl:\nDann lasse ich über die Überweisung abstimmen. – Die Überweisung ist mit 24 zu 21 Stimmen beschlossen.\n"
    )
    rel = _relations(nlp, text)
    assert rel["Frey"] == "moves" and rel["Amsel"] == "opposes"


def test_caveats_a_motion_could_not_be_carried_out() -> None:
    assert relation_of("Das sei rechtlich kaum umzusetzen.", cues=False, reactions=True) == "opposes"
    assert relation_of("Das sei ohne Landesmittel nicht zu finanzieren.", cues=False, reactions=True) == "opposes"
    assert relation_of("Er sah für eine Abweichung von der Empfehlung des Ausschusses keine Notwendigkeit.", cues=False, reactions=True) == "opposes"
    assert relation_of("Das sei bis Mai umzusetzen.", cues=False, reactions=True) is None


def test_a_result_label_naming_the_motion_and_its_group(nlp) -> None:  # noqa: ANN001
    text = LABELLED.replace("Abstimmungsergebnis Änderungsantrag:", "Abstimmungsergebnis Änderungsantrag der ABC-Fraktion:")
    (d,) = nlp(text)._.decisions
    assert d.text.startswith("Abstimmungsergebnis Änderungsantrag der ABC-Fraktion:")


def test_a_presenter_whose_party_is_unsaid_supports_the_groups_motion(nlp) -> None:  # noqa: ANN001
    text = (
        "ABC-Fraktion im Rat der Stadt Musterstadt\n\n"
        "Unser Antrag, an allen Grundschulen eine halbe Stelle für Schulsozialarbeit zu schaffen, stand am Mittwoch auf der Tagesordnung. "
        "Fraktionsvorsitzende Ina Roth begründete ihn mit den Erfahrungen an der Lindenschule.\n\n"
        "Den Antrag beschloss der Rat mit 41 zu 9 Stimmen.\n"
    )
    assert [(t._.speaker, t._.motion_relation) for t in nlp(text)._.turns] == [("Ina Roth", "supports")]


def test_a_group_taking_over_a_withdrawn_motion_in_narration_moves_it_again(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 5 Antrag der ABC-Fraktion: Wachdienst am Bahnhof\n\n"
        "Herr Kern (ABC) begründet den Antrag.\n\n"
        "Herr Kern zieht den Antrag daraufhin zurück.\n\n"
        "Die DEF-Fraktion übernimmt den Antrag.\n\n"
        "Der Antrag wird mit 5 Ja-Stimmen bei 20 Gegenstimmen abgelehnt.\n"
    )
    assert [(m._.mover, m._.outcome) for m in nlp(text)._.motions] == [("ABC-Fraktion", "withdrawn"), ("DEF-Fraktion", "rejected")]
    kept = text.replace("Herr Kern zieht den Antrag daraufhin zurück.\n\n", "")  # nothing withdrawn: nothing to take over
    assert [m._.mover for m in nlp(kept)._.motions] == ["ABC-Fraktion"]


def test_deciding_not_to_deal_with_the_motion_settles_the_nichtbefassung(nlp) -> None:  # noqa: ANN001
    text = (
        "TOP 6 Antrag der XYZ-Fraktion: Kameras\n\n"
        "Herr Stahl (ABC) beantragt Nichtbefassung.\n\n"
        "Der Ortsbeirat beschließt mehrheitlich, sich mit dem Antrag nicht zu befassen.\n"
    )
    assert [(m._.motion_kind, m._.outcome) for m in nlp(text)._.motions] == [("main", None), ("procedural", "accepted")]


def test_stimmen_dafuer_and_dagegen_lines_are_the_counts(nlp) -> None:  # noqa: ANN001
    text = "TOP 3 Bauantrag\n\nDer Ausschuss stimmt dem Bauantrag zu.\n\nStimmen dafür: 9\nStimmen dagegen: 2\nEnthaltungen: 1\n"
    assert _decisions(nlp, text) == [("accepted", 9, 2, 1)]
