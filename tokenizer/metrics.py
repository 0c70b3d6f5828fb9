"""How well a tokenizer compresses a set of texts.

bytes_per_token is the number that matters downstream: for a fixed model size, more bytes per
token means more text per context window, and it converts a model's nats per token into bits
per byte. The rest explain it: tokens_per_word and chars_per_token for humans,
vocab_utilisation to spot a vocabulary too large for the corpus (many ids never used), and
byte_fallback_share to spot one too small or trained on the wrong text (many characters
spelled byte by byte).

The other side of the trade is embedding_params: every id costs a row of the embedding
matrix (and of the output head unless it is tied). For the small models hornbook trains
that is not a rounding error: at width 256 a 4096-piece vocabulary is ~1M parameters, as
much as several transformer blocks, so compression must be weighed against it.
"""

from __future__ import annotations

from collections.abc import Sequence

from hornbook.tokenizer.base import Tokenizer

# Model widths (d_model) at which metrics report the embedding cost, from tiny to small.
EMBEDDING_DIMS = (64, 128, 256, 512)


def embedding_params(vocab_size: int, dim: int, tied: bool = True) -> int:
    """Parameters spent on the vocabulary by a model of width `dim`.

    One `dim`-vector per id in the input embedding; an untied output head (logits over the
    vocabulary) costs as much again. Biases are not counted: hornbook's model has none.
    """
    if vocab_size < 0 or dim < 0:
        raise ValueError(f"vocab_size and dim must be non-negative, not {vocab_size}, {dim}")
    return vocab_size * dim * (1 if tied else 2)


def tokenizer_metrics(tok: Tokenizer, texts: Sequence[str]) -> dict:
    """Compression statistics of `tok` over `texts` (typically a validation split).

    Keys: n_texts, n_tokens, n_bytes (UTF-8), n_chars, n_words (whitespace-separated),
    bytes_per_token, chars_per_token, tokens_per_word, vocab_utilisation (share of the
    vocab_size ids produced at least once; specials are never produced, so 1.0 is out of
    reach), byte_fallback_share (share of tokens that are byte-fallback pieces), and
    embedding_params: {str(dim): tied embedding parameters} for each of EMBEDDING_DIMS
    (string keys, as they round-trip through meta.json).

    byte_fallback_share is None for the byte tokenizer, where every token is a byte by
    design so the share carries no information, and for any tokenizer that does not expose
    `byte_fallback_ids`. Ratios are None when their denominator is zero (no texts, no words).
    """
    texts = list(texts)
    encoded = tok.encode_batch(texts)
    n_tokens = sum(len(ids) for ids in encoded)
    n_bytes = sum(len(text.encode("utf-8")) for text in texts)
    n_chars = sum(len(text) for text in texts)
    n_words = sum(len(text.split()) for text in texts)

    used: set[int] = set()
    for ids in encoded:
        used.update(ids)

    fallback_ids = None if tok.kind == "byte" else getattr(tok, "byte_fallback_ids", None)
    if fallback_ids is None:
        byte_fallback_share = None
    else:
        n_fallback = sum(1 for ids in encoded for i in ids if i in fallback_ids)
        byte_fallback_share = _ratio(n_fallback, n_tokens)

    return {
        "n_texts": len(texts),
        "n_tokens": n_tokens,
        "n_bytes": n_bytes,
        "n_chars": n_chars,
        "n_words": n_words,
        "bytes_per_token": _ratio(n_bytes, n_tokens),
        "chars_per_token": _ratio(n_chars, n_tokens),
        "tokens_per_word": _ratio(n_tokens, n_words),
        "vocab_utilisation": _ratio(len(used), tok.vocab_size),
        "byte_fallback_share": byte_fallback_share,
        "embedding_params": {
            str(dim): embedding_params(tok.vocab_size, dim) for dim in EMBEDDING_DIMS
        },
    }


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
