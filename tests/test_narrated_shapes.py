"""Decisions told in narration, as press and party-site reports tell them (invented sentences, one per shape): each
is one decision record with its outcome, after a report's debate; a group withdrawing its own motion is none."""

from __future__ import annotations

import pytest

HEAD = "Neuer Radweg für die Lindenallee\n\nAnna Kessler (SPD) warb für den Radweg. Jens Ott (CDU) hielt ihn für zu teuer.\n\n"

FORMS = [
    ("Der Stadtrat stimmte dem Antrag mit großer Mehrheit zu.", "accepted"),
    ("Einstimmig votierte der Ausschuss für den Radweg.", "accepted"),
    ("Das Gremium lehnte den Vorschlag ab.", "rejected"),
    ("Mit den Stimmen von CDU und FW wurde der Antrag abgelehnt.", "rejected"),
    ("Der Antrag fand keine Mehrheit.", "rejected"),
    ("Die Räte folgten dem Vorschlag der Verwaltung einstimmig.", "accepted"),
    ("Grünes Licht gab der Stadtrat für den Radweg.", "accepted"),
    ("Der Gemeinderat segnete die Planung ab.", "accepted"),
    ("Der Radweg ist damit beschlossen.", "accepted"),
    ("Beschlossen wurde auch der Bau einer Querungshilfe.", "accepted"),
    ("Abgelehnt wurde dagegen der Antrag der CDU auf eine Ampel.", "rejected"),
    ("Vertagt wurde die Entscheidung über die Beleuchtung.", "postponed"),
    ("In den Bauausschuss verwiesen wurde der Antrag der Grünen.", "referred"),
    ("Am Ende votierte eine knappe Mehrheit für den Radweg.", "accepted"),
    ("Der Kreistag sprach sich mehrheitlich für den Radweg aus.", "accepted"),
    ("Die Entscheidung fiel einstimmig.", "accepted"),
    ("Der Rat billigte die Planung mit 21 zu 8 Stimmen.", "accepted"),
    ("Durchgefallen ist der Antrag der AfD.", "rejected"),
    ("Der Antrag der AfD scheiterte.", "rejected"),
    ("Der Antrag wurde zurückgestellt.", "postponed"),
    ("Die Stadtverordneten nahmen den Bericht zur Kenntnis.", "noted"),
    ("Der Ortsbeirat empfiehlt dem Magistrat, den Radweg zu bauen.", "accepted"),
    ("Die Mehrheit im Rat stimmte gegen den Antrag.", "rejected"),
    ("Der Stadtrat gab dem Antrag mit 18 Ja-Stimmen bei 6 Gegenstimmen seine Zustimmung.", "accepted"),
    ("Einstimmig angenommen wurde der Antrag der FDP, Fahrradbügel aufzustellen.", "accepted"),
    ("Der Bauausschuss gab einstimmig grünes Licht für den Radweg.", "accepted"),
    ("Der Rat beschloss den Radweg gegen die Stimmen der AfD.", "accepted"),
    ("Gegen die Stimmen der CDU beschloss der Rat den Radweg.", "accepted"),
    ("Der Radweg wurde mit breiter Mehrheit auf den Weg gebracht.", "accepted"),
    ("Mehrheitlich abgelehnt wurde der Antrag der FDP auf eine Ampel.", "rejected"),
    ("Keine Mehrheit fand der Antrag der FDP auf eine Ampel.", "rejected"),
    ("Der Antrag der FDP auf eine Ampel wurde mit 5 zu 20 Stimmen abgelehnt.", "rejected"),
    ("Der Stadtrat vertagte die Entscheidung auf die nächste Sitzung.", "postponed"),
    ("Die Entscheidung wurde auf die Sitzung im März verschoben.", "postponed"),
    ("Der Antrag wurde in den Verkehrsausschuss überwiesen.", "referred"),
    ("Der Kreistag verwies den Antrag zur Beratung in den Ausschuss.", "referred"),
    ("Der Ausschuss nahm den Sachstandsbericht zur Kenntnis.", "noted"),
    ("Einstimmig beschloss der Rat, den Radweg zu bauen.", "accepted"),
    ("Einhellig stimmten die Räte für den Radweg.", "accepted"),
    ("Geschlossen stimmte der Stadtrat gegen den Antrag der AfD.", "rejected"),
    ("Die CDU-Fraktion zog ihren Antrag zurück.", None),
    ("Der Haushalt wurde mit 20 Ja-Stimmen verabschiedet.", "accepted"),
    ("Mit 20 zu 8 Stimmen setzte sich die SPD mit ihrem Antrag durch.", "accepted"),
    ("Mit ihrem Antrag konnte sich die FDP nicht durchsetzen.", "rejected"),
    ("Der Vorschlag der Verwaltung fiel im Rat durch.", "rejected"),
]


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


@pytest.mark.parametrize(("text", "want"), FORMS, ids=[f[0][:50] for f in FORMS])
def test_narrated_decision_shape(nlp, text: str, want: str | None) -> None:  # noqa: ANN001
    doc = nlp(HEAD + text + "\n")
    outcomes = [d._.outcome for d in doc._.decisions if d.start_char >= len(HEAD) - 2]
    assert outcomes == ([want] if want else [])
