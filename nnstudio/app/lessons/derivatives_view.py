"""Lesson 2's view: (f(x + h) − f(x)) / h on a plot, with a slider for h.

The plot shows f, the two points the quotient uses and the line through them (the secant), and the tangent with
the exact slope: as h shrinks the secant turns into the tangent. For f(x, y) = x·y the plot shows f along x with
y held fixed, and the readout gives both partial derivatives.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.app.lessons.common import (LogSlider, MinusSpinBox, add_legend, fit_height, number, plot_widget,
                                         wrapped)
from nnstudio.app.tables import add_copy_action
from nnstudio.lessons import derivatives
from nnstudio.lessons.catalog import LessonState
from nnstudio.lessons.derivatives import FUNCTIONS

H_RANGE = (1e-6, 1.0)
TABLE_HS = (1.0, 0.1, 0.01, 0.001)
ROUNDING = 1e-9         # a quotient this close to the derivative is equal to it (floating-point rounding aside)


def _error(value: float) -> str:
    return number(0.0 if abs(value) < ROUNDING else value, 2)


class DerivativesView(QWidget):
    """Finite differences of the lecture's functions (see the module docstring)."""

    # the function, the point or h changed
    changed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.function_combo = QComboBox(self)
        for name, function in FUNCTIONS.items():
            self.function_combo.addItem(function.formula, name)
        self.x_spin = self._spin(3.0)
        self.y_spin = self._spin(4.0)
        self.h_slider = LogSlider(*H_RANGE, derivatives.LECTURE_H, digits=2, parent=self)
        self.h_slider.setToolTip(self.tr("The step h of the quotient: drag it to the left to make it smaller."))
        form = QFormLayout()
        form.addRow(self.tr("Function:"), self.function_combo)
        self.y_label = QLabel(self.tr("y (held fixed):"), self)
        row = QHBoxLayout()
        row.addWidget(self.x_spin)
        row.addWidget(self.y_label)
        row.addWidget(self.y_spin)
        row.addStretch(1)
        form.addRow(self.tr("x:"), row)
        form.addRow(self.tr("h:"), self.h_slider)

        self.readout = wrapped("", self)
        font = self.readout.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.readout.setFont(font)
        self.plot = plot_widget(self, left="f", bottom="x")
        add_legend(self.plot, offset=(10, 10))
        p = self.plot.getPlotItem()
        self.curve = p.plot(pen=pg.mkPen((40, 40, 40), width=2), name="f")
        self.tangent = p.plot(pen=pg.mkPen((0, 130, 90), width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                              name=self.tr("tangent (the derivative)"))
        self.secant = p.plot(pen=pg.mkPen((213, 94, 0), width=2), name=self.tr("through x and x + h"))
        self.points = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(213, 94, 0), pen=None)
        p.addItem(self.points)
        self.table = QTableWidget(len(TABLE_HS), 4, self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        self.table.setHorizontalHeaderLabels(["h", self.tr("quotient"), self.tr("derivative"), self.tr("error")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fit_height(self.table)
        add_copy_action(self.table)        # Ctrl+C: the rows for a spreadsheet, not one cell

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.readout)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table)

        self.function_combo.currentIndexChanged.connect(lambda _: self._update())
        self.x_spin.valueChanged.connect(lambda _: self._update())
        self.y_spin.valueChanged.connect(lambda _: self._update())
        self.h_slider.valueChanged.connect(lambda _: self._update())
        self.apply_options({"function": "double", "x": 3.0, "h": derivatives.LECTURE_H})

    def _spin(self, value: float) -> QDoubleSpinBox:
        spin = MinusSpinBox(self)
        spin.setRange(-10.0, 10.0)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        return spin

    # ------------------------------------------------------------------ the lesson's settings
    def values(self) -> dict:
        return {"function": self.function_combo.currentData(), "x": self.x_spin.value(),
                "y": self.y_spin.value(), "h": self.h_slider.value()}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: this view's settings."""
        return [LessonState(values=self.values())]

    def apply_options(self, options) -> None:
        for widget in (self.function_combo, self.x_spin, self.y_spin, self.h_slider):
            widget.blockSignals(True)
        self.function_combo.setCurrentIndex(self.function_combo.findData(options.get("function", "double")))
        self.x_spin.setValue(float(options.get("x", 3.0)))
        self.y_spin.setValue(float(options.get("y", 4.0)))
        self.h_slider.set_value(float(options.get("h", derivatives.LECTURE_H)))
        for widget in (self.function_combo, self.x_spin, self.y_spin, self.h_slider):
            widget.blockSignals(False)
        self._update()

    # ------------------------------------------------------------------ drawing
    def _update(self) -> None:
        name = self.function_combo.currentData()
        function = FUNCTIONS[name]
        two = len(function.variables) == 2
        self.y_label.setVisible(two)
        self.y_spin.setVisible(two)
        x, y, h = self.x_spin.value(), self.y_spin.value(), self.h_slider.value()
        point = (x, y) if two else (x,)
        along = (lambda t: function.f(t, y)) if two else function.f       # y held fixed
        quotients = derivatives.partial_quotients(function.f, point, h)
        exact = function.derivative(*point)
        fx, fxh = along(x), along(x + h)
        formula = "f(x + h, y)" if two else "f(x + h)"
        base = "f(x, y)" if two else "f(x)"
        lines = [f"({formula} − {base}) / h = ({number(fxh, 6)} − {number(fx, 6)}) / {number(h, 2)} "
                 f"= {number(quotients[0], 6)}"]
        if two:
            lines.append(self.tr("∂f/∂x = y = {0}: x moves, y is held fixed as if it were a constant.").format(
                number(exact[0])))
            lines.append(self.tr("∂f/∂y = x = {0} (finite difference {1}).").format(number(exact[1]),
                                                                                 number(quotients[1], 6)))
        else:
            error = _error(abs(quotients[0] - exact[0]))
            if error == "0":        # a straight line: "off by 0" read as a puzzle
                lines.append(self.tr("The derivative is {0}, and the quotient equals it.").format(number(exact[0])))
            else:
                lines.append(self.tr("The derivative is {0}; the quotient is off by {1}.").format(number(exact[0]),
                                                                                               error))
        self.readout.setText("\n".join(lines))
        # the plot: f along x, the two points, the secant through them and the tangent
        xs = np.linspace(x - 3.0, x + 3.0, 241)
        ys = np.array([along(t) for t in xs], dtype=np.float64)
        self.curve.setData(xs, ys)
        self.points.setData([x, x + h], [fx, fxh])
        span = np.array([x - 2.0, x + 2.0])
        self.secant.setData(span, fx + quotients[0] * (span - x))
        self.tangent.setData(span, fx + exact[0] * (span - x))
        rows = derivatives.quotient_table(name, point, hs=TABLE_HS)
        for r, row in enumerate(rows):
            for c, text in enumerate((number(row.h), number(row.quotient[0], 6), number(row.exact[0]),
                                      _error(row.error))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.changed.emit()
