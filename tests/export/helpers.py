"""Networks and data shared by the export tests."""
from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import numpy as np

from nnstudio.engine import L1L2, Dense, Dropout, LeakyReLU, Sequential

ROOT = Path(__file__).resolve().parents[2]
PAD_MODEL = ROOT / "resources" / "models" / "mnist_mlp.npz"
_counter = itertools.count()


def network(hidden, output="softmax", outputs=3, inputs=4, loss="categorical_crossentropy", optimizer="adam",
            dtype="float32", seed=0, dropout=(), input_dropout=0.0, l1=0.0, l2=0.0, bias_initializer="normal"):
    """A compiled Sequential: ``hidden`` activations (each 5 units; "leaky_relu" with alpha 0.2), the Dropout
    rates ``dropout`` after the hidden layers, random biases so that a transposed or swapped bias shows."""
    layers = [Dropout(input_dropout)] if input_dropout else []
    for i, activation in enumerate(hidden):
        layers.append(Dense(5, input_dim=inputs if i == 0 else None,
                            activation=LeakyReLU(0.2) if activation == "leaky_relu" else activation,
                            bias_initializer=bias_initializer,
                            kernel_regularizer=L1L2(l1=l1, l2=l2) if (l1 or l2) else None))
        if i < len(dropout) and dropout[i]:
            layers.append(Dropout(dropout[i]))
    layers.append(Dense(outputs, input_dim=None if hidden else inputs, activation=output,
                        bias_initializer=bias_initializer))
    model = Sequential(layers, seed=seed, dtype=dtype)
    model.compile(optimizer=optimizer, loss=loss, metrics=["accuracy"])
    return model


def inputs(model, n=64, seed=0) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, 2.0, size=(n, model.input_dim)).astype(np.float32)


def load_script(path: Path):
    """Import the exported script at ``path`` as a fresh module (not kept in sys.modules)."""
    name = f"exported_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module
