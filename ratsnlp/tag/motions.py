"""The `ratsnlp_motions` component: motions as records, linked to the turns that act on them and the decision
that settled them.

A motion is moved once ("stellt den Änderungsantrag", "beantragt Vertagung", "Die SPD-Fraktion beantragt", an
item whose subject is a group's written motion); later mentions ("unterstützt den Antrag", "lehnt den
Änderungsantrag ab") are relations of turns to it, not new motions. A motion is linked to the decision that
names it ("Der Änderungsantrag wird abgelehnt"), else to the next decision of its agenda item when it is the only
open motion there; otherwise it is left open. The phrasings are in resources/de/motion_patterns.tsv.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..errors import Errors, RatsnlpError
from ..resources import lexicon, precompiled, read_tsv
from ..resources.literals import (
    DIGIT,
    LiteralScan,
    Prechecked,
    folds_exactly,
    guard_of,
    guarded,
    required_literals,
    requirements,
)
from ..segment.names import publisher_party
from .roles import party_after

RELATIONS = ("supports", "opposes", "withdraws")
NAMED_KINDS = ("procedural", "postpone", "refer", "amendment")
USES: dict[str, tuple[str, ...]] = {
    "moves": ("",),
    "not_moves": ("",),
    "proposes": ("",),
    "suggests": ("",),
    "vote_call": ("",),
    "title": ("",),
    "page": ("",),
    "kind": NAMED_KINDS,
    "changes": ("",),
    "relation": RELATIONS,
    "cue": ("supports", "opposes"),
    "reaction": ("supports", "opposes"),
    "judges": ("supports", "opposes"),
    "other_object": ("",),
    "mention": ("",),
    "group_mover": ("",),
    "group_request": ("",),
    "requester": ("",),
    "asks": ("",),
    "counters": ("",),
    "agrees": ("",),
    "bare_title": ("",),
    "group_heading": ("",),
    "presents": ("",),
    "presenter": ("",),
    "on_request": ("",),
    "unopposed": ("",),
    "separate": ("",),
    "voted_group": ("",),
    "names_mover": ("",),
    "reported": ("",),
    "author": ("",),
    "reads_out": ("",),
    "points_back": ("",),
    "took_over": ("",),
    "takes_over": ("",),
    "withdrawn_line": ("",),
    "gives_floor": ("",),
}
_FILE = "motion_patterns.tsv"
# a proposal is settled as a motion when the decision of its item takes it up
# (whole words: "Änderungsantrag" names a motion, not a proposal taken up)
TAKEN_UP = re.compile(r"\b(?:Vorschlag|Vorschlags|Kompromiss|Anregung|Änderung|Änderungen|Ergänzung|Ergänzungen|geändert\w*|ergänzt\w*|Maßgabe|vorgeschlagen\w*)\b")
CONTRAST = re.compile(r"\b(?:aber|jedoch|allerdings|dennoch|gleichwohl)\b")
# a motion's sub-heading inside an item: numbered, "TOP ...", a Drucksache line, or the line starts with the motion
SUBHEADING = re.compile(
    r"\s{0,12}(?:(?:Zu\s{1,3})?(?:TOP\s{0,3}|Lfd\.\s{0,2}Nr\.\s{0,3})?[ÖN]?\s?\d[\d.]*\s|Drucksache\b|(?:Gemeinsamer\s{1,3})?(?:Änderungs|Ergänzungs|Dringlichkeits)?[Aa]ntrag\s{1,3}(?:der|des|von)\s)"
)
ASIDE = re.compile(r"\([^()]{0,300}\)")  # "(Beifall bei der SPD)", "(Zuruf ...: Einverstanden!)"
GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]{3,})")  # "Fraktion der GrünenBezirksamt": two cells glued


@lru_cache(maxsize=1)
def patterns() -> dict[tuple[str, str], tuple[re.Pattern[str], ...]]:
    """The regexes of motion_patterns.tsv by (use, value), in file order; every use must have one."""
    out: dict[tuple[str, str], list[re.Pattern[str]]] = {}
    for r in read_tsv(_FILE, ("use", "value", "pattern")):
        if r["use"] not in USES or r["value"] not in USES[r["use"]]:
            raise RatsnlpError(Errors.E001.format(path=_FILE, line="?", problem=f"unknown use/value {r['use']!r}/{r['value']!r}"))
        try:
            flags = re.M | (re.I if r["use"] in ("relation", "cue", "reaction") else 0)  # "Unterstützt den Antrag." after a label
            out.setdefault((r["use"], r["value"]), []).append(Prechecked(precompiled.compile(_expand(r["pattern"]), flags)))  # type: ignore[arg-type]
        except re.error as err:
            raise RatsnlpError(Errors.E001.format(path=_FILE, line="?", problem=f"{r['pattern'][:40]!r}: {err}")) from None
    missing = [f"{u}/{v}" for u, vs in USES.items() for v in vs if (u, v) not in out]
    if missing:
        raise RatsnlpError(Errors.E001.format(path=_FILE, line="?", problem=f"no pattern for {missing}"))
    return {k: tuple(v) for k, v in out.items()}


_WORDS_FILE = "motion_words.tsv"
_NO_PARTY = frozenset({"Einzelvertreter", "fraktionslos", "parteilos"})  # in parties.tsv, but no group that moves
_CLASS = re.compile(r"\{([a-z_]+)\}")  # "{motion}" in a pattern; never a regex quantifier, which has digits


@lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """The word classes of motion_words.tsv as regex alternations (longest fragment first), and `party`: every
    party and faction spelling of parties.tsv (also in capitals, as minutes print them), so that no pattern
    repeats the parties' names."""
    rows: dict[str, list[str]] = {}
    for r in read_tsv(_WORDS_FILE, ("class", "fragment")):
        rows.setdefault(r["class"], []).append(r["fragment"])
    names = [r["variant"] for r in read_tsv("parties.tsv", ("variant", "party")) if r["party"] not in _NO_PARTY]
    rows["party"] = [re.escape(n).replace("\\ ", r"\s{1,3}") for name in names for n in {name, name.upper()}]  # "GRÜNEN" as well
    return {k: "(?:" + "|".join(sorted(set(v), key=lambda f: (-len(f), f))) + ")" for k, v in rows.items()}


def _expand(pattern: str) -> str:
    """The pattern with each {class} replaced by its word class (an unknown class is an error in the file)."""
    classes = word_classes()

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in classes:
            raise RatsnlpError(Errors.E001.format(path=_FILE, line="?", problem=f"unknown word class {m.group(0)!r} (not in {_WORDS_FILE})"))
        return classes[m.group(1)]

    return _CLASS.sub(sub, pattern)


@cache
def _family(use: str, value: str = "") -> tuple[tuple[Prechecked, tuple[str, ...]], ...]:
    """The patterns of (use, value) with the lowercased literals one of which every match contains (read from
    the pattern itself, as its own pre-check does; () when it needs none). The lookahead of its guarded regex
    (_searcher) is read from the same parse, now: building that regex when first searched then parses no more."""
    out = []
    for p in patterns()[(use, value)]:
        out.append((p, required_literals(p.regex) or ()))  # type: ignore[attr-defined]
        guard_of(p.regex)  # type: ignore[attr-defined]
    return tuple(out)


def _searcher(p: Prechecked) -> Callable[[str], re.Match[str] | None]:
    """How to search a text already known to hold one of the pattern's literals: the bare regex behind a
    lookahead for the characters its matches can start with (literals.guarded: the same matches; the engine
    leaves a position after one class test instead of trying every branch of a leading "\\b(?:...|...)").
    Not the Prechecked search: its pre-check would only look for the literals again, and on the sentences and
    turns asked here its choice of branches costs more than it saves (measured: ~30% more per search)."""
    return _LazySearch(p.regex).__call__  # type: ignore[attr-defined]


class _LazySearch:
    """guarded(regex).search, built when first asked: a document asks only the patterns whose literals it holds,
    so building all 170 guarded regexes at load time cost every one-document run ~0.13 s for nothing."""

    __slots__ = ("_regex", "_search")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._regex = regex
        self._search: Callable[[str], re.Match[str] | None] | None = None

    def __call__(self, text: str) -> re.Match[str] | None:
        search = self._search
        if search is None:
            search = self._search = guarded(self._regex).search
        return search(text)


@cache
def _searchers(use: str, value: str = "") -> tuple[tuple[Callable[[str], re.Match[str] | None], tuple[str, ...]], ...]:
    """_family with each pattern's search function (_searcher)."""
    return tuple((_searcher(p), lits) for p, lits in _family(use, value))


_last_low: tuple[str | None, str | None] = (None, None)


def _low(text: str) -> str | None:
    """text.lower() for the last text asked (a turn is asked many families in a row); None when its case
    folding could differ from the regex engine's (then every pattern looks for itself)."""
    global _last_low
    last, low = _last_low
    if text is not last:
        low = text.lower() if folds_exactly(text) else None
        _last_low = (text, low)
    return low


def _possible(use: str, text: str, value: str = "") -> list[Prechecked]:
    """The patterns of (use, value) that can match in text, in file order: a pattern none of whose literals
    is in the text is passed over with plain substring tests (its own pre-check would run a regex)."""
    low = _low(text)
    fam = _family(use, value)
    if low is None:
        return [p for p, _ in fam]
    has = low.__contains__  # the substring tests run in C (any over map), not one bytecode loop per literal
    return [p for p, lits in fam if not lits or any(map(has, lits))]


@cache
def _literal_scan() -> LiteralScan:
    """One scan that finds which literals of any pattern a lowercased text holds (literals.LiteralScan: a trie of
    them, longest first, with the literals that start inside a match read off the match; exact)."""
    return LiteralScan((), words={w for key in patterns() for _, lits in _family(*key) for w in lits})


_primed: tuple[str | None, frozenset[str]] = (None, frozenset())


def _prime(text: str) -> None:
    """Find every pattern's literals in a text that many families will be asked about (a turn) in one scan:
    find then tests set membership instead of one substring search per literal per pattern."""
    global _primed
    found = _literal_scan().found(text) if _low(text) is not None else None
    _primed = (None, frozenset()) if found is None else (text, frozenset(found))


def find(use: str, text: str, value: str = "") -> re.Match[str] | None:
    """The earliest match of any pattern of (use, value) (the first in file order among equally early ones)."""
    low = _low(text)
    if low is None:  # a case-folding hazard: every pattern is searched (its guarded regex: a Prechecked search
        # would only find the hazard and search the same, after working out the pattern's pre-checks, ~1 ms each)
        hits = [m for search, _ in _searchers(use, value) if (m := search(text)) is not None]
        return min(hits, key=lambda m: m.start()) if hits else None
    best = None
    primed, found = _primed
    searchers = _searchers(use, value)
    if primed is text:  # the patterns one of whose literals the scan found (a set operation, not a loop over the family)
        free, by_word, words = _word_index(use, value)
        hit = words & found
        order = sorted({*free, *(i for w in hit for i in by_word[w])}) if hit else free
        for i in order:
            m = searchers[i][0](text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best
    has = low.__contains__  # the substring tests run in C (any over map), not one bytecode loop per literal
    for search, lits in searchers:
        if lits and not any(map(has, lits)):
            continue
        m = search(text)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


@cache
def _word_index(use: str, value: str = "") -> tuple[tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]:
    """For find on a primed text: the patterns of (use, value) that need no literal, the patterns each literal
    belongs to (in file order), and all those literals."""
    by_word: dict[str, list[int]] = {}
    free = []
    for i, (_, lits) in enumerate(_family(use, value)):
        if not lits:
            free.append(i)
        for w in lits:
            by_word.setdefault(w, []).append(i)
    return tuple(free), {w: tuple(v) for w, v in by_word.items()}, frozenset(by_word)


@cache
def _triggers(use: str, value: str = "") -> tuple[tuple[tuple[str, tuple[str, ...]], ...] | None, ...]:
    """Per pattern of a (use, value) family: the lowercased literals every match contains one of (read from
    the pattern itself), each with the longer ones it begins ("antrag": "antrags"), or None when it needs none."""
    return tuple(
        tuple((w, tuple(u for u in lits if len(u) > len(w) and u.startswith(w))) for w in lits) if lits else None
        for _, lits in _family(use, value)
    )


@cache
def _requirements(use: str, value: str = "") -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per pattern of a (use, value) family: sets of lowercased strings every match contains one of each of
    (read from the pattern itself; a digit is left to the pattern's own check): all its words, where a
    trigger is only one of them."""
    return tuple(
        tuple(tuple(sorted(need)) for need in requirements(p.regex) if DIGIT not in need)  # type: ignore[attr-defined]
        for p in patterns()[(use, value)]
    )


def _meets(low: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the lowercased text has a string of each requirement."""
    has = low.__contains__
    for need in needs:  # noqa: SIM110 - a loop: no generator frame per sentence (asked thousands of times)
        if not any(map(has, need)):
            return False
    return True


@cache
def _gate(trig: tuple[tuple[str, tuple[str, ...]], ...] | None, needs: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The requirement of a pattern to scan the text for before its trigger: the one with the fewest strings
    (the longest ones first among equals: rarer), when it has fewer than the trigger; None otherwise."""
    if trig is None or not needs:
        return None
    best = min(needs, key=lambda need: (len(need), -min(len(w) for w in need), need))
    return best if len(best) < len(trig) else None


_TRIGGER_NUMBERS: dict[tuple[tuple[str, tuple[str, ...]], ...], int] = {}


@cache
def _hit_plans(use: str, value: str = "") -> tuple[tuple[tuple[tuple[str, tuple[str, ...]], ...] | None, int, tuple[tuple[str, ...], ...], tuple[str, ...] | None], ...]:
    """Per pattern of (use, value), what Scan._pattern_hits takes: its trigger, the trigger's number (equal
    triggers of different patterns get the same; a document's scan remembers its sentences by that number, not
    by hashing the nested tuple again on every ask), its requirements and its gate (_gate), worked out once."""
    return tuple(
        (trig, -1 if trig is None else _TRIGGER_NUMBERS.setdefault(trig, len(_TRIGGER_NUMBERS)), needs, _gate(trig, needs))
        for trig, needs in zip(_triggers(use, value), _requirements(use, value), strict=True)
    )


# asked of every sentence (or of every candidate sentence, whose scan is made anyway): find uses the scan's hits
_SCANNED = frozenset({"moves", "proposes", "suggests", "vote_call", "group_request", "presents", "on_request"})


class Bounds(NamedTuple):
    """A sentence's offsets, read as a Span's."""

    start_char: int
    end_char: int


class Scan:
    """The sentences of a document and, per pattern, those in which it can match: one scan of the whole
    lowercased text for the pattern's literals instead of running every pattern on every sentence. Exact: a
    pattern is skipped only in a sentence that lacks a literal every match of it needs (all sentences are
    kept when the text has a character whose case folding differs from str.lower())."""

    def __init__(self, text: str, sents: Sequence[Span], rows: list[tuple[int, int, str]] | None = None, low: str | None = None) -> None:
        """sents: the sentence spans (a SpanGroup builds a Span only when indexed); rows: their (start, end,
        label), as ext.group_rows gives them without building any span; low: text.lower() when the caller
        has it (and the text has no case-folding hazard)."""
        self.text, self.sents = text, sents
        rows = [(s.start_char, s.end_char, "") for s in sents] if rows is None else rows
        self.starts = [a for a, _, _ in rows]
        self.ends = [b for _, b, _ in rows]
        # sentences in order and apart: a position then lies in the sentence bisect finds (else no gating)
        self.ordered = all(self.ends[k] <= self.starts[k + 1] and self.starts[k] < self.starts[k + 1] for k in range(len(self.starts) - 1))
        self._holding: dict[str, set[int]] = {}  # string -> the sentences holding it
        self.exact = low is not None or folds_exactly(text)
        self.low = (text.lower() if low is None else low) if self.exact else ""  # same length as text: "İ", the one exception, is a hazard
        self._hits: dict[tuple[str, str], tuple[set[int] | None, ...]] = {}
        self._found: dict[tuple[str, int, str], re.Match[str] | None] = {}
        self._with: dict[int, set[int]] = {}  # by trigger number (_hit_plans): patterns share literals
        self._bodies: dict[int, str] = {}
        self._lows: dict[int, str] = {}
        self._candidates: dict[tuple[str, ...], list[int]] = {}
        self._by_sentence: dict[tuple[str, str], tuple[dict[int, tuple[int, ...]], tuple[int, ...]]] = {}

    def at(self, k: int) -> Bounds:
        """Sentence k's offsets, without building its Span (most steps need only where it lies)."""
        return Bounds(self.starts[k], self.ends[k])

    def body(self, k: int) -> str:
        """Sentence k's text, one string per sentence (a text asked again finds its lowercase remembered)."""
        got = self._bodies.get(k)
        if got is None:
            got = self._bodies[k] = self.text[self.starts[k] : self.ends[k]]
        return got

    def _sentences_with(self, trig: tuple[tuple[str, tuple[str, ...]], ...] | None, tid: int) -> set[int] | None:
        """The sentences in which a literal of the pattern lies whole. At a position where several of its
        literals start, the longest one counts (as a longest-first alternation of them would find it): a
        literal is looked for with str.find, which runs in C over the text, unlike a regex alternation. tid:
        the trigger's number (_hit_plans)."""
        if trig is None or not self.exact:
            return None
        out = self._with.get(tid)
        if out is not None:
            return out
        out = self._with[tid] = set()
        low, starts, ends = self.low, self.starts, self.ends
        for w, longer in trig:
            pos = low.find(w)
            while pos >= 0:
                k = bisect.bisect_right(starts, pos) - 1
                if k >= 0 and k not in out:
                    size = len(w)
                    for u in longer:
                        if len(u) > size and low.startswith(u, pos):
                            size = len(u)
                    if pos + size <= ends[k]:
                        out.add(k)
                # sentences do not overlap: the rest of a sentence already found holds nothing new
                pos = low.find(w, max(pos + 1, ends[k]) if k >= 0 and k in out else pos + 1)
        return out

    def _low_body(self, k: int) -> str:
        """Sentence k's lowercased text (a slice of the lowercased document: the same characters)."""
        got = self._lows.get(k)
        if got is None:
            got = self._lows[k] = self.low[self.starts[k] : self.ends[k]]
        return got

    def hits(self, use: str, value: str = "") -> tuple[set[int] | None, ...]:
        """Per pattern of (use, value): the sentences that have one of its trigger literals and meet all its
        requirements (None: every sentence)."""
        key = (use, value)
        got = self._hits.get(key)
        if got is None:
            got = self._hits[key] = tuple(self._pattern_hits(*plan) for plan in _hit_plans(use, value))
        return got

    def _pattern_hits(
        self, trig: tuple[tuple[str, tuple[str, ...]], ...] | None, tid: int, needs: tuple[tuple[str, ...], ...], gate: tuple[str, ...] | None
    ) -> set[int] | None:
        """hits for one pattern. When one of its requirements has fewer strings than its trigger ("antrag" against
        "eantrage", "eantragen", ...), the text is scanned for those, and the trigger is looked for only in the
        sentences that have one (every sentence meeting the requirements is among them). tid: the trigger's
        number; gate: _gate(trig, needs) (both from _hit_plans)."""
        if gate is None or not self.exact or not self.ordered:
            h = self._sentences_with(trig, tid)
            return h if h is None else {k for k in h if _meets(self._low_body(k), needs)}
        low_body = self._low_body
        return {k for k in self._containing(gate) if _meets(low_body(k), needs) and self._has_trigger(k, trig)}  # type: ignore[arg-type]

    def _containing(self, strings: tuple[str, ...]) -> set[int]:
        """The sentences whose lowercased text holds one of the strings (remembered per string)."""
        out: set[int] = set()
        low, starts, ends = self.low, self.starts, self.ends
        for w in strings:
            got = self._holding.get(w)
            if got is None:
                got = self._holding[w] = set()
                pos = low.find(w)
                while pos >= 0:
                    k = bisect.bisect_right(starts, pos) - 1
                    if k >= 0 and pos + len(w) <= ends[k]:
                        got.add(k)
                    pos = low.find(w, max(pos + 1, ends[k]) if k >= 0 and k in got else pos + 1)
            out |= got
        return out

    def _has_trigger(self, k: int, trig: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
        """Whether sentence k is among _sentences_with(trig), looking only inside it."""
        low, start, end = self.low, self.starts[k], self.ends[k]
        for w, longer in trig:
            pos = low.find(w, start, end)
            while pos >= 0:
                size = len(w)
                for u in longer:
                    if len(u) > size and low.startswith(u, pos):
                        size = len(u)
                if pos + size <= end:
                    return True
                pos = low.find(w, pos + 1, end)
        return False

    def candidates(self, uses: tuple[str, ...]) -> list[int]:
        """Indices of the sentences in which some pattern of one of `uses` can match, in order (remembered:
        several steps ask the same)."""
        got = self._candidates.get(uses)
        if got is None:
            every = [h for u in uses for h in self.hits(u)]
            if any(h is None for h in every):
                got = list(range(len(self.sents)))
            else:
                got = sorted(set().union(*every)) if every else []
            self._candidates[uses] = got
        return got

    def find(self, use: str, k: int, value: str = "") -> re.Match[str] | None:
        """find(use, sentence k's text): the earliest match of the patterns that can match in that sentence
        (remembered: several steps ask the same)."""
        key = (use, k, value)
        if key in self._found:
            return self._found[key]
        body = self.body(k)
        if use not in _SCANNED:  # asked of a few sentences only: a scan of the whole text would not pay
            self._found[key] = hit = find(use, body, value)
            return hit
        by_sentence, unscanned = self._by_sentence.get((use, value)) or self._index(use, value)
        order = by_sentence.get(k, ())
        if unscanned:  # patterns without a literal scan: each checks its requirements here
            low = self._low_body(k) if self.exact else None  # a sentence in a pattern's hits meets its requirements
            needs = _requirements(use, value)
            order = sorted((*order, *(i for i in unscanned if low is None or _meets(low, needs[i]))))
        hit = None
        searchers = _searchers(use, value)
        for i in order:
            m = searchers[i][0](body)
            if m is not None and (hit is None or m.start() < hit.start()):
                hit = m  # the earliest, the first in file order among equally early ones
        self._found[key] = hit
        return hit

    def _index(self, use: str, value: str) -> tuple[dict[int, tuple[int, ...]], tuple[int, ...]]:
        """hits(use, value) turned around, once per document: per sentence, the patterns (in file order) whose
        hits hold it; and the patterns with no hits set (every sentence: find checks their requirements). find
        then loops over the few patterns that can match in a sentence, not over the whole family."""
        by_sentence: dict[int, list[int]] = {}
        unscanned = []
        for i, h in enumerate(self.hits(use, value)):
            if h is None:
                unscanned.append(i)
                continue
            for k in h:
                by_sentence.setdefault(k, []).append(i)
        got = self._by_sentence[use, value] = ({k: tuple(v) for k, v in by_sentence.items()}, tuple(unscanned))
        return got


def named_kind(text: str) -> str | None:
    """The kind of motion the text names (Vertagung -> postpone, Änderungsantrag -> amendment), if any."""
    for kind in NAMED_KINDS:
        if find("kind", text, kind) is not None:
            return kind
    return None


def motion_kind(text: str) -> str:
    return named_kind(text) or "main"


def relation_of(body: str, *, cues: bool, reactions: bool = False) -> str | None:
    """withdraws / opposes / supports from explicit phrasings; with `reactions`, from a reaction to what was
    moved ("gibt zu bedenken", "sieht keine Bedenken"); with `cues`, from the first position cue."""
    for rel in ("withdraws", "opposes", "supports"):
        if find("relation", body, rel) is not None:
            return rel
    if reactions or cues:
        hits = [(m.start(), rel) for rel in ("opposes", "supports") if (m := find("reaction", body, rel)) is not None]
        if hits:
            first, rel = min(hits)
            if rel == "opposes" and _conceded(body, first):
                return None  # "gibt zu bedenken, dass ...; 35 Prozent seien aber noch vertretbar": a neutral caveat
            return rel
    if not cues:
        return None
    pro, con = find("cue", body, "supports"), find("cue", body, "opposes")
    if pro is None or con is None:
        return "opposes" if con is not None else "supports" if pro is not None else None
    turn = CONTRAST.search(body, min(pro.start(), con.start()))
    if turn is not None and min(pro.start(), con.start()) < turn.start() < max(pro.start(), con.start()):
        return "opposes" if con.start() > pro.start() else "supports"  # "begrüßt das Ziel, hält die Kosten aber für zu hoch"
    return "opposes" if con.start() < pro.start() else "supports"


# the point granted after a caveat: "..., seien aber noch vertretbar", "sei jedoch machbar"
_GRANTED_POINT = re.compile(r"\b(?:aber|jedoch|allerdings)\s{1,3}(?:(?!nicht\b|kaum\b|kein\w*\b)[\w-]{1,20}\s{1,3}){0,2}?(?:vertretbar|machbar|möglich|umsetzbar|rechtssicher)\b")


def _conceded(body: str, after: int) -> bool:
    """Whether the turn grants the point after raising a caveat against it (a concession ends the objection)."""
    return _GRANTED_POINT.search(body, after) is not None


def _prepare() -> None:
    """Read every pattern's literals and requirements at load time (once per process): the first documents
    would otherwise pay for parsing the patterns."""
    for use, value in patterns():
        _family(use, value)
        _searchers(use, value)
        _requirements(use, value)
        _literal_scan().found("")
        _triggers(use, value)
        _word_index(use, value)
        _hit_plans(use, value)  # (each pattern's own pre-check and guarded regex are built when first needed)


@Language.factory("ratsnlp_motions", assigns=["doc.spans"], requires=["doc.spans"])
def make_motions(nlp: Language, name: str) -> Motions:
    return Motions(name=name)


class Motions:
    """Writes span group `motions` (motion_id, motion_kind, mover, outcome, counts, decision_id), sets
    motion_id/motion_relation on turns and motion_id on the decisions that settled a motion."""

    def __init__(self, *, name: str = "ratsnlp_motions") -> None:
        self.name = name
        _prepare()  # fail at load time on a broken resource file

    def __call__(self, doc: Doc) -> Doc:
        text = ext.text_of(doc)
        decisions = list(doc.spans.get(ext.SPAN_GROUPS["decisions"], []))
        turns = list(doc.spans.get(ext.SPAN_GROUPS["turns"], []))
        item_spans = list(doc.spans.get(ext.SPAN_GROUPS["items"], []))  # built once: several steps walk the items
        items = sorted(s.start_char for s in item_spans)
        content = sorted(s.start_char for s in turns + decisions)
        low = text.lower() if folds_exactly(text) else None  # same length as text when no hazard
        titles = _title_motions(doc, item_spans, text, content, low) or _page_motion(doc, text)
        where = Items(items)
        titles += _agenda_motions(doc, item_spans, text, titles, where) + _unheard_agenda_motions(doc, item_spans, text, content)
        sentences = ext.SPAN_GROUPS["sentences"]
        scan = Scan(text, doc.spans.get(sentences, []), ext.group_rows(doc, sentences), low)  # a Span only for the sentences asked
        moved, plain, addon = _moved_motions(doc, scan, turns, decisions, items, {where.of(t) for t in titles})
        titled = {where.of(t) for t in titles if _get(t, "motion_kind") == "main"} | {where.of(m) for m in moved if _get(m, "motion_kind") == "main" and m.start_char not in addon}
        titles = _one_main_per_item(titles, moved, plain, where)
        requested = _requested_postponements(doc, scan, titles + moved, where)
        moved += list(requested)
        for m in moved:
            if m.start_char in addon and _get(m, "motion_kind") == "main" and where.of(m) not in titled:
                m._.motion_kind = "amendment"  # a motion voted before the item's own resolution adds to it
        motions = titles + _announced_once(moved, where)
        presented = _presented_motions(doc, scan, turns, motions, where)
        granted = _granted_motions(doc, scan, turns, decisions, motions + list(presented), where)
        motions = sorted(motions + list(presented) + granted, key=lambda m: m.start_char)
        motions = sorted(motions + _reported_motions(doc, scan, decisions, motions, where), key=lambda m: m.start_char)
        motions = sorted(motions + _voted_motions(doc, scan, decisions, motions, where), key=lambda m: m.start_char)
        motions = sorted(motions + _withdrawals(doc, scan, turns, motions, where), key=lambda m: m.start_char)
        for n, m in enumerate(motions, start=1):
            m._.motion_id = f"m{n}"
        for t in turns:
            if _get(t, "motion_relation") == "moves":  # the motion in the turn, else the next one it moves (its turn was cut short)
                inside = [m for m in motions if t.start_char <= m.start_char < t.end_char]
                after = [m for m in motions if m.start_char >= t.start_char and _get(m, "mover_speaker_id") == _get(t, "speaker_id")]
                t._.motion_id = (inside or after or [None])[0] and (inside or after)[0]._.motion_id
        for m, t in presented.items():
            t._.motion_relation, t._.motion_id = "supports", _get(m, "motion_id")
        _relate_turns(turns, motions, where, text, _votes_taken(motions, decisions, where))
        _granted_unopposed(motions, decisions, where, text)
        _settle(motions, decisions, where, text)
        for request, written in requested.items():
            if written is not None and _get(written, "outcome") is None and _get(request, "outcome") in ("postponed", None):
                written._.outcome, written._.decision_id = "postponed", _get(request, "decision_id")  # postponed with it
        ext.set_group(doc, ext.SPAN_GROUPS["motions"], motions)
        ext.release_text(doc)
        return doc


def _get(span: Span, name: str) -> object:
    """span._.<name>, read straight from where spaCy stores it (ext.span_values): building `span._` costs
    several times more, and the steps below read motions' and turns' attributes over and over. (ext.span_values
    for one name, without its tuple and loop: tens of thousands of reads per run.)"""
    plain, default = _PLAIN_ATTRS.get(name) or _plain_attr(name)
    if plain:
        return span.doc.user_data.get(("._.", name, span.start_char, span.end_char), default)
    return ext.span_values(span, (name,))[0]


_PLAIN_ATTRS: dict[str, tuple[bool, object]] = {}


def _plain_attr(name: str) -> tuple[bool, object]:
    """ext._plain(name), remembered here (_get looks it up without a call)."""
    got = _PLAIN_ATTRS[name] = ext._plain(name)  # noqa: SLF001 - the same check span_values makes
    return got


class Items:
    """The agenda item (index into the sorted item starts) a position or a motion belongs to; a motion stated
    only in the agenda at the top belongs to the item it names."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts
        self.placed: dict[int, int] = {}

    def of(self, x: Span | int) -> int:
        if isinstance(x, Span) and x.start_char in self.placed:
            return self.placed[x.start_char]
        return bisect.bisect_right(self.starts, x if isinstance(x, int) else x.start_char)


# compiled once here: re's own cache is shared with every component and forgets them
_ANTRAG = re.compile(r"[Aa]ntrag")
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{2,}\b")
_NAME_WORDS = frozenset({"der", "die", "des", "und", "von", "für", "am", "im", "in"})  # lowercase words a group's name has
_FINITE = re.compile(r"\b(?:wird|wurde|werden|wurden|ist|sind|war|waren|hat|hatte)\b")
_NUMBER_LINE = re.compile(r"(?:TOP\s{0,3})?[\d.]+\s*")
_SENTENCE_MARK = re.compile(r"[.!?]\s")
_LAST_DASH = re.compile(r"\s[–-]\s(?=[^–-]*$)")  # the last dash between a heading's subject and its "Antrag der ..."
_DOC_NUMBER = re.compile(r",\s*[A-Za-z.]{0,12}\s*\d[\d/.-]*\s*$")
_JOINT = re.compile(r"\s+und\s+(?:der|des)\s+")
_BY_OFFICE = re.compile(r"\s{0,3}(?:Die|Der|Das)\s{1,3}(?:Verwaltung|Büro|Amt)\b")
_CONCERN = re.compile(r"Bedenken|Kritik|Sorge")


@lru_cache(maxsize=1024)
def _word(word: str) -> re.Pattern[str]:
    """A name or word as a whole word (\\b on both sides), compiled once per word (callers test `word in text`
    first: a necessary condition that spares compiling the pattern of a word the text does not hold)."""
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=256)
def _agenda_entry(number: str) -> re.Pattern[str]:
    """The agenda line of an item number (with its continuation lines), compiled once per number."""
    return precompiled.compile(rf"(?m)^[ \t]{{0,6}}(?:TOP[ \t]{{0,3}}|Punkt[ \t]{{0,3}})?{re.escape(number)}\.?[ \t].*(?:\n[ \t]+(?!(?:TOP[ \t]{{0,3}})?\d[\d.]*[ \t])\S.*)?")


_BODY_WORDS = re.compile(r"Fraktion|Gruppe|Liste|Wähler|Abgeordnete|Stadtverordnete|Ratsmitglied|Mitglied", re.I)


def _title_match(line: str) -> re.Match[str] | None:
    """A title line naming the written motion of a group of the body ("Antrag der SPD-Fraktion: ..."); an
    application by an association or a citizen ("Antrag des Sportvereins ... auf Zuschuss") is no motion."""
    m = next((x for p in _possible("title", line) if (x := p.search(line)) is not None), None)
    if m is None or _BODY_WORDS.search(m.group("g")) or _MEMBER.fullmatch(m.group("g").strip(" ,")) or party_after(m.group("g"), lexicon()) is not None:
        return m
    return None


# a member of the body named as a motion's author in a title ("Antrag von Herrn Lübbers auf ..."): the surname moves it
_MEMBER = re.compile(r"(?:Herrn?|Frau)\s{1,3}(?:(?:Dr\.|Prof\.)\s{1,3})*(?:[A-ZÄÖÜ][\w-]+\s{1,3})?(?P<surname>[A-ZÄÖÜ][\w-]+)")


def _title_mover(group: str) -> str:
    """The mover a title names: the group as written, or a member's surname."""
    member = _MEMBER.fullmatch(group.strip(" ,"))
    return member.group("surname") if member is not None else group.strip(" ,")


def _not_sentence(line: str, m: re.Match[str]) -> bool:
    """Whether a title match names the motion rather than report it in a sentence: few lowercase words before
    the group; a heading naming it in brackets at its end ("... (Drucksache 12/IV, Antrag der Fraktion X)") is
    judged by the words inside the brackets."""
    head = line[: m.start("g")]
    inner = head[head.rfind("(") + 1 :]
    if "(" in head and ")" in line[m.end("g") :] and _ANTRAG.search(inner):
        head = inner
    elif (dash := _LAST_DASH.search(head)) is not None and not line[m.end("g") :].strip():
        head = head[dash.end() :]  # "Schulweg Brückenstraße - Antrag der Fraktion X": the subject before the dash is no sentence
    lower = _LOWER_WORD.findall(m.group("g"))
    if len(lower) >= 3 or _FINITE.search(m.group("g")) or line.rstrip().endswith(".") and set(lower) - _NAME_WORDS:
        return False  # "Auf Antrag der CDU beschließt der Ausschuss, ...", "Der Antrag der X wird zurückgezogen.": a sentence
    return len(_LOWER_WORD.findall(head)) < 3


def _absent(use: str, low: str | None, value: str = "") -> bool:
    """Whether no pattern of (use, value) can match in a text whose lowercase is `low` (a slice of the
    document's): each needs one of its literals and none is there. False when not known (None: a hazard)."""
    if low is None:
        return False
    has = low.__contains__
    return all(lits and not any(map(has, lits)) for _, lits in _family(use, value))


def _group_parent(item_text: str) -> str | None:
    """The group an item consisting only of a group heading names ("TOP 3.1." + "der CDU-Fraktion" under
    "Anträge"): the items below it are that group's written motions."""
    lines = [x for x in item_text.split("\n") if x.strip()]
    if not 1 <= len(lines) <= 2:
        return None
    heads = [m for p in patterns()[("group_heading", "")] for m in p.finditer(lines[-1])]
    return heads[0].group("g").strip(" ,") if heads else None


def _bare_motion_group(text: str, pos: int, line: str) -> str | None:
    """A line "Antrag," or "Antrag:" alone that opens the motion's text, under a heading that names the group
    ("4.1. der SPD-Fraktion" above the item): the group's written motion. None without such a heading."""
    if find("bare_title", line) is None:
        return None
    above = text[max(0, pos - 300) : pos]
    heads = [m for p in patterns()[("group_heading", "")] for m in p.finditer(above)]
    return max(heads, key=lambda m: m.start()).group("g").strip(" ,") if heads else None


def _agenda_motions(doc: Doc, items: list[Span], text: str, titles: list[Span], where: Items) -> list[Span]:
    """Items whose heading gives only a number ("Zu TOP 5:") while the agenda at the top names the group's
    motion ("5. Antrag der FDP-Fraktion: ..."): the motion is that agenda line, placed in the item."""
    if not items:
        return []
    titled = {where.of(t) for t in titles}
    head = text[: items[0].start_char]
    out = []
    for item in items:
        number = _get(item, "item_number")
        k = where.of(item.start_char)
        if not number or k in titled or number not in head:  # the entry holds the number as written
            continue
        entry = _agenda_entry(number).search(head)
        if entry is None:
            continue
        for line in entry.group(0).split("\n"):
            m = _title_match(line)
            if m is not None and _not_sentence(line, m):
                kind = "amendment" if m.groupdict().get("kind") in ("Änderungs", "Ergänzungs") else "main"
                start, end = _heading_line(text, item.start_char, item.end_char)  # where it is dealt with
                sp = _new_motion(doc, start, end, kind, m.group("g").strip(" ,"))
                if sp is not None:
                    where.placed[sp.start_char] = k
                    out.append(sp)
                break
    return out


def _has_content(content: list[int], start: int, end: int) -> bool:
    """Whether a turn or decision starts in [start, end) (content: their sorted starts)."""
    i = bisect.bisect_left(content, start)
    return i < len(content) and content[i] < end


def _unheard_agenda_motions(doc: Doc, items: list[Span], text: str, content: list[int]) -> list[Span]:
    """A group's written motion in the agenda at the top whose item never comes up in the minutes (withdrawn or
    postponed at the start): the agenda line is the motion ("5. Antrag der FDP-Fraktion: ...", or "4.3.1. ..."
    under the group heading "4.3. der CDU-Fraktion")."""
    numbers = [ext.span_values(x, ("item_number",))[0] for x in items]
    out = []
    for n, item in enumerate(items):
        number = numbers[n]
        if not number or _has_content(content, item.start_char, item.end_char) or any(x == number for x in numbers[n + 1 :]):
            continue
        start, end = _heading_line(text, item.start_char, item.end_char)
        m = _title_match(text[start:end])
        group = m.group("g").strip(" ,") if m is not None and _not_sentence(text[start:end], m) else None
        if group is None and n > 0 and items[n - 1].end_char == item.start_char:
            above = [x for x in text[items[n - 1].start_char : item.start_char].split("\n") if x.strip()]
            heads = [h for p in patterns()[("group_heading", "")] for h in p.finditer(above[-1])] if len(above) > 1 else []
            group = heads[0].group("g").strip(" ,") if heads else None
        kind = "amendment" if m is not None and m.groupdict().get("kind") in ("Änderungs", "Ergänzungs") else "main"
        if group is not None and (sp := _new_motion(doc, start, end, kind, group)) is not None:
            out.append(sp)
    return out


def _heading_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The first non-empty line of an item (its heading), as offsets; a bare number line ("TOP 3.1.1.") takes
    the title line below it."""
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    stop = text.find("\n", pos, end)
    stop = end if stop < 0 else stop
    if (_NUMBER_LINE.fullmatch(text[pos:stop]) or text[pos:stop].rstrip().endswith(":")) and stop < end:
        nxt = text.find("\n", stop + 1, end)
        nxt = end if nxt < 0 else nxt
        if text[stop + 1 : nxt].strip() and not _SENTENCE_MARK.search(text[stop + 1 : nxt] + " "):
            stop = nxt  # the title line below "TOP 3.1.1." or "Zu Punkt 3 der Tagesordnung:" (not a sentence)
    return pos, len(text[:stop].rstrip())


def _group_name(group: str) -> str:
    """A moving group as written, without a document number after a comma ("Fraktion Grüne, OF 412/7") and
    without the repeated article of a joint motion ("SPD-Fraktion und der GRÜNE-Fraktion")."""
    group = _DOC_NUMBER.sub("", group).strip(" ,")
    return _JOINT.sub(" und ", group)


def _new_motion(doc: Doc, start: int, end: int, kind: str, mover: str | None) -> Span | None:
    mover = _group_name(mover) if mover else mover
    sp = doc.char_span(start, end, label="motion", alignment_mode="expand")
    taken = {(d.start_char, d.end_char) for d in doc.spans.get(ext.SPAN_GROUPS["decisions"], [])}
    if sp is not None and (sp.start_char, sp.end_char) in taken and len(sp) > 1:
        sp = doc[sp.start : sp.end - 1]  # span attributes are keyed by offsets: a motion must not share a decision's
        sp.label_ = "motion"
    if sp is not None:
        sp._.kind, sp._.motion_kind, sp._.mover = "motion", kind, mover
    return sp


@cache
def _title_words() -> tuple[str, ...]:
    """The lowercased literals one of which every title pattern's match contains (() if one needs none)."""
    fam = _family("title")
    return tuple(sorted({w for _, lits in fam for w in lits})) if all(lits for _, lits in fam) else ()


def _heading_lines(text: str, low: str | None, start: int, stop: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, head) of the lines of an item in [start, stop) that may be motion headings: every line
    while it may be one of the item's first four non-empty lines (head), then only the lines holding a title
    pattern's literal (no other line can be a title; found with str.find in the lowercased text `low`, None
    when its case folding could differ: then every line)."""
    words = _title_words() if low is not None else ()
    pos, n = start, 0
    while pos < stop:
        head = n < 4 and (start != 0 or pos < 400)  # once false, false for the rest of the item
        if not head and words:
            break
        end = text.find("\n", pos, stop)
        end = stop if end < 0 else end
        yield pos, end, head
        if text[pos:end].strip():
            n += 1
        pos = end + 1
    else:
        return
    lines: set[int] = set()
    for w in words:
        i = low.find(w, pos, stop)  # type: ignore[union-attr]
        while i >= 0:
            lines.add(max(pos, text.rfind("\n", pos, i) + 1))
            i = low.find(w, i + 1, stop)  # type: ignore[union-attr]
    for line in sorted(lines):
        end = text.find("\n", line, stop)
        yield line, stop if end < 0 else end, False


def _title_motions(doc: Doc, items: list[Span], text: str, content: list[int], low: str | None) -> list[Span]:
    """Items whose subject is a group's written motion: a heading line "Antrag der X-Fraktion: ..." among the
    item's first lines (the motion spans the item heading down to that line), or a sub-heading further down
    (a line of its own after a blank line or under a number: "4.2 Antrag der CDU-Fraktion: ..."). A heading
    repeated (the agenda at the top, then the item itself) is one motion: the later one, where it is dealt with."""
    out: dict[str, Span] = {}
    parent = (0, 0)
    for item in items or [doc[:]]:  # a page without items: all of it
        above, parent = parent, (item.start_char, item.end_char)
        if not _has_content(content, item.start_char, item.end_char) and find("withdrawn_line", text[item.start_char : item.end_char]) is None:
            continue  # an entry of the agenda at the top: the item itself comes later (unless its group withdraws it there)
        before = len(out)
        for pos, end, head in _heading_lines(text, low, item.start_char, item.end_char):
            line = text[pos:end]
            if line.strip() and len(line) <= 200 and (head or SUBHEADING.match(line)):
                low_line = low[pos:end] if low is not None else None
                m = None if _absent("title", low_line) else _title_match(line)
                if m is not None and _not_sentence(line, m):  # not a sentence
                    start = item.start_char if head and items else pos  # no items: the title line, not the page's top
                    kind = "amendment" if m.groupdict().get("kind") in ("Änderungs", "Ergänzungs") else "main"
                    sp = _new_motion(doc, start, end, kind, _title_mover(m.group("g")))
                    if sp is not None:
                        out[" ".join(text[start:end].split())] = sp  # a repeated heading: the later one
                elif head and not _absent("bare_title", low_line) and (group := _bare_motion_group(text, pos, line)) is not None:
                    sp = _new_motion(doc, pos + len(line) - len(line.lstrip()), end, "main", group)
                    if sp is not None:
                        out[f"{pos}"] = sp
        if len(out) == before and not _absent("group_heading", low[above[0] : above[1]] if low is not None else None) and (
            group := _group_parent(text[above[0] : above[1]])
        ) is not None:
            start, end = _heading_line(text, item.start_char, item.end_char)
            if (sp := _new_motion(doc, start, end, "main", group)) is not None:
                out[f"{start}"] = sp  # "TOP 3.1. der CDU-Fraktion" above: its sub-items are its motions
    return list(out.values())


def _page_motion(doc: Doc, text: str) -> list[Span]:
    """A council-system page whose document is a group's motion ("Initiator: Fraktion X" + "Drucksache-Art:
    Antrag"): the motion is the page's title line above that block."""
    m = find("page", text[:3000])
    if m is None:
        return []
    lines = text[: m.start()].split("\n")
    pos = m.start()
    for line in reversed(lines[:-1] if lines and not lines[-1].strip() else lines):
        pos -= len(line) + 1
        s = line.strip()
        if s and ":" not in s and len(s) >= 20:
            start = pos + 1 + (len(line) - len(line.lstrip()))
            sp = _new_motion(doc, start, pos + 1 + len(line.rstrip()), "main", GLUED.split(m.group("g").strip())[0].strip(" ,"))
            return [sp] if sp is not None else []
    return []


def _other_group(moved: Span, title: Span) -> bool:
    """Whether a motion moved outright is by a member of another party than the group whose written motion the
    item is ("Ratsherr X (CDU) beantragt, ..." under "Antrag der SPD-Fraktion"): it changes
    that motion rather than moving it. Unknown parties (a local voter group) decide nothing."""
    party, group = _get(moved, "mover_party"), str(_get(title, "mover") or "")
    return bool(party) and (written := party_after(group, lexicon())) is not None and written != party


def _one_main_per_item(titles: list[Span], moved: list[Span], plain: set[int], where: Items) -> list[Span]:
    """An item's written motion is moved by the turn that moves it ("bringt den Antrag ein", "beantragt ..."):
    that sentence is the motion, the heading only when no turn moves one. Other motions of a titled item
    change its written motion: amendments. `plain`: starts of motions moved outright (not proposals, not
    changes, no kind named). Returns the headings that stay motions."""
    keep = []
    for title in titles:
        item = where.of(title)
        here = [m for m in moved if where.of(m) == item and _get(m, "motion_kind") in ("main", "amendment")]
        if _get(title, "motion_kind") == "amendment":  # "hierzu: Änderungsantrag der CDU-Fraktion": a member of it moves it
            ours = [m for m in here if _get(m, "mover_party") and str(_get(m, "mover_party")).lower()[:4] in str(_get(title, "mover")).lower()]
            if ours:
                ours[0]._.motion_kind = "amendment"
            else:
                keep.append(title)
            continue
        unnamed = [m for m in here if (m.start_char in plain and not _other_group(m, title)) or (_get(m, "mover_party") and str(_get(m, "mover_party")).lower()[:4] in str(_get(title, "mover")).lower())]
        if unnamed:
            unnamed[0]._.motion_kind = "main"
            for m in here:
                if m is not unnamed[0]:
                    m._.motion_kind = "amendment"
            continue
        for m in here:
            m._.motion_kind = "amendment"
        keep.append(title)
    return keep


def _moved_motions(
    doc: Doc, scan: Scan, turns: list[Span], decisions: list[Span], items: list[int], titled: set[int]
) -> tuple[list[Span], set[int], set[int]]:
    """Sentences that move a motion (or propose one that is then taken up), with kind and mover; the starts
    of those moved outright as the item's motion (no proposal, no change, no kind named); and of those among
    them whose item goes on to a further resolution (an addition to the item's proposal). `titled`: the items whose
    heading is a written motion; a sentence that only says such a motion is before the body ("liegt der Antrag der
    X-Fraktion vor") is that motion, not another one."""
    text = scan.text
    turn_starts = [t.start_char for t in turns]
    called_starts = _called_proposals(scan, turns, turn_starts, items)
    out: list[Span] = []
    moving_turns: dict[int, list[str]] = {}
    plain: set[int] = set()
    addon: set[int] = set()
    bounds = [(d.start_char, d.end_char) for d in decisions]
    item_of = Items(items).of
    for n in scan.candidates(("moves", "proposes", "suggests")):  # the other sentences move nothing
        sent = scan.at(n)
        body = scan.body(n)
        sent_kind = ext.values_at(doc, [sent], "sent_kind")[0]
        person = (sent_kind or "").startswith("pronoun") or sent_kind in ("speech", "label")
        if not person and any(s <= sent.start_char < e for s, e in bounds):
            continue
        verb = scan.find("moves", n)
        proposal, suggestion = verb is None, False
        if proposal:
            verb = scan.find("proposes", n)
            if verb is None:
                verb = scan.find("suggests", n)
                suggestion = verb is not None
        if verb is None or scan.find("not_moves", n) is not None:
            continue
        if item_of(sent.start_char) in titled and _ANNOUNCES.match(verb.group(0)) and named_kind(verb.group(0)) is None:
            continue
        called = sent.start_char in called_starts
        k = bisect.bisect_right(turn_starts, sent.start_char + _bullet(body)) - 1  # "– Frau X beantragte ...": her turn
        turn = turns[k] if k >= 0 and turns[k].end_char >= sent.end_char else None
        item = bisect.bisect_right(items, sent.start_char)
        if turn is None and k >= 0 and bisect.bisect_right(items, turns[k].start_char) == item and (person or _reported(verb.group(0))):
            turn = turns[k]  # "Er beantragt ..." / "Die SPD beantrage ..." after the speaker's turn was cut short
        group = scan.find("group_mover", n)
        if turn is None and group is not None and k >= 0 and (
            _speaks_for(turns[k], group, text, sent.start_char) or _own_group(turns[k], group, decisions, items, sent)
        ):
            turn = turns[k]  # "Herr X erklärt für die CDU-Fraktion, ..." then "Die CDU-Fraktion stellt daher den Antrag"
        if turn is None and group is None:
            continue  # "Es wird beantragt ...": no mover to name
        # the chair reading out the written motion under its heading puts it before the body; the heading moves it
        if item_of(sent.start_char) in titled and find("reads_out", verb.group(0)) is not None and turn is not None and _get(turn, "role") in _BY_POSITION and named_kind(verb.group(0)) is None:
            continue
        window = body[verb.start() : verb.start() + 250]
        kind = named_kind(window)
        if kind is None and _SAID_BEFORE.search(verb.group(0)):
            window = body[: verb.start() + 250]  # "plädiert dafür, ... zu vertagen, und stellt einen entsprechenden Antrag"
            kind = named_kind(window)
        if kind == "procedural" and "Geschäftsordnung" in window:
            # "Antrag zur Geschäftsordnung auf Vertagung", or "... zur Geschäftsordnung." and the next sentence says what for
            said = named_kind(window.replace("Geschäftsordnung", ""))
            kind = said if said in ("postpone", "refer") else kind
            if kind == "procedural" and said is None and len(body) - verb.start() < 80:  # "... auf Schluss der Rednerliste" says it
                kind = next((k for k in (named_kind(text[sent.end_char : sent.end_char + 250]),) if k in ("postpone", "refer")), kind)
        if proposal and (turn is None or _BY_OFFICE.match(body)):
            continue
        taken_over = kind is None and (
            suggestion and (_taken_over(decisions, items, item, sent.end_char, text) or _adopted_with_changes(decisions, items, item, body[verb.end() :], sent.end_char, text))
            or proposal and not suggestion and _taken_over_as_said(decisions, items, item, body[verb.end() :], sent.end_char, text)
        )
        if suggestion and not called and (kind is None or not _taken_up(decisions, items, item, sent.end_char)) and not taken_over:
            continue  # "regt an": a motion only when put to the vote by name, a procedural one taken up, or one taken over
        if proposal and not suggestion and not called and kind is None and not (
            taken_over
            or _taken_up(decisions, items, item, sent.end_char)
            or _adopted(decisions, items, item, body[verb.end() :], sent.end_char, text)
            or (_get(turn, "role") in ("chair", "mayor") and _voted_next(turns, decisions, items, item, turn))
        ):
            continue
        stated = kind is not None
        outright = not stated and not proposal
        if kind is None:
            first = turn is None and item_of(sent.start_char) not in titled and not any(bisect.bisect_right(items, m.start_char) == item for m in out)
            changes = find("changes", window) is not None and not first  # a group's first motion in narration changes nothing before it
            kind = "amendment" if taken_over or changes else "main"
        if any(_get(m, "motion_kind") == kind and bisect.bisect_right(items, m.start_char) == item for m in out) and (
            not verb.group(0)[:1].islower() or proposal and stated
        ):
            continue  # "Antrag auf Schluss der Debatte" after it was moved, "schlägt vor, ... zu verweisen" after the referral was moved: a mention
        if turn is not None and (kind in moving_turns.get(k, []) or (not stated and moving_turns.get(k))):
            continue  # the turn goes on about the motion it moved ("Ihre Fraktion beantrage, ...")
        sp = _new_motion(doc, _stated_from(scan, n, turn), sent.end_char, kind, None)
        if sp is None:
            continue
        if outright and kind == "main":
            plain.add(sp.start_char)
            if _resolves_more(decisions, items, item, sent.end_char, text):
                addon.add(sp.start_char)
        if turn is not None:
            moving_turns.setdefault(k, []).append(kind)
        if group is not None and (turn is None or group.start() > 0 or _not_its_member(turn, group, verb.group(0))):
            sp._.mover = next(g for g in group.groupdict().values() if g).strip()
        else:
            sp._.mover, sp._.mover_speaker_id, sp._.mover_party = _get(turn, "speaker"), _get(turn, "speaker_id"), _get(turn, "party")
            turn._.motion_relation, turn._.motion_id = "moves", None  # id set once all motions are known
        out.append(sp)
    for sp in out:
        if sp.start_char in addon:
            item = bisect.bisect_right(items, sp.start_char)
            later = sum(1 for x in out if x.start_char > sp.start_char and bisect.bisect_right(items, x.start_char) == item)
            if _votes_after(decisions, items, item, sp.end_char, text) - later < 2:
                addon.discard(sp.start_char)  # the votes after it settle the motions moved after it
    return out, plain, addon


# a motion whose content the sentence states before its verb
_SAID_BEFORE = re.compile(r"\b(?:entsprechenden|dahingehenden|diesbezüglichen|solchen)\s{1,3}(?:[\w-]{0,30})?[Aa]ntrag")
# a written motion said to be before the body, not moved in the sentence: "lag ein Antrag der X vor", "stand ... auf der Tagesordnung"
_ANNOUNCES = re.compile(r"(?:liegt|liege|lag|stand|steht|standen|stehen)\b")


def _stated_from(scan: Scan, n: int, turn: Span | None) -> int:
    """Where a motion moved in sentence n starts: the sentence itself, or the one before it in the same turn when
    the moving sentence only points back at it ("Ich würde gern ergänzen, dass ... Das beantrage ich."): the motion
    is what that sentence states."""
    start = scan.starts[n]
    if turn is None or n == 0 or find("points_back", scan.body(n)) is None or scan.starts[n - 1] < turn.start_char:
        return start
    return scan.starts[n - 1]


def _bullet(body: str) -> int:
    """The length of a list dash or bullet that opens a sentence ("– Frau X beantragte ..."): the turn starts after it."""
    return len(body) - len(body.lstrip("–—-•·* \t\n"))


# a vote called on the item's proposal with all the proposals made in the debate
_ALL_PROPOSALS = re.compile(r"\bum\s{1,3}(?:beide|die|alle|diese)\s{1,3}(?:Vorschläge|Anregungen|Ergänzungen|Änderungen)\s{1,3}(?:ergänzt|geändert)")


def _called_proposals(scan: Scan, turns: list[Span], turn_starts: list[int], items: list[int]) -> set[int]:
    """Starts of the proposals the chair puts to the vote by their mover's name ("lässt über den Vorschlag von
    Frau X abstimmen", "über den Antrag mit der Ergänzung von Herrn Y"): the latest sentence of that speaker in
    the item before the call that proposes, suggests or moves something."""
    calls: list[tuple[int, int, str]] = []
    proposals: list[tuple[int, int, str]] = []
    text_of: dict[int, str] = {}
    called = [n for n in scan.candidates(("vote_call",)) if scan.find("vote_call", n) is not None]
    if not called:
        return set()  # no vote called on anything: no proposal to look for
    for n in sorted(set(called) | set(scan.candidates(("moves", "proposes", "suggests")))):
        sent = scan.at(n)
        item = bisect.bisect_right(items, sent.start_char)
        call = scan.find("vote_call", n)
        if call is not None:
            calls.append((sent.start_char, item, call.group(0)))
            if (what := _CALLED_FOR.match(scan.body(n), call.end())) is not None:
                calls.append((sent.start_char, item, "=" + what.group(1)))  # "..., den Antrag zurückzustellen": the proposal by what it asks
            if _ALL_PROPOSALS.search(scan.body(n)):
                calls.append((sent.start_char, item, "*"))  # "über den um beide Vorschläge ergänzten Beschlussvorschlag"
        elif any(scan.find(use, n) is not None for use in ("moves", "proposes", "suggests")):
            k = bisect.bisect_right(turn_starts, sent.start_char + _bullet(scan.body(n))) - 1
            speaker = str(_get(turns[k], "speaker") or "") if k >= 0 and turns[k].end_char >= sent.end_char else ""
            if speaker:
                proposals.append((sent.start_char, item, speaker.split()[-1]))
                text_of[sent.start_char] = scan.body(n)
    out: set[int] = set()
    for pos, item, words in calls:
        if words == "*":
            out.update(p[0] for p in proposals if p[0] < pos and p[1] == item)
            continue
        if words.startswith("="):
            asked = [p for p in proposals if p[0] < pos and p[1] == item and words[1:] in text_of[p[0]]]
            if asked:
                out.add(asked[-1][0])
            continue
        named = [p for p in proposals if p[0] < pos and p[1] == item and p[2] in words and _word(p[2]).search(words)]
        if named:
            out.add(named[-1][0])
    return out


# the call names what the proposal asks, an infinitive after a comma ("lässt über den Vorschlag abstimmen, den Antrag
# zurückzustellen"): the proposal that asked it
_CALLED_FOR = re.compile(r"[^,.]{0,20},\s+(?:[\w-]+\s+){0,6}?((?:[a-zäöü]+zu[a-zäöüß]{3,}en)|zu\s+[a-zäöüß]{4,}en)\b")

_WORD = re.compile(r"\b[\wäöüÄÖÜß]{5,}\b")
_FIGURE = re.compile(r"\b\d[\d.,]{1,}\d\b")  # an amount or date the resolution repeats ("2.000 Euro"): wording as much as a word


def _taken_over(decisions: list[Span], items: list[int], item: int, after: int, text: str) -> bool:
    """Whether a suggestion is taken over into the item's motion ("übernimmt die Anregung") and a later decision
    of the item adopts the motion with it ("in der geänderten Fassung"; a vote on a referral may come between):
    the body voted on it."""
    later = [d for d in decisions if d.start_char >= after and bisect.bisect_right(items, d.start_char) == item]
    nxt = next((d for d in later if _WITH_CHANGES.search(text[max(after, d.start_char - 300) : d.end_char][:2000]) is not None), None)
    if nxt is None and later and _get(later[0], "outcome") == "accepted" and "bernimm" in text[after : later[0].start_char]:
        return _INTO_PROPOSAL.search(text[after : later[0].start_char]) is not None  # "übernimmt die Anregung in den Beschlussvorschlag"
    if nxt is None or _get(nxt, "outcome") != "accepted":
        return False
    gap = text[after : nxt.start_char]
    took = find("takes_over", gap)
    # a motion moved between takes what is taken over: "Er schlage vor, ... Sie beantrage, ... Die Antragsteller übernehmen"
    return took is not None and find("moves", gap[: took.start()]) is None


def _taken_over_as_said(decisions: list[Span], items: list[int], item: int, proposal: str, after: int, text: str) -> bool:
    """Whether a proposal is taken over by name before the item's next decision ("Wir haben den Vorschlag ...
    übernommen.") and that decision adopts what it proposed (it accepts, sharing a word stem with the proposal:
    "zu befristen" ~ "die befristete Verlängerung"): the body voted on it."""
    nxt = next((d for d in decisions if d.start_char >= after), None)
    if nxt is None or bisect.bisect_right(items, nxt.start_char) != item or _get(nxt, "outcome") != "accepted":
        return False
    return find("took_over", text[after : nxt.start_char]) is not None and bool(_stems(proposal) & _stems(nxt.text[:600]))


# a suggestion taken into the text the body then votes on: "Der Bürgermeister übernimmt die Anregung in den Beschlussvorschlag."
_INTO_PROPOSAL = re.compile(r"\b[Üü]bernimmt\b[^.]{0,60}?\bin\s{1,3}(?:den|die|das|seinen|ihren)\s{1,3}(?:Beschlussvorschlag|Beschlussantrag|Beschlusstext|Antrag|Vorlage)\b")


def _adopted(decisions: list[Span], items: list[int], item: int, proposal: str, after: int, text: str) -> bool:
    """Whether the next decision of the item repeats the proposal's wording (three or more of its longer words):
    the body resolved what was proposed. A decision that announces its wording ("fasst folgenden Beschluss:") is
    read with the lines after it, where that wording stands."""
    nxt = next((d for d in decisions if d.start_char >= after), None)
    if nxt is None or bisect.bisect_right(items, nxt.start_char) != item:
        return False
    wording = nxt.text[:600]
    if wording.rstrip().endswith(":"):
        block = text.find("\n\n", nxt.end_char)
        wording = text[nxt.start_char : min(nxt.end_char + 600, len(text) if block < 0 else block)]
    words = {w.lower()[:5] for w in _WORD.findall(proposal)} | set(_FIGURE.findall(proposal))  # (stems: "Anbaus" ~ "Anbau")
    return len(words & ({w.lower()[:5] for w in _WORD.findall(wording)} | set(_FIGURE.findall(wording)))) >= 3


def _adopted_with_changes(decisions: list[Span], items: list[int], item: int, proposal: str, after: int, text: str) -> bool:
    """Whether a later resolution of the item adopts a suggestion "mit der Maßgabe" / "in der geänderten Fassung" in the
    suggestion's own words (as _adopted): "regte an, zwei Stellplätze am Eingang vorzusehen" + "beschließt ... mit der
    Maßgabe, dass zwei Stellplätze am Eingang vorgesehen werden"."""
    later = [
        d for d in decisions
        if d.start_char >= after and bisect.bisect_right(items, d.start_char) == item and _get(d, "outcome") == "accepted"
        and _WITH_CHANGES.search(d.text[:2000]) is not None
    ]  # fmt: skip
    return bool(later) and _adopted(later[:1], items, item, proposal, after, text)


def _resolves_more(decisions: list[Span], items: list[int], item: int, after: int, text: str) -> bool:
    """Whether the item goes on to two resolutions (not mere notes): the motion's own vote and the one on the
    item's proposal, so the motion adds to that proposal (an amendment) rather than being the item's motion."""
    return bool(items) and _votes_after(decisions, items, item, after, text) >= 2  # no agenda structure: the further resolution may be another matter


def _votes_after(decisions: list[Span], items: list[int], item: int, after: int, text: str) -> int:
    """The item's votes (accepted or rejected, not a motion's quoted wording) after a position."""
    votes = [
        d for d in decisions
        if d.start_char >= after and bisect.bisect_right(items, d.start_char) == item
        and _get(d, "outcome") in ("accepted", "rejected") and not _quoted_wording(d, text)
    ]  # fmt: skip
    return len(votes)


def _requested_postponements(doc: Doc, scan: Scan, motions: list[Span], where: Items) -> dict[Span, Span | None]:
    """A group's request to postpone its motion, reported by the chair or in the resolution ("die
    antragstellende Fraktion habe um Vertagung gebeten"): a postponement moved by that group, with the written
    motion it postpones (the group's motion of the item, else the only group motion before it)."""
    out: dict[Span, Span | None] = {}
    for n in scan.candidates(("group_request",)):
        sent = scan.at(n)
        if scan.find("group_request", n) is None or any(m.start_char <= sent.start_char < m.end_char for m in motions):
            continue
        who = scan.find("requester", n)
        group = who.group("g").strip() if who is not None else ""
        before = [m for m in motions if m.start_char < sent.start_char and _get(m, "mover_speaker_id") is None and _get(m, "mover")]
        written = [m for m in before if where.of(m) == where.of(sent.start_char)] or (before if len(before) == 1 else [])
        if group and not group.startswith("antragstellend"):
            written = [m for m in written if str(_get(m, "mover")).lower()[:12] == group.lower()[:12]] or written
        elif written:
            group = str(_get(written[-1], "mover"))
        sp = _new_motion(doc, sent.start_char, sent.end_char, "postpone", group or None)
        if sp is not None:
            out[sp] = written[-1] if written else None
    return out


def _presented_motions(doc: Doc, scan: Scan, turns: list[Span], motions: list[Span], where: Items) -> dict[Span, Span]:
    """A member presenting a group's written motion that the item states nowhere else ("Für die Fraktion X
    begründet Frau Y den Änderungsantrag, ..."): the sentence is the motion, its mover the group it names, and
    the presenting turn supports it (it moves nothing itself). Returns motion -> presenting turn."""
    out: dict[Span, Span] = {}
    starts = [t.start_char for t in turns]
    for n in scan.candidates(("presents",)):
        sent = scan.at(n)
        k = bisect.bisect_right(starts, sent.start_char + _bullet(scan.body(n))) - 1
        if k < 0 or turns[k].end_char < sent.end_char or _get(turns[k], "motion_relation") is not None or scan.find("presents", n) is None:
            continue
        found = scan.find("presenter", n)
        group = _presenting_group(found, turns[k]) if found is not None else None
        body = scan.body(n)
        kind = named_kind(body) or "main"
        item = where.of(sent.start_char)
        if group is None or kind not in ("main", "amendment") or any(where.of(m) == item and _get(m, "motion_kind") == kind for m in [*motions, *out]):
            continue
        sp = _new_motion(doc, sent.start_char, sent.end_char, kind, group)
        if sp is not None:
            out[sp] = turns[k]
    return out


_BY_POSITION = frozenset({"chair", "mayor", "administration"})  # roles that put a motion before the body without being its author
_OFFICE_ROLE = re.compile(r"[Bb]ürgermeister|Landr|Ortsvorsteher")


def _granted_motions(doc: Doc, scan: Scan, turns: list[Span], decisions: list[Span], motions: list[Span], where: Items) -> list[Span]:
    """A motion stated inside the act that grants it ("Auf Antrag der SPD-Fraktion beschließt der Rat ...", "Die
    Vorsitzende eröffnet auf Antrag der Fraktion X die Aussprache"): the sentence is the motion, moved by the
    group, the chair (by office: the latest speaker of that role) or the person it names. Settled by the
    decision it stands in; a chair's act done on it grants it (outcome accepted, no decision)."""
    out: list[Span] = []
    starts = [t.start_char for t in turns]
    for n in scan.candidates(("on_request",)):
        sent = scan.at(n)
        found = scan.find("on_request", n)
        if found is None or any(sent.start_char <= m.start_char < sent.end_char for m in motions):
            continue
        decision = next((d for d in decisions if d.start_char <= sent.start_char < d.end_char), None)
        k = bisect.bisect_right(starts, sent.start_char + _bullet(scan.body(n))) - 1
        turn = turns[k] if k >= 0 and turns[k].end_char >= sent.end_char else None
        if decision is None and turn is None:
            continue  # a header line ("Wortprotokoll auf Antrag der Fraktion X"): no act of the body
        kind = named_kind(scan.body(n)) or "main"
        item = where.of(sent.start_char)
        if kind in ("main", "amendment") and any(where.of(m) == item and _get(m, "motion_kind") == kind for m in motions):
            continue  # the item's motion, granted: named again, not moved again
        sp = _new_motion(doc, sent.start_char, sent.end_char, kind, None)
        if sp is None:
            continue
        groups = found.groupdict()
        if groups.get("g"):
            sp._.mover = _group_name(groups["g"].strip())
        elif groups.get("who"):
            sp._.mover = groups["who"]
        else:
            role = "mayor" if _OFFICE_ROLE.search(groups.get("chair") or "") else "chair"
            by = [t for t in turns[: k + 1] if _get(t, "role") == role] or [t for t in turns if _get(t, "role") == role]
            if by:
                sp._.mover, sp._.mover_speaker_id, sp._.mover_party = _get(by[-1], "speaker"), _get(by[-1], "speaker_id"), _get(by[-1], "party")
        if decision is None:
            sp._.outcome = "accepted"
        out.append(sp)
    return out


def _voted_motions(doc: Doc, scan: Scan, decisions: list[Span], motions: list[Span], where: Items) -> list[Span]:
    """A group's motion that only the vote on it states ("Der Kreistag lehnte den Antrag der AfD auf ... ab.",
    "Der Antrag der Fraktion X wird mehrheitlich angenommen.") in an item where nothing moved it: the vote's
    first sentence is the motion, moved by the group and settled by that vote (press reports lead with the
    result and tell the debate after it)."""
    out: list[Span] = []
    for d in decisions:
        if _get(d, "outcome") == "noted" or _quoted_wording(d, scan.text):
            continue
        item = where.of(d.start_char)
        before = [m for m in [*motions, *out] if where.of(m) == item and m.start_char < d.end_char]
        since = max((x.end_char for x in decisions if x.end_char <= d.start_char and where.of(x.start_char) == item), default=-1)
        if before and any(m.start_char >= since for m in before):
            continue  # the item's motion: the vote names it, it does not move it
        k = bisect.bisect_right(scan.starts, d.start_char) - 1
        if k < 0 or scan.starts[k] != d.start_char:
            continue  # only a vote that opens with its own sentence ("Beschluss:" blocks name the item's proposal)
        body = scan.body(k)
        found = scan.find("voted_group", k)
        if found is None or found.start() > 300:
            continue
        if before and not (_ALSO.search(body[: found.start()]) and not any(_same_group(_get(m, "mover") or "", found.group("g")) or _same_group(_get(m, "mover_party") or "", found.group("g")) for m in before)):
            continue  # a later vote names another group's motion only as "auch der Antrag der X" ("fand auch ... keine Zustimmung")
        # (the motion's own clause after the group names its kind: "Einen Antrag der CDU, die Entscheidung in den Ausschuss zu verweisen, ...")
        clause = _MOTION_CLAUSE.match(body, found.end())
        kind = named_kind(body[: clause.end() if clause else found.end()]) or "main"
        sp = _new_motion(doc, d.start_char, min(scan.ends[k], d.end_char), kind, found.group("g").strip())
        if sp is not None:
            out.append(sp)
    return out


_MOTION_CLAUSE = re.compile(r",\s{1,3}[^,;.]{0,140}?\bzu(?:\s{1,3}|\w*)[a-zäöüß]+(?=,)")
_ALSO = re.compile(r"\b(?:[Aa]uch|[Ee]benfalls|[Ee]benso)\b")
def _same_group(a: str, b: str) -> bool:
    """Whether two group names as written name the same group: the same party however spelled ("SPD-Fraktion",
    "Fraktion der SPD", "SPD"), else a local list's name in the other ("BVB/FREIE WÄHLER" in "Fraktion BVB/FREIE WÄHLER")."""
    lex = lexicon()
    pa, pb = party_after(a, lex), party_after(b, lex)
    if pa is not None or pb is not None:
        return pa == pb
    x, y = a.strip().lower(), b.strip().lower()
    return bool(x) and bool(y) and (x in y or y in x)


def _reported_motions(doc: Doc, scan: Scan, decisions: list[Span], motions: list[Span], where: Items) -> list[Span]:
    """A group's motion told in narration by its fate or its place on the agenda, as press and party-site reports
    lead ("Mit einem Antrag auf ... ist die Linke gescheitert.", "Weniger erfolgreich waren wir mit unserem zweiten
    Antrag, ..."), where no motion of the item is open (none since the item's last decision): the sentence is the
    motion, moved by the group it names, or, told in the first person, by the group that published the report."""
    out: list[Span] = []
    text = scan.text
    author: str | None = None
    for n in scan.candidates(("reported",)):
        found = scan.find("reported", n)
        sent = scan.at(n)
        if found is None or any(d.start_char <= sent.start_char < d.end_char for d in decisions):
            continue
        item = where.of(sent.start_char)
        since = max((d.end_char for d in decisions if d.end_char <= sent.start_char and where.of(d.start_char) == item), default=-1)
        if any(where.of(m) == item and since <= m.start_char < sent.end_char for m in [*motions, *out]):
            continue  # the motion already moved, told again
        group = found.groupdict().get("g")
        if group is None:
            if author is None:
                by = find("author", text[:1000])
                # (else the list a byline or the first line names: "Ein Bericht von X, Bürger für Z (BfZ)")
                author = by.group("g").strip() if by is not None else publisher_party(text, lexicon()) or ""
            group = author
        if group and (sp := _new_motion(doc, sent.start_char, sent.end_char, named_kind(scan.body(n)) or "main", group.strip())) is not None:
            out.append(sp)
    return out


def _presenting_group(found: re.Match[str], turn: Span) -> str | None:
    """The group a presenting sentence names; "den Antrag seiner Fraktion" is the speaker's own group, named by
    the speaker's party ("FDP-Fraktion"), None when the party is not known."""
    if found.groupdict().get("g"):
        return found.group("g").strip()
    party = str(_get(turn, "party") or "").strip()
    return f"{party}-Fraktion" if party else None


def _announced_once(moved: list[Span], where: Items) -> list[Span]:
    """Drop a group's motion announced by the chair ("Zur Vorlage liegt ein Änderungsantrag der Fraktion X vor")
    when a member of that group moves a motion of the same kind later in the item: one motion, moved there."""
    out = []
    for m in moved:
        later = [
            x for x in moved
            if x.start_char > m.start_char and where.of(x) == where.of(m) and _get(x, "motion_kind") == _get(m, "motion_kind")
            and _get(x, "mover_speaker_id") is not None and len(str(_get(x, "mover_party") or "")) >= 3
            and str(_get(x, "mover_party")).lower()[:4] in str(_get(m, "mover")).lower()
        ]  # fmt: skip
        if not (_get(m, "mover_speaker_id") is None and later):
            out.append(m)
    return out


# a group's own act, told in narration: "Die Fraktion der FDP zieht den Antrag zurück."
_GROUP_ACT = re.compile(r"\s{0,3}(?:Die|Der)\s{1,3}(?P<g>[^,.;:]{2,60}?)\s{1,3}(?:zieht|zog|ziehen|zogen)\b")
# taking over a withdrawn motion: "Die SPD-Fraktion übernimmt den Antrag", "macht sich den Antrag zu eigen"
_TAKES_OVER = re.compile(
    r"\b(?:[Üü]bernimmt|[Üü]bernehme|[Üü]bernahm|[Üü]bernehmen|[Üü]bernahmen)\b[^.]{0,40}?\b(?:den|diesen)\s{1,3}(?:zurückgezogenen\s{1,3})?Antrag\b"
    r"|\bden\s{1,3}(?:zurückgezogenen\s{1,3})?Antrag\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:übernimmt|übernehme|übernehmen|übernahm)\b"
    r"|\bmach(?:t|te|en|e)\s{1,3}sich\s{1,3}den\s{1,3}Antrag\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?zu\s{1,3}eigen"
)


def _withdrawals(doc: Doc, scan: Scan, turns: list[Span], motions: list[Span], where: Items) -> list[Span]:
    """A motion withdrawn by its group in narration ("Die Fraktion der FDP zieht den Antrag zurück.") is
    withdrawn; one that a member then takes over ("erklärt, die SPD-Fraktion übernehme den Antrag") is moved
    again, by that member: the new motion, returned, is the one the body votes on."""
    text = scan.text
    for k in range(len(scan.starts)):
        body = scan.body(k)
        if "zur" not in body or (act := _GROUP_ACT.match(body)) is None or find("relation", body, "withdraws") is None:
            continue
        sent = scan.at(k)
        if any(t.start_char <= sent.start_char < t.end_char and t.start_char != sent.start_char for t in turns if _get(t, "party")):
            continue  # inside a member's turn: the speaker's words, related to the motion as a turn
        open_here = [m for m in motions if m.start_char < sent.start_char and where.of(m) == where.of(sent.start_char) and _get(m, "outcome") is None]
        party = party_after(act.group("g"), lexicon())
        theirs = [m for m in open_here if party is not None and party in (_get(m, "mover_party"), party_after(str(_get(m, "mover") or ""), lexicon()))]
        if theirs or len(open_here) == 1:
            (theirs or open_here)[-1]._.outcome = "withdrawn"
    for t in turns:
        if _get(t, "motion_relation") != "moves" or "zurück" not in text[t.start_char : t.end_char]:
            continue
        mine = [m for m in motions if t.start_char <= m.start_char < t.end_char]
        if mine and find("relation", text[mine[-1].end_char : t.end_char], "withdraws") is not None:
            mine[-1]._.outcome = "withdrawn"  # "Er beantragt, ... zu vertagen. Nach kurzer Aussprache zieht Herr X den Antrag zurück."
    out: list[Span] = []
    for t in turns:
        if text.find("Antrag", t.start_char, t.end_char) < 0:
            continue  # every phrasing of _TAKES_OVER names the "Antrag"
        body = text[t.start_char : t.end_char]
        took = _TAKES_OVER.search(body)
        if took is None or _get(t, "motion_relation") is not None:
            continue
        gone = _withdrawn_before_in_item(motions, t.start_char, where, text)
        if not gone:
            continue
        k = bisect.bisect_right(scan.starts, t.start_char + took.start()) - 1
        sent = scan.at(k) if k >= 0 else Bounds(t.start_char, t.end_char)
        sp = _new_motion(doc, max(sent.start_char, t.start_char), min(sent.end_char, t.end_char), str(_get(gone[-1], "motion_kind")), None)
        if sp is None:
            continue
        gone[-1]._.outcome = "withdrawn"
        sp._.mover, sp._.mover_speaker_id, sp._.mover_party = _get(t, "speaker"), _get(t, "speaker_id"), _get(t, "party")
        t._.motion_relation, t._.motion_id = "moves", None  # id set once all motions are known
        out.append(sp)
    return out + _taken_over_by_group(doc, scan, turns, [*motions, *out], where)


def _withdrawn_before_in_item(motions: list[Span], pos: int, where: Items, text: str) -> list[Span]:
    """The motions of pos's item moved before pos and withdrawn by then (their outcome, or a withdrawal between): the
    ones a later speaker or group can take over."""
    item = where.of(pos)
    return [
        m for m in motions
        if where.of(m) == item and m.end_char <= pos
        and (_get(m, "outcome") == "withdrawn" or find("relation", text[m.end_char : pos], "withdraws") is not None)
    ]  # fmt: skip


# a group taking over a withdrawn motion in narration: "Die DEF-Fraktion übernimmt den Antrag."
_GROUP_TAKES = re.compile(r"\s{0,3}(?:Die|Der)\s{1,3}(?P<g>[^,.;:]{2,60}?)\s{1,3}(?:übernimmt|übernahm|übernehmen|übernahmen|macht|machte|machen|machten)\b")
_GROUP_WORD = re.compile(r"[Ff]raktion|Gruppe|Liste|Wählergemeinschaft")


def _taken_over_by_group(doc: Doc, scan: Scan, turns: list[Span], motions: list[Span], where: Items) -> list[Span]:
    """A withdrawn motion that a group takes over in a line of narration ("Die DEF-Fraktion übernimmt den Antrag."):
    that sentence moves it again, under the group's name as written, and the vote that follows settles it."""
    text = scan.text
    out: list[Span] = []
    for k in range(len(scan.starts)):
        body = scan.body(k)
        if "Antrag" not in body or (act := _GROUP_TAKES.match(body)) is None or _TAKES_OVER.search(body) is None:
            continue
        group = act.group("g").strip()
        if _GROUP_WORD.search(group) is None and party_after(group, lexicon()) is None:
            continue  # "Der Vorsitzende übernimmt ...": no group
        sent = scan.at(k)
        if any(t.start_char <= sent.start_char < t.end_char for t in turns):
            continue  # a speaker's words ("Die SPD-Fraktion übernehme den Antrag"): the turn moves it
        gone = _withdrawn_before_in_item(motions, sent.start_char, where, text)
        if not gone or any(sent.start_char <= m.start_char < sent.end_char for m in motions):
            continue
        sp = _new_motion(doc, sent.start_char, sent.end_char, str(_get(gone[-1], "motion_kind")), group)
        if sp is not None:
            gone[-1]._.outcome = "withdrawn"
            out.append(sp)
    return out


def _voted_next(turns: list[Span], decisions: list[Span], items: list[int], item: int, turn: Span) -> bool:
    """Whether the item's next decision follows the chair's proposal before anyone else speaks: the chair
    put the proposal to the vote."""
    nxt = next((d for d in decisions if d.start_char >= turn.end_char - 1), None)
    if nxt is None or bisect.bisect_right(items, nxt.start_char) != item:
        return False
    return not any(turn.end_char <= x.start_char < nxt.start_char and _get(x, "speaker") != _get(turn, "speaker") for x in turns)


def _speaks_for(turn: Span, group: re.Match[str], text: str, pos: int) -> bool:
    """Whether a group's moving sentence directly continues the turn of one of its members (nothing in between):
    the member moves it for the group."""
    party = str(_get(turn, "party") or "").lower()[:4]
    name = next((g for g in group.groupdict().values() if g), "").lower()
    return len(party) >= 3 and party in name and not text[turn.end_char : pos].strip()


def _own_group(turn: Span, group: re.Match[str], decisions: list[Span], items: list[int], sent: Bounds) -> bool:
    """Whether an unnamed group moves ("Die Fraktion beantragt, ...") after a turn of its item with nothing
    decided in between: "the group" without a name is the speaker's own (a page break may have cut the turn)."""
    name = next((g for g in group.groupdict().values() if g), "").strip()
    if name not in ("Fraktion", "Gruppe") or bisect.bisect_right(items, turn.start_char) != bisect.bisect_right(items, sent.start_char):
        return False
    return not any(turn.end_char <= d.start_char < sent.start_char for d in decisions)


def _not_its_member(turn: Span, group: re.Match[str], verb: str) -> bool:
    """Whether a named group moving in the indicative ("Die SPD legte einen Änderungsantrag vor") is not the
    speaker's group: narration of the group's own act, not the speaker's words ("Die CDU-Fraktion beantrage")."""
    name = next((g for g in group.groupdict().values() if g), "").strip().lower()
    word = verb.split()[0]
    if name in ("fraktion", "gruppe") or (word.endswith("e") and not word.endswith("te")):
        return False
    party = str(_get(turn, "party") or "").lower()[:4]
    return not (len(party) >= 3 and party in name)


def _reported(verb: str) -> bool:
    """A moving verb in the Konjunktiv of reported speech ("beantrage", "stelle"): the last speaker's words."""
    return verb.split()[0].endswith("e")


def _taken_up(decisions: list[Span], items: list[int], item: int, after: int) -> bool:
    """Whether the next decision of the item takes up a proposal ("Dem Vorschlag wird zugestimmt")."""
    nxt = next((d for d in decisions if d.start_char >= after), None)
    if nxt is None or bisect.bisect_right(items, nxt.start_char) != item or (up := TAKEN_UP.search(nxt.text[:600])) is None:
        return False
    # "in der geänderten Fassung" after a motion moved between: the change that motion made, not this proposal
    return not (up.group(0)[:1].islower() and find("moves", nxt.doc.text[after : nxt.start_char]) is not None)


def _relate_turns(turns: list[Span], motions: list[Span], where: Items, text: str, voted: dict[int, int] | None = None) -> None:
    """supports / opposes / withdraws: explicit phrasings wherever a motion is open in the item; position cues
    when the item's subject is a motion or the turn names one. The target is the motion the turn names by
    kind, else the latest open one of its item. voted: where the vote on a change or procedural motion was
    taken, by the motion's start (_votes_taken): after it, that motion is no longer open."""
    voted = voted or {}
    prev: Span | None = None
    speaker: Span | None = None  # the last turn that is not the chair's: calling the next speaker does not end a debate
    stems: dict[tuple[int, int], set[str]] = {}  # a motion's content stems, by its offsets (_named_by_content)
    placed = [(m, m.start_char, where.of(m)) for m in motions]  # read once: every turn asks which are open
    for n, t in enumerate(turns):
        last, prev = prev, t
        debater, speaker = speaker, (speaker if _procedure_only(t, text) else t)
        if _get(t, "motion_relation") is not None:  # moves, or presents a written motion stated nowhere else
            continue
        item = where.of(t.start_char)
        open_here = [m for m, start, at in placed if start < t.start_char and at == item]
        open_here = [m for m in open_here if not _withdrawn_before(m, t, text)]
        if not open_here:
            continue
        body = ASIDE.sub(" ", text[t.start_char : t.end_char][:1500])  # an interjection is someone else's word
        _prime(body)  # many families are asked about it
        closed = {m.start_char for m in open_here if voted.get(m.start_char, len(text)) <= t.start_char}  # voted on: named to be meant
        on = _debated(debater, [m for m in open_here if m.start_char not in closed], where, item, body)
        agree = find("agrees", body)
        if agree is not None and find("mention", agree.group(0)) is None and _CONCERN.search(agree.group(0)) is None:
            earlier = [x for x in turns[:n] if where.of(x.start_char) == item and _get(x, "speaker") != _get(t, "speaker")]
            ref = _referenced(agree.group("who"), earlier)
            if ref is not None:  # "schließt sich dem an", "pflichtet Herrn X bei": the side that speaker took
                if _get(ref, "motion_relation") in ("supports", "opposes", "moves") and _get(ref, "motion_id") is not None:
                    side = "supports" if _get(ref, "motion_relation") == "moves" else _get(ref, "motion_relation")
                    t._.motion_relation, t._.motion_id = side, _get(ref, "motion_id")
                continue
        # position cues in items whose subject is a motion, or where the turn names one; the administration
        # answering and explaining takes no side unless it reacts ("gibt zu bedenken")
        role = _get(t, "role")
        mention, other = find("mention", body) is not None, find("other_object", body) is not None
        by_content = _named_by_content(body, open_here, text, stems) if on is None else None
        if by_content is not None:  # "die Streichung der Mittel für die Klimaschutzagentur" after "... Mittel ... zu streichen"
            mention, on = True, by_content
        cues = role not in ("chair", "public", "administration") and (
            any(_get(m, "motion_kind") == "main" for m in open_here) or mention or on is not None
        ) and not (other and not mention)
        relation = relation_of(_without_other_objects(body) if other else body, cues=cues, reactions=role not in ("chair", "public"))
        if relation is None and on is not None and role not in ("chair", "public") and (judged := _judged(body)) is not None:
            relation = judged  # "Stadtrat X hielt das für ein Manöver" after the referral just moved
        ours = of_its_group(t, open_here, find("presents", body) is not None)
        if relation is None and ours is not None and not other and find("asks", body) is None and not any(
            _get(x, "speaker") == _get(t, "speaker") and _get(x, "motion_id") == _get(ours, "motion_id") for x in turns[:n]
        ):
            relation, open_here = "supports", [ours]  # a member of the moving group argues for its motion (once)
        if relation is None and ours is None and _get(t, "party") is None and role in ("council_member", "advisory_member") and find("presents", body) is not None:
            written = [m for m in open_here if _get(m, "motion_kind") in ("main", "amendment") and _get(m, "mover_speaker_id") is None and _get(m, "mover")]
            if written:
                relation, open_here = "supports", written[-1:]  # "Fraktionsvorsitzende X begründete ihn": presents the group's motion, her party unsaid
        answers_change = last is not None and _get(last, "motion_relation") == "moves" and _get(last, "motion_id") == _get(open_here[-1], "motion_id")
        if relation == "opposes" and ours is not None and find("relation", body, "opposes") is None and (
            open_here[-1] is ours or not (_CHANGE.search(body) or answers_change or by_content is not None or (on is not None and on is not ours) or _names_other_kind(body, open_here, ours))
        ):
            relation = None  # a member of the moving group raising a caveat ("gibt zu bedenken") does not oppose its motion, nor a change of it that the turn neither names nor answers
        if relation is None and _proposes_again(body, open_here):
            relation = "supports"  # "schlägt vor, ... im Ausschuss vorzuberaten" after the referral was moved: seconds it
        if last is not None and relation in (None, "opposes") and _answers_opponent(body, last, item, where, cues):
            relation, open_here = "supports", [m for m in open_here if _get(m, "motion_id") == _get(last, "motion_id")] or open_here
        elif last is not None and relation is None and _answers_supporter(body, last, item, where, cues):
            relation, open_here = "opposes", [m for m in open_here if _get(m, "motion_id") == _get(last, "motion_id")] or open_here
        if relation is None and last is not None and _get(t, "role") not in ("chair", "public") and _asks_objection(last, text):
            relation = "opposes"  # "Gibt es Gegenrede zur Überweisung?" - "Ja. ...": the next speaker gives it, against the motion just moved
            open_here = [m for m in open_here if _get(m, "motion_kind") != "main"] or open_here
        if relation is None:
            continue
        kind = named_kind(body)
        named = [m for m in open_here if _get(m, "motion_kind") == kind] if kind else []
        own = [m for m in open_here if _get(m, "mover") and _get(m, "mover") == _get(t, "speaker")]
        whose = _named_by_mover(open_here, body) if relation != "withdraws" else None
        live = [m for m in open_here if m.start_char not in closed]
        if not (relation == "withdraws" and own) and whose is None and not named and on is None and not live:
            continue
        target = (own if relation == "withdraws" and own else [whose] if whose is not None else named or ([on] if on is not None else _addressed(live, body)))[-1]
        t._.motion_relation, t._.motion_id = relation, _get(target, "motion_id")
        if relation == "withdraws":
            target._.outcome = "withdrawn"


def _judged(body: str) -> str | None:
    """The side a judgement of "das" takes ("hält das für überflüssig"): asked only of the turn after a procedural
    motion was moved, which is what "das" then stands for."""
    hits = [(m.start(), rel) for rel in ("opposes", "supports") if (m := find("judges", body, rel)) is not None]
    return min(hits)[1] if hits else None


def _names_other_kind(body: str, open_here: list[Span], ours: Span) -> bool:
    """Whether the turn names the kind of an open motion that is not its group's ("Eine Überweisung bedeute ...")."""
    kind = named_kind(body)
    return kind is not None and kind != _get(ours, "motion_kind") and any(_get(m, "motion_kind") == kind for m in open_here)


def _withdrawn_before(m: Span, t: Span, text: str) -> bool:
    """Whether a motion was withdrawn between its moving and the turn ("Die X-Fraktion zieht den Antrag zurück.", or
    a turn that withdrew it): it is no longer before the body, and later turns of the item speak to something else."""
    return _get(m, "outcome") == "withdrawn" and find("relation", text[m.end_char : t.start_char], "withdraws") is not None


# the chair asking for a speech against a motion ("Gibt es (eine) Gegenrede?", "Wird Gegenrede gehalten?")
_OBJECTION_CALL = re.compile(r"\b(?:Gibt\s{1,3}es|Wird|Möchte\s{1,3}jemand|Wer\s{1,3}möchte)\b[^.?!]{0,40}\bGegenrede\b[^.!?]{0,60}\?")


def _asks_objection(t: Span, text: str) -> bool:
    """Whether a chair's or chairing mayor's turn ends by asking for a speech against the motion just moved."""
    if _get(t, "role") not in ("chair", "mayor") or "Gegenrede" not in text[t.start_char : t.end_char]:
        return False
    return _OBJECTION_CALL.search(text[max(t.start_char, t.end_char - 200) : t.end_char]) is not None


def _procedure_only(t: Span, text: str) -> bool:
    """Whether a turn only runs the meeting: any chair's, or a chairing mayor's or Landrat's short turn that gives
    the floor or asks for objections ("Gibt es eine Gegenrede? - Herr X, bitte."). It does not end a debate: the
    next speaker still answers the motion moved before it."""
    role = _get(t, "role")
    if role == "chair":
        return True
    if role != "mayor" or t.end_char - t.start_char > 300 or _get(t, "motion_relation") is not None:
        return False
    return find("gives_floor", text[t.start_char : t.end_char]) is not None


def _votes_taken(motions: list[Span], decisions: list[Span], where: Items) -> dict[int, int]:
    """Where each change or procedural motion (not an item's main motion) was put to the vote, by its start: in
    each item the next vote after a motion is taken on the latest motion still open (a point of order moved
    during a referral debate is voted first). A turn after that vote speaks to what is still open: "signalisiert
    Zustimmung" after the postponement was rejected is about the item's proposal, not the postponement."""
    events = sorted([(m.end_char, 1, m) for m in motions if _get(m, "motion_kind") != "main"] + [(d.start_char, 0, d) for d in decisions], key=lambda e: (e[0], e[1]))
    pending: dict[int, list[Span]] = {}
    out: dict[int, int] = {}
    for pos, is_motion, span in events:
        stack = pending.setdefault(where.of(span if is_motion else pos), [])
        if is_motion:
            stack.append(span)
        elif stack:
            out[stack.pop().start_char] = pos
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
_CONTENT_WORD = re.compile(r"\b[A-Za-zÄÖÜäöüß]{7,}\b")
_COMMON = frozenset({"antrag", "änderungsantrag", "fraktion", "verwaltung", "beantragt", "beantragen", "deshalb", "zunächst", "künftig", "insgesamt"})


def _stems(text: str) -> set[str]:
    """The first six letters of the longer words of a text, lowercased (a crude stem: "streichen" ~ "Streichung")."""
    return {w.lower()[:6] for w in _CONTENT_WORD.findall(text) if w.lower() not in _COMMON}


def _named_by_content(body: str, open_here: list[Span], text: str, memo: dict[tuple[int, int], set[str]] | None = None) -> Span | None:
    """The open amendment whose content the turn names in its own words (two or more of the moving sentence's
    longer words, after its verb): a turn may take a side on a motion without saying "Antrag". memo: a
    motion's stems by its offsets, read once per document (every later turn of its item asks again)."""
    amendments = [m for m in open_here if _get(m, "motion_kind") == "amendment"]
    if not amendments:
        return None
    words = _stems(body)
    memo = {} if memo is None else memo
    hits = [m for m in amendments if len(words & _motion_stems(m, memo)) >= 2]
    if not hits and "ung" in body:
        nouns = {n.lower()[:6] for n in _ACTION_NOUN.findall(body)}
        hits = [m for m in amendments if nouns & {v[:6] for v in _ZU_VERB.findall(m.text)}]  # "lehnt die Begrenzung ab" ~ "... zu begrenzen"
    return hits[-1] if len(hits) == 1 else None


# the act an amendment asks for ("den Zuschuss ... zu begrenzen") and a turn naming it as a noun ("die Begrenzung")
_ZU_VERB = re.compile(r"\bzu\s{1,3}([a-zäöüß]{6,})\b")
_ACTION_NOUN = re.compile(r"\b(?:die|diese|eine|der|dieser|einer)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{4,}ung)\b")


def _motion_stems(m: Span, memo: dict[tuple[int, int], set[str]]) -> set[str]:
    """_stems of a motion's content (after its first comma), remembered by its offsets."""
    got = memo.get((m.start_char, m.end_char))
    if got is None:
        body = m.text
        got = memo[m.start_char, m.end_char] = _stems(body[body.find(",") + 1 :] if "," in body else body)
    return got


def _without_other_objects(body: str) -> str:
    """The turn without its sentences that take a position on the item's proposal itself and name no motion
    ("signalisiert Zustimmung zum Neubau"): their cue words say nothing about the motion."""
    if find("other_object", body) is None:
        return body
    kept = [x for x in _SENTENCE_END.split(body) if find("other_object", x) is None or find("mention", x) is not None]
    kept += [c for x in _SENTENCE_END.split(body) if x not in kept for c in x.split(", ") if find("other_object", c) is None]
    return " ".join(kept)


_ROLE_WORDS = {
    "administration": re.compile(r"Beigeordnet|Dezernent|Kämmer|Verwaltung|Amtsleit|Baurat|Stadtbaurat|Fachbereich|Referent"),
    "mayor": re.compile(r"[Bb]ürgermeister|Landr|Ortsvorsteher|Oberbürgermeister"),
    "public": re.compile(r"Fragesteller|Bürger(?:in)?\b|Einwohner"),
}


def _referenced(who: str, earlier: list[Span]) -> Span | None:
    """The earlier turn of the item a speaker agrees with: "dem"/"ihm"/"ihr", or no one named ("schloss sich
    an."), is the speaker just before; a name is that speaker's latest turn; a role noun ("dem Beigeordneten")
    the latest turn of that role."""
    if not earlier:
        return None
    words = who.split()
    if not words or len(words) == 1 and words[0].lower() in ("dem", "ihm", "ihr", "diesem", "dieser", "der"):
        return earlier[-1]
    for x in reversed(earlier):
        surname = str(_get(x, "speaker") or "").split()[-1:] or [""]
        if surname[0] and surname[0] in who and _word(surname[0]).search(who):
            return x
    for role, noun in _ROLE_WORDS.items():
        if noun.search(who):
            return next((x for x in reversed(earlier) if _get(x, "role") == role or role == "administration" and _get(x, "role") == "mayor"), None)
    return None


_BARE_MOTION = re.compile(r"(?<![\w-])(?:[Aa]ntrag|Antrags|Anträge)\b")
_CHANGE = re.compile(r"Änderung|Ergänzung|Vorschlag|Kompromiss|Zusatz|Maßgabe|[Üü]bernimmt|[Üü]bernehme|Anregung|\bergänzt")


def _addressed(open_here: list[Span], body: str) -> list[Span]:
    """The open motions a turn may address, latest last: after an amendment, a postponement or a referral, a
    turn that speaks of "den Antrag" and of no change addresses the item's main motion."""
    mains = [m for m in open_here if _get(m, "motion_kind") == "main"]
    if mains and _get(open_here[-1], "motion_kind") != "main" and _BARE_MOTION.search(body) and not _CHANGE.search(body):
        return mains  # after a postponement or referral too, when the turn does not answer it (_debated) nor name its kind
    return open_here


def _proposes_again(body: str, open_here: list[Span]) -> bool:
    """Whether the turn proposes what an open motion of the item already asks (a postponement, referral or
    procedural step of the same kind): it seconds that motion rather than moving a new one."""
    if find("proposes", body) is None:
        return False
    kind = named_kind(body)
    return kind in ("postpone", "refer", "procedural") and any(_get(m, "motion_kind") == kind for m in open_here)


def _answers_opponent(body: str, last: Span, item: int, where: Items, cues: bool) -> bool:
    """"hält dagegen" takes the side opposite to the speaker before: after an opponent of a motion it is
    support for it, when nothing else in the turn opposes."""
    counter = find("counters", body)
    if counter is None or _get(last, "motion_relation") != "opposes" or where.of(last.start_char) != item:
        return False
    return relation_of(body[: counter.start()] + " " + body[counter.end() :], cues=cues, reactions=True) != "opposes"


def _answers_supporter(body: str, last: Span, item: int, where: Items, cues: bool) -> bool:
    """"hält dem entgegen" after a speaker who moved or argued for a motion: opposition to it, when nothing else
    in the turn supports it."""
    counter = find("counters", body)
    if counter is None or _get(last, "motion_relation") not in ("supports", "moves") or where.of(last.start_char) != item:
        return False
    return relation_of(body[: counter.start()] + " " + body[counter.end() :], cues=cues, reactions=True) != "supports"


# a turn that opens by pointing back at what was just said ("Das ist doch reine Symbolpolitik.", "Herr Kollege X,
# das würde die Rücklage aufzehren."): its first sentence judges the motion the speaker before has just moved
_POINTS_BACK = re.compile(r"^[^.!?]{0,80}?\b(?:[Dd]as|[Dd]ies|[Dd]em)\s{1,3}(?:ist|sei|wäre|würde|halte|halten|kann|könne|klingt|bringt|geht)\b")
_LABEL = re.compile(r"^[^:\n]{2,80}:\s*")


def _debated(last: Span | None, open_here: list[Span], where: Items, item: int, body: str) -> Span | None:
    """The postponement, referral or procedural motion the previous turn of the item has just moved: the next
    speaker who argues without naming it answers that one (after an amendment the debate runs on with the
    item's proposal, so an amendment counts only when the turn opens by pointing back at it: "Das ist ...")."""
    if last is None or _get(last, "motion_relation") != "moves" or where.of(last.start_char) != item:
        return None
    just = [m for m in open_here if _get(m, "motion_id") == _get(last, "motion_id")]
    if _POINTS_BACK.search(_LABEL.sub("", body, count=1)) is not None:
        return just[0] if just else None
    return next((m for m in just if _get(m, "motion_kind") in ("postpone", "refer", "procedural")), None)


def of_its_group(t: Span, open_here: list[Span], presents: bool = False) -> Span | None:
    """The item's written motion of a group that the turn's speaker belongs to (or that the speaker wrote), if any: a council member of
    the moving group who speaks on it (and does not merely ask) argues for it; one who presents ("erläutert den
    Änderungsantrag") argues for the group's amendment too."""
    kinds = ("main", "amendment") if presents else ("main",)
    authored = [m for m in open_here if _get(m, "motion_kind") in kinds and _get(m, "mover_speaker_id") is None and _get(m, "mover") and _get(m, "mover") == _get(t, "speaker")]
    if authored and _get(t, "role") in ("council_member", "advisory_member"):
        return authored[-1]  # "Antrag von Herrn X" in the title: Herr X speaking on it argues for his own written motion
    party = str(_get(t, "party") or "").lower()[:4]
    if len(party) < 3 or _get(t, "role") not in ("council_member", "advisory_member"):
        return None
    mine = [m for m in open_here if _get(m, "motion_kind") in kinds and _get(m, "mover") and _get(m, "mover_speaker_id") is None
            and (party in str(_get(m, "mover")).lower() or party == _initials(str(_get(m, "mover"))))]  # fmt: skip
    return mine[-1] if mine else None


_NOT_IN_INITIALS = frozenset({"fraktion", "gruppe", "der", "die", "des"})


def _initials(group: str) -> str:
    """A group's name by its initials, lowercased ("Fraktion Bürger für Elbenau" -> "bfe"): the short name a member's
    party is written with ("Ronny Paschke (BfE)")."""
    return "".join(w[0] for w in group.lower().split() if w not in _NOT_IN_INITIALS)[:4]


# the main motion adopted together with its changes: one vote settles both
_WITH_CHANGES = re.compile(r"\b(?:mit\s{1,3}(?:der|den|dieser|diesen)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:Ergänzung|Änderung|Maßgabe)|(?:geänderten|ergänzten)\s{1,3}Fassung|in\s{1,3}der\s{1,3}Fassung\s{1,3}des\s{1,3}(?:Vorschlags|Kompromisses|Änderungsantrags|Ergänzungsantrags))")
_ADOPTS_AMENDED = re.compile(r"\b(?:Antrag|Vorlage|Beschlussvorschlag)\b[^.]{0,40}?\bin\s{1,3}der\s{1,3}(?:[^.]{0,80}?(?:geänderten|ergänzten)\s{1,3})?Fassung\b")
_PROCEDURAL_MOTION = re.compile(
    r"(?:Vertagungs|Verweisungs|Überweisungs|Geschäftsordnungs|Absetzungs)antrag|Antrag\s{1,3}auf\s{1,3}(?:Vertagung|Verweisung|Überweisung|Absetzung|Schluss)"
)
_NAMES_PROPOSAL = re.compile(r"\s{0,3}(?:Der|Dem|Den|Diesen|Dieser|Diesem|Über\s{1,3}den)\s{1,3}(?:[\w-]{1,30}\s{1,3})?(?:Vorschlag|Anregung)\b")
_NAMES_MAIN = re.compile(r"\b(?:Antrag|Anträge|Vorschlag|Resolution)\b")
_ON_PROPOSAL = re.compile(r"\b(?:über\s{1,3}(?:den|die)\s{1,3}(?:Beschlussvorschlag|Vorlage|Beschlussempfehlung)\b|(?:Der|Dem)\s{1,3}Beschlussvorschlag\s{1,3}der\s{1,3}Verwaltung\b)")
_NAMES_MOTION = re.compile(r"[Aa]ntrag|Vorschlag\s{1,3}von")
_BY_OUTCOME = {"referred": "refer", "postponed": "postpone"}
# a decision that is only the vote on a motion (a result block, counts, "Der Antrag wird angenommen"), not an act of
# its own that a postponement went into ("Die Tagesordnung wird mit dieser Änderung festgestellt")
_VOTE_ON_IT = re.compile(
    r"\s{0,3}(?:Abstimmungsergebnis|Abstimmung|Ergebnis|Ja\b|Mit\s{1,3}\d|\d{1,3}\s{0,2}(?::|Ja\b|zu\b))|[^.]{0,100}?\b(?:[Aa]ntrag|Vorschlag|Vertagung|Zurückstellung|Verweisung|Überweisung)\b"
)
_GRANTED = {"refer": "referred", "postpone": "postponed"}  # "Der Verweisungsantrag wird angenommen": referred


_NAMES_PROCEDURE = re.compile(r"Geschäftsordnung|[Aa]ntrag\s{1,3}auf|getrennte|gesonderte")


def _granted_unopposed(motions: list[Span], decisions: list[Span], where: Items, text: str) -> None:
    """A procedural motion granted without a vote of its own: nobody objects ("Dem wird nicht widersprochen."),
    or, for separate votes, the item's votes follow separately and none of them is on the motion itself."""
    for m in motions:
        if _get(m, "motion_kind") != "procedural" or _get(m, "outcome") is not None:
            continue
        if find("unopposed", text[m.end_char : m.end_char + 200]) is not None:
            m._.outcome = "accepted"
            continue
        later = [d for d in decisions if d.start_char > m.end_char and where.of(d.start_char) == where.of(m)]
        if find("separate", text[m.start_char : m.end_char]) is not None and len(later) >= 2 and not any(
            _NAMES_PROCEDURE.search(text[d.start_char : d.end_char][:200]) for d in later
        ):
            m._.outcome = "accepted"


def _settle(motions: list[Span], decisions: list[Span], where: Items, text: str) -> None:
    """Link each motion to the decision that settled it: the one that names it (by kind, or by outcome for a
    referral or postponement), else the only open motion of the item, else the item's main motion at the
    item's last decision; leave it open rather than guess. A referral or postponement settles the item's
    main motion too (it is referred or postponed with it)."""
    decisions = [d for d in decisions if not _quoted_wording(d, text)]
    decisions = [d for n, d in enumerate(decisions) if not _status_echo(d, decisions[n + 1 :], where, text)]
    last_of_item = {where.of(d.start_char): d for d in decisions}
    prev_end = 0
    for d in decisions:
        since, prev_end = prev_end, d.end_char
        item = where.of(d.start_char)
        open_here = [
            m for m in motions
            if (m.start_char <= d.start_char or m.start_char < d.end_char and find("on_request", m.text) is not None)
            and where.of(m) == item and _get(m, "decision_id") is None and _get(m, "outcome") is None  # not withdrawn, not granted by a chair's act
            and not (_get(m, "motion_kind") == "procedural" and any(m.end_char <= x.start_char < d.start_char for x in decisions))  # the debate went on past it
        ]  # fmt: skip
        if not open_here or (_get(d, "outcome") == "noted" and last_of_item[item] is not d and _ANTRAG.search(text, d.start_char, d.end_char) is None):
            continue  # "nimmt den Sachstandsbericht zur Kenntnis." before the item's vote on the motion: not its decision
        just = [m for m in open_here if m.end_char <= d.start_char and not text[m.end_char : d.start_char].strip()]
        if just and _ANAPHOR.match(text[d.start_char : d.end_char]) and not any(d.start_char <= m.start_char < d.end_char for m in open_here):
            _settle_one(d, just[-1], open_here, text)  # "beantragte Schluss der Debatte. Das fand keine Mehrheit."
            continue
        alike = len(open_here) > 1 and len({_get(m, "motion_kind") for m in open_here}) == 1  # which of them: the vote says
        called = _named_by_vote(open_here, text[max(since, open_here[0].start_char) : d.end_char]) if alike else None
        amended = _WITH_CHANGES.search(text[max(since, d.start_char - 300) : d.start_char]) is not None  # "lässt über die Empfehlung in der geänderten Fassung abstimmen"
        amended = amended or find("took_over", text[max(since, d.start_char - 300) : d.start_char]) is not None  # "Wir haben den Vorschlag übernommen."
        body = text[d.start_char : d.end_char][:600]
        lead = text[max(since, d.start_char - 300) : d.start_char]
        call = _vote_call(lead) if "stimm" in lead and named_kind(body[:300]) is None else ""
        if named_kind(call) is not None:
            body = call + body  # "lässt über den Antrag auf Zurückstellung abstimmen. Er wird ... abgelehnt."
        target = _settled_by(d, open_here, body, last_of_item[item] is d or amended, called)
        if call and _THIS_MOTION.search(call) and not any(d.start_char <= m.start_char < d.end_char for m in open_here):
            target = max(open_here, key=lambda m: m.start_char)  # "Über diesen Antrag wird zuerst abgestimmt. Er wird ... angenommen.": the one just moved
        if target is not None and _get(target, "motion_kind") == "main" and _get(target, "mover_speaker_id") is not None and find("kind", body[:300], "amendment") is not None:
            target._.motion_kind = "amendment"  # "Der Ergänzungsantrag der X wurde angenommen": what a member moved changed the item's matter
        mains = [m for m in open_here if _get(m, "motion_kind") == "main"]
        if target is not None and _get(target, "motion_kind") == "amendment" and mains and _get(d, "outcome") == "accepted" and _ADOPTS_AMENDED.search(text[d.start_char : d.end_char][:300]):
            target = mains[-1]  # "beschließt den Antrag in der Fassung des Änderungsantrags": the main motion, amended
        if target is None and _get(d, "outcome") == "accepted" and _ALL_PROPOSALS.search(lead) and all(_get(m, "motion_kind") == "amendment" for m in open_here):
            target = open_here[0]  # "lässt über den um beide Vorschläge ergänzten Beschlussvorschlag abstimmen": adopted together
            for m in open_here[1:]:
                m._.decision_id, m._.outcome = _get(d, "decision_id"), "accepted"
                m._.yes, m._.no, m._.abstain = _get(d, "yes"), _get(d, "no"), _get(d, "abstain")
        if target is None:
            continue
        _settle_one(d, target, open_here, text)


def _settle_one(d: Span, target: Span, open_here: list[Span], text: str) -> None:
    """Link the decision to the motion it settled (and a referral or postponement to the item's motions it
    takes along, a main motion to the amendments adopted with it)."""
    settled = [target]
    outcome = _GRANTED.get(_get(target, "motion_kind"), _get(d, "outcome")) if _get(d, "outcome") == "accepted" else _get(d, "outcome")
    if _get(target, "motion_kind") in ("refer", "postpone") and outcome in _BY_OUTCOME:
        settled += [m for m in open_here if _get(m, "motion_kind") in ("main", "amendment")]
    elif _get(target, "motion_kind") == "main" and _get(d, "outcome") == "accepted":
        with_changes = _WITH_CHANGES.search(text[max(0, d.start_char - 300) : d.end_char][:900]) is not None
        settled += [
            m for m in open_here
            if _get(m, "motion_kind") == "amendment" and m.start_char > target.start_char
            and (with_changes or find("takes_over", text[m.end_char : d.start_char]) is not None or find("took_over", text[m.end_char : d.start_char]) is not None)
        ]  # fmt: skip
    d._.motion_id = _get(target, "motion_id")
    if outcome in _BY_OUTCOME and _get(d, "outcome") == "accepted" and _VOTE_ON_IT.match(text, d.start_char, d.end_char):
        d._.outcome = outcome  # "lässt über den Antrag auf Zurückstellung abstimmen" + "Abstimmungsergebnis: Ja: 8 ...": postponed
    for m in settled:
        m._.decision_id, m._.outcome = _get(d, "decision_id"), outcome
        m._.yes, m._.no, m._.abstain = _get(d, "yes"), _get(d, "no"), _get(d, "abstain")


_THIS_MOTION = re.compile(r"\b(?:[Üü]ber\s{1,3}diesen|[Dd]iesem)\s{1,3}[\w-]{0,30}(?:[Aa]ntrag|Vorschlag)\b")  # the motion just moved
_CALL = re.compile(r"[^.!?:]*\b(?:abstimmen|[Aa]bstimmung|abgestimmt)\b[^.!?:]*[.!?:]?\s*$")


def _vote_call(lead: str) -> str:
    """The sentence just before a vote that calls it ("Über den Änderungsantrag wurde zuerst abgestimmt."), which
    names the motion the vote itself leaves unnamed ("Er wurde mit 20 Ja-Stimmen ... abgelehnt."); "" if none."""
    m = _CALL.search(lead, _last_clause(lead))
    return m.group(0).strip() + " " if m is not None else ""


def _last_clause(text: str) -> int:
    """Where a match of _CALL can start at the earliest: after every ".!?:" of the text but a last one before the
    trailing blanks (a match holds none but that one). Searching from there finds the same match without trying
    _CALL's leading run at every earlier position, each of which scans to the next mark and back (quadratic)."""
    end = len(text.rstrip())  # (str.rstrip strips what \s matches)
    if end and text[end - 1] in ".!?:":
        end -= 1
    return max(text.rfind(".", 0, end), text.rfind("!", 0, end), text.rfind("?", 0, end), text.rfind(":", 0, end)) + 1


# a decision that points back at the sentence just before it: "Das fand keine Mehrheit.", "Dem wird zugestimmt."
_ANAPHOR = re.compile(r"\s{0,3}(?:Das|Dies|Dem|Diesem|Dieser\s{1,3}Antrag)\b")


_WHOSE = re.compile(r"[Aa]ntrag\w*\s{1,3}(?:der|des|von)\s{1,3}(?P<rest>[^.\n]{1,60})")


def _named_by_vote(open_here: list[Span], window: str) -> Span | None:
    """The open motion whose mover the vote names ("Wir stimmen zuerst über den Antrag der Freien Wähler ab",
    "Der Antrag von Herrn X wird ...", "Den SPD-Antrag nahm ... an"), the naming nearest the vote first; None when
    no naming picks one."""
    compounds = [m for m in _namings(window) if m.start("rest") == m.start()]  # "der SPD-Antrag"; "Antrag der X" is _WHOSE's
    for m in sorted([*_WHOSE.finditer(window), *compounds], key=lambda m: m.start(), reverse=True):
        if (hit := _moved_by(open_here, m.group("rest"))) is not None:
            return hit
    return None


def _named_by_mover(open_here: list[Span], body: str) -> Span | None:
    """The open motion a turn names by its mover ("Zustimmung zum Antrag der Grünen", "kann mit dem Vorschlag von
    Herrn X mitgehen"): the group's party or the moving member's surname picks exactly one; else None."""
    if len(open_here) < 2:
        return None
    for m in _namings(body):
        if (hit := _moved_by(open_here, m.group("rest"))) is not None:
            return hit
    return None


def _namings(text: str) -> list[re.Match[str]]:
    """Where the text names a motion by its mover (names_mover), in text order."""
    if _absent("names_mover", _low(text)):
        return []
    return sorted((m for pat in patterns()[("names_mover", "")] for m in pat.regex.finditer(text)), key=lambda m: m.start())  # type: ignore[attr-defined]


def _moved_by(open_here: list[Span], rest: str) -> Span | None:
    """The one open motion whose mover `rest` (the words after "Antrag der/von") names: by the group's party or
    by the moving member's surname; None when none or several fit."""
    party = party_after(rest, lexicon())
    hits = [
        o for o in open_here
        if (party is not None and party in (_get(o, "mover_party"), party_after(str(_get(o, "mover") or ""), lexicon())))
        or (_get(o, "mover_speaker_id") is not None and (w := str(_get(o, "mover")).split()[-1]) in rest and _word(w).search(rest))
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


def _quoted_wording(d: Span, text: str) -> bool:
    """A "decision" in quotation marks without a vote: the wording of a motion read out, not its settlement."""
    head = text[d.start_char : d.end_char].lstrip()[:1]
    if not head or head not in "„“\"»":
        return False
    u = d._
    return u.yes is None and u.no is None and not u.unanimous


_STATUS_LINE = re.compile(r"\s{0,3}(?:Ergebnis|Beschluss|Beschlussart|Status)\s{0,3}:\s{0,3}\S[^\n]{0,100}\s*")


def _status_echo(d: Span, later: list[Span], where: Items, text: str) -> bool:
    """A status line above the debate ("Ergebnis: überwiesen in den Ausschuss") when the item's vote below
    gives the same result: the vote settles the motions, the status line only announces it."""
    if _get(d, "yes") is not None or _get(d, "no") is not None or not _STATUS_LINE.fullmatch(text[d.start_char : d.end_char]):
        return False
    item = where.of(d.start_char)
    return any(where.of(x.start_char) == item and _get(x, "outcome") == _get(d, "outcome") for x in later)


def _settled_by(d: Span, open_here: list[Span], body: str, last: bool, called: Span | None) -> Span | None:
    """The referral or postponement a referring/postponing vote grants, else the motion the vote names by its
    mover, else by kind, else the only open one, else the item's main motion if the vote names it or ends
    the item."""
    inside = [m for m in open_here if d.start_char <= m.start_char < d.end_char]
    if inside:
        return inside[-1]  # "Auf Antrag der X-Fraktion beschließt der Rat ...": the motion the decision states
    mains = [m for m in open_here if _get(m, "motion_kind") == "main"]
    named = [k for k in NAMED_KINDS if find("kind", body[:300], k) is not None]  # "Geschäftsordnungsantrag auf Vertagung"
    for kind in (_BY_OUTCOME.get(_get(d, "outcome")), "called", *named):
        if kind == "called" and called is not None:
            return called
        hits = [m for m in open_here if _get(m, "motion_kind") == kind]
        if kind and hits:
            return hits[-1]
    if _PROCEDURAL_MOTION.search(body[:300]):
        return None  # "Der Vertagungsantrag ist zurückgezogen": about a motion no longer open
    if not last and _ON_PROPOSAL.search(body[:200]) and not _NAMES_MOTION.search(body[:200]) and not _WITH_CHANGES.search(body[:300]):
        return None  # "Abstimmung über den Beschlussvorschlag der Verwaltung: abgelehnt", a resolution on the motion follows
    if len(open_here) == 1:
        return open_here[0]
    proposals = [m for m in open_here if find("moves", m.text) is None]
    if len(proposals) == 1 and _NAMES_PROPOSAL.match(body[:300]):
        return proposals[0]  # "Der Vorschlag einer Schulstraße wird abgelehnt": the one made, not moved
    if mains and (_NAMES_MAIN.search(body[:300]) or last):
        return mains[-1]
    return None


__all__ = ["Motions", "motion_kind", "named_kind", "patterns", "relation_of"]
