"""What an LLM answer is worth: kept, or rejected with a reason, before any filter sees it.

Every request a build sends ends in exactly one of: kept (its text goes on to curation),
or rejected with one of the reasons below, so that published + rejected == requested:

- `request_failed`: no answer after every retry (the last error is kept with the reject);
- `empty`: the answer has no text;
- `refusal`: the model declined ("I'm sorry, but I can't ...", "As an AI ...");
- `truncated`: the answer hit `max_tokens` (`finish_reason == "length"`), so it ends
  wherever the budget ran out.

The checks are cheap string tests on purpose: they run on every answer, and the curation
filters (meta-chatter, truncation, vocabulary) look closer afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

REQUEST_FAILED = "request_failed"
EMPTY = "empty"
REFUSAL = "refusal"
TRUNCATED = "truncated"
REASONS = (REQUEST_FAILED, EMPTY, REFUSAL, TRUNCATED)

# Openings of a refusal. Anchored at the start of the answer (after markdown emphasis or
# headings), because a story may well contain "I'm sorry" in a character's mouth; an
# answer that opens with a quotation is dialogue, not the model speaking.
_REFUSAL_OPENING = re.compile(
    r"""^[\s*_#>]*(?:
        (?:i'?m|i\s+am)\s+(?:so\s+|very\s+|really\s+)?sorry\b
      | sorry,?\s+(?:but\s+)?i\b
      | i\s+apologi[sz]e\b
      | i\s+(?:can(?:no|')t|can\s+not|won'?t|will\s+not|must\s+decline|am\s+unable|'m\s+unable|am\s+not\s+able|'m\s+not\s+able)\b
      | i'm\s+(?:unable|not\s+able)\b
      | unfortunately,?\s+i\s+(?:can(?:no|')t|can\s+not|am\s+unable|'m\s+unable)\b
      | as\s+an?\s+(?:ai|artificial\s+intelligence|language\s+model|large\s+language\s+model)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "As an AI language model, ..." also shows up after a short preamble.
_AI_DISCLAIMER = re.compile(
    r"\bas\s+an?\s+(?:ai(?:\s+language)?\s+model|ai\s+assistant|large\s+language\s+model)\b",
    re.IGNORECASE,
)
_DISCLAIMER_WINDOW = 200  # characters from the start in which a disclaimer means refusal


def normalise_apostrophes(text: str) -> str:
    """Curly apostrophes (what chat models usually write) as straight ones."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


def is_refusal(text: str) -> bool:
    """True when the answer opens by declining the task or with an AI disclaimer."""
    head = normalise_apostrophes(text.strip()[: _DISCLAIMER_WINDOW * 2])
    return bool(_REFUSAL_OPENING.match(head) or _AI_DISCLAIMER.search(head[:_DISCLAIMER_WINDOW]))


def classify(text: str | None, finish_reason: str | None, error: str | None = None) -> str | None:
    """The reject reason of one answer, or None when it may go on to curation.

    Order matters when several apply: a failed request has no text; an empty answer is
    reported as empty even if it also hit the length limit; a refusal is a refusal even
    when truncated.
    """
    if error is not None:
        return REQUEST_FAILED
    if text is None or not text.strip():
        return EMPTY
    if is_refusal(text):
        return REFUSAL
    if finish_reason == "length":
        return TRUNCATED
    return None


@dataclass(frozen=True)
class Call:
    """One request's outcome as the rollout records it (JSON round-trips via `as_dict`)."""

    text: str | None
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None

    @property
    def reason(self) -> str | None:
        return classify(self.text, self.finish_reason, self.error)

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "finish_reason": self.finish_reason,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Call:
        return cls(
            text=data.get("text"),
            finish_reason=data.get("finish_reason"),
            prompt_tokens=int(data.get("prompt_tokens") or 0),
            completion_tokens=int(data.get("completion_tokens") or 0),
            error=data.get("error"),
        )

    def usage(self) -> dict[str, Any]:
        """The row metadata keys publish sums into the manifest."""
        return {
            "finish_reason": self.finish_reason,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
        }


def split_tokens(total: int, parts: int) -> list[int]:
    """`total` spread over `parts` integers that add up to it exactly (first ones larger).

    A math request yields several rows; giving each a share (rather than each the whole)
    keeps "sum over published and rejected rows" equal to the tokens actually paid for.
    """
    if parts <= 0:
        return []
    base, extra = divmod(total, parts)
    return [base + (1 if k < extra else 0) for k in range(parts)]
