"""The repository stands alone: nothing in it reads or names a path outside the checkout.

Users clone hornbook with nothing beside it, so a test, script or module that reaches for a
sibling folder or a developer's absolute path works only on the machine it was written on.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# a parent-relative path into a sibling folder, or an absolute path into a home or workspace
OUTSIDE = re.compile(
    r"""(\.\./(?!\.\.)[A-Za-z_][\w-]*/)|(/(?:work|home|Users|root)/[\w.-]+)"""
    r"""|(\.parents?\b.*["']shared["'])""",
)
# `../` inside the tree is fine where it stays inside (relative links in docs, tests that
# build paths under tmp dirs); these are the places a user can read it.
# hostile programs aim at host paths on purpose: that is what the sandbox tests witness
HOSTILE = ("tests/hostile/", "tests/test_sandbox")
TEXT_SUFFIXES = {".py", ".sh", ".md", ".yaml", ".yml", ".toml", ".txt", ".cfg", ".ini", ""}


# what a clone holds: everything but local environments, data and caches (the checkout may
# be a plain copy without .git, as CI's isolated copy is)
NOT_SOURCE = {
    ".git",
    ".venv",
    "data",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "build",
    "dist",
}


def _tracked_files() -> list[Path]:
    return [
        path
        for path in REPO.rglob("*")
        if path.is_file()
        and not any(
            part in NOT_SOURCE or part.endswith(".egg-info")
            for part in path.relative_to(REPO).parts
        )
    ]


def test_no_path_outside_the_checkout() -> None:
    offenders = []
    for path in _tracked_files():
        if path.suffix not in TEXT_SUFFIXES or not path.is_file():
            continue
        if str(path.relative_to(REPO)).startswith(HOSTILE):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for line_no, line in enumerate(text.splitlines(), start=1):
            for match in OUTSIDE.finditer(line):
                if path.name == Path(__file__).name:
                    continue
                # `../../evil`-style hostile names in tests are inputs, not paths read
                if match.group(0).startswith("../") and "evil" in line:
                    continue
                offenders.append(f"{path.relative_to(REPO)}:{line_no}: {match.group(0)}")
    assert not offenders, "\n".join(offenders)
