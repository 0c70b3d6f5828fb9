"""`hornbook sandbox FILE.py ...`: run each file's solution() in the sandbox, print JSONL.

A failing program is data (exit 0, its reason on its line); only bad usage exits 2: no
files, or a file that cannot be read as UTF-8 text, named in one line on stderr. A jail
that cannot be set up here is also one line and exit 2 (fail closed: nothing runs).

`hornbook sandbox --check` prints every layer, whether it is active here and why; exit 0
only when every required layer is active, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import UserError
from .limits import ISOLATION_LEVELS, SandboxLimits
from .pool import run_programs, sandbox_layer_report

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own usage errors exit 2 too; keep them to one line plus the usage
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    defaults = SandboxLimits()
    p = _Parser(
        prog="hornbook sandbox",
        description="Run generated Python programs' solution() in the sandbox; one JSON line each.",
    )
    p.add_argument("files", nargs="*", metavar="FILE.py", help="programs to run")
    p.add_argument(
        "--cpu-seconds",
        type=float,
        default=defaults.cpu_seconds,
        metavar="S",
        help=f"CPU time per program (default: {defaults.cpu_seconds})",
    )
    p.add_argument(
        "--wall-seconds",
        type=float,
        default=defaults.wall_seconds,
        metavar="S",
        help=f"wall-clock time per program (default: {defaults.wall_seconds})",
    )
    p.add_argument(
        "--memory-mb",
        type=int,
        default=defaults.memory_mb,
        metavar="M",
        help=f"address-space limit per program in MiB (default: {defaults.memory_mb})",
    )
    p.add_argument("--workers", type=int, default=None, metavar="N", help="default: CPU count")
    p.add_argument("--entry", default="solution", help="function to call (default: solution)")
    p.add_argument(
        "--isolation",
        choices=ISOLATION_LEVELS,
        default="jail",
        help="jail (default), or none: no jail, UNSAFE, only for machines without one",
    )
    p.add_argument("--check", action="store_true", help="print every layer and whether it holds")
    return p


def check() -> int:
    try:
        layers = sandbox_layer_report()
    except UserError as e:
        print(f"hornbook {e}", file=sys.stderr)  # the message starts "sandbox: "
        return EXIT_CHECK_FAILED
    width = max(len(layer.name) for layer in layers)
    for layer in layers:
        state = "active" if layer.active else ("INACTIVE" if layer.required else "not used")
        print(f"{layer.name:<{width}}  {state:<8}  {layer.detail}")
    failed = [layer.name for layer in layers if layer.required and not layer.active]
    if failed:
        print(f"required layers not active: {', '.join(failed)}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    return EXIT_OK


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if not args.files:
        print("hornbook sandbox: no files given", file=sys.stderr)
        return EXIT_USAGE
    if args.workers is not None and args.workers < 1:
        print("hornbook sandbox: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        limits = SandboxLimits(
            cpu_seconds=args.cpu_seconds,
            wall_seconds=args.wall_seconds,
            memory_mb=args.memory_mb,
            isolation=args.isolation,
        )
    except ValueError as e:
        print(f"hornbook sandbox: {e}", file=sys.stderr)
        return EXIT_USAGE
    if not args.entry.isidentifier():
        print(f"hornbook sandbox: --entry {args.entry!r} is not an identifier", file=sys.stderr)
        return EXIT_USAGE

    sources: list[str] = []
    for name in args.files:
        path = Path(name)
        try:
            sources.append(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            print(f"hornbook sandbox: {name}: no such file", file=sys.stderr)
            return EXIT_USAGE
        except IsADirectoryError:
            print(f"hornbook sandbox: {name}: is a directory", file=sys.stderr)
            return EXIT_USAGE
        except UnicodeDecodeError:
            print(f"hornbook sandbox: {name}: not UTF-8 text", file=sys.stderr)
            return EXIT_USAGE
        except OSError as e:
            print(f"hornbook sandbox: {name}: cannot read ({e.strerror})", file=sys.stderr)
            return EXIT_USAGE

    try:
        results = run_programs(sources, limits, workers=args.workers, entry=args.entry)
    except UserError as e:  # the jail cannot be set up: one line, nothing ran
        print(f"hornbook {e}", file=sys.stderr)  # the message starts "sandbox: "
        return EXIT_USAGE
    for name, r in zip(args.files, results, strict=True):
        line = {
            "file": name,
            "status": r.status,
            "answer": r.answer,
            "reason": r.reason,
            "detail": r.detail,
            "seconds": round(r.seconds, 4),
        }
        print(json.dumps(line), flush=True)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
