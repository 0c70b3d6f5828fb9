"""Math accuracy: the model writes a program for each held-out question; the sandbox runs it.

A math corpus row's training text is `render_math_text(question, solution)`. To ask the
model for a solution we give it the part of that text that comes before the solution (found
by rendering with a sentinel solution, so the prompt is exactly what training showed) and
decode greedily until EOS or the token budget. The program is whatever `def solution():`
the completion holds; it runs only in the sandbox (generated code is untrusted), and the
answer counts as correct when it matches the reference within a relative 1e-6.

Tiny CPU models score ~0 on GSM8K; the number is reported as measured, with how many
programs failed to parse or run, so that "0%" is visibly "the model does not yet write
valid programs" rather than a broken scorer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch
from hornbook.tokenizer.base import Tokenizer
from hornbook.train.model import Transformer

_SENTINEL = "\x00HORNBOOK-SOLUTION\x00"


@dataclass(frozen=True)
class MathItem:
    """A question with its reference answer, and where it came from (for the report)."""

    id: str
    question: str
    answer: float


def prompt_for(question: str) -> str:
    """The training text of a row up to where its solution begins."""
    from hornbook.corpora.recipes.math import render_math_text

    rendered = render_math_text(question, _SENTINEL)
    if _SENTINEL not in rendered:
        raise ValueError("render_math_text does not place the solution verbatim in the text")
    return rendered.split(_SENTINEL, 1)[0]


def program_from_completion(completion: str) -> str | None:
    """The `def solution():` program in what the model wrote, if any."""
    from hornbook.corpora.recipes.math import extract_program

    return extract_program(completion)


@torch.no_grad()
def _complete(model: Transformer, tokenizer: Tokenizer, prompt: str, max_new_tokens: int) -> str:
    device = next(model.parameters()).device
    ids = [tokenizer.bos_id, *tokenizer.encode(prompt)]
    out = model.generate(
        torch.tensor([ids], dtype=torch.long, device=device),
        max_new_tokens,
        temperature=0.0,
        eos_id=tokenizer.eos_id,
    )
    new = [t for t in out[0, len(ids) :].tolist() if t != tokenizer.eos_id]
    return tokenizer.decode(new)


def math_accuracy(
    model: Transformer,
    tokenizer: Tokenizer,
    items: Sequence[MathItem],
    max_new_tokens: int = 256,
    examples: int = 3,
) -> dict[str, Any]:
    """Greedy-decode a program per item, run them all in the sandbox, count correct answers.

    Returns `{"questions", "correct", "accuracy", "outcomes", "examples"}`; `outcomes`
    counts `correct`, `wrong_answer`, `no_program` and each sandbox failure reason, so
    they always sum to `questions`.
    """
    from hornbook.corpora.sandbox import SandboxLimits, answers_match, run_programs

    completions = [
        _complete(model, tokenizer, prompt_for(i.question), max_new_tokens) for i in items
    ]
    programs = [program_from_completion(c) for c in completions]
    runnable = [(k, p) for k, p in enumerate(programs) if p is not None]
    results = run_programs([p for _, p in runnable], SandboxLimits(), workers=None)
    by_index = {k: r for (k, _), r in zip(runnable, results, strict=True)}

    outcomes: Counter[str] = Counter()
    records = []
    for k, item in enumerate(items):
        result = by_index.get(k)
        if result is None:
            outcome = "no_program"
        elif result.status != "ok":
            outcome = f"sandbox:{result.reason}"
        elif answers_match(result.answer, item.answer):
            outcome = "correct"
        else:
            outcome = "wrong_answer"
        outcomes[outcome] += 1
        records.append(
            {
                "id": item.id,
                "question": item.question,
                "expected": item.answer,
                "answer": result.answer if result is not None else None,
                "outcome": outcome,
                "completion": completions[k],
            }
        )
    correct = outcomes["correct"]
    return {
        "questions": len(items),
        "correct": correct,
        "accuracy": correct / len(items) if items else 0.0,
        "outcomes": dict(sorted(outcomes.items())),
        "examples": records[:examples],
    }
