"""Tests for train/export.py: transformers loads the export and computes our logits."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.byte_level import ByteTokenizer
from hornbook.tokenizer.store import train_tokenizer
from hornbook.train import TrainConfig, encode_documents, load_model, train
from hornbook.train.export import export_hf, interleaved_to_half
from safetensors import safe_open

from tests.train_helpers import synthetic_stories, tiny_train_config

transformers = pytest.importorskip("transformers")

TOKENIZER = ByteTokenizer()
CONFIG = tiny_train_config(
    dim=64,
    n_heads=4,
    seq_len=32,
    max_steps=4,
    learning_rate=2e-2,
    min_lr=TrainConfig.min_lr,
    warmup_steps=1,
    eval_interval=4,
    eval_batches=1,
    checkpoint_interval=TrainConfig.checkpoint_interval,
    seed=TrainConfig.seed,
    rope_theta=500.0,  # not the default, so a config that dropped it would show
    device="cpu",
)


@pytest.fixture(scope="module")
def streams() -> tuple[np.ndarray, np.ndarray]:
    return (
        encode_documents(synthetic_stories(60, seed=1), TOKENIZER),
        encode_documents(synthetic_stories(10, seed=2), TOKENIZER),
    )


@pytest.fixture(scope="module")
def byte_tokenizer_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tok") / "byte"
    train_tokenizer([], ["a story"], out, "byte", None, "byte", {"corpus": "test"})
    return out


def _trained_run(tmp_path: Path, streams, n_kv_heads: int | None) -> Path:
    run_dir = tmp_path / f"run-kv{n_kv_heads}"
    config = replace(CONFIG, n_kv_heads=n_kv_heads)
    train(run_dir, *streams, config, TOKENIZER.vocab_size, progress=False)
    return run_dir


@pytest.mark.parametrize("n_kv_heads", [None, 2], ids=["mha", "gqa"])
def test_transformers_logits_match(
    tmp_path: Path, streams, byte_tokenizer_dir: Path, n_kv_heads: int | None
) -> None:
    run_dir = _trained_run(tmp_path, streams, n_kv_heads)
    out = export_hf(run_dir, tmp_path / "hf", tokenizer_dir=byte_tokenizer_dir)
    assert {"config.json", "model.safetensors", "generation_config.json"} <= {
        p.name for p in out.iterdir()
    }

    config = json.loads((out / "config.json").read_text())
    assert config["model_type"] == "llama" and config["tie_word_embeddings"] is True
    assert config["num_key_value_heads"] == (n_kv_heads or 4)
    assert (config["bos_token_id"], config["eos_token_id"], config["pad_token_id"]) == (
        257,
        258,
        256,
    )
    with safe_open(out / "model.safetensors", "pt") as f:
        names = set(f.keys())
    assert "lm_head.weight" not in names and "model.embed_tokens.weight" in names

    hf = transformers.AutoModelForCausalLM.from_pretrained(out).eval()
    assert type(hf).__name__ == "LlamaForCausalLM"
    assert hf.config.tie_word_embeddings
    assert hf.lm_head.weight.data_ptr() == hf.model.embed_tokens.weight.data_ptr()

    ours, _ = load_model(run_dir, device="cpu")
    generator = torch.Generator().manual_seed(0)
    tokens = torch.randint(0, TOKENIZER.vocab_size, (4, CONFIG.seq_len), generator=generator)
    with torch.no_grad():
        expected, _ = ours(tokens)
        got = hf(tokens).logits
    assert torch.allclose(got, expected, atol=1e-4, rtol=0), (got - expected).abs().max()
    # The weights were trained, so the match is not an artefact of initial values.
    assert not torch.allclose(ours.norm.weight, torch.ones_like(ours.norm.weight))


def test_rope_permutation_is_needed_and_correct() -> None:
    # Pair (2i, 2i+1) of each head must land at rows (i, i + head_dim/2).
    weight = torch.arange(2 * 8, dtype=torch.float32)[:, None].repeat(1, 3)  # 2 heads of 8
    permuted = interleaved_to_half(weight, n_heads=2)
    assert permuted[:, 0].tolist() == [0, 2, 4, 6, 1, 3, 5, 7, 8, 10, 12, 14, 9, 11, 13, 15]


def test_tokenizer_files_copied_and_existing_dir_refused(
    tmp_path: Path, streams, byte_tokenizer_dir: Path
) -> None:
    run_dir = tmp_path / "run"
    train(run_dir, *streams, CONFIG, TOKENIZER.vocab_size, progress=False, max_steps=0)
    tok_dir = tmp_path / "tok"
    shutil.copytree(byte_tokenizer_dir, tok_dir)
    (tok_dir / "tokenizer.json").write_text('{"version": "1.0"}')
    out = export_hf(run_dir, tmp_path / "with-tok", tokenizer_dir=tok_dir)
    assert (out / "tokenizer.json").read_text() == '{"version": "1.0"}'
    generation = json.loads((out / "generation_config.json").read_text())
    assert generation["eos_token_id"] == 258 and generation["max_length"] == CONFIG.seq_len

    bare = export_hf(run_dir, tmp_path / "bare")  # no tokenizer, no lineage: weights only
    assert not (bare / "tokenizer.json").exists()
    assert json.loads((bare / "config.json").read_text())["bos_token_id"] is None
    with pytest.raises(UserError, match="already exists"):
        export_hf(run_dir, out)
    assert not list(tmp_path.glob(".*tmp*"))


def test_export_is_readable_by_others(tmp_path: Path, streams, byte_tokenizer_dir: Path) -> None:
    run_dir = tmp_path / "run"
    train(run_dir, *streams, CONFIG, TOKENIZER.vocab_size, progress=False, max_steps=0)
    tok_dir = tmp_path / "tok"
    shutil.copytree(byte_tokenizer_dir, tok_dir)
    (tok_dir / "tokenizer.json").write_text('{"version": "1.0"}')
    (tok_dir / "tokenizer.json").chmod(0o600)  # as an atomic (mkstemp) write leaves it
    out = export_hf(run_dir, tmp_path / "shared", tokenizer_dir=tok_dir)
    assert out.stat().st_mode & 0o777 == 0o755
    files = sorted(p for p in out.iterdir())
    assert {p.name for p in files} >= {"model.safetensors", "config.json", "tokenizer.json"}
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o644, path
