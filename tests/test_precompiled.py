"""precompiled.bin (resources/precompiled.py): fresh, exact, and never needed for a right answer.

When test_file_is_fresh fails, regenerate the file: python -m ratsnlp.resources.precompile
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

from ratsnlp.resources import literals, precompiled

REGENERATE = "precompiled.bin is stale: run `python -m ratsnlp.resources.precompile` and commit the file"
# each kind of analysis the file holds, and how literals.py works it out from the parse tree
COMPUTE = {
    "read": literals._read_tree,
    "cased": literals._cased_tree,
    "branches": literals._branches_tree,
    "anchored": literals._anchored_tree,
    "guard": literals._guard_tree,
    "leads": literals._leads_tree,
}


def _engine(stamp: bytes) -> bytes:
    """The part of a stamp that names the Python and regex engine (not the sources' hash)."""
    return stamp.rsplit(b" ", 1)[0]


@pytest.fixture(scope="module")
def stored() -> dict:
    head, data = precompiled.read_file()
    if _engine(head) != _engine(precompiled.stamp()):
        pytest.skip("precompiled.bin was written by another Python: it is not used here (everything is computed)")
    return {"head": head, **data}


def test_file_is_fresh(stored: dict) -> None:
    """Written with the current literals.py and lexicons, and it holds every regex the pipeline compiles or reads
    through it at start-up and on the sample minutes (a fresh process: nothing compiled before)."""
    assert stored["head"] == precompiled.stamp(), REGENERATE
    assert stored["resources"] == precompiled.resources_digest(), REGENERATE
    code = (
        "import json, sys\n"
        "import ratsnlp\n"
        "from ratsnlp.read import read_source\n"
        "from ratsnlp.resources import precompiled\n"
        "nlp = ratsnlp.load()\n"
        "for path in sys.argv[1:]:\n"
        "    nlp(read_source(path).text)\n"
        "print(json.dumps(sorted(repr(k)[:160] for k in precompiled.missed)))\n"
    )
    samples = sorted(str(p) for p in (ROOT / "data" / "samples").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", code, *samples], check=True, capture_output=True, text=True, cwd=ROOT)
    missed = json.loads(out.stdout.strip().splitlines()[-1])
    assert missed == [], f"{REGENERATE}; missing: {missed[:5]}"


def test_entries_equal_what_python_computes(stored: dict) -> None:
    """Every compiled program gives the pattern re.compile gives (a pattern equals another only with the same text,
    flags and program), and every analysis is what literals.py reads off the parse tree now."""
    for (pattern, flags), (final, program, groups, groupindex, indexgroup) in stored["code"].items():
        made = precompiled._sre.compile(pattern, final, list(memoryview(program).cast("I")), groups, groupindex, indexgroup)
        fresh = re.compile(pattern, flags)
        assert made == fresh and made.groupindex == fresh.groupindex and made.groups == fresh.groups, pattern[:80]
    for (kind, pattern, flags), value in stored["analysis"].items():
        assert value == COMPUTE[kind](pattern, flags), (kind, pattern[:80])


@pytest.fixture
def fresh_state(monkeypatch: pytest.MonkeyPatch):
    """precompiled's module state emptied (and restored afterwards), so the next call reads FILE again."""
    for name in ("_code", "_analysis"):
        monkeypatch.setattr(precompiled, name, None)
    monkeypatch.setattr(precompiled, "_made", {})
    monkeypatch.setattr(precompiled, "missed", set())
    return monkeypatch


@pytest.mark.parametrize("content", [None, b"", b"garbage\nmore", b"ratsnlp-precompiled 1 another python\n\x00\x01"])
def test_missing_or_foreign_file_computes(fresh_state: pytest.MonkeyPatch, tmp_path, content: bytes | None) -> None:
    path = tmp_path / "precompiled.bin"
    if content is not None:
        path.write_bytes(content)
    fresh_state.setattr(precompiled, "FILE", path)
    pattern = r"\b(?:Antrag|Anträge)\s+(?P<who>der\s+\w+)"
    got = precompiled.compile(pattern, re.I)
    assert got == re.compile(pattern, re.I) and got.groupindex == {"who": 1}
    assert precompiled.analysed("read", pattern, re.I, lambda: ("computed",)) == ("computed",)
    assert (pattern, int(re.I)) in precompiled.missed


def test_stale_sources_void_the_file(fresh_state: pytest.MonkeyPatch, tmp_path) -> None:
    """A file whose entries are right for its pattern but was written with other sources is not read at all."""
    pattern = r"(?:einstimmig|mehrheitlich)\s+beschlossen"
    precompiled.start_recording()
    try:
        precompiled.compile(pattern)
        precompiled.analysed("read", pattern, 0, lambda: ("stale",))
    finally:
        recorded = precompiled.stop_recording()
    path = tmp_path / "precompiled.bin"
    precompiled.write(recorded, path)
    fresh_state.setattr(precompiled, "FILE", path)
    assert precompiled.analysed("read", pattern, 0, lambda: ("computed",)) == ("stale",)  # as written: used
    head, body = path.read_bytes().split(b"\n", 1)
    path.write_bytes(head[:-4] + b"beef\n" + body)  # another hash of the sources
    fresh_state.setattr(precompiled, "_code", None)
    fresh_state.setattr(precompiled, "_analysis", None)
    assert precompiled.analysed("read", pattern, 0, lambda: ("computed",)) == ("computed",)
    assert precompiled.compile(pattern) == re.compile(pattern)


def test_trie_alternation_text_is_the_same_for_any_order() -> None:
    """The file finds a pattern by its text: a pattern built from a set must not depend on the set's order
    (string hashing differs from process to process)."""
    words = ["stimmen", "stimmt", "gegenstimme", "gegen", "enthaltung", "enthalten", "x"]
    assert len({literals.trie_alternation(order) for order in (words, words[::-1], sorted(words), sorted(words, key=len))}) == 1
