"""One small proxy model trained on given texts and scored on evaluation sets.

The transfer benchmark (which corpus teaches more real language?) and the trained tokenizer
sweep (which tokenizer lets a tiny model learn most?) ask the same question of different
inputs, so they share this one recipe: train a tokenizer on the training texts, encode them
as `[bos] + ids + [eos]` per document, train a preset for a fixed number of steps (or a
fixed number of *bytes* of text, which is what keeps different tokenizers comparable:
a byte model and a BPE model then read the same amount of text), and report bits per byte
on each evaluation set. Everything lives in a work directory the caller owns; nothing is
published to a catalog.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.store import load_tokenizer, train_tokenizer
from hornbook.tokenizer.stream import encode_documents
from hornbook.train.evalsets import EvalSet
from hornbook.train.presets import get_preset
from hornbook.train.score import load_model, measure_texts
from hornbook.train.trainer import train


def _stream(tok: Any, texts: Sequence[str]) -> np.ndarray:
    return encode_documents(texts, tok)


def train_proxy(
    train_texts: Sequence[str],
    val_texts: Sequence[str],
    eval_sets: Sequence[EvalSet],
    work_dir: Path,
    *,
    kind: str = "bpe",
    vocab_size: int | None = 1024,
    preset: str = "tiny",
    steps: int | None = None,
    byte_budget: int | None = None,
    seed: int | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Train a `kind`/`vocab_size` tokenizer and a `preset` model on `train_texts`; score.

    The run length is `steps` if given, else enough steps to read `byte_budget` bytes of
    training text (at the tokenizer's measured tokens per byte on `train_texts`, at least
    one step), else the preset's own `max_steps`. `seed` overrides the preset's seed.
    `val_texts` are the trainer's periodic validation (and the tokenizer's metrics).

    Returns `tokenizer` (`kind` + size), `vocab_size`, `steps`, `tokens_seen`,
    `bytes_seen` (tokens_seen / tokens_per_byte), `tokens_per_byte`, `train_docs`,
    `train_bytes`, `seconds` (tokenizer + encoding + training) and `evals`: per set name,
    the `measure_texts` figures (docs, tokens, bytes, loss, bits_per_byte, tokens_per_byte).
    """
    if steps is not None and byte_budget is not None:
        raise UserError("give a step count or a byte budget, not both")
    work_dir = Path(work_dir)
    started = time.perf_counter()
    tok_dir = work_dir / "tokenizer"
    train_tokenizer(
        list(train_texts) if kind != "byte" else [],
        list(val_texts),
        tok_dir,
        kind,
        vocab_size if kind != "byte" else None,
        f"proxy-{kind}{vocab_size or ''}",
        {"proxy": True},
    )
    tok = load_tokenizer(tok_dir)
    train_stream = _stream(tok, train_texts)
    val_stream = _stream(tok, val_texts)
    train_bytes = sum(len(t.encode("utf-8")) + 1 for t in train_texts)
    tokens_per_byte = len(train_stream) / train_bytes
    config = get_preset(preset)
    if seed is not None:
        config = replace(config, seed=seed)
    if byte_budget is not None:
        steps = max(1, math.ceil(byte_budget * tokens_per_byte / config.tokens_per_step))
    if steps is not None:
        config = replace(
            config,
            max_steps=steps,
            warmup_steps=min(config.warmup_steps, max(1, steps // 10)),
            eval_interval=min(config.eval_interval, steps),
            checkpoint_interval=steps,
        )
    run_dir = work_dir / "run"
    summary = train(
        run_dir,
        train_stream,
        val_stream,
        config,
        vocab_size=tok.vocab_size,
        resume=False,
        progress=progress,
    )
    seconds = time.perf_counter() - started
    model, _ = load_model(run_dir)
    device = next(model.parameters()).device
    evals = {e.name: measure_texts(model, tok, e.texts, device) for e in eval_sets}
    return {
        "tokenizer": f"{kind}{tok.vocab_size}" if kind != "byte" else "byte",
        "vocab_size": tok.vocab_size,
        "preset": preset,
        "seed": config.seed,
        "steps": summary["steps"],
        "tokens_seen": summary["tokens_seen"],
        "tokens_per_byte": tokens_per_byte,
        "bytes_seen": round(summary["tokens_seen"] / tokens_per_byte),
        "train_docs": len(train_texts),
        "train_bytes": train_bytes,
        "params": summary["params"],
        "seconds": seconds,
        "evals": evals,
    }
