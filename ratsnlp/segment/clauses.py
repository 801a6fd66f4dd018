"""What kind of sentence is this, apart from its speaker? Impersonal, group act, body, pronoun.

Regular expressions built once from the lexicons; all anchored at the sentence start and bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import lexicon

# a finite verb in the Konjunktiv of reported speech ("Das Land habe …", "Die Quote liege bei …", "Sie wären bereit"):
# the speaker's content, not the minute-taker's narration nor a body's resolution (which are in the indicative)
KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|liege|gebe|stehe|gehe|komme|bleibe|bestehe|gelte|betrage|"
    r"fehle|erfolge|handle|handele|würden?|hätten?|wären?)\b"
)

IMPERSONAL = re.compile(
    r"^(?:Es\s{1,3}(?:wird|werden|wurde|wurden)\b|Seitens\b|Von\s{1,3}Seiten\b|Vonseiten\b|"
    r"Aus\s{1,3}(?:der\s{1,3}(?:Mitte|Zuhörerschaft|Einwohnerschaft|Bürgerschaft)|dem\s{1,3}(?:Gremium|Ausschuss|Rat|Plenum|Kreis|Publikum|Zuhörerkreis|Zuschauerraum)|den\s{1,3}Reihen)\b|"
    r"Von\s{1,3}(?:der|den)\s{1,3}[\w/-]{0,40}[Ff]raktion(?:en)?\b|Wortmeldungen\b|Weitere\s{1,3}Wortmeldungen\b|"
    r"Es\s{1,3}(?:folgt|folgen|entsteht|entwickelt|ergibt|gibt\s{1,3}keine|liegen\s{1,3}keine|besteht)\b|"
    r"Eine\s{1,3}(?:Diskussion|Aussprache|Beratung)\b|Die\s{1,3}(?:Sitzung|Beratung|Aussprache|Diskussion)\s{1,3}wird\b|"
    r"Nach\s{1,3}(?:kurzer|längerer|eingehender|ausführlicher)\s{1,3}(?:Diskussion|Aussprache|Beratung)\b(?!.{0,80}\b(?:Herr|Frau)\b))"
)
# Possessive quantifiers (`{1,3}+`) where giving back characters can never help (a word run is always
# followed by a blank, a blank run by a non-blank): same matches, without retrying every shorter run.
PRONOUN = re.compile(
    r"^(?:(?:(?:Und|Aber|Doch|Dann|Sodann)\s{1,3}+)?(?P<p1>Er|Sie|(?<=\s)er|(?<=\s)sie)\s{1,3}+(?P<v>[a-zäöüß]{2,30}+)\b|(?P<p2>Ihrer|Seiner|Ihres|Seines|Ihr|Ihm)\s{1,3}+"
    r"(?:Ansicht|Meinung|Auffassung|Einschätzung|Erachtens|Eindruck|Erfahrung|ist|sei|zufolge|nach)\b|"
    r"Nach\s{1,3}+(?P<p3>ihrer|seiner)\s{1,3}+(?:Ansicht|Meinung|Auffassung|Einschätzung|Kenntnis|Erfahrung)\b|"
    r"[A-ZÄÖÜ][\wäöüß]{1,25}+(?:\s{1,3}+[\wäöüß]{1,25}+){0,2}\s{1,3}+[a-zäöüß]{2,25}+\s{1,3}+(?P<p4>er|sie)\b(?!\s{1,3}(?:sich\s{1,3})?(?:werden|wurden|haben|sind)\b))"
)
SUBJECT_PRONOUNS = frozenset(["er", "sie", "ich", "wir", "man", "es"])


def _either_case(word: str) -> str:
    """"Ausschuss" also as the end of a compound: "Werkausschuss", "Sportausschuss"."""
    return f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"


def _nouns(words: list[str]) -> str:
    """The alternation of `words` (each `_either_case`), led by a look-ahead at the possible first letters.

    The pattern tries the nouns after every prefix length of a compound; the look-ahead rejects most
    positions in one step, and grouping by first letter tests each letter once instead of once per noun.
    Nouns keep their order within a letter, and two nouns can only both match at one place when they share
    the first letter, so the first noun that matches is the same as in the flat alternation. Lower-case first
    letters would share a letter across groups: then the flat alternation.
    """
    if not all(w[:1].isupper() for w in words):
        return "|".join(_either_case(w) for w in words)
    by_initial: dict[str, list[str]] = {}
    for w in words:
        by_initial.setdefault(w[0], []).append(re.escape(w[1:]))
    initials = "".join(f"{c}{c.lower()}" for c in by_initial)
    groups = "|".join(f"[{c}{c.lower()}](?:{'|'.join(rest)})" for c, rest in by_initial.items())
    return f"(?=[{initials}])(?:{groups})"


@lru_cache(maxsize=1)
def group_subject() -> re.Pattern[str]:
    """A sentence whose subject is a body or a group ("Der Ausschuss ...", "Die SPD-Fraktion ..."); not a thing
    described by a phrase with the body ("Der vom Beirat erarbeitete Flyer ...": no preposition before the body)."""
    lex = lexicon()
    nouns = _nouns(sorted(lex.bodies + lex.groups, key=len, reverse=True))
    return re.compile(
        rf"^(?:Der|Die|Das|Alle|Sämtliche)\s{{1,3}}+(?:{_NO_PREPOSITION}[\w.-]{{1,30}}+\s{{1,3}}+){{0,2}}?"
        rf"(?:[\w/-]{{0,40}}(?:{nouns})|[\w/-]{{1,40}}(?:-[Ff]|[Ff])raktion(?:en)?)\b"
    )


# "in die Bürgerschaft gewählt", "Anträge aus der Bürgerschaft": a body inside a prepositional phrase is not the
# subject (fixed-width lookbehinds, one per preposition and one or two spaces)
_PREPOSITIONS = ("in", "im", "aus", "von", "vom", "mit", "auf", "für", "über", "durch", "gegen", "bei", "zu", "nach", "vor", "unter")
_NO_PREPOSITION = rf"(?!(?:{'|'.join(_PREPOSITIONS)})\s)"  # nor one between the article and the body ("die in die X")
_NOT_AFTER_PREPOSITION = "".join(f"(?<!\\b{w} )(?<!\\b{w}  )" for p in _PREPOSITIONS for w in (p, p.capitalize()))


def _body_pattern(*, guarded: bool) -> re.Pattern[str]:
    nouns = _nouns(sorted(lexicon().bodies, key=len, reverse=True))
    before, inside = (_NOT_AFTER_PREPOSITION, _NO_PREPOSITION) if guarded else ("", "")
    return re.compile(
        rf"{before}\b(?:der|die|das|Der|Die|Das)\s{{1,3}}+(?:{inside}[\w.-]{{1,30}}+\s{{1,3}}+){{0,2}}?[\w-]{{0,40}}(?:{nouns})\b"
    )


@lru_cache(maxsize=1)
def body_anywhere() -> re.Pattern[str]:
    """The body as nominative subject after the verb ("... beschließt der Ausschuss einstimmig")."""
    return _body_pattern(guarded=True)


@lru_cache(maxsize=1)
def _body_unguarded() -> re.Pattern[str]:
    """body_anywhere() without its preposition guards: it matches wherever body_anywhere() does, and without
    the look-behinds tried at every position it runs ~25x faster."""
    return _body_pattern(guarded=False)


def body_match(text: str) -> re.Match[str] | None:
    """body_anywhere().search(text) (the same match), ruled out first by the unguarded pattern (most sentences
    name no body).

    Every match of the guarded pattern is one of the unguarded pattern at the same start, so the first guarded
    match starts at or after the first unguarded one: it is searched only from there (its look-behinds still
    see the text before), not with its 32 look-behinds at every earlier position."""
    m = _body_unguarded().search(text)
    return body_anywhere().search(text, m.start()) if m is not None else None


def names_body(text: str) -> bool:
    """Whether body_anywhere() finds a body in text."""
    return body_match(text) is not None


# after a modal: a participle and "werden" ending the clause (a passive infinitive)
_MODALS = frozenset(["kann", "könnte", "muss", "müsste", "soll", "sollte", "darf", "dürfte", "würde", "wird"])
_PASSIVE_INFINITIVE = re.compile(r"[^,.;:!?]{0,80}?\b[a-zäöüß]{3,30}(?:t|en)\s{1,3}werden\b\s{0,3}(?:[,.;:!?]|$)")


def pronoun_gender(sentence: str) -> str | None:
    """'m' or 'f' when the sentence continues a speaker by pronoun ("Er betont ...", "Ihrer Ansicht nach ...")."""
    m = PRONOUN.match(sentence)
    if not m:
        return None
    if m.group("p1") and m.group("v") in _MODALS and _PASSIVE_INFINITIVE.match(sentence, m.end("v")):
        return None  # "Sie dürfte bis Mai vergeben werden, falls ...": a thing undergoes the act, no person speaks
    if m.group("p1"):
        verb = m.group("v")
        p1 = m.group("p1").capitalize()  # "Und er verlas ...": after a conjunction
        if p1 == "Sie" and (verb.endswith("en") and not verb.endswith(("ien", "eien"))):
            return None  # plural "Sie haben", "Sie bitten"
        return "m" if p1 == "Er" else "f"
    p = (m.group("p2") or m.group("p3") or m.group("p4") or "").lower()
    return "m" if p in ("er", "seiner", "seines", "ihm") else "f"


def is_impersonal(sentence: str) -> bool:
    return bool(IMPERSONAL.match(sentence))


# "Aus der Gemeindevertretung wird gefragt", "Aus dem Bauausschuss kommt die Anregung": the body asks, no one named
FROM_THE_BODY = re.compile(
    r"Aus\s{1,3}(?:der|dem)\s{1,3}[\wäöü-]{0,30}(?:[Vv]ertretung|[Vv]ersammlung|[Aa]usschuss|[Bb]eirat|[Rr]at|[Gg]remium)\s{1,3}"
    r"(?:wird|wurde|werden|wurden|kommt|kam|kommen|kamen)\b"
)


def from_the_body(sentence: str) -> bool:
    """A contribution of the body with no one named (as is_impersonal's "Aus dem Ausschuss ..."), for any body noun;
    asked only of sentences that start with "Aus"."""
    return sentence.startswith("Aus") and FROM_THE_BODY.match(sentence) is not None


_LOWER_WORD = re.compile(r"\b[a-zäöüß]{2,}\b")
SUBJUNCTIVE = frozenset(["sei", "seien", "wäre", "wären", "hätte", "hätten", "würde", "würden"])


def is_group(sentence: str) -> bool:
    """A group or body acting ("Die Verwaltung sagt zu"), not reported speech ("Die Verwaltung empfehle ...")."""
    m = group_subject().match(sentence)
    if not m:
        return False
    verb = _LOWER_WORD.search(sentence, m.end(), m.end() + 80)  # m.end() is a word's end: as on the slice
    # "empfehle" is reported speech; "hatte", "stellte" are the group's own past act
    return not (verb and (verb.group(0) in SUBJUNCTIVE or (verb.group(0).endswith("e") and not verb.group(0).endswith("te"))))


# "ist/war" + a stated position: the person speaks ("RM X ist dagegen", "Herr Y ist der Meinung, ...")
STANCE_COPULA = re.compile(
    r"[ \t\u00a0]{0,3}(?:ist|war)\s{1,3}(?:(?:auch|jedoch|aber|ebenfalls|sehr|damit|dabei|davon|darüber|hiermit|grundsätzlich|durchaus|voll)\s{1,3}){0,2}"
    r"(?:(?:mit|über|von)\s{1,3}(?:der|dem|den|diesem|dieser|diesen)\s{1,3}(?:[\wäöüß-]{2,30}\s{1,3}){1,3})?"
    r"(?:dagegen|dafür|der\s{1,3}(?:Meinung|Ansicht|Auffassung|Überzeugung)|einverstanden|nicht\s{1,3}einverstanden|bestürzt|"
    r"erfreut|froh|skeptisch|überzeugt|verwundert|enttäuscht|irritiert|besorgt|dankbar|zuversichtlich|gegen|für|bereit|"
    r"erschrocken|entsetzt|verärgert|empört|erstaunt|überrascht|optimistisch|stolz|unglücklich|glücklich|"
    r"(?:nicht\s{1,3})?in\s{1,3}der\s{1,3}Lage|(?:nicht\s{1,3})?(?:zufrieden|unzufrieden)|(?:anderer|gleicher|derselben|ähnlicher)\s{1,3}(?:Meinung|Ansicht|Auffassung))\b"
)


# the oldest member named ("X wird als ältestes Mitglied der Stadtvertretung festgestellt"): who chairs the constituent
# meeting until its chair is elected (roles), a finding and no vote (decisions)
OLDEST_MEMBER = (
    r"als\s+(?:das\s+)?(?:an\s+Lebensjahren\s+)?älteste[sr]?\s+(?:anwesende[sr]?\s+)?"
    r"(?:Mitglied|Ratsmitglied|Stadtverordnete[r]?|Gemeindevertreter(?:in)?|Kreistagsmitglied|Ortsbeiratsmitglied)\b"
)


# the nouns that head a contribution named after its author ("Antrag zur Sache von Herrn X:", "Anfrage von Frau Y:")
CONTRIBUTION_HEADS = r"(?:Antrag|Änderungsantrag|Ergänzungsantrag|Geschäftsordnungsantrag|Anfrage|Stellungnahme|Wortmeldung)"
