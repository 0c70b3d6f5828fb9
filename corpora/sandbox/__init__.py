"""The sandbox that runs untrusted generated Python programs (TinyGSM-style solutions).

    from hornbook.corpora.sandbox import SandboxLimits, run_programs
    results = run_programs(sources, SandboxLimits(cpu_seconds=1, wall_seconds=2))

Each program runs in its own process, forked from a pre-warmed supervisor that lives inside
a bubblewrap jail (user, mount, PID, IPC, UTS and network namespaces, uid 65534, no
capabilities, a read-only world, an empty environment, a seccomp allow-list); each child
adds its own stricter seccomp allow-list and rlimits. The Python-level checks (an AST
policy, allow-listed builtins, module copies) are only a first filter with precise reasons.
If the jail cannot be set up the sandbox refuses (SandboxUnavailable, a UserError); only
`SandboxLimits(isolation="none")` runs without it, unsafely. `sandbox_layer_report()` (and
`hornbook sandbox --check`) says which layers hold here.

Modules: limits (the value types), policy (the AST check), answers (what counts as an
answer), jail (bubblewrap: the command line, fail-closed checks, the layer report),
syscalls (the seccomp allow-lists, compiled by libseccomp), oslayers (per-child hardening),
child (runs in each child), zygote (the supervisor process), pool (the caller's side), cli
(`hornbook sandbox`).
"""

from typing import TYPE_CHECKING, Any

from .answers import answers_match
from .limits import DEFAULT_ALLOWED_IMPORTS, SandboxLimits, SandboxResult
from .policy import check_program, explain_program

if TYPE_CHECKING:
    from .pool import (
        run_program,
        run_programs,
        sandbox_layer_details,
        sandbox_layer_report,
        sandbox_layers,
    )

_FROM_POOL = {
    "run_program",
    "run_programs",
    "sandbox_layer_details",
    "sandbox_layer_report",
    "sandbox_layers",
}


def __getattr__(name: str) -> Any:
    # pool (subprocess, tempfile, logging) is imported on first use, not here: the
    # supervisor process imports this package too, and its start-up is paid per batch
    if name in _FROM_POOL:
        from . import pool

        return getattr(pool, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_ALLOWED_IMPORTS",
    "SandboxLimits",
    "SandboxResult",
    "answers_match",
    "check_program",
    "explain_program",
    "run_program",
    "run_programs",
    "sandbox_layer_details",
    "sandbox_layer_report",
    "sandbox_layers",
]
