"""Decisions as records (status line, vote and resolution merged) and motions linked to turns and decisions."""

from __future__ import annotations

import pytest
from conftest import ROOT

import ratsnlp
from ratsnlp.table import DECISION_COLUMNS, MOTION_COLUMNS
from ratsnlp.tag.votes import party_list_votes

SEEDS = ROOT.parent / "shared" / "seeds"

# An invented agenda-item page: status line, a debate with an amendment, two votes, the resolution block.
ITEM = """14.03.2025 - 7 Sanierung der Sporthalle Am Lindenhof

Beschluss:
geändert beschlossen
Reduzieren

Protokoll:

Frau Kessler (Verwaltung) stellt die Planung für die Sanierung der Sporthalle vor.

Ratsherr Brandt (CDU) stellt den Änderungsantrag, die Mittel für die Tribüne zu streichen.

Ratsfrau Okafor (SPD) hält den Änderungsantrag für nicht sinnvoll und lehnt ihn ab.

Ratsherr Wiese (FDP) unterstützt den Änderungsantrag der CDU-Fraktion.

Der Änderungsantrag wird mit 4 Ja-Stimmen bei 7 Nein-Stimmen abgelehnt.

Der Ausschuss beschließt bei Gegenstimmen der CDU-Fraktion und Enthaltung der FDP:

Beschluss:

Der Ausschuss für Sport und Kultur stimmt der Sanierung der Sporthalle Am Lindenhof zu und beauftragt die Verwaltung mit der Ausschreibung.
"""


@pytest.fixture(scope="module")
def doc():
    return ratsnlp.load(stance_model=False)(ITEM)


def test_one_record_per_decision_with_the_status_line(doc):
    rows = ratsnlp.decision_table([doc]).to_dict(orient="records")
    assert list(ratsnlp.decision_table([doc]).columns) == list(DECISION_COLUMNS)
    assert [r["decision_id"] for r in rows] == ["d1", "d2"]
    amendment, main = rows
    assert (amendment["outcome"], amendment["yes"], amendment["no"]) == ("rejected", 4, 7)
    assert main["outcome"] == "accepted" and main["status_text"] == "Beschluss: geändert beschlossen"
    assert main["text"].startswith("Der Ausschuss beschließt") and "Ausschreibung" in main["text"]
    assert main["against_groups"] == "CDU-Fraktion" and main["abstain_groups"] == "FDP"


def test_the_motion_is_moved_once_and_settled_by_its_vote(doc):
    motions = ratsnlp.motion_table([doc])
    assert list(motions.columns) == list(MOTION_COLUMNS)
    assert len(motions) == 1  # "unterstützt den Änderungsantrag" is not a second motion
    m = motions.iloc[0]
    assert (m["kind"], m["mover"], m["mover_party"]) == ("amendment", "Brandt", "CDU")
    assert (m["outcome"], m["decision_id"], m["yes"], m["no"]) == ("rejected", "d1", 4, 7)


def test_turns_say_how_they_act_on_the_motion(doc):
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in doc._.turns}
    assert rel["Brandt"] == ("moves", "m1")
    assert rel["Okafor"] == ("opposes", "m1")
    assert rel["Wiese"] == ("supports", "m1")
    assert rel["Kessler"] == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Antrag wird bei Gegenstimmen der AfD-Fraktion und Enthaltung der FDP angenommen.", {"against": ["AfD-Fraktion"], "abstain": ["FDP"]}),
        ("Abstimmung: GRÜNE, SPD gegen CDU", {"for": ["GRÜNE", "SPD"], "against": ["CDU"]}),
        ("Mit den Stimmen von SPD und Grünen beschlossen.", {"for": ["SPD", "Grünen"]}),
        ("Der Ausschuss beschließt einstimmig.", {}),
        ("mehrheitlich bei 3 Gegenstimmen und 2 Enthaltungen", {}),
    ],
)
def test_party_list_votes_keep_the_groups_as_written(text, expected):
    assert party_list_votes(text) == expected


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
def test_the_seed_gives_exactly_one_decision_row():
    from ratsnlp.batch import extract

    result = extract([str(next(SEEDS.glob("*.txt")))], nlp=ratsnlp.load(stance_model=False))
    assert len(result.decisions) == 1
    d = result.decisions.iloc[0]
    assert d["outcome"] == "accepted" and bool(d["unanimous"]) and d["status_text"]


def test_cli_writes_the_motions_table(tmp_path):
    from typer.testing import CliRunner

    from ratsnlp.cli import app

    src = tmp_path / "item.txt"
    src.write_text(ITEM, encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", str(src), "-o", str(tmp_path / "t.csv"), "--motions", str(tmp_path / "m.csv"), "--no-stance"])
    assert out.exit_code == 0, out.output
    import pandas as pd

    m = pd.read_csv(tmp_path / "m.csv")
    assert list(m.columns) == list(MOTION_COLUMNS) and m.loc[0, "kind"] == "amendment"


def test_evaluate_scores_only_the_documents_of_a_split(tmp_path):
    import json

    from typer.testing import CliRunner

    from ratsnlp.cli import app
    from ratsnlp.errors import RatsnlpError
    from ratsnlp.evaluate import evaluate_dir

    gold = {"turns": [{"first_words": "Frau Kessler (Verwaltung) stellt die Planung", "speaker": "Kessler", "role": "administration"}],
            "decisions": [], "motions": []}  # fmt: skip
    for name in ("x1", "x2", "x3"):
        (tmp_path / f"{name}.txt").write_text(ITEM, encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    nlp = ratsnlp.load(stance_model=False)
    with pytest.raises(RatsnlpError, match="splits.json"):
        evaluate_dir(tmp_path, nlp=nlp, split="test")
    (tmp_path / "splits.json").write_text(json.dumps({"docs": {"x1": "train", "x2": "test", "x3": "test"}}), encoding="utf-8")
    assert sorted(evaluate_dir(tmp_path, nlp=nlp, split="test").per_doc) == ["x2.txt", "x3.txt"]
    assert sorted(evaluate_dir(tmp_path, nlp=nlp, split="test", pattern="x3*").per_doc) == ["x3.txt"]
    with pytest.raises(RatsnlpError, match="'dev'"):
        evaluate_dir(tmp_path, nlp=nlp, split="dev")
    out = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--split", "train", "--no-stance"])
    assert out.exit_code == 0 and "documents: 1 " in out.output, out.output


def test_evaluate_names_each_motion_relation_it_counts_wrong(tmp_path):
    import json

    from ratsnlp.evaluate import evaluate_dir

    gold = {"turns": [
        {"first_words": "Ratsherr Brandt (CDU) stellt den Änderungsantrag", "speaker": "Brandt", "role": "council_member", "motion_relation": "moves"},
        {"first_words": "Ratsfrau Okafor (SPD) hält den Änderungsantrag", "speaker": "Okafor", "role": "council_member", "motion_relation": "supports"},
        {"first_words": "Ratsherr Wiese (FDP) unterstützt den Änderungsantrag", "speaker": "Wiese", "role": "council_member"},
    ], "decisions": [], "motions": []}  # fmt: skip
    (tmp_path / "x.txt").write_text(ITEM, encoding="utf-8")
    (tmp_path / "x.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_dir(tmp_path, nlp=ratsnlp.load(stance_model=False))
    relations = [m for m in report.misses if " relation " in m]
    assert any("relation opposes != supports" in m and "Okafor" in m for m in relations), report.misses
    assert any("relation supports != -" in m and "Wiese" in m for m in relations), report.misses
    assert not any("Brandt" in m for m in relations), report.misses


# An item whose subject is a group's written motion: presented, argued for and against, referred on the chair's proposal.
TITLED = """TOP 6 Antrag der SPD-Fraktion: Trinkbrunnen am Marktplatz

Frau Albers (SPD) begründet den Antrag. Im Sommer fehle Trinkwasser im öffentlichen Raum.

Herr Brinkmann (CDU) hält die Folgekosten für nicht finanzierbar.

Frau Demir (Grüne) begrüßt die Initiative ausdrücklich.

Der Vorsitzende schlägt vor, den Antrag in den Bauausschuss zu verweisen.

Der Antrag wird einstimmig in den Bauausschuss verwiesen.
"""


def test_an_item_motion_its_referral_and_the_positions_taken():
    doc = ratsnlp.load(stance_model=False)(TITLED)
    motions = [(m._.motion_kind, m._.mover, m._.outcome, m._.decision_id) for m in doc._.motions]
    assert motions == [("main", "SPD-Fraktion", "referred", "d1"), ("refer", "Der Vorsitzende", "referred", "d1")]
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in doc._.turns}
    assert rel["Albers"] == ("supports", "m1") and rel["Demir"] == ("supports", "m1")
    assert rel["Brinkmann"] == ("opposes", "m1")


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Kraus erläutert, dass der Verein 4.000 Euro beantrage.",
        "Eine Förderung über das Landesprogramm sei beantragt.",
        "Frau Yilmaz fragt, ob die Gemeinde Tempo 30 beantragen könne.",
        "Der Vorsitzende lässt über den Antrag auf Vertagung abstimmen.",
    ],
)
def test_mentions_and_reports_move_no_motion(sentence):
    doc = ratsnlp.load(stance_model=False)(f"TOP 3 Sportförderung\n\nFrau Lenz (Verwaltung) stellt die Vorlage vor.\n\n{sentence}\n")
    assert list(doc._.motions) == []


def test_motion_patterns_are_validated_on_load(monkeypatch):
    from ratsnlp.errors import RatsnlpError
    from ratsnlp.tag import motions

    motions.patterns.cache_clear()
    monkeypatch.setattr(motions, "read_tsv", lambda name, cols: [{"use": "moves", "value": "", "pattern": "(unclosed"}])
    with pytest.raises(RatsnlpError, match="motion_patterns.tsv"):
        motions.patterns()
    monkeypatch.setattr(motions, "read_tsv", lambda name, cols: [{"use": "cue", "value": "neutral", "pattern": "x"}])
    with pytest.raises(RatsnlpError, match="unknown use/value"):
        motions.patterns()
    motions.patterns.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution, then a table with the vote kinds as columns and a totals row
        ("Beschluss:\n\nDer Bauausschuss beschließt, den Entwurf des Bebauungsplans Nr. 12 öffentlich auszulegen.\n\n"
         "Abstimmungsergebnis:\n\nFraktion | Ja | Nein | Enthaltung\nCDU | 5 | 0 | 0\nSPD | 3 | 0 | 0\nGrüne | 0 | 1 | 2\n"
         "Summe | 8 | 1 | 2\n", [("accepted", False, 8, 1, 2)]),
        # a verbless line voted on, with a bare tally at its end
        ("TOP 3 Vergabe Kanalsanierung\nBgm. Weller: drei Angebote, günstigster Bieter Fa. Tiefbau Ost.\n"
         "Vergabe an Fa. Tiefbau Ost wie vorgeschlagen. 12 : 0\n", [("accepted", True, 12, 0, 0)]),
        # the result line under the resolution, set off by dashes
        ("Der Ortsbeirat empfiehlt, den Spielplatz an der Lindenstraße zu sanieren.\n– ohne Gegenstimmen bei 2 Enthaltungen angenommen –\n",
         [("accepted", True, None, 0, 2)]),
        # two numbered sub-items, each with its own decision
        ("4 Anträge\n\n4.1 Antrag der SPD-Fraktion: Sitzbänke am Mühlbach\nDer Ortsbeirat stimmt dem Antrag einstimmig zu.\n\n"
         "4.2 Antrag der CDU-Fraktion: Tempo 30 am Kindergarten\nDer Antrag wird mit 3 : 6 Stimmen abgelehnt.\n",
         [("accepted", True, None, 0, 0), ("rejected", False, 3, 6, 0)]),
        ("Der Ausschuss nimmt den Entwurf zur Kenntnis und verweist ihn zur weiteren Beratung in die Fraktionen.\n",
         [("referred", None, None, None, None)]),
        # one line per vote kind, wide gaps, the groups' shares in parentheses: one tally
        ("Über den Antrag lässt die Vorsitzende abstimmen.\n\ndafür:        9  (5 SPD, 4 CDU)\n\ndagegen:     3  (3 FDP)\n\n"
         "Enth.:          1  (Grüne)\n", [("accepted", False, 9, 3, 1)]),
        # an election: the votes the candidate got
        ("In geheimer Wahl wird Frau Albers mit 11 Stimmen zur Vorsitzenden des Beirats gewählt.\n", [("accepted", None, 11, None, None)]),
        # the result stated in a sentence of its own below the decision
        ("Die Fraktion beantragt, Punkt 5 vorzuziehen. Dem Antrag wurde entsprochen.\n\nDer Beschluss erfolgte einstimmig.\n",
         [("accepted", True, None, 0, 0)]),
        # the participle first, an impersonal passive after an adverb, a bulleted "no majority"
        ("Beschlossen wurde die Anschaffung eines Mannschaftswagens für die Feuerwehr.\n", [("accepted", None, None, None, None)]),
        ("Außerdem wurde festgelegt, dass die Sitzungen künftig um 18 Uhr beginnen.\n", [("accepted", None, None, None, None)]),
        ("• Keine Mehrheit fand auch ein Antrag der Grünen, den Parkplatz zu entsiegeln.\n", [("rejected", False, None, None, None)]),
        # abstentions, no vote against stated and no word of unanimity: not unanimous (as the real minutes' gold reads it)
        ("Anschließend wurde sie mit drei Enthaltungen als Sprecherin des Beirats wiedergewählt.\n", [("accepted", False, None, None, 3)]),
        # a bulleted tally "yes/no/abstain"
        ("Änderungen der Tagesordnung:\n\n• Abstimmung (14/5/2)\n", [("accepted", False, 14, 5, 2)]),
        # the council system's header with the tally, above the resolution it reports: one record
        ("Beschluss: einstimmig beschlossen\n\nAbstimmung: Ja: 7, Nein: 0, Enthaltungen: 0\n\n"
         "Einstimmig spricht sich der Ortschaftsrat für die Erneuerung des Wanderwegs aus.\n", [("accepted", True, 7, 0, 0)]),
        # a unanimous rejection: nobody voted for it (the votes against are not stated)
        ("Beschluss: einstimmig abgelehnt\n\nBeschlussantrag:\n\nDer Umweltausschuss beschließt, die Baumschutzsatzung zu ändern.\n",
         [("rejected", True, 0, None, 0)]),
        # two sentences that decide differently are two decisions
        ("Die Genehmigung der Niederschrift vom 4. März wird vertagt.\n\n"
         "Die Niederschrift der Sitzung vom 11. Februar wird ohne Änderungen genehmigt.\n",
         [("postponed", None, None, None, None), ("accepted", None, None, None, None)]),
        # where the item came from is no decision
        ("Überwiesen aus der Sitzung des Finanzausschusses vom 02.05.2024.\n\nFrau Ahrens stellt die Vorlage vor.\n", []),
        # the decision sentence and its result on one line; agreeing to a proposed referral; a tie
        ("Sodann beschließt der Ortsbeirat, die geänderte Tagesordnung anzunehmen. Abstimmungsergebnis: einstimmig\n\n"
         "Herr Brenner fragt nach dem Radweg.\n", [("accepted", True, None, 0, 0)]),
        ("Der Vorsitzende schlägt vor, den Punkt an den Bauausschuss zu verweisen. Der Rat ist damit einverstanden.\n",
         [("referred", None, None, None, None)]),
        ("Der Ausschuss beschließt, die Vorlage in den Umweltausschuss zu überweisen.\n", [("referred", None, None, None, None)]),
        ("Über den Antrag wird abgestimmt. Ergebnis: Stimmpatt. Der Antrag ist damit abgelehnt.\n", [("rejected", False, None, None, None)]),
        # the council system's header and the resolution under "Ergebnis/Beschluss:" that states no outcome itself
        ("Beschluss: mehrheitlich beschlossen\n\nAbstimmung: Ja: 14, Nein: 3\n\nErgebnis/Beschluss:\n\n"
         "Der Bericht zur Schulwegsicherung dient zur Kenntnis.\n\nHerr Kaya fragt nach den Kosten.\n", [("accepted", False, 14, 3, 0)]),
        # the chair declares or states the result; an appointment; "Einstimmig" opening a sentence with names in it
        ("Da sich auf ihre Frage niemand meldete, erklärte die Ortsvorsteherin das Protokoll der Vorsitzung für genehmigt.\n",
         [("accepted", None, None, None, None)]),
        ("Die Vorsitzende stellte fest, dass Herr Dr. Olaf Brink mehr als die Hälfte der gültigen Stimmen erhalten hat und damit "
         "gewählt ist.\n", [("accepted", None, None, None, None)]),
        ("Als zweite Stellvertreterin wurde Frau Mila Jansen berufen.\n", [("accepted", None, None, None, None)]),
        ("Einstimmig wurden in Oberdorf Ortsvorsteherin Petra Lang (CDU) und ihr Stellvertreter Kurt Stein (SPD) in ihren Ämtern "
         "bestätigt.\n", [("accepted", True, None, 0, 0)]),
        # "man" agrees; an impersonal passive in a sentence that names a speaker; the chair states consensus
        ("Nach kurzer Aussprache einigte man sich darauf, die Sitzung im Mai im Bürgerhaus abzuhalten.\n", [("accepted", None, None, None, None)]),
        ("Herr Vogt (SPD) ergänzt die Vorlage um einen Absatz; der Ergänzung des Bürgermeisters wurde zugestimmt.\n",
         [("accepted", None, None, None, None)]),
        ("Die Bürgermeisterin stellt hierzu Einvernehmen im Gremium fest.\n", [("accepted", True, None, 0, 0)]),
        # a vote that introduces the resolution: its numbered points are part of it, not decisions of their own
        ("Der Ausschuss empfiehlt dem Rat mit 9 Ja-Stimmen und 2 Nein-Stimmen folgenden Beschluss:\n\n"
         "1. Dem Konzept für den Winterdienst wird zugestimmt.\n2. Die Verwaltung berichtet jährlich.\n", [("accepted", False, 9, 2, 0)]),
        # an election's result block in aligned columns, closed by "Somit ist ... gewählt"
        ("Das Ergebnis der geheimen Wahl lautet:\n\nAbgegebene Stimmen:            13\n\ndavon Ja-Stimmen                     12\n\n"
         "davon Nein-Stimmen                   1\n\nSomit ist Frau Petersen als Stellvertreterin gewählt.\n", [("accepted", False, 12, 1, 0)]),
        ("Die Mehrheit des Ausschusses stimmte gegen den Vorschlag der Gruppe.\n", [("rejected", False, None, None, None)]),
        ("Vorab trifft der Gemeinderat folgende Grundsatzentscheidung:\n\nKleinere Bauanträge werden künftig von der Verwaltung "
         "entschieden.\n", [("accepted", None, None, None, None)]),
        # consent, then what it amounts to: one decision
        ("Zum Protokoll vom 3. Mai werden keine Einwände erhoben. Das Protokoll gilt damit als genehmigt.\n",
         [("accepted", True, None, 0, 0)]),
        # "with the same result": the counts of the decision before; a postponement to a named meeting; one vote more
        ("Frau Berger wurde bei drei Enthaltungen zur Ortsvorsteherin gewählt. Mit demselben Ergebnis wurde Herr Lutz als ihr "
         "Stellvertreter bestätigt.\n", [("accepted", False, None, None, 3), ("accepted", False, None, None, 3)]),
        ("Einvernehmlich wurde vereinbart, den Punkt in der Februar-Sitzung zu behandeln.\n", [("postponed", True, None, 0, 0)]),
        ("Auch dieser Antrag wurde abgelehnt, wieder mit einer Stimme mehr.\n", [("rejected", False, None, None, None)]),
        # the result in a subordinate clause of reported speech, the passive at its end
        ("„Ich ziehe meine Kandidatur zurück“, sagte Herr Brandt (SPD), sodass Frau Keller mit neun Ja-Stimmen und einer Gegenstimme "
         "gewählt wurde.\n", [("accepted", False, 9, 1, 0)]),
        # the same decision sentence printed twice in a row (an export artifact) is one decision
        ("Der Antrag wurde einstimmig angenommen (siehe Anlage)\n\nDer Antrag wurde einstimmig angenommen (siehe Anlage).\n\n"
         "Frau Demir (SPD):\n\nIch danke allen.\n", [("accepted", True, None, 0, 0)]),
        # a live ticker: clock times on lines of their own are no tallies
        ("20:15\n\nDie Vorlage zum Stadtfest ist angenommen.\n\n20:10\n\nFrau Lorenz sagt, das Fest sei zu teuer.\n",
         [("accepted", None, None, None, None)]),
    ],
)  # fmt: skip
def test_decision_records_with_their_votes(text, expected):
    doc = ratsnlp.load(stance_model=False)(text)
    got = [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]
    assert got == expected


def test_the_line_voted_on_starts_the_decision():
    """The line voted on, under its heading (a decision section's heading heads its record, as "Beschluss:" does)."""
    text = "Beschlussempfehlung an den Rat:\n\nWie Vorlage\n\ndafür:        10  (6 SPD, 4 CDU)\n\ndagegen:     2  (2 AfD)\n"
    decisions = list(ratsnlp.load(stance_model=False)(text)._.decisions)
    assert [([line for line in d.text.split("\n") if line][:2], d._.outcome, d._.yes, d._.no) for d in decisions] == [
        (["Beschlussempfehlung an den Rat:", "Wie Vorlage"], "accepted", 10, 2)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Es wird festgestellt, dass der Rat ordnungsgemäß geladen wurde und beschlussfähig ist.\n",
        "Gegen Form und Frist der Einladung werden keine Einwände erhoben.\n",
        "Der Kulturausschuss hatte sich zuvor bereits einstimmig für das Projekt ausgesprochen.\n",  # an earlier meeting
        "Zugleich verwies er auf die Geschäftsordnung, die für den Rat gilt.\n",  # pointing out, no referral
        "Außerdem geht sie auf die Fragen „Wie wird der Beirat gewählt?“ und „Welche Aufgaben hat der Beirat?“ ein.\n",
        "Danach behandelte der Ausschuss drei Vorlagen zur Kenntnisnahme und einen Bericht der Verwaltung.\n",  # a kind of paper
        "Gegen die Tagesordnung werden keine Einwände erhoben.\n",  # the agenda stands; nothing was put to the vote
    ],
)
def test_formalities_reports_and_questions_are_no_decisions(text):
    assert list(ratsnlp.load(stance_model=False)(text)._.decisions) == []


def test_a_purpose_clause_is_no_resolution_text():
    from ratsnlp.tag.decisions import sentence_role

    text = "Um einen Bürgerentscheid zu erreichen, müssen mehr als die Hälfte der Gemeindevertreter eine Beschlussvorlage einbringen."
    assert sentence_role(text, "plain", "decision") is None
    assert sentence_role("Die Verwaltung wird beauftragt, einen Bürgerentscheid vorzubereiten.", "plain", "decision") == "statement"


def test_agenda_changes_listed_one_a_line_are_decisions():
    text = (
        "Sitzung des Stadtrates am 4. Mai\n\nFolgende Änderungen zur Tagesordnung wurden beschlossen:\n"
        "TOP 12 wird von der Tagesordnung genommen\nTOP 7 und 8 werden zusammen behandelt\nTOP 9 wird in den Bauausschuss überwiesen\n"
        "Mit diesen Änderungen wurde die Tagesordnung vom Stadtrat gebilligt.\n"
    )
    decisions = list(ratsnlp.load(stance_model=False)(text)._.decisions)
    assert [(d.text[:6], d._.outcome) for d in decisions] == [
        ("TOP 12", "postponed"), ("TOP 7 ", "accepted"), ("TOP 9 ", "referred"), ("Mit di", "accepted")
    ]


def test_items_added_to_the_agenda_are_accepted():
    from ratsnlp.tag.votes import outcome_of

    assert outcome_of("Folgende Nachtragspunkte werden aufgenommen:") == "accepted"
    assert outcome_of("Die Anregung wird von der Verwaltung aufgenommen.") is None  # taking up a suggestion decides nothing


def test_decisions_announced_under_heading_lines_are_separate():
    text = (
        "Beschluss:\nDie Niederschrift wird genehmigt.\n| Einstimmig beschlossen | Ja 9 Nein 0 |\n2 Bekanntgabe nichtöffentlicher "
        "Beschlüsse\nSitzung vom 12.05.2025:\nAuftragsvergabe für die Malerarbeiten in der Grundschule im Rahmen des Programms 2021\n"
        "Der Gemeinderat hat beschlossen, die Malerarbeiten an die Firma Roth zu vergeben.\nAuftragsvergabe für die Dachsanierung am "
        "Bauhof\nDer Gemeinderat hat beschlossen, die Dachsanierung an die Firma Klein zu vergeben.\n"
    )
    decisions = list(ratsnlp.load(stance_model=False)(text)._.decisions)
    assert [(d.text[:15], d._.yes) for d in decisions] == [("Beschluss:\nDie ", 9), ("Auftragsvergabe", None), ("Auftragsvergabe", None)]


def test_a_list_the_chair_announces_is_no_vote():
    text = (
        "Der Bürgermeister teilt zur Tagesordnung Folgendes mit:\n\n- Der TOP 6 wird abgesetzt, da der Antragsteller ihn zurückgezogen "
        "hat.\n\n- Der TOP 9 wird vertagt.\n\nDer Rat stimmt der so geänderten Tagesordnung einstimmig zu.\n"
    )
    decisions = list(ratsnlp.load(stance_model=False)(text)._.decisions)
    assert [(d.text[:7], d._.outcome, d._.unanimous) for d in decisions] == [("Der Rat", "accepted", True)]


def test_an_amendment_voted_by_faction_table_and_the_resolution_below_are_two_decisions():
    """The amendment's result is a per-faction table; the item's own resolution and its result follow. The table
    completes the amendment's record, so the resolution is a record of its own (it was swallowed)."""
    text = (
        "Ratsherr Pieper (FDP) stellt den Änderungsantrag, die Bauhöhe auf zwei Geschosse zu begrenzen.\n\n"
        "Der Vorsitzende, Herr Lorenzen, lässt über den Änderungsantrag abstimmen.\n\n"
        "Der Änderungsantrag der FDP-Fraktion wird wie folgt abgelehnt:\n"
        "| CDU | SPD | FDP | Summe\n"
        "Ja-Stimmen | 0 | 0 | 2 | 2\n"
        "Nein-Stimmen | 5 | 4 | 0 | 9\n"
        "Enthaltungen | 1 | 0 | 0 | 1\n\n"
        "Beschluss:\n\n"
        "Der Bauausschuss beschließt:\n"
        "1. Der Bebauungsplan Nr. 12 \"Am Weidenhof\" wird aufgestellt.\n"
        "2. Der Beschluss ist ortsüblich bekannt zu machen.\n\n"
        "Abstimmungsergebnis: 10 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen\n"
    )
    doc = ratsnlp.load(stance_model=False)(text)
    got = [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]
    assert got == [("rejected", 2, 9, 1), ("accepted", 10, 0, 2)]


# Invented: a group's written motion debated in reported speech (Konjunktiv, past tense), with an interjection.
DEBATED = """TOP 4 Antrag der FDP-Fraktion: Sitzbänke am Stadtweiher

Herr Kornfeld (FDP) schildert, dass ältere Spaziergänger am Stadtweiher keine Gelegenheit zum Ausruhen fänden.

Frau Lüders (SPD) fragt, wie viele Bänke vorgesehen seien.

Herr Pohlmann (Grüne) erklärt, seine Fraktion unterstütze den Antrag.

Frau Adebayo (CDU) trat dem Antrag entgegen, die Pflege sei nicht gesichert.

Herr Vogt (SPD): Wir bitten darum, dem Antrag heute zuzustimmen. (Zuruf: Einverstanden!)

Der Antrag wird mehrheitlich angenommen.
"""


def test_positions_in_reported_speech_and_of_the_moving_group():
    doc = ratsnlp.load(stance_model=False)(DEBATED)
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in doc._.turns}
    assert rel["Kornfeld"] == ("supports", "m1")  # a member of the moving group speaks for its motion
    assert rel["Lüders"] == (None, None)  # asking is no position
    assert rel["Pohlmann"] == ("supports", "m1") and rel["Vogt"] == ("supports", "m1")
    assert rel["Adebayo"] == ("opposes", "m1")


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        ("Ihre Fraktion unterstütze den Antrag ausdrücklich.", "supports"),
        ("Er begrüßte die Vertagung.", "supports"),
        ("Sie bittet, der Resolution zuzustimmen.", "supports"),
        ("Es gebe keinen Grund, dem Antrag nicht zuzustimmen.", "supports"),
        ("Der Kämmerer tritt dem Änderungsantrag entschieden entgegen.", "opposes"),
        ("Die Verwaltung empfiehlt daher die Ablehnung.", "opposes"),
        ("Sind Sie damit einverstanden?", None),
        ("Wer enthält sich?", None),
        ("Die Antragstellerin ist damit einverstanden.", "supports"),
        ("Er hat Zweifel, ob das Angebot angenommen werde.", "opposes"),
        ("Sie sehe nicht, woher das Geld kommen solle.", "opposes"),
        ("Die Mittel seien im Haushalt nicht veranschlagt.", "opposes"),
        ("Mehr Kontrollen änderten nichts, hält Frau Berg (SPD) dagegen.", "opposes"),
        ("Die Anwohner sind damit nicht einverstanden.", "opposes"),
    ],
)
def test_relation_phrasings(body, relation):
    from ratsnlp.tag.motions import relation_of

    assert relation_of(body, cues=True, reactions=True) == relation


def test_a_position_on_the_item_itself_is_no_relation_to_a_motion():
    text = (
        "TOP 5 Neubau der Feuerwache Nord\n\nHerr Salm (SPD) stellt den Antrag, die Kosten extern prüfen zu lassen.\n\n"
        "Herr Ortmann (AfD) kann dem Neubau in dieser Form nicht zustimmen.\n"
    )
    rel = {t._.speaker: t._.motion_relation for t in ratsnlp.load(stance_model=False)(text)._.turns}
    assert rel == {"Salm": "moves", "Ortmann": None}


def test_the_next_speaker_answers_a_postponement_just_moved_but_not_an_amendment():
    postponed = (
        "TOP 7 Sanierung des Freibads\n\nFrau Kessel (Verwaltung) stellt die Planung vor.\n\n"
        "Herr Wohlfahrt (FW) beantragt, den Punkt zu vertagen.\n\n"
        "Frau Anders (SPD) hält das für überflüssig; die Zahlen lägen seit Wochen vor.\n"
    )
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in ratsnlp.load(stance_model=False)(postponed)._.turns}
    assert rel["Wohlfahrt"] == ("moves", "m1") and rel["Anders"] == ("opposes", "m1")
    amended = postponed.replace("beantragt, den Punkt zu vertagen", "stellt den Änderungsantrag, die Mittel zu halbieren")
    rel = {t._.speaker: t._.motion_relation for t in ratsnlp.load(stance_model=False)(amended)._.turns}
    assert rel["Wohlfahrt"] == "moves" and rel["Anders"] is None  # the debate may be on the item's proposal


def test_holding_against_an_opponent_supports_the_motion():
    text = (
        "TOP 4 Radweg Mühlenstraße\n\nHerr Ostrowski (Grüne) stellt den Änderungsantrag, den Radweg zu verbreitern.\n\n"
        "Frau Pieper (CDU) lehnt den Änderungsantrag ab, weil die Kosten stiegen.\n\n"
        "Herr Brandes (SPD) hält dagegen, dass die Sicherheit der Kinder Vorrang habe.\n"
    )
    rel = {t._.speaker: (t._.motion_relation, t._.motion_id) for t in ratsnlp.load(stance_model=False)(text)._.turns}
    assert rel["Pieper"] == ("opposes", "m1") and rel["Brandes"] == ("supports", "m1")
    after_mover = text.replace("Frau Pieper (CDU) lehnt den Änderungsantrag ab, weil die Kosten stiegen.\n\n", "").replace(
        "dass die Sicherheit der Kinder Vorrang habe", "der Antrag sei zu teuer"
    )
    rel = {t._.speaker: t._.motion_relation for t in ratsnlp.load(stance_model=False)(after_mover)._.turns}
    assert rel["Brandes"] == "opposes"  # against the mover himself


def test_the_administration_holding_a_motion_problematic_opposes_it():
    from ratsnlp.tag.motions import relation_of

    body = "Sie hält eine Öffnung am Samstag derzeit für problematisch, da Stellen unbesetzt seien."
    assert relation_of(body, cues=False, reactions=True) == "opposes"
    assert relation_of("Sie hält die Öffnung für gut umsetzbar.", cues=False, reactions=True) is None


def test_a_bare_antrag_line_under_the_groups_heading_is_its_written_motion():
    text = (
        "TOP 5.\nAnträge\n\nTOP 5.1.\nder FDP-Fraktion\n\nTOP 5.1.1.\nMehr Fahrradbügel am Bahnhof\n\n"
        "Antrag,\ndie Verwaltung wird gebeten, am Bahnhof zwanzig weitere Fahrradbügel aufzustellen.\n\n"
        "Bezirksratsfrau Quast begrüßte den Antrag.\n"
    )
    doc = ratsnlp.load(stance_model=False)(text)
    assert [(m._.motion_kind, m._.mover) for m in doc._.motions] == [("main", "FDP-Fraktion")]
    assert [(t._.speaker, t._.motion_relation) for t in doc._.turns] == [("Quast", "supports")]
    no_group = text.replace("der FDP-Fraktion", "Verkehr")
    assert list(ratsnlp.load(stance_model=False)(no_group)._.motions) == []


@pytest.mark.parametrize(
    ("sentence", "counters"),
    [("Herr Brandes hält dagegen, dass es eilt.", True), ("Frau Timm hielt dem entgegen, dass es eilt.", True),
     ("Herr Kastl hielt die Verlegung dagegen für richtig.", False)],
)
def test_holding_against_the_speaker_before_and_an_adverb_dagegen(sentence, counters):
    from ratsnlp.tag.motions import find

    assert (find("counters", sentence) is not None) == counters


def test_one_stem_scan_per_document_agrees_with_each_sentence():
    """_outcome_words reads the outcome stems of every sentence from one scan of the whole text: False and True
    must be what has_outcome_word says of the sentence alone; None only where a stem crosses a sentence edge."""
    from ratsnlp.tag.decisions import _outcome_words
    from ratsnlp.tag.votes import has_outcome_word

    text = "Der Rat beschloss die Vorlage. Frau Alt dankt allen. Der Antrag wurde abge" + "lehnt. Es folgt die Pause. Ende"
    cut = text.index("lehnt.")
    bounds = [(0, 30), (31, 51), (52, cut), (cut, cut + 6), (cut + 7, cut + 26), (cut + 27, len(text))]
    got = _outcome_words(text, bounds)
    assert got[2] is None and got[3] is None  # "abgelehn" runs over the edge between them
    for (s, e), g in zip(bounds, got):
        assert g is None or g == has_outcome_word(text[s:e]), text[s:e]
    assert got[0] is True and got[1] is False and got[4] is True and got[5] is False
    assert set(_outcome_words("İm Rat wurde beschlossen.", [(0, 25)])) == {None}  # lowercasing changes the length


@pytest.mark.parametrize("kind", [None, "speech"])
@pytest.mark.parametrize("section", [None, "decision", "proposal"])
def test_the_hints_a_sentence_role_is_given_change_nothing(kind, section):
    """What the component hands sentence_role (the outcome word it already knows, the sentence's scan) only
    spares work: the role is the one the sentence has alone."""
    import re

    from ratsnlp.tag.decisions import BULLET, sentence_role, sentence_scan
    from ratsnlp.tag.votes import has_outcome_word

    scan = sentence_scan()
    texts = sorted((ROOT / "data" / "annotated").glob("*.txt"))[:60] + sorted((ROOT / "data" / "samples").glob("*.txt"))
    sents = [s for p in texts for s in re.split(r"(?<=[.!?:])\s+|\n\n+", p.read_text(encoding="utf-8", errors="replace")) if s.strip()]
    sents += ["• Einstimmig beschlossen.", "Der Antrag wird mit 5 : 3 Stimmen angenommen.", "İm Rat wurde beschlossen."]
    roles = set()
    for s in sents:
        want = sentence_role(s, kind, section)
        got = sentence_role(s, kind, section, outcome_word=has_outcome_word(BULLET.sub("", s)), found=scan.found(s))
        assert got == want, s[:80]
        roles.add(want)
    assert len(roles) >= 2  # the sample reaches more than one answer


def test_outcome_words_per_sentence_equal_the_whole_text_scan():
    """Each sentence searched alone gives what the one scan of the whole text gives, edges inside stems too."""
    import random

    from ratsnlp.tag.decisions import _outcome_words, _scanned_outcome_words

    rng = random.Random(11)
    pieces = ["beschlossen", "spricht sich", "per los", "abgelehnt", "Der Rat ", "nimmt ", "und ", ". ", "\n", "x", "s", "ab"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, 2 * rng.randint(1, 4))))
        bounds = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        assert _outcome_words(text, bounds) == _scanned_outcome_words(text.lower(), bounds), (text, bounds)
