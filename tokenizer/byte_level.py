"""The byte-level tokenizer: every UTF-8 byte is a token, nothing is learned.

It is the baseline every trained tokenizer is measured against (bytes per token is exactly
1.0) and the fallback when a corpus is too small to train a vocabulary on. Ids 0..255 are
the byte values themselves, so an id sequence *is* the UTF-8 encoding of the text; the three
special ids sit right after them.
"""

from __future__ import annotations

from collections.abc import Sequence

N_BYTES = 256
PAD_ID = 256
BOS_ID = 257
EOS_ID = 258
BYTE_VOCAB_SIZE = 259


class ByteTokenizer:
    """UTF-8 bytes as ids 0..255, then pad=256, bos=257, eos=258 (vocab_size 259)."""

    kind: str = "byte"
    vocab_size: int = BYTE_VOCAB_SIZE
    pad_id: int = PAD_ID
    bos_id: int = BOS_ID
    eos_id: int = EOS_ID

    @property
    def special_ids(self) -> dict[str, int]:
        """Name -> id of every special token (there is no unk: every byte is representable)."""
        return {"pad": self.pad_id, "bos": self.bos_id, "eos": self.eos_id}

    def encode(self, text: str) -> list[int]:
        """The UTF-8 bytes of `text`; never emits a special id."""
        return list(text.encode("utf-8"))

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        """`encode` over many texts (pure Python is already fast enough: one C call each)."""
        return [list(text.encode("utf-8")) for text in texts]

    def decode(self, ids: Sequence[int]) -> str:
        """Text of `ids`, specials dropped.

        Invalid UTF-8 (e.g. a sequence cut in the middle of a multi-byte character, which a
        sampling model can produce) becomes U+FFFD rather than an exception.
        """
        data = bytearray()
        for raw in ids:
            i = int(raw)
            if 0 <= i < N_BYTES:
                data.append(i)
            elif not N_BYTES <= i < BYTE_VOCAB_SIZE:
                raise ValueError(f"token id {i} is outside [0, {BYTE_VOCAB_SIZE})")
        return data.decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return "ByteTokenizer(vocab_size=259)"
