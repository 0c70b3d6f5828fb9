"""Tokenizers trained on corpus versions, stored under `<data-root>/tokenizers/<name>/`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from hornbook.corpora.catalog import CorpusVersion, data_root
from hornbook.corpora.errors import RefError, UserError
from hornbook.corpora.names import check_name, looks_like_path
from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.store import load_tokenizer, read_meta, train_tokenizer
from hornbook.tokenizer.sweep import sweep
from hornbook.tokenizer.token_cache import encode_split_cached


def tokenizers_dir(root: str | Path | None = None) -> Path:
    return data_root(root) / "tokenizers"


def default_tokenizer_name(version: CorpusVersion, kind: str, vocab_size: int | None) -> str:
    if kind == "byte":
        return "byte"
    return f"{version.name}-v{version.version}-{kind}{vocab_size}"


def tokenizer_path(name_or_path: str, root: str | Path | None = None) -> Path:
    """A tokenizer directory from its name (under the data root) or its path."""
    direct = Path(name_or_path)
    if (direct / "meta.json").is_file():
        return direct
    if looks_like_path(name_or_path):
        raise RefError(f"{name_or_path} is not a tokenizer directory (it has no meta.json)")
    check_name("tokenizer", name_or_path)  # not a tokenizer folder: it must be a name
    path = tokenizers_dir(root) / name_or_path
    if (path / "meta.json").is_file():
        return path
    folder = tokenizers_dir(root)
    known = (
        sorted(p.name for p in folder.iterdir() if (p / "meta.json").is_file())
        if folder.is_dir()
        else []
    )
    raise RefError(
        f"unknown tokenizer '{name_or_path}' in {folder} (trained tokenizers: {', '.join(known) or 'none'}); "
        "train one with `hornbook tokenizer train REF --kind bpe --vocab-size N --name NAME`"
    )


def ensure_tokenizer(
    version: CorpusVersion,
    kind: str,
    vocab_size: int | None,
    name: str | None = None,
    root: str | Path | None = None,
) -> tuple[str, Path, bool]:
    """Train a tokenizer on `version`'s train split, or reuse an identical one.

    Returns (name, path, created). A tokenizer name is never silently re-pointed: an existing
    tokenizer of that name trained differently is a user error.
    """
    if kind != "byte" and vocab_size is None:
        raise UserError(f"--vocab-size is required for a {kind} tokenizer")
    name = check_name("tokenizer", name or default_tokenizer_name(version, kind, vocab_size))
    path = tokenizers_dir(root) / name
    if (path / "meta.json").is_file():
        meta = read_meta(path)
        same_corpus = (
            kind == "byte" or meta.get("source", {}).get("fingerprint") == version.fingerprint
        )
        same_shape = meta["kind"] == kind and (
            vocab_size is None or meta["vocab_size"] == vocab_size
        )
        if same_corpus and same_shape:
            return name, path, False
        raise UserError(
            f"tokenizer '{name}' already exists at {path} ({meta['kind']}, vocab {meta['vocab_size']}, "
            f"trained on {meta.get('source', {}).get('corpus')}); pick another --name"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    train_tokenizer(
        version.read_texts("train") if kind != "byte" else [],
        version.read_texts("validation"),
        path,
        kind=kind,
        vocab_size=vocab_size,
        name=name,
        source={"corpus": version.ref, "fingerprint": version.fingerprint},
    )
    return name, path, True


def open_tokenizer(name_or_path: str, root: str | Path | None = None) -> tuple[Path, Tokenizer]:
    path = tokenizer_path(name_or_path, root)
    return path, load_tokenizer(path)


def sweeps_dir(root: str | Path | None = None) -> Path:
    return tokenizers_dir(root) / "sweeps"


def sweep_corpus(
    version: CorpusVersion,
    sizes: Sequence[int],
    kind: str,
    root: str | Path | None = None,
) -> Path:
    """Sweep vocab sizes of `kind` on `version` (train split to train, validation to
    measure); write sweep.json/.md/.png to `<data-root>/tokenizers/sweeps/<name>-v<N>-<kind>/`
    and return that directory. A later sweep of the same corpus and kind replaces it."""
    out_dir = sweeps_dir(root) / f"{version.name}-v{version.version}-{kind}"
    sweep(version.read_texts("train"), version.read_texts("validation"), sizes, kind, out_dir)
    return out_dir


def token_cache_dir(root: str | Path | None = None) -> Path:
    return data_root(root) / "cache" / "tokens"


def cached_token_stream(
    version: CorpusVersion,
    split: str,
    tok_name_or_path: str,
    root: str | Path | None = None,
    workers: int = 2,
) -> np.ndarray:
    """`version`'s `split` as one `[bos] + ids + [eos]` stream per document, encoded once
    and then read back from `<data-root>/cache/tokens/` (see `tokenizer.token_cache`)."""
    path, tok = open_tokenizer(tok_name_or_path, root)
    return encode_split_cached(version, split, path, tok, token_cache_dir(root), workers=workers)
