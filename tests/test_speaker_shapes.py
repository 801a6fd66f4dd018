"""Who speaks, in the shapes minutes name speakers (invented sentences): role abbreviations and party spellings are
closed sets, and each shape of a turn's opening gives the speaker, role and party it states (one test per shape)."""

from __future__ import annotations

import pytest

HEAD = "TOP 4 Radweg Lindenallee\n\nFrau Ott (FDP) bittet um einen Sachstand zum Radweg.\n\n"

ROLES = [("StR", "council_member"), ("StRin", "council_member"), ("StR'in", "council_member"), ("GR", "council_member"), ("GRin", "council_member"),
         ("GR'in", "council_member"), ("RM", "council_member"), ("RF", "council_member"), ("Rf.", "council_member"), ("Rh.", "council_member"),
         ("BV", "council_member"), ("BVin", "council_member"), ("Stv.", "council_member"), ("StV", "council_member"), ("Stadtv.", "council_member"),
         ("KTA", "council_member"), ("Abg.", "council_member"), ("GV", "council_member"), ("GVin", "council_member"),
         ("OBR", "council_member"), ("OR", "council_member"), ("ORin", "council_member"), ("sB", "advisory_member"), ("sE", "advisory_member"),
         ("BD", "advisory_member"), ("Bgm.", "mayor"), ("BM", "mayor"), ("BMin", "mayor"), ("OB", "mayor"), ("OBin", "mayor"), ("OBM", "mayor"),
         ("EBM", "mayor"), ("OV", "mayor"), ("OVin", "mayor"), ("LR", "mayor"), ("Landrätin", "mayor"), ("Stadtkämmerer", "administration"),
         ("Kämmerin", "administration"), ("Beigeordneter", None), ("Dezernent", "administration"), ("Fachbereichsleiterin", "administration"),
         ("Amtsleiter", "administration"), ("Bezirksamtsleiterin", "administration"), ("Bezirksbürgermeisterin", "mayor")]
PARTIES = [("SPD", "SPD"), ("CDU", "CDU"), ("CSU", "CSU"), ("FDP", "FDP"), ("AfD", "AfD"), ("B'90/Grüne", "Grüne"), ("BÜNDNIS 90/DIE GRÜNEN", "Grüne"),
           ("Bündnis 90/Die Grünen", "Grüne"), ("GRÜNE", "Grüne"), ("Grüne", "Grüne"), ("B90/Grüne", "Grüne"), ("DIE LINKE", "Linke"), ("DIE LINKE.", "Linke"),
           ("Die Linke", "Linke"), ("LINKE", "Linke"), ("FREIE WÄHLER", "FW"), ("Freie Wähler", "FW"), ("FW", "FW"), ("ÖDP", "ÖDP"), ("Volt", "Volt"),
           ("BSW", "BSW"), ("SSW", "SSW"), ("Piraten", "Piraten"), ("Die PARTEI", "PARTEI"), ("Bayernpartei", "Bayernpartei"), ("UWG", "UWG"),
           ("FWG", "FWG"), ("WGH", "WGH"), ("Bürgerliste", "Bürgerliste"), ("parteilos", "parteilos")]
OPENINGS = [
    ("Herr Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Frau Dr. Anna Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Anna Kessler", "council_member", "SPD")),
    ("StR Kessler (CSU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CSU")),
    ("StRin Kessler (Grüne) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "Grüne")),
    ("GR Kessler (FW) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "FW")),
    ("RM Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("BV Kessler (Linke) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "Linke")),
    ("Stv. Kessler (FDP) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "FDP")),
    ("Rh. Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Rf. Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Ratsherr Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Ratsfrau Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Stadtverordneter Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Kreistagsabgeordneter Kessler (CDU) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "CDU")),
    ("Gemeindevertreterin Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Ortsbeiratsmitglied Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("sB Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "advisory_member", "SPD")),
    ("Sachkundiger Bürger Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "advisory_member", "SPD")),
    ("Anna Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Anna Kessler", "council_member", "SPD")),
    ("Kessler (SPD) fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Herr Kessler, SPD-Fraktion, fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Herr Kessler von der SPD-Fraktion fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Für die SPD-Fraktion fragt Herr Kessler, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("SPD-Stadtrat Kessler fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Der SPD-Fraktionsvorsitzende Kessler fragt, wann der Radweg fertig wird.", ("Kessler", "council_member", "SPD")),
    ("Herr Kessler (SPD): Wann wird der Radweg fertig?", ("Kessler", "council_member", "SPD")),
    ("Abg. Kessler (SPD): Wann wird der Radweg fertig?", ("Kessler", "council_member", "SPD")),
    ("Kessler (SPD): Wann wird der Radweg fertig?", ("Kessler", "council_member", "SPD")),
    ("Herr Kessler möchte wissen, wann der Radweg fertig wird.", ("Kessler", None, None)),
    ("Herr Kessler erkundigt sich, wann der Radweg fertig wird.", ("Kessler", None, None)),
    ("Herr Kessler wollte wissen, wann der Radweg fertig werde.", ("Kessler", None, None)),
    ("Auf Nachfrage von Herrn Kessler erklärt Frau Brandt vom Tiefbauamt, der Radweg werde im Mai fertig.", ("Brandt", "administration", None)),
    ("Frau Brandt (Tiefbauamt) erläutert den Stand der Planung.", ("Brandt", "administration", None)),
    ("Frau Brandt von der Verwaltung erläutert den Stand der Planung.", ("Brandt", "administration", None)),
    ("Amtsleiterin Brandt erläutert den Stand der Planung.", ("Brandt", "administration", None)),
    ("Die Leiterin des Tiefbauamtes, Frau Brandt, erläutert den Stand der Planung.", ("Brandt", "administration", None)),
    ("Baudezernent Brandt erläutert den Stand der Planung.", ("Brandt", "administration", None)),
    ("Bürgermeister Brandt erläutert den Stand der Planung.", ("Brandt", "mayor", None)),
    ("Bgm. Brandt erläutert den Stand der Planung.", ("Brandt", "mayor", None)),
    ("OB Brandt erläutert den Stand der Planung.", ("Brandt", "mayor", None)),
    ("Der Bürgermeister erläutert den Stand der Planung.", (None, "mayor", None)),
    ("Die Oberbürgermeisterin erläutert den Stand der Planung.", (None, "mayor", None)),
    ("Landrat Brandt erläutert den Stand der Planung.", ("Brandt", "mayor", None)),
    ("Ortsvorsteher Brandt erläutert den Stand der Planung.", ("Brandt", "mayor", None)),
    ("Ein Anwohner der Lindenallee fragt, wann der Radweg fertig wird.", (None, "public", None)),
    ("Eine Bürgerin fragt, wann der Radweg fertig wird.", (None, "public", None)),
    ("Herr Kessler aus der Lindenallee fragt, wann der Radweg fertig wird.", ("Kessler", "public", None)),
    ("Herr Brandt vom Planungsbüro Nord stellt die Entwurfsplanung vor.", ("Brandt", "guest", None)),
    ("Polizeihauptkommissar Brandt berichtet über die Unfallzahlen.", ("Brandt", "guest", None)),
    ("„Der Radweg kommt zu spät“, kritisierte Anna Kessler (SPD).", ("Anna Kessler", "council_member", "SPD")),
    ("„Der Radweg kommt zu spät“, sagte SPD-Stadträtin Anna Kessler.", ("Anna Kessler", "council_member", "SPD")),
    ("Anna Kessler (SPD) kritisierte, der Radweg komme zu spät.", ("Anna Kessler", "council_member", "SPD")),
    ("Kritik kam von Anna Kessler (SPD): Der Radweg komme zu spät.", ("Anna Kessler", "council_member", "SPD")),
    ("Laut Anna Kessler (SPD) kommt der Radweg zu spät.", ("Anna Kessler", "council_member", "SPD")),
    ("Die SPD-Fraktionsvorsitzende Anna Kessler kritisierte, der Radweg komme zu spät.", ("Anna Kessler", "council_member", "SPD")),
]


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


@pytest.mark.parametrize(("abbr", "role"), ROLES, ids=[r[0] for r in ROLES])
def test_role_abbreviation(nlp, abbr: str, role: str | None) -> None:  # noqa: ANN001
    (t,) = [t for t in nlp(HEAD + f"{abbr} Kessler fragt, wann der Radweg fertig wird.\n")._.turns if t._.speaker == "Kessler"]
    assert role is None or t._.role == role


@pytest.mark.parametrize(("spelling", "party"), PARTIES, ids=[p[0] for p in PARTIES])
def test_party_spelling(nlp, spelling: str, party: str | None) -> None:  # noqa: ANN001
    (t,) = [t for t in nlp(HEAD + f"Herr Kessler ({spelling}) fragt, wann der Radweg fertig wird.\n")._.turns if t._.speaker == "Kessler"]
    assert t._.party == party


@pytest.mark.parametrize(("text", "want"), OPENINGS, ids=[o[0][:50] for o in OPENINGS])
def test_turn_opening(nlp, text: str, want: tuple) -> None:  # noqa: ANN001
    turns = [t for t in nlp(HEAD + text + "\n")._.turns if t.start_char >= len(HEAD) - 2]
    speaker, role, party = want
    t = turns[0]
    assert (speaker is None or t._.speaker == speaker) and (role is None or t._.role == role) and (party is None or t._.party == party)
