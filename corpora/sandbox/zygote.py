"""The supervisor ("zygote"): a small pre-warmed process that forks one child per program.

Why a zygote: starting a Python interpreter costs 20-40 ms; forking one that has already
imported everything a program may use costs about 1 ms. The zygote never runs untrusted
code itself, so each child starts from the same clean state (no state carries across
programs). It is started fresh for each `run_programs` call by pool.py, with `-I -S` so no
site-packages or environment variables shape it, and it enters an empty network namespace
nothing else. In the default isolation it runs inside the jail (jail.py): pool.py starts it
through bubblewrap, so it and every child share an empty network namespace, a private PID
and IPC namespace, a read-only file system, no capabilities and the jail's seccomp filter.

It is single-threaded and event-driven (one selector over the request pipe, every child's
output and result pipes, and a SIGCHLD wake-up pipe), enforces the wall-clock limit and
the output cap, kills whole process groups, reaps everything (it is a child subreaper, so
even orphaned grandchildren come back to it), and never blocks on a write to its parent.

Wire protocol, one JSON object per line. In: a config line {"limits", "entry", "workers"},
then jobs {"id", "source"} or {"id", "probe": true}; end of input means stop. Out: a hello
line {"hello": {...layers...}}, then one result per job.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import json
import os
import re
import selectors
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from . import oslayers
from .answers import AnswerError, validate_wire_answer
from .child import EXIT_NO_MEMORY, EXIT_SETUP_FAILED, child_main
from .limits import SandboxLimits

MAX_RESULT_BYTES = 16384
# imported into the supervisor when the hostile suite turns the Python layer off
UNRESTRICTED_PRELOAD = ("mmap", "threading", "subprocess", "multiprocessing", "ctypes", "socket")
READ_CHUNK = 65536
KNOWN_REASONS = frozenset(
    {
        "syntax_error",
        "source_too_large",
        "disallowed_import",
        "disallowed_name",
        "disallowed_attribute",
        "disallowed_syntax",
        "no_solution_function",
        "memory",
        "non_numeric_result",
        "non_finite_result",
        "answer_too_large",
    }
)
_EXCEPTION_REASON = re.compile(r"exception:[A-Za-z_][A-Za-z0-9_]{0,80}")


@dataclass
class Job:
    id: int
    pid: int
    out_fd: int | None
    res_fd: int | None
    started: float
    deadline: float
    probe: bool = False
    out: bytearray = field(default_factory=bytearray)
    res: bytearray = field(default_factory=bytearray)
    kill_reason: str | None = None
    kill_detail: str = ""
    wait_status: int | None = None
    cpu_seconds: float = 0.0
    ended: float = 0.0


def _signal_name(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"SIG{sig}"


def _killpg(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _parse_child_result(raw: bytes, probe: bool) -> dict[str, Any] | None:
    """The child's JSON, validated field by field; None if it is not one well-formed result."""
    if not raw.endswith(b"\n") or raw.count(b"\n") != 1:
        return None

    def no_constants(_: str) -> Any:
        raise ValueError("NaN/Infinity are not answers")

    try:
        obj = json.loads(raw, parse_constant=no_constants)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    status = obj.get("status")
    if probe:
        return obj if status == "probe" and isinstance(obj.get("layers"), dict) else None
    if status == "ok":
        try:
            return {"status": "ok", "answer": validate_wire_answer(obj.get("answer"))}
        except AnswerError as a:
            return {"status": "error", "reason": a.reason, "detail": a.detail}
    if status == "error":
        reason, detail = obj.get("reason"), obj.get("detail", "")
        if not isinstance(reason, str) or not isinstance(detail, str):
            return None
        if reason not in KNOWN_REASONS and not _EXCEPTION_REASON.fullmatch(reason):
            return None
        return {"status": "error", "reason": reason, "detail": detail[:1000]}
    return None


def verdict(job: Job, limits: SandboxLimits) -> dict[str, Any]:
    """The result line for a finished job: our own kill reasons first, then the child's
    word (if well-formed), then what its exit status says."""
    base: dict[str, Any] = {
        "id": job.id,
        "stdout": job.out.decode("utf-8", "replace"),
        "seconds": round(job.ended - job.started, 6),
    }
    status = job.wait_status or 0
    parsed = _parse_child_result(bytes(job.res), job.probe) if job.res else None
    if job.kill_reason is not None:
        v = {"status": "error", "reason": job.kill_reason, "detail": job.kill_detail}
    elif parsed is not None:
        v = parsed
    elif os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        cpu_cap = max(1, int(-(-limits.cpu_seconds // 1)))
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and job.cpu_seconds >= cpu_cap):
            v = {
                "status": "error",
                "reason": "cpu_time",
                "detail": f"used {job.cpu_seconds:.2f} s of CPU (limit {cpu_cap} s)",
            }
        elif sig == signal.SIGSYS:
            v = {
                "status": "error",
                "reason": "processes",
                "detail": "tried to start a process or thread (refused by seccomp)",
            }
        elif sig == signal.SIGXFSZ:
            v = {"status": "error", "reason": "file_size", "detail": "wrote to a file"}
        else:
            name = _signal_name(sig)
            v = {
                "status": "error",
                "reason": f"killed:{name}",
                "detail": f"killed by {name}",
            }
    else:
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        if code == EXIT_NO_MEMORY:
            v = {"status": "error", "reason": "memory", "detail": "out of memory"}
        elif code == EXIT_SETUP_FAILED:
            v = {
                "status": "error",
                "reason": "sandbox_error",
                "detail": "the child could not apply a required layer; nothing ran",
            }
        else:
            v = {
                "status": "error",
                "reason": "malformed_result",
                "detail": f"child exited with code {code} and "
                + ("an unreadable result" if job.res else "no result"),
            }
    return {**base, **v}


class Supervisor:
    program_filter: oslayers.PreparedFilter | None = None
    python_filter: bool = True

    def __init__(self, req_fd: int, resp_fd: int, parent_pid: int) -> None:
        self.req_fd, self.resp_fd, self.parent_pid = req_fd, resp_fd, parent_pid
        self.sel = selectors.DefaultSelector()
        self.jobs: dict[int, Job] = {}  # by pid
        self.fd_owner: dict[int, tuple[Job, str]] = {}
        self.queue: list[dict[str, Any]] = []
        self.inbuf = bytearray()
        self.outbuf = bytearray()
        self.writing = False
        self.eof = False
        self.limits = SandboxLimits()
        self.entry = "solution"
        self.workers = 1
        self.devnull = os.open(os.devnull, os.O_RDONLY)
        self.wake_r, self.wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)

    # --- plumbing ------------------------------------------------------------------------
    def send(self, obj: dict[str, Any]) -> None:
        self.outbuf += json.dumps(obj, allow_nan=False).encode() + b"\n"
        if not self.writing:
            self.sel.register(self.resp_fd, selectors.EVENT_WRITE, "resp")
            self.writing = True

    def _flush_some(self) -> None:
        try:
            n = os.write(self.resp_fd, self.outbuf)
        except BlockingIOError:
            return
        except BrokenPipeError:
            self.eof = True  # the parent is gone: stop
            self.outbuf.clear()
            n = 0
        del self.outbuf[:n]
        if not self.outbuf and self.writing:
            self.sel.unregister(self.resp_fd)
            self.writing = False

    def _read_requests(self) -> None:
        try:
            chunk = os.read(self.req_fd, READ_CHUNK)
        except BlockingIOError:
            return
        if not chunk:
            self.eof = True
            self.sel.unregister(self.req_fd)
            return
        self.inbuf += chunk
        while (nl := self.inbuf.find(b"\n")) >= 0:
            line = bytes(self.inbuf[:nl])
            del self.inbuf[: nl + 1]
            self.queue.append(json.loads(line))

    # --- children ------------------------------------------------------------------------
    def _start(self, req: dict[str, Any]) -> None:
        out_r, out_w = os.pipe2(os.O_CLOEXEC)
        res_r, res_w = os.pipe2(os.O_CLOEXEC)
        pid = os.fork()
        if pid == 0:  # child: never returns
            child_main(
                req.get("source", ""),
                self.limits,
                self.entry,
                out_fd=out_w,
                result_fd=res_w,
                devnull_fd=self.devnull,
                supervisor_pid=self.my_pid,
                program_filter=self.program_filter,
                probe=bool(req.get("probe")),
                python_filter=self.python_filter,
            )
        with contextlib.suppress(OSError):
            os.setpgid(pid, pid)  # also done by the child; whoever is first wins the race
        os.close(out_w)
        os.close(res_w)
        os.set_blocking(out_r, False)
        os.set_blocking(res_r, False)
        now = time.monotonic()
        job = Job(
            id=int(req["id"]),
            pid=pid,
            out_fd=out_r,
            res_fd=res_r,
            started=now,
            deadline=now + self.limits.wall_seconds,
            probe=bool(req.get("probe")),
        )
        self.jobs[pid] = job
        for fd, kind in ((out_r, "out"), (res_r, "res")):
            self.fd_owner[fd] = (job, kind)
            self.sel.register(fd, selectors.EVENT_READ, "child")

    def _close_fd(self, fd: int) -> None:
        job, kind = self.fd_owner.pop(fd)
        self.sel.unregister(fd)
        os.close(fd)
        setattr(job, f"{kind}_fd", None)

    def _kill(self, job: Job, reason: str, detail: str) -> None:
        if job.kill_reason is None:
            job.kill_reason, job.kill_detail = reason, detail
        _killpg(job.pid)

    def _read_child(self, fd: int) -> None:
        job, kind = self.fd_owner[fd]
        while True:
            try:
                chunk = os.read(fd, READ_CHUNK)
            except BlockingIOError:
                return
            if not chunk:
                self._close_fd(fd)
                return
            if kind == "out":
                room = self.limits.output_bytes - len(job.out)
                job.out += chunk[: max(room, 0)]
                if len(chunk) > room:
                    self._kill(
                        job,
                        "output_limit",
                        f"program printed more than {self.limits.output_bytes} bytes",
                    )
                    self._close_fd(fd)
                    return
            else:
                job.res += chunk
                if len(job.res) > MAX_RESULT_BYTES:
                    self._kill(job, "malformed_result", "result larger than any valid result")
                    self._close_fd(fd)
                    return

    def _reap(self) -> None:
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            job = self.jobs.pop(pid, None)
            if job is None:
                continue  # an orphaned grandchild handed to us as subreaper: just reaped
            job.wait_status = status
            job.cpu_seconds = usage.ru_utime + usage.ru_stime
            job.ended = time.monotonic()
            _killpg(pid)  # anything the program left in its group goes with it
            for fd in (job.out_fd, job.res_fd):
                if fd is not None:
                    self._read_child(fd)  # what it wrote before dying is in the pipe
            for fd in (job.out_fd, job.res_fd):
                if fd is not None:
                    self._close_fd(fd)
            self.send(verdict(job, self.limits))

    def _check_deadlines(self) -> None:
        now = time.monotonic()
        for job in self.jobs.values():
            if job.kill_reason is None and now >= job.deadline:
                self._kill(
                    job, "timeout", f"still running after {self.limits.wall_seconds:g} s (wall)"
                )

    def _shutdown(self) -> None:
        for job in self.jobs.values():
            _killpg(job.pid)
        for pid in list(self.jobs):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.jobs.clear()
        kill_adopted_orphans()

    # --- main loop -----------------------------------------------------------------------
    def serve(self, hello: dict[str, Any]) -> None:
        self.my_pid = os.getpid()
        config = json.loads(self._read_line_blocking())
        self.limits = SandboxLimits.from_json(config["limits"])
        self.entry = str(config.get("entry", "solution"))
        self.workers = max(1, int(config.get("workers", 1)))
        self.python_filter = bool(config.get("python_filter", True))
        if not self.python_filter:
            # what a program that escaped the Python layer would have: the real modules
            for name in UNRESTRICTED_PRELOAD:
                with contextlib.suppress(ImportError):
                    __import__(name)
        if config.get("program_filter"):
            bpf = base64.b64decode(config["program_filter"])
            self.program_filter = oslayers.PreparedFilter(bpf)
        os.set_blocking(self.req_fd, False)
        os.set_blocking(self.resp_fd, False)
        self.sel.register(self.req_fd, selectors.EVENT_READ, "req")
        self.sel.register(self.wake_r, selectors.EVENT_READ, "wake")
        self.send({"hello": hello})
        try:
            while True:
                while self.queue and len(self.jobs) < self.workers and not self.eof:
                    self._start(self.queue.pop(0))
                if self.eof:
                    break
                timeout: float | None = None
                if self.jobs:
                    live = [j.deadline for j in self.jobs.values() if j.kill_reason is None]
                    # killed jobs only wait to be reaped; SIGCHLD wakes us, poll as a backstop
                    timeout = max(0.0, min(live) - time.monotonic()) if live else 0.05
                for key, _ in self.sel.select(timeout):
                    tag = key.data
                    if tag == "req":
                        self._read_requests()
                    elif tag == "resp":
                        self._flush_some()
                    elif tag == "wake":
                        with contextlib.suppress(BlockingIOError):
                            while os.read(self.wake_r, 4096):
                                pass
                    elif key.fd in self.fd_owner:
                        self._read_child(key.fd)
                self._reap()
                self._check_deadlines()
                if os.getppid() != self.parent_pid:
                    break
        finally:
            self._shutdown()

    def _read_line_blocking(self) -> bytes:
        while (nl := self.inbuf.find(b"\n")) < 0:
            chunk = os.read(self.req_fd, READ_CHUNK)
            if not chunk:
                raise SystemExit(0)
            self.inbuf += chunk
        line = bytes(self.inbuf[:nl])
        del self.inbuf[: nl + 1]
        return line


def kill_adopted_orphans() -> None:
    """SIGKILL and reap every process whose parent is us (orphans adopted as subreaper)."""
    me = str(os.getpid())
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[-1].split()
        if len(fields) > 1 and fields[1] == me:
            with contextlib.suppress(OSError):
                os.kill(int(entry), signal.SIGKILL)
    give_up = time.monotonic() + 2.0
    while time.monotonic() < give_up:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return  # no children left
        if pid == 0:
            time.sleep(0.005)


def jail_facts() -> dict[str, Any]:
    """What this process sees of its own confinement, for pool.py to check and --check to
    print. Read once, before serving; the caller compares the namespace ids with its own."""
    facts: dict[str, Any] = {"euid": os.geteuid(), "uid": os.getuid(), "pid": os.getpid()}
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.startswith("Cap") or key in ("NoNewPrivs", "Seccomp", "Seccomp_filters"):
                    facts[key] = value.strip()
        with open("/proc/self/uid_map", encoding="ascii") as f:
            facts["uid_map"] = f.read().split()
        with open("/proc/net/dev", encoding="ascii") as f:
            facts["interfaces"] = [ln.split(":")[0].strip() for ln in f.readlines()[2:]]
    except OSError as e:
        facts["proc_error"] = str(e)
    ns: dict[str, str] = {}
    for name in ("user", "mnt", "pid", "net", "ipc", "uts"):
        with contextlib.suppress(OSError):
            ns[name] = os.readlink(f"/proc/self/ns/{name}")
    facts["namespaces"] = ns
    facts["root_read_only"] = bool(os.statvfs("/").f_flag & os.ST_RDONLY)
    facts["dev_read_only"] = bool(os.statvfs("/dev").f_flag & os.ST_RDONLY)
    facts["top_level"] = sorted(os.listdir("/"))
    facts["environment"] = sorted(os.environ)
    return facts


def main(argv: list[str] | None = None) -> int:
    """Run as: python -I -S -c <bootstrap> PARENT_PID [ENV_KEEP...] (see pool.py).

    PARENT_PID 0 means "whoever started me" (in the jail the parent is bubblewrap, whose
    pid the caller cannot know). ENV_KEEP names the only environment variables kept.
    """
    argv = sys.argv[1:] if argv is None else argv
    oslayers.set_parent_death_signal()
    parent_pid = int(argv[0]) or os.getppid()
    if os.getppid() != parent_pid:
        return 0  # the parent died before we could ask to die with it
    if len(argv) > 1:  # the environment allow-list (bwrap adds PWD on its own)
        for key in set(os.environ) - set(argv[1:]):
            del os.environ[key]
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    req_fd, resp_fd = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    subreaper = oslayers.become_subreaper()
    signal.signal(signal.SIGCHLD, lambda *_: None)
    sup = Supervisor(req_fd, resp_fd, parent_pid)
    hello = {"subreaper": subreaper, **jail_facts()}
    # everything imported so far is shared copy-on-write with every child; keep the cyclic
    # GC from touching (and so copying) those pages in each child
    gc.freeze()
    signal.set_wakeup_fd(sup.wake_w)
    sup.serve(hello)
    # whatever is still buffered for the parent goes out before we exit
    os.set_blocking(resp_fd, True)
    with contextlib.suppress(OSError):
        os.write(resp_fd, sup.outbuf)
    return 0
