"""MNIST accuracy of the engine: the two networks our users meet, trained on all 60,000 images.

Slow (about 10-60 s each on a quiet 2-core machine): marked ``slow``; CI runs them. Skipped, with the reason,
when the MNIST files are not found (set NNSTUDIO_DATA, or run ``nnstudio download mnist``).
"""
from __future__ import annotations

import time

import numpy as np
import pytest

from nnstudio.engine import SGD, Adam, Callback, Dense, Sequential

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mnist():
    from nnstudio.data.mnist import DataError, load_mnist

    try:
        return load_mnist("mnist")
    except DataError as exc:
        pytest.skip(f"MNIST not found, so the accuracy tests cannot run: {exc}")


class _ExponentialDecay(Callback):
    """lr = lr0 · factor^epoch, set live on the optimizer at the start of every epoch."""

    def __init__(self, lr0: float, factor: float):
        self.lr0, self.factor = lr0, factor

    def on_epoch_begin(self, epoch: int) -> None:
        self.model.optimizer.lr = self.lr0 * self.factor ** epoch


def test_mlp_256_128_relu_adam_reaches_98_percent(mnist):
    """784-256-128-10 / ReLU / softmax + cross-entropy / Adam, batch 128.

    Constant lr 1e-3 wanders between 97.5 and 98.1 % after 5-10 epochs (measured with PyTorch on 3 seeds),
    too close to 98 % to pass reliably. Adam lr 2e-3 decayed by 0.7 per epoch for 8 epochs gave
    98.23-98.35 % on 3 seeds (PyTorch) and settles instead of wandering.
    """
    model = Sequential([Dense(256, input_dim=784, activation="relu"),
                        Dense(128, activation="relu"),
                        Dense(10, activation="softmax")], seed=0, dtype="float32")
    model.compile(optimizer=Adam(lr=2e-3), loss="categorical_crossentropy", metrics=["accuracy"])
    t0 = time.perf_counter()
    hist = model.fit(mnist.x_train, mnist.y_train, epochs=8, batch_size=128, verbose=0,
                     callbacks=[_ExponentialDecay(2e-3, 0.7)])
    seconds = time.perf_counter() - t0
    loss, accuracy = model.evaluate(mnist.x_test, mnist.y_test)
    print(f"784-256-128-10 Adam: test accuracy {accuracy:.2%}, test loss {loss:.4f}, "
          f"training {seconds:.1f} s")
    assert hist.history["loss"][-1] < hist.history["loss"][0]
    assert accuracy >= 0.980, f"test accuracy {accuracy:.2%} < 98.0 %"


def test_nielsen_784_30_10_sigmoid_quadratic_sgd_reaches_94_percent_in_3_epochs(mnist):
    """Nielsen's network: [784, 30, 10] sigmoid, quadratic cost, SGD lr 3.0, mini-batches of 10.

    His network.py draws weights from N(0, 1): measured (PyTorch, 2 seeds) that reaches only 92.8-93.4 %
    after 3 epochs. network2.py's default initializer N(0, 1/n_in) ("nielsen") gave 94.6-95.2 % on 3 seeds.
    """
    model = Sequential([Dense(30, input_dim=784, activation="sigmoid", kernel_initializer="nielsen"),
                        Dense(10, activation="sigmoid", kernel_initializer="nielsen")],
                       seed=0, dtype="float32")
    model.compile(optimizer=SGD(lr=3.0), loss="quadratic", metrics=["accuracy"])
    one_hot = np.eye(10, dtype=np.float32)
    t0 = time.perf_counter()
    model.fit(mnist.x_train, one_hot[mnist.y_train], epochs=3, batch_size=10, verbose=0)
    seconds = time.perf_counter() - t0
    predicted = model.predict(mnist.x_test).argmax(axis=1)
    accuracy = float(np.mean(predicted == mnist.y_test))
    print(f"Nielsen [784, 30, 10]: test accuracy {accuracy:.2%} after 3 epochs, training {seconds:.1f} s")
    assert accuracy >= 0.94, f"test accuracy {accuracy:.2%} < 94 % after 3 epochs"
