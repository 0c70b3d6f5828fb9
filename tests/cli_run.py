"""Running the installed `hornbook` console script as a user would, for CLI tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.prefect_server import BIN


def hornbook(*args: str, root: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """`hornbook ARGS --data-root ROOT`, output captured as text."""
    return subprocess.run(
        [str(BIN / "hornbook"), *args, "--data-root", str(root)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
