"""The row-loop report statistics hornbook had before they moved to polars, kept verbatim.

`corpora/report.py` and `corpora/textstats.py` computed the manifest statistics with Python
loops over row dicts until they were rewritten as polars expressions. This copy is the
reference both for `bench_report.py` (time before and after, same input, same run) and for
`tests/test_report_polars.py` (the new functions must give the same numbers). Only the
function bodies are the old ones; constants and helpers that did not change are imported.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from contextlib import suppress
from itertools import islice
from typing import Any

from hornbook.corpora.errors import UserError
from hornbook.corpora.spec import CorpusSpec
from hornbook.corpora.textstats import REFERENCE_SAMPLE_SIZE, load_reference_stats

TOP_OPENINGS = 10
OPENING_WORDS = 4
MAX_N = 4

_TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)*")
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


def _quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    return float(sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))])


def _distribution(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "mean": round(statistics.fmean(ordered), 2) if ordered else 0.0,
        "min": ordered[0] if ordered else 0,
        "p05": _quantile(ordered, 0.05),
        "median": _quantile(ordered, 0.5),
        "p95": _quantile(ordered, 0.95),
        "max": ordered[-1] if ordered else 0,
    }


def _words(text: str | None) -> int:
    return len((text or "").split())


def top_openings(
    texts: list[str], words: int = OPENING_WORDS, top: int = TOP_OPENINGS
) -> list[dict[str, Any]]:
    """The most common first `words` words (case-folded), with their share of documents."""
    openings = Counter(" ".join(t.casefold().split()[:words]) for t in texts)
    total = len(texts) or 1
    return [
        {"opening": o, "documents": n, "share": round(n / total, 4)}
        for o, n in openings.most_common(top)
    ]


def _story_stats(rows: list[dict[str, Any]], spec: CorpusSpec) -> dict[str, Any]:
    from hornbook.corpora.vocabulary import load_vocabulary

    vocab = load_vocabulary(spec.recipe.vocabulary)
    used: Counter[str] = Counter()
    for row in rows:
        used.update(row["words"])
    pos_lists = {"nouns": vocab.nouns, "verbs": vocab.verbs, "adjectives": vocab.adjectives}
    stats: dict[str, Any] = {
        "prompt_word_coverage": {
            pos: round(sum(1 for w in words if used[w]) / len(words), 4) if words else 0.0
            for pos, words in pos_lists.items()
        },
        "features": dict(sorted(Counter(f for r in rows for f in r["features"]).items())),
    }
    stories = [r.get("story") or r["text"] for r in rows]
    stats["diversity"] = {
        k: round(v, 6) if isinstance(v, float) else v
        for k, v in diversity_stats(stories, sample_size=REFERENCE_SAMPLE_SIZE).items()
    }
    with suppress(UserError):  # the shipped numbers are missing: report ours alone
        stats["reference_diversity"] = {
            k: v for k, v in load_reference_stats().items() if k != "source"
        }
    return stats


def _math_stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answers = [r["answer"] for r in rows if r.get("answer") is not None]
    integral = [a for a in answers if math.isfinite(a) and float(a).is_integer()]
    shown = Counter(int(a) if float(a).is_integer() else round(a, 4) for a in integral or answers)
    return {
        "question_words": _distribution([_words(r.get("question")) for r in rows]),
        "solution_lines": _distribution(
            [len((r.get("solution") or "").splitlines()) for r in rows]
        ),
        "answers": {
            **_distribution([a for a in answers if math.isfinite(a)]),
            "integer_share": round(len(integral) / len(answers), 4) if answers else 0.0,
            "negative_share": round(sum(a < 0 for a in answers) / len(answers), 4)
            if answers
            else 0.0,
            "top": [{"answer": a, "documents": n} for a, n in shown.most_common(TOP_OPENINGS)],
        },
        "families": dict(sorted(Counter(r.get("family") or "(none)" for r in rows).items())),
        "steps": {
            str(k): v
            for k, v in sorted(
                Counter(r.get("steps") for r in rows if r.get("steps") is not None).items()
            )
        },
    }


def summary_stats(rows: list[dict[str, Any]], spec: CorpusSpec) -> dict[str, Any]:
    """Statistics that go into the manifest and the card (stories or math rows)."""
    lengths = [
        r.get("word_count") if r.get("word_count") is not None else _words(r["text"]) for r in rows
    ]
    oov = [r["oov_rate"] for r in rows if r.get("oov_rate") is not None]
    kind = spec.recipe.kind
    openings_of = (
        [r.get("question") or r["text"] for r in rows]
        if kind == "math"
        else [r.get("story") or r["text"] for r in rows]
    )
    openings = top_openings(openings_of)
    stats: dict[str, Any] = {
        "rows": len(rows),
        "words": _distribution(lengths),
        "total_words": sum(lengths),
        "mean_oov_rate": round(statistics.fmean(oov), 5) if oov else 0.0,
        "oov_rate": _distribution(oov),
        "top_openings": openings,
        "top_opening_share": openings[0]["share"] if openings else 0.0,
        "top_first_sentence_share": round(
            Counter(t.split(".")[0] for t in openings_of).most_common(1)[0][1] / len(rows), 4
        )
        if rows
        else 0.0,
    }
    stats.update(_math_stats(rows) if kind == "math" else _story_stats(rows, spec))
    return stats
