"""Names and files are checked before any work starts: one line, exit 2, nothing written.

One rule (`corpora.names.check_name`) covers corpus, tokenizer, run and comparison names;
every file a spec names (vocabulary, seed questions, decontamination sets, files-backend
paths) must exist and be readable when the build is planned, before Prefect starts.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.errors import UserError
from hornbook.corpora.names import check_name, is_valid_name

from tests.cli_run import hornbook


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


def test_the_name_rule() -> None:
    for good in ("tinystories", "ts-tiny", "e2e_bpe.v2", "A1", "x" * 100):
        assert is_valid_name(good) and check_name("run", good) == good
    for bad in ("", "../evil", "a/b", "..", "a..b", ".hidden", "-flag", "x" * 101, "a b", "é"):
        assert not is_valid_name(bad), bad
        with pytest.raises(UserError, match="name .* is not allowed"):
            check_name("tokenizer", bad)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names") / "sub" / "data"
    build_corpus(
        "tinystories",
        ["generator.samples=120", "executor.tasks=1", "executor.workers=1"],
        root,
        progress=None,
    )
    return root


def test_tokenizer_name_cannot_leave_the_data_root(root: Path) -> None:
    result = hornbook("tokenizer", "train", "tinystories@v1", "--name", "../../evil", root=root)
    assert_one_line_error(result, "tokenizer name '../../evil' is not allowed")
    assert not (root.parent / "evil").exists() and not (root / "evil").exists()
    assert not (root / "tokenizers").exists()


def test_run_name_cannot_leave_the_data_root(root: Path) -> None:
    result = hornbook("train", "tinystories@v1", "--name", "../evil", root=root)
    assert_one_line_error(result, "run name '../evil' is not allowed")
    assert_one_line_error(hornbook("score", "a..b", root=root), "run name 'a..b' is not allowed")


def test_corpus_and_comparison_names(root: Path) -> None:
    assert_one_line_error(hornbook("show", "../../etc@v1", root=root), "corpus name '../../etc'")
    result = hornbook("compare", "tinystories@v1", "tinystories@v2", "--name", "x/y", root=root)
    assert_one_line_error(result, "comparison name 'x/y' is not allowed")


@pytest.mark.parametrize(
    ("spec", "override", "expected"),
    [
        (
            "tinystories",
            "curate.decontamination.sets=[nope.jsonl]",
            "curate.decontamination.sets: 'nope.jsonl' is neither a shipped set",
        ),
        ("tinystories", "recipe.vocabulary=missing.json", "recipe.vocabulary: 'missing.json'"),
        ("tinygsm", "recipe.seed_questions=nope.jsonl", "recipe.seed_questions: 'nope.jsonl'"),
        ("tinystories", "generator.backend=files", "generator.path"),
    ],
)
def test_missing_files_are_one_line_before_any_work(
    tmp_path: Path, spec: str, override: str, expected: str
) -> None:
    overrides = ["--set", override]
    if override == "generator.backend=files":
        overrides += ["--set", f"generator.path={tmp_path / 'none-*.jsonl'}"]
    result = hornbook("build", spec, *overrides, root=tmp_path / "data")
    assert_one_line_error(result, expected)
    assert "Starting temporary server" not in result.stderr  # Prefect never started
    assert not (tmp_path / "data").exists()


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "words.json"
    folder.mkdir()
    result = hornbook("build", "tinystories", "--set", f"recipe.vocabulary={folder}", root=tmp_path)
    assert_one_line_error(result, f"recipe.vocabulary: '{folder}' is not a file")
