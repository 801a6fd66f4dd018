"""Docs -> the turn table and the decisions table (pandas), and writing them as CSV/JSONL/Parquet."""

from __future__ import annotations

import bisect
import csv
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc

from . import extensions as ext
from .errors import Errors, RatsnlpError

if TYPE_CHECKING:  # imported where a frame is built: a run that writes plain CSV/JSONL never needs pandas
    import pandas as pd

TURN_COLUMNS = (
    "doc_id", "source", "item_number", "item_title", "meeting_date", "body", "turn_id", "speaker_id",
    "speaker", "title", "role", "party", "start", "end", "text",
    "stance", "stances", "p_request", "p_concern", "p_support", "p_explanation", "motion_id", "motion_relation",
)  # fmt: skip
DECISION_COLUMNS = (
    "doc_id", "source", "decision_id", "item_number", "outcome", "unanimous", "yes", "no", "abstain",
    "for_groups", "against_groups", "abstain_groups", "motion_id", "start", "end", "text", "status_text",
)  # fmt: skip
MOTION_COLUMNS = (
    "doc_id", "source", "motion_id", "item_number", "kind", "mover", "mover_speaker_id", "mover_party",
    "start", "end", "text", "outcome", "yes", "no", "abstain", "decision_id",
)  # fmt: skip
FORMATS = ("csv", "jsonl", "parquet")
_DTYPES = {"turn_id": "Int64", "start": "Int64", "end": "Int64", "yes": "Int64", "no": "Int64", "abstain": "Int64", "unanimous": "boolean"}


class _Context:
    """What every row of a document shares: its id, source, agenda items and text, read once per document."""

    def __init__(self, doc: Doc) -> None:
        self.doc_id, self.source, item_number, item_title = ext.doc_values(doc, ("doc_id", "source", "item_number", "item_title"))
        self.text = ext.text_of(doc, keep=False)  # what ext.span_text slices, read once
        items = sorted(ext.group_values(doc, ext.SPAN_GROUPS["items"], ("item_number", "item_title")), key=lambda r: r[0])
        self._starts = [r[0] for r in items]
        self._items = [(r[2], r[3]) for r in items]
        self._default = (item_number, item_title)

    def item_at(self, pos: int) -> tuple[str | None, str | None]:
        """(item_number, item_title) of the agenda item that holds pos, else the document's own."""
        k = bisect.bisect_right(self._starts, pos) - 1
        return self._items[k] if k >= 0 else self._default


_TURN_ATTRS = (
    "turn_id", "speaker_id", "speaker", "title", "role", "party", "stance", "stances",
    "p_request", "p_concern", "p_support", "p_explanation", "motion_id", "motion_relation",
)  # fmt: skip


def turn_rows(doc: Doc) -> list[dict]:
    rows = []
    ctx = _Context(doc)
    doc_id, source, text = ctx.doc_id, ctx.source, ctx.text
    meeting_date, body = ext.doc_values(doc, ("meeting_date", "body"))
    for start, end, *values in ext.group_values(doc, ext.SPAN_GROUPS["turns"], _TURN_ATTRS):  # no Span built
        turn_id, speaker_id, speaker, title, role, party, stance, stances, p_req, p_con, p_sup, p_exp, motion_id, relation = values
        number, item_title = ctx.item_at(start)
        rows.append(
            {
                "doc_id": doc_id, "source": source, "item_number": number, "item_title": item_title,
                "meeting_date": meeting_date, "body": body, "turn_id": turn_id,
                "speaker_id": speaker_id, "speaker": speaker, "title": title, "role": role or "unknown",
                "party": party, "start": start, "end": end, "text": text[start:end],
                "stance": stance, "stances": "|".join(stances) if stances else None,
                "p_request": p_req, "p_concern": p_con, "p_support": p_sup,
                "p_explanation": p_exp, "motion_id": motion_id, "motion_relation": relation,
            }
        )  # fmt: skip
    return rows


_DECISION_ATTRS = (
    "decision_id", "outcome", "unanimous", "yes", "no", "abstain", "for_groups", "against_groups", "abstain_groups",
    "motion_id", "status_text",
)  # fmt: skip


def decision_rows(doc: Doc) -> list[dict]:
    """One row per decision of the body (status line, resolution and vote merged into one record)."""
    rows = []
    ctx = _Context(doc)
    doc_id, source, text = ctx.doc_id, ctx.source, ctx.text
    for start, end, *values in ext.group_values(doc, ext.SPAN_GROUPS["decisions"], _DECISION_ATTRS):
        decision_id, outcome, unanimous, yes, no, abstain, for_g, against_g, abstain_g, motion_id, status = values
        rows.append(
            {
                "doc_id": doc_id, "source": source, "decision_id": decision_id,
                "item_number": ctx.item_at(start)[0],
                "outcome": outcome, "unanimous": unanimous, "yes": yes, "no": no, "abstain": abstain,
                "for_groups": for_g, "against_groups": against_g, "abstain_groups": abstain_g,
                "motion_id": motion_id, "start": start, "end": end, "text": text[start:end],
                "status_text": status,
            }
        )  # fmt: skip
    return rows


_MOTION_ATTRS = (
    "motion_id", "motion_kind", "mover", "mover_speaker_id", "mover_party", "outcome", "yes", "no", "abstain",
    "decision_id",
)  # fmt: skip


def motion_rows(doc: Doc) -> list[dict]:
    """One row per motion moved in the document, with the decision that settled it."""
    rows = []
    ctx = _Context(doc)
    doc_id, source, text = ctx.doc_id, ctx.source, ctx.text
    for start, end, *values in ext.group_values(doc, ext.SPAN_GROUPS["motions"], _MOTION_ATTRS):
        motion_id, kind, mover, mover_speaker_id, mover_party, outcome, yes, no, abstain, decision_id = values
        rows.append(
            {
                "doc_id": doc_id, "source": source, "motion_id": motion_id,
                "item_number": ctx.item_at(start)[0],
                "kind": kind, "mover": mover, "mover_speaker_id": mover_speaker_id,
                "mover_party": mover_party, "start": start, "end": end, "text": text[start:end],
                "outcome": outcome, "yes": yes, "no": no, "abstain": abstain, "decision_id": decision_id,
            }
        )  # fmt: skip
    return rows


def frame(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
    """The rows as a DataFrame of `columns`, typed (Int64 offsets and counts, boolean unanimity).

    Built column by column, which pandas converts about four times faster than a list of dicts (each column's
    strings go to Arrow in one piece) and types the same; rows missing a column, and no rows at all, take
    pandas' own list-of-dicts path, whose missing-value and empty-column types are the reference."""
    import pandas as pd

    try:
        data = {c: [r[c] for r in rows] for c in columns} if rows else None
    except KeyError:
        data = None
    df = pd.DataFrame(rows if data is None else data, columns=list(columns))
    for col, dtype in _DTYPES.items():
        if col in df.columns:
            df[col] = df[col].astype(dtype)
    return df


_NONE = type(None)
_INT_LIMIT = 2**53  # ints and None make a float64 column before the Int64 cast: exact up to here


def _plain_columns(rows: list[dict], columns: tuple[str, ...]) -> list[tuple[str, list]] | None:
    """Each column's values and how `frame` would type it ("str", "float", "Int64", "boolean"), when every value is
    of the one plain kind that typing reads back unchanged; None when any is not (another type, a missing key, a
    mixed column, an int too large for the float64 detour): then only pandas itself says what the table holds."""
    out = []
    try:
        values = [[r[c] for r in rows] for c in columns]
    except KeyError:
        return None
    for col, vals in zip(columns, values):
        types = set(map(type, vals))
        types.discard(_NONE)
        target = _DTYPES.get(col)
        if target == "Int64":
            if not types <= {int} or (types and max(map(abs, filter(None, vals)), default=0) > _INT_LIMIT):
                return None
            kind = "Int64"
        elif target == "boolean":
            if not types <= {bool}:
                return None
            kind = "boolean"
        elif target is None and types == {float}:
            kind = "float"
        elif target is None and types <= {str}:
            kind = "str"
        else:
            return None
        out.append((kind, vals))
    return out


def _csv_cells(kind: str, vals: list) -> list:
    """The cells pandas' to_csv writes for a column of that kind: floats as numpy's str of them, a missing one
    empty; other values as they are, which the csv module writes as str() does (None as an empty cell)."""
    if kind != "float":
        return vals
    arr = np.array([np.nan if v is None else v for v in vals], dtype=np.float64)
    cells = arr.astype(str).astype(object)
    cells[np.isnan(arr)] = ""
    return cells.tolist()


def csv_text(rows: list[dict], columns: tuple[str, ...], *, header: bool) -> str:
    """frame(rows, columns).to_csv(index=False, header=header), the same text, written by the csv module directly
    when every column is plain (see _plain_columns): pandas' frame and formatter cost more than the rows' text."""
    cols = _plain_columns(rows, columns)
    if cols is None:
        return frame(rows, columns).to_csv(index=False, header=header)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=os.linesep, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, doublequote=True)
    if header:
        w.writerow(columns)
    w.writerows(zip(*(_csv_cells(kind, vals) for kind, vals in cols)))
    return buf.getvalue()


def jsonl_text(rows: list[dict], columns: tuple[str, ...]) -> str:
    """The JSON lines of frame(rows, columns) (plain_record of each record), without the frame when every column is
    plain: then a record is the row's values themselves, a missing float (NaN) as null."""
    cols = _plain_columns(rows, columns)
    if cols is None:
        df = frame(rows, columns)
        return "".join(json.dumps(plain_record(r), ensure_ascii=False) + "\n" for r in df.to_dict(orient="records"))
    values = [[None if v != v else v for v in vals] if kind == "float" else vals for kind, vals in cols]
    return "".join(json.dumps(dict(zip(columns, rec)), ensure_ascii=False) + "\n" for rec in zip(*values))


def turn_table(docs: Iterable[Doc]) -> pd.DataFrame:
    """One row per turn: the columns of TURN_COLUMNS, offsets into each doc's text."""
    return frame([r for doc in docs for r in turn_rows(doc)], TURN_COLUMNS)


def decision_table(docs: Iterable[Doc]) -> pd.DataFrame:
    """One row per decision: the columns of DECISION_COLUMNS."""
    return frame([r for doc in docs for r in decision_rows(doc)], DECISION_COLUMNS)


def motion_table(docs: Iterable[Doc]) -> pd.DataFrame:
    """One row per motion: the columns of MOTION_COLUMNS."""
    return frame([r for doc in docs for r in motion_rows(doc)], MOTION_COLUMNS)


def arrow_schema(columns: tuple[str, ...]):  # noqa: ANN201 - pyarrow is imported lazily
    """The Parquet schema of a table: fixed, so that every row group (and every Dask partition) agrees even
    when a chunk has only empty values in a column."""
    import pyarrow as pa

    kinds = {"Int64": pa.int64(), "boolean": pa.bool_()}
    return pa.schema(
        [(c, kinds.get(_DTYPES.get(c, ""), pa.float64() if c.startswith("p_") else pa.string())) for c in columns]
    )


def arrow_table(df: pd.DataFrame, columns: tuple[str, ...]):  # noqa: ANN201
    """`df` as an Arrow table with the fixed schema, keeping pandas' metadata so that reading it back gives the
    same dtypes (Int64, boolean) as the in-memory table."""
    import pyarrow as pa

    typed = df.astype({c: "float64" for c in columns if c.startswith("p_")})
    table = pa.Table.from_pandas(typed, preserve_index=False)
    schema = arrow_schema(columns)
    return table.cast(schema.with_metadata(table.schema.metadata))


def format_for(path: str, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise RatsnlpError(Errors.E010.format(fmt=fmt))
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"csv": "csv", "jsonl": "jsonl", "json": "jsonl", "ndjson": "jsonl", "parquet": "parquet", "pq": "parquet"}.get(suffix, "csv")


def check_outputs(outputs: list[str | None], inputs: list[str]) -> None:
    """Refuse, before any work, outputs that are inputs or that cannot be written (E040, E041)."""
    import os

    targets = [Path(o).resolve() for o in outputs if o and o != "-"]
    for t in targets:
        if t.exists() and not t.is_file():
            continue  # /dev/null or a pipe: nothing to protect, nothing to create
        if _is_input(t, inputs):
            raise RatsnlpError(Errors.E040.format(out=t))
        folder = t.parent
        if not folder.is_dir():
            raise RatsnlpError(Errors.E041.format(out=t, folder=folder, problem="does not exist"))
        if not os.access(folder, os.W_OK):
            raise RatsnlpError(Errors.E041.format(out=t, folder=folder, problem="is not writable"))


def _is_input(target: Path, inputs: list[str]) -> bool:
    """Whether `target` is one of the files read for `inputs`, decided without walking input directories
    (the same rule as read.iter_paths: a named file, or a readable, non-hidden file below a named folder)."""
    from .read.sources import SUFFIXES

    for item in inputs:
        if item == "-":
            continue
        p = Path(item).resolve()
        if target == p:
            return True
        if p.is_dir() and p in target.parents and target.is_file():
            if target.suffix.lower() in SUFFIXES and not target.name.startswith("."):
                return True
    return False


def atomic_write(path: str, write) -> None:  # noqa: ANN001 - write(tmp_path)
    """Write to a temporary file beside `path`, then rename: a partial output never has the final name."""
    import os
    import tempfile

    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/null, a FIFO: write through, never replace the node
        write(str(target))
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; the table gets the user's usual permissions
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+49 ...", "-1 Stimme")
    get a leading apostrophe, as OWASP recommends against CSV injection; numbers are left as numbers."""
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def write_table(df: pd.DataFrame, path: str, fmt: str | None = None, *, excel: bool = False) -> None:
    """Write `df` to `path` ('-' = stdout) as csv, jsonl or parquet (from the suffix unless `fmt`).

    excel=True writes CSV for German spreadsheets: UTF-8 with BOM, ";" between cells, decimal comma, and
    formula-like text escaped; plain CSV stays exact.
    """
    fmt = format_for(path, fmt)
    if fmt == "parquet":
        if path == "-":
            _to_parquet(df, sys.stdout.buffer)
        else:
            atomic_write(path, lambda tmp: _to_parquet(df, tmp))
        return
    if fmt == "csv" and excel:
        data = "\ufeff" + excel_safe(df).to_csv(index=False, sep=";", decimal=",")
    elif fmt == "csv":
        data = df.to_csv(index=False)
    else:
        lines = (json.dumps(plain_record(rec), ensure_ascii=False) for rec in df.to_dict(orient="records"))
        data = "".join(line + "\n" for line in lines)
    if path == "-":
        sys.stdout.write(data)
        sys.stdout.flush()
    else:
        atomic_write(path, lambda tmp: Path(tmp).write_text(data, encoding="utf-8"))


def _to_parquet(df: pd.DataFrame, out) -> None:  # noqa: ANN001 - a path or a binary file
    """ratsnlp's tables with their fixed schema (see arrow_table); any other frame as pandas writes it."""
    import pyarrow.parquet as pq

    for columns in (TURN_COLUMNS, DECISION_COLUMNS, MOTION_COLUMNS):
        if tuple(df.columns) == columns:
            pq.write_table(arrow_table(df, columns), out)
            return
    df.to_parquet(out, index=False)


def plain_record(rec: dict) -> dict:
    import pandas as pd

    out = {}
    for k, v in rec.items():
        if v is pd.NA or v is None or (isinstance(v, float) and v != v):
            out[k] = None
        else:
            out[k] = v.item() if hasattr(v, "item") else v
    return out
