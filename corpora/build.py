"""One corpus build: spec -> generate -> curate -> publish, as composable steps.

`plan` resolves the spec and its fingerprint (and notices an existing version), once per
build; `decide` is the one place that says what a planned build does (return the version
that already has its fingerprint, submit to Slurm, or run here) and `execute` does it.
Running here means: inside `exclusive(plan)`, `curate` runs the DataTrove stages in a
per-fingerprint work directory (so a killed build resumes) and `publish_build` writes the
immutable version. The CLI, the Prefect flow (and so the deployments) and `build_corpus`
all go through `decide`; the flow runs curate and publish as Prefect tasks.

Concurrency. Two builds of the *same* fingerprint share one work directory, so they
must not run at once; but failing the second one would be unhelpful (the user asked for
a corpus that is being made). The second build therefore waits for the first to finish,
then finds the published version and returns it (`created=False`), exactly as if it had
been started afterwards. Builds of different fingerprints never wait for each other;
only taking a version number is serialised (`Catalog.lock`).

Slurm. `sbatch` is asynchronous, so `submit` queues every stage as an array job chained
`afterok` to the previous one, plus a last one-task job that publishes; it prints the job
ids and returns without waiting. The publish job takes the same lock and, like any build,
returns the existing version if one with the fingerprint appeared meanwhile.
"""

from __future__ import annotations

import enum
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.backends.llm_limits import check_max_tokens
from hornbook.corpora.catalog import Catalog, CorpusVersion
from hornbook.corpora.curate.executors import Progress, SubmittedJob, print_progress
from hornbook.corpora.curate.pipeline import (
    WorkLayout,
    curation_summary,
    output_dir,
    run_curation,
    submit_curation,
)
from hornbook.corpora.errors import UserError
from hornbook.corpora.preflight import check_spec_files
from hornbook.corpora.publish import PublishResult, fingerprint, publish
from hornbook.corpora.spec import CorpusSpec, find_spec_file, load_spec


@dataclass(frozen=True)
class BuildPlan:
    spec: CorpusSpec
    source: str  # the spec file, plus overrides, as the user gave them
    fingerprint: str
    root: Path
    existing: CorpusVersion | None

    @property
    def work(self) -> WorkLayout:
        return WorkLayout(self.root / ".work" / self.spec.name / self.fingerprint[:16])

    @property
    def lock_path(self) -> Path:
        return self.work.root.parent / f"{self.work.root.name}.lock"

    def to_params(self) -> dict[str, str]:
        """Plain JSON data for a Prefect flow parameter (the flow then plans nothing again)."""
        return {
            "spec": self.spec.model_dump_json(),
            "source": self.source,
            "fingerprint": self.fingerprint,
            "root": str(self.root),
        }

    @classmethod
    def from_params(cls, params: dict[str, str]) -> BuildPlan:
        """The plan `to_params` described; looks up an existing version again (cheap)."""
        spec = CorpusSpec.model_validate_json(params["spec"])
        root, fp = Path(params["root"]), params["fingerprint"]
        existing = Catalog(root).find_fingerprint(spec.name, fp)
        return cls(spec, params["source"], fp, root, existing)


def plan(
    spec_ref: str, overrides: list[str] | None = None, root: str | Path | None = None
) -> BuildPlan:
    """Resolve the spec, check the files it names, compute its fingerprint and look for a
    version that already has it."""
    spec = load_spec(spec_ref, overrides)
    check_spec_files(spec)
    path = find_spec_file(spec_ref)
    source = str(path) + "".join(f" --set {o}" for o in overrides or [])
    catalog = Catalog(root)
    fp = fingerprint(spec)
    return BuildPlan(spec, source, fp, catalog.root, catalog.find_fingerprint(spec.name, fp))


@contextmanager
def _locked_file(path: Path, on_wait: Progress | None) -> Iterator[None]:
    """An exclusive flock on `path` that survives the holder deleting the file.

    The holder removes the lock file with the work directory when it publishes. A waiter
    that then wins the lock on the deleted inode would share nothing with a newcomer that
    creates a fresh file, so after locking we check that the path still names our inode
    and start over if not.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    announced = False
    while True:
        handle = path.open("a+")
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None and not announced:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    on_wait(f"another build of this spec is running ({holder}); waiting for it")
                    announced = True
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                same = os.fstat(handle.fileno()).st_ino == path.stat().st_ino
            except FileNotFoundError:
                same = False
            if not same:
                continue  # the previous holder deleted it: lock the new one
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} since {time.strftime('%H:%M:%S')}\n")
            handle.flush()
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
            return
        finally:
            handle.close()


@contextmanager
def exclusive(
    build: BuildPlan, on_wait: Progress | None = print_progress
) -> Iterator[CorpusVersion | None]:
    """Hold this fingerprint's build lock, waiting for a running build of it to finish.

    Yields the version with this fingerprint if one was published meanwhile (by the build
    we waited for): the caller then has nothing to do.
    """
    with _locked_file(build.lock_path, on_wait):
        yield Catalog(build.root).find_fingerprint(build.spec.name, build.fingerprint)
        if not build.work.root.exists():  # nothing left to protect: leave no lock file
            build.lock_path.unlink(missing_ok=True)


def curate(build: BuildPlan, progress: Progress | None = print_progress) -> Path:
    """Generate and curate into the work directory; returns the curated folder.

    Call inside `exclusive(build)`.
    """
    return run_curation(build.spec, build.work, progress=progress)


def publish_build(build: BuildPlan, curated: Path) -> PublishResult:
    """Publish the curated documents, then remove the work directory.

    Call inside `exclusive(build)`. The work directory goes only after the version is in
    place, so a crash in between leaves a resumable build, never a lost one.
    """
    summary = curation_summary(build.work)
    result = publish(
        build.spec,
        build.source,
        build.fingerprint,
        curated,
        build.work.rejected,
        summary=summary,
        catalog=Catalog(build.root),
    )
    shutil.rmtree(build.work.root, ignore_errors=True)
    return result


class Decision(enum.Enum):
    """What a planned build does."""

    EXISTING = "existing"  # a version with this fingerprint exists: return it
    SUBMIT = "submit"  # Slurm: queue the stage jobs and a publish job, return at once
    RUN_HERE = "run here"  # local or Ray: curate and publish in this process


def preflight(build: BuildPlan) -> None:
    """Checks that need more than the spec, before any work starts: an `openai` endpoint
    that reports its context length must have room for `generator.max_tokens`."""
    check_max_tokens(build.spec)


def decide(build: BuildPlan) -> Decision:
    """The one "already built? / submit to Slurm / run here" decision.

    An existing version wins over every executor kind: re-running an already-built Slurm
    spec must not queue the whole job chain again.
    """
    if build.existing is not None:
        return Decision.EXISTING
    if build.spec.executor.kind == "slurm":
        return Decision.SUBMIT
    return Decision.RUN_HERE


@dataclass(frozen=True)
class BuildOutcome:
    """What `execute` did: `version` unless Slurm jobs were submitted (`jobs`)."""

    decision: Decision
    version: CorpusVersion | None
    created: bool = False
    jobs: tuple[SubmittedJob, ...] = ()


def execute(
    build: BuildPlan,
    run_here: Callable[[BuildPlan], PublishResult] | None = None,
    progress: Progress | None = print_progress,
) -> BuildOutcome:
    """Carry out `decide(build)`.

    `run_here` curates and publishes (inside the build lock, which `execute` holds); by
    default `curate` then `publish_build` in this process; the Prefect flow passes its
    tasks. A build of the same fingerprint running elsewhere is waited for and its version
    returned.
    """
    decision = decide(build)
    if decision is Decision.EXISTING:
        return BuildOutcome(decision, build.existing)
    preflight(build)
    if decision is Decision.SUBMIT:
        return BuildOutcome(decision, None, jobs=tuple(submit(build)))
    with exclusive(build, progress) as existing:
        if existing is not None:
            return BuildOutcome(Decision.EXISTING, existing)
        if run_here is None:
            result = publish_build(build, curate(build, progress))
        else:
            result = run_here(build)
    return BuildOutcome(decision, result.version, result.created)


def build_corpus(
    spec_ref: str,
    overrides: list[str] | None = None,
    root: str | Path | None = None,
    progress: Progress | None = print_progress,
) -> PublishResult:
    """Plan, curate and publish in one call (no Prefect); local and Ray executors."""
    return run_build(plan(spec_ref, overrides, root), progress)


def run_build(build: BuildPlan, progress: Progress | None = print_progress) -> PublishResult:
    """Curate and publish a planned build, or return the version that already has its fingerprint."""
    if decide(build) is Decision.SUBMIT:
        raise UserError(
            f"{build.spec.name}: executor.kind is 'slurm'; submit it with `hornbook build`"
        )
    outcome = execute(build, progress=progress)
    assert outcome.version is not None
    return PublishResult(outcome.version, outcome.created)


# --------------------------------------------------------------------------- slurm


class PublishStep(PipelineStep):
    """The last Slurm job of a build: publish what the stage jobs curated.

    Holds plain data (the spec as JSON, paths as strings) so it pickles into the job.
    """

    name = "📦 publish"

    def __init__(self, build: BuildPlan) -> None:
        super().__init__()
        self.spec_json = build.spec.model_dump_json()
        self.source = build.source
        self.fp = build.fingerprint
        self.root = str(build.root)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1):
        spec = CorpusSpec.model_validate_json(self.spec_json)
        build = BuildPlan(spec, self.source, self.fp, Path(self.root), None)
        with exclusive(build, on_wait=None) as existing:
            if existing is None:
                result = publish_build(build, output_dir(spec, build.work))
                print(f"published {result.version.ref} at {result.version.path}")
        yield from ()


def submit(build: BuildPlan) -> list[SubmittedJob]:
    """Slurm: queue the stage jobs and a publish job; returns at once with their ids."""
    prefix = f"hornbook-{build.spec.name}-{build.fingerprint[:8]}"
    return submit_curation(build.spec, build.work, then=[PublishStep(build)], job_prefix=prefix)
