"""The CLI on bad input: one clear message, exit 2, no traceback, nothing half-written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.corpora.catalog import Catalog

from tests.cli_run import hornbook
from tests.prefect_server import BIN


def assert_user_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.fixture(scope="module")
def tampered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli") / "data"
    build_corpus(
        "tinystories", ["generator.samples=200", "executor.tasks=1", "executor.workers=1"], root
    )
    shard = Catalog(root).resolve("tinystories@v1").shard_paths("train")[0]
    data = bytearray(shard.read_bytes())
    data[100] ^= 0x01
    shard.write_bytes(bytes(data))
    return root


def test_malformed_spec(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("extends: tinystories\ngenerator:\n  samples: lots\n  temprature: 0.7\n")
    result = hornbook("build", str(spec), root=tmp_path / "data")
    assert_user_error(result, str(spec), "generator.samples", "unknown key 'generator.temprature'")
    assert not (tmp_path / "data" / "corpora").exists()


def test_unknown_spec_and_bad_override(tmp_path: Path) -> None:
    assert_user_error(
        hornbook("build", "no-such-spec", root=tmp_path), "no spec named 'no-such-spec'"
    )
    assert_user_error(
        hornbook("build", "tinystories", "--set", "curate.min_wrds=3", root=tmp_path),
        "--set curate.min_wrds=3",
        "unknown key 'curate.min_wrds'",
    )


def test_bad_flag_exits_2(tmp_path: Path) -> None:
    result = hornbook("build", "tinystories", "--frobnicate", root=tmp_path)
    assert result.returncode == 2 and "unrecognized arguments: --frobnicate" in result.stderr


def test_unknown_corpus_ref(tmp_path: Path) -> None:
    for args in (
        ("show", "ghost@v3"),
        ("tokenizer", "train", "ghost@v3", "--vocab-size", "300"),
        ("train", "ghost@latest", "--preset", "tiny"),
    ):
        assert_user_error(hornbook(*args, root=tmp_path), "unknown corpus 'ghost'")
    assert_user_error(hornbook("score", "no-run", root=tmp_path), "unknown run 'no-run'")


def test_unknown_preset_and_tokenizer(tampered: Path) -> None:
    assert_user_error(
        hornbook("train", "tinystories@v1", "--preset", "huge", root=tampered), "huge", "tiny"
    )
    assert_user_error(
        hornbook("train", "tinystories@v1", "--tokenizer", "nope", root=tampered),
        "unknown tokenizer 'nope'",
    )


def test_tampered_shard_is_refused_and_nothing_is_written(tampered: Path) -> None:
    assert_user_error(hornbook("verify", "tinystories@v1", root=tampered), "sha256 does not match")
    assert_user_error(
        hornbook(
            "tokenizer",
            "train",
            "tinystories@v1",
            "--vocab-size",
            "300",
            "--name",
            "t",
            root=tampered,
        ),
        "corrupt or was modified",
    )
    assert not (tampered / "tokenizers" / "t").exists()
    assert_user_error(
        hornbook("train", "tinystories@v1", "--preset", "tiny", "--name", "r", root=tampered),
        "corrupt or was modified",
    )
    assert not (tampered / "models" / "r").exists()


def test_list_and_show(tampered: Path, tmp_path: Path) -> None:
    listed = hornbook("list", root=tampered)
    assert listed.returncode == 0 and "tinystories@v1" in listed.stdout
    shown = hornbook("show", "tinystories@latest", "--json", root=tampered)
    assert shown.returncode == 0 and '"ref": "tinystories@v1"' in shown.stdout
    empty = hornbook("list", root=tmp_path / "empty")
    assert empty.returncode == 0 and "no corpus versions" in empty.stderr


def test_sandbox_and_serve_are_reachable_through_hornbook(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text("def solution():\n    return 6 * 7\n")
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\ndef solution():\n    return os.getpid()\n")
    result = subprocess.run(
        [str(BIN / "hornbook"), "sandbox", str(good), str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["status"], r["answer"], r["reason"]) for r in lines] == [
        ("ok", 42, None),
        ("error", None, "disallowed_import"),
    ]
    assert_user_error(
        subprocess.run(
            [str(BIN / "hornbook"), "--data-root", str(tmp_path), "serve", "no-such-run"],
            capture_output=True,
            text=True,
            timeout=60,
        ),
        "no-such-run",
    )
