"""A corpus build in a process of its own, for tests that kill builds or run them side by side.

The script prints `REF <ref> <created> <fingerprint>` when the build returns.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BUILD_SCRIPT = """
import sys
from hornbook.corpora.build import build_corpus
if __name__ == "__main__":
    result = build_corpus("tinystories", sys.argv[2:], sys.argv[1])
    print("REF", result.version.ref, result.created, result.version.fingerprint)
"""


def start_build(
    folder: Path, root: Path, overrides: list[str], *, new_session: bool = False
) -> subprocess.Popen[str]:
    """Start `build_corpus("tinystories", overrides, root)`; `new_session` gives the build a
    process group of its own, so a test can see whether its workers outlive it."""
    script = folder / "build.py"
    if not script.exists():
        script.write_text(BUILD_SCRIPT)
    return subprocess.Popen(
        [sys.executable, str(script), str(root), *overrides],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=new_session,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
