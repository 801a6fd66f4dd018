"""Sentences about a named person that open no turn in real minutes: what they said before this meeting, told in
the pluperfect ("Zuletzt hatte Stadtrat X berichtet, dass ..."), an election accepted, an office held ("fungiert
als"), a vote sat out. Invented text only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Zuletzt hatte Stadträtin Irene Vogt berichtet, dass die Sanierung der Turnhalle teurer werde.",
        "Bürgermeister Paul Arndt hatte im Frühjahr angekündigt, den Haushalt früher vorzulegen.",
        "Frau Dr. Kessler nimmt die Wahl an.",
        "Als Stellvertreter fungiert Herr Olbrich, der die Geschäftsstelle seit Jahren kennt.",
        "Herr Tamm und Herr Wiese nahmen wegen Befangenheit an der Abstimmung nicht teil.",
        # presence noted and seats left or taken over
        "Herr Stadtrat Oswald kommt wieder in den Sitzungssaal.",
        "Frau Brandl erscheint um 19.10 Uhr zur Sitzung.",
        "RM Pieper war zur Abstimmung nicht im Ratssaal.",
        "Lena Kraus war bereits im Frühjahr aus persönlichen Gründen ausgeschieden.",
        "Holger Brandt zieht weg und scheidet deshalb aus dem Beirat aus.",
        "Für ihn rückt Ewa Nowak in den Ortsrat nach.",
        "Frau Sailer trifft gegen 19.20 Uhr ein.",
        "Gegenstimmen kamen von der Wählergruppe, etwa von Kreisrat Alois Huber.",
    ],
)
def test_no_turn(nlp, sentence):
    doc = nlp("Herr Lindner fragt nach dem Stand der Planung.\n\n" + sentence + "\n")
    assert [t._.speaker for t in doc._.turns] == ["Lindner"]


def test_a_contribution_in_the_pluperfect_with_another_verb_stays_a_turn(nlp):
    doc = nlp("Herr Lindner fragt nach den Kosten.\n\nKämmerer Rolf Maurer hatte die Berechnung zuvor ausführlich erläutert.\n")
    assert [t._.speaker for t in doc._.turns] == ["Lindner", "Rolf Maurer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Samt Bürgermeister Anton Reiser stimmten elf Gemeindevertreter für die Satzung, sieben Vertreter der Fraktion SPD/Grüne votierten gegen die Vorlage.",
        "Nur Klara Wendt hatte sich der Stimme enthalten.",
        "Herr Pohl enthielt sich bei der Abstimmung.",
    ],
)
def test_a_vote_cast_is_no_turn(rules_nlp, sentence):
    doc = rules_nlp("Die neue Kita-Satzung tritt im Januar in Kraft.\n\n" + sentence + "\n")
    assert len(doc._.turns) == 0


def test_a_dated_letter_is_no_turn(rules_nlp):
    doc = rules_nlp(
        "Herr Lutz fragt nach dem Zeitplan.\n\n"
        "Der Kreistagsabgeordnete Herr Sven Albers erklärte mit Schreiben vom 4. März seinen Verzicht auf das Mandat.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Lutz"]
