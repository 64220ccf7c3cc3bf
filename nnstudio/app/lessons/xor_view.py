"""Lesson 1's view: the studio's 2-h-1 XOR network as the lecture's table, with its weights editable.

For each of the four inputs the table shows every hidden unit's z = w·x + b and y = σ(z), then the output
unit's z and ŷ. The weights are the studio's: a weight typed here goes to the studio (undoable there, Ctrl+Z),
and a weight changed in the studio's editor — or by training — shows here at once. The decision boundary beside
the table is the studio's. *The lecture's weights* puts the lecture's hand-set weights into the studio (undoable
there) without leaving the lesson; *Random start in the studio* gives the studio fresh random weights and shows it,
for the learner to train there; *How often?* trains 20 random starts at once and counts how many find a solution.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QDoubleSpinBox, QGridLayout, QGroupBox, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.app.colors import readable_on
from nnstudio.app.commands import WeightEdit, lecture_xor, lecture_xor_fits
from nnstudio.app.editor.flow import flow_container
from nnstudio.app.lessons.common import MINUS, MinusSpinBox, fit_height, number, wrapped
from nnstudio.app.plots import DecisionBoundaryPlot
from nnstudio.app.subscriptions import subscribe
from nnstudio.data.toy import XOR_X, XOR_Y
from nnstudio.engine.spec import NetworkSpec
from nnstudio.engine.sweep import seed_sweep
from nnstudio.lessons import xor
from nnstudio.lessons.catalog import LessonState

SWEEP_SEEDS = 20
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
RIGHT_COLOR = (0, 128, 0)     # ŷ on the right side of 0.5
WRONG_COLOR = (220, 0, 0)     # ŷ on the wrong side


def xor_network(spec) -> bool:
    """True for a network the table can show: 2 inputs, one hidden layer, 1 output, sigmoid everywhere."""
    return (spec.input_dim == 2 and len(spec.hidden) == 1 and spec.output.units == 1
            and spec.hidden[0].activation == "sigmoid" and spec.output.activation == "sigmoid")


def two_decimals(value: float) -> str:
    """As the weights read in their boxes: 0.34 (not 0.335 beside a weight of 0.34), −8.00, 0.99."""
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text.replace("-", MINUS)


class XorTableView(QWidget):
    """The lecture's XOR table over the studio's weights (see the module docstring)."""

    # the learner changed a weight here (the checks read the studio's weights)
    changed = Signal()
    # the studio should be shown (after Random start in the studio)
    studioRequested = Signal(str)

    def __init__(self, session, undo_stack=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.weights: list[np.ndarray] | None = None
        self._hidden = 0

        self.status = wrapped("", self)
        self.weight_box = QGroupBox(self.tr("Weights (shared with the studio)"), self)
        self.weight_grid = QGridLayout(self.weight_box)
        self.spins: dict[tuple[int, str, int, int], QDoubleSpinBox] = {}
        # (a short text: a check box does not wrap, and the long one made the view 457 px wide at least)
        self.rounded = QCheckBox(self.tr("Round y to 0 or 1, as the lecture does"), self)
        self.rounded.setToolTip(self.tr("Round each hidden unit's output y to 0 or 1 before the output unit, as "
                                        "the lecture does by hand."))
        self.table = QTableWidget(4, 0, self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verdict = QLabel(self)
        self.boundary = DecisionBoundaryPlot(self)
        self.boundary.class_label.hide()
        self.boundary.class_box.hide()
        self.boundary.setMinimumSize(220, 200)
        # room above the plot for the top tick's label ("1.5" was cut in half just under Reset view and Export)
        self.boundary.plot.setContentsMargins(0, self.fontMetrics().height() // 2 + 2, 0, 0)

        self.lecture_button = QPushButton(self.tr("The lecture's weights"), self)
        self.lecture_tip = self.tr("Put the lecture's weights into the studio's network: w = (5, 5), b = −8; "
                                   "w = (−7, −7), b = 3; output w = (−11, −11), b = 6 (Ctrl+Z in the studio "
                                   "undoes it).")
        self.train_button = QPushButton(self.tr("Random start in the studio"), self)
        self.train_tip = self.tr("Give the studio's network random weights from a new seed and go to the studio: "
                                 "press Run and watch backpropagation find a solution.")
        self.sweep_button = QPushButton(self.tr("How often? Train {0} random starts").format(SWEEP_SEEDS), self)
        self.sweep_button.setToolTip(self.tr("Train the 2-2-1 network from {0} different random weights at once "
                                             "(SGD, η = 3, 300 steps) and count how many solve XOR.").format(
            SWEEP_SEEDS))
        self.sweep_result = wrapped("", self)

        # the weights beside the plot where the view is wide enough, else the plot under them; the buttons wrap: at
        # 1024×600 the view was 683 px wide in a 482 px place and the page scrolled sideways, the plot and ŷ out
        # of sight
        self.verdict.setWordWrap(True)
        self._top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._left = left = QVBoxLayout()
        left.addWidget(self.weight_box)
        left.addWidget(self.rounded)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(self.boundary, 2)
        self._buttons = flow_container((self.lecture_button, self.train_button, self.sweep_button), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top, 1)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addWidget(self._buttons)
        layout.addWidget(self.sweep_result)

        self.rounded.toggled.connect(lambda _: self._fill_table())
        self.lecture_button.clicked.connect(self.load_lecture_weights)
        self.train_button.clicked.connect(self.train_from_random)
        self.sweep_button.clicked.connect(self.run_sweep)
        events = session.events
        for event in (events.spec, events.weights, events.progress):
            subscribe(self, event, lambda *_: self.refresh())
        subscribe(self, events.data, self._new_data)
        self._new_data(session.dataset)

    def lesson_states(self) -> list[LessonState]:
        """Nothing of this view's own: the lesson's checks read the studio."""
        return []

    # ------------------------------------------------------------------ the studio's network
    def linked(self) -> bool:
        return xor_network(self.session.spec) and self.session.dataset.input_dim == 2

    # -- side by side or one under the other -------------------------------------------------------------------
    def _arrange(self) -> None:
        """The plot beside the weights when both fit the width, else under them. The view's least width is that of
        the narrower arrangement (its layout would ask for the wider one: the page then scrolled sideways)."""
        margins = self.layout().contentsMargins()
        sides = margins.left() + margins.right()
        left = self._left.minimumSize().width()
        beside = left + self._top.spacing() + self.boundary.minimumWidth() + sides
        narrow = max(left, self.boundary.minimumWidth(), self.table.minimumSizeHint().width(),
                     self._buttons.minimumSizeHint().width()) + sides
        if self.minimumWidth() != narrow:
            self.setMinimumWidth(narrow)
        direction = QBoxLayout.Direction.LeftToRight if self.width() >= beside else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != direction:
            self._top.setDirection(direction)

    def side_by_side(self) -> bool:
        """True while the plot is beside the weights (not under them)."""
        return self._top.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._arrange()

    def _new_data(self, dataset) -> None:
        self.boundary.set_dataset(dataset)
        self.refresh()

    def refresh(self, weights=None) -> None:
        """Show the studio's weights now (or ``weights``, e.g. from a training snapshot)."""
        fits = self.lecture_fits()
        self.lecture_button.setEnabled(fits)
        self.lecture_button.setToolTip(self.lecture_tip if fits else self.tr(
            "The studio's data is not a two-input yes/no problem: press Set up in the studio to load the XOR data "
            "with the lecture's network."))
        linked = self.linked()
        # (new random weights for another network would throw away its training, with no undo)
        self.train_button.setEnabled(linked)
        self.train_button.setToolTip(self.train_tip if linked else self.tr(
            "The studio holds another network, whose training this would throw away: press Set up in the studio "
            "to put the lecture's 2-2-1 network there first."))
        if not linked:
            self.weights = None
            self.status.setText(self.tr("The studio holds another network. Press Set up in the studio to put "
                                        "the lecture's 2-2-1 sigmoid network and its weights there."))
            self._build_spins(0)
            self.table.setRowCount(0)
            self.verdict.setText("")
            return
        self.status.setText(self.tr("The studio's network on the four XOR inputs. Type a weight here or in the "
                                    "studio's editor: both change at once."))
        self.weights = [np.asarray(w, dtype=np.float64) for w in (weights or self.session.weights())]
        hidden = self.weights[0].shape[1]
        if hidden != self._hidden:
            self._build_spins(hidden)
        for (layer, kind, row, col), spin in self.spins.items():
            value = self.weights[2 * layer][row, col] if kind == "W" else self.weights[2 * layer + 1][row]
            with QSignalBlocker(spin):
                spin.setValue(float(value))
        self._fill_table()

    def show_snapshot(self, snapshot) -> None:
        """The studio trained (or redrew): its newest weights and decision boundary."""
        self.boundary.show_snapshot(snapshot)
        shapes = [np.shape(w) for w in snapshot.weights]
        if self.linked() and shapes == [tuple(s) for s in self.session.spec.weight_shapes]:
            self.refresh(list(snapshot.weights))

    def _build_spins(self, hidden: int) -> None:
        while self.weight_grid.count():
            item = self.weight_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.spins = {}
        self._hidden = hidden
        if not hidden:
            return
        n_w = max(2, hidden)                 # weight columns: the widest fan-in (the output unit's)
        headers = [f"w{i + 1}".translate(SUBSCRIPTS) for i in range(n_w)] + ["b"]
        for c, text in enumerate(headers):
            self.weight_grid.addWidget(QLabel(text, self.weight_box), 0, c + 1, Qt.AlignmentFlag.AlignCenter)
        rows = [(self.tr("hidden unit {0}").format(j + 1), 0, j) for j in range(hidden)]
        rows.append((self.tr("output unit"), 1, 0))
        for r, (name, layer, unit) in enumerate(rows, start=1):
            self.weight_grid.addWidget(QLabel(name, self.weight_box), r, 0)
            fan_in = 2 if layer == 0 else hidden
            keys = [(layer, "W", i, unit) for i in range(fan_in)] + [(layer, "b", unit, 0)]
            columns = list(range(1, fan_in + 1)) + [n_w + 1]
            for key, column in zip(keys, columns):
                spin = MinusSpinBox(self.weight_box)
                spin.setRange(-50.0, 50.0)
                spin.setDecimals(2)
                spin.setSingleStep(1.0)
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda value, k=key: self.set_weight(k, value))
                self.weight_grid.addWidget(spin, r, column)
                self.spins[key] = spin

    def set_weight(self, key: tuple[int, str, int, int], value: float) -> None:
        """One weight typed in the table: it goes to the studio's network (undoable there)."""
        if self.weights is None:
            return
        layer, kind, row, col = key
        old = float(self.weights[2 * layer][row, col] if kind == "W" else self.weights[2 * layer + 1][row])
        if old == value:
            return
        text = self.tr("Set a weight in the XOR table")
        if self.undo_stack is not None:
            self.undo_stack.push(WeightEdit(self.session, layer, kind, row, col, old, float(value), text))
        else:
            self.session.set_weight(layer, kind, row, col, float(value))
        self.changed.emit()

    # ------------------------------------------------------------------ the table
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # (the desktop went dark or light: ŷ's colours follow)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "table", None) is not None:
            self._fill_table()

    def rows(self) -> list[xor.XorRow]:
        if self.weights is None:
            return []
        return (xor.rounded_table if self.rounded.isChecked() else xor.xor_table)(self.weights)

    def _fill_table(self) -> None:
        rows = self.rows()
        if not rows:
            return
        # (the view's own Base, the table's background: the view hears of a new palette before its table does)
        base = self.palette().color(QPalette.ColorRole.Base)
        h = len(rows[0].hidden_z)
        headers = ["x₁", "x₂"]
        for j in range(h):
            z, y = f"z{j + 1}".translate(SUBSCRIPTS), f"y{j + 1}".translate(SUBSCRIPTS)
            headers += [f"{z}\nw·x + b", f"{y}\nσ({z})"]
        headers += [self.tr("output\nz"), "ŷ\nσ(z)", self.tr("XOR")]
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            cells = [number(row.x[0]), number(row.x[1])]
            for z, a in zip(row.hidden_z, row.hidden_a):
                cells += [two_decimals(z), two_decimals(a) if not self.rounded.isChecked() else number(a)]
            cells += [two_decimals(row.output_z), two_decimals(row.output), number(row.target)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == len(cells) - 2:
                    right = (row.output > 0.5) == (row.target > 0.5)
                    # green right, red wrong, as they read on the table (in a dark theme too)
                    item.setForeground(readable_on(QColor(*(RIGHT_COLOR if right else WRONG_COLOR)), base))
                    item.setToolTip(f"ŷ = {row.output:.6f}")
                self.table.setItem(r, c, item)
        fit_height(self.table)
        solved = all((row.output > 0.5) == (row.target > 0.5) for row in rows)
        self.verdict.setText(self.tr("These weights give XOR: ŷ is on the right side of 0.5 for all four inputs.")
                             if solved else
                             self.tr("These weights do not give XOR: some ŷ is on the wrong side of 0.5."))

    def outputs(self) -> list[float]:
        """ŷ for the four inputs as the table shows them (two decimals)."""
        column = self.table.columnCount() - 2
        return [float(self.table.item(r, column).text()) for r in range(self.table.rowCount())]

    # ------------------------------------------------------------------ the lecture's weights, training
    def lecture_fits(self) -> bool:
        """True if the studio's data takes the lecture's 2-2-1 network (two inputs, a yes/no output)."""
        return lecture_xor_fits(self.session)

    def load_lecture_weights(self) -> bool:
        """The lecture's 2-2-1 sigmoid network and its hand-set weights in the studio (undoable there); the
        learner stays in the lesson. False if the studio's data does not take that network."""
        if not self.lecture_fits():
            return False
        command = lecture_xor(self.session, self.tr("Load the lecture's XOR weights"))
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()
        self.changed.emit()
        return True

    def train_from_random(self) -> None:
        """Random weights from the next seed in the studio, for the learner to train there."""
        seed = self.session.config.seed + 1
        self.session.set_config(seed=seed)
        self.session.reset_weights()
        self.studioRequested.emit(self.tr("Random weights from seed {0}: press Run (Space) and watch "
                                          "backpropagation look for a solution.").format(seed))

    def run_sweep(self) -> tuple[int, int]:
        """Train the lecture's 2-2-1 network from SWEEP_SEEDS seeds at once; returns (solved, seeds)."""
        template = self.session.spec.build(seed=0, dtype="float64") if self.linked() \
            else NetworkSpec.xor_default().build(seed=0, dtype="float64")
        training = {"name": xor.TRAINING["optimizer"], "lr": xor.TRAINING["lr"]}
        sweep = seed_sweep(template, {"sgd": training}, XOR_X, XOR_Y, seeds=range(SWEEP_SEEDS),
                           steps=xor.TRAINING["epochs"])
        steps = sweep["sgd"].steps_to_accuracy(1.0)
        solved = int(np.count_nonzero(steps >= 0))
        median = int(np.median(steps[steps >= 0])) if solved else 0
        self.sweep_result.setText(self.tr("Backpropagation solved XOR from {0} of {1} random starts (median {2} "
                                          "steps); from the others it got stuck in a local minimum.").format(
            solved, SWEEP_SEEDS, median))
        return solved, SWEEP_SEEDS
