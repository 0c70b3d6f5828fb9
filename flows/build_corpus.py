"""Flow `build-corpus`: spec -> curated, published corpus version."""

from __future__ import annotations

from pathlib import Path

from hornbook.corpora import build
from hornbook.corpora.publish import PublishResult
from hornbook.flows.artifacts import artifact_key
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE


@task(name="plan", cache_policy=NO_CACHE)
def plan_task(spec: str, overrides: list[str], data_root: str | None) -> build.BuildPlan:
    return build.plan(spec, overrides, data_root)


@task(name="generate-and-curate", cache_policy=NO_CACHE)
def curate_task(plan: build.BuildPlan) -> str:
    return str(build.curate(plan, progress=print))


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
    spec: str = "tinystories", overrides: list[str] | None = None, data_root: str | None = None
) -> str:
    """Build and publish one corpus version from a spec; returns its ref (e.g. `tinystories@v1`)."""
    logger = get_run_logger()
    plan = plan_task(spec, list(overrides or []), data_root)
    if plan.spec.executor.kind == "slurm":
        jobs = build.submit(plan)
        for job in jobs:
            logger.info("slurm job %s: %s", job.job_id, job.stage)
        return f"submitted {plan.spec.name} as Slurm jobs " + ", ".join(j.job_id for j in jobs)
    if plan.existing is not None:
        result = PublishResult(plan.existing, created=False)
        logger.info("%s already has fingerprint %s", plan.existing.ref, plan.fingerprint[:12])
    else:
        # A build of the same fingerprint already running: wait for it, then reuse its version.
        with build.exclusive(plan, on_wait=logger.info) as existing:
            if existing is not None:
                result = PublishResult(existing, created=False)
            else:
                result = publish_task(plan, curate_task(plan))
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
