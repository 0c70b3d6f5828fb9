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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from hornbook.corpora.card import render_card
from hornbook.corpora.catalog import Catalog, CorpusVersion, sha256_file
from hornbook.corpora.curate.dedupe import normalise
from hornbook.corpora.provenance import code_provenance, describe
from hornbook.corpora.report import (
    render_report,
    sample_documents,
    summary_stats,
    write_plots,
)
from hornbook.corpora.rows import schema_for, to_row
from hornbook.corpora.spec import CorpusSpec

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
    """Hash of the resolved spec (minus description and scheduling), the code that shapes
    shard bytes (`provenance.code_provenance`: source digest and library versions), and
    the bytes of the user files the spec names (vocabulary, seed questions, evaluation
    sets, `files` sources)."""
    data = spec.model_dump(mode="json")
    data.pop("description", None)
    if data.get("sandbox") == {"isolation": "jail"}:
        data.pop("sandbox")  # the default: fingerprints stay what they were before the key
    for section, keys in _SCHEDULING_ONLY.items():
        for key in keys:
            data[section].pop(key, None)
    inputs: dict[str, Any] = {"spec": data, "code": code_provenance(), **_backend_versions()}
    if user_files := _user_file_digests(spec):
        inputs["user_files"] = user_files
    if spec.generator.backend == "files":
        # The data itself is an input: editing a file builds a new version. This also
        # checks the files (UserError naming the file) before any stage starts.
        from hornbook.corpora.backends.files import source_digest

        inputs["files"] = source_digest(spec)
    payload = json.dumps(inputs, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _backend_versions() -> dict[str, str]:
    from hornbook.corpora.backends.template import TEMPLATE_BACKEND_VERSION
    from hornbook.corpora.backends.template_math import TEMPLATE_MATH_VERSION

    return {
        "template_backend": TEMPLATE_BACKEND_VERSION,
        "template_math_backend": TEMPLATE_MATH_VERSION,
    }


def _user_file_digests(spec: CorpusSpec) -> dict[str, str]:
    """SHA-256 of each user file a spec field names by path, keyed `field:path`.

    Shipped names (`child`, `gsm8k-train`, `gsm8k-test`) are covered by the source digest;
    a path that is not a file is left to the loader, which fails with a UserError naming it.
    """
    recipe = spec.recipe
    refs = [("recipe.vocabulary", recipe.vocabulary)]
    if recipe.kind == "math":
        refs.append(("recipe.seed_questions", recipe.seed_questions))
    refs += [("curate.decontamination.sets", s) for s in spec.curate.decontamination.sets]
    return {
        f"{field}:{ref}": sha256_file(Path(ref))
        for field, ref in refs
        if ref and ref not in _SHIPPED_NAMES and Path(ref).is_file()
    }


_SHIPPED_NAMES = {"child", "gsm8k-train", "gsm8k-test"}


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
    rows: pa.Table, split: str, rows_per_shard: int, out: Path
) -> list[dict[str, Any]]:
    count = max(1, math.ceil(rows.num_rows / rows_per_shard))
    shards = []
    for i in range(count):
        # One contiguous chunk, as a table built from just these rows would be.
        chunk = rows.slice(i * rows_per_shard, rows_per_shard).combine_chunks()
        rel = f"data/{split}-{i:05d}-of-{count:05d}.parquet"
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(chunk, path, compression="zstd")
        shards.append(
            {
                "path": rel,
                "split": split,
                "rows": chunk.num_rows,
                "bytes": path.stat().st_size,
                "sha256": sha256_file(path),
            }
        )
    return shards


# Reject metadata that is row content, not a detail of why the row was dropped.
_NOT_DETAIL = {
    "index",
    "prompt",
    "words",
    "features",
    "backend",
    "model",
    "seed",
    "recipe",
    "filter_reason",
    "question",
    "solution",
    "story",
    "summary",
    "sentence",
    "source",
}


def _rejected_rows(rejected_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rejected documents as rows of `REJECTED_SCHEMA`, plus their raw metadata (for usage
    and cluster accounting), both in a deterministic order."""
    found = []
    for stage_dir in (
        sorted(p for p in rejected_dir.iterdir() if p.is_dir()) if rejected_dir.is_dir() else []
    ):
        for doc in read_jsonl_docs(stage_dir):
            meta = doc["metadata"]
            detail = {
                k: v
                for k, v in meta.items()
                if k not in _NOT_DETAIL and (v is None or isinstance(v, str | int | float | bool))
            }
            row = {
                "id": doc["id"],
                "index": meta.get("index"),
                "stage": stage_dir.name,
                "reason": meta.get("filter_reason", stage_dir.name),
                "text": doc.get("text") or "",
                "prompt": meta.get("prompt"),
                "words": meta.get("words"),
                "detail": json.dumps(detail, sort_keys=True),
            }
            found.append((row, meta))
    found.sort(
        key=lambda p: (
            p[0]["index"] if p[0]["index"] is not None else -1,
            p[0]["stage"],
            p[0]["id"],
        )
    )
    return [r for r, _ in found], [m for _, m in found]


# How the report names the counts after the dedupe stages' reject writers.
_STAGE_LABELS = {"duplicate": "exact_dedupe", "near_duplicate": "near_dedupe"}


def stage_counts(
    summary: dict[str, Any] | None, rejected_by_stage: Counter[str], published: int
) -> tuple[int, list[dict[str, Any]]]:
    """`generated` and the documents left after each reject writer, in pipeline order.

    `generated` is measured (the source's documents, counted in stage 1, plus what the
    source itself rejected), not derived from the outputs, so `generated == published +
    rejected` is a real check: `unaccounted` in the last entry says by how much it fails.
    """
    order = list((summary or {}).get("reject_order", []))
    order += sorted(set(rejected_by_stage) - set(order))  # writers nobody announced
    if summary is not None:
        generated = summary.get("source_documents", 0) + sum(
            rejected_by_stage[name] for name in summary.get("source_rejects", [])
        )
    else:
        generated = published + sum(rejected_by_stage.values())
    stages = [{"stage": "generated", "dropped": 0, "documents": generated}]
    left = generated
    for name in order:
        dropped = rejected_by_stage.get(name, 0)
        left -= dropped
        stages.append(
            {"stage": _STAGE_LABELS.get(name, name), "dropped": dropped, "documents": left}
        )
    stages.append(
        {
            "stage": "published",
            "dropped": 0,
            "documents": published,
            "unaccounted": left - published,
        }
    )
    return generated, stages


def token_usage(*metadata: Iterable[dict[str, Any]]) -> dict[str, int]:
    """LLM token accounting summed over published rows and rejects (template rows have none)."""
    usage = {"prompt_tokens": 0, "completion_tokens": 0, "documents_with_usage": 0}
    for items in metadata:
        for meta in items:
            prompt, completion = meta.get("prompt_tokens"), meta.get("completion_tokens")
            if prompt is None and completion is None:
                continue
            usage["prompt_tokens"] += int(prompt or 0)
            usage["completion_tokens"] += int(completion or 0)
            usage["documents_with_usage"] += 1
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return usage


def duplicate_clusters(
    rejected: list[dict[str, Any]], reject_meta: list[dict[str, Any]], recipe_kind: str
) -> dict[str, dict[str, int]]:
    """Cluster-size distributions ({size: clusters}) of exact and near duplicates.

    A cluster is the kept document plus the ones removed as its duplicates. Exact: removed
    documents grouped by their dedupe key. Near: MinHash's cluster ids and sizes, which the
    filter stage stamped on each removed document.
    """
    exact: Counter[str] = Counter()
    near: dict[int, int] = {}
    for row, meta in zip(rejected, reject_meta, strict=True):
        if row["stage"] == "duplicate":
            key = meta.get("question") if recipe_kind == "math" else None
            exact[normalise(key or row["text"])] += 1
        elif row["stage"] == "near_duplicate" and meta.get("minhash_cluster_id", -1) != -1:
            near[meta["minhash_cluster_id"]] = int(meta.get("minhash_cluster_size") or 0)
    return {
        "exact": {str(k): v for k, v in sorted(Counter(n + 1 for n in exact.values()).items())},
        "near": {str(k): v for k, v in sorted(Counter(near.values()).items())},
    }


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
    catalog: Catalog,
    summary: dict[str, Any] | None = None,
) -> PublishResult:
    """Write shards, rejects, report, card and manifest, then rename into `v<N>`.

    `summary` is what the curation stages recorded (`curation_summary`): the reject order
    and the measured `generated` count.
    """
    docs = read_jsonl_docs(curated_dir)
    kind = spec.recipe.kind
    rows = sorted((to_row(d, kind) for d in docs), key=lambda r: r["index"])
    rejected, reject_meta = _rejected_rows(rejected_dir)
    fraction = spec.publish.validation_fraction
    # Converted once: the shards are written from it and the statistics computed on it.
    table = pa.Table.from_pylist(rows, schema=schema_for(kind))
    held_out = pa.array([is_validation(r["id"], fraction) for r in rows], type=pa.bool_())
    splits = {"train": table.filter(pc.invert(held_out)), "validation": table.filter(held_out)}

    staging = catalog.staging_dir(spec.name, uuid.uuid4().hex[:12])
    try:
        shards = []
        for split, split_rows in splits.items():
            shards += _write_shards(split_rows, split, spec.publish.rows_per_shard, staging)
        rej_path = staging / "rejected" / "rejected.parquet"
        rej_path.parent.mkdir(parents=True)
        pq.write_table(
            pa.Table.from_pylist(rejected, schema=REJECTED_SCHEMA), rej_path, compression="zstd"
        )

        drop_reasons = dict(sorted(Counter(r["reason"] for r in rejected).items()))
        by_stage = Counter(r["stage"] for r in rejected)
        generated, stages = stage_counts(summary, by_stage, len(rows))
        dedupe_stages = {"duplicate", "near_duplicate"}
        counts = {
            "generated": generated,
            "after_filters": generated
            - sum(v for k, v in by_stage.items() if k not in dedupe_stages),
            "after_dedupe": len(rows),
            "published": len(rows),
            "train": splits["train"].num_rows,
            "validation": splits["validation"].num_rows,
            "rejected": len(rejected),
        }
        clusters = duplicate_clusters(rejected, reject_meta, kind)
        frame = pl.from_arrow(table)  # zero-copy: statistics, plots and samples
        stats = summary_stats(frame, spec)
        plots = write_plots(frame, stages, drop_reasons, clusters, stats, spec, staging / "report")

        with catalog.lock(spec.name):
            existing = catalog.find_fingerprint(spec.name, fp)
            if existing is not None:
                shutil.rmtree(staging)
                return PublishResult(existing, created=False)
            versions = catalog.versions(spec.name)
            number = (versions[-1] + 1) if versions else 1
            parent = catalog.load(spec.name, versions[-1]) if versions else None
            code = code_provenance()
            manifest = {
                "name": spec.name,
                "version": number,
                "ref": f"{spec.name}@v{number}",
                "fingerprint": fp,
                "code_version": describe(code),
                "code": code,
                "spec_source": spec_source,
                "spec": spec.model_dump(mode="json"),
                # which isolation ran the generated programs (math recipes; None: no programs)
                "sandbox_isolation": spec.sandbox.isolation if kind == "math" else None,
                "parent": parent.ref if parent else None,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "counts": counts,
                "stages": stages,
                "drop_reasons": drop_reasons,
                "duplicate_clusters": clusters,
                "usage": token_usage((d.get("metadata") or {} for d in docs), reject_meta),
                "curation_seconds": (summary or {}).get("seconds", {}),
                "shards": shards,
                "rejected": "rejected/rejected.parquet",
                "report": "report/report.md",
                "stats": stats,
            }
            (staging / "report" / "report.md").write_text(
                render_report(
                    manifest,
                    parent.manifest if parent else None,
                    plots,
                    samples=sample_documents(frame, kind, fp),
                ),
                encoding="utf-8",
            )
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
