"""The Dask engine on a real distributed.LocalCluster with two worker processes equals the local run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from conftest import ROOT

distributed = pytest.importorskip("distributed")


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Equal values, missing values being missing whatever their spelling (None, NaN, pd.NA)."""
    norm = [x.reset_index(drop=True).astype(object).pipe(lambda d: d.where(d.notna(), None)) for x in (a, b)]
    pd.testing.assert_frame_equal(*norm, check_dtype=False)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    ) as lc:
        yield lc


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Sample minutes plus invented ones (five partitions of 8) and one unreadable file."""
    d = tmp_path_factory.mktemp("in")
    for f in sorted((ROOT / "data" / "samples").glob("*.txt")) + sorted((ROOT / "data" / "annotated").glob("*.txt"))[:25]:
        shutil.copy(f, d / f.name)
    (d / "zz-empty.txt").write_bytes(b"")
    return d


@pytest.fixture(scope="module")
def local(inputs):
    import ratsnlp
    from ratsnlp.batch import extract

    return extract([str(inputs.resolve())], nlp=ratsnlp.load(stance_model=False))


def test_cli_dask_engine_writes_the_same_tables_as_a_local_run(cluster, inputs, local, tmp_path):
    out = tmp_path / "dataset"
    r = subprocess.run(
        [sys.executable, "-m", "ratsnlp.cli", "extract", str(inputs), "-o", str(out), "--engine", "dask",
         "--scheduler", cluster.scheduler_address, "--no-stance"],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr.decode()
    assert b"documents=36" in r.stderr and b"failed=1" in r.stderr
    assert len(list((out / "turns").glob("part-*.parquet"))) == 2  # 37 inputs, partitions of 32
    for table, frame in (("turns", local.turns), ("decisions", local.decisions), ("motions", local.motions)):
        got = pd.read_parquet(out / table)
        same(got, frame)
    ledger = pd.read_csv(out / "errors.csv")
    assert ledger["source"].str.endswith("zz-empty.txt").tolist() == [True] and ledger["status"].tolist() == ["failed"]
    again = subprocess.run(
        [sys.executable, "-m", "ratsnlp.cli", "extract", str(inputs), "-o", str(out), "--engine", "dask",
         "--scheduler", cluster.scheduler_address],
        capture_output=True, timeout=600,
    )  # fmt: skip
    assert again.returncode == 2 and b"E046" in again.stderr  # never mixes into an earlier dataset


def test_turns_dataframe_runs_on_the_cluster(cluster, inputs, local):
    from ratsnlp.cluster import turns_dataframe

    with distributed.Client(cluster) as client:
        ddf = turns_dataframe([str(inputs)], partition_size=8, stance_model=False)
        assert ddf.npartitions == 5
        got = client.compute(ddf).result()
        workers = client.run(lambda: __import__("ratsnlp.cluster", fromlist=["_PIPELINES"])._PIPELINES)
    same(got, local.turns)
    assert len(workers) == 2 and all(len(v) == 1 for v in workers.values())  # loaded once per worker, used by all


def test_a_killed_dask_run_resumes_without_duplicates(cluster, inputs, local, tmp_path):
    out = tmp_path / "dataset"
    cmd = [sys.executable, "-m", "ratsnlp.cli", "extract", str(inputs), "-o", str(out), "--engine", "dask",
           "--scheduler", cluster.scheduler_address, "--no-stance", "--partition-size", "8"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not list((out / "_done").glob("*.json")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)  # the client dies after the first of five partitions
    proc.wait()
    assert 1 <= len(list((out / "_done").glob("*.json"))) < 5 and not (out / "errors.csv").exists()
    again = subprocess.run(cmd, capture_output=True, timeout=600)
    assert again.returncode == 2 and b"--resume" in again.stderr  # a plain rerun never mixes into the old one
    resumed = subprocess.run([*cmd, "--resume"], capture_output=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"documents=36" in resumed.stderr and b"failed=1" in resumed.stderr
    for table, frame in (("turns", local.turns), ("decisions", local.decisions), ("motions", local.motions)):
        same(pd.read_parquet(out / table), frame)
    other = subprocess.run([*cmd[:6], str(tmp_path / "new"), *cmd[7:], "--resume"], capture_output=True, timeout=600)
    assert other.returncode == 2 and b"E047" in other.stderr
