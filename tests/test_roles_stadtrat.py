""""Stadtrat"/"Stadträtin" before a name: a member of a council called Stadtrat (Bavaria, Saxony, Thuringia) or a
head of department (Hessen's Magistrat, Hannover, cities that call their Dezernenten so). The text decides: a
Stadtrat who asks, in a text with nothing of the executive, makes the title a member's for every speaker bearing
it. Invented text only."""

from __future__ import annotations


def _roles(doc) -> dict[str, str]:
    return {t._.speaker: t._.role for t in doc._.turns}


def test_a_stadtrat_who_asks_makes_every_plain_stadtrat_a_member(nlp):
    doc = nlp(
        "Stadtrat Wendler erkundigte sich nach der Sperrung des Gehwegs am Mühlgraben. "
        "Stadträtin Pohl ergänzte, dass die Absperrung für Fußgänger kaum zu erkennen sei.\n\n"
        "Der Vorsitzende informierte, dass die Genehmigung vorliege. Er werde mit der Baufirma sprechen.\n"
    )
    roles = _roles(doc)
    assert roles["Wendler"] == "council_member"
    assert roles["Pohl"] == "council_member"


def test_a_council_chaired_by_a_stadtratsvorsitzender_is_called_stadtrat(nlp):
    doc = nlp(
        "Stadtrat Kuhnert hält die Kosten von 90.000 € für überzogen.\n\n"
        "Bürgermeisterin Laux erläutert, dass nur geförderte Vorhaben vorgelegt würden.\n\n"
        "Stadtratsvorsitzender Brandt lässt über die Vorlage abstimmen.\n"
    )
    assert _roles(doc)["Kuhnert"] == "council_member"


def test_a_stadtrat_of_the_magistrat_stays_staff_when_another_one_asks(nlp):
    doc = nlp(
        "Stadtverordneter Haas fragt nach dem Stand der Planung.\n\n"
        "Stadtrat Wendler antwortet für den Magistrat, die Planung sei abgeschlossen.\n\n"
        "Stadträtin Pohl fragt nach, ob der Zeitplan halte.\n"
    )
    assert _roles(doc)["Wendler"] == "administration"


def test_a_stadtraetin_beside_ratsherren_heads_a_department(nlp):
    doc = nlp(
        "Ratsherr Ohlsen fragt, wann die Sporthalle wieder öffne.\n\n"
        "Stadträtin Dr. Kampe antwortete, die Arbeiten endeten im März.\n\n"
        "Stadtrat Vogt möchte wissen, ob der Vereinssport ausweichen könne.\n"
    )
    assert _roles(doc)["Kampe"] == "administration"


def test_a_stadtraetin_who_only_presents_stays_staff(nlp):
    doc = nlp("Frau Stadträtin Hombrecht führt in die Vorlage ein und erläutert die Kosten der Sanierung.\n")
    assert _roles(doc)["Hombrecht"] == "administration"


def test_kreisrat_is_a_member_where_plain_kreisraete_ask(nlp):
    doc = nlp(
        "Landrat Meier eröffnet die Sitzung.\nKreisrätin Huber fragt nach den Kosten der Schulbusse.\n"
        "Kreisrat Lang beantragt, die Vorlage zu vertagen.\n"
    )
    assert [t._.role for t in doc._.turns][1:] == ["council_member", "council_member"]


def test_kreisraetin_stays_staff_in_a_lower_saxony_district(nlp):
    doc = nlp(
        "Landrat Meier eröffnet die Sitzung.\nKreistagsabgeordneter Lang fragt nach den Kosten.\n"
        "Kreisrätin Huber erläutert die Kalkulation und fragt, ob es Rückfragen gibt.\n"
    )
    assert doc._.turns[2]._.role == "administration"
