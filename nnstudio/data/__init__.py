"""Datasets for NN Studio (no Qt here): toy 2-D/1-D sets, MNIST/Fashion-MNIST, CSV import."""
from nnstudio.data.dataset import Dataset
from nnstudio.data.toy import TOY_DATASETS, load_dataset

__all__ = ["Dataset", "load_dataset", "TOY_DATASETS"]
