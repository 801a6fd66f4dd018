"""The stance model's place features: the words of a turn's first sentence and of the rest, hashed apart."""

from __future__ import annotations

import json
import shutil
import zlib

import numpy as np
import pytest
from conftest import ROOT

from ratsnlp.classify import model as stance_model
from ratsnlp.classify.features import N_HASH, place_ids_lowered, turn_word_ids_lowered, word_ids_lowered
from ratsnlp.errors import RatsnlpError

# invented turns
THANKS_FIRST = "Frau Lind (Grüne): Sie dankt der Verwaltung für die Vorlage. Sie fragt nach den Kosten."
THANKS_LAST = "Frau Lind (Grüne): Sie fragt nach den Kosten der Vorlage. Sie dankt der Verwaltung."


def bucket(place: str, word: str) -> int:
    return zlib.crc32(f"{place}:{word}".encode()) & (N_HASH - 1)


def test_first_sentence_and_rest_words_get_their_own_buckets():
    rows, ids = place_ids_lowered([THANKS_FIRST.lower(), THANKS_LAST.lower()])
    first, last = set(ids[rows == 0].tolist()), set(ids[rows == 1].tolist())
    assert bucket("f", "dankt") in first and bucket("r", "fragt") in first
    assert bucket("f", "fragt") in last and bucket("r", "dankt") in last
    assert bucket("r", "dankt") not in first and bucket("f", "dankt") not in last
    # the speaker line's colon (within the first characters) ends no first sentence
    assert bucket("f", "lind") in first and bucket("f", "sie") in first


def test_a_turn_of_one_sentence_has_only_first_sentence_words():
    rows, ids = place_ids_lowered(["herr okafor bedankt sich für die wahl"])
    assert sorted(ids.tolist()) == sorted(bucket("f", w) for w in ["herr", "okafor", "bedankt", "sich", "für", "die", "wahl"])
    assert rows.tolist() == [0] * 7


def test_the_word_block_holds_plain_and_place_words_and_design_matrix_agrees():
    lows = [THANKS_FIRST.lower(), "", THANKS_LAST.lower()]
    rows, ids = turn_word_ids_lowered(lows)
    plain_rows, plain_ids = word_ids_lowered(lows)
    place_rows, place_ids = place_ids_lowered(lows)
    assert sorted(zip(rows.tolist(), ids.tolist())) == sorted(
        [*zip(plain_rows.tolist(), plain_ids.tolist()), *zip(place_rows.tolist(), place_ids.tolist())]
    )
    texts = [THANKS_FIRST, "–", THANKS_LAST]
    words, _, _ = stance_model.design_matrix([{"text": t, "role": "council_member"} for t in texts])
    assert words.shape[0] == 3
    assert words[0, bucket("f", "dankt")] == 1 and words[0, bucket("r", "dankt")] == 0
    assert words[2, bucket("r", "dankt")] == 1 and words[2, bucket("f", "dankt")] == 0
    assert np.array_equal(words[1].toarray(), np.zeros((1, N_HASH)))


def test_a_model_of_the_format_without_place_words_is_refused(tmp_path):
    # its coefficients were fitted without the place words, which now share its word block: refused, not misread
    models = ROOT / "models"
    shutil.copy(models / stance_model.MODEL_NAME, tmp_path / stance_model.MODEL_NAME)
    card = json.loads((models / stance_model.CARD_NAME).read_text(encoding="utf-8"))
    (tmp_path / stance_model.CARD_NAME).write_text(json.dumps({**card, "format": "ratsnlp-stance-linear-v1"}), encoding="utf-8")
    with pytest.raises(RatsnlpError, match="E022.*format"):
        stance_model.load_model(tmp_path / stance_model.MODEL_NAME)


def _reference_place_ids(low: str) -> list[int]:
    """The plain formula: the words of the slices before and after the first sentence's end."""
    import re

    m = re.compile(r"[.!?:](?:\s|$)").search(low, 20)
    first, rest = (low[: m.start()], low[m.end() :]) if m else (low, "")
    return [bucket("f", w) for w in re.findall(r"\w\w+", first)] + [bucket("r", w) for w in re.findall(r"\w\w+", rest)]


def test_place_ids_of_a_batch_equal_the_plain_formula_per_text():
    lows = [t.lower() for t in (THANKS_FIRST, "", "Ja.", "Herr Dr. Nowak: Danke!Gut.", "a. b: c", THANKS_LAST, "x" * 30 + ":")]
    rows, ids = place_ids_lowered(lows)
    for i, low in enumerate(lows):
        assert ids[rows == i].tolist() == _reference_place_ids(low)
