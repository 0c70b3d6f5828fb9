"""What the LLM backends ask for and what they make of the answers, per recipe.

A *request* is one sample of `generator.samples`, numbered `index`: one story (stories),
or up to `problems_per_request` problems (math). `rollout` sends it (two-step math sends
one question request, then one program request per question) and returns plain JSON that
DataTrove checkpoints; `documents` turns that JSON into rows and rejects. Both depend only
on (spec, index, answers), so a resumed or re-partitioned build makes the same rows.

Reject reasons besides those of `llm_answers`: `no_problems` (math: no problem with a
program could be parsed), `no_questions` (two-step: no question parsed), `no_program`
(two-step: an answer without a program).
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.inference.types import GenerateFunction, InferenceError
from hornbook.corpora.backends.llm_answers import REQUEST_FAILED, Call, split_tokens
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec, MathRecipe, StoriesRecipe

NO_PROBLEMS = "no_problems"
NO_QUESTIONS = "no_questions"
NO_PROGRAM = "no_program"


def request_seed(seed: int, index: int, part: int = 0) -> int:
    """The sampling seed sent with a request: a 31-bit hash of (spec seed, index, part).

    Sent as `seed`, so a server that honours it (vLLM, `hornbook serve`) answers a repeated
    request alike; 31 bits because some servers take a signed 32-bit seed.
    """
    digest = hashlib.sha256(f"{seed}:{index}:{part}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


@dataclass(frozen=True)
class LLMJob:
    """Plain data (the spec as JSON) that pickles into DataTrove workers."""

    spec_json: str

    @cached_property
    def spec(self) -> CorpusSpec:
        return CorpusSpec.model_validate_json(self.spec_json)

    @cached_property
    def _vocab(self) -> Any:
        from hornbook.corpora.vocabulary import load_vocabulary

        return load_vocabulary(self.spec.recipe.vocabulary)

    def __getstate__(self) -> dict[str, Any]:
        return {"spec_json": self.spec_json}  # drop cached properties

    # ------------------------------------------------------------------ requests

    def prompt_text(self, index: int) -> str:
        """The first (for stories and one-step math: the only) prompt of request `index`."""
        recipe = self.spec.recipe
        if isinstance(recipe, StoriesRecipe):
            from hornbook.corpora.recipes.stories import sample_prompt

            return sample_prompt(recipe, self._vocab, self.spec.seed, index).text
        from hornbook.corpora.recipes import math

        if recipe.mode == "two_step":
            return math.questions_prompt(recipe, self.spec.seed, index).text
        return math.math_prompt(recipe, self.spec.seed, index).text

    def payload(self, prompt: str, index: int, part: int = 0) -> dict[str, Any]:
        """The request body, less `model` (InferenceRunner adds it)."""
        gen = self.spec.generator
        body: dict[str, Any] = {
            "max_tokens": gen.max_tokens,
            "temperature": gen.temperature,
            "top_p": gen.top_p,
            "seed": request_seed(self.spec.seed, index, part),
        }
        if gen.api == "chat":
            system = [{"role": "system", "content": gen.system_prompt}] if gen.system_prompt else []
            body["messages"] = [*system, {"role": "user", "content": prompt}]
        else:
            body["prompt"] = prompt
        return body

    async def rollout(self, document: Document, generate: GenerateFunction) -> dict[str, Any]:
        """Send request `document.metadata["index"]`; never raises for a failed request."""
        index = int(document.metadata["index"])
        first = await _call(generate, self.payload(document.text, index))
        calls = [first]
        recipe = self.spec.recipe
        if isinstance(recipe, MathRecipe) and recipe.mode == "two_step" and first.reason is None:
            from hornbook.corpora.recipes.math import parse_questions, program_prompt

            questions = parse_questions(first.text or "")[: recipe.problems_per_request]
            calls += await asyncio.gather(
                *(
                    _call(generate, self.payload(program_prompt(q), index, part=k + 1))
                    for k, q in enumerate(questions)
                )
            )
        return {"index": index, "calls": [c.as_dict() for c in calls]}

    # ------------------------------------------------------------------ answers

    def documents(self, result: dict[str, Any]) -> tuple[list[Document], list[Document]]:
        """(rows for curation, rejects) of one request's rollout result."""
        index = int(result["index"])
        calls = [Call.from_dict(c) for c in result["calls"]]
        if isinstance(self.spec.recipe, StoriesRecipe):
            return self._story(index, calls[0])
        if self.spec.recipe.mode == "two_step":
            return self._math_two_step(index, calls)
        return self._math_one_step(index, calls[0])

    def _base(self, index: int) -> dict[str, Any]:
        gen = self.spec.generator
        return {
            "index": index,
            "backend": gen.backend,
            "model": gen.model,
            "seed": self.spec.seed,
            "recipe": self.spec.recipe.kind,
        }

    def _reject(
        self, index: int, reason: str, call: Call, meta: dict[str, Any], text: str | None = None
    ) -> Document:
        text = call.text if text is None else text
        text = text or ""
        metadata = {**self._base(index), **meta, **call.usage(), "filter_reason": reason}
        if reason == REQUEST_FAILED:
            metadata["error"] = call.error
        doc_id = content_id(text) if text.strip() else f"{self.spec.recipe.kind}-{index}-{reason}"
        return Document(text=text, id=doc_id, metadata=metadata)

    def _story(self, index: int, call: Call) -> tuple[list[Document], list[Document]]:
        from hornbook.corpora.recipes.stories import (
            prompt_metadata,
            render_training_text,
            sample_prompt,
            split_story_summary,
        )

        recipe = self.spec.recipe
        assert isinstance(recipe, StoriesRecipe)
        prompt = sample_prompt(recipe, self._vocab, self.spec.seed, index)
        meta = prompt_metadata(prompt)
        if (reason := call.reason) is not None:
            return [], [self._reject(index, reason, call, meta)]
        story, summary = (call.text or "").strip(), None
        if recipe.instruct.enabled and recipe.instruct.summary:
            story, summary = split_story_summary(call.text or "")
        if not story:
            return [], [self._reject(index, "empty", call, meta)]
        text = render_training_text(recipe, prompt, story, summary)
        metadata = {**self._base(index), **meta, "story": story, "summary": summary}
        return [Document(text=text, id=content_id(text), metadata={**metadata, **call.usage()})], []

    def _math_rows(
        self,
        index: int,
        prompt: Any,
        problems: list[tuple[str, str]],
        usages: list[tuple[int, int]],
        finish_reason: str | None,
    ) -> list[Document]:
        """One row per (question, program); tokens spread so that they add up exactly."""
        from hornbook.corpora.recipes.math import render_math_text

        per_request = self.spec.recipe.problems_per_request  # type: ignore[union-attr]
        prompt_shares = split_tokens(sum(u[0] for u in usages), len(problems))
        completion_shares = split_tokens(sum(u[1] for u in usages), len(problems))
        docs = []
        for k, (question, solution) in enumerate(problems):
            text = render_math_text(question, solution)
            metadata = {
                **self._base(index * per_request + k),
                "question": question,
                "solution": solution,
                "seed_question": prompt.seed_question_id,
                "prompt": prompt.text,
                "finish_reason": finish_reason,
                "prompt_tokens": prompt_shares[k],
                "completion_tokens": completion_shares[k],
            }
            docs.append(Document(text=text, id=content_id(text), metadata=metadata))
        return docs

    def _math_one_step(self, index: int, call: Call) -> tuple[list[Document], list[Document]]:
        from hornbook.corpora.recipes.math import math_prompt, parse_problems

        recipe = self.spec.recipe
        assert isinstance(recipe, MathRecipe)
        prompt = math_prompt(recipe, self.spec.seed, index)
        meta = {"prompt": prompt.text, "seed_question": prompt.seed_question_id}
        first_index = index * recipe.problems_per_request
        if (reason := call.reason) is not None:
            return [], [self._reject(first_index, reason, call, meta)]
        problems = parse_problems(call.text or "")[: recipe.problems_per_request]
        if not problems:
            return [], [self._reject(first_index, NO_PROBLEMS, call, meta)]
        usage = [(call.prompt_tokens, call.completion_tokens)]
        return self._math_rows(index, prompt, problems, usage, call.finish_reason), []

    def _math_two_step(
        self, index: int, calls: list[Call]
    ) -> tuple[list[Document], list[Document]]:
        from hornbook.corpora.recipes.math import extract_program, parse_questions, questions_prompt

        recipe = self.spec.recipe
        assert isinstance(recipe, MathRecipe)
        prompt = questions_prompt(recipe, self.spec.seed, index)
        meta = {"prompt": prompt.text, "seed_question": prompt.seed_question_id}
        per_request = recipe.problems_per_request
        first = calls[0]
        if (reason := first.reason) is not None:
            return [], [self._reject(index * per_request, reason, first, meta)]
        questions = parse_questions(first.text or "")[:per_request]
        if not questions:
            return [], [self._reject(index * per_request, NO_QUESTIONS, first, meta)]
        # The question request's tokens are shared by its questions, kept or not.
        q_prompt = split_tokens(first.prompt_tokens, len(questions))
        q_completion = split_tokens(first.completion_tokens, len(questions))
        rows, rejects = [], []
        for k, (question, call) in enumerate(zip(questions, calls[1:], strict=True)):
            usage = (q_prompt[k] + call.prompt_tokens, q_completion[k] + call.completion_tokens)
            program = extract_program(call.text or "") if call.reason is None else None
            if program is None:
                shared = Call(call.text, call.finish_reason, *usage, error=call.error)
                reason = call.reason or NO_PROGRAM
                meta_k = {**meta, "question": question}
                rejects.append(self._reject(index * per_request + k, reason, shared, meta_k))
                continue
            row = self._math_rows(index, prompt, [(question, program)], [usage], call.finish_reason)
            row[0].metadata.update(self._base(index * per_request + k))
            rows.extend(row)
        return rows, rejects


async def _call(generate: GenerateFunction, payload: dict[str, Any]) -> Call:
    """One request through InferenceRunner; a request that failed for good is a Call too.

    Catching `InferenceError` here, per request, is what keeps it from escaping the
    rollout (see `inference_fixes`, fault 3).
    """
    try:
        result = await generate(payload)
    except InferenceError as exc:
        return Call(text=None, finish_reason=None, error=str(exc.error))
    usage = result.usage or {}
    return Call(
        text=result.text,
        finish_reason=result.finish_reason,
        prompt_tokens=int(usage.get("prompt_tokens") or 0),
        completion_tokens=int(usage.get("completion_tokens") or 0),
    )


async def llm_rollout(
    document: Document, generate: GenerateFunction, job: LLMJob, progress: Any = None
) -> dict:
    """The `rollout_fn` given to InferenceRunner (module level, so that it pickles);
    `job` and `progress` (a tqdm bar) come from its shared context."""
    result = await job.rollout(document, generate)
    if progress is not None:
        progress.update(1)
    return result
