"""What counts as an answer, on both sides of the pipe.

A program's return value becomes a JSON number in the child (`normalise_answer`), and the
supervisor re-checks the decoded JSON (`validate_wire_answer`) because the child is hostile
and may have written anything. Decisions, so every caller agrees:
- int stays int, float stays float (must be finite); `bool` is not an answer (`True` is
  almost always a bug in a math solution, not "1");
- Fraction: an int when its denominator is 1, else its float; Decimal: an int when
  integral, else its float;
- ints must fit in int64 (`answer_too_large` otherwise): answers land in Parquet columns,
  and a 10**10**6 return value is an attack, not a grade-school answer.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

INT_LIMIT = 2**63  # answers must satisfy -INT_LIMIT < a < INT_LIMIT


class AnswerError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _int_answer(v: int) -> int:
    if not -INT_LIMIT < v < INT_LIMIT:
        raise AnswerError("answer_too_large", "integer answer does not fit in 64 bits")
    return v


def _float_answer(v: float) -> float:
    if not math.isfinite(v):
        raise AnswerError("non_finite_result", f"answer is {v!r}")
    return v


def normalise_answer(value: object) -> int | float:
    """Turn a program's return value into a JSON-able number or raise AnswerError.

    Runs in the child, on an object the program made; it only calls methods of the real
    numeric types (`int.__int__`, not `value.__int__`), so it cannot be steered.
    """
    if isinstance(value, bool):
        raise AnswerError("non_numeric_result", "answer is a bool, not a number")
    if isinstance(value, int):
        return _int_answer(int.__int__(value))
    if isinstance(value, float):
        return _float_answer(float.__float__(value))
    if isinstance(value, Fraction):
        num, den = int.__int__(value.numerator), int.__int__(value.denominator)
        if den == 1:
            return _int_answer(num)
        try:
            return _float_answer(num / den)
        except OverflowError:
            raise AnswerError("answer_too_large", "fraction does not fit in a float") from None
    if isinstance(value, Decimal):
        if not Decimal.is_finite(value):
            raise AnswerError("non_finite_result", f"answer is Decimal({str(value)!r})")
        if Decimal.adjusted(value) >= 19:
            raise AnswerError("answer_too_large", "decimal answer does not fit in 64 bits")
        if value == Decimal.to_integral_value(value):
            return _int_answer(int(Decimal.to_integral_value(value)))
        return _float_answer(float(Decimal.__str__(value)))
    return _raise_non_numeric(value)


def _raise_non_numeric(value: object) -> int:
    name = type(value).__name__
    raise AnswerError("non_numeric_result", f"answer is a {name}, not a number")


def validate_wire_answer(value: object) -> int | float:
    """Check an answer decoded from the child's JSON (bool/str/None/NaN all refused)."""
    if type(value) is int:
        return _int_answer(value)
    if type(value) is float:
        return _float_answer(value)
    raise AnswerError("malformed_result", f"answer on the wire is a {type(value).__name__}")


def answers_match(a: float | int | None, b: float | int | None, rel_tol: float = 1e-6) -> bool:
    """Whether two answers agree: ints exactly, anything with a float within `rel_tol`.

    A tiny absolute tolerance (1e-9) lets 0.1 + 0.2 - 0.3 match 0. None, bools, NaN and
    infinities match nothing, not even themselves: they are not answers.
    """
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    if isinstance(a, int) and isinstance(b, int):
        return a == b
    try:
        fa, fb = float(a), float(b)
    except OverflowError:
        # an int too big for a float against a float: equal only if the float is that int
        return False
    if not (math.isfinite(fa) and math.isfinite(fb)):
        return False
    return math.isclose(fa, fb, rel_tol=rel_tol, abs_tol=1e-9)
