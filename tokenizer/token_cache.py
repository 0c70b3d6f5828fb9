"""Encode a corpus split once, then reuse the token stream from disk.

Every training run, and every resumed run, starts by turning the train split into one flat
stream of ids. That costs seconds on a toy corpus and minutes on a real one, and the result
only depends on two immutable things: the corpus version (its fingerprint) and the
tokenizer (its model files). So the stream is computed once, with a process pool, and kept
as `<cache_root>/<fingerprint[:16]>-<tokenizer hash[:16]>/<split>.npy` next to a small
`<split>.json`; later calls memory-map it.

The stream is exactly what `tokenizer.stream.encode_documents` produces (`[bos] + ids +
[eos]` per document, in document order, uint16 when the vocabulary fits, else int32): the
pool's workers call it on chunks, and a test compares the cached stream with one call.

Both files are written to temporary names and renamed into place (`os.replace`), the .npy
first: a reader that finds the .json finds a complete stream, and two processes filling
the same entry at once just both write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from hornbook.corpora.atomic import atomic_write
from hornbook.corpora.catalog import CorpusVersion
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.hf_export import HF_FILENAMES
from hornbook.tokenizer.store import read_meta
from hornbook.tokenizer.stream import encode_documents, stream_dtype

# Documents per task sent to a worker: big enough to amortise the pickling, small enough
# that two workers stay evenly loaded on a small split.
CHUNK_DOCUMENTS = 512
# Bump when the stream layout or the cache entry format changes.
CACHE_FORMAT_VERSION = 1


def tokenizer_hash(tok_dir: Path) -> str:
    """A stable identity of the tokenizer at `tok_dir`: sha256 hex of kind, vocab size and
    the checksums of its model files (from meta.json).

    Not of meta.json itself, which holds a creation time and metrics; and not of the
    Hugging Face export files, which are derived from the model and do not change a single
    id, so a re-export does not invalidate cached streams. Two directories trained
    identically (same model bytes) share their cache entries.
    """
    meta = read_meta(Path(tok_dir))
    files = {
        name: info.get("sha256")
        for name, info in sorted(meta.get("files", {}).items())
        if name not in HF_FILENAMES
    }
    identity = {"kind": meta["kind"], "vocab_size": meta["vocab_size"], "files": files}
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()


def cache_dir_for(version: CorpusVersion, tok_dir: Path, cache_root: Path) -> Path:
    """The cache entry directory of (`version`, tokenizer at `tok_dir`)."""
    return Path(cache_root) / f"{version.fingerprint[:16]}-{tokenizer_hash(tok_dir)[:16]}"


def encode_split_cached(
    version: CorpusVersion,
    split: str,
    tok_dir: Path,
    tokenizer: Tokenizer,
    cache_root: Path,
    workers: int = 2,
) -> np.ndarray:
    """The token stream of `version`'s `split` under the tokenizer at `tok_dir`.

    `tokenizer` must be the one loaded from `tok_dir` (it supplies the special ids and
    encodes in-process when `workers` <= 1; workers load their own copy from `tok_dir`).
    The first call encodes with `workers` processes and stores the stream; later calls
    return it memory-mapped (read-only) without reading the corpus at all. The array is
    read-only in both cases.

    Raises UserError if the split has no shards or `workers` is negative.
    """
    tok_dir = Path(tok_dir)
    if workers < 0:
        raise UserError(f"workers must be at least 0, not {workers}")
    tok_meta = read_meta(tok_dir)
    if (tok_meta["kind"], tok_meta["vocab_size"]) != (tokenizer.kind, tokenizer.vocab_size):
        raise UserError(
            f"the tokenizer passed ({tokenizer.kind}, vocab {tokenizer.vocab_size}) is not the "
            f"one at {tok_dir} ({tok_meta['kind']}, vocab {tok_meta['vocab_size']})"
        )
    entry = cache_dir_for(version, tok_dir, cache_root)
    stream_file = entry / f"{split}.npy"
    meta_file = entry / f"{split}.json"
    if cached := _load_entry(stream_file, meta_file):
        return cached[0]

    if not version.shard_paths(split):
        raise UserError(f"{version.ref} has no {split!r} split")
    started = time.perf_counter()
    texts = version.read_texts(split)
    dtype = stream_dtype(tokenizer.vocab_size)
    if workers <= 1 or len(texts) <= CHUNK_DOCUMENTS:
        parts = [_encode_chunk_with(tokenizer, texts, dtype)]
    else:
        parts = _encode_in_pool(tok_dir, texts, dtype, workers)
    stream = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
    seconds = time.perf_counter() - started

    entry.mkdir(parents=True, exist_ok=True)
    atomic_write(stream_file, lambda f: np.save(f, stream, allow_pickle=False))
    meta = {
        "format_version": CACHE_FORMAT_VERSION,
        "corpus": version.ref,
        "fingerprint": version.fingerprint,
        "split": split,
        "tokenizer_dir": str(tok_dir),
        "tokenizer_hash": tokenizer_hash(tok_dir),
        "kind": tokenizer.kind,
        "vocab_size": tokenizer.vocab_size,
        "dtype": dtype.name,
        "n_documents": len(texts),
        "n_tokens": int(stream.shape[0]),
        "encode_seconds": round(seconds, 3),
        "workers": workers,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    payload = (json.dumps(meta, indent=2) + "\n").encode()
    atomic_write(meta_file, lambda f: f.write(payload))
    loaded = _load_entry(stream_file, meta_file)
    assert loaded is not None, f"cache entry {entry} vanished right after being written"
    return loaded[0]


def _load_entry(stream_file: Path, meta_file: Path) -> tuple[np.ndarray, dict] | None:
    """The cached stream and its meta, or None if the entry is absent or inconsistent
    (then it is simply recomputed and replaced)."""
    if not (stream_file.is_file() and meta_file.is_file()):
        return None
    try:
        meta = json.loads(meta_file.read_text())
        if not isinstance(meta, dict) or meta.get("format_version") != CACHE_FORMAT_VERSION:
            return None
        # An empty array has no data bytes to map; numpy refuses to mmap it.
        mode = "r" if meta.get("n_tokens") else None
        stream = np.load(stream_file, mmap_mode=mode, allow_pickle=False)
    except (OSError, ValueError):
        return None
    if mode is None:
        stream.setflags(write=False)
    if (
        stream.ndim != 1
        or stream.shape[0] != meta.get("n_tokens")
        or stream.dtype.name != meta.get("dtype")
    ):
        return None
    return stream, meta


def _encode_chunk_with(tokenizer: Tokenizer, texts: Sequence[str], dtype: np.dtype) -> np.ndarray:
    stream = encode_documents(texts, tokenizer, batch_size=max(1, len(texts)))
    assert stream.dtype == dtype, f"stream dtype {stream.dtype} is not the entry's {dtype}"
    return stream


def _encode_in_pool(
    tok_dir: Path, texts: list[str], dtype: np.dtype, workers: int
) -> list[np.ndarray]:
    """Encode `texts` in chunks across `workers` processes; parts come back in order.

    "spawn" rather than fork: the parent may hold threads (SentencePiece's batch encoder,
    torch) and forking a threaded process can deadlock. Each worker loads the tokenizer
    once, from `tok_dir`, in its initializer.
    """
    chunks = [texts[i : i + CHUNK_DOCUMENTS] for i in range(0, len(texts), CHUNK_DOCUMENTS)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(
        processes=min(workers, len(chunks)),
        initializer=_init_worker,
        initargs=(str(tok_dir), dtype.str),
    ) as pool:
        return pool.map(_encode_in_worker, chunks, chunksize=1)


# Per-worker state, set once by _init_worker.
_worker_tokenizer: Tokenizer | None = None
_worker_dtype: np.dtype | None = None


def _init_worker(tok_dir: str, dtype: str) -> None:
    global _worker_tokenizer, _worker_dtype
    from hornbook.tokenizer.store import load_tokenizer

    _worker_tokenizer = load_tokenizer(Path(tok_dir))
    _worker_dtype = np.dtype(dtype)


def _encode_in_worker(texts: list[str]) -> np.ndarray:
    assert _worker_tokenizer is not None and _worker_dtype is not None
    return _encode_chunk_with(_worker_tokenizer, texts, _worker_dtype)
