"""Tests for the trainer's hardware paths: device and dtype, torch.compile, DDP under
torchrun (gloo on CPU, loopback only), and the loss plot.

The CUDA tests run only where torch sees a GPU; everything else runs on any CPU machine.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from hornbook.corpora.errors import UserError
from hornbook.train import TrainConfig, encode_documents, read_metrics, train
from hornbook.train.plots import plot_losses
from hornbook.train.trainer import autocast_dtype, load_checkpoint, resolve_device

from tests.train_helpers import ByteTokenizer, synthetic_stories, tiny_train_config

REPO = Path(__file__).resolve().parents[1]
TOKENIZER = ByteTokenizer()
CONFIG = tiny_train_config(
    max_steps=6,
    min_lr=TrainConfig.min_lr,
    warmup_steps=2,
    eval_interval=3,
    eval_batches=2,
    checkpoint_interval=3,
    device="cpu",
)
needs_cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")


@pytest.fixture(scope="module")
def streams() -> tuple[np.ndarray, np.ndarray]:
    return (
        encode_documents(synthetic_stories(200, seed=1), TOKENIZER),
        encode_documents(synthetic_stories(30, seed=2), TOKENIZER),
    )


def test_device_and_dtype_resolution() -> None:
    cpu = torch.device("cpu")
    assert resolve_device("cpu") == cpu
    assert autocast_dtype(cpu, "auto") is None  # float32 on CPU unless asked
    assert autocast_dtype(cpu, "float32") is None
    assert autocast_dtype(cpu, "bfloat16") == torch.bfloat16
    if torch.cuda.is_available():
        assert resolve_device("auto", local_rank=0) == torch.device("cuda", 0)
    else:
        assert resolve_device("auto") == cpu
        with pytest.raises(UserError, match="no CUDA device"):
            resolve_device("cuda")


def test_bf16_autocast_on_cpu(tmp_path: Path, streams) -> None:
    full = train(tmp_path / "fp32", *streams, CONFIG, TOKENIZER.vocab_size, progress=False)
    bf16 = replace(CONFIG, dtype="bfloat16")
    summary = train(tmp_path / "bf16", *streams, bf16, TOKENIZER.vocab_size, progress=False)
    assert summary["steps"] == 6 and np.isfinite(summary["val_loss"])
    # bf16 rounds activations, so the curves differ, but not by much over a few steps.
    assert summary["train_loss"] != full["train_loss"]
    assert summary["train_loss"] == pytest.approx(full["train_loss"], rel=0.05)
    # Weights stay float32: the checkpoint does not depend on the precision used.
    ckpt = load_checkpoint(tmp_path / "bf16")
    assert all(t.dtype == torch.float32 for t in ckpt["model"].values())


def test_compile_path_matches_eager(
    tmp_path: Path, streams, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trainer's compile wiring (Dynamo tracing, AOTAutograd, checkpoint keys, resume).

    Inductor's code generation is swapped for the `aot_eager` backend here: on this 2-core
    machine Inductor's first compile of even this 2-layer model took 28-40 s (2.6 s with a
    warm on-disk cache), too slow for the unit suite; `test_compile_inductor` runs it on
    demand.
    """
    monkeypatch.setattr(torch, "compile", functools.partial(torch.compile, backend="aot_eager"))
    eager = train(tmp_path / "eager", *streams, CONFIG, TOKENIZER.vocab_size, progress=False)
    compiled_config = replace(CONFIG, compile=True)
    split = tmp_path / "compiled"
    train(split, *streams, compiled_config, TOKENIZER.vocab_size, progress=False, max_steps=3)
    compiled = train(split, *streams, compiled_config, TOKENIZER.vocab_size, progress=False)
    assert compiled["steps"] == 6
    assert compiled["train_loss"] == pytest.approx(eager["train_loss"], rel=1e-4)
    assert compiled["val_loss"] == pytest.approx(eager["val_loss"], rel=1e-4)
    keys = load_checkpoint(split)["model"].keys()
    assert not any("_orig_mod" in key for key in keys)  # the plain model's state dict


@pytest.mark.skipif(
    os.environ.get("HORNBOOK_TEST_COMPILE") != "1",
    reason="Inductor's cold CPU compile takes 28-40 s on 2 cores (measured); "
    "set HORNBOOK_TEST_COMPILE=1 to run it",
)
def test_compile_inductor(tmp_path: Path, streams) -> None:
    eager = train(tmp_path / "eager", *streams, CONFIG, TOKENIZER.vocab_size, progress=False)
    config = replace(CONFIG, compile=True)
    compiled = train(tmp_path / "inductor", *streams, config, TOKENIZER.vocab_size, progress=False)
    assert compiled["train_loss"] == pytest.approx(eager["train_loss"], rel=1e-3)


_WORKER = """
import sys
import torch.distributed as dist
from hornbook.train.ddp import main

dist.init_process_group("gloo")
full, split, train_npy, val_npy = sys.argv[1:5]
common = [
    "--train", train_npy, "--val", val_npy, "--vocab-size", "259", "--no-progress",
    "--set", "dim=32", "--set", "n_layers=2", "--set", "n_heads=2", "--set", "seq_len=64",
    "--set", "batch_size=8", "--set", "max_steps=6", "--set", "warmup_steps=2",
    "--set", "eval_interval=3", "--set", "checkpoint_interval=100", "--set", "dropout=0.1",
    "--set", "device=\\"cpu\\"",
]
codes = [
    main(["tokens", full, *common]),
    main(["tokens", split, *common, "--max-steps", "3"]),
    main(["tokens", split, *common]),
]
dist.destroy_process_group()
sys.exit(max(codes))
"""


def test_ddp_two_processes_with_torchrun(tmp_path: Path, streams) -> None:
    """Two gloo processes through torchrun: a run, and the same run interrupted and resumed.

    The worker joins the process group itself so that three trainings share one launch;
    `python -m hornbook.train.ddp` does the same for a single one.
    """
    np.save(tmp_path / "train.npy", streams[0])
    np.save(tmp_path / "val.npy", streams[1])
    worker = tmp_path / "worker.py"
    worker.write_text(_WORKER)
    full, split = tmp_path / "full", tmp_path / "split"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "OMP_NUM_THREADS": "1",
        "MASTER_ADDR": "127.0.0.1",
        "GLOO_SOCKET_IFNAME": "lo",
    }
    cmd = [
        sys.executable, "-m", "torch.distributed.run",
        "--standalone", "--nproc_per_node", "2",
        str(worker), str(full), str(split), str(tmp_path / "train.npy"), str(tmp_path / "val.npy"),
    ]  # fmt: skip
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]

    for run in (full, split):
        assert (run / "ckpt.pt").is_file() and (run / "loss.png").is_file()
        records = read_metrics(run)
        # Only rank 0 writes: one record per step, not one per process.
        assert [r["step"] for r in records] == list(range(1, 7))
    ckpt = load_checkpoint(split)
    assert ckpt["world_size"] == 2 and len(ckpt["rank_states"]) == 2
    assert ckpt["tokens_seen"] == 6 * 2 * 8 * 64  # two processes' batches per step
    # Each rank draws its own windows (seed + rank), so their samplers have diverged.
    rank0, rank1 = (s["batcher"]["rng_state"] for s in ckpt["rank_states"])
    assert not torch.equal(rank0, rank1)
    # Resuming restores every rank's sampler and dropout RNG: the same curve as unbroken.
    full_losses = [r["loss"] for r in read_metrics(full)]
    split_losses = [r["loss"] for r in read_metrics(split)]
    np.testing.assert_allclose(split_losses, full_losses, rtol=1e-6, atol=0)
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["world_size"] == 2 and summary["steps"] == 6


def test_loss_plot(tmp_path: Path, streams) -> None:
    run_dir = tmp_path / "run"
    train(run_dir, *streams, CONFIG, TOKENIZER.vocab_size, progress=False)
    png = run_dir / "loss.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    png.unlink()
    assert plot_losses(run_dir) == png and png.is_file()  # regenerated from metrics.jsonl
    other = plot_losses(run_dir, tmp_path / "elsewhere.png")
    assert other.is_file()
    (run_dir / "metrics.jsonl").write_text("")
    with pytest.raises(UserError, match="no training steps"):
        plot_losses(run_dir)


@needs_cuda
def test_cuda_bf16_compile(tmp_path: Path, streams) -> None:
    config = replace(CONFIG, device="cuda", dtype="bfloat16", compile=True)
    summary = train(tmp_path / "cuda", *streams, config, TOKENIZER.vocab_size, progress=False)
    assert summary["device"].startswith("cuda") and np.isfinite(summary["val_loss"])
    ckpt = load_checkpoint(tmp_path / "cuda")
    assert all(t.dtype == torch.float32 for t in ckpt["model"].values())
