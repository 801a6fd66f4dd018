"""Decisions as records (issue 9), on invented minutes: one row per decision of this meeting, with its counts.

Two groups: decisions told in narration without the body as subject (a score only, ballots that all fall on one
person, a failure "an den Stimmen von ..."), and the record boundaries of council-system minutes (a status block
above several votes, two votes in one item, verbatim counts, what is not a decision of this meeting)."""

from __future__ import annotations

import pytest
from records import decision_rows as _decisions


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp  # the shared pipeline without the stance model (conftest)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the score alone, the vote as the subject
        ("Nach einer Pause kamen alle zurück. Die Abstimmung ging 9:6 aus. Danach wurde es ruhiger.\n",
         [("accepted", False, 9, 6, 0)]),
        ("Als Gegenkandidatin trat Petra Lorenz an. Das Wahlergebnis lautete 11:8 für Lorenz.\n",
         [("accepted", False, 11, 8, 0)]),
        # every ballot on one person
        ("Für den Vorsitz bewarben sich Jens Hallo und Karin Ober. Auf Jens Hallo entfielen beim geheimen Wahlgang alle gültigen Stimmen.\n",
         [("accepted", True, None, 0, 0)]),
        # failed on the votes of named groups
        ("Der Haushalt ist an den Stimmen von Liste Mitte und ABC gescheitert. Die Debatte dauerte lange.\n",
         [("rejected", False, None, None, None)]),
        # counted members who voted for it, after what it needed
        ("Zwanzig Stimmen wären nötig gewesen, um die Satzung zu ändern – am Ende stimmten 24 Ratsmitglieder dafür.\n",
         [("accepted", None, 24, None, None)]),
        # a candidate who won by a tally, named with a party (the sentence also reads like a turn)
        ("Die bisherige Beigeordnete Karin Ober (ABC) setzte sich mit 13 zu 9 Stimmen gegen Jens Hallo (XYZ) durch.\n",
         [("accepted", False, 13, 9, 0)]),
        # a majority of so many for against so many: carried
        ("Schließlich stimmte eine Mehrheit von 18 Ja-Stimmen gegen 11 Nein-Stimmen für den Neubau der Halle, wie die Lokalzeitung meldete.\n",
         [("accepted", False, 18, 11, 0)]),
    ],
)
def test_narrated_results(nlp, text, expected):
    assert _decisions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a legend of how many make a unanimous vote, at the head of the minutes
        "Beginn: 18.00 Uhr\n\nEntschuldigt: Frau Ober (ABC), Herr Kern (XYZ)\n\n15 Stimmen = einstimmig\n\nTOP 1: Begrüßung\n\nDer Vorsitzende begrüßt alle.\n",
        # background: members elected at the local election, not by this meeting
        "Zum Hintergrund: Im Ortsbeirat Süd sind vier der sieben Mitglieder neu gewählt. Sie kennen sich noch kaum.\n",
        # a majority of residents, not of the body
        "Die Mehrheit der Anwohner lehnt den Ausbau ab, berichtet Herr Lenz aus der Einwohnerversammlung.\n",
        # the administration reports another body's decision
        "Die Verwaltung informiert, dass der Kreistag die Umlage mehrheitlich gesenkt hat.\n",
        # a date still to be fixed
        "Die Einwohnerversammlung soll im Herbst stattfinden; ein Termin wird noch festgelegt.\n",
    ],
)
def test_no_decision(nlp, text):
    assert _decisions(nlp, text) == []


def test_question_put_to_the_vote_then_its_count(nlp):
    """"Abstimmung: <question>?" and the count line under it are one record, starting at the question."""
    text = (
        "Herr Ober möchte die Rednerliste schließen.\n\n"
        "Abstimmung: Soll die Rednerliste geschlossen werden?\n\n"
        "6 Ja-Stimmen, 9 Nein-Stimmen -> abgelehnt\n\n"
        "Die Tagesordnung wird genehmigt.\n"
    )
    doc = nlp(text)
    got = [(d.text.split("\n", 1)[0], d._.outcome, d._.yes, d._.no) for d in doc._.decisions]
    assert got == [
        ("Abstimmung: Soll die Rednerliste geschlossen werden?", "rejected", 6, 9),
        ("Die Tagesordnung wird genehmigt.", "accepted", None, None),
    ]


def test_verbatim_counts(nlp):
    """The chair's questions with their answers: "Gegenstimmen? – Zwei. Enthaltungen? – Keine."."""
    text = (
        "TOP 4 Spielplatz Lindenweg\n\n"
        "Vorsitzender Berg: Wer dem Beschlussvorschlag zustimmt, den bitte ich um das Handzeichen. "
        "Gegenstimmen? – Zwei. Enthaltungen? – Keine. Damit ist der Beschlussvorschlag angenommen.\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, None, 2, 0)]


def test_two_numbered_parts_two_records(nlp):
    """"Ziffer 1 angenommen, Ziffer 2 abgelehnt": two votes, two records."""
    text = (
        "TOP 6 Antrag der Liste Mitte zur Grünpflege\n\n"
        "Der Antrag wird ziffernweise abgestimmt: Ziffer 1 wird einstimmig angenommen, Ziffer 2 wird mit 5 zu 9 Stimmen abgelehnt.\n"
    )
    assert _decisions(nlp, text) == [("accepted", True, None, 0, 0), ("rejected", False, 5, 9, 0)]


def test_first_then_next_vote(nlp):
    """"Zuerst wird über ... abgestimmt ..., anschließend ...": two votes in one item, two records."""
    text = (
        "TOP 3 Haushaltssatzung 2027\n\n"
        "Zuerst wird über den Änderungsantrag der ABC abgestimmt; er wird mit 4 Ja-Stimmen gegen 11 Nein-Stimmen abgelehnt.\n"
        "Anschließend wird die Haushaltssatzung mit 11 Ja-Stimmen bei 4 Enthaltungen beschlossen.\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 4, 11, 0), ("accepted", False, 11, 0, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "TOP 3 Haushalt\n\nZuerst wurde der Änderungsantrag mehrheitlich abgelehnt, anschließend die Vorlage einstimmig beschlossen.\n",
        "TOP 3 Haushalt\n\nDer Rat stimmt zuerst über den Antrag der Fraktion ABC ab, der mehrheitlich abgelehnt wird, und "
        "anschließend über die Vorlage, die einstimmig angenommen wird.\n",
    ],
)
def test_first_then_next_vote_in_one_sentence(nlp, text):
    """Two votes told in one sentence, one after the other: two records, each with its outcome and vote."""
    assert _decisions(nlp, text) == [("rejected", False, None, None, None), ("accepted", True, None, 0, 0)]


def test_status_resolution_and_result_one_record(nlp):
    """The system's status line, the resolution and its vote result are ONE record."""
    text = (
        "Ö 5 Bebauungsplan Nr. 12 Am Mühlbach\n\n"
        "Beschluss: ungeändert beschlossen\n\n"
        "Der Bauausschuss beschließt den Entwurf des Bebauungsplans Nr. 12 und die öffentliche Auslegung.\n\n"
        "Abstimmungsergebnis: Ja: 8, Nein: 1, Enthaltung: 0\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 8, 1, 0)]


def test_status_block_above_several_votes(nlp):
    """A status block at the head of an item that has several votes, each with its own result line: the votes keep
    their own counts and the block is no extra row."""
    text = (
        "Ö 7 Anträge zur Straßenbeleuchtung\n\n"
        "Beschluss: geändert beschlossen\n\n"
        "Der Änderungsantrag der Liste Mitte wird abgelehnt.\n"
        "Abstimmungsergebnis: Ja: 3, Nein: 10, Enthaltung: 1\n\n"
        "Der Ausschuss beschließt die Umrüstung auf LED in der geänderten Fassung.\n"
        "Abstimmungsergebnis: Ja: 12, Nein: 2, Enthaltung: 0\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 3, 10, 1), ("accepted", False, 12, 2, 0)]


@pytest.mark.parametrize(
    "text",
    [
        # another body's decision, reported
        "Der Kreistag hat die Umlage im Juni beschlossen, berichtet der Bürgermeister.\n",
        # a motion's text: what a group asks the council to decide
        "Die Fraktion Liste Mitte beantragt: Der Rat möge beschließen, die Verwaltung mit einem Radwegekonzept zu beauftragen.\n",
        # the proposal of the administration, under its heading
        "Beschlussvorschlag:\nDer Ausschuss empfiehlt dem Rat, die Satzung zu beschließen.\n\nHerr Kern erläutert die Vorlage.\n",
    ],
)
def test_not_a_decision_of_this_meeting(nlp, text):
    assert _decisions(nlp, text) == []


def test_head_block_takes_the_final_vote_block(nlp):
    """The status and resolution at the head of an item, the debate with a vote on an amendment, then the vote block on
    the resolution and a sentence saying what it amounts to: two records, the final block's counts on the head."""
    text = (
        "Ö 8 Einwohnerantrag Tempo 30 Birkenweg\n\n"
        "Beschluss: bei Stimmengleichheit abgelehnt\n\n"
        "Beschluss:\n\nWie Einwohnerantrag\n\n"
        "Frau Ober (ABC) beantragt, zusätzlich einen Zebrastreifen zu prüfen. Herr Kern (XYZ) hält das für unnötig.\n\n"
        "Der Vorsitzende lässt über den Zusatzantrag abstimmen.\n\n"
        "dafür:      8\n\ndagegen:    3\n\nEnth.:      1\n\n"
        "Herr Kern (XYZ) spricht sich gegen den Einwohnerantrag aus. Frau Ober (ABC) widerspricht ihm.\n\n"
        "Der Vorsitzende lässt über den Einwohnerantrag abstimmen.\n\n"
        "dafür:      6\n\ndagegen:    6\n\n"
        "Somit ist der Einwohnerantrag abgelehnt.\n"
    )
    got = _decisions(nlp, text)
    assert got[0] == ("rejected", False, 6, 6, 0)
    assert len(got) == 2 and got[1][0] == "accepted" and got[1][2:4] == (8, 3)


def test_result_header_above_the_debate(nlp):
    """"Beschluss:" + "Abstimmungsergebnis: Einstimmig" above the debate of an election: the result of the one
    decision below, not a row of its own."""
    text = (
        "TOP 5 Wahl der Schriftführerin\n\n"
        "Beschluss:\n\nAbstimmungsergebnis:    Einstimmig\n\n"
        "Frau Ober kommt ab TOP 6 hinzu. Sie nimmt ihre Wahl zur Schriftführerin an.\n\n\n\n"
        "Protokoll:\n\nHerr Kern (XYZ) schlägt Frau Ober vor.\n\n"
        "Nachdem keine weiteren Vorschläge gemacht werden, wird Ratsfrau Karin Ober zur Schriftführerin des Bauausschusses gewählt.\n"
    )
    doc = nlp(text)
    assert [(d.text[:7], d._.outcome, d._.unanimous) for d in doc._.decisions] == [("Nachdem", "accepted", True)]


def test_rejected_then_referred_two_records(nlp):
    """A motion that found no majority, a body named only in a later clause, then what was done with it instead."""
    text = (
        "Die Gruppe Nord bat, die Vorlage früher zu behandeln. Dieses Ansinnen fand jedoch keine Mehrheit, nachdem die Bürgermeisterin "
        "betont hatte, es gebe keinen Zeitdruck. Daraufhin wurde die Vorlage in den Umweltausschuss verwiesen.\n"
    )
    assert [d[0] for d in _decisions(nlp, text)] == ["rejected", "referred"]


def test_chair_closing_formula_with_verbatim_counts(nlp):
    """The chair's questions with dashes, then the closing formula as a sentence of its own."""
    text = (
        "Ö 7 Verschiedenes\n\n"
        "Vorsitzender Brandt: Wer der Verlängerung des Pachtvertrages zustimmt, den bitte ich um das Handzeichen. "
        "– Gegenstimmen? – Eine. – Enthaltungen? – Keine. Damit so beschlossen.\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, None, 1, 0)]


def test_score_of_the_decision_before(nlp):
    """"Die Abstimmung endete 14:12." right after a decision told without counts: that decision's score, one record."""
    text = (
        "Mit knapper Mehrheit hat der Stadtrat am Donnerstag beschlossen, das Freibad auch im kommenden Sommer zu öffnen. "
        "Die Abstimmung endete 14:12. Bürgermeisterin Anja Roth (XYZ) zeigte sich erleichtert.\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 14, 12, 0)]


def test_motion_text_under_the_status_line(nlp):
    """The status line, the motion's own text ("Der Ausschuss möge beschließen: ..."), the debate, the decision and its
    vote block: one record, the status line its status_text; the motion text is no decision."""
    text = (
        "Ö 3 Antrag der Fraktion Liste Mitte: Baumschutzsatzung\n\n"
        "Beschluss: abgelehnt\n\n"
        "Antragstext:\n"
        "Der Ausschuss möge beschließen: Die Verwaltung wird beauftragt, bis Jahresende eine Baumschutzsatzung vorzulegen.\n\n"
        "Frau Wolf (Liste Mitte) begründet den Antrag. Herr Stein (ABC) hält eine Satzung für zu bürokratisch.\n\n"
        "Der Ausschuss lehnt den Antrag ab.\n\n"
        "Abstimmungsergebnis:\nJa: 4\nNein: 7\nEnthaltung: 1\n"
    )
    doc = nlp(text)
    got = [(d.text[:12], d._.outcome, d._.yes, d._.no, d._.abstain, d._.status_text) for d in doc._.decisions]
    assert got == [("Der Ausschus", "rejected", 4, 7, 1, "Beschluss: abgelehnt")]


def test_status_block_counts_go_to_the_last_vote(nlp):
    """A status block with counts above an item with a vote on an amendment (its own counts) and the resolution (none):
    the block's counts are the resolution's."""
    text = (
        "Ö 7 Straßenbeleuchtung\n\n"
        "Beschluss: geändert beschlossen\nAbstimmung: Ja: 12, Nein: 2, Enthaltung: 0\n\n"
        "Herr Kern (XYZ) beantragt, nur die Hauptstraßen umzurüsten. Der Änderungsantrag wird mit 3 zu 11 Stimmen abgelehnt.\n\n"
        "Frau Ober (ABC) erläutert die Kosten.\n\n"
        "Der Ausschuss beschließt die Umrüstung der Straßenbeleuchtung auf LED in zwei Abschnitten.\n"
    )
    assert _decisions(nlp, text) == [("rejected", False, 3, 11, 0), ("accepted", False, 12, 2, 0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one participle for both parts, each with a vote of its own
        ("TOP 6 Grünpflege\n\nDie Ziffern 1 bis 3 werden einstimmig beschlossen, Ziffer 4 wird mit 8 zu 5 Stimmen beschlossen.\n",
         [("accepted", True, None, 0, 0), ("accepted", False, 8, 5, 0)]),
        # a result line per part
        ("TOP 6 Grünpflege\n\nAbstimmungsergebnis:\nZiffer 1: einstimmig angenommen\nZiffer 2: mehrheitlich abgelehnt\n",
         [("accepted", True, None, 0, 0), ("rejected", False, None, None, None)]),
        # one decision with one participle and one vote stays one
        ("TOP 6 Grünpflege\n\nDie Ziffern 1 und 2 werden einstimmig beschlossen, die Ziffer 3 wird zurückgestellt.\n",
         [("accepted", True, None, 0, 0), ("postponed", None, None, None, None)]),
    ],
)
def test_parts_voted_apart(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_faction_table_framed_with_pipes(nlp):
    """A per-faction vote table framed with pipes (markdown export) under the resolution: its totals row."""
    text = (
        "Ö 4 Jahresabschluss der Stadtwerke\n\n"
        "Beschluss:\n\n1. Der Rat stellt den Jahresabschluss der Stadtwerke fest.\n"
        "2. Dem Werksausschuss wird Entlastung erteilt.\n\n"
        "Abstimmungsergebnis:\n\n"
        "| Fraktion | Ja | Nein | Enthaltung |\n| ABC | 8 | 0 | 0 |\n| XYZ | 6 | 0 | 1 |\n| Liste Mitte | 0 | 3 | 0 |\n"
        "| Summe | 14 | 3 | 1 |\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 14, 3, 1)]


def test_resolution_under_a_facts_heading_with_its_result(nlp):
    """Earlier bodies' advice in the facts, then the body's resolution and its result line: one record from the
    resolution; the other bodies' decisions are none of this meeting."""
    text = (
        "Ö 8 Neubau Feuerwehrgerätehaus Nord\n\n"
        "Sachverhalt:\nDer Ortsbeirat hat der Vorlage am 3. Mai einstimmig zugestimmt. Der Bauausschuss hat sie am 10. Mai "
        "mit einer Änderung zur Annahme empfohlen.\n\n"
        "Der Rat beschließt den Neubau des Feuerwehrgerätehauses Nord in der vom Bauausschuss geänderten Fassung.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    doc = nlp(text)
    assert [(d.text[:18], d._.outcome, d._.unanimous) for d in doc._.decisions] == [("Der Rat beschließt", "accepted", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tally that rejects, then the body decides something else
        ("TOP 4 Skatepark\n\nNach längerer Debatte wird abgestimmt: 5 Ja-Stimmen, 9 Nein-Stimmen. Der Ausschuss vertagt danach "
         "den Punkt Beleuchtung auf die nächste Sitzung.\n",
         [("rejected", False, 5, 9, 0), ("postponed", None, None, None, None)]),
        # a split score, then a unanimous decision: two votes
        ("TOP 4 Skatepark\n\nErgebnis: 12:5 für den Standort am Bahnhof.\nDer Rat beschließt außerdem einstimmig, den Jugendbeirat "
         "zu beteiligen.\n",
         [("accepted", False, 12, 5, 0), ("accepted", True, None, 0, 0)]),
        # the tally and what the motion voted on asks: one decision
        ("TOP 4 Skatepark\n\nAbstimmung über den Antrag der Liste Mitte: 12 Ja-Stimmen, 3 Nein-Stimmen.\nDie Verwaltung wird "
         "beauftragt, einen Standort zu suchen.\n",
         [("accepted", False, 12, 3, 0)]),
    ],
)
def test_tally_then_another_decision(nlp, text, expected):
    assert _decisions(nlp, text) == expected


def test_motion_moved_and_settled_in_one_sentence(nlp):
    """A member moves, and the same sentence tells the motion's outcome: a decision (and still the member's turn)."""
    text = "Frau Ober (ABC) beantragte, das Thema Radweg zusätzlich zu beraten, dieser Antrag wurde angenommen.\n"
    doc = nlp(text)
    assert [d._.outcome for d in doc._.decisions] == ["accepted"]
    assert [t._.speaker for t in doc._.turns] == ["Ober"]


def test_vote_block_pulls_the_resolution_line_without_full_stop(nlp):
    """The resolution line (no full stop, as exported) above a labelled vote block is where the record starts."""
    text = (
        "Ö 2 Feststellung der Tagesordnung\n\n"
        "Die Mitglieder des Ortsrates bestätigen die Tagesordnung für die heutige Sitzung\n\n"
        "Abstimmungsergebnis:\n\nGesetzliche Zahl der Mitglieder des Ortsrates: 11\n\nAnwesende Stimmberechtigte: 9\n\nJa-Stimmen: 9\n\nNein-Stimmen: -\n\nStimmenthaltung: -\n"
    )
    doc = nlp(text)
    assert [(d.text[:15], d._.outcome, d._.yes, d._.no) for d in doc._.decisions] == [("Die Mitglieder ", "accepted", 9, 0)]


def test_numbered_resolutions_each_with_its_vote(nlp):
    """Numbered resolution points, each followed by its own vote line: a record per point, from its number."""
    text = (
        "Ö 6 Satzungen\n\n1. Die Gebührensatzung wird beschlossen.\nAbstimmung: einstimmig\n"
        "2. Die Beitragssatzung wird beschlossen.\nAbstimmung: 20 Ja, 5 Nein\n"
    )
    doc = nlp(text)
    got = [(d.text[:2], d._.outcome, d._.unanimous, d._.yes, d._.no) for d in doc._.decisions]
    assert got == [("1.", "accepted", True, None, 0), ("2.", "accepted", False, 20, 5)]


def test_numbered_points_after_an_opening_vote_are_one_record(nlp):
    """"... beschließt mit 30 Ja-Stimmen bei 2 Gegenstimmen:" and its numbered points: one record."""
    text = (
        "TOP 7 Nahverkehrsplan\n\nNach der Aussprache beschließt der Kreistag mit 30 Ja-Stimmen bei 2 Gegenstimmen:\n\n"
        "1. Dem Nahverkehrsplan in der Fassung der Anlage wird zugestimmt.\n"
        "2. Die Verwaltung wird beauftragt, eine Spätverbindung auszuschreiben.\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 30, 2, 0)]


def test_counts_per_faction_on_lines_of_their_own(nlp):
    """A count line per faction under the resolution: summed into the one record, no row per line."""
    text = (
        "Ö 6 Haushaltssatzung 2028\n\nDer Rat beschließt die Haushaltssatzung 2028 mit Haushaltsplan.\n\n"
        "Abstimmungsergebnis:\nABC-Fraktion: 12 Ja\nXYZ-Fraktion: 9 Ja, 1 Enthaltung\nListe Mitte: 4 Nein\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 21, 4, 1)]


def test_commission_after_the_decision_is_its_content(nlp):
    """A decision with its vote, then "X wurde beauftragt, ...": what the resolution says, not a second row."""
    text = (
        "Ohne Zögern folgte die einstimmig verabschiedete Erklärung für den Fortbestand der Kinderklinik. "
        "Die Bürgermeisterin wurde beauftragt, dem Ministerium die Haltung des Rates zu übermitteln. Danach endete die Sitzung.\n"
    )
    assert _decisions(nlp, text) == [("accepted", True, None, 0, 0)]


def test_numbered_points_read_as_item_headings_stay_in_the_resolution(nlp):
    """"Der Rat beschließt:" + numbered points whose first line runs on without a full stop (the structure may read
    them as item headings) + the result: one record with the result's counts."""
    text = (
        "12.  Bebauungsplan Nr. 9 Am Mühlbach\n\n"
        "Oberbürgermeisterin Roth: Weitere Wortmeldungen sehe ich nicht. Wir\nstimmen ab.\n\n"
        "Der Stadtrat beschließt:\n\n"
        "1. Die in der Auslegung eingegangenen Stellungnahmen werden entsprechend\n   Anlage 2 abgewogen.\n"
        "2. Der Bebauungsplan Nr. 9 \"Am Mühlbach\" wird gemäß § 10 BauGB als\n   Satzung beschlossen.\n\n"
        "Abstimmungsergebnis: Ja 30, Nein 5, Enthaltungen 1\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 30, 5, 1)]


def test_another_bodys_recommendation_is_no_decision_of_this_meeting(nlp):
    """A local council's recommendation in the facts, the council's own resolution and vote: one record."""
    text = (
        "TOP 7 Neubau Kita Sonnenhof\n\n"
        "Sachverhalt:\nDer Ortsbeirat Süd empfiehlt einstimmig, die Vorlage zu beschließen. Die Kosten trägt zur Hälfte das Land.\n\n"
        "Der Gemeinderat beschließt den Neubau der Kita Sonnenhof.\nAbstimmungsergebnis: 17 Ja, 2 Nein\n"
    )
    assert _decisions(nlp, text) == [("accepted", False, 17, 2, 0)]
