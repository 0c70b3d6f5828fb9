"""N-gram decontamination: the index format DataTrove reads, the item a drop names, and the
issue's test — 50 GSM8K test questions planted in ~1,000 template rows, all 50 removed by
the real curation pipeline, each naming its gsm8k-test id, and >= 99% of the rest kept."""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import numpy as np
import pytest
from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.decont.n_grams import NGramsDecontFilter
from hornbook.corpora.backends.template_math import GenerateMathTemplate
from hornbook.corpora.curate.decontaminate import (
    ItemNGramsDecontFilter,
    WhitespaceWords,
    decont_config,
    decontamination_steps,
    ngram_tokens,
    write_decontamination_index,
)
from hornbook.corpora.curate.pipeline import WorkLayout, run_curation
from hornbook.corpora.gsm8k import load_gsm8k
from hornbook.corpora.recipes.math import render_math_text
from hornbook.corpora.rows import content_id
from hornbook.corpora.spec import CorpusSpec

PLANTED = 50


def _spec(**curate) -> CorpusSpec:
    return CorpusSpec.model_validate(
        {
            "name": "decont",
            "seed": 9,
            "recipe": {"kind": "math", "min_steps": 1},
            "generator": {"samples": 1000},
            "curate": {
                "dedupe": "none",
                "decontamination": {"n": 13, "sets": ["gsm8k-test"]},
                **curate,
            },  # fmt: skip
            "executor": {"tasks": 2, "workers": 2},
        }
    )


def _change_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(rng.randint(2, 999)), text)


def _planted_rows() -> list[dict]:
    rng = random.Random(0)
    items = rng.sample(load_gsm8k("test"), PLANTED)
    rows = []
    for k, item in enumerate(items):
        question = _change_numbers(item.question, rng) if k % 2 else item.question
        solution = f'def solution():\n    """{question}"""\n    result = 1\n    return result\n'
        rows.append({"gsm8k_id": item.id, "question": question, "solution": solution})
    return rows


class PlantedSource(PipelineStep):
    """The spec's own template rows plus planted GSM8K test questions (plain data: pickles)."""

    name = "planted"
    type = "📖 - READER"

    def __init__(self, spec: CorpusSpec, planted: list[dict]) -> None:
        super().__init__()
        self.template = GenerateMathTemplate(spec)
        self.planted = planted

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        yield from self.template.run(None, rank, world_size)
        for i in range(rank, len(self.planted), world_size):
            row = self.planted[i]
            text = render_math_text(row["question"], row["solution"])
            yield Document(
                text=text,
                id=content_id(text),
                metadata={
                    "question": row["question"],
                    "solution": row["solution"],
                    "planted": row["gsm8k_id"],
                    "index": 10_000 + i,
                    "backend": "files",
                    "seed": 0,
                    "recipe": "math",
                },  # fmt: skip
            )


def _read(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.rglob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def test_planted_gsm8k_questions_are_removed_by_run_curation(tmp_path: Path) -> None:
    spec = _spec()
    planted = _planted_rows()
    layout = WorkLayout(tmp_path / "work")
    out = run_curation(spec, layout, source=[PlantedSource(spec, planted)], progress=None)
    kept = _read(out)
    dropped = _read(layout.rejected / "decontamination")
    assert not [r for r in kept if "planted" in r["metadata"]]
    named = {r["metadata"]["planted"]: r["metadata"] for r in dropped if "planted" in r["metadata"]}
    assert len(named) == PLANTED
    for gsm8k_id, meta in named.items():
        assert meta["filter_reason"] == "contaminated"
        assert meta["contaminated_by"] == gsm8k_id
        assert meta["contaminated_task"] == "gsm8k-test"
        assert len(meta["contaminated_ngram"].split()) == 13
    template_kept = [r for r in kept if "planted" not in r["metadata"]]
    template_dropped = [r for r in dropped if "planted" not in r["metadata"]]
    assert len(template_kept) + len(template_dropped) >= 990  # the other filters kept them
    assert len(template_kept) / (len(template_kept) + len(template_dropped)) >= 0.99


def test_index_is_the_stock_format_but_the_stock_filter_cannot_name_the_item(
    tmp_path: Path,
) -> None:
    spec = _spec()
    index = write_decontamination_index(spec, tmp_path / "index")
    stamp = {p.name: p.read_bytes() for p in index.iterdir()}
    assert write_decontamination_index(spec, index) == index  # idempotent, untouched
    assert {p.name: p.read_bytes() for p in index.iterdir()} == stamp
    rebuilt = write_decontamination_index(spec, tmp_path / "again")
    assert {p.name: p.read_bytes() for p in rebuilt.iterdir()} == stamp  # deterministic
    hashes = np.fromfile(index / "gsm8k-test.index.hashes", dtype=np.uint64)
    assert len(hashes) > 30_000 and (np.diff(hashes.astype(np.float64)) > 0).all()

    item = load_gsm8k("test")[42]
    doc = Document(text=item.question, id="x")
    # DataTrove's own filter reads hornbook's index (same config, same word splitter) ...
    stock = NGramsDecontFilter(str(index), config=decont_config(13), language=WhitespaceWords())
    assert stock.filter(Document(text=item.question.replace("5", "five"), id="s")) is not True
    stock_doc = Document(text=item.question, id="s")
    stock.filter(stock_doc)
    # ... but it records the set only, not which test problem matched: hence the subclass.
    assert stock_doc.metadata["contaminated_task"] == "gsm8k-test"
    assert "contaminated_by" not in stock_doc.metadata
    ours = ItemNGramsDecontFilter(index, decont_config(13))
    assert ours.filter(doc) == (False, "contaminated")
    assert doc.metadata["contaminated_by"] == "gsm8k-test-00042"


def test_numbers_and_punctuation_do_not_matter_but_words_do() -> None:
    config = decont_config(13)
    a = "Tom buys 1,250 apples for $3.50 each; how many apples does he buy in a week now?"
    b = "Tom buys 7 apples for $12 each - how many apples does he buy in a week now"
    assert ngram_tokens(a, config) == ngram_tokens(b, config) and ngram_tokens(a, config)
    assert ngram_tokens(a.replace("Tom", "Sue"), config) != ngram_tokens(a, config)


def test_stories_and_jsonl_sets(tmp_path: Path) -> None:
    evalset = tmp_path / "my-stories.jsonl"
    story = "Once upon a time there was a little cat who loved to play in the big green park"
    evalset.write_text(json.dumps({"text": story}) + "\n" + json.dumps({"id": "s2", "text": "x"}))
    spec = CorpusSpec.model_validate(
        {"name": "s", "curate": {"decontamination": {"n": 8, "sets": [str(evalset)]}}}
    )
    written: list[str] = []
    steps = decontamination_steps(spec, tmp_path / "idx", lambda name: written.append(name))
    assert written == ["decontamination"] and len(steps) == 1
    doc = Document(text="Yesterday, once upon a time there was a little cat who sat.", id="d")
    assert steps[0].filter(doc) == (False, "contaminated")
    assert doc.metadata["contaminated_by"] == "my-stories-00000"
    assert steps[0].filter(Document(text="A dog ran to the shop to buy some bread.", id="e"))
    empty = CorpusSpec.model_validate({"name": "s"})
    assert decontamination_steps(empty, tmp_path / "none", lambda n: None) == []


@pytest.mark.slow
def test_build_tinygsm_end_to_end(tmp_path: Path) -> None:
    """The shipped spec builds, publishes loadable math shards, and every row re-verifies."""
    import datasets
    import polars as pl
    from hornbook.corpora.build import build_corpus
    from hornbook.corpora.sandbox import answers_match, run_programs

    result = build_corpus("tinygsm", overrides=["generator.samples=300"], root=tmp_path,
                          progress=None)  # fmt: skip
    data_dir = result.version.path / "data"
    frame = pl.scan_parquet(str(data_dir / "*.parquet")).collect()
    assert 250 <= frame.height <= 300
    assert set(frame["backend"]) == {"template"} and set(frame["recipe"]) == {"math"}
    loaded = datasets.load_dataset("parquet", data_dir=str(data_dir))
    assert sum(len(split) for split in loaded.values()) == frame.height
    rows = frame.select("text", "question", "solution", "answer", "word_count").to_dicts()
    results = run_programs([r["solution"] for r in rows])
    assert all(
        res.ok and answers_match(res.answer, r["answer"])
        for r, res in zip(rows, results, strict=True)
    )
    assert all(r["text"] == render_math_text(r["question"], r["solution"]) for r in rows)
    assert all(r["word_count"] == len(r["question"].split()) for r in rows)
