"""The `ratsnlp_decisions` component: what the body decided, with outcome and votes.

A decision is a sentence of the body as a whole ("Der Ausschuss beschließt einstimmig."), a passive
outcome ("Der Antrag wird mit 5 zu 8 Stimmen abgelehnt."), a vote-result line or table, or the
resolution text under a "Beschluss" heading. Consecutive pieces of one decision (resolution text,
then "Abstimmungsergebnis: ...") are joined into one span whose counts come from all of them.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..resources import lexicon, precompiled, read_list
from ..resources.literals import DIGIT, Found, LiteralScan, Matches, Prechecked, cased_literals, requirements
from ..segment.clauses import KONJUNKTIV, OLDEST_MEMBER, body_anywhere, body_match, group_subject, names_body
from ..segment.structure import STATUS_LINE, STATUS_NOUNS, heading_vote
from .votes import (
    ROW_FIELDS,
    STEMS,
    Vote,
    ballot_tally,
    count_line,
    has_outcome_word,
    narrated_decision,
    number_value,
    outcome_of,
    parse_table,
    parse_vote,
    party_list_votes,
    stem_matches,
    stem_search,
    vote_patterns,
    vote_tables,
)

RESULT_LINE = re.compile(
    r"^(?:Abstimmungsergebnis|Abstimmung|Ergebnis|Wahlergebnis|Beschlussergebnis|Votum|Abstimmungsverhalten)\b|^Abst\.-?\s?Erg\.|"
    r"^(?:Einstimmig|Mehrheitlich|Einstimmige|Mehrheitliche|Ja-Stimmen|Dafür|Anwesend)\b\s{0,3}[:,.]?|^Ja\b(?!\s{0,3}[.!]?\s{0,3}$)(?!\s{0,3},\s{0,3}[a-zäöüß])\s{0,3}[:,.]?|^Zustimmung\s{0,3}:|"
    r"^(?:Mit|Bei)\s{1,3}(?:\d{1,3}|großer|knapper|deutlicher)\s|^\d{1,3}\s{1,3}(?:Ja|Stimmen|Stimme|dafür|dagegen|Ja-Stimmen|Nein-Stimmen|Gegenstimmen?|(?:Stimm)?[Ee]nthaltung(?:en)?)\b|"
    r"^Beschluss-?(?:Nr\.|nummer)|^Beschlussart\b|^(?:Beschluss|Beschlossen|Angenommen|Abgelehnt|Vertagt|Genehmigt|Zugestimmt|Einverstanden|Zurückgestellt|Zurückgezogen|Abgesetzt|Verwiesen|Überwiesen|Zur\s+Kenntnis\s+genommen)\s{0,3}[:.]?\s{0,3}$|"
    r"^(?:ungeändert|geändert|einstimmig|mehrheitlich)\s{1,3}(?:beschlossen|angenommen|abgelehnt)|^(?:zur\s+Kenntnis\s+genommen|abgelehnt|vertagt|verwiesen|zurückgestellt)\b|"
    r"^\d{1,3}\s{0,2}:\s{0,2}\d{1,3}(?:\s{0,2}:\s{0,2}\d{1,3})?\s{0,3}\.?\s{0,3}$|"  # a bare tally "11 : 1" after what was voted on
    r"^[–-]\s{0,3}(?:einstimmig|mehrheitlich|ohne|mit|bei)\b|"  # "– ohne Gegenstimmen bei 2 Enthaltungen angenommen –"
    r"^(?:(?:Stimmen\s{1,3})?[Dd]afür|(?:Stimmen\s{1,3})?[Dd]agegen|Enth\.|Stimmenthaltung(?:en)?|Enthaltung(?:en)?)\s{0,3}:|"
    r"^(?:davon\s+)?(?:Ja|Nein)-?Stimmen\b|^Abgegebene\s+(?:und\s+gültige\s+)?Stimmen\b|"  # an election's result block
    r"^(?:Gesetzliche\s+(?:An)?[Zz]ahl\s+der\s+(?:Mitglieder|Stimmberechtigten)|Anwesende\s+Stimmberechtigte|Zahl\s+der\s+anwesenden\s+Mitglieder)\b|"  # a vote block's first line
    r"^(?:Die|Das)\s+(?:\w+\s+){0,2}(?:Wahl|Abstimmung|Auszählung)\s+(?:ergibt|ergab|brachte|hat)\s+(?:folgendes|das\s+folgende)\s+Ergebnis|"  # "dafür:   7  (3 CDU, 4 SPD)" one line per vote kind
    r"^(?:Der\s+Beschluss|Die\s+Abstimmung|Die\s+Beschlussfassung)\s+(?:erfolgte|erfolgt|erging|ergeht|wurde|wird|war|ist|fiel)\s+(?:\w+\s+)?(?:einstimmig|mehrheitlich|einmütig)"
)
# a clock time on a line of its own ("19:00", "- 20:24" in a live ticker) is no tally
CLOCK_LINE = re.compile(r"\s{0,3}[-–•]?\s{0,3}(?:[01]?\d|2[0-3]):[0-5]\d(?:\s{0,2}Uhr)?\s{0,3}\.?\s{0,3}")
# a legend of the minutes' vote notation ("15 Stimmen = einstimmig"): no vote
LEGEND = re.compile(r"\s{0,3}\d{1,3}\s{1,3}(?:Ja-)?Stimmen\s{0,3}=")
BARE_TALLY = re.compile(r"\s{0,3}\d{1,3}\s{0,2}(?::\s{0,2}\d{1,3}(?:\s{0,2}:\s{0,2}\d{1,3})?|/\s{0,2}(?:0|[1-9]\d{0,2})\s{0,2}/\s{0,2}(?:0|[1-9]\d{0,2}))\s{0,3}\.?\s{0,3}$")
RESULT_HEADING = re.compile(r"(?m)^[ \t]{0,3}(?:Abstimmungsergebnis|Ergebnis\s{1,3}(?:der\s{1,3})?Abstimmung|Abstimmung|Ergebnis|Wahlergebnis|Beschluss|Beschlussergebnis|Abstimmungsverhalten|Beschlussempfehlung\s{1,3}an\s{1,3}(?:den|die|das)\s{1,3}[\wäöüß-]{3,40})\s{0,3}:?[ \t\u00a0]*(?:\n[ \t\u00a0]*)+\Z")
LABEL_CELL = re.compile(r":\s{0,3}\|\s{0,3}(?=\d)")
TABLE_CELLS = re.compile(r"\|\s{0,3}\d{1,3}\s{0,3}\|")  # a per-faction table row: counts in cells
PIPE_VOTE = re.compile(r"\b(?:Ja|Nein|Enthaltung)")  # a vote label in a table row
COUNT_NEAR_START = re.compile(
    r"\b\d{1,3}\s{0,2}(?:Ja|Nein)\b|\b(?:Ja|Nein)(?:-Stimmen)?\s{0,2}[:=]?\s{0,2}\d{1,3}\b|\b\d{1,3}\s{0,2}:\s{0,2}\d{1,3}\s{0,2}(?:Stimmen|$)|"
    r"^\s{0,3}(?:0|[1-9]\d{0,2})\s{0,2}/\s{0,2}(?:0|[1-9]\d{0,2})\s{0,2}/\s{0,2}(?:0|[1-9]\d{0,2})\s{0,3}\.?\s{0,3}$"  # "8/0/0" alone on its line: for, against, abstaining (not "12/03/24")
)
PASSIVE_OUTCOME = re.compile(
    r"\b(?:wird|werden|wurde|wurden|ist|sind)\b[^;]{0,160}?\b(?:angenommen|abgelehnt|beschlossen|zur\s+Kenntnis\s+genommen|"
    r"vertagt|abgesetzt|verwiesen|überwiesen|zurückgestellt|zurückgezogen|erledigt|zugestimmt|gebilligt|genehmigt|bestätigt|gewählt|bestellt|ernannt|entsandt|empfohlen|verschoben|festgestellt|geändert|erweitert|erteilt|versagt|vergeben|beauftragt|befürwortet|anerkannt|aufgenommen|bewilligt|stattgegeben|verabschiedet|wiedergewählt|berufen|durchgewunken|gefasst|unterstützt|von\s+der\s+Tagesordnung\s+(?:genommen|gestrichen))\b"
)
# a rate or fee set by a vote ("Nach kurzer Diskussion werden einstimmig die Steuersätze … festgesetzt"); without the vote word,
# "festgesetzt" is as often another authority's act that the minutes report ("Die Kreisumlage wurde … festgesetzt")
VOTED_SETTING = re.compile(r"\b(?:wird|werden|wurde|wurden)\s+(?:[\w-]+\s+){0,3}?(?:einstimmig|mehrheitlich|einmütig|einvernehmlich)\b[^.;]{0,160}?\bfestgesetzt\b")
# a passive at the end of a subordinate clause ("..., sodass Frau X mit elf Ja-Stimmen gewählt wurde")
VERB_FINAL_PASSIVE = re.compile(
    r"\b(?:angenommen|abgelehnt|beschlossen|gewählt|wiedergewählt|bestellt|ernannt|entsandt|genehmigt|bestätigt|verabschiedet|gefasst)\s+(?:wurde|wurden|wird|werden)\b"
)
# the participle first ("Beschlossen wurde die Schaffung ...", "Zu Stellvertretern gewählt wurden X und Y")
FRONTED_PARTICIPLE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:[Bb]eschlossen|[Aa]ngenommen|[Aa]bgelehnt|[Gg]ewählt|[Ww]iedergewählt|[Vv]erabschiedet|[Gg]enehmigt|[Vv]ertagt|[Ff]estgelegt|"
    r"[Aa]uf\s+den\s+Weg\s+gebracht|[Aa]bgesegnet)\s+(?:wird|werden|wurde|wurden|ist|sind)\b"
)
# the agenda extended ("Die Tagesordnung wird um die TOP „…“ und „…“ ergänzt; diese werden als TOP 7 und 8 eingefügt")
AGENDA_CHANGED = re.compile(r"^(?:Die\s+)?(?:geänderte\s+)?Tagesordnung\s+(?:wird|wurde)\b[^.;]{0,200}\b(?:ergänzt|erweitert)\b")
# a motion that failed, told with "gescheitert" and the motion as the subject (not "Die Suche ... ist gescheitert", not
# "Gescheitert sind wir mit unserem Antrag": the group that moved it, whose motion a later sentence settles)
FAILED_MOTION = re.compile(
    r"^(?:Gescheitert\s+(?:ist|sind|war|waren)\s+(?:auch\s+|zudem\s+|dagegen\s+|jedoch\s+)?(?:der|die|das|ein|eine)\s|(?:Der|Die|Das)\s[^,.;:]{0,80}?\b(?:ist|sind|war|waren)\s+(?:damit\s+|somit\s+|also\s+)?gescheitert\s{0,3}[.;]?\s{0,3}$)"
)
# the majority a vote needed, missed: the motion failed
MISSED_MAJORITY = re.compile(r"\b(?:erforderliche|notwendige|nötige|benötigte)\s+(?:\w+\s+)?\w*[Mm]ehrheit\b[^.;]{0,100}\b(?:nicht\s+erreicht|verfehlt)")
# a list bullet before a result line or sentence ("• Abstimmung (32/10/1)", "• Vertagt"), or a table's cell border
# ("| Abstimmungsergebnis: | einstimmig beschlossen |")
BULLET = re.compile(
    r"^(?:[•·▪◦*]|[-–—=]{1,2}>|[→⇒➔]|[(|](?=\s{0,2}(?:Abstimmung|Abstimmungsergebnis|Ergebnis|[Ee]instimmig|[Mm]ehrheitlich)\b))\s{0,6}|"
    # a numbered point of a resolution ("1. Die Gebührensatzung wird beschlossen.", "b) Der Antrag ..."), not a date ("12. Mai")
    r"^(?:\d{1,2}[.)]|[a-h]\))\s{1,3}(?=(?:Der|Die|Das|Dem|Den)\s)"
)  # also an arrow ("-> Antrag abgelehnt")


def unbulleted(text: str) -> str:
    """BULLET.sub("", text), without the scan: every branch of BULLET is anchored at the start ("^", no MULTILINE)
    and none matches empty, so the only match there can be is at 0 (sub tried the pattern at every character,
    ~1.5 µs a sentence). The text itself when there is none, as sub returns it."""
    m = BULLET.match(text)
    return text if m is None else text[m.end() :]


NUMBERED = re.compile(r"\s{0,3}(?:\d{1,2}[.)]|[a-h]\))\s")  # a numbered point of a list
ENUM_POINT = re.compile(r"(?:\d{1,2}[.)]|[a-h]\))\s{1,3}(?=(?:Der|Die|Das|Dem|Den)\s)")  # (the numbered point of BULLET)
# a result line without a finite verb, a paragraph of its own: "Antrag abgelehnt", "TOP 12 abgesetzt", "einstimmig zur
# Kenntnis genommen", "Bauantrag Feldweg 3: Einvernehmen erteilt (9/0/0)"
VERBLESS_RESULT = re.compile(
    r"(?:[^\n:.;!?]{2,60}:\s{1,3})?"
    r"(?:(?:TOP|Punkt|Tagesordnungspunkt)\s{1,3}\d{1,3}[a-z]?\s{1,3}|(?:Der|Die|Das)\s{1,3}[A-ZÄÖÜ][\w-]*\s{1,3}|(?:[A-ZÄÖÜ][\w./§-]*\s{1,3}(?:\d{1,4}\s{1,3})?){1,3})?"
    r"(?:(?i:einstimmig|mehrheitlich|einvernehmlich|ungeändert|geändert|ohne\s{1,3}Gegenstimmen?|ohne\s{1,3}Aussprache|wie\s{1,3}vorgeschlagen)\s{1,3}){0,2}"
    r"(?:zur\s{1,3}Kenntnis\s{1,3}genommen|angenommen|abgelehnt|beschlossen|genehmigt|vertagt|abgesetzt|zurückgestellt|zurückgezogen|"
    r"verwiesen|überwiesen|erteilt|versagt|zugestimmt|befürwortet|gebilligt|bestätigt|gewählt)"
    r"\s{0,3}[.!]?\s{0,3}(?:\((?!\s{0,3}(?:siehe|s\.|vgl\.))[^()\n]{1,40}\)\s{0,3}\.?)?\s{0,3}"  # not "(siehe TOP 3)": decided there
)
NO_COUNTER_VOTES = re.compile(
    r"(?:Es\s+)?(?:gibt|gab)\s+(?:es\s+)?keine\s+Gegenstimmen?\b|Gegenstimmen\s+(?:gibt|gab)\s+es\s+keine\b|"
    r"(?:Es\s+)?(?:erhebt|erhob)\s+sich\s+kein(?:en)?\s+Widerspruch\b"  # the answer to the chair's "Widerspruch?"
)
# what a body decides on: a passive outcome about one of these is a decision wherever the sentence starts
DECIDED_THING = re.compile(
    r"\b(?:Antrag|Anträge|Änderungsantrag|Vorlage|Beschlussvorlage|Beschlussvorschlag|Beschlussfassung|Beschlussempfehlung|Niederschrift|"
    r"Niederschriften|Protokoll|Tagesordnung|Tagesordnungspunkte?|Baugesuch|Bauantrag|Bauvoranfrage|Einvernehmen|Satzung|Haushalt\w*|"
    r"Empfehlung|Dringlichkeit|Wahl|Vergabe|Auftrag|Änderung|Änderungen|Bebauungsplan\w*|TOP|Punkt|Vorschlag|Stellvertreter\w*|"
    r"Vorsitzende\w*|Ortsvorsteher\w*|Beschluss|Beschlüsse|Beschlussempfehlungen|Vorlagen|Resolution|TO|Vorschläge)\b|"
    r"\b[A-ZÄÖÜ][a-zäöüß]{2,30}(?:antrag|anträge|vorlage|vorlagen|vorschlag|vorschläge|satzung|ordnung|vorsitzende[nr]?|vorsteher(?:in)?)\b"  # "Änderungsvorschläge", "Kreistagsvorsitzende"
)
# "Es wurde beschlossen, ...", "Dem Antrag wurde entsprochen.", "Der Vorschlag fand keine Mehrheit."
IMPERSONAL_DECISION = re.compile(
    r"^(?:Es\s+wurde\s+(?:einstimmig\s+|mehrheitlich\s+)?(?:beschlossen|festgelegt|vereinbart)|Dem\s+Antrag\s+wurde\s+(?:nicht\s+)?entsprochen)|"
    r"^(?:Außerdem|Ferner|Zudem|Weiterhin|Einvernehmlich|Einstimmig|Mehrheitlich)\s+wurde\s+(?:\w+\s+)?(?:beschlossen|festgelegt|vereinbart)\b|"
    r"^(?:Keine|Eine)\s+(?:\w+\s+)?(?:Mehrheit|Zustimmung)\s+(?:fand|fanden|findet|finden)\b|"
    r"^(?:(?:Breite|Große|Einhellige|Allgemeine|Einstimmige)\s+)?Zustimmung\s+(?:fand|fanden|findet|finden)\b|"  # "Zustimmung fand auch der Antrag der X"
    r"^(?:Somit|Damit|Folglich|Demnach)\s+(?:ist|sind|wurde|wurden|wird|werden)\b[^.]{0,160}\b(?:gewählt|angenommen|abgelehnt|beschlossen|genehmigt)\b|"
    r"^(?:Die\s+|Eine\s+)?(?:(?:große|knappe|breite|klare|deutliche|überwältigende)\s+)?Mehrheit\b[^.]{0,80}\b(?:stimm(?:t|te|en|ten)\s+(?:für|gegen|zu)|votier(?:t|te|en|ten)\s+(?:für|gegen)|"
    r"unterstützt(?:e|en)?|befürwortet(?:e|en)?|folgt(?:e|en)?|lehnt(?:e|en)?\b[^.]{0,80}\bab|"  # "Eine deutliche Mehrheit des Rates unterstützte den Antrag."
    r"(?:hat|haben|hatte|hatten)\s+sich\b[^.]{0,80}?\b(?:für|gegen)\b[^.]{0,160}?\bausgesprochen)\b|"  # "Die Mehrheit des Ausschusses hat sich für den Antrag ausgesprochen"
    # a group named as the only dissent: the rest carried it ("Lediglich die XY stimmte dagegen", "Nur die XY hat dagegen gestimmt")
    r"^(?:Lediglich|Nur|Allein|Einzig)\s[^.,;]{1,60}?\s(?:(?:hat|haben|hatte|hatten)\s+(?:\w+\s+)?dagegen\s+(?:gestimmt|votiert)|(?:stimmte|stimmten|stimmt|stimmen|votierte|votierten)\s+(?:\w+\s+)?dagegen)\b|"
    # a motion that failed, the body unnamed ("Mit ihrem Antrag scheiterte die Fraktion.", "Der Antrag scheiterte knapp.")
    r"\b(?:Antrag|Anträge|Änderungsantrag|Vorschlag|Vorstoß|Beschlussvorschlag)\b[^.]{0,80}?\b(?:scheiterte|scheiterten|scheitert)\b|"
    r"\b(?:war|ist|waren|sind)\s+(?:ein|eine|der|die|das|sein|seine|ihr|ihre|dieser|diese)\s+(?:[\w-]+\s+)?(?:Antrag|Anträge|Änderungsantrag|Vorschlag|Vorstoß|Beschlussvorschlag)\b[^.]{0,80}?\bgescheitert\b|"
    r"^(?:Der|Die|Das|Sein|Seine|Ihr|Ihre)\s+(?:[\w-]+\s+)?(?:Antrag|Anträge|Änderungsantrag|Vorschlag|Vorstoß|Beschlussvorschlag)\b[^.]{0,80}?\b(?:ist|war|sind|waren)\s+(?:[\w-]+\s+){0,3}?gescheitert\b|"
    # the motion's fate told from the motion's side ("Bei der Abstimmung fand der Antrag keine Mehrheit", "galt ihr
    # Vorstoß als abgelehnt", "Die Ortsratsmehrheit schloss sich der Verwaltung an")
    r"\b(?:fand|fanden|findet|finden)\s+(?:[\w-]+\s+){0,2}?(?:\w*[Aa]ntr(?:a|ä)g\w*|Vorschl(?:a|ä)g\w*|Vorstoß|Beschlussvorschlag|Vorlage)\b[^.;:]{0,80}?\bkeine\s+(?:[\w-]+\s+)?Mehrheit\b|"
    r"\b(?:gilt|galt|gelten|galten)\s+(?:[\w-]+\s+){0,4}?als\s+(?:abgelehnt|angenommen)\b|"
    r"^(?:(?:Doch|Aber|Schließlich|Am\s+Ende|Letztlich)\s+)?(?:die|eine)\s+(?:(?:große|knappe|breite|klare|deutliche)\s+)?[\w-]*[Mm]ehrheit\s+(?:[\w-]+\s+){0,3}?(?:schloss|schlossen|schließt|schließen)\s+sich\b[^.;]{0,120}?\ban\b|"
    r"\b(?:scheiterte|scheiterten|scheitert)\b[^.]{0,60}?\bmit\s+(?:\w+\s+){0,2}?(?:Antrag|Vorschlag|Vorstoß)\b|"
    # a person elected, passive, no article before the subject ("A und B wurden zu Beigeordneten gewählt")
    # (maybe after a leading clause: "Nachdem keine weiteren Vorschläge kommen, wird Frau X zur Schriftführerin gewählt")
    r"^(?:(?:Nachdem|Da|Weil|Als)\s[^;:.]{0,150}?,\s+)?[^,;:.]{0,120}?\b(?:wurde|wurden|wird|werden)\s+(?:(?!von\b|durch\b)[\w-]+\s+){0,4}?zu[mr]?\s+(?:[\w.-]+\s+){0,5}?(?:gewählt|wiedergewählt|ernannt|bestellt|berufen)\b|"
    # the office fronted ("Zum Schriftführer wurde schließlich X gewählt"), the most votes won ("Im zweiten Wahlgang
    # bekam X die meisten Stimmen")
    r"^(?:(?:Als|Und)\s+)?Zu[mr]\s+(?:[\w.-]+\s+){0,4}?(?:wurde|wurden|wird|werden)\s+(?:(?!von\b|durch\b)[\w.()-]+\s+){1,6}?(?:gewählt|wiedergewählt|ernannt|bestellt|berufen)\b|"
    r"\b(?:bekam|bekamen|bekommt|erhielt|erhielten|erhält)\s+(?:[\w-]+\s+){0,3}?die\s+meisten\s+(?:[\w-]+\s+)?Stimmen\b|"
    # handed on to another body to decide ("Die Vorlage wurde zur Beschlussfassung an den Kreistag weitergeleitet")
    r"\b(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+){0,3}?zur\s+(?:Entscheidung|Beschlussfassung)\s+(?:in|an)\s+(?:den|die|das)\s+[\w-]+\s+"
    r"(?:übertragen|verwiesen|überwiesen|weitergeleitet|weitergegeben)\b|"
    # a majority found, told in a relative clause ("..., die am Ende mit 14 Ja-Stimmen eine knappe Mehrheit fand")
    r"\b(?:eine|die)\s+(?:(?:deutliche|große|klare|knappe|breite)\s+)?Mehrheit\s+(?:fand|fanden)\b|"
    # the right to speak granted to a non-member: the body's vote ("Auf Antrag der X wurde dem Vertreter das Rederecht eingeräumt")
    r"\b(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+){0,8}?(?:das\s+)?Rederecht\s+(?:eingeräumt|erteilt|gewährt)\b|"
    # an earlier decision repealed ("Die Beschlüsse der letzten Sitzung wurden aufgehoben"; not "Die Sitzung wird aufgehoben")
    r"\b(?:Beschluss|Beschlüsse|Satzung|Verordnung|Sperrvermerk|Bebauungsplan\w*)\b[^.]{0,120}\b(?:wird|werden|wurde|wurden)\s+(?:[\w-]+\s+){0,4}?aufgehoben\b|"
    # failed on the votes of named groups ("Der Haushalt ist an den Stimmen von A und B gescheitert")
    r"\ban\s+den\s+Stimmen\s+(?:von|der|des)\b[^.]{0,120}?\b(?:scheitert|scheiterte|scheiterten|gescheitert)\b|"
    r"\b(?:scheitert|scheiterte|scheiterten|gescheitert)\b[^.]{0,60}?\ban\s+den\s+Stimmen\s+(?:von|der|des)\b|"
    r"\b(?:entscheidet|entschied)\s+(?:\w+\s+)?das\s+Los\b|"  # a tie settled by lot ("Am Ende entscheidet das Los für Frau X")
    r"\b(?:einigt|einigte|einigen|einigten)\s+man\s+sich\b|\bman\s+(?:einigt|einigte)\s+sich\b|"  # "Schließlich einigt man sich darauf, ..."
    r"\b(?:wurde|wird)\s+(?:[\w-]+\s+){0,5}?(?:zugestimmt|entsprochen|gefolgt)\b|"  # "Dem geänderten Vorschlag wird zugestimmt.", "Dem wird ohne Gegenstimme entsprochen."
    # an agreement without an agent after a fronted phrase ("Nach kurzer Aussprache wird vereinbart, die Planung ...")
    r"^(?:[\w-]+\s+){0,4}?(?:wird|wurde)\s+(?:(?:dann|daraufhin|schließlich|letztlich|anschließend|sodann)\s+)?(?:einstimmig\s+|einvernehmlich\s+|mehrheitlich\s+)?(?:vereinbart|festgelegt|beschlossen)\s{0,2},|"
    # ("Für diesen fand sich jedoch keine Mehrheit.")
    r"\b(?:fand|fanden|findet|finden)\s+(?:sich\s+)?(?:auch\s+|jedoch\s+|aber\s+|allerdings\s+|dann\s+)?(?:keine|eine|die)\s+(?:\w+\s+)?(?:Mehrheit|Zustimmung)\b"
)
GENERAL_CONSENT = re.compile(
    # the chair's question put to the vote and answered ("Dies wird einstimmig verneint."), a proposal carried out
    # without objection ("Ohne Widerspruch wird so verfahren.")
    r"(?i)^(?:Dies|Das|Diese\s+Frage|Die\s+Frage(?:,\s+ob\b[^.;]{0,150}?,)?)\s+(?:wird|wurde)\s+(?:[\w-]+\s+){0,2}?(?:einstimmig|mehrheitlich|einmütig|einhellig)\s+(?:verneint|bejaht)\b|"
    r"^(?:Ohne\s+Widerspruch|Ohne\s+Gegenstimmen?|Einvernehmlich|Einstimmig|Einmütig|Es)\s+(?:wird|wurde)\s+so\s+verfahren\b|"
    r"\bgilt\s+(?:somit\s+|damit\s+|daher\s+|hiermit\s+)?als\s+(?:genehmigt|angenommen|beschlossen)|"
    r"\bgelten\s+(?:somit\s+|damit\s+|daher\s+)?als\s+(?:genehmigt|angenommen|beschlossen)|"
    r"\b(?:gibt\s+es|bestehen|werden|wurden)\s+keine\s+(?:Einwände|Einwendungen|Einsprüche)|\bkeine\s+(?:Einwände|Einwendungen)\s+(?:gegen|zu)\b|"
    r"^(?:Einwände|Einwendungen|Einsprüche|Bedenken|Widerspruch)\b[^.]{0,100}\b(?:werden|wurden|wird|wurde)\b[^.]{0,40}\bnicht\s+erhoben\b|"
    # consent to what was proposed or put before the body ("Über diesen Vorschlag herrscht Einvernehmen.", "Mit der
    # Tagesordnung besteht Einverständnis.")
    r"^(?:Über|Mit|Zu|Hinsichtlich)\s[^.]{0,120}\b(?:herrscht|herrschte|besteht|bestand)\s+(?:allgemeines\s+|volles\s+)?(?:Einvernehmen|Einverständnis)\b|"
    # a vote said to be unanimous without its outcome word ("Über die Mitglieder des Wahlausschusses wird einstimmig abgestimmt.")
    r"^(?:Über|Darüber)\b[^.;]{0,120}\b(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+){0,2}?(?:einstimmig|einmütig|einhellig)\s+abgestimmt\b"
)
# the council system's header line that carries the status among other fields ("Gremium: Hauptausschuss Beschlussart: vertagt")
HEADER_STATUS = re.compile(r"\bBeschlussart\s{0,3}:\s{0,3}(?:ungeändert\s+|geändert\s+|einstimmig\s+|mehrheitlich\s+)?(?:beschlossen|angenommen|abgelehnt|vertagt|verwiesen|zurückgestellt|zurückgezogen|abgesetzt|zur\s+Kenntnis\s+genommen|Kenntnis\s+genommen)\b", re.IGNORECASE)
# the chair states or declares the result ("stellt fest, dass der Antrag damit angenommen ist", "erklärt die Niederschrift als genehmigt")
STATED_RESULT = re.compile(
    r"\bstell(?:t|te|en|ten)\b[^.]{0,40}\bfest,?\s+dass\b[^\n]{0,250}?\b(?:angenommen|abgelehnt|beschlossen|gewählt|zurückgestellt|vertagt|genehmigt)\b"
    r"[^.]{0,60}?\b(?:ist|sind|wird|werden|wurde|wurden|worden)\b|"
    r"\berklär(?:t|te|en|ten)\b[^.]{0,120}\b(?:als|für)\s+(?:einstimmig\s+|mehrheitlich\s+)?(?:genehmigt|angenommen|beschlossen|gewählt|abgelehnt)\b|"
    r"\bstell(?:t|te)\b[^.]{0,60}\b(?:[Ee]invernehmen|Einverständnis|Einstimmigkeit)\b[^.]{0,40}\bfest\b|"  # "stellt Einvernehmen im Gremium fest"
    r"\bstell(?:t|te)\s+(?:die\s+|dessen\s+|deren\s+)?Zustimmung\s+(?:des|der)\s+[^.;]{0,100}?\bfest\b"  # "stellt die Zustimmung des Gemeinderats zu ... fest"
)
# the decision as an attributive participle with its vote ("die einstimmig beschlossene Resolution")
NOMINAL_DECISION = re.compile(r"\b(?:einstimmig|einmütig|mehrheitlich)\s+(?:beschlossene|verabschiedete|angenommene|abgelehnte)[nrms]?\s+[A-ZÄÖÜ]")
# the score alone, the vote or its result as the subject ("Die Abstimmung ging 9:6 aus", "Das Ergebnis ist bekannt: 10:7 für X")
SCORE_ONLY = (
    r"^(?:Die|Das)\s+(?:[\w-]+\s+)?(?:Abstimmung|Abstimmungsergebnis|Wahl|Wahlergebnis|Ergebnis|Votum)\b[^.\n]{0,60}?"
    r"(?:\b(?:ging|endete|lautete|lautet|stand|steht|fiel|lag|war|ist)\s+(?:\w+\s+){0,2}?|:\s{0,3})\d{1,3}\s{0,2}:\s{0,2}\d{1,3}(?![\d:,]|\.\d|\s{0,3}Uhr)"
)
_SCORE_ONLY = re.compile(SCORE_ONLY)
# the branches of NARRATED_RESULT that need "Einstimmig", "Einmütig" or "Mehrheit" (as written: the regex is case-sensitive)
_NARRATED_BY_VOTE_WORD = (
    # the vote word first, then the verb with the deciders after it, maybe after a lead-in with a colon
    r"^(?:[^.:\n]{0,150}:\s{1,3})?(?:Einstimmig|Einmütig|Mehrheitlich)\s+(?:verabschiede(?:t|te|ten|n)|beschlo(?:ss|ß)(?:en)?|beschlie(?:ß|ss)(?:t|en)|"
    r"billig(?:t|te|ten|en)|genehmig(?:t|te|ten|en)|wähl(?:t|te|ten|en)|bestätig(?:t|te|ten|en)|stimm(?:t|te|ten|en)|lehn(?:t|te|ten|en))\s+(?:der|die|das|den)\s|"
    # a majority there was ("Auch für die folgende Beschlussvorlage gab es eine große Mehrheit und nur eine Gegenstimme")
    r"^[^.;:]{0,80}?\b(?:gab|gibt)\s+es\s+(?:eine|die)\s+(?:(?:große|breite|klare|knappe|deutliche|satte|überwältigende)\s+)?Mehrheit\b|"
    r"^(?:[\w-]+\s+)?(?:eine|die)\s+(?:(?:große|breite|klare|knappe|deutliche|satte|überwältigende)\s+)?Mehrheit\s+(?:gab|gibt)\s+es\b"  # "Ebenfalls eine Mehrheit gab es dann für ..."
)
_NARRATED_FIRST = (
    r"^(?:Einstimmig|Einmütig|Mehrheitlich|Ohne\s+Gegenstimmen?)\s+(?:verlief|verläuft|erfolgte|erfolgt|erging|ergeht|endete|fiel)\s+(?:die|der|das)\s+(?:[\w-]+\s+)?"
    r"(?:Wahl|Wiederwahl|Abstimmung|Beschluss|Beschlussfassung|Entscheidung|Votum)\b|"
    r"^(?:Der\s+Beschluss|Die\s+(?:Abstimmung|Beschlussfassung|Entscheidung|Wahl|Wiederwahl))\b[^.]{0,120}?\b(?:erfolgte|erfolgt|erging|ergeht|fiel|fällt|verlief|verläuft|endete)\s+"
    r"(?:\w+\s+)?(?:einstimmig|einmütig|mehrheitlich|knapp|deutlich|eindeutig)\b|"
    + SCORE_ONLY
)
# an election won against another candidate ("Als Sprecher konnte sich X (AB) gegen Y (CD) durchsetzen")
_NARRATED_LAST = r"^(?:Als|Zum|Zur)\s[^.;:]{0,60}?\b(?:konnte|konnten)\s+sich\b[^.;:]{0,120}\bgegen\b[^.;:]{0,80}\bdurchsetzen\b"
NARRATED_RESULT = re.compile(_NARRATED_FIRST + "|" + _NARRATED_BY_VOTE_WORD + "|" + _NARRATED_LAST)
# (narrated_result: the branches that need a vote word, apart; the others in their order)
_NARRATED_OTHERS, _NARRATED_VOTE_WORD_FIRST = (
    precompiled.compile(_NARRATED_FIRST + "|" + _NARRATED_LAST), precompiled.compile(_NARRATED_BY_VOTE_WORD)
)


def narrated_result(text: str) -> bool:
    """Whether NARRATED_RESULT matches at the start of text. Its branches that need "Einstimmig", "Einmütig" or
    "Mehrheit" are tried only on a text that holds one (three substring tests in C): one of them, a lazy run of up
    to 80 characters with a word-boundary test at each, cost more than all the others together. The alternation
    matches exactly when one of its branches does."""
    if _NARRATED_OTHERS.match(text) is not None:
        return True
    return ("Mehrheit" in text or "Einstimmig" in text or "Einmütig" in text) and _NARRATED_VOTE_WORD_FIRST.match(text) is not None


VOTE_WORDS = re.compile(
    r"\b(?:[Ee]instimmig|[Ee]inmütig|[Mm]ehrheitlich|Gegenstimmen?|Enthaltung(?:en)?|Ja-Stimmen|Nein-Stimmen|Stimmen)\b|"
    # "mit knappster Mehrheit", "mit Stimmenmehrheit": the vote, not a majority group
    r"\b[Mm]it\s+(?:(?:großer|knapper|knappster|breiter|deutlicher|klarer|überwältigender|absoluter|einfacher|satter|hauchdünner)\s+)?(?:Mehrheit|Stimmenmehrheit|Stimmmehrheit)\b"
)
TURN_KINDS = ("speech", "label")
# the body named short, as its subject deciding ("Die Vertretung nimmt …", "Die Versammlung beschließt …"); not a
# body noun of its own (as a suffix it would make "Elternvertretung" a body)
_SHORT_BODY = re.compile(
    r"(?:Die|Der)\s+(?:Vertretung|Versammlung)\s+(?:nimmt|nahm|beschließt|beschloss|stimmt|stimmte|lehnt|lehnte|billigt|billigte|empfiehlt|empfahl|wählt|wählte)\b"
)
# the outcome of the motion a member just moved, in a clause of the same sentence
MOTION_SETTLED = re.compile(
    r",\s+(?:dieser|der|diesem|dem)\s+(?:Antrag|Vorschlag|Änderungsantrag|Geschäftsordnungsantrag)\s+(?:wurde|wird)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:angenommen|abgelehnt|zugestimmt|stattgegeben|entsprochen|gefolgt)\s{0,3}[.!]?\s{0,3}$"
)
# a candidate who won a vote by a tally ("X setzte sich im Wahlgang mit 17 zu 5 Stimmen gegen Y durch"): an election, even where
# the name made the sentence look like a turn
WON_VOTE = re.compile(
    r"\bsetz(?:t|te|ten|en)\s+sich\b[^.]{0,80}?\bmit\s+(?:\d{1,3}|\w+)\s+(?:zu|gegen|:)\s+(?:\d{1,3}|\w+)\s+Stimmen\b[^.]{0,80}?\bdurch\b"
)
# a sentence that adds another decision ("Außerdem hat der Stadtrat ... beschlossen", "Weiterhin wurde ... genehmigt")
NEXT_DECISION = re.compile(r"(?:Außerdem|Ferner|Zudem|Weiterhin|Darüber\s+hinaus|Anschließend|Danach|Des\s+Weiteren|Ebenfalls|Auch)\s+(?:hat|haben|hatte|wurde|wurden|wird|werden|beschlo(?:ß|ss)|beschlie(?:ß|ss)t|stimmt|stimmte|genehmigt|genehmigte|wählt|wählte)\b")
# a member who recalls or comments on a vote ("erinnert daran, dass ...", "kritisiert, dass ..."), not the chair's declaration
RECALLED_VOTE = re.compile(
    r"\b(?:erinnert|erinnerte|berichtet|berichtete|weist|wies|verweist|verwies|erläutert|erläuterte|kritisiert|kritisierte|"
    r"bemängelt|bemängelte|bedauert|bedauerte|moniert|monierte|betont|betonte|beklagt|beklagte)\b[^.]{0,80}\bdass\b"
)
# the body's commission that a resolution carries ("Die Verwaltung wird beauftragt, ...")
COMMISSIONED = re.compile(r"(?:Der|Die|Das)\s+(?:[\w-]+\s+){0,3}?(?:wird|wurde|werden|wurden)\s+(?:[\w-]+\s+)?beauftragt\b")
# someone who reports what was decided, the outcome only in the "dass" clause (a turn's sentence: RECALLED_VOTE)
REPORTED_THAT = re.compile(
    r"^[^,.;:]{0,80}?\b(?:informiert|informierte|berichtet|berichtete|erinnert|erinnerte|verweist|verwies)\b[^,.;:]{0,40},\s+dass\b"
)
# a member or group who moves or proposes ("Er beantragt, ... zu vertagen", "schlägt vor, den Punkt zurückzustellen")
MOVED = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:beantragt|beantragte|schlägt|schlug|regt|regte|bittet|bat|fordert|forderte)\b"
    r"(?![^.]{0,200}\b(?:wird|wurde|werden|wurden)\s+(?:\w+\s+){0,3}?(?:angenommen|abgelehnt|beschlossen|zugestimmt|entsprochen)\b)"
)
# the chair's words in a verbatim record: "Das ist die Mehrheit.", "Das ist einstimmig so beschlossen."
VERBATIM_RESULT = re.compile(
    r"^(?:Das|Dies)\s+ist\s+(?:die\s+(?:große\s+|klare\s+|überwiegende\s+)?Mehrheit|einstimmig|mehrheitlich)\b|"
    # the chair's closing formula, a short sentence ("Damit so beschlossen.", "Dann ist das so angenommen.")
    r"^(?:(?:Damit|Dann|Somit|Also)\s+)?(?:(?:ist|sind)\s+)?(?:(?:das|dies|es)\s+)?(?:(?:ist|sind)\s+)?(?:einstimmig\s+|mehrheitlich\s+)?so\s+"
    r"(?:beschlossen|angenommen|abgelehnt|genehmigt)\s{0,3}[.!]?\s{0,3}$"
)
# what the result amounts to, told as a state ("Der Antrag ist in den Ausschuss überwiesen.")
STATIVE = re.compile(r"^(?:Der|Die|Das)\s+(?:[\w-]+\s+){0,3}?(?:ist|sind)\s+(?:[\w-]+\s+){0,8}?(?:angenommen|abgelehnt|beschlossen|überwiesen|verwiesen|vertagt|zurückgestellt)\s{0,3}\.?\s{0,3}$")
# members counted by how they voted ("Zehn Mitglieder votierten gegen ihn.", "Fünf stimmten dafür, einer dagegen.")
COUNTED_VOTERS = re.compile(
    r"^(?:\d{1,3}|[A-ZÄÖÜ][a-zäöü]{2,12})\s+(?:[\w-]+\s+){0,2}?(?:stimmte|stimmten|stimmen|votierte|votierten|votieren)\s+(?:für|gegen|dafür|dagegen)\b|"
    r"^(?:\d{1,3}|[A-ZÄÖÜ][a-zäöü]{2,12})\s+(?:[\w-]+\s+){0,2}?enthielten\s+sich\b|"
    # the motion fronted ("Für den Änderungsantrag stimmen fünf Mitglieder, elf stimmen dagegen.")
    r"^Für\s+(?:den|die|das|diesen|diese|dieses)\s+(?:[\w-]+\s+){0,5}?(?:stimmte|stimmten|stimmt|stimmen|votierte|votierten)\s+(?:nur\s+|lediglich\s+)?(?:\d{1,3}|[a-zäöü]{3,12})\s|"
    # the side first, then the count ("Dagegen stimmten die 6 Mitglieder der X-Fraktion.", "Dafür stimmten 14 Ratsmitglieder.")
    r"^(?:Dafür|Dagegen)\s+(?:stimmte|stimmten|stimmt|stimmen|votierte|votierten)\s+(?:nur\s+|lediglich\s+)?(?:die\s+|alle\s+)?(?:\d{1,3}|[a-zäöü]{3,12})\s"
)
# the verb first ("... – am Ende stimmten 24 Ratsmitglieder dafür")
COUNTED_AFTER_VERB = re.compile(r"\b(?:stimmten|votierten)\s+(?:nur\s+|lediglich\s+)?(?:\d{1,3}|[a-zäöü]{3,12})\s+(?:[\w-]+\s+){0,3}?(?:dafür|dagegen|für\s+(?:den|die|das|ihn|sie)\b)")
# a vote told by its counts in narration: the plural voting verbs and "waren dafür/dagegen"
TOLD_TALLY = re.compile(r"\b(?:stimmten|votierten|enthielten\s+sich|waren\s+(?:dafür|dagegen))\b")
EQUALS_RESULT = re.compile(r"\(\s{0,2}=\s{0,2}(?:Annahme|Ablehnung)\b")  # "(= Annahme)" after a party-list vote
PARTY_VOTE_WORD = re.compile(r"\b(?:[Dd]afür|[Dd]agegen)\b")
_PARTY_CUES = cased_literals(PARTY_VOTE_WORD) or ("",)  # (none known: "" is in every text)
# a heading that names what is put to the vote next ("Abstimmung über den Änderungsantrag:")
VOTE_ON = re.compile(r"(?:Abstimmung|Abstimmungsergebnis|Beschlussfassung)\s{1,3}(?:über|zu[mr]?)\b")
# a vote block on an amendment ("Abstimmung über den Änderungsantrag der Gruppe X:") and the resolution label under it
AMENDMENT_VOTE = re.compile(r"\s{0,3}(?:Abstimmung|Abstimmungsergebnis)\s{1,3}(?:über|zu[mr]?)\s{1,3}(?:(?:den|die|das)\s{1,3})?(?:Änderungs|Ergänzungs|Zusatz)")
RESOLUTION_LABEL_LINE = re.compile(r"(?m)^[ \t]{0,3}Beschluss[ \t]*:[ \t]*$")
# a numbered (sub-)item heading after a blank line: "4.2 OA 215 – Antrag ...", "4. Vergabe Kommunaltraktor" (a line
# of its own, not a numbered point of a resolution, which ends in a full stop)
SUB_ITEM = re.compile(r"\s{0,3}\d{1,2}(?:\.\d{1,2})*\.?\s{1,3}[A-ZÄÖÜ][^\n]{0,150}[^.:;,\n][ \t]*\n(?=[A-ZÄÖÜ(])")


# the opening formula ("Die ordnungsgemäße Ladung und die Beschlussfähigkeit wurden festgestellt"), and reported
# speech ("Der Plan sei ... erarbeitet worden", "Der Magistrat solle beauftragt werden"): no decision
NOT_A_DECISION = re.compile(
    r"^(?:Die|Der|Das)\s[^.]{0,80}\b(?:Beschlussfähigkeit|Ladung|Einberufung|Einladung)\b[^.]{0,80}\bfestgestellt|"
    r"^(?:Der|Die|Das)\s(?:[\w-]+\s){0,4}?(?:sei|seien|solle|sollen|werde|werden\s+solle|habe|hätte|könne|müsse|muss|müssen|müsste|müssten)\b|"
    r"^(?:Überwiesen|Verwiesen)\s+(?:aus|von|durch)\b|"
    # what must or should still be decided, in reported speech ("Das Protokoll müsse erst verlesen und genehmigt werden")
    r"\b(?:müsse|müssen|müsste|müssten|solle|sollen|sollte|sollten)\b[^.;]{0,100}\b(?:genehmigt|beschlossen|abgestimmt|verabschiedet)\s+werden\b|"
    # a person bid farewell ("Verabschiedet wurde der bisherige Ortsvorsteher X", "Frau X wurde mit Dank verabschiedet"): not a law adopted
    r"^Verabschiedet\s+(?:wurde|wurden|wird|werden)\s+(?:auch\s+)?(?:der|die)\s+(?:bisherige[n]?|langjährige[n]?|scheidende[n]?|ehemalige[n]?|frühere[n]?|ausgeschiedene[n]?)\s|"
    r"^(?:Herr|Frau)\s[^.;]{0,60}?\b(?:wurde|wird)\s+(?:[\w-]+\s+){0,4}?verabschiedet\b|"
    # the tellers named ("Mit der Durchführung der Wahlhandlungen wurden die Ratsmitglieder X und Y beauftragt"): procedure,
    # not a decision on the item (a minute-taker "zum Schriftführer bestimmt" stays one, as the corpus's gold has it)
    r"^Mit\s+der\s+(?:Durchführung|Auszählung|Leitung)\s+der\s+(?:Wahl|Wahlen|Wahlhandlung(?:en)?|Stimmzählung|Abstimmung)\s+(?:wurde|wurden|wird|werden)\b[^.;]{0,160}\bbeauftragt\b|"
    # a person appointed or sworn in by another person ("Herr X wurde durch Herrn Y zum Verbandsvorsteher ernannt"): after the vote
    r"^(?:Herr|Frau)\s[^.;]{0,60}?\b(?:wird|wurde)\s+(?:[\w-]+\s+)?durch\s+(?:Herrn|Frau|den|die)\s[^.;]{0,80}\b(?:ernannt|vereidigt|verpflichtet|eingeführt)\b|"
    # the oldest member found ("X wird als ältestes Mitglied festgestellt"): who opens the constituent meeting, no vote
    rf"\b{OLDEST_MEMBER}[^.;]{{0,80}}\bfestgestellt\b|"
    # the person elected accepts ("Er nimmt die Wahl mit Freude an"): the elected's answer, the vote was before
    r"\b(?:nimmt|nahm|nehmen|nahmen)\s+(?:[\w-]+\s+){0,2}?(?:die|seine|ihre)\s+(?:Wahl|Wiederwahl)\b[^.;]{0,60}?\ban\b|"
    # a finding reported, not a determination made ("Es wurde festgestellt, dass die Gebühren 20 % der Kosten decken")
    r"^(?:Es\s+)?(?:wurde|wird|wurden|werden)\s+(?:[\w-]+\s+){0,2}?(?:festgestellt|hingewiesen|angemerkt|berichtet)\s{0,2},\s{0,2}dass\b|"
    # a speaker's reported plan in the Konjunktiv II ("Außerdem würden alle übrigen Vorlagen in die nächste Sitzung vertagt")
    r"^(?:[\w-]+\s+){0,2}?würden?\s(?:[^.;]|(?<=\d)\.){0,160}?\b(?:vertagt|verwiesen|überwiesen|beschlossen|angenommen|abgelehnt|zugestimmt|gewählt|verschoben)\b|"
    # one person recommending after another ("Auch er empfiehlt, die Neuregelung zunächst zu erproben"): a view, not the body's
    r"^(?:Auch|Ebenso|Zudem|Daher|Deshalb)\s+(?:er|sie)\s+(?:empfiehlt|empfahl)\b|"
    # a speaker's view in reported speech of what could or must be decided ("Ansonsten könne der Plan nicht mehr
    # beschlossen werden", "Einer Entlassung müsse wohl zugestimmt werden")
    r"^[^.;:]{0,80}?\b(?:könne|müsse|solle|dürfe|könnte|müsste|sollte|dürfte)\b[^.;:]{0,120}?\b(?:beschlossen|zugestimmt|abgelehnt|angenommen|genehmigt|vertagt|verwiesen|gewählt)\s+werden\b|"
    # reported speech with the participle first ("Empfohlen werde die Ersatzbeschaffung ...")
    r"^(?:[\w-]+\s+){0,2}?(?:[Ee]mpfohlen|[Bb]eschlossen|[Aa]ngenommen|[Aa]bgelehnt|[Gg]enehmigt|[Vv]ertagt|[Gg]eplant|[Vv]orgesehen|[Bb]eauftragt)\s+(?:werde|würde|sei|seien)\b|"  # where the item came from ("Überwiesen aus dem Hauptausschuss vom ...")
    # the opening formalities: invitation and quorum ("Es wird festgestellt, dass ordnungsgemäß geladen wurde", "Gegen Form
    # und Frist der Einladung werden keine Einwände erhoben")
    r"\b(?:beschlussfähig|Beschlussfähigkeit|ordnungsgemäß\s+(?:ein)?(?:ge)?laden|fristgerecht\s+(?:ein)?(?:ge)?laden)\b|"
    r"\b(?:Einladung|Ladung|Einberufung)\b[^.]{0,60}\b(?:Einwände|Einwendungen|Bedenken|erhoben)\b|"
    r"\b(?:verwies|verweist|verweisen)\s+(?:er|sie|\w+\s+)?auf\b|"  # pointing out ("verwies er auf das Gesetz"), not a referral
    # a reference to the papers ("Es wird verwiesen auf die Vorlage Nr. 12/3", "Auf die Anlage wird verwiesen"), not a referral
    r"\bverwiesen\s+auf\s+(?:die|den|das)\s+(?:[\w-]+\s+)?(?:Vorlage|Sitzungsvorlage|Beschlussvorlage|Drucksache|Anlage|Begründung|Stellungnahme|Niederschrift|Protokoll|Präsentation|Ausführungen)\b|"
    r"^(?:Auf|Es\s+wird\s+auf)\s+(?:die|den|das)\s+(?:[\w-]+\s+)?(?:Vorlage|Sitzungsvorlage|Beschlussvorlage|Drucksache|Anlage|Begründung|Stellungnahme|Niederschrift|Protokoll|Präsentation|Ausführungen)\b[^.;]{0,80}\bverwiesen\b|"
    r"\?|"  # a question
    # another record quoted ("Laut Protokoll heißt es: der Ausschuss nimmt ... zur Kenntnis"): what it says, not this meeting's decision
    r"^(?:Laut|Gemäß)\s+(?:dem\s+|der\s+)?(?:Protokoll|Niederschrift|Beschlussbuch)\b|\b(?:heißt|hieß|heiße|hieße)\s+es\b[^.:\n]{0,30}:|"
    r"\b(?:möge|mögen|wolle|wollen)\s+(?:[\w-]+\s+){0,3}?beschließen\b|"  # a motion's text ("Der Rat möge beschließen: ...")
    r"\b(?:wird|werden|ist|sind)\s+(?:[\w-]+\s+){0,2}?noch\s+(?:[\w-]+\s+){0,3}?(?:festgelegt|entschieden|beschlossen|bestimmt|abgestimmt)\b|"  # still to be settled
    r"\bnoch\s+nicht\s+(?:festgelegt|entschieden|beschlossen|abgestimmt)\b|"  # a council system's empty status ("Beschluss: noch nicht festgelegt")
    # what the law says ("Gemäß § 12 der Hauptsatzung beträgt die Amtszeit fünf Jahre."): a rule, not a vote
    r"^(?:Nach|Gemäß|Gem\.|Laut|Entsprechend)\s{1,3}§[^;:]{0,200}?\b(?:beträgt|betragen|gilt|gelten|besteht|bestehen)\b|"
    r"^(?:Zum\s+|Als\s+)?(?:Hintergrund|Rückblick)\s{0,3}:|"  # background told under its label ("Hintergrund: ... sind neu gewählt")
    r"^Dass\b|^Um\s[^,]{0,200}\bzu\s+\w+,|"  # a fronted "dass" clause (what was acknowledged) or purpose clause (what it takes)
    # no objection to the agenda or the last minutes: they stand as sent, nothing is put to the vote
    # (unless the sentence goes on to declare it adopted: "...; sie gilt damit als festgestellt")
    r"\b(?:Zur|Zum|Gegen\s+die|Gegen\s+das)\s+(?:Tagesordnung|Niederschrift|Sitzungsniederschrift|Protokoll)\b(?:[^.]|(?<=\d)\.){0,60}\bkeine\s+(?:Einwände|Einwendungen)\b(?![^.]{0,80}\b(?:gilt|gelten)\s+(?:[\w-]+\s+){0,2}?als\s+(?:festgestellt|genehmigt|angenommen|beschlossen|bestätigt)\b)|"
    r"^(?:Einwände|Einwendungen|Bedenken)\s+(?:gegen|zur)\s+(?:die\s+)?Tagesordnung\b"
    r"(?![^.]{0,120}\b(?:gilt|gelten)\s+(?:[\w-]+\s+){0,2}?als\s+(?:festgestellt|genehmigt|angenommen|beschlossen|bestätigt)\b)|"
    # the same for the last minutes ("Gegen das Protokoll liegen keine Einwände vor."), unless the result is drawn
    r"\bkeine\s+(?:Einwände|Einwendungen|Bedenken)\s+(?:gegen|zur|zu)\s+(?:die\s+|der\s+|das\s+|dem\s+)?(?:Niederschrift|Sitzungsniederschrift|Protokoll|Sitzungsprotokoll)\b(?![^.]{0,80}\b(?:gilt|gelten)\s+(?:[\w-]+\s+){0,2}?als\s+(?:genehmigt|angenommen|beschlossen|bestätigt)\b)|"
    # the future: a decision still to be taken ("Der Kreistag wird den Haushalt im März verabschieden.")
    r"\b(?:wird|werden)\b[^.;:]{0,120}?\b(?:beschließen|verabschieden|entscheiden|abstimmen|genehmigen|befinden)\s{0,3}[.!]?\s{0,3}$"
)
# agreeing to what was just proposed ("Der Rat ist damit einverstanden.", "Der Ausschuss stimmt dem Vorschlag zu.")
ASSENT = re.compile(
    r"\b(?:ist|sind|war|waren|erklärt\s+sich|erklärte\s+sich|erklären\s+sich)\s+(?:damit|hiermit|hierzu|hiermit\s+auch)\s+einverstanden\b|"
    r"\b(?:ist|sind|war|waren|erklärt\s+sich|erklärte\s+sich|erklären\s+sich)\s+mit\s+(?:diesem|dem|der|dieser)\s+(?:Vorschlag|Vorgehen|Verfahren|Vorgehensweise)\s+einverstanden\b|"
    r"\bstimm(?:t|en|te|ten)\s+(?:dem|diesem|dieser)\s+(?:Vorschlag\s+|Vorgehen\s+|Verfahren\s+)?zu\b|"
    r"\b(?:wird|wurde)\s+so\s+verfahren\b|"  # "Ohne Widerspruch wird so verfahren."
    r"^(?:Dieser|Diesem|Der|Dem)\s+Vorschlag\s+(?:wird|wurde)\s+(?:[\w-]+\s+){0,5}?(?:befürwortet|gefolgt|zugestimmt)\b"  # "Dieser Vorschlag wird von den übrigen Mitgliedern befürwortet."
)
PROPOSED_OUTCOMES = ("referred", "postponed", "withdrawn", "noted")
# what a resolution below "fasst folgenden Beschluss:" may decide other than to carry it
OPENED_OUTCOMES = ("rejected", "referred", "postponed", "withdrawn", "noted")
# a procedural motion carried does what it asks ("Dem Vertagungsantrag wird mehrheitlich gefolgt": postponed)
# the chair's call to vote right above a result block, with nothing but blank lines between
_VOTE_CALL_ABOVE = re.compile(r"\b(?:lässt|läßt|ließ)\b[^\n]{0,250}\babstimmen\s*[.:]?[ \t\u00a0]*(?:\n[ \t\u00a0]*)+\Z")
PROCEDURAL_MOTION = (
    (re.compile(r"\b(?:Vertagungs|Zurückstellungs|Absetzungs)(?:antrag|begehren|wunsch|vorschlag)|\bAntrag\s+auf\s+(?:Vertagung|Zurückstellung|Absetzung)\b"), "postponed"),
    (re.compile(r"\b(?:Verweisungs|Überweisungs|Rückverweisungs)(?:antrag|begehren|wunsch|vorschlag)|\bAntrag\s+auf\s+(?:Verweisung|Überweisung|Rückverweisung)\b"), "referred"),
    # the act itself agreed to ("Mit 4 zu 3 Stimmen wird der Zurückstellung zugestimmt."), not a time before ("Nach der Vertagung ...")
    (re.compile(r"(?<![Nn]ach\s)(?<![Ss]eit\s)(?<![Tt]rotz\s)\b(?:[Dd]er|[Dd]ie)\s+(?:Vertagung|Zurückstellung|Absetzung)\b"), "postponed"),
    (re.compile(r"(?<![Nn]ach\s)(?<![Ss]eit\s)(?<![Tt]rotz\s)\b(?:[Dd]er|[Dd]ie)\s+(?:Verweisung|Überweisung|Rückverweisung)\b"), "referred"),
)
# a vote sentence that only points back to the motion ("Dieser wird mehrheitlich angenommen.") and, in the
# sentence before it, a procedural motion moved in words ("beantragt, den Punkt zu vertagen")
POINTS_BACK = re.compile(r"(?:Dieser|Diesem|Dieses|Er|Dem|Darüber)\b")
PROCEDURAL_MOVED = (
    (re.compile(r"\b(?:beantrag\w*|Antrag)\b[^.]{0,120}?\b(?:Vertagung|vertagen|Zurückstellung|zurückzustellen|Absetzung|abzusetzen)\b"), "postponed"),
    (re.compile(r"\b(?:beantrag\w*|Antrag)\b[^.]{0,120}?\b(?:Verweisung|Überweisung|Rückverweisung|verweisen|überweisen|zurückzuverweisen)\b"), "referred"),
)
# a sentence that states what the preceding one amounts to ("Die Niederschrift gilt somit als genehmigt.", "Damit ist der Antrag abgelehnt.")
CONSEQUENCE = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:somit|damit|demnach|folglich|mithin)\b", re.IGNORECASE)
# the result drawn from the counts above, the adverb after the verb ("Die erforderliche Mehrheit … wurde somit nicht erreicht.")
DRAWN_RESULT = re.compile(r"\b(?:wurde|wird|ist|war|sind|waren|wurden)\s+(?:somit|damit|demnach|folglich|mithin)\b")
# the vote on what the sentence before said the body does ("Auf Antrag der X wird der Antrag in die Fraktionen verwiesen. Dies
# wird bei 4 Gegenstimmen beschlossen."): its counts, and the outcome stays the one stated before
CONFIRMED = re.compile(r"^(?:Dies|Das|Dieses|Dem|Diesem)\s+(?:wird|wurde)\s+(?:[\w-]+\s+|\([^()]{1,120}\)\s+){0,10}?(?:so\s+)?(?:beschlossen|zugestimmt|gebilligt)\s{0,2}\.?\s{0,3}$")
# a speaker who announces or proposes a list ("teilt Folgendes mit:", "weist darauf hin, dass ... vorgeschlagen wird:")
ANNOUNCE = re.compile(r"\bteilt(?:e)?\b[^:]{0,80}\bmit\b|\bweist\b[^:]{0,80}\bhin\b|\bvorgeschlagen\b|\bschlägt\b[^:]{0,80}\bvor\b")
LIST_ITEM = re.compile(r"\s{0,3}[-–•·▪*]\s")
HEADED = re.compile(r"[A-ZÄÖÜ][^\n.:;!?]{5,150}\n(?=(?:Der|Die|Das)\s)")  # a sentence under a heading line of its own
QUOTED = re.compile(r"\s{0,3}[„\"“»]")  # a quoted motion: the vote that follows is on it
# a member who reads out a motion ("bringt den Antrag ein und verliest den Antragstext:"): the quote after it is the motion
READS_OUT = re.compile(r"\b(?:verliest|verlas|zitiert|zitierte|liest|las|trägt|trug)\b[^.]{0,80}(?:\b(?:vor|Antragstext|Wortlaut|Antrag|Beschlussvorschlag))?[^.]{0,40}:\s*$")
# a report of what a body decided at an earlier meeting ("Der Hauptausschuss hat die Vorlage am 5. September
# einstimmig empfohlen"): background, not a decision of this meeting
_SUBORDINATE = r"(?:Nachdem|Als|Da|Weil|Obwohl|Wie|Wenn|Bevor|Sobald|Zwar|Seit|Seitdem)\b"
_DECIDED = (
    r"(?:beschlossen|genehmigt|abgelehnt|angenommen|vergeben|beauftragt|empfohlen|gewählt|zugestimmt|vertagt|verwiesen|überwiesen|"
    r"verabschiedet|bewilligt|festgelegt|festgesetzt|entschieden|befürwortet|zurückgestellt|abgesetzt)"
)
_MONTH = r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# a time before this meeting ("im Mai", "vor zwei Jahren", "in der letzten Sitzung"; not "in der letzten Sitzung des Jahres")
_PAST_TIME = (
    rf"\b(?i:(?:im|Anfang|Mitte|Ende)\s{{1,3}}{_MONTH}\b|im\s{{1,3}}(?:vergangenen|letzten|vorigen)\s{{1,3}}(?:Jahr|Monat|Herbst|Frühjahr|Sommer|Winter|Frühling)\b"
    r"|(?:vergangenen|letzten|vorigen)\s{1,3}Jahres\b"
    r"|(?:bereits|schon|Anfang|Mitte|Ende)\s{1,3}(?:19|20)\d{2}\b"
    r"|im\s{1,3}Vorjahr\b|(?:letztes|vergangenes|voriges)\s{1,3}Jahr\b|vor\s{1,3}(?:\w+\s{1,3})?(?:Jahren|Monaten|Wochen)\b|vor\s{1,3}einem\s{1,3}(?:Jahr|Monat)\b"
    r"|(?:im\s{1,3}Jahre?|seit)\s{1,3}(?:19|20)\d{2}\b|damals\b|seinerzeit\b"
    r"|in\s{1,3}(?:der|seiner|ihrer)\s{1,3}(?:letzten|vorigen|vergangenen|vorangegangenen|vorherigen)\s{1,3}Sitzung\b(?!\s{1,3}(?:des|der|vor|im|in)\b))"
)
_PAST_TIME_IN = re.compile(_PAST_TIME)
EARLIER_MEETING = re.compile(
    r"^(?:Der|Die|Das)\s[^.]{0,80}?\b(?:hat|hatte|haben|hatten)\b[^.]{0,80}?\b(?:am|vom)\s{1,3}\d{1,2}\.\s{0,2}(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)"
    r"|\bin\s{1,3}(?:seiner|ihrer)\s{1,3}(?:letzten\s{1,3})?Sitzung\s{1,3}(?:am|vom)\s{1,3}\d"
    r"|\b(?:hatte|hatten)\b[^.]{0,200}\b(?:zuvor|bereits|vorher|schon)\b|\b(?:zuvor|bereits|vorher|schon)\b[^.]{0,200}\b(?:hatte|hatten)\b"  # pluperfect
    r"|^(?:Der|Die|Das)\s(?:[^.]|(?<=\d)\.){0,120}?\b(?:ist|sind|war|waren)\b(?:[^.]|(?<=\d)\.){0,120}?\b(?:überwiesen|verwiesen|vorberaten|empfohlen|beauftragt)\s{1,3}worden\b"
    # the pluperfect in the main clause ("Der Kreistag hatte die Mittel genehmigt", "Der Antrag war vertagt worden"), not
    # after a subordinating conjunction ("Nachdem der Rat getagt hatte, ...") or inside a parenthesis between dashes
    rf"|^(?!{_SUBORDINATE})[^,;:–—]{{0,100}}?\b(?:hatte|hatten)\b[^;:–—]{{0,250}}?\b{_DECIDED}\b"
    rf"|^(?!{_SUBORDINATE})[^,;:–—]{{0,100}}?\b(?:war|waren)\b[^;:–—]{{0,150}}?\b(?:{_DECIDED}|vorberaten)\s{{1,3}}worden\b"
    # a past or perfect tense with a time long gone in the main clause ("Diesen Plan hat der Kreistag im Mai beschlossen",
    # "Vor zwei Jahren wurde der Bebauungsplan beschlossen"; not "..., die Straße im Mai zu sanieren")
    rf"|^(?=[^,;:]{{0,200}}?\b(?:hat|haben|hatte|hatten|wurde|wurden|war|waren|worden|beschloss|beschlossen|stimmte|stimmten|lehnte|lehnten)\b)[^,;:]{{0,200}}?(?<!Sitzung\s)(?<!Sitzungen\s){_PAST_TIME}"
    # a committee's earlier advice ("Der Bauausschuss hat die Vorlage bereits vorberaten und einstimmig empfohlen", "Der
    # Finanzausschuss hat die Vorlage mit 7 : 2 Stimmen zur Annahme empfohlen", "... hat die Vorlage beraten und empfiehlt")
    r"|^[^,;:]{0,150}?\b(?:hat|haben)\b(?:[^,.;:]|:(?=\s{0,2}\d)){0,150}\b(?:beraten\s{1,3}und\s{1,3}(?:empfiehlt|empfehlen)|empfohlen)\b"
    rf"|^[^,;:]{{0,150}}?\b(?:hat|haben|wurde|wurden|ist|sind)\b[^,.;:]{{0,150}}\bvorberaten\b(?!\s{{1,3}}(?:werden|wird|zu)\b)|^[^,;:]{{0,100}}?\b(?:hat|haben)\s(?:[^,;:]{{0,60}}\s)?(?:bereits|schon)\b[^;:]{{0,150}}\b(?:{_DECIDED}|erhoben|zur\s{{1,3}}Kenntnis\s{{1,3}}(?:genommen|bekommen|erhalten))\b"
)

# a member's own view of a vote ("Seiner Ansicht nach lautete das Ergebnis 9 zu 9", "Damit wäre der Antrag
# abgelehnt gewesen"): an opinion or a counterfactual, not a result the meeting records, even with vote counts
REPORTED_OPINION = re.compile(
    r"^(?:Der|Die|Das)\s(?:[\w-]+\s){0,4}?(?:sei|seien|habe|könne|müsse|solle)\b|"  # reported speech, votes or not ("Der Plan sei mehrheitlich ...")
    # a body deciding in the Konjunktiv I, after a fronted phrase ("Ohne festgestellte Abschlüsse entscheide die Stadtvertretung
    # im Blindflug"): a speaker's claim, not the vote taken
    r"^(?:[\w-]+\s+){1,4}?(?:entscheide|beschließe|genehmige|verabschiede)\s+(?:der|die|das)\s|"
    r"^(?:Seiner|Ihrer|Deren|Dessen)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung|Erinnerung|Rechnung)\s+nach\b|"
    r"^Nach\s+(?:seiner|ihrer|deren|dessen)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung|Erinnerung|Rechnung)\b|"
    r"\b(?:wäre|wären)\b[^.]{0,120}\b(?:angenommen|abgelehnt|beschlossen|gescheitert)(?:\s+(?:gewesen|worden))?\b|"
    # a condition on the vote, not its result ("Wenn der Antrag angenommen wird, muss die Stadt ...")
    r"^(?:Wenn|Falls|Sofern|Sollte|Sollten)\s[^,]{0,150}\b(?:angenommen|abgelehnt|beschlossen|genehmigt|zugestimmt)\s+(?:wird|werden|würde|würden)\b"
)

# a decision still to come, told in the passive in a sentence of one clause ("Der Haushalt wird im Dezember
# verabschiedet werden."; not a decision taken with a remark on what comes later), or fronted ("Beschlossen
# werden soll die Satzung erst im Herbst."), or taken by an authority, not by the body ("Der Bauantrag wurde vom
# Landratsamt abgelehnt.", "Der Zuschuss ist vom Land bewilligt worden."), or advised on by a committee before (its
# date inside the clause): no decision of this meeting
NOT_THIS_MEETINGS = re.compile(
    # what the rules allow ("Es kann offen gewählt werden, wenn sich alle einstimmig dafür aussprechen"): a condition
    # (whatever vote words it names), not a vote
    r"\b(?:kann|können)\s+(?:[\w-]+\s+){0,3}?(?:gewählt|abgestimmt|beschlossen|entschieden)\s+werden\s{0,2},\s{0,2}(?:wenn|sofern|falls|soweit)\b|"
    r"^[^,;:.]{0,120}?\b(?:wird|werden)\b[^,.;:]{0,120}?\b(?:beschlossen|verabschiedet|entschieden|abgestimmt|genehmigt|gewählt|angenommen|abgelehnt|vergeben|"
    r"behandelt|beraten|bewilligt)\s+werden\s{0,3}[.!]?\s{0,3}$|"
    r"^(?:[\w-]+\s+){0,2}?(?:[Bb]eschlossen|[Aa]ngenommen|[Aa]bgelehnt|[Gg]enehmigt|[Vv]erabschiedet|[Ee]ntschieden|[Aa]bgestimmt|[Gg]ewählt|[Vv]ergeben|[Bb]ewilligt)"
    r"\s+werden\s+(?:soll|sollen|sollte|sollten|muss|müssen|müsste|müssten|kann|können|könnte|könnten|dürfte|dürften|wird|würde)\b|"
    r"\b(?:wird|wurde|werden|wurden|ist|sind)\b[^.;:]{0,80}?\b(?:vom|von\s+der|von\s+dem|durch\s+das|durch\s+die|durch\s+den)\s+(?:[A-ZÄÖÜ][\w-]*\s+){0,2}?"
    r"(?:[A-ZÄÖÜ][\w-]*(?:amt|behörde|ministerium|aufsicht|regierung|präsidium|gericht)|Amt|Behörde|Ministerium|Regierung|Gericht)\b|"
    r"\b(?:wird|wurde|werden|wurden|ist|sind)\b[^.;:]{0,80}?\b(?:vom\s+(?:Land|Bund|Freistaat)|von\s+Bund\s+und\s+Land)\b(?![\w-])|"
    # placed in a later meeting ("Die Satzung wird im nächsten Kreistag beschlossen."; not "zur nächsten Sitzung vertagt")
    r"\b(?:wird|werden)\b[^.;:]{0,80}?\b(?:im|in\s+der|in\s+einer|auf\s+der|bei\s+der)\s+(?:kommenden|nächsten|übernächsten|folgenden|späteren)\s+[\wäöüß-]+\s+(?:[^.;:]{0,40}?\s)?"
    r"(?:beschlossen|entschieden|verabschiedet|abgestimmt|gewählt|genehmigt)\b|"
    # how the item came to this committee ("Die Vorlage wurde vom Kreistag zur Vorberatung in den Fachausschuss verwiesen")
    r"\b(?:wurde|wurden)\b[^.;:]{0,80}?\b(?:vom|von\s+der|von\s+dem)\s+[A-ZÄÖÜ][\w-]*\s+zur\s+(?:Vorberatung|Beratung|Stellungnahme)\b[^.;:]{0,80}?\b(?:verwiesen|überwiesen)\b|"
    r"^Ob\s|"  # a fronted indirect question: what is still open ("Ob die Satzung beschlossen wird, entscheidet der Rat im Mai.")
    # advised on before, with its date ("Die Vorlage wurde im Hauptausschuss am 2. Juni vorberaten und einstimmig empfohlen")
    r"^[^,;:]{0,150}?\b(?:hat|haben|wurde|wurden|ist|sind)\b(?:[^,.;:]|(?<=\d)\.){0,150}\bvorberaten\b(?!\s{0,3}(?:werden|wird|zu)\b)"
)

# the two rejecting tests of sentence_role ask only whether they match: their anchored branches are tried at the start
# only, the others where their literals occur (exact; resources/literals.py)
_REPORTED_OPINION_IN = Matches(REPORTED_OPINION)
_NOT_A_DECISION_IN = Matches(NOT_A_DECISION)
_NOT_THIS_MEETINGS_IN = Matches(NOT_THIS_MEETINGS)

# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
PASSIVE_OUTCOME, DECIDED_THING, IMPERSONAL_DECISION, GENERAL_CONSENT, VOTE_WORDS, COUNT_NEAR_START, EARLIER_MEETING = (
    Prechecked(PASSIVE_OUTCOME), Prechecked(DECIDED_THING), Prechecked(IMPERSONAL_DECISION), Prechecked(GENERAL_CONSENT), Prechecked(VOTE_WORDS),
    Prechecked(COUNT_NEAR_START), Prechecked(EARLIER_MEETING),
)


# every match of the counts near the start has a digit (read from the regex): most texts skip it on that test alone
_COUNT_NEEDS_DIGIT = frozenset({DIGIT}) in requirements(COUNT_NEAR_START.regex)
_A_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def sentence_scan() -> LiteralScan:
    """One scan of a sentence for every pre-checked pattern its role and its vote are read with."""
    own = [PASSIVE_OUTCOME, DECIDED_THING, IMPERSONAL_DECISION, GENERAL_CONSENT, VOTE_WORDS, COUNT_NEAR_START, EARLIER_MEETING]
    return LiteralScan(vote_patterns() + own, words=STEMS)


# precompiled (the re module's cache of pattern strings is shared with every component and may drop these)
_ARTICLE_START = re.compile(r"^(?:Der|Die|Das)\s")
_PASSIVE_SUBJECT = re.compile(
    r"^(?:Der|Die|Das|Dem|Den|Einem|Einer)\s|^(?:Sie|Er|Beide|Diese|Dieser)\s+(?:wird|werden|wurde|wurden)\s|"
    # a person appointed to an office ("Herr Marco X wird zum Schriftführer und Frau Y zur Stellvertreterin bestellt")
    r"^(?:Herr|Frau)\s[^.;:]{2,60}?\s(?:wird|wurde)\s+(?:[\w-]+\s+){0,3}?(?:zu[mr]|als)\s[^.;:]{2,160}?\b(?:gewählt|bestellt|ernannt|berufen|benannt|entsandt)\s{0,2}\.?\s{0,3}$"
)
_SUBJECT_NOUN = re.compile(r"^(?:Der|Die|Das)\s+(?:[\w.-]+\s+){0,2}?([\w-]+)")
_LABEL_BEFORE = re.compile(r"\s{0,3}[A-ZÄÖÜ][\w .-]{2,40}:\s{0,3}")  # "Abstimmungsergebnis: " before a sentence on its line
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")  # a paragraph break (its blank line may hold spaces)
_BLANK_LINE_END = re.compile(r"\n[ \t\u00a0]*\n[ \t\u00a0]*\Z")


def sentence_role(
    text: str, kind: str | None, section: str | None, *, outcome_word: bool | None = None, found: Found | None = None
) -> str | None:
    """'statement' (a full decision sentence), 'result' (a vote line or table), 'text' (resolution text) or None.

    outcome_word: whether the text (after a leading bullet) has an outcome word, when the caller already knows
    (None: look). found: sentence_scan().found(text), when the caller has it (one scan for all the pre-checked
    patterns). The tests that can only reject (an earlier meeting, the opening formalities, a proposal) run
    last, on the few sentences that would otherwise have a role: they are the costly ones."""
    if CLOCK_LINE.fullmatch(text) or ("=" in text and LEGEND.match(text)):
        return None
    text = unbulleted(text)
    if (lead := _RESULT_LEAD.match(text)) is not None:
        text, outcome_word, found = text[lead.end() :], None, None  # "Das Ergebnis: Der Ausschuss nahm ... zur Kenntnis"
    role = _role(text, kind, section, outcome_word, found)
    if role is None or EARLIER_MEETING.search(text[:300], found=found) or _REPORTED_OPINION_IN(text[:300]) or _only_in_subordinate(text):
        return None
    if _NOT_THIS_MEETINGS_IN(text[:300]):
        return None  # "Der Haushalt wird im Dezember verabschiedet werden.", "Der Zuschuss wurde vom Land bewilligt."
    if ("könnte" in text or "würde" in text) and _HYPOTHETICAL.match(text):
        return None  # "So jedoch könnte der Antrag bei drei zu drei Stimmen als abgelehnt bewertet werden": what might be
    if VOTE_WORDS.search(text, found=found):  # stated votes outweigh both tests below (the cheaper test first)
        return role
    if _NOT_A_DECISION_IN(text[:300]) or section in ("proposal", "facts", "attachments"):
        return None  # not a decision; in a proposal: the proposed resolution (unless votes are stated: a mislabelled section)
    return role


# a passive after a fronted phrase, its subject with an article or a number ("Außerdem wurden in der Sitzung zwei
# Arbeitskreise gebildet", "Im Vorgriff wurde jedoch das Gebührenverzeichnis beschlossen")
_FRONTED_PASSIVE = re.compile(
    r"^(?:[\w-]+\s+){1,4}?(?:wurde|wurden|wird|werden)\s+(?:(?:jedoch|auch|zudem|außerdem|dann|schließlich|noch|ebenfalls|einstimmig|mehrheitlich)\s+)*"
    r"(?:in\s+der\s+Sitzung\s+(?:[\w-]+\s+){0,3}?)?(?:der|die|das|den|ein|eine|einen|zwei|drei|vier|fünf|alle|beide)\s[^;:]{0,250}?"
    r"\b(?:beschlossen|verabschiedet|angenommen|abgelehnt|genehmigt|gebilligt|vertagt|gebildet|eingesetzt)\b"
)
# a report's label before the sentence that tells the result ("Das Ergebnis: Der Ausschuss nahm ...")
_RESULT_LEAD = re.compile(r"(?:Das\s+)?(?:Ergebnis|Fazit|Resultat)\s{0,2}:\s{1,3}(?=(?:Der|Die|Das)\s)")


# the main clause's verb in the Konjunktiv II, second in the sentence: a hypothesis, not the vote taken
_HYPOTHETICAL = re.compile(r"(?:[\w-]+\s+){1,3}?(?:könnte|könnten|würde|würden)\s")


# a leading subordinate clause ("Nachdem die alten Mitglieder verabschiedet wurden, wurden die neuen vereidigt.")
_LEADING_SUBORDINATE = re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s{0,2}[-–—:]\s{1,3})?(?:Nachdem|Bevor|Sobald|Obwohl|Weil|Seitdem)\s[^,]{3,250},\s")


def _only_in_subordinate(text: str) -> bool:
    """Whether every outcome word stands in a leading subordinate clause: what happened before, not the decision."""
    m = _LEADING_SUBORDINATE.match(text)
    return m is not None and has_outcome_word(m.group()) and not has_outcome_word(text[m.end() :])


# a label line that heads one decision of several ("Beschluss zu Ziffer 1 (Elternbeiträge):", "Abstimmung über den
# Änderungsantrag:", "Abstimmungsergebnis Änderungsantrag:"), directly above its first line
DECISION_LABEL_ABOVE = re.compile(
    r"(?m)^[ \t]{0,3}(?:Beschluss|Beschlussfassung|Abstimmung|Abstimmungsergebnis)\s{1,3}(?:(?:zu|zum|zur|über|für)\s[^\n:]{1,100}|\(?[A-ZÄÖÜ][\w-]{2,40}[^\n:]{0,60}):[ \t]*\n[ \t]*\Z"
)
# a pronoun subject that votes as a body does ("Er stimmt ihr einstimmig zu", "Sie lehnten den Antrag mehrheitlich ab")
PRONOUN_BODY_VOTE = re.compile(
    r"(?:Er|Sie)\s+(?:stimmt|stimmte|stimmen|stimmten|beschließt|beschloss|beschlossen|lehnt|lehnte|lehnen|lehnten|billigt|billigte|"
    r"befürwortet|befürwortete|empfiehlt|empfahl|votiert|votierte|votierten)\b[^.;:]{0,120}?\b(?:einstimmig|einmütig|einhellig|mehrheitlich)\b"
)
# the line of those entitled to vote above a vote block, its number on the same line or the next ("Stimmberechtigte:" / "5")
VOTERS_ABOVE = re.compile(
    r"(?m)^[ \t]{0,3}(?:Stimmberechtigte?|Anwesende?\s{1,3}Stimmberechtigte?|Gesetzliche\s{1,3}(?:An)?[Zz]ahl[^\n:]{0,40})[ \t]{0,3}:?"
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)*\d{1,3}[ \t]*(?:\n[ \t\u00a0]*)+\Z"
)
# a motion with its wording after a colon ("Für ihre Fraktion beantragt sie, die Vorlage zu ergänzen: Die Verwaltung
# wird beauftragt, ..."): what is asked for, not what was decided
MOTION_WORDING = re.compile(r"^[^:.;?!]{0,200}?\b(?:beantragt|beantragte|beantragen|beantragten|schlägt|schlug|schlagen|regt|regte)\b[^:.;?!]{0,200}:\s")


# a sentence that opens with a condition and goes on with its consequence ("Wenn überwiesen wird, dann ...", "Falls der
# Antrag abgelehnt werde, ..."): what might be decided, not a decision
CONDITIONAL = re.compile(r"(?:Wenn|Falls|Sollte)\s[^.;:]{3,160}?,\s")


def _role(text: str, kind: str | None, section: str | None, outcome_word: bool | None, found: Found | None) -> str | None:
    """The role the wording gives a sentence, before the tests that reject (sentence_role)."""
    if outcome_word is None:
        outcome_word = has_outcome_word(text, found)
    if outcome_word and ":" in text[:400] and MOTION_WORDING.match(text):
        return None
    if _majority_of_outsiders(text):
        return None
    if len(text) <= 80 and ":" in text and is_status_line(text) and outcome_of(text) is not None:
        return "result"  # "Beschluss: Vertagung", "Ergebnis: Kenntnisnahme": the system's status as a noun
    if text.startswith(("Wenn ", "Falls ", "Sollte ")) and CONDITIONAL.match(text):
        return None  # "Wenn überwiesen wird, dann bitte mit ...": a condition put in debate, not a vote taken
    if ("sich" in text or "stimm" in text or "votier" in text) and _group_position(text[:300]):
        return None
    if "dass" in text and REPORTED_THAT.match(text) and not STATED_RESULT.search(text[:400]):
        return None  # "Die Verwaltung informiert, dass der Kreistag die Umlage mehrheitlich gesenkt hat": a report
    if narrated_result(text):
        return "statement"  # (a narrator's sentence, even where names in it made it look like a turn)
    if kind not in TURN_KINDS and ("ten " in text or "waren " in text) and TOLD_TALLY.search(text[:400]) and _told_tally(text[:400]):
        return "result"  # "Der Vorlage stimmten 35 Mitglieder zu, sieben votierten dagegen.": the narrator counts the vote
    if kind not in TURN_KINDS and NOMINAL_DECISION.search(text[:300]) and not _PAST_TIME_IN.search(text[:300]):
        return "statement"  # "Ein klares Zeichen setzte die einstimmig beschlossene Erklärung zur Zukunft des Freibads."
    if kind in TURN_KINDS:
        if "durch" in text and WON_VOTE.search(text[:300]) and _tally(text[:300], None):
            return "statement"
        if ", d" in text and MOTION_SETTLED.search(text):
            return "statement"  # "X wollte ... als Eilpunkt nachschieben, dem Antrag wurde zugestimmt."
        # a speaker who states the result ("Die Vorsitzende stellt fest, dass der Antrag einstimmig angenommen ist")
        if not outcome_word or not (
            VOTE_WORDS.search(text) and (PASSIVE_OUTCOME.search(text) or VERB_FINAL_PASSIVE.search(text))
            or STATED_RESULT.search(text) or IMPERSONAL_DECISION.search(text)
        ):
            return None
        if RECALLED_VOTE.search(text[:300]) and not STATED_RESULT.search(text):
            return None  # "Herr X erinnert daran, dass der Antrag im Ausschuss mit 5:4 Stimmen abgelehnt wurde": his account
        return "statement"
    if kind is not None and kind.startswith("pronoun") and section != "decision" and MOVED.search(text[:300]):
        return None  # "Er beantragt, die Vorlage zu vertagen": a member's motion, not its outcome
    if kind is not None and kind.startswith("pronoun") and PRONOUN_BODY_VOTE.match(text) and outcome_of(text[:400], found):
        return "statement"  # "Der Ortsbeirat berät die Vorlage. Er stimmt ihr einstimmig zu.": only a body votes unanimously
    if ballot_tally(text[:400]) is not None:
        return "statement"  # "Auf Frau X entfallen 14 Stimmen, auf Herrn Y 9 Stimmen."
    if _party_vote_word(text[:400]) and (groups := party_list_votes(text[:400])).get("for") and groups.get("against"):
        return "result"  # "Dafür stimmten SPD und Grüne, dagegen CDU und FDP."
    if "=" in text and EQUALS_RESULT.search(text[:400]):
        return "result"  # "CDU, GRÜNE, SPD gegen AfD (= Annahme)": the record's notation of a result
    if (COUNTED_VOTERS.match(text) or ("ten " in text and COUNTED_AFTER_VERB.search(text[:400]))) and parse_vote(text[:400]).has_counts:
        return "result"
    if _result_like(text) or (len(text) <= 120 and "\n" not in text.strip() and (VERBLESS_RESULT.fullmatch(text) or NO_COUNTER_VOTES.match(text))):
        return "result"  # ("Es gibt keine Gegenstimmen.": the answer to the chair's call for votes against)
    head = text[:400]
    if outcome_word and len(text) > 400:
        outcome_word = has_outcome_word(head, found)
    if not outcome_word:  # no outcome word at all: only resolution text can still be decision material
        return "text" if section == "decision" else None
    if narrated_decision(head, found) is not None:
        return "statement"  # "Am Ende setzten sich AB und CD mit ihrem Vorschlag durch." (no body, no passive outcome)
    if _SHORT_BODY.match(head) and outcome_of(head, found):
        return "statement"  # "Die Vertretung nimmt dies zur Kenntnis.": the Gemeindevertretung, named short
    if (group_subject().match(head) or names_body(head[:200])) and outcome_of(head, found):  # (the costly test last)
        if not (_ARTICLE_START.match(head) and not body_anywhere().match(head) and not _body_start(head)):
            return "statement"
        if PASSIVE_OUTCOME.search(head, found=found) or VOTE_WORDS.search(head, found=found):
            return "statement"
        # (a body named later in the sentence is not its subject: the tests below may still find a decision)
    if PASSIVE_OUTCOME.search(head, found=found) and (
        VOTE_WORDS.search(head, found=found)
        or _PASSIVE_SUBJECT.match(head)
        or DECIDED_THING.search(head[:200], found=found)
    ):
        return "statement"
    if FRONTED_PARTICIPLE.search(head[:200]) or ("festgesetzt" in head and VOTED_SETTING.search(head)):
        return "statement"
    if _FRONTED_PASSIVE.match(head) and outcome_of(head, found):
        return "statement"  # "Im Vorgriff wurde jedoch das neue Gebührenverzeichnis beschlossen."
    if VOTE_WORDS.search(head, found=found) and VERB_FINAL_PASSIVE.search(head) and outcome_of(head, found):
        return "statement"  # "… ein weiterer Beschluss, der vom Rat einstimmig gefasst wurde": the vote in a relative clause
    if "agesordnung" in head[:40] and AGENDA_CHANGED.match(head):
        return "statement"  # "Die Tagesordnung wird um die TOP „…“ ergänzt": the body changed its agenda
    if "escheitert" in head[:200] and FAILED_MOTION.match(head) and DECIDED_THING.search(head[:120], found=found):
        return "statement"  # "Gescheitert ist der SPD-Antrag, ...", "Der Änderungsantrag der AB ist damit gescheitert."
    if "ehrheit" in head and MISSED_MAJORITY.search(head):
        return "statement"  # "Die nötige Zweidrittelmehrheit wurde damit verfehlt."
    if IMPERSONAL_DECISION.search(head[:200], found=found) and outcome_of(head, found):
        return "statement"
    if VERBATIM_RESULT.match(head):
        return "statement"
    if GENERAL_CONSENT.search(head, found=found) or STATED_RESULT.search(head):
        return "statement"  # "Die Niederschrift gilt somit als genehmigt.", "Einwände gegen die Tagesordnung gibt es keine."
    if VOTE_WORDS.search(head, found=found) and _tally(head, found):
        return "statement"  # a tally for and against, whatever the verb ("Beide setzten sich mit fünf zu vier Stimmen durch.")
    if section == "decision":
        return "text"
    return None


# how the body is to vote, asked of it ("... fragt, ob per Handzeichen abgestimmt werden kann", "ob offen gewählt
# werden soll", "ob en bloc abgestimmt wird"): a question of procedure
VOTING_MANNER = re.compile(
    r"\b(?:Akklamation|Handzeichen|Handheben|Zuruf|en\s+bloc|Blockabstimmung|Sammelabstimmung|Gesamtabstimmung|"
    r"offene[nr]?\s+(?:Abstimmung|Wahl)|offen\s+(?:abgestimmt|abzustimmen|gewählt|zu\s+wählen)|"
    r"gemeinsam\s+(?:abgestimmt|abzustimmen)|(?:Abstimmung|Wahl)\s+(?:\w+\s+){0,2}?(?:offen|gemeinsam|zusammen)\b)"
)
# the bare answer "no objection" (not a vote: no count, no "einstimmig")
BARE_NO_OBJECTION = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:keine|kein)\s+(?:Einwände|Einwendungen|Einsprüche|Widerspruch|Bedenken)\b[^.]{0,40}\.?\s{0,3}$|"
    r"^(?:Einwände|Einwendungen|Einsprüche|Widerspruch)\b[^.]{0,60}\bnicht\s+erhoben\b[^.]{0,20}\.?\s{0,3}$"
)


def _procedural_consent(body: str, prev_body: str) -> bool:
    """"Dagegen werden keine Einwände erhoben." after the chair asked how to vote ("ob per Handzeichen abgestimmt
    werden kann"): the body agrees on the procedure, it decides nothing of the item (its decision is the
    vote that follows, or the item's status line)."""
    return len(body) <= 120 and BARE_NO_OBJECTION.match(body.strip()) is not None and VOTING_MANNER.search(prev_body[-400:]) is not None


# a group's own position ("Die Fraktion der Grünen spricht sich mehrheitlich dafür aus", "Die SPD stimmte geschlossen
# dagegen"): how one group stands or votes, not the body's decision (its subject: see _group_position)
GROUP_POSITION = re.compile(
    r"^(?:Die|Der)\s+(?P<subject>[^,.;:]{2,60}?)\s+(?:spricht|sprach|sprechen|sprachen|stimmt|stimmte|stimmen|stimmten|votiert|votierte|votieren|votierten)"
    r"\s+(?:sich\s+)?(?:[\w-]+\s+){0,3}?(?:dafür|dagegen|für|gegen)\b"
)
_ONE_GROUP = re.compile(r"(?:^|[\s/-])(?:[Ff]raktion|Gruppe|Gruppierung|Partei)\b(?!en)")


def _group_position(text: str) -> bool:
    """A sentence in which one group (a Fraktion, a party as named in the party lexicon), not the body, takes
    a position or votes as one: its members' stance, which the body's decision may or may not follow."""
    m = GROUP_POSITION.match(text)
    if m is None:
        return False
    subject = m.group("subject")
    if names_body("Der " + subject) or body_match(subject) is not None:
        return False
    parties = lexicon().parties
    return _ONE_GROUP.search(subject) is not None or subject.lower() in parties or ("die " + subject.lower()) in parties


# "Die Mehrheit der Anwohner lehnt das Projekt ab": a majority of whom (the decision cues need it to be the body's)
MAJORITY_OF = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:[Dd]ie|[Ee]ine)\s+(?:[\w-]+\s+)?Mehrheit\s+(?:der|des|von)\s+(?:[\w-]+\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)")


@lru_cache(maxsize=1)
def _lower_bodies_and_groups() -> tuple[str, ...]:
    """The body and group nouns lowercased, to end compounds in any case ("Bauausschusses")."""
    lex = lexicon()
    return tuple(b.lower() for b in lex.bodies + lex.groups)


def _majority_of_outsiders(text: str) -> bool:
    """A majority of people who are no body, member group or party ("der Anwohner", "der Befragten"): no vote."""
    m = MAJORITY_OF.match(text) if "Mehrheit" in text else None
    if m is None:
        return False
    noun = m.group("noun")
    lex = lexicon()
    low = noun.lower()  # (compounds: "des Bauausschusses")
    if low in lex.parties or any(low.endswith((b, b + "s", b + "es")) for b in _lower_bodies_and_groups()):  # (genitive)
        return False
    return noun[1:].islower()  # (an abbreviation such as "CDU" is a group)


def _party_vote_word(text: str) -> bool:
    """PARTY_VOTE_WORD.search(text), run only when the text has one of its literals ("afür", "agegen")."""
    return any(cue in text for cue in _PARTY_CUES) and PARTY_VOTE_WORD.search(text) is not None


def _told_tally(text: str) -> bool:
    """Whether a narrated sentence counts two sides of a vote ("Sechs waren dafür, 17 dagegen", "stimmten 19
    Stadträte mit Ja und zwölf mit Nein"), not told as what someone said happened earlier."""
    v = parse_vote(text)
    return sum(n is not None for n in (v.yes, v.no, v.abstain)) >= 2 and RECALLED_VOTE.search(text) is None and _ANNOUNCED.search(text) is None


# a result announced by someone ("Ich gebe das Ergebnis der Wahl bekannt: ..."): a speaker's words, in a turn
_ANNOUNCED = re.compile(r"\b(?:Ich|ich|Wir|wir)\b|\b(?:gibt|gab|geben|gaben|gebe)\b[^.:]{0,80}?\bbekannt\b")


def _tally(text: str, found: Found | None) -> bool:
    """Whether the text states the votes for and against."""
    v = parse_vote(text, found)
    return v.yes is not None and v.no is not None


def _result_like(text: str) -> bool:
    """A vote line or vote table: a result label first, a table with vote labels, or counts near the start."""
    # (the counts' own pre-check, a digit in the first 90 characters, decides more than a sentence's found set)
    return bool(
        RESULT_LINE.match(text) or ("|" in text and PIPE_VOTE.search(text))
        or ((not _COUNT_NEEDS_DIGIT or _A_DIGIT.search(text, 0, 90)) and COUNT_NEAR_START.search(text[:90]))
        or (len(text) <= 200 and "Beschlussart" in text and HEADER_STATUS.search(text))
    )


def _outcome_words(text: str, bounds: list[tuple[int, int]]) -> list[bool | None]:
    """Per sentence (sorted, disjoint bounds): whether it has an outcome word (has_outcome_word): False when no
    outcome stem touches it, True when one lies inside it, None when a stem of the whole text's scan crosses its
    edge (then the sentence is looked at alone).

    Lowercasing the whole text agrees with lowercasing each sentence when no character changes length ("İ";
    otherwise every sentence is looked at; "Σ", lowercased by its context, is in no stem). Stems hold no ":",
    "|" or bullet, so the sentence text sentence_role reads (label cells closed up, a leading bullet dropped)
    has the same stems.

    When no stem occurrence spans a sentence edge (nearly always: an edge lies between a full stop or a blank
    and a word), no match of the whole text's scan crosses an edge, and a sentence has a match of that scan
    inside it exactly when it holds a stem: the scan cannot have passed over its first stem (that would take a
    match that started earlier and spans its start edge) and that stem's match ends inside it (else it would
    span its end edge). Each sentence is then searched alone, up to its first stem (_crossed tells when not)."""
    low = text.lower()
    if len(low) != len(text) or any(e > s2 for (_, e), (s2, _) in zip(bounds, bounds[1:])):
        return [None] * len(bounds)
    if _crossed(low, bounds):
        return _scanned_outcome_words(low, bounds)
    search = stem_search()
    return [search(low, s, e) is not None for s, e in bounds]


def _crossed(low: str, bounds: list[tuple[int, int]]) -> bool:
    """Whether some outcome stem occurs across a sentence edge (it holds the two characters around the edge)."""
    pairs = _stem_pairs()
    for s, e in bounds:
        for x in (s, e):
            for stem, k in pairs.get(low[x - 1 : x + 1] if x else "", ()):
                if x - 1 - k >= 0 and low.startswith(stem, x - 1 - k):
                    return True
    return False


@lru_cache(maxsize=1)
def _stem_pairs() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each two-character string inside an outcome stem: the stems that hold it, and at which offset."""
    pairs: dict[str, list[tuple[str, int]]] = {}
    for stem in STEMS:
        for k in range(len(stem) - 1):
            pairs.setdefault(stem[k : k + 2], []).append((stem, k))
    return {pair: tuple(v) for pair, v in pairs.items()}


def _scanned_outcome_words(low: str, bounds: list[tuple[int, int]]) -> list[bool | None]:
    """_outcome_words from one scan of the whole (lowercased) text, for texts where a stem crosses an edge.

    Exact: a stem inside a sentence is either found or overlapped by a stem found before it (the scan does
    not overlap its matches), so a sentence no match touches has none."""
    out: list[bool | None] = [False] * len(bounds)
    ends = [e for _, e in bounds]
    for m in stem_matches(low):
        ms, me = m.span()
        i = bisect.bisect_right(ends, ms)
        while i < len(bounds) and bounds[i][0] < me:
            if bounds[i][0] <= ms and me <= bounds[i][1]:
                out[i] = True
            elif out[i] is False:
                out[i] = None
            i += 1
    return out


def _body_start(head: str) -> bool:
    lex = lexicon()
    m = _SUBJECT_NOUN.match(head)
    return bool(m) and any(m.group(1).endswith(b) for b in lex.bodies)


class _Sent(NamedTuple):
    """A sentence's character offsets (named as a Span's, which the clusters once held)."""

    start_char: int
    end_char: int


@Language.factory("ratsnlp_decisions", assigns=["doc.spans"], requires=["doc.spans"])
def make_decisions(nlp: Language, name: str) -> Decisions:
    return Decisions(name=name)


class Decisions:
    """Writes span group `decisions` (kind=decision) with outcome, unanimous, yes, no, abstain."""

    def __init__(self, *, name: str = "ratsnlp_decisions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = ext.text_of(doc)
        # offsets, not Spans: most sentences are looked at only through their text (group_rows builds no Span)
        sents = [_Sent(a, b) for a, b, _ in ext.group_rows(doc, ext.SPAN_GROUPS["sentences"])]
        sections = sorted(ext.group_rows(doc, ext.SPAN_GROUPS["sections"]), key=lambda s: s[0])
        sec_starts = [s[0] for s in sections]
        sec_labels = [s[2] for s in sections]
        item_starts = sorted(s[0] for s in ext.group_rows(doc, ext.SPAN_GROUPS["items"]))
        bounds = [(s.start_char, s.end_char) for s in sents]
        kinds = ext.values_at(doc, bounds, "sent_kind")
        outcome_words = _outcome_words(text, bounds)
        scan = sentence_scan()
        # vote tables flattened to a cell a line (their cells are no decisions) and vote blocks with each count on a
        # line beside its label (a decision's lines)
        tables, paired = vote_tables(text)
        bodies: dict[int, str] = {}

        def body_of(i: int) -> str:
            """The sentence's text with label cells closed up ("Ja: | 11 | Nein: | 2" -> "Ja: 11 | Nein: 2")."""
            body = bodies.get(i)
            if body is None:
                raw = text[bounds[i][0] : bounds[i][1]]
                body = bodies[i] = LABEL_CELL.sub(": ", raw) if "|" in raw else raw  # (a label cell has a pipe)
            return body

        clusters: list[tuple[list[_Sent], Vote, bool]] = []  # sentences, vote, has a statement
        current: list[_Sent] | None = None
        vote = Vote()
        has_statement = opener = False
        last_item = last_section = None
        announced = False
        last_role: str | None = None  # the role of the sentence before
        continued: dict[int, int] = {}  # items that are numbered points of a resolution: the item they belong to
        for i, sent in enumerate(sents):
            start, end = bounds[i]
            kind = kinds[i]
            if text[start] == "|" and not text[start:end].strip("| \t"):
                continue  # an empty table row ("|") between a result label and its counts: nothing, not the end of the vote
            k = bisect.bisect_right(sec_starts, start) - 1
            section = sec_labels[k] if k >= 0 else None
            item = bisect.bisect_right(item_starts, start)
            item = continued.get(item, item)
            if item != last_item and current is not None and opener and not vote.has_counts and item and _point_heading(text, item_starts[item - 1]):
                continued[item] = item = last_item  # "Der Rat beschließt:" + "1. Die ...": a numbered point read as an item heading
            if paired and any(a <= start < b for a, b, _ in paired):
                # "9" / "Ja-Stimmen" / "1" / "Nein-Stimmen": a line of a vote block, part of the open decision or the start
                # of one (its counts are read from the block when the record is made)
                if current is None or item != last_item:
                    if current:
                        clusters.append((current, vote, has_statement))
                    current, vote, has_statement = [], Vote(), False
                current.append(sent)
                last_item, last_section, last_role = item, k, "result"
                continue
            if current is None and outcome_words[i] is False and (kind in TURN_KINDS or section != "decision"):
                # no outcome word, no open decision: only a vote line can still be one (most sentences end here)
                if kind in TURN_KINDS or not (_result_like(unbulleted(body_of(i))) or ballot_tally(body_of(i)[:400]) is not None):
                    if not (announced and LIST_ITEM.match(body_of(i))):  # as below (a digit follows each closed label
                        # cell, so the raw sentence ends as its body does)
                        announced = text[start:end].rstrip().endswith(":") and ANNOUNCE.search(body_of(i)) is not None
                    if item != last_item:
                        vote, has_statement = Vote(), False
                    last_item, last_section, last_role = item, k, None
                    continue
            body = body_of(i)
            # one scan for every pre-checked pattern of a sentence outside the turns (the role of a turn's
            # sentence takes two or three patterns: they look for themselves); its vote reuses it. A sentence
            # without an outcome word seldom gets a role (only then are its patterns searched): no scan
            found = scan.found(body) if kind not in TURN_KINDS and outcome_words[i] is not False else None
            role = sentence_role(body, kind, section, outcome_word=outcome_words[i], found=found)
            prev_body = body_of(i - 1) if i else ""
            if announced and LIST_ITEM.match(body):
                role = None  # "Die Bürgermeisterin gibt zur Tagesordnung bekannt:" + "- TOP 7 entfällt": her list, not a vote
            else:
                announced = body.rstrip().endswith(":") and ANNOUNCE.search(body) is not None
            if role in ("statement", "text") and i and _procedural_consent(body, prev_body):
                role = None  # no objection to voting by acclamation: procedure, not the item's decision
            if role is not None and i and QUOTED.match(body) and (kinds[i - 1] in TURN_KINDS or kinds[i - 1].startswith("pronoun_")) and READS_OUT.search(prev_body):
                role = None  # the motion's text as a member reads it out ("Er verliest den Beschluss:"), not the body's decision
            if role == "text" and _chair_procedure(body):
                role = None  # "Anschließend lässt er über die Vorlage abstimmen.": the chair conducting the vote, no resolution text
            if role == "text" and i and KONJUNKTIV.search(body, 0, 250) and _goes_on_reporting(i, kinds, body_of):
                role = None  # a speaker's content in the Konjunktiv below a "Beschluss" tab ("Das Ministerium habe ..."), no resolution
            if role is None and current and _numbers(vote) and vote.abstain is None and kind not in TURN_KINDS and item == last_item:
                alone = parse_vote(unbulleted(body), found)
                if alone.abstain and alone.yes is None and alone.no is None and alone.outcome is None:
                    role = "result"  # "... votierten dagegen. Nur X hatte sich der Stimme enthalten.": the tally's abstention
            if role is None and current and _numbers(vote) and item == last_item and kind not in TURN_KINDS and count_line(body.strip()) is not None:
                role = "result"  # "Befangen: 0" under "Ja-Stimmen: 5" / "Nein-Stimmen: 5": a line of the same vote block
            if role is not None and tables and any(a <= start < b for a, b, _ in tables):
                role = None  # "Nein-Stimmen" as a cell of a table: its count goes to the decision beside the table
            if role is None and current and opener and not vote.has_counts and (kind not in TURN_KINDS or NUMBERED.match(body) or (current[-1] is sents[i - 1] and prev_body.rstrip().endswith(":"))) and item == last_item:
                # "Der Rat beschließt:" + resolution text (its numbered points, wherever a turn seemed to go on; the first
                # sentence below the colon also when it names a person: "Kreisrat X darf an der Beratung teilnehmen.") +
                # "Abstimmungsergebnis: ..."
                role = "text"
            if role is not None and last_role is None and i and ENUM_POINT.match(body) and ENUM_POINT.match(prev_body):
                role = None  # "2. Die Verwaltung wird beauftragt ..." after a point 1 that was no decision: a proposal's points
            last_role = role
            if item != last_item or (role is None and current is not None) or (k != last_section and role == "text" and current and vote.outcome and vote.has_counts):
                if current:
                    clusters.append((current, vote, has_statement))
                current, vote, has_statement = None, Vote(), False
            last_item, last_section = item, k
            if role is None:
                continue
            v = parse_vote(unbulleted(body), found)  # (the found set of the text with its bullet holds for the text without)
            new = current is None
            # (the vote table of the sentences so far is read only when it can decide)
            if (
                not new and role == "statement" and vote.outcome is not None and not (opener and (len(current) == 1 or ENUM_POINT.match(body)))
                and (vote.has_counts or bool(parse_table("\n".join(text[c.start_char : c.end_char] for c in current))))
            ):  # fmt: skip
                new = True  # a complete decision (its counts in the sentence or in a vote table) is followed by the next one
            if (
                not new and role == "statement" and has_statement and not opener and vote.outcome == "noted" and v.outcome is not None
                and _body_noun(body) is not None and _body_noun(text[current[0].start_char : current[0].end_char]) is not None
            ):  # fmt: skip
                new = True  # "Der Ausschuss nimmt die Drucksache zur Kenntnis." twice, one line per item: a decision each
            if not new and role == "statement" and has_statement and not opener and _other_outcome(vote.outcome, v.outcome) and not QUOTED.match(text, current[0].start_char):
                new = True  # "Die Genehmigung wird vertagt. Die Niederschrift vom 3. Mai wird genehmigt.": two decisions
            if not new and role == "statement" and not has_statement and vote.outcome is None and _numbers(vote) and (
                (_implied(vote) == "rejected" and v.outcome not in (None, "rejected")) or (v.unanimous and (vote.no or 0) > 0)
            ):
                new = True  # "5 Ja-Stimmen, 9 Nein-Stimmen." + "Der Ausschuss vertagt ...": the tally decided otherwise
            if not new and role == "statement" and has_statement and vote.outcome is None and _numbers(vote) and v.outcome is not None and (
                (v.unanimous and (vote.no or 0) > 0)
                or (_implied(vote) != v.outcome and _BLANK_LINE.search(text, current[-1].end_char, sent.start_char) is not None)
            ):
                new = True  # "Der Antrag erhielt nur vier Ja-Stimmen; 31 votierten dagegen." + "Geschlossen sprach sich der Kreistag dafür aus, ...": the next vote
            if not new and role == "statement" and has_statement and SAME_RESULT.match(body):
                new = True  # "Mit demselben Ergebnis wird der Antrag der XY-Fraktion angenommen.": a vote of its own
            if not new and role == "statement" and has_statement and ELECTED.search(body) and ELECTED.search(prev_body):
                new = True  # "Im zweiten Wahlgang bekam X die meisten Stimmen. Zum Schriftführer wurde Y gewählt.": two elections
            if (
                not new and role == "statement" and has_statement and not opener and section != "decision"
                and NEXT_DECISION.match(body) and not QUOTED.match(text, current[0].start_char)
            ):  # fmt: skip
                new = True  # "Der Rat beschloss den Haushalt. Außerdem beschloss er die Satzung.": the next decision
            if (
                not new and role == "statement" and has_statement and not opener and vote.outcome is not None
                and _BLANK_LINE.search(text, current[-1].end_char, sent.start_char) is not None
                and _names_new_object(body, text[current[0].start_char : current[-1].end_char])
            ):  # fmt: skip
                new = True  # a paragraph that decides on something the decision above did not name: the next decision
                # (one that names nothing new is joined to it as a restatement when the records are made)
            consequence = (
                new and current is not None and has_statement and role == "statement"
                and (CONSEQUENCE.match(body) is not None or (VERBATIM_RESULT.match(prev_body) is not None and STATIVE.match(body) is not None))
                and "\n\n" not in text[current[-1].end_char : sent.start_char]
                and not (vote.outcome == "rejected" and v.outcome not in (None, "rejected"))  # a rejection amounts to no referral
            )  # fmt: skip
            if (
                new and not consequence and current is not None and not has_statement and role == "statement" and _numbers(vote)
                and (CONSEQUENCE.match(body) is not None or DRAWN_RESULT.search(body) is not None) and v.outcome in (None, _implied(vote)) and not v.has_counts
                and _counts_only(text[current[-1].end_char : sent.start_char])
            ):  # fmt: skip
                consequence = True  # a vote block, then "Die erforderliche Mehrheit … wurde somit nicht erreicht.": what the block amounts to
            if (
                new and current is not None and vote.outcome is not None and role == "statement" and not _numbers(vote)
                and ":" in body and _SCORE_ONLY.match(body) and not _BLANK_LINE.search(text, current[-1].end_char, sent.start_char)
            ):  # fmt: skip
                consequence = True  # "Der Rat hat knapp beschlossen, ... Die Abstimmung endete 14:12.": that decision's score
            if (
                new and current is not None and vote.outcome == "accepted" and role == "statement" and v.outcome == "accepted"
                and not v.has_counts and "beauftragt" in body and COMMISSIONED.match(body)
                and not _BLANK_LINE.search(text, current[-1].end_char, sent.start_char)
            ):  # fmt: skip
                consequence = True  # "... die einstimmig beschlossene Resolution. Der Landrat wurde beauftragt, ...": what it says
            confirmed = (
                new and current is not None and has_statement and role == "statement" and vote.outcome is not None
                and not _numbers(vote) and CONFIRMED.match(body) is not None and "\n\n" not in text[current[-1].end_char : sent.start_char]
            )  # fmt: skip
            if consequence or confirmed:
                new = False  # "Einwände werden nicht erhoben. Die Niederschrift gilt somit als genehmigt.": one decision, the second says what
            if not new and role == "result" and _numbers(vote) and v.has_counts and not TABLE_CELLS.search(body) and _repeats(vote, v):
                new = True  # a second tally: a second vote ("mehrheitlich beschlossen" + "Ja: 15 Nein: 1", "dafür: 9" + "dagegen: 3" are one)
            if not new and role == "result" and vote.unanimous and (v.no or 0) > 0:
                new = True
            if not new and role in ("statement", "result") and v.unanimous and (vote.no or 0) > 0:
                new = True  # "Am Ende stimmten sechs dafür, neun dagegen." + "Einstimmig beschloss sie anschließend ...": the next vote
            if not new and role == "result" and _numbers(vote) and not v.has_counts and _other_outcome(_implied(vote), v.outcome):
                new = True  # "• Abstimmung (44/0/0)" + "• Vertagt": the next item's result
            if not new and role == "result" and vote.outcome == "noted" and v.outcome not in (None, "noted", "accepted") and NAMED_MOTION.search(body) is not None:
                new = True  # "nimmt den Bericht zur Kenntnis." + "Der Antrag von Herrn X wird ... abgelehnt.": the vote on a motion
            if not new and role == "result" and vote.outcome is not None and has_statement and VOTE_ON.match(body):
                new = True  # "Abstimmung über die Vorlage:" after the vote on an amendment: the next vote
            if not new and role == "result" and has_statement and _main_after_side(text[current[0].start_char : current[-1].end_char], body, vote.outcome, v.outcome):
                new = True  # "Der Änderungsantrag wurde abgelehnt." + "Der Vorlage stimmte der Kreistag dann mit 38 Ja-Stimmen … zu.": the main vote
            if (
                not new and role in ("statement", "text") and vote.outcome is None and _numbers(vote)
                and AMENDMENT_VOTE.match(text, current[0].start_char) and RESOLUTION_LABEL_LINE.search(text, current[-1].end_char, sent.start_char)
            ):  # fmt: skip
                new = True  # "Abstimmung über den Änderungsantrag:" + "Ja: 6 Nein: 5", then "Beschluss:": the main vote
            if (
                not new and role == "text" and vote.outcome is not None and ENUM_POINT.match(body)
                and RESULT_LINE.match(text[text.rfind("\n", 0, bounds[i - 1][0]) + 1 : bounds[i - 1][1]])
            ):  # fmt: skip
                new = True  # "1. ..." + "Abstimmungsergebnis: einstimmig", then "2. ..." + its own result: a vote per point
            heading_before = (
                current is not None and len(current) > 1 and HEADED.match(prev_body + "\n" + body) is not None
                and text[current[-1].end_char : sent.start_char] == "\n"
            )  # fmt: skip
            carried: list[_Sent] = []
            if not new and role == "statement" and has_statement and (HEADED.match(body) or heading_before):
                new = True  # "Auftragsvergabe Giebelwand\nDer Gemeinderat hat beschlossen, ...": the next announced decision
                if heading_before:  # the segmenter split the heading line off: it opens this decision, not the last
                    carried = [current.pop()]
            if not new and vote.outcome is not None and PART_LABEL.match(body) and PART_LABEL.match(body_of(i - 1) if i else ""):
                new = True  # "Ziffer 1: einstimmig angenommen" + "Ziffer 2: mehrheitlich abgelehnt": a vote per part
            if (
                not new and current is not None and vote.outcome is not None and v.outcome is not None and FURTHER_DECISION.search(body)
                and OWNED_MOTION.search(body)
                and (not OWNED_MOTION.search(text, current[0].start_char, current[-1].end_char) or _other_owner(text[current[0].start_char : current[-1].end_char], body))
            ):  # fmt: skip
                new = True  # "Dem wurde nicht zugestimmt." + "Auch der Antrag der AfD-Fraktion fand keine Zustimmung.": the next motion's fate
            if not new and _new_sub_item(text, sent.start_char, body):
                new = True  # "4.2 Antrag der CDU-Fraktion: ..." starts the next sub-item and its decision
            if new:
                if current:
                    clusters.append((current, vote, has_statement))
                current, vote, has_statement = carried, Vote(), False
                if role == "result":
                    # "Der Ausschuss empfiehlt mit 14 Ja-Stimmen folgenden Beschluss:", "Der Kreistag fasste mit 30 Ja-Stimmen bei 14
                    # Gegenstimmen folgenden Beschluss:" (its outcome from the counts)
                    opener = body.rstrip().endswith(":") and (v.outcome is not None or v.has_counts)
            current.append(sent)
            if consequence and v.outcome is not None:
                vote.outcome = v.outcome
            if role == "statement" and not has_statement:
                # (a council system's status line above the resolution says what became of it: "Beschluss: abgelehnt" over
                # "Die Verwaltung wird beauftragt, ..." is a rejection; only a postponement or referral in the wording
                # outranks a status that calls it carried)
                said = vote.outcome if vote.outcome not in (None, "accepted") and len(current) > 1 and is_status_line(text[current[0].start_char : current[0].end_char]) else None
                vote.outcome = said or v.outcome or vote.outcome
                if v.outcome == "accepted" and ASSENT.search(body) and (proposed := outcome_of(prev_body)) in PROPOSED_OUTCOMES:
                    vote.outcome = proposed  # "Er schlägt vor, den Punkt an den Bauausschuss zu verweisen. Der Rat ist damit einverstanden."
                has_statement = True
                # (a cluster a vote line opened, "... beschließt mit 38 Ja-Stimmen:", stays open for its numbered points)
                opener = body.rstrip().endswith(":") or (opener and len(current) > 1)
            if (
                role in ("statement", "text") and len(current) == 2 and vote.outcome == "accepted" and v.outcome in OPENED_OUTCOMES
                and text[current[0].start_char : current[0].end_char].rstrip().endswith(":")
            ):  # fmt: skip
                vote.outcome = v.outcome  # "Der Kreistag fasst folgenden Beschluss:" + "Der Punkt wird vertagt.": the resolution says what
            if role in ("statement", "text") and vote.outcome == "noted" and v.outcome == "accepted" and has_statement and not is_status_line(text[current[0].start_char : current[0].end_char]):
                vote.outcome = "accepted"  # "nimmt ... zur Kenntnis. Die Verwaltung wird beauftragt, ...": it acts (not under a status "zur Kenntnis genommen")
            if role == "result" and vote.outcome == "accepted" and v.outcome not in (None, "accepted"):
                vote.outcome = v.outcome  # "... wird beauftragt ..." + "Abstimmungsergebnis: abgelehnt": the vote decides
            if not TABLE_CELLS.search(body):
                vote.merge(v)
        if current:
            clusters.append((current, vote, has_statement))
        clusters = [piece for cluster in clusters for piece in _two_in_one(text, cluster)]
        spans = []
        firsts: list[str] = []  # the first sentence of each span
        own_vote: dict[int, bool] = {}
        block_starts: set[int] = set()
        last_end = 0
        for group, v, _ in clusters:
            start = group[0].start_char
            line_start = text.rfind("\n", 0, start) + 1
            if _LABEL_BEFORE.fullmatch(text[line_start:start]):
                start = _resolution_above(text, line_start, last_end)  # "Abstimmungsergebnis: einstimmig": the heading belongs to the decision
            elif BARE_TALLY.match(text[start : group[0].end_char]) and last_end <= line_start < start and start - line_start <= 250:
                start = line_start  # "Vergabe an Fa. X wie vorgeschlagen. 12 : 0": the line is what was voted on
            elif (head := RESULT_HEADING.search(text, max(0, start - 60), start)) is not None:
                start = _resolution_above(text, head.start(), last_end)  # "Abstimmungsergebnis:" on its own line above the result
            elif (label := DECISION_LABEL_ABOVE.search(text, max(last_end, start - 160), start)) is not None:
                start = label.start()  # "Beschluss zu Ziffer 2 (Rabatt):" on the line above: the label heads this decision
            elif (present := VOTERS_ABOVE.search(text, max(last_end, start - 80), start)) is not None:
                start = present.start()  # "Stimmberechtigte:" / "5" above "Ja-Stimmen: 1": the vote block begins with who may vote
            elif (voted := _voted_line(text, start, group[0].end_char, last_end)) is not None:
                start = voted
                if v.outcome in (None, "accepted") and (named := outcome_of(text[voted : group[0].start_char])) is not None:
                    v.outcome = named  # "Verweis in den Finanzausschuss" + "Abstimmung (44/0/0)": the line voted on says what
            sp = doc.char_span(start, group[-1].end_char, label="decision", alignment_mode="expand")
            if sp is None:
                continue
            prev_end, last_end = last_end, sp.end_char
            table = parse_table("\n".join(text[g.start_char : g.end_char] for g in group))
            if not table and tables:
                table = _flat_table_beside(text, group[0].start_char, group[-1].end_char, tables)
            if not table and paired:
                table = _paired_within(group[0].start_char, group[-1].end_char, paired)
            if not table and v.yes is None and v.no is None:
                table = _counts_between_sentences(text, group[-1].end_char, bounds)
            if not table and not v.has_counts:
                table = _verbatim_counts_before(text, max(prev_end, group[0].start_char - 400), group[0].start_char)
            if not table and v.yes is None and v.no is None and v.abstain is None:  # ("mehrheitlich": not unanimous, but no counts)
                table = (
                    _announced_counts_before(text, max(prev_end, group[0].start_char - 600), group[0].start_char, v.outcome)
                    or _counts_told_after(text, group[-1].end_char, v.outcome)
                    or _labelled_counts_drawn_from(text, max(prev_end, group[0].start_char - 400), group[0].start_char, group[0].end_char)
                )
            if not table and (v.no is None or v.abstain is None) and (vertical := _vertical_counts(text, group[0].start_char, min(len(text), group[-1].end_char + 200))):
                table = {f: n for f, n in vertical.items() if getattr(v, f) in (None, n)}  # ("Ja:" ⏎ "11" read, "Nein:" ⏎ "0" not)
            if not table and not v.has_counts and (columns := _column_block_counts(text, group[0].start_char, min(len(text), group[-1].end_char + 600))):
                table = columns  # "Abstimmungsergebnis:" + the column heads line by line + their numbers line by line
            if not table and not v.has_counts and ("  " in text[max(0, start - 300) : start] or "  " in text[sp.end_char : sp.end_char + 300]):
                # (from the last record kept: the table's header line may have been a cluster of its own, without outcome)
                table = _column_counts_beside(text, max(spans[-1].end_char if spans else 0, start - 300), start, sp.end_char)
            for f, value in table.items():
                setattr(v, f, value)
            if table and v.outcome is None and table.get("yes") is not None and table.get("no") is not None and table["yes"] + table["no"] > 0:
                v.outcome = "accepted" if table["yes"] > table["no"] else "rejected"  # (a council system's empty block, 0 : 0, records no vote)
            has_vote = v.has_counts
            v.finish()
            if v.outcome == "accepted":  # a procedural motion carried does what it asks
                v.outcome = _carried(text, group[0].start_char, group[0].end_char, prev_end)
            if v.outcome is None and (groups := party_list_votes(text[sp.start_char : min(sp.end_char, sp.start_char + 2000)])).get("for") and groups.get("against"):
                v.outcome, v.unanimous = "accepted", False  # "Abstimmung: CDU, GRÜNE, SPD gegen FDP": carried by the groups named first
            if v.outcome is None:
                continue
            if v.outcome == "accepted" and v.unanimous is None and not v.has_counts and _drawn_from_consent(text, group[0].start_char, group[0].end_char, prev_end):
                v.unanimous, v.no, v.abstain = True, 0, 0  # "Keine Einwände. Das Protokoll gilt damit als genehmigt."
            own_vote[sp.start_char] = has_vote
            k = bisect.bisect_right(sec_starts, group[0].start_char) - 1
            if k >= 0 and sec_labels[k] == "decision" or RESULT_LINE.match(text[group[0].start_char : group[0].end_char]):
                block_starts.add(sp.start_char)  # resolution wording or a result line, not a sentence of the debate
            u = sp._  # (each `sp._` builds an Underscore object)
            u.kind = "decision"
            u.outcome = v.outcome
            u.unanimous = v.unanimous
            u.yes, u.no, u.abstain = v.yes, v.no, v.abstain
            spans.append(sp)
            firsts.append(text[sp.start_char : group[0].end_char])  # (from where the record starts: a resolution line above a result)
        if tables and (orphans := _orphan_tables(doc, text, tables, spans)):
            for sp in orphans:
                own_vote[sp.start_char] = True
                block_starts.add(sp.start_char)
            pairs = sorted([*zip(spans, firsts), *((sp, text[sp.start_char : sp.end_char]) for sp in orphans)], key=lambda x: x[0].start_char)
            spans, firsts = [sp for sp, _ in pairs], [f for _, f in pairs]
        spans = _drop_other_bodies(spans, firsts, text[: min(300, item_starts[0] if item_starts else 300, spans[0].start_char if spans else 300)])
        listed = _heading_decisions(doc, text, item_starts, spans)
        # "Folgende Änderungen wurden beschlossen:" directly above such a list only introduces those decisions
        spans = [sp for sp in spans if not (text[sp.start_char : sp.end_char].rstrip().endswith(":") and any(not text[sp.end_char : h.start_char].strip() for h in listed))]
        spans += listed
        _same_result(text, spans)
        spans = _drop_repeats(text, spans)
        if len(spans) > 1:
            spans = _join_restated(doc, text, spans, own_vote)
        if any(label == "decision" for label in sec_labels):
            spans = _vote_headings(doc, text, sections, spans, own_vote, block_starts)
        turn_sents = [b[0] for b, kind in zip(bounds, kinds) if kind in TURN_KINDS]
        ext.set_group(doc, ext.SPAN_GROUPS["decisions"], records(doc, text, spans, [], item_starts, own_vote, block_starts, turn_sents=turn_sents))
        return doc


def _vote_headings(doc: Doc, text: str, sections: list, spans: list[Span], own_vote: dict[int, bool], block_starts: set[int]) -> list[Span]:
    """A decision whose section heading states the vote ("Beschluss 17:6:" over "Der Antrag wird angenommen."): the
    record starts at the heading and takes its counts."""
    out = []
    for sp in spans:
        head = next((a for a, _, label in sections if label == "decision" and a < sp.start_char and not text[a : sp.start_char].strip().count("\n")), None)
        line = text[head : text.find("\n", head)] if head is not None else ""
        stated = heading_vote(line) if head is not None else None
        if stated is None or text[head + len(line) : sp.start_char].strip() or any(getattr(sp._, f) is not None for f in ("yes", "no", "abstain")):
            out.append(sp)  # (only the heading line, then the resolution, which states no counts of its own)
            continue
        new = doc.char_span(head, sp.end_char, label="decision", alignment_mode="expand")
        if new is None:
            out.append(sp)
            continue
        v = parse_vote(f"Abstimmungsergebnis: {stated}").finish()  # (the count alone, as a result line gives it)
        u, old = new._, sp._
        u.kind, u.outcome = "decision", old.outcome or v.outcome
        for f in ("unanimous", "yes", "no", "abstain"):
            setattr(u, f, getattr(old, f) if getattr(old, f) is not None else getattr(v, f))
        own_vote[head] = True
        block_starts.add(head)
        out.append(new)
    return out


# an agenda change that reads like an item heading ("TOP 36 wird von der Tagesordnung genommen", "TOP 17 abgesetzt")
HEADING_DECISION = re.compile(
    r"(?:TOP|Tagesordnungspunkt|Punkt)\s{1,3}\d{1,3}[a-z]?(?:\s{0,2}(?:,|und)\s{0,2}\d{1,3}[a-z]?)*\s{1,3}"
    r"(?:(?:wird|werden|wurde|wurden|ist|sind)\b[^\n]{0,150}?\b)?"
    r"(?:abgesetzt|vertagt|zurückgestellt|zurückgezogen|überwiesen|verwiesen|von\s+der\s+Tagesordnung\s+genommen|"
    r"(?P<joint>(?:zusammen|gemeinsam)\s+(?:beraten|behandelt)))\b"  # "TOP 19 und 20 werden zusammen beraten": the order of business
)


# a decision told in the perfect ("Der Kreistag hat die Umlage beschlossen"), and one in the present tense ("Der
# Gemeinderat beschließt", "nimmt ... zur Kenntnis")
PERFECT = re.compile(
    rf"^(?!{_SUBORDINATE})[^,;:]{{0,120}}?\b(?:hat|haben|hatte|hatten)\b[^,;:]{{0,200}}?\b{_DECIDED}\b|"
    rf"^(?!{_SUBORDINATE})[^,;:]{{0,120}}?\b(?:ist|sind|war|waren)\b[^,;:]{{0,150}}\b{_DECIDED}\s+worden\b"
)
PRESENT_DECISION = re.compile(
    r"\b(?:beschließt|beschließen|stimmt|stimmen|nimmt|nehmen|lehnt|lehnen|empfiehlt|empfehlen|billigt|billigen|vertagt|vertagen|"
    r"verweist|verweisen|fasst|fassen|wählt|wählen|bestätigt|bestätigen|beauftragt|beauftragen|vergibt|vergeben|erteilt|erteilen)\b"
)


# two decisions in one sentence, each its own passive ("Der Antrag wird abgelehnt, und die Satzung mit 20 Stimmen angenommen.")
_PART_OF_MOTION = r"(?:Ziffer|Punkt|Nummer|Nr\.|Absatz|Abschnitt|Teil|Buchstabe|Spiegelstrich)"  # a numbered part voted on alone
PART_LABEL = re.compile(rf"{_PART_OF_MOTION}\s{{0,3}}\d{{1,2}}[a-z]?\)?\s{{0,3}}:\s")  # a line per part voted on
_JOINED_PARTICIPLE = r"(?:angenommen|abgelehnt|beschlossen|genehmigt|vertagt|verwiesen|überwiesen|zurückgestellt|gewählt)"
TWO_DECISIONS = re.compile(
    # (maybe after a lead-in with a colon: "Der Antrag wird ziffernweise abgestimmt: Ziffer 1 wird ..., Ziffer 2 ...")
    rf"(?P<a>(?:[^:\n]{{0,120}}:\s{{1,3}})?[^,;:]{{0,200}}?\b(?:wird|werden|wurde|wurden)\b[^,;:]{{0,120}}?\b(?P<p1>{_JOINED_PARTICIPLE}))(?:,\s+|\s+(?=und\s))"
    rf"(?P<b>(?:und\s+)?(?:(?:die|der|das|den|dem)\s|{_PART_OF_MOTION}\s{{1,3}}\d{{1,2}}[a-z]?\s)[^,;:]{{0,200}}?\b(?P<p2>{_JOINED_PARTICIPLE})\b)\s{{0,3}}[.!]?\s{{0,3}}\Z"  # the auxiliary left out: no relative clause
)


# a result drawn from what was said just before ("Das Protokoll gilt damit als genehmigt.")
_DRAWN = re.compile(r"\b(?:gilt|gelten)\s+(?:damit|somit|daher|hiermit|folglich)\s+als\s+(?:genehmigt|festgestellt|angenommen|beschlossen|bestätigt)\b")
# no objection raised (the sentence before such a result)
_NO_OBJECTION = re.compile(r"\b(?:keine|kein)\s+(?:Einwände|Einwendungen|Einsprüche|Widerspruch|Bedenken)\b|\b(?:Einwände|Einwendungen)\b[^.]{0,80}\bnicht\s+erhoben\b")


def _drawn_from_consent(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the decision sentence draws its result from a no-objection in the sentence before it ("Zum Protokoll
    werden keine Einwände erhoben. Das Protokoll gilt damit als genehmigt."): no one objected, so it is unanimous.
    The no-objection alone records no decision (NOT_A_DECISION); the result it amounts to does."""
    if _DRAWN.search(text, start, end) is None:
        return False
    before = text[max(floor, start - 250) : start]
    last = before.rfind(".", 0, len(before.rstrip()) - 1)
    return _NO_OBJECTION.search(before[last + 1 :]) is not None


_PERSON_FIRST = re.compile(
    r"(?:(?:Anschließend|Danach|Dann|Sodann|Nun|Daraufhin|Hierauf)\s+[a-zäöüß]+\s+)?"  # "Anschließend lässt er ..."
    r"(?:[Ee]r|[Ss]ie|(?:[Dd]er|[Dd]ie)\s+(?:Vorsitzende|Bürgermeister\w*|Ortsvorsteher\w*|Landr\w+))\b"
)


def _goes_on_reporting(i: int, kinds: list, body_of) -> bool:  # noqa: ANN001
    """Whether the sentences before sentence i, back to a speaker's sentence (at most five), all report in the
    Konjunktiv: sentence i goes on with that speaker's content."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if kinds[j] in TURN_KINDS:
            return True
        if not KONJUNKTIV.search(body_of(j), 0, 250):
            return False
    return False


def _chair_procedure(body: str) -> bool:
    """A sentence in which the chair conducts the meeting ("Anschließend lässt er über die Vorlage abstimmen.", "Er bittet
    um das Handzeichen."): a chair act (chair_acts.txt) with the chair or a pronoun in front, never resolution text."""
    return _PERSON_FIRST.match(body) is not None and lexicon().chair_acts.search(body) is not None


def _carried(text: str, start: int, end: int, floor: int) -> str:
    """The outcome of a carried vote: a procedural motion does what it asks, named in the vote sentence or, when
    that sentence only points back to it ("Dieser wird angenommen."), in the sentence before (not before `floor`)."""
    if (o := next((o for rx, o in PROCEDURAL_MOTION if rx.search(text, start, min(end, start + 200))), None)) is not None:
        return o
    if RESULT_LINE.match(text[start : start + 120]) and (call := _VOTE_CALL_ABOVE.search(text, max(floor, start - 300), start)) is not None:
        # "lässt über die Vertagung abstimmen:" + "Dafür: 9 / Dagegen: 1": the result of the motion the call names
        return next((o for rx, o in PROCEDURAL_MOTION if rx.search(call.group())), "accepted")
    if not POINTS_BACK.match(text, start):
        return "accepted"
    lo = max(floor, start - 300, text.rfind(". ", 0, max(start - 2, 0)) + 2, text.rfind("\n", 0, max(start - 1, 0)) + 1)
    before = text[lo:start]
    return next((o for rx, o in (*PROCEDURAL_MOTION, *PROCEDURAL_MOVED) if rx.search(before)), "accepted")


def _two_in_one(text: str, cluster: tuple[list[_Sent], Vote, bool]) -> list[tuple[list[_Sent], Vote, bool]]:
    """A one-sentence decision that joins two passives of different outcomes: two decisions, each with its vote."""
    group, _, has_statement = cluster
    if len(group) != 1:
        return [cluster]
    if not has_statement:
        return _one_after_the_other(text, cluster)
    s, e = group[0]
    m = TWO_DECISIONS.match(text, s, e)
    if m is None:
        return _one_after_the_other(text, cluster)
    a, b = _Sent(s, m.end("a")), _Sent(m.start("b"), e)
    va, vb = parse_vote(text[a.start_char : a.end_char]), parse_vote(text[b.start_char : b.end_char])
    if m.group("p1") == m.group("p2") and not (va.has_counts and vb.has_counts and va != vb):
        return [cluster]  # one participle for both: one decision, unless each part states a vote of its own
    return [([a], va, True), ([b], vb, True)]


# the next step of a sentence that tells two votes in order ("Zuerst wurde ... abgelehnt, anschließend ... beschlossen")
THEN_CLAUSE = re.compile(r",\s+(?:und\s+)?(?:anschließend|danach|dann|sodann|daraufhin|im\s+Anschluss(?:\s+daran)?)\s")


def _one_after_the_other(text: str, cluster: tuple[list[_Sent], Vote, bool]) -> list[tuple[list[_Sent], Vote, bool]]:
    """A one-sentence decision that tells two votes one after the other, each with its outcome: two decisions."""
    (sent,) = cluster[0]
    s, e = sent
    body = text[s:e]
    if not any(cue in body for cue in ("anschließend", "danach", "dann", "daraufhin", "Anschluss")):  # (THEN_CLAUSE's literals)
        return [cluster]
    m = THEN_CLAUSE.search(body)
    if m is None or outcome_of(body[: m.start()]) is None or outcome_of(body[m.start() + 1 :]) is None:
        return [cluster]
    a, b = _Sent(s, s + m.start()), _Sent(s + m.start() + 1 + len(body[m.start() + 1 :]) - len(body[m.start() + 1 :].lstrip()), e)
    return [([a], parse_vote(text[a.start_char : a.end_char]), True), ([b], parse_vote(text[b.start_char : b.end_char]), True)]


def _stated_apart(first: str, had: str | None, new: str | None) -> bool:
    """A vote with its result stated in words ("Ja 1, Nein 5 ... Der Antrag ist abgelehnt.") and then a decision of
    another outcome: two decisions, not a result block and the resolution it belongs to."""
    return had != new and not first.rstrip().endswith(":") and not is_status_line(first) and not is_status_block(first) and outcome_of(first) is not None


_COUNT_LINE = re.compile(r"(?m)(?:^|,\s)[ \t]*(?:Ja|Ja-Stimmen|Dafür)\s{0,3}:\s{0,3}\d")  # "Ja: 17" first on its line or after a comma


def _counts_between_sentences(text: str, end: int, bounds: list[tuple[int, int]]) -> dict[str, int]:
    """The counts of a vote block right after the decision that no sentence covers (a line such as "Anwesend: 21,
    Ja: 17, Nein: 4" read as an attendance list): the decision's counts."""
    k = bisect.bisect_left(bounds, (end, end))
    gap = text[end : min(bounds[k][0] if k < len(bounds) else len(text), end + 400)]
    if "Ja" not in gap and "Dafür" not in gap or _COUNT_LINE.search(gap) is None:
        return {}
    v = parse_vote(gap)
    return v.counts()


# the chair's questions answered in a verbatim record ("Gegenstimmen? – Zwei. Enthaltungen? – Keine.")
VERBATIM_COUNT = re.compile(r"(?:Gegenstimmen?|Nein-Stimmen|[Dd]agegen|[Ee]nthaltung(?:en)?|[Ee]nthält\s+sich|[Dd]afür)\s{0,2}\?\s{0,3}[–—-]?\s{0,3}\w")


def _verbatim_counts_before(text: str, start: int, end: int) -> dict[str, int]:
    """The counts the chair's questions and their answers state in the paragraph before a decision that states none
    ("Gegenstimmen? – Zwei. Enthaltungen? – Keine. Damit ist der Antrag angenommen.")."""
    if "?" not in text[start:end]:
        return {}
    gap = text[start:end]
    gap = gap[gap.rfind("\n\n") + 1 :]
    if VERBATIM_COUNT.search(gap) is None:
        return {}
    v = parse_vote(gap)
    return v.counts()


# the chair announces the result, then the minutes give the resolution ("Herr X gibt das Wahlergebnis bekannt:
# 30 Mitglieder stimmten für Frau Y, 5 gegen sie ..." + "Der Kreistag wählt Frau Y zur Vorsitzenden.")
ANNOUNCED_RESULT = re.compile(r"\b(?:gibt|gab)\b[^.:]{0,40}\b(?:Ergebnis|Wahlergebnis|Abstimmungsergebnis)\b[^.:]{0,60}\bbekannt\b|\b(?:Das|Als)\s+(?:Wahl|Abstimmungs)?[Ee]rgebnis\s+(?:lautet|wird\s+festgestellt|ergibt)\b")


_FOR_NAMED = re.compile(r"\bFür\s+[^,.:;]{1,60}?\s(?:stimmten|stimmen|votierten)\s+(?P<n>\d{1,3})\b")


def _announced_counts_before(text: str, start: int, end: int, outcome: str | None) -> dict[str, int]:
    """The counts of a result announced in the paragraph right before a decision that states none, when they agree
    with its outcome (more yes than no for one carried): the announcement and the resolution are one decision."""
    gap = text[start:end]
    para = gap[gap.rstrip().rfind("\n\n") + 1 :] if "\n\n" in gap.rstrip() else gap
    if (announced := ANNOUNCED_RESULT.search(para)) is None:
        return {}
    rest = para[announced.end() :]
    v = parse_vote(rest)
    counts = v.counts()
    if "yes" not in counts and (m := _FOR_NAMED.search(rest)) is not None:
        counts["yes"] = int(m.group("n"))  # "Für Frau Y stimmten 30 Mitglieder"
    return counts if "yes" in counts and _consistent({"no": 0, **counts}, outcome) else {}


# a count of members for a motion, told as a sentence ("Neun Räte waren dafür", "12 Mitglieder stimmten für den Antrag")
# the votes of the one elected, told in the next sentence ("Sie erhielt 38 von 44 Stimmen", "Er bekam neun Ja-Stimmen")
_ELECTED_GOT = re.compile(
    r"^(?:Er|Sie|[A-ZÄÖÜ][a-zäöüß-]{2,30})\s[^.;]{0,80}?\b(?:erhielt|erhält|bekam|bekommt)\s{1,3}(?P<n>\d{1,3}|[a-zäöü]{3,12})\s{1,3}"
    r"(?:von\s{1,3}\d{1,3}\s{1,3})?(?:abgegebenen\s{1,3}|gültigen\s{1,3})?(?:Ja-)?Stimmen\b"
)
_VOTERS_FOR = re.compile(r"^(?P<n>\d{1,3}|[A-ZÄÖÜ][a-zäöü]{2,12})\s+(?:[\w-]+\s+){0,2}?(?:waren|stimmten|votierten)\s+(?:für|dafür)\b")


def _consistent(counts: dict[str, int], outcome: str | None) -> bool:
    """Whether counts agree with the outcome: more yes than no for one carried, fewer for one rejected."""
    yes, no = counts.get("yes"), counts.get("no")
    if yes is None or no is None:
        return True
    return not (outcome == "accepted" and yes <= no or outcome == "rejected" and yes > no)


def _counts_told_after(text: str, end: int, outcome: str | None) -> dict[str, int]:
    """The counts told in the sentences right after a decision that states none, in the same paragraph ("Nach kurzer
    Aussprache wurde der Beschluss gefasst. Neun Räte waren dafür, drei dagegen."): a report
    gives the result first and the tally after it."""
    tail = text[end : end + 300]
    if (m := _BLANK_LINE.search(tail)) is not None:
        tail = tail[: m.start()]
    tail = tail.strip()
    if tail and outcome == "accepted" and (got := _ELECTED_GOT.match(tail)) is not None and (n := number_value(got.group("n"))):
        # "… wurde X gewählt. Sie erhielt 38 von 44 Stimmen / neun Ja-Stimmen bei einer Enthaltung.": the one elected
        counts = {f: c for f, c in parse_vote(tail[: tail.find(".") + 1 or None]).counts().items() if f != "yes"}
        return {"yes": n, **counts}
    if not tail or (COUNTED_VOTERS.match(tail) is None and _VOTERS_FOR.match(tail) is None):
        return {}
    v = parse_vote(tail)
    counts = v.counts()
    if "yes" not in counts and (m := _VOTERS_FOR.match(tail)) is not None and (n := number_value(m.group("n"))) is not None:
        counts["yes"] = n
    return counts if len(counts) >= 2 and _consistent(counts, outcome) else {}


# a vote block of a web page with each label and its count on lines of their own ("Ja:" ⏎⏎ "11" ⏎⏎ "Nein:" ⏎⏎ "0")
_YES_WORDS, _NO_WORDS = "Ja|Ja-Stimmen|Dafür", "Nein|Nein-Stimmen|Dagegen|Gegenstimmen"  # vote labels of a line of its own
VERTICAL_COUNT = re.compile(
    rf"(?m)^[ \t\u00a0]*(?P<label>{_YES_WORDS}|{_NO_WORDS}|Enthaltung(?:en)?|Stimmenthaltung(?:en)?)[ \t\u00a0]*:"
    r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n){0,3}[ \t\u00a0]*(?P<n>\d{1,3})[ \t\u00a0]*$"
)


# a vote table whose column heads stand line by line (a head may take two lines: "Ja-" ⏎ "Stimmen"), then its numbers
# line by line, the last three heads yes, no and abstentions ("Anzahl der Mitglieder" ⏎ ... ⏎ "Enthaltungen" ⏎ "17" ⏎ ... ⏎ "0")
HEADS_THEN_NUMBERS = re.compile(
    r"(?:Abstimmungsergebnis|Abstimmung)[ \t\u00a0]*:?[ \t\u00a0]*\n\s*(?P<heads>(?:[^\d\s][^\n]{0,40}\n\s*){3,16}?)"
    r"(?P<nums>(?:(?:\d{1,3}|[-–])[ \t\u00a0]*\n\s*){3,8})"
)
_LAST_HEADS = re.compile(r"Ja-?\s?Stimmen\W*\s+Nein-?\s?Stimmen\W*\s+(?:Stimm)?[Ee]nthaltung(?:en)?\W*$")


def _column_block_counts(text: str, lo: int, hi: int) -> dict[str, int]:
    """The counts of a HEADS_THEN_NUMBERS within or right after the record (the heads end with yes, no and abstentions)."""
    if "Abstimmung" not in text[lo:hi]:
        return {}
    m = HEADS_THEN_NUMBERS.search(text, lo, hi)
    if m is None or _LAST_HEADS.search(" ".join(m.group("heads").split()).replace("- ", "-")) is None:
        return {}
    nums = [0 if n in "-–" else int(n) for n in m.group("nums").split()]
    return dict(zip(("yes", "no", "abstain"), nums[-3:]))


def _vertical_counts(text: str, lo: int, hi: int) -> dict[str, int]:
    """The counts of a vote block whose labels and numbers stand on lines of their own, within or right after the
    record: no sentence holds a label with its number, so no sentence's vote has them."""
    if ":\n" not in text[lo:hi] and ": \n" not in text[lo:hi]:
        return {}
    found: dict[str, int] = {}
    for m in VERTICAL_COUNT.finditer(text, lo, hi):
        field = next((f for pat, f in ROW_FIELDS if pat.match(m.group("label"))), None)
        if field is not None and field not in found:
            found[field] = int(m.group("n"))
    return found if "yes" in found and "no" in found else {}


# a result drawn from what stands above it ("Die nötige Mehrheit ist somit verfehlt.")
_DRAWS_FROM_ABOVE = re.compile(r"\b(?:somit|damit|folglich)\b")
_YES_LABEL = re.compile(rf"(?m)^[ \t]*(?:{_YES_WORDS})[ \t]*:[ \t]*\d")
_NO_LABEL = re.compile(rf"(?m)^[ \t]*(?:{_NO_WORDS})[ \t]*:[ \t]*\d")


def _labelled_counts_drawn_from(text: str, lo: int, start: int, end: int) -> dict[str, int]:
    """The counts of a block of labelled lines ("Ja-Stimmen: 7" / "Nein-Stimmen: 7" / "Enthaltungen: 2") right above a
    decision sentence that draws its result from them ("somit", "damit"): the block is that decision's vote."""
    if _DRAWS_FROM_ABOVE.search(text, start, end) is None:
        return {}
    block = text[lo:start]
    yes = _YES_LABEL.search(block)
    if yes is None or _NO_LABEL.search(block, yes.start()) is None:
        return {}
    v = parse_vote(block[yes.start() :])
    return v.counts()


# a vote table in columns: the kinds on one line, the counts under them ("Abstimmung:   Ja   Nein   Enthaltung" + "  34   12   3")
COLUMN_BLOCK = re.compile(
    r"(?m)^[ \t]*(?:[A-Za-zÄÖÜäöü.-]{1,20}:?[ \t]{2,})?(?P<head>(?:Ja|Nein|Enthaltung(?:en)?|Dafür|Dagegen)(?:[ \t]{2,}(?:Ja|Nein|Enthaltung(?:en)?|Dafür|Dagegen)){1,2})"
    r"[ \t]*\n[ \t]*(?P<cells>\d{1,3}(?:[ \t]{2,}\d{1,3}){1,2})[ \t]*$"
)


def _column_counts_beside(text: str, lo: int, start: int, end: int) -> dict[str, int]:
    """The counts of a column table right above the decision (only blank space between) or right below it."""
    above = [m for m in COLUMN_BLOCK.finditer(text, lo, start) if not text[m.end() : start].strip()]
    m = above[-1] if above else COLUMN_BLOCK.match(text, end + len(text[end : end + 300]) - len(text[end : end + 300].lstrip()))
    if m is None or (not above and text[end : m.start()].count("\n") > 2):
        return {}
    kinds = m.group("head").split()
    cells = m.group("cells").split()
    if len(kinds) != len(cells):
        return {}
    fields = [next((f for pat, f in ROW_FIELDS if pat.match(k)), None) for k in kinds]
    return {f: int(c) for f, c in zip(fields, cells) if f is not None}


def _paired_within(start: int, end: int, paired: list[tuple[int, int, dict[str, int]]]) -> dict[str, int]:
    """The counts of the vote block among the decision's lines; a block without a "Nein" count and some "Ja" votes
    ("8" / "Ja-Stimmen" / "1" / "Enthaltungen") records no vote against: carried."""
    for a, b, totals in paired:
        if a < end and start < b:
            return totals if "no" in totals or not totals.get("yes") else {**totals, "no": 0}
    return {}


# the label a vote table is the result under ("Abstimmungsergebnis:" on its own line)
_TABLE_HEADING = re.compile(r"(?m)^[ \t]*(?:Abstimmungsergebnis|Ergebnis\s+der\s+Abstimmung|Abstimmung)[ \t]*:?[ \t]*$")


def _orphan_tables(doc: Doc, text: str, tables: list[tuple[int, int, dict[str, int]]], spans: list[Span]) -> list[Span]:
    """A vote table under its result label with no decision sentence beside it (the chair "lässt darüber abstimmen, ob
    ...", then "Abstimmungsergebnis:" and the columns "Ja-Stimmen / Nein-Stimmen / Enthaltungen" over "10 / 14 / 2"):
    the vote is a decision of its own, carried or rejected by its counts, from the label on."""
    out = []
    for a, b, totals in tables:
        if totals.get("yes") is None or totals.get("no") is None or totals["yes"] + totals["no"] == 0:
            continue
        if (head := _TABLE_HEADING.search(text, a, b)) is None:
            continue
        if any(sp.start_char < b and a < sp.end_char or sp.end_char <= a and _only_headings(text[sp.end_char : a]) or b <= sp.start_char and not text[b : sp.start_char].strip() for sp in spans):
            continue  # a decision beside it takes its counts
        sp = doc.char_span(head.start(), b, label="decision", alignment_mode="expand")
        if sp is None:
            continue
        v = Vote(yes=totals["yes"], no=totals["no"], abstain=totals.get("abstain")).finish()
        u = sp._
        u.kind, u.outcome, u.unanimous, u.yes, u.no, u.abstain = "decision", v.outcome, v.unanimous, v.yes, v.no, v.abstain
        out.append(sp)
    return out


def _flat_table_beside(text: str, start: int, end: int, tables: list[tuple[int, int, dict[str, int]]]) -> dict[str, int]:
    """The totals of a flattened vote table right below the decision (headings between) or right above it."""
    for a, b, totals in tables:
        if end <= a and _only_headings(text[end:a]) or b <= start and not text[b:start].strip():
            return totals
    return {}


def _body_noun(sentence: str) -> str | None:
    """The body a decision sentence names as its subject ("Der Bau- und Finanzausschuss" -> "finanzausschuss")."""
    m = body_match(sentence[:200])
    return m.group(0).split()[-1].lower() if m else None


def _same_body(a: str, b: str) -> bool:
    """"Ausschuss" and "Bauausschuss", "Rat" and "Gemeinderat"; its members ("Ausschussmitglieder", "Stadträte") are
    the body, and "Mitglieder" alone are any body's."""
    a, b = _body_base(a), _body_base(b)
    return not a or not b or a.endswith(b) or b.endswith(a)


def _body_base(noun: str) -> str:
    """The body a noun names: "ausschussmitglieder" -> "ausschuss", "stadträte" -> "stadtrat", "mitglieder" -> ""."""
    if noun.endswith("mitglieder"):
        return noun[: -len("mitglieder")]
    return noun[: -len("räte")] + "rat" if noun.endswith("räte") else noun


RECOMMENDS = re.compile(r"\b(?:empfiehlt|empfehlen)\b")
_BODY_STATUS = re.compile(r"\s{0,3}([A-ZÄÖÜ][\wäöüß-]{0,40}(?:ausschuss|Ausschuss|rat|Rat|tag|beirat|Beirat|versammlung|vertretung))\s{0,3}:\s{0,3}\S")


def _status_body(first: str) -> str | None:
    """The body (lower case) that leads a status line ("Hauptausschuss: zur Kenntnis genommen"), if the line is one."""
    m = _BODY_STATUS.match(first) if len(first) <= 120 else None
    return m.group(1).lower() if m is not None and is_status_line(first[m.end(1) :].lstrip(" :")) else None


def _drop_other_bodies(spans: list[Span], firsts: list[str], head: str = "") -> list[Span]:
    """A decision another body took, told in the perfect ("Der Kreistag hat die Umlage erhöht und beschlossen ...")
    in minutes whose own body decides in the present tense ("Der Gemeinderat beschließt ..."): background, not a
    decision of this meeting. Minutes told wholly in the past (news reports) keep theirs. When no decision names
    the own body, the bodies the minutes' head names are the own ones (a recommendation "Der Ausschuss empfiehlt
    ..." read out in the Bezirksverordnetenversammlung's record is the committee's, not this meeting's)."""
    perfect = [PERFECT.search(f[:300]) is not None for f in firsts]
    # another body's recommendation in the present tense ("Der Ortsbeirat empfiehlt einstimmig, ..."), in minutes
    # whose own body decides ("Der Gemeinderat beschließt ...")
    recommends = [("mpfiehlt" in f[:300] or "mpfehlen" in f[:300]) and RECOMMENDS.search(f[:300]) is not None for f in firsts]
    # a status line led by a body ("Hauptausschuss: zur Kenntnis genommen"): the council system's record of an earlier
    # body on the item's way, above this body's own resolution
    labels = [_status_body(f) for f in firsts]
    recommends = [r or lab is not None for r, lab in zip(recommends, labels)]
    if not any(perfect) and not any(recommends):
        return spans  # only a decision told in the perfect or a recommendation is dropped (the bodies need not be read)
    nouns = [lab or _body_noun(f) for f, lab in zip(firsts, labels)]
    own = {n for n, f, p, r in zip(nouns, firsts, perfect, recommends) if n and PRESENT_DECISION.search(f[:300]) and not p and not r}
    if not own and any(recommends):
        own = {m.group(1).lower() for m in _head_bodies().finditer(head)}
    if not own:
        return spans
    return [
        sp for sp, n, p, r in zip(spans, nouns, perfect, recommends)
        if not (n and n not in own and not any(_same_body(n, o) for o in own) and (p or r))
    ]


@lru_cache(maxsize=1)
def _head_bodies() -> re.Pattern[str]:
    """A body noun as a word of the minutes' head ("Bezirksverordnetenversammlung Lichtenfeld", "Sitzung des
    Gemeinderates"), with a genitive ending."""
    nouns = "|".join(re.escape(b) for b in sorted(lexicon().bodies, key=len, reverse=True) if b[:1].isupper())
    return re.compile(rf"\b([\w-]*(?:{nouns}))(?:e?s)?\b")


SEE_ELSEWHERE = re.compile(r"\(\s{0,3}(?:siehe|s\.|vgl\.)\s")  # "TOP 8 abgesetzt (siehe TOP 2)": decided at the other item


def _drop_repeats(text: str, spans: list[Span]) -> list[Span]:
    """A decision sentence printed twice in a row (an export artifact) is one decision; three or more times in a row,
    it is the same formula for as many items whose headings the page left out ("Der Ausschuss nimmt die Drucksache
    zur Kenntnis." on three lines)."""
    runs: list[list[Span]] = []
    for sp in sorted(spans, key=lambda s: s.start_char):
        last = runs[-1][-1] if runs else None
        if last is not None and not text[last.end_char : sp.start_char].strip() and _plain(text[last.start_char : last.end_char]) == _plain(text[sp.start_char : sp.end_char]):
            runs[-1].append(sp)
        else:
            runs.append([sp])
    return [sp for run in runs for sp in (run[:1] if len(run) == 2 else run)]


def _plain(s: str) -> str:
    return " ".join(s.split()).rstrip(" .")


def _join_restated(doc: Doc, text: str, spans: list[Span], own_vote: dict[int, bool]) -> list[Span]:
    """A resolution printed under "Beschlussempfehlung" and again, with its vote, under "Beschluss" (only headings
    between): one decision, from the first wording to the vote."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start_char):
        if out and sp.start_char - out[-1].end_char < 200 and _only_headings(text[out[-1].end_char : sp.start_char]):
            first = _unheaded(text[out[-1].start_char : out[-1].end_char])
            later = _unheaded(text[sp.start_char : sp.end_char])
            if len(first) >= 40 and later.startswith(first) and _plain(later) != _plain(first):  # (the same sentence again: _drop_repeats)
                joined = doc.char_span(out[-1].start_char, sp.end_char, label="decision", alignment_mode="expand")
                if joined is not None:
                    _copy_decision(out[-1], sp, joined)
                    own_vote[joined.start_char] = own_vote.get(joined.start_char, False) or own_vote.get(sp.start_char, False)
                    out[-1] = joined
                    continue
        out.append(sp)
    return out


_HEADING_FIRST = re.compile(r"\s{0,3}[A-ZÄÖÜ][\w -]{1,40}:?[ \t]*\n")  # a heading line of its own first ("Beschluss", "Beschlussempfehlung:")


def _without_heading(s: str) -> str:
    """The record's text without a heading line of its own first ("Beschlussempfehlung an den Rat:")."""
    m = _HEADING_FIRST.match(s)
    return s[m.end() :] if m and s[m.end() :].strip() else s


def _unheaded(s: str) -> str:
    """The record's text without a heading line of its own first (for comparing two records' wording)."""
    return _plain(_without_heading(s))


# one person elected, told in a sentence of its own
ELECTED = re.compile(r"\b(?:gewählt|wiedergewählt)\b|\bdie\s+meisten\s+(?:[\w-]+\s+)?Stimmen\b")
SAME_RESULT = re.compile(r"^(?:Mit|Bei)\s+(?:demselben|dem\s+gleichen|gleichem|identischem|dem\s+identischen)\s+(?:Ergebnis|Stimmenverhältnis|Abstimmungsergebnis)\b")


def _same_result(text: str, spans: list[Span]) -> None:
    """"Mit demselben Ergebnis wurde ... gewählt": the counts of the decision before."""
    ordered = sorted(spans, key=lambda s: s.start_char)
    for prev, sp in zip(ordered, ordered[1:]):
        if SAME_RESULT.match(text[sp.start_char : sp.end_char]) and all(getattr(sp._, f) is None for f in ("yes", "no", "abstain")):
            for f in ("unanimous", "yes", "no", "abstain"):
                setattr(sp._, f, getattr(prev._, f))


def _heading_decisions(doc: Doc, text: str, item_starts: list[int], spans: list[Span]) -> list[Span]:
    """Agenda changes listed one a line that the structure read as item headings: each is a decision."""
    out = []
    for start in item_starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        m = HEADING_DECISION.match(line)
        if m is None or SEE_ELSEWHERE.search(line) or any(sp.start_char <= start < sp.end_char for sp in spans):
            continue
        outcome = outcome_of(line) or ("accepted" if m.group("joint") else None)
        sp = doc.char_span(start, end, label="decision", alignment_mode="expand")
        if outcome is None or sp is None:
            continue
        sp._.kind, sp._.outcome = "decision", outcome
        out.append(sp)
    return out


NAMED_MOTION = re.compile(r"(?:Änderungs|Ergänzungs|Zusatz|Geschäftsordnungs|Vertagungs|Dringlichkeits)antrag|\bAntrag\s+(?:der|des|von|auf)\b")
_STATUS_LABEL = re.compile(r"^\s{0,3}(?:Beschlussart|Beschluss|Status|Ergebnis|Beratungsergebnis)\s{0,3}:?\s{0,3}")


# the status as a noun, as council systems also write it ("Beschluss: Kenntnisnahme", "Status: Vertagung",
# "Beschluss: Einstimmiger Beschluss")
NOMINAL_STATUS = re.compile(rf"(?:einstimmige\s+|mehrheitliche\s+)?(?:{STATUS_NOUNS}|(?:einstimmiger|mehrheitlicher)\s+Beschluss)\s{{0,3}}\.?", re.IGNORECASE)


# the status with how it was reached, after its label ("Beschluss: bei Stimmengleichheit abgelehnt")
QUALIFIED_STATUS = re.compile(
    r"(?:bei|mit|ohne|nach)\s+(?:[\w-]+\s+){0,3}?(?:beschlossen|angenommen|abgelehnt|zur\s+Kenntnis\s+genommen|vertagt|verwiesen|zurückgestellt|abgesetzt|zurückgezogen|zugestimmt)\s{0,3}\.?|"
    r"(?:verwiesen|überwiesen)\s+(?:in|an)\s+(?:den|die|das)\s[^\n.]{2,70}\.?",  # "Ergebnis: überwiesen in den Ausschuss für X"
    re.IGNORECASE,
)


# how the vote went and nothing else, after a "Beschluss:" label ("Beschluss: einstimmig", "Beschluss: mehrheitlich bei
# 2 Enthaltungen"): the system's status field, not a result line of its own
BARE_MAJORITY = re.compile(
    r"(?:einstimmig|mehrheitlich)(?:\s{1,3}(?:bei|mit)\s{1,3}(?:\d{1,3}|einer)\s{1,3}(?:Stimm)?[Ee]nthaltung(?:en)?)?\s{0,3}\.?", re.IGNORECASE
)


def is_status_line(text: str) -> bool:
    """The council system's status line ("Beschluss: ungeändert beschlossen"), judged like the structure
    component judges it (one regex for both), after its label."""
    if len(text) <= 200 and "Beschlussart" in text and text.strip().count("\n") <= 1 and HEADER_STATUS.search(text):
        return True  # the header line that carries it ("Gremium: Stadtrat   Beschlussart: vertagt")
    if len(text) > 80:
        return False
    label = _STATUS_LABEL.match(text)
    rest = text[label.end() :].strip() if label else text.strip()
    # (STATUS_LINE holds the bare nouns too: "Vertagung" alone under a "Beschluss:" heading is the status)
    if STATUS_LINE.match(rest) is not None:
        return True
    if label is not None and label.group().lstrip().startswith("Beschluss:") and BARE_MAJORITY.fullmatch(rest) is not None:
        return True  # "Beschluss: einstimmig" at the head of a council system's page, the debate below it
    return label is not None and label.group().strip() != "" and (NOMINAL_STATUS.fullmatch(rest) or QUALIFIED_STATUS.fullmatch(rest)) is not None


_VOTE_LABEL = re.compile(r"\s{0,3}(?:Abstimmung|Abstimmungsergebnis)\s{0,3}:\s{0,3}\S")


def is_status_block(text: str) -> bool:
    """The status line with the system's count line under it ("Beschluss: einstimmig beschlossen" + "Abstimmung:
    Ja: 9, Nein: 0"): a header, like the status line alone, not a decision of its own when the item has one."""
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) == 2 and is_status_line(lines[0].strip()) and len(lines[1]) <= 80 and _VOTE_LABEL.match(lines[1]) is not None


def _fill_from_status(sp: Span, status: Span) -> None:
    """The one decision of an item takes the counts its status header states and it does not (same outcome only,
    or a postponement or referral the status line calls carried: "Beschluss: einstimmig angenommen" over "... wird vertagt"),
    and the header's rejection when its own text names no outcome."""
    if sp._.outcome == "accepted" and status._.outcome == "rejected" and not has_outcome_word(_without_heading(sp.text)):
        sp._.outcome = "rejected"  # "Beschluss: mehrheitlich abgelehnt" over "Wie Antrag" + "dagegen: 11": the line below names no outcome
    if sp._.outcome != status._.outcome and not (status._.outcome == "accepted" and sp._.outcome in ("postponed", "referred")):
        return
    for f in ("unanimous", "yes", "no", "abstain"):
        if getattr(sp._, f) is None and getattr(status._, f) is not None:
            setattr(sp._, f, getattr(status._, f))
    if status._.unanimous and status._.no == 0 and sp._.unanimous is False and not sp._.no:
        sp._.unanimous = True  # "Nein: 0" in the header; "mit 9 Ja-Stimmen und 3 Enthaltungen" below only left it open


def records(
    doc: Doc, text: str, spans: list[Span], sents: list[Span], item_starts: list[int], own_vote: dict[int, bool], blocks: set[int],
    *, turn_sents: list[int] | None = None,
) -> list[Span]:
    """One span per decision of the body: a vote sentence and the resolution it introduces, a resolution and
    its result line are one record; the council system's status line is kept as the record's status_text
    when the item has a decision in running text, and is the record itself when it has none.
    turn_sents: the start offsets of the sentences of turns, when the caller has them."""
    if turn_sents is None:
        turn_sents = [s.start_char for s in sents if s._.sent_kind in TURN_KINDS]

    def span_text(sp: Span) -> str:
        return text[sp.start_char : sp.end_char]

    spans = _absorb_status_header(doc, text, spans, own_vote, item_starts)
    merged: list[tuple[Span, bool]] = []
    ordered = sorted(spans, key=lambda s: s.start_char)
    for i, sp in enumerate(ordered):
        if merged:
            prev, prev_vote = merged[-1]
            same_item = bisect.bisect_right(item_starts, prev.start_char) == bisect.bisect_right(item_starts, sp.start_char)
            gap = text[prev.end_char : sp.start_char]
            k = bisect.bisect_left(turn_sents, prev.end_char)
            no_turn_between = not (k < len(turn_sents) and turn_sents[k] < sp.start_char)
            # two sentences of the debate are two decisions; a sentence and a resolution block or result line are one
            # a vote on a named motion ("Der Änderungsantrag wird abgelehnt") is not the resolution that follows
            one_decision = (
                (prev.start_char in blocks or sp.start_char in blocks)
                and (not (prev_vote and own_vote.get(sp.start_char)) or span_text(prev).rstrip().endswith(":"))
                and not (prev_vote and NAMED_MOTION.search(span_text(prev)[:300]))
                and not (prev_vote and _stated_apart(span_text(prev), prev._.outcome, sp._.outcome))
                # "Der Änderungsantrag ist abgelehnt." + "Beschluss: Der Kreistag beschließt ...": the amendment's vote, then the resolution
                and not (NAMED_MOTION.search(span_text(prev)[:300]) and _stated_apart(span_text(prev), prev._.outcome, sp._.outcome))
            )
            # a result line far below its resolution ("Der Rat beschließt:" + text + "Abstimmungsergebnis: ...")
            result_of_prev = (
                not prev_vote and own_vote.get(sp.start_char) and RESULT_LINE.match(span_text(sp)) is not None and len(gap) <= 3000
            )
            status_prev = is_status_line(span_text(prev))
            if (
                status_prev and result_of_prev and no_turn_between and same_item and _bare_result(span_text(sp))
                and (body := _resolution_between(text, prev.end_char, sp.start_char)) is not None
                and (joined := doc.char_span(body, sp.end_char, label="decision", alignment_mode="expand")) is not None
            ):  # fmt: skip
                # a page that heads its item with the status field, the resolution and its result line, the debate below
                # ("Beschluss: ungeändert beschlossen" / "1. Alle Ausschüsse ..." / "Abstimmungsergebnis: einstimmig")
                _copy_decision(prev, sp, joined)
                joined._.status_text = " ".join(span_text(prev).split())
                merged[-1] = (joined, True)
                continue
            if same_item and no_turn_between and not status_prev and not _new_sub_item(text, sp.start_char, span_text(sp)) and not HEADED.match(span_text(sp)) and (
                (one_decision and _only_headings(gap)) or result_of_prev
            ):
                joined = doc.char_span(prev.start_char, sp.end_char, label="decision", alignment_mode="expand")
                if joined is not None:
                    _copy_decision(prev, sp, joined)
                    merged[-1] = (joined, prev_vote or own_vote.get(sp.start_char, False))
                    if sp.start_char in blocks:
                        blocks.add(joined.start_char)
                    continue
            last_of_item = i + 1 == len(ordered) or bisect.bisect_right(item_starts, ordered[i + 1].start_char) != bisect.bisect_right(item_starts, sp.start_char)
            if same_item and last_of_item and own_vote.get(sp.start_char) and _bare_result(span_text(sp)):
                j = _item_head(merged, item_starts, sp, blocks, span_text)
                if j is not None:
                    head = merged[j][0]
                    _copy_decision(head, sp, head)  # "Beschluss: <text>", the debate, then "Abstimmungsergebnis: einstimmig": its vote
                    merged[j] = (head, True)
                    continue
        merged.append((sp, own_vote.get(sp.start_char, False)))
    merged = _join_restatements(text, merged, item_starts)
    out: list[Span] = []
    by_item: dict[int, list[Span]] = {}
    for sp, _ in merged:
        by_item.setdefault(bisect.bisect_right(item_starts, sp.start_char), []).append(sp)
    for k, group in by_item.items():
        if len(group) > 1:
            end = item_starts[k] if k < len(item_starts) else len(text)
            # "Anschließend fasst der Rat folgenden Beschluss:" closing the item with nothing under it: the page
            # printed that resolution above the debate, and it is already a record
            group = [sp for sp in group if not (span_text(sp).rstrip().endswith(":") and not text[sp.end_char : end].strip())] or group
        status = [sp for sp in group if is_status_line(span_text(sp)) or is_status_block(span_text(sp))]
        rest = [sp for sp in group if sp not in status]
        if (
            len(rest) == 2 and not status and _header_result(span_text(rest[0])) and rest[0]._.outcome == rest[1]._.outcome
            and rest[1]._.unanimous is None and rest[1]._.yes is None and rest[1]._.no is None
        ):  # fmt: skip
            status, rest = [rest[0]], [rest[1]]  # "Beschluss:" + "Abstimmungsergebnis: Einstimmig" above the debate of an election
        if not status and len(rest) >= 2 and _status_over_proposal(span_text(rest[0])) and rest[0]._.outcome == rest[-1]._.outcome:
            status, rest = [rest[0]], rest[1:]  # "Ergebnis: empfohlen" + "Beschlussvorschlag: ..." + the item's own vote: one record
            rest[-1]._.status_text = span_text(status[0]).split("\n", 1)[0]  # (the status line, not the proposal under it)
            _fill_from_status(rest[-1], status[0])
            out.extend(rest)
            continue
        if len(status) == 1 and len(rest) == 1 and _consent_against_status(span_text(rest[0]), rest[0], status[0]):
            group, rest = status, []  # "Beschluss: Kenntnis genommen" + "Einwände werden nicht erhoben.": the status line is the decision
        if rest and status:
            rest[-1]._.status_text = " ".join(" ".join(span_text(s).split()) for s in status)
            if len(rest) == 1 and len(status) == 1:
                _fill_from_status(rest[0], status[0])
            elif len(status) == 1 and all(getattr(rest[-1]._, f) is None for f in ("unanimous", "yes", "no", "abstain")):
                _fill_from_status(rest[-1], status[0])  # votes on amendments first, with their counts; the item's last vote is the status's
            out.extend(rest)
        else:
            for sp in group:
                if sp in status:
                    sp._.status_text = " ".join(span_text(sp).split())
            out.extend(group)
    out.sort(key=lambda s: s.start_char)
    for n, sp in enumerate(out, start=1):
        u = sp._
        u.decision_id = f"d{n}"
        groups = party_list_votes(span_text(sp)[:2000])
        u.for_groups = "|".join(groups.get("for", [])) or None
        u.against_groups = "|".join(groups.get("against", [])) or None
        u.abstain_groups = "|".join(groups.get("abstain", [])) or None
        if (groups.get("against") or groups.get("abstain")) and u.unanimous is None:
            u.unanimous = False  # "bei Gegenstimmen der AfD-Fraktion", "bei Enthaltung der SPD": not unanimous, whatever the count
    return out


# a later sentence that tells a further decision, not the same one again ("Anschließend ...", "Auch ...", "zudem")
FURTHER_DECISION = re.compile(
    r"\b(?:[Aa]nschließend|[Dd]anach|[Zz]uerst|[Zz]unächst|[Ss]odann|[Dd]arauf(?:hin)?|[Aa]ußerdem|[Ff]erner|[Zz]udem|[Ww]eiterhin|[Aa]uch|[Ee]benfalls|[Ee]benso|[Ee]rneut|[Zz]weite[nrms]?|[Ww]eitere[nrms]?|[Ee]rste[nrms]?|[Ll]etzte[nrms]?)\b"
)


def _report_lead(text: str, out: list[tuple[Span, bool]], first: Span, item_starts: list[int]) -> bool:
    """Whether `first` is a report's lead: the item's first record, within its first 600 characters, a body
    deciding ("Der Kreistag hat … einen Antrag der X abgelehnt, …", "Der Stadtrat lehnte … ab")."""
    k = bisect.bisect_right(item_starts, first.start_char)
    start = item_starts[k - 1] if k else 0
    if first.start_char - start > 600 or any(bisect.bisect_right(item_starts, r.start_char) == k and r.start_char < first.start_char for r, _ in out):
        return False
    return _body_noun(text[first.start_char : first.end_char]) is not None


# what moves a motion or calls a vote, without a bare mention of "Antrag": for the gap after a report's lead, whose
# debate names the motion the lead told the fate of
_MOVED = (
    r"beantrag|\bstell(?:t|te|en|ten)\s+(?:(?!sich\b)[\w-]+\s+){0,4}?(?:den|einen)\s+[\w-]*[Aa]ntrag\b(?!\s+vor\b)|(?:Änderungs|Ergänzungs|Zusatz|Gegen)antrag|\bAntrag\s+auf\b|"
    r"[Vv]orschlag|schlägt\b[^.]{0,120}\bvor\b|schlug\b[^.]{0,120}\bvor\b|\bregte?\b[^.]{0,120}\ban\b|abstimm|[Aa]bstimmung|[Ff]assung|[Ee]rgänzung|[Ää]nderungswunsch"
)
MOVED_BETWEEN = re.compile(_MOVED)
# between the two: a motion, proposal or vote call of its own, or any motion named (the later result may be on it)
NEW_MOTION_BETWEEN = re.compile(r"[Aa]ntrag|[Aa]nträge|" + _MOVED)
# between the two: the next topic taken up ("Das Konzept ... wurde erläutert", "Danach ging es um ...")
NEXT_TOPIC_BETWEEN = re.compile(
    r"\b(?:wurde|wurden|wird|werden)\s+(?:[\w-]+\s+){0,4}?(?:vorgestellt|erläutert|präsentiert|beraten|diskutiert|behandelt|eingebracht|vorgelegt|aufgerufen)\b|"
    r"\bging\s+es\s+um\b|\bgeht\s+es\s+um\b|\bThema\b"
)
_GAP_LINE_END = re.compile(r"[.!?][\"“”»)]?$")
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*")
_SENTENCE_START = re.compile(r"(?:^|[.:;!?]\s{1,3}|\n\s{0,3})$")


@lru_cache(maxsize=1)
def _restating_nouns() -> re.Pattern[str]:
    """The nouns a restatement may name (resources/de/restating_nouns.txt), and the body nouns (bodies.txt)."""
    bodies = "|".join(re.escape(b) for b in sorted(lexicon().bodies, key=len, reverse=True))
    words = "|".join(f"(?:{p})" for p in read_list("restating_nouns.txt"))
    return re.compile(rf"(?:{words}|[\w-]*(?:{bodies})(?:s|es|n|en)?)", re.IGNORECASE)


def _stem(word: str) -> str:
    """A noun without its case ending, for matching "der Haushalt" with "des Haushalts"."""
    return re.sub(r"(?:es|en|s|n)$", "", word.lower()) if len(word) > 5 else word.lower()


def _names_new_object(sentence: str, first: str) -> bool:
    """Whether the sentence names something beyond the vote, the body, the thing decided in general and what the
    first telling named: a noun that is none of these, nor a party, nor a sentence's first word."""
    nouns = _restating_nouns()
    parties = lexicon().parties
    named = {_stem(m.group()) for m in _CAPITALISED.finditer(first)}
    for m in _CAPITALISED.finditer(sentence):
        word = m.group()
        if _SENTENCE_START.search(sentence, 0, m.start()) or nouns.fullmatch(word) or word.lower() in parties or _stem(word) in named:
            continue
        return True
    return False


# a motion beside the item's main one: an amendment or a procedural motion (a group's motion, "Antrag der X", may be the item's)
SIDE_MOTION = re.compile(
    r"(?:Änderungs|Ergänzungs|Zusatz|Geschäftsordnungs|GO-|Vertagungs|Dringlichkeits|Verweisungs|Überweisungs|Gegen)antrag|\bAntrag\s+auf\b"
)
_ANY_BODY = frozenset({"gremium", "plenum", "mitglieder", "versammlung"})  # the body named by a generic noun
# whose motion a telling names ("dem Antrag der Gruppe", "den Vorschlag von Herrn X"): two owners, two motions
OWNED_MOTION = re.compile(
    r"\b(?:Antrag|Antrags|Antrages|Vorschlag|Vorschlags)\s+(?:der|des|von|vom)\s+(?:(?:den|dem|Herrn|Frau)\s+)?([A-ZÄÖÜ][\w/-]*)"
)


def _restates(text: str, first: Span, later: Span, gap: str, lead: bool = False) -> bool:
    """Whether `later` tells the decision `first` told again (a press report's lead and its later account, a
    resolution and "Damit ist der Antrag angenommen"): same outcome, counts that do not contradict, nothing new
    named in it or moved or put to the vote between; then it adds only its counts and unanimity."""
    a, b = first._, later._
    if a.outcome is None:
        return False
    # "… wird eine Beschlussfassung vertagt." + "Der Ausschuss ist mit diesem Vorschlag einverstanden.": one postponement
    assent = (
        a.outcome in PROPOSED_OUTCOMES and b.outcome == "accepted" and all(getattr(b, f) is None for f in ("yes", "no", "abstain"))
        and ASSENT.search(text, later.start_char, later.end_char) is not None
    )  # fmt: skip
    if a.outcome != b.outcome and not assent:
        return False
    if any(getattr(a, f) is not None and getattr(b, f) is not None and getattr(a, f) != getattr(b, f) for f in ("unanimous", "yes", "no", "abstain")):
        return False  # another tally: another vote
    first_text, later_text = text[first.start_char : first.end_char], text[later.start_char : later.end_char]
    if len(later_text) > 300 or is_status_line(first_text) or is_status_block(first_text) or is_status_line(later_text) or is_status_block(later_text):
        return False
    if _plain(later_text)[:50] in _plain(first_text):
        return False  # the same formula again ("Die Versammlung nimmt Kenntnis." after each notice): the next thing noted
    if FURTHER_DECISION.search(later_text) or SAME_RESULT.match(later_text) or PART_LABEL.search(later_text) or re.search(_PART_OF_MOTION, later_text):
        return False  # "Anschließend ...", "Ziffer 2 ...": the next vote
    # (after a report's lead the debate names "den Antrag" whose fate the lead told: there only moving one counts)
    if (MOVED_BETWEEN if lead else NEW_MOTION_BETWEEN).search(gap) or (NEXT_TOPIC_BETWEEN.search(gap) and not assent):
        return False  # a motion moved, a vote called or the next topic taken up between: the later result may be on it
    if any(line.strip() and not _GAP_LINE_END.search(line.strip()) for line in gap.splitlines()):
        return False  # a heading or label line between ("Ö 4", "Abstimmungsergebnis:"): what follows is told apart
    a_body, b_body = _body_noun(first_text), _body_noun(later_text)
    if a_body and b_body and not ({a_body, b_body} & _ANY_BODY) and not _same_body(a_body, b_body):
        return False  # "Der Ausschuss empfiehlt ..." then "Der Rat beschließt ...": two bodies, two decisions
    if _other_owner(first_text, later_text):
        return False  # "den Antrag der Gruppe" then "dem Antrag der Fraktion": two motions, two decisions
    if CONSEQUENCE.match(later_text):
        return True  # "Damit ist der Antrag angenommen.", "Somit wurde dem Vorschlag gefolgt."
    if SIDE_MOTION.search(first_text[:300]):
        return False  # the vote on an amendment or a procedural motion, then a narrated result: maybe the main motion's
    return not _names_new_object(later_text, first_text)


def _main_after_side(told: str, result: str, had: str | None, new: str | None) -> bool:
    """A vote with its counts after the telling of a vote on an amendment or a procedural motion, that decides
    otherwise or goes on to the next vote, and names no side motion itself: the vote on the main motion, not the
    side vote's counts."""
    if had is None or new is None or SIDE_MOTION.search(result) or not SIDE_MOTION.search(told[:300]):
        return False
    return new != had or FURTHER_DECISION.search(result) is not None


def _other_owner(first: str, later: str) -> bool:
    """Whether both tellings name whose motion they settle and the owners differ."""
    a = {_stem(m.group(1)) for m in OWNED_MOTION.finditer(first)}
    b = {_stem(m.group(1)) for m in OWNED_MOTION.finditer(later)}
    return bool(a) and bool(b) and not a & b


def _join_restatements(text: str, merged: list[tuple[Span, bool]], item_starts: list[int]) -> list[tuple[Span, bool]]:
    """One decision told twice in an item is one record: the first telling's span and text, the counts and
    unanimity the restatement adds (its sentence stays where it is; the turns between stay turns)."""
    out: list[tuple[Span, bool]] = []
    for sp, has_vote in merged:
        if out:
            prev, prev_vote = out[-1]
            same_item = bisect.bisect_right(item_starts, prev.start_char) == bisect.bisect_right(item_starts, sp.start_char)
            if same_item and _restates(text, prev, sp, text[prev.end_char : sp.start_char], _report_lead(text, out, prev, item_starts)):
                u, b = prev._, sp._
                for f in ("unanimous", "yes", "no", "abstain"):
                    if getattr(u, f) is None and getattr(b, f) is not None:
                        setattr(u, f, getattr(b, f))
                out[-1] = (prev, prev_vote or has_vote)
                continue
            if same_item and (k := _lead_told_again(text, out, sp, item_starts)) is not None:
                u, b = out[k][0]._, sp._
                for f in ("unanimous", "yes", "no", "abstain"):
                    if getattr(u, f) is None and getattr(b, f) is not None:
                        setattr(u, f, getattr(b, f))
                out[k] = (out[k][0], out[k][1] or has_vote)
                continue
        out.append((sp, has_vote))
    return out


# a report's lead: the body's decision in the perfect and nothing more ("Der Gemeinderat hat den Haushalt beschlossen.").
# Narrower than PERFECT on purpose: a lead that goes on ("… beschlossen – allerdings erst nach …") tells more than the
# later result, and gold keeps the record at that result (held-out c04).
_LEAD_PERFECT = re.compile(r"^(?:Der|Die|Das)\s[^,.;:]{0,60}?\b(?:hat|haben)\b[^,.;:]{0,150}\b(?:beschlossen|verabschiedet|genehmigt|abgelehnt|gebilligt)\s*\.\s*$")


def _lead_told_again(text: str, out: list[tuple[Span, bool]], sp: Span, item_starts: list[int]) -> int | None:
    """The index in `out` of a report's lead that `sp` tells again after a vote on a side motion between them
    ("Der Rat hat den Haushalt beschlossen." … "Der Änderungsantrag der AB wurde abgelehnt." … "Anschließend wurde
    der Haushalt mit 14 zu 3 Stimmen angenommen."): the item's first record, in the perfect without counts, the
    records between it and `sp` all on side motions, `sp` of the same outcome naming the lead's object."""
    item = bisect.bisect_right(item_starts, sp.start_char)
    k = len(out) - 1
    while k > 0 and bisect.bisect_right(item_starts, out[k - 1][0].start_char) == item:
        k -= 1
    if k == len(out) - 1:
        return None  # no record between: the ordinary restatement test applies
    lead, between = out[k][0], out[k + 1 :]
    lead_text, later_text = text[lead.start_char : lead.end_char], text[sp.start_char : sp.end_char]
    u, b = lead._, sp._
    if u.outcome != b.outcome or u.yes is not None or u.no is not None or not _LEAD_PERFECT.match(lead_text.strip()):
        return None
    if SIDE_MOTION.search(later_text) or not all(SIDE_MOTION.search(text[r.start_char : r.end_char]) for r, _ in between):
        return None
    objects = {_stem(m.group()) for m in _CAPITALISED.finditer(lead_text) if not _restating_nouns().fullmatch(m.group())}
    objects -= {_stem(w) for w in ("Der", "Die", "Das")}
    named = {_stem(m.group()) for m in _CAPITALISED.finditer(later_text)}
    return k if objects & named else None


def _consent_against_status(text: str, sp: Span, status: Span) -> bool:
    """A bare no-objection (no count) whose outcome is not the status line's: consent to something on the way (the
    procedure, the order of business), not the item's decision, which the status line states."""
    return (
        sp._.outcome != status._.outcome and status._.outcome is not None and len(text) <= 120
        and BARE_NO_OBJECTION.match(text.strip()) is not None and sp._.yes is None and not sp._.no and not sp._.abstain
    )  # fmt: skip


PROPOSAL_HEADING = re.compile(r"(?m)^[ \t]{0,3}Beschlussvorschlag[ \t]{0,3}:[ \t\u00a0]*$")


def _status_over_proposal(text: str) -> bool:
    """A status line that took in the proposal under it ("Ergebnis: empfohlen" + "Beschlussvorschlag: Der Kreistag
    beschließt ..."): the administration's proposal, not a telling of its own when the item has its vote in the text."""
    return is_status_line(text.split("\n", 1)[0]) and PROPOSAL_HEADING.search(text) is not None


def _header_result(text: str) -> bool:
    """A result line under headings only, no resolution wording before it ("Beschluss:" + "Abstimmungsergebnis:
    Einstimmig"): the item's result stated above its debate, when the item has another decision."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not lines[0].endswith(":"):
        return False
    while lines and lines[0].endswith(":") and len(lines[0]) <= 40:
        lines.pop(0)
    return bool(lines) and len(lines[0]) <= 160 and RESULT_LINE.match(lines[0]) is not None and "." not in lines[0].rstrip(". ")


def _item_head(merged: list[tuple[Span, bool]], item_starts: list[int], sp: Span, blocks: set[int], span_text) -> int | None:  # noqa: ANN001
    """The index of the record a bare result at the end of an item is the vote on: the record just before it, a
    resolution block without a vote of its own; or the item's first record, a resolution block whose stated outcome
    the result repeats with counts (votes on amendments between keep theirs)."""
    item = bisect.bisect_right(item_starts, sp.start_char)
    j = len(merged) - 1
    while j > 0 and bisect.bisect_right(item_starts, merged[j - 1][0].start_char) == item:
        j -= 1
    for k in dict.fromkeys((len(merged) - 1, j)):
        head, head_vote = merged[k]
        if head.start_char not in blocks or is_status_line(span_text(head)) or bisect.bisect_right(item_starts, head.start_char) != item:
            continue
        u = head._
        numbers = u.no is not None or bool(u.yes)  # (not the yes 0 of "einstimmig abgelehnt")
        if k == len(merged) - 1 and not head_vote:
            return k
        if not numbers and u.outcome == sp._.outcome and (not head_vote or u.unanimous in (None, sp._.unanimous) or (u.unanimous and u.outcome == "rejected")):
            return k  # "Beschluss: einstimmig abgelehnt" above the debate, the vote table at its end
    return None


# blank lines and short headings ("Beschlussantrag:", "Ergebnis/Beschluss:", "Einstimmiger Beschluss:") between a status header and its resolution
RESOLUTION_HEADING = re.compile(r"(?m)^[ \t]{0,3}(?:[\w]{2,20}/|[A-ZÄÖÜ][a-zäöüß]{3,20}er[ \t]+)?Beschluss(?:antrag|text|vorschlag|empfehlung)?[ \t]{0,3}:[ \t\u00a0]*$")
PARAGRAPH_END = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*\n|\Z)")
# the resolution's own label further down ("Beschluss:", "Beschlusstext:"), not a proposal's
LATER_RESOLUTION = re.compile(r"(?m)^[ \t]{0,3}Beschluss(?:text)?[ \t]{0,3}:[ \t\u00a0]*$")
_BLANK_LINES = re.compile(r"(?:[ \t\u00a0]*\n)*[ \t\u00a0]*")
_HEADINGS_GAP = re.compile(r"(?:[ \t\u00a0]*\n|[ \t]{0,3}[^\n.]{2,40}:[ \t\u00a0]*\n)+")


def _absorb_status_header(doc: Doc, text: str, spans: list[Span], own_vote: dict[int, bool], item_starts: list[int]) -> list[Span]:
    """The council system's header ("Beschluss: einstimmig abgelehnt", maybe "Abstimmung: Ja: 6, Nein: 0") above
    the resolution it reports is one record with that resolution: the header's outcome and counts are the vote on it.
    A resolution that stands under its own "Beschluss:" label after the debate is that record too."""
    spans = sorted(spans, key=lambda s: s.start_char)
    out: list[Span] = []
    skip: set[int] = set()
    for i, sp in enumerate(spans):
        if i in skip:
            continue
        first_line = text[sp.start_char : sp.end_char].split("\n", 1)[0]
        gap = _HEADINGS_GAP.match(text, sp.end_char)
        status_head = is_status_line(first_line)
        # (or labels and the count line only: "Beschluss: Abstimmungsergebnis:" + "Abstimmung: Ja: 13, Nein: 0")
        if gap is None or not (status_head or _header_result(text[sp.start_char : sp.end_char])):
            out.append(sp)
            continue
        nxt = gap.end()
        # the resolution right below (its span may begin at the heading the gap stepped over)
        following = spans[i + 1] if i + 1 < len(spans) and (abs(spans[i + 1].start_char - nxt) <= 3 or sp.end_char <= spans[i + 1].start_char <= nxt) else None
        if status_head and following is not None and following._.yes is None and not following._.no:
            end = following.end_char
            skip.add(i + 1)
        elif status_head and following is None and RESOLUTION_HEADING.search(text, sp.end_char, nxt) and (para := PARAGRAPH_END.search(text, nxt)):
            end = para.start()  # "Beschluss:" + a resolution that states no outcome of its own ("Wie Vorlage")
        else:  # a resolution with a tally of its own, or no resolution right under the header (maybe one below the debate)
            if following is None and (block := _resolution_after_debate(text, sp, spans[i + 1 :], item_starts)) is not None:
                moved = doc.char_span(*block, label="decision", alignment_mode="expand")
                if moved is not None:
                    _copy_decision(sp, sp, moved)
                    moved._.status_text = " ".join(text[sp.start_char : sp.end_char].split())
                    own_vote[moved.start_char] = own_vote.get(sp.start_char, False)
                    out.append(moved)
                    continue
            out.append(sp)
            continue
        joined = doc.char_span(sp.start_char, end, label="decision", alignment_mode="expand")
        if joined is None or joined.end_char <= sp.end_char:
            out.append(sp)
            skip.discard(i + 1)
            continue
        _copy_decision(sp, following if following is not None else sp, joined)
        own_vote[joined.start_char] = own_vote.get(sp.start_char, False)
        out.append(joined)
    return out


def _resolution_after_debate(text: str, status: Span, later: list[Span], item_starts: list[int]) -> tuple[int, int] | None:
    """The one "Beschluss:" block below the debate of the item the status header heads, when no other record
    stands between them ("Beschluss: abgelehnt" + the debate + "Beschluss:" / "Dem Verein wird ... gewährt."):
    the resolution the header reports, placed where the minutes state it."""
    item = bisect.bisect_right(item_starts, status.start_char)
    limit = item_starts[item] if item < len(item_starts) else len(text)
    if later:
        limit = min(limit, later[0].start_char)
    labels = list(LATER_RESOLUTION.finditer(text, status.end_char, limit))
    if len(labels) != 1:
        return None
    body = _BLANK_LINES.match(text, labels[0].end()).end()
    para = PARAGRAPH_END.search(text, body)
    end = min(para.start() if para else len(text), limit)
    if end - body < 20 or is_status_line(text[body:end].split("\n", 1)[0]):
        return None
    return labels[0].start(), end


def _resolution_between(text: str, a: int, b: int) -> int | None:
    """Where the resolution wording starts between a status line (ending at a) and its result line (at b): the first
    non-blank character, when text stands there that is more than headings."""
    gap = text[a:b]
    if _only_headings(gap):
        return None
    return a + len(gap) - len(gap.lstrip())


def _bare_result(text: str) -> bool:
    """A result line and nothing else ("Abstimmungsergebnis: einstimmig"), or a vote block or sentence that only says
    what the vote amounts to ("dafür: 6 / dagegen: 6 / Somit ist der Antrag abgelehnt.", "Der Antrag ist damit
    abgelehnt."): the vote on the item's resolution, however much debate stands between them."""
    if len(text) <= 160 and RESULT_LINE.match(text) is not None and "." not in text.rstrip(". \n"):
        return True
    if len(text) > 400:
        return False
    kinds = [count_line(line) for line in text.splitlines() if line.strip(" \t\u00a0")]
    if len(kinds) >= 2 and None not in kinds and ("yes" in kinds or "no" in kinds):
        return True  # a vote table and nothing else ("Stimmberechtigte: 11" / "Ja-Stimmen: 11" / "Nein-Stimmen: 0" / ...)
    if CONSEQUENCE.match(text) is not None:
        return text.rstrip().count(".") <= 1  # one sentence
    if RESULT_LINE.match(text) is None:
        return False
    paragraphs = [p.strip() for p in re.split(r"\n[ \t\u00a0]*\n", text) if p.strip()]
    return len(paragraphs) > 1 and CONSEQUENCE.match(paragraphs[-1]) is not None and all(len(p) <= 120 for p in paragraphs[:-1])


def _new_sub_item(text: str, start: int, body: str) -> bool:
    return SUB_ITEM.match(body) is not None and _BLANK_LINE_END.search(text[max(0, start - 40) : start]) is not None


# the short line under a "Beschluss...:" heading that a tally below is about ("Beschlussempfehlung:" / "Wie Vorlage" / "dafür: 8")
VOTED_LINE = re.compile(
    r"(?m)^[ \t]{0,3}Beschluss[\w ]{0,40}:[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*(?P<line>[^\n]{2,120}[^.:\n])[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*\Z"
)


def _voted_line(text: str, start: int, end: int, last_end: int) -> int | None:
    """Where the decision a result line belongs to begins, when that is above it: the decision sentence on the
    same line ("Sodann beschließt der Rat, ... Abstimmungsergebnis: einstimmig") or the short line voted on."""
    if not RESULT_LINE.match(unbulleted(text[start:end])):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if last_end <= line_start < start and len(before) <= 300 and before.rstrip().endswith(".") and outcome_of(before):
        return line_start
    m = VOTED_LINE.search(text, max(last_end, start - 300), start)
    if m is not None:
        return m.start("line")
    if not unbulleted(before).strip() and line_start > 0:  # the result line starts its line: the line above is what was voted on
        above_start, above_end = _line_above(text, line_start) or (0, 0)
        above = text[above_start:above_end]
        if above_end > 0 and last_end <= above_start and (
            NOMINAL_LINE.fullmatch(above.strip()) or ("?" in above and VOTE_QUESTION.fullmatch(above.strip())) or _body_decides(above)
            or PASSIVE_LINE.fullmatch(above.strip())
        ):
            return above_start + len(above) - len(above.lstrip())
    return None


def _resolution_above(text: str, line_start: int, last_end: int) -> int:
    """Where a result block starting at line_start begins its decision: the body's resolution on the line above
    ("Der Rat beschließt den Neubau." + "Abstimmungsergebnis: einstimmig"), else the block itself."""
    if line_start > 0 and (above := _line_above(text, line_start)) is not None and last_end <= above[0] and _body_decides(text[above[0] : above[1]]):
        return above[0]
    return line_start


def _point_heading(text: str, start: int) -> bool:
    """Whether an item starts with a numbered point of a resolution ("1. Die eingegangenen Stellungnahmen werden ...")."""
    return NUMBERED.match(text, start) is not None and ENUM_POINT.match(text[start : start + 12].lstrip()) is not None


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The (start, end) of the line above the one starting at line_start, over up to four blank lines (web pages
    put paragraphs of a lone non-breaking space between the lines of a block); None at the top."""
    above_end = line_start - 1
    for _ in range(4):
        if above_end <= 0 or text[text.rfind("\n", 0, above_end) + 1 : above_end].strip():
            break
        above_end = text.rfind("\n", 0, above_end)  # a blank line between
    if above_end <= 0:
        return None
    return text.rfind("\n", 0, above_end) + 1, above_end


def _body_decides(line: str) -> bool:
    """A line that is one sentence (its full stop maybe left out) in which the body decides in the present tense ("Der Rat beschließt den Neubau ..."),
    right above a result line: the resolution voted on, even where a section heading made it read as background."""
    line = line.strip()
    return (
        10 <= len(line) <= 400 and not line.endswith((":", ",", ";")) and line.count(". ") == 0 and body_match(line[:200]) is not None
        and PRESENT_DECISION.search(line[:300]) is not None
    )


# the question put to the vote, its count line below ("Abstimmung: Soll die Rednerliste geschlossen werden?")
VOTE_QUESTION = re.compile(r"(?:Abstimmung|Abstimmungsfrage|Frage)\s{0,3}:\s{0,3}[^\n?]{3,250}\?")


# a verbless line naming what is put to the vote ("Verweis in den Finanzausschuss", "• Genehmigung der Niederschrift vom 3.5.")
NOMINAL_LINE = re.compile(
    r"(?:[•·▪◦*]\s{0,6})?(?:[A-ZÄÖÜ][a-zäöüß]+(?:ung|nahme|weis|wahl|gabe|lage|trag|schluss)|Antrag|Vorlage|Verweis|Wahl)\b[^\n.!?:;]{0,120}"
    r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}[^\n.!?:;]{0,40})?"
)


# a one-sentence line that states what is done, in the present passive ("Die TOP 2 bis 5 werden in Teil B
# behandelt.", "Der TOP 28 wird im nichtöffentlichen Teil beraten."): above a result line, what was voted on
PASSIVE_LINE = re.compile(
    r"(?:Die|Der|Das)\s[^\n.!?:;]{2,160}?\s(?:wird|werden)\s(?![^\n.!?:;]*\b(?:soll|sollen|kann|können|muss|müssen)\b)[^\n.!?:;]{0,120}?\s"
    r"(?:behandelt|abgestimmt|aufgenommen|abgesetzt|gestrichen|zusammengefasst|verbunden|vorgezogen|getauscht|eingefügt|ergänzt|geändert|"
    r"erweitert|festgelegt|übernommen|genehmigt|bestätigt|angenommen|beschlossen)\s{0,2}\.?"
)


def _other_outcome(had: str | None, new: str | None) -> bool:
    """A second sentence that decides otherwise is another decision, except the resolution that takes note
    and then acts ("nimmt ... zur Kenntnis. Die Verwaltung wird beauftragt, ...")."""
    return had is not None and new is not None and had != new and not (had == "noted" and new == "accepted")


def _repeats(vote: Vote, v: Vote) -> bool:
    """`v` states a count `vote` already has with another value (or no count at all): a new tally, not the next line
    of the same one."""
    fields = [f for f in ("yes", "no", "abstain") if getattr(v, f) is not None]
    # (the same count again, the sentence's tally then the system's table "Ja-Stimmen: 17": the same vote)
    return not fields or any(getattr(vote, f) is not None and getattr(vote, f) != getattr(v, f) for f in fields)


def _implied(v: Vote) -> str | None:
    """The outcome a vote states, else the one its counts imply."""
    if v.outcome is not None or v.yes is None or v.no is None or v.yes + v.no == 0:
        return v.outcome
    return "accepted" if v.yes > v.no else "rejected"


def _counts_only(gap: str) -> bool:
    """Nothing but blank lines and a vote block's count lines ("Befangen: 0") between two sentences."""
    return all(not line.strip(" \t\u00a0") or count_line(line.strip()) is not None for line in gap.splitlines())


def _numbers(v: Vote) -> bool:
    return any(x is not None for x in (v.yes, v.no, v.abstain))


def _only_headings(gap: str) -> bool:
    """Nothing but blank lines and headings ("Beschluss:", "Abstimmungsergebnis:") between two pieces."""
    furniture = lexicon().boilerplate
    return all(
        not line.strip() or (line.strip().endswith(":") and len(line.strip()) <= 40) or furniture.match(line.strip())
        for line in gap.splitlines()
    )


def _copy_decision(first: Span, second: Span, into: Span) -> None:
    """The joined record: the vote sentence's outcome first, counts from either piece."""
    a, b, u = first._, second._, into._  # (each `span._` builds an Underscore object)
    v = Vote(a.outcome, a.unanimous, a.yes, a.no, a.abstain)
    if a.outcome == "accepted" and b.outcome not in (None, "accepted") and RESULT_LINE.match(ext.span_text(second)):
        v.outcome = b.outcome  # the resolution wording, then the result line that says how the vote went
    v.merge(Vote(b.outcome, b.unanimous, b.yes, b.no, b.abstain))
    u.kind = "decision"
    u.outcome, u.unanimous = v.outcome, v.unanimous
    u.yes, u.no, u.abstain = v.yes, v.no, v.abstain
