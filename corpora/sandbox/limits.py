"""The two value types every caller of the sandbox sees: the limits in, the result out.

They live in their own module (no imports beyond the standard library) because the
supervisor process that forks the sandboxed children imports them too, and that process
must stay small: everything it imports is inherited by, and counted against, every child.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

# Kept deliberately small: every module here is pure computation, and each is handed to the
# program as a read-only copy of its public names (see child.py), so `fractions.sys` and the
# like are not reachable even though the real modules import them.
DEFAULT_ALLOWED_IMPORTS: tuple[str, ...] = (
    "math",
    "fractions",
    "decimal",
    "datetime",
    "statistics",
    "itertools",
    "functools",
)

# An allow-list may narrow the default but not widen it: a module outside this set has not
# been vetted for what its public names reach (`operator.attrgetter`, for one, looks
# attributes up by string and would walk straight past the AST's attribute check).
SUPPORTED_IMPORTS: frozenset[str] = frozenset(DEFAULT_ALLOWED_IMPORTS)

# "jail": the supervisor runs inside bubblewrap (jail.py); it refuses to run if the jail
# cannot be set up. "none": no jail, only the per-child layers: UNSAFE, for a spec that
# opts out explicitly (`sandbox: {isolation: none}`) on a machine without user namespaces.
ISOLATION_LEVELS: tuple[str, ...] = ("jail", "none")


@dataclass(frozen=True)
class SandboxLimits:
    """What one program may use. Times in seconds, memory is the address-space cap."""

    cpu_seconds: float = 2.0
    wall_seconds: float = 5.0
    memory_mb: int = 256
    output_bytes: int = 65536
    allowed_imports: tuple[str, ...] = DEFAULT_ALLOWED_IMPORTS
    max_source_bytes: int = 100_000
    isolation: str = "jail"

    def __post_init__(self) -> None:
        if not self.cpu_seconds > 0 or not self.wall_seconds > 0:
            raise ValueError("cpu_seconds and wall_seconds must be positive")
        if self.memory_mb < 32:
            raise ValueError("memory_mb must be at least 32 (the interpreter itself needs ~20)")
        if self.output_bytes < 0 or self.max_source_bytes <= 0:
            raise ValueError("output_bytes must be >= 0 and max_source_bytes > 0")
        if self.isolation not in ISOLATION_LEVELS:
            raise ValueError(
                f"isolation must be one of {', '.join(ISOLATION_LEVELS)}, got {self.isolation!r}"
            )
        unknown = sorted(set(self.allowed_imports) - SUPPORTED_IMPORTS)
        if unknown:
            raise ValueError(
                f"allowed_imports names modules the sandbox cannot vet: {', '.join(unknown)} "
                f"(supported: {', '.join(sorted(SUPPORTED_IMPORTS))})"
            )

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["allowed_imports"] = list(self.allowed_imports)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SandboxLimits:
        return cls(**{**d, "allowed_imports": tuple(d["allowed_imports"])})


@dataclass(frozen=True)
class SandboxResult:
    """The outcome of one program: an answer, or a machine-readable reason and a detail.

    `reason` is one of: syntax_error, source_too_large, disallowed_import, disallowed_name,
    disallowed_attribute, disallowed_syntax, no_solution_function, timeout, cpu_time, memory,
    output_limit, file_size, processes, non_numeric_result, non_finite_result, answer_too_large, malformed_result,
    exception:<TypeName>, killed:<SIGNAME>, sandbox_error.
    """

    status: Literal["ok", "error"]
    answer: int | float | None
    reason: str | None
    detail: str = ""
    stdout: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def reason_family(self) -> str | None:
        """`exception:ZeroDivisionError` -> `exception`; plain reasons are their own family."""
        return None if self.reason is None else self.reason.split(":", 1)[0]
