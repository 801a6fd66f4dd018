"""Start-up of checkouts compared in one sitting, on CPU time: one document through the CLI against a bare spaCy process.

    python benchmarks/startup_cpu.py [--repeat 8] [--doc data/samples/01-allris-sozialausschuss.txt] CHECKOUT ...

Runs, for each checkout (its code on PYTHONPATH, alternating the order every round), a bare spaCy process that
tokenises the document, `ratsnlp extract` on it with and without stances, and prints the smallest CPU time (user +
system of the child) and wall time of each and their ratios. Why besides startup.py: on a shared machine the wall
clock's median of five moved the ratio by +-0.4 between runs; the least CPU time of several fresh processes moves
by a few hundredths. The children run with PYTHONSAFEPATH=1, so that each checkout's code is what runs (before, the
working directory, this checkout, came first on `python -c`'s path: every checkout compared ran this one's code).
Note that the bare process imports ratsnlp too when it is installed: spaCy loads every installed factory's module
(entry point `spacy_factories`) when it builds any pipeline.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str], code: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process with `code` first on the path."""
    # PYTHONSAFEPATH: `python -c` would otherwise put the working directory (ROOT, a checkout holding ratsnlp/) first on
    # sys.path, ahead of PYTHONPATH, and every checkout compared would run ROOT's code
    env = dict(os.environ, PYTHONPATH=code, PYTHONSAFEPATH="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkouts", nargs="+", help="Source checkouts (their folder holding ratsnlp/) to compare.")
    ap.add_argument("--repeat", type=int, default=8)
    ap.add_argument("--doc", default="data/samples/01-allris-sozialausschuss.txt")
    args = ap.parse_args()
    py = sys.executable
    doc = str((ROOT / args.doc).resolve())
    bare = [py, "-c", f"import spacy; nlp = spacy.blank('de'); nlp(open({doc!r}, encoding='utf-8').read())"]
    cli = [py, "-c", "import sys; from ratsnlp.cli import main; sys.argv[0] = 'ratsnlp'; main()", "extract", doc, "-o", os.devnull, "--format", "csv", "--errors", os.devnull]
    runs = {"bare": bare, "with stance": cli, "no stance": [*cli, "--no-stance"]}
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for i in range(args.repeat):
        for code in args.checkouts if i % 2 == 0 else args.checkouts[::-1]:
            for name, cmd in runs.items():
                times.setdefault((code, name), []).append(run(cmd, str(Path(code).resolve())))
    for code in args.checkouts:
        cpu0, wall0 = (min(t[k] for t in times[(code, "bare")]) for k in (0, 1))
        print(f"{code}: bare spaCy process  CPU {cpu0:.2f} s  wall {wall0:.2f} s")
        for name in ("with stance", "no stance"):
            cpu, wall = (min(t[k] for t in times[(code, name)]) for k in (0, 1))
            print(f"{code}: extract, {name:11s}  CPU {cpu:.2f} s ({cpu / cpu0:.2f}x)  wall {wall:.2f} s ({wall / wall0:.2f}x)")


if __name__ == "__main__":
    main()
