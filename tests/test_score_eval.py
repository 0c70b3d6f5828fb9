"""`hornbook score --eval`: bits/byte per evaluation set, the contamination guard, and reuse."""

from __future__ import annotations

import json
import math
import subprocess
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.tokenizer.corpus import ensure_tokenizer
from hornbook.train.runs import eval_lines, plan_run, score_run_dir, train_on_corpus

from tests.cli_run import hornbook as run_hornbook

# Scoring all 1,158 real stories takes minutes on a loaded 2-core machine; 30 show the shape.
FAST = ("--eval-docs", "30")


def hornbook(*args: str, root: Path) -> subprocess.CompletedProcess:
    return run_hornbook(*args, root=root, timeout=300)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A story run trained for a few steps on a byte tokenizer: (data root, run dir, corpus ref)."""
    root = tmp_path_factory.mktemp("score-eval") / "data"
    version = build_corpus(
        "tinystories", ["generator.samples=200", "executor.tasks=1", "executor.workers=1"], root
    ).version
    tok, _, _ = ensure_tokenizer(version, "byte", None, root=root)
    plan = plan_run(version.ref, "tiny", tok, "eval-run", root)
    train_on_corpus(plan, tok, max_steps=3, root=root, progress=False)
    return root, plan.path, version.ref


def test_score_on_eval_sets_with_guard(run: tuple[Path, Path, str], tmp_path: Path) -> None:
    root, run_dir, ref = run
    from hornbook.corpora.catalog import Catalog

    train_texts = Catalog(root).resolve(ref).read_texts("train")
    leaked = tmp_path / "leaked.jsonl"
    leaked.write_text("".join(json.dumps({"text": t}) + "\n" for t in train_texts[:20]))

    result = hornbook(
        "score", "eval-run", "--samples", "1", "--eval-docs", "30", "--eval", "tinystories-real",
        "--eval", str(leaked), "--eval", ref, root=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == run_dir / "score.json"
    score = json.loads((run_dir / "score.json").read_text())
    # the corpus's own figures are still there, and each set has its own
    assert score["val_docs"] > 0 and score["bits_per_byte"] > 0
    assert list(score["evals"]) == ["tinystories-real", "leaked", ref]
    real = score["evals"]["tinystories-real"]
    assert real["docs"] == 30 and real["kind"] == "builtin"
    # an almost untrained byte model: close to a uniform guess over 259 ids per byte
    assert 0.5 * math.log2(259) < real["bits_per_byte"] < 1.2 * math.log2(259)
    assert real["loss"] == pytest.approx(
        real["bits_per_byte"] * math.log(2) * real["bytes"] / real["tokens"]
    )
    assert not real["contamination"]["contaminated"]
    guard = score["evals"]["leaked"]["contamination"]
    assert guard["contaminated"] and guard["items_copied"] == guard["items"] == 20
    assert "eval tinystories-real: bits/byte" in result.stderr
    assert "CONTAMINATED: 20/20 items" in result.stderr
    # the run report's lines: each set next to the corpus's own figure, with the verdict
    report = eval_lines(score)
    assert report[0].startswith("- tinystories-real: ") and "own validation" in report[0]
    assert "CONTAMINATED: 20 of 20 items" in report[1]


def test_default_eval_and_reuse(run: tuple[Path, Path, str]) -> None:
    root, run_dir, _ = run
    first = score_run_dir(run_dir, num_samples=1, root=root, eval_docs=30)
    assert list(first["evals"]) == ["tinystories-real"]  # the story default
    mtime = (run_dir / "score.json").stat().st_mtime_ns

    again = hornbook(
        "score", "eval-run", "--samples", "1", "--eval", "tinystories-real", *FAST, root=root
    )
    assert again.returncode == 0, again.stderr
    assert "reusing" in again.stderr and "--force" in again.stderr
    assert (run_dir / "score.json").stat().st_mtime_ns == mtime  # not rewritten

    # a different argument is a different score
    other = hornbook(
        "score", "eval-run", "--samples", "2", "--eval", "tinystories-real", *FAST, root=root
    )
    assert other.returncode == 0 and "reusing" not in other.stderr
    assert len(json.loads((run_dir / "score.json").read_text())["samples"]) == 2

    forced = hornbook(
        "score",
        "eval-run",
        "--samples",
        "2",
        "--eval",
        "tinystories-real",
        "--force",
        *FAST,
        root=root,
    )
    assert forced.returncode == 0 and "reusing" not in forced.stderr

    # a changed checkpoint is scored again: nudge one weight and save it back (a run's length
    # is fixed once started, so "training went on" cannot be simulated with --max-steps)
    import torch

    def rescore() -> dict:
        return score_run_dir(
            run_dir, num_samples=2, evals=["tinystories-real"], root=root, eval_docs=30
        )

    before = rescore()
    assert rescore()["score_key"] == before["score_key"]  # unchanged: the same key
    ckpt_path = run_dir / "ckpt.pt"
    state = torch.load(ckpt_path, map_location="cpu", weights_only=False)
    name = next(iter(state["model"]))
    state["model"][name] = state["model"][name] + 1e-3
    torch.save(state, ckpt_path)
    after = rescore()
    assert after["score_key"] != before["score_key"]


def test_bad_eval_is_one_line_exit_2(run: tuple[Path, Path, str], tmp_path: Path) -> None:
    root, _, _ = run
    no_text = tmp_path / "q.jsonl"
    no_text.write_text(json.dumps({"question": "Why?"}) + "\n")
    for spec, message in (
        ("nope", "unknown evaluation set 'nope'"),
        (str(tmp_path / "gone.parquet"), "does not exist"),
        (str(no_text), "no 'text' string field"),
    ):
        result = hornbook("score", "eval-run", "--eval", spec, root=root)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
