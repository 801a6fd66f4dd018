"""The `ratsnlp_roles` component: each turn's role and party.

Evidence in order of strength: the role nouns used for the person anywhere in the document (with the
regional rule that a Stadtrat/Beigeordnete with a party is elected, without one staff), the roster,
an affiliation ("(Verwaltung)", "vom Ordnungsamt"), context (a speaker in question time is public;
a speaker who presents the item and has no party is staff), and a stated party (council member).

A party is stated once and holds for every turn of the person: at a mention, in the speaker's own words
("für die SPD-Fraktion"), in the roster, or written at the name anywhere in the text where no mention
was read (an attendance line grouped by party, a bracket after the name, "die beiden CSU-Räte A und B").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..errors import Errors, RatsnlpError
from ..resources import Hits, TextScan, alternation, lexicon, read_list, read_tsv
from ..resources.literals import Prechecked, finditer_at, guarded, lead_strings, starts_of
from ..segment.clauses import OLDEST_MEMBER
from ..segment.names import (
    advisory_council,
    affiliation_role,
    bracket_mention,
    compound_party,
    compound_role,
    listed_group,
    looks_like_list,
    party_adjectives,
    party_nouns,
    party_spelling,
    publisher_party,
)
from ..segment.turns import FROM_PLACE, _surname, slug, text_scan

ROLE_RANK = ("mayor", "chair", "administration", "guest", "advisory_member", "council_member", "public")
QUESTION_TIME = re.compile(
    r"(?i)fragestunde|einwohnerfragen|bürgerfragen|einwohneranfragen|bürgeranfragen|(?:fragen|wünsche|anregungen|anfragen)\s+(?:und\s+\w+\s+)?(?:von|der)\s+(?:einwohner|bürger)"
    # the chair interrupts the meeting so that people in the audience may ask questions ("unterbricht die Sitzung für
    # Fragen der Zuhörer"): question time without a heading, until the meeting resumes
    r"|(?:unterbricht|unterbrach)\s+die\s+sitzung\b[^.]{0,100}\b(?:einwohner|bürger|anwohner|zuhörer|zuschauer)"
)
# also in the past and in the plural of a joint subject ("X und Y berichten zum aktuellen Sachstand")
PRESENTS = re.compile(
    r"\b(?:stellt|präsentiert|erläutert|berichtet|informiert|skizziert|stellte|präsentierte|erläuterte|berichtete|informierte|skizzierte|"
    r"stellen|präsentieren|erläutern|berichten|informieren)\b(?!\s{1,3}(?:fest|klar)\b)[^.]{0,300}?(?:\bvor\b|Vorlage|Konzept|Planung|Bericht|Sachstand|\bBV\b|(?<=[a-zäöüß])bericht\b)"
    # staff answer the members' questions: "beantwortet die Fragen", "erklärt sich bereit, offene Fragen im Ausschuss zu beantworten"
    r"|\b(?:beantwortet|beantwortete|beantworten)\b[^.]{0,60}?\b(?:Fragen|Anfragen|Anfrage|Frage)\b|\b(?:Fragen|Anfragen|Frage)\b[^.]{0,60}?\bzu\s+beantworten\b"
    # the same told in the passive with the speaker as agent ("Der Wirtschaftsplan wird von Herrn X vorgestellt")
    r"|\b(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+){0,2}?(?:von|durch)\s+(?:Herrn|Frau)\s+[^.]{1,60}?\b(?:vorgestellt|präsentiert|erläutert|eingebracht)\b"
    # the paper named first ("verweist auf die Verwaltungsvorlage und erläutert diese")
    r"|(?:[Vv]orlage|Konzept|Planung)\b[^.]{0,40}?\bund\s+(?:erläutert|erläuterte|stellt|stellte|präsentiert|präsentierte)\s+(?:diese|dieses|sie|es)\b"
)
# a reply that names the office of the one just heard ("folgt der Auffassung der Bürgermeisterin", "widerspricht
# den Ausführungen des Amtsleiters")
REFERS_BACK = re.compile(
    r"\b(?:der|den|dem|die)\s+(?:Meinung|Auffassung|Ansicht|Ausführungen|Worten|Vorschlag|Argumentation|Einschätzung|Bericht)\s+"
    r"(?:der|des)\s+(?:Frau\s+|Herrn\s+)?(?P<noun>(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|Vorsitzenden|Ortsvorsteher(?:in)?|Landr(?:at|ätin)|[A-ZÄÖÜ][a-zäöüß]*(?:amtsleiter(?:in)?|dezernent(?:in)?))(?:s|es)?\b"
)
# a heading that gives the floor to the offices ("Mitteilungen der Verwaltung", "Aktuelles aus den Fachbereichen")
OFFICE_HEADING = re.compile(
    r"\b(?:Mitteilungen|Mitteilung|Berichte?|Informationen|Information|Aktuelles|Bekanntgaben)\s+(?:der|des|aus\s+(?:der|dem|den))\s+"
    r"(?:Stadt|Gemeinde|Kreis|Amts|Bezirks)?(?:[Vv]erwaltung|(?:Fach)?[Bb]ereichen?|Ämtern|Amtes|Dezernaten|Fachdiensten)\b"
)
_OFFICE = r"(?:Stadt|Kreis|Gemeinde|Bezirks)?[Vv]erwaltung|[\wäöüß-]{0,30}(?:[Aa]mt|[Ff]achbereich|[Dd]ezernat)(?:e?s)?"
# a speaker who speaks for an organisation: "bittet im Namen des Sportvereins", "ergänzt aus Sicht des Elternbeirats"
SPEAKS_FOR = re.compile(
    r"\b(?:im\s+Namen|namens|aus\s+(?:der\s+)?Sicht|seitens)\s+(?:des|der|vom|von)\s+(?P<org>[^,.;:()]{3,60})"
    # "Für die Verwaltung antwortet Frau X": the administration (not "für die AB-Fraktion": FACTION reads that)
    r"|(?<![\w,;] )\bFür\s+(?:die|das|den)\s+(?P<office>" + _OFFICE + r")\b"
)
# the office the turn opens with ("Aus der Verwaltung erläutert Herr X", "Seitens des Bauamtes ergänzt Frau Y"); later
# in a turn such a phrase is what the office did ("Von der Verwaltung wurde zugesagt, ...")
OFFICE_FIRST = re.compile(r"(?:Aus|Von(?:\s+Seiten)?|Seitens)\s+(?:der|dem|des)\s+(?P<office>" + _OFFICE + r")\b")
# staff speak of their own office: "teilt mit, dass ihr Ressort nicht zuständig ist", "seitens seines Hauses"
OWN_OFFICE = re.compile(
    r"\b(?:mein|sein|ihr|unser)(?:e|em|en|er|es)?\s+(?:Ressort|Fachbereich|Fachdienst|Fachbereichs|Abteilung|Dezernat|Dezernats|Referat|Referats|Behörde|Hauses|Amtes)\b"
)
# the group a speaker speaks for, in their own words; also the faction as the subject of reported speech ("ergänzt,
# die Fraktion AB werde zustimmen")
FACTION = re.compile(
    r"(?i:\bfür(?:\s+die)?|namens\s+der|im\s+namen\s+der|fraktionsvorsitzende[r]?\s+der|sprecher(?:in)?\s+der|mitglied\s+der|"
    r"antrag\s+(?:der|seiner|ihrer)|(?:ihre|seine)\s+fraktion,?\s+(?:die|der)|seitens\s+der|dass\s+(?:die|seine|ihre)|,\s+die(?=\s+fraktion\b)|"
    r"\b(?:an|mit),\s+die)\s+(?P<rest>[^,.;:]{2,60})"  # "kündigt an, die AB-Fraktion werde ...": reported without "dass"
    r"|(?i:(?:ihre|seine)\s+fraktion\s{0,2}\()(?P<rest2>[^,.;:()]{2,40})\)"
    r"|(?i:\bals)\s+(?P<comp>[A-ZÄÖÜ][\wÄÖÜäöüß/]{0,25}-[A-ZÄÖÜ][a-zäöüß]{2,30})"  # own words: "als AB-Vertreter habe ich", "wir als AB-Fraktion"
)


# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
QUESTION_TIME, PRESENTS, FACTION, OWN_OFFICE, SPEAKS_FOR = (
    Prechecked(QUESTION_TIME), Prechecked(PRESENTS), Prechecked(FACTION), Prechecked(OWN_OFFICE), Prechecked(SPEAKS_FOR),
)


@lru_cache(maxsize=1)
def member_acts() -> re.Pattern[str]:
    """What only an elected member does (resources/de/member_acts.txt)."""
    return re.compile("|".join(f"(?:{p})" for p in read_list("member_acts.txt")), re.IGNORECASE)


@lru_cache(maxsize=1)
def _member_acts_checked() -> Prechecked:
    """member_acts() searching only the branches whose words the text has (exact; resources/literals.py)."""
    return Prechecked(member_acts())


@lru_cache(maxsize=1)
def _staff_acts_checked() -> Prechecked:
    """What staff do for the members (resources/de/staff_acts.txt): introduce the item, go into the questions,
    promise a check. Pre-checked: most turns lack every word a match needs."""
    return Prechecked(re.compile("|".join(f"(?:{p})" for p in read_list("staff_acts.txt")), re.IGNORECASE))


# "Fraktion der X", also the mover of the item's motion: "für die Antragstellerin X", "für die antragstellende Fraktion X"
_LEAD_FRAKTION = re.compile(r"^(?:(?:Antragstellerin|Antragsteller|antragstellende)\s+)?(?:(?i:fraktion)\s+(?:(?i:der|des)\s+)?)?")
_TRAIL_FRAKTION = re.compile(r"(?i)-?(?:(?:kreistags|stadtrats|gemeinderats|rats|bezirks|stadtverordneten|gemeindevertretungs)-?)?fraktion$")


def party_after(rest: str, lex) -> str | None:  # noqa: ANN001
    """The party named at the start of `rest` ("Bündnis 90/Die Grünen erklärt ..." -> Grüne)."""
    rest = _LEAD_FRAKTION.sub("", rest.strip())  # "seitens der Fraktion Bündnis 90/..."
    words = rest.split()[:5]
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        for cand in (phrase, _TRAIL_FRAKTION.sub("", phrase)):
            if (p := lex.party(cand)) is not None:
                return p
    return None


# a local list by its acronym at the end of the clause ("bringt den Antrag für die ABC ein")
LIST_ACRONYM_END = re.compile(
    r"\s*([A-ZÄÖÜ]{3,6})(?:\s+(?:den|einen)\s+(?:[\wäöüß-]+\s+)?(?:Antrag|Änderungsantrag|Ergänzungsantrag|Prüfauftrag|Vorschlag)\b.*)?"
    r"(?:\s+(?:ein|vor|an))?(?:\s+und\s.*)?\s*"
)  # (or before the motion it moves: "stellt für die ABC den Antrag, ...")


# the capitalised words opening the rest: "Liste Grün zwei Vertreter" -> "Liste Grün"
_LEADING_NAME = re.compile(r"(?:(?i:fraktion)\s+(?:(?i:der|des)\s+)?)?((?:[A-ZÄÖÜ][\wÄÖÜäöüß/.’'-]*\s?){1,4})")


def _list_acronym(rest: str, lex) -> str | None:  # noqa: ANN001
    """A local voter group after "für die" / "namens der", kept as written: by its acronym at the end of the
    clause, or by a name that says it is a list ("für die Liste Grün", "namens der Unabhängigen Wählergemeinschaft")."""
    m = LIST_ACRONYM_END.fullmatch(rest)
    if m is not None and lex.role_noun(m.group(1)) is None and looks_like_list(m.group(1), lex):
        return m.group(1)
    lead = _LEADING_NAME.match(rest)
    if lead is None or lex.role_noun(lead.group(1).split()[0]) is not None:
        return None
    name = lead.group(1).strip()
    group = listed_group(name, lex)
    if group is None or (group.isupper() and " " not in group and "/" not in group):
        return None  # a lone acronym only at the clause end (above): "für die ABC" but not "für die ABC-Vorlage"
    return group


# "Frau X wird mit 7 Stimmen zur Vorsitzenden gewählt": the office a named person was given
ELECTED_TO = re.compile(
    r"\b(?:Herr|Frau)\s{1,3}(?:Dr\.\s{1,3})?(?P<name>[A-ZÄÖÜ][\wäöüß'-]{1,30})\b[^.;]{0,100}?\bzu[rm]\s{1,3}"
    r"(?:[\wäöüß.]+\s{1,3})?(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40})(?:\s{1,3}(?:des|der)\s{1,3}[\wäöüß-]{2,40})?\s{1,3}"
    r"(?:gewählt|bestimmt|ernannt|berufen)\b"
    r"|\b(?:übergibt|übergab)\b[^.;]{0,40}?\b(?P<noun2>Sitzungsvorsitz|Vorsitz|Sitzungsleitung)\s{1,3}an\s{1,3}(?:Herrn|Frau)\s{1,3}"
    r"(?:Dr\.\s{1,3})?(?P<name2>[A-ZÄÖÜ][\wäöüß'-]{1,30})"
    # reports name the elected with given name and surname ("… hat Dirk X (SPD) zum Vorsitzenden gewählt") or front the
    # office ("Zur Stellvertreterin wurde Anna X (CDU) gewählt")
    r"|\b[A-ZÄÖÜ][a-zäöüß]{1,20}\s{1,3}(?P<name3>[A-ZÄÖÜ][\wäöüß'-]{1,30})(?:\s{1,3}\([^()]{1,40}\))?\s{1,3}(?:[a-zäöüß]+\s{1,3}){0,3}?zu[rm]\s{1,3}"
    r"(?:[\wäöüß.]+\s{1,3})?(?P<noun3>[A-ZÄÖÜ][\wäöüß-]{2,40})\s{1,3}(?:gewählt|wiedergewählt|bestimmt|ernannt|berufen)\b"
    r"|\bZu[rm]\s{1,3}(?:[\wäöüß.]+\s{1,3})?(?P<noun4>[A-ZÄÖÜ][\wäöüß-]{2,40})\s{1,3}(?:wurde|wird)\s{1,3}(?:(?:Herr|Frau)\s{1,3})?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]{1,20}\s{1,3})?(?P<name4>[A-ZÄÖÜ][\wäöüß'-]{1,30})(?:\s{1,3}\([^()]{1,40}\))?\s{1,3}(?:erneut\s{1,3})?(?:gewählt|wiedergewählt|bestimmt|ernannt|berufen)\b"
)
TAKES_CHAIR = re.compile(
    r"\b(?:übernimmt|übernahm|führt|führte)\b[^.]{0,40}\b(?:den\s+(?:Alters)?[Vv]orsitz|die\s+Sitzungsleitung)\b|\bals\s+\w*[Vv]orsitzende[r]?\b"
    # ready to take it ("ist bereit, die Leitung der Sitzung zu übernehmen", "erklärt sich bereit, die Wahl zu leiten")
    r"|\b(?:bereit|gewillt)\s{0,3},?\s{1,3}(?:den\s+(?:Alters)?[Vv]orsitz|die\s+(?:Sitzungs|Wahl|Versammlungs)?[Ll]eitung(?:\s+(?:der|dieser)\s+(?:Sitzung|Wahl|Wahlen|Versammlung))?)\s+zu\s+übernehmen\b"
    r"|\b(?:bereit|gewillt)\s{0,3},?\s{1,3}die\s+(?:Sitzung|Wahl|Wahlen|Versammlung)\s+zu\s+leiten\b"
    # opening or closing the meeting, which only the one chairing does ("Nachdem keine Wortmeldungen vorliegen, schließt
    # Frau KTA X die Sitzung"): a member's or an officer's noun does not make the chair someone else
    r"|\b(?:eröffnet|eröffnete|schließt|schloss)\b[^.]{0,60}?\b(?:die|diese)\s+(?:\d{1,3}\.\s+)?(?:öffentliche\s+|nichtöffentliche\s+)?Sitzung\b(?!\s+(?:des|der)\b)"
)
# the council itself is called Stadtrat/Gemeinderat (Bavaria, BW, Saxony, ...): a "Stadtrat X" is elected there
COUNCIL_CALLED_STADTRAT = re.compile(
    r"\b(?:des|im|vom|dem|den)\s+(?:Stadt|Gemeinde|Markt|Marktgemeinde)rat(?:e?s)?\b|\b(?:Stadt|Gemeinde|Marktgemeinde)rats(?:sitzung|fraktion|mitglied|vorsitzende)|"
    r"\b[Dd]er\s+(?:Stadt|Gemeinde|Marktgemeinde)rat\s+(?:beschließt|beschloss|stimmt|stimmte|nimmt|nahm|hat|billigt|lehnt)|"
    r"\b\d{1,2}\s{1,3}(?:Stadt|Gemeinde)räte\b|\bSächsGemO\b|"  # "22 Stadträte sind da": too many for district councillors
    r"(?:^|(?<=\n))[ \t]*(?:Stadt|Gemeinde|Markt)rat[ \t]+(?:am|vom)[ \t]+\d"  # a heading line: "Gemeinderat am 12.10.2020"
)
ELECTED_WHERE_COUNCIL_IS_STADTRAT = frozenset(["Stadtrat", "Stadträtin", "Stadtrat'in", "Stadtrat’in"])
# where the elected members are Stadtverordnete / Bezirksverordnete (Hessen's Magistrat, Berlin's Bezirksamt), a
# Stadtrat is a member of the executive, also with a party: "Stadtrat X (CDU) antwortet für das Bezirksamt"
STADTRAT_IS_EXECUTIVE = re.compile(r"\bMagistrat\w*|\bBezirksamt\w*|\bBVV\b|\b(?:Bezirks|Stadt)verordnete\w*")
# Lower Saxony (NKomVG): a council chair who is not the mayor; the Beigeordnete there are council members
# elected to the Verwaltungsausschuss, not staff as in North Rhine-Westphalia
COUNCIL_HAS_OWN_CHAIR = re.compile(r"\bRatsvorsitzende[rn]?\b|\bNKomVG\b|\bSamtgemeinde\w*")  # the Samtgemeinde: Lower Saxony only
ELECTED_WHERE_COUNCIL_HAS_OWN_CHAIR = frozenset(["Beigeordneter", "Beigeordnete"])
# in a Hessian Ortsbeirat "OBM" is an Ortsbeiratsmitglied, elsewhere the Oberbürgermeister: a text about an
# Ortsbeirat that never writes "Oberbürgermeister" out reads it as the member
ORTSBEIRAT = re.compile(r"\bOrtsbeirat\w*")
OBERBUERGERMEISTER = re.compile(r"\bOberbürgermeister\w*")
MEMBER_IN_ORTSBEIRAT = frozenset(["OBM", "OBMin"])
# keeping the minutes is a task, also a member's: a member noun beside it tells the role
MINUTE_TAKERS = frozenset(["Schriftführer", "Schriftführerin", "Protokollführer", "Protokollführerin"])


def role_from_nouns(
    nouns: list[str], has_party: bool, *, stadtrat_is_council: bool = False, own_chair: bool = False, ortsbeirat: bool = False
) -> str | None:
    lex = lexicon()
    found = []
    for phrase in nouns:
        for w in phrase.split():
            noun = lex.role_noun(w) or compound_role(w, lex)
            if noun is None:
                continue
            role = "council_member" if ortsbeirat and w in MEMBER_IN_ORTSBEIRAT else noun.role
            if noun.party_elected:
                elected = has_party or (stadtrat_is_council and w in ELECTED_WHERE_COUNCIL_IS_STADTRAT) or (own_chair and w in ELECTED_WHERE_COUNCIL_HAS_OWN_CHAIR)
                role = "council_member" if elected else noun.role
            elif role in ("guest", "public") and lex.role_noun(w) is None:
                role = "council_member"  # "Grünen-Sprecherin", "FDP-Mann": a party's spokesperson or man is a member
            found.append(role)
    if not found:
        return None
    return min(found, key=ROLE_RANK.index)


# the small fixed regexes of the rules below, compiled once (re's own cache is shared with every other module
# and, when they compile many patterns, recompiles these)
_ABBREVIATED = re.compile(r"[A-ZÄÖÜ]\.")  # "Frau K."
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
# "Los geht es mit der Fragestunde"; a sentence fronted by it ("In der Einwohnerfragestunde ... wies X auf ... hin")
_OPENS = re.compile(
    r"(?i)\b(?:beginnt|begann|eröffnet|eröffnete|folgt|folgte|unterbricht|unterbrach)\b|\b(?:geht|ging)\s+es\b"
    r"|^\s*(?:In|Während|Bei|Im\s+Rahmen)\s+der\s+[\w-]*(?:fragestunde|fragezeit)\b"
    r"|^\s*(?:Zum|Unter)\s+(?:dem\s+)?(?:TOP|Tagesordnungspunkt|Punkt)\s+(?:\d{1,2}[.:]?\s+)?(?:Einwohner|Bürger)[\w-]*(?:fragen|anfragen|fragestunde)\b"
)
_IN_BRACKETS = re.compile(r"\([^)]*\)")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_ENDS_SENTENCE = re.compile(r"[.!?]$")
_COMMA_SEMI = re.compile(r"[,;]")

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
        bounds = [(a, b) for a, b, _ in ext.group_rows(doc, ext.SPAN_GROUPS["turns"])]
        ids = ext.values_at(doc, bounds, "speaker_id")
        text = ext.text_of(doc)
        scan = text_scan(doc, text)
        stadtrat: list[bool] = []  # whether the council is called Stadtrat: searched for at the first speaker it matters to
        stadtrat_asks: list[bool] = []  # whether a plain Stadtrat of this text asks: then the title is a member's here
        kreisrat_asks: list[bool] = []  # the same for a plain Kreisrat
        ortsbeirat: list[bool] = []  # whether the text is an Ortsbeirat's (OBM = member): searched for at the first OBM
        said = _Said(text, scan, bounds, ids, lex)  # what a speaker's own turns say, asked only when a rule needs it
        public: list[set[str]] = []  # speakers in question time: found at the first speaker with no role yet
        place_askers: list[set[str]] = []  # residents named with their place who ask: found at the first speaker it matters to
        # Lower Saxony: the Beigeordnete are members (searched only where the scan found the regex's literals)
        own_chair = _maybe(scan.trigger(COUNCIL_HAS_OWN_CHAIR), 0, len(text)) and guarded(COUNCIL_HAS_OWN_CHAIR).search(text) is not None
        elected: dict[str, str] = {}
        for m in guarded(ELECTED_TO).finditer(text) if _maybe(scan.trigger(ELECTED_TO), 0, len(text)) else ():  # most texts elect no one
            noun, name = next((m.group(n), m.group(k)) for n, k in (("noun", "name"), ("noun2", "name2"), ("noun3", "name3"), ("noun4", "name4")) if m.group(n))
            noun = "Vorsitz" if m.group("noun2") else noun
            if lex.role_noun(noun) is not None:
                elected.setdefault(slug(name), noun)
        decided: dict[str, tuple[str, str | None]] = {}
        names = _NameIndex(text)  # where each name is written: built at the first speaker that asks
        styled: list[set[str]] = []  # speakers written unlike the members (who carry their noun): found at the first one it matters to
        grouped: list[dict[str, str]] = []  # the attendance lines grouped by party: read at the first named speaker without a party of their own
        local_head: list[bool] = []  # whether a district's head chairs: found at the first plain "Vorsitzende"
        handed: list[frozenset[str]] = []  # the persons handed the chair in the text: found at the first member it matters to
        advisory: list[bool] = []  # whether these are an advisory council's own minutes: found at the first uncued speaker
        publisher: list[str | None] = []  # the party or list a report's first line names as its publisher: read when asked
        for key, info in speakers.items():
            if not info["role_nouns"] and key in elected:
                info["role_nouns"] = [elected[key]]  # "... zur Vorsitzenden gewählt": her role from then on
            elif key in elected and elected[key] not in info["role_nouns"] and (noun := lex.role_noun(elected[key])) is not None and noun.role in ("chair", "mayor"):
                info["role_nouns"] = [*info["role_nouns"], elected[key]]  # "Fraktionschef X … zum Vorsitzenden gewählt": he chairs from then on
            entry = roster.get(key) if info.get("named") else None
            if entry is not None and _other_given(entry["name"], info["speaker"] or ""):
                entry = None  # the roster's "Hans Müller (AB)" is not the speaker Anna Müller
            listed_only = False  # the role is only the roster group the speaker is listed in
            member_by_context = False
            party = (
                (info["parties"] or [None])[0]
                # a party heading the speaker's own attendance line outranks one the roster carried down to them
                or (_grouped_roster(text, grouped, lex).get(key) if info.get("named") else None)
                or (entry or {}).get("party")
                or (said.party(key) if not _leads_meeting(info["role_nouns"], said, key) else None)
                or _party_in_nouns(info["role_nouns"], lex)
                or (_publisher(text, publisher, lex) if info.get("named") and _ours(text, names.at(info["speaker"])) else None)
                or (_party_before_chair(text, names.at(info["speaker"]), lex) if info.get("named") and _chairs_faction(info["role_nouns"]) else None)
                or listed_group((entry or {}).get("affiliation"), lex)
                or _party_in_appositions(info["affiliations"], lex)
                or (_party_near_name(text, names.at(info["speaker"]), lex, info["speaker"] or "") if info.get("named") else None)
                or (said.group_position(key) if not _leads_meeting(info["role_nouns"], said, key) else None)
            )
            org = _organisation(party, lex)
            if org is not None:
                party = None  # "Herr X (Diakonisches Werk)": the bracket names his organisation, not a list
            # the Stadtrat rule matters only to a speaker without a party called Stadtrat/Stadträtin
            council = party is None and _has_word(info["role_nouns"], ELECTED_WHERE_COUNCIL_IS_STADTRAT) and _council_called_stadtrat(text, stadtrat)
            obm = _has_word(info["role_nouns"], MEMBER_IN_ORTSBEIRAT) and _is_ortsbeirat(text, ortsbeirat)
            # "Ein Stadtrat sprach davon ...": one of the elected, unnamed (the staff title is held by a named person)
            one_of = not info.get("named") and (info.get("speaker") or "").split(" ", 1)[0] in ("Ein", "Eine", "ein", "eine")
            role = role_from_nouns(info["role_nouns"], party is not None or one_of, stadtrat_is_council=council, own_chair=own_chair, ortsbeirat=obm)
            if role == "council_member" and party is not None and _stadtrat_is_staff(info["role_nouns"], text, stadtrat):
                role = role_from_nouns(info["role_nouns"], False)  # Berlin: Stadtrat X (CDU) of the Bezirksamt
            if role == "mayor" and any(FROM_PLACE.fullmatch(a) for a in info["affiliations"]):
                role = "guest"  # "Bürgermeister X aus der Nachbargemeinde": another municipality's mayor
            if role == "guest" and _has_word(info["role_nouns"], REPRESENTATIVE) and (rep := _represented(info["affiliations"])) is not None:
                role = rep  # "Die Vertreterin des Kreisjugendrings": a representative has the role of what she represents
            if role == "administration" and _heads_outside_body(info["role_nouns"], info["affiliations"]):
                role = "guest"  # "Frau X, Leiterin der Notübernachtung des Sozialwerks Y e.V.": heads no office
            if role == "administration" and _has_word(info["role_nouns"], MINUTE_TAKERS) and role_from_nouns(_without_words(info["role_nouns"], MINUTE_TAKERS), party is not None) == "council_member":
                role = "council_member"  # "das Ratsmitglied X" who keeps the minutes ("Schriftführer in dieser Sitzung")
            for title, staff_here, asks in ((ELECTED_WHERE_COUNCIL_IS_STADTRAT, _stadtrat_is_executive, stadtrat_asks), (PLAIN_KREISRAT, _kreisrat_is_staff, kreisrat_asks)):
                if role == "administration" and party is None and _plain_title(info["role_nouns"], title) and _title_members_ask(speakers, said, text, title, staff_here, asks):
                    role = "council_member"  # "Stadtrat X erkundigte sich ...", "Kreisrätin X fragt nach ...": where the title is the members'
                    break
            if role == "council_member" and entry is not None and entry.get("group_role") == "administration":
                role = role_from_nouns(info["role_nouns"], False)  # Hessen: Stadträtin (Grüne) of the Magistrat
            if role is None and entry is not None:
                role = role_from_nouns(entry.get("role_nouns") or [], party is not None)
                if role is None and entry.get("affiliation"):  # "(stellv. Ortsteilbürgermeister)": a modifier first
                    role = role_from_nouns(bracket_mention(entry["affiliation"], lex).role_nouns, party is not None)
                if role is None:
                    role = affiliation_role(entry.get("affiliation"))
                if role is None and entry.get("group_role") not in (None, "absent", "-"):
                    role, listed_only = entry["group_role"], True
            if role is None:
                role = _role_in_appositions(info["affiliations"], party is not None, lex)  # ", dem Fraktionsvorsitzenden der AB,"
            if role is None and org is not None:
                role = org
            if role is None:
                for aff in info["affiliations"]:
                    role = affiliation_role(_own_part(aff))
                    if role:
                        break
            if (role is None or listed_only) and info.get("named"):
                # "X (stellv. Ortsbürgermeister)", "Frau X, Fachbereichsleiterin Jugend" in the roster: outranks its group
                if (near := _role_near_name(text, names.at(info["speaker"]), party is not None, lex, info["speaker"] or "", info.get("gender"))) is not None:
                    role, listed_only = near, False
                    member_by_context = near == "council_member"  # a member noun near the name may be another's
            if role is None and party is None:
                role = affiliation_role(said.speaks_for(key))  # "im Namen des Sportvereins": a guest
            if ((role is None or listed_only or member_by_context) and said.chairs(key)) or (role in ("administration", "council_member") and said.takes_chair(key) and said.chairs(key)):
                # opens the meeting, gives the floor, calls the vote (a listed member too, or one a nearby member noun
                # was read for: "Als neues Ortsbeiratsmitglied begrüßt Herr X Herrn Y"); "übernahm den Vorsitz"
                role = "chair"
            if role in (None, "council_member") and key in _handed_chair(text, speakers, handed):
                role = "chair"  # "übergibt den Vorsitz an den Stellvertreter, Ratsherr X": X chairs from then on
            if role == "guest" and party is None and key in _public_context(doc, scan, bounds, ids, public) and not _answers_as_staff(said, key):
                role = "public"  # a club's or an initiative's member asking in question time is a resident
            if role is None and party is None and _ABBREVIATED.fullmatch(info["speaker"] or ""):
                role = "public"  # "Frau K.": residents are abbreviated, members never
            if role is None and party is None and not info["role_nouns"] and (back := said.named_back(key, info.get("gender"))) is not None:
                role = back  # "Frau X informiert ..." / "Herr Y teilt die Einschätzung der Bürgermeisterin": X is the mayor
            if (
                role is None and party is None and info.get("title") in ("Herr", "Frau") and not info["role_nouns"]
                and _frames_the_item(key, ids, speakers, lex) and not _staff_by_act(said, key)
            ):  # fmt: skip
                role = "chair"  # "Herr X" opens and closes the item, others between, no one is called chair or mayor (though he moves to change the agenda)
            if role is None and said.member(key):
                role = "council_member"  # speaks for "seine Fraktion", moves a motion
            if role is None and party is None and key in _public_context(doc, scan, bounds, ids, public) and not (
                info.get("named") and _answers_as_staff(said, key)
            ):
                role = "public"  # (not the one who answers the residents' questions: staff, below)
            if role is None and party is None and key in _place_askers(speakers, said, lex, place_askers):
                role = "public"  # "Frau X (Musterdorf): Wann kommt ...?": a resident named with her village asks
            if role is None and party is None and _staff_by_act(said, key):
                role = "administration"
            if role is None and party is None and entry is None and key in _styled_public(speakers, lex, styled):
                role = "public"  # "Herr Klaus X" among "Herr Gemeindevertreter Y", "Herr Gemeindevertreter Z": a resident
            if role is None and party is None and info.get("named") and said.answers(key):
                role = "administration"  # answers the members' questions, asks none
            if role is None and party is not None:
                role = "council_member"
            if (
                role is None and info.get("named") and not info["role_nouns"] and not info["affiliations"] and said.only_informs(key)
                and not _advisory_minutes(doc, text, lex, advisory)
            ):  # fmt: skip
                role = "administration"  # every turn informs ("informiert über", "teilt mit", "legt dar"), none asks or argues
            if role is None and info.get("named") and key not in _public_context(doc, scan, bounds, ids, public):
                # a named speaker with no cue at all: in council minutes most such speakers are members (real
                # minutes: 13 of 25 uncued named speakers; staff and guests present and are introduced); in an
                # advisory council's own minutes ("Sitzung des Seniorenbeirates") they are that council's members
                role = "advisory_member" if _advisory_minutes(doc, text, lex, advisory) else "council_member"
            if role == "chair" and _plain_chair(info["role_nouns"]) and any(advisory_council(a, lex) for a in info["affiliations"]):
                role = "advisory_member"  # "Die Vorsitzende des Elternrates, Frau X": an advisory council's chair, not the meeting's
            if role == "chair" and _plain_chair(info["role_nouns"]) and _local_head_chairs(text, speakers, lex, local_head):
                role = "mayor"  # "Der Vorsitzende" of an Ortsrat is its Ortsvorsteher / Ortsbürgermeister
            if role == "guest" and party is not None and party_spelling(party, lex) is None and _guest_by_noun(info["role_nouns"], lex):
                party = None  # "Geschäftsführer X (ABV)": the acronym is his organisation's, not a list
            decided[key] = (role or "unknown", party)
            info["role"], info["party"] = decided[key]
        values = [decided.get(speaker_id, ("unknown", None)) for speaker_id in ids]
        for k, ((a, b), speaker_id) in enumerate(zip(bounds, ids)):
            if values[k][0] == "chair" and not (speakers.get(speaker_id) or {}).get("named"):
                # "Der Vorsitzende der AB-Fraktion ...": a faction's chair, not the meeting's (this turn only: the
                # unnamed "Der Vorsitzende" of the other turns is the meeting's chair)
                values[k] = _faction_chair_opening(text, a, b, lex) or values[k]
        ext.set_values_at(doc, bounds, ("role", "party"), values)
        doc._.speakers = speakers
        return doc


# the body whose minutes these are, named in the text: "Sitzung des Seniorenbeirates" in the title lines, "Mitglieder
# des Behindertenbeirates anwesend" in the quorum statement
_SITTING_OF = re.compile(r"\bSitzung\s+(?:des|der)\s+(?P<body>[A-ZÄÖÜ][\w-]*(?:\s+für\s+\w+)?)")
_QUORUM_OF = re.compile(r"\bMitglieder\s+(?:des|der)\s+(?P<body>[A-ZÄÖÜ][\w-]*)\b[^.]{0,40}\b(?:anwesend|beschlussfähig)")
_DISTRICT_COUNCIL = re.compile(r"(?:Orts|Bezirks|Stadtteil)beir")  # a district's elected council, not an advisory one
_BEIRAT_FOR = re.compile(r"Beirat(?:es|s)?\s+für\s")  # "Beirat für Seniorinnen und Senioren"


def _advisory_minutes(doc: Doc, text: str, lex, memo: list[bool]) -> bool:  # noqa: ANN001
    """Whether the minutes are an advisory council's own (its body in the header or title lines, or in the quorum
    statement): there a speaker with no cue is a member of that council (computed once; memo: the answer)."""
    if not memo:
        names = [doc._.body] if doc._.body else []
        names += [m.group("body") for m in _SITTING_OF.finditer(text, 0, min(len(text), 400))]
        names += [m.group("body") for m in _QUORUM_OF.finditer(text)]
        memo.append(any(_advisory_body(name, lex) for name in names))
    return memo[0]


def _advisory_body(name: str, lex) -> bool:  # noqa: ANN001
    """An advisory council's name ("Seniorenbeirat", "Beirates für Menschen mit Behinderung"), not a district's council
    nor an Integrationsrat (NRW: members of the council sit in it)."""
    name = name.strip()
    if not name or _DISTRICT_COUNCIL.match(name):
        return False
    first = name.split()[0]
    return _BEIRAT_FOR.match(name) is not None or ("beirat" in first.lower() and advisory_council(first, lex))


def _staff_by_act(said: _Said, key: str) -> bool:
    """Presents the item, speaks of "sein Amt", acts as staff do, or speaks first below an office heading."""
    return said.presents(key) or said.own_office(key) or said.staff_act(key) or said.under_office_heading(key)


def _frames_the_item(key: str, ids: list, speakers: dict, lex) -> bool:  # noqa: ANN001
    """Whether the speaker has the first and the last of at least three turns, another speaker between, and no
    speaker of the text is called chair or mayor: in an agenda item's minutes the one who opens and closes it chairs."""
    if len(ids) < 3 or ids[0] != key or ids[-1] != key or all(i == key for i in ids):
        return False
    for info in speakers.values():
        if role_from_nouns(info.get("role_nouns") or [], False) in ("chair", "mayor"):
            return False
    return True


@lru_cache(maxsize=1)
def _titles_with_periods() -> re.Pattern[str]:
    """The academic titles of the lexicon that hold a period ("Dr.", "Prof.", "Dipl.-Ing.")."""
    titles = [t for t in lexicon().academic_titles if "." in t]  # (longest first, as the lexicon sorts them)
    # "(?<![\wäöüß])(?:Dr\.|Prof\.|...)(?=\s)" written by first character, the word start checked behind it:
    # every branch then starts with a literal, so the engine skips to the characters a title starts with instead
    # of trying the lookbehind at every character of the document (~4x faster). The titles of one first character
    # keep their order, and titles of different ones cannot match at the same place: the same matches.
    by_first: dict[str, list[str]] = {}
    for t in titles:
        by_first.setdefault(t[0], []).append(t)
    alts = [f"{re.escape(c)}(?<![\\wäöüß].)(?:{'|'.join(re.escape(t[1:]) for t in ts)})" for c, ts in by_first.items()]
    return re.compile("(?:" + "|".join(alts) + r")(?=\s)") if alts else re.compile(r"(?!)")


def _without_title_periods(text: str) -> str:
    """The text with an academic title's periods as blanks ("Frau Dr  X"): the same length, so offsets hold."""
    return _titles_with_periods().sub(lambda m: m.group().replace(".", " "), text) if "." in text else text


class _Said:
    """What each speaker's own turns say (a group's party, a member's act, a presentation, chairing), found
    only for the speakers a rule asks about: most speakers get their role from a noun or a party first.

    Each pattern runs only on the turns that hold one of the literals its matches need (TextScan.may_match)."""

    def __init__(self, text: str, scan: TextScan, bounds: list[tuple[int, int]], ids: list, lex) -> None:  # noqa: ANN001
        # an academic title's period is no sentence end for the acts' patterns ("lässt Frau Dr. X … abstimmen"), as
        # "[^.]" windows take it (same length: the turns' offsets hold)
        self.text, self.scan, self.lex = _without_title_periods(text), scan, lex
        self.turns: dict[str, list[tuple[int, int]]] = {}  # speaker_id -> (start, end) of their turns, in order
        for ab, speaker_id in zip(bounds, ids):
            self.turns.setdefault(speaker_id, []).append(ab)
        self._memo: dict[tuple[str, str], object] = {}
        self.bounds, self.ids = bounds, ids

    def answers(self, key: str) -> bool:
        """Answers others' questions and asks none: a turn that opens with an answering verb right after another
        speaker's question ("Herr A fragt, ... ⏎ Frau B erklärt, dass ..."), or "Auf Nachfrage ... ergänzt Frau B";
        none of the speaker's own turns opens with a question. In minutes the one who answers the members is staff."""
        memo = self._memo.get(("answers", key))
        if memo is None:
            text, answered = self.text, False
            answers_verb, asks_verb = _reply_verbs()
            for k, ((a, b), speaker_id) in enumerate(zip(self.bounds, self.ids)):
                if speaker_id != key:
                    continue
                head = text[a : min(b, a + _HEAD)]
                if asks_verb.search(head):
                    answered = False
                    break
                if not answered and _AFTER_QUESTION.search(head):
                    answered = True
                elif not answered and k and self.ids[k - 1] != key and answers_verb.search(head):
                    pa, pb = self.bounds[k - 1]
                    answered = _QUESTION.search(text, max(pa, pb - 300), pb) is not None
            memo = self._memo["answers", key] = answered
        return memo  # type: ignore[return-value]

    def _any(self, what: str, key: str, regex, width: int | None = None, search=None) -> bool:  # noqa: ANN001
        """Whether regex finds something in one of key's turns (in their first `width` characters); search: the
        regex's search, when another regex finds the same (a guarded one)."""
        memo = self._memo.get((what, key))
        if memo is None:
            memo = False
            search = search or regex.search
            for a, b in self.turns.get(key, ()):
                end = b if width is None else min(b, a + width)
                if self.scan.may_match(regex, a, end) and search(self.text[a:b][:width] if width is not None else self.text[a:b]):
                    memo = True
                    break
            self._memo[what, key] = memo
        return memo  # type: ignore[return-value]

    def member(self, key: str) -> bool:
        return self._any("member", key, _member_acts_checked())

    def asks(self, key: str) -> bool:
        """Asks in one of their turns ("erkundigt sich", "fragt nach", "möchte wissen"): the members ask, staff answer."""
        return self._any("asks", key, _reply_verbs()[1], _HEAD)

    def only_informs(self, key: str) -> bool:
        """Every turn opens by informing ("informiert über", "teilt mit, dass", "legt dar") and none asks, moves,
        judges or speaks for a group: the office reporting, not a member (members ask and argue)."""
        memo = self._memo.get(("informs", key))
        if memo is None:
            heads = [self.text[a : min(b, a + _HEAD)] for a, b in self.turns.get(key, ())]
            memo = bool(heads) and all(_INFORMS.search(h) for h in heads) and not any(
                _ARGUES.search(self.text, a, b) for a, b in self.turns.get(key, ())
            )
            self._memo["informs", key] = memo
        return memo  # type: ignore[return-value]

    def presents(self, key: str) -> bool:
        return self._any("presents", key, PRESENTS, 300)

    def staff_act(self, key: str) -> bool:
        """Introduces the item, goes into the questions, promises a check ("sagt eine Klärung zu"): staff."""
        return self._any("staff", key, _staff_acts_checked(), 300)

    def speaks_for(self, key: str) -> str | None:
        """The organisation the speaker speaks for in their first turn that says so ("im Namen des TuS")."""
        if ("for", key) not in self._memo:
            found = None
            for a, b in self.turns.get(key, ()):
                end = min(b, a + 300)
                if self.scan.may_match(SPEAKS_FOR, a, end) and (m := SPEAKS_FOR.search(self.text, a, end)) is not None:
                    found = m.group("org") or m.group("office")
                    break
                if (m := OFFICE_FIRST.match(self.text, a, end)) is not None:
                    found = m.group("office")
                    break
            self._memo["for", key] = found
        return self._memo["for", key]  # type: ignore[return-value]

    def group_position(self, key: str) -> str | None:
        """The one party whose position the speaker states in their first turns ("erklärt, die CDU-Fraktion beantrage
        ...", "Die EIS kann dem Antrag nicht folgen."): members announce their own group's vote and intentions."""
        found: set[str] = set()
        for a, b in self.turns.get(key, ())[:2]:
            end = min(b, a + 400)
            if "ie " not in self.text[a:end]:
                continue
            for m in GROUP_POSITION.finditer(self.text, a, end):
                g = "rest" if m.group("rest") is not None else "rest2"
                rest = self.text[m.start(g) : m.start(g) + 60]  # (party_after reads the party at its start)
                word = m.group(g)
                party = party_after(rest, self.lex) or (listed_group(word, self.lex) if (word.isupper() or "/" in word) and _FACTION_WORD.search(word) is None else None)
                if party is not None:
                    found.add(party)
        return found.pop() if len(found) == 1 else None

    def own_office(self, key: str) -> bool:
        """Speaks of "sein Amt", "ihr Ressort", "unser Haus": staff."""
        return self._any("office", key, OWN_OFFICE)

    def named_back(self, key: str, gender: str | None) -> str | None:
        """The role a role noun of the next speaker's reply gives this speaker ("Herr Y teilt die Einschätzung der
        Bürgermeisterin", right after Frau X's turn): the office of the one just heard, when its gender fits."""
        if ("back", key) not in self._memo:
            found = None
            for k, speaker_id in enumerate(self.ids[:-1]):
                if speaker_id != key or self.ids[k + 1] == key:
                    continue
                a, b = self.bounds[k + 1]
                m = REFERS_BACK.search(self.text, a, min(b, a + 300))
                if m is None:
                    continue
                word = m.group("noun")
                noun = self.lex.role_noun(word)
                said_gender = "f" if word.endswith("in") else None if word == "Vorsitzenden" else "m"
                if noun is not None and noun.role in ("mayor", "chair", "administration") and (None in (gender, said_gender) or gender == said_gender):
                    found = noun.role
                    break
            self._memo["back", key] = found
        return self._memo["back", key]  # type: ignore[return-value]

    def under_office_heading(self, key: str) -> bool:
        """Speaks first right below a heading that gives the floor to the offices ("4.2 Aktuelles aus den
        Fachbereichen", "Mitteilungen der Verwaltung", "Bericht der Verwaltung"): staff report there."""
        if ("heading", key) not in self._memo:
            turns = self.turns.get(key, ())
            found = False
            if turns:
                a = turns[0][0]
                line_start = self.text.rfind("\n", 0, a) + 1
                above = self.text[max(0, line_start - 200) : line_start].rstrip()
                heading = above[above.rfind("\n") + 1 :]
                found = len(heading) <= 100 and OFFICE_HEADING.search(heading) is not None and not heading.endswith((".", "?", "!"))
            self._memo["heading", key] = found
        return self._memo["heading", key]  # type: ignore[return-value]

    def chairs(self, key: str) -> bool:
        """Chairing acts in the speaker's own paragraph: a turn running on past a blank line may hold another
        person's act ("... lehnten ab. ⏎⏎ Dann eröffnete er die Sitzung", said of someone else)."""
        search = guarded(self.lex.chair_acts).search
        return self._any("chairs", key, self.lex.chair_acts, search=lambda t: search(_own_paragraph(t)))

    def takes_chair(self, key: str) -> bool:
        """Said to chair this meeting: outranks a staff or member noun."""
        return self._any("takes", key, TAKES_CHAIR)

    def _faction_matches(self, a: int, end: int) -> list[re.Match[str]] | None:
        """FACTION.regex.finditer(text[a:end]) as a list, tried only where one of the strings its matches start
        with is (found in the lowercased window, when that is exact: TextScan.exact); None when the window
        cannot hold a match (no such string; else none of its literals: TextScan.may_match)."""
        leads = lead_strings(FACTION.regex) if self.scan.exact else None
        if leads is None:
            return list(guarded(FACTION.regex).finditer(self.text[a:end])) if self.scan.may_match(FACTION, a, end) else None
        starts = starts_of(self.scan.low, leads, a, end)
        return list(finditer_at(FACTION.regex, self.text[a:end], starts)) if starts else None

    def party(self, key: str) -> str | None:
        """The party the speaker speaks for in their first turn that names one ("für die SPD-Fraktion"). A group
        the speech is only about is none: a motion merely cited ("verweist auf den Antrag der AB": only a mover's
        verb makes it the speaker's), a bare party as the subject of reported content ("dass die AB nur drei Sitze
        errungen habe": only a faction declaring its vote is the speaker's own)."""
        if ("party", key) in self._memo:
            return self._memo["party", key]  # type: ignore[return-value]
        found = None
        scan = self.scan
        for a, b in self.turns.get(key, ()):
            end = min(b, a + 400)
            matches = self._faction_matches(a, end)
            if not matches:
                continue
            # party_after needs a party's word in the window; a local list's acronym does not
            named = not scan.aligned or _party_words().search(scan.low, a, end) is not None
            for m in matches:
                if m.group("comp") is not None:
                    if (found := compound_party(m.group("comp"), self.lex)) is not None:
                        break
                    continue
                rest = m.group("rest") or m.group("rest2")  # "ihre Fraktion (CDU) lehne ab"
                if m.group("rest") is not None and not _own_group_cue(self.text, a, m):
                    continue
                if (found := (party_after(rest, self.lex) if named else None) or _list_acronym(rest, self.lex)) is not None:
                    break
            if found is not None:
                break
        self._memo["party", key] = found
        return found


# answering (roles: _Said.answers): a question in the turn before, an answering verb in the first clause of the turn
_HEAD = 100
# a turn that opens by informing the members (only_informs), and what members do instead: ask, move, judge, speak
# for their group, complain that something was not done
_INFORMS = re.compile(
    r"\b(?:informiert|informierte|teilt|teilte|legt|legte|führt|führte|gibt|gab|berichtet|berichtete)\b"
    r"(?:\s+(?:[\wäöüß.]+\s+){0,3}?(?:mit|dar|aus|bekannt)\b|(?<=informiert)\s+(?:über|darüber)|(?<=informierte)\s+(?:über|darüber)"
    r"|(?<=berichtet)\s*,|(?<=berichtete)\s*,|(?<=berichtet)\s+(?:über|darüber)|(?<=berichtete)\s+(?:über|darüber))"
    r"|\b(?:antwortet|antwortete|beantwortet|beantwortete)\b"  # the answer to a member's question ("Herr X antwortet, dass ...")
    r"|\b(?:trägt|trug)\s+(?:[a-zäöüß]+\s+){0,2}?vor\s*,"  # "trägt vor, dass für beide Varianten ..." (not "trägt die Anfrage vor")
)
_ARGUES = re.compile(
    r"\b(?:fragt|fragte|erkundigt|erkundigte|möchte\s+wissen|wollte\s+wissen|beantragt|beantragte|Antrag|fordert|forderte|"
    r"kritisiert|kritisierte|bemängelt|bemängelte|bittet|bat|schlägt|schlug|regt|regte|lehnt|lehnte|unterstützt|unterstützte|"
    r"begrüßt|begrüßte|befürwortet|befürwortete|Fraktion|Gruppe|Partei|[Ww]ir|unsere?|meine?|nicht|kein\w*)\b|[Vv]erein"  # (news of a club: a member or its guest)
)
# (a form of "fragen" with a prefix too: "erfragt", "hinterfragte", "nachgefragt"; a noun only as the question itself)
_QUESTION = re.compile(r"\b(?:[a-zäöü]*frag(?:t|te|ten)|erkundigt|erkundigte|wissen|Frage|Fragen|Nachfrage)\b|\?")


@lru_cache(maxsize=1)
def _reply_verbs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(answers, asks) from reply_verbs.tsv: an answering verb early in a turn's first clause, an asking verb anywhere."""
    rows = read_tsv("reply_verbs.tsv", ("verb", "act"))
    for r in rows:
        if r["act"] not in ("answers", "asks"):
            raise RatsnlpError(Errors.E001.format(path="reply_verbs.tsv", line="?", problem=f"act {r['act']!r}: answers or asks"))

    def words(act: str) -> str:
        return "|".join(r"[ \u00a0]+".join(map(re.escape, r["verb"].split())) for r in rows if r["act"] == act)

    return re.compile(rf"^[^.;:]{{0,80}}?\b(?:{words('answers')})\b"), re.compile(rf"\b(?:{words('asks')})\b")


_AFTER_QUESTION = re.compile(r"^\W{0,3}(?:Auf|Nach)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:Nachfrage|Frage|Anfrage|Bitte)\b")


# the mover's verb before "den Antrag der AB" in the same clause: "stellt den Antrag der AB vor", "begründete den
# Antrag seiner Fraktion", "formulierte den Antrag der Gruppe AB neu" (not "verweist auf den Antrag der AB")
_MOVES_MOTION = re.compile(
    r"\b(?:stell|bring|begründe|erläuter|formulier|präsentier|zieh|änder|ergänz)(?:t|te|en)\s+(?:[^\s,.;:]+\s+){0,3}?"
    r"(?:den|seinen|ihren|einen)\s+\S*$",
    re.IGNORECASE,
)
_FACTION_WORD = re.compile(r"(?i)fraktion|\bgruppe\b")
# an article of an object right before "Sprecher der"/"Mitglied der" (or a preposition and one): another person
_OBJECT_ARTICLE = re.compile(r"(?:\b(?:den|dem|einen|einem|eines)|\b(?:an|auf|für|mit|von|über|gegen|bei|zu)\s+(?:das|die|den|dem|der))\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?<![.!?:;]\s)(?<![.!?:;])\b([\wäöüßÄÖÜ-]+)\s+$")


# a group's position or intention in the present, future or reported speech, as a clause of the speaker's turn: after a
# comma or a conjunction ("erklärt, die CDU-Fraktion beantrage ...", "aufgrund derer die Fraktion X nicht zustimmen
# werde", "dass die SPD gerne ... schmücken möchte") or as a sentence of its own ("Die EIS kann dem Antrag nicht
# folgen."); not the past ("die AB habe nur drei Sitze errungen"): what a group did is told of any group
_POSITION_VERBS = (
    r"(?:beantrage|beantragt|werde|stimme|stimmt|trage|trägt|unterstütze|unterstützt|lehne|lehnt|folge|folgt|möchte|wolle|will|"
    r"könne|kann|sehe|sieht|befürworte|befürwortet|begrüße|begrüßt|trete|tritt|schließe|schließt|halte|hält|plädiere|plädiert)"
)
GROUP_POSITION = re.compile(
    rf"(?:,|\bdass|\bda|\bweil|\bderer|\bdenen)\s+die\s+(?P<rest>[A-ZÄÖÜ][\w/'’ -]{{1,40}}?)\s+(?:[^,.;:]{{0,60}}?\s)?{_POSITION_VERBS}\b"
    rf"|(?:^|(?<=[.!?]\s))Die\s+(?P<rest2>[A-ZÄÖÜ][\w/'’-]{{1,30}})\s+{_POSITION_VERBS}\b"
)


def _own_group_cue(text: str, a: int, m: re.Match[str]) -> bool:
    """Whether a FACTION match in the turn at `a` names the speaker's own group, not a group the speech is about:
    "Antrag der X" only after a mover's verb in its clause; "dass die X" only for a faction ("dass die AB-Fraktion
    zustimmen werde"), not a bare party as the subject of reported content."""
    lead = m.group(0)[: m.start("rest") - m.start()].lower()
    if "antrag" in lead:
        return _MOVES_MOTION.search(text, max(a, a + m.start() - 60), a + m.start()) is not None  # "den Eil|antrag der"
    if lead.startswith("dass"):
        return lead.rstrip().endswith(("seine", "ihre")) or _FACTION_WORD.search(m.group("rest")) is not None
    if lead.startswith(("an,", "mit,")):
        return _FACTION_WORD.search(m.group("rest")) is not None  # a faction declaring what it will do, not a party talked about
    before = text[max(a, a + m.start() - 40) : a + m.start()]
    if lead.startswith(("sprecher", "mitglied", "fraktionsvorsitzende")) and _OBJECT_ARTICLE.search(before):
        return False  # "kritisiert den Sprecher der AB", "erinnert an das Mitglied der AB": another person
    if lead.startswith("für") and (w := _WORD_BEFORE.search(before)) is not None and w.group(1)[:1].isupper():
        # "Verständnis für die AB", "Dank für die AB": the noun's complement, not "spricht für die AB"; but a motion
        # moved for a group is the mover's ("bringt den Antrag für die AB ein")
        # and a vote announced for the group is the speaker's ("signalisiert Zustimmung für die AB")
        return w.group(1).lower().endswith(("antrag", "anträge", "zustimmung", "ablehnung", "enthaltung"))
    return True


# the head of a district or village (Ortsvorsteher, Ortsbürgermeister, Ortsteil-/Stadtteilbürgermeister), who chairs
# its council by law (Rhineland-Palatinate, Saarland, Hesse, Thuringia, ...)
LOCAL_HEAD = re.compile(r"\b(?:Orts|Ortsteil|Stadtteil)(?:vorsteher|bürgermeister)(?:in|innen|s)?\b")
_PLAIN_CHAIR = frozenset(["Vorsitzende", "Vorsitzender", "Vorsitzenden"])


def _plain_chair(nouns: list[str]) -> bool:
    """Only "Vorsitzende(r)", no other noun: not "Ausschussvorsitzende", "stellv. Vorsitzender", "Beigeordneter"."""
    return bool(nouns) and all(n in _PLAIN_CHAIR for n in nouns)


def _local_head_chairs(text: str, speakers: dict, lex, memo: list[bool]) -> bool:  # noqa: ANN001
    """Whether the text names a district's head whom no named speaker is: then its "Der Vorsitzende" (or a person
    listed only as Vorsitzender) is that head, a mayor (computed once per document; memo: the answer, once known)."""
    if not memo:
        named_head = any(
            info.get("named") and any(LOCAL_HEAD.search(w) for n in info["role_nouns"] for w in n.split()) for info in speakers.values()
        )
        memo.append(not named_head and _names_local_head(text))
    return memo[0]


_LOCAL_HEAD_FIRSTS = ("Orts", "Ortsteil", "Stadtteil")  # LOCAL_HEAD's first words, and its second ones:
_LOCAL_HEAD_SECONDS = ("vorsteher", "bürgermeister")


def _names_local_head(text: str) -> bool:
    """Whether LOCAL_HEAD matches anywhere in text (its search over the whole text tried every capital O and S,
    ~0.2 ms a document): every match is a first word right before a second one, so it is tried only where a
    second word follows a first (str.find), with match() at that start (which sees the text before it for \\b)."""
    for second in _LOCAL_HEAD_SECONDS:
        p = text.find(second)
        while p >= 0:
            for first in _LOCAL_HEAD_FIRSTS:
                s = p - len(first)
                if s >= 0 and text.startswith(first, s) and LOCAL_HEAD.match(text, s) is not None:
                    return True
            p = text.find(second, p + 1)
    return False


# the chair handed over inside the minutes: "übergibt den Vorsitz an ihren Vertreter, Ratsherr X" (the person
# after "an"); "X dankt und übernimmt nun die Sitzungsleitung", "Nun übernimmt Herr X den Vorsitz" (the person
# nearest before the object). Not "die Leitung" alone ("übernimmt die Leitung des Bauamts": an office, not this meeting).
_CHAIR_TAKEN = r"(?:den[ \u00a0]+(?:Alters|Sitzungs)?[Vv]orsitz|die[ \u00a0]+Sitzungsleitung|die[ \u00a0]+Leitung[ \u00a0]+der[ \u00a0]+(?:Sitzung|Wahl|Versammlung))\b"
# (tried only at each verb: the verbs are the literal every match holds)
_HANDS = ("übergibt", "übergab", "überträgt", "übertrug")
_TAKES = ("übernimmt", "übernahm")
_HAND_VERB = re.compile(rf"\b(?:(?P<hands>{'|'.join(_HANDS)})|{'|'.join(_TAKES)})\b")
HANDS_TO = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:Sitzungsvorsitz|Vorsitz|Sitzungsleitung|Leitung)\b[^.;:!?\n]{0,20}?"
    r"\ban[ \u00a0]+(?P<to>(?:\d{1,2}\.|[^.;:!?\n]){2,80})"  # "an den 2. Stellvertreter"
)
TAKES_OVER = re.compile(rf"(?P<mid>[^.;:!?\n]{{0,60}}?){_CHAIR_TAKEN}")
_CLAUSE_BEFORE = re.compile(r"[^.;:!?\n]{0,120}$")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\wäöüß'’-]+")


def _hand_verbs(text: str) -> list[re.Match[str]]:
    """The matches of _HAND_VERB.finditer(text), tried only where one of its verbs is written (str.find): the regex
    alone is tried at every word start. Its matches are whole words, none holding another verb, so none overlap."""
    return list(finditer_at(_HAND_VERB, text, starts_of(text, _HANDS + _TAKES, 0, len(text))))


def _handed_chair(text: str, speakers: dict, memo: list[frozenset[str]]) -> frozenset[str]:
    """The keys of the speakers the text hands the chair to (computed once per document; memo: the set, once known):
    the speaker named last in the name after "an" (up to the comma that ends its apposition), or the one named last
    before the object of "übernimmt" in its sentence."""
    if not memo:
        found: set[str] = set()
        if any(verb in text for verb in _HANDS + _TAKES):  # most minutes hand the chair to no one: skip the regex
            for v in _hand_verbs(text):
                if v.group("hands"):
                    if (m := HANDS_TO.match(text, v.end())) is None:
                        continue
                    pieces = [_apposition_name(m.group("to"))]
                else:
                    if (m := TAKES_OVER.match(text, v.end())) is None:
                        continue
                    before = _CLAUSE_BEFORE.search(text, max(0, v.start() - 120), v.start())
                    pieces = [m.group("mid"), before.group(0) if before else ""]
                keys = [slug(w) for piece in pieces for w in reversed(_CAPITALISED.findall(piece))]
                found.update(next(([k] for k in keys if k in speakers), []))
        memo.append(frozenset(found))
    return memo[0]


def _apposition_name(to: str) -> str:
    """The person after "an": "den 2. Stellvertreter, Ratsherr X, und folgt ..." -> "den 2. Stellvertreter, Ratsherr X"."""
    head, sep, rest = to.partition(",")
    if not sep:
        return head.split(" und ")[0]
    return head + "," + rest.split(",")[0].split(" und ")[0]


def _organisation(party: str | None, lex) -> str | None:  # noqa: ANN001
    """The role of an organisation read as a speaker's party (a bracket or list name that no party spelling knows
    but the affiliation lexicon does: "Diakonisches Werk", "NABU-Gruppe X"), else None."""
    if party is None or party_spelling(party, lex) is not None:
        return None
    return affiliation_role(party)


def _answers_as_staff(said: _Said, key: str) -> bool:
    """Answers the questions put to him and asks none, or promises a check ("Herr X vom Landesbetrieb Straßenbau
    ... antwortet, ..."): an invited presenter, not a resident of the question time he speaks in (residents ask;
    "Ein Vertreter der Elterninitiative stellt das Vorhaben vor" stays a resident)."""
    return said.staff_act(key) or said.answers(key)


def _leads_meeting(nouns: list[str], said: _Said, key: str) -> bool:
    """Whether the speaker leads the meeting or the administration (a mayor's, chair's or staff noun, or chairing
    acts with no noun): such a speaker names the groups whose motions and requests they report ("weist auf den
    Eilantrag der AB hin", "teilt mit, dass die CD-Fraktion beantragt habe"), so their words state no party."""
    if nouns:
        return role_from_nouns(nouns, True) in ("mayor", "chair", "administration")
    return said.chairs(key)


def _own_paragraph(turn: str) -> str:
    """A turn's first paragraph, with the one after a speaker label on its own line ("Herr X (AB):" ⏎⏎ "Kämen wir
    zu TOP 4")."""
    parts = _BLANK_LINE.split(turn, 2)
    if len(parts) > 1 and parts[0].rstrip().endswith(":"):
        return parts[0] + "\n\n" + parts[1]
    return parts[0]


def _public_context(doc: Doc, scan: TextScan, bounds: list, ids: list, memo: list) -> set[str]:
    """The speakers of turns in question time: under an agenda item so titled, or in a stretch that opens it
    (computed once per document; memo: the set, once known)."""
    if not memo:
        text = scan.text
        # item start -> whether its title names question time (once per item, not per turn)
        item_bounds = [(a, b) for a, b, _ in ext.group_rows(doc, ext.SPAN_GROUPS["items"])]
        titles = ext.values_at(doc, item_bounds, "item_title")
        items = {a: QUESTION_TIME.search(title or "") is not None for (a, _), title in zip(item_bounds, titles)}
        item_starts = sorted(items)
        public = {speaker_id for (a, _), speaker_id in zip(bounds, ids) if _item_of(items, a, item_starts)}
        spans = question_time_spans(text, item_starts, scan)
        public.update(speaker_id for (a, _), speaker_id in zip(bounds, ids) if any(x <= a < y for x, y in spans))
        memo.append(public)
    return memo[0]


# a place written in brackets after a name: one capitalised word, perhaps hyphenated ("Musterdorf", "Groß-Au")
_PLACE_SHAPE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]{2,})?")


def _is_place(piece: str, lex) -> bool:  # noqa: ANN001
    """A bracket after a name that names a place, not a party, a list, an office or an organisation: no lexicon
    knows it and it has a place's shape ("Herr X (Musterdorf)")."""
    piece = piece.strip()
    return (
        _PLACE_SHAPE.fullmatch(piece) is not None
        and party_spelling(piece, lex) is None
        and listed_group(piece, lex) is None
        and affiliation_role(piece) is None
        and lex.role_noun(piece) is None
    )


def _place_askers(speakers: dict, said: _Said, lex, memo: list) -> set[str]:  # noqa: ANN001
    """The speakers named only with a place in brackets (no role noun, no party), where one of them asks a
    question: residents in question time, also where no heading says so (computed once; memo: the set)."""
    if not memo:
        placed = {
            k for k, info in speakers.items()
            if info.get("named") and not info["role_nouns"] and not info["parties"] and info["affiliations"] and all(_is_place(a, lex) for a in info["affiliations"])
        }
        asks = any("?" in said.text[a:b] for k in placed for a, b in said.turns.get(k, ()))
        memo.append(placed if asks else set())
    return memo[0]


_STYLE_LEAST = 2  # members written "Herr Gemeindevertreter X": at least this many make it the minutes' style


def _styled_public(speakers: dict, lex, memo: list) -> set[str]:  # noqa: ANN001
    """Where the minutes write their members with Herr/Frau and the member's noun ("Herr Gemeindevertreter X",
    at least two of them), the speakers written with Herr/Frau, a given name and nothing else ("Herr Klaus Y":
    no noun, party or apposition) are residents (computed once; memo: the set)."""
    if not memo:
        members = sum(
            1 for info in speakers.values()
            if info.get("named") and info.get("title") and role_from_nouns(info["role_nouns"], bool(info["parties"])) == "council_member"
        )
        memo.append(
            {
                k for k, info in speakers.items()
                if info.get("named") and info.get("title") and " " in (info.get("speaker") or "")
                and not (info["role_nouns"] or info["parties"] or info["affiliations"])
            }
            if members >= _STYLE_LEAST
            else set()
        )
    return memo[0]


def _is_ortsbeirat(text: str, memo: list[bool]) -> bool:
    """Whether the text is about an Ortsbeirat and never writes "Oberbürgermeister" (memo: the answer, once known)."""
    if not memo:
        memo.append(ORTSBEIRAT.search(text) is not None and OBERBUERGERMEISTER.search(text) is None)
    return memo[0]


def _council_called_stadtrat(text: str, memo: list[bool]) -> bool:
    """COUNCIL_CALLED_STADTRAT in text, searched once per document (memo: the answer, once known)."""
    if not memo:
        memo.append(any(COUNCIL_CALLED_STADTRAT.match(text, s) is not None for s in _council_starts(text)))
    return memo[0]


_COUNCIL_HEADS = ("Marktgemeinde", "Gemeinde", "Stadt", "Markt")


def _council_starts(text: str) -> Iterator[int]:
    """Every offset where a COUNCIL_CALLED_STADTRAT match may start, found from the literals its matches hold: a
    search of the regex itself is tried at nearly every character (its branches may start with a blank, "d", "i",
    "v" ...), some 0.4 ms per document. Each branch but "SächsGemO" holds Stadt/Gemeinde/Markt(gemeinde) and then
    "rat" or "räte", and starts at that word or at most three characters before the blanks in front of it (an
    article, "im", a number of two digits, or the line start after blanks); a match exists exactly when the regex
    matches at one of these offsets."""
    for lit in ("rat", "räte"):
        r = text.find(lit)
        while r >= 0:
            for head in _COUNCIL_HEADS:
                p = r - len(head)
                if p >= 0 and text.startswith(head, p):
                    q = p
                    while q > 0 and text[q - 1].isspace():  # (\s is str.isspace)
                        q -= 1
                    yield from range(max(0, q - 3), p + 1)
            r = text.find(lit, r + 1)
    r = text.find("SächsGemO")
    while r >= 0:
        yield r
        r = text.find("SächsGemO", r + 1)


REPRESENTATIVE = frozenset(["Vertreter", "Vertreterin", "Vertreterinnen", "Vertretern"])


def _represented(affiliations: list[str]) -> str | None:
    """The role of an organisation a guest noun (Vertreter, Sprecherin) stands for, when it is an advisory body or
    an office: the representative sits for it ("Vertreter der Wohlfahrtsverbände", "Vertreterin des Jugendamts")."""
    for aff in affiliations:
        if (role := affiliation_role(aff)) in ("advisory_member", "administration"):
            return role
    return None


_NEXT_PERSON = re.compile(r"\s(?:sowie|und)\s+(?:Herrn?|Frau)\s")


def _own_part(affiliation: str) -> str:
    """The affiliation up to the next person greeted with it: "vom Verkehrsunternehmen Y sowie Herrn Z vom Fachamt"
    is the firm's, not the office's (the office is Herr Z's)."""
    m = _NEXT_PERSON.search(affiliation) if ("sowie" in affiliation or "und" in affiliation) else None
    return affiliation[: m.start()] if m is not None else affiliation


_LEADS = ("leiter", "leiterin")  # the staff suffix: "Leiterin", "Projektleiter", also of a firm or an association


def _heads_outside_body(nouns: list[str], affiliations: list[str]) -> bool:
    """Whether a '-leiter/-leiterin' noun is all that makes the speaker staff and the apposition names an outside
    organisation (an e.V., a GmbH, a firm: affiliations.tsv says guest): "Leiterin der Beratungsstelle des Vereins
    Y e.V." heads the association's work, not an office ("Leiterin des Jugendamtes" stays staff)."""
    if not nouns or not all(n.lower().endswith(_LEADS) and "amt" not in n.lower() for n in nouns):
        return False
    return any(affiliation_role(aff) == "guest" for aff in affiliations)


def _plain_title(nouns: list[str], title: frozenset[str]) -> bool:
    """Whether the speaker's only role nouns are the title ("Stadtrat"/"Stadträtin": no "Erster", no portfolio)."""
    return bool(nouns) and all(w in title for phrase in nouns for w in phrase.split())


def _stadtrat_is_executive(text: str) -> bool:
    """The Magistrat, Bezirksamt or Stadtverordnete are named, or Lower Saxony's Ratsherren beside Stadträte who head
    departments: there a Stadtrat is the executive's."""
    return guarded(STADTRAT_IS_EXECUTIVE).search(text) is not None or _LOWER_SAXONY_MEMBERS.search(text) is not None


def _kreisrat_is_staff(text: str) -> bool:
    """A Lower Saxony district: its members are Kreistagsabgeordnete, a Kreisrat heads a department."""
    return _KREISRAT_IS_STAFF.search(text) is not None


def _title_members_ask(speakers: dict, said: _Said, text: str, title: frozenset[str], staff_here, memo: list[bool]) -> bool:  # noqa: ANN001
    """Whether a speaker with only the title (a plain Stadtrat or Kreisrat) asks or moves a motion in this text and
    nothing makes the title the executive's: a Dezernent answers questions, so here the title is a member's, for
    every speaker who bears it (Bavaria, Baden-Württemberg, Saxony; memo: the answer, once known)."""
    if not memo:
        holders = [key for key, info in speakers.items() if _plain_title(info["role_nouns"], title)]
        memo.append(
            not staff_here(text)
            # (or four holders of the title speak: an executive has a few Stadträte or Kreisräte, not a debate of them)
            and (any(said.asks(key) or said.member(key) for key in holders) or len(holders) >= TITLE_HOLDERS_ARE_MEMBERS)
        )
    return memo[0]


TITLE_HOLDERS_ARE_MEMBERS = 4


PLAIN_KREISRAT = frozenset(["Kreisrat", "Kreisrätin", "Kreisrat'in", "Kreisrat’in"])
# Lower Saxony's districts: the members are Kreistagsabgeordnete, a Kreisrat heads a department ("Erster Kreisrat")
_KREISRAT_IS_STAFF = re.compile(r"\bKreistagsabgeordnete\w*|\bKTA\b|\bErste[rn]?\s+Kreisr|\bEKR\b|\bNKomVG\b")
# Lower Saxony and Hannover call the members Ratsherr/Ratsfrau: a Stadtrat beside them heads a department
_LOWER_SAXONY_MEMBERS = re.compile(r"\bRats(?:herr|herrn|frau)\b")


def _stadtrat_is_staff(nouns: list[str], text: str, memo: list[bool]) -> bool:
    """Whether a Stadtrat/Stadträtin with a party is staff here: the elected members are called Stadt- or
    Bezirksverordnete (Magistrat, Bezirksamt) and the council itself is not called Stadtrat."""
    return _has_word(nouns, ELECTED_WHERE_COUNCIL_IS_STADTRAT) and guarded(STADTRAT_IS_EXECUTIVE).search(text) is not None and not _council_called_stadtrat(text, memo)


# a turn opening with a chair noun and a genitive: "Der Vorsitzende der AB-Fraktion widersprach ..."
_CHAIR_OF_OPENING = re.compile(
    r"[ \u00a0\n]*(?:(?:Auch|Und|Doch)[ \u00a0]+)?(?:[Dd]er|[Dd]ie)[ \u00a0]+(?P<noun>[\wäöüß-]*[Vv]orsitzender?)[ \u00a0]+"
    r"(?P<rest>(?:der|des)[ \u00a0]+[^,.;:()\n]{2,40}?)(?=[ \u00a0]+[a-zäöüß(]|[,.;:(]|$)"
)


def _faction_chair_opening(text: str, a: int, b: int, lex) -> tuple[str, str | None] | None:  # noqa: ANN001
    """(council_member, party) for a turn whose opening names a faction's chair ("Der Vorsitzende der AB-Fraktion
    ..."), read as a bracket is (names.bracket_mention: "faction" chairs become Fraktionsvorsitzende)."""
    m = _CHAIR_OF_OPENING.match(text, a, min(b, a + 200))
    if m is None:
        return None
    said = bracket_mention(f"{m.group('noun')} {m.group('rest')}", lex)
    if not any(n.lower().startswith("fraktions") for n in said.role_nouns):
        return None
    return "council_member", said.party


def _guest_by_noun(nouns: list[str], lex) -> bool:  # noqa: ANN001
    """Whether a role noun says guest whatever the party ("Geschäftsführer", "Referentin"; not "Sprecher", whom a
    party makes a member)."""
    for phrase in nouns:
        for w in phrase.split():
            noun = lex.role_noun(w)
            if noun is not None and noun.role == "guest" and not noun.party_elected:
                return True
    return False


def _without_words(nouns: list[str], words: frozenset[str]) -> list[str]:
    """The role nouns without the words in words."""
    return [" ".join(w for w in phrase.split() if w not in words) for phrase in nouns]


def _has_word(nouns: list[str], words: frozenset[str]) -> bool:
    """Whether a word of one of the role nouns is in words (as role_from_nouns splits them)."""
    return any(w in words for phrase in nouns for w in phrase.split())


QT_NEGATED = re.compile(r"(?i)\b(?:kein\w*|nicht|entfällt|entfiel)\b")
QT_END = re.compile(
    r"(?i)\b(?:schließt|schloss|beendet|beendete|Ende\s+der)\b[^.\n]{0,40}fragestunde|"
    # the meeting resumes after the residents' questions ("eröffnet die Sitzung wieder", "setzt die Sitzung fort")
    r"\b(?:eröffnet|eröffnete|nimmt|nahm)\b[^.\n]{0,30}\bSitzung\s+wieder\b|\b(?:setzt|setzte)\b[^.\n]{0,30}\bSitzung\s+fort\b|"
    r"\b(?:weitere|keine\s+weiteren)\s+\w*fragen\b[^.\n]{0,30}\b(?:liegen|lagen|gibt|gab|werden|wurden)\b|"
    # "Es wurden keine Fragen eingereicht"; not "keine schriftlichen Fragen" (oral ones may follow)
    r"\b(?:keine|kein)\s+(?:weiteren\s+)?(?:\w*[Ff]ragen|\w*[Aa]nfragen|Wortmeldungen|Fragesteller\w*)\b[^.\n]{0,40}\b(?:eingereicht|gestellt|vor|eingegangen|angemeldet)\b"
)


_CHUNK = re.compile(r"[^\n]{0,160}")  # a line, or a piece of 160 characters of a long one


def _chunks(text: str, scan: TextScan | None) -> Iterator[tuple[int, int]]:
    """(start, end) of the _CHUNK matches of text that may contain QUESTION_TIME: all of them without a scan,
    else only the non-empty ones around its literals (a line is cut into pieces of 160 from its start)."""
    hits = scan.trigger(QUESTION_TIME) if scan is not None else None
    if hits is None:
        yield from (m.span() for m in _CHUNK.finditer(text))
        return
    last = -1
    for p in hits.starts:
        line = text.rfind("\n", 0, p) + 1
        start = line + (p - line) // 160 * 160
        if start <= last:
            continue  # the chunk is out already
        end = text.find("\n", start, start + 160)
        end = min(start + 160, len(text)) if end < 0 else end
        yield start, end
        last = start


# a heading line of another part of the meeting ("Mündliche Anfragen:", "Mitteilungen des Bürgermeisters:"); not the
# question time's own parts ("Frage 2:", "Anfrage eines Anwohners:") nor a speaker's label ("Herr X:")
_OTHER_HEADING = re.compile(
    r"(?m)^[ \t]{0,3}(?!(?:Herr|Frau|Der|Die|Das)\b)(?![^\n]*(?:\b(?:Frage|Fragen|Antwort|Antworten)\b|[Bb]ürger|[Ee]inwohner|[Aa]nwohner|\d))"
    r"[A-ZÄÖÜ][\wäöüß-]{2,30}(?:[ \t][\wäöüß-]{2,30}){0,3}:[ \t]*$"
)


def question_time_spans(text: str, item_starts: list[int], scan: TextScan | None = None) -> list[tuple[int, int]]:
    """Stretches of the text that are question time: from a heading line or a sentence opening it ("Danach
    beginnt die Einwohnerfragestunde.") to the next agenda item or its close; not "keine Fragestunde"."""
    spans = []
    for m_start, m_end in _chunks(text, scan):
        line = text[m_start:m_end]
        hit = QUESTION_TIME.search(line) if line.strip() else None
        if hit is None:
            continue
        sentence = _SENTENCE_END.split(line[: hit.start()])[-1] + line[hit.start() :].split(".")[0]
        if QT_NEGATED.search(sentence) or (len(line) > 100 and not _OPENS.search(sentence)):
            continue  # "eine Fragestunde findet nicht statt"; a long line that only mentions it
        start = m_start
        nxt = [a for a in item_starts if a > start]
        end = min(nxt) if nxt else len(text)
        close = guarded(QT_END).search(text, m_end, end)
        end = close.end() if close else end
        if len(line.strip()) <= 60 and line.rstrip().endswith(":") and (head := _OTHER_HEADING.search(text, m_end, end)) is not None:
            end = head.start()  # "Einwohnerfragen:" ... "Mündliche Anfragen:": the next heading of a page without items ends it
        spans.append((start, end))
    return spans


def _party_in_nouns(nouns: list[str], lex) -> str | None:  # noqa: ANN001
    """ "CSU-Fraktionschef", "SPD-Fraktionsvorsitzende": the party in front of a role noun."""
    for phrase in nouns:
        for w in phrase.split():
            head, _, rest = w.partition("-")
            if rest and (p := lex.party(head)) is not None:
                return p
    return None


# a party–role compound and the names it stands before: "die beiden CSU-Gemeinderäte Anna Muster und Karl Probe"
_COMPOUND_BEFORE_NAMES = re.compile(
    r"([A-ZÄÖÜ][\wÄÖÜäöüß/]{0,25}-[A-ZÄÖÜ][a-zäöüß]{2,30})[ \u00a0]{1,3}((?:(?:Herrn?|Frau|Dr\.|und|sowie|[A-ZÄÖÜ][\wäöüß'’.-]*),?[ \u00a0]{1,3}){0,6})$"
)


# an attendance line that opens with a party and lists its members: "SPD: Frau A, Herr B", "CDU<tab>Rh. A, Rf. B";
# indented lines below continue the group
_GROUP_LINE = re.compile(r"(?m)^(?P<head>[^\s:,.()][^:\n,.()]{0,40}?)(?::[ \t]{0,3}|[ \t]{2,}|\t)(?P<names>\S[^\n]*)$")
# the same lines led by the line break before them: the search skips from one break to the next instead of trying
# "^" at every character (a match holds no line break, so none is skipped)
_GROUP_LINE_AFTER_BREAK = re.compile("(?m)\n" + _GROUP_LINE.pattern.removeprefix("(?m)^"))
_CONTINUED = re.compile(r"(?m)^[ \t]{4,}(?P<names>\S[^\n]*)$")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\wäöüß'’-]+")


def _group_lines(text: str) -> list[re.Match[str]]:
    """The matches of _GROUP_LINE.finditer(text) (groups and end alike; a match from the second line on starts at
    the line break before its line)."""
    first = _GROUP_LINE.match(text)
    return ([first] if first else []) + list(_GROUP_LINE_AFTER_BREAK.finditer(text, first.end() if first else 0))


def _grouped_roster(text: str, memo: list[dict[str, str]], lex) -> dict[str, str]:  # noqa: ANN001
    """Surname slug -> party for attendance lines grouped by party ("GRÜNE: Herr Demir, Frau Voß u. a.", a party
    column before the names, indented continuation lines). Read once per document (memo: the dict, once known)."""
    if memo:
        return memo[0]
    found: dict[str, str] = {}
    for m in _group_lines(text):
        party = party_spelling(m.group("head").strip(), lex)
        if party is None or not _lists_names(m.group("names")):
            continue
        lines = [m.group("names")]
        nxt = m.end() + 1
        while (c := _CONTINUED.match(text, nxt)) is not None and _lists_names(c.group("names")):
            lines.append(c.group("names"))
            nxt = c.end() + 1
        for line in lines:
            for w in _NAME_WORD.findall(_IN_BRACKETS.sub(" ", line)):
                found.setdefault(slug(w), party)
    memo.append(found)
    return found


def _lists_names(line: str) -> bool:
    """Whether a line lists people ("Frau A, Herr B u. a.", "Rh. A"), not a sentence ("CDU: Wir lehnen ab.")."""
    bare = _IN_BRACKETS.sub(" ", line).strip()
    if _ENDS_SENTENCE.search(bare) and not bare.endswith(("u. a.", "u.a.")):
        return False
    words = bare.split()
    return "," in bare or len(words) <= 4


# a party in the genitive right before the name in apposition: "der Fraktionsvorsitzende der SPD, Karl X,"
_GENITIVE_BEFORE_NAME = re.compile(r"\b(?:der|des)[ \u00a0]{1,3}((?:(?!\b(?:der|des)\b)[^,.;:()\n]){2,40}),[ \u00a0]{1,3}(?:(?:Herrn?|Frau|Dr\.)[ \u00a0]{1,3})*(?:[A-ZÄÖÜ][\wäöüß'’.-]*[ \u00a0]{1,3})?$")
# two groups and two names in the same order: "Die Fraktionschefs der AB und der CD, X und Y, ..."
_PAIRED = re.compile(
    r"\b(?:von|der|des)[ \u00a0]{1,3}(?P<a>[A-ZÄÖÜ][^,.;:()\n]{1,40}?)[ \u00a0]{1,3}(?:und|sowie)[ \u00a0]{1,3}(?:(?:der|des|von)[ \u00a0]{1,3})?"
    r"(?P<b>[A-ZÄÖÜ][^,.;:()\n]{1,40}?),[ \u00a0]{1,3}(?P<x>(?:(?:Herrn?|Frau|Dr\.)[ \u00a0]{1,3})*[A-ZÄÖÜ][\wäöüß'’.-]*(?:[ \u00a0]{1,3}[A-ZÄÖÜ][\wäöüß'’.-]*)?)"
    r"[ \u00a0]{1,3}(?:und|sowie)[ \u00a0]{1,3}(?P<y>(?:(?:Herrn?|Frau|Dr\.)[ \u00a0]{1,3})*[A-ZÄÖÜ][\wäöüß'’.-]*(?:[ \u00a0]{1,3}[A-ZÄÖÜ][\wäöüß'’.-]*)?)$"
)


def _paired_party(text: str, start: int, end: int, lex) -> str | None:  # noqa: ANN001
    """The party of a name in a pair of names after a pair of groups ("Die Fraktionschefs der AB und der CD, X
    und Y"): the group in the same position. Only the second name ends the match; the first is found through it."""
    window = text[max(0, start - 100) : min(len(text), end + 60)]
    if " und " not in window and " sowie " not in window:
        return None
    second = _NAME_AFTER_AND.match(text, end, min(len(text), end + 60))
    for stop in (end, second.end()) if second is not None else (end,):
        m = _PAIRED.search(text, max(0, start - 160), stop)
        if m is None:
            continue
        side = "a" if m.end("x") == end else "b" if m.end("y") == end else None
        if side is None:
            continue
        piece = m.group(side)
        return party_spelling(piece, lex) or listed_group(piece, lex)
    return None


# from a first name of a pair to the end of the second: " und Hartmut Probe"
_NAME_AFTER_AND = re.compile(r"[ \u00a0]{1,3}(?:und|sowie)[ \u00a0]{1,3}(?:(?:Herrn?|Frau|Dr\.)[ \u00a0]{1,3})*[A-ZÄÖÜ][\wäöüß'’.-]*(?:[ \u00a0]{1,3}[A-ZÄÖÜ][\wäöüß'’.-]*)?(?=[,.;]|[ \u00a0][a-zäöü])")
# ", Fachbereichsleiterin Jugend" ending a roster line, also before a bracket of its own (", Ingenieurbüro Y (TOP 3)")
_COMMA_AFTER = re.compile(r",[ \u00a0]{1,2}([A-ZÄÖÜ][^,;:()\n]{2,60}?)(?=[ \u00a0]{0,2}(?:\([^()\n]{1,20}\)[ \u00a0]{0,2})?(?:[,;\n]|$))")
_BRACKET_AFTER = re.compile(r"[ \u00a0]{0,2}\(([^()\n]{1,60})\)")


# "X (CDU) bleibt Ortsvorsteherin", "X ist weiterhin Vorsitzender des Bauausschusses": an office as predicate
_OFFICE_PREDICATE = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?[ \u00a0]{1,3}(?:bleibt|blieb|ist|war|wird|wurde)[ \u00a0]{1,3}"
    r"(?:(?:weiterhin|auch|künftig|erneut|wieder|neue[rn]?|der|die)[ \u00a0]{1,3}){0,3}(?P<office>[A-ZÄÖÜ][^,.;:()\n]{2,60})"
)


_NAME_TOKEN = re.compile(r"(?<![\wäöüß-])[A-ZÄÖÜ][\wäöüß-]*")


class _NameIndex:
    """Where each capitalised word of the text is written (its first 30 places). A word asked is looked up
    with str.find (in C) and checked with _NAME_TOKEN at each place: most documents ask a few names. Past
    _FIND_LIMIT distinct words, one index of every capitalised word is built instead: asking per speaker
    over the whole text would cost speakers × text (the 20,000-turn robustness test)."""

    _FIND_LIMIT = 12

    def __init__(self, text: str) -> None:
        self.text = text
        self._places: dict[str, list[tuple[int, int]]] = {}
        self._full = False

    def _word(self, word: str) -> list[tuple[int, int]]:
        """The first 30 (start, end) of _NAME_TOKEN matches that are exactly word (as the full index has them)."""
        got = self._places.get(word)
        if got is not None or self._full:
            return got or []
        if len(self._places) >= self._FIND_LIMIT:
            self._build()
            return self._places.get(word, [])
        text, got = self.text, []
        pos = text.find(word)
        while pos >= 0 and len(got) < 30:
            m = _NAME_TOKEN.match(text, pos)  # the lookbehind sees the text before pos
            if m is not None and m.end() == pos + len(word):
                got.append((pos, m.end()))
            pos = text.find(word, pos + 1)
        self._places[word] = got
        return got

    def _build(self) -> None:
        self._places, self._full = {}, True
        for m in guarded(_NAME_TOKEN).finditer(self.text):
            spots = self._places.setdefault(m.group(0), [])
            if len(spots) < 30:
                spots.append(m.span())

    def at(self, speaker: str) -> list[tuple[int, int]]:
        """(start, end) of the places the speaker's surname is written as a word of its own."""
        surname = _surname(speaker)
        if not surname:
            return []
        last = surname.split()[-1]
        head = len(surname) - len(last)  # "van der Meulen": found by its last word, checked in full
        return [(a - head, b) for a, b in self._word(last) if a >= head and self.text[a - head : b] == surname]


_RESIDENT_AFTER = re.compile(r"[ \t]{0,3},[ \t]{0,3}(?:wohnhaft|wohnend|ansässig)\b")


def _role_near_name(text: str, places: list[tuple[int, int]], has_party: bool, lex, speaker: str = "", gender: str | None = None) -> str | None:  # noqa: ANN001
    """The role written at the speaker's name where no mention was read for it: a role noun in a bracket after
    the name ("René X (stellv. Ortsteilbürgermeister)" in an attendance line), an office as predicate ("X bleibt
    Ortsvorsteherin", "X legte seinen Amtseid als Ortsvorsteher ab"), a role noun right before the name in a
    sentence that is no turn of theirs ("weder er noch Verwaltungschef X") or a fronted predicative ("Als
    Anwohner meldete sich X"). Stated once, it holds for every turn. places: where the name is written
    (_NameIndex.at); speaker, gender: the speaker's name and gender, which the noun before the name must fit."""
    for start, end in places:
        if _RESIDENT_AFTER.match(text, end) is not None and not has_party:
            return "public"  # "Herr X, wohnhaft in Y, kritisiert ...": a resident introduced by where he lives
        if (noun := _noun_before(text, start, speaker, gender, lex)) is not None and (role := role_from_nouns([noun], has_party)):
            return role
        if _chair_at(text, start, end):
            return "chair"
        a = _OFFICE_AS.match(text, end, min(len(text), end + 160)) or _AS_AFTER_NAME.match(text, end, min(len(text), end + 120))
        said = bracket_mention(a.group("noun"), lex) if a is not None else None
        if said is not None and said.role_nouns and (role := role_from_nouns(said.role_nouns, has_party or said.party is not None)):
            # not "dankte als Vorsitzender des Sportvereins": no role noun read from another organisation's chair;
            # "als Vertreter der AB": a party's representative is a member
            return "council_member" if role in ("guest", "public") and said.party is not None else role
        b = _BRACKET_AFTER.match(text, end) or _COMMA_AFTER.match(text, end)
        said = bracket_mention(b.group(1), lex) if b is not None else None
        if said is None or not said.role_nouns:
            p = _OFFICE_PREDICATE.match(text, end)
            # no predicate: the bracket or comma still names an organisation (", Ingenieurbüro Y (TOP 3)")
            said = bracket_mention(p.group("office"), lex) if p is not None else said
        if said is None and (o := _FROM_ORG_AFTER.match(text, end, min(len(text), end + 100))) is not None:
            if (role := affiliation_role(o.group("org"))) is not None:
                return role  # "begrüßt Herrn X vom Landesbetrieb Straßenbau": his organisation's role
        if said is None:
            continue
        if said.role_nouns and (role := role_from_nouns(said.role_nouns, has_party or said.party is not None)):
            return "guest" if role == "administration" and _heads_outside_body(said.role_nouns, [said.affiliation or ""]) else role
        if (role := affiliation_role(said.affiliation)) is not None:
            return role  # "X ist Vorsitzender des Heimatvereins": a guest
    return None


def _other_given(listed: str, speaker: str) -> bool:
    """Whether a listed name and the speaker's name both give a given name and they differ ("Hans-Peter" and
    "Hans" may be one person)."""
    a = listed[: len(listed) - len(_surname(listed))].split()
    b = speaker[: len(speaker) - len(_surname(speaker))].split()
    a = [w for w in a if w.rstrip(".") and not w.endswith(".") and w[:1].isupper() and w not in ("Herr", "Herrn", "Frau", "Dr", "Prof")]
    b = [w for w in b if w.rstrip(".") and not w.endswith(".") and w[:1].isupper() and w not in ("Herr", "Herrn", "Frau", "Dr", "Prof")]
    return bool(a and b) and not (a[0].startswith(b[0]) or b[0].startswith(a[0]))


_GIVEN_BEFORE = re.compile(r"([A-ZÄÖÜ][\wäöüß-]+)[ \u00a0]+$")


def _namesake_at(text: str, start: int, speaker: str, lex) -> bool:  # noqa: ANN001
    """Whether the surname at start is written with a given name other than the speaker's (both known): another
    person of that surname."""
    given = speaker[: len(speaker) - len(_surname(speaker))].split()
    if not given:
        return False
    m = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) not in given and m.group(1) in lex.given_names


def _party_near_name(text: str, places: list[tuple[int, int]], lex, speaker: str = "") -> str | None:  # noqa: ANN001
    """The party written at the speaker's name anywhere in the document, where no mention or roster line was read
    for it: a bracket after the name ("Heiner Flaskamp (CDU)" in an attendance table), a party–role compound
    before it, also before a pair of names ("die beiden SPD-Räte A und B"). Stated once, it holds for every turn.
    places: where the name is written (_NameIndex.at)."""
    for start, end in places:
        if _namesake_at(text, start, speaker, lex):
            continue  # "Hans Müller (AB)" says nothing of the speaker Anna Müller
        b = _BRACKET_AFTER.match(text, end)
        if b is not None and (party := listed_group(_COMMA_SEMI.split(b.group(1))[0], lex)) is not None:
            return party
        if (party := _party_noun_before(text, start, lex) or _party_of_fronted_group(text, start, lex) or _party_from_after(text, end, lex)) is not None:
            return party  # "der Sozialdemokrat Karl X", "Für die AB-Fraktion sprach X", "X von der AB"
        near = text[max(0, start - 40) : start]  # the regexes below are tried only where their marks are
        g = _GENITIVE_BEFORE_NAME.search(text, max(0, start - 100), start) if "," in near else None
        if g is not None and (party := party_spelling(g.group(1).strip(), lex)) is not None:
            return party  # "das Mitglied des Vorstands der LINKEN Nordstadt, Michael X, fragte"
        if (party := _paired_party(text, start, end, lex)) is not None:
            return party
        c = _COMPOUND_BEFORE_NAMES.search(text, max(0, start - 160), start) if "-" in text[max(0, start - 160) : start] else None
        if c is None or c.group(1).lower().endswith("-fraktion"):
            continue  # "Antrag der SPD-Fraktion Stadtrat X": a group, not the person's title
        if any(lex.role_noun(w.strip(",")) is not None for w in c.group(2).split()):
            continue  # "... der FDP-Fraktion, Stadtrat Kessler": the names must follow the compound directly
        if (party := compound_party(c.group(1), lex)) is not None:
            return party
    return None


# an office the person holds, said with a possessive after the name: "legte seinen Amtseid als neuer Ortsvorsteher
# ab", "wurde in ihrem Amt als Ortsvorsteherin bestätigt", "sprach in seiner Funktion als Wahlleiter"
_OFFICE_AS = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?[^.;:!?\n„“\"]{0,80}?\b(?:sein|ihr)(?:em|er|en|e)?[ \u00a0]{1,3}(?:Amt|Amtseid|Eid|Funktion|Eigenschaft|Rolle)"
    r"[ \u00a0]{1,3}als[ \u00a0]{1,3}(?:(?:neue[rn]?|alte[rn]?|bisherige[rn]?|erste[rn]?|zweite[rn]?|dritte[rn]?|stellvertretende[rn]?|stellv\.)[ \u00a0]{1,3}){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40}(?:[ \u00a0]+(?:des|der)[ \u00a0]+[\wäöüß-]{2,40})?)"
)
# "als" and a role noun right after the name, after one verb, or in a relative clause: "Dann sprach X als Anwohner",
# "X meldete sich als Anwohnerin", "X, die als Stadträtin ..." (not "X schlug ihn als Stellvertreter vor": the object's)
_AS_AFTER_NAME = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?(?:,[ \u00a0]+(?:der|die)|[ \u00a0]+[a-zäöüß]{3,20}(?:[ \u00a0]+sich)?)?[ \u00a0]+als[ \u00a0]+"
    r"(?:(?:neue[rn]?|erste[rn]?|zweite[rn]?|dritte[rn]?|stellvertretende[rn]?|stellv\.)[ \u00a0]+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40}(?:[ \u00a0]+(?:des|der)[ \u00a0]+[\wäöüß-]{2,40})?)"
)
# the organisation a person is from, right after the name: "Herrn X vom Landesbetrieb Straßenbau", "Frau Y von den
# Technischen Betrieben"
_FROM_ORG_AFTER = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?[ \u00a0]+(?:vom|von[ \u00a0]+der|von[ \u00a0]+den|von[ \u00a0]+dem|aus[ \u00a0]+dem)[ \u00a0]+"
    r"(?P<org>[A-ZÄÖÜ][^,.;:!?\n()„“\"]{2,60}?)(?=[ \u00a0]+[a-zäöüß]|[,.;:!?\n]|$)"
)
# the words before a name: a role noun, perhaps a given name and titles between ("Verwaltungschef Tilo X", "OB Dr. X")
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(„\"]))((?:[A-ZÄÖÜ][\wäöüß'’-]*\.?[ \u00a0]){1,4})$")  # one space: not a roster's next column
# a fronted predicative naming the person's part, the subject after the verb: "Als einer der ersten Anwohner
# bekundete X ...", "In ihrer Funktion als Ortsvorsteherin erklärte Y ..."
_FRONTED_AS = re.compile(
    r"(?:^|(?<=[.!?:\n])[ \u00a0\n]{0,3})(?:In[ \u00a0]+(?:seiner|ihrer)[ \u00a0]+(?:Funktion|Eigenschaft|Rolle)[ \u00a0]+als|Als)[ \u00a0]+"
    r"(?:[\wäöüß.]+[ \u00a0]+){0,4}?(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,40})[ \u00a0]+[a-zäöüß]{3,20}(?:[ \u00a0]+sich)?[ \u00a0]+"
    r"(?:(?:Herrn?|Frau|Dr\.|Prof\.)[ \u00a0]+)*(?:[A-ZÄÖÜ][\wäöüß'’-]+[ \u00a0]+)?$"
)


# the chair of the body given to a named person in narration: "Den Vorsitz des Kreistages wird auch X (AB)
# innehaben", "X übernahm den Vorsitz" (not "den Vorsitz des Sportvereins": only a body or nothing after it)
_CHAIR_OBJECT = r"(?:[Dd]en|[Dd]ie)[ \u00a0]+(?:Alters)?(?:[Vv]orsitz|Sitzungsleitung)(?:[ \u00a0]+(?:des|der|im)[ \u00a0]+(?P<body>[\wäöüß-]+))?"
_CHAIR_BEFORE_NAME = re.compile(rf"(?:^|(?<=[.!?]))[ \u00a0\n]*{_CHAIR_OBJECT}[ \u00a0]+(?:[\wäöüß]+[ \u00a0]+){{0,6}}$")
_CHAIR_AFTER_NAME = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?[ \u00a0]+(?:(?:[a-zäöüß]+[ \u00a0]+){0,4}(?:innehaben|übernehmen|führen|behalten)\b|"
    rf"(?:übernimmt|übernahm|führt|führte|behält|behielt|hat|hatte)[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+){{0,3}}{_CHAIR_OBJECT}(?![\wäöüß]))"
)


# the verb before the name, its object after: "Nach der Wahl übernahm X den Vorsitz"
_CHAIR_VERB_BEFORE = re.compile(r"\b(?:übernimmt|übernahm|führt|führte|behält|behielt)[ \u00a0]+(?:[A-ZÄÖÜ][\wäöüß'’-]*[ \u00a0]+)?$")
_CHAIR_OBJECT_AFTER = re.compile(rf"(?:[ \u00a0]{{0,2}}\([^()\n]{{1,40}}\))?[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+){{0,2}}{_CHAIR_OBJECT}(?![\wäöüß])")


# "X wird als ältestes Mitglied der Stadtvertretung festgestellt": the oldest member chairs the constituent meeting
_OLDEST_MEMBER = re.compile(rf"[ \u00a0]+(?:wird|wurde|ist|war)[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+){{0,2}}{OLDEST_MEMBER}")


def _chair_at(text: str, start: int, end: int) -> bool:
    """Whether the sentence at a name gives the person the chair of the body (see _CHAIR_AFTER_NAME)."""
    if _OLDEST_MEMBER.match(text, end, min(len(text), end + 120)) is not None:
        return True
    after = _CHAIR_AFTER_NAME.match(text, end, min(len(text), end + 160))
    if after is None and _CHAIR_VERB_BEFORE.search(text, max(0, start - 60), start) is not None:
        after = _CHAIR_OBJECT_AFTER.match(text, end, min(len(text), end + 160))
    if after is None:
        return False
    body = after.group("body")
    if after.group(0).rstrip().endswith(("innehaben", "übernehmen", "führen", "behalten")):
        before = _CHAIR_BEFORE_NAME.search(text, max(0, start - 120), start)
        if before is None:
            return False
        body = before.group("body")
    return body is None or _is_body(body)


def _is_body(word: str) -> bool:
    """A council body, also in the genitive and as a compound ("Kreistages", "Bauausschusses")."""
    low = word.lower()
    stems = {low, low.removesuffix("es"), low.removesuffix("s"), low.removesuffix("n")}
    return any(st.endswith(b.lower()) for b in lexicon().bodies for st in stems)


def _noun_before(text: str, start: int, speaker: str, gender: str | None, lex) -> str | None:  # noqa: ANN001
    """The role noun written right before a name at start: "Verwaltungschef Tilo X" (a given name between must be
    the speaker's own), "Als Anwohner meldete sich X" (a fronted predicative). The noun's gender must fit."""
    given = speaker[: len(speaker) - len(_surname(speaker))].split()
    window = text[max(0, start - 120) : start]
    f = _FRONTED_AS.search(window)
    nouns = [f.group("noun")] if f is not None else []
    w = _WORDS_BEFORE.search(window[-60:])
    if w is not None:
        words = w.group(1).split()
        while words and words[-1] in ("Dr.", "Prof.", "Herr", "Herrn", "Frau"):
            words.pop()
        if len(words) >= 2 and _fits_given(words[-1], given, lex):
            words.pop()  # the given name
        if words:
            nouns.append(words[-1])
    for noun in nouns:
        found = lex.role_noun(noun) or compound_role(noun, lex)
        if found is not None and (gender is None or found.gender in ("x", gender)):
            return noun
    return None


def _fits_given(word: str, given: list[str], lex) -> bool:  # noqa: ANN001
    """Whether the word before a surname is the speaker's given name (the one known, else any that is no role noun)."""
    if given:
        return word in given
    return lex.role_noun(word) is None and compound_role(word, lex) is None


# an article and a party's member noun or a party right before the name, a given name between: "Der Sozialdemokrat
# Karl X", "die Grüne Ina Y" (only capitalised words between: "der CDU zugestimmt, Karl X" is not one)
_PARTY_NOUN_BEFORE = re.compile(r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en)[ \u00a0]([A-ZÄÖÜ][\wäöüß-]{2,30})[ \u00a0](?:[A-ZÄÖÜ][\wäöüß'’-]+[ \u00a0])?$")


# a group fronted before the verb and the name: "Für die AB-Fraktion sprach Ina X", "Als Gegenkandidat der AB trat
# Karl Y an", "Seitens der CD erklärte Z"; also a role noun with the group in the genitive right before the name
# ("Der Fraktionssprecher der AB Karl X")
_FRONTED_GROUP = re.compile(
    r"(?:^|(?<=[.!?:\n]))[ \u00a0\n]{0,3}(?:(?:Für|Namens|Seitens)[ \u00a0]+(?:der|die|den|dem|des)|Als[ \u00a0]+(?P<lead>(?:[\wäöüß]+[ \u00a0]+){0,3}?)(?P<of>der|des|vom|von[ \u00a0]+der|von[ \u00a0]+den))"
    r"[ \u00a0]+(?P<g>[^,.;:!?\n„“\"]{2,40}?)[ \u00a0]+[a-zäöüß]{3,20}(?:[ \u00a0]+sich)?[ \u00a0]+(?:(?:Herrn?|Frau|Dr\.|Prof\.)[ \u00a0]+)*(?:[A-ZÄÖÜ][\wäöüß'’-]+[ \u00a0]+)?$"
    r"|(?<![\wäöüß])(?P<noun>[A-ZÄÖÜ][\wäöüß-]{3,40}+)[ \u00a0]+(?:der|des)[ \u00a0]+(?P<g2>[A-ZÄÖÜ][^,.;:!?\n„“\"()]{1,30}?)[ \u00a0]+(?:(?:Dr\.|Prof\.)[ \u00a0]+)*[A-ZÄÖÜ][\wäöüß'’-]++[ \u00a0]++$"
)  # (the noun's and the name's runs possessive: a blank follows each, which they cannot take)
_CANDIDATE = re.compile(r"(?i)kandidat|bewerber")
_NOT_A_LIST = re.compile(r"(?i)^(?:stadt|gemeinde|kreis|landkreis|region|partei|fraktion|liste|wahl\w*|bürger|einwohner\w*)$")


def _names_list(group: str, lex) -> bool:  # noqa: ANN001
    """Whether a candidate's group may be a local list named as it likes ("Bürgerwille"): capitalised words that
    name no office, organisation, body or the municipality itself."""
    return (
        _LIST_NAME.fullmatch(group) is not None
        and _NOT_A_LIST.match(group) is None
        and affiliation_role(group) is None
        and not _is_body(group)
        and lex.role_noun(group.split()[0]) is None
    )
_LIST_NAME = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß.-]+(?:[ \u00a0][A-ZÄÖÜ][\wÄÖÜäöüß.-]+){0,2}")
# "von der AB", "vom AB", "von den Grünen" right after the name (and its bracket)
_FROM_GROUP_AFTER = re.compile(
    r"(?:[ \u00a0]{0,2}\([^()\n]{1,40}\))?,?[ \u00a0]+(?:von[ \u00a0]+der|von[ \u00a0]+den|vom|aus[ \u00a0]+der|für(?:[ \u00a0]+(?:die|den|das))?)[ \u00a0]+[„\"]?(?P<g>[A-ZÄÖÜ][^,.;:!?\n„“\"()]{1,40})"
)
# a quotation attributed after it to a party-role compound: "X meldete sich zu Wort: „…“, bekannte der AB-Kreisrat."
_QUOTE_ATTRIBUTED = re.compile(
    r"[“”\"«»][ \u00a0]{0,2},[ \u00a0]+(?:[a-zäöüß]+[ \u00a0]+){1,2}?(?:der|die)[ \u00a0]+(?P<c>[A-ZÄÖÜ][\wäöüß]*-[A-ZÄÖÜ][\wäöüß-]+)"
)


def _party_of_fronted_group(text: str, start: int, lex) -> str | None:  # noqa: ANN001
    """The party of a group fronted before the verb and the name (_FRONTED_GROUP): a party in any spelling, a
    local list only by a list's shape (listed_group); a role noun before a genitive group must be a role noun."""
    # guarded: searched in the 120 characters before every name, the regex has no first character the engine could
    # skip to, and its first branch starts with a choice of lookbehinds tried at every position
    m = guarded(_FRONTED_GROUP).search(text, max(0, start - 120), start)
    if m is None:
        return None
    if m.group("noun") is not None and (lex.role_noun(m.group("noun")) or compound_role(m.group("noun"), lex)) is None:
        return None
    group = m.group("g") or m.group("g2")
    found = party_after(group, lex) or listed_group(group.strip(), lex)
    if found is None and m.group("lead") and _CANDIDATE.search(m.group("lead")) and _names_list(group.strip(), lex):
        # a candidate of a group is a list's candidate: its name kept as written ("vom Bürgerwillen": the dative's -n off)
        found = group.strip()
        if m.group("of") == "vom" and " " not in found and found.endswith("en") and len(found) > 6:
            found = found[:-1]
    return found


# an apposition after the name with the party before a faction office or a member's noun, written apart
_PARTY_OFFICE_APPOSITION = re.compile(
    r",[ \t]{1,3}(?:[a-zäöüß]+[ \t]{1,3}){0,2}(?P<g>[A-ZÄÖÜ][\wÄÖÜäöüß/]{1,20})[ \t]{1,3}"
    r"(?:Fraktions\w+|Fraktion|Ratsmitglied|Stadtrat|Stadträtin|Gemeinderat|Gemeinderätin|Kreisrat|Kreisrätin)\b"
)


def _party_from_after(text: str, end: int, lex) -> str | None:  # noqa: ANN001
    """The party "von der AB", "aus der AB-Fraktion" or "für die AB" right after the name says (the group's first
    words: "von der AB im Kreistag"), or the party-role compound its quotation is attributed to ("…“, bekannte der AB-Kreisrat")."""
    m = _FROM_GROUP_AFTER.match(text, end, min(len(text), end + 100))
    if m is not None:
        return party_after(m.group("g"), lex)
    if text[end : end + 1] == "," and (a := _PARTY_OFFICE_APPOSITION.match(text, end, min(len(text), end + 80))) is not None:
        if (party := party_spelling(a.group("g"), lex)) is not None:
            return party  # "Jean X, neuer AB Fraktionschef, ...": the party before the office, written apart
    window = text[end : min(len(text), end + 250)].split("\n\n", 1)[0]
    q = _QUOTE_ATTRIBUTED.search(window) if "," in window else None
    if q is None or compound_role(q.group("c"), lex) is None:
        return None
    return compound_party(q.group("c"), lex)


# "Unsere Ratsfrau X", "Für uns begründete Fraktionssprecher Y": the publisher's own member
_OURS_BEFORE = re.compile(r"(?:\b[Uu]nser(?:e|em|en|er|es)?|\bFür\s+uns(?:\s+[\w.-]+)?)\s+(?:[\w.-]+\s+){0,3}$")


def _ours(text: str, places: list[tuple[int, int]]) -> bool:
    """The speaker is introduced as the writer's own ("Unser Ortsbeiratsmitglied X", "Für uns hat Stadtverordneter Y")."""
    return any(_OURS_BEFORE.search(text, max(0, a - 60), a) for a, _ in places)


def _publisher(text: str, memo: list[str | None], lex) -> str | None:  # noqa: ANN001
    """publisher_party, read once per document."""
    if not memo:
        memo.append(publisher_party(text, lex))
    return memo[0]


def _party_noun_before(text: str, start: int, lex) -> str | None:  # noqa: ANN001
    """The party an article and a member's noun (or the party's name) right before a name say: "Der
    Sozialdemokrat Karl X" -> SPD. The given name between may be any capitalised word. Also a party's adjective
    before a role noun: "die grüne Kreistagsabgeordnete Nicole X" -> Grüne."""
    m = _PARTY_NOUN_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return _party_adjective_before(text, start, lex)
    word = m.group(1)
    return party_nouns().get(word) or party_spelling(word, lex) or _party_adjective_before(text, start, lex)


# an article, an adjective and a capitalised word (the role noun) right before a name, with a given name between
_ADJECTIVE_NOUN_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]es|[Dd]em|[Dd]en|[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)[ \u00a0]"
    r"([a-zäöü][\wäöüß-]{2,30}?)(?:e|en|er|es|em)[ \u00a0]([A-ZÄÖÜ][\wäöüß-]{2,40})[ \u00a0](?:[A-ZÄÖÜ][\wäöüß'’-]+[ \u00a0])?$"
)


def _party_adjective_before(text: str, start: int, lex) -> str | None:  # noqa: ANN001
    """The party an adjective before the speaker's role noun says ("der sozialdemokratische Fraktionschef Ralf X");
    only before a role noun, so that "die linke Seite" or "die grüne Wiese" say nothing.

    The adjective is one of party_adjectives' stems inside the window searched: a window holding none of them
    (nearly all) is turned down by substring tests in C, not by the search (~7 µs, tried at every character)."""
    lo = max(0, start - 100)
    if not any(map(text[lo:start].__contains__, party_adjectives())):
        return None
    m = _ADJECTIVE_NOUN_BEFORE.search(text, lo, start)
    if m is None or (party := party_adjectives().get(m.group(1))) is None:
        return None
    return party if lex.role_noun(m.group(2)) is not None else None


# the article a dative or genitive apposition opens with: "X, dem Fraktionsvorsitzenden der AB, ..."
_LEADING_ARTICLE = re.compile(r"^(?:dem|der|den|des|die)[ \u00a0]+(?=[A-ZÄÖÜ])")
# a council group named in quotation marks after the word for it: "der Vereinigung „Bunt für Alle“", "der Liste »Wir«"
_QUOTED_GROUP = re.compile(
    r"\b(?:Fraktion|Vereinigung|Wählervereinigung|Wählergruppe|Wählergemeinschaft|Liste|Gruppe|Partei)[ \u00a0]+[„\"»«‚']([^“”\"«»‘’\n]{2,40})[“”\"«»‘’]"
)


def _role_in_appositions(affiliations: list[str], has_party: bool, lex) -> str | None:  # noqa: ANN001
    """The role a role noun opening an apposition with an article says ("X, dem Fraktionsvorsitzenden der AB,"), read
    as a bracket is: the mention reader keeps such an apposition whole as an affiliation."""
    for aff in affiliations:
        bare = _LEADING_ARTICLE.sub("", aff.strip())
        if bare != aff.strip() and (nouns := bracket_mention(bare, lex).role_nouns) and (role := role_from_nouns(nouns, has_party)):
            return role
    return None


def _party_in_appositions(affiliations: list[str], lex) -> str | None:  # noqa: ANN001
    """The party an apposition names: as a bracket ("dem Sprecher der SPD-Fraktion"), or a group in quotation marks
    after the word for it ("dem Fraktionsvorsitzenden der Vereinigung „Bunt für Alle“"), kept as written."""
    for aff in affiliations:
        if (q := _QUOTED_GROUP.search(aff)) is not None:
            return q.group(1).strip()
        bare = _LEADING_ARTICLE.sub("", aff.strip())
        if bare != aff.strip() and (party := bracket_mention(bare, lex).party) is not None:
            return party
        if (fo := _FACTION_OFFICE_OF.match(bare)) is not None:
            return fo.group("group") or fo.group("g2")  # "Fraktionsvorsitzende der GfB", "Vorsitzender der ABC-Fraktion": a local list
    return None


# a faction's office and the group it is of, a short name with two capitals (a local list's acronym as written)
_FACTION_OFFICE_OF = re.compile(
    r"(?:[Ff]raktions(?:vorsitzende[rn]?|sprecher(?:in)?|chef(?:in)?)\s+(?:der|des)\s+(?P<group>[A-ZÄÖÜ]\w{0,6}[A-ZÄÖÜ]\w{0,6})(?:-?[Ff]raktion)?"
    r"|(?:[Vv]orsitzende[rn]?|[Ss]precher(?:in)?)\s+(?:der|des)\s+(?P<g2>[A-ZÄÖÜ]\w{0,6}[A-ZÄÖÜ]\w{0,6})-?[Ff]raktion)\s*$"
)


# a faction's chair by a noun that does not name the faction: "Fraktionschef", "die Fraktionsvorsitzende"
_FACTION_CHAIR = re.compile(r"(?i)(?:^|\s)fraktions(?:chef|vorsitz|sprecher|führer)")
# a group written as one token or joined by slashes ("AB/CD", "Bündnis 90/Die Grünen" via the digit)
_GROUP_TOKEN = re.compile(r"[A-ZÄÖÜ][\wÄÖÜäöüß.-]*(?:(?:/|\s(?=\d)|(?<=/)\s?)[\wÄÖÜäöüß.-]+)*")
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"“”»«]*\s)")  # a sentence's final mark, closing quotes allowed after it


def _chairs_faction(nouns: list[str]) -> bool:
    return any(_FACTION_CHAIR.search(n) for n in nouns)


def _party_before_chair(text: str, places: list[tuple[int, int]], lex) -> str | None:  # noqa: ANN001
    """A faction's chair named right after a sentence about the faction, the faction unnamed at the chair
    ("Abfuhr durch AB/CD. Fraktionschef X schlägt vor ..."): the last party or joint list of the sentence
    before the chair's first mention. places: where the name is written (_NameIndex.at)."""
    if not places:
        return None
    start = places[0][0]
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, start - 400), start)]
    if not ends:
        return None
    before = text[ends[-2] if len(ends) > 1 else max(0, start - 400) : ends[-1]]
    for tok in reversed(_GROUP_TOKEN.findall(before)):
        tok = tok.rstrip(".-")
        if (party := party_spelling(tok, lex)) is not None or ("/" in tok and (party := listed_group(tok, lex)) is not None):
            return party
    return None



def _item_of(items: dict, pos: int, starts: list[int]):  # noqa: ANN001, ANN202
    k = bisect.bisect_right(starts, pos) - 1
    return items[starts[k]] if k >= 0 else None


def _maybe(hits: Hits | None, a: int, b: int) -> bool:
    """Whether text[a:b] may hold a match (no hits known: it may)."""
    return hits is None or hits.within(a, b)


@lru_cache(maxsize=1)
def _party_words() -> re.Pattern[str]:
    """The longest word of each party name: party_after finds a party only where one of these is written
    (a name's words, normalised and lowercased, are substrings of the lowercased text)."""
    return re.compile(alternation(sorted({max(key.split(), key=len) for key in lexicon().parties if key.split()})))
