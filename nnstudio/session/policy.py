"""What a data set asks of the network and of the training: the problem types it allows, the network adapted
to it, the settings suggested for it, and which weights survive a change of the network.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from nnstudio.data.mnist import MNIST_KINDS
from nnstudio.engine.spec import NetworkSpec
from nnstudio.session.config import TrainingConfig

# XOR, measured: full-batch SGD with lr 3 solves the 2-2-1 sigmoid network in 131 steps from seed 0
# (77-540 steps for 2 of 3 seeds; about 1 seed in 3 is stuck in XOR's well-known local minimum, for any
# optimizer — Adam lr 0.1 got stuck more often). At 100 steps/s the learner watches it solve in ~1.5 s.
DEFAULT_TRAINING = TrainingConfig(optimizer="sgd", lr=3.0, batch_size=32, seed=0, speed=100)


def suggested_training(key: str) -> dict:
    """Optimizer, learning rate and batch size that suit a data set: XOR's SGD lr 3 diverges on the sine
    regression within a second, and MNIST wants bigger batches and a small Adam step."""
    if key == "xor":
        return {"optimizer": DEFAULT_TRAINING.optimizer, "lr": DEFAULT_TRAINING.lr,
                "batch_size": DEFAULT_TRAINING.batch_size}
    if key in MNIST_KINDS:
        return {"optimizer": "adam", "lr": 1e-3, "batch_size": 128}
    return {"optimizer": "adam", "lr": 0.01, "batch_size": 16}


def follows_suggestion(config: TrainingConfig, key: str) -> bool:
    """True while ``config`` still has the settings suggested for data set ``key`` (not the learner's own)."""
    s = suggested_training(key)
    return (config.optimizer == s["optimizer"] and np.isclose(config.lr, s["lr"])
            and config.batch_size == s["batch_size"] and not config.options)


def allowed_problems(dataset) -> dict[str, int]:
    """Problem types a network may pose on ``dataset`` -> output units (the lecture's table)."""
    k = dataset.n_classes
    if dataset.problem == "binary":
        return {"binary": 1, "regression": 1}
    if dataset.problem == "multiclass":
        return {"multiclass": k, "multilabel": k}
    if dataset.problem == "multilabel":
        return {"multilabel": k, "regression": k}
    return {"regression": k}


def adapt_spec(spec: NetworkSpec, dataset) -> NetworkSpec:
    """``spec`` with the data set's input size and an output layer for a problem type it allows (the current
    one if allowed, else the data set's own)."""
    problems = allowed_problems(dataset)
    problem = spec.problem if spec.problem in problems else dataset.problem
    if problem not in problems:
        problem = next(iter(problems))
    spec = replace(spec, input_dim=dataset.input_dim)
    if spec.problem != problem or spec.output.units != problems[problem]:
        spec = spec.with_problem(problem, problems[problem])
    return spec


def copy_overlap(old: list[np.ndarray], new: list[np.ndarray]) -> None:
    """Copy the overlapping block of each old weight array into the new one (layers matched by index)."""
    for a, b in zip(old, new):
        block = tuple(slice(0, min(m, n)) for m, n in zip(a.shape, b.shape))
        b[block] = a[block]
