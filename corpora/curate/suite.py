"""The filters of curation stage 1, chosen by recipe kind, in the order they run.

Each filter is a DataTrove step whose drops go to its own exclusion writer (`rejects(name)`),
so every dropped document reaches `rejected/` with a reason. Cheap checks run first.
"""

from __future__ import annotations

from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.curate.filters import (
    CharsetFilter,
    FeatureFilter,
    LengthFilter,
    MetaChatterFilter,
    ReadabilityFilter,
    RepetitionFilter,
    RequiredWordsFilter,
    TruncationFilter,
    VocabularyFilter,
)
from hornbook.corpora.curate.math_filters import math_filter_steps
from hornbook.corpora.curate.rejects import RejectsFactory
from hornbook.corpora.spec import CorpusSpec

__all__ = ["RejectsFactory", "filter_steps", "story_filter_steps"]


def story_filter_steps(spec: CorpusSpec, rejects: RejectsFactory) -> list[PipelineStep]:
    """The story filters, cheapest first: character counts and regexes before the
    vocabulary lookups, spaCy-tokenised repetition last.

    Each filter gets its own exclusion writer, named after it (`rejected/<name>/`).
    Instruction adherence (required words, features) only judges documents whose metadata
    carries `words` / `features`, so `files` rows pass those two.
    """
    curate = spec.curate
    vocabulary = spec.recipe.vocabulary
    steps: list[PipelineStep] = [
        LengthFilter(curate.min_words, curate.max_words, exclusion_writer=rejects("length")),
        CharsetFilter(
            curate.min_alpha_ratio, curate.max_non_ascii_ratio, exclusion_writer=rejects("charset")
        ),
    ]
    if curate.reject_truncated:
        steps.append(TruncationFilter(exclusion_writer=rejects("truncated")))
    if curate.reject_meta_chatter:
        steps.append(MetaChatterFilter(exclusion_writer=rejects("meta_chatter")))
    if curate.require_prompt_words:
        steps.append(RequiredWordsFilter(vocabulary, exclusion_writer=rejects("required_words")))
    if curate.require_features:
        steps.append(FeatureFilter(exclusion_writer=rejects("features")))
    steps.append(
        VocabularyFilter(vocabulary, curate.max_oov_rate, exclusion_writer=rejects("vocabulary"))
    )
    steps.append(
        ReadabilityFilter(
            curate.min_grade_level, curate.max_grade_level, exclusion_writer=rejects("readability")
        )
    )
    repetition = curate.repetition
    if repetition.enabled:
        steps.append(
            RepetitionFilter(
                repetition.dup_line_frac,
                repetition.dup_para_frac,
                repetition.top_n_grams,
                repetition.dup_n_grams,
                exclusion_writer=rejects("repetition"),
            )
        )
    return steps


def filter_steps(spec: CorpusSpec, rejects: RejectsFactory) -> list[PipelineStep]:
    """Stage-1 filters for the spec's recipe (decontamination is added by the pipeline)."""
    if spec.recipe.kind == "math":
        return math_filter_steps(spec, rejects)
    return story_filter_steps(spec, rejects)
