"""Corpus-level diversity statistics, comparable between a generated corpus and real stories.

TinyStories is formulaic (most stories open with "Once upon a time", many share their
first sentence); a template generator can be far worse. These numbers make that visible:

* distinct-n (Li et al., 2016) for n = 1..4: distinct n-grams / total n-grams, over the
  whole corpus, on lowercased word tokens, n-grams never crossing a story boundary;
* first-sentence sharing: the share of stories whose first sentence is the corpus's most
  common one, and the share whose first sentence is not unique;
* the share of stories opening with "Once upon a time";
* the mean length in words.

distinct-n falls as a corpus grows (common n-grams repeat, the denominator does not
saturate), so two corpora are only comparable at the same size: compare on samples of
`REFERENCE_SAMPLE_SIZE` stories (the shipped reference numbers were computed on exactly
that many real stories; `sample_size` in the result says how many stories were used).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from hornbook.corpora.errors import UserError

REFERENCE_SAMPLE_SIZE = 1000
REFERENCE_STATS_FILE = Path(__file__).parent / "reference_stats.json"
MAX_N = 4

_TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")
# The first sentence: up to the first . ! or ? (with a closing quote), or the first line.
_FIRST_SENTENCE_RE = re.compile(r"^[^\n]*?[.!?]+[\"'\u201d]?(?=\s|$)|^[^\n]*")
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'"})


def tokens(text: str) -> list[str]:
    """Lowercased word tokens (letters with internal apostrophes; digits are dropped)."""
    return _TOKEN_RE.findall(text.lower().translate(_CURLY))


def first_sentence(text: str) -> str:
    """The story's first sentence with whitespace collapsed."""
    match = _FIRST_SENTENCE_RE.match(text.strip())
    return " ".join(match.group(0).split()) if match else ""


def diversity_stats(texts: Iterable[str], sample_size: int | None = None) -> dict[str, Any]:
    """Diversity statistics of a corpus (see the module docstring for definitions).

    `sample_size` keeps only the first that many stories, so a big corpus can be measured
    at the reference's size (`REFERENCE_SAMPLE_SIZE`); None uses every story. Returns
    `stories`/`sample_size` (stories measured), `distinct_1`..`distinct_4`,
    `top_first_sentence_share`, `shared_first_sentence_share`, `once_upon_a_time_share`
    and `mean_words`. An empty corpus gives zeros.
    """
    chosen = islice(texts, sample_size) if sample_size is not None else texts
    grams: list[Counter[tuple[str, ...]]] = [Counter() for _ in range(MAX_N)]
    firsts: Counter[str] = Counter()
    stories = words = once = 0
    for text in chosen:
        stories += 1
        toks = tokens(text)
        words += len(toks)
        for n in range(1, MAX_N + 1):
            grams[n - 1].update(zip(*(toks[i:] for i in range(n)), strict=False))
        firsts[first_sentence(text)] += 1
        once += text.lstrip().lower().startswith("once upon a time")
    stats: dict[str, Any] = {"stories": stories, "sample_size": stories}
    for n, counter in enumerate(grams, start=1):
        total = sum(counter.values())
        stats[f"distinct_{n}"] = len(counter) / total if total else 0.0
    stats["top_first_sentence_share"] = firsts.most_common(1)[0][1] / stories if stories else 0.0
    shared = sum(count for count in firsts.values() if count > 1)
    stats["shared_first_sentence_share"] = shared / stories if stories else 0.0
    stats["once_upon_a_time_share"] = once / stories if stories else 0.0
    stats["mean_words"] = words / stories if stories else 0.0
    return stats


def load_reference_stats(path: Path = REFERENCE_STATS_FILE) -> dict[str, Any]:
    """The shipped diversity statistics of real TinyStories stories (numbers only).

    Written by `scripts/reference_stats.py`; the product compares a generated corpus with
    these at run time without reading the reference text itself.
    """
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(
            f"reference statistics not found at {path}: run scripts/reference_stats.py"
        ) from None
