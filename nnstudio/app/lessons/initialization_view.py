"""Lesson 9's view: what every hidden layer of a deep network outputs at initialization, with a verdict each.

Ten hidden layers of 100 tanh or ReLU units get 1,000 standard-normal inputs; each layer's outputs are shown as a
histogram with its verdict — healthy, saturated, collapsed or exploding (``nnstudio.lessons.initialization``).
tanh outputs are drawn over [−1, 1], where saturation piles them up at the ends. ReLU outputs are drawn over one
range for all layers (from the first layer's spread), without the zeros of the inactive units; outputs beyond the
range are counted in the last bin, so a layer that explodes shows a spike at the right edge and one that
collapses a spike at 0.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnstudio.app.editor.flow import flow_container
from nnstudio.app.lessons.common import number, wrapped
from nnstudio.app.plots.base import style_plot
from nnstudio.app.texts import title
from nnstudio.lessons import activations, initialization
from nnstudio.lessons.catalog import LessonState

BINS = 40
COLUMNS = 5
VERDICT_COLORS = {"healthy": (0, 130, 90), "saturated": (213, 94, 0), "collapsed": (86, 120, 200),
                  "exploding": (200, 30, 30)}


class InitializationView(QWidget):
    """Per-layer histograms at initialization (see the module docstring)."""

    # the activation, the initializer or the seed changed
    changed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.activation_combo = QComboBox(self)
        for name in ("tanh", "relu"):
            self.activation_combo.addItem(title("Lessons", activations.TITLES[name]), name)
        self.initializer_combo = QComboBox(self)
        for name, text in initialization.INITIALIZERS.items():
            self.initializer_combo.addItem(title("Lessons", text), name)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 9999)
        # (wraps on a narrow view: at 1024×600 the row made the page scroll sideways)
        row = flow_container([(QLabel(text, self), widget) for text, widget in (
            (self.tr("Activation:"), self.activation_combo), (self.tr("Initial weights:"), self.initializer_combo),
            (self.tr("Seed:"), self.seed_spin))], self)
        self.summary = wrapped("", self)
        self.canvas = pg.GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.plots = []
        for i in range(initialization.DEPTH):
            plot = self.canvas.addPlot(row=i // COLUMNS, col=i % COLUMNS)
            style_plot(plot)
            plot.setMenuEnabled(False)
            plot.getAxis("left").setStyle(showValues=False)
            plot.setMouseEnabled(False, False)
            bars = pg.BarGraphItem(x=[], height=[], width=1.0)
            plot.addItem(bars)
            self.plots.append((plot, bars))
        layout = QVBoxLayout(self)
        layout.addWidget(row)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.summary)
        for combo in (self.activation_combo, self.initializer_combo):
            combo.currentIndexChanged.connect(lambda _: self._update())
        self.seed_spin.valueChanged.connect(lambda _: self._update())
        self.health: list[initialization.LayerHealth] = []
        self.apply_options({"activation": "tanh", "initializer": "normal", "seed": 0})

    # ------------------------------------------------------------------ the lesson's settings
    def spec(self):
        return initialization.deep_spec(self.activation_combo.currentData(), self.initializer_combo.currentData())

    def values(self) -> dict:
        return {"activation": self.activation_combo.currentData(), "initializer": self.initializer_combo.currentData(),
                "seed": self.seed_spin.value(), "depth": initialization.DEPTH, "width": initialization.WIDTH}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: the deep network shown and its seed."""
        return [LessonState(spec=self.spec(), values=self.values())]

    def apply_options(self, options) -> None:
        for widget in (self.activation_combo, self.initializer_combo, self.seed_spin):
            widget.blockSignals(True)
        self.activation_combo.setCurrentIndex(self.activation_combo.findData(options.get("activation", "tanh")))
        self.initializer_combo.setCurrentIndex(self.initializer_combo.findData(options.get("initializer", "normal")))
        self.seed_spin.setValue(int(options.get("seed", 0)))
        for widget in (self.activation_combo, self.initializer_combo, self.seed_spin):
            widget.blockSignals(False)
        self._update()

    def verdicts(self) -> list[str]:
        return [h.verdict for h in self.health]

    # ------------------------------------------------------------------ drawing
    def _update(self) -> None:
        spec, seed = self.spec(), self.seed_spin.value()
        activation = spec.hidden[0].activation
        outputs = initialization.hidden_outputs(spec, seed)
        self.health = [initialization.layer_health(activation, a) for a in outputs]
        if activation == "tanh":
            limits = (-1.0, 1.0)
            shown = [np.clip(a, *limits) for a in outputs]
        else:
            first = outputs[0][outputs[0] > 0]
            high = 4.0 * float(np.sqrt(np.mean(np.square(first)))) if first.size else 1.0
            limits = (0.0, high)
            with np.errstate(invalid="ignore"):
                shown = [np.clip(np.nan_to_num(a[a > 0], posinf=high), *limits) for a in outputs]
        counts, edges = initialization.histograms(shown, bins=BINS, limits=limits)
        centres, width = (edges[:-1] + edges[1:]) / 2, edges[1] - edges[0]
        for i, ((plot, bars), health) in enumerate(zip(self.plots, self.health)):
            color = VERDICT_COLORS[health.verdict]
            bars.setOpts(x=centres, height=counts[i], width=width, brush=pg.mkBrush(*color), pen=pg.mkPen(None))
            plot.setXRange(*limits, padding=0.02)
            # the verdict below the layer's name: on one line five titles were wider than a 1024×600 window's
            # view, and layers 5 and 10 were cut off at its right edge
            plot.setTitle(self.tr("layer {0}<br>{1}").format(i + 1, title("Lessons", initialization.VERDICTS[
                health.verdict])), size="8pt", color="#%02x%02x%02x" % color)
            plot.getAxis("bottom").setLabel("")
        # never narrower than the ten plots need (the page scrolls sideways rather than hide a layer)
        least = self.canvas.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        self.canvas.setMinimumWidth(math.ceil(least) + 2 * self.canvas.frameWidth())
        verdicts = self.verdicts()
        counted = {v: verdicts.count(v) for v in initialization.VERDICTS if verdicts.count(v)}
        # "10 layers saturated", not "10× saturated" (read as ten times more saturated)
        text = ", ".join(self.tr("%n layer(s) {0}", None, n).format(title("Lessons", initialization.VERDICTS[v]))
                         for v, n in counted.items())
        rms = ", ".join(number(h.rms, 2) for h in self.health)
        initializer = title("Lessons", initialization.INITIALIZERS[self.initializer_combo.currentData()])
        self.summary.setText(self.tr("{0} with {1} weights: {2}. The spread (root mean square) of each layer's "
                                     "outputs: {3}.").format(title("Lessons", activations.TITLES[activation]),
                                                             initializer, text, rms))
        self.changed.emit()
