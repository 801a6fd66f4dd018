"""Attendance lists of PDF minutes whose two columns ran together into one line ("Herr A -Vorsitzender- Herr B B"):
each "Herr"/"Frau" after a name or a mark opens the next entry, a role between dashes is read like one in brackets,
and "Der Vorsitzende" in the text is the person the list marks. An office before an honorific stays with its person.
Invented text only."""

from __future__ import annotations

from ratsnlp.segment.structure import parse_roster_line


def _entries(line: str) -> list[tuple[str, list[str]]]:
    return [(r["name"], r["role_nouns"]) for r in parse_roster_line(line, 0, "council_member", None)]


def test_entries_of_columns_run_together():
    assert _entries("Herr Albrecht -Vorsitzender- Herr Kessler B") == [("Albrecht", ["Vorsitzender"]), ("Kessler", [])]
    assert _entries("Frau Wendt B Frau Lorenz") == [("Wendt", []), ("Lorenz", [])]


def test_an_office_before_the_honorific_is_the_entrys_own():
    assert _entries("sB Frau Marquardt (Naturschutzbund, beratend)")[0][0] == "Marquardt"


def test_the_chair_marked_in_the_list_speaks_as_der_vorsitzende(rules_nlp):
    doc = rules_nlp(
        "Niederschrift über die Sitzung des Jugendhilfeausschusses am 02.09.2025\n"
        "TeilnehmerInnen:\n"
        "Herr Albrecht -Vorsitzender- Herr Kessler B\n"
        "Frau Wendt B Frau Lorenz\n"
        "Zu TOP 1 Begrüßung\n"
        "Der Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Albrecht", "chair")]
