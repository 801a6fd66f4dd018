"""The `ratsnlp_mentions` component: person mentions and which of them is a sentence's speaker.

A mention is an honorific or role noun with its name, party and affiliation ("Frau Bürgermeisterin
Scheidt", "RM Kowalski (CDU)", "Der Vorsitzende, Herr Deumens,"). The speaker of a sentence is its
grammatical subject: the mention at the start, or right after the finite verb of a fronted clause
("Weiter bittet Frau X", "Auf Nachfrage von Herrn Y erläutert Frau Z"). Mentions after prepositions,
in the dative ("Herrn"), after another subject or inside brackets are not speakers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import replace
from functools import lru_cache
from re import _parser

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..resources import Lexicon, lexicon, precompiled, read_list, read_tsv
from ..resources.literals import (
    DIGIT,
    folds_exactly,
    guard_of,
    guarded,
    required_literals,
    requirements,
    starts_of,
    trie_alternation,
)
from .clauses import (
    CONTRIBUTION_HEADS,
    STANCE_COPULA,
    SUBJECT_PRONOUNS,
    from_the_body,
    is_group,
    is_impersonal,
    pronoun_gender,
)
from .names import (
    ARTICLES,
    BYLINE,
    MODIFIERS,
    PASSIVE,
    Mention,
    _not_given,
    _parse_tail,
    affiliation_role,
    anchor_pattern,
    compound_role,
    find_article,
    given_gender,
    given_name_matches,
    parse_bare_name,
    parse_mention,
    party_name_matches,
    party_nouns,
    party_of,
    per_word,
    publisher_party,
    role_noun,
)

NON_SUBJECT = frozenset(
    ["von", "vom", "bei", "beim", "in", "im", "ins", "an", "am", "mit", "für", "gegenüber", "nach", "zu", "zum", "zur", "durch", "über", "auf", "laut", "seitens", "dem", "der", "den", "des", "die", "das", "und", "sowie", "bzw.", "oder", "als", "wie", "dass", "ob", "weil", "da", "wenn", "ohne", "gegen", "um", "unter", "aus", "neben", "hinter", "vor", "zwischen", "trotz", "statt", "wegen", "dank", "ihm", "ihr", "ihnen"]
)
VOCATIVE_NEXT = frozenset(["Sie", "Ihr", "Ihre", "Ihnen", "ich", "wir", "bitte", "danke", "vielen", "herzlichen", "das", "es"])
# (prepositions and conjunctions of a roster line are no verb: "Architekt X zu TOP 5 bis 8", "Herr Y, zugleich als Protokollführer")
HAS_VERB = re.compile(
    r"\b(?!(?:der|die|das|des|den|dem|und|sowie|oder|bzw|für|von|vom|zur|zum|im|am|in|aus|bei|bis|als|zugleich|mit|nach|ab)\b)[a-zäöüß]{3,}\b"
)
# the person whose statement a sentence reports ("Nach Auskunft von Herrn X", "Laut Frau Y", "Wie Herr Z ausführt")
SOURCE_OF = re.compile(
    r"^\s{0,3}(?:Nach\s{1,3}(?:der\s{1,3}|den\s{1,3})?(?:[\wäöü]+\s{1,3})?(?:Auskunft|Aussage|Aussagen|Angaben|Einschätzung|"
    r"Darstellung|Auffassung|Ansicht|Meinung|Worten|Erläuterung|Erläuterungen|Mitteilung|Information|Informationen|Kenntnis)"
    r"(?:\s{1,3}(?:von|des|der))?|Aus\s{1,3}(?:der\s{1,3})?Sicht(?:\s{1,3}(?:von|des|der))?|Laut|Wie|Seitens)\s{1,3}$"
)
# the source named inside the sentence ("Dies sei laut Frau X nötig."): in reports, a statement attributed to X
LAUT_INSIDE = re.compile(r"[\w,]\s{1,3}laut\s{1,3}$")
AGENT = re.compile(
    r"(?:\b(?:wird|werden|wurde|wurden)\s{1,3}(?:(?!(?:auf|nach|mit|zum|zur|bei|aus|in|im)\s)[\wäöü]+\s{1,3}){0,2}?(?:von|vom)|\b(?:erfolgt|erfolgte|erfolgten)\s{1,3}(?:[\wäöü]+\s{1,3}){0,2}?durch)"
    r"(?:\s{1,3}(?:den|die|der))?\s{1,3}$"
)
# "Kritik kam von Ratsfrau X", "Zustimmung gab es auch vom Bürgermeister": a reaction whose source speaks
REACTION_FROM = re.compile(
    r"^\s{0,3}(?:[A-ZÄÖÜ][a-zäöüß]{2,16}e[nrs]?\s{1,3})?(?:Kritik|Widerspruch|Zustimmung|Lob|Unterstützung|Einwände|Bedenken|Nachfragen|"
    r"Fragen|Rückendeckung|Gegenwind|Skepsis|Anerkennung|Zuspruch|Protest|Einspruch|Ablehnung|Dank)\s{1,3}"
    r"(?:kam|kamen|kommt|kommen|gab\s{1,3}es|gibt\s{1,3}es|"
    # the thing or person supported as the subject ("Unterstützung erhielt der Antrag von X", "Rückendeckung bekam sie/Z von Y")
    r"(?:erhielt|erhält|bekam|bekommt)\s{1,3}(?:er|sie|(?:der|die|das)\s{1,3}[\w-]{3,30}|[A-ZÄÖÜ][\wäöüß-]{2,30}))\s{1,3}(?:[a-zäöüß]{2,12}\s{1,3}){0,2}?"
    r"(?:von|vom|seitens)(?:\s{1,3}(?:der|des|dem|den))?\s{1,3}$"
)
# "Es folgt eine Stellungnahme von Kämmerer X": a contribution announced, its author speaks
FOLLOWS_REPORT = re.compile(
    r"^\s{0,3}Es\s{1,3}(?:folgt|folgte|folgen|folgten)\s{1,3}(?:(?:eine|ein|einige|kurze|weitere)\s{1,3})?(?:[a-zäöü]+e[nr]?\s{1,3})?"
    r"(?:Stellungnahme|Erläuterung|Erläuterungen|Bericht|Vortrag|Wortbeitrag|Antwort|Ausführungen|Präsentation|Sachstandsbericht|Einführung)"
    r"\s{1,3}(?:von|vom|des|der|durch)(?:\s{1,3}(?:den|die|dem|der))?\s{1,3}$"
)
_FROM_PREFIX = re.compile(r"^\s{0,3}(?:Von|Vom|Seitens)(?:\s{1,3}(?:der|des))?\s{1,3}$")
_COMES_AFTER = re.compile(
    r"[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)[ \t\u00a0]{0,3})?(?:kommt|kam|kommen|kamen)\s{1,3}(?:(?:auch|dann|noch|zudem)\s{1,3})?(?:die|eine|der|ein|deutliche|scharfe)?\s{0,3}"
    r"(?:Frage|Nachfrage|Anregung|Kritik|Hinweis|Bitte|Vorschlag|Einwand|Widerspruch|Zustimmung|Antrag|Anmerkung|Forderung)\b"
)
# "Es antwortet Kämmerer X", "Das Wort ergreift Frau Y", "Den Antrag begründet Herr Z": the subject after the verb
EXPLETIVE_VERB = re.compile(r"^\s{0,3}(?:Es\s{1,3}([a-zäöüß]{3,20})(?:\s{1,3}(?:zunächst|zuerst|dann|danach|anschließend|nun|noch|auch|abschließend|zuletzt))?|Das\s{1,3}Wort\s{1,3}(?:erhält|erhielt|ergreift|ergriff|hat|hatte|bekommt|bekam|nimmt|nahm))\s{1,3}$")
# "Sitzungseröffnung um 19 Uhr durch Ortsvorsteherin X.", "Begrüßung durch den Vorsitzenden": a nominal act
# (a time's dot or colon between digits is no sentence end: "Sitzungseröffnung 19.00 Uhr durch ...")
NOMINAL_ACT = re.compile(
    r"^\s{0,3}[A-ZÄÖÜ][\wäöüß-]{0,40}(?:ung|ungen|[Bb]ericht|[Vv]ortrag|[Pp]räsentation)\b(?:[^.!?:;\n]|(?<=\d)[.:](?=\d)){0,250}?\s(?:durch)(?:\s{1,3}(?:den|die|das))?\s{1,3}$"
)
# after the agent of a nominal act: the sentence ends, or a colon opens what was said ("Erläuterung durch Herrn X: ..."),
# an affiliation may come first ("Vorstellung durch Herrn X vom Planungsbüro.")
_NOMINAL_END = re.compile(r"[ \t\u00a0]{0,3}(?:(?:vom|von\s{1,3}der|von\s{1,3}den|aus\s{1,3}dem|der|des)\s[^.:;!?\n]{1,60}?)?[ \t\u00a0]{0,3}(?:[.:]|$)")
# "Wie von Amtsleiter X mitgeteilt, ...": the agent of a participle of saying in a fronted "wie" clause
WIE_VON = re.compile(r"^\s{0,3}Wie\s{1,3}(?:von|vom|durch)(?:\s{1,3}(?:der|dem|den))?\s{1,3}$")
_SAID_PARTICIPLE_COMMA = re.compile(
    r"[^.;:!?,]{0,60}?\b(?:mitgeteilt|gesagt|gefragt|angefragt|nachgefragt|angemerkt|angeregt|angekündigt|dargelegt|dargestellt|erwähnt|"
    r"zugesagt|vorgeschlagen|gefordert|empfohlen|hingewiesen|kritisiert|bemängelt|informiert|erläutert|erklärt|berichtet|bestätigt|betont|"
    r"vorgetragen|ausgeführt)\s{0,3},"
)
# "Für Ratsfrau X ist das zu teuer": the person after "Für" holds the view the sentence states
VIEW_FOR = re.compile(r"^\s{0,3}Für(?:\s{1,3}(?:den|die))?\s{1,3}$")
_VIEW_VERB = re.compile(
    r"[ \t\u00a0]{0,3}(?:(?:jedoch|aber|hingegen|dagegen|allerdings|wiederum|indes|selbst)\s{1,3})?"
    r"(?:ist|sind|war|waren|bleibt|blieb|steht|stand)\s{1,3}([^.;:!?]{2,200})"
)
# the same view with the thing judged as subject: "Die Erhöhung ist für Dieter X (AB) „überfällig“", "Das Konzept war
# für Frau Y schlicht unausgegoren" (the person, then only the predicate)
VIEW_FOR_MID = re.compile(r"^[^,;:.!?\"„“]{2,80}?\s(?:ist|sei|war|wäre|sind|seien|waren)\s{1,3}(?:[a-zäöüß]+\s{1,3})?für(?:\s{1,3}(?:den|die))?\s{1,3}$")
_VIEW_PREDICATE = re.compile(
    r"(?:[ \t\u00a0]{0,2}\([^()\n]{1,40}\))?[ \t\u00a0]{1,3}(?:(?:ganz|völlig|nicht|klar|eindeutig|eher|zu|längst|schlicht|schon|noch|mehr\s{1,3}als)[ \t\u00a0]{1,3}){0,2}"
    r"(?:[„\"»][^\"“”«»\n]{2,40}[\"“”«»]|[a-zäöüß]{4,})[ \t\u00a0]{0,3}(?:[.,;!?]|$)"
)
_PERSON_THEN = re.compile(r"(?:Herr|Frau|Dr\.|Prof\.)\s")  # a person right after the verb
_PRESENT_END = re.compile(r"\banwesend\s*$")  # presence, not a view ("... ist zuständig" states one)
_PARTICIPLE_END = re.compile(r"\b(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert|vorgesehen|geplant)\s*$")


def _view_predicate(text: str, end: int) -> bool:
    """Only a judgement after the name ("„überfällig“", "schlicht unausgegoren"), not a participle ("reserviert")."""
    vm = _VIEW_PREDICATE.match(text, end)
    return vm is not None and _PARTICIPLE_END.search(vm.group().rstrip(" \t.,;!?")) is None


def _view_for(text: str, m: Mention, end: int) -> bool:
    """ "Für X ist ... <predicate>", not "Für Frau X ist ein Platz reserviert" (a passive: the place is for her)."""
    vm = _VIEW_VERB.match(text, m.end, end)
    if vm is None:
        return False
    clause = vm.group(1).split(",")[0]
    if _PERSON_THEN.match(clause) or _PRESENT_END.search(clause):
        return False  # "Für Frau X ist Herr Y als Vertretung anwesend": Y is the subject, present for X
    return _PARTICIPLE_END.search(clause) is None and not clause.startswith(("ein ", "eine ", "kein ", "keine "))


# "Im Anschluss wurde der aktuelle Stand von Ratsfrau X vorgestellt": a passive whose agent is far from the
# auxiliary, the agent speaks when a participle of saying or presenting ends the clause (_SAID_BY_END)
AGENT_FAR = re.compile(r"\b(?:wird|werden|wurde|wurden)\b[^.;:!?()]{0,80}?\s(?:von|vom|durch)(?:\s{1,3}(?:den|die|der|dem))?\s{1,3}$")
_SAID_PARTICIPLE = (
    r"[^.;:!?]{0,80}?\b(?!(?:genehmigt|gewählt|gebaut|geplant|gezahlt|getragen|gefördert|geehrt|gestellt|geleitet|abgestimmt|zugestimmt|votiert)\b)"
    r"(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}t|[a-zäöüß]{3,}iert|erläutert|erklärt|berichtet|begründet|beantragt|bestätigt|bemängelt|befürwortet|"
    r"vorgetragen|vorgeschlagen|angesprochen|ausgeführt|hingewiesen|beantwortet|erwidert|entgegnet)\s{0,3}(?:werden|worden)?\s{0,3}"
)
_SAID_BY_END = re.compile(_SAID_PARTICIPLE + r"[.;!?]")
# "Eingangs wird durch Bürgermeister X festgestellt, dass ...": the participle of saying introduces what was said
_SAID_BY_CONTENT = re.compile(_SAID_PARTICIPLE + r"(?:,\s{0,3}(?:dass|ob|wie|warum|wann|weshalb|wonach)\b|:\s)")

_DECIDED_END = re.compile(
    r"[^.;:!?]{0,60}?\b(?:genehmigt|angenommen|abgelehnt|beschlossen|gewählt|vertagt|zurückgestellt|verabschiedet)\s{0,3}(?:werden|worden)?\s{0,3}[.;!?]"
)
# "Die Sitzung wurde vom Vorsitzenden, Herrn X, geleitet", "Geleitet wurde die Sitzung von X", "Das Protokoll wird
# von Frau Y geführt": the agent presides or records; no contribution of theirs is reported (but "eröffnet und
# geleitet": opening the meeting is the chair's act)
_PRESIDED = r"(?:geleitet|geführt|protokolliert|vertreten)"
_PRESIDED_END = re.compile(rf"(?![^.;:!?]{{0,60}}?\beröffnet\b)[^.;:!?]{{0,60}}?\b{_PRESIDED}\s{{0,3}}(?:werden|worden)?\s{{0,3}}[.;!?]")
_PRESIDED_FIRST = re.compile(r"^\s{0,3}(?:Geleitet|Geführt|Protokolliert|Vertreten)\s{1,3}(?:wird|wurde)\b")


# "Erläuterungen vom Bürgermeister zu ...", "Der Bericht des Landrates lag vor": a person's report as the subject
REPORT_OF = re.compile(
    r"^\s{0,3}(?:(?:Der|Die|Den)\s{1,3})?(?:Erläuterungen|Ausführungen|Bericht|Sachstandsbericht|Informationen|Mitteilungen|Stellungnahme|Antwort)"
    r"\s{1,3}(?:des|der|vom|von)?\s{0,3}$"
)
# "die Aussage von Herrn X, dass ...", "ein Brief von X, in dem er ...": a statement's author, its content next (_CONTENT_NEXT)
_STATEMENT_NOUNS = (
    r"(?:Aussage|Äußerung|Erklärung|Feststellung|Stellungnahme|Frage|Anfrage|Nachfrage|Forderung|Bitte|Hinweis|Anregung|"
    r"Vorschlag|Antwort|Einwand|Kritik|Brief|Schreiben|Appell|Mahnung|Warnung|Zusage|Ankündigung|Anliegen|Wunsch)\s{1,3}(?:von|vom|des|der)\s{1,3}"
    r"(?:(?:Prof\.|Dr\.)\s{1,3}){0,2}$"
)
# with its determiner, and the word before that (a preposition there makes it an adverbial: "Auf Nachfrage von X, ob")
STATEMENT_OF = re.compile(rf"(?:^|([\wäöüß]+)\s{{1,3}})(?:die|eine|ein|das|seine|ihre)\s{{1,3}}(?:[a-zäöüß]{{2,20}}e[nrs]?\s{{1,3}})?{_STATEMENT_NOUNS}")
# the statement opens the sentence ("Die Frage von Frau X, ob ..., beantwortet Y"): the main clause's subject follows
_STATEMENT_FIRST = re.compile(rf"^\s{{0,3}}(?:(?:Die|Der|Das|Ein|Eine|Seine|Ihre)\s{{1,3}})?(?:[a-zäöüß]{{2,20}}e[nrs]?\s{{1,3}})?{_STATEMENT_NOUNS}")
_CONTENT_NEXT = re.compile(r"[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)[ \t\u00a0]{0,3})?(?:(?:an|zu|zum|zur|über)\s{1,3}[^,.;:()\n]{1,40}?)?(?:,[ \t\u00a0]{0,3}(?:dass|ob|wonach|in\s{1,3}(?:dem|der)\s{1,3}(?:er|sie)\b)|:|,[^.;:!?,]{1,200}?\szu\s{1,3}[a-zäöüß]{3,}\s{0,3}[.;!?])")
# "Vom Vorsitzenden wurde ... festgestellt": the fronted agent of a passive sentence speaks
FRONTED_AGENT = re.compile(r"^\s{0,3}(?:Vom|Von(?:\s{1,3}(?:der|dem|den))?|Durch(?:\s{1,3}(?:den|die))?)\s{1,3}$")
AGENT_PASSIVE = re.compile(r"[^.;:]{0,60}?\b(?:wird|werden|wurde|wurden|erfolgt|erfolgte)\b")
# an article-less role noun after an agent preposition ("durch den OTB", "vom Stadtratsvorsitzenden")
AGENT_PREP = re.compile(r"(?:\b[Vv]om|\b[Dd]urch\s{1,3}(?:den|die))\s{1,3}$")
# possessive pieces: the same matches (each piece takes what it can; fewer pieces never end elsewhere), without
# trying every way to cut a long run of words into pieces when no comma follows
GENITIVE = re.compile(r"(?:des|der)\s{1,3}(?:[\wÄÖÜäöüß.-]{1,40}+\s{0,3}+){1,5}?(?=,)")
# "Und der Vorsitzende erklärt ...", "Aber Albrecht musste ...": a conjunction before the subject
LEADING_CONJUNCTION = re.compile(r"^(?:Und|Aber|Doch|Auch|Sodann|Dann)(?:\s{1,3}|$)")
# "„Wir fangen pünktlich an“, ruft Landrat X": the quotation before the verb is not part of the clause
QUOTE_FIRST = re.compile(r"^\s{0,3}[„\"»‚‘][^\"“”«‘’]{1,600}[\"“”«‘’]\s{0,3},?\s{0,3}")
# "Die Vertreter von SPD (Herr X) und Grünen (Frau Y) ...": a party's speaker named in brackets
BRACKETED_DELEGATE = re.compile(r"^\s{0,3}(?:Der|Die)\s{1,3}(?:Vertreter|Vertreterin|Vertreterinnen|Sprecher|Sprecherin)\s{1,3}(?:von|der|des)\s{1,3}([\wÄÖÜäöü/-]{2,30})\s{0,3}\(\s{0,3}$")
_LABEL_VERB = re.compile(r"\b(?:wurde|wurden|wird|werden|ist|sind|war|waren)\b")
LEAD_BRACKET = re.compile(r"^\s{0,3}\([^()\n]{1,40}\)\s{0,3}")
# "Antwort des Landrats: Der Landrat erklärte, dass ...": a label before the sentence proper
LEAD_LABEL = re.compile(r"^[^:\n]{1,60}:\s{1,3}")
# the labels of a council system's header table, before the body, the room or the date
_HEADER_LABEL = re.compile(r"\s{0,3}(?:Gremium|Gremien|Sitzung|Raum|Ort|Datum|Status|Beratungsfolge|Federführend|Federführung|Beteiligt)\s{0,3}:")
# "Jorrit Kuhlow fragte": two capitalised words and a lowercase word at a sentence start (checked by parse_bare_name)
# (possessive runs: what follows each run is a character the run cannot take, so giving some back never helps;
# the engine then fails at once at the many line starts that hold no name instead of backing off blank by blank)
_NAME_AT_START = r"[ \t]{0,3}+([A-ZÄÖÜ][a-zäöüß]{1,20}+)(?=[ \u00a0][A-ZÄÖÜ][a-zäöüß'’-]{1,40}+[ \u00a0][a-zäöüß]{3,20}+\b)"
SENTENCE_START_NAME = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))" + _NAME_AT_START, re.M)
# "Dr. Brandes begrüßt": an academic title and a name at a sentence start, no Herr/Frau
TITLE_START = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]{0,3}((?:Prof\.|Dr\.)(?=[ \u00a0](?:Dr\.[ \u00a0]|h\.[ \u00a0]?c\.[ \u00a0]){0,2}[A-ZÄÖÜ][a-zäöüß'’-]{1,40}"
    r"(?:[ \u00a0][a-zäöüß]{3,20}\b|[ \u00a0]{0,2}\([^()\n]{1,40}\)[ \u00a0]{0,2}(?::|[a-zäöüß]{3,20}\b))))",
    re.M,
)
# the name is letters only, so the character before the next start is never inside the previous match
_SSN_AFTER = re.compile(r"[\n.!?:](?:(?<=\n)|(?<=[.!?:])\s)" + _NAME_AT_START)
_BREAK = r"[\n.!?:](?:(?<=\n)|(?<=[.!?:])\s)"  # what _SSN_AFTER and _CUE_AFTER_BREAK start with


def _by_break(body: str) -> tuple[re.Pattern[str], ...]:
    """_BREAK + body once for each break character, each led by that literal: the regex engine skips to a
    literal at once, where it tests a class of first characters at every character of the text."""
    return (re.compile("\n" + body), *(re.compile(re.escape(c) + r"\s" + body) for c in ".!?:"))


def _after_breaks(patterns: tuple[re.Pattern[str], ...], text: str, pos: int) -> list[re.Match[str]]:
    """What finditer(text, pos) of _BREAK + body finds, from its split (_by_break): from pos on, the leftmost of
    the splits' next matches, then on from its end. At an offset at most one split can match (its first
    character is a different one), and so the leftmost is the one finditer takes there; a split's next match
    stays its leftmost while it starts at or after pos, so each split is searched again only when it does not."""
    out: list[re.Match[str]] = []
    nxt = [p.search(text, pos) for p in patterns]
    while True:
        best = None
        for k, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[k] = patterns[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = best.end()


_SSN_BY_BREAK = _by_break(_NAME_AT_START)
_TITLE_WORDS = ("Prof.", "Dr.")


def _title_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each "Prof." and "Dr." in text, in order: what a finditer of "Prof\\.|Dr\\." gives (the two
    cannot overlap), found by str.find (starts_of), which skips through the text far faster than the regex engine's scan."""
    return [(p, _TITLE_WORDS[0] if text.startswith(_TITLE_WORDS[0], p) else _TITLE_WORDS[1]) for p in starts_of(text, _TITLE_WORDS, 0, len(text))]


def sentence_start_names(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each SENTENCE_START_NAME match in text: the first capitalised word of the name."""
    first = SENTENCE_START_NAME.match(text)
    found = [(first.start(1), first.group(1))] if first else []
    found += [(m.start(1), m.group(1)) for m in _after_breaks(_SSN_BY_BREAK, text, first.end() if first else 0)]
    return found


def title_starts(text: str) -> list[tuple[int, str]]:
    """(offset, title) of each TITLE_START match in text, tried only where the title is written."""
    found: list[tuple[int, str]] = []
    done = 0  # where the last match ended: matches do not overlap
    for p, word in _title_words(text):
        q = p
        while q > done and p - q < 3 and text[q - 1] in " \t":
            q -= 1  # the match starts at most three blanks before the title
        for start in range(q, p + 1):
            m = TITLE_START.match(text, start)
            if m is not None and m.start(1) == p:
                found.append((p, m.group(1)))
                done = m.end()
                break
        else:
            if p >= done and _INVERTED_TITLE.match(text, p) is not None and _speech_verb_before(text, p):
                found.append((p, word))  # "Auf Nachfrage erläutert Prof. Dr. X, dass ...": the subject after the verb
    return found


# a title and a name after the finite verb ("erläutert Dr. X", "teilt Prof. Dr. h.c. Y mit")
_INVERTED_TITLE = re.compile(r"(?:Prof\.|Dr\.)(?:[ \u00a0](?:Dr\.|h\.[ \u00a0]?c\.))*[ \u00a0][A-ZÄÖÜ][a-zäöüß'’-]{1,40}\b")
_WORD_BEFORE_TITLE = re.compile(r"([a-zäöüß]{3,25})[ \t\u00a0]{1,3}$")


def _speech_verb_before(text: str, at: int) -> bool:
    """The word right before `at` is a verb of saying ("teilt", "erläutert"): a title there opens the inverted subject."""
    wb = _WORD_BEFORE_TITLE.search(text, max(0, at - 30), at)
    return wb is not None and says(wb.group(1), lexicon())


# "Kluge (SPD) widersprach": a lone capitalised word with a bracket after it (checked by _party_surname)
_PARTY_SURNAME = re.compile(r"(?<![\w.-])([A-ZÄÖÜ][a-zäöüß'’]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?)[ \u00a0]{0,2}\(([^()\n]{1,40})\)[ \u00a0]{0,3}(:|[a-zäöüß]{3,20}\b)?")
_WORD_BEFORE = re.compile(r"([A-Za-zÄÖÜäöüß]+)[ \t\u00a0]{1,3}$")
_INITIAL_BEFORE = re.compile(r"(?<![\w.-])([A-ZÄÖÜ]\.)[ \u00a0]{0,2}$")  # "S. " right before a surname


# where a _PARTY_SURNAME match can start: a capital in the run of the word's characters (at most 63) that
# ends at most 2 blanks before the bracket
_CAP_START = re.compile(r"(?<![\w.-])[A-ZÄÖÜ]")
_SURNAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß'’-")
_SURNAME_LEN = 63


def _word_run_before(text: str, q: int) -> tuple[int, int]:
    """(start, end) of the run of surname characters that ends at most two blanks before text[q]."""
    e = q
    while e > q - 2 and e > 0 and text[e - 1] in " \u00a0":
        e -= 1
    lo = e
    while lo > e - _SURNAME_LEN and lo > 0 and text[lo - 1] in _SURNAME_CHARS:
        lo -= 1
    return lo, e


def party_surnames(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each lone capitalised word followed by a bracket: candidates for _party_surname.

    The same matches as _PARTY_SURNAME.finditer(text), but tried only in the word before each "(" (every match
    holds one, right after its word): the regex would otherwise be tried at every capital letter of the document."""
    found: list[tuple[int, str]] = []
    done = 0  # where the last match ended: finditer's matches do not overlap
    q = text.find("(")
    while q >= 0:
        lo, e = _word_run_before(text, q)
        for cap in _CAP_START.finditer(text, max(done, lo), e):
            m = _PARTY_SURNAME.match(text, cap.start())
            if m is not None:
                found.append((m.start(1), m.group(1)))
                done = m.end()
                break
        q = text.find("(", max(q + 1, done))
    return found


def _bracket_party(inner: str, lex: Lexicon) -> bool:
    """The text of a bracket after a surname names a party or list ("SPD", "XY, Ortsteil Z")."""
    return bool(party_of(inner, lex) or lex.party(inner.split(",")[0].strip()))


def _party_surname(text: str, a: int, end: int, word: str, lex: Lexicon) -> bool:
    """A surname without given name or honorific, known as a person by the party bracket after it and a verb of
    saying next to it: "Kluge (SPD) widersprach", "Dem hielt Kluge (FW) entgegen", "Kluge (SPD): ..."."""
    pm = _PARTY_SURNAME.match(text, a, end)
    if pm is None or pm.start(1) != a or not _bracket_party(pm.group(2), lex):
        return False
    if word in lex.honorifics or word in lex.role_words or role_noun(word, lex) is not None or word in lex.bodies or word in lex.groups:
        return False
    if party_of(word, lex) or word in _not_given() or compound_role(word, lex) is not None:
        return False
    after = pm.group(3) or ""
    before = _WORD_BEFORE.search(text, max(0, a - 30), a)
    if after in PASSIVE and _INITIAL_BEFORE.search(text, max(0, a - 6), a) is not None:
        return True  # "Durch S. Muster (XY) wurde erklärt": an initial, a surname and a party, then a passive
    return after == ":" or after in lex.speech_verbs or after in FINITE_AUX or (before is not None and before.group(1) in lex.speech_verbs)


# "..., meinte Kluge.", "„...“, konterte Kluge von den Grünen": a lone surname right after a verb of saying that
# follows the reported content, the sentence ending or a party coming next
_REPORTED_SURNAME = re.compile(
    r"[,“”\"][ \t\u00a0]{0,3}+([a-zäöüß]{2,20}+)[ \t\u00a0]{1,3}+(?:(?:sowohl|auch|dann|jedoch|aber|dagegen|zudem|ebenfalls)[ \t\u00a0]{1,3}+)?"
    r"([A-ZÄÖÜ][a-zäöüß'’]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?)(?=[ \t\u00a0]{0,3}(?:[.!?;]|\(|,|(?:von|vom)\s{1,3}(?:der|den)?\s{0,3}[A-ZÄÖÜ]|und\s|als\s))"
)  # (possessive up to the surname, as in _NAME_AT_START; the surname may end where "und"/"als"/"von" is glued on)


def says(word: str, lex: Lexicon) -> bool:
    """A verb of saying, also in the plural ("betonten" as "betonte", "fordern" as "fordert"): joint speakers."""
    sv = lex.speech_verbs
    if word in sv or (word.endswith("ten") and word[:-1] in sv) or (word.endswith("en") and word[:-2] + "t" in sv):
        return True
    return word.endswith(("eln", "ern")) and word[:-1] + "t" in sv  # "äußern", "erläutern", "bemängeln"


# a sentence opening with an unknown abbreviation or a noun for a person's occupation, a surname and a verb of
# saying: "KTR Kluge fragt", "Landschaftsarchitektin Kluge stellt die Pläne vor" (the cue stands for a role noun);
# with the party in brackets after the surname any verb will do: "BV Kluge (XY) ist einverstanden"
# (possessive runs, as in _NAME_AT_START: each is followed by a character it cannot take)
_CUE_BODY = (
    r"[ \t]{0,3}+"
    r"((?=[A-ZÄÖÜ][\wÄÖÜäöü]{0,5}[A-ZÄÖÜ])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}+\.?|[A-ZÄÖÜ][a-zäöüß]{3,30}+(?:-[A-ZÄÖÜ][a-zäöüß]{2,20}+)?)"
    r"[ \u00a0]([A-ZÄÖÜ][a-zäöüß'’]{2,30}+(?:-[A-ZÄÖÜ][a-zäöüß]{2,30}+)?)(?:[ \u00a0]\(([^()\n]{1,40}+)\))?[ \u00a0]([a-zäöüß]{3,20}+)\b"
)
_CUE_START = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))" + _CUE_BODY, re.M)
# the same starts led by the break before them (as _SSN_AFTER): the search skips to the next break at once
_CUE_AFTER_BREAK = re.compile(r"[\n.!?:](?:(?<=\n)|(?<=[.!?:])\s)" + _CUE_BODY)
_CUE_BY_BREAK = _by_break(_CUE_BODY)
# endings of nouns for a person's occupation or office ("-architektin", "-manager", "-ingenieur", "-inspektor")
_PERSON_NOUN_END = re.compile(
    r"(?:in|ent|eur|ant|ist|or|loge|wart|leiter|meister|manager|berater|planer|referent|sprecher|vertreter|beauftragter|beauftragte|chef|arzt|ärztin)$"
)


# the same abbreviation after the verb of a fronted clause: "Für die SPD-Fraktion stellt RF Tamm fest"
_CUE_AFTER_VERB = re.compile(
    r"\b([a-zäöüß]{3,20})[ \u00a0]((?=[A-ZÄÖÜ][\wÄÖÜäöü]{0,5}[A-ZÄÖÜ])[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}\.?)[ \u00a0]([A-ZÄÖÜ][a-zäöüß'’]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?)\b"
)


def cue_starts(text: str) -> list[tuple[int, str, int]]:
    """(offset, cue word, surname offset) of each _CUE_START match whose verb is a verb of saying, and of each
    abbreviation right after a verb of saying (_CUE_AFTER_VERB)."""
    lex = lexicon()
    first = _CUE_START.match(text)
    starts = ([first] if first else []) + _after_breaks(_CUE_BY_BREAK, text, first.end() if first else 0)
    found = [(m.start(1), m.group(1), m.start(2)) for m in starts if _cue_verb(m, lex)]
    found += [(m.start(2), m.group(2), m.start(3)) for m in _cues_after_verbs(text) if m.group(1) in lex.speech_verbs]
    return found


# the blank before the first letter of a _CUE_AFTER_VERB cue: one regex per blank, each led by its literal, which
# the regex engine skips to at once (a class of capitals or blanks is tested character by character)
_CUE_TRIGGERS = tuple(re.compile(rf"{blank}(?=[A-ZÄÖÜ][\wÄÖÜäöü]{{0,5}}[A-ZÄÖÜ])") for blank in (" ", "\u00a0"))


def _cue_trigger_blanks(text: str) -> list[int]:
    """The offsets, in order, of the blanks right before a capital that has another capital within its next six
    word characters (where a _CUE_AFTER_VERB cue may start)."""
    spaces, nbsp = _CUE_TRIGGERS
    found = [m.start() for m in spaces.finditer(text)]
    if "\u00a0" in text:
        found = sorted(found + [m.start() for m in nbsp.finditer(text)])
    return found


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _cues_after_verbs(text: str) -> list[re.Match[str]]:
    """_CUE_AFTER_VERB.finditer(text), tried only at the lower-case word before each blank and abbreviation:
    the regex alone is tried at every word boundary of the document."""
    found: list[re.Match[str]] = []
    done = 0  # where the last match ended: finditer's matches do not overlap
    for p in _cue_trigger_blanks(text):
        r = p
        while r > 0 and p - r <= 20 and text[r - 1] in _LOWER:
            r -= 1  # the start of the lower-case word before the blank (the pattern's verb, up to 20 letters)
        if r < done or p - r < 3:
            continue
        m = _CUE_AFTER_VERB.match(text, r)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


def _cue_verb(m: re.Match[str], lex: Lexicon) -> bool:
    """A _CUE_BODY match opens a turn: its verb is one of saying, or a party in brackets names the surname's list."""
    verb, bracket = m.group(4), m.group(3)
    if verb in lex.speech_verbs or verb in FINITE_AUX:
        return True
    return bracket is not None and _bracket_party(bracket, lex)


def _cue_mention(text: str, a: int, end: int, lex: Lexicon) -> Mention | None:
    """ "ORM Kluge fragt", "Quartiersmanager Kluge stellt vor": the cue as the role noun, the next word as surname."""
    lo = a
    while lo > 0 and a - lo < 3 and text[lo - 1] in " \t":
        lo -= 1  # the pattern takes up to three blanks before the cue
    cm = _CUE_START.match(text, a, end) or _CUE_START.match(text, lo, end)
    if cm is None or cm.start(1) != a or not _cue_verb(cm, lex):
        return None
    cue, surname = cm.group(1), cm.group(2)
    abbreviation = any(c.isupper() for c in cue[1:])
    if not abbreviation and (_PERSON_NOUN_END.search(cue) is None or cue in lex.given_names or cue in _not_given()):
        return None
    for w in (cue.rstrip("."), surname):
        if w in lex.bodies or w in lex.groups or party_of(w, lex) or w in lex.honorifics or role_noun(w, lex) is not None:
            return None
    if (surname in lex.given_names and not abbreviation) or surname in _not_given():
        return None  # after an abbreviated title a word that is also a given name is the surname ("FBL Sander führt aus")
    m = Mention(start=a, end=cm.end(2), surname=surname, role_nouns=[cue])
    _parse_tail(text, end, m, lex)
    return m


def _cue_after_verb(text: str, a: int, end: int, lex: Lexicon) -> Mention | None:
    """ "..., stellt RF Tamm fest": an unknown abbreviation and a surname after a verb of saying."""
    lo = max(0, a - 22)
    cm = next((c for c in _CUE_AFTER_VERB.finditer(text, lo, min(end, a + 45)) if c.start(2) == a), None)
    if cm is None or cm.group(1) not in lex.speech_verbs:
        return None
    cue, surname = cm.group(2), cm.group(3)
    for w in (cue.rstrip("."), surname):
        if w in lex.bodies or w in lex.groups or party_of(w, lex) or w in lex.honorifics or role_noun(w, lex) is not None:
            return None
    if surname in lex.given_names or surname in _not_given():
        return None
    m = Mention(start=a, end=cm.end(3), surname=surname, role_nouns=[cue])
    _parse_tail(text, end, m, lex)
    return m


def reported_surnames(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each lone capitalised word after ", <verb of saying>" (checked by _reported_surname), and
    of each first word of a two-word name there (checked by _reported_full_name)."""
    lex = lexicon()
    found = [(m.start(2), m.group(2)) for m in _by_sign(_REPORTED_SURNAME_BY_SIGN, text) if says(m.group(1), lex)]
    return found + [(m.start(2), m.group(2)) for m in _by_sign(_REPORTED_FULL_NAME_BY_SIGN, text) if says(m.group(1), lex)]


def _by_sign(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """The matches of the pattern split by its first character (_signed): all of them, in order. What finditer of
    the whole pattern finds: each match holds its sign only at its start (blanks and letters follow), so no match
    overlaps another's start; one regex per sign starts with a literal, which the engine skips to at once, where
    a class of first characters is tested at every character of the text."""
    found = [m for p in patterns for m in p.finditer(text)]
    found.sort(key=re.Match.start)
    return found


# "„...“, meinte Altino Muster, XY, ...": a given name the lexicon does not know and a surname after the verb of
# saying that follows the reported content, then the sentence end, a bracket or a comma
_REPORTED_FULL_NAME = re.compile(
    r"[,“”\"][ \t\u00a0]{0,3}+([a-zäöüß]{2,20}+)[ \t\u00a0]{1,3}+(?:(?:auch|dann|jedoch|aber|dagegen|zudem|ebenfalls)[ \t\u00a0]{1,3}+)?"
    r"([A-ZÄÖÜ][a-zäöüß]{2,20}+)[ \u00a0]([A-ZÄÖÜ][a-zäöüß'’]{2,30}+(?:-[A-ZÄÖÜ][a-zäöüß]{2,30}+)?)(?=[ \t\u00a0]{0,3}(?:[.!?;,]|\())"
)  # (possessive runs, as in _NAME_AT_START)


def _reported_full_name(text: str, a: int, end: int, lex: Lexicon) -> Mention | None:
    """ "..., meinte Altino Muster, XY,": both words are names, not a role noun, body, party or common word."""
    rm = next((r for r in _REPORTED_FULL_NAME.finditer(text, max(0, a - 45), min(end, a + 80)) if r.start(2) == a), None)
    if rm is None or not says(rm.group(1), lex):
        return None
    for w in (rm.group(2), rm.group(3)):
        if w in lex.honorifics or w in lex.role_words or role_noun(w, lex) is not None or compound_role(w, lex) is not None:
            return None
        if w in lex.bodies or w in lex.groups or party_of(w, lex) or w in _not_given() or w + "." in lex.abbreviations:
            return None
    m = Mention(start=a, end=rm.end(3), given=rm.group(2), surname=rm.group(3))
    _parse_tail(text, end, m, lex)
    return m


_SIGNS = '[,“”\\"]'  # the first character of _REPORTED_SURNAME and _REPORTED_FULL_NAME


def _signed(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The pattern once for each of its first characters (_SIGNS), each led by that literal (the pattern itself
    when it starts otherwise)."""
    if not pattern.pattern.startswith(_SIGNS):
        return (pattern,)
    return tuple(re.compile(re.escape(sign) + pattern.pattern[len(_SIGNS) :], pattern.flags) for sign in ',“”"')


_REPORTED_SURNAME_BY_SIGN = _signed(_REPORTED_SURNAME)
_REPORTED_FULL_NAME_BY_SIGN = _signed(_REPORTED_FULL_NAME)
_NAME_NEXT = re.compile(r"[ \t\u00a0]{1,3}(?:Herr|Frau|Dr\.|[A-ZÄÖÜ][a-zäöüß]+[ \t\u00a0]{0,3}\()")


def _reported_surname(text: str, a: int, word: str, lex: Lexicon) -> bool:
    """ "Das sei zu teuer, meinte Kluge.": the word after the verb is a person unless it names a role, body or party."""
    lo = max(0, a - 45)
    if not any(rm.start(2) == a and says(rm.group(1), lex) for rm in _REPORTED_SURNAME.finditer(text, lo, a + len(word) + 40)):
        return False
    if text.startswith(".", a + len(word)) and (word + "." in lex.abbreviations or word + "." in lex.role_words or _NAME_NEXT.match(text, a + len(word) + 1)):
        return False  # "..., meint Bzv. Herr Kranz": an abbreviated title before the person
    if word in lex.honorifics or word in lex.role_words or role_noun(word, lex) is not None or word in lex.bodies or word in lex.groups:
        return False
    return not (party_of(word, lex) or word in _not_given() or compound_role(word, lex) is not None or word in lex.given_names)


# reported content first, the speaker after it: ", so Bürgermeister X", "“, sagte Frau Y", ", meint Z"
REPORTED_BY = re.compile(
    r"[,“”\"–—]\s{0,3}([a-zäöüß]{2,20})\s{1,3}(?:(?:sowohl|auch|dann|jedoch|aber|dagegen|hingegen|zudem|ebenfalls|später|abschließend|"
    r"zum\s{1,3}Beispiel|beispielsweise|etwa|dazu)\s{1,3})?"
    r"(?:(?:der|die)\s{1,3})?(?:[A-ZÄÖÜ][a-zäöüß]{2,30}s\s{1,3})?$"
)
RELATIVE = frozenset(["der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welcher", "welche", "welches", "welchem", "welchen"])
# ", und Herr X", "; Frau Y": a new main clause with its own subject after a comma or semicolon
COORDINATED = re.compile(r"[,;]\s{0,3}(?:und|aber|doch|während|wohingegen)?\s{0,3}(?:der|die)?\s{0,3}$")
FINITE_AUX = frozenset(["musste", "muss", "wollte", "will", "konnte", "kann", "sollte", "soll", "hatte", "hat", "war", "ist", "wies", "lud", "nahm", "gab", "sah", "hielt"])
_WORDS = re.compile(r"[\wäöüßÄÖÜ.'-]+|,")
# the speaker's office named in the sentence ("in ihrer Funktion als Ortsvorsteherin")
# ("in" first, the word start checked behind it: the engine then jumps from one "in" to the next)
IN_OFFICE = re.compile(r"in(?<!\w..)\s{1,3}(?:seiner|ihrer)\s{1,3}(?:Funktion|Eigenschaft)\s{1,3}als\s{1,3}([A-ZÄÖÜ][\wäöüß-]{2,40})")
# a Konjunktiv I verb right after a person: reported content about them ("Herr X habe zugesagt, ...")
SUBJUNCTIVE_NEXT = re.compile(r"[ \t\u00a0]{0,3}(?:sei|seien|habe|werde|könne|müsse|solle|dürfe)\b")
# members named after their plural role noun ("Die Stadträte A und B", "die beiden XY-Gemeinderäte A und B"): not a body
JOINT_MEMBERS = re.compile(
    r"[ \t\u00a0]{0,3}(?:Die|die|Beide)\s{1,3}(?:(?:Damen\s{1,3}und\s{1,3})?(?:Herren|Damen)\s{1,3})?(?:beiden\s{1,3})?(?:([A-ZÄÖÜ][\wÄÖÜ/]{1,12})-)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]{0,20})?(?:[Rr]äte|[Rr]ätinnen|[Mm]itglieder|herren|frauen|[Vv]erordneten|[Aa]bgeordneten)\s{1,3}"
)
JOINED_NAME = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß'’]{1,30}(?:-[A-ZÄÖÜ]?[a-zäöüß'’]{1,30})?)\s{1,3}(?:und|sowie)\s{1,3}(?:[A-ZÄÖÜ]\.\s{0,2})?"
    r"[A-ZÄÖÜ][a-zäöüß'’]{1,30}(?:-[A-ZÄÖÜ]?[a-zäöüß'’]{1,30})?(?=\s{1,3}[a-zäöüß]{3,})"
)  # "A und B", "A-C und J. B": double names, an initial before the second name


# an outside office that presents, as the subject or the agent at the sentence start: "Das Ing. Büro X präsentierte
# seine Berechnungen", "Durch das Planungsbüro X wurde ein Konzept vorgestellt", "Von Seiten des Büros X wurden ... erläutert"
# (only a named office: "Das Planungsbüro hat ..." inside a speaker's turn reports what the office did)
_OFFICE_FIRST = re.compile(
    r"[ \t]{0,3}(?:(?P<subj>Das|Ein)|(?:Durch|Von[ \t]{1,3}Seiten|Seitens|Vom|Von)(?:[ \t]{1,3}(?:das|des|dem))?)[ \t]{1,3}"
    r"(?P<org>(?:[A-ZÄÖÜ][a-zäöü]{1,5}\.[ \t]{1,3})?(?:Büros?|[A-ZÄÖÜ][a-zäöüß-]{2,30}büros?))[ \t]{1,3}"
    r"(?P<name>[A-ZÄÖÜ][\wäöüß&+-]{1,30}(?:[ \t]{1,3}[A-ZÄÖÜ][\wäöüß&+-]{1,30}){0,2})(?=[ \t]{1,3}[a-zäöüß])"
)
_OFFICE_PRESENTS = re.compile(r"[ \t]{1,3}(?:präsentiert|präsentierte|stellt|stellte|erläutert|erläuterte|berichtet|berichtete|informiert|informierte)\b")
_OFFICE_PRESENTED = re.compile(
    r"[ \t]{1,3}(?:wird|wurde|werden|wurden)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,400}?\b(?:vorgestellt|präsentiert|erläutert|dargestellt|dargelegt|vorgetragen)\b"
)


def office_presenter(text: str, start: int, end: int, lex: Lexicon, known: dict[str, Mention]) -> Mention | None:
    """A named outside office (Planungsbüro, Ingenieurbüro) that presents at the start of the sentence: a guest's
    contribution, by the person named before with that office ("Frau X vom Planungsbüro Y"), else by the office."""
    m = _OFFICE_FIRST.match(text, start, end)
    if m is None or lex.party(m.group("name").split()[0]) is not None:
        return None
    verb = _OFFICE_PRESENTS if m.group("subj") else _OFFICE_PRESENTED
    if verb.match(text, m.end(), end) is None:
        return None
    a, b, office = m.start("org"), m.end("name"), m.group("name")
    person = next((p for p in known.values() if p.affiliation and office in p.affiliation), None)
    if person is not None:
        return Mention(start=a, end=b, title=person.title, gender=person.gender, given=person.given, surname=person.surname, affiliation=person.affiliation)
    return Mention(start=a, end=b, surname=office, affiliation=m.group("org"))


def joint_members(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """A sentence opening with members named after their plural role noun ("Die Stadträte A und B äußern sich"):
    a joint contribution, not a body's act; the first named opens the turn."""
    jm = JOINT_MEMBERS.match(text, start, end)
    nm = JOINED_NAME.match(text, jm.end(), end) if jm is not None else None
    if nm is None or lex.role_noun(nm.group(1)) is not None or nm.group(1) in lex.honorifics or lex.attendance.match(text[nm.end() : min(end, nm.end() + 160)]):
        return None  # "Die Stadträte A und B erscheinen später": presence
    party = lex.party(jm.group(1)) if jm.group(1) else None
    return Mention(start=nm.start(1), end=nm.end(1), surname=nm.group(1), party=party)
# a plural noun for members, then their names in apposition: "Die Mitglieder des Beirats, A, und B, ..."
APPOSED_MEMBERS = re.compile(
    r"^\s{0,3}(?:Die|Beide)\s{1,3}(?:beiden\s{1,3})?(?:[A-ZÄÖÜ][a-zäöüß]{0,20})?(?:[Rr]äte|[Rr]ätinnen|[Mm]itglieder|[Vv]erordneten|[Aa]bgeordneten)"
    r"(?:\s{1,3}(?:des|der)\s{1,3}[A-ZÄÖÜ][\wäöüß-]{2,40})?\s{0,3},\s{0,3}$"
)
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,250}")


def _says_before_end(text: str, pos: int, lex: Lexicon) -> bool:
    """A verb of saying (also plural: "kündigten") between pos and the sentence end."""
    rest = _SENTENCE_REST.match(text, pos)
    return rest is not None and any(says(w, lex) for w in _LOWER_RUNS.findall(rest.group(0)))


# a number or quantifier and a plural role noun opening the sentence: "Zwei Anwohnerinnen", "Mehrere Bürger"
_COUNTED = re.compile(r"[ \t\u00a0]{0,3}(?:Zwei|Drei|Vier|Fünf|Mehrere|Einige|Zahlreiche|Viele)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{3,30})\b")


_VOTE_STEMS = ("stimm", "enthielt", "enthalt", "votiert")


def counted_speakers(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """ "Zwei Vertreterinnen des Vereins berichten, ...": unnamed persons counted, a plural verb of saying in the
    clause; they speak together (the role noun's singular, "-innen" read as "-in", names them)."""
    cm = _COUNTED.match(text, start, end)
    if cm is None:
        return None
    noun = cm.group(1)
    singular = noun[:-3] if noun.endswith("innen") else noun
    if role_noun(singular, lex) is None or _names_body(singular, lex):
        return None
    words = _LOWER_RUNS.findall(text[cm.end() : min(end, cm.end() + 150)])[:6]
    if not any(w.endswith(("en", "eln", "ern")) and says(w, lex) and not w.startswith(_VOTE_STEMS) for w in words):
        return None  # not "Fünf Stadtvertreter stimmten dafür": a vote count
    lead = len(cm.group(0)) - len(cm.group(0).lstrip())  # the blanks before the number
    m = Mention(start=cm.start() + lead, end=cm.end(1), role_nouns=[singular])
    m.gender = _gender_from_nouns(m, lex)
    return m


# a Konjunktiv verb in second place right before the person: the sentence opens with reported content
SUBJUNCTIVE_BEFORE = re.compile(r"[ \t\u00a0]{0,3}[A-ZÄÖÜ][\wäöüß]{1,20}\s{1,3}(?:sei|seien|habe|hätte|werde|könne|müsse|solle|dürfe|wolle|wäre)\s{1,3}")
# the same verb right before the person after any fronted phrase ("Zu diesem Zeitpunkt wäre Ratsfrau X noch nicht
# da gewesen", "Vielleicht könnte ja der Beigeordnete kommen"): the person is inside reported content
SUBJUNCTIVE_VERB_LAST = re.compile(
    r"(?<![\wäöüß])(?:sei|seien|habe|hätte|hätten|wäre|wären|könne|könnte|müsse|müsste|dürfe|solle)\s{1,3}"
    r"(?:(?:ja|doch|aber|auch|noch|schon|wohl|eben|dann|dort|hier)\s{1,3}){0,2}$"
)
PLURAL_SUBJUNCTIVE = re.compile(r"[ \t\u00a0]{0,3}(?:hätten|wären|würden)\b")
_PAST_SUBJUNCTIVE_NEXT = re.compile(r"[ \t\u00a0]{0,3}(?:hätten|wären)\b")  # not "würden": "würden gern wissen" asks
# a descriptive noun phrase before a bare name ("hatte die neue Projektleiterin Anna Pohl", "Sprecher des Vereins
# Jan Ott"): an apposition to the name, so the words before it decide whether the name is the subject
DESCRIPTOR = re.compile(
    r"(?:(?<![\w-])(?:der|die|Der|Die|[Ss]eine|[Ii]hre|[Ss]ein|[Ii]hr)\s{1,3}(?:[a-zäöüß]{2,20}e[nr]?\s{1,3}){0,2}"
    # two descriptions joined: "Der Kassenprüfer und designierte Vereinsvorsitzende X"
    r"(?:[A-ZÄÖÜ][\wäöüß-]{2,40}\s{1,3}und\s{1,3}(?:[a-zäöüß]{2,20}e[nr]?\s{1,3}){0,2})?)?(?<![\w-])[A-ZÄÖÜ][\wäöüß-]{2,40}"
    r"(?:\s{1,3}(?:der|des)\s{1,3}[A-ZÄÖÜ][\wäöüß-]{2,40})?\s{1,3}$"
)


# an age before a name in a press report ("Die 61-jährige", "Der 48 Jahre alte"), maybe with one more adjective
_AGE_EPITHET = re.compile(
    r"(?:Der|Die)\s{1,3}(?:\d{1,3}-[Jj]ährige[rn]?|\d{1,3}\s{1,3}Jahre\s{1,3}alte[rn]?)(?:\s{1,3}[a-zäöüß]{3,20}e[rn]?)?(?:\s{1,3}[A-ZÄÖÜ][a-zäöüß]{3,30})?"
)
# a candidate's votes on a line of their own under a ballot ("Frau Sturm: 21 Ja-Stimmen, 2 Gegenstimmen, 2 ungültig")
_CANDIDATE_TALLY = re.compile(r"(?:Herr|Frau)\s[^:\n]{2,60}:\s{0,3}\d{1,3}\s{0,2}(?:Ja-Stimmen|Ja\b|Stimmen\b)[^\n]{0,80}$")
_COPULA_NEXT = re.compile(r"\s{1,3}(?:war|ist|waren|sind|wurde|wird|bleibt|blieb|gilt|galt)\b")
# conjunctions of a subordinate clause after a comma: the person after one is that clause's subject
_LOWER_SUBORDINATORS = frozenset(
    ["nachdem", "obwohl", "obgleich", "während", "bevor", "sobald", "seitdem", "indem", "sodass", "damit", "falls", "sofern", "solange", "wobei", "wenngleich", "bis", "ehe"]
)
# conjunctions of a fronted subordinate clause whose subject the main clause may take up by a pronoun
_CLAUSE_OPENERS = frozenset(["da", "weil", "obwohl", "obgleich", "nachdem", "wenn", "sobald", "während", "indem", "seit", "seitdem"])
# the main clause after the fronted one: its finite verb, then a subject pronoun
_RESUMED_BY = re.compile(r"[^.;:!?„“\"]{1,200}?,\s{0,3}[a-zäöüß]{2,20}\s{1,3}(er|sie)\b(?!\s{1,3}(?:sich\s{1,3})?(?:werden|wurden|haben|hatten|sind|waren)\b)")


def _pronoun_resumes(text: str, m: Mention) -> bool:
    """After "Da X ...," the main clause's subject is "er"/"sie" of X's gender (the clause then reports X's act)."""
    rm = _RESUMED_BY.match(text, m.end)
    return rm is not None and m.gender is not None and {"er": "m", "sie": "f"}[rm.group(1)] == m.gender


_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|[:;]")  # "..., während ... – Frau X hält das für falsch": a new main clause
# conjunctions that open a content or adverbial clause after a comma (not "wie": ", wie X mitteilte" names the source)
_CONTENT_CLAUSE = frozenset(["dass", "ob", "weil", "wenn", "falls", "obwohl", "sodass", "damit", "wonach"]) | _LOWER_SUBORDINATORS
SUBORDINATORS = frozenset(["Nachdem", "Weil", "Obwohl", "Obgleich", "Während", "Bevor", "Ehe", "Sobald", "Wenn", "Falls", "Sofern", "Solange", "Seitdem", "Seit", "Indem", "Damit", "Dass", "Ob"])
_CLAUSE_COMMA = re.compile(r"[^.;:!?]{1,200}?,")
# those that are never a preposition or a sentence adverb ("Während der Sitzung", "Seit Jahren", "Damit ist X einverstanden")
_CONJUNCTIONS_ONLY = SUBORDINATORS - {"Während", "Seit", "Damit"}


def _subordinate(words: list[str], text: str, m: Mention) -> bool:
    """ "Nachdem X ... hatte, ...": a conjunction, not a preposition ("Während der Aussprache meldete sich X"), and the
    clause ends in a comma after the person ("Bevor der Vorsitzende den Punkt eröffnet, verlässt X den Raum": only
    "Während" and "Seit" are also prepositions)."""
    if len(words) > 1 and words[0] in ("Während", "Seit") and words[1].lower() in ("der", "des", "dem", "den", "einer", "eines", "einem", "diesem", "dieser", "dieses"):
        return False
    return _CLAUSE_COMMA.match(text, m.end) is not None


CAPTION = re.compile(r"(?:\b(?:vorne|hinten|Mitte|links|rechts|im\s{1,3}Bild)|v\.\s?[lr]\.|Foto)\s{0,3}:?$")
_SO_BEFORE = re.compile(r"[,–—]\s{0,3}so\s{1,3}(?:(?:der|die)\s{1,3})?$")
_ENUMERATION = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\)|\(\d{1,2}\)|\d{1,2}\.\d{1,2}\.?)\s{0,3}$")  # "1. ", "a) ", "(2) ", "3.1 " alone before the person
_LOWER_WORD_NEXT = re.compile(r"[ \t\u00a0]{0,3}[a-zäöüß]{3,}")  # a lowercase word (a verb) right after
_ANY_WORD_CHAR = re.compile(r"\w")  # anything but punctuation
_LIST_GOES_ON = re.compile(r"[ \t\u00a0]{0,3}[,;]")  # a comma or semicolon next
_IMPERSONAL_MAIN = re.compile(r"[^,.;:!?]{1,200}?,\s{0,3}[a-zäöüß]{2,20}\s{1,3}es\b")  # "Als X aufrief, gab es ...": narration
_ALS = re.compile(r"[ \t]{0,3}Als[ \t]{1,3}")  # "Als" alone before the mention
_JOINED_BY_AND = re.compile(r"\s{1,3}(?:und|sowie)\s{1,3}")  # "und"/"sowie" between two persons
_RELATIVE_AFTER = re.compile(r"[ \t\u00a0]{0,3},[ \t\u00a0]{0,3}(?:der|die|welche|welcher)\b[^,\n]{1,150},")  # a relative clause after the person(s)
_EMPTY_APPOSITION = re.compile(r"[ \t\u00a0]{0,3},[ \t\u00a0]{0,3},")  # two commas with nothing between
_NEXT_WORD = re.compile(r"[ \t\u00a0]{0,3}(,?)[ \t\u00a0]{0,3}([\wäöüßÄÖÜ]+)")  # the next word, and whether a comma comes first
_RELATIVE_TAIL = re.compile(r"[ \t\u00a0]{0,3},[^,\n]{1,150},[ \t\u00a0]{0,3}")  # a clause between commas
_GROUP_AFTER_APPOSITION = re.compile(r"^(?:von|vom|aus)[ \t\u00a0]{1,3}(?:(?:der|dem|den)[ \t\u00a0]{1,3})?[\w/-]+[ \t\u00a0]{1,3}")
# an office after the name with no comma after it, then the verb ("X, SPD-Fraktionsvorsitzender begründete")
_OPEN_APPOSITION = re.compile(
    r",[ \t\u00a0]{0,3}((?:[A-ZÄÖÜ][\wäöüß-]{1,40}[ \t\u00a0]{1,3}){1,2}?(?:(?:der|des)[ \t\u00a0]{1,3}[A-ZÄÖÜ][\wäöüß-]{1,40}[ \t\u00a0]{1,3})?)([a-zäöüß]{3,20})\b"
)
_APPOSITION_THEN_VERB = re.compile(r",[^,\n]{1,100},[ \t\u00a0]{0,3}[a-zäöüß]")  # an apposition, then a lowercase word


# compiled once (the module-level re functions look each pattern up in re's cache on every call)
# a contribution's heading that names who made it, the text below it ("Antrag zur Geschäftsordnung von Herrn X:")
_CONTRIBUTION_OF = re.compile(
    rf"[ \t]*(?:\d{{1,2}}\.[ \t]{{1,4}})?{CONTRIBUTION_HEADS}(?:[ \t]{{1,3}}zur[ \t]{{1,3}}(?:Sache|Geschäftsordnung))?[ \t]{{1,3}}von[ \t]{{1,3}}"
)
_LABEL_END = re.compile(r"[ \t]{0,2}(?:\([^()\n]{1,40}\))?[ \t]{0,2}:[ \t]*(?:\n|$)")
# a sentence that is a title: words, then a quotation that the sentence ends with (a colon or nothing after it)
_QUOTED_TITLE_END = re.compile(r"[^„“\n]{0,40}„[^„“\n]{3,120}(?<![.!?])“[ \t]{0,2}:?[ \t]*$")  # (a quoted sentence ends in ".“")
_LOWER_WORDS = re.compile(r"\b[a-zäöüß]{2,}")
_WORD_RUNS = re.compile(r"[\wäöüß]+")
_LOWER_RUNS = re.compile(r"[a-zäöüß]+")
_CAP_WORDS = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+")
_ARTICLE_NOUN = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ]")
_ARTICLE_NOUN_OF = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ]\w*\s+(?:von|des|der)\b")
_GENITIVE_END = re.compile(r"\b(?:der|des)\s{1,3}([A-ZÄÖÜ][\wäöüß-]+)\s*$")
_CLAUSE_TO_COMMA = re.compile(r"(?:\([^()\n]{0,60}\)|,[^,.\n]{1,80},|[^,.;:\n])*?([a-zäöüß]{3,})[ \t]{0,3},")
_LAST_WORD_OF_LINE = re.compile(r"(\w+)\W*$")
_COMMA_NEXT = re.compile(r"\s{0,3},")
_PUNCTUATED_LINE = re.compile(r"[.!?][\"“”]?[ \t]*(?:\n|\Z)")


def find_mentions(
    text: str,
    start: int,
    end: int,
    *,
    is_propn=None,  # noqa: ANN001
    lex: Lexicon | None = None,
    anchors: list[tuple[int, str]] | None = None,
    known: dict[str, Mention] | None = None,
    places: Container[str] = frozenset(),
) -> list[Mention]:
    """All person mentions in text[start:end] (one sentence), left to right, without overlaps.

    anchors: (offset, word) of honorifics/role nouns/given names in the span, when the caller found them.
    known: surnames of persons named earlier in the document ("Albrecht beantragte ..." re-mentions them).
    places: words the document writes as places (places_in): after a body's name they name the body.
    """
    lex = lex or lexicon()
    not_given = _not_given()
    out: list[Mention] = []
    if anchors is None:
        anchors = [(am.start(), am.group(0)) for am in anchor_pattern().finditer(text, start, end)]
    for a, word in anchors:
        if out and a < out[-1].end:
            continue
        if word in lex.academic_titles and (a == start or _speech_verb_before(text, a)):
            m = parse_mention(text, a, end, initial=True, is_propn=is_propn, lex=lex, title_only=True)
            if m is not None and m.named and not m.title and not m.role_nouns:
                out.append(m)  # "Dr. Brandes begrüßt ...": the title stands for Herr/Frau
            continue
        if word not in lex.honorifics and role_noun(word, lex) is None and compound_role(word, lex) is None:
            # a given name ("Jonas Weidlich (Grüne)") or a surname already known in this document
            m = parse_bare_name(text, a, end, lex=lex)
            if m is None:
                m = _cue_mention(text, a, end, lex) if a == start else _cue_after_verb(text, a, end, lex)
            # both surname tests reject a word listed as no given name ("Die", "Der" at a sentence start): asked first
            if m is None and (
                (known is not None and word in known)
                or (word not in not_given and (_party_surname(text, a, end, word, lex) or _reported_surname(text, a, word, lex)))
            ):
                m = _surname_mention(text, a, end, word, lex)
                if (ini := _INITIAL_BEFORE.search(text, max(start, a - 6), a)) is not None and (out == [] or out[-1].end <= ini.start(1)):
                    m.start, m.given = ini.start(1), ini.group(1)  # "Durch S. Muster (XY) wurde erklärt": the initial is the given name
            elif m is None and word not in not_given:
                m = _reported_full_name(text, a, end, lex)  # "„...“, meinte Altino Muster, XY,"
            if m is not None:
                out.append(m)
            continue
        begin = a if word in lex.honorifics else find_article(text, a, start)
        m = parse_mention(text, a, end, initial=begin == start or a == start, is_propn=is_propn, lex=lex)
        if m is None:
            continue
        m.bare_initial = a == start and not m.named and _LOWER_WORD_NEXT.match(text[m.end : m.end + 20]) is not None
        if not m.named and text.startswith(".", m.end) and not _reporter_before(text, start, begin, lex):
            continue  # a role noun that ends the sentence speaks only after a verb of saying ("…, sagt der Vorsitzende.")
        m.start = begin
        art = text[begin:a].split()
        m.article = art[0] if art and art[0] in ARTICLES else None
        mods = [w for w in art if w in MODIFIERS and w not in m.role_nouns]
        m.role_nouns = mods + m.role_nouns
        if (m.article or "").lower() != "die" and _declined(word, lex):
            m.oblique = True  # "des Beigeordneten X", "ihren bisherigen Beigeordneten X": not the subject
        _group_office(text, a, word, end, m, lex)
        _possessed_office(text, start, begin, word, m, lex)
        if m.named and (_body_and_place(m, places, lex) or _plural_noun_then_word(text, start, begin, m, lex)):
            m.surname, m.end, m.label = None, a + len(m.role_nouns[-1]), False  # "Der Stadtrat Musterstadt tagte"
        if word in _REPRESENTATIVES and m.affiliation is None and (rg := _REPRESENTED.match(text, a + len(word), end)) is not None:
            m.affiliation = rg.group(1)  # "Der Vertreter der Caritas(, Herr X,)", "Die Vorsitzende des Elternrates": roles reads its role
        if not m.named:
            _merge_apposition(text, m, end, is_propn, lex)
        elif not (m.title or m.given) and m.role_nouns and (m.article or begin == start):
            _department_apposition(text, m, end, is_propn, lex)  # "Die Fachbereichsleiterin Jugend, Frau X, erläutert"
        if not _plausible(m, lex) and not (
            m.article is None and AGENT_PREP.search(text, max(start, begin - 20), begin) and not _is_body(m, lex)
        ) and not _source_genitive(text, start, begin, m, lex) and not _feminine_agent(text, start, begin, m, lex):
            continue
        if m.gender is None:
            m.gender = _gender_from_nouns(m, lex)
        out.append(m)
    _share_joint_party(text, out)
    return out


# "der Vorsitzende der AB-Fraktion", "der AB CD-Stadtratsfraktion", "die Sprecherin der Fraktion": a group's office, not the
# meeting's chair
_GROUP_GENITIVE = re.compile(r"[ \t\u00a0]{1,3}(?:der|des)[ \t\u00a0]{1,3}(?:((?:[\wÄÖÜäöü/.]{1,30}[ \t\u00a0]){0,2}[\wÄÖÜäöü/.]{1,30})-)?(?:[A-ZÄÖÜ][a-zäöü]{0,20})?(?:Fraktion|fraktion|Gruppe)\b")
_GROUP_OFFICES = frozenset(["Vorsitzende", "Vorsitzender", "Vorsitzenden", "Sprecher", "Sprecherin"])


def _reporter_before(text: str, start: int, begin: int, lex: Lexicon) -> bool:
    """Whether a verb of saying (or "so") closes the content before `begin`: "…, sagt der Vorsitzende."."""
    rep = REPORTED_BY.search(text, start, begin)
    if rep is None and (fr := _ANSWER_FRONTED.fullmatch(text, start, begin)) is not None:
        return says(fr.group(1), lex)  # "Das bejahte die Landrätin.", "Dem widersprach der Kämmerer."
    return rep is not None and (rep.group(1) == "so" or says(rep.group(1), lex))


# a pronoun or adverb that stands for what was said before, then a verb of saying: its subject comes last
_ANSWER_FRONTED = re.compile(r"[ \t]{0,3}(?:Das|Dies|Dem|Darauf|Daraufhin|Dazu|Hierzu|Hierauf|Dagegen)[ \t]{1,3}([a-zäöüß]{3,20})[ \t]{1,3}")


def _group_office(text: str, a: int, word: str, end: int, m: Mention, lex: Lexicon) -> None:
    """The role noun at `a` qualified by a group's genitive is that group's office ("Fraktionsvorsitzende"), its
    party the one named before the hyphen."""
    if word not in _GROUP_OFFICES or word not in m.role_nouns:
        return
    gm = _GROUP_GENITIVE.match(text, a + len(word), end)
    if gm is None:
        return
    m.role_nouns[m.role_nouns.index(word)] = "Fraktions" + word.lower()
    if m.party is None and gm.group(1):
        m.party = party_of(gm.group(1), lex)


# a group named before, whose office or member "deren"/"dessen" then refers to ("Seitens der AB-Fraktion erklärte
# deren Vorsitzender X", "... die Mitglieder der AfD-Fraktion." + "Deren Kreisrat X begründete ..."): its name before
# the hyphen, or the capitalised words after "Fraktion" ("Die Fraktion Pro Musterstadt hatte ...")
_GROUP_BEFORE = re.compile(
    r"(?:\b([\wÄÖÜäöü/]{1,30})-)?(?:[A-ZÄÖÜ][a-zäöü]{0,20})?(?:Fraktion|fraktion|Gruppe|Wählergemeinschaft|Wählergruppe)\b"
    r"(?:[ \t\u00a0]{1,3}(?!der\b|des\b)((?:[A-ZÄÖÜ0-9][\wÄÖÜäöüß/.-]{1,30}[ \t\u00a0]?){1,3}))?"
)
_OWNER_BEFORE = re.compile(r"\b(?:[Dd]eren|[Dd]essen)[ \t\u00a0]{1,3}$")
_OWNER_REACH = 300  # characters back to the group a possessive refers to (the sentence before, at most)


def _possessed_office(text: str, start: int, begin: int, word: str, m: Mention, lex: Lexicon) -> None:
    """ "deren Vorsitzender X" after a faction named in the sentence: the faction's chair, a member of the
    council (not the meeting's chair), its party the faction's. "deren Stadtrat X" (a member noun) after a faction
    named in the sentence or the one before: that member's party is the faction's (a party elects the member)."""
    if word not in m.role_nouns or _OWNER_BEFORE.search(text, max(0, begin - 8), begin) is None:
        return
    office = word in _GROUP_OFFICES
    noun = lex.role_words.get(word)
    if not office and (noun is None or not (noun.party_elected or noun.role == "council_member")):
        return
    groups = list(_GROUP_BEFORE.finditer(text, start if office else max(0, begin - _OWNER_REACH), begin))
    if not groups:
        return
    if office:
        m.role_nouns[m.role_nouns.index(word)] = "Fraktions" + word.lower()
    if m.party is None and (name := _group_party(groups[-1], lex)) is not None:
        m.party = name


def _group_party(group: re.Match[str], lex: Lexicon) -> str | None:
    """The party of a group named before: its name before the hyphen, or the name after "Fraktion" (a party's
    or, unknown to the lexicon, a local list's as written)."""
    if group.group(1):
        return party_of(group.group(1), lex)
    after = (group.group(2) or "").strip()
    return (party_of(after, lex) or after) if after else None


def _source_genitive(text: str, start: int, begin: int, m: Mention, lex: Lexicon) -> bool:
    """ "Nach Ansicht der Bürgermeisterin ...", "Für den Bürgermeister ist ...": a role noun in the genitive after
    a noun of saying, or in the accusative after "Für" stating a view, reports that person's view, though its
    article is not the nominative one _plausible asks for."""
    if not m.role_nouns or _is_body(m, lex):
        return False
    art = (m.article or "").lower()
    if art in ("der", "des"):
        return SOURCE_OF.search(text[start:begin]) is not None
    if art == "" and (gen := _GENITIVE_BEFORE.search(text, start, begin)) is not None and SOURCE_OF.search(text[start : gen.start()]):
        return True  # "Nach Aussage des Ortsbürgermeisters": "des" is not one of the articles a mention starts with
    if art == "" and (acc := _ACCUSATIVE_BEFORE.search(text, start, begin)) is not None:
        return VIEW_FOR.match(text[start : acc.start()]) is not None and _view_for(text, m, len(text))
    return False


_GENITIVE_BEFORE = re.compile(r"\bdes[ \t\u00a0]{1,3}$")
_ACCUSATIVE_BEFORE = re.compile(r"\b(?:den|die)[ \t\u00a0]{1,3}$")  # "Für den Bürgermeister": the article before the noun


_JOINT_BRACKET = re.compile(r"\(\s*(?:beide|alle)\b")
_JOINED = re.compile(r"\s{0,3}(?:,|und|sowie)\s{0,3}")


def _share_joint_party(text: str, found: list[Mention]) -> None:
    """ "Frau A und Herr B (beide SPD)": the bracket after the last name gives each named person's party."""
    for k, m in enumerate(found):
        if not m.party or not _JOINT_BRACKET.search(text, m.start, m.end):
            continue
        j = k
        while j > 0 and found[j - 1].party is None and _JOINED.fullmatch(text, found[j - 1].end, found[j].start):
            found[j - 1].party = m.party
            j -= 1


@lru_cache(maxsize=1)
def _label_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {r["label"]: r["kind"] for r in read_tsv("speaker_labels.tsv", ("label", "kind"))}
    alt = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return (
        re.compile(
            rf"(?P<kind>{alt})\.?[ \t]{{1,3}}(?:Nr\.[ \t]{{0,2}}\d{{1,4}}[ \t]{{1,3}})?(?:(?:von|vom|des|der|durch)[ \t]{{1,3}}(?:(?:der|die|den|dem)[ \t]{{1,3}})?)?"
            r"(?P<who>[A-ZÄÖÜ][\w.'’/-]{0,40}(?:[ \t]{1,2}[A-ZÄÖÜ][\w.'’/-]{0,40}){0,2})[ \t]{0,2}(?:\([^()\n]{1,40}\))?[ \t]{0,2}:[ \t]{0,3}(?=\S)"
        ),
        kinds,
    )


_ROLE_LABEL = re.compile(r"([A-ZÄÖÜ][\w.'’-]{1,40})[ \t]{0,2}:[ \t]{1,3}(?=[A-ZÄÖÜ„\"])")


def _line_end(text: str, pos: int, end: int) -> int:
    nl = text.find("\n", pos, end)
    return nl if nl >= 0 else end


# a role noun alone in a left column, the answer in the right one: "Landrätin         Im Ergebnis wäre ..."
_GAP_LABEL = re.compile(r"([A-ZÄÖÜ][a-zäöüß-]{2,40})(?:[ \u00a0]{3,}|[ \t]*\t[ \t]*)(?=[A-ZÄÖÜ„\"])")
# an academic title and a surname as a speaker label at a line start ("Dr. Gollner: Die Kosten sind zu hoch.")
_TITLE_LABEL = re.compile(r"(?:Dr\.|Prof\.)(?:[ \u00a0](?:Dr\.|h\.[ \u00a0]?c\.))*[ \u00a0]([A-ZÄÖÜ][a-zäöüß'’-]{1,40})[ \t]{0,2}(?=:[ \t])")


def label_mention(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """A verbless speaker label at a line start ("Nachfrage Schulze: ...", "AW Stadt: ..."), or an answer label right
    after a question on its line: the speaker of what follows."""
    after_question = start > 0 and text[start - 1] != "\n" and _AFTER_QUESTION.search(text, max(0, start - 4), start) is not None
    if start > 0 and text[start - 1] not in "\n" and not after_question:
        return None
    if (
        not after_question and (gm := _GAP_LABEL.match(text, start, end)) is not None and role_noun(gm.group(1), lex) is not None
        and len(_LOWER_WORDS.findall(text, gm.end(), _line_end(text, gm.end(), end))) >= 3  # not a signature line ("Vorsitzender   Schriftführerin")
    ):  # fmt: skip
        m = Mention(start=start, end=gm.end(1), role_nouns=[gm.group(1)], label=True)  # "Landrätin      Im Ergebnis ...": a column
        m.gender = _gender_from_nouns(m, lex)
        return m
    if text.find(":", start, end) < 0:
        return None  # both label patterns end in a colon
    if not after_question and (tm := _TITLE_LABEL.match(text, start, end)) is not None and len(_LOWER_WORDS.findall(text, tm.end(), end)) >= 3:
        return Mention(start=start, end=tm.end(1), titles=tm.group(0).split()[:-1], surname=tm.group(1), label=True)  # "Dr. X: Die Kosten ..."
    pattern, kinds = _label_pattern()
    lm = pattern.match(text, start, end)
    if lm is None and (rm := _ROLE_LABEL.match(text, start, end)) is not None and role_noun(rm.group(1), lex) is not None:
        lm = rm  # "OR: ...", "Bürgermeister: ...": a role noun alone as the label
    answer = lm is not None and lm.re is not _ROLE_LABEL and kinds.get(lm.group("kind")) == "answer"
    if after_question and not answer:
        return None  # "Wann kommt ...? Antwort BM: Im Herbst.": only an answer label follows a question on its line
    content = text[lm.end() : _line_end(text, lm.end(), end)] if lm is not None else ""
    lower = len(_LOWER_WORDS.findall(content)) if lm is not None else 0
    # "Antwort der Verwaltung: Wird geprüft.": a label word ("Antwort", "Frage") and a sentence may be short
    short_ok = lm is not None and lm.re is not _ROLE_LABEL and (lower >= 1 or answer) and content.rstrip()[-1:] in ".!?"
    if lm is None or (lower < 3 and not short_ok) or (anchor_pattern().match(content) and lower < 3):
        return None  # "Schriftführerin: Frau X" is a header field, not a contribution
    if lm.re is _ROLE_LABEL:
        m = Mention(start=start, end=lm.end(1), role_nouns=[lm.group(1)], label=True)
        m.gender = _gender_from_nouns(m, lex)
        return m
    who, a = lm.group("who"), lm.start("who")
    inner = parse_mention(text, a, end, initial=True, lex=lex) if who.split()[0] in lex.honorifics or role_noun(who.split()[0], lex) else None
    if inner is None:
        inner = parse_bare_name(text, a, end, lex=lex)
    if inner is None and " " not in who and role_noun(who, lex) is None and affiliation_role(who) is None and who not in lex.bodies:
        inner = Mention(start=a, end=a + len(who), surname=who)  # "Nachfrage Jansen:": a surname
    if inner is None or inner.oblique:
        inner = Mention(start=a, end=a + len(who))
        if role_noun(who.split()[-1], lex) is not None:
            inner.role_nouns = [who]
        else:
            inner.role_nouns = [f"{lm.group('kind')} {who}"]  # keeps unnamed labels of different speakers apart
            role = affiliation_role(who)
            inner.affiliation = who if role or kinds[lm.group("kind")] != "answer" else f"Verwaltung ({who})"
    _parse_tail(text, end, inner, lex)
    inner.start, inner.end, inner.label = start, lm.end() - 1, True
    while inner.end > start and text[inner.end - 1] in " \t:":
        inner.end -= 1
    return inner


_AFTER_QUESTION = re.compile(r"\?[ \t\u00a0]{1,3}$")  # a question ends right before, on the same line

# a verbatim record's label without Herr/Frau: "Surname:" or "Surname (List):" at a line start, then what was said
_SURNAME_LABEL = re.compile(
    r"^[ \t]{0,3}+([A-ZÄÖÜ][a-zäöüß'’]{2,30}+(?:-[A-ZÄÖÜ][a-zäöüß'’]{2,30}+)?)[ \t]{0,2}+(?:\(([^()\n]{1,40})\))?[ \t]{0,2}+:[ \t]{1,3}+(?=[A-ZÄÖÜ„\"])",
    re.M,
)  # (possessive runs, as in _NAME_AT_START: none can give back a character that what follows it takes)
# the same labels led by the line break before them (as _SSN_AFTER): the search skips from one break to the next
# instead of trying "^" at every character (a label's match holds no line break, so none is skipped)
_SURNAME_LABEL_AFTER_BREAK = re.compile("\n" + _SURNAME_LABEL.pattern.removeprefix("^"))
# endings of common nouns (headings such as "Abstimmung:", "Ergebnis:", "Hinweis:", "Anlage:"), no surnames
_NOUN_END = re.compile(r"(?:ung|heit|keit|ion|nis|tät|schaft|ment|tum|weis|lage|gang|wort|frage|punkt|stand|zeit|ort|beginn|ende|teil|ag)$")
_PERSON_FIRST = re.compile(r"(?:Herr|Frau)\s{1,3}[A-ZÄÖÜ]")  # a person named right after the colon
_ARTICLE_THEN = r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|einer)\s{1,3}"


def _surname_label_lines(text: str) -> list[re.Match[str]]:
    """The matches of _SURNAME_LABEL.finditer(text) (group 1, group 2 and end alike), found from line break to line break."""
    first = _SURNAME_LABEL.match(text)
    return ([first] if first else []) + list(_SURNAME_LABEL_AFTER_BREAK.finditer(text, first.end() if first else 0))


def surname_labels(text: str, lex: Lexicon) -> frozenset[str]:
    """The surnames a verbatim record writes as labels ("Muster: ...", "Probe (AB): ..."), when it has labels of two
    persons or more and one of them is written twice or with a known party: a single "Word:" line may be any heading.
    A word the text also writes after an article ("die Abstimmung"), or whose line names a person right after the
    colon ("Aufgabe: Herr X fragt ..."), is a heading, not a surname."""
    if ":" not in text:
        return frozenset()
    seen: dict[str, int] = {}
    with_party: set[str] = set()
    headings: set[str] = set()
    for lm in _surname_label_lines(text):
        word = lm.group(1)
        if not _label_word(word, lex):
            continue
        line_end = text.find("\n", lm.end())
        content = text[lm.end() : line_end if line_end >= 0 else len(text)]
        if _PERSON_FIRST.match(content):
            headings.add(word)
        if len(_LOWER_WORDS.findall(content)) < 3:
            continue
        seen[word] = seen.get(word, 0) + 1
        if lm.group(2) and party_of(lm.group(2), lex):
            with_party.add(word)
    words = [w for w in seen if w not in headings and re.search(_ARTICLE_THEN + re.escape(w) + r"\b", text) is None]
    if len(words) < 2 or not (with_party & set(words) or any(seen[w] > 1 for w in words)):
        return frozenset()
    return frozenset(words)


def _label_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that can be a surname: no heading, role, body, group, party or common noun."""
    low = word.lower()
    if low in lex.sections or word in _label_pattern()[1] or word in lex.honorifics or role_noun(word, lex) is not None:
        return False
    if word in lex.bodies or word in lex.groups or party_of(word, lex) or word in _not_given() or word in lex.given_names:
        return False
    return _NOUN_END.search(low) is None and word + "." not in lex.abbreviations


def surname_label(text: str, start: int, end: int, labels: frozenset[str], lex: Lexicon) -> Mention | None:
    """ "Muster: Das geht nicht." at a line start, Muster one of the record's label surnames (surname_labels)."""
    lm = _SURNAME_LABEL.match(text, start, end)
    if lm is None or lm.group(1) not in labels:
        return None
    m = Mention(start=lm.start(1), end=lm.end(1), surname=lm.group(1), label=True)
    _parse_tail(text, end, m, lex)
    m.end = lm.end(1) if m.end > lm.end() else m.end
    return m
_BULLETS = "-–•*·▪"  # the bullet characters of a list line


# a report's verbless label: surname and party, then a comma or colon and what was said ("Muster, XY: ...")
_PARTY_LABEL = re.compile(
    r"(?:(Herr|Frau)\s{1,2})?(?:(?:Dr|Prof)\.\s{1,2}){0,2}(?:([A-ZÄÖÜ][a-zäöüß'’]{1,20}(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})?)[ \t]{1,2}(?=[A-ZÄÖÜ][a-zäöüß'’-]{2,30},))?"
    r"([A-ZÄÖÜ][a-zäöüß'’-]{2,30}),[ \t]{1,2}([^,:\n]{2,30}?)[ \t]{0,2}[,:][ \t]{1,3}(?=\S)"
)


# a _PARTY_LABEL match has a comma within this many characters of its start: "Herr"/"Frau" and 2 blanks, two
# academic titles ("Prof. Dr. ") of 6 each, a given name of up to 43 characters and 2 blanks, a surname of up to 31, then the comma
_PARTY_LABEL_COMMA = 4 + 2 + 12 + 43 + 2 + 31 + 1


def party_label(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """A sentence with no subject that opens with "Surname, PARTY," or "Surname, PARTY:" (blogs, news tickers):
    that member speaks. Only a known party, and only when the sentence has no other speaker."""
    if text.find(",", start, min(end, start + _PARTY_LABEL_COMMA)) < 0:
        return None  # the comma after the surname comes early or the label is not there (most sentences)
    pm = _PARTY_LABEL.match(text, start, end)
    if pm is None or (party := lex.party(pm.group(4))) is None or lex.role_noun(pm.group(3)) is not None or pm.group(3) in lex.honorifics:
        return None
    given = pm.group(2)
    if given is not None and (given not in lex.given_names or lex.role_noun(given) is not None):
        return None  # "Eva Kluge, SPD: ...": a known given name before the surname
    m = Mention(start=start, end=pm.end(3), title=pm.group(1), given=given, surname=pm.group(3), party=party, label=True)
    m.gender = {"Herr": "m", "Frau": "f"}.get(pm.group(1) or "")
    return m


_BULLET_NAME = re.compile(
    rf"[{_BULLETS}]" r"[ \t\u00a0]{1,6}((?:(?:Herr|Frau|Dr\.|Prof\.)[ \t\u00a0]{1,3}){0,3})([A-ZÄÖÜ][a-zäöüß'’]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?)[ \t\u00a0]*"
)
_CHILD_BULLET = re.compile(r"([ \t\u00a0]*)[-–•*·▪][ \t\u00a0]{1,6}(?=[^\n]*[A-Za-zÄÖÜäöüß]{3})(?![\d.\s]*$)")


@lru_cache(maxsize=1)
def _list_headings() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = read_list("list_headings.txt")
    return frozenset(w for w in entries if not w.startswith("-")), tuple(w[1:] for w in entries if w.startswith("-"))


def bullet_heading(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """A bullet holding only a name, with indented bullets below: notes of what that person said.

    "• Kowalski" / "    • fragt nach dem Radweg": the name heads the points under it, like a speaker label.
    """
    bm = _BULLET_NAME.fullmatch(text, start, end)
    if bm is None:
        return None
    word = bm.group(2)
    words, endings = _list_headings()
    low = word.lower()
    if word in words or any(low.endswith(e) or low.endswith(e + "en") for e in endings):
        return None
    if word in lex.honorifics or role_noun(word, lex) is not None or word in lex.bodies or word in lex.groups or party_of(word, lex):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    indent = start - line_start
    nl = text.find("\n", end)
    if nl < 0 or text[line_start:start].strip():
        return None
    line_end = text.find("\n", nl + 1)
    child = _CHILD_BULLET.match(text[nl + 1 : line_end if line_end > 0 else len(text)])
    if child is None or len(child.group(1).expandtabs()) <= indent:
        return None
    m = Mention(start=bm.start(1) if bm.group(1) else bm.start(2), end=bm.end(2), surname=word, label=True)
    titles = bm.group(1).split()
    m.title = next((t for t in titles if t in ("Herr", "Frau")), None)
    m.titles = [t for t in titles if t not in ("Herr", "Frau")]
    if m.title:
        m.gender = "m" if m.title == "Herr" else "f"
    return m


# "1. Frau Muster" alone on its line: a numbered question or contribution headed by its speaker
_NUMBERED_NAME = re.compile(
    r"\d{1,2}\.[ \t\u00a0]{1,3}((?:Herr|Frau)[ \t\u00a0]{1,3}(?:(?:Dr\.|Prof\.)[ \t\u00a0]{1,3})?"
    r"[A-ZÄÖÜ][a-zäöüß'’]{1,30}(?:-[A-ZÄÖÜ][a-zäöüß'’]{1,30})?)[ \t\u00a0]*"
)
_NUMBERED_LINE = re.compile(r"[ \t\u00a0]*\d{1,2}\.[ \t\u00a0]{1,3}(?:Herr|Frau)\b")


def _text_line(text: str, pos: int, step: int) -> str:
    """The nearest line with text after (step 1) or before (step -1) the line that holds pos, within five lines;
    read line by line from pos (splitting the rest of the text each time would cost its length per call)."""
    for _ in range(5):
        if step > 0:
            start = text.find("\n", pos) + 1
            if start == 0:
                return ""
            end = text.find("\n", start)
            line, pos = text[start : len(text) if end < 0 else end], len(text) if end < 0 else end
            if line.strip():
                return line
            if end < 0:
                return ""
        else:
            end = text.rfind("\n", 0, pos)
            if end < 0:
                return ""
            start = text.rfind("\n", 0, end) + 1
            line, pos = text[start:end], end
            if line.strip():
                return line
    return ""


def asker_line(text: str, start: int, end: int, found: list[Mention]) -> Mention | None:
    """ "Frau Muster (Musterdorf)." alone on its line, a question in the next line: a question-time label whose
    colon became a period."""
    if not found or found[0].start != start or not found[0].named or found[0].oblique or not found[0].title:
        return None
    m = found[0]
    if text[m.end : end].strip() != "." or text[end : end + 1] not in ("\n", ""):
        return None
    nxt = _text_line(text, end, 1).rstrip()
    if "?" not in nxt or _NUMBERED_LINE.match(nxt) or nxt.lstrip().startswith(("Herr ", "Frau ")):
        return None
    m.label = True
    return m


def numbered_heading(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """ "2. Herr Muster" alone on its line, text below: that person's question or contribution follows (the next
    lines often carry a topic line first). Not an entry of a numbered roster (another numbered name next to it)."""
    nm = _NUMBERED_NAME.fullmatch(text, start, end)
    if nm is None or text[end : end + 1] not in ("\n", "") or not (start == 0 or text[start - 1] == "\n"):
        return None
    after, before = _text_line(text, end, 1), _text_line(text, start, -1)
    if not after or _NUMBERED_LINE.match(after) or _NUMBERED_LINE.match(before):
        return None
    m = parse_mention(text, nm.start(1), nm.end(1), initial=True, lex=lex)
    if m is None or not m.named or m.oblique:
        return None
    m.label = True
    return m


def _surname_mention(text: str, a: int, end: int, word: str, lex: Lexicon) -> Mention | None:
    """A bare surname that names a person mentioned before ("Albrecht bejahte.")."""
    m = Mention(start=a, end=a + len(word), surname=word)
    _parse_tail(text, end, m, lex)
    return m


def known_surname_anchors(text: str, start: int, end: int, known: dict[str, Mention], written: _Written | None = None) -> list[tuple[int, str]]:
    """Capitalised words of text[start:end] that are surnames of persons named earlier.

    written: where those surnames are written (from `start` on): only there can such a word start. Capitalised
    words never overlap (one starts after a character that is not a letter, dot or hyphen), so the words that
    match at those places are the ones a scan of the whole span finds."""
    if written is None:
        return [(w.start(), w.group(0)) for w in _CAPWORD.finditer(text, start, end) if w.group(0) in known]
    found = []
    for p in written.starts_within(start, end):
        w = _CAPWORD.match(text, p, end)
        if w is not None and w.group(0) in known:
            found.append((p, w.group(0)))
    return found


class _Written:
    """Where the known surnames are written in the text: a sentence without any needs no word-by-word look.

    Each surname's places are found once (str.find) when it becomes known; a sentence then asks by bisection.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.places: list[tuple[int, int]] = []  # (start, end) of every occurrence, sorted
        self.words: set[str] = set()

    def add(self, word: str, start: int) -> None:
        """Remember where word is written from `start` on (no sentence before it is asked about again)."""
        if word in self.words:
            return
        self.words.add(word)
        found = []
        p = self.text.find(word, start)
        while p >= 0:
            found.append((p, p + len(word)))
            p = self.text.find(word, p + 1)
        if found:
            self.places += found
            self.places.sort()  # two sorted runs: merged in one pass

    def starts_within(self, start: int, end: int) -> list[int]:
        """The distinct starts of the places inside text[start:end], in order."""
        places = self.places
        out: list[int] = []
        for i in range(bisect.bisect_left(places, (start, -1)), len(places)):
            p, q = places[i]
            if p >= end:
                break
            if q <= end and (not out or out[-1] != p):
                out.append(p)
        return out

    def any_within(self, start: int, end: int) -> bool:
        """Is a known surname written inside text[start:end] (the same as `any(k in text[start:end] ...)`)?"""
        places = self.places
        for i in range(bisect.bisect_left(places, (start, -1)), len(places)):
            p, q = places[i]
            if p >= end:
                break
            if q <= end:
                return True
        return False


_CAPWORD = re.compile(r"(?<![\w.-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?![\w-])")


def _merge_apposition(text: str, m: Mention, end: int, is_propn, lex: Lexicon) -> None:  # noqa: ANN001
    """"Der Vorsitzende, Herr Deumens, bittet" -> one mention with role noun and name."""
    i = m.end
    while i < end and text[i] in " \t\u00a0":
        i += 1
    if not _merge_comma_apposition(text, m, i, end, is_propn, lex):
        _merge_genitive_name(text, m, i, end, lex)  # "Der Fraktionssprecher der AB Karl Probe erklärt"


def _merge_comma_apposition(text: str, m: Mention, i: int, end: int, is_propn, lex: Lexicon) -> bool:  # noqa: ANN001
    """The name between commas after the role noun (and its genitive), merged into m; whether there was one."""
    gen = GENITIVE.match(text, i, end) or _FOR_DEPARTMENT.match(text, i, end)
    if gen:
        i = gen.end()
    if i >= end or text[i] != ",":
        return False
    j = i + 1
    while j < end and text[j] in " \t\u00a0":
        j += 1
    inner = parse_mention(text, j, end, initial=False, is_propn=is_propn, lex=lex) or parse_bare_name(text, j, end, lex=lex)
    if inner is None:
        inner = _lone_surname_apposition(text, j, end, lex)
    if inner is None or not inner.named or (inner.oblique and not _OBLIQUE_AGENT.search(text, max(0, m.start - 20), m.start)):
        return False  # "Der Vorsitzende, Herrn X ..." does not agree; "durch den Vorsitzenden, Herrn X" does
    m.title = inner.title or m.title
    m.gender = inner.gender or m.gender
    m.titles += inner.titles
    m.role_nouns += inner.role_nouns
    m.given, m.surname = inner.given, inner.surname
    m.party = m.party or inner.party
    m.affiliation = m.affiliation or inner.affiliation
    m.end = inner.end
    k = m.end
    while k < end and text[k] in " \t\u00a0":
        k += 1
    if k < end and text[k] == ",":
        m.end = k + 1
    return True


# the office's field before the comma of the apposition: "Der Beigeordnete für Finanzen, Rainer X, …"
_FOR_DEPARTMENT = re.compile(r"für[ \t\u00a0]{1,3}[A-ZÄÖÜ][\wäöüß/-]{2,40}(?:[ \t\u00a0]{1,3}(?:und|&)[ \t\u00a0]{1,3}[A-ZÄÖÜ][\wäöüß/-]{2,40})?(?=[ \t\u00a0]{0,3},)")
_OBLIQUE_AGENT = re.compile(r"(?:\b[Dd]urch\s{1,3}(?:den|die)|\b[Vv]om|\b[Vv]on\s{1,3}(?:dem|der))\s{1,3}$")  # the agent's preposition
# a genitive of one to three capitalised words after a role noun, then a known given name: "der AB-Fraktion Karl Probe"
_GENITIVE_WORDS = re.compile(r"(?:des|der)[ \t\u00a0]{1,3}((?:[A-ZÄÖÜ][\wÄÖÜäöüß/-]{1,40}[ \t\u00a0]{1,3}){1,3}?)(?=([A-ZÄÖÜ][a-zäöüß]{1,20})[ \t\u00a0])")


def _merge_genitive_name(text: str, m: Mention, i: int, end: int, lex: Lexicon) -> None:
    """ "Der Fraktionssprecher der AB Karl Probe", "Der Vorsitzende der Linksfraktion Ina Muster erklärt": a role noun, a
    genitive without commas and a full name (a known given name first, a verb or punctuation after it) name one person."""
    if m.named or m.title or not m.role_nouns:
        return
    gm = _GENITIVE_WORDS.match(text, i, end)
    if gm is not None:
        at, genitive = gm.end(1), gm.group(1)
    elif _GENITIVE_INSIDE.search(text, m.start, m.end) is not None:
        at, genitive = i, ""  # the genitive was read as the mention's party ("der AB"): the name follows it
    else:
        return
    given = _WORD_RUNS.match(text, at)
    if given is None or given.group(0) not in lex.given_names:
        return
    inner = parse_bare_name(text, at, end, lex=lex)
    if inner is None or not inner.named or inner.oblique or _NAME_THEN.match(text, inner.end) is None:
        return
    m.given, m.surname, m.end = inner.given, inner.surname, inner.end
    m.gender = inner.gender or m.gender
    m.party = m.party or inner.party or next((p for w in genitive.split() for p in [party_of(w.split("-")[0], lex)] if p), None)


_GENITIVE_INSIDE = re.compile(r"\s(?:des|der)\s")
_NAME_THEN = re.compile(r"[ \t\u00a0]{0,3}(?:[,.;:(]|[a-zäöüß]{2,}\b)")  # a verb or punctuation right after the name
_LONE_APPOSITION = re.compile(r"([A-ZÄÖÜ][A-ZÄÖÜa-zäöüß'’-]{2,30}),[ \t\u00a0]{1,3}[a-zäöüß]{3,}")


def _lone_surname_apposition(text: str, j: int, end: int, lex: Lexicon) -> Mention | None:
    """ "Der Vorsitzende der Gemeindevertretung, KNAPP, ruft ... auf": one name word between commas, then the verb."""
    lm = _LONE_APPOSITION.match(text, j, end)
    if lm is None:
        return None
    w = lm.group(1)
    if w in lex.honorifics or role_noun(w, lex) is not None or w in lex.bodies or w in lex.groups or party_of(w, lex) or w in _not_given():
        return None
    return Mention(start=j, end=lm.end(1), surname=w)


_REPRESENTATIVES = frozenset(["Vertreter", "Vertreterin", "Vertreterinnen", "Vorsitzende", "Vorsitzender"])
_REPRESENTED = re.compile(r"[ \t\u00a0]{1,3}(?:des|der|vom)[ \t\u00a0]{1,3}([A-ZÄÖÜ][\wÄÖÜäöüß-]{1,40}(?:[ \t\u00a0]{1,3}[A-ZÄÖÜ][\wÄÖÜäöüß-]{1,40}){0,2})")


# after a role noun and one word: more words of a department ("Jugend und Soziales"), then a titled name in
# apposition ("Die Fachbereichsleiterin Jugend, Frau X, ...") or right after it ("Der Amtsleiter Tiefbau Herr Y ...")
_DEPARTMENT_TAIL = re.compile(r"(?:[ \t\u00a0]{1,3}(?:(?:und|&)[ \t\u00a0]{1,3})?[A-ZÄÖÜ][\wäöüß/-]{2,40}){0,3}?[ \t\u00a0]{0,3}(,?)[ \t\u00a0]{1,3}(?=(Herr\b|Frau\b)|[A-ZÄÖÜ][a-zäöüß-]{1,20}[ \t\u00a0]{1,3}[A-ZÄÖÜ])")
_VERB_AFTER_NAME = re.compile(r"[ \t\u00a0]{0,3}(,?)[ \t\u00a0]{0,3}[a-zäöüß]{3,}")


def _department_apposition(text: str, m: Mention, end: int, is_propn, lex: Lexicon) -> None:  # noqa: ANN001
    """A role noun, a department read as its name, then the person named with Herr/Frau ("Die Fachdienstleiterin
    Schulverwaltung, Frau X, gibt zu bedenken"): the titled name is the person's, the word before is their department.
    Only with a verb right after the name (in a list "Ortsvorsteher Y, Frau X und Herr Z" another person follows)."""
    dm = _DEPARTMENT_TAIL.match(text, m.end, end)
    if dm is None:
        return
    if dm.group(2):
        inner = parse_mention(text, dm.end(), end, initial=False, is_propn=is_propn, lex=lex)
    elif dm.group(1) and (gw := _WORD_RUNS.match(text, dm.end())) is not None and gw.group(0) in lex.given_names:
        inner = parse_bare_name(text, dm.end(), end, lex=lex)  # "Die Fachbereichsleiterin Finanzen, Kerstin X, antwortete"
    else:
        return
    if inner is None or not inner.named or inner.oblique or inner.role_nouns or (inner.title is None and inner.given is None):
        return
    after = _VERB_AFTER_NAME.match(text, inner.end, end)
    if after is None or after.group(1) != dm.group(1):
        return  # the apposition closes with the comma it opened with ("…, Frau X, erläutert"; "… Herr Y berichtet")
    m.affiliation = m.affiliation or " ".join(text[m.end - len(m.surname or "") : dm.start(1)].split())
    m.title, m.gender, m.titles = inner.title, inner.gender or m.gender, m.titles + inner.titles
    m.given, m.surname = inner.given, inner.surname
    m.party = m.party or inner.party
    m.end = inner.end + (after.start(1) - inner.end + 1 if after.group(1) else 0)


_VON_BEFORE = re.compile(r"\b[Vv]on[ \t\u00a0]{1,3}$")


def _feminine_agent(text: str, start: int, begin: int, m: Mention, lex: Lexicon) -> bool:
    """ "Die Mitteilungen werden von der Bürgermeisterin vorgetragen": after "von" the dative "der" of a woman's office."""
    if (m.article or "") != "der" or not m.role_nouns or not _VON_BEFORE.search(text, max(start, begin - 6), begin):
        return False
    noun = role_noun(m.role_nouns[-1], lex)
    return noun is not None and noun.gender == "f" and not _names_body(m.role_nouns[-1], lex)


def _declined(word: str, lex: Lexicon) -> bool:
    """A role noun with the "-n" of the genitive, dative or accusative on a form in "-e" ("Beigeordneten")."""
    noun = role_noun(word, lex)
    return noun is not None and noun.form.endswith("e") and word.lower().endswith(noun.form.lower() + "n")


def _plausible(m: Mention, lex: Lexicon) -> bool:
    if m.named or m.title:
        return True
    # role noun alone: needs a singular article that agrees, and must not be the body ("Der Stadtrat beschließt");
    # in reports the article is dropped at the sentence start ("Ratsvorsitzender bedankte sich ...")
    if m.article is None:
        return bool(m.bare_initial)
    noun = role_noun(m.role_nouns[-1], lex)
    if noun is None:
        return False
    art = m.article.lower()
    if art == "ein" and noun.party_elected:
        return True  # "Ein Stadtrat sprach davon": one member, not the body (that is "der Stadtrat")
    if _names_body(m.role_nouns[-1], lex) and not (
        (listed := lex.role_words.get(m.role_nouns[-1])) is not None and not listed.party_elected and m.role_nouns[-1] not in lex.bodies
    ):
        return False  # (a compound the lexicon lists as an office is one: "Der Bezirksstadtrat erläutert", not the body)
    last = m.role_nouns[-1]
    if art == "die" and last.endswith("en") and role_noun(last[:-1], lex) is not None:
        return False  # "Die Fraktionsvorsitzenden sollen ...": several persons
    if art == "die" and last.endswith("innen"):
        return False  # "Die Anwohnerinnen und Anwohner fühlten sich übergangen": a group, in the speaker's report
    if noun.gender == "m" and art not in ("der", "ein"):
        return False
    if noun.gender == "f" and art not in ("die", "eine"):
        return False
    return True


@per_word
def _names_body(noun: str, lex: Lexicon) -> bool:
    """ "Stadtrat", "Kirchengemeinderat": the body itself, or a compound ending in a body's name of 6+ letters."""
    low = noun.lower()
    return any(noun.endswith(b) or (len(b) >= 6 and len(low) > len(b) and low.endswith(b.lower())) for b in lex.bodies)


# a place written as one: "Musterstadt-Ost", "der Musterstädter Stadtrat", "die Musterdorfer Bau- und Umweltausschüsse"
# (checked against the word after a body's name: "Der Stadtrat Musterstadt tagte" is the body, not a member so named).
# The district is looked for first (a literal: the engine skips ahead to "-"), then the place word before it.
_DISTRICT = re.compile(r"-(?:Ost|West|Nord|Süd|Mitte|Zentrum|Innenstadt|Altstadt|Neustadt|Stadt|Land|Dorf)\b")
_PLACE_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,30}\Z")  # searched up to the district's hyphen
# "Sitzung in Musterstadt", "der Rat in Musterdorf": a meeting or body in a place
_PLACE_IN = guarded(
    re.compile(r"\b(?:Sitzung|Rathaus|[Rr]at|[Tt]ag|[Aa]usschuss|[Vv]ertretung|[Vv]ersammlung)\s{1,3}(?:in|von)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{2,30})\b")
)
# "die Sitzung des Ortschaftsrates Musterdorf", "der Beschluss des Ortsrates Musterdorf": a body's meeting or
# decision named with its place (a person is not in the genitive after these nouns)
_PLACE_OF_BODY = guarded(
    re.compile(
        r"\b(?:Sitzung|Sitzungen|Beschluss|Beschlusses|Beschlüsse|Votum|Anhörung)\s{1,3}des\s{1,3}[\w-]{0,30}"
        r"(?:[Rr]ates|[Aa]usschusses|[Bb]eirates)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{2,30})\b"
    )
)
_PLACE_ADJECTIVE = r"\b(?:der|des|dem|den|die|das)\s{1,3}([A-ZÄÖÜ][a-zäöüß]{2,30})er\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?[\w-]{0,30}?(?:%s)(?:e?s)?\b"


@lru_cache(maxsize=1)
def _place_adjective() -> re.Pattern[str]:
    """_PLACE_ADJECTIVE with the bodies that are institutions (not "Mitglieder", "Stadtverordneten", "Stadträte")."""
    bodies = [b for b in lexicon().bodies if not b.endswith(("e", "er", "en")) and len(b) > 3]
    either = [f"[{b[0]}{b[0].lower()}]{re.escape(b[1:])}" for b in sorted(bodies, key=len, reverse=True)]  # also a compound's end
    return guarded(re.compile(_PLACE_ADJECTIVE % "|".join(either)))


def places_in(text: str) -> frozenset[str]:
    """Words the document writes as places: before a district after a hyphen ("Musterstadt-Ost"), after a meeting or
    body and "in"/"von" ("Sitzung in Musterstadt"), or as a place adjective before a body ("der Musterstädter
    Stadtrat": "Musterstädter", "Musterstädt", "Musterstädten")."""
    found = {m.group(1) for m in _PLACE_IN.finditer(text)}
    found |= {m.group(1) for m in _PLACE_OF_BODY.finditer(text)}
    for d in _DISTRICT.finditer(text):
        w = _PLACE_BEFORE.search(text, max(0, d.start() - 31), d.start())
        if w is not None:
            found.add(w.group(0))
    found |= {f"{m.group(1)}{end}" for m in _place_adjective().finditer(text) for end in ("", "en", "er")}
    if (dateline := _DATELINE.search(text, 0, 800)) is not None:
        found.add(dateline.group(1))  # "Musterstadt – Mehr als zwei Stunden hat der Gemeinderat Musterstadt …"
    return frozenset(found)


# a press report's dateline: the place, maybe an agency in brackets, a dash or a period, then the first sentence
_DATELINE = re.compile(r"(?m)^[ \t]{0,3}([A-ZÄÖÜ][a-zäöüß]{2,30}(?:-[A-ZÄÖÜ][a-zäöüß]{2,30})?)(?:[ \t]{1,3}\([^()\n]{1,20}\))?(?:[ \t]{1,3}[–—-]|\.)[ \t]{1,3}(?=[A-ZÄÖÜ„])")


class Places:
    """places_in(text), found when first asked (most documents name no body followed by a word that could be a
    place, and never ask)."""

    __slots__ = ("_text", "_found")

    def __init__(self, text: str) -> None:
        self._text, self._found = text, None

    def __contains__(self, word: object) -> bool:
        if self._found is None:
            self._found = places_in(self._text)
        return word in self._found


# a plural determiner or a number, then lower-case words ending in an adjective in -en: "die mehr als 20 anwesenden"
_PLURAL_ADJECTIVE = re.compile(r"(?:\b(?:die|alle|beiden|vielen|einigen|mehreren)|\d)(?:\s{1,3}[a-zäöüß]{2,20}){0,3}?\s{1,3}[a-zäöüß]{2,20}en\s{1,3}$")
_ANOTHER_NAME = re.compile(r"\s{0,3}(?:,|und\b|sowie\b|\()")


def _plural_noun_then_word(text: str, start: int, begin: int, m: Mention, lex: Lexicon) -> bool:
    """ "die Einwohner Fragen stellen", "die 20 anwesenden Bürger Fragen": a masculine role noun after "die" or after
    an adjective in -en is plural or oblique, never one person named by the single word after it (a noun)."""
    if m.title or m.given or m.titles or not m.role_nouns or _ANOTHER_NAME.match(text, m.end):
        return False
    noun = role_noun(m.role_nouns[-1], lex)
    if noun is None:
        return False
    plural_article = (m.article or "") in ("die", "Die") and noun.gender == "m"
    return plural_article or _PLURAL_ADJECTIVE.search(text, max(start, begin - 60), begin) is not None


def _body_and_place(m: Mention, places: Container[str], lex: Lexicon) -> bool:
    """ "Gemeinderat Musterdorf": a body's name and a place the document names, not a member of that surname."""
    return bool(m.role_nouns) and not m.title and not m.given and _names_body(m.role_nouns[-1], lex) and m.surname in places


def _is_body(m: Mention, lex: Lexicon) -> bool:
    """ "durch den Stadtrat": a role noun that also names the body."""
    return bool(m.role_nouns) and _names_body(m.role_nouns[-1], lex)


def _gender_from_nouns(m: Mention, lex: Lexicon) -> str | None:
    for w in reversed(m.role_nouns):
        noun = role_noun(w, lex)
        if noun and noun.gender in ("m", "f"):
            return noun.gender
    if m.article:
        return "m" if m.article.lower() in ("der", "ein") else "f" if m.article.lower() in ("die", "eine") else None
    return None


# whether no test of pick_subject on the words before a mention matches when there are none, so that a
# sentence-initial mention can skip them (checked here, on the patterns themselves)
_EMPTY_PREFIX_INERT = not any(
    p.search("") for p in (QUOTE_FIRST, LEAD_LABEL, LEAD_BRACKET, SOURCE_OF, AGENT, REPORT_OF, FRONTED_AGENT, DESCRIPTOR, BRACKETED_DELEGATE, _ALS)
) and not LEADING_CONJUNCTION.sub("", "")


# a modal of obligation right before an inverted subject ("soll der Bürgermeister prüfen"): a task, not speech
_TASK_MODAL_BEFORE = re.compile(r"\b(?:soll|sollen|sollte|sollten|muss|müssen|müsse|müssten)\s{1,3}(?:(?:der|die)\s{1,3})?$")


# what was said before or after the meeting, told as such ("Nach der Sitzung begründete X …", "Vor Sitzungsbeginn sagte Y …")
_OUTSIDE_MEETING = re.compile(r"(?:Nach|Vor)\s{1,3}(?:der\s{1,3}(?:\w+\s{1,3})?Sitzung|Sitzungsende|Sitzungsbeginn|Beginn\s{1,3}der\s{1,3}Sitzung|Ende\s{1,3}der\s{1,3}Sitzung)\b(?!\s{1,3}(?:des|der)\b)")
# a sentence opened by a personal pronoun and its verb ("Er gratuliert …", "Sie dankt …"): the subject is given
_PRONOUN_THEN_VERB = re.compile(r"(?:Er|Sie)\s{1,3}[a-zäöüß]{3,}\s")
_INSERTED_CLAUSE = re.compile(r"[,;:–—„“\"»«(]")


def pick_subject(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The mention that is the grammatical subject of the sentence starting at `start`, if any."""
    lex = lexicon()
    if len(mentions) > 1 and (reporter := _reporter_after(text, start, mentions, lex)) is not None:
        return reporter  # "Bürgermeister X hätte früher informieren müssen, meinte Ratsfrau Y": Y reports X
    pronoun_first = _PRONOUN_THEN_VERB.match(text, start) is not None
    for m in mentions:
        prefix = text[start : m.start]
        if pronoun_first and not _INSERTED_CLAUSE.search(prefix):
            continue  # "Er gratuliert dem Gemeindevertreter X zum Geburtstag": the pronoun is the subject, X an object
        if "von" in prefix and _CONTRIBUTION_OF.fullmatch(prefix) and _LABEL_END.match(text, m.end):
            m.label = True  # "1. Antrag zur Sache von Herrn Stadtrat X:" / "Anfrage von Frau Y (AB):": a heading naming its mover
            return m
        if (
            prefix in _CONDITIONAL_FIRST
            and not m.label
            and _CLAUSE_COMMA.match(text, m.end) is not None
        ):
            continue  # "Hätte Bürgermeister X früher informiert, wäre ...": a conditional clause with the verb first
        if not prefix and _EMPTY_PREFIX_INERT:  # the mention opens the sentence: only these tests can decide
            if m.oblique or (not m.label and _reported(text, m, mentions)):
                continue
            return m if (_verb_follows(text, m) or _listed_then_says(text, m, mentions, lex)) and not _joined_passive(text, m, mentions) else None
        if (q := QUOTE_FIRST.match(prefix)) is not None:
            prefix = _ADVERB_PHRASE.sub(" ", prefix[q.end() :])  # "„…“, meinte zum Beispiel X": an adverb
            if m.role_nouns and (g := _PLACE_GENITIVE.search(prefix)) is not None:
                prefix = prefix[: g.start()]  # "„…“, erklärte Musterstadts Wahlleiter X": the place's officer
            if (t := _TRAILING_TITLES.search(prefix)) is not None and m.given and not (m.title or m.titles or m.role_nouns):
                prefix = prefix[: t.start()]  # "„…“, merkt dazu Dr. Karl X an": the title belongs to the name after it
                m.titles = t.group(0).split()
        elif (lab := LEAD_LABEL.match(prefix)) is not None and not _ANY_WORD_CHAR.search(prefix[lab.end() :]) and not _LABEL_VERB.search(lab.group(0)):
            if _HEADER_LABEL.match(lab.group(0)):
                continue  # "Gremium: Stadtrat Zeitz Beschlussart: …": a council system's header names the body, not a speaker
            prefix = ""  # not "Gewählt wurden: Frau X als ...": a clause before the colon
        elif (ref := LEAD_BRACKET.match(prefix)) is not None:
            prefix = prefix[ref.end() :]  # "(siehe Vorlage) Frau X erläutert": a cross-reference before the sentence
        if SOURCE_OF.search(prefix) or REPORT_OF.match(prefix) or REACTION_FROM.match(prefix):
            return m
        if "laut" in prefix and (m.named or m.role_nouns) and len(prefix) <= 80 and LAUT_INSIDE.search(prefix):
            return m  # "Dies widerspreche laut Frau X dem Konzept.", "Aktuell gibt es, laut Bürgermeister Y, ...": X and Y said so
        if AGENT.search(prefix) and not _DECIDED_END.match(text, m.end) and not _presided(text, prefix, m):
            return m  # not "Dann wurde der Antrag von Frau X einstimmig angenommen": the motion of X, decided by the body
        if FOLLOWS_REPORT.match(prefix) and not m.oblique:
            return m
        if _FROM_PREFIX.match(prefix) and _COMES_AFTER.match(text, m.end):
            return m  # "Von Frau X kommt die Frage, ob ...": a contribution that came from X
        if AGENT_FAR.search(prefix) and (_SAID_BY_END.match(text, m.end) or _SAID_BY_CONTENT.match(text, m.end)):
            return m  # "..., wurde der Stand von Ratsfrau X vorgestellt"
        if (ex := EXPLETIVE_VERB.match(prefix)) is not None and not m.oblique and (ex.group(1) is None or says(ex.group(1), lex)):
            return m
        if NOMINAL_ACT.match(prefix) and (m.named or m.role_nouns) and _NOMINAL_END.match(text, m.end):
            return m
        if VIEW_FOR.match(prefix) and not m.oblique and _view_for(text, m, len(text)):
            return m
        if "für" in prefix and (m.named or m.title) and VIEW_FOR_MID.match(prefix) and _view_predicate(text, m.end):
            return m  # "Die Erhöhung ist für Dieter X (AB) „überfällig“": the view the sentence states is X's
        if WIE_VON.match(prefix) and _SAID_PARTICIPLE_COMMA.match(text, m.end):
            return m
        if FRONTED_AGENT.match(prefix) and AGENT_PASSIVE.match(text, m.end):
            return m  # "Nach Auskunft von Herrn X ...", "Dies wird von Ratsfrau Y bestätigt": X and Y speak
        if (
            (st := STATEMENT_OF.search(prefix)) is not None
            and (st.group(1) or "").lower() not in NON_SUBJECT
            and _CONTENT_NEXT.match(text, m.end)
            and not _STATEMENT_FIRST.match(prefix)
        ):
            return m  # "Interessant war die Aussage von Herrn X, dass ...", "ein Brief von X, in dem er ...": X's statement
        if not m.oblique and APPOSED_MEMBERS.match(prefix) and _COMMA_NEXT.match(text, m.end) and _says_before_end(text, m.end, lex):
            return m  # "Die Mitglieder des Beirats, A, und Ortsvorsteherin B, kündigten an": members named in apposition
        if m.oblique or (not m.label and _reported(text, m, mentions)):
            continue  # "Der Amtsleiter sei gefordert ...": a person inside reported speech, not its speaker
        if not m.label and ("soll" in prefix or "muss" in prefix or "müss" in prefix) and _TASK_MODAL_BEFORE.search(prefix):
            continue  # "Hierzu muss die Ortsbürgermeisterin den Bauhof anrufen": a task given to the person, not speech
        if not m.label and (SUBJUNCTIVE_BEFORE.fullmatch(prefix) or (SUBJUNCTIVE_VERB_LAST.search(prefix) and not _quote_open(prefix))):
            continue  # "Das habe der Bürgermeister längst getan, warf X ein": inside the reported clause, X speaks
        if m.given and not (m.title or m.role_nouns) and (d := DESCRIPTOR.search(prefix)) is not None and _descriptor(d.group(0), lex):
            rest = prefix[: d.start()]
            before = _WORD_RUNS.findall(rest)[-1:]
            if SOURCE_OF.search(rest) and d.group(0)[:1] not in "dD" and (not rest.lstrip().startswith("Wie") or _says_to_comma(text, m, lex)):
                _from_descriptor(m, d.group(0), lex)
                return m  # "Wie Fraktionschef X mitteilte, ...": the source of the report, described by an apposition
            if (d.group(0)[:1] in "dD" or not rest.strip() or _says_last(_WORDS.findall(rest), lex)) and not (
                before and before[0] in PASSIVE | {"war", "waren"}
            ):  # "Dagegen stellten sich XY-Chef Otto X und ...": after the fronted phrase's verb the descriptor is an apposition
                prefix = rest  # without an article only at the start; "Abwesend waren die Räte X und Y" states presence
                _from_descriptor(m, d.group(0), lex)
        if (rep := BRACKETED_DELEGATE.match(prefix)) is not None and (party := party_of(rep.group(1), lex)):
            m.party = m.party or party
            return m  # "Die Vertreterin der SPD (Frau X) ...": the person named for the party speaks
        if prefix.count("(") > prefix.count(")"):
            continue
        if prefix.rstrip().endswith(":") and prefix.strip(" :") and _LIST_GOES_ON.match(text[m.end : m.end + 4]):
            continue  # "... stellt sich vor: vorne: Anna A (CDU), Bernd B (SPD), ...": a list of names
        if _ALS.fullmatch(prefix) and (m.given or (m.article or "").lower() in ("der", "die")) and _clause_verb(text, m) and not _IMPERSONAL_MAIN.match(text, m.end):
            return m  # "Als Frau X nachfragte, ...", "Als der Landrat erfuhr, ...": the subject of the fronted clause
        core = LEADING_CONJUNCTION.sub("", _ENUMERATION.sub("", prefix.strip(" \t\n\u00a0„\"'-–•*>")))
        if not core:
            return m if _verb_follows(text, m) else None
        words = _WORDS.findall(core)
        if not words:
            return m if _verb_follows(text, m) else None
        if ("hrig" in core or "Jahre" in core) and _AGE_EPITHET.fullmatch(core) and not m.oblique:
            # "Die 61-jährige Eva X kritisierte ...": the age, then the name ("Die 58 Jahre alte X war ...": a portrait)
            return m if _verb_follows(text, m) and not _COPULA_NEXT.match(text, m.end) else None
        last = words[-1]
        if words[:-1] and all(w.endswith(".") and w[:1].isupper() and w in lex.abbreviations for w in words[:-1]):
            words = words[-1:]  # "Stellv. Ausschussmitglied Herr X erinnert": an abbreviation before the role noun
        if (
            (len(words) == 1 and last in _CONJUNCTIONS_ONLY or words in (["Da"], ["Da", "sich"], ["Weil", "sich"], ["Nachdem", "sich"]))
            and _CLAUSE_COMMA.match(text, m.end) is not None and not _pronoun_resumes(text, m)
        ):
            continue  # "Nachdem der Bürgermeister die Vorlage erläutert hat, fragt X", "Da sich Frau X im Urlaub befand, …": a fronted clause
        if len(words) == 1 and last[:1].isupper() and last not in ("Der", "Die", "Das", "Dem", "Den") and last.lower() not in NON_SUBJECT:
            return m if _verb_follows(text, m) else None  # "Auch Stadtverordneter X sieht ..."
        if len(words) == 1 and last in _POSSESSIVE_FIRST and m.role_nouns and not m.oblique:
            if not _verb_follows(text, m):
                return None
            m.party = m.party or _possessor_party(text, start, lex)
            return m  # "Die AB lehnte ab. Ihr Kreisrat X beantragte ...": the member of the party named before
        if q is not None and words == ["so"] and not m.oblique:
            return m  # "„Das ist zu teuer“, so X.": "so" stands for the verb of saying
        if q is not None and _verb_then_dative(words, lex):
            return m  # "„…“, hielt ihm Bürgervorsteher X entgegen": after the quote the verb, then its subject
        if (rep := REPORTED_BY.search(prefix)) is not None and (rep.group(1) == "so" or says(rep.group(1), lex)) and not _quoted_name(prefix, rep):
            return m  # "Die Halle öffne im Mai, so Bürgermeister X." / "..., meint Kuhn"
        if COORDINATED.search(prefix) and _verb_follows(text, m) and (_finite_after(text, m) or _joint_verb_after(text, m, mentions, lex)):
            return m  # "..., und Bürgermeister X musste vermitteln": a second main clause
        clause = words[len(words) - words[::-1].index(",") :] if "," in words else words
        if _VIEW_FRONTED.search(prefix) and not m.oblique:
            return m  # "Anderer Meinung war Ratsfrau X": a view stated with the copula before the person
        if last in ("das", "dies", "dem", "es") and len(words) > 1 and says(words[-2], lex) and (m.given or m.title) and not (m.role_nouns and not m.given):
            return m  # "Ganz anders sah das Otto X": the object pronoun, then the subject named
        if last == "es" and len(words) == 3 and words[1] in _FOUND_IT and not m.oblique and _THAT_NEXT.match(text, m.end):
            return m  # "Unverständlich fand es X, dass ...": a view of X, the adjective fronted
        if (last in ("war", "waren") or any(w in ("war", "waren", "ist", "sind") for w in clause)) and not STANCE_COPULA.match(
            f" war{text[m.end : m.end + 100]}"
        ):
            continue  # "Zu diesem Punkt war Frau X anwesend": presence, not a contribution
        if len(words) == 1 and last.lower() in _CLAUSE_OPENERS and _pronoun_resumes(text, m):
            return m  # "Da Herr X kein Mitglied ist, hätte er sich ... gewünscht": the main clause's "er" is X
        if last == "," or last.lower() in NON_SUBJECT or last in PASSIVE or not last[:1].islower():
            continue
        if last in _LOWER_SUBORDINATORS and len(words) > 1 and words[-2] == ",":
            continue  # "Das fand keine Mehrheit, nachdem der Landrat ...": the subject of a subordinate clause
        if _attendance(lex, f" {last} {text[m.end : m.end + 160]}"):
            continue  # "Im Ausschuss rückt Frau X nach": an office, with the verb before the person
        main = words[len(words) - words[::-1].index(",") :] if "," in words else words  # the clause the mention is in
        if "," in words and main and main[0] in _CONTENT_CLAUSE and not _CLAUSE_BREAK.search(prefix[prefix.rfind(",") :]):
            continue  # "Er konnte berichten, dass sich der Landrat erholt habe": the subject of the content clause
        if "," in words and main and (main[0] in RELATIVE or (main[0].lower() in NON_SUBJECT and len(main) > 1 and main[1] in RELATIVE)):
            continue  # "Ein Fest, auf dem Frau X sprach": a relative clause
        if any(w in SUBJECT_PRONOUNS for w in main) or words[0] in ("Er", "Sie", "Ich", "Wir", "Man", "Es"):
            return None
        if any(w in ("wird", "wurde", "wurden", "werden") for w in main):
            continue  # "Als Schriftführer wurde dann Herr X bestimmt": the subject of a passive
        if _MEETING_OPENED.fullmatch(core) and not m.oblique:
            return m  # "Die Sitzung eröffnete die Ortsvorsteherin": a meeting cannot open anything, the person does
        if _ARTICLE_NOUN.match(core) and not _ARTICLE_NOUN_OF.match(core):
            if words[0] == "Der" and any(w[:1].isupper() and _names_body(w, lex) for w in words[1:5]):
                continue  # "Der Bau- und Wegeausschuss begrüßt ... und empfiehlt der GV": the body is the subject
            # "Die Frage beantwortet Herr X": "Herr" is only nominative (the object would be "Herrn")
            if _nominative(m, lex) or (m.title == "Herr" and not m.oblique and last in lex.speech_verbs):
                return m  # "Den Antrag begründete der Fraktionsvorsitzende X"
            return m if not m.oblique and last in lex.speech_verbs and _fronted_thing(core, lex) and (m.article or "die").lower() == "die" else None
        if words[0] in SUBORDINATORS and "," not in words and _subordinate(words, text, m):
            continue  # "Nachdem Herr X Öl ins Feuer gegossen hatte, ...": the subject of a fronted subordinate clause
        if CAPTION.search(core):
            continue  # "Protest vor dem Rathaus – vorne links Schulleiter X": a photo caption
        if not (m.title or m.role_nouns or m.label) and not (_says_last(words, lex) and _particle_kept(text, m, last)):
            continue  # "Als Favoriten gelten Eva X (AB)", "Vorerst führt Eva X die Geschäfte": no speech reported
        return m
    return None


# a possessive determiner before a role noun at the sentence start ("Ihr"/"ihr" also reads as a pronoun or a dative)
_POSSESSIVE_FIRST = frozenset(["Ihr", "Ihre", "Unser", "Unsere", "Sein", "Seine"])
_SENTENCE_BREAK = re.compile(r"[.!?:][“”\"]?\s")


def _possessor_party(text: str, start: int, lex: Lexicon) -> str | None:
    """The party the possessive at `start` refers to: the first party named in the sentence before ("Auch die AB
    stimmte zu. Ihr Kreisrat ..."; "Die AB-Fraktion suchte einen Mittelweg. Ihr Sprecher ...")."""
    lo = max(0, start - 300)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, max(lo, start - 1))]
    for word in text[breaks[-1] if breaks else lo : start].split():
        word = word.strip(",.;:()„“\"")
        if word[:1].isupper() and ((p := party_of(word, lex)) is not None or (p := party_of(word.split("-")[0], lex)) is not None):
            return p
    return None


# adverbs of more than one word between the verb and the subject after a quotation
_ADVERB_PHRASE = re.compile(r"\b(?:zum\s{1,3}Beispiel|unter\s{1,3}anderem|auf\s{1,3}(?:Nachfrage|Anfrage|Rückfrage)(?:\s{1,3}(?:der|des|dieser|unserer)\s{1,3}[A-ZÄÖÜ][\wäöüß-]{2,30})?)(?!\w)")
# a place's name in the genitive before a role noun, hyphenated ones too ("Ober-Neudorfs Bürgermeister")
_PLACE_GENITIVE = re.compile(r"(?<=\s)(?:[A-ZÄÖÜ][a-zäöüß]{1,30}-){0,3}[A-ZÄÖÜ][a-zäöüß]{2,30}s\s{1,3}$")
_VIEW_FRONTED = re.compile(r"(?:^|\s)(?:[Aa]nderer|[Gg]leicher|[Dd]erselben|[Ää]hnlicher|[Ee]iner)\s{1,3}(?:Meinung|Ansicht|Auffassung)\s{1,3}(?:war|ist)\s{1,3}(?:auch\s{1,3})?$")
# a finite verb opening a conditional clause ("Hätte X ..., wäre ...", "Sollte Y ..., wird ...")
_CONDITIONAL_FIRST = frozenset(f"{v} " for v in ("Hätte", "Hätten", "Wäre", "Wären", "Sollte", "Sollten", "Würde", "Würden", "Könnte", "Müsste"))
_REPORTER_END = re.compile(r"[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\))?[^.;:!?\n„“\"]{0,80}?[.!?]")


def _reporter_after(text: str, start: int, mentions: list[Mention], lex: Lexicon) -> Mention | None:
    """A person named after the content and a verb of saying at the sentence end ("..., meinte Ratsfrau Y."), when a
    person named before is only inside that content: the clause about the first one has no verb of saying."""
    first, last = mentions[0], mentions[-1]
    if first.label or last.oblique or not (last.named or last.role_nouns) or _REPORTER_END.match(text, last.end) is None:
        return None
    prefix = text[start : last.start]
    rep = REPORTED_BY.search(prefix)
    if rep is None or not (rep.group(1) == "so" or says(rep.group(1), lex)) or _quoted_name(prefix, rep) or QUOTE_FIRST.match(prefix):
        return None
    between = text[first.end : start + rep.start()]
    if not between.strip(" ,\t\u00a0"):
        return None  # "Der Vorsitzende der AB, Herr X, beantragt Vertagung.": the verb is the first person's own
    if any(w in lex.speech_verbs or w in FINITE_AUX and w not in ("hatte", "hat", "war", "ist") for w in _LOWER_RUNS.findall(between)):
        return None  # "Herr X lobte den Plan, dankte Frau Y": X's own clause says something
    return last


# the meeting as the fronted object of the verb that opens, leads or closes it: the person after the verb is the subject
_MEETING_OPENED = re.compile(
    r"(?:Die|Diese)\s{1,3}(?:[a-zäöüß]{3,20}\s{1,3})?(?:Sitzung|Versammlung|Beratung|Aussprache|Einwohnerfragestunde|Fragestunde)"
    r"\s{1,3}(?:eröffnete|eröffnet|leitete|leitet|schloss|schließt|beendete|beendet)(?:\s{1,3}(?:dann|zunächst|wie\s{1,3}gewohnt|pünktlich))?"
)


def _fronted_thing(core: str, lex: Lexicon) -> bool:
    """The noun after the fronted article names a thing, not a body, group, party or person that could be the subject
    ("Die Fragen beantwortete X", not "Die Verwaltung bat X"): then the person after the verb is the subject."""
    words = core.split()
    noun = words[1] if len(words) > 1 else ""
    if not noun[:1].isupper() or len(words) > 4:
        return False
    return not (noun in lex.bodies or noun in lex.groups or _names_body(noun, lex) or role_noun(noun, lex) is not None or party_of(noun, lex) or is_group(core))


_FOUND_IT = frozenset(["fand", "fanden", "findet", "finden", "nannte", "nannten", "nennt", "hielt", "hielten", "hält"])
_THAT_NEXT = re.compile(r"[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)[ \t\u00a0]{0,3})?,[ \t\u00a0]{0,3}(?:dass|wenn|wie)\b")
_TRAILING_TITLES = re.compile(r"(?<![\w.])(?:(?:Prof\.|Dr\.)[ \t\u00a0]{1,3}){1,3}$")
_DATIVE_PRONOUNS = frozenset(["ihm", "ihr", "ihnen"])


def _verb_then_dative(words: list[str], lex: Lexicon) -> bool:
    """The words between a quotation and a person are a verb of saying and lower-case words that cannot be its
    subject (adverbs, a dative pronoun): "hielt ihm", "merkt dazu", "entgegnete ihr darauf"."""
    if not words or not (says(words[0], lex) or words[0] in FINITE_AUX):
        return False
    rest = words[1:]
    return all(w[:1].islower() and w not in SUBJECT_PRONOUNS and (w in _DATIVE_PRONOUNS or w not in NON_SUBJECT) for w in rest)


# a published speech: its heading "Stadtrat X zu <topic>" alone on a line, then the salutation
_HEADING_TOPIC = re.compile(r"[ \t\u00a0]{1,3}(?:zu|zum|zur|über)[ \t\u00a0]")
_SALUTATION = re.compile(r"\s*(?:\[\s*Anrede\s*\]|Anrede\b|Sehr\s{1,3}geehrte|Liebe\s{1,3}(?:Kolleginnen|Kollegen|Bürgerinnen|Mitglieder)|Meine\s{1,3}(?:sehr\s{1,3}geehrten\s{1,3})?Damen)")


def _speech_heading(text: str, s: int, e: int, m: Mention) -> bool:
    """A line holding a named person and "zu <topic>", then a salutation line: the heading of their speech."""
    if not m.named or m.oblique or not (s == 0 or text[s - 1] == "\n") or text[e : e + 1] not in ("\n", ""):
        return False
    return _HEADING_TOPIC.match(text, m.end, e) is not None and _SALUTATION.match(_text_line(text, e, 1)) is not None


# the order mark of a photo caption: "(v. l.)", "(v.l.n.r.)", "(von links)"
_CAPTION_MARK = re.compile(r"\((?:(?:\d{1,2}\.\s?)?v\.\s?[lr]\.(?:\s?n\.\s?[lr]\.)?|von\s{1,3}(?:links|rechts))\)")
# a roster line of absentees: names (with reasons in brackets) and the attendance word at its end after a comma
_ABSENCE_LIST = re.compile(r"\),?[^.!?\n]{0,30},[ \t\u00a0]{0,3}(?:entschuldigt|abwesend|verhindert|beurlaubt)[ \t\u00a0]{0,3}\.?[ \t\u00a0]*(?:\n|$)")


_LIST_COMMA = re.compile(r"[ \t\u00a0]{0,3},[ \t\u00a0]{0,3}")


def _listed_then_says(text: str, m: Mention, mentions: list[Mention], lex: Lexicon) -> bool:
    """ "Herr A, Frau B und Herr C begrüßen die Planung": persons listed with commas and a last "und"/"sowie", then a
    verb of saying; they act together, the first named opens the turn (as "Frau A und Herr B begrüßen ...")."""
    end, joined = m.end, False
    for other in mentions:
        if other.start < end:
            continue
        if not joined and _LIST_COMMA.fullmatch(text, end, other.start):
            end = other.end
        elif _JOINED_BY_AND.fullmatch(text, end, other.start) and end > m.end:
            end, joined = other.end, True
        else:
            break
    if not joined:
        return False
    w = _NEXT_WORD.match(text, end)
    return w is not None and not w.group(1) and says(w.group(2), lex)


def _joined_passive(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """ "A und B wurden zu Beigeordneten gewählt": persons joined by "und", then a passive (as _verb_follows for one)."""
    end = m.end
    for other in mentions:
        if other.start >= end and _JOINED_BY_AND.fullmatch(text, end, other.start):
            end = other.end
    if end == m.end:
        return False
    w = _NEXT_WORD.match(text, end)
    return w is not None and not w.group(1) and w.group(2) in ("wird", "werden", "wurde", "wurden")


def _quote_open(prefix: str) -> bool:
    """A quotation opened before the person and not closed: the person is inside it."""
    return prefix.count("„") > prefix.count("“") + prefix.count("”")


def _quoted_name(prefix: str, rep: re.Match[str]) -> bool:
    """ "Die Fraktion „Mustertal.jetzt“ will X ...": a closing quote without a comma after it or a question or
    exclamation mark before it ends a quoted name inside the clause, not reported speech."""
    p = rep.start()
    return prefix[p] in "“”\"" and prefix[p - 1 : p] not in ("?", "!", ".", "…")


# verbs of saying only with their particle at the clause end ("führt ... aus", "führte ... an")
_SPEECH_PARTICLE = {"führt": ("aus", "an"), "führte": ("aus", "an")}
_CLAUSE_END_WORD = re.compile(r"[^.;:!?,]{0,200}?\b([a-zäöüß]+)\s{0,3}(?:[.;:!?,]|$)")


def _particle_kept(text: str, m: Mention, verb: str) -> bool:
    """The verb needs no particle to report speech, or its particle ends the clause after the mention."""
    particles = _SPEECH_PARTICLE.get(verb)
    if particles is None:
        return True
    end = _CLAUSE_END_WORD.match(text, m.end)
    return end is not None and end.group(1) in particles


def _says_last(words: list[str], lex: Lexicon) -> bool:
    """The last word (before a reflexive "sich" and adverbs) is a verb of saying or a modal: "meinte", "stellten
    sich", "erklärte dann", "meldete sich auch"."""
    rest = list(words)
    while len(rest) > 1 and len(words) - len(rest) < 3 and (rest[-1] == "sich" or rest[-1] in _CLAUSE_ADVERBS):
        rest.pop()
    return bool(rest) and (says(rest[-1], lex) or rest[-1] in FINITE_AUX)


# adverbs between the finite verb and an inverted subject ("Dazu sagte noch einmal X", "Im Anschluss erklärte dann X")
_CLAUSE_ADVERBS = frozenset(
    ["dann", "noch", "einmal", "nochmals", "erneut", "auch", "ebenfalls", "zudem", "außerdem", "daraufhin", "darauf", "dazu", "hierzu",
     "jedoch", "aber", "hingegen", "dagegen", "wiederum", "abschließend", "zunächst", "schließlich", "nun", "sogleich", "gleich", "ausdrücklich"]
)


def _presided(text: str, prefix: str, m: Mention) -> bool:
    """The passive agent leads the meeting or keeps the minutes (_PRESIDED_END, _PRESIDED_FIRST): no turn."""
    return _PRESIDED_END.match(text, m.end) is not None or _PRESIDED_FIRST.match(prefix) is not None


def _reported(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A Konjunktiv after the person(s) and a relative clause: "Herr A und Frau B, die ..., hätten ..." is reported."""
    end = m.end
    for other in mentions:
        if other.start >= end and _JOINED_BY_AND.fullmatch(text[end : other.start]):
            end = other.end
    if SUBJUNCTIVE_NEXT.match(text, end) or _PAST_SUBJUNCTIVE_NEXT.match(text, end):
        return True  # "Die Anwohner*innen hätten den Eindruck, ...": the speaker reports their view
    rel = _RELATIVE_AFTER.match(text[end : end + 200])
    if rel is None:
        return False
    if (SUBJUNCTIVE_NEXT.match(text, end + rel.end()) or PLURAL_SUBJUNCTIVE.match(text, end + rel.end())) is not None:
        return True
    verb = _KONJUNKTIV_ONE.match(text, end + rel.end())  # "ORM X, der ... bestellt wurde, beabsichtige ...": reported
    return verb is not None and not verb.group(1).endswith(("te", "de"))


# the finite verb after a relative clause, in -e: Konjunktiv I ("beabsichtige", "plane"), unless a preterite in -te/-de
_KONJUNKTIV_ONE = re.compile(r"[ \t\u00a0]{0,3}([a-zäöüß]{3,25}e)\b")


@lru_cache(maxsize=1)
def _member_nouns() -> frozenset[str]:
    """A party member's noun in the singular ("Grüne", "Liberaler"; party_nouns.tsv), not the party's plural."""
    return frozenset(form for form in party_nouns() if not form.endswith("en"))


def _descriptor(phrase: str, lex: Lexicon) -> bool:
    """A noun phrase that can describe a person: not a body (but its members: "-räte"), group, party or function word
    (but a party's member: "Der Grüne Jan X")."""
    nouns = [w for w in _CAP_WORDS.findall(phrase) if w not in ("Der", "Die", "Seine", "Ihre", "Sein", "Ihr")]
    if nouns and nouns[0] in _member_nouns():
        return True
    return bool(nouns) and not any(
        (w in lex.bodies and not w.endswith("räte")) or w in lex.groups or party_of(w, lex) or w.lower() in NON_SUBJECT for w in nouns[:1]
    )


def _from_descriptor(m: Mention, phrase: str, lex: Lexicon) -> None:
    """Party and employer stated in the descriptor: "die grüne Stadträtin X", "Jurist der Stadtverwaltung X"."""
    words = phrase.split()
    if m.party is None:
        m.party = next((p for w in words if w[:1].islower() and w not in ("der", "die") and (p := party_of(w, lex))), None)
    if m.party is None:  # "SPD-Chef", "CDU-Fraktionschefin": the party before the hyphen
        m.party = next((p for w in words if "-" in w[1:] and (p := party_of(w.split("-")[0], lex))), None)
    gen = _GENITIVE_END.search(phrase)
    if m.affiliation is None and gen is not None and affiliation_role(gen.group(1)) is not None:
        m.affiliation = gen.group(1)


def _says_to_comma(text: str, m: Mention, lex: Lexicon) -> bool:
    """The clause after the mention ends in a verb of saying before its comma ("..., der Zeitung mitteilte, ...")."""
    clause = _CLAUSE_TO_COMMA.match(text[m.end : m.end + 240])
    return clause is not None and says_final(clause.group(1), lex)


# separable verb particles: a verb at the end of a subordinate clause keeps its particle in front ("mitteilte")
_PARTICLES = ("mit", "an", "vor", "dar", "zu", "ein", "hin", "aus", "fest", "bei", "auf", "ab", "nach", "hervor", "klar", "zurück", "entgegen")


def says_final(word: str, lex: Lexicon) -> bool:
    """A verb of saying at a clause end, also with its separable particle joined to it ("mitteilte", "hinwies")."""
    return says(word, lex) or any(word.startswith(p) and len(word) > len(p) + 2 and says(word[len(p) :], lex) for p in _PARTICLES)


def _clause_verb(text: str, m: Mention) -> bool:
    """The clause after the mention ends in a finite verb before its comma ("..., ihm vorhielt, ...")."""
    clause = _CLAUSE_TO_COMMA.match(text[m.end : m.end + 240])
    return clause is not None and clause.group(1) not in ("wird", "wurde", "wurden", "werden") and not clause.group(1).endswith("en")


def _headline(text: str, s: int, e: int, punctuated: bool) -> bool:
    """A whole line without sentence punctuation at its end, in a text whose other lines end in punctuation."""
    line_start = s == 0 or text[s - 1] == "\n"
    line_end = e >= len(text) or text[e : e + 1] == "\n"
    if not (line_start and line_end) or e - s > 150 or text[e - 1] in ".!?:;\"“”)…»" or "," in text[s:e]:
        return False
    last = _LAST_WORD_OF_LINE.search(text[s:e])
    if last is None or not last.group(1)[:1].isupper():
        return False  # "... bittet die Verwaltung," / "... gesagt wurde": a sentence that lost its end
    if not text[e:].strip() and (s == 0 or text[:s].rstrip()[-1:] in ".!?"):
        return False  # the text's last line, below a finished sentence: a sentence whose full stop was cut off, no headline
    return punctuated


def _second_speaker(text: str, s: int, subject: Mention, found: list[Mention], lex: Lexicon) -> Mention | None:
    """A second subject after a comma, with its own speech verb, once the first clause has said something."""
    for m in found:
        if m.start <= subject.end or m.oblique or not (m.named or m.article):
            continue
        prefix = text[s : m.start]
        if not COORDINATED.search(prefix) or prefix.count("(") > prefix.count(")") or prefix.count("„") > prefix.count("“"):
            continue
        between = _WORD_RUNS.findall(text[subject.end : m.start])
        words = _LOWER_RUNS.findall(text[m.end : m.end + 40])[:2]
        if (
            len(between) >= 3
            and HAS_VERB.search(text, subject.end, m.start)  # not "Der Dezernent für Bauen und Umwelt, Herr X, ..."
            and not _COMMA_NEXT.match(text[m.end : m.end + 4])
            and any(w in lex.speech_verbs for w in words)
        ):
            return m
    return None


def _nominative(m: Mention, lex: Lexicon) -> bool:
    """ "der Fraktionsvorsitzende", "ein Bürger": an article and a masculine noun that only the subject has."""
    if (m.article or "").lower() not in ("der", "ein") or not m.role_nouns:
        return False
    noun = role_noun(m.role_nouns[-1], lex)
    return noun is not None and noun.gender in ("m", "x") and not m.role_nouns[-1].endswith("n")  # "der Vorsitzende"


def _finite_after(text: str, m: Mention) -> bool:
    """A finite verb right after the mention ("X musste", "X dagegen fragte"), as a speech verb or a modal."""
    words = _LOWER_RUNS.findall(text[m.end : m.end + 40])[:2]
    lex = lexicon()
    return any(w in lex.speech_verbs or w in FINITE_AUX for w in words)


# "von der XY", "für die AB", "(XY)" after a person: the group they speak for
_FOR_GROUP = re.compile(r"[ \t\u00a0]{0,3}(?:\([^()\n]{1,40}\)|(?:von|vom|für)[ \t\u00a0]{1,3}(?:(?:der|die|den)[ \t\u00a0]{1,3})?[\wÄÖÜäöüß/-]{2,30})?")


def _joint_verb_after(text: str, m: Mention, mentions: list[Mention], lex: Lexicon) -> bool:
    """ "..., A von der XY und B für die AB lehnten ... ab": a verb of saying after the persons joined by "und",
    each with the group they speak for (a second main clause after reported content)."""
    end = _FOR_GROUP.match(text, m.end).end()
    for other in mentions:
        if other.start >= end and _JOINED_BY_AND.fullmatch(text, end, other.start):
            end = _FOR_GROUP.match(text, other.end).end()
    if end == m.end:
        return False
    words = _LOWER_RUNS.findall(text[end : end + 40])[:1]
    return any(says(w, lex) for w in words)


# a modal, then a participle and "werden" in the same clause ("soll künftig von der XY gestellt werden")
_MODAL_PASSIVE = re.compile(
    r"[ \t\u00a0]{0,3}(?:soll|sollen|sollte|sollten|muss|müssen|kann|können|darf|dürfen)\s[^.;:,!?]{0,60}?"
    r"\s(?:[a-zäöü]{0,6}ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)\s{1,3}werden\b"
)
_AND_VERB = re.compile(r"[^.;:!?,]{0,120}?\bund\s{1,3}(?:sich\s{1,3})?([a-zäöüß]{3,20})\b")  # "... und bedankte sich": a second verb
_STRAY_PERIOD = re.compile(r"[ \t\u00a0\n]{0,6}\.[ \t\u00a0]{1,3}([a-zäöüß]{3,30})\b")


def _stray_period_verb(text: str, end: int) -> bool:
    """ "Herr X" / "" / ". informiert, dass ...": a speaker cut from their verb by a stray line and period."""
    sm = _STRAY_PERIOD.match(text, end)
    return sm is not None and "\n" in text[end : sm.start(1)] and sm.group(1) in lexicon().speech_verbs


def _verb_follows(text: str, m: Mention) -> bool:
    """A sentence-initial mention is the speaker unless nothing, a passive or a vocative follows it."""
    tail = text[m.end : m.end + 160]
    if m.label:
        return True
    if _stray_period_verb(text, m.end):
        return True
    if (empty := _EMPTY_APPOSITION.match(tail)) is not None:
        tail = tail[empty.end() - 1 :]  # "Herr X, , fragt": an apposition left empty (an anonymised address)
    w = _NEXT_WORD.match(tail)
    if not w:
        return False  # a name alone on its line: a letterhead or a list entry
    comma, nxt = w.groups()
    if _attendance(lexicon(), tail):
        return False  # "Ratsmitglied X fehlt.", "Herr Y verlässt um 19:17 Uhr die Sitzung."
    if nxt in PASSIVE and not comma:
        # "Herr X ist dagegen" speaks; "Herr X wird gebeten" does not, unless "... und bedankte sich" follows
        return bool(STANCE_COPULA.match(tail)) or ((a := _AND_VERB.match(tail)) is not None and a.group(1) in lexicon().speech_verbs)
    if not comma and _MODAL_PASSIVE.match(tail):
        return False  # "Der Beigeordnete soll von der XY gestellt werden": what is to happen to the person
    if comma:
        if nxt in ("die", "der", "welche", "welcher"):
            rel = _RELATIVE_TAIL.match(tail)
            rest = tail[rel.end() :] if rel else ""
            if _attendance(lexicon(), rest) or SUBJUNCTIVE_NEXT.match(rest):
                return False  # "Der Fragesteller, der sich angemeldet hatte, ist nicht erschienen."
            return not (rest.split(" ", 1)[0] in PASSIVE and not STANCE_COPULA.match(rest))
        # apposition: "Frau Brenner, Leiterin des Bäderamts, erläutert", "Frau Sauer, Am Wingert 7, fragt"
        if (ap := _APPOSITION_THEN_VERB.match(tail.lstrip(" \t\u00a0"))) is not None:
            rest = _GROUP_AFTER_APPOSITION.sub("", tail.lstrip(" \t\u00a0")[ap.end() - 1 :], count=1)
            # "Der bisherige Vorsitzende, Fred X, von der AB wurde erneut gewählt": what happened to the person
            return not (rest.split(" ", 1)[0] in PASSIVE and not STANCE_COPULA.match(" " + rest))
        if (op := _OPEN_APPOSITION.match(tail)) is not None and op.group(2) in lexicon().speech_verbs and any(
            role_noun(w, lexicon()) is not None for w in op.group(1).split()
        ):
            return True  # "Rolf X, SPD-Fraktionsvorsitzender begründete ...": the apposition's closing comma left out
        if nxt in VOCATIVE_NEXT or nxt[:1].isupper():
            return False
    return True


@lru_cache(maxsize=1)
def _non_speech_acts() -> LinesSearch:
    """non_speech_acts.txt as one case-insensitive regex (searched only with the lines whose literals occur)."""
    return LinesSearch(read_list("non_speech_acts.txt"), re.IGNORECASE)


class LinesSearch:
    """search() of the alternation of regex lines ("|".join(f"(?:{line})")), running only the lines whose
    required literals (resources.literals.required_literals) occur in the lowercased text.

    Why: such a list (non_speech_acts.txt) is case-blind and each line starts with "\\b", so the engine enters
    every line at every word start, and the literal pre-check of the whole (Prechecked) passes on half the
    sentences (one line needs only "ist" or "war"). A scan of the text finds every place a literal starts (their
    trie, searched again one character after each hit: the longest literal starting there, and with it each
    literal that is a prefix of it); the lines none of whose literals occur cannot match. Nor can a line one of
    whose requirements (resources.literals.requirements: sets of strings every match holds one of) the text
    misses: its requirements are tested (substring tests in C) before it is searched, which turns down ~4 of 5
    lines the scan leaves ("ist" alone lets many through). Exact: the alternation's match is the leftmost of
    the lines' matches, at one position the first line's (nothing follows the alternation)."""

    def __init__(self, lines: list[str], flags: int) -> None:
        self.whole = re.compile("|".join(f"(?:{line})" for line in lines), flags)
        self.lines = [re.compile(f"(?:{line})", flags) for line in lines]
        needs = [required_literals(rx) for rx in self.lines]
        # each line's requirements, a digit left out (a set with DIGIT is no substring test)
        self._requires = [tuple(tuple(sorted(need)) for need in requirements(rx) if DIGIT not in need) for rx in self.lines]
        self._scan: re.Pattern[str] | None = None
        self._opens: dict[str, tuple[int, ...]] = {}
        if needs and all(needs):  # every line needs a known literal: else the whole regex runs
            words = sorted({w for need in needs for w in need})  # type: ignore[union-attr]
            self._opens = {w: tuple(i for i, need in enumerate(needs) if any(w.startswith(u) for u in need)) for w in words}  # type: ignore[union-attr]
            self._scan = re.compile(trie_alternation(words))

    def search(self, text: str) -> re.Match[str] | None:
        if self._scan is None or not folds_exactly(text):
            return self.whole.search(text)
        low = text.lower()
        scan, opens = self._scan.search, self._opens
        hit = scan(low)
        if hit is None:
            return None
        keep: set[int] = set()
        while hit is not None:  # (most sentences: none or one or two hits)
            keep.update(opens[hit.group()])
            hit = scan(low, hit.start() + 1)
        best: re.Match[str] | None = None
        lines, requires = self.lines, self._requires
        for i in sorted(keep):
            if not _meets_all(low, requires[i]):
                continue  # a requirement missing: the line cannot match
            m = lines[i].search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def _meets_all(low: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the lowercased text holds a string of each requirement (a loop: no generator frame per line)."""
    has = low.__contains__
    for need in needs:  # noqa: SIM110
        if not any(map(has, need)):
            return False
    return True


_CLAUSE_OPENER = re.compile(r",\s{0,3}(?:der|die|das|welche|welcher|dessen|deren|dass|weil|nachdem|als)\b")


def _in_other_clause(between: str) -> bool:
    """The text between the subject and the act: a colon or semicolon, or a relative or subordinate clause that is
    still open at the act ("X, der hier lange aktiv ist, kandidierte" closes it; "..., der sein Mandat niederlegte")."""
    if ":" in between or ";" in between:
        return True
    opened = [m.end() for m in _CLAUSE_OPENER.finditer(between)]
    return bool(opened) and "," not in between[opened[-1] :]


# what a sentence says after the act: reported content ("..., dass", ": ...", a quotation)
_CONTENT_AFTER = re.compile(r",\s{0,3}(?:dass|ob)\b|:\s|[„\"»]")
# a news source's tag at the end ("..., wie die Zeitung berichtete."): not the subject's speech
_SOURCE_TAG = re.compile(r",\s{0,3}wie\s[^,;:]{1,60}$")
# verbs that only carry another verb (modals, auxiliaries): no speech of their own
_CARRIERS = FINITE_AUX | frozenset(["möchte", "möchten", "wollen", "wollten", "wollte", "will", "können", "konnten", "sollen", "sollten", "müssen", "mussten"])


def _non_speech(text: str, s: int, e: int, subject: Mention, lex: Lexicon) -> bool:
    """The sentence tells an act of its subject that is no speech (non_speech_acts.txt: candidacy, portfolios,
    an election won, a gift received), with no verb of saying before the act and no content said after it:
    "Für den Posten kandidierten A und B.", but not "X erklärte, er übernehme die Bereiche Sport und Kultur"."""
    body = text[s:e]
    nm = _non_speech_acts().search(body)
    if nm is None:
        return False
    a, b = (subject.end - s, nm.start()) if nm.start() >= subject.end - s else (nm.end(), subject.start - s)
    if _in_other_clause(body[max(0, a) : max(0, b)]):
        return False  # "X vereidigte Y: Y folgt auf Z, der sein Amt zurückgegeben hatte": another clause's act
    lead = 0  # (not the verb of a fronted clause: "Bevor der Vorsitzende den Punkt eröffnet, verlässt X den Raum")
    if body.split(" ", 1)[0] in _CONJUNCTIONS_ONLY and (c := _CLAUSE_COMMA.match(body)) is not None and c.end() <= min(subject.start - s, nm.start()):
        lead = c.end()
    before = [w for w in _LOWER_RUNS.findall(body, lead, nm.start()) if w not in _CARRIERS]
    after = body[nm.end() :]
    if (tag := _SOURCE_TAG.search(after)) is not None:
        after = after[: tag.start()]
    for _ in range(3):  # further acts of the same kind are no saying ("stimmten neun Räte dafür, acht votierten dagegen")
        if (more := _non_speech_acts().search(after)) is None:
            break
        after = after[: more.start()] + " " + after[more.end() :]
    spoken = [w for w in _LOWER_RUNS.findall(after) if w not in _CARRIERS]
    return not any(says(w, lex) for w in before + spoken) and _CONTENT_AFTER.search(after) is None




def _byline_author(text: str, lex: Lexicon) -> Mention | None:
    """The author a report names in a byline near its top, as the person its "Ich" sentences are said by (with the
    party of the report's publisher, and the office the byline gives)."""
    if "on " not in text[:600] or (b := BYLINE.search(text, 0, 600)) is None or b.group("given") not in lex.given_names:
        return None
    nouns = [w for w in (b.group("role") or "").split() if role_noun(w, lex) is not None]
    author = Mention(start=b.start("given"), end=b.end("surname"), given=b.group("given"), surname=b.group("surname"), role_nouns=nouns)
    author.party = publisher_party(text, lex)
    author.gender = given_gender(author.given or "", lex) or _gender_from_nouns(author, lex)
    return author


# "Ich ..." or, after a fronted word or two and the verb, "Hier wollte ich ...", "Im Ausschuss fragte ich ...": the author says it
_I_FIRST = re.compile(r"Ich\s|(?:[A-ZÄÖÜ][\w-]{1,20}\s{1,3})(?:[\w-]{1,20}\s{1,3})?[a-zäöüß]{2,20}\s{1,3}ich\s")
_THAT_CLAUSE = re.compile(r",\s{0,3}dass\b")  # "Ich habe ... deutlich gemacht, dass ...": what was said follows


def _author_speaks(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """An "Ich" sentence of the author that reports what they said ("Ich fragte ...", "Ich habe ... deutlich gemacht, dass")."""
    words = _LOWER_RUNS.findall(text, s, min(e, s + 160))
    return any(
        says(w, lex) or w in _strong_participles() or (w.startswith("ge") and says(w[2:], lex)) for w in words if w not in _CARRIERS
    ) or _THAT_CLAUSE.search(text, s, e) is not None  # ("gefragt": a speech verb's weak participle)


def _silent_act(body: str, lex: Lexicon) -> bool:
    """A sentence that tells only an act that is no speech (non_speech_acts.txt), with no verb of saying in it."""
    return _non_speech_acts().search(body) is not None and not any(says(w, lex) for w in _LOWER_RUNS.findall(body) if w not in _CARRIERS)


# the main clause in the pluperfect with a verb of saying: "Im Vorfeld hatte Landrat X die Kürzung angekündigt"
_PLUPERFECT_SAID = re.compile(
    r"^[^,;:]{0,120}?\b(?:hatte|hatten)\b[^,;:.]{0,150}\b(?:angekündigt|berichtet|erklärt|mitgeteilt|gefordert|beantragt|"
    r"vorgeschlagen|informiert|betont|kritisiert|angeregt|gesagt|bekanntgegeben|eingereicht|vorgestellt|zugesagt|versprochen|signalisiert)\b"
)


# a letter or mail with its date: "erklärte mit Schreiben vom 3. Mai", "teilte per E-Mail vom 2.5. mit"
_WRITTEN_BEFORE = re.compile(r"\b(?:mit|per|in\s{1,3}(?:seinem|ihrem|einem))\s{1,3}(?:Schreiben|E-Mail|Mail|Brief)\s{1,3}vom\b")


# what the subject did at an earlier meeting, told in the perfect or pluperfect in the main clause
_EARLIER_MEETING = re.compile(
    r"(?:[a-z]\)[ \t]*)?[^,;:]{0,120}?\b(?:hat|hatte|haben|hatten)\b[^,;:.]{0,120}?\b(?:in|auf)\s{1,3}der\s{1,3}"
    r"(?:letzten|vorigen|vergangenen|vorherigen|vorangegangenen)\s{1,3}(?:[\wäöü-]*[Ss]itzung)\b"
)


def _told_before(text: str, s: int, e: int) -> bool:
    """The sentence tells in the pluperfect what its subject said before this meeting ("Zuletzt hatte Stadtrat X
    berichtet, dass ..."): background. (Not every pluperfect: real reports also tell a contribution to this
    meeting so, "Der Amtsleiter hatte die Berechnung erläutert"; only verbs of announcing and reporting.)"""
    return _PLUPERFECT_SAID.match(text[s:e]) is not None


# (the main clause: not a leading subordinate clause, whose "hatte" stands last: "Nachdem X berichtet hatte, fragte Y")
_PLUPERFECT_CLAUSE = re.compile(
    r"(?!(?:Nachdem|Als|Bevor|Weil|Da|Obwohl|Wenn|Sobald|Seitdem|Während|Wie|Dass|Ob)\b)[^,;:]{0,120}?\b(?:hatte|hatten)\b([^,;:.!?]{1,200})"
)
_PARTICIPLE_PARTS = ("ge", *(p + "ge" for p in (*_PARTICLES, "gegenüber", "her", "heraus", "zusammen", "offen")))  # "gesagt", "dargelegt"
# a view held, as a noun ("hatte ein anderes Problem:", "hatte gegen die Stellen keine Bedenken"): what the person said
_VIEW_NOUN = re.compile(r"\b(?:Problem|Probleme|Bedenken|Einwände|Einwand|Frage|Fragen|Nachfrage|Sorge|Sorgen|Kritik|Zweifel|Verständnis|Anmerkung|Anmerkungen|Hinweis|Vorschlag|Wunsch|Anliegen|Idee|Einwendungen)\b")


@lru_cache(maxsize=1)
def _strong_participles() -> frozenset[str]:
    return frozenset(read_list("speech_participles.txt"))


def _said_participle(word: str, lex: Lexicon) -> bool:
    """A participle of a verb of saying: "erklärt", "kritisiert" (as the present), "gefragt", "dargelegt" (the present
    after "ge-"), "gesprochen" (speech_participles.txt)."""
    if says_final(word, lex) or word in _strong_participles():
        return True
    return any(word.startswith(p) and len(word) > len(p) + 2 and says(word[len(p) :], lex) for p in _PARTICIPLE_PARTS)


def _pluperfect_act(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """The main clause is in the pluperfect and no verb of saying ends it ("Für diesen Punkt hatte X drei Beschlüsse
    vorbereitet", "X hatte sich gegen Y durchgesetzt", "X hatte nur ausnahmsweise dieses Privileg"): an earlier act or
    a state, which the minutes tell as background; "X hatte zuvor erklärt, ..." stays a contribution."""
    m = _PLUPERFECT_CLAUSE.match(text, s, e)
    if m is None or _VIEW_NOUN.search(m.group(1)):
        return False
    return not any(_said_participle(w, lex) for w in _LOWER_WORDS.findall(m.group(1)))


def _unnamed_silent(text: str, s: int, e: int, m: Mention, lex: Lexicon) -> bool:
    """An unnamed person introduced by "ein"/"eine" ("Eine Anwohnerin", "Ein Bürger"), or by no article at the
    sentence start, speaks only with a verb of saying in the sentence: nothing else (a name, an office held) makes
    them a speaker."""
    if m.label or m.named or m.title or (m.article or "").lower() not in ("ein", "eine"):
        if not (m.article is None and not (m.label or m.named or m.title) and m.start == s):
            return False
        # a bare role noun opening a line with no article ("Vertreter gemäß § 5 AB J. Muster"): a list line, unless it says something
    return not any(says_final(w, lex) for w in _LOWER_RUNS.findall(text, s, e))


@Language.factory("ratsnlp_mentions", assigns=["doc.spans"], requires=["doc.spans"])
def make_mentions(nlp: Language, name: str) -> Mentions:
    return Mentions(name=name)


# "Stadträt*in", "Vertreter:innen", "Bürger_innen", "Ein*e": a gender sign inside a word, before its ending
_GENDER_SIGN = re.compile(r"[*:_](?<=[a-zäöüß].)((?:innen|in|e|r)(?![\wäöüß])[^\s\w]{0,3})(?=\s|$)")


def ungendered(text: str) -> str:
    """The text with each gender sign moved out of its word ("Stadträt*in X" -> "Stadträtin  X"): the role
    noun is then the lexicon's form; the length, and so every offset, stays."""
    return _GENDER_SIGN.sub(r"\1 ", text) if _has_gender_sign(text) else text


def _has_gender_sign(text: str) -> bool:
    """Whether _GENDER_SIGN matches anywhere in text, tried only at each "*", ":" and "_" (str.find): every match
    starts with one, and the regex engine's scan for that class costs more than finding the few there are."""
    for sign in "*:_":
        p = text.find(sign)
        while p >= 0:
            if _GENDER_SIGN.match(text, p) is not None:
                return True
            p = text.find(sign, p + 1)
    return False


class Mentions:
    """Writes span group rn_mentions (with name, title, party ...) and each sentence's kind."""

    def __init__(self, *, name: str = "ratsnlp_mentions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        is_propn = _propn_predicate(doc)
        bounds: list[tuple[int, int, str]] = []  # (start, end, label) of each mention's span
        rows: list[tuple] = []  # the values of each span, in _MENTION_FIELDS order
        text = ungendered(ext.text_of(doc))
        anchors = [(am.start(), am.group(0)) for am in anchor_pattern().finditer(text)]
        anchors += given_name_matches(text)
        anchors += party_name_matches(text)
        anchors += sentence_start_names(text)
        anchors += title_starts(text)
        anchors += party_surnames(text)
        anchors += reported_surnames(text)
        anchors += [(a, w) for a, w, _ in cue_starts(text)]
        anchors = list(dict.fromkeys(anchors))
        anchors.sort()
        starts = [a for a, _ in anchors]
        known: dict[str, Mention] = {}
        written = _Written(text)
        lex = lexicon()
        punctuated = _PUNCTUATED_LINE.search(text) is not None  # lines end in punctuation somewhere
        places = Places(text)
        labels = surname_labels(text, lex)  # "Muster: ..." in a verbatim record
        author = _byline_author(text, lex)  # "Von Karin X, Fraktionsvorsitzende" under a report's title
        # the sentences as (start, end, index in the group): no Span is built for a sentence that is not split
        rows_in = ext.group_rows(doc, ext.SPAN_GROUPS["sentences"])
        queue: list[tuple[int, int, int | Span]] = [(a, b, k) for k, (a, b, _) in enumerate(rows_in)]
        firsts = [a for a, _, _ in queue]
        in_order = all(a <= b for a, b in zip(firsts, firsts[1:]))  # then no sentence looks back before another
        queue.reverse()
        out_sents: list[int | Span] = []  # each sentence written: its index in the group, or the Span of a split piece
        kinds: list[tuple[int, int]] = []  # the offsets of each sentence written, in order (sent_kind values in `sent_kinds`)
        sent_kinds: list[tuple[str]] = []
        split_any = False
        while queue:
            s, e, sent = queue.pop()
            lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
            here = anchors[lo:hi]
            if known and written.any_within(s, e) and (again := known_surname_anchors(text, s, e, known, written)):
                taken = {a for a, _ in here}
                here = sorted(here + [x for x in again if x[0] not in taken])
            found = find_mentions(text, s, e, is_propn=is_propn, anchors=here, known=known, lex=lex, places=places) if here else []
            if found and "raktion" in text[s:e]:
                found = [m for m in found if not (m.surname or "").endswith(("Fraktion", "fraktion"))]  # "Stadtverordnete SPD-Fraktion": a group
            # a label starts a line, a bullet heading starts with a bullet: other sentences need neither look
            line_start = s == 0 or text[s - 1] == "\n"
            if not (found and found[0].label and found[0].start == s) and (
                ((line_start or text[s - 1 : s] in " \t\u00a0") and (lab := label_mention(text, s, e, lex)) is not None)
                or (text[s : s + 1] in _BULLETS and (lab := bullet_heading(text, s, e, lex)) is not None)
                or (text[s : s + 1].isdigit() and (lab := numbered_heading(text, s, e, lex)) is not None)
                or (line_start and text[e - 1 : e] == "." and (lab := asker_line(text, s, e, found)) is not None)
                or (line_start and labels and (lab := surname_label(text, s, e, labels, lex)) is not None)
            ):
                found = [lab] + [m for m in found if m.start >= lab.end]
            for m in found:
                # ("Herrn X", "Frau X" as an object name a person too: "Der Vorsitzende dankte Herrn X. X erklärte ...")
                if m.surname and " " not in m.surname and (not m.oblique or m.title or m.role_nouns) and (m.title or m.given or m.role_nouns):
                    if m.surname not in known:
                        known[m.surname] = m
                        written.add(m.surname, s if in_order else 0)
            subject = pick_subject(text, s, found) if found else None
            if subject is None and author is not None and _I_FIRST.match(text, s, e) is not None and _author_speaks(text, s, e, lex):
                subject = replace(author, start=s, end=s + 3, role_nouns=list(author.role_nouns))
                found = [subject, *found]  # "Ich habe für unsere Fraktion deutlich gemacht, ...": the byline's author
            if subject is not None and not subject.label and (
                "\t" in text[s:e]
                or not (
                    HAS_VERB.search(text, subject.end, e)
                    or HAS_VERB.search(text, s, subject.start)
                    or _stray_period_verb(text, subject.end)
                    or _SO_BEFORE.search(text, s, subject.start)  # "Im Mai, so Albers.": "so" stands for the verb
                )
            ):
                subject = None  # a letterhead ("Der Vorsitzende der ...") or a metadata line with tabs
            if subject is not None and not subject.label and _CAPTION_MARK.search(text, s, e):
                subject = None  # "Werden künftig Landrat X ... unterstützen (v. l.): A, B": a photo caption
            if subject is not None and "„" in text[s : subject.start] and _QUOTED_TITLE_END.match(text[s:e]):
                subject = None  # "Tagesordnungspunkt „Herr X hat das Wort“:": the person named in a quoted title
            if subject is not None and not subject.label and _ABSENCE_LIST.search(text, s, e):
                subject = None  # "Gemeinderäte A (privat), B (krank), entschuldigt": a roster line of absentees
            if subject is not None and not subject.label and _headline(text, s, e, punctuated) and not _stray_period_verb(text, subject.end):
                subject = None  # "Landrätin blockiere Radwege": a report's headline
            if subject is not None and not subject.label and _non_speech(text, s, e, subject, lex):
                subject = None  # "Für den Posten kandidierten A und B": an act, not speech
            if subject is not None and not subject.label and "hatte" in text[s:e] and (_told_before(text, s, e) or _pluperfect_act(text, s, e, lex)):
                subject = None  # "Zuletzt hatte Stadtrat X berichtet, dass ...": a statement made before this meeting
            if subject is not None and not subject.label and _OUTSIDE_MEETING.match(text, s, e):
                subject = None  # "Nach der Sitzung begründete X den Schritt: …": said to the press, not in the meeting
            if subject is not None and not subject.label and "itzung" in text[s:e] and _EARLIER_MEETING.match(text, s, e):
                subject = None  # "Der Vorsitzende hat dem Vorstand in der letzten Sitzung seinen Entwurf präsentiert": done before
            if subject is not None and not subject.label and "vom" in text[s:e] and _WRITTEN_BEFORE.search(text, s, e):
                subject = None  # "Herr X erklärte mit Schreiben vom 3. Mai seinen Rücktritt": a letter, not a contribution
            if subject is not None and _unnamed_silent(text, s, e, subject, lex):
                subject = None  # "Eine Dame auf der Zuschauerbank strickt.": someone unnamed who says nothing
            if subject is None and found and found[0].start == s and _speech_heading(text, s, e, found[0]):
                found[0].label, subject = True, found[0]  # "Stadtrat X zu DS 12/34 – Thema" ⏎ "[Anrede]": a speech's heading
            if subject is None and (pl := party_label(text, s, e, lex)) is not None:
                found, subject = [pl] + [m for m in found if m.start >= pl.end], pl  # "Muster, XY: Das lehnen wir ab."
            if subject is None and (cm := counted_speakers(text, s, e, lex)) is not None:
                found, subject = [cm] + [m for m in found if m.start >= cm.end], cm  # "Zwei Anwohnerinnen fragen, ..."
            if subject is None and (jm := joint_members(text, s, e, lex)) is not None:
                found, subject = [jm] + [m for m in found if m.start >= jm.end], jm  # "Die Stadträte A und B äußern sich"
            if subject is None and "üro" in text[s : min(e, s + 60)] and (om := office_presenter(text, s, e, lex, known)) is not None:
                found, subject = [om] + [m for m in found if m.start >= om.end], om  # "Das Planungsbüro X stellt ... vor"
            if subject is not None and not subject.label and (second := _second_speaker(text, s, subject, found, lex)) is not None:
                # "Herr A lobte X, Frau B dagegen fragte nach Y": two turns in one sentence
                first = doc.char_span(s, second.start, label="sentence", alignment_mode="contract")
                rest = doc.char_span(second.start, e, label="sentence", alignment_mode="expand")
                if first is not None and rest is not None and len(first) and len(rest):
                    sent, e = first, first.end_char
                    found = [m for m in found if m.end <= e]
                    queue.append((rest.start_char, rest.end_char, rest))
                    split_any = True
            out_sents.append(sent)
            body = text[s:e]
            if (
                subject is not None and subject.surname and " " not in subject.surname and subject.surname not in known
                and not (subject.title or subject.given or subject.role_nouns) and _reporter_before(text, s, subject.start, lex)
            ):  # fmt: skip
                known[subject.surname] = subject  # "„Ja“, sagte Muth." names a person: "Muth betonte ..." later is she
                written.add(subject.surname, s if in_order else 0)
            if subject is not None and (office := IN_OFFICE.search(body)) is not None and role_noun(office.group(1), lex) is not None:
                if office.group(1) not in subject.role_nouns:  # "Herr X ..., in seiner Funktion als Bürgermeister"
                    subject.role_nouns.append(office.group(1))
            if subject is not None and subject.label and subject.start == s and _CANDIDATE_TALLY.match(body):
                subject = None  # "Frau Sturm: 21 Ja-Stimmen, 2 Gegenstimmen": a candidate's ballot line, no speaker's label
            if subject is not None:
                kind = "label" if subject.label and subject.start == s else "speech"
            elif is_impersonal(body) or from_the_body(body):
                kind = "impersonal"
            elif (g := pronoun_gender(body)) is not None:
                kind = "plain" if _silent_act(body, lex) else f"pronoun_{g}"  # ("Er war der Sitzung ferngeblieben.")
            elif is_group(body):
                kind = "group"
            else:
                kind = "plain"
            kinds.append((sent.start_char, sent.end_char) if isinstance(sent, Span) else (s, e))
            sent_kinds.append((kind,))
            for m in found:
                bounds.append((m.start, m.end, "subject" if m is subject else "mention"))
                rows.append((m.name, m.title, m.gender, m.party, m.affiliation, " ".join(m.role_nouns) or None, m is subject, m.label))
        # the spans built at once (doc.char_span in "expand" mode, without its Token objects); a mention no token holds is dropped
        kept = [(sp, row) for sp, row in zip(ext.char_spans(doc, bounds), rows) if sp is not None]
        spans = [sp for sp, _ in kept]
        rows = [row for _, row in kept]
        ext.set_values_at(doc, kinds, ("sent_kind",), sent_kinds)
        ext.set_values(spans, _MENTION_FIELDS, rows)
        ext.set_group(doc, ext.SPAN_GROUPS["mentions"], spans)
        if split_any:
            group = list(doc.spans[ext.SPAN_GROUPS["sentences"]])
            ext.set_group(doc, ext.SPAN_GROUPS["sentences"], [group[x] if isinstance(x, int) else x for x in out_sents])
        return doc


_MENTION_FIELDS = ("speaker", "title", "gender", "party", "affiliation", "role_noun", "is_subject", "is_label")


def _attendance(lex: Lexicon, text: str) -> bool:
    """Whether lex.attendance matches at the start of text (without its literal pre-check, which costs more
    than an anchored match)."""
    return _attendance_shared(getattr(lex.attendance, "regex", lex.attendance)).match(text) is not None


_BLANKS_AT_START = "^\\s{0,3}"
_ATTENDANCE_SHARED: list[tuple[re.Pattern[str], re.Pattern[str]]] = []


def _attendance_shared(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The attendance regex with the "^\\s{0,3}" every line of attendance.txt starts with taken out of its
    ~40 branches: the engine reads the leading blanks once instead of once per branch. A match exists exactly
    when one exists in the original (a branch matches after k blanks in both or in neither; only the Match
    may differ, so _attendance returns a truth value). Kept for the regex last seen; the regex itself when it
    is not the one built from the file's lines or a line starts otherwise."""
    if not _ATTENDANCE_SHARED or _ATTENDANCE_SHARED[0][0] is not regex:
        lines = read_list("attendance.txt")
        shared = regex
        if "|".join(f"(?:{line})" for line in lines) == regex.pattern and all(_blanks_then_one_branch(line, regex.flags) for line in lines):
            rest = "|".join(f"(?:{line[len(_BLANKS_AT_START) :]})" for line in lines)
            # after the blanks, a lookahead for the characters a branch can start with (literals.guard_of: a branch
            # matches only where it holds, so the same truth value); most texts asked are turned down by it at once
            guard = guard_of(precompiled.compile(rest, regex.flags))
            ahead = guard[1] if guard is not None and not guard[0] else ""
            shared = precompiled.compile(f"{_BLANKS_AT_START}{ahead}(?:{rest})", regex.flags)
        _ATTENDANCE_SHARED[:] = [(regex, shared)]
    return _ATTENDANCE_SHARED[0][1]


def _blanks_then_one_branch(line: str, flags: int) -> bool:
    """Whether the regex line is "^\\s{0,3}(?:rest)" for the rest of it: it starts so and parses to the same
    tree as with the rest in a group (no alternation at its top level would lose the leading blanks)."""
    if not line.startswith(_BLANKS_AT_START):
        return False
    grouped = f"{_BLANKS_AT_START}(?:{line[len(_BLANKS_AT_START) :]})"
    try:
        return str(list(_parser.parse(line, flags))) == str(list(_parser.parse(grouped, flags)))
    except Exception:  # noqa: BLE001 - a line the parser rejects: not shared
        return False


def _propn_predicate(doc: Doc):  # noqa: ANN202
    """With a trained pipeline: is the word at (start, end) a proper noun or inside a PER entity?"""
    # a tagger/NER sets every token, so the first one tells (doc.has_annotation scans them all)
    has_pos = bool(len(doc) and doc[0].pos)
    has_ents = bool(len(doc) and doc[0].ent_iob)
    if not (has_pos or has_ents):
        return None
    per = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "PERSON")]

    def check(start: int, end: int) -> bool:
        if any(a <= start and end <= b for a, b in per):
            return True
        if has_pos:
            sp = doc.char_span(start, end, alignment_mode="expand")
            return sp is not None and all(t.pos_ == "PROPN" for t in sp)
        return False

    return check
