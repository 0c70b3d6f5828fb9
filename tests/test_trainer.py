"""Tests for train/data.py, train/trainer.py, train/presets.py and train/score.py."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from hornbook.corpora.errors import UserError
from hornbook.train import (
    PRESETS,
    TokenBatcher,
    TrainConfig,
    encode_documents,
    get_preset,
    iter_eval_batches,
    load_model,
    read_metrics,
    score_run,
    train,
)

from tests.train_helpers import ByteTokenizer, synthetic_stories, tiny_train_config

TOKENIZER = ByteTokenizer()
TRAIN_TEXTS = synthetic_stories(300, seed=1)
VAL_TEXTS = synthetic_stories(40, seed=2)

# A model small enough that a few dozen steps take a couple of seconds on 2 cores.
CONFIG = tiny_train_config()


@pytest.fixture(scope="module")
def streams() -> tuple[np.ndarray, np.ndarray]:
    return encode_documents(TRAIN_TEXTS, TOKENIZER), encode_documents(VAL_TEXTS, TOKENIZER)


@pytest.fixture(scope="module")
def trained_run(tmp_path_factory: pytest.TempPathFactory, streams) -> tuple[Path, dict]:
    run_dir = tmp_path_factory.mktemp("run")
    summary = train(run_dir, *streams, CONFIG, TOKENIZER.vocab_size, progress=False)
    return run_dir, summary


def test_encode_documents() -> None:
    stream = encode_documents(["ab", "", "c"], TOKENIZER, batch_size=2)
    assert stream.dtype == np.uint16
    assert stream.tolist() == [257, 97, 98, 258, 257, 258, 257, 99, 258]
    assert len(encode_documents([], TOKENIZER)) == 0

    class Wide(ByteTokenizer):
        vocab_size = 70000

    assert encode_documents(["a"], Wide()).dtype == np.int32


def test_token_batcher_shift_and_resume() -> None:
    tokens = np.arange(1000, dtype=np.uint16)
    batcher = TokenBatcher(tokens, seq_len=16, batch_size=4, seed=0)
    x, y = batcher.next_batch()
    assert x.shape == y.shape == (4, 16) and x.dtype == torch.long
    assert torch.equal(x[:, 1:], y[:, :-1]) and torch.equal(y, x + 1)
    state = batcher.state_dict()
    expected = [batcher.next_batch() for _ in range(3)]
    restored = TokenBatcher(tokens, seq_len=16, batch_size=4, seed=99)
    restored.load_state_dict(state)
    for (xa, ya), (xb, yb) in zip(expected, (restored.next_batch() for _ in range(3)), strict=True):
        assert torch.equal(xa, xb) and torch.equal(ya, yb)
    # Windows reach the very end of the stream but never past it.
    starts = torch.cat([TokenBatcher(tokens, 16, 64, s).next_batch()[1][:, -1] for s in range(20)])
    assert int(starts.max()) <= 999
    with pytest.raises(ValueError):
        TokenBatcher(tokens[:16], seq_len=16, batch_size=1, seed=0)


def test_iter_eval_batches() -> None:
    tokens = np.arange(101, dtype=np.uint16)
    batches = list(iter_eval_batches(tokens, seq_len=10, batch_size=4))
    assert [len(x) for x, _ in batches] == [4, 4, 2]  # 10 non-overlapping windows
    xs = torch.cat([x for x, _ in batches])
    assert xs[:, 0].tolist() == list(range(0, 100, 10))
    assert torch.equal(torch.cat([y for _, y in batches]), xs + 1)
    assert len(list(iter_eval_batches(tokens, 10, 4, max_batches=1))) == 1


def test_presets() -> None:
    assert {"tiny", "small", "base"} <= set(PRESETS)
    tiny = get_preset("tiny")
    assert tiny.default_vocab_size == 1024
    assert tiny.model_config(1024).max_seq_len == tiny.seq_len
    assert replace(tiny, max_steps=5).max_steps == 5
    with pytest.raises(UserError, match="nope.*tiny"):
        get_preset("nope")
    assert TrainConfig.from_dict({**tiny.to_dict(), "future_key": 1}) == tiny


def test_train_writes_run(trained_run) -> None:
    run_dir, summary = trained_run
    assert (run_dir / "ckpt.pt").exists()
    assert not list(run_dir.glob("*.tmp"))
    config = json.loads((run_dir / "config.json").read_text())
    assert config["vocab_size"] == 259
    assert config["train_config"] == CONFIG.to_dict()
    assert config["model_config"]["max_seq_len"] == CONFIG.seq_len

    records = read_metrics(run_dir)
    assert [r["step"] for r in records] == list(range(1, 41))
    assert all({"step", "loss", "lr", "tokens_per_s"} <= r.keys() for r in records)
    val = [r["val_loss"] for r in records if "val_loss" in r]
    assert [r["step"] for r in records if "val_loss" in r] == [10, 20, 30, 40]
    assert val[-1] < val[0] - 0.5
    assert records[-1]["loss"] < math.log(259) - 2.0
    # Warmup then decay.
    lrs = [r["lr"] for r in records]
    assert lrs[0] < lrs[4] == pytest.approx(CONFIG.learning_rate)
    assert lrs[-1] < lrs[10] and lrs[-1] >= CONFIG.min_lr

    assert summary["steps"] == 40
    assert summary["val_loss"] == val[-1]
    assert summary["tokens_seen"] == 40 * CONFIG.batch_size * CONFIG.seq_len
    model, loaded_config = load_model(run_dir)
    assert loaded_config == CONFIG
    assert summary["params"] == model.num_parameters()


def test_exact_resume(tmp_path: Path, streams) -> None:
    # Dropout makes the global torch RNG matter, so restoring it is tested too.
    config = replace(CONFIG, max_steps=20, dropout=0.1, checkpoint_interval=100)
    full = tmp_path / "full"
    train(full, *streams, config, TOKENIZER.vocab_size, progress=False)

    split = tmp_path / "split"
    first = train(split, *streams, config, TOKENIZER.vocab_size, progress=False, max_steps=10)
    assert first["steps"] == 10
    second = train(split, *streams, config, TOKENIZER.vocab_size, progress=False)
    assert second["steps"] == 20

    full_records, split_records = read_metrics(full), read_metrics(split)
    assert [r["step"] for r in split_records] == list(range(1, 21))
    full_losses = [r["loss"] for r in full_records]
    split_losses = [r["loss"] for r in split_records]
    np.testing.assert_allclose(split_losses[10:], full_losses[10:], rtol=1e-6, atol=0)
    assert split_records[-1]["val_loss"] == pytest.approx(full_records[-1]["val_loss"], rel=1e-6)

    # resume=False starts over, and a model of another shape refuses to resume.
    again = train(
        split, *streams, config, TOKENIZER.vocab_size, progress=False, resume=False, max_steps=3
    )
    assert again["steps"] == 3 and len(read_metrics(split)) == 3
    with pytest.raises(UserError, match="new run directory"):
        train(split, *streams, replace(config, dim=64), TOKENIZER.vocab_size, progress=False)


def _independent_bpb(model: torch.nn.Module, texts: list[str]) -> tuple[float, int, int]:
    """Bits per byte computed one document and one window at a time, without padding."""
    window = model.config.max_seq_len
    total_nll, n_tokens, n_bytes = 0.0, 0, 0
    with torch.no_grad():
        for text in texts:
            ids = [TOKENIZER.bos_id, *text.encode("utf-8"), TOKENIZER.eos_id]
            for start in range(0, len(ids) - 1, window):
                piece = torch.tensor([ids[start : start + window + 1]])
                nll = model.token_nll(piece[:, :-1], piece[:, 1:])
                total_nll += float(nll.double().sum())
                n_tokens += nll.numel()
            n_bytes += len(text.encode("utf-8")) + 1
    return total_nll / math.log(2) / n_bytes, n_tokens, n_bytes


def test_score_run(trained_run, tmp_path: Path, streams) -> None:
    run_dir, _ = trained_run
    texts = VAL_TEXTS + ["Ünïcode story: ☃ 🐈"]  # multi-byte characters count as bytes
    result = score_run(run_dir, texts, TOKENIZER, num_samples=3, max_new_tokens=40, seed=5)
    assert json.loads((run_dir / "score.json").read_text()) == result

    model, _ = load_model(run_dir)
    bpb, n_tokens, n_bytes = _independent_bpb(model, texts)
    assert result["val_docs"] == len(texts)
    assert result["val_tokens"] == n_tokens == n_bytes  # bytes + one EOS per doc
    assert result["val_bytes"] == n_bytes
    assert result["tokens_per_byte"] == 1.0
    assert result["bits_per_byte"] == pytest.approx(bpb, rel=1e-6)  # float32 sums: order-dependent
    assert result["val_loss"] == pytest.approx(bpb * math.log(2), rel=1e-6)
    assert result["step"] == 40

    samples = result["samples"]
    assert len(samples) == 3 and samples[0]["prompt"] == ""
    assert samples[1]["text"].startswith(samples[1]["prompt"]) and samples[1]["prompt"]
    again = score_run(run_dir, texts, TOKENIZER, num_samples=3, max_new_tokens=40, seed=5)
    assert again["samples"] == samples
    assert score_run(run_dir, texts, TOKENIZER, max_docs=5, num_samples=1)["val_docs"] == 5

    untrained = tmp_path / "untrained"
    train(untrained, *streams, CONFIG, TOKENIZER.vocab_size, progress=False, max_steps=0)
    baseline = score_run(untrained, texts, TOKENIZER, num_samples=1, max_new_tokens=10)
    assert baseline["step"] == 0
    assert baseline["bits_per_byte"] == pytest.approx(math.log2(259), rel=0.02)
    assert result["bits_per_byte"] < baseline["bits_per_byte"] - 2.0
