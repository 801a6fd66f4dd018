"""A literal pre-check for slow regexes: skip the regex when the text lacks every word a match must contain.

Python's engine cannot skip ahead in a case-blind alternation (the big vote and outcome patterns): it tries
every branch at every position. Most texts lack all the words such a pattern needs, and `in` finds that out
in C. `Prechecked(regex)` answers search() exactly as the regex does; it only avoids running it when no
match is possible. A regex every match of which has a decimal digit ("\\d{1,3} Ja") is skipped on texts without one.

Why the pre-check is exact: the words are read from the regex's own parse tree (a literal run that every
match must contain, the most selective one; a union over the branches of an alternation), restricted to
Latin characters whose case-blind matching agrees with str.lower(), and compared against the lowercased
text. The three characters for which the regex engine's case folding differs from str.lower() ("ſ" ~ "s",
"ı" ~ "i", and "İ", which lowercases to two characters) send the text to the regex unchecked.

Many patterns on one text: `LiteralScan(patterns)` finds, with one scan of the text, every string any of
the patterns needs (`scan.found(text)`); `search(text, found=...)` then decides from that set instead of
scanning the text once per pattern. The set may also come from a longer text that contains `text` (a
sentence's set serves its first 400 characters): a string found there but missing in `text` only lets the
regex run, which then answers itself. Given a found set, a pattern checks every requirement it has (all
must be met), not only its most selective literal: "\\d{1,3} : \\d{1,3} Stimmen" needs a digit and "stimmen".
Requirements are strings of four characters or more ("der", "zu", "mit" are in nearly every sentence).

Where a match can start, read from the same parse tree: `guarded(regex)` adds a look-ahead for the characters
matches begin with (the engine then leaves a position after one class test instead of trying every branch of
an alternation behind a \\b), and `lead_strings` / `starts_of` / `finditer_at` try a regex only where one of
the strings its matches begin with occurs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from . import precompiled

try:  # the standard library's regex parser (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons: no pre-check, the regex runs always
    _p = _c = None  # type: ignore[assignment]

_FOLD_HAZARDS = ("ſ", "ı", "İ")
_CASE_BLIND = re.compile(r"\(\?[a-zA-Z-]*i")  # "(?i)", "(?i:": a group that matches case-blind
_last: tuple[str | None, str] = (None, "")  # the text last lowercased, and its lowercase (shared by all patterns)
_UNSAFE = frozenset(_FOLD_HAZARDS) | {"µ"}  # "µ" folds with Greek mu
# a requirement is worth scanning for when its strings are four characters or longer: "der", "zu", "mit" occur
# in nearly every sentence (they would only add matches to the scan); a digit counts as selective
_MIN_NEED = 4
DIGIT = "\u2460"  # in a requirement set: "a decimal digit" (no literal has this character: literals are Latin)
_DIGIT = re.compile(r"\d")
# a set of at most this many branches is searched branch by branch (a larger one as one regex of them)
_FEW_BRANCHES = 6
# a larger set is compiled into one regex once it has been needed this often (before that: branch by branch)
_COMPILE_AFTER = 16


@lru_cache(maxsize=8)
def _parsed(pattern: str, flags: int) -> tuple:
    """The parse tree's top-level items of pattern (read only): a pattern's first use reads its literals,
    requirements, branches and first characters, each from the same tree, which is parsed once, not four times
    (parsing is pure Python, the costliest part of a pattern's first use). A few kept: they are asked in a row."""
    return tuple(_p.parse(pattern, flags))


def trie_alternation(words: Iterable[str]) -> str:
    """An alternation of literal words as a trie ("ab(?:cd|)|x"): it matches what a longest-first alternation of
    them matches (the longest word at the leftmost position: at each step at most one branch can go on, and the
    word that ends there is tried last), but the engine tries a few branches per position, not every word."""
    root: dict[str, dict] = {}
    for w in sorted(set(words)):  # (in a fixed order: the same text in every process, as precompiled.py finds it)
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, dict]) -> str:
    alts = []
    for ch, child in node.items():
        if not ch:
            continue
        run = re.escape(ch)
        while len(child) == 1 and "" not in child:  # a chain without a fork: one literal run
            ((ch, child),) = child.items()
            run += re.escape(ch)
        alts.append(run + _trie(child))
    if not alts:
        return ""
    if "" in node:
        alts.append("")  # a word ends here: tried after every longer one
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def literal_alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A compiled alternation of literal words whose matches (finditer) are a longest-first alternation's."""
    words = [w for w in words if w]
    return precompiled.compile(trie_alternation(words)) if words else re.compile(r"(?!)")


def _safe(s: str) -> bool:
    return all(ord(ch) < 0x250 and ch not in _UNSAFE for ch in s)


def _weakest(cands: set[str]) -> int:
    return min(len(s) for s in cands)


def _lead(ops: list) -> str:
    """The literal characters an op sequence starts with."""
    out = []
    for op, av in ops:
        if op is not _c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _required(ops: list) -> set[str] | None:
    """Literal strings one of which every match of the op sequence contains (None: none known)."""
    best: set[str] | None = None

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if cands and all(_safe(s) for s in cands) and (best is None or _weakest(cands) > _weakest(best)):
            best = cands

    run: list[str] = []
    for op, av in ops:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            if op is _c.BRANCH:  # "hat|hatte|haben" is parsed as "ha" + (t|tte|ben): put the prefix back
                consider({"".join(run) + _lead(list(b)) for b in av[1]})
            run = []
        if op is _c.SUBPATTERN:
            consider(_required(list(av[-1])))
        elif op is _c.ATOMIC_GROUP:
            consider(_required(list(av)))
        elif op is _c.BRANCH:
            alts = [_required(list(b)) for b in av[1]]
            if all(alts):
                consider(set().union(*alts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2])))
        # classes, anchors, lookarounds, back-references: nothing a match must contain
    if run:
        consider({"".join(run)})
    return best


def _class_char(items: list) -> str | None:
    """The one lowercase character every member of a character class lowercases to ("[Ee]" -> "e")."""
    low = set()
    for op, av in items:
        if op is not _c.LITERAL or not _safe(chr(av)):
            return None
        low.add(chr(av).lower())
    return low.pop() if len(low) == 1 else None


def _digit_class(items: list) -> bool:
    """A character class all of whose members are decimal digits ("\\d", "[0-9]")."""
    for op, av in items:
        if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            continue
        if op is _c.RANGE and av[1] - av[0] < 100 and all(chr(x).isdecimal() for x in range(av[0], av[1] + 1)):
            continue
        if op is _c.LITERAL and chr(av).isdecimal():
            continue
        return False
    return bool(items)


def _score(need: frozenset[str]) -> int:
    return min(4 if w == DIGIT else len(w) for w in need)


def _char(op, av) -> str | None:  # noqa: ANN001 - a parse-tree item
    """The lowercase character a literal or a one-character class stands for, if it is a safe one."""
    if op is _c.LITERAL:
        return chr(av).lower() if _safe(chr(av)) else None
    return _class_char(av) if op is _c.IN else None


def _needs(ops: list) -> list[frozenset[str]]:
    """Sets of lowercase strings (DIGIT: a decimal digit) every match contains one of each of."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in ops:
        ch = _char(op, av)
        if ch is not None:
            run.append(ch)
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            if op is _c.BRANCH:  # "hat|hatte|haben" is parsed as "ha" + (t|tte|ben)
                out.append(frozenset("".join(run) + _lead_lower(list(b)) for b in av[1]))
            run = []
        if op is _c.IN and _digit_class(av):
            out.append(frozenset({DIGIT}))
        elif op is _c.SUBPATTERN:
            out += _needs(list(av[-1]))
        elif op is _c.ATOMIC_GROUP:
            out += _needs(list(av))
        elif op is _c.BRANCH:
            alts = [_needs(list(b)) for b in av[1]]
            if all(alts):
                out.append(frozenset().union(*(max(a, key=_score) for a in alts)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _needs(list(av[2]))
    if run:
        out.append(frozenset({"".join(run)}))
    return [n for n in out if _score(n) >= _MIN_NEED]


def _lead_lower(ops: list) -> str:
    """The lowercase characters an op sequence starts with."""
    out = []
    for op, av in ops:
        ch = _char(op, av)
        if ch is None:
            break
        out.append(ch)
    return "".join(out)


_READ: dict[tuple[str, int], tuple] = {}  # (literals, requirements) read off a pattern's tree, by (pattern, flags)


def _read(pattern: str, flags: int) -> tuple[tuple[str, ...] | None, tuple[frozenset[str], ...]]:
    """A pattern's required literals (_literals_of) and its requirements, read off one parse of it and kept.

    Why both at once, and kept: nearly every pattern is asked for both (a Prechecked's first use, the motions'
    families at load), often far apart, when _parsed's few trees hold other patterns; parsing is the costly
    part. The values are a few short strings; bounded like _GUARDS."""
    key = (pattern, flags)
    got = _READ.get(key)
    if got is None:
        if len(_READ) > 4096:
            _READ.clear()
        got = _READ[key] = precompiled.analysed("read", pattern, flags, lambda: _read_tree(pattern, flags))
    return got


def _read_tree(pattern: str, flags: int) -> tuple[tuple[str, ...] | None, tuple[frozenset[str], ...]]:
    """_read's answer, worked out from the parse tree (precompiled.py keeps it for the patterns of the pipeline)."""
    try:
        items = list(_parsed(pattern, flags))
    except Exception:  # noqa: BLE001 - an unknown parse tree: no pre-check, never a wrong answer
        items = None
    literals = None if items is None else _literals_in(items)
    try:
        needs = () if items is None else tuple(dict.fromkeys(_needs(items)))
    except Exception:  # noqa: BLE001 - an unknown parse tree: no requirement, never a wrong answer
        needs = ()
    return literals, needs


def requirements(regex: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of lowercase strings (DIGIT: a decimal digit) every match contains one of each of (none known: ())."""
    if _p is None or not isinstance(regex.pattern, str):
        return ()
    return _read(regex.pattern, regex.flags)[1]


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercased literals one of which every match contains, or None when the regex guarantees none."""
    if _p is None or not isinstance(regex.pattern, str):
        return None
    return _literals_of(regex.pattern, regex.flags)


def cased_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a case-sensitive regex: literals, as written, one of which every match contains ("Ja", "dafür"), short
    ones too (None: not known, or a case-blind regex). `any(s in text ...)` is then a necessary test, run in C,
    for a pattern the lowercase requirements cannot rule out ("Ja" is too common a lowercase string)."""
    if _p is None or not isinstance(regex.pattern, str) or regex.flags & re.IGNORECASE:
        return None
    if _CASE_BLIND.search(regex.pattern):  # a (?i:...) group: its literals may be written otherwise
        return None
    return precompiled.analysed("cased", regex.pattern, regex.flags, lambda: _cased_tree(regex.pattern, regex.flags))


def _cased_tree(pattern: str, flags: int) -> tuple[str, ...] | None:
    """cased_literals' answer, worked out from the parse tree."""
    try:
        found = _required(list(_parsed(pattern, flags)))
    except Exception:  # noqa: BLE001 - an unknown parse tree: no test
        return None
    if not found or _weakest(found) < 2:
        return None
    # a literal that contains another is implied by it ("Jastimmen" by "Ja")
    return tuple(sorted(s for s in found if not any(o != s and o in s for o in found)))


def _literals_of(pattern: str, flags: int) -> tuple[str, ...] | None:
    return _read(pattern, flags)[0]


def _literals_in(items: list) -> tuple[str, ...] | None:
    """_literals_of for a parsed op sequence (a whole pattern, or one branch of its top-level alternation)."""
    try:
        found = _required(items)
    except Exception:  # noqa: BLE001 - an unknown parse tree: no pre-check, never a wrong answer
        return None
    if not found or _weakest(found) < 3:
        return None  # a two-letter word is in nearly every text: the check would not pay for itself
    return tuple(sorted({s.lower() for s in found}))


def _split_top(pattern: str) -> list[str]:
    """The source of each top-level branch of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":  # "[]...]": the first "]" is a member
                i = j
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def branch_literals(regex: re.Pattern[str]) -> tuple[list[str], list[tuple[str, ...] | None]] | None:
    """For a regex that is one alternation without groups: each branch's source and required literals."""
    if _p is None or regex.groups or regex.flags & re.VERBOSE or not isinstance(regex.pattern, str):
        return None
    got = precompiled.analysed("branches", regex.pattern, regex.flags, lambda: _branches_tree(regex.pattern, regex.flags))
    return None if got is None else (list(got[0]), list(got[1]))  # (lists of their own: the caller keeps them)


def _branches_tree(pattern: str, flags: int) -> tuple[list[str], list[tuple[str, ...] | None]] | None:
    """branch_literals' answer, worked out from the parse tree."""
    parts = _split_top(pattern)
    try:
        tree = list(_parsed(pattern, flags))
        if len(parts) < 2 or len(tree) != 1 or tree[0][0] is not _c.BRANCH or len(tree[0][1][1]) != len(parts):
            return None
        # each branch's literals read off the whole pattern's tree (a branch of it is what the part alone parses
        # to: no groups, and the tree has one branch per part), not parsed again part by part
        lits = [_literals_in(list(branch)) for branch in tree[0][1][1]]
    except Exception:  # noqa: BLE001 - not the plain alternation it looked like: no branch check
        return None
    return parts, lits


def _compiled(pattern: str, flags: int) -> re.Pattern[str] | None:
    """pattern compiled (None: it does not compile alone; _search_each then compiles it when asked, as before)."""
    try:
        return precompiled.compile(pattern, flags)
    except re.error:
        return None


def has_hazard(text: str) -> bool:
    """Whether text holds one of the characters whose case folding differs between str.lower() and the regex
    engine (_FOLD_HAZARDS). Three substring tests, not a character-class regex: each is over at once on a
    text with no character beyond Latin-1 (most minutes); the class search read every character (~25 µs a page)."""
    return "ſ" in text or "ı" in text or "İ" in text


def folds_exactly(text: str) -> bool:
    """Whether str.lower() of text matches case-blind as the regex engine folds (and keeps its length): true unless
    text holds one of the few characters where the two differ ("ſ", "ı", "İ")."""
    return not has_hazard(text)


def _lower(text: str) -> str:
    """text.lower(), remembered for the last text (the same text is checked against several patterns in a row)."""
    global _last
    last, low = _last
    if text is not last:
        low = text.lower()
        _last = (text, low)
    return low


class Prechecked:
    """A compiled regex whose search() first checks the text for the literals every match needs.

    A regex that is one big alternation is also checked branch by branch: a branch whose literals are all
    missing cannot match anywhere in the text, so the regex made of the other branches (in the same order)
    finds the same leftmost match; it is compiled once per set of branches and runs much faster.
    search(text, found=scan.found(...)) decides from a LiteralScan's set instead of looking at the text.
    """

    __slots__ = (
        "regex", "literals", "needs", "_ready", "_any_literal", "_parts", "_branch_lits", "_words", "_subs", "_free", "_by_word", "_digit", "_each", "_scan_words", "_uncompiled", "_whole",
    )

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._ready = False  # the literals are read at the first use, so that importing costs nothing

    def _prepare(self) -> None:
        self.literals = required_literals(self.regex)
        self._any_literal = precompiled.compile(trie_alternation(self.literals)) if self.literals else None  # one scan in C
        split = branch_literals(self.regex) if self.literals is not None else None
        self._parts, self._branch_lits = split if split is not None else ([], [])
        self._words = sorted({w for lits in self._branch_lits if lits for w in lits})
        self._subs: dict[tuple[int, ...], re.Pattern[str] | int] = {}  # a set of branches: its regex, or how often it was needed
        # each branch compiled now, with the pattern's other first-use work, not in the middle of a document
        self._each: list[re.Pattern[str] | None] = [_compiled(part, self.regex.flags) for part in self._parts]
        # the whole regex behind a lookahead for the characters its matches start with (guarded: the same matches),
        # searched when every branch may match: the engine leaves a position after one class test
        self._whole = guarded(self.regex)
        self._uncompiled = frozenset(i for i, rx in enumerate(self._each) if rx is None)  # (a branch that is no regex alone)
        # what a found set is checked against: every requirement, and the branches each word can start
        literals = frozenset(self.literals or ())
        self.needs = requirements(self.regex) + ((literals,) if literals and _score(literals) >= _MIN_NEED else ())
        self._digit = frozenset({DIGIT}) in self.needs  # every match has a digit: most sentences have none
        # a branch whose literals include a short word ("der", "die", "das": in nearly every sentence) is searched
        # whatever a found set holds (keeping a branch is always exact): a scan would find its words everywhere
        common = [lits is None or _weakest(set(lits)) < _MIN_NEED for lits in self._branch_lits]
        self._free = tuple(i for i, c in enumerate(common) if c)
        self._by_word: dict[str, tuple[int, ...]] = {}
        for i, lits in enumerate(self._branch_lits):
            for w in lits if lits and not common[i] else ():
                self._by_word[w] = (*self._by_word.get(w, ()), i)
        self._scan_words = tuple(self._by_word)  # the words a LiteralScan looks for on this pattern's behalf
        self._ready = True

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else (pattern, flags, sub, groups ...) as the regex
        return getattr(self.regex, name)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        if args or self.possible(text):
            return self.regex.match(text, *args)
        return None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        if args or self.possible(text):
            return self.regex.fullmatch(text, *args)
        return None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        if args or self.possible(text):
            return self.regex.finditer(text, *args)
        return iter(())

    def findall(self, text: str, *args: int) -> list:
        if args or self.possible(text):
            return self.regex.findall(text, *args)
        return []

    def possible(self, text: str, found: Found | None = None) -> bool:
        """False only when no match can exist in text (found: a LiteralScan's set for text or a text containing it)."""
        if not self._ready:
            self._prepare()
        if found is not None and self in found.scan.members:
            return self in found.possible()
        if self._digit and _DIGIT.search(text) is None:
            return False
        if self.literals is None:
            return True
        return self._any_literal.search(_lower(text)) is not None or has_hazard(text)  # type: ignore[union-attr]

    def search(self, text: str, *args: int, found: Found | None = None) -> re.Match[str] | None:
        if args:
            return self.regex.search(text, *args)
        if found is not None:
            # inline: most calls end here, on a pattern the found set rules out (a set lookup, no further call)
            poss = found._possible  # noqa: SLF001 - the Found belongs to this module
            if poss is None and self in found.scan.members:
                poss = found.possible()
            if poss is not None and self in poss:
                return self._search_possible(text, found)
            if self in found.scan.members:
                return None
        if not self.possible(text):
            return None
        if not self._parts or has_hazard(text):
            return self._whole.search(text)
        low = _lower(text)
        present = {w for w in self._words if w in low}
        keep = tuple(i for i, lits in enumerate(self._branch_lits) if lits is None or not present.isdisjoint(lits))
        return self._search_branches(text, keep)

    def _search_possible(self, text: str, found: Found) -> re.Match[str] | None:
        """search() for a pattern whose requirements the found set meets: only the branches it allows."""
        if not self._parts:
            return self._whole.search(text)
        by_word = self._by_word
        keep = set(self._free)
        for w in by_word.keys() & found:
            keep.update(by_word[w])
        return self._search_branches(text, tuple(sorted(keep)))

    def _search_branches(self, text: str, keep: tuple[int, ...]) -> re.Match[str] | None:
        """search() with only the branches `keep` (the others cannot match in text)."""
        if not keep:
            return None
        if len(keep) == len(self._parts):
            return self._whole.search(text)
        if len(keep) <= _FEW_BRANCHES:
            return self._search_each(text, keep)
        sub = self._subs.get(keep)
        if sub is None or sub.__class__ is int:
            if sub is None and len(self._subs) > 512:
                self._subs.clear()
            uses = (sub or 0) + 1
            if uses < _COMPILE_AFTER and (not self._uncompiled or self._uncompiled.isdisjoint(keep)):
                # each branch alone (its regex is compiled already) until the set has been needed often:
                # compiling the set costs as much as hundreds of searches, and most sets seldom come back
                self._subs[keep] = uses
                return self._search_each(text, keep)
            sub = self._subs[keep] = precompiled.compile("|".join(self._parts[i] for i in keep), self.regex.flags)  # (in the file when met there)
        return sub.search(text)

    def _search_each(self, text: str, keep: tuple[int, ...]) -> re.Match[str] | None:
        """search() with the branches `keep` (ascending), each searched alone: the alternation's match is the
        leftmost one, and at one position the first branch that matches there (a branch alone finds the same
        match at that position: nothing follows it in the pattern). No regex is compiled per set of branches,
        and a branch that starts with a literal is searched for in C."""
        each = self._each
        best: re.Match[str] | None = None
        for i in keep:
            rx = each[i]
            if rx is None:
                rx = each[i] = re.compile(self._parts[i], self.regex.flags)
            m = rx.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if not m.start():
                    break  # nothing starts further left; a later branch at 0 loses to this one
        return best


class Matches:
    """Whether a regex matches anywhere in a text (`regex.search(text) is not None`), for a test that needs only yes
    or no. The top-level branches anchored at the start ("^...", no MULTILINE) are tried at the start only, and the
    others, which the engine tries at every position, only when the text has one of the literals (as written, any
    length: "?" too) one of which each of them needs. Exact: a branch that needs a literal cannot match without it,
    and which branch matches does not change whether one does. Any other regex (groups, flags, a branch without a
    known literal) is searched whole."""

    __slots__ = ("regex", "_start", "_gate", "_rest")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._start: re.Pattern[str] | None = None
        self._gate: re.Pattern[str] | None = None
        self._rest: re.Pattern[str] | None = None
        split = _anchored_split(regex)
        if split is not None:
            start, rest, lits = split
            self._start = precompiled.compile("|".join(start), regex.flags) if start else None
            self._rest = precompiled.compile("|".join(rest), regex.flags) if rest else None
            self._gate = precompiled.compile(trie_alternation(lits)) if rest else None

    def __call__(self, text: str) -> bool:
        if self._start is None and self._rest is None:
            return self.regex.search(text) is not None
        if self._start is not None and self._start.match(text) is not None:
            return True
        return self._rest is not None and self._gate.search(text) is not None and self._rest.search(text) is not None  # type: ignore[union-attr]


_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]+[:)]")


def _anchored_split(regex: re.Pattern[str]) -> tuple[list[str], list[str], set[str]] | None:
    """For Matches: the anchored branches, the others, and the literals (as written) one of which each of the others
    needs (None: the regex is not an alternation that can be split so, or some other branch needs no known literal)."""
    flags = regex.flags
    if _p is None or not isinstance(regex.pattern, str) or regex.groups or flags & (re.MULTILINE | re.VERBOSE | re.IGNORECASE):
        return None
    if _INLINE_FLAGS.search(regex.pattern):  # "(?i:...)": its literals are not matched as written
        return None
    got = precompiled.analysed("anchored", regex.pattern, flags, lambda: _anchored_tree(regex.pattern, flags))
    return None if got is None else (list(got[0]), list(got[1]), set(got[2]))  # (of their own: the caller keeps them)


def _anchored_tree(pattern: str, flags: int) -> tuple[list[str], list[str], set[str]] | None:
    """_anchored_split's answer, worked out from the parse tree."""
    parts = _split_top(pattern)
    try:
        tree = list(_parsed(pattern, flags))
        if len(parts) < 2 or len(tree) != 1 or tree[0][0] is not _c.BRANCH or len(tree[0][1][1]) != len(parts):
            return None
        start = [part for part in parts if part.startswith("^")]
        rest = [part for part in parts if not part.startswith("^")]
        lits: set[str] = set()
        for part, branch in zip(parts, tree[0][1][1]):  # each branch's literals read off the whole tree
            if part.startswith("^"):
                continue
            found = _required(list(branch))
            if not found or not all(found):
                return None
            lits |= found
    except Exception:  # noqa: BLE001 - not the plain alternation it looked like: searched whole
        return None
    return start, rest, lits


class Found(frozenset):
    """A LiteralScan's strings found in `text` (exactly there; a superset for any part of it). Only the
    scan's own patterns decide from it (`scan`); any other pattern looks at the text itself."""

    __slots__ = ("text", "scan", "_possible")

    def __new__(cls, words: Iterable[str], text: str, scan: LiteralScan) -> Found:
        self = super().__new__(cls, words)
        self.text, self.scan, self._possible = text, scan, None
        return self

    def possible(self) -> frozenset[Prechecked]:
        """The scan's patterns whose every requirement is met here (worked out once, for all of them)."""
        if self._possible is None:
            self._possible = self.scan._possible_in(self)  # noqa: SLF001 - the scan belongs to this module
        return self._possible


class LiteralScan:
    """Every string some of many Prechecked patterns need, found in a text with one scan.

    found(text) is the set of the patterns' required strings (and `words`) that occur in the lowercased
    text, plus DIGIT when it has a decimal digit; None for a text with a case-folding hazard (the patterns
    then look for themselves). The scan is one alternation (longest first) whose matches do not overlap;
    the strings that start inside a match are read off the match itself, or checked where they would
    start when they run past its end, so the set is exact.
    """

    def __init__(self, patterns: Iterable[Prechecked] = (), words: Iterable[str] = ()) -> None:
        self._patterns = list(patterns)
        self._extra = [w.lower() for w in words]
        self._rx: re.Pattern[str] | None = None
        self.members = frozenset(self._patterns)

    def _prepare(self) -> None:
        words = set(self._extra)
        self._digit = False
        for pat in self._patterns:
            if not pat._ready:  # noqa: SLF001 - the scan belongs to this module
                pat._prepare()  # noqa: SLF001
            for need in pat.needs:
                words |= need
            words.update(pat._scan_words)  # noqa: SLF001
        self._digit = DIGIT in words
        words.discard(DIGIT)
        self._all = tuple(sorted(w for w in words if w))
        self.words = frozenset(self._all)
        self._inside: dict[str, tuple[frozenset[str], dict[str, tuple[tuple[int, str], ...]]]] = {}
        self._rx = literal_alternation(self._all)
        # each distinct requirement gets a bit; a string meets the requirements that contain it; the patterns are
        # grouped by the bits they need (many need the same: a digit, "stimmen")
        ids: dict[frozenset[str], int] = {}
        needed: dict[int, list[Prechecked]] = {}
        for pat in self._patterns:
            own = 0
            for need in pat.needs:
                own |= 1 << ids.setdefault(need, len(ids))
            needed.setdefault(own, []).append(pat)
        self._needed = tuple((own, tuple(pats)) for own, pats in needed.items())
        self._by_met: dict[int, frozenset[Prechecked]] = {}  # _possible_in's answer by the requirements met
        self._meets: dict[str, int] = {}
        for need, i in ids.items():
            for w in need:
                self._meets[w] = self._meets.get(w, 0) | 1 << i

    def _possible_in(self, found: Found) -> frozenset[Prechecked]:
        met = 0
        meets = self._meets
        for w in meets.keys() & found:
            met |= meets[w]
        got = self._by_met.get(met)  # the same requirements met, the same patterns (a few hundred masks in all)
        if got is None:
            if len(self._by_met) > 4096:
                self._by_met.clear()
            got = self._by_met[met] = frozenset(chain.from_iterable([pats for own, pats in self._needed if not own & ~met]))
        return got

    def _around(self, w: str) -> tuple[frozenset[str], dict[str, tuple[tuple[int, str], ...]]]:
        """For a match `w`: the words inside it, and the words that start inside it and run past its end, as
        (offset, word) by the character that must follow the match (they occur if the text goes on as they do)."""
        got = self._inside.get(w)
        if got is None:
            past: dict[str, list[tuple[int, str]]] = {}
            words = self._all  # sorted: the words that start with a suffix of w are one run of it
            for k in range(1, len(w)):
                tail = w[k:]
                j = bisect.bisect_right(words, tail)  # (a word equal to the tail does not run past the match)
                while j < len(words) and words[j].startswith(tail):
                    past.setdefault(words[j][len(tail)], []).append((k, words[j]))
                    j += 1
            # the words inside w: w's substrings that are words (the same set as testing every word for `in w`: a
            # match is a few letters long, the scan's words number thousands, and a run meets hundreds of matches)
            n = len(w)
            inside = {w[i:j] for i in range(n) for j in range(i + 1, n + 1)}
            inside &= self.words
            got = self._inside[w] = (frozenset(inside), {c: tuple(v) for c, v in past.items()})
        return got

    def found(self, text: str) -> Found | None:
        """The strings of the scan that occur in text (lowercased), DIGIT for a digit; None: check each pattern."""
        if self._rx is None:
            self._prepare()
        if has_hazard(text):
            return None
        low = _lower(text)
        out: set[str] = set()
        known = self._inside
        for m in self._rx.finditer(low):  # type: ignore[union-attr]
            w = m.group()
            inside, past = known.get(w) or self._around(w)
            out |= inside
            if past:
                end = m.end()
                if follow := past.get(low[end : end + 1]):
                    start = m.start()
                    for k, u in follow:
                        if low.startswith(u, start + k):
                            out.add(u)
        if self._digit and _DIGIT.search(text) is not None:
            out.add(DIGIT)
        return Found(out, text, self)


# Where a match can start: a look-ahead guard and the strings matches begin with, read from the parse tree

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_NARROW_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}


def _first_chars(items: list) -> tuple[set[str] | None, bool]:
    """The characters a match of a parsed op sequence can start with (None: any) and whether it can match
    empty; zero-width items (anchors, lookarounds) consume nothing and are passed over."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] <= 64:
                    out.update(map(chr, range(iav[0], iav[1] + 1)))
                elif iop is _c.CATEGORY and iav in _NARROW_CATEGORIES:
                    out.add(_NARROW_CATEGORIES[iav])  # "\d", "\s": written into the class as they are
                else:
                    return None, False  # a wide category or a negated class: any character
            return out, False
        if op is _c.SUBPATTERN:
            first, empty = _first_chars(list(av[-1]))
        elif op is _c.ATOMIC_GROUP:
            first, empty = _first_chars(list(av))
        elif op is _c.BRANCH:
            first, empty = set(), False
            for alt in av[1]:
                f, e = _first_chars(list(alt))
                if f is None:
                    return None, False
                first |= f
                empty = empty or e
        elif op in _REPEATS:
            first, empty = _first_chars(list(av[2]))
            empty = empty or av[0] == 0
        else:
            return None, False
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


_GUARDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
_GUARDS: dict[tuple[str, int], tuple[str, str] | None] = {}  # guard_of by (pattern, flags): two short strings each


def guard_of(regex: re.Pattern[str]) -> tuple[str, str] | None:
    """The global flags that lead regex's pattern and the lookahead guarded(regex) puts after them (None: no guard
    is known). Kept per pattern: a caller that has just read the pattern's literals (its parse tree is still in
    _parsed's cache) works it out then, so that guarded() later compiles it without parsing the pattern again."""
    pattern = regex.pattern
    key = (pattern, regex.flags)
    if key in _GUARDS:
        return _GUARDS[key]
    out = None
    if isinstance(pattern, str) and not regex.flags & re.VERBOSE:
        out = precompiled.analysed("guard", pattern, regex.flags, lambda: _guard_tree(pattern, regex.flags))
    if len(_GUARDS) > 4096:
        _GUARDS.clear()
    _GUARDS[key] = out
    return out


def _guard_tree(pattern: str, flags: int) -> tuple[str, str] | None:
    """guard_of's answer, worked out from the parse tree."""
    try:
        first, empty = _first_chars(list(_parsed(pattern, flags)))
    except Exception:  # noqa: BLE001 - an unknown parse tree: the regex as it is
        first, empty = None, True
    if not first or empty:
        return None
    lead = _GLOBAL_FLAGS.match(pattern)
    head = lead.group(0) if lead else ""
    cls = "[" + "".join(ch if len(ch) > 1 else re.escape(ch) for ch in sorted(first)) + "]"
    if flags & re.IGNORECASE or _CASE_BLIND.search(pattern):
        cls = f"(?i:{cls})"  # folded as the pattern folds (a superset where it does not)
    return head, f"(?={cls})"


def guarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """regex with a lookahead for the characters its matches can start with, read from its parse tree: the
    same matches, but the engine leaves a position at one class test instead of trying every branch of an
    alternation that starts with \\b (Python skips ahead only to a literal prefix). The regex itself when no
    such set is known. Kept per regex (by identity)."""
    hit = _GUARDED.get(id(regex))
    if hit is not None and hit[0] is regex:
        return hit[1]
    guard = guard_of(regex)
    out = regex if guard is None else precompiled.compile(f"{guard[0]}{guard[1]}(?:{regex.pattern[len(guard[0]):]})", regex.flags)
    _GUARDED[id(regex)] = (regex, out)
    return out


def _leads(items: list) -> set[str] | None:
    """Literal strings one of which every match of a parsed op sequence starts with (after zero-width items),
    None when not known: a run of literals, or the union over an alternation's branches."""
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            return {run}
        if op in _ZERO_WIDTH:
            continue
        if op is _c.SUBPATTERN:
            return _leads(list(av[-1]))
        if op is _c.ATOMIC_GROUP:
            return _leads(list(av))
        if op in _REPEATS and av[0] >= 1:
            return _leads(list(av[2]))
        if op is _c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                got = _leads(list(alt))
                if got is None:
                    return None
                out |= got
            return out
        return None
    return {run} if run else None


def lead_strings(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lowercased literal strings one of which every match of regex starts with, read from its parse tree
    (None: not known, or a string with a character whose case folding str.lower() may not agree with): where
    none of them starts in the lowercased text (TextScan.exact), no match starts. Kept per regex (by identity)."""
    hit = _LEADS.get(id(regex))
    if hit is not None and hit[0] is regex:
        return hit[1]
    out = precompiled.analysed("leads", regex.pattern, regex.flags, lambda: _leads_tree(regex.pattern, regex.flags))
    _LEADS[id(regex)] = (regex, out)
    return out


def _leads_tree(pattern: str, flags: int) -> tuple[str, ...] | None:
    """lead_strings' answer, worked out from the parse tree."""
    try:
        found = _leads(list(_parsed(pattern, flags)))
    except Exception:  # noqa: BLE001 - an unknown parse tree: not known
        found = None
    if found and all(ord(ch) < 0x250 and ch not in "ſıİµ" for w in found for ch in w):
        return tuple(sorted({w.lower() for w in found}))
    return None


_LEADS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def starts_of(low: str, words: tuple[str, ...], a: int, b: int) -> list[int]:
    """Every place in low[a:b] where one of the words starts and ends (overlapping ones too), in order,
    as offsets from a."""
    out = []
    for w in words:
        i = low.find(w, a, b)
        while i >= 0:
            out.append(i - a)
            i = low.find(w, i + 1, b)
    return sorted(set(out))


def finditer_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """regex.finditer(text) when every match starts at one of `starts` (sorted offsets into text): the regex is
    tried only there, each next match from the end of the last, as finditer searches (no match is empty:
    each starts with a lead string)."""
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = regex.match(text, p)
        if m is not None:
            yield m
            pos = m.end()
