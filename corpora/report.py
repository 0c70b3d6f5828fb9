"""The human-readable build report: statistics, plots and `report.md` of one corpus version.

`summary_stats` computes what goes into the manifest (and the card): lengths, OOV rates,
top openings, per-recipe numbers (prompt-word coverage and features for stories; question
lengths, answers and families for math) and, for stories, diversity next to real
TinyStories. `write_plots` draws the PNGs; `render_report` writes the markdown from the
finished manifest, so the parent comparison uses the same numbers `hornbook diff` shows.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from contextlib import suppress
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless: reports are written by servers and CI
import matplotlib.pyplot as plt  # noqa: E402
import polars as pl  # noqa: E402
import pyarrow as pa  # noqa: E402
from hornbook.corpora.errors import UserError  # noqa: E402
from hornbook.corpora.rows import schema_for  # noqa: E402
from hornbook.corpora.spec import CorpusSpec  # noqa: E402
from hornbook.corpora.textstats import (  # noqa: E402
    REFERENCE_SAMPLE_SIZE,
    SPACE,
    collapse_expr,
    diversity_stats,
    load_reference_stats,
)

TOP_OPENINGS = 10
OPENING_WORDS = 4
LENGTH_BINS = 40
SAMPLE_STORIES = 3

Rows = list[dict[str, Any]] | pl.DataFrame
# Python's str.splitlines() boundaries (\r\n counts once).
_LINE_BREAK = r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"


def as_frame(rows: Rows, kind: str) -> pl.DataFrame:
    """Rows of the recipe's schema as a polars frame (a frame is passed through)."""
    if isinstance(rows, pl.DataFrame):
        return rows
    return pl.from_arrow(pa.Table.from_pylist(rows, schema=schema_for(kind)))  # type: ignore[return-value]


def _fmean(values: pl.Series) -> float:
    """`statistics.fmean`: exact for integers, `math.fsum` (correctly rounded) for floats."""
    if values.dtype.is_integer():
        return int(values.sum()) / len(values)
    return math.fsum(values.to_numpy()) / len(values)


def _distribution(values: pl.Series) -> dict[str, float]:
    """mean (2 decimals), min, 5% / 50% / 95% (the value at index int(q * n)) and max."""
    ordered = values.drop_nulls().sort()
    n = len(ordered)
    if not n:
        return {"mean": 0.0, "min": 0, "p05": 0.0, "median": 0.0, "p95": 0.0, "max": 0}

    def quantile(q: float) -> float:
        return float(ordered[min(n - 1, int(q * n))])

    return {
        "mean": round(_fmean(ordered), 2),
        "min": ordered[0],
        "p05": quantile(0.05),
        "median": quantile(0.5),
        "p95": quantile(0.95),
        "max": ordered[-1],
    }


def _word_count(text: pl.Expr) -> pl.Expr:
    """len(text.split()); 0 for null."""
    return text.str.count_matches(rf"[^{SPACE[1:-1]}]+").fill_null(0).cast(pl.Int64)


def _nonempty_or(column: str, fallback: str) -> pl.Expr:
    """`row.get(column) or row[fallback]`; a fallback that is no column is "(fallback)"."""
    col = pl.col(column)
    other = pl.lit(f"({fallback})") if fallback == "none" else pl.col(fallback)
    return pl.when(col.is_not_null() & (col != "")).then(col).otherwise(other)


def _in_order(values: pl.Series) -> list[tuple[Any, int]]:
    """(value, count) of each distinct value, in order of first appearance."""
    counted = (
        pl.DataFrame({"key": values})
        .with_row_index("first")
        .group_by("key")
        .agg(n=pl.len(), first=pl.col("first").min())
        .sort("first")
    )
    return list(zip(counted["key"].to_list(), counted["n"].to_list(), strict=True))


def _openings_expr(text: pl.Expr, words: int) -> pl.Expr:
    """The first `words` whitespace-separated words, lowercased, joined by one space.

    Cut first, lowercased after: lowercasing never makes or removes whitespace, and the
    cut is a few words where the text is hundreds.
    """
    lead = rf"^{SPACE}*((?:[^{SPACE[1:-1]}]+{SPACE}*){{0,{words}}})"
    return collapse_expr(text.str.extract(lead, 1)).str.to_lowercase()


def top_openings(
    texts: list[str] | pl.Series, words: int = OPENING_WORDS, top: int = TOP_OPENINGS
) -> list[dict[str, Any]]:
    """The most common first `words` words (case-folded), with their share of documents.

    polars lowercases; openings that are not plain ASCII are then case-folded in Python
    (per distinct opening, not per row), since casefold and lowercase differ there (ß).
    """
    series = texts if isinstance(texts, pl.Series) else pl.Series(texts, dtype=pl.String)
    total = len(series) or 1
    grouped = (
        pl.DataFrame({"text": series})
        .with_row_index("first")
        .select("first", key=_openings_expr(pl.col("text"), words))
        .group_by("key")
        .agg(n=pl.len(), first=pl.col("first").min())
    )
    needs_fold = ~grouped["key"].str.contains(r"^[\x00-\x7f]*$")
    if needs_fold.any():
        folded = grouped.filter(needs_fold).with_columns(
            pl.col("key").map_elements(str.casefold, return_dtype=pl.String)
        )
        grouped = (
            pl.concat([grouped.filter(~needs_fold), folded])
            .group_by("key")
            .agg(n=pl.col("n").sum(), first=pl.col("first").min())
        )
    ranked = grouped.sort(["n", "first"], descending=[True, False]).head(top)
    return [
        {"opening": o, "documents": n, "share": round(n / total, 4)}
        for o, n in zip(ranked["key"].to_list(), ranked["n"].to_list(), strict=True)
    ]


def _counts(values: pl.Series) -> dict[Any, int]:
    """{value: documents}, sorted by value, nulls left out."""
    counted = values.drop_nulls().value_counts(name="n").sort(values.name)
    return dict(zip(counted[values.name].to_list(), counted["n"].to_list(), strict=True))


def _story_stats(frame: pl.DataFrame, spec: CorpusSpec) -> dict[str, Any]:
    from hornbook.corpora.vocabulary import load_vocabulary

    vocab = load_vocabulary(spec.recipe.vocabulary)
    used = frame["words"].explode().drop_nulls().unique()
    pos_lists = {"nouns": vocab.nouns, "verbs": vocab.verbs, "adjectives": vocab.adjectives}
    stats: dict[str, Any] = {
        "prompt_word_coverage": {
            pos: round(int(pl.Series(words, dtype=pl.String).is_in(used).sum()) / len(words), 4)
            if words
            else 0.0
            for pos, words in pos_lists.items()
        },
        "features": _counts(frame["features"].explode().rename("feature")),
    }
    stories = frame.select(_nonempty_or("story", "text"))["story"]
    stats["diversity"] = {
        k: round(v, 6) if isinstance(v, float) else v
        for k, v in diversity_stats(stories, sample_size=REFERENCE_SAMPLE_SIZE).items()
    }
    with suppress(UserError):  # the shipped numbers are missing: report ours alone
        stats["reference_diversity"] = {
            k: v for k, v in load_reference_stats().items() if k != "source"
        }
    return stats


def _solution_lines(solution: pl.Expr) -> pl.Expr:
    """len(solution.splitlines()); 0 for null or empty."""
    text = solution.fill_null("")
    breaks = text.str.count_matches(_LINE_BREAK).cast(pl.Int64)
    open_last = (text.str.len_chars() > 0) & ~text.str.contains(rf"(?:{_LINE_BREAK})$")
    return breaks + open_last.cast(pl.Int64)


def _shown_answer(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 4)


def _math_stats(frame: pl.DataFrame) -> dict[str, Any]:
    answers = frame["answer"].drop_nulls()
    finite = answers.filter(answers.is_finite())
    integral = finite.filter(finite == finite.floor())
    shown = integral if len(integral) else answers
    # Count distinct raw answers first, then map each distinct one to its display form.
    top: Counter[int | float] = Counter()
    for value, n in _in_order(shown):
        top[_shown_answer(value)] += n
    n_answers = len(answers)
    return {
        "question_words": _distribution(frame.select(_word_count(pl.col("question")))["question"]),
        "solution_lines": _distribution(
            frame.select(_solution_lines(pl.col("solution")))["solution"]
        ),
        "answers": {
            **_distribution(finite),
            "integer_share": round(len(integral) / n_answers, 4) if n_answers else 0.0,
            "negative_share": round(int((answers < 0).sum()) / n_answers, 4) if n_answers else 0.0,
            "top": [{"answer": a, "documents": n} for a, n in top.most_common(TOP_OPENINGS)],
        },
        "families": _counts(frame.select(_nonempty_or("family", "none").alias("family"))["family"]),
        "steps": {str(k): v for k, v in _counts(frame["steps"]).items()},
    }


def _lengths(frame: pl.DataFrame) -> pl.Series:
    """Words per document: `word_count` where the filters set it, else counted."""
    counts = frame["word_count"].cast(pl.Int64).rename("words")
    if not counts.null_count():
        return counts  # nothing to count (a when/then would count every text anyway)
    return frame.select(
        pl.when(pl.col("word_count").is_not_null())
        .then(pl.col("word_count").cast(pl.Int64))
        .otherwise(_word_count(pl.col("text")))
        .alias("words")
    )["words"]


def summary_stats(rows: Rows, spec: CorpusSpec) -> dict[str, Any]:
    """Statistics that go into the manifest and the card (stories or math rows).

    `rows` are row dicts of the recipe's schema or a polars frame of them; everything is
    computed with polars expressions over columns, not Python loops over rows.
    """
    kind = spec.recipe.kind
    frame = as_frame(rows, kind)
    lengths = _lengths(frame)
    oov = frame["oov_rate"].drop_nulls()
    openings_of = frame.select(
        _nonempty_or("question", "text") if kind == "math" else _nonempty_or("story", "text")
    ).to_series()
    openings = top_openings(openings_of)
    first_parts = openings_of.str.splitn(".", 2).struct.field("field_0")  # t.split(".")[0]
    stats: dict[str, Any] = {
        "rows": frame.height,
        "words": _distribution(lengths),
        "total_words": int(lengths.sum()),
        "mean_oov_rate": round(_fmean(oov), 5) if len(oov) else 0.0,
        "oov_rate": _distribution(oov),
        "top_openings": openings,
        "top_opening_share": openings[0]["share"] if openings else 0.0,
        "top_first_sentence_share": round(
            int(first_parts.value_counts(name="n")["n"].max()) / frame.height, 4
        )
        if frame.height
        else 0.0,
    }
    stats.update(_math_stats(frame) if kind == "math" else _story_stats(frame, spec))
    return stats


# --------------------------------------------------------------------------- plots


def _bar(ax: Any, data: dict[str, float], title: str, ylabel: str) -> None:
    labels = list(data) or ["(none)"]
    values = list(data.values()) or [0]
    ax.bar(labels, values, color="#4c72b0")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", rotation=30)


def _empty(ax: Any, title: str, message: str) -> None:
    """A panel that says why there is nothing to draw instead of showing an empty axis."""
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, transform=ax.transAxes)
    ax.set_axis_off()


def _save(fig: Any, path: Path) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path.name


def write_plots(
    rows: Rows,
    stages: list[dict[str, Any]],
    drop_reasons: dict[str, int],
    clusters: dict[str, dict[str, int]],
    stats: dict[str, Any],
    spec: CorpusSpec,
    out: Path,
) -> list[str]:
    """Draw the report's PNGs into `out`; returns their file names."""
    out.mkdir(parents=True, exist_ok=True)
    kind = spec.recipe.kind
    frame = as_frame(rows, kind)
    made = []

    fig, ax = plt.subplots(figsize=(7, 4))
    if kind == "math":
        questions = frame.select(_word_count(pl.col("question")))["question"]
        ax.hist(questions.to_numpy(), bins=LENGTH_BINS, color="#4c72b0")
        ax.set_title(f"{spec.name}: words per question")
    else:
        ax.hist(_lengths(frame).to_numpy(), bins=LENGTH_BINS, color="#4c72b0")
        ax.set_title(f"{spec.name}: words per document")
    ax.set_xlabel("words")
    ax.set_ylabel("documents")
    made.append(_save(fig, out / "lengths.png"))

    oov = frame["oov_rate"].drop_nulls()
    if len(oov):
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.hist(oov.to_numpy(), bins=LENGTH_BINS, color="#dd8452")
        ax.set_title(f"{spec.name}: out-of-vocabulary rate per document")
        ax.set_xlabel("OOV rate")
        ax.set_ylabel("documents")
        made.append(_save(fig, out / "oov.png"))

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.5))
    _bar(
        axes[0],
        {s["stage"]: s["documents"] for s in stages},
        "documents after each stage",
        "documents",
    )
    if drop_reasons:
        _bar(axes[1], drop_reasons, "drop reasons", "documents")
    else:
        _empty(axes[1], "drop reasons", "nothing dropped")
    if kind == "math":
        _bar(axes[2], stats.get("families", {}), "problem families", "documents")
    else:
        _bar(
            axes[2],
            stats.get("prompt_word_coverage", {}),
            "vocabulary used as prompt words",
            "share of list",
        )
    made.append(_save(fig, out / "curation.png"))

    if any(clusters.values()):
        fig, ax = plt.subplots(figsize=(7, 4))
        for offset, (label, dist) in zip((-0.2, 0.2), clusters.items(), strict=True):
            ax.bar([int(k) + offset for k in dist], list(dist.values()), width=0.4, label=label)
        ax.set_title("duplicate cluster sizes (kept + removed)")
        ax.set_xlabel("documents in cluster")
        ax.set_ylabel("clusters")
        ax.legend()
        made.append(_save(fig, out / "clusters.png"))
    return made


# --------------------------------------------------------------------------- markdown


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    def cell(v: Any) -> str:
        return f"{v:,}" if isinstance(v, int) and not isinstance(v, bool) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows] or [
        "| " + " | ".join(["(none)"] + [""] * (len(header) - 1)) + " |"
    ]
    return lines + [""]


def diversity_rows(stats: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(measure, this corpus, real TinyStories) rows, shared by the report and the card."""
    ours, ref = stats.get("diversity"), stats.get("reference_diversity") or {}
    if not ours:
        return []
    keys = [k for k in ours if k not in ("stories", "sample_size")]

    def fmt(v: Any) -> str:
        return f"{v:.4f}" if isinstance(v, float) else ("" if v is None else str(v))

    rows = [("stories measured", str(ours.get("sample_size", "")), str(ref.get("sample_size", "")))]
    return rows + [(k, fmt(ours[k]), fmt(ref.get(k))) for k in keys]


def sample_documents(rows: Rows, kind: str, fingerprint: str, n: int = SAMPLE_STORIES) -> list[str]:
    """`n` documents drawn at random, seeded by the version's fingerprint: the same version
    always shows the same ones, and a rebuilt (different) version shows others."""
    frame = as_frame(rows, kind)
    picked = sorted(random.Random(fingerprint).sample(range(frame.height), min(n, frame.height)))
    return frame["text"].gather(picked).to_list() if picked else []


def render_report(
    manifest: dict[str, Any],
    parent: dict[str, Any] | None,
    plots: list[str],
    samples: list[str] | None = None,
) -> str:
    """`report.md` of a finished manifest (and its parent version's, for the comparison),
    with `samples` (see `sample_documents`) shown after the statistics."""
    stats, counts = manifest["stats"], manifest["counts"]
    lines = [f"# Build report: {manifest['ref']}", ""]
    lines += [
        f"Fingerprint `{manifest['fingerprint']}`, built from `{manifest['spec_source']}`.",
        "",
    ]
    lines += ["## Documents per stage", ""]
    lines += _table(
        ("stage", "dropped", "documents left"),
        [(s["stage"], s["dropped"], s["documents"]) for s in manifest["stages"]],
    )
    unaccounted = manifest["stages"][-1].get("unaccounted", 0)
    lines += [
        f"{counts['generated']:,} generated = {counts['published']:,} published + "
        f"{counts['rejected']:,} rejected"
        + ("." if not unaccounted else f" (+{unaccounted:,} unaccounted: a bug)."),
        f"Splits: {counts['train']:,} train, {counts['validation']:,} validation.",
        "",
    ]
    if manifest.get("curation_seconds"):
        lines += [
            "Curation time per stage: "
            + ", ".join(f"{k} {v:.1f} s" for k, v in manifest["curation_seconds"].items()),
            "",
        ]
    lines += ["## Drop reasons", ""]
    lines += _table(("reason", "documents"), list(manifest["drop_reasons"].items()))
    clusters = manifest.get("duplicate_clusters", {})
    lines += ["## Duplicate clusters", ""]
    lines += _table(
        ("kind", "cluster size", "clusters"),
        [(kind, size, n) for kind, dist in clusters.items() for size, n in dist.items()],
    )
    lines += ["## Lengths", ""]
    lines += [
        " | ".join(f"{k} {v}" for k, v in stats["words"].items()) + " (words per document)",
        "",
    ]
    if "question_words" in stats:
        lines += [
            " | ".join(f"{k} {v}" for k, v in stats["question_words"].items())
            + " (words per question)",
            "",
        ]
    lines += [f"Mean out-of-vocabulary rate: {stats['mean_oov_rate']:.4f}.", ""]
    lines += ["## Top openings", ""]
    lines += _table(
        ("opening", "documents", "share"),
        [(o["opening"], o["documents"], f"{o['share']:.2%}") for o in stats["top_openings"]],
    )
    if "answers" in stats:
        a = stats["answers"]
        lines += ["## Answers", ""]
        lines += [
            f"Integer answers: {a['integer_share']:.2%}; negative: {a['negative_share']:.2%}; median {a['median']}, 5-95% {a['p05']}-{a['p95']}.",
            "",
        ]
        lines += _table(("answer", "documents"), [(t["answer"], t["documents"]) for t in a["top"]])
        lines += ["## Problem families", ""]
        lines += _table(("family", "documents"), list(stats["families"].items()))
    if div := diversity_rows(stats):
        lines += ["## Diversity (vs real TinyStories)", ""]
        lines += _table(("measure", "this corpus", "real TinyStories"), div)
    if samples:
        noun = "problems" if "answers" in stats else "stories"
        lines += [f"## {len(samples)} random {noun}", ""]
        lines += [
            f"Drawn with the fingerprint as seed; `hornbook sample {manifest['ref']}` shows more.",
            "",
        ]
        for i, text in enumerate(samples, 1):
            quoted = "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())
            lines += [f"**{i}.**", "", quoted, ""]
    usage = manifest.get("usage") or {}
    if usage.get("documents_with_usage"):
        lines += ["## Token usage", ""]
        lines += _table(("", "tokens"), [(k, v) for k, v in usage.items()])
    lines += ["## Compared with the parent version", ""]
    if parent is None:
        lines += ["No parent version: this is the first.", ""]
    else:
        from hornbook.corpora.diff import diff_manifests, render_diff

        lines += [render_diff(diff_manifests(parent, manifest)), ""]
    lines += ["## Plots", ""] + [f"![{Path(p).stem}]({p})" for p in plots] + [""]
    return "\n".join(lines)
