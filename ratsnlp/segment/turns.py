"""The `ratsnlp_turns` component: speaker turns and who is who.

A turn is the maximal run of consecutive sentences attributed to one speaker. It opens at a
sentence whose subject is a person (or at a verbatim label "Herr X (CDU):"), goes on through
pronoun continuations and reported content, and ends at another speaker, a decision, an impersonal
or group sentence, page furniture, a new section or a new agenda item. Mentions of one person
share a `speaker_id`; role-only mentions ("Der Vorsitzende") resolve to the named holder of the role.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..errors import Errors, RatsnlpError
from ..resources import TextScan, lexicon, precompiled, read_list, read_tsv
from ..resources.literals import Prechecked, guarded
from .clauses import CONTRIBUTION_HEADS, KONJUNKTIV, STANCE_COPULA, body_anywhere, group_subject

_MENTION_ATTRS = ("speaker", "title", "gender", "role_noun", "party", "affiliation", "is_subject")


class Mention:
    """A mention's offsets and attributes, read once: each `span._` read builds an Underscore object, and
    People looks at every field of a mention several times."""

    __slots__ = ("start_char", "end_char", "text", *_MENTION_ATTRS)

    def __init__(self, row: tuple, text: str) -> None:
        """row: (start_char, end_char, *values of _MENTION_ATTRS), from extensions.offsets_and_values."""
        (self.start_char, self.end_char, self.speaker, self.title, self.gender, self.role_noun, self.party, self.affiliation, self.is_subject) = row
        self.text = text[self.start_char : self.end_char]  # span.text, sliced from the cached doc text


@dataclass
class Person:
    key: str
    surname: str | None
    name: str | None = None
    title: str | None = None
    gender: str | None = None
    role_nouns: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    written: str | None = None  # how an unnamed speaker is written ("Ein Anwohner")
    acted_as: set[str] = field(default_factory=set)  # stems of the role nouns this person was the subject with
    chaired: bool = False  # named, did a chair's act ("Frau X eröffnet die Sitzung", "lässt abstimmen"): "Die Vorsitzende" later

    def add(self, u: Mention) -> None:
        name = u.speaker
        if name and (self.name is None or len(name) > len(self.name)):
            self.name = name
        self.title = self.title or u.title
        self.gender = self.gender or u.gender or _GENDER_OF_TITLE.get(u.title or "")
        if u.role_noun and u.role_noun not in self.role_nouns:  # kept distinct: resolve_role scans them
            self.role_nouns.append(u.role_noun)
        if u.role_noun and u.is_subject:
            self.acted_as.add(_stem(u.role_noun))
        if u.party:
            self.parties.append(u.party)
        if u.affiliation:
            self.affiliations.append(u.affiliation)

    def as_dict(self) -> dict:
        return {
            "speaker": self.name or self.written or "",
            "title": self.title or "",
            "gender": self.gender,
            "role_nouns": list(dict.fromkeys(self.role_nouns)),
            "parties": list(dict.fromkeys(self.parties)),
            "affiliations": list(dict.fromkeys(self.affiliations)),
            "named": self.name is not None,
        }


_GENDER_OF_TITLE = {"Herr": "m", "Frau": "f"}
_SLUG_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """A key from a name (a pure function of a short string: remembered, the same surnames recur at every mention)."""
    return _NOT_SLUG.sub("-", text.translate(_SLUG_TABLE).lower()).strip("-") or "x"


@lru_cache(maxsize=4096)
def _stem(noun: str) -> str:
    """Role nouns compared without gender/case endings ("Vorsitzender" ~ "Vorsitzende")."""
    w = noun.split()[-1].lower().rstrip(".")
    for end in ("innen", "in", "er", "en", "e", "n", "r"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)]
    return w


# "aus Oberau", "aus Bad Au": a person introduced by a place comes from another municipality (a guest mayor)
FROM_PLACE = re.compile(r"aus (?:der |dem )?[A-ZÄÖÜ][\wäöüß.-]+(?: [A-ZÄÖÜ][\wäöüß.-]+)?")


# heads of a district (Ortsvorsteher, Ortsbürgermeister, Bezirksbürgermeister) chair its council by law
_LOCAL_HEADS = ("orts", "bezirks", "stadtteil")


def _role_of(noun: str, lex) -> str | None:  # noqa: ANN001
    """The role of a role noun's last word ("Die stellv. Vorsitzende" -> chair), None when the lexicon has none."""
    found = lex.role_noun(noun.split()[-1])
    return found.role if found is not None else None


def _chair_beside_mayor(mentions: list, sents: list, lex) -> bool:  # noqa: ANN001
    """Whether an unnamed chair speaks in a sentence that names a mayor as someone else ("Der Vorsitzende bittet
    Bürgermeister X um Auskunft", "…, in der Bürgermeister X darauf verweist, beantragt der Vorsitzende"), or speaks twice
    before a town's mayor is first named: then the chair is not that mayor (a committee's chair), and "Der Vorsitzende"
    does not fall back to him."""
    starts = [a for a, _, _ in sents]
    mayors = [sp.start_char for sp in mentions if sp.speaker and sp.role_noun and _role_of(sp.role_noun, lex) == "mayor"]
    if not mayors:
        return False
    chairs = [sp.start_char for sp in mentions if not sp.speaker and sp.is_subject and sp.role_noun and _role_of(sp.role_noun, lex) == "chair"]
    town_mayors = [sp.start_char for sp in mentions if sp.speaker and sp.role_noun and _role_of(sp.role_noun, lex) == "mayor" and not _stem(sp.role_noun.split()[-1]).startswith(_LOCAL_HEADS)]
    if len(chairs) >= 2 and town_mayors and chairs[1] < min(mayors):
        # "Der Vorsitzende" spoke twice before any mayor is named, then "Herr Bürgermeister X" answers: a committee's chair
        # and the mayor (a village's head chairs its council by law: "Der Vorsitzende" ... "Ortsbürgermeister X")
        return True
    for sp in mentions:
        if sp.speaker or not sp.is_subject or not sp.role_noun or _role_of(sp.role_noun, lex) != "chair":
            continue
        k = bisect.bisect_right(starts, sp.start_char) - 1
        if k >= 0 and any(sents[k][0] <= at < sents[k][1] for at in mayors):
            return True
    return False


def _from_elsewhere(p: Person) -> bool:
    return any(FROM_PLACE.fullmatch(a) for a in p.affiliations)


class People:
    """The persons of one document, keyed by surname (and gender when two share a surname)."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}
        self._resolved: dict[tuple[str, str | None], str | None] = {}  # (role noun, gender) -> key; cleared when a named person changes
        self.last_of: dict[str, str] = {}  # surname slug -> key of the person with that surname who spoke last
        self.marked = 0  # named persons found doing a chair's act (Person.chaired)
        self.chair_apart = False  # "Der Vorsitzende bittet Bürgermeister X ...": the chair is not the mayor

    slug = staticmethod(slug)  # (remembered: an lru_cache)

    def key_for(self, u: Mention) -> str:
        name = u.speaker
        if name:
            key = self.slug(_surname(name))
            g = u.gender or _GENDER_OF_TITLE.get(u.title or "")
            if g is None and " " not in name and key in self.last_of:
                return self.last_of[key]  # "Riffel erklärte": of two Riffels, the one who spoke last
            other = self.by_key.get(key)
            if other is not None and (given := _other_given(other.name, name)) is not None:
                return f"{key}-{self.slug(given)}"  # "Manfred Schmidt" after "Siegfried Schmidt": a namesake, not the same person
            if other is not None and other.gender and g and other.gender != g:
                key = f"{key}-{g}"
            return key
        return self.resolve_role(u) or f"{slug(_stem(u.role_noun or 'person'))}"

    def resolve_role(self, span: Mention) -> str | None:
        """The key of the one named person holding the role of an unnamed mention ("Der Vorsitzende").

        First the same noun (and ordinal: "Der Erste Bürgermeister"), then the same role; a chair left
        unresolved falls back to the one mayor, who chairs most councils.
        """
        noun = span.role_noun
        if not noun:
            return None
        gender = span.gender if span.gender in ("m", "f") else None
        if (noun, gender) not in self._resolved:  # each call scans every named person: once per distinct noun, not per mention
            self._resolved[(noun, gender)] = self._resolve(noun, gender)
        return self._resolved[(noun, gender)]

    def _resolve(self, noun: str, gender: str | None = None) -> str | None:
        lex = lexicon()
        st, ordinal = _stem(noun), _ordinal(noun)
        target = lex.role_noun(noun.split()[-1])
        named = [(k, p) for k, p in self.by_key.items() if p.surname is not None]
        if target is not None and target.gender in ("m", "f"):
            # "Die Ortsvorsteherin" is no man: not "Herr X", named with a member's abbreviation that reads as an office
            named = [(k, p) for k, p in named if p.gender in (None, target.gender)]
        elif gender is not None:
            # "Die Vorsitzende" (a noun of either gender, told by its article) is not "Herr X" either
            named = [(k, p) for k, p in named if p.gender in (None, gender)]
        if target is not None and target.role in ("chair", "mayor", "administration"):
            # "Der Bürgermeister" is the body's own: not "Bürgermeister X aus Oberau", another town's mayor
            named = [(k, p) for k, p in named if not _from_elsewhere(p)]

        def unique(keys: list[str]) -> str | None:
            keys = list(dict.fromkeys(keys))
            return keys[0] if len(keys) == 1 else None

        def has_ordinal(p: Person) -> bool:
            return ordinal is None or any(_ordinal(rn) == ordinal for rn in p.role_nouns)

        exact = [k for k, p in named if has_ordinal(p) and any(_stem(rn) == st for rn in p.role_nouns)]
        if (hit := unique(exact)) is not None:
            return hit
        # "Der Vorsitzende, X, eröffnet ... erteilt der Vorsitzenden des Elternbeirats, Frau Y, das Wort": of two
        # holders of the noun, the one who acted under it
        if len(exact) > 1 and (hit := unique([k for k in exact if st in self.by_key[k].acted_as])) is not None:
            return hit
        if target is not None and target.role == "chair" and not exact and (hit := unique([k for k, p in named if p.chaired])) is not None:
            return hit  # no one named "Vorsitzende": the one named person who opened the meeting or called the vote
        if target is None or target.role not in ("chair", "mayor", "administration"):
            return None
        same_role = [k for k, p in named if has_ordinal(p) and target.role in _roles(p.role_nouns, lex)]
        if (hit := unique(same_role)) is not None:
            return hit
        if target.role == "chair" and not same_role and not target.not_mayor and not self.chair_apart:
            return unique([k for k, p in named if "mayor" in _roles(p.role_nouns, lex) and _ordinal(" ".join(p.role_nouns)) in (None, 1)])
        if target.role == "mayor" and not same_role and st.startswith(_LOCAL_HEADS):
            # "Der Ortsvorsteher" where only "X, Vorsitzender" is named: the head of a district chairs its council
            return unique([k for k, p in named if "chair" in _roles(p.role_nouns, lex) and _ordinal(" ".join(p.role_nouns)) in (None, 1)])
        return None

    def mark_chair(self, p: Person, text: str, s: int, e: int, scan, lex) -> None:  # noqa: ANN001
        """Marks a named person whose sentence text[s:e] does a chair's act (chair_acts.txt): "Die Vorsitzende" later
        is that person when no one is named with the noun ("Frau X eröffnet die Fragestunde ... Die Vorsitzende schließt")."""
        if scan.may_match(lex.chair_acts, s, e) and lex.chair_acts.search(text[s:e]) is not None:
            p.chaired = True
            self.marked += 1  # two who chaired name no one: no need to look further
            self._resolved.clear()

    def register(self, span: Mention, key: str) -> Person:
        p = self.by_key.get(key)
        if p is None:
            p = Person(key=key, surname=_surname(span.speaker) if span.speaker else None)
            self.by_key[key] = p
            if p.surname is not None:
                self._resolved.clear()
        nouns = len(p.role_nouns)
        p.add(span)
        if p.surname is not None and len(p.role_nouns) != nouns:
            self._resolved.clear()
        if not span.speaker and (p.written is None or (not p.written.startswith(_NOMINATIVE) and span.text.startswith(_NOMINATIVE))):
            p.written = span.text.split(",")[0].strip()  # "Der Vorsitzende", not the agent "(durch den) Vorsitzenden" first met
        if p.surname is not None:
            self.last_of[self.slug(p.surname)] = key
        return p


_NOMINATIVE = ("Der ", "Die ")


def _given(name: str | None) -> str | None:
    """The first given name of a full name ("Manfred Schmidt" -> "Manfred"), None for a bare surname or an initial."""
    if not name:
        return None
    parts = name.split(" ")
    surname = _surname(name)
    head = parts[: len(parts) - len(surname.split(" "))]
    if not head or len(head[0].rstrip(".")) < 2 or head[0].endswith("."):
        return None
    return head[0]


def _other_given(known: str | None, name: str) -> str | None:
    """The given name of `name` when it differs from the one already known for that surname (a namesake)."""
    a, b = _given(known), _given(name)
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return None  # "Hans" and "Hans-Peter": perhaps the same person written short
    return b


_ORDINALS = {"erster": 1, "erste": 1, "1.": 1, "zweiter": 2, "zweite": 2, "2.": 2, "dritter": 3, "dritte": 3, "3.": 3}


def _ordinal(noun: str) -> int | None:
    for w in noun.lower().split():
        if w in _ORDINALS:
            return _ORDINALS[w]
    return None


def _same_office(p: Person | None, m: Mention, lex) -> bool:  # noqa: ANN001
    """Whether a named person holds the office an unnamed mention names (role and gender agree): "die Stadträtin"
    after "StRin X", "der OB" after "Oberbürgermeister Y"."""
    noun = lex.role_noun(m.role_noun.split()[-1]) if m.role_noun else None
    if p is None or p.surname is None or noun is None or _from_elsewhere(p):
        return False
    roles = _roles(p.role_nouns, lex)
    if noun.role not in roles and not (noun.party_elected and "council_member" in roles):
        return False  # ("Stadträtin" is staff in some Länder: a member where a party elected her)
    gender = m.gender or noun.gender
    return gender not in ("m", "f") or p.gender in (None, gender)


def _roles(nouns: list[str], lex) -> set[str]:  # noqa: ANN001
    out = set()
    for phrase in nouns:
        for w in phrase.split():
            n = lex.role_noun(w)
            if n is not None:
                out.add(n.role)
    return out


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    parts = name.split(" ")
    # "Anna van der Meulen" -> "van der Meulen"; "Anna Pohl" -> "Pohl"
    for k, w in enumerate(parts):
        if k > 0 and w[:1].islower():
            return " ".join(parts[k:])
    return parts[-1]


_SCANS: weakref.WeakKeyDictionary[Doc, TextScan] = weakref.WeakKeyDictionary()


def text_scan(doc: Doc, text: str) -> TextScan:
    """One TextScan of the document's text for turns and roles (the text lowercased once, and the literal
    hits either finds kept for the other); kept while the doc lives, outside user_data."""
    scan = _SCANS.get(doc)
    if scan is None or scan.text is not text:
        scan = _SCANS[doc] = TextScan(text)
    return scan


@Language.factory("ratsnlp_turns", assigns=["doc.spans", "doc._.speakers"], requires=["doc.spans"])
def make_turns(nlp: Language, name: str) -> Turns:
    return Turns(name=name)


class Turns:
    """Writes span group `turns` with speaker, speaker_id, title and turn_id; fills doc._.speakers."""

    def __init__(self, *, name: str = "ratsnlp_turns") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if ext.SPAN_GROUPS["mentions"] not in doc.spans:
            _run_upstream(doc)
        text = ext.text_of(doc)
        scan = text_scan(doc, text)
        lex = lexicon()
        people = People()
        rows = ext.group_values(doc, ext.SPAN_GROUPS["mentions"], _MENTION_ATTRS)
        mentions = sorted((Mention(row, text) for row in rows), key=lambda s: s.start_char)
        # named persons first, so that "Der Vorsitzende" can resolve to "Vorsitzender Helms" anywhere
        for sp in mentions:
            if sp.speaker:
                person = people.register(sp, people.key_for(sp))
                if (took := _TAKES_CHAIR.match(text, sp.end_char)) is not None:
                    person.role_nouns.append(f"{took.group(1)}ende")  # "X übernimmt den Altersvorsitz": "Der Altersvorsitzende" is X
                    people._resolved.clear()
        chairs_listed: dict[str, str] = {}  # gender -> the key of the one chair the roster names of that gender ("" for two)
        for entry in doc._.roster or []:
            if entry.get("group_role") == "absent":
                continue  # listed as absent: holds no role at this meeting ("Der Vorsitzende" is someone present)
            key = slug(_surname(entry["name"]))
            p = people.by_key.get(key)
            if p is None:  # known from the roster only; lets "Die Vorsitzende" resolve to her name
                p = people.by_key[key] = Person(key=key, surname=entry["surname"], name=entry["name"], title=entry.get("title"))
            p.role_nouns.extend(entry.get("role_nouns") or [])
            if entry.get("group_role") == "chair":
                p.role_nouns.append("Vorsitzende")
                if (g := p.gender or _GENDER_OF_TITLE.get(entry.get("title") or "")) is not None:
                    chairs_listed[g] = "" if chairs_listed.get(g, key) != key else key
        # an unnamed chair ("Die Vorsitzende") that only a named person's chair act can name: acts looked for only then
        unnamed_chair = any(not sp.speaker and sp.role_noun and _role_of(sp.role_noun, lex) == "chair" for sp in mentions)
        subject_at = {sp.start_char: sp for sp in mentions if sp.is_subject}
        subj_starts = sorted(subject_at)
        # (start, end, sent_kind) of each sentence: Span objects and their `_` are costly to build in the loop
        sents = ext.group_values(doc, ext.SPAN_GROUPS["sentences"], ("sent_kind",))
        if unnamed_chair:
            people.chair_apart = _chair_beside_mayor(mentions, sents, lex)
        chair_at = _chair_statements(text, scan, sents, [sp for sp in mentions if sp.speaker], people)
        items = sorted(a for a, _, _ in ext.group_rows(doc, ext.SPAN_GROUPS["items"]))
        section_list = [(a, label) for a, _, label in ext.group_rows(doc, ext.SPAN_GROUPS["sections"])]
        sections = sorted(a for a, _ in section_list)
        section_kind = dict(section_list)
        skips = sorted(a for a, _, _ in ext.group_rows(doc, "rn_skip"))
        captions = sorted((a, b) for a, b, _ in ext.group_rows(doc, "rn_captions")) if "rn_captions" in doc.spans else []
        caption_starts = [a for a, _ in captions]
        decided = sorted((a, b) for a, b, _ in ext.group_rows(doc, ext.SPAN_GROUPS["decisions"]))
        decided_starts = [a for a, _ in decided]
        turns: list[tuple[str, int, int]] = []  # key, start, end
        cur: list | None = None  # [key, start, end, verbatim]
        recent: dict[str | None, str] = {}
        before: dict[str | None, str] = {}  # `recent` of the item before
        last_item = last_section = None
        prev_end = 0
        after_decision = False
        spoken_in = -1  # the facts/attachments section in which a speaker has taken over

        def close() -> None:
            nonlocal cur
            if cur is not None:
                turns.append((cur[0], cur[1], cur[2]))
            cur = None

        named_at = {sp.start_char: sp for sp in mentions if sp.speaker and (sp.title or sp.role_noun)}
        named_first = {sp.start_char: sp for sp in mentions if sp.speaker}  # (a sentence opened by a named person)
        named_first_starts = sorted(named_first)
        named_starts = sorted(named_at)
        quote_before = None  # (start, end, end of the sentence before) of a sentence that is a bare quotation
        prev = (0, 0, 0)  # start and end of the sentence before, end of the one before that
        asker: str | None = None  # question time: the resident or member of the last question label ("Frau X (Ort):")
        answered = False  # an answer label ("Antwort BM:") has followed that question
        intro: str | None = None  # the speaker whose sentence just before ends in a colon ("zitiert wie folgt:")
        heading_of: tuple[int, Mention] | None = None  # a heading line just before: "Bericht des Bürgermeisters:"
        quoting = False  # inside the quotation that speaker introduced
        chair_said: str | None = None  # the person the sentence just before stated to chair ("Vorsitzender ist Herr X.")
        this_kind: str | None = None  # the kind and item of the sentence before, for a trailing attribution
        this_item: int | None = None
        for n_sent, (s, e, sent_kind) in enumerate(sents):
            chair_prev, chair_said = chair_said, None
            quote_before = prev if text[prev[0] : prev[0] + 1] in "„\"»‚" and prev[1] > prev[0] else None
            closed = text[prev[0] : prev[1]].rstrip().endswith(_CLOSE_QUOTES)
            prev_sent = (prev[0], prev[1])
            before_prev_end = prev[2]  # the end of the sentence before prev_sent
            prev = (s, e, prev[1])
            prev_kind, this_kind = this_kind, sent_kind
            prev_item = this_item
            item = this_item = bisect.bisect_right(items, s)
            sec = bisect.bisect_right(sections, s) - 1
            kind_of_section = section_kind.get(sections[sec]) if sec >= 0 else None
            if item != last_item:
                close()
                before, recent = recent, {}
                asker, answered = None, False
            if sec != last_section or _between(skips, prev_end, s):
                close()
            last_item, last_section, prev_end = item, sec, e
            if quoting and (cur is None or closed and text[s] not in _OPEN_QUOTES):
                quoting = False  # the quotation has closed and no quoted paragraph follows
            if not quoting and intro is not None and cur is not None and cur[0] == intro and text[s] in _OPEN_QUOTES:
                quoting = True  # "X zitiert aus der Niederschrift:" / "„Herr Y fragt ...“": the quoted minutes are X's turn
            intro = None
            if quoting:
                cur[2] = e
                continue
            if captions and (c := bisect.bisect_right(caption_starts, s) - 1) >= 0 and s < captions[c][1]:
                close()  # a picture caption or a repeated headline: its names count for who is who, no one speaks
                continue
            kind = sent_kind or "plain"
            heading = None
            if kind not in ("speech", "label") and kind_of_section in (None, "discussion"):
                heading = _name_heading(text, sents, n_sent, named_at, named_starts)
                if heading is not None:
                    kind = "label"  # "2. Herr X" on a line of its own, what he said below it
            # a proposal, the facts or attachments: text of the administration, until a speaker takes over (the
            # debate written below a "Beschlussvorschlag:" with no heading of its own is the speakers')
            if kind_of_section in ("proposal", "facts", "attachments") and sec != spoken_in:
                fsubj = _subject_in(subject_at, subj_starts, s, e) if kind == "speech" else None
                if not (kind == "label" or kind == "speech" and (_speech_verb_after(text, fsubj, lex) or _acts_at_start(text, s, fsubj))):
                    close()
                    continue
                spoken_in = sec  # a speaker after an attachment list or a motion's reasons: what follows is theirs
            d = bisect.bisect_right(decided_starts, s) - 1
            if d >= 0 and s < decided[d][1] and kind not in ("speech", "label"):
                close()
                # "Einstimmig wurde er gewählt. Er dankte": a decision about a person, the pronoun is that person
                after_decision = not kind.startswith("pronoun_")
                continue
            if (
                kind_of_section == "decision" and kind not in ("speech", "label") and not (cur is not None and sec == spoken_in)
                and not ((after_decision or cur is not None) and kind.startswith("pronoun_") and _chair_act(text, s, e, scan, lex))
            ):  # fmt: skip
                close()  # (but "Beschluss: ... Abstimmungsergebnis: ..." + "Anschließend lässt er ... abstimmen": the chair goes on)
                continue
            if chair_at and (stated := chair_at.get(s)) is not None and not stated[1] and kind != "label":
                close()  # "Vorsitzender ist Herr X.": who chairs, no contribution; "Er begrüßt ..." after it is X's
                chair_said = recent[None] = stated[0]
                if (g := people.by_key[stated[0]].gender) is not None:
                    recent[g] = stated[0]
                after_decision = False
                continue
            if kind == "label" and _headline_label(text, s, e):
                kind = "plain"  # "Ortsrat Musterdorf: Bezirke zusammenlegen": a report's headline, no speaker label
            subj = heading
            if kind in ("speech", "label") and subj is None:
                k = bisect.bisect_left(subj_starts, s)
                if k < len(subj_starts) and subj_starts[k] < e:
                    subj = subject_at[subj_starts[k]]
            if subj is not None and kind_of_section == "decision" and kind != "label" and not _speech_verb_after(text, subj, lex):
                subj = None
                kind = "plain"
            if cur is not None and cur[3] and subj is not None and kind != "label":
                # inside verbatim speech only a new paragraph in reported speech changes the speaker
                if not (
                    _paragraph_start(text, s)
                    and (_speech_verb_after(text, subj, lex) or text[s:e].rstrip().endswith(":") or _TOPIC_LABEL.match(text, subj.end_char, e) is not None)
                ):
                    subj, kind = None, "plain"
            if subj is not None and kind == "speech" and cur is not None and not cur[3] and _reported(text, s, e, subj):
                subj, kind = None, "plain"  # "ORM X, der ..., beabsichtige eine Veranstaltung": the speaker reports X's plan
            if subj is not None:
                after_decision = False
                if kind_of_section == "decision":
                    spoken_in = sec  # a speaker below a "Beschluss:" heading: the heading labelled the page, not this text
                key = people.key_for(subj)
                if not subj.speaker and subj.role_noun and (held := _apposed_holder(text, prev_sent, named_first, named_first_starts, subj.role_noun)) is not None:
                    key = people.register(held, people.key_for(held)).key  # "begrüßt Herrn X, den Vorsitzenden des Vereins. Der Vorsitzende legt dar": X
                if (
                    cur is not None and not subj.speaker and not text[subj.end_char : e].strip(" .!?\n\t")
                    and people.resolve_role(subj) is None and _same_office(people.by_key.get(cur[0]), subj, lex)
                ):  # fmt: skip
                    key = cur[0]  # "StRin X (AB) lobt … „…“, so die Stadträtin.": the office of the one speaking, no new person
                person = people.register(subj, key)
                if unnamed_chair and kind == "speech" and not person.chaired and person.surname is not None and people.marked < 2:
                    people.mark_chair(person, text, s, e, scan, lex)
                if person.gender:
                    recent[person.gender] = key
                recent[None] = key
                quoted = quote_before if SO_AFTER_QUOTE.match(text, s, e) else None
                if cur is not None and cur[0] == key and kind != "label" and not (len(cur) > 4 and not cur[3]):
                    cur[2] = e
                elif quoted is not None and (cur is None or cur[1] < quoted[0]):
                    # "„...“" / "– so Frau X.": the quotation before is hers
                    if cur is not None:
                        cur[2] = quoted[2]
                    close()
                    cur = [key, quoted[0], e, False]
                else:
                    # "„S1. S2“, so X.": a quotation opened sentences before is X's from its start
                    opened = _quote_opened_before(text, sents, n_sent, subj.start_char) if kind == "speech" else None
                    if opened is not None and cur is not None and cur[1] < opened:
                        cur[2] = _prev_sent_end(sents, opened)
                    was_open = cur is not None
                    # (a turn that ran on into the sentence before, which opens this paragraph)
                    ran_into_prev = was_open and cur[2] == prev_sent[1] and cur[1] < prev_sent[0] and _paragraph_start(text, prev_sent[0])
                    close()
                    # a verbatim label, not a note of an answer or a question ("Antwort BM: ...", whose prose may go on
                    # with "Der Bürgermeister ergänzt, ...")
                    verbatim = kind == "label" and _paragraph_start(text, s) and _answer_label().match(text, s, e) is None
                    start = _turn_start(text, s, subj.start_char)
                    if opened is not None and (not turns or turns[-1][2] <= opened):
                        start = opened
                    elif (
                        kind == "speech" and (not was_open or ran_into_prev) and prev_kind == "plain" and prev_item == item and not _paragraph_start(text, s)
                        and _content_before_attribution(text, prev_sent, named_first_starts, decided_starts) and _trailing_attribution(text, s, e, subj, lex)
                    ):  # fmt: skip
                        start = prev_sent[0]  # "Im Vertrag können keine Preise stehen. Sie folgen erst später, stellte X fest.": both X's
                        if ran_into_prev:
                            turns[-1] = (turns[-1][0], turns[-1][1], before_prev_end)  # (the turn before ends above this paragraph)
                    cur = [key, start, e, verbatim]
                if kind == "speech" and text[s:e].rstrip().endswith(":"):
                    intro = key
                if kind == "label":
                    answered = _answer_label().match(text, s, e) is not None
                    asker = asker if answered else key
                continue
            if asker is not None and answered and cur is not None and cur[0] != asker and _paragraph_start(text, s) and text[s:e].rstrip().endswith("?"):
                close()  # "Antwort BM: ..." / "Wie geht es weiter?": the asker's next question, no label repeated
                cur = [asker, s, e, True]
                answered = False
                continue
            if cur is None and kind == "plain" and _SALUTATION.match(text, s, e) is not None and _paragraph_start(text, s):
                titled = _titled_speaker(text, doc, s)  # "Informationen des BzBm" / "Meine sehr geehrten Damen und Herren, ..."
                if titled is not None:
                    cur = [people.register(titled, people.key_for(titled)).key, s, e, True]
                    continue
            if heading_of is not None:
                if cur is None and kind == "plain" and heading_of[0] == prev_sent[0]:
                    # "b) Bericht des Vorsitzenden:" / "- Hinweis auf den Termin im Herbst: ...": the chair's own notes
                    lead = _LIST_MARK.match(text, s, e)
                    cur = [people.register(heading_of[1], people.key_for(heading_of[1])).key, lead.end() if lead else s, e, False]
                    heading_of = None
                    continue
                heading_of = None
            if kind == "plain" and cur is None and text[e - 1] == ":" and text.find(" de", s, e) > 0:
                if (m_head := _TITLE_OF_SPEECH.search(text, s, e)) is not None and lex.role_noun(m_head.group(1)) is not None:
                    heading_of = (s, Mention((s, s, None, None, None, m_head.group(1), None, None, True), text))
                    continue
            if kind.startswith("pronoun_") and after_decision and cur is None:
                if (
                    (_FLOOR_GIVEN.search(text, prev_sent[0], prev_sent[1]) is not None or _ELECTED_PERSON.search(text, prev_sent[0], prev_sent[1]) is not None)
                    and _pronoun_speaks(text, s, e, lex)
                    and (given := _addressed_before(prev_sent, named_first, named_first_starts, "", kind[-1], people)) is not None
                ):  # fmt: skip
                    # "Dem Antragsteller, Herrn X, wird einstimmig Rederecht eingeräumt. Er begründet …": the one given the floor;
                    # "Mit 35 Ja-Stimmen ist X gewählt worden. Er freut sich, …": the one elected
                    cur = [people.register(given, key := people.key_for(given)).key, s, e, False]
                    recent[kind[-1]] = recent[None] = key
                    after_decision = False
                    continue
                if _chair_act(text, s, e, scan, lex):
                    # "Der Antrag wird abgelehnt. Anschließend lässt er abstimmen": the chair (the one of that gender known to
                    # chair, else the last speaker of that gender)
                    chair_prev = _known_chair(people, kind[-1], lex) or recent.get(kind[-1])
                elif not _not_the_body(text, s, e, prev_sent, kind[-1], lex):
                    continue  # "Der Ausschuss beschließt ... Er beauftragt ...": the body, not a person
            after_decision = False
            if kind in ("plain", "pronoun_m") and not (cur is not None and cur[3]) and (named := _demonstrative(text, s, e, prev_sent, named_first, named_first_starts, lex)):
                key = people.key_for(named)
                people.register(named, key)
                if cur is None or cur[0] != key:
                    close()  # "Er fragte Herrn X. „...“, erklärte dieser." / "... und Y geehrt. Dieser hielt eine Rede": X, Y
                    cur = [key, s, e, False]
                else:
                    cur[2] = e
                recent["m"] = recent[None] = key
                continue
            if kind == "pronoun_f" and _plural_sie(text, s, e):
                kind = "plain"  # "Dort hätten sie kein Stimmrecht": the persons named together before, not one woman
            if kind.startswith("pronoun_") and not (cur is not None and cur[3]):
                g = kind[-1]
                ref = recent.get(g)
                if chair_prev is not None and people.by_key[chair_prev].gender in (None, g):
                    ref = chair_prev  # the chair just stated or known ("Anschließend lässt er abstimmen" after a vote)
                if ref is None and recent.get(None) is not None and people.by_key[recent[None]].gender is None:
                    ref = recent[None]  # "Bernd Köhler ... Er": a speaker named without Herr/Frau has no known gender
                if (
                    ref is None and cur is None and prev_kind == "plain" and text[prev_sent[1] - 1 : prev_sent[1]] == "."
                    and ":" not in text[prev_sent[0] : prev_sent[1]] and _pronoun_speaks(text, s, e, lex)
                    and (named := _addressed_before(prev_sent, named_first, named_first_starts, "", g, people)) is not None
                ):  # fmt: skip
                    ref = people.register(named, people.key_for(named)).key  # "X ist die älteste Stadtverordnete. Sie eröffnet …": X
                if ref is None and cur is None and not recent and before.get(None) is not None and before.get(None) == before.get(g):
                    ref = before[g]  # "TOP 2 ... Er stellt die Beschlussfähigkeit fest": the last speaker of the item before
                if ref is None and cur is None and not recent and not turns and chairs_listed.get(g):
                    # "Vorsitz: Herr X" above, then "Er eröffnet die Sitzung": no one has spoken yet, the chair (whoever
                    # else the title block names)
                    ref = chair_prev = chairs_listed[g]
                cur_gender = people.by_key[cur[0]].gender if cur is not None else None
                if cur is not None and cur_gender not in (None, g) and _pronoun_reported(text, s, e):
                    cur[2] = e  # "Herr X kritisiert die Abgabe. Sie sei eine versteckte Steuer": his report, "Sie" a thing
                    continue
                if (
                    cur_gender not in (None, g)
                    and _pronoun_speaks(text, s, e, lex)
                    and (addressed := _addressed_before(prev_sent, named_first, named_first_starts, cur[0], g, people)) is not None
                ):
                    # "Frau X erteilt Herrn Y das Wort. Er berichtet ...": not the speaker, the one of that gender she named
                    close()
                    cur = [people.register(addressed, key := people.key_for(addressed)).key, s, e, False]
                    recent[g] = recent[None] = key
                    continue
                if cur is not None and (
                    cur_gender == g or cur_gender is None or ref is None or _thing_before(text, prev_sent, g, named_starts, lex)
                    or (g == "m" and not _pronoun_speaks(text, s, e, lex) and _object_before(text, prev_sent, named_starts, lex))
                ):
                    cur[2] = e
                    if len(cur) > 4 and ref == cur[0]:
                        del cur[4:]  # "Herr Y bekommt Blumen. Danach dankt er ...": the speaker's act went on
                elif ref is not None and (ref == chair_prev or not (cur is None and (_thing_before(text, prev_sent, g, named_starts, lex) or _other_named_before(prev_sent, named_first, named_first_starts, ref, people)))):
                    close()
                    cur = [ref, s, e, False]
                continue
            if kind in ("impersonal", "group") and not (cur is not None and cur[3]):
                close()
                after_decision = kind == "group"  # "Der Ausschuss begrüßt ... Er sieht ...": the body again
                continue
            if kind == "plain" and cur is not None and not cur[3] and _title_line(text, s, e):
                close()  # "Wahl der Beigeordneten" between two acts of the chair: an item heading, a new turn below it
                continue
            if kind == "plain" and cur is not None and not cur[3] and len(cur) == 4 and _title_line(text, s, e, least=1):
                cur[4:] = [True]  # a subheading of a report ("Abkochanordnung"): the speaker named again below it starts anew,
                continue  # "Er erläutert ..." below it goes on
            if cur is not None:
                cur[2] = e
                if len(cur) == 4 and _narrates(text, scan, s, e):  # (once marked, the mark stays: not asked again)
                    cur[4:] = [True]  # narration or an editor's note in brackets: a re-mention of the speaker after it opens a new turn
                elif len(cur) == 4 and _about_other(text, s, e, named_first.get(s), cur[0], people):
                    cur[4:] = [_OTHER]  # the same, unless "er"/"sie" goes on with the speaker before that re-mention
        close()
        spans, values = [], []
        speaker_at: dict[tuple[int, int], str] = {}  # what span._.speaker_id reads back (a later turn on the same chars wins)
        made = ext.char_spans(doc, [(start, end, "turn") for _, start, end in turns])
        for n, ((key, _, _), sp) in enumerate(zip(turns, made), start=1):
            if sp is None:
                continue
            p = people.by_key[key]
            values.append((key, p.name or p.written or "", p.title or "", n))
            spans.append(sp)
            speaker_at[sp.start_char, sp.end_char] = key
        ext.set_values(spans, ("speaker_id", "speaker", "title", "turn_id"), values)
        ext.set_group(doc, ext.SPAN_GROUPS["turns"], spans)
        used = set(speaker_at.values())
        doc._.speakers = {k: p.as_dict() for k, p in people.by_key.items() if k in used}
        return doc


@lru_cache(maxsize=1)
def _answer_label() -> re.Pattern[str]:
    """The words of speaker_labels.tsv that open an answer ("Antwort", "AW"), at a label's start."""
    words = [r["label"] for r in read_tsv("speaker_labels.tsv", ("label", "kind")) if r["kind"] == "answer"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alt})\b")


_OPEN_QUOTES = "„\"»‚"
_CLOSE_QUOTES = ("“", "\"", "«", "‘")


# "„...“" / "– so Frau X in ihrer Rede.": the speaker named after a quotation that is its own sentence
SO_AFTER_QUOTE = re.compile(
    r"[–—-]?[ \t]{0,3}so[ \t]{1,3}|(?:Mit[ \t]{1,3}(?:diesen|deutlichen|klaren|eindringlichen)[ \t]{1,3}Worten|Das|Dies|Diese[ \t]{1,3}Worte)[ \t]{1,3}"
    r"(?!(?:sei|seien|habe|hätte|werde|wäre|könne|müsse|solle|wolle|dürfe)\b)(?=[a-zäöüß]{3,}[ \t])"
)  # "„...“ Mit diesen Worten wandte sich X an ...", "„...“ Das sagte X": the quotation is X's (not "Das sei ..., warf X vor")


# narration about the meeting itself between two sentences of one speaker ("Pünktlich um 19 Uhr begann die
# Sitzung.", "Abwesend waren ..."): the speaker's next sentence opens a new turn; reported content does not
NARRATION = re.compile(
    r"\b(?:Sitzung|Sitzungssaal|Tagesordnung|Tagesordnungspunkt|[Aa]bwesend|[Aa]nwesend|entschuldigt|Zuhörer\w*|Publikum|Saal|"
    r"Gemeinderatssitzung|Stadtratssitzung|Ratssitzung|Wortmeldung\w*)\b"
)


_NARRATION = guarded(NARRATION)


# "Eingangs bittet er ...", "... fanden wir nicht auf der Tagesordnung": the speaker's own act or
# quoted words mention the meeting, the minute-taker does not narrate
OWN_VOICE = re.compile(r"\b(?:er|sie|ich|wir)\b")


@lru_cache(maxsize=1)
def _procedure_pattern() -> re.Pattern[str]:
    """narration.txt as one alternation behind its literal pre-check (Prechecked: the branches none of whose
    literals the sentence holds are left out, the same leftmost match). Searched whole, each of its ~20 branches
    opens with \\b and is tried at every position of the sentence: ~90 µs a sentence, about half that so."""
    return Prechecked(precompiled.compile("|".join(f"(?:{p})" for p in read_list("narration.txt"))))  # type: ignore[return-value]


def _narrates(text: str, scan: TextScan, s: int, e: int) -> bool:
    """The sentence text[s:e] narrates the meeting or procedure, or is an editor's note in brackets. The
    procedure pattern runs only when the sentence has one of the words its matches need (TextScan.may_match: a
    document asks this of a few sentences only, so finding the words in the whole text once costs more); the
    guarded NARRATION is cheaper than that check."""
    if text[s] == "(":
        return True
    if _NARRATION.search(text, s, e) and not OWN_VOICE.search(text, s, e) and not KONJUNKTIV.search(text, s, e):  # guarded: cheaper than its literal check
        return True  # (a sentence in the Konjunktiv is the speaker's reported content: "Da nicht alle anwesend seien, könne ...")
    return scan.may_match(_procedure_pattern(), s, e) and _procedure(text[s:e])


def _procedure(sentence: str) -> bool:
    """The minute-taker narrating procedure ("Weitere Wortmeldungen gab es nicht."), not reported content."""
    return bool(_procedure_pattern().search(sentence)) and not KONJUNKTIV.search(sentence)


_LIST_MARK = re.compile(r"\s*(?:[a-z]\)|\(?[a-z0-9]{1,2}\)|\d{1,2}\.(?:\d{1,2}\.?)?|[-–•*·▪])\s*")


# "Aufgabe: Herr X möchte wissen ...", "Betr. TOP 5: Herr X bittet ...", "Zu TOP 3.2: Frau Y fragt ..."
_LEAD_LABEL = re.compile(r"\s*(?:[A-ZÄÖÜ][\wäöüß]{2,20}|(?:Betr\.|Betrifft|Zu|Bezug|Ref\.)[ \t]{0,2}(?:TOP|Tagesordnungspunkt|Punkt|Ziffer|Nr\.)[ \t]{0,2}[\dÖöNn][\w.]{0,6}):\s*")
_LEAD_BRACKET = re.compile(r"\s*\([^()\n]{1,40}\)\s*")  # "(siehe Vorlage) Frau X erläutert ..."


_HEAD_LABEL = re.compile(r"[^:\n.!?]{3,60}:[ \t]{1,3}(?=[A-ZÄÖÜ])")
# "zweiter Absatz: „Herr X meinte ...": a correction names the place in the minutes, then quotes the speaker
_QUOTING_HEAD = re.compile(r"[^:\n.!?„\"»]{3,60}:[ \t]{1,3}[„\"»]")


def _turn_start(text: str, s: int, subject: int) -> int:
    """A turn opened by a list entry ("a) Frau X fragt ...") starts at its speaker, not at the marker; one whose
    speaker is named after a quotation that a colon opened starts at the quotation."""
    if subject > s and (_LIST_MARK.fullmatch(text, s, subject) or _LEAD_LABEL.fullmatch(text, s, subject) or _LEAD_BRACKET.fullmatch(text, s, subject)):
        return subject
    if subject > s and _QUOTING_HEAD.fullmatch(text, s, subject):
        return subject - 1
    if subject - s > 60 and (quoted := _quote_after_colon(text, s, subject)) is not None:
        return quoted  # "Da wurde die Debatte beendet: „…“, erklärte Herr X.": X's words start at the quotation
    if (
        subject > s and (head := _HEAD_LABEL.match(text, s, subject + 1)) is not None and head.end() <= subject
        and (head.end() < subject or ("," not in text[s:subject] and not KONJUNKTIV.search(text, s, subject)))
    ):  # fmt: skip
        return head.end()  # "Streit im Rat: Den Antrag begründete Frau X", "Punkt 4 – Berichte: Herr X teilt mit": after the headline
    # (the lookahead of _HEAD_LABEL needs the subject's first letter; a head right before the speaker is a headline only
    # without a clause of the speaker's: "Das Anliegen sei sympathisch, die Zahlen aber ernüchternd: BV X rechnet vor")
    if subject > s and (mark := _ENTRY_MARK.match(text, s, subject)) is not None:
        return mark.end()  # "3)   Fragen von Frau A. werden von Herrn X beantwortet": the entry's words, not its number
    if subject > s and (num := _NUMBERED_CONTRIBUTION.match(text, s, subject)) is not None:
        return num.end()  # "1. Antrag zur Sache von Herrn X:": the heading's words, not its number
    return s


_NUMBERED_CONTRIBUTION = re.compile(rf"[ \t]*\d{{1,2}}\.[ \t]{{1,4}}(?={CONTRIBUTION_HEADS}\b)")


# a quotation opened after a colon inside the sentence and closed right before the verb of saying and its speaker
_COLON_QUOTE = re.compile(r":[ \t]{1,3}[„\"»]")
_QUOTE_CLOSE_THEN_VERB = re.compile(r"[“”\"«][ \t]{0,2},[ \t]{1,3}[a-zäöüß]{3,20}[ \t]{1,3}(?:[A-ZÄÖÜ][\wäöüß.-]*[ \t]{1,3}){0,4}$")


def _quote_after_colon(text: str, s: int, subject: int) -> int | None:
    """Where the quotation starts that a sentence's narrative part introduces with a colon ("…, sahen einige Räte ein
    Problem: „Wir erwarten einen Plan“, sagte X."), when the speaker is named right after it; else None."""
    colon = text.rfind(":", s, subject)
    if colon < 0 or (m := _COLON_QUOTE.match(text, colon)) is None:
        return None
    return m.end() - 1 if _QUOTE_CLOSE_THEN_VERB.search(text, m.end(), subject) is not None else None


# an unambiguous list marker before a speaker named later in the sentence: "1)", "(b)", a bullet (not "1.", which
# may be an ordinal of a role: "1. Beigeordneter X")
_ENTRY_MARK = re.compile(r"[ \t]*(?:\(?[a-z0-9]{1,2}\)|[–•*·▪])[ \t]+(?=\S)")


# what may stand around the name of a name heading: a list number before it, a place or party in brackets, a colon
# or full stop after it ("3. Frau X", "Herr Y (Ortsteil).")
_FIRST_PERSON = re.compile(r"[ \t]*(?:Ich|Wir)[ \t]{1,3}[a-zäöüß]")  # the speaker's own words begin
_HEADING_LEAD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]{1,3})?")
_HEADING_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*[:.]?[ \t]*")
_CONTENT = re.compile(r"[a-zäöüß]{2,}")


_LABEL_COLON = re.compile(r"[^:\n]{2,60}?[ \t]?:[ \t]{1,3}(?=\S)")


def _headline_label(text: str, s: int, e: int) -> bool:
    """Whether a label sentence is a headline: a line of its own, a body and place before the colon, and after it a
    few words that end without a full stop, question mark or closing quote (a verbatim label's words are sentences),
    or with "!" in the first line of the text or in a line the text has had before (a headline repeated above it)."""
    if not (s == 0 or text[s - 1] == "\n") or text[e : e + 1] not in ("\n", ""):
        return False
    m = _LABEL_COLON.match(text, s, e)
    if m is None or len(text[s : m.end()].split()) < 2 or len(text[m.end() : e].split()) > 10:
        return False  # "OR: ...": a role abbreviation labels speech; a headline is a name and a few words
    end = text[e - 1]
    if end.isalnum():
        return True
    return end == "!" and (s == 0 or text.find(text[s:e], 0, s) >= 0)


def _name_line(text: str, s: int, e: int, named_at: dict, named_starts: list[int]) -> Mention | None:
    """The named person of text[s:e] when that sentence is a whole line with nothing but the name on it."""
    if not (s == 0 or text[s - 1] == "\n") or text[e : e + 1] not in ("\n", ""):
        return None  # not a whole line (most sentences: asked first, it spares the search for a name)
    m = _subject_in(named_at, named_starts, s, e)
    if m is None:
        return None
    return m if _HEADING_LEAD.fullmatch(text, s, m.start_char) and _HEADING_TAIL.fullmatch(text, m.end_char, e) else None


def _name_heading(text: str, sents: list, k: int, named_at: dict, named_starts: list[int]) -> Mention | None:
    """The person of sentence k when it is a line holding nothing but a name and what follows is that person's
    contribution: numbered request lists ("1. Frau X" / a topic line / her question) and question time ("Herr Y
    (Ort)."). The next sentence must be content on a line below, a short topic line may come between; a name
    under a line ending in ":" or above another name is an entry of a list ("Es werden benannt:")."""
    s, e, _ = sents[k]
    m = _name_line(text, s, e, named_at, named_starts)
    if m is None or (not text[:s].strip() and not m.title):
        return None  # (the document's first line "Stadtrat Musterstadt" over a council system's header: the body and its place)
    if k > 0 and (text[sents[k - 1][1] - 1] == ":" and sents[k - 1][2] != "label" or _name_line(text, *sents[k - 1][:2], named_at, named_starts)):
        return None
    # "Herr Y (Ort)." with a full stop and no number: a question-time label only above a question (else a
    # signature or a roster line whose colon is no label's)
    asks = text[e - 1] == "." and not text[s : m.start_char].strip()
    for a, b, kind in sents[k + 1 : k + 3]:
        if "\n" in text[e:a] and not asks and _FIRST_PERSON.match(text, a) is not None:
            return m  # "Bürgermeister Herr X" / "Ich pflichte Frau Y bei.": a verbatim record's speaker line, whoever is named below
        if kind in ("speech", "label") or "\n" not in text[e:a] or _subject_in(named_at, named_starts, a, b) is not None:
            return None
        words = len(text[a:b].split())
        if words >= 4 and len(_CONTENT.findall(text, a, b)) >= 2:
            return m if not asks or "?" in text[a:b] else None
        if words > 3:
            return None  # neither a topic line nor content
    return None


# a thing that "Er"/"Sie" can stand for: a masculine noun after "der"/"dieser" that opens the sentence or a
# "dass"-clause ("..., dass der Ausschuss ... vorbereite. Er kann ..."), a feminine one after "die"/"diese" that opens
# the sentence ("Diese Summe ... Sie könnte ...")
_THING = {
    "m": re.compile(r"(?:^|\bdass[ \t]{1,3})(?:[Dd]er|[Dd]ieser)[ \t]{1,3}(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,40})\b"),
    "f": re.compile(r"^(?:Die|Diese)[ \t]{1,3}(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,40})\b"),
}
# a party or group as the subject or the predicate of the sentence before: "Die AB ...", "... ist die AB."
_DIE_GROUP = re.compile(r"^Die[ \t]{1,3}([A-ZÄÖÜ][\w/-]{1,30})\b|\b[Dd]ie[ \t]{1,3}([A-ZÄÖÜ][\w/-]{1,30})[ \t]{0,2}[.!]?$")
# feminine singular endings: derivations and a few compound heads of council business ("die Summe", "die Vorlage");
# "die" before any other noun may be a plural, which "Sie" with a singular verb does not stand for
_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät", "summe", "zahl", "frage", "liste", "vorlage")


def _chair_act(text: str, s: int, e: int, scan, lex) -> bool:  # noqa: ANN001
    """Whether text[s:e] does a chair's act (chair_acts.txt: opens, gives the floor, calls the vote)."""
    return scan.may_match(lex.chair_acts, s, e) and lex.chair_acts.search(text[s:e]) is not None


def _known_chair(people: People, g: str, lex) -> str | None:  # noqa: ANN001
    """The one person of gender g known to chair: named with a chair noun ("Der Vorsitzende Herr X") or seen doing a
    chair's act; None when there is no such person or more than one."""
    keys = [k for k, p in people.by_key.items() if p.gender == g and p.surname and (p.chaired or "chair" in _roles(p.role_nouns, lex))]
    return keys[0] if len(keys) == 1 else None


def _thing_before(text: str, sent: tuple[int, int], g: str, named_starts: list[int], lex) -> bool:  # noqa: ANN001
    """Whether the sentence before names a thing of the pronoun's gender that the pronoun refers to, not a person:
    then "Er"/"Sie" goes on with the current speaker instead of reaching back to an earlier one."""
    if g == "f" and (pm := _DIE_GROUP.search(text, sent[0], sent[1])) is not None:
        word = pm.group(1) or pm.group(2)
        if lex.party(word) or word in lex.groups:
            return True  # "Zweitstärkste Kraft ist die AB. Sie stellt 8 Mitglieder": the party
    pat = _THING.get(g)
    m = pat.search(text[sent[0] : sent[1]]) if pat is not None else None
    if m is None or lex.role_noun(m.group("noun")) is not None or g == "f" and not m.group("noun").lower().endswith(_FEMININE):
        return False
    return not _between(named_starts, sent[0] + m.start("noun"), sent[0] + m.end("noun") + 2)  # "der Kollege Muster": a name


_PROVIDES = re.compile(r"(?:Er|Sie)[ \t]{1,3}(?:sieht|sah)\b[^.;:]{1,160}\bvor\b")  # "vorsehen": a plan provides
# a masculine thing as the object of the sentence before ("Frau X stellte den Entwurf vor. Er sieht drei Stufen vor.")
_OBJECT_THING = re.compile(r"\b(?:den|diesen)[ \t]{1,3}(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,40})\b")


def _object_before(text: str, sent: tuple[int, int], named_starts: list[int], lex) -> bool:  # noqa: ANN001
    """Whether the sentence before has a masculine thing as its object that an "Er" with no verb of saying stands for,
    rather than a man named earlier: a singular noun (not a dative plural in "-n"), no person's office, no name after it."""
    for m in _OBJECT_THING.finditer(text, sent[0], sent[1]):
        noun = m.group("noun")
        if noun.endswith("n") and not noun.endswith(("an", "on")) or lex.role_noun(noun) is not None or _noun_gender(noun) != "m":
            continue
        if not _between(named_starts, m.start("noun"), m.end("noun") + 2):
            return True
    return False


@lru_cache(maxsize=1)
def _noun_endings() -> tuple[tuple[str, str], ...]:
    """(ending, gender) of noun_genders.tsv, longest ending first."""
    rows = [(r["ending"], r["gender"]) for r in read_tsv("noun_genders.tsv", ("ending", "gender"))]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def _noun_gender(noun: str) -> str:
    low = noun.lower()
    return next((g for end, g in _noun_endings() if low.endswith(end)), "m")


_NOMINATIVE_ARTICLE = {"der": "m", "die": "f", "das": "n"}
# the verb a pronoun opens its sentence with ("Sie regt an"), or the one right before it ("Dazu merkt sie an")
_PRONOUN_VERB = re.compile(r"(?:(?:Und|Aber|Doch|Dann|Sodann)[ \t]{1,3})?(?:Er|Sie)[ \t]{1,3}([a-zäöüß]{2,30})\b|[^.!?]{0,80}?([a-zäöüß]{2,25})[ \t]{1,3}(?:er|sie)\b")


def _body_gender(text: str, a: int, b: int) -> str | None:
    """The gender of the body or group acting in text[a:b] ("Der Ausschuss ..." m, "... beschließt die
    Bezirksvertretung" f, "Das Gremium" n): the first body whose article agrees with its noun in the nominative
    ("Auf Empfehlung der Bezirksvertretung beschließt der Rat": the Rat). None when none is named so."""
    sent = text[a:b]
    m = group_subject().match(sent)
    # a group with a verb in the indicative present ("Die Verwaltung sagt zu"), not reported ("Die Fraktion halte ...")
    found = [m] if m is not None and (v := _LOWER_RUN.search(sent, m.end())) is not None and v.group(0).endswith("t") else []
    for m in found + list(body_anywhere().finditer(sent)):
        words = m.group(0).split()
        g = _noun_gender(words[-1])
        if _NOMINATIVE_ARTICLE.get(words[0].lower()) == g:
            return g
    return None


def _pronoun_reported(text: str, s: int, e: int) -> bool:
    """Whether the verb of the "Er"/"Sie" of text[s:e] is in the Konjunktiv I ("Sie sei teuer", "Er sichere den Standort",
    "Eine Pflicht halte sie für unnötig"): reported content of the current speaker, not another person speaking."""
    vm = _PRONOUN_VERB.match(text, s, e)
    verb = (vm.group(1) or vm.group(2)) if vm is not None else None
    return verb is not None and _konjunktiv_i(verb)


def _pronoun_speaks(text: str, s: int, e: int, lex) -> bool:  # noqa: ANN001
    """Whether the "Er"/"Sie" of text[s:e] goes with a verb of saying ("Sie regt an", "Dazu merkt er an"), not with a
    passive or a modal of what happens to the person ("Sie wird vertreten", "kann er nicht teilnehmen")."""
    vm = _PRONOUN_VERB.match(text, s, e)
    # ("Er sieht drei Ausbaustufen vor": "vorsehen", what a plan provides, is no view a person states)
    return vm is not None and (vm.group(1) or vm.group(2)) in lex.speech_verbs and _PROVIDES.match(text, s, e) is None


def _not_the_body(text: str, s: int, e: int, before: tuple[int, int], g: str, lex) -> bool:  # noqa: ANN001
    """Whether the "Er"/"Sie" of text[s:e], after a decision or an act of a body, cannot be that body: the body of the
    sentence before has another gender ("Der Ausschuss nimmt den Bericht zur Kenntnis. Sie regt an, ...") and the
    pronoun speaks (a verb of saying: "Sie wird dem Rat vorgelegt" is a thing). Then it is the person spoken of before."""
    if not _pronoun_speaks(text, s, e, lex):
        return False
    body = _body_gender(text, *before)
    return body is not None and body != g


_NOT_TITLE_START = frozenset(["Der", "Die", "Das", "Er", "Sie", "Es", "Ein", "Eine", "Herr", "Frau", "Ich", "Wir", "Man", "Dies", "Diese", "Dieser"])
_TITLE_WORDS = frozenset(
    ["der", "die", "das", "des", "den", "dem", "und", "oder", "sowie", "für", "von", "vom", "zur", "zum", "im", "am", "zu", "auf", "über", "mit", "in", "an", "bei", "nach", "aus", "gegen", "ohne", "bis", "unter", "gem", "gemäß", "nr"]
)
_TITLE_TOKEN = re.compile(r"[\wäöüß]+")
_PERSON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(?:Herr|Frau)[ \t]")
_LIST_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}[.)][ \t]{1,3}(?=[A-ZÄÖÜ])")  # "2. ", "2.2. ", "3)"
_ADJECTIVE_END = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")  # "in den nichtöffentlichen Teil" in a numbered title


def _title_line(text: str, s: int, e: int, least: int = 3) -> bool:
    """A line of its own between sentences that is a title, not a sentence ("Wahl der Beigeordneten der Gemeinde"):
    no end punctuation, a capitalised noun first, and no lower-case word but articles, prepositions and "und";
    the line before ends a sentence, so it is no wrapped line of running text."""
    if not (s > 0 and text[s - 1] == "\n") or text[e : e + 1] not in ("\n", "") or text[e - 1] in ".,;:!?“\")»":
        return False
    words = _TITLE_TOKEN.findall(text, s, e)
    numbered = False
    if len(words) > 1 and words[0].isdigit() and (lead := _LIST_NUMBER.match(text, s, e)) is not None and lead.end() < e:
        if text[:s].rstrip().endswith(":") and _PERSON_NEXT_LINE.match(text, e) is None:
            return False  # "nennt die einzelnen Punkte:" / "1. Termine": the speaker's own list (unless a person opens the next line)
        words = _TITLE_TOKEN.findall(text, lead.end(), e)  # "2. Antrag zur Verlagerung der Punkte 9 und 10": a numbered subheading
        numbered = True
    if not least <= len(words) <= 12 or words[0] in _NOT_TITLE_START or not words[0][:1].isupper():
        return False
    if any(w[:1].islower() and w not in _TITLE_WORDS and not (numbered and _ADJECTIVE_END.fullmatch(w)) for w in words):
        return False  # (a numbered title may have adjectives: "2. Verlagerung in den nichtöffentlichen Teil")
    before = text[:s].rstrip()
    return before[-1:] in (".", "!", "?", ":", "“", "\"")


# after the subject: an apposition or a relative clause in commas ("ORM X, der ... bestellt wurde, beabsichtige")
_INSERT = re.compile(r"[ \t]{0,2},[^,.;:\n]{2,120},")
_FIRST_LOWER = re.compile(r"[ \t]{0,3}\(?[^()\n]{0,40}?\)?[ \t]{0,3}([a-zäöüß]{2,30})\b")


@lru_cache(maxsize=1)
def _konjunktiv_words() -> tuple[frozenset[str], frozenset[str]]:
    """(listed Konjunktiv I forms, words in "-e" that are no verb) from konjunktiv.tsv."""
    rows = read_tsv("konjunktiv.tsv", ("word", "kind"))
    for r in rows:
        if r["kind"] not in ("konjunktiv", "not_verb"):
            raise RatsnlpError(Errors.E001.format(path="konjunktiv.tsv", line="?", problem=f"kind {r['kind']!r}: konjunktiv or not_verb"))
    return frozenset(r["word"] for r in rows if r["kind"] == "konjunktiv"), frozenset(r["word"] for r in rows if r["kind"] == "not_verb")


def _konjunktiv_i(verb: str) -> bool:
    """A finite verb in the Konjunktiv I: listed, or in "-e" and no past tense ("-te"): "beabsichtige", "plane"."""
    listed, not_verbs = _konjunktiv_words()
    return verb in listed or (len(verb) >= 5 and verb.endswith("e") and not verb.endswith("te") and verb not in not_verbs)


def _reported(text: str, s: int, e: int, subj: Mention) -> bool:
    """Whether a sentence that opens with a person is reported content in the Konjunktiv I ("X beabsichtige eine
    Veranstaltung", "X habe zugesagt"): the current speaker reports what X plans or did, X does not speak."""
    if subj.start_char != s or text.startswith("Ich ", s):
        return False  # (a report's author: "Ich habe ... deutlich gemacht" is the first person, not the Konjunktiv)
    at = subj.end_char
    if (ins := _INSERT.match(text, at, e)) is not None:
        at = ins.end()
    m = _FIRST_LOWER.match(text, at, e)
    if m is None:
        return False
    verb = m.group(1)
    return _konjunktiv_i(verb)


# a speech's salutation at the start of a paragraph ("Meine sehr geehrten Damen und Herren,", "Sehr geehrte Frau Vorsitzende,")
_SALUTATION = re.compile(r"(?:Meine[ \t]{1,3})?(?:sehr[ \t]{1,3})?(?:[Ss]ehr[ \t]{1,3})?geehrte[nr]?[ \t]{1,3}[A-ZÄÖÜ]|(?:Liebe|Werte)[ \t]{1,3}(?:Kolleginnen|Damen|Bürgerinnen|Anwesende)")
# an item or page title that names whose contribution the text below is ("Informationen des BzBm", "Bericht der Landrätin")
_TITLE_OF_SPEECH = re.compile(r"\b(?:Informationen|Information|Bericht|Mitteilungen|Ausführungen|Rede|Ansprache|Erklärung|Haushaltsrede)[ \t]{1,3}(?:des|der)[ \t]{1,3}([A-ZÄÖÜ][\wäöüß.-]{1,40})")


def _titled_speaker(text: str, doc: Doc, s: int) -> Mention | None:
    """The unnamed speaker of a verbatim speech that opens with a salutation and has no speaker but the title of its
    item or page: the role noun after "Bericht des" / "Informationen der" in that title (else None)."""
    titles = [t for a, _, t in ext.group_values(doc, ext.SPAN_GROUPS["items"], ("item_title",)) if a <= s and t]
    head = titles[-1] if titles else text[: text.find("\n", 0, 300) if text.find("\n", 0, 300) > 0 else 0]
    m = _TITLE_OF_SPEECH.search(head)
    if m is None or lexicon().role_noun(m.group(1)) is None:
        return None
    return Mention((s, s, None, None, None, m.group(1), None, None, True), text)


# "sie" next to its finite verb: "Sie haben", "hätten sie"; the verb ends in "-en" (or is "sind") only in the plural
_SIE_VERB = re.compile(r"(?:[Ss]ie\s{1,3}(?:(?:nun|jetzt|dann|auch|aber|zwar|doch|jedoch|noch|schon|bereits|ebenfalls)\s{1,3})?([a-zäöüß]{3,20})\b|\b([a-zäöüß]{3,20})\s{1,3}sie\b)")


def _plural_sie(text: str, s: int, e: int) -> bool:
    """Whether the "sie" of a pronoun sentence is plural ("Dort hätten sie nur Rederecht", "Sie wollen nicht mehr
    antreten"): a plural finite verb next to it. The singular ("Sie fragt", "hatte sie", "Sie sei") goes on."""
    m = _SIE_VERB.search(text, s, min(e, s + 120))
    if m is None:
        return False
    verb = m.group(1) or m.group(2)
    return verb == "sind" or (verb.endswith("en") and verb not in _konjunktiv_words()[1] and verb not in ("dagegen", "hingegen", "deswegen", "eben", "selben"))


# "Dieser" as the subject ("Dieser hielt eine Rede": a verb follows, not a noun) or after the speech verb that closes a
# quotation ("„...“, erklärte dieser."): the man named last before, not the speaker of the sentence before
_DIESER = re.compile(r"Dieser[ \t]{1,3}(?!(?:wurde|wird)\b)(?:[a-zäöüß]{3,20})\b|[^\n]{0,400}?[“”\"][ \t]{0,2},[ \t]{1,3}([a-zäöüß]{3,20})[ \t]{1,3}dieser[ \t]{0,2}[.!]?$")


def _demonstrative(text: str, s: int, e: int, prev: tuple[int, int], named_first: dict, named_starts: list[int], lex) -> Mention | None:  # noqa: ANN001
    """The named man "dieser" stands for in a sentence that speaks or acts through it (see _DIESER): the last named
    person of the sentence before who is not a woman. None when the sentence has no such "dieser"."""
    if text.find("ieser", s, e) < 0:
        return None  # the literal every match needs (most sentences)
    m = _DIESER.match(text, s, e)
    if m is None or (m.group(1) is not None and m.group(1) not in lex.speech_verbs):
        return None
    lo, hi = bisect.bisect_left(named_starts, prev[0]), bisect.bisect_left(named_starts, prev[1])
    men = [named_first[a] for a in named_starts[lo:hi] if named_first[a].gender != "f" and not named_first[a].role_noun]
    return men[-1] if men else None


def _quote_opened_before(text: str, sents: list, k: int, subject: int) -> int | None:
    """The start of the sentence, up to four before sentence k, that opens a quotation which sentence k closes before its
    speaker ("„Das ist teuer. Wir schieben es“, so X."): the whole quotation is X's contribution. None when sentence k
    opens its quotation itself or has none before the speaker."""
    s = sents[k][0]
    close_at = max(text.rfind("“", s, subject), text.rfind("”", s, subject))
    if close_at < 0 and text.count('"', s, subject) % 2 == 1:
        return _straight_quote_opened_before(text, sents, k)
    opener, closers = "„", ("“", "”")
    if close_at < 0 and (close_at := text.rfind("«", s, subject)) >= 0:
        opener, closers = "»", ("«",)  # "»S1. S2«, sagte X.": the guillemets of newspapers
    if close_at < 0 or text.find(opener, s, close_at) >= 0:
        return None
    for j in range(k - 1, max(-1, k - 5), -1):
        a, b, _ = sents[j]
        q = text.rfind(opener, a, b)
        if q >= 0:
            return a if all(text.find(c, q, b) < 0 for c in closers) else None
        if any(text.find(c, a, b) >= 0 for c in closers):
            return None
    return None


def _straight_quote_opened_before(text: str, sents: list, k: int) -> int | None:
    """_quote_opened_before with straight quotes ('"Das ist teuer. Warum auch", wollte X wissen.'): sentence k closes
    one, the nearest sentence before it with an odd number of them opens it."""
    for j in range(k - 1, max(-1, k - 5), -1):
        a, b, _ = sents[j]
        n = text.count('"', a, b)
        if n % 2 == 1:
            return a if text[a:b].lstrip().startswith('"') or n == 1 else None
        if n:
            return None
    return None


def _prev_sent_end(sents: list, start: int) -> int:
    """The end of the last sentence that ends before `start`."""
    ends = [b for _, b, _ in sents if b <= start]
    return ends[-1] if ends else start


def _other_named_before(sent: tuple[int, int], named_first: dict, named_first_starts: list[int], ref: str, people: People) -> bool:
    """Whether the sentence before, which belongs to no turn, names persons other than the last speaker ("Neben X und
    Y hat nur Z Erfahrung. Er war ..."): "Er"/"Sie" after it is one of them, not the speaker of a turn long closed."""
    starts = named_first_starts
    lo, hi = bisect.bisect_left(starts, sent[0]), bisect.bisect_left(starts, sent[1])
    keys = {people.key_for(m) for m in (named_first[a] for a in starts[lo:hi]) if not m.role_noun}  # (a role noun may be the speaker's)
    return bool(keys) and ref not in keys


_APPOSED_NOUN = re.compile(r"[ \t]{0,3},[ \t]{0,3}(?:den|dem|die|der)[ \t]{1,3}([A-ZÄÖÜ][\wäöüß-]+)")


def _apposed_holder(text: str, sent: tuple[int, int], named_first: dict, starts: list[int], noun: str) -> Mention | None:
    """The one person the sentence before names with the role noun in an apposition ("begrüßt Herrn X, den
    Vorsitzenden des Vereins,"): "Der Vorsitzende" as the next subject is X, not the meeting's chair."""
    lo, hi = bisect.bisect_left(starts, sent[0]), bisect.bisect_left(starts, sent[1])
    st = _stem(noun)
    found = [m for m in (named_first[a] for a in starts[lo:hi]) if (ap := _APPOSED_NOUN.match(text, m.end_char, sent[1])) and _stem(ap.group(1)) == st]
    return found[0] if len(found) == 1 else None


def _addressed_before(sent: tuple[int, int], named_first: dict, starts: list[int], speaker: str, g: str, people: People) -> Mention | None:
    """The one person of gender g other than the speaker that the sentence before names ("erteilt Herrn Y das Wort",
    "begrüßt Herrn Dr. Y vom Planungsbüro"): "Er" after it, which cannot be the speaker (a woman), is Y."""
    lo, hi = bisect.bisect_left(starts, sent[0]), bisect.bisect_left(starts, sent[1])
    found: dict[str, Mention] = {}
    for m in (named_first[a] for a in starts[lo:hi]):
        if (m.gender or _GENDER_OF_TITLE.get(m.title or "")) == g and (key := people.key_for(m)) != speaker:
            found.setdefault(key, m)
    return next(iter(found.values())) if len(found) == 1 else None


# a speaker named only at the end, after the content ("…, stellte Ausschussvorsitzender X (AB) fest.", "…, wie X berichtete.")
_AFTER_CONTENT = re.compile(r",\s{0,3}(?:wie\s{1,3})?(?P<verb>[a-zäöüß]{2,20})\s{1,3}(?:(?:auch|dazu|abschließend|zudem)\s{1,3})?(?:[A-ZÄÖÜ][\wäöüß.-]*\s{1,3}){0,3}$")
_AFTER_NAME = re.compile(r"\s{0,3}(?:\([^()]{1,40}\)\s{0,3})?(?:[a-zäöüß]{2,10}\s{0,3})?[.!]?\s*$")


def _trailing_attribution(text: str, s: int, e: int, subj, lex) -> bool:  # noqa: ANN001
    """The sentence names its speaker only at its end, after what was said and a comma."""
    head = text[s : subj.start_char]
    if len(head) < 25 or "„" in head or "\"" in head or _AFTER_NAME.fullmatch(text, subj.end_char, e) is None:
        return False
    m = _AFTER_CONTENT.search(head)
    return m is not None and (m.group("verb") == "so" or m.group("verb") in lex.speech_verbs)


def _content_before_attribution(text: str, prev_sent: tuple[int, int], named_starts: list[int], decided_starts: list[int]) -> bool:
    """The sentence before is content of the same paragraph that no one is named in and no decision: what the
    speaker named after the next sentence's content said first."""
    a, b = prev_sent
    if b - a < 30 or text[b - 1] not in ".!" or KONJUNKTIV.search(text, a, b):
        return False  # (reported content in the Konjunktiv is the speaker's before it)
    k = bisect.bisect_left(named_starts, a)
    if k < len(named_starts) and named_starts[k] < b:
        return False
    d = bisect.bisect_left(decided_starts, a)
    return not (d < len(decided_starts) and decided_starts[d] < b)


_FLOOR_GIVEN = re.compile(r"\bRederecht\b|\bdas\s{1,3}Wort\b")  # the floor given to a person by a vote or by the chair
# a person elected or appointed by the vote before ("… wurde X zum Ortsvorsteher gewählt", "ist X gewählt worden")
_ELECTED_PERSON = re.compile(r"\b(?:gewählt|wiedergewählt|bestellt|ernannt|bestimmt)\b")

_OTHER = "other"  # the mark of a turn after a sentence about another named person (see _about_other)


def _about_other(text: str, s: int, e: int, first: Mention | None, key: str, people: People) -> bool:
    """Whether a sentence that opens no turn tells of another named person in the indicative ("Herr Y war 20 Jahre
    im Rat tätig."): the minute-taker narrates, so the speaker named again after it starts a new contribution.
    Reported content ("Herr Y habe zugesagt") goes on with the speaker."""
    if first is None or people.key_for(first) == key or KONJUNKTIV.search(text, s, e):
        return False
    return not _reported(text, s, e, first)


def _acts_at_start(text: str, s: int, subj: Mention | None) -> bool:
    """Whether a sentence in a facts section opens with "Herr X"/"Frau Y" and a verb in the present ("Herr X
    bietet die Bücher an"): a member or officer acting at the meeting, below the heading of an item's facts."""
    return subj is not None and subj.start_char == s and subj.title is not None and _PRESENT_VERB.match(text, subj.end_char) is not None


_PRESENT_VERB = re.compile(r"[ \t]{1,3}(?!(?:hat|hatte|war|ist|wird|wurde|sei|habe)\b)[a-zäöüß]{3,20}t\b")


def _subject_in(subject_at: dict, starts: list[int], s: int, e: int) -> Mention | None:
    k = bisect.bisect_left(starts, s)
    return subject_at[starts[k]] if k < len(starts) and starts[k] < e else None


def _between(starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


@lru_cache(maxsize=1)
def _chair_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """chair_statements.txt as two regexes: the lines matched at a sentence start, and those (led by \\b) anywhere."""
    lines = read_list("chair_statements.txt")
    anchored = [line for line in lines if not line.startswith("\\b")]
    free = [line for line in lines if line.startswith("\\b")]
    return re.compile("|".join(f"(?:{x})" for x in anchored)), re.compile("|".join(f"(?:{x})" for x in free))


_BEFORE_START = " \t\n\u00a0-–•*"
_CHAIR_WORDS = ("vorsitz", "leit")  # (lower-cased) every chair statement has one: "Vorsitz(ende)", "Sitzungsleiter", "Leitung", "leitet"


def _chair_statements(text: str, scan: TextScan, sents: list, named: list[Mention], people: People) -> dict[int, tuple[str, bool]]:
    """The sentences that state who chairs ("Vorsitzender ist Herr X.", "Die Sitzung leitet Frau Y.", "... unter dem
    Vorsitz von Herrn Z ..."): {sentence start: (key of that person, whether the sentence is their act of taking
    the chair)}. The person gets the role noun "Vorsitzende", so that "Der Vorsitzende" is that person (a mayor
    stays a mayor: the own noun outranks it). The regexes run only on the sentences that hold one of _CHAIR_WORDS."""
    out: dict[int, tuple[str, bool]] = {}
    low = scan.low if scan.aligned else text.lower()
    found: set[int] = set()
    starts = [a for a, _, _ in sents]
    for word in _CHAIR_WORDS:
        at = low.find(word)
        while at >= 0:
            if (k := bisect.bisect_right(starts, at) - 1) >= 0 and at < sents[k][1]:
                found.add(k)
            at = low.find(word, at + len(word))
    if not found:
        return out
    anchored, free = _chair_patterns()
    named_starts = [m.start_char for m in named]
    for k in sorted(found):
        s, e, kind = sents[k]
        if kind == "label":
            continue
        lead = s + len(text[s:e]) - len(text[s:e].lstrip(_BEFORE_START))
        cm = anchored.match(text, lead, e) or (free.search(text, s, e) if free.pattern else None)
        if cm is None:
            continue
        inside = named[bisect.bisect_left(named_starts, s) : bisect.bisect_left(named_starts, e)]
        after = [m for m in inside if m.start_char >= cm.start()]
        person = after[0] if after else (inside[-1] if inside else None)
        p = people.by_key.get(people.key_for(person)) if person is not None else None
        if p is None:
            continue
        if "Vorsitzende" not in p.role_nouns:
            p.role_nouns.append("Vorsitzende")
            people._resolved.clear()
        out[s] = (p.key, any(v for key, v in cm.groupdict().items() if key.startswith("act")))
    return out


# a named person who takes the chair of this meeting right after the name ("X übernimmt den Altersvorsitz")
_TAKES_CHAIR = re.compile(r"\s{1,3}(?:übernimmt|übernahm)\s{1,3}(?:nun\s{1,3}|sodann\s{1,3})?den\s{1,3}((?:Alters)?[Vv]orsitz)\b")


def _paragraph_start(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] == "\n"


# a short apposition between the subject and its verb: a party, a faction, a function ("Herr X, Fraktion Y, erklärt")
_APPOSITION = re.compile(r"\s{0,2},[^,.;:\n]{2,40},")
_CLAUSE_END = re.compile(r"[,;:.]")
_LOWER_RUN = re.compile(r"[a-zäöüß]+")
_WORD_BEFORE = re.compile(r"([\wäöüß]+)\s{1,3}$")


# a participle: "angefragt", "festgestellt", "gefragt" (its separable prefix, "ge", the stem and "t")
_PARTICIPLE = re.compile(r"[a-zäöü]{0,6}ge([a-zäöüß]{2,}t)")


def _said_participle(word: str, lex) -> bool:  # noqa: ANN001
    """ "Anschließend wurde durch die Bürgermeisterin nachgefragt, ob ...": the participle of a speech verb ("fragt"),
    after the agent of a passive."""
    m = _PARTICIPLE.fullmatch(word)
    return m is not None and m.group(1) in lex.speech_verbs


# a speaker named with the topic, then a colon or a dash, no verb: "Herr X zur Verkürzung der Liegezeiten: ...", "Herr Y
# zur Seite 8 - ...": a label of a note-taker's minutes
_TOPIC_LABEL = re.compile(r"[ \t]{1,3}(?:zu|zum|zur|bezüglich)[ \t][^.:\n]{1,80}?(?::[ \t]|[ \t][-–][ \t])")


def _speech_verb_after(text: str, subj: Mention | None, lex) -> bool:  # noqa: ANN001
    if subj is None:
        return False
    after = text[subj.end_char : subj.end_char + 120]
    if (appos := _APPOSITION.match(after)) is not None:
        after = after[appos.end() :]  # "Herr X, SPD-Fraktion, erklärt": the verb after the apposition
    if STANCE_COPULA.match(after):
        return True  # "BV X (AB) ist mit dem Verfahren einverstanden": a position stated with the copula
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    if any(w in lex.speech_verbs or _said_participle(w, lex) for w in _LOWER_RUN.findall(clause)[:8]):
        return True
    before = _WORD_BEFORE.search(text[max(0, subj.start_char - 40) : subj.start_char])
    return bool(before and before.group(1) in lex.speech_verbs)


def _run_upstream(doc: Doc) -> None:
    """Let `add_pipe("ratsnlp_turns")` work alone: run the components it builds on."""
    from ..tag.decisions import Decisions
    from .mentions import Mentions
    from .sentences import Sentences
    from .structure import StructureComponent

    for comp in (StructureComponent(), Sentences(), Mentions(), Decisions()):
        comp(doc)
