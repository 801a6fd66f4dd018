"""Run the pipeline over many inputs: every input ends up in the tables or in the error ledger."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .errors import Errors, RatsnlpError
from .read import Source, iter_paths, read_source
from .read.sources import DEFAULT_MAX_BYTES
from .sink import LEDGER_COLUMNS, Counts, Outcome, write_stream
from .table import DECISION_COLUMNS, MOTION_COLUMNS, TURN_COLUMNS, decision_rows, frame, motion_rows, turn_rows

if TYPE_CHECKING:
    import pandas as pd

BATCH_SIZE = 32
LONG_RUN = re.compile(r"(?<!\S)\S{5000,}")  # anchored at a run's start: linear, not O(n x 5000)


@dataclass
class ExtractResult:
    turns: pd.DataFrame
    decisions: pd.DataFrame
    ledger: list[dict[str, str]] = field(default_factory=list)
    motions: pd.DataFrame = field(default_factory=lambda: frame([], MOTION_COLUMNS))
    counts: Counts = field(default_factory=Counts)  # documents processed, rows, ledger entries by status

    @property
    def documents(self) -> int:
        return self.counts.documents

    @property
    def failed(self) -> int:
        return self.counts.failed

    @property
    def no_turns(self) -> int:
        return self.counts.no_turns

    @property
    def warnings(self) -> int:
        """Ledger rows of documents that were read, but not exactly as stored (e.g. control characters removed)."""
        return self.counts.warnings

    def summary(self) -> str:
        return self.counts.summary()


def process_source(nlp: Language, src: Source, *, batched: bool = False) -> Doc:
    """Run the pipeline on one source and stamp its metadata on the doc.

    batched=True leaves components with a `pipe` method to `finish_batch`, which runs them over many docs.
    """
    doc = source_doc(nlp, src)
    for _, proc in nlp.pipeline:
        if not (batched and hasattr(proc, "pipe")):
            doc = proc(doc)
    return doc


def source_doc(nlp: Language, src: Source) -> Doc:
    """The tokenized doc of one source with its metadata stamped on it, before any pipeline component runs."""
    if len(src.text) > nlp.max_length:
        raise RatsnlpError(Errors.E012.format(path=src.source, n=len(src.text), limit=nlp.max_length))
    run = LONG_RUN.search(src.text)
    if run:
        raise RatsnlpError(Errors.E014.format(path=src.source, n=len(run.group(0)), pos=run.start()))
    doc = nlp.make_doc(src.text)
    doc.user_data[ext.TEXT_KEY] = src.text  # spares each component rebuilding doc.text from the tokens
    doc._.doc_id = src.doc_id
    doc._.source = src.source
    doc._.meeting_date = src.meta.get("meeting_date")
    doc._.body = src.meta.get("body")
    doc._.item_number = src.meta.get("item_number")
    doc._.item_title = src.meta.get("item_title")
    return doc


def finish_batch(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """Run the batchable components (the stance classifier) over many documents at once."""
    for _, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs))
    return docs


@dataclass
class Failure:
    """An input that could not be read (a file, an OParl object): it goes to the ledger."""

    source: str
    reason: str


def read_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Iterator[Source | Failure]:
    """Read each input file lazily, one at a time (directories expanded)."""
    for path in iter_paths(list(inputs)):
        try:
            yield read_source(path, max_bytes=max_bytes, encoding=encoding)
        except RatsnlpError as err:
            yield Failure(path, str(err))
        except (MemoryError, RecursionError, UnicodeError) as err:
            yield Failure(path, f"{type(err).__name__}: {err}")


def extract(
    inputs: Iterable[str],
    *,
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    on_message: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> ExtractResult:
    """Read and process every input (files, directories, '-'); bad documents go to the ledger."""
    return run(read_inputs(inputs, max_bytes=max_bytes, encoding=encoding), nlp=nlp, on_message=on_message, jobs=jobs)


def process_chunk(nlp: Language, chunk: list[Source | Failure]) -> list[Outcome]:
    """Process a chunk of sources in order (the stance classifier runs once over the chunk).

    The strings spaCy adds to its vocabulary for these documents are freed afterwards (a memory zone; the rows
    hold plain Python values), so a long run's memory does not grow with every new name and word it has seen.
    """
    with nlp.memory_zone():
        return _process_chunk(nlp, chunk)


ZONE_STRINGS = 10_000  # new vocabulary strings a memory zone may collect before it is closed (at a chunk's end)
PERSISTENT_STRINGS = 10_000  # below this many strings in the vocabulary, chunks run outside a memory zone


class ZonedChunks:
    """Processes chunks in spaCy memory zones that each span several chunks, and the first ones in none.

    Why: every word's lexeme is built anew in each zone (and spaCy's own tokenizer caches nothing inside one;
    ratsnlp's chunk cache, segment/tokenizer.py, holds plain strings and is not affected), so a zone per chunk
    of 32 documents made tokenizing about 1.3x as slow. A zone now stays open until it holds ZONE_STRINGS new
    strings, and while the vocabulary is small (the first chunks of the process) chunks run outside a zone, so
    the lexemes of common words are kept for the whole run. Memory stays bounded by both limits, however many documents.
    Zones close only between chunks: the rows hold plain Python values, never the zone's strings or docs.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._zone: AbstractContextManager | None = None
        self._base = 0

    def __call__(self, chunk: list[Source | Failure]) -> list[Outcome]:
        strings = self.nlp.vocab.strings
        if self._zone is None and len(strings) >= PERSISTENT_STRINGS:
            self._zone = self.nlp.memory_zone()
            self._zone.__enter__()
            self._base = len(strings)
        try:
            out = _process_chunk(self.nlp, chunk)
        except BaseException:
            self.close()
            raise
        if self._zone is not None and len(strings) - self._base >= ZONE_STRINGS:
            self.close()
        return out

    def close(self) -> None:
        """Leave the open memory zone, freeing its strings (call when no more chunks follow)."""
        zone, self._zone = self._zone, None
        if zone is not None:
            zone.__exit__(None, None, None)


_DOC_ERRORS = (RatsnlpError, MemoryError, RecursionError, UnicodeError)  # a document's own failure: it goes to the ledger


def _fail(o: Outcome, path: str, err: BaseException) -> None:
    """Record a document that could not be processed in its outcome (ledger row and message)."""
    reason = str(err) if isinstance(err, RatsnlpError) else f"{type(err).__name__}: {err}"
    o.ledger.append({"source": path, "status": "failed", "reason": reason})
    o.messages.append(f"error: {path}: {reason}")


def _process_chunk(nlp: Language, chunk: list[Source | Failure]) -> list[Outcome]:
    """The chunk's outcomes, with the cyclic garbage collector paused while it runs (collected_between)."""
    with collected_between():
        return _chunk_outcomes(nlp, chunk)


@contextmanager
def collected_between() -> Iterator[None]:
    """Pause the cyclic garbage collector for a chunk; it runs again from the chunk's end (if it ran before).

    Why: a chunk allocates hundreds of thousands of container objects (spans' values, match tuples, rows), and
    each 700 of them that survive a moment start a young collection; the chunk's documents stay alive until its
    end anyway (they are processed component by component), so those collections, and the full ones they lead
    to, mostly walk objects still in use: measured with gc callbacks over three passes of component_bench.py's
    distinct documents, 0.25-0.27 s of collections (1.7% of the passes' CPU time), 0.02-0.03 s with the pause.
    Memory stays bounded by the chunk: what it leaves in cycles is collected at the next allocations after it. Nothing is freed in a different order that anything reads (no cache is
    keyed by an object's id without keeping the object)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _chunk_outcomes(nlp: Language, chunk: list[Source | Failure]) -> list[Outcome]:
    out: list[Outcome] = []
    pending: list[tuple[Outcome, str, Doc]] = []
    for item in chunk:
        if isinstance(item, Failure):
            msg = f"error: {item.reason}" if item.source in item.reason else f"error: {item.source}: {item.reason}"
            out.append(Outcome(False, item.source, ledger=[{"source": item.source, "status": "failed", "reason": item.reason}], messages=[msg]))
            continue
        o = Outcome(False, item.source)
        for w in item.warnings:  # the document is read; the ledger says what was changed or dropped
            o.ledger.append({"source": item.source, "status": "warning", "reason": w})
            o.messages.append(f"warning: {w}")
        out.append(o)
        try:
            pending.append((o, item.source, source_doc(nlp, item)))
        except _DOC_ERRORS as err:
            _fail(o, item.source, err)
    # component by component over the chunk's documents, not document by document through the pipeline: each
    # component's code, compiled patterns and lookup tables then stay in the processor's caches for the whole
    # chunk instead of being pushed out by the other components' at every document (measured: the components
    # took ~1.4x their time when interleaved per document). Each document sees the same components in the
    # same order, and a document that fails leaves the chunk at that component, as before.
    for _, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            continue  # (finish_batch runs it over the chunk)
        live = []
        for o, path, doc in pending:
            try:
                live.append((o, path, proc(doc)))
            except _DOC_ERRORS as err:
                _fail(o, path, err)
        pending = live
    docs = finish_batch(nlp, [d for _, _, d in pending])
    for (o, path, _), doc in zip(pending, docs):
        o.processed = True
        o.turns = turn_rows(doc)
        if not o.turns:
            reason = "no speaker turns found (no 'Herr/Frau X ...' sentences or speaker labels)"
            o.ledger.append({"source": path, "status": "no_turns", "reason": reason})
            o.messages.append(f"note: {path}: {reason}")
        o.decisions = decision_rows(doc)
        o.motions = motion_rows(doc)
    return out


def _chunks(items: Iterable[Source | Failure], size: int) -> Iterator[list[Source | Failure]]:
    chunk: list[Source | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_WORKER_NLP: Language | None = None  # set in the parent before forking: workers inherit the loaded pipeline
_WORKER_CHUNKS: ZonedChunks | None = None  # a worker's zones span its chunks (made in the worker, on its first chunk)


def _work(chunk: list[Source | Failure]) -> list[Outcome]:
    global _WORKER_CHUNKS
    assert _WORKER_NLP is not None
    if _WORKER_CHUNKS is None or _WORKER_CHUNKS.nlp is not _WORKER_NLP:
        _WORKER_CHUNKS = ZonedChunks(_WORKER_NLP)
    return _WORKER_CHUNKS(chunk)


def _parallel(nlp: Language, chunks: Iterator[list[Source | Failure]], jobs: int) -> Iterator[list[Outcome]]:
    """Chunks processed by `jobs` forked workers, results in input order, at most 2 x jobs chunks in flight
    (memory stays bounded however many inputs there are)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_NLP
    _WORKER_NLP = nlp
    ctx = multiprocessing.get_context("fork")
    window: list = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        for chunk in chunks:
            window.append(pool.submit(_work, chunk))
            if len(window) >= 2 * jobs:
                yield window.pop(0).result()
        for fut in window:
            yield fut.result()


def settle_heap() -> None:
    """Take everything alive now (after loading the pipeline: its lexicons, compiled patterns and model) out of the
    garbage collector's full passes, for a process whose main job is a long run (the CLI and its workers).

    Why: each full collection walks every tracked object, and the pipeline's are most of them though they live as
    long as the process; frozen, they are no longer walked again and again. Not done in `load()`: in a notebook
    it would also freeze whatever the user holds at that moment, cycles included, for good.
    """
    gc.collect()
    gc.freeze()


def default_jobs() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def iter_outcomes(items: Iterable[Source | Failure], nlp: Language, *, jobs: int = 1) -> Iterator[list[Outcome]]:
    """Outcomes chunk by chunk, in input order; jobs > 1 uses that many forked workers (Linux) once there are at
    least two chunks. Only the chunks in flight are in memory, however many inputs there are."""
    import multiprocessing

    chunks = _chunks(items, BATCH_SIZE)
    head = [c for c in (next(chunks, None), next(chunks, None)) if c is not None]

    def all_chunks() -> Iterator[list[Source | Failure]]:
        yield from head
        yield from chunks

    parallel = jobs > 1 and len(head) == 2 and "fork" in multiprocessing.get_all_start_methods()
    if parallel:
        yield from _parallel(nlp, all_chunks(), jobs)
    else:
        zoned = ZonedChunks(nlp)
        try:
            yield from (zoned(c) for c in all_chunks())
        finally:
            zoned.close()


def run(
    items: Iterable[Source | Failure],
    *,
    nlp: Language | None = None,
    on_message: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> ExtractResult:
    """Process sources from any reader (files, OParl) into in-memory tables (for notebooks; the CLI streams
    to files instead, see sink.RunSink).

    Failures, documents without turns and the readers' warnings (status "warning") go to the ledger.
    jobs > 1 processes chunks of documents in that many forked worker processes (Linux), each using the
    pipeline loaded here; rows come out in input order, the same as with one process.
    """
    if nlp is None:
        from .pipeline import load

        nlp = load()
    say = on_message or (lambda msg: None)
    result = ExtractResult(turns=frame([], TURN_COLUMNS), decisions=frame([], DECISION_COLUMNS))
    turns: list[dict] = []
    decisions: list[dict] = []
    motions: list[dict] = []
    for outcomes in iter_outcomes(items, nlp, jobs=jobs):
        result.counts.add(outcomes)
        for o in outcomes:
            turns.extend(o.turns)
            decisions.extend(o.decisions)
            motions.extend(o.motions)
            result.ledger.extend(o.ledger)
            for m in o.messages:
                say(m)
    result.turns, result.decisions = frame(turns, TURN_COLUMNS), frame(decisions, DECISION_COLUMNS)
    result.motions = frame(motions, MOTION_COLUMNS)
    return result


def write_ledger(ledger: list[dict[str, str]], path: str) -> None:
    """The error ledger as CSV (source, status, reason), written atomically."""
    write_stream(iter([ledger]), LEDGER_COLUMNS, path, "ledger")


def ledger_path_for(output: str) -> str:
    """Default ledger: beside the output ("turns.csv" -> "turns.errors.csv"); for stdout, in the cwd."""
    if output == "-":
        return "ratsnlp-errors.csv"
    p = Path(output)
    return str(p.with_name(p.stem + ".errors.csv"))
