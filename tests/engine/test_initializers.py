"""Initializers and regularizers: the variances the lecture names, explicit values, L1/L2 in loss and gradient."""
import numpy as np
import pytest

from nnstudio.engine import Dense, L1L2, Sequential
from nnstudio.engine import initializers as I
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.regularizers import L1, L2

FAN_IN, FAN_OUT = 400, 200


def draw(name):
    return I.get(name)((FAN_IN, FAN_OUT), np.random.default_rng(0), np.float64)


@pytest.mark.parametrize("name, std", [
    ("glorot_uniform", np.sqrt(2 / (FAN_IN + FAN_OUT))),   # U(±sqrt(6/(in+out))) has variance 2/(in+out)
    ("glorot_normal", np.sqrt(2 / (FAN_IN + FAN_OUT))),
    ("xavier_uniform", np.sqrt(2 / (FAN_IN + FAN_OUT))),
    ("xavier_normal", np.sqrt(2 / (FAN_IN + FAN_OUT))),
    ("he_uniform", np.sqrt(2 / FAN_IN)),
    ("he_normal", np.sqrt(2 / FAN_IN)),
    ("lecun_normal", np.sqrt(1 / FAN_IN)),
    ("nielsen", np.sqrt(1 / FAN_IN)),
    ("normal", 1.0),
    ("uniform", 0.05 / np.sqrt(3)),
])
def test_standard_deviations(name, std):
    w = draw(name)
    assert w.shape == (FAN_IN, FAN_OUT)
    assert abs(w.mean()) < 0.05 * std
    assert w.std() == pytest.approx(std, rel=0.02)


def test_uniform_limits_and_constants():
    w = I.get({"name": "uniform", "limit": 2.0})((50, 50), np.random.default_rng(1), np.float32)
    assert w.dtype == np.float32 and w.min() >= -2.0 and w.max() <= 2.0 and w.max() > 1.9
    assert not draw("zeros").any() and (draw("ones") == 1).all()


def test_every_registered_name_works_and_unknown_names_say_what_exists():
    for name in INITIALIZERS:
        assert draw(name).shape == (FAN_IN, FAN_OUT)
    with pytest.raises(ValueError, match="choose one of glorot_uniform"):
        I.get("random")


def test_explicit_arrays_as_initial_weights():
    W = np.array([[5.0, -7.0], [5.0, -7.0]])
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid", kernel_initializer=W,
                              bias_initializer=[-8.0, 3.0])])
    np.testing.assert_array_equal(model.get_weights()[0], W)
    np.testing.assert_array_equal(model.get_weights()[1], [-8.0, 3.0])
    with pytest.raises(ValueError, match=r"shape \(2, 2\).*needs \(3, 2\)"):
        Sequential([Dense(2, input_dim=3, kernel_initializer=W)])


def test_float32_and_float64_models_start_from_the_same_values():
    a = Sequential([Dense(3, input_dim=4)], seed=5, dtype="float32").get_weights()[0]
    b = Sequential([Dense(3, input_dim=4)], seed=5, dtype="float64").get_weights()[0]
    np.testing.assert_array_equal(a, b.astype(np.float32))


def test_regularizer_penalty_and_gradient():
    W = np.array([[1.0, -2.0], [0.5, 0.0]])
    reg = L1L2(l1=0.1, l2=0.01)
    assert reg(W) == pytest.approx(0.1 * 3.5 + 0.01 * 5.25)
    dW = np.zeros_like(W)
    reg.add_gradient(W, dW)
    np.testing.assert_allclose(dW, 0.1 * np.sign(W) + 0.02 * W)
    assert L1(0.3).l1 == 0.3 and L2(0.2).l2 == 0.2
    with pytest.raises(ValueError, match=">= 0"):
        L1L2(l2=-1)


def test_regularization_is_part_of_the_reported_loss():
    x = np.ones((4, 2))
    y = np.zeros((4, 1))
    plain = Sequential([Dense(1, input_dim=2, kernel_initializer="ones")], dtype="float64")
    reg = Sequential([Dense(1, input_dim=2, kernel_initializer="ones", kernel_regularizer=L1L2(l2=0.5))],
                     dtype="float64")
    for m in (plain, reg):
        m.compile(optimizer="sgd", loss="mse")
    assert reg.evaluate(x, y) == pytest.approx(plain.evaluate(x, y) + 0.5 * 2)
