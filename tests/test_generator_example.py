"""The README's "a trained model as generator" example, run as written against `hornbook serve`.

The command is read from README.md itself, so README and test cannot drift apart; only the
port (the server takes a free one) and the sample count (12 instead of the spec's 2,000, to
keep the test short) differ. The model is a tiny byte-level run served under the README's
model name `ts-tiny`, with the `tiny` preset's context of 128 tokens.
"""

from __future__ import annotations

import re
import shlex
import subprocess
from pathlib import Path

import pytest

from tests.prefect_server import BIN
from tests.serve_helpers import REPO, make_served_run, running_server

pytestmark = pytest.mark.prefect
README_URL = "http://127.0.0.1:8000/v1"


def readme_generator_command() -> list[str]:
    """The `hornbook build ...` command of the README line ending `# a trained model as generator`."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(
        r"^(hornbook build corpora/specs/examples/tinystories-openai\.yaml.*?)"
        r"\s*# a trained model as generator$",
        text,
        flags=re.MULTILINE | re.DOTALL,
    )
    assert match, "README.md lost its 'a trained model as generator' example"
    return shlex.split(match.group(1).replace("\\\n", " "))


@pytest.fixture(scope="module")
def ts_tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_served_run(tmp_path_factory.mktemp("served"), name="ts-tiny", max_steps=100)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    assert command[0] == "hornbook"
    return subprocess.run(
        [str(BIN / "hornbook"), *command[1:]],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_readme_generator_example_runs_as_written(
    ts_tiny: Path, prefect_env: dict[str, str], tmp_path: Path
) -> None:
    command = readme_generator_command()
    assert f"generator.base_url={README_URL}" in command and "generator.model=ts-tiny" in command
    env = {**prefect_env, "HORNBOOK_DATA": str(tmp_path / "data")}
    with running_server(ts_tiny, model_name="ts-tiny") as server:
        assert server.model == "ts-tiny"
        args = [a.replace(README_URL, server.base_url) for a in command]
        result = _run([*args, "--set", "generator.samples=12"], env)
        stats = server.stats()
    # Every request was answered: none refused for its max_tokens, none failed.
    assert stats["received"] >= 12 and stats["rejected"] == 0 and stats["errors"] == 0, stats
    assert stats["answered"] >= 12
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert re.fullmatch(r"tinystories-openai@v1\n", result.stdout), result.stdout
    else:  # a tiny model's stories may all fail the filters: then one line says so
        assert result.returncode == 1, result.stderr[-3000:]
        assert result.stdout == ""
        assert "hornbook: every document was rejected" in result.stderr
        assert "request_failed" not in result.stderr


def test_max_tokens_beyond_the_served_context_is_one_line_before_any_request(
    ts_tiny: Path, prefect_env: dict[str, str], tmp_path: Path
) -> None:
    command = [a for a in readme_generator_command() if "generator.max_tokens" not in a]
    command = [a for i, a in enumerate(command) if not (a == "--set" and i == len(command) - 1)]
    env = {**prefect_env, "HORNBOOK_DATA": str(tmp_path / "data")}
    with running_server(ts_tiny, model_name="ts-tiny") as server:
        args = [a.replace(README_URL, server.base_url) for a in command]
        result = _run(args, env)  # the example spec's max_tokens: 512
        stats = server.stats()
    assert result.returncode == 2, result.stderr[-3000:]
    assert "Traceback" not in result.stderr and result.stdout == ""
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("hornbook: error: generator.max_tokens=512 does not fit model 'ts-tiny'")
    assert "its context is 128 tokens" in line
    assert stats["received"] == 0  # refused before a single request was sent


def test_an_endpoint_that_reports_no_context_is_not_checked(tmp_path: Path) -> None:
    import socket

    from hornbook.corpora.backends.llm_limits import check_max_tokens, endpoint_context_length
    from hornbook.corpora.spec import load_spec

    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    assert endpoint_context_length(url, "m", None) is None
    spec = load_spec(
        REPO / "corpora/specs/examples/tinystories-openai.yaml",
        [f"generator.base_url={url}", "generator.max_tokens=100000"],
    )
    check_max_tokens(spec)  # unknown context: the build's own request errors will tell
