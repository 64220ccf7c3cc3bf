"""Lesson 4's view: an activation f and its slope f′, where the slope nearly vanishes, and 0.25ᵏ.

The curves are the engine's own activations (``nnstudio.lessons.activations``). Regions where |f′| < 0.01 are
shaded: a gradient passing there almost stops. The largest slope is marked (the sigmoid's 0.25 at z = 0); where it
is the same over a range (ReLU for every z > 0, linear everywhere) the part of that range inside the plot is
marked and the range named. A line at z can be dragged; below, the most a gradient keeps after k sigmoid layers: 0.25ᵏ.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnstudio.app.lessons.common import MinusSpinBox, add_legend, number, plot_widget, wrapped
from nnstudio.app.texts import title
from nnstudio.lessons import activations
from nnstudio.lessons.catalog import LessonState

Z_RANGE = (-8.0, 8.0)
SAMPLES = np.linspace(-10.0, 10.0, 2001)     # the flat regions are found on these points (as the lesson's text)
MAX_LAYERS = 12
CURVE_COLOR = (8, 119, 189)
SLOPE_COLOR = (213, 94, 0)
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class ActivationExplorer(QWidget):
    """f, f′ and the depth factor (see the module docstring)."""

    # the activation, z or the number of layers changed
    changed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.activation_combo = QComboBox(self)
        for name in activations.EXPLORED:
            self.activation_combo.addItem(title("Lessons", activations.TITLES[name]), name)
        self.z_spin = MinusSpinBox(self)
        self.z_spin.setRange(*Z_RANGE)
        self.z_spin.setDecimals(2)
        self.z_spin.setSingleStep(0.25)
        self.z_spin.setToolTip(self.tr("The unit's input z (or drag the vertical line)."))
        self.layers_spin = QSpinBox(self)
        self.layers_spin.setRange(1, MAX_LAYERS)
        self.layers_spin.setToolTip(self.tr("How many sigmoid layers the gradient passes on its way back."))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.activation_combo)
        row.addWidget(self.z_spin)
        row.addStretch(1)
        form.addRow(self.tr("Activation and z:"), row)
        self.readout = wrapped("", self)

        self.plot = plot_widget(self, bottom="z")
        add_legend(self.plot, offset=(10, 10))
        p = self.plot.getPlotItem()
        p.setXRange(*Z_RANGE, padding=0.02)
        self.shades = []
        self.f_curve = p.plot(pen=pg.mkPen(CURVE_COLOR, width=2.5), name="f(z)")
        self.slope_curve = p.plot(pen=pg.mkPen(SLOPE_COLOR, width=2.5), name="f′(z)")
        self.peak = pg.ScatterPlotItem(size=10, brush=pg.mkBrush(*SLOPE_COLOR), pen=pg.mkPen("k"))
        p.addItem(self.peak)
        self.peak_span = p.plot(pen=pg.mkPen(SLOPE_COLOR + (110,), width=9))     # the largest slope over a range
        self.peak_text = pg.TextItem(anchor=(0, 1), color=SLOPE_COLOR)
        p.addItem(self.peak_text)
        self.z_line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen((60, 60, 60), width=1.5))
        self.z_line.setBounds(Z_RANGE)
        p.addItem(self.z_line)
        self.flat_note = wrapped("", self)

        self.depth_plot = plot_widget(self, bottom=self.tr("sigmoid layers k"), left="0.25ᵏ")
        self.depth_plot.getPlotItem().setLogMode(y=True)
        self.depth_plot.setMaximumHeight(190)
        self.depth_bars = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(200, 200, 200))
        self.depth_plot.addItem(self.depth_bars)
        self.depth_mark = pg.BarGraphItem(x=[], height=[], width=0.6, brush=pg.mkBrush(*SLOPE_COLOR))
        self.depth_plot.addItem(self.depth_mark)
        depth_row = QHBoxLayout()
        depth_row.addWidget(QLabel(self.tr("Sigmoid layers the gradient passes:"), self))
        depth_row.addWidget(self.layers_spin)
        depth_row.addStretch(1)
        self.depth_readout = wrapped("", self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.flat_note)
        layout.addLayout(depth_row)
        layout.addWidget(self.depth_plot, 1)
        layout.addWidget(self.depth_readout)

        self.activation_combo.currentIndexChanged.connect(lambda _: self._update())
        self.z_spin.valueChanged.connect(self._on_z)
        self.z_line.sigPositionChanged.connect(lambda line: self.z_spin.setValue(round(line.value(), 2)))
        self.layers_spin.valueChanged.connect(lambda _: self._update_depth())
        self.apply_options({"activation": "sigmoid", "z": 2.0, "layers": 1})

    def values(self) -> dict:
        return {"activation": self.activation_combo.currentData(), "z": self.z_spin.value(),
                "layers": self.layers_spin.value()}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: this view's settings."""
        return [LessonState(values=self.values())]

    def apply_options(self, options) -> None:
        for widget in (self.activation_combo, self.z_spin, self.layers_spin):
            widget.blockSignals(True)
        self.activation_combo.setCurrentIndex(self.activation_combo.findData(options.get("activation", "sigmoid")))
        self.z_spin.setValue(float(options.get("z", 2.0)))
        self.layers_spin.setValue(int(options.get("layers", 1)))
        for widget in (self.activation_combo, self.z_spin, self.layers_spin):
            widget.blockSignals(False)
        self.z_line.blockSignals(True)
        self.z_line.setValue(self.z_spin.value())
        self.z_line.blockSignals(False)
        self._update()
        self._update_depth()

    def _on_z(self, z: float) -> None:
        self.z_line.blockSignals(True)
        self.z_line.setValue(z)
        self.z_line.blockSignals(False)
        self._update_readout()
        self.changed.emit()

    def _update(self) -> None:
        name = self.activation_combo.currentData()
        zs = np.linspace(*Z_RANGE, 641)
        f, slope = activations.curves(name, zs)
        self.f_curve.setData(zs, f)
        self.slope_curve.setData(zs, slope)
        p = self.plot.getPlotItem()
        for shade in self.shades:
            p.removeItem(shade)
        self.shades = []
        regions = activations.flat_regions(name, SAMPLES)
        for lo, hi in regions:
            shade = pg.LinearRegionItem((max(lo, Z_RANGE[0] - 1), min(hi, Z_RANGE[1] + 1)), movable=False,
                                        brush=pg.mkBrush(120, 120, 120, 45), pen=pg.mkPen(None))
            shade.setZValue(-10)
            p.addItem(shade)
            self.shades.append(shade)
        lo, hi, s_peak = activations.steepest_span(name, SAMPLES)
        slope_text = number(s_peak, 3)
        if lo == hi:
            self.peak.setData([lo], [s_peak])
            self.peak_span.setData([], [])
            self.peak_text.setText(self.tr("largest slope {0} at z = {1}").format(slope_text, number(lo, 3)))
            self.peak_text.setAnchor((0, 1))
            self.peak_text.setPos(lo + 0.2, s_peak)
        else:
            # the range runs on beyond the plot (or the samples): mark the part inside the plot
            start, end = max(lo, Z_RANGE[0]), min(hi, Z_RANGE[1])
            self.peak.setData([], [])
            self.peak_span.setData([start, end], [s_peak, s_peak])
            if lo == -np.inf and hi == np.inf:
                text = self.tr("slope {0} for every z").format(slope_text)
            elif hi == np.inf:
                text = self.tr("largest slope {0} for every z > {1}").format(slope_text, number(lo, 3))
            elif lo == -np.inf:
                text = self.tr("largest slope {0} for every z < {1}").format(slope_text, number(hi, 3))
            else:
                text = self.tr("largest slope {0} for {1} < z < {2}").format(slope_text, number(lo, 3),
                                                                             number(hi, 3))
            self.peak_text.setText(text)
            self.peak_text.setAnchor((1, 1))        # right-aligned: clear of the legend in the top left corner
            self.peak_text.setPos(end - 0.2, s_peak)
        low, high = float(min(f.min(), slope.min())), float(max(f.max(), slope.max()))
        p.setYRange(max(low, -2.0) - 0.1, min(high, 2.0) + 0.1, padding=0)
        if regions:
            self.flat_note.setText(self.tr("Shaded: |f′(z)| < {0}, where almost no gradient passes ({1}).").format(
                number(activations.FLAT), "; ".join(f"{number(lo, 3)} … {number(hi, 3)}" for lo, hi in regions)))
        elif (smallest := float(np.min(np.abs(activations.curves(name, SAMPLES)[1])))) < 1.0:
            # Leaky ReLU: its 0.01 for z < 0 lies on the zero line at this scale, and "never comes near zero" beside
            # it contradicted the curve
            self.flat_note.setText(self.tr("Nothing is shaded: the slope is never below {0}. Its smallest value, {1}, "
                                           "is small, but never 0: the unit never dies, as a ReLU unit can.").format(
                number(activations.FLAT), number(smallest)))
        else:
            self.flat_note.setText(self.tr("The slope never comes near zero: nothing is shaded."))
        self._update_readout()
        self.changed.emit()

    def _update_readout(self) -> None:
        name = self.activation_combo.currentData()
        z = self.z_spin.value()
        f, slope = activations.curves(name, [z])
        self.readout.setText(self.tr("At z = {0}: f(z) = {1}, f′(z) = {2}").format(
            number(z, 3), number(float(f[0])), number(float(slope[0]))))

    def _update_depth(self) -> None:
        k = self.layers_spin.value()
        ks = np.arange(1, MAX_LAYERS + 1)
        factors = np.array([activations.depth_factor(int(i)) for i in ks])
        # log mode: pyqtgraph draws log10 of the heights; bars grow from 10⁰ = 1 downwards
        self.depth_bars.setOpts(x=ks, y0=np.log10(factors), height=-np.log10(factors))
        self.depth_mark.setOpts(x=[k], y0=[np.log10(factors[k - 1])], height=[-np.log10(factors[k - 1])])
        factor = activations.depth_factor(k)
        self.depth_readout.setText(self.tr("After %n sigmoid layer(s) a gradient keeps at most 0.25{0} = {1} "
                                           "(1/{2}) of its size.", None, k).format(str(k).translate(SUPERSCRIPTS),
                                                                                   number(factor, 3),
                                                                                   f"{round(1 / factor):,}"))
        self.changed.emit()
