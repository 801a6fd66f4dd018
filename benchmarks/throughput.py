"""Throughput of the full ratsnlp pipeline vs spaCy's bare German tokenizer, measured in one run.

    python benchmarks/throughput.py [--mb 5]

Builds a corpus by repeating the bundled samples to about --mb megabytes, then times (1) the bare
tokenizer of spacy.blank("de") and (2) the whole ratsnlp pipeline (structure, sentences, mentions,
decisions, turns, roles, motions) on the same documents, and prints MB/s, turns/s and the ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

import ratsnlp
from ratsnlp.read import iter_paths, read_source

ROOT = Path(__file__).resolve().parents[1]


def corpus(mb: float) -> list[str]:
    texts = [read_source(p).text for p in iter_paths([str(ROOT / "data" / "samples")])]
    out, size = [], 0
    while size < mb * 2**20:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    docs = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in docs) / 2**20
    tok = spacy.blank("de").tokenizer
    nlp = ratsnlp.load()
    nlp(docs[0])  # warm up (lexicons, compiled patterns)
    t0 = time.perf_counter()
    for t in docs:
        tok(t)
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    turns = sum(len(d._.turns) for d in nlp.pipe(docs))
    t_full = time.perf_counter() - t0
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB")
    print(f"spaCy tokenizer only: {mb / t_tok:.2f} MB/s")
    print(f"ratsnlp pipeline:     {mb / t_full:.2f} MB/s, {turns / t_full:.0f} turns/s ({turns} turns)")
    print(f"ratio pipeline/tokenizer: {t_tok / t_full:.2f}x")


if __name__ == "__main__":
    main()
