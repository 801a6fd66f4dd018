"""`ChunkCachedTokenizer`: spaCy's tokenizer with a cache of whitespace-delimited chunks.

Same tokens, same whitespace, same norms as the tokenizer it wraps; several times faster on long minutes (see
benchmarks/profile_extract.py), about as fast on short text full of new words (building each new word's lexeme
then dominates both).
Why: spaCy's tokenizer caches a chunk's tokens only until the first special case of a document (an
abbreviation such as "Dr." or "z.B.", or a line break) and caches nothing inside a memory zone, so on minutes
it runs its prefix, suffix and infix regexes on almost every word. spaCy tokenizes each run of non-space
characters on its own, so the tokens of a chunk can be kept as strings and the Doc built from words and
spaces. The one way a chunk's neighbours matter: a special case of several tokens (the emoticon ":0" is
":" + "0") matched across a single space ("Nein: 0"), which spaCy then leaves alone but which can block a
special case inside either chunk. spaCy matches special cases on the tokens before they are applied, which
a chunk's final tokens need not show (":P!)" is ":" "P" "!" ")" there, ":P" "!" ")" in the end), so a chunk
is flagged by its end tokens, final or before special cases. Where two such chunks meet and one of them was
changed by a special case, the whole text goes to spaCy's tokenizer instead.
A new chunk of German letters only ("Haushaltsplan") is not tokenized at all when the affix rules cannot
split such a chunk (read off their regexes when the rules are set, see `_letters_stay_whole`) and no special
case is written as it: it is one token with its own norm, as spaCy would make it (its prefix, suffix and infix
searches were about half of tokenizing new words); so is such a chunk with hyphens in it ("CDU-Fraktion") where no
rule can split one without a double hyphen (`_hyphens_stay_whole`). Likewise such a word with a comma, semicolon, colon, "!", "?"
or full stop after it ("Haushalts," "beraten.") is the word and the mark where the rules provably always split
it so (`_tails_split_off`; "." only after a lower-case letter, and never where the chunk is a special case: "Dr."),
and a hyphenated word likewise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LENGTH, NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .doccache import remember_text

try:  # the standard library's regex parser (sre_parse before Python 3.11), as in resources/literals.py
    from re import _constants as _sre
    from re import _parser as _sre_parser

    _REPEATS = tuple(getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name))
except ImportError:  # pragma: no cover - older Pythons: every new chunk goes through spaCy's tokenizer
    _sre = _sre_parser = None  # type: ignore[assignment]
    _REPEATS = ()

# a piece: a run of non-space characters with the one blank spaCy folds into its last token, or a run of
# whitespace (what is left of it); spaCy tokenizes the characters of each piece on their own
_PIECES = re.compile(r"\S+ ?|\s+")
_ENDS_PAIR, _STARTS_PAIR = 1, 2  # a piece may end in a pair's first token of a multi-token special case / begin in its second
_GAPS = {(n, spaced): (False,) * (n - 1) + (spaced,) for n in range(1, 9) for spaced in (False, True)}
_OWN = frozenset(
    {"_tokenizer", "_plain", "_cache", "_normed", "_edges_cache", "_pairs", "_ruled_words", "_outputs"}
    | {"_firsts", "_seconds", "_bypass", "max_chunks", "_kinds"}
)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß"
_WORD = re.compile(f"[{_LETTERS}]+")  # a chunk that no affix rule of spaCy's German tokenizer can split
_DIGITS = "0123456789"
_NUMBER = re.compile(f"[{_DIGITS}]+")  # a number ("2024"): no affix rule of spaCy's German tokenizer can split it either
_JOINED = re.compile(f"[{_LETTERS}-]+")  # nor, without a double hyphen, such a chunk ("CDU-Fraktion"; _hyphens_stay_whole)
_TAILS = ",;:!?."  # marks after a word that the rules may always split off alone (checked: _tails_split_off)
_Learned = tuple[tuple[str, ...], tuple[tuple[int, str], ...]]  # a chunk's words; (index, norm) set by a rule
# words (strings, or orth IDs of lexemes the vocabulary keeps for good), spaces, norms, risk
_Entry = tuple[tuple[str | int, ...], tuple[bool, ...], tuple[tuple[int, str], ...], int]
_WORDS, _SPACES, _FIXES, _RISK = (itemgetter(k) for k in range(4))  # the fields of an _Entry
MAX_CHUNKS = 50_000  # distinct chunks kept (a few MB); when full, the cache starts again from the next text's


class ChunkCachedTokenizer:
    """Wraps a spaCy `Tokenizer`; everything but `__call__` (rules, explain, serialisation) is the wrapped one's.

    The cache holds at most `max_chunks` chunks; when a text would overflow it, it is emptied and refilled from
    that text on, so it follows the vocabulary of the documents at hand and memory stays bounded.
    Changing the wrapped tokenizer through this object (setting an attribute, `add_special_case`,
    `from_bytes`, `from_disk`) empties the cache, so later documents see the new rules.
    """

    def __init__(self, tokenizer: Tokenizer, *, max_chunks: int = MAX_CHUNKS) -> None:
        object.__setattr__(self, "_tokenizer", tokenizer)
        object.__setattr__(self, "max_chunks", max_chunks)
        self._reset()

    def __call__(self, text: str) -> Doc:
        return remember_text(self._tokenize(text), text)  # the first component takes the text from there

    def _tokenize(self, text: str) -> Doc:
        if self._bypass:
            return self._tokenizer(text)
        pieces = _PIECES.findall(text)
        cache = self._cache
        entries = list(map(cache.get, pieces))  # one look-up per piece, also to find the new ones
        if None in entries:
            fresh = {piece for piece, entry in zip(pieces, entries) if entry is None}
            if len(cache) + len(fresh) > self.max_chunks:  # full: start a new generation with this text's
                cache.clear()
                self._edges_cache.clear()
                fresh = set(pieces)
            unstored = self._learn(fresh)
            # (all kept, as nearly always: the look-ups again, in C)
            entries = [cache.get(piece) or unstored[piece] for piece in pieces] if unstored else list(map(cache.get, pieces))
        risks = set(map(_RISK, entries))
        if any(r & _STARTS_PAIR for r in risks) and any(r & _ENDS_PAIR for r in risks):  # chunks that may pair
            for k in range(1, len(entries)):
                if entries[k][3] & _STARTS_PAIR and entries[k - 1][3] & _ENDS_PAIR and self._blocks(pieces[k - 1], pieces[k]):
                    return self._tokenizer(text)
        # the words (orth IDs where the lexemes are kept for good, see _learn) and spaces of all chunks at once
        words = list(chain.from_iterable(map(_WORDS, entries)))
        spaces = list(chain.from_iterable(map(_SPACES, entries)))
        doc = Doc(self._tokenizer.vocab, words=words, spaces=spaces)
        if any(map(_FIXES, entries)):
            n = 0
            for new, _, fixes, _ in entries:
                for i, norm in fixes:
                    doc[n + i].norm_ = norm
                n += len(new)
        return doc

    def _blocks(self, before: str, piece: str) -> bool:
        """Whether a special case could match across the space between two pieces and change what spaCy makes of
        either: the last token of one and the first of the other, before or after special cases, form a pair of a
        multi-token special case, and a special case changed one of them."""
        unruled_before, _, lasts = self._edges(before[:-1])
        unruled_piece, firsts, _ = self._edges(piece.rstrip(" "))
        pairs = self._pairs
        return any((a, b) in pairs for a in lasts for b in firsts) and not (unruled_before and unruled_piece)

    def _learn(self, pieces: set[str]) -> dict[str, _Entry]:
        """Tokenize new pieces with spaCy: the words in one call (a call per word costs more than its tokens):
        joined by blank lines, which no special case spans, each gets the tokens it gets on its own. Keeps them
        while the cache has room; returns those it could not keep."""
        cores = sorted({p[:-1] if p[-1] == " " and not p.isspace() else p for p in pieces})
        plain = [c for c in cores if not c[0].isspace()]
        ruled, kinds = self._ruled_words, self._kinds
        split, known = (plain, []) if not kinds else ([], [])
        for c in plain if kinds else ():  # a word, or a word and a mark: its tokens known without spaCy (module doc)
            if c in ruled:
                split.append(c)
                continue
            for whole, tails, banned in kinds:
                if banned and banned in c:
                    continue
                if whole(c):
                    known.append((c, ((c,), ())))
                    break
                if len(c) > 1 and c[-2] in tails.get(c[-1], ()) and whole(c, 0, len(c) - 1) and c[:-1] not in ruled:
                    known.append((c, ((c[:-1], c[-1]), ())))
                    break
            else:
                split.append(c)
        learned = dict(zip(split, (split and _read_chunks(self._tokenizer("\n\n".join(split)), split, self._normed)) or []))
        learned.update(known)  # their lexemes' own norms: no special case is written as them
        firsts, seconds, outputs = self._firsts, self._seconds, self._outputs
        ends, starts = tuple(firsts), tuple(seconds)

        def hidden(core: str, words: tuple[str, ...]) -> bool:
            """Whether the chunk's end tokens before special cases are applied (which spaCy matches them on) could
            pair with a neighbour's and differ from its final ones: only where a special case put in an end token."""
            return (words[-1] in outputs and words[-1] not in firsts and core.endswith(ends)) or (
                words[0] in outputs and words[0] not in seconds and core.startswith(starts)
            )

        edgy = [c for c in plain if c in learned and hidden(c, learned[c][0])]
        bare = dict(zip(edgy, (edgy and _read_chunks(self._plain("\n\n".join(edgy)), edgy, frozenset())) or []))
        unstored: dict[str, _Entry] = {}
        vocab = self._tokenizer.vocab
        # outside a memory zone every string added now is kept for good: the Doc can then be built from orth IDs,
        # without hashing each word again (get_by_orth makes a missing lexeme from the kept string, in or out of a
        # zone; inside a zone the strings are freed with it, so the words stay strings)
        lasting = not getattr(vocab, "in_memory_zone", True)
        add = vocab.strings.add
        for piece in pieces:
            spaced = piece[-1] == " " and not piece.isspace()
            core = piece[:-1] if spaced else piece
            words, fixes = learned.get(core) or _read_doc(self._tokenizer(core))
            risk = 0
            if not core[0].isspace():
                ending, starting = words[-1] in firsts, words[0] in seconds
                if core in bare or (core not in learned and hidden(core, words)):
                    split = self._matched_on(core, bare[core][0] if core in bare else None)
                    ending, starting = ending or split[-1] in firsts, starting or split[0] in seconds
                risk = (_ENDS_PAIR if spaced and ending else 0) | (_STARTS_PAIR if starting else 0)
            gaps = _GAPS.get((len(words), spaced)) or (False,) * (len(words) - 1) + (spaced,)
            entry = (tuple(map(add, words)) if lasting else words, gaps, fixes, risk)
            if len(self._cache) < self.max_chunks:
                self._cache[piece] = entry
            else:
                unstored[piece] = entry
        return unstored

    def _edges(self, chunk: str) -> tuple[bool, frozenset[str], frozenset[str]]:
        """Whether no special case changed this chunk (its tokens are the bare affix split's, with their own norms:
        a special-case match across a space that blocks a match inside such a chunk changes nothing); and the
        tokens it can begin and end with when spaCy matches special cases on it: the final ones, or those before
        special cases are applied (where a special case replaced an end token)."""
        known = self._edges_cache.get(chunk)
        if known is None:
            doc = self._tokenizer(chunk)
            bare = tuple(t.text for t in self._plain(chunk))
            unruled = all(t.norm == t.lex.norm for t in doc) and tuple(t.text for t in doc) == bare
            split = self._matched_on(chunk, bare)
            known = (unruled, frozenset((doc[0].text, split[0])), frozenset((doc[-1].text, split[-1])))
            if len(self._edges_cache) < self.max_chunks:
                self._edges_cache[chunk] = known
        return known

    def _matched_on(self, chunk: str, bare: tuple[str, ...] | None) -> tuple[str, ...]:
        """The tokens spaCy matches multi-token special cases on, where they may differ from the chunk's final
        ones: a chunk that is a special case is its tokens, any other is split by the affix rules alone first."""
        words = self._ruled_words.get(chunk)
        if words:
            return words
        return bare if bare is not None else tuple(t.text for t in self._plain(chunk))

    def _reset(self) -> None:
        """Empty the caches and re-derive, from the current rules, which chunk pairs could form a special case."""
        object.__setattr__(self, "_cache", {})
        object.__setattr__(self, "_edges_cache", {})
        plain, pairs, bypass = _cross_pairs(self._tokenizer)
        object.__setattr__(self, "_plain", plain)
        object.__setattr__(self, "_pairs", pairs)
        rules = self._tokenizer.rules or {}
        ruled_words = {key: tuple(_attr(sub, ORTH) for sub in subs) for key, subs in rules.items()}
        object.__setattr__(self, "_ruled_words", ruled_words)
        object.__setattr__(self, "_outputs", frozenset(w for words in ruled_words.values() for w in words))
        object.__setattr__(self, "_firsts", frozenset(a for a, _ in pairs))
        object.__setattr__(self, "_seconds", frozenset(b for _, b in pairs))
        object.__setattr__(self, "_bypass", bypass)
        object.__setattr__(self, "_kinds", _chunk_kinds(self._tokenizer))
        normed = {_attr(sub, ORTH) for subs in rules.values() for sub in subs if _attr(sub, NORM) is not None}
        object.__setattr__(self, "_normed", frozenset(self._tokenizer.vocab.strings.add(o) for o in normed))

    def add_special_case(self, string: str, substrings: Any) -> None:
        self._tokenizer.add_special_case(string, substrings)
        self._reset()

    def from_bytes(self, bytes_data: bytes, **kwargs: Any) -> ChunkCachedTokenizer:
        self._tokenizer.from_bytes(bytes_data, **kwargs)
        self._reset()
        return self

    def from_disk(self, path: Any, **kwargs: Any) -> ChunkCachedTokenizer:
        self._tokenizer.from_disk(path, **kwargs)
        self._reset()
        return self

    def __getattr__(self, name: str) -> Any:
        if name in _OWN:  # not set yet (copy/unpickle): never look for the wrapper's own state on the wrapped
            raise AttributeError(name)
        return getattr(self._tokenizer, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._tokenizer, name, value)
        self._reset()

    def __reduce__(self) -> tuple[Callable[..., ChunkCachedTokenizer], tuple[Tokenizer, int]]:
        return (_rebuild, (self._tokenizer, self.max_chunks))


def _attr(sub: dict, attr: int) -> Any:
    """An attribute of a special case's token: spaCy's data keys them by attribute ID, rules added later by name."""
    return sub[attr] if attr in sub else sub.get({ORTH: "ORTH", NORM: "NORM"}[attr])


def _read_doc(doc: Doc) -> _Learned:
    """One chunk's words and rule-set norms, from its own doc."""
    return tuple(t.text for t in doc), tuple((t.i, t.norm_) for t in doc if t.norm != t.lex.norm)


def _read_chunks(doc: Doc, chunks: list[str], normed: frozenset[int]) -> list[_Learned] | None:
    """Each chunk's words and rule-set norms, read from the doc of the chunks joined by blank lines (one array of
    offsets, not Token objects: most chunks are one word; a plain loop, as most calls hold a few chunks, where
    array operations cost more than they save). None if the tokens do not fall exactly into the chunks."""
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, ORTH]).tolist()
    out: list[_Learned] = []
    n_chunks = len(chunks)
    k, base, size = 0, 0, len(chunks[0])  # the chunk at hand, where it starts, its length
    words: list[str] = []
    fixes: list[tuple[int, str]] = []
    taken = 0  # characters of the chunk its tokens cover
    for i, (idx, length, space, orth) in enumerate(rows):
        if space:
            continue
        while k + 1 < n_chunks and base + size + 2 <= idx:  # the token lies in a later chunk: close this one
            if not words or taken != size:
                return None
            out.append((tuple(words), tuple(fixes)))
            words, fixes, taken = [], [], 0
            k += 1
            base += size + 2
            size = len(chunks[k])
        if idx < base or idx + length > base + size:
            return None
        if orth in normed:  # a norm of its own comes only from a special case: look at its tokens only
            t = doc[i]
            if t.norm != t.lex.norm:
                fixes.append((len(words), t.norm_))
        words.append(chunks[k][idx - base : idx - base + length])
        taken += length
    if k + 1 != n_chunks or not words or taken != size:
        return None
    out.append((tuple(words), tuple(fixes)))
    return out


def _rebuild(tokenizer: Tokenizer, max_chunks: int) -> ChunkCachedTokenizer:
    """Unpickling: a fresh, empty cache around the unpickled tokenizer."""
    return ChunkCachedTokenizer(tokenizer, max_chunks=max_chunks)


def _cross_pairs(tokenizer: Tokenizer) -> tuple[Tokenizer, frozenset[tuple[str, str]], bool]:
    """The wrapped tokenizer's affix rules without special cases; the adjacent token pairs of the special cases
    that those rules split into several tokens (spaCy matches them token by token, even across a space); and
    whether the cache must be bypassed (a rule with a space inside could span chunks in other ways)."""
    rules = tokenizer.rules or {}
    plain = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    if any(len(key) > 1 and any(c.isspace() for c in key) for key in rules):
        return plain, frozenset(), True
    pairs: set[tuple[str, str]] = set()
    for key in rules:
        if key.isspace():
            continue
        words = [t.text for t in plain(key)]
        pairs.update(zip(words, words[1:]))
    return plain, frozenset(pairs), False


def _letters_stay_whole(tokenizer: Tokenizer, chars: str = _LETTERS) -> bool:
    """Whether spaCy keeps every chunk of _LETTERS (or of other `chars`: _DIGITS) whole that is not a special case: no
    prefix, suffix or infix pattern can match inside such a chunk (each needs a character outside them, read off the
    patterns' parse trees). token_match and url_match only ever keep a chunk whole. False when in doubt (other
    callables, case-blind patterns, constructs the check does not know)."""
    trees = [_parsed(search) for search in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)]
    return all(tree is not None and not _may_match(tree, chars) for tree in trees)


_Kind = tuple[Callable[..., Any], dict[str, frozenset[str]], str]  # fullmatch of a kind of chunk, its tails, a ban


def _chunk_kinds(tokenizer: Tokenizer) -> tuple[_Kind, ...]:
    """The kinds of chunk whose tokens are known without spaCy, as the rules at hand provably split them: each
    kind's fullmatch (a chunk of it is one token), the marks split off after it (_tails_split_off) and a string
    that a chunk of it must not hold. Words of letters; with single hyphens; numbers."""
    kinds: list[_Kind] = []
    if _letters_stay_whole(tokenizer):
        kinds.append((_WORD.fullmatch, _tails_split_off(tokenizer), ""))
        if _hyphens_stay_whole(tokenizer):
            kinds.append((_JOINED.fullmatch, _tails_split_off(tokenizer, _LETTERS + "-"), "--"))
    if _letters_stay_whole(tokenizer, _DIGITS):
        kinds.append((_NUMBER.fullmatch, _tails_split_off(tokenizer, _DIGITS), ""))
    _parse.cache_clear()  # (the parse trees are large: none is kept once the kinds are known)
    return tuple(kinds)


def _hyphens_stay_whole(tokenizer: Tokenizer) -> bool:
    """Whether spaCy also keeps whole every chunk of _LETTERS and hyphens without a double hyphen that is not a special
    case: no prefix or suffix pattern can match in such a chunk, and each infix alternative either cannot or needs
    "--" (spaCy's German rules split words at a double hyphen, never at a single one). False when in doubt."""
    alphabet = _LETTERS + "-"
    prefix, suffix = _parsed(tokenizer.prefix_search), _parsed(tokenizer.suffix_search)
    infixes = _alternatives(_parsed(tokenizer.infix_finditer))
    if prefix is None or suffix is None or infixes is None or _may_match(prefix, alphabet) or _may_match(suffix, alphabet):
        return False
    return all(not _may_match(alt, alphabet) or _needs_double_hyphen(alt) for alt in infixes)


def _needs_double_hyphen(ops: list) -> bool:
    """Whether every match of a parsed regex takes in "--" (two hyphens in a row in its top-level sequence)."""
    hyphen = (_sre.LITERAL, ord("-"))
    return any(a == hyphen and b == hyphen for a, b in zip(ops, ops[1:]))


def _tails_split_off(tokenizer: Tokenizer, chars: str = _LETTERS) -> dict[str, frozenset[str]]:
    """The marks p of _TAILS that spaCy splits off every chunk word + p (word: of `chars`, _LETTERS or with hyphens
    too; neither chunk nor word a special case; such words stay whole) into word and p, with the last letters of the words it does so after:
    no token_match; no prefix or suffix pattern can take in a letter of such a chunk (an alternative that could
    match a string of letters and p would also have to be able to take in a letter), so a prefix cannot match and
    a suffix match is the final p alone; and a suffix alternative is p at the end, unconditionally or after a
    look-behind that holds the word's last letter. Then the rest is the word, which stays whole."""
    if tokenizer.token_match is not None:
        return {}
    prefix, suffix = _alternatives(_parsed(tokenizer.prefix_search)), _alternatives(_parsed(tokenizer.suffix_search))
    if not prefix or not suffix:
        return {}
    # every prefix match starts at the chunk's start, every suffix match ends at its end: a match that takes in no
    # letter is then empty (no prefix) or the final p (no empty suffix match can come first: it would end before p)
    starts = {_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING}
    if not all(alt and alt[0][0] is _sre.AT and alt[0][1] in starts for alt in prefix):
        return {}
    if not all(alt and alt[-1] == (_sre.AT, _sre.AT_END) for alt in suffix):
        return {}
    out = {}
    rules = tokenizer.rules or {}
    for p in _TAILS:
        if p in rules:  # a special case could change the split-off mark
            continue
        alphabet = chars + p
        if any(_may_match(alt, alphabet) and _may_take(alt, chars) for alt in prefix + suffix):
            continue
        after: set[str] = set()  # the last letters of the words that p is always split off
        for alt in suffix:
            if alt[-2:] == [(_sre.LITERAL, ord(p)), (_sre.AT, _sre.AT_END)]:
                after |= _letters_before(alt[:-2], chars)
        if after:
            out[p] = frozenset(after)
    return out


def _letters_before(head: list, chars: str = _LETTERS) -> set[str]:
    """The letters (`chars`) after which a suffix alternative (head, then its mark at the end) surely matches the
    mark: all, when it has no condition; those of its look-behind of one character; none when in doubt."""
    if not head:
        return set(chars)
    if len(head) == 1 and head[0][0] is _sre.ASSERT and head[0][1][0] == -1:
        sub = list(head[0][1][1])
        if len(sub) == 1 and sub[0][0] is _sre.LITERAL:
            return {chr(sub[0][1])} & set(chars)
        if len(sub) == 1 and sub[0][0] is _sre.IN and all(op in (_sre.LITERAL, _sre.RANGE) for op, _ in sub[0][1]):
            return {c for c in chars if _in_class(c, sub[0][1])}  # literals and ranges only: exact
    return set()


def _parsed(search: Any) -> list | None:
    """The parse tree of a tokenizer's search function (a compiled regex's search or finditer; not case-blind)."""
    if search is None:
        return []
    regex = getattr(search, "__self__", None)
    if _sre_parser is None or not isinstance(regex, re.Pattern) or regex.flags & re.IGNORECASE:
        return None
    if getattr(search, "__name__", "") not in ("search", "finditer"):
        return None
    return _parse(regex.pattern, regex.flags)


@lru_cache(maxsize=3)
def _parse(pattern: str, flags: int) -> list | None:
    """A regex's parse tree, read once for the several proofs of one set of rules (_chunk_kinds; callers only read
    it): the prefix, suffix and infix patterns."""
    try:
        return list(_sre_parser.parse(pattern, flags))
    except re.error:
        return None


def _alternatives(tree: list | None) -> list[list] | None:
    """The alternatives of a regex that is one alternation (with what the parser moved before or after it)."""
    if tree is None:
        return None
    at = [i for i, (op, _) in enumerate(tree) if op is _sre.BRANCH]
    if len(at) != 1:
        return [tree]
    k = at[0]
    return [tree[:k] + list(alt) + tree[k + 1 :] for alt in tree[k][1][1]]


def _may_match(ops: list, alphabet: str) -> bool:
    """Whether a parsed regex may match somewhere in a string of the alphabet (True when in doubt): every item of the
    sequence must, a repeat only if it must occur, a look-ahead/behind only if it must see such characters."""
    for op, av in ops:
        if op is _sre.LITERAL:
            ok = chr(av) in alphabet
        elif op is _sre.IN:
            ok = _class_may_hold(av, alphabet)
        elif op in _REPEATS:
            ok = av[0] == 0 or _may_match(list(av[2]), alphabet)
        elif op is _sre.SUBPATTERN:
            ok = bool(av[1] & re.IGNORECASE) or _may_match(list(av[3]), alphabet)
        elif op is _sre.BRANCH:
            ok = any(_may_match(list(b), alphabet) for b in av[1])
        elif op is _sre.ASSERT:
            ok = _may_match(list(av[1]), alphabet)
        else:  # any character, boundaries, negative look-arounds, group references, atomic groups: may match
            ok = True
        if not ok:
            return False
    return True


def _may_take(ops: list, chars: str) -> bool:
    """Whether a match of a parsed regex may take in (not only look at) one of the characters (True when in doubt)."""
    for op, av in ops:
        if op is _sre.LITERAL:
            ok = chr(av) in chars
        elif op is _sre.IN:
            ok = _class_may_hold(av, chars)
        elif op in _REPEATS:
            ok = _may_take(list(av[2]), chars)
        elif op is _sre.SUBPATTERN:
            ok = bool(av[1] & re.IGNORECASE) or _may_take(list(av[3]), chars)
        elif op is _sre.BRANCH:
            ok = any(_may_take(list(b), chars) for b in av[1])
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            ok = False  # look-arounds and anchors take in nothing
        else:
            ok = True
        if ok:
            return True
    return False


def _in_class(ch: str, items: list) -> bool:
    """Whether a character class may contain ch (True when in doubt)."""
    held = _class_holds(items, ch)
    return held is None or ch in held


def _class_may_hold(items: list, chars: str) -> bool:
    """Whether a character class may contain one of the characters (True when in doubt)."""
    held = _class_holds(items, chars)
    return held is None or bool(held)


_CATEGORY_TESTS = {  # the categories a class may hold, tested exactly on a character (re's Unicode semantics)
    _sre.CATEGORY_DIGIT: str.isdecimal, _sre.CATEGORY_SPACE: str.isspace, _sre.CATEGORY_LINEBREAK: "\n".__eq__,
} if _sre is not None else {}


def _class_holds(items: list, chars: str) -> set[str] | None:
    """The characters of `chars` that a parsed character class contains (None when in doubt: a category other than
    digits, spaces and line breaks). One pass over the class, however many characters: the German rules' classes
    hold hundreds of ranges."""
    negate, held = False, set()
    codes = sorted(set(map(ord, chars)))
    for op, av in items:
        if op is _sre.NEGATE:
            negate = True
        elif op is _sre.LITERAL:
            if chr(av) in chars:
                held.add(chr(av))
        elif op is _sre.RANGE:
            k = bisect_left(codes, av[0])
            while k < len(codes) and codes[k] <= av[1]:
                held.add(chr(codes[k]))
                k += 1
        elif op is _sre.CATEGORY and av in _CATEGORY_TESTS:
            held.update(filter(_CATEGORY_TESTS[av], chars))
        else:
            return None
    return set(chars) - held if negate else held


def wrap(tokenizer: Any) -> Any:
    """The tokenizer to install on a pipeline: spaCy's own wrapped in the chunk cache; anything else unchanged."""
    if isinstance(tokenizer, Tokenizer):
        return ChunkCachedTokenizer(tokenizer)
    return tokenizer
