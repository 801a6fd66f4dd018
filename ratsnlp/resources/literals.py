"""A literal pre-check for slow regexes: skip the regex when the text lacks every word a match must contain.

Python's engine cannot skip ahead in a case-blind alternation (the big vote and outcome patterns): it tries
every branch at every position. Most texts lack all the words such a pattern needs, and `in` finds that out
in C. `Prechecked(regex)` answers search() exactly as the regex does; it only avoids running it when no
match is possible.

Why the pre-check is exact: the words are read from the regex's own parse tree (a literal run that every
match must contain, the most selective one; a union over the branches of an alternation), restricted to
Latin characters whose case-blind matching agrees with str.lower(), and compared against the lowercased
text. The three characters for which the regex engine's case folding differs from str.lower() ("ſ" ~ "s",
"ı" ~ "i", and "İ", which lowercases to two characters) send the text to the regex unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the standard library's regex parser (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons: no pre-check, the regex runs always
    _p = _c = None  # type: ignore[assignment]

_FOLD_HAZARDS = ("ſ", "ı", "İ")
_last: tuple[str | None, str] = (None, "")  # the text last lowercased, and its lowercase (shared by all patterns)
_UNSAFE = frozenset(_FOLD_HAZARDS) | {"µ"}  # "µ" folds with Greek mu
_HAZARD = re.compile("[" + "".join(_FOLD_HAZARDS) + "]")


def _grouped(words: tuple[str, ...]) -> str:
    """An alternation of literal words grouped by first character (as resources.alternation)."""
    first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in first.items())


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


def required_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lowercased literals one of which every match contains, or None when the regex guarantees none."""
    if _p is None or not isinstance(regex.pattern, str):
        return None
    return _literals_of(regex.pattern, regex.flags)


def _literals_of(pattern: str, flags: int) -> tuple[str, ...] | None:
    try:
        found = _required(list(_p.parse(pattern, flags)))
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
    parts = _split_top(regex.pattern)
    try:
        tree = list(_p.parse(regex.pattern, regex.flags))
        if len(parts) < 2 or len(tree) != 1 or tree[0][0] is not _c.BRANCH or len(tree[0][1][1]) != len(parts):
            return None
        lits = [_literals_of(part, regex.flags) for part in parts]  # parsed, not compiled: start-up stays fast
    except Exception:  # noqa: BLE001 - not the plain alternation it looked like: no branch check
        return None
    return parts, lits


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
    """

    __slots__ = ("regex", "literals", "_ready", "_any_literal", "_parts", "_branch_lits", "_words", "_subs")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._ready = False  # the literals are read at the first use, so that importing costs nothing

    def _prepare(self) -> None:
        self.literals = required_literals(self.regex)
        self._any_literal = re.compile(_grouped(self.literals)) if self.literals else None  # one scan in C
        split = branch_literals(self.regex) if self.literals is not None else None
        self._parts, self._branch_lits = split if split is not None else ([], [])
        self._words = sorted({w for lits in self._branch_lits if lits for w in lits})
        self._subs: dict[tuple[int, ...], re.Pattern[str]] = {}
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

    def possible(self, text: str) -> bool:
        """False only when no match can exist in text."""
        if not self._ready:
            self._prepare()
        if self.literals is None:
            return True
        return self._any_literal.search(_lower(text)) is not None or _HAZARD.search(text) is not None  # type: ignore[union-attr]

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if args:
            return self.regex.search(text, *args)
        if not self.possible(text):
            return None
        if not self._parts or _HAZARD.search(text) is not None:
            return self.regex.search(text)
        low = _lower(text)
        present = {w for w in self._words if w in low}
        keep = tuple(i for i, lits in enumerate(self._branch_lits) if lits is None or not present.isdisjoint(lits))
        if len(keep) == len(self._parts):
            return self.regex.search(text)
        sub = self._subs.get(keep)
        if sub is None:
            if len(self._subs) > 512:
                self._subs.clear()
            sub = self._subs[keep] = re.compile("|".join(self._parts[i] for i in keep), self.regex.flags)
        return sub.search(text)
