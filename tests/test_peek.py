"""`hornbook sample` and `hornbook rejected` on a real (small) build: what they print,
filters, determinism, and bad input as one line with exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.peek import rejected_documents, sample_documents
from hornbook.flows.cli import main

SMALL = ["generator.samples=120", "executor.tasks=1", "executor.workers=1"]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("peek") / "data"
    # A tight length limit (stories run ~130-220 words), so about half are rejected.
    assert build_corpus(
        "tinystories", [*SMALL, "curate.max_words=180"], root, progress=None
    ).created
    return root


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-root", str(root)])
    out, err = capsys.readouterr()
    return code, out, err


def _all_rows(root: Path) -> pl.DataFrame:
    version = Catalog(root).resolve("tinystories@v1")
    return pl.concat(
        pl.read_parquet(version.path / s["path"]).with_columns(split=pl.lit(s["split"]))
        for s in version.manifest["shards"]
    )


def test_sample_prints_documents_with_their_fields(capsys, root: Path) -> None:
    code, out, err = run(capsys, root, "sample", "tinystories@v1", "-n", "3")
    assert code == 0, err
    assert out.count("── tinystories@v1 ") == 3
    assert "words: " in out and "features: " in out and "word_count: " in out
    rows = _all_rows(root)
    for doc in sample_documents(Catalog(root).resolve("tinystories@v1"), 3):
        assert doc["text"].rstrip() in out
        row = rows.filter(pl.col("id") == doc["id"]).to_dicts()[0]
        assert {k: row[k] for k in doc} == doc  # every shown field is the row's own


def test_sample_is_seeded_and_uniform_without_replacement(root: Path) -> None:
    version = Catalog(root).resolve("tinystories@v1")
    a = sample_documents(version, 5, seed=1)
    assert a == sample_documents(version, 5, seed=1)
    assert [d["id"] for d in a] != [d["id"] for d in sample_documents(version, 5, seed=2)]
    published = version.manifest["counts"]["published"]
    everything = sample_documents(version, published + 10, seed=0)
    assert len({d["id"] for d in everything}) == published == len(everything)


def test_sample_where_json(capsys, root: Path) -> None:
    rows = _all_rows(root)
    cut = int(rows["word_count"].median())
    where = f"word_count > {cut} AND split = 'train'"
    code, out, err = run(
        capsys, root, "sample", "tinystories@v1", "-n", "4", "--where", where, "--json"
    )
    assert code == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 4
    assert all(d["word_count"] > cut and d["split"] == "train" for d in docs)
    feature = rows["features"].explode().drop_nulls()[0]
    version = Catalog(root).resolve("tinystories@v1")
    found = sample_documents(version, 100, where=f"array_contains(features, '{feature}')")
    expected = rows.filter(pl.col("features").list.contains(feature)).height
    assert len(found) == min(100, expected) and all(feature in d["features"] for d in found)


def test_rejected_by_reason(capsys, root: Path) -> None:
    version = Catalog(root).resolve("tinystories@v1")
    reasons = version.manifest["drop_reasons"]
    reason = max(reasons, key=reasons.get)
    code, out, err = run(
        capsys, root, "rejected", "tinystories@v1", "--reason", reason, "-n", "2", "--json"
    )
    assert code == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == min(2, reasons[reason])
    assert all(d["reason"] == reason and isinstance(d["detail"], dict) for d in docs)
    every = rejected_documents(version, n=10_000)
    assert len(every) == version.manifest["counts"]["rejected"]
    assert [d["index"] for d in every] == sorted(d["index"] for d in every)
    code, out, _ = run(capsys, root, "rejected", "tinystories@v1", "-n", "1")
    assert code == 0 and "detail: " in out and every[0]["text"].rstrip() in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sample", "tinystories@v1", "--where", "word_count >"], "--where 'word_count >'"),
        (["sample", "tinystories@v1", "--where", "nope = 1"], 'column "nope" (columns: id, text'),
        (["sample", "tinystories@v1", "-n", "0"], "-n must be at least 1"),
        (["rejected", "tinystories@v1", "--reason", "nope"], "no documents dropped as 'nope'"),
        (["rejected", "tinystories@v1", "--where", "reason LIKE"], "--where 'reason LIKE'"),
        (["sample", "nothing@v1"], "unknown corpus 'nothing'"),
    ],
)
def test_bad_input_is_one_line_exit_2(capsys, root: Path, args: list[str], message: str) -> None:
    code, out, err = run(capsys, root, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err


def test_sample_math_rows_show_question_and_answer(
    capsys, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("peek-math") / "data"
    version = build_corpus(
        "tinygsm", ["generator.samples=30", "curate.dedupe=exact", "executor.tasks=1"], root
    ).version
    capsys.readouterr()  # the build's own output
    code, out, err = run(capsys, root, "sample", version.ref, "-n", "2", "--json")
    assert code == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 2
    for doc in docs:
        assert set(doc) >= {"question", "answer", "family", "steps", "text", "split"}
        assert doc["question"] in doc["text"] and isinstance(doc["answer"], float)
    code, out, _ = run(capsys, root, "sample", version.ref, "-n", "1", "--where", "steps >= 2")
    assert code == 0 and "answer: " in out and "question: " in out
    report = (version.path / "report" / "report.md").read_text()
    assert "## 3 random problems" in report
