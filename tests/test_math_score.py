"""Math scoring: programs from the model run in the sandbox and are graded honestly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from hornbook.corpora.build import build_corpus
from hornbook.corpora.recipes.math import render_math_text
from hornbook.tokenizer.corpus import ensure_tokenizer
from hornbook.train import math_eval
from hornbook.train import score as score_module
from hornbook.train.math_eval import MathItem, math_accuracy, prompt_for
from hornbook.train.model import ModelConfig, Transformer
from hornbook.train.runs import MathScoring, plan_run, score_run_dir, train_on_corpus

from .train_helpers import ByteTokenizer

GOOD = 'def solution():\n    """Two and three."""\n    result = 2 + 3\n    return result\n'
WRONG = 'def solution():\n    """Two and three."""\n    result = 2 * 3\n    return result\n'
HOSTILE = 'def solution():\n    import os\n    os.system("touch /tmp/pwned")\n    return 1\n'
CRASH = "def solution():\n    return 1 / 0\n"


def test_prompt_is_the_training_text_before_the_solution() -> None:
    question = "Tom has 2 apples and gets 3 more. How many apples does he have?"
    prompt = prompt_for(question)
    assert render_math_text(question, GOOD).startswith(prompt)
    assert "def solution" not in prompt


def test_outcomes_are_graded_through_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    completions = iter([GOOD, WRONG, HOSTILE, CRASH, "just some words, no program"])
    monkeypatch.setattr(math_eval, "_complete", lambda *args: next(completions))
    items = [MathItem(f"q{k}", "What is two and three?", 5.0) for k in range(5)]
    model = Transformer(ModelConfig(vocab_size=259, dim=16, n_layers=1, n_heads=2, max_seq_len=32))
    result = math_accuracy(model, ByteTokenizer(), items)
    assert result["questions"] == 5
    assert result["correct"] == 1
    assert result["accuracy"] == pytest.approx(0.2)
    assert result["outcomes"] == {
        "correct": 1,
        "no_program": 1,
        "sandbox:disallowed_import": 1,
        "sandbox:exception:ZeroDivisionError": 1,
        "wrong_answer": 1,
    }
    assert not Path("/tmp/pwned").exists()


def test_math_run_score_has_accuracy_on_held_out_and_gsm8k(
    data_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    torch.manual_seed(0)
    version = build_corpus(
        "tinygsm",
        ["generator.samples=120", "curate.dedupe=exact", "executor.tasks=1"],
        data_root,
    ).version
    tok_name, _, _ = ensure_tokenizer(version, "byte", None, root=data_root)
    plan = plan_run(version.ref, "tiny", tok_name, "math-run", data_root)
    train_on_corpus(plan, tok_name, max_steps=4, root=data_root, progress=False)
    reads = []
    real_load = score_module.load_checkpoint
    monkeypatch.setattr(
        score_module, "load_checkpoint", lambda *a, **k: reads.append(a) or real_load(*a, **k)
    )
    result = score_run_dir(plan.path, num_samples=1, math=MathScoring(3, 2, 24), eval_docs=20)
    assert len(reads) == 1  # loss, samples and the math questions share one checkpoint read
    # the default yardstick of a math run: GSM8K test questions, guarded against overlap
    assert list(result["evals"]) == ["gsm8k-test"] and result["evals"]["gsm8k-test"]["docs"] == 20
    assert result["evals"]["gsm8k-test"]["contamination"]["contaminated"] is False
    saved = json.loads((plan.path / "score.json").read_text(encoding="utf-8"))
    assert saved["math"] == result["math"]
    for part, expected in (("held_out", 3), ("gsm8k_test", 2)):
        graded = result["math"][part]
        assert graded["questions"] == expected
        assert sum(graded["outcomes"].values()) == expected
        assert graded["accuracy"] == graded["correct"] / expected
    assert result["math"]["gsm8k_test"]["examples"][0]["id"].startswith("gsm8k-test-")
