"""One build path, clean ends: stdout carries only the ref, an all-rejected build says so.

- `hornbook build` under CPU load with many tasks prints exactly the ref on stdout (the
  task ticker thread and Prefect's print capture once leaked progress there).
- A build whose documents are all rejected ends with one line (counts per reason, where the
  rejects are), exit 1, no traceback, no version; so does a build whose endpoint refuses
  every request, with the endpoint's first error in the line.
- `build.decide` is the one "already built / submit / run here" decision: the deployment
  path (the flow) of an already-built spec returns the version for every executor kind
  without submitting or running anything, and the CLI plans a build once (a `files` corpus
  hashes its inputs once).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hornbook.corpora import build
from hornbook.corpora.build import build_corpus
from hornbook.corpora.catalog import Catalog
from hornbook.corpora.errors import NothingKept

from tests.prefect_server import BIN
from tests.serve_helpers import REPO, make_served_run, running_server
from tests.test_executors import FAKE_SBATCH

SMALL = ["generator.samples=120", "executor.tasks=1", "executor.workers=1"]


def _hornbook(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "hornbook"), *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_build_under_load_prints_only_the_ref(prefect_env: dict[str, str], tmp_path: Path) -> None:
    env = {**prefect_env, "HORNBOOK_DATA": str(tmp_path / "data")}
    # Busy loops keep every core saturated, so stages are slow and the ticker fires.
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        result = _hornbook(
            env,
            "build",
            "tinystories",
            "--set",
            "generator.samples=1500",
            "--set",
            "executor.tasks=4",
            "--set",
            "executor.workers=2",
        )
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout == "tinystories@v1\n"
    assert "[1/4] generate + filter: 4 tasks on 2 workers" in result.stderr
    assert "published tinystories@v1" in result.stderr


def test_all_rejected_build_ends_in_one_line(prefect_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**prefect_env, "HORNBOOK_DATA": str(data)}
    args = ["build", "tinystories", "--set", "generator.samples=30", "--set"]
    result = _hornbook(env, *args, "curate.min_words=5000", "--set", "curate.max_words=6000")
    assert result.returncode == 1, result.stderr[-3000:]
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    if "Stopping temporary server" in last:  # an ephemeral Prefect server says goodbye last
        last = result.stderr.strip().splitlines()[-2]
    assert last.startswith("hornbook: every document was rejected (30: too_short 30)"), last
    rejects = Path(last.rsplit("the rejects are kept in ", 1)[1])
    assert rejects.is_dir() and any(rejects.rglob("*.jsonl.gz"))
    assert not (data / "corpora" / "tinystories").exists()  # nothing published, not even half


@pytest.fixture(scope="module")
def served_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_served_run(tmp_path_factory.mktemp("served"), max_steps=30)


def test_endpoint_refusing_every_request_names_its_error(served_run: Path, tmp_path: Path) -> None:
    with running_server(served_run) as server:
        spec = tmp_path / "refused.yaml"
        spec.write_text(
            textwrap.dedent(
                f"""\
                extends: tinystories
                name: refused
                generator:
                  backend: openai
                  model: no-such-model
                  base_url: {server.base_url}
                  api: completion
                  api_key_env: null
                  samples: 6
                  max_tokens: 16
                  concurrency: 2
                  max_retries: 1
                executor: {{tasks: 1, workers: 1}}
                """
            ),
            encoding="utf-8",
        )
        with pytest.raises(NothingKept) as caught:
            build_corpus(str(spec), [], tmp_path / "data", progress=None)
        stats = server.stats()
    message = str(caught.value)
    assert message.startswith("every document was rejected (6: request_failed 6)"), message
    assert "no-such-model" in message and "does not exist" in message
    assert stats["answered"] == 0 and stats["rejected"] >= 6
    assert not (tmp_path / "data" / "corpora").exists()


def test_decide_prefers_an_existing_version_over_every_executor(data_root: Path) -> None:
    for kind in ("local", "ray", "slurm"):
        plan = build.plan("tinystories", [*SMALL, f"executor.kind={kind}"], data_root)
        expected = build.Decision.SUBMIT if kind == "slurm" else build.Decision.RUN_HERE
        assert build.decide(plan) is expected
    build_corpus("tinystories", SMALL, data_root, progress=None)
    for kind in ("local", "ray", "slurm"):
        plan = build.plan("tinystories", [*SMALL, f"executor.kind={kind}"], data_root)
        assert build.decide(plan) is build.Decision.EXISTING


DEPLOYMENT_RUN = """
import json, sys
from hornbook.flows.build_corpus import build_corpus_flow

small = ["generator.samples=120", "executor.tasks=1", "executor.workers=1"]
out = {}
for kind in ("local", "ray", "slurm"):
    # exactly what a deployment run executes: the flow with the deployment's parameters
    out[kind] = build_corpus_flow(
        spec="tinystories", overrides=[*small, f"executor.kind={kind}"], data_root=sys.argv[1]
    )
print(json.dumps(out))
"""


def test_deployment_path_of_an_already_built_spec_does_nothing_for_every_executor(
    prefect_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    version = build_corpus("tinystories", SMALL, data, progress=None).version
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "sbatch").write_text(FAKE_SBATCH)
    (bin_dir / "sbatch").chmod(0o755)
    record = tmp_path / "sbatch.json"
    env = {
        **prefect_env,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_SBATCH_RECORD": str(record),
        "PYTHONPATH": str(REPO),
    }
    (tmp_path / "run.py").write_text(DEPLOYMENT_RUN)
    done = subprocess.run(
        [sys.executable, str(tmp_path / "run.py"), str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    refs = json.loads(done.stdout.strip().splitlines()[-1])
    assert refs == {"local": version.ref, "ray": version.ref, "slurm": version.ref}
    assert not record.exists()  # no sbatch call: the Slurm chain was not queued again
    assert not (data / ".work").exists() or not any((data / ".work").rglob("*.jsonl.gz"))
    assert [v.ref for v in Catalog(data).all_versions()] == [version.ref]


PLAN_ONCE = """
import sys
import hornbook.corpora.backends.files as files
from hornbook.flows.cli import main

calls = []
real = files.source_digest
def counting(spec):
    calls.append(1)
    return real(spec)
files.source_digest = counting
code = main(["build", sys.argv[1], "--data-root", sys.argv[2]])
print(f"source_digest calls: {len(calls)}", file=sys.stderr)
sys.exit(code)
"""


def test_the_cli_plans_a_files_build_once(
    prefect_env: dict[str, str], tmp_path: Path, reference_jsonl: Path
) -> None:
    spec = tmp_path / "mine.yaml"
    spec.write_text(
        textwrap.dedent(
            f"""\
            extends: tinystories
            name: mine
            generator: {{backend: files, path: {reference_jsonl}, samples: 200}}
            curate: {{require_prompt_words: false, require_features: false}}
            executor: {{tasks: 1, workers: 1}}
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "run.py").write_text(PLAN_ONCE)
    done = subprocess.run(
        [sys.executable, str(tmp_path / "run.py"), str(spec), str(tmp_path / "data")],
        env={**prefect_env, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == "mine@v1\n"
    assert "source_digest calls: 1" in done.stderr
