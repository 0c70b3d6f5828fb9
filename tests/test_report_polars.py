"""The polars report statistics give the same numbers as the row loops they replaced.

The old implementation is kept verbatim in benchmarks/report_rowloop.py (the benchmark
times both); here both run on the same rows, including the corners where polars and
Python disagree unless told otherwise (Unicode whitespace, casefold, empty fields).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hornbook.corpora import textstats
from hornbook.corpora.report import as_frame, summary_stats, top_openings
from hornbook.corpora.spec import CorpusSpec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import report_rowloop as old  # noqa: E402

EDGE_TEXTS = [
    "",
    "   ",
    "Once upon a time\x1cthere was. A cat",
    "STRASSE und Straße. Hi!",
    "\u2028Hi!!x y. z",
    '"Hi!" she said. Then',
    "a\u00a0b\u3000c d e. f",
    "Don\u2019t go. \u2018Yes\u2019 she said.",
    "x\n\ny. z",
    "...",
    "ONCE UPON A TIME, yes",
    "KELVIN \u212a. ok",
    "\u0130stanbul is big. x",
    "Once\tupon\na time there",
]


def _story_rows(stories: list[str]) -> list[dict[str, Any]]:
    rng = random.Random(7)
    nouns = ["cat", "dog", "ball", "tree", "zzz-not-a-word"]
    rows = []
    for i, text in enumerate(stories):
        rows.append(
            {
                "id": f"s{i}",
                "text": text,
                "story": None if i % 5 == 0 else text,
                "words": rng.sample(nouns, 2),
                "features": rng.sample(["Dialogue", "Twist", "BadEnding"], rng.randint(0, 2)),
                "word_count": None if i % 3 == 0 else len(text.split()),
                "oov_rate": None if i % 7 == 0 else rng.random() / 10,
                "index": i,
            }
        )
    return rows


def _math_rows() -> list[dict[str, Any]]:
    rng = random.Random(3)
    rows = []
    for i in range(300):
        answer = rng.choice([rng.randint(-5, 40), rng.randint(0, 9) + 0.5, 1 / 3, None, 7.0])
        rows.append(
            {
                "id": f"m{i}",
                "text": f"Question: q{i}\nAnswer: {answer}",
                "question": rng.choice(EDGE_TEXTS[2:] + [None, ""]),
                "solution": rng.choice(
                    [None, "", "def solution():\n    return 1", "a\r\nb\rc\n", "x\u2028y\n\n"]
                ),
                "answer": answer,
                "family": rng.choice(["shopping", "rates", None, ""]),
                "steps": rng.choice([None, 1, 2, 3, 10]),
                "word_count": None,
                "oov_rate": None,
                "index": i,
            }
        )
    return rows


def test_story_statistics_match_the_row_loops(reference_stories: list[str]) -> None:
    spec = CorpusSpec.model_validate({"name": "s"})
    rows = _story_rows(EDGE_TEXTS + reference_stories)
    assert summary_stats(rows, spec) == old.summary_stats(rows, spec)
    frame = as_frame(rows, "stories")
    assert summary_stats(frame, spec) == old.summary_stats(rows, spec)  # a frame works too


def test_small_and_empty_corpora_match(reference_stories: list[str]) -> None:
    spec = CorpusSpec.model_validate({"name": "s"})
    for rows in ([], _story_rows(EDGE_TEXTS[:1]), _story_rows(reference_stories[:7])):
        assert summary_stats(rows, spec) == old.summary_stats(rows, spec)


def test_math_statistics_match_the_row_loops() -> None:
    spec = CorpusSpec.model_validate({"name": "m", "recipe": {"kind": "math"}})
    rows = _math_rows()
    assert summary_stats(rows, spec) == old.summary_stats(rows, spec)
    non_integral = [{**r, "answer": r["answer"] and r["answer"] + 0.25} for r in rows[:40]]
    assert summary_stats(non_integral, spec) == old.summary_stats(non_integral, spec)


@pytest.mark.parametrize("words", [1, 4, 6])
def test_openings_casefold_like_python(words: int) -> None:
    texts = ["Straße ist", "STRASSE IST", "strasse ist", "Once upon", "once  UPON"] * 3
    assert top_openings(texts, words=words) == old.top_openings(texts, words=words)


def test_diversity_and_first_sentences_match(reference_stories: list[str]) -> None:
    texts = EDGE_TEXTS + reference_stories[:300]
    assert textstats.diversity_stats(texts) == old.diversity_stats(texts)
    assert textstats.diversity_stats(iter(texts), sample_size=20) == old.diversity_stats(
        iter(texts), sample_size=20
    )
    firsts = pl.DataFrame({"t": texts}).select(textstats.first_sentence_expr(pl.col("t")))["t"]
    assert firsts.to_list() == [old.first_sentence(t) for t in texts]
    tokens = pl.DataFrame({"t": texts}).select(textstats.tokens_expr(pl.col("t")))["t"]
    assert tokens.to_list() == [old.tokens(t) for t in texts]
