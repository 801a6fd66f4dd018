"""Batch runs that are killed and resumed, stream their outputs, and report progress (issue 10)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT

ANNOTATED = ROOT / "data" / "annotated"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ratsnlp.cli", *args]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """70 invented minutes (three chunks of 32) plus one unreadable file, so the ledger takes part too."""
    d = tmp_path_factory.mktemp("corpus")
    for txt in sorted(ANNOTATED.glob("*.txt"))[:70]:
        shutil.copy(txt, d / txt.name)
    (d / "zz-broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    return d


def tables(out: Path) -> dict[str, str]:
    return {name: (out / name).read_text(encoding="utf-8") for name in ("t.csv", "d.csv", "m.jsonl", "t.errors.csv")}


def extract_args(corpus: Path, out: Path, *extra: str) -> list[str]:
    return cli(
        "extract", str(corpus), "-o", str(out / "t.csv"), "--decisions", str(out / "d.csv"),
        "--motions", str(out / "m.jsonl"), "--no-stance", "--jobs", "1", *extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("whole")
    r = subprocess.run(extract_args(corpus, out), capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    return tables(out)


def test_a_run_killed_with_sigkill_resumes_to_the_same_tables(corpus, uninterrupted, tmp_path):
    work = tmp_path / ".t.csv.ratsnlp-run"
    proc = subprocess.Popen(extract_args(corpus, tmp_path), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not list(work.glob("part-*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)  # after the first chunk, in the middle of the second
    proc.wait()
    assert list(work.glob("part-*.json")), "the run finished before it could be killed"
    assert not (tmp_path / "t.csv").exists()  # no partial table under the final name
    r = subprocess.run(extract_args(corpus, tmp_path, "--resume"), capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    assert b"resuming: 32 inputs" in r.stderr and b"documents=70" in r.stderr and b"failed=1" in r.stderr
    assert tables(tmp_path) == uninterrupted  # no duplicate, no missing row, same order
    assert not work.exists()


def test_an_interrupted_assembly_is_redone_from_the_parts(corpus, uninterrupted, tmp_path):
    """Killed while writing the final tables: the temporaries are swept away and the tables written again."""
    from ratsnlp.batch import iter_outcomes, read_inputs
    from ratsnlp.pipeline import load
    from ratsnlp.sink import RunSink, targets_for

    def sink(resume: bool) -> RunSink:
        targets = targets_for(str(tmp_path / "t.csv"), None, str(tmp_path / "d.csv"), str(tmp_path / "m.jsonl"))
        return RunSink(targets, str(tmp_path / "t.errors.csv"), resume=resume, settings={"run": 1})

    first = sink(resume=False)
    for outcomes in iter_outcomes(read_inputs([str(corpus)]), load(stance_model=False)):
        first.add(outcomes)
    (tmp_path / ".t.csv.abc123.part").write_text("half a table", encoding="utf-8")  # what a kill leaves behind
    again = sink(resume=True)
    assert len(again.done) == 71 and not (tmp_path / ".t.csv.abc123.part").exists()
    again.finish()
    assert tables(tmp_path) == uninterrupted


def test_resume_refuses_a_different_command_and_a_new_run_starts_over(corpus, tmp_path):
    from ratsnlp.errors import RatsnlpError
    from ratsnlp.sink import RunSink, Target

    targets = [Target("turns", str(tmp_path / "t.csv"), "csv")]
    old = RunSink(targets, None, settings={"inputs": ["a"]})
    (old.work_dir / "part-00000000.json").write_text('{"sources": ["x"]}', encoding="utf-8")
    with pytest.raises(RatsnlpError, match="E043"):
        RunSink(targets, None, resume=True, settings={"inputs": ["b"]})
    fresh = RunSink(targets, None, resume=False, settings={"inputs": ["b"]})
    assert fresh.done == set() and not list(fresh.work_dir.glob("part-*"))
    with pytest.raises(RatsnlpError, match="E042"):
        RunSink([Target("turns", "-", "csv")], None, resume=True)


def test_parquet_is_written_in_row_groups_with_stable_types(corpus, monkeypatch, tmp_path):
    import pyarrow.parquet as pq

    from ratsnlp import sink
    from ratsnlp.table import TURN_COLUMNS, frame

    rows = frame([], TURN_COLUMNS).to_dict(orient="records")
    chunks = [[{**dict.fromkeys(TURN_COLUMNS), "doc_id": f"d{i}", "turn_id": j} for j in range(5)] for i in range(6)]
    monkeypatch.setattr(sink, "PARQUET_ROW_GROUP", 8)
    sink.write_stream(iter([rows, *chunks]), TURN_COLUMNS, str(tmp_path / "t.parquet"), "parquet")
    f = pq.ParquetFile(tmp_path / "t.parquet")
    assert f.metadata.num_rows == 30 and f.metadata.num_row_groups == 3
    df = pd.read_parquet(tmp_path / "t.parquet")
    assert str(df["turn_id"].dtype) == "Int64" and str(df["p_request"].dtype) == "float64"


def test_progress_lines_when_not_on_a_terminal_and_silence_when_quiet(corpus, tmp_path):
    r = subprocess.run(extract_args(corpus, tmp_path, "--log-every", "0"), capture_output=True, timeout=600)
    lines = [ln for ln in r.stderr.decode().splitlines() if ln.startswith("progress:")]
    assert r.returncode == 0 and len(lines) == 3  # one per chunk of 32 documents
    assert lines[-1].startswith("progress: 71/71 documents,") and "1 failed" in lines[-1] and "ETA" in lines[-1]
    q = subprocess.run(extract_args(corpus, tmp_path, "-q"), capture_output=True, timeout=600)
    assert q.returncode == 0 and q.stderr == b""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are forked")
def test_a_killed_parallel_run_resumes_too(corpus, uninterrupted, tmp_path):
    args = [a if a != "1" else "2" for a in extract_args(corpus, tmp_path)]  # --jobs 2
    work = tmp_path / ".t.csv.ratsnlp-run"
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while not list(work.glob("part-*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    # the run may finish between two looks for a part file: resuming a finished run must change nothing either
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers
    proc.wait()
    r = subprocess.run([*args, "--resume"], capture_output=True, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    assert tables(tmp_path) == uninterrupted


def test_a_progress_bar_on_a_terminal(corpus, tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a 120-column terminal
    proc = subprocess.Popen(extract_args(corpus, tmp_path), stderr=follower, stdout=subprocess.DEVNULL)
    os.close(follower)
    shown = b""
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the terminal closed: the run is over
            break
        if not data:
            break
        shown += data
    assert proc.wait(timeout=600) == 0
    screen = shown.decode("utf-8", "replace")
    assert "71/71" in screen and "doc/s" in screen and "turns=" in screen and "failed=1" in screen
    assert "progress:" not in screen  # the bar, not the log lines


def test_part_files_are_read_table_by_table_and_one_line_parts_still_resume(tmp_path):
    """A part holds one JSON line per table; a part of one line (as written by earlier releases) reads the same."""
    import json

    from ratsnlp.sink import Outcome, RunSink, _read_part, targets_for

    row = {"doc_id": "d", "text": "Zeile eins\nZeile zwei"}  # a line break inside a value stays escaped
    outcome = Outcome(True, "a.txt", turns=[row], decisions=[], motions=[{"motion_id": "m1"}], ledger=[])
    sink = RunSink(targets_for(str(tmp_path / "t.csv"), None, None, None), None)
    sink.add([outcome])
    part = sink.work_dir / "part-00000000.json"
    assert _read_part(part, "sources")["sources"] == ["a.txt"] and _read_part(part, "sizes")["sizes"] == {"turns": [1]}
    text = _read_part(part, "turns.csv")["turns.csv"]  # the turn table's CSV lines of this part, made once
    assert text.startswith("d,") and '"Zeile eins\nZeile zwei"' in text
    assert _read_part(part, "motions") == {"motions": [[{"motion_id": "m1"}]]}  # no target: the rows are kept
    whole = _read_part(part)
    old = tmp_path / "part-00000001.json"
    old.write_text(json.dumps(whole, ensure_ascii=False), encoding="utf-8")
    assert _read_part(old) == whole and _read_part(old, "motions")["motions"] == [[{"motion_id": "m1"}]]
    sink.close()


def test_parts_holding_table_text_resume_with_their_counts_and_write_the_same_tables(tmp_path):
    """A part stores a CSV/JSONL table as its final text; resuming counts its rows from the sizes and the
    finished tables equal those written from rows (the --excel run keeps rows)."""
    from ratsnlp.sink import Outcome, RunSink, targets_for

    rows = [{"doc_id": "d", "source": "a.txt", "turn_id": 1, "text": 'er sagt: "ja", dann\nnein', "p_request": 0.25}]
    chunks = [[Outcome(True, "e.txt")], [Outcome(True, "a.txt", turns=rows, decisions=[], motions=[])]]
    written = {}
    for suffix, excel in (("csv", False), ("jsonl", False), ("csv", True)):
        out = tmp_path / f"t{len(written)}.{suffix}"
        settings = {"run": suffix, "excel": excel}
        sink = RunSink(targets_for(str(out), None, None, None), None, excel=excel, settings=settings)
        for c in chunks:
            sink.add(c)
        resumed = RunSink(targets_for(str(out), None, None, None), None, excel=excel, resume=True, settings=settings)
        assert resumed.counts.turns == 1 and resumed.done == {"e.txt", "a.txt"}
        resumed.finish()
        written[(suffix, excel)] = out.read_bytes()
    assert written[("csv", False)].splitlines()[0].startswith(b"doc_id,source,")
    assert b'"er sagt: ""ja"", dann\nnein"' in written[("csv", False)] and b"0.25" in written[("csv", False)]
    assert written[("jsonl", False)].count(b"\n") == 1 and b'"p_request": 0.25' in written[("jsonl", False)]
    assert written[("csv", True)].startswith("\ufeff".encode()) and b"0,25" in written[("csv", True)]
