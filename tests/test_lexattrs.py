"""The stand-ins of segment/lexattrs.py give every lexeme the attributes spaCy's own getters give it."""

from __future__ import annotations

import pytest
import spacy

from ratsnlp.segment import lexattrs

WORDS = [
    "", " ", "\n\n", "\t", "a", "Ä", "ß", "Haushaltsplan", "CDU-Fraktion", "SPD", "Dr.", "z.B.", "u.a.",
    "12", "12.03.2024", "1/2", "3/4/5", "+3,5", "-7", "±2", "~10", "1.200", "²", "½", "Ⅻ", "٣", "三",
    "ǅemal", "İstanbul", "ﬁnanz", "(", ")", "[", "»", "«", "„", "“", "''", "``", "...", "…", "-", "--", "—",
    "€", "$", "€€", "5€", "%", "§", "§§", ":", ";", "!?", "www.", "www.x", "www.stadt.de", "http://x", "https:",
    "https://rat.example", "stadt.de", "stadt.de/", "stadt.de:8080", ".de", "de.", "a@b", "a@b.de",
    "x.y@rat.example", "rathaus@", "ratsinfo.example.org/vo020", "Müller@Rathaus", "ABC.def", "a" * 120,
    "aaaaaaa", "XXXXXXX", "9999999", "-----", "Stadtrat*in", "Bürger_innen", "Vertreter:innen", "o'Neill",
    "’s", "n't", "A1", "1a", "x²", "TOP", "Top", "top", "und", "Und", "UND", "nicht", "ihr",
]


@pytest.fixture(scope="module")
def getters() -> dict:
    return dict(spacy.blank("de").vocab.lex_attr_getters)


def _outcome(fn, word: str):  # noqa: ANN001, ANN202 - a getter's value and type, or the exception it raises
    try:
        value = fn(word)
    except Exception as err:  # noqa: BLE001
        return type(err)
    return type(value), value


def test_every_stand_in_gives_spacys_value(getters: dict) -> None:
    replaced = 0
    for attr, fn in getters.items():
        new = lexattrs.stand_in(fn)
        if new is None:
            continue
        replaced += 1
        for word in WORDS:
            assert _outcome(new, word) == _outcome(fn, word), (attr, word)
    assert replaced >= 20  # all but the norm (and the shape) getter


def test_install_keeps_other_getters_and_the_lexemes_agree() -> None:
    plain, fast = spacy.blank("de"), spacy.blank("de")
    mine = lambda s: len(s) > 3  # noqa: E731 - a getter a pipeline set itself
    fast.vocab.lex_attr_getters[spacy.attrs.IS_STOP] = mine
    plain.vocab.lex_attr_getters[spacy.attrs.IS_STOP] = mine
    lexattrs.install(fast.vocab)
    assert fast.vocab.lex_attr_getters[spacy.attrs.IS_STOP] is mine
    attrs = ("lower_", "norm_", "prefix_", "suffix_", "shape_", "lang_", "is_alpha", "is_digit", "is_lower", "is_space",
             "is_title", "is_upper", "is_stop", "like_email", "like_num", "is_punct", "is_ascii", "is_bracket",
             "is_quote", "is_left_punct", "is_right_punct", "is_currency", "like_url")  # fmt: skip
    for word in WORDS:
        if word:
            a, b = plain.vocab[word], fast.vocab[word]
            assert [getattr(a, n) for n in attrs] == [getattr(b, n) for n in attrs], word


def test_the_pipeline_uses_them() -> None:
    import ratsnlp

    nlp = ratsnlp.load(stance_model=False)
    assert nlp.vocab.lex_attr_getters[spacy.attrs.IS_ALPHA] is str.isalpha
