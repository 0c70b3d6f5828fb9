"""The attacks of the hostile jail suite, and a runner for them (used as root in-process
and, as a script, under a throwaway uid by test_jail.py).

Every program here runs with the Python-level filter OFF (`python_filter=False`: real
builtins, real `os`, `ctypes`, `socket`...), so what contains it is the operating system:
the bubblewrap jail and the per-program seccomp allow-list and rlimits. Programs report
what they tried on stdout, but the test never trusts that: it checks witnesses outside
the jail (a canary environment variable, victim files and processes, listeners, markers).

    python attacks.py WITNESSES.json   # prints one JSON object: results by attack name
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

# What a program sees when it has escaped the Python layer; the `try_all` helper runs each
# attempt and prints "ESCAPED <what>" when a call that must fail succeeded.
_PRELUDE = """
import ctypes, os, signal, socket, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
def attempt(what, fn):
    try:
        r = fn()
    except BaseException as e:
        print("blocked", what, type(e).__name__, str(e)[:80])
        return None
    print("ESCAPED", what, repr(r)[:200])
    return r
"""


def _prog(body: str) -> str:
    lines = "\n".join("    " + line for line in body.strip("\n").splitlines())
    return f"{_PRELUDE}\ndef solution():\n{lines}\n    return 0\n"


def attacks(w: dict[str, Any]) -> dict[str, tuple[str, set[str] | None]]:
    """name -> (program, the reasons it may end with, or None: any; witnesses decide)."""
    victim, secret, home_secret = w["victim_file"], w["secret_file"], w["home_secret"]
    tmp_marker, shm_marker, shm_secret = w["tmp_marker"], w["shm_marker"], w["shm_secret"]
    vpid, hostpid = w["victim_pid"], w["host_pid"]
    return {
        "environment": (
            _prog(
                """
print(dict(os.environ))
attempt("environ-file", lambda: open("/proc/self/environ", "rb").read())
for pid in (os.getppid(), 1, HOSTPID):
    attempt(f"proc-{pid}-environ", lambda: open(f"/proc/{pid}/environ", "rb").read())
raise RuntimeError(str(dict(os.environ)))
""".replace("HOSTPID", str(hostpid))
            ),
            None,
        ),
        "truncate_victim": (
            _prog(
                f"""
attempt("open-trunc", lambda: os.open({victim!r}, os.O_WRONLY | os.O_TRUNC))
attempt("truncate", lambda: os.truncate({victim!r}, 0))
os.close(0)  # a free descriptor number: RLIMIT_NOFILE no longer hides anything
attempt("open-trunc-free-fd", lambda: os.open({victim!r}, os.O_WRONLY | os.O_TRUNC))
attempt("openat2", lambda: libc.syscall(437, -100, {victim!r}.encode(), 0, 0) >= 0 or 1 / 0)
"""
            ),
            None,
        ),
        "read_host_files": (
            _prog(
                f"""
os.close(0)
for path in ({secret!r}, {home_secret!r}, {shm_secret!r}, "/etc/shadow", "/etc/passwd"):
    attempt("read " + path, lambda: open(path, "rb").read())
attempt("listdir /home", lambda: os.listdir("/home"))
attempt("listdir /root", lambda: os.listdir("/root"))
"""
            ),
            None,
        ),
        "create_files": (
            _prog(
                f"""
os.close(0)
for path in ({tmp_marker!r}, {shm_marker!r}):
    attempt("create " + path, lambda: os.open(path, os.O_WRONLY | os.O_CREAT, 0o666))
    attempt("mkdir " + path, lambda: os.mkdir(path + ".d"))
"""
            ),
            None,
        ),
        "signal_victims": (
            _prog(
                f"""
info = ctypes.create_string_buffer(128)
attempt("kill victim", lambda: os.kill({vpid}, 9))
attempt("rt_sigqueueinfo", lambda: libc.syscall(129, {vpid}, 9, info) == 0 or 1 / 0)
attempt("rt_tgsigqueueinfo", lambda: libc.syscall(297, {vpid}, {vpid}, 9, info) == 0 or 1 / 0)
attempt("pidfd_open", lambda: libc.syscall(434, {vpid}, 0) >= 0 or 1 / 0)
attempt("kill host pytest", lambda: os.kill({hostpid}, 0))
attempt("kill -1", lambda: os.kill(-1, 9))
"""
            ),
            None,
        ),
        "kill_parent": (
            _prog(
                """
attempt("kill parent", lambda: os.kill(os.getppid(), 9))
attempt("kill pgroup of parent", lambda: os.killpg(os.getpgid(os.getppid()), 9))
attempt("tgkill parent", lambda: libc.syscall(234, os.getppid(), os.getppid(), 9) == 0 or 1 / 0)
attempt("kill 1", lambda: os.kill(1, 9))
"""
            ),
            None,
        ),
        "ptrace": (
            _prog(
                f"""
for pid in (os.getppid(), {vpid}, {hostpid}):
    attempt(f"ptrace attach {{pid}}", lambda: libc.ptrace(16, pid, 0, 0) == 0 or 1 / 0)
    attempt(f"ptrace seize {{pid}}", lambda: libc.ptrace(0x4206, pid, 0, 0) == 0 or 1 / 0)
    attempt(f"process_vm_readv {{pid}}", lambda: libc.syscall(310, pid, 0, 0, 0, 0, 0) >= 0 or 1 / 0)
"""
            ),
            None,
        ),
        "network": (
            _prog(
                f"""
os.close(0)
def tcp():
    s = socket.socket()
    s.settimeout(1)
    s.connect(("127.0.0.1", {w["tcp_port"]}))
    s.sendall(b"pwned")
def unix(addr):
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(1)
    s.connect(addr)
    s.sendall(b"pwned")
attempt("tcp loopback", tcp)
attempt("unix socket file", lambda: unix({w["unix_path"]!r}))
attempt("abstract unix socket", lambda: unix({w["unix_abstract"]!r}))
attempt("udp", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", {w["tcp_port"]})))
attempt("netlink", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0))
attempt("raw syscall socket", lambda: libc.syscall(41, 2, 1, 0) >= 0 or 1 / 0)
"""
            ),
            None,
        ),
        "namespaces_and_mounts": (
            _prog(
                """
attempt("unshare user", lambda: libc.unshare(0x10000000) == 0 or 1 / 0)
attempt("unshare net", lambda: libc.unshare(0x40000000) == 0 or 1 / 0)
attempt("mount tmpfs", lambda: libc.mount(b"t", b"/usr", b"tmpfs", 0, None) == 0 or 1 / 0)
attempt("setns", lambda: libc.setns(0, 0) == 0 or 1 / 0)
attempt("bpf", lambda: libc.syscall(321, 0, 0, 0) >= 0 or 1 / 0)
attempt("keyctl", lambda: libc.syscall(250, 0, 0, 0, 0, 0) >= 0 or 1 / 0)
attempt("setuid 0", lambda: os.setuid(0))
"""
            ),
            None,
        ),
        "proc_sys_writes": (
            _prog(
                """
os.close(0)
for path in ("/proc/sys/kernel/core_pattern", "/proc/sys/kernel/hostname",
             "/proc/sys/vm/drop_caches", "/proc/sysrq-trigger"):
    attempt("write " + path, lambda: os.write(os.open(path, os.O_WRONLY), b"|/bin/sh -c id"))
"""
            ),
            None,
        ),
        "exec_shell": (
            _prog(f"""os.execv("/bin/sh", ["sh", "-c", "echo pwned > {tmp_marker}"])"""),
            {"processes"},
        ),
        "fork": (_prog("os.fork()"), {"processes"}),
        "subprocess": (
            _prog(f"""import subprocess\nsubprocess.run(["touch", {tmp_marker!r}])"""),
            {"processes", "exception:PermissionError"},  # its pipe2 is refused before fork
        ),
        "thread_bomb": (
            _prog(
                """
import threading, time
for _ in range(10000):
    threading.Thread(target=time.sleep, args=(60,)).start()
"""
            ),
            {"processes"},
        ),
        "raise_rlimits": (
            _prog(
                """
import resource
inf = resource.RLIM_INFINITY
for res in (resource.RLIMIT_AS, resource.RLIMIT_CPU, resource.RLIMIT_NOFILE,
            resource.RLIMIT_NPROC, resource.RLIMIT_FSIZE):
    attempt(f"raise {res}", lambda: resource.setrlimit(res, (inf, inf)))
    attempt(f"prlimit {res}", lambda: resource.prlimit(0, res, (inf, inf)))
hog = bytearray(1 << 30)  # 1 GiB: must fail under the 256 MB address-space limit
"""
            ),
            {"memory"},
        ),
        "huge_mmap": (
            _prog(
                """
import mmap
m = mmap.mmap(-1, 1 << 40)  # 1 TiB anonymous
m[0] = 1
"""
            ),
            {"memory", "exception:OSError"},
        ),
        "huge_mmap_noreserve": (
            _prog(
                """
libc.mmap.restype = ctypes.c_void_p
p = libc.mmap(None, ctypes.c_size_t(1 << 40), 3, 0x22 | 0x4000, -1, 0)
if p in (None, ctypes.c_void_p(-1).value):
    raise MemoryError("mmap refused")
ctypes.memset(p, 1, 1 << 30)
"""
            ),
            {"memory", "killed:SIGSEGV", "killed:SIGBUS"},
        ),
        "cpu_spin_ignoring_xcpu": (
            _prog("signal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True:\n    pass"),
            {"cpu_time", "timeout"},
        ),
        "file_growth": (
            _prog(
                f"""
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
os.close(0)
fd = os.open({victim!r}, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"pwned")
"""
            ),
            None,
        ),
    }


# Run with the Python filter ON: the exact escape of issue 10 must not reach `os` now.
UPDATE_WRAPPER = """
import functools, statistics
def solution():
    functools.update_wrapper(solution, statistics.mean, assigned=(), updated=("__globals__",))
    os = sys.modules["os"]
    print(dict(os.environ))
    raise RuntimeError(str(dict(os.environ)))
"""
AFTERWARDS = "def solution():\n    return 41 + 1\n"  # last in the batch: the supervisor lived


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def run_all(witnesses: dict[str, Any], names: list[str] | None = None) -> dict[str, Any]:
    """Run the attacks (all, or `names`) in one batch through the jail; results by name."""
    from hornbook.corpora.sandbox import SandboxLimits, run_programs

    table = attacks(witnesses)
    chosen = names or list(table)
    limits = SandboxLimits(cpu_seconds=1, wall_seconds=5, memory_mb=256)
    warnings = _Count()
    logging.getLogger("hornbook.corpora.sandbox").addHandler(warnings)
    try:
        sources = [table[n][0] for n in chosen] + [AFTERWARDS]
        results = run_programs(sources, limits, workers=2, python_filter=False)
        filtered = run_programs([UPDATE_WRAPPER], limits, workers=1)[0]
    finally:
        logging.getLogger("hornbook.corpora.sandbox").removeHandler(warnings)
    out: dict[str, Any] = {
        n: {
            "status": r.status,
            "reason": r.reason,
            "detail": r.detail,
            "stdout": r.stdout,
            "expect": sorted(table[n][1]) if table[n][1] else None,
        }
        for n, r in zip(chosen, results, strict=False)
    }
    last = results[-1]
    out["_afterwards"] = {"status": last.status, "answer": last.answer, "reason": last.reason}
    out["_update_wrapper"] = {
        "status": filtered.status,
        "reason": filtered.reason,
        "detail": filtered.detail,
        "stdout": filtered.stdout,
    }
    out["_warnings"] = warnings.messages
    return out


def _import_hornbook(repo: Path) -> None:
    """Make `hornbook.corpora` importable from the checkout without an installed package
    (the throwaway uid runs a system interpreter that has no hornbook installed)."""
    import types

    if "hornbook" not in sys.modules:
        pkg = types.ModuleType("hornbook")
        pkg.__path__ = [str(repo)]  # hornbook.corpora -> <repo>/corpora
        sys.modules["hornbook"] = pkg


def main(argv: list[str]) -> int:
    cfg = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for path in cfg.get("sys_path", []):
        sys.path.append(path)
    _import_hornbook(Path(cfg["repo"]))
    print(json.dumps(run_all(cfg["witnesses"], cfg.get("names"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
