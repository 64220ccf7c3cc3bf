"""The backprop stepper: a computational graph drawn node by node, filled in one quantity per step.

*Forward* computes one node at a time (g = w × x = −2 × 5 = −10, then f = −7); *Backward* gives one node its
gradient at a time, as upstream × local = downstream with the numbers, and writes the lecture's sentence
("When w rises by 1, f rises by 5."). Beside each input's gradient stands a finite-difference estimate that
checks it. Three graphs: the lecture's g = w·x, f = g + b (values editable), the same with a sigmoid gate, and
the studio's own network on one training example (every weight's ∂C/∂w beside its estimate).

The graphs and the order of the steps come from ``nnstudio.lessons.graph`` and ``nnstudio.lessons.walkthrough``;
this module only draws them.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGraphicsItem, QGraphicsPathItem, QGraphicsScene,
                               QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QTabBar, QVBoxLayout, QWidget)

from nnstudio.app.lessons.common import MINUS, MinusSpinBox, number, wrapped
from nnstudio.app.room import make_action
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import translated
from nnstudio.lessons import graph
from nnstudio.lessons.catalog import LessonState
from nnstudio.lessons.walkthrough import Walkthrough

MODES = ("lecture", "gate", "network")
LEAVES = {"w": -2.0, "x": 5.0, "b": 3.0}
MAX_DRAWN_NODES = 40          # the studio's network is drawn only up to this many named values
AGREES = 1e-4                 # backpropagation and the finite difference agree within this (relative) error

GRAD_COLOR = QColor(213, 94, 0)       # Okabe–Ito vermillion: gradients
CHECK_COLOR = QColor(0, 130, 90)      # bluish green: a finite-difference estimate that agrees
VALUE_COLOR = QColor(8, 80, 140)      # forward values
CURRENT_PEN = QPen(QColor(213, 94, 0), 2.6)
NODE_PEN = QPen(QColor(90, 90, 90), 1.2)
SMALL_POINTS = 8.0            # the app's small text (the plots' legends): no text of the graph is drawn smaller
ROW_POINTS = 12.5             # a node's rows of text, and the least they shrink to where a row is long ...
SMALLEST_ROW_POINTS = 11.0
LABEL_POINTS = 11.0           # ... and the derivatives at the edges (all at 1:1; the view shrinks them no further
                              # than to SMALL_POINTS, see GraphView.MIN_SCALE)


def is_parameter(label: str) -> bool:
    """A network weight or bias (W1[0,1], b2[0]) rather than an input or a computed value."""
    return len(label) > 1 and label[0] in "Wb" and label[1].isdigit()



def _operand(text: str) -> str:
    """A number written after ×, · or +: a negative one in parentheses, "1 × (−2)" as the lecture writes, not
    "1 × −2"."""
    return f"({text})" if text.startswith(MINUS) else text

class NodeItem(QGraphicsItem):
    """One named value: its name (and operation), then — once revealed — its value, gradient and check."""

    def __init__(self, title: str, width: float, height: float, leaf: bool):
        super().__init__()
        self.title = title
        self.lines: list[tuple[str, QColor]] = []
        self.current = False
        self._rect = QRectF(-width / 2, -height / 2, width, height)
        self._leaf = leaf
        self.setZValue(2)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(-2, -2, 2, 2)

    def set_lines(self, lines: list[tuple[str, QColor]], current: bool = False) -> None:
        self.lines, self.current = lines, current
        self.update()

    def text(self) -> str:
        """What the node shows, as plain text (one line each)."""
        return "\n".join([self.title] + [line for line, _ in self.lines])

    def text_width(self) -> float:
        return self._rect.width() - 6

    def drawn_rows(self, base: QFont) -> list[tuple[str, QColor, QFont]]:
        """Each row as it is painted: the title bold, the values regular, at ROW_POINTS — or down to
        SMALLEST_ROW_POINTS where a row would not fit the box (a small gradient, "∂ = −9.977e−08", was cut off at
        both ends)."""
        rows = []
        for i, (line, color) in enumerate([(self.title, QColor(30, 30, 30))] + self.lines):
            font = QFont(base)
            font.setBold(i == 0)
            size = ROW_POINTS
            font.setPointSizeF(size)
            while size > SMALLEST_ROW_POINTS and QFontMetricsF(font).horizontalAdvance(line) > self.text_width():
                size -= 0.5
                font.setPointSizeF(size)
            rows.append((line, color, font))
        return rows

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(CURRENT_PEN if self.current else NODE_PEN)
        painter.setBrush(QBrush(QColor(238, 240, 242) if self._leaf else QColor(255, 255, 255)))
        painter.drawRoundedRect(self._rect, 7, 7)
        rows = self.drawn_rows(painter.font())
        h = self._rect.height() / max(len(rows), 3)
        for i, (line, color, font) in enumerate(rows):
            painter.setFont(font)
            painter.setPen(color)
            r = QRectF(self._rect.left() + 3, self._rect.top() + 2 + i * h, self.text_width(), h)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), line)


class EdgeItem(QGraphicsPathItem):
    """An arrow from an input to the value computed from it, with the local derivative once it is revealed."""

    def __init__(self, start: QPointF, end: QPointF):
        super().__init__()
        path = QPainterPath(start)
        path.lineTo(end)
        line = end - start
        length = math.hypot(line.x(), line.y()) or 1.0
        ux, uy = line.x() / length, line.y() / length
        tip = end
        head = QPolygonF([tip, QPointF(tip.x() - 9 * ux + 4.5 * uy, tip.y() - 9 * uy - 4.5 * ux),
                          QPointF(tip.x() - 9 * ux - 4.5 * uy, tip.y() - 9 * uy + 4.5 * ux), tip])
        path.addPolygon(head)
        self.setPath(path)
        self.setPen(QPen(QColor(150, 150, 150), 1.2))
        self.setBrush(QBrush(QColor(150, 150, 150)))
        self.setZValue(0)
        self.label = QGraphicsSimpleTextItem(self)
        font = self.label.font()
        font.setPointSizeF(LABEL_POINTS)
        self.label.setFont(font)
        self.label.setBrush(QBrush(GRAD_COLOR))
        self.label.setZValue(3)
        # the label starts just after the arrow's tail, above the line (the gradient flows back into that node) —
        # below a line that rises, which ran through the label's right end ("= −2" of a two-line ∂g/∂x)
        self._anchor = QPointF(start.x() + 0.08 * (end.x() - start.x()) + 4, start.y() + 0.08 * (end.y() - start.y()))
        self._room = 0.92 * abs(end.x() - start.x()) - 4    # the width before the next node begins
        self._below = end.y() < start.y() - 1

    def set_label(self, text: str) -> None:
        """The local derivative written at the edge ("" before it is revealed; " " highlights it unwritten); a
        label wider than the gap to the next node goes on two lines ("∂a/∂f" over "= 0.0009102"), which it would
        otherwise run under."""
        self.label.setText(text.strip())
        if self.label.boundingRect().width() > self._room and " = " in text:
            self.label.setText(text.strip().replace(" = ", "\n= ", 1))
        rect = self.label.boundingRect()
        top = self._anchor.y() + 1 if self._below else self._anchor.y() - rect.height() - 1
        self.label.setPos(self._anchor.x(), top)
        self.setPen(QPen(GRAD_COLOR if text else QColor(150, 150, 150), 1.6 if text else 1.2))


class GraphView(QGraphicsView):
    """Shows the whole scene, scaled to fit — but never below ``MIN_SCALE`` (the numbers stay readable; a graph
    too big for the view scrolls instead, from its inputs on the left) nor above 1:1."""

    # the smallest text of the graph stays as large as the app's small text: at 1024×600 the graph was shrunk to
    # 0.6 and its numbers drawn at 5.4–5.8 pt, about 7 px high. At 1024×600 (a 432 px view) the lecture's graph
    # fits at this scale; the sigmoid gate and the studio's network scroll, at 1280×720 (586 px) too
    MIN_SCALE = SMALL_POINTS / min(SMALLEST_ROW_POINTS, LABEL_POINTS)

    # Space or Enter on the graph with the keyboard focus: the next step (as S)
    stepRequested = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 180)
        # white, as the plots are: the nodes, the gradients at the edges and the notes have colours made for white
        # paper (in a dark desktop theme the graph stood on the dark Base colour, its grey note unreadable)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        # Tab stops here (the arrows scroll a graph wider than the view): a frame in the highlight colour shows
        # it (Tab stopped on the graph with nothing to show, and its keys did nothing); the same width either
        # way, so the graph does not move
        self.setObjectName("LessonGraph")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#LessonGraph { border: 2px solid palette(midlight); }"
                           " #LessonGraph:focus { border: 2px solid palette(highlight); }")
        self.setToolTip(self.tr("The computational graph. With the keyboard focus on it, Space or Enter takes the "
                                "next step (as S) and the arrow keys scroll a graph wider than the view."))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if (event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            self.stepRequested.emit()
            return
        super().keyPressEvent(event)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        self.resetTransform()
        if rect.isEmpty():
            return
        self.setSceneRect(rect)
        scale = min(1.0, self.viewport().width() / rect.width(), self.viewport().height() / rect.height())
        scale = max(scale, self.MIN_SCALE)
        self.scale(scale, scale)
        self.centerOn(rect.center())
        if rect.width() * scale > self.viewport().width():      # too wide still: start at the inputs, not the middle
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()


class BackpropStepper(QWidget):
    """The lesson's graph, stepped through forward and backward (see the module docstring)."""

    # the learner changed something the lesson's checks read (values, steps shown)
    changed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.leaves = dict(LEAVES)
        self.mode = "lecture"
        self.walk: Walkthrough | None = None
        self.estimates: dict[int, float] = {}     # id(Value) -> finite-difference estimate
        self.forward_shown = 0
        self.backward_shown = 0
        self.backward_taken = 0                   # of those, the steps taken one at a time (◀ Backward, S, Space)
        self.items: dict[int, NodeItem] = {}
        self.edges: dict[tuple[int, int], EdgeItem] = {}
        self.sentences: list[str] = []
        self.note = ""

        self.mode_tabs = QTabBar(self)
        for text in (self.tr("g = w·x, f = g + b"), self.tr("With a sigmoid gate"), self.tr("The studio's network")):
            self.mode_tabs.addTab(text)
        self.mode_tabs.setTabToolTip(2, self.tr("The studio's network on one training example: every weight's "
                                                "gradient, with a finite-difference estimate beside it."))
        self.spins: dict[str, QDoubleSpinBox] = {}
        self._spin_labels: list[QLabel] = []
        values_row = QHBoxLayout()
        for name, value in LEAVES.items():
            spin = MinusSpinBox(self)
            spin.setRange(-20.0, 20.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.setValue(value)
            spin.setToolTip(self.tr("The value of {0}: change it and step through the graph again.").format(name))
            spin.valueChanged.connect(lambda v, n=name: self.set_leaf(n, v))
            label = QLabel(f"{name} =", self)
            self._spin_labels.append(label)
            values_row.addWidget(label)
            values_row.addWidget(spin)
            self.spins[name] = spin
        self.example_label = QLabel(self.tr("Example:"), self)
        self.example_combo = QComboBox(self)
        self.example_combo.setToolTip(self.tr("The training example whose loss the graph computes."))
        values_row.addWidget(self.example_label)
        values_row.addWidget(self.example_combo, 1)
        values_row.addStretch(1)

        self.forward_button = QPushButton(self.tr("Forward ▶"), self)       # (their tooltips: _update_buttons)
        self.backward_button = QPushButton(self.tr("◀ Backward"), self)
        self.all_button = QPushButton(self.tr("Both passes"), self)
        self.restart_button = QPushButton(self.tr("Start again"), self)
        self.restart_button.setToolTip(self.tr("Clear the values and gradients (the studio's network: take its "
                                               "weights as they are now)."))
        buttons = QHBoxLayout()
        for button in (self.forward_button, self.backward_button, self.all_button, self.restart_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.scene = QGraphicsScene(self)
        self.view = GraphView(self.scene, self)
        self.explanation = wrapped("", self)
        font = self.explanation.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.explanation.setFont(font)
        self.explanation.setMinimumHeight(3 * self.explanation.fontMetrics().height())
        self.sentence_label = wrapped("", self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_tabs)
        layout.addLayout(values_row)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.sentence_label)

        self.mode_tabs.currentChanged.connect(lambda i: self.set_mode(MODES[i]))
        self.example_combo.currentIndexChanged.connect(lambda _: self.mode == "network" and self.rebuild())
        self.forward_button.clicked.connect(self.step_forward)
        self.backward_button.clicked.connect(self._take_backward_step)
        self.all_button.clicked.connect(self.show_all)
        # S, the studio's Step key, while this lesson is shown: the next step, forward and then backward
        self.step_action = make_action(self, self.tr("Next step through the graph"),
                                       self.tr("The next step: forward until every value is computed, then "
                                               "backward (S)."), self.next_step, Qt.Key.Key_S)
        self.addAction(self.step_action)
        self.view.stepRequested.connect(self.next_step)
        self.restart_button.clicked.connect(self.rebuild)
        self._show_controls()
        self.rebuild()
        if session is not None:
            subscribe(self, session.events.changed, self._on_studio_changed)

    # ------------------------------------------------------------------ what the checks read
    def values(self) -> dict:
        """The leaves and, on the lecture's graphs, how many backward steps the learner took one at a time (Both
        passes shows them all without a step: it ticked "Step through the whole backward pass")."""
        taken = self.backward_taken if self.mode in ("lecture", "gate") else 0
        return {**self.leaves, "backward_steps_taken": taken, "graph": self.mode}

    def lesson_states(self) -> list[LessonState]:
        """What the lesson's checks read: this view's settings."""
        return [LessonState(values=self.values())]

    def apply_options(self, options) -> None:
        """The lesson's set-up: the lecture's graph at its values, nothing computed yet."""
        for name in LEAVES:
            if name in options:
                self.spins[name].blockSignals(True)
                self.spins[name].setValue(float(options[name]))
                self.spins[name].blockSignals(False)
                self.leaves[name] = float(options[name])
        self.mode_tabs.blockSignals(True)
        self.mode_tabs.setCurrentIndex(0)
        self.mode_tabs.blockSignals(False)
        self.set_mode("lecture")

    # ------------------------------------------------------------------ the learner's controls
    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"Unknown graph {mode!r}; choose one of {', '.join(MODES)}.")
        self.mode = mode
        if self.mode_tabs.currentIndex() != MODES.index(mode):
            self.mode_tabs.setCurrentIndex(MODES.index(mode))
        self._show_controls()
        self.rebuild()

    def set_leaf(self, name: str, value: float) -> None:
        """A new value for w, x or b: the graph is computed afresh (nothing shown yet)."""
        self.leaves[name] = float(value)
        spin = self.spins[name]
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)
        if self.mode != "network":
            self.rebuild()

    def step_forward(self) -> bool:
        """Compute the next node; False when the forward pass is complete."""
        if self.walk is None or self.forward_shown >= len(self.walk.forward):
            return False
        self.forward_shown += 1
        self._redraw()
        return True

    def step_backward(self) -> bool:
        """Reveal the next gradient; False before the forward pass is complete or after the last one."""
        if self.walk is None or self.forward_shown < len(self.walk.forward) \
                or self.backward_shown >= len(self.walk.backward):
            return False
        self.backward_shown += 1
        reveal = self.walk.backward[self.backward_shown - 1]
        if self.mode != "network" and not reveal.node.inputs:
            self.sentences.append(translated(graph.sensitivity(reveal.node, self.walk.output)))
        self._redraw()
        self.changed.emit()
        return True

    def _take_backward_step(self) -> None:
        if self.step_backward():
            self.backward_taken += 1
            self.changed.emit()

    def show_all(self) -> None:
        while self.step_forward():
            pass
        while self.step_backward():
            pass

    # ------------------------------------------------------------------ building the graph
    def rebuild(self) -> None:
        """The current graph afresh: leaves given, nothing computed yet."""
        self.walk, self.estimates, self.note = None, {}, ""
        self.forward_shown = self.backward_shown = self.backward_taken = 0
        self.sentences = []
        if self.mode == "network":
            self._fill_examples()       # the studio's data as it is now (it may have changed since)
            self._build_network()
        else:
            build = graph.lecture_graph if self.mode == "lecture" else graph.sigmoid_gate
            g = build(**self.leaves)
            self.walk = Walkthrough(g.output)
            estimates = graph.leaf_estimates(build, self.leaves)
            self.estimates = {id(g.values[name]): value for name, value in estimates.items()}
        self._draw()
        self._redraw()
        self.changed.emit()

    def _on_studio_changed(self) -> None:
        """The studio's network, weights or data changed: the network graph follows unless the learner is
        stepping through it (then Start again takes the new one)."""
        if self.mode != "network":
            return
        if self.forward_shown == 0:
            self.rebuild()
        else:
            self.note = self.tr("The studio's network has changed: press Start again to take it as it is now.")
            self.sentence_label.setText(self.note)

    def _fill_examples(self) -> None:
        self.example_combo.blockSignals(True)
        kept = max(0, self.example_combo.currentIndex())
        self.example_combo.clear()
        if self.session is not None:
            x, y = self.session.dataset.x_train, self.session.dataset.y_train
            for i in range(min(len(x), 8)):
                inputs = ", ".join(number(float(v), 3) for v in np.ravel(x[i])[:4])
                target = ", ".join(number(float(v), 3) for v in np.ravel(y[i])[:4])
                self.example_combo.addItem(f"x = ({inputs}), y = {target}", i)
        self.example_combo.setCurrentIndex(min(kept, self.example_combo.count() - 1))
        self.example_combo.blockSignals(False)

    def _build_network(self) -> None:
        if self.session is None:
            self.note = self.tr("No studio to take the network from.")
            return
        model = self.session.inference_model()
        sizes = self.session.spec.sizes
        named = sum(sizes) + sum(a * b + b for a, b in zip(sizes, sizes[1:])) + sum(sizes[1:])
        if named > MAX_DRAWN_NODES:
            self.note = self.tr("The studio's network has {0} weights and biases: too many to draw. Set up "
                                "lesson 1 (XOR, 2-2-1) and come back.").format(model.count_params())
            return
        i = self.example_combo.currentData()
        i = 0 if i is None else int(i)
        dataset = self.session.dataset
        x, y = dataset.x_train[i], dataset.y_train[i]
        loss, weights = graph.network_graph(model, x, y)
        self.walk = Walkthrough(loss)
        estimates = graph.finite_differences(model, x, y)
        self.estimates = {id(v): float(e[index]) for values, e in zip(weights, estimates)
                          for index, v in np.ndenumerate(values)}

    # ------------------------------------------------------------------ drawing
    def _positions(self) -> dict[int, QPointF]:
        """Where each node stands: the lecture's graphs as a tree (``_tree_positions``); a network in columns by
        depth, weights between the layers, the nodes of a column evenly spaced."""
        walk = self.walk
        inputs: dict[int, list] = {}
        consumers: dict[int, list] = {}
        for source, node in walk.edges:
            inputs.setdefault(id(node), []).append(source)
            consumers.setdefault(id(source), []).append(node)
        if self.mode != "network":
            return self._tree_positions(inputs)
        depth: dict[int, float] = {}
        for node in walk.nodes:                        # (inputs before the values computed from them)
            if node.inputs:
                below = [depth.get(id(s), 0.0) for s in inputs.get(id(node), ()) if not is_parameter(s.label)]
                depth[id(node)] = 1.0 + (max(below) if below else 0.0)
        for node in walk.nodes:
            if not node.inputs:
                if is_parameter(node.label):
                    depth[id(node)] = min(depth[id(c)] for c in consumers[id(node)]) - 0.5
                else:
                    depth[id(node)] = 0.0
        columns: dict[float, list] = {}
        for node in walk.nodes:
            columns.setdefault(depth[id(node)], []).append(node)
        rank: dict[int, int] = {}

        def key(n):
            if is_parameter(n.label):
                first = consumers[id(n)][0]
                return (rank.get(id(first), 0), n.label[0] == "b", n.label)
            return (0, False, n.label)
        for d in sorted(columns):
            nodes = columns[d]
            nodes.sort(key=key)
            for i, n in enumerate(nodes):
                rank[id(n)] = i
        w, h = self._node_size()
        across, along = h + 10, w + 36                # between the nodes of a column; between two columns
        positions = {}
        for c, d in enumerate(sorted(columns)):
            nodes = columns[d]
            for i, n in enumerate(nodes):
                positions[id(n)] = QPointF(c * along, (i - (len(nodes) - 1) / 2) * across)
        return positions

    def _tree_positions(self, inputs: dict[int, list]) -> dict[int, QPointF]:
        """The lecture's graphs as a tree lying on its side, the output on the right: each value one column after
        its inputs, which stand around it one above the other (g's w and x, f's g and b). With the leaves all in
        the first column, the arrow from b to f ran under g."""
        walk = self.walk
        column: dict[int, int] = {id(walk.output): 0}        # counted from the output, leftwards
        row: dict[int, float] = {id(walk.output): 0.0}
        for node in reversed(walk.nodes):                    # (each value before its inputs)
            if id(node) not in column:                       # (not below the output: beside it)
                column[id(node)], row[id(node)] = 0, max(row.values()) + 1.0
            sources = inputs.get(id(node), [])
            for i, source in enumerate(sources):
                if id(source) not in column:                 # (a value used twice stands by its first use)
                    column[id(source)] = column[id(node)] + 1
                    row[id(source)] = row[id(node)] + i - (len(sources) - 1) / 2
        taken: dict[int, list[float]] = {}
        for node in walk.nodes:                              # (two values on one spot: the second goes below)
            spots = taken.setdefault(column[id(node)], [])
            while any(abs(row[id(node)] - r) < 1.0 for r in spots):
                row[id(node)] += 1.0
            spots.append(row[id(node)])
        w, h = self._node_size()
        # between two rows; between two columns: the gate's ∂a/∂f "= 0.0009102" fits; the lecture's graph is
        # narrower (it fits a 1024×600 screen)
        across, along = h + 34, w + (112 if self.mode == "gate" else 96)
        last = max(column.values())
        return {id(n): QPointF((last - column[id(n)]) * along, row[id(n)] * across) for n in walk.nodes}

    def _node_size(self) -> tuple[float, float]:
        """Wide enough for a row at SMALLEST_ROW_POINTS: the network's "∂ = −3.826e−16", the gate's
        "∂a/∂b = 0.0009102", the lecture's "∂f/∂x = −2" at ROW_POINTS."""
        return {"network": (136.0, 80.0), "gate": (142.0, 84.0)}.get(self.mode, (126.0, 84.0))

    def _draw(self) -> None:
        self.scene.clear()
        self.items, self.edges = {}, {}
        if self.walk is None:
            text = self.scene.addSimpleText(self.note)
            text.setBrush(QBrush(QColor(90, 90, 90)))
            self.view.fit()
            return
        positions = self._positions()
        w, h = self._node_size()
        network = self.mode == "network"
        for source, node in self.walk.edges:
            a, b = positions[id(source)], positions[id(node)]
            start, end = QPointF(a.x() + w / 2, a.y()), QPointF(b.x() - w / 2, b.y())
            edge = EdgeItem(start, end)
            self.scene.addItem(edge)
            self.edges[(id(source), id(node))] = edge
        for node in self.walk.nodes:
            title = node.label if not node.op or network else f"{node.label}  ({node.op})"
            item = NodeItem(title, w, h, leaf=not node.inputs)
            item.setPos(positions[id(node)])
            self.scene.addItem(item)
            self.items[id(node)] = item
        self.view.fit()

    def _redraw(self) -> None:
        """Write into every node and edge what has been revealed so far, and explain the last step."""
        walk = self.walk
        self._update_buttons()
        if walk is None:
            self.explanation.setText(self.note)
            self.sentence_label.setText("")
            return
        computed = {id(n) for n in walk.forward[:self.forward_shown]}
        revealed = {id(r.node): r for r in walk.backward[:self.backward_shown]}
        out = walk.output
        last_forward = walk.forward[self.forward_shown - 1] if self.forward_shown and not self.backward_shown \
            else None
        last_backward = walk.backward[self.backward_shown - 1] if self.backward_shown else None
        for node in walk.nodes:
            lines = []
            if not node.inputs or id(node) in computed:
                lines.append((f"= {number(node.data)}", VALUE_COLOR))
            if node is out and self.backward_shown:
                lines.append((f"∂{out.label}/∂{out.label} = 1", GRAD_COLOR))
            reveal = revealed.get(id(node))
            if reveal is not None:
                name = "∂" if self.mode == "network" else f"∂{out.label}/∂{node.label}"
                lines.append((f"{name} = {number(reveal.grad)}", GRAD_COLOR))
                estimate = self.estimates.get(id(node))
                if estimate is not None:
                    ok = self._agrees(reveal.grad, estimate)
                    lines.append((f"≈ {number(estimate)} {'✓' if ok else '✗'}", CHECK_COLOR if ok else GRAD_COLOR))
            current = node is last_forward or (last_backward is not None and node is last_backward.node)
            self.items[id(node)].set_lines(lines, current)
        for (source_id, node_id), edge in self.edges.items():
            reveal = revealed.get(source_id)
            product = next((p for p in reveal.products if id(p.parent) == node_id), None) if reveal else None
            if product is None:
                edge.set_label("")
            elif self.mode == "network":
                edge.set_label(" ")           # highlighted; the numbers are in the explanation (no room here)
            else:
                edge.set_label(f"∂{product.parent.label}/∂{reveal.node.label} = {number(product.local)}")
        current = last_backward.node if last_backward is not None else last_forward
        if current is not None:
            self.view.ensureVisible(self.items[id(current)], 20, 20)
        self.explanation.setText(self._explain(last_forward, last_backward))
        self.sentence_label.setText("\n".join(self.sentences))

    def next_step(self) -> None:
        """Forward ▶ while it can step, else ◀ Backward (nothing once both passes are shown)."""
        (self.forward_button if self.forward_button.isEnabled() else self.backward_button).click()

    @staticmethod
    def _agrees(grad: float, estimate: float) -> bool:
        return abs(grad - estimate) <= AGREES * max(1.0, abs(grad))

    def _update_buttons(self) -> None:
        """Each stepping button enabled when it can step, and its tooltip says what it does — or, disabled, why
        not and what to press instead."""
        walk = self.walk
        forward_done = walk is not None and self.forward_shown >= len(walk.forward)
        backward_done = walk is not None and self.backward_shown >= len(walk.backward)
        all_done = self.tr("Every value and every gradient is shown: press Start again (or change a value) to "
                           "step through once more.")
        if walk is None:                      # the studio's network cannot be drawn: the note says why
            tips = (self.note, self.note, self.note)
        else:
            tips = (self.tr("The forward pass is done: press ◀ Backward for the gradients.") if not backward_done
                    else all_done,
                    self.tr("The backward pass needs every value first: press Forward ▶ until {0} is computed.")
                    .format(walk.output.label) if not forward_done else all_done,
                    all_done)
        enabled = (walk is not None and not forward_done, forward_done and not backward_done,
                   walk is not None and not backward_done)
        usual = (self.tr("Compute the next value, one node at a time (S)."),
                 self.tr("Give the next value its gradient: upstream × local = downstream (S)."),
                 self.tr("Fill in every value and every gradient at once."))
        for button, on, tip, disabled_tip in zip((self.forward_button, self.backward_button, self.all_button),
                                                 enabled, usual, tips):
            button.setEnabled(on)
            button.setToolTip(tip if on else disabled_tip)

    def _show_controls(self) -> None:
        network = self.mode == "network"
        for widget in (*self.spins.values(), *self._spin_labels):
            widget.setVisible(not network)
        self.example_label.setVisible(network)
        self.example_combo.setVisible(network)

    # ------------------------------------------------------------------ the explanation of a step
    def _explain(self, forward, backward) -> str:
        walk = self.walk
        if backward is not None:
            return self._explain_backward(backward)
        if forward is not None:
            return self._explain_forward(forward)
        if self.mode == "network":
            return self.tr("The studio's network on one example, up to its loss C. Press Forward ▶ to compute it "
                           "node by node.")
        return self.tr("The inputs are given. Press Forward ▶ to compute {0} node by node.").format(walk.output.label)

    def _explain_forward(self, node) -> str:
        ins = [s for s, n in self.walk.edges if n is node]
        if node.op in ("×", "+") and len(ins) == 2 and len(node.inputs) == 2:
            a, b = ins
            return (f"{node.label} = {a.label} {node.op} {b.label} = {number(a.data)} {node.op} "
                    f"{_operand(number(b.data))} = {number(node.data)}")
        if len(ins) == 1 and len(node.inputs) == 1:
            (a,) = ins
            return f"{node.label} = {node.op}({a.label}) = {node.op}({number(a.data)}) = {number(node.data)}"
        if ins and is_parameter(ins[0].label) and ins[0].label.startswith("b") and len(ins) % 2 == 1:
            # a unit's weighted sum, built as b + a·W + a·W + ...
            pairs = list(zip(ins[1::2], ins[2::2]))
            names = " + ".join([ins[0].label] + [f"{a.label}·{w.label}" for a, w in pairs])
            numbers = " + ".join([number(ins[0].data, 3)] + [
                f"{_operand(number(a.data, 3))}·{_operand(number(w.data, 3))}" for a, w in pairs])
            return f"{node.label} = {names} = {numbers} = {number(node.data)}"
        if node is self.walk.output:
            return self.tr("{0} = the loss of this example = {1}").format(node.label, number(node.data))
        return f"{node.label} = {number(node.data)}"

    def _explain_backward(self, reveal) -> str:
        out, node = self.walk.output.label, reveal.node
        lines = []
        if len(reveal.products) == 1:
            (p,) = reveal.products
            lines.append(f"∂{out}/∂{node.label} = ∂{out}/∂{p.parent.label} × ∂{p.parent.label}/∂{node.label} = "
                         f"{number(p.upstream)} × {_operand(number(p.local))} = {number(p.downstream)}")
            lines.append(self.tr("upstream {0} × local {1} = downstream {2}").format(
                number(p.upstream), number(p.local), number(p.downstream)))
            if p.parent.op == "σ":
                lines.append(self.tr("The sigmoid's local derivative is σ(1 − σ) = {0} × (1 − {0}) = {1}: at most "
                                     "0.25, where its input is 0.").format(number(p.parent.data), number(p.local)))
        else:
            terms = " + ".join(f"{_operand(number(p.upstream)) if i else number(p.upstream)} × "
                               f"{_operand(number(p.local))}" for i, p in enumerate(reveal.products))
            lines.append(f"∂{out}/∂{node.label} = {terms} = {number(reveal.grad)}")
            lines.append(self.tr("{0} is used {1} times: the gradients of all its uses add up.").format(
                node.label, len(reveal.products)))
        estimate = self.estimates.get(id(node))
        if estimate is not None:
            lines.append(self.tr("Finite difference: (C(w + h) − C(w − h)) / 2h ≈ {0}").format(number(estimate))
                         if self.mode == "network" else
                         self.tr("Finite difference: ({0}({1} + h) − {0}({1} − h)) / 2h ≈ {2}").format(
                             out, node.label, number(estimate)))
        return "\n".join(lines)

    def node_texts(self) -> dict[str, str]:
        """What every node shows now, by its name (for tests and for reading the screen)."""
        if self.walk is None:
            return {}
        return {n.label: self.items[id(n)].text() for n in self.walk.nodes}
