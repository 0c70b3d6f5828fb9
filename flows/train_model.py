"""Flow `train-model`: corpus version -> tokenizer -> trained model -> score."""

from __future__ import annotations

import json
from pathlib import Path

from hornbook.corpora.catalog import Catalog
from hornbook.flows.artifacts import artifact_key
from hornbook.tokenizer.corpus import ensure_tokenizer
from hornbook.train import runs
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE


@task(name="tokenizer", cache_policy=NO_CACHE)
def tokenizer_task(corpus: str, kind: str, vocab_size: int | None, data_root: str | None) -> str:
    version = Catalog(data_root).resolve(corpus)
    name, _, _ = ensure_tokenizer(
        version, kind, vocab_size if kind != "byte" else None, None, data_root
    )
    return name


@task(name="train", cache_policy=NO_CACHE)
def train_task(
    plan: runs.RunPlan, tokenizer: str, max_steps: int | None, data_root: str | None
) -> dict:
    return runs.train_on_corpus(plan, tokenizer, max_steps=max_steps, root=data_root)


@task(name="score", cache_policy=NO_CACHE)
def score_task(run_dir: str) -> dict:
    return runs.score_run_dir(Path(run_dir))


@flow(name="train-model", log_prints=True)
def train_model_flow(
    corpus: str = "tinystories@latest",
    preset: str = "tiny",
    tokenizer: str | None = None,
    run_name: str | None = None,
    max_steps: int | None = None,
    score: bool = True,
    data_root: str | None = None,
) -> str:
    """Train (or resume) a model on a corpus version; returns the run directory."""
    logger = get_run_logger()
    plan = runs.plan_run(corpus, preset, tokenizer, run_name, data_root)
    if tokenizer is None:
        tokenizer = tokenizer_task(
            plan.corpus.ref,
            plan.config.default_tokenizer_kind,
            plan.config.default_vocab_size,
            data_root,
        )
    summary = train_task(plan, tokenizer, max_steps, data_root)
    lines = [
        f"# Run {plan.name}",
        "",
        f"- Corpus: {plan.corpus.ref}",
        f"- Tokenizer: {tokenizer}",
        f"- Preset: {preset}",
        f"- Directory: `{plan.path.resolve()}`",
        "",
        "```json",
        json.dumps(summary, indent=2, default=str),
        "```",
    ]
    if score:
        result = score_task(str(plan.path))
        lines += [
            "",
            f"Validation loss {result['val_loss']:.4f}, bits per byte {result['bits_per_byte']:.4f}.",
            *runs.eval_lines(result),
        ]
    create_markdown_artifact(
        "\n".join(lines),
        key=artifact_key("run", plan.name),
        description=f"Training run {plan.name}",
    )
    logger.info("run %s at %s", plan.name, plan.path)
    return str(plan.path)
