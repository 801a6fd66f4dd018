"""The speed paths of roles and motions answer as the plain computations they replace."""

from __future__ import annotations

import pytest

from ratsnlp.tag.roles import _NAME_TOKEN, _NameIndex

TEXT = (
    "Anwesend: Frau Müller (SPD), Herr van der Meulen, Dr. Müller-Lüdenscheidt, aMüller, -Müller, Müllers.\n"
    "Frau Müller fragt; Herr Meulen antwortet. K. Berg, Bergmann, Berg. Ölzweig und Öl. Müller Müller Müller"
)
SPEAKERS = ["Frau Müller", "Herr van der Meulen", "Meulen", "Berg", "Öl", "K.", "müller", "Müller-Lüdenscheidt", "Bergmann", "Niemand"]


def _plain(text: str, speaker: str) -> list[tuple[int, int]]:
    """The index over every capitalised word, as it was built before."""
    from ratsnlp.segment.turns import _surname

    places: dict[str, list[tuple[int, int]]] = {}
    for m in _NAME_TOKEN.finditer(text):
        spots = places.setdefault(m.group(0), [])
        if len(spots) < 30:
            spots.append(m.span())
    surname = _surname(speaker)
    if not surname:
        return []
    last = surname.split()[-1]
    head = len(surname) - len(last)
    return [(a - head, b) for a, b in places.get(last, ()) if a >= head and text[a - head : b] == surname]


@pytest.mark.parametrize("limit", [0, 3, 100])
def test_name_index_answers_as_the_full_index(limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_NameIndex, "_FIND_LIMIT", limit)
    for text in (TEXT, TEXT * 20):
        index = _NameIndex(text)
        for speaker in SPEAKERS * 2:
            assert index.at(speaker) == _plain(text, speaker), speaker
