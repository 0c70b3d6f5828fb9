"""Named training configurations, sized for the machines hornbook runs on.

A preset fixes both the model shape and the optimisation schedule, because the two are
tuned together: a learning rate that suits a 0.3M-parameter model diverges on a larger one.
Callers tweak a preset with `dataclasses.replace(get_preset("tiny"), max_steps=50)`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

import torch
from hornbook.corpora.errors import UserError
from hornbook.train.model import ModelConfig, Transformer

DEVICES = ("auto", "cpu", "cuda")
DTYPES = ("auto", "float32", "bfloat16")
# A preset's parameter count at its default vocab lies within this factor of its nominal size.
PARAM_BAND = 1.5


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
    # The size the preset advertises, in parameters at `default_vocab_size` (tied head
    # counted once); tests hold the real count within a factor PARAM_BAND of it.
    nominal_params: int | None = None
    # Hardware. `device`: "auto" (CUDA when present, else CPU), "cpu" or "cuda".
    # `dtype`: "auto" (bf16 autocast on a CUDA device that supports it, else float32),
    # "float32", or "bfloat16" (autocast on CUDA or CPU; weights and optimizer state stay
    # float32 either way, so a checkpoint does not depend on it). `compile` wraps the
    # training forward/backward in torch.compile. None of these change the model, so a
    # run may resume with different values.
    device: str = "auto"
    dtype: str = "auto"
    compile: bool = False

    def __post_init__(self) -> None:
        if self.device not in DEVICES:
            raise UserError(f"device must be one of {DEVICES}, not {self.device!r}")
        if self.dtype not in DTYPES:
            raise UserError(f"dtype must be one of {DTYPES}, not {self.dtype!r}")

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


# Parameters at each preset's default vocab (tied head counted once; non-embedding in
# brackets), and what a run costs where it was measured (2 CPU cores, torch's default threads):
#
#   tiny          0.28M (0.21M)  500 steps of 32x128 tokens: about 1 minute on CPU; CI runs it.
#   tiny-byte     0.23M (0.21M)  tiny's shape on the byte tokenizer (vocab 259); windows of 256
#                                bytes carry about the text of tiny's 128 BPE tokens.
#   llama2c-260k  0.26M (0.23M)  llama2.c's stories260K: dim 64, 5 layers, 8 query / 4 KV heads,
#                                vocab 512, context 512, multiple_of 4 (SwiGLU width 172), and
#                                the README's recipe: batch 128, lr 1e-3 to 0, warmup 1000,
#                                dropout 0.05, weight decay 0.01, beta2 0.99, 100k steps (GPU).
#   small         1.07M (0.80M)  2000 steps of 32x256: about 0.6 s/step, ~20-25 minutes on CPU.
#   base          4.00M (2.95M)  dim 256, GQA 8/4 heads, 5000 steps of 32x256: ~1.4 s/step on
#                                CPU (~2 hours); meant for a GPU or a patient night.
#   ts-1m         0.69M (0.43M)  TinyStories-1M/3M/8M/28M widths (64/128/256/512) and depth (8
#   ts-3m         2.13M (1.61M)  layers) as a Llama-style model (SwiGLU, RoPE, tied head) on a
#   ts-8m         7.48M (6.43M)  4096-token BPE. The paper's GPT-Neo models used a 50k vocab and
#   ts-28m       27.40M (25.31M) 16 heads; the names follow the paper, so the small ones come in
#                                under their names. ts-8m/ts-28m are GPU presets.
#
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
        nominal_params=300_000,
    ),
    "tiny-byte": TrainConfig(
        dim=64,
        n_layers=4,
        n_heads=4,
        seq_len=256,
        batch_size=16,
        max_steps=500,
        learning_rate=3e-3,
        min_lr=3e-4,
        warmup_steps=30,
        eval_interval=50,
        eval_batches=8,
        checkpoint_interval=100,
        default_tokenizer_kind="byte",
        default_vocab_size=259,
        nominal_params=250_000,
    ),
    "llama2c-260k": TrainConfig(
        dim=64,
        n_layers=5,
        n_heads=8,
        n_kv_heads=4,
        multiple_of=4,
        dropout=0.05,
        seq_len=512,
        batch_size=128,
        max_steps=100_000,
        learning_rate=1e-3,
        min_lr=0.0,
        warmup_steps=1000,
        weight_decay=0.01,
        beta2=0.99,
        eval_interval=2000,
        eval_batches=100,
        checkpoint_interval=2000,
        default_tokenizer_kind="bpe",
        default_vocab_size=512,
        nominal_params=260_000,
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
        nominal_params=1_000_000,
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
        nominal_params=4_000_000,
    ),
    "ts-1m": TrainConfig(
        dim=64,
        n_layers=8,
        n_heads=4,
        seq_len=256,
        batch_size=64,
        max_steps=5000,
        learning_rate=3e-3,
        min_lr=3e-4,
        warmup_steps=200,
        eval_interval=250,
        eval_batches=20,
        checkpoint_interval=500,
        default_tokenizer_kind="bpe",
        default_vocab_size=4096,
        nominal_params=1_000_000,
    ),
    "ts-3m": TrainConfig(
        dim=128,
        n_layers=8,
        n_heads=4,
        seq_len=256,
        batch_size=64,
        max_steps=10_000,
        learning_rate=2e-3,
        min_lr=2e-4,
        warmup_steps=300,
        eval_interval=500,
        eval_batches=20,
        checkpoint_interval=1000,
        default_tokenizer_kind="bpe",
        default_vocab_size=4096,
        nominal_params=3_000_000,
    ),
    "ts-8m": TrainConfig(
        dim=256,
        n_layers=8,
        n_heads=8,
        seq_len=512,
        batch_size=64,
        max_steps=20_000,
        learning_rate=1e-3,
        min_lr=1e-4,
        warmup_steps=500,
        eval_interval=1000,
        eval_batches=40,
        checkpoint_interval=1000,
        default_tokenizer_kind="bpe",
        default_vocab_size=4096,
        nominal_params=8_000_000,
    ),
    "ts-28m": TrainConfig(
        dim=512,
        n_layers=8,
        n_heads=8,
        seq_len=512,
        batch_size=64,
        max_steps=30_000,
        learning_rate=6e-4,
        min_lr=6e-5,
        warmup_steps=1000,
        eval_interval=1000,
        eval_batches=40,
        checkpoint_interval=1000,
        default_tokenizer_kind="bpe",
        default_vocab_size=4096,
        nominal_params=28_000_000,
    ),
}


def preset_params(config: TrainConfig, vocab_size: int | None = None) -> int:
    """Parameters of the model `config` trains at `vocab_size` (default: its default vocab).

    Counted on the meta device, so even the largest preset costs no memory or init time.
    """
    with torch.device("meta"):
        model = Transformer(config.model_config(vocab_size or config.default_vocab_size))
    return model.num_parameters()


def get_preset(name: str) -> TrainConfig:
    """The preset called `name`; an unknown name is the user's to fix, so it is a UserError."""
    try:
        return PRESETS[name]
    except KeyError:
        known = ", ".join(sorted(PRESETS))
        raise UserError(f"unknown training preset {name!r}; known presets: {known}") from None
