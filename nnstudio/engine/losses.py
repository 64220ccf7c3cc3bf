"""Loss functions (Keras names) in Nielsen's shape: ``fn`` gives the cost, ``delta`` the output layer's error.

For a batch of n samples with output-layer logits ``z``, outputs ``a`` = f(z) of shape (n, k) and targets ``y``:

- ``fn(z, a, y, activation) -> float``: the mean cost over the batch.
- ``delta(z, a, y, activation, out) -> ndarray``: δ = dC/dz of the output layer (n, k), written into ``out``.

Where the output activation and the loss cancel (softmax + cross-entropy, sigmoid + binary cross-entropy) the
pair is *fused*: the cost comes from the logits z (log-sum-exp, softplus: no log(0), no overflow) and
δ = (a - y) / n without ever forming dC/da. Otherwise δ = f'(z) ⊙ dC/da through ``activation.backward``.
"""
from __future__ import annotations

import numpy as np

from nnstudio.engine import _fused
from nnstudio.engine.activations import Activation
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

# Probabilities are clipped to [EPSILON, 1 - EPSILON] before a log in the non-fused paths, as Keras does.
EPSILON = 1e-7


def _is(activation: Activation | None, name: str) -> bool:
    return activation is not None and activation.name == name


class Loss:
    name = "loss"
    sparse = False  # True when y holds integer class labels (n,) instead of an (n, k) array

    def fn(self, z: np.ndarray, a: np.ndarray, y: np.ndarray, activation: Activation | None = None) -> float:
        raise NotImplementedError

    def delta(self, z, a, y, activation: Activation, out: np.ndarray | None = None) -> np.ndarray:
        if out is None:
            out = np.empty_like(a)
        self.grad_a(a, y, out)
        return activation.backward(a, out, out)

    def fn_and_delta(self, z, a, y, activation: Activation, out: np.ndarray) -> tuple[float, np.ndarray, int | None]:
        """(``fn``, ``delta`` written into ``out``, how many rows' largest output is their target or None): a
        training step's use of the loss. Softmax + cross-entropy on large batches takes one compiled pass for
        the delta, the loss's picks and the accuracy's count (bit for bit what fn, delta and
        Sequential._batch_accuracy give); otherwise the count is None and the caller counts."""
        return self.fn(z, a, y, activation), self.delta(z, a, y, activation, out), None

    def grad_a(self, a: np.ndarray, y: np.ndarray, out: np.ndarray) -> np.ndarray:
        """dC/da written into ``out`` (used when no fused form applies)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class MeanSquaredError(Loss):
    """C = mean over all n·k elements of (a - y)²  (Keras' and torch's "mse");  dC/da = 2 (a - y) / (n k)."""

    name = "mse"

    def fn(self, z, a, y, activation=None):
        d = (a - y).ravel()
        return float(np.dot(d, d)) / d.size

    def grad_a(self, a, y, out):
        np.subtract(a, y, out=out)
        out *= 2.0 / out.size
        return out


class Quadratic(Loss):
    """Nielsen's quadratic cost C = 1/(2n) Σ_x ||y(x) - a||²  (the lectures' MNIST cost);  dC/da = (a - y) / n."""

    name = "quadratic"

    def fn(self, z, a, y, activation=None):
        d = (a - y).ravel()
        return 0.5 * float(np.dot(d, d)) / len(a)

    def grad_a(self, a, y, out):
        np.subtract(a, y, out=out)
        out *= 1.0 / len(out)
        return out


def bce_with_logits(z, y):
    """-[y log σ(z) + (1-y) log(1-σ(z))] per element, from the logits z in its softplus form
    log(1 + e^-|z|) + max(z, 0) - z·y, which stays finite where σ(z) rounds to 0 or 1."""
    t = np.abs(z)
    np.negative(t, out=t)
    np.exp(t, out=t)
    np.log1p(t, out=t)
    t += np.maximum(z, 0)
    t -= z * y
    return t


class BinaryCrossentropy(Loss):
    """C = -mean over all n·k elements of [y log a + (1 - y) log(1 - a)]  (one or several yes/no outputs).

    Fused with sigmoid: C = mean(max(z, 0) - z y + log(1 + e^-|z|)) and δ = (a - y) / (n k).
    Otherwise a is clipped to [1e-7, 1 - 1e-7] and dC/da = (a - y) / (a (1 - a)) / (n k).
    """

    name = "binary_crossentropy"

    def fn(self, z, a, y, activation=None):
        if _is(activation, "sigmoid"):
            return float(bce_with_logits(z, y).mean(dtype=np.float64))
        p = np.clip(a, EPSILON, 1.0 - EPSILON)
        c = y * np.log(p) + (1.0 - y) * np.log1p(-p)
        return -float(c.mean(dtype=np.float64))

    def delta(self, z, a, y, activation, out=None):
        if out is None:
            out = np.empty_like(a)
        if _is(activation, "sigmoid"):
            np.subtract(a, y, out=out)
            out *= 1.0 / out.size
            return out
        return super().delta(z, a, y, activation, out)

    def grad_a(self, a, y, out):
        p = np.clip(a, EPSILON, 1.0 - EPSILON)
        np.subtract(p, y, out=out)
        out /= p * (1.0 - p)
        out *= 1.0 / out.size
        out[(a < EPSILON) | (a > 1.0 - EPSILON)] = 0.0  # the clip has zero slope there
        return out


class CategoricalCrossentropy(Loss):
    """C = -1/n Σ_x Σ_j y_j log a_j  with one-hot (or probability) targets y of shape (n, k).

    Fused with softmax: log a_j = z_j - logsumexp(z), so C = 1/n Σ_x [logsumexp(z) Σ_j y_j - y·z] and
    δ = (a - y) / n. Otherwise a is clipped to [1e-7, 1] and dC/da = -y / (n a).
    """

    name = "categorical_crossentropy"

    def fn(self, z, a, y, activation=None):
        if _is(activation, "softmax"):
            # -log a_ij = logsumexp(z_i) - z_ij, exact per row (no cancellation across the batch)
            neg_log_a = _logsumexp(z, a)[:, None] - z
            return float(np.vdot(y, neg_log_a)) / len(z)
        p = np.clip(a, EPSILON, None)
        return -float(np.sum(y * np.log(p), dtype=np.float64)) / len(a)

    def delta(self, z, a, y, activation, out=None):
        if out is None:
            out = np.empty_like(a)
        if _is(activation, "softmax"):
            np.subtract(a, y, out=out)
            out *= 1.0 / len(out)
            return out
        return super().delta(z, a, y, activation, out)

    def fn_and_delta(self, z, a, y, activation, out):
        tail = _softmax_tail(z, a, y, False, out) if _is(activation, "softmax") else None
        if tail is None:
            return super().fn_and_delta(z, a, y, activation, out)
        picks, correct = tail
        neg_log_a = (picks[0] - np.log(picks[1]))[:, None] - z  # as fn: _logsumexp(z, a)[:, None] - z
        return float(np.vdot(y, neg_log_a)) / len(z), out, correct

    def grad_a(self, a, y, out):
        p = np.clip(a, EPSILON, None)
        np.divide(y, p, out=out)
        out *= -1.0 / len(out)
        out[a < EPSILON] = 0.0
        return out


class SparseCategoricalCrossentropy(Loss):
    """Categorical cross-entropy with integer class labels y of shape (n,):  C = -1/n Σ_x log a_{y(x)}.

    Fused with softmax: δ = (a - onehot(y)) / n.
    """

    name = "sparse_categorical_crossentropy"
    sparse = True

    def fn(self, z, a, y, activation=None):
        rows = np.arange(len(a))
        if _is(activation, "softmax"):
            return float(np.sum(_logsumexp(z, a) - z[rows, y], dtype=np.float64)) / len(z)
        return -float(np.sum(np.log(np.clip(a[rows, y], EPSILON, None)), dtype=np.float64)) / len(a)

    def delta(self, z, a, y, activation, out=None):
        if out is None:
            out = np.empty_like(a)
        if _is(activation, "softmax"):
            np.copyto(out, a)
            out[np.arange(len(out)), y] -= 1.0
            out *= 1.0 / len(out)
            return out
        return super().delta(z, a, y, activation, out)

    def fn_and_delta(self, z, a, y, activation, out):
        tail = _softmax_tail(z, a, y, True, out) if _is(activation, "softmax") else None
        if tail is None:
            return super().fn_and_delta(z, a, y, activation, out)
        picks, correct = tail
        return float(np.sum((picks[0] - np.log(picks[1])) - picks[2], dtype=np.float64)) / len(z), out, correct

    def grad_a(self, a, y, out):
        rows = np.arange(len(a))
        out[...] = 0.0
        p = a[rows, y]
        out[rows, y] = np.where(p < EPSILON, 0.0, -1.0 / np.maximum(p, EPSILON)) / len(out)
        return out


def _softmax_tail(z, a, y, sparse: bool, out):
    """(picks, count) from _fused's softmax_ce_tail kernel, delta written into out: picks[0], picks[1] are z
    and a at each row's argmax of a, picks[2] z at the row's label (sparse); None where the kernel does not
    apply (no numba, a small batch, one output, odd arrays, a label out of range: the NumPy code decides)."""
    kernel = _fused.softmax_ce_tail_kernel()
    if kernel is None or a.shape[1] < 2 or not _fused.softmax_fusable(z, a, out):
        return None
    if sparse:
        if not (y.dtype == np.int64 and y.ndim == 1 and y.flags.c_contiguous and len(y) == len(a)):
            return None
        onehot, labels = a[:0], y
    else:
        if not (y.shape == a.shape and _fused.fusable(a, y)):
            return None
        onehot, labels = y, _NO_LABELS
    picks = np.empty((3, len(a)), a.dtype)
    correct = kernel(z, a, onehot, labels, sparse, out, a.dtype.type(1.0 / len(a)), picks)
    return None if correct < 0 else (picks, correct)


_NO_LABELS = np.empty(0, np.int64)


def _logsumexp(z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """log Σ_j e^{z_j} per row, given a = softmax(z): since max_j a_j = 1 / Σ_j e^{z_j - max z},
    logsumexp(z) = max z - log(max a). max a >= 1/k, so the log never sees 0 and no exp is recomputed.
    Both maxima sit at the same column (softmax keeps the order), found with one argmax."""
    rows = np.arange(len(z))
    top = a.argmax(axis=1)
    return z[rows, top] - np.log(a[rows, top])


LOSSES: dict[str, type[Loss]] = {
    "mse": MeanSquaredError,
    "quadratic": Quadratic,
    "binary_crossentropy": BinaryCrossentropy,
    "categorical_crossentropy": CategoricalCrossentropy,
    "sparse_categorical_crossentropy": SparseCategoricalCrossentropy,
}

# Keras' alternative spellings
ALIASES = {"mean_squared_error": "mse"}


def get(identifier) -> Loss:
    """A Loss from a registry name or an instance."""
    if isinstance(identifier, Loss):
        return identifier
    if isinstance(identifier, str):
        cls = LOSSES.get(ALIASES.get(identifier, identifier))
        if cls is not None:
            return cls()
    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Unknown loss {name}; choose one of {choices}."),
                            name=repr(identifier), choices=", ".join(LOSSES))
