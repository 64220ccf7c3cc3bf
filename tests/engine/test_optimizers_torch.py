"""Every optimizer and option against torch.optim over 20 steps (skipped without torch)."""

import itertools

import numpy as np
import pytest

from nnstudio.engine import optimizers

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
