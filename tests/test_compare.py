"""Data-recipe comparison: plan checks, the common held-out set, and a real run via the CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.errors import UserError
from hornbook.train.compare import _ids_and_texts, common_heldout, plan_comparison, rank

from tests.prefect_server import BIN

SMALL = ["generator.samples=600", "executor.tasks=1", "executor.workers=1"]


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("compare") / "data"
    build_corpus("tinystories", SMALL, root)
    build_corpus("tinystories-dialogue", SMALL, root)
    return root


def test_plan_rejects_bad_inputs(two_versions: Path) -> None:
    with pytest.raises(UserError, match="at least two"):
        plan_comparison(["tinystories@v1"], "tiny", root=two_versions)
    with pytest.raises(UserError, match="same corpus version"):
        plan_comparison(["tinystories@v1", "tinystories@latest"], "tiny", root=two_versions)
    with pytest.raises(UserError, match="unknown corpus"):
        plan_comparison(["tinystories@v1", "ghost@v1"], "tiny", root=two_versions)


def test_common_heldout_excludes_every_training_document(two_versions: Path) -> None:
    catalog = Catalog(two_versions)
    versions = [catalog.resolve("tinystories@v1"), catalog.resolve("tinystories-dialogue@v1")]
    heldout = common_heldout(versions)
    train_texts = {text for v in versions for _, text in _ids_and_texts(v, "train")}
    validation = {text for v in versions for _, text in _ids_and_texts(v, "validation")}
    assert heldout and set(heldout) <= validation
    assert not set(heldout) & train_texts
    assert heldout == common_heldout(list(reversed(versions)))  # order-independent


def test_rank_orders_by_bits_per_byte() -> None:
    ranked = rank([{"corpus": "a", "bits_per_byte": 2.0}, {"corpus": "b", "bits_per_byte": 1.5}])
    assert [(r["rank"], r["corpus"]) for r in ranked] == [(1, "b"), (2, "a")]
    # ranked by an evaluation set when asked, whatever the held-out figures say
    rows = [
        {"corpus": "a", "bits_per_byte": 2.0, "evals": {"real": {"bits_per_byte": 3.0}}},
        {"corpus": "b", "bits_per_byte": 1.5, "evals": {"real": {"bits_per_byte": 3.5}}},
    ]
    ranked = rank(rows, "real")
    assert [(r["rank"], r["corpus"], r["rank_bits_per_byte"]) for r in ranked] == [
        (1, "a", 3.0),
        (2, "b", 3.5),
    ]


def test_compare_cli_trains_ranks_and_reports(
    two_versions: Path, prefect_env: dict[str, str], reference_stories: list[str], tmp_path: Path
) -> None:
    env = {**prefect_env, "HORNBOOK_DATA": str(two_versions)}
    real = tmp_path / "real20.jsonl"  # a few real stories: the ranking yardstick, cheap to score
    real.write_text("".join(json.dumps({"text": t}) + "\n" for t in reference_stories[:20]))
    result = subprocess.run(
        [str(BIN / "hornbook"), "compare", "tinystories@v1", "tinystories-dialogue@v1",
         "--preset", "tiny", "--max-steps", "30", "--name", "pair", "--eval", str(real)],
        env=env, capture_output=True, text=True, timeout=1500,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    out = Path(result.stdout.strip())
    assert out == two_versions / "comparisons" / "pair"
    record = json.loads((out / "comparison.json").read_text())
    ranking = record["ranking"]
    assert sorted(r["corpus"] for r in ranking) == ["tinystories-dialogue@v1", "tinystories@v1"]
    assert [r["rank"] for r in ranking] == [1, 2]
    # ranked by bits/byte on the evaluation set, each with its contamination guard
    assert record["ranked_on"] == "real20"
    bpb = [r["evals"]["real20"]["bits_per_byte"] for r in ranking]
    assert bpb[0] <= bpb[1] and [r["rank_bits_per_byte"] for r in ranking] == bpb
    assert all(r["evals"]["real20"]["contamination"]["contaminated"] is False for r in ranking)
    assert "real20 bits/byte" in (out / "comparison.md").read_text()
    assert "on real20" in result.stderr
    # the same token budget for every proxy
    assert len({r["tokens_seen"] for r in ranking}) == 1 and ranking[0]["steps"] == 30
    assert (out / "comparison.png").stat().st_size > 1000
    assert "| 1 |" in (out / "comparison.md").read_text()
    for row in ranking:
        lineage = json.loads((two_versions / "models" / row["run"] / "lineage.json").read_text())
        assert lineage["corpus"]["ref"] == row["corpus"]
