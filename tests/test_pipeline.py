"""The components on small invented minutes: turns, speakers, roles, parties, decisions."""

from __future__ import annotations

import spacy

import ratsnlp


def starts(doc):
    return [t.text.split()[0:3] for t in doc._.turns]


def test_allris_item_turns_roles_and_decision(nlp, fixture_text):
    doc = nlp(fixture_text("allris_item.txt"))
    got = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert got == [
        ("Lindqvist", "administration", None),
        ("Opitz", "council_member", "CDU"),
        ("Lindqvist", "administration", None),
        ("van der Meulen", "council_member", "Grüne"),
        ("Keßler-Wiertz", "chair", None),
    ]
    # the pronoun continuation belongs to the first turn; the re-mention after another speaker starts a new one
    assert "Sie weist darauf hin" in doc._.turns[0].text
    assert doc._.turns[2].text.startswith("Auf Nachfrage von Herrn Opitz")
    assert doc._.turns[0]._.speaker_id == doc._.turns[2]._.speaker_id
    # furniture never in a turn
    assert all("Reduzieren" not in t.text for t in doc._.turns)
    decisions = [d for d in doc._.decisions if d._.kind == "decision"]
    final = [d for d in decisions if d.text.startswith("Der Ausschuss beschließt")]
    assert len(final) == 1
    d = final[0]
    assert (d._.outcome, d._.unanimous, d._.no, d._.abstain) == ("accepted", False, 3, 2)


def test_roster_gives_roles_and_parties(nlp, fixture_text):
    doc = nlp(fixture_text("niederschrift.txt"))
    assert doc._.meeting_date == "2024-06-05"
    assert doc._.body and doc._.body.startswith("Bezirksvertretung Nordost")
    turns = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert turns == [
        ("Tamm", "administration", None),
        ("Ehlert", "council_member", "Grüne"),
        ("Sabine Brockhoff", "mayor", "SPD"),
    ]
    decisions = [d for d in doc._.decisions if d._.kind == "decision"]
    assert [(d._.outcome, d._.unanimous) for d in decisions][0] == ("accepted", True)
    last = decisions[-1]
    assert (last._.yes, last._.no, last._.abstain) == (9, 3, 1)


def test_item_numbers_in_table(nlp, fixture_text):
    doc = nlp(fixture_text("niederschrift.txt"))
    doc._.doc_id, doc._.source = "n", "n.txt"
    df = ratsnlp.turn_table([doc])
    assert list(df["item_number"]) == ["2", "2", "2"]
    assert list(df.columns) == list(ratsnlp.TURN_COLUMNS)


def test_verbatim_labels_vocatives_and_interjections(nlp, fixture_text):
    doc = nlp(fixture_text("verbatim.txt"))
    got = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert got == [
        ("Meyer", "chair", None),
        ("Schulz", "council_member", "CDU"),  # "Herr Brandt, Sie haben ..." is a vocative, not a turn
        ("Brandt", "council_member", "SPD"),
        ("Meyer", "chair", None),
    ]
    schulz = doc._.turns[1]
    assert "Wir werden der Resolution trotzdem zustimmen." in schulz.text  # interjection does not end the turn
    assert [d._.outcome for d in doc._.decisions if d._.kind == "decision"] == ["accepted"]


def test_mentioned_persons_start_no_turn(nlp):
    doc = nlp("Herr Adler nimmt die Anregung von Frau Scheidt gerne mit. Er bedankt sich bei Herrn Kurz.")
    assert [t._.speaker for t in doc._.turns] == ["Adler"]


def test_regional_stadtrat(nlp):
    bavaria = nlp("Stadträtin Huber (CSU) fragt nach den Kosten.")
    nrw = nlp("Herr Stadtrat Lindner erläutert die Vorlage.")
    assert bavaria._.turns[0]._.role == "council_member"
    assert bavaria._.turns[0]._.party == "CSU"
    assert nrw._.turns[0]._.role == "administration"


def test_body_sentences_are_decisions_not_turns(nlp):
    doc = nlp("Frau Ost beantragt die Vertagung.\n\nDer Antrag wird mit 5 Ja- zu 8 Nein-Stimmen abgelehnt.")
    assert [t._.speaker for t in doc._.turns] == ["Ost"]
    (decision,) = doc._.decisions
    assert decision._.outcome == "rejected" and (decision._.yes, decision._.no) == (5, 8)
    (motion,) = doc._.motions
    assert (motion._.mover, motion._.motion_kind, motion._.outcome) == ("Ost", "postpone", "rejected")
    assert decision._.motion_id == motion._.motion_id


def test_factories_from_entry_points():
    nlp = spacy.blank("de")
    nlp.add_pipe("ratsnlp_turns")
    doc = nlp("Herr Frankenberger stellt das Konzept vor. Er bittet um Zustimmung.")
    assert len(doc._.turns) == 1 and doc._.turns[0]._.speaker == "Frankenberger"


def test_docbin_roundtrip(nlp, fixture_text):
    from spacy.tokens import DocBin

    doc = nlp(fixture_text("allris_item.txt"))
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [(t._.speaker, t._.role) for t in back._.turns] == [(t._.speaker, t._.role) for t in doc._.turns]
