"""The human-readable build report: statistics, plots and `report.md` of one corpus version.

`summary_stats` computes what goes into the manifest (and the card): lengths, OOV rates,
top openings, per-recipe numbers (prompt-word coverage and features for stories; question
lengths, answers and families for math) and, for stories, diversity next to real
TinyStories. `write_plots` draws the PNGs; `render_report` writes the markdown from the
finished manifest, so the parent comparison uses the same numbers `hornbook diff` shows.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from contextlib import suppress
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # headless: reports are written by servers and CI
import matplotlib.pyplot as plt  # noqa: E402
from hornbook.corpora.errors import UserError  # noqa: E402
from hornbook.corpora.spec import CorpusSpec  # noqa: E402

TOP_OPENINGS = 10
OPENING_WORDS = 4
LENGTH_BINS = 40


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
    try:
        from hornbook.corpora.textstats import (
            REFERENCE_SAMPLE_SIZE,
            diversity_stats,
            load_reference_stats,
        )
    except ImportError:  # diversity statistics not available in this checkout
        return stats
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


# --------------------------------------------------------------------------- plots


def _bar(ax: Any, data: dict[str, float], title: str, ylabel: str) -> None:
    labels = list(data) or ["(none)"]
    values = list(data.values()) or [0]
    ax.bar(labels, values, color="#4c72b0")
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", rotation=30)


def _save(fig: Any, path: Path) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path.name


def write_plots(
    rows: list[dict[str, Any]],
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
    made = []

    fig, ax = plt.subplots(figsize=(7, 4))
    if kind == "math":
        ax.hist([_words(r.get("question")) for r in rows], bins=LENGTH_BINS, color="#4c72b0")
        ax.set_title(f"{spec.name}: words per question")
    else:
        ax.hist(
            [r.get("word_count") or _words(r["text"]) for r in rows],
            bins=LENGTH_BINS,
            color="#4c72b0",
        )
        ax.set_title(f"{spec.name}: words per document")
    ax.set_xlabel("words")
    ax.set_ylabel("documents")
    made.append(_save(fig, out / "lengths.png"))

    oov = [r["oov_rate"] for r in rows if r.get("oov_rate") is not None]
    if oov:
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.hist(oov, bins=LENGTH_BINS, color="#dd8452")
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
    _bar(axes[1], drop_reasons, "drop reasons", "documents")
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


def render_report(manifest: dict[str, Any], parent: dict[str, Any] | None, plots: list[str]) -> str:
    """`report.md` of a finished manifest (and its parent version's, for the comparison)."""
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
