"""The council system's status line above an item and the resolution below it are one decision record.

ALLRIS and SessionNet qualify the status ("ungeändert", "geändert", "mit Änderungen", "in geänderter Fassung");
whatever the qualifier, the line is the record's `status_text`, not a second decision.
"""

import pytest

from ratsnlp.tag.decisions import is_status_line

ITEM = """Auszug - Querungshilfen an der Grundschule Nord
Beschluss: {status}
Abstimmung: Ja: 11, Nein: 2, Enthaltungen: 0

Protokoll:
Frau Okonkwo (Grüne) beantragt, die Querungshilfe an der Kirchstraße vorzuziehen. Herr Lenz (CDU) unterstützt den Antrag.

Beschluss:
Der Ausschuss beschließt das Konzept mit der Änderung, die Querungshilfe Kirchstraße im ersten Bauabschnitt umzusetzen.
"""


@pytest.mark.parametrize("status", ["ungeändert beschlossen", "mit Änderungen beschlossen", "mit Änderung beschlossen", "in geänderter Fassung beschlossen", "in der geänderten Fassung beschlossen"])
def test_qualified_status_line_joins_the_resolution(nlp, status: str) -> None:
    doc = nlp(ITEM.format(status=status))
    assert [(d._.outcome, d._.yes, d._.no) for d in doc._.decisions] == [("accepted", 11, 2)]
    assert doc._.decisions[0]._.status_text.startswith(f"Beschluss: {status}")


@pytest.mark.parametrize(("line", "expected"), [("Beschluss: in geänderter Fassung beschlossen", True), ("Beschluss: öffentlich", False), ("Beschluss: in der Fassung der Verwaltung", False)])
def test_is_status_line(line: str, expected: bool) -> None:
    assert is_status_line(line) is expected
