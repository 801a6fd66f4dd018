"""Start-up cost: loading the stance model, and one document through the CLI against a bare spaCy process.

    python benchmarks/startup.py [--repeat 5] [--doc data/samples/01-allris-sozialausschuss.txt]

Prints median wall times of fresh processes (so imports count, as they do for a user) and their ratio.
Timings belong here, never in tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the code that runs is PYTHONPATH's (else the installed ratsnlp), never the working directory's: `python -c` would put
# ROOT first on its path, so the bare process (spaCy imports ratsnlp's factories) ran ROOT's code and the CLI another
ENV = dict(os.environ, PYTHONSAFEPATH="1")


def wall(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=ENV)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--doc", default="data/samples/01-allris-sozialausschuss.txt")
    args = ap.parse_args()
    py = sys.executable
    load = (
        "import time; from ratsnlp.classify.model import load_model; t = time.perf_counter(); "
        "load_model('models/stance.npz'); print(time.perf_counter() - t)"
    )
    in_process = statistics.median(
        float(subprocess.run([py, "-c", load], check=True, capture_output=True, text=True, cwd=ROOT, env=ENV).stdout) for _ in range(args.repeat)
    )
    bare = wall([py, "-c", f"import spacy; nlp = spacy.blank('de'); nlp(open({args.doc!r}, encoding='utf-8').read())"], args.repeat)
    cli = [str(Path(py).with_name("ratsnlp")), "extract", args.doc, "-o", "/dev/null", "--format", "csv", "--errors", "/dev/null"]
    with_stance = wall(cli, args.repeat)
    without = wall([*cli, "--no-stance"], args.repeat)
    print(f"stance model load (in process, median of {args.repeat}): {in_process * 1000:.1f} ms")
    print(f"bare spaCy process tokenising the document: {bare:.2f} s")
    print(f"ratsnlp extract, one document, with stance:  {with_stance:.2f} s  ({with_stance / bare:.2f}x bare spaCy)")
    print(f"ratsnlp extract, one document, no stance:    {without:.2f} s  ({without / bare:.2f}x bare spaCy)")


if __name__ == "__main__":
    main()
