"""`hornbook tokenizer sweep --train`: the same proxy with each tokenizer, ranked by bits/byte."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.train.presets import get_preset
from hornbook.train.tokenizer_sweep import parse_sizes

from tests.cli_run import hornbook as run_hornbook


def hornbook(*args: str, root: Path) -> subprocess.CompletedProcess:
    return run_hornbook(*args, root=root, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("trained-sweep") / "data"
    version = build_corpus(
        "tinystories", ["generator.samples=200", "executor.tasks=1", "executor.workers=1"], root
    ).version
    return root, version.ref


def test_parse_sizes() -> None:
    assert parse_sizes("1024, 256,byte") == ([256, 1024], True)
    assert parse_sizes("512") == ([512], False)


def test_trained_sweep_ranks_bpe_and_byte(
    corpus: tuple[Path, str], reference_stories: list[str], tmp_path: Path
) -> None:
    root, ref = corpus
    eval_file = tmp_path / "real10.jsonl"
    eval_file.write_text("".join(json.dumps({"text": t}) + "\n" for t in reference_stories[:10]))
    budget = 6000  # bytes: two steps of the byte model, one of a BPE model; test time matters
    result = hornbook(
        "tokenizer", "sweep", ref, "--sizes", "400,350,byte", "--train", "tiny",
        "--eval", str(eval_file), "--byte-budget", str(budget), root=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = Path(result.stdout.strip())
    report = json.loads((out / "sweep.json").read_text())
    rows = report["rows"]
    assert [r["tokenizer"] for r in rows] == ["byte", "bpe350", "bpe400"]
    assert sorted(r["rank"] for r in rows) == [1, 2, 3]
    by_rank = sorted(rows, key=lambda r: r["rank"])
    assert [r["bits_per_byte"] for r in by_rank] == sorted(r["bits_per_byte"] for r in rows)
    assert report["best"] == by_rank[0]["tokenizer"] and report["eval"] == "real10"
    tokens_per_step = get_preset("tiny").tokens_per_step
    for row in rows:
        assert row["bits_per_byte"] > 0 and row["steps"] >= 1
        # the same bytes of text for every tokenizer: the budget, rounded up to whole steps
        bytes_per_step = tokens_per_step * row["bytes_per_token"]
        assert (
            budget <= row["bytes_seen"] * 1.1 and row["bytes_seen"] < budget + 1.5 * bytes_per_step
        )
        assert row["embedding_params"] > 0 and row["bytes_per_token"] > 0
    assert rows[0]["steps"] > rows[2]["steps"]  # the byte model needs more steps for the bytes
    table = (out / "sweep.md").read_text()
    assert table.count("\n| ") == 4 and "| tokenizer | rank | bits/byte |" in table
    assert "ranked by bits/byte on real10" in table
    assert (out / "sweep.png").stat().st_size > 0
    assert f"best on real10: {by_rank[0]['tokenizer']}" in result.stderr


def test_trained_sweep_bad_input(corpus: tuple[Path, str]) -> None:
    root, ref = corpus
    for args, message in (
        (("--sizes", "350,abc", "--train", "tiny"), "'abc' is neither a vocab size nor 'byte'"),
        (("--sizes", "350", "--train", "tiny", "--eval", "nope"), "unknown evaluation set 'nope'"),
        (("--sizes", "350", "--train", "no-preset"), "no-preset"),
    ):
        result = hornbook("tokenizer", "sweep", ref, *args, root=root)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and message in result.stderr
