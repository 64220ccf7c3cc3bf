"""Training records and callbacks.

``Sequential.fit_iter`` yields a :class:`BatchRecord` after every optimizer step and an :class:`EpochRecord`
after every epoch: frozen dataclasses of plain numbers, safe to hand to another thread. ``fit`` feeds the
same records to callbacks (Keras' names: ``on_batch_end``, ``on_epoch_end``). A callback stops training by
setting ``self.model.stop_training = True``.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

from nnstudio.engine.divergence import (LOSS_FACTOR, WEIGHT_BOUND, WEIGHT_CHECK_EVERY, Divergence,
                                        DivergenceDetector)
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError


@dataclass(frozen=True)
class BatchRecord:
    epoch: int                # 0-based
    batch: int                # 0-based index of the batch within the epoch
    batches: int              # batches per epoch
    step: int                 # optimizer steps done in total (1-based: the first step is 1)
    loss: float               # this batch's training loss (incl. regularization), before the step
    accuracy: float | None    # this batch's accuracy, None without the "accuracy" metric
    batch_size: int           # samples in this batch (the last batch of an epoch may be smaller)


@dataclass(frozen=True)
class EpochRecord:
    epoch: int                # 0-based
    loss: float               # mean training loss over the epoch's batches (weighted by batch size)
    accuracy: float | None
    val_loss: float | None    # on validation_data after the epoch, None without it
    val_accuracy: float | None
    seconds: float            # wall time of the epoch's training steps (validation excluded)
    samples_per_second: float


def metrics_text(loss, accuracy=None, val_loss=None, val_accuracy=None) -> str:
    """"loss: 0.1234 - accuracy: 0.9500 - val_loss: ..." as Keras prints it; missing values are left out."""
    parts = [f"loss: {loss:.4f}"]
    for name, value in (("accuracy", accuracy), ("val_loss", val_loss), ("val_accuracy", val_accuracy)):
        if value is not None:
            parts.append(f"{name}: {value:.4f}")
    return " - ".join(parts)


def epoch_line(record: EpochRecord, epochs: int | None) -> str:
    """The line ``fit(verbose=1)`` and ``nnstudio train`` print after an epoch, Keras-style:
    "Epoch 2/5 - 1.3s - 45,210 samples/s - loss: 0.1234 - accuracy: 0.9500 - val_loss: ..."."""
    rate = f"{record.samples_per_second:,.0f} samples/s" if record.samples_per_second != float("inf") else ""
    head = [f"Epoch {record.epoch + 1}/{epochs if epochs is not None else '∞'}", f"{record.seconds:.1f}s"]
    return " - ".join([*head, *([rate] if rate else []),
                       metrics_text(record.loss, record.accuracy, record.val_loss, record.val_accuracy)])


class Callback:
    """Base class: override what you need. ``self.model`` is set by ``fit`` before ``on_train_begin``."""

    model = None

    def set_model(self, model) -> None:
        self.model = model

    def on_train_begin(self) -> None:
        pass

    def on_train_end(self) -> None:
        pass

    def on_epoch_begin(self, epoch: int) -> None:
        pass

    def on_batch_end(self, record: BatchRecord) -> None:
        pass

    def on_epoch_end(self, record: EpochRecord) -> None:
        pass


class History(Callback):
    """Per-epoch values as lists, Keras-like: ``history.history["loss"]``, ``["val_accuracy"]``, ...

    ``history.epoch`` lists the 0-based epoch numbers; ``history.batch_loss`` every step's loss; ``divergence`` why
    TerminateOnDivergence stopped training (None if it did not).
    """

    def __init__(self) -> None:
        self.history: dict[str, list[float]] = {}
        self.epoch: list[int] = []
        self.batch_loss: list[float] = []
        self.divergence = None   # why training was stopped as diverged (a Divergence), or None

    def on_train_begin(self) -> None:
        self.history = {}
        self.epoch = []
        self.batch_loss = []
        self.divergence = None

    def on_batch_end(self, record: BatchRecord) -> None:
        self.batch_loss.append(record.loss)

    def on_epoch_end(self, record: EpochRecord) -> None:
        self.epoch.append(record.epoch)
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            value = getattr(record, key)
            if value is not None:
                self.history.setdefault(key, []).append(value)


class LambdaCallback(Callback):
    """A callback from plain functions: ``LambdaCallback(on_batch_end=lambda record: ...)``."""

    def __init__(self, on_batch_end=None, on_epoch_end=None, on_train_begin=None, on_train_end=None,
                 on_epoch_begin=None) -> None:
        if on_batch_end is not None:
            self.on_batch_end = on_batch_end
        if on_epoch_end is not None:
            self.on_epoch_end = on_epoch_end
        if on_train_begin is not None:
            self.on_train_begin = on_train_begin
        if on_train_end is not None:
            self.on_train_end = on_train_end
        if on_epoch_begin is not None:
            self.on_epoch_begin = on_epoch_begin


class EarlyStopping(Callback):
    """Stop when ``monitor`` (an EpochRecord field, default "val_loss") has not improved for ``patience`` epochs."""

    def __init__(self, monitor: str = "val_loss", patience: int = 0, min_delta: float = 0.0) -> None:
        if monitor not in ("loss", "accuracy", "val_loss", "val_accuracy"):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "EarlyStopping cannot monitor {value}; choose loss, "
                                                                "accuracy, val_loss or val_accuracy."),
                                    value=repr(monitor))
        if patience < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "patience must be >= 0 (got {value})."), value=patience)
        self.monitor = monitor
        self.patience = patience
        self.min_delta = abs(min_delta)
        self._higher_is_better = monitor.endswith("accuracy")
        self.best = None
        self.wait = 0
        self.stopped_epoch = None

    def on_train_begin(self) -> None:
        self.best = None
        self.wait = 0
        self.stopped_epoch = None

    def on_epoch_end(self, record: EpochRecord) -> None:
        value = getattr(record, self.monitor)
        if value is None:
            return
        if self.best is None:
            improved = True
        elif self._higher_is_better:
            improved = value > self.best + self.min_delta
        else:
            improved = value < self.best - self.min_delta
        if improved:
            self.best = value
            self.wait = 0
        else:
            self.wait += 1
            if self.wait >= self.patience:  # as Keras: patience=2 stops after 2 epochs without improvement
                self.stopped_epoch = record.epoch
                self.model.stop_training = True


class TrainingDivergedWarning(UserWarning):
    """Issued by TerminateOnDivergence when it stops training (the text says why and what to do)."""


class TerminateOnDivergence(Callback):
    """Stop training when it diverges and say why, like Keras' ``TerminateOnNaN`` but also for a finite loss
    far above its start or weights beyond a bound (see :class:`~nnstudio.engine.divergence.DivergenceDetector`).

    ``fit`` adds one by default (``fit(..., terminate_on_divergence=False)`` leaves it out). When it stops
    training it warns (``TrainingDivergedWarning``) and keeps the reason in ``self.divergence`` (also
    ``model.history.divergence``); the epoch in progress still ends with its EpochRecord.
    """

    def __init__(self, loss_factor: float = LOSS_FACTOR, weight_bound: float = WEIGHT_BOUND,
                 weight_check_every: int = WEIGHT_CHECK_EVERY, warn: bool = True) -> None:
        self.detector = DivergenceDetector(loss_factor=loss_factor, weight_bound=weight_bound)
        if isinstance(weight_check_every, bool) or not isinstance(weight_check_every, int) \
                or weight_check_every < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "weight_check_every must be a whole number >= 1 (got "
                                                                "{value})."), value=repr(weight_check_every))
        self.weight_check_every = weight_check_every
        self.warn = warn
        self.divergence: Divergence | None = None

    def on_train_begin(self) -> None:
        self.detector.reset()
        self.divergence = None

    def on_batch_end(self, record: BatchRecord) -> None:
        if self.divergence is not None:
            return
        found = self.detector.check_loss(record.loss, record.step)
        if found is None and (record.step % self.weight_check_every == 0 or record.batch + 1 == record.batches):
            found = self.detector.check_weights(self.model, record.step, record.loss)
        if found is not None:
            self._stop(found)

    def _stop(self, found: Divergence) -> None:
        self.divergence = found
        self.model.stop_training = True
        if self.warn:
            lr = getattr(getattr(self.model, "optimizer", None), "lr", None)
            warnings.warn(str(found.message(lr)), TrainingDivergedWarning, stacklevel=4)
