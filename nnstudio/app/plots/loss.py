"""Loss (and accuracy) over training: every step's batch loss, the epoch averages and the test loss."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QSplitter

from nnstudio.app.plots.base import ACCURACY_PADDING, PlotView, legend_item, show_empty_range, white_canvas

TRAIN = (31, 119, 180)
TEST = (214, 39, 40)
LEGEND_SAMPLE_PX = 45    # a legend entry's line sample and spacing, beside its text
SIDE_BY_SIDE_ASPECT = 2.0   # loss and accuracy side by side when the plots' area is this much wider than high
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

        self._add_loss_and_accuracy_plots(self.tr("loss"), self.tr("accuracy"))
        for plot in (self.loss_plot, self.acc_plot):
            plot.setLabel("bottom", self.tr("epoch"))

        self.step_curve = self.loss_plot.plot(pen=pg.mkPen(TRAIN + (110,), width=1), connect="finite")
        self.epoch_curve = self.loss_plot.plot(pen=pg.mkPen(TRAIN, width=2), connect="finite")
        self.test_curve = self.loss_plot.plot(pen=pg.mkPen(TEST, width=2), connect="finite")
        self.train_acc_curve = self.acc_plot.plot(pen=pg.mkPen(TRAIN, width=2), connect="finite")
        self.test_acc_curve = self.acc_plot.plot(pen=pg.mkPen(TEST, width=2), connect="finite")
        # one legend for both plots (accuracy uses the loss' colours) in a strip above them, where it covers no
        # curve; its entries sit side by side while the strip is wide enough
        self.legend = legend_item()
        self.legend.addItem(self.step_curve, self.tr("train, each step"))
        self.legend.addItem(self.epoch_curve, self.tr("train, epoch mean"))
        self.legend.addItem(self.test_curve, self.tr("test"))
        self.legend_view = pg.GraphicsLayoutWidget()
        white_canvas(self.legend_view)
        self.legend_view.ci.setContentsMargins(0, 0, 0, 0)
        self.legend_view.ci.addItem(self.legend, row=0, col=0)
        self.legend_view.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignCenter)
        self._legend_columns = 0
        self._epoch_curves = (self.epoch_curve, self.test_curve, self.train_acc_curve, self.test_acc_curve)

        self.loss_plot.setToolTip(self.tr(
            "Loss over training: the faint line is every batch, the thick lines the epoch means on the "
            "training and test data; a test loss that rises while the training loss falls means overfitting."))
        self.acc_plot.setToolTip(self.tr(
            "Accuracy: the fraction of points put in the right class, on the training and the test data."))

        # stacked (a shared epoch axis) in a tall dock, side by side in a wide and short one, so that both
        # plots keep room for their curves and axis labels
        splitter = self._splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.loss_widget)
        splitter.addWidget(self.acc_widget)
        splitter.setChildrenCollapsible(False)
        self.acc_widget.setVisible(False)
        canvas = self._set_legend_canvas(self.legend_view, splitter)
        palette = canvas.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        canvas.setPalette(palette)
        canvas.setAutoFillBackground(True)
        self._arrange()

    # -- settings -------------------------------------------------------------------------------------
    def set_classification(self, on: bool) -> None:
        """Show the accuracy plot (classification problems) or hide it (regression)."""
        was = self._classification
        self._classification = bool(on)
        self.acc_widget.setVisible(self._classification)
        self._arrange(force=True)
        if self._classification and not was:
            # the x link only follows changes: catch up with what happened while the pane was hidden
            self.acc_plot.setXRange(*self.loss_plot.viewRange()[0], padding=0.0)
            self.loss_plot.enableAutoRange(axis="x")  # setXRange, through the link, had switched it off

    def is_classification(self) -> bool:
        return self._classification

    def side_by_side(self) -> bool:
        """True while loss and accuracy are shown side by side (a wide, short dock), False when stacked."""
        return self._splitter.orientation() == Qt.Orientation.Horizontal

    def _arrange(self, force: bool = False) -> None:
        """Lay out the legend and the two plots for the current size (after a resize or a change of problem)."""
        width, height = self._splitter.width(), self._splitter.height()
        horizontal = self.side_by_side()
        # hysteresis: a dock resized around the threshold does not flip back and forth
        if self._classification and width > SIDE_BY_SIDE_ASPECT * 1.15 * height:
            horizontal = True
        elif not self._classification or width < SIDE_BY_SIDE_ASPECT / 1.15 * height:
            horizontal = False
        if force or horizontal != self.side_by_side():
            self._splitter.setOrientation(Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical)
            self._share_epoch_axis(self._classification and not horizontal)
            total = width if horizontal else height
            if total > 0 and self._classification:
                first = total // 2 if horizontal else total * 3 // 5   # stacked: the loss gets 3/5
                self._splitter.setSizes([first, total - first])
        self._arrange_legend()

    def _share_epoch_axis(self, shared: bool) -> None:
        """Stacked, the loss plot leaves the epoch numbers and label to the accuracy plot below (their x axes
        are linked): the height goes to the curves. Each plot keeps room for its vertical axis label."""
        bottom = self.loss_plot.getAxis("bottom")
        bottom.setStyle(showValues=not shared)
        bottom.showLabel(not shared)
        for plot, widget in ((self.loss_plot, self.loss_widget), (self.acc_plot, self.acc_widget)):
            label = plot.getAxis("left").label.boundingRect().width()       # drawn turned by 90°
            axis = plot.getAxis("bottom")
            below = axis.height() if axis.style["showValues"] or axis.label.isVisible() else 0
            widget.setMinimumHeight(int(label + below + 16))

    def _arrange_legend(self) -> None:
        """Legend entries side by side when the strip is wide enough, else in as few rows as fit; the strip
        gets exactly the legend's height."""
        entries = [label.item.boundingRect().width() for _, label in self.legend.items]
        room = self.legend_view.width() - 10
        columns = 1
        for n in range(len(entries), 1, -1):
            widths = [max(entries[c::n]) + LEGEND_SAMPLE_PX for c in range(n)]
            if sum(widths) <= room:
                columns = n
                break
        if columns == self._legend_columns:
            return
        self._legend_columns = columns
        self.legend.setColumnCount(columns)
        self.legend_view.setFixedHeight(math.ceil(self.legend.layout.preferredHeight()) + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def set_log_y(self, on: bool) -> None:
        """Logarithmic (True) or linear loss axis; the checkbox follows."""
        on = bool(on)
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)   # re-enters through toggled
            return
        self.loss_plot.setLogMode(y=on)
        self.reset_view()      # a range zoomed on the other scale means nothing on this one

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
        # a new run starts at epoch 0, whatever the user zoomed to before; the first points set the range
        show_empty_range(self.loss_plot, x=(0.0, 1.0), y=(-2.0, 0.0) if self.log_y() else (0.0, 1.0))

    def reset_view(self) -> None:
        self.loss_plot.enableAutoRange()
        self.acc_plot.setYRange(0.0, 1.0, padding=ACCURACY_PADDING)

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
