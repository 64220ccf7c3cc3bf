"""Activations: values, derivatives and stability at |z| = 1e4 without overflow warnings."""
import warnings

import numpy as np
import pytest

from nnstudio.engine import activations as A
from nnstudio.engine.activations import ACTIVATIONS, LeakyReLU

Z = np.array([[-3.0, -0.5, 0.0, 0.7, 2.5], [1.0, -1.0, 4.0, -4.0, 0.3]])

Z_AWAY_FROM_KINKS = Z + 0.1 * (Z == 0)  # ReLU has no derivative at 0

REFERENCE = {
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    "tanh": np.tanh,
    "relu": lambda z: np.maximum(z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
    "linear": lambda z: z,
    "softmax": lambda z: np.exp(z) / np.exp(z).sum(axis=1, keepdims=True),
}


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_forward_matches_the_formula(name):
    np.testing.assert_allclose(A.get(name)(Z), REFERENCE[name](Z), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_backward_is_the_derivative(name):
    # dC/dz for C = sum(g * f(z)) by central differences, against backward(a, g)
    act = A.get(name)
    z = Z_AWAY_FROM_KINKS
    g = np.random.default_rng(0).normal(size=z.shape)
    eps = 1e-6
    numeric = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        zp, zm = z.copy(), z.copy()
        zp[idx] += eps
        zm[idx] -= eps
        numeric[idx] = (np.sum(g * act(zp)) - np.sum(g * act(zm))) / (2 * eps)
    a = act(z)
    np.testing.assert_allclose(act.backward(a, g.copy()), numeric, rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_huge_inputs_give_finite_outputs_without_warnings(name, dtype):
    z = np.array([[-1e4, -1e3, -50.0, 0.0, 50.0, 1e3, 1e4]], dtype=dtype)
    act = A.get(name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            a = act(z)
            d = act.backward(a, np.ones_like(a))
    assert a.dtype == dtype and np.all(np.isfinite(a)) and np.all(np.isfinite(d))
    if name == "sigmoid":
        assert a[0, 0] == 0.0 and a[0, -1] == 1.0 and a[0, 3] == 0.5
    if name == "tanh":
        assert a[0, 0] == -1.0 and a[0, -1] == 1.0
    if name == "softmax":
        assert a[0, -1] == pytest.approx(1.0) and a.sum() == pytest.approx(1.0)


def test_sigmoid_keeps_precision_for_negative_inputs():
    z = np.array([-30.0, -10.0], dtype=np.float32)
    a = A.get("sigmoid")(z)
    np.testing.assert_allclose(a, 1 / (1 + np.exp(-z.astype(np.float64))), rtol=1e-6)


def test_leaky_relu_slope_is_settable():
    assert A.get("leaky_relu").alpha == 0.01
    assert A.get({"name": "leaky_relu", "alpha": 0.2}).alpha == 0.2
    act = LeakyReLU(0.3)
    np.testing.assert_allclose(act(np.array([[-2.0, 2.0]])), [[-0.6, 2.0]])
    np.testing.assert_allclose(act.backward(np.array([[-0.6, 2.0]]), np.ones((1, 2))), [[0.3, 1.0]])
    with pytest.raises(ValueError, match="alpha"):
        LeakyReLU(-1.0)


def test_unknown_activation_names_the_choices():
    with pytest.raises(ValueError, match="choose one of sigmoid, tanh"):
        A.get("swish")


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_forward_in_place_gives_the_same_result(name):
    # inference computes a = f(z) over z's own memory
    z = Z.copy()
    out = A.get(name).forward(z, z)
    np.testing.assert_allclose(out, REFERENCE[name](Z), rtol=1e-12, atol=1e-15)
