"""The `ratsnlp` command: thin wrappers around library functions. Only this module prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="German council minutes -> speaker turns, roles, decisions.")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def extract(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files (.txt, .html), directories (recursive) or '-' for stdin.")] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="Turn table path, '-' for stdout.")] = "-",
    decisions: Annotated[str | None, typer.Option("--decisions", help="Also write the decisions table here.")] = None,
    motions: Annotated[str | None, typer.Option("--motions", help="Also write the motions table here.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="csv, jsonl or parquet (default: from the suffix).")] = None,
    errors: Annotated[str | None, typer.Option("--errors", help="Error ledger CSV (default: beside the output).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", help="Worker processes (0 = all cores); used from 33 documents on.")] = 0,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for German spreadsheets: BOM, ';', decimal comma, formulas escaped.")] = False,
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
    """Extract the turn table (and decisions) from minutes: files, or an OParl API (--oparl URL)."""
    from .batch import default_jobs, ledger_path_for, write_ledger
    from .batch import extract as run
    from .batch import run as run_items
    from .errors import RatsnlpError
    from .pipeline import load
    from .table import check_outputs, write_table

    if bool(inputs) == bool(oparl):
        _err("error: give input files or --oparl URL (one of the two)")
        raise typer.Exit(2)
    try:
        ledger_out = errors or ledger_path_for(output)
        check_outputs([output, decisions, motions, ledger_out if output != "-" or errors else None], list(inputs or []))
        if oparl:
            from .read.oparl import iter_oparl

            items = iter_oparl(
                oparl, body=body, since=since, until=until, cache_dir=cache, concurrency=concurrency, delay=delay,
                retries=retries, timeout=timeout, max_bytes=int(max_mb * 2**20),
            )  # fmt: skip
        nlp = load(model, stance_model=False if no_stance else stance_model)
        if oparl:
            result = run_items(items, nlp=nlp, on_message=_err, jobs=jobs or default_jobs())
        else:
            result = run(inputs, nlp=nlp, max_bytes=int(max_mb * 2**20), encoding=encoding, on_message=_err, jobs=jobs or default_jobs())
        write_table(result.turns, output, fmt, excel=excel)
        for table, path in ((result.decisions, decisions), (result.motions, motions)):
            if path:
                known = Path(path).suffix.lower() in (".csv", ".jsonl", ".json", ".parquet")
                write_table(table, path, None if known else fmt, excel=excel)
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(2) from None
    ledger = errors or ledger_path_for(output)
    if result.ledger or errors or output != "-":
        write_ledger(result.ledger, ledger)
    _err(result.summary())
    if result.documents == 0 or (strict and (result.failed or result.no_turns)):
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
