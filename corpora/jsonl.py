"""Reading user-supplied JSONL (plain or gzipped) with errors that name the file and line.

Seed questions, evaluation sets and `files` sources are all JSONL written by someone else;
a bad line must stop the build with `path:line: what is wrong`, never a traceback.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from hornbook.corpora.errors import UserError


def _open(path: Path) -> IO[str]:
    return (
        gzip.open(path, "rt", encoding="utf-8")
        if path.suffix == ".gz"
        else path.open(encoding="utf-8")
    )


def iter_records(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(1-based line number, object) for every non-blank line of a JSONL file."""
    path = Path(path)
    try:
        with _open(path) as handle:
            for line_no, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UserError(f"{path}:{line_no}: not valid JSON ({exc.msg})") from None
                if not isinstance(record, dict):
                    raise UserError(f"{path}:{line_no}: not a JSON object")
                yield line_no, record
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read as JSONL ({exc})") from None
