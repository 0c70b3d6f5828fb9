"""Data-recipe comparison: rank corpus versions by training the same small proxy on each.

In the spirit of DataDecide (small proxy models rank data recipes), every version gets the
same preset, the same token budget and the same seed; every model is scored on one common
held-out set, in bits per byte so that versions with different tokenizers stay comparable.
The held-out set is the union of the versions' validation splits minus every document that
appears in any version's train split, so no model is scored on text it was trained on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from hornbook.corpora.atomic import atomic_path  # noqa: E402
from hornbook.corpora.catalog import Catalog, CorpusVersion, data_root  # noqa: E402
from hornbook.corpora.errors import UserError  # noqa: E402
from hornbook.corpora.names import check_name
from hornbook.train.runs import RunPlan, plan_run  # noqa: E402

MAX_HELDOUT_DOCS = 500
# The name `ranked_on` takes when no evaluation set is given.
HELDOUT = "common held-out set"


@dataclass(frozen=True)
class ComparisonPlan:
    name: str
    preset: str
    versions: list[CorpusVersion]
    runs: list[RunPlan]
    out_dir: Path


def comparisons_dir(root: str | Path | None = None) -> Path:
    return data_root(root) / "comparisons"


def plan_comparison(
    refs: list[str],
    preset: str,
    tokenizer: str | None = None,
    name: str | None = None,
    root: str | Path | None = None,
) -> ComparisonPlan:
    """Check every input before training anything."""
    if len(refs) < 2:
        raise UserError("compare needs at least two corpus versions")
    catalog = Catalog(root)
    versions = [catalog.resolve(ref) for ref in refs]
    seen: dict[str, str] = {}
    for ref, version in zip(refs, versions, strict=True):
        if version.fingerprint in seen:
            raise UserError(f"{ref} and {seen[version.fingerprint]} are the same corpus version")
        seen[version.fingerprint] = ref
    name = name or "-vs-".join(f"{v.name}-v{v.version}" for v in versions) + f"-{preset}"
    check_name("comparison", name)
    runs = [
        plan_run(v.ref, preset, tokenizer, f"{name}--{v.name}-v{v.version}", root) for v in versions
    ]
    return ComparisonPlan(name, preset, versions, runs, comparisons_dir(root) / name)


def _ids_and_texts(version: CorpusVersion, split: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in version.shard_paths(split):
        table = pq.read_table(path, columns=["id", "text"])
        rows.extend(
            zip(table.column("id").to_pylist(), table.column("text").to_pylist(), strict=True)
        )
    return rows


def common_heldout(versions: list[CorpusVersion], max_docs: int = MAX_HELDOUT_DOCS) -> list[str]:
    """Validation documents of all versions that none of them trains on, in a fixed order."""
    train_ids: set[str] = set()
    for version in versions:
        version.verify()
        train_ids.update(doc_id for doc_id, _ in _ids_and_texts(version, "train"))
    pool: dict[str, str] = {}
    for version in versions:
        for doc_id, text in _ids_and_texts(version, "validation"):
            if doc_id not in train_ids:
                pool.setdefault(doc_id, text)
    if not pool:
        raise UserError(
            "the versions share no held-out text (every validation document is in some train split)"
        )
    # Interleave versions fairly: order by id (a content hash), which mixes sources.
    return [pool[doc_id] for doc_id in sorted(pool)[:max_docs]]


def rank(results: list[dict[str, Any]], ranked_on: str = HELDOUT) -> list[dict[str, Any]]:
    """Best first: lowest bits per byte on `ranked_on`, an evaluation set named in each
    row's `evals`, or the common held-out set (`HELDOUT`). Each row gets `rank` and
    `rank_bits_per_byte`, the figure it was ranked by."""
    for row in results:
        row["rank_bits_per_byte"] = (
            row["bits_per_byte"]
            if ranked_on == HELDOUT
            else row["evals"][ranked_on]["bits_per_byte"]
        )
    ordered = sorted(results, key=lambda r: r["rank_bits_per_byte"])
    for position, row in enumerate(ordered, start=1):
        row["rank"] = position
    return ordered


def write_comparison(
    plan: ComparisonPlan,
    ranked: list[dict[str, Any]],
    heldout_docs: int,
    ranked_on: str = HELDOUT,
) -> Path:
    """`comparison.json`, `comparison.md` and `comparison.png` in the comparison directory."""
    out = plan.out_dir
    out.mkdir(parents=True, exist_ok=True)
    record = {
        "name": plan.name,
        "preset": plan.preset,
        "heldout_docs": heldout_docs,
        "ranked_on": ranked_on,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "ranking": ranked,
    }
    with atomic_path(out / "comparison.json") as tmp:
        tmp.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")

    set_names = list(ranked[0].get("evals", {})) if ranked else []

    def eval_cell(row: dict[str, Any], set_name: str) -> str:
        part = row["evals"][set_name]
        flagged = (part.get("contamination") or {}).get("contaminated")
        return f"{part['bits_per_byte']:.4f}" + (" (contaminated)" if flagged else "")

    lines = [
        f"# Comparison {plan.name}",
        "",
        f"Preset `{plan.preset}`, same token budget and seed for every corpus; scored on "
        f"{heldout_docs} common held-out documents"
        + (f" and on {', '.join(set_names)}" if set_names else "")
        + f"; ranked by bits/byte on {ranked_on}.",
        "",
        "| rank | corpus | tokenizer | held-out bits/byte | "
        + "".join(f"{n} bits/byte | " for n in set_names)
        + "val loss | tokens seen | run |",
        "|---|---|---|---|" + "---|" * len(set_names) + "---|---|---|",
        *[
            f"| {r['rank']} | {r['corpus']} | {r['tokenizer']} | {r['bits_per_byte']:.4f} | "
            + "".join(f"{eval_cell(r, n)} | " for n in set_names)
            + f"{r['val_loss']:.4f} | {r['tokens_seen']:,} | {r['run']} |"
            for r in ranked
        ],
        "",
        "![bits per byte](comparison.png)",
        "",
    ]
    (out / "comparison.md").write_text("\n".join(lines), encoding="utf-8")

    fig, ax = plt.subplots(figsize=(max(5, 1.6 * len(ranked)), 4))
    ax.bar(
        [r["corpus"] for r in ranked], [r["rank_bits_per_byte"] for r in ranked], color="#4c72b0"
    )
    ax.set_ylabel(f"bits per byte ({ranked_on})")
    ax.set_title(f"{plan.preset} proxies, best first")
    ax.tick_params(axis="x", rotation=20)
    fig.tight_layout()
    fig.savefig(out / "comparison.png", dpi=100)
    plt.close(fig)
    return out
