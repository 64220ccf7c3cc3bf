"""NetworkEditor: draw a NetworkSpec as columns of neurons, edit it with undoable commands, show live weights.

Column 0 is the input; column c >= 1 is Dense layer c - 1 (hidden layers, then the output layer). The
scene is rebuilt only when the spec changes; ``show_snapshot`` restyles the existing links, bias badges and
neuron heatmaps from the newest TrainingSnapshot. Large layers are drawn compactly (first and last few
neurons and a count), and links are drawn only between drawn neurons, so a 784-256-10 network stays fast.
"""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPen, QPixmap, QUndoStack
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGraphicsScene, QHBoxLayout, QLabel, QMenu, QSpinBox,
                               QToolButton, QVBoxLayout, QWidget)

from nnstudio.app.editor.colors import (UNKNOWN, heatmap_image, heatmap_rgb, rgb_image, scale_color, signed_color,
                                        to_unit_range)
from nnstudio.app.editor.flow import flow_container
from nnstudio.app.editor.commands import ReplaceNetwork, SpecEdit, WeightEdit
from nnstudio.app.editor.items import (HEATMAP, NEURON, ButtonItem, ColumnBackground, LinkItem, NeuronItem,
                                       ValueLabel, text_item)
from nnstudio.app.editor.view import NetworkView
from nnstudio.engine.problems import PROBLEM_TITLES, PROBLEMS
from nnstudio.engine.spec import LayerSpec, NetworkSpec

COL_GAP = 170.0      # horizontal distance between columns, scene units
ROW_GAP = 48.0       # vertical distance between neurons
MAX_FULL = 12        # a layer with more neurons is drawn compactly:
HEAD, TAIL = 5, 5    # its first HEAD and last TAIL neurons and a count between them
MAX_UNITS = 4096     # per layer: beyond this the drawing and the training would only crawl
MAX_HIDDEN = 16
MAX_LABELLED_LINKS = 16  # weight values are written on the links of a layer only up to this many links
MAX_LABELLED_FANOUT = 3  # ... and only when each neuron feeds at most this many neurons

# The lecture's hand-set XOR network (LESSONS.md §1): column j of W1 holds hidden unit j's weights.
LECTURE_XOR_WEIGHTS = (
    np.array([[5.0, -7.0], [5.0, -7.0]], dtype=np.float32),  # W1 (2, 2)
    np.array([-8.0, 3.0], dtype=np.float32),                 # b1
    np.array([[-11.0], [-11.0]], dtype=np.float32),          # W2 (2, 1)
    np.array([6.0], dtype=np.float32),                       # b2
)

# Names the property combos offer until the engine's registries can be imported.
_FALLBACK_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "linear", "softmax")
_FALLBACK_INITIALIZERS = ("glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_normal",
                          "nielsen", "zeros")

# a = f(z): how each activation is defined (maths, the same in every language)
FORMULAS = {
    "sigmoid": "sigmoid(z) = 1 / (1 + e^(−z))",
    "tanh": "tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))",
    "relu": "relu(z) = max(0, z)",
    "leaky_relu": "leaky_relu(z) = max(0.01·z, z)",
    "elu": "elu(z) = z if z > 0, else α(e^z − 1)",
    "selu": "selu(z) = λ·(z if z > 0, else α(e^z − 1))",
    "linear": "linear(z) = z",
    "softmax": "softmax(z)ⱼ = e^(zⱼ) / Σₖ e^(zₖ)",
    "softplus": "softplus(z) = ln(1 + e^z)",
    "softsign": "softsign(z) = z / (1 + |z|)",
    "swish": "swish(z) = z · sigmoid(z)",
    "silu": "silu(z) = z · sigmoid(z)",
    "gelu": "gelu(z) = z · Φ(z)",
    "hard_sigmoid": "hard_sigmoid(z) = clip(0.2z + 0.5, 0, 1)",
}


def _registry_names(module: str, attr: str, fallback: tuple[str, ...]) -> list[str]:
    try:
        mod = __import__(module, fromlist=[attr])
        return list(getattr(mod, attr))
    except (ImportError, AttributeError):
        return list(fallback)


def _pair(label: QLabel, widget: QWidget) -> QWidget:
    """A label and its control kept together on one row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(label)
    row.addWidget(widget)
    return box


def _fmt(value: float) -> str:
    return f"{value:.4g}"


class NetworkEditor(QWidget):
    """The network editor panel: edits a NetworkSpec, displays a TrainingSnapshot's weights."""

    # the spec after every structural or hyper-parameter edit, including undo/redo and set_io
    specChanged = Signal(object)
    # a hand weight edit (also its undo/redo): dense layer index, "W" or "b", row, col (0 for b), new value
    weightEdited = Signal(int, str, int, int, float)
    # a full [W1, b1, W2, b2, ...] list to load into the model, emitted after its matching specChanged
    weightsReplaced = Signal(object)
    # an impossible edit was refused; the text says why (also shown inside the editor)
    editRefused = Signal(str)

    def __init__(self, spec: NetworkSpec | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._spec = spec if spec is not None else NetworkSpec.xor_default()
        self._io: tuple[int, dict[str, int]] | None = None
        self._selected = 1
        self._weights: list[np.ndarray] | None = None
        self._grads: tuple[np.ndarray, ...] = ()
        self._maps: tuple[np.ndarray, ...] | None = None
        self._extent: tuple[float, float, float, float] | None = None
        self._ramp_key = None
        self._ramps: tuple[QPixmap, QPixmap] | None = None
        self._editing: tuple[int, str, int, int, float] | None = None
        self._neurons: dict[tuple[int, int], NeuronItem] = {}
        self._links: list[tuple[list[LinkItem], np.ndarray, np.ndarray]] = []
        self._backgrounds: list[ColumnBackground] = []
        self._labels: list[ValueLabel] = []
        self.count_items = []   # the "⋮ 784" labels of compact columns

        self.scene = QGraphicsScene(self)
        # no BSP index: every snapshot restyles all links, and each restyle would re-index the item; a linear
        # search over a few hundred items is cheaper for hovering and clicking
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = NetworkView(self.scene, self)
        self.view.value_field.committed.connect(self._commit_typed_value)
        self.view.value_field.cancelled.connect(self._cancel_typed_value)
        self.view.rescaled.connect(lambda _scale: self._refresh_heatmaps())
        self._build_actions()
        self._build_ui()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message_label.hide)
        self._rebuild()

    # ------------------------------------------------------------------ public API
    def spec(self) -> NetworkSpec:
        return self._spec

    def set_spec(self, spec: NetworkSpec) -> None:
        """Show ``spec`` (a loaded project or a reset): not undoable, clears the undo history."""
        if spec == self._spec:
            return
        self._spec = spec
        self.undo_stack.clear()
        self._rebuild()

    def set_io(self, input_dim: int, problems: dict[str, int]) -> None:
        """The dataset changed: ``input_dim`` features, ``problems`` maps the allowed problem types to output units.

        The current problem type is kept if allowed, else the first allowed one is chosen. Emits specChanged
        if the spec had to change; the undo history is cleared because older specs no longer fit the data.
        """
        if not isinstance(input_dim, (int, np.integer)) or input_dim < 1:
            raise ValueError(f"The input size must be a positive number of features (got {input_dim!r}).")
        if not problems:
            raise ValueError("Give at least one problem type the dataset allows, e.g. {'binary': 1}.")
        for problem, units in problems.items():
            if problem not in PROBLEMS:
                raise ValueError(f"Unknown problem type {problem!r}; choose one of {', '.join(PROBLEMS)}.")
            if not isinstance(units, (int, np.integer)) or units < 1:
                raise ValueError(f"The {problem} output needs at least 1 unit (got {units!r}).")
        io = (int(input_dim), {k: int(v) for k, v in problems.items()})
        if io == self._io:
            return
        self._io = io
        self.undo_stack.clear()
        spec = self._spec
        problem = spec.problem if spec.problem in io[1] else next(iter(io[1]))
        if problem != spec.problem or spec.output.units != io[1][problem]:
            spec = spec.with_problem(problem, io[1][problem])
        spec = replace(spec, input_dim=io[0])
        self._update_problem_combo()
        if spec != self._spec:
            self._apply_spec(spec)
        else:
            self._rebuild()

    def show_snapshot(self, s) -> None:
        """Restyle links, bias badges and heatmaps from a TrainingSnapshot; never rebuilds the scene."""
        # a snapshot may carry the same arrays as the last one (e.g. while paused): skip the redraw then
        new_weights = bool(s.weights) and (self._weights is None or len(s.weights) != len(self._weights)
                                           or any(a is not b for a, b in zip(s.weights, self._weights)))
        new_maps = s.neuron_maps is not self._maps or s.extent != self._extent
        if new_weights:
            self._weights = list(s.weights)
        self._grads = tuple(s.grads or ())
        self._maps = s.neuron_maps
        self._extent = s.extent
        if new_weights:
            self._refresh_weights()
        if new_maps:
            self._refresh_heatmaps()

    def select_column(self, column: int) -> None:
        """Select a column (0 = input); the property strip then edits that layer."""
        column = max(0, min(column, len(self._spec.sizes) - 1))
        self._selected = column
        for c, bg in enumerate(self._backgrounds):
            bg.set_selected(c == column)
        self._update_strip()

    def column_menu(self, column: int) -> QMenu:
        """The right-click menu of a column: the editor's layer and neuron actions for that layer."""
        self.select_column(column)
        menu = QMenu(self)
        for a in (self.add_neuron_action, self.remove_neuron_action, None, self.add_layer_action,
                  self.remove_layer_action):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        return menu

    def show_column_menu(self, column: int, screen_pos) -> None:
        """Pop the column's menu up at ``screen_pos`` (non-blocking; it deletes itself when closed)."""
        menu = self.column_menu(column)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(screen_pos)

    def selected_column(self) -> int:
        return self._selected

    def message(self) -> str:
        """The text of the last refusal while it is still shown, else ""."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    # ------------------------------------------------------------------ UI construction
    def _build_actions(self) -> None:
        def action(text, tip, slot, keys=()):
            a = QAction(text, self)
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.add_layer_action = action(
            self.tr("Add layer"), self.tr("Insert a hidden layer after the selected layer (Insert)."),
            lambda: self.add_layer(), ("Insert", "Ctrl+Shift+L"))
        self.remove_layer_action = action(
            self.tr("Remove layer"), self.tr("Remove the selected hidden layer (Delete)."),
            lambda: self.remove_layer(), (QKeySequence.StandardKey.Delete,))
        self.add_neuron_action = action(
            self.tr("Add neuron"), self.tr("Add a neuron to the selected hidden layer (+)."),
            lambda: self.add_neuron(self._selected), ("+", "="))
        self.remove_neuron_action = action(
            self.tr("Remove neuron"), self.tr("Remove the last neuron of the selected hidden layer (−)."),
            lambda: self.remove_neuron(self._selected), ("-",))
        self.previous_layer_action = action(
            self.tr("Select previous layer"), self.tr("Select the layer to the left (Left arrow)."),
            lambda: self.select_column(self._selected - 1), ("Left",))
        self.next_layer_action = action(
            self.tr("Select next layer"), self.tr("Select the layer to the right (Right arrow)."),
            lambda: self.select_column(self._selected + 1), ("Right",))
        self.xor_preset_action = action(
            self.tr("Lecture XOR weights"),
            self.tr("Load the lecture's hand-set 2-2-1 sigmoid network that solves XOR (LESSONS §1)."),
            lambda: self.load_lecture_xor())
        self.show_values_action = action(
            self.tr("Show values"),
            self.tr("Write each weight and bias next to its link and neuron (layers with few links only)."),
            lambda: self._refresh_weights())
        self.show_values_action.setCheckable(True)
        self.show_values_action.setChecked(True)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setToolTip(self.tr("Undo the last edit of the network."))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setToolTip(self.tr("Redo the edit you undid last."))

    def _build_ui(self) -> None:
        top = []  # widgets of the top row, wrapped by a FlowLayout when the panel is narrow
        problem_label = QLabel(self.tr("Problem:"))
        self.problem_combo = QComboBox()
        short = {"regression": self.tr("Regression"), "binary": self.tr("Binary classification"),
                 "multiclass": self.tr("Multi-class classification"),
                 "multilabel": self.tr("Multi-label classification")}
        for key in PROBLEMS:
            activation, loss = PROBLEMS[key]
            self.problem_combo.addItem(short.get(key, key), key)
            i = self.problem_combo.count() - 1
            self.problem_combo.setItemData(
                i, self.tr("{title}: output activation {activation}, loss {loss}.").format(
                    title=self.tr(PROBLEM_TITLES.get(key, key)), activation=activation, loss=loss),
                Qt.ItemDataRole.ToolTipRole)
        self.problem_combo.setToolTip(self.tr(
            "The kind of problem (the lecture's table); it sets the output layer's activation and the loss."))
        self.problem_combo.activated.connect(self._problem_chosen)
        problem_label.setBuddy(self.problem_combo)
        top.append(_pair(problem_label, self.problem_combo))
        self.loss_label = QLabel()
        self.loss_label.setToolTip(self.tr("The loss the chosen problem type trains with."))
        top.append(self.loss_label)
        self.toolbuttons = {}
        for name in ("add_layer", "remove_layer", "show_values", "xor_preset"):
            button = QToolButton()
            button.setDefaultAction(getattr(self, f"{name}_action"))
            top.append(button)
            self.toolbuttons[name] = button
        # short "Undo"/"Redo" labels; the tooltip names the edit (the stack's own actions carry long texts)
        for name, label, slot, can, text in (
                ("undo", self.tr("Undo"), self.undo_stack.undo, self.undo_stack.canUndoChanged,
                 self.undo_stack.undoTextChanged),
                ("redo", self.tr("Redo"), self.undo_stack.redo, self.undo_stack.canRedoChanged,
                 self.undo_stack.redoTextChanged)):
            button = QToolButton()
            button.setText(label)
            button.setEnabled(False)
            button.clicked.connect(slot)
            can.connect(button.setEnabled)
            text.connect(lambda t, b=button, l=label: b.setToolTip(
                self.tr("{action}: {edit}").format(action=l, edit=t) if t else l))
            button.setToolTip(label)
            top.append(button)
            self.toolbuttons[name] = button

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "QLabel { background: #fff4e0; border: 1px solid #f59322; border-radius: 3px; padding: 4px; }")
        self.message_label.setToolTip(self.tr("Why the last edit was not possible."))
        self.message_label.hide()

        self.layer_label = QLabel()
        self.layer_label.setToolTip(self.tr("The selected layer; click a column to select another."))
        self.units_spin = QSpinBox()
        self.units_spin.setRange(1, MAX_UNITS)
        self.units_spin.setKeyboardTracking(False)
        self.units_spin.setToolTip(self.tr("Number of neurons in the selected hidden layer."))
        self.units_spin.valueChanged.connect(self._units_typed)
        self.activation_combo = QComboBox()
        for name in _registry_names("nnstudio.engine.activations", "ACTIVATIONS", _FALLBACK_ACTIVATIONS):
            self.activation_combo.addItem(name, name)
            self.activation_combo.setItemData(self.activation_combo.count() - 1, FORMULAS.get(name, name),
                                              Qt.ItemDataRole.ToolTipRole)
        self.activation_combo.setToolTip(self.tr("The function each neuron of the layer applies to Σ w·x + b."))
        self.activation_combo.activated.connect(self._activation_chosen)
        self.initializer_combo = QComboBox()
        for name in _registry_names("nnstudio.engine.initializers", "INITIALIZERS", _FALLBACK_INITIALIZERS):
            self.initializer_combo.addItem(name, name)
        self.initializer_combo.setToolTip(self.tr(
            "How the layer's weights are drawn before training (Glorot suits sigmoid/tanh, He suits ReLU)."))
        self.initializer_combo.activated.connect(self._initializer_chosen)
        self.l1_spin = self._reg_spin(self.tr("L1 strength: adds λ·Σ|w| to the loss, driving some weights to 0."))
        self.l1_spin.valueChanged.connect(lambda v: self._set_field("l1", v))
        self.l2_spin = self._reg_spin(self.tr("L2 strength: adds λ·Σw² to the loss, shrinking all weights."))
        self.l2_spin.valueChanged.connect(lambda v: self._set_field("l2", v))
        self.dropout_spin = QDoubleSpinBox()
        self.dropout_spin.setRange(0.0, 0.95)
        self.dropout_spin.setSingleStep(0.05)
        self.dropout_spin.setDecimals(2)
        self.dropout_spin.setKeyboardTracking(False)
        self.dropout_spin.setToolTip(self.tr(
            "Dropout rate after the layer: the fraction of its outputs dropped at random in each training step."))
        self.dropout_spin.valueChanged.connect(lambda v: self._set_field("dropout", v))
        strip = [self.layer_label]
        for text, widget in ((self.tr("Neurons"), self.units_spin), (self.tr("Activation"), self.activation_combo),
                             (self.tr("Init"), self.initializer_combo), (self.tr("L1"), self.l1_spin),
                             (self.tr("L2"), self.l2_spin), (self.tr("Dropout"), self.dropout_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setToolTip(widget.toolTip())
            strip.append(_pair(label, widget))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(flow_container(top, self))
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(flow_container(strip, self))
        self._update_problem_combo()

    def _reg_spin(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0.0, 1.0)
        spin.setDecimals(5)
        spin.setSingleStep(0.0001)
        spin.setKeyboardTracking(False)
        spin.setToolTip(tip)
        return spin

    # ------------------------------------------------------------------ naming and messages
    def _layer_title(self, column: int) -> str:
        if column == 0:
            return self.tr("Input layer")
        if column == len(self._spec.sizes) - 1:
            return self.tr("Output layer")
        return self.tr("Hidden layer {n}").format(n=column)

    def _layer_name(self, column: int) -> str:
        """The layer's name inside a sentence."""
        if column == 0:
            return self.tr("the input layer")
        if column == len(self._spec.sizes) - 1:
            return self.tr("the output layer")
        return self.tr("hidden layer {n}").format(n=column)

    def _outputs_phrase(self) -> str:
        n = self._spec.output.units
        problem = self._spec.problem
        if problem == "multiclass":
            return self.tr("{n} classes").format(n=n)
        if problem == "multilabel":
            return self.tr("{n} labels").format(n=n)
        if problem == "binary" and n == 1:
            return self.tr("one probability")
        return self.tr("{n} target values").format(n=n) if n != 1 else self.tr("one target value")

    def _refuse(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        self._message_timer.start()
        self.editRefused.emit(text)

    def _io_refusal(self, column: int) -> str | None:
        """Why the size of ``column`` cannot be edited, or None for a hidden layer."""
        if column == 0:
            return self.tr("The input layer's size follows the dataset ({n} features).").format(
                n=self._spec.input_dim)
        if column == len(self._spec.sizes) - 1:
            return self.tr("The output layer's size follows the dataset ({what}).").format(
                what=self._outputs_phrase())
        return None

    # ------------------------------------------------------------------ edits
    def _push(self, after: NetworkSpec, text: str, merge_key: int = -1, select: int | None = None) -> None:
        if after == self._spec:
            return
        try:
            after.validate()  # the engine's own checks catch whatever the editor's rules did not
        except ValueError as exc:
            self._refuse(str(exc))
            return
        self.undo_stack.push(SpecEdit(self, self._spec, after, text, merge_key, select))

    def _replace_hidden(self, hidden: list[LayerSpec]) -> NetworkSpec:
        return replace(self._spec, hidden=tuple(hidden))

    def add_layer(self) -> None:
        """Insert a hidden layer after the selected column (a copy of the nearest hidden layer)."""
        spec = self._spec
        if len(spec.hidden) >= MAX_HIDDEN:
            self._refuse(self.tr("At most {n} hidden layers: deeper networks would not train visibly here.")
                         .format(n=MAX_HIDDEN))
            return
        at = min(self._selected, len(spec.hidden))  # index in hidden of the new layer
        neighbours = [spec.hidden[i] for i in (at - 1, at) if 0 <= i < len(spec.hidden)]
        template = neighbours[0] if neighbours else LayerSpec(4)
        hidden = list(spec.hidden)
        hidden.insert(at, replace(template, dropout=0.0))
        self._push(self._replace_hidden(hidden), self.tr("Add hidden layer {n}").format(n=at + 1), select=at + 1)

    def remove_layer(self, column: int | None = None) -> None:
        """Remove a hidden layer (the selected one by default)."""
        column = self._selected if column is None else column
        if column == 0:
            self._refuse(self.tr("The input layer follows the dataset ({n} features); it cannot be removed.")
                         .format(n=self._spec.input_dim))
            return
        if column == len(self._spec.sizes) - 1:
            self._refuse(self.tr("A network needs at least one layer: the output layer stays "
                                 "(select a hidden layer to remove it)."))
            return
        hidden = list(self._spec.hidden)
        del hidden[column - 1]
        self._push(self._replace_hidden(hidden), self.tr("Remove hidden layer {n}").format(n=column),
                   select=min(column, len(hidden) + 1))

    def add_neuron(self, column: int) -> None:
        self._resize(column, +1)

    def remove_neuron(self, column: int) -> None:
        self._resize(column, -1)

    def _resize(self, column: int, delta: int, units: int | None = None) -> None:
        why = self._io_refusal(column)
        if why:
            self._refuse(why)
            return
        layer = self._spec.hidden[column - 1]
        new = layer.units + delta if units is None else units
        if new < 1:
            self._refuse(self.tr("A layer needs at least one neuron: remove the layer instead (Delete)."))
            return
        if new > MAX_UNITS:
            self._refuse(self.tr("At most {n} neurons per layer.").format(n=MAX_UNITS))
            return
        hidden = list(self._spec.hidden)
        hidden[column - 1] = replace(layer, units=new)
        if units is not None:
            text = self.tr("Set {layer} size to {n}").format(layer=self._layer_name(column), n=new)
        elif delta > 0:
            text = self.tr("Add neuron to {layer}").format(layer=self._layer_name(column))
        else:
            text = self.tr("Remove neuron from {layer}").format(layer=self._layer_name(column))
        # sizes typed or stepped in the spin box merge into one undo step; +/- clicks stay separate steps
        merge = (hash((column, "units")) & 0x3FFFFFFF) + 1 if units is not None else -1
        self._push(self._replace_hidden(hidden), text, merge_key=merge, select=column)

    def set_activation(self, column: int, activation: str) -> bool:
        """Set a layer's activation; refuses combinations the problem type does not allow."""
        spec = self._spec
        if column == 0:
            self._refuse(self.tr("The input layer has no activation: it passes the features on."))
            return False
        is_output = column == len(spec.sizes) - 1
        if activation == "softmax" and not is_output:
            self._refuse(self.tr("Softmax needs multi-class: it belongs in the output layer of a "
                                 "multi-class network, not in a hidden layer."))
            return False
        if is_output:
            if activation == "softmax" and spec.problem != "multiclass":
                self._refuse(self.tr("Softmax needs multi-class: choose the multi-class problem type first."))
                return False
            if spec.problem == "multiclass" and activation != "softmax":
                self._refuse(self.tr("Multi-class output needs softmax: categorical cross-entropy expects "
                                     "class probabilities that sum to 1."))
                return False
            if spec.problem in ("binary", "multilabel") and activation != "sigmoid":
                self._refuse(self.tr("Binary cross-entropy needs sigmoid outputs (probabilities in 0..1); "
                                     "choose regression for other output activations."))
                return False
            after = replace(spec, output=replace(spec.output, activation=activation))
        else:
            hidden = list(spec.hidden)
            hidden[column - 1] = replace(hidden[column - 1], activation=activation)
            after = self._replace_hidden(hidden)
        self._push(after, self.tr("Set {layer} activation to {name}").format(
            layer=self._layer_name(column), name=activation), select=column)
        return True

    def set_layer_field(self, column: int, name: str, value) -> None:
        """Set ``initializer``, ``l1``, ``l2`` or ``dropout`` of a layer (consecutive changes merge)."""
        spec = self._spec
        if column == 0:
            self._refuse(self.tr("The input layer has no weights to set up."))
            return
        is_output = column == len(spec.sizes) - 1
        if name == "dropout" and is_output and value:
            self._refuse(self.tr("No dropout after the output layer: it would drop the predictions."))
            return
        layer = spec.output if is_output else spec.hidden[column - 1]
        changed = replace(layer, **{name: value})
        if is_output:
            after = replace(spec, output=changed)
        else:
            hidden = list(spec.hidden)
            hidden[column - 1] = changed
            after = self._replace_hidden(hidden)
        label = {"initializer": self.tr("initializer"), "l1": self.tr("L1"), "l2": self.tr("L2"),
                 "dropout": self.tr("dropout")}[name]
        shown = value if isinstance(value, str) else _fmt(value)
        text = self.tr("Set {layer} {field} to {value}").format(layer=self._layer_name(column), field=label,
                                                                value=shown)
        merge = -1 if name == "initializer" else (hash((column, name)) & 0x3FFFFFFF) + 1
        self._push(after, text, merge_key=merge, select=column)

    def set_problem(self, problem: str) -> bool:
        """Choose the problem type: it sets the output activation and loss (spec.with_problem)."""
        if problem not in PROBLEMS:
            self._refuse(self.tr("Unknown problem type {p}.").format(p=problem))
            return False
        allowed = self._io[1] if self._io else {problem: self._spec.output.units}
        if problem not in allowed:
            self._refuse(self.tr("This dataset does not allow {p}; it allows: {allowed}.").format(
                p=self.problem_combo.itemText(self.problem_combo.findData(problem)),
                allowed=", ".join(self.problem_combo.itemText(self.problem_combo.findData(k)) for k in allowed)))
            self._update_problem_combo()
            return False
        after = self._spec.with_problem(problem, allowed[problem])
        self._push(after, self.tr("Set problem type to {p}").format(
            p=self.problem_combo.itemText(self.problem_combo.findData(problem))))
        return True

    def load_lecture_xor(self) -> bool:
        """The lecture's 2-2-1 sigmoid network with its hand-set weights (LESSONS.md §1), undoably."""
        if self._io is not None and (self._io[0] != 2 or self._io[1].get("binary") != 1):
            self._refuse(self.tr("The lecture's XOR network has 2 inputs and one binary output; this dataset "
                                 "has {n} features. Choose the XOR dataset first.").format(n=self._io[0]))
            return False
        old = self._weights_for(self._spec)
        after = NetworkSpec.xor_default()
        new = [w.copy() for w in LECTURE_XOR_WEIGHTS]
        self.undo_stack.push(ReplaceNetwork(self, self._spec, after, old, new,
                                            self.tr("Load the lecture's XOR weights")))
        return True

    # ------------------------------------------------------------------ hand weight edits
    def _weights_for(self, spec: NetworkSpec) -> list[np.ndarray] | None:
        """The cached weights if their shapes fit ``spec``, else None."""
        w = self._weights
        sizes = spec.sizes
        if w is None or len(w) != 2 * (len(sizes) - 1):
            return None
        for l in range(len(sizes) - 1):
            if w[2 * l].shape != (sizes[l], sizes[l + 1]) or w[2 * l + 1].shape != (sizes[l + 1],):
                return None
        return [a.copy() for a in w]

    def _layer_weights(self, layer: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(W, b) of Dense layer ``layer`` if the newest weights have the spec's shapes."""
        sizes = self._spec.sizes
        w = self._weights
        if w is None or len(w) < 2 * layer + 2:
            return None
        W, b = w[2 * layer], w[2 * layer + 1]
        if W.shape != (sizes[layer], sizes[layer + 1]) or b.shape != (sizes[layer + 1],):
            return None
        return W, b

    def _layer_grads(self, layer: int) -> tuple[np.ndarray, np.ndarray] | None:
        sizes = self._spec.sizes
        g = self._grads
        if len(g) < 2 * layer + 2:
            return None
        dW, db = g[2 * layer], g[2 * layer + 1]
        if dW.shape != (sizes[layer], sizes[layer + 1]) or db.shape != (sizes[layer + 1],):
            return None
        return dW, db

    def edit_weight(self, column: int, i: int, j: int, scene_pos: QPointF | None = None) -> None:
        """Open the inline field to type W[i, j] of Dense layer ``column`` (the link's left column)."""
        self._open_editor(column, "W", i, j, scene_pos)

    def edit_bias(self, column: int, index: int, scene_pos: QPointF | None = None) -> None:
        """Open the inline field to type the bias of neuron ``index`` of ``column`` (>= 1)."""
        self._open_editor(column - 1, "b", index, 0, scene_pos)

    def _open_editor(self, layer: int, kind: str, row: int, col: int, scene_pos: QPointF | None) -> None:
        wb = self._layer_weights(layer)
        if wb is None:
            self._refuse(self.tr("There are no weights to edit yet: they appear once the network is built "
                                 "(press Reset weights or Run)."))
            return
        value = float(wb[0][row, col] if kind == "W" else wb[1][row])
        self._editing = (layer, kind, row, col, value)
        if scene_pos is None:
            scene_pos = self._neurons[(layer + 1, col if kind == "W" else row)].scenePos()
        placeholder = self.tr("weight") if kind == "W" else self.tr("bias")
        self.view.open_field(self.view.mapFromScene(scene_pos), _fmt(value), placeholder)

    def _commit_typed_value(self, text: str) -> None:
        if self._editing is None:
            return
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or abs(value) > 1e6:
            self._refuse(self.tr("“{text}” is not a usable value: type a number such as -2.5 "
                                 "(at most 1e6 in size).").format(text=text))
            return
        layer, kind, row, col, old = self._editing
        self._editing = None
        self.view.value_field.hide()
        self.view.setFocus()
        if value == old:
            return
        if kind == "W":
            text = self.tr("Set weight W{l}[{i},{j}] to {v}").format(l=layer + 1, i=row + 1, j=col + 1,
                                                                     v=_fmt(value))
        else:
            text = self.tr("Set bias b{l}[{i}] to {v}").format(l=layer + 1, i=row + 1, v=_fmt(value))
        self.undo_stack.push(WeightEdit(self, layer, kind, row, col, old, value, text))

    def _cancel_typed_value(self) -> None:
        self._editing = None

    # ------------------------------------------------------------------ called by the undo commands
    def _apply_spec(self, spec: NetworkSpec, select: int | None = None) -> None:
        self._spec = spec
        if select is not None:
            self._selected = select
        self.message_label.hide()
        self._rebuild()
        self.specChanged.emit(spec)

    def _apply_weight(self, layer: int, kind: str, row: int, col: int, value: float) -> None:
        wb = self._layer_weights(layer)
        if wb is not None:  # show the value at once; the model gets it through weightEdited
            weights = list(self._weights)
            k = 2 * layer + (0 if kind == "W" else 1)
            weights[k] = weights[k].copy()  # snapshot arrays are read-only for views
            if kind == "W":
                weights[k][row, col] = value
            else:
                weights[k][row] = value
            self._weights = weights
            self._refresh_weights()
        self.weightEdited.emit(layer, kind, row, col, float(value))

    def _apply_weights(self, weights: list[np.ndarray]) -> None:
        self._weights = [w.copy() for w in weights]
        self._refresh_weights()
        self.weightsReplaced.emit([w.copy() for w in weights])

    # ------------------------------------------------------------------ property strip and combo handlers
    def _problem_chosen(self, index: int) -> None:
        self.set_problem(self.problem_combo.itemData(index))

    def _activation_chosen(self, index: int) -> None:
        if not self.set_activation(self._selected, self.activation_combo.itemData(index)):
            self._update_strip()

    def _initializer_chosen(self, index: int) -> None:
        self.set_layer_field(self._selected, "initializer", self.initializer_combo.itemData(index))

    def _units_typed(self, value: int) -> None:
        if self._io_refusal(self._selected) is None and value != self._spec.sizes[self._selected]:
            self._resize(self._selected, 0, units=value)

    def _set_field(self, name: str, value: float) -> None:
        column = self._selected
        if column == 0:
            return
        layer = self._spec.layers[column - 1]
        if getattr(layer, name) != value:
            self.set_layer_field(column, name, float(value))
            if getattr(self._spec.layers[column - 1], name) != value:  # refused
                self._update_strip()

    def _update_problem_combo(self) -> None:
        model = self.problem_combo.model()
        allowed = self._io[1] if self._io else None
        for i in range(self.problem_combo.count()):
            key = self.problem_combo.itemData(i)
            item = model.item(i)
            item.setEnabled(allowed is None or key in allowed)
        self.problem_combo.setCurrentIndex(self.problem_combo.findData(self._spec.problem))
        self.loss_label.setText(self.tr("loss: {loss}").format(loss=self._spec.loss_name))

    def _update_strip(self) -> None:
        spec = self._spec
        c = self._selected
        widgets = (self.units_spin, self.activation_combo, self.initializer_combo, self.l1_spin, self.l2_spin,
                   self.dropout_spin)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.units_spin.setValue(spec.sizes[c])
            why = self._io_refusal(c)
            self.units_spin.setEnabled(why is None)
            self.units_spin.setToolTip(why or self.tr("Number of neurons in the selected hidden layer."))
            if c == 0:
                self.layer_label.setText(self.tr("<b>{title}</b>: {n} features").format(
                    title=self._layer_title(c), n=spec.input_dim))
                for w in widgets[1:]:
                    w.setEnabled(False)
                return
            layer = spec.layers[c - 1]
            self.layer_label.setText(self.tr("<b>{title}</b>").format(title=self._layer_title(c)))
            for w in widgets[1:]:
                w.setEnabled(True)
            for combo, name in ((self.activation_combo, layer.activation),
                                (self.initializer_combo, layer.initializer)):
                if combo.findData(name) < 0:
                    combo.addItem(name, name)
                combo.setCurrentIndex(combo.findData(name))
            self.l1_spin.setValue(layer.l1)
            self.l2_spin.setValue(layer.l2)
            self.dropout_spin.setValue(layer.dropout)
            is_output = c == len(spec.sizes) - 1
            self.dropout_spin.setEnabled(not is_output)
        finally:
            for w in widgets:
                w.blockSignals(False)

    # ------------------------------------------------------------------ scene
    def _regularization_text(self, layer: LayerSpec) -> str:
        """E.g. "L2 0.001 · dropout 0.25" below a column ("" when the layer has none)."""
        parts = []
        if layer.l1:
            parts.append(self.tr("L1 {v}").format(v=_fmt(layer.l1)))
        if layer.l2:
            parts.append(self.tr("L2 {v}").format(v=_fmt(layer.l2)))
        if layer.dropout:
            parts.append(self.tr("dropout {v}").format(v=_fmt(layer.dropout)))
        return " · ".join(parts)

    @staticmethod
    def shown_indices(units: int) -> list[int]:
        """The neurons drawn for a layer of ``units``: all of them, or the first HEAD and last TAIL."""
        if units <= MAX_FULL:
            return list(range(units))
        return [*range(HEAD), *range(units - TAIL, units)]

    def _rebuild(self) -> None:
        """Draw the spec from scratch (only when it changed), then restyle from the newest snapshot."""
        spec = self._spec
        self.view.value_field.hide()
        self._editing = None
        self.scene.clear()
        self._neurons.clear()
        self._links = []
        self._backgrounds = []
        self._labels = []
        self.count_items = []
        sizes = spec.sizes
        n_cols = len(sizes)
        self._selected = max(0, min(self._selected, n_cols - 1))
        slots = [len(self.shown_indices(n)) + (1 if n > MAX_FULL else 0) for n in sizes]
        half = (max(slots) - 1) / 2 * ROW_GAP
        top, bottom = -half - NEURON / 2, half + NEURON / 2
        positions: list[list[tuple[int, QPointF]]] = []
        for c, n in enumerate(sizes):
            x = c * COL_GAP
            shown = self.shown_indices(n)
            compact = n > MAX_FULL
            k_slots = slots[c]
            ys = [(k - (k_slots - 1) / 2) * ROW_GAP for k in range(k_slots)]
            if compact:
                ys_neurons = ys[:HEAD] + ys[HEAD + 1:]
                count = text_item(self.tr("⋮\n{n}").format(n=n), QPointF(x, ys[HEAD]), size=10)
                count.setToolTip(self.tr("{n} neurons; the first {head} and the last {tail} are drawn.")
                                 .format(n=n, head=HEAD, tail=TAIL))
                self.scene.addItem(count)
                self.count_items.append(count)
            else:
                ys_neurons = ys
            col_positions = []
            for idx, y in zip(shown, ys_neurons):
                item = NeuronItem(self, c, idx)
                item.setPos(x, y)
                self.scene.addItem(item)
                self._neurons[(c, idx)] = item
                col_positions.append((idx, QPointF(x, y)))
                if c == 0:
                    self.scene.addItem(text_item(f"x{idx + 1}", QPointF(x - NEURON / 2 - 14, y), size=8))
                elif c == n_cols - 1:
                    self.scene.addItem(text_item(f"ŷ{idx + 1}", QPointF(x + NEURON / 2 + 14, y), size=8))
            positions.append(col_positions)
            # header: name, size and activation; +/- buttons above
            title = self._layer_title(c)
            detail = (self.tr("{n} features").format(n=n) if c == 0 else
                      self.tr("{n} · {activation}").format(n=n, activation=spec.layers[c - 1].activation))
            self.scene.addItem(text_item(title, QPointF(x, top - 34), size=9, bold=True))
            self.scene.addItem(text_item(detail, QPointF(x, top - 18), size=8, color=QColor(90, 90, 90)))
            extras = self._regularization_text(spec.layers[c - 1]) if c > 0 else ""
            if extras:
                self.scene.addItem(text_item(extras, QPointF(x, bottom + 24), size=8, color=QColor(90, 90, 90)))
            why = self._io_refusal(c)
            minus = ButtonItem("−", why or self.tr("Remove the last neuron of {layer}.").format(
                layer=self._layer_name(c)), lambda c=c: self.remove_neuron(c), enabled=why is None)
            plus = ButtonItem("+", why or self.tr("Add a neuron to {layer}.").format(
                layer=self._layer_name(c)), lambda c=c: self.add_neuron(c), enabled=why is None)
            minus.setPos(x - 14, top - 58)
            plus.setPos(x + 14, top - 58)
            self.scene.addItem(minus)
            self.scene.addItem(plus)
            rect = QRectF(x - COL_GAP * 0.36, top - 72, COL_GAP * 0.72, bottom - top + 106)
            bg = ColumnBackground(self, c, rect, self.tr("{title}: click to select it and edit it below.")
                                  .format(title=title))
            self.scene.addItem(bg)
            self._backgrounds.append(bg)
        for c in range(n_cols - 1):
            items, ii, jj = [], [], []
            for i, p in positions[c]:
                for j, q in positions[c + 1]:
                    link = LinkItem(self, c, i, j, QLineF(p.x() + NEURON / 2, p.y(), q.x() - NEURON / 2, q.y()))
                    self.scene.addItem(link)
                    items.append(link)
                    ii.append(i)
                    jj.append(j)
            self._links.append((items, np.array(ii, dtype=np.intp), np.array(jj, dtype=np.intp)))
            # weight labels on the links, only for few targets and few links; each target neuron's links get
            # their own distance along the link (15 %, ..., 65 %), so labels of crossing links do not meet, and
            # links into one neuron are still far enough apart there to keep their labels from touching
            n_targets = len(positions[c + 1])
            if n_targets <= MAX_LABELLED_FANOUT and len(items) <= MAX_LABELLED_LINKS:
                for link in items:
                    line = link.line()
                    t = 0.3 if n_targets == 1 else 0.15 + 0.5 * link.j / (n_targets - 1)
                    at = line.p1() + (line.p2() - line.p1()) * t
                    self._labels.append(ValueLabel(self, "W", c, link.i, link.j, at))
            if sizes[c + 1] <= MAX_FULL:  # bias labels sit below their neurons and never collide
                for j, q in positions[c + 1]:
                    self._labels.append(ValueLabel(self, "b", c + 1, j, 0, QPointF(q.x(), q.y() + NEURON / 2 + 8)))
        for label in self._labels:
            label.setVisible(False)
            self.scene.addItem(label)
        content = QRectF(-COL_GAP * 0.5, top - 80, (n_cols - 1) * COL_GAP + COL_GAP, bottom - top + 120)
        self.view.set_content_rect(content)
        self.select_column(self._selected)
        self._update_problem_combo()
        self._refresh_weights()
        self._refresh_heatmaps()

    # ------------------------------------------------------------------ live restyling
    def _refresh_labels(self) -> None:
        show = self.show_values_action.isChecked()
        for label in self._labels:
            wb = self._layer_weights(label.column if label.kind == "W" else label.column - 1) if show else None
            if wb is None:
                label.setVisible(False)
                continue
            value = wb[0][label.i, label.j] if label.kind == "W" else wb[1][label.i]
            label.set_text(f"{float(value):.3g}" if label.kind == "W" else self.tr("b {v}").format(
                v=f"{float(value):.3g}"))
            label.setVisible(True)

    def _refresh_weights(self) -> None:
        neutral = QPen(QColor(*UNKNOWN), 0.8)
        for layer, (items, ii, jj) in enumerate(self._links):
            wb = self._layer_weights(layer)
            if wb is None:
                for item in items:
                    item.setPen(neutral)
                continue
            W = wb[0]
            values = W[ii, jj].astype(np.float64)
            # |w| relative to the layer's largest weight (but never magnify weights below 1)
            scale = max(1.0, float(np.max(np.abs(W))) if W.size else 1.0)
            frac = np.clip(np.nan_to_num(np.abs(values) / scale), 0.0, 1.0)
            widths = 0.5 + 5.5 * frac
            strengths = 0.35 + 0.65 * frac
            for item, v, w, a in zip(items, values, widths, strengths):
                pen = QPen(signed_color(v, a), w)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round caps cost paint time and hide under neurons
                item.setPen(pen)
        for (c, idx), neuron in self._neurons.items():
            if neuron.bias is None:
                continue
            wb = self._layer_weights(c - 1)
            if wb is None:
                neuron.bias.setBrush(QColor(200, 200, 200))
                continue
            b = wb[1]
            scale = max(1.0, float(np.max(np.abs(b))))
            neuron.bias.setBrush(scale_color(float(b[idx]) / scale))
        self._refresh_labels()

    def _heatmap_pixels(self) -> int:
        """Side of a heatmap in device pixels at the view's current scale."""
        return max(8, round(HEATMAP * self.view.transform().m11() * self.view.devicePixelRatioF()))

    @staticmethod
    def _scaled_pixmap(image, px: int) -> QPixmap:
        """``image`` resampled once to ``px`` pixels, so that painting it is a plain copy."""
        return QPixmap.fromImage(image.scaled(px, px, Qt.AspectRatioMode.IgnoreAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))

    def _pixmap(self, values: np.ndarray, px: int) -> QPixmap:
        """The heatmap of a (rows, cols) array with values in [-1, 1]."""
        return self._scaled_pixmap(heatmap_image(values), px)

    def _input_ramps(self, res: int, px: int) -> tuple[QPixmap, QPixmap]:
        """x1 and x2 over the input plane, each divided by its largest |value| (0 stays neutral grey)."""
        key = (self._extent, res, px)
        if self._ramp_key != key:
            xmin, xmax, ymin, ymax = self._extent
            xs = np.linspace(xmin, xmax, res) / (max(abs(xmin), abs(xmax)) or 1.0)
            ys = np.linspace(ymin, ymax, res) / (max(abs(ymin), abs(ymax)) or 1.0)
            self._ramps = (self._pixmap(np.tile(xs, (res, 1)), px), self._pixmap(np.tile(ys[:, None], (1, res)), px))
            self._ramp_key = key
        return self._ramps

    def _refresh_heatmaps(self) -> None:
        spec = self._spec
        maps = self._maps
        usable = (maps is not None and self._extent is not None and spec.input_dim == 2
                  and len(maps) == len(spec.layers)
                  and all(m.ndim == 3 and m.shape[0] == layer.units for m, layer in zip(maps, spec.layers)))
        if not usable:
            for neuron in self._neurons.values():
                neuron.set_heatmap(None)
            return
        px = self._heatmap_pixels()
        ramps = self._input_ramps(maps[0].shape[1], px)
        for idx in range(spec.input_dim):
            self._neurons[(0, idx)].set_heatmap(ramps[idx])
        for c, layer in enumerate(spec.layers, start=1):
            shown = self.shown_indices(layer.units)
            # one vectorized colour lookup per layer, for the drawn neurons only
            rgb = heatmap_rgb(to_unit_range(maps[c - 1][shown], layer.activation))
            for k, idx in enumerate(shown):
                self._neurons[(c, idx)].set_heatmap(self._scaled_pixmap(rgb_image(rgb[k]), px))

    def highlight_neuron(self, column: int, index: int, on: bool) -> None:
        """Emphasize the drawn links into and out of a neuron (while the mouse is over it)."""
        for c, (items, ii, jj) in enumerate(self._links):
            if c == column - 1:
                hits = np.flatnonzero(jj == index)
            elif c == column:
                hits = np.flatnonzero(ii == index)
            else:
                continue
            for k in hits:
                items[k].set_highlighted(on)

    # ------------------------------------------------------------------ hover descriptions
    def _formula_lines(self, activation: str) -> list[str]:
        return [self.tr("a = {f}(Σ w·x + b)").format(f=activation), FORMULAS.get(activation, "")]

    def describe_neuron(self, column: int, index: int) -> str:
        spec = self._spec
        if column == 0:
            return self.tr("Input x{i}: feature {i} of {n}; it passes the data point's value on.").format(
                i=index + 1, n=spec.input_dim)
        layer = spec.layers[column - 1]
        lines = [self.tr("{layer}, neuron {i}").format(layer=self._layer_title(column), i=index + 1)]
        lines += [s for s in self._formula_lines(layer.activation) if s]
        lines.append(self._bias_lines(column, index))
        return "\n".join(lines)

    def _bias_lines(self, column: int, index: int) -> str:
        layer = column - 1
        wb, g = self._layer_weights(layer), self._layer_grads(layer)
        value = _fmt(float(wb[1][index])) if wb is not None else self.tr("not built yet")
        grad = _fmt(float(g[1][index])) if g is not None else self.tr("no step yet")
        return self.tr("bias b = {v}\n∂L/∂b = {g}").format(v=value, g=grad)

    def describe_bias(self, column: int, index: int) -> str:
        lines = [self.tr("Bias of {layer}, neuron {i}: added to Σ w·x before the activation.").format(
            layer=self._layer_name(column), i=index + 1), self._bias_lines(column, index),
            self.tr("Click to type a new value.")]
        return "\n".join(lines)

    def describe_link(self, column: int, i: int, j: int) -> str:
        wb, g = self._layer_weights(column), self._layer_grads(column)
        src = (f"x{i + 1}" if column == 0 else
               self.tr("{layer} neuron {n}").format(layer=self._layer_name(column), n=i + 1))
        dst = self.tr("{layer} neuron {n}").format(layer=self._layer_name(column + 1), n=j + 1)
        value = _fmt(float(wb[0][i, j])) if wb is not None else self.tr("not built yet")
        grad = _fmt(float(g[0][i, j])) if g is not None else self.tr("no step yet")
        return "\n".join([
            self.tr("Weight W{l}[{i},{j}]: from {src} to {dst}").format(l=column + 1, i=i + 1, j=j + 1,
                                                                      src=src, dst=dst),
            self.tr("w = {v}").format(v=value),
            self.tr("∂L/∂w = {g}").format(g=grad),
            self.tr("z{j} = Σᵢ wᵢ{j}·aᵢ + b{j}: this weight scales the input from {src}.").format(j=j + 1, src=src),
            self.tr("Click to type a new value."),
        ])
