"""Test-only helpers for the train package: a byte tokenizer, a synthetic story stream and
the tiny training config every training test starts from.

The real tokenizers live in `tokenizer/`; the trainer tests use this stand-in so that
they depend only on the `Tokenizer` protocol.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from hornbook.train.presets import TrainConfig

# A model small enough to train in seconds on one CPU core, with a schedule (warmup, decay
# to min_lr, evaluations, checkpoints) that still exercises every part of the loop.
TINY_TRAIN_CONFIG: dict[str, Any] = {
    "dim": 32,
    "n_layers": 2,
    "n_heads": 2,
    "seq_len": 64,
    "batch_size": 8,
    "max_steps": 40,
    "learning_rate": 5e-3,
    "min_lr": 5e-4,
    "warmup_steps": 5,
    "eval_interval": 10,
    "eval_batches": 4,
    "checkpoint_interval": 20,
    "seed": 3,
}


def tiny_train_config(**overrides: Any) -> TrainConfig:
    """`TINY_TRAIN_CONFIG` with `overrides` (any `TrainConfig` field)."""
    return TrainConfig(**{**TINY_TRAIN_CONFIG, **overrides})


class ByteTokenizer:
    """UTF-8 bytes as ids 0..255, then pad=256, bos=257, eos=258."""

    kind = "byte"
    vocab_size = 259
    pad_id = 256
    bos_id = 257
    eos_id = 258

    def encode(self, text: str) -> list[int]:
        return list(text.encode("utf-8"))

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        return [self.encode(text) for text in texts]

    def decode(self, ids: Sequence[int]) -> str:
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")


_NAMES = ["Tom", "Lily", "Sam", "Mia", "Ben"]
_THINGS = ["ball", "cat", "kite", "tree", "boat"]
_FEELINGS = ["happy", "sad", "sleepy", "brave"]


def synthetic_stories(n: int, seed: int = 0) -> list[str]:
    """Short, highly repetitive stories: easy to learn, so a few steps visibly help."""
    rng = random.Random(seed)
    stories = []
    for _ in range(n):
        name, thing, feeling = rng.choice(_NAMES), rng.choice(_THINGS), rng.choice(_FEELINGS)
        stories.append(
            f"Once upon a time, {name} had a {thing}. {name} was {feeling}. "
            f"{name} played with the {thing} all day. The end."
        )
    return stories
