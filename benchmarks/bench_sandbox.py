"""Sandbox throughput, like for like: the jailed sandbox against three ways of doing without.

    python benchmarks/bench_sandbox.py                 # 1000 programs, 2 workers, 1 round
    python benchmarks/bench_sandbox.py -n 200 --rounds 3 --no-record

Generates `-n` varied TinyGSM-style `solution()` programs (integer and float arithmetic,
loops, `math`, `fractions`, `decimal`), each with its expected answer, and times, with the
same worker count:

- jailed: `corpora.sandbox.run_programs` as every caller runs it: the supervisor inside
  the bubblewrap jail, one forked child per program with its seccomp allow-list and rlimits;
- (a) the same zygote with isolation off (`SandboxLimits(isolation="none")`);
- (b) a bare `python -I -S -c` subprocess per program, no limits at all;
- (c) one jail launch per program: the same bwrap command line (namespaces, read-only
  binds, seccomp) around a `python -I -S -c` per program.

Every answer is checked (a wrong answer fails the benchmark). Rounds alternate the four
runners and the median round is reported; the ratios are printed and written to the
"Sandbox" section of RESULTS.md (goal: jailed >= 0.5x (a) and >= 3x (b)).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hornbook.corpora.sandbox import (  # noqa: E402
    SandboxLimits,
    answers_match,
    jail,  # noqa: E402
    run_programs,
)
from record import machine_line, record_section  # noqa: E402

NAMES = ["Tom", "Ana", "Lee", "Mia", "Sam", "Zoe", "Raj", "Eva"]
ITEMS = ["apples", "pencils", "stickers", "marbles", "cookies", "books"]


def make_program(rng: random.Random) -> tuple[str, int | float]:
    """One program and its expected answer; the answer is computed here the same way."""
    who, item = rng.choice(NAMES), rng.choice(ITEMS)
    a, b, c = rng.randint(2, 90), rng.randint(2, 40), rng.randint(1, 12)
    kind = rng.randrange(6)
    doc = f'    """{who} has {a} {item}, gets {b} more and gives away {c}."""\n'
    if kind == 0:
        body = f"    start = {a}\n    bought = {b}\n    given = {c}\n    return start + bought - given\n"
        answer: int | float = a + b - c
    elif kind == 1:
        body = f"    boxes = {b}\n    per_box = {c}\n    price = {a / 4}\n    return boxes * per_box * price\n"
        answer = b * c * (a / 4)
    elif kind == 2:
        body = f"    total = 0\n    for day in range(1, {c} + 1):\n        total += {a} + day\n    return total\n"
        answer = sum(a + d for d in range(1, c + 1))
    elif kind == 3:
        body = f"    import math\n    per_bag = {c}\n    return math.ceil({a + b} / per_bag)\n"
        answer = math.ceil((a + b) / c)
    elif kind == 4:
        body = f"    from fractions import Fraction\n    share = Fraction({a}, {c}) + Fraction({b}, {c})\n    return share * {c}\n"
        answer = int((Fraction(a, c) + Fraction(b, c)) * c)
    else:
        body = f"    from decimal import Decimal\n    return Decimal('{a}.25') * {b}\n"
        answer = (a + 0.25) * b
    return f"def solution():\n{doc}{body}", answer


LIMITS = SandboxLimits(cpu_seconds=2, wall_seconds=5)


def _check(label: str, got: list[float | int | None], expected: list[int | float]) -> None:
    bad = [(i, g, e) for i, (g, e) in enumerate(zip(got, expected, strict=True))]
    bad = [b for b in bad if not answers_match(b[1], b[2])]
    if bad:
        raise SystemExit(f"{label}: {len(bad)} wrong results, first: {bad[:3]}")


def _zygote(isolation: str) -> Callable[[list[str], int], list[float | int | None]]:
    def run(sources: list[str], workers: int) -> list[float | int | None]:
        limits = SandboxLimits(cpu_seconds=2, wall_seconds=5, isolation=isolation)
        return [r.answer for r in run_programs(sources, limits, workers=workers)]

    return run


def _parse(stdout: str) -> float | None:
    try:
        return float(stdout.strip())
    except ValueError:
        return None


def _bare_one(source: str) -> float | None:
    base, _ = jail.interpreter()
    out = subprocess.run(
        [str(base), "-I", "-S", "-c", source + "\nprint(solution())\n"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return _parse(out.stdout)


def _jail_one(source: str) -> float | None:
    base, _ = jail.interpreter()
    launch = jail.prepare([str(base), "-I", "-S", "-c", source + "\nprint(solution())\n"])
    try:
        out = subprocess.run(
            launch.argv, pass_fds=launch.pass_fds, capture_output=True, text=True, timeout=60
        )
    finally:
        launch.close()
    return _parse(out.stdout)


def _per_process(one: Callable[[str], float | None]) -> Callable[..., list[float | int | None]]:
    def run(sources: list[str], workers: int) -> list[float | int | None]:
        with ThreadPoolExecutor(workers) as pool:
            return list(pool.map(one, sources))

    return run


RUNNERS: dict[str, tuple[str, Callable[[list[str], int], list[float | int | None]]]] = {
    "jailed": ("sandbox, zygote inside the jail (the default)", _zygote("jail")),
    "a": ("(a) same zygote, isolation off", _zygote("none")),
    "b": ("(b) bare `python -I -S -c` per program, no limits", _per_process(_bare_one)),
    "c": ("(c) one jail launch (bwrap + python) per program", _per_process(_jail_one)),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="programs per round (default 1000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-record", action="store_true", help="print only")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    pairs = [make_program(rng) for _ in range(args.n)]
    sources = [s for s, _ in pairs]
    expected = [a for _, a in pairs]
    jail.ensure_available()  # fail closed here too: no jail, no benchmark

    seconds: dict[str, list[float]] = {k: [] for k in RUNNERS}
    for r in range(args.rounds):
        for key, (_, run) in RUNNERS.items():
            t0 = time.perf_counter()
            got = run(sources, args.workers)
            seconds[key].append(time.perf_counter() - t0)
            _check(key, got, expected)
        rates = ", ".join(f"{k} {args.n / v[-1]:.0f}/s" for k, v in seconds.items())
        print(f"round {r + 1}: {rates}", file=sys.stderr)

    med = {k: statistics.median(v) for k, v in seconds.items()}
    rate = {k: args.n / v for k, v in med.items()}
    rows = [
        f"| {label} | {args.n} | {args.workers} | {med[k]:.2f} | {rate[k]:.0f} |"
        for k, (label, _) in RUNNERS.items()
    ]
    vs_a, vs_b, vs_c = (rate["jailed"] / rate[k] for k in ("a", "b", "c"))
    body = "\n".join(
        [
            f"{args.n} generated arithmetic `solution()` programs, every answer checked, "
            f"{args.workers} workers, median of {args.rounds} round(s).",
            "",
            "| runner | programs | workers | seconds | programs/s |",
            "|---|---:|---:|---:|---:|",
            *rows,
            "",
            f"jailed / (a) isolation off: {vs_a:.2f}x (goal >= 0.5x); "
            f"jailed / (b) bare subprocess: {vs_b:.1f}x (goal >= 3x); "
            f"jailed / (c) jail per program: {vs_c:.1f}x.",
            "",
            "The jail costs one bwrap launch per `run_programs` call (a supervisor start, "
            "paid once per batch), not per program: each program is a fork of the warm "
            "supervisor plus one seccomp prctl. As root, (c) also pays the launcher that "
            "leaves root before bwrap starts (jail.py).",
        ]
    )
    print(machine_line(__file__))
    print()
    print(body)
    if not args.no_record:
        record_section("Sandbox", body, script=__file__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
