"""The filters of curation stage 1, chosen by recipe kind, in the order they run.

Each filter is a DataTrove step whose drops go to its own exclusion writer (`rejects(name)`),
so every dropped document reaches `rejected/` with a reason. Cheap checks run first.
"""

from __future__ import annotations

from collections.abc import Callable

from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.disk_base import DiskWriter

from corpora.curate.filters import LengthFilter, RequiredWordsFilter, VocabularyFilter
from corpora.spec import CorpusSpec

RejectsFactory = Callable[[str], DiskWriter]


def story_filter_steps(spec: CorpusSpec, rejects: RejectsFactory) -> list[PipelineStep]:
    curate = spec.curate
    steps: list[PipelineStep] = [
        LengthFilter(curate.min_words, curate.max_words, exclusion_writer=rejects("length")),
        VocabularyFilter(
            spec.recipe.vocabulary, curate.max_oov_rate, exclusion_writer=rejects("vocabulary")
        ),
    ]
    if curate.require_prompt_words:
        steps.append(
            RequiredWordsFilter(spec.recipe.vocabulary, exclusion_writer=rejects("required_words"))
        )
    return steps


def filter_steps(spec: CorpusSpec, rejects: RejectsFactory) -> list[PipelineStep]:
    """Stage-1 filters for the spec's recipe (decontamination is added by the pipeline)."""
    if spec.recipe.kind == "math":
        from corpora.curate.math_filters import math_filter_steps

        return math_filter_steps(spec, rejects)
    return story_filter_steps(spec, rejects)
