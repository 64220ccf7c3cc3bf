"""Derivatives by finite differences, the lecture's calculus aside: (f(x + h) − f(x)) / h for a small h.

The lecture's functions f(x) = 3, x, 2x and x + 3 are straight lines, so their difference quotient equals the
derivative for every h; x² (one curved function) shows the quotient 2x + h approaching 2x as h shrinks.
f(x, y) = x·y has partial derivatives ∂f/∂x = y and ∂f/∂y = x: each holds the other variable fixed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

LECTURE_H = 0.01


@dataclass(frozen=True)
class Function:
    """A function of one or two variables with its exact derivative(s), for the finite-difference view."""

    formula: str                          # as a learner reads it (maths: the same in every language)
    f: Callable[..., float]
    derivative: Callable[..., tuple[float, ...]]   # the exact partial derivatives at a point, one per variable
    variables: tuple[str, ...] = ("x",)


FUNCTIONS: dict[str, Function] = {
    "constant": Function("f(x) = 3", lambda x: 3.0, lambda x: (0.0,)),
    "identity": Function("f(x) = x", lambda x: x, lambda x: (1.0,)),
    "double": Function("f(x) = 2x", lambda x: 2.0 * x, lambda x: (2.0,)),
    "shift": Function("f(x) = x + 3", lambda x: x + 3.0, lambda x: (1.0,)),
    "square": Function("f(x) = x²", lambda x: x * x, lambda x: (2.0 * x,)),
    "product": Function("f(x, y) = x·y", lambda x, y: x * y, lambda x, y: (y, x), ("x", "y")),
}


def difference_quotient(f: Callable[[float], float], x: float, h: float = LECTURE_H) -> float:
    """(f(x + h) − f(x)) / h: the slope of the line through (x, f(x)) and (x + h, f(x + h))."""
    if h == 0:
        raise ValueError("h must not be 0: the quotient divides by h; take a small number such as 0.01.")
    return (f(x + h) - f(x)) / h


def partial_quotients(f: Callable[..., float], point, h: float = LECTURE_H) -> tuple[float, ...]:
    """The difference quotient along each variable in turn, the others held fixed (partial derivatives)."""
    point = tuple(float(v) for v in point)
    quotients = []
    for i in range(len(point)):
        def along(t, i=i):
            moved = list(point)
            moved[i] = t
            return f(*moved)
        quotients.append(difference_quotient(along, point[i], h))
    return tuple(quotients)


@dataclass(frozen=True)
class QuotientRow:
    h: float
    quotient: tuple[float, ...]      # one per variable
    exact: tuple[float, ...]
    error: float                     # the largest |quotient − exact|


def quotient_table(name: str, point, hs=(1.0, 0.1, 0.01, 0.001)) -> list[QuotientRow]:
    """For each h: the difference quotients of ``FUNCTIONS[name]`` at ``point`` beside the exact derivatives."""
    try:
        function = FUNCTIONS[name]
    except KeyError:
        raise ValueError(f"Unknown function {name!r}; choose one of {', '.join(FUNCTIONS)}.") from None
    point = (point,) if isinstance(point, (int, float)) else tuple(point)
    if len(point) != len(function.variables):
        raise ValueError(f"{function.formula} takes {len(function.variables)} value(s), got {len(point)}.")
    exact = tuple(float(d) for d in function.derivative(*point))
    rows = []
    for h in hs:
        q = partial_quotients(function.f, point, h)
        rows.append(QuotientRow(h, q, exact, max(abs(a - b) for a, b in zip(q, exact))))
    return rows
