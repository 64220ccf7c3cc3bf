"""The compiled Adam/AdamW kernel gives bit-for-bit what the NumPy code gives (skipped without numba)."""

import copy
import importlib.util
import itertools
import os
import subprocess
import sys

import numpy as np
import pytest

from nnstudio.engine import Dense, Sequential, _fpu, _fused, optimizers
from nnstudio.engine.callbacks import BatchRecord

needs_numba = pytest.mark.skipif(importlib.util.find_spec("numba") is None, reason="numba is not installed")

N = _fused.MIN_SIZE + 1000  # large enough for the kernel

CASES = (
    [("adam", dict(lr=0.01, amsgrad=a, weight_decay=w)) for a, w in itertools.product((False, True), (0.0, 0.1))]
    + [("adam", dict(betas=(0.8, 0.95), eps=1e-3))]
    + [("adamw", dict(lr=0.01, amsgrad=a, weight_decay=w)) for a, w in itertools.product((False, True), (0.0, 0.1))]
)
OTHER_CASES = (
    [("sgd", dict(lr=0.1, momentum=m, dampening=d, weight_decay=w))
     for m, d, w in itertools.product((0.0, 0.9), (0.0, 0.3), (0.0, 0.1))]
    + [("sgd", dict(lr=0.1, momentum=0.9, nesterov=True, weight_decay=w)) for w in (0.0, 0.1)]
    + [("adagrad", dict(lr=0.1, lr_decay=d, weight_decay=w, initial_accumulator_value=a))
       for d, w, a in itertools.product((0.0, 0.01), (0.0, 0.1), (0.0, 0.5))]
    + [("rmsprop", dict(lr=0.01, alpha=a, momentum=m, weight_decay=w, eps=e))
       for a, m, w, e in itertools.product((0.99, 0.5), (0.0, 0.9), (0.0, 0.1), (1e-8, 0.0))]
    + [("rmsprop", dict(lr=0.01, centered=True, momentum=0.9))]   # the NumPy code in both runs
)


def _run(name, options, dtype, fused, monkeypatch, steps=12, read_updates=False, special=False):
    rng = np.random.default_rng(1)
    shapes = [(N,), (7, 3), (N // 2, 2)]  # kernel, NumPy (small), kernel
    params = [rng.normal(size=s).astype(dtype) for s in shapes]
    grads = [[rng.normal(size=s).astype(dtype) * (1.0 if t < steps // 2 else 0.1) for s in shapes]
             for t in range(steps)]
    if special:  # in a few steps, each special value at its own place
        for t in (2, 5):
            grads[t][0][t:t + len(SPECIAL) * 7:7] = SPECIAL
            grads[t][2][t, :] = [0.0, -0.0]
    opt = optimizers.OPTIMIZERS[name](**options)
    with monkeypatch.context() as m, np.errstate(all="ignore"):  # (inf - inf etc. in the special steps)
        if not fused:
            m.setattr(_fused, "MIN_SIZE", 10**12)
        for t in range(steps):
            if t == steps // 2:
                opt.lr = opt.lr * 0.5
            opt.step(params, grads[t])
            if read_updates:
                opt.updates  # noqa: B018 - reading them computes them (the kernel may leave them for later)
    return params, opt.get_state(), [u.copy() for u in opt.updates]


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(("name", "options"), CASES, ids=str)
def test_kernel_equals_numpy_bit_for_bit(name, options, dtype, monkeypatch):
    assert _fused.adam_kernel() is not None, _fused.status()
    p_fused, s_fused, u_fused = _run(name, options, dtype, True, monkeypatch)
    p_numpy, s_numpy, u_numpy = _run(name, options, dtype, False, monkeypatch)
    for a, b in zip(p_fused + u_fused, p_numpy + u_numpy):
        assert a.dtype == dtype
        np.testing.assert_array_equal(a, b)
    assert s_fused.keys() == s_numpy.keys()
    for key in s_fused:
        np.testing.assert_array_equal(s_fused[key], s_numpy[key], err_msg=key)


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(("name", "options"), OTHER_CASES, ids=str)
def test_sgd_adagrad_rmsprop_kernels_equal_numpy_bit_for_bit(name, options, dtype, monkeypatch):
    """Their parameters, state and updates, step by step, also through zeros, signed zeros, infinities, NaN,
    tiny and huge values in the gradients."""
    calls = []
    kernel = _fused.optimizer_kernel(name)
    assert kernel is not None, _fused.status()
    monkeypatch.setattr(_fused, "optimizer_kernel", lambda n: calls.append(n) or kernel)
    fused = _run(name, options, dtype, True, monkeypatch, special=True)
    numpy = _run(name, options, dtype, False, monkeypatch, special=True)
    # centered RMSprop and plain SGD keep their NumPy code
    assert bool(calls) == (not options.get("centered") and (name != "sgd" or bool(options.get("momentum"))))
    for a, b in zip(fused[0] + fused[2], numpy[0] + numpy[2]):
        assert a.dtype == dtype
        np.testing.assert_array_equal(a, b)
        assert np.array_equal(np.signbit(a), np.signbit(b))
    assert fused[1].keys() == numpy[1].keys()
    for key in fused[1]:
        np.testing.assert_array_equal(fused[1][key], numpy[1][key], err_msg=key)


@needs_numba
@pytest.mark.parametrize(("name", "options"), CASES + OTHER_CASES, ids=str)
def test_reading_the_updates_after_every_step_changes_nothing(name, options, monkeypatch):
    """Adam's kernel (and SGD's and RMSprop's with momentum) leaves `updates` to be computed when read;
    reading them or not gives the same run."""
    p_read, s_read, u_read = _run(name, options, np.float32, True, monkeypatch, read_updates=True)
    p_numpy, s_numpy, u_numpy = _run(name, options, np.float32, False, monkeypatch)
    for a, b in zip(p_read + u_read + list(s_read.values()), p_numpy + u_numpy + list(s_numpy.values())):
        np.testing.assert_array_equal(a, b)


@needs_numba
@pytest.mark.parametrize(("name", "options"), [("adam", dict(lr=1e-9, eps=1.0)),
                                               ("sgd", dict(lr=1e-9, momentum=0.9)),
                                               ("rmsprop", dict(lr=1e-20, momentum=0.9))], ids=str)
def test_updates_computed_later_are_those_of_the_steps_floating_point_mode(name, options, monkeypatch):
    """A step with subnormals flushed, its updates read afterwards (outside that mode): still the flushed values.
    The kernels of Adam and of SGD and RMSprop with momentum leave the update to be computed when read. With
    gradients of 1e-30 it is a subnormal number here (Adam with eps = 1: m / eps_c * scale ≈ 1e-39; SGD:
    buf ≈ 1e-30 times lr = 1e-9; RMSprop: buf = g / eps ≈ 1e-22 times lr = 1e-20), so the mode decides between
    0 and a tiny number (while the state and the scalars stay normal), as in the NumPy code."""
    if _fpu._Mode is None:
        pytest.skip(_fpu.status())
    g = (1e-30 * np.random.default_rng(0).normal(size=N)).astype(np.float32)

    def step(fused, flush):
        opt = optimizers.OPTIMIZERS[name](**options)
        with monkeypatch.context() as m:
            if not fused:
                m.setattr(_fused, "MIN_SIZE", 10**12)
            with _fpu.flush_subnormals(flush):
                opt.step([np.ones(N, np.float32)], [g])
        return opt.updates[0]

    ieee = step(True, False)
    assert np.count_nonzero(ieee) > N // 2 and np.abs(ieee).max() < np.finfo(np.float32).tiny
    np.testing.assert_array_equal(step(False, False), ieee)
    np.testing.assert_array_equal(step(True, True), 0.0)
    np.testing.assert_array_equal(step(False, True), 0.0)


@needs_numba
def test_a_copy_taken_after_a_step_has_that_steps_updates():
    rng = np.random.default_rng(0)
    model = Sequential([Dense(200, input_dim=100, activation="relu"), Dense(3, activation="softmax")], seed=0)
    model.compile("adam", "sparse_categorical_crossentropy")
    model.train_on_batch(rng.random((32, 100), dtype=np.float32), rng.integers(0, 3, 32))
    twin = copy.deepcopy(model)
    assert model.count_params() >= _fused.MIN_SIZE and np.any(model.optimizer.updates[0] != 0)
    np.testing.assert_array_equal(twin.optimizer.updates[0], model.optimizer.updates[0])
    assert [s.update_ratio for s in twin.layer_stats()] == [s.update_ratio for s in model.layer_stats()]


@needs_numba
def test_loading_a_state_keeps_the_last_steps_updates():
    rng = np.random.default_rng(0)
    start = rng.normal(size=N).astype(np.float32)
    grads = [rng.normal(size=N).astype(np.float32) for _ in range(2)]
    twin, opt = optimizers.Adam(lr=0.01), optimizers.Adam(lr=0.01)
    for o in (twin, opt):
        p = start.copy()
        o.step([p], [grads[0]])
        state = o.get_state()
        o.step([p], [grads[1]])
    expected = twin.updates[0].copy()  # read right after the step
    opt.set_state(state)  # replaces exp_avg and exp_avg_sq, which the updates are computed from
    np.testing.assert_array_equal(opt.updates[0], expected)


@needs_numba
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("optimizer", [{"name": "adam"}, {"name": "sgd", "lr": 0.05, "momentum": 0.9},
                                       {"name": "adagrad"}, {"name": "rmsprop", "lr": 1e-3}], ids=str)
def test_training_a_model_is_identical_with_and_without_the_kernels(dtype, optimizer, monkeypatch):
    rng = np.random.default_rng(0)
    x = rng.random((512, 200), dtype=np.float32)
    y = rng.integers(0, 10, 512)
    batch = 256
    assert batch * 100 >= _fused.MIN_SIZE and 200 * 100 >= _fused.MIN_SIZE  # the kernels do run

    def train(loss):
        model = Sequential([Dense(100, input_dim=200, activation="relu"),
                            Dense(100, activation="relu"), Dense(10, activation="softmax")],
                           seed=3, dtype=dtype)
        model.compile(optimizers.get(optimizer), loss, metrics=["accuracy"])
        records = [(r.loss, r.accuracy) for r in model.fit_iter(x, y, batch_size=batch, epochs=3)
                   if isinstance(r, BatchRecord)]
        return model.get_weights(), records

    for loss in ("sparse_categorical_crossentropy", "categorical_crossentropy"):
        fused = train(loss)
        with monkeypatch.context() as m:
            m.setattr(_fused, "MIN_SIZE", 10**12)
            plain = train(loss)
        for a, b in zip(fused[0], plain[0]):
            np.testing.assert_array_equal(a, b)
        assert fused[1] == plain[1]   # every step's loss and batch accuracy


SPECIAL = [0.0, -0.0, 1e-30, -1e-30, 3.5, -3.5, np.inf, -np.inf, np.nan, 1e30, -1e30]


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_relu_kernels_equal_numpy_bit_for_bit(dtype):
    from nnstudio.engine.activations import ReLU
    rng = np.random.default_rng(2)
    z0 = rng.normal(size=(64, 300)).astype(dtype)
    z0[0, :len(SPECIAL)] = SPECIAL
    b = rng.normal(size=300).astype(dtype)
    b[:len(SPECIAL)] = 0.0
    b[len(SPECIAL)] = -np.inf
    z_np, z_nb = z0.copy(), z0.copy()
    a_np, a_nb = np.empty_like(z0), np.empty_like(z0)
    with np.errstate(invalid="ignore"):  # inf * 0, as in training (model._train_step)
        z_np += b
        ReLU().forward(z_np, a_np)
    _fused.bias_relu_kernel()(z_nb, b, a_nb)
    for ours, numpys in ((z_nb, z_np), (a_nb, a_np)):
        np.testing.assert_array_equal(ours, numpys)
        assert np.array_equal(np.signbit(ours), np.signbit(numpys))  # -0.0 stays -0.0 in z, is 0.0 in a
    grad0 = rng.normal(size=z0.shape).astype(dtype)
    grad0[1, :len(SPECIAL)] = SPECIAL
    g_np, g_nb = grad0.copy(), grad0.copy()
    with np.errstate(invalid="ignore"):
        ReLU().backward(a_np, g_np, g_np)
    _fused.relu_backward_kernel()(g_nb, a_nb)
    np.testing.assert_array_equal(g_nb, g_np)
    assert np.array_equal(np.signbit(g_nb), np.signbit(g_np))


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_kernel_equals_numpy_bit_for_bit(dtype):
    """z += b and softmax, as Dense.add_bias_activate runs them with the kernel and without it; rows with NaN
    (first or later), ±inf, signed zeros and ties at the maximum."""
    from nnstudio.engine.activations import Softmax
    rng = np.random.default_rng(3)
    z0 = rng.normal(scale=5.0, size=(128, 10)).astype(dtype)
    z0[0, :len(SPECIAL) - 1] = SPECIAL[1:]
    z0[1, 0], z0[2, 6] = np.nan, np.nan
    z0[3, :] = 2.0                                   # every column ties
    z0[4, :] = -np.inf
    z0[5, 3] = np.inf
    z0[6, :] = 0.0
    z0[6, 1::2] = -0.0
    b = rng.normal(size=10).astype(dtype)
    b[6] = 0.0
    z_np, z_nb = z0.copy(), z0.copy()
    a_np, a_nb = np.empty_like(z0), np.empty_like(z0)
    assert _fused.adam_kernel() is not None  # builds the kernels
    with np.errstate(all="ignore"):
        z_np += b
        Softmax().forward(z_np, a_np)
        _fused.bias_shift_kernel()(z_nb, b, a_nb)
        Softmax().normalize(a_nb)
    for ours, numpys in ((z_nb, z_np), (a_nb, a_np)):
        np.testing.assert_array_equal(ours, numpys)
        assert np.array_equal(np.signbit(ours), np.signbit(numpys))


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("loss_name", ["categorical_crossentropy", "sparse_categorical_crossentropy"])
def test_softmax_cross_entropy_tail_equals_numpy_bit_for_bit(loss_name, dtype, monkeypatch):
    """The loss, δ and the batch accuracy's count from the softmax_ce_tail kernel equal fn, delta and
    Sequential._batch_accuracy; rows with NaN (first or later), ±inf, signed zeros, ties at the maximum, and
    targets that are not one-hot (probabilities, ties, NaN)."""
    from nnstudio.engine import losses
    from nnstudio.engine.activations import Softmax
    rng = np.random.default_rng(4)
    n, k = 160, 10
    z = rng.normal(scale=5.0, size=(n, k)).astype(dtype)
    z[0, :len(SPECIAL) - 1] = SPECIAL[1:]
    z[1, 0], z[2, 6] = np.nan, np.nan
    z[3, :] = 2.0
    z[4, 3] = np.inf
    z[5, :] = 0.0
    z[5, 1::2] = -0.0
    z[6, 2] = z[6, 7] = 40.0                          # two columns tie at the maximum
    labels = rng.integers(0, k, n)
    labels[3], labels[6] = 0, 2                       # (NumPy takes the first of tied columns)
    sparse = loss_name.startswith("sparse")
    if sparse:
        y = labels
    else:
        y = np.zeros((n, k), dtype)
        y[np.arange(n), labels] = 1.0
        y[7] = rng.dirichlet(np.ones(k))               # a probability row
        y[8, 1] = y[8, 4] = 0.5                         # a tie: NumPy's target is column 1 ...
        y[9, 5] = y[9, 7] = np.nan                      # ... and here the first NaN's column
        z[8, 1] = z[9, 5] = 30.0                        # where the outputs' maxima are too (counted correct)
    loss = losses.get(loss_name)
    softmax = Softmax()
    with np.errstate(all="ignore"):
        a = softmax.forward(z.copy())
        assert _fused.adam_kernel() is not None       # builds the kernels
        out = np.empty_like(a)
        cost, delta, count = loss.fn_and_delta(z, a, y, softmax, out)
        with monkeypatch.context() as m:
            m.setattr(_fused, "MIN_SIZE", 10**12)
            expected = loss.fn(z, a, y, softmax), loss.delta(z, a, y, softmax, np.empty_like(a))
            assert loss.fn_and_delta(z, a, y, softmax, np.empty_like(a))[2] is None   # the NumPy code counts none
            model = Sequential([Dense(k, input_dim=1, activation="softmax")])
            model.compile("sgd", loss)
            expected_count = model._batch_accuracy(a, y) * n
    assert delta is out
    np.testing.assert_array_equal(delta, expected[1])
    assert np.array_equal(np.signbit(delta), np.signbit(expected[1]))
    assert cost == expected[0] or (np.isnan(cost) and np.isnan(expected[0]))
    assert count == expected_count


@needs_numba
def test_dense_softmax_layer_uses_the_kernel_on_large_batches(monkeypatch):
    calls = []
    assert _fused.adam_kernel() is not None  # builds the kernels (a softmax layer alone never does)
    kernel = _fused.bias_shift_kernel()
    monkeypatch.setattr(_fused, "bias_shift_kernel", lambda: lambda *a: calls.append(1) or kernel(*a))
    model = Sequential([Dense(10, input_dim=4, activation="softmax")], seed=0)
    model.compile("adam", "sparse_categorical_crossentropy")
    rng = np.random.default_rng(0)
    model.train_on_batch(rng.random((8, 4), dtype=np.float32), rng.integers(0, 10, 8))       # 80 values
    assert calls == []
    model.train_on_batch(rng.random((128, 4), dtype=np.float32), rng.integers(0, 10, 128))   # 1280 values
    assert calls == [1]


def test_a_softmax_layer_alone_never_starts_the_compiler():
    """A network with small weights but large batches (784-2-10 at batch 128) trains without numba's compile."""
    code = ("import numpy as np\n"
            "from nnstudio.engine import Dense, Sequential, _fused\n"
            "m = Sequential([Dense(2, input_dim=784, activation='relu'), Dense(10, activation='softmax')])\n"
            "m.compile('adam', 'sparse_categorical_crossentropy')\n"
            "rng = np.random.default_rng(0)\n"
            "m.train_on_batch(rng.random((128, 784), dtype=np.float32), rng.integers(0, 10, 128))\n"
            "import sys; print(_fused._kernels is None, 'numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


@needs_numba
def test_non_contiguous_parameters_take_the_numpy_code():
    rng = np.random.default_rng(0)
    base = rng.normal(size=(2 * N,)).astype(np.float32)
    p = base[::2]  # a strided view: the kernel cannot walk it as a flat buffer
    untouched = base[1::2].copy()
    g = rng.normal(size=N).astype(np.float32)
    expected = p.copy()
    optimizers.Adam(lr=0.1).step([expected], [g])
    optimizers.Adam(lr=0.1).step([p], [g])
    np.testing.assert_array_equal(p, expected)
    np.testing.assert_array_equal(base[1::2], untouched)


def test_would_use_says_which_networks_take_compiled_kernels():
    def net(activation, optimizer, units=30):
        model = Sequential([Dense(units, input_dim=784, activation=activation), Dense(10, activation="softmax")])
        model.compile(optimizer, "sparse_categorical_crossentropy")
        return model

    nielsen = net("sigmoid", optimizers.SGD(lr=3.0))         # 23,860 weights, but plain SGD has no kernel
    assert nielsen.count_params() >= _fused.MIN_SIZE and not _fused.would_use(nielsen, 10)
    assert _fused.would_use(net("sigmoid", optimizers.SGD(lr=3.0, momentum=0.9)), 10)
    assert _fused.would_use(net("sigmoid", "adam"), 10)
    assert not _fused.would_use(net("sigmoid", optimizers.RMSprop(centered=True)), 10)
    assert not _fused.would_use(net("relu", "sgd", units=16), 10)                   # 12,730 weights
    assert _fused.would_use(net("relu", "sgd", units=128), 128)                     # 128 x 128 ReLU outputs
    assert not _fused.would_use(net("relu", "sgd", units=128), 127)


@needs_numba
def test_warm_up_makes_every_kernel_ready():
    code = ("from nnstudio.engine import _fused\n"
            "_fused.warm_up()\n"
            "print(_fused._kernels is not None, bool(_fused._optimizer_kernels))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]


def _status(env=None, prelude=""):
    code = prelude + "from nnstudio.engine import _fused; print(_fused.status())"
    return subprocess.run([sys.executable, "-c", code], env={**os.environ, **(env or {})},
                          capture_output=True, text=True, check=True).stdout.strip()


@needs_numba
def test_status_names_the_code_in_use():
    assert _status({"NNSTUDIO_FUSED": "1"}).startswith("fused (numba ")
    assert _status({"NNSTUDIO_FUSED": "0"}) == "NumPy (disabled by NNSTUDIO_FUSED=0)"


def test_without_numba_the_optimizers_use_numpy():
    prelude = "import sys; sys.modules['numba'] = None\n"  # import numba -> ImportError
    assert _status(prelude=prelude) == "NumPy (numba is not installed: pip install 'nnstudio[fast]')"
    code = prelude + (
        "import numpy as np\n"
        "from nnstudio.engine import Adam\n"
        "p = np.ones(100000, np.float32); Adam(lr=0.5).step([p], [np.ones_like(p)]); print(p[0])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert float(out) == pytest.approx(0.5)
    code = prelude + ("from nnstudio.engine import _fused\n"
                      "print(_fused.ready()); _fused.warm_up(); print(_fused.ready())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]             # nothing to build: nothing pending, before and after
