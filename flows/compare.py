"""Flow `compare-corpora`: the same proxy model on each corpus version, ranked on common text."""

from __future__ import annotations

from hornbook.flows.artifacts import artifact_key
from hornbook.flows.train_model import tokenizer_task, train_task
from hornbook.train import runs
from hornbook.train.compare import (
    HELDOUT,
    common_heldout,
    plan_comparison,
    rank,
    write_comparison,
)
from hornbook.train.evalsets import EvalSet, resolve_eval_sets
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE


@task(name="score-heldout", cache_policy=NO_CACHE)
def score_heldout_task(run: runs.RunPlan, texts: list[str], eval_sets: list[EvalSet]) -> dict:
    return runs.score_on_texts(run.path, texts, num_samples=2, eval_sets=eval_sets)


@flow(name="compare-corpora", log_prints=True)
def compare_corpora_flow(
    corpora: list[str],
    preset: str = "tiny",
    tokenizer: str | None = None,
    max_steps: int | None = None,
    name: str | None = None,
    data_root: str | None = None,
    evals: list[str] | None = None,
) -> str:
    """Train `preset` on every version, score all on one held-out set and on each evaluation
    set of `evals`, rank by the first evaluation set (else the held-out set); returns the
    report dir."""
    logger = get_run_logger()
    plan = plan_comparison(corpora, preset, tokenizer, name, data_root)
    eval_sets = resolve_eval_sets(evals or [], data_root)
    heldout = common_heldout(plan.versions)
    results = []
    for run in plan.runs:
        tok = tokenizer or tokenizer_task(
            run.corpus.ref,
            run.config.default_tokenizer_kind,
            run.config.default_vocab_size,
            data_root,
        )
        summary = train_task(run, tok, max_steps, data_root)
        score = score_heldout_task(run, heldout, eval_sets)
        results.append(
            {
                "evals": {
                    set_name: {
                        "bits_per_byte": part["bits_per_byte"],
                        "loss": part["loss"],
                        "docs": part["docs"],
                        "contamination": part.get("contamination"),
                    }
                    for set_name, part in score["evals"].items()
                },
                "corpus": run.corpus.ref,
                "fingerprint": run.corpus.fingerprint,
                "tokenizer": tok,
                "run": run.name,
                "bits_per_byte": score["bits_per_byte"],
                "val_loss": score["val_loss"],
                "tokens_seen": summary["tokens_seen"],
                "steps": summary["steps"],
            }
        )
        logger.info("%s: %.4f bits/byte", run.corpus.ref, score["bits_per_byte"])
    ranked_on = eval_sets[0].name if eval_sets else HELDOUT
    out = write_comparison(plan, rank(results, ranked_on), len(heldout), ranked_on)
    create_markdown_artifact(
        (out / "comparison.md").read_text(encoding="utf-8"),
        key=artifact_key("compare", plan.name),
        description=f"Corpus comparison {plan.name}",
    )
    return str(out)
