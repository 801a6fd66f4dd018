"""The Doc and Span extension attributes ratsnlp sets, declared in one table.

Values are plain (str, int, bool, None, lists and dicts of those), so docs survive DocBin and
being sent to worker processes.
"""

from __future__ import annotations

import itertools
import weakref
from bisect import bisect_right
from collections.abc import Iterable

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

SPAN_GROUPS = {
    "sentences": "rn_sentences",
    "items": "rn_items",
    "sections": "rn_sections",
    "boilerplate": "rn_boilerplate",
    "mentions": "rn_mentions",
    "turns": "turns",
    "decisions": "decisions",
    "motions": "motions",
}

DOC_ATTRS: dict[str, object] = {
    "doc_id": None,
    "source": None,
    "meeting_date": None,  # ISO date of the meeting, when the text gives one
    "body": None,  # the committee or council, when the text gives one
    "item_number": None,  # agenda item of the whole document, when the source says (an OParl AgendaItem)
    "item_title": None,
    "roster": None,  # attendance list: [{"name", "surname", "title", "role", "party", "present"}]
    "speakers": None,  # speaker_id -> {"speaker", "title", "role", "party", "gender"}
}
SPAN_ATTRS: dict[str, object] = {
    # agenda items
    "item_number": None,
    "item_title": None,
    # mentions and turns
    "speaker": None,
    "speaker_id": None,
    "title": None,
    "role": None,
    "party": None,
    "role_noun": None,
    "affiliation": None,
    "gender": None,
    "is_subject": False,
    "is_label": False,
    "sent_kind": None,  # sentences: speech, pronoun, decision, impersonal, group, plain
    "turn_id": None,
    # stance (classifier)
    "stance": None,
    "stances": None,
    "p_request": None,
    "p_concern": None,
    "p_support": None,
    "p_explanation": None,
    # decisions and motions
    "kind": None,
    "mover": None,
    "outcome": None,
    "unanimous": None,
    "yes": None,
    "no": None,
    "abstain": None,
    "decision_id": None,  # decisions: "d1", "d2", ... in document order
    "status_text": None,  # decisions: the council system's status line ("Beschluss: ungeändert beschlossen")
    "for_groups": None,  # decisions: groups voting for / against / abstaining, as written (party-list votes)
    "against_groups": None,
    "abstain_groups": None,
    "motion_id": None,  # decisions: the motion settled; motions: their id ("m1", ...); turns: the motion acted on
    "motion_kind": None,  # motions: main, amendment, postpone, refer, procedural, other
    "mover_speaker_id": None,
    "mover_party": None,
    "motion_relation": None,  # turns: moves, supports, opposes, withdraws
}


def _group_getter(name: str):  # noqa: ANN202 - returns a getter
    def get(doc: Doc) -> list[Span]:
        return list(doc.spans.get(name, []))

    return get


def register() -> None:
    """Register all extensions (idempotent; called on import of the component modules)."""
    for attr, default in DOC_ATTRS.items():
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=default)
    for attr, default in SPAN_ATTRS.items():
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=default)
    for attr in ("turns", "decisions", "motions"):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, getter=_group_getter(SPAN_GROUPS[attr]))


register()


TEXT_KEY = "ratsnlp.text"
# texts taken out of user_data by release_text, kept while their doc lives (for the stance classifier)
_RELEASED: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc, *, keep: bool = True) -> str:
    """doc.text, computed once per document: spaCy rebuilds it from the tokens on every access.

    keep=False: when the text is not cached, compute it without caching it (for components that run after
    release_text).
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = _RELEASED.get(doc)
    if text is None:
        text = doc.text
        if keep:
            doc.user_data[TEXT_KEY] = text
    return text


class TextLine:
    """A line as normalise.Line has it (start, end, text of the stripped content; blank), in a light object:
    a frozen dataclass takes a microsecond to build, and a document has thousands of lines."""

    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text

    @property
    def blank(self) -> bool:
        return not self.text

    def __repr__(self) -> str:
        return f"TextLine(start={self.start}, end={self.end}, text={self.text!r})"


def split_lines(text: str) -> list[TextLine]:
    """The lines of normalise.iter_lines (same offsets and texts), from one str.split."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            out.append(TextLine(start, start + len(stripped), stripped))
        else:
            out.append(TextLine(pos, pos, ""))
        pos += len(raw) + 1
    return out


_LINES: weakref.WeakKeyDictionary[Doc, tuple[str, list[TextLine]]] = weakref.WeakKeyDictionary()


def lines_of(doc: Doc) -> list[TextLine]:
    """The document's lines (split_lines), split once per document (structure and sentences both walk them);
    kept while the doc lives, outside user_data so that DocBin does not store them."""
    text = text_of(doc)
    hit = _LINES.get(doc)
    if hit is None or hit[0] is not text:
        hit = _LINES[doc] = (text, split_lines(text))
    return hit[1]


_BOUNDS: weakref.WeakKeyDictionary[Doc, tuple[list[int], list[int]]] = weakref.WeakKeyDictionary()


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """(token_starts, token_ends) of the doc, read from one two-column array once per document: each read of
    the doc's token structs costs a pass over memory the components have long left (ratsnlp never
    retokenizes, so the token count tells a stale pair); kept outside user_data, as lines_of."""
    hit = _BOUNDS.get(doc)
    if hit is None or len(hit[0]) != len(doc):
        cols = doc.to_array([IDX, LENGTH])
        starts = cols[:, 0]
        hit = _BOUNDS[doc] = (starts.tolist(), (starts + cols[:, 1]).tolist())
    return hit


def token_starts(doc: Doc) -> list[int]:
    """doc[i].idx of every token (_token_bounds)."""
    return _token_bounds(doc)[0]


def token_ends(doc: Doc) -> list[int]:
    """doc[i].idx + len(doc[i]) of every token: its text's end, before its trailing blank (_token_bounds;
    indexing the doc builds a Token object each time)."""
    return _token_bounds(doc)[1]


def char_spans(doc: Doc, rows: Iterable[tuple[int, int, str | int]]) -> list[Span | None]:
    """doc.char_span(start, end, label=label, alignment_mode="expand") for each (start, end, label), the tokens found
    by bisecting token_starts: doc.char_span builds up to six Token objects per call to find the same two
    indices.

    Tokens tile the text (each owns its trailing whitespace), so the token holding a character is the last
    one starting at or before it; as in spaCy, a start on a token's trailing blank moves to the next token.
    Each label is added to the string store once per call, not once per span (the same hash either way); a
    label may also be given as its id."""
    starts = token_starts(doc)
    ends = token_ends(doc)
    n = len(text_of(doc, keep=False))
    labels: dict[str | int, int] = {}
    add = doc.vocab.strings.add
    out: list[Span | None] = []
    for start_idx, end_idx, label in rows:
        if not (0 <= start_idx < n and 0 < end_idx <= n):
            out.append(None)  # spaCy finds no token holding the character
            continue
        start = bisect_right(starts, start_idx) - 1
        end = bisect_right(starts, end_idx - 1)  # one past the token holding end_idx - 1
        if start_idx != starts[start] and start_idx == ends[start]:
            start += 1
        key = labels.get(label)
        if key is None:
            key = labels[label] = label if isinstance(label, int) else add(label)
        out.append(Span(doc, start, end, label=key))
    return out


def char_span(doc: Doc, start_idx: int, end_idx: int, label: str) -> Span | None:
    """One span of char_spans."""
    return char_spans(doc, ((start_idx, end_idx, label),))[0]


def span_text(span: Span) -> str:
    """span.text sliced from the document's cached text (span.text rebuilds it from the tokens)."""
    return text_of(span.doc, keep=False)[span.start_char : span.end_char]


def release_text(doc: Doc) -> None:
    """Take the cached text out of user_data (the last component does, so DocBin does not store the text
    twice); components that run later in the same process still find it with text_of."""
    text = doc.user_data.pop(TEXT_KEY, None)
    if text is not None:
        _RELEASED[doc] = text


_PLAIN: dict[str, tuple[bool, object]] = {}  # span attribute -> (a plain stored value?, its default)


def _plain(name: str) -> tuple[bool, object]:
    """Whether span._.name is a plain stored value with an immutable default (and the default), so that
    reading user_data directly gives what span._.name gives (Underscore stores a mutable default on first
    read: not these), and spaCy stores it where the readers here look (checked once per name)."""
    hit = _PLAIN.get(name)
    if hit is None:
        plain, default = _plainly_registered(Span.get_extension(name))
        hit = _PLAIN[name] = (plain and _stored_under_offsets(name), default)
    return hit


def _plainly_registered(registered: tuple | None) -> tuple[bool, object]:
    """Whether an extension (get_extension's tuple) is a plain value, no method, getter or setter, with an immutable
    default; and the default."""
    default, method, getter, setter = registered or (None, True, True, True)
    return method is None and getter is None and setter is None and not isinstance(default, (dict, list, set)), default


def _stored_under_offsets(name: str) -> bool:
    """Whether `span._.name = v` stores v in doc.user_data under ("._.", name, start_char, end_char), as every
    spaCy 3 release does; probed on a throwaway doc, so that another layout falls back to span._."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["a", "b"])
    span = Span(doc, 1, 2)
    setattr(span._, name, "probe")
    return doc.user_data.get(("._.", name, span.start_char, span.end_char)) == "probe"


_DOC_PLAIN: dict[str, tuple[bool, object]] = {}  # doc attribute -> (a plain stored value?, its default)


def doc_values(doc: Doc, names: tuple[str, ...]) -> tuple:
    """doc._.<name> for each name, read from doc.user_data where spaCy stores a plain doc attribute (each doc._
    builds an Underscore object and each read goes through its __getattr__)."""
    data = doc.user_data
    out = []
    for name in names:
        plain, default = _doc_plain(name)
        out.append(data.get(("._.", name, None, None), default) if plain else getattr(doc._, name))
    return tuple(out)


def _doc_plain(name: str) -> tuple[bool, object]:
    """Whether doc._.name is a plain stored value with an immutable default (and the default), stored under
    ("._.", name, None, None) as every spaCy 3 release does (probed once per name, as _plain for spans)."""
    hit = _DOC_PLAIN.get(name)
    if hit is None:
        plain, default = _plainly_registered(Doc.get_extension(name))
        hit = _DOC_PLAIN[name] = (plain and _doc_stored_plainly(name), default)
    return hit


def _doc_stored_plainly(name: str) -> bool:
    """Whether `doc._.name = v` stores v in doc.user_data under ("._.", name, None, None)."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["a"])
    setattr(doc._, name, "probe")
    return doc.user_data.get(("._.", name, None, None)) == "probe"


class SpanReader:
    """Reads the same span attributes of many spans of one doc (the rows of a table): span_values with the
    extension checks done once for the reader instead of once per span."""

    __slots__ = ("_data", "_fields", "_all_plain")

    def __init__(self, doc: Doc, names: tuple[str, ...]) -> None:
        self._data = doc.user_data
        self._fields = tuple((name, *_plain(name)) for name in names)  # (name, plain, default)
        self._all_plain = all(plain for _, plain, _ in self._fields)

    def __call__(self, span: Span) -> list:
        data, start, end = self._data, span.start_char, span.end_char
        if self._all_plain:
            get = data.get
            return [get(("._.", name, start, end), default) for name, _, default in self._fields]
        u = None
        out = []
        for name, plain, default in self._fields:
            if plain:
                out.append(data.get(("._.", name, start, end), default))
            else:
                if u is None:
                    u = span._
                out.append(getattr(u, name))
        return out


def span_values(span: Span, names: tuple[str, ...]) -> tuple:
    """span._.<name> for each name, read in one go: each `span._` builds an Underscore object and each
    attribute read goes through its __getattr__; a loop over thousands of spans pays for that."""
    data = span.doc.user_data
    s, e = span.start_char, span.end_char
    out = []
    for n in names:
        plain, default = _plain(n)
        out.append(data.get(("._.", n, s, e), default) if plain else getattr(span._, n))
    return tuple(out)


def offsets_and_values(spans: Iterable[Span], names: tuple[str, ...]) -> list[tuple]:
    """(start_char, end_char, span._.<name>, ...) of every span: span_values for a whole span group, with the
    extension checks done once instead of once per span."""
    plain = [_plain(n) for n in names]
    if not all(p for p, _ in plain):
        return [(sp.start_char, sp.end_char, *span_values(sp, names)) for sp in spans]
    spans = list(spans)
    if not spans:
        return []
    get = spans[0].doc.user_data.get
    bounds = [(sp.start_char, sp.end_char) for sp in spans]
    columns = [[get(("._.", n, s, e), d) for s, e in bounds] for n, (_, d) in zip(names, plain)]  # one pass per name
    return [(s, e, *vals) for (s, e), vals in zip(bounds, zip(*columns))]


def set_span_values(span: Span, **values: object) -> None:
    """span._.<name> = value for each pair, without an Underscore object per span (the same stored keys)."""
    data = span.doc.user_data
    s, e = span.start_char, span.end_char
    for n, v in values.items():
        if _plain(n)[0]:
            data[("._.", n, s, e)] = v
        else:
            setattr(span._, n, v)


def set_values(spans: list[Span], names: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """set_span_values(span, **dict(zip(names, row))) for each span and row, the extension checks done once
    (the spans may come from several docs)."""
    if not all(_plain(n)[0] for n in names):
        for sp, row in zip(spans, rows):
            set_span_values(sp, **dict(zip(names, row)))
        return
    for sp, row in zip(spans, rows):  # the spans may belong to several docs (a classifier's batch)
        data, s, e = sp.doc.user_data, sp.start_char, sp.end_char
        for n, v in zip(names, row):
            data[("._.", n, s, e)] = v


# span groups written through set_group: the group and the (start_char, end_char, label) of its spans
_GROUP_ROWS: weakref.WeakKeyDictionary[Doc, dict[str, tuple[object, list[tuple[int, int, str]]]]] = weakref.WeakKeyDictionary()


def set_group(doc: Doc, name: str, spans: list[Span]) -> None:
    """doc.spans[name] = spans, remembering the spans' offsets and labels for group_rows (while the doc lives)."""
    doc.spans[name] = spans
    _GROUP_ROWS.setdefault(doc, {})[name] = (doc.spans[name], [(sp.start_char, sp.end_char, sp.label_) for sp in spans])


def group_rows(doc: Doc, name: str) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of each span of doc.spans[name] (none: no group): iterating a SpanGroup
    builds a Span and three Tokens per span, so a group written by set_group answers from what it remembered
    (while it is the same group object of the same length)."""
    group = doc.spans.get(name)
    if group is None:
        return []
    hit = _GROUP_ROWS.get(doc, {}).get(name)
    if hit is not None and hit[0] is group and len(hit[1]) == len(group):
        return hit[1]
    return [(sp.start_char, sp.end_char, sp.label_) for sp in group]


def values_at(doc: Doc, bounds: list[tuple[int, int]], name: str) -> list:
    """span._.<name> of the spans at these (start_char, end_char) bounds, without building the spans (the
    value is stored under the span's offsets) unless the attribute is not a plain stored one."""
    plain, default = _plain(name)
    if not plain:
        return [getattr(sp._, name) for sp in char_spans(doc, [(a, b, "") for a, b in bounds])]
    get = doc.user_data.get
    return [get(("._.", name, a, b), default) for a, b in bounds]


def set_values_at(doc: Doc, bounds: list[tuple[int, int]], names: tuple[str, ...], rows: Iterable[tuple]) -> None:
    """set_values for the spans at these (start_char, end_char) bounds, without building the spans when the
    attributes are plain stored ones."""
    if not all(_plain(n)[0] for n in names):
        set_values([sp for sp in char_spans(doc, [(a, b, "") for a, b in bounds])], names, rows)  # type: ignore[misc]
        return
    rows = list(itertools.islice(rows, len(bounds)))  # as many as zip(bounds, rows) would take
    if all(isinstance(row, (tuple, list)) and len(row) == len(names) for row in rows):  # one update, in the loop's order
        doc.user_data.update(zip([("._.", n, s, e) for s, e in bounds[: len(rows)] for n in names], itertools.chain.from_iterable(rows)))
        return
    data = doc.user_data
    for (s, e), row in zip(bounds, rows):
        for n, v in zip(names, row):
            data[("._.", n, s, e)] = v


def group_values(doc: Doc, name: str, names: tuple[str, ...]) -> list[tuple]:
    """offsets_and_values(doc.spans[name], names), the offsets from group_rows (no Span built for a group
    written by set_group) when the attributes are plain stored ones."""
    if not all(_plain(n)[0] for n in names):
        return offsets_and_values(doc.spans.get(name, []), names)
    bounds = [(a, b) for a, b, _ in group_rows(doc, name)]
    if not bounds:
        return []
    columns = [values_at(doc, bounds, n) for n in names]
    return [(a, b, *vals) for (a, b), vals in zip(bounds, zip(*columns))]
