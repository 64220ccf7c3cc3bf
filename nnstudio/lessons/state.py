"""What the studio shows, as the :class:`~nnstudio.lessons.catalog.LessonState` the "Try this" checks read.

The lesson room builds one from the studio's network and data and the newest training snapshot (a
:class:`~nnstudio.session.snapshot.TrainingSnapshot`, or anything with its fields) whenever the studio changes.
"""
from __future__ import annotations

import math

import numpy as np

from nnstudio.lessons.catalog import LessonState


def studio_state(spec, dataset, snapshot=None, weights=None) -> LessonState:
    """The studio's state for the checks.

    ``spec``/``dataset``: the studio's network and data now; ``snapshot``: its newest training snapshot (None
    before the first); ``weights``: the current [W1, b1, ...] when the snapshot's may be older (a weight typed a
    moment ago) — by default the snapshot's, if they fit ``spec``. Gradient norms are the last step's
    ||∂C/∂b|| per Dense layer (output last), the losses every recorded step's batch loss, the accuracies one per
    epoch (training: the epoch's running accuracy; test: after the epoch), without the missing (NaN) ones.
    """
    if weights is None and snapshot is not None and _fits(spec, snapshot.weights):
        weights = snapshot.weights
    if snapshot is None:
        return LessonState(spec=spec, dataset=dataset, weights=_tuple(weights))
    return LessonState(
        spec=spec, dataset=dataset, weights=_tuple(weights),
        gradient_norms=tuple(float(s.bias_grad_norm) for s in snapshot.layer_stats),
        losses=_finite(snapshot.step_loss), train_accuracies=_finite(snapshot.epoch_accuracy),
        test_accuracies=_finite(snapshot.val_accuracy))


def _fits(spec, weights) -> bool:
    """True when ``weights`` have the shapes of ``spec``'s [W1, b1, W2, b2, ...]."""
    if spec is None or not weights:
        return False
    return [np.shape(w) for w in weights] == [tuple(s) for s in spec.weight_shapes]


def _tuple(weights):
    return None if weights is None else tuple(np.asarray(w) for w in weights)


def _finite(values) -> tuple[float, ...]:
    return tuple(float(v) for v in np.asarray(values, dtype=np.float64).reshape(-1) if math.isfinite(v))
