"""Workarounds for DataTrove 0.10.1's `InferenceRunner`, kept in this one module.

The `openai` and `vllm` backends run on DataTrove's `InferenceRunner` (its concurrency
control, document checkpoints and replay table). Its request path has faults that a
corpus build cannot live with; each is fixed here by the smallest override, and
`tests/test_openai_backend.py::test_inference_runner_faults_*` show each fault on the stock
classes next to the fix:

1. **URL forms.** `EndpointServer` posts to `endpoint_url + "/v1/chat/completions"` for
   http on localhost (raw sockets) but hands `endpoint_url` to `openai.AsyncOpenAI` (which
   expects the `/v1` already there) elsewhere, and probes readiness at
   `endpoint_url + "/v1/models"` without the API key. So no single URL works everywhere:
   `http://127.0.0.1:8000/v1` posts to `/v1/v1/...`, and an authenticated remote endpoint
   never becomes "ready". Fix: `api_base` accepts both forms and every request and probe
   goes to `<api_base>/...` with the key.
2. **Retries.** `_send_request` retries only connection errors, always 6 times, sleeping
   5, 10, 20, ... s (5 minutes for a dead endpoint), with no jitter; on the localhost path
   an HTTP 500 raises `ServerError` (aborts the whole task) and a 429 or a malformed body
   fails the request at once; there is no request timeout on that path either. Fix:
   `ResilientRequests._make_request` does its own bounded retries (429, 5xx, timeouts,
   connection errors, malformed bodies) with exponential backoff, jitter and
   `Retry-After`, honours `request_timeout`, and reports exhaustion as an `InferenceError`
   carrying the last error, which `_send_request` passes through without its own retry loop.
3. **A worker pool hangs** when an `InferenceError` escapes a task: its constructor takes
   (document, error), so it cannot be unpickled in the parent process, and the
   multiprocessing pool waits forever for a result it cannot decode. Fix: the backend's
   rollout catches it per request, and `HardenedInferenceRunner.run` turns any that still
   escapes into a plain `RuntimeError` (and a server that cannot start or be reached into
   a `UserError` that says so).
4. **Answers lost under SIGKILL.** The replay table is written through an asynchronous
   queue and a finished chunk's checkpoint is deleted before the chunk is recorded as
   finished, so a kill at the wrong moment re-sends answered requests on resume. Fix: each
   answer is committed synchronously to a `ResponseCache` keyed by the canonical request,
   consulted before any request is sent.
"""

from __future__ import annotations

import asyncio
import os
import random
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from datatrove.pipeline.inference.run_inference import InferenceConfig, InferenceRunner
from datatrove.pipeline.inference.servers import EndpointServer, InferenceServer, VLLMServer
from datatrove.pipeline.inference.types import InferenceError, ServerError
from hornbook.corpora.backends.response_cache import ResponseCache, canonical_json, request_key
from hornbook.corpora.errors import UserError
from loguru import logger

# Statuses worth another try: rate limits, server-side failures, request timeouts.
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


def api_base(url: str) -> str:
    """The OpenAI-style base URL (ending in `/v1` or the provider's own prefix).

    `http://host:8000`, `http://host:8000/` and `http://host:8000/v1/` all give
    `http://host:8000/v1`; a URL with another path (`https://x/openai/v1`) is kept as
    given, minus a trailing slash, as the `openai` client would use it.
    """
    stripped = url.rstrip("/")
    return stripped + "/v1" if urlparse(stripped).path in ("", "/") else stripped


@dataclass
class HardenedConfig(InferenceConfig):
    """`InferenceConfig` plus what the fixes need; the API key itself is never stored.

    `api_key_env` names the environment variable read in the worker process, so the key
    stays out of pickled steps and DataTrove's `executor.json`.
    """

    api_key_env: str | None = None
    max_retries: int = 6
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 20.0
    response_cache: str | None = None  # path of the ResponseCache SQLite file


def backoff_delay(attempt: int, base_s: float, cap_s: float, retry_after: float | None) -> float:
    """Seconds to wait before retry number `attempt` (1-based): exponential, jittered.

    "Equal jitter": half the exponential step is fixed, half random, so concurrent
    clients spread out without any retrying immediately. A server's `Retry-After` is a
    floor (capped, so a hostile header cannot stall a build).
    """
    step = min(cap_s, base_s * 2 ** (attempt - 1))
    delay = step / 2 + random.uniform(0, step / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap_s))
    return delay


def _retry_after(headers: Any) -> float | None:
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _check_body(data: Any, chat: bool) -> None:
    """Raise ValueError unless `data` is a completion DataTrove can read."""
    choice = data["choices"][0]
    if "finish_reason" not in choice:
        raise ValueError("choice without finish_reason")
    if chat:
        if not isinstance(choice["message"], dict):
            raise ValueError("choice.message is not an object")
    elif not isinstance(choice.get("text"), str | None):
        raise ValueError("choice.text is not a string")


class ResilientRequests:
    """Mixin for an `InferenceServer`: cached, retried, timed-out OpenAI-style requests."""

    config: HardenedConfig
    _http: Any = None
    _cache: ResponseCache | None = None
    start_error: str | None = None

    def api_base(self) -> str:
        return api_base(self.get_base_url())  # type: ignore[attr-defined]

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        env = self.config.api_key_env
        if env and os.environ.get(env):
            headers["Authorization"] = f"Bearer {os.environ[env]}"
        return headers

    def _client(self) -> Any:
        import httpx

        if self._http is None:
            timeout = self.config.request_timeout
            self._http = httpx.AsyncClient(
                timeout=httpx.Timeout(timeout) if timeout else httpx.Timeout(None),
                limits=httpx.Limits(
                    max_connections=self.config.max_concurrent_generations,
                    max_keepalive_connections=self.config.max_concurrent_generations,
                ),
            )
        return self._http

    def _response_cache(self) -> ResponseCache | None:
        if self._cache is None and self.config.response_cache:
            self._cache = ResponseCache(self.config.response_cache)
        return self._cache

    async def _make_request(self, payload: dict) -> dict:
        """One request, answered from the cache or sent with retries; see the module doc."""
        import httpx

        cache = self._response_cache()
        key = request_key(payload)
        if cache is not None and (hit := cache.get(key)) is not None:
            return hit
        chat = self.config.use_chat
        url = f"{self.api_base()}/{'chat/completions' if chat else 'completions'}"
        body = canonical_json(payload).encode("utf-8")
        attempts = self.config.max_retries + 1
        last_error, retry_after = "", None
        for attempt in range(attempts):
            if attempt:
                cfg = self.config
                await asyncio.sleep(
                    backoff_delay(attempt, cfg.backoff_base_s, cfg.backoff_cap_s, retry_after)
                )
            retry_after = None
            try:
                response = await self._client().post(url, content=body, headers=self._headers())
            except httpx.TimeoutException:
                last_error = f"timed out after {self.config.request_timeout:g} s"
                continue
            except httpx.TransportError as exc:
                last_error = f"connection error: {type(exc).__name__}: {exc}"
                continue
            status = response.status_code
            if status == 200:
                try:
                    data = response.json()
                    _check_body(data, chat)
                except (ValueError, KeyError, IndexError, TypeError) as exc:
                    last_error = f"malformed response: {type(exc).__name__}: {exc}"
                    continue
                if cache is not None:
                    cache.put(key, data)
                return data
            detail = response.text[:300]
            if status in RETRYABLE_STATUS or status >= 500:
                last_error = f"HTTP {status}: {detail}"
                retry_after = _retry_after(response.headers)
                continue
            # Not worth retrying (bad request, auth, unknown model). DataTrove records a
            # "BadRequestError" in its replay table, so name it that way for a 400.
            kind = "BadRequestError" if status == 400 else f"HTTP {status}"
            raise InferenceError(None, f"{kind}: {detail}", payload=payload)
        raise InferenceError(
            None, f"no answer after {attempts} attempts; last error: {last_error}", payload=payload
        )

    async def server_cleanup(self) -> None:
        if self._http is not None:
            try:
                await self._http.aclose()
            finally:
                self._http = None
        if self._cache is not None:
            self._cache.close()
        await super().server_cleanup()  # type: ignore[misc]


class ResilientEndpointServer(ResilientRequests, EndpointServer):
    """`EndpointServer` with the fixes; readiness = the endpoint answers HTTP at all."""

    def __init__(self, config: HardenedConfig, rank: int) -> None:
        # Skip EndpointServer.__init__: it builds an `openai` client this class never uses,
        # and that client refuses to exist without a key (a local server needs none).
        InferenceServer.__init__(self, config, rank)
        if not config.endpoint_url:
            raise ValueError("endpoint_url must be provided for an endpoint server")
        self.endpoint_url = config.endpoint_url
        self.client = None

    async def is_ready(self) -> bool:
        import httpx

        try:
            async with httpx.AsyncClient(timeout=self.config.request_timeout or 30) as client:
                await client.get(f"{self.api_base()}/models", headers=self._headers())
            return True  # any HTTP answer (even 401/404) means the server is there
        except httpx.HTTPError as exc:
            self.start_error = f"cannot reach {self.api_base()}: {type(exc).__name__}: {exc}"
            return False

    async def _wait_until_ready(self, max_attempts: int = 3, delay_sec: float = 1.0) -> None:
        """A few quick probes: a wrong or dead `base_url` fails the build in seconds."""
        for attempt in range(3):
            if await self.is_ready():
                self.start_error = None
                return
            if attempt < 2:
                await asyncio.sleep(1.0)
        raise ServerError(self.start_error or f"cannot reach {self.api_base()}")


class ResilientVLLMServer(ResilientRequests, VLLMServer):
    """DataTrove's local vLLM server, queried with the same cached, retried requests."""


class HardenedInferenceRunner(InferenceRunner):
    """`InferenceRunner` using the fixed servers, with escaping errors made reportable."""

    _server: InferenceServer | None = None

    def _init_server(self, rank: int) -> InferenceServer:
        stype = self.config.server_type
        if stype == "endpoint":
            self._server = ResilientEndpointServer(self.config, rank)
        elif stype == "vllm":
            self._server = ResilientVLLMServer(self.config, rank)
        else:
            self._server = super()._init_server(rank)
        return self._server

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> None:
        try:
            super().run(data, rank, world_size)
        except ServerError as exc:
            detail = getattr(self._server, "start_error", None) or str(exc)
            where = self.config.endpoint_url or self.config.model_name_or_path
            raise UserError(
                f"generation could not use the {self.config.server_type} server ({where}): {detail}"
            ) from None
        except InferenceError as exc:
            # InferenceError(document, error) cannot be unpickled, which hangs a worker pool.
            logger.error(f"inference failed: {exc}")
            raise RuntimeError(f"inference failed: {exc.error}") from None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_server"] = None
        return state
