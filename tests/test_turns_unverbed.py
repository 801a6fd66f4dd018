"""Who speaks where real minutes name them without a speech verb: a statement attributed inside the sentence
("Dies sei laut Frau X nötig.": X speaks, as after a fronted "Laut Frau X"), and a verbatim record's speaker line
above first-person words that name someone else ("Ich schließe mich Frau Y an."). Invented text only."""

from __future__ import annotations


def _turns(doc):
    return [(t._.speaker, doc.text[t.start_char : t.start_char + 20]) for t in doc._.turns]


def test_a_statement_attributed_inside_the_sentence_is_a_turn(nlp):
    doc = nlp(
        "Die Stadträte sprachen lange über die neuen Baugebiete. Zurzeit werden, laut Bürgermeisterin Anke Rieder, "
        "sieben Kitas gebaut. Die Nachfrage ist laut Herrn Oswald Brehm ungebrochen, weil viele Familien zuziehen.\n"
    )
    speakers = [s for s, _ in _turns(doc)]
    assert speakers == ["Anke Rieder", "Oswald Brehm"]


def test_laut_before_a_document_is_no_speaker(nlp):
    doc = nlp("Herr Brehm fragt nach den Kosten. Laut Vorlage liegen sie bei 40.000 Euro, laut Haushaltsplan bei 38.000 Euro.\n")
    assert [s for s, _ in _turns(doc)] == ["Brehm"]


def test_a_speaker_line_above_first_person_words_labels_them(nlp):
    doc = nlp(
        "Frau Lemke\n\nIch frage die Verwaltung, ob die Satzung rechtssicher ist?\n\n \n\n"
        "Bürgermeister Herr Anders\n\nIch schließe mich den Worten von Frau Lemke an. Die Satzung wurde geprüft.\n"
    )
    assert [s for s, _ in _turns(doc)] == ["Lemke", "Anders"]
