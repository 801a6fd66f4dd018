"""Coded errors. Each message says what to do next."""

from __future__ import annotations


class Errors:
    E001 = "[E001] Resource file {path} line {line}: {problem}. Fix the file (it ships with ratsnlp) or reinstall."
    E002 = (
        "[E002] Could not load the spaCy pipeline {model!r}: {reason}. Install it (e.g. `pip install "
        "de_core_news_md` from a wheel) or pass a path to a saved pipeline; `ratsnlp.load()` without a model "
        "runs on spacy.blank('de')."
    )
    E003 = "[E003] {path}: the file is empty."
    E004 = "[E004] {path}: this looks like a binary file ({detail}), not minutes. Convert it to text, HTML or PDF first."
    E005 = (
        "[E005] {path}: the text could not be decoded ({detail}). Save it as UTF-8 or pass --encoding."
    )
    E006 = (
        "[E006] {path}: the file has {size:.1f} MB, more than the limit of {limit:.1f} MB. Split it, or raise "
        "the limit with --max-mb / read_source(max_bytes=...)."
    )
    E007 = "[E007] {path}: no such file or directory."
    E008 = "[E008] {path}: unsupported file type {suffix!r}. ratsnlp reads .txt, .text, .html, .htm and .pdf."
    E009 = "[E009] {path}: the HTML page has no visible text."
    E010 = "[E010] Unknown output format {fmt!r}. Use one of: csv, jsonl, parquet."
    E011 = "[E011] {path}: no gold file {gold} beside it. Gold files use the format of data/annotated/README.md."
    E012 = "[E012] {path}: the text has {n:,} characters, more than the pipeline's limit of {limit:,}."
    E014 = (
        "[E014] {path}: the text has a run of {n:,} characters without a space at offset {pos:,}; that is not "
        "minutes (and would make tokenising very slow). Check the file's format."
    )
    E021 = (
        "[E021] No stance model at {path}. Train one with `ratsnlp train` (writes models/stance.npz), pass "
        "ratsnlp.load(stance_model=PATH) / --stance-model PATH, or load(stance_model=False) to run without stances."
    )
    E022 = (
        "[E022] Refusing the stance model {path}: {reason}. Retrain it with `ratsnlp train` from data/annotated, "
        "or pass the path of a model you trust."
    )
    E013 = "[E013] Gold file {path}: {problem}."
    E015 = (
        "[E015] {path}: the HTML page is beyond the parser's limits even with its nesting flattened ({detail}). "
        "Save the page's text (e.g. from the browser) as a .txt file and read that."
    )
    E040 = "[E040] The output {out} is one of the inputs; nothing was written. Choose another output path."
    E042 = "[E042] --resume needs an output file: the unfinished run is kept beside it. Give -o PATH."
    E043 = (
        "[E043] The unfinished run in {folder} was started with other inputs or options, so it cannot be resumed "
        "by this command. Run the same command as before with --resume, or run without --resume to start over."
    )
    E044 = "[E044] The Dask engine needs Dask: pip install \"ratsnlp[dask]\" (on the client and on every worker)."
    E045 = "[E045] The Dask engine reads files that the workers can open; it cannot read stdin ('-')."
    E046 = (
        "[E046] The Dask engine writes a Parquet dataset into {out}, which exists and is not an empty folder. "
        "Choose a new folder, remove the old results first, or add --resume to finish an interrupted run there."
    )
    E047 = (
        "[E047] {out} holds no interrupted Dask run to resume (no {manifest}). Run without --resume into a new "
        "or empty folder."
    )
    E041 = (
        "[E041] Cannot write {out}: the folder {folder} {problem}. Create it or choose another output path; "
        "nothing was processed."
    )


class Warnings:
    """Coded warnings: the document was read, but not exactly as it is stored. The ledger records them."""

    W001 = (
        "[W001] {path}: removed {n:,} control character(s) (NUL and the other C0 codes but tab, line feed, "
        "carriage return and form feed), as left by some PDF-to-text tools; offsets refer to the text without "
        "them, which `ratsnlp text` prints. Nothing to do unless the file should not contain them."
    )


class RatsnlpError(ValueError):
    """An error about one document or one resource; batch runs record it and go on."""


class SourceError(RatsnlpError):
    """A document that could not be read."""
