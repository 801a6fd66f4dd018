"""The `ratsnlp_roles` component: each turn's role and party.

Evidence in order of strength: the role nouns used for the person anywhere in the document (with the
regional rule that a Stadtrat/Beigeordnete with a party is elected, without one staff), the roster,
an affiliation ("(Verwaltung)", "vom Ordnungsamt"), context (a speaker in question time is public;
a speaker who presents the item and has no party is staff), and a stated party (council member).
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..resources import lexicon
from ..resources.literals import Prechecked
from ..segment.names import affiliation_role
from ..segment.turns import _surname, slug

ROLE_RANK = ("mayor", "chair", "administration", "guest", "advisory_member", "council_member", "public")
QUESTION_TIME = re.compile(r"(?i)fragestunde|einwohnerfragen|bürgerfragen|fragen\s+(?:von|der)\s+(?:einwohner|bürger)")
PRESENTS = re.compile(r"\b(?:stellt|präsentiert|erläutert|berichtet|informiert|skizziert)\b[^.]{0,300}?(?:\bvor\b|Vorlage|Konzept|Planung|Bericht|Sachstand)")
FACTION = re.compile(
    r"(?i:\bfür(?:\s+die)?|namens\s+der|im\s+namen\s+der|fraktionsvorsitzende[r]?\s+der|sprecher(?:in)?\s+der|"
    r"antrag\s+(?:der|seiner|ihrer)|(?:ihre|seine)\s+fraktion,?\s+(?:die|der)|seitens\s+der|dass\s+(?:die|seine|ihre))\s+(?P<rest>[^,.;:]{2,60})"
)


# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
QUESTION_TIME, PRESENTS, FACTION = (
    Prechecked(QUESTION_TIME), Prechecked(PRESENTS), Prechecked(FACTION),
)


def party_after(rest: str, lex) -> str | None:  # noqa: ANN001
    """The party named at the start of `rest` ("Bündnis 90/Die Grünen erklärt ..." -> Grüne)."""
    words = rest.split()[:5]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        for cand in (phrase, re.sub(r"(?i)-?fraktion$", "", phrase)):
            if (p := lex.party(cand)) is not None:
                return p
    return None


# the council itself is called Stadtrat/Gemeinderat (Bavaria, BW, Saxony, ...): a "Stadtrat X" is elected there
COUNCIL_CALLED_STADTRAT = re.compile(
    r"\b(?:des|im|vom|dem|den)\s+(?:Stadt|Gemeinde|Markt|Marktgemeinde)rat(?:e?s)?\b|\b(?:Stadt|Gemeinde|Marktgemeinde)rats(?:sitzung|fraktion|mitglied)|"
    r"\b[Dd]er\s+(?:Stadt|Gemeinde|Marktgemeinde)rat\s+(?:beschließt|beschloss|stimmt|stimmte|nimmt|nahm|hat|billigt|lehnt)"
)
ELECTED_WHERE_COUNCIL_IS_STADTRAT = frozenset(["Stadtrat", "Stadträtin", "Stadtrat'in", "Stadtrat’in"])


def role_from_nouns(nouns: list[str], has_party: bool, *, stadtrat_is_council: bool = False) -> str | None:
    lex = lexicon()
    found = []
    for phrase in nouns:
        for w in phrase.split():
            noun = lex.role_noun(w)
            if noun is None:
                continue
            role = noun.role
            if noun.party_elected:
                elected = has_party or (stadtrat_is_council and w in ELECTED_WHERE_COUNCIL_IS_STADTRAT)
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
        chairs: set[str] = set()
        context_party: dict[str, str] = {}
        presents: set[str] = set()
        public_context: set[str] = set()
        for t in turns:
            t_text, speaker_id = text[t.start_char : t.end_char], t._.speaker_id  # t.text rebuilds it from the tokens
            for m in FACTION.finditer(t_text[:400]):
                if (p := party_after(m.group("rest"), lex)) is not None:
                    context_party.setdefault(speaker_id, p)
                    break
            if PRESENTS.search(t_text[:300]):
                presents.add(speaker_id)
            if lex.chair_acts.search(t_text):
                chairs.add(speaker_id)
            item = _item_of(items, t.start_char, item_starts)
            if item is not None and QUESTION_TIME.search(item._.item_title or ""):
                public_context.add(speaker_id)
        if QUESTION_TIME.search(text[:300]) and not items:
            public_context.update(t._.speaker_id for t in turns)
        decided: dict[str, tuple[str, str | None]] = {}
        for key, info in speakers.items():
            entry = roster.get(key) if info.get("named") else None
            party = (
                (info["parties"] or [None])[0]
                or (entry or {}).get("party")
                or context_party.get(key)
                or _party_in_nouns(info["role_nouns"], lex)
            )
            role = role_from_nouns(info["role_nouns"], party is not None, stadtrat_is_council=stadtrat_is_council)
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
            if role is None and key in chairs:
                role = "chair"  # opens the meeting, gives the floor, calls the vote
            if role is None and party is None and re.fullmatch(r"[A-ZÄÖÜ]\.", info["speaker"] or ""):
                role = "public"  # "Frau K.": residents are abbreviated, members never
            if role is None and key in public_context and party is None:
                role = "public"
            if role is None and key in presents and party is None:
                role = "administration"
            if role is None and party is not None:
                role = "council_member"
            decided[key] = (role or "unknown", party)
            info["role"], info["party"] = decided[key]
        for t in turns:
            t._.role, t._.party = decided.get(t._.speaker_id, ("unknown", None))
        doc._.speakers = speakers
        return doc


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
