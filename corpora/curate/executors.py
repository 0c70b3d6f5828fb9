"""Run curation stages on the spec's executor: DataTrove's Local, Ray or Slurm executor.

A `Stage` is a DataTrove pipeline, a task count and a logging folder. `run_stage` runs one
to completion (local, ray) and reports progress; `submit_stages` hands a chain of stages
to Slurm (`sbatch` is asynchronous, so each stage's array job depends on the previous one).
Every executor records finished tasks under `<logging dir>/completions/`, and a re-run
skips them: that is the whole resume mechanism, per task.

Executor settings map one to one onto the spec (`executor.tasks`, `executor.workers`,
`executor.ray.*`, `executor.slurm.*`); `make_executor` is that mapping, kept separate so
it can be checked without a cluster.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datatrove.executor.base import PipelineExecutor
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.executor.ray import RayPipelineExecutor
from datatrove.executor.slurm import SlurmPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.curate.logs import driver_console, tail, task_console
from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import CorpusSpec, ExecutorSpec

Progress = Callable[[str], None]


def print_progress(line: str) -> None:
    """Progress goes to stderr: stdout carries results only (`ref=$(hornbook build ...)`)."""
    print(line, file=sys.stderr, flush=True)


@dataclass
class Stage:
    """One DataTrove pipeline run as `tasks` tasks, logging to `logs_root / name`."""

    name: str  # also the logging folder: "1-generate-filter", "4-dedup-filter", ...
    title: str  # for people: "exact dedupe: filter"
    pipeline: list[PipelineStep]
    tasks: int
    logs_root: Path

    @property
    def logs(self) -> Path:
        return self.logs_root / self.name


@dataclass
class StageResult:
    stage: str
    tasks: int
    skipped: int  # tasks already completed by an earlier (killed) run
    seconds: float
    steps: list[dict[str, Any]] = field(default_factory=list)  # summed per-task stats


# --------------------------------------------------------------------------- executors


def _die_with_parent() -> None:
    """Linux: kill this worker when the process that forked it dies.

    A build killed with SIGKILL leaves its pool workers running (they are children of
    DataTrove's forkserver, which exits when the build dies); a worker that went on
    writing its shard while a resumed build rewrites the same file would corrupt it.
    """
    if sys.platform.startswith("linux"):
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


_STAGE_RUNNING = threading.Event()


def _forked_during_a_stage() -> None:
    if _STAGE_RUNNING.is_set():
        _die_with_parent()


# DataTrove's executor forks a multiprocess Manager from the build process; if the build is
# SIGKILLed the Manager lives on, holding the forkserver's liveness pipe open, so the
# forkserver and its workers live on too. Children forked while a stage runs die with it.
os.register_at_fork(after_in_child=_forked_during_a_stage)


def _exit_when_gone(pid: int, every: float = 0.5) -> None:
    """In a worker: exit as soon as the build process `pid` is gone (watchdog thread).

    The workers are children of DataTrove's forkserver, which outlives the build as long
    as any worker runs (each worker holds its liveness pipe), so a parent-death signal
    cannot reach them: they watch the build themselves.
    """

    def watch() -> None:
        while True:
            time.sleep(every)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(70)
            except PermissionError:  # alive, someone else's: cannot happen for our parent
                pass

    threading.Thread(target=watch, name="build-watchdog", daemon=True).start()


class QuietLocalExecutor(LocalPipelineExecutor):
    """DataTrove's local executor; each task's console output goes to its logging dir,
    and its workers die with the build (so a killed build cannot race its own resume)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.build_pid = os.getpid()

    def _launch_run_for_rank(self, rank: int, ranks_q, completed=None, completed_lock=None):
        # Wraps the task *and* DataTrove's "k/N tasks completed" message after it.
        if os.getpid() != self.build_pid and not getattr(self, "_watching", False):
            _exit_when_gone(self.build_pid)
            self._watching = True
        with task_console(self.logging_dir, rank):
            return super()._launch_run_for_rank(rank, ranks_q, completed, completed_lock)


class QuietRayExecutor(RayPipelineExecutor):
    """DataTrove's Ray executor (importable without Ray; `run` needs it), quiet tasks."""

    def _run_for_rank(self, rank: int, local_rank: int = 0, node_rank: int = -1):
        with task_console(self.logging_dir, rank):
            return super()._run_for_rank(rank, local_rank, node_rank)


class HornbookSlurmExecutor(SlurmPipelineExecutor):
    """DataTrove's Slurm executor, with job scripts that a real `sbatch` accepts and runs.

    Four differences from the stock scripts, each found against a real Slurm 22.05:
    - memory goes in whole megabytes: DataTrove writes `--mem-per-cpu=2.0G` for the spec's
      float, which sbatch rejects ("Invalid --mem-per-cpu specification");
    - no partition, no directive: DataTrove writes a bare `#SBATCH --partition`, which
      sbatch rejects; without one, Slurm uses the cluster's default partition;
    - the jobs run DataTrove's tools with a named Python (`python -m datatrove.tools.…`)
      rather than the console scripts `launch_pickled_pipeline` and `merge_stats` looked up
      on PATH, which a job does not have unless the submitting shell had the venv on PATH.
      `python` is the activated venv's interpreter when `venv_path` is set, otherwise the
      interpreter that submitted the build (the same venv and checkout: a shared filesystem);
    - `--kill-on-invalid-dep=yes`: when a stage fails (or `RequireKept` finds that every
      document was rejected), the jobs after it are cancelled rather than left pending.
    """

    def __init__(self, *args: Any, python: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.python = python

    def get_sbatch_args(self, max_array: int = 1) -> dict:
        args = super().get_sbatch_args(max_array)
        if args.get("partition") is None:
            args.pop("partition", None)
        if args.get("mem-per-cpu") == f"{self.mem_per_cpu_gb}G":  # not overridden in sbatch_args
            args["mem-per-cpu"] = f"{max(1, round(self.mem_per_cpu_gb * 1024))}M"
        # A stage that fails cancels the stages waiting on it, instead of leaving them in
        # the queue for ever ("DependencyNeverSatisfied").
        args.setdefault("kill-on-invalid-dep", "yes")
        return args

    def get_launch_file_contents(self, sbatch_args: dict, run_script: str) -> str:
        command = re.sub(
            r"(^|\s)(launch_pickled_pipeline|merge_stats)(?=\s)",
            lambda m: f"{m[1]}{self.python} -m datatrove.tools.{m[2]}",
            run_script,
            count=1,
        )
        return super().get_launch_file_contents(sbatch_args, command)


def _venv_activate(venv_path: str | None) -> str | None:
    """DataTrove runs `source <venv_path>`: accept a venv directory or its activate script."""
    if not venv_path:
        return None
    return venv_path if venv_path.endswith("activate") else f"{venv_path.rstrip('/')}/bin/activate"


def make_executor(
    executor: ExecutorSpec,
    stage: Stage,
    depends: PipelineExecutor | None = None,
    job_prefix: str = "hornbook",
) -> PipelineExecutor:
    """The DataTrove executor for one stage, configured from the spec's `executor` section."""
    workers = min(executor.workers, stage.tasks)
    common: dict[str, Any] = {
        "pipeline": stage.pipeline,
        "tasks": stage.tasks,
        "workers": workers,
        "logging_dir": str(stage.logs),
        "skip_completed": True,
    }
    if executor.kind == "local":
        return QuietLocalExecutor(**common)
    if executor.kind == "ray":
        ray = executor.ray
        return QuietRayExecutor(
            **common,
            depends=depends,
            cpus_per_task=ray.cpus_per_task,
            mem_per_cpu_gb=ray.mem_per_cpu_gb,
        )
    slurm = executor.slurm
    return HornbookSlurmExecutor(
        **common,
        python="python" if slurm.venv_path else shlex.quote(sys.executable),
        depends=depends,
        job_name=f"{job_prefix}-{stage.name}",
        partition=slurm.partition,
        time=slurm.time,
        cpus_per_task=slurm.cpus_per_task,
        mem_per_cpu_gb=slurm.mem_per_cpu_gb,
        qos=slurm.qos,
        venv_path=_venv_activate(slurm.venv_path),
        sbatch_args=dict(slurm.sbatch_args),
        slurm_logs_folder=str(stage.logs / "slurm_logs"),
    )


# --------------------------------------------------------------------------- ray


def ensure_ray(executor: ExecutorSpec) -> None:
    """Connect to the configured Ray cluster (or start a local one) unless already connected."""
    try:
        import ray
    except ImportError:
        raise UserError(
            "executor.kind is 'ray' but Ray is not installed: pip install 'ray[default]' "
            "(or use executor.kind=local)"
        ) from None
    if not ray.is_initialized():
        ray.init(
            address=executor.ray.address,
            log_to_driver=False,  # task output stays in each stage's logging dir
            include_dashboard=False,
            configure_logging=False,
        )


# --------------------------------------------------------------------------- stats


def stage_stats(logs: Path) -> list[dict[str, Any]]:
    """Per-step counters of a stage, summed over the per-task stats files.

    Summed from `stats/NNNNN.json` rather than the executor's merged `stats.json`, which
    only covers the tasks of the last (possibly resumed) run.
    """
    steps: list[dict[str, Any]] = []
    for path in sorted((logs / "stats").glob("*.json")):
        for i, step in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            if i == len(steps):
                steps.append({"name": step["name"], "stats": {}})
            totals = steps[i]["stats"]
            for key, value in step.get("stats", {}).items():
                amount = value.get("total", 0) if isinstance(value, dict) else value
                totals[key] = totals.get(key, 0) + amount
    return steps


def _completed(logs: Path) -> int:
    folder = logs / "completions"
    return sum(1 for _ in folder.iterdir()) if folder.is_dir() else 0


def _describe(result: StageResult) -> str:
    counts = []
    for step in result.steps:
        if "WRITER" in step["name"]:
            counts.append(f"{step['stats'].get('total', 0):,} written")
    resumed = f", {result.skipped} resumed" if result.skipped else ""
    return f"done in {result.seconds:.1f} s ({result.tasks} tasks{resumed}" + (
        f"; {', '.join(counts)})" if counts else ")"
    )


class _TaskTicker(threading.Thread):
    """Prints 'k/N tasks' while a long stage runs (polls the completion markers)."""

    def __init__(self, stage: Stage, progress: Progress, label: str, every: float = 5.0) -> None:
        super().__init__(daemon=True)
        self.stage, self.progress, self.label, self.every = stage, progress, label, every
        self.stop = threading.Event()

    def run(self) -> None:
        last = _completed(self.stage.logs)
        while not self.stop.wait(self.every):
            done = _completed(self.stage.logs)
            if done != last:
                self.progress(f"{self.label}: {done}/{self.stage.tasks} tasks")
                last = done


def _failure(stage: Stage, incomplete: list[int], cause: BaseException | None) -> UserError:
    logs = stage.logs / "logs"
    excerpt = tail(logs / f"task_{incomplete[0]:05d}.log") if incomplete else ""
    return UserError(
        f"curation stage '{stage.title}' failed: {len(incomplete)} of {stage.tasks} tasks did "
        f"not complete{f' ({cause})' if cause else ''}. Logs: {logs}\n{excerpt}"
    )


def run_stage(
    spec: CorpusSpec,
    stage: Stage,
    number: int = 1,
    count: int = 1,
    progress: Progress | None = print_progress,
) -> StageResult:
    """Run one stage to completion on a local or Ray executor (tasks already done are skipped)."""
    say = progress or (lambda _line: None)
    if spec.executor.kind == "slurm":
        raise ValueError("slurm stages are submitted with submit_stages, not run")
    if spec.executor.kind == "ray":
        ensure_ray(spec.executor)
    label = f"[{number}/{count}] {stage.title}"
    skipped = _completed(stage.logs)
    say(
        f"{label}: {stage.tasks} tasks on {min(spec.executor.workers, stage.tasks)} workers"
        + (f" ({skipped} already done)" if skipped else "")
    )
    ticker = _TaskTicker(stage, say, label)
    ticker.start()
    start = time.perf_counter()
    cause: BaseException | None = None
    try:
        with driver_console(stage.logs / "driver.log"):
            executor = make_executor(spec.executor, stage)
            _STAGE_RUNNING.set()
            executor.run()
    except Exception as exc:  # a task raised; DataTrove logged it in the task's log
        cause = exc
    finally:
        _STAGE_RUNNING.clear()
        ticker.stop.set()
        ticker.join()
    # Ray only warns when tasks fail for good: the completion markers are the truth.
    marks = stage.logs / "completions"
    incomplete = [r for r in range(stage.tasks) if not (marks / f"{r:05d}").is_file()]
    if incomplete or cause is not None:
        raise _failure(stage, incomplete, cause) from cause
    result = StageResult(
        stage.name, stage.tasks, skipped, time.perf_counter() - start, stage_stats(stage.logs)
    )
    say(f"{label}: {_describe(result)}")
    return result


# --------------------------------------------------------------------------- slurm


@dataclass(frozen=True)
class SubmittedJob:
    stage: str
    job_id: str  # "-1" when every task of the stage had already completed
    script: Path  # DataTrove's launch_script.slurm (absent when nothing was launched)


def submit_stages(
    spec: CorpusSpec, stages: list[Stage], job_prefix: str = "hornbook"
) -> list[SubmittedJob]:
    """Submit `stages` as a chain of Slurm array jobs (each `afterok` the previous one).

    Returns at once with the job ids; the stages run when Slurm schedules them.
    """
    executors: list[SlurmPipelineExecutor] = []
    for stage in stages:
        depends = executors[-1] if executors else None
        executors.append(make_executor(spec.executor, stage, depends, job_prefix))  # type: ignore[arg-type]
    try:
        executors[-1].run()  # launches its dependencies first, in order
    except FileNotFoundError as exc:
        raise UserError(
            "executor.kind is 'slurm' but `sbatch` is not on PATH: run the build on a Slurm "
            "login node, or use executor.kind=local"
        ) from exc
    except subprocess.CalledProcessError as exc:
        raise UserError(f"sbatch refused a curation job: {exc}") from exc
    return [
        SubmittedJob(stage.name, str(ex.job_id), stage.logs / "launch_script.slurm")
        for stage, ex in zip(stages, executors, strict=True)
    ]
