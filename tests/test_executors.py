"""Curation stages on DataTrove's executors: local (quiet, with progress), Slurm, Ray.

Slurm: `sbatch` is not installed here, so a stand-in `sbatch` on PATH records what it is
given and answers like Slurm does; the jobs' pickled executors are then run exactly as
Slurm would run them (one process per array index, `SLURM_ARRAY_TASK_ID` set), in
dependency order, and must publish the corpus. Ray: the configuration mapping always; a
real run only where a Python with Ray is named by `HORNBOOK_RAY_PYTHON`, inside a network
namespace the test makes (Ray binds to every interface).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dill
import pytest
from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers import JsonlWriter
from hornbook.corpora import build
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.curate.executors import (
    QuietLocalExecutor,
    QuietRayExecutor,
    Stage,
    ensure_ray,
    make_executor,
    run_stage,
)
from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import load_spec

REPO = Path(__file__).resolve().parents[1]


class Numbers(PipelineStep):
    name = "numbers"

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        for i in range(rank, 30, world_size):
            yield Document(text=f"document number {i}", id=str(i), metadata={"index": i})


def test_local_stage_reports_progress_and_keeps_datatrove_logs_out_of_the_terminal(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    spec = load_spec("tinystories", ["executor.tasks=2", "executor.workers=2"])
    out = tmp_path / "out"
    stage = Stage(
        "numbers",
        "numbers",
        [Numbers(), JsonlWriter(str(out), output_filename="${rank}.jsonl.gz")],
        2,
        tmp_path / "logs",
    )
    lines: list[str] = []
    result = run_stage(spec, stage, 1, 1, progress=lines.append)
    captured = capfd.readouterr()
    assert "Launching pipeline" not in captured.err and "tasks completed" not in captured.err
    assert lines[0] == "[1/1] numbers: 2 tasks on 2 workers"
    assert re.match(r"\[1/1\] numbers: done in [\d.]+ s \(2 tasks; 30 written\)", lines[-1])
    assert [s["stats"].get("total") for s in result.steps if "WRITER" in s["name"]] == [30]
    logs = tmp_path / "logs" / "numbers"
    console = "".join(p.read_text() for p in sorted((logs / "logs").glob("console_*.log")))
    assert "2/2 tasks completed" in console  # what would have reached the terminal
    assert "Processing done for rank=1" in (logs / "logs" / "task_00001.log").read_text()
    # a second run finds both tasks done and redoes nothing
    again = run_stage(spec, stage, 1, 1, progress=lines.append)
    assert again.skipped == 2 and "(2 already done)" in lines[-2]


def test_a_failing_task_is_a_user_error_with_its_log(tmp_path: Path) -> None:
    class Broken(PipelineStep):
        name = "broken"

        def run(self, data=None, rank: int = 0, world_size: int = 1):
            raise RuntimeError("the disk is on fire")
            yield

    spec = load_spec("tinystories", ["executor.tasks=1", "executor.workers=1"])
    stage = Stage("broken", "broken stage", [Broken()], 1, tmp_path)
    with pytest.raises(UserError, match=r"(?s)'broken stage' failed: 1 of 1 tasks.*on fire"):
        run_stage(spec, stage, progress=None)


FAKE_SBATCH = """#!/usr/bin/env python3
import json, os, shutil, sys
record = os.environ["FAKE_SBATCH_RECORD"]
calls = json.load(open(record)) if os.path.exists(record) else []
job_id = str(1000 + len(calls))
script = os.path.join(os.path.dirname(record), f"job-{job_id}.slurm")
shutil.copy(sys.argv[-1], script)
calls.append({"args": sys.argv[1:-1], "script": script, "job_id": job_id})
json.dump(calls, open(record, "w"))
print(f"Submitted batch job {job_id}")
"""


def test_slurm_submits_a_dependent_chain_that_publishes(
    tmp_path: Path, data_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sbatch").write_text(FAKE_SBATCH)
    (bin_dir / "sbatch").chmod(0o755)
    # DataTrove asks `scontrol show hostnames $SLURM_NODELIST` inside a job
    (bin_dir / "scontrol").write_text('#!/bin/sh\necho "$3"\n')
    (bin_dir / "scontrol").chmod(0o755)
    record = tmp_path / "sbatch.json"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_SBATCH_RECORD", str(record))

    overrides = [
        "generator.samples=60",
        "executor.kind=slurm",
        "executor.tasks=2",
        "executor.workers=2",
        "executor.slurm.partition=cpu",
        "executor.slurm.time=01:30:00",
        "executor.slurm.cpus_per_task=4",
        "executor.slurm.mem_per_cpu_gb=3",
        "executor.slurm.qos=high",
        "executor.slurm.venv_path=/opt/hornbook/.venv",
        "executor.slurm.sbatch_args={account: corpora}",
    ]
    plan = build.plan("tinystories", overrides, data_root)
    jobs = build.submit(plan)
    assert [j.stage for j in jobs] == [
        "1-generate-filter",
        "1-require-kept",
        "2-dedup-signatures",
        "3-dedup-find",
        "4-dedup-filter",
        "publish",
    ]
    calls = json.loads(record.read_text())
    stage_calls = [c for c in calls if "merge_stats" not in Path(c["script"]).read_text()]
    assert [c["job_id"] for c in stage_calls] == [j.job_id for j in jobs]
    # each stage waits for the one before it
    for before, after in zip(stage_calls, stage_calls[1:], strict=False):
        assert f"--dependency=afterok:{before['job_id']}" in after["args"]
    script = jobs[0].script.read_text()
    for directive in (
        "#SBATCH --partition=cpu",
        "#SBATCH --time=01:30:00",
        "#SBATCH --cpus-per-task=4",
        "#SBATCH --mem-per-cpu=3072M",
        "#SBATCH --qos=high",
        "#SBATCH --account=corpora",
        "#SBATCH --array=0-1%2",
        "#SBATCH --kill-on-invalid-dep=yes",
        "source /opt/hornbook/.venv/bin/activate",
        f"launch_pickled_pipeline {plan.work.logs / '1-generate-filter' / 'executor.pik'}",
    ):
        assert directive in script
    assert "#SBATCH --array=0-0" in jobs[1].script.read_text()  # the kept check: one task
    assert "#SBATCH --array=0-0" in jobs[3].script.read_text()  # find-duplicates: one task

    # Run the jobs as Slurm would: every array index of a job once, jobs in chain order.
    # (In-process, as `launch_pickled_pipeline` does after unpickling, to stay fast.)
    monkeypatch.setenv("SLURM_NODELIST", "node1")
    monkeypatch.setenv("RUN_OFFSET", "0")
    for job in jobs:
        tasks = len(json.loads((job.script.parent / "ranks_to_run.json").read_text()))
        for index in range(tasks):
            monkeypatch.setenv("SLURM_ARRAY_TASK_ID", str(index))
            with (job.script.parent / "executor.pik").open("rb") as handle:
                dill.load(handle).run()
    version = Catalog(data_root).resolve("tinystories@v1")
    assert version.fingerprint == plan.fingerprint
    counts = version.manifest["counts"]
    assert counts["generated"] == 60 == counts["published"] + counts["rejected"]
    assert not plan.work.root.exists()  # the publish job cleaned up
    assert (plan.work.publish_logs / "publish" / "completions" / "00000").is_file()


def test_ray_executor_configuration_maps_the_spec(tmp_path: Path) -> None:
    spec = load_spec(
        "tinystories",
        [
            "executor.kind=ray",
            "executor.tasks=8",
            "executor.workers=3",
            "executor.ray.cpus_per_task=2",
            "executor.ray.mem_per_cpu_gb=1.5",
            "executor.ray.address=auto",
        ],
    )
    stage = Stage("s", "s", [Numbers()], 8, tmp_path)
    executor = make_executor(spec.executor, stage)
    assert isinstance(executor, QuietRayExecutor)
    assert (executor.tasks, executor.workers, executor.cpus_per_task, executor.mem_per_cpu_gb) == (
        8,
        3,
        2,
        1.5,
    )
    assert executor.skip_completed and executor.logging_dir.path == str(tmp_path / "s")
    local = make_executor(load_spec("tinystories").executor, stage)
    assert isinstance(local, QuietLocalExecutor) and local.workers == 2
    try:
        import ray  # noqa: F401
    except ImportError:
        with pytest.raises(UserError, match="Ray is not installed"):
            ensure_ray(spec.executor)


RAY_SCRIPT = """
import json, sys
from pathlib import Path
from hornbook.corpora.curate.pipeline import WorkLayout, run_curation
from hornbook.corpora.publish import read_jsonl_docs
from hornbook.corpora.spec import load_spec

if __name__ == "__main__":
    spec = load_spec("tinystories", ["generator.samples=40", "executor.kind=ray",
                                      "executor.tasks=2", "executor.workers=2"])
    curated = run_curation(spec, WorkLayout(Path(sys.argv[1])), progress=None)
    print(json.dumps({"kept": len(read_jsonl_docs(curated))}))
"""


def _ray_python() -> str | None:
    named = os.environ.get("HORNBOOK_RAY_PYTHON")
    if named:
        return named
    try:
        import ray  # noqa: F401
    except ImportError:
        return None
    return sys.executable


@pytest.mark.slow
def test_ray_executor_runs_curation_in_a_private_network_namespace(tmp_path: Path) -> None:
    python = _ray_python()
    if python is None:
        pytest.skip(
            "Ray is not installed in this venv and HORNBOOK_RAY_PYTHON names no Python with Ray"
        )
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("needs unshare and ip to give Ray a private network namespace")
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow unprivileged network namespaces (unshare -rn)")
    (tmp_path / "run.py").write_text(RAY_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [
            "unshare",
            "-rn",
            "sh",
            "-c",
            f'ip link set lo up && "{python}" {tmp_path / "run.py"} {tmp_path / "work"}',
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    kept = json.loads(done.stdout.strip().splitlines()[-1])["kept"]
    assert 0 < kept <= 40
    marks = tmp_path / "work" / "logs" / "4-dedup-filter" / "completions"
    assert sorted(p.name for p in marks.iterdir()) == ["00000", "00001"]
