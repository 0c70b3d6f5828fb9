"""The training loop: AdamW, warmup + cosine schedule, periodic eval, exact resume.

A run directory holds everything a run produces:

- `config.json`: the resolved TrainConfig, ModelConfig and vocab size;
- `metrics.jsonl`: one JSON object per optimisation step (`step`, `loss`, `lr`,
  `grad_norm`, `tokens_per_s`, plus `val_loss` at evaluations);
- `ckpt.pt`: model and optimizer state, the step, and every RNG state that affects
  training, written atomically so a crash never leaves a torn checkpoint.

- `loss.png`: train and validation loss against the step, redrawn at the end of each call.

Resuming restores all of it, so the loss curve after a resume is the curve the
uninterrupted run would have drawn, step for step (bitwise on the same CPU setup).

Hardware is picked by the config (`device`, `dtype`, `compile`) and by the environment:
under `torchrun` (`WORLD_SIZE` > 1) every process trains a DistributedDataParallel replica
on its own random windows (seed + rank), gradients are averaged across processes, and only
rank 0 writes the run directory. `python -m hornbook.train.ddp --help` shows the launch lines.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
from hornbook.corpora.atomic import atomic_write, atomic_write_text
from hornbook.corpora.errors import UserError
from hornbook.train.data import TokenBatcher, iter_eval_batches
from hornbook.train.metrics_log import METRICS_NAME, read_metrics
from hornbook.train.model import ModelConfig, Transformer
from hornbook.train.presets import TrainConfig
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from tqdm import tqdm

CHECKPOINT_NAME = "ckpt.pt"
CONFIG_NAME = "config.json"


def pick_device() -> torch.device:
    """CUDA when present, else CPU: the project machines are CPU-only, a GPU is a bonus."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def resolve_device(name: str, local_rank: int = 0) -> torch.device:
    """The device a config's `device` names; under DDP each process takes its local GPU."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cuda":
        if not torch.cuda.is_available():
            raise UserError("device 'cuda' was requested but torch sees no CUDA device")
        return torch.device("cuda", local_rank)
    if name == "cpu":
        return torch.device("cpu")
    raise UserError(f"unknown device {name!r}; expected auto, cpu or cuda")


def autocast_dtype(device: torch.device, dtype: str) -> torch.dtype | None:
    """The autocast dtype for a config's `dtype` on `device`, None for full precision.

    "auto" is bf16 on GPUs that support it (the tensor cores' fast path, and unlike fp16 it
    needs no loss scaling) and float32 on CPU, where bf16 autocast is rarely faster.
    """
    if dtype == "float32":
        return None
    cuda = device.type == "cuda"
    if dtype == "auto":
        return torch.bfloat16 if cuda and torch.cuda.is_bf16_supported() else None
    if dtype == "bfloat16":
        if cuda and not torch.cuda.is_bf16_supported():
            raise UserError(f"dtype 'bfloat16' was requested but {device} does not support it")
        return torch.bfloat16
    raise UserError(f"unknown dtype {dtype!r}; expected auto, float32 or bfloat16")


def autocast(device: torch.device, dtype: str) -> contextlib.AbstractContextManager[Any]:
    """Mixed-precision context for a config's `dtype`; a no-op for float32."""
    resolved = autocast_dtype(device, dtype)
    if resolved is None:
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=resolved)


@dataclass(frozen=True)
class DistributedContext:
    """Where this process sits in a (possibly one-process) training job."""

    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    # Whether `train` created the process group, and so must destroy it.
    owns_group: bool = False

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def init_distributed(device_name: str = "auto") -> DistributedContext:
    """Join the job `torchrun` describes in the environment, or a one-process job without it.

    The process group is created here unless the caller already made one: NCCL when the
    processes train on GPUs, gloo on CPU (which is how the DDP path is tested on CPU-only
    machines). Each GPU process binds to GPU `LOCAL_RANK` before the group exists, which
    NCCL needs to pick the right device.
    """
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return DistributedContext()
    rank = int(os.environ["RANK"])
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    owns = False
    if not dist.is_initialized():
        device = resolve_device(device_name, local_rank)
        if device.type == "cuda":
            torch.cuda.set_device(device)
        dist.init_process_group(backend="nccl" if device.type == "cuda" else "gloo")
        owns = True
    return DistributedContext(rank, world_size, local_rank, owns)


def lr_at(step: int, config: TrainConfig) -> float:
    """Learning rate for the update with 0-based index `step`.

    Linear warmup avoids large, badly-estimated Adam steps at the start; cosine decay to
    `min_lr` at `max_steps` anneals the end. The schedule depends on the config only, never
    on where a run was interrupted, which exact resume relies on.
    """
    if step < config.warmup_steps:
        return config.learning_rate * (step + 1) / config.warmup_steps
    if step >= config.max_steps:
        return config.min_lr
    progress = (step - config.warmup_steps) / max(1, config.max_steps - config.warmup_steps)
    coeff = 0.5 * (1.0 + math.cos(math.pi * progress))
    return config.min_lr + coeff * (config.learning_rate - config.min_lr)


def with_run_length(config: TrainConfig, run_dir: Path, steps: int | None) -> TrainConfig:
    """`config` for a run `steps` steps long: `--max-steps` is the run's length.

    The learning-rate schedule (warmup, then cosine decay reaching `min_lr` at the last
    step), the progress bar's total and the saved `config.json` all read
    `config.max_steps`, so setting it is what makes them follow. Warmup is kept unless it
    would not end before the run does; then it is a tenth of the run. `steps=None` keeps
    the length of the run already in `run_dir` (resume), else the preset's. A run that
    exists with another length is refused: its schedule was laid out for that length.
    """
    saved = _saved_run_length(run_dir)
    if steps is None:
        steps = saved if saved is not None else config.max_steps
    if steps < 1:
        raise UserError(f"--max-steps must be at least 1, not {steps}")
    if saved is not None and saved != steps:
        raise UserError(
            f"run {run_dir.name} was started as a run of {saved} steps, and its learning-rate "
            f"schedule follows that length; resume it with --max-steps {saved} (or without "
            "--max-steps), or train a new run with another --name"
        )
    warmup = config.warmup_steps if config.warmup_steps < steps else steps // 10
    return replace(config, max_steps=steps, warmup_steps=warmup)


def _saved_run_length(run_dir: Path) -> int | None:
    """`max_steps` of the run in `run_dir` if it has a checkpoint, else None."""
    config_file = Path(run_dir) / CONFIG_NAME
    if not (Path(run_dir) / CHECKPOINT_NAME).is_file() or not config_file.is_file():
        return None
    saved = json.loads(config_file.read_text(encoding="utf-8")).get("train_config", {})
    steps = saved.get("max_steps")
    return int(steps) if isinstance(steps, int) else None


def make_optimizer(model: Transformer, config: TrainConfig) -> torch.optim.AdamW:
    """AdamW that decays only matrices (linear and embedding weights).

    Decaying gains of RMSNorm would pull them towards zero for no benefit.
    `model.parameters()` yields the tied embedding/head once, so it is updated once.
    """
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [
        {"params": [p for p in params if p.dim() >= 2], "weight_decay": config.weight_decay},
        {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0},
    ]
    return torch.optim.AdamW(groups, lr=config.learning_rate, betas=(config.beta1, config.beta2))


@torch.no_grad()
def evaluate(
    model: Transformer, tokens: np.ndarray, config: TrainConfig, device: torch.device
) -> float:
    """Mean next-token loss over the first `eval_batches` fixed windows of `tokens`.

    It runs on the plain (uncompiled, unwrapped) model: evaluation is rare, and a second
    compiled graph for it would cost more compile time than it saves.
    """
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for x, y in iter_eval_batches(tokens, config.seq_len, config.batch_size, config.eval_batches):
        with autocast(device, config.dtype):
            nll = model.token_nll(x.to(device), y.to(device))
        total += float(nll.double().sum())
        count += y.numel()
    model.train(was_training)
    return total / count


def train_step(
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    x: torch.Tensor,
    y: torch.Tensor,
    grad_clip: float,
    precision: contextlib.AbstractContextManager[Any],
) -> tuple[torch.Tensor, torch.Tensor]:
    """One optimisation step on the batch (x, y): the loss (detached) and the gradient norm.

    `model` may be the Transformer itself, its DistributedDataParallel wrapper or a
    compiled module; anything whose call returns (logits, loss). Clipping happens after
    DDP has averaged the gradients, so every replica clips by the same global norm.
    """
    with precision:
        _, loss = model(x, y)
    assert loss is not None
    loss.backward()
    grad_norm = torch.nn.utils.clip_grad_norm_(
        model.parameters(), grad_clip if grad_clip > 0 else math.inf
    )
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return loss.detach(), grad_norm


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write `data` as indented JSON, atomically."""
    atomic_write_text(path, json.dumps(data, indent=2) + "\n")


def load_checkpoint(run_dir: Path, map_location: str | torch.device = "cpu") -> dict[str, Any]:
    """The checkpoint dict of a run; `weights_only` because it is plain tensors and dicts."""
    return torch.load(Path(run_dir) / CHECKPOINT_NAME, map_location=map_location, weights_only=True)


def _rng_state(batcher: TokenBatcher, device: torch.device) -> dict[str, Any]:
    """Everything random this process draws from: its batch sampler and the torch RNGs."""
    return {
        "batcher": batcher.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "cuda_rng": torch.cuda.get_rng_state(device) if device.type == "cuda" else None,
    }


def _restore_rng_state(state: dict[str, Any], batcher: TokenBatcher, device: torch.device) -> None:
    batcher.load_state_dict(state["batcher"])
    torch.set_rng_state(state["torch_rng"].cpu())
    cuda_rng = state.get("cuda_rng")
    if device.type == "cuda" and cuda_rng is not None:
        if isinstance(cuda_rng, list):  # checkpoints before DDP saved every GPU's state
            torch.cuda.set_rng_state_all([s.cpu() for s in cuda_rng])
        else:
            torch.cuda.set_rng_state(cuda_rng.cpu(), device)


def _save_checkpoint(
    run_dir: Path,
    ctx: DistributedContext,
    model: Transformer,
    optimizer: torch.optim.Optimizer,
    batcher: TokenBatcher,
    device: torch.device,
    step: int,
    config: TrainConfig,
    model_config: ModelConfig,
    elapsed_s: float,
    tokens_seen: int,
) -> None:
    """Write the checkpoint from rank 0; every rank must call it, to hand over its RNGs.

    Each rank samples its own windows, so exact resume needs every rank's sampler and RNG
    state: they are gathered to rank 0 (`rank_states`). Rank 0's own state also sits at the
    top level, the layout of a one-process checkpoint.
    """
    own = _rng_state(batcher, device)
    rank_states: list[Any] = [own]
    if ctx.enabled:
        rank_states = [None] * ctx.world_size
        dist.all_gather_object(rank_states, own)
    if not ctx.is_main:
        return
    state = {
        "step": step,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        **own,
        "world_size": ctx.world_size,
        "rank_states": rank_states,
        "train_config": config.to_dict(),
        "model_config": asdict(model_config),
        "vocab_size": model_config.vocab_size,
        "elapsed_s": elapsed_s,
        "tokens_seen": tokens_seen,
    }
    atomic_write(run_dir / CHECKPOINT_NAME, lambda f: torch.save(state, f))


def _check_resumable(ckpt: dict[str, Any], model_config: ModelConfig, run_dir: Path) -> None:
    """Refuse to load a checkpoint into a different model: the user must pick a new run."""
    if ckpt["model_config"] != asdict(model_config):
        raise UserError(
            f"the checkpoint in {run_dir} was trained with model {ckpt['model_config']}, "
            f"not {asdict(model_config)}; use a new run directory or resume=False"
        )


def train(
    run_dir: Path,
    train_tokens: np.ndarray,
    val_tokens: np.ndarray,
    config: TrainConfig,
    vocab_size: int,
    resume: bool = True,
    progress: bool = True,
    max_steps: int | None = None,
) -> dict[str, Any]:
    """Train a model on `train_tokens` into `run_dir` and return a summary.

    `max_steps` stops this call early (at most `config.max_steps`) without changing the
    learning-rate schedule, so a later call with `resume=True` continues the same run;
    `max_steps=0` on a fresh run saves the untrained model, a baseline for scoring.
    With `resume=False` an existing run in `run_dir` is started over. The global torch RNG
    is seeded from `config.seed` inside `torch.random.fork_rng`, so the caller's RNG state
    is left as it was.

    Under `torchrun` every process calls this with the same arguments; see the module
    docstring. A step then consumes `world_size` batches, one per process.

    Summary keys: `steps`, `train_loss` (last step), `val_loss` (last evaluation),
    `tokens_seen`, `seconds` (wall time of the steps and evaluations, summed over
    resumes), `params`, `device`, `world_size`.
    """
    run_dir = Path(run_dir)
    if len(val_tokens) < config.seq_len + 1:
        raise UserError(
            f"the validation stream has {len(val_tokens)} tokens, fewer than one "
            f"window of seq_len + 1 = {config.seq_len + 1}; use more validation text"
        )
    if len(train_tokens) < config.seq_len + 1:
        raise UserError(
            f"the training stream has {len(train_tokens)} tokens, fewer than one "
            f"window of seq_len + 1 = {config.seq_len + 1}"
        )
    ctx = init_distributed(config.device)
    try:
        return _train(
            run_dir, train_tokens, val_tokens, config, vocab_size, resume, progress, max_steps, ctx
        )
    finally:
        if ctx.owns_group:
            dist.destroy_process_group()


def _train(
    run_dir: Path,
    train_tokens: np.ndarray,
    val_tokens: np.ndarray,
    config: TrainConfig,
    vocab_size: int,
    resume: bool,
    progress: bool,
    max_steps: int | None,
    ctx: DistributedContext,
) -> dict[str, Any]:
    device = resolve_device(config.device, ctx.local_rank)
    precision = autocast(device, config.dtype)  # validates the dtype before any work
    model_config = config.model_config(vocab_size)
    ckpt_path = run_dir / CHECKPOINT_NAME
    stop = config.max_steps if max_steps is None else min(max_steps, config.max_steps)
    tokens_per_step = config.tokens_per_step * ctx.world_size
    if ctx.is_main:
        run_dir.mkdir(parents=True, exist_ok=True)

    rng_devices = [device] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=rng_devices):
        # Every rank builds the same initial model (DDP would broadcast rank 0's anyway);
        # then each draws its own dropout masks and windows.
        torch.manual_seed(config.seed)
        model = Transformer(model_config).to(device)
        if ctx.rank > 0:
            torch.manual_seed(config.seed + ctx.rank)
        optimizer = make_optimizer(model, config)
        batcher = TokenBatcher(
            train_tokens, config.seq_len, config.batch_size, config.seed + ctx.rank
        )
        step, elapsed_s, tokens_seen = 0, 0.0, 0

        resumed = resume and ckpt_path.exists()
        if resumed:
            ckpt = load_checkpoint(run_dir, map_location=device)
            _check_resumable(ckpt, model_config, run_dir)
            model.load_state_dict(ckpt["model"])
            optimizer.load_state_dict(ckpt["optimizer"])
            step, elapsed_s = int(ckpt["step"]), float(ckpt["elapsed_s"])
            tokens_seen = int(ckpt.get("tokens_seen", step * config.tokens_per_step))
            _resume_rng(ckpt, ctx, batcher, device, config.seed, step)
            # Steps logged after the checkpoint (a crash between saves) are replayed below.
            kept = [r for r in read_metrics(run_dir) if r["step"] <= step] if ctx.is_main else []
        else:
            kept = []
        if ctx.enabled:
            # No rank may see a checkpoint that rank 0 writes after the others decided
            # whether to resume.
            dist.barrier()

        if ctx.is_main:
            write_json(
                run_dir / CONFIG_NAME,
                {
                    "train_config": config.to_dict(),
                    "model_config": asdict(model_config),
                    "vocab_size": vocab_size,
                    "params": model.num_parameters(),
                    "non_embedding_params": model.num_parameters(non_embedding=True),
                },
            )
            _write_json_lines(run_dir / METRICS_NAME, kept)

        step_model: nn.Module = model
        if ctx.enabled:
            # The rotary tables are derived from the config and never change, so there is
            # nothing to broadcast before each forward.
            step_model = DistributedDataParallel(
                model,
                device_ids=[device.index] if device.type == "cuda" else None,
                forward_sync_buffers=False,
            )
        if config.compile:
            step_model = torch.compile(step_model)

        model.train()
        bar = tqdm(
            total=config.max_steps,
            initial=step,
            disable=not (progress and ctx.is_main),
            desc=f"train {run_dir.name}",
            unit="step",
            dynamic_ncols=True,
            # Redirected to a file or a Prefect log, redraw every few seconds, not every step.
            mininterval=0.1 if sys.stderr.isatty() else 5.0,
        )

        def checkpoint() -> None:
            """Save the state as it stands now (step, clocks and RNGs are read at call time)."""
            _save_checkpoint(
                run_dir, ctx, model, optimizer, batcher, device, step, config, model_config,
                elapsed_s, tokens_seen,
            )  # fmt: skip

        saved = resumed
        with _metrics_file(run_dir, ctx) as metrics, bar:
            while step < stop:
                started = time.perf_counter()
                lr = lr_at(step, config)
                for group in optimizer.param_groups:
                    group["lr"] = lr
                x, y = batcher.next_batch()
                x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
                loss, grad_norm = train_step(
                    step_model, optimizer, x, y, config.grad_clip, precision
                )
                if ctx.enabled:
                    # Log the loss of the whole global batch, not just rank 0's share.
                    dist.all_reduce(loss, op=dist.ReduceOp.SUM)
                    loss /= ctx.world_size
                loss_value = loss.item()  # also waits for the GPU, so the timing is honest
                step += 1
                tokens_seen += tokens_per_step
                step_s = time.perf_counter() - started

                record: dict[str, Any] = {
                    "step": step,
                    "loss": loss_value,
                    "lr": lr,
                    "grad_norm": float(grad_norm),
                    "tokens_per_s": tokens_per_step / step_s,
                }
                if metrics is not None:
                    if step % config.eval_interval == 0 or step == stop:
                        record["val_loss"] = evaluate(model, val_tokens, config, device)
                    metrics.write(json.dumps(record) + "\n")
                    metrics.flush()
                elapsed_s += time.perf_counter() - started  # evaluation included

                postfix = {"loss": f"{loss_value:.3f}", "tok/s": f"{record['tokens_per_s']:.0f}"}
                if "val_loss" in record:
                    postfix["val"] = f"{record['val_loss']:.3f}"
                bar.set_postfix(postfix, refresh=False)
                bar.update(1)

                if step % config.checkpoint_interval == 0 or step == stop:
                    checkpoint()
                    saved = True

        if not saved:
            # Only reachable with max_steps=0 on a fresh run: the untrained model is then
            # saved, which gives scoring a baseline.
            checkpoint()

    if ctx.is_main and step > 0:
        # Imported here: matplotlib costs a second to import, which `import train` and
        # the DDP workers that never plot should not pay.
        from hornbook.train.plots import plot_losses

        plot_losses(run_dir)
    if ctx.enabled:
        dist.barrier()  # rank 0's last metrics and checkpoint are on disk for every rank
    records = read_metrics(run_dir)
    val_records = [r for r in records if "val_loss" in r]
    return {
        "steps": step,
        "train_loss": records[-1]["loss"] if records else None,
        "val_loss": val_records[-1]["val_loss"] if val_records else None,
        "tokens_seen": tokens_seen,
        "seconds": elapsed_s,
        "params": model.num_parameters(),
        "device": str(device),
        "world_size": ctx.world_size,
    }


def _resume_rng(
    ckpt: dict[str, Any],
    ctx: DistributedContext,
    batcher: TokenBatcher,
    device: torch.device,
    seed: int,
    step: int,
) -> None:
    """Restore this rank's sampler and RNGs from a checkpoint.

    With the world size the checkpoint was written with, every rank gets its own state
    back and the resumed run is the uninterrupted one. With another world size there is
    no such run to reproduce: each rank reseeds from (seed, rank, step), so no two ranks
    draw the same windows and training continues, without exactness.
    """
    saved_world = int(ckpt.get("world_size", 1))
    if saved_world == ctx.world_size:
        states = ckpt.get("rank_states") or [ckpt]
        _restore_rng_state(states[ctx.rank], batcher, device)
        return
    warnings.warn(
        f"resuming a run saved by {saved_world} process(es) with {ctx.world_size}: "
        "training continues with fresh sampling seeds, not bitwise as an uninterrupted run",
        stacklevel=3,
    )
    reseed = seed + 1_000_003 * step + ctx.rank
    batcher.generator.manual_seed(reseed)
    torch.manual_seed(reseed)


@contextlib.contextmanager
def _metrics_file(run_dir: Path, ctx: DistributedContext) -> Iterator[Any]:
    """`metrics.jsonl` opened for appending on rank 0; None on the other ranks."""
    if not ctx.is_main:
        yield None
        return
    with open(run_dir / METRICS_NAME, "a", encoding="utf-8") as f:
        yield f


def _write_json_lines(path: Path, records: list[dict[str, Any]]) -> None:
    atomic_write_text(path, "".join(json.dumps(record) + "\n" for record in records))
