"""The `ratsnlp_sentences` component: sentence boundaries that know the genre.

Abbreviations ("Dr.", "z. B.", "i. V."), initials ("Herr K."), dates and ordinals do not end a
sentence; line breaks do, unless a line is a soft wrap; headings, furniture and the roster are
not sentences at all. Works on characters, so it is independent of the tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..normalise import Line, iter_lines
from ..resources import lexicon, read_list
from .names import MODIFIERS

# a sentence end: a run of . ! ? … (closing quotes or brackets may follow) before a blank, or a colon ending its
# line; written to start with one character class, so that the regex engine skips to candidate characters
# instead of trying both branches at every position (same matches as [.!?…]+[...]*(?=\s)|:(?=...\n))
_END = re.compile(r"[.!?…:](?:(?<=[.!?…])[.!?…]*[\"“”'’)»]*(?=\s)|(?<=:)(?=[ \t\u00a0]*\n))")
_WORD = re.compile(r"[\w]+")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\))\s")  # "1. ", "2) ", "a) "
_MONTHS = frozenset(
    ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez"]
)


def split_region(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences (start, end) within text[start:end], a run of content lines."""
    yield from _split_into([], text, start, end, lexicon())


def _split_into(out: list[tuple[int, int]], text: str, start: int, end: int, lex) -> list[tuple[int, int]]:  # noqa: ANN001
    """split_region appended to `out` (one list for a whole document, no generator per region)."""
    pos = start
    for m in _END.finditer(text, start, end):
        dot, cut = m.span()
        if text[dot] == "." and not _is_boundary(text, dot, cut, end, lex):  # "!", "?", "…" and ":" always end one
            continue
        if text[dot] != ":" and _inside_embedded_quote(text, pos, dot, end):
            continue
        if text[cut - 1] == ")" and _GOES_ON.match(text, cut, end) and text.rfind("(", pos, dot) > text.rfind(")", pos, dot):
            continue  # "(… unter dem selben Datum …) wurde schließlich …": the bracket ended, the sentence goes on
        seg = text[pos:cut]  # _trim, inline
        core = seg.lstrip()
        s = pos + len(seg) - len(core)
        e = s + len(core.rstrip())
        if e > s:
            out.append((s, e))
        pos = cut
    s, e = _trim(text, pos, end)
    if e > s:
        out.append((s, e))
    return out


_GOES_ON = re.compile(r"[ \t]{0,2}[a-zäöüß,]")


def _inside_embedded_quote(text: str, pos: int, dot: int, end: int) -> bool:
    """Whether the sentence end at `dot` lies inside a quotation that the sentence opened mid-way (not at its start
    and not after a colon) and that the same sentence goes on after ("ihren Antrag „Mieten runter! Jetzt handeln“
    behandeln"): a title or slogan quoted in the sentence, whose "!" or "." ends nothing."""
    q = text.rfind("„", pos, dot)
    if q < 0 or text.find("“", q, dot) >= 0:
        return False  # (most sentence ends: no open German quotation before them)
    before = text[pos:q].rstrip()
    if not before or before[-1] in ":–-":
        return False  # the quotation opens the sentence or is a quoted contribution after a colon
    close = text.find("“", dot, min(end, dot + 200))
    return close > 0 and text.find("„", dot, close) < 0 and _GOES_ON.match(text, close + 1) is not None


def _is_boundary(text: str, dot: int, cut: int, end: int, lex) -> bool:  # noqa: ANN001
    if text[dot] != ".":
        return True
    # the word before the dot
    k = dot
    while k > 0 and not text[k - 1].isspace() and dot - k < 40:
        k -= 1
    word = text[k : dot + 1].lstrip("(„\"'")
    if word in lex.abbreviations or word in lex.academic_titles or word in lex.role_words:
        return False
    if "-" in word and word.rsplit("-", 1)[1] in lex.abbreviations:
        return False  # "GR-Drucks. 2024-17"
    core = word[:-1]
    if len(core) == 1 and core.isalpha():  # initials, "z. B.", "i. V."
        return False
    if "." in core and len(core) <= 6 and not core.isdigit():  # "u.a.", "z.B."
        return False
    # what follows
    j = cut
    while j < end and text[j] in " \t\u00a0\n":
        j += 1
    if j >= end:
        return True
    nxt = text[j]
    if core.isdigit() and len(core) <= 2:  # ordinal: "21. Sitzung", "3. März", "TOP 5. "
        nw = _WORD.match(text[j : j + 20])
        if nw and (nw.group(0) in _MONTHS or nxt.isupper() or nxt.isdigit()) and "\n" not in text[cut:j]:
            return False
    if nxt.islower() and "\n" not in text[cut:j]:
        return _role_abbreviation_first(text, j, end, lex)  # "... fragt nach. sB Albers bittet ...": a new sentence
    return True


_ABBREVIATION_THEN_NAME = re.compile(r"([a-zäöü][\wÄÖÜäöü'’]{0,5})[ \t\u00a0]{1,3}[A-ZÄÖÜ]")


def _role_abbreviation_first(text: str, j: int, end: int, lex) -> bool:  # noqa: ANN001
    """Whether text[j:] opens with a lower-case role abbreviation and a capitalised name ("sB Albers", "sE Kranz"):
    then the lower-case word after a full stop starts a sentence."""
    m = _ABBREVIATION_THEN_NAME.match(text, j, end)
    return m is not None and m.group(1) in lex.role_words


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """text[s:e] without surrounding whitespace (str.strip drops exactly the characters str.isspace() accepts)."""
    seg = text[s:e]
    core = seg.lstrip()
    s += len(seg) - len(core)
    return s, s + len(core.rstrip())


def content_regions(text: str, skip: list[tuple[int, int]], lines: list[Line] | list[ext.TextLine] | None = None) -> Iterator[tuple[int, int]]:
    """Runs of lines that belong together: a blank line, a skipped line or a hard line end separates them.

    lines: iter_lines(text), when the caller has them."""
    skipped = {}
    for a, b in skip:
        skipped[a] = max(b, skipped.get(a, a))
    region: list[int] | None = None  # [start, end]
    prev = ""
    if lines is None:
        lines = list(iter_lines(text))
    width = wrap_width(lines)
    blanks = 0  # blank lines since the last line of the open region
    for line in lines:
        start = line.start
        if line.blank and region is not None:
            blanks += 1  # the region ends here unless the next line goes on with its sentence
            continue
        if line.blank or skipped.get(line.start, -1) >= line.end:
            if region:
                yield region[0], region[1]
            region, prev, blanks = None, "", 0
            continue
        joined = False  # the line goes on with the sentence above over one blank line: no line-break test
        if blanks:
            joined = region is not None and blanks == 1 and _continues_over_blank(prev, line.text)
            if region is not None and not joined:
                yield region[0], region[1]
                region, prev = None, ""
            blanks = 0
        if line.start in skipped:  # a heading with content on the same line
            if region:
                yield region[0], region[1]
            region, prev = None, ""
            start = skipped[line.start]
            while start < line.end and text[start].isspace():
                start += 1
        if region is not None and not joined and _hard_break(prev, line.text, width):
            yield region[0], region[1]
            region = None
        if region is None:
            region = [start, line.end]
        region[1] = line.end
        prev = line.text
    if region:
        yield region[0], region[1]


_TEXT = attrgetter("text")


def wrap_width(lines: list) -> int:  # noqa: ANN001
    """The width text was wrapped at: a high percentile of the lengths of its lines."""
    runs = sorted(filter(None, map(len, map(_TEXT, lines))))  # the lengths of the non-blank lines, looped in C
    return runs[int(len(runs) * 0.9)] if runs else 0


# a line ending in one of these continues on the next line ("... Anwohner und / Gäste aus dem Ort")
_CONTINUES = frozenset(["und", "oder", "sowie", "der", "die", "das", "des", "dem", "den", "von", "vom", "mit", "für", "zu", "zur", "zum", "in", "im", "am", "an", "auf", "bei", "aus", "nach", "über"])
CONTINUES = _CONTINUES  # (read by segment/structure: a line after such a word is no heading)
_ARTICLES = frozenset(["der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"])
# a word that opens a phrase and never ends a sentence: an article, a preposition, "Herr"/"Frau" before a name
_OPENS_PHRASE = _CONTINUES | _ARTICLES | frozenset(["herr", "herrn", "frau"])
# the same in lower case, without the prepositions that are also a verb's particle at a clause end ("fragt nach")
_NO_CLAUSE_END = _OPENS_PHRASE - frozenset(["mit", "zu", "an", "auf", "bei", "aus", "nach", "über"])


# "AW Stadt: ...", "Nachfrage Schulze: ...", "Herr Abt (CDU): ...": a speaker label opens the line
_LABEL_START = re.compile(r"^[A-ZÄÖÜ][\w.'’/-]{0,30}(?: [\w.'’/-]{1,30}){0,3}(?: \([^()]{1,30}\))?:[ \t]+[A-ZÄÖÜ„\"]")


_SENTENCE_THEN_WORD = re.compile(r"[.!?][\"“”»)]?[ \t]+[A-ZÄÖÜ][a-zäöüß]+$")


def _after_sentence_end(prev: str) -> bool:
    """The line's last word opens a sentence that began after a full stop on the same line."""
    return _SENTENCE_THEN_WORD.search(prev) is not None


def _title_before_name(word: str) -> bool:
    """ "Dr.", "StV.", "Bgm.": an abbreviated title or office written before a name (not "BauGB.", which ends sentences)."""
    lex = lexicon()
    return word in lex.academic_titles or lex.role_noun(word) is not None


def _hard_break(prev: str, cur: str, width: int = 0) -> bool:
    """Whether a single line break ends a sentence (else the line is a soft wrap).

    A line that stops although the next line's first word would have fitted was ended on purpose: a
    heading or a title line above "Frau X informiert ..." in text copied from a web page or a PDF.
    """
    last = prev.rsplit(" ", 1)[-1]
    opens = last.lower() in (_OPENS_PHRASE if last[:1].isupper() else _NO_CLAUSE_END)  # ("fragt nach": a particle ends it)
    if (opens or (last.endswith(".") and _title_before_name(last))) and cur[:1].isalpha() and "|" not in cur and not (
        _LIST_ITEM.match(cur) or _LABEL_START.match(cur)
    ):
        return False  # a PDF's narrow column broke after "Herr" / "Der" / "StV." / "Nach": "Herr" ⏎ "Dr. X (AB) führt aus"
    if last[:1].isupper() and last.isalpha() and _after_sentence_end(prev) and cur[:1].isalpha() and not (_LIST_ITEM.match(cur) or _LABEL_START.match(cur)):
        first = cur.split(" ", 1)[0]
        if cur[:1].islower() or (lexicon().role_noun(last) is not None and first not in _sentence_openers() and first.lower() not in _ARTICLES):
            return False  # "… Ausschuss. Abschließend" ⏎ "fügt …", "… belasten. Beigeordneter" ⏎ "X erklärt": the new sentence goes on
    if prev.endswith((".", "!", "?", ":", ";", "…", ")", "\"", "“", "|")) or "|" in cur:
        return True
    if cur[:1].islower() and (prev.rsplit(" ", 1)[-1][:1].islower() or (prev.endswith("-") and prev[-2:-1].isalpha())):
        return False  # "... erläutert den" / "antrag ab", "... den An-" / "trag": the clause goes on in lowercase
    if " " in prev and prev.rsplit(" ", 1)[-1] in _ARTICLES and cur[:1].isupper() and not (_LIST_ITEM.match(cur) or _LABEL_START.match(cur)):
        return False  # "Die Niederschrift über die" / "Sitzung vom ...": no sentence and no heading ends in an article
    if _DASHED_INSERT.match(cur):
        return False  # "Die Niederschrift vom 3. März" / "– öffentlicher Teil – wird bestätigt.": an insert in dashes, then the verb
    if len(prev) < 45:
        return True
    if cur[:1] in "-–•*" or _LIST_ITEM.match(cur) or _LABEL_START.match(cur):
        return True
    if prev[:1] in "-–•*" and cur[:1].isupper() and width and len(prev) > width and prev.rsplit(" ", 1)[-1] not in _CONTINUES:
        return True  # a bullet entry longer than the lines are wrapped at was not wrapped: it ends at its line end
    first = cur.split(" ", 1)[0]
    return (
        cur[:1].isupper()
        and len(prev) + 1 + len(first) < 0.9 * width
        and not prev.endswith(("-", ","))
        and prev.count("(") <= prev.count(")")
        and prev.rsplit(" ", 1)[-1] not in _CONTINUES
    )


# a line that opens with an insert between dashes and goes on in lower case: the sentence above continues
_DASHED_INSERT = re.compile(r"[–-][ \t][^–\n]{2,40}[ \t][–-][ \t]{1,3}[a-zäöüß]{2,}\b")
_CODE_THEN_LOWER = re.compile(r"[A-ZÄÖÜ0-9][\w./-]*\d[\w./-]*[ \t]{1,3}[a-zäöüß]{2,}\b")


def _continues_over_blank(prev: str, cur: str) -> bool:
    """Whether a line after one blank line goes on with the sentence above (text extracted with a blank line after
    every line): the line above ends without punctuation and this one starts in lower case ("... eine Aufzeichnung" /
    "erfolgen würde, ..."), or the line above ends in an article, preposition or conjunction ("... und dem" /
    "Bürgermeister zur Verfügung gestellt")."""
    if len(prev) < 45 or prev[-1] in ".!?:;…)\"“”»|" or not cur:
        return False  # a short line is a title ("P r o t o k o l l" / "der 3. Zusammenkunft ...")
    if prev[-1].isalpha() and _CODE_THEN_LOWER.match(cur):
        return True  # "... gemäß Vorlage" / "V-12/345 vor und erteilte ...": a document number and the clause going on
    return (cur[:1].islower() and (prev[-1].isalpha() or prev[-1] == ",")) or prev.rsplit(" ", 1)[-1] in _CONTINUES


# a document header run on without punctuation into the first sentence: its last field, a document number
# ("... Öffentliche Sitzung 2. Kita Süd 94/2013 Bevor Herr X ..."), then a word that opens a sentence
_GLUED_AFTER_NUMBER = re.compile(
    r"(?<=[ \t])\d{1,5}/\d{2,4}[ \t]{1,3}(?=(?:Bevor|Nachdem|Als|Während|Zunächst|Zu[ \t]Beginn|Der|Die|Das|Herr|Frau)[ \t])"
)


def _split_glued(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a region with a sentence cut off from a header glued before it (see _GLUED_AFTER_NUMBER)."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        for m in _GLUED_AFTER_NUMBER.finditer(text, s, e):
            out.append((s, m.start() + len(m.group().rstrip())))  # the header ends with the number
            s = m.end()
        out.append((s, e))
    return out


# an agenda item's number and title run on into its first sentence (a PDF whose line breaks were lost): "1. Vorstellung
# des Berichts Der Ausschuss ...", "2. Radweg in der Au Frau X fragt ..."; a capitalised article or Herr/Frau after
# a word of the title starts the sentence (inside a German sentence they are lower case or follow punctuation)
_TITLE_THEN_SENTENCE = re.compile(
    r"(?:-[ \t]?\d{1,4}[ \t]?-[ \t]{1,3}(?:[A-ZÄÖÜ][A-ZÄÖÜ.-]*[ \t]{1,3}){0,8})?"  # a page number and headings in capitals before it
    r"\d{1,2}\.[ \t]{1,3}(?!(?:Der|Die|Das|Ein|Eine|Herr|Frau|Er|Sie|Es|Ich|Wir)\b)[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:[ \t]{1,3}[\wäöüß-]+){0,15}?[ \t]{1,3}(?=(?:Der|Die|Das|Herr|Frau)[ \t]+[A-ZÄÖÜa-zäöüß])"
)


def _split_titles(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a region with an item title glued before a sentence cut off (see _TITLE_THEN_SENTENCE)."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        m = _TITLE_THEN_SENTENCE.match(text, s, e) if text[s].isdigit() or text[s] == "-" else None
        if m is not None and lexicon().party(" ".join(text[m.end() : m.end() + 40].split()[:2]).rstrip(":,.")) is not None:
            m = None  # "3. Antrag der Fraktion Die Linke: ...": a party's name, not a sentence's article
        if m is not None and m.group().split()[-1] in ("von", "vom", "durch"):
            m = None  # "2. Anfrage von Frau X:": the person is the title's own, who asked
        if m is not None:
            out.append((s, s + len(m.group().rstrip())))
            s = m.end()
        out.append((s, e))
    return out


# a heading run on without punctuation into a sentence whose subject is a named person (a page whose line breaks were
# lost): capitalised words, numbers and a few function words ("II. INFORMATION Information Landesgartenschau",
# "2. Bericht des Gemeindevorstandes"), then the person ("Frau X", "Bürgermeister Dietmar X", maybe a bracket or an
# apposition between commas), then the verb
_HEAD_WORD = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß/&-]*\.?|[IVX]{1,4}\.|\d{1,3}\.?|und|der|des|für|zur|zum|im|am|über|–|-)[ \t\u00a0]{1,3}")
_PERSON_AT = re.compile(
    r"(?:(?!(?:Herr|Frau|Dr)\b)(?P<noun>[A-ZÄÖÜ][\wäöüß-]{2,30})[ \t\u00a0]+)?(?P<hon>(?:Herr|Frau)[ \t\u00a0]+)?(?:Dr\.[ \t\u00a0]+)?(?:[A-ZÄÖÜ][\wäöüß-]+[ \t\u00a0]+){0,2}?[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:[ \t\u00a0]*\([^()\n]{1,30}\))?(?:,[ \t\u00a0][^,.;:\n]{3,80},)?[ \t\u00a0]+[a-zäöüß]{3,}"
)


_CAPS_WORD = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
_ITEM_NUMBER = re.compile(r"\d{1,3}\.?|[IVX]{1,4}\.")
# words that modify the office after them: the roster's modifiers ("Erster Bürgermeister") and possessives ("Unser
# Fraktionsvorsitzender", "Ihr Kreisrat")
_OFFICE_MODIFIERS = MODIFIERS | frozenset(["Unser", "Unsere", "Ihr", "Ihre", "Sein", "Seine", "Neuer", "Neue"])


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Capitalised words that open a sentence, not a heading (resources/de/sentence_openers.txt)."""
    return frozenset(read_list("sentence_openers.txt"))


# an office and the person in apposition after a word with no punctuation ("... Frau Annette Mann Der Bürgermeister,
# Herr X, begrüßte ..."): a capitalised article inside a sentence opens the next one (a page whose breaks were lost)
_ARTICLE_APPOSITION = re.compile(
    r"(?<=[\wäöüß)])[ \t\u00a0]+(?=(?:Der|Die)[ \t\u00a0]+[A-ZÄÖÜ][\wäöüß-]+,[ \t\u00a0]+(?:Herr|Frau)[ \t\u00a0]+(?:Dr\.[ \t\u00a0]+)?"
    r"[A-ZÄÖÜ][\wäöüß-]+,[ \t\u00a0]+[a-zäöüß]{3,})"
)


def _split_appositions(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a region with a run-on sentence cut before "Der <office>, Herr X, <verb>" (_ARTICLE_APPOSITION)."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        for m in _ARTICLE_APPOSITION.finditer(text, s, e):
            if m.start() > s:
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


def _split_headings(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a region with a heading glued before a named person's sentence cut off (see _PERSON_AT). A
    sentence opener first ("Auf Nachfrage von Frau X sagt"), or an abbreviation, party or role noun right before the
    person ("Bzv. Frau X", "Bürgermeister Herr X") keeps the words the sentence's own."""
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        cut = _heading_cut(text, s, e) if text[s].isupper() or text[s].isdigit() else None
        if cut is not None:
            out.append((s, s + len(text[s:cut].rstrip())))
            s = cut
        out.append((s, e))
    return out


def _heading_cut(text: str, s: int, e: int) -> int | None:
    """Where the person's sentence starts after a glued heading, or None."""
    lex = lexicon()
    gap = text.find(" ", s, min(e, s + 40))
    if gap < 0 or text[s:gap] in _sentence_openers() or text[s:gap] in lex.honorifics or not (text[gap + 1 : gap + 2].isupper() or text[gap + 1 : gap + 2].isdigit()):
        return None  # (most sentences: an opener first, or a lower-case word second; a heading has two capitalised words)
    zone = text[s : min(e, s + 160)]
    if not (text[s].isdigit() or "Herr " in zone or "Frau " in zone or _CAPS_WORD.search(zone)):
        return None  # (a person after a heading needs Herr/Frau, or the heading an item number or a word in capitals)
    words: list[str] = []
    pos = s
    for _ in range(10):
        w = _HEAD_WORD.match(text, pos, e)
        if w is None:
            return None
        word = w.group().strip()
        if word in lex.honorifics:
            return None  # a person inside the run: its words are no heading
        words.append(word)
        pos = w.end()
        if (p := _PERSON_AT.match(text, pos, e)) is None:
            continue
        if p.group("hon") is None and (p.group("noun") is None or lex.role_noun(p.group("noun")) is None):
            continue  # without Herr/Frau only an office before the name makes it a person ("Bürgermeister Dietmar X")
        if p.group("hon") is None and not (_ITEM_NUMBER.fullmatch(words[0]) or any(len(x) > 2 and x.isupper() for x in words)):
            return None  # an office after capitalised words: a heading only when it looks like one ("2. Bericht ...")
        if _ITEM_NUMBER.fullmatch(word) or word in _OFFICE_MODIFIERS:
            return None  # "2. Bürgermeisterin X", "Erster Bürgermeister X", "Ihr Kreisrat X": the office's own words
        if p.group("noun") is not None and p.group("hon") is not None and lex.role_noun(p.group("noun")) is None:
            continue
        if word.endswith("."):
            return None  # "Bzv. Frau X": an abbreviated title (an item number was ruled out above)
        if word in ("und", "sowie") and any(lex.role_noun(x.rstrip(".")) is not None for x in words[:-1]):
            return None  # "KTA A und KTA B sehen ...": two persons joined, the subject of one sentence
        if lex.role_noun(word.rstrip(".")) is not None or word in lex.honorifics or lex.party(word) is not None:
            return None  # "Bürgermeister Herr X", "SPD Frau X": the person's own words
        return pos
    return None


@Language.factory("ratsnlp_sentences", assigns=["doc.spans", "token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences(name=name)


class Sentences:
    """Writes span group rn_sentences; also sets token.is_sent_start when no parser has run."""

    def __init__(self, *, name: str = "ratsnlp_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        skip = [(a, b) for a, b, _ in ext.group_rows(doc, "rn_skip")]
        spans = []
        last_end = -1  # token end of the last sentence kept
        text = ext.text_of(doc)
        lex = lexicon()
        bounds: list[tuple[int, int]] = []
        for a, b in content_regions(text, skip, ext.lines_of(doc)):
            k = len(bounds)
            _split_into(bounds, text, a, b, lex)
            if text.find("/", a, b) >= 0:  # the literal every glued header needs
                bounds[k:] = _split_glued(text, bounds[k:])
            if any(text[x].isdigit() or text[x] == "-" for x, _ in bounds[k:]):
                bounds[k:] = _split_titles(text, bounds[k:])
            bounds[k:] = _split_headings(text, bounds[k:])
            if text.find(", Herr ", a, b) >= 0 or text.find(", Frau ", a, b) >= 0:  # (a literal every such apposition has)
                bounds[k:] = _split_appositions(text, bounds[k:])
        label = doc.vocab.strings.add("sentence")  # Span takes the label's id too: not looked up once per sentence
        rows = [(s, e, label) for s, e in bounds]
        for sp in ext.char_spans(doc, rows):
            if sp is not None and sp.start >= last_end:
                spans.append(sp)
                last_end = sp.end
        ext.set_group(doc, ext.SPAN_GROUPS["sentences"], spans)
        if spans and not doc[0].dep:  # no parser ran (doc.has_annotation would scan every token)
            # one array write: the token.is_sent_start setter scans the whole doc on every call (quadratic)
            starts = doc.to_array([SENT_START])
            starts[[sp.start for sp in spans]] = 1
            doc.from_array([SENT_START], starts)
        return doc
