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

Layout: `serve_engine` (model, tokenizer, sampling), `serve_requests` (schemas,
validation, chat rendering), `serve_app` (the FastAPI routes), `serve_faults` (fault
injection and request accounting); this module is the server process and its CLI.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import torch
import uvicorn
from hornbook.corpora.errors import UserError
from hornbook.train.serve_app import build_app
from hornbook.train.serve_engine import ServedModel
from hornbook.train.serve_faults import FaultConfig, parse_faults
from hornbook.train.serve_requests import render_chat

__all__ = [
    "FaultConfig",
    "ServedModel",
    "build_app",
    "main",
    "parse_faults",
    "render_chat",
    "serve",
]

# How long graceful shutdown waits for in-flight requests before cancelling them.
_GRACEFUL_SHUTDOWN_S = 3


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
