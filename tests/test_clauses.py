"""The sentence-kind patterns of segment/clauses.py give the same answers as their first, slower versions.

The previous definitions are kept here verbatim; each new function is compared with its previous one on the
sentences of the annotated and sample texts and on seeded random strings built from the words the
patterns look for (blanks of 1-4 characters, long compounds, punctuation), where the edge cases are.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from ratsnlp.resources import lexicon
from ratsnlp.segment import clauses

ROOT = Path(__file__).resolve().parents[1]

# ---- previous definitions (before the possessive quantifiers and the grouped noun alternations) ----
OLD_PRONOUN = re.compile(
    r"^(?:(?:(?:Und|Aber|Doch|Dann|Sodann)\s{1,3})?(?P<p1>Er|Sie|(?<=\s)er|(?<=\s)sie)\s{1,3}(?P<v>[a-zäöüß]{2,30})\b|(?P<p2>Ihrer|Seiner|Ihres|Seines|Ihr|Ihm)\s{1,3}"
    r"(?:Ansicht|Meinung|Auffassung|Einschätzung|Erachtens|Eindruck|Erfahrung|ist|sei|zufolge|nach)\b|"
    r"Nach\s{1,3}(?P<p3>ihrer|seiner)\s{1,3}(?:Ansicht|Meinung|Auffassung|Einschätzung|Kenntnis|Erfahrung)\b|"
    r"[A-ZÄÖÜ][\wäöüß]{1,25}(?:\s{1,3}[\wäöüß]{1,25}){0,2}\s{1,3}[a-zäöüß]{2,25}\s{1,3}(?P<p4>er|sie)\b(?!\s{1,3}(?:sich\s{1,3})?(?:werden|wurden|haben|sind)\b))"
)


def _either_case(word: str) -> str:
    return f"[{word[0]}{word[0].lower()}]{re.escape(word[1:])}"


def old_group_subject() -> re.Pattern[str]:
    lex = lexicon()
    nouns = "|".join(_either_case(w) for w in sorted(lex.bodies + lex.groups, key=len, reverse=True))
    # with the preposition guard added since ("Der Antrag von Stadtrat X ...": the body in a prepositional phrase)
    return re.compile(
        rf"^(?:Der|Die|Das|Alle|Sämtliche)\s{{1,3}}(?:{clauses._NO_PREPOSITION}[\w.-]{{1,30}}\s{{1,3}}){{0,2}}?"
        rf"(?:[\w/-]{{0,40}}(?:{nouns})|[\w/-]{{1,40}}-?[Ff]raktion(?:en)?)\b"
    )


def old_body_anywhere() -> re.Pattern[str]:
    lex = lexicon()
    nouns = "|".join(_either_case(w) for w in sorted(lex.bodies, key=len, reverse=True))
    # with the preposition guards added since (a body inside a prepositional phrase is not the subject)
    return re.compile(
        rf"{clauses._NOT_AFTER_PREPOSITION}\b(?:der|die|das|Der|Die|Das)\s{{1,3}}(?:{clauses._NO_PREPOSITION}[\w.-]{{1,30}}\s{{1,3}}){{0,2}}?[\w-]{{0,40}}(?:{nouns})\b"
    )


def old_pronoun_gender(sentence: str) -> str | None:
    m = OLD_PRONOUN.match(sentence)
    if not m:
        return None
    if m.group("p1") and m.group("v") in MODALS and PASSIVE_INFINITIVE.match(sentence, m.end("v")):
        return None  # a modal passive ("Sie könnte erzielt werden"): a thing, added after the fast patterns
    if m.group("p1"):
        verb = m.group("v")
        p1 = m.group("p1").capitalize()
        if p1 == "Sie" and (verb.endswith("en") and not verb.endswith(("ien", "eien"))):
            return None
        return "m" if p1 == "Er" else "f"
    p = (m.group("p2") or m.group("p3") or m.group("p4") or "").lower()
    return "m" if p in ("er", "seiner", "seines", "ihm") else "f"


MODALS = frozenset(["kann", "könnte", "muss", "müsste", "soll", "sollte", "darf", "dürfte", "würde", "wird"])
PASSIVE_INFINITIVE = re.compile(r"[^,.;:!?]{0,80}?\b[a-zäöüß]{3,30}(?:t|en)\s{1,3}werden\b\s{0,3}(?:[,.;:!?]|$)")


def test_modal_passive_after_a_pronoun_is_no_person_speaking() -> None:
    assert clauses.pronoun_gender("Sie dürfte bis Mai vergeben werden, falls das Land zahlt.") is None
    assert clauses.pronoun_gender("Er wird das prüfen lassen.") == "m"
    assert clauses.pronoun_gender("Sie könnte sich vorstellen, dass es klappt.") == "f"


OLD_IMPERSONAL = re.compile(
    r"^(?:Es\s{1,3}(?:wird|werden|wurde|wurden)\b|Seitens\b|Von\s{1,3}Seiten\b|Vonseiten\b|"
    r"Aus\s{1,3}(?:der\s{1,3}(?:Mitte|Zuhörerschaft|Einwohnerschaft|Bürgerschaft)|dem\s{1,3}(?:Gremium|Ausschuss|Rat|Plenum|Kreis|Publikum|Zuhörerkreis|Zuschauerraum)|den\s{1,3}Reihen)\b|"  # (the audience added with the rule)
    r"Von\s{1,3}(?:der|den)\s{1,3}[\w/-]{0,40}[Ff]raktion(?:en)?\b|Wortmeldungen\b|Weitere\s{1,3}Wortmeldungen\b|"
    r"Es\s{1,3}(?:folgt|folgen|entsteht|entwickelt|ergibt|gibt\s{1,3}keine|liegen\s{1,3}keine|besteht)\b|"
    r"Eine\s{1,3}(?:Diskussion|Aussprache|Beratung)\b|Die\s{1,3}(?:Sitzung|Beratung|Aussprache|Diskussion)\s{1,3}wird\b|"
    r"Nach\s{1,3}(?:kurzer|längerer|eingehender|ausführlicher)\s{1,3}(?:Diskussion|Aussprache|Beratung)\b(?!.{0,80}\b(?:Herr|Frau)\b))"
)
OLD_SUBJUNCTIVE = frozenset(["sei", "seien", "wäre", "wären", "hätte", "hätten", "würde", "würden"])


def old_is_group(sentence: str, group: re.Pattern[str]) -> bool:
    m = group.match(sentence)
    if not m:
        return False
    verb = re.search(r"\b[a-zäöüß]{2,}\b", sentence[m.end() : m.end() + 80])
    return not (verb and (verb.group(0) in OLD_SUBJUNCTIVE or (verb.group(0).endswith("e") and not verb.group(0).endswith("te"))))


# ---- inputs ----
def _read(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def corpus_sentences() -> list[str]:
    """Lines and sentence-like pieces of the annotated and sample texts, each also from its second word on."""
    out: set[str] = set()
    for folder in ("data/annotated", "data/samples"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            for piece in re.split(r"\n\s*\n|(?<=[.!?:;])\s+(?=\S)", _read(path)):
                piece = piece.strip()[:400]
                if piece:
                    out.add(piece)
                    if (rest := re.sub(r"^\S+\s+", "", piece)) != piece:
                        out.add(rest)
    return sorted(out)


def random_strings(n: int, seed: int = 7) -> list[str]:
    """Strings of words the patterns look for, joined by 1-4 blanks of several kinds, with noise."""
    lex = lexicon()
    nouns = sorted(set(lex.bodies + lex.groups))
    vocab = re.findall(r"[A-Za-zÄÖÜäöüß]{2,}", OLD_PRONOUN.pattern + OLD_IMPERSONAL.pattern) + [
        "er", "sie", "Er", "Sie", "sich", "werden", "haben", "sind", "Herr", "Frau", "betont", "bitten", "schrieen",
        "empfehle", "stellte", "hatte", "sagt", "meint", "heute", "gerne", "sei", "wäre", "SPD", "Fraktion", "fraktion", "Fraktionen", "der", "die",
        "das", "Der", "Die", "Das", "Alle", "Sämtliche", "Der", "Die", "einstimmig", "x" * 27, "Ab" * 14, "ä" * 26,
    ]  # fmt: skip
    rng = random.Random(seed)
    blanks = [" ", "  ", "   ", "    ", "\n", " \n ", "\t", "\xa0"]
    glue = ["", "", "", "-", "/", ".", ",", "_", "1"]
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 9)):
            kind = rng.random()
            if kind < 0.3:
                w = rng.choice(nouns)
                w = rng.choice([w, w.lower(), rng.choice(vocab) + w.lower(), rng.choice(vocab) + rng.choice(glue) + w])
            elif kind < 0.45:  # short clauses: "Heute sagt er ...", "Er meint, sie ..."
                w = rng.choice(["er", "sie", "sagt", "meint", "Er", "Sie"])
            elif kind < 0.9:
                w = rng.choice(vocab)
            else:
                w = "".join(rng.choice("abcdeßäRüÖ-/.,_1") for _ in range(rng.randint(1, 45)))
            words.append(w + rng.choice(glue) if rng.random() < 0.15 else w)
        out.append("".join(w + rng.choice(blanks) for w in words).rstrip() if rng.random() < 0.8 else " ".join(words) + " ")
    return out


@pytest.fixture(scope="module")
def inputs() -> list[str]:
    return corpus_sentences() + random_strings(30000)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def test_inputs_reach_every_branch(inputs: list[str]) -> None:
    """The comparison means something only if each kind of answer occurs often."""
    kinds = [old_pronoun_gender(s) for s in inputs]
    assert kinds.count("m") > 100 and kinds.count("f") > 100
    group = old_group_subject()
    assert sum(1 for s in inputs if group.match(s)) > 500
    assert sum(1 for s in inputs if old_body_anywhere().search(s)) > 500
    assert sum(1 for s in inputs if OLD_IMPERSONAL.match(s)) > 100


def test_pronoun_gender_unchanged(inputs: list[str]) -> None:
    assert [clauses.pronoun_gender(s) for s in inputs] == [old_pronoun_gender(s) for s in inputs]
    assert [OLD_PRONOUN.match(s) and OLD_PRONOUN.match(s).groupdict() for s in inputs] == [
        clauses.PRONOUN.match(s) and clauses.PRONOUN.match(s).groupdict() for s in inputs
    ]


def test_is_impersonal_unchanged(inputs: list[str]) -> None:
    assert [clauses.is_impersonal(s) for s in inputs] == [bool(OLD_IMPERSONAL.match(s)) for s in inputs]


def test_group_patterns_unchanged(inputs: list[str]) -> None:
    old_group, new_group = old_group_subject(), clauses.group_subject()
    old_body, new_body = old_body_anywhere(), clauses.body_anywhere()
    assert [_span(new_group.match(s)) for s in inputs] == [_span(old_group.match(s)) for s in inputs]
    assert [_span(new_body.search(s)) for s in inputs] == [_span(old_body.search(s)) for s in inputs]
    assert [_span(new_body.match(s)) for s in inputs] == [_span(old_body.match(s)) for s in inputs]
    assert [clauses.is_group(s) for s in inputs] == [old_is_group(s, old_group) for s in inputs]


def test_grouped_nouns_keep_lower_case_initials_flat() -> None:
    """A lower-case first letter would share its class with an upper-case group: the flat alternation then."""
    assert clauses._nouns(["Rat", "rat"]) == "[Rr]at|[rr]at"
    grouped = re.compile(rf"^x(?:{clauses._nouns(['Rat', 'Ratsversammlung', 'Beirat'])})\b")
    assert grouped.match("xratsversammlung") and grouped.match("xBeirat") and not grouped.match("xRats")


def test_names_body_answers_as_the_guarded_pattern(inputs: list[str]) -> None:
    """The unguarded pre-check may only rule out texts the guarded pattern does not match either."""
    guarded = clauses.body_anywhere()
    assert [clauses.names_body(s) for s in inputs] == [guarded.search(s) is not None for s in inputs]
    spans = [(m.span(), m.group(0)) if (m := guarded.search(s)) else None for s in inputs]
    assert [(m.span(), m.group(0)) if (m := clauses.body_match(s)) else None for s in inputs] == spans
    assert clauses.names_body("Danach beschließt der Ausschuss einstimmig.")
    assert not clauses.names_body("Herr Muster wurde in die Bürgerschaft gewählt.")  # only the guard rules this out


def test_names_body_guard_sees_the_text_before_the_unguarded_match() -> None:
    # the unguarded pattern first matches at "die Bürgerschaft" right after "in": the guard must still see "in "
    assert not clauses.names_body("Gewählt in die Bürgerschaft wurde niemand.")
    assert clauses.names_body("Gewählt in die Bürgerschaft, dann lobt der Ausschuss die Arbeit.")
