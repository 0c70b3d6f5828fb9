"""`hornbook sample` and `hornbook rejected`: read a few documents of a version quickly.

Both read the Parquet files with polars lazy scans in two passes, so that a look at five
documents of a million-row version costs about a second rather than a full read:

1. the positions of the matching rows: only the columns the filter names are read (none
   without a filter; polars gets the row counts from the file footers);
2. the chosen rows themselves: one `slice` per row on the scan of the file that holds it,
   so polars decodes only that file's row group, and only the columns shown.

`--where` is a SQL condition, parsed by polars' SQL engine (`polars.sql_expr`), over the
row's columns (see `corpora/rows.py`; `split` is added for `sample`): comparisons, AND/OR/
NOT, IN, BETWEEN, IS NULL, LIKE/ILIKE, and functions such as `length(text)`,
`array_contains(features, 'Dialogue')`, `lower(text) LIKE '%dragon%'`. A condition that
does not parse or names an unknown column is a user error (one line, exit 2).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from hornbook.corpora.catalog import CorpusVersion
from hornbook.corpora.errors import UserError

# What `sample` shows of a row, by recipe kind (the body is `text`, printed last).
SAMPLE_FIELDS: dict[str, list[str]] = {
    "stories": ["id", "words", "features", "word_count", "oov_rate", "text"],
    "math": ["id", "question", "answer", "family", "steps", "word_count", "text"],
}
REJECTED_FIELDS = ["id", "index", "stage", "reason", "detail", "words", "text"]


@dataclass(frozen=True)
class _File:
    path: Path
    rows: int
    split: str | None  # None for the rejects file


def _condition(where: str) -> pl.Expr:
    try:
        return pl.sql_expr(where)
    except (pl.exceptions.PolarsError, ValueError) as exc:
        raise UserError(f"--where {where!r}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _scan(file: _File) -> pl.LazyFrame:
    lazy = pl.scan_parquet(file.path)
    return lazy if file.split is None else lazy.with_columns(split=pl.lit(file.split))


def _matching_rows(files: list[_File], where: pl.Expr | None, source: str) -> list[int]:
    """Global row numbers (over `files` in order) of the rows that satisfy `where`."""
    if where is None:
        return list(range(sum(f.rows for f in files)))
    frames = [
        _scan(f).with_row_index("__row", offset=start).filter(where).select("__row")
        for f, start in zip(files, _offsets(files), strict=True)
    ]
    try:
        found = pl.concat(frames).collect()
    except pl.exceptions.ColumnNotFoundError as exc:
        columns = ", ".join(_scan(files[0]).collect_schema().names())
        missing = _first_line(exc).split(";")[0]
        raise UserError(f"--where on {source}: {missing} (columns: {columns})") from None
    except pl.exceptions.PolarsError as exc:
        raise UserError(f"--where on {source}: {_first_line(exc)}") from None
    return found.get_column("__row").to_list()


def _offsets(files: list[_File]) -> list[int]:
    offsets, total = [], 0
    for f in files:
        offsets.append(total)
        total += f.rows
    return offsets


def _read_rows(files: list[_File], rows: list[int], fields: list[str]) -> list[dict[str, Any]]:
    """The given global rows, in the given order, with `fields` (+ split when known)."""
    starts = _offsets(files)
    parts = []
    for row in rows:
        i = max(j for j, start in enumerate(starts) if start <= row)
        file = files[i]
        columns = [*fields, "split"] if file.split is not None else fields
        parts.append(_scan(file).slice(row - starts[i], 1).select(columns))
    if not parts:
        return []
    return pl.concat(parts).collect().to_dicts()


def _shard_files(version: CorpusVersion) -> list[_File]:
    return [
        _File(version.path / s["path"], int(s["rows"]), s["split"])
        for s in version.manifest["shards"]
    ]


def _kind(version: CorpusVersion) -> str:
    return (version.manifest.get("spec") or {}).get("recipe", {}).get("kind", "stories")


def sample_documents(
    version: CorpusVersion, n: int = 5, seed: int = 0, where: str | None = None
) -> list[dict[str, Any]]:
    """`n` documents drawn uniformly (without replacement) from the rows of `version` that
    satisfy `where`, in shard order; the same seed gives the same documents."""
    if n < 1:
        raise UserError(f"-n must be at least 1, got {n}")
    files = [f for f in _shard_files(version) if f.rows]
    condition = _condition(where) if where else None
    matching = _matching_rows(files, condition, version.ref) if files else []
    chosen = sorted(random.Random(seed).sample(matching, min(n, len(matching))))
    return _read_rows(files, chosen, SAMPLE_FIELDS[_kind(version)])


def rejected_documents(
    version: CorpusVersion, reason: str | None = None, n: int = 5, where: str | None = None
) -> list[dict[str, Any]]:
    """The first `n` dropped documents of `version` (in generation order), optionally only
    those dropped for `reason` and satisfying `where`."""
    if n < 1:
        raise UserError(f"-n must be at least 1, got {n}")
    reasons = version.manifest.get("drop_reasons") or {}
    if reason is not None and reason not in reasons:
        known = ", ".join(f"{k} ({v:,})" for k, v in reasons.items()) or "nothing was dropped"
        raise UserError(f"{version.ref} has no documents dropped as {reason!r} ({known})")
    path = version.path / version.manifest.get("rejected", "rejected/rejected.parquet")
    if not path.is_file():
        raise UserError(f"{version.ref} keeps no rejected documents ({path} is missing)")
    rows = pl.scan_parquet(path).select(pl.len()).collect().item()
    files = [_File(path, int(rows), None)]
    conditions = [pl.col("reason") == reason] if reason is not None else []
    if where:
        conditions.append(_condition(where))
    condition = pl.all_horizontal(conditions) if conditions else None
    matching = _matching_rows(files, condition, version.ref) if rows else []
    return _read_rows(files, matching[:n], REJECTED_FIELDS)


# --------------------------------------------------------------------------- printing


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return "-" if value is None else str(value)


def format_documents(docs: list[dict[str, Any]], title: str) -> str:
    """Human-readable: a rule with where the row lives, its fields on one line, its text."""
    blocks = []
    for doc in docs:
        where = " ".join(
            str(doc[k]) for k in ("split", "stage", "reason") if doc.get(k) is not None
        )
        head = f"── {title} {where} id {doc.get('id')} ".ljust(78, "─")
        fields = "  ".join(
            f"{k}: {_value(v)}"
            for k, v in doc.items()
            if k not in ("id", "text", "split", "stage", "reason", "detail")
        )
        lines = [head, fields]
        if doc.get("detail"):
            lines.append(f"detail: {doc['detail']}")
        lines += ["", (doc.get("text") or "").rstrip(), ""]
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def format_json_lines(docs: list[dict[str, Any]]) -> str:
    """One JSON object per document (`detail` decoded), for `jq` and scripts."""
    out = []
    for doc in docs:
        if isinstance(doc.get("detail"), str):
            doc = {**doc, "detail": json.loads(doc["detail"])}
        out.append(json.dumps(doc, ensure_ascii=False, default=str))
    return "\n".join(out)
