"""`hornbook diff A B`: what changed between two published corpus versions.

Everything is read from the two manifests (no shard is opened), so a diff is instant
and works on any pair of versions, of one corpus or of two: spec differences as key
paths (`curate.max_oov_rate: 0.1 -> 0.05`), counts per stage, drop reasons, summary
statistics, diversity, token usage and shard sizes. The build report uses the same
functions to compare a new version with its parent.
"""

from __future__ import annotations

import json
from typing import Any

from hornbook.corpora.catalog import Catalog, CorpusVersion
from hornbook.corpora.errors import UserError

_STAT_KEYS = (
    "rows",
    "total_words",
    "mean_oov_rate",
    "top_opening_share",
    "top_first_sentence_share",
)
_DISTRIBUTIONS = ("words", "question_words", "oov_rate")


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """Nested mappings as {"a.b.c": value}; lists stay values (compared whole)."""
    if isinstance(data, dict):
        flat: dict[str, Any] = {}
        for key, value in data.items():
            flat.update(flatten(value, f"{prefix}{key}."))
        return flat
    return {prefix.rstrip("."): data}


def _delta(a: Any, b: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"a": a, "b": b}
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        entry["delta"] = round(b - a, 6)
        if a:
            entry["relative"] = round((b - a) / abs(a), 4)
    return entry


def _compare(a: dict[str, Any], b: dict[str, Any], keys: list[str] | None = None) -> dict[str, Any]:
    keys = keys if keys is not None else sorted(set(a) | set(b))
    return {k: _delta(a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)}


def _stage_map(manifest: dict[str, Any]) -> dict[str, int]:
    return {s["stage"]: s["documents"] for s in manifest.get("stages", [])} or dict(
        manifest.get("counts", {})
    )


def _stats_view(stats: dict[str, Any]) -> dict[str, Any]:
    view = {k: stats[k] for k in _STAT_KEYS if k in stats}
    for dist in _DISTRIBUTIONS:
        for key, value in (stats.get(dist) or {}).items():
            view[f"{dist}.{key}"] = value
    return view


def diff_manifests(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Differences between two manifests (a = old, b = new); equal entries are left out."""
    spec_a, spec_b = flatten(a["spec"]), flatten(b["spec"])
    return {
        "a": a.get("ref"),
        "b": b.get("ref"),
        "same_fingerprint": a.get("fingerprint") == b.get("fingerprint"),
        "spec": _compare(spec_a, spec_b),
        "counts": _compare(a.get("counts", {}), b.get("counts", {})),
        "stages": _compare(_stage_map(a), _stage_map(b)),
        "drop_reasons": _compare(a.get("drop_reasons", {}), b.get("drop_reasons", {})),
        "stats": _compare(_stats_view(a.get("stats", {})), _stats_view(b.get("stats", {}))),
        "diversity": _compare(
            a.get("stats", {}).get("diversity") or {}, b.get("stats", {}).get("diversity") or {}
        ),
        "usage": _compare(a.get("usage") or {}, b.get("usage") or {}),
        "shards": _compare(_shard_view(a), _shard_view(b)),
    }


def _shard_view(manifest: dict[str, Any]) -> dict[str, int]:
    view: dict[str, int] = {}
    for shard in manifest.get("shards", []):
        split = shard["split"]
        view[f"{split}.shards"] = view.get(f"{split}.shards", 0) + 1
        view[f"{split}.rows"] = view.get(f"{split}.rows", 0) + shard["rows"]
        view[f"{split}.bytes"] = view.get(f"{split}.bytes", 0) + shard["bytes"]
    return view


def diff_versions(a: CorpusVersion, b: CorpusVersion) -> dict[str, Any]:
    """Differences between two published versions (see `diff_manifests`)."""
    return diff_manifests(a.manifest, b.manifest)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, list | dict):
        return json.dumps(value)
    return "—" if value is None else str(value)


_SECTIONS = (
    ("spec", "Spec"),
    ("stages", "Documents per stage"),
    ("counts", "Counts"),
    ("drop_reasons", "Drop reasons"),
    ("stats", "Statistics"),
    ("diversity", "Diversity"),
    ("usage", "Token usage"),
    ("shards", "Shards"),
)


def render_diff(d: dict[str, Any]) -> str:
    """The diff as markdown tables, one per section that has differences."""
    lines = [
        f"**{d['a']} → {d['b']}**" + (" (same fingerprint)" if d["same_fingerprint"] else ""),
        "",
    ]
    empty = True
    for key, title in _SECTIONS:
        section = d.get(key) or {}
        if not section:
            continue
        empty = False
        lines += [
            f"### {title}",
            "",
            f"| {'key' if key == 'spec' else 'measure'} | {d['a']} | {d['b']} | change |",
            "|---|---|---|---|",
        ]
        for name, entry in section.items():
            change = ""
            if "delta" in entry:
                change = ("+" if entry["delta"] > 0 else "") + _fmt(entry["delta"])
                if "relative" in entry:
                    change += f" ({entry['relative']:+.1%})"
            lines.append(f"| {name} | {_fmt(entry['a'])} | {_fmt(entry['b'])} | {change} |")
        lines.append("")
    if empty:
        lines += ["No differences.", ""]
    return "\n".join(lines)


def cmd_diff(refs: list[str], root: str | None = None, as_json: bool = False) -> int:
    """`hornbook diff A B [--json]`: print the diff; returns the exit status."""
    if len(refs) != 2:
        raise UserError(f"diff takes two corpus references (NAME@vN ...), got {len(refs)}")
    catalog = Catalog(root)
    a, b = (catalog.resolve(ref) for ref in refs)
    d = diff_versions(a, b)
    print(json.dumps(d, indent=2, default=str) if as_json else render_diff(d))
    return 0
