"""The overfitting lab: a large network on 1,000 MNIST training images learns them by heart while the test
accuracy stays behind; each cure of the lecture is measured by how much of that train/test gap it closes.

Cures: L2 regularization (adds l2·Σw², shrinks all weights), L1 (adds l1·Σ|w|, drives some to zero), dropout
(0.5 after each hidden layer while training), data augmentation (every epoch trains on freshly shifted,
rotated, scaled and re-stroked variants of the 1,000 images) and a smaller model.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from nnstudio.data.augment import Augmenter
from nnstudio.engine import _fused
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP

IMAGES = 1000
LARGE = NetworkSpec(784, (LayerSpec(256, "relu", "he_normal"), LayerSpec(256, "relu", "he_normal")),
                    LayerSpec(10, "softmax"), problem="multiclass")
SMALL = NetworkSpec(784, (LayerSpec(30, "relu", "he_normal"),), LayerSpec(10, "softmax"), problem="multiclass")
TRAINING = {"optimizer": "adam", "lr": 0.001, "batch_size": 32, "seed": 0, "epochs": 50}
L2 = 0.001
L1 = 0.0001
DROPOUT = 0.5

# cure -> its title (context "Lessons")
CURES = {"none": QT_TRANSLATE_NOOP("Lessons", "No cure"),
         "l2": QT_TRANSLATE_NOOP("Lessons", "L2 regularization"),
         "l1": QT_TRANSLATE_NOOP("Lessons", "L1 regularization"),
         "dropout": QT_TRANSLATE_NOOP("Lessons", "Dropout"),
         "augmentation": QT_TRANSLATE_NOOP("Lessons", "Data augmentation"),
         "smaller": QT_TRANSLATE_NOOP("Lessons", "A smaller model")}


def spec_for(cure: str) -> NetworkSpec:
    """The lab's network with one cure applied (augmentation changes the data, not the network)."""
    if cure not in CURES:
        raise ValueError(f"Unknown cure {cure!r}; choose one of {', '.join(CURES)}.")
    if cure == "smaller":
        return SMALL
    changes = {"l2": {"l2": L2}, "l1": {"l1": L1}, "dropout": {"dropout": DROPOUT}}.get(cure, {})
    return replace(LARGE, hidden=tuple(replace(layer, **changes) for layer in LARGE.hidden))


@dataclass(frozen=True)
class CureResult:
    cure: str
    train_accuracy: float       # on the 1,000 training images (inference mode: no dropout)
    test_accuracy: float        # on the test images
    train_accuracies: tuple[float, ...]   # after each epoch: the curves that part
    test_accuracies: tuple[float, ...]

    @property
    def gap(self) -> float:
        return self.train_accuracy - self.test_accuracy


def _build(cure: str, seed: int):
    return spec_for(cure).build(seed=seed, optimizer={"name": TRAINING["optimizer"], "lr": TRAINING["lr"]})


def kernels_pending(cures) -> bool:
    """Whether training these cures' networks takes compiled kernels that are not built yet in this process (the
    first epoch would wait seconds for numba, see engine._fused); ``prepare_kernels`` builds them."""
    return not _fused.ready() and any(_fused.would_use(_build(cure, 0), TRAINING["batch_size"]) for cure in cures)


def prepare_kernels() -> None:
    """Build the compiled kernels now: about 4 s the first time on a computer, then 0.4 s from numba's cache."""
    _fused.warm_up()


def train_with_cure(cure: str, x_train, y_train, x_test, y_test, epochs: int = TRAINING["epochs"],
                    seed: int = TRAINING["seed"]) -> CureResult:
    """Train the lab's network with ``cure`` and measure the train and test accuracy after every epoch.

    x: (n, 784) images in [0, 1]; y: integer labels (n,).
    """
    if epochs < 1:
        raise ValueError(f"Train for at least one epoch (got {epochs}).")
    *_, result = train_with_cure_iter(cure, x_train, y_train, x_test, y_test, epochs, seed)
    return result


def train_with_cure_iter(cure: str, x_train, y_train, x_test, y_test, epochs: int = TRAINING["epochs"],
                         seed: int = TRAINING["seed"]):
    """:func:`train_with_cure` one epoch at a time, for a worker thread: yields the :class:`CureResult` so far
    after every epoch (its curves as long as the epochs done); the last one yielded is the final result."""
    model = _build(cure, seed)
    rng = np.random.default_rng(seed)
    augment = Augmenter() if cure == "augmentation" else None
    train_curve, test_curve = [], []
    for _ in range(epochs):
        x = augment(x_train, rng) if augment is not None else x_train
        model.fit(x, y_train, epochs=1, batch_size=TRAINING["batch_size"], verbose=0)
        train_curve.append(model.evaluate(x_train, y_train)[1])
        test_curve.append(model.evaluate(x_test, y_test)[1])
        yield CureResult(cure, train_curve[-1], test_curve[-1], tuple(train_curve), tuple(test_curve))


def overfitting_table(cures=tuple(CURES), n: int = IMAGES, epochs: int = TRAINING["epochs"],
                      seed: int = TRAINING["seed"], data=None) -> list[CureResult]:
    """One row per cure: the final train and test accuracy and their gap.

    ``data``: (x_train, y_train, x_test, y_test); by default the first ``n`` MNIST training images and the 10,000
    test images.
    """
    if data is None:
        from nnstudio.data.mnist import load_mnist

        mnist = load_mnist("mnist")
        data = (mnist.x_train[:n], mnist.y_train[:n], mnist.x_test, mnist.y_test)
    return [train_with_cure(cure, *data, epochs=epochs, seed=seed) for cure in cures]
