"""Divergence with a finite loss is noticed (detector, fit's default callback); fit refuses binary labels of 7."""
import math
import warnings

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine import Adam, Dense, Sequential
from nnstudio.engine.callbacks import TerminateOnDivergence, TrainingDivergedWarning
from nnstudio.engine.divergence import Divergence, DivergenceDetector
from nnstudio.engine.spec import LayerSpec, NetworkSpec


def moons_model(lr):
    spec = NetworkSpec(2, (LayerSpec(8, "relu"), LayerSpec(8, "relu")), LayerSpec(1, "sigmoid"), "binary")
    return spec.build(seed=0, optimizer=Adam(lr=lr)), load_dataset("moons", n=200, seed=0)


def test_detector_nan_far_above_the_start_and_huge_weights():
    d = DivergenceDetector()
    assert d.check_loss(0.7, 1) is None                       # the start
    assert d.check_loss(50.0, 2) is None                      # bad, but not 100x
    found = d.check_loss(1.4e5, 3)
    assert found == Divergence("loss", 3, 1.4e5, start=0.7, factor=100.0)
    assert str(found.what()) == "The loss became 1.4e+05 at step 3, more than 100 times its start (0.7)"
    assert d.check_loss(math.nan, 4).reason == "nan" and d.check_loss(math.inf, 5).reason == "nan"
    assert str(d.check_loss(math.nan, 4).what()) == "The loss became NaN at step 4"
    # a start near zero (hand-set weights) is no scale: 1 is the smallest reference
    d.reset()
    assert d.check_loss(1e-6, 1) is None and d.check_loss(5.0, 2) is None and d.check_loss(101.0, 3)
    weights = [np.zeros((2, 2), np.float32), np.array([3.0, -7e6], np.float32)]
    found = DivergenceDetector().check_weights(weights, step=9)
    assert found.reason == "weights" and found.weight == pytest.approx(7e6)
    assert str(found.message(lr=0.01)) == ("A weight reached 7e+06 at step 9: training diverged. Try a smaller "
                                           "learning rate than 0.01, e.g. 0.001.")
    assert DivergenceDetector().check_weights([np.ones(3)]) is None
    assert DivergenceDetector(weight_bound=math.inf).check_weights(weights) is None
    with pytest.raises(ValueError, match="loss_factor"):
        DivergenceDetector(loss_factor=0.5)


def test_fit_stops_a_run_that_diverges_with_a_finite_loss_and_says_why():
    model, ds = moons_model(lr=1e6)
    with pytest.warns(TrainingDivergedWarning, match=r"more than 100 times its start.*smaller learning rate "
                                                     r"than 1e\+06, e\.g\. 100000"):
        history = model.fit(ds.x_train, ds.y_train, epochs=20, batch_size=16, verbose=0)
    assert len(history.epoch) == 1 and history.divergence.reason in ("loss", "weights", "nan")
    assert model.steps < 10
    # switched off, it runs on at a huge but finite loss (what the issue saw)
    model, ds = moons_model(lr=1e6)
    with warnings.catch_warnings():
        warnings.simplefilter("error", TrainingDivergedWarning)
        history = model.fit(ds.x_train, ds.y_train, epochs=5, batch_size=16, verbose=0,
                            terminate_on_divergence=False)
    assert len(history.epoch) == 5 and history.divergence is None
    assert all(math.isfinite(v) and v > 100 for v in history.history["loss"])


def test_a_healthy_run_is_left_alone_and_the_callback_is_configurable():
    model, ds = moons_model(lr=0.01)
    with warnings.catch_warnings():
        warnings.simplefilter("error", TrainingDivergedWarning)
        history = model.fit(ds.x_train, ds.y_train, epochs=5, batch_size=16, verbose=0)
    assert len(history.epoch) == 5 and history.divergence is None
    # a callback of one's own replaces the default one
    model, ds = moons_model(lr=1e6)
    own = TerminateOnDivergence(loss_factor=1e30, weight_bound=math.inf, warn=False)
    history = model.fit(ds.x_train, ds.y_train, epochs=3, batch_size=16, verbose=0, callbacks=[own])
    assert len(history.epoch) == 3 and own.divergence is None


def test_nan_loss_stops_fit_too():
    model = Sequential([Dense(1, input_dim=1)], seed=0)
    model.compile(optimizer="sgd", loss="mse")
    x = np.linspace(-1, 1, 32, dtype=np.float32)[:, None] * 1e3
    model.optimizer.lr = 1e3
    with pytest.warns(TrainingDivergedWarning, match="training diverged"):
        history = model.fit(x, 5 * x, epochs=50, batch_size=8, verbose=0)
    assert len(history.epoch) == 1 and history.divergence is not None


def test_binary_crossentropy_refuses_targets_outside_0_and_1():
    model, ds = moons_model(lr=0.01)
    y = ds.y_train.copy()
    y[3] = 7
    with pytest.raises(ValueError, match="binary_crossentropy needs targets between 0 and 1.*holds 7"):
        model.fit(ds.x_train, y, epochs=1, verbose=0)
    with pytest.raises(ValueError, match="between 0 and 1"):
        model.train_on_batch(ds.x_train[:4], -np.ones((4, 1)))
    model.fit(ds.x_train, np.clip(ds.y_train * 0.9 + 0.05, 0, 1), epochs=1, verbose=0)   # soft labels are fine
