"""doccache hands the tokenizer's string to the first component: the same text as doc.text, never a stale one."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from ratsnlp import extensions as ext
from ratsnlp.segment import doccache
from ratsnlp.segment.tokenizer import ChunkCachedTokenizer


def test_text_is_the_tokenizers_string_and_doc_text():
    tok = ChunkCachedTokenizer(spacy.blank("de").tokenizer)
    text = "Frau Ohlendiek (XY) fragt nach.\n\n  TOP 4  \n"
    doc = tok(text)
    got = doccache.text_of(doc)
    assert got is text and got == doc.text
    assert doc.user_data[ext.TEXT_KEY] is text
    assert doccache.text_of(doc) is text  # later calls read what text_of keeps


def test_a_doc_the_tokenizer_did_not_make_is_rebuilt_from_its_tokens():
    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Herr", "Brückner", "spricht", "."], spaces=[True, True, False, False])
    assert doccache.text_of(doc) == "Herr Brückner spricht."


def test_a_string_the_tokens_do_not_spell_is_not_taken():
    vocab = spacy.blank("de").vocab
    doc = Doc(vocab, words=["Ja", "."], spaces=[False, False])
    doccache.remember_text(doc, "Nein.")
    assert doccache.text_of(doc) == "Ja."
    empty = Doc(vocab, words=[], spaces=[])
    doccache.remember_text(empty, "x")
    assert doccache.text_of(empty) == ""
