"""Numerical gradient check: backprop's gradients against float64 central differences.

    dC/dp ≈ (C(p + ε) - C(p - ε)) / (2ε)   for every parameter p, with ε = 1e-6

The same seed is used for every evaluation, so Dropout draws the same mask each time (a fixed mask) and the
loss is a deterministic function of the weights. Use float64 models: float32 rounding swamps the differences.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.regularizers import L1L2
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

# Which output activations make sense for a loss: cross-entropies need outputs in (0, 1).
OUTPUT_ACTIVATIONS = {
    "mse": tuple(ACTIVATIONS),
    "quadratic": tuple(ACTIVATIONS),
    "binary_crossentropy": ("sigmoid", "softmax"),
    "categorical_crossentropy": ("softmax", "sigmoid"),
    "sparse_categorical_crossentropy": ("softmax", "sigmoid"),
}

REGULARIZERS = {"none": None, "l1": {"l1": 0.01}, "l2": {"l2": 0.01}, "l1_l2": {"l1": 0.01, "l2": 0.02}}


def training_loss(model, x: np.ndarray, y: np.ndarray, seed: int = 0) -> float:
    """The training-mode loss (incl. regularization) with Dropout masks drawn from ``default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    activation = x
    for layer in model.layers:
        activation = layer.forward(activation, training=True, rng=rng)
    out = model.output_layer
    return model.loss.fn(out.z, out.a, y, out.activation_fn) + model.regularization_loss()


def analytic_gradients(model, x: np.ndarray, y: np.ndarray, seed: int = 0) -> list[np.ndarray]:
    """Backprop's [dW1, db1, ...] for one batch (copies), without an optimizer step."""
    model._forward_backward(x, y, np.random.default_rng(seed))
    return [g.copy() for g in model._grads]


def numerical_gradients(model, x: np.ndarray, y: np.ndarray, eps: float = 1e-6, seed: int = 0) -> list[np.ndarray]:
    """Central differences of ``training_loss`` for every parameter (slow: 2 forward passes per parameter)."""
    grads = []
    for p in model._params:
        g = np.empty_like(p)
        flat, gflat = p.reshape(-1), g.reshape(-1)
        for i in range(flat.size):
            old = flat[i]
            flat[i] = old + eps
            plus = training_loss(model, x, y, seed)
            flat[i] = old - eps
            minus = training_loss(model, x, y, seed)
            flat[i] = old
            gflat[i] = (plus - minus) / (2 * eps)
        grads.append(g)
    return grads


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """||a - b|| / (||a|| + ||b||), 0 when both vanish."""
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denom < 1e-12 else float(np.linalg.norm(a - b) / denom)


def check_gradients(model, x, y, eps: float = 1e-6, seed: int = 0) -> float:
    """The largest relative error between backprop and central differences over all parameter arrays.

    ``model`` must be a compiled float64 model; below 1e-6 means the backward pass is right."""
    if model.dtype != np.float64:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Gradient checks need a float64 model: Sequential(..., "
                                                            "dtype='float64')."))
    if model.loss is None:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Compile the model first: the gradient check needs its "
                                                            "loss."))
    x = model._check_x(x)
    y = model._check_y(y, len(x))
    with np.errstate(under="ignore"):
        analytic = analytic_gradients(model, x, y, seed)
        numeric = numerical_gradients(model, x, y, eps, seed)
    return max(relative_error(a, n) for a, n in zip(analytic, numeric))


@dataclass(frozen=True)
class CheckResult:
    hidden_activation: str
    output_activation: str
    loss: str
    regularizer: str
    dropout: float
    error: float


class _NoStep:
    """A stand-in optimizer: the gradient check never steps."""
    name = "none"

    def step(self, params, grads):
        raise AssertionError("a gradient check must not take optimizer steps")


def small_problem(loss: str, n: int = 5, n_in: int = 3, k: int = 3, seed: int = 0):
    """Random inputs and valid targets for ``loss`` (one-hot/labels/probabilities/real values)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, n_in))
    if loss == "sparse_categorical_crossentropy":
        y = rng.integers(0, k, size=n)
    elif loss == "categorical_crossentropy":
        y = np.eye(k)[rng.integers(0, k, size=n)]
    elif loss == "binary_crossentropy":
        y = rng.uniform(size=(n, k)).round()
    else:
        y = rng.normal(size=(n, k))
    return x, y


def build_checked_model(hidden_activation: str, output_activation: str, loss: str, regularizer=None,
                        dropout: float = 0.0, n_in: int = 3, hidden: int = 4, k: int = 3, seed: int = 0):
    """A float64 n_in-hidden-k network (with an optional Dropout after the hidden layer), compiled."""
    from nnstudio.engine.model import Sequential

    reg = None if regularizer is None else L1L2(**regularizer)
    layers = [Dense(hidden, input_dim=n_in, activation=hidden_activation, kernel_initializer="glorot_normal",
                    bias_initializer="normal", kernel_regularizer=reg)]
    if dropout:
        layers.append(Dropout(dropout))
    layers.append(Dense(k, activation=output_activation, kernel_initializer="glorot_normal",
                        bias_initializer="normal", kernel_regularizer=reg))
    model = Sequential(layers, seed=seed, dtype="float64")
    model.compile(optimizer=_NoStep(), loss=loss)
    return model


def check_all_combinations(dropout: float = 0.0, seed: int = 0) -> list[CheckResult]:
    """Gradient-check every hidden activation × (loss, sensible output activation) × regularizer."""
    results = []
    for hidden_act, loss, reg_name in itertools.product(ACTIVATIONS, LOSSES, REGULARIZERS):
        for out_act in OUTPUT_ACTIVATIONS[loss]:
            model = build_checked_model(hidden_act, out_act, loss, REGULARIZERS[reg_name], dropout, seed=seed)
            x, y = small_problem(loss, seed=seed)
            error = check_gradients(model, x, y, seed=seed)
            results.append(CheckResult(hidden_act, out_act, loss, reg_name, dropout, error))
    return results


def worst(results: list[CheckResult]) -> CheckResult:
    return max(results, key=lambda r: (math.isnan(r.error), r.error))
