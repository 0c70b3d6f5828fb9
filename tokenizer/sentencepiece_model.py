"""SentencePiece BPE / unigram tokenizers, trained losslessly on story text.

Out of the box SentencePiece is *not* lossless: its default NFKC normalisation rewrites
characters, it collapses runs of whitespace, and it trains on lines, so a "\\n" paragraph
break is something it never sees. hornbook scores models in bits per byte of the original
text, so `decode(encode(text)) == text` must hold exactly. The trainer options below buy that:

- ``normalization_rule_name="identity"`` and ``remove_extra_whitespaces=False``: text is
  kept byte for byte, double spaces and leading/trailing spaces included.
- ``add_dummy_prefix=False``: no invented leading space, so the first word of a paragraph is
  tokenised the same whether it opens the story or follows a "\\n".
- "\\n" is a user-defined symbol: always one token of its own. Training data is the texts
  split into paragraphs (SentencePiece's unit is a line), which is also why no learned
  piece can span a paragraph break.
- ``byte_fallback=True``: a character never seen in training (an emoji, a rare accent) is
  spelled as its UTF-8 bytes instead of becoming ``<unk>``.

One limit remains: U+2581 "▁" is SentencePiece's own whitespace marker, so a literal "▁"
in the input decodes as a space. Story text does not contain it.

Ids are fixed so every hornbook tokenizer agrees: unk=0, bos=1, eos=2, pad=3, "\\n"=4;
optional user-defined symbols (e.g. "<|question|>") follow at 5, 6, ...
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sentencepiece as spm
from hornbook.corpora.errors import UserError

SENTENCEPIECE_KINDS = ("bpe", "unigram")
MODEL_FILENAME = "tokenizer.model"

UNK_ID = 0
BOS_ID = 1
EOS_ID = 2
PAD_ID = 3
NEWLINE_PIECE = "\n"

N_BYTE_PIECES = 256
# unk, bos, eos, pad and the "\n" user symbol.
N_FIXED_PIECES = 5
# SentencePiece replaces " " by this meta symbol before counting characters.
_SPACE_SYMBOL = "\u2581"

# Paragraphs longer than this many bytes would be silently dropped by the trainer; the
# default (4192) is close to the length of a long story paragraph, so allow more.
_MAX_SENTENCE_BYTES = 1 << 16

_BYTE_PIECE = re.compile(r"<0x[0-9A-Fa-f]{2}>")
_TOO_HIGH = re.compile(r"Vocabulary size too high \((\d+)\)\. Please set it to a value <= (\d+)")
_TOO_SMALL = re.compile(r"Vocabulary size is smaller than required_chars\. (\d+) vs (\d+)")


class SentencePieceTokenizer:
    """A trained SentencePiece model behind the hornbook `Tokenizer` protocol."""

    def __init__(self, model_file: Path | str, kind: str) -> None:
        """Load `model_file`.

        Raises RuntimeError if the file is missing or not a SentencePiece model, and
        ValueError if the model was not trained with hornbook's fixed special ids (so a
        foreign model cannot silently shift every id the training code relies on).
        """
        if kind not in SENTENCEPIECE_KINDS:
            raise ValueError(f"kind must be one of {SENTENCEPIECE_KINDS}, not {kind!r}")
        self.kind = kind
        self.model_file = Path(model_file)
        self._sp = spm.SentencePieceProcessor(model_file=str(self.model_file))
        expected = {"unk": UNK_ID, "bos": BOS_ID, "eos": EOS_ID, "pad": PAD_ID}
        actual = {
            "unk": self._sp.unk_id(),
            "bos": self._sp.bos_id(),
            "eos": self._sp.eos_id(),
            "pad": self._sp.pad_id(),
        }
        if actual != expected:
            raise ValueError(
                f"{self.model_file}: special ids {actual} differ from hornbook's {expected}"
            )
        self.vocab_size: int = self._sp.get_piece_size()
        self.unk_id = UNK_ID
        self.bos_id = BOS_ID
        self.eos_id = EOS_ID
        self.pad_id = PAD_ID
        self._drop_on_decode = frozenset(expected.values())
        self.byte_fallback_ids: frozenset[int] = frozenset(
            i for i in range(self.vocab_size) if self._sp.is_byte(i)
        )

    @property
    def special_ids(self) -> dict[str, int]:
        """Name -> id of every special token."""
        return {"pad": self.pad_id, "bos": self.bos_id, "eos": self.eos_id, "unk": self.unk_id}

    def encode(self, text: str) -> list[int]:
        """Ids of `text`, without BOS/EOS."""
        return self._sp.encode(text)

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        """`encode` over many texts, using SentencePiece's multi-threaded batch encoder."""
        return self._sp.encode(list(texts))

    def decode(self, ids: Sequence[int]) -> str:
        """Text of `ids`, with pad/bos/eos/unk dropped.

        SentencePiece itself would render unk as " ⁇ "; encode never produces it (byte
        fallback covers every character) so dropping it only matters for sampled ids.
        """
        kept: list[int] = []
        for raw in ids:
            i = int(raw)
            if not 0 <= i < self.vocab_size:
                raise ValueError(f"token id {i} is outside [0, {self.vocab_size})")
            if i not in self._drop_on_decode:
                kept.append(i)
        return self._sp.decode(kept)

    def id_to_piece(self, token_id: int) -> str:
        """The vocabulary string of one id (byte pieces look like "<0xE2>")."""
        return self._sp.id_to_piece(token_id)

    def __repr__(self) -> str:
        return f"SentencePieceTokenizer(kind={self.kind!r}, vocab_size={self.vocab_size}, model_file={str(self.model_file)!r})"


@dataclass(frozen=True)
class SentencePieceTraining:
    """What `train_sentencepiece` wrote and what it trained on (recorded in meta.json)."""

    model_file: Path
    n_texts: int  # texts read from the input iterable
    n_paragraphs: int  # non-empty paragraphs in those texts
    n_paragraphs_used: int  # after the max_sentences sample
    options: dict[str, object]  # the hornbook-level training options, for reproducibility


def min_vocab_size(n_distinct_chars: int) -> int:
    """Smallest vocab_size SentencePiece accepts at character_coverage 1.0.

    Every distinct character of the training text needs a piece, on top of the 256
    byte-fallback pieces, the four special ids and the "\\n" symbol.
    """
    return N_FIXED_PIECES + N_BYTE_PIECES + n_distinct_chars


def check_user_defined_symbols(symbols: Sequence[str]) -> tuple[str, ...]:
    """Validate extra user-defined symbols; return them as a tuple, in order.

    A symbol must be a non-empty string without whitespace (SentencePiece rewrites " " to
    its "▁" marker before matching, and a "\n" would collide with the paragraph split) that
    is not a special piece, a byte piece or a duplicate: any of those would either be
    refused by the trainer with an obscure message or shift ids silently.
    """
    if isinstance(symbols, str):
        raise UserError(
            f"user_defined_symbols must be a list of strings, not the string {symbols!r}"
        )
    reserved = {"<unk>", "<s>", "</s>", "<pad>", NEWLINE_PIECE}
    seen: list[str] = []
    for symbol in symbols:
        if not isinstance(symbol, str) or not symbol:
            raise UserError(f"user-defined symbol {symbol!r} must be a non-empty string")
        if any(ch.isspace() or ch == _SPACE_SYMBOL for ch in symbol):
            raise UserError(f"user-defined symbol {symbol!r} must not contain whitespace")
        if symbol in reserved or _BYTE_PIECE.fullmatch(symbol):
            raise UserError(f"user-defined symbol {symbol!r} is reserved for a special piece")
        if symbol in seen:
            raise UserError(f"user-defined symbol {symbol!r} is listed twice")
        seen.append(symbol)
    return tuple(seen)


def sample_paragraphs(
    texts: Iterable[str], max_sentences: int, seed: int
) -> tuple[list[str], int, int]:
    """Split `texts` into non-empty paragraphs and keep a uniform sample of at most
    `max_sentences` of them (reservoir sampling, so memory stays bounded however large the
    corpus is). Returns (sample, n_texts, n_paragraphs).

    The sample is taken here, with a seeded `random.Random`, rather than by SentencePiece's
    own `input_sentence_size`/`shuffle_input_sentence`, because that relies on a
    process-global seed; here the same input and seed always give the same sample.
    """
    rng = random.Random(seed)
    sample: list[str] = []
    n_texts = 0
    n_paragraphs = 0
    for text in texts:
        n_texts += 1
        for paragraph in text.split("\n"):
            if not paragraph:
                continue
            n_paragraphs += 1
            if len(sample) < max_sentences:
                sample.append(paragraph)
            else:
                slot = rng.randrange(n_paragraphs)
                if slot < max_sentences:
                    sample[slot] = paragraph
    return sample, n_texts, n_paragraphs


def train_sentencepiece(
    texts: Iterable[str],
    out_dir: Path | str,
    kind: str,
    vocab_size: int,
    *,
    character_coverage: float = 1.0,
    max_sentences: int = 500_000,
    seed: int = 0,
    num_threads: int = 2,
    split_digits: bool = True,
    user_defined_symbols: Sequence[str] = (),
) -> SentencePieceTraining:
    """Train a lossless SentencePiece `kind` model on `texts`; write out_dir/tokenizer.model.

    `max_sentences` caps how many paragraphs are trained on (a seeded uniform sample).
    `split_digits` keeps every digit a token of its own, so a small model sees "305" as
    3-0-5 and can learn arithmetic-like regularities instead of memorising number pieces.
    `user_defined_symbols` (e.g. "<|question|>") are always one token each, wherever they
    appear; they take ids right after "\n" (5, 6, ...) and count towards `vocab_size`.
    `character_coverage` below 1.0 leaves the rarest characters out of the vocabulary; they
    are then spelled with byte-fallback pieces (still lossless).
    Training is deterministic: the same texts and options give a byte-identical model file
    (`num_threads` is part of the options: it is recorded in the model, so a different
    thread count gives different bytes, though in practice the same pieces).

    Raises UserError for a bad kind or option, for input with no text, and for a vocab_size
    the text cannot support (too small for its characters, or more pieces than it has).
    """
    if kind not in SENTENCEPIECE_KINDS:
        raise UserError(
            f"unknown SentencePiece kind {kind!r}; expected one of {SENTENCEPIECE_KINDS}"
        )
    if not isinstance(vocab_size, int) or isinstance(vocab_size, bool) or vocab_size <= 0:
        raise UserError(f"vocab_size must be a positive integer, not {vocab_size!r}")
    if not 0.0 < character_coverage <= 1.0:
        raise UserError(f"character_coverage must be in (0, 1], not {character_coverage}")
    if max_sentences < 1:
        raise UserError(f"max_sentences must be at least 1, not {max_sentences}")
    if num_threads < 1:
        raise UserError(f"num_threads must be at least 1, not {num_threads}")
    user_symbols = check_user_defined_symbols(user_defined_symbols)
    floor = min_vocab_size(0) + len(user_symbols)
    if vocab_size <= floor:
        extra = f", {len(user_symbols)} user-defined symbols" if user_symbols else ""
        raise UserError(
            f"vocab_size {vocab_size} is too small for a {kind} tokenizer: {floor} ids go to "
            f"the 4 special ids, the newline piece{extra} and the 256 byte-fallback pieces "
            f"before any character"
        )

    sample, n_texts, n_paragraphs = sample_paragraphs(texts, max_sentences, seed)
    if not sample:
        raise UserError(
            f"cannot train a {kind} tokenizer: the training texts are empty ({n_texts} texts)"
        )
    if character_coverage >= 1.0:
        chars: set[str] = set()
        for paragraph in sample:
            # Characters inside a user-defined symbol need no piece of their own when they
            # only ever occur there; if they occur elsewhere too, the trainer says so itself.
            for symbol in user_symbols:
                paragraph = paragraph.replace(symbol, "")
            chars.update(paragraph)
        if " " in chars:
            chars.discard(" ")
            chars.add(_SPACE_SYMBOL)
        needed = min_vocab_size(len(chars)) + len(user_symbols)
        if vocab_size < needed:
            extra = f", {len(user_symbols)} user-defined symbols" if user_symbols else ""
            raise UserError(
                f"vocab_size {vocab_size} is too small for a {kind} tokenizer of this text: it "
                f"needs at least {needed} (4 special ids, the newline piece{extra}, 256 "
                f"byte-fallback pieces and {len(chars)} distinct characters)"
            )

    options: dict[str, object] = {
        "character_coverage": character_coverage,
        "max_sentences": max_sentences,
        "seed": seed,
        "num_threads": num_threads,
        "split_digits": split_digits,
        "user_defined_symbols": list(user_symbols),
    }
    model = io.BytesIO()
    # The model goes to a BytesIO, not model_prefix: SentencePiece records model_prefix in
    # the model, and a path (often a temporary directory) there would break determinism.
    spm.set_random_generator_seed(seed)
    try:
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(sample),
            model_writer=model,
            model_type=kind,
            vocab_size=vocab_size,
            character_coverage=character_coverage,
            byte_fallback=True,
            unk_id=UNK_ID,
            bos_id=BOS_ID,
            eos_id=EOS_ID,
            pad_id=PAD_ID,
            user_defined_symbols=[NEWLINE_PIECE, *user_symbols],
            split_digits=split_digits,
            normalization_rule_name="identity",
            remove_extra_whitespaces=False,
            add_dummy_prefix=False,
            max_sentence_length=_MAX_SENTENCE_BYTES,
            input_sentence_size=0,  # the sample above is already capped
            shuffle_input_sentence=False,
            num_threads=num_threads,
            minloglevel=2,  # errors only; the trainer is otherwise very chatty on stderr
        )
    except RuntimeError as exc:
        raise _user_error(exc, kind, vocab_size, len(sample)) from exc

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_file = out / MODEL_FILENAME
    model_file.write_bytes(model.getvalue())
    return SentencePieceTraining(
        model_file=model_file,
        n_texts=n_texts,
        n_paragraphs=n_paragraphs,
        n_paragraphs_used=len(sample),
        options=options,
    )


def _user_error(exc: RuntimeError, kind: str, vocab_size: int, n_paragraphs: int) -> UserError:
    """Turn a SentencePiece trainer failure into a message about what the user asked for."""
    message = str(exc)
    if match := _TOO_HIGH.search(message):
        return UserError(
            f"vocab_size {vocab_size} is too large for a {kind} tokenizer of this training text "
            f"({n_paragraphs} paragraphs support at most {match.group(2)}): use a smaller "
            f"vocab_size or more text"
        )
    if match := _TOO_SMALL.search(message):
        return UserError(
            f"vocab_size {vocab_size} is too small for a {kind} tokenizer of this text: it "
            f"needs at least {match.group(2)}"
        )
    detail = message.split("] ", 1)[-1].strip() or message.strip()
    return UserError(
        f"SentencePiece could not train a {kind} tokenizer of vocab_size {vocab_size}: {detail}"
    )
