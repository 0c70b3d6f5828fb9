"""The operating-system layers of the sandbox, each applied in the child before the program.

These run inside the jail (jail.py), on top of it: the jail is the boundary, and these
give each program its own limits and its own, stricter seccomp filter. Each function
applies its layer or says why it could not; child.harden decides which failures stop the
program from running (all of them, in the jail).

Order matters and is fixed by `child.harden`: own process group, then (as root, which only
happens with `isolation: none`) drop to `nobody` so RLIMIT_NPROC means something, then
parent-death signal (a uid change clears it), then rlimits, then no-new-privs and the
seccomp filter last (it forbids the syscalls the earlier steps needed).
"""

from __future__ import annotations

import ctypes
import math
import os
import resource
import signal

NOBODY = 65534
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_SET_CHILD_SUBREAPER = 36
SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)


def _errno_text() -> str:
    e = ctypes.get_errno()
    return f"{os.strerror(e)} (errno {e})"


def _prctl(option: int, arg: int = 0) -> bool:
    return _libc.prctl(option, ctypes.c_ulong(arg), 0, 0, 0) == 0


def set_parent_death_signal(sig: int = signal.SIGKILL) -> bool:
    """Die with the parent: a killed supervisor must not leave running programs behind."""
    return _prctl(PR_SET_PDEATHSIG, sig)


def become_subreaper() -> bool:
    """Orphans of our children get re-parented to us (not init), so we can reap them."""
    return _prctl(PR_SET_CHILD_SUBREAPER, 1)


def drop_privileges() -> tuple[bool, str]:
    """As root, become nobody: RLIMIT_NPROC is ignored for root, and nobody owns nothing."""
    if os.geteuid() != 0:
        return False, "not root: nothing to drop"
    try:
        os.setgroups([])
        os.setresgid(NOBODY, NOBODY, NOBODY)
        os.setresuid(NOBODY, NOBODY, NOBODY)
    except OSError as e:
        return False, f"could not drop to nobody: {e}"
    if os.geteuid() == 0 or os.getuid() == 0:
        return False, "still root after setresuid"
    return True, "running as nobody"


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_capabilities() -> bool:
    """Empty every capability set (matters inside a user namespace, where we hold them all)."""
    header = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (_CapData * 2)()
    return _libc.capset(ctypes.byref(header), ctypes.byref(data)) == 0


def apply_rlimits(cpu_seconds: float, memory_mb: int, max_fd: int) -> None:
    """CPU, address space, no file growth, no new descriptors, no core dumps, no forks.

    RLIMIT_CPU's soft limit sends SIGXCPU (default action: terminate); the hard limit,
    one second later, SIGKILLs a program that ignores it. RLIMIT_NOFILE = max_fd + 1
    leaves no free descriptor number, so open() and socket() fail with EMFILE before
    anything is created. Raises OSError if a limit cannot be set: a child that cannot be
    limited must not run.
    """
    cpu = max(1, math.ceil(cpu_seconds))
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (max_fd + 1, max_fd + 1))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))


# --- seccomp -------------------------------------------------------------------------------
# The filter itself is an allow-list compiled by libseccomp on the caller's side
# (syscalls.program_filter); the supervisor receives the BPF bytes and every child installs
# them with one prctl just before the program runs.


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class PreparedFilter:
    """A BPF program held in memory the children inherit, ready for prctl."""

    def __init__(self, bpf: bytes) -> None:
        if not bpf or len(bpf) % 8:
            raise ValueError("a BPF program is a non-empty multiple of 8 bytes")
        self.instructions = len(bpf) // 8
        self._buf = ctypes.create_string_buffer(bpf, len(bpf))
        self._prog = _SockFprog(self.instructions, ctypes.cast(self._buf, ctypes.c_void_p))

    def install(self) -> tuple[bool, str]:
        """no_new_privs + the filter. Irreversible for this process, by design."""
        if not _prctl(PR_SET_NO_NEW_PRIVS, 1):
            return False, f"no_new_privs refused: {_errno_text()}"
        rc = _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(self._prog), 0, 0)
        if rc != 0:
            return False, f"seccomp refused: {_errno_text()}"
        return True, f"allow-list of {self.instructions} BPF instructions"


def reset_signals() -> None:
    """Default dispositions: SIGXCPU/SIGXFSZ must kill, not be swallowed by a handler."""
    for sig in (
        signal.SIGXCPU,
        signal.SIGXFSZ,
        signal.SIGINT,
        signal.SIGTERM,
        signal.SIGCHLD,
        signal.SIGPIPE,
    ):
        signal.signal(sig, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
