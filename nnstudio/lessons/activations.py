"""The activation explorer's data: f and f′ of each activation, where f′ nearly vanishes, and 0.25ᵏ.

The curves come from the engine's own activations (``forward`` for f, ``backward`` with dC/da = 1 for f′), so
the explorer shows exactly what the networks use. The sigmoid's slope σ(1 − σ) is at most 0.25 (at z = 0):
backpropagating through k sigmoid layers multiplies the gradient by at most 0.25ᵏ — the vanishing gradient.
"""
from __future__ import annotations

import numpy as np

from nnstudio.engine import activations as _activations
from nnstudio.i18n import QT_TRANSLATE_NOOP

EXPLORED = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
# engine name -> the name the lectures write (context "Lessons"): "Leaky ReLU", not the engine's "leaky_relu"
TITLES = {"sigmoid": QT_TRANSLATE_NOOP("Lessons", "sigmoid"), "tanh": QT_TRANSLATE_NOOP("Lessons", "tanh"),
          "relu": QT_TRANSLATE_NOOP("Lessons", "ReLU"), "leaky_relu": QT_TRANSLATE_NOOP("Lessons", "Leaky ReLU"),
          "linear": QT_TRANSLATE_NOOP("Lessons", "linear")}
SIGMOID_MAX_SLOPE = 0.25        # σ′(0) = σ(0)(1 − σ(0)) = 0.5 · 0.5
# |f′| below this counts as "near zero": learning through the unit stalls. Leaky ReLU's slope for z < 0 is the
# engine's alpha, exactly 0.01: not below it, so nothing of it is shaded (small, but never 0: no unit dies)
FLAT = 0.01


def curves(name: str, z) -> tuple[np.ndarray, np.ndarray]:
    """(f(z), f′(z)) for the activation ``name`` on the points ``z`` (float64 arrays of z's shape)."""
    if name not in EXPLORED:
        raise ValueError(f"The explorer shows {', '.join(EXPLORED)} (got {name!r}).")
    activation = _activations.get(name)
    z = np.asarray(z, dtype=np.float64)
    a = activation.forward(z.copy())
    slope = activation.backward(a, np.ones_like(a))
    return a, slope


def flat_regions(name: str, z, threshold: float = FLAT) -> list[tuple[float, float]]:
    """The intervals [lo, hi] of the sampled ``z`` (sorted ascending) where |f′(z)| < ``threshold``: where
    the view shades the curve. Sigmoid: |z| beyond about 4.6; ReLU: z ≤ 0; leaky ReLU and linear: none."""
    z = np.asarray(z, dtype=np.float64)
    _, slope = curves(name, z)
    flat = np.abs(slope) < threshold
    regions, start = [], None
    for i, is_flat in enumerate(flat):
        if is_flat and start is None:
            start = i
        if start is not None and (not is_flat or i == len(flat) - 1):
            end = i if is_flat else i - 1
            regions.append((float(z[start]), float(z[end])))
            start = None
    return regions


def steepest(name: str, z) -> tuple[float, float]:
    """(z, f′(z)) where the sampled slope is largest: for the sigmoid (0, 0.25)."""
    z = np.asarray(z, dtype=np.float64)
    _, slope = curves(name, z)
    i = int(np.argmax(slope))
    return float(z[i]), float(slope[i])


def steepest_span(name: str, z) -> tuple[float, float, float]:
    """(lo, hi, f′) where the sampled slope (``z`` sorted ascending) is largest: lo == hi where that is one point
    (the sigmoid's (0, 0, 0.25)); otherwise the slope is the same on the whole open interval lo < z < hi, bounded by
    the samples beside it with a smaller slope, or by ±inf where it runs to the end of the samples (ReLU:
    (0, inf, 1); linear: (−inf, inf, 1))."""
    z = np.asarray(z, dtype=np.float64)
    _, slope = curves(name, z)
    i = int(np.argmax(slope))
    top = np.isclose(slope, slope[i], rtol=1e-9, atol=0.0)
    first = last = i
    while first > 0 and top[first - 1]:
        first -= 1
    while last < len(z) - 1 and top[last + 1]:
        last += 1
    if first == last:
        return float(z[i]), float(z[i]), float(slope[i])
    lo = float(z[first - 1]) if first > 0 else -np.inf
    hi = float(z[last + 1]) if last < len(z) - 1 else np.inf
    return lo, hi, float(slope[i])


def depth_factor(layers: int, slope: float = SIGMOID_MAX_SLOPE) -> float:
    """slopeᵏ: the most a gradient keeps after ``layers`` sigmoid layers (0.25, 0.0625, 0.015625, ...)."""
    if layers < 0:
        raise ValueError(f"The number of layers must be 0 or more (got {layers}).")
    return slope ** layers
