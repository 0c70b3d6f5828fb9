"""Tests for train/serve.py and train/serve_faults.py: a real server, the official client.

One tiny run is trained per module (~2-5 s); each server is a real subprocess on
127.0.0.1 started by `tests.serve_helpers.running_server` (~3 s each, three in all).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from hornbook.corpora.errors import UserError
from hornbook.train.serve import main
from hornbook.train.serve_faults import FaultConfig, decide_fault, parse_faults, request_key

from tests.serve_helpers import REPO, make_served_run, running_server

MIXED = "500=0.2,429=0.1,timeout=0.05,malformed=0.05"
MIXED_SEED = 11
# Client timeout against injected "timeout" faults: far above a real answer's latency
# here (a few ms per token), far below the server's hold.
CLIENT_TIMEOUT_S = 3.0


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_served_run(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def server(run_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    log = tmp_path_factory.mktemp("log") / "requests.jsonl"
    with running_server(run_dir, request_log=log) as handle:
        yield handle


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key="unused", max_retries=0)


def _byte_tokens(text: str) -> int:
    """Prompt tokens of the byte-level run: BOS plus one token per UTF-8 byte."""
    return 1 + len(text.encode("utf-8"))


def test_models_list(client: openai.OpenAI, server) -> None:
    models = client.models.list().data
    assert [m.id for m in models] == ["tiny-served"] == [server.model]
    assert models[0].owned_by == "hornbook" and models[0].max_model_len == 128
    assert client.models.retrieve("tiny-served").id == "tiny-served"


def test_completion_schema_usage_and_length(client: openai.OpenAI) -> None:
    prompt = "Once upon a time, Tom"
    out = client.completions.create(
        model="tiny-served", prompt=prompt, max_tokens=20, temperature=0
    )
    assert out.object == "text_completion" and out.model == "tiny-served" and out.id
    (choice,) = out.choices
    assert choice.index == 0 and choice.logprobs is None and isinstance(choice.text, str)
    assert choice.finish_reason == "length"
    assert out.usage.prompt_tokens == _byte_tokens(prompt)
    assert out.usage.completion_tokens == 20
    assert out.usage.total_tokens == out.usage.prompt_tokens + 20
    # A list of one prompt is the same request as far as the model is concerned.
    listed = client.completions.create(
        model="tiny-served", prompt=[prompt], max_tokens=20, temperature=0
    )
    assert listed.choices[0].text == choice.text


def test_eos_ends_the_answer_and_is_counted(client: openai.OpenAI) -> None:
    out = client.completions.create(
        model="tiny-served", prompt="Once upon a time, Tom", max_tokens=90, temperature=0
    )
    (choice,) = out.choices
    assert choice.finish_reason == "stop" and choice.text.endswith(".")
    assert out.usage.completion_tokens == len(choice.text.encode()) + 1  # the EOS


def test_chat_completion_renders_system_and_last_user(client: openai.OpenAI) -> None:
    messages = [
        {"role": "system", "content": "Stories for children."},
        {"role": "user", "content": "an earlier turn that is dropped"},
        {"role": "assistant", "content": "an answer that is dropped"},
        {"role": "user", "content": [{"type": "text", "text": "Once upon a time, Lily"}]},
    ]
    out = client.chat.completions.create(
        model="tiny-served", messages=messages, max_tokens=12, temperature=0
    )
    assert out.object == "chat.completion"
    (choice,) = out.choices
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    assert choice.finish_reason == "length" and out.usage.completion_tokens == 12
    rendered = "Stories for children.\n\nOnce upon a time, Lily"
    assert out.usage.prompt_tokens == _byte_tokens(rendered)
    # max_completion_tokens is the newer spelling of max_tokens.
    newer = client.chat.completions.create(
        model="tiny-served", messages=messages, max_completion_tokens=5, temperature=0
    )
    assert newer.usage.completion_tokens == 5


def test_stop_string_cuts_the_text(client: openai.OpenAI) -> None:
    kwargs = {"model": "tiny-served", "prompt": "Once upon a time,", "temperature": 0}
    free = client.completions.create(max_tokens=40, **kwargs).choices[0].text
    stop = free[8:10]
    cut = client.completions.create(max_tokens=40, stop=[stop, "\x00never"], **kwargs)
    assert cut.choices[0].finish_reason == "stop"
    assert cut.choices[0].text == free[: free.index(stop)]
    assert cut.usage.completion_tokens <= 10  # sampling stopped, not just the text


def test_prompt_is_cut_from_the_left_to_fit(client: openai.OpenAI) -> None:
    out = client.completions.create(model="tiny-served", prompt="x" * 500, max_tokens=28)
    assert out.usage.prompt_tokens == 100 and out.usage.total_tokens == 128


def test_seed_makes_sampling_deterministic(client: openai.OpenAI) -> None:
    def text(**kwargs) -> str:
        args = {"model": "tiny-served", "prompt": "Once", "max_tokens": 30, "temperature": 1.0}
        return client.completions.create(**{**args, **kwargs}).choices[0].text

    assert text(seed=7) == text(seed=7)
    assert len({text(seed=s) for s in range(4)}) > 1  # the seed is really used
    assert text() == text()  # no seed: seeded by the request's own hash
    assert text(top_p=0.5, seed=1) == text(top_p=0.5, seed=1)


def test_async_client_concurrency_is_deterministic(server) -> None:
    async def run() -> list[str]:
        async with openai.AsyncOpenAI(
            base_url=server.base_url, api_key="x", max_retries=0
        ) as aclient:
            calls = [
                aclient.completions.create(model="tiny-served", prompt="Mia had", max_tokens=24)
                for _ in range(8)
            ]
            chats = [
                aclient.chat.completions.create(
                    model="tiny-served", messages=[{"role": "user", "content": "Ben"}], max_tokens=8
                )
                for _ in range(2)
            ]
            done = await asyncio.gather(*calls, *chats)
        return [c.choices[0].text for c in done[:8]]

    texts = asyncio.run(run())
    assert len(set(texts)) == 1 and len(texts[0].encode()) <= 24


def test_bad_requests_get_openai_errors(client: openai.OpenAI, server) -> None:
    with pytest.raises(openai.BadRequestError) as exc:
        client.completions.create(model="tiny-served", prompt="a", n=2)
    assert exc.value.status_code == 400 and exc.value.body["param"] == "n"
    with pytest.raises(openai.NotFoundError) as exc:
        client.completions.create(model="gpt-4", prompt="a")
    assert exc.value.body["code"] == "model_not_found" and "tiny-served" in exc.value.message
    with pytest.raises(openai.BadRequestError) as exc:
        client.completions.create(model="tiny-served", prompt="a", max_tokens=128)
    assert exc.value.body["code"] == "context_length_exceeded"
    for bad in (
        {"prompt": ["a", "b"]},
        {"prompt": "a", "stream": True},
        {"prompt": "a", "temperature": "hot"},
        {"prompt": "a", "stop": ["1", "2", "3", "4", "5"]},
    ):
        with pytest.raises(openai.BadRequestError):
            client.completions.create(model="tiny-served", **bad)
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(
            model="tiny-served", messages=[{"role": "system", "content": "no user"}]
        )
    assert exc.value.body["param"] == "messages"

    raw = httpx.post(
        f"{server.base_url}/completions",
        content=b'{"model": "tiny-served", "prompt": ',
        headers={"Content-Type": "application/json"},
    )
    assert raw.status_code == 400
    assert raw.json()["error"]["message"] == "the request body is not valid JSON"
    missing = httpx.post(f"{server.base_url}/completions", json={"model": "tiny-served"})
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "prompt"
    assert httpx.get(f"{server.root_url}/nope").json()["error"]["message"] == "Not Found"


def test_stats_and_request_log_account_per_request(client: openai.OpenAI, server) -> None:
    body = {"model": "tiny-served", "prompt": "stats probe", "max_tokens": 3}
    key = request_key(body)
    before = server.stats()
    first = client.completions.create(**body)
    second = client.completions.create(**body)
    assert first.choices[0].text == second.choices[0].text
    after = server.stats()
    assert after["requests"][key] == {"received": 2, "answered": 2, "received_after_answered": 1}
    assert after["received"] - before["received"] == 2
    assert after["answered"] - before["answered"] == 2
    assert after["received_after_answered"] - before["received_after_answered"] == 1

    lines = [json.loads(line) for line in server.request_log.read_text().splitlines()]
    mine = [line for line in lines if line["key"] == key]
    assert [(x["attempt"], x["outcome"], x["status"]) for x in mine] == [
        (1, "answered", 200),
        (2, "answered", 200),
    ]
    assert mine[0]["completion_tokens"] == 3 and mine[0]["endpoint"] == "/v1/completions"
    assert len(lines) == after["received"]  # one line per generation request, 4xx included


def test_fault_500_always(run_dir: Path) -> None:
    with running_server(run_dir, faults="500=1.0") as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0)
        for i in range(5):
            with pytest.raises(openai.InternalServerError) as exc:
                client.completions.create(model="tiny-served", prompt=f"p{i}", max_tokens=2)
            assert exc.value.status_code == 500 and exc.value.body["type"] == "server_error"
        # The client's own retries are visible as receipts of the same request.
        retrying = client.with_options(max_retries=2)
        with pytest.raises(openai.InternalServerError):
            retrying.completions.create(model="tiny-served", prompt="retried", max_tokens=2)
        assert client.models.list().data[0].id == "tiny-served"  # never faulted
        stats = server.stats()
        assert stats["faulted"] == {"500": 8, "429": 0, "timeout": 0, "malformed": 0}
        assert stats["received"] == 8 and stats["answered"] == 0
        key = request_key({"model": "tiny-served", "prompt": "retried", "max_tokens": 2})
        assert stats["requests"][key] == {
            "received": 3,
            "answered": 0,
            "received_after_answered": 0,
        }
        process = server.process
    assert process.returncode == 0  # SIGTERM is a clean stop


@pytest.fixture(scope="module")
def mixed_server(run_dir: Path):
    with running_server(run_dir, faults=MIXED, fault_seed=MIXED_SEED, fault_timeout_s=20) as handle:
        yield handle


def _outcome(exc: BaseException | None, result) -> str:
    """What the client saw, in the server's fault vocabulary."""
    if exc is None:
        return "malformed" if result.choices is None else "answered"
    if isinstance(exc, openai.RateLimitError):
        return "429"
    if isinstance(exc, openai.InternalServerError):
        return "500"
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, json.JSONDecodeError):  # the client does not wrap a cut-off body
        return "malformed"
    raise exc


async def _send_all(server, bodies: list[dict], concurrency: int) -> list[str]:
    limit = asyncio.Semaphore(concurrency)
    async with openai.AsyncOpenAI(
        base_url=server.base_url, api_key="x", max_retries=0, timeout=CLIENT_TIMEOUT_S
    ) as aclient:

        async def one(body: dict) -> str:
            async with limit:
                try:
                    return _outcome(None, await aclient.completions.create(**body))
                except Exception as exc:
                    return _outcome(exc, None)

        return await asyncio.gather(*(one(body) for body in bodies))


def _wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def test_mixed_faults_match_the_seeded_prediction(mixed_server) -> None:
    config = FaultConfig(rates=parse_faults(MIXED).rates, seed=MIXED_SEED)
    bodies = [{"model": "tiny-served", "prompt": f"story {i}", "max_tokens": 4} for i in range(100)]
    predicted = [decide_fault(config, request_key(b), 1) or "answered" for b in bodies]
    before = mixed_server.stats()["faulted"]

    seen = asyncio.run(_send_all(mixed_server, bodies, concurrency=10))
    assert seen == predicted  # exact, whatever the arrival order

    counts = {kind: predicted.count(kind) for kind in ("500", "429", "timeout", "malformed")}
    for kind, rate in config.rates.items():  # roughly the configured shares
        assert abs(counts[kind] - 100 * rate) <= 4 * (100 * rate * (1 - rate)) ** 0.5 + 1, kind
    # The server records a held request once it notices the client hung up.
    _wait_for(lambda: {k: mixed_server.stats()["faulted"][k] - before[k] for k in counts} == counts)
    stats = mixed_server.stats()
    for body, outcome in zip(bodies, predicted, strict=True):
        entry = stats["requests"][request_key(body)]
        assert entry["received"] == 1 and entry["answered"] == (outcome == "answered")


def test_timeout_fault_does_not_block_other_requests(mixed_server) -> None:
    config = FaultConfig(rates=parse_faults(MIXED).rates, seed=MIXED_SEED)

    def body(i: int) -> dict:
        return {"model": "tiny-served", "prompt": f"hold {i}", "max_tokens": 16}

    faults = {i: decide_fault(config, request_key(body(i)), 1) for i in range(400)}
    held = next(i for i, fault in faults.items() if fault == "timeout")
    healthy = [i for i, fault in faults.items() if fault is None][:6]

    async def run() -> tuple[str, float, list[str]]:
        slow = asyncio.ensure_future(_send_all(mixed_server, [body(held)], 1))
        await asyncio.sleep(0.3)  # the held request is now sleeping on the server
        start = time.monotonic()
        fast = await _send_all(mixed_server, [body(i) for i in healthy], concurrency=3)
        fast_s = time.monotonic() - start
        assert not slow.done()
        return (await slow)[0], fast_s, fast

    slow_outcome, fast_s, fast = asyncio.run(run())
    assert fast == ["answered"] * 6 and fast_s < CLIENT_TIMEOUT_S - 0.5
    assert slow_outcome == "timeout"


def test_parse_faults() -> None:
    config = parse_faults(" 500=0.2, 429=0.1,timeout=0.05,malformed=0.05 ")
    assert config.rates == {"500": 0.2, "429": 0.1, "timeout": 0.05, "malformed": 0.05}
    assert parse_faults("").rates == {} and not parse_faults("").active
    for bad, words in [
        ("500=1.5", "outside [0, 1]"),
        ("500=-0.1", "outside [0, 1]"),
        ("503=0.1", "unknown fault kind"),
        ("500", "expected KIND=RATE"),
        ("500=abc", "not a number"),
        ("500=0.1,500=0.2", "twice"),
        ("500=0.6,429=0.6", "sum to 1.2"),
    ]:
        with pytest.raises(UserError, match=words.replace("[", r"\[").replace("]", r"\]")):
            parse_faults(bad)
    assert decide_fault(parse_faults("500=1"), "k", 1) == "500"
    assert decide_fault(None, "k", 1) is None


def test_cli_user_errors_exit_2_with_one_line(
    run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv, words in [
        (["no-such-run", "--data-root", str(tmp_path)], "unknown run 'no-such-run'"),
        ([str(run_dir), "--inject-faults", "500=2"], "outside [0, 1]"),
        ([str(run_dir), "--inject-faults", "boom=0.1"], "unknown fault kind"),
        ([str(run_dir), "--inject-faults", "500=0.1", "--fault-timeout-s", "0"], "positive"),
        ([str(run_dir), "--port", "70000"], "--port"),
        ([str(run_dir), "--device", "tpu9"], "unknown device"),
        ([str(run_dir), "--threads", "-1"], "--threads"),
    ]:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("hornbook serve: error: ") and words in err

    proc = subprocess.run(
        [sys.executable, "-m", "hornbook.train.serve", str(tmp_path / "missing")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_help_mentions_faults_only_as_testing(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.count("testing only") == 1 and "--request-log" in out
