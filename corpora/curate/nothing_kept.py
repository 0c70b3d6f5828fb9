"""The one-line account of a build whose documents were all rejected.

When the generate + filter stage writes nothing, the dedupe stages would fail on an empty
folder with DataTrove tracebacks. Instead the build stops there with `NothingKept`: how
many documents each reason dropped, the first generation error when requests failed (an
endpoint refusing every request is the usual cause), and where the rejects are kept.

The local and Ray paths check between stages in the building process. A Slurm build is
submitted as one chain of jobs at once, so there the check is a job of its own
(`RequireKept`) between generation and dedupe: it fails with the same line in its log, and
the jobs after it (dedupe, publish) never start, so nothing is published.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.errors import NothingKept

_ERROR_CHARS = 300  # enough for an HTTP status and the server's message


def kept_anything(folder: Path) -> bool:
    """Whether a JsonlWriter folder holds at least one document."""
    for path in sorted(folder.rglob("*.jsonl.gz")) if folder.is_dir() else []:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            if any(line.strip() for line in handle):
                return True
    return False


def nothing_kept(rejected_dir: Path) -> NothingKept:
    """The error to raise: counts per reason, the first error, where the rejects are."""
    reasons: Counter[str] = Counter()
    first_error: tuple[int, str] | None = None
    for stage_dir in (
        sorted(p for p in rejected_dir.iterdir() if p.is_dir()) if rejected_dir.is_dir() else []
    ):
        for path in sorted(stage_dir.rglob("*.jsonl.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    if not line.strip():
                        continue
                    meta = json.loads(line).get("metadata") or {}
                    reasons[meta.get("filter_reason") or stage_dir.name] += 1
                    error = meta.get("error")
                    index = meta.get("index")
                    order = index if isinstance(index, int) else 1 << 62
                    if error and (first_error is None or order < first_error[0]):
                        first_error = (order, str(error))
    total = sum(reasons.values())
    counts = ", ".join(f"{reason} {n:,}" for reason, n in reasons.most_common()) or "none recorded"
    message = f"every document was rejected ({total:,}: {counts})"
    if first_error is not None:
        text = " ".join(first_error[1].split())
        if len(text) > _ERROR_CHARS:
            text = text[: _ERROR_CHARS - 3] + "..."
        message += f"; first error: {text}"
    message += f"; nothing published; the rejects are kept in {rejected_dir}"
    return NothingKept(message)


class RequireKept(PipelineStep):
    """A one-task step that raises `NothingKept` when generation kept no document."""

    name = "require kept"
    type = "✋ - CHECK"

    def __init__(self, filtered: str, rejected: str) -> None:
        super().__init__()
        self.filtered = filtered
        self.rejected = rejected

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> DocumentsPipeline:
        if not kept_anything(Path(self.filtered)):
            error = nothing_kept(Path(self.rejected))
            print(f"hornbook: {error}", file=sys.stderr, flush=True)  # the job log's last line
            raise error
        yield from ()
