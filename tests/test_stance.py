"""The stance classifier: safe loading, refusal of tampered files, reproducible training, the component."""

from __future__ import annotations

import json
import shutil
import zipfile

import numpy as np
import pytest
from conftest import ROOT

import ratsnlp
from ratsnlp.classify import LABELS
from ratsnlp.classify.features import cue_counts
from ratsnlp.classify.model import CARD_NAME, MODEL_NAME, load_model
from ratsnlp.corpus import load_docs
from ratsnlp.errors import RatsnlpError

MODEL = ROOT / "models" / MODEL_NAME
SAMPLE_TURNS = [t for d in load_docs(ROOT / "data" / "samples") for t in d["turns"]][:40]


@pytest.fixture(scope="module")
def shipped():
    return load_model(MODEL)


def test_shipped_model_loads_with_trusted_types_and_card(shipped):
    card = shipped.card
    assert card["labels"] == list(LABELS)
    assert len(card["data_sha256"]) == 64 and card["versions"]["scikit-learn"]
    assert {"dev", "test", "unseen"} <= set(card["metrics"])
    p = shipped.predict_proba(SAMPLE_TURNS)
    assert p.shape == (len(SAMPLE_TURNS), 4) and np.allclose(p.sum(axis=1), 1.0, atol=1e-6)


def test_tampered_model_is_refused(tmp_path):
    bad = tmp_path / MODEL_NAME
    with zipfile.ZipFile(MODEL) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "schema.json":
                schema = json.loads(data)
                schema["__class__"], schema["__module__"] = "system", "os"  # a function that runs commands
                data = json.dumps(schema).encode()
            zout.writestr(item, data)
    with pytest.raises(RatsnlpError, match="E022"):
        load_model(bad)


def test_changed_bytes_fail_the_card_hash(tmp_path):
    shutil.copy(MODEL.with_name(CARD_NAME), tmp_path / CARD_NAME)
    with zipfile.ZipFile(MODEL) as zin, zipfile.ZipFile(tmp_path / MODEL_NAME, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))  # same content, different bytes
    with pytest.raises(RatsnlpError, match="hash"):
        load_model(tmp_path / MODEL_NAME)


def test_missing_model_says_how_to_retrain(tmp_path):
    with pytest.raises(RatsnlpError, match="ratsnlp train"):
        ratsnlp.load(stance_model=tmp_path / "nope.skops")


def test_negated_cues_count_for_the_other_side():
    assert cue_counts("Sie sieht keine Bedenken.")["support"] == 1
    assert cue_counts("Er äußert Bedenken.")["concern"] == 1
    assert cue_counts("Die Fraktion kann dem nicht zustimmen.")["concern"] == 1


@pytest.mark.timeout(600)
def test_train_reproduces_the_shipped_model(tmp_path, shipped):
    from ratsnlp.classify.train import train_from_corpus

    model, _ = train_from_corpus(ROOT / "data" / "annotated")
    assert model.card["data_sha256"] == shipped.card["data_sha256"], "data changed: run `ratsnlp train`"
    assert np.allclose(model.predict_proba(SAMPLE_TURNS), shipped.predict_proba(SAMPLE_TURNS), atol=1e-9)


def test_component_sets_stance_and_probabilities(fixture_text):
    nlp = ratsnlp.load(stance_model=MODEL)
    docs = list(nlp.pipe([fixture_text("allris_item.txt"), fixture_text("niederschrift.txt")]))
    turns = [t for d in docs for t in d._.turns]
    assert all(t._.stance in LABELS and t._.stance == t._.stances[0] for t in turns)
    assert all(abs(sum(getattr(t._, f"p_{lab}") for lab in LABELS) - 1) < 1e-3 for t in turns)
    df = ratsnlp.turn_table(docs)
    assert {"stance", "stances", "p_request", "p_concern", "p_support", "p_explanation"} <= set(df.columns)
    # a plain question and a presentation are not hard to tell apart
    ehlert = next(t for t in turns if t._.speaker == "Ehlert")
    assert ehlert._.stance == "request"
    assert turns[0]._.stance == "explanation"
