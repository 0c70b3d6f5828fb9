"""Curation filters for math rows (TinyGSM-style question + program), as DataTrove steps.

Order (cheap first, the sandbox last): question length -> the question has numbers ->
the vocabulary of the question (when the recipe constrains it) -> the program passes the
sandbox's static check -> the program runs in the sandbox, in batches, and returns a
finite number that agrees with any answer the backend gave.

Each filter has its own exclusion writer, so `rejected/<name>/` says which check dropped a
row; the reason (`too_short`, `sandbox:timeout`, `sandbox:exception:ZeroDivisionError`,
`answer_mismatch`, ...) is in the row's `filter_reason`. Filters read the question and the
program from `metadata["question"]` / `metadata["solution"]`; a row without them (a `files`
source holding only rendered text) has them recovered from its text.
"""

from __future__ import annotations

import os
import re

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter
from hornbook.corpora.curate.filters import LengthFilter, VocabularyFilter
from hornbook.corpora.curate.rejects import RejectsFactory
from hornbook.corpora.recipes.math import extract_program
from hornbook.corpora.spec import CorpusSpec, MathRecipe

SANDBOX_BATCH = 64  # programs verified per sandbox call (one pre-warmed supervisor, N workers)

_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "half",
        "halves",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "twice",
        "double",
        "triple",
        "dozen",
        "dozens",
    ]
)
_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"[a-z]+")


def question_of(doc: Document) -> str:
    """The row's question: its metadata, else the text before the first blank line."""
    question = doc.metadata.get("question")
    if not question:
        question = doc.text.split("\n\n", 1)[0].strip()
        doc.metadata["question"] = question
    return question


def solution_of(doc: Document) -> str | None:
    """The row's program: its metadata, else the first `def solution():` in its text."""
    solution = doc.metadata.get("solution")
    if not solution:
        solution = extract_program(doc.text)
        if solution:
            doc.metadata["solution"] = solution
    return solution


class QuestionLengthFilter(LengthFilter):
    """Drop questions shorter or longer than the bounds; sets `word_count` on every row."""

    name = "📏 question length"

    def measured_text(self, doc: Document) -> str:
        return question_of(doc)


class HasNumbersFilter(BaseFilter):
    """Drop questions with no number at all (digits or a number word): not a math problem."""

    name = "🔢 has numbers"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        question = question_of(doc)
        if _DIGIT_RE.search(question):
            return True
        if any(word in _NUMBER_WORDS for word in _WORD_RE.findall(question.lower())):
            return True
        return False, "no_numbers"


class QuestionVocabularyFilter(VocabularyFilter):
    """Drop questions whose out-of-vocabulary share exceeds `max_oov_rate`; sets `oov_rate`.

    Only the question is scored: the program's identifiers are not prose for a child.
    """

    name = "🔤 question vocabulary"

    def measured_text(self, doc: Document) -> str:
        return question_of(doc)


class ProgramCheckFilter(BaseFilter):
    """Drop rows without a `solution()` program or whose program fails the sandbox's static
    (AST) check: `no_program`, `sandbox:syntax_error`, `sandbox:disallowed_import`, ...

    Costs no process, so hostile or broken programs never reach the batched run."""

    name = "🛡️ program check"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        from hornbook.corpora.sandbox import check_program

        solution = solution_of(doc)
        if not solution:
            return False, "no_program"
        reason = check_program(solution)
        if reason is not None:
            return False, f"sandbox:{reason}"
        return True


class ExecuteProgramFilter(BaseFilter):
    """Run each program in the sandbox, `batch_size` at a time, and keep those that return a
    finite number; the executed answer becomes `metadata["answer"]`.

    When the backend also gave an answer (`expected_answer`, e.g. parsed from an LLM's text)
    or the source already set `answer` (the template backend's trusted run), the sandbox's
    answer must agree with it (`answer_mismatch`). Drops name the sandbox's reason:
    `sandbox:timeout`, `sandbox:cpu_time`, `sandbox:memory`, `sandbox:exception:<Type>`,
    `sandbox:non_numeric_result`, ...
    """

    name = "🧪 run program"

    def __init__(
        self,
        exclusion_writer: DiskWriter | None = None,
        batch_size: int = SANDBOX_BATCH,
        workers: int | None = None,
        isolation: str = "jail",
    ):
        super().__init__(exclusion_writer, batch_size=batch_size)
        self.workers = workers
        self.isolation = isolation  # spec `sandbox.isolation`; "none" is unsafe

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        return self.filter_batch([doc])[0]

    def filter_batch(self, batch: list[Document]) -> list[bool | tuple[bool, str]]:
        from hornbook.corpora.sandbox import SandboxLimits, answers_match, run_programs

        sources = [solution_of(doc) or "" for doc in batch]
        limits = SandboxLimits(isolation=self.isolation)
        results = run_programs(sources, limits, workers=self.workers)
        verdicts: list[bool | tuple[bool, str]] = []
        for doc, result in zip(batch, results, strict=True):
            self.stat_update("sandbox_seconds", value=round(result.seconds))
            if not result.ok:
                doc.metadata["sandbox_detail"] = result.detail[:500]
                verdicts.append((False, f"sandbox:{result.reason}"))
                continue
            expected = doc.metadata.get("expected_answer")
            if expected is None:
                expected = doc.metadata.get("answer")
            doc.metadata["answer"] = float(result.answer)
            if expected is not None and not answers_match(result.answer, _number(expected)):
                doc.metadata["sandbox_answer"] = result.answer
                verdicts.append((False, "answer_mismatch"))
                continue
            verdicts.append(True)
        return verdicts


def _number(value: object) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip().lstrip("$"))
        except ValueError:
            return None
    return None


def sandbox_workers(spec: CorpusSpec) -> int:
    """Sandbox processes per DataTrove task: the machine's cores shared by concurrent tasks."""
    concurrent = max(1, min(spec.executor.workers, spec.executor.tasks))
    return max(1, (os.cpu_count() or 1) // concurrent)


def math_filter_steps(spec: CorpusSpec, rejects: RejectsFactory) -> list[PipelineStep]:
    """Stage-1 filters for math rows, in the order they run (decontamination comes after)."""
    recipe = spec.recipe
    assert isinstance(recipe, MathRecipe)
    if spec.sandbox.isolation == "jail":
        # fail closed before any stage starts: a one-line UserError naming what is missing
        from hornbook.corpora.sandbox.jail import ensure_available

        ensure_available()
    curate = spec.curate
    steps: list[PipelineStep] = [
        QuestionLengthFilter(
            curate.min_question_words,
            curate.max_question_words,
            exclusion_writer=rejects("question_length"),
        ),
        HasNumbersFilter(exclusion_writer=rejects("no_numbers")),
    ]
    if recipe.vocabulary:
        steps.append(
            QuestionVocabularyFilter(
                recipe.vocabulary, curate.max_oov_rate, exclusion_writer=rejects("vocabulary")
            )
        )
    steps += [
        ProgramCheckFilter(exclusion_writer=rejects("program_check")),
        ExecuteProgramFilter(
            exclusion_writer=rejects("sandbox"),
            workers=sandbox_workers(spec),
            isolation=spec.sandbox.isolation,
        ),
    ]
    return steps
