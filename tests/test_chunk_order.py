"""A chunk runs component by component over its documents: the same rows as one document at a time, and a
document that fails in a component leaves the chunk there (ledger row), the others go on."""

from __future__ import annotations

from ratsnlp import batch
from ratsnlp.errors import RatsnlpError
from ratsnlp.read import Source
from ratsnlp.table import decision_rows, motion_rows, turn_rows

MINUTES = [
    "TOP 1 Radweg Lindenallee\n\nHerr Berger (ABC) erläutert die Planung. Frau Ober (XYZ) beantragt, die Entscheidung zu vertagen.\n"
    "Herr Kern (ABC) hält eine Vertagung für unnötig.\nDer Antrag auf Vertagung wird mit 4 Ja-Stimmen und 7 Nein-Stimmen abgelehnt.\n"
    "Der Ausschuss beschließt die Planung einstimmig.\n",
    "TOP 2 Spielplatz Am Weiher\n\nFrau Ober (XYZ) fragt nach den Kosten. Herr Berger (ABC) antwortet, die Kosten lägen bei 20.000 Euro.\n"
    "Der Ausschuss nimmt den Bericht zur Kenntnis.\n",
    "TOP 3 Parkordnung\n\nHerr Kern (ABC) schlägt vor, die Ordnung zu ändern. FEHLER\nDer Antrag wird mehrheitlich angenommen.\n",
    "TOP 4 Friedhofsgebühren\n\nFrau Ober (XYZ) begrüßt die neue Satzung.\nDie Satzung wird mit 9 Ja-Stimmen bei 2 Enthaltungen beschlossen.\n",
]


def _sources() -> list[Source]:
    return [Source(source=f"minutes-{n}.txt", text=text, doc_id=f"d{n}") for n, text in enumerate(MINUTES)]


def _rows(doc) -> tuple:  # noqa: ANN001
    return turn_rows(doc), decision_rows(doc), motion_rows(doc)


def test_a_chunk_gives_the_rows_of_one_document_at_a_time(rules_nlp):
    alone = [_rows(batch.finish_batch(rules_nlp, [batch.process_source(rules_nlp, s, batched=True)])[0]) for s in _sources()]
    outcomes = batch.process_chunk(rules_nlp, _sources())
    assert [(o.turns, o.decisions, o.motions) for o in outcomes] == alone
    assert all(o.processed and not o.ledger for o in outcomes)
    assert any(o.decisions for o in outcomes) and any(o.turns for o in outcomes)


def test_a_document_failing_in_a_component_leaves_the_chunk_there(rules_nlp, monkeypatch):
    calls: list[tuple[str, str]] = []

    class Spy:
        """A component that notes each call and fails on the marked document."""

        def __init__(self, name: str, proc, fail: bool) -> None:  # noqa: ANN001
            self.name, self.proc, self.fail = name, proc, fail

        def __call__(self, doc):  # noqa: ANN001, ANN204
            calls.append((self.name, doc._.doc_id))
            if self.fail and "FEHLER" in doc.user_data.get("ratsnlp.text", ""):
                raise RatsnlpError("kaputt")
            return self.proc(doc)

    names = [name for name, _ in rules_nlp._components]  # noqa: SLF001
    failing = "ratsnlp_decisions"
    wrapped = [(name, Spy(name, proc, name == failing)) for name, proc in rules_nlp._components]  # noqa: SLF001
    monkeypatch.setattr(rules_nlp, "_components", wrapped)
    outcomes = batch.process_chunk(rules_nlp, _sources())
    assert [o.processed for o in outcomes] == [True, True, False, True]
    assert outcomes[2].ledger == [{"source": "minutes-2.txt", "status": "failed", "reason": "kaputt"}]
    assert outcomes[2].messages == ["error: minutes-2.txt: kaputt"]
    # component by component: each runs over the chunk's documents before the next starts; the failed document
    # is not seen by any component after the one it failed in
    expected = []
    for name in names:
        past = names.index(name) > names.index(failing)
        expected += [(name, f"d{n}") for n in range(len(MINUTES)) if not (past and n == 2)]
    assert calls == expected
    monkeypatch.undo()
    alone = [_rows(batch.finish_batch(rules_nlp, [batch.process_source(rules_nlp, s, batched=True)])[0]) for s in _sources()]
    assert [(o.turns, o.decisions, o.motions) for n, o in enumerate(outcomes) if n != 2] == [r for n, r in enumerate(alone) if n != 2]
