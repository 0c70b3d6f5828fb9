"""Test helpers for `hornbook serve`: a tiny servable run, and a real server subprocess.

Usage, e.g. for tests of the `openai` generation backend::

    from tests.serve_helpers import make_served_run, running_server

    @pytest.fixture(scope="module")
    def run_dir(tmp_path_factory):
        return make_served_run(tmp_path_factory.mktemp("served"))   # ~2 s on 2 cores

    def test_backend(run_dir):
        with running_server(run_dir, faults="500=0.2,429=0.1", fault_seed=1) as server:
            client = openai.OpenAI(base_url=server.base_url, api_key="unused")
            ...
            assert server.stats()["received_after_answered"] == 0

`running_server` starts `python -m hornbook.train.serve RUN --port 0` on 127.0.0.1, waits for its
`serving <model> at <url>` line, and yields a `ServerHandle` (which also unpacks as
`(base_url, stats)`). On exit it sends SIGTERM, then SIGKILL after `stop_timeout`
seconds, and always reaps the process: no server outlives the `with` block, even when
the test fails. `server.base_url` ends in `/v1` (what `openai.OpenAI(base_url=...)`
wants); `server.root_url` has no `/v1` (what DataTrove's localhost endpoint path wants,
since it appends `/v1/...` itself). The model id is `server.model`.
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
_SERVING = re.compile(r"^serving (?P<model>\S+) at (?P<url>http://\S+/v1)$")


def make_served_run(
    parent: Path, name: str = "tiny-served", max_steps: int = 300, seq_len: int = 128
) -> Path:
    """Train a tiny byte-level model into `parent/name` and make it servable.

    A servable run is a run directory with a checkpoint and a `lineage.json` naming its
    tokenizer; this writes the byte tokenizer beside the run and a minimal lineage. The
    model (dim 32, 2 layers, context `seq_len`) learns the repetitive synthetic stories
    of `tests.train_helpers` in 300 steps (~3 s on 2 cores) well enough to continue
    "Once upon a time, Tom" greedily with " had a boat. Tom was sad. ..." and to end a
    story with EOS; fewer steps give faster, gibberish-speaking runs.
    """
    import torch
    from hornbook.tokenizer.byte_level import ByteTokenizer
    from hornbook.tokenizer.store import train_tokenizer
    from hornbook.train import encode_documents, train

    from tests.train_helpers import synthetic_stories, tiny_train_config

    tokenizer = ByteTokenizer()
    config = tiny_train_config(
        seq_len=seq_len,
        max_steps=max_steps,
        warmup_steps=10,
        eval_interval=max_steps,
        eval_batches=1,
        checkpoint_interval=max_steps,
        device="cpu",
    )
    run_dir = Path(parent) / name
    tok_dir = Path(parent) / "tokenizer-byte"
    if not tok_dir.exists():
        train_tokenizer([], ["a story"], tok_dir, "byte", None, "byte", {"corpus": "test"})
    streams = (
        encode_documents(synthetic_stories(200, seed=1), tokenizer),
        encode_documents(synthetic_stories(10, seed=2), tokenizer),
    )
    # One thread: at this size extra threads only spin, and on a busy 2-core machine
    # two threads made this training 10-20x slower than one.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        train(run_dir, *streams, config, tokenizer.vocab_size, progress=False)
    finally:
        torch.set_num_threads(threads)
    lineage = {"run": name, "tokenizer": {"name": "byte", "path": str(tok_dir.resolve())}}
    (run_dir / "lineage.json").write_text(json.dumps(lineage, indent=2) + "\n", encoding="utf-8")
    return run_dir


@dataclass
class ServerHandle:
    """A running `hornbook serve` subprocess, as `running_server` yields it."""

    base_url: str  # http://127.0.0.1:PORT/v1
    model: str
    process: subprocess.Popen
    request_log: Path | None = None
    _stderr_path: Path | None = field(default=None, repr=False)

    @property
    def root_url(self) -> str:
        return self.base_url.removesuffix("/v1")

    def stats(self) -> dict[str, Any]:
        """`GET /hornbook/stats` (never faulted or delayed)."""
        with urllib.request.urlopen(f"{self.root_url}/hornbook/stats", timeout=10) as resp:
            return json.loads(resp.read())

    def stderr(self) -> str:
        """What the server wrote to stderr so far (uvicorn warnings, tracebacks)."""
        if self._stderr_path is None or not self._stderr_path.exists():
            return ""
        return self._stderr_path.read_text(encoding="utf-8", errors="replace")

    def __iter__(self) -> Iterator[Any]:
        """`with running_server(run) as (base_url, stats):` also works."""
        yield self.base_url
        yield self.stats


def _read_lines(stream, lines: queue.Queue) -> None:
    """Forward a pipe's lines to a queue until EOF, so the pipe never fills up."""
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _stop(process: subprocess.Popen, timeout: float) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
            return
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait()


@contextmanager
def running_server(
    run_dir: str | Path,
    faults: str | None = None,
    *,
    fault_seed: int = 0,
    fault_timeout_s: float | None = None,
    delay_ms: float | None = None,
    model_name: str | None = None,
    request_log: str | Path | None = None,
    extra_args: Sequence[str] = (),
    startup_timeout: float = 60.0,
    stop_timeout: float = 10.0,
    env: dict[str, str] | None = None,
    on_line: Callable[[str], None] | None = None,
) -> Iterator[ServerHandle]:
    """Run `python -m hornbook.train.serve run_dir` on 127.0.0.1 (free port) for a `with` block.

    `faults` is the `--inject-faults` text (e.g. "500=0.2,timeout=0.05"); the other
    keywords map to the flags of the same name. Raises RuntimeError, with the server's
    stderr, if it exits or stays silent for `startup_timeout` seconds before serving.
    `on_line` receives each later stdout line of the server (it prints little).
    """
    cmd = [
        sys.executable,
        "-m",
        "hornbook.train.serve",
        str(run_dir),
        "--host",
        "127.0.0.1",
        "--port",
        "0",
    ]
    if faults is not None:
        cmd += ["--inject-faults", faults, "--fault-seed", str(fault_seed)]
    if fault_timeout_s is not None:
        cmd += ["--fault-timeout-s", str(fault_timeout_s)]
    if delay_ms is not None:
        cmd += ["--delay-ms", str(delay_ms)]
    if model_name is not None:
        cmd += ["--model-name", model_name]
    if request_log is not None:
        cmd += ["--request-log", str(request_log)]
    cmd += list(extra_args)
    child_env = {**os.environ, **(env or {})}
    child_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO), child_env.get("PYTHONPATH", "")) if p
    )
    child_env["PYTHONUNBUFFERED"] = "1"

    with tempfile.TemporaryDirectory(prefix="hornbook-serve-") as tmp:
        stderr_path = Path(tmp) / "stderr.txt"
        with stderr_path.open("w", encoding="utf-8") as stderr_file:
            process = subprocess.Popen(
                cmd,
                cwd=REPO,
                env=child_env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr_file,
                text=True,
            )
        try:
            lines: queue.Queue = queue.Queue()
            threading.Thread(target=_read_lines, args=(process.stdout, lines), daemon=True).start()
            match = None
            deadline = time.monotonic() + startup_timeout
            while match is None:
                try:
                    line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise RuntimeError(
                        f"hornbook serve printed no 'serving' line in {startup_timeout} s; "
                        f"stderr:\n{stderr_path.read_text()}"
                    ) from None
                if line is None:
                    process.wait()
                    raise RuntimeError(
                        f"hornbook serve exited with {process.returncode} before serving; "
                        f"stderr:\n{stderr_path.read_text()}"
                    )
                match = _SERVING.match(line)
            if on_line is not None:
                threading.Thread(
                    target=lambda: [on_line(x) for x in iter(lines.get, None)], daemon=True
                ).start()
            yield ServerHandle(
                base_url=match["url"],
                model=match["model"],
                process=process,
                request_log=Path(request_log) if request_log is not None else None,
                _stderr_path=stderr_path,
            )
        finally:
            _stop(process, stop_timeout)
