"""Per-document values that several ratsnlp components would otherwise each compute, kept while the doc lives.

The text: spaCy's doc.text rebuilds the string from a Token object per token, which cost the first component
about a fifth of its time; the tokenizer (segment/tokenizer.py) has the very string and leaves it here, and the
first component hands it to extensions.text_of. Kept in weak maps outside user_data (DocBin stores user_data).
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from .. import extensions as ext

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> Doc:
    """Note that doc was made from text (the tokenizer does, for every doc it returns)."""
    _TEXTS[doc] = text
    return doc


def text_of(doc: Doc) -> str:
    """ext.text_of(doc), taking the tokenizer's string where it is still the doc's (same length as the tokens
    spell: tokens are never retokenized into other characters) instead of rebuilding it the first time."""
    text = _TEXTS.pop(doc, None)
    if text is not None and ext.TEXT_KEY not in doc.user_data and _spells(doc, text):
        doc.user_data[ext.TEXT_KEY] = text
    return ext.text_of(doc)


def _spells(doc: Doc, text: str) -> bool:
    """Whether the doc's tokens end where text does (the text is the doc's, as the tokenizer made it)."""
    if not len(doc):
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)
