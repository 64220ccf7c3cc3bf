"""The NumPy training engine: a Keras-shaped API with PyTorch's update maths. Imports no Qt.

    from nnstudio.engine import Sequential, Dense, Dropout, Adam, load_model
"""
from nnstudio.engine.activations import ACTIVATIONS, LeakyReLU
from nnstudio.engine.callbacks import (BatchRecord, Callback, EarlyStopping, EpochRecord, History, LambdaCallback,
                                      TerminateOnDivergence, TrainingDivergedWarning)
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.io import ModelFileError, load_model
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.model import FitPosition, NotCompiledError, Sequential
from nnstudio.engine.optimizers import OPTIMIZERS, SGD, Adagrad, Adam, AdamW, RMSprop
from nnstudio.engine.regularizers import L1, L2, L1L2
from nnstudio.engine.stats import LayerStats

__all__ = [
    "ACTIVATIONS", "INITIALIZERS", "LOSSES", "OPTIMIZERS",
    "Sequential", "FitPosition", "Dense", "Dropout", "LeakyReLU", "L1", "L2", "L1L2",
    "SGD", "Adagrad", "RMSprop", "Adam", "AdamW",
    "Callback", "History", "LambdaCallback", "EarlyStopping", "TerminateOnDivergence", "TrainingDivergedWarning",
    "BatchRecord", "EpochRecord", "LayerStats",
    "load_model", "ModelFileError", "NotCompiledError",
]
