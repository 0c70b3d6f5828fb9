"""The HTTP app of `hornbook serve`: FastAPI routes over a `ServedModel`.

Routes, request accounting and the answers of injected faults meet here; generation
lives in `serve_engine`, request validation in `serve_requests`, fault decisions and the
faulty answers in `serve_faults`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
import uuid
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from hornbook.train.serve_engine import Completion, ServedModel
from hornbook.train.serve_faults import (
    ANSWERED,
    ERROR,
    REJECTED,
    FaultConfig,
    RequestStats,
    decide_fault,
    fault_response,
    request_key,
)
from hornbook.train.serve_requests import ApiError, parse_request
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = ["build_app"]


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
        if fault is not None:
            assert faults is not None
            answer = await fault_response(
                fault, request, faults, chat, name, key, attempt, app.state.shutting_down
            )
            return finish(fault, answer)

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
