"""The `openai` generation backend, against a real `hornbook serve` on 127.0.0.1.

A tiny byte-level model (trained in seconds) answers the prompts; the spec asks it to
continue "Once upon a time, Tom had a", which it learned, so some answers end on their own
(kept) and some hit `max_tokens` (rejected as `truncated`). What these tests check is the
accounting: every sample published or rejected with a reason, through faults and SIGKILL.

Both APIs go through the same end-to-end tests (`API_MODES`): `chat`, the default of every
spec, posts `messages` to `/v1/chat/completions`, which `hornbook serve` renders into the
model's prompt (`render_chat`); `completion` posts the prompt to `/v1/completions`.
"""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import pytest
from datatrove.pipeline.inference.servers import EndpointServer
from datatrove.pipeline.inference.types import InferenceError, ServerError
from hornbook.corpora.backends.inference_fixes import (
    HardenedConfig,
    HardenedInferenceRunner,
    ResilientEndpointServer,
    api_base,
    backoff_delay,
)
from hornbook.corpora.backends.llm_answers import Call, classify, is_refusal, split_tokens
from hornbook.corpora.backends.llm_recipes import LLMJob, request_seed
from hornbook.corpora.backends.response_cache import ResponseCache, request_key
from hornbook.corpora.build import build_corpus
from hornbook.corpora.errors import NothingKept, UserError
from hornbook.corpora.generate import source_steps
from hornbook.corpora.publish import fingerprint, read_jsonl_docs
from hornbook.corpora.spec import load_spec
from hornbook.train.serve_faults import FaultConfig, decide_fault
from hornbook.train.serve_requests import ChatMessage, render_chat

from tests.serve_helpers import REPO, make_served_run, running_server

SAMPLES = 40
CONCURRENCY = 4
FAULTS = "500=0.2,429=0.1,timeout=0.05,malformed=0.05"
API_MODES = ("completion", "chat")
ENDPOINTS = {"completion": "/v1/completions", "chat": "/v1/chat/completions"}

SPEC = """\
extends: tinystories
name: llm-test
generator:
  backend: openai
  model: {model}
  base_url: {base_url}
  api: {api}
  samples: {samples}
  max_tokens: 64
  temperature: 0.7
  concurrency: {concurrency}
  request_timeout: {timeout}
  max_retries: {retries}
recipe:
  max_features: 0
  prompt_template: "{{feature_sentence}}Once upon a time, Tom had a"
  diversity: {{names: [], settings: [], openings: []}}
curate:
  min_words: 1
  max_oov_rate: 1.0
  require_prompt_words: false
  require_features: false
  reject_truncated: false
  min_alpha_ratio: 0.0
  max_non_ascii_ratio: 1.0
  max_grade_level: null
  repetition: {{enabled: false}}
"""


def write_spec(
    path: Path,
    model: str,
    base_url: str,
    samples: int = SAMPLES,
    timeout: float = 10,
    retries: int = 6,
    extra: str = "",
    api: str = "completion",
) -> Path:
    path.write_text(
        SPEC.format(
            model=model,
            base_url=base_url,
            api=api,
            samples=samples,
            concurrency=CONCURRENCY,
            timeout=timeout,
            retries=retries,
        )
        + extra,
        encoding="utf-8",
    )
    return path


def published(version_path: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    rows = pl.read_parquet(version_path / "data" / "*.parquet").sort("index")
    rejected = pl.read_parquet(version_path / "rejected" / "rejected.parquet")
    return rows, rejected


@pytest.fixture(scope="module")
def served_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_served_run(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def references(
    served_run: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], dict[str, Any]]:
    """`references(api)`: an uninterrupted build through the openai backend in that API
    mode (test a, and the reference of c), built once per module on first use."""
    built: dict[str, dict[str, Any]] = {}

    def get(api: str) -> dict[str, Any]:
        if api not in built:
            tmp = tmp_path_factory.mktemp(f"reference-{api}")
            log = tmp / "requests.jsonl"
            with running_server(served_run, request_log=log) as server:
                spec = write_spec(tmp / "llm.yaml", server.model, server.base_url, api=api)
                result = build_corpus(str(spec), [], tmp / "data")
                stats = server.stats()
            rows, rejected = published(result.version.path)
            built[api] = {
                "api": api,
                "rows": rows,
                "rejected": rejected,
                "stats": stats,
                "manifest": result.version.manifest,
                "log": [json.loads(line) for line in log.read_text().splitlines()],
            }
        return built[api]

    return get


@pytest.fixture(params=API_MODES)
def reference(request: pytest.FixtureRequest, references) -> dict[str, Any]:
    return references(request.param)


# --------------------------------------------------------------------------- (a) build


def test_build_through_openai_backend_publishes(reference: dict[str, Any]) -> None:
    rows, rejected, stats = reference["rows"], reference["rejected"], reference["stats"]
    assert rows.height > 0, "the tiny model should get some stories through"
    assert rows.height + rejected.height == SAMPLES
    assert stats["answered"] == SAMPLES and stats["received_after_answered"] == 0
    assert set(rows["backend"]) == {"openai"} and set(rows["model"]) == {"tiny-served"}
    # Token accounting per row: kept rows stopped on their own, within max_tokens.
    assert set(rows["finish_reason"]) == {"stop"}
    assert rows["prompt_tokens"].min() > 0
    assert rows["completion_tokens"].is_between(1, 64).all()
    assert "truncated" in set(rejected["reason"])  # the model often runs past 64 tokens
    assert "request_failed" not in set(rejected["reason"])
    usage = reference["manifest"]["usage"]
    assert usage["documents_with_usage"] == SAMPLES
    answered = [e for e in reference["log"] if e["outcome"] == "answered"]
    assert usage["completion_tokens"] == sum(e["completion_tokens"] for e in answered)
    assert usage["prompt_tokens"] == sum(e["prompt_tokens"] for e in answered)
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    # The build used the API it was asked for, and only that.
    assert {e["endpoint"] for e in reference["log"]} == {ENDPOINTS[reference["api"]]}
    # Rows are ordered, distinct samples: one per request index at most.
    assert rows["index"].is_unique().all()


def test_chat_and_completion_publish_the_same_rows(references) -> None:
    """Without a system prompt the server renders a chat request to the very prompt a
    completion request carries, and each request sends the same seed, so both APIs must
    publish the same rows and rejects, token counts included."""
    chat, completion = references("chat"), references("completion")
    columns = ["id", "index", "text", "prompt_tokens", "completion_tokens", "finish_reason"]
    assert chat["rows"].select(columns).equals(completion["rows"].select(columns))
    key = ["index", "reason", "id"]
    assert (
        chat["rejected"].select(key).sort(key).equals(completion["rejected"].select(key).sort(key))
    )
    assert chat["manifest"]["usage"] == completion["manifest"]["usage"]
    assert chat["manifest"]["fingerprint"] != completion["manifest"]["fingerprint"]


# --------------------------------------------------------------------------- (b) faults


def _quick_fault_seed(spec_file: Path, model: str) -> int:
    """A fault seed under which every request of the spec meets each kind of fault at
    least once in all, and none needs more than 3 attempts (so the backoff stays short).

    Faults are a pure function of (seed, request body, attempt) (`decide_fault`), and the
    bodies are those the backend sends (`LLMJob.payload` plus the model), so the plan of a
    run is known before it starts.
    """
    job = LLMJob(load_spec(str(spec_file)).model_dump_json())
    keys = [
        request_key({**job.payload(job.prompt_text(i), i), "model": model}) for i in range(SAMPLES)
    ]
    rates = dict(item.split("=") for item in FAULTS.split(","))
    for seed in range(100):
        config = FaultConfig(rates={k: float(v) for k, v in rates.items()}, seed=seed)
        seen: set[str] = set()
        worst = 0
        for key in keys:
            attempt = 1
            while (fault := decide_fault(config, key, attempt)) is not None:
                seen.add(fault)
                attempt += 1
            worst = max(worst, attempt)
        if worst <= 3 and seen == set(rates):
            return seed
    raise AssertionError("no quick fault seed found")


@pytest.mark.parametrize("api", API_MODES)
def test_faults_are_retried_and_every_sample_accounted_for(
    served_run: Path, tmp_path: Path, api: str
) -> None:
    # The spec is written first (with a placeholder URL) to plan the faults.
    placeholder = "http://127.0.0.1:9/v1"
    spec = write_spec(tmp_path / "llm.yaml", served_run.name, placeholder, timeout=2, api=api)
    seed = _quick_fault_seed(spec, served_run.name)
    log = tmp_path / "requests.jsonl"
    with running_server(
        served_run, faults=FAULTS, fault_seed=seed, fault_timeout_s=6, request_log=log
    ) as server:
        assert server.model == served_run.name
        spec = write_spec(tmp_path / "llm.yaml", server.model, server.base_url, timeout=2, api=api)
        result = build_corpus(str(spec), [], tmp_path / "data")
        stats = server.stats()
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert {e["endpoint"] for e in entries} == {ENDPOINTS[api]}
    rows, rejected = published(result.version.path)
    # Usage counts each answer once, however many faulted attempts came before it.
    answered = [e for e in entries if e["outcome"] == "answered"]
    usage = result.version.manifest["usage"]
    assert usage["completion_tokens"] == sum(e["completion_tokens"] for e in answered)
    assert usage["prompt_tokens"] == sum(e["prompt_tokens"] for e in answered)
    assert rows.height + rejected.height == SAMPLES
    assert all(rejected["reason"].str.len_chars() > 0)
    assert all(count >= 1 for count in stats["faulted"].values()), stats["faulted"]
    # Every request was eventually answered (or given up on after the retries), once.
    assert stats["received_after_answered"] == 0
    failed = rejected.filter(pl.col("reason") == "request_failed").height
    assert stats["answered"] + failed == SAMPLES


# --------------------------------------------------------------------------- (c) SIGKILL

_DRIVER = """\
import sys
from hornbook.corpora.build import build_corpus

if __name__ == "__main__":
    build_corpus(sys.argv[1], [], sys.argv[2])
"""


def _durable_answers(data_root: Path) -> set[str]:
    """Request keys whose answers the build had committed to its response cache."""
    (path,) = data_root.rglob("responses.sqlite3")
    with sqlite3.connect(path) as conn:
        return {key for (key,) in conn.execute("SELECT key FROM responses")}


def test_sigkill_mid_build_resumes_without_resending_or_duplicating(
    served_run: Path, tmp_path: Path, reference: dict[str, Any]
) -> None:
    """Kill the build (its whole process group) with SIGKILL once half the requests are
    answered, build again, and get exactly the reference rows, with no answered request
    sent twice.

    The server is paused (SIGSTOP) from the stats snapshot until the build is dead, so
    that no request is answered while the build dies. "Answered" is what the build had
    recorded when it died: the keys in its response cache, committed the moment an answer
    arrives. An answer the server counted but the build never recorded (still in a socket
    buffer, or parsed but not yet committed, at the kill) can only be sent for again, and
    only requests in flight at the kill are such.
    """
    driver = tmp_path / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    data = tmp_path / "data"
    with running_server(served_run) as server:
        spec = write_spec(
            tmp_path / "llm.yaml", server.model, server.base_url, api=reference["api"]
        )
        build = subprocess.Popen(
            [sys.executable, str(driver), str(spec), str(data)],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: the kill takes its workers too
        )
        try:
            deadline = time.monotonic() + 120
            while (snapshot := server.stats())["answered"] < SAMPLES // 2:
                assert build.poll() is None, "the build ended before it could be killed"
                assert time.monotonic() < deadline, "the build made no progress"
                time.sleep(0.02)
            server.process.send_signal(signal.SIGSTOP)
            try:
                time.sleep(1.0)
                os.killpg(build.pid, signal.SIGKILL)
                build.wait(timeout=10)
            finally:
                server.process.send_signal(signal.SIGCONT)
        finally:
            if build.poll() is None:
                os.killpg(build.pid, signal.SIGKILL)
                build.wait()
        assert snapshot["answered"] < SAMPLES, "killed too late: every request was answered"
        durable = _durable_answers(data)
        at_kill = server.stats()

        result = build_corpus(str(spec), [], data)
        final = server.stats()

    assert len(durable) >= SAMPLES // 4, f"only {len(durable)} answers recorded before the kill"
    for key in durable:
        assert at_kill["requests"][key]["answered"] == 1
        assert final["requests"][key]["received"] == at_kill["requests"][key]["received"], (
            f"request {key[:12]} was answered and recorded before the kill, and sent again"
        )
    # Only requests in flight at the kill may be sent again.
    resent = {k for k, e in final["requests"].items() if e["received"] > 1}
    assert not resent & durable
    assert len(resent) <= CONCURRENCY
    lost = {k for k, e in final["requests"].items() if e["received_after_answered"] > 0}
    assert lost <= resent
    assert len(final["requests"]) == SAMPLES

    rows, rejected = published(result.version.path)
    ref_rows, ref_rejected = reference["rows"], reference["rejected"]
    assert rows.select("id", "text", "index").equals(ref_rows.select("id", "text", "index"))
    key = ["index", "reason", "id"]
    assert rejected.select(key).sort(key).equals(ref_rejected.select(key).sort(key))
    # Usage counts each published answer once, resent or not.
    assert result.version.manifest["usage"] == reference["manifest"]["usage"]


# --------------------------------------------------------------------------- chat

SYSTEM = "Simple words."  # short: system + prompt must fit the tiny model's 64-token window


def test_render_chat_is_the_servers_chat_template() -> None:
    """The rule `hornbook serve` applies to a conversation, on a known message list."""
    messages = [
        ChatMessage(role="system", content="Be kind."),
        ChatMessage(role="user", content="an earlier turn"),
        ChatMessage(role="assistant", content="an earlier answer"),
        ChatMessage(role="developer", content="Use simple words."),
        ChatMessage(role="system", content=""),
        ChatMessage(
            role="user",
            content=[{"type": "text", "text": "Once upon"}, {"type": "text", "text": " a time"}],
        ),
    ]
    assert render_chat(messages) == "Be kind.\n\nUse simple words.\n\nOnce upon a time"
    assert render_chat([ChatMessage(role="user", content="Hi")]) == "Hi"


def test_chat_requests_reach_the_model_as_their_rendered_prompt(served_run: Path) -> None:
    """Over HTTP: a chat request is answered exactly as a completion of its rendered text
    (same text, finish reason and token counts), with and without a system prompt."""
    user = "Once upon a time, Tom had a"
    sampling = {"max_tokens": 40, "temperature": 0.7, "seed": 5}
    with running_server(served_run) as server, httpx.Client(timeout=60) as http:

        def post(endpoint: str, **body: Any) -> dict[str, Any]:
            response = http.post(
                f"{server.base_url}/{endpoint}", json={"model": server.model, **sampling, **body}
            )
            assert response.status_code == 200, response.text
            return response.json()

        usages = {}
        for system in (None, SYSTEM):
            messages = [{"role": "user", "content": user}]
            if system is not None:
                messages.insert(0, {"role": "system", "content": system})
            chat = post("chat/completions", messages=messages)
            rendered = render_chat([ChatMessage(**m) for m in messages])
            completion = post("completions", prompt=rendered)
            assert chat["choices"][0]["message"] == {
                "role": "assistant",
                "content": completion["choices"][0]["text"],
            }
            assert chat["choices"][0]["finish_reason"] == completion["choices"][0]["finish_reason"]
            assert chat["usage"] == completion["usage"]
            assert chat["usage"]["prompt_tokens"] == 1 + len(rendered.encode())  # BOS + bytes
            usages[system] = chat["usage"]["prompt_tokens"]
    # The system prompt reached the model: its bytes and the blank line, no more, no less.
    assert usages[SYSTEM] - usages[None] == len(SYSTEM.encode()) + 2


def test_system_prompt_is_sent_first_and_enters_the_fingerprint(tmp_path: Path) -> None:
    spec_file = write_spec(tmp_path / "llm.yaml", "m", "http://127.0.0.1:9/v1", api="chat")
    plain = load_spec(str(spec_file))
    spec = load_spec(str(spec_file), [f"generator.system_prompt={SYSTEM}"])
    job = LLMJob(spec.model_dump_json())
    prompt = job.prompt_text(3)
    assert job.payload(prompt, 3)["messages"] == [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": prompt},
    ]
    assert LLMJob(plain.model_dump_json()).payload(prompt, 3)["messages"] == [
        {"role": "user", "content": prompt}
    ]
    assert fingerprint(spec) != fingerprint(plain)
    assert fingerprint(spec) != fingerprint(
        load_spec(str(spec_file), ["generator.system_prompt=Other words."])
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (["generator.api=completion"], "generator.system_prompt needs generator.api: chat"),
        (["generator.backend=template"], "sent only by the LLM backends"),
    ],
)
def test_system_prompt_needs_an_llm_backend_in_chat_mode(
    tmp_path: Path, overrides: list[str], message: str
) -> None:
    spec_file = write_spec(tmp_path / "llm.yaml", "m", "http://127.0.0.1:9/v1", api="chat")
    with pytest.raises(UserError, match=message):
        load_spec(str(spec_file), [*overrides, f"generator.system_prompt={SYSTEM}"])


def test_build_with_a_system_prompt(served_run: Path, tmp_path: Path) -> None:
    """End to end in chat mode with a system prompt: every request the server answered
    carried it (its prompt tokens are those of system + blank line + prompt), and the
    manifest's usage is what the server counted."""
    samples = 12
    log = tmp_path / "requests.jsonl"
    with running_server(served_run, request_log=log) as server:
        spec = write_spec(
            tmp_path / "llm.yaml", server.model, server.base_url, samples=samples, api="chat"
        )
        # The tiny model never saw a newline, so after the system prompt and the blank
        # line it babbles until max_tokens: every answer may be rejected as truncated. Then
        # the build publishes nothing and says where the rejects are kept (NothingKept);
        # the accounting is checked on those rejects instead of a published version.
        overrides = [f"generator.system_prompt={SYSTEM}", "curate.dedupe=none"]
        try:
            result = build_corpus(str(spec), overrides, tmp_path / "data")
        except NothingKept as exc:
            result, kept_in = None, Path(re.search(r"kept in (\S+)$", str(exc)).group(1))
        stats = server.stats()
    if result is not None:
        assert result.version.manifest["spec"]["generator"]["system_prompt"] == SYSTEM
        rows, rejected = published(result.version.path)
        usage = result.version.manifest["usage"]
    else:
        docs = read_jsonl_docs(kept_in)
        rows = pl.DataFrame(
            {"prompt": [], "prompt_tokens": []},
            schema={"prompt": pl.String, "prompt_tokens": pl.Int64},
        )
        rejected = pl.DataFrame([d["metadata"] for d in docs])
        assert set(rejected["filter_reason"]) == {"truncated"}
        usage = {k: int(rejected[k].sum()) for k in ("prompt_tokens", "completion_tokens")}
    assert rows.height + rejected.height == samples == stats["answered"]
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert {(e["endpoint"], e["outcome"]) for e in entries} == {
        ("/v1/chat/completions", "answered")
    }
    prompts = rows["prompt"].to_list() + rejected["prompt"].to_list()
    expected = {1 + len(f"{SYSTEM}\n\n{p}".encode()) for p in prompts}
    assert set(rows["prompt_tokens"]) <= expected
    assert {e["prompt_tokens"] for e in entries} == expected
    assert usage["prompt_tokens"] == sum(e["prompt_tokens"] for e in entries)
    assert usage["completion_tokens"] == sum(e["completion_tokens"] for e in entries)


# --------------------------------------------------------------------------- (d) errors


def test_missing_api_key_env_is_a_user_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("HORNBOOK_TEST_NO_SUCH_KEY", raising=False)
    spec_file = write_spec(tmp_path / "llm.yaml", "m", "http://127.0.0.1:9/v1")
    spec = load_spec(str(spec_file), ["generator.api_key_env=HORNBOOK_TEST_NO_SUCH_KEY"])
    with pytest.raises(UserError, match="HORNBOOK_TEST_NO_SUCH_KEY"):
        source_steps(spec, tmp_path / "work", lambda name: None)  # type: ignore[arg-type,return-value]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_base_url_fails_the_build_clearly(tmp_path: Path) -> None:
    """Decision: an endpoint that refuses connections fails the build within seconds with
    a UserError naming the URL (transient failures mid-build are retried, then rejected
    as `request_failed`; a dead endpoint is a configuration error, not 40 rejects)."""
    url = f"http://127.0.0.1:{_free_port()}/v1"
    spec = write_spec(tmp_path / "llm.yaml", "m", url, samples=4, retries=1)
    started = time.monotonic()
    with pytest.raises(UserError, match="cannot reach") as info:
        build_corpus(str(spec), [], tmp_path / "data")
    assert url in str(info.value)
    assert time.monotonic() - started < 60
    assert not (tmp_path / "data" / "corpora" / "llm-test").exists()


@pytest.mark.parametrize(
    ("text", "finish", "error", "reason"),
    [
        ("Once upon a time, Tom had a ball.", "stop", None, None),
        ("", "stop", None, "empty"),
        ("   \n", "length", None, "empty"),
        (None, None, "HTTP 500: boom", "request_failed"),
        ("Once upon a time, Tom had a ball and", "length", None, "truncated"),
        ("I'm sorry, but I can't write that story.", "stop", None, "refusal"),
        ("I\u2019m sorry, but I can\u2019t help with that.", "stop", None, "refusal"),
        ("As an AI language model, I cannot", "length", None, "refusal"),
        ("Sure! As an AI assistant I will write it.", "stop", None, "refusal"),
        ("I cannot comply with this request.", "stop", None, "refusal"),
        ('"I\'m sorry," said Tom to the cat. Then they played.', "stop", None, None),
        ("Tom said, I can't find my ball. Mom helped him.", "stop", None, None),
    ],
)
def test_answers_are_classified(text, finish, error, reason) -> None:
    assert classify(text, finish, error) == reason
    assert Call(text, finish, error=error).reason == reason


def test_refusal_needs_an_opening_not_a_mention() -> None:
    assert is_refusal("Unfortunately, I can't do that.")
    story = "Once upon a time a robot said: as an AI, I love cats. " + "They played. " * 30
    assert not is_refusal(story)


def test_tokens_split_exactly_over_rows() -> None:
    assert split_tokens(10, 3) == [4, 3, 3]
    assert sum(split_tokens(7, 4)) == 7 and split_tokens(5, 0) == []


def test_request_seed_is_stable_and_31_bit() -> None:
    assert request_seed(1234, 5) == request_seed(1234, 5)
    assert request_seed(1234, 5) != request_seed(1234, 6) != request_seed(1235, 5)
    assert 0 <= request_seed(1, 2, 3) < 2**31


# --------------------------------------------------------------------------- (e) fixes


def test_api_base_accepts_both_url_forms() -> None:
    for url in ("http://h:8000", "http://h:8000/", "http://h:8000/v1", "http://h:8000/v1/"):
        assert api_base(url) == "http://h:8000/v1"
    assert api_base("https://x.ai/openai/v1/") == "https://x.ai/openai/v1"


def test_backoff_is_exponential_jittered_and_capped() -> None:
    delays = [backoff_delay(a, 0.5, 4.0, None) for a in range(1, 8) for _ in range(20)]
    assert min(delays) >= 0.25 and max(delays) <= 4.0
    first = {backoff_delay(1, 0.5, 4.0, None) for _ in range(20)}
    assert len(first) > 1, "no jitter"
    assert all(0.25 <= d <= 0.5 for d in first)
    assert backoff_delay(1, 0.5, 4.0, retry_after=3.0) >= 3.0
    assert backoff_delay(1, 0.5, 4.0, retry_after=999) <= 4.0


def test_inference_error_cannot_cross_a_process_boundary() -> None:
    """Fault 3: why a worker pool hangs when an InferenceError escapes a task."""
    with pytest.raises(TypeError):
        pickle.loads(pickle.dumps(InferenceError(None, "boom")))

    class Failing(HardenedInferenceRunner):
        async def run_async(self, data, rank=0):
            raise InferenceError(None, "boom")

    config = HardenedConfig(server_type="endpoint", model_name_or_path="m", endpoint_url="x")
    runner = Failing(rollout_fn=None, config=config, output_writer=None)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="boom") as info:
        runner.run([], 0, 1)
    pickle.loads(pickle.dumps(info.value))  # what the pool needs


def _config(url: str, model: str, **extra: Any) -> HardenedConfig:
    return HardenedConfig(
        server_type="endpoint",
        model_name_or_path=model,
        endpoint_url=url,
        use_chat=False,
        request_timeout=10,
        backoff_base_s=0.05,
        **extra,
    )


def _faulted_first_then_ok(config: FaultConfig, model: str) -> Iterator[dict[str, Any]]:
    """Request bodies whose first receipt gets a 500 and whose second is answered."""
    for seed in range(1000):
        body = {"prompt": "Once upon a time", "max_tokens": 8, "seed": seed, "model": model}
        key = request_key(body)
        if decide_fault(config, key, 1) == "500" and decide_fault(config, key, 2) is None:
            yield body


def test_inference_runner_faults_url_forms_and_500s(served_run: Path, tmp_path: Path) -> None:
    """Faults 1 and 2 on the stock EndpointServer, and the same calls through the fix."""
    with running_server(served_run, faults="500=0.5", fault_seed=3) as server:
        bodies = _faulted_first_then_ok(FaultConfig(rates={"500": 0.5}, seed=3), server.model)
        stock_body, fixed_body = next(bodies), next(bodies)

        async def call(server_cls, url: str, body: dict, **extra: Any) -> dict:
            srv = server_cls(_config(url, server.model, **extra), 0)
            srv._server_ready.set_result(True)
            try:
                return await srv.make_request(dict(body))
            finally:
                await srv.server_cleanup()

        # 1. The stock localhost path appends /v1 itself: the usual base URL 404s ...
        with pytest.raises(InferenceError, match="404"):
            asyncio.run(call(EndpointServer, server.base_url, stock_body))
        # 2. ... and without /v1 the first injected 500 aborts the whole task (no retry).
        with pytest.raises(ServerError):
            asyncio.run(call(EndpointServer, server.root_url, stock_body))
        # The fix takes both URL forms; the 500 is retried; the answer is cached.
        cache = tmp_path / "responses.sqlite3"
        answer = asyncio.run(
            call(ResilientEndpointServer, server.base_url, fixed_body, response_cache=str(cache))
        )
        assert answer["choices"][0]["finish_reason"] in ("stop", "length")
        assert ResponseCache(cache).get(request_key(fixed_body)) == answer
        again = asyncio.run(
            call(ResilientEndpointServer, server.root_url, fixed_body, response_cache=str(cache))
        )
        assert again == answer
        requests = server.stats()["requests"]
    # stock: the 404 never reached the endpoint, the 500 was final; fix: 500, then answered,
    # then answered from the cache without a request.
    assert requests[request_key(stock_body)] == {
        "received": 1,
        "answered": 0,
        "received_after_answered": 0,
    }
    assert requests[request_key(fixed_body)] == {
        "received": 2,
        "answered": 1,
        "received_after_answered": 0,
    }


def test_retries_give_up_with_the_last_error(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/v1"

    async def call() -> dict:
        srv = ResilientEndpointServer(_config(url, "m", max_retries=2), 0)
        srv._server_ready.set_result(True)
        try:
            return await srv.make_request({"prompt": "x"})
        finally:
            await srv.server_cleanup()

    with pytest.raises(InferenceError, match="3 attempts; last error: connection error"):
        asyncio.run(call())


# --------------------------------------------------------------------------- math rows

_PROGRAM = '''def solution():
    """Tom has 3 apples and buys 4 more. How many apples does he have?"""
    apples = 3
    bought = 4
    result = apples + bought
    return result
'''


def _math_job(tmp_path: Path, mode: str) -> LLMJob:
    spec_file = tmp_path / "math.yaml"
    spec_file.write_text(
        f"name: math-llm\nrecipe: {{kind: math, mode: {mode}, problems_per_request: 3}}\n"
        "generator: {backend: openai, model: m, base_url: 'http://127.0.0.1:9/v1'}\n",
        encoding="utf-8",
    )
    return LLMJob(load_spec(str(spec_file)).model_dump_json())


def test_math_one_step_answer_makes_rows_with_exact_token_shares(tmp_path: Path) -> None:
    job = _math_job(tmp_path, "one_step")
    answer = f"Problem 1:\n{_PROGRAM}\nProblem 2:\n{_PROGRAM.replace('3 apples', '5 apples')}"
    call = Call(answer, "stop", prompt_tokens=101, completion_tokens=50)
    rows, rejects = job.documents({"index": 2, "calls": [call.as_dict()]})
    assert not rejects and len(rows) == 2
    assert [r.metadata["index"] for r in rows] == [6, 7]  # request 2 * 3 per request + k
    assert sum(r.metadata["prompt_tokens"] for r in rows) == 101
    assert sum(r.metadata["completion_tokens"] for r in rows) == 50
    assert rows[0].metadata["question"].startswith("Tom has 3 apples")
    assert rows[0].metadata["recipe"] == "math" and rows[0].metadata["seed_question"]
    # An answer without a program is a reject that still carries the tokens it cost.
    _, rejects = job.documents(
        {"index": 0, "calls": [Call("No code here.", "stop", 10, 5).as_dict()]}
    )
    assert [r.metadata["filter_reason"] for r in rejects] == ["no_problems"]
    assert rejects[0].metadata["completion_tokens"] == 5


def test_math_two_step_rejects_per_question(tmp_path: Path) -> None:
    job = _math_job(tmp_path, "two_step")
    questions = (
        "1. Tom has 3 apples and buys 4 more. How many apples?\n"
        "2. Mia has 5 pens and loses 2 of them. How many pens?"
    )
    calls = [
        Call(questions, "stop", 40, 30),
        Call(f"```python\n{_PROGRAM}```", "stop", 20, 40),
        Call(None, None, error="no answer after 7 attempts; last error: HTTP 500"),
    ]
    rows, rejects = job.documents({"index": 1, "calls": [c.as_dict() for c in calls]})
    assert [r.metadata["index"] for r in rows] == [3]
    assert [(r.metadata["index"], r.metadata["filter_reason"]) for r in rejects] == [
        (4, "request_failed")
    ]
    assert "HTTP 500" in rejects[0].metadata["error"]
    total = rows + rejects
    assert sum(d.metadata["prompt_tokens"] for d in total) == 60
    assert sum(d.metadata["completion_tokens"] for d in total) == 70
