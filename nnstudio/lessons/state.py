"""What the studio shows, as the :class:`~nnstudio.lessons.catalog.LessonState` the "Try this" checks read.

The lesson room builds one from the studio's network, data, weights and training history, all read from the
session at the same moment — not from a training snapshot, which may still describe the network or the data
the studio had a moment before (a snapshot is only the room's signal to look again).
"""
from __future__ import annotations

import math

import numpy as np

from nnstudio.lessons.catalog import LessonState


def studio_state(spec, dataset, weights=None, history=None) -> LessonState:
    """The studio's state for the checks.

    ``spec``/``dataset``/``weights``: the studio's network, data and [W1, b1, ...] now; ``history``: its training
    history as ``TrainingHistory.to_arrays()`` gives it (``TrainingSession.history_arrays()``). Gradient norms are
    ||∂C/∂b|| per Dense layer (output last) at the newest recorded step, the losses every recorded step's batch
    loss, the accuracies one per epoch (training: the epoch's running accuracy; test: after the epoch), without
    the missing (NaN) ones.
    """
    weights = None if weights is None else tuple(np.asarray(w) for w in weights)
    if history is None:
        return LessonState(spec=spec, dataset=dataset, weights=weights)
    epochs = np.asarray(history["epoch_values"], dtype=np.float64).reshape(-1, 4)   # loss, acc, val loss, val acc
    return LessonState(spec=spec, dataset=dataset, weights=weights,
                       gradient_norms=_bias_gradient_norms(spec, history),
                       losses=_finite(history["step_loss"]), train_accuracies=_finite(epochs[:, 1]),
                       test_accuracies=_finite(epochs[:, 3]))


def _bias_gradient_norms(spec, history) -> tuple[float, ...]:
    """The newest row of the per-layer statistics: columns are ||∂C/∂W||, ||∂C/∂b||, saturation, n each."""
    stats = np.asarray(history["stats"], dtype=np.float64)
    n = len(spec.layers)
    if stats.ndim != 2 or not len(stats) or stats.shape[1] != 3 * n:
        return ()
    return tuple(float(v) for v in stats[-1, n:2 * n])


def _finite(values) -> tuple[float, ...]:
    return tuple(float(v) for v in np.asarray(values, dtype=np.float64).reshape(-1) if math.isfinite(v))
