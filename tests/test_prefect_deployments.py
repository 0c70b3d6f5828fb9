"""Integration: a real Prefect server, the served deployments, and `prefect deployment run`."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.prefect_server import BIN, stop

pytestmark = pytest.mark.prefect


def _api(env: dict[str, str], path: str, body: dict) -> list[dict]:
    request = urllib.request.Request(
        env["PREFECT_API_URL"] + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_deployment_run_builds_a_version(prefect_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**prefect_env, "HORNBOOK_DATA": str(data)}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(BIN / "hornbook"), "serve-deployments"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        expected = {
            "build-corpus/tinystories",
            "build-corpus/tinystories-dialogue",
            "train-model/default",
            "compare-corpora/default",
        }
        deadline = time.monotonic() + 90
        names: set[str] = set()
        while time.monotonic() < deadline and not expected <= names:
            assert server.poll() is None, log.read_text()[-4000:]
            flows = {f["id"]: f["name"] for f in _api(env, "/flows/filter", {})}
            names = {
                f"{flows.get(d['flow_id'])}/{d['name']}"
                for d in _api(env, "/deployments/filter", {})
            }
            time.sleep(0.5)
        assert {
            "build-corpus/tinystories",
            "build-corpus/tinystories-dialogue",
            "train-model/default",
        } <= names

        run = subprocess.run(
            [
                str(BIN / "prefect"),
                "deployment",
                "run",
                "build-corpus/tinystories",
                "--watch",
                "-p",
                'overrides=["generator.samples=120", "executor.tasks=1", "executor.workers=1"]',
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, (
            run.stdout[-3000:] + run.stderr[-3000:] + log.read_text()[-3000:]
        )
    finally:
        stop(server)

    listed = subprocess.run(
        [str(BIN / "hornbook"), "list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    versions = json.loads(listed.stdout)
    assert [v["ref"] for v in versions] == ["tinystories@v1"]
    manifest = json.loads((data / "corpora" / "tinystories" / "v1" / "manifest.json").read_text())
    assert manifest["spec"]["generator"]["samples"] == 120
    assert manifest["counts"]["generated"] == 120

    artifacts = _api(
        env, "/artifacts/filter", {"artifacts": {"key": {"any_": ["corpus-tinystories"]}}}
    )
    assert artifacts and "tinystories@v1" in artifacts[0]["data"]
