"""Builds running at the same time, as separate processes, against one data root.

Two builds of the same spec: the second waits for the first (it says so), then returns
the version the first published instead of building it again. Builds of different specs
run side by side and get consecutive version numbers, each a complete, verifiable version.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from corpora.catalog import Catalog

REPO = Path(__file__).resolve().parents[1]
SMALL = ["generator.samples=120", "executor.tasks=1", "executor.workers=1"]

BUILD = """
import sys
from corpora.build import build_corpus
if __name__ == "__main__":
    result = build_corpus("tinystories", sys.argv[2:], sys.argv[1])
    print("REF", result.version.ref, result.created, result.version.fingerprint)
"""


def _start(script: Path, root: Path, overrides: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), str(root), *overrides],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )


def _finish(proc: subprocess.Popen[str]) -> tuple[str, str, bool, str]:
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err[-3000:]
    line = next(x for x in out.splitlines() if x.startswith("REF "))
    _, ref, created, fp = line.split()
    return ref, out, created == "True", fp


def test_same_spec_waits_and_different_specs_publish_side_by_side(tmp_path: Path) -> None:
    script = tmp_path / "build.py"
    script.write_text(BUILD)
    root = tmp_path / "data"
    same = [_start(script, root, SMALL) for _ in range(2)]
    other = _start(script, root, [*SMALL, "seed=7"])
    results = [_finish(p) for p in same]
    other_ref, _, other_created, other_fp = _finish(other)

    # exactly one of the two identical builds built; the other waited and reused its version
    assert sorted(created for _, _, created, _ in results) == [False, True]
    assert results[0][0] == results[1][0] and results[0][3] == results[1][3]
    waiter = next(out for _, out, created, _ in results if not created)
    assert "another build of this spec is running" in waiter
    assert other_created and other_fp != results[0][3]

    catalog = Catalog(root)
    versions = list(catalog.all_versions())
    assert sorted(v.ref for v in versions) == ["tinystories@v1", "tinystories@v2"]
    assert {v.ref for v in versions} == {results[0][0], other_ref}
    for version in versions:
        version.verify()
        counts = version.manifest["counts"]
        assert counts["generated"] == 120 == counts["published"] + counts["rejected"]
    assert not list((root / "corpora" / "tinystories").glob(".staging-*"))
    assert not any((root / ".work" / "tinystories").iterdir())  # work dirs and locks cleaned
