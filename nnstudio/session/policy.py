"""What a data set asks of the network: the problem types it allows, the network adapted to it, and which
weights survive a change of the network.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from nnstudio.engine.spec import NetworkSpec

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
