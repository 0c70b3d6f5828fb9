"""GSM8K, shipped inside the repo: seeds for LLM prompts (train) and the set a math corpus is
decontaminated against and scored on (test).

The files under `corpora/evalsets/` are byte-identical gzips of openai/grade-school-math's
`train.jsonl` and `test.jsonl` (MIT, see ATTRIBUTION.md): hornbook must not read anything
outside its own tree at run time. Each item gets a stable id from its split and line number
(`gsm8k-test-00042` is line 42, counting from 0), so a decontamination drop can name the
exact test problem it collided with.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hornbook.corpora.errors import UserError

EVALSETS_DIR = Path(__file__).parent / "evalsets"
SPLITS = ("train", "test")

# "#### 1,234" at the end of a GSM8K answer; GSM8K writes thousands with commas and a few
# answers are negative. Anything after the number (rare stray text) is ignored.
_FINAL_RE = re.compile(r"####\s*\$?\s*(-?[\d,]*\.?\d+)")


@dataclass(frozen=True)
class GSM8KItem:
    """One GSM8K problem: its id, question, full worked answer and final number."""

    id: str
    question: str
    solution: str  # the worked answer text, with <<calculator>> annotations
    answer: int | float


def parse_gsm8k_answer(text: str) -> int | float:
    """The final answer of a GSM8K worked solution: `"... #### 1,234"` -> 1234.

    Integers come back as `int`, anything with a decimal point as `float`. Raises
    ValueError when the text has no `#### <number>` line, naming the text's tail.
    """
    match = _FINAL_RE.search(text)
    if match is None:
        raise ValueError(f"no '#### <number>' final answer in GSM8K answer ending {text[-60:]!r}")
    raw = match.group(1).replace(",", "")
    return float(raw) if "." in raw else int(raw)


def split_path(split: str) -> Path:
    if split not in SPLITS:
        raise UserError(f"unknown GSM8K split '{split}' (shipped: {', '.join(SPLITS)})")
    return EVALSETS_DIR / f"gsm8k-{split}.jsonl.gz"


@lru_cache(maxsize=4)
def load_gsm8k(split: str) -> tuple[GSM8KItem, ...]:
    """The shipped GSM8K split as items with ids `gsm8k-<split>-NNNNN` (cached per process)."""
    path = split_path(split)
    items = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line_no, line in enumerate(handle):
            if not line.strip():
                continue
            record = json.loads(line)
            items.append(
                GSM8KItem(
                    id=f"gsm8k-{split}-{line_no:05d}",
                    question=record["question"],
                    solution=record["answer"],
                    answer=parse_gsm8k_answer(record["answer"]),
                )
            )
    return tuple(items)
