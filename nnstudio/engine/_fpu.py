"""Flush subnormal floats to zero in the calling thread while the engine trains.

Subnormal (denormal) numbers are the floats below the smallest normal one: |x| < 1.1754944e-38 in float32,
< 2.2250739e-308 in float64. Intel cores compute with them through a microcode assist of ~100 cycles per
operation. Training meets them where a weight's gradient is exactly zero for many steps (on MNIST the weights
of the always-blank border pixels): Adam's ``exp_avg`` then decays by beta1 per step and spends ~150 steps in
the float32 subnormal range, and on an Intel Xeon the benchmark's epochs got slower one after another while
the count of subnormal values in the state grew (83,300 -> 63,800 samples/s from epoch 2 to epoch 10, against
a steady ~96,000 with them flushed).

``flush_subnormals()`` is a context manager that turns on the CPU's flush-to-zero modes for the calling thread
and restores the previous mode when it exits (also on an exception):

- x86-64: MXCSR's FTZ (a subnormal result becomes ±0) and DAZ (a subnormal input counts as ±0) bits;
- ARM64: FPCR's FZ bit (both at once).

What this changes: inside the block, every float32 value that would be below 1.1754944e-38 in magnitude (float64:
below 2.2250739e-308) is 0 instead, in NumPy's ufuncs, the numba kernels and the calling thread's share of
each matrix product. ``torch.optim`` keeps such values (IEEE gradual underflow) unless
``torch.set_flush_denormal(True)`` is in force. The parameters are not measurably affected (a subnormal
``exp_avg`` moves a weight by less than 1e-30), but state arrays read after training can hold 0 where torch's
hold a subnormal value (``tests/engine/test_optimizers_torch.py`` shows both). Values in the normal range are
unchanged.

The modes belong to a thread: other threads (the GUI's, OpenBLAS' worker threads, started when NumPy loads)
keep gradual underflow.
The switch goes through libm's ``fegetmode``/``fesetmode`` (glibc >= 2.25, Linux on x86-64 and ARM64). Where
those are missing (other C libraries, macOS, Windows, other CPUs) ``flush_subnormals()`` changes nothing and
``status()`` says why: the results are then IEEE's, and only the speed may depend on subnormals.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import platform
from ctypes import byref

__all__ = ["flush_subnormals", "flushing", "status"]

# glibc's femode_t as one integer: on x86-64 the struct {x87 control word, reserved, MXCSR} (2 + 2 + 4 bytes,
# little-endian, so MXCSR is the high half), on ARM64 FPCR itself. The bits to set:
# x86-64 MXCSR bit 15 flush-to-zero (results) and bit 6 denormals-are-zero (inputs);
# ARM64 FPCR bit 24 flush-to-zero (inputs and results of single and double precision).
_MODES = {"x86_64": (ctypes.c_uint64, ((1 << 15) | (1 << 6)) << 32, "MXCSR FTZ+DAZ"),
          "aarch64": (ctypes.c_uint32, 1 << 24, "FPCR FZ")}
_MODES["amd64"], _MODES["arm64"] = _MODES["x86_64"], _MODES["aarch64"]


def _find_control():
    """(femode_t as an integer type, its flush bits, their name, fegetmode, fesetmode), or a reason (str)."""
    machine = platform.machine().lower()
    if machine not in _MODES:
        return f"no flush-to-zero switch for {machine or 'this'} CPUs"
    mode, bits, name = _MODES[machine]
    library = ctypes.util.find_library("m")
    try:
        libm = ctypes.CDLL(library)
        get, set_ = libm.fegetmode, libm.fesetmode
    except (OSError, TypeError, AttributeError):
        return f"the C library has no fegetmode/fesetmode ({platform.system()}, libm {library})"
    for f in (get, set_):  # called with ctypes.byref(a mode): faster than declaring argtypes
        f.restype = ctypes.c_int
    return mode, bits, name, get, set_


_control = _find_control()
if isinstance(_control, str):
    _reason, _Mode = _control, None
else:
    _reason = None
    _Mode, _BITS, _BITS_NAME, _fegetmode, _fesetmode = _control


class flush_subnormals:  # noqa: N801 - used like a function: ``with flush_subnormals():``
    """``with flush_subnormals():`` the calling thread flushes subnormal floats to zero (see the module text).

    ``flush_subnormals(False)`` does nothing, so that callers can write one ``with`` for both choices. Blocks may
    be nested; each exit restores the mode that was in force at its entry. Costs ~2 µs per block. A thread
    started inside the block inherits the mode (POSIX threads do), so start none there.
    """

    __slots__ = ("_on", "_saved")

    def __init__(self, on: bool = True):
        self._on = on and _Mode is not None
        self._saved = None

    def __enter__(self):
        if self._on:
            saved = _Mode()
            # not flushing yet: switch on, and back on exit (already flushing: leave it, restore nothing)
            if _fegetmode(byref(saved)) == 0 and saved.value & _BITS != _BITS \
                    and _fesetmode(byref(_Mode(saved.value | _BITS))) == 0:
                self._saved = saved
        return self

    def __exit__(self, *exc):
        saved, self._saved = self._saved, None
        if saved is not None:
            _fesetmode(byref(saved))
        return False


def flushing() -> bool:
    """Whether the calling thread flushes subnormal floats to zero now (False where we cannot tell)."""
    if _Mode is None:
        return False
    mode = _Mode()
    return _fegetmode(byref(mode)) == 0 and mode.value & _BITS == _BITS


def status() -> str:
    """One line for users and benchmarks: how training treats subnormal floats on this machine."""
    if _Mode is None:
        return f"kept (IEEE gradual underflow; {_reason})"
    return f"flushed to zero while training steps run ({_BITS_NAME})"
