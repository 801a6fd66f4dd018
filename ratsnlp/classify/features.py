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
from ..resources.literals import Prechecked
from . import LABELS

NEGATORS = frozenset(["kein", "keine", "keinen", "keiner", "keinerlei", "nicht", "nichts", "ohne", "nie", "niemals", "weder"])
MODALS = Prechecked(re.compile(r"\b(?:solle|sollte|sollten|müsse|müsste|müssten|möge|könne|könnte|dürfe|werde\s+gebeten)\b", re.I))  # exact, skips texts without the words
_WORD = re.compile(r"[a-zäöüß]+")
_START = re.Match.start


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


@lru_cache(maxsize=2**16)
def _cues_for(word: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The cues a word can start (its prefixes that begin a cue), longest cue first: computed once per word."""
    by_first = _cue_index()[1]
    keys = [word[:n] for n in range(len(word), 0, -1) if word[:n] in by_first]
    return tuple(sorted((c for k in keys for c in by_first[k]), key=lambda c: -len(c[0])))


def cue_counts(text: str) -> dict[str, float]:
    """Cue hits per label, a negated cue counted for its flip label ("keine Bedenken" -> support)."""
    low = text.lower()
    pattern = _cue_index()[0]
    counts = dict.fromkeys(LABELS, 0.0)
    first: str | None = None
    hits = list(map(_START, pattern.finditer(low)))
    if hits:  # the words only when there is a cue to read
        words = _WORD.findall(low)
        starts = list(map(_START, _WORD.finditer(low)))
    for pos in hits:
        i = bisect.bisect_left(starts, pos)
        if i >= len(words):
            continue
        for cue, label, flip in _cues_for(words[i]):
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
    return word_ids_rows([text])[1]


def word_ids_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """word_ids of many texts in one go: (row of each bucket, buckets), rows in order.

    One numpy pass for a whole batch instead of a few calls per text (their overhead was most of the cost).
    """
    crcs: list[int] = []
    counts = []
    for text in texts:
        toks = _TOKEN.findall(text.lower())
        n = len(crcs)
        crcs += map(zlib.crc32, map(str.encode, toks))  # UTF-8; map() spares a Python frame per word
        crcs += map(zlib.crc32, map(str.encode, map(" ".join, zip(toks, toks[1:]))))  # "a b"
        counts.append(len(crcs) - n)
    rows = np.repeat(np.arange(len(texts)), counts)
    if not crcs:
        return rows, np.zeros(0, dtype=np.int64)
    h = np.array(crcs, dtype=np.uint64)
    return rows, (_mix(h) & _MASK).astype(np.int64)


def char_ids(text: str) -> np.ndarray:
    """Buckets of the character 3- and 4-grams inside space-padded lowercased words (like char_wb)."""
    return char_ids_rows([text])[1]


def char_ids_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """char_ids of many texts in one go: (row of each bucket, buckets), grouped 3-grams first, then 4-grams
    (for one text, its char_ids in order).

    The padded texts are hashed as one string: every n-gram that would run from one text into the next
    contains the two spaces between them, one of them inside the n-gram, so it is dropped like any n-gram
    spanning two words.
    """
    padded = []
    for text in texts:
        words = text.lower().split()
        padded.append(" " + "  ".join(words) + " " if words else "")  # every word padded on both sides
    c = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    ends = np.cumsum([len(x) for x in padded])
    space = c == 32
    rows, out = [], []
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
            keep = np.flatnonzero(~inner)
            rows.append(np.searchsorted(ends, keep, side="right"))
            out.append(_mix(h[keep]) & _MASK)
    if not out:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(rows), np.concatenate(out).astype(np.int64)


def tfidf(ids: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sublinear tf times idf, L2-normalised: (sorted unique buckets, weights)."""
    if not len(ids):
        return ids, np.zeros(0, dtype=np.float64)
    uniq, counts = np.unique(ids, return_counts=True)
    w = (1.0 + np.log(counts)) * idf[uniq]
    norm = np.sqrt(w @ w)
    return uniq, w / norm if norm else w


def tfidf_rows(rows: np.ndarray, ids: np.ndarray, idf: np.ndarray, n_rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """tfidf of every row of (rows, ids) at once: (bounds, buckets, weights), row i at [bounds[i]:bounds[i + 1]].

    The same numbers as `tfidf` row by row (the same element-wise operations; each row's norm is its own dot product).
    """
    keys, counts = np.unique(rows.astype(np.int64) * N_HASH + ids, return_counts=True)
    uniq = keys % N_HASH
    bounds = np.searchsorted(keys // N_HASH, np.arange(n_rows + 1))
    w = (1.0 + np.log(counts)) * idf[uniq]
    for i in range(n_rows):
        a, b = bounds[i], bounds[i + 1]
        if a < b:
            row = w[a:b]
            norm = np.sqrt(row @ row)
            if norm:
                w[a:b] = row / norm
    return bounds, uniq, w


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def turn_vector(text: str, role: str, position: int, n_in_item: int) -> list[float]:
    """The dense features of one turn (cues, questions, modals, length, role).

    position and n_in_item are accepted but not used: in invented minutes the first turn of an item is
    nearly always a presentation, in real ones it is not, and the prior learned from it hurt on real
    excerpts (macro-F1 0.62 with, 0.64 without, test split unchanged).
    """
    return dense_rows([text], [role])[0].tolist()


def dense_rows(texts: list[str], roles: list[str]) -> np.ndarray:
    """turn_vector of many turns, one row each (the logarithms taken in one numpy call per batch)."""
    n_labels = len(LABELS)
    raw = np.zeros((len(texts), 2 * n_labels + 5 + len(ROLES)))
    role_cols: dict[str, list[int]] = {}
    for k, r in enumerate(ROLES):
        role_cols.setdefault(r, []).append(2 * n_labels + 5 + k)
    for i, (text, role) in enumerate(zip(texts, roles)):
        c = cue_counts(text)
        row = raw[i]
        for k, lab in enumerate(LABELS):
            row[k] = c[lab]
        if c["first"] >= 0:
            row[n_labels + int(c["first"])] = 1.0
        row[2 * n_labels : 2 * n_labels + 5] = (
            float("?" in text),
            text.count("?"),
            len(MODALS.findall(text)),
            max(1, len(_SENTENCE_END.findall(text))),
            len(text),
        )
        for k in role_cols.get(role, ()):
            row[k] = 1.0
    logs = [*range(n_labels), 2 * n_labels + 1, 2 * n_labels + 2, 2 * n_labels + 3, 2 * n_labels + 4]
    raw[:, logs] = np.log1p(raw[:, logs])
    raw[:, 2 * n_labels + 4] /= 10
    return raw


N_DENSE = len(turn_vector("", "unknown", 0, 1))
