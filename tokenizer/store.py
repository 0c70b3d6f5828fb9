"""Training tokenizers into, and loading them from, self-describing directories.

A tokenizer directory holds the model file(s) and a ``meta.json`` that says what it is
(kind, vocab size, special ids), where it came from (the ``source`` the caller passes: a
corpus ref and fingerprint), how well it compresses held-out text, and a SHA-256 of every
file so a tampered or truncated model is caught at load time instead of silently changing
every token id. Beside the model go a Hugging Face ``tokenizer.json`` (plus the
``tokenizer_config.json``/``special_tokens_map.json`` that ``from_pretrained`` reads), so
the directory is usable from `transformers` as is; see `tokenizer.hf_export`. Directories
trained before the export existed have no such files and load all the same.

A directory appears complete or not at all: everything is written into a hidden temporary
sibling and renamed into place, and a failure removes the temporary directory. An existing
directory is never overwritten; whether to delete it first is the caller's decision.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from hornbook.corpora.errors import IntegrityError, RefError, UserError
from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.byte_level import BYTE_VOCAB_SIZE, ByteTokenizer
from hornbook.tokenizer.hf_export import (
    HF_TOKENIZER_FILENAME,
    build_hf_tokenizer,
    check_specials,
    write_hf_files,
)
from hornbook.tokenizer.metrics import tokenizer_metrics
from hornbook.tokenizer.sentencepiece_model import (
    MODEL_FILENAME,
    SENTENCEPIECE_KINDS,
    SentencePieceTokenizer,
    train_sentencepiece,
)

TOKENIZER_KINDS = ("bpe", "unigram", "byte")
META_FILENAME = "meta.json"
# Bump when meta.json or the directory layout changes incompatibly.
FORMAT_VERSION = 1


def train_tokenizer(
    train_texts: Iterable[str],
    val_texts: Sequence[str],
    out_dir: Path,
    kind: str,
    vocab_size: int | None,
    name: str,
    source: dict,
    *,
    character_coverage: float = 1.0,
    max_sentences: int = 500_000,
    seed: int = 0,
    num_threads: int = 2,
    split_digits: bool = True,
    user_defined_symbols: Sequence[str] = (),
) -> dict:
    """Train (or, for "byte", build) a tokenizer into `out_dir` and return its meta.json.

    `train_texts` is streamed once (it may be a generator over a large split);
    `val_texts` are used only for the metrics in meta.json. `source` is recorded verbatim
    and must be JSON-serialisable. The keyword options are passed to
    `train_sentencepiece` and recorded under meta["training"]; the byte kind ignores them
    and its `train_texts` (it has no vocabulary to add user-defined symbols to, so asking
    for some is an error).

    Raises UserError if `out_dir` exists, `kind` is unknown, or `vocab_size` does not fit
    the kind (None or 259 for "byte"; required, and supported by the text, otherwise).
    """
    out_dir = Path(out_dir)
    if kind not in TOKENIZER_KINDS:
        raise UserError(f"unknown tokenizer kind {kind!r}; expected one of {TOKENIZER_KINDS}")
    if out_dir.exists():
        raise UserError(f"tokenizer {name} already exists at {out_dir}")
    if kind == "byte":
        if vocab_size not in (None, BYTE_VOCAB_SIZE):
            raise UserError(
                f"the byte tokenizer has a fixed vocab_size of {BYTE_VOCAB_SIZE} "
                f"(256 bytes + pad, bos, eos), not {vocab_size}; leave vocab_size unset"
            )
        if user_defined_symbols:
            raise UserError(
                "the byte tokenizer cannot have user-defined symbols (its 259 ids are fixed); "
                "train a bpe or unigram tokenizer instead"
            )
    elif vocab_size is None:
        raise UserError(f"a {kind} tokenizer needs a vocab_size")

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        started = time.perf_counter()
        training: dict[str, object]
        tok: ByteTokenizer | SentencePieceTokenizer
        if kind == "byte":
            tok = ByteTokenizer()
            training = {}
        else:
            assert kind in SENTENCEPIECE_KINDS and vocab_size is not None
            trained = train_sentencepiece(
                train_texts,
                tmp_dir,
                kind,
                vocab_size,
                character_coverage=character_coverage,
                max_sentences=max_sentences,
                seed=seed,
                num_threads=num_threads,
                split_digits=split_digits,
                user_defined_symbols=user_defined_symbols,
            )
            tok = SentencePieceTokenizer(trained.model_file, kind)
            training = {
                **trained.options,
                "n_texts": trained.n_texts,
                "n_paragraphs": trained.n_paragraphs,
                "n_paragraphs_used": trained.n_paragraphs_used,
            }
        training["seconds"] = round(time.perf_counter() - started, 3)
        write_hf_files(kind, tok.special_ids, tmp_dir)

        files = {
            path.name: {"sha256": _sha256(path), "bytes": path.stat().st_size}
            for path in sorted(tmp_dir.iterdir())
        }
        meta = {
            "format_version": FORMAT_VERSION,
            "name": name,
            "kind": kind,
            "vocab_size": tok.vocab_size,
            "special_ids": tok.special_ids,
            "source": dict(source),
            "training": training,
            "metrics": tokenizer_metrics(tok, val_texts),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": files,
        }
        (tmp_dir / META_FILENAME).write_text(json.dumps(meta, indent=2, sort_keys=False) + "\n")
        # rename() would replace an *empty* directory created meanwhile; refuse that too.
        if out_dir.exists():
            raise UserError(f"tokenizer {name} already exists at {out_dir}")
        tmp_dir.rename(out_dir)
    except BaseException:
        shutil.rmtree(tmp_dir, ignore_errors=True)
        raise
    return meta


def read_meta(path: Path) -> dict:
    """The meta.json of the tokenizer directory `path` (RefError if there is none)."""
    path = Path(path)
    if not path.is_dir():
        raise RefError(f"no tokenizer at {path}: not a directory")
    meta_file = path / META_FILENAME
    if not meta_file.is_file():
        raise RefError(f"{path} is not a hornbook tokenizer: {META_FILENAME} is missing")
    try:
        meta = json.loads(meta_file.read_text())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IntegrityError(f"{meta_file} is unreadable: {exc}") from exc
    if not isinstance(meta, dict):
        raise IntegrityError(f"{meta_file} is not a JSON object")
    version = meta.get("format_version")
    if version != FORMAT_VERSION:
        raise IntegrityError(
            f"{meta_file} has tokenizer format version {version!r}; this hornbook reads "
            f"version {FORMAT_VERSION}"
        )
    return meta


def load_tokenizer(path: Path) -> Tokenizer:
    """Load the tokenizer saved at directory `path` by `train_tokenizer`.

    Raises RefError if `path` is not a tokenizer directory and IntegrityError if meta.json
    or a model file is corrupt, altered since training, or inconsistent (both UserErrors).
    """
    path = Path(path)
    meta = read_meta(path)
    kind = meta.get("kind")
    if kind not in TOKENIZER_KINDS:
        raise IntegrityError(f"{path / META_FILENAME}: unknown tokenizer kind {kind!r}")

    files = meta.get("files")
    if not isinstance(files, dict):
        raise IntegrityError(f"{path / META_FILENAME}: 'files' is missing or not an object")
    for filename, info in files.items():
        file = path / filename
        if not file.is_file():
            raise IntegrityError(f"{file} is missing (listed in {META_FILENAME})")
        if not isinstance(info, dict) or _sha256(file) != info.get("sha256"):
            raise IntegrityError(f"{file} does not match the SHA-256 in {META_FILENAME}")

    tok: ByteTokenizer | SentencePieceTokenizer
    if kind == "byte":
        tok = ByteTokenizer()
    else:
        model_file = path / MODEL_FILENAME
        if MODEL_FILENAME not in files:
            raise IntegrityError(f"{path / META_FILENAME} does not list {MODEL_FILENAME}")
        try:
            tok = SentencePieceTokenizer(model_file, kind)
        except (RuntimeError, OSError, ValueError) as exc:
            raise IntegrityError(
                f"{model_file} is not a usable SentencePiece model: {exc}"
            ) from exc
    if tok.vocab_size != meta.get("vocab_size") or tok.special_ids != meta.get("special_ids"):
        raise IntegrityError(
            f"{path}: the model (vocab_size {tok.vocab_size}, special ids {tok.special_ids}) "
            f"does not match {META_FILENAME} (vocab_size {meta.get('vocab_size')}, special ids "
            f"{meta.get('special_ids')})"
        )
    return tok


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export_tokenizer_json(tok_dir: Path, out_file: Path | None = None) -> Path:
    """The Hugging Face `tokenizer.json` of the hornbook tokenizer at `tok_dir`.

    The directory is integrity-checked first (the checksums meta.json lists, the special
    ids). With no `out_file` the file goes to `<tok_dir>/tokenizer.json`: a directory trained
    by this version of hornbook already has it, checksummed in meta.json, and it is returned
    as is; an older directory gets it written (derived from the model, so it is not added to
    meta.json, which is written once at training). Returns the path of the file.
    """
    tok_dir = Path(tok_dir)
    meta = read_meta(tok_dir)
    load_tokenizer(tok_dir)  # checksums and special ids, before trusting the model file
    if out_file is None:
        target = tok_dir / HF_TOKENIZER_FILENAME
        if HF_TOKENIZER_FILENAME in meta.get("files", {}):
            return target  # verified by load_tokenizer just above
    else:
        target = Path(out_file)
    kind = meta["kind"]
    model_file = None if kind == "byte" else tok_dir / MODEL_FILENAME
    tok = build_hf_tokenizer(kind, model_file)
    check_specials(tok, meta["special_ids"])
    target.parent.mkdir(parents=True, exist_ok=True)
    tok.save(str(target), pretty=False)
    return target
