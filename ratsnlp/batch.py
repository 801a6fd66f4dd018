"""Run the pipeline over many inputs: every input ends up in the tables or in the error ledger."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .errors import Errors, RatsnlpError
from .read import Source, iter_paths, read_source
from .read.sources import DEFAULT_MAX_BYTES
from .table import DECISION_COLUMNS, MOTION_COLUMNS, TURN_COLUMNS, decision_rows, frame, motion_rows, turn_rows

LEDGER_COLUMNS = ("source", "status", "reason")
BATCH_SIZE = 32
LONG_RUN = re.compile(r"(?<!\S)\S{5000,}")  # anchored at a run's start: linear, not O(n x 5000)


@dataclass
class ExtractResult:
    turns: pd.DataFrame
    decisions: pd.DataFrame
    ledger: list[dict[str, str]] = field(default_factory=list)
    motions: pd.DataFrame = field(default_factory=lambda: frame([], MOTION_COLUMNS))
    documents: int = 0  # inputs read and processed

    @property
    def failed(self) -> int:
        return sum(1 for r in self.ledger if r["status"] == "failed")

    @property
    def no_turns(self) -> int:
        return sum(1 for r in self.ledger if r["status"] == "no_turns")

    @property
    def warnings(self) -> int:
        """Ledger rows of documents that were read, but not exactly as stored (e.g. control characters removed)."""
        return sum(1 for r in self.ledger if r["status"] == "warning")

    def summary(self) -> str:
        return (
            f"documents={self.documents} turns={len(self.turns)} "
            f"decisions={len(self.decisions)} motions={len(self.motions)} "
            f"failed={self.failed} no_turns={self.no_turns} warnings={self.warnings}"
        )


def process_source(nlp: Language, src: Source, *, batched: bool = False) -> Doc:
    """Run the pipeline on one source and stamp its metadata on the doc.

    batched=True leaves components with a `pipe` method to `finish_batch`, which runs them over many docs.
    """
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
    for _, proc in nlp.pipeline:
        if not (batched and hasattr(proc, "pipe")):
            doc = proc(doc)
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
) -> ExtractResult:
    """Read and process every input (files, directories, '-'); bad documents go to the ledger."""
    return run(read_inputs(inputs, max_bytes=max_bytes, encoding=encoding), nlp=nlp, on_message=on_message)


def run(
    items: Iterable[Source | Failure],
    *,
    nlp: Language | None = None,
    on_message: Callable[[str], None] | None = None,
) -> ExtractResult:
    """Process sources from any reader (files, OParl).

    Failures, documents without turns and the readers' warnings (status "warning") go to the ledger.
    """
    if nlp is None:
        from .pipeline import load

        nlp = load()
    say = on_message or (lambda msg: None)
    turns: list[dict] = []
    decisions: list[dict] = []
    motions: list[dict] = []
    ledger: list[dict[str, str]] = []
    documents = 0
    pending: list[tuple[str, Doc]] = []

    def flush() -> None:
        nonlocal documents
        docs = finish_batch(nlp, [d for _, d in pending])
        for (path, _), doc in zip(pending, docs):
            documents += 1
            rows = turn_rows(doc)
            if not rows:
                reason = "no speaker turns found (no 'Herr/Frau X ...' sentences or speaker labels)"
                ledger.append({"source": path, "status": "no_turns", "reason": reason})
                say(f"note: {path}: {reason}")
            turns.extend(rows)
            decisions.extend(decision_rows(doc))
            motions.extend(motion_rows(doc))
        pending.clear()

    for item in items:
        if isinstance(item, Failure):
            ledger.append({"source": item.source, "status": "failed", "reason": item.reason})
            say(f"error: {item.reason}" if item.source in item.reason else f"error: {item.source}: {item.reason}")
            continue
        for w in item.warnings:  # the document is read; the ledger says what was changed or dropped
            ledger.append({"source": item.source, "status": "warning", "reason": w})
            say(f"warning: {w}")
        try:
            pending.append((item.source, process_source(nlp, item, batched=True)))
        except (RatsnlpError, MemoryError, RecursionError, UnicodeError) as err:
            reason = str(err) if isinstance(err, RatsnlpError) else f"{type(err).__name__}: {err}"
            ledger.append({"source": item.source, "status": "failed", "reason": reason})
            say(f"error: {item.source}: {reason}")
            continue
        if len(pending) >= BATCH_SIZE:
            flush()
    flush()
    return ExtractResult(
        turns=frame(turns, TURN_COLUMNS), decisions=frame(decisions, DECISION_COLUMNS), ledger=ledger,
        documents=documents, motions=frame(motions, MOTION_COLUMNS),
    )  # fmt: skip


def write_ledger(ledger: list[dict[str, str]], path: str) -> None:
    out = sys.stdout if path == "-" else open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        w = csv.DictWriter(out, fieldnames=list(LEDGER_COLUMNS))
        w.writeheader()
        w.writerows(ledger)
    finally:
        if out is not sys.stdout:
            out.close()


def ledger_path_for(output: str) -> str:
    """Default ledger: beside the output ("turns.csv" -> "turns.errors.csv"); for stdout, in the cwd."""
    if output == "-":
        return "ratsnlp-errors.csv"
    p = Path(output)
    return str(p.with_name(p.stem + ".errors.csv"))
