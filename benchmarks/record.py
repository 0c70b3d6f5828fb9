"""Writing RESULTS.md: each benchmark script owns one section and rewrites it when it runs.

Every figure in RESULTS.md must come from the script that measured it, never from a hand
edit, so a script calls `record_section(title, body, script=__file__)` with what it
measured. The section (from its `## title` line to the next `## ` line) is replaced whole,
stamped with the command, the date, the machine and its load; other sections are kept byte
for byte. `--no-record` style flags stay in the scripts.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

try:  # run as `python benchmarks/x.py`: the benchmarks folder is on sys.path
    from machine import cpu_model, load_average
except ImportError:  # imported as `benchmarks.record` (tests, repo root on sys.path)
    from benchmarks.machine import cpu_model, load_average

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = "# hornbook benchmark results\n"
PREAMBLE = (
    "Every section below is written by the benchmark script it names, when it runs; none is\n"
    "edited by hand. Re-run a script to refresh its section.\n"
)


def machine_line(script: str) -> str:
    """`python benchmarks/x.py args`, date, CPU, cores and load: who measured what, where."""
    args = " ".join(sys.argv[1:])
    command = f"python benchmarks/{Path(script).name}" + (f" {args}" if args else "")
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"`{command}`, {now}, {os.cpu_count()} CPUs (nproc), {cpu_model()}, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"load average at the end {load_average()}."
    )


def record_section(title: str, body: str, *, script: str, path: Path = RESULTS) -> Path:
    """Replace (or append) the `## title` section of RESULTS.md with the stamp and `body`.

    A `## ` line inside `body` would start a new section (and be lost on the next run), so
    it is refused; use `###` for sub-headings.
    """
    if "\n" in title or not title.strip():
        raise ValueError(f"a section title is one non-empty line, not {title!r}")
    if any(line.startswith("## ") for line in body.splitlines()):
        raise ValueError(f"the body of section {title!r} has a '## ' line; use '###' inside")
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + "\n" + PREAMBLE
    section = f"## {title}\n\n{machine_line(script)}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
    return path
