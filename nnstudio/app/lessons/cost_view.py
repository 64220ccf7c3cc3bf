"""Lesson 7's view: why we minimise a cost, and Nielsen's learning slowdown.

*Cost and error count along one weight*: one weight of the studio's classifier swept over a range, the others
kept; the number of misclassified test images is a staircase, the cost a smooth curve (on a background thread).
*The learning slowdown*: one sigmoid neuron learning input 1 → output 0 from output 0.82 and from 0.98, under the
quadratic cost and under the cross-entropy, side by side (``nnstudio.lessons.cost``).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from nnstudio.app.lessons.background import BackgroundJob
from nnstudio.app.editor.flow import flow_container
from nnstudio.app.lessons.common import color_key, enable, number, on_canvas, plot_widget, wrapped
from nnstudio.lessons import cost
from nnstudio.lessons.catalog import LessonState

SWEEP_POINTS = 161
SWEEP_SPAN = 8.0                # the weight runs over its value ± this
SWEEP_IMAGES = 1000             # test images the cost and the errors are counted on
TARGET = 0.2                    # the output the slowdown task asks for
START_COLORS = {"good": (8, 119, 189), "bad": (213, 94, 0)}


class CostView(QWidget):
    """The cost along one weight, and the slowdown (see the module docstring)."""

    # the slowdown's cost or η changed
    changed = Signal()

    def __init__(self, link, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.job = BackgroundJob(self)

        # -- cost vs error count
        sweep_box = QGroupBox(self.tr("Cost and error count along one weight"), self)
        self.sweep_button = QPushButton(self.tr("Sweep a weight of the studio's network"), sweep_box)
        self.sweep_button.setToolTip(self.tr("Move one output-layer weight of the studio's network over a range "
                                             "and count, at each value, the cost and the misclassified test "
                                             "images."))
        self.sweep_progress = QProgressBar(sweep_box)
        self.sweep_progress.setRange(0, SWEEP_POINTS)
        self.sweep_progress.hide()                  # until the first sweep (an empty bar read as a text field)
        self.sweep_note = wrapped("", sweep_box)
        self.cost_plot = plot_widget(sweep_box, left=self.tr("cost"))
        self.error_plot = plot_widget(sweep_box, left=self.tr("errors"), bottom=self.tr("the weight's value"))
        self.error_plot.setXLink(self.cost_plot)
        self.cost_curve = self.cost_plot.plot(pen=pg.mkPen((8, 119, 189), width=2))
        self.error_curve = self.error_plot.plot(pen=pg.mkPen((213, 94, 0), width=2))
        self.now_lines = [pg.InfiniteLine(angle=90, pen=pg.mkPen((90, 90, 90), style=pg.QtCore.Qt.PenStyle.DashLine))
                          for _ in range(2)]
        self.cost_plot.addItem(self.now_lines[0])
        self.error_plot.addItem(self.now_lines[1])
        row = QHBoxLayout()
        row.addWidget(self.sweep_button)
        row.addWidget(self.sweep_progress, 1)
        box = QVBoxLayout(sweep_box)
        box.addLayout(row)
        box.addWidget(self.sweep_note)
        plots = QHBoxLayout()
        plots.addWidget(self.cost_plot)
        plots.addWidget(self.error_plot)
        box.addLayout(plots, 1)

        # -- the learning slowdown
        slow_box = QGroupBox(self.tr("The learning slowdown: one sigmoid neuron, input 1 → output 0"), self)
        self.eta_spin = QDoubleSpinBox(slow_box)
        self.eta_spin.setRange(0.01, 5.0)
        self.eta_spin.setDecimals(2)
        self.eta_spin.setSingleStep(0.05)
        self.eta_spin.setKeyboardTracking(False)
        self.cost_buttons = QButtonGroup(self)
        self.quadratic_radio = QRadioButton(self.tr("quadratic"), slow_box)
        self.cross_entropy_radio = QRadioButton(self.tr("cross-entropy"), slow_box)
        self.cost_buttons.addButton(self.quadratic_radio)
        self.cost_buttons.addButton(self.cross_entropy_radio)
        # (wraps on a narrow view: at 1024×600 the row made the page scroll sideways)
        controls = flow_container([(QLabel(self.tr("η:"), slow_box), self.eta_spin),
                                 (QLabel(self.tr("Train with the cost:"), slow_box), self.quadratic_radio,
                                  self.cross_entropy_radio)], slow_box)
        self.slow_plots = {}
        slow_row = QHBoxLayout()
        for name, text in (("quadratic", self.tr("quadratic cost")), ("cross_entropy", self.tr("cross-entropy"))):
            plot = plot_widget(slow_box, title=text, left=self.tr("output a"), bottom=self.tr("epoch"))
            plot.getPlotItem().setYRange(0, 1, padding=0.02)
            self.slow_plots[name] = plot
            slow_row.addWidget(plot)
        self.slow_note = wrapped("", slow_box)
        self.slow_key = key = on_canvas(wrapped(color_key(
            (START_COLORS[start], self.tr("from w = {0}, b = {1} (output {2})").format(
                number(w), number(b), number(cost.single_neuron(w, b, epochs=0).outputs[0], 2)))
            for start, (w, b) in cost.SLOWDOWN_STARTS.items()), slow_box))
        box = QVBoxLayout(slow_box)
        box.addWidget(controls)
        box.addWidget(key)
        box.addLayout(slow_row, 1)
        box.addWidget(self.slow_note)

        # two plots side by side fit a narrow view (at 1024×600 their 200 px each made the page scroll sideways)
        for plot in (self.cost_plot, self.error_plot, *self.slow_plots.values()):
            plot.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.addWidget(sweep_box, 1)
        layout.addWidget(slow_box, 1)

        self.sweep_button.clicked.connect(self.sweep)
        self.job.progressed.connect(self._on_sweep_progress)
        self.job.succeeded.connect(self._on_swept)
        self.job.failed.connect(self.sweep_note.setText)
        self.job.ended.connect(lambda: enable(self.sweep_button, True))
        self.eta_spin.valueChanged.connect(lambda _: self._update_slowdown())
        self.cost_buttons.buttonToggled.connect(lambda _b, checked: checked and self._update_slowdown())
        self.apply_options({"eta": cost.SLOWDOWN_ETA})
        self.sweep_note.setText(self.tr("Train a classifier in the studio first (Set up in the studio: "
                                        "Nielsen's network on MNIST), then sweep one of its weights."))

    # ------------------------------------------------------------------ the lesson's settings
    def values(self) -> dict:
        name = "cross_entropy" if self.cross_entropy_radio.isChecked() else "quadratic"
        return {"cost": name, "eta": self.eta_spin.value()}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: this view's settings."""
        return [LessonState(values=self.values())]

    def apply_options(self, options) -> None:
        self.eta_spin.blockSignals(True)
        self.eta_spin.setValue(float(options.get("eta", cost.SLOWDOWN_ETA)))
        self.eta_spin.blockSignals(False)
        self.quadratic_radio.blockSignals(True)
        self.quadratic_radio.setChecked(True)
        self.quadratic_radio.blockSignals(False)
        self._update_slowdown()

    # ------------------------------------------------------------------ the slowdown
    def _update_slowdown(self) -> None:
        eta = self.eta_spin.value()
        chosen = self.values()["cost"]
        reached, ends = {}, {}
        for name, plot in self.slow_plots.items():
            plot.clear()
            for start, (w, b) in cost.SLOWDOWN_STARTS.items():
                run = cost.single_neuron(w, b, name, eta, epochs=cost.SLOWDOWN_EPOCHS)
                reached[(name, start)] = cost.epochs_to_reach(run, TARGET)
                ends[(name, start)] = float(run.outputs[-1])
                width = 3 if name == chosen else 1.5
                plot.plot(np.arange(len(run.outputs)), run.outputs, pen=pg.mkPen(START_COLORS[start], width=width))
            plot.getPlotItem().setTitle(plot.getPlotItem().titleLabel.text, size="9pt",
                                        color="#000000" if name == chosen else "#808080")
        bad = reached[(chosen, "bad")]
        title = self.tr("quadratic") if chosen == "quadratic" else self.tr("cross-entropy")
        if bad is None:
            # the text says it "ends at 0.20": the note gives the third digit that keeps it above 0.2
            text = self.tr("With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) does not reach "
                           "output {2} in {3} epochs: it ends at {4}.").format(
                title, number(eta), number(TARGET), cost.SLOWDOWN_EPOCHS, number(ends[(chosen, "bad")], 3))
        else:
            text = self.tr("With the {0} cost and η = {1}, the badly wrong neuron (w = 2, b = 2) reaches output {2} "
                           "after %n epoch(s).", None, bad).format(title, number(eta), number(TARGET))
        self.slow_note.setText(text)
        self.changed.emit()

    # ------------------------------------------------------------------ the sweep
    def sweep(self) -> bool:
        """Sweep one output-layer weight of the studio's network (False if it is not a classifier of 2 or more
        classes: the note says what to do)."""
        session = self.link.session
        dataset = session.dataset
        if self.job.running:
            return False
        if session.spec.output.units < 2 or dataset.problem != "multiclass":
            self.sweep_note.setText(self.tr("The studio's network is not a classifier with one output per class. "
                                            "Press Set up in the studio (Nielsen's network on MNIST) first."))
            return False
        model = session.inference_model()
        weights = model.get_weights()
        parameter = len(weights) - 2                       # the output layer's W
        index = np.unravel_index(int(np.argmax(np.abs(weights[parameter]))), weights[parameter].shape)
        centre = float(weights[parameter][index])
        values = np.linspace(centre - SWEEP_SPAN, centre + SWEEP_SPAN, SWEEP_POINTS)
        x, y = dataset.x_test[:SWEEP_IMAGES], dataset.y_test[:SWEEP_IMAGES]
        name = f"W{parameter // 2 + 1}[{index[0]},{index[1]}]"
        self.sweep_note.setText(self.tr("Sweeping {0} (now {1}) on {2} test images…").format(
            name, number(centre, 3), len(x)))
        enable(self.sweep_button, False, self.tr("A sweep is running (see the bar): you can sweep again when it "
                                                 "has finished."))
        self.sweep_progress.setValue(0)             # the last sweep's bar and curves go at once
        self.sweep_progress.show()
        self.cost_curve.setData([], [])
        self.error_curve.setData([], [])
        self._sweep_name, self._sweep_centre = name, centre
        for line in self.now_lines:
            line.setValue(centre)

        def work(abort):
            costs, errors = [], []
            chunk = 10
            for i in range(0, len(values), chunk):
                part = cost.along_weight(model, x, y, index, values[i:i + chunk], parameter)
                costs.extend(part.costs)
                errors.extend(part.errors)
                yield len(costs), len(values), (values[:len(costs)], np.array(costs), np.array(errors))
            return cost.WeightSweep(values, np.array(costs), np.array(errors))
        self.job.start(work)
        return True

    def _on_sweep_progress(self, done: int, total: int, partial) -> None:
        values, costs, errors = partial
        self.sweep_progress.setValue(done)
        self.cost_curve.setData(values, costs)
        self.error_curve.setData(values, errors)

    def _on_swept(self, result: cost.WeightSweep) -> None:
        self.cost_curve.setData(result.values, result.costs)
        self.error_curve.setData(result.values, result.errors)
        steps = int(np.count_nonzero(np.diff(result.errors)))
        self.sweep_note.setText(self.tr("{0} from {1} to {2}: the error count changes in whole steps (%n jump(s), "
                                        "flat in between — no slope to follow); the cost changes smoothly.", None,
                                        steps).format(self._sweep_name, number(result.values[0], 3),
                                                      number(result.values[-1], 3)))

    def shutdown(self, timeout_s: float | None) -> bool:
        """Abort the background work; True once it has ended (None: wait for it as long as it takes)."""
        self.job.abort()
        return self.job.wait(timeout_s)
