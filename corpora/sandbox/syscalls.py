"""The seccomp allow-lists, compiled to BPF by libseccomp (through the `pyseccomp` wheel).

Two filters, both allow-lists (anything not named fails with EPERM), stacked:

- JAIL: handed to bubblewrap (`--seccomp FD`), so it covers the supervisor and everything
  it forks from the first instruction of the interpreter on. It allows what CPython, the
  supervisor and bubblewrap's final `execve` of the interpreter need; no namespaces
  (`clone` only without namespace flags, no `unshare`/`setns`/`mount`), no sockets, no
  ptrace, no keyrings, no bpf, no filesystem changes.
- PROGRAM: installed by each forked child just before the untrusted program runs (see
  child.harden). It allows pure computation and writes to the descriptors the child
  already holds: no `open` of any kind, no sockets, no signals to anyone. Starting a
  process or a thread (`clone`, `clone3`, `fork`, `vfork`, `execve`, `execveat`) kills the
  child with SIGSYS, which the supervisor reports as the `processes` limit.

Names, not numbers: libseccomp resolves them for the architecture it runs on, so the same
lists serve x86_64, aarch64 and the others libseccomp knows; a name an architecture lacks
(`open` on aarch64) is skipped. The filter also rejects foreign ABIs (i386 or x32 system
calls on x86_64) with libseccomp's default bad-architecture action (kill).

This module runs only on the caller's side: the supervisor inside the jail receives the
PROGRAM filter as bytes and installs it with one prctl per child (oslayers.install_bpf).
"""

from __future__ import annotations

import errno
import functools
import os
from typing import Any

# Namespace flags `clone` may not carry (CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|
# NEWNET|NEWTIME): a nested user namespace would hand the program every capability in it.
_CLONE_NS_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
_CLONE_NS_FLAGS |= 0x20000000 | 0x40000000 | 0x00000080

# ioctl requests that only ask about a descriptor (isatty, sizes, close-on-exec, blocking).
_SAFE_IOCTLS = (0x5401, 0x5413, 0x541B, 0x5421, 0x5450, 0x5451)  # TCGETS TIOCGWINSZ ...

# What any CPython process needs to compute, allocate, print and exit.
_COMMON = (
    "read",
    "readv",
    "write",
    "writev",
    "close",
    "fstat",
    "newfstatat",
    "lseek",
    "fcntl",
    "mmap",
    "munmap",
    "mprotect",
    "mremap",
    "madvise",
    "brk",
    "rt_sigaction",
    "rt_sigprocmask",
    "rt_sigreturn",
    "sigaltstack",
    "getpid",
    "getppid",
    "gettid",
    "getuid",
    "geteuid",
    "getgid",
    "getegid",
    "getrusage",
    "times",
    "clock_gettime",
    "clock_getres",
    "clock_nanosleep",
    "nanosleep",
    "gettimeofday",
    "time",
    "futex",
    "getrandom",
    "sched_yield",
    "exit",
    "exit_group",
    "restart_syscall",
)

# What the supervisor (and the interpreter starting up, and bwrap's final exec) needs on top.
_JAIL_ONLY = (
    "execve",  # bubblewrap installs the filter and then execs the interpreter
    "open",
    "openat",
    "stat",
    "lstat",
    "statx",
    "fstatfs",
    "statfs",
    "readlink",
    "readlinkat",
    "access",
    "faccessat",
    "faccessat2",
    "getdents64",
    "getcwd",
    "pread64",
    "fadvise64",
    "dup",
    "dup2",
    "dup3",
    "pipe",
    "pipe2",
    "close_range",
    "epoll_create1",
    "epoll_ctl",
    "epoll_wait",
    "epoll_pwait",
    "poll",
    "ppoll",
    "select",
    "pselect6",
    "wait4",
    "waitid",
    "kill",  # only processes of the jail's own PID namespace are visible to kill
    "tgkill",
    "setpgid",
    "getpgid",
    "getpgrp",
    "setsid",
    "getresuid",
    "getresgid",
    "getgroups",
    "prctl",
    "seccomp",
    "capget",
    "capset",
    "getrlimit",
    "setrlimit",
    "prlimit64",
    "sched_getaffinity",
    "sysinfo",
    "uname",
    "set_robust_list",
    "get_robust_list",
    "set_tid_address",
    "rseq",
    "arch_prctl",
    "membarrier",
    "umask",
)

# Starting anything: fatal in a program (SIGSYS -> the `processes` limit).
_PROCESS_CREATION = ("clone", "clone3", "fork", "vfork", "execve", "execveat")


class SeccompUnavailable(Exception):
    """libseccomp (or its Python binding) is missing: the message says how to get it."""


def _seccomp() -> Any:
    try:
        import pyseccomp
    except ImportError as e:
        raise SeccompUnavailable(
            f"the pyseccomp package is not importable ({e}); install it with "
            "`pip install pyseccomp` (it is a hornbook dependency)"
        ) from None
    try:
        pyseccomp.get_api()
    except (OSError, AttributeError, RuntimeError) as e:
        raise SeccompUnavailable(
            f"libseccomp cannot be loaded ({e}); install it with `apt-get install libseccomp2`"
        ) from None
    return pyseccomp


def _add(sc: Any, flt: Any, action: Any, name: str, *args: Any) -> None:
    try:
        if sc.resolve_syscall(sc.Arch.NATIVE, name) < 0:
            return  # no such call on this architecture (`open` on aarch64)
    except (ValueError, OSError):
        return
    flt.add_rule(action, name, *args)


def _export(flt: Any) -> bytes:
    fd = os.memfd_create("seccomp-bpf", os.MFD_CLOEXEC)
    with os.fdopen(fd, "w+b") as f:
        flt.export_bpf(f)
        f.flush()
        f.seek(0)
        return f.read()


@functools.cache
def jail_filter() -> bytes:
    """The BPF program bubblewrap installs on the whole jail."""
    sc = _seccomp()
    flt = sc.SyscallFilter(sc.ERRNO(errno.EPERM))
    for name in _COMMON + _JAIL_ONLY:
        if name != "ioctl":
            _add(sc, flt, sc.ALLOW, name)
    for req in _SAFE_IOCTLS:
        _add(sc, flt, sc.ALLOW, "ioctl", sc.Arg(1, sc.EQ, req))
    # fork-style clone only; clone3 passes its flags in memory seccomp cannot read, so it
    # is refused with ENOSYS and glibc falls back to clone
    _add(sc, flt, sc.ALLOW, "clone", sc.Arg(0, sc.MASKED_EQ, _CLONE_NS_FLAGS, 0))
    _add(sc, flt, sc.ERRNO(errno.ENOSYS), "clone3")
    return _export(flt)


@functools.cache
def program_filter() -> bytes:
    """The BPF program each child installs right before the untrusted program runs."""
    sc = _seccomp()
    flt = sc.SyscallFilter(sc.ERRNO(errno.EPERM))
    for name in _COMMON:
        _add(sc, flt, sc.ALLOW, name)
    _add(sc, flt, sc.ALLOW, "ioctl", sc.Arg(1, sc.EQ, 0x5401))  # TCGETS: isatty()
    # reading a limit is fine; setting one (even lowering) is not needed by a program
    _add(sc, flt, sc.ALLOW, "prlimit64", sc.Arg(2, sc.EQ, 0))
    _add(sc, flt, sc.ALLOW, "getrlimit")
    for name in _PROCESS_CREATION:
        _add(sc, flt, sc.KILL_PROCESS, name)
    return _export(flt)


def allowed_syscalls() -> dict[str, int]:
    """How many names each allow-list holds (for `hornbook sandbox --check`)."""
    return {"jail": len(_COMMON) + len(_JAIL_ONLY) + 2, "program": len(_COMMON) + 3}
