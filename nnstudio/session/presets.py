"""Set-ups that come with NN Studio: the network and training settings suggested for each data set, and the
examples of File → Examples (data, network, settings — and for "XOR by hand" the lecture's weights — together).

Each was tried here: the numbers in the comments are what the set-up reaches from seed 0.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from nnstudio.data.mnist import MNIST_KINDS
from nnstudio.engine.problems import PROBLEMS
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP
from nnstudio.session.config import DataChoice, TrainingConfig

# The lecture's hand-set XOR network: hidden unit 1 w = (5, 5), b = −8; hidden unit 2 w = (−7, −7), b = 3;
# output w = (−11, −11), b = 6. Column j of W1 holds hidden unit j's weights.
LECTURE_XOR_WEIGHTS = (
    np.array([[5.0, -7.0], [5.0, -7.0]], dtype=np.float32),  # W1 (2, 2)
    np.array([-8.0, 3.0], dtype=np.float32),                 # b1
    np.array([[-11.0], [-11.0]], dtype=np.float32),          # W2 (2, 1)
    np.array([6.0], dtype=np.float32),                       # b2
)

# XOR, measured: full-batch SGD with lr 3 solves the 2-2-1 sigmoid network in 131 steps from seed 0
# (77-540 steps for 2 of 3 seeds; about 1 seed in 3 is stuck in XOR's well-known local minimum, for any
# optimizer — Adam lr 0.1 got stuck more often). At 100 steps/s the learner watches it solve in ~1.5 s.
XOR_TRAINING = TrainingConfig(optimizer="sgd", lr=3.0, batch_size=32, seed=0, speed=100)
TOY_TRAINING = TrainingConfig(optimizer="adam", lr=0.01, batch_size=16, seed=0, speed=0)
MNIST_TRAINING = TrainingConfig(optimizer="adam", lr=1e-3, batch_size=128, seed=0, speed=0)


def _hidden(sizes, activation, initializer="glorot_uniform") -> tuple[LayerSpec, ...]:
    return tuple(LayerSpec(units, activation, initializer) for units in sizes)


# data set -> (hidden layers, activation) of the suggested network; the output layer follows the problem
_SUGGESTED_HIDDEN = {
    "xor": ((2,), "sigmoid"),              # the lecture's 2-2-1 network
    "xor_cloud": ((4,), "tanh"),
    "circle": ((4,), "tanh"),
    "gaussians": ((2,), "tanh"),
    "moons": ((8,), "tanh"),
    "spiral": ((8, 8, 6), "tanh"),
    "three_blobs": ((4,), "tanh"),
    "spiral3": ((16, 16), "tanh"),
    "sine": ((16, 16), "tanh"),
    "mnist": ((128, 64), "relu"),
    "fashion": ((128, 64), "relu"),
}


def suggested_training(key: str) -> TrainingConfig:
    """The training settings that suit data set ``key``: XOR's SGD lr 3 in slow motion diverges on the sine
    regression within a second, and MNIST wants bigger batches and a small Adam step."""
    if key == "xor":
        return XOR_TRAINING
    if key in MNIST_KINDS:
        return MNIST_TRAINING
    return TOY_TRAINING


def suggested_spec(key: str, dataset) -> NetworkSpec:
    """The network suggested for ``dataset`` (chosen as ``key``): its inputs and outputs, hidden layers that
    learn it (a CSV file gets one hidden layer of 16 ReLU units)."""
    sizes, activation = _SUGGESTED_HIDDEN.get(key, ((16,), "relu"))
    initializer = "he_uniform" if activation == "relu" else "glorot_uniform"
    problem = dataset.problem
    out_activation = PROBLEMS[problem][0]
    return NetworkSpec(dataset.input_dim, _hidden(sizes, activation, initializer),
                       LayerSpec(dataset.n_classes, out_activation, initializer), problem)


def follows_suggestion(config: TrainingConfig, key: str) -> bool:
    """True while ``config`` still has the optimizer settings suggested for data set ``key`` (not the
    learner's own; seed and speed aside)."""
    s = suggested_training(key)
    return (config.optimizer == s.optimizer and np.isclose(config.lr, s.lr)
            and config.batch_size == s.batch_size and not config.options)


def with_suggested_settings(config: TrainingConfig, key: str) -> TrainingConfig:
    """``config`` with the optimizer, rate, batch size and speed suggested for ``key`` (its seed and further
    choices, such as an epoch limit, stay)."""
    s = suggested_training(key)
    return replace(config, optimizer=s.optimizer, lr=s.lr, batch_size=s.batch_size, options=(), speed=s.speed)


@dataclass(frozen=True)
class Example:
    """A ready-made set-up of File → Examples."""

    key: str
    title: str                      # QT_TRANSLATE_NOOP("Examples", ...)
    description: str                # QT_TRANSLATE_NOOP("Examples", ...): what to watch for
    choice: DataChoice
    hidden: tuple[LayerSpec, ...]
    config: TrainingConfig
    loss: str | None = None         # None: the problem's loss from the lecture's table
    weights: tuple | None = None    # hand-set weights (the lecture's XOR network); None: drawn from the seed
    output: LayerSpec | None = None  # None: the output layer the problem type prescribes

    def spec(self, dataset) -> NetworkSpec:
        base = suggested_spec(self.choice.key, dataset)
        return replace(base, hidden=self.hidden, loss=self.loss, output=self.output or base.output)


EXAMPLES: dict[str, Example] = {e.key: e for e in (
    Example("xor", QT_TRANSLATE_NOOP("Examples", "XOR: watch a 2-2-1 network learn it"),
            QT_TRANSLATE_NOOP("Examples", "The lecture's four XOR points and its 2-2-1 sigmoid network, trained "
                                          "by SGD with learning rate 3 in slow motion: press Run and watch the "
                                          "boundary bend into place."),
            DataChoice("xor"), _hidden((2,), "sigmoid"), XOR_TRAINING),
    Example("xor_by_hand", QT_TRANSLATE_NOOP("Examples", "XOR by hand: the lecture's weights"),
            QT_TRANSLATE_NOOP("Examples", "The lecture's hand-set weights (w = (5, 5), b = −8; w = (−7, −7), "
                                          "b = 3; output w = (−11, −11), b = 6) solve XOR without training. "
                                          "Click a weight to change it and see what breaks."),
            DataChoice("xor"), _hidden((2,), "sigmoid"), XOR_TRAINING, weights=LECTURE_XOR_WEIGHTS),
    # measured (seed 0): the last hidden layer's bias gradient is 100-2,000× the first one's, and after 20,000
    # steps the network still guesses (test accuracy 50 %): the first layers hardly learn
    Example("vanishing", QT_TRANSLATE_NOOP("Examples", "The vanishing gradient: a deep sigmoid network"),
            QT_TRANSLATE_NOOP("Examples", "Five hidden sigmoid layers on the circle, plain SGD 0.5. Watch the "
                                          "gradient view: the lines stand like a staircase, each layer's "
                                          "gradient several times smaller than the next one's, the first "
                                          "layer's orders of magnitude below the last — and the network does "
                                          "not learn."),
            DataChoice("circle"), _hidden((4, 4, 4, 4, 4), "sigmoid"),
            TrainingConfig(optimizer="sgd", lr=0.5, batch_size=32, speed=300)),
    # measured (seeds 0-2): test accuracy 97-98 % after 2,000 steps; plain ReLU lost units for good (dead) on
    # one seed of three
    Example("relu_deep", QT_TRANSLATE_NOOP("Examples", "The cure: the same deep network with leaky ReLU and He"),
            QT_TRANSLATE_NOOP("Examples", "The same five hidden layers with leaky ReLU (its derivative is 1 for "
                                          "positive inputs, never 0) and He initialization, SGD 0.1: the "
                                          "gradients of all layers stay of one size, and the circle is learnt."),
            DataChoice("circle"), _hidden((4, 4, 4, 4, 4), "leaky_relu", "he_uniform"),
            TrainingConfig(optimizer="sgd", lr=0.1, batch_size=32, speed=300)),
    Example("spirals", QT_TRANSLATE_NOOP("Examples", "Spirals: a deeper tanh network"),
            QT_TRANSLATE_NOOP("Examples", "Two interleaved spirals need several layers: 8-8-6 tanh units with "
                                          "Adam. Each neuron shows its output over the plane."),
            DataChoice("spiral"), _hidden((8, 8, 6), "tanh"), TOY_TRAINING),
    Example("three_classes", QT_TRANSLATE_NOOP("Examples", "Three classes: softmax and cross-entropy"),
            QT_TRANSLATE_NOOP("Examples", "A three-arm spiral: one output unit per class, softmax, categorical "
                                          "cross-entropy (the lecture's table)."),
            DataChoice("spiral3"), _hidden((16, 16), "tanh"), TOY_TRAINING),
    Example("sine", QT_TRANSLATE_NOOP("Examples", "Regression: fit a sine"),
            QT_TRANSLATE_NOOP("Examples", "One input, one linear output, mean squared error: the network's "
                                          "curve bends onto the noisy sine."),
            DataChoice("sine"), _hidden((16, 16), "tanh"), TOY_TRAINING),
    Example("mnist", QT_TRANSLATE_NOOP("Examples", "MNIST: 784-128-64-10 ReLU"),
            QT_TRANSLATE_NOOP("Examples", "Handwritten digits: about 97 % test accuracy after two epochs. Open "
                                          "the drawing pad (Ctrl+D) and ask the studio's model."),
            DataChoice("mnist"), _hidden((128, 64), "relu", "he_uniform"), MNIST_TRAINING),
    Example("nielsen", QT_TRANSLATE_NOOP("Examples", "MNIST as in Nielsen's book: quadratic cost, SGD 3.0"),
            QT_TRANSLATE_NOOP("Examples", "Nielsen's [784, 30, 10] sigmoid network with the quadratic cost, "
                                          "SGD η = 3.0 and mini-batches of 10: about 95 % after three epochs."),
            DataChoice("mnist"), _hidden((30,), "sigmoid", "nielsen"),
            TrainingConfig(optimizer="sgd", lr=3.0, batch_size=10, speed=0), loss="quadratic",
            output=LayerSpec(10, "sigmoid", "nielsen")),
)}
