"""The vanishing-gradient view: per-layer gradient sizes over time and now, and activation saturation.

Top: ‖∂L/∂W‖ of every Dense layer over the training steps on a log axis — in a deep sigmoid network the first
layers' lines sit orders of magnitude below the last ones. Bottom left: the gradient of every layer's weights
(solid) and biases (light) at the current step, also on a log axis. Bottom right: the fraction of saturated
outputs (sigmoid/tanh near their limits, solid) and of dead ReLU units (hatched) per layer.
Layer colours are the same in all three parts and in the histogram view.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QComboBox

from nnstudio.app.plots.base import (AXIS_COLOR, LABEL_GAP_PX, PlotView, min_decades, power_of_ten, readable_axes,
                                     set_title, show_empty_range, style_plot, white_canvas)
from nnstudio.app.colors import layer_colors

BAR_WIDTH = 0.38
# the three plots' least height in ems of the font shown (the font's size, not its line spacing: a Korean font's
# lines are ~1.45 em apart, a Latin one's ~1.2, while the digits of the tick labels are as tall in both): with
# less, the ‖∂L/∂W‖ axis loses its tick labels. 21 em is what 17 lines of an 11-pt Latin font were; 17 lines of
# the Korean font made the studio 615 px high at 11 pt, and at 15 lines the axis still read as in English.
MIN_TEXT_EMS = 21
# the widest tick labels the log axes and the shares' axis (fixed at 0…1) usually show (ReadableAxis.logTickStrings)
LOG_LABELS = ("10⁻¹⁰", "0.001")
SHARE_LABELS = ("0.5",)


def n_layers_of(s) -> int:
    """Number of Dense layers a snapshot describes."""
    if len(s.weights):
        return len(s.weights) // 2
    if len(s.layer_stats):
        return len(s.layer_stats)
    g = np.asarray(s.grad_w_norm)
    return g.shape[1] if g.ndim == 2 else 0


def activations_of(s, n: int) -> tuple:
    """Activation name per layer (None where the snapshot does not say)."""
    if len(s.activations) == n:
        return tuple(s.activations)
    stats = tuple(s.layer_stats)
    if len(stats) == n:
        return tuple(st.activation for st in stats)
    return (None,) * n


def _positive(a: np.ndarray) -> np.ndarray:
    """Values for a log axis: zero, negative and NaN become NaN (a gap, not -inf)."""
    a = np.asarray(a, dtype=np.float64)
    return np.where(a > 0, a, np.nan)


def log_bars(values) -> tuple[np.ndarray, np.ndarray, float]:
    """Bars on a log axis drawn in log10 units: (y0, height, floor). Zero/NaN values get a zero-height bar."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(v > 0, np.log10(np.where(v > 0, v, 1.0)), np.nan)
    finite = logs[np.isfinite(logs)]
    floor = math.floor(float(finite.min())) - 0.5 if finite.size else -1.0
    height = np.where(np.isfinite(logs), logs - floor, 0.0)
    return np.full(v.shape, floor), height, floor


def ratio_text(values) -> str:
    """"layer 1: 400× smaller than layer 6" for the gradient sizes of layers 1..6 (``values``, one per layer),
    to two significant digits; "" when there is no ratio to tell (one layer, or a zero or missing value)."""
    v = np.asarray(values, dtype=np.float64).reshape(-1)
    if v.size < 2 or not (np.isfinite(v[[0, -1]]).all() and v[0] > 0 and v[-1] > 0):
        return ""
    ratio = float(v[-1] / v[0])
    last = v.size
    if ratio >= 1.5:
        return QCoreApplication.translate("GradientPlot", "layer 1: {ratio}× smaller than layer {last}").format(
            ratio=format_ratio(ratio), last=last)
    if ratio <= 1 / 1.5:
        return QCoreApplication.translate("GradientPlot", "layer 1: {ratio}× larger than layer {last}").format(
            ratio=format_ratio(1 / ratio), last=last)
    return QCoreApplication.translate("GradientPlot", "layer 1: about as large as layer {last}").format(last=last)


def format_ratio(ratio: float) -> str:
    """A factor >= 1 to two significant digits: "1.5", "40", "1,200", "2.3·10⁵"."""
    k = math.floor(math.log10(ratio))
    mantissa = round(ratio / 10.0 ** k, 1)
    if mantissa >= 10:
        mantissa, k = 1.0, k + 1
    if k < 1:
        return f"{mantissa:.1f}"
    if k < 5:
        return f"{mantissa * 10.0 ** k:,.0f}"
    return power_of_ten(mantissa, k)


class GradientPlot(PlotView):
    """Per-layer gradient magnitudes over time and at the current step, plus activation saturation."""

    export_name = "gradients"
    preferred_size = (600, 380)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key = None          # activations per layer: the structure the items were built for
        self._colors: list = []
        self.curves: list[pg.PlotDataItem] = []

        self.measure_box = QComboBox(self)
        self.measure_box.addItem(self.tr("bars: norm ‖g‖"), "norm")
        self.measure_box.addItem(self.tr("bars: mean |g|"), "mean_abs")
        self.measure_box.setToolTip(self.tr(
            "How the bars measure a layer's gradient: its norm (grows with the layer's size) or the mean "
            "absolute value of one weight's gradient (compares layers of different sizes fairly)."))
        self.measure_box.currentIndexChanged.connect(lambda _i: self._redraw())
        self._add_control(self.measure_box)

        self.graphics = pg.GraphicsLayoutWidget()
        white_canvas(self.graphics)
        self.lines_plot = self.graphics.addPlot(row=0, col=0, colspan=2, axisItems=readable_axes())
        self.bars_plot = self.graphics.addPlot(row=1, col=0, axisItems=readable_axes())
        self.sat_plot = self.graphics.addPlot(row=1, col=1, axisItems=readable_axes())
        for plot in (self.lines_plot, self.bars_plot, self.sat_plot):
            style_plot(plot)
            self._add_menu_actions(plot)
        self.lines_plot.setLogMode(y=True)
        self.lines_plot.setDownsampling(auto=True, mode="peak")
        self.lines_plot.setClipToView(True)
        self.lines_plot.setLabel("left", self.tr("‖∂L/∂W‖"))
        self.lines_plot.setLabel("bottom", self.tr("step"))
        # the title says how far apart the first and the last layer are now, once they have gradients
        self._title = ""
        self._set_title(self.tr("gradient of each layer's weights"))
        # one legend beside the three plots (their layer colours agree), so it never hides a line; in a view too
        # narrow for that, below them (see _place_legend)
        self.legend = pg.LegendItem(labelTextColor=AXIS_COLOR, labelTextSize="8pt", frame=False, verSpacing=-4)
        self.graphics.addItem(self.legend, row=0, col=2, rowspan=2)
        self._legend_beside = True
        self._legend_entry = (0.0, 0.0)      # px: the width and height of one legend entry
        self._plots_width = 0.0              # px: the bars and saturation plots' least width, with margins
        self.bars_plot.setLogMode(y=True)   # bars are drawn in log10 units; the axis labels them 10^k
        min_decades(self.lines_plot)
        min_decades(self.bars_plot)
        set_title(self.bars_plot, self.tr("now: W solid, b light"))
        self.bars_plot.setLabel("bottom", self.tr("layer"))
        set_title(self.sat_plot, self.tr("saturated, dead ReLU ▨"))
        self.sat_plot.setLabel("bottom", self.tr("layer"))
        self.sat_plot.setYRange(0.0, 1.0, padding=0.02)
        self.sat_plot.enableAutoRange(axis="y", enable=False)
        for plot in (self.bars_plot, self.sat_plot):
            plot.setMouseEnabled(x=False, y=False)
            plot.getViewBox().sigResized.connect(self._label_layers)
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)

        self.w_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.b_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.sat_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.dead_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.bars_plot.addItem(self.w_bars)
        self.bars_plot.addItem(self.b_bars)
        self.sat_plot.addItem(self.sat_bars)
        self.sat_plot.addItem(self.dead_bars)

        self.lines_plot.setToolTip(self.tr(
            "Gradient norm per layer: if the first layers' lines sit orders of magnitude below the last ones, "
            "the gradient is vanishing."))
        self.bars_plot.setToolTip(self.tr(
            "Each layer's gradient at the current step on a log axis (one grid line is a factor of ten): "
            "weights solid, biases light."))
        self.sat_plot.setToolTip(self.tr(
            "Share of saturated sigmoid/tanh outputs (solid) and of dead ReLU units (hatched) per layer: "
            "both pass almost no gradient back."))
        self._set_minimum_height()
        self._reserve_label_space()
        self._set_canvas(self.graphics)

    def _reserve_label_space(self) -> None:
        """The left axes as wide from the start as their usual tick labels need ("10⁻¹⁰", "0.001"; "0.5" for
        the shares), and never narrower: the view's least width grew when the first curves were drawn (294 →
        323 px in the studio), so that a compact layout came out one way or the other by timing."""
        for plot, samples in ((self.lines_plot, LOG_LABELS), (self.bars_plot, LOG_LABELS),
                              (self.sat_plot, SHARE_LABELS)):
            axis = plot.getAxis("left")
            metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
            axis.setStyle(autoReduceTextSpace=False)
            axis.textWidth = math.ceil(max(metrics.horizontalAdvance(text) for text in samples))
            axis._updateWidth()

    def _set_minimum_height(self) -> None:
        """As low as the plots stay readable in the font of the language shown (a fixed 300 px took room from
        the network editor above), and the legend's rows below them when it sits there."""
        legend = 0 if self._legend_beside else self.legend.maximumHeight()
        em = QFontInfo(self.graphics.font()).pixelSize()
        self.graphics.setMinimumHeight(int(MIN_TEXT_EMS * em + legend))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:    # another language, another font
            self._set_minimum_height()
            self._reserve_label_space()
            # the room's explicit minimum (set once for the first font) never squeezes the plots below it
            self.setMinimumHeight(max(self.minimumHeight(), self.minimumSizeHint().height()))

    # -- structure ------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _place_legend(self, force: bool = False) -> None:
        """The legend beside the plots, one or two columns, where the view is wide enough for it; else below
        them, in as many columns as fit."""
        n = len(self.curves)
        entry_w, entry_h = self._legend_entry
        if n == 0 or entry_w <= 0:
            return
        beside_columns = 1 if n <= 12 else 2
        beside = self.graphics.width() >= self._plots_width + beside_columns * entry_w
        columns = beside_columns if beside else max(1, min(n, int((self.graphics.width() - 20) // entry_w)))
        if not force and beside == self._legend_beside and columns == self.legend.columnCount:
            return
        layout = self.graphics.ci
        if beside != self._legend_beside:
            layout.removeItem(self.legend)
            if beside:
                layout.addItem(self.legend, row=0, col=2, rowspan=2)
            else:
                layout.addItem(self.legend, row=2, col=0, colspan=2)
            self._legend_beside = beside
        self.legend.setColumnCount(columns)
        layout.layout.setColumnFixedWidth(2, columns * entry_w if beside else 0)
        self.legend.setMaximumHeight(math.ceil(n / columns) * entry_h + 8)
        # a legend below the plots takes height from them: the view grows by it rather than cut off the bars
        # (16 layers in a 1600×1000 window's gradient dock)
        self._set_minimum_height()
        self.setMinimumHeight(self.minimumSizeHint().height())
        layout.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop if beside else Qt.AlignmentFlag.AlignLeft)
        # the plots and legend fill the view again: they kept the height of a long legend beside them (one column
        # of 16 layers) and ran past the view's bottom until the next resize
        layout.setGeometry(self.graphics.range)

    def _rebuild(self, activations: tuple) -> None:
        """New items for a network with a different number of layers (or different activations)."""
        for curve in self.curves:
            self.lines_plot.removeItem(curve)
        self.legend.clear()
        n = len(activations)
        self._colors = layer_colors(n)
        self.curves = []
        for i, (act, rgb) in enumerate(zip(activations, self._colors)):
            curve = self.lines_plot.plot(pen=pg.mkPen(rgb, width=2), connect="finite")
            self.legend.addItem(curve, self.layer_name(i, act))
            self.curves.append(curve)
        text_w = max((label.item.boundingRect().width() for _, label in self.legend.items), default=0.0)
        text_h = max((label.item.boundingRect().height() for _, label in self.legend.items), default=0.0)
        self._legend_entry = (text_w + 46, text_h)
        self._plots_width = 40 + sum(p.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
                                     for p in (self.bars_plot, self.sat_plot))
        # never so narrow that a plot is cut off (the legend moves below them where it does not fit beside)
        self.graphics.setMinimumWidth(int(self._plots_width))
        # nor its dock: the room's explicit minimum (set before any plot was built) let a 1280×720 dock cut off the
        # plots' right edge and the Export button
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))
        self._place_legend(force=True)
        self._label_layers()
        x = np.arange(n, dtype=np.float64)
        solid = [pg.mkBrush(rgb) for rgb in self._colors]
        light = [pg.mkBrush(rgb + (100,)) for rgb in self._colors]
        hatched = [QBrush(QColor(*rgb), Qt.BrushStyle.BDiagPattern) for rgb in self._colors]
        pens = [pg.mkPen(rgb) for rgb in self._colors]
        if n == 0:   # pyqtgraph's BarGraphItem fails on empty pen lists
            solid = light = hatched = pens = None
        zeros = np.zeros(n)
        self.w_bars.setOpts(x=x - 0.2, height=zeros, y0=zeros, brushes=solid, pens=pens)
        self.b_bars.setOpts(x=x + 0.2, height=zeros, y0=zeros, brushes=light, pens=pens)
        self.sat_bars.setOpts(x=x - 0.2, height=zeros, brushes=solid, pens=pens)
        self.dead_bars.setOpts(x=x + 0.2, height=zeros, brushes=hatched, pens=pens)
        self._key = activations

    def _label_layers(self) -> None:
        """Number the bars' layers, every one where the numbers fit side by side, else 1 and every 2nd, 5th…
        after it, with room beside the first and last bar for their numbers (16 layers in a narrow dock ran
        together as "10111213", and pyqtgraph hid the 16 that stuck out past the axis' end)."""
        n = len(self.curves)
        for plot in (self.bars_plot, self.sat_plot):
            axis = plot.getAxis("bottom")
            width = plot.getViewBox().width()                                        # px
            label = QFontMetricsF(axis.style["tickFont"] or axis.font()).horizontalAdvance(str(n))
            half = label / 2 + 1
            # x from -margin to n - 1 + margin, so that margin · (px per layer) >= half a label
            margin = max(0.6, half * (n - 1) / max(width - 2 * half, 1.0))
            per_layer = width / (n - 1 + 2 * margin)
            step = next((k for k in (1, 2, 5, 10, 20, 50) if k * per_layer >= label + LABEL_GAP_PX + 2), 100)
            axis.setTicks([[(i, str(i + 1)) for i in range(0, n, step)]])
            plot.setXRange(-margin, n - 1 + margin, padding=0.0)

    def layer_names(self) -> list[str]:
        """Legend entries, e.g. ['layer 1 (sigmoid)', 'layer 2 (sigmoid)']."""
        return [self.layer_name(i, act) for i, act in enumerate(self._key or ())]

    # -- drawing --------------------------------------------------------------------------------------
    def _draw(self, s) -> None:
        n = n_layers_of(s)
        activations = activations_of(s, n)
        if activations != self._key:
            self._rebuild(activations)
        steps = np.asarray(s.stats_steps, dtype=np.float64).reshape(-1)
        gw = np.asarray(s.grad_w_norm, dtype=np.float64)
        history = gw.ndim == 2 and gw.shape == (steps.size, n)
        for i, curve in enumerate(self.curves):
            if history:
                curve.setData(steps, _positive(gw[:, i]))
            else:
                curve.setData([], [])
        w, b, sat, dead = self.current_values(s, n)
        y0, height, _ = log_bars(np.concatenate([w, b]))
        self.w_bars.setOpts(y0=y0[:n], height=height[:n])
        self.b_bars.setOpts(y0=y0[n:], height=height[n:])
        self.sat_bars.setOpts(height=np.nan_to_num(sat, nan=0.0))
        self.dead_bars.setOpts(height=np.nan_to_num(dead, nan=0.0))
        self._set_title(ratio_text(w) or self.tr("gradient of each layer's weights"))

    def _set_title(self, text: str) -> None:
        if text != self._title:      # a new title lays the plots out again: only when the words change
            self._title = text
            set_title(self.lines_plot, text)

    def title(self) -> str:
        """The gradient lines' title, e.g. "layer 1: 400× smaller than layer 6"."""
        return self._title

    def measure(self) -> str:
        """What the bars show: "norm" or "mean_abs"."""
        return self.measure_box.currentData()

    def current_values(self, s, n: int):
        """(weight gradient, bias gradient, saturation, dead fraction) per layer at the snapshot's step."""
        stats = tuple(s.layer_stats)
        mean_abs = self.measure() == "mean_abs"
        if len(stats) == n and n:
            if mean_abs:
                w = [st.weight_grad_mean_abs for st in stats]
                b = [st.bias_grad_mean_abs for st in stats]
            else:
                w = [st.weight_grad_norm for st in stats]
                b = [st.bias_grad_norm for st in stats]
            sat = [st.saturation for st in stats]
            dead = [st.dead_fraction for st in stats]
        elif len(s.grads) == 2 * n and n:
            # no stats yet (e.g. a hand edit before any step): measure the gradient arrays themselves
            def size(g):
                g = np.asarray(g, dtype=np.float64)
                return float(np.abs(g).mean()) if mean_abs else float(np.sqrt(np.sum(g * g)))
            w = [size(g) for g in s.grads[0::2]]
            b = [size(g) for g in s.grads[1::2]]
            sat = dead = [math.nan] * n
        else:
            w = b = sat = dead = [math.nan] * n
        return tuple(np.asarray(v, dtype=np.float64) for v in (w, b, sat, dead))

    def _clear(self) -> None:
        for curve in self.curves:
            curve.setData([], [])
        # a new run starts at step 0, whatever the user zoomed to before; the first points set the range
        show_empty_range(self.lines_plot, x=(0.0, 10.0), y=(-4.0, 0.0))
        self._set_title(self.tr("gradient of each layer's weights"))
        n = len(self._key or ())
        zeros = np.zeros(n)
        for bars in (self.w_bars, self.b_bars, self.sat_bars, self.dead_bars):
            bars.setOpts(height=zeros)

    def reset_view(self) -> None:
        self.lines_plot.enableAutoRange()

    def csv_rows(self):
        header = ["step", "layer", "activation", "weight_grad_norm", "bias_grad_norm", "saturation",
                  "weight_grad_mean_abs", "bias_grad_mean_abs", "dead_fraction"]
        rows = []
        s = self._snapshot
        if s is None:
            return header, rows
        n = n_layers_of(s)
        acts = activations_of(s, n)
        steps = np.asarray(s.stats_steps).reshape(-1)
        gw, gb, sat = (np.asarray(a, dtype=np.float64) for a in (s.grad_w_norm, s.grad_b_norm, s.saturation))
        ok = all(a.ndim == 2 and a.shape == (steps.size, n) for a in (gw, gb, sat))
        stats = tuple(s.layer_stats)
        if ok:
            for j, step in enumerate(steps):
                for i in range(n):
                    rows.append([int(step), i + 1, acts[i] or "", gw[j, i], gb[j, i], sat[j, i], None, None, None])
        if len(stats) == n and n:
            # the current step's full statistics (the bars): completes the history's last rows when they are
            # the same step, else adds rows
            current = [[int(s.step), i + 1, st.activation, st.weight_grad_norm, st.bias_grad_norm,
                        st.saturation, st.weight_grad_mean_abs, st.bias_grad_mean_abs, st.dead_fraction]
                       for i, st in enumerate(stats)]
            if ok and steps.size and int(steps[-1]) == int(s.step):
                rows[-n:] = current
            else:
                rows.extend(current)
        return header, rows
