"""A build killed with SIGKILL mid-curation resumes and publishes byte-identical shards.

The build runs in its own process group; we kill only the build process (as the OOM
killer would), check that its DataTrove workers die with it instead of writing on behind
the resumed build's back, then build again: finished tasks are skipped (completion
markers), killed tasks are redone from scratch (their partial output and rejects files are
rewritten whole), and the published shards and rejects match an uninterrupted build's.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pyarrow.parquet as pq
from hornbook.corpora.build import plan
from hornbook.corpora.catalog import Catalog

from tests.build_process import start_build

# 4 tasks on 2 workers, 100 stories each: a task lasts long enough to be killed mid-way.
OVERRIDES = ["generator.samples=400", "executor.tasks=4", "executor.workers=2"]


def _group_alive(pgid: int) -> bool:
    """Whether a live (not zombie) process is left in the group (zombies wait for an init
    that may not reap them in a container; they write nothing)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _published(root: Path) -> dict[str, str]:
    version = Catalog(root).resolve("tinystories@v1")
    version.verify()
    return {s["path"]: s["sha256"] for s in version.manifest["shards"]}


def test_killed_build_resumes_to_identical_shards(tmp_path: Path) -> None:
    reference, resumed = tmp_path / "reference", tmp_path / "resumed"
    straight = start_build(tmp_path, reference, OVERRIDES, new_session=True)

    victim = start_build(tmp_path, resumed, OVERRIDES, new_session=True)
    marks = plan("tinystories", OVERRIDES, resumed).work.logs / "1-generate-filter" / "completions"
    deadline = time.monotonic() + 90
    while not (marks.is_dir() and any(marks.iterdir())):
        assert victim.poll() is None, victim.communicate()
        assert time.monotonic() < deadline, "stage 1 never completed a task"
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)  # the build process only, not its workers
    victim.wait()
    deadline = time.monotonic() + 20
    while _group_alive(victim.pid):  # orphaned workers must not keep writing
        assert time.monotonic() < deadline, "DataTrove workers outlived the killed build"
        time.sleep(0.1)
    # (a worker may have finished its task in the moment before it noticed the kill)
    done_before = sorted(p.name for p in marks.iterdir())
    assert 1 <= len(done_before) < 4, done_before
    assert not (resumed / "corpora" / "tinystories" / "v1").exists()

    again = start_build(tmp_path, resumed, OVERRIDES, new_session=True)
    out, err = again.communicate(timeout=240)
    assert again.returncode == 0, err[-3000:]
    assert f"({len(done_before)} already done)" in err  # finished tasks were not redone
    assert "REF tinystories@v1 True" in out
    assert "Launching pipeline" not in err  # DataTrove's task logs stay in the work dir

    out, err = straight.communicate(timeout=240)
    assert straight.returncode == 0, err[-3000:]
    assert _published(resumed) == _published(reference)
    rejected = [
        pq.read_table(root / "corpora" / "tinystories" / "v1" / "rejected" / "rejected.parquet")
        for root in (resumed, reference)
    ]
    assert rejected[0].equals(rejected[1])
    ids = rejected[0].column("id").to_pylist()
    assert len(ids) == len(set(ids))  # a killed task's rejects were rewritten, not appended
    manifest = json.loads(
        (resumed / "corpora" / "tinystories" / "v1" / "manifest.json").read_text()
    )
    assert manifest["counts"]["generated"] == 400
    assert manifest["counts"]["published"] + manifest["counts"]["rejected"] == 400
