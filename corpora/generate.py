"""Generation as a DataTrove pipeline step, so generation and curation share one executor.

Task `rank` of `world_size` produces the samples whose index is congruent to `rank`: every
sample's content depends only on (seed, index), never on the partition, so re-running a task
(DataTrove resumes per task) reproduces exactly what it made before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from corpora.backends.template import generate_story
from corpora.recipes.stories import sample_prompt
from corpora.spec import CorpusSpec
from corpora.vocabulary import load_vocabulary


def content_id(text: str) -> str:
    """A stable id for a row: the first 80 bits of the text's sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


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
        for index in range(rank, spec.generator.samples, world_size):
            with self.track_time():
                prompt = sample_prompt(spec.recipe, vocab, spec.seed, index)
                text = generate_story(prompt, vocab, spec.seed)
            self.stat_update("generated")
            yield Document(
                text=text,
                id=content_id(text),
                metadata={
                    "index": index,
                    "prompt": prompt.text,
                    "words": list(prompt.required_words),
                    "features": list(prompt.features),
                    "backend": spec.generator.backend,
                    "model": spec.generator.model,
                    "seed": spec.seed,
                    "recipe": spec.recipe.kind,
                },
            )
