"""Read minutes from an OParl 1.0/1.1 API into :class:`Source` objects.

Why: most German council information systems (ALLRIS, SessionNet, ...) publish their meetings through
OParl, a JSON API of the same shape everywhere: System -> Body -> Meeting -> AgendaItem -> File. Walking
it gives ratsnlp whole councils with the meeting date, body and agenda item of every document, without
scraping HTML pages.

The minutes can sit in several places: Meeting.verbatimProtocol and Meeting.resultsProtocol,
AgendaItem.resolutionFile (File objects: their `text`, else the file behind accessUrl/downloadUrl) and
AgendaItem.resolutionText / AgendaItem.result (strings). Objects may be embedded or given as URLs; lists
are paginated via `links.next`.

These are public servers run by small municipalities, so the client is a polite guest: few requests at
a time, a pause between requests, retries with exponential backoff on 5xx and time-outs, `Retry-After`
honoured, and an on-disk cache so that a re-run only fetches what changed. One bad object never stops
the walk: it becomes a :class:`~ratsnlp.batch.Failure` for the error ledger.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from ..about import __version__
from ..batch import Failure
from ..errors import RatsnlpError
from .sources import DEFAULT_MAX_BYTES, MEDIA_TYPES, Source, source_from_bytes

__all__ = ["DEFAULT_CACHE_DIR", "iter_oparl", "parse_when"]

DEFAULT_CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ratsnlp" / "oparl"
USER_AGENT = f"ratsnlp/{__version__} (OParl client)"
MAX_RETRY_AFTER = 300.0  # seconds; a longer Retry-After fails that request (with the reason) instead of waiting
_TYPE = re.compile(r"^https?://schema\.oparl\.org/1\.[01]/([A-Za-z]+)$")
_HTML_TAG = re.compile(r"<(?:p|br|div|span|table|tr|td|ul|ol|li|h[1-6]|b|i|em|strong|html|body)\b[^>]*>", re.I)
# Files are downloaded when their mimeType is one ratsnlp reads, text/*, or one of these (then the bytes decide);
# others (DOCX, images, ...) become a Failure without a download.
_UNTYPED = frozenset(("", "application/octet-stream", "binary/octet-stream", "application/download"))

JSON = dict[str, Any]
Item = Source | Failure


class _Unreadable(Exception):
    """An object or file that could not be read; carries the ledger row."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(reason)
        self.source = source
        self.reason = reason

    def failure(self) -> Failure:
        return Failure(self.source, self.reason)


# --- dates -------------------------------------------------------------------------------------------------


def _local_zone() -> tzinfo:
    """German councils publish local times; a naive date means Europe/Berlin (UTC if tzdata is missing)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except (ImportError, KeyError, OSError, ValueError):
        return UTC


LOCAL = _local_zone()


def _parse_stamp(value: object) -> datetime | None:
    """An OParl date or date-time ("2024-03-05", "2024-03-05T17:00:00+01:00", "...Z"), aware; None if absent/bad."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=LOCAL)


def parse_when(value: str | date | datetime | None, *, end: bool = False, name: str = "date") -> datetime | None:
    """--since/--until: a date (the whole day counts, Europe/Berlin) or an ISO date-time; RatsnlpError if neither."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=LOCAL)
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            stamp = _parse_stamp(value)
            if stamp is None:
                raise RatsnlpError(
                    f"{name} {value!r} is not a date: use YYYY-MM-DD or an ISO date-time such as 2024-01-31T18:00:00+01:00"
                ) from None
            return stamp
    clock = datetime.max.time().replace(microsecond=0) if end else datetime.min.time()
    return datetime.combine(day, clock, tzinfo=LOCAL)


@dataclass(frozen=True)
class _Window:
    """The --since/--until range: sent as modified_since/modified_until and applied locally as well."""

    since: datetime | None = None
    until: datetime | None = None

    def params(self) -> dict[str, str]:
        out = {}
        if self.since:
            out["modified_since"] = self.since.isoformat(timespec="seconds")
        if self.until:
            out["modified_until"] = self.until.isoformat(timespec="seconds")
        return out

    def contains(self, obj: JSON) -> bool:
        """By the object's `modified` (what the server filters on), else its `start`; undated objects are kept."""
        if not (self.since or self.until):
            return True
        stamp = _parse_stamp(obj.get("modified")) or _parse_stamp(obj.get("start"))
        if stamp is None:
            return True
        return not ((self.since and stamp < self.since) or (self.until and stamp > self.until))


# --- HTTP --------------------------------------------------------------------------------------------------


class _Throttle:
    """At most one request start per `delay` seconds over all threads; a Retry-After pauses everyone."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next)
            self._next = at + self.delay
        if at > now:
            time.sleep(at - now)

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._next = max(self._next, time.monotonic() + seconds)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _with_params(url: str, params: dict[str, str]) -> str:
    """Add filter parameters a page URL does not already carry (servers should keep them in `next`; not all do)."""
    u = httpx.URL(url)
    for key, value in params.items():
        if key not in u.params:
            u = u.copy_set_param(key, value)
    return str(u)


class _Fetcher:
    """GET with a concurrency limit, a delay between requests, retries with backoff and a size limit."""

    def __init__(
        self, client: httpx.Client, *, concurrency: int, delay: float, tries: int, backoff: float, max_bytes: int
    ) -> None:
        self.client = client
        self.tries = tries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self._slots = threading.BoundedSemaphore(concurrency)
        self._throttle = _Throttle(delay)

    def get(self, url: str) -> tuple[bytes, str | None]:
        """The body and Content-Type of `url`; _Unreadable after the last try or on a client error."""
        if not url.lower().startswith(("http://", "https://")):
            raise _Unreadable(url, f"not an http(s) URL: {url!r}")
        problem = ""
        for attempt in range(1, self.tries + 1):
            self._throttle.wait()
            wait = self.backoff * 2 ** (attempt - 1)
            try:
                with self._slots:
                    status, phrase, headers, data = self._once(url)
            except httpx.TimeoutException as err:
                problem = f"timed out ({type(err).__name__})"
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
                raise _Unreadable(url, f"GET {url}: bad URL ({err})") from None
            except httpx.TransportError as err:
                problem = f"connection failed ({type(err).__name__}: {err})"
            except httpx.RequestError as err:  # too many redirects, undecodable content: trying again will not help
                raise _Unreadable(url, f"GET {url}: {type(err).__name__}: {err}") from None
            else:
                if status < 400:
                    return data, headers.get("content-type")
                problem = f"HTTP {status} {phrase}".strip()
                if status != 429 and status < 500:
                    raise _Unreadable(url, f"GET {url}: {problem}")
                asked = _retry_after(headers.get("retry-after"))
                if asked is not None:
                    if asked > MAX_RETRY_AFTER:
                        raise _Unreadable(url, f"GET {url}: {problem}; the server asks to retry after {asked:.0f} s, try again later")
                    self._throttle.hold(asked)  # pause every thread, then this one retries first in line
                    wait = 0.0
            if attempt < self.tries and wait:
                time.sleep(wait)
        tries = "1 try" if self.tries == 1 else f"{self.tries} tries"
        raise _Unreadable(url, f"GET {url}: {problem} (gave up after {tries})")

    def _once(self, url: str) -> tuple[int, str, httpx.Headers, bytes]:
        with self.client.stream("GET", url, follow_redirects=True) as r:
            if r.status_code >= 400:
                return r.status_code, r.reason_phrase, r.headers, b""
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise _Unreadable(url, self._too_big(url, int(declared)))
            buf = bytearray()
            for chunk in r.iter_bytes():
                buf += chunk
                if len(buf) > self.max_bytes:
                    raise _Unreadable(url, self._too_big(url, len(buf)))
            return r.status_code, r.reason_phrase, r.headers, bytes(buf)

    def _too_big(self, url: str, size: int) -> str:
        return f"GET {url}: more than {self.max_bytes / 2**20:.1f} MB ({size / 2**20:.1f} MB); raise the limit with --max-mb"


# --- cache -------------------------------------------------------------------------------------------------


class _Cache:
    """JSON objects and downloaded files on disk, keyed by URL (sha256). None as root: no cache.

    objects/ab/<key>.json  {"url", "object"}                  the last copy of an OParl object
    files/ab/<key>.bin + <key>.json  {"url", "stamp", "media_type"}  a download and the File stamp it belongs to
    """

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _path(self, kind: str, url: str, suffix: str) -> Path | None:
        if self.root is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.root / kind / key[:2] / (key + suffix)

    def get_object(self, url: str) -> JSON | None:
        record = _read_json(self._path("objects", url, ".json"))
        obj = record.get("object") if record and record.get("url") == url else None
        return obj if isinstance(obj, dict) else None

    def put_object(self, url: str, obj: JSON) -> None:
        _write(self._path("objects", url, ".json"), json.dumps({"url": url, "object": obj}, ensure_ascii=False).encode("utf-8"))

    def get_file(self, url: str, stamp: str) -> tuple[bytes, str | None] | None:
        meta = _read_json(self._path("files", url, ".json"))
        data_path = self._path("files", url, ".bin")
        if not meta or meta.get("url") != url or meta.get("stamp") != stamp or data_path is None:
            return None
        try:
            return data_path.read_bytes(), meta.get("media_type")
        except OSError:
            return None

    def put_file(self, url: str, stamp: str, data: bytes, media_type: str | None) -> None:
        _write(self._path("files", url, ".bin"), data)  # the record last: it vouches for the bytes
        _write(self._path("files", url, ".json"), json.dumps({"url": url, "stamp": stamp, "media_type": media_type}).encode("utf-8"))


def _read_json(path: Path | None) -> JSON | None:
    if path is None:
        return None
    try:
        value = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _write(path: Path | None, data: bytes) -> None:
    """Atomic write; a cache that cannot be written only costs a later re-download."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


# --- OParl objects -----------------------------------------------------------------------------------------


def _kind(obj: JSON) -> str | None:
    t = obj.get("type")
    m = _TYPE.match(t.strip()) if isinstance(t, str) else None
    return m.group(1) if m else None


def _check(obj: object, kind: str, where: str) -> JSON:
    """`obj` as an OParl object of `kind` (1.0 or 1.1), or _Unreadable naming what is wrong."""
    if not isinstance(obj, dict):
        raise _Unreadable(where, f"expected a {kind} object, got JSON {type(obj).__name__}")
    oid = obj.get("id")
    if not isinstance(oid, str) or not oid.strip():
        raise _Unreadable(where, f"{kind} object without 'id' (every OParl object needs 'id' and 'type')")
    t = obj.get("type")
    if not isinstance(t, str) or not t.strip():
        raise _Unreadable(oid, f"{kind} object without 'type' (every OParl object needs 'id' and 'type')")
    got = _kind(obj)
    if got is None:
        raise _Unreadable(oid, f"unknown type {t!r}; expected https://schema.oparl.org/1.0/{kind} or .../1.1/{kind}")
    if got != kind:
        raise _Unreadable(oid, f"expected a {kind}, got a {got}")
    return obj


def _text(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _meta(**values: str | None) -> dict[str, str]:
    return {k: v for k, v in values.items() if v}


def _meeting_date(meeting: JSON) -> str | None:
    stamp = _parse_stamp(meeting.get("start"))
    return stamp.date().isoformat() if stamp else None


def _text_source(text: str, source: str, meta: dict[str, str]) -> Source:
    """A Source from a text field (File.text, AgendaItem.resolutionText); HTML fragments are read as HTML."""
    suffix = ".html" if _HTML_TAG.search(text) else ".txt"
    return source_from_bytes(text.encode("utf-8"), source, suffix=suffix, meta=meta)


def _item_text(item: JSON) -> str | None:
    """resolutionText, with `result` ("einstimmig beschlossen") appended when the text does not say it."""
    text, result = _text(item.get("resolutionText")), _text(item.get("result"))
    if result and text and result.casefold() in text.casefold():
        result = None
    if not result:
        return text
    if not text:
        return result
    return text + (f"\n<p>{html.escape(result)}</p>" if _HTML_TAG.search(text) else f"\n\n{result}")


def _file_stamp(f: JSON) -> str | None:
    """What says a File's content changed: `modified`, else a checksum; None means download every time."""
    for key in ("modified", "sha512Checksum", "sha1Checksum"):
        if isinstance(f.get(key), str) and f[key]:
            return f"{key}={f[key]}"
    return None


def _body_matches(body: JSON, want: str) -> bool:
    """--body: the body's id URL, the last segment of it, its name or its shortName (case-insensitive)."""
    want = want.strip()
    oid = str(body.get("id", ""))
    if want in (oid, oid.rstrip("/").rsplit("/", 1)[-1]):
        return True
    return any(isinstance(body.get(k), str) and body[k].strip().casefold() == want.casefold() for k in ("name", "shortName"))


@dataclass(frozen=True)
class _MeetingJob:
    ref: object  # the list entry: an embedded Meeting or its URL
    where: str  # where it was found, for the ledger when it has no id
    body: str  # the Body's name


class _Walker:
    """System -> bodies -> meetings (main thread, list pages in order) -> documents of a meeting (pool)."""

    def __init__(self, fetcher: _Fetcher, cache: _Cache, window: _Window, body: str | None) -> None:
        self.fetcher = fetcher
        self.cache = cache
        self.window = window
        self.body = body

    def fetch_json(self, url: str) -> object:
        data, _ = self.fetcher.get(url)
        try:
            return json.loads(data)
        except ValueError as err:
            raise _Unreadable(url, f"GET {url}: invalid JSON ({err})") from None
        except RecursionError:
            raise _Unreadable(url, f"GET {url}: JSON nested too deeply to be an OParl object") from None

    def resolve(self, ref: object, kind: str, where: str, *, reuse: bool) -> tuple[JSON, bool]:
        """An object given embedded or by URL, checked, and whether it is unchanged since the cached copy.

        A URL is not fetched again when its parent was unchanged (`reuse`) and a copy is cached.
        """
        if isinstance(ref, str):
            key = ref.strip()
            cached = self.cache.get_object(key)
            if reuse and cached is not None:
                return cached, True
            obj = _check(self.fetch_json(key), kind, key)
        elif isinstance(ref, dict):
            obj = _check(ref, kind, where)
            key = obj["id"]
            cached = self.cache.get_object(key)
        else:
            raise _Unreadable(where, f"expected a {kind} object or URL, got JSON {type(ref).__name__}")
        modified = obj.get("modified")
        unchanged = cached is not None and modified is not None and cached.get("modified") == modified
        if not unchanged:
            self.cache.put_object(key, obj)
        return obj, unchanged

    def iter_list(self, url: object, where: str, params: dict[str, str]) -> Iterator[object]:
        """Entries of an external list (following links.next); Failures for pages that cannot be read."""
        if isinstance(url, list):  # some servers embed the list itself
            yield from url
            return
        if not isinstance(url, str) or not url.strip():
            yield Failure(where, "no list URL (expected a URL of an OParl list)")
            return
        page_url: str | None = url.strip()
        seen: set[str] = set()
        while page_url:
            try:
                page_url = _with_params(page_url, params)
            except httpx.InvalidURL as err:
                yield Failure(where, f"list page URL {page_url!r} is not valid ({err})")
                return
            if page_url in seen:
                yield Failure(page_url, "the list's links.next points back to a page already read; stopped there")
                return
            seen.add(page_url)
            try:
                page = self.fetch_json(page_url)
            except _Unreadable as err:
                yield err.failure()
                return
            if not isinstance(page, dict) or not isinstance(page.get("data"), list):
                yield Failure(page_url, "not an OParl list page (no 'data' array)")
                return
            yield from page["data"]
            links = page.get("links")
            nxt = links.get("next") if isinstance(links, dict) else None
            page_url = nxt.strip() if isinstance(nxt, str) and nxt.strip() else None

    def jobs(self, url: str) -> Iterator[_MeetingJob | Failure]:
        """Every meeting of the chosen bodies, as jobs for the pool, in list order."""
        try:
            root = self.fetch_json(url)
            kind = _kind(root) if isinstance(root, dict) else None
            if kind not in ("System", "Body"):
                raise _Unreadable(url, "expected an OParl System (or Body) object; give the API's system URL")
            root = _check(root, kind, url)
        except _Unreadable as err:
            yield err.failure()
            return
        entries = self.iter_list(root.get("body"), root["id"], {}) if kind == "System" else iter([root])
        names: list[str] = []
        matched = False
        for i, entry in enumerate(entries):
            if isinstance(entry, Failure):
                yield entry
                continue
            try:
                body, _ = self.resolve(entry, "Body", f"{root['id']}#body[{i}]", reuse=False)
            except _Unreadable as err:
                yield err.failure()
                continue
            name = _text(body.get("name")) or _text(body.get("shortName")) or body["id"]
            names.append(name)
            if body.get("deleted") is True or (self.body and not _body_matches(body, self.body)):
                continue
            matched = True
            for j, ref in enumerate(self.iter_list(body.get("meeting"), body["id"], self.window.params())):
                yield ref if isinstance(ref, Failure) else _MeetingJob(ref, f"{body['id']}#meeting[{j}]", name)
        if self.body and not matched:
            yield Failure(url, f"no body matches {self.body!r} (bodies: {', '.join(names) or 'none'})")

    def meeting(self, job: _MeetingJob) -> list[Item]:
        """The documents of one meeting: its protocols and, per agenda item, text fields and resolution file."""
        if isinstance(job.ref, dict) and not self.window.contains(job.ref):
            return []  # outside --since/--until (the server ignored the filter): not even cached
        try:
            meeting, unchanged = self.resolve(job.ref, "Meeting", job.where, reuse=False)
        except _Unreadable as err:
            return [err.failure()]
        if meeting.get("deleted") is True or not self.window.contains(meeting):
            return []
        mid = meeting["id"]
        meta = _meta(meeting_date=_meeting_date(meeting), body=job.body)
        out: list[Item] = []
        for field in ("verbatimProtocol", "resultsProtocol"):
            if meeting.get(field):
                out.extend(self.file(meeting[field], f"{mid}#{field}", meta, reuse=unchanged))
        items = meeting.get("agendaItem") or []
        if not isinstance(items, list):
            out.append(Failure(mid, f"'agendaItem' is a JSON {type(items).__name__}, expected a list"))
            items = []
        for i, ref in enumerate(items):
            out.extend(self.agenda_item(ref, f"{mid}#agendaItem[{i}]", meta, reuse=unchanged))
        return out

    def agenda_item(self, ref: object, where: str, meta: dict[str, str], *, reuse: bool) -> list[Item]:
        try:
            item, unchanged = self.resolve(ref, "AgendaItem", where, reuse=reuse)
        except _Unreadable as err:
            return [err.failure()]
        if item.get("deleted") is True:
            return []
        meta = {**meta, **_meta(item_number=_text(item.get("number")), item_title=_text(item.get("name")))}
        out: list[Item] = []
        text = _item_text(item)
        if text:
            try:
                out.append(_text_source(text, item["id"], meta))
            except RatsnlpError as err:
                out.append(Failure(item["id"], str(err)))
        if item.get("resolutionFile"):
            out.extend(self.file(item["resolutionFile"], f"{item['id']}#resolutionFile", meta, reuse=unchanged))
        return out

    def file(self, ref: object, where: str, meta: dict[str, str], *, reuse: bool) -> list[Item]:
        """A File's text: its `text` field, else the download, read by the reader for its type."""
        try:
            f, _ = self.resolve(ref, "File", where, reuse=reuse)
        except _Unreadable as err:
            return [err.failure()]
        if f.get("deleted") is True:
            return []
        fid = f["id"]
        mime = (_text(f.get("mimeType")) or "").split(";")[0].strip().lower()
        try:
            text = _text(f.get("text"))
            if text:
                return [_text_source(text, fid, meta)]
            if mime not in MEDIA_TYPES and mime not in _UNTYPED and not mime.startswith("text/"):
                return [Failure(fid, f"file type {mime!r} is not minutes ratsnlp can read (text, HTML, PDF); not downloaded")]
            data, served_as = self.download(f)
            return [source_from_bytes(data, fid, media_type=mime or served_as, meta=meta)]
        except _Unreadable as err:
            return [err.failure()]
        except RatsnlpError as err:
            return [Failure(fid, str(err))]
        except ImportError as err:  # e.g. no PDF reader installed
            return [Failure(fid, f"no reader for {mime or 'this file type'} in this installation ({err})")]

    def download(self, f: JSON) -> tuple[bytes, str | None]:
        """The bytes behind accessUrl (else downloadUrl), from the cache when the File's stamp is unchanged."""
        fid = f["id"]
        urls = list(dict.fromkeys(u.strip() for u in (f.get("accessUrl"), f.get("downloadUrl")) if isinstance(u, str) and u.strip()))
        if not urls:
            raise _Unreadable(fid, "File has neither 'text' nor 'accessUrl'/'downloadUrl'")
        stamp = _file_stamp(f)
        if stamp:
            for url in urls:
                hit = self.cache.get_file(url, stamp)
                if hit is not None:
                    return hit
        problems = []
        for url in urls:
            try:
                data, media_type = self.fetcher.get(url)
            except _Unreadable as err:
                problems.append(err.reason)
                continue
            if stamp:
                self.cache.put_file(url, stamp, data, media_type)
            return data, media_type
        raise _Unreadable(fid, "; ".join(problems))


# --- the walk ----------------------------------------------------------------------------------------------


def iter_oparl(
    url: str,
    *,
    body: str | None = None,
    since: str | date | datetime | None = None,
    until: str | date | datetime | None = None,
    cache_dir: str | Path | None = None,
    concurrency: int = 4,
    delay: float = 0.1,
    retries: int = 4,
    timeout: float = 30.0,
    client: httpx.Client | None = None,
    backoff: float = 0.5,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source | Failure]:
    """Walk the OParl API at `url` (its System, or one Body) and yield a Source per document, a Failure per bad object.

    body: only the body with this id URL, id, name or shortName. since/until: only meetings modified (else
    held) in that range; dates are whole days in Europe/Berlin; sent to the server as modified_since/
    modified_until and checked here as well. cache_dir: where fetched objects and files are kept (default
    ~/.cache/ratsnlp/oparl). concurrency: requests at a time; delay: seconds between request starts;
    retries: tries per request (5xx, 429, time-outs; `Retry-After` honoured) with `backoff` * 2**n seconds
    between them; timeout: seconds per network operation; max_bytes: limit per response. `client`: your own
    httpx.Client (auth, proxies, a test transport) instead of the one made here with `timeout`; not closed here.

    Arguments are checked now (RatsnlpError); the walk starts when the iterator is first advanced.
    """
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise RatsnlpError(f"OParl URL {url!r}: expected an http(s) URL of the API's system object")
    if concurrency < 1 or retries < 1 or delay < 0 or timeout <= 0 or backoff < 0 or max_bytes < 1:
        raise RatsnlpError("OParl client: concurrency and retries must be at least 1, delay and backoff not negative, timeout positive")
    window = _Window(parse_when(since, name="since"), parse_when(until, end=True, name="until"))
    root = Path(cache_dir).expanduser() if cache_dir is not None else DEFAULT_CACHE_DIR
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise RatsnlpError(f"OParl cache directory {str(root)!r} cannot be created ({err}); pass another one (--cache DIR)") from None
    settings = {"concurrency": concurrency, "delay": delay, "tries": retries, "backoff": backoff, "max_bytes": max_bytes}
    return _walk(url, window, body, _Cache(root), settings, client, timeout)


def _walk(
    url: str, window: _Window, body: str | None, cache: _Cache, settings: dict[str, Any], client: httpx.Client | None, timeout: float
) -> Iterator[Source | Failure]:
    own = client is None
    if client is None:
        client = httpx.Client(
            timeout=timeout,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json, */*;q=0.5"},
            limits=httpx.Limits(max_connections=settings["concurrency"]),
        )
    walker = _Walker(_Fetcher(client, **settings), cache, window, body)
    try:
        yield from _in_order(walker, url, settings["concurrency"])
    finally:
        if own:
            client.close()


def _in_order(walker: _Walker, url: str, concurrency: int) -> Iterator[Source | Failure]:
    """Meetings run in a pool, a bounded window ahead of the consumer; results come out in list order, once each."""
    seen: set[tuple[bool, str]] = set()
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="ratsnlp-oparl") as pool:
        pending: deque[Future[list[Item]]] = deque()
        try:
            for job in walker.jobs(url):
                pending.append(_done([job]) if isinstance(job, Failure) else pool.submit(_guarded, walker, job))
                while pending and (len(pending) > 2 * concurrency or pending[0].done()):
                    yield from _unique(pending.popleft().result(), seen)
            while pending:
                yield from _unique(pending.popleft().result(), seen)
        finally:
            for fut in pending:
                fut.cancel()


def _done(items: list[Item]) -> Future[list[Item]]:
    fut: Future[list[Item]] = Future()
    fut.set_result(items)
    return fut


def _guarded(walker: _Walker, job: _MeetingJob) -> list[Item]:
    """One meeting; whatever a server's odd JSON breaks becomes a Failure for that meeting, never the walk's end."""
    try:
        return walker.meeting(job)
    except Exception as err:  # a malformed object must not stop the walk (the brief of this reader)
        where = job.ref.get("id") if isinstance(job.ref, dict) and isinstance(job.ref.get("id"), str) else job.where
        return [Failure(str(where), f"could not read this meeting: {type(err).__name__}: {err}")]


def _unique(items: Iterable[Item], seen: set[tuple[bool, str]]) -> Iterator[Item]:
    """A document referenced twice (the same protocol on several agenda items) is read once."""
    for item in items:
        key = (isinstance(item, Failure), item.source)
        if key not in seen:
            seen.add(key)
            yield item
