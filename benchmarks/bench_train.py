"""Training throughput: hornbook's model + trainer against a plain llama2.c-style reference.

    python benchmarks/bench_train.py                 # CPU: presets tiny and ts-1m
    python benchmarks/bench_train.py --gpu           # CUDA: ts-8m and ts-28m, tokens/s and MFU

CPU mode times, in the same process and on the same random token stream, (a) hornbook's
real training loop (`train.trainer.train` with the preset's shape, batch and optimizer) and
(b) the reference below: llama2.c's `model.py` written out plainly (RoPE on interleaved
pairs via reshape, `repeat_kv`, `F.scaled_dot_product_attention(is_causal=True)`, SwiGLU,
tied head, AdamW with llama2.c's decay groups, gradient clipping), driven by llama2.c's
own kind of loop (random windows, forward, backward, clip, step). Both run the same number
of warmup and timed steps; a step is timed from drawing the batch to reading the loss, the
same span for both. The two alternate for `--rounds` rounds, so slow drift in machine load
hits both, and the median round is reported. The result rewrites the section "Training" of
benchmarks/RESULTS.md (unless `--no-record`).

GPU mode reports tokens/s and model FLOPs utilisation, MFU = 6 * N * tokens/s / peak, with
N the parameter count (tied head once; attention's T^2 FLOPs are left out, as in the
6N rule) and the peak from `--peak-flops` (default: H100 SXM dense bf16, 989e12). Without
a CUDA device it says so and exits 0 without numbers. It has no peer in the same run, so it
only prints (nothing is recorded).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.train.presets import TrainConfig, get_preset, preset_params  # noqa: E402
from hornbook.train.trainer import read_metrics, train  # noqa: E402

from benchmarks.record import record_section  # noqa: E402

TITLE = "Training"


# --------------------------------------------------------------------------------------
# The reference: llama2.c's model.py, same architecture, written the straightforward way.
# --------------------------------------------------------------------------------------


@dataclass
class ModelArgs:
    dim: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    vocab_size: int
    hidden_dim: int
    max_seq_len: int
    norm_eps: float = 1e-5


class RefRMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x_f = x.float()
        return (x_f * torch.rsqrt(x_f.pow(2).mean(-1, keepdim=True) + self.eps)).type_as(
            x
        ) * self.weight


def precompute_freqs(dim: int, end: int, theta: float = 10000.0) -> tuple[torch.Tensor, ...]:
    freqs = 1.0 / (theta ** (torch.arange(0, dim, 2)[: dim // 2].float() / dim))
    freqs = torch.outer(torch.arange(end).float(), freqs)
    return torch.cos(freqs), torch.sin(freqs)


def apply_rotary_emb(
    xq: torch.Tensor, xk: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    # (B, T, H, D) -> pairs (..., D/2, 2), rotated, then flattened back, as llama2.c does.
    xq_r, xq_i = xq.float().reshape(xq.shape[:-1] + (-1, 2)).unbind(-1)
    xk_r, xk_i = xk.float().reshape(xk.shape[:-1] + (-1, 2)).unbind(-1)
    cos = cos.view(1, cos.shape[0], 1, cos.shape[1])
    sin = sin.view(1, sin.shape[0], 1, sin.shape[1])
    xq_out = torch.stack([xq_r * cos - xq_i * sin, xq_r * sin + xq_i * cos], dim=-1).flatten(3)
    xk_out = torch.stack([xk_r * cos - xk_i * sin, xk_r * sin + xk_i * cos], dim=-1).flatten(3)
    return xq_out.type_as(xq), xk_out.type_as(xk)


def repeat_kv(x: torch.Tensor, n_rep: int) -> torch.Tensor:
    bs, slen, n_kv_heads, head_dim = x.shape
    if n_rep == 1:
        return x
    return (
        x[:, :, :, None, :]
        .expand(bs, slen, n_kv_heads, n_rep, head_dim)
        .reshape(bs, slen, n_kv_heads * n_rep, head_dim)
    )


class RefAttention(nn.Module):
    def __init__(self, args: ModelArgs) -> None:
        super().__init__()
        self.n_heads, self.n_kv_heads = args.n_heads, args.n_kv_heads
        self.head_dim = args.dim // args.n_heads
        self.wq = nn.Linear(args.dim, args.n_heads * self.head_dim, bias=False)
        self.wk = nn.Linear(args.dim, args.n_kv_heads * self.head_dim, bias=False)
        self.wv = nn.Linear(args.dim, args.n_kv_heads * self.head_dim, bias=False)
        self.wo = nn.Linear(args.n_heads * self.head_dim, args.dim, bias=False)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        bsz, seqlen, _ = x.shape
        xq = self.wq(x).view(bsz, seqlen, self.n_heads, self.head_dim)
        xk = self.wk(x).view(bsz, seqlen, self.n_kv_heads, self.head_dim)
        xv = self.wv(x).view(bsz, seqlen, self.n_kv_heads, self.head_dim)
        xq, xk = apply_rotary_emb(xq, xk, cos, sin)
        xk = repeat_kv(xk, self.n_heads // self.n_kv_heads)
        xv = repeat_kv(xv, self.n_heads // self.n_kv_heads)
        xq, xk, xv = xq.transpose(1, 2), xk.transpose(1, 2), xv.transpose(1, 2)
        out = F.scaled_dot_product_attention(xq, xk, xv, is_causal=True)
        return self.wo(out.transpose(1, 2).contiguous().view(bsz, seqlen, -1))


class RefFeedForward(nn.Module):
    def __init__(self, dim: int, hidden_dim: int) -> None:
        super().__init__()
        self.w1 = nn.Linear(dim, hidden_dim, bias=False)
        self.w2 = nn.Linear(hidden_dim, dim, bias=False)
        self.w3 = nn.Linear(dim, hidden_dim, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


class RefBlock(nn.Module):
    def __init__(self, args: ModelArgs) -> None:
        super().__init__()
        self.attention = RefAttention(args)
        self.feed_forward = RefFeedForward(args.dim, args.hidden_dim)
        self.attention_norm = RefRMSNorm(args.dim, args.norm_eps)
        self.ffn_norm = RefRMSNorm(args.dim, args.norm_eps)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        h = x + self.attention(self.attention_norm(x), cos, sin)
        return h + self.feed_forward(self.ffn_norm(h))


class RefTransformer(nn.Module):
    def __init__(self, args: ModelArgs) -> None:
        super().__init__()
        self.tok_embeddings = nn.Embedding(args.vocab_size, args.dim)
        self.layers = nn.ModuleList(RefBlock(args) for _ in range(args.n_layers))
        self.norm = RefRMSNorm(args.dim, args.norm_eps)
        self.output = nn.Linear(args.dim, args.vocab_size, bias=False)
        self.tok_embeddings.weight = self.output.weight
        cos, sin = precompute_freqs(args.dim // args.n_heads, args.max_seq_len)
        self.register_buffer("freqs_cos", cos, persistent=False)
        self.register_buffer("freqs_sin", sin, persistent=False)
        self.apply(self._init_weights)
        for name, p in self.named_parameters():
            if name.endswith(("w3.weight", "wo.weight")):
                nn.init.normal_(p, mean=0.0, std=0.02 / math.sqrt(2 * args.n_layers))

    @staticmethod
    def _init_weights(module: nn.Module) -> None:
        if isinstance(module, nn.Linear | nn.Embedding):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)

    def forward(self, tokens: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        seqlen = tokens.shape[1]
        h = self.tok_embeddings(tokens)
        cos, sin = self.freqs_cos[:seqlen], self.freqs_sin[:seqlen]
        for layer in self.layers:
            h = layer(h, cos, sin)
        logits = self.output(self.norm(h))
        return F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1), ignore_index=-1)


def reference_tokens_per_s(
    config: TrainConfig, vocab_size: int, data: np.ndarray, warmup: int, steps: int
) -> float:
    """Tokens/s of the reference model trained as llama2.c's train.py does it."""
    mc = config.model_config(vocab_size)
    assert mc.n_kv_heads is not None and mc.hidden_dim is not None
    args = ModelArgs(
        mc.dim, mc.n_layers, mc.n_heads, mc.n_kv_heads, vocab_size, mc.hidden_dim, mc.max_seq_len
    )
    torch.manual_seed(config.seed)
    model = RefTransformer(args)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        [
            {"params": [p for p in params if p.dim() >= 2], "weight_decay": config.weight_decay},
            {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0},
        ],
        lr=config.learning_rate,
        betas=(config.beta1, config.beta2),
    )
    generator = torch.Generator().manual_seed(config.seed)
    T, B = config.seq_len, config.batch_size
    model.train()
    timed = 0.0
    for i in range(warmup + steps):
        started = time.perf_counter()
        ix = torch.randint(len(data) - T, (B,), generator=generator)
        x = torch.stack([torch.from_numpy(data[j : j + T].astype(np.int64)) for j in ix.tolist()])
        y = torch.stack(
            [torch.from_numpy(data[j + 1 : j + 1 + T].astype(np.int64)) for j in ix.tolist()]
        )
        loss = model(x, y)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), config.grad_clip)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        loss.item()
        if i >= warmup:
            timed += time.perf_counter() - started
    return steps * B * T / timed


def hornbook_tokens_per_s(
    config: TrainConfig, vocab_size: int, data: np.ndarray, warmup: int, steps: int
) -> float:
    """Tokens/s of `train.trainer.train` itself, from the per-step times it logs.

    Evaluation and checkpointing are pushed past the timed steps (they happen only at the
    last step, after its time is taken), so the timed span is the training step alone.
    """
    total = warmup + steps
    config = replace(
        config, max_steps=total, eval_interval=10**9, eval_batches=1, checkpoint_interval=10**9
    )
    with tempfile.TemporaryDirectory() as tmp:
        train(Path(tmp) / "run", data, data, config, vocab_size, resume=False, progress=False)
        records = read_metrics(Path(tmp) / "run")
    seconds = sum(config.tokens_per_step / r["tokens_per_s"] for r in records[warmup:])
    return steps * config.tokens_per_step / seconds


def run_cpu(args: argparse.Namespace) -> int:
    rows = []
    for name in args.presets:
        config = replace(get_preset(name), device="cpu", dtype="float32", compile=False)
        vocab = config.default_vocab_size
        data = np.random.default_rng(0).integers(0, vocab, size=2_000_000).astype(np.uint16)
        ours, ref = [], []
        for _ in range(args.rounds):
            ours.append(hornbook_tokens_per_s(config, vocab, data, args.warmup, args.steps))
            ref.append(reference_tokens_per_s(config, vocab, data, args.warmup, args.steps))
        rounds_ratio = [a / b for a, b in zip(ours, ref, strict=True)]
        row = (name, config.batch_size, config.seq_len, vocab, statistics.median(ours),
               statistics.median(ref), statistics.median(rounds_ratio), rounds_ratio)  # fmt: skip
        rows.append(row)
        print(
            f"{name:>8}: hornbook {row[4]:,.0f} tok/s  reference {row[5]:,.0f} tok/s  "
            f"ratio {row[6]:.3f}  (rounds: {', '.join(f'{r:.3f}' for r in rounds_ratio)})",
            file=sys.stderr,
        )
    lines = [
        f"CPU, float32, torch {torch.__version__}, {torch.get_num_threads()} threads, random "
        f"tokens; {args.warmup} warmup + {args.steps} timed steps per model, {args.rounds} "
        "alternating rounds, median. hornbook = `train.trainer.train` (tokens/s from its "
        "per-step times); reference = llama2.c-style model.py and loop in the benchmark file, "
        "same shape, batch, optimizer and data. Ratio hornbook / reference in tokens/s "
        "(> 1: hornbook faster) is the median of the per-round ratios (each round times both "
        "back to back), so it can differ from the quotient of the two median columns.",
        "",
        "| preset | batch x seq | vocab | hornbook tok/s | reference tok/s | ratio | rounds |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, batch, seq, vocab, a, b, r, per_round in rows:
        lines.append(
            f"| {name} | {batch} x {seq} | {vocab} | {a:,.0f} | {b:,.0f} | **{r:.3f}** | "
            f"{', '.join(f'{x:.3f}' for x in per_round)} |"
        )
    body = "\n".join(lines)
    print(body)
    if not args.no_record:
        print(f"recorded in {record_section(TITLE, body, script=__file__)}", file=sys.stderr)
    return 0


def run_gpu(args: argparse.Namespace) -> int:
    if not torch.cuda.is_available():
        print("no CUDA device: --gpu mode measures nothing here (exit 0, no numbers)")
        return 0
    print(f"{torch.cuda.get_device_name(0)}, peak {args.peak_flops:.3g} FLOP/s")
    for name in args.gpu_presets:
        config = replace(get_preset(name), device="cuda", dtype="bfloat16", compile=args.compile)
        vocab = config.default_vocab_size
        data = np.random.default_rng(0).integers(0, vocab, size=20_000_000).astype(np.uint16)
        tokens_per_s = hornbook_tokens_per_s(config, vocab, data, args.warmup, args.steps)
        n_params = preset_params(config)
        mfu = 6 * n_params * tokens_per_s / args.peak_flops
        print(
            f"{name:>7}: {n_params / 1e6:.2f}M params, batch {config.batch_size} x "
            f"{config.seq_len}, bf16{' + compile' if args.compile else ''}: "
            f"{tokens_per_s:,.0f} tok/s, MFU {100 * mfu:.2f}%"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gpu", action="store_true", help="CUDA throughput and MFU")
    parser.add_argument("--presets", nargs="+", default=["tiny", "ts-1m"])
    parser.add_argument("--gpu-presets", nargs="+", default=["ts-8m", "ts-28m"])
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compile", action="store_true", help="GPU mode: torch.compile")
    parser.add_argument("--peak-flops", type=float, default=989e12, help="GPU peak FLOP/s")
    parser.add_argument(
        "--no-record", "--no-write", action="store_true", help="do not touch RESULTS.md"
    )
    args = parser.parse_args(argv)
    return run_gpu(args) if args.gpu else run_cpu(args)


if __name__ == "__main__":
    sys.exit(main())
