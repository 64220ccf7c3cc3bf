"""NetworkEditor: the network of a TrainingSession drawn as columns of neurons, edited with undoable commands.

The editor shows the session (its spec, its data's input size and allowed problem types, the newest snapshot's
weights) and turns the learner's clicks and keys into edits: each is checked against the network rules
(``NetworkSpec.validate``; a refusal says why) and pushed onto the room's undo stack as a command that applies it
through the session. An edit that adds or removes layers or neurons says which weights the network kept (and
offers Reset weights). The session's events then redraw the editor; the scene is rebuilt only when the spec
changes, and ``show_snapshot`` restyles links, bias badges and heatmaps.
"""
from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QScrollArea, QToolButton, QVBoxLayout,
                               QWidget)

from nnstudio.app.buttons import ToolButton
from nnstudio.app.commands import SpecEdit, WeightEdit, lecture_xor, lecture_xor_fits
from nnstudio.app.editor.flow import flow_container
from nnstudio.app.editor.items import HEATMAP
from nnstudio.app.editor.scene import NetworkScene, fmt
from nnstudio.app.editor.strip import LayerStrip, pair
from nnstudio.app.editor.view import ZOOM_STEP, NetworkView
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import loss_title, title, translated
from nnstudio.engine.problems import PROBLEM_TITLES, PROBLEMS
from nnstudio.engine.spec import MAX_HIDDEN, MAX_UNITS, LayerSpec, NetworkSpec
from nnstudio.session.policy import kept_weights

NEW_LAYER_UNITS = 4   # the fewest neurons "Add layer" gives a new layer (a copy of its neighbour otherwise)
NOTE_MS = 15_000      # how long the note on kept weights stays (a refusal: 8 s)

class NetworkEditor(QWidget):
    """The network editor panel of a session; ``undo_stack`` receives its edits."""

    # an impossible edit was refused; the text says why (also shown inside the editor)
    editRefused = Signal(str)
    # the learner asked for new initial weights (the Reset button of the note after a structural edit)
    resetRequested = Signal()

    def __init__(self, session, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Network editor"))   # (screen readers; the keyboard shortcuts' list)
        self.session = session
        self.undo_stack = undo_stack
        self._spec = session.spec
        self._selected = 1
        self._editing: tuple[int, str, int, int, float] | None = None
        self._columns = 0            # columns drawn (the view refits when their number changes)
        self._pushing = False        # an edit of the learner's is being applied
        self._note_index = -1        # the undo stack's index the note on kept weights describes
        # gradients shown must come from a training step after this one (a new or hand-set network has none)
        self._grads_after = session.step_count

        self.scene = NetworkScene(self, self)
        self.view = NetworkView(self.scene, self)
        self.view.value_field.committed.connect(self._commit_typed_value)
        self.view.value_field.cancelled.connect(self._cancel_typed_value)
        self.view.rescaled.connect(lambda _scale: self.scene.refresh_heatmaps(self._heatmap_pixels()))
        self.view.settled.connect(self._settle)
        self._build_actions()
        self._build_ui()
        undo_stack.indexChanged.connect(self._on_undo_index)

        subscribe(self, session.events.spec, self._on_spec)
        subscribe(self, session.events.data, self._on_data)
        subscribe(self, session.events.weights, self._on_weights)
        subscribe(self, session.events.progress, self._on_progress)
        self._stack_index = undo_stack.index()
        undo_stack.indexChanged.connect(self._on_stack_index)
        self._rebuild()
        self._show_xor_preset()
        self.scene.show_weights(session.weights())

    # ------------------------------------------------------------------ public API
    def spec(self) -> NetworkSpec:
        return self._spec

    def show_snapshot(self, s) -> None:
        """Restyle links, bias badges and heatmaps from a TrainingSnapshot; never rebuilds the scene."""
        # a snapshot may carry the same arrays as the last one (e.g. while paused): skip the redraw then
        old = self.scene.weights
        new_weights = bool(s.weights) and (old is None or len(s.weights) != len(old)
                                           or any(a is not b for a, b in zip(s.weights, old)))
        new_maps = s.neuron_maps is not self.scene.maps or s.extent != self.scene.extent
        # a network that has not taken a step since it was built or set by hand has no gradients yet (its
        # arrays hold zeros): the hover texts then say so instead of "∂L/∂b = 0"
        grads = s.grads if s.step > self._grads_after else ()
        if new_weights:
            self.scene.show_weights(s.weights, grads)
        else:
            self.scene.grads = tuple(grads or ())
        if new_maps:
            self.scene.show_maps(s.neuron_maps, s.extent, self._heatmap_pixels())

    def whole_width(self) -> int:
        """The editor's width that shows the network whole across at the smallest scale it fits it to (a narrower
        editor scrolls it sideways)."""
        return self.width() - self.view.width() + self.view.whole_width()

    def select_column(self, column: int) -> None:
        """Select a column (0 = input); the property strip then edits that layer."""
        column = max(0, min(column, len(self._spec.sizes) - 1))
        self._selected = column
        self.scene.select_column(column)
        self.strip.show_layer(self._spec, column, self.scene.layer_title(column), self._size_refusal(column))

    def selected_column(self) -> int:
        return self._selected

    def column_menu(self, column: int) -> QMenu:
        """The right-click menu of a column: the editor's layer and neuron actions for that layer."""
        self.select_column(column)
        menu = QMenu(self)
        for a in (self.add_neuron_action, self.remove_neuron_action, None, self.add_layer_action,
                  self.remove_layer_action, None, self.hidden_activation_action):
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

    def message(self) -> str:
        """The text of the note shown in the drawing (a refusal, or which weights an edit kept), else ""."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    # the scene's items ask these
    def describe_neuron(self, column: int, index: int) -> str:
        return self.scene.describe_neuron(column, index)

    def describe_bias(self, column: int, index: int) -> str:
        return self.scene.describe_bias(column, index)

    def describe_link(self, column: int, i: int, j: int) -> str:
        return self.scene.describe_link(column, i, j)

    def highlight_neuron(self, column: int, index: int, on: bool) -> None:
        self.scene.highlight_neuron(column, index, on)

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
        self.xor_preset_tip = self.tr(
            "Load the lecture's hand-set 2-2-1 sigmoid network that solves XOR: w = (5, 5), b = −8; "
            "w = (−7, −7), b = 3; output w = (−11, −11), b = 6.")
        self.xor_preset_action = action(self.tr("Lecture XOR weights"), self.xor_preset_tip,
                                        lambda: self.load_lecture_xor())
        self.show_values_action = action(
            self.tr("Show values"),
            self.tr("Write each weight and bias next to its link and neuron (layers with few links only)."),
            self._show_values_toggled)
        self.show_values_action.setCheckable(True)
        self.show_values_action.setChecked(True)
        self.hidden_activation_action = action(
            self.tr("Same activation in all hidden layers"),
            self.tr("Give every hidden layer the selected layer's activation (one undoable edit)."),
            lambda: self._selected_activation_for_all())
        self.fit_action = action(
            self.tr("Fit"), self.tr("Fit the network to the view, as large as it stays readable; scroll for the "
                                    "rest (Ctrl+0)."), lambda: self._fit(), ("Ctrl+0",))
        self.zoom_in_action = action(
            self.tr("Zoom in"), self.tr("Draw the network larger (Ctrl+plus or Ctrl+wheel)."),
            lambda: self.view.zoom_by(ZOOM_STEP), (QKeySequence.StandardKey.ZoomIn, "Ctrl+="))
        self.zoom_out_action = action(
            self.tr("Zoom out"), self.tr("Draw the network smaller (Ctrl+minus or Ctrl+wheel)."),
            lambda: self.view.zoom_by(1 / ZOOM_STEP), (QKeySequence.StandardKey.ZoomOut,))
        self.reset_weights_action = QAction(self.tr("Reset weights"), self)
        self.reset_weights_action.setToolTip(self.tr("Start all weights afresh from the seed (the Reset weights "
                                                     "of the tool bar)."))
        self.reset_weights_action.triggered.connect(self._reset_requested)

    def _build_ui(self) -> None:
        top = []  # widgets of the top row, wrapped by a FlowLayout when the panel is narrow
        problem_label = QLabel(self.tr("Problem:"))
        self.problem_combo = QComboBox()
        short = {"regression": self.tr("Regression"), "binary": self.tr("Binary classification"),
                 "multiclass": self.tr("Multi-class classification"),
                 "multilabel": self.tr("Multi-label classification")}
        for key, (activation, loss) in PROBLEMS.items():
            self.problem_combo.addItem(short.get(key, key), key)
            self.problem_combo.setItemData(
                self.problem_combo.count() - 1,
                self.tr("{title}: output activation {activation}, loss {loss}.").format(
                    title=title("Problems", PROBLEM_TITLES[key]), activation=activation, loss=loss),
                Qt.ItemDataRole.ToolTipRole)
        self.problem_combo.setToolTip(self.tr(
            "The kind of problem (the lecture's table); it sets the output layer's activation and the loss."))
        self.problem_combo.activated.connect(lambda i: self.set_problem(self.problem_combo.itemData(i)))
        problem_label.setBuddy(self.problem_combo)
        top.append(pair(problem_label, self.problem_combo))
        self.loss_label = QLabel()
        self.loss_label.setToolTip(self.tr("The loss the chosen problem type trains with."))
        top.append(self.loss_label)
        self.toolbuttons = {}
        for name in ("add_layer", "remove_layer", "show_values", "xor_preset", "fit"):
            button = ToolButton()
            button.setDefaultAction(getattr(self, f"{name}_action"))
            top.append(button)
            self.toolbuttons[name] = button
        zoom_menu = QMenu(self)
        zoom_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.toolbuttons["fit"].setMenu(zoom_menu)
        self.toolbuttons["fit"].setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        # compact arrow buttons (the "Redo" text wrapped onto a row of its own in a 1280×720 window), one pair
        # that wraps together (a lone arrow began a row of its own); the tooltip names the edit (the stack's own
        # actions carry long texts)
        stack = self.undo_stack
        pair_box = QWidget()
        pair_layout = QHBoxLayout(pair_box)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.setSpacing(2)
        for name, label, slot, can, text, enabled in (
                ("undo", self.tr("Undo"), stack.undo, stack.canUndoChanged, stack.undoTextChanged, stack.canUndo()),
                ("redo", self.tr("Redo"), stack.redo, stack.canRedoChanged, stack.redoTextChanged, stack.canRedo())):
            button = _UndoButton(label, self.tr("{action}: {edit}"), redo=name == "redo")
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            can.connect(button.setEnabled)
            text.connect(button.show_edit)
            pair_layout.addWidget(button)
            self.toolbuttons[name] = button
        top.append(pair_box)

        # the note floats over the drawing's bottom edge: showing it moves nothing under the mouse
        self.message_label = self.view.banner.label
        self.view.banner.set_action(self.reset_weights_action)
        self.message_label.setToolTip(self.tr("Why the last edit was not possible, or what it did to the "
                                              "weights."))

        self.strip = LayerStrip(self)
        self.strip.unitsTyped.connect(self._units_typed)
        self.strip.activationChosen.connect(self._activation_chosen)
        self.strip.activationForHidden.connect(self.set_hidden_activation)
        self.strip.fieldChanged.connect(self._field_changed)
        # the strip's widgets, as a learner (and the tests) reach them
        self.layer_label, self.units_spin = self.strip.layer_label, self.strip.units_spin
        self.activation_combo, self.initializer_combo = self.strip.activation_combo, self.strip.initializer_combo
        self.l1_spin, self.l2_spin, self.dropout_spin = self.strip.l1_spin, self.strip.l2_spin, self.strip.dropout_spin

        page = _EditorPage(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(1, 4, 1, 4)     # (narrow sides: the scroll bar beside them takes no more width)
        layout.addWidget(flow_container(top, page))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.strip)
        # the rows scroll when their wrapped controls need more height than there is (a 1024×600 screen, a large
        # font): the strip's last row (Dropout) was cut off below the window's edge, out of reach
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(page.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self.page_scroll = scroll
        # Tab goes through the controls as they are on screen: the top row, the drawing, the layer strip (it went
        # from the drawing to the strip and only then to the top row, whose widgets joined the editor last)
        strip = self.strip
        chain = [self.problem_combo, *(self.toolbuttons[name] for name in ("add_layer", "remove_layer",
                                                                          "show_values", "xor_preset", "fit",
                                                                          "undo", "redo")),
                 self.view, strip.units_spin, strip.activation_combo, strip.all_hidden_button,
                 strip.initializer_combo, strip.l1_spin, strip.l2_spin, strip.dropout_spin]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ------------------------------------------------------------------ session events
    def _on_spec(self, spec: NetworkSpec) -> None:
        if spec != self._spec:
            self._spec = spec
            self._rebuild()
            self._on_weights()     # the new network's weights, before the worker's next snapshot

    def _on_data(self, _dataset) -> None:
        # the input size and allowed problem types come from the data: the +/- buttons' reasons change too
        self._spec = self.session.spec
        self._grads_after = self.session.step_count
        self._rebuild(refit=True)
        self._show_xor_preset()

    def _show_xor_preset(self) -> None:
        """The lecture's XOR weights are offered only for data they fit (as the XOR lesson's button): with
        MNIST the button was enabled and refused with a message when clicked."""
        fits = lecture_xor_fits(self.session)
        self.xor_preset_action.setEnabled(fits)
        self.xor_preset_action.setToolTip(self.xor_preset_tip if fits else self.tr(
            "The lecture's XOR network has 2 inputs and one yes/no output, which this data does not have: choose "
            "the XOR dataset first."))

    def _on_stack_index(self, index: int) -> None:
        # an edit done or redone: select the layer it names (the layer just added, say)
        if index > self._stack_index:
            command = self.undo_stack.command(index - 1)
            if isinstance(command, SpecEdit) and command.select is not None:
                self.select_column(command.select)
        self._stack_index = index

    def _on_weights(self) -> None:
        # a new network or weights typed by hand or loaded: shown at once, before the worker's next snapshot;
        # the last step's gradients belong to other weights
        self._grads_after = self.session.step_count
        self.scene.show_weights(self.session.weights())

    def _on_progress(self) -> None:
        self._grads_after = self.session.step_count   # new weights from the seed: no step taken yet

    def _rebuild(self, refit: bool = False) -> None:
        """Draw the spec from scratch (only when it changed), then restyle from the newest weights.

        A layer that grew or shrank under the mouse (its +/- buttons clicked) keeps the columns' places and the
        view's scale, so the buttons stay under the mouse; the drawing is laid out and fitted afresh once the
        mouse has left (``_settle``), and at once for ``refit``, when the number of columns changed or when the
        change did not come from an edit in the editor (an undo from the menu, a loaded example)."""
        self.view.value_field.hide()
        self._editing = None
        sizes = self._spec.sizes
        self._selected = max(0, min(self._selected, len(sizes) - 1))
        refusals = {c: why for c in range(len(sizes)) if (why := self._size_refusal(c)) is not None}
        keep = not refit and self._pushing and len(sizes) == self._columns and self.view.underMouse()
        self._columns = len(sizes)
        xs = self.scene.column_xs() if keep else None
        self.view.set_content_rect(self.scene.show_spec(self._spec, refusals, xs), keep=keep)
        self.select_column(self._selected)
        if not keep:
            self.view.ensureVisible(self.scene.header_rect(self._selected), 8, 0)
        self._update_problem_combo()
        self.scene.refresh_heatmaps(self._heatmap_pixels())

    def _settle(self) -> None:
        """The mouse left the drawing after edits under it: lay it out afresh (not while a value is typed)."""
        if not self.view.value_field.isVisible():
            self._rebuild(refit=True)

    def _fit(self) -> None:
        self.view.fit_to_view()
        self.view.ensureVisible(self.scene.header_rect(self._selected), 8, 0)

    def _heatmap_pixels(self) -> int:
        """Side of a heatmap in device pixels at the view's current scale."""
        return max(8, round(HEATMAP * self.view.zoom() * self.view.devicePixelRatioF()))

    def _show_values_toggled(self) -> None:
        self.scene.show_values = self.show_values_action.isChecked()
        self.scene.refresh_labels()

    # ------------------------------------------------------------------ naming and messages
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
        self.view.banner.show_text(text)
        self._note_index = -1
        self.editRefused.emit(text)

    def _show_kept_weights(self, before: NetworkSpec, after: NetworkSpec, kept) -> None:
        """After an edit that changed the weights' shapes: which weights are new, with Reset weights."""
        status = kept_weights(before.sizes, after.sizes, kept)
        if all(s == "kept" for s in status):
            text = self.tr("The weights of the neurons that stayed were kept.")
        elif all(s == "fresh" for s in status):
            text = self.tr("The whole network starts from new random weights.")
        else:
            parts = [self.scene.layer_name(layer + 1) for layer, s in enumerate(status) if s == "fresh"]
            parts += [self.tr("the links into {layer}").format(layer=self.scene.layer_name(layer + 1))
                      for layer, s in enumerate(status) if s == "biases"]
            if "partly" in status:
                parts.append(self.tr("the links of the new neurons"))
            text = self.tr("New random weights for {parts}; all other weights were kept.").format(
                parts=", ".join(parts))
        self.view.banner.show_text(text, with_action=True, milliseconds=NOTE_MS)
        self._note_index = self.undo_stack.index()

    def _on_undo_index(self, index: int) -> None:
        # the note describes the edit just made: an undo or redo makes it stale
        if self._note_index >= 0 and index != self._note_index:
            self._note_index = -1
            self.view.banner.hide()

    def _reset_requested(self) -> None:
        self.view.banner.hide()
        self._note_index = -1
        self.resetRequested.emit()

    def _size_refusal(self, column: int) -> str | None:
        """Why the size of ``column`` cannot be edited, or None for a hidden layer."""
        if column == 0:
            return self.tr("The input layer's size follows the dataset (%n feature(s)).", None, self._spec.input_dim)
        if column == len(self._spec.sizes) - 1:
            return self.tr("The output layer's size follows the dataset ({what}).").format(
                what=self._outputs_phrase())
        return None

    # ------------------------------------------------------------------ edits
    def _push(self, after: NetworkSpec, text: str, merge_key: int = -1, select: int | None = None,
              columns=None) -> bool:
        """Check ``after`` and push it onto the undo stack; ``columns``: for each of its columns, the column of
        the current network it continues (None: a new layer; see ``TrainingSession.set_spec``). False if
        nothing changed or the edit was refused."""
        if after == self._spec:
            return False
        try:
            self.session.check_spec(after)   # the network rules, the data's inputs and outputs, the memory
        except ValueError as exc:
            self._refuse(translated(exc))
            return False
        self.view.banner.hide()
        before = self._spec
        command = SpecEdit(self.session, before, after, text, merge_key, select, columns)
        self._pushing = True          # the learner's own edit: it may keep the drawing's place (see _rebuild)
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False
        if before.weight_shapes != after.weight_shapes:
            self._show_kept_weights(before, after, command.kept)
        return True

    def _replace_hidden(self, hidden: list[LayerSpec]) -> NetworkSpec:
        return replace(self._spec, hidden=tuple(hidden))

    def add_layer(self) -> None:
        """Insert a hidden layer after the selected column: a copy of the nearest hidden layer (its activation,
        initializer and L1/L2, no dropout), with at least NEW_LAYER_UNITS neurons."""
        spec = self._spec
        if len(spec.hidden) >= MAX_HIDDEN:
            self._refuse(self.tr("At most {n} hidden layers: deeper networks would not train visibly here.")
                         .format(n=MAX_HIDDEN))
            return
        at = min(self._selected, len(spec.hidden))  # index in hidden of the new layer
        neighbours = [spec.hidden[i] for i in (at - 1, at) if 0 <= i < len(spec.hidden)]
        template = neighbours[0] if neighbours else LayerSpec(NEW_LAYER_UNITS)
        layer = replace(template, units=max(template.units, NEW_LAYER_UNITS), dropout=0.0)
        hidden = list(spec.hidden)
        hidden.insert(at, layer)
        # the new layer is column at + 1; the columns after it continue the old ones
        columns = (*range(at + 1), None, *range(at + 1, len(spec.sizes)))
        self._push(self._replace_hidden(hidden),
                   self.tr("Add hidden layer {n} ({units} neurons, {activation})").format(
                       n=at + 1, units=layer.units, activation=layer.activation),
                   select=at + 1, columns=columns)

    def remove_layer(self, column: int | None = None) -> None:
        """Remove a hidden layer (the selected one by default)."""
        column = self._selected if column is None else column
        if column == 0:
            self._refuse(self.tr("The input layer follows the dataset (%n feature(s)); it cannot be removed.", None,
                                 self._spec.input_dim))
            return
        if column == len(self._spec.sizes) - 1:
            if self._spec.hidden:
                self._refuse(self.tr("The output layer gives the network's answer ({what}): it stays. To remove a "
                                     "hidden layer, select it first (click its column).").format(
                                         what=self._outputs_phrase()))
            else:
                self._refuse(self.tr("There is no hidden layer to remove: the output layer gives the network's "
                                     "answer ({what}) and stays.").format(what=self._outputs_phrase()))
            return
        hidden = list(self._spec.hidden)
        del hidden[column - 1]
        columns = tuple(c for c in range(len(self._spec.sizes)) if c != column)
        self._push(self._replace_hidden(hidden), self.tr("Remove hidden layer {n}").format(n=column),
                   select=min(column, len(hidden) + 1), columns=columns)

    def add_neuron(self, column: int) -> None:
        self._resize(column, +1)

    def remove_neuron(self, column: int) -> None:
        self._resize(column, -1)

    def _resize(self, column: int, delta: int, units: int | None = None) -> None:
        why = self._size_refusal(column)
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
        name = self.scene.layer_name(column)
        if units is not None:
            text = self.tr("Set {layer} size to {n}").format(layer=name, n=new)
        elif delta > 0:
            text = self.tr("Add neuron to {layer}").format(layer=name)
        else:
            text = self.tr("Remove neuron from {layer}").format(layer=name)
        # sizes typed or stepped in the spin box merge into one undo step; +/- clicks stay separate steps
        merge = (hash((column, "units")) & 0x3FFFFFFF) + 1 if units is not None else -1
        self._push(self._replace_hidden(hidden), text, merge_key=merge, select=column)

    def set_activation(self, column: int, activation: str) -> bool:
        """Set a layer's activation; the network rules refuse what the problem type does not allow."""
        spec = self._spec
        if column == 0:
            self._refuse(self.tr("The input layer has no activation: it passes the features on."))
            return False
        if column == len(spec.sizes) - 1:
            after = replace(spec, output=replace(spec.output, activation=activation))
        else:
            hidden = list(spec.hidden)
            hidden[column - 1] = replace(hidden[column - 1], activation=activation)
            after = self._replace_hidden(hidden)
        self._push(after, self.tr("Set {layer} activation to {name}").format(
            layer=self.scene.layer_name(column), name=activation), select=column)
        return self._spec.layers[column - 1].activation == activation

    def set_hidden_activation(self, activation: str) -> bool:
        """Give every hidden layer ``activation``, as one undoable edit."""
        if not self._spec.hidden:
            self._refuse(self.tr("This network has no hidden layer: add one first (Add layer)."))
            return False
        after = self._spec.with_hidden_activation(activation)
        if after == self._spec:
            self._refuse(self.tr("All hidden layers already use {name}.").format(name=activation))
            return False
        return self._push(after, self.tr("Set the activation of all hidden layers to {name}").format(
            name=activation), select=self._selected)

    def _selected_activation_for_all(self) -> None:
        if 1 <= self._selected <= len(self._spec.hidden):
            self.set_hidden_activation(self._spec.hidden[self._selected - 1].activation)
        else:
            self._refuse(self.tr("Select the hidden layer whose activation all hidden layers should get."))

    def set_layer_field(self, column: int, name: str, value) -> None:
        """Set ``initializer``, ``l1``, ``l2`` or ``dropout`` of a layer (consecutive changes merge)."""
        spec = self._spec
        if column == 0:
            self._refuse(self.tr("The input layer has no weights to set up."))
            return
        is_output = column == len(spec.sizes) - 1
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
        shown = value if isinstance(value, str) else fmt(value)
        text = self.tr("Set {layer} {field} to {value}").format(layer=self.scene.layer_name(column), field=label,
                                                                value=shown)
        merge = -1 if name == "initializer" else (hash((column, name)) & 0x3FFFFFFF) + 1
        self._push(after, text, merge_key=merge, select=column)

    def set_problem(self, problem: str) -> bool:
        """Choose the problem type: it sets the output activation and loss (spec.with_problem)."""
        allowed = self.session.allowed_problems
        combo = self.problem_combo
        if problem not in allowed:
            self._refuse(self.tr("This dataset does not allow {p}; it allows: {allowed}.").format(
                p=combo.itemText(combo.findData(problem)) if combo.findData(problem) >= 0 else problem,
                allowed=", ".join(combo.itemText(combo.findData(k)) for k in allowed)))
            self._update_problem_combo()
            return False
        self._push(self._spec.with_problem(problem, allowed[problem]), self.tr("Set problem type to {p}").format(
            p=combo.itemText(combo.findData(problem))))
        return True

    def load_lecture_xor(self) -> bool:
        """The lecture's 2-2-1 sigmoid network with its hand-set weights, undoably."""
        if not lecture_xor_fits(self.session):
            self._refuse(self.tr("The lecture's XOR network has 2 inputs and one binary output; this dataset "
                                 "has %n feature(s). Choose the XOR dataset first.", None, self._spec.input_dim))
            return False
        self.undo_stack.push(lecture_xor(self.session, self.tr("Load the lecture's XOR weights")))
        return True

    # ------------------------------------------------------------------ hand weight edits
    def edit_weight(self, column: int, i: int, j: int, scene_pos: QPointF | None = None) -> None:
        """Open the inline field to type W[i, j] of Dense layer ``column`` (the link's left column)."""
        self._open_editor(column, "W", i, j, scene_pos)

    def edit_bias(self, column: int, index: int, scene_pos: QPointF | None = None) -> None:
        """Open the inline field to type the bias of neuron ``index`` of ``column`` (>= 1)."""
        self._open_editor(column - 1, "b", index, 0, scene_pos)

    def _open_editor(self, layer: int, kind: str, row: int, col: int, scene_pos: QPointF | None) -> None:
        wb = self.scene.layer_weights(layer)
        if wb is None:
            self._refuse(self.tr("There are no weights to edit yet: they appear once the network is built "
                                 "(press Reset weights or Run)."))
            return
        value = float(wb[0][row, col] if kind == "W" else wb[1][row])
        self._editing = (layer, kind, row, col, value)
        if scene_pos is None:
            scene_pos = self.scene.neurons[(layer + 1, col if kind == "W" else row)].scenePos()
        placeholder = self.tr("weight") if kind == "W" else self.tr("bias")
        self.view.open_field(self.view.mapFromScene(scene_pos), fmt(value), placeholder)

    def _commit_typed_value(self, text: str) -> None:
        if self._editing is None:
            return
        try:
            value = float(text.strip().replace(",", ".").replace("\u2212", "-"))    # (the field opens with "−0.5")
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
                                                                     v=fmt(value))
        else:
            text = self.tr("Set bias b{l}[{i}] to {v}").format(l=layer + 1, i=row + 1, v=fmt(value))
        self.undo_stack.push(WeightEdit(self.session, layer, kind, row, col, old, value, text))

    def _cancel_typed_value(self) -> None:
        self._editing = None

    # ------------------------------------------------------------------ property strip handlers
    def _activation_chosen(self, name: str) -> None:
        if not self.set_activation(self._selected, name):
            self.select_column(self._selected)   # refused: the strip shows the layer as it is

    def _units_typed(self, value: int) -> None:
        if self._size_refusal(self._selected) is None and value != self._spec.sizes[self._selected]:
            self._resize(self._selected, 0, units=value)

    def _field_changed(self, name: str, value) -> None:
        column = self._selected
        if column == 0:
            return
        if getattr(self._spec.layers[column - 1], name) != value:
            self.set_layer_field(column, name, value)
            if getattr(self._spec.layers[column - 1], name) != value:  # refused
                self.select_column(column)

    def _update_problem_combo(self) -> None:
        model = self.problem_combo.model()
        allowed = self.session.allowed_problems
        for i in range(self.problem_combo.count()):
            model.item(i).setEnabled(self.problem_combo.itemData(i) in allowed)
        self.problem_combo.setCurrentIndex(self.problem_combo.findData(self._spec.problem))
        self.loss_label.setText(self.tr("loss: {loss}").format(loss=loss_title(self._spec.loss_name)))


class _EditorPage(QWidget):
    """The editor's rows: the wrapped controls, the drawing and the layer strip. Its height for a width is what
    the wrapped rows need there with the drawing at its smallest, so that the scroll area around it scrolls
    rather than squeezing the rows over each other."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        m = layout.contentsMargins()
        inner = width - m.left() - m.right()
        items = [layout.itemAt(i) for i in range(layout.count())]
        heights = [item.heightForWidth(inner) if item.hasHeightForWidth() else item.minimumSize().height()
                   for item in items if not item.isEmpty()]
        return sum(heights) + layout.spacing() * (len(heights) - 1) + m.top() + m.bottom()


class _UndoButton(ToolButton):
    """"Undo" or "Redo" as a curved arrow, with the edit it would undo or redo in its tooltip (a method, not a
    lambda: Qt drops the connection when the button goes, though the undo stack may live on)."""

    def __init__(self, label: str, pattern: str, redo: bool = False):
        super().__init__()
        self._label, self._pattern, self._redo = label, pattern, redo
        self.setText(label)            # the accessible name; the button shows only the arrow
        self.setIcon(_arrow_icon(self.palette().buttonText().color(), mirrored=redo))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setToolTip(label)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:   # e.g. the desktop switched to dark mode: a light arrow
            self.setIcon(_arrow_icon(self.palette().buttonText().color(), mirrored=self._redo))

    def show_edit(self, edit: str) -> None:
        self.setToolTip(self._pattern.format(action=self._label, edit=edit) if edit else self._label)


def _arrow_icon(color, mirrored: bool) -> QIcon:
    """A curved arrow pointing back to the left (undo), or to the right when ``mirrored`` (redo); drawn, not a
    font glyph, so it looks the same in every language and font (Qt greys it out when disabled)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        painter.setTransform(QTransform(-1, 0, 0, 1, 32, 0))
    pen = QPen(color, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    arc = QPainterPath(QPointF(8, 13))
    arc.cubicTo(QPointF(16, 5), QPointF(29, 9), QPointF(27, 19))
    arc.cubicTo(QPointF(26, 24), QPointF(22, 27), QPointF(16, 27))
    painter.drawPath(arc)
    head = QPainterPath(QPointF(5, 5))
    head.lineTo(QPointF(6, 15))
    head.lineTo(QPointF(15, 13))
    painter.drawPath(head)
    painter.end()
    return QIcon(pixmap)
