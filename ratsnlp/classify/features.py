"""Features of a turn for the stance classifier, beyond its words.

Cue stems with negation handling ("keine Bedenken" counts for support), questions, modal verbs of
reported requests ("solle", "müsse"), the speaker's role and the turn's position in its agenda item.
The cues come from resources/de/stance_cues.tsv; they are evidence, not rules.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..resources import ROLES, alternation, read_tsv
from . import LABELS

NEGATORS = frozenset(["kein", "keine", "keinen", "keiner", "keinerlei", "nicht", "nichts", "ohne", "nie", "niemals", "weder"])
MODALS = re.compile(r"\b(?:solle|sollte|sollten|müsse|müsste|müssten|möge|könne|könnte|dürfe|werde\s+gebeten)\b", re.I)
_WORD = re.compile(r"[a-zäöüß]+")


@lru_cache(maxsize=1)
def cue_table() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    rows = read_tsv("stance_cues.tsv", ("cue", "label", "flip"))
    out = []
    for r in rows:
        if r["label"] not in LABELS or (r["flip"] and r["flip"] not in LABELS):
            raise ValueError(f"stance_cues.tsv: unknown label in {r}")
        out.append((tuple(r["cue"].lower().split()), r["label"], r["flip"] or r["label"]))
    return tuple(out)


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern[str], dict[str, list[tuple[tuple[str, ...], str, str]]]]:
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for cue, label, flip in cue_table():
        by_first.setdefault(cue[0], []).append((cue, label, flip))
    return re.compile(rf"(?<![a-zäöüß])(?:{alternation(list(by_first))})[a-zäöüß]*"), by_first


def cue_counts(text: str) -> dict[str, float]:
    """Cue hits per label, a negated cue counted for its flip label ("keine Bedenken" -> support)."""
    low = text.lower()
    pattern, by_first = _cue_index()
    words = _WORD.findall(low)
    starts = [m.start() for m in _WORD.finditer(low)]
    counts = dict.fromkeys(LABELS, 0.0)
    first: str | None = None
    for m in pattern.finditer(low):
        i = bisect.bisect_left(starts, m.start())
        if i >= len(words):
            continue
        w = words[i]
        keys = [w[:n] for n in range(len(w), 0, -1) if w[:n] in by_first]
        for cue, label, flip in sorted((c for k in keys for c in by_first[k]), key=lambda c: -len(c[0])):
            if len(cue) > 1 and tuple(words[i : i + len(cue)])[1:] != cue[1:]:
                continue
            negated = any(x in NEGATORS for x in words[max(0, i - 3) : i])
            lab = flip if negated else label
            counts[lab] += 1.0
            if first is None:
                first = lab
            break
    counts["first"] = LABELS.index(first) if first else -1
    return counts


class TurnFeatures(BaseEstimator, TransformerMixin):
    """Dense features from the columns text, role, position, n_in_item (a pandas DataFrame)."""

    def fit(self, X, y=None):  # noqa: ANN001, ANN201, N803
        return self

    def transform(self, X):  # noqa: ANN001, ANN201, N803
        rows = []
        for text, role, position, n_in_item in zip(X["text"], X["role"], X["position"], X["n_in_item"]):
            c = cue_counts(text)
            first = [1.0 if c["first"] == k else 0.0 for k in range(len(LABELS))]
            sentences = max(1, len(re.findall(r"[.!?](?:\s|$)", text)))
            rel = position / max(1, n_in_item - 1) if n_in_item > 1 else 0.0
            rows.append(
                [np.log1p(c[lab]) for lab in LABELS]
                + first
                + [
                    float("?" in text),
                    np.log1p(text.count("?")),
                    np.log1p(len(MODALS.findall(text))),
                    np.log1p(sentences),
                    np.log1p(len(text)) / 10,
                    float(position == 0),
                    rel,
                ]
                + [1.0 if role == r else 0.0 for r in ROLES]
            )
        return np.asarray(rows, dtype=float)
