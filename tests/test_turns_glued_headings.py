"""Pages whose line breaks were lost run a heading into the next sentence ("II. INFORMATION Landesgartenschau Frau X,
Geschäftsführerin ..., gibt einen Überblick"): the turn starts at the person, the heading is no part of it. A
prepositional phrase or a title before the name stays the sentence's own. Invented text only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("II. INFORMATION Information Bürgerbus Frau Lenz, Leiterin der Verkehrsgesellschaft, gibt einen Überblick über die Fahrgastzahlen.\n", "Frau Lenz"),
        ("Nachtragstagesordnung Herr Wiebe, Fraktionsvorsitzender der FDP, beantragt die Aufnahme eines weiteren Punktes.\n", "Herr Wiebe"),
        ("Bericht Kläranlage Herr Sommer (Werkleiter) erläutert die Sanierung der Belebungsbecken.\n", "Herr Sommer"),
        ("3. Bericht des Gemeindevorstandes Bürgermeister Jens Albers gibt folgenden Bericht: Der Zuschuss ist bewilligt.\n", "Bürgermeister Jens Albers"),
    ],
)
def test_a_glued_heading_is_cut_off(rules_nlp, text, first):
    turns = rules_nlp(text)._.turns
    assert len(turns) == 1 and turns[0].text.startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        "Auf Nachfrage von Frau Sadowski sagt Herr Lemke zu, das Gutachten nachzureichen.\n",
        "Bürgermeister Herr Grubert begrüßt die Anwesenden und eröffnet die Sitzung.\n",
        "Bzv. Frau Ebeling (AfD) hält den Standort für ungeeignet.\n",
        "Erster Bürgermeister Kranz lässt über den Antrag abstimmen.\n",
        "Unser Fraktionsvorsitzender Tobias Weigl machte deutlich, dass wir zustimmen.\n",
        "2. Bürgermeisterin Lechner (CSU) pflichtet Herrn Brandl bei.\n",
    ],
)
def test_the_sentences_own_words_stay(rules_nlp, text):
    turns = rules_nlp(text)._.turns
    assert len(turns) == 1 and turns[0].start_char == 0


def test_an_office_in_apposition_after_a_run_on_roster_opens_a_sentence(rules_nlp):
    doc = rules_nlp(
        "Niederschrift über die 4. Sitzung des Hauptausschusses am 12.05.2025 Anwesend Bürgermeister Herr Jonas Brehm SPD Frau Lea Sander Herr Paul Ortmann CDU Herr Udo Kern Entschuldigt "
        "fehlte Frau Eva Roth Der Bürgermeister, Herr Brehm, begrüßte die Ausschussmitglieder und eröffnete die Sitzung.\n"
    )
    turns = doc._.turns
    assert len(turns) == 1 and turns[0].text.startswith("Der Bürgermeister, Herr Brehm,")
