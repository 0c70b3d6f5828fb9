"""`--max-steps N` is the run's length: schedule, progress bar and saved config follow it.

It used to only truncate: a `tiny` run with `--max-steps 12` stopped at step 12 of a
500-step schedule (learning rate still near its peak), showed `12/500`, and saved
`max_steps: 500`.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.corpus import ensure_tokenizer
from hornbook.train import encode_documents, get_preset, read_metrics, train
from hornbook.train.runs import plan_run, train_on_corpus
from hornbook.train.trainer import lr_at, with_run_length

from tests.train_helpers import ByteTokenizer, synthetic_stories

TOKENIZER = ByteTokenizer()
# The `tiny` preset's schedule (500 steps, warmup 30) on a model small enough for seconds.
SMALL_TINY = replace(
    get_preset("tiny"),
    dim=32,
    n_layers=2,
    n_heads=2,
    seq_len=64,
    batch_size=8,
    eval_interval=1000,
    eval_batches=2,
    device="cpu",
)


def test_the_schedule_the_bar_and_the_config_follow_the_run_length(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    streams = (
        encode_documents(synthetic_stories(200, seed=1), TOKENIZER),
        encode_documents(synthetic_stories(20, seed=2), TOKENIZER),
    )
    run_dir = tmp_path / "run"
    config = with_run_length(SMALL_TINY, run_dir, 12)
    assert (config.max_steps, config.warmup_steps) == (12, 1)  # warmup 30 would outlast the run
    summary = train(run_dir, *streams, config, TOKENIZER.vocab_size, progress=True)
    assert summary["steps"] == 12
    err = capfd.readouterr().err
    assert "12/12" in err and "/500" not in err
    saved = json.loads((run_dir / "config.json").read_text())["train_config"]
    assert saved["max_steps"] == 12 and saved["warmup_steps"] == 1
    lrs = [r["lr"] for r in read_metrics(run_dir) if "lr" in r]
    assert lrs == pytest.approx([lr_at(step, config) for step in range(12)])
    # The schedule ends near min_lr; the preset's would still be warming up at step 11.
    assert lrs[-1] < 1.5 * config.min_lr and lr_at(11, SMALL_TINY) > 3 * config.min_lr

    # Resuming keeps the run's length; another length is refused in one line.
    assert with_run_length(SMALL_TINY, run_dir, None).max_steps == 12
    with pytest.raises(UserError, match="started as a run of 12 steps"):
        with_run_length(SMALL_TINY, run_dir, 40)
    with pytest.raises(UserError, match="at least 1"):
        with_run_length(SMALL_TINY, tmp_path / "fresh", 0)


def test_train_on_corpus_uses_max_steps_as_the_run_length(tmp_path: Path) -> None:
    root = tmp_path / "data"
    ref = build_corpus(
        "tinystories",
        ["generator.samples=150", "executor.tasks=1", "executor.workers=1"],
        root,
        progress=None,
    ).version.ref
    version = plan_run(ref, "tiny", None, "short", root).corpus
    tok, _, _ = ensure_tokenizer(version, "byte", None, None, root)
    plan = plan_run(ref, "tiny", tok, "short", root, max_steps=3)
    assert plan.config.max_steps == 3  # checked and applied when the run is planned
    summary = train_on_corpus(plan, tok, max_steps=3, root=root, progress=False)
    assert summary["steps"] == 3
    saved = json.loads((plan.path / "config.json").read_text())["train_config"]
    assert saved["max_steps"] == 3
    with pytest.raises(UserError, match="started as a run of 3 steps"):
        plan_run(ref, "tiny", tok, "short", root, max_steps=500)
