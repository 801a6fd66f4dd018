"""Parse a person mention at a position: honorific, titles, role nouns, name, party, affiliation.

Pure functions over the text, driven by the lexicons; used for speaker mentions in the minutes
and for entries of the attendance list. Every loop is bounded, so hostile input stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import TypeVar

from ..resources import Lexicon, RoleNoun, lexicon, precompiled, read_list, read_tsv
from ..resources.literals import trie_alternation as trie

# (a double name a PDF's line break left with a space after its hyphen, "Wulf- Wichmann", is one word)
_WORD = re.compile(r"[^\W\d_][\w'’]*(?:[-‐](?:[ ](?=[A-ZÄÖÜ][a-zäöüß]))?[\w'’]+)*\.?|\d{1,3}\.")
_SPACE = re.compile(r"[ \u00a0\u202f]{1,2}(?![ \t])|\n(?=[^\n])")  # table columns (tabs, 3+ spaces) end a mention
MODIFIERS = frozenset(
    ["Erster", "Erste", "Ersten", "Zweiter", "Zweite", "Dritter", "Dritte", "stellvertretender", "stellvertretende", "stellv.", "Stellv.", "stellvertr.", "Stellvertr.", "Stellvertretender", "Stellvertretende", "stv.", "ehrenamtlicher", "ehrenamtliche", "hauptamtlicher", "hauptamtliche", "Technischer", "Technische", "Leitender", "Leitende", "Ltd.", "1.", "2.", "3.", "weiterer", "weitere", "anderer", "andere", "älterer", "ältere", "junger", "junge", "betroffener", "betroffene", "erste", "erster", "zweite", "zweiter", "dritte", "dritter", "vierte", "vierter", "nächste", "nächster", "letzte", "letzter"]
)
ARTICLES = frozenset(["Der", "Die", "Das", "Ein", "Eine", "der", "die", "das", "ein", "eine"])
_CAPITAL_ARTICLES = frozenset(["Der", "Die", "Das", "Ein", "Eine"])  # never part of a name (the particle "der" is: "van der X")
# particles inside a Romance double surname, after its first part ("Abreu de Sousa"); German "von" there opens an office
ROMANCE_PARTICLES = frozenset(["de", "da", "do", "dos", "das", "del", "della", "di"])
NAME_START_PARTICLES = frozenset(["van", "von", "vom", "de", "ten", "ter", "te", "zu", "zur", "zum", "op", "al", "el", "da", "di", "du", "la", "le", "dos", "del", "della", "bin", "ben"])
PASSIVE = frozenset(["wird", "werden", "wurde", "wurden", "ist", "sind"])

Predicate = Callable[[int, int], bool]


_NAME_AND_BRACKET = re.compile(r"[ \u00a0]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,30}[ \u00a0]{0,2}\(([^()\n]{1,40})\)")  # a surname and a bracket
_INITIAL = re.compile(r"[A-ZÄÖÜ]\.")  # an initial
_LAST_WORD = re.compile(r"[\w.]+$")  # the word before


@dataclass(slots=True)  # slots: thousands are built and read per document
class Mention:
    start: int
    end: int
    title: str | None = None  # Herr / Frau
    gender: str | None = None  # m / f
    oblique: bool = False  # "Herrn": addressed or mentioned, never the speaker
    article: str | None = None  # "Der Vorsitzende"
    titles: list[str] = field(default_factory=list)  # Dr., Prof.
    role_nouns: list[str] = field(default_factory=list)
    given: str | None = None
    surname: str | None = None
    party: str | None = None
    affiliation: str | None = None
    label: bool = False  # "Herr Schulz (CDU):" opens verbatim speech
    bare_initial: bool = False  # a role noun alone at the sentence start, a verb after it ("Bürgermeister erklärte")

    @property
    def name(self) -> str | None:
        if not self.surname:
            return None
        return f"{self.given} {self.surname}" if self.given else self.surname

    @property
    def named(self) -> bool:
        return self.surname is not None


def _by_first(words: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for w in words:
        out.setdefault(w[0], set()).add(w[1:])
    return out


def _dispatch(groups: dict[str, set[str]]) -> str:
    """Words by their first character, which the caller has consumed: the rest of the word is matched.

    Branches by the second character (a literal, which the engine checks at once), then the first is
    checked by a lookbehind; the words that are one character long come last (the longer word first).
    """
    by_second: dict[str, dict[str, set[str]]] = {}
    for c, rests in groups.items():
        for rest in rests:
            by_second.setdefault(rest[:1], {}).setdefault(c, set()).add(rest[1:])
    branches = [
        re.escape(x) + "(?:" + "|".join(f"(?<={re.escape(c + x)})(?:{trie(tails)})" for c, tails in sorted(firsts.items())) + ")"
        for x, firsts in sorted(by_second.items())
        if x
    ]
    branches += [f"(?<={re.escape(c)})" for c in sorted(by_second.get("", {}))]
    return "|".join(branches)


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"  # [A-ZÄÖÜ]


@lru_cache(maxsize=1)
def anchor_pattern() -> re.Pattern[str]:
    """One regex that finds every place a mention can start: honorifics and role nouns.

    A match is, at a word start and as a whole word: an honorific or role word, a capitalised word ending in
    a role suffix, or a capitalised suffix; the first and the last optionally after a short capitalised part
    and a hyphen ("Ausschuss-vorsitzender", "BA-Vorsitzende", "CSU-Fraktionsvorsitzender", "Linken-Stadträtin").
    The first character is matched first (a class), then the word start is checked behind it, so that the
    engine skips straight to the characters a match can start with; the branches keep their order.
    """
    lex = lexicon()
    words = set(lex.honorifics) | set(lex.role_words)
    suffixes = {n.form for n in lex.role_suffixes}
    # a suffix in "-e" also declined ("des Stadt-Beigeordneten X", "dem Ausschussvorsitzenden Y"), as role_noun reads it
    endings = suffixes | {f"{s}n" for s in suffixes if s.endswith("e")}
    capitalised = {s[:1].upper() + s[1:] for s in endings}
    by_first = _by_first(words)
    upper_words = {c: v for c, v in by_first.items() if c in _UPPER}
    other_words = {c: v for c, v in by_first.items() if c not in _UPPER}
    firsts = "".join(sorted(set(_UPPER) | set(other_words)))
    # "X-" (the hyphen can only follow the whole run of letters, so the run is possessive)
    hyphen = r"[\wäöüß]{0,12}+-"
    compound, compound_suffix = rf"{hyphen}(?:{trie(words)})", rf"{hyphen}(?:{trie(capitalised)})"
    ending = rf"{_ending_precheck(endings)}[A-Za-zäöüß-]{{0,30}}(?:{trie(endings)})"
    if all(re.fullmatch("[a-zäöüß]*", w[1:]) for w in capitalised):
        # a capitalised suffix as the whole word is then tried with the role words: where both fit, the role
        # word is the longer one or ends at the same place, and where it alone fits, the branches between
        # (a suffix at the end, a hyphen) end at the same place or not at all
        merged = {c: upper_words.get(c, set()) | _by_first(capitalised).get(c, set()) for c in set(upper_words) | set(_by_first(capitalised))}
        plain, rest = [_dispatch(merged), ending], []
    else:
        plain, rest = [_dispatch(upper_words), ending], [_dispatch(_by_first(capitalised))]
    with_hyphen = "|".join([compound, plain[0], plain[1], compound_suffix, *rest])
    without = "|".join(plain + rest)  # no hyphen after the letters: the two compound branches cannot match
    after_upper = rf"(?={hyphen})(?:{with_hyphen})|{without}"
    alts = [rf"(?<=[{_UPPER}])(?:{after_upper})"] + ([_dispatch(other_words)] if other_words else [])
    # (a bullet's dash glued to the word at a line start is no compound: "-Ortsbeiratsmitglied X erläutert")
    return precompiled.compile(rf"[{re.escape(firsts)}](?:(?<![\w-].)|(?<=\n-.)|(?<=^-.))(?:{'|'.join(alts)})(?![\w-])")


def _ending_precheck(suffixes: set[str]) -> str:
    r"""A lookahead that fails at once where "[A-Za-zäöüß-]{0,30}(?:suffix)(?![\w-])" cannot match: that branch
    would otherwise try every suffix at every letter of each capitalised word, backing off one letter at a time.

    A match ends where the run of these letters ends (a suffix is made of them, and no word character follows),
    so the run must end in the last letters of a suffix (as many as the shortest suffix has)."""
    if not suffixes or not all(re.fullmatch("[A-Za-zäöüß-]+", s) for s in suffixes):
        return ""  # a suffix with another character: no precheck
    n = min(len(s) for s in suffixes)
    return rf"(?=[A-Za-zäöüß-]*+(?<={trie({s[-n:] for s in suffixes})})(?![\w-]))"


# compiled once (the module-level re functions look each pattern up in re's cache on every call)
_GIVEN_PARTS = re.compile(r"[ -]")
_LEADING_ARTICLE = re.compile(r"^(?:der|dem|den|des|die)\s+")
_PUNCT_SPLIT = re.compile(r"[,.;:]")
_AFFILIATION_END = re.compile(r"[,;:]|\.(?!-)")  # not inside "Ing.-Büro X"
_PLACE_NAME = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+(?:\s|[,.;:]|$)")
_SPACE_PUNCT_SPLIT = re.compile(r"[\s,.;:]")
_NAME_WORDS = re.compile(r"[\wÄÖÜäöüß]+")
_PIECE_SPLIT = re.compile(r"[,;]")
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}")
_LEADING_OF = re.compile(r"^(?:der|des|von|für)\s+")
_FRAKTION = re.compile(r"(?i)fraktion")
_LOW_WORDS = re.compile(r"[\wäöüß-]+")

_T = TypeVar("_T")


def per_word(fn: Callable[[str, Lexicon], _T]) -> Callable[[str, Lexicon], _T]:
    """Remember a pure function of (word, lexicon) per word, for the lexicon last asked about.

    The same few words (honorifics, role nouns, party names) are looked up again and again."""
    memo: dict[str, _T] = {}
    owner: list[Lexicon] = []

    @wraps(fn)
    def remembered(word: str, lex: Lexicon) -> _T:
        if owner and owner[0] is lex:  # the usual case first: the same lexicon, the word seen before
            hit = memo.get(word, memo)
            if hit is not memo:
                return hit
            if len(memo) > 10_000:  # bounded: a long run meets ever new names
                memo.clear()
        else:
            memo.clear()
            owner[:] = [lex]
        hit = memo[word] = fn(word, lex)
        return hit

    return remembered


@per_word
def role_noun(word: str, lex: Lexicon) -> RoleNoun | None:
    """lex.role_noun(word), remembered per word."""
    return lex.role_noun(word)


@per_word
def party_of(text: str, lex: Lexicon) -> str | None:
    """lex.party(text), remembered per text."""
    return lex.party(text)


def compound_role(word: str, lex: Lexicon):  # noqa: ANN201
    """The role noun of "Linken-Stadträtin", "SPD-Bezirksverordneter": a party, a hyphen and a role noun."""
    head, _, tail = word.rpartition("-")
    if head and party_of(head, lex) is not None:
        return role_noun(tail, lex)
    return None


# what may follow a given name: a hyphenated second part ("Hans-Peter X") and a capitalised word after a blank and
# at most two short lower-case words ("Jonas Weidlich", "Anna von Berg")
_GIVEN_NAME_TAIL = re.compile(r"(?:-[A-ZÄÖÜ][a-zäöü]{2,12})?(?=[ \u00a0](?:[a-z]{1,4}[ \u00a0]){0,2}[A-ZÄÖÜ])")


@lru_cache(maxsize=1)
def given_name_pattern() -> re.Pattern[str]:
    """Given names followed by a capitalised word: "Jonas Weidlich (Grüne) war dagegen"."""
    lex = lexicon()
    # "(?<![\w.-])" checked after the first letter ("X(?<![\w.-].)" is the same test): every branch then starts
    # with a literal, so the regex engine jumps from one possible first letter to the next
    # each first letter's names as a trie: the engine follows one branch per letter instead of trying every name
    alt = "|".join(f"{re.escape(c)}(?<![\\w.-].)(?:{trie(rest)})" for c, rest in sorted(_by_first(set(lex.given_names)).items()))
    # "Hans-Peter X": a hyphenated given name is anchored at its first part
    return re.compile(rf"(?:{alt})(?:-[A-ZÄÖÜ][a-zäöü]{{2,12}})?(?=[ \u00a0](?:[a-z]{{1,4}}[ \u00a0]){{0,2}}[A-ZÄÖÜ])")


@lru_cache(maxsize=1)
def _given_name_scan() -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The candidates of given_name_matches (a name's first letter at a word start, the run of the letters names
    continue with, and what a name needs after it) and the given names; None when some given name has anything
    but lower-case letters after its first (then only given_name_pattern finds the same)."""
    names = frozenset(lexicon().given_names)
    if not all(c.isalpha() and c.islower() for n in names for c in n[1:]):
        return None
    firsts = "".join(sorted({n[0] for n in names}))
    rest = "".join(sorted({c for n in names for c in n[1:]}))
    return re.compile(rf"[{re.escape(firsts)}](?<![\w.-].)[{re.escape(rest)}]*+(?=-[A-ZÄÖÜ]|[ \u00a0](?:[a-z]{{1,4}}[ \u00a0]){{0,2}}[A-ZÄÖÜ])"), names


def given_name_matches(text: str) -> list[tuple[int, str]]:
    """(start, text) of each given_name_pattern().finditer(text) match, found without that regex: a word run that
    is a given name, then _GIVEN_NAME_TAIL.

    Why: compiling the alternation of the ~2,700 given names cost every process 0.05-0.15 s at its first document
    (a tenth of a one-document run's own work). The same matches: a given name is a capital and lower-case
    letters (else the regex is used), and what may follow it (a hyphen, a blank) is none of those, so a name ends
    where the run of its letters ends (the candidate regex's possessive run), and a longer name at the same start
    is that whole run; matches cannot overlap (each starts at a word start, no word start lies inside one)."""
    got = _given_name_scan()
    if got is None:
        return [(m.start(), m.group(0)) for m in given_name_pattern().finditer(text)]
    scan, names = got
    out = []
    for m in scan.finditer(text):
        if m.group() in names and (tail := _GIVEN_NAME_TAIL.match(text, m.end())) is not None:
            out.append((m.start(), text[m.start() : tail.end()]))
    return out


@lru_cache(maxsize=1)
def party_name_pattern() -> re.Pattern[str]:
    """Two capitalised words and a bracket: "Ottwin Berghaus (CDU) mahnte", whatever the given name."""
    # the lookbehind after the first letter, as in given_name_pattern: the engine skips to capital letters;
    # possessive runs: a blank or a bracket can only follow the whole run of letters, so giving some back never helps
    # "Karl-Otto Muster (XY)": a hyphenated given name
    return re.compile(
        r"[A-ZÄÖÜ](?<![\w.-].)[a-zäöüß]{1,20}+(?:-[A-ZÄÖÜ][a-zäöüß]{1,20}+)?(?=[ \u00a0]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,30}+[ \u00a0]{0,2}\([^()\n]{1,40}\))"
    )


_CAPITAL_AT_WORD_START = re.compile(r"[A-ZÄÖÜ](?<![\w.-].)")
# how far before its bracket a party_name_pattern match can start: the first word (up to 21 letters, and a hyphen
# and 21 more), 1-2 blanks, the second word (up to 31 characters) and 0-2 blanks
_PARTY_NAME_REACH = 21 + 22 + 2 + 31 + 2


def party_name_matches(text: str) -> list[tuple[int, str]]:
    """(start, word) of each party_name_pattern().finditer(text) match, tried only at the capitals shortly before
    a "(" (every match has one after its second word): the pattern alone is tried at every capital.

    Matches cannot overlap (a match is a capital at a word start and lower-case letters after it), so the matches
    at every candidate, in order, are finditer's."""
    pattern = party_name_pattern()
    found: list[tuple[int, str]] = []
    tried = 0  # the candidates before this were tried for an earlier bracket
    q = text.find("(")
    while q >= 0:
        for cap in _CAPITAL_AT_WORD_START.finditer(text, max(tried, q - _PARTY_NAME_REACH), q):
            if (m := pattern.match(text, cap.start())) is not None:
                found.append((m.start(), m.group(0)))
        tried = q
        q = text.find("(", q + 1)
    return found


def parse_bare_name(text: str, anchor: int, limit: int, *, lex: Lexicon | None = None) -> Mention | None:
    """A person named without honorific or role noun: given name(s) and surname, then party/affiliation.

    The first word must be a known given name, unless the name is followed by a party in brackets.
    """
    lex = lex or lexicon()
    limit = min(limit, anchor + 200)
    m = Mention(start=anchor, end=anchor)
    given = _word_at(text, anchor, limit)
    if given is None:
        return None
    if not _is_given(given.rstrip("."), lex) and not _speaks_after(text, anchor, limit, lex):
        bracket = _NAME_AND_BRACKET.match(text[anchor + len(given) : limit])
        if bracket is None or not (party_of(bracket.group(1), lex) or looks_like_list(bracket.group(1), lex)):
            return None
        if given in lex.role_words or role_noun(given, lex) is not None or given in lex.honorifics:
            return None
    i = _skip_space(text, anchor + len(given), limit)
    nxt = _word_at(text, i, limit)
    if nxt is not None and _is_given(nxt, lex) and nxt not in lex.particles:
        after = _skip_space(text, i + len(nxt), limit)
        if _word_at(text, after, limit) and _is_cap(_word_at(text, after, limit) or ""):
            given, i = f"{given} {nxt}", after  # "Karl Heinz Schmidt"
    m.end = i
    _parse_name(text, i, limit, m, initial=True, is_propn=None, lex=lex, upper_ok=True)
    if m.surname is None or m.surname in lex.honorifics or role_noun(m.surname, lex) is not None or party_of(m.surname, lex):
        return None
    if m.given is None:
        m.given = given
    elif _INITIAL.fullmatch(m.given):
        m.given = f"{given} {m.given}"  # "Rainer A. Muster": a middle initial
    else:  # _parse_name took two words ("Weidlich Meier"): not a bare name
        return None
    m.gender = m.gender or given_gender(given, lex)
    _parse_tail(text, limit, m, lex)
    return m


@lru_cache(maxsize=1)
def _gender_exceptions() -> dict[str, str]:
    return dict(line.split("\t") for line in read_list("given_name_gender.txt"))


def given_gender(given: str, lex: Lexicon) -> str | None:
    """ "Beate" f, "Jens" m: a known given name's gender (ending -a/-e is female, with listed exceptions)."""
    first = _GIVEN_PARTS.split(given)[0]
    if first not in lex.given_names:
        return None
    return _gender_exceptions().get(first) or ("f" if first.endswith(("a", "e")) else "m")


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    return frozenset(read_list("not_given_names.txt"))


_TWO_CAPS = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{1,20})[ \u00a0]([A-ZÄÖÜ][a-zäöüß'’]{1,30}(?:-[A-ZÄÖÜ][a-zäöüß]{1,30})?)[ \u00a0]([a-zäöüß]{3,20})\b")


def _speaks_after(text: str, anchor: int, limit: int, lex: Lexicon) -> bool:
    """ "Jorrit Kuhlow fragte ...": two capitalised words at a sentence start and a speech verb name a person."""
    m = _TWO_CAPS.match(text, anchor, limit)
    if m is None or m.group(3) not in lex.speech_verbs or m.group(1) in _not_given():
        return False
    if m.group(1).endswith(("e", "en", "er", "es", "em")):
        return False  # an adjective or determiner ("Belastbare Zahlen gibt es ...", "Diesem Antrag schloss ..."); such names are in the list
    first, second = m.group(1), m.group(2)
    if any(role_noun(w, lex) is not None or w in lex.bodies or w in lex.groups or party_of(w, lex) for w in (first, second)):
        return False
    j = anchor - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"  # only at a sentence start


def _skip_space(text: str, i: int, limit: int) -> int:
    m = _SPACE.match(text, i, limit)
    return m.end() if m else i


def _word_at(text: str, i: int, limit: int) -> str | None:
    m = _WORD.match(text, i, limit)
    return m.group(0) if m else None


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and not w.isupper() or (len(w) == 2 and w.endswith(".") and w[0].isupper())


def _is_given(w: str, lex: Lexicon) -> bool:
    return w in lex.given_names or ("-" in w and all(p in lex.given_names for p in w.split("-")))


_TITLES_BY_FIRST: list[tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = []


def _titles_by_first(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The academic titles by first letter, each group in the lexicon's order (kept for the tuple last seen)."""
    titles = lex.academic_titles
    if not _TITLES_BY_FIRST or _TITLES_BY_FIRST[0][0] is not titles:
        groups: dict[str, tuple[str, ...]] = {}
        for t in titles:
            if t:
                groups[t[0]] = groups.get(t[0], ()) + (t,)
        _TITLES_BY_FIRST[:] = [(titles, groups)]
    return _TITLES_BY_FIRST[0][1]


def _title_at(text: str, i: int, limit: int, lex: Lexicon) -> str | None:
    if i >= limit:
        return None
    for t in _titles_by_first(lex).get(text[i], ()):  # only the titles that start with this letter can match
        j = i + len(t)
        if j <= limit and text.startswith(t, i) and (j == limit or not text[j].isalnum()):
            return t
    return None


def parse_mention(
    text: str,
    anchor: int,
    limit: int,
    *,
    initial: bool = False,
    is_propn: Predicate | None = None,
    lex: Lexicon | None = None,
    title_only: bool = False,
) -> Mention | None:
    """The person mention that starts at `anchor` (an honorific or a role noun), read up to `limit`.

    title_only: an academic title may stand for Herr/Frau ("Dr. Brandes begrüßt die Anwesenden").
    """
    lex = lex or lexicon()
    limit = min(limit, anchor + 300)
    m = Mention(start=anchor, end=anchor)
    i = anchor
    steps = 0
    honorifics = lex.honorifics
    title_firsts = _titles_by_first(lex)  # _title_at finds nothing at any other first letter
    while i < limit and steps < 8:
        steps += 1
        wm = _WORD.match(text, i, limit)  # _word_at and _skip_space inlined: this loop runs for every candidate
        if wm is None:
            if m.role_nouns and text.startswith("(", i) and (ab := _ROLE_ABBREVIATION.match(text, i, limit)) is not None and role_noun(ab.group(1), lex) is not None:
                i = ab.end()  # "Ortsvorsteher (OV) X eröffnet ...": the abbreviation the minutes go on to use
                continue
            break
        w = bare = wm.group(0)
        if w in honorifics and m.title is None and m.surname is None:
            g, case = honorifics[w]
            if case == "obl" and m.role_nouns:
                break  # "begrüßt der Vorsitzende Herrn X": the object, another person
            m.title, m.gender, m.oblique = ("Herr" if g == "m" else "Frau"), g, case == "obl"
        elif text[i] in title_firsts and (t := _title_at(text, i, limit, lex)) is not None:
            m.titles.append(t)
            w = t
        elif w in MODIFIERS and m.surname is None and _next_is_role(text, i + len(w), limit, lex):  # also "Stadtkämmerer Erster Stadtrat X"
            m.role_nouns.append(w)
        elif (role_noun(bare, lex) is not None or compound_role(bare, lex) is not None) and m.surname is None:
            m.role_nouns.append(bare)
        elif bare[-1] == "." and not m.titles and (role_noun(bare[:-1], lex) is not None or compound_role(bare[:-1], lex) is not None):
            m.role_nouns.append(bare[:-1])  # "…, sagt der Vorsitzende.": the role noun ends the sentence
            i += len(bare) - 1
            break
        else:
            break
        sm = _SPACE.match(text, i + len(w), limit)
        i = sm.end() if sm else i + len(w)
    if m.title is None and not m.role_nouns and not (title_only and m.titles):
        return None
    if m.title is not None and not m.titles and not m.role_nouns and _bare_word(text, i, limit, lex):
        return None  # "Her rn Muster" (letter-spaced OCR), "Herr mit ...": no name follows the honorific
    m.end = i
    _parse_name(text, i, limit, m, initial=initial, is_propn=is_propn, lex=lex)
    _parse_tail(text, limit, m, lex)
    return m


_ROLE_ABBREVIATION = re.compile(rf"\(({_ABBREVIATION.pattern})\)[ \t\u00a0]{{1,3}}")  # "(OV) ", "(BM) "


def _bare_word(text: str, i: int, limit: int, lex: Lexicon) -> bool:
    """Whether a lower-case word other than a name particle ("von", "van der") comes next."""
    w = _word_at(text, i, limit)
    return w is not None and w[:1].islower() and w not in lex.particles


def _next_is_role(text: str, i: int, limit: int, lex: Lexicon) -> bool:
    i = _skip_space(text, i, limit)
    w = _word_at(text, i, limit)
    return w is not None and role_noun(w, lex) is not None


def _caps_surname(w: str, m: Mention, lex: Lexicon) -> bool:
    """ "Bürgermeister ZINN", "GV LEHR": after a role noun a surname in capitals, not an acronym of a body or
    group (4+ letters: the short ones are mostly acronyms)."""
    return bool(m.role_nouns) and len(w) >= 4 and w.isalpha() and w not in lex.bodies and w not in lex.groups


@lru_cache(maxsize=1)
def capital_particles() -> frozenset[str]:
    """Particles written with a capital that open a surname after Herr/Frau (resources/de/capital_particles.txt)."""
    return frozenset(read_list("capital_particles.txt"))


_ARTICLE_BEFORE = re.compile(r"(?:^|\b)(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+$")


def _parse_name(
    text: str, i: int, limit: int, m: Mention, *, initial: bool, is_propn: Predicate | None, lex: Lexicon, upper_ok: bool = False
) -> None:  # noqa: C901
    """upper_ok: a surname in capitals is allowed ("Klaus HEIDER"), as after an honorific."""
    parts: list[tuple[int, str]] = []
    j = i
    # particles, then capitalised words
    while j < limit and len(parts) < 6:
        wm = _WORD.match(text, j, limit)  # _word_at and _skip_space inlined, as in parse_mention
        if wm is None:
            break
        w = wm.group(0)
        if w in _CAPITAL_ARTICLES:
            break  # "Beigeordnete Der Rat kürte …": a heading run into the sentence below, no name
        if w.endswith(".") and not (len(w) == 2 and w[0].isupper()):
            # an abbreviation or a sentence end: a name word keeps the text before the dot
            core = w[:-1]
            if core and _is_cap(core) and core not in lex.role_words and core not in lex.honorifics:
                parts.append((j, core))
            break
        if w in lex.particles:
            if not parts and w not in NAME_START_PARTICLES:
                break
            if not parts and w in ("von", "vom") and m.title is None and m.role_nouns and m.role_nouns[-1] in lex.bodies and _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start):
                break  # "Der Stadtrat von Kalbenau hat ... angenommen": the body of a town, no person
            if w not in NAME_START_PARTICLES and parts[-1][1] not in lex.particles:
                break  # "der"/"den" only after another particle ("van der X"): "von BD Werner der Einwand erhoben"
            if parts and parts[-1][1][:1].isupper() and not _is_given(parts[-1][1], lex) and w not in ROMANCE_PARTICLES:
                break  # "Müller von der Verwaltung": the name has ended (not "Abreu de Sousa", "García del Río")
            parts.append((j, w))
        elif (_is_cap(w) or ((m.title or upper_ok or _caps_surname(w, m, lex)) and w.isupper() and len(w) >= 3 and not party_of(w, lex))) and w not in lex.honorifics and role_noun(w, lex) is None:
            if parts and parts[-1][1] in lex.particles and _affiliation_role(w, lex) is not None:
                break  # "Frau Gebhard von der Friedhofsverwaltung": an office after "von der", not a surname's part
            parts.append((j, w))
            caps = [p for p in parts if p[1][:1].isupper()]
            if len(caps) >= 3 or len(caps) == 2 and not (len(parts) == 2 and all(_is_given(p[1], lex) for p in caps)):
                break  # two given names may come before the surname ("Karl Otto Brandt")
        else:
            break
        sm = _SPACE.match(text, j + len(w), limit)
        j = sm.end() if sm else j + len(w)
    while parts and parts[-1][1] in lex.particles:  # "Frau von" + noun: no name
        parts.pop()
    if not parts:
        return
    caps = [k for k, (_, w) in enumerate(parts) if w[:1].isupper()]
    if len(caps) == 3:  # two given names and the surname
        m.given = f"{parts[0][1]} {parts[1][1]}"
        parts = parts[2:]
    elif len(caps) == 2:
        first, second = parts[caps[0]][1], parts[caps[1]][1]
        second_start = parts[caps[1]][0]
        after = _skip_space(text, second_start + len(second), limit)
        nxt = text[after : after + 1]
        keep_both = (
            caps[0] == 0
            and (
                _is_given(first, lex)
                or (is_propn is not None and is_propn(second_start, second_start + len(second)))
                or (initial and (nxt in ("(", ",", ":", "") or nxt.islower()))
                or nxt in ("(", ":")
                or (nxt == ")" and m.title is not None)  # "(Frau Lea Brandt)": a name that fills the bracket
                or ((nxt.islower() or nxt in (".", ";", "")) and m.role_nouns and not m.title and _name_like(first) and _name_like(second))
            )
            and not first.endswith(".")
        ) or (caps[0] == 0 and _INITIAL.fullmatch(first) is not None)  # "Stadträtin K. Brandt": an initial
        # "Herr La Tona", "Frau De Luca": a capitalised particle opens the surname, both words stay the surname
        particle_surname = caps[0] == 0 and caps[1] == 1 and first in capital_particles() and m.title is not None and not _is_given(second, lex)
        if not keep_both and not particle_surname:
            parts = parts[: caps[1]]
        elif keep_both and not particle_surname:
            m.given = first
            parts = parts[caps[1] :] if caps[1] - caps[0] == 1 else parts[1:]  # (else "Anna van der Meulen")
    while parts and parts[-1][1] in lex.particles:
        parts.pop()
    if not parts:
        return
    last_start, last = parts[-1]
    if len(parts) == 1 and (cut := _glued_verb(last, text, last_start + len(last), limit, lex)):
        last = last[:cut]  # "Herr Musterverweist auf ...": a missing space glued the verb to the name
        parts = [(last_start, last)]
    m.surname = " ".join([w for _, w in parts]).replace("- ", "-").replace("‐ ", "‐")  # ("Wulf- Wichmann" is Wulf-Wichmann)
    m.end = last_start + len(last)


def _glued_verb(word: str, text: str, end: int, limit: int, lex: Lexicon) -> int:
    """Where a speech verb glued to a surname starts ("Musterverweist" -> 6), else 0: a verb of six letters or more
    (present tense, lower case) after a capitalised part of four letters or more, and no verb of its own next."""
    if len(word) < 10 or not word[1:].islower():
        return 0
    for cut in range(4, len(word) - 5):
        if word[cut:] in lex.speech_verbs:
            nxt = _word_at(text, _skip_space(text, end, limit), limit)
            return 0 if nxt in lex.speech_verbs else cut
    return 0


# endings of common nouns ("Dank", "Anerkennung", "Bereitschaft"): a word so ending is no given name or surname
_COMMON_NOUN_END = re.compile(r"(?:ung|heit|keit|schaft|nis|tion|tät|ment|tum|ismus|dank|lob|kritik)$")


def _name_like(word: str) -> bool:
    """A capitalised word that can be part of a name after a role noun ("Bürgermeister Tomas Muster sagte"): a given
    name the lexicon does not know, not a common noun."""
    return len(word) >= 3 and word[1:].islower() and _COMMON_NOUN_END.search(word.lower()) is None


def _parse_tail(text: str, limit: int, m: Mention, lex: Lexicon) -> None:
    """Party or affiliation after the name: "(SPD)", ", Amt für Umwelt,", "vom Ordnungsamt"."""
    i = _skip_space(text, m.end, limit)
    if i < limit and text[i] == "(":
        close = text.find(")", i, min(limit, i + 120))
        if close > 0:
            _read_affiliation(text[i + 1 : close], m, lex)
            m.end = close + 1
            i = _skip_space(text, m.end, limit)
    elif i < limit and text[i] == ",":
        nxt = text.find(",", i + 1, min(limit, i + 100))
        seg = text[i + 1 : nxt if nxt > 0 else min(limit, i + 100)].strip()
        words = [w for w in seg.split(" ") if w]
        while len(words) > 1 and words[0] in MODIFIERS:
            words = words[1:]  # ", stellvertretende Ausschussvorsitzende,"
        first = words[0] if words else ""
        if _CLAUSE_START.match(seg):
            pass  # "Herr X, dieser Verein steht nicht ...": a vocative and a clause, no apposition
        elif seg and (party_spelling(seg, lex) or role_noun(first, lex) or _affiliation_role(seg, lex)):
            _read_affiliation(seg, m, lex)
        elif seg and (party := _comma_party(seg, lex)) is not None:
            m.party = m.party or party
    else:
        w = _word_at(text, i, limit)
        if w in ("vom", "von", "aus", "für"):
            rest = text[i + len(w) : min(limit, i + len(w) + 80)].strip()
            rest = _LEADING_ARTICLE.sub("", rest)
            if rest and _affiliation_role(rest, lex):
                m.affiliation = m.affiliation or _AFFILIATION_END.split(rest)[0]
            elif w == "aus" and _PLACE_NAME.match(rest) and not party_of(rest.split(" ")[0], lex):
                m.affiliation = m.affiliation or "aus " + _SPACE_PUNCT_SPLIT.split(rest)[0]  # "Herr X aus Y": a resident
            elif w == "von" and rest and (party := _party_from(rest.split(" ")[0].rstrip(",.;:"), lex) or _group_named(rest, lex)) is not None:
                m.party = party  # "Herr X von der SPD", "von den Grünen", "von der ABL-Fraktion", "von der Gruppe AB/CD"
        elif w == "der" and (party := _faction_party(text[i + 3 : min(limit, i + 83)].strip(), lex)) is not None:
            m.party = m.party or party  # "der Antrag von BV X der Fraktion Die Linke", "Frau Y der SPD-Fraktion"
    if (place := _PLACE_LABEL.match(text, i, limit)) is not None and not m.oblique:
        m.affiliation = m.affiliation or "aus " + place.group(1).strip()  # "Herr K. / Nordviertel:" in question time
        i = place.end() - 1
    if i < limit and text[i] == ":" and not m.oblique:
        m.label = True


def _party_from(word: str, lex: Lexicon) -> str | None:
    """The party a word after "von der" names: any spelling of a party, or a list's acronym with "-Fraktion"
    ("ABL-Fraktion": an acronym alone may be a body or a firm, "von der BVV", "von der KVG")."""
    if (party := party_spelling(word, lex)) is not None:
        return party
    head, _, tail = word.partition("-")
    if tail.lower() == "fraktion" and head.isupper() and len(head) >= 2 and lex.role_noun(head) is None and looks_like_list(head, lex):
        return head
    return None


def _group_named(rest: str, lex: Lexicon) -> str | None:
    """The party or joint list a council group's word is followed by ("Fraktionsgemeinschaft AB/CD brachte ...")."""
    head = _GROUP_HEAD.match(rest)
    if head is None:
        return None
    word = rest[head.end() :].split(" ")[0].rstrip(",.;:")
    return _party_from(word, lex) or (listed_group(word, lex) if "/" in word else None)


_CLAUSE_START = re.compile(r"(?:dies(?:er|e|es|em|en)?|das|es|er|sie|wir|ich|ihr|man|da|so)\b")
_FACTION_OF = re.compile(r"(?:Fraktion|Gruppe)\s{1,3}(?:der\s{1,3}|des\s{1,3})?(.{2,40})")
_LIST_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}(?:/[A-ZÄÖÜ][\wäöü]{1,20}(?:\s[A-ZÄÖÜ][\wäöü]{1,20})?)?")


def _faction_party(rest: str, lex: Lexicon) -> str | None:
    """The party of a group named by its word for it at the start of rest ("Fraktion Die Linke hat ...", "SPD-Fraktion"):
    a party's spelling in the first words after "Fraktion"/"Gruppe", or a joint or local list written with slashes
    ("Fraktion B 90/Grüne/WIR"), kept as written."""
    first = rest.split(" ")[0].rstrip(",.;:)")
    if first.endswith("-Fraktion"):
        return _party_from(first, lex)
    fm = _FACTION_OF.match(rest)
    if fm is None:
        return None
    words = _PUNCT_END.split(fm.group(1), maxsplit=1)[0].split()
    for n in range(min(4, len(words)), 0, -1):
        if (party := party_spelling(" ".join(words[:n]), lex)) is not None:
            return party
    head = " ".join(words[: next((k for k, w in enumerate(words) if w[:1].islower()), len(words))])
    return listed_group(head, lex) if "/" in head else None


_PUNCT_END = re.compile(r"[,.;:()]")


def _comma_party(seg: str, lex: Lexicon) -> str | None:
    """The party in a comma apposition, as in brackets: ", Fraktion DIE LINKE," and a local list's acronym
    (", ABC,", ", ABC/Freie Wähler,"); brackets already read both, commas only known party names."""
    if (fm := _FACTION_OF.fullmatch(seg)) is not None and (party := party_spelling(fm.group(1), lex) or party_spelling(fm.group(1).split(" ")[0], lex)):
        return party
    if fm is not None and (party := _faction_party(seg, lex)) is not None:
        return party  # ", Fraktion B 90/Grüne/WIR beantragt": a joint list, the apposition's closing comma left out
    if (party := _group_named(seg, lex)) is not None:
        return party  # ", Gruppe AB/CD,": a joint list after the word for the group
    caps = sum(1 for c in seg.split("/")[0] if c.isupper())
    if _LIST_ACRONYM.fullmatch(seg) and caps >= 2 and lex.role_noun(seg) is None and looks_like_list(seg, lex):
        return seg
    if " " not in seg and _LIST_NOUN.search(seg) and lex.role_noun(seg) is None and looks_like_list(seg, lex):
        return seg  # ", Bürgerliste,", ", Wählergemeinschaft,": one word that names a list
    return compound_party(seg, lex)  # ", FW-Mitglied,"


# one word that can only name a list or group of members, also alone in commas ("Bürgerliste", "Frauenliste")
_LIST_NOUN = re.compile(r"(?i)liste$|wähler(?:gruppe|gemeinschaft|vereinigung|initiative)$|bündnis$|bürgerforum$|bürgerblock$")


@lru_cache(maxsize=1)
def party_nouns() -> dict[str, str]:
    """A party member's noun -> the party ("Sozialdemokrat" -> SPD; resources/de/party_nouns.tsv)."""
    return {r["form"]: r["party"] for r in read_tsv("party_nouns.tsv", ("form", "party"))}


@lru_cache(maxsize=1)
def party_adjectives() -> dict[str, str]:
    """A party's adjective stem -> the party ("sozialdemokratisch" -> SPD; resources/de/party_adjectives.tsv)."""
    return {r["stem"]: r["party"] for r in read_tsv("party_adjectives.tsv", ("stem", "party"))}


_PUBLISHER_PARTS = re.compile(r"\s[–—-]\s|:|\|")
_PUBLISHER_ACRONYM = re.compile(r"\(([A-ZÄÖÜ][\wÄÖÜäöüß/-]{1,10})\)$")


def publisher_party(text: str, lex: Lexicon) -> str | None:
    """The party or list a report's first line names as its publisher ("SPD Ortsverein X", "BÜNDNIS 90/DIE GRÜNEN –
    Ortsverband Y", "Bürger für Z (BfZ) – Aktuelles"): the party of "unsere Ratsfrau" and of the report's author."""
    first = text.lstrip().split("\n", 1)[0].strip()
    found = None
    if first and len(first) <= 80 and not first.endswith((".", "?", "!")):
        found = _publisher_in(first, lex)
    if found is None and (byline := BYLINE.search(text, 0, 600)) is not None and byline.group("role"):
        found = _publisher_in(byline.group("role"), lex)  # "Ein Bericht von X, Bürger für Z (BfZ)" below a headline
    if found is None:
        found = _masthead_publisher(text, lex)  # "Veröffentlicht am 20.11. | Fraktion GRÜNE im Gemeinderat X"
    if found is None and (we := _WE_AS.search(text, 0, 1000)) is not None:
        found = party_spelling(we.group("g"), lex)  # "Wir als SPD-Fraktion hatten beantragt, ...": the report's own group
    return found


def _masthead_publisher(text: str, lex: Lexicon) -> str | None:
    """The party a masthead line below the headline names in one of its "|" or " – " fields ("CDU-Fraktion im Stadtrat X |
    13.11.2026", "Aus der Ratssitzung vom 19. November | SPD-Ortsverein Y", "Wählergemeinschaft Z (WGZ) – Aus dem Rat")."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][1:4]
    for line in lines:
        if not ("|" in line or " – " in line) or len(line) > 120 or line.endswith((".", "?", "!")):
            continue
        for part in re.split(r"\||\s–\s", line):
            part = part.strip()
            if part and (found := _publisher_in(part, lex) or _publisher_in(part.split("-", 1)[0], lex)) is not None:
                return found
    return None


# the report's authors naming their group: "Wir als SPD-Fraktion", "Wir als Fraktion der Grünen"
_WE_AS = re.compile(r"\bWir\s{1,3}als\s{1,3}(?P<g>[\w/-]{2,40}-Fraktion|Fraktion\s{1,3}(?:der\s{1,3})?[A-ZÄÖÜ][\w/-]*)")


# a report's byline under its title, the author named by given name and surname, then maybe an office or the
# author's group: "Von Karin Muster, Fraktionsvorsitzende", "Ein Bericht von Torsten B., Bürger für Z (BfZ)"
BYLINE = re.compile(
    r"(?m)^[ \t]*(?:Von|(?:Ein\s(?:Bericht|Beitrag|Kommentar)|Veröffentlicht|Geschrieben|Verfasst)\b[^\n]{0,60}?\bvon)[ \t]+"
    r"(?P<given>[A-ZÄÖÜ][a-zäöüß]+)[ \t]+(?P<surname>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:,[ \t]*(?P<role>[^\n,]{2,60}?))?[ \t]*$"
)


def _publisher_in(first: str, lex: Lexicon) -> str | None:
    """The party or list a publisher line names: a party's spelling at its start, else an acronym in brackets at its end."""
    head = _PUBLISHER_PARTS.split(first, 1)[0].strip()
    words = head.split()
    found = next((p for n in range(len(words), 0, -1) if (p := party_spelling(" ".join(words[:n]), lex)) is not None), None)
    if found is None and (acronym := _PUBLISHER_ACRONYM.search(head)) is not None:
        found = acronym.group(1)
    return found


@per_word
def party_spelling(text: str, lex: Lexicon) -> str | None:
    """A party however it is spelled: "GRÜNE/B90", "Bündnis 90 – Die Grünen", "Fraktion DIE LINKE.",
    "Freie Wähler-Fraktion". A joint list of two different parties ("SPD/FDP") is no one party: None.

    Remembered per text: every bracket and apposition after a name asks for it, mostly the same few parties."""
    text = text.strip()
    for cand in dict.fromkeys((text, _FRAKTION_AFFIX.sub("", text))):
        if (party := party_of(cand, lex)) is not None:
            return party
        joined = _SEPARATOR.sub("/", cand)
        if (party := party_of(joined, lex)) is not None:
            return party
        if "/" in joined:
            parts = {party_of(x, lex) for x in joined.split("/")}
            if len(parts) == 1 and None not in parts:
                return parts.pop()  # "GRÜNE/B90": both halves name the same party
    return _local_chapter(text, lex)


_PLACE_WORD = re.compile(r"[ \u00a0]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$")


def _local_chapter(text: str, lex: Lexicon) -> str | None:
    """A party's local chapter: a party and a place of one or two words ("SPD Bad Au") -> the party. A list word
    after the party ("Linke Liste") makes it a list of its own, kept as written; so does a place after "Freie
    Wähler" ("Freie Wähler Oberau"): such groups are mostly local voter groups, not the party (parties.tsv)."""
    end = len(text)
    for _ in range(2):
        place = _PLACE_WORD.search(text, 0, end)
        if place is None or place.start() == 0 or _LIST_WORD.search(place.group(0)):
            return None
        end = place.start()
        if (party := party_of(text[:end], lex)) is not None:
            return None if party == _FREE_VOTERS else party
    return None


_FREE_VOTERS = "FW"  # the party Freie Wähler, as parties.tsv names it


_FRAKTION_AFFIX = re.compile(r"^(?i:fraktion)\s+(?:(?i:der|des|von)\s+)?|-?(?i:fraktion)$|-[\wäöüß]{2,20}(?i:fraktion)$")  # "SPD-Kreistagsfraktion"
_SEPARATOR = re.compile(r"\s*/\s*|\s+[-–]\s+")
_COMPOUND = re.compile(r"([A-ZÄÖÜ][\wÄÖÜäöüß/]{0,25})-([A-ZÄÖÜ][a-zäöüß]{2,30})")
_MEMBER_WORD = re.compile(
    r"(?i)^(?:mitglied|fraktion|fraktions\w+|\w*rat|\w*rätin|\w*räte|\w*rätinnen|\w*mitglieder|\w*verordneten?|\w*vertreter(?:in|innen)?|\w*abgeordneten?"
    r"|mann|frau|politiker(?:in)?|chef(?:in)?)$"  # "Linken-Rat", "FDP-Mann", "SPD-Politikerin", "CSU-Chef"
)


def compound_party(text: str, lex: Lexicon) -> str | None:
    """The party of a party–role compound inside an apposition ("stellv. Vorsitzender und FW-Mitglied",
    "die beiden CSU-Gemeinderäte"): a known party, a hyphen and a member's noun (singular or plural)."""
    for m in _COMPOUND.finditer(text):
        party = party_spelling(m.group(1), lex)
        if party is not None and (_MEMBER_WORD.match(m.group(2)) or role_noun(m.group(2), lex) is not None):
            return party
        if party is None and _LIST_CAPS.fullmatch(m.group(1)) and _GROUP_MEMBER_WORD.match(m.group(2)) and looks_like_list(m.group(1), lex):
            return m.group(1)  # "WGH-Fraktionschefin", "UWG-Stadtrat": a local list's acronym, kept as written
    return None


# a local list's acronym before a hyphen, and the nouns that make it a council group's (not a club's "Mitglied")
_LIST_CAPS = re.compile(r"[A-ZÄÖÜ]{2,6}")
_GROUP_MEMBER_WORD = re.compile(r"(?i)^(?:fraktion|fraktions\w+|\w*rat|\w*rätin|\w*räte|\w*verordneten?|gemeindevertreter(?:in)?|ratsherr|ratsfrau|kreistagsabgeordnete[rn]?)$")


_PLACE_LABEL = re.compile(r"[ \t]{0,3}/[ \t]{0,3}([A-ZÄÖÜ][\wäöüß.-]{1,30}(?:[ -][A-ZÄÖÜ][\wäöüß.-]{1,30}){0,2})[ \t]{0,3}:")


# "(beide SPD)", "(alle drei CDU)": after two or more names, the bracket holds the party of each
_JOINT = re.compile(r"^\s*(?:beide|alle(?:\s+(?:drei|vier|fünf))?)\s+")


_VOTER_GROUP = re.compile(r"(?i)^(?:bürger|wähler|unabhängige)\w*\s+(?:für|in|aus)\s+[A-ZÄÖÜ]")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _NAME_WORDS.findall(name)).upper()


def _read_affiliation(content: str, m: Mention, lex: Lexicon) -> None:
    bracket_is_list = True
    pieces = [p.strip() for p in _PIECE_SPLIT.split(_JOINT.sub("", content)) if p.strip()]
    if len(pieces) == 2 and _ABBREVIATION.fullmatch(pieces[1]) and _initials(pieces[0]) == pieces[1].upper():
        pieces = [pieces[1]]  # "(Bürger für Neustadt, BFN)", "(Mut für Neudorf, MfN)": the list by its abbreviation
    for piece in pieces:
        if _VOTER_GROUP.match(piece) or (len(pieces) == 1 and piece.isupper() and looks_like_list(piece, lex) and not party_spelling(piece, lex)):
            if m.party is None and bracket_is_list:
                m.party = piece  # "Bürger für X", a voter group, not a resident
                bracket_is_list = False
                continue
        party = party_spelling(piece, lex)
        words = piece.split(" ")
        while len(words) > 1 and words[0] in MODIFIERS:
            words = words[1:]
        first = words[0]
        chaired = _chaired(words, lex)
        if party and m.party is None:
            m.party = party
        elif (role_noun(first, lex) or compound_role(first, lex)) is not None and first not in m.role_nouns and chaired != "other":  # not "1. Vorsitzender TuS X"
            m.role_nouns.append(f"Fraktions{first.lower()}" if chaired == "faction" else first)  # "Vorsitzende der SPD-Fraktion"
            m.affiliation = m.affiliation or piece
            rest = _LEADING_OF.sub("", " ".join(words[1:]))
            if m.party is None and rest and (p := party_spelling(rest, lex) or _group_named(rest, lex)):
                m.party = p  # ", Fraktionssprecher Freie Wähler,", ", Vorsitzende der Gruppe AB/CD,"
        elif m.party is None and bracket_is_list and looks_like_list(piece, lex):
            m.party = _FRAKTION_AFFIX.sub("", piece) or piece  # a local list or council group, kept as written ("Bürgerliste", "SÖS-LINKE-PluS")
        elif m.affiliation is None and not piece.lower().startswith(("i. v.", "i.v.", "ab ", "bis ")):
            m.affiliation = piece
        bracket_is_list = False
    if m.party is None:
        m.party = compound_party(content, lex)  # "(stellv. Vorsitzender, FW-Mitglied)"


def bracket_mention(content: str, lex: Lexicon) -> Mention:
    """What a bracket or apposition after a name says of the person (role nouns, party, affiliation), read as
    _parse_tail reads it: for a name the mention parser did not reach (a table, a predicate)."""
    m = Mention(0, 0)
    _read_affiliation(content, m, lex)
    return m


_OF = re.compile(r"^(?:des|der|vom|von\s+der|von\s+den|von)\s+")


def _chaired(words: list[str], lex: Lexicon) -> str | None:
    """What the chair noun opening an apposition chairs: "faction" ("Vorsitzender der SPD-Fraktion": a member),
    "other" ("Vorsitzende des Sportvereins", "1. Vorsitzender TuS X": a guest), None (a body of the council, or
    nothing said: the chair)."""
    if len(words) < 2 or (noun := role_noun(words[0], lex)) is None or noun.role != "chair":
        return None
    rest = _OF.sub("", " ".join(words[1:]))
    if rest == " ".join(words[1:]) and not rest[:1].isupper():
        return None  # "Vorsitzender und FW-Mitglied": no genitive, no organisation
    if _FRAKTION.search(rest) or party_spelling(rest, lex) or compound_party(rest, lex) or _group_named(rest, lex):
        return "faction"  # also "Vorsitzende der Gruppe AB/CD"
    if any(_names_body(w, lex) for w in rest.split()):
        if advisory_council(rest, lex):
            return "other"  # "Vorsitzende des Elternbeirats": an advisory council's, not the meeting's ("des Ortsbeirats")
        return None  # "Vorsitzende des Bauausschusses"
    return "other"


def advisory_council(text: str, lex: Lexicon) -> bool:
    """Whether text names an advisory council ("Elternbeirat", "Seniorenbeirates", "Elternrat"), not one of the bodies
    that hold the meetings ("Ortsbeirat", "Beirat" alone): its chair is an advisory member."""
    words = text.split()
    if not words or role_noun(words[0], lex) is not None:
        return False  # "Vorsitzende des Elternbeirats" as a whole: the office, read where it is written
    return _affiliation_role(text, lex) == "advisory_member" and not any(_is_body_word(w, lex) for w in words)


def _is_body_word(word: str, lex: Lexicon) -> bool:
    """Whether a word (also in the genitive) is one of the bodies' own names ("Ortsbeirats", "Rates"), not a compound."""
    low = word.lower().strip(",.;")
    stems = {low, low.removesuffix("es"), low.removesuffix("s"), low.removesuffix("n")}
    return any(st == body.lower() for body in lex.bodies for st in stems)


def _names_body(word: str, lex: Lexicon) -> bool:
    """Whether a word (also in the genitive) is a council body or a compound of one ("Bauausschusses")."""
    low = word.lower().strip(",.;")
    stems = {low, low.removesuffix("es"), low.removesuffix("s"), low.removesuffix("n")}
    return any(st.endswith(body.lower()) for body in lex.bodies for st in stems)


def listed_group(piece: str | None, lex: Lexicon) -> str | None:
    """The party or list a group written after a name stands for, where a reader left it unread (a roster's
    bracket): a party in any spelling, else a local list kept as written ("BürgerBündnis", "WÄHLBAR",
    "Wählergruppe Au"); never an office, a place or a word like "anwesend"."""
    if not piece:
        return None
    piece = piece.strip(" ,;")
    if (party := party_spelling(piece, lex)) is not None:
        return party
    if _BARE_LIST_WORD.fullmatch(piece):
        return None  # "ihre Partei", "die Fraktion": the word for a group, not its name
    if (head := _GROUP_HEAD.match(piece)) is not None and looks_like_list(piece[head.end() :], lex):
        piece = piece[head.end() :]  # "Gruppe GRÜNE/UWG": the group is named by its list, not by the word Gruppe
    if looks_like_list(piece, lex) and (piece.isupper() or "/" in piece or _LIST_WORD.search(piece) or _VOTER_GROUP.match(piece)):
        return piece
    return None


# the word for a council group before its list's name ("Gruppe AB/CD", "Fraktion XY"); a compound stays ("Wählergruppe Au")
_GROUP_HEAD = re.compile(r"(?:Gruppe|Fraktion|Ratsgruppe|Kreistagsgruppe|Fraktionsgemeinschaft|Zählgemeinschaft)\s+(?:der\s+|des\s+)?(?=\S)")
_BARE_LIST_WORD = re.compile(r"(?i)partei|liste|gruppe|fraktion|ratsfraktion|wählergruppe|wählergemeinschaft|bündnis|initiative|forum|union|allianz")
_LIST_WORD = re.compile(r"(?i)liste|wähler|bürger(?:forum|block|bündnis|union|gemeinschaft)|bündnis|gruppe|union|partei|forum|initiative|allianz|\bWG\b|\bUB\b")
_NOT_LIST = re.compile(r"(?i)amt\b|ämter|behörde|verwaltung|beirat\b|gmbh|\bag\b|e\.\s?v\.|verein(?!igung)|büro|schule|kita|straße|str\.|weg\b|platz|\d{3,}|^\d+$|anwohner|einwohner|^ab\b|^bis\b|^i\.\s?v\.")


@per_word
def looks_like_list(piece: str, lex: Lexicon) -> bool:
    """A bracketed group after a member's name that is a list or council group, not an office or place."""
    if len(piece) > 40 or len(piece.split()) > 4 or not piece[:1].isalnum() or _NOT_LIST.search(piece):
        return False
    if _affiliation_role(piece, lex) is not None and not _LIST_NOUN.search(piece.split()[-1]):
        return False  # an office ("Stadtkasse"), but "Stadtliste" names a list
    first = piece.split()[0]
    if first in lex.honorifics or role_noun(first, lex) is not None:
        return False  # "Abg. Wilkens": the next person of a list, not a group
    caps = sum(1 for c in piece if c.isupper())
    return caps >= 2 or bool(_LIST_WORD.search(piece))


_ADDRESS = re.compile(r"(?i)^(?:am|an\s+der|im|in\s+der|auf\s+dem)\s+\w|\w(?:straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad)\b(?:\s{1,2}\d{1,4}\w?)?$")
_OFFICE = re.compile(
    r"(?i)\b[\wäöüß-]*(?:amt|amtes|amts|verwaltung|verwaltungsstelle|dezernat|dezernats|fachbereich|fachbereichs|fachdienst|fachdienstes|referat|referats|behörde)\b|\bStA\s?\d"
)


_ABBREVIATED = re.compile(r"^.+[A-ZÄÖÜ]")  # a capital after the first letter: "StA", "GmbH", "e.V."


@lru_cache(maxsize=1)
def _affiliation_pattern() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """Keywords at a word's start, and (4 letters or more) at its end, declined or not: the head of a compound.
    An abbreviation ("StA", "FB", "TuS") only as a word of its own: "Stand", "Stadion" are no office."""
    lex = lexicon()
    keys = dict(lex.affiliations)  # already longest first
    abbreviations = {r["prefix"].lower() for r in read_tsv("affiliations.tsv", ("prefix", "role")) if _ABBREVIATED.search(r["prefix"])}
    alt = "|".join(re.escape(k) + (r"(?![a-zäöüß])" if k in abbreviations else "") for k in keys)
    heads = "|".join(re.escape(k) for k in keys if len(k) >= 4)
    return re.compile(rf"(?<![\wäöüß])(?:{alt})"), keys, re.compile(rf"(?:{heads})(?:e?s|en|n)?(?![\wäöüß])")


@per_word
def _affiliation_role(text: str, lex: Lexicon) -> str | None:
    pattern, keys, head = _affiliation_pattern()
    low = text.lower()
    for word in _LOW_WORDS.findall(low)[:8]:  # the first word that names an organisation decides
        if word in keys:
            return keys[word]  # a keyword as a word of its own: "AWO Kreisverband" is the AWO
        # else the head of a compound: "Jugendamtselternbeirat" is a Beirat, "Stadtsportverband" a Verband
        if (h := head.search(word)) is not None:
            found = [k for k in (h.group(0), *(h.group(0).removesuffix(e) for e in ("es", "s", "en", "n"))) if k in keys]
            if found:
                return keys[max(found, key=len)]
        if _OFFICE.search(word):
            return "administration"  # "Straßenverkehrsamt", "Bauaufsichtsbehörde"
    hits = [m.group(0) for m in pattern.finditer(low)]
    if hits:
        return keys[max(hits, key=len)]
    if _chaired(text.split(), lex) == "other":
        return "guest"  # "Vorsitzender des Heimatvereins": chairs another organisation
    if _OFFICE.search(text):
        return "administration"
    if _ADDRESS.search(text) or text.startswith("aus "):
        return "public"  # "Herr Wieland, Lindenstraße 4, fragt": residents give their address
    return None


def affiliation_role(text: str | None) -> str | None:
    """The role an affiliation implies ("Amt für Umwelt" -> administration), if any."""
    return _affiliation_role(text, lexicon()) if text else None


def find_article(text: str, start: int, floor: int) -> int:
    """Extend a role-noun mention back over modifiers and an article ("Der stellv. Vorsitzende")."""
    j = start
    for _ in range(3):
        k = j - 1
        while k > floor and text[k] in " \t\u00a0":
            k -= 1
        if k < floor:
            break
        m = _LAST_WORD.search(text[max(floor, k - 30) : k + 1])
        if not m:
            break
        w = m.group(0)
        if w in ARTICLES or w in MODIFIERS:
            j = k + 1 - len(w)
            if w in ARTICLES:
                return j
        elif (art := _article_before_adjective(text, k + 1 - len(w), floor, w)) is not None:
            return art  # "der neue Zweite Bürgermeister", "die bisherige Ortsvorsteherin": an adjective after the article
        else:
            break
    return j


# an adjective after a nominative article: "-e" after der/die/das ("der neue"), "-er"/"-e" after ein/eine ("ein neuer")
_ADJECTIVE = re.compile(r"[a-zäöüß]{3,20}(?:e|er)")
_ARTICLE_BEFORE = re.compile(r"(?<![\wäöüß])(Der|Die|Das|Ein|Eine|der|die|das|ein|eine)[ \t\u00a0]{1,3}$")
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,20}er")
_NOT_ADJECTIVES = frozenset(["oder", "aber", "über", "wieder", "immer", "hier", "sicher", "später", "früher", "daher", "bisher", "jeder", "keiner", "einer", "unser", "euer", "gerne", "heute", "gerade", "bitte", "danke", "ohne", "alle", "diese", "jene", "beide", "seine", "ihre", "keine", "eine", "habe", "sehr", "weiter", "vorher", "nachher", "außer", "unter", "hinter"])


def _article_before_adjective(text: str, at: int, floor: int, word: str) -> int | None:
    """Where the article before an adjective at `at` starts, if one is there and the word can be an adjective."""
    place = _PLACE_ADJECTIVE.fullmatch(word) is not None and role_noun(word, lexicon()) is None
    if not place and (word in _NOT_ADJECTIVES or not _ADJECTIVE.fullmatch(word) or word in lexicon().speech_verbs):
        return None  # (not "Das bejahte Landrätin X": a verb of saying in the past tense, its subject after it)
    am = _ARTICLE_BEFORE.search(text, max(floor, at - 8), at)
    if am is None:
        return None
    if place:
        # "ein Musterdorfer Vater": someone introduced by a place's adjective (never declined), who then speaks only
        # with a verb of saying; not "der Musterdorfer Bürgermeister", often another town's office named in passing
        return am.start(1) if am.group(1).lower() in ("ein", "eine") else None
    art = am.group(1).lower()
    if word.endswith("er") and art not in ("ein",):
        return None  # "der neuer": no nominative; "ein neuer Bürgermeister"
    return am.start(1)
