"""Datasets for NN Studio (no Qt here): toy 2-D/1-D sets, MNIST/Fashion-MNIST, CSV import.

``from nnstudio.data import Dataset, load_dataset, TOY_DATASETS, load_mnist, load_csv``. Each module loads on
first use, so that ``nnstudio.data.paths`` comes without NumPy (the command line's Korean ``--help`` reads its
translation file through it).
"""
_LAZY = {
    "Dataset": "nnstudio.data.dataset",
    "TOY_DATASETS": "nnstudio.data.toy",
    "load_dataset": "nnstudio.data.toy",
    "load_mnist": "nnstudio.data.mnist",
    "DataError": "nnstudio.data.mnist",
    "DataNotFoundError": "nnstudio.data.mnist",
    "DataCorruptError": "nnstudio.data.mnist",
    "load_csv": "nnstudio.data.tabular",
    "CsvError": "nnstudio.data.tabular",
}

__all__ = list(_LAZY)


def __getattr__(name):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'nnstudio.data' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
