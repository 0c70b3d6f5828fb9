"""Each curation filter on its own, and exact dedupe through DataTrove's executor."""

from __future__ import annotations

import json
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep
from hornbook.corpora.curate.filters import LengthFilter, RequiredWordsFilter, VocabularyFilter
from hornbook.corpora.curate.pipeline import WorkLayout, normalised_text, run_curation
from hornbook.corpora.publish import read_jsonl_docs
from hornbook.corpora.spec import load_spec

STORY = (
    "Lily saw a big red kite in the park. She wanted to jump and play with it. "
    'Her mom said, "You can play with the kite, but be kind and share it." '
    "Lily shared the kite with her friend Tom, and they were very happy."
)


def doc(text: str, **meta) -> Document:
    return Document(text=text, id="x", metadata=dict(meta))


def test_length_filter_bounds_and_reasons() -> None:
    f = LengthFilter(min_words=5, max_words=10)
    assert f.filter(doc("one two three")) == (False, "too_short")
    assert f.filter(doc(" ".join(["word"] * 11))) == (False, "too_long")
    d = doc("one two three four five six")
    assert f.filter(d) is True
    assert d.metadata["word_count"] == 6


def test_vocabulary_filter_counts_inflections_and_names_as_known() -> None:
    f = VocabularyFilter("child", max_oov_rate=0.05)
    good = doc(STORY)
    assert f.filter(good) is True
    assert good.metadata["oov_rate"] <= 0.05
    jargon = doc("The quantum chromodynamics lecture discussed renormalization of gauge theories.")
    assert f.filter(jargon) == (False, "oov_rate")
    assert jargon.metadata["oov_rate"] > 0.5


def test_required_words_filter_accepts_inflected_forms() -> None:
    f = RequiredWordsFilter("child")
    assert f.filter(doc(STORY, words=["jump", "kite", "happy"])) is True
    assert (
        f.filter(doc("Tom jumped over the kites happily.", words=["jump", "kite", "happy"])) is True
    )
    missing = doc(STORY, words=["jump", "kite", "elephant"])
    assert f.filter(missing) == (False, "missing_words")
    assert missing.metadata["missing_words"] == ["elephant"]


def test_normalised_text_ignores_case_and_whitespace() -> None:
    assert normalised_text(doc("Hello  World\n")) == normalised_text(doc("hello world"))


class FixedDocuments(PipelineStep):
    """A generator stand-in that yields given texts, to put known duplicates through curation."""

    name = "fixed documents"

    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self.texts = texts

    def run(self, data=None, rank: int = 0, world_size: int = 1):
        for index in range(rank, len(self.texts), world_size):
            yield Document(
                text=self.texts[index],
                id=f"doc{index}",
                metadata={"index": index, "words": ["kite"], "prompt": "p"},
            )


def test_exact_dedupe_through_datatrove_keeps_one_of_each(tmp_path: Path) -> None:
    base = [STORY.replace("Tom", name) for name in ("Tom", "Ben", "Sam", "Max", "Tim")]
    texts = base + [base[0], base[1].upper(), base[2].replace(" ", "  "), "Too short."]
    spec = load_spec(
        "tinystories", ["curate.min_words=10", "executor.tasks=2", "executor.workers=2"]
    )
    layout = WorkLayout(tmp_path / "work")
    curated = run_curation(spec, layout, [FixedDocuments(texts)])

    kept = read_jsonl_docs(curated)
    assert sorted(normalised_text(Document(text=d["text"], id="")) for d in kept) == sorted(
        normalised_text(Document(text=t, id="")) for t in base
    )
    dups = read_jsonl_docs(layout.rejected / "duplicate")
    assert len(dups) == 3
    short = read_jsonl_docs(layout.rejected / "length")
    assert [d["metadata"]["filter_reason"] for d in short] == ["too_short"]
    # every input is accounted for: kept or rejected with a reason
    assert len(kept) + len(dups) + len(short) == len(texts)
    # a finished stage is not redone: DataTrove recorded its completions
    assert any((layout.logs / "1-generate-filter" / "completions").iterdir())
    json.dumps(kept)  # rows are plain JSON
