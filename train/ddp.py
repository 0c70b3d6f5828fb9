"""Multi-process training with DistributedDataParallel, launched by `torchrun`.

`train.trainer.train` already does the distributed part (process group, DDP wrapper,
per-rank sampling, rank-0-only writing) whenever `torchrun` sets `WORLD_SIZE` > 1; this
module is only the entry point that every process runs. Two ways to give it data:

    # a corpus version and a tokenizer from the catalog, as `hornbook train` does
    torchrun --standalone --nproc_per_node 8 -m hornbook.train.ddp corpus tinystories@v1 \\
        --tokenizer ts-bpe4096 --preset ts-28m --name ts28m

    # token streams already on disk (.npy, e.g. from `tokenizer.stream.encode_documents`)
    torchrun --standalone --nproc_per_node 2 -m hornbook.train.ddp tokens RUN_DIR \\
        --train train.npy --val val.npy --vocab-size 4096 --preset ts-1m \\
        --set device=cpu --set max_steps=100

`--set key=value` overrides any TrainConfig field (values are read as JSON, else taken as
strings). `batch_size` is per process: a step consumes `nproc * batch_size` windows, so
keep the preset's learning rate only when that global batch is what the preset was tuned
for. On GPUs each process takes the GPU numbered by its `LOCAL_RANK` and talks NCCL; on
CPU, gloo. Launched without torchrun it is a plain one-process run.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch.distributed as dist
from hornbook.corpora.errors import UserError
from hornbook.train.presets import TrainConfig, get_preset
from hornbook.train.trainer import init_distributed, train


def parse_overrides(config: TrainConfig, assignments: list[str]) -> TrainConfig:
    """`config` with each `key=value` of `assignments` applied; unknown keys are errors."""
    known = {f.name for f in fields(TrainConfig)}
    changes: dict[str, Any] = {}
    for item in assignments:
        key, sep, raw = item.partition("=")
        if not sep or key not in known:
            raise UserError(
                f"--set {item!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(known))}"
            )
        try:
            changes[key] = json.loads(raw)
        except json.JSONDecodeError:
            changes[key] = raw
    return replace(config, **changes)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hornbook.train.ddp",
        description="Train under torchrun (DDP); see the module docstring for launch lines.",
    )
    sub = parser.add_subparsers(dest="source", required=True)

    corpus = sub.add_parser("corpus", help="train on a corpus version from the catalog")
    corpus.add_argument("corpus_ref", help="e.g. tinystories@v1")
    corpus.add_argument("--tokenizer", required=True, help="tokenizer name or directory")
    corpus.add_argument("--name", default=None, help="run name (default: <corpus>-v<N>-<preset>)")
    corpus.add_argument("--data-root", default=None)

    tokens = sub.add_parser("tokens", help="train on token streams saved as .npy files")
    tokens.add_argument("run_dir", type=Path)
    tokens.add_argument("--train", type=Path, required=True, help="training stream (.npy)")
    tokens.add_argument("--val", type=Path, required=True, help="validation stream (.npy)")
    tokens.add_argument("--vocab-size", type=int, required=True)
    tokens.add_argument("--fresh", action="store_true", help="start over instead of resuming")

    for p in (corpus, tokens):
        p.add_argument("--preset", default="tiny")
        p.add_argument("--set", dest="overrides", action="append", default=[])
        p.add_argument("--max-steps", type=int, default=None, help="stop this call early")
        p.add_argument("--no-progress", action="store_true")
    return parser


def _train_corpus(args: argparse.Namespace, config: TrainConfig, is_main: bool) -> dict:
    # Imported here so that the tokens path does not pull in the catalog and tokenizers.
    from hornbook.tokenizer.corpus import open_tokenizer
    from hornbook.train.runs import plan_run, train_on_corpus, write_lineage

    plan = plan_run(args.corpus_ref, args.preset, args.tokenizer, args.name, args.data_root)
    plan = replace(plan, config=config)
    if is_main and not (plan.path / "lineage.json").is_file():
        tok_dir, _ = open_tokenizer(args.tokenizer, args.data_root)
        write_lineage(plan, args.tokenizer, tok_dir)
    if dist.is_initialized():
        dist.barrier()  # lineage exists before any rank looks for it
    return train_on_corpus(
        plan,
        args.tokenizer,
        max_steps=args.max_steps,
        root=args.data_root,
        progress=not args.no_progress,
    )


def _train_tokens(args: argparse.Namespace, config: TrainConfig) -> dict:
    # Memory-mapped: every process on a machine shares the page cache of one file.
    train_tokens = np.load(args.train, mmap_mode="r")
    val_tokens = np.load(args.val, mmap_mode="r")
    return train(
        args.run_dir,
        train_tokens,
        val_tokens,
        config,
        vocab_size=args.vocab_size,
        resume=not args.fresh,
        progress=not args.no_progress,
        max_steps=args.max_steps,
    )


def main(argv: list[str] | None = None) -> int:
    """Run one process of the job; exit code 0, or 2 with one line for a user error."""
    args = _parser().parse_args(argv)
    try:
        config = parse_overrides(get_preset(args.preset), args.overrides)
        # The group is made here, not in `train`, because the corpus path needs a barrier
        # before training starts; `train` then joins the existing group.
        ctx = init_distributed(config.device)
        try:
            if args.source == "corpus":
                summary = _train_corpus(args, config, ctx.is_main)
            else:
                summary = _train_tokens(args, config)
        finally:
            if ctx.owns_group:
                dist.destroy_process_group()
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if ctx.is_main:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
