"""Phenomena of published minutes and news reports (issue #8), on invented text."""

from __future__ import annotations


def _turns(doc) -> list[tuple[str, str]]:
    return [(t._.speaker, t.text[:25]) for t in doc._.turns]


def test_inline_label_in_prose_is_one_quotation_not_a_verbatim_transcript(nlp):
    doc = nlp(
        "Im Rat ging es hoch her. Gemeinderätin Anna Probe (AB) war mit dem Protokoll nicht einverstanden. "
        'Probe: "So war das nicht gemeint." Bürgermeister Karl Muster (XY) widersprach energisch. '
        "Gemeinderat Ben Beispiel (AB) zitierte danach die Geschäftsordnung."
    )
    assert [t._.speaker for t in doc._.turns][-3:] == ["Anna Probe", "Karl Muster", "Ben Beispiel"]
    assert doc._.turns[-3].text.startswith("Probe:")
