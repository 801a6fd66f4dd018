"""The `ratsnlp_roles` component: each turn's role and party.

Evidence in order of strength: the role nouns used for the person anywhere in the document (with the
regional rule that a Stadtrat/Beigeordnete with a party is elected, without one staff), the roster,
an affiliation ("(Verwaltung)", "vom Ordnungsamt"), context (a speaker in question time is public;
a speaker who presents the item and has no party is staff), and a stated party (council member).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..resources import lexicon, read_list
from ..resources.literals import Prechecked
from ..segment.names import affiliation_role, compound_role, looks_like_list
from ..segment.turns import _surname, slug

ROLE_RANK = ("mayor", "chair", "administration", "guest", "advisory_member", "council_member", "public")
QUESTION_TIME = re.compile(
    r"(?i)fragestunde|einwohnerfragen|bürgerfragen|(?:fragen|wünsche|anregungen|anfragen)\s+(?:und\s+\w+\s+)?(?:von|der)\s+(?:einwohner|bürger)"
)
PRESENTS = re.compile(r"\b(?:stellt|präsentiert|erläutert|berichtet|informiert|skizziert)\b[^.]{0,300}?(?:\bvor\b|Vorlage|Konzept|Planung|Bericht|Sachstand)")
FACTION = re.compile(
    r"(?i:\bfür(?:\s+die)?|namens\s+der|im\s+namen\s+der|fraktionsvorsitzende[r]?\s+der|sprecher(?:in)?\s+der|"
    r"antrag\s+(?:der|seiner|ihrer)|(?:ihre|seine)\s+fraktion,?\s+(?:die|der)|seitens\s+der|dass\s+(?:die|seine|ihre))\s+(?P<rest>[^,.;:]{2,60})"
)


# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
QUESTION_TIME, PRESENTS, FACTION = (
    Prechecked(QUESTION_TIME), Prechecked(PRESENTS), Prechecked(FACTION),
)


@lru_cache(maxsize=1)
def member_acts() -> re.Pattern[str]:
    """What only an elected member does (resources/de/member_acts.txt)."""
    return re.compile("|".join(f"(?:{p})" for p in read_list("member_acts.txt")), re.IGNORECASE)


def party_after(rest: str, lex) -> str | None:  # noqa: ANN001
    """The party named at the start of `rest` ("Bündnis 90/Die Grünen erklärt ..." -> Grüne)."""
    rest = re.sub(r"^(?i:fraktion)\s+(?:(?i:der|des)\s+)?", "", rest.strip())  # "seitens der Fraktion Bündnis 90/..."
    words = rest.split()[:5]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        for cand in (phrase, re.sub(r"(?i)-?fraktion$", "", phrase)):
            if (p := lex.party(cand)) is not None:
                return p
    return None


# a local list by its acronym at the end of the clause ("bringt den Antrag für die ABC ein")
LIST_ACRONYM_END = re.compile(r"\s*([A-ZÄÖÜ]{3,6})(?:\s+(?:ein|vor|an))?(?:\s+und\s.*)?\s*")


def _list_acronym(rest: str, lex) -> str | None:  # noqa: ANN001
    """A local voter group named only by its acronym after "für die" / "namens der": kept as written."""
    m = LIST_ACRONYM_END.fullmatch(rest)
    if m is None or lex.role_noun(m.group(1)) is not None or not looks_like_list(m.group(1), lex):
        return None
    return m.group(1)


# "Frau X wird mit 7 Stimmen zur Vorsitzenden gewählt": the office a named person was given
ELECTED_TO = re.compile(
    r"\b(?:Herr|Frau)\s{1,3}(?:Dr\.\s{1,3})?(?P<name>[A-ZÄÖÜ][\wäöüß'-]{1,30})\b[^.;]{0,100}?\bzu[rm]\s{1,3}"
    r"(?:[\wäöüß.]+\s{1,3})?(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40})(?:\s{1,3}(?:des|der)\s{1,3}[\wäöüß-]{2,40})?\s{1,3}"
    r"(?:gewählt|bestimmt|ernannt|berufen)\b"
    r"|\b(?:übergibt|übergab)\b[^.;]{0,40}?\b(?P<noun2>Sitzungsvorsitz|Vorsitz|Sitzungsleitung)\s{1,3}an\s{1,3}(?:Herrn|Frau)\s{1,3}"
    r"(?:Dr\.\s{1,3})?(?P<name2>[A-ZÄÖÜ][\wäöüß'-]{1,30})"
)
TAKES_CHAIR = re.compile(
    r"\b(?:übernimmt|übernahm|führt|führte)\b[^.]{0,40}\b(?:den\s+(?:Alters)?[Vv]orsitz|die\s+Sitzungsleitung)\b|\bals\s+\w*[Vv]orsitzende[r]?\b"
)
# the council itself is called Stadtrat/Gemeinderat (Bavaria, BW, Saxony, ...): a "Stadtrat X" is elected there
COUNCIL_CALLED_STADTRAT = re.compile(
    r"\b(?:des|im|vom|dem|den)\s+(?:Stadt|Gemeinde|Markt|Marktgemeinde)rat(?:e?s)?\b|\b(?:Stadt|Gemeinde|Marktgemeinde)rats(?:sitzung|fraktion|mitglied)|"
    r"\b[Dd]er\s+(?:Stadt|Gemeinde|Marktgemeinde)rat\s+(?:beschließt|beschloss|stimmt|stimmte|nimmt|nahm|hat|billigt|lehnt)|"
    r"\b\d{1,2}\s{1,3}(?:Stadt|Gemeinde)räte\b|\bSächsGemO\b"  # "22 Stadträte sind da": too many for district councillors
)
ELECTED_WHERE_COUNCIL_IS_STADTRAT = frozenset(["Stadtrat", "Stadträtin", "Stadtrat'in", "Stadtrat’in"])
# Lower Saxony (NKomVG): a council chair who is not the mayor; the Beigeordnete there are council members
# elected to the Verwaltungsausschuss, not staff as in North Rhine-Westphalia
COUNCIL_HAS_OWN_CHAIR = re.compile(r"\bRatsvorsitzende[rn]?\b|\bNKomVG\b")
ELECTED_WHERE_COUNCIL_HAS_OWN_CHAIR = frozenset(["Beigeordneter", "Beigeordnete"])


def role_from_nouns(nouns: list[str], has_party: bool, *, stadtrat_is_council: bool = False, own_chair: bool = False) -> str | None:
    lex = lexicon()
    found = []
    for phrase in nouns:
        for w in phrase.split():
            noun = lex.role_noun(w) or compound_role(w, lex)
            if noun is None:
                continue
            role = noun.role
            if noun.party_elected:
                elected = has_party or (stadtrat_is_council and w in ELECTED_WHERE_COUNCIL_IS_STADTRAT) or (own_chair and w in ELECTED_WHERE_COUNCIL_HAS_OWN_CHAIR)
                role = "council_member" if elected else "administration"
            found.append(role)
    if not found:
        return None
    return min(found, key=ROLE_RANK.index)


@Language.factory("ratsnlp_roles", assigns=["span._.role", "span._.party"], requires=["doc.spans"])
def make_roles(nlp: Language, name: str) -> Roles:
    return Roles(name=name)


class Roles:
    """Sets `role` and `party` on every turn (and in doc._.speakers)."""

    def __init__(self, *, name: str = "ratsnlp_roles") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        lex = lexicon()
        speakers = doc._.speakers or {}
        roster = {}
        for entry in doc._.roster or []:
            roster.setdefault(slug(_surname(entry["name"])), entry)
        items = {sp.start_char: sp for sp in doc.spans.get(ext.SPAN_GROUPS["items"], [])}
        turns = list(doc.spans.get(ext.SPAN_GROUPS["turns"], []))
        item_starts = sorted(items)
        text = ext.text_of(doc)
        stadtrat_is_council = COUNCIL_CALLED_STADTRAT.search(text) is not None
        own_chair = COUNCIL_HAS_OWN_CHAIR.search(text) is not None
        chairs: set[str] = set()
        took_chair: set[str] = set()  # said to chair this meeting: outranks a staff or member noun
        context_party: dict[str, str] = {}
        presents: set[str] = set()
        members: set[str] = set()
        public_context: set[str] = set()
        for t in turns:
            t_text, speaker_id = text[t.start_char : t.end_char], t._.speaker_id  # t.text rebuilds it from the tokens
            for m in FACTION.finditer(t_text[:400]):
                if (p := party_after(m.group("rest"), lex) or _list_acronym(m.group("rest"), lex)) is not None:
                    context_party.setdefault(speaker_id, p)
                    break
            if member_acts().search(t_text):
                members.add(speaker_id)
            if PRESENTS.search(t_text[:300]):
                presents.add(speaker_id)
            if lex.chair_acts.search(t_text):
                chairs.add(speaker_id)
            if TAKES_CHAIR.search(t_text):
                took_chair.add(speaker_id)
            item = _item_of(items, t.start_char, item_starts)
            if item is not None and QUESTION_TIME.search(item._.item_title or ""):
                public_context.add(speaker_id)
        spans = question_time_spans(text, item_starts)
        public_context.update(t._.speaker_id for t in turns if any(a <= t.start_char < b for a, b in spans))
        elected: dict[str, str] = {}
        for m in ELECTED_TO.finditer(text):
            noun, name = (m.group("noun"), m.group("name")) if m.group("noun") else ("Vorsitz", m.group("name2"))
            if lex.role_noun(noun) is not None:
                elected.setdefault(slug(name), noun)
        decided: dict[str, tuple[str, str | None]] = {}
        for key, info in speakers.items():
            if not info["role_nouns"] and key in elected:
                info["role_nouns"] = [elected[key]]  # "... zur Vorsitzenden gewählt": her role from then on
            entry = roster.get(key) if info.get("named") else None
            party = (
                (info["parties"] or [None])[0]
                or (entry or {}).get("party")
                or context_party.get(key)
                or _party_in_nouns(info["role_nouns"], lex)
            )
            role = role_from_nouns(info["role_nouns"], party is not None, stadtrat_is_council=stadtrat_is_council, own_chair=own_chair)
            if role == "council_member" and entry is not None and entry.get("group_role") == "administration":
                role = role_from_nouns(info["role_nouns"], False)  # Hessen: Stadträtin (Grüne) of the Magistrat
            if role is None and entry is not None:
                role = role_from_nouns(entry.get("role_nouns") or [], party is not None)
                if role is None:
                    role = affiliation_role(entry.get("affiliation"))
                if role is None and entry.get("group_role") not in (None, "absent", "-"):
                    role = entry["group_role"]
            if role is None:
                for aff in info["affiliations"]:
                    role = affiliation_role(aff)
                    if role:
                        break
            if key in chairs and (role is None or role in ("administration", "council_member") and key in took_chair):
                role = "chair"  # opens the meeting, gives the floor, calls the vote; "übernahm den Vorsitz"
            if role is None and party is None and re.fullmatch(r"[A-ZÄÖÜ]\.", info["speaker"] or ""):
                role = "public"  # "Frau K.": residents are abbreviated, members never
            if role is None and key in members:
                role = "council_member"  # speaks for "seine Fraktion", moves a motion
            if role is None and key in public_context and party is None:
                role = "public"
            if role is None and key in presents and party is None:
                role = "administration"
            if role is None and party is not None:
                role = "council_member"
            if role is None and info.get("named") and key not in public_context:
                # a named speaker with no cue at all: in council minutes most such speakers are members (real
                # minutes: 13 of 25 uncued named speakers; staff and guests present and are introduced)
                role = "council_member"
            decided[key] = (role or "unknown", party)
            info["role"], info["party"] = decided[key]
        for t in turns:
            t._.role, t._.party = decided.get(t._.speaker_id, ("unknown", None))
        doc._.speakers = speakers
        return doc


QT_NEGATED = re.compile(r"(?i)\b(?:kein\w*|nicht|entfällt|entfiel)\b")
QT_END = re.compile(
    r"(?i)\b(?:schließt|schloss|beendet|beendete|Ende\s+der)\b[^.\n]{0,40}fragestunde|"
    r"\b(?:weitere|keine\s+weiteren)\s+\w*fragen\b[^.\n]{0,30}\b(?:liegen|lagen|gibt|gab|werden|wurden)\b"
)


def question_time_spans(text: str, item_starts: list[int]) -> list[tuple[int, int]]:
    """Stretches of the text that are question time: from a heading line or a sentence opening it ("Danach
    beginnt die Einwohnerfragestunde.") to the next agenda item or its close; not "keine Fragestunde"."""
    spans = []
    for m in re.finditer(r"[^\n]{0,160}", text):
        line = m.group(0)
        if not line.strip() or not QUESTION_TIME.search(line):
            continue
        hit = QUESTION_TIME.search(line)
        sentence = re.split(r"(?<=[.!?])\s", line[: hit.start()])[-1] + line[hit.start() :].split(".")[0]
        if QT_NEGATED.search(sentence) or (len(line) > 100 and not re.search(r"(?i)\b(?:beginnt|begann|eröffnet|eröffnete|folgt|folgte)\b", sentence)):
            continue  # "eine Fragestunde findet nicht statt"; a long line that only mentions it
        start = m.start()
        nxt = [a for a in item_starts if a > start]
        end = min(nxt) if nxt else len(text)
        close = QT_END.search(text, m.end(), end)
        spans.append((start, close.end() if close else end))
    return spans


def _party_in_nouns(nouns: list[str], lex) -> str | None:  # noqa: ANN001
    """ "CSU-Fraktionschef", "SPD-Fraktionsvorsitzende": the party in front of a role noun."""
    for phrase in nouns:
        for w in phrase.split():
            head, _, rest = w.partition("-")
            if rest and (p := lex.party(head)) is not None:
                return p
    return None


def _item_of(items: dict, pos: int, starts: list[int]):  # noqa: ANN001, ANN202
    k = bisect.bisect_right(starts, pos) - 1
    return items[starts[k]] if k >= 0 else None
