"""Throughput of `ratsnlp extract` vs spaCy's bare German tokenizer on the same text, in one run.

    python benchmarks/throughput.py [--mb 5] [--from DIR ...] [--once]

Builds a corpus of real files by copying the bundled samples (or the files of --from) into a temporary
directory until it holds about --mb megabytes (--once: each file once, however many megabytes that is), then times (1) the bare tokenizer of spacy.blank("de") over the decoded
texts, (2) the whole extraction as `ratsnlp extract DIR -o turns.csv --decisions d.csv --motions m.csv`
runs it after start-up (reading, all components, the part files of the run and the final tables written),
and (3) the same without the stance classifier (`--no-stance`), and prints MB/s, docs/s, turns/s and the
ratios to the tokenizer.

The sample copies repeat the same dozen documents, which flatters anything that caches words (the chunk
cache of the tokenizer); `--from data/annotated data/heldout --once` times each of their distinct documents once instead.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import spacy

import ratsnlp
from ratsnlp.batch import iter_outcomes, read_inputs, settle_heap
from ratsnlp.read import iter_paths, read_source
from ratsnlp.sink import RunSink, targets_for

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(target: Path, mb: float, sources: list[str] | None = None, once: bool = False) -> list[Path]:
    """Copies of the files under `sources` (default: the bundled samples), repeated until about `mb` MB."""
    samples = [Path(p) for p in iter_paths(sources or [str(ROOT / "data" / "samples")])]
    files, size, n = [], 0, 0
    while size < mb * 2**20 and not (once and n):
        for src in samples:
            dst = target / f"{n:05d}-{src.name}"
            shutil.copyfile(src, dst)
            files.append(dst)
            size += dst.stat().st_size
            n += 1
    return files


def run_cli_path(inputs: list[str], out: Path, nlp: spacy.language.Language, jobs: int) -> int:
    """What `ratsnlp extract` does after loading the pipeline: read, process, part files, final tables."""
    targets = targets_for(str(out / "turns.csv"), None, str(out / "decisions.csv"), str(out / "motions.csv"))
    sink = RunSink(targets, str(out / "errors.csv"), settings={"benchmark": inputs})
    try:
        for outcomes in iter_outcomes(read_inputs(iter_paths(inputs)), nlp, jobs=jobs):
            sink.add(outcomes)
        sink.finish()
    finally:
        sink.discard_temp()
    return sink.counts.turns


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--jobs", type=int, default=2, help="Also time this many worker processes (0 or 1: skip).")
    ap.add_argument("--from", dest="sources", nargs="+", help="Files or folders to build the corpus from.")
    ap.add_argument("--once", action="store_true", help="Each file of the corpus once (ignores --mb).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = build_corpus(Path(tmp), args.mb, args.sources, args.once)
        texts = [read_source(str(f)).text for f in files]
        mb = sum(len(t.encode("utf-8")) for t in texts) / 2**20
        tok = spacy.blank("de").tokenizer
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            tok(t)
        t_tok, c_tok = time.perf_counter() - t0, time.process_time() - c0
        timings = {}
        runs = [("ratsnlp extract", True, 1), ("ratsnlp extract --no-stance", False, 1)]
        if args.jobs > 1:
            runs.append((f"ratsnlp extract --jobs {args.jobs}", True, args.jobs))
        for name, stance, jobs in runs:
            # a pipeline of its own per run, warmed up on one document (lexicons, compiled patterns, the model):
            # no run finds the words of the corpus already cached by an earlier one
            nlp = ratsnlp.load(stance_model=None if stance else False)
            nlp(texts[0])
            settle_heap()  # as `ratsnlp extract` does once the pipeline is loaded
            with tempfile.TemporaryDirectory() as out:
                t0, c0 = time.perf_counter(), time.process_time()
                turns = run_cli_path([tmp], Path(out), nlp, jobs)
                timings[name] = (time.perf_counter() - t0, time.process_time() - c0, turns)
    print(f"corpus: {len(files)} files, {mb:.1f} MB of text")
    print(f"spaCy tokenizer only: {mb / t_tok:.2f} MB/s")
    for name, (secs, cpu, turns) in timings.items():
        # one process: its CPU time is the work, and other processes on the machine disturb it less than the wall
        # clock; worker processes' CPU is not this process's, so --jobs N is compared on the wall clock only
        on_cpu = f", on CPU time {c_tok / cpu:.2f}x" if "--jobs" not in name else ""
        print(
            f"{name}: {mb / secs:.2f} MB/s, {len(files) / secs:.1f} docs/s, {turns / secs:.0f} turns/s; "
            f"ratio to the tokenizer {t_tok / secs:.2f}x (wall clock){on_cpu}"
        )
    if args.jobs > 1:
        one, many = timings["ratsnlp extract"][0], timings[f"ratsnlp extract --jobs {args.jobs}"][0]
        print(f"--jobs {args.jobs} vs --jobs 1: {one / many:.2f}x")


if __name__ == "__main__":
    main()
