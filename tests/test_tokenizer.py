"""The chunk-cached tokenizer gives exactly spaCy's tokens, whitespace and norms, and follows rule changes."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest
import spacy

import ratsnlp
from ratsnlp.read import iter_paths, read_source
from ratsnlp.segment.tokenizer import _JOINED, _WORD, ChunkCachedTokenizer

ROOT = Path(__file__).resolve().parents[1]

TRICKY = [
    "",
    " ",
    "  ",
    " Einleitung mit Leerzeichen",
    "  zwei Leerzeichen vorne",
    "Ende mit Leerzeichen ",
    "Ende mit zweien  ",
    "\n\nTOP 3\n",
    "a \n b\t\tc\u00a0d \u00a0 e",
    "Herr Dr. Kühn (SPD) fragt z.B. nach d.h. Kosten i.H.v. 3.000,- €, vgl. S. 4 ff.",
    "Abstimmung: Ja: 0 Nein: 1 Enthaltung: 3 :-) ( :0 ) :)",
    "z.B.: 0 und z.B. : 0",
    "„Wir lehnen das ab“, sagte sie. (Beifall) – Zwischenruf: „Unsinn!“",
    "Stadtverordnete/r, Bürger*innen, E-Mail: info@rathaus-beispiel.de, https://ratsinfo.example.org/to0050.asp?__ksinr=12",
    "Ergebnis: 12:3:1 – einstimmig;Beschluss-Nr. 2024/117-a",
    "A  B   C\r\nD\u2028E",
]


def _kinds(cached: ChunkCachedTokenizer) -> list:
    """The fullmatch of each kind of chunk the tokenizer builds without spaCy."""
    return [whole for whole, _, _ in cached._kinds]


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


@pytest.fixture(scope="module")
def pair():
    return spacy.blank("de").tokenizer, ChunkCachedTokenizer(spacy.blank("de").tokenizer)


@pytest.mark.parametrize("text", TRICKY)
def test_same_tokens_as_spacy(pair, text):
    plain, cached = pair
    for _ in range(2):  # first from spaCy, then from the cache
        doc = cached(text)
        assert doc.text == text
        assert _tokens(doc) == _tokens(plain(text))


def test_same_tokens_on_every_sample(pair):
    plain, cached = pair
    for path in iter_paths([str(ROOT / "data" / "samples")]):
        text = read_source(path).text
        assert _tokens(cached(text)) == _tokens(plain(text)), path


def test_a_special_case_matched_across_a_space_sends_the_text_to_spacy():
    # ":" + "0" is an emoticon rule; "z.B.:" was changed by a special case, so the cache cannot vouch for it
    calls: list[str] = []
    inner = spacy.blank("de").tokenizer
    cached = ChunkCachedTokenizer(inner)

    class Spy:
        vocab = inner.vocab

        def __call__(self, text):
            calls.append(text)
            return inner(text)

    object.__setattr__(cached, "_tokenizer", Spy())
    text = "Ergebnis z.B.: 0 Stimmen"
    assert _tokens(cached(text)) == _tokens(inner(text))
    assert text in calls
    calls.clear()
    text = "Nein: 0 Stimmen"  # both chunks untouched by special cases: the cache serves them
    assert _tokens(cached(text)) == _tokens(inner(text))
    assert text not in calls


def test_rule_changes_empty_the_cache():
    cached = ChunkCachedTokenizer(spacy.blank("de").tokenizer)
    assert [t.text for t in cached("Der Bauausschuss tagt.")] == ["Der", "Bauausschuss", "tagt", "."]
    cached.add_special_case("Bauausschuss", [{"ORTH": "Bau"}, {"ORTH": "ausschuss", "NORM": "Ausschuss"}])
    doc = cached("Der Bauausschuss tagt.")
    assert [t.text for t in doc] == ["Der", "Bau", "ausschuss", "tagt", "."]
    assert doc[2].norm_ == "Ausschuss"


def test_cache_is_bounded_and_still_exact():
    plain = spacy.blank("de").tokenizer
    cached = ChunkCachedTokenizer(spacy.blank("de").tokenizer, max_chunks=5)
    text = " ".join(f"Wort{i}, (Satz{i})." for i in range(40)) + " Dr. Kühn fragt z.B. nach Nr. 4, d.h. den Kosten."
    assert _tokens(cached(text)) == _tokens(plain(text))
    assert _tokens(cached(text)) == _tokens(plain(text))
    assert len(cached._cache) == 5
    small = ChunkCachedTokenizer(spacy.blank("de").tokenizer, max_chunks=10)
    for text in ("Herr Nr. 1 fragt.", "Frau Dr. Roth (Grüne) antwortet, z.B. mit Nr. 2.", "Herr Nr. 1 fragt."):
        assert _tokens(small(text)) == _tokens(plain(text))
        assert len(small._cache) <= 10
    assert "Roth" not in small._cache  # a new generation began with the third text


def test_pipeline_uses_it_and_still_saves_and_pickles(tmp_path):
    nlp = ratsnlp.load(stance_model=False)
    assert isinstance(nlp.tokenizer, ChunkCachedTokenizer)
    nlp.tokenizer.to_disk(tmp_path / "tok")
    fresh = spacy.blank("de").tokenizer.from_disk(tmp_path / "tok")
    text = "Frau Bürgermeisterin Scheidt dankt der Verwaltung, z.B. für die Vorlage."
    assert _tokens(fresh(text)) == _tokens(nlp.tokenizer(text))
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert _tokens(copy(text)) == _tokens(nlp.tokenizer(text))


@pytest.mark.parametrize("text", ["Zuruf ( :P!)", "Heiterkeit ( :D:)", "Laut s ''Beifall''"])
def test_a_match_across_a_space_that_blocks_a_match_inside_the_next_chunk(pair, text):
    # ":P" is matched inside "(:P!)" only after the affix split ("(" ":" "P" ...), so the chunk's own tokens
    # (":P") do not show that its first token could pair with the "(" before it ("(:" is an emoticon rule)
    plain, cached = pair
    for _ in range(2):
        assert _tokens(cached(text)) == _tokens(plain(text))


_FUZZ_WORDS = [
    "Rat", "Nein", "Ja", "s", "n", "o", "D", "P", "x", "0", "1", "3", "12:3", "z.B.", "z.B", "Dr.", "d.h.", "Nr.",
    "ff.", "S.", "vgl.", "auf'm", "geht's", "'s", "''", ":", ";", "-", "(", ")", "'", '"', "„", "“", "–", "/", "*",
    ".", ",", "?", "!", "€", "§", "%", "_", "^", "=", "E-Mail", "info@rat.de", "https://x.example.org/a?b=1",
    "www.rat.de", "3.000,-", "2024/117-a", "Bürger*innen",
]
_FUZZ_SEPS = [" "] * 10 + [""] * 8 + ["  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2028", "\u3000", " \u00a0", "\u00a0 ", " \t", "\t "]


def _fuzz_texts(seed: int, n: int, keys: list[str]) -> list[str]:
    """Random texts of tricky words and special-case keys (emoticons, abbreviations) run together or split by
    every kind of whitespace: where a chunk's neighbours could change its tokens."""
    rng = random.Random(seed)
    short = [key for key in keys if len(key) <= 3]  # emoticons and the like: most split into several tokens
    texts = []
    for _ in range(n):
        parts = [rng.choice(_FUZZ_SEPS)] if rng.random() < 0.2 else []
        for _ in range(rng.randint(0, 30)):
            pool = rng.choice((keys, short, _FUZZ_WORDS))
            parts.append(rng.choice(pool))
            parts.append(rng.choice(_FUZZ_SEPS))
        if parts and rng.random() < 0.5:
            parts.pop()
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("max_chunks", [50_000, 20])
def test_fuzz_same_tokens_as_spacy(max_chunks):
    plain = spacy.blank("de").tokenizer
    cached = ChunkCachedTokenizer(spacy.blank("de").tokenizer, max_chunks=max_chunks)
    texts = _fuzz_texts(20261206, 3000, sorted(plain.rules))
    wrong = [text for text in texts if _tokens(cached(text)) != _tokens(plain(text))]
    assert not wrong, wrong[:5]


def test_letter_chunks_skip_spacy_only_where_no_affix_rule_can_split_them():
    from ratsnlp.segment.tokenizer import _letters_stay_whole

    assert _letters_stay_whole(spacy.blank("de").tokenizer)  # German affix rules: every pattern needs a non-letter
    for pattern, splits_letters in [
        (r"(?:chen)$", True), (r"(?<=[0-9])(?:km)$", False), (r"(?:[a-z]+\.)$", False), (r"(?:\w)$", True),
        (r"(?:[^0-9])$", True), (r"(?i:ä)$", True), (r"(?:x*)$", True), (r"(?<=[.,])(?=[a-z])", False),
    ]:
        tok = spacy.blank("de").tokenizer
        tok.suffix_search = re.compile(pattern).search
        assert _letters_stay_whole(tok) is not splits_letters, pattern


def test_letter_chunks_same_tokens_as_spacy_with_rules_that_split_letters():
    plain, inner = spacy.blank("de").tokenizer, spacy.blank("de").tokenizer
    for tok in (plain, inner):
        tok.suffix_search = re.compile(r"(?:chen|[.,!?])$").search
        tok.add_special_case("Ratsherr", [{"ORTH": "Rats"}, {"ORTH": "herr"}])
    cached = ChunkCachedTokenizer(inner)
    assert _WORD.fullmatch not in _kinds(cached)  # numbers still are a kind
    text = "Das Häuschen des Ratsherr Müllerchen, xD und XD."
    for _ in range(2):
        assert _tokens(cached(text)) == _tokens(plain(text))


def test_fuzz_letter_chunks_and_letter_special_cases():
    plain = spacy.blank("de").tokenizer
    cached = ChunkCachedTokenizer(spacy.blank("de").tokenizer)
    assert _WORD.fullmatch in _kinds(cached)
    rng = random.Random(7)
    letters = "aäbcdeöfghijklmnopqrsßtuüvwxyzAÄBCDEÖFGHIJKLMNOPQRSTUÜVWXYZ"
    keys = [k for k in plain.rules if k.isalpha()]  # "xD", "XDD": special cases of letters only
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(500)] + keys
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) for _ in range(300)]
    wrong = [text for text in texts if _tokens(cached(text)) != _tokens(plain(text))]
    assert not wrong, wrong[:5]


def test_marks_split_off_a_word_only_where_the_rules_always_split_them_so():
    from ratsnlp.segment.tokenizer import _LETTERS, _tails_split_off

    def tails(tok: spacy.tokenizer.Tokenizer) -> dict[str, str]:
        return {p: "".join(sorted(after)) for p, after in _tails_split_off(tok).items()}

    every, lower = "".join(sorted(_LETTERS)), "".join(sorted(c for c in _LETTERS if c.islower()))
    assert tails(spacy.blank("de").tokenizer) == {",": every, ";": every, ":": every, "!": every, "?": every, ".": lower}
    for suffix, want in [
        (r",$|;$", {",": every, ";": every}),  # unconditional
        (r"(?<=[a-c]),$|;$", {",": "abc", ";": every}),  # "," only after some letters
        (r"(?<=[a-c][a-c]),$|(?<=\w);$", {}),  # look-behinds it does not read: in doubt
        (r"[a-z],$|,$|;$", {";": every}),  # a suffix that takes in a letter before ","
        (r",$|;|;$", {}),  # a suffix match need not end at the end
        (r"(?i:x),$|,$", {}),  # case-blind: in doubt
    ]:
        tok = spacy.blank("de").tokenizer
        tok.suffix_search = re.compile(suffix).search
        assert tails(tok) == want, suffix
    tok = spacy.blank("de").tokenizer
    tok.prefix_search = re.compile(r"^[A-Z][a-z]*,|^\(").search  # a prefix that takes in letters and ","
    assert "," not in tails(tok) and ";" in tails(tok)
    tok = spacy.blank("de").tokenizer
    tok.add_special_case("!", [{"ORTH": "!", "NORM": "Ausruf"}])  # the mark itself a special case
    assert "!" not in tails(tok) and "?" in tails(tok)


@pytest.mark.parametrize("suffix", [None, r"(?<=[a-z]),$|;$|(?<=[A-Z][a-z])!$|\?$|:$|(?<=[a-zä])\.$|(?<=[A-Z][A-Z])\.$"])
def test_fuzz_words_with_marks_same_tokens_as_spacy(suffix):
    plain, inner = spacy.blank("de").tokenizer, spacy.blank("de").tokenizer
    if suffix:
        for tok in (plain, inner):
            tok.suffix_search = re.compile(suffix).search
    cached = ChunkCachedTokenizer(inner)
    rng = random.Random(5)
    letters = "aäbcdeöfghijklmnopqrsßtuüvwxyzAÄBCDEÖFGHIJKLMNOPQRSTUÜVWXYZ"
    keys = [k for k in plain.rules if k.isalpha() or (k[:-1].isalpha() and k[-1] in ",;:!?.")] + ["XD", "xD"]
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(300)] + keys
    texts = [" ".join(rng.choice(words) + rng.choice(["", ",", ";", ":", "!", "?", ",,", "?!", ".", ".", "..", ")"]) for _ in range(rng.randint(1, 20))) for _ in range(400)]
    wrong = [text for text in texts if _tokens(cached(text)) != _tokens(plain(text))]
    assert not wrong, wrong[:5]


def test_hyphenated_chunks_skip_spacy_only_where_no_rule_can_split_a_single_hyphen():
    from ratsnlp.segment.tokenizer import _hyphens_stay_whole

    assert _hyphens_stay_whole(spacy.blank("de").tokenizer)  # German rules split words at "--" only
    for infix, splits in [
        (r"(?<=[a-z])--(?=[a-z])", False),  # needs a double hyphen
        (r"(?<=[a-z])-(?=[A-Z])", True),  # a single hyphen between words
        (r"-{2,}", True),  # two hyphens, but not as two literals in a row: in doubt
        (r"(?<=[0-9])-(?=[0-9])", False),  # only between digits
    ]:
        tok = spacy.blank("de").tokenizer
        tok.infix_finditer = re.compile(infix).finditer
        assert _hyphens_stay_whole(tok) is not splits, infix
    tok = spacy.blank("de").tokenizer
    tok.suffix_search = re.compile(r"-$").search  # a suffix that splits off a trailing hyphen
    assert not _hyphens_stay_whole(tok)
    assert _JOINED.fullmatch not in _kinds(ChunkCachedTokenizer(tok))


@pytest.mark.parametrize("infix", [None, r"(?<=[a-z])-(?=[A-Z])"])
def test_fuzz_hyphenated_words_same_tokens_as_spacy(infix):
    plain, inner = spacy.blank("de").tokenizer, spacy.blank("de").tokenizer
    if infix:
        for tok in (plain, inner):
            tok.infix_finditer = re.compile(infix).finditer
    cached = ChunkCachedTokenizer(inner)
    rng = random.Random(11)
    chars = "aäbcdeöfghijklmnopqrsßtuüvwxyzAÄBCDEÖFGHIJKLMNOPQRSTUÜVWXYZ" + "-" * 8
    keys = [k for k in plain.rules if "-" in k]
    words = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 12))) for _ in range(400)] + keys
    texts = [" ".join(rng.choice(words) + rng.choice(["", "", ",", ";", ":", ".", "!", ")", "-"]) for _ in range(rng.randint(1, 20))) for _ in range(400)]
    wrong = [text for text in texts if _tokens(cached(text)) != _tokens(plain(text))]
    assert not wrong, wrong[:5]


def test_numbers_skip_spacy_only_where_no_rule_can_split_them():
    from ratsnlp.segment.tokenizer import _DIGITS, _NUMBER, _letters_stay_whole, _tails_split_off

    tok = spacy.blank("de").tokenizer
    assert _letters_stay_whole(tok, _DIGITS)
    tails = {p: "".join(sorted(after)) for p, after in _tails_split_off(tok, _DIGITS).items()}
    assert tails == {p: _DIGITS for p in ",;:!?"}  # not ".": "12." is one token (the German rules keep ordinals)
    for suffix, splits in [(r"(?<=[0-9])(?:km|[0-9])$", True), (r"\d$", True), (r"[.\d]$", True), (r"[^\d]$", False), (r"\s$", False)]:
        tok.suffix_search = re.compile(suffix).search  # (\d: a category, tested on the digits themselves)
        assert _letters_stay_whole(tok, _DIGITS) is not splits, suffix
        assert (_NUMBER.fullmatch in _kinds(ChunkCachedTokenizer(tok))) is not splits, suffix


@pytest.mark.parametrize("suffix", [None, r"(?<=[0-9])\.$|,$|(?<=[1-3]);$"])
def test_fuzz_numbers_same_tokens_as_spacy(suffix):
    plain, inner = spacy.blank("de").tokenizer, spacy.blank("de").tokenizer
    if suffix:
        for tok in (plain, inner):
            tok.suffix_search = re.compile(suffix).search
    cached = ChunkCachedTokenizer(inner)
    rng = random.Random(13)
    words = ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 6))) for _ in range(300)]
    marks = ["", "", ",", ";", ":", ".", "!", "?", ")", "%", "-", ".,"]
    texts = [" ".join(rng.choice(["", "(", "Nr."]) + rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 20))) for _ in range(400)]
    wrong = [text for text in texts if _tokens(cached(text)) != _tokens(plain(text))]
    assert not wrong, wrong[:5]


def test_same_tokens_in_and_after_memory_zones():
    """Chunks learned outside a zone are kept as orth IDs (their lexemes stay), those learned inside one as
    strings (their lexemes go with the zone): either way a later doc, in a zone or not, is spaCy's."""
    plain = spacy.blank("de").tokenizer
    nlp = spacy.blank("de")
    cached = ChunkCachedTokenizer(nlp.tokenizer)
    before = "Frau Dr. Ahlgrimm (SPD) fragt nach dem Haushaltsplan."
    inside = "Herr Quenzler-Bartsch beantragt Vertagung, z.B. auf den Wintermonat."
    assert _tokens(cached(before)) == _tokens(plain(before))
    for _ in range(2):
        with nlp.memory_zone():
            for text in (before, inside, before + " " + inside):
                assert _tokens(cached(text)) == _tokens(plain(text))
        for text in (before, inside, inside + "\n" + before):
            assert _tokens(cached(text)) == _tokens(plain(text))
