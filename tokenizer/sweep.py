"""Vocabulary-size sweeps: what each extra id buys in compression, and what it costs.

For a small model the vocabulary size is a real design decision. A larger vocabulary packs
more text into each token (more bytes per token, so more story per context window and fewer
steps per epoch), but every id costs an embedding row, and at width 256 a few thousand ids
are a sizeable share of a model with a few million parameters. A sweep trains one
tokenizer per size on the same text and puts both sides of the trade in one table and one
plot, so the choice is made on numbers rather than habit.

Only the numbers are kept: the tokenizers are trained in a temporary directory and
discarded (train the chosen size for real with `train_tokenizer`).

Compression alone does not pick the best tokenizer for a tiny model, so a sweep can also
train the same proxy with each tokenizer (`train.tokenizer_sweep`); its rows then carry
bits per byte on an evaluation set and a rank, and this module's table and plot show
them next to the compression columns.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from hornbook.corpora.errors import UserError
from hornbook.tokenizer.metrics import embedding_params
from hornbook.tokenizer.sentencepiece_model import SENTENCEPIECE_KINDS
from hornbook.tokenizer.store import train_tokenizer

SWEEP_JSON = "sweep.json"
SWEEP_MD = "sweep.md"
SWEEP_PNG = "sweep.png"

# Columns of sweep.md: (row key, header, format).
_COLUMNS = (
    ("vocab_size", "vocab size", "{:d}"),
    ("bytes_per_token", "bytes/token", "{:.3f}"),
    ("tokens_per_word", "tokens/word", "{:.3f}"),
    ("vocab_utilisation", "vocab used", "{:.1%}"),
    ("byte_fallback_share", "byte fallback", "{:.3%}"),
    ("embedding_params", "embedding params", "{:,d}"),
    ("train_seconds", "train s", "{:.2f}"),
)
# Extra columns of a sweep whose rows were also trained and scored (`train.tokenizer_sweep`).
_TRAINED_COLUMNS = (
    ("rank", "rank", "{:d}"),
    ("bits_per_byte", "bits/byte", "{:.4f}"),
    ("eval_loss", "eval loss", "{:.4f}"),
    ("steps", "steps", "{:d}"),
    ("bytes_seen", "bytes read", "{:,d}"),
    ("params", "params", "{:,d}"),
)


def row_from_meta(meta: dict, dim: int) -> dict:
    """A sweep row from a trained tokenizer's meta.json (see `train_tokenizer`)."""
    metrics = meta["metrics"]
    return {
        "vocab_size": meta["vocab_size"],
        "bytes_per_token": metrics["bytes_per_token"],
        "tokens_per_word": metrics["tokens_per_word"],
        "vocab_utilisation": metrics["vocab_utilisation"],
        "byte_fallback_share": metrics["byte_fallback_share"],
        "embedding_params": embedding_params(meta["vocab_size"], dim),
        "train_seconds": meta["training"]["seconds"],
    }


def sweep(
    train_texts: Sequence[str],
    val_texts: Sequence[str],
    sizes: Sequence[int],
    kind: str,
    out_dir: Path,
    dim: int = 256,
) -> list[dict]:
    """Train one `kind` tokenizer per vocab size in `sizes`; report and plot the trade-off.

    Each row: vocab_size, bytes_per_token, tokens_per_word, vocab_utilisation and
    byte_fallback_share (measured on `val_texts`), embedding_params (tied, at width `dim`)
    and train_seconds. Rows are in ascending vocab size. Writes `out_dir/sweep.json` (the
    rows and the settings), `out_dir/sweep.md` (a markdown table) and `out_dir/sweep.png`
    (bytes/token against embedding parameters, one labelled point per size), replacing
    those of an earlier sweep into the same directory.

    Raises UserError for a kind without a vocabulary size ("byte"), for sizes that are not
    distinct positive integers, and, naming it, for a size the text cannot support (too
    small for its characters, or more pieces than it has); nothing is written then.
    """
    if kind not in SENTENCEPIECE_KINDS:
        raise UserError(
            f"cannot sweep vocab sizes of a {kind!r} tokenizer; expected one of "
            f"{SENTENCEPIECE_KINDS} (the byte tokenizer has a single, fixed size)"
        )
    if not sizes:
        raise UserError("a sweep needs at least one vocab size")
    for size in sizes:
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise UserError(f"vocab size {size!r} is not a positive integer")
    if len(set(sizes)) != len(sizes):
        raise UserError(f"vocab sizes {list(sizes)} contain duplicates")
    if dim <= 0:
        raise UserError(f"dim must be a positive integer, not {dim}")
    train_texts = list(train_texts)
    val_texts = list(val_texts)

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="hornbook-sweep-") as scratch:
        for size in sorted(sizes):
            name = f"sweep-{kind}{size}"
            try:
                meta = train_tokenizer(
                    train_texts,
                    val_texts,
                    Path(scratch) / name,
                    kind,
                    size,
                    name,
                    {"sweep": True},
                )
            except UserError as exc:
                raise UserError(f"sweep size {size}: {exc}") from exc
            rows.append(row_from_meta(meta, dim))

    write_sweep(
        rows,
        kind,
        dim,
        out_dir,
        {"n_train_texts": len(train_texts), "n_val_texts": len(val_texts)},
    )
    return rows


def write_sweep(
    rows: Sequence[dict], kind: str, dim: int, out_dir: Path, settings: dict | None = None
) -> None:
    """sweep.json (rows and settings), sweep.md (table) and sweep.png (plot) in `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = {
        "kind": kind,
        "dim": dim,
        "tied_embeddings": True,
        **(settings or {}),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": list(rows),
    }
    (out_dir / SWEEP_JSON).write_text(json.dumps(report, indent=2) + "\n")
    (out_dir / SWEEP_MD).write_text(sweep_table(rows, kind, dim, (settings or {}).get("eval")))
    plot_sweep(rows, kind, dim, out_dir / SWEEP_PNG)


def sweep_table(rows: Sequence[dict], kind: str, dim: int, eval_name: str | None = None) -> str:
    """The rows as a markdown table with a one-line caption (trained rows: best first)."""
    trained = bool(rows) and "bits_per_byte" in rows[0]
    columns = (
        (("tokenizer", "tokenizer", "{}"), *_TRAINED_COLUMNS, *_COLUMNS) if trained else _COLUMNS
    )
    caption = (
        f"Vocab-size sweep, {kind}; bytes/token etc. on held-out text; "
        f"embedding params tied, at width {dim}."
    )
    if trained:
        caption += (
            f" Each tokenizer trained the same proxy on the same bytes of text; "
            f"ranked by bits/byte on {eval_name or 'the evaluation set'} (lower is better)."
        )
        rows = sorted(rows, key=lambda r: r["rank"])
    lines = [
        caption,
        "",
        "| " + " | ".join(header for _, header, _ in columns) + " |",
        "|" + "|".join("---:" for _ in columns) + "|",
    ]
    for row in rows:
        cells = ["n/a" if row.get(key) is None else fmt.format(row[key]) for key, _, fmt in columns]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot_sweep(rows: Sequence[dict], kind: str, dim: int, out_file: Path) -> None:
    """Bytes/token (y) against embedding parameters (x), one labelled point per size."""
    # A bare Figure with the Agg canvas: no pyplot global state, no display needed.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    trained = bool(rows) and "bits_per_byte" in rows[0]
    figure = Figure(figsize=(11.5 if trained else 6.4, 4.2), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 2, 1) if trained else figure.add_subplot()
    if trained:
        # What the model learned, per tokenizer, best first.
        ranked = sorted(rows, key=lambda r: r["rank"])
        learned = figure.add_subplot(1, 2, 2)
        learned.bar(
            [r["tokenizer"] for r in ranked],
            [r["bits_per_byte"] for r in ranked],
            color="tab:green",
        )
        learned.set_ylabel("bits per byte (evaluation set)")
        learned.set_title("same proxy, same bytes: what it learned")
        learned.tick_params(axis="x", rotation=20)
        learned.grid(True, axis="y", alpha=0.3)
    xs = [row["embedding_params"] for row in rows]
    ys = [row["bytes_per_token"] or 0.0 for row in rows]
    axes.plot(xs, ys, marker="o", color="tab:blue")
    for row, x, y in zip(rows, xs, ys, strict=True):
        axes.annotate(
            str(row.get("tokenizer", row["vocab_size"])),
            (x, y),
            textcoords="offset points",
            xytext=(4, -12),
            fontsize=8,
        )
    axes.set_xscale("log")
    axes.set_xlabel(f"embedding parameters (tied, width {dim})")
    axes.set_ylabel("bytes per token (held-out)")
    axes.set_title(f"{kind}: compression vs. embedding cost")
    axes.grid(True, alpha=0.3)
    figure.tight_layout()
    figure.savefig(out_file)
