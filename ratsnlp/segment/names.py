"""Parse a person mention at a position: honorific, titles, role nouns, name, party, affiliation.

Pure functions over the text, driven by the lexicons; used for speaker mentions in the minutes
and for entries of the attendance list. Every loop is bounded, so hostile input stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from ..resources import Lexicon, alternation, lexicon, read_list

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:[-‐][\w'’]+)*\.?|\d{1,3}\.")
_SPACE = re.compile(r"[ \u00a0\u202f]{1,2}(?![ \t])|\n(?=[^\n])")  # table columns (tabs, 3+ spaces) end a mention
MODIFIERS = frozenset(
    ["Erster", "Erste", "Ersten", "Zweiter", "Zweite", "Dritter", "Dritte", "stellvertretender", "stellvertretende", "stellv.", "Stellv.", "Stellvertretender", "Stellvertretende", "stv.", "ehrenamtlicher", "ehrenamtliche", "hauptamtlicher", "hauptamtliche", "Technischer", "Technische", "Leitender", "Leitende", "Ltd.", "1.", "2.", "3.", "weiterer", "weitere", "anderer", "andere", "älterer", "ältere", "junger", "junge", "betroffener", "betroffene", "erste", "erster", "zweite", "zweiter", "dritte", "dritter", "vierte", "vierter", "nächste", "nächster", "letzte", "letzter"]
)
ARTICLES = frozenset(["Der", "Die", "Das", "Ein", "Eine", "der", "die", "das", "ein", "eine"])
NAME_START_PARTICLES = frozenset(["van", "von", "vom", "de", "ten", "ter", "te", "zu", "zur", "zum", "op", "al", "el", "da", "di", "du", "la", "le", "dos", "del", "della", "bin", "ben"])
PASSIVE = frozenset(["wird", "werden", "wurde", "wurden", "ist", "sind"])

Predicate = Callable[[int, int], bool]


@dataclass
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


@lru_cache(maxsize=1)
def anchor_pattern() -> re.Pattern[str]:
    """One regex that finds every place a mention can start: honorifics and role nouns."""
    lex = lexicon()
    words = sorted(set(lex.honorifics) | set(lex.role_words), key=len, reverse=True)
    suffixes = sorted({n.form for n in lex.role_suffixes}, key=len, reverse=True)
    alt_words = alternation(words)
    alt_suf = alternation(suffixes)
    alt_cap = alternation([s[:1].upper() + s[1:] for s in suffixes])
    # "Ausschuss-vorsitzender", "BA-Vorsitzende", "CSU-Fraktionsvorsitzender": hyphenated compounds too
    # "Linken-Stadträtin", "CDU-Kreisrat": a party before a role noun
    return re.compile(
        rf"(?<![\w-])(?:(?:[A-ZÄÖÜ][\wäöüß]{{0,12}}-)?(?:{alt_words})|[A-ZÄÖÜ][A-Za-zäöüß-]{{0,30}}(?:{alt_suf})|"
        rf"(?:[A-ZÄÖÜ][\wäöüß]{{0,12}}-)?(?:{alt_cap}))(?![\w-])"
    )


def compound_role(word: str, lex: Lexicon):  # noqa: ANN201
    """The role noun of "Linken-Stadträtin", "SPD-Bezirksverordneter": a party, a hyphen and a role noun."""
    head, _, tail = word.rpartition("-")
    if head and lex.party(head) is not None:
        return lex.role_noun(tail)
    return None


@lru_cache(maxsize=1)
def given_name_pattern() -> re.Pattern[str]:
    """Given names followed by a capitalised word: "Jonas Weidlich (Grüne) war dagegen"."""
    lex = lexicon()
    # "(?<![\w.-])" checked after the first letter ("X(?<![\w.-].)" is the same test): every branch then starts
    # with a literal, so the regex engine jumps from one possible first letter to the next
    alt = alternation(sorted(lex.given_names), after_first=r"(?<![\w.-].)")
    # "Hans-Peter X": a hyphenated given name is anchored at its first part
    return re.compile(rf"(?:{alt})(?:-[A-ZÄÖÜ][a-zäöü]{{2,12}})?(?=[ \u00a0](?:[a-z]{{1,4}}[ \u00a0]){{0,2}}[A-ZÄÖÜ])")


@lru_cache(maxsize=1)
def party_name_pattern() -> re.Pattern[str]:
    """Two capitalised words and a bracket: "Ottwin Berghaus (CDU) mahnte", whatever the given name."""
    # the lookbehind after the first letter, as in given_name_pattern: the engine skips to capital letters
    return re.compile(r"[A-ZÄÖÜ](?<![\w.-].)[a-zäöüß]{1,20}(?=[ \u00a0]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,30}[ \u00a0]{0,2}\([^()\n]{1,40}\))")


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
        bracket = re.match(r"[ \u00a0]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,30}[ \u00a0]{0,2}\(([^()\n]{1,40})\)", text[anchor + len(given) : limit])
        if bracket is None or not (lex.party(bracket.group(1)) or looks_like_list(bracket.group(1), lex)):
            return None
        if given in lex.role_words or lex.role_noun(given) is not None or given in lex.honorifics:
            return None
    i = _skip_space(text, anchor + len(given), limit)
    nxt = _word_at(text, i, limit)
    if nxt is not None and _is_given(nxt, lex) and nxt not in lex.particles:
        after = _skip_space(text, i + len(nxt), limit)
        if _word_at(text, after, limit) and _is_cap(_word_at(text, after, limit) or ""):
            given, i = f"{given} {nxt}", after  # "Karl Heinz Schmidt"
    m.end = i
    _parse_name(text, i, limit, m, initial=True, is_propn=None, lex=lex, upper_ok=True)
    if m.surname is None or m.surname in lex.honorifics or lex.role_noun(m.surname) is not None or lex.party(m.surname):
        return None
    if m.given is None:
        m.given = given
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
    first = re.split(r"[ -]", given)[0]
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
    if any(lex.role_noun(w) is not None or w in lex.bodies or w in lex.groups or lex.party(w) for w in (first, second)):
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


def _title_at(text: str, i: int, limit: int, lex: Lexicon) -> str | None:
    for t in lex.academic_titles:
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
    while i < limit and steps < 8:
        steps += 1
        w = _word_at(text, i, limit)
        if w is None:
            break
        bare = w
        if w in lex.honorifics and m.title is None and not m.named:
            g, case = lex.honorifics[w]
            if case == "obl" and m.role_nouns:
                break  # "begrüßt der Vorsitzende Herrn X": the object, another person
            m.title, m.gender, m.oblique = ("Herr" if g == "m" else "Frau"), g, case == "obl"
        elif (t := _title_at(text, i, limit, lex)) is not None:
            m.titles.append(t)
            w = t
        elif w in MODIFIERS and m.role_nouns == [] and _next_is_role(text, i + len(w), limit, lex):
            m.role_nouns.append(w)
        elif (lex.role_noun(bare) is not None or compound_role(bare, lex) is not None) and not m.named:
            m.role_nouns.append(bare)
        else:
            break
        i = _skip_space(text, i + len(w), limit)
    if m.title is None and not m.role_nouns and not (title_only and m.titles):
        return None
    m.end = i
    _parse_name(text, i, limit, m, initial=initial, is_propn=is_propn, lex=lex)
    _parse_tail(text, limit, m, lex)
    return m


def _next_is_role(text: str, i: int, limit: int, lex: Lexicon) -> bool:
    i = _skip_space(text, i, limit)
    w = _word_at(text, i, limit)
    return w is not None and lex.role_noun(w) is not None


def _parse_name(
    text: str, i: int, limit: int, m: Mention, *, initial: bool, is_propn: Predicate | None, lex: Lexicon, upper_ok: bool = False
) -> None:  # noqa: C901
    """upper_ok: a surname in capitals is allowed ("Klaus HEIDER"), as after an honorific."""
    parts: list[tuple[int, str]] = []
    j = i
    # particles, then capitalised words
    while j < limit and len(parts) < 6:
        w = _word_at(text, j, limit)
        if w is None:
            break
        if w.endswith(".") and not (len(w) == 2 and w[0].isupper()):
            # an abbreviation or a sentence end: a name word keeps the text before the dot
            core = w[:-1]
            if core and _is_cap(core) and core not in lex.role_words and core not in lex.honorifics:
                parts.append((j, core))
            break
        if w in lex.particles:
            if not parts and w not in NAME_START_PARTICLES:
                break
            if parts and parts[-1][1][:1].isupper() and not _is_given(parts[-1][1], lex):
                break  # "Müller von der Verwaltung": the name has ended
            parts.append((j, w))
        elif (_is_cap(w) or ((m.title or upper_ok) and w.isupper() and len(w) >= 3 and not lex.party(w))) and w not in lex.honorifics and lex.role_noun(w) is None:
            parts.append((j, w))
            caps = [p for p in parts if p[1][:1].isupper()]
            if len(caps) >= 3 or len(caps) == 2 and not (len(parts) == 2 and all(_is_given(p[1], lex) for p in caps)):
                break  # two given names may come before the surname ("Karl Otto Brandt")
        else:
            break
        j = _skip_space(text, j + len(w), limit)
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
            )
            and not first.endswith(".")
        ) or (caps[0] == 0 and re.fullmatch(r"[A-ZÄÖÜ]\.", first) is not None)  # "Stadträtin K. Brandt": an initial
        if not keep_both:
            parts = parts[: caps[1]]
        elif caps[1] - caps[0] == 1:
            m.given = first
            parts = parts[caps[1] :]
        else:  # "Anna van der Meulen"
            m.given = first
            parts = parts[1:]
    while parts and parts[-1][1] in lex.particles:
        parts.pop()
    if not parts:
        return
    last_start, last = parts[-1]
    m.surname = " ".join(w for _, w in parts)
    m.end = last_start + len(last)


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
        elif seg and (lex.party(seg) or lex.role_noun(first) or _affiliation_role(seg, lex)):
            _read_affiliation(seg, m, lex)
        elif seg and (party := _comma_party(seg, lex)) is not None:
            m.party = m.party or party
    else:
        w = _word_at(text, i, limit)
        if w in ("vom", "von", "aus", "für"):
            rest = text[i + len(w) : min(limit, i + len(w) + 80)].strip()
            rest = re.sub(r"^(?:der|dem|den|des|die)\s+", "", rest)
            if rest and _affiliation_role(rest, lex):
                m.affiliation = m.affiliation or re.split(r"[,.;:]", rest)[0]
            elif w == "aus" and re.match(r"[A-ZÄÖÜ][\wäöüß-]+(?:\s|[,.;:]|$)", rest) and not lex.party(rest.split(" ")[0]):
                m.affiliation = m.affiliation or "aus " + re.split(r"[\s,.;:]", rest)[0]  # "Herr X aus Y": a resident
            elif w == "von" and rest and lex.party(rest.split(" ")[0].removesuffix("-Fraktion")):
                m.party = lex.party(rest.split(" ")[0].removesuffix("-Fraktion"))
    if (place := _PLACE_LABEL.match(text, i, limit)) is not None and not m.oblique:
        m.affiliation = m.affiliation or "aus " + place.group(1).strip()  # "Herr K. / Nordviertel:" in question time
        i = place.end() - 1
    if i < limit and text[i] == ":" and not m.oblique:
        m.label = True


_CLAUSE_START = re.compile(r"(?:dies(?:er|e|es|em|en)?|das|es|er|sie|wir|ich|ihr|man|da|so)\b")
_FACTION_OF = re.compile(r"(?:Fraktion|Gruppe)\s{1,3}(?:der\s{1,3}|des\s{1,3})?(.{2,40})")
_LIST_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}(?:/[A-ZÄÖÜ][\wäöü]{1,20}(?:\s[A-ZÄÖÜ][\wäöü]{1,20})?)?")


def _comma_party(seg: str, lex: Lexicon) -> str | None:
    """The party in a comma apposition, as in brackets: ", Fraktion DIE LINKE," and a local list's acronym
    (", ABC,", ", ABC/Freie Wähler,"); brackets already read both, commas only known party names."""
    if (fm := _FACTION_OF.fullmatch(seg)) is not None and (party := lex.party(fm.group(1)) or lex.party(fm.group(1).split(" ")[0])):
        return party
    caps = sum(1 for c in seg.split("/")[0] if c.isupper())
    if _LIST_ACRONYM.fullmatch(seg) and caps >= 2 and lex.role_noun(seg) is None and looks_like_list(seg, lex):
        return seg
    return None


_PLACE_LABEL = re.compile(r"[ \t]{0,3}/[ \t]{0,3}([A-ZÄÖÜ][\wäöüß.-]{1,30}(?:[ -][A-ZÄÖÜ][\wäöüß.-]{1,30}){0,2})[ \t]{0,3}:")


# "(beide SPD)", "(alle drei CDU)": after two or more names, the bracket holds the party of each
_JOINT = re.compile(r"^\s*(?:beide|alle(?:\s+(?:drei|vier|fünf))?)\s+")


_VOTER_GROUP = re.compile(r"(?i)^(?:bürger|wähler|unabhängige)\w*\s+(?:für|in|aus)\s+[A-ZÄÖÜ]")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\wÄÖÜäöüß]+", name)).upper()


def _read_affiliation(content: str, m: Mention, lex: Lexicon) -> None:
    bracket_is_list = True
    pieces = [p.strip() for p in re.split(r"[,;]", _JOINT.sub("", content)) if p.strip()]
    if len(pieces) == 2 and re.fullmatch(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,5}", pieces[1]) and _initials(pieces[0]) == pieces[1].upper():
        pieces = [pieces[1]]  # "(Bürger für Neustadt, BFN)", "(Mut für Neudorf, MfN)": the list by its abbreviation
    for piece in pieces:
        if _VOTER_GROUP.match(piece) or (len(pieces) == 1 and piece.isupper() and looks_like_list(piece, lex) and not lex.party(piece)):
            if m.party is None and bracket_is_list:
                m.party = piece  # "Bürger für X", a voter group, not a resident
                bracket_is_list = False
                continue
        party = lex.party(piece) or lex.party(piece.removesuffix("-Fraktion").removeprefix("Fraktion "))
        words = piece.split(" ")
        while len(words) > 1 and words[0] in MODIFIERS:
            words = words[1:]
        first = words[0]
        chairs_other = len(words) > 1 and (noun := lex.role_noun(first)) is not None and noun.role == "chair" and words[1][:1].isupper()
        if party and m.party is None:
            m.party = party
        elif lex.role_noun(first) is not None and first not in m.role_nouns and not chairs_other:  # not "1. Vorsitzender TuS X"
            m.role_nouns.append(first)
            m.affiliation = m.affiliation or piece
            rest = re.sub(r"^(?:der|des|von|für)\s+", "", " ".join(words[1:]))
            if m.party is None and rest and (p := lex.party(rest) or lex.party(rest.removesuffix("-Fraktion"))):
                m.party = p  # ", Fraktionssprecher Freie Wähler,"
        elif m.party is None and bracket_is_list and looks_like_list(piece, lex):
            m.party = piece  # a local list or council group, kept as written ("Bürgerliste", "SÖS-LINKE-PluS")
        elif m.affiliation is None and not piece.lower().startswith(("i. v.", "i.v.", "ab ", "bis ")):
            m.affiliation = piece
        bracket_is_list = False


_LIST_WORD = re.compile(r"(?i)liste|wähler|bürger(?:forum|block|bündnis|union|gemeinschaft)|bündnis|gruppe|union|partei|forum|initiative|allianz|\bWG\b|\bUB\b")
_NOT_LIST = re.compile(r"(?i)amt\b|ämter|behörde|verwaltung|beirat\b|gmbh|\bag\b|e\.\s?v\.|verein|büro|schule|kita|straße|str\.|weg\b|platz|\d{3,}|^\d+$|anwohner|einwohner|^ab\b|^bis\b|^i\.\s?v\.")


def looks_like_list(piece: str, lex: Lexicon) -> bool:
    """A bracketed group after a member's name that is a list or council group, not an office or place."""
    if len(piece) > 40 or len(piece.split()) > 4 or not piece[:1].isalnum() or _NOT_LIST.search(piece):
        return False
    if _affiliation_role(piece, lex) is not None:
        return False
    first = piece.split()[0]
    if first in lex.honorifics or lex.role_noun(first) is not None:
        return False  # "Abg. Wilkens": the next person of a list, not a group
    caps = sum(1 for c in piece if c.isupper())
    return caps >= 2 or bool(_LIST_WORD.search(piece))


_ADDRESS = re.compile(r"(?i)^(?:am|an\s+der|im|in\s+der|auf\s+dem)\s+\w|\w(?:straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad)\b(?:\s{1,2}\d{1,4}\w?)?$")
_OFFICE = re.compile(r"(?i)\b[\wäöüß-]*(?:amt|amtes|verwaltung|verwaltungsstelle|dezernat|fachbereich|fachdienst|referat)\b|\bStA\s?\d")


@lru_cache(maxsize=1)
def _affiliation_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    lex = lexicon()
    keys = dict(lex.affiliations)  # already longest first
    alt = "|".join(re.escape(k) for k in keys)
    return re.compile(rf"(?<![\wäöüß])(?:{alt})"), keys


def _affiliation_role(text: str, lex: Lexicon) -> str | None:
    pattern, keys = _affiliation_pattern()
    hits = [m.group(0) for m in pattern.finditer(text.lower())]
    if hits:
        return keys[max(hits, key=len)]
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
        m = re.search(r"[\w.]+$", text[max(floor, k - 30) : k + 1])
        if not m:
            break
        w = m.group(0)
        if w in ARTICLES or w in MODIFIERS:
            j = k + 1 - len(w)
            if w in ARTICLES:
                return j
        else:
            break
    return j
