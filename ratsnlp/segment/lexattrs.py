"""Faster stand-ins for spaCy's lexical attribute getters, with the same value for every string.

Why: spaCy makes a lexeme for each new word and calls every getter of `vocab.lex_attr_getters` on it (about
twenty Python functions: like_url, like_num, is_punct, is_ascii ...). On minutes new to the process nearly every
word is new, and a cold run over a few hundred documents makes some 20,000 lexemes. Most getters are a method of
str (`str.isalpha`) or a set membership called through a Python function; the others answer most words from a
cheap test that decides them exactly ("." not in the word: like_url; letters only: like_num; letters and digits
only: is_punct, is_currency; no "@": like_email) and leave the rest to spaCy's own function. (word_shape is
left alone: spaCy's loop is as fast as anything built from str.translate and a regex.)

`install(vocab)` replaces only a getter that is spaCy's own function (or its partial for stop words and the
language): a getter a pipeline set itself stays. tests/test_lexattrs.py checks every stand-in against spaCy's
function.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container
from operator import itemgetter

from spacy import attrs
from spacy.lang import lex_attrs as base
from spacy.vocab import Vocab

# the tuples spaCy's is_bracket / is_quote / is_left_punct / is_right_punct test a string's membership in
_BRACKETS = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
_QUOTES = frozenset(('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``"))
_LEFT = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
_RIGHT = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))
_URL_STARTS = ("http://", "https://")


def like_url(text: str) -> bool:
    """base.like_url: a non-empty word without "." is a URL exactly when it starts with "http://" or "https://"
    (each later test of spaCy's needs a "."; "www." has one)."""
    if text and "." not in text:
        return text.startswith(_URL_STARTS)
    return base.like_url(text)


def like_num(text: str) -> bool:
    """base.like_num: a word of letters only is no number (no letter is a digit, and it has no "/")."""
    return False if text.isalpha() else base.like_num(text)


def like_email(text: str) -> bool:
    """base.like_email: its regex needs an "@"."""
    return "@" in text and base.like_email(text)


def is_punct(text: str) -> bool:
    """base.is_punct: a non-empty word of letters and digits starts with a character of category L or N, not P."""
    return False if text.isalnum() else base.is_punct(text)


def is_currency(text: str) -> bool:
    """base.is_currency: likewise, a letter or digit is not of category Sc."""
    return False if text.isalnum() else base.is_currency(text)


def _is_stop(stops: Container[str]) -> Callable[[str], bool]:
    """base.is_stop with its stop words, without the partial's second call."""

    def is_stop(string: str) -> bool:
        return string.lower() in stops

    return is_stop


# spaCy's function -> the stand-in
_SAME: dict[Callable, Callable] = {
    base.lower: str.lower,
    base.prefix: itemgetter(0),
    base.suffix: itemgetter(slice(-3, None)),
    base.is_alpha: str.isalpha,
    base.is_digit: str.isdigit,
    base.is_lower: str.islower,
    base.is_space: str.isspace,
    base.is_title: str.istitle,
    base.is_upper: str.isupper,
    base.is_ascii: str.isascii,
    base.is_bracket: _BRACKETS.__contains__,
    base.is_quote: _QUOTES.__contains__,
    base.is_left_punct: _LEFT.__contains__,
    base.is_right_punct: _RIGHT.__contains__,
    base.like_url: like_url,
    base.like_num: like_num,
    base.like_email: like_email,
    base.is_punct: is_punct,
    base.is_currency: is_currency,
}


def stand_in(getter: Callable) -> Callable | None:
    """The faster getter with the same values as spaCy's `getter`, or None when it is not one of spaCy's."""
    try:
        same = _SAME.get(getter)
    except TypeError:  # an unhashable callable
        return None
    if same is not None:
        return same
    if isinstance(getter, functools.partial) and not getter.args:
        kw = getter.keywords
        if getter.func is base.is_stop and set(kw) == {"stops"}:
            return _is_stop(kw["stops"])
        lang = kw.get("lang")
        if getter.func is base.get_lang and set(kw) == {"lang"} and isinstance(lang, str) and "{" not in lang and "}" not in lang:
            return lang.format  # a string without replacement fields formats to itself, whatever the argument
    return None


def install(vocab: Vocab) -> None:
    """Put the stand-ins in place of spaCy's own getters in vocab.lex_attr_getters (the others stay; the norm
    getter, which spaCy rebuilds when its lookups change, is left as it is)."""
    getters = vocab.lex_attr_getters
    if not getters:
        return
    for attr, getter in list(getters.items()):
        if attr != attrs.NORM and (new := stand_in(getter)) is not None:
            getters[attr] = new


__all__ = ["install", "stand_in"]
