"""Tests for train/judge.py and the judge/vocabulary parts of score_run, against a real
HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions protocol."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
import pytest
from hornbook.corpora.errors import UserError
from hornbook.corpora.vocabulary import load_vocabulary
from hornbook.train import TrainConfig, encode_documents, score_run, train
from hornbook.train.judge import format_story, judge_samples, parse_verdict

from tests.train_helpers import ByteTokenizer, synthetic_stories

GOOD = '{"grammar": 8, "creativity": 6, "consistency": 7, "comment": "Fine."}'
# Prose and a code fence around the JSON, grades as strings: still readable.
FENCED = 'Here is my grade:\n```json\n{"grammar": "4", "creativity": 5, "consistency": 3}\n```'
MALFORMED = "I would give it a seven out of ten."


class _Judge(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions with canned verdicts, chosen by a marker in the story.

    Under /fail/ it answers 500, like an overloaded or broken server.
    """

    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(
            {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
        )
        if self.path.startswith("/fail/"):
            self._send(500, {"error": {"message": "judge exploded", "type": "server_error"}})
            return
        if self.path != "/v1/chat/completions":
            self._send(404, {"error": {"message": "not found"}})
            return
        story = body["messages"][-1]["content"]
        content = MALFORMED if "MALFORMED" in story else FENCED if "FENCED" in story else GOOD
        self._send(
            200,
            {
                "id": "cmpl-1",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            },
        )

    def _send(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Judge)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_parse_verdict() -> None:
    assert parse_verdict(GOOD) == {
        "grammar": 8,
        "creativity": 6,
        "consistency": 7,
        "comment": "Fine.",
    }
    assert parse_verdict(FENCED) == {"grammar": 4, "creativity": 5, "consistency": 3}
    for bad, reason in [
        (MALFORMED, "no JSON"),
        ('{"grammar": 8, "creativity": 6}', "consistency"),
        ('{"grammar": 11, "creativity": 6, "consistency": 7}', "outside"),
        ('{"grammar": 8, creativity: 6}', "does not parse"),
    ]:
        with pytest.raises(ValueError, match=reason):
            parse_verdict(bad)


def test_format_story_marks_the_completion() -> None:
    sample = {"prompt": "Once upon a", "text": "Once upon a time, Tom ran."}
    assert format_story(sample) == "Once upon a *** time, Tom ran."
    assert format_story("Tom ran.") == "*** Tom ran."


def test_judge_samples(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_KEY", "sk-test")
    samples = [
        {"prompt": "Tom had", "text": "Tom had a ball."},
        {"prompt": "", "text": "FENCED story"},
        {"prompt": "Lily", "text": "Lily MALFORMED story"},
    ]
    _Judge.requests.clear()
    result = judge_samples(samples, f"{server}/v1", "judge-model", api_key_env="JUDGE_KEY")
    assert (result["n_samples"], result["n_graded"], result["n_errors"]) == (3, 2, 1)
    assert result["mean"] == {"grammar": 6.0, "creativity": 5.5, "consistency": 5.0}
    assert result["per_sample"][0]["comment"] == "Fine."
    assert "no JSON" in result["per_sample"][2]["error"]
    assert result["per_sample"][2]["raw"] == MALFORMED

    request = _Judge.requests[0]
    assert request["auth"] == "Bearer sk-test"
    assert request["body"]["model"] == "judge-model"
    prompt = request["body"]["messages"][-1]["content"]
    assert "Tom had *** a ball." in prompt and "grammar" in prompt and "creativity" in prompt


def test_endpoint_errors_name_the_url(server: str) -> None:
    url = f"{server}/fail/v1"
    with pytest.raises(UserError, match=f"judge endpoint {url}"):
        judge_samples(["a story"], url, "m", max_retries=0)
    # Nothing listens on port 1: a connection error, reported the same way.
    with pytest.raises(UserError, match="127.0.0.1:1"):
        judge_samples(["a story"], "http://127.0.0.1:1/v1", "m", timeout=2, max_retries=0)
    with pytest.raises(UserError, match="NO_SUCH_KEY_VAR"):
        judge_samples(["a story"], f"{server}/v1", "m", api_key_env="NO_SUCH_KEY_VAR")


def test_score_run_with_vocabulary_and_judge(tmp_path: Path, server: str) -> None:
    tokenizer = ByteTokenizer()
    texts = synthetic_stories(60, seed=1)
    val = synthetic_stories(10, seed=2)
    streams: tuple[np.ndarray, np.ndarray] = (
        encode_documents(texts, tokenizer),
        encode_documents(val, tokenizer),
    )
    config = TrainConfig(dim=32, n_layers=1, n_heads=2, seq_len=32, batch_size=4, max_steps=2)
    train(tmp_path / "run", *streams, config, tokenizer.vocab_size, progress=False)
    result = score_run(
        tmp_path / "run",
        val,
        tokenizer,
        num_samples=2,
        max_new_tokens=30,
        vocabulary="child",
        judge={"base_url": f"{server}/v1", "model": "judge-model", "max_retries": 0},
    )
    compliance = result["samples_vocab_compliance"]
    assert compliance["vocabulary"] == "child"
    assert len(compliance["per_sample"]) == 2
    rates = [s["oov_rate"] for s in compliance["per_sample"]]
    assert compliance["mean_oov_rate"] == pytest.approx(sum(rates) / 2)
    assert all(0.0 <= r <= 1.0 for r in rates)
    vocab = load_vocabulary("child")
    for sample, checked in zip(result["samples"], compliance["per_sample"], strict=True):
        generated = sample["text"][len(sample["prompt"]) :]  # the prompt is not graded
        assert checked["oov_rate"] == vocab.oov_rate(generated)
        assert checked["oov_words"] == vocab.oov_words(generated)
    assert result["judge"]["n_samples"] == 2 and result["judge"]["model"] == "judge-model"
    assert json.loads((tmp_path / "run" / "score.json").read_text())["judge"] == result["judge"]

    with pytest.raises(UserError, match="no vocabulary named"):
        score_run(tmp_path / "run", val, tokenizer, num_samples=1, vocabulary="nope")
