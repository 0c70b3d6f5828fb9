"""Atomic, durable file replacement, shared by every stage that writes something others read.

One helper for the whole project (corpus manifests, tokenizer caches, checkpoints, run
metadata): the new content goes to a temporary sibling, is flushed to disk (`fsync`), and
is renamed over the target, and the rename itself is made durable by syncing the
directory. A reader sees the old file or the new one, never half of one, even after a
power cut, and a crash mid-write leaves the old file and no temporary behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files 0600; published artifacts should get the usual 0644-style mode.
_FILE_MODE = 0o666 & ~_current_umask()


def _fsync(path: Path | str, flags: int = os.O_RDONLY) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of `path`; when the block succeeds it replaces `path`.

    Whatever the block wrote to the temporary file (by name: `torch.save`, `np.save`,
    `pq.write_table`, ...) is fsynced before the rename, and the directory after it. On
    error the temporary file is removed and `path` is untouched.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, _FILE_MODE)
    try:
        yield Path(tmp)
        _fsync(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))


def atomic_write(path: Path, write: Callable[[IO[bytes]], Any]) -> None:
    """Replace `path` atomically with what `write(handle)` writes to a binary handle."""
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        write(handle)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace `path` atomically with `text` (UTF-8)."""
    atomic_write(path, lambda handle: handle.write(text.encode("utf-8")))
