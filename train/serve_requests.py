"""The request side of `hornbook serve`: OpenAI request schemas, validation, chat rendering.

Pure functions over JSON bodies (no web framework beyond pydantic): a body becomes
validated `Params` or an `ApiError` carrying the OpenAI-style status and error object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = [
    "ApiError",
    "ChatMessage",
    "ChatRequest",
    "CompletionRequest",
    "Params",
    "parse_request",
    "render_chat",
]

DEFAULT_MAX_TOKENS = 16  # OpenAI's default for /v1/completions
MAX_STOP_SEQUENCES = 4


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
