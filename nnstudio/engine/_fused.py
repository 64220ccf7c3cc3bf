"""Fused optimizer kernels: one pass over the parameters instead of a dozen, when numba is installed.

NumPy evaluates Adam's rule as 12 passes over every array (``m *= b1``, ``u = g * (1 - b1)``, ``m += u``,
..., ``p -= u``), each reading and writing all the parameters; on the MNIST benchmark's 235,146 weights that
is ~250 µs of a ~790 µs training step. A numba-compiled loop does the same operations element by element,
in the same order and the same precision, in one pass (~50-70 µs here).

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

__all__ = ["MIN_SIZE", "adam_kernel", "status"]

# Arrays smaller than this use the NumPy code: XOR-sized networks never wait for the compiler.
MIN_SIZE = 16384

_lock = threading.Lock()
_adam = None          # the compiled kernel once built
_reason = None        # why there is none (None: not tried yet)


def _disabled_by_user() -> bool:
    return os.environ.get("NNSTUDIO_FUSED", "").strip().lower() in ("0", "no", "false", "off")


def _build_adam():
    import numba  # noqa: F401  (ImportError when numba is not installed)
    from numba import njit

    def adam(p, g, m, v, vmax, u, beta1, one_minus_beta1, beta2, one_minus_beta2, eps_c, scale,
             l2, decay, amsgrad):
        # The NumPy code of Adam.update_step / AdamW.update_step / Optimizer.step, one element at a time.
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
            u[i] = ui
            p[i] = pi - ui                                # Optimizer.step: p -= u

    # error_model="numpy": a division by zero gives inf as in NumPy, and the loop vectorizes (the
    # default Python error model checks every division). cache=True keeps the machine code on disk.
    try:
        return njit(nogil=True, cache=True, error_model="numpy")(adam)
    except Exception:  # noqa: BLE001 - e.g. no writable cache folder: compile per process instead
        return njit(nogil=True, error_model="numpy")(adam)


def adam_kernel():
    """The compiled Adam/AdamW kernel, or None (numba missing, disabled, or failed to compile)."""
    global _adam, _reason
    if _adam is not None:
        return _adam
    if _reason is not None:
        return None
    with _lock:
        if _adam is None and _reason is None:
            if _disabled_by_user():
                _reason = "disabled by NNSTUDIO_FUSED=0"
            else:
                try:
                    kernel = _build_adam()
                    _self_test(kernel)
                except ImportError:
                    _reason = "numba is not installed: pip install 'nnstudio[fast]'"
                except Exception as exc:  # noqa: BLE001 - any numba/LLVM failure means: use NumPy
                    _reason = f"numba failed ({type(exc).__name__}: {exc})"
                else:
                    _adam = kernel
    return _adam


def _self_test(kernel):
    """Compile both dtypes now and check one step against the formula, so a broken numba is caught here."""
    for dtype in (np.float32, np.float64):
        p = np.array([1.0, -2.0], dtype)
        g = np.array([0.5, 0.25], dtype)
        m, v, u = np.zeros(2, dtype), np.zeros(2, dtype), np.zeros(2, dtype)
        f = dtype  # every scalar in the array's precision, as NumPy uses them
        kernel(p, g, m, v, v, u, f(0.9), f(0.1), f(0.999), f(0.001), f(0.0), f(1.0), f(0), f(0), False)
        expected_u = (0.1 * g) / np.sqrt(0.001 * g * g)
        if not np.allclose(u, expected_u, rtol=1e-5):
            raise RuntimeError(f"self-test gave {u}, expected {expected_u}")


def status() -> str:
    """One line for users and benchmarks: which optimizer code runs."""
    adam_kernel()
    if _adam is not None:
        import numba
        return f"fused (numba {numba.__version__})"
    return f"NumPy ({_reason})"
