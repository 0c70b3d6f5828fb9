"""Evaluation sets resolve from a built-in name, a file or a corpus ref; bad ones fail in one line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hornbook.corpora.errors import UserError
from hornbook.corpora.gsm8k import load_gsm8k
from hornbook.train.contamination import CONTAMINATED_SHARE, overlap, training_ngrams
from hornbook.train.evalsets import (
    default_eval_sets,
    resolve_eval_set,
    resolve_eval_sets,
)


def test_builtin_sets(reference_stories: list[str]) -> None:
    real = resolve_eval_set("tinystories-real")
    assert real.kind == "builtin" and list(real.texts) == reference_stories
    assert len(real.identity) == 64 and "CDLA-Sharing-1.0" in real.source
    gsm = resolve_eval_set("gsm8k-test")
    questions = [item.question for item in load_gsm8k("test")]
    # questions only: see the module docstring for why
    assert list(gsm.texts) == questions and "####" not in "".join(gsm.texts)
    assert default_eval_sets("stories") == ("tinystories-real",)
    assert default_eval_sets("math") == ("gsm8k-test",)


def test_jsonl_gz_and_parquet_files(tmp_path: Path) -> None:
    rows = [{"text": "The cat sat.", "id": 1}, {"text": "A dog ran home."}]
    plain = tmp_path / "my set.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in rows))
    zipped = tmp_path / "other.jsonl.gz"
    with gzip.open(zipped, "wt") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in rows)
    table = tmp_path / "third.parquet"
    pq.write_table(pa.table({"text": [r["text"] for r in rows], "n": [1, 2]}), table)
    for path, name in ((plain, "my_set"), (zipped, "other"), (table, "third")):
        evalset = resolve_eval_set(str(path))
        assert evalset.kind == "file" and evalset.name == name
        assert list(evalset.texts) == ["The cat sat.", "A dog ran home."]
    # identity follows the content, so an edited file is a different set
    before = resolve_eval_set(str(plain)).identity
    plain.write_text(json.dumps({"text": "Changed."}) + "\n")
    assert resolve_eval_set(str(plain)).identity != before


def test_bad_sets_are_user_errors(tmp_path: Path) -> None:
    no_text = tmp_path / "q.jsonl"
    no_text.write_text(json.dumps({"question": "What?"}) + "\n")
    no_column = tmp_path / "q.parquet"
    pq.write_table(pa.table({"story": ["x"]}), no_column)
    cases = {
        "no-such-set": "unknown evaluation set 'no-such-set'",
        str(tmp_path / "missing.jsonl"): "does not exist",
        str(no_text): f"{no_text}:1: no 'text' string field",
        str(no_column): "no 'text' column (columns: story)",
        "ghost@v1": "unknown corpus 'ghost'",
    }
    for spec, message in cases.items():
        with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
            resolve_eval_set(spec, tmp_path / "data")
    with pytest.raises(UserError, match="both score as 'tinystories-real'"):
        resolve_eval_sets(["tinystories-real", "tinystories-real"])


def test_contamination_guard(reference_stories: list[str]) -> None:
    """Disjoint real stories share formulaic 13-grams but are not flagged; a leak is."""
    half_a, half_b = reference_stories[0::2], reference_stories[1::2]
    clean = overlap(half_b, training_ngrams(half_a))
    assert clean["items"] == len(half_b) and clean["ngrams"] > 10 * len(half_b)
    assert clean["items_overlapping"] > 0  # chance phrase matches exist...
    assert not clean["contaminated"] and clean["share_items_copied"] <= CONTAMINATED_SHARE
    # ...but training on 5% of the evaluation stories (numbers and punctuation changed:
    # the normalisation ignores both) is caught
    leaked = [s.replace(".", "!") + " 42" for s in half_b[: len(half_b) // 20]]
    dirty = overlap(half_b, training_ngrams(half_a + leaked))
    assert dirty["contaminated"] and dirty["items_copied"] >= len(leaked)
    assert dirty["share_ngrams_in_train"] > clean["share_ngrams_in_train"]
