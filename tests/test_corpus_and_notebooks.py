"""The annotated corpus is valid and split; the notebooks run on a fresh install; outputs are stripped."""

from __future__ import annotations

import json
import os

import nbformat
import pytest
from conftest import ROOT

from ratsnlp.corpus import agreement, kappa, load_docs, read_splits, record

ANNOTATED = ROOT / "data" / "annotated"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_corpus_is_large_valid_and_split():
    docs = load_docs(ANNOTATED)
    splits = read_splits(ANNOTATED)
    assert len(docs) >= 150 and sum(len(d["turns"]) for d in docs) >= 1500
    assert all(d["name"] in splits for d in docs)
    assert {"train", "dev", "test", "unseen"} == set(splits.values())
    text = (ANNOTATED / f"{docs[0]['name']}.txt").read_text(encoding="utf-8")
    for t in docs[0]["turns"]:
        assert text[t["start"] : t["end"]] == t["text"] and t["text"].strip()


def test_stored_form_is_current():
    """data/annotated/corpus.jsonl is what `ratsnlp corpus build` makes from the authoring files."""
    from ratsnlp.corpus import stored_lines

    stored = (ANNOTATED / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert stored == stored_lines(ANNOTATED), "run `ratsnlp corpus build`"
    first = json.loads(stored[0])
    text = (ANNOTATED / first["file"]).read_text(encoding="utf-8")
    assert all(text[t["start"] : t["end"]].strip() for t in first["turns"])


def test_record_rejects_bad_labels():
    from ratsnlp.errors import RatsnlpError

    gold = {"turns": [{"_start": 0, "role": "chair", "stance": "praise", "stances": ["praise"]}]}
    with pytest.raises(RatsnlpError, match="stance"):
        record("x", "Herr X dankt.", gold)


def test_kappa():
    assert kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == 1.0
    assert abs(kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"])) < 1e-9


def test_second_pass_agreement_is_computed():
    out = agreement(ANNOTATED, ANNOTATED / "second_pass")
    assert out["turns_first"] >= 0.15 * sum(len(d["turns"]) for d in load_docs(ANNOTATED))
    assert 0 <= out["kappa_stance"] <= 1 and out["n_stance"] > 200


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    import nbclient

    nb = nbformat.read(path, as_version=4)
    os.environ.setdefault("MPLBACKEND", "Agg")
    nbclient.NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert len(outputs) >= 5


@pytest.mark.parametrize(("folder", "second_turns"), [("heldout", 20), ("heldout3", None)])
def test_heldout_minutes_are_valid_and_apart_from_the_training_corpus(folder, second_turns):
    heldout = ROOT / "data" / folder
    docs = load_docs(heldout)
    assert len(docs) >= 12 and all(d["turns"] for d in docs)
    assert not {d["name"] for d in docs} & {d["name"] for d in load_docs(ANNOTATED)}  # never trained on
    assert sum(len(d.get("motions", [])) for d in docs) >= 10
    if second_turns is not None:  # (heldout3 has no second annotation pass)
        out = agreement(heldout, heldout / "second_pass")
        assert out["turns_first"] >= second_turns and out["boundary_f1"] > 0.9
