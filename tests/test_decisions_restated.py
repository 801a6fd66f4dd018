"""One decision told twice is one record (issue 9), invented minutes: a report's lead and its later account, a
resolution and its narrated consequence; the record keeps the first telling's span and text and takes the counts
of the restatement, the turns between stay turns. Two real votes in one item stay two records. Also: counts with
the side first ("Dagegen stimmten die 6 ..."), a group's position (no decision), and a no-objection to the way of
voting (procedure: the item's status line stays its decision)."""

from __future__ import annotations

import pytest

import ratsnlp


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


def _rows(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain, text[d.start_char : d.end_char]) for d in doc._.decisions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's lead, a member's turn, then the result narrated with its counts
        ("TOP 3 Friedhofssatzung\n\nDer Gemeinderat hat die neue Friedhofssatzung beschlossen. Frau Brehm (SPD) lobt die "
         "Verwaltung für die Vorarbeit. Mit 17 zu 4 Stimmen gab das Gremium am Ende grünes Licht.\n",
         [("accepted", False, 17, 4, 0, "Der Gemeinderat hat die neue Friedhofssatzung beschlossen.")]),
        # the resolution, a turn, then "Damit ist der Antrag ... angenommen" (a consequence, even naming the motion)
        ("TOP 5 Schulwegsicherung\n\nDer Ortschaftsrat beschließt, an der Lindenschule einen Zebrastreifen einzurichten. "
         "Herr Odenthal (FDP) fragt nach den Kosten. Damit ist der Antrag der Elternvertretung angenommen.\n",
         [("accepted", None, None, None, None, "Der Ortschaftsrat beschließt, an der Lindenschule einen Zebrastreifen einzurichten.")]),
        # the thing decided named again, counts with the verb first
        ("TOP 2 Haushalt 2026\n\nDer Kreistag hat den Haushalt 2026 verabschiedet. Landrätin Weiß dankt der Kämmerei. "
         "Am Ende stimmten 40 Kreisräte für den Haushalt, 12 dagegen.\n",
         [("accepted", False, 40, 12, 0, "Der Kreistag hat den Haushalt 2026 verabschiedet.")]),
        # a group's motion rejected, the count told after a turn
        ("TOP 3 Radweg\n\nDer Antrag der SPD wurde abgelehnt. Herr Zahn (CDU) bedauerte das. Mit 12 zu 14 Stimmen "
         "scheiterte die Fraktion.\n",
         [("rejected", False, 12, 14, 0, "Der Antrag der SPD wurde abgelehnt.")]),
        # a result line after the debate
        ("TOP 8 Antrag Sitzbank\n\nDer Ortsbeirat lehnt den Antrag ab.\n\nFrau Sommer (SPD) bedauert das.\n\n"
         "Abstimmungsergebnis: 3 Ja, 6 Nein.\n",
         [("rejected", False, 3, 6, 0, "Der Ortsbeirat lehnt den Antrag ab.")]),
        # unanimity added by a restatement after a turn
        ("TOP 2 Vereinsförderung\n\nDer Ausschuss stimmt dem Zuschuss für den Heimatverein zu. Frau Kolb (CDU) dankt dem "
         "Verein. Einstimmig folgte das Gremium damit dem Vorschlag.\n",
         [("accepted", True, None, 0, 0, "Der Ausschuss stimmt dem Zuschuss für den Heimatverein zu.")]),
    ],
)
def test_a_restatement_joins_the_first_telling(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_a_status_line_a_resolution_and_a_narrated_count_are_one_record(nlp):
    text = (
        "TOP 9 Hauptsatzung\n\nBeschluss: mehrheitlich beschlossen\n\nDer Rat beschließt die Änderung der Hauptsatzung.\n\n"
        "Herr Graf (FW) lehnt die Änderung ab. Frau Igel (SPD) unterstützt sie.\n\n"
        "Der Beschluss wurde mit 30 Ja-Stimmen bei 4 Gegenstimmen gefasst.\n"
    )
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0][:5] == ("accepted", False, 30, 4, 0)


def test_the_turns_between_stay_turns(nlp):
    text = (
        "TOP 3 Friedhofssatzung\n\nDer Gemeinderat hat die neue Friedhofssatzung beschlossen. Frau Brehm (SPD) lobt die "
        "Verwaltung für die Vorarbeit. Mit 17 zu 4 Stimmen gab das Gremium am Ende grünes Licht.\n"
    )
    turns = ratsnlp.turn_table([nlp(text)])
    assert list(turns["speaker"]) == ["Brehm"]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # an amendment first, then the main motion
        ("TOP 7 Bebauungsplan Auenweg\n\nDer Änderungsantrag der Grünen wird mit 12 zu 9 Stimmen angenommen. Herr Vogt (CDU) "
         "bedauert das. Mit 15 zu 6 Stimmen beschließt der Rat den so geänderten Bebauungsplan.\n", 2),
        # a procedural motion carried, then a vote
        ("TOP 6 Debatte\n\nDer Antrag auf Schluss der Debatte wird angenommen. Herr Abt (FDP) protestiert. Mit 20 zu 5 "
         "Stimmen stimmte das Gremium zu.\n", 2),
        # "zuerst ... anschließend ..."
        ("TOP 8 Haushalt\n\nZuerst stimmt der Kreistag dem Stellenplan einstimmig zu. Anschließend stimmt der Kreistag der "
         "Haushaltssatzung einstimmig zu.\n", 2),
        # numbered parts voted one by one
        ("TOP 9 Antrag Radverkehr\n\nDer Ausschuss beschließt Ziffer 1 des Antrags einstimmig. Ziffer 2 wird ebenfalls einstimmig "
         "beschlossen.\n", 2),
        # a second object named
        ("TOP 4 Sportstätten\n\nDer Rat beschließt die Sanierung der Turnhalle. Herr Ilg (FW) begrüßt das. Mit 20 zu 2 Stimmen "
         "billigte der Rat die Flutlichtanlage.\n", 2),
        # another tally: another vote
        ("TOP 6 Gebühren\n\nDer Rat stimmt der Gebührensatzung mit 18 zu 3 Stimmen zu. Mit 12 zu 9 Stimmen gab das Gremium "
         "grünes Licht.\n", 2),
        # a motion moved between: the later result is on it
        ("TOP 10 Kita\n\nDer Ausschuss stimmt der Kita-Satzung zu. Frau Bär (SPD) beantragt, die Gebühren zu halbieren. Mit 9 "
         "zu 3 Stimmen wurde zugestimmt.\n", 2),
    ],
)
def test_two_real_votes_stay_two(nlp, text, n):
    assert len(_rows(nlp, text)) == n


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Der Rat beschließt die Baumschutzsatzung mit 22 Ja-Stimmen. Dagegen stimmten die 6 Mitglieder der Fraktion Bürgerliste.\n",
         (22, 6)),
        ("Der Kreistag lehnt den Antrag ab. Dafür stimmten nur 7 Kreisräte, dagegen 30.\n", (7, 30)),
        ("Der Stadtrat lehnt die Vorlage ab. Nach der Debatte votierten 14 Stadträte einschließlich Bürgermeisterin für den "
         "Kompromiss und 14 dagegen.\n", (14, 14)),
    ],
)
def test_counts_with_the_side_first(nlp, text, counts):
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0][2:4] == counts


def test_a_groups_position_is_no_decision(nlp):
    text = "Die Fraktion der Unabhängigen spricht sich mehrheitlich dafür aus. Der Gemeinderat beschließt die Satzung.\n"
    rows = _rows(nlp, text)
    assert [r[5] for r in rows] == ["Der Gemeinderat beschließt die Satzung."]
    assert _rows(nlp, "Die CDU-Fraktion spricht sich geschlossen dafür aus, den Antrag zu unterstützen.\n") == []


def test_no_objection_to_the_way_of_voting_is_procedure(nlp):
    text = (
        "Sitzung: 12.05.2025 Gemeinderat\nBeschluss: Kenntnis genommen\n"
        "Der Bürgermeister fragt, ob per Handzeichen abgestimmt werden kann. Hiergegen gibt es keine Einwände.\n"
        "Der Bürgermeister berichtet über den Stand der Arbeiten am Dorfgemeinschaftshaus.\n"
    )
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0][0] == "noted" and rows[0][5].startswith("Beschluss: Kenntnis genommen")
    # a no-objection to what the item is about stays a decision
    assert [r[0] for r in _rows(nlp, "Der Vorsitzende fragt, ob die Niederschrift genehmigt werden kann. Einwände werden nicht erhoben.\n")] == ["accepted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kreistag stimmte geschlossen dafür.\n", ("accepted", True)),
        ("Der Ortsbeirat stimmt mehrheitlich für die Variante B.\n", ("accepted", False)),
        ("Der Stadtrat stimmte mehrheitlich dagegen.\n", ("rejected", False)),
    ],
)
def test_the_body_voting_for_or_against(nlp, text, expected):
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0][:2] == expected


def test_a_person_voting_is_no_decision(nlp):
    assert _rows(nlp, "Der Landrat stimmte dafür.\n") == []


def test_a_no_objection_does_not_displace_the_status_line(nlp):
    text = (
        "Sitzung: 02.06.2025 Ortsgemeinderat\nBeschluss: zur Kenntnis genommen\n"
        "Der Ortsbürgermeister fragt, ob jemand Anmerkungen zum Ablauf habe. Dagegen werden keine Einwände erhoben.\n"
        "Der Ortsbürgermeister berichtet über die Kita-Bedarfsplanung.\n"
    )
    rows = _rows(nlp, text)
    assert len(rows) == 1 and rows[0][0] == "noted"


def test_two_owners_named_are_two_motions_not_a_restatement(nlp):
    text = (
        "Der Kreistag lehnt den Antrag der Gruppe vom 12.02.2024 mit 3 Gegenstimmen ab.\n\n"
        "Mehrheitlich wurde dem Antrag der Fraktion durch den Kreistag nicht entsprochen.\n"
    )
    assert [r[0] for r in _rows(nlp, text)] == ["rejected", "rejected"]


def test_the_same_owner_named_again_is_a_restatement(nlp):
    text = (
        "Der Kreistag lehnt den Antrag der Wählergruppe auf einen Prüfauftrag ab.\n\n"
        "Für den Antrag der Wählergruppe stimmten nur 4 Mitglieder.\n"
    )
    assert len(_rows(nlp, text)) == 1


def test_a_reports_lead_told_again_after_an_amendment_vote_is_one_record(nlp):
    text = (
        "TOP 4 Haushalt 2026\n\nDer Gemeinderat hat am Dienstag den Haushalt 2026 beschlossen. Frau Brehm (SPD) lobte die "
        "Verwaltung. Herr Zahn (AB) beantragte, die Kreisumlage zu senken. Der Änderungsantrag der AB wurde mit 5 zu 12 "
        "Stimmen abgelehnt. Anschließend wurde der Haushalt mit 14 zu 3 Stimmen angenommen.\n"
    )
    assert [r[:5] for r in _rows(nlp, text)] == [("accepted", False, 14, 3, 0), ("rejected", False, 5, 12, 0)]
