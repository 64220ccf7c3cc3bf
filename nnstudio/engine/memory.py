"""How much memory a network will need, estimated from its sizes before anything is allocated, and the limit.

``estimate(network, batch_size, dtype, optimizer)`` counts what training allocates: the weights and their
gradients (one flat array each), the optimizer's state (Adam: two moments) and its update buffer, the buffers of
one training batch (every Dense layer's z, a and input gradient, Dropout masks, the batch copy) and one chunk of
inference (``predict`` works in chunks). ``check()`` compares the total with ``memory_limit()`` and raises
:class:`MemoryLimitError` with both numbers, so a network that would exhaust the machine is refused in
milliseconds instead of swapping for minutes or dying with a ``MemoryError`` half-way.

The limit defaults to a quarter of the machine's physical memory (at least 1 GiB); ``NNSTUDIO_MEMORY_LIMIT``
(bytes, or with a unit: ``8G``, ``512M``) or ``set_memory_limit()`` (for this process) changes it.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass

import numpy as np

from nnstudio.engine import optimizers
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

GiB = 1024 ** 3
DEFAULT_FRACTION = 0.25          # of physical memory: room for the GUI, the data and a second model
MIN_DEFAULT_LIMIT = 1 * GiB
FALLBACK_LIMIT = 4 * GiB         # when the machine's memory cannot be read
ENV_VARIABLE = "NNSTUDIO_MEMORY_LIMIT"
# rows ``predict`` handles at once are chosen so one chunk's widest activations stay below this
INFERENCE_CHUNK_BYTES = 64 * 1024 ** 2
MAX_INFERENCE_ROWS = 4096

_limit_override: int | None = None


class MemoryLimitError(TranslatableError):
    """A network (or file) that would need more memory than the limit; the message gives both numbers."""


def total_memory() -> int | None:
    """The machine's physical memory in bytes, or None where the OS does not say (no new dependency:
    ``os.sysconf`` on Linux and macOS, ``GlobalMemoryStatusEx`` on Windows)."""
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        if pages > 0 and page_size > 0:
            return int(pages) * int(page_size)
    except (AttributeError, ValueError, OSError):
        pass
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        class _Status(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong), ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong), ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong), ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = _Status()
        status.dwLength = ctypes.sizeof(_Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):
            return int(status.ullTotalPhys)
    return None


def default_memory_limit() -> int:
    """A quarter of the physical memory, at least 1 GiB (4 GiB when the machine's memory is unknown)."""
    total = total_memory()
    if total is None:
        return FALLBACK_LIMIT
    return max(MIN_DEFAULT_LIMIT, int(total * DEFAULT_FRACTION))


_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "mib": 1024 ** 2,
          "g": GiB, "gb": GiB, "gib": GiB, "t": 1024 ** 4, "tb": 1024 ** 4, "tib": 1024 ** 4}


def parse_bytes(text: str) -> int:
    """'8G', '512 MiB', '1.5g' or '1000000' -> bytes (binary units); ValueError for anything else."""
    match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]*)?)\s*([a-zA-Z]*)\s*", str(text))
    unit = match and match.group(2).lower()
    if not match or unit not in _UNITS:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text} is not an amount of memory; write e.g. 8G, 512M "
                                                            "or a number of bytes"), text=repr(text))
    value = float(match.group(1)) * _UNITS[unit]
    if not math.isfinite(value) or value < 1:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text} is not a positive amount of memory"),
                                text=repr(text))
    return int(value)


def memory_limit() -> int:
    """The limit in force, in bytes: ``set_memory_limit()``, else $NNSTUDIO_MEMORY_LIMIT, else the default."""
    if _limit_override is not None:
        return _limit_override
    text = os.environ.get(ENV_VARIABLE)
    if text:
        try:
            return parse_bytes(text)
        except ValueError:
            pass  # a mistyped variable must not stop the studio: the default applies
    return default_memory_limit()


def set_memory_limit(nbytes: int | None) -> None:
    """Set the limit for this process; None goes back to the environment/default."""
    global _limit_override
    if nbytes is not None and (isinstance(nbytes, bool) or not isinstance(nbytes, (int, np.integer))
                               or nbytes < 1):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the memory limit must be a positive number of bytes, "
                                                            "not {nbytes}"), nbytes=repr(nbytes))
    _limit_override = None if nbytes is None else int(nbytes)


def format_bytes(n: float) -> str:
    """1536 -> '1.5 KiB', 62_000_000_000 -> '57.7 GiB' (binary units, as the limit is given)."""
    n = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if abs(n) < 1024 or unit == "PiB":
            return f"{int(n)} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} PiB"  # (not reached)


def inference_rows(widest: int, itemsize: int) -> int:
    """Rows ``predict`` handles at once so that one chunk of the widest layer stays within
    INFERENCE_CHUNK_BYTES (at most MAX_INFERENCE_ROWS, at least 1)."""
    per_row = max(1, int(widest)) * int(itemsize) * 2   # a layer's input and its output
    return int(max(1, min(MAX_INFERENCE_ROWS, INFERENCE_CHUNK_BYTES // per_row)))


@dataclass(frozen=True)
class MemoryEstimate:
    """What training a network needs, in bytes.

    ``parameters``: number of weights and biases. ``parameter_bytes``: weights + gradients + optimizer state
    and update buffer. ``activation_bytes``: the buffers of one training batch of ``batch_size`` samples.
    ``inference_bytes``: one chunk of ``predict``.
    """

    parameters: int
    parameter_bytes: int
    activation_bytes: int
    inference_bytes: int
    batch_size: int
    sizes: tuple[int, ...]

    @property
    def total_bytes(self) -> int:
        return self.parameter_bytes + self.activation_bytes + self.inference_bytes

    @property
    def training_bytes(self) -> int:
        """What the network keeps while it trains (without ``predict``'s buffers, which copies share)."""
        return self.parameter_bytes + self.activation_bytes

    def check(self, limit: int | None = None) -> MemoryEstimate:
        """Raise MemoryLimitError when ``total_bytes`` exceeds ``limit`` (default: ``memory_limit()``)."""
        limit = memory_limit() if limit is None else int(limit)
        if self.total_bytes <= limit:
            return self
        numbers = dict(needed=format_bytes(self.total_bytes), parameters=f"{self.parameters:,}",
                       weights=format_bytes(self.parameter_bytes), limit=format_bytes(limit))
        if not self.batch_size:
            raise MemoryLimitError(
                QT_TRANSLATE_NOOP("Errors", "This network needs about {needed} of memory ({parameters} weights "
                                            "with their gradients and optimizer state: {weights}), more than the "
                                            "limit of {limit}. Use fewer or smaller layers."), **numbers)
        raise MemoryLimitError(
            QT_TRANSLATE_NOOP("Errors", "This network needs about {needed} of memory ({parameters} weights: "
                                        "{weights} with their gradients and optimizer state; {activations} for a "
                                        "batch of {batch}), more than the limit of {limit}. Use fewer or smaller "
                                        "layers or a smaller batch."),
            activations=format_bytes(self.activation_bytes), batch=f"{self.batch_size:,}", **numbers)


def _layers_of(network) -> tuple[tuple[int, ...], list[float], int]:
    """(sizes, dropout rate after each Dense layer, 0 or the rate before the first) from a NetworkSpec, a
    Sequential or a sequence of sizes (input first). (Read by their attributes: the model module itself asks
    for estimates, so this one does not import it.)"""
    if hasattr(network, "dense_layers"):                           # a Sequential
        sizes, dropout, first_dropout = [network.input_dim], [], 0.0
        for layer in network.layers:
            if hasattr(layer, "units"):                            # Dense
                sizes.append(layer.units)
                dropout.append(0.0)
            elif hasattr(layer, "rate"):                           # Dropout
                if dropout:
                    dropout[-1] = layer.rate
                else:
                    first_dropout = layer.rate
        if sizes[0] is None:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the model does not know its input size yet"))
        return tuple(sizes), dropout, first_dropout
    if hasattr(network, "sizes") and hasattr(network, "layers"):   # a NetworkSpec
        return tuple(network.sizes), [float(layer.dropout) for layer in network.layers], 0.0
    sizes = tuple(network)
    return sizes, [0.0] * (len(sizes) - 1), 0.0


def _optimizer_copies(optimizer) -> int:
    """Arrays of the parameters' size the optimizer keeps: its state slots, its update buffer and, with weight
    decay, a scratch array (see ``Optimizer._ensure_built``)."""
    if optimizer is None:
        return 0
    if not isinstance(optimizer, (str, dict, optimizers.Optimizer)):
        # an object of the caller's that steps like one (a race takes any): its own state slots if it says, else
        # a guess of one slot and an update buffer; one that cannot step is refused by the code that uses it
        slots = getattr(optimizer, "state_slots", None)
        return len(slots()) + 1 if callable(slots) else (2 if hasattr(optimizer, "step") else 0)
    opt = optimizers.get(optimizer)
    return len(opt.state_slots()) + 1 + (1 if getattr(opt, "weight_decay", 0) else 0)


def estimate(network, batch_size: int = 1, dtype="float32", optimizer="adam") -> MemoryEstimate:
    """Memory to train ``network`` (a NetworkSpec, a Sequential, or sizes such as (784, 128, 10)) with batches
    of ``batch_size`` in ``dtype`` with ``optimizer`` (a name, config dict or Optimizer; None: no optimizer).

    Pure arithmetic on the sizes (Python integers: no overflow however absurd the sizes): nothing is allocated.
    """
    sizes, dropout, first_dropout = _layers_of(network)
    for s in sizes:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or s < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "layer sizes must be positive whole numbers, not {s}"),
                                    s=repr(s))
    if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or batch_size < 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the batch size must be a whole number >= 0, not "
                                                            "{batch_size}"), batch_size=repr(batch_size))
    sizes = tuple(int(s) for s in sizes)
    itemsize = np.dtype(dtype).itemsize
    params = sum(fan_in * units + units for fan_in, units in zip(sizes[:-1], sizes[1:]))
    # flat weights + flat gradients (Sequential._collect_parameters) + what the optimizer keeps
    parameter_bytes = params * itemsize * (2 + _optimizer_copies(optimizer))
    b = int(batch_size)
    activations = b * (sizes[0] + sizes[-1])                  # the gathered batch (x, y)
    activations += b * sizes[-1]                              # the output delta
    if first_dropout:
        activations += 2 * b * sizes[0]
    for (fan_in, units), rate in zip(zip(sizes[:-1], sizes[1:]), dropout):
        activations += b * (2 * units + fan_in + 1)           # z, a, dC/dx, the ones vector
        if rate:
            activations += 2 * b * units                      # mask and output
    widest = max(a + c for a, c in zip(sizes[:-1], sizes[1:]))
    inference = inference_rows(max(sizes), itemsize) * widest * itemsize
    return MemoryEstimate(parameters=params, parameter_bytes=parameter_bytes,
                          activation_bytes=activations * itemsize, inference_bytes=inference,
                          batch_size=b, sizes=sizes)


def check_memory(network, batch_size: int = 1, dtype="float32", optimizer="adam",
                 limit: int | None = None) -> MemoryEstimate:
    """``estimate(...)`` and refuse beyond ``limit`` (default ``memory_limit()``): raises MemoryLimitError."""
    return estimate(network, batch_size, dtype, optimizer).check(limit)


def check_copies(network, optimizers, batch_size: int = 1, dtype="float32", extra_bytes: int = 0,
                 limit: int | None = None) -> int:
    """Refuse training copies of ``network`` at once, one per entry of ``optimizers`` (a race's contestants, a
    sweep's runs), when together with ``extra_bytes`` they would need more than ``limit`` (default
    ``memory_limit()``): raises MemoryLimitError with the numbers. Returns the bytes they need."""
    copies = [estimate(network, batch_size, dtype, optimizer) for optimizer in optimizers]
    needed = copies_bytes(copies, extra_bytes)
    limit = memory_limit() if limit is None else int(limit)
    if copies and needed > limit:
        raise MemoryLimitError(
            QT_TRANSLATE_NOOP("Errors", "Training %n network(s) at once (about {each} each) would need about "
                                        "{needed} of memory, more than the limit of {limit}: choose fewer "
                                        "contestants or seeds, a smaller network or a smaller batch.", None, 1),
            n=len(copies), each=format_bytes(max(e.training_bytes for e in copies)), needed=format_bytes(needed),
            limit=format_bytes(limit))
    return needed


def copies_bytes(estimates, extra_bytes: int = 0) -> int:
    """The bytes training copies need at once, one per MemoryEstimate of ``estimates``, with ``extra_bytes``:
    each copy's training bytes, and one chunk of predict's buffers (the copies predict one after another)."""
    return (sum(e.training_bytes for e in estimates) + max((e.inference_bytes for e in estimates), default=0)
            + int(extra_bytes))
