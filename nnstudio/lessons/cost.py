"""Why we minimise a cost: Nielsen's MNIST network, the cost against the error count along one weight, and
the learning slowdown of a sigmoid neuron under the quadratic cost.

Nielsen's first network is [784, 30, 10], sigmoid everywhere, quadratic cost C = 1/(2n) Σ_x ||y(x) − a||²,
trained by SGD with η = 3.0 on mini-batches of 10. Along one weight the number of misclassified images changes
in whole steps (a staircase, flat almost everywhere: no slope to follow), while the cost changes smoothly.

The learning slowdown (his chapter 3): one sigmoid neuron learns to turn input 1 into output 0. Under the
quadratic cost ∂C/∂w = (a − y) σ′(z) x: started badly wrong (w = b = 2, output 0.98) σ′(z) is tiny and the
neuron barely moves at first; started at w = 0.6, b = 0.9 (output 0.82) it learns at once. Under the
cross-entropy cost ∂C/∂w = (a − y) x: no σ′, so the worse the neuron is, the faster it learns.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.engine import Dense, Sequential
from nnstudio.engine.spec import LayerSpec, NetworkSpec

# Nielsen's chapter-1 network and training
NIELSEN_SPEC = NetworkSpec(784, (LayerSpec(30, "sigmoid", "normal"),), LayerSpec(10, "sigmoid", "normal"),
                           problem="multiclass", loss="quadratic")
# (seed 1: a start like the book's, 91.9 % after the first epoch against his 91.29 %; from seed 0's N(0, 1) weights
# the network learned only 64 % in its first epoch and stayed below 90 % for eight)
NIELSEN_TRAINING = {"optimizer": "sgd", "lr": 3.0, "batch_size": 10, "seed": 1}

# the chapter-3 neuron: input 1, desired output 0, two starting points, η = 0.15, 300 epochs
SLOWDOWN_STARTS = {"good": (0.6, 0.9), "bad": (2.0, 2.0)}
SLOWDOWN_ETA = 0.15
SLOWDOWN_EPOCHS = 300
SLOWDOWN_COSTS = {"quadratic": "quadratic", "cross_entropy": "binary_crossentropy"}   # lesson name -> engine loss
# the rate of Nielsen's own cross-entropy figures ("I used η = 0.005"; the lesson trains both costs at 0.15, so
# that the two runs compare step by step: he notes that the rates of two costs do not compare directly)
NIELSEN_CROSS_ENTROPY_ETA = 0.005


@dataclass(frozen=True)
class NeuronRun:
    """One neuron's training: output a, cost, w and b before each epoch and after the last ((epochs + 1,))."""

    outputs: np.ndarray
    costs: np.ndarray
    weights: np.ndarray
    biases: np.ndarray


def single_neuron(w: float, b: float, cost: str = "quadratic", eta: float = SLOWDOWN_ETA,
                  epochs: int = SLOWDOWN_EPOCHS, x: float = 1.0, y: float = 0.0) -> NeuronRun:
    """Train one sigmoid neuron on the single example (x, y) by gradient descent, one step per epoch, with the
    engine (``cost``: "quadratic" or "cross_entropy")."""
    if cost not in SLOWDOWN_COSTS:
        raise ValueError(f"Unknown cost {cost!r}; choose one of {', '.join(SLOWDOWN_COSTS)}.")
    model = Sequential([Dense(1, input_dim=1, activation="sigmoid", kernel_initializer=[[w]],
                              bias_initializer=[b])], dtype="float64")
    model.compile(optimizer={"name": "sgd", "lr": eta}, loss=SLOWDOWN_COSTS[cost])
    xs, ys = model.prepare([[x]], [[y]])
    outputs, costs, weights, biases = [], [], [], []
    for epoch in range(epochs + 1):
        outputs.append(float(model.predict(xs)[0, 0]))
        weights.append(float(model.layers[0].W[0, 0]))
        biases.append(float(model.layers[0].b[0]))
        if epoch < epochs:
            costs.append(model.train_step(xs, ys))     # the cost before this step
    costs.append(model.evaluate(xs, ys))
    return NeuronRun(*(np.array(v) for v in (outputs, costs, weights, biases)))


def epochs_to_reach(run: NeuronRun, output: float) -> int | None:
    """The first epoch at which the neuron's output is at or below ``output`` (None if it never gets there)."""
    below = np.flatnonzero(run.outputs <= output)
    return int(below[0]) if below.size else None


@dataclass(frozen=True)
class WeightSweep:
    """The cost and the number of misclassified examples as one weight takes each of ``values``."""

    values: np.ndarray
    costs: np.ndarray
    errors: np.ndarray


def along_weight(model, x, y, index: tuple[int, ...], values, parameter: int = 0) -> WeightSweep:
    """Sweep one weight of a compiled classifier through ``values``; the others stay as they are.

    ``parameter`` picks the array in [W1, b1, W2, b2, ...] and ``index`` the entry in it. The model's weights
    are put back afterwards.
    """
    original = model.get_weights()
    weights = [p.copy() for p in original]
    x, y = model.prepare(x, y)
    labels = y if y.ndim == 1 else y.argmax(axis=1)
    values = np.asarray(values, dtype=np.float64)
    costs, errors = np.empty(len(values)), np.empty(len(values), dtype=np.int64)
    try:
        for i, v in enumerate(values):
            weights[parameter][index] = v
            model.set_weights(weights)
            loss = model.evaluate(x, y)
            costs[i] = loss[0] if isinstance(loss, list) else loss
            errors[i] = int(np.count_nonzero(model.predict(x).argmax(axis=1) != labels))
    finally:
        model.set_weights(original)
    return WeightSweep(values, costs, errors)
