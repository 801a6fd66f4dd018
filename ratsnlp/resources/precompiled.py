"""Regexes compiled and analysed ahead of time, shipped with the package: start-up without the regex compiler.

    python -m ratsnlp.resources.precompile [DIR ...]     # regenerate precompiled.bin (after editing patterns)

Why: a one-document run of `ratsnlp extract` spent about half of ratsnlp's own start-up in Python's regex parser
and compiler (both pure Python): compiling the motion, vote and lexicon patterns and the regexes literals.py builds
from them, and reading their literals off their parse trees (literals.py). precompiled.bin holds, for each pattern
and flags that the pipeline compiled (through `compile` here) while loading and processing the minutes of DIR
(default: the sample, annotated and held-out minutes), the program the regex compiler made of it (the arguments it
gave _sre.compile), and what literals.py read off its parse tree (through `analysed`).

Why exact: an entry is found by the pattern's own text and flags, so an edited lexicon or pattern is simply not
found and is compiled and read as before (a stale file costs time, never a different answer); the file is used
only by the Python that wrote it (version, byte order, the regex engine's magic number) and only with the
literals.py (and this module) that wrote it (their hash), else ignored whole. The writer checks every entry against
re.compile (a compiled pattern compares equal only with the same flags, text and program). tests/test_precompiled.py
fails when the file is stale (a pattern of the pipeline's start or of the samples is missing, or the sources changed).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # the regex engine's internals (Python 3.11+); without them nothing is cached and everything is computed
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons
    _sre = _compiler = _parser = None  # type: ignore[assignment]

T = TypeVar("T")
FILE = Path(__file__).with_name("precompiled.bin")
_FORMAT = b"ratsnlp-precompiled 1"
# the sources whose code computed the cached values (a change in them voids the whole file)
_SOURCES = ("literals.py", "precompiled.py")

_code: dict[tuple[str, int], tuple] | None = None  # (pattern, flags) -> the _sre.compile arguments after the pattern
_analysis: dict[tuple[str, str, int], Any] | None = None  # (kind, pattern, flags) -> a value literals.py reads
_made: dict[tuple[str, int], re.Pattern[str]] = {}  # the patterns made from _code (each made once)
_recording: dict[str, dict] | None = None  # while regenerating: everything compiled and read, hit or not
missed: set[tuple] = set()  # what was asked and not found in the file (the freshness test reads it)
_MISSED_MAX = 10_000  # (bounded: a long run that compiled patterns built from its documents would grow it forever)
RECORD = "RATSNLP_PRECOMPILED_RECORD"  # set for the process that regenerates the file: it records from the start


def stamp() -> bytes:
    """What the file must have been written with to be used: this Python, its regex engine, and the sources."""
    if _sre is None:
        return b""
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update(Path(__file__).with_name(name).read_bytes())
    engine = f"{sys.implementation.name} {sys.version} {sys.byteorder} {_sre.MAGIC} {_sre.CODESIZE} {_sre.MAXREPEAT}"
    return b"%s %s %s" % (_FORMAT, engine.encode(), digest.hexdigest().encode())


def _load() -> None:
    """Read the file once (an unreadable, foreign or stale one counts as empty)."""
    global _code, _analysis
    _code, _analysis = {}, {}
    if _recording is not None or _sre is None:
        return
    try:
        head, _, body = FILE.read_bytes().partition(b"\n")
        if head != stamp():
            return
        data = marshal.loads(zlib.decompress(body))
        code, analysis = data["code"], data["analysis"]  # (read here, not with read_file: the stamp first)
        if isinstance(code, dict) and isinstance(analysis, dict):
            _code, _analysis = code, analysis
    except (OSError, ValueError, EOFError, TypeError, KeyError, zlib.error):
        pass


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name and answer
    """re.compile(pattern, flags), from the compiled program in the file when it holds this pattern and flags."""
    flags = int(flags)
    key = (pattern, flags)
    got = _made.get(key)
    if got is not None:
        return got
    if _code is None:
        _load()
    entry = _code.pop(key, None) if isinstance(pattern, str) else None  # type: ignore[union-attr]
    if entry is None:
        out = re.compile(pattern, flags)
        if _recording is not None:
            _record_code(pattern, flags, out)
        elif len(missed) < _MISSED_MAX:
            missed.add(key)
        return out
    final, program, groups, groupindex, indexgroup = entry
    out = _made[key] = _sre.compile(pattern, final, array("I", program).tolist(), groups, groupindex, indexgroup)
    if _recording is not None:
        _recording["code"][key] = entry
    return out


def analysed(kind: str, pattern: str, flags: int, compute: Callable[[], T]) -> T:
    """compute() (what literals.py reads of `kind` off the parse tree of pattern and flags), from the file when it
    holds it. The value is shared: callers do not change it."""
    if _analysis is None:
        _load()
    key = (kind, pattern, int(flags))
    if key in _analysis:  # type: ignore[operator]
        value = _analysis[key]  # type: ignore[index]
    else:
        value = compute()
        if _recording is None and len(missed) < _MISSED_MAX:
            missed.add(key)
    if _recording is not None:
        _recording["analysis"][key] = value
    return value


def _record_code(pattern: str, flags: int, compiled: re.Pattern[str]) -> None:
    """Keep the compiler's program of pattern when _sre.compile of it gives a pattern equal to re.compile's."""
    tree = _parser.parse(pattern, flags)
    program = _compiler._code(tree, flags)  # noqa: SLF001 - what re.compile passes to _sre.compile
    indexgroup = [None] * tree.state.groups
    for name, i in tree.state.groupdict.items():
        indexgroup[i] = name
    entry = (flags | tree.state.flags, array("I", program).tobytes(), tree.state.groups - 1, dict(tree.state.groupdict), tuple(indexgroup))
    made = _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), *entry[2:])
    if made == compiled and made.groupindex == compiled.groupindex:
        _recording["code"][(pattern, flags)] = entry  # type: ignore[index]


def start_recording() -> None:
    """From now on, compile and read everything afresh and keep it (the file is not read)."""
    global _recording, _code, _analysis
    _recording = {"code": {}, "analysis": {}}
    _code, _analysis = {}, {}
    _made.clear()


def stop_recording() -> dict[str, dict]:
    """What was compiled and read since start_recording (and the file is read again when next asked)."""
    global _recording, _code, _analysis
    got, _recording = _recording or {"code": {}, "analysis": {}}, None
    _code = _analysis = None
    _made.clear()
    return got


def resources_digest() -> str:
    """A hash of the lexicon and pattern files (resources/de): the freshness test compares the file's with it (an
    edited lexicon changes patterns that the samples may not reach; it does not void the file: see stamp)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).with_name("de").iterdir()):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def read_file(path: Path | None = None) -> tuple[bytes, dict[str, Any]]:
    """The stamp a file was written with and its contents ({"code", "analysis", "resources"})."""
    head, _, body = (path or FILE).read_bytes().partition(b"\n")
    return head, marshal.loads(zlib.decompress(body))


def write(recorded: dict[str, dict], path: Path | None = None) -> int:
    """Write recorded entries (start_recording .. stop_recording) to path; the number of bytes written."""
    data = zlib.compress(marshal.dumps({"code": recorded["code"], "analysis": recorded["analysis"], "resources": resources_digest()}), 9)
    blob = stamp() + b"\n" + data
    (path or FILE).write_bytes(blob)
    return len(blob)


if os.environ.get(RECORD):  # the process that regenerates the file (precompile.py): record from the first import on
    start_recording()
