"""The stance classifier: safe loading, refusal of tampered files, reproducible training, the component."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from conftest import ROOT

import ratsnlp
from ratsnlp.classify import LABELS
from ratsnlp.classify.features import cue_counts
from ratsnlp.classify.model import CARD_NAME, MODEL_NAME, load_model
from ratsnlp.corpus import load_docs
from ratsnlp.errors import RatsnlpError

MODEL = ROOT / "models" / MODEL_NAME
SAMPLE_TURNS = [t for d in load_docs(ROOT / "data" / "samples") for t in d["turns"]][:40]


@pytest.fixture(scope="module")
def shipped():
    return load_model(MODEL)


def test_shipped_model_loads_with_card(shipped):
    card = shipped.card
    assert card["labels"] == list(LABELS) and card["format"] == "ratsnlp-stance-linear-v2"
    assert len(card["data_sha256"]) == 64 and card["versions"]["scikit-learn"]
    assert {"dev", "test", "unseen"} <= set(card["metrics"])
    p = shipped.predict_proba(SAMPLE_TURNS)
    assert p.shape == (len(SAMPLE_TURNS), 4) and np.allclose(p.sum(axis=1), 1.0, atol=1e-6)


def test_predicting_does_not_import_scikit_learn():
    code = (
        "import sys; from ratsnlp.classify.model import load_model; "
        f"m = load_model({str(MODEL)!r}); "
        "m.predict_proba([{'text': 'Herr A fragt nach den Kosten.', 'role': 'unknown', 'position': 0, 'n_in_item': 1}]); "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _copy_with(tmp_path, **changes):
    """A copy of the shipped model with some arrays replaced, and the card's hash updated to match."""
    with np.load(MODEL, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays.update(changes)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    (tmp_path / MODEL_NAME).write_bytes(buf.getvalue())
    card = json.loads(MODEL.with_name(CARD_NAME).read_text(encoding="utf-8"))
    card["model_sha256"] = hashlib.sha256(buf.getvalue()).hexdigest()
    (tmp_path / CARD_NAME).write_text(json.dumps(card), encoding="utf-8")
    return tmp_path / MODEL_NAME


def test_a_model_holding_a_pickled_object_is_refused(tmp_path):
    # an object array can only be read by unpickling, which could run code: never done
    path = _copy_with(tmp_path, intercept=np.array([print, 0, 0, 0], dtype=object))
    with pytest.raises(RatsnlpError, match="E022"):
        load_model(path)


def test_a_model_with_foreign_arrays_is_refused(tmp_path):
    with pytest.raises(RatsnlpError, match="E022.*coef"):
        load_model(_copy_with(tmp_path, coef=np.zeros((4, 10), dtype=np.float32)))


def test_changed_bytes_fail_the_card_hash(tmp_path):
    shutil.copy(MODEL.with_name(CARD_NAME), tmp_path / CARD_NAME)
    data = bytearray(MODEL.read_bytes())
    data[-30] ^= 1
    (tmp_path / MODEL_NAME).write_bytes(bytes(data))
    with pytest.raises(RatsnlpError, match="hash"):
        load_model(tmp_path / MODEL_NAME)


def test_missing_model_says_how_to_retrain(tmp_path):
    with pytest.raises(RatsnlpError, match="ratsnlp train"):
        ratsnlp.load(stance_model=tmp_path / "nope.npz")


def test_negated_cues_count_for_the_other_side():
    assert cue_counts("Sie sieht keine Bedenken.")["support"] == 1
    assert cue_counts("Er äußert Bedenken.")["concern"] == 1
    assert cue_counts("Die Fraktion kann dem nicht zustimmen.")["concern"] == 1


def test_evaluative_words_are_cues():
    """Real minutes carry concern and support by evaluative words more than by cue verbs."""
    assert cue_counts("Das Vorgehen sei ein Skandal.")["concern"] == 1
    assert cue_counts("Er zeigte sich verwundert über die Eile.")["concern"] == 1
    assert cue_counts("Sie warf der Verwaltung vor, zu spät zu informieren.")["concern"] == 1
    assert cue_counts("Frau Lorenz nimmt die Wahl an.")["support"] == 1
    assert cue_counts("Das Ergebnis sei erfreulich.")["support"] == 1
    assert cue_counts("Das Gutachten liegt seit Mai vor.")["support"] == 0  # "gut" is no stem of Gutachten


def test_reported_criticism_honours_and_confirmations_are_cues():
    """Real minutes report a view by a vote against, an excess or a reflexive verb, and information by confirming."""
    counts = cue_counts("Die Fraktion stimmte gegen den Haushalt.")
    assert counts["concern"] == 1 and counts["support"] == 0  # the longer cue wins over "stimmt"
    assert cue_counts("Er stößt sich an der kurzen Frist.")["concern"] == 1
    assert cue_counts("Die Frist sei zu knapp.")["concern"] == 1
    assert cue_counts("Der Bürgermeister ehrte die Jugendfeuerwehr.")["support"] == 1
    assert cue_counts("Frau Muster bestätigt dies.")["explanation"] == 1



def test_doubt_protest_counterfactual_wishes_and_advocacy_are_cues():
    """Real minutes criticise by putting a thing in question or wishing it had been otherwise, and approve by advocacy."""
    counts = cue_counts("Herr Muster stellt infrage, ob der Ausschuss noch gebraucht werde.")
    assert counts["concern"] == 1 and counts["explanation"] == 0  # the longer cue wins over "stellt"
    assert cue_counts("Frau Muster verwahrt sich gegen die Unterstellung.")["concern"] == 1
    assert cue_counts("Sie hätte sich gewünscht, früher informiert zu werden.")["concern"] == 1
    assert cue_counts("Er warb für eine zweite Buslinie.")["support"] == 1
    assert cue_counts("Sie befindet die Fassung für gut.")["support"] == 1
    assert cue_counts("Er hält das nicht für gut.")["concern"] == 1  # negated
@pytest.mark.timeout(600)
def test_train_reproduces_the_shipped_model(tmp_path, shipped):
    from ratsnlp.classify.train import train_from_corpus

    model, _ = train_from_corpus(ROOT / "data" / "annotated")
    assert model.card["data_sha256"] == shipped.card["data_sha256"], "data changed: run `ratsnlp train`"
    assert np.allclose(model.predict_proba(SAMPLE_TURNS), shipped.predict_proba(SAMPLE_TURNS), atol=1e-9)


def test_component_sets_stance_and_probabilities(fixture_text):
    nlp = ratsnlp.load(stance_model=MODEL)
    docs = list(nlp.pipe([fixture_text("allris_item.txt"), fixture_text("niederschrift.txt")]))
    turns = [t for d in docs for t in d._.turns]
    assert all(t._.stance in LABELS and t._.stance == t._.stances[0] for t in turns)
    assert all(abs(sum(getattr(t._, f"p_{lab}") for lab in LABELS) - 1) < 1e-3 for t in turns)
    df = ratsnlp.turn_table(docs)
    assert {"stance", "stances", "p_request", "p_concern", "p_support", "p_explanation"} <= set(df.columns)
    # a plain question and a presentation are not hard to tell apart
    ehlert = next(t for t in turns if t._.speaker == "Ehlert")
    assert ehlert._.stance == "request"
    assert turns[0]._.stance == "explanation"


# The fast feature code must give the very numbers of the plain formulas it replaced (the shipped model and
# `ratsnlp train` depend on them). The references below are those formulas, written the slow, obvious way.
INVENTED = [
    "",
    " ",
    "a",
    "ab",
    "Frau Dr. Beispiel fragt, ob die Verwaltung das prüfen könnte?",
    "Herr Muster sieht keine Bedenken. Die Fraktion solle zustimmen! Er werde\n gebeten, 2024 zu berichten.",
    "SOLLTE der Antrag — „so wie vorgelegt“ — nicht zustimmungsfähig sein, ſolle man vertagen.",
    "İstanbul, ΣΟΦΙΑΣ und straße_3 x1 y " + "z" * 70 + " " + "é" * 40 + " ende",
    "Bitte um Auskunft über die Kosten (ca. 12.000 €) und den Zeitplan.",
]


def _reference_word_ids(text: str) -> list[int]:
    import re
    import zlib

    from ratsnlp.classify.features import N_HASH, _mix

    toks = re.findall(r"(?u)\b\w\w+\b", text.lower())
    grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]
    crcs = np.array([zlib.crc32(g.encode()) for g in grams], dtype=np.uint64)
    return (_mix(crcs) & np.uint64(N_HASH - 1)).astype(np.int64).tolist() if grams else []


def _reference_char_ids(text: str) -> list[int]:
    from ratsnlp.classify.features import N_HASH, _mix

    words = text.lower().split()
    padded = " " + "  ".join(words) + " " if words else ""
    out = []
    for n in (3, 4):
        for i in range(len(padded) - n + 1):
            gram = padded[i : i + n]
            if " " in gram[1:-1]:
                continue
            h = n
            for ch in gram:
                h = (h * 1000003 + ord(ch)) % 2**64
            out.append(h)
    return (_mix(np.array(out, dtype=np.uint64)) & np.uint64(N_HASH - 1)).astype(np.int64).tolist() if out else []


def test_hashed_ngrams_equal_the_plain_formulas():
    from ratsnlp.classify.features import char_ids, char_ids_rows, word_ids, word_ids_rows

    for text in INVENTED:
        assert word_ids(text).tolist() == _reference_word_ids(text), text
        assert char_ids(text).tolist() == _reference_char_ids(text), text
    for fn, ref in ((word_ids_rows, _reference_word_ids), (char_ids_rows, _reference_char_ids)):
        rows, ids = fn(INVENTED)  # a batch: the same buckets per text, in any order
        got = sorted(zip(rows.tolist(), ids.tolist()))
        assert got == sorted((i, b) for i, t in enumerate(INVENTED) for b in ref(t))


def test_bigram_crcs_from_word_crcs_equal_zlib():
    import random
    import zlib

    from ratsnlp.classify.features import _SHIFT_MAX, _bigram_crcs

    rng = random.Random(7)
    words = ["a", "zu", "straße", "über", "x" * (_SHIFT_MAX - 1), "y" * _SHIFT_MAX, "w" * (_SHIFT_MAX + 9), "日本", "é" * 40]
    toks = [rng.choice(words) for _ in range(400)]
    crcs = np.array([zlib.crc32(t.encode()) for t in toks], dtype=np.uint32)
    sizes = np.array([len(t.encode()) for t in toks])
    second = np.arange(1, len(toks))
    want = [zlib.crc32(f"{toks[j - 1]} {toks[j]}".encode()) for j in second]
    assert _bigram_crcs(crcs, sizes, second, toks).tolist() == want


def test_batch_tfidf_equals_tfidf_row_by_row(shipped):
    from ratsnlp.classify.features import char_ids, char_ids_rows, tfidf, tfidf_rows

    idf = shipped.arrays["idf_chars"]
    bounds, ids, w = tfidf_rows(*char_ids_rows(INVENTED), idf, len(INVENTED))
    for i, text in enumerate(INVENTED):
        uniq, weights = tfidf(char_ids(text), idf)
        assert ids[bounds[i] : bounds[i + 1]].tolist() == uniq.tolist()
        assert w[bounds[i] : bounds[i + 1]].tolist() == weights.tolist()  # exactly, not approximately


def test_cues_and_modals_read_off_the_words_equal_the_patterns(monkeypatch):
    from ratsnlp.classify import features as F

    fast = [F.cue_counts(t) for t in INVENTED]
    monkeypatch.setattr(F, "_cues_start_words", lambda: False)  # the general path: the cue pattern itself
    assert [F.cue_counts(t) for t in INVENTED] == fast
    for text in INVENTED:
        words = F._WORD.findall(text.lower())
        hazards = any(h in text for h in F._FOLD_HAZARDS)
        assert F._modal_count(text, words, F._modal_words(), hazards=hazards) == len(F.MODALS.findall(text)), text


def test_label_order_is_that_of_sorting_each_turn():
    rng = np.random.default_rng(3)
    p = np.round(rng.random((200, 4)), 1)  # many ties
    got = np.argsort(-p, axis=1, kind="stable").tolist()  # as Stance._predict orders the labels
    assert got == [sorted(range(4), key=lambda k: -row[k]) for row in p.tolist()]


def test_dense_rows_of_a_batch_equal_each_text_on_its_own():
    """The batch reads cues, modals and fold hazards for all texts at once; each row must be that text's alone."""
    from ratsnlp.classify import features as F

    texts = INVENTED + ["Keine Bedenken, aber nicht zustimmen.", "Sie müsste. Er möge?"]
    roles = ["chair", "unknown", "mayor"] * 4
    batch = F.dense_rows(texts, roles[: len(texts)])
    for i, (text, role) in enumerate(zip(texts, roles)):
        assert batch[i].tolist() == F.dense_rows([text], [role])[0].tolist(), text
        counts = F.cue_counts(text)
        assert batch[i, : len(F.LABELS)].tolist() == np.log1p([counts[lab] for lab in F.LABELS]).tolist()
        modal = len(F.MODALS.findall(text))
        assert batch[i, 2 * len(F.LABELS) + 2] == np.log1p(modal), text


def test_rows_holding_finds_literals_per_text():
    from ratsnlp.classify.features import _rows_holding

    assert _rows_holding(["ab", "", "xab", "a\u0131b"], ("ab", "\u0131")) == {0, 2, 3}
    assert _rows_holding(["a", "b"], ("ab",)) == set()  # never across two texts


def test_round4_equals_round_also_at_ties():
    from ratsnlp.classify.component import round4

    rng = np.random.default_rng(5)
    ties = (rng.integers(0, 20001, (2000, 4)) + 0.5) / 20000.0  # k + 0.5 in the fifth decimal (as near as a double gets)
    m = np.concatenate([rng.random((5000, 4)), rng.random((2000, 4)) ** 8, ties, np.nextafter(ties, 2.0), [[0.0, 1.0, 5e-5, np.nan]]])
    want = [[repr(round(x, 4)) for x in row] for row in m.tolist()]
    assert [[repr(x) for x in row] for row in round4(m)] == want



def test_a_source_checkout_uses_its_own_model_not_a_stale_install_copy(monkeypatch, tmp_path):
    """In a checkout (editable install), models/ wins over <prefix>/share/ratsnlp/models, which is copied once at install."""
    from ratsnlp.classify import component

    checkout, prefix = tmp_path / "checkout", tmp_path / "venv"
    (checkout / "ratsnlp" / "classify").mkdir(parents=True)
    (checkout / "models").mkdir()
    (prefix / "share" / "ratsnlp" / "models").mkdir(parents=True)
    for path in (checkout / "setup.cfg", checkout / "ratsnlp" / "__init__.py", checkout / "models" / MODEL_NAME,
                 prefix / "share" / "ratsnlp" / "models" / MODEL_NAME):
        path.write_text("x")
    monkeypatch.delenv("RATSNLP_STANCE_MODEL", raising=False)
    monkeypatch.setattr(component.sys, "prefix", str(prefix))
    monkeypatch.setattr(component, "__file__", str(checkout / "ratsnlp" / "classify" / "component.py"))
    assert component.default_model_path() == checkout / "models" / MODEL_NAME
    (checkout / "setup.cfg").unlink()  # an installed wheel: the install copy
    assert component.default_model_path() == prefix / "share" / "ratsnlp" / "models" / MODEL_NAME
    monkeypatch.setenv("RATSNLP_STANCE_MODEL", str(tmp_path / "mine.npz"))
    (tmp_path / "mine.npz").write_text("x")
    assert component.default_model_path() == tmp_path / "mine.npz"


def test_chunk_table_gives_the_same_features_when_cleared_and_across_batches(monkeypatch):
    """The per-chunk table is bounded: cleared when full, mid-batch, the features must not change."""
    from ratsnlp.classify import features as F

    texts = INVENTED + ["Keine Bedenken, aber nicht zustimmen.", "Sie müsste. Er möge?"]
    lows = [t.lower() for t in texts]
    want = (F.word_ids_lowered(list(lows)), F.char_ids_lowered(list(lows)), F.dense_rows(texts, ["chair"] * len(texts)))
    monkeypatch.setattr(F, "_CHUNKS", F._ChunkTable())
    monkeypatch.setattr(F._ChunkTable, "LIMIT", 8)  # fewer than the chunks of one batch: cleared on every batch
    for _ in range(2):
        got = (F.word_ids_lowered(list(lows)), F.char_ids_lowered(list(lows)), F.dense_rows(texts, ["chair"] * len(texts)))
        for a, b in zip(want[:2], got[:2]):
            assert a[0].tolist() == b[0].tolist() and a[1].tolist() == b[1].tolist()
        assert want[2].tolist() == got[2].tolist()


def test_sentence_ends_of_joined_texts_equal_each_text_on_its_own():
    import random

    from ratsnlp.classify import features as F

    rng = random.Random(3)
    alphabet = ["a", ".", "!", "?", " ", "\n", "\t", "\u2003", "x"]
    for _ in range(500):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 6))]
        assert F._sentence_ends(texts).tolist() == [len(F._SENTENCE_END.findall(t)) for t in texts], texts
