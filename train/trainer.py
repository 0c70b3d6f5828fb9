"""The training loop: AdamW, warmup + cosine schedule, periodic eval, exact resume.

A run directory holds everything a run produces:

- `config.json`: the resolved TrainConfig, ModelConfig and vocab size;
- `metrics.jsonl`: one JSON object per optimisation step (`step`, `loss`, `lr`,
  `grad_norm`, `tokens_per_s`, plus `val_loss` at evaluations);
- `ckpt.pt`: model and optimizer state, the step, and every RNG state that affects
  training, written atomically so a crash never leaves a torn checkpoint.

Resuming restores all of it, so the loss curve after a resume is the curve the
uninterrupted run would have drawn, step for step (bitwise on the same CPU setup).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from tqdm import tqdm

from corpora.errors import UserError
from train.data import TokenBatcher, iter_eval_batches
from train.model import ModelConfig, Transformer
from train.presets import TrainConfig

CHECKPOINT_NAME = "ckpt.pt"
CONFIG_NAME = "config.json"
METRICS_NAME = "metrics.jsonl"


def pick_device() -> torch.device:
    """CUDA when present, else CPU: the project machines are CPU-only, a GPU is a bonus."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


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
    """Mean next-token loss over the first `eval_batches` fixed windows of `tokens`."""
    was_training = model.training
    model.eval()
    total, count = 0.0, 0
    for x, y in iter_eval_batches(tokens, config.seq_len, config.batch_size, config.eval_batches):
        with _autocast(device):
            nll = model.token_nll(x.to(device), y.to(device))
        total += float(nll.double().sum())
        count += y.numel()
    model.train(was_training)
    return total / count


def _autocast(device: torch.device) -> contextlib.AbstractContextManager[Any]:
    """bf16 autocast on GPUs that support it; full precision on CPU, where it is not faster."""
    if device.type == "cuda" and torch.cuda.is_bf16_supported():
        return torch.autocast(device_type="cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def _atomic_write(path: Path, write: Any) -> None:
    """Write via a temp file in the same directory then `os.replace`, which is atomic."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write `data` as indented JSON, atomically."""

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.write("\n")

    _atomic_write(path, write)


def read_metrics(run_dir: Path) -> list[dict[str, Any]]:
    """Records of `metrics.jsonl`, in step order; empty when the run has none yet."""
    path = Path(run_dir) / METRICS_NAME
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_checkpoint(run_dir: Path, map_location: str | torch.device = "cpu") -> dict[str, Any]:
    """The checkpoint dict of a run; `weights_only` because it is plain tensors and dicts."""
    return torch.load(Path(run_dir) / CHECKPOINT_NAME, map_location=map_location, weights_only=True)


def _save_checkpoint(
    run_dir: Path,
    model: Transformer,
    optimizer: torch.optim.Optimizer,
    batcher: TokenBatcher,
    step: int,
    config: TrainConfig,
    model_config: ModelConfig,
    elapsed_s: float,
) -> None:
    state = {
        "step": step,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "batcher": batcher.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
        "train_config": config.to_dict(),
        "model_config": asdict(model_config),
        "vocab_size": model_config.vocab_size,
        "elapsed_s": elapsed_s,
    }
    _atomic_write(run_dir / CHECKPOINT_NAME, lambda tmp: torch.save(state, tmp))


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

    Summary keys: `steps`, `train_loss` (last step), `val_loss` (last evaluation),
    `tokens_seen`, `seconds` (wall time of the steps and evaluations, summed over
    resumes), `params`, `device`.
    """
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
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
    device = pick_device()
    model_config = config.model_config(vocab_size)
    ckpt_path = run_dir / CHECKPOINT_NAME
    stop = config.max_steps if max_steps is None else min(max_steps, config.max_steps)

    rng_devices = [device] if device.type == "cuda" else []
    with torch.random.fork_rng(devices=rng_devices):
        torch.manual_seed(config.seed)
        model = Transformer(model_config).to(device)
        optimizer = make_optimizer(model, config)
        batcher = TokenBatcher(train_tokens, config.seq_len, config.batch_size, config.seed)
        step, elapsed_s = 0, 0.0

        if resume and ckpt_path.exists():
            ckpt = load_checkpoint(run_dir, map_location=device)
            _check_resumable(ckpt, model_config, run_dir)
            model.load_state_dict(ckpt["model"])
            optimizer.load_state_dict(ckpt["optimizer"])
            batcher.load_state_dict(ckpt["batcher"])
            torch.set_rng_state(ckpt["torch_rng"].cpu())
            if device.type == "cuda" and ckpt["cuda_rng"] is not None:
                torch.cuda.set_rng_state_all([s.cpu() for s in ckpt["cuda_rng"]])
            step, elapsed_s = int(ckpt["step"]), float(ckpt["elapsed_s"])
            # Steps logged after the checkpoint (a crash between saves) are replayed below.
            kept = [r for r in read_metrics(run_dir) if r["step"] <= step]
        else:
            kept = []

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
        metrics_path = run_dir / METRICS_NAME
        _write_json_lines(metrics_path, kept)

        model.train()
        bar = tqdm(
            total=config.max_steps,
            initial=step,
            disable=not progress,
            desc=f"train {run_dir.name}",
            unit="step",
            dynamic_ncols=True,
            # Redirected to a file or a Prefect log, redraw every few seconds, not every step.
            mininterval=0.1 if sys.stderr.isatty() else 5.0,
        )
        with open(metrics_path, "a", encoding="utf-8") as metrics, bar:
            while step < stop:
                started = time.perf_counter()
                lr = lr_at(step, config)
                for group in optimizer.param_groups:
                    group["lr"] = lr
                x, y = batcher.next_batch()
                x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
                with _autocast(device):
                    _, loss = model(x, y)
                assert loss is not None
                loss.backward()
                grad_norm = torch.nn.utils.clip_grad_norm_(
                    model.parameters(), config.grad_clip if config.grad_clip > 0 else math.inf
                )
                optimizer.step()
                optimizer.zero_grad(set_to_none=True)
                loss_value = loss.item()  # also waits for the GPU, so the timing is honest
                step += 1
                step_s = time.perf_counter() - started

                record: dict[str, Any] = {
                    "step": step,
                    "loss": loss_value,
                    "lr": lr,
                    "grad_norm": float(grad_norm),
                    "tokens_per_s": config.tokens_per_step / step_s,
                }
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
                    _save_checkpoint(
                        run_dir, model, optimizer, batcher, step, config, model_config, elapsed_s
                    )

        if not ckpt_path.exists():
            # Only reachable with max_steps=0 on a fresh run: the untrained model is then
            # saved, which gives scoring a baseline.
            _save_checkpoint(
                run_dir, model, optimizer, batcher, step, config, model_config, elapsed_s
            )

    records = read_metrics(run_dir)
    val_records = [r for r in records if "val_loss" in r]
    return {
        "steps": step,
        "train_loss": records[-1]["loss"] if records else None,
        "val_loss": val_records[-1]["val_loss"] if val_records else None,
        "tokens_seen": step * config.tokens_per_step,
        "seconds": elapsed_s,
        "params": model.num_parameters(),
        "device": str(device),
    }


def _write_json_lines(path: Path, records: list[dict[str, Any]]) -> None:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record) + "\n")

    _atomic_write(path, write)
