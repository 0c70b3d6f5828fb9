"""benchmarks/record.py keeps RESULTS.md honest: each script rewrites only its own section.

Also a smoke test that every benchmark script starts (`--help`), so an import error in a
script that is run by hand only once in a while shows up here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.record import HEADER, PREAMBLE, machine_line, record_section

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((REPO / "benchmarks").glob("bench_*.py"))

STAMP = re.compile(
    r"^`python benchmarks/bench_x\.py[^`]*`, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, \d+ CPUs \(nproc\), "
    r".+, Python \d+\.\d+\.\d+, load average at the end \d+\.\d\d, \d+\.\d\d, \d+\.\d\d\.$"
)

EXISTING = """\
# hornbook benchmark results

Preamble line.

## Alpha

stamp a

| a | table |
|---|---:|
| x | 1 |

### a sub-heading stays inside

trailing text   with  spaces \t

## Training

old training figures

## Training (GPU)

gpu figures, a title that starts like another one

## Omega

last section, no newline after it"""


def _sections(text: str) -> dict[str, str]:
    """`## title` -> the section's exact text, up to the next `## ` line."""
    parts = re.split(r"(?m)^(?=## )", text)
    return {part.splitlines()[0]: part for part in parts[1:]}


def test_replacing_a_section_keeps_every_other_byte(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(EXISTING, encoding="utf-8")
    record_section("Training", "new figures\n\n| n | 2 |", script="bench_x.py", path=results)
    text = results.read_text(encoding="utf-8")

    before, after = _sections(EXISTING + "\n"), _sections(text)
    assert list(after) == list(before)  # same sections, same order
    for title in ("## Alpha", "## Training (GPU)", "## Omega"):
        assert after[title] == before[title]
    assert text.startswith(EXISTING.split("## Alpha")[0])  # header and preamble untouched
    training = after["## Training"].splitlines()
    assert training[0] == "## Training" and training[1] == ""
    assert STAMP.match(training[2]), training[2]
    assert training[3:] == ["", "new figures", "", "| n | 2 |", ""]
    assert "old training figures" not in text

    # Recording the same section again replaces it again: one copy, nothing else moves.
    record_section("Training", "newer figures", script="bench_x.py", path=results)
    again = results.read_text(encoding="utf-8")
    assert again.count("## Training\n") == 1 and "new figures" not in again
    assert _sections(again)["## Alpha"] == before["## Alpha"]
    assert again.endswith("last section, no newline after it\n")


def test_a_new_section_is_appended_at_the_end(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(EXISTING, encoding="utf-8")
    record_section("Curation", "ratio **0.5**", script="bench_x.py", path=results)
    text = results.read_text(encoding="utf-8")
    assert text.startswith(EXISTING + "\n\n## Curation\n\n")
    lines = text[len(EXISTING) :].splitlines()
    assert STAMP.match(lines[4]), lines[4]
    assert lines[5:] == ["", "ratio **0.5**"]
    assert text.endswith("ratio **0.5**\n")


def test_a_missing_file_gets_the_header_first(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    record_section("Template", "figures", script="bench_x.py", path=results)
    text = results.read_text(encoding="utf-8")
    assert text.startswith(HEADER + "\n" + PREAMBLE + "\n## Template\n\n")
    assert list(_sections(text)) == ["## Template"]


def test_a_body_that_would_start_a_section_is_refused(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text(EXISTING, encoding="utf-8")
    with pytest.raises(ValueError, match="'## ' line"):
        record_section("Alpha", "fine\n## sneaky\nmore", script="bench_x.py", path=results)
    with pytest.raises(ValueError, match="one non-empty line"):
        record_section("Two\nlines", "body", script="bench_x.py", path=results)
    assert results.read_text(encoding="utf-8") == EXISTING


def test_the_stamp_names_the_command_that_ran(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["benchmarks/bench_x.py", "--stories", "10000"])
    line = machine_line("/anywhere/benchmarks/bench_x.py")
    assert line.startswith("`python benchmarks/bench_x.py --stories 10000`, ")
    assert STAMP.match(line), line


def test_the_shipped_results_are_sections_written_by_scripts() -> None:
    """Every section of RESULTS.md opens with the stamp of the script that wrote it."""
    text = (REPO / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    assert text.startswith(HEADER + "\n" + PREAMBLE)
    names = {path.name for path in SCRIPTS}
    sections = _sections(text)
    for title in (
        "Curation",
        "Template story generation",
        "openai backend",
        "Tokenizers",
        "Training",
    ):
        assert f"## {title}" in sections, f"RESULTS.md has no section {title!r}"
    for title, section in sections.items():
        stamp = section.splitlines()[2]
        script = re.match(r"^`python benchmarks/(bench_\w+\.py)[^`]*`, ", stamp)
        assert script and script.group(1) in names, f"{title}: {stamp}"
        assert "load average at the end" in stamp, f"{title}: {stamp}"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_benchmark_script_starts(script: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "DO_NOT_TRACK": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: "), done.stdout
