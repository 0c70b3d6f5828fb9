"""The caller's side: run many programs through a fresh supervisor process, in order.

One supervisor (zygote.py) per `run_programs` call: it is started, fed, drained and
stopped inside the call, so nothing outlives it (no threads, no processes), which is what
lets DataTrove workers (themselves multiprocessing children) and pytest call it freely.
The static check runs here first, so a refused program costs no process at all.

The supervisor is started inside the bubblewrap jail (jail.py) unless the caller chose
`isolation="none"`; before the first one, `jail.ensure_available()` fails closed with a
one-line SandboxUnavailable, and every supervisor's own report of its confinement (the
hello line) is checked again (jail.check_facts) before any program is sent to it.

If the supervisor dies or stops answering (it runs no untrusted code, but the OOM killer
or a program that escaped every layer could still kill it), a new supervisor takes the
rest, up to MAX_RESTARTS times; the programs that were in flight are run again, and one in
flight at two failures is reported as `sandbox_error`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import select
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import jail, syscalls
from .answers import AnswerError, validate_wire_answer
from .limits import SandboxLimits, SandboxResult
from .policy import explain_program

log = logging.getLogger(__name__)

# The supervisor runs with -I -S (no site-packages, so no editable-install finder): it imports
# this folder as the top-level package `sandbox`, which needs nothing but relative imports.
_PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # the folder holding `sandbox/`
_BOOTSTRAP = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from sandbox.zygote import main; sys.exit(main(sys.argv[2:]))"
)
HELLO_TIMEOUT = 30.0
ANSWER_GRACE = 30.0  # beyond wall_seconds: how long silence means the supervisor is stuck
MAX_RESTARTS = 3


class SupervisorDied(Exception):
    pass


def _supervisor_command(limits: SandboxLimits) -> tuple[list[str], tuple[int, ...], Any]:
    """(argv, descriptors to pass, what to close after start) for the chosen isolation."""
    # -I: ignore PYTHON* variables and user site; -S: no site-packages, so nothing but
    # the standard library and this package can shape the process children fork from.
    if limits.isolation == "none":
        argv = [sys.executable, "-I", "-S", "-c", _BOOTSTRAP, str(_PACKAGE_ROOT), str(os.getpid())]
        return argv, (), None
    base, _ = jail.interpreter()
    command = [str(base), "-I", "-S", "-c", _BOOTSTRAP, jail.JAIL_PACKAGE_ROOT, "0"]
    launch = jail.prepare(command + sorted(jail.ENVIRONMENT))
    return launch.argv, launch.pass_fds, launch


class _Supervisor:
    """A running zygote process and the line protocol to it."""

    def __init__(
        self,
        limits: SandboxLimits,
        entry: str,
        workers: int,
        program_filter: bytes | None,
        python_filter: bool = True,
    ) -> None:
        # kept open for the supervisor's lifetime, closed in close()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        argv, pass_fds, launch = _supervisor_command(limits)
        try:
            self.proc = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                close_fds=True,
                pass_fds=pass_fds,
            )
        finally:
            if launch is not None:
                launch.close()
        try:
            self._start(limits, entry, workers, program_filter, python_filter)
        except BaseException:
            self.close()  # reap it: a supervisor killed while starting is no zombie
            raise

    def _start(
        self,
        limits: SandboxLimits,
        entry: str,
        workers: int,
        program_filter: bytes | None,
        python_filter: bool,
    ) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in = self.proc.stdin
        self._out_fd = self.proc.stdout.fileno()
        self._buf = bytearray()
        config: dict[str, Any] = {
            "limits": limits.to_json(),
            "entry": entry,
            "workers": workers,
            "python_filter": python_filter,
        }
        if program_filter is not None:
            config["program_filter"] = base64.b64encode(program_filter).decode("ascii")
        self.send(config)
        hello = self.receive(HELLO_TIMEOUT)
        if hello is None or "hello" not in hello:
            raise SupervisorDied(f"the sandbox supervisor did not start{self._stderr_tail()}")
        self.hello: dict[str, Any] = hello["hello"]
        self.host_uid = jail.host_uids(self.proc.pid)  # bwrap: the owner of the jail's userns
        if limits.isolation == "jail":
            missing = [
                layer for layer in jail.check_facts(self.hello, self.host_uid) if not layer.active
            ]
            if missing:
                raise jail.SandboxUnavailable(
                    "sandbox: the jail started but a layer is not active: "
                    + "; ".join(f"{m.name} ({m.detail})" for m in missing)
                )

    def _stderr_tail(self) -> str:
        try:
            self._stderr.seek(0)
            text = self._stderr.read()[-2000:].decode("utf-8", "replace").strip()
        except (OSError, ValueError):
            return ""
        return f": {text}" if text else ""

    def send(self, obj: dict[str, Any]) -> None:
        try:
            self._in.write(json.dumps(obj).encode() + b"\n")
            self._in.flush()
        except (BrokenPipeError, OSError) as e:
            raise SupervisorDied(
                f"the sandbox supervisor went away ({e}){self._stderr_tail()}"
            ) from None

    def receive(self, timeout: float) -> dict[str, Any] | None:
        """The next line as JSON, or None on timeout; SupervisorDied on end of stream."""
        deadline = time.monotonic() + timeout
        while (nl := self._buf.find(b"\n")) < 0:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._out_fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._out_fd, 1 << 16)
            if not chunk:
                raise SupervisorDied(f"the sandbox supervisor exited{self._stderr_tail()}")
            self._buf += chunk
        line = bytes(self._buf[:nl])
        del self._buf[: nl + 1]
        return json.loads(line)

    def close(self) -> None:
        """End of input tells it to stop; it kills and reaps its children, then exits."""
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self._stderr.close()


def _error(reason: str, detail: str, seconds: float = 0.0) -> SandboxResult:
    return SandboxResult("error", None, reason, detail, "", seconds)


def _to_result(msg: dict[str, Any]) -> SandboxResult:
    stdout = msg.get("stdout", "")
    seconds = float(msg.get("seconds", 0.0))
    if msg.get("status") == "ok":
        try:
            answer = validate_wire_answer(msg.get("answer"))
        except AnswerError as a:
            return SandboxResult("error", None, a.reason, a.detail, stdout, seconds)
        return SandboxResult("ok", answer, None, "", stdout, seconds)
    return SandboxResult(
        "error", None, str(msg.get("reason")), str(msg.get("detail", "")), stdout, seconds
    )


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return contextlib.nullcontext(None)
    try:
        from tqdm import tqdm
    except ImportError:
        return contextlib.nullcontext(None)
    return tqdm(total=total, desc="sandbox", unit="prog")


def run_programs(
    sources: Sequence[str],
    limits: SandboxLimits = SandboxLimits(),  # noqa: B008  (frozen: safe as a default)
    workers: int | None = None,
    entry: str = "solution",
    progress: bool = False,
    python_filter: bool = True,
) -> list[SandboxResult]:
    """Run each source's `entry()` in its own sandboxed process; results in input order.

    `python_filter=False` skips the Python-level layer (AST check, allow-listed builtins,
    module copies): the program runs with full Python inside the jail. It exists so the
    hostile suite can prove the operating-system layers contain a program that has escaped
    the Python layer; it is refused without the jail.
    """
    if not python_filter and limits.isolation != "jail":
        raise ValueError("python_filter=False needs the jail (isolation='jail')")
    for i, s in enumerate(sources):
        if not isinstance(s, str):
            raise TypeError(f"sources[{i}] is a {type(s).__name__}, not a str")
    if not entry.isidentifier():
        raise ValueError(f"entry must be an identifier, got {entry!r}")
    results: list[SandboxResult | None] = [None] * len(sources)
    pending: deque[int] = deque()
    for i, source in enumerate(sources):
        reason, detail = explain_program(source, limits) if python_filter else (None, "")
        if reason is None:
            pending.append(i)
        else:
            results[i] = _error(reason, detail)
    n_workers = max(1, min(workers or os.cpu_count() or 1, len(pending) or 1))
    program_filter = _program_filter(limits) if pending else None

    with _progress(len(sources), progress) as bar:
        if bar is not None:
            bar.update(len(sources) - len(pending))
        restarts = 0
        deaths: dict[int, int] = {}
        while pending:
            outstanding: set[int] = set()
            sup: _Supervisor | None = None
            try:
                sup = _Supervisor(limits, entry, n_workers, program_filter, python_filter)
                for i, msg in _drive(sup, sources, pending, outstanding, n_workers, limits):
                    results[i] = _to_result(msg)
                    if bar is not None:
                        bar.update(1)
            except SupervisorDied as e:
                restarts += 1
                log.warning(
                    "sandbox supervisor failed (%s) with %d programs in flight", e, len(outstanding)
                )
                # Programs in flight are most likely bystanders: run them again in the next
                # supervisor. One that was in flight at two failures is the likely cause.
                for i in sorted(outstanding, reverse=True):
                    deaths[i] = deaths.get(i, 0) + 1
                    if deaths[i] >= 2:
                        results[i] = _error("sandbox_error", str(e)[:1000])
                    else:
                        pending.appendleft(i)
                if restarts > MAX_RESTARTS:
                    for i in pending:
                        results[i] = _error("sandbox_error", f"gave up after {restarts} failures")
                    pending.clear()
            finally:
                if sup is not None:
                    sup.close()
    assert all(r is not None for r in results)
    return results  # type: ignore[return-value]


def _drive(
    sup: _Supervisor,
    sources: Sequence[str],
    pending: deque[int],
    outstanding: set[int],
    workers: int,
    limits: SandboxLimits,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Keep a few jobs queued ahead of the workers; yield (index, message) as they finish."""
    window = workers * 4
    while pending or outstanding:
        while pending and len(outstanding) < window:
            i = pending[0]
            sup.send({"id": i, "source": sources[i]})
            pending.popleft()
            outstanding.add(i)
        msg = sup.receive(limits.wall_seconds + ANSWER_GRACE)
        if msg is None:
            raise SupervisorDied("the sandbox supervisor stopped answering")
        i = int(msg["id"])
        outstanding.discard(i)
        yield i, msg


def run_program(
    source: str,
    limits: SandboxLimits = SandboxLimits(),  # noqa: B008
    entry: str = "solution",
) -> SandboxResult:
    """One program; the same process model as run_programs (a supervisor for one child)."""
    return run_programs([source], limits, workers=1, entry=entry)[0]


# --- the jail: fail closed, and say which layers hold ----------------------------------------

_jail_ready = False


def _program_filter(limits: SandboxLimits) -> bytes | None:
    """The per-program seccomp allow-list; in the jail, the jail must be available too.

    Raises jail.SandboxUnavailable (a UserError) naming what is missing: no program runs
    without the jail unless the caller chose `isolation="none"`.
    """
    global _jail_ready
    if limits.isolation == "none":
        try:
            return syscalls.program_filter()
        except syscalls.SeccompUnavailable:
            log.warning("sandbox: isolation none and no libseccomp: programs run unfiltered")
            return None
    if not _jail_ready:
        jail.ensure_available()
        _jail_ready = True
    try:
        return syscalls.program_filter()
    except syscalls.SeccompUnavailable as e:
        raise jail.SandboxUnavailable(f"sandbox: seccomp is unavailable: {e}") from None


def sandbox_layer_report(isolation: str = "jail") -> list[jail.Layer]:
    """Every layer, whether it is active on this machine, and why (for --check).

    Starts the real supervisor and one probe child, exactly as run_programs would.
    """
    limits = SandboxLimits(isolation=isolation)
    try:
        program_filter = _program_filter(limits)
    except jail.SandboxUnavailable as e:
        return [jail.Layer("jail", False, str(e), required=True)]
    sup = _Supervisor(limits, "solution", 1, program_filter)
    try:
        sup.send({"id": 0, "probe": True})
        msg = sup.receive(HELLO_TIMEOUT)
    finally:
        sup.close()
    if msg is None or msg.get("status") != "probe":
        raise RuntimeError(f"sandbox probe failed: {msg}")
    return jail.report(sup.hello, sup.host_uid, msg, isolation)


def sandbox_layers() -> dict[str, bool]:
    """Which layers are active on this machine, by name."""
    return {layer.name: layer.active for layer in sandbox_layer_report()}


def sandbox_layer_details() -> dict[str, str]:
    """Why a layer is on or off, in words."""
    return {layer.name: layer.detail for layer in sandbox_layer_report()}
