"""What a program may say, checked on its syntax tree before anything runs.

This is the first of several layers (see DESIGN.md, "Generated code is untrusted"). It
rejects the well-known escape routes by name so a rejected program gets a precise reason
without costing a process, but it is not trusted alone: the child also runs with an
allow-listed builtins dict, read-only module copies and OS limits, so a hole here is not a
hole in the sandbox.

The rules, and why:
- imports only from `allowed_imports`, absolute, exact names (no `os.path`-style reach);
- no identifier spelled `__x__` (the door to `__class__`, `__globals__`, `__builtins__`,
  `__import__`, `__subclasses__`), except reading `__name__` for the common main-guard;
- no attribute starting with `_`, and none of the frame/code/traceback attributes
  (`gi_frame`, `f_globals`, `tb_frame`, ...) that lead from a value back to a namespace;
- no names of the builtins that evaluate, introspect or reach the outside (`eval`, `open`,
  `getattr`, `globals`, ...);
- `.format(...)` only on a string literal whose fields have no `.attr`/`[key]` lookups,
  because `"{0.__class__}".format(x)` does attribute lookups the tree never shows;
- no `class`, `async`, or `match` class patterns with underscore attributes: TinyGSM
  solutions need none of them, and each is a way to run dunder methods implicitly.
"""

from __future__ import annotations

import ast
import string

from .limits import SandboxLimits

# Builtins handed to the program (child.py builds the dict from this list). Everything a
# grade-school solution uses, and nothing that evaluates code, opens files or introspects.
SAFE_BUILTINS: tuple[str, ...] = (
    "abs",
    "all",
    "any",
    "bin",
    "bool",
    "chr",
    "complex",
    "dict",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "hex",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "oct",
    "ord",
    "pow",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "slice",
    "sorted",
    "str",
    "sum",
    "tuple",
    "zip",
    # exceptions a solution may raise or catch (SystemExit and kin included: the runner
    # catches BaseException, and having them lets the tests prove it)
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "Exception",
    "GeneratorExit",
    "ImportError",
    "IndexError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "NameError",
    "NotImplementedError",
    "OverflowError",
    "RecursionError",
    "RuntimeError",
    "StopIteration",
    "SystemExit",
    "TypeError",
    "ValueError",
    "ZeroDivisionError",
)

# Names refused outright with `disallowed_name`. Most are simply absent from SAFE_BUILTINS
# (so they would fail with NameError anyway); naming them here gives the precise reason.
DENIED_NAMES: frozenset[str] = frozenset(
    {
        "eval",
        "exec",
        "compile",
        "open",
        "input",
        "breakpoint",
        "help",
        "exit",
        "quit",
        "getattr",
        "setattr",
        "delattr",
        "hasattr",
        "globals",
        "locals",
        "vars",
        "dir",
        "type",
        "object",
        "super",
        "memoryview",
        "classmethod",
        "staticmethod",
        "property",
        "id",
        "copyright",
        "credits",
        "license",
    }
)

# Non-underscore attributes that lead from an ordinary value to frames, code or namespaces.
DENIED_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "gi_frame",
        "gi_code",
        "gi_yieldfrom",
        "cr_frame",
        "cr_code",
        "cr_await",
        "ag_frame",
        "ag_code",
        "ag_await",
        "f_globals",
        "f_locals",
        "f_builtins",
        "f_back",
        "f_code",
        "tb_frame",
        "tb_next",
        "func_globals",
        "func_code",
        "mro",
        "format_map",
        "with_traceback",
    }
)

READABLE_DUNDERS: frozenset[str] = frozenset({"__name__"})


class PolicyViolation(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _is_dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__") and len(name) > 4


def _where(node: ast.AST) -> str:
    return f"line {getattr(node, 'lineno', '?')}"


def _format_fields(template: str, depth: int = 0) -> list[str]:
    """Every field name in a str.format template, including those nested in format specs."""
    if depth > 2:
        raise ValueError("format specs nest too deeply")
    out: list[str] = []
    for _, field, spec, _ in string.Formatter().parse(template):
        if field is not None:
            out.append(field)
        if spec:
            out.extend(_format_fields(spec, depth + 1))
    return out


class _Checker(ast.NodeVisitor):
    def __init__(self, allowed_imports: frozenset[str]) -> None:
        self.allowed_imports = allowed_imports

    # --- identifiers -------------------------------------------------------------------
    def _name(self, name: str | None, node: ast.AST, *, reading: bool = False) -> None:
        if name is None:
            return
        if _is_dunder(name) and not (reading and name in READABLE_DUNDERS):
            raise PolicyViolation("disallowed_name", f"{_where(node)}: name {name!r}")
        if name in DENIED_NAMES:
            raise PolicyViolation("disallowed_name", f"{_where(node)}: name {name!r}")

    def visit_Name(self, node: ast.Name) -> None:
        self._name(node.id, node, reading=isinstance(node.ctx, ast.Load))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._name(node.name, node)
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:
        self._name(node.arg, node)
        self.generic_visit(node)

    def visit_keyword(self, node: ast.keyword) -> None:
        self._name(node.arg, node)
        self.generic_visit(node)

    def visit_Global(self, node: ast.Global) -> None:
        for n in node.names:
            self._name(n, node)

    visit_Nonlocal = visit_Global  # type: ignore[assignment]

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self._name(node.name, node)
        self.generic_visit(node)

    # --- attributes --------------------------------------------------------------------
    def visit_Attribute(self, node: ast.Attribute) -> None:
        attr = node.attr
        if attr.startswith("_") or attr in DENIED_ATTRIBUTES:
            raise PolicyViolation("disallowed_attribute", f"{_where(node)}: attribute {attr!r}")
        if attr == "format":
            self._check_format_receiver(node)
        self.generic_visit(node)

    def _check_format_receiver(self, node: ast.Attribute) -> None:
        recv = node.value
        if not (isinstance(recv, ast.Constant) and isinstance(recv.value, str)):
            raise PolicyViolation(
                "disallowed_attribute",
                f"{_where(node)}: .format() is allowed only on a string literal",
            )
        try:
            fields = _format_fields(recv.value)
        except ValueError as e:
            raise PolicyViolation("syntax_error", f"{_where(node)}: bad format string: {e}") from e
        for f in fields:
            if "." in f or "[" in f:
                raise PolicyViolation(
                    "disallowed_attribute",
                    f"{_where(node)}: format field {f!r} looks up attributes or items",
                )

    # --- imports -----------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name not in self.allowed_imports:
                raise PolicyViolation("disallowed_import", f"{_where(node)}: import {alias.name}")
            self._name(alias.asname, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level or node.module not in self.allowed_imports:
            mod = "." * node.level + (node.module or "")
            raise PolicyViolation("disallowed_import", f"{_where(node)}: from {mod} import ...")
        for alias in node.names:
            if alias.name != "*" and alias.name.startswith("_"):
                raise PolicyViolation(
                    "disallowed_import", f"{_where(node)}: from {node.module} import {alias.name}"
                )
            self._name(alias.asname, node)

    # --- syntax with no place in a solution ----------------------------------------------
    def _refuse(self, node: ast.AST, what: str) -> None:
        raise PolicyViolation("disallowed_syntax", f"{_where(node)}: {what} is not allowed")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._refuse(node, "class definition")

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._refuse(node, "async def")

    def visit_Await(self, node: ast.Await) -> None:
        self._refuse(node, "await")

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self._refuse(node, "async for")

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        self._refuse(node, "async with")

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        for attr in node.kwd_attrs:
            if attr.startswith("_") or attr in DENIED_ATTRIBUTES:
                raise PolicyViolation(
                    "disallowed_attribute", f"{_where(node)}: class pattern attribute {attr!r}"
                )
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        self._name(node.name, node)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        self._name(node.name, node)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self._name(node.rest, node)
        self.generic_visit(node)


def parse_program(source: str, limits: SandboxLimits) -> ast.Module:
    """Parse and check; raise PolicyViolation with a reason. Used by the parent and the child."""
    if len(source.encode("utf-8", "surrogatepass")) > limits.max_source_bytes:
        raise PolicyViolation("source_too_large", f"source is over {limits.max_source_bytes} bytes")
    try:
        tree = ast.parse(source, filename="<solution>", mode="exec")
    except SyntaxError as e:
        raise PolicyViolation("syntax_error", f"line {e.lineno}: {e.msg}") from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        # null bytes, absurd nesting: the parser gives up, the program is still just bad
        raise PolicyViolation("syntax_error", f"{type(e).__name__}: {e}") from None
    try:
        _Checker(frozenset(limits.allowed_imports)).visit(tree)
    except RecursionError:
        raise PolicyViolation("syntax_error", "program nests too deeply to check") from None
    return tree


def check_program(source: str, limits: SandboxLimits = SandboxLimits()) -> str | None:  # noqa: B008
    """Static check: the reason the program is refused, or None if it may run."""
    return explain_program(source, limits)[0]


def explain_program(
    source: str,
    limits: SandboxLimits = SandboxLimits(),  # noqa: B008
) -> tuple[str | None, str]:
    """Like check_program, with the human-readable detail."""
    try:
        parse_program(source, limits)
    except PolicyViolation as v:
        return v.reason, v.detail
    return None, ""
