"""Small pieces the lesson views share: numbers as the lectures write them, a logarithmic slider, plot styling."""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSlider, QStyle, QWidget

from nnstudio.app.plots.base import AXIS_COLOR, readable_axes, style_plot

MINUS = "\u2212"        # the lectures' minus sign: "−10", not "-10"


def number(value: float, digits: int = 4) -> str:
    """``value`` with ``digits`` significant digits and the typographic minus: −10, 0.25, 0.000911, 6.01, 1,090
    (not 1.09e+03; from a million on, 1.2e+06)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float) and math.isinf(value):
        return "∞" if value > 0 else MINUS + "∞"
    text = f"{value:.{digits}g}"
    if "e+" in text and abs(float(text)) < 1e6:     # 1090, not "1.09e+03": the lessons write 1,000 as 1,000
        text = f"{float(text):,.0f}"
    if text in ("-0", "-0.0"):
        text = "0"
    return text.replace("-", MINUS)


class MinusSpinBox(QDoubleSpinBox):
    """A number field that writes the lectures' minus, "−2.00" as the text, tables and graphs beside it do (it
    read "-2.00" next to "w = −2"); a typed "-" becomes "−"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return super().textFromValue(value).replace("-", MINUS)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        return super().valueFromText(text.replace(MINUS, "-"))

    def validate(self, text: str, pos: int):
        state, text, pos = super().validate(text.replace(MINUS, "-"), pos)
        return state, text.replace("-", MINUS), pos


def enable(button: QWidget, enabled: bool, why: str = "") -> None:
    """Enable ``button`` with its own tooltip, or disable it with the tooltip ``why``: why it waits, and what
    brings it back (a greyed-out button without a reason looks broken)."""
    if button.property("own_tip") is None:
        button.setProperty("own_tip", button.toolTip())
    button.setEnabled(enabled)
    button.setToolTip(button.property("own_tip") if enabled else why)


class LogSlider(QWidget):
    """A horizontal slider over [low, high] on a logarithmic scale, with its value written beside it."""

    valueChanged = Signal(float)

    STEPS = 400

    def __init__(self, low: float, high: float, value: float, digits: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        if not 0 < low < high:
            raise ValueError(f"A logarithmic slider needs 0 < low < high (got {low}, {high}).")
        self._low, self._high, self._digits = math.log10(low), math.log10(high), digits
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, self.STEPS)
        self.label = QLabel(self)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("0.000001 "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._value = value
        self.set_value(value)
        self.slider.valueChanged.connect(self._on_slider)

    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Move to ``value`` (clipped to the range), emitting valueChanged if it changed."""
        value = min(max(float(value), 10 ** self._low), 10 ** self._high)
        position = round((math.log10(value) - self._low) / (self._high - self._low) * self.STEPS)
        changed = value != self._value
        self._value = value
        self.label.setText(number(value, self._digits))
        self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(False)
        if changed:
            self.valueChanged.emit(value)

    def _on_slider(self, position: int) -> None:
        value = 10 ** (self._low + (self._high - self._low) * position / self.STEPS)
        value = float(f"{value:.{self._digits}g}")     # the value the label shows is the value used
        self._value = value
        self.label.setText(number(value, self._digits))
        self.valueChanged.emit(value)


def plot_widget(parent: QWidget | None = None, title: str = "", left: str = "", bottom: str = "",
                log_y: bool = False) -> pg.PlotWidget:
    """A white pyqtgraph plot in the studio's style, with axis names (``log_y``: a logarithmic y axis whose
    labels never crowd, as the studio's gradient view)."""
    widget = pg.PlotWidget(parent=parent, background="w", axisItems=readable_axes())
    plot = widget.getPlotItem()
    style_plot(plot)
    if log_y:
        plot.setLogMode(y=True)
    plot.setMenuEnabled(False)
    if title:
        plot.setTitle(title, size="9pt")
    if left:
        plot.setLabel("left", left)
    if bottom:
        plot.setLabel("bottom", bottom)
    widget.setMinimumSize(200, 150)
    return widget


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text wraps and can be selected (learners copy numbers from it)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_height(table) -> None:
    """Make a QTableWidget exactly as high as its header and rows (no empty band below short tables, no scroll
    bars: its columns share the width)."""
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    header = table.horizontalHeader()
    height = max(header.sizeHint().height(), header.minimumHeight()) if not header.isHidden() else 0
    table.setFixedHeight(height + rows + 2 * table.frameWidth() + 2)


def wrap_titles(table) -> None:
    """Let a QTableWidget's column titles wrap onto the lines they need when its columns are narrow, the header
    as high as the tallest title and the table refitted (fit_height) whenever the columns change width: a header
    keeps one line's height by itself and cut the titles ("sigmoid: la…" at 1024×600)."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def fit(*_) -> None:
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        padding = header.sizeHint().height() - metrics.height()        # above and below a one-line title
        tallest = metrics.height()
        for c in range(header.count()):
            item = table.horizontalHeaderItem(c)
            if item is None or header.isSectionHidden(c):
                continue
            width = max(1, header.sectionSize(c) - margin)
            tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap,
                                                        item.text()).height())
        if header.minimumHeight() != tallest + padding:
            header.setMinimumHeight(tallest + padding)
            fit_height(table)
    header.sectionResized.connect(fit)
    fit()


def on_canvas(label: QLabel) -> QLabel:
    """A label that belongs to the plots beside it: white, as their canvases are, with the plots' dark text (a colour
    key's lines have the colours of curves drawn on white; in a dark desktop theme the darkest of them vanished
    into the window)."""
    label.setStyleSheet(f"QLabel {{ background: white; color: {AXIS_COLOR}; padding: 2px 4px; }}")
    return label


def add_legend(plot, **options):
    """The plot's legend, its names in the plots' dark text (pyqtgraph's own grey read at 2.9 : 1 on white)."""
    return plot.addLegend(labelTextColor=AXIS_COLOR, **options)


def color_key(entries) -> str:
    """Rich text naming what each colour of a plot stands for: (rgb, text) pairs (instead of a legend, which
    covers the curves of a small plot)."""
    return " &nbsp; ".join(f"<span style='color:rgb{tuple(rgb)}'>━━</span> {text}" for rgb, text in entries)
