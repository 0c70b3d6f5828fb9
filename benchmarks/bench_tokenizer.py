"""Benchmark: hornbook's SentencePiece BPE against Hugging Face `tokenizers` BPE.

Same texts, same vocab sizes (1024 and 4096): training time on the train split, and
encoding throughput (documents per second) over the whole train split. The corpus is
built the way users build one (`corpora.build.build_corpus("tinystories", ...)` in a
temporary data root), or, with `--reference`, the 1,158 real TinyStories stories.

The Hugging Face side is the usual GPT-2 style setup: ByteLevel pre-tokenizer and decoder
with the full 256-byte initial alphabet (so, like hornbook's byte fallback, it spends 256
ids on bytes and never emits unk), trained with `BpeTrainer` from an iterator. Both encode
with their batch API. Training time includes writing the trained tokenizer to disk on both
sides (hornbook's `train_tokenizer` writes its tokenizer directory; HF's is saved with
`Tokenizer.save`). Numbers are best-of-N wall-clock seconds; the ratio is hornbook / HF,
so below 1 means hornbook is faster.

    python benchmarks/bench_tokenizer.py [--samples 20000] [--repeats 3] [--no-record]

Results are printed as a table and rewrite the section "Tokenizers" of
benchmarks/RESULTS.md (unless `--no-record`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hornbook.corpora.reference_stories import load_reference_stories  # noqa: E402
from hornbook.tokenizer.store import load_tokenizer, train_tokenizer  # noqa: E402
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers  # noqa: E402

from benchmarks.record import record_section  # noqa: E402

TITLE = "Tokenizers"
SIZES = (1024, 4096)


def best_of(repeats: int, run: Callable[[], object]) -> tuple[float, object]:
    """Smallest wall-clock time of `repeats` runs (the least disturbed by other load)."""
    best = float("inf")
    result: object = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def load_texts(samples: int, use_reference: bool) -> tuple[list[str], list[str], str]:
    """(train, validation, description) of the benchmark corpus."""
    if use_reference:
        stories = list(load_reference_stories())
        return stories[:1000], stories[1000:], f"{len(stories)} reference TinyStories stories"
    from hornbook.corpora.build import build_corpus

    with tempfile.TemporaryDirectory(prefix="hornbook-bench-") as root:
        started = time.perf_counter()
        version = build_corpus("tinystories", [f"generator.samples={samples}"], root).version
        elapsed = time.perf_counter() - started
        print(f"built {version.ref} ({samples} samples) in {elapsed:.1f} s", file=sys.stderr)
        train, val = version.read_texts("train"), version.read_texts("validation")
    return train, val, f"tinystories built with generator.samples={samples}"


def hornbook_train(train: Sequence[str], val: Sequence[str], size: int, out: Path):
    train_tokenizer(train, val[:1], out, "bpe", size, out.name, {"bench": True})
    return load_tokenizer(out)


def hf_train(train: Sequence[str], size: int, out: Path) -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=size,
        special_tokens=["<unk>", "<s>", "</s>", "<pad>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(iter(train), trainer=trainer, length=len(train))
    out.mkdir(parents=True)
    tok.save(str(out / "tokenizer.json"))
    return tok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=20000, help="generator.samples")
    parser.add_argument("--reference", action="store_true", help="use the reference stories")
    parser.add_argument("--repeats", type=int, default=3, help="best of N per measurement")
    parser.add_argument("--no-record", action="store_true", help="do not touch RESULTS.md")
    args = parser.parse_args(argv)

    train, val, corpus = load_texts(args.samples, args.reference)
    n_bytes = sum(len(t.encode()) for t in train)
    print(f"corpus: {corpus}; train split {len(train)} docs, {n_bytes / 1e6:.1f} MB")

    rows = []
    with tempfile.TemporaryDirectory(prefix="hornbook-bench-tok-") as scratch:
        for size in SIZES:
            runs = iter(range(args.repeats))
            ours_train_s, ours = best_of(
                args.repeats,
                lambda size=size, runs=runs: hornbook_train(
                    train, val, size, Path(scratch) / f"bpe{size}-{next(runs)}"
                ),
            )
            hf_runs = iter(range(args.repeats))
            hf_train_s, hf = best_of(
                args.repeats,
                lambda size=size, runs=hf_runs: hf_train(
                    train, size, Path(scratch) / f"hf{size}-{next(runs)}"
                ),
            )
            ours_enc_s, ours_ids = best_of(args.repeats, lambda ours=ours: ours.encode_batch(train))
            hf_enc_s, hf_enc = best_of(args.repeats, lambda hf=hf: hf.encode_batch_fast(train))
            ours_tokens = sum(len(ids) for ids in ours_ids)
            hf_tokens = sum(len(e.ids) for e in hf_enc)
            rows.append(
                {
                    "vocab": size,
                    "ours_train_s": ours_train_s,
                    "hf_train_s": hf_train_s,
                    "ours_docs_s": len(train) / ours_enc_s,
                    "hf_docs_s": len(train) / hf_enc_s,
                    "ours_bpt": n_bytes / ours_tokens,
                    "hf_bpt": n_bytes / hf_tokens,
                }
            )

    header = (
        "| vocab | train s hornbook | train s HF | ratio | encode docs/s hornbook | "
        "encode docs/s HF | ratio (time) | bytes/token hornbook | bytes/token HF |"
    )
    lines = [header, "|" + "---:|" * 9]
    for r in rows:
        lines.append(
            f"| {r['vocab']} | {r['ours_train_s']:.2f} | {r['hf_train_s']:.2f} | "
            f"{r['ours_train_s'] / r['hf_train_s']:.2f} | {r['ours_docs_s']:,.0f} | "
            f"{r['hf_docs_s']:,.0f} | {r['hf_docs_s'] / r['ours_docs_s']:.2f} | "
            f"{r['ours_bpt']:.3f} | {r['hf_bpt']:.3f} |"
        )
    table = "\n".join(lines)
    print()
    print(table)

    body = (
        f"Corpus: {corpus}; train split {len(train):,} docs, {n_bytes / 1e6:.1f} MB. hornbook = "
        "SentencePiece BPE as `train_tokenizer` runs it (2 threads, byte fallback, split "
        "digits, writing its tokenizer directory); HF = `tokenizers` BpeTrainer with the "
        "ByteLevel pre-tokenizer and the 256-byte alphabet, saved with `Tokenizer.save`. Same "
        f"texts, same vocab sizes, best of {args.repeats}. Ratios are hornbook / HF in time "
        "(< 1: hornbook faster); encoding is each library's batch API over the train split.\n\n"
        + table
    )
    if not args.no_record:
        print(f"recorded in {record_section(TITLE, body, script=__file__)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
