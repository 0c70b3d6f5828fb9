"""Named training configurations, sized for the machines hornbook runs on.

A preset fixes both the model shape and the optimisation schedule, because the two are
tuned together: a learning rate that suits a 0.3M-parameter model diverges on a larger one.
Callers tweak a preset with `dataclasses.replace(get_preset("tiny"), max_steps=50)`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from corpora.errors import UserError
from train.model import ModelConfig


@dataclass(frozen=True)
class TrainConfig:
    """Model shape plus training hyperparameters; the vocab size comes from the tokenizer."""

    # Model shape (see ModelConfig; max_seq_len is seq_len).
    dim: int = 128
    n_layers: int = 4
    n_heads: int = 4
    n_kv_heads: int | None = None
    hidden_dim: int | None = None
    multiple_of: int = 32
    dropout: float = 0.0
    norm_eps: float = 1e-5
    rope_theta: float = 10000.0
    # Data.
    seq_len: int = 256
    batch_size: int = 32
    # Optimisation: AdamW with linear warmup then cosine decay to min_lr at max_steps.
    max_steps: int = 2000
    learning_rate: float = 1e-3
    min_lr: float = 1e-4
    warmup_steps: int = 100
    weight_decay: float = 0.1
    beta1: float = 0.9
    beta2: float = 0.95
    grad_clip: float = 1.0
    # Bookkeeping.
    eval_interval: int = 200
    eval_batches: int = 20
    checkpoint_interval: int = 500
    seed: int = 1337
    # The tokenizer the preset was sized for; a caller may train another one.
    default_tokenizer_kind: str = "bpe"
    default_vocab_size: int = 4096

    def model_config(self, vocab_size: int) -> ModelConfig:
        """The model this config trains, for a tokenizer with `vocab_size` ids."""
        return ModelConfig(
            vocab_size=vocab_size,
            dim=self.dim,
            n_layers=self.n_layers,
            n_heads=self.n_heads,
            n_kv_heads=self.n_kv_heads,
            hidden_dim=self.hidden_dim,
            multiple_of=self.multiple_of,
            max_seq_len=self.seq_len,
            dropout=self.dropout,
            norm_eps=self.norm_eps,
            rope_theta=self.rope_theta,
        )

    @property
    def tokens_per_step(self) -> int:
        return self.batch_size * self.seq_len

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Rebuild from `to_dict` output, ignoring keys a newer version may have added."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


# Parameters at each preset's default vocab (tied head counted once) and CPU cost measured
# on 2 cores with torch's default threads:
#   tiny   0.28M (0.21M non-embedding), 500 steps of 32x128 tokens: about 1 minute;
#   small  1.07M (0.80M), 2000 steps of 32x256: about 0.6 s/step, ~20-25 minutes;
#   base   4.00M (2.95M), TinyStories-like width (dim 256, GQA 8/4 heads), 5000 steps of
#          32x256: about 1.4 s/step on CPU (~2 hours); meant for a GPU or a patient night.
# Learning rates follow the usual rule that smaller models tolerate larger steps.
PRESETS: dict[str, TrainConfig] = {
    "tiny": TrainConfig(
        dim=64,
        n_layers=4,
        n_heads=4,
        seq_len=128,
        batch_size=32,
        max_steps=500,
        learning_rate=3e-3,
        min_lr=3e-4,
        warmup_steps=30,
        eval_interval=50,
        eval_batches=8,
        checkpoint_interval=100,
        default_tokenizer_kind="bpe",
        default_vocab_size=1024,
    ),
    "small": TrainConfig(
        dim=128,
        n_layers=4,
        n_heads=4,
        seq_len=256,
        batch_size=32,
        max_steps=2000,
        learning_rate=2e-3,
        min_lr=2e-4,
        warmup_steps=100,
        eval_interval=200,
        eval_batches=20,
        checkpoint_interval=500,
        default_tokenizer_kind="bpe",
        default_vocab_size=2048,
    ),
    "base": TrainConfig(
        dim=256,
        n_layers=4,
        n_heads=8,
        n_kv_heads=4,
        seq_len=256,
        batch_size=32,
        max_steps=5000,
        learning_rate=1e-3,
        min_lr=1e-4,
        warmup_steps=200,
        eval_interval=250,
        eval_batches=40,
        checkpoint_interval=500,
        default_tokenizer_kind="bpe",
        default_vocab_size=4096,
    ),
}


def get_preset(name: str) -> TrainConfig:
    """The preset called `name`; an unknown name is the user's to fix, so it is a UserError."""
    try:
        return PRESETS[name]
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise UserError(f"unknown training preset {name!r}; known presets: {known}") from None
