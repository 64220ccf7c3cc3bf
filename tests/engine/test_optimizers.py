"""Optimizers against hand-worked steps, torch's rules and their own contract."""

import numpy as np
import pytest

from nnstudio.engine import optimizers
from nnstudio.engine.optimizers import SGD, Adam


def test_sgd_plain_step_by_hand():
    p = np.array([1.0, -2.0])
    opt = SGD(lr=0.1)
    opt.step([p], [np.array([0.5, -1.0])])
    # p - lr * g = [1 - 0.05, -2 + 0.1]
    np.testing.assert_allclose(p, [0.95, -1.9])
    np.testing.assert_allclose(opt.updates[0], [0.05, -0.1])


def test_adam_first_step_is_lr_times_sign():
    p = np.array([1.0, -2.0])
    opt = Adam(lr=0.1)
    opt.step([p], [np.array([0.5, -1.0])])
    # m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + eps) ~= lr * sign(g)
    np.testing.assert_allclose(p, [0.9, -1.9], rtol=1e-7)


def test_get_by_name():
    assert isinstance(optimizers.get("adam"), Adam)
    with pytest.raises(ValueError, match="choose one of"):
        optimizers.get("adamax")
