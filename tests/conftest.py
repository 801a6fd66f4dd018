from __future__ import annotations

from pathlib import Path

import pytest

import ratsnlp

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return ratsnlp.load()


@pytest.fixture(scope="session")
def rules_nlp():
    """The pipeline without the stance model, loaded once for the test files that check only rules."""
    return ratsnlp.load(stance_model=False)


@pytest.fixture
def fixture_text():
    def read(name: str) -> str:
        return (FIXTURES / name).read_text(encoding="utf-8")

    return read
