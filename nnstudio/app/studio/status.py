"""The studio's readouts in the status bar: epoch, progress through it, steps, speed, loss and accuracy."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar

# s: while training runs, the readouts change at most this often (five times a second is as fast as anyone
# reads them; each change re-lays out and repaints the status bar, which big batches pay for in training speed)
RUNNING_INTERVAL = 0.2


class TrainingStatus(QObject):
    """Labels that show the newest readout (a snapshot's, or the session's right after an edit): at most every
    RUNNING_INTERVAL while training runs, at once when it stops."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.epoch_label = QLabel()
        self.epoch_label.setToolTip(self.tr("Completed passes over the whole training set."))
        self.step_label = QLabel()
        self.step_label.setToolTip(self.tr("Optimizer steps taken: one per batch."))
        self.rate_label = QLabel()
        self.rate_label.setToolTip(self.tr("Training speed in samples per second, averaged over the last "
                                           "seconds."))
        self.loss_label = QLabel()
        self.loss_label.setToolTip(self.tr("Training loss of the last batch."))
        self.accuracy_label = QLabel()
        self.accuracy_label.setToolTip(self.tr("Accuracy on the training set over the last epoch "
                                               "(and on the test set)."))
        self.epoch_bar = QProgressBar()
        self.epoch_bar.setRange(0, 100)
        self.epoch_bar.setFormat("%p %")          # a labelled bar, never an empty box
        self.epoch_bar.setMaximumWidth(160)
        self.epoch_bar.setToolTip(self.tr("Progress through the current epoch."))
        self.widgets = (self.epoch_label, self.epoch_bar, self.step_label, self.rate_label, self.loss_label,
                        self.accuracy_label)
        self._pending = None             # the newest snapshot, not shown yet
        self._shown_at = float("-inf")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._show(self._pending))
        self.show(None)

    def set_epoch_bar_wanted(self, wanted: bool) -> None:
        """The epoch progress bar only where an epoch has several batches: with one (XOR's 4 points) it
        would always read empty, since each step completes an epoch."""
        self.epoch_bar.setVisible(wanted)

    def show(self, s) -> None:
        """Show the Readout ``s`` (None: nothing trained yet): at once when training is not running, else within
        RUNNING_INTERVAL."""
        if s is not None and s.running:
            self._pending = s
            wait = self._shown_at + RUNNING_INTERVAL - time.perf_counter()
            if wait <= 0:
                self._show(s)
            elif not self._timer.isActive():
                self._timer.start(int(1000 * wait) + 1)
            return
        self._timer.stop()
        self._show(s)
        self._shown_at = float("-inf")   # the first readout of the next run shows at once

    def _show(self, s) -> None:
        # (a readout shown at once, its turn come while the GUI was busy, takes the pending one's place: the timer
        # that waited for that one must not fire and show nothing)
        self._timer.stop()
        self._shown_at = time.perf_counter()
        self._pending = None
        loc = QLocale()
        if s is None:
            self.epoch_label.setText(self.tr("Epoch 0"))
            self.step_label.setText(self.tr("Step 0"))
            self.rate_label.setText(self.tr("– samples/s"))
            self.loss_label.setText(self.tr("Loss –"))
            self.accuracy_label.setText("")
            self.epoch_bar.setValue(0)
            return
        self.epoch_label.setText(self.tr("Epoch {0}").format(loc.toString(s.epoch)))
        self.step_label.setText(self.tr("Step {0}").format(loc.toString(s.step)))
        self.rate_label.setText(self.tr("{0} samples/s").format(loc.toString(float(s.samples_per_second), "f", 0)))
        if s.hand_set_score is not None:   # weights typed or loaded by hand: their own score, not the last batch's
            loss, acc = s.hand_set_score
            self.loss_label.setText(self.tr("Loss {0}").format(f"{loss:.4g}"))
            self.accuracy_label.setText("" if acc is None else self.tr("Accuracy {0} % (these weights)").format(
                f"{100 * acc:.1f}"))
        else:
            self.loss_label.setText(self.tr("Loss {0}").format("–" if s.loss is None else f"{s.loss:.4g}"))
            acc, val = s.accuracy, s.val_accuracy
            if np.isfinite(acc) and np.isfinite(val):
                text = self.tr("Accuracy {0} % (test {1} %)").format(f"{100 * acc:.1f}", f"{100 * val:.1f}")
            elif np.isfinite(acc):
                text = self.tr("Accuracy {0} %").format(f"{100 * acc:.1f}")
            else:
                text = ""
            self.accuracy_label.setText(text)
        value = int(100 * s.epoch_progress)
        if value != self.epoch_bar.value():      # a repaint of the bar costs about a millisecond
            self.epoch_bar.setValue(value)
