"""Constructions of the minutes-styles catalogue the pipeline missed (issues #8, #9), on invented text."""

from __future__ import annotations


def _turns(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(t._.speaker, t._.role) for t in nlp(text)._.turns]


def _starts(nlp, text: str) -> list[str]:
    return [t.text[:14] for t in nlp(text)._.turns]


def _decisions(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text[:14], d._.outcome, d._.status_text) for d in nlp(text)._.decisions]


def test_department_after_role_noun_then_titled_name(rules_nlp):
    # "Die Fachbereichsleiterin Jugend, Frau X, ...": the titled name is the speaker, the word before her department
    text = "Die Fachbereichsleiterin Jugend, Frau Probe, erläutert die Vorlage.\nHerr Kunz fragt nach.\nFrau Probe antwortet.\n"
    assert _turns(rules_nlp, text) == [("Probe", "administration"), ("Kunz", "council_member"), ("Probe", "administration")]
    text = "Der Amtsleiter Tiefbau und Verkehr, Herr Dr. Muster, berichtet über den Stand.\nFrau Kunz fragt nach.\n"
    assert _turns(rules_nlp, text)[0] == ("Muster", "administration")
    # without commas, the name right after the department
    assert _turns(rules_nlp, "Der Fachdienstleiter Ordnung Herr Muster berichtet über die Kontrollen.\n") == [("Muster", "administration")]
    # a role noun with its name, then an object named with Frau: no apposition
    text = "Bürgermeister Probe begrüßt die Gäste. Anschließend überreicht Bürgermeister Probe Frau Kunz einen Blumenstrauß.\n"
    assert {s for s, _ in _turns(rules_nlp, text)} == {"Probe"}
    # a list of persons after a named role noun is no apposition
    text = "Ortsvorsteher Probe, Frau Kunz und Herr Muster begrüßen die Planung.\nHerr Muster fragt nach.\n"
    assert "Kunz" not in {s for s, _ in _turns(rules_nlp, text)}


def test_recommendation_status_over_the_proposal_is_the_votes_status(rules_nlp):
    # a committee page: "Ergebnis: empfohlen", the administration's Beschlussvorschlag, then the committee's own vote
    text = (
        "Ö 6   Schulentwicklungsplanung\nStatus: öffentlich\nErgebnis: empfohlen\n\nBeschlussvorschlag:\n"
        "Der Kreistag beschließt die Fortschreibung der Planung.\n\nFrau Probe erläutert die Änderungen.\n\n"
        "Der Ausschuss empfiehlt dem Kreistag mit 7 Ja-Stimmen und 2 Nein-Stimmen, die Fortschreibung zu beschließen.\n"
    )
    assert _decisions(rules_nlp, text) == [("Der Ausschuss ", "accepted", "Ergebnis: empfohlen")]
    # the status line alone above the debate: the item's one decision
    text = "TOP 3 Radweg\nErgebnis: einstimmig empfohlen\n\nHerr Probe erläutert die Vorlage.\nFrau Kunz fragt nach.\n"
    assert [(o, s) for _, o, s in _decisions(rules_nlp, text)] == [("accepted", "Ergebnis: einstimmig empfohlen")]
    # two votes of their own below the proposal stay two decisions
    text = (
        "TOP 4 Haushalt\nErgebnis: beschlossen\n\nBeschlussvorschlag:\nDer Rat beschließt den Haushalt.\n\n"
        "Herr Probe beantragt, die Mittel zu erhöhen.\n\nDer Änderungsantrag wird mit 3 Ja-Stimmen und 8 Nein-Stimmen abgelehnt.\n\n"
        "Der Rat beschließt den Haushalt mit 9 Ja-Stimmen und 2 Nein-Stimmen.\n"
    )
    assert [(o, st) for _, o, st in _decisions(rules_nlp, text)] == [("rejected", None), ("accepted", "Ergebnis: beschlossen")]
