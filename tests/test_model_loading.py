"""ratsnlp.load(model=...) builds on a saved spaCy pipeline and uses its PER entities for names."""

from __future__ import annotations

import pytest
import spacy

import ratsnlp
from ratsnlp.errors import RatsnlpError

TEXT = "Frau Eleni Papadopoulou stellt den Bericht vor. Weiter bittet Frau Eleni Papadopoulou um Geduld."


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Eleni Papadopoulou"}])
    path = tmp_path_factory.mktemp("model") / "de_tiny"
    nlp.to_disk(path)
    return path


def test_blank_pipeline_takes_one_word(nlp):
    # without a model, an unknown given name is not recognised as one inside the sentence
    doc = nlp("Dazu gibt Frau Eleni Papadopoulou Auskunft.")
    assert doc._.turns[0]._.speaker == "Eleni"


def test_model_entities_give_full_name(model_dir):
    nlp = ratsnlp.load(model=str(model_dir))
    assert nlp.pipe_names[0] == "entity_ruler"
    assert nlp.pipe_names[-3:] == ["ratsnlp_motions", "ratsnlp_stance", "ratsnlp_positions"]
    doc = nlp("Dazu gibt Frau Eleni Papadopoulou Auskunft.")
    assert doc._.turns[0]._.speaker == "Eleni Papadopoulou"
    doc = nlp(TEXT)
    assert [t._.speaker for t in doc._.turns] == ["Eleni Papadopoulou"]


def test_missing_model_has_clear_error():
    with pytest.raises(RatsnlpError, match=r"E002.*de_core_news_xx"):
        ratsnlp.load(model="de_core_news_xx")
