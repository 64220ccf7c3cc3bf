"""The race's live plots: every contestant in its own colour, fed by the race's snapshots (RaceSnapshot).

- ``RaceLossPlot``: training (epoch mean) and test loss and accuracy of every contestant, over steps or over
  each contestant's own compute seconds, linear or log; a cross where a contestant diverged, a line at the target;
- ``StepSizePlot``: each contestant's effective step size ‖update‖ / ‖gradient‖ per layer over time;
- ``BoundaryGrid``: small multiples of every contestant's decision boundary (2-D data), live;
- ``SeedBandPlot``: many seeds — each contestant's median loss and the band between the quartiles;
- ``StepsToTargetPlot``: many seeds — how many steps each seed needed to reach the target (strip and box).

Items are created once per contestant and fed with setData; each view draws only the newest snapshot.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QCheckBox, QComboBox, QSplitter

from nnstudio.app.colors import binary_lut, blend_classes, class_color
from nnstudio.app.plots.base import (ACCURACY_PADDING, AXIS_COLOR, PlotView, legend_item, min_decades,
                                     readable_axes, set_title, show_empty_range, style_plot, white_canvas)
from nnstudio.app.plots.contour import contour_segments
from nnstudio.app.race.palette import contestant_color

SIDE_BY_SIDE_ASPECT = 2.0   # loss and accuracy side by side when their area is this much wider than high
LAYER_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
                Qt.PenStyle.DashDotDotLine)
TARGET_PEN = pg.mkPen((90, 90, 90), width=1, style=Qt.PenStyle.DashLine)
NEVER_RANGE = 1.12        # the steps-to-target plot reaches this many race lengths: the "not reached" column
PLOT_MIN_PX = 70          # the loss plot's own area (inside its axes) never gets lower than this


def _finite(values) -> np.ndarray:
    """Values to plot: NaN (a gap) where a value is missing or infinite (a diverged step)."""
    v = np.asarray(values, dtype=np.float64)
    return np.where(np.isfinite(v), v, np.nan)


def _positive(values) -> np.ndarray:
    """Values for a log axis: NaN where not > 0."""
    v = _finite(values)
    with np.errstate(invalid="ignore"):
        return np.where(v > 0, v, np.nan)


def paint_now(widget) -> None:
    """Paint ``widget`` in this event-loop turn. Qt would otherwise paint every changed view of the window in one
    later turn, together: the views the dispatcher draws one per turn would still freeze the GUI as one block.

    The plots' pending auto-ranges are applied first (twice: linked views follow): applied while painting, as
    pyqtgraph does, the curves clipped to the old range would stay clipped (updates asked for during a paint are
    dropped)."""
    if not widget.isVisible():
        return
    views = widget.findChildren(pg.GraphicsView) + ([widget] if isinstance(widget, pg.GraphicsView) else [])
    for _ in range(2):
        for view in views:
            view.scene().prepareForPaint()
    widget.repaint()


def place_target(line, target, log: bool) -> None:
    """Show the dashed target-loss line at ``target`` (on a log10 axis if ``log``), or hide it (None)."""
    line.setVisible(target is not None)
    if target is not None:
        line.setPos(math.log10(target) if log else target)


def _identity(items) -> tuple:
    """What decides a legend: every contestant's key, name, colour and visibility."""
    return tuple((c.key, c.name, c.color, c.visible) for c in items)


LEGEND_SAMPLE_PX = 20     # an entry's line sample (pyqtgraph's ItemSample)
LEGEND_GAP_PX = (4, 10)   # between a sample and its name, between a name and the next sample
LEGEND_LABEL_PAD_PX = 8   # around a name (its QGraphicsTextItem's document margins)
LEGEND_ROW_PX = 21
STEP_SIZE_MIN_PX = 150    # the step-size view's least height with a legend of one row (its plot then fits its label)
STEP_SIZE_PLOT_MIN_PX = STEP_SIZE_MIN_PX - LEGEND_ROW_PX - 4     # ... and without its legend


class LegendStrip(pg.GraphicsLayoutWidget):
    """A legend in a strip above a plot, never over its curves: one entry per shown contestant (a short line in
    its colour) and any ``extra`` entries, in as many columns as the strip's width takes, as high as its rows."""

    rowsChanged = Signal(int)      # the legend now takes this many rows

    def __init__(self, parent=None):
        super().__init__(parent)
        white_canvas(self)
        self.legend = legend_item()
        self.legend.layout.setHorizontalSpacing(LEGEND_GAP_PX[0])
        self.ci.setContentsMargins(0, 0, 0, 0)
        self.ci.addItem(self.legend, row=0, col=0)
        self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignCenter)
        self._entries: list = []
        self._key = None
        self.setFixedHeight(LEGEND_ROW_PX + 4)

    def show_entries(self, contestants, extra=()) -> None:
        key = (_identity(contestants), tuple(text for _, text in extra))
        if key == self._key:
            return
        self._key = key
        self._entries = [(pg.PlotDataItem(pen=pg.mkPen(contestant_color(c.color), width=3)), c.name)
                         for c in contestants if c.visible] + list(extra)
        self._lay_out()

    def _width(self) -> int:
        """The strip's width, or while it is hidden (a short step-size plot) the width it would get: its canvas's
        (a hidden strip keeps the width it last had, or none: it counted one name a row)."""
        parent = self.parentWidget()
        return parent.width() if self.isHidden() and parent is not None else self.width()

    def follow_width(self) -> None:
        """Lay the entries out again if the strip would take other columns now (its canvas changed its width
        while the strip was hidden)."""
        if self._entries and self._columns() != self.legend.columnCount:
            self._lay_out()

    def _columns(self) -> int:
        """The most columns whose entries fit the strip's width side by side (each column as wide as its widest
        entry), so that six contestants take one row where their names are short enough."""
        font = QFont(self.font())
        font.setPointSizeF(8)                           # (the legend's labelTextSize)
        metrics = QFontMetricsF(font)
        widths = [LEGEND_SAMPLE_PX + sum(LEGEND_GAP_PX) + LEGEND_LABEL_PAD_PX + metrics.horizontalAdvance(text)
                  for _, text in self._entries]
        for columns in range(len(widths), 1, -1):
            # (the legend's margins: 4 px each side; no gap after the last column)
            if sum(max(widths[c::columns]) for c in range(columns)) - LEGEND_GAP_PX[1] <= self._width() - 8:
                return columns
        return 1

    def _lay_out(self) -> None:
        n = max(len(self._entries), 1)
        columns = self._columns()
        self.legend.clear()
        self.legend.setColumnCount(columns)
        for item, text in self._entries:
            self.legend.addItem(item, text)
        for c in range(columns):
            self.legend.layout.setColumnSpacing(2 * c + 1, LEGEND_GAP_PX[1])
        self.settle()
        rows = math.ceil(n / columns)
        if self.height() != LEGEND_ROW_PX * rows + 4:
            self.setFixedHeight(LEGEND_ROW_PX * rows + 4)
            self.rowsChanged.emit(rows)

    def settle(self) -> None:
        """Lay the legend out in the strip now, centred, from its entries' sizes: pyqtgraph kept the size its
        entries had before (four columns' 355 px kept for three in a strip of 318: the last name was cut; three
        rows 83 px high in a strip of 67), and would centre it only at the event loop's next turn (too late for a
        picture taken at once)."""
        self.ci.layout.invalidate()
        self.ci.setGeometry(self.range)
        self.ci.layout.activate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event is not None and event.oldSize().width() != event.size().width():   # (pyqtgraph sends None)
            self._lay_out()


class RaceLossPlot(PlotView):
    """Loss (and accuracy) of every contestant: the training loss as its epoch mean (solid), the test loss
    (dashed), over race steps or over each contestant's own compute seconds."""

    export_name = "race_loss"
    preferred_size = (520, 420)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._classification = True
        self._log = False
        self._seconds = False
        self._items: dict[str, dict] = {}
        self._target = None

        self.log_check = QCheckBox(self.tr("Log scale"), self)
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis: late, small improvements and "
                                          "the differences between fast contestants stay visible."))
        self.log_check.toggled.connect(self.set_log_y)
        self._add_control(self.log_check)
        self.axis_combo = QComboBox(self)
        self.axis_combo.addItem(self.tr("x: steps"), "steps")
        self.axis_combo.addItem(self.tr("x: seconds"), "seconds")
        self.axis_combo.setToolTip(self.tr("Plot against race steps (the same batches for everyone) or against "
                                           "each contestant's own compute seconds (what a step costs: Adam's "
                                           "steps take longer than SGD's)."))
        self.axis_combo.currentIndexChanged.connect(lambda _: self.set_x_axis(self.axis_combo.currentData()))
        self._add_control(self.axis_combo)

        self._add_loss_and_accuracy_plots(self.tr("loss"), self.tr("accuracy"))
        self.target_line = pg.InfiniteLine(angle=0, pen=TARGET_PEN, movable=False)
        self.target_line.setVisible(False)
        self.loss_plot.addItem(self.target_line, ignoreBounds=True)
        self.loss_plot.setToolTip(self.tr(
            "Loss of every contestant: solid lines are the training loss averaged over the last epoch's batches, "
            "dashed lines the test loss; a cross marks the step where a contestant diverged, the dashed grey line "
            "the target loss."))
        self.acc_plot.setToolTip(self.tr("Accuracy of every contestant: solid on the training batches (epoch "
                                         "mean), dashed on the test data."))
        self.legend_view = LegendStrip(self)
        self._train_sample = pg.PlotDataItem(pen=pg.mkPen((80, 80, 80), width=1))
        self._test_sample = pg.PlotDataItem(pen=pg.mkPen((80, 80, 80), width=1, style=Qt.PenStyle.DashLine))

        # stacked in a tall plot, side by side in a wide and short one (a 1280×720 screen)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.loss_widget)
        self.splitter.addWidget(self.acc_widget)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # a usable plot under its axis's numbers and title: in Korean on a 1280×720 screen the results' dock
        # left it 40 px; now the dock gives way (the table scrolls)
        self.splitter.setMinimumHeight(PLOT_MIN_PX + 3 * self.fontMetrics().height())
        self._set_legend_canvas(self.legend_view, self.splitter)
        self._label_x()
        self._clear()

    # -- settings ---------------------------------------------------------------------------------------
    def set_log_y(self, on: bool) -> None:
        self._log = bool(on)
        if self.log_check.isChecked() != self._log:
            self.log_check.setChecked(self._log)
        self.loss_plot.setLogMode(y=self._log)
        if self._log:
            min_decades(self.loss_plot, 1.0)
        else:
            self.loss_plot.getViewBox().setLimits(minYRange=None)
        place_target(self.target_line, self._target, self._log)
        self._redraw()
        self.reset_view()

    def set_x_axis(self, axis: str) -> None:
        """"steps" or "seconds"."""
        self._seconds = axis == "seconds"
        index = self.axis_combo.findData(axis)
        if index >= 0 and index != self.axis_combo.currentIndex():
            self.axis_combo.setCurrentIndex(index)
        self._label_x()
        self._redraw()
        self.reset_view()

    def x_axis(self) -> str:
        return "seconds" if self._seconds else "steps"

    def set_classification(self, on: bool) -> None:
        self._classification = bool(on)
        self.acc_widget.setVisible(self._classification)

    def side_by_side(self) -> bool:
        return self.splitter.orientation() == Qt.Orientation.Horizontal

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width, height = self.splitter.width(), self.splitter.height()
        if width > SIDE_BY_SIDE_ASPECT * 1.15 * height and not self.side_by_side():
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
        elif width < SIDE_BY_SIDE_ASPECT / 1.15 * height and self.side_by_side():
            self.splitter.setOrientation(Qt.Orientation.Vertical)

    def _label_x(self) -> None:
        text = self.tr("compute seconds (each contestant's own)") if self._seconds else self.tr("step")
        for plot in (self.loss_plot, self.acc_plot):
            plot.setLabel("bottom", text)

    # -- drawing ----------------------------------------------------------------------------------------
    def _items_for(self, c) -> dict:
        items = self._items.get(c.key)
        if items is None:
            items = {
                # (long, jagged polylines: antialiasing them cost most of the room's painting time)
                "train": self.loss_plot.plot(connect="finite", antialias=False),
                "test": self.loss_plot.plot(connect="finite", antialias=False),
                "cross": self.loss_plot.plot(pen=None, symbol="x", symbolSize=14),
                "acc": self.acc_plot.plot(connect="finite", antialias=False),
                "test_acc": self.acc_plot.plot(connect="finite", antialias=False),
            }
            self._items[c.key] = items
        if items.get("color") != c.color:
            rgb = contestant_color(c.color)
            # one-pixel lines: Qt paints wider ones three times slower, and six jagged curves made painting the
            # room's biggest cost
            items["train"].setPen(pg.mkPen(rgb, width=1))
            items["test"].setPen(pg.mkPen(rgb, width=1, style=Qt.PenStyle.DashLine))
            items["cross"].setSymbolPen(pg.mkPen(rgb, width=3))
            items["cross"].setSymbolBrush(pg.mkBrush(rgb))
            items["acc"].setPen(pg.mkPen(rgb, width=1))
            items["test_acc"].setPen(pg.mkPen(rgb, width=1, style=Qt.PenStyle.DashLine))
            items["color"] = c.color
        return items

    def _draw(self, s) -> None:
        if s.mode != "network":
            return
        self.set_classification(s.classification)
        self._target = s.target_loss
        place_target(self.target_line, self._target, self._log)
        keys = {c.key for c in s.contestants}
        for key in [k for k in self._items if k not in keys]:
            items = self._items.pop(key)
            for name in ("train", "test", "cross"):
                self.loss_plot.removeItem(items[name])
            for name in ("acc", "test_acc"):
                self.acc_plot.removeItem(items[name])
        values = _positive if self._log else _finite
        changed = False
        for c in s.contestants:
            items = self._items_for(c)
            for name in ("train", "test", "cross", "acc", "test_acc"):
                items[name].setVisible(c.visible)
            # the session renews the curves a few times a second: snapshots in between carry the same arrays
            if items.get("data") is c.steps and items.get("mode") == (self._log, self._seconds):
                continue
            changed = True
            items["data"], items["mode"] = c.steps, (self._log, self._seconds)
            x = c.seconds if self._seconds else c.steps
            vx = c.val_seconds if self._seconds else c.val_steps
            items["train"].setData(x, values(c.epoch_loss))
            items["test"].setData(vx, values(c.val_loss))
            items["acc"].setData(x, _finite(c.accuracy))
            items["test_acc"].setData(vx, _finite(c.val_accuracy))
            items["cross"].setData(*self._divergence_point(c, x, values))
        self.legend_view.show_entries(s.contestants, ((self._train_sample, self.tr("training")),
                                                      (self._test_sample, self.tr("test"))))
        if changed:
            paint_now(self._canvas)

    @staticmethod
    def _divergence_point(c, x, values):
        """The cross at the last finite training loss before the contestant diverged (empty if it did not)."""
        if c.diverged_at is None or not len(x):
            return [], []
        loss = values(c.epoch_loss)
        finite = np.flatnonzero(np.isfinite(loss))
        if not len(finite):
            return [], []
        i = finite[-1]
        return [float(x[min(i + 1, len(x) - 1)])], [float(loss[i])]

    def _clear(self) -> None:
        for items in self._items.values():
            for name in ("train", "test", "cross", "acc", "test_acc"):
                items[name].setData([], [])
            items["data"] = None
        show_empty_range(self.loss_plot, (0.0, 100.0), (-2.0, 0.0) if self._log else (0.0, 1.0))

    def reset_view(self) -> None:
        self.loss_plot.enableAutoRange()
        self.acc_plot.enableAutoRange(axis="x")
        self.acc_plot.setYRange(0.0, 1.0, padding=ACCURACY_PADDING)

    def csv_rows(self):
        header = ["contestant", "step", "seconds", "batch_loss", "train_loss", "train_accuracy", "test_loss",
                  "test_accuracy"]
        rows = []
        s = self._snapshot
        for c in (s.contestants if s is not None and s.mode == "network" else ()):
            by_step: dict[int, list] = {}
            for i in range(len(c.steps)):
                step = int(c.steps[i])
                by_step[step] = [c.name, step, c.seconds[i], c.loss[i], c.epoch_loss[i], c.accuracy[i], None, None]
            for i in range(len(c.val_steps)):
                step = int(c.val_steps[i])
                row = by_step.setdefault(step, [c.name, step, c.val_seconds[i], None, None, None, None, None])
                row[6], row[7] = c.val_loss[i], c.val_accuracy[i]
            rows += [by_step[k] for k in sorted(by_step)]
        return header, rows


class StepSizePlot(PlotView):
    """Per layer, each contestant's effective step size ‖update‖ / ‖gradient‖ over the race (log axis)."""

    export_name = "race_step_sizes"
    preferred_size = (520, 300)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._curves: dict[tuple[str, int], pg.PlotDataItem] = {}
        self._stamps: dict[tuple[str, int], tuple] = {}     # what each curve shows (its arrays, colour, style)
        self._layer = 0                 # -1: every layer
        self._layers: tuple[str, ...] = ()
        self.layer_combo = QComboBox(self)
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_combo.setToolTip(self.tr("Which layer's effective step size ‖update‖ / ‖gradient‖ to show; "
                                            "with every layer, the first is solid, the next dashed, dotted, …"))
        self.layer_combo.currentIndexChanged.connect(self._on_layer_chosen)
        self._add_control(self.layer_combo)
        self.widget = pg.PlotWidget(axisItems=readable_axes())
        white_canvas(self.widget)
        self.plot = self.widget.getPlotItem()
        style_plot(self.plot)
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setLogMode(y=True)
        min_decades(self.plot, 1.0)
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", self.tr("step size"))
        self.plot.setToolTip(self.tr(
            "Effective step size ‖update‖ / ‖gradient‖: how far each optimizer moves a layer's weights per "
            "unit of gradient. Plain SGD's line is its learning rate; momentum's grows while the gradients agree; "
            "Adagrad's falls as squared gradients add up; RMSprop's stays level because it forgets old gradients; "
            "Adam's follows RMSprop's."))
        self._add_menu_actions(self.plot)
        self.legend_view = LegendStrip(self)
        self._set_legend_canvas(self.legend_view, self.widget)
        # a legend of two rows (seven or eight contestants) takes its row from the table, not from the plot: the
        # plot kept 31 px in Korean, and its "step size" was cut
        # — where the room has that height to give (see RaceRoom._fit_step_legend): on a 1024×600 screen six or
        # more contestants' legend rows made the window taller than the screen; there the legend gives way (the
        # loss plot's legend right above it names the same colours) and the plot keeps its height
        self._legend_rows = 1
        self.setMinimumHeight(STEP_SIZE_MIN_PX)
        self.legend_view.rowsChanged.connect(self._keep_plot_height)
        self._clear()

    def legend_min_height(self) -> int:
        """The view's least height with its legend shown (the plot under it then fits its label)."""
        return STEP_SIZE_MIN_PX + (self._legend_rows - 1) * LEGEND_ROW_PX

    def _keep_plot_height(self, rows: int) -> None:
        self._legend_rows = rows      # (the room sets the least height: see RaceRoom._fit_step_legend)
        self._fit_legend()

    def _fit_legend(self) -> None:
        self.legend_view.setVisible(self.height() >= self.legend_min_height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.legend_view.follow_width()      # (hidden, it hears of no width of its own)
        self._fit_legend()

    def export_png(self, path) -> None:
        """The plot as shown, with its legend also where the screen had no room for it (a 1024×600 screen with
        six or more contestants): a saved picture has no loss plot above it to name the colours."""
        legend = self.legend_view
        if not legend.isHidden() or self._canvas is None:
            super().export_png(path)
            return
        size = self._canvas.size()
        legend.show()
        with self.canvas_resized(size.width(), size.height() + legend.height()):
            try:
                legend.settle()
                super().export_png(path)
            finally:
                legend.hide()

    def set_layer(self, layer: int) -> None:
        """Show layer ``layer`` (0-based), or every layer for -1."""
        index = self.layer_combo.findData(int(layer))
        if index >= 0:
            self.layer_combo.setCurrentIndex(index)
        self._layer = int(layer)
        self._redraw()

    def _on_layer_chosen(self, index: int) -> None:
        data = self.layer_combo.itemData(index)
        if data is not None and data != self._layer:
            self._layer = int(data)
            self._redraw()

    def _fill_layers(self, layers: tuple[str, ...]) -> None:
        self._layers = layers
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for i, activation in enumerate(layers):
            self.layer_combo.addItem(self.layer_name(i, activation), i)
        self.layer_combo.addItem(self.tr("every layer"), -1)
        self._layer = min(self._layer, len(layers) - 1)
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(self._layer))
        self.layer_combo.blockSignals(False)

    def _draw(self, s) -> None:
        if s.mode != "network":
            return
        if s.layers != self._layers:
            self._fill_layers(s.layers)
        wanted = set()
        changed = False
        for c in s.contestants:
            layers = range(c.step_sizes.shape[1]) if self._layer < 0 else [self._layer]
            rgb = contestant_color(c.color)
            for layer in layers:
                key = (c.key, layer)
                wanted.add(key)
                curve = self._curves.get(key)
                if curve is None:
                    curve = self._curves[key] = self.plot.plot(connect="finite", antialias=False)
                style = LAYER_STYLES[layer % len(LAYER_STYLES)] if self._layer < 0 else Qt.PenStyle.SolidLine
                curve.setVisible(c.visible)
                stamp = self._stamps.get(key)
                if stamp is not None and stamp[0] is c.step_sizes and stamp[1:] == (rgb, style):
                    continue                            # (the same arrays: nothing new to draw)
                self._stamps[key] = (c.step_sizes, rgb, style)
                curve.setPen(pg.mkPen(rgb, width=1, style=style))      # (one pixel: see RaceLossPlot)
                sizes = c.step_sizes[:, layer] if layer < c.step_sizes.shape[1] else np.zeros(0)
                curve.setData(c.steps[:len(sizes)], _positive(sizes))
                changed = True
        for key in [k for k in self._curves if k not in wanted]:
            self.plot.removeItem(self._curves.pop(key))
            self._stamps.pop(key, None)
        self.legend_view.show_entries(s.contestants)
        if changed:
            paint_now(self._canvas)

    def _clear(self) -> None:
        self._stamps.clear()
        for curve in self._curves.values():
            curve.setData([], [])
        show_empty_range(self.plot, (0.0, 100.0), (-3.0, 0.0))

    def reset_view(self) -> None:
        self.plot.enableAutoRange()

    def csv_rows(self):
        s = self._snapshot
        layers = len(s.layers) if s is not None else 0
        header = ["contestant", "step"] + [f"layer_{i + 1}" for i in range(layers)]
        rows = []
        for c in (s.contestants if s is not None and s.mode == "network" else ()):
            for i in range(len(c.steps)):
                rows.append([c.name, int(c.steps[i]), *(float(v) for v in c.step_sizes[i])])
        return header, rows


class BoundaryGrid(PlotView):
    """Small multiples: every shown contestant's decision boundary over the input plane, with the training
    points, side by side; zooming one zooms all."""

    export_name = "race_boundaries"
    preferred_size = (420, 420)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dataset = None
        self._cells: dict[str, dict] = {}
        self._layout_key = None
        self._lut = binary_lut()
        self.widget = pg.GraphicsLayoutWidget()
        white_canvas(self.widget)
        self.widget.setToolTip(self.tr(
            "Each contestant's decision boundary, live: the colour is its output over the plane (orange: class 0, "
            "blue: class 1), the dots are the training points. All started from the same boundary."))
        self._set_canvas(self.widget)

    def set_dataset(self, dataset) -> None:
        """The 2-D data whose points every cell shows (None or other data: nothing to show)."""
        self._dataset = dataset if dataset is not None and dataset.input_dim == 2 else None
        self._layout_key = None
        self._rebuild(())

    def _points(self):
        ds = self._dataset
        if ds.problem in ("binary", "multiclass"):
            labels = ds.labels("train")
        elif ds.problem == "multilabel":
            labels = np.argmax(ds.y_train, axis=1)
        else:
            y = np.asarray(ds.y_train, dtype=np.float64).reshape(-1)
            labels = (y >= np.median(y)).astype(np.int64)
        brushes = [pg.mkBrush(class_color(int(k))) for k in range(int(labels.max(initial=0)) + 1)]
        return ds.x_train[:, 0], ds.x_train[:, 1], [brushes[int(k)] for k in labels]

    def _columns(self, n: int) -> int:
        aspect = max(self.width(), 1) / max(self.height(), 1)
        return max(1, min(n, round(math.sqrt(n * aspect))))

    def _rebuild(self, shown) -> None:
        """One cell per shown contestant, laid out in a grid for the widget's shape."""
        self.widget.clear()
        self._cells = {}
        if self._dataset is None:
            return
        cols = self._columns(len(shown))
        x, y, brushes = self._points()
        first = None
        for i, c in enumerate(shown):
            plot = self.widget.addPlot(row=i // cols, col=i % cols)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.setMenuEnabled(False)
            plot.hideButtons()
            rgb = contestant_color(c.color)
            # the colour marks the cell (a square, the frame); the name is dark: orange and sky blue text read
            # at about 2.3 : 1 on white
            plot.setTitle(f"<span style='color: rgb{rgb}'>■</span> <span style='color: {AXIS_COLOR}; "
                          f"font-weight: 600'>{_escape(c.name)}</span>", size="9pt")
            image = pg.ImageItem(axisOrder="row-major")
            image.setZValue(-10)
            plot.addItem(image)
            contour = pg.PlotCurveItem(pen=pg.mkPen((30, 30, 30), width=1), connect="pairs")
            plot.addItem(contour)
            points = pg.ScatterPlotItem(x=x, y=y, size=5, brush=brushes, pen=pg.mkPen("w", width=0.5), pxMode=True)
            plot.addItem(points)
            frame = pg.mkPen(rgb, width=3)
            plot.getViewBox().setBorder(frame)
            if first is None:
                first = plot
            else:
                plot.setXLink(first)
                plot.setYLink(first)
            self._cells[c.key] = {"plot": plot, "image": image, "contour": contour}
        self.reset_view()

    def _draw(self, s) -> None:
        if s.mode != "network" or self._dataset is None:
            return
        shown = tuple(c for c in s.contestants if c.visible)
        layout_key = (_identity(shown), self._columns(len(shown)))
        if layout_key != self._layout_key:
            self._layout_key = layout_key
            self._rebuild(shown)
        # the session refreshes the boundaries a few times a second: unchanged cells are not painted again
        stale = [c for c in shown if c.key in self._cells and c.boundary is not None and s.extent is not None
                 and self._cells[c.key].get("shown") is not c.boundary]
        for c in stale:
            cell = self._cells[c.key]
            self._paint(cell, np.asarray(c.boundary), s.extent)
            cell["shown"] = c.boundary
        if stale:
            paint_now(self.widget)

    def _paint(self, cell, b, extent) -> None:
        image, contour = cell["image"], cell["contour"]
        if b.ndim == 3 and b.shape[2] == 1:
            b = b[:, :, 0]
        if b.ndim == 3:
            image.setLookupTable(None)
            image.setImage(blend_classes(b), autoLevels=False, levels=(0, 255))
            contour.setData([], [])
        else:
            regression = self._dataset.problem == "regression"
            if regression:
                finite = b[np.isfinite(b)]
                lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
                levels = (lo, hi if hi > lo else lo + 1.0)
            else:
                levels = (0.0, 1.0)
            image.setLookupTable(self._lut)
            image.setImage(np.nan_to_num(b, nan=0.5 * sum(levels)), autoLevels=False, levels=levels)
            if regression:
                contour.setData([], [])
            else:
                xs = np.linspace(extent[0], extent[1], b.shape[1])
                ys = np.linspace(extent[2], extent[3], b.shape[0])
                contour.setData(*contour_segments(b, 0.5, xs, ys))
        xmin, xmax, ymin, ymax = (float(v) for v in extent)
        dx, dy = (xmax - xmin) / max(b.shape[1] - 1, 1), (ymax - ymin) / max(b.shape[0] - 1, 1)
        image.setRect(QRectF(xmin - dx / 2, ymin - dy / 2, xmax - xmin + dx, ymax - ymin + dy))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._snapshot is not None:
            self._redraw()

    def cell_count(self) -> int:
        return len(self._cells)

    def _clear(self) -> None:
        for cell in self._cells.values():
            cell["image"].clear()
            cell["contour"].setData([], [])
            cell["shown"] = None

    def reset_view(self) -> None:
        if self._dataset is None or not self._cells:
            return
        xmin, xmax, ymin, ymax = self._dataset.extent
        next(iter(self._cells.values()))["plot"].getViewBox().setRange(
            QRectF(xmin, ymin, xmax - xmin, ymax - ymin), padding=0.0)

    def csv_rows(self):
        s = self._snapshot
        shown = [c for c in (s.contestants if s is not None and s.mode == "network" else ())
                 if c.boundary is not None]
        header = ["x1", "x2"] + [c.name for c in shown]
        if not shown or s.extent is None:
            return header, []
        b0 = np.asarray(shown[0].boundary)
        xs = np.linspace(s.extent[0], s.extent[1], b0.shape[1])
        ys = np.linspace(s.extent[2], s.extent[3], b0.shape[0])
        # one column per contestant: P(class 1) for one output, else the predicted class
        values = [np.asarray(c.boundary) if np.ndim(c.boundary) == 2 or np.shape(c.boundary)[2] == 1
                  else np.argmax(c.boundary, axis=2) for c in shown]
        values = [v[:, :, 0] if v.ndim == 3 else v for v in values]
        rows = [[float(xs[ix]), float(ys[iy]), *(float(v[iy, ix]) for v in values)]
                for iy in range(len(ys)) for ix in range(len(xs))]
        return header, rows


class BandItem(pg.QtWidgets.QGraphicsPathItem):
    """The filled band between two curves, as one closed polygon built by NumPy (pyqtgraph's FillBetweenItem
    rebuilds its path in Python whenever either curve changes: 25 ms for six bands of 300 points). Its
    coordinates are the plot's own: log10 of the values on a log axis."""

    def __init__(self):
        super().__init__()
        self.setPen(pg.mkPen(None))

    def set_band(self, x, low, high, log: bool) -> None:
        x, low, high = (np.asarray(v, dtype=np.float64) for v in (x, low, high))
        keep = np.isfinite(low) & np.isfinite(high) & np.isfinite(x)
        if log:
            keep &= (low > 0) & (high > 0)
        x, low, high = x[keep], low[keep], high[keep]
        if log:
            low, high = np.log10(low), np.log10(high)
        if len(x) < 2:
            self.setPath(pg.QtGui.QPainterPath())
            return
        path = pg.arrayToQPath(np.concatenate([x, x[::-1]]), np.concatenate([low, high[::-1]]), connect="all")
        path.closeSubpath()
        self.setPath(path)


class SeedBandPlot(PlotView):
    """Many seeds: each contestant's median epoch loss over the steps and the band between the first and third
    quartile over the seeds."""

    export_name = "race_seeds"
    preferred_size = (520, 420)
    CEILING = 10.0      # a band over diverged seeds (infinite) reaches this many times the highest finite value

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: dict[str, dict] = {}
        self._log = True
        self._shown = None              # (the seed curves drawn, log or not)
        self._target = None
        self.log_check = QCheckBox(self.tr("Log scale"), self)
        self.log_check.setChecked(True)
        self.log_check.setToolTip(self.tr("Show the loss on a logarithmic axis."))
        self.log_check.toggled.connect(self.set_log_y)
        self._add_control(self.log_check)
        self.widget = pg.PlotWidget(axisItems=readable_axes())
        white_canvas(self.widget)
        self.plot = self.widget.getPlotItem()
        style_plot(self.plot)
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", self.tr("loss (epoch mean)"))
        self.plot.setLogMode(y=True)
        min_decades(self.plot, 1.0)
        self.plot.setToolTip(self.tr(
            "Every contestant from many initial weights: the line is the median loss over the seeds, the band "
            "holds the middle half of them (first to third quartile). A band that shoots to the top: at least a "
            "quarter of the seeds diverged."))
        self._add_menu_actions(self.plot)
        self.target_line = pg.InfiniteLine(angle=0, pen=TARGET_PEN, movable=False)
        self.target_line.setVisible(False)
        self.plot.addItem(self.target_line, ignoreBounds=True)
        self.legend_view = LegendStrip(self)
        self._set_legend_canvas(self.legend_view, self.widget)
        self._clear()

    def set_log_y(self, on: bool) -> None:
        self._log = bool(on)
        if self.log_check.isChecked() != self._log:
            self.log_check.setChecked(self._log)
        self.plot.setLogMode(y=self._log)
        if not self._log:
            self.plot.getViewBox().setLimits(minYRange=None)
        else:
            min_decades(self.plot, 1.0)
        place_target(self.target_line, self._target, self._log)
        self._redraw()
        self.reset_view()

    def _items_for(self, c) -> dict:
        items = self._items.get(c.key)
        if items is None:
            band = BandItem()
            band.setZValue(-5)
            self.plot.addItem(band)
            items = self._items[c.key] = {"median": self.plot.plot(antialias=False), "band": band}
        if items.get("color") != c.color:
            rgb = contestant_color(c.color)
            items["median"].setPen(pg.mkPen(rgb, width=2))
            items["band"].setBrush(pg.mkBrush((*rgb, 60)))
            items["color"] = c.color
        return items

    def _draw(self, s) -> None:
        if s.mode != "seeds":
            return
        self._target = s.target_loss
        place_target(self.target_line, self._target, self._log)
        if self._shown is not None and self._shown[0] is s.seed_curves and self._shown[1] == self._log:
            return                       # (the session hands on the same curves until the sweep moves on)
        self._shown = (s.seed_curves, self._log)
        finite = [v for c in s.seed_curves for v in (c.q75, c.median, c.q25) if len(v)]
        top = max((float(np.max(v[np.isfinite(v)])) for v in finite if np.isfinite(v).any()), default=1.0)
        ceiling = self.CEILING * top if top > 0 else 1.0
        keys = {c.key for c in s.seed_curves}
        for key in [k for k in self._items if k not in keys]:
            for name, item in self._items.pop(key).items():
                if name != "color":
                    self.plot.removeItem(item)
        for c in s.seed_curves:
            items = self._items_for(c)
            capped = [np.where(np.isfinite(v), v, ceiling) for v in (c.q25, c.median, c.q75)]
            if self._log:
                capped = [np.where(v > 0, v, np.nan) for v in capped]
            items["median"].setData(c.steps, capped[1])
            items["band"].set_band(c.steps, capped[0], capped[2], self._log)
            for name in ("median", "band"):
                items[name].setVisible(c.visible)
        self.legend_view.show_entries(s.seed_curves)
        paint_now(self._canvas)

    def _clear(self) -> None:
        self._shown = None
        for items in self._items.values():
            items["median"].setData([], [])
            items["band"].set_band([], [], [], self._log)
        show_empty_range(self.plot, (0.0, 100.0), (-2.0, 0.0) if self._log else (0.0, 1.0))

    def reset_view(self) -> None:
        self.plot.enableAutoRange()

    def csv_rows(self):
        s = self._snapshot
        curves = s.seed_curves if s is not None and s.mode == "seeds" else ()
        header = ["contestant", "step", "q25", "median", "q75"]
        rows = [[c.name, int(c.steps[i]), c.q25[i], c.median[i], c.q75[i]] for c in curves
                for i in range(len(c.steps))]
        return header, rows


class StepsToTargetPlot(PlotView):
    """Many seeds: one row per contestant, a dot per seed at the steps it needed to reach the target (the
    target loss, else 100 % accuracy), a box from the first to the third quartile with the median; seeds
    that never reached it sit in the column on the right."""

    export_name = "race_steps_to_target"
    preferred_size = (420, 300)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.widget = pg.PlotWidget()
        white_canvas(self.widget)
        self.plot = self.widget.getPlotItem()
        style_plot(self.plot)
        self.plot.setLabel("bottom", self.tr("steps needed"))
        self.plot.setMouseEnabled(y=False)
        self.plot.setToolTip(self.tr(
            "How many steps each seed needed to reach the target: one dot per seed, the box holds the middle "
            "half, the bar is the median. Rings in the right-hand column never reached it."))
        self._add_menu_actions(self.plot)
        self.dots = pg.ScatterPlotItem(size=8, pxMode=True)
        self.never = pg.ScatterPlotItem(size=8, pxMode=True)
        self.boxes = pg.PlotCurveItem(pen=pg.mkPen((40, 40, 40), width=1.5), connect="pairs")
        self.never_line = pg.InfiniteLine(angle=90, pen=TARGET_PEN, movable=False)
        # right-aligned: stays inside; on the plot's white, above the dashed line at the race's length, which ran
        # through "not reached" (wider than the column of rings, in Korean more so)
        self.never_label = pg.TextItem(anchor=(1.0, 0.0), color=(90, 90, 90), fill=(255, 255, 255))
        self.never_label.setZValue(10)
        for item in (self.boxes, self.dots, self.never, self.never_line):
            self.plot.addItem(item)
        self.plot.addItem(self.never_label, ignoreBounds=True)
        self.plot.getViewBox().sigResized.connect(self._fit_rows)
        self._set_canvas(self.widget)
        self._length = 0
        self._least_width = None
        self._count = 0                 # rows shown (the y range fits them: it cannot be panned)
        self._shown = None

    def _draw(self, s) -> None:
        # a race stopped early: "not reached" in the steps it ran (at 1700 of 20000 the dots sat squeezed at the
        # left of an axis to 20000, the rings beyond it)
        length = max(s.step if s.phase == "finished" else s.length, 1)
        if s.mode != "seeds" or (s.seed_curves is self._shown and length == self._length):
            return
        self._shown = s.seed_curves
        shown = [c for c in s.seed_curves if c.visible]
        n = len(shown)
        never_x = 1.06 * length
        xs, ys, brushes, nx, ny, pens = [], [], [], [], [], []
        box_x, box_y = [], []
        self._rows = []
        rng = np.random.default_rng(0)             # the same jitter at every snapshot
        for i, c in enumerate(shown):
            row = n - 1 - i
            needed = np.asarray(c.steps_to_target)
            jitter = rng.uniform(-0.22, 0.22, len(needed))
            rgb = contestant_color(c.color)
            reached = needed >= 0
            xs += needed[reached].tolist()
            ys += (row + jitter[reached]).tolist()
            brushes += [pg.mkBrush(rgb)] * int(reached.sum())
            nx += [never_x] * int((~reached).sum())
            ny += (row + jitter[~reached]).tolist()
            pens += [pg.mkPen(rgb, width=2)] * int((~reached).sum())
            if reached.any():
                q25, median, q75 = np.quantile(needed[reached], (0.25, 0.5, 0.75))
                h = 0.32
                box_x += [q25, q75, q75, q75, q75, q25, q25, q25, median, median]
                box_y += [row - h, row - h, row - h, row + h, row + h, row + h, row + h, row - h, row - h, row + h]
            for seed_index, value in enumerate(needed):
                self._rows.append([c.name, s.seeds[seed_index] if seed_index < len(s.seeds) else seed_index,
                                   int(value) if value >= 0 else None])
        self.dots.setData(x=xs, y=ys, brush=brushes, pen=pg.mkPen("w", width=0.5))
        self.never.setData(x=nx, y=ny, brush=pg.mkBrush(255, 255, 255), pen=pens)
        self.boxes.setData(box_x, box_y)
        self.never_line.setPos(length)
        self.never_label.setText(self.tr("not reached"))
        self.plot.getAxis("left").setTicks([[(n - 1 - i, c.name) for i, c in enumerate(shown)], []])
        target = (self.tr("Steps to a loss of {0:g}").format(s.target_loss) if s.target_loss is not None
                  else self.tr("Steps to 100 % accuracy") if s.classification else self.tr("Set a target loss"))
        set_title(self.plot, self.tr("{0} (%n seed(s))", None, len(s.seeds)).format(target))
        if (length, n) != (self._length, self._count):
            self._length, self._count = length, n
            self.reset_view()
        else:
            self._fit_rows()
        paint_now(self.widget)
        QTimer.singleShot(0, self, self._fit_width)     # (once the plot's layout has taken the axis's new width)

    def _fit_width(self) -> None:
        """The view no narrower than its plot's title and axes (known once painted: the names' axis takes the
        longest name's width). pyqtgraph lays a plot out no narrower than that and cuts what sticks out of the
        widget: at 1024×600 the title lost its end, and the column of seeds that never reached the target, its
        "not reached" and the axis's last numbers were off the edge."""
        if self._least_width is None:
            self._least_width = self.minimumWidth()     # (the room's least width for every view)
        need = math.ceil(self.plot.effectiveSizeHint(Qt.SizeHint.MinimumSize).width())
        need = max(self._least_width, need + self.width() - self.widget.width())
        if need != self.minimumWidth():
            self.setMinimumWidth(need)

    def _clear(self) -> None:
        self._shown = None
        self.dots.setData([], [])
        self.never.setData([], [])
        self.boxes.setData([], [])
        self._rows = []

    def reset_view(self) -> None:
        self.plot.setXRange(0, NEVER_RANGE * max(self._length, 1), padding=0.0)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row on screen (y cannot be panned) and above the top row a strip as high as the "not reached"
        label, which sits in it: inside the rows it covered the top row's rings, the more so the more rows share
        the plot's height."""
        n = max(self._count, 1)
        height = max(self.plot.getViewBox().height(), 1.0)
        label = min(self.never_label.boundingRect().height() / height, 0.5)   # the label's share of the height
        # rows from -0.6 to n - 0.6, the top row's rings and box reaching up to n - 0.65; the label above that
        span = (n - 0.05) / (1.0 - label)
        top = span - 0.6
        self.plot.setYRange(-0.6, top, padding=0.0)
        self.never_label.setPos(NEVER_RANGE * max(self._length, 1), top)

    def csv_rows(self):
        return ["contestant", "seed", "steps_to_target"], list(self._rows)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
