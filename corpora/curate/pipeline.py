"""The curation stages, run with DataTrove's `LocalPipelineExecutor`.

Stage 1 generates and filters (`tasks` shards in parallel); exact dedupe is DataTrove's
three-step ExactDedup (signatures -> find duplicates -> filter). Every stage writes its
output and its rejects to the build's work directory, and DataTrove records completed tasks
under `logs/`, so a build killed mid-way resumes where it stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from datatrove.data import Document
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.dedup.exact_dedup import (
    ExactDedupConfig,
    ExactDedupFilter,
    ExactDedupSignature,
    ExactFindDedups,
)
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from corpora.curate.suite import filter_steps
from corpora.generate import source_steps
from corpora.spec import CorpusSpec

_SPACES = re.compile(r"\s+")


def normalised_text(doc: Document) -> str:
    """What exact dedupe compares: case-folded text with whitespace runs collapsed."""
    return _SPACES.sub(" ", doc.text.casefold()).strip()


@dataclass(frozen=True)
class WorkLayout:
    """Where one build keeps its intermediate files."""

    root: Path

    @property
    def filtered(self) -> Path:
        return self.root / "filtered"

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


def _rejects(layout: WorkLayout, stage: str) -> JsonlWriter:
    return JsonlWriter(str(layout.rejected / stage), output_filename="${rank}.jsonl.gz")


def _run(pipeline: list[PipelineStep], tasks: int, workers: int, logs: Path) -> None:
    LocalPipelineExecutor(
        pipeline=pipeline,
        tasks=tasks,
        workers=min(workers, tasks),
        logging_dir=str(logs),
        skip_completed=True,
    ).run()


def run_curation(
    spec: CorpusSpec, layout: WorkLayout, source: list[PipelineStep] | None = None
) -> Path:
    """Generate, filter and dedupe; returns the folder holding the curated JSONL shards.

    `source` replaces the spec's own source steps (tests feed fixed documents this way).
    """
    tasks, workers = spec.executor.tasks, spec.executor.workers
    curate = spec.curate

    def rejects(name: str) -> JsonlWriter:
        return _rejects(layout, name)

    stage1: list[PipelineStep] = [
        *(source if source is not None else source_steps(spec, layout.root, rejects)),
        *filter_steps(spec, rejects),
    ]
    final = layout.filtered if curate.dedupe == "none" else layout.curated
    stage1.append(JsonlWriter(str(layout.filtered), output_filename="${rank}.jsonl.gz"))
    _run(stage1, tasks, workers, layout.logs / "1-generate-filter")
    if curate.dedupe == "none":
        return final

    config = ExactDedupConfig(content_getter=normalised_text)

    def reader() -> JsonlReader:
        return JsonlReader(str(layout.filtered), add_file_path=False)

    _run(
        [reader(), ExactDedupSignature(str(layout.dedup / "signatures"), config=config)],
        tasks,
        workers,
        layout.logs / "2-dedup-signatures",
    )
    _run(
        [
            ExactFindDedups(
                str(layout.dedup / "signatures"), str(layout.dedup / "duplicates"), config=config
            )
        ],
        1,
        1,
        layout.logs / "3-dedup-find",
    )
    _run(
        [
            reader(),
            ExactDedupFilter(
                str(layout.dedup / "duplicates"),
                config=config,
                exclusion_writer=_rejects(layout, "duplicate"),
            ),
            JsonlWriter(str(layout.curated), output_filename="${rank}.jsonl.gz"),
        ],
        tasks,
        workers,
        layout.logs / "4-dedup-filter",
    )
    return final
