"""The garbage collector is paused while a chunk runs and left as it was found."""

import gc

from ratsnlp import batch


def test_collected_between_pauses_and_restores() -> None:
    assert gc.isenabled()
    with batch.collected_between():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collected_between_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with batch.collected_between():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collected_between_restores_after_an_error() -> None:
    try:
        with batch.collected_between():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_chunk_runs_with_the_collector_paused(monkeypatch) -> None:  # noqa: ANN001
    seen = []
    monkeypatch.setattr(batch, "_chunk_outcomes", lambda nlp, chunk: seen.append(gc.isenabled()) or [])
    assert batch._process_chunk(None, []) == []  # noqa: SLF001
    assert seen == [False]
    assert gc.isenabled()
