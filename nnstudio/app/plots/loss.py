"""Loss (and accuracy) over training: every step's batch loss, the epoch averages and the test loss."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter

from nnstudio.app.plots.base import DecadeAxis, PlotView, add_legend, style_plot, white_canvas

TRAIN = (31, 119, 180)
TEST = (214, 39, 40)
SYMBOLS_UP_TO = 60      # epoch markers while there are few epochs (XOR runs thousands: lines only)


def _array(a) -> np.ndarray:
    return np.asarray(a if a is not None else (), dtype=np.float64).reshape(-1)


def _finite(x: np.ndarray, y) -> tuple[np.ndarray, np.ndarray]:
    """Values to plot against ``x``: a diverged loss (inf) or a missing value (NaN) is a gap in the curve, and
    a curve with no finite value at all is empty (pyqtgraph cannot bound an all-NaN scatter)."""
    y = _array(y)
    finite = np.isfinite(y)
    if not finite.any():
        return x[:0], y[:0]
    return x, np.where(finite, y, np.nan)


class LossPlot(PlotView):
    """Training loss per step (faint) and per epoch, test loss per epoch, accuracy for classification.

    The x axis counts epochs; a step is drawn at its fractional epoch (step / steps per epoch).
    """

    export_name = "loss"
    preferred_size = (440, 360)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._classification = False
        self._steps_per_epoch = 1.0
        self._symbols = False

        self.log_check = QCheckBox(self.tr("Log scale"), self)
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis: late, small improvements "
                                          "stay visible."))
        self.log_check.toggled.connect(self.set_log_y)
        self._add_control(self.log_check)

        self.loss_widget = pg.PlotWidget(axisItems={"left": DecadeAxis("left")})
        self.acc_widget = pg.PlotWidget()
        for w in (self.loss_widget, self.acc_widget):
            white_canvas(w)
        self.loss_plot = self.loss_widget.getPlotItem()
        self.acc_plot = self.acc_widget.getPlotItem()
        for plot in (self.loss_plot, self.acc_plot):
            style_plot(plot)
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
            plot.setLabel("bottom", self.tr("epoch"))
            self._add_menu_actions(plot)
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0.0, 1.0, padding=0.02)
        self.acc_plot.enableAutoRange(axis="y", enable=False)

        add_legend(self.loss_plot, offset=(-10, 10))
        add_legend(self.acc_plot, offset=(-10, -10))
        self.step_curve = self.loss_plot.plot(
            pen=pg.mkPen(TRAIN + (110,), width=1), name=self.tr("train loss (each step)"), connect="finite")
        self.epoch_curve = self.loss_plot.plot(
            pen=pg.mkPen(TRAIN, width=2), name=self.tr("train loss (epoch mean)"), connect="finite")
        self.test_curve = self.loss_plot.plot(
            pen=pg.mkPen(TEST, width=2), name=self.tr("test loss"), connect="finite")
        self.train_acc_curve = self.acc_plot.plot(
            pen=pg.mkPen(TRAIN, width=2), name=self.tr("train accuracy"), connect="finite")
        self.test_acc_curve = self.acc_plot.plot(
            pen=pg.mkPen(TEST, width=2), name=self.tr("test accuracy"), connect="finite")
        self._epoch_curves = (self.epoch_curve, self.test_curve, self.train_acc_curve, self.test_acc_curve)

        self.loss_plot.setToolTip(self.tr(
            "Loss over training: the faint line is every batch, the thick lines the epoch means on the "
            "training and test data; a test loss that rises while the training loss falls means overfitting."))
        self.acc_plot.setToolTip(self.tr(
            "Accuracy: the fraction of points put in the right class, on the training and the test data."))

        splitter = self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.loss_widget)
        splitter.addWidget(self.acc_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.acc_widget.setVisible(False)
        self._set_canvas(splitter)

    # -- settings -------------------------------------------------------------------------------------
    def set_classification(self, on: bool) -> None:
        """Show the accuracy plot (classification problems) or hide it (regression)."""
        was = self._classification
        self._classification = bool(on)
        self.acc_widget.setVisible(self._classification)
        if self._classification and not was:
            # a splitter gives a newly shown pane only its minimum height: share the space 3:2 again
            total = sum(self._splitter.sizes())
            if total > 0:
                self._splitter.setSizes([total * 3 // 5, total - total * 3 // 5])
            # the x link only follows changes: catch up with what happened while the pane was hidden
            self.acc_plot.setXRange(*self.loss_plot.viewRange()[0], padding=0.0)
            self.loss_plot.enableAutoRange(axis="x")  # setXRange, through the link, had switched it off

    def is_classification(self) -> bool:
        return self._classification

    def set_log_y(self, on: bool) -> None:
        """Logarithmic (True) or linear loss axis; the checkbox follows."""
        on = bool(on)
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)   # re-enters through toggled
            return
        self.loss_plot.setLogMode(y=on)

    def log_y(self) -> bool:
        return self.log_check.isChecked()

    # -- drawing --------------------------------------------------------------------------------------
    def _draw(self, s) -> None:
        steps = _array(s.steps)
        done = float(s.epoch) + float(s.epoch_progress)
        if s.step > 0 and done > 0:
            self._steps_per_epoch = s.step / done
        self.step_curve.setData(*_finite(steps / self._steps_per_epoch, s.step_loss))
        epochs = _array(s.epochs)
        symbols = 0 < epochs.size <= SYMBOLS_UP_TO
        if symbols != self._symbols:
            self._symbols = symbols
            for curve in self._epoch_curves:
                pen = curve.opts["pen"]
                if symbols:
                    curve.setSymbol("o")
                    curve.setSymbolSize(5)
                    curve.setSymbolBrush(pen.color())
                    curve.setSymbolPen(pen.color())
                else:
                    curve.setSymbol(None)
        self.epoch_curve.setData(*_finite(epochs, s.epoch_loss))
        self.test_curve.setData(*_finite(epochs, s.val_loss))
        if self._classification:
            self.train_acc_curve.setData(*_finite(epochs, s.epoch_accuracy))
            self.test_acc_curve.setData(*_finite(epochs, s.val_accuracy))
        else:
            self.train_acc_curve.setData([], [])
            self.test_acc_curve.setData([], [])

    def _clear(self) -> None:
        for curve in (self.step_curve,) + self._epoch_curves:
            curve.setData([], [])
        self._steps_per_epoch = 1.0
        self.loss_plot.enableAutoRange()  # a new run starts at epoch 0, whatever the user zoomed to before

    def csv_rows(self):
        header = ["series", "step", "epoch", "value"]
        rows = []
        s = self._snapshot
        if s is None:
            return header, rows
        steps = _array(s.steps)
        for step, x, y in zip(steps, steps / self._steps_per_epoch, _array(s.step_loss)):
            rows.append(["batch_loss", int(step), x, y])
        epochs = _array(s.epochs)
        series = [("epoch_loss", s.epoch_loss), ("test_loss", s.val_loss)]
        if self._classification:
            series += [("train_accuracy", s.epoch_accuracy), ("test_accuracy", s.val_accuracy)]
        for name, values in series:
            for e, y in zip(epochs, _array(values)):
                rows.append([name, None, int(e), y])
        return header, rows
