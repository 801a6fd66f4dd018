"""CPU time of each pipeline component over a corpus, in several passes, for before/after comparisons.

    python benchmarks/component_bench.py [--from DIR ...] [--mb 2] [--passes 4] [--profile FILE]

Runs the pipeline (as `ratsnlp extract` does: one document at a time, the stance classifier in batches) over
the corpus of benchmarks/throughput.py (the sample copies, or the files of --from, each once) --passes times
in one process and prints each component's CPU time in the first pass (first uses of patterns included) and
the smallest and the median of the later ones. One run of profile_extract.py varies by several percent from
run to run on a shared machine; the minimum over a few passes is steady enough to see a change of a few
percent. Components are timed inside the pipeline, not each run alone over all documents: alone, a component
keeps its code and patterns in the processor's caches and runs up to 40% faster than it does in a real run.
--profile FILE: one more pass under cProfile (the raw stats, for pstats).
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import ratsnlp
from ratsnlp.batch import BATCH_SIZE, _process_chunk, finish_batch, process_source, settle_heap
from ratsnlp.read import Source, iter_paths, read_source

ROOT = Path(__file__).resolve().parents[1]


def corpus(sources: list[str] | None, mb: float) -> list[Source]:
    """The sources read once each (--from), or the samples repeated until about `mb` MB."""
    paths = list(iter_paths(sources or [str(ROOT / "data" / "samples")]))
    srcs = [read_source(p) for p in paths]
    if sources:
        return srcs
    out, size = [], 0
    while size < mb * 2**20:
        for s in srcs:
            out.append(s)
            size += len(s.text.encode())
    return out


class Timed:
    """A component whose calls (and batch pipe) add their CPU time to table[name]."""

    def __init__(self, proc: Callable, table: dict[str, float], name: str) -> None:
        self.proc, self.table, self.name = proc, table, name
        if hasattr(proc, "pipe"):
            self.pipe = self._pipe

    def __call__(self, doc):  # noqa: ANN001, ANN204
        t = time.process_time()
        try:
            return self.proc(doc)
        finally:
            self.table[self.name] += time.process_time() - t

    def _pipe(self, docs: Iterable, **kw) -> Iterator:  # noqa: ANN003
        t = time.process_time()
        try:
            return iter(list(self.proc.pipe(list(docs), **kw)))
        finally:
            self.table[self.name] += time.process_time() - t


def one_pass(nlp, srcs: list[Source]) -> None:  # noqa: ANN001
    """The corpus through the pipeline as `ratsnlp extract --jobs 1` runs it: chunk by chunk, rows built."""
    for i in range(0, len(srcs), BATCH_SIZE):
        _process_chunk(nlp, srcs[i : i + BATCH_SIZE])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="sources", nargs="+")
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--passes", type=int, default=4)
    ap.add_argument("--profile", metavar="FILE", help="One more pass under cProfile; its raw stats go here.")
    args = ap.parse_args()
    nlp = ratsnlp.load()
    srcs = corpus(args.sources, args.mb)
    finish_batch(nlp, [process_source(nlp, srcs[0], batched=True)])  # warmed up on one document, as throughput.py
    settle_heap()
    table = {name: 0.0 for name in nlp.pipe_names}
    nlp._components[:] = [(name, Timed(proc, table, name)) for name, proc in nlp._components]  # noqa: SLF001
    runs: dict[str, list[float]] = {name: [] for name in table}
    totals = []
    for _ in range(args.passes):
        for name in table:
            table[name] = 0.0
        t = time.process_time()
        one_pass(nlp, srcs)
        totals.append(time.process_time() - t)
        for name, v in table.items():
            runs[name].append(v)
    print(f"{len(srcs)} documents, {args.passes} passes; whole pass: first {totals[0]:.2f} s, then min {min(totals[1:] or totals):.2f} s")
    for name, ts in runs.items():
        later = ts[1:] or ts
        print(f"{name:20s} first {ts[0]:.3f} s   then min {min(later):.3f} s  median {statistics.median(later):.3f} s")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        one_pass(nlp, srcs)
        prof.disable()
        prof.dump_stats(args.profile)


if __name__ == "__main__":
    main()
