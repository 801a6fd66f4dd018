"""The pipeline on a Dask cluster: inputs partitioned, the pipeline loaded once per worker process, and the
tables written by the workers as a partitioned Parquet dataset.

Needs `pip install "ratsnlp[dask]"` on the client and on every worker, and input files that the workers can
read under the same paths (a shared file system). Results equal a local run's, partition by partition.

Resumable: the run's partitions are recorded in OUTPUT/_run.json before any work, and each partition, after its
three Parquet files, writes a marker OUTPUT/_done/part-NNNNN.json (its counts and ledger rows), all by rename.
A run whose client was killed continues with resume=True: finished partitions are skipped, the others redone
(their files replaced whole), so the dataset ends with each input exactly once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .batch import process_chunk, read_inputs
from .errors import Errors, RatsnlpError
from .read import iter_paths
from .read.sources import DEFAULT_MAX_BYTES
from .sink import LEDGER_COLUMNS, TABLES, Counts, Outcome, write_stream
from .table import TURN_COLUMNS, atomic_write, frame

if TYPE_CHECKING:
    import dask.dataframe as dd
    from spacy.language import Language

PARTITION_SIZE = 32  # documents per partition: one task, one Parquet file per table
MANIFEST = "_run.json"  # the run's partitions and settings, written before any work
DONE = "_done"  # one marker per finished partition: its counts and ledger rows


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline and reads its files (hashable: the key of the per-worker cache)."""

    model: str | None = None
    stance_model: str | bool | None = None  # None: the installed model; False: no stance
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None


_PIPELINES: dict[PipelineSpec, Language] = {}
_LOCK = threading.Lock()  # a worker with several threads runs one document batch at a time through spaCy


def _dask() -> Any:
    try:
        import dask.dataframe
        import distributed
    except ImportError:
        raise RatsnlpError(Errors.E044) from None
    return dask.dataframe, distributed


def _outcomes(paths: list[str], spec: PipelineSpec) -> list[Outcome]:
    """Read and process one partition on a worker, loading the pipeline on the worker's first partition only."""
    with _LOCK:
        nlp = _PIPELINES.get(spec)
        if nlp is None:
            from .pipeline import load

            nlp = _PIPELINES[spec] = load(spec.model, stance_model=spec.stance_model)
        items = list(read_inputs(paths, max_bytes=spec.max_bytes, encoding=spec.encoding))
        return process_chunk(nlp, items)


def _write_partition(index: int, paths: list[str], spec: PipelineSpec, out: str) -> None:
    """Worker task: one Parquet file per table for one partition, then the partition's marker (its outcomes'
    counts and ledger rows, which are small); each file appears under its name only when complete."""
    outcomes = _outcomes(paths, spec)
    for table, columns in TABLES.items():
        folder = Path(out) / table
        folder.mkdir(parents=True, exist_ok=True)
        rows = [r for o in outcomes for r in getattr(o, table)]
        write_stream(iter([rows]), columns, str(folder / f"part-{index:05d}.parquet"), "parquet")
    summary = [
        {"source": o.source, "processed": o.processed, "turns": len(o.turns), "decisions": len(o.decisions),
         "motions": len(o.motions), "ledger": o.ledger}
        for o in outcomes
    ]  # fmt: skip
    _write_json(_marker(Path(out), index), summary)


def _marker(out: Path, index: int) -> Path:
    return out / DONE / f"part-{index:05d}.json"


def _write_json(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(str(path), lambda tmp: Path(tmp).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8"))


def _start(out: Path, run: dict, *, resume: bool) -> set[int]:
    """Check the output folder and return the partitions already finished (resume) or none (a new run)."""
    manifest = out / MANIFEST
    if resume:
        if not manifest.is_file():
            raise RatsnlpError(Errors.E047.format(out=out, manifest=MANIFEST))
        if json.loads(manifest.read_text(encoding="utf-8")) != run:
            raise RatsnlpError(Errors.E043.format(folder=out))
        return {i for i in range(len(run["partitions"])) if _marker(out, i).is_file()}
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise RatsnlpError(Errors.E046.format(out=out))
    _write_json(manifest, run)
    return set()


def _partitions(inputs: Iterable[str], size: int) -> list[list[str]]:
    paths = [p if p == "-" else str(Path(p).resolve()) for p in iter_paths(list(inputs))]
    if "-" in paths:
        raise RatsnlpError(Errors.E045)
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def extract_to_dataset(
    inputs: Iterable[str],
    output: str,
    *,
    scheduler: str | None = None,
    client: Any = None,
    partition_size: int = PARTITION_SIZE,
    model: str | None = None,
    stance_model: str | bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    resume: bool = False,
) -> Counts:
    """Process the input files on a Dask cluster (a `distributed.Client`, or the scheduler's address) into
    OUTPUT/turns, OUTPUT/decisions and OUTPUT/motions (Parquet datasets, a file per partition in input order)
    and the error ledger OUTPUT/errors.csv. Read them with `pandas.read_parquet("OUTPUT/turns")`.

    resume=True continues an interrupted run of the same inputs and settings into the same folder."""
    _, distributed = _dask()
    out = Path(output)
    partitions = _partitions(inputs, partition_size)
    spec = PipelineSpec(model, stance_model, max_bytes, encoding)
    settings = [x if x is None or isinstance(x, bool | int) else str(x) for x in (model, stance_model, max_bytes, encoding)]
    run = {"partitions": partitions, "spec": settings}
    finished = _start(out, run, resume=resume)
    todo = [i for i in range(len(partitions)) if i not in finished]
    own = client is None and bool(todo)
    if own:
        client = distributed.Client(scheduler, set_as_default=False)
    try:
        if todo:
            futures = client.map(
                _write_partition, todo, [partitions[i] for i in todo], spec=spec, out=str(out.resolve()), pure=False
            )  # pure=False: writing files is a side effect, never a cached result
            client.gather(futures)
    finally:
        if own:
            client.close()
    counts, ledger = Counts(), []
    for i in range(len(partitions)):
        for r in json.loads(_marker(out, i).read_text(encoding="utf-8")):
            counts.add([Outcome(r["processed"], r["source"], ledger=r["ledger"])])
            counts.turns += r["turns"]
            counts.decisions += r["decisions"]
            counts.motions += r["motions"]
            ledger.extend(r["ledger"])
    write_stream(iter([ledger]), LEDGER_COLUMNS, str(out / "errors.csv"), "ledger")
    return counts


def _turn_frame(paths: list[str], spec: PipelineSpec) -> pd.DataFrame:
    df = frame([r for o in _outcomes(paths, spec) for r in o.turns], TURN_COLUMNS)
    return df.astype({c: "float64" for c in TURN_COLUMNS if c.startswith("p_")})


def turns_dataframe(
    inputs: Iterable[str],
    *,
    partition_size: int = PARTITION_SIZE,
    model: str | None = None,
    stance_model: str | bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> dd.DataFrame:
    """The turn table as a lazy dask.dataframe, one partition per `partition_size` input files. It runs where
    Dask computes: on the cluster of the active `distributed.Client`, else in local threads. Unreadable inputs
    are left out (use `extract_to_dataset` or the CLI for the ledger)."""
    dataframe, _ = _dask()
    spec = PipelineSpec(model, stance_model, max_bytes, encoding)
    meta = frame([], TURN_COLUMNS).astype({c: "float64" for c in TURN_COLUMNS if c.startswith("p_")})
    return dataframe.from_map(_turn_frame, _partitions(inputs, partition_size), spec=spec, meta=meta, enforce_metadata=False)
