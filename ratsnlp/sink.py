"""Batch outputs that stream, never appear half-written, and survive a killed run.

Each finished chunk of documents is written as one part file (temporary name, then rename) in a work folder
beside the turn table. The parts are the manifest: an input listed in a part is done. At the end the parts are
streamed, in order, into the final tables (each again written under a temporary name and renamed), and the
work folder is removed. Memory holds one chunk of rows, never the whole corpus. After a kill at any moment,
`--resume` keeps the finished parts, skips their inputs and writes the same tables as an uninterrupted run.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import Errors, RatsnlpError
from .table import (
    DECISION_COLUMNS,
    MOTION_COLUMNS,
    TURN_COLUMNS,
    arrow_table,
    atomic_write,
    csv_text,
    excel_safe,
    format_for,
    frame,
    jsonl_text,
)

LEDGER_COLUMNS = ("source", "status", "reason")
TABLES = {"turns": TURN_COLUMNS, "decisions": DECISION_COLUMNS, "motions": MOTION_COLUMNS}
PARQUET_ROW_GROUP = 4096  # rows buffered per Parquet row group: a few MB of text, not thousands of tiny groups
RUN_FILE = "run.json"


@dataclass
class Outcome:
    """What processing one input gave: rows for the tables and ledger entries and messages (plain data, so a
    worker process can send it back and a part file can store it)."""

    processed: bool
    source: str = ""
    turns: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    motions: list[dict] = field(default_factory=list)
    ledger: list[dict[str, str]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


@dataclass
class Target:
    """One table of the run and where it goes ('-' = stdout)."""

    table: str  # turns | decisions | motions
    path: str
    fmt: str


@dataclass
class Counts:
    documents: int = 0
    turns: int = 0
    decisions: int = 0
    motions: int = 0
    failed: int = 0
    no_turns: int = 0
    warnings: int = 0
    resumed: int = 0  # inputs finished by an earlier, interrupted run

    def add(self, outcomes: list[Outcome]) -> None:
        for o in outcomes:
            self.documents += o.processed
            self.turns += len(o.turns)
            self.decisions += len(o.decisions)
            self.motions += len(o.motions)
            for r in o.ledger:
                self.failed += r["status"] == "failed"
                self.no_turns += r["status"] == "no_turns"
                self.warnings += r["status"] == "warning"

    def summary(self) -> str:
        text = (
            f"documents={self.documents} turns={self.turns} decisions={self.decisions} motions={self.motions} "
            f"failed={self.failed} no_turns={self.no_turns} warnings={self.warnings}"
        )
        return text + (f" (resumed: {self.resumed} inputs were done before)" if self.resumed else "")


def work_dir_for(output: str) -> Path | None:
    """The work folder of a run whose turn table goes to `output` (None for stdout: a private temp folder)."""
    if output == "-":
        return None
    p = Path(output).resolve()
    return p.with_name(f".{p.name}.ratsnlp-run")


@dataclass
class RunSink:
    """Collects the outcomes of a batch run in part files and assembles the final tables at `finish`."""

    targets: list[Target]
    ledger: str | None  # ledger CSV path or '-'
    ledger_if_empty: bool = True  # False: write the ledger only when it has entries
    excel: bool = False
    resume: bool = False
    settings: dict = field(default_factory=dict)  # what makes two runs the same run (inputs, options)
    counts: Counts = field(default_factory=Counts)
    done: set[str] = field(default_factory=set)
    _dir: Path = field(init=False)
    _temp: bool = field(init=False, default=False)
    _next: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        turns = next(t for t in self.targets if t.table == "turns")
        found = work_dir_for(turns.path)
        if found is None:
            if self.resume:
                raise RatsnlpError(Errors.E042)
            self._dir, self._temp = Path(tempfile.mkdtemp(prefix="ratsnlp-run-")), True
            return
        self._dir = found
        self._clean_stale_temporaries()
        fingerprint = _fingerprint(self.settings)
        run_file = self._dir / RUN_FILE
        if self._dir.is_dir() and self.resume and run_file.is_file():
            stored = json.loads(run_file.read_text(encoding="utf-8")).get("fingerprint")
            if stored != fingerprint:
                raise RatsnlpError(Errors.E043.format(folder=self._dir))
            self._load_parts()
            return
        if self._dir.exists():  # an unfinished run, and no --resume: start over
            shutil.rmtree(self._dir)
        self._dir.mkdir(parents=True)
        _write_part(run_file, json.dumps({"fingerprint": fingerprint, "settings": self.settings}, ensure_ascii=False))

    @property
    def work_dir(self) -> Path:
        return self._dir

    @property
    def temporary(self) -> bool:
        """Whether the work folder is a private temporary one (output to stdout: nothing to resume)."""
        return self._temp

    def _clean_stale_temporaries(self) -> None:
        """Temporary files a killed run left behind (their final names were never written)."""
        for t in self.targets + ([Target("ledger", self.ledger, "csv")] if self.ledger and self.ledger != "-" else []):
            if t.path == "-":
                continue
            target = Path(t.path).resolve()
            if target.parent.is_dir():
                for stale in target.parent.glob(f".{target.name}.*.part"):
                    stale.unlink(missing_ok=True)
        if self._dir.is_dir():
            for stale in self._dir.glob("*.tmp"):
                stale.unlink(missing_ok=True)

    def _parts(self) -> list[Path]:
        return sorted(self._dir.glob("part-*.json"))

    def _load_parts(self) -> None:
        for part in self._parts():
            data = _read_part(part)
            self.done.update(data["sources"])
            self.counts.add([_outcome(data, i) for i in range(len(data["sources"]))])  # rows or their sizes
            self._next = max(self._next, int(part.stem.split("-")[1]) + 1)
        self.counts.resumed = len(self.done)

    def add(self, outcomes: list[Outcome]) -> None:
        """Write one finished chunk as a part file: after this returns, its inputs count as done."""
        if not outcomes:
            return
        head = {
            "sources": [o.source for o in outcomes],
            "processed": [o.processed for o in outcomes],
            "ledger": [o.ledger for o in outcomes],
        }
        lines = []
        for table in TABLES:
            rows = [getattr(o, table) for o in outcomes]
            rendered = self._rendered(table)
            if rendered is None:
                lines.append(json.dumps({table: rows}))
                continue
            head.setdefault("sizes", {})[table] = [len(r) for r in rows]
            flat = [row for r in rows for row in r]
            for fmt in rendered:  # the text finish() would write for this part, written once, now
                text = csv_text(flat, TABLES[table], header=False) if fmt == "csv" else jsonl_text(flat, TABLES[table])
                lines.append(json.dumps({f"{table}.{fmt}": text}))
        # ASCII JSON (non-ASCII characters as \u escapes): encoded half again as fast, read back the same, and
        # safe for any str (a lone surrogate could not be written as UTF-8)
        lines.insert(0, json.dumps(head))
        _write_part(self._dir / f"part-{self._next:08d}.json", "\n".join(lines))
        self._next += 1
        self.counts.add(outcomes)

    def _rendered(self, table: str) -> tuple[str, ...] | None:
        """The formats in which a part stores `table` as the final tables' text instead of rows: every target of
        the table when all are plain CSV or JSON lines (None: the rows are kept, for Parquet, --excel or no target).

        A table's text is then made once per part, when the chunk is written, and finish() only copies it: the
        rows are never encoded to JSON, decoded again and formatted (each part is a chunk of write_stream either
        way, so the tables are the same bytes)."""
        fmts = [t.fmt for t in self.targets if t.table == table]
        if not fmts or self.excel or not all(f in ("csv", "jsonl") for f in fmts):
            return None
        return tuple(dict.fromkeys(fmts))

    def _rows(self, key: str, fmt: str | None = None) -> Iterator[list[dict] | str]:
        """Rows of one table, part by part, in input order (one part in memory at a time); a part that holds
        the table's text in `fmt` gives that text instead."""
        for part in self._parts():
            if fmt is not None:
                data = _read_part(part, f"{key}.{fmt}")
                if f"{key}.{fmt}" in data:
                    yield data[f"{key}.{fmt}"]
                    continue
            yield [row for rows in _read_part(part, key)[key] for row in rows]

    def finish(self) -> None:
        """Stream the parts into the final tables (each renamed into place when complete), then remove the work
        folder. Killed in here, a resumed run assembles the same tables again from the same parts."""
        for t in self.targets:
            rendered = self._rendered(t.table)
            write_stream(self._rows(t.table, t.fmt if rendered else None), TABLES[t.table], t.path, t.fmt, excel=self.excel)
        c = self.counts  # every ledger row is failed, no_turns or warning: no need to read the parts again
        if self.ledger and (self.ledger_if_empty or c.failed + c.no_turns + c.warnings):
            write_stream(self._rows("ledger"), LEDGER_COLUMNS, self.ledger, "ledger")
        self.close()

    def close(self) -> None:
        """Remove the work folder (the temporary one also after a failure; a named one only when finished).
        run.json goes first: a folder half removed by a kill is then discarded by the next run, not resumed."""
        (self._dir / RUN_FILE).unlink(missing_ok=True)
        shutil.rmtree(self._dir, ignore_errors=True)

    def discard_temp(self) -> None:
        if self._temp:
            self.close()


def _read_part(path: Path, key: str | None = None) -> dict:
    """A part file's data: all of it, or (key) the line holding that table, the only one parsed.

    A part is JSON lines: the sources, flags and ledger, then one line per table, so assembling one table
    parses its rows only (one JSON document holding all tables was parsed once per table). json.dumps
    escapes every line break inside a value, so a line is one JSON document. A part of one line (as earlier
    releases wrote them, found by --resume) holds everything and is read whole.
    """
    raw = path.read_bytes()
    if key is not None:  # one line: found and parsed as UTF-8 bytes, the rest of the part never decoded
        head = raw.split(b"\n", 1)[0]
        prefix = b"\n" + json.dumps({key: None})[:-5].encode()  # '{"turns": ' at the start of a line
        at = raw.find(prefix)
        if at >= 0:
            end = raw.find(b"\n", at + 1)
            return json.loads(raw[at + 1 : end if end >= 0 else len(raw)])
        return json.loads(head)
    data: dict = {}
    for line in raw.decode("utf-8").split("\n"):
        data.update(json.loads(line))
    return data


def _outcome(data: dict, i: int) -> Outcome:
    """The outcome of input i of a part, for counting: a table stored as text gives as many empty rows as it had."""
    sizes = data.get("sizes", {})
    turns, decisions, motions = (data[t][i] if t in data else [{}] * sizes[t][i] for t in TABLES)
    return Outcome(
        data["processed"][i], source=data["sources"][i], turns=turns, decisions=decisions, motions=motions,
        ledger=data["ledger"][i],
    )  # fmt: skip


def _fingerprint(settings: dict) -> str:
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def _write_part(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_stream(chunks: Iterator[list[dict] | str], columns: tuple[str, ...], path: str, fmt: str, *, excel: bool = False) -> None:
    """Write row chunks as one table (csv, jsonl, parquet, or "ledger": plain CSV of string columns), streaming:
    CSV and JSONL are appended chunk by chunk, Parquet gets a row group per PARQUET_ROW_GROUP rows."""

    def write(out: IO) -> None:
        if fmt == "parquet":
            _parquet(chunks, columns, out)
            return
        if fmt == "ledger":
            w = csv.DictWriter(out, fieldnames=list(columns))
            w.writeheader()
            for rows in chunks:
                w.writerows(rows)
            return
        if fmt == "csv" and excel:
            out.write("\ufeff")
        first = True
        for rows in chunks:
            if not rows and not first:
                continue
            if isinstance(rows, str):  # a part's text, made by csv_text (without header) or jsonl_text
                if fmt == "csv" and first:
                    out.write(csv_text([], columns, header=True))
                out.write(rows)
            elif fmt == "csv" and excel:
                out.write(excel_safe(frame(rows, columns)).to_csv(index=False, sep=";", decimal=",", header=first))
            elif fmt == "csv":
                out.write(csv_text(rows, columns, header=first))
            else:
                out.write(jsonl_text(rows, columns))
            first = False
        if first and fmt == "csv":  # no chunk at all: still a header
            out.write(frame([], columns).to_csv(index=False, sep=";" if excel else ","))

    if path == "-":
        if fmt == "parquet":
            write(sys.stdout.buffer)
        else:
            write(sys.stdout)
            sys.stdout.flush()
        return
    binary = fmt == "parquet"

    def to_file(tmp: str) -> None:
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as out:
            write(out)

    atomic_write(path, to_file)


def _parquet(chunks: Iterator[list[dict]], columns: tuple[str, ...], out: IO) -> None:
    import pyarrow.parquet as pq

    schema = arrow_table(frame([], columns), columns).schema
    with pq.ParquetWriter(out, schema) as writer:
        buffer: list[dict] = []

        def flush() -> None:
            df = frame(buffer, columns)
            writer.write_table(arrow_table(df, columns))
            buffer.clear()

        wrote = False
        for rows in chunks:
            buffer.extend(rows)
            if len(buffer) >= PARQUET_ROW_GROUP:
                flush()
                wrote = True
        if buffer or not wrote:
            flush()


def targets_for(output: str, fmt: str | None, decisions: str | None, motions: str | None) -> list[Target]:
    """The run's tables: the turn table in `fmt` (or from its suffix); the others from their own suffix when it is
    a known one, else in the turn table's format."""
    targets = [Target("turns", output, format_for(output, fmt))]
    for table, path in (("decisions", decisions), ("motions", motions)):
        if path:
            known = Path(path).suffix.lower() in (".csv", ".jsonl", ".json", ".parquet")
            targets.append(Target(table, path, format_for(path, None if known else fmt)))
    return targets

