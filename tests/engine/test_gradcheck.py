"""Backprop against float64 central differences for every activation × loss × regularizer."""
import numpy as np
import pytest

from nnstudio.engine import Dense, Dropout, L1L2, LeakyReLU, Sequential
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.gradcheck import (OUTPUT_ACTIVATIONS, REGULARIZERS, build_checked_model, check_all_combinations,
                                       check_gradients, small_problem)
from nnstudio.engine.losses import LOSSES

TOLERANCE = 1e-6


@pytest.mark.parametrize("dropout", [0.0, 0.5])
def test_every_activation_with_every_loss_and_regularizer(dropout):
    """Every hidden activation × (loss, sensible output activation) × regularizer; with dropout, its mask is
    fixed during the check."""
    results = check_all_combinations(dropout=dropout, seed=1 if dropout == 0.0 else 2)
    combos = {(r.hidden_activation, r.output_activation, r.loss, r.regularizer) for r in results}
    expected = sum(len(OUTPUT_ACTIVATIONS[loss]) for loss in LOSSES) * len(ACTIVATIONS) * len(REGULARIZERS)
    assert len(combos) == expected == len(results)
    failed = [r for r in results if not r.error < TOLERANCE]
    assert not failed, failed[:3]


def test_dropout_mask_is_really_applied_in_the_checked_gradient():
    # With a fixed mask the dropped units get zero gradient in the next layer's weights' rows.
    model = build_checked_model("tanh", "linear", "mse", dropout=0.5, seed=3)
    x, y = small_problem("mse", n=1, seed=3)
    assert check_gradients(model, x, y, seed=3) < TOLERANCE
    dropout = model.layers[1]
    dropped = np.flatnonzero(dropout.mask[0] == 0)
    assert 0 < len(dropped) < dropout.mask.shape[1]  # this seed drops some but not all of the 4 units
    np.testing.assert_array_equal(model.layers[2].dW[dropped], 0.0)


def test_deep_network_with_mixed_layers():
    model = Sequential([Dense(5, input_dim=3, activation="tanh", kernel_regularizer=L1L2(l1=1e-3, l2=1e-3),
                              bias_initializer="normal"),
                        Dropout(0.3),
                        Dense(4, activation=LeakyReLU(0.2), bias_initializer="normal"),
                        Dense(4, activation="sigmoid", bias_initializer="normal"),
                        Dense(3, activation="softmax")], seed=5, dtype="float64")
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
    x, y = small_problem("sparse_categorical_crossentropy", n=7, seed=5)
    assert check_gradients(model, x, y, seed=5) < TOLERANCE


def test_int_labels_with_categorical_crossentropy():
    model = build_checked_model("relu", "softmax", "categorical_crossentropy", seed=4)
    x, _ = small_problem("mse", seed=4)
    labels = np.array([0, 2, 1, 1, 0])
    assert check_gradients(model, x, labels, seed=4) < TOLERANCE


def test_a_wrong_backward_pass_is_caught():
    # The checker must be able to fail: break the sigmoid derivative and it reports a large error.
    model = build_checked_model("sigmoid", "linear", "mse", seed=6)
    x, y = small_problem("mse", seed=6)
    act = model.layers[0].activation_fn
    act.backward = lambda a, grad, out=None: np.multiply(grad, a, out=out)  # a instead of a(1-a)
    assert check_gradients(model, x, y, seed=6) > 1e-2


def test_float32_models_are_refused():
    model = Sequential([Dense(1, input_dim=2)], dtype="float32")
    model.compile(optimizer="sgd", loss="mse")
    with pytest.raises(ValueError, match="float64"):
        check_gradients(model, np.zeros((1, 2)), np.zeros((1, 1)))
