"""The operating-system layers of the sandbox, each applied in the child before the program.

Each function either applies its layer or says why it could not; none of them raises for
an unavailable layer, because CI machines differ (no user namespaces, not root, another
architecture) and the sandbox must still work with one layer less. Which layers took is
recorded and exposed through `sandbox_layers()`.

Order matters and is fixed by `harden_child`: own process group, then (as root) drop to
`nobody` so RLIMIT_NPROC means something, then parent-death signal (a uid change clears
it), then rlimits, then no-new-privs and the seccomp filter last (it forbids the syscalls
the earlier steps needed).
"""

from __future__ import annotations

import ctypes
import math
import os
import platform
import resource
import signal
import struct

NOBODY = 65534
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
PR_SET_CHILD_SUBREAPER = 36
SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)
_MACHINE = platform.machine()


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


def enter_network_namespace() -> tuple[bool, str]:
    """Move this process into a fresh network namespace: no interfaces, loopback down.

    Done once in the supervisor, so every child forked from it inherits the empty
    namespace at no per-program cost. As root, CLONE_NEWNET alone; otherwise a user
    namespace is needed to be allowed to make one.
    """
    flags = CLONE_NEWNET if os.geteuid() == 0 else CLONE_NEWUSER | CLONE_NEWNET
    if _libc.unshare(flags) == 0:
        return True, "fresh network namespace"
    return False, f"unshare refused: {_errno_text()}"


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
# A deny-list, not an allow-list: CPython's own syscalls vary by version and libc, and a
# missed one would break every program; the calls below are the ones an escaped program
# would need to reach the network, start programs, touch the filesystem's names or other
# processes. Denied calls fail with EPERM. x86_64 only (other architectures: layer off).
_AUDIT_ARCH_X86_64 = 0xC000003E
_X86_64_DENY = {
    # processes and programs
    "fork": 57,
    "vfork": 58,
    "clone": 56,
    "clone3": 435,
    "execve": 59,
    "execveat": 322,
    "kill": 62,
    "tkill": 200,
    "tgkill": 234,
    "ptrace": 101,
    "process_vm_readv": 310,
    "process_vm_writev": 311,
    "pidfd_open": 434,
    "pidfd_send_signal": 424,
    "pidfd_getfd": 438,
    # network
    "socket": 41,
    "connect": 42,
    "accept": 43,
    "bind": 49,
    "listen": 50,
    "socketpair": 53,
    "accept4": 288,
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
    # filesystem names and metadata (file contents are covered by RLIMIT_FSIZE/NOFILE)
    "creat": 85,
    "mkdir": 83,
    "mkdirat": 258,
    "rmdir": 84,
    "rename": 82,
    "renameat": 264,
    "renameat2": 316,
    "link": 86,
    "linkat": 265,
    "symlink": 88,
    "symlinkat": 266,
    "unlink": 87,
    "unlinkat": 263,
    "chmod": 90,
    "fchmod": 91,
    "fchmodat": 268,
    "chown": 92,
    "fchown": 93,
    "lchown": 94,
    "fchownat": 260,
    "truncate": 76,
    "ftruncate": 77,
    "mknod": 133,
    "mknodat": 259,
    "utimensat": 280,
    "setxattr": 188,
    "lsetxattr": 189,
    "fsetxattr": 190,
    # namespaces, mounts, kernel
    "unshare": 272,
    "setns": 308,
    "mount": 165,
    "umount2": 166,
    "pivot_root": 155,
    "chroot": 161,
    "bpf": 321,
    "perf_event_open": 298,
    "userfaultfd": 323,
    "keyctl": 250,
    "add_key": 248,
    "request_key": 249,
    "open_by_handle_at": 304,
    "init_module": 175,
    "finit_module": 313,
    "kexec_load": 246,
}


def _bpf(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _seccomp_program() -> bytes:
    ld_w_abs, jeq_k, jge_k, ret_k = 0x20, 0x15, 0x35, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | 1  # SECCOMP_RET_ALLOW, SECCOMP_RET_ERRNO|EPERM
    nrs = sorted(set(_X86_64_DENY.values()))
    n = len(nrs)
    # layout: [0] ld arch, [1] jeq x86_64, [2] ld nr, [3] jge x32, [4..4+n) jeq nr,
    #         [4+n] ret allow, [5+n] ret deny
    deny_at = 5 + n
    insns = [
        _bpf(ld_w_abs, 0, 0, 4),
        _bpf(jeq_k, 0, deny_at - 2, _AUDIT_ARCH_X86_64),
        _bpf(ld_w_abs, 0, 0, 0),
        _bpf(jge_k, deny_at - 4, 0, 0x40000000),
    ]
    for i, nr in enumerate(nrs):
        here = 4 + i
        insns.append(_bpf(jeq_k, deny_at - here - 1, 0, nr))
    insns.append(_bpf(ret_k, 0, 0, allow))
    insns.append(_bpf(ret_k, 0, 0, deny))
    return b"".join(insns)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


# Built once, in the supervisor, so installing it in each child is a single prctl call.
_SECCOMP_FILTER = _seccomp_program()
_SECCOMP_BUF = ctypes.create_string_buffer(_SECCOMP_FILTER, len(_SECCOMP_FILTER))
_SECCOMP_PROG = _SockFprog(len(_SECCOMP_FILTER) // 8, ctypes.cast(_SECCOMP_BUF, ctypes.c_void_p))


def install_seccomp() -> tuple[bool, str]:
    """no_new_privs + the deny-list filter. Irreversible for this process, by design."""
    if _MACHINE != "x86_64":
        return False, f"no syscall table for {_MACHINE}"
    if not _prctl(PR_SET_NO_NEW_PRIVS, 1):
        return False, f"no_new_privs refused: {_errno_text()}"
    rc = _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(_SECCOMP_PROG), 0, 0)
    if rc != 0:
        return False, f"seccomp refused: {_errno_text()}"
    return True, f"{len(_X86_64_DENY)} syscalls denied"


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
