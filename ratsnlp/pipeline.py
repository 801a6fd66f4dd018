"""`load()`: the whole ratsnlp pipeline in one call, on spacy.blank("de") or on a trained pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers the extension attributes)
from .classify import component, positions  # noqa: F401
from .errors import Errors, RatsnlpError
from .segment import lexattrs, mentions, sentences, structure, turns  # noqa: F401  (register factories)
from .segment.tokenizer import wrap as wrap_tokenizer
from .tag import decisions, motions, roles  # noqa: F401

COMPONENTS = (
    "ratsnlp_structure",
    "ratsnlp_sentences",
    "ratsnlp_mentions",
    "ratsnlp_decisions",
    "ratsnlp_turns",
    "ratsnlp_roles",
    "ratsnlp_motions",
)
DEFAULT_MAX_LENGTH = 20_000_000


def load(
    model: str | Path | None = None,
    *,
    stance_model: str | Path | bool | None = None,
    max_length: int = DEFAULT_MAX_LENGTH,
) -> Language:
    """A spaCy pipeline that finds turns, speakers, roles, parties and decisions.

    model: None for spacy.blank("de"); else the name of an installed spaCy pipeline (e.g.
    "de_core_news_md") or the path of a saved one. Its tagger/NER help with names; its own
    sentence boundaries are kept where it has a parser, ratsnlp's are used for turns either way.
    stance_model: path of a stance model (stance.npz); None looks in the default places (see
    classify.component.default_model_path); False leaves the stance classifier out.
    """
    if model is None:
        nlp = spacy.blank("de")
    else:
        try:
            nlp = spacy.load(model)
        except (OSError, ValueError, ImportError) as err:
            raise RatsnlpError(Errors.E002.format(model=str(model), reason=str(err).splitlines()[0])) from None
        if nlp.lang != "de":
            raise RatsnlpError(Errors.E002.format(model=str(model), reason=f"it is a {nlp.lang!r} pipeline, not German"))
    nlp.max_length = max(nlp.max_length, max_length)
    lexattrs.install(nlp.vocab)  # the same lexeme attributes, made faster for each new word (segment/lexattrs.py)
    nlp.tokenizer = wrap_tokenizer(nlp.tokenizer)  # same tokens, cached per chunk (see segment/tokenizer.py)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    if stance_model is not False and "ratsnlp_stance" not in nlp.pipe_names:
        path = None if stance_model in (None, True) else str(stance_model)
        nlp.add_pipe("ratsnlp_stance", config={"model_path": path})
    if "ratsnlp_stance" in nlp.pipe_names and "ratsnlp_positions" not in nlp.pipe_names:
        nlp.add_pipe("ratsnlp_positions")  # positions argued by content need the stance classifier's reading
    return nlp
