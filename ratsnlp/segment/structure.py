"""The `ratsnlp_structure` component: agenda items, sections, page furniture and the roster.

Works line by line on the text: agenda-item headers of ALLRIS/SessionNet exports and of full
Niederschriften, section headings ("Beratung", "Beschluss:"), boilerplate lines, the attendance
list (parsed into `doc._.roster`), and the meeting's date and body.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from re import _constants, _parser

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..normalise import Line, is_boilerplate, iter_lines
from ..read.dates import iso_date
from ..resources import alternation, lexicon
from . import doccache
from .names import MODIFIERS, affiliation_role, anchor_pattern, parse_mention
from .sentences import CONTINUES

_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"
_NUM = r"\d{1,3}(?:\.\d{1,3}){0,3}"
HEADER_PATTERNS = (
    # ALLRIS: "25.02.2021 - 12 Landesförderprogramm ..."
    re.compile(rf"^(?P<date>{_DATE})\s{{1,3}}[-–]\s{{1,3}}(?:[ÖN]\s?)?(?P<num>{_NUM})\.?\s{{1,3}}(?P<title>\S.{{0,300}})$"),
    # "TOP 5: ...", "TOP Ö 5", "Tagesordnungspunkt 3.1", "Zu TOP 4", "Punkt 2", "Lfd. Nr. 4 – ..." (Berlin BVV)
    re.compile(
        rf"^(?:[Zz]u\s{{1,3}})?(?:TOP|Top|TO|TOP-Nr\.|Tagesordnungspunkt|Punkt|Lfd\.\s{{0,2}}Nr\.)\s{{0,3}}(?:Nr\.\s{{0,2}})?"
        rf"(?:[ÖöNn]\s?|öffentlich\s{{1,3}})?(?P<num>{_NUM})\.?(?:\s{{0,3}}[:.)–-]\s{{0,3}}|\s{{1,3}}|$)(?P<title>.{{0,300}})$"
    ),
    # SessionNet: "Ö 5 Bebauungsplan ...", "N 2.1 ..."
    re.compile(rf"^(?:[ÖN])\s?(?P<num>{_NUM})\.?\s{{1,3}}(?P<title>\S.{{0,300}})$"),
    # "Zu 3: ..."
    re.compile(rf"^[Zz]u\s{{1,3}}(?P<num>{_NUM})\.?\s{{0,3}}[:.)]?\s{{0,3}}(?P<title>.{{0,300}})$"),
    # a table row of an agenda copied from a web page: "| 3. | Produktbericht Straßen |", "| TOP 2: | Niederschrift |"
    re.compile(rf"^\|[ \t]{{0,3}}(?:(?:TOP|Top|Tagesordnungspunkt|Punkt)[ \t]{{0,2}})?(?:[ÖN][ \t]?)?(?P<num>{_NUM})\.?:?[ \t]{{0,3}}\|[ \t]{{0,3}}(?P<title>[A-ZÄÖÜ„\"][^|\n]{{1,300}}?)[ \t]{{0,3}}\|?[ \t]{{0,3}}$"),
)
# one match for a line that is none of them (the group names recur: unnamed here)
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_ANY_HEADER = re.compile("|".join("(?:" + _GROUP_NAME.sub("(?:", pat.pattern) + ")" for pat in HEADER_PATTERNS))
# Niederschrift: "3. Genehmigung der Niederschrift" (only after a blank line, not in resolution text)
NUMBERED_HEADER = re.compile(rf"^(?P<num>{_NUM})\.?\s{{1,3}}(?P<title>[A-ZÄÖÜ„\"][^\n]{{2,150}})$")
# "17 Stimmen dafür, 1 Stimme dagegen": a vote count at the line start, not item 17
VOTE_COUNT_TITLE = re.compile(r"(?:Stimmen?|Ja|Nein|Ja-Stimmen|Nein-Stimmen|Jastimmen|Neinstimmen|Gegenstimmen?|(?:Stimm)?[Ee]nthaltung(?:en)?|dafür|dagegen)\b")
# the title of a "Punkt 1: Ja 10, Nein 3" line is a vote count: a result per part of a split vote, not item 1
VOTE_COUNT_AFTER_NUMBER = re.compile(
    r"(?:(?:Ja|Nein|Ja-Stimmen|Nein-Stimmen|Gegenstimmen?|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|dafür|dagegen)\s{0,2}[:=]?\s{0,2}\d{1,3}\b"
    r"|\d{1,3}\s{0,2}(?:Ja|Nein|Ja-Stimmen|Nein-Stimmen|Stimmen?|Gegenstimmen?|Enthaltung(?:en)?|dafür|dagegen)\b"
    r"|\d{1,3}\s{0,2}:\s{0,2}\d{1,3}(?:\s{0,2}:\s{0,2}\d{1,3})?\s{0,2}(?:[,;(]|Stimmen\b|$))",
    re.IGNORECASE,
)
# the title of a "TOP 5 ..." line that is a sentence about the item: a correction ("muss lauten:", "soll heißen")
AMENDS = re.compile(r"(?:muss|muß|müsste|soll|sollte|lautet|heißt|wird\s{1,3}wie\s{1,3}folgt)\b")
DATE_WORDS = re.compile(rf"(?:am|vom)\s{{1,3}}(?P<date>{_DATE})")
ANY_DATE = re.compile(rf"(?<![\d.])(?P<date>{_DATE})(?![\d])")
BODY = re.compile(
    r"^(?:[\w.]+\s{1,3}){0,4}?(?:Sitzung|Niederschrift|Protokoll|Ergebnisprotokoll|Sitzungsniederschrift)\b[^\n]{0,40}?\b(?:des|der)\s{1,3}"
    r"(?P<body>[A-ZÄÖÜ][^\n]{2,100}?)\s{0,3}(?:(?:am|vom)\s{1,3}\d|,|\(|$)"
)
BODY_FIELD = re.compile(r"^(?:Gremium|Sitzung|Ausschuss)\s{0,3}:\s{0,3}(?P<body>[^\n]{2,100})$")
# the status as a noun ("Beschluss: Kenntnisnahme", "Beschlussart: Vertagung"), in STATUS_LINE and, qualified, in
# tag.decisions.NOMINAL_STATUS ("Beschluss: einstimmige Zustimmung")
STATUS_NOUNS = r"Kenntnisnahme|Vertagung|Zurückstellung|Ablehnung|Zustimmung|Annahme|Verweisung|Überweisung|Absetzung|Rücknahme"
# an unknown section heading: "Verhandlung:", "Ergebnis der Beratung:" (capitalised words and a few function words)
STATUS_LINE = re.compile(
    r"^(?:(?:ungeändert|geändert|einstimmig|mehrheitlich|ablehnend|zustimmend|mit\s+Änderung(?:en)?|in\s+(?:der\s+)?geänderte[nr]?\s+Fassung)\s{1,3})?(?:beschlossen|angenommen|abgelehnt|"
    r"zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen|vertagt|verwiesen|zurückgestellt|abgesetzt|zurückgezogen|zugestimmt|empfohlen|erledigt|"
    rf"{STATUS_NOUNS})"
    # where to ("vertagt zum nächsten Gremium") and on what ("(gemäß Verwaltungsvorschlag)")
    r"(?:\s{1,3}(?:zu[mr]|in\s+(?:den|die|das)|an\s+(?:den|die|das)|auf\s+(?:den|die|das))\s[^\n.()]{2,50}?)?(?:\s{1,3}\([^()\n]{2,60}\))?\.?$",
    re.IGNORECASE,
)
# "Abstimmung: Ja: 11", "Abstimmungsergebnis: 12 : 3 : 1": a status block's count line, the resolution is not below it
VOTE_LINE = re.compile(
    r"^(?:(?:Ja|Nein|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|Gegenstimmen?|dafür|dagegen|Befangen)\s{0,2}:?\s{0,2}\d{1,3}\s{0,2}[,;/|]?\s{0,2})+$"
    r"|^\d{1,3}\s{0,2}[:/-]\s{0,2}\d{1,3}(?:\s{0,2}[:/-]\s{0,2}\d{1,3})?$",
    re.IGNORECASE,
)
GENERIC_HEADING = re.compile(
    r"^(?!(?:Der|Die|Das|Er|Sie|Es|Ein|Eine|Herr|Frau)\b)[A-ZÄÖÜ][\wäöüß/-]{2,30}"
    r"(?:\s(?:[A-ZÄÖÜ0-9][\wäöüß/.-]{0,30}|der|des|die|das|und|für|von|zur|zum|im|am|zu)){0,4}:$"
)
CHAIR_LINE = re.compile(
    r"^(?:Vorsitz|Vorsitzende[r]?|Vorsitzende/r|Sitzungsleitung|Sitzungsleiter(?:in)?|Leitung)(?:\s{1,3}(?:der|des)\s{1,3}[^:]{1,60})?\s{0,3}:\s{0,3}(?P<rest>\S.{1,120})$"
)
ROSTER_START = re.compile(r"^(?:Anwesend|Anwesende|Teilnehmer(?:innen|Innen|/innen|\*innen|_innen)?|Teilnehmende|Anwesenheit)\b(?:\s{0,3}(?:waren|sind))?\s{0,3}:?")
# "Anwesende Stimmberechtigte: 9" opening a vote block (its Ja/Nein lines follow): a count, no attendance list.
# Below "Gesetzliche Zahl der Mitglieder: 11" the line is still skipped as before: the decision tagger takes that
# block's counts from the text between sentences, and its lines as sentences would start a second decision.
VOTERS_PRESENT = re.compile(
    r"^Anwesende?\s{1,3}[Ss]timmberechtigte\w{0,2}(?:\s{1,3}Mitglieder)?\s{0,3}:?\s{0,3}\d{1,3}\s{0,3}$|"
    r"^Anwesende?\s{0,3}:?\s{0,3}\d{1,3}\s{0,3}[-–,;/|]?\s{0,3}(?:Ja|Dafür|Für)\b"  # "Anwesend 12 - Ja 12 - Nein 0": a vote result line
)
LEGAL_NUMBER = re.compile(r"^Gesetzliche\s{1,3}(?:An)?[Zz]ahl\b")
# "Von den 16 Ratsmitgliedern sind 15 anwesend (...)": a count line inside the attendance list, not running text
COUNT_LINE = re.compile(r"^Von\s{1,3}(?:den|allen)\s{1,3}\S{1,12}\s{1,3}[\wäöüß-]{3,40}\s{1,3}(?:sind|waren)\s{1,3}\S{1,12}\s{1,3}(?:anwesend|erschienen)\b")


# the fixed regexes of the line and roster tests, compiled once (re's own cache costs a lookup per call)
_TIME_OR_PERSON = re.compile(r"\b(?:Uhr|Herr|Frau)\b")
# "14. Sitzung des Ausschusses für ...", "17. öffentliche Sitzung der BVV": the meeting's ordinal, not agenda item 14
_MEETING_TITLE = re.compile(r"(?:[a-zäöüß]+\s{1,3}){0,2}Sitzung\b")
# "Zu 1.)", "zu 2:" opening a line under "Beschluss:": the resolution answers the points of a motion one by one
_RESOLUTION_POINT = re.compile(r"[Zz]u\s{1,3}\d")
_LOWER_WORD = re.compile(r"\b[a-zäöüß]{3,}\b")
_LEAD_NOTE = re.compile(r"^\([^)]{0,30}\)\s{0,3}:?\s{0,3}")
_ENTRY_CUT = re.compile(r";|,\s{0,2}(?=(?:Herr|Frau|RM|Rm|sB|sE|SB|BV|StR|GR)\b)")
_FRAKTION_DER = re.compile(r"(?i)^fraktion\s+(?:der\s+)?|[-\s]?fraktion$")
_FRAKTION = re.compile(r"(?i)^fraktion\s+|[-\s]?fraktion$")
_NAME_END = re.compile(r"\s{0,3}(?:\(|,|$)")
_BRACKETED = re.compile(r"\(([^)]{1,80})\)")
_COMMA_SEMI = re.compile(r"[,;]")
_BRACKET = re.compile(r"\([^)]{0,80}\)")
_ROLE_WORD = re.compile(r"[\wÄÖÜäöüß.'-]+(?:\s{1,2}(?:der|des)\b)?")
_GROUP_LABEL = re.compile(r"^[^:()]{1,60}:\s{0,3}")


@dataclass
class _Header:
    line: Line | ext.TextLine
    number: str
    title: str
    date: str | None


_LOWER_WORDS = re.compile(r"\b[a-zäöüß]{3,}\b")
_SPEAKER_VERB = re.compile(r"\b(?:eröffnet|begrüßt|stellt|erläutert|berichtet|fragt|bittet|teilt)\b")
# a passive sentence with its full stop and something after it ("Die Niederschrift wird ohne Änderungen bestätigt. (Ja: 7,
# Nein: 0)"): the item's resolution under a bare "zu 1.", not its title
_PASSIVE_SENTENCE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b[^.\n]{0,80}[a-zäöüß]{4,}\.\s")


def _title_like(line: str) -> bool:
    """A title line after "TOP 3" alone: short, no sentence punctuation, not a speaker sentence."""
    if len(line) > 120 or line.endswith((".", ",", ";")) or _PASSIVE_SENTENCE.search(line):
        return False
    if _SPEAKER_VERB.search(line) and anchor_pattern().search(line[:60]):  # the cheap test first
        return False
    # "Die Vorsitzende eröffnete die Sitzung um 16 Uhr und stellte die ordnungsgemäße": a sentence in any tense
    speaks = any(w in lexicon().speech_verbs for w in _LOWER_WORDS.findall(line))
    return not (speaks and anchor_pattern().search(line[:60]))


# "TOP 1 Genehmigung der Niederschrift Die Niederschrift wird genehmigt.": a resolution sentence glued to the
# item title on one line (a capitalised article after a lower-case word or a number, a finite verb, a full stop)
GLUED_SENTENCE = re.compile(
    r"(?<=[\wäöüß\d]) (?=(?:Der|Die|Das|Dem|Den)\s[A-ZÄÖÜ](?:[^.!?:;]|(?<=\d)\.(?=\d)){0,200}?\b"
    r"(?:wird|werden|wurde|wurden|ist|sind|nimmt|nehmen|beschließt|beschließen|stimmt|stimmen)\b[^.!?:;]{0,200}\.$)"
)


# "TOP 2: Radwege am Bahnhof Frau Muster begrüßt Herrn Probe vom Bauamt.": a speaker's sentence glued to the title
GLUED_SPEAKER = re.compile(r"(?<=[\wäöüß\d]) (?=(?:Herr|Frau)\s[A-ZÄÖÜ][\wäöüß'’-]{1,40}\s([a-zäöüß]{3,25})\b[^.!?:;]{0,200}\.$)")


# "TOP 4 – Sachstandsberichte: OV X teilt mit, dass ... . Er fragt ...": the item's text after the colon of its header,
# opening with a speaker (Herr/Frau or a role noun, the name, maybe a bracket) and a speech verb
GLUED_AFTER_COLON = re.compile(
    r"(?<=:) (?=(?P<who>[A-ZÄÖÜ][\wäöüß.'’-]{1,30})\s(?:Dr\.\s)?(?:[A-ZÄÖÜ][\wäöüß'’-]{1,30}\s){1,2}(?:\([^()]{1,30}\)\s)?(?P<verb>[a-zäöüß]{3,25})\b)"
)


def glued_sentence(title: str) -> int | None:
    """Offset in `title` where a sentence glued to the item title starts, when there is one."""
    m = GLUED_SENTENCE.search(title)
    if m is None and ("Herr" in title or "Frau" in title) and (g := GLUED_SPEAKER.search(title)) is not None and g.group(1) in lexicon().speech_verbs:
        m = g
    if m is None and ": " in title and (g := GLUED_AFTER_COLON.search(title)) is not None and g.group("verb") in lexicon().speech_verbs:
        who = g.group("who")
        if who in ("Herr", "Frau") or lexicon().role_noun(who) is not None:
            m = g
    return m.end() if m and len(title[: m.start()].split()) >= 2 else None


def _sentence_title(title: str) -> bool:
    """A title that is a sentence of resolution text: eight words or more, ending in a full stop."""
    return title.rstrip().endswith(".") and len(title.split()) >= 8


def match_header(text: str, *, after_blank: bool, in_resolution: bool, after_intro: bool = False) -> tuple[str, str, str | None] | None:
    """(number, title, date) when the line is an agenda-item header.

    after_intro: the line before is a sentence ending in a colon ("... nennt die Punkte:"), so a
    numbered line is an entry of that speaker's list, not a new agenda item.
    """
    if len(text) > 320:
        return None
    for pat in HEADER_PATTERNS if _ANY_HEADER.match(text) is not None else ():
        m = pat.match(text)
        if m and AMENDS.match(m.group("title")):
            return None  # "TOP 5 muss lauten:": a correction of the minutes quotes the item, it does not open it
        if m and VOTE_COUNT_AFTER_NUMBER.match(m.group("title")):
            return None  # "Punkt 1: Ja 10, Nein 3": the count of a split vote's part
        if m and in_resolution and _RESOLUTION_POINT.match(text) and _sentence_title(m.group("title")):
            return None  # "Zu 2.): Der Ausschuss beauftragt die Verwaltung, ...": a point of the resolution, not item 2
        if m:
            date = m.groupdict().get("date")
            return m.group("num").rstrip("."), m.group("title").strip(), iso_date(date) if date else None
    if after_blank and not in_resolution and not after_intro:
        m = NUMBERED_HEADER.match(text)
        if m and not text.rstrip().endswith((".", ",", ";", ":")) and int(m.group("num").split(".")[0]) < 100:
            title = m.group("title")
            if len(title.split()) <= 18 and not _TIME_OR_PERSON.search(title) and not VOTE_COUNT_TITLE.match(title) and not _MEETING_TITLE.match(title):
                return m.group("num").rstrip("."), title.strip(), None
    return None


def _introduces_list(line: str) -> bool:
    """ "GR X nennt die einzelnen Punkte:": a speaker's sentence that a numbered list continues."""
    return line.endswith(":") and len(line) > 40 and len(_LOWER_WORD.findall(line)) >= 3 and anchor_pattern().search(line) is not None


_ADDRESSEE = re.compile(r"\s+(?:an|für)\s+(?:den|die|das)\s+[\wäöüß-]{3,40}$")  # "... an den Rat", lower case
_SECTION_INLINE = re.compile(r"^([A-ZÄÖÜ][\w /-]{2,40}?)\s{0,2}:\s")
_SECTION_HEAD = re.compile(r"^([A-ZÄÖÜ][\w /-]{2,40}?)\s{0,2}:\s{0,3}(?=\S)")


# a decision heading with its vote ("Beschluss 17:6", "Beschluss (einstimmig)"): the heading, the vote its first line
_HEADING_VOTE = re.compile(
    r"\s{0,3}[(–-]?\s{0,2}(?P<vote>\d{1,3}\s{0,2}[:/]\s{0,2}\d{1,3}(?:\s{0,2}[:/]\s{0,2}\d{1,3})?|einstimmig|mehrheitlich)\s{0,2}[)–-]?$"
)


def _split_heading_vote(low: str, lex) -> tuple[str, str] | None:  # noqa: ANN001
    """(heading, vote) of a lower-cased decision heading that states its vote ("beschluss 17:6" -> "beschluss", "17:6").

    A line that starts with no decision heading is turned down before the search (_decision_heads): the answer
    needs the text before the vote to be one, and the search, tried at every character, cost ~6 µs a line."""
    if not low.startswith(_decision_heads(lex)):
        return None
    vote = _HEADING_VOTE.search(low)
    if vote is None or vote.start() == 0 or lex.sections.get(low[: vote.start()]) != "decision":
        return None
    return low[: vote.start()], vote.group("vote")


_DECISION_HEADS: list[tuple[object, int, tuple[str, ...]]] = []  # (lexicon, its number of headings, its decision headings)


def _decision_heads(lex) -> tuple[str, ...]:  # noqa: ANN001
    """The lower-cased sections.tsv headings of kind "decision", for the lexicon last asked about (worked out again
    when its sections change)."""
    if not _DECISION_HEADS or _DECISION_HEADS[0][0] is not lex or _DECISION_HEADS[0][1] != len(lex.sections):
        heads = tuple(sorted(h for h, kind in lex.sections.items() if kind == "decision"))
        _DECISION_HEADS[:] = [(lex, len(lex.sections), heads)]
    return _DECISION_HEADS[0][2]


def heading_vote(line: str) -> str | None:
    """The vote a decision heading line states ("Beschluss 17:6:" -> "17:6"), or None."""
    split = _split_heading_vote(line.strip().rstrip(": ").lower(), lexicon())
    return split[1] if split is not None else None


def _section_key(low: str, lex) -> str | None:  # noqa: ANN001
    """The sections.tsv heading a lower-cased line is, also with an addressee ("beschlussempfehlung an den rat") or
    with its vote ("beschluss 17:6")."""
    if low in lex.sections:
        return low
    if (split := _split_heading_vote(low, lex)) is not None:
        return split[0]
    to = _ADDRESSEE.search(low)
    return low[: to.start()] if to is not None and low[: to.start()] in lex.sections else None


def match_section(text: str) -> tuple[str, str, int] | None:
    """(heading, kind, offset of inline content) when the line is a section heading."""
    lex = lexicon()
    if len(text) > 60:
        m = _SECTION_INLINE.match(text)
        if m and m.group(1).lower() in lex.sections:
            return m.group(1), lex.sections[m.group(1).lower()], m.end()
        return None
    if (key := _section_key(text.rstrip(": ").lower(), lex)) is not None:
        return text, lex.sections[key], len(text)
    m = _SECTION_HEAD.match(text)
    if m and m.group(1).lower() in lex.sections:
        return m.group(1), lex.sections[m.group(1).lower()], m.end()
    return None


_COLUMNS = re.compile(r"\s{2,}|\t")
_SUBSTITUTE = re.compile(r"\(?\s{0,2}(?:i\.\s?V\.|in\s+Vertretung|Vertretung)\b[^)]{0,80}\)?")
_TIMES = re.compile(r"\(?\s{0,2}(?:ab|bis)\s{1,3}(?:\d{1,2}[.:]\d{2}\s{0,2}Uhr|TOP\s{0,2}\S+)\)?")
@lru_cache(maxsize=1)
def bare_name() -> re.Pattern[str]:
    """A roster name without honorific: "Pohl, Anna", "Anna van der Meulen" (particles from the lexicon)."""
    particles = alternation(sorted(lexicon().particles))
    return re.compile(
        r"^(?P<a>[A-ZÄÖÜ][\w'’-]{1,30})(?:,\s{0,2}(?P<b>[A-ZÄÖÜ][\w'’-]{1,30}(?:\s[A-ZÄÖÜ][\w'’-]{1,30})?))?"
        rf"(?:\s{{1,2}}(?P<c>(?:(?:{particles})\s{{1,2}}){{0,3}}[A-ZÄÖÜ][\w'’-]{{1,30}}))?"
    )


_HERR_FRAU = re.compile(r"\b(?:Herr|Frau)\b")
_BRACKET_OR_NAME = re.compile(r"\(|,\s{0,2}[A-ZÄÖÜ]")
_GIVEN_THEN_NAME = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s{1,3}[A-ZÄÖÜ][\wäöüß-]+\s*$")  # a given name, then the surname at the end


def roster_heading(line: str) -> str | None:
    """The role a roster heading line stands for ("II. Mitglieder des Seniorenbeirates" -> advisory_member)."""
    lex = lexicon()
    head = line.split(":", 1)[0] if ":" in line else line
    if len(head) > 70 or _HERR_FRAU.search(head) and anchor_pattern().search(head):  # the cheap test first
        return None
    if _BRACKET_OR_NAME.search(head):
        return None
    if ":" not in line and (g := _GIVEN_THEN_NAME.search(head)) is not None and g.group(1) in lex.given_names:
        return None  # "1. Vorsitzender Ottmar Kappus": an entry with its role noun, not a heading over the lines below
    low = head.lower()
    if _heading_words().search(low) is None:
        return None  # no heading word in the line (one search instead of a test per word)
    best = None
    for key, role in lex.roster_headings.items():
        if key in low and (best is None or len(key) > len(best[0])):
            best = (key, role)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _heading_words() -> re.Pattern[str]:
    """Any word of the lexicon's roster headings (a line without one has no roster heading)."""
    keys = sorted(lexicon().roster_headings)
    return re.compile(alternation(keys) if all(keys) else "")  # (an empty word is in every line)


_MEMBER_ROLES = frozenset({"council_member", "advisory_member"})
_ROSTER_TOP = 60  # lines: an attendance list opened by a members' heading stands at the top of the minutes


def _members_heading(line: str) -> tuple[str, str] | None:
    """A members' heading that opens the attendance list without "Anwesend" ("Stimmberechtigte Mitglieder: ..."):
    (role, names after it). Asked only above the first item, where such a line lists who attends; an agenda line
    ("6. Antrag der XY-Fraktion: ...") names a party or a number, or no person after its colon."""
    if ":" not in line:
        return None
    head, _, rest = line.partition(":")
    if len(head) > 60 or _DIGIT.search(head) or _heading_words().search(head.lower()) is None or (role := roster_heading(line)) not in _MEMBER_ROLES or anchor_pattern().search(head):
        return None
    rest = rest.strip()
    if lexicon().party(head) or (rest and not parse_roster_line(rest, 0, role, None)):
        return None
    return role, rest


_DIGIT = re.compile(r"\d")  # "Sabine Muster ab 16:25 Uhr": a time's colon, no label


def _count_below(lines: list, n: int) -> bool:
    """Whether the next non-blank line holds only a number: "Stimmberechtigte:" / "5" opens a vote block, not a list."""
    for line in lines[n + 1 : n + 4]:
        if line.text:
            return line.text.strip().isdigit()
    return False


_ROLE_LABEL = re.compile(r"^([A-ZÄÖÜ][\wäöüß'’-]{2,40})\s{0,3}:\s{0,3}(\S.{1,150})$")


def _labelled_entries(head: str, rest: str, lex) -> list[dict] | None:  # noqa: ANN001
    """The persons after a role noun and a colon on an attendance line ("Bürgermeister: Herr X (AB)", "Gemeindevertreter:
    Frau Y (CD), Herr Z"): the noun's role for each, and the noun itself for a single person. None when the label is
    no role noun or no one is named."""
    head = head.strip()
    noun = lex.role_noun(head)
    if noun is None or " " in head or not rest.strip():
        return None
    entries = parse_roster_line(rest.strip(), 0, noun.role, None)
    if not entries or not all(e.get("name") for e in entries):
        return None
    if len(entries) == 1:
        entries[0]["role_nouns"] = [*(entries[0].get("role_nouns") or []), head]
    return entries


def _presiding_label(t: str, lex) -> list[dict] | None:  # noqa: ANN001
    """A title-block line "Vorsteherin: Frau X (AB)", "Bürgermeister: Herr Y": one person under a chair's or mayor's noun."""
    m = _ROLE_LABEL.match(t)
    if m is None or (noun := lex.role_noun(m.group(1))) is None or noun.role not in ("chair", "mayor"):
        return None
    entries = _labelled_entries(m.group(1), m.group(2), lex)
    return entries if entries is not None and len(entries) == 1 else None


def _other_group_label(head: str, colon: str) -> bool:
    """Whether an attendance line opens a group that is neither a party nor a known heading ("Vertreter der
    Kirchen:"): a short label before ":" that names nobody, so the party of the group above does not carry on."""
    if not colon or not head[:1].isupper() or len(head.split()) > 5 or _DIGIT.search(head) or not _GROUP_HEAD.match(f"{head}:x"):
        return False
    am = anchor_pattern().search(head)
    return am is None or (m := parse_mention(head, am.start(), len(head))) is None or not m.named


def _strip_group_label(rest: str, lex) -> str:  # noqa: ANN001
    """The names after a group label on the "Anwesend" line; a party label stays, parse_roster_line reads it."""
    m = _GROUP_LABEL.match(rest)
    if m and lex.party(_FRAKTION_DER.sub("", rest[: m.end()].strip(" :"))):
        return rest
    return rest[m.end() :] if m else rest


_AS_GROUP = re.compile(r"als\s{1,3}((?:[\w.-]{2,20}\s{1,3})??[A-ZÄÖÜ][\wäöüß-]{2,40})\s{1,3}(?=(?:Herr|Frau|Herren|Frauen|Dr\.)\s)")


def _as_group_line(line: str) -> tuple[str, str] | None:
    """An attendance line whose group stands in front of the first name ("als Vorsitzender Herr X"): (role, names)."""
    m = _AS_GROUP.match(line)
    if m is None or (group := roster_heading(m.group(1))) in (None, "-"):
        return None
    return group, line[m.end() :]


# "c) Gäste Herr X, Herr Y (Planungsbüro)", "b) vom Ortsamt Frau Z": an enumerated group, its label and then its names
_ENUM_GROUP = re.compile(
    r"\s{0,3}(?:[a-z]|\d{1,2})[.)]\s{1,3}((?:(?:vom|von\s{1,3}der|von\s{1,3}den|aus\s{1,3}dem|als)\s{1,3})?(?:[a-zäöüß-]{2,20}\s{1,3})?"
    r"[A-ZÄÖÜ][\wäöüß-]{2,40})\s{1,3}(?=(?:Herr|Frau|Dr\.|Prof\.|[A-ZÄÖÜ][a-zäöüß]))"
)
_FROM_BODY = re.compile(r"(?:vom|von|aus)\s")


_PIPE_CELL = re.compile(r"\s*\|\s*")
_NUMBER_CELL = re.compile(r"\d{1,3}[.)]?")


_GIVEN_SURNAME_COMMA = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{1,20})(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})?\s{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,40}\s{0,2},")


_GIVEN_SURNAME_COLON = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{1,20})(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})?[ \t]{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,40}[ \t]{0,2}:")


def _name_label_line(line: str, lex) -> bool:  # noqa: ANN001
    """ "Dirk Bergner:" alone on its line: a given name and a surname label the speech below, no section heading."""
    m = _GIVEN_SURNAME_COLON.fullmatch(line.strip())
    return m is not None and m.group(1) in lex.given_names


def _given_name_first(line: str, lex) -> bool:  # noqa: ANN001
    """An attendance entry "Vorname Name, stellv. Schriftführer": its office after the comma is the person's, no
    heading of the names below."""
    m = _GIVEN_SURNAME_COMMA.match(line)
    return m is not None and m.group(1) in lex.given_names


_PERSON_ENTRY = re.compile(r"(?:[\wäöüÄÖÜß.-]{2,40}\s{1,2}){0,3}?(?:(?:Herr|Frau|Dr\.)\s{1,2})*([A-ZÄÖÜ][a-zäöüß]{1,20})(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})?\s{1,2}[A-ZÄÖÜ][\wäöüß'’-]{1,40}(?:\s{0,2}\([^()\n]{1,60}\))?")


def _person_entry(title: str, lex) -> bool:  # noqa: ANN001
    """A numbered line's title that is a person ("Ina Muster (Vorsitzende)", "Otto Probe", "Vorsitzender Otto Probe"):
    an attendance entry."""
    m = _PERSON_ENTRY.fullmatch(title.strip())
    return m is not None and m.group(1) in lex.given_names


def _unpiped(line: str) -> str:
    """A table row without its pipes and list-number cells, its cells two blanks apart (as columns)."""
    cells = [c for c in _PIPE_CELL.split(line) if c and not _NUMBER_CELL.fullmatch(c)]
    return "  ".join(cells)


def _enumerated_group_line(line: str) -> tuple[str, str] | None:
    """An attendance line that opens an enumerated group with its label before the names ("c) Gäste Herr X"):
    (role, names). The members "vom Beirat"/"vom Ausschuss" are the meeting body's own members."""
    m = _ENUM_GROUP.match(line)
    if m is None or anchor_pattern().search(m.group(1)):
        return None
    group = roster_heading(m.group(1))
    if _FROM_BODY.match(m.group(1)) and group in (None, *_MEMBER_ROLES):
        group = "council_member"  # "a) vom Fachausschuss A B": the body that meets
    if group in (None, "-", "chair"):
        return None
    return group, line[m.end() :]


_LIST_NUMBER = re.compile(r"^(?:\d{1,3}[.)]|[•·▪●◦‣∙*–-])\s{1,3}(?=[A-ZÄÖÜ])")  # "2. Otto Probe", "• Ina Muster": a list's mark


def parse_roster_line(text: str, offset: int, role: str | None, party: str | None) -> list[dict]:
    """People listed on one attendance line ("RM Kowalski (CDU)", "Herr X, StA 66", "Pohl, Anna   Bezirksbürgermeisterin (SPD)")."""
    lex = lexicon()
    text = _TIMES.sub(" ", _SUBSTITUTE.sub(" ", text)).strip(" ,;")
    text = _LEAD_NOTE.sub("", text)  # "Anwesend (Auszug): ..."
    text = _LIST_NUMBER.sub("", text)  # "2. Otto Probe (Schriftführer)": an entry of a numbered list
    if "-" in text:
        text = _DASHED_ROLE.sub(r"(\1)", text)  # "Herr X -Vorsitzender-": the role between dashes, as in brackets
    if not text:
        return []
    if (";" in text or _party_label(text)) and (groups := _party_groups(text)) is not None:  # "SPD: A; CDU: B", "SPD: A, B"
        return [p for seg, seg_party, seg_role in groups for p in parse_roster_line(seg, offset, seg_role or role, seg_party or party)]
    columns = [c.strip() for c in _COLUMNS.split(text) if c.strip()]
    # entries start at the line start or after "," / ";" (not "Herr Paschke, sachkundiger Bürger (CDU)")
    # (a "Herr"/"Frau" after a name is the next entry of a line whose columns ran together: "Herr A -Vorsitzender- Herr B")
    anchors = [
        m.start() for m in anchor_pattern().finditer(text)
        if m.group(0) != "Herrn" and (_entry_start(text, _chunk_start(text, m.start())) or (m.group(0) in ("Herr", "Frau") and _after_name(text, m.start())))
    ]  # fmt: skip
    anchors = [
        a
        for k, a in enumerate(anchors)
        if k == 0 or (not _in_bracket(text, a) and (m := parse_mention(text, a, len(text))) is not None and m.named)
    ]
    if len(columns) > 1 and len(anchors) <= 1:
        if len(persons := _person_columns(columns)) > 1:  # "Herr A Vorsitzender  Frau B": two columns of entries
            return [p for first, rest in persons for p in _roster_person(first, rest, role, party, lex)]
        return _roster_person(columns[0], " ".join(columns[1:]), role, party, lex)
    people: list[dict] = []
    if len(anchors) >= 2:  # "Stv. A (SPD, Vorsitzende), Stv. B (CDU), ..."
        cuts = [_chunk_start(text, a) for a in anchors] + [len(text)]
        for a, b in zip(cuts, cuts[1:]):
            people.extend(_roster_person(text[a:b].strip(" ,;"), "", role, party, lex))
        return people
    for chunk in _ENTRY_CUT.split(text):
        people.extend(_roster_person(chunk.strip(), "", role, party, lex))
    return people


def _person_columns(columns: list[str]) -> list[tuple[str, str]]:
    """The entries of a roster line laid out in columns: a column that opens with "Herr"/"Frau" and a name starts an
    entry, any other column ("Bezirksbürgermeisterin (SPD)", "Schulleiterin Gesamtschule Nord") belongs to the entry
    before it. One entry when only the first column names someone: the role of "Herr A  Vorsitzender" stays his."""
    out: list[tuple[str, str]] = []
    for c in columns:
        if _HERR_FRAU.match(c) is not None and (m := parse_mention(c, 0, len(c))) is not None and m.named and not m.oblique:
            if "," in c or ";" in c:
                return []  # "SPD   Rf. A, sE B": a party's column of several entries, read by the entry rules
            out.append((c, ""))
        elif out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {c}".strip())
        else:
            return []  # the first column names no one ("GRÜNE   Rf. A"): a label, not an entry
    return out


_GROUP_HEAD = re.compile(r"^(?P<head>[^:;,()]{1,50}?)\s{0,2}:\s{0,3}(?P<rest>\S.*)$")


def _party_label(text: str) -> bool:
    """Whether a line opens with a party's label ("SPD: A, B", "Fraktion DIE LINKE: C"), not a title that only
    names a party ("Antrag der Fraktion XY: Öffnungszeiten")."""
    m = _GROUP_HEAD.match(text) if ":" in text else None
    if m is None:
        return False
    head = _FRAKTION_DER.sub("", m.group("head").strip())
    return len(head.split()) <= 4 and lexicon().party(head) is not None


def _party_groups(text: str) -> list[tuple[str, str | None, str | None]] | None:
    """ "CDU: Herr A, Frau B; GRÜNE: Frau C; Verwaltung: Frau D": (segment, party, role) of a one-line roster grouped by party."""
    lex = lexicon()
    out: list[tuple[str, str | None, str | None]] = []
    grouped = False
    for seg in (x.strip() for x in text.split(";")):
        if not seg:
            continue
        m = _GROUP_HEAD.match(seg)
        party = lex.party(_FRAKTION_DER.sub("", m.group("head").strip())) if m else None
        group = roster_heading(m.group("head")) if m and not party else None
        if m and party:
            out.append((m.group("rest"), party, "council_member"))
            grouped = True
        elif m and group not in (None, "-"):
            out.append((m.group("rest"), None, group))
            grouped = True
        else:
            out.append((seg, None, None))
    return out if grouped else None


_LAST_WORD = re.compile(r"(\S+)\s{1,3}$")


_DASHED_ROLE = re.compile(r"(?<=\s)-([A-ZÄÖÜ][\wäöüß]+)-(?=\s|$)")
# the end of an entry before the next one's "Herr"/"Frau": a capitalised word, a one-letter mark ("B") or a role
# between dashes ("-Vorsitzender-")
_ENTRY_END = re.compile(r"(?<![\wäöüß.-])(?:(?P<word>[A-ZÄÖÜ][\wäöüß.-]*)|-[A-ZÄÖÜ][\wäöüß]+-|\([^()]{1,40}\))[ \t\u00a0]+$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Herr|Frau)[ \t\u00a0]")


def _after_name(text: str, pos: int) -> bool:
    """Whether an entry opened by "Herr"/"Frau" ended before pos with a name or a mark (see _ENTRY_END), outside
    brackets: not an office or a department before the next entry's honorific ("Bauamt Herr X", "Bademeister Herr Y")."""
    if pos == 0 or _in_bracket(text, pos) or _HONORIFIC_BEFORE.search(text, 0, pos) is None:
        return False
    m = _ENTRY_END.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    word = m.group("word")
    lex = lexicon()
    return word is None or (lex.role_noun(word.rstrip(".")) is None and not _is_department(word) and word not in MODIFIERS)


def _is_department(word: str) -> bool:
    """An office of the administration written before a staff member's name ("Bauamt", "Stadtkasse")."""
    return affiliation_role(word) is not None


def _entry_start(text: str, start: int) -> bool:
    """Whether text[:start] is blank or ends in "," / ";" (past blanks): without slicing and stripping the
    prefix for every anchor of a long one-line roster."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or text[start - 1] in ",;"


def _in_bracket(text: str, pos: int) -> bool:
    """Whether a bracket opened before pos is still open there (the last "(" before pos follows the last ")")."""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _chunk_start(text: str, anchor: int) -> int:
    """Back from an anchor over modifiers ("Erster Bürgermeister", "stellv. Vorsitzende") to the entry start."""
    start = anchor
    head = text[max(0, anchor - 30) : anchor]
    m = _LAST_WORD.search(head, _last_run_start(head))  # (it can match only once: it ends at the end)
    if m is not None and m.group(1) in MODIFIERS:
        start = anchor - len(m.group(0))
    return start


def _last_run_start(head: str) -> int:
    """Where the last run of non-blanks in head starts: a _LAST_WORD match can start nowhere else (blanks only
    follow its word), and searched from every earlier offset it would run over each word to its end in vain."""
    q = len(head.rstrip())
    return q - len(head[:q].rsplit(None, 1)[-1]) if q else 0


def _roster_person(first: str, rest: str, role: str | None, party: str | None, lex) -> list[dict]:  # noqa: ANN001
    am = anchor_pattern().search(first[:40])
    nouns: list[str] = []
    lead = first[: am.start()].split() if am else []
    if am and all(w in MODIFIERS for w in lead):
        nouns = list(lead)
        men = parse_mention(first, am.start(), len(first), initial=True)
        if men is None or not men.named or men.oblique:
            return []
        name, surname, title, nouns = men.name, men.surname, men.title, nouns + list(men.role_nouns)
        mparty, aff = men.party, men.affiliation
        extra = first[men.end :].strip(" ,")
    else:
        first = _without_titles(first, lex)  # "Dr. Pohl, Anna": the academic title before the surname
        m = bare_name().match(first)
        if not m:
            return []
        if m.group("b"):  # "Pohl, Anna"
            surname, given = m.group("a"), m.group("b")
        elif m.group("c") and (m.group("a") in lex.given_names or _NAME_END.match(first[m.end() :])):
            given, surname = m.group("a"), m.group("c")
        else:
            return []
        name, title, mparty, aff = f"{given} {surname}", None, None, None
        extra = first[m.end() :].strip(" ,")
    tail = f"{extra} {rest}".strip()
    for bracket in _BRACKETED.findall(tail):
        for piece in _COMMA_SEMI.split(bracket):
            p = lex.party(piece.strip()) or lex.party(piece.strip().removesuffix("-Fraktion"))
            head = piece.split()[0] if piece.split() else ""
            if p and not mparty:
                mparty = p
            elif lex.role_noun(head) is not None and head not in nouns:
                nouns.append(head)  # "Jonas Albers (Ortsteilbürgermeister)": lets "der OTB" resolve to him
                aff = aff or piece.strip()
            elif not p and not aff and piece.strip():
                aff = piece.strip()
    plain = _BRACKET.sub(" ", tail)
    mparty = mparty or lex.party(plain.strip(" ,")) or lex.party(plain.split(",")[0].strip())
    for w in _ROLE_WORD.findall(plain):
        bare = w.split()[0]
        if lex.role_noun(bare) is not None:
            noun = lex.role_noun(bare)
            if noun.role == "chair" and len(w.split()) > 1:
                continue  # "Vorsitzende der Stadtschulpflegschaft": chairs something else
            nouns.append(bare)
        elif not mparty and lex.party(bare):
            mparty = lex.party(bare)
    if not aff and plain.strip(" ,"):
        aff = plain.strip(" ,")
    return [_person(name, surname, title, nouns, mparty, aff, role, party)]


def _without_titles(first: str, lex) -> str:  # noqa: ANN001
    """The roster entry without the academic titles it opens with ("Dr. ", "Prof. Dr. ")."""
    head, _, rest = first.partition(" ")
    while head in lex.academic_titles and rest.strip():
        first = rest.lstrip()
        head, _, rest = first.partition(" ")
    return first


def _person(name, surname, title, role_nouns, mparty, affiliation, role, party) -> dict:  # noqa: ANN001
    return {
        "name": name,
        "surname": surname,
        "title": title,
        "role_nouns": list(role_nouns),
        "party": mparty or party,
        "affiliation": affiliation,
        "group_role": role,
        "present": role != "absent",
    }


def _line_patterns() -> list[re.Pattern[str]]:
    """Every regex that Structure.run matches a line against (outside the attendance list and the title block):
    a line none of them matches (and that is no section heading of the lexicon) changes nothing there."""
    return [lexicon().boilerplate, *HEADER_PATTERNS, NUMBERED_HEADER, GENERIC_HEADING, STATUS_LINE, CHAIR_LINE, ROSTER_START, _SECTION_INLINE, _SECTION_HEAD]


def _required_mark(pat: re.Pattern[str]) -> str | None:
    """A punctuation character every match of pat contains (a literal at the top level of the pattern, outside
    any group or repeat; punctuation has no case, so `in` on the line decides exactly), or None."""
    try:
        ops = list(_parser.parse(pat.pattern, pat.flags))
    except Exception:  # noqa: BLE001 - an unknown parse tree: no such character known
        return None
    return next((chr(av) for op, av in ops if op is _constants.LITERAL and chr(av) in _PUNCTUATION), None)


_PUNCTUATION = frozenset(string.punctuation)


@lru_cache(maxsize=1)
def _line_prefilter() -> tuple[tuple[str | None, re.Pattern[str]], ...] | None:
    """The union of _line_patterns(), to pass over most lines of running text with one match instead of
    ten (None: they cannot be joined, every line goes through them all). One union per punctuation mark the
    patterns need ("Beratung:"): it runs only on lines that have the mark (_may_match_line)."""
    groups: dict[str | None, list[str]] = {}
    for pat in _line_patterns():
        flags = pat.flags & ~re.UNICODE
        if flags & ~re.IGNORECASE:
            return None
        source = re.sub(r"\(\?P<\w+>", "(?:", pat.pattern)  # the same group names recur across the patterns
        groups.setdefault(_required_mark(pat), []).append(f"(?i:{source})" if flags else f"(?:{source})")
    try:
        return tuple((mark, re.compile("|".join(parts))) for mark, parts in groups.items())
    except re.error:
        return None


def _may_match_line(unions: tuple[tuple[str | None, re.Pattern[str]], ...], line: str) -> bool:
    """Whether one of _line_patterns() may match the line (_line_prefilter's unions)."""
    for mark, union in unions:  # noqa: SIM110 - a loop: a generator costs more than the test
        if (mark is None or mark in line) and union.match(line) is not None:
            return True
    return False


class Structure:
    """Finds agenda items, sections, furniture and the attendance list of a document."""

    def __init__(self, text: str, lines: list[Line] | list[ext.TextLine] | None = None) -> None:
        self.text = text
        self.lines = lines  # iter_lines(text), when the caller has them
        self.items: list[tuple[int, _Header | None]] = []
        self.sections: list[tuple[int, int, str]] = []  # (start, content start, kind)
        self.skip: list[tuple[int, int, str]] = []
        self.roster: list[dict] = []
        self._celled = -1  # the roster entry whose role came in a cell line of its own: a one-word cell after it is its list
        self.captions: list[tuple[int, int]] = []  # lines that are picture captions or headlines given twice
        self.meeting_date: str | None = None
        self.body: str | None = None

    def run(self) -> Structure:
        lex = lexicon()
        lines = self.lines if self.lines is not None else list(iter_lines(self.text))
        in_roster = False
        roster_role: str | None = None
        roster_party: str | None = None
        section_kind: str | None = None
        prev_blank = True
        pending_title: _Header | None = None
        last_text = -9  # index of the last non-blank line
        plain = _line_prefilter()
        for n, line in enumerate(lines):
            t = line.text
            if not t:
                prev_blank = True
                continue
            if t[0] == "|" and (in_roster or ROSTER_START.match(unpiped := _unpiped(t))):
                t = unpiped if not in_roster else _unpiped(t)  # "| 1. | Ina Muster, Vorsitzende |": a table row of the attendance list
            if in_roster and self.roster and t.endswith("|") and self._cell_of_entry(t, lex):
                self.skip.append((line.start, line.end, "roster"))  # "Ortsvorsteher |" ⏎ "AB-Liste |": the entry's next cells
                prev_blank = False
                continue
            prev_text = lines[last_text].text if last_text >= n - 3 else ""  # the line above, over up to two blanks
            if _credited(t) or prev_text and _repeated_caption(prev_text, t, lines, n):
                self.captions.append((line.start, line.end))  # read for names, but no one speaks in it
                if prev_text and not _credited(t):
                    self.captions.append((lines[last_text].start, lines[last_text].end))
            last_text = n
            if (
                plain is not None
                and not in_roster
                and pending_title is None
                and not _may_match_line(plain, t)
                and not (len(t) <= 60 and _section_key(t.rstrip(": ").lower(), lex) is not None)
            ):
                if n < 40:
                    self._title_block(t, n)  # the only test below that such a line can pass
                prev_blank = False  # a line of running text: no pattern below can match it
                continue
            if pending_title is not None:
                if t.lower().startswith("betreff"):
                    pending_title.title = t.split(":", 1)[-1].strip()
                    self.skip.append((line.start, line.end, "header"))
                    pending_title = None
                    prev_blank = False
                    continue
                if match_section(t) is None and not is_boilerplate(t) and _title_like(t):
                    pending_title.title = t
                    self.skip.append((line.start, line.end, "header"))
                    pending_title = None
                    prev_blank = False
                    continue
                pending_title = None
            if is_boilerplate(t):
                self.skip.append((line.start, line.end, "boilerplate"))
                continue
            if n < 40:
                self._title_block(t, n)
            header = match_header(
                t, after_blank=prev_blank, in_resolution=section_kind in ("decision", "proposal", "facts"), after_intro=_introduces_list(prev_text)
            )
            if header is not None and not prev_blank and prev_text.rsplit(" ", 1)[-1] in CONTINUES:
                header = None  # "... bat darum, die Sitzung um den" / "Punkt 9.3 – Hallenbad – zu ergänzen.": a wrapped sentence
            if header is not None and in_roster and header[1] and _person_entry(header[1], lex):
                header, t = None, header[1]  # "  1. Ina Muster (Vorsitzende)": a numbered attendance entry, no agenda item
            if header is not None and not (in_roster and not header[1]):
                num, title, date = header
                h = _Header(line, num, title, date)
                if date and self.meeting_date is None:
                    self.meeting_date = date
                self.items.append((line.start, h))
                glued = glued_sentence(t) if title else None
                if glued is not None:  # the header ends where the glued sentence starts: that sentence is content
                    h.title = title[: max(0, len(title) - len(t[glued:].rstrip()))].strip()
                self.skip.append((line.start, line.start + glued if glued is not None else line.end, "header"))
                self.sections.append((line.start, line.end, "discussion"))
                section_kind = None
                in_roster = False
                if not title:
                    pending_title = h
                prev_blank = False
                continue
            if not in_roster and n < _ROSTER_TOP and not self.items and (opened := _members_heading(t)) is not None and not _count_below(lines, n):
                in_roster, roster_role, roster_party = True, opened[0], None  # "Stimmberechtigte Mitglieder:"
                self.skip.append((line.start, line.end, "roster"))
                if opened[1]:
                    self.roster.extend(parse_roster_line(opened[1], 0, roster_role, None))
                prev_blank = False
                continue
            if not in_roster and self.roster and not self.items and n < 2 * _ROSTER_TOP and (absent := _absent_heading(t)) is not None:
                in_roster, roster_role, roster_party = True, "absent", None  # "Abwesend:" below the attendance list
                self.skip.append((line.start, line.end, "roster"))
                if absent:
                    self.roster.extend(parse_roster_line(absent, 0, roster_role, None))
                prev_blank = False
                continue
            heading_role = roster_heading(t) if in_roster and not _given_name_first(t, lex) else None  # asked twice below: once
            sec = None if in_roster and heading_role not in (None, "-") else match_section(t)
            if sec is None and not in_roster and GENERIC_HEADING.match(t) and not anchor_pattern().search(t) and not ROSTER_START.match(t) and not _name_label_line(t, lex):
                sec = (t, "discussion", len(t))
            if sec is not None:
                heading, kind, content = sec
                self.sections.append((line.start, line.start + content, kind))
                if kind == "decision" and (STATUS_LINE.match(t[content:].strip()) or VOTE_LINE.match(t[content:].strip())):
                    self.sections.append((line.end, line.end, "discussion"))
                    kind = "discussion"
                self.skip.append((line.start, line.start + len(heading) + (1 if t[len(heading) : len(heading) + 1] == ":" else 0), "heading"))
                section_kind = kind
                in_roster = False
                prev_blank = False
                continue
            if section_kind == "decision" and STATUS_LINE.match(t):
                # "Beschluss: einstimmig beschlossen" at the top of an item page: the status, not a section
                self.sections.append((line.end, line.end, "discussion"))
                section_kind = "discussion"
            cm = CHAIR_LINE.match(t)
            if cm and not in_roster:  # "Vorsitz: Frau Rm Lohbeck (SPD)" in the title block
                self.roster.extend(parse_roster_line(cm.group("rest"), 0, "chair", None))
                self.skip.append((line.start, line.end, "roster"))
                prev_blank = False
                continue
            if not in_roster and ":" in t[:30] and (presiding := _presiding_label(t, lex)) is not None:
                self.roster.extend(presiding)  # "Vorsteherin: Frau X (AB)" in the title block: who presides, by her noun
                self.skip.append((line.start, line.end, "roster"))
                prev_blank = False
                continue
            rm = ROSTER_START.match(t)
            if rm and VOTERS_PRESENT.match(t) and not LEGAL_NUMBER.match(prev_text):
                rm = None  # a vote block's first line: its counts are read as sentences
            if rm and not in_roster:
                in_roster, roster_role, roster_party = True, "council_member", None
                self.skip.append((line.start, line.end, "roster"))
                rest = t[rm.end() :].strip()
                rest = _strip_group_label(rest, lex)  # "Anwesende Mitglieder des Ortsrates: A, B"
                if rest:
                    self.roster.extend(parse_roster_line(rest, line.start + rm.end(), roster_role, None))
                prev_blank = False
                continue
            if in_roster and (group_line := _as_group_line(t) or _enumerated_group_line(t)) is not None:
                g, names = group_line  # "als Vorsitzender Herr X", "als Ausschussmitglieder Herr Y"
                self.roster.extend(parse_roster_line(names, 0, g, None))
                if g != "chair":
                    roster_role, roster_party = g, None
                self.skip.append((line.start, line.end, "roster"))
                prev_blank = False
                continue
            if in_roster and COUNT_LINE.match(t):
                self.skip.append((line.start, line.end, "roster"))  # its names are late or early leavers: not read
                prev_blank = False
                continue
            if in_roster:
                words = t.split()
                if (
                    (len(t) > 160 and not _party_label(t))
                    or (t.endswith(".") and len(words) >= 9 and not t.endswith("Uhr."))
                    or (len(words) >= 10 and sum(1 for w in words if w[:1].islower()) >= 5)  # (counted only for a long line)
                    or _speaks(t, words, lex)
                ):
                    in_roster = False  # running text: the attendance list has ended
                else:
                    group = heading_role if heading_role != "-" or not _names_first(t) else None  # "X zu Tagesordnungspunkt 5"
                    head, colon, rest = t.partition(":")
                    fparty = lex.party(_FRAKTION.sub("", head.strip()))
                    if group == "-" or (header is not None):
                        in_roster = False
                    else:
                        if group is not None or (fparty and len(head) < 50):
                            role_here = group if group is not None else "council_member"
                            party_here = fparty if group in (None, "council_member") else None
                            if rest.strip():
                                self.roster.extend(parse_roster_line(rest.strip(), 0, role_here, party_here))
                            if not (group == "chair" and rest.strip()):  # "Vorsitz: X" names one person only
                                roster_role, roster_party = role_here, party_here
                        elif colon and (labelled := _labelled_entries(head, rest, lex)) is not None:
                            roster_party = None  # "Bürgermeister: Herr X (AB)", "Gemeindevertreter: Frau Y, Herr Z": the noun is their role
                            self.roster.extend(labelled)
                        elif _other_group_label(head, colon):  # "Vertreter der Kirchen:": the party above ends here
                            roster_party = None  # (its names are read as any other line's: the label gives no role)
                            self.roster.extend(parse_roster_line(t, 0, roster_role, None))
                        else:
                            self.roster.extend(parse_roster_line(t, 0, roster_role, roster_party))
                        self.skip.append((line.start, line.end, "roster"))
                        prev_blank = False
                        continue
            prev_blank = False
        return self

    def _cell_of_entry(self, t: str, lex) -> bool:  # noqa: ANN001
        """A one-cell table line below an attendance entry ("Muster, Ina |" ⏎ "Ortsvorsteherin |" ⏎ "AB-Liste |"):
        a role noun or a party of the entry above, kept with it; not a heading nor a new name."""
        cell = t.rstrip("| ").strip()
        if not cell or "|" in cell or len(cell) > 40:
            return False
        entry = self.roster[-1]
        if (party := lex.party(cell)) is not None:
            entry["party"] = entry.get("party") or party
            return True
        words = cell.split()
        if lex.role_noun(words[-1]) is not None and all(w[:1].islower() or w.endswith(".") or w == words[-1] for w in words):
            entry["role_nouns"] = [*(entry.get("role_nouns") or []), cell]  # "Stellv. Ortsvorsteher |"
            self._celled = len(self.roster) - 1
            return True
        if self._celled == len(self.roster) - 1 and not entry.get("party") and len(words) == 1 and cell[:1].isupper() and lex.role_noun(cell) is None:
            entry["party"] = cell  # the column after the role: a local list the lexicon does not know ("Offensive |")
            return True
        return False

    def _title_block(self, t: str, n: int) -> None:
        """The meeting's date and body, from line n (< 40) of the title block, while they are unknown."""
        if self.meeting_date is None:
            m = DATE_WORDS.search(t) or (ANY_DATE.search(t) if n < 12 else None)
            if m:
                self.meeting_date = iso_date(m.group("date"))
        if self.body is None:
            m = (BODY.search(t) if len(t) < 160 else None) or BODY_FIELD.match(t)
            if m:
                self.body = m.group("body").strip(" .:")


# a sentence end, then a picture credit to the line end ("... vor dem Rathaus. Foto: Agentur X")
_CREDIT_TAIL = re.compile(r"[.!?)“\"][ \t]{1,3}(?=[A-ZÄÖÜ][a-zäöü]{3,11}[ \t]?:)")


def _credited(line: str) -> bool:
    """Whether a line is a picture caption that ends in its credit: a sentence, then a credit line of
    boilerplate.txt. A caption names persons and may have a verb ("X erklärt die Pläne. Foto: Y"): no contribution."""
    if ":" not in line or len(line) > 600:
        return False
    m = _CREDIT_TAIL.search(line, max(0, line.rfind(":") - 16))
    return m is not None and m.start() >= 8 and is_boilerplate(line[m.end() :])


def _repeated_caption(above: str, line: str, lines: list, n: int) -> bool:  # noqa: ANN001
    """Whether a line repeats the non-blank line above it and is a caption or headline: a web page gives an image's
    caption twice (its text and below the image) above a credit line, or a headline above its own copy (no end
    punctuation). Consecutive resolutions of the same wording ("Der Rat nimmt Kenntnis.") are neither."""
    if len(above) != len(line) and ("  " not in above and "  " not in line):
        return False  # the cheap test first: most lines differ in length
    if not ((above == line or " ".join(above.split()) == " ".join(line.split())) and line.count(" ") >= 3):
        return False
    if line.rstrip()[-1:].isalnum():
        return True
    after = next((x.text for x in lines[n + 1 : n + 4] if x.text), "")
    return is_boilerplate(after) and ":" in after


def _names_first(line: str) -> bool:
    """Whether an attendance line opens with a named person ("Architekt X zu Tagesordnungspunkt 5"): an entry,
    even when a word of a heading that ends the list stands later in it."""
    am = anchor_pattern().match(line)
    return am is not None and (m := parse_mention(line, 0, len(line))) is not None and m.named


def _absent_heading(line: str) -> str | None:
    """The names after a heading of the absent ("Abwesend:", "Es fehlten: A, B") that follows the attendance list
    once a line of running text or a count has closed it ("" when the names follow on the lines below)."""
    head, colon, rest = line.partition(":")
    if not colon or len(head) > 40 or roster_heading(f"{head}:") != "absent":
        return None
    return rest.strip()


def _speaks(line: str, words: list[str], lex) -> bool:  # noqa: ANN001
    """A short sentence in which someone speaks or chairs ("Frau X eröffnet die Sitzung."): the minutes have
    begun, even without an agenda heading after the attendance list."""
    # a sentence wrapped at its end ("Bürgermeister X eröffnet die Sitzung der" / "Gemeinde um 20 Uhr."): its first line
    long_clause = len(words) >= 6 and sum(1 for w in words if w[:1].islower()) >= 3 and not line.endswith((",", ";"))
    return (line.endswith(".") or long_clause) and (
        any(w in lex.speech_verbs for w in words if w[:1].islower()) or lex.chair_acts.search(line) is not None
    )


@Language.factory("ratsnlp_structure", assigns=["doc.spans", "doc._.roster", "doc._.meeting_date", "doc._.body"])
def make_structure(nlp: Language, name: str) -> StructureComponent:
    return StructureComponent(name=name)


class StructureComponent:
    """spaCy component wrapper: writes span groups rn_items, rn_sections, rn_skip."""

    def __init__(self, *, name: str = "ratsnlp_structure") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doccache.text_of(doc)  # the first component: the tokenizer's string, not doc.text rebuilt
        s = Structure(text, ext.lines_of(doc)).run()
        ext.set_group(doc, ext.SPAN_GROUPS["items"], _item_spans(doc, s, len(text)))
        ext.set_group(doc, ext.SPAN_GROUPS["sections"], _section_spans(doc, s, len(text)))
        ext.set_group(doc, "rn_skip", _spans(doc, s.skip))
        ext.set_group(doc, "rn_captions", _spans(doc, [(a, b, "caption") for a, b in s.captions]))
        doc._.roster = s.roster
        doc._.meeting_date = doc._.meeting_date or s.meeting_date
        doc._.body = doc._.body or s.body
        return doc


def _spans(doc: Doc, rows: list[tuple[int, int, str]]) -> list[Span]:
    """The spans of the (start, end, label) rows that are not empty and fall on tokens (in one char_spans call)."""
    return [sp for sp in ext.char_spans(doc, [row for row in rows if row[1] > row[0]]) if sp is not None]


def _item_spans(doc: Doc, s: Structure, n: int) -> list[Span]:
    bounds = [a for a, _ in s.items] + [n]
    rows = [(start, end, "item", h) for (start, h), end in zip(s.items, bounds[1:]) if end > start and h is not None]
    spans = ext.char_spans(doc, [(start, end, label) for start, end, label, _ in rows])
    for sp, (_, _, _, h) in zip(spans, rows):
        if sp is not None:
            ext.set_span_values(sp, item_number=h.number, item_title=h.title)
    return [sp for sp in spans if sp is not None]


def _section_spans(doc: Doc, s: Structure, n: int) -> list[Span]:
    marks = sorted(s.sections)
    bounds = [a for a, _, _ in marks] + [n]
    return _spans(doc, [(start, end, kind) for (start, _content, kind), end in zip(marks, bounds[1:])])
