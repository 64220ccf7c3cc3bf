"""Losses: values against their formulas (and PyTorch when installed), fused forms at extreme logits."""
import warnings

import numpy as np
import pytest

from nnstudio.engine import activations as A
from nnstudio.engine import losses as L

rng = np.random.default_rng(0)
Z = rng.normal(size=(6, 3)) * 3
Y_ONEHOT = np.eye(3)[[0, 2, 1, 1, 0, 2]]
Y_REAL = rng.normal(size=(6, 3))
Y_BIN = rng.uniform(size=(6, 3)).round()


def _value(loss, act, z, y):
    act = A.get(act)
    a = act(z)
    return L.get(loss).fn(z, a, y, act)


def test_mse_is_the_mean_over_all_elements():
    a = Z
    assert _value("mse", "linear", Z, Y_REAL) == pytest.approx(np.mean((a - Y_REAL) ** 2))


def test_quadratic_is_nielsens_cost():
    # C = 1/(2n) Σ_x ||y(x) - a||²
    expected = np.sum((Y_REAL - Z) ** 2) / (2 * len(Z))
    assert _value("quadratic", "linear", Z, Y_REAL) == pytest.approx(expected)


@pytest.mark.parametrize("act", ["sigmoid", "softmax"])
def test_binary_crossentropy_fused_and_plain_agree_with_the_formula(act):
    a = A.get(act)(Z)
    expected = -np.mean(Y_BIN * np.log(a) + (1 - Y_BIN) * np.log(1 - a))
    assert _value("binary_crossentropy", act, Z, Y_BIN) == pytest.approx(expected, rel=1e-6)


def test_categorical_crossentropy_fused_with_softmax():
    a = A.get("softmax")(Z)
    expected = -np.sum(Y_ONEHOT * np.log(a)) / len(Z)
    assert _value("categorical_crossentropy", "softmax", Z, Y_ONEHOT) == pytest.approx(expected, rel=1e-12)
    labels = Y_ONEHOT.argmax(axis=1)
    assert _value("sparse_categorical_crossentropy", "softmax", Z, labels) == pytest.approx(expected, rel=1e-12)


def test_fused_deltas_are_a_minus_y_over_n():
    a = A.get("softmax")(Z)
    delta = L.get("categorical_crossentropy").delta(Z, a, Y_ONEHOT, A.get("softmax"))
    np.testing.assert_allclose(delta, (a - Y_ONEHOT) / len(Z))
    s = A.get("sigmoid")(Z)
    delta = L.get("binary_crossentropy").delta(Z, s, Y_BIN, A.get("sigmoid"))
    np.testing.assert_allclose(delta, (s - Y_BIN) / Z.size)


@pytest.mark.parametrize("loss, act, y", [
    ("categorical_crossentropy", "softmax", np.array([[1.0, 0.0], [0.0, 1.0]])),
    ("sparse_categorical_crossentropy", "softmax", np.array([0, 1])),
    ("binary_crossentropy", "sigmoid", np.array([[1.0, 0.0], [0.0, 1.0]])),
])
def test_extreme_logits_give_exact_finite_losses_without_warnings(loss, act, y):
    # the first sample is confidently right, the second confidently wrong by a margin of 2e4
    z = np.array([[1e4, -1e4], [1e4, -1e4]], dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with np.errstate(over="raise", invalid="raise", divide="raise"):
            value = _value(loss, act, z, y)
    if loss == "binary_crossentropy":
        assert value == pytest.approx(2e4 / 4)  # two wrong outputs of 1e4 each over 4 elements
    else:
        assert value == pytest.approx(2e4 / 2)  # one sample wrong by 2e4, mean over 2


def test_against_pytorch():
    torch = pytest.importorskip("torch")
    F = torch.nn.functional
    zt, labels = torch.tensor(Z), torch.tensor(Y_ONEHOT.argmax(axis=1))
    assert _value("categorical_crossentropy", "softmax", Z, Y_ONEHOT) == pytest.approx(
        F.cross_entropy(zt, labels).item(), rel=1e-10)
    assert _value("binary_crossentropy", "sigmoid", Z, Y_BIN) == pytest.approx(
        F.binary_cross_entropy_with_logits(zt, torch.tensor(Y_BIN)).item(), rel=1e-10)
    assert _value("mse", "linear", Z, Y_REAL) == pytest.approx(F.mse_loss(zt, torch.tensor(Y_REAL)).item())


def test_unknown_loss_names_the_choices():
    with pytest.raises(ValueError, match="choose one of mse, quadratic"):
        L.get("hinge")
    assert L.get("mean_squared_error").name == "mse"
