"""The command line and batch behaviour on real files: formats, stdin, bad inputs, ledger, offsets."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import FIXTURES, ROOT

SAMPLES = ROOT / "data" / "samples"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ratsnlp.cli", *args], input=stdin, capture_output=True, cwd=cwd, timeout=600
    )


def read_ledger(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_extract_samples_csv_and_decisions(tmp_path):
    out, dec = tmp_path / "turns.csv", tmp_path / "decisions.csv"
    r = run("extract", str(SAMPLES), "-o", str(out), "--decisions", str(dec))
    assert r.returncode == 0, r.stderr.decode()
    turns = pd.read_csv(out)
    decisions = pd.read_csv(dec)
    assert len(turns) > 100 and turns["source"].nunique() >= 12
    assert {"accepted", "rejected"} <= set(decisions["outcome"])
    assert b"documents=12" in r.stderr
    ledger = read_ledger(tmp_path / "turns.errors.csv")
    assert ledger == []


def test_offsets_point_into_the_decoded_text(tmp_path):
    out = tmp_path / "t.jsonl"
    r = run("extract", str(SAMPLES), "-o", str(out))
    assert r.returncode == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    texts: dict[str, str] = {}
    for row in rows:
        src = row["source"]
        if src not in texts:
            texts[src] = run("text", src).stdout.decode("utf-8")
        assert texts[src][row["start"] : row["end"]] == row["text"]
    # for a UTF-8 .txt file the decoded text is the file itself
    plain = [r for r in rows if r["source"].endswith("01-allris-sozialausschuss.txt")]
    raw = Path(plain[0]["source"]).read_text(encoding="utf-8")
    assert all(raw[r["start"] : r["end"]] == r["text"] for r in plain)


def test_stdin_to_stdout_jsonl():
    data = (FIXTURES / "allris_item.txt").read_bytes()
    r = run("extract", "-", "-o", "-", "--format", "jsonl", stdin=data)
    assert r.returncode == 0
    rows = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [x["speaker"] for x in rows][:2] == ["Lindqvist", "Opitz"]


def test_parquet(tmp_path):
    out = tmp_path / "t.parquet"
    assert run("extract", str(FIXTURES / "niederschrift.txt"), "-o", str(out)).returncode == 0
    assert list(pd.read_parquet(out)["speaker"])[0] == "Tamm"


def test_html_and_cp1252_samples(tmp_path):
    html = run("text", str(SAMPLES / "12-allris-seite.html")).stdout.decode()
    assert "Wortprotokoll" in html and "Frau Dr. Heinemann-Scholz" in html
    assert "<script" not in html and "function(" not in html
    cp = run("text", str(SAMPLES / "11-schulausschuss-cp1252.txt")).stdout.decode()
    assert "ä" in cp or "ü" in cp


@pytest.fixture
def bad_dir(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "nothing.txt").write_text("Tagesordnung\n\n1. Eröffnung der Sitzung\n", encoding="utf-8")
    (d / "truncated.txt").write_bytes("Herr Köhler fragt nach dem Stand. Er bittet um Auskunft ü".encode()[:-1])
    (d / "cp1252.txt").write_bytes("Frau Müller-Lüdenscheid begrüßt die Vorlage.".encode("cp1252"))
    (d / "huge.txt").write_bytes(b"Herr Herr Herr " * (4 * 1024 * 1024))  # 60 MB, over the limit
    (d / "page.html").write_text("<html><head><script>var x=1;</script></head><body><nav>Menü</nav></body></html>")
    (d / "good.txt").write_bytes((FIXTURES / "allris_item.txt").read_bytes())
    return d


def test_bad_inputs_go_to_the_ledger_and_the_run_goes_on(bad_dir, tmp_path):
    out = tmp_path / "t.csv"
    r = run("extract", str(bad_dir), "-o", str(out))
    assert r.returncode == 0, r.stderr.decode()
    err = r.stderr.decode()
    ledger = {Path(x["source"]).name: x for x in read_ledger(tmp_path / "t.errors.csv")}
    assert ledger["empty.txt"]["status"] == "failed" and "empty" in ledger["empty.txt"]["reason"]
    assert "binary" in ledger["binary.txt"]["reason"]
    assert "MB" in ledger["huge.txt"]["reason"]
    assert "no visible text" in ledger["page.html"]["reason"]
    assert ledger["nothing.txt"]["status"] == "no_turns"
    turns = pd.read_csv(out)
    sources = {Path(s).name for s in turns["source"]}
    assert {"good.txt", "cp1252.txt", "truncated.txt"} <= sources
    every = {p.name for p in bad_dir.iterdir()}
    assert every == sources | set(ledger)  # nothing is lost
    assert "truncated" in err and "documents=4" in err and "failed=4" in err
    assert run("extract", str(bad_dir), "-o", str(out), "--strict").returncode == 1


def test_nothing_readable_exits_nonzero(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    assert run("extract", str(tmp_path / "e.txt"), "-o", str(tmp_path / "t.csv")).returncode == 1


@pytest.mark.timeout(240)
def test_hostile_input_stays_linear(nlp):
    # megabytes of honorifics and unbalanced brackets: must finish (a super-linear pattern would hang here)
    text = "Herr Herr Herr Frau (SPD " * 40000 + "Der Vorsitzende, Herr " * 20000 + "( ( (( Frau Dr. " * 20000
    doc = nlp(text)
    assert doc.text == text


def test_giant_word_is_refused_clearly(tmp_path):
    (tmp_path / "w.txt").write_text("Herr X fragt. " + "(" * 200000, encoding="utf-8")
    r = run("extract", str(tmp_path / "w.txt"), "-o", str(tmp_path / "t.csv"))
    assert r.returncode == 1 and b"E014" in r.stderr


def test_evaluate_command_prints_metrics():
    r = run("evaluate", str(SAMPLES))
    assert r.returncode == 0
    out = r.stdout.decode()
    for key in ("boundary_f1", "speaker_acc", "role_acc", "party_acc", "decision_acc"):
        assert key in out


def test_outputs_never_destroy_inputs_and_bad_folders_are_refused_up_front(tmp_path):
    from typer.testing import CliRunner

    from ratsnlp.cli import app

    src = tmp_path / "minutes.txt"
    original = "Herr Albers fragt nach den Kosten.\n\nFrau Yilmaz (Verwaltung) erläutert die Planung.\n"
    src.write_text(original, encoding="utf-8")
    run = CliRunner().invoke
    out = run(app, ["extract", str(src), "-o", str(src), "--format", "csv", "--no-stance"])
    assert out.exit_code == 2 and "E040" in out.output and src.read_text(encoding="utf-8") == original
    out = run(app, ["extract", str(tmp_path), "-o", str(tmp_path / "t.csv"), "--decisions", str(src), "--no-stance"])
    assert out.exit_code == 2 and "E040" in out.output and src.read_text(encoding="utf-8") == original
    out = run(app, ["extract", str(src), "-o", str(tmp_path / "missing" / "t.csv"), "--no-stance"])
    assert out.exit_code == 2 and "E041" in out.output and "Traceback" not in out.output
    out = run(app, ["extract", str(src), "-o", str(tmp_path / "t.csv"), "--no-stance"])
    assert out.exit_code == 0 and (tmp_path / "t.csv").is_file()
    assert not list(tmp_path.glob(".*.part"))  # written beside, then renamed: no partial file left


def test_a_failing_write_leaves_no_file_under_the_final_name(tmp_path):
    import pandas as pd
    import pytest

    from ratsnlp.table import write_table

    class Boom(pd.DataFrame):
        def to_parquet(self, path, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
            with open(path, "wb") as fh:
                fh.write(b"PAR1 half")  # half a file, then the disk is full
            raise OSError("disk full")

    with pytest.raises(OSError):
        write_table(Boom({"a": [1]}), str(tmp_path / "t.parquet"))
    assert not list(tmp_path.iterdir())


def test_excel_csv_is_for_german_spreadsheets_and_never_runs_formulas(tmp_path):
    import pandas as pd

    from ratsnlp.table import write_table

    df = pd.DataFrame({"speaker": ["Albers", "=HYPERLINK(\"http://x\")"], "text": ["-1 Stimme", "ok"], "p_request": [0.25, 0.5]})
    write_table(df, str(tmp_path / "x.csv"), excel=True)
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "speaker;text;p_request"
    assert lines[1] == "Albers;'-1 Stimme;0,25"
    assert lines[2].startswith('"\'=HYPERLINK')  # quoted because of the quotes inside, escaped all the same
    write_table(df, str(tmp_path / "plain.csv"))  # plain CSV stays exact
    assert pd.read_csv(tmp_path / "plain.csv").equals(df)


def test_writing_to_a_device_writes_through_and_keeps_the_device(tmp_path):
    import os
    import stat

    import pandas as pd

    from ratsnlp.table import write_table

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_table(pd.DataFrame({"a": [1, 2]}), str(fifo))
    reader.join(timeout=10)
    assert got == ["a\n1\n2\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)  # the pipe is still a pipe


def test_two_worker_processes_give_the_same_tables_in_the_same_order(tmp_path):
    import shutil

    import ratsnlp
    from ratsnlp.batch import extract

    for txt in sorted((ROOT / "data" / "annotated").glob("*.txt"))[:40]:  # more than one chunk of 32
        shutil.copy(txt, tmp_path / txt.name)
    nlp = ratsnlp.load(stance_model=False)
    one = extract([str(tmp_path)], nlp=nlp, jobs=1)
    two = extract([str(tmp_path)], nlp=nlp, jobs=2)
    assert one.documents == two.documents == 40
    assert one.turns.equals(two.turns) and one.decisions.equals(two.decisions) and one.motions.equals(two.motions)
    assert one.ledger == two.ledger


def test_memory_zones_span_chunks_and_free_their_strings(monkeypatch):
    """Zones spanning several chunks give the rows of one zone per chunk, and free what they held."""
    from ratsnlp import batch
    from ratsnlp.pipeline import load
    from ratsnlp.read import read_source

    nlp = load(stance_model=False)
    sources = [read_source(str(p)) for p in sorted(SAMPLES.glob("*.txt"))][:6]
    chunks = [sources[:2], sources[2:4], sources[4:]]
    per_chunk = [[o.turns for o in batch.process_chunk(nlp, c)] for c in chunks]
    monkeypatch.setattr(batch, "PERSISTENT_STRINGS", 0)  # every chunk in a zone
    monkeypatch.setattr(batch, "ZONE_STRINGS", 10**9)  # one zone for all chunks
    before = len(nlp.vocab.strings)
    zoned = batch.ZonedChunks(nlp)
    rows = [[o.turns for o in zoned(c)] for c in chunks]
    assert nlp.vocab.in_memory_zone and len(nlp.vocab.strings) > before
    zoned.close()
    assert not nlp.vocab.in_memory_zone and len(nlp.vocab.strings) == before
    assert rows == per_chunk
    monkeypatch.setattr(batch, "ZONE_STRINGS", 1)  # a zone closed after every chunk
    zoned = batch.ZonedChunks(nlp)
    zoned(chunks[0])
    assert not nlp.vocab.in_memory_zone and len(nlp.vocab.strings) == before


def test_the_cli_freezes_the_loaded_pipeline_out_of_full_collections(tmp_path, monkeypatch):
    import gc

    from typer.testing import CliRunner

    from ratsnlp import batch
    from ratsnlp.batch import BATCH_SIZE
    from ratsnlp.cli import app

    settled = []
    monkeypatch.setattr(batch, "settle_heap", lambda: settled.append(1) or gc.freeze())
    src = tmp_path / "minutes.txt"
    src.write_text("Herr Albers fragt nach den Kosten.\n", encoding="utf-8")
    gc.unfreeze()
    try:
        out = CliRunner().invoke(app, ["extract", str(src), "-o", str(tmp_path / "t.csv"), "--no-stance"])
        assert out.exit_code == 0 and not settled  # one document: no full collection to save
        assert gc.get_freeze_count() > 1000  # but the pipeline's lexicons and patterns are frozen once loaded
        gc.unfreeze()
        folder = tmp_path / "many"
        folder.mkdir()
        for i in range(BATCH_SIZE + 1):
            (folder / f"{i:03d}.txt").write_text(f"Herr Albers{i} fragt nach den Kosten.\n", encoding="utf-8")
        out = CliRunner().invoke(app, ["extract", str(folder), "-o", str(tmp_path / "m.csv"), "--no-stance", "--jobs", "1"])
        assert out.exit_code == 0 and settled == [1]  # a long run: collected, then frozen
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def test_frames_are_built_by_column_with_the_types_of_pandas_own_records_path(nlp):
    """table.frame builds by column for speed; the frame must equal pandas' list-of-dicts construction, for the
    pipeline's rows, a row missing a column, and no rows at all."""
    from ratsnlp.table import _DTYPES, DECISION_COLUMNS, TURN_COLUMNS, decision_rows, frame, turn_rows

    def records(rows: list[dict], columns: tuple[str, ...]) -> pd.DataFrame:
        df = pd.DataFrame(rows, columns=list(columns))
        for col, dtype in _DTYPES.items():
            if col in df.columns:
                df[col] = df[col].astype(dtype)
        return df

    doc = nlp(
        "TOP 3 Radweg\nFrau Albers (SPD) fragt nach den Kosten. Der Bürgermeister erläutert die Planung.\n"
        "Der Rat beschließt mit 12 Ja-Stimmen, 3 Nein-Stimmen und 1 Enthaltung den Bau."
    )
    turns, decisions = turn_rows(doc), decision_rows(doc)
    assert len(turns) == 2 and len(decisions) == 1
    gap = [dict(turns[0]), dict(turns[1])]
    del gap[1]["party"], gap[1]["end"]
    for rows, columns in ((turns, TURN_COLUMNS), (decisions, DECISION_COLUMNS), (gap, TURN_COLUMNS), ([], TURN_COLUMNS)):
        pd.testing.assert_frame_equal(frame(rows, columns), records(rows, columns))
