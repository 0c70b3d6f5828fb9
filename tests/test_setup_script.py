"""scripts/setup.sh is quiet: pip's output goes to a log, shown only when a step fails.

The script runs for real, in a copy of the repository whose `.venv/bin/python` is a
stand-in that prints what pip prints (progress, setuptools warnings) and fails when told
to, so no packages are downloaded. The metadata build of the real pyproject.toml is checked
for setuptools deprecation warnings separately.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

STAND_IN = """#!/usr/bin/env bash
echo "Collecting torch==2.13.0"
echo "SetuptoolsDeprecationWarning: noisy block" >&2
echo "$@" >> "$(dirname "$0")/../calls.txt"
case "$*" in *"$FAIL_ON"*) [ -n "$FAIL_ON" ] && { echo "ERROR: no matching distribution" >&2; exit 1; } ;; esac
exit 0
"""


def _copy(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "setup.sh", repo / "scripts" / "setup.sh")
    shutil.copy(REPO / "pyproject.toml", repo / "pyproject.toml")
    bin_dir = repo / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text(STAND_IN)
    (bin_dir / "python").chmod(0o755)
    return repo


def _run(repo: Path, fail_on: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(repo / "scripts" / "setup.sh")],
        env={**os.environ, "FAIL_ON": fail_on},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_setup_prints_two_lines_and_keeps_pip_output_in_a_log(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    done = _run(repo)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr.splitlines()[0].startswith("setting up .venv")
    assert done.stderr.splitlines()[1:] == ["done"]
    log = (repo / ".venv" / "setup.log").read_text()
    assert "Collecting torch==2.13.0" in log and "SetuptoolsDeprecationWarning" in log
    calls = (repo / ".venv" / "calls.txt").read_text()
    assert "torch==2.13.0" in calls and "-e .[dev]" in calls
    again = _run(repo)  # installed and pyproject unchanged: nothing to do, nothing said
    assert again.returncode == 0 and again.stderr == "" and again.stdout == ""


def test_setup_shows_the_log_when_a_step_fails(tmp_path: Path) -> None:
    repo = _copy(tmp_path)
    done = _run(repo, fail_on="torch==2.13.0")
    assert done.returncode == 1
    assert "setup failed while installing torch" in done.stderr
    assert "ERROR: no matching distribution" in done.stderr
    assert not (repo / ".venv" / ".hornbook-installed").exists()


def test_building_the_package_warns_of_nothing(tmp_path: Path) -> None:
    setuptools = pytest.importorskip("setuptools")
    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.skip(f"setuptools {setuptools.__version__} predates SPDX license strings (77)")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "wheel"),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    output = done.stdout + done.stderr
    assert "Warning" not in output, output[-3000:]
