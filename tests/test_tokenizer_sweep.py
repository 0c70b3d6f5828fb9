"""Vocab-size sweeps (tokenizer/sweep.py) and their corpus glue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.corpus import sweep_corpus
from hornbook.tokenizer.metrics import embedding_params
from hornbook.tokenizer.sweep import SWEEP_JSON, SWEEP_MD, SWEEP_PNG, sweep

from tests.test_token_cache import publish_fake_version, reference_stories

ROW_KEYS = {
    "vocab_size",
    "bytes_per_token",
    "tokens_per_word",
    "vocab_utilisation",
    "byte_fallback_share",
    "embedding_params",
    "train_seconds",
}


@pytest.fixture(scope="module")
def texts() -> tuple[list[str], list[str]]:
    stories = reference_stories()
    return stories[:300], stories[1000:1100]


def test_sweep_rows_and_files(tmp_path, texts):
    train, val = texts
    out = tmp_path / "sweep"
    rows = sweep(train, val, [700, 400], "bpe", out, dim=128)
    assert [row["vocab_size"] for row in rows] == [400, 700]  # ascending
    for row in rows:
        assert set(row) == ROW_KEYS
        assert (
            row["embedding_params"]
            == embedding_params(row["vocab_size"], 128)
            == (row["vocab_size"] * 128)
        )
        assert row["train_seconds"] >= 0
    # More pieces compress better and are used less fully.
    assert rows[1]["bytes_per_token"] > rows[0]["bytes_per_token"] > 1.5
    assert rows[1]["tokens_per_word"] < rows[0]["tokens_per_word"]

    assert sorted(p.name for p in out.iterdir()) == sorted([SWEEP_JSON, SWEEP_MD, SWEEP_PNG])
    report = json.loads((out / SWEEP_JSON).read_text())
    assert report["rows"] == rows
    assert (report["kind"], report["dim"], report["n_val_texts"]) == ("bpe", 128, len(val))
    table = (out / SWEEP_MD).read_text().splitlines()
    assert table[2].startswith("| vocab size | bytes/token |")
    assert table[4].startswith("| 400 | ") and table[5].startswith("| 700 | ")
    assert (out / SWEEP_PNG).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_sizes_name_the_size_and_write_nothing(tmp_path, texts):
    train, val = texts
    out = tmp_path / "sweep"
    with pytest.raises(UserError, match=r"sweep size 300: vocab_size 300 is too small"):
        sweep(train[:50], val[:5], [400, 300], "unigram", out)
    with pytest.raises(UserError, match=r"sweep size 50000: vocab_size 50000 is too large"):
        sweep(train[:50], val[:5], [50000], "bpe", out)
    with pytest.raises(UserError, match="byte tokenizer has a single"):
        sweep(train, val, [259], "byte", out)
    with pytest.raises(UserError, match="duplicates"):
        sweep(train, val, [400, 400], "bpe", out)
    with pytest.raises(UserError, match="not a positive integer"):
        sweep(train, val, [0], "bpe", out)
    assert not out.exists()


def test_sweep_corpus_location(tmp_path, texts):
    train, val = texts
    root = tmp_path / "data"
    version = publish_fake_version(root, "ts", {"train": train[:150], "validation": val[:20]})
    out = sweep_corpus(version, [400], "unigram", root)
    assert out == Path(root) / "tokenizers" / "sweeps" / "ts-v1-unigram"
    assert json.loads((out / SWEEP_JSON).read_text())["rows"][0]["vocab_size"] == 400
    # Nothing else is kept: no tokenizer directories next to the sweeps folder.
    assert sorted(p.name for p in (root / "tokenizers").iterdir()) == ["sweeps"]
