"""The human-readable build report: summary statistics and plots of one corpus version."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless: reports are written by servers and CI
import matplotlib.pyplot as plt  # noqa: E402

from corpora.spec import CorpusSpec  # noqa: E402
from corpora.vocabulary import load_vocabulary  # noqa: E402


def _quantile(sorted_values: list[int], q: float) -> float:
    if not sorted_values:
        return 0.0
    return float(sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))])


def summary_stats(rows: list[dict[str, Any]], spec: CorpusSpec) -> dict[str, Any]:
    """Length, vocabulary and feature statistics that go into the manifest and the card."""
    lengths = sorted(r["word_count"] for r in rows)
    vocab = load_vocabulary(spec.recipe.vocabulary)
    used = Counter()
    for row in rows:
        used.update(row["words"])
    pos_lists = {"nouns": vocab.nouns, "verbs": vocab.verbs, "adjectives": vocab.adjectives}
    coverage = {
        pos: round(sum(1 for w in words if used[w]) / len(words), 4) if words else 0.0
        for pos, words in pos_lists.items()
    }
    first_sentences = Counter(r["text"].split(".")[0] for r in rows)
    return {
        "rows": len(rows),
        "words": {
            "mean": round(statistics.fmean(lengths), 2) if lengths else 0.0,
            "min": lengths[0] if lengths else 0,
            "p05": _quantile(lengths, 0.05),
            "median": _quantile(lengths, 0.5),
            "p95": _quantile(lengths, 0.95),
            "max": lengths[-1] if lengths else 0,
        },
        "total_words": sum(lengths),
        "mean_oov_rate": round(statistics.fmean(r["oov_rate"] for r in rows), 5) if rows else 0.0,
        "prompt_word_coverage": coverage,
        "features": dict(sorted(Counter(f for r in rows for f in r["features"]).items())),
        "top_first_sentence_share": round(first_sentences.most_common(1)[0][1] / len(rows), 4)
        if rows
        else 0.0,
    }


def _bar(ax: Any, data: dict[str, float], title: str, ylabel: str) -> None:
    labels = list(data) or ["(none)"]
    values = list(data.values()) or [0]
    ax.bar(labels, values, color="#4c72b0")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", rotation=30)


def write_report(
    rows: list[dict[str, Any]],
    drop_reasons: dict[str, int],
    counts: dict[str, int],
    spec: CorpusSpec,
    out: Path,
) -> dict[str, Any]:
    """Write `report.md` and PNG plots into `out`; return the summary statistics."""
    out.mkdir(parents=True, exist_ok=True)
    stats = summary_stats(rows, spec)

    fig, ax = plt.subplots(figsize=(7, 4))
    ax.hist([r["word_count"] for r in rows], bins=40, color="#4c72b0")
    ax.set_title(f"{spec.name}: words per document")
    ax.set_xlabel("words")
    ax.set_ylabel("documents")
    fig.tight_layout()
    fig.savefig(out / "lengths.png", dpi=100)
    plt.close(fig)

    fig, axes = plt.subplots(1, 3, figsize=(15, 4))
    stage_counts = {
        k: counts[k] for k in ("generated", "after_filters", "after_dedupe", "train", "validation")
    }
    _bar(axes[0], stage_counts, "documents per stage", "documents")
    _bar(axes[1], drop_reasons, "drop reasons", "documents")
    _bar(axes[2], stats["prompt_word_coverage"], "vocabulary used as prompt words", "share of list")
    fig.tight_layout()
    fig.savefig(out / "curation.png", dpi=100)
    plt.close(fig)

    lines = [
        f"# Build report: {spec.name}",
        "",
        "## Documents per stage",
        "",
        "| stage | documents |",
        "|---|---|",
        *[f"| {k} | {v:,} |" for k, v in counts.items()],
        "",
        "## Drop reasons",
        "",
        "| reason | documents |",
        "|---|---|",
        *([f"| {k} | {v:,} |" for k, v in drop_reasons.items()] or ["| (none) | 0 |"]),
        "",
        "## Lengths (words per document)",
        "",
        " | ".join(f"{k} {v}" for k, v in stats["words"].items()),
        "",
        f"Mean out-of-vocabulary rate: {stats['mean_oov_rate']:.4f}. Share of documents sharing the most "
        f"common first sentence: {stats['top_first_sentence_share']:.4f}.",
        "",
        "![lengths](lengths.png)",
        "",
        "![curation](curation.png)",
        "",
    ]
    (out / "report.md").write_text("\n".join(lines), encoding="utf-8")
    return stats
