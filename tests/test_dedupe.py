"""Exact and MinHash near-duplicate removal through DataTrove's stages, on planted duplicates.

Distinct documents are real TinyStories stories (test data, never shipped); exact
duplicates are copies (one re-cased, one re-spaced); near duplicates are copies with a
few words edited, which exact dedupe cannot see and MinHash must.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from datatrove.data import Document
from datatrove.pipeline.writers import JsonlWriter
from hornbook.corpora.curate.dedupe import exact_stages, minhash_stages
from hornbook.corpora.curate.executors import run_stage
from hornbook.corpora.publish import duplicate_clusters, read_jsonl_docs
from hornbook.corpora.spec import CorpusSpec


def _edit(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _write_input(folder: Path, docs: list[Document], tasks: int) -> None:
    """Lay documents out as stage 1 would: one JSONL file per task."""
    for rank in range(tasks):
        with JsonlWriter(str(folder), output_filename="${rank}.jsonl.gz") as writer:
            for doc in docs[rank::tasks]:
                writer.write(doc, rank)


def _run(spec: CorpusSpec, stages) -> None:
    for stage in stages:
        run_stage(spec, stage, progress=None)


@pytest.fixture(scope="module")
def stories(reference_stories: list[str]) -> list[str]:
    return [t for t in reference_stories if len(t.split()) > 120][:24]


def _spec(kind: str = "stories") -> CorpusSpec:
    return CorpusSpec.model_validate(
        {
            "name": "dedupe-test",
            "recipe": {"kind": kind},
            "curate": {"dedupe": "minhash"},
            "executor": {"tasks": 2, "workers": 1},
        }
    )


def test_exact_then_minhash_removes_planted_duplicates(tmp_path: Path, stories: list[str]) -> None:
    base = stories[:20]
    near_a = _edit(base[3], [(" the ", " a "), (" was ", " is ")])
    near_b = _edit(base[3], [(" and ", " or "), (" she ", " he ")])  # a cluster of 3 with base[3]
    near_c = _edit(base[7], [(" the ", " one "), (" a ", " the ")])
    planted = {
        "exact": [base[0], base[1].upper(), base[2].replace(" ", "  ")],
        "near": [near_a, near_b, near_c],
    }
    texts = base + planted["exact"] + planted["near"]
    docs = [
        Document(text=t, id=f"doc{i}", metadata={"index": i, "recipe": "stories"})
        for i, t in enumerate(texts)
    ]
    spec = _spec()
    work = tmp_path / "work"
    _write_input(work / "filtered", docs, spec.executor.tasks)
    rejected, logs = work / "rejected", work / "logs"
    _run(
        spec, exact_stages(spec, work / "filtered", work / "exact", work / "dedup", rejected, logs)
    )
    _run(
        spec, minhash_stages(spec, work / "exact", work / "curated", work / "dedup", rejected, logs)
    )

    kept = read_jsonl_docs(work / "curated")
    exact = read_jsonl_docs(rejected / "duplicate")
    near = read_jsonl_docs(rejected / "near_duplicate")
    assert len(exact) == 3 and len(near) == 3
    assert {d["metadata"]["filter_reason"] for d in exact} == {"exact_duplicate"}
    assert {d["metadata"]["filter_reason"] for d in near} == {"near_duplicate"}
    # every distinct story survives exactly once; one member of each planted group is kept
    kept_ids = sorted(int(d["id"][3:]) for d in kept)
    assert len(kept) == len(base)
    assert len({" ".join(d["text"].casefold().split()[:30]) for d in kept}) == len(base)
    assert all(i < len(base) or texts[i] in planted["near"] for i in kept_ids)
    # MinHash recorded cluster sizes on what it removed: {3 stories: 1 cluster, 2: 1}
    rows = [
        {"stage": stage, "text": d["text"]}
        for stage, ds in (("duplicate", exact), ("near_duplicate", near))
        for d in ds
    ]
    metas = [d["metadata"] for d in exact + near]
    clusters = duplicate_clusters(rows, metas, "stories")
    assert clusters == {"exact": {"2": 3}, "near": {"2": 1, "3": 1}}
    assert (logs / "7-minhash-cluster" / "completions" / "00000").is_file()


def test_math_rows_are_deduplicated_on_the_question(tmp_path: Path) -> None:
    question = "Tom has 3 apples and buys 4 more bags with 5 apples each. How many apples now?"
    programs = [
        "def solution():\n    return 3 + 4 * 5",
        "def solution():\n    a = 4 * 5\n    return a + 3",
    ]
    other = "A baker makes 12 cakes a day for 7 days and sells 50 of them. How many are left?"
    rows = [(question, programs[0]), (question, programs[1]), (other, programs[0])]
    docs = [
        Document(
            text=f"Question: {q}\n{p}",
            id=f"m{i}",
            metadata={"index": i, "recipe": "math", "question": q, "solution": p},
        )
        for i, (q, p) in enumerate(rows)
    ]
    spec = _spec("math")
    work = tmp_path / "work"
    _write_input(work / "filtered", docs, spec.executor.tasks)
    _run(
        spec,
        exact_stages(
            spec,
            work / "filtered",
            work / "curated",
            work / "dedup",
            work / "rejected",
            work / "logs",
        ),
    )
    kept = read_jsonl_docs(work / "curated")
    dropped = read_jsonl_docs(work / "rejected" / "duplicate")
    assert sorted(d["metadata"]["question"] for d in kept) == sorted([question, other])
    assert len(dropped) == 1 and dropped[0]["metadata"]["question"] == question
