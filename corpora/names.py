"""One rule for the names of corpora, tokenizers, runs and comparisons.

Each name becomes a folder under the data root (`corpora/NAME`, `tokenizers/NAME`,
`models/NAME`, `comparisons/NAME`), so a name holding a path separator or `..` would
read or write outside it (`hornbook tokenizer train REF --name ../../evil` once did). A
name is 1-100 characters of letters, digits, `.`, `_` and `-`, starts with a letter or
digit, and holds no `..`. Checked when a command starts, before any work.
"""

from __future__ import annotations

import os
import re

from hornbook.corpora.errors import UserError

__all__ = ["check_name", "is_valid_name", "looks_like_path"]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def is_valid_name(name: str) -> bool:
    return bool(_NAME.fullmatch(name)) and ".." not in name


def check_name(kind: str, name: str) -> str:
    """`name` if it is a valid `kind` name ("corpus", "tokenizer", "run"), else UserError."""
    if not is_valid_name(name):
        raise UserError(
            f"{kind} name {name!r} is not allowed: use 1-100 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit, without '..' or path separators"
        )
    return name


def looks_like_path(ref: str) -> bool:
    """Whether a name-or-path argument was meant as a path (so "unknown NAME" would mislead)."""
    return "/" in ref or os.sep in ref or ref in (".", "..") or ref.startswith("~")
