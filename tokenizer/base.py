"""The tokenizer contract every stage after curation relies on.

Training and scoring only ever see this protocol, so a SentencePiece BPE/unigram model and
the byte-level tokenizer are interchangeable, and bits per byte stay comparable across them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Tokenizer(Protocol):
    """Text <-> token ids, with the special ids a causal LM needs."""

    kind: str  # "bpe" | "unigram" | "byte"
    vocab_size: int  # number of ids, specials included; ids are in [0, vocab_size)
    bos_id: int
    eos_id: int
    pad_id: int

    def encode(self, text: str) -> list[int]:
        """Ids of `text`, without BOS/EOS. decode(encode(t)) == t for corpus text."""
        ...

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        """`encode` over many texts, as fast as the backend allows."""
        ...

    def decode(self, ids: Sequence[int]) -> str:
        """Text of `ids`; special ids are dropped."""
        ...
