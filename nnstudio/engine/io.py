"""Model files: one .npz per model holding the arrays plus the configuration as JSON text.

Layout: arrays "W0", "b0", "W1", ... (one pair per Dense layer), optimizer state as "opt.<key>", and "config",
a 0-d str array with JSON {"format": "nnstudio-model", "version": 1, "layers": [...], "loss": ..., "metrics":
[...], "optimizer": {...}, "dtype": ..., "seed": ...}. Files are read with ``allow_pickle=False`` and every
field is checked, so a wrong, truncated or hostile file raises :class:`ModelFileError` naming the problem and
nothing in a file can execute code. ``write_npz`` / ``read_npz`` are reused for other formats (project files).
"""
from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

MODEL_FORMAT = "nnstudio-model"
MODEL_VERSION = 1
CONFIG_KEY = "config"
# Refuse files whose arrays would unpack to more than this (a "zip bomb" or a file that is not ours).
MAX_UNCOMPRESSED_BYTES = 2 * 1024**3
MAX_CONFIG_CHARS = 10_000_000


class ModelFileError(ValueError):
    """A model (or project) file cannot be read: the message says which file and what is wrong."""


# -- generic npz container -----------------------------------------------------------------------------------
def write_npz(path, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` plus ``meta`` (JSON-able; stored as the 0-d str array "config") to ``path`` atomically:
    into a temporary file in the same folder, then ``os.replace``, so a crash never leaves half a file."""
    path = Path(path)
    if CONFIG_KEY in arrays:
        raise ValueError(f"'{CONFIG_KEY}' is reserved for the JSON configuration.")
    text = json.dumps(meta, allow_nan=False)
    payload = {CONFIG_KEY: np.array(text)}
    for key, value in arrays.items():
        value = np.asarray(value)
        if value.dtype.hasobject:
            raise ValueError(f"Array {key!r} holds Python objects; only numeric arrays can be saved.")
        payload[key] = value
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(f"Cannot save {path}: the folder {folder} does not exist.")
    if path.is_dir():
        raise IsADirectoryError(f"Cannot save to {path}: it is a folder; give a file name such as "
                                f"{path / 'model.npz'}.")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **payload)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would (0666 less umask)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_npz(path, expected_format: str, max_version: int | None = None) -> tuple[dict, dict[str, np.ndarray]]:
    """Read a file written by ``write_npz``: returns (meta, arrays). Checks that it is a zip of .npy arrays
    without pickled objects, that "config" is JSON with ``format == expected_format`` and an integer
    ``version`` (<= ``max_version`` when given). Raises ModelFileError otherwise."""
    path = Path(path)
    name = path.name
    try:
        if not path.exists():
            raise ModelFileError(f"{name}: file not found ({path}).")
        if not zipfile.is_zipfile(path):
            if path.is_dir():
                raise ModelFileError(f"{name}: is a folder, not a file.")
            raise ModelFileError(f"{name}: not a {expected_format} file (not a zip/npz archive; "
                                 "the file may be truncated or of another kind).")
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(info.file_size for info in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise ModelFileError(f"{name}: the arrays would unpack to {total / 1e9:.1f} GB; refusing to "
                                     "load a file this large.")
            bad = [info.filename for info in infos if not info.filename.endswith(".npy")]
            if bad:
                raise ModelFileError(f"{name}: unexpected entry {bad[0]!r} (not a NumPy array).")
            for info in infos:
                with zf.open(info) as member:
                    _check_npy_header(member, info, name)
        arrays = {}
        with np.load(path, allow_pickle=False) as npz:
            if CONFIG_KEY not in npz.files:
                raise ModelFileError(f"{name}: no '{CONFIG_KEY}' entry; not a {expected_format} file.")
            for key in npz.files:
                arrays[key] = npz[key]
    except ModelFileError:
        raise
    except FileNotFoundError:
        raise ModelFileError(f"{name}: file not found ({path}).") from None
    except PermissionError:
        raise ModelFileError(f"{name}: permission denied; check the file's access rights.") from None
    except ValueError as exc:
        # numpy raises ValueError for pickled object arrays ("allow_pickle=False") and malformed headers
        if "pickle" in str(exc).lower():
            raise ModelFileError(f"{name}: contains pickled Python objects, which are never loaded "
                                 "(they could run code).") from None
        raise ModelFileError(f"{name}: damaged array data ({exc}).") from None
    except (OSError, EOFError, zipfile.BadZipFile, KeyError, MemoryError) as exc:
        raise ModelFileError(f"{name}: damaged or truncated file ({exc}).") from None
    config = arrays.pop(CONFIG_KEY)
    if config.shape != () or config.dtype.kind != "U":
        raise ModelFileError(f"{name}: '{CONFIG_KEY}' must be a text entry.")
    text = str(config)
    if len(text) > MAX_CONFIG_CHARS:
        raise ModelFileError(f"{name}: the configuration text is implausibly large.")
    try:
        meta = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ModelFileError(f"{name}: the configuration is not valid JSON ({exc}).") from None
    if not isinstance(meta, dict):
        raise ModelFileError(f"{name}: the configuration must be a JSON object.")
    fmt = meta.get("format")
    if fmt != expected_format:
        raise ModelFileError(f"{name}: format is {fmt!r}, expected {expected_format!r}.")
    version = meta.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelFileError(f"{name}: missing or invalid format version {version!r}.")
    if max_version is not None and version > max_version:
        raise ModelFileError(f"{name}: written by a newer NN Studio (format version {version}; this version "
                             f"reads up to {max_version}). Update NN Studio to open it.")
    return meta, arrays


def _check_npy_header(member, info: zipfile.ZipInfo, name: str) -> None:
    """Read one array's header only: refuse pickled objects and shapes that need more bytes than stored
    (a hostile header could otherwise make NumPy allocate terabytes before noticing the data is short)."""
    entry = info.filename[:-4]
    try:
        version = np.lib.format.read_magic(member)
        if version == (1, 0):
            shape, _, dtype = np.lib.format.read_array_header_1_0(member)
        else:
            shape, _, dtype = np.lib.format.read_array_header_2_0(member)
    except (ValueError, EOFError, OSError) as exc:
        raise ModelFileError(f"{name}: entry {entry!r} is not a valid NumPy array ({exc}).") from None
    if dtype.hasobject:
        raise ModelFileError(f"{name}: entry {entry!r} contains pickled Python objects, which are never loaded "
                             "(they could run code).")
    nbytes = dtype.itemsize
    for dim in shape:
        nbytes *= dim
    if nbytes > info.file_size:
        raise ModelFileError(f"{name}: entry {entry!r} claims shape {shape} ({nbytes:,} bytes) but holds only "
                             f"{info.file_size:,} bytes; the file is damaged or truncated.")


# -- models --------------------------------------------------------------------------------------------------
def model_arrays(model) -> dict[str, np.ndarray]:
    arrays = {}
    for i, layer in enumerate(model.dense_layers):
        arrays[f"W{i}"] = layer.W
        arrays[f"b{i}"] = layer.b
    return arrays


def save_model(model, path, include_optimizer: bool = True) -> None:
    """Write ``model`` (architecture, weights, loss, optimizer config and state) to ``path``.

    ``include_optimizer=False`` (as in Keras) leaves out the optimizer's moment arrays: a file for
    prediction only, a third of the size with Adam. An optimizer that has not stepped yet has no state.
    """
    if not model.built:
        raise ValueError("The model has no weights yet (its input size is unknown); train or build it first.")
    meta = {"format": MODEL_FORMAT, "version": MODEL_VERSION, **model.get_config()}
    arrays = model_arrays(model)
    optimizer = model.optimizer
    if (include_optimizer and optimizer is not None and hasattr(optimizer, "get_state")
            and optimizer.iterations > 0):
        for key, value in _per_parameter_state(model, optimizer.get_state()).items():
            arrays[f"opt.{key}"] = value
    write_npz(path, meta, arrays)


# The optimizer steps one flat array holding every parameter (Sequential._collect_parameters), so its state
# slots are flat too. Files keep one array per parameter ("<slot>.<i>" for [W1, b1, W2, ...]): the format
# does not depend on that memory layout, and files written before it still load.
def _per_parameter_state(model, state: dict) -> dict:
    flat_size = model._flat_params.size
    out = {}
    for key, value in state.items():
        slot, _, index = key.rpartition(".")
        value = np.asarray(value)
        if slot and index == "0" and value.shape == (flat_size,):
            for i, (offset, p) in enumerate(zip(model._offsets, model._params)):
                out[f"{slot}.{i}"] = value[offset:offset + p.size].reshape(p.shape).copy()
        else:
            out[key] = value
    return out


def _flat_state(model, state: dict) -> dict:
    """Per-parameter state arrays from a file -> the flat layout the optimizer steps (see above)."""
    slots: dict[str, dict[int, np.ndarray]] = {}
    out = {}
    for key, value in state.items():
        slot, _, index = key.rpartition(".")
        if slot and index.isdigit():
            slots.setdefault(slot, {})[int(index)] = value
        else:
            out[key] = value
    n = len(model._params)
    for slot, entries in slots.items():
        if sorted(entries) != list(range(n)):
            if sorted(entries) == [0] and entries[0].shape == model._flat_params.shape:
                out[f"{slot}.0"] = entries[0]  # already flat
                continue
            raise ValueError(f"optimizer state '{slot}' has entries {sorted(entries)}, but the model has "
                             f"{n} parameter arrays")
        flat = np.zeros_like(model._flat_params)
        for i, (offset, p) in enumerate(zip(model._offsets, model._params)):
            if entries[i].shape != p.shape:
                raise ValueError(f"optimizer state '{slot}.{i}' has shape {entries[i].shape}, "
                                 f"parameter {i} has shape {p.shape}")
            flat[offset:offset + p.size] = entries[i].reshape(-1)
        out[f"{slot}.0"] = flat
    return out


def load_model(path):
    """Rebuild a Sequential from a file written by ``model.save``; raises ModelFileError for bad files."""
    meta, arrays = read_npz(path, MODEL_FORMAT, max_version=MODEL_VERSION)
    name = Path(path).name
    try:
        return _model_from(meta, arrays, name)
    except ModelFileError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise ModelFileError(f"{name}: invalid model description ({exc}).") from None


def _model_from(meta: dict, arrays: dict, name: str):
    from nnstudio.engine import activations, initializers, losses
    from nnstudio.engine.layers import Dense, Dropout
    from nnstudio.engine.model import Sequential
    from nnstudio.engine.regularizers import L1L2

    def fail(message):
        raise ModelFileError(f"{name}: {message}")

    layers_meta = meta.get("layers")
    if not isinstance(layers_meta, list) or not layers_meta:
        fail("no layers in the configuration.")
    dtype = meta.get("dtype", "float32")
    if dtype not in ("float32", "float64"):
        fail(f"unsupported dtype {dtype!r} (float32 or float64).")
    seed = meta.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        fail(f"invalid seed {seed!r}.")
    layers = []
    dense_index = 0
    prev_units = None
    for i, lm in enumerate(layers_meta):
        if not isinstance(lm, dict):
            fail(f"layer {i + 1} is not a JSON object.")
        kind = lm.get("class")
        if kind == "Dense":
            units = lm.get("units")
            if isinstance(units, bool) or not isinstance(units, int) or units < 1:
                fail(f"layer {i + 1}: invalid number of units {units!r}.")
            act = lm.get("activation", "linear")
            act_name = act.get("name") if isinstance(act, dict) else act
            if act_name not in activations.ACTIVATIONS:
                fail(f"layer {i + 1}: unknown activation {act_name!r} "
                     f"(known: {', '.join(activations.ACTIVATIONS)}).")
            try:
                act = activations.get(act)
            except ValueError as exc:
                fail(f"layer {i + 1}: {exc}")
            reg = lm.get("kernel_regularizer")
            if reg is not None:
                if not isinstance(reg, dict) or not all(isinstance(reg.get(k, 0.0), (int, float))
                                                        and not isinstance(reg.get(k, 0.0), bool)
                                                        for k in ("l1", "l2")):
                    fail(f"layer {i + 1}: invalid regularizer {reg!r}.")
                try:
                    reg = L1L2(l1=reg.get("l1", 0.0), l2=reg.get("l2", 0.0))
                except ValueError as exc:
                    fail(f"layer {i + 1}: {exc}")
            W, b = arrays.get(f"W{dense_index}"), arrays.get(f"b{dense_index}")
            if W is None or b is None:
                fail(f"the weights of Dense layer {dense_index + 1} (W{dense_index}, b{dense_index}) are missing.")
            if W.ndim != 2 or W.shape[1] != units or b.shape != (units,):
                fail(f"Dense layer {dense_index + 1}: weight shapes {W.shape} and {b.shape} do not match "
                     f"{units} units.")
            if W.dtype.kind != "f" or b.dtype.kind != "f":
                fail(f"Dense layer {dense_index + 1}: weights must be floating-point numbers.")
            # consecutive layers must fit together (checked before anything is built from these sizes)
            if dense_index > 0 and W.shape[0] != prev_units:
                fail(f"Dense layer {dense_index + 1}: W{dense_index} has {W.shape[0]} rows but the layer "
                     f"before gives {prev_units} values.")
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
                fail(f"layer {i + 1}: invalid dropout rate {rate!r}.")
            layers.append(Dropout(rate))
        else:
            fail(f"layer {i + 1}: unknown layer type {kind!r} (Dense or Dropout).")
    if not isinstance(layers[-1], Dense):
        fail("the last layer must be Dense.")
    extra = sorted(k for k in arrays if not k.startswith("opt.") and k not in
                   {f"{p}{j}" for j in range(dense_index) for p in "Wb"})
    if extra:
        fail(f"unexpected array {extra[0]!r}.")
    if not isinstance(layers[0], Dense):
        # input dropout: tell the first Dense its input size
        first = next(layer for layer in layers if isinstance(layer, Dense))
        first.input_dim = arrays["W0"].shape[0]
    model = Sequential(layers, seed=seed, dtype=dtype)
    model.set_weights([arrays[f"{p}{j}"] for j in range(dense_index) for p in "Wb"])
    steps = meta.get("steps", 0)
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
        fail(f"invalid step count {steps!r}.")
    model.steps = steps
    rng_state = meta.get("rng_state")
    if rng_state is not None:
        # the Generator continues where it stopped: shuffling and dropout after loading match an unbroken run
        try:
            if not isinstance(rng_state, dict) or rng_state.get("bit_generator") != "PCG64":
                raise ValueError("not a PCG64 state")
            model.rng.bit_generator.state = rng_state
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            fail(f"invalid random generator state ({exc}).")
    loss = meta.get("loss")
    if loss is not None:
        if loss not in losses.LOSSES:
            fail(f"unknown loss {loss!r} (known: {', '.join(losses.LOSSES)}).")
        metrics = meta.get("metrics", [])
        if not isinstance(metrics, list) or any(m not in ("accuracy", "acc") for m in metrics):
            fail(f"invalid metrics {metrics!r}.")
        opt_config = meta.get("optimizer") or "rmsprop"
        try:
            model.compile(optimizer=opt_config, loss=loss, metrics=metrics)
        except (ValueError, TypeError) as exc:
            fail(f"invalid optimizer settings ({exc}).")
        state = {k[4:]: v for k, v in arrays.items() if k.startswith("opt.")}
        if state and hasattr(model.optimizer, "set_state"):
            try:
                # checked against the parameters now, so a bad state fails here and not at the first step
                model.optimizer.set_state(_flat_state(model, state), params=model._step_params)
            except (ValueError, TypeError) as exc:
                fail(f"invalid optimizer state ({exc}).")
    return model


def _known_initializer(name, default="glorot_uniform"):
    from nnstudio.engine.initializers import INITIALIZERS
    return name if isinstance(name, str) and name in INITIALIZERS else default
