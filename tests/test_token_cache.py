"""Tests for the encode-once token cache (tokenizer/token_cache.py).

The corpus is a tiny published version written directly (reference stories as Parquet
shards plus a manifest), which is all `CorpusVersion` and `Catalog` need; building one with
the real pipeline would cost far more than the code under test.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hornbook.corpora.catalog import Catalog, CorpusVersion
from hornbook.corpora.errors import UserError
from hornbook.corpora.reference_stories import load_reference_stories
from hornbook.tokenizer import load_tokenizer, train_tokenizer
from hornbook.tokenizer.corpus import cached_token_stream, token_cache_dir
from hornbook.tokenizer.stream import encode_documents, stream_dtype
from hornbook.tokenizer.token_cache import (
    CHUNK_DOCUMENTS,
    encode_split_cached,
    tokenizer_hash,
)

N_TRAIN = 800  # > CHUNK_DOCUMENTS, so the pool gets two chunks
FINGERPRINT = "f" * 8 + hashlib.sha256(b"token-cache-test").hexdigest()[8:]


def reference_stories() -> list[str]:
    return list(load_reference_stories())


def publish_fake_version(
    root: Path, name: str, splits: dict[str, list[str]], fingerprint: str = FINGERPRINT
) -> CorpusVersion:
    """Write `<root>/corpora/<name>/v1/` with one Parquet shard per split and a manifest
    that `CorpusVersion.read_texts` (checksums included) and `Catalog.resolve` accept."""
    version_dir = root / "corpora" / name / "v1"
    (version_dir / "data").mkdir(parents=True)
    shards = []
    for split, texts in splits.items():
        rel = f"data/{split}-00000.parquet"
        pq.write_table(pa.table({"text": texts}), version_dir / rel)
        data = (version_dir / rel).read_bytes()
        shards.append(
            {
                "path": rel,
                "split": split,
                "rows": len(texts),
                "bytes": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    manifest = {"name": name, "version": 1, "fingerprint": fingerprint, "shards": shards}
    (version_dir / "manifest.json").write_text(json.dumps(manifest))
    return Catalog(root).resolve(f"{name}@v1")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, CorpusVersion]:
    stories = reference_stories()
    root = tmp_path_factory.mktemp("data")
    # An empty and a very short document too: both still get their bos/eos.
    train = stories[:N_TRAIN] + ["", "Hi."]
    version = publish_fake_version(root, "ts", {"train": train, "validation": stories[N_TRAIN:]})
    return root, version


@pytest.fixture(scope="module")
def tokenizers_(corpus) -> dict[str, Path]:
    root, version = corpus
    out = {}
    for kind, vocab in (("bpe", 512), ("byte", None)):
        path = root / "tokenizers" / f"ts-{kind}"
        train_tokenizer(
            version.read_texts("train"), [], path, kind, vocab, f"ts-{kind}", {"corpus": "ts@v1"}
        )
        out[kind] = path
    return out


@pytest.mark.parametrize("kind", ["bpe", "byte"])
def test_cached_stream_equals_encode_documents(corpus, tokenizers_, tmp_path, kind):
    _, version = corpus
    tok_dir = tokenizers_[kind]
    tok = load_tokenizer(tok_dir)
    expected = encode_documents(version.read_texts("train"), tok)

    stream = encode_split_cached(version, "train", tok_dir, tok, tmp_path, workers=2)
    assert stream.dtype == expected.dtype == stream_dtype(tok.vocab_size) == np.uint16
    np.testing.assert_array_equal(stream, expected)
    assert not stream.flags.writeable

    # The layout on disk, and nothing half-written left behind.
    entry = tmp_path / f"{version.fingerprint[:16]}-{tokenizer_hash(tok_dir)[:16]}"
    assert sorted(p.name for p in entry.iterdir()) == ["train.json", "train.npy"]
    meta = json.loads((entry / "train.json").read_text())
    assert meta["n_documents"] == N_TRAIN + 2
    assert meta["n_tokens"] == len(expected)
    assert (stream == tok.bos_id).sum() == N_TRAIN + 2


def test_second_call_reads_the_cache(corpus, tokenizers_, tmp_path, monkeypatch):
    _, version = corpus
    tok_dir = tokenizers_["bpe"]
    tok = load_tokenizer(tok_dir)
    first = encode_split_cached(version, "validation", tok_dir, tok, tmp_path, workers=1)

    def no_reading(*args, **kwargs):
        raise AssertionError("a cache hit must not read or encode the corpus")

    monkeypatch.setattr(CorpusVersion, "read_texts", no_reading)
    monkeypatch.setattr(type(tok), "encode_batch", no_reading)
    started = time.perf_counter()
    second = encode_split_cached(version, "validation", tok_dir, tok, tmp_path, workers=2)
    assert time.perf_counter() - started < 0.5
    assert isinstance(second, np.memmap)
    np.testing.assert_array_equal(first, second)


def test_pool_and_in_process_agree(corpus, tokenizers_, tmp_path):
    _, version = corpus
    tok_dir = tokenizers_["bpe"]
    tok = load_tokenizer(tok_dir)
    assert len(version.read_texts("train")) > CHUNK_DOCUMENTS
    pooled = encode_split_cached(version, "train", tok_dir, tok, tmp_path / "a", workers=2)
    inline = encode_split_cached(version, "train", tok_dir, tok, tmp_path / "b", workers=1)
    np.testing.assert_array_equal(pooled, inline)


def test_broken_entry_is_recomputed(corpus, tokenizers_, tmp_path):
    _, version = corpus
    tok_dir = tokenizers_["byte"]
    tok = load_tokenizer(tok_dir)
    good = np.array(encode_split_cached(version, "validation", tok_dir, tok, tmp_path, 1))
    (stream_file,) = tmp_path.glob("*/validation.npy")
    stream_file.write_bytes(b"truncated")
    again = encode_split_cached(version, "validation", tok_dir, tok, tmp_path, workers=1)
    np.testing.assert_array_equal(again, good)


def test_tokenizer_hash_is_stable_and_ignores_the_hf_export(tokenizers_, tmp_path):
    tok_dir = tokenizers_["bpe"]
    first = tokenizer_hash(tok_dir)
    assert first == tokenizer_hash(tok_dir) and len(first) == 64
    assert first != tokenizer_hash(tokenizers_["byte"])
    # A copy without the Hugging Face files (as trained before the export existed) is
    # the same tokenizer, so it shares the cache entries.
    copy = tmp_path / "copy"
    copy.mkdir()
    meta = json.loads((tok_dir / "meta.json").read_text())
    meta["files"] = {"tokenizer.model": meta["files"]["tokenizer.model"]}
    (copy / "meta.json").write_text(json.dumps(meta))
    (copy / "tokenizer.model").write_bytes((tok_dir / "tokenizer.model").read_bytes())
    assert tokenizer_hash(copy) == first
    meta["files"]["tokenizer.model"]["sha256"] = "0" * 64
    (copy / "meta.json").write_text(json.dumps(meta))
    assert tokenizer_hash(copy) != first


def test_cached_token_stream_under_the_data_root(corpus, tokenizers_):
    root, version = corpus
    tok = load_tokenizer(tokenizers_["bpe"])
    stream = cached_token_stream(version, "validation", "ts-bpe", root)
    np.testing.assert_array_equal(stream, encode_documents(version.read_texts("validation"), tok))
    assert list(token_cache_dir(root).glob("*/validation.npy"))
    assert token_cache_dir(root) == root / "cache" / "tokens"


def test_errors(corpus, tokenizers_, tmp_path):
    _, version = corpus
    bpe = load_tokenizer(tokenizers_["bpe"])
    with pytest.raises(UserError, match="no 'test' split"):
        encode_split_cached(version, "test", tokenizers_["bpe"], bpe, tmp_path)
    with pytest.raises(UserError, match="is not the one at"):
        encode_split_cached(version, "train", tokenizers_["byte"], bpe, tmp_path)
