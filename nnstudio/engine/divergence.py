"""Noticing that training diverged, whether the loss became NaN or stayed a (huge) finite number.

A too-large learning rate does not always end in NaN: Adam at lr 1e6 on the moons data runs on at a loss of
about 1e5 with weights of about 1e7. :class:`DivergenceDetector` counts as diverged a loss that is NaN or
infinite, a loss more than ``loss_factor`` times its starting value (the first loss it saw, or 1 if that was
smaller), and weights beyond ``weight_bound`` in absolute value. The GUI's training, the command line and
``Sequential.fit`` (through the :class:`~nnstudio.engine.callbacks.TerminateOnDivergence` callback) share it,
so all three stop at the same point with the same explanation.

    detector = DivergenceDetector()
    for record in model.fit_iter(x, y, epochs=None):
        found = detector.check_loss(record.loss, record.step) or detector.check_weights(model, record.step)
        if found:
            print(found.message(lr=model.optimizer.lr))   # "The loss became 1.4e+05 at step 12, ..."
            break
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError

LOSS_FACTOR = 100.0       # a loss this many times its start counts as diverged
MIN_START = 1.0           # ... measured from at least this (a start near 0, e.g. hand-set weights, is no scale)
WEIGHT_BOUND = 1e6        # a weight beyond this magnitude counts as diverged (trained networks stay far below)
WEIGHT_CHECK_EVERY = 64   # steps between weight checks in loops that check every step (a pass over all weights)


class TrainingDiverged(TranslatableError):
    """Training diverged: the message says what happened, at which step, and what to do."""


@dataclass(frozen=True)
class Divergence:
    """Why training counts as diverged. ``reason``: "nan" (the loss is NaN or infinite), "loss" (finite, but
    more than ``factor`` times ``start``) or "weights" (a weight reached ``weight``)."""

    reason: str
    step: int
    loss: float
    start: float | None = None
    factor: float | None = None
    weight: float | None = None

    def what(self) -> Text:
        """What happened, as a translatable phrase: "The loss became NaN at step 12"."""
        if self.reason == "nan":
            value = (Text("Errors", QT_TRANSLATE_NOOP("Errors", "NaN")) if math.isnan(self.loss)
                     else Text("Errors", QT_TRANSLATE_NOOP("Errors", "infinite")))
            return Text("Errors", QT_TRANSLATE_NOOP("Errors", "The loss became {value} at step {step}"),
                        value=value, step=self.step)
        if self.reason == "loss":
            return Text("Errors", QT_TRANSLATE_NOOP("Errors", "The loss became {loss} at step {step}, more than "
                                                              "{factor} times its start ({start})"),
                        loss=f"{self.loss:.3g}", step=self.step, factor=f"{self.factor:g}",
                        start=f"{self.start:.3g}")
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "A weight reached {weight} at step {step}"),
                    weight=f"{self.weight:.3g}", step=self.step)

    def message(self, lr: float | None = None) -> TrainingDiverged:
        """The whole explanation with what to do (the GUI adds its own offer to reset the weights)."""
        if lr is None or not math.isfinite(lr):
            return TrainingDiverged(QT_TRANSLATE_NOOP("Errors", "{what}: training diverged. Try a smaller "
                                                                "learning rate."), what=self.what())
        return TrainingDiverged(QT_TRANSLATE_NOOP("Errors", "{what}: training diverged. Try a smaller learning "
                                                            "rate than {lr}, e.g. {smaller}."),
                                what=self.what(), lr=f"{lr:g}", smaller=f"{lr / 10:g}")


class DivergenceDetector:
    """Decides when training has diverged; ``reset()`` when the weights start again (the start loss is the
    first loss seen after it)."""

    def __init__(self, loss_factor: float = LOSS_FACTOR, weight_bound: float = WEIGHT_BOUND,
                 min_start: float = MIN_START):
        for name, value in (("loss_factor", loss_factor), ("weight_bound", weight_bound),
                            ("min_start", min_start)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} must be a number > 0 (got {value}); use "
                                                                    "math.inf to switch the check off"),
                                        name=name, value=repr(value))
        if not loss_factor > 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "loss_factor must be > 1 (got {value})"),
                                    value=repr(loss_factor))
        self.loss_factor = float(loss_factor)
        self.weight_bound = float(weight_bound)
        self.min_start = float(min_start)
        self.start: float | None = None

    def reset(self) -> None:
        self.start = None

    def check_loss(self, loss: float, step: int = 0) -> Divergence | None:
        """A Divergence if ``loss`` (one batch's) shows that training diverged, else None. Costs nothing:
        call it after every step."""
        loss = float(loss)
        if not math.isfinite(loss):
            return Divergence("nan", int(step), loss)
        if self.start is None:
            self.start = loss
            return None
        reference = max(abs(self.start), self.min_start)
        if loss > self.loss_factor * reference:
            return Divergence("loss", int(step), loss, start=self.start, factor=self.loss_factor)
        return None

    def check_weights(self, weights, step: int = 0, loss: float = math.nan) -> Divergence | None:
        """A Divergence if any weight is beyond ``weight_bound`` (or not finite). ``weights``: a Sequential
        or arrays. One pass over all weights: call it every few dozen steps (WEIGHT_CHECK_EVERY)."""
        if not math.isfinite(self.weight_bound):
            return None
        if hasattr(weights, "flat_parameters"):
            arrays = [weights.flat_parameters] if weights.built else []
        else:
            arrays = list(weights)
        worst = 0.0
        with np.errstate(invalid="ignore"):
            for a in arrays:
                a = np.asarray(a)
                if a.size == 0:
                    continue
                # max and min without a temporary |a| (two passes over memory, no allocation)
                hi, lo = float(a.max()), float(a.min())
                if math.isnan(hi) or math.isnan(lo):
                    return Divergence("weights", int(step), float(loss), weight=math.nan)
                worst = max(worst, hi, -lo)
        if worst > self.weight_bound:
            return Divergence("weights", int(step), float(loss), weight=worst)
        return None
