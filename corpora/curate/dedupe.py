"""Duplicate removal as DataTrove stages: exact (3 stages) and MinHash near-duplicates (4).

What is compared depends on the recipe: a math row is a duplicate when its *question*
is (two programs solving the same question are still one problem), a story when its
normalised text is. Both dedupers keep one document per duplicate group and send the rest
to an exclusion writer that stamps the reason (`exact_duplicate`, `near_duplicate`) on each
document, so `rejected/` says why a document is gone. MinHash also records each cluster's
id and size on its documents (`minhash_cluster_id`, `minhash_cluster_size`); the removed
ones carry them into `rejected/`, so the report can show the cluster-size distribution.

The functions here only *describe* stages (`Stage`: a pipeline, a task count, a log
folder); `corpora.curate.executors` runs them on the spec's executor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.dedup.exact_dedup import (
    ExactDedupConfig,
    ExactDedupFilter,
    ExactDedupSignature,
    ExactFindDedups,
)
from datatrove.pipeline.dedup.minhash import (
    MinhashConfig,
    MinhashDedupBuckets,
    MinhashDedupCluster,
    MinhashDedupFilter,
    MinhashDedupSignature,
)
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from hornbook.corpora.curate.executors import Stage
from hornbook.corpora.spec import CorpusSpec

_SPACES = re.compile(r"\s+")

EXACT_REASON = "exact_duplicate"
NEAR_REASON = "near_duplicate"


def normalise(text: str) -> str:
    """Case-folded text with whitespace runs collapsed: what "the same text" means here."""
    return _SPACES.sub(" ", text.casefold()).strip()


def normalised_text(doc: Document) -> str:
    """The exact-dedupe key of a story: its normalised text."""
    return normalise(doc.text)


def normalised_question(doc: Document) -> str:
    """The dedupe key of a math row: its normalised question (the text when it has none)."""
    return normalise(doc.metadata.get("question") or doc.text)


def dedupe_key(recipe_kind: str) -> Callable[[Document], str]:
    """The key function for a recipe; module-level functions so stages pickle."""
    return normalised_question if recipe_kind == "math" else normalised_text


class ReasonedRejects(JsonlWriter):
    """An exclusion writer that stamps a reason on what it writes.

    DataTrove's dedup filters drop documents without saying why (only `BaseFilter` sets
    `filter_reason`); the publish step reads the reason from each rejected document.
    """

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(folder, output_filename="${rank}.jsonl.gz")
        self.reason = reason

    def write(self, document: Document, rank: int = 0, **kwargs) -> None:
        document.metadata.setdefault("filter_reason", self.reason)
        super().write(document, rank, **kwargs)


class DedupeKeyAsText(PipelineStep):
    """Replace each document's text by its dedupe key (for the MinHash signature stage).

    MinHash shingles `doc.text`; for math rows the question alone must be compared. This
    runs only in the signature stage, whose documents are discarded after hashing: the
    filter stage re-reads the untouched documents. It never drops one, so the document
    indices the signatures record stay aligned with the filter stage's reader.
    """

    name = "🔑 dedupe key"

    def __init__(self, recipe_kind: str) -> None:
        super().__init__()
        self.recipe_kind = recipe_kind

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        key = dedupe_key(self.recipe_kind)
        for doc in data:
            doc.text = key(doc)
            yield doc


def _reader(folder: Path) -> JsonlReader:
    return JsonlReader(str(folder), add_file_path=False)


def exact_stages(
    spec: CorpusSpec, source: Path, output: Path, work: Path, rejected: Path, logs: Path
) -> list[Stage]:
    """DataTrove's ExactDedup: signatures -> find duplicates (1 task) -> filter."""
    tasks = spec.executor.tasks
    config = ExactDedupConfig(content_getter=dedupe_key(spec.recipe.kind))
    signatures, duplicates = work / "exact-signatures", work / "exact-duplicates"
    return [
        Stage(
            "2-dedup-signatures",
            "exact dedupe: signatures",
            [_reader(source), ExactDedupSignature(str(signatures), config=config)],
            tasks,
            logs,
        ),
        Stage(
            "3-dedup-find",
            "exact dedupe: find duplicates",
            [ExactFindDedups(str(signatures), str(duplicates), config=config)],
            1,
            logs,
        ),
        Stage(
            "4-dedup-filter",
            "exact dedupe: filter",
            [
                _reader(source),
                ExactDedupFilter(
                    str(duplicates),
                    config=config,
                    exclusion_writer=ReasonedRejects(str(rejected / "duplicate"), EXACT_REASON),
                ),
                JsonlWriter(str(output), output_filename="${rank}.jsonl.gz"),
            ],
            tasks,
            logs,
        ),
    ]


def minhash_config(spec: CorpusSpec) -> MinhashConfig:
    m = spec.curate.minhash
    return MinhashConfig(
        n_grams=m.n_grams, num_buckets=m.num_buckets, hashes_per_bucket=m.hashes_per_bucket
    )


def minhash_stages(
    spec: CorpusSpec, source: Path, output: Path, work: Path, rejected: Path, logs: Path
) -> list[Stage]:
    """DataTrove's 4-stage MinHash: signatures -> buckets -> clusters (1 task) -> filter.

    The bucket stage runs one task per bucket (its task count must be a multiple of
    `num_buckets`); the filter stage reads exactly what the signature stage read, with the
    same task count, because the removal lists address documents by (task, index).
    """
    tasks = spec.executor.tasks
    config = minhash_config(spec)
    sigs, buckets, clusters = (
        work / "minhash-signatures",
        work / "minhash-buckets",
        work / "minhash-clusters",
    )
    return [
        Stage(
            "5-minhash-signatures",
            "near dedupe: MinHash signatures",
            [
                _reader(source),
                DedupeKeyAsText(spec.recipe.kind),
                MinhashDedupSignature(str(sigs), config=config),
            ],
            tasks,
            logs,
        ),
        Stage(
            "6-minhash-buckets",
            "near dedupe: LSH buckets",
            [MinhashDedupBuckets(str(sigs), str(buckets), config=config)],
            config.num_buckets,
            logs,
        ),
        Stage(
            "7-minhash-cluster",
            "near dedupe: clusters",
            [
                MinhashDedupCluster(
                    str(buckets),
                    str(clusters),
                    config=config,
                    save_cluster_id=True,
                    save_cluster_size=True,
                )
            ],
            1,
            logs,
        ),
        Stage(
            "8-minhash-filter",
            "near dedupe: filter",
            [
                _reader(source),
                MinhashDedupFilter(
                    str(clusters),
                    exclusion_writer=ReasonedRejects(str(rejected / "near_duplicate"), NEAR_REASON),
                    load_cluster_ids=True,
                    load_cluster_sizes=True,
                ),
                JsonlWriter(str(output), output_filename="${rank}.jsonl.gz"),
            ],
            tasks,
            logs,
        ),
    ]
