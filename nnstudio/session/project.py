"""Project files: the whole studio state in one versioned npz file, without pickle.

A project holds the network (NetworkSpec), the training hyper-parameters, the dataset choice — and for toy and
CSV data the exact points, including those the user added or removed on the boundary plot — the weights and the
training history. It is written with ``nnstudio.engine.files.write_npz`` (JSON metadata + plain arrays, atomic
replace) and read with ``read_npz`` (``allow_pickle=False``). Anything wrong in a file raises
:class:`ProjectFileError` naming the problem; loading never changes the caller's state before it succeeds.

A project that has trained also keeps where its training stands (:class:`TrainingState`): the optimizer's state
(Adam's moments and step count, SGD's momentum buffers), the random generators that shuffle the data, draw the
dropout masks and vary augmented digits, and the place in the current epoch. Opened again, it trains on exactly
as the saved run would have, bit for bit. Files without it (older ones, or saved before any training) open as
before: training goes on from a fresh optimizer and a new epoch.

Versions: ``version`` counts changes that an older NN Studio would misread; it refuses such files as written by
a newer NN Studio (:class:`NewerProjectError`). Parts added later that an older NN Studio can do without (the
layer statistics of the history, the training state) are optional and leave the version as it is: an older
NN Studio opens those files and ignores what it does not know.
"""
from __future__ import annotations

import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from nnstudio.data.dataset import Dataset
from nnstudio.engine import optimizers
from nnstudio.engine.problems import PROBLEMS
from nnstudio.engine.files import ModelFileError, read_npz, write_npz
from nnstudio.engine.memory import MemoryLimitError
from nnstudio.engine.model import MODEL_FORMAT, FitPosition
from nnstudio.engine.spec import NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError, why
from nnstudio.session.config import (BATCH_RANGE, EARLY_STOPPING_RANGE, LR_RANGE, MAX_EPOCHS_RANGE, SEED_RANGE,
                                     SPEEDS, DataChoice, TrainingConfig)
from nnstudio.session.presets import XOR_TRAINING

FORMAT = "nnstudio-project"
VERSION = 1
SUFFIX = ".nnsproj"
HISTORY_KEYS = ("steps", "step_loss", "epochs", "epoch_values", "counters")
# layer statistics sampled during training (the gradient view's lines); files without them still open
OPTIONAL_HISTORY_KEYS = ("stats_steps", "stats")


class ProjectFileError(TranslatableError):
    """A project file that cannot be read: the message names the file and what is wrong with it (a ValueError)."""


class NewerProjectError(ProjectFileError):
    """A project file written by a newer NN Studio: not damaged, only beyond what this version reads."""


def project_choices(project: Project):
    """(DataChoice, TrainingConfig) that a project holds; ValueError naming a bad value. Settings missing from
    older files take the XOR demo's."""
    return (DataChoice.from_dict(project.dataset_choice, DataChoice()),
            TrainingConfig.from_dict(project.training, XOR_TRAINING))


def project_network(path: str | Path):
    """(model, data key) of the project file at ``path``: its network with its trained weights (fresh ones from
    its seed when it holds none), ready to predict, and the key of the data it trained on ("mnist", "fashion", a
    toy set, "csv:<path>"). ProjectFileError names what is wrong with the file."""
    project = load_project(path)
    try:
        choice, config = project_choices(project)
        model = project.spec.build(seed=config.seed)
        if project.weights is not None:
            model.set_weights(project.weights)
    except (TypeError, ValueError) as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the project's network cannot be built ({reason})."),
                               file=Path(path).name, reason=why(exc)) from None
    return model, choice.key


@dataclass
class TrainingState:
    """Where a project's training stands, so that it goes on exactly as it would have without the save."""

    rng: dict                                   # the model's random generator (shuffling, dropout): its state
    optimizer: dict[str, np.ndarray]            # Sequential.optimizer_state(); empty before the first step
    position: FitPosition | None = None         # the place in the current epoch; None: the next step starts one
    batch_size: int = 0                         # the batch size ``position`` counts in
    augment_rng: dict | None = None             # the generator of augmented digits, while augmentation is on
    best_test_loss: tuple[float, int] | None = None     # early stopping: the best test loss and its epoch
    divergence_start: float | None = None       # the first loss since the weights started, which a diverging
    #                                             loss is compared with


@dataclass
class Project:
    spec: NetworkSpec
    training: dict = field(default_factory=dict)        # optimizer, lr, batch_size, seed, speed, options
    dataset_choice: dict = field(default_factory=dict)  # key, n, noise, test_fraction, seed, include_my_digits
    dataset: Dataset | None = None                       # the exact points; None: reload from the choice (MNIST)
    weights: list[np.ndarray] | None = None              # [W1, b1, W2, b2, ...]
    history: dict[str, np.ndarray] | None = None         # TrainingWorker.history()
    state: TrainingState | None = None                   # None: train on from a fresh optimizer, a new epoch


def save_project(path: str | Path, project: Project) -> Path:
    """Write ``project`` to ``path`` (atomically: a failed save leaves an existing file untouched)."""
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
    if project.state is not None:
        meta["state"] = _encode_state(project.state, arrays)
    write_npz(path, meta, arrays)
    return path


def _encode_state(state: TrainingState, arrays: dict) -> dict:
    """The JSON part of ``state``; its arrays go into ``arrays`` ("opt.<slot>.<i>", "state_order")."""
    out = {"rng": state.rng, "augment_rng": state.augment_rng, "position": None,
           "best_test_loss": list(state.best_test_loss) if state.best_test_loss else None,
           "divergence_start": state.divergence_start}
    for key, value in state.optimizer.items():
        arrays[f"opt.{key}"] = np.asarray(value)
    p = state.position
    if p is not None:
        out["position"] = {"epoch": p.epoch, "batch": p.batch, "batch_size": state.batch_size,
                           "loss_sum": p.loss_sum, "acc_sum": p.acc_sum, "seen": p.seen, "seconds": p.seconds}
        if p.order is not None:
            arrays["state_order"] = np.asarray(p.order, dtype=np.int32 if len(p.order) < 2**31 else np.int64)
    return out


def load_project(path: str | Path) -> Project:
    """Read a project file; any problem raises ProjectFileError with a message saying what is wrong.

    Every field is checked against its type and range (``SCHEMA`` below); the network, the training settings
    and the memory the network will need are checked from the description before any array is unpacked."""
    path = Path(path)
    name = path.name
    checked: dict = {}
    try:
        meta, arrays = read_npz(path, FORMAT, check=lambda meta, declared: checked.update(_decode_meta(meta)))
    except ProjectFileError as exc:     # (of its kind: a newer version's file is not a damaged one)
        raise type(exc)(QT_TRANSLATE_NOOP("Errors", "{file}: {problem}"), file=name, problem=exc) from None
    except FileNotFoundError:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the file does not exist."), file=name) from None
    except ModelFileError as exc:      # names the file and says what is wrong itself: said once, as it is
        if _cut_short(path):
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file} is cut short: it begins as a project file, "
                                                               "but its end is missing (a copy or a download that "
                                                               "was interrupted?). Copy it again from where it came "
                                                               "from."), file=name) from None
        if exc.arguments.get("found") == repr(MODEL_FORMAT):
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file} is a model file (as nnstudio train --save "
                                                               "writes), not a project: the studio opens projects "
                                                               "(.nnsproj), which File → Save writes."),
                                   file=name) from None
        if "format" in exc.arguments and path.is_file() and not zipfile.is_zipfile(path):
            # (it said "not an NN Studio project file (not a zip/npz archive; the file may be truncated or of another
            # kind)" of notes.txt given as nnstudio notes.txt: what it is not, not what to give instead)
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file} is not an NN Studio project: the studio "
                                                               "opens projects (.nnsproj), which File → Save "
                                                               "writes. A table of numbers (CSV) comes in with "
                                                               "File → Import CSV… instead."),
                                   file=name) from None
        arguments = dict(exc.arguments)
        if arguments.get("format") == FORMAT:      # "not an NN Studio project file", not the format's id
            arguments["format"] = Text("Errors", QT_TRANSLATE_NOOP("Errors", "NN Studio project"))
        raise ProjectFileError(exc.template, **arguments) from None
    except (OSError, ValueError) as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file} is not a readable NN Studio project: {reason}"),
                               file=name, reason=why(exc)) from None
    try:
        return _decode_arrays(checked, arrays)
    except ProjectFileError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file}: {problem}"), file=name, problem=exc) from None
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # a case the checks below did not foresee: the exception's type and text are for a bug report
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the project file is damaged ({kind}: {reason})."),
                               file=name, kind=type(exc).__name__, reason=why(exc)) from None


def _cut_short(path: Path) -> bool:
    """The file starts as a zip archive (every project file does) but has lost its end, where a zip lists its
    contents: a truncated file, not a file of another kind."""
    try:
        with open(path, "rb") as f:
            start = f.read(4)
        return start == b"PK\x03\x04" and not zipfile.is_zipfile(path)
    except OSError:
        return False


# -- the schema: every field with its type and range ----------------------------------------------------------
MAX_SEED = SEED_RANGE[1]            # the training settings: what the studio's boxes can show (session.config)
MAX_POINTS = 1_000_000              # points of a generated toy set
MAX_NAME = 1000                     # characters of a name or a CSV path
MAX_CLASSES = 10_000
SCHEMA = {
    # training: what TrainingConfig holds
    "training.optimizer": "a name from nnstudio.engine.optimizers.OPTIMIZERS",
    "training.lr": f"a number from {LR_RANGE[0]:g} to {LR_RANGE[1]:g}",
    "training.batch_size": f"a whole number from {BATCH_RANGE[0]} to {BATCH_RANGE[1]}",
    "training.seed": f"a whole number from {SEED_RANGE[0]} to {SEED_RANGE[1]}",
    "training.speed": f"one of {SPEEDS} (steps per second; 0 = full speed)",
    "training.max_epochs": f"a whole number from {MAX_EPOCHS_RANGE[0]} to {MAX_EPOCHS_RANGE[1]} (0 = no limit)",
    "training.early_stopping": f"a whole number from {EARLY_STOPPING_RANGE[0]} to {EARLY_STOPPING_RANGE[1]} "
                               "(epochs without a better test loss; 0 = off)",
    "training.augment": "true or false",
    "training.options": "hyper-parameters of the optimizer by torch's names: numbers, True/False, or pairs "
                        "of numbers (betas); the optimizer is built once to check them",
    # dataset: what DataChoice holds ("name" is the older spelling of "key")
    "dataset.key": f"a non-empty name of at most {MAX_NAME} characters (a toy set, mnist, fashion, csv:<path>)",
    "dataset.n": f"a whole number from 2 to {MAX_POINTS}",
    "dataset.noise": "a number from 0 to 10",
    "dataset.test_fraction": "a number from 0 to 0.95",
    "dataset.seed": f"a whole number from 0 to {MAX_SEED}",
    "dataset.include_my_digits": "true or false",
    "n_weights": "0, or 2 per layer of the network",
    "stored_data.problem": "regression, binary, multiclass or multilabel",
    "stored_data.n_classes": f"a whole number from 1 to {MAX_CLASSES}; 1 for regression and binary",
    "stored_data.class_names": "names (text), one per class (two for binary, none for regression)",
    "stored_data.extent": "null, or 4 finite numbers xmin < xmax, ymin < ymax (2 inputs only)",
    "data_x_*": "float32 (n, inputs), finite; at least one training row",
    "data_y_*": "binary: float32 (n, 1) of 0/1; multiclass: int64 (n,) in 0..k-1; regression: float32 (n, 1) "
                "finite; multilabel: float32 (n, k) of 0/1",
    "hist_steps, hist_epochs, hist_stats_steps": "whole numbers >= 0, one dimension",
    "hist_step_loss": "numbers, one per step (NaN/inf allowed: a diverged run's loss is part of its history)",
    "hist_epoch_values": "numbers, (epochs, 4)",
    "hist_counters": "two whole numbers >= 0: steps, epochs",
    "hist_stats": "numbers, (len(stats_steps), columns)",
    # the training state (optional: see the module docstring)
    "state.rng, state.augment_rng": "a PCG64 generator's state as numpy writes it (bit_generator.state); "
                                    "augment_rng may be null",
    "state.position": "null, or epoch, batch (done), batch_size, seen: whole numbers >= 0; loss_sum, acc_sum, "
                      "seconds: finite numbers",
    "state.best_test_loss": "null, or [a finite number, an epoch]",
    "state.divergence_start": "null, or a finite number",
    "state_order": "the current epoch's order: a permutation of the training rows (whole numbers)",
    "opt.<slot>.<i>": "finite numbers, one array per weight array and slot of the optimizer (as model files)",
}
_TRAINING_KEYS = ("optimizer", "lr", "batch_size", "seed", "speed", "max_epochs", "early_stopping", "augment",
                  "options")
_DATASET_KEYS = ("key", "name", "n", "noise", "test_fraction", "seed", "include_my_digits")


def is_whole(value, low: float, high: float) -> bool:
    """Whether ``value`` is a whole number from ``low`` to ``high``: an int, not a bool (JSON's true is no number,
    though Python counts it as 1). The project file's checks and the race's remembered set-up's share it."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def is_finite(value) -> bool:
    """Whether ``value`` is a finite number: an int or a float, not a bool, neither infinite nor NaN."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _fail(field_name: str, value, what: str, **arguments):
    """Raise "<field> is <value>; it must be <what>." — ``what`` a template marked under "Errors" that
    ``arguments`` fill in. The field is the file's own key and the value its repr: both shown as they are."""
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{field} is {value}; it must be {what}."),
                           field=field_name, value=shown, what=Text("Errors", what, **arguments))


def _whole(field_name: str, value, low: int, high: int) -> int:
    if not is_whole(value, low, high):
        _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "a whole number from {low} to {high}"),
              low=low, high=high)
    return value


def _real(field_name: str, value, low: float, high: float) -> float:
    if not (is_finite(value) and low <= value <= high):
        _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "a number from {low} up to {high}"),
              low=f"{low:g}", high=f"{high:g}")
    return value


def _text(field_name: str, value, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME or (not value and not allow_empty):
        if allow_empty:
            _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "text of at most {n} characters"), n=MAX_NAME)
        _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "non-empty text of at most {n} characters"), n=MAX_NAME)
    return value


def _decode_meta(meta: dict) -> dict:
    """Everything in the JSON description, checked field by field (before any array is unpacked)."""
    version = meta.get("version")
    if not is_whole(version, 1, math.inf):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the file has no valid format version."))
    if version > VERSION:
        raise NewerProjectError(QT_TRANSLATE_NOOP("Errors", "the file was written by a newer NN Studio (format version "
                                                           "{version}; this version reads up to {supported}). Update "
                                                           "NN Studio to open it."),
                               version=version, supported=VERSION)
    try:
        spec = NetworkSpec.from_dict(meta["network"])
    except KeyError:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the network description is missing.")) from None
    except ValueError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the network description is invalid: {reason}"),
                               reason=why(exc)) from None
    try:
        spec.check_size()   # the studio's limits: what the editor lets a learner build
    except ValueError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the network is larger than the studio allows: {reason}"),
                               reason=why(exc)) from None
    training = _decode_training(meta.get("training"))
    choice = _decode_choice(meta.get("dataset"))
    try:
        # what opening builds: the weights, their gradients and the optimizer's state (the buffers of a batch
        # come when training starts, where the studio checks them against the batch size then chosen)
        spec.memory(batch_size=0, optimizer=_optimizer_config(training)).check()
    except MemoryLimitError as exc:     # in its own words (load_project puts the file's name before them)
        raise ProjectFileError(exc.template, **exc.arguments) from None
    n_weights = meta.get("n_weights", 0)
    if n_weights not in (0, 2 * len(spec.layers)) or isinstance(n_weights, bool):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "its number of weight arrays is {n}, but its network "
                                                           "needs {needed}."),
                               n=repr(n_weights), needed=2 * len(spec.layers))
    stored = meta.get("stored_data")
    if stored is not None and stored is not False:
        stored = _decode_stored(stored, spec)
    else:
        stored = None
    history = meta.get("history", False)
    if not isinstance(history, bool):
        _fail("history", history, QT_TRANSLATE_NOOP("Errors", "true or false"))
    state = meta.get("state")
    if state is not None:
        if not n_weights:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "it holds a training state but no weights."))
        state = _decode_state(state)
    return {"spec": spec, "training": training, "choice": choice, "n_weights": n_weights, "stored": stored,
            "history": history, "state": state}


def _generator_state(field_name: str, value) -> dict:
    """A PCG64 state as ``bit_generator.state`` gives it, checked by giving it to a generator."""
    try:
        if not isinstance(value, dict) or value.get("bit_generator") != "PCG64":
            raise ValueError("not a PCG64 state")
        np.random.PCG64().state = value
    except (ValueError, TypeError, KeyError, OverflowError):
        _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "the state of a PCG64 random generator"))
    return value


def _finite(field_name: str, value) -> float:
    if not is_finite(value):
        _fail(field_name, value, QT_TRANSLATE_NOOP("Errors", "a finite number"))
    return float(value)


def _decode_state(state) -> dict:
    if not isinstance(state, dict):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the training state is not a mapping."))
    out = {"rng": _generator_state("state.rng", state.get("rng")), "augment_rng": None, "position": None,
           "best_test_loss": None, "divergence_start": None, "batch_size": 0}
    if state.get("augment_rng") is not None:
        out["augment_rng"] = _generator_state("state.augment_rng", state["augment_rng"])
    position = state.get("position")
    if position is not None:
        if not isinstance(position, dict):
            _fail("state.position", position, QT_TRANSLATE_NOOP("Errors", "a mapping"))
        counts = {key: _whole(f"state.position.{key}", position.get(key), 0, high)
                  for key, high in (("epoch", 2**62), ("batch", 2**62), ("seen", 2**62))}
        out["batch_size"] = _whole("state.position.batch_size", position.get("batch_size"), *BATCH_RANGE)
        sums = {key: _finite(f"state.position.{key}", position.get(key)) for key in ("loss_sum", "acc_sum",
                                                                                       "seconds")}
        out["position"] = FitPosition(**counts, **sums)
    best = state.get("best_test_loss")
    if best is not None:
        if not isinstance(best, list) or len(best) != 2:
            _fail("state.best_test_loss", best, QT_TRANSLATE_NOOP("Errors", "a finite number and an epoch"))
        out["best_test_loss"] = (_finite("state.best_test_loss", best[0]),
                                 _whole("state.best_test_loss", best[1], 0, 2**62))
    if state.get("divergence_start") is not None:
        out["divergence_start"] = _finite("state.divergence_start", state["divergence_start"])
    return out


def _optimizer_config(training: dict) -> dict:
    return {"name": training.get("optimizer", "sgd"), **({"lr": training["lr"]} if "lr" in training else {}),
            **training.get("options", {})}


def _decode_training(training) -> dict:
    if training is None:
        return {}
    if not isinstance(training, dict):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the training settings are not a mapping."))
    out = {}
    if "optimizer" in training:
        opt = training["optimizer"]
        if not isinstance(opt, str) or opt not in optimizers.OPTIMIZERS:
            _fail("training.optimizer", opt, QT_TRANSLATE_NOOP("Errors", "one of {choices}"),
                  choices=", ".join(optimizers.OPTIMIZERS))
        out["optimizer"] = opt
    if training.get("lr") is not None:
        out["lr"] = _real("training.lr", training["lr"], *LR_RANGE)
    for key, (low, high) in (("batch_size", BATCH_RANGE), ("seed", SEED_RANGE), ("max_epochs", MAX_EPOCHS_RANGE),
                             ("early_stopping", EARLY_STOPPING_RANGE)):
        if training.get(key) is not None:
            out[key] = _whole(f"training.{key}", training[key], low, high)
    if training.get("speed") is not None:
        speed = training["speed"]
        if not (is_whole(speed, 0, max(SPEEDS)) and speed in SPEEDS):
            _fail("training.speed", speed, QT_TRANSLATE_NOOP("Errors", "one of {choices} (steps per second; 0 = "
                                                                       "full speed)"),
                  choices=", ".join(str(v) for v in SPEEDS))
        out["speed"] = speed
    if training.get("augment") is not None:
        if not isinstance(training["augment"], bool):
            _fail("training.augment", training["augment"], QT_TRANSLATE_NOOP("Errors", "true or false"))
        out["augment"] = training["augment"]
    options = training.get("options")
    if options is not None:
        if not isinstance(options, dict):
            _fail("training.options", options, QT_TRANSLATE_NOOP("Errors", "a mapping of hyper-parameters"))
        for key, value in options.items():
            if key in ("name", "lr", "learning_rate"):
                _fail(f"training.options.{key}", value,
                      QT_TRANSLATE_NOOP("Errors", "given outside the options, not in them"))
            if isinstance(value, list):
                if len(value) != 2 or not all(is_finite(v) for v in value):
                    _fail(f"training.options.{key}", value, QT_TRANSLATE_NOOP("Errors", "a pair of finite numbers"))
            elif not isinstance(value, (bool, int, float)) or (isinstance(value, float) and not math.isfinite(value)):
                _fail(f"training.options.{key}", value, QT_TRANSLATE_NOOP("Errors", "a finite number or true/false"))
        out["options"] = dict(options)
    if "optimizer" in out or "options" in out:
        try:
            optimizers.get(_optimizer_config(out))
        except (ValueError, TypeError) as exc:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "training.options: the optimizer settings are "
                                                               "invalid ({reason})."), reason=why(exc)) from None
    return out


def _decode_choice(choice) -> dict:
    if choice is None:
        return {}
    if not isinstance(choice, dict):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the dataset choice is malformed (not a mapping)."))
    out = {}
    for key in ("key", "name"):
        if key in choice:
            out[key] = _text(f"dataset.{key}", choice[key])
    if choice.get("n") is not None:
        out["n"] = _whole("dataset.n", choice["n"], 2, MAX_POINTS)
    if choice.get("noise") is not None:
        out["noise"] = _real("dataset.noise", choice["noise"], 0.0, 10.0)
    if choice.get("test_fraction") is not None:
        out["test_fraction"] = _real("dataset.test_fraction", choice["test_fraction"], 0.0, 0.95)
    if choice.get("seed") is not None:
        out["seed"] = _whole("dataset.seed", choice["seed"], 0, MAX_SEED)
    if "include_my_digits" in choice:
        if not isinstance(choice["include_my_digits"], bool):
            _fail("dataset.include_my_digits", choice["include_my_digits"],
                  QT_TRANSLATE_NOOP("Errors", "true or false"))
        out["include_my_digits"] = choice["include_my_digits"]
    return out


def _decode_stored(stored, spec: NetworkSpec) -> dict:
    if not isinstance(stored, dict):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset's description is not a mapping."))
    for key in ("name", "problem", "n_classes"):
        if key not in stored:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset is incomplete ('{key}' missing)."),
                                   key=key)
    name = _text("stored_data.name", stored["name"], allow_empty=True)
    problem = stored["problem"]
    if not isinstance(problem, str) or problem not in PROBLEMS:
        _fail("stored_data.problem", problem, QT_TRANSLATE_NOOP("Errors", "one of {choices}"),
              choices=", ".join(PROBLEMS))
    n_classes = _whole("stored_data.n_classes", stored["n_classes"], 1, MAX_CLASSES)
    if problem == "binary" and n_classes != 1:
        _fail("stored_data.n_classes", n_classes, QT_TRANSLATE_NOOP("Errors", "1 for a binary problem"))
    if problem == "regression" and n_classes != 1:
        _fail("stored_data.n_classes", n_classes, QT_TRANSLATE_NOOP("Errors", "1 for a regression problem"))
    if n_classes != spec.output.units:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset needs an output size of {n}, but the "
                                                           "network's is {units}."),
                               n=n_classes, units=spec.output.units)
    names = stored.get("class_names") or []
    expected = {"binary": 2, "regression": 0}.get(problem, n_classes)
    if not isinstance(names, list) or len(names) not in (0, expected) \
            or not all(isinstance(c, str) and len(c) <= MAX_NAME for c in names):
        _fail("stored_data.class_names", names, QT_TRANSLATE_NOOP("Errors", "a list of %n name(s) (or none)", None, 1),
              n=expected)
    extent = stored.get("extent")
    if extent is not None:
        if not (isinstance(extent, list) and len(extent) == 4
                and all(is_finite(v) for v in extent) and extent[0] < extent[1] and extent[2] < extent[3]):
            _fail("stored_data.extent", extent,
                  QT_TRANSLATE_NOOP("Errors", "4 finite numbers xmin < xmax, ymin < ymax"))
        if spec.input_dim != 2:
            _fail("stored_data.extent", extent, QT_TRANSLATE_NOOP("Errors", "null: only 2-D data has an extent"))
        extent = tuple(float(v) for v in extent)
    return {"name": name, "problem": problem, "n_classes": n_classes, "class_names": tuple(names),
            "extent": extent}


def _decode_arrays(checked: dict, arrays: dict) -> Project:
    spec = checked["spec"]
    weights = None
    if checked["n_weights"]:
        weights = []
        for i, shape in enumerate(spec.weight_shapes):
            if f"w{i}" not in arrays:
                raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "weight array w{index} is missing."), index=i)
            w = np.asarray(arrays[f"w{i}"])
            if w.shape != shape:
                raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "weight array w{index} has shape {shape}, the "
                                                                   "network needs {needed}."),
                                       index=i, shape=w.shape, needed=shape)
            if not np.issubdtype(w.dtype, np.floating) or not np.all(np.isfinite(w)):
                raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "weight array w{index} is not all finite "
                                                                   "numbers."), index=i)
            weights.append(w)

    dataset = None
    stored = checked["stored"]
    if stored is not None:
        dataset = _dataset(stored, arrays, spec)

    history = None
    if checked["history"]:
        history = _history(arrays)
    state = None
    if checked["state"] is not None:
        state = _state(checked["state"], arrays)
    return Project(spec=spec, training=checked["training"], dataset_choice=checked["choice"], dataset=dataset,
                   weights=weights, history=history, state=state)


def _state(checked: dict, arrays: dict) -> TrainingState:
    """The training state (the optimizer's arrays are checked against the network when it is built)."""
    optimizer = {}
    for key, value in arrays.items():
        if key.startswith("opt."):
            if value.dtype.kind not in "fiu" or (value.dtype.kind == "f" and not np.isfinite(value).all()):
                _fail(key, f"{value.dtype} {value.shape}", QT_TRANSLATE_NOOP("Errors", "finite numbers"))
            optimizer[key[4:]] = value
    position = checked["position"]
    if position is not None and "state_order" in arrays:
        order = arrays["state_order"]
        if order.dtype.kind not in "iu" or order.ndim != 1 or not np.array_equal(np.sort(order),
                                                                                  np.arange(len(order))):
            _fail("state_order", f"{order.dtype} {order.shape}",
                  QT_TRANSLATE_NOOP("Errors", "a permutation of the training rows"))
        position.order = order.astype(np.int64)
    return TrainingState(rng=checked["rng"], optimizer=optimizer, position=position,
                         batch_size=checked["batch_size"], augment_rng=checked["augment_rng"],
                         best_test_loss=checked["best_test_loss"], divergence_start=checked["divergence_start"])


def _dataset(stored: dict, arrays: dict, spec: NetworkSpec) -> Dataset:
    missing = [k for k in ("x_train", "y_train", "x_test", "y_test") if f"data_{k}" not in arrays]
    if missing:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset is incomplete ({keys} missing)."),
                               keys=", ".join(missing))
    problem, k = stored["problem"], stored["n_classes"]
    not_0_or_1 = {"binary": QT_TRANSLATE_NOOP("Errors", "{array} holds labels other than 0 and 1 (a binary "
                                                        "problem)."),
                  "multilabel": QT_TRANSLATE_NOOP("Errors", "{array} holds labels other than 0 and 1 (a multilabel "
                                                            "problem).")}
    for split in ("train", "test"):
        x_key, y_key = f"data_x_{split}", f"data_y_{split}"
        x, y = arrays[x_key], arrays[y_key]
        if x.ndim != 2 or x.dtype != np.float32:
            _fail(x_key, f"{x.dtype} {x.shape}", QT_TRANSLATE_NOOP("Errors", "float32 of shape (n, inputs)"))
        if x.shape[1] != spec.input_dim:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset's number of features "
                                                               "({features}) is not the network's input size "
                                                               "({inputs})."),
                                   features=x.shape[1], inputs=spec.input_dim)
        if not np.isfinite(x).all():
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{array} holds NaN or infinite values."), array=x_key)
        if y.dtype.kind not in "fiu" or len(y) != len(x):
            _fail(y_key, f"{y.dtype} {y.shape}", QT_TRANSLATE_NOOP("Errors", "numbers, one target per row of {array}"),
                  array=x_key)
        if y.dtype.kind == "f" and not np.isfinite(y).all():
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{array} holds NaN or infinite values."), array=y_key)
        if problem in not_0_or_1 and y.size and not np.isin(y, (0, 1)).all():
            raise ProjectFileError(not_0_or_1[problem], array=y_key)
        if problem == "multiclass" and y.size and (y.min() < 0 or y.max() >= k):
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{array} holds labels outside the {k} classes "
                                                               "0..{last}."),
                                   array=y_key, k=k, last=k - 1)
    if len(arrays["data_x_train"]) == 0:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset has no training rows."))
    try:
        return Dataset(name=stored["name"], x_train=arrays["data_x_train"], y_train=arrays["data_y_train"],
                       x_test=arrays["data_x_test"], y_test=arrays["data_y_test"], problem=problem, n_classes=k,
                       class_names=stored["class_names"], extent=stored["extent"])
    except ValueError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored dataset is invalid: {reason}"),
                               reason=why(exc)) from None


def _history(arrays: dict) -> dict[str, np.ndarray]:
    missing = [k for k in HISTORY_KEYS if f"hist_{k}" not in arrays]
    if missing:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the training history is incomplete ({keys} missing)."),
                               keys=", ".join(missing))
    history = {k: np.asarray(arrays[f"hist_{k}"]) for k in HISTORY_KEYS}
    if all(f"hist_{k}" in arrays for k in OPTIONAL_HISTORY_KEYS):
        history.update({k: np.asarray(arrays[f"hist_{k}"]) for k in OPTIONAL_HISTORY_KEYS})
    for key, value in history.items():
        whole = key in ("steps", "epochs", "counters", "stats_steps")
        if value.dtype.kind not in ("iu" if whole else "fiu"):
            if whole:
                _fail(f"hist_{key}", f"{value.dtype} {value.shape}", QT_TRANSLATE_NOOP("Errors", "whole numbers"))
            _fail(f"hist_{key}", f"{value.dtype} {value.shape}", QT_TRANSLATE_NOOP("Errors", "numbers"))
        if whole and value.size and value.min() < 0:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{array} holds negative counts."), array=f"hist_{key}")
    if (history["steps"].ndim != 1 or history["step_loss"].shape != history["steps"].shape
            or history["epochs"].ndim != 1 or history["epoch_values"].shape != (len(history["epochs"]), 4)
            or history["counters"].shape != (2,)):
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the training history arrays do not fit together."))
    if "stats" in history:
        stats_steps, stats = history["stats_steps"], history["stats"]
        if stats.ndim != 2 or stats_steps.shape != (len(stats),):
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "the stored layer statistics do not fit together."))
    return history
