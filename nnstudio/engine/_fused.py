"""Fused kernels: one pass over the data instead of a dozen, when numba is installed.

NumPy evaluates Adam's rule as 12 passes over every array (``m *= b1``, ``u = g * (1 - b1)``, ``m += u``,
..., ``p -= u``), each reading and writing all the parameters; on the MNIST benchmark's 235,146 weights that
is ~250 µs of a ~790 µs training step. A numba-compiled loop does the same operations element by element,
in the same order and the same precision, in one pass: ~60 µs on a 2-core AMD EPYC, ~150 µs on an Intel Xeon
(Emerald Rapids), where it is bound by the cache's bandwidth (it reads p, g, m, v and writes p, m, v: 6.6 MB).
It does not store the update p_old - p_new: ``Optimizer.updates`` computes it from m and v when it is read
(``adam_update``), which saves a fifth of the kernel's time. A ReLU layer's bias add + activation (3 passes
and a temporary mask) and its derivative (2 passes) get the same treatment, and so do SGD with momentum,
Adagrad and RMSprop (not centered), whose kernels compile on their first use: on the Intel Xeon one update
of the 235,146 weights takes 108 instead of 194 µs (SGD with momentum, whose update buf × lr is computed when
read, as Adam's), 156 instead of 330 (Adagrad) and 155 instead of 398 (RMSprop), and an MNIST training step
10-30 % less (benchmarks/optimizer_kernels.py). Plain SGD keeps its two NumPy passes, which are as fast as one
pass that must also store the update. After a softmax output layer, cross-entropy's δ, the picks its loss needs
(z and a at each row's maximum) and the batch accuracy's count take one pass over the outputs instead of ~15
small NumPy calls (softmax_ce_tail; the exp, log and sums stay NumPy's, which a kernel cannot reproduce bit
for bit).

The kernels are an accelerator, never a different algorithm: every operation is the one the NumPy code in
``optimizers.py`` performs (no fused multiply-add, no fast-math, the scalars rounded to the array's dtype
exactly as NumPy rounds them), so both paths give bit-identical parameters and state; the tests check that.

numba is optional (``pip install nnstudio[fast]``). Without it, or with ``NNSTUDIO_FUSED=0`` in the
environment, or when compiling fails, the optimizers use their NumPy code and nothing else changes.
Small arrays (fewer than ``MIN_SIZE`` elements) always take the NumPy path: they gain nothing worth the
~1 s of compiling on first use.
"""
from __future__ import annotations

import os
import threading

import numpy as np

__all__ = ["MIN_SIZE", "adam_kernel", "adam_update_kernel", "bias_relu_kernel", "bias_shift_kernel",
           "optimizer_kernel", "ready", "relu_backward_kernel", "softmax_ce_tail_kernel", "status", "warm_up",
           "would_use"]

# Arrays smaller than this use the NumPy code: XOR-sized networks never wait for the compiler.
MIN_SIZE = 16384

_lock = threading.Lock()
_kernels = None       # name -> compiled kernel, once built
_reason = None        # why there are none (None: not tried yet)


def _disabled_by_user() -> bool:
    return os.environ.get("NNSTUDIO_FUSED", "").strip().lower() in ("0", "no", "false", "off")


def _build():
    import numba  # noqa: F401  (ImportError when numba is not installed)

    def adam(p, g, m, v, vmax, u, beta1, one_minus_beta1, beta2, one_minus_beta2, eps_c, scale,
             l2, decay, amsgrad):
        # The NumPy code of Adam.update_step / AdamW.update_step / Optimizer.step, one element at a time.
        # u=None: the update is not stored (numba compiles that case separately, without the store); it
        # costs a fifth of the kernel's time, and adam_update computes it from m and v when it is asked for.
        for i in range(p.size):
            pi = p[i]
            gi = g[i]
            if l2 != 0:                                   # _add_l2: s = p * wd; s += g
                gi = pi * l2 + gi
            mi = m[i] * beta1 + gi * one_minus_beta1      # m *= b1; u = g * (1-b1); m += u
            m[i] = mi
            vi = v[i] * beta2 + (gi * gi) * one_minus_beta2   # v *= b2; u = g * g; u *= 1-b2; v += u
            v[i] = vi
            if amsgrad:                                   # np.maximum(vmax, v, out=vmax), NaN first
                vm = vmax[i]
                if not (vm != vm or vm >= vi):
                    vm = vi
                vmax[i] = vm
                vi = vm
            ui = (mi / (np.sqrt(vi) + eps_c)) * scale     # u = sqrt(v); u += eps*c; u = m / u; u *= ss*c
            if decay != 0:                                # AdamW: u += p * (lr * wd)
                ui = ui + pi * decay
            if u is not None:
                u[i] = ui
            p[i] = pi - ui                                # Optimizer.step: p -= u

    def adam_update(m, v, u, eps_c, scale):
        # The update the adam kernel computed (without AdamW's decay), from the m and v (or vmax) it stored.
        for i in range(m.size):
            u[i] = (m[i] / (np.sqrt(v[i]) + eps_c)) * scale

    def bias_relu(z, b, a):
        # Dense.forward + ReLU.forward: z += b; a = z * (z > 0); a += 0.0 (turns -0.0 into 0.0)
        one, zero = z.dtype.type(1), z.dtype.type(0)
        for r in range(z.shape[0]):
            for j in range(z.shape[1]):
                zi = z[r, j] + b[j]
                z[r, j] = zi
                a[r, j] = zi * (one if zi > 0 else zero) + zero

    def bias_shift(z, b, a):
        # Dense.forward + the first line of Softmax.forward: z += b; a = z - row_max(z), where row_max takes
        # z at the row's argmax as NumPy finds it: the first NaN if there is one, else the first maximum
        for r in range(z.shape[0]):
            top = z[r, 0] + b[0]
            z[r, 0] = top
            found_nan = top != top
            for j in range(1, z.shape[1]):
                zj = z[r, j] + b[j]
                z[r, j] = zj
                if not found_nan and (zj > top or zj != zj):
                    top = zj
                    found_nan = zj != zj
            for j in range(z.shape[1]):
                a[r, j] = z[r, j] - top

    def relu_backward(grad, a):
        # ReLU.backward in place: grad = grad * (a > 0)
        one, zero = grad.dtype.type(1), grad.dtype.type(0)
        for r in range(grad.shape[0]):
            for j in range(grad.shape[1]):
                grad[r, j] = grad[r, j] * (one if a[r, j] > 0 else zero)

    def softmax_ce_tail(z, a, y, labels, sparse, delta, c, picks):
        # After a softmax layer's forward pass, what (Sparse)CategoricalCrossentropy's fn and delta and
        # Sequential._batch_accuracy compute from it, one row at a time:
        # - top = a.argmax(axis=1) as NumPy finds it (the first NaN, else the first maximum); picks[0], picks[1]
        #   = z and a there (the loss's log-sum-exp: _logsumexp)
        # - one-hot y: delta = (a - y) * c (np.subtract; out *= 1/n), the target = y.argmax(axis=1)
        # - sparse (labels): delta = a * c, (a - 1) * c at the label (copyto; out[rows, y] -= 1; out *= 1/n),
        #   picks[2] = z at the label
        # Returns how many rows' top is their target (the accuracy's count), or -1 for a label out of range.
        k = a.shape[1]
        one = a.dtype.type(1)
        correct = 0
        for r in range(a.shape[0]):
            top = target = 0                  # the argmax of a's row and, one-hot, of y's row
            best = a[r, 0]
            t = best if sparse else y[r, 0]
            for j in range(1, k):
                v = a[r, j]
                if best == best and (v > best or v != v):
                    top = j
                    best = v
                if not sparse:
                    v = y[r, j]
                    if t == t and (v > t or v != v):
                        target = j
                        t = v
            picks[0, r] = z[r, top]
            picks[1, r] = best
            if sparse:
                target = labels[r]
                if target < 0 or target >= k:
                    return -1
                picks[2, r] = z[r, target]
                for j in range(k):
                    d = a[r, j]
                    if j == target:
                        d = d - one
                    delta[r, j] = d * c
            else:
                for j in range(k):
                    delta[r, j] = (a[r, j] - y[r, j]) * c
            if top == target:
                correct += 1
        return correct

    return _compile({"adam": adam, "adam_update": adam_update, "bias_relu": bias_relu,
                     "bias_shift": bias_shift, "relu_backward": relu_backward, "softmax_ce_tail": softmax_ce_tail})


def _compile(functions: dict) -> dict:
    from numba import njit

    # error_model="numpy": a division by zero gives inf as in NumPy, and the loop vectorizes (the
    # default Python error model checks every division). cache=True keeps the machine code on disk.
    try:
        return {name: njit(nogil=True, cache=True, error_model="numpy")(f) for name, f in functions.items()}
    except Exception:  # noqa: BLE001 - e.g. no writable cache folder: compile per process instead
        return {name: njit(nogil=True, error_model="numpy")(f) for name, f in functions.items()}


def _build_optimizers():
    """SGD's, Adagrad's and RMSprop's rules, compiled like Adam's (the NumPy code of their update_step and
    Optimizer.step's ``p -= u``, one element at a time). Every ``if`` of the NumPy code is a flag here, decided
    as that code decides it (on the Python number, not on its float32 rounding); u receives the update."""

    def sgd(p, g, buf, u, use_l2, l2, momentum, first, use_dampening, one_minus_dampening, nesterov, lr):
        # with momentum (plain SGD keeps its two NumPy passes: faster than one pass that also stores u).
        # u=None (without Nesterov): the update, buf * lr, is not stored; SGD computes it when it is read.
        for i in range(p.size):
            pi = p[i]
            gi = g[i]
            if use_l2:                                    # _add_l2: s = p * wd; s += g
                gi = pi * l2 + gi
            if first:                                     # np.copyto(buf, g)
                bi = gi
            elif use_dampening:                           # buf *= m; u = g * (1 - d); buf += u
                bi = buf[i] * momentum + gi * one_minus_dampening
            else:                                         # buf *= m; buf += g
                bi = buf[i] * momentum + gi
            buf[i] = bi
            if nesterov:                                  # u = buf * m; u += g; u *= lr
                ui = (bi * momentum + gi) * lr
            else:                                         # u = buf * lr
                ui = bi * lr
            if u is not None:
                u[i] = ui
            p[i] = pi - ui

    def adagrad(p, g, acc, u, use_l2, l2, eps, clr):
        for i in range(p.size):
            pi = p[i]
            gi = g[i]
            if use_l2:
                gi = pi * l2 + gi
            ai = acc[i] + gi * gi                         # u = g * g; acc += u
            acc[i] = ai
            ui = (gi / (np.sqrt(ai) + eps)) * clr         # u = sqrt(acc); u += eps; u = g / u; u *= clr
            u[i] = ui
            p[i] = pi - ui

    def rmsprop(p, g, square_avg, buf, u, use_l2, l2, alpha, one_minus_alpha, eps, use_momentum, momentum, lr):
        # the uncentered rule (centered RMSprop keeps its NumPy code); u=None (with momentum): the update,
        # buf * lr, is not stored, RMSprop computes it when it is read
        for i in range(p.size):
            pi = p[i]
            gi = g[i]
            if use_l2:
                gi = pi * l2 + gi
            si = square_avg[i] * alpha + (gi * gi) * one_minus_alpha  # s *= a; u = g * g; u *= 1 - a; s += u
            square_avg[i] = si
            ui = gi / (np.sqrt(si) + eps)                 # u = sqrt(s); u += eps; u = g / u
            if use_momentum:                              # buf *= m; buf += u; u = buf * lr
                bi = buf[i] * momentum + ui
                buf[i] = bi
                ui = bi * lr
            else:                                         # u *= lr
                ui = ui * lr
            if u is not None:
                u[i] = ui
            p[i] = pi - ui

    return _compile({"sgd": sgd, "adagrad": adagrad, "rmsprop": rmsprop})


def _kernel(name):
    global _kernels, _reason
    if _kernels is not None:
        return _kernels[name]
    if _reason is not None:
        return None
    with _lock:
        if _kernels is None and _reason is None:
            if _disabled_by_user():
                _reason = "disabled by NNSTUDIO_FUSED=0"
            else:
                try:
                    kernels = _build()
                    _self_test(kernels)
                except ImportError:
                    _reason = "numba is not installed: pip install 'nnstudio[fast]'"
                except Exception as exc:  # noqa: BLE001 - any numba/LLVM failure means: use NumPy
                    _reason = f"numba failed ({type(exc).__name__}: {exc})"
                else:
                    _kernels = kernels
    return None if _kernels is None else _kernels[name]


_optimizer_kernels = None  # SGD's, Adagrad's, RMSprop's: compiled on their first use ({}: failed)


def optimizer_kernel(name: str):
    """The compiled kernel of "sgd", "adagrad" or "rmsprop", or None. They compile (≈ 1 s, once: numba keeps
    them on disk) the first time one of these optimizers steps a large array, not with Adam's and the layers'."""
    global _optimizer_kernels
    if _optimizer_kernels is None:
        if _kernel("adam") is None:  # numba missing, disabled or broken: no kernels at all
            return None
        with _lock:
            if _optimizer_kernels is None:
                try:
                    kernels = _build_optimizers()
                    _self_test_optimizers(kernels)
                except Exception:  # noqa: BLE001 - any numba/LLVM failure means: use NumPy
                    _optimizer_kernels = {}
                else:
                    _optimizer_kernels = kernels
    return _optimizer_kernels.get(name)


def warm_up() -> None:
    """Compile, or load from numba's cache, every kernel now (nothing without numba): for callers that time
    training steps and must not charge the compiling to the first step (the optimizer race)."""
    optimizer_kernel("sgd")  # (builds Adam's and the layers' kernels first, SGD's group with it)


def ready() -> bool:
    """Whether warm_up would cost nothing: every kernel is built, or there are none to build."""
    if _reason is not None or (_kernels is not None and _optimizer_kernels is not None):
        return True
    if _disabled_by_user():
        return True
    import importlib.util
    try:
        return importlib.util.find_spec("numba") is None
    except (ImportError, ValueError):  # (ValueError: a numba module without a spec, i.e. a stand-in)
        return True


def would_use(model, batch_size: int, optimizers=None) -> bool:
    """Whether training ``model`` on batches of ``batch_size`` rows takes compiled kernels: its optimizer (or one
    of ``optimizers``, those that will step copies of it) has one and the parameters reach MIN_SIZE, or a ReLU
    layer's batch of outputs does (Nielsen's 784-30-10 sigmoid network with plain SGD takes none)."""
    stepping = [model.optimizer] if optimizers is None else optimizers
    if model.count_params() >= MIN_SIZE and any(getattr(o, "has_kernel", lambda: False)() for o in stepping):
        return True
    return any(getattr(layer, "activation", None) == "relu" and batch_size * layer.units >= MIN_SIZE
               for layer in model.layers)


def adam_kernel():
    """The compiled Adam/AdamW kernel, or None (numba missing, disabled, or failed to compile)."""
    return _kernel("adam")


def adam_update_kernel():
    """``kernel(m, v, u, eps_c, scale)``: Adam's update from its state, as the adam kernel computes it."""
    return _kernel("adam_update")


def bias_relu_kernel():
    """``kernel(z, b, a)``: z += b and a = ReLU(z) in one pass (2-D z, a; 1-D b), or None."""
    return _kernel("bias_relu")


def bias_shift_kernel():
    """``kernel(z, b, a)``: z += b and a = z - (row maximum of z), softmax's first step, or None.

    Never compiles: a softmax layer takes it only once a large layer or the optimizer has built the kernels
    (a network with small weight matrices does not wait for the compiler because its batches are large)."""
    return None if _kernels is None else _kernels["bias_shift"]


def relu_backward_kernel():
    """``kernel(grad, a)``: grad *= (a > 0) in place, or None."""
    return _kernel("relu_backward")


def softmax_ce_tail_kernel():
    """``kernel(z, a, y, labels, sparse, delta, c, picks) -> count``: softmax + cross-entropy's delta, the
    picks for its loss and the batch accuracy's count in one pass over the outputs (see losses), or None.

    Never compiles, as bias_shift_kernel."""
    return None if _kernels is None else _kernels["softmax_ce_tail"]


def softmax_fusable(z, a, b) -> bool:
    """Whether a softmax layer's (z, a, b) should take bias_shift: an output layer has few columns, and the
    kernel saves NumPy's per-call costs from 1/16 of MIN_SIZE on (MNIST's 10 classes at batch 103 and more)."""
    return z.size * 16 >= MIN_SIZE and fusable(z, a, b)


def fusable(*arrays) -> bool:
    """Arrays a kernel can walk as plain buffers: C-contiguous, all float32 or all float64."""
    dtype = arrays[0].dtype
    return dtype in (np.float32, np.float64) and all(
        a.dtype == dtype and a.flags.c_contiguous for a in arrays)


def _self_test(kernels):
    """Compile both dtypes now and check each kernel once, so a broken numba is caught here."""
    for dtype in (np.float32, np.float64):
        z = np.array([[-1.0, 0.5]], dtype)
        a = np.empty_like(z)
        kernels["bias_relu"](z, np.array([0.25, 0.25], dtype), a)
        grad = np.array([[3.0, 4.0]], dtype)
        kernels["relu_backward"](grad, a)
        if not (np.array_equal(a, [[0.0, 0.75]]) and np.array_equal(grad, [[0.0, 4.0]])):
            raise RuntimeError(f"ReLU self-test gave {a}, {grad}")
        z = np.array([[1.0, 3.0, 2.0]], dtype)
        kernels["bias_shift"](z, np.array([0.5, 0.0, 0.5], dtype), a := np.empty_like(z))
        if not (np.array_equal(z, [[1.5, 3.0, 2.5]]) and np.array_equal(a, [[-1.5, 0.0, -0.5]])):
            raise RuntimeError(f"softmax self-test gave {z}, {a}")
        a = np.array([[0.25, 0.5, 0.25], [0.5, 0.25, 0.25]], dtype)
        y = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], dtype)   # = the labels 1, 2
        delta, picks = np.empty_like(a), np.empty((3, 2), dtype)
        counts = [kernels["softmax_ce_tail"](a * 2, a, y, np.array([1, 2]), sparse, delta, dtype(0.5), picks)
                  for sparse in (False, True)]
        if not (counts == [1, 1] and np.array_equal(delta, (a - y) * 0.5)
                and np.array_equal(picks, [[1.0, 1.0], [0.5, 0.5], [1.0, 0.5]])):
            raise RuntimeError(f"softmax cross-entropy self-test gave {counts}, {delta}, {picks}")
        p = np.array([1.0, -2.0], dtype)
        g = np.array([0.5, 0.25], dtype)
        m, v, u = np.zeros(2, dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        f = dtype  # every scalar in the array's precision, as NumPy uses them
        scalars = (f(0.9), f(0.1), f(0.999), f(0.001), f(0.0), f(1.0), f(0), f(0), False)
        kernels["adam"](p, g, m, v, v, u, *scalars)
        expected_u = (0.1 * g) / np.sqrt(0.001 * g * g)
        if not np.allclose(u, expected_u, rtol=1e-5):
            raise RuntimeError(f"self-test gave {u}, expected {expected_u}")
        p2, m2, v2, u2 = np.array([1.0, -2.0], dtype), np.zeros(2, dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        kernels["adam"](p2, g, m2, v2, v2, None, *scalars)
        kernels["adam_update"](m2, v2, u2, f(0.0), f(1.0))
        if not (np.array_equal(p2, p) and np.array_equal(u2, u)):
            raise RuntimeError(f"self-test without the update gave {p2}, {u2}; expected {p}, {u}")


def _self_test_optimizers(kernels):
    """Compile both dtypes now and check one step of each rule against its formula."""
    for dtype in (np.float32, np.float64):
        f = dtype
        g = np.array([0.5, -0.25], dtype)
        p, buf, u = np.array([1.0, -2.0], dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        kernels["sgd"](p, g, buf, u, False, f(0), f(0.9), True, False, f(1), False, f(0.1))
        p2, buf2 = np.array([1.0, -2.0], dtype), np.zeros(2, dtype)
        kernels["sgd"](p2, g, buf2, None, False, f(0), f(0.9), True, False, f(1), False, f(0.1))
        sgd_ok = (np.allclose(u, 0.1 * g) and np.allclose(p, [1.0, -2.0] - 0.1 * g) and np.array_equal(buf, g)
                  and np.array_equal(p2, p) and np.array_equal(buf2, buf))
        p, acc, u = np.array([1.0, -2.0], dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        kernels["adagrad"](p, g, acc, u, False, f(0), f(0), f(0.1))
        adagrad_ok = np.allclose(u, 0.1 * np.sign(g))
        p, s, u = np.array([1.0, -2.0], dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        kernels["rmsprop"](p, g, s, np.empty(0, dtype), u, False, f(0), f(0.99), f(0.01), f(0), False, f(0),
                           f(0.1))
        rmsprop_ok = np.allclose(u, 0.1 * np.sign(g) / np.sqrt(0.01))
        p2, s2, buf2 = np.array([1.0, -2.0], dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        kernels["rmsprop"](p2, g, s2, buf2, None, False, f(0), f(0.99), f(0.01), f(0), True, f(0.5), f(0.1))
        rmsprop_ok = rmsprop_ok and np.array_equal(p2, p) and np.array_equal(buf2 * f(0.1), u)
        if not (sgd_ok and adagrad_ok and rmsprop_ok):
            raise RuntimeError(f"optimizer self-test failed: sgd {sgd_ok}, adagrad {adagrad_ok}, "
                               f"rmsprop {rmsprop_ok}")


def numba_version() -> str | None:
    """numba's version when the compiled kernels run, else None (see status() for why not)."""
    _kernel("adam")
    if _kernels is None:
        return None
    import numba
    return numba.__version__


def status() -> str:
    """One line for users and benchmarks: whether the compiled kernels run, or why not."""
    _kernel("adam")
    if _kernels is not None:
        import numba
        return f"fused (numba {numba.__version__})"
    return f"NumPy ({_reason})"
