"""The dense-feature weight of the stance fit: folded into the stored coefficients, so predicting is unchanged."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import ROOT

from ratsnlp.classify import LABELS
from ratsnlp.classify import model as stance_model
from ratsnlp.classify.features import N_HASH
from ratsnlp.corpus import load_docs

ROWS = [t for d in load_docs(ROOT / "data" / "samples") for t in d["turns"]]


def _reference_proba(rows: list[dict], weight: float) -> np.ndarray:
    """The documented procedure written out with scikit-learn: tf-idf blocks, standardised dense features
    times the weight, balanced logistic regression, sigmoid calibration on 3 folds."""
    from scipy import sparse
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from threadpoolctl import threadpool_limits

    words, chars, dense = stance_model.design_matrix(rows)
    scale = dense.std(axis=0)
    scale[scale == 0] = 1.0
    X = sparse.hstack(
        [
            stance_model._weighted(words, stance_model._idf(words)),
            stance_model._weighted(chars, stance_model._idf(chars)),
            sparse.csr_matrix((dense - dense.mean(axis=0)) / scale * weight),
        ]
    ).tocsr()
    X = X[:, np.unique(X.indices)]  # a column that is zero everywhere gets weight zero either way
    clf = LogisticRegression(C=stance_model.C, class_weight="balanced", max_iter=3000, random_state=stance_model.SEED)
    cv = StratifiedKFold(3, shuffle=True, random_state=stance_model.SEED)
    with threadpool_limits(limits=1):
        cal = CalibratedClassifierCV(clf, method="sigmoid", cv=cv, ensemble=False).fit(X, [r["stance"] for r in rows])
    return cal.predict_proba(X)[:, [list(cal.classes_).index(lab) for lab in LABELS]]


@pytest.fixture(scope="module")
def models():
    """Models fitted on the sample turns with the dense weight 1 and 1/4 (the weight patched during the fit)."""
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        for weight in (1.0, 0.25):
            mp.setattr(stance_model, "DENSE_WEIGHT", weight)
            out[weight] = stance_model.train(ROWS, [r["stance"] for r in ROWS])
    return out


@pytest.mark.timeout(600)
@pytest.mark.parametrize("weight", [1.0, 0.25])
def test_dense_weight_is_folded_into_the_coefficients(models, weight):
    assert models[weight].card["hyperparameters"]["dense_weight"] == weight
    assert np.allclose(models[weight].predict_proba(ROWS), _reference_proba(ROWS, weight), atol=1e-5)


def test_a_smaller_dense_weight_leans_less_on_cues_and_role(models):
    def dense_share(coef: np.ndarray) -> float:
        return float(np.linalg.norm(coef[:, 2 * N_HASH :]) / np.linalg.norm(coef[:, : 2 * N_HASH]))

    assert dense_share(models[0.25].arrays["coef"]) < 0.5 * dense_share(models[1.0].arrays["coef"])
