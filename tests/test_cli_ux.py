"""Small things a new user meets first: help on every option, a quiet broken pipe."""

from __future__ import annotations

import argparse
import importlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hornbook.corpora.build import build_corpus
from hornbook.flows.cli import PASSTHROUGH, build_parser

from tests.prefect_server import BIN


def _walk(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


def test_every_option_has_help() -> None:
    parsers = [(build_parser(), "hornbook")]
    for name, (module, _) in PASSTHROUGH.items():
        parsers.append((importlib.import_module(module).build_parser(), f"hornbook {name}"))
    missing = []
    for parser, prog in parsers:
        for path, action in _walk(parser, prog):
            if action.nargs == argparse.REMAINDER:  # `sandbox`/`serve`: parsed by their own parser
                continue
            if action.help is None or (
                action.help != argparse.SUPPRESS and not action.help.strip()
            ):
                missing.append(f"{path}: {'/'.join(action.option_strings) or action.dest}")
    assert not missing, "options without help text:\n" + "\n".join(missing)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pipe") / "data"
    build_corpus(
        "tinystories",
        ["generator.samples=120", "executor.tasks=1", "executor.workers=1"],
        root,
        progress=None,
    )
    return root


@pytest.mark.parametrize(
    "args", [["specs"], ["show", "tinystories@v1"], ["show", "--json", "tinystories@v1"]]
)
def test_a_closed_pipe_is_silent(root: Path, args: list[str]) -> None:
    # The reader is gone before hornbook writes a byte (as `| head` is after its lines).
    proc = subprocess.Popen(
        [str(BIN / "hornbook"), *args, "--data-root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert (
        "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err
    )
    assert err == "", err
    assert proc.returncode == 141


def test_show_piped_into_head_prints_its_first_line(root: Path) -> None:
    shell = f'"{BIN / "hornbook"}" show tinystories@v1 --data-root "{root}" | head -n 1'
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("tinystories@v1") and done.stderr == ""
