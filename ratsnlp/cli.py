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
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .html), directories (recursive) or '-' for stdin.")],
    output: Annotated[str, typer.Option("-o", "--output", help="Turn table path, '-' for stdout.")] = "-",
    decisions: Annotated[str | None, typer.Option("--decisions", help="Also write the decisions table here.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="csv, jsonl or parquet (default: from the suffix).")] = None,
    errors: Annotated[str | None, typer.Option("--errors", help="Error ledger CSV (default: beside the output).")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name or path to build on.")] = None,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Skip files larger than this (MB).")] = 20.0,
    encoding: Annotated[str | None, typer.Option("--encoding", help="Force a text encoding.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any document failed or had no turns.")] = False,
) -> None:
    """Extract the turn table (and decisions) from minutes."""
    from .batch import extract as run
    from .batch import ledger_path_for, write_ledger
    from .errors import RatsnlpError
    from .pipeline import load
    from .table import write_table

    try:
        nlp = load(model)
        result = run(inputs, nlp=nlp, max_bytes=int(max_mb * 2**20), encoding=encoding, on_message=_err)
        write_table(result.turns, output, fmt)
        if decisions:
            known = Path(decisions).suffix.lower() in (".csv", ".jsonl", ".json", ".parquet")
            write_table(result.decisions, decisions, None if known else fmt)
    except RatsnlpError as err:
        _err(f"error: {err}")
        raise typer.Exit(2) from None
    ledger = errors or ledger_path_for(output)
    if result.ledger or errors or output != "-":
        write_ledger(result.ledger, ledger)
    _err(result.summary())
    if result.documents == 0 or (strict and result.ledger):
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
    docs: Annotated[str, typer.Option("--docs", help="Glob of documents to score.")] = "*.txt",
    per_doc: Annotated[bool, typer.Option("--per-doc", help="Also print a line per document.")] = False,
) -> None:
    """Score the pipeline against gold annotations and print the metrics."""
    from .evaluate import evaluate_dir
    from .pipeline import load

    report = evaluate_dir(Path(gold_dir), nlp=load(model), pattern=docs)
    typer.echo(report.format(per_doc=per_doc))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
