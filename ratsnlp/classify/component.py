"""The `ratsnlp_stance` component: request / concern / support / explanation with probabilities per turn.

Loads the model once (numeric arrays only, checked against its card) and predicts for all turns of a batch of documents
at once in `pipe`, so `nlp.pipe` pays the scikit-learn overhead per batch, not per turn.
"""

from __future__ import annotations

import bisect
import itertools
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..errors import Errors, RatsnlpError
from . import LABELS
from .model import CARD_NAME, MODEL_NAME, StanceModel, load_model

STANCES_THRESHOLD = 0.35


def _checkout_models() -> Path | None:
    """models/ of the source checkout ratsnlp is imported from (an editable install or PYTHONPATH), if any.

    Why: an install copies models/ to share/ratsnlp/models once; in a checkout that copy goes stale as soon as the
    model is retrained, so the checkout's own models/ must win there.
    """
    root = Path(__file__).resolve().parents[2]
    return root / "models" if (root / "setup.cfg").is_file() and (root / "ratsnlp" / "__init__.py").is_file() else None


def default_model_path() -> Path | None:
    """Where a stance model is looked for: $RATSNLP_STANCE_MODEL, the source checkout's models/ (when ratsnlp runs
    from one), the installed share/ratsnlp/models, ./models."""
    env = os.environ.get("RATSNLP_STANCE_MODEL")
    candidates = [Path(env)] if env else []
    checkout = _checkout_models()
    candidates += [checkout / MODEL_NAME] if checkout else []
    candidates += [Path(sys.prefix) / "share" / "ratsnlp" / "models" / MODEL_NAME, Path("models") / MODEL_NAME]
    return next((p for p in candidates if p.is_file()), None)


@Language.factory("ratsnlp_stance", default_config={"model_path": None}, requires=["doc.spans"])
def make_stance(nlp: Language, name: str, model_path: str | None) -> Stance:
    return Stance(name=name, model_path=model_path)


class Stance:
    """Sets span._.stance, span._.stances and span._.p_<label> on every turn."""

    def __init__(self, *, name: str = "ratsnlp_stance", model_path: str | None = None) -> None:
        self.name = name
        path = Path(model_path) if model_path else default_model_path()
        if path is None:
            raise RatsnlpError(Errors.E021.format(path=f"{model_path or 'models/' + MODEL_NAME} (or $RATSNLP_STANCE_MODEL)"))
        self.model_path = path
        self.model: StanceModel = load_model(path)

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._predict(batch)
                batch = []
        if batch:
            yield from self._predict(batch)

    def _predict(self, docs: list[Doc]) -> list[Doc]:
        per_doc, rows = [], []
        for doc in docs:
            bounds, doc_rows = turn_inputs(doc)
            if bounds:
                per_doc.append((doc, bounds))
                rows += doc_rows
        if not rows:
            return docs
        matrix = self.model.predict_proba(rows)
        proba = matrix.tolist()
        # labels by falling probability, ties in label order: what sorted(range(4), key=lambda k: -p[k]) gives
        orders = np.argsort(-matrix, axis=1, kind="stable").tolist()
        fields = ("stance", "stances", *(f"p_{lab}" for lab in LABELS))
        values = iter(
            (LABELS[order[0]], [LABELS[k] for k in order if k == order[0] or p[k] >= STANCES_THRESHOLD], *rounded)
            for p, order, rounded in zip(proba, orders, round4(matrix))
        )
        for doc, bounds in per_doc:  # stored under each turn's offsets: no Span built
            ext.set_values_at(doc, bounds, fields, itertools.islice(values, len(bounds)))
        return docs

    def card(self) -> dict:
        return dict(self.model.card)


def round4(matrix: np.ndarray) -> list[list[float]]:
    """[[round(x, 4) for x in row] for row in matrix], in numpy: rint(x * 10**4) / 10**4.

    Away from a tie (x * 10**4 not within 1e-6 of k + 0.5) the product's rounding error cannot move it
    to another integer n, and n / 10**4 is the double nearest to the decimal, which is what round gives;
    the rare values near a tie, and any that are not finite, are rounded by round itself."""
    y = matrix * 10000.0
    out = np.rint(y) / 10000.0
    with np.errstate(invalid="ignore"):  # inf - inf: in doubt anyway
        doubt = ~np.isfinite(y) | (np.abs(np.abs(y - np.floor(y)) - 0.5) < 1e-6)
    if doubt.any():
        out[doubt] = [round(x, 4) for x in matrix[doubt].tolist()]
    return out.tolist()


def turn_rows(doc: Doc) -> list[tuple[Span, dict]]:
    """The classifier's input for each turn: text, role and position within its agenda item."""
    return list(zip(doc.spans.get(ext.SPAN_GROUPS["turns"], []), turn_inputs(doc)[1]))


def turn_inputs(doc: Doc) -> tuple[list[tuple[int, int]], list[dict]]:
    """The (start_char, end_char) of each turn and its row of turn_rows, read off the offsets (no Span built)."""
    items = sorted(a for a, _, _ in ext.group_rows(doc, ext.SPAN_GROUPS["items"]))
    bounds = [(a, b) for a, b, _ in ext.group_rows(doc, ext.SPAN_GROUPS["turns"])]
    keys = [bisect.bisect_right(items, a) for a, _ in bounds]
    counts = Counter(keys)
    seen: dict[int, int] = {}
    text = ext.text_of(doc, keep=False)
    roles = ext.values_at(doc, bounds, "role")
    out = []
    for (start, end), k, role in zip(bounds, keys, roles):
        pos = seen.get(k, 0)
        seen[k] = pos + 1
        out.append({"text": text[start:end], "role": role or "unknown", "position": pos, "n_in_item": counts[k]})
    return bounds, out


__all__ = ["CARD_NAME", "Stance", "default_model_path", "turn_inputs", "turn_rows"]
