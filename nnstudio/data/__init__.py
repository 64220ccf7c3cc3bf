"""Datasets for NN Studio (no Qt here): toy 2-D/1-D sets, MNIST/Fashion-MNIST, CSV import.

``from nnstudio.data import Dataset, load_dataset, TOY_DATASETS, load_mnist, load_csv``. The MNIST and CSV
modules load on first use.
"""
from nnstudio.data.dataset import Dataset
from nnstudio.data.toy import TOY_DATASETS, load_dataset

_LAZY = {
    "load_mnist": "nnstudio.data.mnist",
    "DataError": "nnstudio.data.mnist",
    "DataNotFoundError": "nnstudio.data.mnist",
    "DataCorruptError": "nnstudio.data.mnist",
    "load_csv": "nnstudio.data.tabular",
    "CsvError": "nnstudio.data.tabular",
}

__all__ = ["Dataset", "load_dataset", "TOY_DATASETS", *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'nnstudio.data' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
