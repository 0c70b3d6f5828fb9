"""`hornbook sample` / `hornbook rejected` on a million-row version: seconds per look.

    python benchmarks/bench_peek.py [--rows 1000000] [--rounds 3] [--no-record]

Writes a synthetic published version of `--rows` story rows (benchmarks/synthetic_corpus.py:
ten 100k-row shards, ~10% as many rejects) into a temporary data root, then times, as a
user runs them (a fresh `hornbook` process each, so start-up is included):

* `hornbook sample REF -n 5` (positions from the Parquet footers, five rows read);
* `hornbook sample REF -n 5 --where "word_count > 240"` (the filter column read whole);
* `hornbook rejected REF --reason oov -n 5`;
* baseline: a process that only imports the CLI (`hornbook specs`), the floor of any command;
* for scale: reading the text column of every shard with polars (what a full read costs).

Reports the median of `--rounds`; writes the "Sample and rejected" section of
benchmarks/RESULTS.md unless --no-record.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import polars as pl  # noqa: E402
from machine import load_average  # noqa: E402
from record import record_section  # noqa: E402
from synthetic_corpus import write_synthetic_version  # noqa: E402

HORNBOOK = Path(sys.executable).parent / "hornbook"


def _run(args: list[str], root: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [str(HORNBOOK), *args, "--data-root", str(root)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"hornbook {' '.join(args)} failed: {done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print(f"writing a synthetic {args.rows:,}-row version ...", file=sys.stderr)
        version = write_synthetic_version(root, args.rows)
        shards = sorted((version / "data").glob("*.parquet"))
        cases = {
            "`hornbook specs` (start-up only)": ["specs"],
            "`sample synthetic@v1 -n 5`": ["sample", "synthetic@v1", "-n", "5"],
            '`sample synthetic@v1 -n 5 --where "word_count > 240"`': [
                "sample",
                "synthetic@v1",
                "-n",
                "5",
                "--where",
                "word_count > 240",
            ],  # fmt: skip
            "`rejected synthetic@v1 --reason oov -n 5`": [
                "rejected",
                "synthetic@v1",
                "--reason",
                "oov",
                "-n",
                "5",
            ],  # fmt: skip
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        full: list[float] = []
        for _ in range(args.rounds):
            for name, argv in cases.items():
                times[name].append(_run(argv, root))
            start = time.perf_counter()
            pl.scan_parquet(shards).select(pl.col("text").str.len_bytes().sum()).collect()
            full.append(time.perf_counter() - start)
    lines = ["| command | seconds (median) |", "|---|---:|"]
    lines += [f"| {name} | {statistics.median(t):.2f} |" for name, t in times.items()]
    lines.append(
        f"| for scale: read every shard's text column (in-process) | {statistics.median(full):.2f} |"
    )
    body = "\n".join(
        [
            f"A synthetic published version of {args.rows:,} story rows (10 shards of 100k, "
            f"{args.rows // 10:,} rejects); each command a fresh process, median of "
            f"{args.rounds} rounds.",
            "",
            *lines,
        ]
    )
    print(body)
    print(f"load {load_average()}", file=sys.stderr)
    if not args.no_record:
        record_section("Sample and rejected", body, script=__file__)


if __name__ == "__main__":
    main()
