"""Tokenizers chosen by what the model learns: a sweep that trains the same proxy with each.

`tokenizer.sweep` measures compression and embedding cost, which favour ever larger
vocabularies; for a tiny model the embedding rows compete with the layers, so the choice
should rest on what a model actually learns. Here every tokenizer (BPE/unigram sizes, and
the byte tokenizer when `byte` is among the sizes) trains the same preset with the same seed
on the same **bytes** of text (`byte_budget`: a byte model and a BPE-1024 model both read
`byte_budget` bytes, the BPE model in fewer steps), and is scored in bits per byte on one
evaluation set; rows are ranked by it (1 = best) next to the compression columns.

Default byte budget: the preset's tokens per run read as bytes (`max_steps` x
`tokens_per_step`), so the byte tokenizer trains the preset's full schedule and a
tokenizer at ~4 bytes/token a quarter of its steps.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hornbook.corpora.errors import UserError
from hornbook.tokenizer.sentencepiece_model import SENTENCEPIECE_KINDS
from hornbook.tokenizer.store import read_meta
from hornbook.tokenizer.sweep import row_from_meta, write_sweep
from hornbook.train.evalsets import EvalSet
from hornbook.train.presets import get_preset
from hornbook.train.proxy import train_proxy


def parse_sizes(raw: str) -> tuple[list[int], bool]:
    """`"256,1024,byte"` -> ([256, 1024], True): vocab sizes, and whether to add the byte
    tokenizer. Raises UserError naming the bad entry."""
    sizes, with_byte = [], False
    for part in (p.strip() for p in raw.split(",")):
        if not part:
            continue
        if part == "byte":
            with_byte = True
            continue
        try:
            sizes.append(int(part))
        except ValueError:
            raise UserError(
                f"--sizes {raw!r}: {part!r} is neither a vocab size nor 'byte'"
            ) from None
    if not sizes and not with_byte:
        raise UserError("--sizes is empty")
    if len(set(sizes)) != len(sizes):
        raise UserError(f"--sizes {raw!r} has duplicates")
    return sorted(sizes), with_byte


def default_byte_budget(preset: str) -> int:
    config = get_preset(preset)
    return config.max_steps * config.tokens_per_step


def trained_sweep(
    train_texts: Sequence[str],
    val_texts: Sequence[str],
    sizes: Sequence[int],
    kind: str,
    with_byte: bool,
    preset: str,
    eval_set: EvalSet,
    out_dir: Path,
    byte_budget: int | None = None,
    seed: int | None = None,
    progress: bool = True,
) -> list[dict[str, Any]]:
    """Train the `preset` proxy with each tokenizer; write sweep.json/md/png; return rows.

    Each row has the compression columns of `tokenizer.sweep` plus `bits_per_byte` and
    `eval_loss` on `eval_set`, `steps`, `bytes_seen`, `tokens_seen`, `params` and `rank`
    (1 = lowest bits/byte). Rows are in ascending vocab size (byte first).
    """
    if kind not in SENTENCEPIECE_KINDS:
        raise UserError(f"--kind {kind!r}: expected one of {SENTENCEPIECE_KINDS}")
    for size in sizes:
        if size <= 0:
            raise UserError(f"vocab size {size} is not a positive integer")
    config = get_preset(preset)
    budget = byte_budget if byte_budget is not None else default_byte_budget(preset)
    if budget <= 0:
        raise UserError(f"--byte-budget must be positive, not {budget}")
    plan: list[tuple[str, int | None]] = [("byte", None)] if with_byte else []
    plan += [(kind, size) for size in sizes]
    rows = []
    with tempfile.TemporaryDirectory(prefix="hornbook-trained-sweep-") as scratch:
        for tok_kind, size in plan:
            label = "byte" if tok_kind == "byte" else f"{tok_kind}{size}"
            print(f"sweep: training {preset} with {label}", file=sys.stderr)
            work = Path(scratch) / label
            try:
                result = train_proxy(
                    train_texts,
                    val_texts,
                    [eval_set],
                    work,
                    kind=tok_kind,
                    vocab_size=size,
                    preset=preset,
                    byte_budget=budget,
                    seed=seed,
                    progress=progress,
                )
            except UserError as exc:
                raise UserError(f"sweep {label}: {exc}") from exc
            row = {"tokenizer": label, "kind": tok_kind}
            row |= row_from_meta(read_meta(work / "tokenizer"), config.dim)
            scored = result["evals"][eval_set.name]
            row |= {
                "bits_per_byte": scored["bits_per_byte"],
                "eval_loss": scored["loss"],
                "steps": result["steps"],
                "tokens_seen": result["tokens_seen"],
                "bytes_seen": result["bytes_seen"],
                "params": result["params"],
            }
            rows.append(row)
    for position, row in enumerate(sorted(rows, key=lambda r: r["bits_per_byte"]), start=1):
        row["rank"] = position
    write_sweep(
        rows,
        kind,
        config.dim,
        out_dir,
        {
            "n_train_texts": len(train_texts),
            "n_val_texts": len(val_texts),
            "preset": preset,
            "seed": seed if seed is not None else config.seed,
            "byte_budget": budget,
            "eval": eval_set.name,
            "eval_source": eval_set.source,
            "eval_docs": len(eval_set.texts),
            "embedding_params_width": config.dim,
            "best": min(rows, key=lambda r: r["bits_per_byte"])["tokenizer"],
        },
    )
    return rows
