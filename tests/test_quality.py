"""Regression guard on the annotated corpus and the seed: the figures README reports must hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from ratsnlp.corpus import load_gold
from ratsnlp.evaluate import evaluate_dir

ANNOTATED = ROOT / "data" / "annotated"
SEEDS = ROOT.parent / "shared" / "seeds"


def test_gold_files_are_valid():
    docs = sorted(ANNOTATED.glob("*.txt"))
    assert len(docs) >= 30
    for txt in docs:
        text, gold = load_gold(txt)  # raises when offsets or labels are wrong
        assert gold["turns"], txt.name


def test_annotated_corpus_meets_targets(nlp):
    m = evaluate_dir(ANNOTATED, nlp=nlp).total.metrics()
    assert m["boundary_f1"] >= 0.90
    assert m["speaker_acc"] >= 0.95
    assert m["role_acc"] >= 0.80
    assert m["party_acc"] >= 0.85
    assert m["decision_acc"] >= 0.75


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
def test_seed_is_exact(nlp):
    m = evaluate_dir(Path(SEEDS), nlp=nlp).total.metrics()
    assert m["boundary_f1"] == 1.0 and m["speaker_acc"] == 1.0 and m["role_acc"] == 1.0
    assert m["decision_acc"] == 1.0
