"""Features of a turn for the stance classifier: hashed n-grams of its words and characters, and cues.

Hashed n-grams need no vocabulary (nothing to store but weights, nothing slow to load). The dense turn
features are cue stems with negation handling ("keine Bedenken" counts for support), questions, modal verbs
of reported requests ("solle", "müsse") and the speaker's role.
The cues come from resources/de/stance_cues.tsv; they are evidence, not rules.

Only numpy here: predicting needs no scikit-learn import (that costs a second at start-up); training
(model.train) does.
"""

from __future__ import annotations

import bisect
import re
import zlib
from functools import lru_cache

import numpy as np

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


N_HASH = 2**18  # buckets per n-gram block (words, characters); collisions are rare at this corpus size
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_MASK = np.uint64(N_HASH - 1)


def _mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64), so that bucket = low bits is well spread."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def word_ids(text: str) -> np.ndarray:
    """Buckets of the lowercased word unigrams and bigrams (words of two or more characters)."""
    toks = _TOKEN.findall(text.lower())
    grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
    if not grams:
        return np.zeros(0, dtype=np.int64)
    h = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))
    return (_mix(h) & _MASK).astype(np.int64)


def char_ids(text: str) -> np.ndarray:
    """Buckets of the character 3- and 4-grams inside space-padded lowercased words (like char_wb)."""
    words = text.lower().split()
    if not words:
        return np.zeros(0, dtype=np.int64)
    padded = " " + "  ".join(words) + " "  # every word padded on both sides
    c = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    space = c == 32
    out = []
    with np.errstate(over="ignore"):
        for n in (3, 4):
            m = len(c) - n + 1
            if m <= 0:
                continue
            h = np.full(m, n, dtype=np.uint64)
            for k in range(n):
                h = h * np.uint64(1000003) + c[k : k + m]
            inner = np.zeros(m, dtype=bool)
            for k in range(1, n - 1):
                inner |= space[k : k + m]
            out.append(_mix(h[~inner]) & _MASK)
    return np.concatenate(out).astype(np.int64)


def tfidf(ids: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sublinear tf times idf, L2-normalised: (sorted unique buckets, weights)."""
    if not len(ids):
        return ids, np.zeros(0, dtype=np.float64)
    uniq, counts = np.unique(ids, return_counts=True)
    w = (1.0 + np.log(counts)) * idf[uniq]
    norm = np.sqrt(w @ w)
    return uniq, w / norm if norm else w


def turn_vector(text: str, role: str, position: int, n_in_item: int) -> list[float]:
    """The dense features of one turn (cues, questions, modals, length, role).

    position and n_in_item are accepted but not used: in invented minutes the first turn of an item is
    nearly always a presentation, in real ones it is not, and the prior learned from it hurt on real
    excerpts (macro-F1 0.62 with, 0.64 without, test split unchanged).
    """
    c = cue_counts(text)
    first = [1.0 if c["first"] == k else 0.0 for k in range(len(LABELS))]
    sentences = max(1, len(re.findall(r"[.!?](?:\s|$)", text)))
    return (
        [float(np.log1p(c[lab])) for lab in LABELS]
        + first
        + [
            float("?" in text),
            float(np.log1p(text.count("?"))),
            float(np.log1p(len(MODALS.findall(text)))),
            float(np.log1p(sentences)),
            float(np.log1p(len(text)) / 10),
        ]
        + [1.0 if role == r else 0.0 for r in ROLES]
    )


N_DENSE = len(turn_vector("", "unknown", 0, 1))
