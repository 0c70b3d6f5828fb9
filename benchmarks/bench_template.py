"""Template story generation speed: stories per second on one core, against prompt sampling.

    python benchmarks/bench_template.py [--stories 2000] [--rounds 5]

Times, in one process on one core, (a) the baseline: drawing `--stories` prompts with
`sample_prompt` alone (the work every backend pays before it writes a word: words,
features, diversity controls, instruct sentence, prompt text), and (b) the full template
backend: the same prompts drawn and answered with `write_story`. The two alternate for
`--rounds` rounds so drift in machine load hits both, and the median round is reported.
The ratio (b)/(a) is the story grammar's cost in units of prompt sampling; (b) alone is the
number that matters for build time (a corpus of N stories costs about N / rate seconds per
generation task). Prints numbers for the lead to record in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.corpora.backends.template import write_story  # noqa: E402
from hornbook.corpora.recipes.stories import sample_prompt  # noqa: E402
from hornbook.corpora.spec import InstructSpec, StoriesRecipe  # noqa: E402
from hornbook.corpora.vocabulary import load_vocabulary  # noqa: E402
from machine import cpu_model, load_average  # noqa: E402


def _rate(fn, n: int) -> float:
    start = time.perf_counter()
    fn(n)
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    vocab = load_vocabulary("child")
    recipe = StoriesRecipe(max_features=3, instruct=InstructSpec(enabled=True))

    def prompts_only(n: int) -> None:
        for i in range(n):
            sample_prompt(recipe, vocab, 7, i)

    def full(n: int) -> None:
        for i in range(n):
            write_story(sample_prompt(recipe, vocab, 7, i), vocab, 7)

    full(100)  # warm the vocabulary's lookup caches and the pool caches
    base, story = [], []
    for _ in range(args.rounds):
        base.append(_rate(prompts_only, args.stories))
        story.append(_rate(full, args.stories))
    b, s = statistics.median(base), statistics.median(story)
    print(f"machine: {cpu_model()} (load {load_average()}), 1 process")
    print(f"baseline, prompts only:     {b:10.0f} prompts/s")
    print(f"template backend, stories:  {s:10.0f} stories/s per core")
    print(
        f"ratio story/prompt time:    {b / s:10.1f}x  ({args.stories} stories x {args.rounds} rounds, median)"
    )


if __name__ == "__main__":
    main()
