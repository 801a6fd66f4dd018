"""The OParl reader against a real HTTP server on 127.0.0.1 serving an invented council API.

Two bodies (OParl 1.1 and 1.0 types), meetings paginated over two pages, agenda items embedded and by
URL, minutes in resolutionText (plain and HTML), in a File's `text` and behind accessUrl (text and HTML).
The server misbehaves the way real ones do: a 429 with Retry-After, a 500 once, a slow answer, an object
without id and one with broken JSON. The CLI runs in a subprocess like a user would run it.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
from conftest import ROOT
from typer.testing import CliRunner

from ratsnlp.batch import Failure
from ratsnlp.cli import app
from ratsnlp.errors import RatsnlpError
from ratsnlp.read import Source
from ratsnlp.read.oparl import _check, _retry_after, _Unreadable, iter_oparl, parse_when

MINUTES = Path(__file__).parent / "oparl_fixtures"
T11 = "https://schema.oparl.org/1.1/"
T10 = "https://schema.oparl.org/1.0/"


# --- the fake server ---------------------------------------------------------------------------------------


@dataclass
class Route:
    payload: Any  # JSON-able (serialised per request, so tests may change it) or bytes
    ctype: str = "application/json"
    first: tuple[int, dict[str, str], bytes] | None = None  # the answer to the first request only
    slow_first: float = 0.0  # seconds before the first answer
    always: tuple[int, dict[str, str], bytes] | None = None  # the answer to every request


@dataclass
class FakeOparl:
    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[tuple[float, str, str]] = field(default_factory=list)  # (time, route key, query)
    latency: float = 0.0
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def paths(self) -> list[str]:
        return [key for _, key, _ in self.hits]

    def answer(self, key: str, query: str) -> tuple[int, dict[str, str], bytes]:
        with self.lock:
            self.hits.append((time.monotonic(), key, query))
            n = sum(1 for _, k, _ in self.hits if k == key)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            route = self.routes.get(key)
            if route is None:
                return 404, {}, b"nicht gefunden"
            time.sleep(self.latency + (route.slow_first if n == 1 else 0.0))
            if route.always:
                return route.always
            if route.first and n == 1:
                return route.first
            body = route.payload if isinstance(route.payload, bytes) else json.dumps(route.payload).encode("utf-8")
            return 200, {"Content-Type": route.ctype}, body
        finally:
            with self.lock:
                self.in_flight -= 1


class Handler(BaseHTTPRequestHandler):
    server: Any

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        parts = urlsplit(self.path)
        page = parse_qs(parts.query).get("page")
        key = parts.path.removeprefix("/oparl/v1") + (f"?page={page[0]}" if page else "")
        status, headers, body = self.server.fake.answer(key, parts.query)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client gave up on the slow answer: a broken pipe is expected


@contextmanager
def serve(*, flaky: bool = True, latency: float = 0.0) -> Iterator[FakeOparl]:
    server = Server(("127.0.0.1", 0), Handler)
    fake = FakeOparl(base=f"http://127.0.0.1:{server.server_address[1]}/oparl/v1", latency=latency)
    fake.routes = council(fake.base, flaky=flaky)
    server.fake = fake
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def council(base: str, *, flaky: bool) -> dict[str, Route]:
    """The invented API: Stadt Lindenau (OParl 1.1) and Gemeinde Hasselbach (OParl 1.0)."""

    def obj(t: str, kind: str, path: str, **fields: Any) -> dict[str, Any]:
        return {"id": base + path, "type": t + kind, **fields}

    def page(data: list, nxt: str | None = None) -> dict[str, Any]:
        return {"data": data, "pagination": {"elementsPerPage": 2}, "links": {"next": nxt} if nxt else {}}

    m1 = obj(
        T11, "Meeting", "/meeting/1", name="4. Sitzung des Bau- und Umweltausschusses",
        start="2024-03-05T17:00:00+01:00", modified="2024-03-10T09:00:00+01:00",
        verbatimProtocol=obj(
            T11, "File", "/file/11", name="Niederschrift", mimeType="text/plain",
            accessUrl=base + "/download/11/niederschrift.txt", modified="2024-03-10T09:00:00+01:00",
        ),
        agendaItem=[
            obj(
                T11, "AgendaItem", "/agendaitem/101", number="1", name="Sanierung der Grundschule Am Mühlbach",
                modified="2024-03-10T09:00:00+01:00",
                resolutionText="Frau Lenzen (Verwaltung) erläutert den Sanierungsbedarf der Grundschule Am Mühlbach.\n\n"
                "Herr Kettwig (CDU) fragt, ob die Arbeiten in den Sommerferien erfolgen können.\n\n"
                "Frau Lenzen sagt dies zu.\n\nDer Ausschuss empfiehlt dem Rat einstimmig, die Mittel bereitzustellen.",
            ),
            base + "/agendaitem/102",
        ],
    )  # fmt: skip
    item102 = obj(
        T11, "AgendaItem", "/agendaitem/102", number="2", name="Nachpflanzungen an der Kastanienallee",
        modified="2024-03-10T09:00:00+01:00",
        resolutionFile=obj(
            T11, "File", "/file/12", name="Beschluss", mimeType="text/plain", modified="2024-03-10T09:00:00+01:00",
            text="Herr Wollschläger (Grüne) beantragt, an der Kastanienallee zehn Bäume nachzupflanzen.\n\n"
            "Frau Ambrosius (SPD) unterstützt den Antrag.\n\nDer Antrag wird mit 7 Ja-Stimmen bei 4 Nein-Stimmen angenommen.",
        ),
    )  # fmt: skip
    m2 = obj(
        T11, "Meeting", "/meeting/2", name="9. Sitzung des Rates", start="2024-04-18T18:00:00+02:00",
        modified="2024-04-20T08:00:00+02:00", verbatimProtocol=base + "/file/21",
        agendaItem=[
            obj(
                T11, "AgendaItem", "/agendaitem/201", number="7", name="Anfrage zur digitalen Ratsarbeit",
                resolutionText="<p>Frau Yilmaz-Berger (FDP) fragt nach dem Stand der Digitalisierung der Ratsarbeit.</p>"
                "<p>Bürgermeisterin Haberland antwortet, die Tablets würden im Mai ausgegeben.</p>",
            ),
            {"type": T11 + "AgendaItem", "number": "8", "name": "Verschiedenes", "resolutionText": "Herr Pfeiffer (Grüne) dankt."},
            base + "/agendaitem/202",
        ],
    )  # fmt: skip
    m3 = obj(
        T11, "Meeting", "/meeting/3", name="3. Sitzung des Bau- und Umweltausschusses",
        start="2023-11-07T17:00:00+01:00", modified="2023-11-20T10:00:00+01:00",
        agendaItem=[
            obj(
                T11, "AgendaItem", "/agendaitem/301", number="4", name="Spielplatz Weidenstraße", result="einstimmig beschlossen",
                resolutionText="Herr Brasche (SPD) regt an, den Spielplatz an der Weidenstraße mit einem Sonnensegel "
                "auszustatten.\n\nHerr Dörfler (Verwaltung) erläutert die Kosten.",
            )
        ],
    )  # fmt: skip
    m4 = obj(
        T10, "Meeting", "/meeting/4", name="Sitzung des Gemeinderates", start="2024-02-12T19:30:00+01:00",
        modified="2024-02-15T11:00:00+01:00",
        agendaItem=[
            obj(T10, "AgendaItem", "/agendaitem/401", number="3", name="Dach des Dorfgemeinschaftshauses",
                modified="2024-02-15T11:00:00+01:00", resolutionFile=base + "/file/41")
        ],
    )  # fmt: skip
    m5 = obj(
        T10, "Meeting", "/meeting/5", name="Sitzung des Gemeinderates", start="2022-06-01T19:30:00+02:00",
        modified="2022-06-10T12:00:00+02:00",
        agendaItem=[
            obj(T10, "AgendaItem", "/agendaitem/501", number="2", name="Feuerwehrgerätehaus",
                resolutionText="Frau Tegeler (CDU) fragt nach der Sanierung des Feuerwehrgerätehauses.\n\n"
                "Ortsvorsteher Grimmelt antwortet, die Planung liege vor.")
        ],
    )  # fmt: skip
    body1 = obj(T11, "Body", "/body/1", name="Stadt Lindenau", shortName="Lindenau", meeting=base + "/body/1/meetings")
    body2 = obj(T10, "Body", "/body/2", name="Gemeinde Hasselbach", meeting=base + "/body/2/meetings")
    text = "text/plain; charset=utf-8"
    return {
        "/system": Route(obj(T11, "System", "/system", oparlVersion=T11, name="Ratsinformation Testland", body=base + "/bodies")),
        "/bodies": Route(page([body1, base + "/body/2"])),
        "/body/2": Route(body2),
        "/body/1/meetings": Route(page([m1, m2], base + "/body/1/meetings?page=2")),
        "/body/1/meetings?page=2": Route(page([m3]), first=(429, {"Retry-After": "1"}, b"Zu viele Anfragen") if flaky else None),
        "/agendaitem/102": Route(item102, first=(500, {}, b"Interner Fehler") if flaky else None),
        "/agendaitem/202": Route(f'{{"id": "{base}/agendaitem/202", "type": "{T11}AgendaItem", "name": '.encode()),
        "/file/21": Route(obj(T11, "File", "/file/21", name="Wortprotokoll", mimeType="text/html",
                              accessUrl=base + "/download/21/wortprotokoll.html", modified="2024-04-20T08:00:00+02:00")),
        "/download/11/niederschrift.txt": Route((MINUTES / "lindenau-bauausschuss-2024-03-05.txt").read_bytes(), text),
        "/download/21/wortprotokoll.html": Route(
            (MINUTES / "lindenau-rat-wortprotokoll-2024-04-18.html").read_bytes(), "text/html", slow_first=2.0 if flaky else 0.0
        ),
        "/body/2/meetings": Route(page([m4, m5])),  # ignores modified_since, like some real servers
        "/file/41": Route(obj(T10, "File", "/file/41", mimeType="text/plain", accessUrl=base + "/download/41/beschluss.txt",
                              modified="2024-02-15T11:00:00+01:00")),
        "/download/41/beschluss.txt": Route((MINUTES / "hasselbach-beschluss-2024-02-12.txt").read_bytes(), text),
    }  # fmt: skip


# --- helpers -----------------------------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ratsnlp.cli", *args], capture_output=True, timeout=120, cwd=ROOT)


def read_ledger(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def walk(fake: FakeOparl, cache: Path, **kw: Any) -> list[Source | Failure]:
    kw = {"delay": 0.0, "backoff": 0.01, "timeout": 5.0, **kw}
    return list(iter_oparl(fake.base + "/system", cache_dir=cache, **kw))


def sources(items: list[Source | Failure]) -> dict[str, Source]:
    return {s.source: s for s in items if isinstance(s, Source)}


# --- the CLI: a full walk, then a re-run against the cache ----------------------------------------------------


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("oparl")
    with serve() as fake:
        args = ["extract", "--oparl", fake.base + "/system", "--cache", str(tmp / "cache"), "--delay", "0", "--timeout", "1"]
        first = cli(*args, "-o", str(tmp / "out.parquet"), "--decisions", str(tmp / "d.csv"))
        hits1 = list(fake.hits)
        fake.hits.clear()
        second = cli(*args, "-o", str(tmp / "again.parquet"))
        yield {
            "fake": fake, "tmp": tmp, "first": first, "second": second, "hits1": hits1, "hits2": list(fake.hits),
        }  # fmt: skip


def test_cli_turns_carry_oparl_metadata(two_runs):
    r, base = two_runs["first"], two_runs["fake"].base
    assert r.returncode == 0, r.stderr.decode()
    turns = pd.read_parquet(two_runs["tmp"] / "out.parquet")
    speakers = turns.groupby("source", sort=False)["speaker"].apply(list).to_dict()
    assert speakers == {
        base + "/file/11": ["Dörfler", "Ambrosius", "Kettwig", "Dörfler"],  # verbatimProtocol behind accessUrl (text)
        base + "/agendaitem/101": ["Lenzen", "Kettwig", "Lenzen"],  # resolutionText
        base + "/file/12": ["Wollschläger", "Ambrosius"],  # resolutionFile.text, item fetched after a 500
        base + "/file/21": ["Haberland", "Pfeiffer", "Yilmaz-Berger"],  # verbatimProtocol by URL, HTML, slow once
        base + "/agendaitem/201": ["Yilmaz-Berger", "Haberland"],  # HTML resolutionText
        base + "/agendaitem/301": ["Brasche", "Dörfler"],  # page 2 of the meeting list, after a 429
        base + "/file/41": ["Grimmelt", "Siebert", "Grimmelt"],  # OParl 1.0 body, File by URL
        base + "/agendaitem/501": ["Tegeler", "Grimmelt"],
    }
    row = turns[turns["source"] == base + "/file/12"].iloc[0]
    assert (row["meeting_date"], row["body"], row["item_number"], row["item_title"]) == (
        "2024-03-05", "Stadt Lindenau", "2", "Nachpflanzungen an der Kastanienallee"
    )  # fmt: skip
    row = turns[turns["source"] == base + "/file/41"].iloc[0]
    assert (row["meeting_date"], row["body"], row["item_number"], row["item_title"]) == (
        "2024-02-12", "Gemeinde Hasselbach", "3", "Dach des Dorfgemeinschaftshauses"
    )  # fmt: skip
    protocol = turns[turns["source"] == base + "/file/21"]  # a whole-meeting protocol: item from its own TOP heading
    assert set(protocol["meeting_date"]) == {"2024-04-18"} and set(protocol["item_number"]) == {"5"}
    assert turns["meeting_date"].notna().all() and turns["body"].notna().all()
    decisions = pd.read_csv(two_runs["tmp"] / "d.csv")
    assert "accepted" in set(decisions["outcome"])
    assert b"documents=8 " in r.stderr and b"failed=2" in r.stderr


def test_cli_bad_objects_go_to_the_ledger(two_runs):
    base = two_runs["fake"].base
    ledger = {row["source"]: row for row in read_ledger(two_runs["tmp"] / "out.errors.csv")}
    assert set(ledger) == {base + "/meeting/2#agendaItem[1]", base + "/agendaitem/202"}
    assert ledger[base + "/meeting/2#agendaItem[1]"]["status"] == "failed"
    assert "AgendaItem object without 'id'" in ledger[base + "/meeting/2#agendaItem[1]"]["reason"]
    assert "invalid JSON" in ledger[base + "/agendaitem/202"]["reason"]
    assert base + "/agendaitem/202" in ledger[base + "/agendaitem/202"]["reason"]


def test_cli_retries_and_is_polite(two_runs):
    hits = two_runs["hits1"]
    paths = [key for _, key, _ in hits]
    assert paths.count("/agendaitem/102") == 2  # 500, then the object
    assert paths.count("/download/21/wortprotokoll.html") == 2  # timed out after 1 s, then the file
    page2 = [t for t, key, _ in hits if key == "/body/1/meetings?page=2"]
    assert len(page2) == 2 and page2[1] - page2[0] >= 0.95  # Retry-After: 1 was honoured
    assert paths.count("/download/11/niederschrift.txt") == 1


def test_cli_rerun_fetches_only_lists_and_failures(two_runs):
    r = two_runs["second"]
    assert r.returncode == 0, r.stderr.decode()
    before, after = [k for _, k, _ in two_runs["hits1"]], [k for _, k, _ in two_runs["hits2"]]
    assert len(after) < len(before)
    assert not [k for k in after if k.startswith(("/download/", "/file/", "/agendaitem/1"))]
    assert {"/system", "/bodies", "/body/1/meetings", "/body/1/meetings?page=2", "/body/2/meetings"} <= set(after)
    assert "/agendaitem/202" in after  # what failed is tried again
    first = pd.read_parquet(two_runs["tmp"] / "out.parquet")
    again = pd.read_parquet(two_runs["tmp"] / "again.parquet")
    pd.testing.assert_frame_equal(first, again)  # the same turns, from the cache


def test_cli_body_and_since(tmp_path):
    with serve(flaky=False) as fake:
        out = tmp_path / "t.csv"
        r = cli("extract", "--oparl", fake.base + "/system", "-o", str(out), "--cache", str(tmp_path / "c"),
                "--delay", "0", "--body", "gemeinde hasselbach", "--since", "2024-01-01")  # fmt: skip
        assert r.returncode == 0, r.stderr.decode()
        turns = pd.read_csv(out)
        assert set(turns["source"]) == {fake.base + "/file/41"}  # not Lindenau; not the 2022 meeting
        assert set(turns["body"]) == {"Gemeinde Hasselbach"}
        assert "/body/1/meetings" not in fake.paths()
        query = [q for _, k, q in fake.hits if k == "/body/2/meetings"][0]
        assert "modified_since=2024-01-01T00%3A00%3A00%2B01%3A00" in query


# --- the library: filters, cache, retries, limits -------------------------------------------------------------


def test_since_until_and_body_by_id_in_process(tmp_path):
    with serve(flaky=False) as fake:
        got = sources(walk(fake, tmp_path, body="1", since="2024-01-01", until="2024-03-31"))
        assert set(got) == {fake.base + p for p in ("/file/11", "/agendaitem/101", "/file/12")}
        assert got[fake.base + "/agendaitem/101"].meta == {
            "meeting_date": "2024-03-05", "body": "Stadt Lindenau", "item_number": "1",
            "item_title": "Sanierung der Grundschule Am Mühlbach",
        }  # fmt: skip
        # the filters are sent on every page, also when links.next drops them
        pages = [q for _, k, q in fake.hits if k.startswith("/body/1/meetings")]
        assert len(pages) == 2 and all("modified_since=" in q and "modified_until=" in q for q in pages)


def test_changed_file_is_downloaded_again(tmp_path):
    with serve(flaky=False) as fake:
        assert len(sources(walk(fake, tmp_path))) == 8
        fake.hits.clear()
        m1 = fake.routes["/body/1/meetings"].payload["data"][0]
        m1["verbatimProtocol"]["modified"] = "2024-05-02T10:00:00+02:00"
        old = fake.routes["/download/11/niederschrift.txt"].payload
        fake.routes["/download/11/niederschrift.txt"].payload = old.replace(b"Kettwig", b"Krusemark")
        got = sources(walk(fake, tmp_path))
        assert [k for k in fake.paths() if k.startswith("/download/")] == ["/download/11/niederschrift.txt"]
        assert "Krusemark" in got[fake.base + "/file/11"].text
        assert "Pfeiffer" in got[fake.base + "/file/21"].text  # from the cache


def test_gives_up_after_retries_and_goes_on(tmp_path):
    with serve(flaky=False) as fake:
        fake.routes["/agendaitem/102"].always = (503, {}, b"Wartungsarbeiten")
        items = walk(fake, tmp_path, retries=2)
        failures = {f.source: f.reason for f in items if isinstance(f, Failure)}
        assert "HTTP 503" in failures[fake.base + "/agendaitem/102"]
        assert "gave up after 2 tries" in failures[fake.base + "/agendaitem/102"]
        assert fake.paths().count("/agendaitem/102") == 2
        assert len(sources(items)) == 7  # everything else was read


def test_concurrency_limit_and_delay(tmp_path):
    with serve(flaky=False, latency=0.1) as fake:
        assert len(sources(walk(fake, tmp_path / "a", concurrency=2))) == 8
        assert fake.max_in_flight == 2
    with serve(flaky=False) as fake:
        walk(fake, tmp_path / "b", delay=0.05)
        starts = [t for t, _, _ in fake.hits]
        gaps = [b - a for a, b in zip(starts, starts[1:])]
        assert sum(gaps) >= 0.05 * len(gaps) * 0.9 and min(gaps) >= 0.02  # arrival times jitter a little


def test_not_an_oparl_system(tmp_path):
    with serve(flaky=False) as fake:
        items = list(iter_oparl(fake.base + "/bodies", cache_dir=tmp_path, delay=0))
        assert len(items) == 1 and isinstance(items[0], Failure)
        assert "expected an OParl System" in items[0].reason
        missing = list(iter_oparl(fake.base + "/system", cache_dir=tmp_path, delay=0, body="Stadt Nirgendwo"))
        assert [f.reason for f in missing if isinstance(f, Failure)] == [
            "no body matches 'Stadt Nirgendwo' (bodies: Stadt Lindenau, Gemeinde Hasselbach)"
        ]


def test_object_checks_and_argument_errors(tmp_path):
    assert _check({"id": "u", "type": T10 + "Meeting"}, "Meeting", "w")["id"] == "u"
    assert _check({"id": "u", "type": T11 + "Meeting"}, "Meeting", "w")["id"] == "u"
    for obj, message in (
        ({"type": T11 + "Meeting"}, "without 'id'"),
        ({"id": "u"}, "without 'type'"),
        ({"id": "u", "type": T11 + "Paper"}, "expected a Meeting, got a Paper"),
        ({"id": "u", "type": "https://schema.oparl.org/2.0/Meeting"}, "unknown type"),
        (["not", "an", "object"], "got JSON list"),
    ):
        with pytest.raises(_Unreadable, match=message):
            _check(obj, "Meeting", "w")
    assert _retry_after("7") == 7.0 and _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_when("2024-03-05", end=True).isoformat() == "2024-03-05T23:59:59+01:00"
    with pytest.raises(RatsnlpError, match="not a date"):
        iter_oparl("http://127.0.0.1:9/system", since="letzte Woche", cache_dir=tmp_path)
    with pytest.raises(RatsnlpError, match="http"):
        iter_oparl("ftp://example.org/oparl", cache_dir=tmp_path)
    r = CliRunner().invoke(app, ["extract", "-o", str(tmp_path / "t.csv")])
    assert r.exit_code == 2 and "--oparl" in r.output


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"resolutionText": "Herr Brasche (SPD) regt ein Sonnensegel an.\n\nDer Ausschuss beschließt, die Verwaltung mit der Planung zu beauftragen.",
          "result": "einstimmig beschlossen"}, ("accepted", True)),
        ({"resolutionText": "<p>Frau Ulm (CDU) fragt nach den Kosten.</p><p>Der Rat beschließt die Sanierung der Turnhalle.</p>",
          "result": "mehrheitlich beschlossen"}, ("accepted", False)),
        ({"resolutionText": "Die Verwaltung wird beauftragt, einen Fußgängerüberweg zu planen.", "result": "abgelehnt"}, ("rejected", None)),
        ({"resolutionText": "Frau Ulm (CDU) fragt nach den Kosten. Frau Berg (Verwaltung) antwortet.", "result": "zur Kenntnis genommen"}, ("noted", None)),
    ],
)  # fmt: skip
def test_agenda_item_result_and_resolution_text_are_one_decision(item, expected):
    """An AgendaItem's `result` is the vote on its `resolutionText`: one record, the result deciding the outcome."""
    import ratsnlp
    from ratsnlp.read import source_from_bytes
    from ratsnlp.read.oparl import _item_text

    text = _item_text(item)
    src = source_from_bytes(text.encode("utf-8"), "item", suffix=".html" if "<p>" in text else ".txt", meta={})
    decisions = ratsnlp.decision_table([ratsnlp.load(stance_model=False)(src.text)])
    assert len(decisions) == 1
    row = decisions.iloc[0]
    assert row["outcome"] == expected[0]
    assert (None if pd.isna(row["unanimous"]) else bool(row["unanimous"])) == expected[1]
