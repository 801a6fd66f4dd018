"""How the cost of one document grows with its length and its number of turns, in one run.

    python benchmarks/scaling.py [--turns 1000 10000 100000] [--mb 0.1 1 10] [--cases turns turns-no-stance ...]

Builds one document per case and size in a temporary directory and times `ratsnlp extract` on it
(reading, all components, the turn and decision tables), with the pipelines loaded and warmed up
beforehand, so start-up is not counted. Cases:

- turns: one-line turns ("Herr A12 fragt."), with the stance classifier;
- turns-no-stance: the same without it (`--no-stance`);
- minutes: ordinary minutes (data/samples and data/annotated concatenated until the size is reached);
- minutes-one-line: the same text with every line break replaced by a space.

Prints one row per document: seconds, milliseconds per 1,000 turns, seconds per MB, and turns found.
Cost is linear when the per-turn and per-MB columns stay flat as the size grows.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

import ratsnlp
from ratsnlp.batch import extract
from ratsnlp.read import iter_paths, read_source

ROOT = Path(__file__).resolve().parents[1]
CASES = ("turns", "turns-no-stance", "minutes", "minutes-one-line")


def one_line_turns(n: int) -> str:
    """n one-line turns by n different speakers ("Herr A10 fragt.", ...)."""
    return "".join(f"Herr A{i} fragt.\n" for i in range(10, n + 10))


def minutes(mb: float, *, one_line: bool = False) -> str:
    """Ordinary minutes: the bundled samples and annotated minutes, repeated until about `mb` MB.

    one_line: every line break replaced by a space.
    """
    paths = list(iter_paths([str(ROOT / "data" / "samples")]))
    paths += sorted(str(p) for p in (ROOT / "data" / "annotated").glob("*.txt"))
    texts = [read_source(p).text for p in paths]
    parts: list[str] = []
    size = 0
    while size < mb * 2**20:
        for t in texts:
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
            if size >= mb * 2**20:
                break
    text = "\n\n".join(parts)
    return text.replace("\n", " ") if one_line else text


def time_doc(nlp: Language, text: str, path: Path) -> tuple[float, int]:
    """Seconds that `ratsnlp extract` takes on `text` written to `path`, and the turns it finds."""
    path.write_text(text, encoding="utf-8")
    limit = max(20 * 2**20, path.stat().st_size + 1)  # as --max-mb does
    t0 = time.perf_counter()
    result = extract([str(path)], nlp=nlp, max_bytes=limit)
    secs = time.perf_counter() - t0
    if result.ledger:
        raise SystemExit(f"{path.name}: {result.ledger}")
    return secs, len(result.turns)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--turns", type=int, nargs="+", default=[1000, 10_000, 100_000], help="Turns per document.")
    ap.add_argument("--mb", type=float, nargs="+", default=[0.1, 1.0, 10.0], help="Sizes of the minutes (MB).")
    ap.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES))
    args = ap.parse_args()
    full = ratsnlp.load()
    bare = ratsnlp.load(stance_model=False)
    for nlp in (full, bare):
        nlp(one_line_turns(10) + minutes(0.01))  # warm up (lexicons, compiled patterns, the model)
    plans: list[tuple[str, str, Language, Callable[[], str]]] = []
    for case in args.cases:
        nlp = bare if case == "turns-no-stance" else full
        if case.startswith("turns"):
            plans += [(case, f"{n:,} turns", nlp, lambda n=n: one_line_turns(n)) for n in args.turns]
        else:
            flat = case == "minutes-one-line"
            plans += [(case, f"{mb:g} MB", nlp, lambda mb=mb, flat=flat: minutes(mb, one_line=flat)) for mb in args.mb]
    print(f"{'case':<18} {'size':>14} {'seconds':>9} {'ms/1k turns':>12} {'s/MB':>7} {'turns':>9}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for case, size, nlp, build in plans:
            text = build()
            mb = len(text.encode("utf-8")) / 2**20
            secs, turns = time_doc(nlp, text, Path(tmp) / f"{case}.txt")
            per_turn = f"{secs / turns * 1e6:.0f}" if turns else "-"
            print(f"{case:<18} {size:>14} {secs:>9.2f} {per_turn:>12} {secs / mb:>7.2f} {turns:>9,}", flush=True)


if __name__ == "__main__":
    main()
