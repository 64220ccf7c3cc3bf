"""Per-layer statistics of the last training step, computed lazily from buffers the step left behind.

``Sequential.layer_stats()`` builds one :class:`LayerStats` per Dense layer from the activations, gradients
and optimizer updates of the last step. Nothing here runs in the training loop: a view that never asks pays
nothing, and asking never costs a second forward or backward pass.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.activations import ACTIVATIONS

# An output counts as saturated when it is within this distance of its activation's limits (sigmoid: 0 and 1,
# tanh: -1 and 1), where the derivative is nearly zero and learning stalls.
SATURATION_MARGIN = 0.02

_RELU_FAMILY = ("relu", "leaky_relu")


@dataclass(frozen=True)
class LayerStats:
    """Statistics of one Dense layer for the last training step (plain Python floats)."""

    index: int                   # position among the Dense layers, 0-based
    units: int
    activation: str
    weight_grad_norm: float      # ||dL/dW||_2 (Frobenius)
    weight_grad_mean_abs: float  # mean |dL/dW|
    bias_grad_norm: float        # ||dL/db||_2
    bias_grad_mean_abs: float
    weight_norm: float           # ||W||_2 after the step
    update_ratio: float          # ||W_old - W_new|| / ||W_new||; NaN if the optimizer reports no updates
    activation_mean: float       # mean of the layer's outputs over the batch
    activation_std: float
    saturation: float            # fraction of outputs within 0.02 of the limits (sigmoid/tanh), else 0
    dead_fraction: float         # ReLU family: fraction of units that output 0 for every sample, else 0


def _norm(a: np.ndarray) -> float:
    # vdot on the flat view: no temporary array, accumulates in the array's dtype's BLAS routine
    flat = a.reshape(-1)
    return math.sqrt(float(np.dot(flat, flat)))


def saturation_fraction(activation: str, a: np.ndarray) -> float:
    """Fraction of entries of ``a`` within SATURATION_MARGIN of the activation's limits (0 if it has none)."""
    cls = ACTIVATIONS.get(activation)
    limits = cls.limits if cls is not None else None
    if limits is None or a.size == 0:
        return 0.0
    lo, hi = limits
    saturated = np.count_nonzero(a <= lo + SATURATION_MARGIN) + np.count_nonzero(a >= hi - SATURATION_MARGIN)
    return saturated / a.size


def dead_fraction(activation: str, a: np.ndarray) -> float:
    """ReLU family: fraction of units whose output is 0 for every sample in the batch ``a`` (n, units).

    Such a unit passes no gradient to its weights, so it stays dead. A leaky ReLU's output is 0 only at z = 0,
    so its units practically never count: a leaky ReLU has no dead units."""
    if activation not in _RELU_FAMILY or a.size == 0:
        return 0.0
    alive = np.any(a != 0, axis=0)
    return 1.0 - float(np.count_nonzero(alive)) / alive.size


def layer_stats(index: int, activation: str, W: np.ndarray, dW: np.ndarray, db: np.ndarray,
                a: np.ndarray | None, update_W: np.ndarray | None) -> LayerStats:
    """Stats of one Dense layer; ``a`` is its output on the last batch (n, units), ``update_W`` = W_old - W_new."""
    w_norm = _norm(W)
    if update_W is None:
        ratio = math.nan
    else:
        ratio = _norm(update_W) / w_norm if w_norm > 0 else math.nan
    if a is None or a.size == 0:
        mean = std = sat = dead = math.nan
    else:
        mean = float(a.mean(dtype=np.float64))
        std = float(a.std(dtype=np.float64))
        sat = saturation_fraction(activation, a)
        dead = dead_fraction(activation, a)
    return LayerStats(
        index=index, units=W.shape[1], activation=activation,
        weight_grad_norm=_norm(dW), weight_grad_mean_abs=float(np.abs(dW).mean(dtype=np.float64)),
        bias_grad_norm=_norm(db), bias_grad_mean_abs=float(np.abs(db).mean(dtype=np.float64)),
        weight_norm=w_norm, update_ratio=ratio, activation_mean=mean, activation_std=std,
        saturation=sat, dead_fraction=dead)
