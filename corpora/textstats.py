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

The corpus measures are polars expressions over a frame of texts (one row per token for
the n-grams); `tokens` and `first_sentence` define them on one text, and the expressions
reproduce them exactly (Python's whitespace, `str.lower`, the first-sentence regex), which
tests/test_report_polars.py checks against the row loops they replaced.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

import polars as pl
from hornbook.corpora.errors import UserError

REFERENCE_SAMPLE_SIZE = 1000
REFERENCE_STATS_FILE = Path(__file__).parent / "reference_stats.json"
MAX_N = 4

# Python's str.split()/strip() whitespace, for polars' (Rust) regexes: Unicode White_Space
# plus the four ASCII separators (\x1c-\x1f) that Python also counts as space.
SPACE = r"[\s\x1c-\x1f]"
_TOKEN = r"[a-z]+(?:'[a-z]+)*"
_TOKEN_RE = re.compile(_TOKEN)
# The first sentence: up to the first . ! or ? (with a closing quote), or the first line.
_FIRST_SENTENCE_RE = re.compile(r"^[^\n]*?[.!?]+[\"'\u201d]?(?=\s|$)|^[^\n]*")
# The same for polars, which has no lookahead: the one whitespace character the lookahead
# checked is consumed instead, then dropped with the rest of the whitespace.
_FIRST_SENTENCE_PL = rf"^([^\n]*?[.!?]+[\"'\u201d]?(?:{SPACE}|$)|[^\n]*)"
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'"})


def tokens(text: str) -> list[str]:
    """Lowercased word tokens (letters with internal apostrophes; digits are dropped)."""
    return _TOKEN_RE.findall(text.lower().translate(_CURLY))


def first_sentence(text: str) -> str:
    """The story's first sentence with whitespace collapsed."""
    match = _FIRST_SENTENCE_RE.match(text.strip())
    return " ".join(match.group(0).split()) if match else ""


def strip_expr(expr: pl.Expr) -> pl.Expr:
    """`str.strip()` with Python's notion of whitespace."""
    return expr.str.replace_all(rf"^{SPACE}+|{SPACE}+$", "")


def collapse_expr(expr: pl.Expr) -> pl.Expr:
    """`" ".join(s.split())`: whitespace runs to one space, none at the ends."""
    return expr.str.replace_all(rf"{SPACE}+", " ").str.strip_chars(" ")


def first_sentence_expr(text: pl.Expr) -> pl.Expr:
    """`first_sentence` as a polars expression over a column of texts."""
    return collapse_expr(strip_expr(text).str.extract(_FIRST_SENTENCE_PL, 1))


def tokens_expr(text: pl.Expr) -> pl.Expr:
    """`tokens` as a polars expression: a list of tokens per text."""
    return text.str.to_lowercase().str.replace_all("[\u2018\u2019]", "'").str.extract_all(_TOKEN)


def _distinct_n(grams: pl.DataFrame) -> dict[str, float]:
    """distinct-n for n = 1..MAX_N from one row per token (`doc`, `tok`), in text order."""
    out: dict[str, float] = {}
    doc, tok = pl.col("doc"), pl.col("tok")
    for n in range(1, MAX_N + 1):
        # An n-gram starts at every token whose next n-1 tokens are in the same story.
        same_doc = pl.all_horizontal([doc.shift(-k) == doc for k in range(1, n)] or [pl.lit(True)])
        gram = pl.concat_str([tok.shift(-k) for k in range(n)], separator=" ")
        counted = grams.select(gram.filter(same_doc).alias("g")).select(
            total=pl.len(), distinct=pl.col("g").n_unique()
        )
        total, distinct = counted.row(0)
        out[f"distinct_{n}"] = distinct / total if total else 0.0
    return out


def diversity_stats(texts: Iterable[str], sample_size: int | None = None) -> dict[str, Any]:
    """Diversity statistics of a corpus (see the module docstring for definitions).

    `sample_size` keeps only the first that many stories, so a big corpus can be measured
    at the reference's size (`REFERENCE_SAMPLE_SIZE`); None uses every story. Returns
    `stories`/`sample_size` (stories measured), `distinct_1`..`distinct_4`,
    `top_first_sentence_share`, `shared_first_sentence_share`, `once_upon_a_time_share`
    and `mean_words`. An empty corpus gives zeros. `texts` may also be a polars Series.
    """
    if isinstance(texts, pl.Series):
        chosen = texts if sample_size is None else texts.head(sample_size)
    else:
        chosen = pl.Series(list(texts if sample_size is None else islice(texts, sample_size)))
    frame = pl.DataFrame({"text": chosen.cast(pl.String)})
    stories = frame.height
    stats: dict[str, Any] = {"stories": stories, "sample_size": stories}
    if not stories:
        stats.update({f"distinct_{n}": 0.0 for n in range(1, MAX_N + 1)})
        stats.update(
            top_first_sentence_share=0.0,
            shared_first_sentence_share=0.0,
            once_upon_a_time_share=0.0,
            mean_words=0.0,
        )
        return stats
    text = pl.col("text")
    grams = (
        frame.with_row_index("doc")
        .select("doc", tok=tokens_expr(text))
        .explode("tok")
        .drop_nulls("tok")
    )
    stats.update(_distinct_n(grams))
    firsts = frame.select(first=first_sentence_expr(text)).group_by("first").len()["len"]
    stats["top_first_sentence_share"] = int(firsts.max()) / stories
    stats["shared_first_sentence_share"] = int(firsts.filter(firsts > 1).sum()) / stories
    once = frame.select(
        text.str.replace(rf"^{SPACE}+", "")
        .str.to_lowercase()
        .str.starts_with("once upon a time")
        .sum()
    ).item()
    stats["once_upon_a_time_share"] = int(once) / stories
    stats["mean_words"] = grams.height / stories
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
