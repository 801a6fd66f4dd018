"""Regenerate precompiled.bin (see precompiled.py) after editing a lexicon or pattern:

    python -m ratsnlp.resources.precompile [DIR ...]     # default: data/samples data/annotated data/heldout

A fresh process that records from its first import on (some components compile patterns at import) loads the
pipeline and runs it once on every .txt file under the folders; everything it compiled and read through
precompiled.py is written to the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from . import precompiled

DEFAULT_DIRS = ("data/samples", "data/annotated", "data/heldout")


def run_pipeline(dirs: list[Path]) -> int:
    """Load the pipeline and run it on the .txt minutes under dirs (each once, as the CLI reads them); how many."""
    import ratsnlp
    from ratsnlp.read import read_source

    nlp = ratsnlp.load()
    n = 0
    for d in dirs:
        for path in sorted(d.rglob("*.txt")):
            nlp(read_source(str(path)).text)
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not os.environ.get(precompiled.RECORD):  # this process imported the pipeline already: a fresh one records
        env = dict(os.environ, **{precompiled.RECORD: "1"})
        return subprocess.run([sys.executable, "-m", "ratsnlp.resources.precompile", *args], env=env, check=False).returncode
    dirs = [Path(a) for a in args or DEFAULT_DIRS]
    docs = run_pipeline(dirs)
    recorded = precompiled.stop_recording()
    size = precompiled.write(recorded)
    print(f"wrote {precompiled.FILE} ({size:,} bytes) from {docs} documents: {len(recorded['code'])} compiled patterns, {len(recorded['analysis'])} analyses")
    return 0


if __name__ == "__main__":
    sys.exit(main())
