"""Tailored tokenizers for hornbook corpora.

A tokenizer is trained on a corpus version's train split (SentencePiece BPE or unigram,
lossless on story text) or is the fixed byte-level baseline. Each lives in a directory with
a meta.json recording its kind, special ids, source corpus and held-out compression metrics;
`load_tokenizer` gives back an object satisfying the `Tokenizer` protocol, which is all that
training and scoring ever use.
"""

from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.byte_level import ByteTokenizer
from hornbook.tokenizer.metrics import embedding_params, tokenizer_metrics
from hornbook.tokenizer.sentencepiece_model import SentencePieceTokenizer, train_sentencepiece
from hornbook.tokenizer.store import (
    TOKENIZER_KINDS,
    export_tokenizer_json,
    load_tokenizer,
    read_meta,
    train_tokenizer,
)

__all__ = [
    "TOKENIZER_KINDS",
    "ByteTokenizer",
    "SentencePieceTokenizer",
    "Tokenizer",
    "embedding_params",
    "export_tokenizer_json",
    "load_tokenizer",
    "read_meta",
    "tokenizer_metrics",
    "train_sentencepiece",
    "train_tokenizer",
]
