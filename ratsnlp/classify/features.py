"""Features of a turn for the stance classifier: hashed n-grams of its words and characters, and cues.

Hashed n-grams need no vocabulary (nothing to store but weights, nothing slow to load). The dense turn
features are cue stems with negation handling ("keine Bedenken" counts for support), questions, modal verbs
of reported requests ("solle", "müsse") and the speaker's role.
The cues come from resources/de/stance_cues.tsv; they are evidence, not rules.

Only numpy here: predicting needs no scikit-learn import (that costs a second at start-up); training
(model.train) does.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from ..resources import ROLES, alternation, read_tsv
from ..resources.literals import Prechecked, required_literals
from . import LABELS

NEGATORS = frozenset(["kein", "keine", "keinen", "keiner", "keinerlei", "nicht", "nichts", "ohne", "nie", "niemals", "weder"])
MODALS = Prechecked(re.compile(r"\b(?:solle|sollte|sollten|müsse|müsste|müssten|möge|könne|könnte|dürfe|werde\s+gebeten)\b", re.I))  # exact, skips texts without the words
_WORD = re.compile(r"[a-zäöüß]+")
_START = re.Match.start


@lru_cache(maxsize=1)
def cue_table() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    rows = read_tsv("stance_cues.tsv", ("cue", "label", "flip"))
    out = []
    for r in rows:
        if r["label"] not in LABELS or (r["flip"] and r["flip"] not in LABELS):
            raise ValueError(f"stance_cues.tsv: unknown label in {r}")
        out.append((tuple(r["cue"].lower().split()), r["label"], r["flip"] or r["label"]))
    return tuple(out)


@lru_cache(maxsize=1)
def _cue_index() -> tuple[re.Pattern[str], dict[str, list[tuple[tuple[str, ...], str, str]]]]:
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for cue, label, flip in cue_table():
        by_first.setdefault(cue[0], []).append((cue, label, flip))
    return re.compile(rf"(?<![a-zäöüß])(?:{alternation(list(by_first))})[a-zäöüß]*"), by_first


Cue = tuple[tuple[str, ...], str, str]


class _CuesByWord(dict[str, tuple[Cue, ...]]):
    """word -> the cues it can start (its prefixes that begin a cue), longest cue first.

    Computed once per word and looked up with the dict's own indexing (in C, also through map()).
    """

    def __missing__(self, word: str) -> tuple[Cue, ...]:
        if len(self) >= 2**16:  # bounded, as a long run meets ever new words
            self.clear()
        by_first = _cue_index()[1]
        keys = [word[:n] for n in range(len(word), 0, -1) if word[:n] in by_first]
        cues = self[word] = tuple(sorted((c for k in keys for c in by_first[k]), key=lambda c: -len(c[0])))
        return cues


_CUES_BY_WORD = _CuesByWord()


@lru_cache(maxsize=1)
def _cues_start_words() -> bool:
    """Whether every cue's first word is letters only ([a-zäöüß]+, true of the shipped cues).

    Then a cue can match only where a word of _WORD starts, and a word starts a match exactly when
    _CUES_BY_WORD[word] is not empty: the words themselves are the candidates, and the cue pattern need not
    scan the text a second time.
    """
    return all(_WORD.fullmatch(k) for k in _cue_index()[1])


def _cue_code(word: str) -> int:
    """What the cues that the word can start say, packed in an int: bit 0, a cue of several words starts with it;
    bit 1, a cue of the word alone does, and then bits 2-4 and 5-7 hold the label and flip label (LABELS index)
    of the first such cue, the one that matches when no longer cue does."""
    if not _cue_index()[0].match(word):  # no cue's first word is a prefix of it (most words): no cue list built
        return 0
    cues = _CUES_BY_WORD[word]  # longest first
    code = int(bool(cues) and len(cues[0][0]) > 1)
    single = next((c for c in cues if len(c[0]) == 1), None)
    if single is not None:
        code |= 2 | LABELS.index(single[1]) << 2 | LABELS.index(single[2]) << 5
    return code


def _cue_codes(words: list[str]) -> np.ndarray:
    """_cue_code of each word; the words that no cue's first word begins (most) are found in one pass."""
    codes = np.zeros(len(words), dtype=np.int16)
    if not words:
        return codes
    joined = "\n".join(words)  # words never hold a line break
    line_starts = np.cumsum([0, *(len(w) + 1 for w in words[:-1])])
    at = np.fromiter(map(_START, _cue_starts().finditer(joined)), dtype=np.int64)
    for k in np.searchsorted(line_starts, at).tolist():
        codes[k] = _cue_code(words[k])
    return codes


@lru_cache(maxsize=1)
def _cue_starts() -> re.Pattern[str]:
    """A pattern matching at the start of each line that begins with a cue's first word (the cue index's
    alternation, anchored at line starts)."""
    return re.compile(rf"(?m)^(?:{alternation(list(_cue_index()[1]))})")


@lru_cache(maxsize=1)
def _longest_cue() -> int:
    """The number of words of the longest cue."""
    return max((len(cue) for cue, _, _ in cue_table()), default=1)


@lru_cache(maxsize=1)
def _cue_seconds() -> frozenset[str]:
    """The second words of the cues of several words: a word of kind 1 starts a cue only before one of them."""
    return frozenset(cue[1] for cue, _, _ in cue_table() if len(cue) > 1)


def cue_counts(text: str) -> dict[str, float]:
    """Cue hits per label, a negated cue counted for its flip label ("keine Bedenken" -> support)."""
    return cue_counts_lowered(text.lower())


def cue_counts_lowered(low: str, words: list[str] | None = None) -> dict[str, float]:
    """cue_counts of a text already lowercased (words: _WORD.findall(low), when the caller has them)."""
    counts = dict.fromkeys(LABELS, 0.0)
    first: str | None = None
    if _cues_start_words():
        if words is None:
            words = _WORD.findall(low)
        hits = list(itertools.compress(range(len(words)), map(_CUES_BY_WORD.__getitem__, words)))
    else:
        hits, words = _cue_hits(low)
    for i in hits:
        for cue, label, flip in _CUES_BY_WORD[words[i]]:
            if len(cue) > 1 and tuple(words[i : i + len(cue)])[1:] != cue[1:]:
                continue
            negated = any(x in NEGATORS for x in words[max(0, i - 3) : i])
            lab = flip if negated else label
            counts[lab] += 1.0
            if first is None:
                first = lab
            break
    counts["first"] = LABELS.index(first) if first else -1
    return counts


def _cue_hits(low: str) -> tuple[list[int], list[str]]:
    """The indices of the words at which the cue pattern matches, and the words (the general case)."""
    hits = list(map(_START, _cue_index()[0].finditer(low)))
    if not hits:  # the words only when there is a cue to read
        return [], []
    words = _WORD.findall(low)
    starts = list(map(_START, _WORD.finditer(low)))
    return [i for i in (bisect.bisect_left(starts, pos) for pos in hits) if i < len(words)], words


N_HASH = 2**18  # buckets per n-gram block (words, characters); collisions are rare at this corpus size
_TOKEN = re.compile(r"\w\w+")  # the words of (?u)\b\w\w+\b (a run of word characters is matched whole), without its slow \b tests
_MASK = np.uint64(N_HASH - 1)


def _mix(h: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64), so that bucket = low bits is well spread.

    After the first step, in place in one buffer (the same values; no new array per step).
    """
    h = h ^ (h >> np.uint64(30))
    t = np.empty_like(h)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= np.right_shift(h, np.uint64(27), out=t)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= np.right_shift(h, np.uint64(31), out=t)
    return h


def word_ids(text: str) -> np.ndarray:
    """Buckets of the lowercased word unigrams and bigrams (words of two or more characters)."""
    return word_ids_rows([text])[1]


def word_ids_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """word_ids of many texts in one go: (row of each bucket, buckets); for one text, its word_ids in order.

    One numpy pass for a whole batch instead of a few calls per text (their overhead was most of the cost).
    """
    return word_ids_lowered([text.lower() for text in texts])


def word_ids_lowered(lows: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """word_ids_rows of texts already lowercased (a batch lowers each text once for all its features):
    the unigrams of all texts, then their bigrams.

    The tokens and their hashes are read off the chunk table (_CHUNKS), as a token never spans whitespace.
    """
    table, ids, chunk_rows = _chunk_ids(lows)
    at, lens = _spans(table.tok_ptr, ids)
    if not len(at):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = _value_rows(chunk_rows, lens, len(lows))
    crcs, sizes = table.tok_crc[at], table.tok_size[at]
    second = np.flatnonzero(rows[1:] == rows[:-1]) + 1  # every token after the first of its text starts a bigram
    toks = _Gathered(table.tok_str, at)  # the strings of the rare tokens too long for the tables
    bigrams = _mix(_bigram_crcs(crcs, sizes, second, toks).astype(np.uint64)) & _MASK
    return np.concatenate([rows, rows[second]]), np.concatenate([table.tok_bucket[at], bigrams.astype(np.int64)])


class _Gathered:
    """values[at[j]] for index j, read only where asked (a sequence for _bigram_crcs)."""

    def __init__(self, values: list[str], at: np.ndarray) -> None:
        self.values, self.at = values, at

    def __getitem__(self, j: int) -> str:
        return self.values[int(self.at[j])]


def _word_buckets(crcs: np.ndarray) -> np.ndarray:
    """The bucket of each word unigram from its CRC-32."""
    return (_mix(crcs.astype(np.uint64)) & _MASK).astype(np.int64)


def _bigram_crcs(crcs: np.ndarray, sizes: np.ndarray, second: np.ndarray, toks: Sequence[str]) -> np.ndarray:
    """zlib.crc32 of "a b" for each token b at `second` and the token a before it, from the words' own CRCs.

    CRC-32 is linear: crc(x + y) = crc(x) * X**(8 * len(y)) mod P, xor crc(y) (zlib's crc32_combine), and
    multiplying by X**(8 * n) is a table lookup per byte of the CRC (_shift_tables). So no bigram string is
    built, encoded and hashed; tokens longer than the tables go through zlib as before.
    """
    table = _crc_table()
    a = crcs[second - 1]
    y = (a >> np.uint32(8)) ^ table[a & np.uint32(0xFF)] ^ np.uint32(_CRC_SPACE)  # crc(a + " ")
    n = sizes[second]
    shifts = _shift_tables()
    fits = n < len(shifts)
    flat = shifts.reshape(-1)
    base = np.where(fits, n, 0) * 1024
    out = (
        flat[base + (y & np.uint32(0xFF))]
        ^ flat[base + 256 + ((y >> np.uint32(8)) & np.uint32(0xFF))]
        ^ flat[base + 512 + ((y >> np.uint32(16)) & np.uint32(0xFF))]
        ^ flat[base + 768 + (y >> np.uint32(24))]
        ^ crcs[second]
    )
    for i in np.flatnonzero(~fits).tolist():
        j = int(second[i])
        out[i] = zlib.crc32(f"{toks[j - 1]} {toks[j]}".encode())
    return out


_CRC_SPACE = zlib.crc32(b" ")
_SHIFT_MAX = 64  # bytes of the longest word the shift tables cover (longer words are rare)


@lru_cache(maxsize=1)
def _crc_table() -> np.ndarray:
    """zlib's CRC-32 byte table (reflected polynomial 0xEDB88320): crc * X**8 = (crc >> 8) ^ table[crc & 0xFF]."""
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & np.uint32(1), (table >> np.uint32(1)) ^ np.uint32(0xEDB88320), table >> np.uint32(1))
    return table.astype(np.uint32)


@lru_cache(maxsize=1)
def _shift_tables() -> np.ndarray:
    """tables[n, k, v] = (v << 8k) * X**(8n) mod P: a CRC times X**(8n) is the xor of the four bytes' entries."""
    table = _crc_table()
    step = (np.arange(256, dtype=np.uint32)[None, :] << (np.uint32(8) * np.arange(4, dtype=np.uint32)[:, None])).astype(np.uint32)
    out = [step]
    for _ in range(_SHIFT_MAX):
        step = (step >> np.uint32(8)) ^ table[step & np.uint32(0xFF)]
        out.append(step)
    return np.stack(out)


_FIRST_END = re.compile(r"[.!?:](?:\s|$)")
FIRST_FROM = 20  # a mark in the first 20 characters (a speaker line's colon, "Dr.", "Stv.") ends no first sentence


_PLACE_PREFIX_CRCS = {"f": np.uint32(zlib.crc32(b"f:")), "r": np.uint32(zlib.crc32(b"r:"))}


def place_ids_lowered(lows: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Buckets of the words of each lowercased text's first sentence ("f:" + word) and of the rest ("r:" + word),
    in the word block: (row of each bucket, buckets).

    Why: minutes report a turn's function in its first sentence ("dankt der Verwaltung", "kritisiert",
    "fragt nach") and the speaker's reasons after it; the same word means more in the first place than among the
    reasons (a "dank" in an explanation's last sentence is politeness). The plain word features cannot tell them
    apart. The first sentence ends at the first ".", "!", "?" or ":" followed by a space from character
    FIRST_FROM on (a colon after a reporting verb, "erklärt:", ends it too; without ":" the real minutes gave
    0.644). On the real development minutes rm-rp (pooled macro-F1 of matched turns, model fitted on all annotated
    turns) 0.633 -> 0.654 (seeds 14 and 15: 0.637 -> 0.649, 0.643 -> 0.654); the first sentence alone 0.647, the
    rest alone 0.634; the fresh batch rq 0.604 -> 0.616.

    A word's bucket is the low bits of the CRC-32 of "f:" / "r:" + the word. The words (_TOKEN) and their CRCs are
    read off the chunk table, as for the plain words: the mark that ends the first sentence is the last character
    of its whitespace-separated chunk (a space follows it) and no word holds it, so the first sentence's words are
    those of the chunks up to that one, the rest's those of the chunks after it. The CRC of prefix + word is
    combined from the two CRCs (_shifted_crcs), as for the bigrams.
    """
    table, ids, chunk_rows = _chunk_ids(lows)
    counts = np.bincount(chunk_rows, minlength=len(lows)) if len(lows) else np.zeros(0, dtype=np.int64)
    search = _FIRST_END.search
    firsts = []  # per text: how many of its chunks belong to the first sentence
    for low, n in zip(lows, counts.tolist()):
        m = search(low, FIRST_FROM)
        firsts.append(n if m is None else len(low[: m.start() + 1].split()))
    at, lens = _spans(table.tok_ptr, ids)
    if not len(at):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)  # each text's first chunk
    in_first = (np.arange(len(ids)) - starts[chunk_rows]) < np.asarray(firsts, dtype=np.int64)[chunk_rows]
    first = np.repeat(in_first, lens)  # per word
    rows = np.repeat(chunk_rows, lens).astype(np.int64)
    crcs, sizes = table.tok_crc[at], table.tok_size[at]
    prefix = np.where(first, _PLACE_PREFIX_CRCS["f"], _PLACE_PREFIX_CRCS["r"]).astype(np.uint32)
    out = _shifted_crcs(prefix, sizes) ^ crcs
    for i in np.flatnonzero(sizes >= len(_shift_tables())).tolist():  # longer than the shift tables: zlib itself
        out[i] = zlib.crc32((b"f:" if first[i] else b"r:") + table.tok_str[int(at[i])].encode())
    return rows, (out & np.uint32(N_HASH - 1)).astype(np.int64)


def _shifted_crcs(y: np.ndarray, n: np.ndarray) -> np.ndarray:
    """y * X**(8 * n) mod P for CRC-32 values y and byte counts n (_shift_tables; n beyond them: 0, to be
    replaced by the caller): with crc(b), crc(a + b) = shifted(crc(a), len(b)) ^ crc(b)."""
    shifts = _shift_tables()
    flat = shifts.reshape(-1)
    base = np.where(n < len(shifts), n, 0) * 1024
    return (
        flat[base + (y & np.uint32(0xFF))]
        ^ flat[base + 256 + ((y >> np.uint32(8)) & np.uint32(0xFF))]
        ^ flat[base + 512 + ((y >> np.uint32(16)) & np.uint32(0xFF))]
        ^ flat[base + 768 + (y >> np.uint32(24))]
    )


def turn_word_ids_lowered(lows: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The word block of each lowercased text: word_ids_lowered, then place_ids_lowered."""
    r1, i1 = word_ids_lowered(lows)
    r2, i2 = place_ids_lowered(lows)
    return np.concatenate([r1, r2]), np.concatenate([i1, i2])


def char_ids(text: str) -> np.ndarray:
    """Buckets of the character 3- and 4-grams inside space-padded lowercased words (like char_wb)."""
    return char_ids_rows([text])[1]


def char_ids_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """char_ids of many texts in one go: (row of each bucket, buckets), grouped 3-grams first, then 4-grams
    (for one text, its char_ids in order).

    The padded texts are hashed as one string: every n-gram that would run from one text into the next
    contains the two spaces between them, one of them inside the n-gram, so it is dropped like any n-gram
    spanning two words.
    """
    return char_ids_lowered([text.lower() for text in texts])


_P = np.uint64(1000003)


def char_ids_lowered(lows: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """char_ids_rows of texts already lowercased.

    An n-gram with no space inside lies within one space-padded word, so a text's n-grams are those of its
    words, in order: each word's are hashed once (_CHUNKS) and only gathered here.
    """
    table, ids, chunk_rows = _chunk_ids(lows)
    at3, lens3 = _spans(table.c3_ptr, ids)
    at4, lens4 = _spans(table.c4_ptr, ids)
    if not len(at3):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = np.concatenate([_value_rows(chunk_rows, lens3, len(lows)), _value_rows(chunk_rows, lens4, len(lows))])
    return rows, np.concatenate([table.c3[at3], table.c4[at4]])


def _char_grams(chunks: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The buckets of the character 3-grams and 4-grams of whitespace-free chunks, each padded with a space on
    both sides: (3-grams, 4-grams), chunk after chunk and in position order inside each (a chunk of n
    characters has n 3-grams and n - 1 4-grams: those with no space inside).

    An n-gram's hash is h = n, then h = h * P + c for each of its characters (mod 2**64), i.e.
    n * P**n + c0 * P**(n-1) + ... + c(n-1). A 4-gram's is computed from the 3-gram it starts with,
    h4 = h3 * P + c3 + P**4 (as 4 * P**4 = 3 * P**4 + P**4): the same integers, with fewer passes.
    """
    padded = " " + "  ".join(chunks) + " "  # every chunk padded on both sides, as char_wb pads each word
    c = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    space = c == 32
    out = []
    with np.errstate(over="ignore"):
        m = max(len(c) - 2, 0)  # 3-grams, computed in place (arithmetic mod 2**64: the same integers)
        h3 = c[:m] + np.uint64(3) * _P
        for k in (1, 2):
            h3 *= _P
            h3 += c[k : m + k]
        h4 = h3[:-1] * _P
        h4 += c[3:]
        h4 += _P**4
        for h, inner in ((h3, space[1 : m + 1]), (h4, space[1:m] | space[2 : m + 1])):
            mixed = _mix(h[np.flatnonzero(~inner)])
            mixed &= _MASK
            out.append(mixed.astype(np.int64))
    return out[0], out[1]


class _ChunkTable:
    """What the features read off each whitespace-separated chunk of a lowercased text, computed once per chunk.

    No token, word or character n-gram spans whitespace, so each is a pure function of its chunk: the word
    tokens (CRC-32, UTF-8 size, unigram bucket), the character 3- and 4-grams of the space-padded chunk, and
    the cue words (_WORD) with their candidate flags. Per chunk id, the values of chunk i are
    values[ptr[i]:ptr[i + 1]] (CSR), so a batch gathers them with numpy instead of hashing every occurrence.
    Bounded: cleared when it would hold more than LIMIT chunks.
    """

    LIMIT = 2**15  # about 12 MB when full: the frequent chunks of thousands of documents, a bounded memory

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.tok_str: list[str] = []
        self.tok_ptr = np.zeros(1, dtype=np.int64)
        self.tok_crc = np.zeros(0, dtype=np.uint32)
        self.tok_size = np.zeros(0, dtype=np.int64)
        self.tok_bucket = np.zeros(0, dtype=np.int64)
        self.c3_ptr = np.zeros(1, dtype=np.int64)
        self.c3 = np.zeros(0, dtype=np.int64)
        self.c4_ptr = np.zeros(1, dtype=np.int64)
        self.c4 = np.zeros(0, dtype=np.int64)
        self.words: list[str] = []
        self.word_ptr = np.zeros(1, dtype=np.int64)
        self.word_code = np.zeros(0, dtype=np.int16)  # _cue_code of each word
        self.word_negator = np.zeros(0, dtype=bool)  # whether the word is one of NEGATORS
        self.word_second = np.zeros(0, dtype=bool)  # whether the word is the second word of a cue
        self.modal = np.zeros(0, dtype=bool)  # whether the chunk holds a literal of MODALS (when _modal_words)

    def ids(self, chunks: list[str]) -> np.ndarray:
        """The id of each chunk, adding the new ones (all at once, vectorised)."""
        got = np.fromiter(map(self.index.get, chunks, itertools.repeat(-1)), dtype=np.int64, count=len(chunks))
        if not len(got) or got.min() >= 0:  # the usual case once the table has warmed up: one lookup per chunk
            return got
        missing = got < 0
        missed = list(itertools.compress(chunks, missing))
        new = list(dict.fromkeys(missed))
        if len(self.index) + len(new) > self.LIMIT:
            self.__init__()
            new = list(dict.fromkeys(chunks))
            self._add(new)
            return np.fromiter(map(self.index.__getitem__, chunks), dtype=np.int64, count=len(chunks))
        self._add(new)
        got[missing] = np.fromiter(map(self.index.__getitem__, missed), dtype=np.int64, count=len(missed))
        return got

    def _add(self, new: list[str]) -> None:
        """Compute the values of new chunks, all at once. No container per chunk is made (the tokens and words
        of all new chunks are found in one pass over them joined by line breaks): thousands of them made the
        garbage collector sweep the whole heap repeatedly."""
        self.index.update(zip(new, range(len(self.index), len(self.index) + len(new))))
        joined = "\n".join(new) + "\n"  # no token or word contains a line break
        flat, counts = _found_per_chunk(_TOKEN_OR_BREAK, joined)
        encoded = list(map(str.encode, flat))  # UTF-8
        crcs = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint32, count=len(flat))
        self.tok_str += flat
        self.tok_ptr = _extend_ptr(self.tok_ptr, counts)
        self.tok_crc = np.concatenate([self.tok_crc, crcs])
        self.tok_size = np.concatenate([self.tok_size, np.fromiter(map(len, encoded), dtype=np.int64, count=len(flat))])
        self.tok_bucket = np.concatenate([self.tok_bucket, _word_buckets(crcs)])
        lengths = np.fromiter(map(len, new), dtype=np.int64, count=len(new))
        g3, g4 = _char_grams(new)
        self.c3_ptr = _extend_ptr(self.c3_ptr, lengths)  # a chunk of n characters: n 3-grams, n - 1 4-grams
        self.c3 = np.concatenate([self.c3, g3])
        self.c4_ptr = _extend_ptr(self.c4_ptr, lengths - 1)
        self.c4 = np.concatenate([self.c4, g4])
        words, counts = _found_per_chunk(_WORD_OR_BREAK, joined)
        self.words += words
        self.word_ptr = _extend_ptr(self.word_ptr, counts)
        codes = _cue_codes(words)
        negators = np.fromiter(map(NEGATORS.__contains__, words), dtype=bool, count=len(words))
        seconds = np.fromiter(map(_cue_seconds().__contains__, words), dtype=bool, count=len(words))
        self.word_code = np.concatenate([self.word_code, codes])
        self.word_negator = np.concatenate([self.word_negator, negators])
        self.word_second = np.concatenate([self.word_second, seconds])
        self.modal = np.concatenate([self.modal, _holding_modal_literal(joined, lengths)])


_TOKEN_OR_BREAK = re.compile(r"\w\w+|\n")  # the tokens of _TOKEN, and the line break ending each chunk
_WORD_OR_BREAK = re.compile(r"[a-zäöüß]+|\n")  # the words of _WORD, likewise


def _found_per_chunk(pattern: re.Pattern[str], joined: str) -> tuple[list[str], np.ndarray]:
    """What the pattern (X|\\n, where X never matches a line break) finds in chunks each ended by a line break:
    the matches of X in order, and how many each chunk holds."""
    found = pattern.findall(joined)
    breaks = np.flatnonzero(np.fromiter(map("\n".__eq__, found), dtype=bool, count=len(found)))
    counts = np.diff(breaks, prepend=-1) - 1
    return list(itertools.compress(found, map("\n".__ne__, found))), counts


def _extend_ptr(ptr: np.ndarray, lengths: Iterable[int]) -> np.ndarray:
    """ptr with the ends of new entries of these lengths appended."""
    lens = np.fromiter(lengths, dtype=np.int64)
    return np.concatenate([ptr, ptr[-1] + np.cumsum(lens)])


def _spans(ptr: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the values of chunks `ids` one after the other (CSR gather), and each chunk's count.

    The positions step by one inside a chunk's run and jump at its start: one cumulative sum (np.repeat of the
    run starts was twice as slow).
    """
    starts = ptr[ids]
    lens = ptr[ids + 1] - starts
    full = np.flatnonzero(lens)
    if not len(full):
        return np.zeros(0, dtype=np.int64), lens
    first, n = starts[full], lens[full]
    ends = np.cumsum(n)
    step = np.ones(int(ends[-1]), dtype=np.int64)
    step[0] = first[0]
    step[ends[:-1]] = first[1:] - first[:-1] - n[:-1] + 1
    return np.cumsum(step), lens


def _value_rows(chunk_rows: np.ndarray, lens: np.ndarray, n_texts: int) -> np.ndarray:
    """The text of each gathered value (the chunks' `lens` values each): np.repeat(chunk_rows, lens), repeated
    per text rather than per chunk (fewer, longer runs)."""
    per_text = np.bincount(chunk_rows, weights=lens, minlength=n_texts).astype(np.int64)
    return np.repeat(np.arange(n_texts), per_text)


_CHUNKS = _ChunkTable()


class _LastBatch:
    """The chunk ids of the last batch, kept for the next feature function called on the very same list.

    model.predict_proba hands one list of lowercased texts to word_ids_lowered, char_ids_lowered and
    dense_rows in turn; splitting it and looking its chunks up once instead of three times saves a third of
    the features' time. Valid only for the same list object (held here, so its id is not reused), with the
    same strings in it, while the table has not been cleared: nothing is kept across batches.
    """

    def __init__(self) -> None:
        self.lows: list[str] | None = None
        self.snapshot: tuple[str, ...] = ()
        self.table_state: dict[str, int] | None = None
        self.result: tuple[np.ndarray, np.ndarray] | None = None

    def get(self, lows: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
        same = lows is self.lows and self.table_state is _CHUNKS.index and tuple(lows) == self.snapshot
        return self.result if same else None

    def put(self, lows: list[str], result: tuple[np.ndarray, np.ndarray]) -> None:
        self.lows, self.snapshot, self.table_state, self.result = lows, tuple(lows), _CHUNKS.index, result


_LAST = _LastBatch()


def _chunk_ids(lows: list[str]) -> tuple[_ChunkTable, np.ndarray, np.ndarray]:
    """The chunk table, the ids of the whitespace-separated chunks of all texts in order, and the
    text (row) of each chunk."""
    known = _LAST.get(lows)
    if known is None:
        per_text = [low.split() for low in lows]
        rows = np.repeat(np.arange(len(lows)), np.fromiter(map(len, per_text), dtype=np.int64, count=len(lows)))
        known = _CHUNKS.ids(list(itertools.chain.from_iterable(per_text))), rows
        _LAST.put(lows, known)
    return _CHUNKS, known[0], known[1]


def tfidf(ids: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sublinear tf times idf, L2-normalised: (sorted unique buckets, weights)."""
    if not len(ids):
        return ids, np.zeros(0, dtype=np.float64)
    uniq, counts = np.unique(ids, return_counts=True)
    w = (1.0 + np.log(counts)) * idf[uniq]
    norm = np.sqrt(w @ w)
    return uniq, w / norm if norm else w


def tfidf_rows(rows: np.ndarray, ids: np.ndarray, idf: np.ndarray, n_rows: int) -> tuple[list[int], np.ndarray, np.ndarray]:
    """tfidf of every row of (rows, ids) at once: (bounds, buckets, weights), row i at [bounds[i]:bounds[i + 1]].

    The same numbers as `tfidf` row by row (the same element-wise operations; each row's norm is its own dot product).
    """
    keys = _sorted_keys(rows, ids, n_rows)
    new = np.ones(len(keys), dtype=bool)  # where a (row, bucket) key starts
    np.not_equal(keys[1:], keys[:-1], out=new[1:])
    first = np.flatnonzero(new)
    counts = np.diff(first, append=len(keys))
    keys = keys[first]
    kind = keys.dtype.type  # the keys' own type throughout (no pass converting them)
    uniq = (keys & kind(N_HASH - 1)).astype(np.int64)
    ends = np.searchsorted(keys >> kind(_HASH_BITS), np.arange(n_rows + 1, dtype=keys.dtype))
    bounds = ends.tolist()
    w = idf[uniq].astype(np.float64)  # (1 + log 1) * idf = idf exactly: most buckets occur once in their text
    more = np.flatnonzero(counts > 1)
    w[more] = (1.0 + np.log(counts[more])) * w[more]
    # each row's norm from its own dot product (as tfidf computes it); the divisions in one pass (exact
    # element-wise, a row of norm 0 divided by 1)
    norms = [math.sqrt(row @ row) or 1.0 for row in (w[a:b] for a, b in itertools.pairwise(bounds))]
    if len(w):
        w /= np.repeat(norms, np.diff(ends))
    return bounds, uniq, w


_HASH_BITS = N_HASH.bit_length() - 1


def _sorted_keys(rows: np.ndarray, ids: np.ndarray, n_rows: int) -> np.ndarray:
    """row * N_HASH + bucket, sorted (np.unique without its overhead); in 32 bits when the batch is small
    enough, which sorts twice as fast."""
    dtype = np.uint32 if n_rows <= 2 ** (32 - _HASH_BITS) else np.int64
    keys = (rows.astype(dtype) << dtype(_HASH_BITS)) | ids.astype(dtype)
    keys.sort()
    return keys


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def turn_vector(text: str, role: str, position: int, n_in_item: int) -> list[float]:
    """The dense features of one turn (cues, questions, modals, length, role).

    position and n_in_item are accepted but not used: in invented minutes the first turn of an item is
    nearly always a presentation, in real ones it is not, and the prior learned from it hurt on real
    excerpts (macro-F1 0.62 with, 0.64 without, test split unchanged).
    """
    return dense_rows([text], [role])[0].tolist()


def dense_rows(texts: list[str], roles: list[str], lows: list[str] | None = None) -> np.ndarray:
    """turn_vector of many turns, one row each (the logarithms taken in one numpy call per batch).

    lows: the texts lowercased, when the caller has them already.
    """
    if lows is None:
        lows = [text.lower() for text in texts]
    n_labels = len(LABELS)
    n = len(texts)
    raw = np.zeros((n, 2 * n_labels + 5 + len(ROLES)), dtype=np.float64)
    if n:
        raw[:, : 2 * n_labels] = _cue_columns(lows)
        questions = [text.count("?") for text in texts]
        raw[:, 2 * n_labels] = np.array(questions, dtype=np.float64) > 0  # "?" in text
        raw[:, 2 * n_labels + 1] = questions
        raw[:, 2 * n_labels + 2] = _modal_counts(texts, lows)
        raw[:, 2 * n_labels + 3] = np.maximum(_sentence_ends(texts), 1)
        raw[:, 2 * n_labels + 4] = list(map(len, texts))
        role_col = {r: 2 * n_labels + 5 + k for k, r in enumerate(ROLES)}
        for i, role in enumerate(roles):
            if role in role_col:
                raw[i, role_col[role]] = 1.0
    logs = [*range(n_labels), 2 * n_labels + 1, 2 * n_labels + 2, 2 * n_labels + 3, 2 * n_labels + 4]
    raw[:, logs] = np.log1p(raw[:, logs])
    raw[:, 2 * n_labels + 4] /= 10
    return raw


def _sentence_ends(texts: list[str]) -> np.ndarray:
    """len(_SENTENCE_END.findall(text)) of each text, in one pass over the texts joined by line breaks.

    A match is a mark and the whitespace (or end) after it; at a text's end the line break after it stands
    for the end, and it is no mark, so every text has the same matches as on its own.
    """
    joined = "\n".join(texts)
    at = np.fromiter(map(_START, _SENTENCE_END.finditer(joined)), dtype=np.int64)
    starts = np.cumsum([0, *(len(text) + 1 for text in texts)])
    return np.bincount(np.searchsorted(starts, at, side="right") - 1, minlength=len(texts))


def _cue_columns(lows: list[str]) -> np.ndarray:
    """Per text: the cue counts of cue_counts_lowered in LABELS order, then the one-hot of its first cue's label.

    The words of all texts and what their cues say come from the chunk table. A word whose cues of several
    words cannot match (the next word is no cue's second word) counts its first one-word cue, negated or not:
    that is done for all such words at once. Only the few where a longer cue may match run the per-cue logic
    of cue_counts_lowered, inside their own text's words.
    """
    n_labels = len(LABELS)
    out = np.zeros((len(lows), 2 * n_labels), dtype=np.float64)
    if not _cues_start_words():
        for i, low in enumerate(lows):
            c = cue_counts_lowered(low)
            out[i, :n_labels] = [c[lab] for lab in LABELS]
            if c["first"] >= 0:
                out[i, n_labels + c["first"]] = 1.0
        return out
    table, ids, chunk_rows = _chunk_ids(lows)
    at, lens = _spans(table.word_ptr, ids)
    rows = _value_rows(chunk_rows, lens, len(lows))  # the text of each word
    starts = np.concatenate([[0], np.cumsum(np.bincount(chunk_rows, weights=lens, minlength=len(lows)))]).astype(np.int64)
    code = table.word_code[at]
    several = (code & 1).astype(bool) & np.append(table.word_second[at][1:], False)  # a longer cue may match
    alone = np.flatnonzero((code & 2).astype(bool) & ~several)  # the word's first one-word cue matches
    label = _negated(alone, rows, starts, table.word_negator[at]).choose([(code[alone] >> 2) & 7, (code[alone] >> 5) & 7])
    hits = _match_cues(np.flatnonzero(several), starts.tolist(), rows, table.words, at)
    g = np.concatenate([alone, np.array([h[0] for h in hits], dtype=np.int64)])
    k = np.concatenate([label, np.array([h[1] for h in hits], dtype=np.int64)]).astype(np.int64)
    row = rows[g]
    width = 2 * n_labels
    out = np.bincount(row * width + k, minlength=len(lows) * width).astype(np.float64).reshape(len(lows), width)
    order = np.argsort(g, kind="stable")  # each text's first cue: the one at its smallest word position
    first_rows, at_first = np.unique(row[order], return_index=True)
    out[first_rows, n_labels + k[order][at_first]] = 1.0
    return out


def _negated(g: np.ndarray, rows: np.ndarray, starts: np.ndarray, negator: np.ndarray) -> np.ndarray:
    """Whether one of the three words before each position g, inside its own text, is a negator (0 or 1)."""
    begin = starts[rows[g]]
    out = np.zeros(len(g), dtype=bool)
    for d in (1, 2, 3):
        out |= (g - d >= begin) & negator[np.maximum(g - d, 0)]
    return out.astype(np.int64)


def _match_cues(candidates: np.ndarray, starts: list[int], rows: np.ndarray, words: list[str], at: np.ndarray) -> list[tuple[int, int]]:
    """(position, label index) of the cue matched at each candidate position, by the per-cue logic of
    cue_counts_lowered (longest cue first, negated cues counted for their flip label); the k-th word of the
    texts is words[at[k]]. The words around all candidates are gathered at once (three before, the longest
    cue's from the candidate on), each window then cut to the candidate's own text."""
    if not len(candidates):
        return []
    index = {lab: k for k, lab in enumerate(LABELS)}
    longest = _longest_cue()
    around = at[np.clip(candidates[:, None] + np.arange(-3, longest), 0, len(at) - 1)].tolist()
    out = []
    for g, row, ids in zip(candidates.tolist(), rows[candidates].tolist(), around):
        lo, hi = max(starts[row], g - 3), min(starts[row + 1], g + longest)
        window = list(map(words.__getitem__, ids[lo - g + 3 : hi - g + 3]))
        i = g - lo
        for cue, label, flip in _CUES_BY_WORD[window[i]]:
            if len(cue) > 1 and tuple(window[i + 1 : i + len(cue)]) != cue[1:]:
                continue
            out.append((g, index[label if NEGATORS.isdisjoint(window[:i]) else flip]))
            break
    return out


def _modal_counts(texts: list[str], lows: list[str]) -> list[int]:
    """_modal_count of each text (lows: the texts lowercased), the pre-check done on all texts at once.

    _modal_count looks for the literals inside the words; a literal of letters occurs inside a word of the
    lowercased text exactly when it occurs in that text, so whether a chunk holds one is noted once per chunk.
    """
    modal_words = _modal_words()
    if modal_words is None:
        return [len(MODALS.findall(text)) for text in texts]
    table, ids, chunk_rows = _chunk_ids(lows)  # a literal of letters lies inside a chunk or does not occur
    rows = set(np.unique(chunk_rows[table.modal[ids]]).tolist())
    rows |= _rows_holding(texts, _FOLD_HAZARDS)  # texts the regex must read itself (hardly ever)
    findall = MODALS.regex.findall
    return [len(findall(text)) if i in rows else 0 for i, text in enumerate(texts)]


def _rows_holding(texts: list[str], literals: tuple[str, ...]) -> set[int]:
    """The indices of the texts in which one of the literals (none holding a line break) occurs: each literal
    searched once in the texts joined by line breaks."""
    joined = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    rows = set()
    for lit in literals:
        at = joined.find(lit)
        while at >= 0:
            rows.add(bisect.bisect_right(starts, at) - 1)
            at = joined.find(lit, at + 1)
    return rows


class _HasLiteral(dict[str, bool]):
    """word -> whether one of the literals occurs in it, computed once per word (bounded, as _CuesByWord)."""

    def __init__(self, literals: tuple[str, ...]) -> None:
        super().__init__()
        self.literals = literals

    def __missing__(self, word: str) -> bool:
        if len(self) >= 2**16:
            self.clear()
        found = self[word] = any(lit in word for lit in self.literals)
        return found


# the characters Python's case-blind matching folds otherwise than str.lower() (see resources/literals.py)
_FOLD_HAZARDS = ("ſ", "ı", "İ")


@lru_cache(maxsize=1)
def _modal_words() -> _HasLiteral | None:
    """The pre-check of MODALS read off the words, when its literals are letters of _WORD (true of MODALS).

    Every match of MODALS contains one of its literals (resources.literals); a literal made of [a-zäöüß]
    occurs in the lowercased text exactly when it occurs inside one of its _WORD words, which the features
    have split anyway. None: the literals do not allow it, MODALS.findall checks the text itself.
    """
    lits = required_literals(MODALS.regex)
    return _HasLiteral(lits) if lits and all(_WORD.fullmatch(x) for x in lits) else None


def _holding_modal_literal(joined: str, lengths: np.ndarray) -> np.ndarray:
    """Per chunk (of these lengths, each ended by a line break in joined): whether it holds a literal of
    _modal_words, found in one pass (no literal holds a line break)."""
    out = np.zeros(len(lengths), dtype=bool)
    literals = _modal_literals()
    if literals is not None:
        at = np.fromiter(map(_START, literals.finditer(joined)), dtype=np.int64)
        out[np.searchsorted(np.cumsum(lengths + 1), at, side="right")] = True
    return out


@lru_cache(maxsize=1)
def _modal_literals() -> re.Pattern[str] | None:
    """One pattern for the literals of _modal_words (search: whether a chunk holds one); None without them."""
    modal_words = _modal_words()
    return re.compile("|".join(map(re.escape, modal_words.literals))) if modal_words is not None else None


def _modal_count(text: str, words: list[str], modal_words: _HasLiteral | None, *, hazards: bool = True) -> int:
    """len(MODALS.findall(text)), the regex run only on texts that can hold a match (the same pre-check).

    hazards=False: the caller knows that the text has none of _FOLD_HAZARDS.
    """
    if modal_words is None:
        return len(MODALS.findall(text))
    if any(map(modal_words.__getitem__, words)) or (hazards and any(h in text for h in _FOLD_HAZARDS)):
        return len(MODALS.regex.findall(text))
    return 0


N_DENSE = len(turn_vector("", "unknown", 0, 1))
