"""Lexicons and patterns, read from the data files in resources/de and validated on load.

The files are the place to extend ratsnlp for a region or a council system: no code change needed.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res
from typing import Any

from ..errors import Errors, RatsnlpError
from . import precompiled
from .literals import Prechecked, has_hazard, required_literals

ROLES = (
    "chair",
    "mayor",
    "administration",
    "council_member",
    "advisory_member",
    "guest",
    "public",
    "unknown",
)
OUTCOMES = ("accepted", "rejected", "noted", "postponed", "referred", "withdrawn")
SECTION_KINDS = ("discussion", "decision", "proposal", "facts", "attachments")


def alternation(words: list[str] | tuple[str, ...], *, after_first: str = "") -> str:
    """A regex alternation of literal words, grouped by first character and longest first.

    Python's engine tries every branch at every position; grouped, it rejects most positions after one
    character, which makes the big lexicon patterns (role nouns, outcome stems, cue stems) an order of
    magnitude faster than a flat alternation.
    after_first: a zero-width test put right after each first character (e.g. a lookbehind moved there, so
    that the pattern still starts with literals and the engine can skip to the positions they allow).
    """
    first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):  # (ties in a fixed order: the same text in every process)
        first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(k)}{after_first}(?:{'|'.join(v)})" for k, v in first.items())


def _read(name: str) -> list[tuple[int, str]]:
    text = _res.files(__package__).joinpath("de", name).read_text(encoding="utf-8")
    return [
        (i, line.rstrip("\n"))
        for i, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def read_list(name: str) -> list[str]:
    """A one-entry-per-line file."""
    return [line.strip() for _, line in _read(name)]


def read_tsv(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """A TSV file whose first non-comment line names exactly `columns`."""
    rows = _read(name)
    if not rows:
        raise RatsnlpError(Errors.E001.format(path=name, line=0, problem="the file is empty"))
    header_line, header = rows[0]
    found = tuple(header.split("\t"))
    if found != columns:
        raise RatsnlpError(
            Errors.E001.format(path=name, line=header_line, problem=f"columns {found}, expected {columns}")
        )
    out = []
    for n, line in rows[1:]:
        cells = line.split("\t")
        cells += [""] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            raise RatsnlpError(Errors.E001.format(path=name, line=n, problem=f"{len(cells)} cells"))
        out.append(dict(zip(columns, (c.strip() for c in cells))))
    return out


def _check(name: str, value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise RatsnlpError(Errors.E001.format(path=name, line="?", problem=f"unknown {what} {value!r}"))


@dataclass(frozen=True)
class RoleNoun:
    form: str
    role: str
    gender: str
    party_elected: bool
    not_mayor: bool = False  # a chair elected from the members ("Stadtverordnetenvorsteher"): never the mayor


@dataclass(frozen=True)
class Lexicon:
    """Everything the rule components need, loaded once per process."""

    honorifics: dict[str, tuple[str, str]]
    academic_titles: tuple[str, ...]
    particles: frozenset[str]
    given_names: frozenset[str]
    role_words: dict[str, RoleNoun]
    role_suffixes: tuple[RoleNoun, ...]
    parties: dict[str, str]
    parties_cased: dict[str, str]  # spellings that are also common words, matched only as written ("PARTEI")
    affiliations: tuple[tuple[str, str], ...]
    speech_verbs: frozenset[str]
    sections: dict[str, str]
    roster_headings: dict[str, str]
    boilerplate: re.Pattern[str]
    bodies: tuple[str, ...]
    groups: tuple[str, ...]
    number_words: dict[str, int]
    vote_patterns: tuple[dict[str, Any], ...]
    abbreviations: frozenset[str]
    chair_acts: re.Pattern[str]
    attendance: re.Pattern[str]
    # word -> role_noun(word): every component asks about the same words (capitalised words of every line)
    _role_noun_memo: dict[str, RoleNoun | None] = field(default_factory=dict, compare=False, repr=False)

    def role_noun(self, word: str) -> RoleNoun | None:
        """The role noun `word` is, by exact form or by the longest matching suffix."""
        memo = self._role_noun_memo
        try:
            return memo[word]
        except KeyError:
            pass
        if len(memo) > 10_000:  # bounded: a long run sees an open vocabulary
            memo.clear()
        hit = memo[word] = self._find_role_noun(word)
        return hit

    def _find_role_noun(self, word: str) -> RoleNoun | None:
        hit = self._role_noun(word)
        if hit is None and len(word) > 6 and word[:1].isupper():
            for ending in ("en", "n", "s"):  # declined: "dem Bezirksverordneten", "des Bürgermeisters"
                if word.endswith(ending) and (hit := self._role_noun(word[: -len(ending)])) is not None:
                    break
        if hit is not None and hit.role == "chair" and "-" in word and self.parties.get(word.rsplit("-", 1)[0].lower()) is not None:
            # "FDP-Vorsitzender", "Grünen-Vorsitzende": a party's chair is a member of the body, not the chair of the meeting
            hit = RoleNoun(word, "council_member", hit.gender, False)
        return hit

    def _role_noun(self, word: str) -> RoleNoun | None:
        hit = self.role_words.get(word)
        if hit is not None:
            return hit
        if not word[:1].isupper():
            return None
        low = word.lower()
        for n, forms in _suffix_index(self.role_suffixes):  # longest first, as the suffixes are sorted
            noun = forms.get(low[-n:] if n else "")
            if noun is not None and len(low) >= n:
                return noun
        return None

    def party(self, text: str) -> str | None:
        squeezed = " ".join(text.split()).strip(" .,;")
        if squeezed in self.parties_cased:
            return self.parties_cased[squeezed]
        return self.parties.get(squeezed.lower())


_SUFFIX_INDEX: dict[int, tuple[tuple[RoleNoun, ...], tuple[tuple[int, dict[str, RoleNoun]], ...]]] = {}


def _suffix_index(suffixes: tuple[RoleNoun, ...]) -> tuple[tuple[int, dict[str, RoleNoun]], ...]:
    """The suffixes by length, longest first, each length a dict form -> the first noun with it: one lookup
    per length instead of endswith() against every suffix (the first noun of `suffixes` that ends the word).
    Kept by the tuple's identity (hashing it would hash every noun on each call)."""
    hit = _SUFFIX_INDEX.get(id(suffixes))
    if hit is not None and hit[0] is suffixes:
        return hit[1]
    by_len: dict[int, dict[str, RoleNoun]] = {}
    for noun in suffixes:
        by_len.setdefault(len(noun.form), {}).setdefault(noun.form, noun)
    index = tuple(sorted(by_len.items(), key=lambda kv: -kv[0]))
    _SUFFIX_INDEX[id(suffixes)] = (suffixes, index)
    return index


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and validate all resource files (cached)."""
    hon = {}
    for r in read_tsv("honorifics.tsv", ("form", "gender", "case")):
        _check("honorifics.tsv", r["gender"], ("m", "f"), "gender")
        _check("honorifics.tsv", r["case"], ("nom", "obl"), "case")
        hon[r["form"]] = (r["gender"], r["case"])
    role_words: dict[str, RoleNoun] = {}
    suffixes: list[RoleNoun] = []
    for r in read_tsv("role_nouns.tsv", ("form", "match", "role", "gender", "rule")):
        _check("role_nouns.tsv", r["match"], ("word", "suffix"), "match")
        _check("role_nouns.tsv", r["role"], ROLES, "role")
        _check("role_nouns.tsv", r["gender"], ("m", "f", "x"), "gender")
        _check("role_nouns.tsv", r["rule"], ("", "party_elected", "not_mayor"), "rule")
        noun = RoleNoun(r["form"], r["role"], r["gender"], r["rule"] == "party_elected", r["rule"] == "not_mayor")
        if r["match"] == "word":
            role_words[r["form"]] = noun
        else:
            if r["form"] != r["form"].lower():
                raise RatsnlpError(Errors.E001.format(path="role_nouns.tsv", line="?", problem="suffixes are lowercase"))
            suffixes.append(noun)
    suffixes.sort(key=lambda n: -len(n.form))
    for form, noun in list(role_words.items()):
        if form.isalpha() and any(c.isupper() for c in form[1:]) and not form.endswith("in"):
            role_words.setdefault(form.upper(), noun)  # "CDU-STR X": an abbreviation as some pages print it, in capitals
    party_rows = read_tsv("parties.tsv", ("variant", "party"))
    parties = {" ".join(r["variant"].split()).lower(): r["party"] for r in party_rows if not r["variant"].startswith("=")}
    parties_cased = {" ".join(r["variant"][1:].split()): r["party"] for r in party_rows if r["variant"].startswith("=")}
    affiliations = []
    for r in read_tsv("affiliations.tsv", ("prefix", "role")):
        _check("affiliations.tsv", r["role"], ROLES, "role")
        affiliations.append((r["prefix"].lower(), r["role"]))
    affiliations.sort(key=lambda a: -len(a[0]))
    sections = {}
    for r in read_tsv("sections.tsv", ("heading", "kind")):
        _check("sections.tsv", r["kind"], SECTION_KINDS, "kind")
        sections[r["heading"].lower()] = r["kind"]
    roster = {}
    for r in read_tsv("roster_headings.tsv", ("heading", "role")):
        _check("roster_headings.tsv", r["role"], ROLES + ("absent", "-"), "role")
        roster[r["heading"].lower()] = r["role"]
    boiler = "|".join(f"(?:{p})" for p in read_list("boilerplate.txt"))
    try:
        boilerplate = precompiled.compile(rf"^(?:{boiler})$")
    except re.error as err:
        raise RatsnlpError(Errors.E001.format(path="boilerplate.txt", line="?", problem=str(err))) from None
    numbers = {r["word"]: int(r["value"]) for r in read_tsv("number_words.tsv", ("word", "value"))}
    vote_patterns = []
    num = r"\d{1,3}|" + "|".join(sorted(numbers, key=len, reverse=True))
    for n, line in _read("vote_patterns.jsonl"):
        try:
            spec = json.loads(line)
            if spec.get("kind") not in ("outcome", "unanimous", "count", "ratio"):
                raise ValueError(f"unknown kind {spec.get('kind')!r}")
            if spec["kind"] == "outcome":
                _check("vote_patterns.jsonl", spec["outcome"], OUTCOMES, "outcome")
            if spec["kind"] == "count" and spec.get("field") not in ("yes", "no", "abstain"):
                raise ValueError(f"unknown field {spec.get('field')!r}")
            if spec["kind"] == "count" and not (spec.get("value") in (None, "unknown") or isinstance(spec["value"], int)):
                raise ValueError(f"a count's value is a number or \"unknown\" (stated without one), not {spec['value']!r}")
            flags = re.IGNORECASE if spec["kind"] in ("outcome", "unanimous") else 0
            spec["regex"] = Prechecked(precompiled.compile(spec["pattern"].replace("NUM", num), flags))  # search() as the regex, faster
        except (ValueError, KeyError, re.error) as err:
            raise RatsnlpError(Errors.E001.format(path="vote_patterns.jsonl", line=n, problem=str(err))) from None
        vote_patterns.append(spec)
    return Lexicon(
        honorifics=hon,
        academic_titles=tuple(sorted(read_list("academic_titles.txt"), key=len, reverse=True)),
        particles=frozenset(read_list("name_particles.txt")),
        given_names=frozenset(read_list("given_names.txt")),
        role_words=role_words,
        role_suffixes=tuple(suffixes),
        parties=parties,
        parties_cased=parties_cased,
        affiliations=tuple(affiliations),
        speech_verbs=frozenset(read_list("speech_verbs.txt")),
        sections=sections,
        roster_headings=roster,
        boilerplate=boilerplate,
        bodies=tuple(read_list("bodies.txt")),
        groups=tuple(read_list("groups.txt")),
        number_words=numbers,
        vote_patterns=tuple(vote_patterns),
        abbreviations=frozenset(read_list("abbreviations.txt")),
        chair_acts=Prechecked(_compile_any("chair_acts.txt", re.IGNORECASE)),  # type: ignore[arg-type]
        attendance=Prechecked(_compile_any("attendance.txt", re.IGNORECASE)),  # type: ignore[arg-type]
    )


def _compile_any(name: str, flags: int = 0) -> re.Pattern[str]:
    """One regex that matches any line of a pattern file; a bad line is reported with its number."""
    lines = _read(name)
    for n, line in lines:
        try:
            precompiled.compile(line)
        except re.error as err:
            raise RatsnlpError(Errors.E001.format(path=name, line=n, problem=str(err))) from None
    return precompiled.compile("|".join(f"(?:{line.strip()})" for _, line in lines), flags)



class Hits:
    """Where in one text some literals start (sorted), to ask of many windows of that text whether a regex
    could match in them."""

    __slots__ = ("starts",)

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def within(self, a: int, b: int) -> bool:
        """Whether a literal starts in text[a:b] (true for every window that contains one)."""
        k = bisect.bisect_left(self.starts, a)
        return k < len(self.starts) and self.starts[k] < b


class TextScan:
    """One text, lowercased once, and where the literals of regexes occur in it: a window text[a:b] without
    any literal a regex's matches need cannot hold a match of that regex searched in text[a:b]
    (resources/literals.py reads the literals from the regex). Per-window work then runs only where a
    literal is: exact, and much cheaper than running the regex on every window. (literals.LiteralScan is
    the other way round: many patterns, and for each text which of them can match at all.)"""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.aligned = len(self.low) == len(text)  # offsets in low are offsets in text
        # and str.lower() agrees with the case folding of a case-blind regex
        self.exact = self.aligned and not has_hazard(text)
        self._hits: dict[tuple[str, ...], Hits] = {}

    def _usable(self, folds: bool) -> bool:
        """Whether literals found in low rule out matches of a regex (folds: it matches case-blind somewhere)."""
        return self.exact if folds else self.aligned

    def hits(self, literals: tuple[str, ...] | None, *, folds: bool = True) -> Hits | None:
        """The starts of the lowercased literals in the text (one str.find pass per literal); None (any window
        may match) when no literals are known."""
        if not literals or not self._usable(folds):
            return None
        hit = self._hits.get(literals)
        if hit is None:
            low, starts = self.low, []
            for lit in _minimal(literals):
                i = low.find(lit)
                while i >= 0:
                    starts.append(i)
                    i = low.find(lit, i + 1)
            hit = self._hits[literals] = Hits(sorted(starts))
        return hit

    def may_match(self, regex: re.Pattern[str], a: int, b: int) -> bool:
        """Whether regex (or a Prechecked) searched in text[a:b] may match: whether text[a:b] holds one of the
        literals every match contains (one scan of that window: for a few windows, cheaper than `trigger`)."""
        _, finder, folds = _literal_finder(regex)
        return finder is None or not self._usable(folds) or finder.search(self.low, a, b) is not None

    def trigger(self, regex: re.Pattern[str]) -> Hits | None:
        """hits() for the literals one of which every match of regex (or of a Prechecked) contains."""
        literals, _, folds = _literal_finder(regex)
        return self.hits(literals, folds=folds)


# id(regex) -> (regex, its literals, a regex finding any of them, whether it folds case): keyed by identity,
# as hashing a compiled pattern hashes its whole program on every call
_FINDERS: dict[int, tuple[object, tuple[str, ...] | None, re.Pattern[str] | None, bool]] = {}
_CASE_BLIND_GROUP = re.compile(r"\(\?[a-zA-Z-]*i")  # "(?i)", "(?i:", "(?ai-m:": a group that matches case-blind


def _literal_finder(regex: re.Pattern[str]) -> tuple[tuple[str, ...] | None, re.Pattern[str] | None, bool]:
    """The literals one of which every match of regex (or of a Prechecked) contains, a regex finding them, and
    whether the regex matches case-blind anywhere (then a text with fold hazards cannot be checked)."""
    hit = _FINDERS.get(id(regex))
    if hit is None or hit[0] is not regex:
        pat = getattr(regex, "regex", regex)
        literals = required_literals(pat)
        finder = precompiled.compile(alternation(_minimal(literals))) if literals else None
        folds = bool(pat.flags & re.IGNORECASE) or _CASE_BLIND_GROUP.search(pat.pattern) is not None
        if len(_FINDERS) > 1024:
            _FINDERS.clear()
        hit = _FINDERS[id(regex)] = (regex, literals, finder, folds)
    return hit[1], hit[2], hit[3]


@lru_cache(maxsize=256)
def _minimal(literals: tuple[str, ...]) -> tuple[str, ...]:
    """The literals that contain no other one (where "stellte" is, "stellt" is too)."""
    return tuple(w for w in literals if not any(v != w and v in w for v in literals))
