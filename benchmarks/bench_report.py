"""Report statistics: the polars expressions against the row loops they replaced.

    python benchmarks/bench_report.py [--sizes 10000,100000,1000000] [--rounds 3] [--no-record]

For each size, builds that many synthetic story rows (benchmarks/synthetic_corpus.py: the
shape of a real story corpus, ~100-250 words per row) as the list of row dicts `publish`
makes, then times, alternating in the same process:

* before: the row-loop `summary_stats` on the row dicts (kept verbatim in
  benchmarks/report_rowloop.py), which is what `publish` ran;
* after: `hornbook.corpora.report.summary_stats` on the polars frame `publish` now builds
  (zero-copy) from the Arrow table it writes the shards from;
* the dicts -> Arrow conversion itself, shown apart: `publish` paid it for the shards
  before (per shard) and after (once), so it is in neither column.

Both give the same numbers (checked here on every size, and by tests/test_report_polars.py).
Reports the median round and the ratio before / after; writes the "Report statistics"
section of benchmarks/RESULTS.md unless --no-record.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import report_rowloop  # noqa: E402
from hornbook.corpora.report import as_frame, summary_stats  # noqa: E402
from hornbook.corpora.spec import CorpusSpec  # noqa: E402
from machine import load_average  # noqa: E402
from record import record_section  # noqa: E402
from synthetic_corpus import _story_table  # noqa: E402


def _time(fn: Callable[[], object]) -> tuple[float, object]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _measure(size: int, rounds: int, spec: CorpusSpec) -> tuple[float, float, float]:
    """Median seconds of (row loops, polars on the frame, dicts -> frame) for `size` rows."""
    rows = _story_table(np.random.default_rng(0), 0, size).to_pylist()
    old_t, new_t, convert_t = [], [], []
    for _ in range(rounds):
        t, old = _time(partial(report_rowloop.summary_stats, rows, spec))
        old_t.append(t)
        t, frame = _time(partial(as_frame, rows, "stories"))
        convert_t.append(t)
        t, new = _time(partial(summary_stats, frame, spec))
        new_t.append(t)
        if old != new:
            raise SystemExit(f"{size} rows: the polars statistics differ from the row loops")
    return statistics.median(old_t), statistics.median(new_t), statistics.median(convert_t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--rounds", type=int, default=3, help="rounds below 1M rows (1M: one)")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    spec = CorpusSpec.model_validate({"name": "synthetic"})
    lines = [
        "| documents | before: row loops (s) | after: polars (s) | before / after | dicts -> Arrow, in both (s) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size in (int(s) for s in args.sizes.split(",")):
        rounds = 1 if size >= 1_000_000 else args.rounds
        before, after, convert = _measure(size, rounds, spec)
        line = f"| {size:,} | {before:.2f} | {after:.2f} | {before / after:.1f}x | {convert:.2f} |"
        print(line, f"(load {load_average()})", file=sys.stderr)
        lines.append(line)
    body = "\n".join(
        [
            "`summary_stats` (lengths, openings, first sentences, OOV, prompt-word coverage, "
            "features, diversity on the first 1,000 stories) of synthetic story rows, before "
            "(row loops over the row dicts) and after (polars on the frame publish builds from "
            "the Arrow table it writes the shards from), same rows, same process, alternating; "
            f"median of {args.rounds} rounds (one at 1M). Same numbers checked on every size. "
            "The dicts -> Arrow conversion is paid by publish in both versions (for the shards).",
            "",
            *lines,
        ]
    )
    print(body)
    if not args.no_record:
        record_section("Report statistics", body, script=__file__)


if __name__ == "__main__":
    main()
