"""Generation as DataTrove pipeline steps, so generation and curation share one executor.

`source_steps` picks the steps that produce a spec's documents: a recipe (stories, math)
answered by a backend (template, openai, vllm) or read from files. Every source follows
the row contract of `corpora.rows`.

Task `rank` of `world_size` produces the samples whose index is congruent to `rank`: every
sample's content depends only on (seed, index), never on the partition, so re-running a task
(DataTrove resumes per task) reproduces exactly what it made before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.disk_base import DiskWriter
from hornbook.corpora.backends.template import write_story
from hornbook.corpora.progress import GenerationProgress
from hornbook.corpora.recipes.stories import prompt_metadata, render_training_text, sample_prompt
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec
from hornbook.corpora.vocabulary import load_vocabulary

__all__ = ["GenerateStories", "content_id", "source_steps"]


class GenerateStories(PipelineStep):
    """Sample TinyStories prompts and answer them with the offline `template` backend."""

    name = "✍️ stories (template)"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec) -> None:
        super().__init__()
        # Stored as JSON so the step pickles cleanly into DataTrove's worker processes.
        self.spec_json = spec.model_dump_json()

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        spec = CorpusSpec.model_validate_json(self.spec_json)
        vocab = load_vocabulary(spec.recipe.vocabulary)
        recipe = spec.recipe
        for index in range(rank, spec.generator.samples, world_size):
            with self.track_time():
                prompt = sample_prompt(recipe, vocab, spec.seed, index)
                written = write_story(prompt, vocab, spec.seed)
                # The template backend knows its plot, so instruct rows get its summary.
                summary = (
                    written.summary if recipe.instruct.enabled and recipe.instruct.summary else None
                )
                text = render_training_text(recipe, prompt, written.story, summary)
            self.stat_update("generated")
            yield Document(
                text=text,
                id=content_id(text),
                metadata={
                    **prompt_metadata(prompt),
                    "story": written.story,
                    "summary": summary,
                    "backend": spec.generator.backend,
                    "model": spec.generator.model,
                    "seed": spec.seed,
                    "recipe": recipe.kind,
                },
            )


def source_steps(
    spec: CorpusSpec, work_root: Path, rejects: Callable[[str], DiskWriter]
) -> list[PipelineStep]:
    """The steps that produce a spec's documents (the head of curation stage 1).

    `work_root` is the build's work directory: LLM backends keep their response cache and
    checkpoints under it, so a killed build resumes without paying for a request twice.
    `rejects(name)` gives an exclusion writer for answers a source must drop itself (empty,
    truncated, refused), so they reach `rejected/` with a reason.
    """
    backend, kind = spec.generator.backend, spec.recipe.kind
    if backend == "files":
        from hornbook.corpora.backends.files import ReadFiles

        return [ReadFiles(spec)]
    if backend in ("openai", "vllm"):
        from hornbook.corpora.backends.llm import llm_steps

        return llm_steps(spec, work_root, rejects)
    # The template backends show a bar per task, as the LLM backends do.
    bar = GenerationProgress(spec.generator.samples, unit="problem" if kind == "math" else "story")
    if kind == "math":
        from hornbook.corpora.backends.template_math import GenerateMathTemplate

        return [GenerateMathTemplate(spec), bar]
    return [GenerateStories(spec), bar]
