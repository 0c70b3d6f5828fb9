"""Grading generated stories with an LLM, as the TinyStories paper did with GPT-4.

Loss and bits per byte say how well a model predicts held-out text, not whether what it
writes is good. TinyStories (Eldan & Li, 2023, section 3) closed that gap by showing a
strong model the beginning of a story and the student model's completion, separated by
`***`, and asking for grades in grammar, creativity and consistency with the beginning.
`judge_samples` does the same against any OpenAI-compatible endpoint (OpenAI, vLLM,
llama.cpp, ...), asking for the grades as one JSON object so they parse reliably.

A judge answer that cannot be read as grades is recorded as an error for that sample (one
bad answer should not throw away the others); an endpoint that cannot be reached or
fails is a UserError naming the URL, since that is the caller's configuration to fix.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from hornbook.corpora.errors import UserError
from openai import APIError, OpenAI

CRITERIA = ("grammar", "creativity", "consistency")
SEPARATOR = "***"

SYSTEM_PROMPT = (
    "You are a strict but fair teacher grading short stories written by students. "
    "You answer with a single JSON object and nothing else."
)

# Follows the wording of the TinyStories paper's grading prompt (its figure 3), with the
# final request changed from free text to a JSON object.
USER_TEMPLATE = """\
In the following exercise, the student is given a beginning of a story. The student needs \
to complete it into a full story. The exercise tests the student's language abilities and \
creativity. The symbol {sep} marks the separator between the prescribed beginning and the \
student's completion:

{story}

Please assess the part written by the student (the one after the {sep} symbol). Is it \
grammatically correct? Is it consistent with the beginning of the story? Pay special \
attention to whether the student manages to complete the sentence which is split in the \
middle by the separator {sep}.

Now grade the student's completion in terms of grammar, creativity, and consistency with \
the story's beginning and whether the plot makes sense, each as an integer from 1 (worst) \
to 10 (best). Answer with exactly one JSON object of this form:
{{"grammar": <1-10>, "creativity": <1-10>, "consistency": <1-10>, "comment": "<one sentence>"}}"""

_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def format_story(sample: Mapping[str, str] | str) -> str:
    """The story as the judge sees it: beginning, `***`, completion.

    A sample is a score.json sample (`{"prompt", "text"}`, `text` including the prompt) or
    a bare string, which counts as a completion with no prescribed beginning.
    """
    if isinstance(sample, str):
        prompt, text = "", sample
    else:
        prompt, text = sample.get("prompt", ""), sample["text"]
    completion = text[len(prompt) :] if prompt and text.startswith(prompt) else text
    if prompt:
        return f"{prompt} {SEPARATOR} {completion.lstrip()}"
    return f"{SEPARATOR} {completion.lstrip()}"


def parse_verdict(content: str) -> dict[str, Any]:
    """Grades from a judge's answer, tolerating code fences and prose around the JSON.

    Accepts grades given as numbers or numeric strings; each must lie in [1, 10].
    Raises ValueError, with the reason, when no usable grades are found.
    """
    match = _JSON_OBJECT.search(content)
    if match is None:
        raise ValueError("the answer holds no JSON object")
    try:
        data = json.loads(match.group(0))
    except json.JSONDecodeError as exc:
        raise ValueError(f"the answer's JSON does not parse: {exc.msg}") from None
    if not isinstance(data, dict):
        raise ValueError("the answer's JSON is not an object")
    verdict: dict[str, Any] = {}
    for name in CRITERIA:
        value = data.get(name)
        try:
            grade = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError(f"{name!r} is missing or not a number: {value!r}") from None
        if not (1.0 <= grade <= 10.0) or math.isnan(grade):
            raise ValueError(f"{name!r} = {value!r} is outside 1-10")
        verdict[name] = grade
    if isinstance(data.get("comment"), str):
        verdict["comment"] = data["comment"]
    return verdict


def judge_samples(
    samples: Sequence[Mapping[str, str] | str],
    base_url: str,
    model: str,
    api_key_env: str | None = None,
    timeout: float = 30,
    max_retries: int = 3,
) -> dict[str, Any]:
    """Grade each sample's completion for grammar, creativity and consistency (1-10).

    `base_url` is the endpoint's OpenAI API root (e.g. `http://127.0.0.1:8000/v1`);
    `api_key_env` names the environment variable holding its key (None: no key, as local
    servers expect). Requests are sent one at a time, greedy (temperature 0), with the
    client's own retries (backoff on 429/5xx/timeouts) up to `max_retries`.

    Returns `{"base_url", "model", "n_samples", "n_graded", "n_errors", "mean", "per_sample"}`:
    `mean` maps each criterion to its mean over graded samples (None if none was graded);
    `per_sample[i]` holds the grades and comment of sample i, or `{"error", "raw"}` when
    the judge's answer could not be parsed. Raises UserError when the endpoint fails.
    """
    api_key = "not-needed"
    if api_key_env is not None:
        api_key = os.environ.get(api_key_env, "")
        if not api_key:
            raise UserError(f"the judge's API key variable {api_key_env} is not set")
    client = OpenAI(base_url=base_url, api_key=api_key, timeout=timeout, max_retries=max_retries)

    per_sample: list[dict[str, Any]] = []
    for sample in samples:
        messages = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": USER_TEMPLATE.format(sep=SEPARATOR, story=format_story(sample)),
            },
        ]
        try:
            response = client.chat.completions.create(
                model=model, messages=messages, temperature=0.0, max_tokens=300
            )
        except APIError as exc:
            raise UserError(f"the judge endpoint {base_url} failed: {exc}") from exc
        content = response.choices[0].message.content if response.choices else None
        try:
            per_sample.append(parse_verdict(content or ""))
        except ValueError as exc:
            per_sample.append({"error": str(exc), "raw": content})

    graded = [v for v in per_sample if "error" not in v]
    mean = {
        name: (sum(v[name] for v in graded) / len(graded) if graded else None) for name in CRITERIA
    }
    return {
        "base_url": base_url,
        "model": model,
        "n_samples": len(per_sample),
        "n_graded": len(graded),
        "n_errors": len(per_sample) - len(graded),
        "mean": mean,
        "per_sample": per_sample,
    }
