"""Histograms of one layer's weights and of their gradients at the current step.

The bins stay fixed while the values fit: the range is a round number (1, 2 or 5 × 10^k) on both sides of
zero and changes only when the values outgrow it or shrink below a tenth of it, so a histogram moves smoothly
instead of jumping at every snapshot.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QLabel

from nnstudio.app.plots.base import PlotView, readable_axes, set_title, show_empty_range, style_plot, white_canvas
from nnstudio.app.colors import layer_colors
from nnstudio.app.plots.gradients import activations_of, n_layers_of

BINS = 40


def nice_bound(m: float) -> float:
    """The smallest of 1, 2, 5 × 10^k that is >= m (m > 0)."""
    k = math.floor(math.log10(m))
    for f in (1.0, 2.0, 5.0, 10.0):
        if f * 10.0 ** k >= m * (1 - 1e-12):
            return f * 10.0 ** k
    return 10.0 ** (k + 1)


class HistogramPlot(PlotView):
    """Weight and gradient histograms of the Dense layer chosen in the layer box."""

    export_name = "histograms"
    preferred_size = (520, 300)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key = None
        self._colors: list = []
        self._bounds: dict = {}      # (layer, "W" | "dW") -> R: bins span [-R, R]

        self.layer_label = QLabel(self.tr("Layer:"), self)
        self.layer_box = QComboBox(self)
        # its layers come with the first snapshot, after the box may have been shown empty: follow the names
        self.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer_box.setToolTip(self.tr("The Dense layer whose weights and gradients are shown."))
        self.layer_box.currentIndexChanged.connect(self._on_layer_chosen)
        self._add_control(self.layer_label)
        self._add_control(self.layer_box)

        self.graphics = pg.GraphicsLayoutWidget()
        white_canvas(self.graphics)
        self.weight_plot = self.graphics.addPlot(row=0, col=0, axisItems=readable_axes(whole=True))
        self.grad_plot = self.graphics.addPlot(row=0, col=1, axisItems=readable_axes(whole=True))
        for plot in (self.weight_plot, self.grad_plot):
            style_plot(plot)
            plot.setLabel("left", self.tr("count"))
            self._add_menu_actions(plot)
        set_title(self.weight_plot, self.tr("weights W"))
        self.weight_plot.setLabel("bottom", self.tr("value"))
        set_title(self.grad_plot, self.tr("gradients ∂L/∂W"))
        self.grad_plot.setLabel("bottom", self.tr("value"))
        self.weight_curve = self.weight_plot.plot([0, 1], [0], stepMode="center", fillLevel=0)
        self.grad_curve = self.grad_plot.plot([0, 1], [0], stepMode="center", fillLevel=0)
        self.weight_curve.setData([], [])
        self.grad_curve.setData([], [])

        self.weight_plot.setToolTip(self.tr(
            "Histogram of the chosen layer's weights: weights that grow far out or all sit at zero show a "
            "layer that trains badly."))
        self.grad_plot.setToolTip(self.tr(
            "Histogram of the gradients of the chosen layer's weights at the current step: all squeezed "
            "around zero means this layer hardly learns."))
        self._set_canvas(self.graphics)

    # -- structure ------------------------------------------------------------------------------------
    def _rebuild(self, activations: tuple) -> None:
        keep = self.layer_box.currentIndex()
        self._colors = layer_colors(len(activations))
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for i, act in enumerate(activations):
            self.layer_box.addItem(self.layer_name(i, act), i)
        self.layer_box.setCurrentIndex(keep if 0 <= keep < len(activations) else 0)
        self.layer_box.blockSignals(False)
        if len(activations) != len(self._key or ()):
            self._bounds.clear()
        self._key = activations
        self._style_curves()

    def _style_curves(self) -> None:
        i = self.layer()
        if 0 <= i < len(self._colors):
            rgb = self._colors[i]
            for curve in (self.weight_curve, self.grad_curve):
                curve.setPen(pg.mkPen(rgb, width=1))
                curve.setBrush(pg.mkBrush(rgb + (120,)))

    def layer(self) -> int:
        """Index (0-based) of the Dense layer shown."""
        return self.layer_box.currentIndex()

    def set_layer(self, index: int) -> None:
        """Show Dense layer ``index`` (0-based)."""
        if not 0 <= index < self.layer_box.count():
            raise ValueError(self.tr("layer must be 0..{0}, got {1}").format(self.layer_box.count() - 1, index))
        self.layer_box.setCurrentIndex(index)

    def _on_layer_chosen(self, _index: int) -> None:
        self._style_curves()
        self._redraw()

    # -- drawing --------------------------------------------------------------------------------------
    def edges(self, layer: int, kind: str, values: np.ndarray) -> np.ndarray:
        """Bin edges for ``values`` of ``layer`` ("W" or "dW"): fixed while the values fit the remembered range."""
        m = float(np.max(np.abs(values))) if values.size else 0.0
        if not math.isfinite(m):
            finite = values[np.isfinite(values)]
            m = float(np.max(np.abs(finite))) if finite.size else 0.0
        bound = self._bounds.get((layer, kind))
        if m > 0 and (bound is None or m > bound or m < bound / 10.0):
            bound = nice_bound(m)
        elif bound is None:
            bound = 1.0
        self._bounds[(layer, kind)] = bound
        return np.linspace(-bound, bound, BINS + 1)

    def histogram(self, layer: int, kind: str, values) -> tuple[np.ndarray, np.ndarray]:
        """(edges (BINS+1,), counts (BINS,)) of a weight or gradient array; NaN/inf values are left out."""
        v = np.asarray(values).reshape(-1)
        if not np.all(np.isfinite(v)):
            v = v[np.isfinite(v)]
        e = self.edges(layer, kind, v)
        counts, _ = np.histogram(v, bins=e)
        return e, counts

    def _draw(self, s) -> None:
        n = n_layers_of(s)
        activations = activations_of(s, n)
        if activations != self._key:
            self._rebuild(activations)
        i = self.layer()
        for curve, arrays, kind in ((self.weight_curve, s.weights, "W"), (self.grad_curve, s.grads, "dW")):
            if 0 <= i and 2 * i < len(arrays):
                e, counts = self.histogram(i, kind, arrays[2 * i])
                curve.setData(e, counts)
            else:
                curve.setData([], [])

    def _clear(self) -> None:
        self.weight_curve.setData([], [])
        self.grad_curve.setData([], [])
        self._bounds.clear()
        for plot in (self.weight_plot, self.grad_plot):
            show_empty_range(plot, x=(-1.0, 1.0), y=(0.0, 1.0))

    def reset_view(self) -> None:
        for plot in (self.weight_plot, self.grad_plot):
            plot.enableAutoRange()

    def csv_rows(self):
        header = ["layer", "activation", "kind", "bin_left", "bin_right", "count"]
        rows = []
        s = self._snapshot
        if s is None:
            return header, rows
        n = n_layers_of(s)
        acts = activations_of(s, n)
        for i in range(n):
            for arrays, kind, name in ((s.weights, "W", "weights"), (s.grads, "dW", "gradients")):
                if 2 * i < len(arrays):
                    e, counts = self.histogram(i, kind, arrays[2 * i])
                    for lo, hi, c in zip(e[:-1], e[1:], counts):
                        rows.append([i + 1, acts[i] or "", name, lo, hi, int(c)])
        return header, rows
