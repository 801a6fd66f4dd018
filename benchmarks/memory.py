"""Peak memory (RSS) of `ratsnlp extract` as the corpus grows: 1k vs 10k documents, in one run.

    python benchmarks/memory.py [--docs 1000 10000] [--jobs 1] [--format parquet]

Builds corpora of N minutes from the bundled samples and the annotated documents (each file under its own
name, speakers' surnames varied per copy), runs the CLI on each in a fresh process and reports the peak RSS of the process that did the work
(with --jobs > 1: the largest single process), plus wall time and docs/s. With streaming outputs the peak
should not grow with the number of documents; the issue asks for at most 1.2x from 1k to 10k.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURE = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)"
)  # a fresh parent per run, so RUSAGE_CHILDREN is the peak of this run's processes only


NAME = re.compile(r"\b(Herr|Frau|Herrn)( [A-ZÄÖÜ][a-zäöüß]{2,})\b(?!\.)")  # not "Dr."


def build_corpus(target: Path, n: int) -> None:
    """N documents cycling through the samples and annotated minutes; from the second round on every speaker's
    surname gets a suffix unique to the copy, so the vocabulary keeps meeting new words as in a real corpus."""
    sources = sorted((ROOT / "data" / "samples").glob("*.txt")) + sorted((ROOT / "data" / "annotated").glob("*.txt"))
    texts = [src.read_bytes() for src in sources]
    target.mkdir(parents=True)
    for i in range(n):
        k, data = i % len(sources), texts[i % len(sources)]
        suffix = "".join(chr(97 + int(d)) for d in str(i // len(sources)))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            (target / f"{i:06d}-{sources[k].name}").write_bytes(data)
            continue
        varied = NAME.sub(rf"\1\2{suffix}", text) if i >= len(sources) else text
        (target / f"{i:06d}-{sources[k].name}").write_text(varied, encoding="utf-8")


def peak(corpus: Path, out: Path, jobs: int, fmt: str, stance: bool) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "ratsnlp.cli", "extract", str(corpus), "-o", str(out / f"turns.{fmt}"),
           "--decisions", str(out / f"decisions.{fmt}"), "--jobs", str(jobs), "-q"]  # fmt: skip
    if not stance:
        cmd.append("--no-stance")
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
    return int(r.stdout.strip().splitlines()[-1]) / 1024, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--format", default="parquet", choices=["csv", "jsonl", "parquet"])
    ap.add_argument("--no-stance", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        first = None
        for n in args.docs:
            corpus, out = Path(tmp) / f"in{n}", Path(tmp) / f"out{n}"
            build_corpus(corpus, n)
            out.mkdir()
            mb, secs = peak(corpus, out, args.jobs, args.format, not args.no_stance)
            first = first or mb
            print(f"{n:>7,} documents: peak RSS {mb:7.1f} MiB ({mb / first:.2f}x the first), {secs:6.1f} s, "
                  f"{n / secs:6.1f} docs/s  [--jobs {args.jobs}, {args.format}, stance {'off' if args.no_stance else 'on'}]")  # fmt: skip
            shutil.rmtree(corpus)


if __name__ == "__main__":
    main()
