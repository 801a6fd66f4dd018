"""Stance metrics: per-label precision/recall/F1, macro-F1, confusion, and the cue-rule baseline.

Shared by training (model card) and evaluation (pipeline on gold files); imports neither.
"""

from __future__ import annotations

from . import LABELS
from .features import cue_counts


def cue_baseline(text: str) -> str:
    """The label of the first stance cue in the turn; explanation when there is none."""
    first = cue_counts(text)["first"]
    return LABELS[first] if first >= 0 else "explanation"


def stance_report(pred: list[str], gold: list[str], gold_sets: list[list[str]] | None = None) -> dict:
    """Per-label precision/recall/F1, macro-F1, confusion matrix (rows gold, columns predicted)."""
    per = {}
    for lab in LABELS:
        tp = sum(p == lab and g == lab for p, g in zip(pred, gold))
        fp = sum(p == lab and g != lab for p, g in zip(pred, gold))
        fn = sum(p != lab and g == lab for p, g in zip(pred, gold))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "support": tp + fn}
    present = [lab for lab in LABELS if per[lab]["support"]]
    report = {
        "n": len(gold),
        "macro_f1": sum(per[lab]["f1"] for lab in present) / len(present) if present else 0.0,
        "accuracy": sum(p == g for p, g in zip(pred, gold)) / len(gold) if gold else 0.0,
        "per_label": per,
        "confusion": [[sum(g == a and p == b for p, g in zip(pred, gold)) for b in LABELS] for a in LABELS],
    }
    if gold_sets is not None:
        report["primary_in_stances"] = sum(p in s for p, s in zip(pred, gold_sets)) / len(gold) if gold else 0.0
    return report
