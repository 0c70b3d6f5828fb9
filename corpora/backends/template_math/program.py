"""The program builder: writes a `solution()` line by line while tracking each value
exactly, and asks for a redraw when a value leaves the recipe's bounds."""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass, field
from fractions import Fraction

# --------------------------------------------------------------------------- program builder


class Redraw(Exception):
    """The numbers drawn break a bound (too big, negative, not whole): draw again."""


@dataclass(frozen=True)
class Var:
    name: str
    value: Fraction


@dataclass
class Program:
    """Writes a `solution()` line by line while tracking each value exactly."""

    cap: int
    lines: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    steps: int = 0

    def _name(self, wanted: str) -> str:
        base = re.sub(r"[^a-z0-9_]+", "_", wanted.lower()).strip("_") or "value"
        if base[0].isdigit() or keyword.iskeyword(base) or base in {"result", "solution"}:
            base = f"n_{base}"
        name, i = base, 2
        while name in self.used:
            name, i = f"{base}_{i}", i + 1
        self.used.add(name)
        return name

    def _check(self, value: Fraction) -> None:
        if value < 0 or value > self.cap or value.denominator != 1:
            raise Redraw

    def given(self, name: str, value: int) -> Var:
        self._check(Fraction(value))
        var = Var(self._name(name), Fraction(value))
        self.lines.append(f"{var.name} = {value}")
        return var

    def op(self, name: str, symbol: str, *operands: Var | int) -> Var:
        """`name = a <symbol> b <symbol> c`: len(operands) - 1 steps."""
        values = [o.value if isinstance(o, Var) else Fraction(o) for o in operands]
        value = values[0]
        for v in values[1:]:
            if symbol == "+":
                value += v
            elif symbol == "-":
                value -= v
            elif symbol == "*":
                value *= v
            elif symbol in ("//", "/"):
                if v == 0 or (symbol == "//" and value % v):
                    raise Redraw
                value /= v
            elif symbol == "%":
                value %= v
            else:
                raise ValueError(symbol)
        self._check(value)
        var = Var(self._name(name), value)
        text = f" {symbol} ".join(o.name if isinstance(o, Var) else str(o) for o in operands)
        self.lines.append(f"{var.name} = {text}")
        self.steps += len(operands) - 1
        return var

    def scale(self, name: str, base: Var, num: int, den: int) -> Var:
        """`name = base * num / den` (one step: take a fraction or a percentage of)."""
        value = base.value * num / den
        self._check(value)
        var = Var(self._name(name), value)
        self.lines.append(f"{var.name} = {base.name} * {num} / {den}")
        self.steps += 1
        return var

    def render(self, question: str, result: Var) -> str:
        if '"""' in question or "\\" in question:
            raise ValueError("question would break the docstring")
        doc = textwrap.fill(question, width=84, initial_indent="", subsequent_indent="    ")
        body = "\n".join(f"    {line}" for line in [*self.lines, f"result = {result.name}"])
        return f'def solution():\n    """{doc}"""\n{body}\n    return result\n'
