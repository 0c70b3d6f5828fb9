"""Sandbox throughput: programs verified per second, against a bare subprocess per program.

    python benchmarks/bench_sandbox.py                   # 1000 programs, workers = CPU count
    python benchmarks/bench_sandbox.py -n 2000 --workers 2 --rounds 3

Generates `-n` varied TinyGSM-style `solution()` programs (integer and float arithmetic,
loops, `math`, `fractions`, `decimal`), each with its expected answer, and times:

(a) `corpora.sandbox.run_programs` over all of them: every program in its own forked,
    hardened child (AST policy, rlimits, privilege drop, seccomp, network namespace),
    supervisor start-up included;
(b) the same programs, each run by a bare `subprocess.run([sys.executable, "-c", ...])`
    with no limits at all, on a thread pool of the same worker count.

Both are verified against the expected answers (a wrong answer is a failed benchmark,
not a slow one). The two alternate for `--rounds` rounds and the median round is
reported. Results are printed, not written: the lead folds them into RESULTS.md.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hornbook.corpora.sandbox import SandboxLimits, answers_match, run_programs, sandbox_layers  # noqa: E402
from machine import cpu_model, load_average  # noqa: E402

NAMES = ["Tom", "Ana", "Lee", "Mia", "Sam", "Zoe", "Raj", "Eva"]
ITEMS = ["apples", "pencils", "stickers", "marbles", "cookies", "books"]


def make_program(rng: random.Random) -> tuple[str, int | float]:
    """One program and its expected answer; the answer is computed here the same way."""
    who, item = rng.choice(NAMES), rng.choice(ITEMS)
    a, b, c = rng.randint(2, 90), rng.randint(2, 40), rng.randint(1, 12)
    kind = rng.randrange(6)
    doc = f'    """{who} has {a} {item}, gets {b} more and gives away {c}."""\n'
    if kind == 0:
        body = f"    start = {a}\n    bought = {b}\n    given = {c}\n    result = start + bought - given\n    return result\n"
        answer: int | float = a + b - c
    elif kind == 1:
        body = f"    boxes = {b}\n    per_box = {c}\n    price = {a / 4}\n    total = boxes * per_box * price\n    return total\n"
        answer = b * c * (a / 4)
    elif kind == 2:
        body = f"    total = 0\n    for day in range(1, {c} + 1):\n        total += {a} + day\n    return total\n"
        answer = sum(a + d for d in range(1, c + 1))
    elif kind == 3:
        body = f"    import math\n    per_bag = {c}\n    bags = math.ceil({a + b} / per_bag)\n    return bags\n"
        answer = math.ceil((a + b) / c)
    elif kind == 4:
        body = f"    from fractions import Fraction\n    share = Fraction({a}, {c}) + Fraction({b}, {c})\n    return share * {c}\n"
        answer = int((Fraction(a, c) + Fraction(b, c)) * c)
    else:
        body = f"    from decimal import Decimal\n    cost = Decimal('{a}.25') * {b}\n    return cost\n"
        answer = (a + 0.25) * b
    src = f"def solution():\n{doc}{body}"
    return src, answer


def bench_sandbox(sources: list[str], expected: list[int | float], workers: int) -> float:
    limits = SandboxLimits(cpu_seconds=2, wall_seconds=5)
    t0 = time.perf_counter()
    results = run_programs(sources, limits, workers=workers)
    elapsed = time.perf_counter() - t0
    bad = [
        (i, r.reason, r.answer)
        for i, r in enumerate(results)
        if not (r.ok and answers_match(r.answer, expected[i]))
    ]
    if bad:
        raise SystemExit(f"sandbox: {len(bad)} wrong results, first: {bad[:3]}")
    return elapsed


def _bare_one(source: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", source + "\nprint(solution())\n"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return out.stdout.strip()


def bench_bare(sources: list[str], expected: list[int | float], workers: int) -> float:
    t0 = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        outputs = list(pool.map(_bare_one, sources))
    elapsed = time.perf_counter() - t0
    bad = [
        (i, o) for i, o in enumerate(outputs) if not answers_match(float(o or "nan"), expected[i])
    ]
    if bad:
        raise SystemExit(f"bare subprocess: {len(bad)} wrong results, first: {bad[:3]}")
    return elapsed


def machine() -> str:
    return f"{os.cpu_count()} CPUs (nproc), {cpu_model()}, Python {sys.version.split()[0]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="programs per round (default 1000)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    pairs = [make_program(rng) for _ in range(args.n)]
    sources = [s for s, _ in pairs]
    expected = [a for _, a in pairs]
    layers = sandbox_layers()
    print(f"sandbox layers: {', '.join(k for k, v in layers.items() if v)}")
    off = [k for k, v in layers.items() if not v]
    if off:
        print(f"  not active here: {', '.join(off)}")

    sandbox_s, bare_s = [], []
    for r in range(args.rounds):
        sandbox_s.append(bench_sandbox(sources, expected, args.workers))
        bare_s.append(bench_bare(sources, expected, args.workers))
        print(
            f"round {r + 1}: sandbox {args.n / sandbox_s[-1]:.0f} prog/s, "
            f"bare subprocess {args.n / bare_s[-1]:.0f} prog/s"
        )
    sb, bb = statistics.median(sandbox_s), statistics.median(bare_s)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print()
    print(
        f"`python benchmarks/bench_sandbox.py -n {args.n} --workers {args.workers} "
        f"--rounds {args.rounds}`, {now}, {machine()}, load average at the end {load_average()}."
    )
    print()
    print("| runner | programs | workers | seconds | programs/s |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| sandbox (fork from zygote, all layers) | {args.n} | {args.workers} | {sb:.2f} | {args.n / sb:.0f} |"
    )
    print(
        f"| bare `subprocess.run([python, -c])`, no limits | {args.n} | {args.workers} | {bb:.2f} | {args.n / bb:.0f} |"
    )
    print()
    print(f"sandbox / bare throughput: {bb / sb:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
