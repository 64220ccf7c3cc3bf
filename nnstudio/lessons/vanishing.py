"""Nielsen's vanishing-gradient experiment (his chapter 5): how fast each hidden layer learns at the start.

Sigmoid networks [784, 30, 30, 10], [784, 30, 30, 30, 10] and [784, 30, 30, 30, 30, 10] with weights drawn
from N(0, 1/n_in) and biases from N(0, 1), the cross-entropy cost, and the first 1,000 MNIST training images.
The "speed of learning" of hidden layer l is ||∂C/∂b^l||, the length of the gradient of the cost over those
1,000 images with respect to the layer's biases. Nielsen prints the speeds 0.07 and 0.31; 0.012, 0.060 and
0.283; 0.003, 0.017, 0.070 and 0.285: the last hidden layer learns 4.4×, 24× and 95× faster than the first. Each
layer back multiplies the gradient by weights × σ′(z), and σ′ ≤ 0.25.

For contrast: ReLU with He initialization (the factor stays near 1) and large initial weights (the gradient
grows toward the input: exploding).
"""
from __future__ import annotations

import numpy as np

from nnstudio.engine import Dense, Sequential
from nnstudio.engine.initializers import RandomNormal

NIELSEN_SIZES = ((784, 30, 30, 10), (784, 30, 30, 30, 10), (784, 30, 30, 30, 30, 10))
# the speeds of learning Nielsen prints for the three networks above, first hidden layer to last (chapter 5:
# "||δ1|| = 0.07... and ||δ2|| = 0.31...", then "0.012, 0.060, and 0.283" and "0.003, 0.017, 0.070, and 0.285")
NIELSEN_SPEEDS = ((0.07, 0.31), (0.012, 0.060, 0.283), (0.003, 0.017, 0.070, 0.285))
# the last hidden layer's speed over the first one's, to two digits as a learner works them out: 4.4, 24, 95
NIELSEN_FACTORS = tuple(float(f"{speeds[-1] / speeds[0]:.2g}") for speeds in NIELSEN_SPEEDS)
IMAGES = 1000

# the lesson's three set-ups: hidden activation, weight and bias initializers (engine names or instances)
EXPERIMENTS = {
    "sigmoid": {"activation": "sigmoid", "init": "nielsen", "bias_init": "normal"},
    "relu_he": {"activation": "relu", "init": "he_normal", "bias_init": "zeros"},
    # N(0, 1) weights on ReLU units: every layer back multiplies the gradient by about √(30/2) ≈ 4
    "large_weights": {"activation": "relu", "init": RandomNormal(0.0, 1.0), "bias_init": "zeros"},
}


def speed_of_learning(sizes, seed: int = 0, n: int = IMAGES, activation: str = "sigmoid", init="nielsen",
                      bias_init="normal", data=None) -> tuple[float, ...]:
    """||∂C/∂b|| of each hidden layer, first to last, at initialization (Nielsen's "speed of learning").

    ``sizes``: [inputs, hidden..., outputs]; the output layer is sigmoid, the cost Nielsen's cross-entropy
    C = −1/n Σ_x Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)] (summed over the outputs, as his network2.py);
    ``init``/``bias_init``: the weights' and biases' initializers (engine names or instances); ``data``: (x, y)
    with x (m, sizes[0]) and integer labels y (m,) — by default the first ``n`` MNIST training images.
    """
    sizes = tuple(int(s) for s in sizes)
    if len(sizes) < 3:
        raise ValueError(f"The network needs at least one hidden layer: [inputs, hidden..., outputs] (got {sizes}).")
    x, labels = _data(n) if data is None else (np.asarray(data[0]), np.asarray(data[1]))
    if x.shape[1] != sizes[0]:
        raise ValueError(f"The data has {x.shape[1]} features, but the network takes {sizes[0]} inputs.")
    layers = [Dense(units, input_dim=sizes[0] if i == 0 else None, kernel_initializer=init,
                    bias_initializer=bias_init, activation=activation if i < len(sizes) - 2 else "sigmoid")
              for i, units in enumerate(sizes[1:])]
    model = Sequential(layers, seed=seed, dtype="float64")
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    k = sizes[-1]
    y = np.eye(k)[labels]                       # one-hot rows: each output unit answers "is it this digit?"
    trace = model.backprop_trace(x, y)
    # the engine's binary cross-entropy averages over the k outputs too; Nielsen's sums over them
    return tuple(float(np.linalg.norm(nabla_b)) * k for nabla_b in trace.nabla_b[:-1])


def factor(norms) -> float:
    """How many times faster the last hidden layer learns than the first."""
    return norms[-1] / norms[0]


def _data(n: int):
    from nnstudio.data.mnist import load_mnist

    mnist = load_mnist("mnist")
    return mnist.x_train[:n], mnist.y_train[:n]
