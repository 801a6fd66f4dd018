"""Where the time of `ratsnlp extract` goes, on the corpus of benchmarks/throughput.py, in one process.

    python benchmarks/profile_extract.py [--mb 3] [--from DIR ...] [--once] [--no-stance] [--top 30] [--component] [--no-cprofile] [--out FILE]

--component times each pipeline component's __call__ (and the stance classifier's batch `pipe`), reading
and the table rows, without the profiler's overhead, and prints seconds and shares of the whole run next
to the bare spaCy tokenizer over the same texts. Times are the process's CPU time (--wall: wall clock),
which the other processes of a shared machine disturb less. Without --no-cprofile, a cProfile run follows and prints
the top functions by cumulative and by own time, then the top functions by own time inside each component
(--out FILE keeps the raw profile for snakeviz or pstats). The pipelines are loaded and warmed up before
anything is timed, so start-up is not counted (benchmarks/startup.py measures that).
"""

from __future__ import annotations

# Not named profile.py: in benchmarks/ that would shadow the standard library's `profile`, which cProfile
# (and so spaCy) imports, and break every script of the folder.
import argparse
import cProfile
import io
import pstats
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language

# the same corpus and run as the throughput benchmark (this script's folder is on the path)
from throughput import build_corpus, run_cli_path

import ratsnlp
from ratsnlp import batch, sink
from ratsnlp.read import read_source

clock = time.process_time  # CPU time of this process: on a shared machine, wall time varies with the others' load


class Timed:
    """A pipeline component with its __call__ (and pipe) timed into a shared table.

    With `profiles`, the component runs under its own profiler while `outer` (the whole run's) is paused,
    so one profiled run gives the whole picture and each component's.
    """

    def __init__(self, name: str, proc: Callable, table: dict[str, float], profiles: dict | None = None, outer=None) -> None:  # noqa: ANN001
        self.name, self.proc, self.table, self.profiles, self.outer = name, proc, table, profiles, outer
        if hasattr(proc, "pipe"):
            self.pipe = self._pipe

    def _run(self, fn: Callable, arg):  # noqa: ANN001, ANN202
        prof = None
        if self.profiles is not None:
            self.outer.disable()
            prof = self.profiles.setdefault(self.name, cProfile.Profile())
            prof.enable()
        t = clock()
        try:
            return fn(arg)
        finally:
            self.table[self.name] += clock() - t
            if prof is not None:
                prof.disable()
                self.outer.enable()

    def __call__(self, doc):  # noqa: ANN001, ANN204
        return self._run(self.proc, doc)

    def _pipe(self, docs: Iterable, **kw) -> Iterator:  # noqa: ANN003
        return iter(self._run(lambda d: list(self.proc.pipe(list(d), **kw)), docs))


def timed_function(module: object, attr: str, label: str, table: dict[str, float]) -> Callable[[], None]:
    """Wrap module.attr so that its time adds to table[label]; returns the function that undoes it."""
    orig = getattr(module, attr)

    def wrapper(*a, **kw):  # noqa: ANN002, ANN003, ANN202
        t = clock()
        out = orig(*a, **kw)
        table[label] += clock() - t
        return out

    setattr(module, attr, wrapper)
    return lambda: setattr(module, attr, orig)


def timed_run(nlp: Language, tmp: str, profiles: dict | None = None, outer: cProfile.Profile | None = None) -> tuple[float, dict[str, float]]:
    """One `ratsnlp extract` over the corpus (its CLI path, as throughput.py times it: part files and final CSV
    tables, no DataFrame) with every component (and reading, make_doc, the tables' text) timed."""
    table: dict[str, float] = defaultdict(float)
    saved = list(nlp._components)
    nlp._components[:] = [(name, Timed(name, proc, table, profiles, outer)) for name, proc in saved]
    undo = [
        timed_function(batch, "read_source", "read_source", table),
        timed_function(nlp, "make_doc", "make_doc (tokenizer)", table),
        timed_function(batch, "turn_rows", "table: turn_rows", table),
        timed_function(batch, "decision_rows", "table: decision_rows", table),
        timed_function(batch, "motion_rows", "table: motion_rows", table),
        timed_function(sink, "csv_text", "table: CSV text", table),
        timed_function(sink, "jsonl_text", "table: JSON lines text", table),
        timed_function(sink, "write_stream", "table: final files", table),
    ]
    try:
        with tempfile.TemporaryDirectory() as out:
            if outer is not None:
                outer.enable()
            t0 = clock()
            run_cli_path([tmp], Path(out), nlp, jobs=1)  # what `ratsnlp extract` and throughput.py run
            total = clock() - t0
    finally:
        if outer is not None:
            outer.disable()
        for u in undo:
            u()
        del nlp.make_doc
        nlp._components[:] = saved
    return total, table


def print_components(total: float, table: dict[str, float], t_tok: float, stance: bool) -> None:
    print(f"\n== time per component ({'with' if stance else 'without'} stance), whole run {total:.2f} s")
    print(f"{'bare spaCy tokenizer (reference)':32s} {t_tok:7.2f} s  {100 * t_tok / total:5.1f}%")
    for name, secs in sorted(table.items(), key=lambda kv: -kv[1]):
        print(f"{name:32s} {secs:7.2f} s  {100 * secs / total:5.1f}%  ({secs / t_tok:.2f}x the tokenizer)")
    rest = total - sum(table.values())
    print(f"{'rest (batch loop, ledger, ...)':32s} {rest:7.2f} s  {100 * rest / total:5.1f}%")
    print(f"ratio to the tokenizer: {t_tok / total:.2f}x")


def print_stats(stats: pstats.Stats, sort: str, top: int) -> None:
    s = io.StringIO()
    stats.stream = s
    stats.strip_dirs().sort_stats(sort).print_stats(top)
    lines = s.getvalue().splitlines()
    start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
    print("\n".join(lines[start:]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--no-stance", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--component", action="store_true", help="Time each component's __call__ (no profiler overhead).")
    ap.add_argument("--no-cprofile", action="store_true", help="Skip the cProfile run (only with --component).")
    ap.add_argument("--out", help="Write the raw cProfile stats here.")
    ap.add_argument("--wall", action="store_true", help="Time wall clock instead of this process's CPU time.")
    ap.add_argument("--from", dest="sources", nargs="+", help="Files or folders to build the corpus from (throughput.py).")
    ap.add_argument("--once", action="store_true", help="Each file of the corpus once (ignores --mb).")
    args = ap.parse_args()
    if args.wall:
        global clock
        clock = time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        files = build_corpus(Path(tmp), args.mb, args.sources, args.once)
        texts = [read_source(str(f)).text for f in files]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
        print(f"corpus: {len(files)} files, {mb:.1f} MB of text")
        tok = spacy.blank("de").tokenizer
        nlp = ratsnlp.load(stance_model=False) if args.no_stance else ratsnlp.load()
        nlp(texts[0])  # warm up (lexicons, compiled patterns, the model)
        batch.settle_heap()  # as `ratsnlp extract` does once the pipeline is loaded
        t0 = clock()
        for t in texts:
            tok(t)
        t_tok = clock() - t0
        print(f"spaCy tokenizer only: {t_tok:.2f} s, {mb / t_tok:.2f} MB/s")
        stance = "ratsnlp_stance" in nlp.pipe_names
        if args.component:
            print_components(*timed_run(nlp, tmp), t_tok, stance)
        if args.no_cprofile:
            return
        outer = cProfile.Profile()
        profiles: dict[str, cProfile.Profile] = {}
        timed_run(nlp, tmp, profiles, outer)
    whole = pstats.Stats(outer)
    for prof in profiles.values():
        whole.add(prof)
    if args.out:
        whole.dump_stats(args.out)
    print(f"\n== whole run (profiled): top {args.top} by cumulative time")
    print_stats(whole, "cumulative", args.top)
    print(f"\n== whole run (profiled): top {args.top} by own time")
    print_stats(whole, "tottime", args.top)
    for name, prof in profiles.items():
        print(f"\n== {name}: top {args.top // 2} by own time")
        print_stats(pstats.Stats(prof), "tottime", args.top // 2)
    print("\n== outside the components (reading, tables, batch loop): top by own time")
    print_stats(pstats.Stats(outer), "tottime", args.top // 2)


if __name__ == "__main__":
    main()
