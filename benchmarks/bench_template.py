"""Template story generation: the build's generation step against the bare grammar calls.

    python benchmarks/bench_template.py [--stories 2000] [--rounds 5] [--no-record]

No other library writes stories from hornbook's grammar, so the like-for-like comparison
is the build's own step against the library calls it wraps, on the same prompts (the
default `tinystories` spec, its seed, indices 0..N-1), in one process on one core:

- bare: `write_story(sample_prompt(recipe, vocab, seed, i), vocab, seed)` in a loop;
- step: `GenerateStories(spec).run()` (the DataTrove step curation stage 1 starts with:
  the same two calls, then the training text, the content id, the `Document` and its
  metadata, DataTrove's timing and stats), the same N stories;
- and, as a breakdown of the bare loop, `sample_prompt` alone (what every backend pays
  before it writes a word).

The three alternate for `--rounds` rounds so drift in machine load hits all of them; the
median round counts. Ratios: step / bare in stories per second (the step's overhead), and
story / prompt time (the grammar's cost). Then the diversity of 1,000 default template
stories against the first 1,000 real TinyStories stories shipped for evaluation
(`corpora.textstats.diversity_stats`, same sample size). The section "Template story
generation" of benchmarks/RESULTS.md is rewritten (unless `--no-record`).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.corpora.backends.template import write_story  # noqa: E402
from hornbook.corpora.generate import GenerateStories  # noqa: E402
from hornbook.corpora.recipes.stories import sample_prompt  # noqa: E402
from hornbook.corpora.reference_stories import load_reference_stories  # noqa: E402
from hornbook.corpora.spec import load_spec  # noqa: E402
from hornbook.corpora.textstats import REFERENCE_SAMPLE_SIZE, diversity_stats  # noqa: E402
from hornbook.corpora.vocabulary import load_vocabulary  # noqa: E402

from benchmarks.record import record_section  # noqa: E402

TITLE = "Template story generation"


def _rate(fn: Callable[[int], object], n: int) -> float:
    started = time.perf_counter()
    fn(n)
    return n / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-record", action="store_true", help="do not touch RESULTS.md")
    args = parser.parse_args(argv)

    spec = load_spec("tinystories", [f"generator.samples={args.stories}"])
    recipe, seed = spec.recipe, spec.seed
    vocab = load_vocabulary(recipe.vocabulary)

    def prompts_only(n: int) -> None:
        for i in range(n):
            sample_prompt(recipe, vocab, seed, i)

    def bare(n: int) -> None:
        for i in range(n):
            write_story(sample_prompt(recipe, vocab, seed, i), vocab, seed)

    def step(n: int) -> None:
        for _ in GenerateStories(spec).run(None, 0, 1):
            pass

    bare(100)  # warm the vocabulary's lookup caches and the pool caches
    rates: dict[str, list[float]] = {"prompts": [], "bare": [], "step": []}
    for round_ in range(args.rounds):
        for name, fn in (("prompts", prompts_only), ("bare", bare), ("step", step)):
            rates[name].append(_rate(fn, args.stories))
        print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
    med = {name: statistics.median(values) for name, values in rates.items()}

    sample = REFERENCE_SAMPLE_SIZE
    template_spec = load_spec("tinystories", [f"generator.samples={sample}"])
    template = [d.metadata["story"] for d in GenerateStories(template_spec).run(None, 0, 1)]
    ours = diversity_stats(template, sample)
    real = diversity_stats(load_reference_stories(), sample)

    def cells(name: str) -> str:
        return f"{med[name]:,.0f} | {', '.join(f'{r:,.0f}' for r in rates[name])}"

    measures = [
        ("distinct-1", "distinct_1", "{:.4f}"),
        ("distinct-2", "distinct_2", "{:.3f}"),
        ("distinct-3", "distinct_3", "{:.3f}"),
        ("distinct-4", "distinct_4", "{:.3f}"),
        ("most common first sentence, share", "top_first_sentence_share", "{:.3f}"),
        ("stories whose first sentence is shared", "shared_first_sentence_share", "{:.3f}"),
        ('opens with "Once upon a time"', "once_upon_a_time_share", "{:.3f}"),
        ("mean words", "mean_words", "{:.1f}"),
    ]
    diversity = "\n".join(
        f"| {label} | {fmt.format(ours[key])} | {fmt.format(real[key])} |"
        for label, key, fmt in measures
    )
    body = f"""\
Default `tinystories` spec (seed {seed}), stories 0..{args.stories - 1}, one process, one
core, {args.rounds} rounds in the same order each round, median. bare = `write_story(sample_prompt(...))`
in a loop; step = `GenerateStories(spec).run()`, the DataTrove step a build runs (the same
calls, then training text, content id, `Document`, stats), same stories; prompts =
`sample_prompt` alone. No other library writes these stories, so the peer is the bare
grammar calls the step wraps.

| measure | median per s | rounds |
|---|---:|---|
| prompts (`sample_prompt` alone) | {cells("prompts")} |
| stories, bare calls | {cells("bare")} |
| stories, build step `GenerateStories` | {cells("step")} |

Ratio step / bare in stories/s: **{med["step"] / med["bare"]:.2f}** (1 = no overhead from
the step). Story / prompt time: {med["prompts"] / med["bare"]:.1f}x (the grammar's own cost
in units of prompt sampling).

Diversity (`corpora.textstats.diversity_stats`), {ours["stories"]:,} default template
stories (indices 0..{sample - 1}) against the first {real["stories"]:,} real TinyStories
stories shipped as evaluation data:

| measure | template | real TinyStories |
|---|---:|---:|
{diversity}"""
    print(body)
    if not args.no_record:
        print(f"recorded in {record_section(TITLE, body, script=__file__)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
