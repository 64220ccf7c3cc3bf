"""Model files: one .npz per model holding the arrays plus the configuration as JSON text.

Layout: arrays "W0", "b0", "W1", ... (one pair per Dense layer), optimizer state as "opt.<key>", and "config",
a 0-d str array with JSON {"format": "nnstudio-model", "version": 1, "layers": [...], "loss": ..., "metrics":
[...], "optimizer": {...}, "dtype": ..., "seed": ...}. ``Sequential.save`` writes them; ``load_model`` reads
them through the checked container of ``nnstudio.engine.files`` (``allow_pickle=False``), checks every field, and
works out what the model would need in memory before any array is unpacked — a wrong, truncated or hostile file
raises :class:`ModelFileError` naming the problem, and nothing in a file can execute code.
"""
from __future__ import annotations

import math
import shlex
from pathlib import Path

import numpy as np

from nnstudio.engine import activations, initializers, losses
from nnstudio.engine.files import ModelFileError, read_npz
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.engine.memory import estimate, format_bytes, memory_limit
from nnstudio.engine.model import MODEL_FORMAT, MODEL_VERSION, Sequential
from nnstudio.engine.regularizers import L1L2
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, why

MAX_LAYERS = 1000
# messages raised from two places (a reason in parentheses elsewhere is the engine's or NumPy's own words)
_NO_LAYERS = QT_TRANSLATE_NOOP("Errors", "{name}: no layers in the configuration.")
_TOO_MANY_LAYERS = QT_TRANSLATE_NOOP("Errors", "{name}: {count} layers; at most {most} are supported.")
_BAD_UNITS = QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: invalid number of units {units}.")
_LAYER_REFUSED = QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: {error}")
PROJECT_FORMAT = "nnstudio-project"     # nnstudio.session.project.FORMAT (the session layer sits above the engine)


# -- models --------------------------------------------------------------------------------------------------
def save_model(model, path, include_optimizer: bool = True) -> None:
    """Write ``model`` to ``path`` (the same as ``model.save(path, include_optimizer)``)."""
    model.save(path, include_optimizer=include_optimizer)


def load_model(path):
    """Rebuild a Sequential from a file written by ``model.save``; raises ModelFileError for bad files.

    The memory the model will need is estimated from the file's description before its arrays are unpacked
    and refused beyond ``nnstudio.engine.memory.memory_limit()`` with both numbers."""
    name = Path(path).name
    try:
        meta, arrays = read_npz(path, MODEL_FORMAT, max_version=MODEL_VERSION,
                                check=lambda meta, declared: _check_model_size(meta, declared, name))
    except ModelFileError as exc:
        if exc.arguments.get("found") != repr(PROJECT_FORMAT):
            raise
        # (it said "format is 'nnstudio-project', expected 'nnstudio-model'": the formats' tags)
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name} is a project file, not a model file: open it in the "
                                                         "studio with File → Open project… or with nnstudio {file}. "
                                                         "The pad and nnstudio export take a project file too when "
                                                         "its name ends in .nnsproj."),
                             name=name, file=shlex.quote(str(path))) from None
    try:
        return _model_from(meta, arrays, name)
    except ModelFileError:
        raise
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: invalid model description ({reason})."),
                             name=name, reason=why(exc)) from None


def _whole(value, low: int, high: int) -> bool:
    """A JSON whole number (not a boolean) in [low, high]."""
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def _check_model_size(meta: dict, declared: dict, name: str) -> None:
    """Refuse, from the configuration and the arrays' headers alone, a model that would not fit the memory
    limit: its weights, gradients and optimizer state, plus the file's arrays while they are copied in."""
    layers = meta.get("layers")
    if not isinstance(layers, list) or not layers:
        raise ModelFileError(_NO_LAYERS, name=name)
    if len(layers) > MAX_LAYERS:
        raise ModelFileError(_TOO_MANY_LAYERS, name=name, count=len(layers), most=MAX_LAYERS)
    units = []
    for i, lm in enumerate(layers):
        if isinstance(lm, dict) and lm.get("class") == "Dense":
            if not _whole(lm.get("units"), 1, 2**62):
                raise ModelFileError(_BAD_UNITS, name=name, layer=i + 1, units=repr(lm.get("units")))
            units.append(lm["units"])
    w0 = declared.get("W0")
    if not units or w0 is None or len(w0[0]) != 2 or w0[0][0] < 1:
        return  # described wrongly: _model_from says what is missing
    dtype = meta.get("dtype", "float32")
    dtype = dtype if dtype in ("float32", "float64") else "float32"
    try:
        need = estimate([w0[0][0], *units], batch_size=0, dtype=dtype, optimizer=meta.get("optimizer") or "rmsprop")
    except (ValueError, TypeError):
        need = estimate([w0[0][0], *units], batch_size=0, dtype=dtype, optimizer="adam")
    in_file = sum(d.itemsize * math.prod(shape) for shape, d in declared.values())
    limit = memory_limit()
    if need.total_bytes + in_file > limit:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: this model needs about {size} of memory to open "
                                                         "({weights} weights), more than the limit of {limit}."),
                             name=name, size=format_bytes(need.total_bytes + in_file),
                             weights=f"{need.parameters:,}", limit=format_bytes(limit))


def _model_from(meta: dict, arrays: dict, name: str):
    def fail(template, **arguments):
        """Raise ModelFileError(template) for this file: every template starts with "{name}: "."""
        raise ModelFileError(template, name=name, **arguments)

    layers_meta = meta.get("layers")
    if not isinstance(layers_meta, list) or not layers_meta:
        fail(_NO_LAYERS)
    dtype = meta.get("dtype", "float32")
    if dtype not in ("float32", "float64"):
        fail(QT_TRANSLATE_NOOP("Errors", "{name}: unsupported dtype {dtype} (float32 or float64)."), dtype=repr(dtype))
    seed = meta.get("seed", 0)
    if not _whole(seed, 0, 2**128):
        fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid seed {seed} (a whole number from 0 to 2**128)."),
             seed=repr(seed))
    if len(layers_meta) > MAX_LAYERS:
        fail(_TOO_MANY_LAYERS, count=len(layers_meta), most=MAX_LAYERS)
    layers = []
    dense_index = 0
    prev_units = None
    for i, lm in enumerate(layers_meta):
        if not isinstance(lm, dict):
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer} is not a JSON object."), layer=i + 1)
        kind = lm.get("class")
        if kind == "Dense":
            units = lm.get("units")
            if isinstance(units, bool) or not isinstance(units, int) or units < 1:
                fail(_BAD_UNITS, layer=i + 1, units=repr(units))
            act = lm.get("activation", "linear")
            act_name = act.get("name") if isinstance(act, dict) else act
            if act_name not in activations.ACTIVATIONS:
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: unknown activation {activation} (known: "
                                                 "{known})."),
                     layer=i + 1, activation=repr(act_name), known=", ".join(activations.ACTIVATIONS))
            try:
                act = activations.get(act)
            except ValueError as exc:
                fail(_LAYER_REFUSED, layer=i + 1, error=exc)
            reg = lm.get("kernel_regularizer")
            if reg is not None:
                if not isinstance(reg, dict) or not all(isinstance(reg.get(k, 0.0), (int, float))
                                                        and not isinstance(reg.get(k, 0.0), bool)
                                                        for k in ("l1", "l2")):
                    fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: invalid regularizer {regularizer}."),
                         layer=i + 1, regularizer=repr(reg))
                try:
                    reg = L1L2(l1=reg.get("l1", 0.0), l2=reg.get("l2", 0.0))
                except ValueError as exc:
                    fail(_LAYER_REFUSED, layer=i + 1, error=exc)
            W, b = arrays.get(f"W{dense_index}"), arrays.get(f"b{dense_index}")
            if W is None or b is None:
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: the weights of Dense layer {layer} ({W}, {b}) are "
                                                 "missing."),
                     layer=dense_index + 1, W=f"W{dense_index}", b=f"b{dense_index}")
            if W.ndim != 2 or W.shape[1] != units or b.shape != (units,):
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: Dense layer {layer}: weight shapes {W_shape} and "
                                                 "{b_shape} do not match %n unit(s).", None, 1),
                     layer=dense_index + 1, W_shape=W.shape, b_shape=b.shape, n=units)
            if W.dtype.kind != "f" or b.dtype.kind != "f":
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: Dense layer {layer}: weights must be floating-point "
                                                 "numbers."), layer=dense_index + 1)
            if not (np.isfinite(W).all() and np.isfinite(b).all()):
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: Dense layer {layer}: the weights are not all finite "
                                                 "numbers (NaN or infinite values: saved after training "
                                                 "diverged?)."), layer=dense_index + 1)
            declared_in = lm.get("input_dim")
            expected_in = W.shape[0] if dense_index == 0 else prev_units
            if declared_in is not None and not (_whole(declared_in, 1, 2**62) and declared_in == expected_in):
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: input_dim {input_dim} does not fit its "
                                                 "weights (input size {inputs})."),
                     layer=i + 1, input_dim=repr(declared_in), inputs=expected_in)
            # consecutive layers must fit together (checked before anything is built from these sizes)
            if dense_index > 0 and W.shape[0] != prev_units:
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: Dense layer {layer}: {W} has %n row(s), but the layer "
                                                 "before has size {values}.", None, 1),
                     layer=dense_index + 1, W=f"W{dense_index}", n=W.shape[0], values=prev_units)
            prev_units = units
            # built with zeros (no random draws: the file's weights replace them), keeping the initializer
            # names for the configuration
            dense = Dense(units, input_dim=W.shape[0] if dense_index == 0 else None, activation=act,
                          kernel_initializer="zeros", bias_initializer="zeros", kernel_regularizer=reg)
            dense.kernel_initializer = initializers.get(_known_initializer(lm.get("kernel_initializer")))
            dense.bias_initializer = initializers.get(_known_initializer(lm.get("bias_initializer"), "zeros"))
            layers.append(dense)
            dense_index += 1
        elif kind == "Dropout":
            rate = lm.get("rate")
            if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate < 1:
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: invalid dropout rate {rate}."),
                     layer=i + 1, rate=repr(rate))
            layers.append(Dropout(rate))
        else:
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: layer {layer}: unknown layer type {kind} (Dense or "
                                             "Dropout)."), layer=i + 1, kind=repr(kind))
    if not isinstance(layers[-1], Dense):
        fail(QT_TRANSLATE_NOOP("Errors", "{name}: the last layer must be Dense."))
    extra = sorted(k for k in arrays if not k.startswith("opt.") and k not in
                   {f"{p}{j}" for j in range(dense_index) for p in "Wb"})
    if extra:
        fail(QT_TRANSLATE_NOOP("Errors", "{name}: unexpected array {array}."), array=repr(extra[0]))
    if not isinstance(layers[0], Dense):
        # input dropout: tell the first Dense its input size
        first = next(layer for layer in layers if isinstance(layer, Dense))
        first.input_dim = arrays["W0"].shape[0]
    model = Sequential(layers, seed=seed, dtype=dtype)
    model.set_weights([arrays[f"{p}{j}"] for j in range(dense_index) for p in "Wb"])
    steps = meta.get("steps", 0)
    if not _whole(steps, 0, 2**63 - 1):
        fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid step count {steps}."), steps=repr(steps))
    model.steps = steps
    rng_state = meta.get("rng_state")
    if rng_state is not None:
        # the Generator continues where it stopped: shuffling and dropout after loading match an unbroken run
        try:
            if not isinstance(rng_state, dict) or rng_state.get("bit_generator") != "PCG64":
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "not a PCG64 state"))
            model.rng.bit_generator.state = rng_state
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid random generator state ({reason})."), reason=why(exc))
    loss = meta.get("loss")
    if loss is not None:
        if not isinstance(loss, str) or loss not in losses.LOSSES:
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: unknown loss {loss} (known: {known})."),
                 loss=repr(loss), known=", ".join(losses.LOSSES))
        metrics = meta.get("metrics", [])
        if not isinstance(metrics, list) or any(not isinstance(m, str) or m not in ("accuracy", "acc")
                                                for m in metrics):
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid metrics {metrics}."), metrics=repr(metrics))
        opt_config = meta.get("optimizer") or "rmsprop"
        try:
            model.compile(optimizer=opt_config, loss=loss, metrics=metrics)
        except (ValueError, TypeError) as exc:
            fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid optimizer settings ({reason})."), reason=why(exc))
        state = {k[4:]: v for k, v in arrays.items() if k.startswith("opt.")}
        for key, value in state.items():
            if value.dtype.kind == "f" and not np.isfinite(value).all():
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: the optimizer state '{key}' holds NaN or infinite "
                                                 "values."), key=key)
            if value.dtype.kind not in "fiu":
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: the optimizer state '{key}' must hold numbers."), key=key)
        if state and hasattr(model.optimizer, "set_state"):
            try:
                # checked against the parameters now, so a bad state fails here and not at the first step
                model.set_optimizer_state(state)
            except (ValueError, TypeError) as exc:
                fail(QT_TRANSLATE_NOOP("Errors", "{name}: invalid optimizer state ({reason})."), reason=why(exc))
    return model


def _known_initializer(name, default="glorot_uniform"):
    return name if isinstance(name, str) and name in INITIALIZERS else default
