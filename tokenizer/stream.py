"""The token-stream layout every consumer shares: `[bos] + ids + [eos]` per document.

Training windows may span document boundaries (nanoGPT/llama2.c packing, no padding), so
the model learns where stories start and end. Streams are stored in the narrowest dtype
the vocabulary allows (uint16 below 65,536 ids), which halves memory next to int32. The
token cache (`tokenizer.token_cache`) and the trainer's in-memory path both pack with
`encode_documents`, so a cached stream is the in-memory one, id for id.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import numpy as np
from hornbook.tokenizer.base import Tokenizer


def stream_dtype(vocab_size: int) -> np.dtype:
    """The narrowest dtype that holds every id of a `vocab_size` vocabulary."""
    return np.dtype(np.uint16) if vocab_size < 65536 else np.dtype(np.int32)


def encode_documents(
    texts: Iterable[str], tokenizer: Tokenizer, batch_size: int = 1024
) -> np.ndarray:
    """One flat stream of `[bos] + ids + [eos]` per document, in input order.

    Texts are encoded `batch_size` at a time so that fast tokenizer backends can batch
    while a large corpus never has to be held as Python lists all at once.
    """
    dtype = stream_dtype(tokenizer.vocab_size)
    chunks: list[np.ndarray] = []
    iterator = iter(texts)
    while batch := list(islice(iterator, batch_size)):
        flat: list[int] = []
        for ids in tokenizer.encode_batch(batch):
            flat.append(tokenizer.bos_id)
            flat.extend(ids)
            flat.append(tokenizer.eos_id)
        chunks.append(np.asarray(flat, dtype=dtype))
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=dtype)
