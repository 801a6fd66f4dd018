"""Load the pipeline, warm it up, then run N passes over a corpus: nothing timed, for counting instructions.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.N python benchmarks/instructions.py N [--from DIR ...]

Timings on a shared machine spread by more than the few percent a speed pass changes; the instructions executed do not.
Run it with N = 0, 1 and 2 and subtract the totals ("Collected" in valgrind's summary): N=0 is the load, 1 minus 0 one
cold pass (first uses of the patterns and new words' vocabulary entries included), 2 minus 1 one steady pass. The
corpus is component_bench's: the files of --from (default: data/annotated and data/heldout, 391 distinct documents),
each read once, and the passes are its `one_pass` (the pipeline as `ratsnlp extract` runs it, stances included).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import component_bench as cb  # noqa: E402

import ratsnlp  # noqa: E402
from ratsnlp.batch import finish_batch, process_source, settle_heap  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("passes", type=int)
    ap.add_argument("--from", dest="sources", nargs="+", default=[str(ROOT / "data" / "annotated"), str(ROOT / "data" / "heldout")])
    args = ap.parse_args()
    nlp = ratsnlp.load()
    srcs = cb.corpus(args.sources, 0)
    finish_batch(nlp, [process_source(nlp, srcs[0], batched=True)])  # the components' lazy set-up, not a pass
    settle_heap()
    for _ in range(args.passes):
        cb.one_pass(nlp, srcs)
    print(f"{len(srcs)} documents, {args.passes} passes")


if __name__ == "__main__":
    main()
