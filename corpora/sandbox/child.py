"""The code that runs inside each forked child: harden, run the program, report as JSON.

Everything here executes in a process that is about to run hostile code, so it is written
to fail closed: any step that cannot be done ends the child before the program runs, and
the only way out is `os._exit` (no atexit handlers, no finalisers, no buffered writes of
the supervisor's leaking out).

Descriptors in the child: 0 = /dev/null, 1 and 2 = the output pipe, 3 = the result pipe.
The result is one JSON object, written once at the end; the supervisor parses it as
untrusted input.
"""

from __future__ import annotations

import builtins
import contextlib
import functools
import io
import json
import os
import resource
import socket
import sys
import types
from collections.abc import Callable
from typing import Any

from . import oslayers
from .answers import AnswerError, normalise_answer
from .limits import SandboxLimits
from .policy import SAFE_BUILTINS, PolicyViolation, parse_program

RESULT_FD = 3
EXIT_OK = 0
EXIT_SETUP_FAILED = 70  # a layer that must hold could not be applied: nothing ran
EXIT_NO_MEMORY = 71  # ran out of memory even for writing the result
MAX_DETAIL = 500

# Imported here, in the supervisor, before any fork: the program's `import` only hands out
# read-only copies of these, never triggers a file-system import (which the child could
# not do anyway: no free descriptors).
_IMPORTABLE: dict[str, types.ModuleType] = {}
for _name in ("math", "fractions", "decimal", "datetime", "statistics", "itertools", "functools"):
    _IMPORTABLE[_name] = __import__(_name)
import _strptime  # noqa: E402,F401  (datetime.strptime imports it lazily)


def _only_defaults(what: str, names: Any, defaults: tuple[str, ...]) -> tuple[str, ...]:
    got = tuple(names)
    if not all(type(n) is str and n in defaults for n in got):
        raise ValueError(f"functools.{what}: only {defaults} may be copied in the sandbox")
    return got


def _safe_update_wrapper(
    wrapper: Any,
    wrapped: Any,
    assigned: Any = functools.WRAPPER_ASSIGNMENTS,
    updated: Any = functools.WRAPPER_UPDATES,
) -> Any:
    """functools.update_wrapper limited to its default attribute names.

    The real one looks attributes up by the strings it is given, past the AST check:
    `updated=("__globals__",)` merges a real module's globals (holding `sys`) into the
    program's own.
    """
    return functools.update_wrapper(
        wrapper,
        wrapped,
        _only_defaults("update_wrapper", assigned, functools.WRAPPER_ASSIGNMENTS),
        _only_defaults("update_wrapper", updated, functools.WRAPPER_UPDATES),
    )


def _safe_wraps(
    wrapped: Any,
    assigned: Any = functools.WRAPPER_ASSIGNMENTS,
    updated: Any = functools.WRAPPER_UPDATES,
) -> Any:
    return functools.partial(
        _safe_update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated
    )


# Public names whose real versions reach past the copies; the copy holds these instead.
_REPLACEMENTS: dict[str, dict[str, Any]] = {
    "functools": {"update_wrapper": _safe_update_wrapper, "wraps": _safe_wraps},
}


def _public_copy(module: types.ModuleType) -> types.ModuleType:
    """A fresh module holding only the public, non-module names of `module`.

    `fractions.sys`, `statistics.random` and the like are real attributes of the real
    modules; the copy does not have them, so the program cannot walk to `sys.modules`.
    Functions that look attributes up by string (functools.update_wrapper) are replaced by
    versions limited to the harmless defaults (_REPLACEMENTS).
    """
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    copy = types.ModuleType(module.__name__)
    for n in names:
        value = getattr(module, n, None)
        if value is None or isinstance(value, types.ModuleType) or n.startswith("_"):
            continue
        setattr(copy, n, value)
    for n, value in _REPLACEMENTS.get(module.__name__, {}).items():
        if hasattr(copy, n):
            setattr(copy, n, value)
    return copy


def _make_importer(allowed: frozenset[str]) -> Callable[..., types.ModuleType]:
    cache: dict[str, types.ModuleType] = {}

    def guarded_import(
        name: str,
        globals: Any = None,  # the signature __import__ is called with
        locals: Any = None,
        fromlist: Any = (),
        level: int = 0,
    ) -> types.ModuleType:
        if level != 0 or name not in allowed or name not in _IMPORTABLE:
            raise ImportError(f"import of {name!r} is not allowed in the sandbox")
        if name not in cache:
            cache[name] = _public_copy(_IMPORTABLE[name])
        return cache[name]

    return guarded_import


def make_namespace(limits: SandboxLimits) -> dict[str, Any]:
    """The globals the program runs in: allow-listed builtins and a guarded importer."""
    safe = {name: getattr(builtins, name) for name in SAFE_BUILTINS}
    safe["__import__"] = _make_importer(frozenset(limits.allowed_imports))
    return {"__builtins__": safe, "__name__": "__sandbox__"}


def _text(e: BaseException) -> str:
    try:
        msg = str(e)
    except Exception:  # e.g. str() of a 10**5000 argument
        msg = "<unprintable message>"
    return msg[:MAX_DETAIL]


def _exception_reason(e: BaseException) -> dict[str, Any]:
    if isinstance(e, MemoryError):
        return {"status": "error", "reason": "memory", "detail": "MemoryError"}
    name = type(e).__name__
    return {"status": "error", "reason": f"exception:{name}", "detail": f"{name}: {_text(e)}"}


def run_source(source: str, limits: SandboxLimits, entry: str) -> dict[str, Any]:
    """Check, compile, execute and call `entry()`; the outcome as a JSON-able dict."""
    try:
        tree = parse_program(source, limits)
    except PolicyViolation as v:
        return {"status": "error", "reason": v.reason, "detail": v.detail}
    try:
        code = compile(tree, "<solution>", "exec")
        namespace = make_namespace(limits)
        exec(code, namespace)
        fn = namespace.get(entry)
        if not isinstance(fn, types.FunctionType):
            return {
                "status": "error",
                "reason": "no_solution_function",
                "detail": f"the program defines no function {entry}()",
            }
        value = fn()
        return {"status": "ok", "answer": normalise_answer(value)}
    except AnswerError as a:
        return {"status": "error", "reason": a.reason, "detail": a.detail}
    except BaseException as e:  # SystemExit, KeyboardInterrupt...: all are data
        return _exception_reason(e)


def run_unrestricted(source: str, entry: str) -> dict[str, Any]:
    """Full Python, real builtins and imports: only the jail and the per-child OS layers
    stand between the program and the host (the hostile suite's mode, see pool.py)."""
    try:
        namespace: dict[str, Any] = {"__name__": "__sandbox__"}
        exec(compile(source, "<solution>", "exec"), namespace)
        fn = namespace.get(entry)
        if not callable(fn):
            return {
                "status": "error",
                "reason": "no_solution_function",
                "detail": f"the program defines no function {entry}()",
            }
        return {"status": "ok", "answer": normalise_answer(fn())}
    except AnswerError as a:
        return {"status": "error", "reason": a.reason, "detail": a.detail}
    except BaseException as e:
        return _exception_reason(e)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class SetupFailed(Exception):
    """A layer that must hold could not be applied; the program must not run."""


def harden(
    limits: SandboxLimits, supervisor_pid: int, program_filter: oslayers.PreparedFilter | None
) -> dict[str, Any]:
    """Apply the per-process layers, in the order they need (see oslayers).

    Called with descriptors already arranged (0-3 only). Raises SetupFailed when a layer
    that must hold did not take: leaving root, rlimits, and the seccomp allow-list (which
    only `isolation: none` on a machine without libseccomp may lack).
    """
    layers: dict[str, Any] = {}
    if os.geteuid() == 0 or os.getuid() == 0:
        layers["privilege_drop"] = oslayers.drop_privileges()
        if os.geteuid() == 0 or os.getuid() == 0:
            # root with no way down: RLIMIT_NPROC would not bind and root owns everything
            raise SetupFailed("could not leave root")
    oslayers.set_parent_death_signal()  # after any uid change, which clears it
    if os.getppid() != supervisor_pid:
        raise SetupFailed("the supervisor is gone")
    layers["capabilities_dropped"] = oslayers.drop_capabilities()
    oslayers.apply_rlimits(limits.cpu_seconds, limits.memory_mb, max_fd=RESULT_FD)
    layers["rlimits"] = True
    if program_filter is not None:
        ok, detail = program_filter.install()
        if not ok:
            raise SetupFailed(detail)
        layers["seccomp"] = (True, detail)
    elif limits.isolation == "jail":
        raise SetupFailed("no seccomp filter for the program")
    else:
        layers["seccomp"] = (False, "isolation: none and no libseccomp")
    return layers


def probe_after_harden() -> dict[str, Any]:
    """What a hardened child can still do: each must be refused (seen by --check)."""
    seen: dict[str, Any] = {}
    for name, attempt in (
        ("open", lambda: os.open("/proc/self/status", os.O_RDONLY)),
        ("socket", lambda: socket.socket(socket.AF_UNIX)),
        ("kill", lambda: os.kill(os.getppid(), 0)),
        ("raise_rlimit", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))),
    ):
        try:
            attempt()
            seen[name] = "allowed"
        except (OSError, ValueError) as e:
            seen[name] = f"refused: {type(e).__name__}: {e}"
    return seen


def child_main(
    source: str,
    limits: SandboxLimits,
    entry: str,
    *,
    out_fd: int,
    result_fd: int,
    devnull_fd: int,
    supervisor_pid: int,
    program_filter: oslayers.PreparedFilter | None,
    probe: bool = False,
    python_filter: bool = True,
) -> None:
    """Entry point right after fork(). Never returns."""
    code = EXIT_OK
    try:
        os.setpgid(0, 0)
        oslayers.reset_signals()
        os.dup2(devnull_fd, 0)
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.dup2(result_fd, RESULT_FD)
        os.closerange(RESULT_FD + 1, os.sysconf("SC_OPEN_MAX"))
        sys.stdout = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace"
        )
        sys.stderr = sys.stdout
        sys.stdin = None  # type: ignore[assignment]

        layers = harden(limits, supervisor_pid, program_filter)
        if probe:
            outcome: dict[str, Any] = {
                "status": "probe",
                "layers": layers,
                "refused": probe_after_harden(),
            }
        elif python_filter:
            outcome = run_source(source, limits, entry)
        else:
            outcome = run_unrestricted(source, entry)
        with contextlib.suppress(BaseException):  # a closed or full pipe changes nothing now
            sys.stdout.flush()
        if "detail" in outcome:
            outcome["detail"] = str(outcome["detail"])[:MAX_DETAIL]
        _write_all(RESULT_FD, json.dumps(outcome, allow_nan=False).encode() + b"\n")
    except MemoryError:
        code = EXIT_NO_MEMORY
    except BaseException:
        code = EXIT_SETUP_FAILED
    finally:
        os._exit(code)
