"""Read outcome, unanimity and yes/no/abstain counts from decision text (patterns in vote_patterns.jsonl)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..resources import lexicon
from ..resources.literals import Found, LiteralScan, Prechecked, cased_literals, literal_alternation

TABLE_ROW = re.compile(r"^\s{0,3}(?P<label>[A-Za-zÄÖÜäöü -]{2,30}?)\s{0,3}(?:\||:)\s{0,3}(?P<cells>[\d\s|-]{1,200})$", re.M)
ROW_FIELDS = (
    (re.compile(r"^(?:Ja|Ja-Stimmen|Jastimmen|Zustimmung|Dafür|Für)$", re.I), "yes"),
    (re.compile(r"^(?:Nein|Nein-Stimmen|Neinstimmen|Gegenstimmen|Ablehnung|Dagegen)$", re.I), "no"),
    (re.compile(r"^(?:Enthaltung|Enthaltungen|Stimmenthaltung(?:en)?)$", re.I), "abstain"),
)


@dataclass
class Vote:
    outcome: str | None = None
    unanimous: bool | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    # counts stated without a number ("bei Enthaltung der FDP-Fraktion": the group's members, how many is not said):
    # they stay None, and are not read as 0
    unknown: frozenset[str] = frozenset()

    def counts(self) -> dict[str, int]:
        """The counts stated (yes, no, abstain), as fields to set on a record."""
        return {f: n for f in ("yes", "no", "abstain") if (n := getattr(self, f)) is not None}

    @property
    def has_counts(self) -> bool:
        return self.unanimous is not None or bool(self.unknown) or any(v is not None for v in (self.yes, self.no, self.abstain))

    def merge(self, other: Vote) -> None:
        self.outcome = self.outcome or other.outcome
        if self.unanimous is None:
            self.unanimous = other.unanimous
        for f in ("yes", "no", "abstain"):
            if getattr(self, f) is None:
                setattr(self, f, getattr(other, f))
        self.unknown |= other.unknown

    def _default(self, field: str, value: int) -> None:
        """Set a count the stated facts imply, unless it is stated without a number."""
        if getattr(self, field) is None and field not in self.unknown:
            setattr(self, field, value)

    def finish(self) -> Vote:
        """Fill what the stated facts imply: "einstimmig" means no 0; counts decide the outcome."""
        if self.no is not None and self.no > 0:  # votes against: not unanimous, whatever word stood nearby
            self.unanimous = False
        if self.unanimous is None and self.no == 0 and self.yes:
            self.unanimous = True  # "10 Ja / 0 Nein"
        if self.unanimous is None and self.no is None and (self.abstain or "abstain" in self.unknown):
            self.unanimous = False  # "bei zwei Enthaltungen mit neun Ja-Stimmen": not all for it, though none against
        if self.unanimous and self.outcome == "rejected" and self.yes is None:
            self.yes = 0  # "einstimmig abgelehnt": nobody voted for it; the votes against are not stated
            self._default("abstain", 0)
        elif self.unanimous:
            self._default("no", 0)
            self._default("abstain", 0)
        if self.yes is not None and self.no is None and (self.abstain is not None or "abstain" in self.unknown or self.unanimous) and not (self.unanimous and self.outcome == "rejected"):
            self._default("no", 0)  # "mit 14 Ja-Stimmen bei 1 Enthaltung"
        if self.yes is not None and self.no is not None:
            self._default("abstain", 0)  # counts were given and abstentions not mentioned
        if self.outcome == "accepted" and self.yes is not None and self.no is not None and self.yes < self.no:
            self.outcome = "rejected"  # more votes against than for: the motion failed
        if self.unanimous is None and self.outcome == "rejected" and self.yes:
            self.unanimous = False  # "Für den Antrag stimmen nur 4; er ist abgelehnt": some voted for it
        if self.outcome is None:
            if self.yes is not None and self.no is not None and self.yes + self.no > 0:  # (0 : 0 is an empty block: no vote recorded)
                self.outcome = "accepted" if self.yes > self.no else "rejected"
            elif self.unanimous is not None:
                self.outcome = "accepted"
            elif self.yes and self.no is None and self.abstain is None and not self.unknown:
                self.outcome = "accepted"  # "Abstimmungsergebnis: 10 Ja-Stimmen": only votes for it were counted
        return self


def number_value(s: str) -> int | None:
    """A count written in digits or as a number word ("sieben", "Zwölf"); a dash in a tally is none ("(14/-/1)")."""
    if s.isdigit():
        return int(s)
    if s in ("-", "–", "—"):
        return 0
    return lexicon().number_words.get(s.lower())


# A cheap first look: every outcome cue and participle starts with one of these stems; matched on lowercased
# text (a case-blind alternation is an order of magnitude slower).
_STEMS = ["beschl", "angenomm", "annehm", "abgelehn", "lehn", "kenntnis", "vertag", "verwie", "überwie", "verweis", "überweis", "stimm", "mehrheit", "billig", "genehm", "bestätig", "gewähl", "wählt", "berufen", "aufgenomm", "benann", "bestell", "beauftrag", "empf", "nimmt", "nahm", "schlo", "schli", "abgesetzt", "zurück", "verschob", "verschieb", "entscheid", "entschied", "ernann", "entsandt", "spricht sich", "sprechen sich", "sprach sich", "sprachen sich", "durch los", "per los", "tagesordnung ab", "erteil", "vergib", "vergab", "vergeb", "versagt", "verweiger", "festgestellt", "lesung", "beratung", "zugestimmt", "zustimmung", "verworfen", "folgt", "geändert", "erweitert", "ergänzt", "bewillig", "gilt", "gelten", "einwä", "einwend", "widerspruch", "einig", "einverstanden", "befürwort", "trifft", "traf", "einvernehmen", "anerkannt", "grünes licht", "stimmpatt", "stimmengleichheit", "entsproch", "verabschied", "festgelegt", "festgesetzt", "vereinbart", "scheitert", "gescheitert", "tagesordnung genommen", "erledigt", "zieht", "aufgehob", "durchgewunk", "tagesordnung gestrichen", "wahlergebnis", "zur entscheidung", "zur beschlussfassung", "rederecht", "vernein", "bejah", "so verfahren", "votier",
          "durch.", "durch;", "durch,", "durchsetzen", "bestimmt", "benannt", "stattgeg", "= annahme", "segne", "gesegnet", "segen", "auf den weg gebracht", "zuschlag", "absage", "schob", "schieb", "arbeitsgruppe", "arbeitskreis", "kommission", "kürt", "kürte", "gekürt", "vergeben", "durchsetzen", "unterstützt", "durchgefallen"]  # (narrated: "ging ... durch.", "zum Mitglied bestimmt")


_STEM_PATTERN = literal_alternation(_STEMS)  # a trie: the matches of a longest-first alternation, found faster
STEMS = frozenset(_STEMS)


def has_outcome_word(text: str, found: Found | None = None) -> bool:
    """Whether `text` contains any word an outcome could be read from (a fast pre-check).

    found: a scan's set (with the stems among its words) for text or a text containing it."""
    if found is not None and found.scan.words >= STEMS:
        if found.isdisjoint(STEMS):
            return False
        if found.text is text:
            return True
    return _STEM_PATTERN.search(text.lower()) is not None


def stem_matches(low: str) -> Iterator[re.Match[str]]:
    """The outcome stems in a lowercased text, left to right, not overlapping (one scan for a whole document)."""
    return _STEM_PATTERN.finditer(low)


def stem_search() -> Callable[..., re.Match[str] | None]:
    """search(low, start, end): the first outcome stem that lies wholly in low[start:end] (the stems are plain
    literals: nothing outside the range matters)."""
    return _STEM_PATTERN.search


_GENERIC = re.compile(r"(?i)\b(?:einstimmig|mehrheitlich|Zustimmung)\b")


_last_outcome: tuple[str | None, str | None] = (None, None)  # the text last read (the same object), its outcome


def outcome_of(text: str, found: Found | None = None) -> str | None:
    """The outcome the text states: the first cue in the order of vote_patterns.jsonl, except that a
    decision which takes note *and* acts ("nimmt ... zur Kenntnis und beauftragt ...") is accepted.

    found: a scan's set for text or a text containing it (vote_scan(), or a scan that includes its patterns).
    A sentence is often asked twice in a row (for its role, then for its vote): the answer for the very same
    text object is remembered."""
    global _last_outcome
    last, outcome = _last_outcome
    if text is not last:
        outcome = _outcome(text, found)
        _last_outcome = (text, outcome)
    return outcome


def _outcome(text: str, found: Found | None) -> str | None:
    if not has_outcome_word(text, found):
        return None
    plan = _plan()
    outcomes = plan.outcomes
    # the patterns the found set rules out are skipped without a call
    poss = found.possible() if found is not None and plan.patterns <= found.scan.members else None
    # the first cue decides, except a first "noted": then the cues after it (referred, accepted) may overrule it
    # (the patterns after the first match are searched only then)
    first = next((k for k, (_, rx) in enumerate(outcomes) if (poss is None or rx in poss) and rx.search(text, found=found)), None)
    if first is None:
        return None
    if outcomes[first][0] != "noted":
        return outcomes[first][0]
    later = {outcome for outcome, rx in outcomes[first + 1 :] if (poss is None or rx in poss) and rx.search(text, found=found)}
    if "referred" in later:
        return "referred"  # "nimmt zur Kenntnis und verweist in die Fraktionen"
    if "accepted" in later:
        accepted = next(sp for sp in lexicon().vote_patterns if sp.get("outcome") == "accepted")
        if accepted["regex"].search(_GENERIC.sub(" ", text)):
            return "accepted"
    return "noted"


def narrated_decision(text: str, found: Found | None = None) -> str | None:
    """The outcome of a decision told in narration, without the body as subject, when a pattern of
    vote_patterns.jsonl marked "narrated" matches: a motion that went through or failed ("Am Ende setzten sich
    AB und CD mit ihrem Vorschlag durch", "Der Antrag fiel durch"), a person appointed to an office ("wurde
    zum Vorsitzenden bestimmt"). Such a sentence is a decision whoever its subject is (None: no such pattern)."""
    for outcome, rx in _plan().narrated:
        if rx.search(text, found=found):
            return outcome
    return None


def vote_patterns() -> list[Prechecked]:
    """Every pre-checked pattern a vote is read with (for a scan that serves them all)."""
    return [spec["regex"] for spec in lexicon().vote_patterns] + [_AGAINST, _ABSTAIN, _FOR, _VERSUS]


@lru_cache(maxsize=1)
def vote_scan() -> LiteralScan:
    """One scan of a text for all the vote patterns (and the outcome stems)."""
    return LiteralScan(vote_patterns(), words=_STEMS)


@dataclass(frozen=True)
class _Plan:
    """The vote patterns unpacked once (a dict lookup per pattern and call adds up over every sentence read)."""

    specs: tuple[dict, ...]
    outcomes: tuple[tuple[str, Prechecked], ...]  # (outcome, regex), in the listed order
    formed: tuple[tuple[int, Prechecked], ...]  # the patterns of a form ("label", "number")
    order: tuple[tuple[int, str | None, str, dict], ...]  # (index, form, kind, spec): ratios first, then as listed
    patterns: frozenset[Prechecked]  # every pattern of the specs
    cues: tuple[tuple[str, ...] | None, ...]  # per spec: literals, as written, one of which a match has (None: no test)
    index: dict[Prechecked, tuple[int, ...]]  # the specs of each pattern
    narrated: tuple[tuple[str, Prechecked], ...]  # (outcome, regex) of the patterns marked "narrated", in the listed order
    rank: tuple[int, ...]  # per spec: its place in `order` (parse_vote visits the few specs that can match, in that order)


_plan_cache: list[_Plan] = []


def _outcomes_by_rank(specs: tuple[dict, ...]) -> tuple[tuple[str, Prechecked], ...]:
    """The outcome patterns, each outcome ranked where its first line stands (a stable sort): a line appended later
    for an outcome listed early ("rejected") is tried with that outcome's first line, not after "accepted"."""
    pairs = [(spec["outcome"], spec["regex"]) for spec in specs if spec["kind"] == "outcome"]
    rank: dict[str, int] = {}
    for outcome, _ in pairs:
        rank.setdefault(outcome, len(rank))
    return tuple(sorted(pairs, key=lambda pair: rank[pair[0]]))


def _plan() -> _Plan:
    """The _Plan of the current lexicon's vote patterns."""
    specs = lexicon().vote_patterns
    if _plan_cache and _plan_cache[0].specs is specs:
        return _plan_cache[0]
    order = sorted(range(len(specs)), key=lambda i: specs[i]["kind"] != "ratio")
    plan = _Plan(
        specs,
        _outcomes_by_rank(specs),
        tuple((i, spec["regex"]) for i, spec in enumerate(specs) if spec.get("form") in _FORMS),
        tuple((i, specs[i].get("form"), specs[i]["kind"], specs[i]) for i in order),
        frozenset(spec["regex"] for spec in specs),
        tuple(cased_literals(spec["regex"].regex) for spec in specs),
        {rx: tuple(i for i, spec in enumerate(specs) if spec["regex"] is rx) for rx in {spec["regex"] for spec in specs}},
        tuple((spec["outcome"], spec["regex"]) for spec in specs if spec.get("narrated")),
        tuple(sorted(range(len(order)), key=order.__getitem__)),
    )
    _plan_cache[:] = [plan]
    return plan


def _has_any(cues: tuple[str, ...], text: str) -> bool:
    """Whether text has one of the cues (a loop: no generator object per call)."""
    for cue in cues:  # noqa: SIM110
        if cue in text:
            return True
    return False


def parse_vote(text: str, found: Found | None = None) -> Vote:
    """Outcome, unanimity and counts stated in `text` (a sentence, a result line or a vote table).

    found: a scan's set for text or a text containing it (default: vote_scan() of text, one scan for all the
    patterns instead of one per pattern)."""
    text = text[:5000]
    if found is None:
        found = vote_scan().found(text)
    v = Vote(outcome=outcome_of(text, found))
    plan = _plan()
    specs = plan.specs
    # the patterns that can match: those the found set allows (one set operation rules out most of them, in most
    # texts) whose text has one of their cues (literals as written)
    poss = found.possible() if found is not None and plan.patterns <= found.scan.members else None
    live = set(range(len(specs))) if poss is None else {i for rx in poss & plan.patterns for i in plan.index[rx]}
    cues = plan.cues
    live = {i for i in live if (cue := cues[i]) is None or _has_any(cue, text)}
    # the patterns of a form ("Ja: 12" or "12 Ja-Stimmen") are read once, for the orientation and the counts
    formed = {i: rx.search(text, found=found) if i in live else None for i, rx in plan.formed}
    form = _orientation(specs, formed)
    order = plan.order
    rank = plan.rank
    for r in sorted([rank[i] for i in live]) if len(live) < len(order) else range(len(order)):  # the live specs only, in order
        i, spec_form, kind, spec = order[r]
        if spec_form is not None and spec_form != form:
            continue  # (no match: no count, no unanimity, no ratio)
        rx = spec["regex"]
        if kind == "unanimous" and v.unanimous is None and rx.search(text, found=found):
            v.unanimous = spec["value"]
        elif kind == "count":
            field = spec["field"]
            if getattr(v, field) is not None:
                continue
            m = formed[i] if i in formed else rx.search(text, found=found)
            if m:
                value = spec.get("value")
                if value == "unknown":
                    v.unknown |= {field}
                    continue
                if value is None:
                    value = number_value(m.group("n"))
                setattr(v, field, value)
        elif kind == "ratio" and v.yes is None:
            m = rx.search(text, found=found)
            if m:
                v.yes, v.no = number_value(m.group("yes")), number_value(m.group("no"))
                if m.groupdict().get("abstain") is not None and v.abstain is None:
                    v.abstain = number_value(m.group("abstain"))
                if _majority_first(v) and _QUALIFIED_MAJORITY.search(text) is None:
                    v.yes, v.no = v.no, v.yes  # "Mit zehn zu neun Stimmen … abgelehnt": the larger side is the outcome's
    table = parse_table(text)
    for f, value in table.items():
        setattr(v, f, value)
    if v.yes is None and (ballot := ballot_tally(text)) is not None:
        v.outcome = v.outcome or ballot.outcome
        v.yes, v.no = ballot.yes, ballot.no
        if ballot.unanimous is not None:
            v.unanimous = ballot.unanimous
    if v.yes is None and "von" in text and (part := _PART_OF_VOTES.search(text)) is not None:
        v.yes = int(part.group("yes"))
        if v.unanimous is None and v.yes < int(part.group("of")):
            v.unanimous = False  # "mit 15 von 27 Stimmen": the rest did not vote for it
    if v.outcome is None and "von" in text and (part := _VOTERS_OF.search(text)) is not None:
        yes, of = int(part.group("yes")), int(part.group("of"))
        if v.yes in (None, yes) and 2 * yes > of:
            v.yes, v.outcome = yes, "accepted"  # "stimmten 39 von 43 Mitgliedern für sie": a majority of all members
    if v.unanimous is True and v.no:
        v.unanimous = False
    if v.no and v.yes is None and v.outcome is None and "nwesend" in text and (present := _PRESENT.search(text)) is not None:
        if 2 * v.no >= int(present.group("n")):
            v.outcome = "rejected"  # "21 Gegenstimmen bei 42 Anwesenden": at most as many for as against
    return v


# a majority the vote had to reach beyond the simple one (then a rejection may have more votes for than against)
_QUALIFIED_MAJORITY = re.compile(r"(?i)zweidrittel|2/3|dreiviertel|qualifiziert|erforderlich|notwendig|nötig|verfehlt|absolute")


def _majority_first(v: Vote) -> bool:
    """A score written with the winning side first against the outcome ("mit 10 zu 9 Stimmen abgelehnt"): yes and no
    are the wrong way round (a score is read yes first)."""
    if v.yes is None or v.no is None:
        return False
    return (v.outcome == "rejected" and v.yes > v.no) or (v.outcome == "accepted" and v.yes < v.no)


# how many were present to vote ("bei 42 Anwesenden", "von 42 anwesenden Mitgliedern")
_PRESENT = re.compile(r"\b(?:bei|von)\s{1,3}(?P<n>\d{1,3})\s{1,3}(?:Anwesenden|anwesenden\s+(?:Mitgliedern|Stimmberechtigten|Ratsmitgliedern))\b")


# the members who voted for, out of all members ("Bei der Wahl stimmten 39 von 43 Mitgliedern für die Kandidatin")
_VOTERS_OF = re.compile(
    r"\b(?:stimmten|votierten)\s{1,3}(?P<yes>\d{1,3})\s{1,3}von\s{1,3}(?P<of>\d{1,3})\s{1,3}(?:anwesenden\s{1,3}|stimmberechtigten\s{1,3})?"
    r"(?:Mitgliedern|Stadträten|Stadträtinnen\s{1,3}und\s{1,3}Stadträten|Kreisräten|Gemeinderäten|Räten|Abgeordneten|Stimmberechtigten|Anwesenden|Kreistagsmitgliedern|Ratsmitgliedern)\s{1,3}für\b"
)


# the votes for, out of the votes cast ("mit 15 von 27 Stimmen gebilligt")
_PART_OF_VOTES = re.compile(r"\b[Mm]it\s{1,3}(?P<yes>\d{1,3})\s{1,3}von\s{1,3}(?P<of>\d{1,3})\s{1,3}(?:gültigen\s{1,3}|abgegebenen\s{1,3})?Stimmen\b")


# a ballot in prose: "Auf Frau X entfallen 14 Stimmen, auf Herrn Y 9 Stimmen", "In geheimer Wahl erhält Frau X 12 von 19
# gültigen Stimmen" (the candidates' votes; "1.200 Stimmen" of a public election is no ballot of the body)
_BALLOT_VERB = re.compile(
    r"\b(?:entfallen|entfielen|entfällt|entfiel)\b[^.;]{0,80}?\b[Aa]uf\b|\b[Aa]uf\s[^.;]{0,80}?\b(?:entfallen|entfielen|entfällt|entfiel)\b|"
    r"(?=[^.]{0,200}\b(?:Wahl|Wahlgang|gewählt|Stimmzettel)\b)[^.]{0,200}?\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam)\b"
)


# every match has one of the verbs: most texts skip the scan (its lookahead looks 200 characters ahead at each position)
_BALLOT_VERB = Prechecked(_BALLOT_VERB)


_ALL_VOTES = re.compile(r"\balle\s{1,3}(?:gültigen\s{1,3}|abgegebenen\s{1,3})?Stimmen\b")
_TIE = re.compile(r"\b(?:jeweils|je|beide|Unentschieden|Stimmengleichheit|Patt|Stimmpatt)\b")


@lru_cache(maxsize=1)
def _ballot_entry() -> re.Pattern[str]:
    num = r"\d{1,3}|" + "|".join(sorted(lexicon().number_words, key=len, reverse=True))
    return re.compile(
        rf"(?<![\d.,])\b(?P<n>{num})\s{{1,3}}(?:von\s{{1,3}}(?P<of>\d{{1,3}})\s{{1,3}}(?:abgegebenen\s{{1,3}})?)?(?:gültigen?\s{{1,3}})?Stimmen\b",
        re.IGNORECASE,
    )


def ballot_tally(text: str) -> Vote | None:
    """The ballot told in prose, None when the text tells none: yes = the votes for the elected candidate, no = the
    votes for the others. With "12 von 19 gültigen Stimmen" the others are not counted (abstentions and invalid
    ballots may be among them), but the vote was not unanimous."""
    if "Stimme" not in text or not _BALLOT_VERB.search(text) or _TIE.search(text):
        return None  # a tie ("erhielten jeweils sechs Stimmen") elects nobody: the lot or a second ballot decides
    entries = [(number_value(m.group("n")), m.group("of")) for m in _ballot_entry().finditer(text)]
    counts = [n for n, _ in entries if n is not None]
    if not counts:
        if _ALL_VOTES.search(text):
            return Vote("accepted", True, None, 0)  # "alle abgegebenen Stimmen entfallen auf X" (secret ballot)
        return None
    if len(counts) == 1:
        of = entries[0][1]
        return Vote("accepted", False if of is not None and int(of) > counts[0] else None, counts[0], None)
    best = max(counts)
    return Vote("accepted", sum(counts) == best, best, sum(counts) - best)


_FORMS = ("label", "number")


def _orientation(specs, formed: dict[int, re.Match[str] | None]) -> str:  # noqa: ANN001
    """'label' for "Ja: 12 Nein: 3" / "Ja 10 Nein 7", 'number' for "12 Ja-Stimmen, 3 Nein-Stimmen": whichever reads more counts
    (formed: the match of each pattern of a form)."""
    found: dict[str, set[str]] = {"label": set(), "number": set()}
    for i, m in formed.items():
        if m is not None:
            found[specs[i]["form"]].add(specs[i]["field"])
    return "label" if len(found["label"]) >= len(found["number"]) and found["label"] else "number"


_SUM_HEADER = re.compile(r"\|\s{0,3}(?:Summe|Gesamt|Insgesamt)\b")
_CELL_NUMBER = re.compile(r"\d{1,3}")


def parse_table(text: str) -> dict[str, int]:
    """Totals of a per-faction vote table exported with pipes: vote kinds as rows ("Ja-Stimmen | 5 | 4 | 9",
    Summe = last column) or as columns ("Fraktion | Ja | Nein | Enthaltung", then one row per faction and
    maybe a "Summe" row)."""
    if "|" not in text:
        return _aligned_table(text)
    if (by_column := _column_table(text)):
        return by_column
    header_has_sum = bool(_SUM_HEADER.search(text))
    out = {}
    for m in TABLE_ROW.finditer(text):
        label = m.group("label").strip()
        for pat, field in ROW_FIELDS:
            if pat.match(label):
                nums = [int(c) for c in _CELL_NUMBER.findall(m.group("cells"))]
                if nums:
                    out[field] = nums[-1] if header_has_sum else sum(nums)
    return out


_ALIGNED_HEADER = re.compile(r"^[ \t]*(?:[A-Za-zÄÖÜäöü.-]{1,20}[ \t]{2,})?(?:Ja|Nein|Enthaltung(?:en)?|Dafür|Dagegen)(?:[ \t]{2,}(?:Ja|Nein|Enthaltung(?:en)?|Dafür|Dagegen)){1,2}[ \t]*$", re.M | re.I)
ALIGNED_ROW = re.compile(r"^[ \t]*(?P<name>[A-ZÄÖÜ][\w/.&' -]{0,40}?)[ \t]{2,}(?P<cells>\d{1,3}(?:[ \t]{2,}\d{1,3}){1,2})[ \t]*$", re.M)


def _aligned_table(text: str) -> dict[str, int]:
    """A per-faction table aligned with spaces: a header naming the vote kinds, one row per faction ("CDU   7   0   0"),
    maybe a totals row: its totals, else the sum of the rows."""
    if "  " not in text and "\t" not in text:
        return {}  # the header's cells are apart by two blanks or a tab (most sentences: no scan)
    header = _ALIGNED_HEADER.search(text)
    if header is None:
        return _aligned_kind_rows(text)
    fields = [f for cell in header.group(0).split() for pat, f in ROW_FIELDS if pat.match(cell)]
    totals: dict[str, int] = {}
    summed: dict[str, int] = dict.fromkeys(fields, 0)
    for m in ALIGNED_ROW.finditer(text, header.end()):
        cells = [int(c) for c in m.group("cells").split()]
        if len(cells) != len(fields):
            continue
        if _SUM_ROW.match(m.group("name")):
            totals = dict(zip(fields, cells))
            break
        for f, n in zip(fields, cells):
            summed[f] += n
    return totals or (summed if any(summed.values()) else {})


# the same table turned: the groups as columns under a header that ends in a totals column ("CDU   AfD   Summe"),
# one row per vote kind ("Ja-Stimmen   0   9   9")
_ALIGNED_SUM_HEADER = re.compile(r"^[ \t]*(?:[^\s|][^\n|]{0,30}?[ \t]{2,}){2,}(?:Summe|Gesamt|Insgesamt)[ \t]*$", re.M)
_ALIGNED_KIND_ROW = re.compile(r"^[ \t]*(?P<label>[A-Za-zÄÖÜäöü-]{2,20})[ \t]*:?[ \t]{2,}(?P<cells>\d{1,3}(?:[ \t]{2,}\d{1,3})+)[ \t]*$", re.M)


def _aligned_kind_rows(text: str) -> dict[str, int]:
    """A per-faction table aligned with spaces whose rows are the vote kinds and whose last column is the total:
    the last cell of each kind's row (without the header's totals column, a row could be anything)."""
    if "Summe" not in text and "Gesamt" not in text and "Insgesamt" not in text:
        return {}  # the header needs its totals column: without the word, no scan (the header's nested repeats try
        # up to ~30 characters at every line start, ~2 ms a text: a fifth of the decisions' time on our corpora)
    header = _ALIGNED_SUM_HEADER.search(text)
    if header is None:
        return {}
    out: dict[str, int] = {}
    for m in _ALIGNED_KIND_ROW.finditer(text, header.end()):
        field = next((f for pat, f in ROW_FIELDS if pat.match(m.group("label"))), None)
        if field is not None and field not in out:
            out[field] = int(m.group("cells").split()[-1])
    return out if len(out) >= 2 else {}


# A vote table flattened to one cell per line (an HTML table saved as text: empty cells are lines of blanks,
# the paragraphs between them empty lines): "Anwesend / Für / Gegen / 11 / 11 / 0", or the kinds as row labels with
# the parties as columns and a "Gesamt" column last
FLAT_KIND = re.compile(r"(?m)^[ \t]*(?:Ja|Nein|Für|Gegen|Dafür|Dagegen|Ja-Stimmen|Nein-Stimmen|JA-Stimmen|NEIN-Stimmen|(?:Stimm)?[Ee]nthaltung(?:en)?)[ \t]*:?[ \t]*$")
# FLAT_KIND.search(text) without trying every position: a match starts where a line starts, at the text's start
# (match) or right after a newline, which the engine finds with a fast literal scan when the pattern begins with it
_FLAT_KIND_AFTER_NEWLINE = re.compile("(?m)\n" + FLAT_KIND.pattern.removeprefix("(?m)^"))
_FLAT_OTHER = re.compile(r"^(?:Anwesend|Abwesend|Befangen|Stimmberechtigt)$", re.I)
_FLAT_CELL = re.compile(r"[^\n]{0,40}")  # a cell: a short line
_FLAT_TOTAL = re.compile(r"^(?:Summe|Gesamt|Insgesamt)\s{0,2}:?$", re.I)


def _flat_field(cell: str) -> str | None:
    """The vote kind a table cell names (a column head "Gegen" as well as the row labels of pipe tables; "Ja:")."""
    cell = cell.removesuffix(":").rstrip()
    if cell.lower() == "gegen":
        return "no"
    return next((f for pat, f in ROW_FIELDS if pat.match(cell)), None)


_COUNT_LINE = re.compile(r"(?P<label>[^\d:\n]{2,30}?)[ \t]{0,3}:?[ \t]{0,3}\d{1,3}")


def count_line(line: str) -> str | None:
    """The kind of a vote table's line "Label: N": yes, no or abstain by the row labels (ROW_FIELDS: "Ja-Stimmen: 11"),
    "other" for the counts beside them ("Stimmberechtigte: 11", "Befangen: 0"), None for any other line."""
    m = _COUNT_LINE.fullmatch(line.strip(" \t\u00a0"))
    if m is None:
        return None
    label = m.group("label").strip()
    return _flat_field(label) or ("other" if _FLAT_OTHER.match(label.removesuffix("e")) else None)


def flat_tables(text: str) -> list[tuple[int, int, dict[str, int]]]:
    """(start, end, totals) of each vote table in the text flattened to one cell per line, and of each run of
    per-faction count lines ("ABC-Fraktion: 12 Ja" / "XYZ: 9 Ja, 1 Enthaltung")."""
    return vote_tables(text)[0]


def vote_tables(text: str) -> tuple[list[tuple[int, int, dict[str, int]]], list[tuple[int, int, dict[str, int]]]]:
    """flat_tables and paired_tables of the text, from one pass over its runs of short lines."""
    lines = faction_lines(text)
    if FLAT_KIND.match(text) is None and _FLAT_KIND_AFTER_NEWLINE.search(text) is None:
        return lines, []  # (most documents: one search)
    flat, paired = _cell_tables(text)
    return sorted(flat + lines), paired


def _paired_totals(cells: list[str]) -> tuple[int, int, dict[str, int]] | None:
    """A vote block saved as text with each count on a line of its own beside its label: the number above its kind
    ("9" / "Ja-Stimmen" / "1" / "Nein-Stimmen") or below it ("Ja:" / "11" / "Nein:" / "0", "Anwesend" / "22" /
    "JA-Stimmen" / "15"), as the block's first cell tells. (first, last, totals): the block's first and last cell
    (lines before it, such as a heading, are skipped) and its counts; None unless every label has its number and
    at least two vote kinds stand, each once."""
    labels = [_flat_field(c) or ("other" if _FLAT_OTHER.match(c.removesuffix(":").rstrip()) else None) for c in cells]
    first = next((k for k, (c, f) in enumerate(zip(cells, labels)) if f is not None or c.isdigit()), None)
    if first is None:
        return None
    step = -1 if cells[first].isdigit() else 1  # where a label's number stands: the cell before it, or the one after
    totals: dict[str, int] = {}
    last = first
    for k in range(first, len(cells)):
        if labels[k] is None:
            if cells[k].isdigit():
                continue
            break  # a line of another kind ends the block
        j = k + step
        if j < first or j >= len(cells) or not cells[j].isdigit() or labels[k] in totals:
            return None
        if labels[k] != "other":
            totals[labels[k]] = int(cells[j])
        last = max(k, j)
    return (first, last, totals) if len(totals) >= 2 else None


# a faction's counts on a line of its own ("ABC-Fraktion: 12 Ja", "Liste Mitte: 9 Ja, 1 Enthaltung")
_COUNT_KIND = r"(?:Ja-Stimmen|Nein-Stimmen|Ja|Nein|Enthaltungen|Enthaltung|Gegenstimmen|Gegenstimme)"
FACTION_LINE = re.compile(
    rf"(?m)^[ \t]{{0,3}}(?P<group>[A-ZÄÖÜ][\w/ .&'-]{{1,40}}?)[ \t]{{0,3}}:[ \t]{{0,12}}"
    rf"(?P<counts>\d{{1,3}}[ \t]{{0,2}}{_COUNT_KIND}\b(?:[ \t]{{0,3}}[,;/][ \t]{{0,3}}\d{{1,3}}[ \t]{{0,2}}{_COUNT_KIND}\b){{0,2}})[ \t]*\.?[ \t]*$"
)
_FACTION_CUE = re.compile(rf":[ \t]{{0,12}}\d{{1,3}}[ \t]{{0,2}}{_COUNT_KIND}\b")
_NOT_A_GROUP = re.compile(
    r"(?i)^(?:Abstimmung\w*|Ergebnis|Beschluss\w*|Ja\w*|Nein\w*|Enthaltung\w*|Gegenstimm\w*|Stimm\w*|Zustimmung|Dafür|Dagegen|Gesamt|Summe|Insgesamt)$|"
    r"^(?:Herr|Frau)\s"  # "Frau Sturm: 21 Ja-Stimmen, 2 Gegenstimmen": a candidate's own ballot, not a faction's share of one vote
)
_COUNT_ITEM = re.compile(rf"(?P<n>\d{{1,3}})[ \t]{{0,2}}(?P<kind>{_COUNT_KIND})\b")


def faction_lines(text: str) -> list[tuple[int, int, dict[str, int]]]:
    """(start, end, totals) of each run of two or more per-faction count lines (blank lines between allowed)."""
    if _FACTION_CUE.search(text) is None:
        return []
    out: list[tuple[int, int, dict[str, int]]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= 2:
            totals: dict[str, int] = {}
            for m in run:
                for c in _COUNT_ITEM.finditer(m.group("counts")):
                    kind = c.group("kind")
                    field = "yes" if kind.startswith("Ja") else "abstain" if kind.startswith("Enth") else "no"
                    totals[field] = totals.get(field, 0) + int(c.group("n"))
            out.append((run[0].start(), run[-1].end(), totals))
        run.clear()

    for m in FACTION_LINE.finditer(text):
        if _NOT_A_GROUP.match(m.group("group").strip()):
            close()
            continue
        if run and text[run[-1].end() : m.start()].strip():
            close()  # prose between: another run
        run.append(m)
    close()
    return out


def _cell_tables(text: str) -> tuple[list[tuple[int, int, dict[str, int]]], list[tuple[int, int, dict[str, int]]]]:
    """The tables of one cell per line (flat_tables) and, in the runs that hold none, the vote blocks whose counts
    stand on lines of their own beside their labels (paired_tables)."""
    flat, paired = [], []
    for run in _short_line_runs(text):
        cells = [text[a:b].strip() for a, b in run]
        if len(cells) >= 4 and (totals := _flat_totals(cells)):
            flat.append((run[0][0], run[-1][1], totals))
            continue
        filled = [(ab, c) for ab, c in zip(run, cells) if c]
        if len(filled) >= 4 and (found := _paired_totals([c for _, c in filled])) is not None:
            first, last, totals = found
            paired.append((filled[first][0][0], filled[last][0][1], totals))
    return flat, paired


def paired_tables(text: str) -> list[tuple[int, int, dict[str, int]]]:
    """(start, end, totals) of each vote block whose counts stand on lines of their own beside their labels
    (_paired_totals), where flat_tables finds no table."""
    return vote_tables(text)[1]


def _short_line_runs(text: str) -> list[list[tuple[int, int]]]:
    """(start, end) of the lines of each run of short lines, lines of blanks among them (empty lines are left out, a
    line of prose ends a run)."""
    runs: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not _FLAT_CELL.fullmatch(line.strip()) or line.strip().endswith("."):
            runs.append([])  # a line of prose ends the run
        elif line:
            runs[-1].append((pos, end))
        pos = end + 1
    return runs


def _flat_totals(cells: list[str]) -> dict[str, int]:
    """The totals of one flattened table: kinds as columns (the totals row, else the one row of numbers under the
    header), or kinds as row labels (the last cell of each row, when a totals column heads the table)."""
    fields = [_flat_field(c) for c in cells]
    for i in range(len(cells)):
        j = i
        while j < len(cells) and (fields[j] or _FLAT_OTHER.match(cells[j])):
            j += 1
        named = [f for f in fields[i:j] if f]
        if len(named) >= 2 and len(set(named)) == len(named):
            k, rest = j - i, cells[j:]
            at = next((s + 1 for s, c in enumerate(rest) if _FLAT_TOTAL.match(c)), None)
            if at is None:  # no totals row: the one row of numbers right under the header (after its label)
                at = next((s for s in range(min(4, len(rest))) if all(c.isdigit() for c in rest[s : s + k])), None)
                if at is not None and any(c.isdigit() for c in rest[at + k :]):
                    at = None  # more rows of numbers: one row per group, and no totals
            nums = rest[at : at + k] if at is not None else []
            if len(nums) == k and all(n.isdigit() for n in nums):
                return {f: int(n) for f, n in zip(fields[i:j], nums) if f}
            return {}
        if j > i:
            break  # the first vote kind stands alone: the kinds are row labels
    labels = [i for i, f in enumerate(fields) if f]
    widths = {b - a for a, b in zip(labels, labels[1:])}
    if len(labels) < 2 or len(widths) != 1 or not any(_FLAT_TOTAL.match(c) for c in cells[: labels[0]]):
        return {}
    width = widths.pop()
    out = {}
    for i in labels:
        last = i + width - 1
        if last < len(cells) and cells[last].isdigit() and fields[i] not in out:
            out[fields[i]] = int(cells[last])
    return out


_HEADER = re.compile(r"^[^|\n]{0,30}(?:\|[^|\n]{1,30}){2,}\|?[ \t]*$", re.M)  # (maybe framed with pipes)
_SUM_ROW = re.compile(r"^\s{0,3}(?:Summe|Gesamt|Insgesamt)\b", re.I)


def _cells(line: str) -> list[str]:
    """A table row's cells; a row framed with pipes ("| ABC | 8 | 0 |", markdown) has no empty cells at its ends."""
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:
        line = line[1:-1]
    return [c.strip() for c in line.split("|")]


def _column_table(text: str) -> dict[str, int]:
    """A table whose header names the vote kinds as columns; the totals row, else the sum of the rows."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not _HEADER.match(line):
            continue
        cells = _cells(line)
        fields = {k: f for k, c in enumerate(cells) for pat, f in ROW_FIELDS if pat.match(c)}
        if len(fields) < 2:
            continue
        totals: dict[str, int] = {}
        summed: dict[str, int] = dict.fromkeys(fields.values(), 0)
        for row in lines[i + 1 :]:
            parts = _cells(row)
            if len(parts) != len(cells):
                break
            vals = {f: int(parts[k]) for k, f in fields.items() if parts[k].isdigit()}
            if _SUM_ROW.match(parts[0]):
                totals = vals
                break
            for f, v in vals.items():
                summed[f] += v
        return totals or summed
    return {}


# Party-list votes: "bei Gegenstimmen der CDU-Fraktion und Enthaltung der FDP", "GRÜNE, SPD gegen CDU",
# "mit den Stimmen von SPD und Grünen". Groups are kept as written.
_GROUP = r"(?:der\s+|die\s+|den\s+|von\s+)?(?:Fraktion(?:en)?\s+(?:der\s+|von\s+)?)?[A-ZÄÖÜ][\w/.'’-]*(?:\s+(?:90/Die\s+Grünen|Die\s+Grünen|Wähler|Liste|LINKE\.?))?(?:-Fraktion(?:en)?)?"
_GROUPS = rf"{_GROUP}(?:\s*(?:,|und|sowie|&)\s*{_GROUP})*"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=(?:der|die|den|von|durch)\s))"  # a line break only inside a phrase ("bei Enthaltung\nder SPD")
_AGAINST = re.compile(rf"(?:Gegenstimmen?|Nein-?Stimmen|gegen\s+die\s+Stimmen){_GAP}(?P<g>{_GROUPS})")
_ABSTAIN = re.compile(rf"(?:Stimm)?[Ee]nthaltung(?:en)?{_GAP}(?:durch\s+)?(?P<g>{_GROUPS})")
_FOR = re.compile(rf"(?:[Mm]it\s+den\s+Stimmen|Ja-?Stimmen|Zustimmung)\s+(?P<g>{_GROUPS})")
_VS = r"\s+gegen\s+"  # between the two lists of groups
_VERSUS = re.compile(rf"(?<![\w-])(?P<a>{_GROUPS}){_VS}(?P<b>{_GROUPS})(?:\s+bei\s+(?:Stimm)?[Ee]nthaltung(?:en)?\s+(?P<c>{_GROUPS}))?")


# the groups with their own verb: "Dafür stimmten SPD und Grüne, dagegen CDU; die FDP enthielt sich", "SPD und
# Grüne stimmen dafür, CDU und FDP dagegen"
_VOTED = r"(?:stimm(?:t|en|te|ten)|votiert(?:e|en)?)"
_FOR_VERB = re.compile(rf"\b[Dd]afür\s+{_VOTED}\s+(?P<g>{_GROUPS})")
# the words after the groups, for the patterns that begin with the groups (tried at every capital letter): every
# match ends with a match of its tail, so a text without one skips the pattern (the tail alone is searched fast)
_FOR_TAIL = rf"\s+{_VOTED}\s+(?:geschlossen\s+|einstimmig\s+)?dafür\b"
_AGAINST_TAILS = (rf"\s+{_VOTED}\s+(?:geschlossen\s+)?dagegen\b", r"\s+dagegen\b")
_ABSTAIN_TAIL = r"\s+(?P<v>enthielt|enthielten|enthält|enthalten)\s+sich\b"
_FOR_AFTER = re.compile(rf"(?P<g>{_GROUPS}){_FOR_TAIL}")
_AGAINST_VERB = re.compile(rf"\b[Dd]agegen\s+(?:{_VOTED}\s+)?(?P<g>{_GROUPS})")
_AGAINST_AFTER = re.compile(rf"(?P<g>{_GROUPS}){_AGAINST_TAILS[0]}|(?P<g2>{_GROUPS}){_AGAINST_TAILS[1]}")
_ABSTAIN_VERB = re.compile(rf"(?P<g>{_GROUPS}){_ABSTAIN_TAIL}")
_TAIL_CHECK = {
    _FOR_AFTER: re.compile(_FOR_TAIL), _AGAINST_AFTER: re.compile("|".join(_AGAINST_TAILS)), _ABSTAIN_VERB: re.compile(_ABSTAIN_TAIL),
}
_VERSUS_TAIL = re.compile(_VS)

# the literal pre-check of each pattern with its own verb (only possible(): a Prechecked search may run a regex of some
# branches, which lacks the other branches' groups)
_VERB_CHECK = {pat: Prechecked(pat) for pat in (_FOR_VERB, _FOR_AFTER, _AGAINST_VERB, _AGAINST_AFTER, _ABSTAIN_VERB)}

# texts that lack every word a match needs skip the regex (exact; resources/literals.py)
_AGAINST, _ABSTAIN, _FOR, _VERSUS = (
    Prechecked(_AGAINST), Prechecked(_ABSTAIN), Prechecked(_FOR), Prechecked(_VERSUS),
)


_GROUP_SEP = re.compile(r"\s*(?:,|\bund\b|\bsowie\b|&)\s*")
_GROUP_ARTICLE = re.compile(r"^(?:der|die|den|von)\s+")
_FRACTION_WORD = re.compile(r"^(?:Fraktion(?:en)?\s+(?:der\s+|von\s+)?)|-Fraktion(?:en)?$")


def _split_groups(text: str) -> list[str]:
    lex = lexicon()
    out = []
    for g in _GROUP_SEP.split(text):
        g = _GROUP_ARTICLE.sub("", g.strip()).strip(" .")
        if not g:
            continue
        core = _FRACTION_WORD.sub("", g)
        if lex.party(core) or lex.party(g) or (core[:1].isupper() and sum(c.isupper() for c in core) >= 2):
            out.append(g)
    return out


def party_list_votes(text: str) -> dict[str, list[str]]:
    """Groups voting for, against and abstaining, as written ({} when the text names none)."""
    out: dict[str, list[str]] = {}
    if _VERSUS_TAIL.search(text) is not None and (m := _VERSUS.search(text)) is not None:
        found = {"for": _split_groups(m.group("a")), "against": _split_groups(m.group("b"))}
        if m.group("c"):
            found["abstain"] = _split_groups(m.group("c"))
        out.update((k, v) for k, v in found.items() if v)  # "die Mehrheit gegen die Stimmen der X": no groups on either side
    for key, pat in (("against", _AGAINST), ("abstain", _ABSTAIN), ("for", _FOR)):
        if key not in out and (m := pat.search(text)) is not None:
            groups = _split_groups(m.group("g"))
            if groups:
                out[key] = groups
    if "dafür" in text.lower() or "dagegen" in text.lower() or "enth" in text:
        _groups_with_verbs(text, out)
    return {k: v for k, v in out.items() if v}


def _groups_with_verbs(text: str, out: dict[str, list[str]]) -> None:
    """Add the groups named with their own verb ("Dafür stimmten SPD und Grüne, dagegen CDU; die FDP enthielt sich")
    where the patterns above found none; a group that abstains with its own verb is in no other list."""
    found: dict[str, list[str]] = {}
    for key, pats in (("for", (_FOR_VERB, _FOR_AFTER)), ("against", (_AGAINST_VERB, _AGAINST_AFTER)), ("abstain", (_ABSTAIN_VERB,))):
        for pat in pats:
            tail = _TAIL_CHECK.get(pat)
            if _VERB_CHECK[pat].possible(text) and (tail is None or tail.search(text)) and (m := pat.search(text)) is not None:
                named = m.group("g") or m.groupdict().get("g2") or ""
                if pat is _ABSTAIN_VERB:  # "dagegen CDU und AfD, die FDP enthielt sich": the verb's own subject only
                    named = named.rsplit(",", 1)[-1]
                groups = _split_groups(named)
                if pat is _ABSTAIN_VERB and m.group("v") in ("enthielt", "enthält"):
                    groups = groups[-1:]
                if groups:
                    found[key] = groups
                    break
    abstaining = set(found.get("abstain", []))
    for key, groups in found.items():
        if key not in out:
            out[key] = [g for g in groups if key == "abstain" or g not in abstaining]
