"""The sandbox that runs untrusted generated Python programs (TinyGSM-style solutions).

    from hornbook.corpora.sandbox import SandboxLimits, run_programs
    results = run_programs(sources, SandboxLimits(cpu_seconds=1, wall_seconds=2))

Each program runs in its own process, forked from a pre-warmed supervisor, behind several
independent layers: an AST policy, allow-listed builtins and read-only module copies,
rlimits (CPU, address space, no file growth, no descriptors, no forks), a drop to
`nobody` when run as root, a seccomp deny-list, and an empty network namespace where the
machine allows one. `sandbox_layers()` says which of them hold here.

Modules: limits (the value types), policy (the AST check), answers (what counts as an
answer), oslayers (the OS hardening), child (runs in each child), zygote (the supervisor
process), pool (the caller's side), cli (`hornbook sandbox`).
"""

from typing import TYPE_CHECKING, Any

from .answers import answers_match
from .limits import DEFAULT_ALLOWED_IMPORTS, SandboxLimits, SandboxResult
from .policy import check_program, explain_program

if TYPE_CHECKING:
    from .pool import run_program, run_programs, sandbox_layer_details, sandbox_layers

_FROM_POOL = {"run_program", "run_programs", "sandbox_layer_details", "sandbox_layers"}


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
    "sandbox_layers",
]
