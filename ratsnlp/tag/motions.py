"""The `ratsnlp_motions` component: motions as records, linked to the turns that act on them and the decision
that settled them.

A motion is moved once ("stellt den Änderungsantrag", "beantragt Vertagung", "Die SPD-Fraktion beantragt");
later mentions ("unterstützt den Antrag", "lehnt den Änderungsantrag ab") are relations of turns to it, not
new motions. A motion is linked to the decision that names it ("Der Änderungsantrag wird abgelehnt"), else to
the next decision of its agenda item when it is the only open motion there; otherwise it is left open.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..resources.literals import Prechecked

# the sentence that moves a motion (patterns in the order of specificity)
MOVES = re.compile(
    r"\b(?:stell(?:t|te|e|en|ten)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,5}?(?:den|einen|folgenden)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?[\w-]{0,30}[Aa]ntrag\b(?![^.]{0,30}\bvor\b)"
    r"|beantrag(?:t|te|e|en|ten)\b|bring(?:t|en|e)\s{1,3}(?:den|einen)\s{1,3}[\w-]{0,30}[Aa]ntrag\b[^.]{0,80}\bein\b"
    r"|\b(?:verliest|verlas|trägt|trug)\s{1,3}den\s{1,3}[\w-]{0,30}[Aa]ntrag\b"
    r"|\bAntrag\s{1,3}(?:auf|zur)\s{1,3}(?:Vertagung|Schluss|Nichtbefassung|Überweisung|Verweisung|Absetzung|Zurückstellung|Sitzungsunterbrechung|geheime))"
)
# an agenda item whose subject is a group's written motion ("Antrag der SPD-Fraktion: Tempo 30 ...")
TITLE_MOTION = re.compile(
    r"^(?:[\w./ -]{0,40}?\s)?(?:Gemeinsamer\s{1,3})?(?P<kind>Änderungs|Ergänzungs|Dringlichkeits)?[Aa]ntrag\s{1,3}(?:der|des|von)\s{1,3}"
    r"(?P<g>(?:Fraktion(?:en)?\s{1,3}(?:der\s{1,3})?)?[\w/ .-]{1,50}?(?:-?Fraktion(?:en)?)?)(?=\s{0,3}(?::|–|-\s|vom\b|,|\n|$))"
)
WITHDRAWS = re.compile(r"\bzieh(?:t|en)\s{1,3}(?:den|seinen|ihren|diesen)\s{1,3}[\w-]{0,30}[Aa]ntrag\b[^.]{0,60}\bzurück|\bAntrag\b[^.]{0,40}\bwird\s{1,3}zurückgezogen|\bzurückgezogen\b")
SUPPORTS = re.compile(
    r"\b(?:unterstützt|unterstützte|befürwortet|befürwortete)\b[^.]{0,60}\b[\w-]{0,30}[Aa]ntrag|"
    r"\bschließ(?:t|en)\s{1,3}sich\b[^.]{0,40}\b[\w-]{0,30}[Aa]ntrag\b[^.]{0,20}\ban|\bschloss\s{1,3}sich\b[^.]{0,40}[Aa]ntrag|"
    r"\bsprich(?:t)?\s{1,3}sich\s{1,3}für\s{1,3}(?:den|die)\s{1,3}[\w-]{0,30}(?:[Aa]ntrag|Vertagung|Überweisung)|"
    r"\bbittet\s{1,3}um\s{1,3}Zustimmung\b|\bstimmt\s{1,3}dem\s{1,3}[\w-]{0,30}[Aa]ntrag\b[^.]{0,40}\bzu\b|"
    r"\b(?:begründet|begründete)\s{1,3}(?:den|ihren|seinen)\s{1,3}[\w-]{0,30}[Aa]ntrag|\bstell(?:t|te)\s{1,3}(?:den|ihren|seinen)\s{1,3}[\w-]{0,30}[Aa]ntrag\b[^.]{0,60}\bvor\b"
)
OPPOSES = re.compile(
    r"\blehn(?:t|te|en)\s{1,3}(?:den|die|diesen)\s{1,3}[\w-]{0,30}(?:[Aa]ntrag|Vertagung|Überweisung)\b[^.]{0,80}\bab\b|"
    r"\bhält\s{1,3}(?:den|diesen)\s{1,3}[\w-]{0,30}[Aa]ntrag\s{1,3}für\s{1,3}(?:nicht|un|falsch|überflüssig|verfehlt)|"
    r"\bkann\s{1,3}dem\s{1,3}[\w-]{0,30}[Aa]ntrag\s{1,3}nicht\s{1,3}zustimmen|"
    r"\bsprich(?:t)?\s{1,3}sich\s{1,3}gegen\s{1,3}(?:den|die)\s{1,3}[\w-]{0,30}(?:[Aa]ntrag|Vertagung|Überweisung)"
)
# weaker evidence, tried only when the explicit patterns above find nothing and the turn names a motion
# (they are not merged: "hält den Antrag für nicht sinnvoll" needs the explicit, negation-aware OPPOSES)
MENTIONS_MOTION = re.compile(r"[Aa]ntrag|Vorschlag|Vertagung|Überweisung|Änderung|Ergänzung")
SUPPORT_CUE = re.compile(
    r"\b(?:unterstütz\w*|befürwort\w*|begrüß\w*|Zustimmung|stimm(?:t|te|en)\b[^.]{0,60}\bzu\b|schließ(?:t|en)\s{1,3}sich\b[^.]{0,60}\ban|"
    r"schloss\s{1,3}sich|sprich(?:t)?\s{1,3}sich\s{1,3}für|sprach\s{1,3}sich\s{1,3}für|wirbt|warb|richtig|sinnvoll|notwendig)\b"
)
OPPOSE_CUE = re.compile(
    r"\b(?:lehn(?:t|te|en)\b[^.]{0,80}\bab|Ablehnung|ablehn\w*|kritisier\w*|Bedenken|bezweifel\w*|sprich(?:t)?\s{1,3}sich\s{1,3}gegen|"
    r"sprach\s{1,3}sich\s{1,3}gegen|nicht\s{1,3}zustimmen|nicht\s{1,3}mittragen|falsch|unnötig|nicht\s{1,3}finanzierbar|zu\s{1,3}teuer|hält\s{1,3}nichts)\b"
)
KINDS = (
    ("procedural", re.compile(r"Geschäftsordnung|Schluss\s{1,3}der\s{1,3}(?:Debatte|Rednerliste|Aussprache)|Nichtbefassung|Redezeit|Sitzungsunterbrechung|geheime\s{1,3}Abstimmung|namentliche\s{1,3}Abstimmung")),
    ("postpone", re.compile(r"Vertagung|vertag|Zurückstellung|zurückzustellen|Absetzung|abzusetzen|zu\s{1,3}verschieben")),
    ("refer", re.compile(r"Überweisung|Verweisung|zu\s{1,3}überweisen|zu\s{1,3}verweisen|in\s{1,3}die\s{1,3}Fraktionen")),
    ("amendment", re.compile(r"Änderungsantrag|Ergänzungsantrag|Zusatzantrag|zu\s{1,3}ändern|zu\s{1,3}ergänzen|zu\s{1,3}streichen")),
)
GROUP_MOVER = re.compile(
    r"^(?:Die|Der)\s{1,3}(?P<g>[\w/ .-]{0,40}?(?:Fraktion|Gruppe|Verwaltung)(?:\s{1,3}(?:der|von)\s{1,3}[\w/ .-]{1,40}?)?)\s{1,3}beantragt"
    r"|(?:[Aa]ntrag|[Ää]nderungsantrag|Ergänzungsantrag)\s{1,3}der\s{1,3}(?P<h>[\w/ -]{2,40}?-?Fraktion)"
)


# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
MOVES, TITLE_MOTION, WITHDRAWS, SUPPORTS, OPPOSES, MENTIONS_MOTION, SUPPORT_CUE, OPPOSE_CUE, GROUP_MOVER = (
    Prechecked(MOVES), Prechecked(TITLE_MOTION), Prechecked(WITHDRAWS), Prechecked(SUPPORTS), Prechecked(OPPOSES), Prechecked(MENTIONS_MOTION), Prechecked(SUPPORT_CUE), Prechecked(OPPOSE_CUE), Prechecked(GROUP_MOVER),
)


def motion_kind(text: str) -> str:
    for kind, pat in KINDS:
        if pat.search(text):
            return kind
    return "main"


@Language.factory("ratsnlp_motions", assigns=["doc.spans"], requires=["doc.spans"])
def make_motions(nlp: Language, name: str) -> Motions:
    return Motions(name=name)


class Motions:
    """Writes span group `motions` (motion_id, motion_kind, mover, outcome, counts, decision_id), sets
    motion_id/motion_relation on turns and motion_id on the decisions that settled a motion."""

    def __init__(self, *, name: str = "ratsnlp_motions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = ext.text_of(doc)
        decisions = list(doc.spans.get(ext.SPAN_GROUPS["decisions"], []))
        turns = list(doc.spans.get(ext.SPAN_GROUPS["turns"], []))
        items = sorted(s.start_char for s in doc.spans.get(ext.SPAN_GROUPS["items"], []))
        sents = list(doc.spans.get(ext.SPAN_GROUPS["sentences"], []))
        turn_starts = [t.start_char for t in turns]
        motions: list[Span] = []
        for sent in sents:
            body = text[sent.start_char : sent.end_char]
            if not MOVES.search(body) or _inside_decision(decisions, sent.start_char):
                continue
            k = bisect.bisect_right(turn_starts, sent.start_char) - 1
            turn = turns[k] if k >= 0 and turns[k].end_char >= sent.end_char else None
            group = GROUP_MOVER.search(body)
            if turn is None and group is None:
                continue  # "Es wird beantragt ...": no mover to name
            sp = doc.char_span(sent.start_char, sent.end_char, label="motion", alignment_mode="expand")
            if sp is None:
                continue
            sp._.kind = "motion"
            sp._.motion_kind = motion_kind(body)
            if group is not None and (turn is None or group.start() > 0):
                sp._.mover = (group.group("g") or group.group("h")).strip()
            else:
                sp._.mover = turn._.speaker
                sp._.mover_speaker_id = turn._.speaker_id
                sp._.mover_party = turn._.party
                turn._.motion_relation, turn._.motion_id = "moves", None  # id set below
            motions.append(sp)
        motions = sorted(self._title_motions(doc, text, motions) + motions, key=lambda m: m.start_char)
        for n, m in enumerate(motions, start=1):
            m._.motion_id = f"m{n}"
        for t in turns:
            if t._.motion_relation == "moves":
                t._.motion_id = next((m._.motion_id for m in motions if t.start_char <= m.start_char < t.end_char), None)
        self._relate_turns(turns, motions, items, text)
        self._settle(motions, decisions, items, text)
        doc.spans[ext.SPAN_GROUPS["motions"]] = motions
        ext.release_text(doc)
        return doc

    @staticmethod
    def _title_motions(doc: Doc, text: str, moved: list[Span]) -> list[Span]:
        """Items whose subject is a group's written motion, unless a turn of the item moves one itself."""
        out = []
        for item in doc.spans.get(ext.SPAN_GROUPS["items"], []):
            line_end = text.find("\n", item.start_char, item.end_char)
            line_end = item.end_char if line_end < 0 else line_end
            head = text[item.start_char : line_end]
            m = TITLE_MOTION.search(head)
            if m is None or any(item.start_char <= x.start_char < item.end_char and x._.motion_kind == "main" for x in moved):
                continue
            sp = doc.char_span(item.start_char, line_end, label="motion", alignment_mode="expand")
            if sp is None:
                continue
            sp._.kind = "motion"
            sp._.motion_kind = "amendment" if m.group("kind") in ("Änderungs", "Ergänzungs") else "main"
            sp._.mover = m.group("g").strip()
            out.append(sp)
        return out

    @staticmethod
    def _relate_turns(turns: list[Span], motions: list[Span], items: list[int], text: str) -> None:
        """supports / opposes / withdraws: the motion the turn names by kind, else the latest open one of its item."""
        for t in turns:
            if t._.motion_relation == "moves":
                continue
            body = text[t.start_char : t.end_char][:1500]
            relation = "withdraws" if WITHDRAWS.search(body) else "opposes" if OPPOSES.search(body) else "supports" if SUPPORTS.search(body) else None
            if relation is None and MENTIONS_MOTION.search(body):
                against, pro = OPPOSE_CUE.search(body), SUPPORT_CUE.search(body)
                if against and not (pro and pro.start() < against.start()):
                    relation = "opposes"
                elif pro:
                    relation = "supports"
            if relation is None:
                continue
            item = bisect.bisect_right(items, t.start_char)
            open_here = [m for m in motions if m.start_char < t.start_char and bisect.bisect_right(items, m.start_char) == item]
            if not open_here:
                continue
            kind = motion_kind(body)
            named = [m for m in open_here if m._.motion_kind == kind]
            target = (named or open_here)[-1]
            t._.motion_relation, t._.motion_id = relation, target._.motion_id
            if relation == "withdraws":
                target._.outcome = "withdrawn"

    @staticmethod
    def _settle(motions: list[Span], decisions: list[Span], items: list[int], text: str) -> None:
        """Link each motion to the decision that settled it; leave it open rather than guess."""
        used: set[str] = set()
        for d in decisions:
            item = bisect.bisect_right(items, d.start_char)
            open_here = [
                m for m in motions
                if m.end_char <= d.start_char and bisect.bisect_right(items, m.start_char) == item
                and m._.decision_id is None and m._.outcome != "withdrawn"
            ]  # fmt: skip
            if not open_here or d._.decision_id in used:
                continue
            body = text[d.start_char : d.end_char][:600]
            kind = motion_kind(body) if re.search(r"[Aa]ntrag|Vertagung|vertagt|Überweisung|verwiesen|überwiesen|Geschäftsordnung", body) else None
            named = [m for m in open_here if m._.motion_kind == kind] if kind else []
            if kind == "main" and not named:
                named = [m for m in open_here if m._.motion_kind == "main"]
            target = named[-1] if named else (open_here[0] if len(open_here) == 1 else None)
            if target is None:
                continue
            used.add(d._.decision_id)
            target._.decision_id = d._.decision_id
            d._.motion_id = target._.motion_id
            target._.outcome = d._.outcome
            target._.yes, target._.no, target._.abstain = d._.yes, d._.no, d._.abstain


def _inside_decision(decisions: list[Span], pos: int) -> bool:
    return any(d.start_char <= pos < d.end_char for d in decisions)


__all__ = ["Motions", "motion_kind"]
