"""Shared fixtures: offline environment, reference data, and a temporary data root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    monkeypatch.setenv("HORNBOOK_DATA", str(root))
    return root


@pytest.fixture(scope="session")
def reference_stories() -> list[str]:
    """The real TinyStories stories shipped in the repo (evaluation data, never training)."""
    from hornbook.corpora.reference_stories import load_reference_stories

    return list(load_reference_stories())


@pytest.fixture(scope="session")
def reference_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped real stories as a plain JSONL file, for code paths that read user files."""
    import gzip
    import shutil

    from hornbook.corpora.reference_stories import REFERENCE_STORIES_FILE

    path = tmp_path_factory.mktemp("reference") / "reference.jsonl"
    with gzip.open(REFERENCE_STORIES_FILE, "rb") as src, path.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory: pytest.TempPathFactory):
    """Environment variables pointing at a real Prefect server started for this test session."""
    from tests.prefect_server import prefect_server

    with prefect_server(tmp_path_factory.mktemp("prefect-home")) as env:
        yield env
