"""Optimizers against hand-worked steps, and their contract (lr, state, config, validation).

The comparison against torch.optim over many steps is in test_optimizers_torch.py.
Hand-worked tests use eps=0 where it would only blur the numbers.
"""

import json
import math

import numpy as np
import pytest

from nnstudio.engine import optimizers
from nnstudio.engine.optimizers import SGD, Adagrad, Adam, AdamW, Optimizer, RMSprop


def run(opt, grads, p0=1.0):
    """Apply the scalar gradients one step each to a 1-element parameter; return p after each step."""
    p = np.array([p0])
    trace = []
    for g in grads:
        opt.step([p], [np.array([g])])
        trace.append(float(p[0]))
    return trace


# --- SGD ----------------------------------------------------------------------------------
def test_sgd_plain_step_by_hand():
    p = np.array([1.0, -2.0])
    opt = SGD(lr=0.1)
    opt.step([p], [np.array([0.5, -1.0])])
    # p - lr * g = [1 - 0.05, -2 + 0.1]
    np.testing.assert_allclose(p, [0.95, -1.9])
    np.testing.assert_allclose(opt.updates[0], [0.05, -0.1])


def test_sgd_momentum_by_hand():
    # buf = g on step 1 (torch: no dampening on the first step), then buf = 0.9 buf + g
    # step 1: buf = 1            p = 1    - 0.1 * 1    = 0.9
    # step 2: buf = 0.9 + 2 = 2.9  p = 0.9  - 0.29      = 0.61
    # step 3: buf = 2.61 - 1 = 1.61 p = 0.61 - 0.161    = 0.449
    assert run(SGD(lr=0.1, momentum=0.9), [1.0, 2.0, -1.0]) == pytest.approx([0.9, 0.61, 0.449])


def test_sgd_dampening_skips_first_step():
    # step 1: buf = 1 (undampened)          p = 0.9
    # step 2: buf = 0.9 * 1 + 0.5 * 2 = 1.9   p = 0.9 - 0.19 = 0.71
    assert run(SGD(lr=0.1, momentum=0.9, dampening=0.5), [1.0, 2.0]) == pytest.approx([0.9, 0.71])


def test_sgd_nesterov_by_hand():
    # step 1: buf = 1;   d = g + 0.9 buf = 1.9          p = 1 - 0.19 = 0.81
    # step 2: buf = 2.9; d = 2 + 0.9 * 2.9 = 4.61      p = 0.81 - 0.461 = 0.349
    opt = SGD(lr=0.1, momentum=0.9, nesterov=True)
    assert run(opt, [1.0, 2.0]) == pytest.approx([0.81, 0.349])


def test_sgd_weight_decay_by_hand():
    # step 1: g' = 1 + 0.1 * 1 = 1.1        p = 1 - 0.11 = 0.89
    # step 2: g' = 2 + 0.1 * 0.89 = 2.089   p = 0.89 - 0.2089 = 0.6811
    assert run(SGD(lr=0.1, weight_decay=0.1), [1.0, 2.0]) == pytest.approx([0.89, 0.6811])


# --- Adagrad ------------------------------------------------------------------------------
def test_adagrad_by_hand():
    # step 1: sum = 9;  p = 1   - 0.1 * 3 / 3 = 0.9
    # step 2: sum = 25; p = 0.9 - 0.1 * 4 / 5 = 0.82
    assert run(Adagrad(lr=0.1, eps=0.0), [3.0, 4.0]) == pytest.approx([0.9, 0.82])


def test_adagrad_initial_accumulator_lr_decay_and_weight_decay():
    # sum starts at 16: sum = 25, p = 1 - 0.1 * 3 / 5 = 0.94
    assert run(Adagrad(lr=0.1, initial_accumulator_value=16.0, eps=0.0), [3.0]) == pytest.approx([0.94])
    # lr_decay = 1: step 2 uses clr = 0.1 / (1 + 1) = 0.05: p = 0.9 - 0.05 * 4 / 5 = 0.86
    assert run(Adagrad(lr=0.1, lr_decay=1.0, eps=0.0), [3.0, 4.0]) == pytest.approx([0.9, 0.86])
    # weight_decay = 1: g' = 2 + 1 = 3 -> p = 0.9; then g' = 3.1 + 0.9 = 4 -> sum 25, p = 0.82
    assert run(Adagrad(lr=0.1, weight_decay=1.0, eps=0.0), [2.0, 3.1]) == pytest.approx([0.9, 0.82])


def test_adagrad_eps_outside_the_square_root():
    # sum = 9: step = 0.1 * 3 / (sqrt(9) + 1) = 0.075
    assert run(Adagrad(lr=0.1, eps=1.0), [3.0]) == pytest.approx([0.925])


# --- RMSprop ------------------------------------------------------------------------------
def test_rmsprop_by_hand():
    # alpha = 0.75. step 1: sq = 0.25 * 4 = 1;          p = 1    - 0.01 * 2 / 1 = 0.98
    #               step 2: sq = 0.75 * 1 + 0.25 * 1 = 1;  p = 0.98 - 0.01 * 1 / 1 = 0.97
    assert run(RMSprop(lr=0.01, alpha=0.75, eps=0.0), [2.0, 1.0]) == pytest.approx([0.98, 0.97])


def test_rmsprop_momentum_by_hand():
    # step 1: sq = 1, buf = 2 / 1 = 2;            p = 0.98
    # step 2: sq = 1, buf = 0.5 * 2 + 1 / 1 = 2;  p = 0.98 - 0.01 * 2 = 0.96
    opt = RMSprop(lr=0.01, alpha=0.75, eps=0.0, momentum=0.5)
    assert run(opt, [2.0, 1.0]) == pytest.approx([0.98, 0.96])


def test_rmsprop_centered_by_hand():
    # alpha = 0.5. step 1: sq = 2, grad_avg = 1, avg = sqrt(2 - 1) = 1;       p = 1 - 0.01 * 2 = 0.98
    #              step 2: g = -1: sq = 1 + 0.5 = 1.5, grad_avg = 0.5 - 0.5 = 0, avg = sqrt(1.5)
    opt = RMSprop(lr=0.01, alpha=0.5, eps=0.0, centered=True)
    assert run(opt, [2.0, -1.0]) == pytest.approx([0.98, 0.98 + 0.01 / math.sqrt(1.5)])


def test_rmsprop_centered_survives_a_constant_gradient():
    # the variance estimate square_avg - grad_avg**2 tends to 0 and, in float32, rounds below 0
    grad = np.random.default_rng(0).uniform(0.1, 10.0, 1000).astype(np.float32)
    param = np.zeros(1000, np.float32)
    opt = RMSprop(alpha=0.9, centered=True)
    for _ in range(300):
        opt.step([param], [grad])
    assert np.all(np.isfinite(param))


def test_rmsprop_weight_decay_by_hand():
    # g' = 1 + 1 * 1 = 2, sq = 0.25 * 4 = 1: p = 1 - 0.01 * 2 = 0.98
    assert run(RMSprop(lr=0.01, alpha=0.75, eps=0.0, weight_decay=1.0), [1.0]) == pytest.approx([0.98])


# --- Adam / AdamW -------------------------------------------------------------------------
def test_adam_first_step_is_lr_times_sign():
    p = np.array([1.0, -2.0])
    opt = Adam(lr=0.1)
    opt.step([p], [np.array([0.5, -1.0])])
    # m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + eps) ~= lr * sign(g)
    np.testing.assert_allclose(p, [0.9, -1.9], rtol=1e-7)


def test_adam_two_steps_by_hand():
    # betas (0.5, 0.75). step 1, g = 2: m = 1, v = 1, step_size = 0.1 / 0.5 = 0.2,
    #   denom = sqrt(1) / sqrt(0.25) = 2, p = 1 - 0.2 * 1 / 2 = 0.9
    # step 2, g = 1: m = 0.5 + 0.5 = 1, v = 0.75 + 0.25 = 1, step_size = 0.1 / 0.75,
    #   denom = 1 / sqrt(1 - 0.5625), p = 0.9 - (0.1 / 0.75) * sqrt(0.4375)
    opt = Adam(lr=0.1, betas=(0.5, 0.75), eps=0.0)
    assert run(opt, [2.0, 1.0]) == pytest.approx([0.9, 0.9 - 0.1 / 0.75 * math.sqrt(0.4375)])


def test_adam_eps_is_added_after_bias_correction():
    # step 1, g = 2, betas (0.5, 0.75): sqrt(v) / sqrt(bc2) = 2, denom = 2 + 1 = 3
    # p = 1 - 0.2 * 1 / 3   (Keras would add eps to sqrt(v) = 1 before correcting: denom 4)
    opt = Adam(lr=0.1, betas=(0.5, 0.75), eps=1.0)
    assert run(opt, [2.0]) == pytest.approx([1 - 0.2 / 3])


def test_adam_amsgrad_keeps_the_largest_second_moment():
    # step 2 with g = 0: m = 0.5, v = 0.75 * 1 = 0.75 but max_exp_avg_sq stays 1
    p2_amsgrad = 0.9 - (0.1 / 0.75) * 0.5 / (1.0 / math.sqrt(0.4375))
    p2_plain = 0.9 - (0.1 / 0.75) * 0.5 / (math.sqrt(0.75) / math.sqrt(0.4375))
    amsgrad = Adam(lr=0.1, betas=(0.5, 0.75), eps=0.0, amsgrad=True)
    plain = Adam(lr=0.1, betas=(0.5, 0.75), eps=0.0)
    assert run(amsgrad, [2.0, 0.0]) == pytest.approx([0.9, p2_amsgrad])
    assert run(plain, [2.0, 0.0]) == pytest.approx([0.9, p2_plain])
    assert amsgrad.get_state()["max_exp_avg_sq.0"] == pytest.approx([1.0])


def test_adam_l2_versus_adamw_decoupled_decay():
    # Adam, L2: g' = 2 + 0.5 * 1 = 2.5, m = 1.25, v = 1.5625; the first step is still lr * sign:
    #   p = 1 - 0.2 * 1.25 / (1.25 / 0.5) = 0.9 -- the decay is divided away by sqrt(v)
    # AdamW: p = 1 - 0.1 * 0.5 * 1 (decay) - 0.2 * 1 / 2 (Adam step on g = 2) = 0.85
    kwargs = dict(lr=0.1, betas=(0.5, 0.75), eps=0.0, weight_decay=0.5)
    assert run(Adam(**kwargs), [2.0]) == pytest.approx([0.9])
    opt = AdamW(**kwargs)
    assert run(opt, [2.0]) == pytest.approx([0.85])
    assert opt.updates[0] == pytest.approx([0.15])


# --- the shared contract ------------------------------------------------------------------
ALL_SLOTS = {  # options under which each optimizer allocates every kind of state
    "sgd": dict(lr=0.05, momentum=0.9, nesterov=True, weight_decay=0.01),
    "adagrad": dict(lr=0.05, lr_decay=0.01, initial_accumulator_value=0.1, weight_decay=0.01),
    "rmsprop": dict(lr=0.01, momentum=0.5, centered=True, weight_decay=0.01),
    "adam": dict(lr=0.01, amsgrad=True, weight_decay=0.01),
    "adamw": dict(lr=0.01, amsgrad=True, weight_decay=0.1),
}


def _problem(dtype=np.float64, steps=6, seed=0, shapes=((4, 3), (3,), (3, 2), (2,))):
    rng = np.random.default_rng(seed)
    params = [rng.normal(size=s).astype(dtype) for s in shapes]
    grads = [[rng.normal(size=s).astype(dtype) for s in shapes] for _ in range(steps)]
    return params, grads


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_updates_hold_the_step_and_dtype_is_kept(name, dtype):
    params, grads = _problem(dtype)
    opt = optimizers.get({"name": name, **ALL_SLOTS[name]})
    assert opt.updates == [] and opt.iterations == 0
    for g in grads:
        before = [p.copy() for p in params]
        g_before = [x.copy() for x in g]
        opt.step(params, g)
        for b, p, u in zip(before, params, opt.updates):
            assert p.dtype == dtype and u.dtype == dtype
            np.testing.assert_allclose(b - p, u, rtol=1e-5 if dtype == np.float32 else 1e-12,
                                       atol=1e-7 if dtype == np.float32 else 1e-15)
            assert np.any(u != 0)
        for x, x0 in zip(g, g_before):  # gradients are read only, even with weight decay
            np.testing.assert_array_equal(x, x0)
    assert opt.iterations == len(grads)
    for key, array in opt.get_state().items():
        if key != "iterations":
            assert array.dtype == dtype, key


def test_params_are_updated_in_place_and_update_buffers_are_reused():
    params, grads = _problem()
    ids = [id(p) for p in params]
    opt = Adam()
    opt.step(params, grads[0])
    buffers = [id(u) for u in opt.updates]
    opt.step(params, grads[1])
    assert [id(p) for p in params] == ids
    assert [id(u) for u in opt.updates] == buffers


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_lr_change_between_steps_takes_effect(name):
    params, grads = _problem(steps=4)
    slow, fast = optimizers.get(name), optimizers.get(name)
    p_slow, p_fast = [p.copy() for p in params], [p.copy() for p in params]
    for t, g in enumerate(grads):
        if t == 2:
            fast.lr = slow.lr * 10
        slow.step(p_slow, g)
        fast.step(p_fast, g)
        if t < 2:
            np.testing.assert_array_equal(fast.updates[0], slow.updates[0])
        if t == 2:  # same history so far, so this step is exactly 10 times larger
            np.testing.assert_allclose(fast.updates[0], 10 * slow.updates[0], rtol=1e-12)
    assert not np.allclose(p_fast[0], p_slow[0])


def test_learning_rate_alias():
    assert SGD(learning_rate=0.3).lr == 0.3
    assert Adam(1e-3, learning_rate=0.02).lr == 0.02  # lr left at its default
    opt = RMSprop()
    opt.learning_rate = 0.5
    assert opt.lr == 0.5 and opt.learning_rate == 0.5
    with pytest.raises(ValueError, match="give the learning rate once"):
        SGD(lr=0.1, learning_rate=0.2)


def test_plain_sgd_changes_lr_on_the_same_gradient():
    p = np.array([1.0])
    opt = SGD(lr=0.1)
    opt.step([p], [np.array([1.0])])
    opt.lr = 0.5
    opt.step([p], [np.array([1.0])])
    assert p[0] == pytest.approx(1.0 - 0.1 - 0.5)


def test_reset_forgets_state_and_allows_new_shapes():
    opt = SGD(lr=0.1, momentum=0.9)
    run(opt, [1.0, 1.0])
    with pytest.raises(ValueError, match=r"call reset\(\)"):
        opt.step([np.zeros(3)], [np.ones(3)])
    with pytest.raises(ValueError, match="2 parameters but 1 gradients"):
        opt.step([np.zeros(1), np.zeros(1)], [np.ones(1)])
    opt.reset()
    assert opt.iterations == 0 and opt.updates == [] and opt.get_state() == {"iterations": 0}
    # after reset the momentum buffer starts again from the gradient: p = 1 - 0.1 * 1
    assert run(opt, [1.0]) == pytest.approx([0.9])


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_config_round_trip(name):
    opt = optimizers.get({"name": name, **ALL_SLOTS[name]})
    config = opt.get_config()
    assert config["name"] == name
    rebuilt = optimizers.get(json.loads(json.dumps(config)))
    assert type(rebuilt) is type(opt)
    assert rebuilt.get_config() == config
    assert repr(rebuilt) == repr(opt)


def test_get_accepts_names_instances_and_reports_bad_input():
    assert isinstance(optimizers.get("Adam"), Adam)
    opt = AdamW()
    assert optimizers.get(opt) is opt
    assert set(optimizers.OPTIMIZERS) == {"sgd", "adagrad", "rmsprop", "adam", "adamw"}
    assert all(issubclass(c, Optimizer) for c in optimizers.OPTIMIZERS.values())
    with pytest.raises(ValueError, match="choose one of adagrad, adam, adamw, rmsprop, sgd"):
        optimizers.get("adamax")
    with pytest.raises(ValueError, match="needs a 'name'"):
        optimizers.get({"lr": 0.1})
    with pytest.raises(ValueError, match="bad optimizer config for 'sgd'.*rho"):
        optimizers.get({"name": "sgd", "rho": 0.9})
    with pytest.raises(TypeError, match="a name such as 'adam', a config dict or an Optimizer"):
        optimizers.get(0.1)


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
@pytest.mark.parametrize("size", ["small", "compiled"])
def test_state_round_trip_resumes_identically(name, size, tmp_path):
    """Also with arrays large enough for the compiled kernels (where numba is installed): their state is the
    same arrays, saved and loaded the same way."""
    options = dict(ALL_SLOTS[name])
    if size == "compiled":
        options.pop("centered", None)  # (centered RMSprop has no kernel)
        params, grads = _problem(np.float32, steps=6, shapes=((200, 100), (100,)))
    else:
        params, grads = _problem(np.float32, steps=6)
    straight = optimizers.get({"name": name, **options})
    p_straight = [p.copy() for p in params]
    for g in grads:
        straight.step(p_straight, g)

    first = optimizers.get({"name": name, **options})
    p_resumed = [p.copy() for p in params]
    for g in grads[:3]:
        first.step(p_resumed, g)
    path = tmp_path / "state.npz"  # through a file, as a saved model does (no pickle)
    np.savez(path, **first.get_state())
    with np.load(path, allow_pickle=False) as data:
        state = {k: data[k] for k in data.files}
    first.step(p_resumed, grads[3])  # the saved copy must not follow later steps
    # resume in a new optimizer built from the config, on the weights as they were at step 3
    second = optimizers.get(first.get_config())
    p_resumed = [p.copy() for p in params]
    replay = optimizers.get({"name": name, **options})
    for g in grads[:3]:
        replay.step(p_resumed, g)
    second.set_state(state)
    assert second.iterations == 3
    for g in grads[3:]:
        second.step(p_resumed, g)
    for a, b in zip(p_resumed, p_straight):
        np.testing.assert_array_equal(a, b)


def test_state_loaded_but_not_used_yet_is_saved_again_unchanged():
    params, grads = _problem(steps=2)
    opt = Adam(amsgrad=True)
    for g in grads:
        opt.step(params, g)
    state = opt.get_state()
    loaded = Adam(amsgrad=True)
    loaded.set_state(state)
    again = loaded.get_state()
    assert sorted(again) == sorted(state)
    for key in state:
        np.testing.assert_array_equal(again[key], state[key])


def test_set_state_with_params_checks_shapes_at_once():
    params, grads = _problem(steps=2)
    source = RMSprop(momentum=0.5, centered=True)
    source.step([p.copy() for p in params], grads[0])
    state = source.get_state()
    loaded = RMSprop(momentum=0.5, centered=True)
    with pytest.raises(ValueError, match="has entries \\[0, 1, 2, 3\\] but the model has 2"):
        loaded.set_state(state, params=params[:2])
    assert loaded.iterations == 0 and loaded.get_state() == {"iterations": 0}
    loaded.set_state(state, params=params)
    assert loaded.iterations == 1
    p_source, p_loaded = [p.copy() for p in params], [p.copy() for p in params]
    source.step(p_source, grads[1])
    loaded.step(p_loaded, grads[1])
    for a, b in zip(p_source, p_loaded):
        np.testing.assert_array_equal(a, b)


def test_failed_set_state_leaves_a_running_optimizer_unchanged():
    params, grads = _problem(steps=2)
    opt = Adam()
    opt.step(params, grads[0])
    before = opt.get_state()
    bad = dict(before)
    bad["exp_avg_sq.3"] = np.zeros(7)  # the last array has the wrong shape
    bad["exp_avg.0"] = before["exp_avg.0"] + 1.0
    with pytest.raises(ValueError, match="'exp_avg_sq.3' has shape \\(7,\\)"):
        opt.set_state(bad)
    with pytest.raises(ValueError, match="holds <U1 values"):
        opt.set_state({**before, "exp_avg.1": np.array(["x"] * 3)})
    after = opt.get_state()
    for key in before:
        np.testing.assert_array_equal(after[key], before[key])


def test_set_state_into_a_built_optimizer():
    params, grads = _problem(steps=4)
    a, b = Adam(amsgrad=True), Adam(amsgrad=True)
    pa, pb = [p.copy() for p in params], [p.copy() for p in params]
    a.step(pa, grads[0])
    b.step(pb, grads[3])  # b's state is now different
    b.set_state(a.get_state())
    pb = [p.copy() for p in pa]
    a.step(pa, grads[1])
    b.step(pb, grads[1])
    for x, y in zip(pa, pb):
        np.testing.assert_array_equal(x, y)


def test_bad_state_is_rejected_with_a_reason():
    momentum_state = SGD(momentum=0.9)
    run(momentum_state, [1.0])
    state = momentum_state.get_state()
    with pytest.raises(ValueError, match="needs \\[\\]"):
        SGD().set_state(state)
    with pytest.raises(ValueError, match="no 'iterations'"):
        SGD(momentum=0.9).set_state({"momentum_buffer.0": np.zeros(1)})
    with pytest.raises(ValueError, match="integer >= 0"):
        SGD().set_state({"iterations": np.array(-1)})
    with pytest.raises(ValueError, match="'<slot>.<index>'"):
        SGD().set_state({"iterations": np.array(1), "junk": np.zeros(1)})
    wrong_shape = SGD(momentum=0.9)
    wrong_shape.set_state({"iterations": np.array(1), "momentum_buffer.0": np.zeros(3)})
    with pytest.raises(ValueError, match=r"shape \(3,\), parameter 0 has shape \(1,\)"):
        wrong_shape.step([np.zeros(1)], [np.ones(1)])
    too_few = SGD(momentum=0.9)
    too_few.set_state(state)
    with pytest.raises(ValueError, match="entries \\[0\\] but the model has 2 parameters"):
        too_few.step([np.zeros(1), np.zeros(1)], [np.ones(1), np.ones(1)])


BAD_ARGUMENTS = [
    (SGD, dict(lr=-0.1), r"lr must be >= 0, got -0.1"),
    (SGD, dict(lr="fast"), r"lr must be a number, got 'fast'"),
    (SGD, dict(lr=float("nan")), r"lr must be >= 0"),
    (SGD, dict(momentum=-0.5), r"momentum must be >= 0"),
    (SGD, dict(dampening=-1), r"dampening must be >= 0"),
    (SGD, dict(weight_decay=-1e-4), r"weight_decay must be >= 0"),
    (SGD, dict(nesterov=True), r"nesterov=True requires momentum > 0 and dampening == 0"),
    (SGD, dict(nesterov=True, momentum=0.9, dampening=0.1), r"requires momentum > 0 and damp"),
    (Adagrad, dict(lr_decay=-1), r"lr_decay must be >= 0"),
    (Adagrad, dict(initial_accumulator_value=-0.1), r"initial_accumulator_value must be >= 0"),
    (Adagrad, dict(eps=-1e-10), r"eps must be >= 0"),
    (RMSprop, dict(alpha=1.0), r"alpha must be in \[0, 1\), got 1.0"),
    (RMSprop, dict(alpha=-0.1), r"alpha must be in \[0, 1\)"),
    (RMSprop, dict(momentum=-0.9), r"momentum must be >= 0"),
    (Adam, dict(betas=(1.0, 0.999)), r"betas\[0\] must be in \[0, 1\), got 1.0"),
    (Adam, dict(betas=(0.9, -0.1)), r"betas\[1\] must be in \[0, 1\)"),
    (Adam, dict(betas=0.9), r"betas must be a pair \(beta1, beta2\)"),
    (Adam, dict(eps=-1.0), r"eps must be >= 0"),
    (AdamW, dict(weight_decay=-0.01), r"weight_decay must be >= 0"),
]


@pytest.mark.parametrize(("cls", "kwargs", "message"), BAD_ARGUMENTS,
                         ids=[f"{c.__name__}-{k}" for c, k, _ in BAD_ARGUMENTS])
def test_bad_arguments_say_the_allowed_range(cls, kwargs, message):
    with pytest.raises(ValueError, match=message):
        cls(**kwargs)


def test_setting_a_bad_lr_later_is_rejected_and_keeps_the_old_one():
    opt = Adam(lr=0.01)
    with pytest.raises(ValueError, match="lr must be >= 0"):
        opt.lr = -1
    assert opt.lr == 0.01


@pytest.mark.parametrize(("make", "expected"), [
    (lambda: optimizers.Adam(beta_1=0.8), "Adam() uses PyTorch's argument names: write betas=(beta_1, beta_2) "
                                          "instead of beta_1=..."),
    (lambda: optimizers.AdamW(beta_2=0.99), "write betas=(beta_1, beta_2) instead of beta_2=..."),
    (lambda: optimizers.Adam(epsilon=1e-7), "write eps=... instead of epsilon=...; PyTorch adds it at another"),
    (lambda: optimizers.Adagrad(epsilon=1e-7), "Adagrad() uses PyTorch's argument names: write eps=..."),
    (lambda: optimizers.RMSprop(rho=0.9), "RMSprop() uses PyTorch's argument names: write alpha=... instead of rho="),
    (lambda: optimizers.SGD(clipnorm=1.0), "SGD() has no clipnorm= (gradient clipping is not supported)"),
])
def test_keras_argument_names_say_what_to_write(make, expected):
    with pytest.raises(TypeError) as info:
        make()
    assert expected in str(info.value)


def test_the_epsilon_message_points_to_where_the_explanation_is():
    """"PyTorch adds it at another place than Keras (see 'Where epsilon goes' in docs/engine.md)": that file
    exists in the repository and has that section (the README, named before, has none)."""
    import re
    from pathlib import Path

    with pytest.raises(TypeError) as info:
        optimizers.Adam(epsilon=1e-7)
    where = re.search(r"see '([^']+)' in (\S+\.md)\)", str(info.value))
    assert where, str(info.value)
    section, doc = where.groups()
    text = (Path(__file__).resolve().parents[2] / doc).read_text(encoding="utf-8")
    assert f"**{section}.**" in text


def test_torch_names_and_the_learning_rate_alias_still_work():
    opt = optimizers.Adam(learning_rate=0.01, betas=(0.8, 0.9), eps=1e-7)
    assert (opt.lr, opt.betas, opt.eps) == (0.01, (0.8, 0.9), 1e-7)
    assert optimizers.RMSprop(alpha=0.9).alpha == 0.9
    with pytest.raises(TypeError, match=r"^SGD\(\) has no setting nonsense=; its settings are lr, momentum, "
                                        r"dampening, nesterov, weight_decay$"):
        optimizers.SGD(nonsense=1)
