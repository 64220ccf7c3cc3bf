"""Gradient descent as a ball rolling down a valley: v → v − η∇C(v), on a 1-D curve or a 2-D surface.

Each cost has its gradient beside it. ``step`` takes one step, ``run`` several (stopping when the ball has
flown off), and ``regime`` says what a learning rate η does on a cost: "good" (within a tenth of the starting
distance of the bottom after ``STEPS`` steps), "too_large" (no closer than at the start, or still far and
jumping across the bottom at every step), or "too_small" (still far, creeping down one side).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP

STEPS = 30                 # steps the learning-rate verdict looks at
CLOSE = 0.1                # "reached the bottom": within this share of the starting distance
FLOWN_OFF = 1e6            # |v| beyond this: the run has diverged and stops
WATCHED = 10               # steps the learner runs the ball before a "Try this" task on a learning rate counts


@dataclass(frozen=True)
class Cost:
    """A cost C(v) over 1 or 2 variables with its gradient; ``start`` is where the ball is put, ``minimum``
    where it should end, and ``rates`` the lesson's too small, good and too large η."""

    title: str
    fn: Callable[[np.ndarray], float]
    gradient: Callable[[np.ndarray], np.ndarray]
    start: tuple[float, ...]
    minimum: tuple[float, ...]
    rates: tuple[float, float, float]

    @property
    def dim(self) -> int:
        return len(self.start)


COSTS: dict[str, Cost] = {
    # C(v) = v²: C′(v) = 2v; each step multiplies v by (1 − 2η), so η > 1 diverges
    "parabola": Cost(QT_TRANSLATE_NOOP("Lessons", "Parabola C(v) = v²"),
                     lambda v: float(v[0] ** 2), lambda v: np.array([2.0 * v[0]]),
                     start=(4.0,), minimum=(0.0,), rates=(0.01, 0.3, 1.05)),
    # C(v) = ½(v₁² + 10 v₂²): a long narrow valley; the steep direction limits η to below 0.2
    "valley": Cost(QT_TRANSLATE_NOOP("Lessons", "Valley C(v) = ½(v₁² + 10·v₂²)"),
                   lambda v: float(0.5 * (v[0] ** 2 + 10.0 * v[1] ** 2)),
                   lambda v: np.array([v[0], 10.0 * v[1]]),
                   start=(-4.0, 1.5), minimum=(0.0, 0.0), rates=(0.01, 0.15, 0.21)),
}

VERDICTS = {
    "too_small": QT_TRANSLATE_NOOP("Lessons", "Too small: the ball creeps and is still far from the bottom."),
    "good": QT_TRANSLATE_NOOP("Lessons", "Good: the ball reaches the bottom in a few steps."),
    "too_large": QT_TRANSLATE_NOOP("Lessons", "Too large: the ball jumps across the valley and never settles."),
}


def cost(name: str) -> Cost:
    try:
        return COSTS[name]
    except KeyError:
        raise ValueError(f"Unknown cost {name!r}; choose one of {', '.join(COSTS)}.") from None


def step(c: Cost, v, eta: float) -> np.ndarray:
    """One step of gradient descent: v − η∇C(v)."""
    v = np.asarray(v, dtype=np.float64)
    return v - eta * c.gradient(v)


def run(c: Cost, eta: float, steps: int = STEPS, start=None) -> np.ndarray:
    """The positions (m + 1, dim) from ``start`` (the cost's own by default) over m <= ``steps`` steps; the run
    stops early once the ball has flown off (|v| > 1e6)."""
    if eta <= 0:
        raise ValueError(f"The learning rate η must be positive (got {eta}).")
    v = np.asarray(c.start if start is None else start, dtype=np.float64)
    path = [v]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = step(c, v, eta)
            path.append(v)
            if not np.all(np.isfinite(v)) or np.max(np.abs(v)) > FLOWN_OFF:
                break
    return np.array(path)


def reached_bottom(c: Cost, v, start=None) -> bool:
    """The ball at ``v`` is within ``CLOSE`` of the starting distance of the bottom."""
    bottom = np.asarray(c.minimum)
    first = np.linalg.norm(np.asarray(c.start if start is None else start, dtype=np.float64) - bottom)
    with np.errstate(over="ignore", invalid="ignore"):
        last = np.linalg.norm(np.asarray(v, dtype=np.float64) - bottom)
    return bool(np.isfinite(last) and last <= CLOSE * first)


def regime(c: Cost, eta: float, start=None) -> str:
    """"too_small", "good" or "too_large" for learning rate ``eta`` on cost ``c`` (see the module docstring)."""
    path = run(c, eta, STEPS, start)
    bottom = np.asarray(c.minimum)
    first = np.linalg.norm(path[0] - bottom)
    last = np.linalg.norm(path[-1] - bottom)
    if not np.isfinite(last) or last >= first:
        return "too_large"
    if last <= CLOSE * first:
        return "good"
    # still far: jumping across the bottom (the last step reversed the offset from it) or creeping toward it
    bouncing = np.dot(path[-1] - bottom, path[-2] - bottom) < 0
    return "too_large" if bouncing else "too_small"
