"""Every optimizer and option against torch.optim over 20 steps (skipped without torch), and the one place
where training differs from it: subnormal floats flushed to zero (float32 values below 1.18e-38)."""

import itertools

import numpy as np
import pytest

from nnstudio.engine import _fpu, optimizers

torch = pytest.importorskip("torch")

TORCH_CLASSES = {
    "sgd": torch.optim.SGD,
    "adagrad": torch.optim.Adagrad,
    "rmsprop": torch.optim.RMSprop,
    "adam": torch.optim.Adam,
    "adamw": torch.optim.AdamW,
}


def _grid(**options):
    keys = list(options)
    return [dict(zip(keys, values)) for values in itertools.product(*options.values())]


CASES = (
    [("sgd", c) for c in _grid(lr=[0.05], momentum=[0.0, 0.9], dampening=[0.0, 0.3],
                               weight_decay=[0.0, 0.1])]
    + [("sgd", dict(lr=0.05, momentum=0.9, nesterov=True, weight_decay=w)) for w in (0.0, 0.1)]
    + [("adagrad", c) for c in _grid(lr=[0.1], lr_decay=[0.0, 0.05], weight_decay=[0.0, 0.1],
                                     initial_accumulator_value=[0.0, 0.1])]
    + [("adagrad", dict(eps=1e-3))]
    + [("rmsprop", c) for c in _grid(lr=[0.01], momentum=[0.0, 0.8], centered=[False, True],
                                     weight_decay=[0.0, 0.1])]
    + [("rmsprop", dict(alpha=0.9, eps=1e-4))]
    + [("adam", c) for c in _grid(lr=[0.01], amsgrad=[False, True], weight_decay=[0.0, 0.1])]
    + [("adam", dict(betas=(0.8, 0.95), eps=1e-3))]
    + [("adamw", c) for c in _grid(lr=[0.01], amsgrad=[False, True], weight_decay=[0.0, 0.1])]
    + [("adamw", dict())]
)


def _run_both(name, options, dtype, steps=20, lr_change=None):
    rng = np.random.default_rng(0)
    shapes = [(5, 3), (3,), (3, 2), (2,)]
    start = [rng.normal(size=s).astype(dtype) for s in shapes]
    grads = [[rng.normal(size=s).astype(dtype) for s in shapes] for _ in range(steps)]
    # make some gradients small so amsgrad's running maximum matters
    for t in range(steps // 2, steps):
        for g in grads[t]:
            g *= 0.1

    ours = [p.copy() for p in start]
    opt = optimizers.OPTIMIZERS[name](**options)
    theirs = [torch.tensor(p, requires_grad=True) for p in start]
    topt = TORCH_CLASSES[name](theirs, **options)
    for t in range(steps):
        if lr_change is not None and t == steps // 2:
            opt.lr = lr_change
            for group in topt.param_groups:
                group["lr"] = lr_change
        before = [p.copy() for p in ours]
        opt.step(ours, [g.copy() for g in grads[t]])
        for p, g in zip(theirs, grads[t]):
            p.grad = torch.tensor(g)
        topt.step()
        for b, p, u in zip(before, ours, opt.updates):
            np.testing.assert_allclose(b - p, u, rtol=1e-5, atol=1e-6)
    return ours, [p.detach().numpy() for p in theirs]


@pytest.mark.parametrize(("name", "options"), CASES, ids=lambda c: str(c))
def test_matches_torch_float64(name, options):
    ours, theirs = _run_both(name, options, np.float64)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_matches_torch_float32(name):
    ours, theirs = _run_both(name, {"lr": 0.01}, np.float32)
    for a, b in zip(ours, theirs):
        assert a.dtype == np.float32
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_lr_change_mid_run_matches_torch(name):
    ours, theirs = _run_both(name, {"lr": 0.01}, np.float64, lr_change=0.1)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("name", sorted(optimizers.OPTIMIZERS))
def test_defaults_are_torch_defaults(name):
    ours = optimizers.OPTIMIZERS[name]().get_config()
    theirs = TORCH_CLASSES[name]([torch.zeros(1, requires_grad=True)]).defaults
    for key, value in ours.items():
        if key == "name":
            continue
        expected = theirs[key]
        assert (list(expected) if isinstance(expected, tuple) else expected) == value, key


# --- the one difference: subnormal floats are flushed to zero while a model trains ---------------------------
TINY32 = np.finfo(np.float32).tiny  # 1.1754944e-38; float64's is 2.2250739e-308


def _adam_through_the_subnormal_range(dtype, flush_ours, flush_torch, steps=820):
    """Adam on 400 weights: one step with gradients of magnitude 1e-3 ... 1e3, then `steps` steps with exactly
    zero gradients (what MNIST's always-blank border pixels give their weights). exp_avg = 0.1 g 0.9^t then
    spans 3e-42 ... 3e-36 at t = 820: partly normal, partly subnormal in float32.
    Ours runs as Sequential.train_step runs it (in _fpu.flush_subnormals); torch with its own switch."""
    rng = np.random.default_rng(0)
    start = rng.normal(size=400).astype(dtype)
    g0 = (rng.choice([-1.0, 1.0], 400) * 10.0 ** rng.uniform(-3, 3, 400)).astype(dtype)
    ours, opt = start.copy(), optimizers.Adam(lr=0.01)
    with _fpu.flush_subnormals(flush_ours):
        opt.step([ours], [g0])
        for _ in range(steps):
            opt.step([ours], [np.zeros_like(g0)])
    theirs = torch.tensor(start, requires_grad=True)
    topt = torch.optim.Adam([theirs], lr=0.01)
    torch.set_flush_denormal(flush_torch)
    try:
        theirs.grad = torch.tensor(g0)
        topt.step()
        theirs.grad = torch.zeros_like(theirs)
        for _ in range(steps):
            topt.step()
    finally:
        torch.set_flush_denormal(False)
    return ours, opt.get_state()["exp_avg.0"], theirs.detach().numpy(), topt.state[theirs]["exp_avg"].numpy()


def _subnormal(a):
    return (a != 0) & (np.abs(a) < np.finfo(a.dtype).tiny)


@pytest.mark.skipif(_fpu._Mode is None, reason=f"no flush-to-zero switch here: {_fpu.status()}")
def test_flush_to_zero_is_the_one_difference_from_torch_float32():
    """Training flushes values below 1.18e-38 to 0 (float32), torch.optim keeps them as subnormals; all other
    values agree as in the float32 parity test above."""
    ours, ours_m, theirs, theirs_m = _adam_through_the_subnormal_range(np.float32, True, False)
    flushed = _subnormal(theirs_m)
    assert 50 < flushed.sum() < len(theirs_m) - 50  # both kinds of entries occur
    assert not _subnormal(ours_m).any()
    np.testing.assert_array_equal(ours_m[flushed], 0.0)
    np.testing.assert_allclose(ours_m[~flushed], theirs_m[~flushed], rtol=1e-4, atol=0)
    np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)  # the weights: no visible difference


@pytest.mark.skipif(_fpu._Mode is None, reason=f"no flush-to-zero switch here: {_fpu.status()}")
def test_torch_with_set_flush_denormal_agrees_float32():
    ours, ours_m, theirs, theirs_m = _adam_through_the_subnormal_range(np.float32, True, True)
    assert not _subnormal(theirs_m).any() and (theirs_m == 0).sum() > 50
    # entries just above 1.18e-38 may be flushed on one side only (the roundings differ in the last bit)
    np.testing.assert_allclose(ours_m, theirs_m, rtol=1e-4, atol=2 * TINY32)
    np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)


def test_flush_to_zero_leaves_float64_parity_unchanged():
    """The same run in float64: the smallest value, 3e-42, is far above float64's 2.2e-308, nothing is flushed."""
    ours, ours_m, theirs, theirs_m = _adam_through_the_subnormal_range(np.float64, True, False)
    assert np.abs(theirs_m).min() > 1e-43
    np.testing.assert_allclose(ours_m, theirs_m, rtol=1e-10, atol=0)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-12)
