"""Hugging Face `tokenizer.json` for hornbook tokenizers, id for id.

A model trained here is only useful elsewhere (a Hugging Face training script, a Hub
upload, an inference server) if those tools tokenise exactly as we do: a single shifted id
silently degrades every prediction. So the export is rebuilt with the `tokenizers` library
from the trained SentencePiece model itself (not via `transformers`' SentencePiece
converters, which need protobuf and assume SentencePiece's default normalisation), mirroring
each of the options `tokenizer.sentencepiece_model` trains with:

- no normaliser (SentencePiece's "identity" rule) and a `Metaspace` pre-tokeniser that
  never prepends a space (``add_dummy_prefix=False``) and splits before every "▁", exactly
  where SentencePiece splits words;
- "\\n" and any user-defined symbols as (non-special) added tokens, so they are cut out whole
  before the model sees the text, as SentencePiece's prefix matcher does;
- the BPE merges are every pair of pieces whose concatenation is a piece, ranked by the
  score (= rank) of the result, which is the order SentencePiece's BPE encoder merges in;
  the unigram model keeps SentencePiece's log-probabilities;
- byte fallback, and a `Replace("▁", " ") + ByteFallback + Fuse` decoder with no strip.

The byte tokenizer becomes a BPE model whose only pieces are the 256 byte-fallback pieces,
at ids 0..255, so every character falls back to its UTF-8 bytes, which is what it is.

Special pieces (unk, bos, eos, pad) are registered as special added tokens so that
`skip_special_tokens=True` drops them on decode like our `decode` does. One corner follows
from how `tokenizers` treats special tokens: literal text such as "<s>" is matched as the
special token unless special-token splitting is on (`tokenizer.encode_special_tokens = True`,
or `split_special_tokens=True` in transformers, which the written tokenizer_config.json
sets). hornbook never matches specials in text.

A second corner is unigram only: `tokenizers`' unigram lattice also matches the *names* of
special and byte pieces ("<s>", "<0x41>") in text, where SentencePiece never does. They get
a hopeless score here, so whenever every character of the name is in the vocabulary the
ordinary pieces win; but if one is not (story text rarely has "<" or ">"), the only rival
path goes through the unknown piece, whose score `tokenizers` derives from the lowest in
the vocabulary, and the name wins. So literal piece names in text are the one place the
export may differ (tested, see tests/test_tokenizer_export.py); story text never has them.

`transformers.PreTrainedTokenizerFast.from_pretrained(tok_dir)` works on a trained
directory thanks to the `tokenizer_config.json` and `special_tokens_map.json` written beside
`tokenizer.json`; no BOS/EOS are added on encode (add_bos_token/add_eos_token false, no
post-processor) and `clean_up_tokenization_spaces` is off so decoding is lossless.
"""

from __future__ import annotations

import json
from pathlib import Path

import sentencepiece as spm
from hornbook.corpora.errors import IntegrityError, UserError
from hornbook.tokenizer.byte_level import BOS_ID as BYTE_BOS_ID
from hornbook.tokenizer.byte_level import EOS_ID as BYTE_EOS_ID
from hornbook.tokenizer.byte_level import N_BYTES
from hornbook.tokenizer.byte_level import PAD_ID as BYTE_PAD_ID
from hornbook.tokenizer.sentencepiece_model import MODEL_FILENAME, SENTENCEPIECE_KINDS
from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

HF_TOKENIZER_FILENAME = "tokenizer.json"
HF_CONFIG_FILENAME = "tokenizer_config.json"
HF_SPECIAL_TOKENS_FILENAME = "special_tokens_map.json"
# Everything `write_hf_files` writes: derived from the model, so not part of its identity.
HF_FILENAMES = (HF_TOKENIZER_FILENAME, HF_CONFIG_FILENAME, HF_SPECIAL_TOKENS_FILENAME)

_SPACE_SYMBOL = "\u2581"
# Far below any real log-probability, so the unigram lattice never picks such a piece.
_NEVER_SCORE = -1e9
# The piece names of hornbook's special ids, shared by every kind.
_SPECIAL_NAMES = {"unk": "<unk>", "bos": "<s>", "eos": "</s>", "pad": "<pad>"}


def _byte_piece(value: int) -> str:
    """SentencePiece's (and `tokenizers`' byte fallback's) name for one byte: "<0x0A>"."""
    return f"<0x{value:02X}>"


def build_hf_tokenizer(kind: str, model_file: Path | None = None) -> Tokenizer:
    """A `tokenizers.Tokenizer` that encodes and decodes exactly like our `kind` tokenizer.

    `model_file` is the SentencePiece model for "bpe" and "unigram" (ignored for "byte").
    Raises UserError for an unknown kind and IntegrityError for an unreadable model.
    """
    if kind == "byte":
        return _build_byte()
    if kind not in SENTENCEPIECE_KINDS:
        raise UserError(f"cannot export a tokenizer of kind {kind!r}")
    if model_file is None:
        raise UserError(f"a {kind} tokenizer needs its {MODEL_FILENAME} to be exported")
    try:
        sp = spm.SentencePieceProcessor(model_file=str(model_file))
    except (RuntimeError, OSError) as exc:
        raise IntegrityError(f"{model_file} is not a usable SentencePiece model: {exc}") from exc
    return _build_sentencepiece(sp, kind)


def _build_sentencepiece(sp: spm.SentencePieceProcessor, kind: str) -> Tokenizer:
    size = sp.get_piece_size()
    pieces = [sp.id_to_piece(i) for i in range(size)]
    special = [i for i in range(size) if sp.is_control(i) or sp.is_unknown(i)]
    byte_ids = [i for i in range(size) if sp.is_byte(i)]
    first_byte = min(byte_ids, default=size)
    # SentencePiece lays out meta pieces first: control/unk, then user-defined symbols, then
    # the byte pieces, then the learned ones. Its Python API has no is_user_defined(), so the
    # user-defined symbols ("\n" and the caller's) are the non-special ids before the bytes.
    user_defined = [
        i
        for i in range(first_byte)
        if i not in special and not sp.is_unused(i) and i not in byte_ids
    ]
    learned = set(range(size)) - set(special) - set(byte_ids) - set(user_defined)
    unk_id = sp.unk_id()

    model: models.Model
    if kind == "bpe":
        vocab = {piece: i for i, piece in enumerate(pieces)}
        model = models.BPE(
            vocab=vocab,
            merges=_bpe_merges(sp, pieces, learned),
            unk_token=pieces[unk_id],
            byte_fallback=True,
            fuse_unk=False,
            ignore_merges=False,
        )
    else:
        scores = [
            (piece, sp.get_score(i) if i in learned else _NEVER_SCORE)
            for i, piece in enumerate(pieces)
        ]
        model = models.Unigram(scores, unk_id=unk_id, byte_fallback=True)

    tok = Tokenizer(model)
    tok.normalizer = None
    tok.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement=_SPACE_SYMBOL, prepend_scheme="never", split=True
    )
    tok.decoder = decoders.Sequence(
        [decoders.Replace(_SPACE_SYMBOL, " "), decoders.ByteFallback(), decoders.Fuse()]
    )
    tok.add_tokens([_plain_token(pieces[i]) for i in user_defined])
    tok.add_special_tokens([_special_token(pieces[i]) for i in sorted(special)])
    return tok


def _bpe_merges(
    sp: spm.SentencePieceProcessor, pieces: list[str], learned: set[int]
) -> list[tuple[str, str]]:
    """Every (left, right) of learned pieces whose concatenation is a learned piece.

    SentencePiece's BPE encoder repeatedly merges the adjacent pair whose concatenation is
    the piece of highest score, i.e. lowest rank, so ranking the pairs by the merged piece's
    score (then by the ids of the halves, for a stable order) reproduces it. Enumerating the
    split points of each piece is linear in the total length of the vocabulary.
    """
    by_piece = {pieces[i]: i for i in learned}
    ranked: list[tuple[float, int, int, str, str]] = []
    for merged_id in learned:
        merged = pieces[merged_id]
        for cut in range(1, len(merged)):
            left, right = merged[:cut], merged[cut:]
            if left in by_piece and right in by_piece:
                ranked.append(
                    (-sp.get_score(merged_id), by_piece[left], by_piece[right], left, right)
                )
    ranked.sort()
    return [(left, right) for *_, left, right in ranked]


def _build_byte() -> Tokenizer:
    vocab = {_byte_piece(b): b for b in range(N_BYTES)}
    vocab.update(
        {
            _SPECIAL_NAMES["pad"]: BYTE_PAD_ID,
            _SPECIAL_NAMES["bos"]: BYTE_BOS_ID,
            _SPECIAL_NAMES["eos"]: BYTE_EOS_ID,
        }
    )
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[], byte_fallback=True, ignore_merges=False))
    tok.normalizer = None
    tok.pre_tokenizer = None
    tok.decoder = decoders.Sequence([decoders.ByteFallback(), decoders.Fuse()])
    tok.add_special_tokens([_special_token(_SPECIAL_NAMES[name]) for name in ("pad", "bos", "eos")])
    return tok


def _plain_token(content: str) -> AddedToken:
    return AddedToken(content, single_word=False, lstrip=False, rstrip=False, normalized=False)


def _special_token(content: str) -> AddedToken:
    return AddedToken(
        content, single_word=False, lstrip=False, rstrip=False, normalized=False, special=True
    )


def transformers_config(kind: str, special_ids: dict[str, int]) -> tuple[dict, dict]:
    """(tokenizer_config.json, special_tokens_map.json) for `from_pretrained(tok_dir)`.

    Only the specials the tokenizer has are named (the byte tokenizer has no unk).
    """
    tokens = {f"{name}_token": _SPECIAL_NAMES[name] for name in special_ids}
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        **tokens,
        "add_bos_token": False,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
        "split_special_tokens": True,
        "model_max_length": 1_000_000_000,
        "hornbook_kind": kind,
    }
    return config, tokens


def write_hf_files(kind: str, special_ids: dict[str, int], out_dir: Path) -> list[Path]:
    """Write tokenizer.json, tokenizer_config.json and special_tokens_map.json to `out_dir`.

    `out_dir` must already hold the SentencePiece model for "bpe"/"unigram". Returns the
    written paths.
    """
    out_dir = Path(out_dir)
    model_file = None if kind == "byte" else out_dir / MODEL_FILENAME
    tok = build_hf_tokenizer(kind, model_file)
    check_specials(tok, special_ids)
    config, special_map = transformers_config(kind, special_ids)
    written = [
        out_dir / HF_TOKENIZER_FILENAME,
        out_dir / HF_CONFIG_FILENAME,
        out_dir / HF_SPECIAL_TOKENS_FILENAME,
    ]
    tok.save(str(written[0]), pretty=False)
    written[1].write_text(json.dumps(config, indent=2) + "\n")
    written[2].write_text(json.dumps(special_map, indent=2) + "\n")
    return written


def check_specials(tok: Tokenizer, special_ids: dict[str, int]) -> None:
    """The exported ids of the specials must be ours, or every sequence would be off."""
    for name, expected in special_ids.items():
        actual = tok.token_to_id(_SPECIAL_NAMES[name])
        if actual != expected:
            raise IntegrityError(
                f"exported {name} token {_SPECIAL_NAMES[name]!r} has id {actual}, not {expected}"
            )
