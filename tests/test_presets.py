"""Tests for train/presets.py: every preset builds, and its size matches its name."""

from __future__ import annotations

import pytest
from hornbook.corpora.errors import UserError
from hornbook.train.presets import DEVICES, DTYPES, PARAM_BAND, PRESETS, TrainConfig, preset_params

# Shapes the presets promise by name; the counts are recomputed, never stored here.
SHAPES = {
    "llama2c-260k": dict(dim=64, n_layers=5, n_heads=8, n_kv_heads=4, seq_len=512, vocab=512),
    "ts-1m": dict(dim=64, n_layers=8),
    "ts-3m": dict(dim=128, n_layers=8),
    "ts-8m": dict(dim=256, n_layers=8),
    "ts-28m": dict(dim=512, n_layers=8),
}


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_param_count_in_advertised_band(name: str) -> None:
    config = PRESETS[name]
    assert config.nominal_params is not None, f"{name} advertises no size"
    params = preset_params(config)
    low, high = config.nominal_params / PARAM_BAND, config.nominal_params * PARAM_BAND
    assert low <= params <= high, f"{name}: {params:,} params outside [{low:,.0f}, {high:,.0f}]"
    # The model builds at its default vocab and its context is the training window.
    assert config.model_config(config.default_vocab_size).max_seq_len == config.seq_len
    assert config.device in DEVICES and config.dtype in DTYPES


def test_presets_span_the_range() -> None:
    sizes = {name: preset_params(config) for name, config in PRESETS.items()}
    assert min(sizes.values()) < 300_000 and max(sizes.values()) > 25_000_000
    assert sizes["ts-1m"] < sizes["ts-3m"] < sizes["ts-8m"] < sizes["ts-28m"]


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_named_shapes(name: str) -> None:
    shape = dict(SHAPES[name])
    vocab = shape.pop("vocab", None)
    config = PRESETS[name]
    for key, value in shape.items():
        assert getattr(config, key) == value, (name, key)
    if vocab is not None:
        assert config.default_vocab_size == vocab


def test_llama2c_260k_matches_stories260k() -> None:
    config = PRESETS["llama2c-260k"]
    model_config = config.model_config(512)
    # llama2.c: hidden = multiple_of * ceil(int(2 * 4 * dim / 3) / multiple_of) = 172.
    assert model_config.hidden_dim == 172
    assert preset_params(config) == 260_032  # llama2.c's "260K"


def test_tiny_is_unchanged_and_byte_preset() -> None:
    tiny = PRESETS["tiny"]
    assert (tiny.dim, tiny.n_layers, tiny.n_heads, tiny.seq_len, tiny.batch_size) == (
        64,
        4,
        4,
        128,
        32,
    )
    assert (tiny.max_steps, tiny.default_vocab_size, tiny.default_tokenizer_kind) == (
        500,
        1024,
        "bpe",
    )
    byte = PRESETS["tiny-byte"]
    assert byte.default_tokenizer_kind == "byte" and byte.default_vocab_size == 259
    assert byte.tokens_per_step == tiny.tokens_per_step
    assert {"small", "base"} <= set(PRESETS)


def test_hardware_fields_are_validated() -> None:
    assert TrainConfig().device == "auto" and TrainConfig().dtype == "auto"
    assert TrainConfig().compile is False
    with pytest.raises(UserError, match="device"):
        TrainConfig(device="tpu")
    with pytest.raises(UserError, match="dtype"):
        TrainConfig(dtype="float16")
