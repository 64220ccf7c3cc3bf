"""layer_stats(): per-layer statistics of the last step, from buffers, computed only when asked."""
import math

import numpy as np
import pytest

from nnstudio.engine import SGD, Dense, Sequential
from nnstudio.engine import stats as stats_module

from .helpers import XOR_X, XOR_Y, PlainSGD


def test_no_stats_before_the_first_step():
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    assert model.layer_stats() == []


def test_sigmoid_with_huge_weights_is_saturated():
    model = Sequential([Dense(16, input_dim=2, activation="sigmoid", kernel_initializer={"name": "normal",
                                                                                       "stddev": 100.0}),
                        Dense(1, activation="sigmoid")], seed=0)
    model.compile(optimizer=PlainSGD(0.1), loss="binary_crossentropy")
    x = np.random.default_rng(0).normal(size=(64, 2))
    model.train_on_batch(x, (x[:, :1] > 0))
    hidden = model.layer_stats()[0]
    assert hidden.activation == "sigmoid" and hidden.units == 16
    assert hidden.saturation > 0.95
    assert hidden.dead_fraction == 0.0


def test_tanh_saturation_uses_its_limits():
    model = Sequential([Dense(4, input_dim=1, activation="tanh", kernel_initializer="zeros")], seed=0)
    model.compile(optimizer=PlainSGD(0.0), loss="mse")
    model.train_on_batch(np.ones((8, 1)), np.zeros((8, 4)))
    assert model.layer_stats()[0].saturation == 0.0  # tanh(0) = 0 is the middle, not a limit
    model.set_weights([np.full((1, 4), 50.0), np.zeros(4)])
    model.train_on_batch(np.ones((8, 1)), np.zeros((8, 4)))
    assert model.layer_stats()[0].saturation == 1.0


def test_dead_relu_fraction():
    model = Sequential([Dense(4, input_dim=3, activation="relu"), Dense(1)], seed=0)
    model.compile(optimizer=PlainSGD(0.0), loss="mse")
    W, b, W2, b2 = model.get_weights()
    b[:] = [-100.0, -100.0, -100.0, 100.0]  # three units never fire on inputs in [0, 1]
    model.set_weights([W, b, W2, b2])
    x = np.random.default_rng(1).uniform(size=(32, 3))
    model.train_on_batch(x, np.zeros((32, 1)))
    s = model.layer_stats()[0]
    assert s.dead_fraction == pytest.approx(0.75)
    assert s.saturation == 0.0
    assert model.layer_stats()[1].dead_fraction == 0.0  # linear output: not ReLU family


def test_values_match_the_last_steps_gradients_and_updates():
    model = Sequential([Dense(3, input_dim=2, activation="tanh"), Dense(1, activation="sigmoid")], seed=4)
    model.compile(optimizer=SGD(lr=0.5), loss="binary_crossentropy")
    model.train_on_batch(XOR_X, XOR_Y)
    W_before = model.get_weights()
    model.train_on_batch(XOR_X, XOR_Y)
    W_after = model.get_weights()
    layer = model.layers[0]
    s = model.layer_stats()[0]
    assert s.weight_grad_norm == pytest.approx(np.linalg.norm(layer.dW), rel=1e-6)
    assert s.weight_grad_mean_abs == pytest.approx(np.abs(layer.dW).mean(), rel=1e-6)
    assert s.bias_grad_norm == pytest.approx(np.linalg.norm(layer.db), rel=1e-6)
    assert s.bias_grad_mean_abs == pytest.approx(np.abs(layer.db).mean(), rel=1e-6)
    assert s.weight_norm == pytest.approx(np.linalg.norm(W_after[0]), rel=1e-6)
    expected_ratio = np.linalg.norm(W_before[0] - W_after[0]) / np.linalg.norm(W_after[0])
    assert s.update_ratio == pytest.approx(expected_ratio, rel=1e-4)
    hidden = np.tanh(XOR_X @ W_before[0] + W_before[1])  # the last step's forward used the weights before it
    assert s.activation_mean == pytest.approx(hidden.mean(), rel=1e-5)
    assert s.activation_std == pytest.approx(hidden.std(), rel=1e-5)
    assert all(isinstance(getattr(s, f), (int, float, str)) for f in s.__dataclass_fields__)


def test_stats_are_not_computed_during_training(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("layer statistics computed in the training loop")
    monkeypatch.setattr(stats_module, "layer_stats", fail)
    monkeypatch.setattr("nnstudio.engine.model.layer_stats", fail)
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    model.fit(XOR_X, XOR_Y, epochs=3, verbose=0)
    with pytest.raises(AssertionError, match="computed"):
        model.layer_stats()


def test_update_ratio_is_nan_when_the_optimizer_reports_no_updates():
    class Bare:
        name = "bare"

        def step(self, params, grads):
            for p, g in zip(params, grads):
                p -= 0.1 * g

    model = Sequential([Dense(1, input_dim=2, activation="sigmoid")])
    model.compile(optimizer=Bare(), loss="binary_crossentropy")
    model.train_on_batch(XOR_X, XOR_Y)
    assert math.isnan(model.layer_stats()[0].update_ratio)


def test_leaky_relu_units_never_die():
    model = Sequential([Dense(4, input_dim=3, activation="leaky_relu", bias_initializer={"name": "normal",
                                                                                       "mean": -100.0}),
                        Dense(1)], seed=0)
    model.compile(optimizer=PlainSGD(0.0), loss="mse")
    model.train_on_batch(np.random.default_rng(1).uniform(size=(32, 3)), np.zeros((32, 1)))
    s = model.layer_stats()[0]
    assert s.activation_mean < 0  # every unit is on its leaky side ...
    assert s.dead_fraction == 0.0  # ... yet passes gradient (slope 0.01), so none is dead
