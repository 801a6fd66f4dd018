"""The `ratsnlp` command: thin wrappers around library functions. Only this module prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="German council minutes -> speaker turns, roles, decisions.")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


class Progress:
    """Progress of a batch run on stderr: a bar on a terminal (documents, docs/s, ETA, turns, failures), a plain
    log line every `every` seconds otherwise (for cron logs), nothing when quiet. Per-document messages are
    printed above the bar."""

    def __init__(self, total: int | None, *, quiet: bool = False, every: float = 30.0) -> None:
        import time

        self.total, self.quiet, self.every = total, quiet, every
        self.docs = self.turns = self.failed = 0
        self.started = self.last = time.monotonic()
        self.bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def message(self, msg: str) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(msg, file=sys.stderr)
        else:
            _err(msg)

    def update(self, outcomes: list) -> None:
        import time

        for o in outcomes:
            self.docs += 1
            self.turns += len(o.turns)
            self.failed += any(r["status"] == "failed" for r in o.ledger)
            for m in o.messages:
                self.message(m)
        if self.bar is not None:
            self.bar.update(len(outcomes))
            self.bar.set_postfix(turns=self.turns, failed=self.failed, refresh=False)
        elif not self.quiet and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            _err(self.line())

    def line(self) -> str:
        import time

        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.docs / elapsed
        done = f"{self.docs:,}/{self.total:,}" if self.total is not None else f"{self.docs:,}"
        eta = ""
        if self.total is not None and rate > 0:
            eta = f", ETA {max(self.total - self.docs, 0) / rate / 60:.1f} min"
        return f"progress: {done} documents, {self.turns:,} turns, {rate:.1f} docs/s, {self.failed} failed{eta}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@app.command()
def extract(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files (.txt, .html, .pdf), directories (recursive) or '-' for stdin.")] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="Turn table path, '-' for stdout; with --engine dask a folder.")] = "-",
    decisions: Annotated[str | None, typer.Option("--decisions", help="Also write the decisions table here.")] = None,
    motions: Annotated[str | None, typer.Option("--motions", help="Also write the motions table here.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="csv, jsonl or parquet (default: from the suffix).")] = None,
    errors: Annotated[str | None, typer.Option("--errors", help="Error ledger CSV (default: beside the output).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", help="Worker processes (0 = all cores); used from 33 documents on.")] = 0,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run of the same command.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no per-document messages, no summary.")] = False,
    log_every: Annotated[float, typer.Option("--log-every", help="Seconds between progress lines when not on a terminal.")] = 30.0,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for German spreadsheets: BOM, ';', decimal comma, formulas escaped.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local (this machine) or dask (a Dask cluster: --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Dask: input files per task (one Parquet file per table each).")] = 32,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path to build on.")] = None,
    stance_model: Annotated[str | None, typer.Option("--stance-model", help="Stance model (stance.npz) to use.")] = None,
    no_stance: Annotated[bool, typer.Option("--no-stance", help="Leave the stance classifier out.")] = False,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Skip files larger than this (MB).")] = 20.0,
    encoding: Annotated[str | None, typer.Option("--encoding", help="Force a text encoding.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any document failed or had no turns.")] = False,
    oparl: Annotated[str | None, typer.Option("--oparl", help="Read from an OParl API instead: its system URL.")] = None,
    body: Annotated[str | None, typer.Option("--body", help="OParl: only this body (id URL, id, name or short name).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="OParl: only meetings modified on/after DATE (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="OParl: only meetings modified on/before DATE.")] = None,
    cache: Annotated[str | None, typer.Option("--cache", help="OParl: cache directory (default ~/.cache/ratsnlp/oparl).")] = None,
    delay: Annotated[float, typer.Option("--delay", help="OParl: seconds between requests.")] = 0.1,
    concurrency: Annotated[int, typer.Option("--concurrency", help="OParl: requests at a time.")] = 4,
    retries: Annotated[int, typer.Option("--retries", help="OParl: tries per request (5xx, 429, time-outs).")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", help="OParl: seconds per network operation.")] = 30.0,
) -> None:
    """Extract the turn table (and decisions, motions) from minutes: files, or an OParl API (--oparl URL).

    Rows are streamed to disk chunk by chunk; the tables appear under their names only when complete. A run
    that is interrupted (Ctrl-C, kill, power loss of the process) continues with the same command plus --resume.
    """
    import gc

    # what is loaded lives as long as the process: frozen, the collector's full passes (two in a one-document run,
    # ~0.05 s each) no longer walk it; a long run also collects first (settle_heap, below)
    gc.freeze()
    from .batch import BATCH_SIZE, default_jobs, iter_outcomes, ledger_path_for, read_inputs, settle_heap
    from .errors import RatsnlpError
    from .pipeline import load
    from .read import iter_paths
    from .sink import RunSink, targets_for
    from .table import check_outputs

    if bool(inputs) == bool(oparl):
        _err("error: give input files or --oparl URL (one of the two)")
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        _err(f"error: unknown engine {engine!r}: use local or dask")
        raise typer.Exit(2)
    say = (lambda msg: None) if quiet else _err
    sink = None
    try:
        if engine == "dask":
            _extract_dask(inputs or [], output, scheduler, model, stance_model, no_stance, max_mb, encoding, quiet, resume, partition_size)
            return
        ledger_out = errors or ledger_path_for(output)
        check_outputs([output, decisions, motions, ledger_out if output != "-" or errors else None], list(inputs or []))
        settings = {
            "inputs": [i if i == "-" else str(Path(i).resolve()) for i in inputs or []],
            "oparl": [oparl, body, since, until], "output": [output, decisions, motions, fmt, excel],
            "model": [model, stance_model, no_stance], "read": [max_mb, encoding],
        }  # fmt: skip
        sink = RunSink(
            targets_for(output, fmt, decisions, motions), ledger_out, ledger_if_empty=bool(errors) or output != "-",
            excel=excel, resume=resume, settings=settings,
        )  # fmt: skip
        if sink.done:
            say(f"resuming: {len(sink.done):,} inputs were finished by the interrupted run")
        if oparl:
            from .read.oparl import iter_oparl

            fetched = iter_oparl(
                oparl, body=body, since=since, until=until, cache_dir=cache, concurrency=concurrency, delay=delay,
                retries=retries, timeout=timeout, max_bytes=int(max_mb * 2**20),
            )  # fmt: skip
            items = (i for i in fetched if i.source not in sink.done)
            total = None
        else:
            paths = [p for p in iter_paths(list(inputs or [])) if p not in sink.done]  # folders walked once
            items = read_inputs(paths, max_bytes=int(max_mb * 2**20), encoding=encoding)
            total = len(paths)
        nlp = load(model, stance_model=False if no_stance else stance_model)
        if total is None or total > BATCH_SIZE:  # a run of more than one chunk: one document does not repay the full collection
            settle_heap()
        else:
            gc.freeze()  # (the pipeline too, without the full collection)
        progress = Progress(total, quiet=quiet, every=log_every)
        try:
            for outcomes in iter_outcomes(items, nlp, jobs=jobs or default_jobs()):
                sink.add(outcomes)
                progress.update(outcomes)
        finally:
            progress.close()
        sink.finish()
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        if sink is not None and not sink.temporary:
            _err("interrupted: run the same command with --resume to continue where it stopped")
        raise typer.Exit(130) from None
    finally:
        if sink is not None:
            sink.discard_temp()
    counts = sink.counts
    say(counts.summary())
    if counts.documents == 0 or (strict and (counts.failed or counts.no_turns)):
        raise typer.Exit(1)


def _extract_dask(
    inputs: list[str], output: str, scheduler: str | None, model: str | None, stance_model: str | None,
    no_stance: bool, max_mb: float, encoding: str | None, quiet: bool, resume: bool, partition_size: int,
) -> None:  # fmt: skip
    """--engine dask: the files are processed on the cluster and written as a Parquet dataset in `output`."""
    from .cluster import extract_to_dataset

    if not scheduler:
        _err("error: --engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786; `dask scheduler` prints it)")
        raise typer.Exit(2)
    if output == "-":
        _err("error: --engine dask writes a Parquet dataset: give -o FOLDER")
        raise typer.Exit(2)
    counts = extract_to_dataset(
        inputs, output, scheduler=scheduler, model=model, stance_model=False if no_stance else stance_model,
        max_bytes=int(max_mb * 2**20), encoding=encoding, resume=resume, partition_size=partition_size,
    )  # fmt: skip
    if not quiet:
        _err(counts.summary())
    if counts.documents == 0:
        raise typer.Exit(1)


@app.command()
def text(
    path: Annotated[str, typer.Argument(help="A .txt or .html file, or '-'.")],
    encoding: Annotated[str | None, typer.Option("--encoding")] = None,
) -> None:
    """Print the decoded text that the turn table's offsets refer to."""
    from .errors import RatsnlpError
    from .read import read_source

    try:
        src = read_source(path, encoding=encoding)
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(1) from None
    sys.stdout.buffer.write(src.text.encode("utf-8"))


@app.command()
def evaluate(
    gold_dir: Annotated[str, typer.Argument(help="Directory of NAME.txt + NAME.gold.json pairs.")],
    model: Annotated[str | None, typer.Option("--model")] = None,
    stance_model: Annotated[str | None, typer.Option("--stance-model")] = None,
    no_stance: Annotated[bool, typer.Option("--no-stance", help="Score without the stance classifier.")] = False,
    docs: Annotated[str, typer.Option("--docs", help="Glob of documents to score.")] = "*.txt",
    split: Annotated[str | None, typer.Option("--split", help="Score only this split of the folder's splits.json (train, dev, test, unseen).")] = None,
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also print a line per document.")] = False,
) -> None:
    """Score the pipeline against gold annotations and print the metrics."""
    from .errors import RatsnlpError
    from .evaluate import evaluate_dir
    from .pipeline import load

    try:
        nlp = load(model, stance_model=False if no_stance else stance_model)
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(2) from None
    try:
        report = evaluate_dir(Path(gold_dir), nlp=nlp, pattern=docs, split=split)
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(2) from None
    typer.echo(report.format(per_doc=per_doc))


@app.command()
def train(
    data: Annotated[str, typer.Option("--data", help="Annotated corpus directory.")] = "data/annotated",
    out: Annotated[str, typer.Option("--out", help="Directory for stance.npz and its model card.")] = "models",
    seed: Annotated[int, typer.Option("--seed")] = 13,
    final: Annotated[bool, typer.Option("--final/--train-split-only", help="Refit on all annotated turns after measuring.")] = True,
    families: Annotated[bool, typer.Option("--families", help="Also score leave-one-family-out (one fit per family).")] = False,
) -> None:
    """Train the stance classifier: fit on the train split, report dev/test/unseen metrics and baselines, refit on all."""
    from .classify.train import family_report, format_families, format_metrics, train_from_corpus

    model, metrics = train_from_corpus(Path(data), seed=seed, final=final)
    if families:
        model.card["leave_one_family_out"] = family_report(Path(data), seed=seed)
    path = model.save(Path(out))
    typer.echo(format_metrics(metrics))
    typer.echo(format_families(model.card["held_out_by_family"], "held-out splits by family (train-split fit):"))
    if families:
        typer.echo(format_families(model.card["leave_one_family_out"], "leave one family out:"))
    typer.echo(f"wrote {path} and its model card ({model.card['train_turns']} training turns)")


corpus_app = typer.Typer(help="The annotated corpus: splits, stored form, validation, agreement.")
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("split")
def corpus_split(
    data: Annotated[str, typer.Option("--data")] = "data/annotated",
    unseen: Annotated[str, typer.Option("--unseen", help="Families held out as the unseen-style test (letters).")] = "hq",
) -> None:
    """Write splits.json (fixed by document; whole families held out as the unseen-style test)."""
    import json
    from collections import Counter

    from .corpus import make_splits

    d = Path(data)
    names = [p.stem for p in sorted(d.glob("*.txt")) if p.with_suffix(".gold.json").exists()]
    splits = make_splits(names, tuple(unseen))
    (d / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    typer.echo(dict(Counter(splits["docs"].values())))


@corpus_app.command("build")
def corpus_build(
    data: Annotated[str, typer.Option("--data")] = "data/annotated",
    out: Annotated[str, typer.Option("--out")] = "data/annotated/corpus.jsonl",
) -> None:
    """Convert the authoring pairs to the stored form (JSONL with character offsets and the split)."""
    from .corpus import write_corpus

    lines = write_corpus(Path(data), Path(out))
    typer.echo(f"{len(lines)} documents -> {out}")


@corpus_app.command("check")
def corpus_check(data: Annotated[str, typer.Option("--data")] = "data/annotated") -> None:
    """Validate every document: first_words found in order, labels in their sets, no empty turns, in a split."""
    from .corpus import load_docs, read_splits
    from .errors import RatsnlpError

    try:
        docs = load_docs(Path(data))
        splits = read_splits(Path(data))
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(1) from None
    missing = [d["name"] for d in docs if d["name"] not in splits]
    if missing:
        _err(f"error: not in splits.json: {missing[:10]} (run `ratsnlp corpus split`)")
        raise typer.Exit(1)
    typer.echo(f"ok: {len(docs)} documents, {sum(len(d['turns']) for d in docs)} turns")


@corpus_app.command("agreement")
def corpus_agreement(
    data: Annotated[str, typer.Option("--data")] = "data/annotated",
    second: Annotated[str, typer.Option("--second")] = "data/annotated/second_pass",
) -> None:
    """Agreement of the independent second annotation pass with the first (Cohen's kappa per field)."""
    from .corpus import agreement

    for k, v in agreement(Path(data), Path(second)).items():
        typer.echo(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
