"""Train the stance model from data/annotated and measure it on the fixed splits (with two baselines)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from ..corpus import family, load_docs, read_splits
from . import LABELS
from .metrics import cue_baseline, stance_report
from .model import StanceModel, train

SPLITS = ("train", "dev", "test", "unseen")


def data_hash(directory: Path) -> str:
    """A hash of exactly what training reads: each turn's text, role, labels, family and split.

    Annotations the model does not learn from (decisions, motions, parties) can change without
    invalidating the model card.
    """
    h = hashlib.sha256()
    for split, rows in split_rows(directory).items():
        for r in rows:
            h.update(json.dumps([split, r["family"], r["text"], r["role"], r["stance"], r["stances"]], ensure_ascii=False).encode())
    return h.hexdigest()


def split_rows(directory: Path) -> dict[str, list[dict]]:
    splits = read_splits(directory)
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    for doc in load_docs(directory):
        for t in doc["turns"]:
            out[splits.get(doc["name"], "train")].append({**t, "family": family(doc["name"])})
    return out


def family_report(directory: Path, *, seed: int = 13) -> dict[str, dict]:
    """Leave-one-family-out: for each style family, a model fitted on all other families, scored on it.

    This is the honest test of whether the classifier generalises to a style of minutes it has not seen.
    """
    rows = [r for split in split_rows(directory).values() for r in split]
    out = {}
    for fam in sorted({r["family"] for r in rows}):
        held = [r for r in rows if r["family"] == fam]
        rest = [r for r in rows if r["family"] != fam]
        model = train(rest, [r["stance"] for r in rest], seed=seed)
        majority = Counter(r["stance"] for r in rest).most_common(1)[0][0]
        res = evaluate_split(model, held, majority)
        out[fam] = {"n": len(held), "model_macro_f1": res["model"]["macro_f1"], "model_accuracy": res["model"]["accuracy"],
                    "cue_rules_macro_f1": res["cue_rules"]["macro_f1"]}  # fmt: skip
    return out


def evaluate_split(model: StanceModel | None, rows: list[dict], majority: str) -> dict:
    gold = [r["stance"] for r in rows]
    sets = [r["stances"] for r in rows]
    out = {
        "majority": stance_report([majority] * len(rows), gold, sets),
        "cue_rules": stance_report([cue_baseline(r["text"]) for r in rows], gold, sets),
    }
    if model is not None and rows:
        proba = model.predict_proba(rows)
        out["model"] = stance_report([LABELS[int(i)] for i in proba.argmax(axis=1)], gold, sets)
    return out


def train_from_corpus(directory: Path, *, seed: int = 13, final: bool = True) -> tuple[StanceModel, dict]:
    """Fit on the train split and measure on dev/test/unseen; with `final`, then refit on all annotated turns.

    The metrics in the card are those of the train-split fit (an estimate for the procedure); the shipped
    model is the final refit, which sees every annotated turn.
    """
    rows = split_rows(directory)
    train_rows = rows["train"]
    labels = [r["stance"] for r in train_rows]
    counts = Counter(labels)
    majority = counts.most_common(1)[0][0]
    model = train(train_rows, labels, seed=seed)
    metrics = {s: evaluate_split(model, rows[s], majority) for s in ("dev", "test", "unseen") if rows[s]}
    held_out = [r for s in ("dev", "test", "unseen") for r in rows[s]]
    per_family = {}
    for fam in sorted({r["family"] for r in held_out}):
        fam_rows = [r for r in held_out if r["family"] == fam]
        res = evaluate_split(model, fam_rows, majority)
        per_family[fam] = {"n": len(fam_rows), "model_macro_f1": res["model"]["macro_f1"], "model_accuracy": res["model"]["accuracy"]}
    if final:
        all_rows = [r for s in SPLITS for r in rows[s]]
        model = train(all_rows, [r["stance"] for r in all_rows], seed=seed)
        model.card["fit_on"] = f"all annotated turns ({len(all_rows)}); metrics from the train-split fit"
    else:
        model.card["fit_on"] = "train split"
    model.card.update(
        {
            "data": str(directory),
            "data_sha256": data_hash(directory),
            "train_turns": len(train_rows),
            "train_label_counts": dict(counts),
            "majority_label": majority,
            "split_sizes": {s: len(v) for s, v in rows.items()},
            "metrics": metrics,
            "held_out_by_family": per_family,
        }
    )
    return model, metrics


def format_families(families: dict[str, dict], title: str) -> str:
    lines = [title]
    for fam, r in families.items():
        extra = f"  cue_rules {r['cue_rules_macro_f1']:.3f}" if "cue_rules_macro_f1" in r else ""
        lines.append(f"  {fam}: n={r['n']:4d} macro_f1={r['model_macro_f1']:.3f} acc={r['model_accuracy']:.3f}{extra}")
    return "\n".join(lines)


def format_metrics(metrics: dict) -> str:
    lines = []
    for split, res in metrics.items():
        for name in ("model", "cue_rules", "majority"):
            if name in res:
                r = res[name]
                lines.append(
                    f"{split:7s} {name:10s} n={r['n']:4d} macro_f1={r['macro_f1']:.3f} acc={r['accuracy']:.3f} "
                    f"primary_in_stances={r.get('primary_in_stances', 0):.3f}"
                )
        if "model" in res:
            lines.append("        per label: " + ", ".join(f"{k} {v['f1']:.2f}" for k, v in res["model"]["per_label"].items()))
            lines.append("        confusion (rows gold, cols pred; " + "/".join(LABELS) + "): " + str(res["model"]["confusion"]))
    return "\n".join(lines)
