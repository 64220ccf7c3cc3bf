"""Optimizers: PyTorch's update rules and defaults, Keras 3's structure.

The base class `Optimizer` owns the loop over the parameters. Each subclass writes only
`build` (its state, one array per parameter and slot) and `update_step`, which writes the
amount to subtract from one parameter into a preallocated `update` buffer. The base class
then applies `param -= update` in place and keeps the buffers in `self.updates`, so the
training statistics can show ||ΔW|| / ||W|| (a compiled step may leave them to be computed
when they are read).

Every rule, hyper-parameter name and default is that of `torch.optim` (state arrays carry
torch's names too: `momentum_buffer`, `sum`, `square_avg`, `exp_avg`, ...). The maths is
plain NumPy with `out=`: no temporaries in the hot loop, state in the parameter's dtype.
Gradients are read, never modified. With numba installed, Adam and AdamW run their update and
`param -= update` as one compiled pass over large arrays (`_fused`), giving bit-identical results.
"""

from __future__ import annotations

import functools
import inspect
import math
import numbers

import numpy as np

from nnstudio.engine import _fpu, _fused
from nnstudio.i18n import QT_TRANSLATE_NOOP, Translatable, TranslatableError

__all__ = [
    "OPTIMIZERS",
    "SGD",
    "Adagrad",
    "Adam",
    "AdamW",
    "Optimizer",
    "RMSprop",
    "get",
]


# messages that parse_contestant (the command line's --contestant) says again in the terms a user types there
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "{name} must be a number, got {value}")
NOT_A_FLAG = QT_TRANSLATE_NOOP("Errors", "{name} must be True or False, got {value}")
NOT_A_PAIR = QT_TRANSLATE_NOOP("Errors", "betas must be a pair (beta1, beta2), got {value}")
NESTEROV = QT_TRANSLATE_NOOP("Errors", "nesterov=True requires momentum > 0 and dampening == 0, got "
                                       "momentum={momentum}, dampening={dampening}")
BAD_CONFIG = QT_TRANSLATE_NOOP("Errors", "bad optimizer config for {name}: {reason}")
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "unknown optimizer {name}; choose one of {choices}")


def _check_range(name, value, low=0.0, high=None, high_open=True):
    """Raise ValueError unless `value` is a finite number with `low <= value` (and `value < high`); the
    message states the range. Text, booleans, NaN and infinity are refused (a file may hold anything)."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise TranslatableError(NOT_A_NUMBER, name=name, value=repr(value))
    value = float(value)
    if high is None:
        if not low <= value < math.inf:  # also rejects NaN
            template = (QT_TRANSLATE_NOOP("Errors", "{name} must be a finite number >= {low}, got {value}")
                        if value == math.inf else QT_TRANSLATE_NOOP("Errors", "{name} must be >= {low}, got {value}"))
            raise TranslatableError(template, name=name, low=f"{low:g}", value=repr(value))
    elif not (low <= value < high if high_open else low <= value <= high):
        bracket = ")" if high_open else "]"
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} must be in [{low}, {high}{bracket}, got {value}"),
                                name=name, low=f"{low:g}", high=f"{high:g}", bracket=bracket, value=repr(value))
    return value


def _check_flag(name, value):
    """A switch: True/False (or 1/0); anything else is a ValueError naming the argument."""
    if isinstance(value, (bool, np.bool_)) or (isinstance(value, numbers.Integral) and value in (0, 1)):
        return bool(value)
    raise TranslatableError(NOT_A_FLAG, name=name, value=repr(value))


def _check_betas(betas):
    try:
        beta1, beta2 = betas
    except (TypeError, ValueError):
        raise TranslatableError(NOT_A_PAIR, value=repr(betas)) from None
    return (_check_range("betas[0]", beta1, 0.0, 1.0), _check_range("betas[1]", beta2, 0.0, 1.0))


def _resolve_lr(lr, learning_rate, default):
    """`learning_rate=` is an alias of `lr=` (Keras' name); giving two different values is an error."""
    if learning_rate is None:
        return lr
    if lr != default and lr != learning_rate:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "give the learning rate once: lr={lr} and "
                                                            "learning_rate={learning_rate} disagree"),
                                lr=repr(lr), learning_rate=repr(learning_rate))
    return learning_rate


class ArgumentNameError(Translatable, TypeError):
    """An optimizer's argument it does not have (a Keras name, a misspelling): a TypeError, as Python's own for
    an unexpected keyword argument, whose message says what to write and can be translated."""


class NotAnOptimizerError(Translatable, TypeError):
    """optimizers.get was given something that is no optimizer (a TypeError, whose message can be translated)."""


# Keras' argument names that PyTorch (and so NN Studio) spells differently: what to write instead, and why.
_KERAS_NAMES = {
    "beta_1": QT_TRANSLATE_NOOP("Errors", "{cls}() uses PyTorch's argument names: write betas=(beta_1, beta_2) "
                                          "instead of {name}=..."),
    "epsilon": QT_TRANSLATE_NOOP("Errors", "{cls}() uses PyTorch's argument names: write eps=... instead of "
                                           "epsilon=...; PyTorch adds it at another place than Keras (see 'Where "
                                           "epsilon goes' in docs/engine.md)"),
    "rho": QT_TRANSLATE_NOOP("Errors", "{cls}() uses PyTorch's argument names: write alpha=... instead of rho=... "
                                       "(the decay rate of the squared-gradient average)"),
    "clipnorm": QT_TRANSLATE_NOOP("Errors", "{cls}() has no {name}= (gradient clipping is not supported)"),
}
_KERAS_NAMES["beta_2"] = _KERAS_NAMES["beta_1"]
_KERAS_NAMES["clipvalue"] = _KERAS_NAMES["global_clipnorm"] = _KERAS_NAMES["clipnorm"]


def _explain_keras_names(init):
    """Wrap an optimizer's __init__: a Keras-only argument name gets a TypeError that says what to write, any
    other unknown name one that lists the settings there are (not Python's "unexpected keyword argument")."""
    accepted = set(inspect.signature(init).parameters)
    settings = ", ".join(p for p in inspect.signature(init).parameters if p not in ("self", "learning_rate"))

    @functools.wraps(init)
    def wrapper(self, *args, **kwargs):
        for name in kwargs:
            if name in accepted:
                continue
            cls = type(self).__name__
            if name in _KERAS_NAMES:
                raise ArgumentNameError(_KERAS_NAMES[name], cls=cls, name=name)
            raise ArgumentNameError(QT_TRANSLATE_NOOP("Errors", "{cls}() has no setting {name}=; its settings are "
                                                                "{settings}"),
                                    cls=cls, name=name, settings=settings)
        init(self, *args, **kwargs)
    return wrapper


class Optimizer:
    """Base class: the loop over parameters, the state bookkeeping, config and saving.

    Subclasses set `name`, call `super().__init__(lr)`, and implement:

    - `build(params)`: allocate state with `self.add_slot(name, params, fill)`; called
      before the first step (and again after `reset()`).
    - `update_step(i, param, grad, update)`: update the state of parameter `i` and write
      the amount to subtract from `param` into `update` (same shape and dtype). `update`
      may be used as scratch space before that. `self.iterations` is already the 1-based
      number of the step being taken.
    - `get_config()`: add the hyper-parameters to the base config.

    Attributes:
        lr: learning rate; may be changed at any time, takes effect at the next step.
        iterations: number of steps taken.
        updates: after `step()`, per parameter the array `param_before - param_after`.
    """

    name = "optimizer"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "__init__" in cls.__dict__:
            cls.__init__ = _explain_keras_names(cls.__init__)

    def __init__(self, lr):
        self.lr = lr
        self.iterations = 0
        self._updates = []
        self._deferred = []  # functions writing the updates a compiled step left unwritten (see `updates`)
        self._slots = {}  # slot name -> list of arrays, one per parameter
        self._shapes = None  # [(shape, dtype), ...] the state was built for
        self._pending_state = None  # from set_state() before the first step

    # --- learning rate -----------------------------------------------------------------
    @property
    def lr(self):
        return self._lr

    @lr.setter
    def lr(self, value):
        self._lr = _check_range("lr", value)

    learning_rate = lr  # Keras' name for the same thing

    @property
    def updates(self):
        """After `step()`: per parameter the array `param_before - param_after` (the same buffers each step).

        A compiled step may leave them unwritten when they follow from the new state (Adam: one pass less over
        memory, a fifth of its time); they are computed here, on the first read after the step.
        """
        self._write_deferred_updates()
        return self._updates

    def _defer(self, write, *args):
        """Leave this step's update to ``write(*args, flushed)``, called when `updates` is read: ``flushed`` is
        whether this step flushed subnormals, so that the update is bit for bit the value the step subtracted."""
        self._deferred.append(functools.partial(write, *args, _fpu.flushing()))

    def _write_deferred_updates(self):
        deferred, self._deferred = self._deferred, []
        for write in deferred:
            write()

    def __getstate__(self):
        # copies (copy.deepcopy of a model) get written updates, not functions writing into this one's arrays
        self._write_deferred_updates()
        return self.__dict__

    # --- the loop ------------------------------------------------------------------------
    def step(self, params, grads):
        """One update of every parameter, in place.

        Args:
            params: list of arrays [W1, b1, W2, b2, ...], the same order at every call.
            grads: matching list of gradient arrays (not modified).
        """
        if len(params) != len(grads):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "got {n_params} parameters but {n_grads} "
                                                                "gradients"),
                                    n_params=len(params), n_grads=len(grads))
        self._ensure_built(params)
        self.iterations += 1
        self._deferred = []  # the previous step's unread updates: not needed any more
        for i, (param, grad, update) in enumerate(zip(params, grads, self._updates)):
            if not self._fused_step(i, param, grad, update):
                self.update_step(i, param, grad, update)
                np.subtract(param, update, out=param)

    def build(self, params):
        """Allocate the optimizer state for `params` (override; default: no state)."""

    def update_step(self, i, param, grad, update):
        raise NotImplementedError

    def has_kernel(self) -> bool:
        """Whether large parameters take a compiled kernel (with numba) under these settings."""
        return False

    def _fused_step(self, i, param, grad, update):
        """Do update_step and `param -= update` in one compiled pass if possible; False: not done.

        Subclasses with a kernel in `_fused` override this; the result must be bit-identical to the
        NumPy code (the tests compare both).
        """
        return False

    def add_slot(self, name, params, fill=0.0):
        """One state array per parameter, same shape and dtype, filled with `fill`."""
        slot = [np.full_like(p, fill) for p in params]
        self._slots[name] = slot
        return slot

    def _ensure_built(self, params):
        shapes = self._shapes
        if shapes is not None and len(shapes) == len(params):
            for (shape, dtype), p in zip(shapes, params):
                if p.shape != shape or p.dtype != dtype:
                    break
            else:
                return
        if shapes is not None:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "this optimizer holds state for parameters {held} "
                                                                "but was given {given}; call reset() before using "
                                                                "it for other weights"), held=_describe(shapes),
                                    given=_describe([(p.shape, p.dtype) for p in params]))
        self._slots = {}
        self.build(params)
        if self._pending_state is not None:
            pending, self._pending_state = self._pending_state, None
            self._load_slots(pending)
        self._updates = [np.zeros_like(p) for p in params]
        self._deferred = []
        self._shapes = [(p.shape, p.dtype) for p in params]

    def reset(self):
        """Forget all state (use before training new weights)."""
        self.iterations = 0
        self._updates = []
        self._deferred = []
        self._slots = {}
        self._shapes = None
        self._pending_state = None

    # --- config and state ----------------------------------------------------------------
    def get_config(self):
        """JSON-able dict of the hyper-parameters, with "name"; `get(config)` rebuilds it."""
        return {"name": self.name, "lr": self.lr}

    @classmethod
    def from_config(cls, config):
        config = dict(config)
        config.pop("name", None)
        return cls(**config)

    def get_state(self):
        """Copies of the state arrays ("<slot>.<param index>") and "iterations" (0-d int64)."""
        state = {"iterations": np.array(self.iterations, dtype=np.int64)}
        if self._pending_state is not None:  # loaded but not used yet: hand it on unchanged
            slots = {name: [given[i] for i in sorted(given)]
                     for name, given in self._pending_state.items()}
        else:
            slots = self._slots
        for slot_name, arrays in slots.items():
            for i, array in enumerate(arrays):
                state[f"{slot_name}.{i}"] = array.copy()
        return state

    def set_state(self, state, params=None):
        """Restore what `get_state()` returned; the next step continues exactly from there.

        Without `params` the arrays are checked against the parameters at the first step; with
        `params` (the list later passed to `step`) they are checked, and the state built, now.
        """
        state = dict(state)
        if "iterations" not in state:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state has no 'iterations' entry"))
        iterations = np.asarray(state.pop("iterations"))
        if iterations.shape != () or iterations.dtype.kind not in "iu" or iterations < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state 'iterations' must be an integer >= "
                                                                "0, got {iterations}"), iterations=repr(iterations))
        slots = {}
        for key, array in state.items():
            slot_name, _, index = key.rpartition(".")
            if not slot_name or not index.isdigit():
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state key {key} is not of the form "
                                                                    "'<slot>.<index>'"), key=repr(key))
            slots.setdefault(slot_name, {})[int(index)] = np.array(array)  # a copy
        if self._shapes is None:
            self._check_slot_names(slots, self._expected_slots())
            self._pending_state = slots
            if params is not None:
                try:
                    self._ensure_built(params)
                except ValueError:
                    self.reset()
                    raise
        else:
            if params is not None:
                self._ensure_built(params)  # raises if they are not the parameters it was built for
            self._load_slots(slots)
        self.iterations = int(iterations)

    def state_slots(self) -> list[str]:
        """Names of the state arrays this optimizer keeps per parameter with its current settings
        (e.g. ["exp_avg", "exp_avg_sq"] for Adam), whether or not it has stepped yet."""
        if self._shapes is not None:
            return list(self._slots)
        return self._expected_slots()

    def retuned(self, params, **values):
        """A new optimizer of the same kind with ``values`` changed (checked as the constructor checks them),
        carrying this one's state over: moments, momentum buffers and the step count continue; a slot the
        new settings add starts at zero (a momentum buffer then begins as the next gradient, as in PyTorch).
        ``params``: the parameters it steps. Takes effect at the next step."""
        config = {**self.get_config(), **values}
        if str(config.get("name")).lower() != self.name:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "this is {name}; another optimizer starts with "
                                                                "empty state: build it instead"), name=self.name)
        new = get(config)
        if self._shapes is not None:      # it has stepped: carry its state over
            new._ensure_built(params)
            for slot, arrays in new._slots.items():
                for mine, theirs in zip(arrays, self._slots.get(slot, ())):
                    np.copyto(mine, theirs)
            new.iterations = self.iterations
        return new

    def _check_slot_names(self, slots, expected):
        if set(slots) != set(expected):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state holds {slots} but {optimizer} needs "
                                                                "{expected}; was it saved with other settings?"),
                                    slots=sorted(slots), optimizer=repr(self), expected=sorted(expected))

    def _expected_slots(self):
        """Names of the state slots `build` creates with the current settings (before building)."""
        self._slots = {}
        self.build([np.zeros(1)])  # a stand-in parameter; the real build happens at the first step
        names, self._slots = list(self._slots), {}
        return names

    def _load_slots(self, slots):
        """Copy `slots` into the built state, after checking all of it (nothing changes on error)."""
        self._check_slot_names(slots, self._slots)
        self._write_deferred_updates()  # they derive from the state about to be replaced
        for slot_name, arrays in self._slots.items():
            given = slots[slot_name]
            if sorted(given) != list(range(len(arrays))):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state '{slot_name}' has entries "
                                                                    "{given} but the model has {count} parameters"),
                                        slot_name=slot_name, given=sorted(given), count=len(arrays))
            for i, array in enumerate(arrays):
                if given[i].shape != array.shape:
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state '{slot_name}.{i}' has "
                                                                        "shape {state_shape}, parameter {i} has "
                                                                        "shape {param_shape}"), slot_name=slot_name,
                                            i=i, state_shape=given[i].shape, param_shape=array.shape)
                if not np.can_cast(given[i].dtype, array.dtype, casting="same_kind"):
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "optimizer state '{slot_name}.{i}' holds "
                                                                        "{state_dtype} values, not numbers for "
                                                                        "{param_dtype} parameters"),
                                            slot_name=slot_name, i=i, state_dtype=given[i].dtype,
                                            param_dtype=array.dtype)
        for slot_name, arrays in self._slots.items():
            for i, array in enumerate(arrays):
                np.copyto(array, slots[slot_name][i], casting="same_kind")

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items() if k != "name")
        return f"{type(self).__name__}({args})"


def _add_l2(grad, param, weight_decay, scratch, i):
    """`grad + weight_decay * param` (torch's L2 weight decay) in `scratch[i]`; `grad` is not touched."""
    if not weight_decay:
        return grad
    g = scratch[i]
    np.multiply(param, weight_decay, out=g)
    g += grad
    return g


def _kernel_for(optimizer, param, grad, update):
    """The compiled kernel of ``optimizer`` when its settings have one (``has_kernel``) and the arrays are large
    enough to gain from it and fit it (contiguous, one float dtype), else None: then the NumPy code runs."""
    if not optimizer.has_kernel() or param.size < _fused.MIN_SIZE or not _fused.fusable(param, grad, update):
        return None
    return _fused.optimizer_kernel(optimizer.name)


def _describe(shapes):
    return "[" + ", ".join(f"{tuple(s)} {np.dtype(d).name}" for s, d in shapes) + "]"


class SGD(Optimizer):
    """Stochastic gradient descent with optional momentum and Nesterov momentum (torch.optim.SGD).

    Update rule for parameter `p` with gradient `g` (`buf` starts as `g` on the first step,
    without dampening, exactly as in PyTorch):

    ```python
    g = g + weight_decay * p                      # L2 penalty, if weight_decay != 0
    if momentum != 0:
        buf = g if first_step else momentum * buf + (1 - dampening) * g
        g = g + momentum * buf if nesterov else buf
    p = p - lr * g
    ```

    Args:
        lr: learning rate, >= 0 (alias `learning_rate`).
        momentum: momentum factor, >= 0.
        dampening: dampening of the momentum, >= 0.
        nesterov: Nesterov momentum; needs momentum > 0 and dampening == 0.
        weight_decay: L2 penalty coefficient, >= 0.
    """

    name = "sgd"

    def __init__(self, lr=1e-3, momentum=0.0, dampening=0.0, nesterov=False, weight_decay=0.0,
                 *, learning_rate=None):
        super().__init__(_resolve_lr(lr, learning_rate, 1e-3))
        self.momentum = _check_range("momentum", momentum)
        self.dampening = _check_range("dampening", dampening)
        self.weight_decay = _check_range("weight_decay", weight_decay)
        self.nesterov = _check_flag("nesterov", nesterov)
        if self.nesterov and (self.momentum <= 0 or self.dampening != 0):
            # (the studio's Nesterov box can ask for it: the message reaches the GUI)
            raise TranslatableError(NESTEROV, momentum=repr(self.momentum), dampening=repr(self.dampening))

    def build(self, params):
        self._scratch = [np.empty_like(p) for p in params] if self.weight_decay else None
        if self.momentum:
            self.momentum_buffer = self.add_slot("momentum_buffer", params)

    def update_step(self, i, param, grad, update):
        g = _add_l2(grad, param, self.weight_decay, self._scratch, i)
        if self.momentum:
            buf = self.momentum_buffer[i]
            if self.iterations == 1:
                np.copyto(buf, g)
            else:
                buf *= self.momentum
                if self.dampening:
                    np.multiply(g, 1.0 - self.dampening, out=update)
                    buf += update
                else:
                    buf += g
            if self.nesterov:
                np.multiply(buf, self.momentum, out=update)
                update += g
                update *= self.lr
                return
            g = buf
        np.multiply(g, self.lr, out=update)

    def has_kernel(self) -> bool:
        # (plain SGD keeps its two NumPy passes: faster than the kernel's one, which also stores the update)
        return bool(self.momentum)

    def _fused_step(self, i, param, grad, update):
        kernel = _kernel_for(self, param, grad, update)
        if kernel is None:
            return False
        f = param.dtype.type
        buf = self.momentum_buffer[i].reshape(-1)
        # Without Nesterov the update is buf * lr: the kernel need not store it (one pass over memory less);
        # `updates` computes it from the buffer when it is read.
        defer = not self.nesterov
        kernel(param.reshape(-1), grad.reshape(-1), buf, None if defer else update.reshape(-1),
               bool(self.weight_decay), f(self.weight_decay), f(self.momentum), self.iterations == 1,
               bool(self.dampening), f(1.0 - self.dampening), self.nesterov, f(self.lr))
        if defer:
            self._defer(_write_product, buf, f(self.lr), update.reshape(-1))
        return True

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum, "dampening": self.dampening,
                "nesterov": self.nesterov, "weight_decay": self.weight_decay}


class Adagrad(Optimizer):
    """Adagrad: per-weight learning rates from the sum of squared gradients (torch.optim.Adagrad).

    ```python
    g = g + weight_decay * p                      # if weight_decay != 0
    clr = lr / (1 + (t - 1) * lr_decay)           # t = step number, 1, 2, ...
    sum = sum + g * g                             # starts at initial_accumulator_value
    p = p - clr * g / (sqrt(sum) + eps)
    ```

    Args:
        lr: learning rate, >= 0 (alias `learning_rate`).
        lr_decay: learning-rate decay per step, >= 0.
        weight_decay: L2 penalty coefficient, >= 0.
        initial_accumulator_value: starting value of `sum`, >= 0.
        eps: added to the denominator, >= 0.
    """

    name = "adagrad"

    def __init__(self, lr=1e-2, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0,
                 eps=1e-10, *, learning_rate=None):
        super().__init__(_resolve_lr(lr, learning_rate, 1e-2))
        self.lr_decay = _check_range("lr_decay", lr_decay)
        self.weight_decay = _check_range("weight_decay", weight_decay)
        self.initial_accumulator_value = _check_range(
            "initial_accumulator_value", initial_accumulator_value)
        self.eps = _check_range("eps", eps)

    def build(self, params):
        self._scratch = [np.empty_like(p) for p in params] if self.weight_decay else None
        self.sum = self.add_slot("sum", params, self.initial_accumulator_value)

    def update_step(self, i, param, grad, update):
        g = _add_l2(grad, param, self.weight_decay, self._scratch, i)
        clr = self.lr / (1.0 + (self.iterations - 1) * self.lr_decay)
        acc = self.sum[i]
        np.multiply(g, g, out=update)
        acc += update
        np.sqrt(acc, out=update)
        update += self.eps
        np.divide(g, update, out=update)
        update *= clr

    def has_kernel(self) -> bool:
        return True

    def _fused_step(self, i, param, grad, update):
        kernel = _kernel_for(self, param, grad, update)
        if kernel is None:
            return False
        f = param.dtype.type
        clr = self.lr / (1.0 + (self.iterations - 1) * self.lr_decay)
        kernel(param.reshape(-1), grad.reshape(-1), self.sum[i].reshape(-1), update.reshape(-1),
               bool(self.weight_decay), f(self.weight_decay), f(self.eps), f(clr))
        return True

    def get_config(self):
        return {**super().get_config(), "lr_decay": self.lr_decay, "weight_decay": self.weight_decay,
                "initial_accumulator_value": self.initial_accumulator_value, "eps": self.eps}


class RMSprop(Optimizer):
    """RMSprop: divide by a running RMS of the gradient (torch.optim.RMSprop).

    ```python
    g = g + weight_decay * p                          # if weight_decay != 0
    square_avg = alpha * square_avg + (1 - alpha) * g * g
    if centered:                                      # subtract the squared mean gradient
        grad_avg = alpha * grad_avg + (1 - alpha) * g
        avg = sqrt(max(square_avg - grad_avg * grad_avg, 0)) + eps   # max: rounding guard
    else:
        avg = sqrt(square_avg) + eps
    if momentum > 0:
        buf = momentum * buf + g / avg
        p = p - lr * buf
    else:
        p = p - lr * g / avg
    ```

    Args:
        lr: learning rate, >= 0 (alias `learning_rate`).
        alpha: smoothing constant of the averages, in [0, 1).
        eps: added to the denominator, >= 0.
        weight_decay: L2 penalty coefficient, >= 0.
        momentum: momentum factor, >= 0.
        centered: normalize by the gradient's estimated variance instead of its raw second moment.
    """

    name = "rmsprop"

    def __init__(self, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0,
                 centered=False, *, learning_rate=None):
        super().__init__(_resolve_lr(lr, learning_rate, 1e-2))
        self.alpha = _check_range("alpha", alpha, 0.0, 1.0)
        self.eps = _check_range("eps", eps)
        self.weight_decay = _check_range("weight_decay", weight_decay)
        self.momentum = _check_range("momentum", momentum)
        self.centered = _check_flag("centered", centered)

    def build(self, params):
        self._scratch = [np.empty_like(p) for p in params] if self.weight_decay else None
        self.square_avg = self.add_slot("square_avg", params)
        if self.momentum:
            self.momentum_buffer = self.add_slot("momentum_buffer", params)
        if self.centered:
            self.grad_avg = self.add_slot("grad_avg", params)

    def update_step(self, i, param, grad, update):
        g = _add_l2(grad, param, self.weight_decay, self._scratch, i)
        alpha = self.alpha
        square_avg = self.square_avg[i]
        square_avg *= alpha
        np.multiply(g, g, out=update)
        update *= 1.0 - alpha
        square_avg += update
        if self.centered:
            grad_avg = self.grad_avg[i]
            grad_avg *= alpha
            np.multiply(g, 1.0 - alpha, out=update)
            grad_avg += update
            np.multiply(grad_avg, grad_avg, out=update)
            np.subtract(square_avg, update, out=update)
            # >= 0 in exact arithmetic; rounding can dip below when the gradient hardly varies,
            # where torch would produce NaN. Clamp instead.
            np.maximum(update, 0.0, out=update)
            np.sqrt(update, out=update)
        else:
            np.sqrt(square_avg, out=update)
        update += self.eps
        np.divide(g, update, out=update)  # g / avg
        if self.momentum:
            buf = self.momentum_buffer[i]
            buf *= self.momentum
            buf += update
            np.multiply(buf, self.lr, out=update)
        else:
            update *= self.lr

    def has_kernel(self) -> bool:
        return not self.centered

    def _fused_step(self, i, param, grad, update):
        kernel = _kernel_for(self, param, grad, update)
        if kernel is None:
            return False
        f = param.dtype.type
        buf = (self.momentum_buffer[i] if self.momentum else np.empty(0, param.dtype)).reshape(-1)
        # With momentum the update is buf * lr: the kernel need not store it (see SGD._fused_step)
        defer = bool(self.momentum)
        kernel(param.reshape(-1), grad.reshape(-1), self.square_avg[i].reshape(-1), buf,
               None if defer else update.reshape(-1), bool(self.weight_decay), f(self.weight_decay),
               f(self.alpha), f(1.0 - self.alpha), f(self.eps), bool(self.momentum), f(self.momentum), f(self.lr))
        if defer:
            self._defer(_write_product, buf, f(self.lr), update.reshape(-1))
        return True

    def get_config(self):
        return {**super().get_config(), "alpha": self.alpha, "eps": self.eps,
                "weight_decay": self.weight_decay, "momentum": self.momentum,
                "centered": self.centered}


class Adam(Optimizer):
    """Adam with optional AMSGrad (torch.optim.Adam; weight decay is the L2 form).

    ```python
    g = g + weight_decay * p                           # if weight_decay != 0
    exp_avg = beta1 * exp_avg + (1 - beta1) * g
    exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * g * g
    if amsgrad:
        max_exp_avg_sq = maximum(max_exp_avg_sq, exp_avg_sq)
        v = max_exp_avg_sq
    else:
        v = exp_avg_sq
    step_size = lr / (1 - beta1 ** t)                  # t = step number, 1, 2, ...
    denom = sqrt(v) / sqrt(1 - beta2 ** t) + eps       # eps added after the bias correction
    p = p - step_size * exp_avg / denom
    ```

    Args:
        lr: learning rate, >= 0 (alias `learning_rate`).
        betas: (beta1, beta2), decay rates of the two moment averages, each in [0, 1).
        eps: added to the denominator, >= 0.
        weight_decay: L2 penalty coefficient (added to the gradient), >= 0.
        amsgrad: use the running maximum of `exp_avg_sq` (AMSGrad).
    """

    name = "adam"

    def __init__(self, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False,
                 *, learning_rate=None):
        super().__init__(_resolve_lr(lr, learning_rate, 1e-3))
        self.betas = _check_betas(betas)
        self.eps = _check_range("eps", eps)
        self.weight_decay = _check_range("weight_decay", weight_decay)
        self.amsgrad = _check_flag("amsgrad", amsgrad)

    def build(self, params):
        self._scratch = [np.empty_like(p) for p in params] if self.weight_decay else None
        self.exp_avg = self.add_slot("exp_avg", params)
        self.exp_avg_sq = self.add_slot("exp_avg_sq", params)
        if self.amsgrad:
            self.max_exp_avg_sq = self.add_slot("max_exp_avg_sq", params)

    def _bias_corrections(self):
        """(c, step_size) of this step: c = sqrt(1 - beta2**t), step_size = lr / (1 - beta1**t).

        The step is step_size * exp_avg / (sqrt(v) / c + eps), computed multiplied through by c:
        step_size * c * exp_avg / (sqrt(v) + eps * c), the same value without a pass dividing by c (a
        division costs 5x a multiply). The NumPy code and the compiled kernel both use these numbers.
        """
        beta1, beta2 = self.betas
        t = self.iterations
        return math.sqrt(1.0 - beta2**t), self.lr / (1.0 - beta1**t)

    def _moments_step(self, i, g, update):
        """Update the moments of parameter i from `g`; write the Adam step into `update`."""
        beta1, beta2 = self.betas
        exp_avg, exp_avg_sq = self.exp_avg[i], self.exp_avg_sq[i]
        exp_avg *= beta1
        np.multiply(g, 1.0 - beta1, out=update)
        exp_avg += update
        exp_avg_sq *= beta2
        np.multiply(g, g, out=update)
        update *= 1.0 - beta2
        exp_avg_sq += update
        if self.amsgrad:
            v = self.max_exp_avg_sq[i]
            np.maximum(v, exp_avg_sq, out=v)
        else:
            v = exp_avg_sq
        c, step_size = self._bias_corrections()
        np.sqrt(v, out=update)
        update += self.eps * c
        np.divide(exp_avg, update, out=update)
        update *= step_size * c

    def update_step(self, i, param, grad, update):
        g = _add_l2(grad, param, self.weight_decay, self._scratch, i)
        self._moments_step(i, g, update)

    _decoupled = False  # AdamW: weight decay applied to the weights, not added to the gradient

    def has_kernel(self) -> bool:
        return True

    def _fused_step(self, i, param, grad, update):
        if param.size < _fused.MIN_SIZE or not _fused.fusable(param, grad, update):
            return False
        kernel = _fused.adam_kernel()
        if kernel is None:
            return False
        beta1, beta2 = self.betas
        c, step_size = self._bias_corrections()
        f = param.dtype.type  # the scalars rounded to the arrays' dtype, as NumPy's ufuncs round them
        exp_avg, exp_avg_sq = self.exp_avg[i].reshape(-1), self.exp_avg_sq[i].reshape(-1)
        vmax = self.max_exp_avg_sq[i].reshape(-1) if self.amsgrad else exp_avg_sq
        wd = self.weight_decay
        eps_c, scale = f(self.eps * c), f(step_size * c)
        # The update is step_size * c * exp_avg / (sqrt(v) + eps * c) with the new exp_avg and v: the kernel
        # need not store it (see `updates`). AdamW's decay term needs the old weights: then it stores it.
        defer = not (self._decoupled and wd)
        kernel(param.reshape(-1), grad.reshape(-1), exp_avg, exp_avg_sq, vmax,
               None if defer else update.reshape(-1), f(beta1), f(1.0 - beta1), f(beta2), f(1.0 - beta2),
               eps_c, scale, f(0.0 if self._decoupled else wd), f(self.lr * wd if self._decoupled else 0.0),
               self.amsgrad)
        if defer:
            self._defer(_write_adam_update, exp_avg, vmax, update.reshape(-1), eps_c, scale)
        return True

    def get_config(self):
        return {**super().get_config(), "betas": list(self.betas), "eps": self.eps,
                "weight_decay": self.weight_decay, "amsgrad": self.amsgrad}


def _write_product(a, scale, update, flushed):
    """update = a * scale (SGD's deferred update), in the floating-point mode of the step that deferred it."""
    with _fpu.flush_subnormals(flushed):
        np.multiply(a, scale, out=update)


def _write_adam_update(exp_avg, v, update, eps_c, scale, flushed):
    """The update of Adam's last compiled step into `update`, with subnormals flushed to zero if that step
    flushed them, so that it is bit for bit the value the step subtracted."""
    with _fpu.flush_subnormals(flushed):
        _fused.adam_update_kernel()(exp_avg, v, update, eps_c, scale)


class AdamW(Adam):
    """Adam with decoupled weight decay (torch.optim.AdamW).

    The decay shrinks the weights directly instead of entering the gradient, so it is not
    divided by `sqrt(v)`:

    ```python
    p = p - lr * weight_decay * p                      # decoupled decay, before the Adam step
    exp_avg = beta1 * exp_avg + (1 - beta1) * g
    exp_avg_sq = beta2 * exp_avg_sq + (1 - beta2) * g * g
    v = maximum(max_exp_avg_sq, exp_avg_sq) if amsgrad else exp_avg_sq   # (max kept in state)
    p = p - lr / (1 - beta1 ** t) * exp_avg / (sqrt(v) / sqrt(1 - beta2 ** t) + eps)
    ```

    Args:
        lr: learning rate, >= 0 (alias `learning_rate`).
        betas: (beta1, beta2), each in [0, 1).
        eps: added to the denominator, >= 0.
        weight_decay: decoupled weight-decay coefficient, >= 0 (default 1e-2).
        amsgrad: use the running maximum of `exp_avg_sq` (AMSGrad).
    """

    name = "adamw"

    def __init__(self, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False,
                 *, learning_rate=None):
        super().__init__(lr, betas, eps, weight_decay, amsgrad, learning_rate=learning_rate)

    _decoupled = True

    def update_step(self, i, param, grad, update):
        self._moments_step(i, grad, update)
        if self.weight_decay:
            decay = self._scratch[i]
            np.multiply(param, self.lr * self.weight_decay, out=decay)
            update += decay


OPTIMIZERS = {cls.name: cls for cls in (SGD, Adagrad, RMSprop, Adam, AdamW)}
# shown with QCoreApplication.translate("Optimizers", title)
OPTIMIZER_TITLES = {"sgd": QT_TRANSLATE_NOOP("Optimizers", "SGD"),
                    "adagrad": QT_TRANSLATE_NOOP("Optimizers", "Adagrad"),
                    "rmsprop": QT_TRANSLATE_NOOP("Optimizers", "RMSprop"),
                    "adam": QT_TRANSLATE_NOOP("Optimizers", "Adam"),
                    "adamw": QT_TRANSLATE_NOOP("Optimizers", "AdamW")}


def get(identifier):
    """An optimizer from a registry name ("adam"), a config dict (with "name") or an instance.

    A name gives the optimizer with PyTorch's default hyper-parameters.
    """
    if isinstance(identifier, Optimizer):
        return identifier
    if isinstance(identifier, str):
        return _lookup(identifier)()
    if isinstance(identifier, dict):
        if "name" not in identifier:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "an optimizer config needs a 'name' entry, one of "
                                                                "{choices}, e.g. {{'name': 'adam', 'lr': 0.001}}"),
                                    choices=", ".join(sorted(OPTIMIZERS)))
        cls = _lookup(identifier["name"])
        try:
            return cls.from_config(identifier)
        except TypeError as exc:
            raise TranslatableError(BAD_CONFIG, name=repr(cls.name), reason=exc) from None
    raise NotAnOptimizerError(QT_TRANSLATE_NOOP("Errors", "an optimizer is a name such as 'adam', a config dict or "
                                                          "an Optimizer, got {kind}"), kind=type(identifier).__name__)


def _lookup(name):
    try:
        return OPTIMIZERS[str(name).lower()]
    except KeyError:
        raise TranslatableError(UNKNOWN, name=repr(name), choices=", ".join(sorted(OPTIMIZERS))) from None
