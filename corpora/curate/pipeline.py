"""The curation stages of one build, run on the spec's executor.

Stage 1 generates, filters and decontaminates (`executor.tasks` shards in parallel) and
writes `filtered/`; then dedupe: DataTrove's exact dedupe (3 stages) and, for
`dedupe: minhash`, MinHash near-duplicate removal (4 more) on what exact dedupe kept.
Every stage writes its output and its rejects (`rejected/<name>/<rank>.jsonl.gz`, one file
per task, rewritten whole when a task re-runs) into the build's work directory, and
DataTrove records finished tasks under `logs/<stage>/completions/`, so a build killed
mid-way resumes where it stopped.

`curation.json` in the work directory records what the publish step needs to account for
every document: the order in which documents meet the reject writers (so the report can
show counts after each filter), and which of them belong to the source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers import JsonlWriter
from hornbook.corpora.curate.dedupe import exact_stages, minhash_stages, normalised_text
from hornbook.corpora.curate.executors import (
    Progress,
    Stage,
    StageResult,
    SubmittedJob,
    print_progress,
    run_stage,
    stage_stats,
    submit_stages,
)
from hornbook.corpora.curate.nothing_kept import RequireKept, kept_anything, nothing_kept
from hornbook.corpora.curate.suite import filter_steps
from hornbook.corpora.generate import source_steps
from hornbook.corpora.spec import CorpusSpec

__all__ = [
    "WorkLayout",
    "curation_stages",
    "curation_summary",
    "normalised_text",
    "run_curation",
    "submit_curation",
]

GENERATE_STAGE = "1-generate-filter"
COUNTER_NAME = "📊 generated"


@dataclass(frozen=True)
class WorkLayout:
    """Where one build keeps its intermediate files."""

    root: Path

    @property
    def filtered(self) -> Path:
        return self.root / "filtered"

    @property
    def exact(self) -> Path:
        """Exact-dedupe output when MinHash runs after it."""
        return self.root / "exact"

    @property
    def curated(self) -> Path:
        return self.root / "curated"

    @property
    def rejected(self) -> Path:
        return self.root / "rejected"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def dedup(self) -> Path:
        return self.root / "dedup"

    @property
    def publish_logs(self) -> Path:
        """Slurm: the logs of the publish job (kept after the work directory is gone)."""
        return self.root.parent / f"{self.root.name}.publish"

    @property
    def summary_file(self) -> Path:
        return self.root / "curation.json"


class CountDocuments(PipelineStep):
    """Counts what the source produced (its stats give the `generated` count per task)."""

    name = COUNTER_NAME

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("documents")
            yield doc


def _rejects_writer(layout: WorkLayout, name: str) -> JsonlWriter:
    return JsonlWriter(str(layout.rejected / name), output_filename="${rank}.jsonl.gz")


def output_dir(spec: CorpusSpec, layout: WorkLayout) -> Path:
    """The folder holding the curated JSONL shards once every stage has run."""
    return layout.filtered if spec.curate.dedupe == "none" else layout.curated


def curation_stages(
    spec: CorpusSpec, layout: WorkLayout, source: list[PipelineStep] | None = None
) -> list[Stage]:
    """Describe every stage of the build (nothing runs); records `curation.json`.

    `source` replaces the spec's own source steps (tests feed fixed documents this way).
    """
    order: list[str] = []

    def rejects(name: str) -> JsonlWriter:
        order.append(name)
        return _rejects_writer(layout, name)

    head = source if source is not None else source_steps(spec, layout.root, rejects)
    source_rejects = list(order)
    stage1: list[PipelineStep] = [*head, CountDocuments(), *filter_steps(spec, rejects)]
    if spec.curate.decontamination.sets:
        from hornbook.corpora.curate.decontaminate import decontamination_steps

        stage1 += decontamination_steps(spec, layout.root / "decont-index", rejects)
    stage1.append(JsonlWriter(str(layout.filtered), output_filename="${rank}.jsonl.gz"))
    stages = [Stage(GENERATE_STAGE, "generate + filter", stage1, spec.executor.tasks, layout.logs)]

    dedupe = spec.curate.dedupe
    if dedupe != "none":
        exact_out = layout.exact if dedupe == "minhash" else layout.curated
        stages += exact_stages(
            spec, layout.filtered, exact_out, layout.dedup, layout.rejected, layout.logs
        )
        order.append("duplicate")
    if dedupe == "minhash":
        stages += minhash_stages(
            spec, layout.exact, layout.curated, layout.dedup, layout.rejected, layout.logs
        )
        order.append("near_duplicate")

    layout.root.mkdir(parents=True, exist_ok=True)
    record = {
        "reject_order": order,
        "source_rejects": source_rejects,
        "stages": [s.name for s in stages],
        "dedupe": dedupe,
        "output": str(output_dir(spec, layout).relative_to(layout.root)),
    }
    layout.summary_file.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return stages


def run_curation(
    spec: CorpusSpec,
    layout: WorkLayout,
    source: list[PipelineStep] | None = None,
    progress: Progress | None = print_progress,
) -> Path:
    """Generate, filter, decontaminate and dedupe on a local or Ray executor.

    Returns the folder holding the curated JSONL shards. Stages whose tasks all completed
    in an earlier run are skipped task by task.
    """
    stages = curation_stages(spec, layout, source)
    results: list[StageResult] = []
    for number, stage in enumerate(stages, 1):
        results.append(run_stage(spec, stage, number, len(stages), progress))
        if stage.name == GENERATE_STAGE and not kept_anything(layout.filtered):
            # Dedupe would fail on the empty folder; say what happened instead.
            raise nothing_kept(layout.rejected)
    record = json.loads(layout.summary_file.read_text(encoding="utf-8"))
    record["seconds"] = {r.stage: round(r.seconds, 3) for r in results}
    layout.summary_file.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return output_dir(spec, layout)


def submit_curation(
    spec: CorpusSpec,
    layout: WorkLayout,
    then: list[PipelineStep] | None = None,
    job_prefix: str = "hornbook",
) -> list[SubmittedJob]:
    """Slurm: submit every stage as a chain of array jobs, plus `then` as a last 1-task job."""
    stages = curation_stages(spec, layout)
    after_generation = next(i for i, s in enumerate(stages) if s.name == GENERATE_STAGE) + 1
    if after_generation < len(stages):  # dedupe follows: stop the chain if nothing was kept
        check = RequireKept(str(layout.filtered), str(layout.rejected))
        stages.insert(
            after_generation,
            Stage("1-require-kept", "check that something was kept", [check], 1, layout.logs),
        )
    if then:
        # Beside the work directory, not in it: the publish job removes the work directory,
        # and DataTrove writes this job's completion marker and stats after its step ran.
        stages.append(Stage("publish", "publish", then, 1, layout.publish_logs))
    return submit_stages(spec, stages, job_prefix)


def curation_summary(layout: WorkLayout) -> dict[str, Any]:
    """What the stages recorded: reject order, source rejects and the `generated` count."""
    record = json.loads(layout.summary_file.read_text(encoding="utf-8"))
    counted = 0
    for step in stage_stats(layout.logs / GENERATE_STAGE):
        if step["name"].endswith(COUNTER_NAME):
            counted = step["stats"].get("documents", 0)
    record["source_documents"] = counted
    return record
