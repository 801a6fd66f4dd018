"""Council-system status lines above a resolution (invented, one per status the systems print): the page's one
decision record takes the status's outcome, whether the debate stands below the resolution or above the status."""

from __future__ import annotations

import pytest

RES = "Die Verwaltung wird beauftragt, den Radweg an der Lindenallee bis 2027 zu bauen."
DEBATE = "Herr Kessler (SPD) fragt nach den Kosten. Frau Ott (Bauamt) nennt 80.000 Euro."
LAYOUTS = {
    "status on top": "{s}\n\n{r}\n\n" + DEBATE + "\n",
    "status after the debate": "TOP 5 Radweg Lindenallee\n\n" + DEBATE + "\n\n{s}\n\n{r}\n",
}

FORMS = [
    ("Beschluss: ungeändert beschlossen", "accepted"),
    ("Beschluss: geändert beschlossen", "accepted"),
    ("Beschlussart: ungeändert beschlossen", "accepted"),
    ("Beschluss: einstimmig beschlossen", "accepted"),
    ("Beschluss: mehrheitlich beschlossen", "accepted"),
    ("Beschluss: mit Änderungen beschlossen", "accepted"),
    ("Beschluss: einstimmige Zustimmung", "accepted"),
    ("Beschluss: Zustimmung", "accepted"),
    ("Beschluss: angenommen", "accepted"),
    ("Beschluss: abgelehnt", "rejected"),
    ("Beschluss: mehrheitlich abgelehnt", "rejected"),
    ("Beschluss: Ablehnung", "rejected"),
    ("Beschluss: zur Kenntnis genommen", "noted"),
    ("Beschluss: Kenntnisnahme", "noted"),
    ("Beschluss: vertagt", "postponed"),
    ("Beschluss: Vertagung", "postponed"),
    ("Beschluss: zurückgestellt", "postponed"),
    ("Beschluss: verwiesen", "referred"),
    ("Beschluss: verwiesen in den Bauausschuss", "referred"),
    ("Beschluss: Verweisung", "referred"),
    ("Ergebnis: beschlossen", "accepted"),
    ("Ergebnis: abgelehnt", "rejected"),
    ("Status: beschlossen", "accepted"),
    ("Beratungsergebnis: ungeändert beschlossen", "accepted"),
    ("Beschluss: einstimmig", "accepted"),
    ("Beschluss: mehrheitlich", "accepted"),
    ("Beschluss: einstimmig beschlossen (Ja: 11, Nein: 0, Enthaltung: 1)", "accepted"),
    ("Beschluss: Wie Vorlage", "accepted"),
    ("Beschluss: wie Beschlussvorschlag", "accepted"),
    ("Beschluss: Abstimmung: einstimmig", "accepted"),
]


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("status", "want"), FORMS, ids=[f[0] for f in FORMS])
def test_status_shape(nlp, layout: str, status: str, want: str) -> None:  # noqa: ANN001
    (d,) = nlp(LAYOUTS[layout].format(s=status, r=RES))._.decisions
    assert d._.outcome == want
