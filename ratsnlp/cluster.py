"""The pipeline on a Dask cluster: inputs partitioned, the pipeline loaded once per worker process, and the
tables written by the workers as a partitioned Parquet dataset.

Needs `pip install "ratsnlp[dask]"` on the client and on every worker, and input files that the workers can
read under the same paths (a shared file system). Results equal a local run's, partition by partition.
"""

from __future__ import annotations

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
from .table import TURN_COLUMNS, frame

if TYPE_CHECKING:
    import dask.dataframe as dd
    from spacy.language import Language

PARTITION_SIZE = 32  # documents per partition: one task, one Parquet file per table


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


def _write_partition(index: int, paths: list[str], spec: PipelineSpec, out: str) -> list[dict]:
    """Worker task: one Parquet file per table (written atomically) for one partition; returns its outcomes'
    counts and ledger rows, which are small."""
    outcomes = _outcomes(paths, spec)
    for table, columns in TABLES.items():
        folder = Path(out) / table
        folder.mkdir(parents=True, exist_ok=True)
        rows = [r for o in outcomes for r in getattr(o, table)]
        write_stream(iter([rows]), columns, str(folder / f"part-{index:05d}.parquet"), "parquet")
    return [
        {"source": o.source, "processed": o.processed, "turns": len(o.turns), "decisions": len(o.decisions),
         "motions": len(o.motions), "ledger": o.ledger}
        for o in outcomes
    ]  # fmt: skip


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
) -> Counts:
    """Process the input files on a Dask cluster (a `distributed.Client`, or the scheduler's address) into
    OUTPUT/turns, OUTPUT/decisions and OUTPUT/motions (Parquet datasets, a file per partition in input order)
    and the error ledger OUTPUT/errors.csv. Read them with `pandas.read_parquet("OUTPUT/turns")`."""
    _, distributed = _dask()
    out = Path(output)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise RatsnlpError(Errors.E046.format(out=out))
    partitions = _partitions(inputs, partition_size)
    spec = PipelineSpec(model, stance_model, max_bytes, encoding)
    own = client is None
    if own:
        client = distributed.Client(scheduler, set_as_default=False)
    try:
        out.mkdir(parents=True, exist_ok=True)
        futures = client.map(
            _write_partition, range(len(partitions)), partitions, spec=spec, out=str(out.resolve()), pure=False
        )  # pure=False: writing files is a side effect, never a cached result
        results = client.gather(futures)
    finally:
        if own:
            client.close()
    counts, ledger = Counts(), []
    for part in results:
        for r in part:
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
