"""Flow `build-corpus`: spec -> curated, published corpus version.

The decision (already built / submit to Slurm / run here) is `build.decide`, the same one
the CLI uses. A build whose documents are all rejected ends the flow run `Failed` with the
one-line account of `NothingKept` (no task traceback), and the CLI prints that line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hornbook.corpora import build
from hornbook.corpora.errors import NothingKept
from hornbook.corpora.publish import PublishResult
from hornbook.flows.artifacts import artifact_key
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed


@task(name="plan", cache_policy=NO_CACHE)
def plan_task(spec: str, overrides: list[str], data_root: str | None) -> build.BuildPlan:
    return build.plan(spec, overrides, data_root)


@task(name="generate-and-curate", cache_policy=NO_CACHE)
def curate_task(plan: build.BuildPlan) -> str | dict[str, str]:
    """The curated folder, or `{"nothing_kept": message}` (a result, not a raised error,
    so Prefect logs one line rather than a traceback)."""
    logger = get_run_logger()
    try:
        # The logger, not print: the stage's ticker thread runs outside the task's context,
        # where Prefect's print capture does not reach, so print would land on stdout.
        return str(build.curate(plan, progress=logger.info))
    except NothingKept as exc:
        return {"nothing_kept": str(exc)}


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(plan: build.BuildPlan, curated: str) -> PublishResult:
    return build.publish_build(plan, Path(curated))


def build_summary_markdown(result: PublishResult) -> str:
    """The artifact a Prefect user sees: counts per stage, drop reasons, where the version is."""
    manifest = result.version.manifest
    status = (
        "published" if result.created else "already existed (same fingerprint); nothing rebuilt"
    )
    rows = "\n".join(f"| {k} | {v:,} |" for k, v in manifest["counts"].items())
    reasons = (
        "\n".join(f"| {k} | {v:,} |" for k, v in manifest["drop_reasons"].items())
        or "| (none) | 0 |"
    )
    return (
        f"# {result.version.ref}\n\n{status}.\n\n"
        f"- Location: `{result.version.path.resolve()}`\n"
        f"- Fingerprint: `{manifest['fingerprint']}`\n"
        f"- Report: `{(result.version.path / 'report' / 'report.md').resolve()}`\n\n"
        f"| stage | documents |\n|---|---|\n{rows}\n\n"
        f"| drop reason | documents |\n|---|---|\n{reasons}\n"
    )


def stage_table(result: PublishResult) -> list[dict[str, object]]:
    """Rows of the table artifact: documents after each stage, then each drop reason."""
    manifest = result.version.manifest
    rows: list[dict[str, object]] = [
        {"kind": "stage", "name": s["stage"], "dropped": s["dropped"], "documents": s["documents"]}
        for s in manifest.get("stages", [])
    ]
    rows += [
        {"kind": "drop reason", "name": reason, "dropped": n, "documents": None}
        for reason, n in manifest["drop_reasons"].items()
    ]
    return rows


@flow(name="build-corpus", log_prints=True)
def build_corpus_flow(
    spec: str = "tinystories",
    overrides: list[str] | None = None,
    data_root: str | None = None,
    planned: dict[str, str] | None = None,
) -> Any:
    """Build and publish one corpus version from a spec; returns its ref (e.g. `tinystories@v1`).

    `planned` is a plan the caller already made (`BuildPlan.to_params()`, the CLI does):
    the spec is then not planned (nor its input files hashed) a second time.
    """
    logger = get_run_logger()
    if planned is not None:
        plan = build.BuildPlan.from_params(planned)
    else:
        plan = plan_task(spec, list(overrides or []), data_root)

    def run_here(plan: build.BuildPlan) -> PublishResult:
        curated = curate_task(plan)
        if isinstance(curated, dict):
            raise NothingKept(curated["nothing_kept"])
        return publish_task(plan, curated)

    try:
        outcome = build.execute(plan, run_here, progress=logger.info)
    except NothingKept as exc:  # Prefect logs the Failed state's message: one line
        return Failed(message=str(exc), data=exc)
    if outcome.decision is build.Decision.SUBMIT:
        for job in outcome.jobs:
            logger.info("slurm job %s: %s", job.job_id, job.stage)
        return f"submitted {plan.spec.name} as Slurm jobs " + ", ".join(
            j.job_id for j in outcome.jobs
        )
    assert outcome.version is not None
    result = PublishResult(outcome.version, outcome.created)
    if not outcome.created:
        logger.info("%s already has fingerprint %s", outcome.version.ref, plan.fingerprint[:12])
    key = artifact_key("corpus", result.version.name)
    create_markdown_artifact(
        build_summary_markdown(result), key=key, description=f"Build of {result.version.ref}"
    )
    create_table_artifact(
        stage_table(result),
        key=artifact_key("corpus", result.version.name, "stages"),
        description=f"Documents per curation stage and drop reasons of {result.version.ref}",
    )
    logger.info("%s at %s", result.version.ref, result.version.path)
    return result.version.ref
