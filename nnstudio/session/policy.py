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


def continued_columns(n_old: int, n_new: int) -> tuple[int | None, ...]:
    """Which column of an old network (``n_old`` columns, the input first) each of ``n_new`` new columns
    continues, when the edit does not say: the input and the output continue theirs, hidden layers are matched
    by position from the input (None: a new layer)."""
    hidden = [c if c < n_old - 1 else None for c in range(1, n_new - 1)]
    return (0, *hidden, n_old - 1)


def inverse_columns(columns, n_old: int) -> tuple[int | None, ...]:
    """The columns map of the edit that goes back: for each old column, the new column that continues it."""
    back: list[int | None] = [None] * n_old
    for new, old in enumerate(columns):
        if old is not None:
            back[old] = new
    return tuple(back)


def weight_sources(columns) -> tuple[tuple[int | None, int | None], ...]:
    """For each Dense layer of a new network, the old Dense layers it keeps its W and its b from (None: fresh),
    given ``columns`` (for each new column, the old column it continues, or None for a new layer).

    Dense layer l links column l to column l + 1. It keeps its biases when column l + 1 continues an old layer
    (the same neurons), and its W only when column l continues the column before that one too (the same links):
    after a middle layer is removed, the next layer keeps its biases, but its weights from the removed layer's
    neurons mean nothing for its new inputs, which get fresh ones."""
    sources = []
    for left, right in zip(columns[:-1], columns[1:]):
        b = right - 1 if right is not None and right >= 1 else None
        w = b if b is not None and left == right - 1 else None
        sources.append((w, b))
    return tuple(sources)


def copy_overlap(old: list[np.ndarray], new: list[np.ndarray], sources=None) -> None:
    """Copy the overlapping block of old weight arrays [W1, b1, ...] into the new ones: the arrays that
    ``sources`` (``weight_sources``) names for each new Dense layer, by default the layer of the same index."""
    if sources is None:
        sources = [(layer, layer) for layer in range(min(len(old), len(new)) // 2)]
    for layer, pair in enumerate(sources):
        for k, source in enumerate(pair):   # k = 0: W, k = 1: b
            if source is None or 2 * source + k >= len(old):
                continue
            a, b = old[2 * source + k], new[2 * layer + k]
            block = tuple(slice(0, min(m, n)) for m, n in zip(a.shape, b.shape))
            b[block] = a[block]


def kept_weights(old_sizes, new_sizes, sources) -> tuple[str, ...]:
    """What each Dense layer of a new network (``new_sizes``: neurons per column, the input first) kept from
    the old one (``old_sizes``), given its ``sources`` (``weight_sources``): "kept" (every weight and bias),
    "fresh" (nothing), "biases" (all its biases, with fresh weights from new inputs) or "partly" (the neurons
    and links that stayed; fresh ones for the new)."""
    status = []
    for layer, (w, b) in enumerate(sources):
        n_in, n_out = new_sizes[layer], new_sizes[layer + 1]
        all_w = w is not None and old_sizes[w] >= n_in and old_sizes[w + 1] >= n_out
        all_b = b is not None and old_sizes[b + 1] >= n_out
        if all_w and all_b:
            status.append("kept")
        elif w is None and b is None:
            status.append("fresh")
        elif w is None and all_b:
            status.append("biases")
        else:
            status.append("partly")
    return tuple(status)
