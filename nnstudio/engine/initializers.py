"""Weight initializers (Keras names, PyTorch's plain-normal maths).

An initializer is called as ``init(shape, rng, dtype)`` with ``shape = (fan_in, fan_out)`` for a kernel or
``(units,)`` for a bias, and draws from the model's ``numpy.random.Generator`` so that a seed fixes every
weight. Numbers are drawn in float64, a million at a time, and cast into the layer's array: float32 and float64
models start from the same values, and a float32 layer never needs a float64 copy of itself (twice its size).
"""
from __future__ import annotations

import math

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, bad_settings


def _fans(shape: tuple[int, ...]) -> tuple[int, int]:
    if len(shape) == 1:
        return shape[0], shape[0]
    return shape[0], shape[1]


CHUNK = 1 << 20  # values drawn at once: 8 MB of float64, however large the layer


class Initializer:
    """Subclasses write ``draw``; the base class fills the layer's array chunk by chunk. Drawing in chunks
    gives exactly the numbers of one big draw: the Generator produces its values in order either way."""

    name = "initializer"

    def __call__(self, shape, rng: np.random.Generator, dtype=np.float32) -> np.ndarray:
        shape = tuple(int(s) for s in shape)
        out = np.empty(shape, dtype)
        flat = out.reshape(-1)
        for start in range(0, flat.size, CHUNK):
            n = min(CHUNK, flat.size - start)
            flat[start:start + n] = self.draw(shape, rng, n)
        return out

    def draw(self, shape, rng, n: int) -> np.ndarray:
        """The next ``n`` values (float64, row-major order) of a layer of ``shape``."""
        raise NotImplementedError

    def get_config(self) -> dict:
        return {"name": self.name}

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Zeros(Initializer):
    name = "zeros"

    def __call__(self, shape, rng, dtype=np.float32):
        return np.zeros(tuple(shape), dtype)


class Ones(Initializer):
    name = "ones"

    def __call__(self, shape, rng, dtype=np.float32):
        return np.ones(tuple(shape), dtype)


class RandomNormal(Initializer):
    """N(mean, stddev²); default N(0, 1) as in Nielsen's first network."""

    name = "normal"

    def __init__(self, mean: float = 0.0, stddev: float = 1.0):
        if stddev < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "stddev must be >= 0 (got {value})."), value=stddev)
        self.mean, self.stddev = float(mean), float(stddev)

    def draw(self, shape, rng, n):
        return rng.normal(self.mean, self.stddev, size=n)

    def get_config(self):
        return {"name": self.name, "mean": self.mean, "stddev": self.stddev}


class RandomUniform(Initializer):
    """U(-limit, +limit); default limit 0.05 (Keras' RandomUniform)."""

    name = "uniform"

    def __init__(self, limit: float = 0.05):
        if limit < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "limit must be >= 0 (got {value})."), value=limit)
        self.limit = float(limit)

    def draw(self, shape, rng, n):
        return rng.uniform(-self.limit, self.limit, size=n)

    def get_config(self):
        return {"name": self.name, "limit": self.limit}


class GlorotUniform(Initializer):
    """Xavier/Glorot: U(±sqrt(6 / (fan_in + fan_out))) — keeps variance through sigmoid/tanh layers."""

    name = "glorot_uniform"

    def draw(self, shape, rng, n):
        fan_in, fan_out = _fans(shape)
        limit = math.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=n)


class GlorotNormal(Initializer):
    """Xavier/Glorot: N(0, 2 / (fan_in + fan_out))."""

    name = "glorot_normal"

    def draw(self, shape, rng, n):
        fan_in, fan_out = _fans(shape)
        return rng.normal(0.0, math.sqrt(2.0 / (fan_in + fan_out)), size=n)


class HeUniform(Initializer):
    """He/Kaiming: U(±sqrt(6 / fan_in)) — fan-in only, larger variance, suits ReLU."""

    name = "he_uniform"

    def draw(self, shape, rng, n):
        fan_in, _ = _fans(shape)
        limit = math.sqrt(6.0 / fan_in)
        return rng.uniform(-limit, limit, size=n)


class HeNormal(Initializer):
    """He/Kaiming: N(0, 2 / fan_in)."""

    name = "he_normal"

    def draw(self, shape, rng, n):
        fan_in, _ = _fans(shape)
        return rng.normal(0.0, math.sqrt(2.0 / fan_in), size=n)


class LecunNormal(Initializer):
    """LeCun: N(0, 1 / fan_in)."""

    name = "lecun_normal"

    def draw(self, shape, rng, n):
        fan_in, _ = _fans(shape)
        return rng.normal(0.0, math.sqrt(1.0 / fan_in), size=n)


class Nielsen(LecunNormal):
    """Nielsen's ``default_weight_initializer`` (network2.py): N(0, 1 / n_in) — LeCun normal by another name.

    (His biases are N(0, 1): use ``bias_initializer="normal"`` to reproduce them.)
    """

    name = "nielsen"


class Constant(Initializer):
    """Explicit values: an array of exactly the layer's shape (e.g. the lecture's hand-set XOR weights)."""

    name = "constant"

    def __init__(self, value):
        self.value = np.array(value, dtype=np.float64)

    def __call__(self, shape, rng, dtype=np.float32):
        if self.value.ndim == 0:
            return np.full(tuple(shape), float(self.value), dtype)
        if self.value.shape != tuple(shape):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Explicit initial values have shape {shape}, but the "
                                                                "layer needs {needed}."),
                                    shape=self.value.shape, needed=tuple(shape))
        return self.value.astype(dtype)

    def get_config(self):
        return {"name": self.name, "value": self.value.tolist()}


INITIALIZERS: dict[str, type[Initializer]] = {
    "glorot_uniform": GlorotUniform,
    "glorot_normal": GlorotNormal,
    "xavier_uniform": GlorotUniform,
    "xavier_normal": GlorotNormal,
    "he_uniform": HeUniform,
    "he_normal": HeNormal,
    "lecun_normal": LecunNormal,
    "nielsen": Nielsen,
    "normal": RandomNormal,
    "uniform": RandomUniform,
    "zeros": Zeros,
    "ones": Ones,
}


def get(identifier) -> Initializer:
    """An Initializer from a registry name, a config dict, an instance, or explicit values (array/list)."""
    if isinstance(identifier, Initializer):
        return identifier
    if isinstance(identifier, str):
        cls = INITIALIZERS.get(identifier)
        if cls is None:
            raise TranslatableError(_UNKNOWN, name=repr(identifier), choices=", ".join(INITIALIZERS))
        return cls()
    if isinstance(identifier, dict):
        config = dict(identifier)
        name = config.pop("name", None)
        if name == "constant":
            return Constant(**config)
        cls = INITIALIZERS.get(name) if isinstance(name, str) else None
        if cls is None:
            raise TranslatableError(_UNKNOWN, name=repr(name), choices=", ".join(INITIALIZERS))
        try:
            return cls(**config)
        except TypeError as exc:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Bad settings for initializer {name}: {reason}"),
                                    name=repr(name), reason=bad_settings(cls, config, exc)) from None
    if isinstance(identifier, (np.ndarray, list, tuple, int, float)):
        return Constant(identifier)
    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "An initializer must be a name such as 'glorot_uniform' or "
                                                        "an array (got {value})."), value=repr(identifier))


_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Unknown initializer {name}; choose one of {choices}.")
