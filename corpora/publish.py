"""Publishing: curated documents -> an immutable, checksummed corpus version.

Everything is written into a staging directory beside the versions; only when the shards,
rejects, report, card and manifest are all on disk is the directory renamed to `v<N>`
(atomic on POSIX), under a per-name lock that also makes the version number and the
"this fingerprint already exists" check race-free. Shards are written deterministically
(rows in generation order, a fixed schema, no timestamps), so the same spec and seed give
byte-identical Parquet files.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import shutil
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from corpora import CODE_VERSION
from corpora.card import render_card
from corpora.catalog import Catalog, CorpusVersion, sha256_file
from corpora.report import write_report
from corpora.rows import schema_for, to_row
from corpora.spec import CorpusSpec

REJECTED_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("index", pa.int64()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("text", pa.string()),
        ("prompt", pa.string()),
        ("words", pa.list_(pa.string())),
        ("detail", pa.string()),
    ]
)

# Keys that decide where and how fast work runs, never what it produces. `executor.tasks`
# stays in: the survivor among identical texts in exact dedupe depends on the partition.
_SCHEDULING_ONLY = {
    "executor": {"workers", "kind", "ray", "slurm"},
    "generator": {"concurrency", "request_timeout", "max_retries", "api_key_env"},
}


def fingerprint(spec: CorpusSpec) -> str:
    """Hash of the resolved spec (minus description and scheduling) and the code version."""
    data = spec.model_dump(mode="json")
    data.pop("description", None)
    for section, keys in _SCHEDULING_ONLY.items():
        for key in keys:
            data[section].pop(key, None)
    payload = json.dumps(
        {"spec": data, "code": CODE_VERSION, **_backend_versions()}, sort_keys=True
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _backend_versions() -> dict[str, str]:
    from corpora.backends.template import TEMPLATE_BACKEND_VERSION

    return {"template_backend": TEMPLATE_BACKEND_VERSION}


def read_jsonl_docs(folder: Path) -> list[dict[str, Any]]:
    """Documents written by DataTrove's JsonlWriter (`{"text", "id", "metadata"}` per line)."""
    docs = []
    for path in sorted(folder.rglob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            docs.extend(json.loads(line) for line in handle if line.strip())
    return docs


def is_validation(row_id: str, fraction: float) -> bool:
    """A stable split: a row's side depends only on its content hash."""
    return int(row_id[:8], 16) / 0xFFFFFFFF < fraction


def _write_shards(
    rows: list[dict[str, Any]], split: str, rows_per_shard: int, out: Path, schema: pa.Schema
) -> list[dict[str, Any]]:
    count = max(1, math.ceil(len(rows) / rows_per_shard))
    shards = []
    for i in range(count):
        chunk = rows[i * rows_per_shard : (i + 1) * rows_per_shard]
        rel = f"data/{split}-{i:05d}-of-{count:05d}.parquet"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(chunk, schema=schema)
        pq.write_table(table, path, compression="zstd")
        shards.append(
            {
                "path": rel,
                "split": split,
                "rows": len(chunk),
                "bytes": path.stat().st_size,
                "sha256": sha256_file(path),
            }
        )
    return shards


def _rejected_rows(rejected_dir: Path) -> list[dict[str, Any]]:
    rows = []
    for stage_dir in (
        sorted(p for p in rejected_dir.iterdir() if p.is_dir()) if rejected_dir.is_dir() else []
    ):
        for doc in read_jsonl_docs(stage_dir):
            meta = doc["metadata"]
            detail = {k: meta[k] for k in ("missing_words", "oov_rate", "word_count") if k in meta}
            rows.append(
                {
                    "id": doc["id"],
                    "index": meta.get("index"),
                    "stage": stage_dir.name,
                    "reason": meta.get("filter_reason", stage_dir.name),
                    "text": doc["text"],
                    "prompt": meta.get("prompt"),
                    "words": meta.get("words"),
                    "detail": json.dumps(detail, sort_keys=True),
                }
            )
    rows.sort(key=lambda r: (r["index"] if r["index"] is not None else -1, r["stage"]))
    return rows


@dataclass(frozen=True)
class PublishResult:
    version: CorpusVersion
    created: bool  # False when a version with the same fingerprint already existed


def publish(
    spec: CorpusSpec,
    spec_source: str,
    fp: str,
    curated_dir: Path,
    rejected_dir: Path,
    generated: int,
    catalog: Catalog,
) -> PublishResult:
    """Write shards, rejects, report, card and manifest, then rename into `v<N>`."""
    docs = read_jsonl_docs(curated_dir)
    kind = spec.recipe.kind
    rows = sorted((to_row(d, kind) for d in docs), key=lambda r: r["index"])
    rejected = _rejected_rows(rejected_dir)
    fraction = spec.publish.validation_fraction
    splits = {
        "train": [r for r in rows if not is_validation(r["id"], fraction)],
        "validation": [r for r in rows if is_validation(r["id"], fraction)],
    }

    staging = catalog.staging_dir(spec.name, uuid.uuid4().hex[:12])
    try:
        shards = []
        for split, split_rows in splits.items():
            shards += _write_shards(
                split_rows, split, spec.publish.rows_per_shard, staging, schema_for(kind)
            )
        rej_path = staging / "rejected" / "rejected.parquet"
        rej_path.parent.mkdir(parents=True)
        pq.write_table(
            pa.Table.from_pylist(rejected, schema=REJECTED_SCHEMA), rej_path, compression="zstd"
        )

        drop_reasons = dict(sorted(Counter(r["reason"] for r in rejected).items()))
        by_stage = Counter(r["stage"] for r in rejected)
        counts = {
            "generated": generated,
            "after_filters": generated - sum(v for k, v in by_stage.items() if k != "duplicate"),
            "after_dedupe": len(rows),
            "published": len(rows),
            "train": len(splits["train"]),
            "validation": len(splits["validation"]),
            "rejected": len(rejected),
        }
        stats = write_report(rows, drop_reasons, counts, spec, staging / "report")

        with catalog.lock(spec.name):
            existing = catalog.find_fingerprint(spec.name, fp)
            if existing is not None:
                shutil.rmtree(staging)
                return PublishResult(existing, created=False)
            versions = catalog.versions(spec.name)
            number = (versions[-1] + 1) if versions else 1
            manifest = {
                "name": spec.name,
                "version": number,
                "ref": f"{spec.name}@v{number}",
                "fingerprint": fp,
                "code_version": CODE_VERSION,
                "spec_source": spec_source,
                "spec": spec.model_dump(mode="json"),
                "parent": f"{spec.name}@v{versions[-1]}" if versions else None,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "counts": counts,
                "drop_reasons": drop_reasons,
                "shards": shards,
                "rejected": "rejected/rejected.parquet",
                "report": "report/report.md",
                "stats": stats,
            }
            (staging / "manifest.json").write_text(
                json.dumps(manifest, indent=2) + "\n", encoding="utf-8"
            )
            (staging / "README.md").write_text(render_card(manifest), encoding="utf-8")
            final = catalog.corpora_dir / spec.name / f"v{number}"
            os.rename(staging, final)
        return PublishResult(catalog.load(spec.name, number), created=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
