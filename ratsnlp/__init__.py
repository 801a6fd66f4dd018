"""ratsnlp: German municipal council minutes -> speaker turns, roles, parties and decisions.

    >>> import ratsnlp
    >>> nlp = ratsnlp.load()                    # spacy.blank("de") + ratsnlp components
    >>> doc = nlp(text)
    >>> [(t._.speaker, t._.role) for t in doc._.turns]
    >>> df = ratsnlp.extract(["minutes.txt"])   # the turn table as a DataFrame
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .about import __version__
from .pipeline import load
from .table import DECISION_COLUMNS, MOTION_COLUMNS, TURN_COLUMNS, decision_table, motion_table, turn_table

if TYPE_CHECKING:  # pandas is imported where a frame is built: spaCy imports this package with every pipeline
    import pandas as pd

__all__ = [
    "DECISION_COLUMNS",
    "MOTION_COLUMNS",
    "TURN_COLUMNS",
    "__version__",
    "decision_table",
    "motion_table",
    "extract",
    "load",
    "turn_table",
]


def extract(paths: Iterable[str], *, model: str | None = None, decisions: bool = False) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """The turn table of the minutes at `paths` (files or directories); with decisions=True also the decisions table.

    Documents that cannot be read are skipped with a warning; use ratsnlp.batch.extract for the ledger.
    """
    import warnings

    from .batch import extract as run

    result = run(list(paths), nlp=load(model), on_message=lambda m: warnings.warn(m, stacklevel=3))
    return (result.turns, result.decisions) if decisions else result.turns
