"""Backprop against float64 central differences for every activation × loss × regularizer (issue 2)."""
import numpy as np
import pytest

from nnstudio.engine import Dense, Dropout, L1L2, LeakyReLU, Sequential
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.gradcheck import (OUTPUT_ACTIVATIONS, REGULARIZERS, build_checked_model, check_all_combinations,
                                       check_gradients, small_problem)
from nnstudio.engine.losses import LOSSES

TOLERANCE = 1e-6


@pytest.mark.parametrize("loss", list(LOSSES))
@pytest.mark.parametrize("regularizer", list(REGULARIZERS))
def test_every_activation_with_every_loss_and_regularizer(loss, regularizer):
    checked = 0
    for hidden in ACTIVATIONS:
        for output in OUTPUT_ACTIVATIONS[loss]:
            model = build_checked_model(hidden, output, loss, REGULARIZERS[regularizer], seed=1)
            x, y = small_problem(loss, seed=1)
            error = check_gradients(model, x, y, seed=1)
            assert error < TOLERANCE, f"{hidden} -> {output} with {loss}, {regularizer}: relative error {error:.2e}"
            checked += 1
    assert checked == len(ACTIVATIONS) * len(OUTPUT_ACTIVATIONS[loss])


def test_helper_covers_every_combination_including_dropout_with_a_fixed_mask():
    results = check_all_combinations(dropout=0.5, seed=2)
    combos = {(r.hidden_activation, r.output_activation, r.loss, r.regularizer) for r in results}
    expected = sum(len(OUTPUT_ACTIVATIONS[loss]) for loss in LOSSES) * len(ACTIVATIONS) * len(REGULARIZERS)
    assert len(combos) == expected == len(results)
    worst = max(results, key=lambda r: r.error)
    assert worst.error < TOLERANCE, worst


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
