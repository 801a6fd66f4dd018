"""The stance model: a calibrated linear model over hashed n-grams and turn features, plus a model card.

Training uses scikit-learn: a class-balanced logistic regression whose probabilities are calibrated
(sigmoid, cross-validated); everything is seeded, so `ratsnlp train` reproduces the shipped model from the
shipped data. What is saved is only what predicting needs — idf weights, scaler statistics, one coefficient
matrix and the sigmoid calibrators — as plain numeric arrays in a `.npz` file, read with
`allow_pickle=False`: no object is ever unpickled or constructed from the file, so it cannot run code.

Why not skops: skops rebuilds a vocabulary dict entry by entry and importing it imports all of
scikit-learn (together over a second on every run). Hashed features have no vocabulary and predicting is a
few numpy operations, so loading takes milliseconds and start-up never imports scikit-learn.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import Errors, RatsnlpError
from . import LABELS
from .features import (
    FIRST_FROM,
    N_DENSE,
    N_HASH,
    char_ids,
    char_ids_lowered,
    dense_rows,
    tfidf_rows,
    turn_word_ids_lowered,
)

FORMAT = "ratsnlp-stance-linear-v2"  # v2: the word block holds the place words (features.place_ids_lowered); v1 files are refused
MODEL_NAME = "stance.npz"
CARD_NAME = "stance.card.json"
MAX_CHARS = 500  # a turn's function shows early; reading long turns to the end costs time, not accuracy
N_FEATURES = 2 * N_HASH + N_DENSE
# name -> (shape, dtype) of every array a model file holds; a file with anything else is refused
ARRAYS = {
    "idf_words": ((N_HASH,), "float32"),
    "idf_chars": ((N_HASH,), "float32"),
    "dense_mean": ((N_DENSE,), "float64"),
    "dense_scale": ((N_DENSE,), "float64"),
    "coef": ((len(LABELS), N_FEATURES), "float32"),
    "intercept": ((len(LABELS),), "float64"),
    "calib_a": ((len(LABELS),), "float64"),
    "calib_b": ((len(LABELS),), "float64"),
}
C, SEED = 16.0, 13  # chosen on the dev split (C in 1, 2, 4, 8, 16, 32: dev macro-F1 0.809-0.819)
# The dense turn features (cues, questions, modals, length, role) enter the fit multiplied by DENSE_WEIGHT: their
# coefficients are penalised 1 / DENSE_WEIGHT**2 = 100 times as hard as the n-grams'. In invented minutes a cue or
# the speaker's role nearly decides the label, in real ones much less, and a model leaning on them fails there.
# Chosen on the gold turns of the real development batches ra-rk (validation only, never trained on; 1073 turns):
# macro-F1 pooled 0.667 (weight 1) -> 0.682 (0.75), 0.680 (0.5), 0.695 (0.25), 0.707 (0.15), 0.710 (0.1), 0.711
# (0.05), 0.604 (0, features off); 0.1 is higher on 9 of the 10 batches, the annotated test split 0.845 -> 0.870.
DENSE_WEIGHT = 0.1


@dataclass
class StanceModel:
    """Arrays in ARRAYS (label order = LABELS) and the model card."""

    arrays: dict[str, np.ndarray]
    card: dict = field(default_factory=dict)

    def predict_proba(self, rows: list[dict]) -> np.ndarray:
        """Calibrated probabilities in LABELS order, one row per turn (text, role, position, n_in_item)."""
        a = self.arrays
        coef = a["coef"]
        n = len(rows)
        texts = [r["text"][:MAX_CHARS] for r in rows]
        # features of the whole batch at once; the scores row by row, as they always were computed
        lows = [t.lower() for t in texts]
        wb, wi, ww = tfidf_rows(*turn_word_ids_lowered(lows), a["idf_words"], n)
        cb, ci, cwt = tfidf_rows(*char_ids_lowered(lows), a["idf_chars"], n)
        dense = (dense_rows(texts, [r["role"] for r in rows], lows) - a["dense_mean"]) / a["dense_scale"]
        # the coefficients of all buckets gathered once per batch (np.take: twice as fast as fancy indexing, and
        # the same C-ordered float32 arrays, so that the products below are computed exactly as they always were)
        gw = np.take(coef, wi, axis=1)
        gc = np.take(coef, N_HASH + ci, axis=1)
        cd = coef[:, 2 * N_HASH :]
        scores = np.zeros((n, len(LABELS)))
        for i, w0, w1, c0, c1 in zip(range(n), wb, wb[1:], cb, cb[1:]):
            scores[i] = gw[:, w0:w1] @ ww[w0:w1] + gc[:, c0:c1] @ cwt[c0:c1] + cd @ dense[i]
        return calibrate(scores + a["intercept"], a["calib_a"], a["calib_b"])

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_NAME
        buf = io.BytesIO()
        np.savez_compressed(buf, **{k: self.arrays[k] for k in ARRAYS})
        path.write_bytes(buf.getvalue())
        self.card["format"] = FORMAT
        self.card["model_sha256"] = hashlib.sha256(buf.getvalue()).hexdigest()
        (directory / CARD_NAME).write_text(json.dumps(self.card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def calibrate(scores: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One-vs-rest sigmoid calibration, normalised to sum to 1 (as scikit-learn's CalibratedClassifierCV)."""
    p = 1.0 / (1.0 + np.exp(a * scores + b))
    total = p.sum(axis=1, keepdims=True)
    p = np.where(total > 0, p / np.where(total > 0, total, 1.0), 1.0 / len(LABELS))
    return np.clip(p, 0.0, 1.0)


def design_matrix(rows: list[dict]):  # noqa: ANN201 - (word counts, char counts, dense) for fitting
    """Raw hashed counts (scipy CSR) of words and characters and the unscaled dense features."""
    from scipy import sparse

    def counts(ids_per_row: list[np.ndarray]) -> sparse.csr_matrix:
        indptr = np.cumsum([0] + [len(x) for x in ids_per_row])
        ids = np.concatenate(ids_per_row) if ids_per_row else np.zeros(0, dtype=np.int64)
        m = sparse.csr_matrix((np.ones(len(ids)), ids, indptr), shape=(len(ids_per_row), N_HASH))
        m.sum_duplicates()
        return m

    texts = [r["text"][:MAX_CHARS] for r in rows]
    word_rows, word_buckets = turn_word_ids_lowered([t.lower() for t in texts])
    order = np.argsort(word_rows, kind="stable")
    words = counts(np.split(word_buckets[order], np.cumsum(np.bincount(word_rows, minlength=len(texts)))[:-1])[: len(texts)])
    chars = counts([char_ids(t) for t in texts])
    dense = dense_rows(texts, [r["role"] for r in rows])
    return words, chars, dense


def _idf(counts) -> np.ndarray:  # noqa: ANN001 - smooth idf, as scikit-learn's TfidfTransformer
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    n = counts.shape[0]
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def _weighted(counts, idf: np.ndarray):  # noqa: ANN001, ANN202 - sublinear tf-idf, rows L2-normalised
    from sklearn.preprocessing import normalize

    m = counts.copy()
    m.data = 1.0 + np.log(m.data)
    m = m.multiply(idf.astype(np.float64)).tocsr()
    return normalize(m)


def train(rows: list[dict], labels: list[str], *, seed: int = SEED, card: dict | None = None) -> StanceModel:
    """Fit the model on turns (dicts with text, role, position, n_in_item) and their dominant stances."""
    from scipy import sparse
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    if sorted(set(labels)) != sorted(LABELS):
        raise RatsnlpError(f"[E020] training data must contain every label {LABELS}; found {sorted(set(labels))}.")
    words, chars, dense = design_matrix(rows)
    idf_w, idf_c = _idf(words), _idf(chars)
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0)
    scale[scale == 0] = 1.0
    X = sparse.hstack([_weighted(words, idf_w), _weighted(chars, idf_c), sparse.csr_matrix((dense - mean) / scale * DENSE_WEIGHT)]).tocsr()
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=seed)
    # ensemble=False: one classifier fitted on all rows, calibrated on cross-validated predictions
    cal = CalibratedClassifierCV(clf, method="sigmoid", cv=StratifiedKFold(3, shuffle=True, random_state=seed), ensemble=False)
    used = np.unique(X.indices)  # buckets never seen keep a zero weight; fitting without them is 5x faster
    # one BLAS thread: sums split over threads round differently (1e-8 in the probabilities), and `ratsnlp
    # train` must give the very model it shipped on any machine, in any process (a test suite may have limited
    # the threads already)
    with threadpool_limits(limits=1):
        cal.fit(X[:, used], labels)
    fitted = cal.calibrated_classifiers_[0]
    order = [list(cal.classes_).index(lab) for lab in LABELS]
    est = fitted.estimator
    coef = np.zeros((len(LABELS), N_FEATURES), dtype=np.float32)
    coef[:, used] = est.coef_[order]
    coef[:, 2 * N_HASH :] *= DENSE_WEIGHT  # folded in: predicting reads the features as before
    arrays = {
        "idf_words": idf_w,
        "idf_chars": idf_c,
        "dense_mean": mean,
        "dense_scale": scale,
        "coef": coef,
        "intercept": est.intercept_[order].astype(np.float64),
        "calib_a": np.array([fitted.calibrators[k].a_ for k in order], dtype=np.float64),
        "calib_b": np.array([fitted.calibrators[k].b_ for k in order], dtype=np.float64),
    }
    hyper = {"C": C, "class_weight": "balanced", "dense_weight": DENSE_WEIGHT, "n_hash": N_HASH, "max_chars": MAX_CHARS, "place_words": f"first sentence (from character {FIRST_FROM}) / rest", "calibration": "sigmoid, 3-fold"}
    return StanceModel(arrays, {**(card or {}), "labels": list(LABELS), "seed": seed, "hyperparameters": hyper, "versions": versions()})


def versions() -> dict[str, str]:
    import sklearn
    import spacy

    from ..about import __version__

    return {
        "ratsnlp": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "spacy": spacy.__version__,
        "python": platform.python_version(),
    }


def load_model(path: str | Path) -> StanceModel:
    """Load a stance model: bytes checked against the card's hash, then numeric arrays only (no pickle).

    Refuses (E022) a file whose hash does not match its card, that is not an npz of exactly the expected
    arrays, shapes and dtypes, or that holds object arrays (which would need unpickling).
    """
    p = Path(path)
    if p.is_dir():
        p = p / MODEL_NAME
    if not p.is_file():
        raise RatsnlpError(Errors.E021.format(path=p))
    data = p.read_bytes()
    card_path = p.with_name(CARD_NAME)
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.is_file() else {}
    if card.get("model_sha256") and card["model_sha256"] != hashlib.sha256(data).hexdigest():
        raise RatsnlpError(Errors.E022.format(path=p, reason="the file does not match the hash in its model card"))
    if card.get("format", FORMAT) != FORMAT:
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"format {card.get('format')!r}, expected {FORMAT!r}"))
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except Exception as err:  # noqa: BLE001 - a broken zip, an object array or a foreign file: refuse
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"not a stance model ({type(err).__name__}: {err})")) from None
    if set(arrays) != set(ARRAYS):
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"arrays {sorted(arrays)}, expected {sorted(ARRAYS)}"))
    for k, (shape, dtype) in ARRAYS.items():
        if arrays[k].shape != shape or arrays[k].dtype != np.dtype(dtype):
            raise RatsnlpError(Errors.E022.format(path=p, reason=f"array {k} is {arrays[k].dtype}{arrays[k].shape}, expected {dtype}{shape}"))
    if card.get("labels", list(LABELS)) != list(LABELS):
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"labels {card['labels']}"))
    return StanceModel(arrays, card)
