"""Shared fixtures: offline environment, reference data, and a temporary data root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    monkeypatch.setenv("HORNBOOK_DATA", str(root))
    return root


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(
            f"reference data not found at {SHARED_DATA} (CI keeps ../shared beside the checkout)"
        )
    return SHARED_DATA


@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory: pytest.TempPathFactory):
    """Environment variables pointing at a real Prefect server started for this test session."""
    from tests.prefect_server import prefect_server

    with prefect_server(tmp_path_factory.mktemp("prefect-home")) as env:
        yield env
