"""Activation functions, each with its forward and backward pass side by side.

``forward(z, out)`` writes a = f(z) into ``out`` and returns it; ``backward(a, grad, out)`` turns the
gradient with respect to the output, dC/da, into dC/dz = f'(z) * dC/da. Every derivative here is written in
terms of the output ``a`` (sigmoid: a(1-a), tanh: 1-a², ...), so the backward pass needs no stored ``z``.
``out`` may be ``grad`` itself (in place). All functions are stable for |z| up to 1e4 and beyond: no exp of a
large positive number is ever taken, so no overflow warnings.
"""
from __future__ import annotations

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, bad_settings


class Activation:
    name = "activation"
    formula = ""            # a = f(z) as a learner reads it (maths: the same in every language)
    # (low, high) limits the output approaches where it saturates (the derivative vanishes there): the
    # saturation statistic counts outputs near them
    limits: tuple[float, float] | None = None
    # (low, high) of a bounded output, which the editor's heatmaps map onto their colour scale; None: unbounded
    output_range: tuple[float, float] | None = None

    def forward(self, z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        raise NotImplementedError

    def backward(self, a: np.ndarray, grad: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        raise NotImplementedError

    def __call__(self, z):
        z = np.asarray(z)
        if z.dtype.kind != "f":
            z = z.astype(np.float64)
        return self.forward(z, np.empty_like(z))

    def get_config(self) -> dict:
        return {"name": self.name}

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Sigmoid(Activation):
    """a = 1 / (1 + e^-z);  da/dz = a (1 - a), at most 0.25 (at z = 0)."""

    name = "sigmoid"
    formula = "sigmoid(z) = 1 / (1 + e^(−z))"
    limits = output_range = (0.0, 1.0)

    def forward(self, z, out=None):
        if out is None:
            out = np.empty_like(z)
        # e = e^-|z| is in (0, 1]: z >= 0 -> 1/(1+e); z < 0 -> e/(1+e). Never overflows, and small outputs
        # keep their full relative precision (no 1 - (1 - tiny)).
        # (out may be z itself, so the sign mask is taken first)
        neg = z < 0
        e = np.abs(z)
        np.negative(e, out=e)
        np.exp(e, out=e)
        np.add(e, 1.0, out=out)
        np.reciprocal(out, out=out)
        np.multiply(out, e, out=out, where=neg)
        return out

    def backward(self, a, grad, out=None):
        if out is None:
            out = np.empty_like(grad)
        # grad * a * (1 - a)
        d = a * (1.0 - a)
        np.multiply(grad, d, out=out)
        return out


class Tanh(Activation):
    """a = tanh(z);  da/dz = 1 - a²."""

    name = "tanh"
    formula = "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"
    limits = output_range = (-1.0, 1.0)

    def forward(self, z, out=None):
        return np.tanh(z, out=out if out is not None else np.empty_like(z))

    def backward(self, a, grad, out=None):
        if out is None:
            out = np.empty_like(grad)
        d = a * a
        np.subtract(1.0, d, out=d)
        np.multiply(grad, d, out=out)
        return out


class ReLU(Activation):
    """a = max(0, z);  da/dz = 1 where a > 0, else 0 (a unit with z <= 0 on every input is "dead")."""

    name = "relu"
    formula = "relu(z) = max(0, z)"

    def forward(self, z, out=None):
        if out is None:
            out = np.empty_like(z)
        # z * (z > 0) is about twice as fast as np.maximum(z, 0) here; "+= 0" turns its -0.0 into 0.0
        np.multiply(z, z > 0, out=out)
        out += 0.0
        return out

    def backward(self, a, grad, out=None):
        if out is None:
            out = np.empty_like(grad)
        np.multiply(grad, a > 0, out=out)
        return out


class LeakyReLU(Activation):
    """a = z for z > 0, alpha * z otherwise;  da/dz = 1 or alpha. ``alpha`` >= 0 (default 0.01, as torch)."""

    name = "leaky_relu"
    formula = "leaky_relu(z) = max(0.01·z, z)"

    def __init__(self, alpha: float = 0.01):
        alpha = float(alpha)
        if not 0.0 <= alpha < 1.0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "LeakyReLU slope alpha must be in [0, 1) (got "
                                                                "{value})."), value=alpha)
        self.alpha = alpha

    def forward(self, z, out=None):
        if out is None:
            out = np.empty_like(z)
        # z for z > 0, alpha z otherwise (out may be z itself: the mask is taken first)
        neg = z < 0
        if out is not z:
            np.copyto(out, z)
        np.multiply(out, self.alpha, out=out, where=neg)
        return out

    def backward(self, a, grad, out=None):
        if out is None:
            out = np.empty_like(grad)
        # a > 0 exactly where z > 0 (alpha >= 0), so the slope follows from the output
        slope = np.where(a > 0, np.asarray(1.0, a.dtype), np.asarray(self.alpha, a.dtype))
        np.multiply(grad, slope, out=out)
        return out

    def get_config(self):
        return {"name": self.name, "alpha": self.alpha}

    def __repr__(self):
        return f"LeakyReLU(alpha={self.alpha})"


class Linear(Activation):
    """a = z;  da/dz = 1. The Dense layer shares z and a (no copy)."""

    name = "linear"
    formula = "linear(z) = z"

    def forward(self, z, out=None):
        if out is None or out is z:
            return z
        np.copyto(out, z)
        return out

    def backward(self, a, grad, out=None):
        if out is None or out is grad:
            return grad
        np.copyto(out, grad)
        return out


class Softmax(Activation):
    """a_j = e^{z_j} / Σ_k e^{z_k} over each row;  dC/dz = a * (dC/da - Σ_k a_k dC/da_k).

    With categorical cross-entropy the loss fuses both into dC/dz = (a - y) / n (see losses.py).
    """

    name = "softmax"
    formula = "softmax(z)ⱼ = e^(zⱼ) / Σₖ e^(zₖ)"
    output_range = (0.0, 1.0)

    def forward(self, z, out=None):
        if out is None:
            out = np.empty_like(z)
        # subtract the row maximum: every exponent is <= 0, so nothing overflows
        np.subtract(z, row_max(z), out=out)
        return self.normalize(out)

    def normalize(self, out):
        """The rest of forward, in place, once ``out`` holds z minus its row maxima: out = e^out / row sums."""
        np.exp(out, out=out)
        # row sums as a matrix-vector product: much faster than sum(axis=1) for a few columns
        ones = self.__dict__.get("_ones")
        if ones is None or ones.shape[0] != out.shape[1] or ones.dtype != out.dtype:
            ones = self._ones = np.ones(out.shape[1], out.dtype)
        out /= (out @ ones)[:, None]
        return out

    def backward(self, a, grad, out=None):
        if out is None:
            out = np.empty_like(grad)
        s = np.einsum("ij,ij->i", a, grad)[:, None]
        np.subtract(grad, s, out=out)
        np.multiply(out, a, out=out)
        return out


def row_max(x: np.ndarray) -> np.ndarray:
    """Maximum of every row as a column (n, 1). Gathering at argmax is ~3x faster than x.max(axis=1) for the
    few columns of an output layer."""
    return x[np.arange(len(x)), x.argmax(axis=1)][:, None]


ACTIVATIONS: dict[str, type[Activation]] = {
    "sigmoid": Sigmoid,
    "tanh": Tanh,
    "relu": ReLU,
    "leaky_relu": LeakyReLU,
    "linear": Linear,
    "softmax": Softmax,
}


def get(identifier) -> Activation:
    """An Activation from a registry name ("relu"), a config dict ({"name": "leaky_relu", "alpha": 0.1}),
    an Activation instance, or None (linear)."""
    if identifier is None:
        return Linear()
    if isinstance(identifier, Activation):
        return identifier
    if isinstance(identifier, str):
        config = {"name": identifier}
    elif isinstance(identifier, dict):
        config = dict(identifier)
    else:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "An activation must be a name such as 'relu' (got "
                                                            "{value})."), value=repr(identifier))
    name = config.pop("name", None)
    cls = ACTIVATIONS.get(name) if isinstance(name, str) else None
    if cls is None:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Unknown activation {name}; choose one of {choices}."),
                                name=repr(name), choices=", ".join(ACTIVATIONS))
    try:
        return cls(**config)
    except TypeError as exc:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Bad settings for activation {name}: {reason}"),
                                name=repr(name), reason=bad_settings(cls, config, exc)) from None
