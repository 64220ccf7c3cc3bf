"""Layers: Dense (a fully connected layer with its activation) and Dropout.

Each layer keeps its forward and backward pass side by side. ``forward(x, training)`` returns the layer's
output; in training mode it writes into buffers preallocated per batch size and remembers what the backward
pass needs. ``backward(grad)`` takes dC/d(output), stores the parameter gradients (``dW``, ``db``) and returns
dC/d(input) — or None for the first layer, whose input gradient nobody needs (that saves a whole GEMM).
Inference (``training=False``) allocates fresh arrays, so predictions never alias training buffers.
"""
from __future__ import annotations

import numpy as np

from nnstudio.engine import _fused
from nnstudio.engine import activations as _activations
from nnstudio.engine import initializers as _initializers
from nnstudio.engine import regularizers as _regularizers
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

# Buffers are kept for this many different batch sizes (full batches, the last partial batch, a few more).
_MAX_BUFFER_SETS = 4


def _check_positive_int(value, what: str) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < 1:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{what} must be a positive integer (got {value})."),
                                what=what, value=repr(value))
    return int(value)


class Layer:
    input_dim: int | None = None
    output_dim: int | None = None
    built = False

    def build(self, input_dim: int, rng: np.random.Generator, dtype) -> None:
        raise NotImplementedError

    def forward(self, x: np.ndarray, training: bool = False, rng: np.random.Generator | None = None):
        raise NotImplementedError

    def backward(self, grad: np.ndarray, need_input_grad: bool = True):
        raise NotImplementedError

    def get_config(self) -> dict:
        raise NotImplementedError

    @property
    def parameter_count(self) -> int:
        return 0


class Dense(Layer):
    """a = f(x W + b) for a batch x of shape (n, input_dim); W has shape (input_dim, units) as in Keras.

    ``activation``: a name from ``activations.ACTIVATIONS`` or an Activation object (e.g. ``LeakyReLU(0.2)``);
    ``kernel_initializer`` / ``bias_initializer``: a name from ``initializers.INITIALIZERS`` or explicit values;
    ``kernel_regularizer``: ``L1L2(l1=..., l2=...)`` or None.
    """

    def __init__(self, units: int, input_dim: int | None = None, activation="linear",
                 kernel_initializer="glorot_uniform", bias_initializer="zeros", kernel_regularizer=None,
                 name: str | None = None, input_shape: tuple[int] | None = None):
        self.units = _check_positive_int(units, "Dense units")
        if input_shape is not None:  # Keras' other spelling: input_shape=(4,) is input_dim=4
            shape = tuple(input_shape) if isinstance(input_shape, (tuple, list)) else (input_shape,)
            if len(shape) != 1 or (input_dim is not None and input_dim != shape[0]):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Dense takes flat inputs: input_shape must be (n,) "
                                                                    "like (4,) and agree with input_dim (got "
                                                                    "input_shape={shape}, input_dim={dim})."),
                                        shape=repr(input_shape), dim=repr(input_dim))
            input_dim = shape[0]
        self.input_dim = None if input_dim is None else _check_positive_int(input_dim, "input_dim")
        self.output_dim = self.units
        self.activation_fn = _activations.get(activation)
        self.activation = self.activation_fn.name  # the registry name, e.g. "relu"
        self.kernel_initializer = _initializers.get(kernel_initializer)
        self.bias_initializer = _initializers.get(bias_initializer)
        self.kernel_regularizer = _regularizers.get(kernel_regularizer)
        self.name = name
        self.W = self.b = self.dW = self.db = None
        self._buffers: dict[int, tuple[np.ndarray, ...]] = {}  # batch size -> (z, a, dx, ones)
        self.x = self.z = self.a = None  # the last training batch's input, logits and output

    # -- set-up ----------------------------------------------------------------------------------------------
    def build(self, input_dim, rng, dtype):
        if self.input_dim is not None and self.input_dim != input_dim:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Dense({units}) was declared with input_dim={dim}, "
                                                                "but the layer before it gives {given} values."),
                                    units=self.units, dim=self.input_dim, given=input_dim)
        self.input_dim = int(input_dim)
        self.W = np.ascontiguousarray(self.kernel_initializer((self.input_dim, self.units), rng, dtype))
        self.b = np.ascontiguousarray(self.bias_initializer((self.units,), rng, dtype))
        self.dW = np.zeros_like(self.W)
        self.db = np.zeros_like(self.b)
        self._buffers.clear()
        self.x = self.z = self.a = None
        self.built = True

    def _buffers_for(self, n: int):
        bufs = self._buffers.get(n)
        if bufs is None:
            if len(self._buffers) >= _MAX_BUFFER_SETS:
                self._buffers.clear()
            dtype = self.W.dtype
            z = np.empty((n, self.units), dtype)
            a = z if self.activation == "linear" else np.empty((n, self.units), dtype)
            dx = np.empty((n, self.input_dim), dtype)  # dC/dx handed to the layer before
            ones = np.ones(n, dtype)                    # db = 1ᵀ δ as a matrix-vector product
            bufs = self._buffers[n] = (z, a, dx, ones)
        return bufs

    @property
    def parameter_count(self) -> int:
        return (self.input_dim or 0) * self.units + self.units

    # -- forward and backward --------------------------------------------------------------------------------
    def forward(self, x, training=False, rng=None):
        if not training:
            z = x @ self.W
            z += self.b
            return self.activation_fn.forward(z, z)  # in place: inference keeps no z
        z, a, _, _ = self._buffers_for(len(x))
        np.matmul(x, self.W, out=z)
        self.add_bias_activate(z, a)
        self.x, self.z, self.a = x, z, a
        return a

    def add_bias_activate(self, z, a):
        """z += b, a = f(z) (training buffers). On large enough batches the bias add and ReLU, or the bias add
        and softmax's shift by the row maximum, run as one compiled pass (see _fused), bit for bit the same."""
        kernel = self._relu_kernel(z, a, _fused.bias_relu_kernel)
        if kernel is not None:
            kernel(z, self.b, a)
        elif (self.activation == "softmax" and _fused.softmax_fusable(z, a, self.b)
              and (kernel := _fused.bias_shift_kernel()) is not None):
            kernel(z, self.b, a)
            self.activation_fn.normalize(a)
        else:
            z += self.b
            self.activation_fn.forward(z, a)

    def activation_delta(self, grad):
        """δ = f'(z) ⊙ dC/da, written over grad (a buffer of the next layer that is no longer needed)."""
        kernel = self._relu_kernel(grad, self.a, _fused.relu_backward_kernel)
        if kernel is not None:
            kernel(grad, self.a)
            return grad
        return self.activation_fn.backward(self.a, grad, grad)

    def _relu_kernel(self, z, a, which):
        """A compiled ReLU kernel when this is a ReLU layer on a large enough batch, else None."""
        if self.activation != "relu" or z.size < _fused.MIN_SIZE or not _fused.fusable(z, a, self.b):
            return None
        return which()

    def forward_logits(self, x):
        """Inference returning (z, a) as separate fresh arrays (the loss needs the logits)."""
        z = x @ self.W
        z += self.b
        a = self.activation_fn.forward(z, None if self.activation != "linear" else z)
        return z, a

    def backward(self, grad, need_input_grad=True):
        """grad = dC/da (n, units) -> stores dW, db; returns dC/dx (n, input_dim) or None."""
        return self.backward_delta(self.activation_delta(grad), need_input_grad)

    def backward_delta(self, delta, need_input_grad=True):
        """delta = dC/dz (n, units) -> dW = xᵀ δ, db = Σ_batch δ (+ regularizer); returns δ Wᵀ or None."""
        bufs = self._buffers[len(delta)]
        np.matmul(self.x.T, delta, out=self.dW)
        np.matmul(bufs[3], delta, out=self.db)  # Σ over the batch; 2-3x faster than delta.sum(axis=0)
        if self.kernel_regularizer is not None:
            self.kernel_regularizer.add_gradient(self.W, self.dW)
        if not need_input_grad:
            return None
        dx = bufs[2]
        np.matmul(delta, self.W.T, out=dx)
        return dx

    def regularization_loss(self) -> float:
        return 0.0 if self.kernel_regularizer is None else self.kernel_regularizer(self.W)

    # -- description -----------------------------------------------------------------------------------------
    def get_config(self) -> dict:
        return {"class": "Dense", "units": self.units, "input_dim": self.input_dim,
                "activation": self.activation_fn.get_config(),
                "kernel_initializer": self.kernel_initializer.get_config()["name"],
                "bias_initializer": self.bias_initializer.get_config()["name"],
                "kernel_regularizer": None if self.kernel_regularizer is None
                else self.kernel_regularizer.get_config()}

    def __repr__(self) -> str:
        return f"Dense({self.units}, activation={self.activation!r})"


class Dropout(Layer):
    """Inverted dropout: in training, each input is zeroed with probability ``rate`` and the survivors are
    scaled by 1/(1 - rate), so nothing changes at test time (inactive in predict/evaluate).
    The mask is drawn from the model's Generator; ``backward`` multiplies by the same mask."""

    def __init__(self, rate: float, name: str | None = None):
        rate = float(rate)
        if not 0.0 <= rate < 1.0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The dropout rate must be in [0, 1) (got {value})."),
                                    value=rate)
        self.rate = rate
        self.name = name
        self.mask = None  # the last training batch's mask (0 or 1/(1-rate))
        self._buffers: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def build(self, input_dim, rng, dtype):
        self.input_dim = self.output_dim = int(input_dim)
        self._dtype = np.dtype(dtype)
        self._buffers.clear()
        self.built = True

    def forward(self, x, training=False, rng=None):
        if not training or self.rate == 0.0:
            self.mask = None
            return x
        bufs = self._buffers.get(len(x))
        if bufs is None:
            if len(self._buffers) >= _MAX_BUFFER_SETS:
                self._buffers.clear()
            bufs = self._buffers[len(x)] = (np.empty(x.shape, self._dtype), np.empty(x.shape, self._dtype))
        mask, out = bufs
        rng.random(out=mask, dtype=self._dtype)
        keep = mask >= self.rate
        np.multiply(keep, 1.0 / (1.0 - self.rate), out=mask)
        np.multiply(x, mask, out=out)
        self.mask = mask
        return out

    def backward(self, grad, need_input_grad=True):
        if self.mask is None:
            return grad
        np.multiply(grad, self.mask, out=grad)
        return grad

    def get_config(self) -> dict:
        return {"class": "Dropout", "rate": self.rate}

    def __repr__(self) -> str:
        return f"Dropout({self.rate})"
