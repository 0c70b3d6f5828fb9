"""Test instrumentation for `hornbook serve`: injected faults, their answers, accounting.

Nothing here changes what a healthy server answers; it exists so that an OpenAI client
(the `openai` generation backend) can be tested for retries and resume against a real
model over real HTTP. Two design points matter to those tests:

- **Faults are a pure function of (seed, request, attempt).** `decide_fault` seeds a
  `random.Random` with `"<seed>:<request key>:<attempt>"`, so which request fails, and
  how, does not depend on the order in which concurrent requests arrive, and a retry
  (the next attempt of the same request) draws afresh. A test can therefore predict the
  exact fault counts of a run by calling `decide_fault` itself.
- **A request is identified by its body.** The key is the SHA-256 of the canonical JSON
  body (`request_key`), so a client that re-sends an already answered request is visible
  in `RequestStats.snapshot()` as `received_after_answered > 0`, which is what a
  crash-and-resume test must prove never happens.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from hornbook.corpora.errors import UserError
from hornbook.train.serve_requests import ApiError

# Order matters: `decide_fault` stacks the rates on [0, 1) in this order.
FAULT_KINDS = ("500", "429", "timeout", "malformed")


@dataclass(frozen=True)
class FaultConfig:
    """Which faults to inject, at what rates, and how.

    `rates` maps a kind of `FAULT_KINDS` to the probability that a request gets it
    (each in [0, 1], summing to at most 1). `timeout_s` is how long a "timeout" fault
    holds the request before giving up; `delay_ms` is latency added to every generation
    request, fault or not.
    """

    rates: dict[str, float] = field(default_factory=dict)
    seed: int = 0
    timeout_s: float = 30.0
    delay_ms: float = 0.0

    def __post_init__(self) -> None:
        unknown = set(self.rates) - set(FAULT_KINDS)
        if unknown:
            raise UserError(
                f"unknown fault kind(s) {sorted(unknown)}; expected some of {list(FAULT_KINDS)}"
            )
        for kind, rate in self.rates.items():
            if not (isinstance(rate, int | float) and 0.0 <= rate <= 1.0):
                raise UserError(f"fault rate {kind}={rate} is not a number in [0, 1]")
        total = sum(self.rates.values())
        if total > 1.0 + 1e-9:
            raise UserError(f"fault rates sum to {total:g}, more than 1")
        if not (math.isfinite(self.timeout_s) and self.timeout_s > 0):
            raise UserError(
                f"fault timeout must be a positive number of seconds, not {self.timeout_s}"
            )
        if not (math.isfinite(self.delay_ms) and self.delay_ms >= 0):
            raise UserError(f"delay must be a non-negative number of ms, not {self.delay_ms}")

    @property
    def active(self) -> bool:
        return any(rate > 0 for rate in self.rates.values()) or self.delay_ms > 0


def parse_faults(text: str) -> FaultConfig:
    """`"500=0.2,429=0.1,timeout=0.05,malformed=0.05"` -> FaultConfig (seed 0, defaults).

    Kinds may be given in any order and any subset; spaces are ignored; an empty string
    injects nothing. Raises UserError naming the bad item on unknown kinds, repeated
    kinds, non-numeric rates, rates outside [0, 1], or rates summing to more than 1.
    """
    rates: dict[str, float] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        kind, sep, value = (s.strip() for s in item.partition("="))
        if not sep or not kind or not value:
            raise UserError(
                f"bad fault {item!r} in --inject-faults; expected KIND=RATE, e.g. 500=0.2"
            )
        if kind not in FAULT_KINDS:
            raise UserError(
                f"unknown fault kind {kind!r} in --inject-faults; expected one of {', '.join(FAULT_KINDS)}"
            )
        if kind in rates:
            raise UserError(f"fault kind {kind!r} is given twice in --inject-faults")
        try:
            rate = float(value)
        except ValueError:
            raise UserError(f"fault rate {item!r} is not a number") from None
        if not 0.0 <= rate <= 1.0:
            raise UserError(f"fault rate {item!r} is outside [0, 1]")
        rates[kind] = rate
    return FaultConfig(rates=rates)


def canonical_json(body: Any) -> str:
    """The one JSON spelling of `body`: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def request_key(body: Any) -> str:
    """SHA-256 hex of the canonical JSON of a request body: the identity of a request.

    Clients may order keys or space JSON differently; the canonical form makes the same
    request the same key whoever sends it.
    """
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def decide_fault(config: FaultConfig | None, key: str, attempt: int) -> str | None:
    """The fault kind for the `attempt`-th receipt (1-based) of request `key`, or None."""
    if config is None or not config.rates:
        return None
    draw = random.Random(f"{config.seed}:{key}:{attempt}").random()
    edge = 0.0
    for kind in FAULT_KINDS:
        edge += config.rates.get(kind, 0.0)
        if draw < edge:
            return kind
    return None


# Outcomes `RequestStats.record` accepts besides the fault kinds.
ANSWERED, REJECTED, ERROR = "answered", "rejected", "error"


class RequestStats:
    """Counts per request key of receipts and successful answers; optional JSONL log.

    `receive` is called when a generation request arrives (before validation) and
    returns its attempt number; `record` once when its response is decided. Only a 200
    with a complete, valid body counts as answered; injected faults are counted under
    `faulted`, client errors (4xx) under `rejected`, and server bugs under `errors`.
    """

    def __init__(self, log_path: Path | None = None) -> None:
        self._lock = threading.Lock()
        self._received = 0
        self._answered = 0
        self._rejected = 0
        self._errors = 0
        self._faulted = dict.fromkeys(FAULT_KINDS, 0)
        self._requests: dict[str, dict[str, int]] = {}
        self._log = None
        if log_path is not None:
            log_path = Path(log_path)
            log_path.parent.mkdir(parents=True, exist_ok=True)
            # Line-buffered appends: a killed server leaves only whole lines behind.
            self._log = log_path.open("a", encoding="utf-8", buffering=1)

    def receive(self, key: str) -> int:
        with self._lock:
            self._received += 1
            entry = self._requests.setdefault(
                key, {"received": 0, "answered": 0, "received_after_answered": 0}
            )
            entry["received"] += 1
            if entry["answered"]:
                entry["received_after_answered"] += 1
            return entry["received"]

    def record(
        self, key: str, attempt: int, endpoint: str, outcome: str, status: int, **extra: Any
    ) -> None:
        with self._lock:
            if outcome == ANSWERED:
                self._answered += 1
                self._requests[key]["answered"] += 1
            elif outcome in self._faulted:
                self._faulted[outcome] += 1
            elif outcome == REJECTED:
                self._rejected += 1
            else:
                self._errors += 1
            if self._log is not None:
                line = {
                    "time": round(time.time(), 3),
                    "endpoint": endpoint,
                    "key": key,
                    "attempt": attempt,
                    "outcome": outcome,
                    "status": status,
                    **extra,
                }
                self._log.write(json.dumps(line, ensure_ascii=False) + "\n")

    def snapshot(self) -> dict[str, Any]:
        """The `GET /hornbook/stats` document (see `train.serve` for its fields)."""
        with self._lock:
            return {
                "received": self._received,
                "answered": self._answered,
                "rejected": self._rejected,
                "errors": self._errors,
                "faulted": dict(self._faulted),
                "received_after_answered": sum(
                    e["received_after_answered"] for e in self._requests.values()
                ),
                "requests": {key: dict(entry) for key, entry in self._requests.items()},
            }

    def close(self) -> None:
        with self._lock:
            if self._log is not None:
                self._log.close()
                self._log = None


# --------------------------------------------------------------------------- answers


async def fault_response(
    fault: str,
    request: Request,
    config: FaultConfig,
    chat: bool,
    model_name: str,
    key: str,
    attempt: int,
    shutting_down: Callable[[], bool],
) -> Response:
    """The answer a request gets for an injected `fault` (see the module docstring of serve)."""
    if fault == "500":
        error = ApiError(
            500, "injected fault: internal server error (testing only)", "server_error"
        )
        return error.response()
    if fault == "429":
        error = ApiError(
            429,
            "injected fault: rate limited (testing only)",
            "requests",
            code="rate_limit_exceeded",
        )
        return error.response(headers={"Retry-After": "0"})
    if fault == "timeout":
        await _hold(request, config.timeout_s, shutting_down)
        error = ApiError(
            504, "injected fault: timed out (testing only)", "server_error", code="timeout"
        )
        return error.response()
    if fault == "malformed":
        return _malformed_response(chat, model_name, key, attempt)
    raise ValueError(f"unknown fault kind {fault!r}")


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
