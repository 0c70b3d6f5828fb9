"""Template builds show a progress bar per task on stderr, like the LLM backends; stdout stays empty."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus


@pytest.mark.parametrize(("spec", "unit"), [("tinystories", "story"), ("tinygsm", "problem")])
def test_template_build_shows_a_bar_per_task(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], spec: str, unit: str
) -> None:
    result = build_corpus(
        spec,
        ["generator.samples=90", "executor.tasks=2", "executor.workers=1"],
        tmp_path / "data",
        progress=None,
    )
    assert result.created
    captured = capfd.readouterr()
    assert captured.out == ""
    for rank in (0, 1):  # task r makes the samples r, r + 2, ...: 45 each
        assert re.search(rf"generate \[task {rank}\]: 100%.*45/45 .*{unit}", captured.err), (
            captured.err[-2000:]
        )
