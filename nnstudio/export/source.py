"""What leaves the studio: a trained model with how it was trained (batch size, data), from any of the forms
the studio keeps it in — a live Sequential, a Project, a model file (.npz) or a project file (.nnsproj).

The exporters (``pytorch``, ``onnx``) all start from :func:`load_source`, so every form gives the same export.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from nnstudio.data.dataset import Dataset
from nnstudio.engine.model import Sequential
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, why

MNIST_KINDS = ("mnist", "fashion")  # nnstudio.data.mnist.MNIST_KINDS (not imported: it pulls in urllib & co)
MNIST_PIXELS = 28 * 28


class ExportError(TranslatableError):
    """A network that cannot be exported as asked: the message says what to do instead."""


@dataclass(frozen=True)
class ExportSource:
    """A built model plus what a training script needs beyond it.

    ``batch_size``: samples per optimizer step, None where unknown (a model file does not record it).
    ``data_key``: "mnist", "fashion", a toy set's name, "csv:<path>" or None (unknown).
    ``dataset``: the exact training and test points for data other than MNIST (None for MNIST or unknown).
    ``include_my_digits``: the studio also trained on the digits (clothes, with Fashion-MNIST) drawn in the pad,
    which are not exported.
    """

    model: Sequential
    batch_size: int | None = None
    data_key: str | None = None
    dataset: Dataset | None = None
    include_my_digits: bool = False


def load_source(source, dataset=None, batch_size: int | None = None) -> ExportSource:
    """An ExportSource from a Sequential, a :class:`~nnstudio.session.project.Project`, or the path of a model
    file (.npz) or project file (.nnsproj).

    ``dataset`` names the training data where the source does not know it (a model file): "mnist", "fashion",
    a toy set's name or a .csv path — or a Dataset. ``batch_size`` overrides the source's. Raises ExportError
    (or the file readers' ModelFileError / ProjectFileError, all ValueErrors) with a message saying what to do.
    """
    from nnstudio.session.project import SUFFIX, Project, load_project

    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.suffix.lower() == SUFFIX:
            source = load_project(path)
        else:
            from nnstudio.engine.io import load_model

            source = load_model(path)
    if isinstance(source, Project):
        if dataset is not None:     # (the script would claim it holds "exactly the points NN Studio trained on")
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "A project holds the data it was trained on: leave out "
                                                          "the data set ({name}), which is for model files (.npz)."),
                              name=dataset.name if isinstance(dataset, Dataset) else dataset)
        result = _from_project(source)
    elif isinstance(source, Sequential):
        result = ExportSource(model=source)
    else:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Cannot export {what}: give a model, a project, or the "
                                                      "path of a model file (.npz) or project file (.nnsproj)."),
                          what=type(source).__name__)
    model = result.model
    if not model.built:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The network has no weights yet (its input size is "
                                                      "unknown): train it or give its first layer input_dim "
                                                      "before exporting."))
    if not all(np.isfinite(w).all() for w in model.get_weights()):
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The weights are not all finite numbers (training "
                                                      "diverged): reset the weights or train again with a "
                                                      "smaller learning rate, then export."))
    if dataset is not None:
        result = _with_dataset(result, dataset)
    if batch_size is not None:
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "The batch size must be a whole number >= 1 "
                                                          "(got {value})."), value=batch_size)
        result = replace(result, batch_size=batch_size)
    features = result.dataset.input_dim if result.dataset is not None else (
        MNIST_PIXELS if result.data_key in MNIST_KINDS else model.input_dim)
    if features != model.input_dim:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The number of features of the data set {name} ({features}) "
                                                      "is not the network's input size ({inputs}): choose the data "
                                                      "set it was trained on."),
                          name=(result.data_key or result.dataset.name).removeprefix("csv:"), features=features, inputs=model.input_dim)
    return result


def _from_project(project) -> ExportSource:
    """The project's model (its weights, or fresh ones from its seed) with its optimizer, data and batch size."""
    from nnstudio.session.project import project_choices

    try:
        choice, config = project_choices(project)
        model = project.spec.build(seed=config.seed, optimizer=config.make_optimizer())
    except (TypeError, ValueError) as exc:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The project's training settings are invalid ({reason}): "
                                                      "open it in NN Studio, fix them and save it again."),
                          reason=why(exc)) from None
    if project.weights is not None:
        model.set_weights(project.weights)
    named = project.dataset_choice or {}
    key = choice.key if named.get("key") or named.get("name") else None   # (a file may name no data set)
    dataset = project.dataset
    if dataset is None and key is not None and key not in MNIST_KINDS and not key.startswith("csv:"):
        from nnstudio.data.toy import TOY_DATASETS, load_dataset

        if key in TOY_DATASETS:  # a project saved without its points: the same seed gives the same points
            dataset = load_dataset(key, n=choice.n, noise=choice.noise, seed=config.seed,
                                   test_fraction=choice.test_fraction)
    return ExportSource(model=model, batch_size=config.batch_size, data_key=key, dataset=dataset,
                        include_my_digits=choice.include_my_digits)


def _with_dataset(source: ExportSource, dataset) -> ExportSource:
    """``source`` with the named data set (see load_source)."""
    if isinstance(dataset, Dataset) and dataset.name not in MNIST_KINDS:
        return replace(source, data_key=dataset.name, dataset=dataset)
    name = dataset.name if isinstance(dataset, Dataset) else str(dataset)
    if name.lower() in MNIST_KINDS:
        return replace(source, data_key=name.lower(), dataset=None)
    if name.lower().endswith(".csv"):
        from nnstudio.data.tabular import load_training_csv

        # the split and the scaling nnstudio train makes: the same seed as the model's, 0–255 pixels to 0–1
        data, _scaled = load_training_csv(name, seed=source.model.seed)
        return replace(source, data_key=f"csv:{name}", dataset=data)
    from nnstudio.data.toy import TOY_DATASETS, load_dataset

    if name.lower() in TOY_DATASETS:
        return replace(source, data_key=name.lower(), dataset=load_dataset(name.lower(), seed=source.model.seed))
    raise ExportError(QT_TRANSLATE_NOOP("Errors", "Unknown data set {name}; choose mnist, fashion, one of "
                                                  "{choices}, or give a .csv file."),
                      name=repr(name), choices=", ".join(TOY_DATASETS))
