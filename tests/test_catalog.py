"""Publishing and the catalog: refs, immutability, checksums, determinism, rejects."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
from hornbook.corpora import publish as publish_module
from hornbook.corpora.build import build_corpus, plan
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.errors import IntegrityError, RefError

SMALL = ["generator.samples=300", "executor.tasks=1", "executor.workers=1"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("catalog") / "data"
    first = build_corpus("tinystories", SMALL, root)
    assert first.created and first.version.ref == "tinystories@v1"
    second = build_corpus("tinystories", [*SMALL, "seed=99"], root)
    assert second.created and second.version.ref == "tinystories@v2"
    return root


def test_version_layout_and_manifest(built: Path) -> None:
    version = Catalog(built).resolve("tinystories@v1")
    m = version.manifest
    assert (version.path / "README.md").read_text().startswith("---\n")
    assert (version.path / "report" / "report.md").is_file()
    assert (version.path / "report" / "lengths.png").stat().st_size > 1000
    assert (version.path / "rejected" / "rejected.parquet").is_file()
    assert m["counts"]["generated"] == 300
    assert m["counts"]["train"] + m["counts"]["validation"] == m["counts"]["published"]
    assert m["counts"]["published"] + m["counts"]["rejected"] == m["counts"]["generated"]
    assert {s["split"] for s in m["shards"]} == {"train", "validation"}
    assert m["spec"]["generator"]["samples"] == 300
    assert m["parent"] is None
    assert Catalog(built).resolve("tinystories@v2").manifest["parent"] == "tinystories@v1"
    assert not list((built / "corpora" / "tinystories").glob(".staging-*"))


def test_rows_have_the_contract_columns(built: Path) -> None:
    version = Catalog(built).resolve("tinystories@v1")
    table = pq.read_table(version.shard_paths("train")[0])
    for column in ("id", "text", "prompt", "words", "features", "backend", "model", "seed"):
        assert column in table.column_names
    rows = table.to_pylist()
    asked = sum(version.manifest["spec"]["recipe"]["words_per_prompt"].values())
    assert all(r["backend"] == "template" and len(r["words"]) == asked for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    frame = pl.scan_parquet(str(version.path / "data" / "*.parquet")).collect()
    assert frame.height == version.manifest["counts"]["published"]


def test_refs_resolve(built: Path) -> None:
    catalog = Catalog(built)
    v1 = catalog.resolve("tinystories@v1")
    assert catalog.resolve("tinystories@latest").version == 2
    assert catalog.resolve("tinystories").version == 2
    assert catalog.resolve(f"tinystories@{v1.fingerprint[:8]}").version == 1
    assert catalog.resolve(str(v1.path)).version == 1
    assert [v.ref for v in catalog.all_versions()] == ["tinystories@v1", "tinystories@v2"]


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("nothing@v1", "unknown corpus 'nothing'"),
        ("tinystories@v7", r"has no version v7 \(published: v1, v2\)"),
        ("tinystories@abcdef12", "no version of tinystories has a fingerprint starting with"),
        ("tinystories@yesterday", "cannot read ref"),
    ],
)
def test_bad_refs_are_user_errors(built: Path, ref: str, message: str) -> None:
    with pytest.raises(RefError, match=message):
        Catalog(built).resolve(ref)


def test_same_fingerprint_is_not_published_twice(built: Path) -> None:
    again = build_corpus("tinystories", SMALL, built)
    assert not again.created
    assert again.version.ref == "tinystories@v1"
    assert Catalog(built).versions("tinystories") == [1, 2]
    # scheduling-only settings do not change the fingerprint
    assert (
        plan("tinystories", [*SMALL[:2], "executor.workers=2"], built).existing.ref
        == "tinystories@v1"
    )


def test_same_spec_and_seed_give_byte_identical_shards(built: Path, tmp_path: Path) -> None:
    rebuilt = build_corpus("tinystories", SMALL, tmp_path / "other").version
    original = Catalog(built).resolve("tinystories@v1")
    assert rebuilt.fingerprint == original.fingerprint
    strip = [
        {k: s[k] for k in ("path", "rows", "bytes", "sha256")} for s in original.manifest["shards"]
    ]
    assert [
        {k: s[k] for k in ("path", "rows", "bytes", "sha256")} for s in rebuilt.manifest["shards"]
    ] == strip


def test_tampered_shard_is_detected(built: Path, tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(Catalog(built).resolve("tinystories@v1").path, copy)
    version = Catalog.load_path(copy)
    version.verify()
    shard = version.shard_paths("train")[0]
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="sha256 does not match"):
        version.verify()
    with pytest.raises(IntegrityError):
        version.read_texts("train")


def test_rejected_documents_keep_their_reason(tmp_path: Path) -> None:
    result = build_corpus("tinystories", [*SMALL, "curate.max_words=150"], tmp_path / "data")
    m = result.version.manifest
    rejected = pq.read_table(result.version.path / m["rejected"]).to_pylist()
    assert m["drop_reasons"] == {"too_long": len(rejected)} and rejected
    assert all(
        r["reason"] == "too_long" and json.loads(r["detail"])["word_count"] > 150 for r in rejected
    )
    assert m["counts"]["published"] + len(rejected) == 300


def test_failed_publish_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_report(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publish_module, "write_plots", broken_report)
    with pytest.raises(OSError, match="disk full"):
        build_corpus("tinystories", SMALL, tmp_path / "data")
    folder = tmp_path / "data" / "corpora" / "tinystories"
    assert not [p.name for p in folder.iterdir() if p.name != ".lock"]
    assert Catalog(tmp_path / "data").versions("tinystories") == []
