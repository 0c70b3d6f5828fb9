"""Builds running at the same time, as separate processes, against one data root.

Two builds of the same spec: the second waits for the first (it says so), then returns
the version the first published instead of building it again. Builds of different specs
run side by side and get consecutive version numbers, each a complete, verifiable version.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from hornbook.corpora.catalog import Catalog

from tests.build_process import start_build

SMALL = ["generator.samples=120", "executor.tasks=1", "executor.workers=1"]


def _finish(proc: subprocess.Popen[str]) -> tuple[str, str, bool, str]:
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err[-3000:]
    line = next(x for x in out.splitlines() if x.startswith("REF "))
    _, ref, created, fp = line.split()
    return ref, err, created == "True", fp  # progress (waiting included) is on stderr


def test_same_spec_waits_and_different_specs_publish_side_by_side(tmp_path: Path) -> None:
    root = tmp_path / "data"
    same = [start_build(tmp_path, root, SMALL) for _ in range(2)]
    other = start_build(tmp_path, root, [*SMALL, "seed=7"])
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
