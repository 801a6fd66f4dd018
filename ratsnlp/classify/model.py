"""The stance model: a scikit-learn Pipeline, persisted with skops (never pickle) plus a model card.

Text n-grams (words and characters) and TurnFeatures feed a class-balanced logistic regression whose
probabilities are calibrated (sigmoid, cross-validated); everything is seeded, so `ratsnlp train`
reproduces the shipped model from the shipped data.
"""

from __future__ import annotations

import hashlib
import json
import platform
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import Errors, RatsnlpError
from . import LABELS

COLUMNS = ("text", "role", "position", "n_in_item")
# The types a saved stance model may contain beyond what skops trusts by default; loading refuses any other.
TRUSTED_TYPES = [
    "ratsnlp.classify.features.TurnFeatures",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.model_selection._split.StratifiedKFold",
]
MODEL_NAME = "stance.skops"
CARD_NAME = "stance.card.json"


def build_pipeline(seed: int = 13):  # noqa: ANN201 - sklearn Pipeline
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from .features import TurnFeatures

    features = ColumnTransformer(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=12000, sublinear_tf=True), "text"),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), min_df=3, max_features=12000, sublinear_tf=True), "text"),
            ("turn", Pipeline([("f", TurnFeatures()), ("scale", StandardScaler())]), list(COLUMNS)),
        ]
    )
    clf = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000, random_state=seed)
    calibrated = CalibratedClassifierCV(clf, method="sigmoid", cv=StratifiedKFold(3, shuffle=True, random_state=seed))
    return Pipeline([("features", features), ("clf", calibrated)])


MAX_CHARS = 500  # a turn's function shows early; reading long turns to the end costs time, not accuracy


def frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame({c: [r[c] for r in rows] for c in COLUMNS})
    df["text"] = df["text"].str.slice(0, MAX_CHARS)
    return df


@dataclass
class StanceModel:
    pipeline: object
    card: dict

    def predict_proba(self, rows: list[dict]) -> np.ndarray:
        """Probabilities in LABELS order, one row per turn."""
        if not rows:
            return np.zeros((0, len(LABELS)))
        proba = self.pipeline.predict_proba(frame(rows))
        order = [list(self.pipeline.classes_).index(lab) for lab in LABELS]
        return proba[:, order]

    def save(self, directory: Path) -> Path:
        import skops.io as sio

        directory.mkdir(parents=True, exist_ok=True)
        path = directory / MODEL_NAME
        sio.dump(self.pipeline, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        self.card["model_sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        (directory / CARD_NAME).write_text(json.dumps(self.card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path


def train(rows: list[dict], labels: list[str], *, seed: int = 13, card: dict | None = None) -> StanceModel:
    if sorted(set(labels)) != sorted(LABELS):
        raise RatsnlpError(f"[E020] training data must contain every label {LABELS}; found {sorted(set(labels))}.")
    pipe = build_pipeline(seed)
    pipe.fit(frame(rows), labels)
    for _, vectorizer, _ in pipe.named_steps["features"].transformers_:
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_  # the pruned vocabulary: not needed to predict, most of the file size
    return StanceModel(pipe, {**(card or {}), "labels": list(LABELS), "seed": seed, "versions": versions()})


def versions() -> dict[str, str]:
    import sklearn
    import skops
    import spacy

    from ..about import __version__

    return {
        "ratsnlp": __version__,
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "spacy": spacy.__version__,
        "python": platform.python_version(),
    }


def load_model(path: str | Path) -> StanceModel:
    """Load a skops model, trusting only scikit-learn/numpy types and TRUSTED_TYPES; refuse anything else."""
    import skops.io as sio

    p = Path(path)
    if p.is_dir():
        p = p / MODEL_NAME
    if not p.is_file():
        raise RatsnlpError(Errors.E021.format(path=p))
    try:
        untrusted = sio.get_untrusted_types(file=p)
    except Exception as err:  # noqa: BLE001 - any parse failure means a broken or foreign file
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"{type(err).__name__}: {err}")) from None
    unexpected = [t for t in untrusted if t not in TRUSTED_TYPES]
    if unexpected:
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"untrusted types {unexpected}"))
    try:
        pipe = sio.load(p, trusted=TRUSTED_TYPES)
    except Exception as err:  # noqa: BLE001
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"{type(err).__name__}: {err}")) from None
    card_path = p.with_name(CARD_NAME)
    card = json.loads(card_path.read_text(encoding="utf-8")) if card_path.is_file() else {}
    if card.get("model_sha256") and card["model_sha256"] != hashlib.sha256(p.read_bytes()).hexdigest():
        raise RatsnlpError(Errors.E022.format(path=p, reason="the file does not match the hash in its model card"))
    if list(getattr(pipe, "classes_", [])) and sorted(pipe.classes_) != sorted(LABELS):
        raise RatsnlpError(Errors.E022.format(path=p, reason=f"labels {list(pipe.classes_)}"))
    return StanceModel(pipe, card)

