"""Project files: the whole studio state in one versioned npz file, without pickle.

A project holds the network (NetworkSpec), the training hyper-parameters, the dataset choice — and for toy and
CSV data the exact points, including those the user added or removed on the boundary plot — the weights and the
training history. It is written with ``nnstudio.engine.io.write_npz`` (JSON metadata + plain arrays, atomic
replace) and read with ``read_npz`` (``allow_pickle=False``). Anything wrong in a file raises
:class:`ProjectFileError` naming the problem; loading never changes the caller's state before it succeeds.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.data.dataset import Dataset
from nnstudio.engine.spec import NetworkSpec
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.presets import XOR_TRAINING

FORMAT = "nnstudio-project"
VERSION = 1
SUFFIX = ".nnsproj"
HISTORY_KEYS = ("steps", "step_loss", "epochs", "epoch_values", "counters")
# layer statistics sampled during training (the gradient view's lines); files without them still open
OPTIONAL_HISTORY_KEYS = ("stats_steps", "stats")


class ProjectFileError(ValueError):
    """A project file that cannot be read: the message names the file and what is wrong with it."""


def project_choices(project: Project):
    """(DataChoice, TrainingConfig) that a project holds; ValueError naming a bad value. Settings missing from
    older files take the XOR demo's."""
    return (DataChoice.from_dict(project.dataset_choice, DataChoice()),
            TrainingConfig.from_dict(project.training, XOR_TRAINING))


@dataclass
class Project:
    spec: NetworkSpec
    training: dict = field(default_factory=dict)        # optimizer, lr, batch_size, seed
    dataset_choice: dict = field(default_factory=dict)  # name, n, noise, seed, test_fraction (+ csv path)
    dataset: Dataset | None = None                       # the exact points; None: reload from the choice (MNIST)
    weights: list[np.ndarray] | None = None              # [W1, b1, W2, b2, ...]
    history: dict[str, np.ndarray] | None = None         # TrainingWorker.history()


def save_project(path: str | Path, project: Project) -> Path:
    """Write ``project`` to ``path`` (atomically: a failed save leaves an existing file untouched)."""
    from nnstudio.engine.io import write_npz

    path = Path(path)
    meta = {"format": FORMAT, "version": VERSION, "network": project.spec.to_dict(),
            "training": dict(project.training), "dataset": dict(project.dataset_choice),
            "n_weights": len(project.weights or []), "stored_data": None, "history": project.history is not None}
    arrays: dict[str, np.ndarray] = {}
    for i, w in enumerate(project.weights or []):
        arrays[f"w{i}"] = np.asarray(w)
    ds = project.dataset
    if ds is not None:
        meta["stored_data"] = {"name": ds.name, "problem": ds.problem, "n_classes": ds.n_classes,
                               "class_names": list(ds.class_names),
                               "extent": list(ds.extent) if ds.extent is not None else None}
        for key in ("x_train", "y_train", "x_test", "y_test"):
            arrays[f"data_{key}"] = getattr(ds, key)
    if project.history is not None:
        for key in HISTORY_KEYS + OPTIONAL_HISTORY_KEYS:
            if key in project.history:
                arrays[f"hist_{key}"] = np.asarray(project.history[key])
    write_npz(path, meta, arrays)
    return path


def load_project(path: str | Path) -> Project:
    """Read a project file; any problem raises ProjectFileError with a message saying what is wrong."""
    from nnstudio.engine.io import read_npz

    path = Path(path)
    name = path.name
    try:
        meta, arrays = read_npz(path, FORMAT)
    except FileNotFoundError:
        raise ProjectFileError(f"{name}: the file does not exist.") from None
    except (OSError, ValueError) as exc:
        raise ProjectFileError(f"{name} is not a readable NN Studio project: {exc}") from None
    try:
        return _decode(meta, arrays)
    except ProjectFileError as exc:
        raise ProjectFileError(f"{name}: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProjectFileError(f"{name}: the project file is damaged ({type(exc).__name__}: {exc}).") from None


def _decode(meta: dict, arrays: dict) -> Project:
    version = meta.get("version")
    if not isinstance(version, int) or version < 1:
        raise ProjectFileError("the file has no valid format version.")
    if version > VERSION:
        raise ProjectFileError(f"the file was written by a newer NN Studio (format version {version}; this "
                               f"version reads up to {VERSION}). Update NN Studio to open it.")
    try:
        spec = NetworkSpec.from_dict(meta["network"])
    except (KeyError, ValueError) as exc:
        raise ProjectFileError(f"the network description is invalid: {exc}") from None

    training = meta.get("training") or {}
    if not isinstance(training, dict):
        raise ProjectFileError("the training settings are not a mapping.")
    lr = training.get("lr")
    if lr is not None and not (isinstance(lr, (int, float)) and math.isfinite(lr) and lr > 0):
        raise ProjectFileError(f"the learning rate {lr!r} is not a positive number.")
    bs = training.get("batch_size")
    if bs is not None and not (isinstance(bs, int) and bs >= 1):
        raise ProjectFileError(f"the batch size {bs!r} is not a positive whole number.")

    choice = meta.get("dataset") or {}
    if not isinstance(choice, dict) or not isinstance(choice.get("name", ""), str):
        raise ProjectFileError("the dataset choice is malformed.")

    n_weights = int(meta.get("n_weights", 0))
    weights = None
    if n_weights:
        expected = []
        sizes = spec.sizes
        for fan_in, units in zip(sizes[:-1], sizes[1:]):
            expected += [(fan_in, units), (units,)]
        if n_weights != len(expected):
            raise ProjectFileError(f"it holds {n_weights} weight arrays but its network needs {len(expected)}.")
        weights = []
        for i, shape in enumerate(expected):
            if f"w{i}" not in arrays:
                raise ProjectFileError(f"weight array w{i} is missing.")
            w = np.asarray(arrays[f"w{i}"])
            if w.shape != shape:
                raise ProjectFileError(f"weight array w{i} has shape {w.shape}, the network needs {shape}.")
            if not np.issubdtype(w.dtype, np.floating) or not np.all(np.isfinite(w)):
                raise ProjectFileError(f"weight array w{i} is not all finite numbers.")
            weights.append(w)

    dataset = None
    stored = meta.get("stored_data")
    if stored:
        try:
            dataset = Dataset(name=str(stored["name"]), x_train=arrays["data_x_train"],
                              y_train=arrays["data_y_train"], x_test=arrays["data_x_test"],
                              y_test=arrays["data_y_test"], problem=str(stored["problem"]),
                              n_classes=int(stored["n_classes"]),
                              class_names=tuple(stored.get("class_names") or ()),
                              extent=tuple(float(v) for v in stored["extent"]) if stored.get("extent") else None)
        except KeyError as exc:
            raise ProjectFileError(f"the stored dataset is incomplete ({exc} missing).") from None
        except ValueError as exc:
            raise ProjectFileError(f"the stored dataset is invalid: {exc}") from None
        if dataset.input_dim != spec.input_dim:
            raise ProjectFileError(f"the stored dataset has {dataset.input_dim} features but the network takes "
                                   f"{spec.input_dim} inputs.")

    history = None
    if meta.get("history"):
        missing = [k for k in HISTORY_KEYS if f"hist_{k}" not in arrays]
        if missing:
            raise ProjectFileError(f"the training history is incomplete ({', '.join(missing)} missing).")
        history = {k: np.asarray(arrays[f"hist_{k}"]) for k in HISTORY_KEYS}
        if (len(history["steps"]) != len(history["step_loss"])
                or history["epoch_values"].shape != (len(history["epochs"]), 4)
                or history["counters"].shape != (2,)):
            raise ProjectFileError("the training history arrays do not fit together.")
        if all(f"hist_{k}" in arrays for k in OPTIONAL_HISTORY_KEYS):
            stats_steps, stats = (np.asarray(arrays[f"hist_{k}"]) for k in OPTIONAL_HISTORY_KEYS)
            if stats.ndim != 2 or stats_steps.shape != (len(stats),):
                raise ProjectFileError("the stored layer statistics do not fit together.")
            history.update(stats_steps=stats_steps, stats=stats)
    return Project(spec=spec, training=training, dataset_choice=choice, dataset=dataset, weights=weights,
                   history=history)
