"""A progress bar per generation task, on the terminal, for every backend.

DataTrove tasks run with `sys.stderr` pointed at their console log (`curate.logs`), so a
bar written there would never be seen; like the LLM backends' request bars, these go to
the process's own stderr (`sys.__stderr__`), one line per task on a terminal and a line
every 30 s when stderr is a file (a Prefect or Slurm log). Never stdout: it carries
results only.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from tqdm import tqdm

__all__ = ["GenerationProgress", "task_bar"]


def task_bar(total: int, rank: int, desc: str, unit: str) -> tqdm:
    """The bar of task `rank`: `total` items, on the process's real stderr."""
    terminal = sys.__stderr__ or sys.stderr
    tty = terminal.isatty()
    return tqdm(
        total=total,
        desc=f"{desc} [task {rank}]",
        unit=unit,
        file=terminal,
        position=rank if tty else None,
        mininterval=0.5 if tty else 30,
        dynamic_ncols=tty,
    )


class GenerationProgress(PipelineStep):
    """Counts the documents a generator yields on a per-task bar (rate and ETA).

    Placed right after an offline generator (the template backends), whose task `rank` of
    `world_size` makes the samples with index = rank (mod world_size).
    """

    name = "⏳ progress"
    type = "📊 - STATS"

    def __init__(self, samples: int, desc: str = "generate", unit: str = "doc") -> None:
        super().__init__()
        self.samples, self.desc, self.unit = samples, desc, unit

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        bar = task_bar(len(range(rank, self.samples, world_size)), rank, self.desc, self.unit)
        try:
            for document in data or ():
                bar.update(1)
                yield document
        finally:
            bar.close()
