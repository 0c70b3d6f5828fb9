"""A compact Llama-style decoder, in one file on purpose.

The model is small enough to read top to bottom, in the spirit of nanoGPT and llama2.c:
RMSNorm, rotary position embeddings, grouped-query attention through
`F.scaled_dot_product_attention`, a SwiGLU MLP, and an output head tied to the token
embedding. Everything the trainer and the scorer need from a model lives here, so a run
can be reloaded from a `ModelConfig` and a state dict alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class ModelConfig:
    """Shape of a `Transformer`; everything needed to rebuild it before loading weights."""

    vocab_size: int
    dim: int = 128
    n_layers: int = 4
    n_heads: int = 4
    # Fewer key/value heads than query heads (grouped-query attention) shrinks the KV
    # projections; None means classic multi-head attention.
    n_kv_heads: int | None = None
    # None picks the SwiGLU width that keeps the MLP's parameter count close to a
    # 4*dim GELU MLP: 8/3 * dim, rounded up to `multiple_of` for friendlier matmuls.
    hidden_dim: int | None = None
    multiple_of: int = 32
    max_seq_len: int = 256
    dropout: float = 0.0
    norm_eps: float = 1e-5
    rope_theta: float = 10000.0

    def __post_init__(self) -> None:
        if self.n_kv_heads is None:
            self.n_kv_heads = self.n_heads
        if self.hidden_dim is None:
            hidden = int(8 * self.dim / 3)
            self.hidden_dim = self.multiple_of * math.ceil(hidden / self.multiple_of)
        if self.dim % self.n_heads:
            raise ValueError(f"dim={self.dim} is not divisible by n_heads={self.n_heads}")
        if self.n_heads % self.n_kv_heads:
            raise ValueError(
                f"n_heads={self.n_heads} is not divisible by n_kv_heads={self.n_kv_heads}"
            )
        if (self.dim // self.n_heads) % 2:
            raise ValueError("the head dimension must be even for rotary embeddings")

    @property
    def head_dim(self) -> int:
        return self.dim // self.n_heads


class RMSNorm(nn.Module):
    """Scale-only normalisation: cheaper than LayerNorm and what Llama-style models use."""

    def __init__(self, dim: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Normalise in float32 so that reduced-precision activations do not lose the mean.
        normed = x.float() * torch.rsqrt(x.float().pow(2).mean(-1, keepdim=True) + self.eps)
        return normed.type_as(x) * self.weight


def precompute_rope(
    head_dim: int, max_seq_len: int, theta: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """Cos/sin tables of shape (max_seq_len, head_dim // 2), computed once per model."""
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float32) / head_dim))
    angles = torch.outer(torch.arange(max_seq_len, dtype=torch.float32), inv_freq)
    return angles.cos(), angles.sin()


def apply_rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate (even, odd) channel pairs of `x` (B, T, H, D) by position-dependent angles.

    Rotating queries and keys makes their dot product depend only on the distance between
    positions, which is why no learned position embedding is needed. `cos`/`sin` are
    (T, D // 2). The pairs are split with reshape + unbind rather than strided slices,
    whose backward pass allocates and zero-fills a full-size gradient for each slice.
    """
    pairs = x.float().reshape(*x.shape[:-1], -1, 2)
    x_even, x_odd = pairs.unbind(-1)
    cos, sin = cos[:, None, :], sin[:, None, :]  # broadcast over heads
    rotated = torch.stack((x_even * cos - x_odd * sin, x_even * sin + x_odd * cos), dim=-1)
    return rotated.flatten(-2).type_as(x)


class Attention(nn.Module):
    """Causal self-attention with rotary embeddings and optional grouped-query heads."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        assert config.n_kv_heads is not None
        self.n_heads = config.n_heads
        self.n_kv_heads = config.n_kv_heads
        self.head_dim = config.head_dim
        self.dropout = config.dropout
        self.wq = nn.Linear(config.dim, config.n_heads * self.head_dim, bias=False)
        self.wk = nn.Linear(config.dim, config.n_kv_heads * self.head_dim, bias=False)
        self.wv = nn.Linear(config.dim, config.n_kv_heads * self.head_dim, bias=False)
        self.wo = nn.Linear(config.n_heads * self.head_dim, config.dim, bias=False)
        self.resid_dropout = nn.Dropout(config.dropout)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        bsz, seqlen, _ = x.shape
        q = self.wq(x).view(bsz, seqlen, self.n_heads, self.head_dim)
        k = self.wk(x).view(bsz, seqlen, self.n_kv_heads, self.head_dim)
        v = self.wv(x).view(bsz, seqlen, self.n_kv_heads, self.head_dim)
        # Rotate while each head's channels are contiguous, then move heads before time.
        q, k = apply_rope(q, cos, sin).transpose(1, 2), apply_rope(k, cos, sin).transpose(1, 2)
        v = v.transpose(1, 2)
        if self.n_kv_heads != self.n_heads:
            # Each key/value head serves a contiguous group of query heads.
            repeats = self.n_heads // self.n_kv_heads
            k = k.repeat_interleave(repeats, dim=1)
            v = v.repeat_interleave(repeats, dim=1)
        out = F.scaled_dot_product_attention(
            q, k, v, dropout_p=self.dropout if self.training else 0.0, is_causal=True
        )
        out = out.transpose(1, 2).contiguous().view(bsz, seqlen, -1)
        return self.resid_dropout(self.wo(out))


class FeedForward(nn.Module):
    """SwiGLU MLP: a gated unit that trains better than GELU at the same parameter count."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        assert config.hidden_dim is not None
        self.w1 = nn.Linear(config.dim, config.hidden_dim, bias=False)  # gate
        self.w3 = nn.Linear(config.dim, config.hidden_dim, bias=False)  # value
        self.w2 = nn.Linear(config.hidden_dim, config.dim, bias=False)  # back to the stream
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dropout(self.w2(F.silu(self.w1(x)) * self.w3(x)))


class Block(nn.Module):
    """Pre-norm residual block: the residual stream is never normalised, only its reads."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.attention_norm = RMSNorm(config.dim, config.norm_eps)
        self.attention = Attention(config)
        self.ffn_norm = RMSNorm(config.dim, config.norm_eps)
        self.feed_forward = FeedForward(config)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        x = x + self.attention(self.attention_norm(x), cos, sin)
        return x + self.feed_forward(self.ffn_norm(x))


class Transformer(nn.Module):
    """Decoder-only language model over token ids."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.tok_embeddings = nn.Embedding(config.vocab_size, config.dim)
        self.dropout = nn.Dropout(config.dropout)
        self.layers = nn.ModuleList(Block(config) for _ in range(config.n_layers))
        self.norm = RMSNorm(config.dim, config.norm_eps)
        self.output = nn.Linear(config.dim, config.vocab_size, bias=False)
        # Weight tying: at these sizes the embedding is a large share of the parameters,
        # and sharing it with the head saves them and regularises both.
        self.output.weight = self.tok_embeddings.weight

        # Rotary tables are derived from the config, so they stay out of the state dict.
        cos, sin = precompute_rope(config.head_dim, config.max_seq_len, config.rope_theta)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)

        self.apply(self._init_weights)
        # GPT-2 scaling: each residual projection adds to the stream once per layer, so
        # shrinking them by sqrt(2 * n_layers) keeps the stream's variance independent of
        # depth at initialisation.
        residual_std = 0.02 / math.sqrt(2 * config.n_layers)
        for name, param in self.named_parameters():
            if name.endswith(("wo.weight", "w2.weight")):
                nn.init.normal_(param, mean=0.0, std=residual_std)

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if module.bias is not None:
                nn.init.zeros_(module.bias)
        elif isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def _logits(self, tokens: torch.Tensor) -> torch.Tensor:
        seqlen = tokens.shape[1]
        if seqlen > self.config.max_seq_len:
            raise ValueError(
                f"sequence of {seqlen} tokens exceeds max_seq_len={self.config.max_seq_len}"
            )
        h = self.dropout(self.tok_embeddings(tokens))
        cos, sin = self.rope_cos[:seqlen], self.rope_sin[:seqlen]
        for layer in self.layers:
            h = layer(h, cos, sin)
        return self.output(self.norm(h))

    def forward(
        self, tokens: torch.Tensor, targets: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Logits (B, T, vocab) and, given targets, the mean cross-entropy.

        Targets equal to -100 are ignored, so padded positions cost nothing.
        """
        logits = self._logits(tokens)
        if targets is None:
            return logits, None
        loss = F.cross_entropy(
            logits.float().view(-1, logits.size(-1)), targets.reshape(-1), ignore_index=-100
        )
        return logits, loss

    def token_nll(self, tokens: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        """Per-position negative log-likelihood in nats, shape (B, T); 0 where target is -100.

        Scoring sums these over documents of different lengths, which a mean loss hides.
        """
        logits = self._logits(tokens)
        nll = F.cross_entropy(
            logits.float().view(-1, logits.size(-1)),
            targets.reshape(-1),
            ignore_index=-100,
            reduction="none",
        )
        return nll.view(targets.shape)

    @torch.no_grad()
    def generate(
        self,
        idx: torch.Tensor,
        max_new_tokens: int,
        temperature: float = 1.0,
        top_k: int | None = None,
        eos_id: int | None = None,
        generator: torch.Generator | None = None,
    ) -> torch.Tensor:
        """Extend `idx` (B, T) by sampling up to `max_new_tokens` tokens.

        The context is cropped to the last `max_seq_len` tokens because the rotary tables
        stop there. `temperature == 0` decodes greedily. With `eos_id`, a row that emitted
        EOS keeps emitting EOS, and generation stops early once every row has, so the
        result may be shorter than T + max_new_tokens. There is no KV cache: at these
        sizes recomputing the context is fast enough and keeps the model simple.
        """
        finished = torch.zeros(idx.shape[0], dtype=torch.bool, device=idx.device)
        for _ in range(max_new_tokens):
            context = idx[:, -self.config.max_seq_len :]
            logits = self._logits(context)[:, -1, :].float()
            if temperature == 0.0:
                next_token = logits.argmax(dim=-1, keepdim=True)
            else:
                logits = logits / temperature
                if top_k is not None:
                    kth = torch.topk(logits, min(top_k, logits.size(-1))).values[:, [-1]]
                    logits = logits.masked_fill(logits < kth, float("-inf"))
                probs = F.softmax(logits, dim=-1)
                next_token = torch.multinomial(probs, num_samples=1, generator=generator)
            if eos_id is not None:
                next_token = next_token.masked_fill(finished[:, None], eos_id)
                finished |= next_token[:, 0] == eos_id
            idx = torch.cat((idx, next_token), dim=1)
            if eos_id is not None and bool(finished.all()):
                break
        return idx

    def num_parameters(self, non_embedding: bool = False) -> int:
        """Parameter count; the tied head is counted once (as the embedding).

        `non_embedding=True` drops the embedding, the count that scaling laws use.
        """
        total = sum(p.numel() for p in self.parameters())
        if non_embedding:
            total -= self.tok_embeddings.weight.numel()
        return total
