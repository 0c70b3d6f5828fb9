"""The `vllm` backend, as far as it runs without vLLM (which cannot be installed here).

Covered: the install error (raised before any DataTrove stage starts), the mapping of
`tensor_parallel`/`data_parallel` onto DataTrove's config and onto the `vllm serve`
command line DataTrove builds, and the request path the vLLM server is queried through
(against `hornbook serve` standing in for the local vLLM server).
"""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import pytest
from datatrove.pipeline.inference.servers import InferenceServer
from hornbook.corpora.backends.inference_fixes import ResilientVLLMServer
from hornbook.corpora.backends.llm import inference_config, per_task_concurrency
from hornbook.corpora.backends.vllm_backend import INSTALL_HINT, require_vllm, vllm_config_options
from hornbook.corpora.build import build_corpus
from hornbook.corpora.errors import UserError
from hornbook.corpora.generate import source_steps
from hornbook.corpora.spec import load_spec

from tests.serve_helpers import make_served_run, running_server

HAVE_VLLM = importlib.util.find_spec("vllm") is not None

SPEC = """\
extends: tinystories
name: vllm-test
generator:
  backend: vllm
  model: {model}
  samples: 4
  max_tokens: 32
  tensor_parallel: 2
  data_parallel: 4
  concurrency: 64
"""


def write_spec(tmp_path: Path, model: str = "some/model") -> Path:
    path = tmp_path / "vllm.yaml"
    path.write_text(SPEC.format(model=model), encoding="utf-8")
    return path


@pytest.mark.skipif(HAVE_VLLM, reason="vLLM is installed here")
def test_missing_vllm_is_a_user_error_with_the_install_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"pip install 'hornbook\[vllm\]'"):
        require_vllm()
    spec = load_spec(str(write_spec(tmp_path)))
    with pytest.raises(UserError, match="needs vLLM"):
        source_steps(spec, tmp_path / "work", lambda name: None)  # type: ignore[arg-type,return-value]


@pytest.mark.skipif(HAVE_VLLM, reason="vLLM is installed here")
def test_build_fails_before_any_stage_starts(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="needs vLLM"):
        build_corpus(str(write_spec(tmp_path)), [], tmp_path / "data")
    work = tmp_path / "data" / ".work"
    assert not any(work.rglob("completions/*")) if work.exists() else True


def test_parallelism_maps_onto_datatrove_config(tmp_path: Path) -> None:
    spec = load_spec(str(write_spec(tmp_path)))
    options = vllm_config_options(spec.generator)
    assert options["tp"] == 2 and options["dp"] == 4
    assert options["model_max_context"] == 32 + 1024
    config = inference_config(spec, tmp_path)
    assert config.server_type == "vllm" and config.model_name_or_path == "some/model"
    assert (config.tp, config.dp) == (2, 4)
    # concurrency is for the whole build: 64 over the 2 tasks of tinystories' executor
    assert per_task_concurrency(spec) == 32 == config.max_concurrent_generations
    assert config.response_cache == str(tmp_path / "inference" / "responses.sqlite3")
    assert "vllm" in INSTALL_HINT


def test_vllm_serve_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DataTrove's own command builder, fed our config (vLLM itself is never started)."""
    config = inference_config(load_spec(str(write_spec(tmp_path))), tmp_path)
    captured: dict[str, tuple] = {}

    async def fake_exec(*cmd, **kwargs):
        captured["cmd"] = cmd

    monkeypatch.setattr(asyncio, "create_subprocess_exec", fake_exec)

    async def build_command() -> None:
        server = object.__new__(ResilientVLLMServer)  # skips the `vllm` import check
        InferenceServer.__init__(server, config, 0)
        server._compile_lock = None
        server._port = 8123
        await server._start_vllm_task()

    asyncio.run(build_command())
    cmd = captured["cmd"]
    assert cmd[:3] == ("vllm", "serve", "some/model")
    assert "--tensor-parallel-size=2" in cmd and "--data-parallel-size=4" in cmd
    assert cmd[cmd.index("--max-model-len") + 1] == str(32 + 1024)


def test_vllm_server_requests_use_the_fixed_path(tmp_path: Path) -> None:
    """The local server is addressed as http://localhost:PORT (no /v1): the fixed request
    path finds /v1 itself. `hornbook serve` stands in for `vllm serve`."""
    run = make_served_run(tmp_path / "served")
    with running_server(run) as served:
        port = int(served.root_url.rsplit(":", 1)[1])
        spec = load_spec(str(write_spec(tmp_path, model=served.model)))
        config = inference_config(spec, tmp_path)

        async def ask() -> dict:
            server = object.__new__(ResilientVLLMServer)
            InferenceServer.__init__(server, config, 0)
            server._compile_lock = None
            server._port = port
            server._server_ready.set_result(True)
            try:
                body = {"model": served.model, "max_tokens": 8, "seed": 1}
                body["messages"] = [{"role": "user", "content": "Once upon a time"}]
                return await server.make_request(body)
            finally:
                await server.server_cleanup()

        answer = asyncio.run(ask())
    assert answer["choices"][0]["message"]["role"] == "assistant"
    assert answer["usage"]["completion_tokens"] >= 1
