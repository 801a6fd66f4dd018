"""A speaker named after what was said (issue #8): the quotation or content comes first, then a verb of saying and
the speaker ("»…«, sagte X", "…, sagt der Vorsitzende."). Invented sentences, one mechanism each."""

from __future__ import annotations

OPEN = "Herr Kolbe erläutert den Plan für die Sporthalle. "


def _turns(doc) -> list[tuple[str, str]]:
    return [(t._.speaker, t.text[:12]) for t in doc._.turns]


def test_guillemet_quotation_over_two_sentences_is_the_speakers_turn_from_its_start(nlp):
    doc = nlp(OPEN + "»Wir sollten das Dach zuerst sanieren. Alles andere kann warten«, sagte Karl Glunz (CDU). Danach ging es um Geld.")
    assert _turns(doc) == [("Kolbe", "Herr Kolbe e"), ("Karl Glunz", "»Wir sollten")]
    assert doc._.turns[1]._.party == "CDU"


def test_hyphenated_place_in_the_genitive_before_the_office(nlp):
    doc = nlp(OPEN + "„Ich glaube nicht, dass es hilft“, erklärte Ober-Neudorfs Vizebürgermeister Peter Lohse.")
    assert [t._.speaker for t in doc._.turns] == ["Kolbe", "Peter Lohse"]
    assert doc._.turns[1]._.role == "mayor"


def test_unnamed_office_after_the_verb_of_saying_at_the_sentence_end(nlp):
    doc = nlp(OPEN + "Der Antrag muss bis Mai gestellt werden, sagt der Vorsitzende.")
    assert len(doc._.turns) == 2 and doc._.turns[1].text.startswith("Der Antrag muss")
    assert doc._.turns[1]._.role == "chair"


def test_office_at_the_sentence_end_without_a_verb_of_saying_is_no_speaker(nlp):
    doc = nlp(OPEN + "Im Bezirk gibt es sieben Räte inklusive der Bezirksbürgermeister. Herr Kolbe dankt dem Bürgermeister.")
    assert [t._.speaker for t in doc._.turns] == ["Kolbe"]


def test_unnamed_office_of_the_one_speaking_continues_her_turn(nlp):
    doc = nlp(
        OPEN + "StRin Albers (AB) lobt die Vorlage. „Wir warten seit Jahren darauf“, so die Stadträtin. "
        "Herr Kolbe dankt für die Unterstützung."
    )
    assert [t._.speaker for t in doc._.turns] == ["Kolbe", "Albers", "Kolbe"]


def test_a_bare_surname_named_after_a_quotation_is_known_later(nlp):
    doc = nlp(
        OPEN + "Sind die Zahlen realistisch? „Ja“, sagte Muth.\n"
        "„Muss das sein?“, wollte Uschi Kroll (AB) wissen. Muth betonte, dass dies sein müsse.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Kolbe", "Muth", "Uschi Kroll", "Muth"]
