"""Lesson 6's view: gradient descent as a ball rolling down a cost, v → v − η∇C, one step at a time or running.

A 1-D parabola C(v) = v² or a 2-D valley C(v) = ½(v₁² + 10·v₂²) (``nnstudio.lessons.descent``); the learning-rate
slider and the lesson's three rates show too small (creeping), good, and too large (jumping across and flying
off). The verdict under the plot is measured on the first 30 steps from the start.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from nnstudio.app.lessons.common import LogSlider, number, plot_widget, wrapped
from nnstudio.app.room import make_action
from nnstudio.app.texts import title
from nnstudio.lessons import descent
from nnstudio.lessons.catalog import LessonState

ETA_RANGE = (0.001, 1.5)
RUN_INTERVAL_MS = 250          # one step every quarter second while running: slow enough to follow the ball
BALL_COLOR = (213, 94, 0)
PARABOLA_SPAN = 6.0            # the 1-D plot shows v in [−6, 6]
VALLEY_EXTENT = (-5.0, 5.0, -3.0, 3.0)
GRID = 120


def vector(values) -> str:
    """One weight as a number ("4"), two as a point ("(1.5, −2)"): "v = (4)" read as a bracketed aside."""
    parts = [number(float(x), 3) for x in values]
    return parts[0] if len(parts) == 1 else "({0})".format(", ".join(parts))


class DescentView(QWidget):
    """A ball on a cost curve or surface (see the module docstring)."""

    # the cost or the learning rate changed, or the ball took a step
    changed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.cost_combo = QComboBox(self)
        for name, c in descent.COSTS.items():
            self.cost_combo.addItem(title("Lessons", c.title), name)
        self.eta_slider = LogSlider(*ETA_RANGE, 0.3, digits=3, parent=self)
        self.eta_slider.setToolTip(self.tr("The learning rate η: how far each step goes."))
        self.rate_buttons = [QPushButton(self) for _ in range(3)]
        rates = QHBoxLayout()
        for button, text in zip(self.rate_buttons, (self.tr("too small"), self.tr("good"), self.tr("too large"))):
            button.setProperty("label", text)
            rates.addWidget(button)
            button.clicked.connect(lambda _=False, b=button: self.eta_slider.set_value(b.property("rate")))
        rates.addStretch(1)
        self.step_button = QPushButton(self.tr("Step"), self)          # (their tooltips: _draw_ball)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setCheckable(True)
        self.reset_button = QPushButton(self.tr("Back to the start"), self)
        self.reset_button.setToolTip(self.tr("Put the ball back where it started (a new η does that too)."))
        controls = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.reset_button):
            controls.addWidget(button)
        controls.addStretch(1)
        form = QFormLayout()
        # a row too wide for the view puts its field under its label (at 1024×600 the rates' buttons made the page
        # scroll sideways)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Cost:"), self.cost_combo)
        form.addRow(self.tr("Learning rate η:"), self.eta_slider)
        form.addRow(self.tr("The lesson's rates:"), rates)

        self.plot = plot_widget(self)
        p = self.plot.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        p.addItem(self.image)
        self.curve = p.plot(pen=pg.mkPen((40, 40, 40), width=2))
        self.path = p.plot(pen=pg.mkPen(BALL_COLOR, width=1.5), symbol="o", symbolSize=5,
                           symbolBrush=pg.mkBrush(*BALL_COLOR), symbolPen=None)
        self.ball = pg.ScatterPlotItem(size=16, brush=pg.mkBrush(*BALL_COLOR), pen=pg.mkPen("k", width=1.5))
        self.ball.setZValue(10)
        p.addItem(self.ball)
        self.readout = wrapped("", self)
        self.verdict = wrapped("", self)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.verdict)

        self.timer = QTimer(self)
        self.timer.setInterval(RUN_INTERVAL_MS)
        self.timer.timeout.connect(self.step)
        self.cost_combo.currentIndexChanged.connect(lambda _: self._new_cost())
        self.eta_slider.valueChanged.connect(lambda _: self._new_rate())
        self.step_button.clicked.connect(self.step)
        self.run_button.toggled.connect(self.set_running)
        # the studio's keys, while this lesson is shown (a hidden view's actions do not fire); a button that
        # waits (the ball has flown off) ignores its key as it ignores a click
        self.step_action = make_action(self, self.tr("Step the ball"), self.tr("One step of the ball (S)."),
                                       self.step_button.click, Qt.Key.Key_S)
        self.run_action = make_action(self, self.tr("Run or pause the ball"),
                                      self.tr("Run the ball, or pause it if it runs (Space)."), self.run_button.click,
                                      Qt.Key.Key_Space)
        self.addActions([self.step_action, self.run_action])
        self.reset_button.clicked.connect(self.restart)
        self.positions: list[np.ndarray] = []
        self.apply_options({"cost": "parabola", "eta": descent.COSTS["parabola"].rates[1]})

    # ------------------------------------------------------------------ the lesson's settings
    @property
    def cost(self) -> descent.Cost:
        return descent.cost(self.cost_combo.currentData())

    def values(self) -> dict:
        """The cost, the rate, and how far the learner has run the ball with them (steps, where it is now)."""
        return {"cost": self.cost_combo.currentData(), "eta": self.eta_slider.value(),
                "steps": len(self.positions) - 1, "position": tuple(float(x) for x in self.positions[-1])}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: this view's settings and the ball's run."""
        return [LessonState(values=self.values())]

    def apply_options(self, options) -> None:
        self.cost_combo.blockSignals(True)
        self.cost_combo.setCurrentIndex(self.cost_combo.findData(options.get("cost", "parabola")))
        self.cost_combo.blockSignals(False)
        self.eta_slider.blockSignals(True)
        self.eta_slider.set_value(float(options.get("eta", self.cost.rates[1])))
        self.eta_slider.blockSignals(False)
        self._new_cost()

    # ------------------------------------------------------------------ stepping
    def restart(self) -> None:
        self.set_running(False)
        self.positions = [np.asarray(self.cost.start, dtype=np.float64)]
        self._draw_ball()

    @property
    def flown_off(self) -> bool:
        """The ball has left every scale (η too large): no step can follow until Back to the start."""
        v = self.positions[-1]
        return not np.all(np.isfinite(v)) or float(np.max(np.abs(v))) > descent.FLOWN_OFF

    def step(self) -> bool:
        """One step of gradient descent; False once the ball has flown off."""
        if self.flown_off:
            return False
        v = self.positions[-1]
        with np.errstate(over="ignore", invalid="ignore"):
            self.positions.append(descent.step(self.cost, v, self.eta_slider.value()))
        self._draw_ball()
        self.changed.emit()
        return True

    def set_running(self, running: bool) -> None:
        if running:
            self.timer.start()
        else:
            self.timer.stop()
        self.run_button.blockSignals(True)
        self.run_button.setChecked(running)
        self.run_button.setText(self.tr("Pause") if running else self.tr("Run"))
        self.run_button.blockSignals(False)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.set_running(False)         # (another lesson is shown: the ball stops where it is)
        super().hideEvent(event)

    # ------------------------------------------------------------------ drawing
    def _new_cost(self) -> None:
        c = self.cost
        for button, rate in zip(self.rate_buttons, c.rates):
            button.setProperty("rate", rate)
            button.setText(f"{button.property('label')}: η = {number(rate)}")
        p = self.plot.getPlotItem()
        if c.dim == 1:
            vs = np.linspace(-PARABOLA_SPAN, PARABOLA_SPAN, 241)
            self.curve.setData(vs, [c.fn(np.array([v])) for v in vs])
            self.image.clear()
            p.setLabel("bottom", "v")
            p.setLabel("left", "C(v)")
            p.setRange(xRange=(-PARABOLA_SPAN, PARABOLA_SPAN), yRange=(-1.0, PARABOLA_SPAN ** 2), padding=0.02)
        else:
            x0, x1, y0, y1 = VALLEY_EXTENT
            xs, ys = np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID)
            values = np.array([[c.fn(np.array([x, y])) for x in xs] for y in ys])
            self.image.setImage(np.log1p(values), levels=(0.0, float(np.log1p(values).max())))
            self.image.setColorMap(pg.colormap.get("viridis"))
            self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
            self.curve.clear()
            p.setLabel("bottom", "v₁")
            p.setLabel("left", "v₂")
            p.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.0)
        self._new_rate()

    def _new_rate(self) -> None:
        c, eta = self.cost, self.eta_slider.value()
        verdict = descent.regime(c, eta)
        self.verdict.setText(self.tr("{0}  (η = {1}, measured over {2} steps from the start)").format(
            title("Lessons", descent.VERDICTS[verdict]), number(eta), descent.STEPS))
        self.restart()
        self.changed.emit()

    def _draw_ball(self) -> None:
        c = self.cost
        path = np.array(self.positions)
        with np.errstate(over="ignore", invalid="ignore"):
            costs = np.array([c.fn(v) for v in path])
        v, flown = path[-1], self.flown_off
        if c.dim == 1:
            self.path.setData(path[:, 0], costs)
            self.ball.setData([v[0]], [costs[-1]])
        else:
            self.path.setData(path[:, 0], path[:, 1])
            self.ball.setData([v[0]], [v[1]])
        k = len(path) - 1
        point = vector(v)
        # once flown off, Step and Run can do nothing: they say so, and the readout says what to do
        if flown:
            self.set_running(False)
        for button, tip in ((self.step_button, self.tr("One step: v → v − η∇C(v) (S).")),
                            (self.run_button, self.tr("Keep stepping (four steps a second) until you press it "
                                                      "again (Space)."))):
            button.setEnabled(not flown)
            button.setToolTip(self.tr("The ball has flown off: press Back to the start.") if flown else tip)
        if flown:
            self.readout.setText(self.tr("Step {0}: the ball has flown off (v = {1}). Choose a smaller η (the ball "
                                         "starts again), or press Back to the start.").format(k, point))
        else:
            gradient = vector(c.gradient(v))
            if self._off_the_plot(v):      # (it leaves the plot long before it counts as flown off)
                text = self.tr("Step {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}. The ball is off the plot.")
            else:
                text = self.tr("Step {0}: v = {1}, C(v) = {2}, ∇C(v) = {3}")
            self.readout.setText(text.format(k, point, number(float(costs[-1]), 3), gradient))

    def _off_the_plot(self, v) -> bool:
        if self.cost.dim == 1:
            return abs(float(v[0])) > PARABOLA_SPAN
        x0, x1, y0, y1 = VALLEY_EXTENT
        return not (x0 <= float(v[0]) <= x1 and y0 <= float(v[1]) <= y1)
