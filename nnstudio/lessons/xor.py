"""XOR with three logistic units: the lecture's hand-set 2-2-1 network, its table, and training from random.

Every unit computes sigmoid(w·x + b). The lecture's weights: hidden unit 1 w = (5, 5), b = −8; hidden unit 2
w = (−7, −7), b = 3; output unit w = (−11, −11) on (y1, y2), b = 6. In the engine's layout W has shape
(inputs, units), so each unit's weights are a column.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnstudio.data.toy import XOR_X, XOR_Y
from nnstudio.engine.spec import NetworkSpec

# [W1, b1, W2, b2] in the engine's layout
LECTURE_WEIGHTS = (np.array([[5.0, -7.0], [5.0, -7.0]]), np.array([-8.0, 3.0]),
                   np.array([[-11.0], [-11.0]]), np.array([6.0]))


def sigmoid(z: float) -> float:
    e = math.exp(-abs(z))
    return 1.0 / (1.0 + e) if z >= 0 else e / (1.0 + e)


@dataclass(frozen=True)
class XorRow:
    """One input of the table: each hidden unit's z = w·x + b and its sigmoid, then the output unit's."""

    x: tuple[float, float]
    target: float
    hidden_z: tuple[float, ...]
    hidden_a: tuple[float, ...]
    output_z: float
    output: float


def xor_table(weights=LECTURE_WEIGHTS) -> list[XorRow]:
    """The table for the four inputs (0,0), (0,1), (1,0), (1,1), for a 2-h-1 sigmoid network's [W1, b1, W2, b2]."""
    W1, b1, W2, b2 = _checked(weights)
    rows = []
    for x, t in zip(XOR_X.astype(np.float64), XOR_Y[:, 0]):
        z1 = x @ W1 + b1
        a1 = np.array([sigmoid(z) for z in z1])
        z2 = float((a1 @ W2 + b2)[0])
        rows.append(XorRow(x=tuple(float(v) for v in x), target=float(t), hidden_z=tuple(z1.tolist()),
                           hidden_a=tuple(a1.tolist()), output_z=z2, output=sigmoid(z2)))
    return rows


def solves_xor(weights) -> bool:
    """True when the network's output is on XOR's side of 0.5 for all four inputs."""
    return all((row.output > 0.5) == (row.target > 0.5) for row in xor_table(weights))


def rounded_table(weights=LECTURE_WEIGHTS) -> list[XorRow]:
    """The lecture's calculation by hand: each hidden unit's sigmoid rounded to 0 or 1 before the output unit,
    e.g. input (0,0): sigmoid(−8) ≈ 0, sigmoid(3) ≈ 1, output sigmoid(−11·0 − 11·1 + 6) = sigmoid(−5) ≈ 0."""
    W1, b1, W2, b2 = _checked(weights)
    rows = []
    for row in xor_table(weights):
        a1 = np.round(row.hidden_a)
        z2 = float((a1 @ W2 + b2)[0])
        rows.append(XorRow(x=row.x, target=row.target, hidden_z=row.hidden_z, hidden_a=tuple(a1.tolist()),
                           output_z=z2, output=sigmoid(z2)))
    return rows


def _checked(weights):
    if len(weights) != 4:
        raise ValueError(f"XOR weights are [W1, b1, W2, b2] of a 2-h-1 network (got {len(weights)} arrays).")
    W1, b1, W2, b2 = (np.asarray(p, dtype=np.float64) for p in weights)
    h = W1.shape[1] if W1.ndim == 2 else -1
    if W1.shape != (2, h) or b1.shape != (h,) or W2.shape != (h, 1) or b2.shape != (1,):
        raise ValueError("XOR weights must be W1 (2, h), b1 (h,), W2 (h, 1), b2 (1,) "
                         f"(got {W1.shape}, {b1.shape}, {W2.shape}, {b2.shape}).")
    return W1, b1, W2, b2


# -- training from random -----------------------------------------------------------------------------------------
# the studio's XOR training: full-batch SGD (the four points each step), η = 3; 300 steps is enough for the seeds
# that escape XOR's local minimum (about 1 in 3 does not, for any optimizer)
TRAINING = {"optimizer": "sgd", "lr": 3.0, "epochs": 300}


def train_from_random(seed: int, epochs: int = TRAINING["epochs"], lr: float = TRAINING["lr"],
                      optimizer: str = TRAINING["optimizer"]) -> tuple[list[np.ndarray], bool]:
    """Train the lecture's 2-2-1 sigmoid network (binary cross-entropy) from the initial weights of ``seed`` on the
    four points; returns the final [W1, b1, W2, b2] and whether they solve XOR."""
    model = NetworkSpec.xor_default().build(seed=seed, dtype="float64",
                                            optimizer={"name": optimizer, "lr": lr})
    x, y = model.prepare(XOR_X, XOR_Y)
    for _ in range(epochs):
        model.train_step(x, y)
    weights = model.get_weights()
    return weights, solves_xor(weights)


def success_rate(seeds, **training) -> float:
    """The share of ``seeds`` from which backpropagation finds weights that solve XOR."""
    seeds = list(seeds)
    if not seeds:
        raise ValueError("Give at least one seed.")
    return sum(train_from_random(seed, **training)[1] for seed in seeds) / len(seeds)
