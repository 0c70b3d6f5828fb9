"""`hornbook serve RUN`: an OpenAI-compatible HTTP server for a model trained by hornbook.

Why it exists: a trained tiny model can generate the next corpus through the `openai`
generation backend, and that backend is tested against a real model over real HTTP,
faults included. So the server speaks just enough of the OpenAI API for the official
`openai` client (sync and async) and DataTrove's `InferenceRunner` to work unchanged:

- `GET  /v1/models` (and `/v1/models/{id}`): one model, id = the run name or `--model-name`,
  with `max_model_len` (the context length) as vLLM reports it.
- `POST /v1/completions`: `prompt` (a string, or a list of exactly one string),
  `max_tokens` (default 16), `temperature` (default 1; 0 = greedy), `top_p`
  (default 1), `seed`, `stop` (a string or up to 4). Only `n=1`; `stream`, `echo`,
  `logprobs`, `best_of>1`, `suffix`, penalties and `logit_bias` are refused with 400
  rather than silently ignored. Unknown extra fields are ignored (like vLLM).
- `POST /v1/chat/completions`: the same, with `messages` (and `max_completion_tokens`
  as an alias of `max_tokens`). The model is a base model, so the conversation is
  rendered as plain text by `render_chat`: the contents of the system (and developer)
  messages in order, then the content of the **last user message**, joined by blank
  lines; assistant and earlier user turns are dropped. The answer is
  `{"role": "assistant", "content": ...}`.
- `GET /hornbook/stats`: request accounting (see below). `GET /health`: 200 when up.

Generation semantics (the other backend's tests rely on them):

- The model sees `[BOS] + encode(prompt)`, cut from the left to `max_seq_len -
  max_tokens` tokens, so prompt and answer always fit the context; `max_tokens` must be
  below `max_seq_len` (else 400). `usage.prompt_tokens` counts the tokens the model saw
  (BOS included); `usage.completion_tokens` the tokens it sampled, EOS included when
  it ended the answer (as vLLM counts).
- `finish_reason` is "length" when `max_tokens` tokens were sampled without EOS or a
  stop string, else "stop"; the stop string itself is not part of the text.
- Determinism: every request samples from its own `torch.Generator` seeded by `seed`,
  or, when the request has none, by the first 64 bits of the SHA-256 of its canonical
  JSON body. One request runs on the model at a time (no batching), so the same request
  gets the same text on the same machine and device whatever else is in flight.
- Generation runs in a worker thread behind an asyncio lock, so the event loop keeps
  serving other requests (stats, injected timeouts, queued requests) meanwhile.

Request accounting: every POST to the two generation endpoints is counted per request
key (SHA-256 of its canonical JSON body, see `train.serve_faults.request_key`).
`GET /hornbook/stats` returns::

    {"received": N, "answered": N, "rejected": N, "errors": N,
     "faulted": {"500": n, "429": n, "timeout": n, "malformed": n},
     "received_after_answered": N,
     "requests": {KEY: {"received": n, "answered": n, "received_after_answered": n}}}

`answered` counts only 200 responses with a complete, valid body; `rejected` 4xx
answers; `errors` real server failures; `received_after_answered` receipts of a request
that had already been answered (a client that resumes correctly keeps it at 0). With
`--request-log FILE` one JSON line per generation request is appended when its response
is decided: `{"time", "endpoint", "key", "attempt", "outcome", "status", "elapsed_s", ...}`
where outcome is "answered", a fault kind, "rejected" or "error" (answered lines add
`prompt_tokens`, `completion_tokens`, `finish_reason`, `seed`).

Fault injection (testing only, off by default; see `train.serve_faults`): with
`--inject-faults "500=0.2,429=0.1,timeout=0.05,malformed=0.05"`, each well-formed
generation request (4xx answers are never replaced by faults) draws a fault from
`(--fault-seed, request key, attempt)`: "500" answers 500 with an OpenAI error body;
"429" answers 429 with `Retry-After: 0`; "timeout" holds the request for
`--fault-timeout-s` (default 30 s; it stops early once the client hangs up) and then
answers 504, never a result; "malformed" answers 200 with a body that is either not
valid JSON or lacks `choices`. `--delay-ms` adds latency to every generation request.
Other endpoints are never faulted or delayed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import signal
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from hornbook.corpora.errors import UserError
from hornbook.tokenizer.base import Tokenizer
from hornbook.tokenizer.corpus import open_tokenizer
from hornbook.train.model import Transformer
from hornbook.train.score import load_model
from hornbook.train.serve_faults import (
    ANSWERED,
    ERROR,
    REJECTED,
    FaultConfig,
    RequestStats,
    decide_fault,
    parse_faults,
    request_key,
)
from hornbook.train.trainer import CHECKPOINT_NAME, pick_device
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = [
    "FaultConfig",
    "ServedModel",
    "build_app",
    "main",
    "parse_faults",
    "render_chat",
    "serve",
]

DEFAULT_MAX_TOKENS = 16  # OpenAI's default for /v1/completions
MAX_STOP_SEQUENCES = 4
# Prompt tokens decoded together with the answer so that a tokenizer which drops a
# leading space (SentencePiece) still yields the space joining prompt and answer.
_DECODE_CONTEXT = 8
# How long graceful shutdown waits for in-flight requests before cancelling them.
_GRACEFUL_SHUTDOWN_S = 3


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str  # "stop" | "length"
    prompt_tokens: int
    completion_tokens: int


class ServedModel:
    """A run's model and tokenizer, and sampling with top-p, stop strings and a seed.

    `complete` is thread-safe (one generation at a time) because the server calls it
    from worker threads.
    """

    def __init__(self, run_dir: Path, device: str = "cpu") -> None:
        self.run_dir = Path(run_dir)
        self.device = _torch_device(device)
        self.tokenizer = _run_tokenizer(self.run_dir)
        model, _ = load_model(self.run_dir, self.device)
        self.model: Transformer = model
        if model.config.vocab_size != self.tokenizer.vocab_size:
            raise UserError(
                f"run {self.run_dir} has a vocabulary of {model.config.vocab_size} ids but its "
                f"tokenizer has {self.tokenizer.vocab_size}"
            )
        self.max_seq_len = model.config.max_seq_len
        self.created = int((self.run_dir / CHECKPOINT_NAME).stat().st_mtime)
        self._lock = threading.Lock()

    def prompt_ids(self, prompt: str, max_tokens: int) -> list[int]:
        """`[BOS] + encode(prompt)`, cut from the left to leave room for `max_tokens`."""
        ids = [self.tokenizer.bos_id, *self.tokenizer.encode(prompt)]
        budget = self.max_seq_len - max_tokens
        return ids[-budget:] if len(ids) > budget else ids

    @torch.no_grad()
    def complete(
        self,
        prompt: str,
        max_tokens: int,
        temperature: float,
        top_p: float,
        seed: int,
        stop: Sequence[str] = (),
    ) -> Completion:
        """Sample an answer to `prompt`; see the module docstring for the semantics."""
        if not 1 <= max_tokens < self.max_seq_len:
            raise ValueError(f"max_tokens must be in [1, {self.max_seq_len - 1}]")
        ids = self.prompt_ids(prompt, max_tokens)
        head = ids[-_DECODE_CONTEXT:]
        with self._lock:
            generator = torch.Generator(device=self.device).manual_seed(seed % 2**64)
            tokens = torch.tensor([ids], dtype=torch.long, device=self.device)
            out: list[int] = []
            sampled, finish, text = 0, "length", None
            for _ in range(max_tokens):
                logits, _ = self.model(tokens)
                token = _sample(logits[0, -1].float(), temperature, top_p, generator)
                sampled += 1
                if token == self.tokenizer.eos_id:
                    finish = "stop"
                    break
                out.append(token)
                if stop:
                    so_far = self._continuation(head, out)
                    cut = min((i for i in (so_far.find(s) for s in stop) if i >= 0), default=-1)
                    if cut >= 0:
                        finish, text = "stop", so_far[:cut]
                        break
                tokens = torch.cat(
                    (tokens, torch.tensor([[token]], dtype=torch.long, device=self.device)), dim=1
                )
        if text is None:
            text = self._continuation(head, out)
        return Completion(text, finish, len(ids), sampled)

    def _continuation(self, head: list[int], out: list[int]) -> str:
        """The text of `out` as it reads after the prompt (keeping a joining space)."""
        if not out:
            return ""
        decode = self.tokenizer.decode
        prefix, full = decode(head), decode(head + out)
        return full[len(prefix) :] if full.startswith(prefix) else decode(out)


def _sample(
    logits: torch.Tensor, temperature: float, top_p: float, generator: torch.Generator
) -> int:
    """One token id from last-position logits: greedy at temperature 0, else nucleus."""
    if temperature == 0.0:
        return int(logits.argmax())
    probs = torch.softmax(logits / temperature, dim=-1)
    if top_p < 1.0:
        sorted_probs, order = probs.sort(descending=True)
        # Keep the smallest prefix whose mass reaches top_p (always at least one token).
        keep = (sorted_probs.cumsum(0) - sorted_probs) < top_p
        choice = torch.multinomial(sorted_probs * keep, 1, generator=generator)
        return int(order[choice])
    return int(torch.multinomial(probs, 1, generator=generator))


def _torch_device(name: str) -> torch.device:
    if name == "auto":
        return pick_device()
    try:
        device = torch.device(name)
    except RuntimeError:
        raise UserError(f"unknown device {name!r}; use cpu, cuda, cuda:N or auto") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise UserError(f"device {name!r} asked for, but CUDA is not available here")
    return device


def _run_tokenizer(run_dir: Path) -> Tokenizer:
    """The tokenizer named by the run's lineage.json: its recorded path, else its name."""
    lineage_file = run_dir / "lineage.json"
    if not lineage_file.is_file():
        raise UserError(f"{run_dir} has no lineage.json, so its tokenizer is unknown")
    info = json.loads(lineage_file.read_text(encoding="utf-8")).get("tokenizer", {})
    path = info.get("path")
    if path and (Path(path) / "meta.json").is_file():
        return open_tokenizer(path)[1]
    if info.get("name"):
        # The data root may have moved since training: look the name up in the current one.
        return open_tokenizer(info["name"])[1]
    raise UserError(f"lineage.json of {run_dir} names no tokenizer")


# --------------------------------------------------------------------------- requests


class ApiError(Exception):
    """An OpenAI-style error answer: status code plus the `error` object fields."""

    def __init__(
        self,
        status: int,
        message: str,
        type_: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = (
            status,
            message,
            type_,
            param,
            code,
        )

    def response(self, headers: dict[str, str] | None = None) -> JSONResponse:
        body = {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }
        return JSONResponse(body, status_code=self.status, headers=headers)


class _Request(BaseModel):
    """Fields shared by both endpoints; unknown fields are ignored, as vLLM does."""

    model_config = ConfigDict(extra="ignore")

    model: str
    max_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    top_p: float | None = Field(None, gt=0.0, le=1.0)
    seed: int | None = None
    stop: str | list[str] | None = None
    n: int | None = None
    stream: bool | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, float] | None = None


class CompletionRequest(_Request):
    prompt: str | list[str]
    echo: bool | None = None
    best_of: int | None = None
    logprobs: int | None = None
    suffix: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: str
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(_Request):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    logprobs: bool | None = None


@dataclass(frozen=True)
class Params:
    """A validated generation request."""

    prompt: str
    max_tokens: int
    temperature: float
    top_p: float
    seed: int
    stop: tuple[str, ...]


def _message_text(message: ChatMessage) -> str:
    """A message's text; a list content keeps its text parts, in order."""
    if message.content is None:
        return ""
    if isinstance(message.content, str):
        return message.content
    parts = []
    for part in message.content:
        if part.get("type") != "text" or not isinstance(part.get("text"), str):
            raise ApiError(400, "only text content parts are supported", param="messages")
        parts.append(part["text"])
    return "".join(parts)


def render_chat(messages: Sequence[ChatMessage]) -> str:
    """The plain-text prompt of a conversation for a base model.

    Rule: the contents of the system and developer messages, in order, then the content
    of the last user message, joined by blank lines ("\\n\\n"); empty contents are
    skipped; assistant, tool and earlier user messages are dropped. A base model only
    continues text, so the last user message is what it should continue, and system
    content is all the instruction it can take.
    """
    system = [_message_text(m) for m in messages if m.role in ("system", "developer")]
    users = [m for m in messages if m.role == "user"]
    if not users:
        raise ApiError(400, "messages must contain at least one user message", param="messages")
    return "\n\n".join(text for text in [*system, _message_text(users[-1])] if text)


def _refuse_unsupported(req: _Request) -> None:
    """400 for options that would change the answer's meaning if silently ignored."""
    checks: list[tuple[bool, str, str]] = [
        (
            req.n not in (None, 1),
            "n",
            f"n={req.n} is not supported; this server returns one choice",
        ),
        (bool(req.stream), "stream", "streaming is not supported"),
        (bool(req.presence_penalty), "presence_penalty", "presence_penalty is not supported"),
        (bool(req.frequency_penalty), "frequency_penalty", "frequency_penalty is not supported"),
        (bool(req.logit_bias), "logit_bias", "logit_bias is not supported"),
    ]
    if isinstance(req, CompletionRequest):
        checks += [
            (bool(req.echo), "echo", "echo is not supported"),
            (req.best_of not in (None, 1), "best_of", "best_of > 1 is not supported"),
            (req.logprobs is not None, "logprobs", "logprobs are not supported"),
            (req.suffix is not None, "suffix", "suffix is not supported"),
        ]
    elif isinstance(req, ChatRequest):
        checks.append((bool(req.logprobs), "logprobs", "logprobs are not supported"))
    for failed, param, message in checks:
        if failed:
            raise ApiError(400, message, param=param)


def parse_request(body: Any, chat: bool, model_name: str, max_seq_len: int, key: str) -> Params:
    """Validate a request body into `Params`, or raise `ApiError` (400, or 404 for the model)."""
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object")
    schema = ChatRequest if chat else CompletionRequest
    try:
        req = schema.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(p) for p in first["loc"]) or None
        raise ApiError(400, f"invalid request: {param}: {first['msg']}", param=param) from None
    if req.model != model_name:
        raise ApiError(
            404,
            f"the model '{req.model}' does not exist; this server serves '{model_name}'",
            param="model",
            code="model_not_found",
        )
    _refuse_unsupported(req)
    if isinstance(req, ChatRequest):
        prompt = render_chat(req.messages)
        max_tokens = req.max_completion_tokens or req.max_tokens
    else:
        prompts = [req.prompt] if isinstance(req.prompt, str) else req.prompt
        if len(prompts) != 1:
            raise ApiError(
                400, "prompt must be a string or a list of exactly one string", param="prompt"
            )
        prompt, max_tokens = prompts[0], req.max_tokens
    max_tokens = max_tokens or DEFAULT_MAX_TOKENS
    if max_tokens >= max_seq_len:
        raise ApiError(
            400,
            f"max_tokens={max_tokens} is too large: this model's context is {max_seq_len} "
            f"tokens, so max_tokens may be at most {max_seq_len - 1}",
            param="max_tokens",
            code="context_length_exceeded",
        )
    stop = [req.stop] if isinstance(req.stop, str) else list(req.stop or [])
    if len(stop) > MAX_STOP_SEQUENCES:
        raise ApiError(400, f"at most {MAX_STOP_SEQUENCES} stop sequences", param="stop")
    return Params(
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=1.0 if req.temperature is None else req.temperature,
        top_p=1.0 if req.top_p is None else req.top_p,
        # The default seed is the request's own hash: a repeated request is answered alike.
        seed=req.seed if req.seed is not None else int(key[:16], 16),
        stop=tuple(s for s in stop if s),
    )


# --------------------------------------------------------------------------- app


def _completion_body(chat: bool, model_name: str, result: Completion) -> dict[str, Any]:
    choice: dict[str, Any] = {"index": 0, "finish_reason": result.finish_reason, "logprobs": None}
    if chat:
        choice["message"] = {"role": "assistant", "content": result.text}
    else:
        choice["text"] = result.text
    return {
        "id": f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}",
        "object": "chat.completion" if chat else "text_completion",
        "created": int(time.time()),
        "model": model_name,
        "choices": [choice],
        "usage": {
            "prompt_tokens": result.prompt_tokens,
            "completion_tokens": result.completion_tokens,
            "total_tokens": result.prompt_tokens + result.completion_tokens,
        },
    }


def _malformed_response(chat: bool, model_name: str, key: str, attempt: int) -> Response:
    """A 200 whose body a client must reject: cut-off JSON, or JSON without `choices`."""
    body = {
        "id": f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}",
        "object": "chat.completion" if chat else "text_completion",
        "created": int(time.time()),
        "model": model_name,
    }
    if hashlib.sha256(f"{key}:{attempt}".encode()).digest()[0] % 2:
        content = json.dumps(body)  # valid JSON, but no choices and no usage
    else:
        content = json.dumps({**body, "choices": [{"index": 0, "text": "Once upon a"}]})[:-20]
    return Response(content=content, status_code=200, media_type="application/json")


async def _hold(request: Request, seconds: float, shutting_down: Callable[[], bool]) -> None:
    """Sleep up to `seconds` without blocking the loop; stop once nobody is waiting."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if shutting_down() or await request.is_disconnected():
            return
        await asyncio.sleep(min(0.05, left))


def build_app(
    run_dir: Path,
    *,
    model_name: str | None = None,
    faults: FaultConfig | None = None,
    device: str = "cpu",
    request_log: Path | None = None,
) -> FastAPI:
    """The FastAPI app serving the run in `run_dir` (see the module docstring).

    `app.state.stats` is the `RequestStats`; `app.state.shutting_down` is a callable the
    caller may replace so that held (timeout-fault) requests end at shutdown.
    """
    run_dir = Path(run_dir)
    engine = ServedModel(run_dir, device)
    name = model_name or run_dir.resolve().name
    stats = RequestStats(request_log)
    generation_lock = asyncio.Lock()

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        stats.close()

    app = FastAPI(
        title="hornbook serve", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.engine, app.state.stats, app.state.model_name = engine, stats, name
    app.state.shutting_down = lambda: False

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return ApiError(exc.status_code, str(exc.detail)).response()

    model_card = {
        "id": name,
        "object": "model",
        "created": engine.created,
        "owned_by": "hornbook",
        "max_model_len": engine.max_seq_len,
    }

    @app.get("/v1/models")
    async def list_models() -> dict[str, Any]:
        return {"object": "list", "data": [model_card]}

    @app.get("/v1/models/{model_id:path}")
    async def get_model(model_id: str) -> JSONResponse:
        if model_id != name:
            return ApiError(
                404, f"the model '{model_id}' does not exist", code="model_not_found"
            ).response()
        return JSONResponse(model_card)

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/hornbook/stats")
    async def get_stats() -> dict[str, Any]:
        return stats.snapshot()

    async def generate(request: Request, chat: bool) -> Response:
        started = time.monotonic()
        endpoint = request.url.path
        raw = await request.body()
        try:
            body: Any = json.loads(raw)
            key = request_key(body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            body, key = None, hashlib.sha256(raw).hexdigest()
        attempt = stats.receive(key)

        def finish(outcome: str, response: Response, **extra: Any) -> Response:
            elapsed = round(time.monotonic() - started, 4)
            stats.record(
                key, attempt, endpoint, outcome, response.status_code, elapsed_s=elapsed, **extra
            )
            return response

        if body is None:
            return finish(REJECTED, ApiError(400, "the request body is not valid JSON").response())
        if faults is not None and faults.delay_ms > 0:
            await asyncio.sleep(faults.delay_ms / 1000)
        try:
            params = parse_request(body, chat, name, engine.max_seq_len, key)
        except ApiError as exc:
            return finish(REJECTED, exc.response())

        fault = decide_fault(faults, key, attempt)
        if fault == "500":
            error = ApiError(
                500, "injected fault: internal server error (testing only)", "server_error"
            )
            return finish(fault, error.response())
        if fault == "429":
            error = ApiError(
                429,
                "injected fault: rate limited (testing only)",
                "requests",
                code="rate_limit_exceeded",
            )
            return finish(fault, error.response(headers={"Retry-After": "0"}))
        if fault == "timeout":
            assert faults is not None
            await _hold(request, faults.timeout_s, app.state.shutting_down)
            error = ApiError(
                504, "injected fault: timed out (testing only)", "server_error", code="timeout"
            )
            return finish(fault, error.response())
        if fault == "malformed":
            return finish(fault, _malformed_response(chat, name, key, attempt))

        try:
            async with generation_lock:
                result = await run_in_threadpool(
                    engine.complete,
                    params.prompt,
                    params.max_tokens,
                    params.temperature,
                    params.top_p,
                    params.seed,
                    params.stop,
                )
        except Exception as exc:  # a bug or a device failure: answer 500, keep serving
            error = ApiError(500, f"generation failed: {type(exc).__name__}: {exc}", "server_error")
            return finish(ERROR, error.response())
        return finish(
            ANSWERED,
            JSONResponse(_completion_body(chat, name, result)),
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            finish_reason=result.finish_reason,
            seed=params.seed,
        )

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await generate(request, chat=False)

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        return await generate(request, chat=True)

    return app


# --------------------------------------------------------------------------- serving


class _Server(uvicorn.Server):
    """uvicorn's server, announcing itself when ready and returning cleanly on a signal.

    The `announce` line is printed only after startup, when the signal handlers are in
    place and the socket accepts: a client (or test) that reacts to the line can then
    neither connect too early nor interrupt a half-started server. And uvicorn re-raises
    the caught SIGINT/SIGTERM once it has shut down, which would turn a clean stop into a
    KeyboardInterrupt or a death by SIGTERM; `serve` should simply return.
    """

    def __init__(self, config: uvicorn.Config, announce: str) -> None:
        super().__init__(config)
        self.announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(self.announce, flush=True)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one), bound before serving starts."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family)
    except (OSError, OverflowError) as exc:
        raise UserError(
            f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}"
        ) from None


def serve(
    run_ref: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    data_root: str | None = None,
    faults: FaultConfig | None = None,
    model_name: str | None = None,
    device: str = "cpu",
    request_log: Path | None = None,
    threads: int | None = 1,
) -> None:
    """Serve a run (a name under `<data-root>/models` or a path) until SIGINT/SIGTERM.

    Prints `serving <model> at http://HOST:PORT/v1` (the real port when 0 was asked)
    on stdout once the server accepts requests and handles signals. Shutdown is
    graceful for up to 3 s, then in-flight requests are cancelled; requests held by a
    timeout fault are released at once.

    `threads` sets torch's intra-op threads for this process (None: torch's default).
    One request runs at a time on matrices of a few dozen rows, where extra threads
    mostly spin: on 2 busy cores one thread was 4-40x faster per token than two.
    """
    from hornbook.train.runs import resolve_run  # imports the trainer; only needed here

    run_dir = resolve_run(run_ref, data_root)
    if threads is not None:
        if threads < 1:
            raise UserError(f"--threads must be at least 1, not {threads}")
        torch.set_num_threads(threads)
    app = build_app(
        run_dir, model_name=model_name, faults=faults, device=device, request_log=request_log
    )
    sock = _listen(host, port)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN_S,
    )
    real_port = sock.getsockname()[1]
    url_host = f"[{host}]" if ":" in host else host
    server = _Server(config, f"serving {app.state.model_name} at http://{url_host}:{real_port}/v1")
    app.state.shutting_down = lambda: server.should_exit
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hornbook serve",
        description="Serve a trained run over an OpenAI-compatible HTTP API (/v1/completions, "
        "/v1/chat/completions, /v1/models).",
        epilog="--inject-faults, --fault-seed, --fault-timeout-s and --delay-ms are for testing "
        "only; see train/serve.py.",
    )
    parser.add_argument(
        "run", metavar="RUN", help="a run name under <data-root>/models, or a run directory"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)"
    )
    parser.add_argument(
        "--data-root",
        metavar="DIR",
        default=None,
        help="where models live (default: $HORNBOOK_DATA, else ./data)",
    )
    parser.add_argument(
        "--model-name", default=None, help="model id to serve under (default: the run name)"
    )
    parser.add_argument("--device", default="cpu", help="cpu (default), cuda, cuda:N or auto")
    parser.add_argument(
        "--request-log",
        metavar="FILE",
        type=Path,
        default=None,
        help="append one JSON line per generation request",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="torch CPU threads (default: 1, fastest for tiny models; 0: torch's default)",
    )
    parser.add_argument("--inject-faults", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--fault-seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--fault-timeout-s", type=float, default=30.0, help=argparse.SUPPRESS)
    parser.add_argument("--delay-ms", type=float, default=0.0, help=argparse.SUPPRESS)
    return parser


def _fault_config(args: argparse.Namespace) -> FaultConfig | None:
    """The FaultConfig the fault flags describe, or None when none was given."""
    if args.inject_faults is None and args.delay_ms == 0:
        return None
    base = parse_faults(args.inject_faults or "")
    return replace(
        base, seed=args.fault_seed, timeout_s=args.fault_timeout_s, delay_ms=args.delay_ms
    )


def main(argv: list[str] | None = None) -> int:
    """`hornbook serve`: 0 after a clean stop, 2 on a user error (one line on stderr)."""
    args = build_parser().parse_args(argv)
    try:
        if not 0 <= args.port <= 65535:
            raise UserError(f"--port must be in [0, 65535], not {args.port}")
        serve(
            args.run,
            args.host,
            args.port,
            data_root=args.data_root,
            faults=_fault_config(args),
            model_name=args.model_name,
            device=args.device,
            request_log=args.request_log,
            threads=args.threads or None,
        )
    except UserError as exc:
        print(f"hornbook serve: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
