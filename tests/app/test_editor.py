"""Network editor panel: real widgets driven like a user would (pytest-qt, offscreen)."""
from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QToolTip

from PySide6.QtGui import QUndoStack

from nnstudio.app.editor import NetworkEditor
from nnstudio.app.colors import UNKNOWN
from nnstudio.app.editor.items import ButtonItem, LinkItem, NeuronItem
from nnstudio.data import Dataset
from nnstudio.engine.spec import MAX_HIDDEN, LayerSpec, NetworkSpec
from nnstudio.session.config import DataChoice
from nnstudio.session.session import TrainingSession
from nnstudio.session.snapshot import TrainingSnapshot


def make_snapshot(**fields) -> TrainingSnapshot:
    return TrainingSnapshot(**fields)


@pytest.fixture
def editor(qtbot):
    """The editor of a fresh session (the XOR demo), with the undo stack its room would give it."""
    stack = QUndoStack()
    e = NetworkEditor(TrainingSession(), stack)
    stack.setParent(e)             # (as a room owns both: they go together)
    qtbot.addWidget(e)
    e.resize(1000, 650)
    e.show()
    qtbot.waitExposed(e)
    return e


def use_data(editor, features: int, problem: str = "binary", classes: int = 1):
    """Switch the editor's session to made-up data with ``features`` inputs, as choosing a data set does."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(12, features)).astype(np.float32)
    if problem == "multiclass":
        y = np.arange(12) % classes
    else:
        y = (np.arange(12) % 2).astype(np.float32)[:, None]
    ds = Dataset("made-up", x[:8], y[:8], x[8:], y[8:], problem, classes if problem == "multiclass" else 1)
    editor.session.use_dataset(ds, DataChoice(key="made-up"))


def specs_seen(editor) -> list:
    """The specs the session announces from now on."""
    seen = []
    editor.session.events.spec.connect(seen.append)
    return seen


def view_pos(editor, item, local=QPointF(0, 0)) -> QPoint:
    return editor.view.mapFromScene(item.mapToScene(local))


def click(qtbot, editor, item, local=QPointF(0, 0)) -> None:
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(editor, item, local))


def buttons(editor, column):
    """The (minus, plus) scene buttons above ``column``."""
    found = {b.label: b for b in editor.scene.items() if isinstance(b, ButtonItem) and b.column == column}
    return found["−"], found["+"]


def link(editor, column, i, j) -> LinkItem:
    return next(it for it in editor.scene.items()
                if isinstance(it, LinkItem) and (it.column, it.i, it.j) == (column, i, j))


def is_blue(color: QColor) -> bool:
    return color.blue() > color.green() > color.red()


def is_orange(color: QColor) -> bool:
    return color.red() > color.green() > color.blue()


def link_point(item: LinkItem, t=0.2) -> QPointF:
    line = item.line()
    return line.p1() + (line.p2() - line.p1()) * t


def xor_weights():
    return (np.array([[0.75, -2.0], [1.5, -0.1]], np.float32), np.array([0.5, -0.25], np.float32),
            np.array([[3.0], [-1.0]], np.float32), np.array([0.2], np.float32))


def test_starts_with_the_lecture_xor_network(editor):
    assert editor.spec() == NetworkSpec.xor_default()
    assert sum(isinstance(i, NeuronItem) for i in editor.scene.items()) == 5
    assert sum(isinstance(i, LinkItem) for i in editor.scene.items()) == 2 * 2 + 2 * 1


def test_buttons_and_keys_add_and_remove_layers_and_neurons(qtbot, editor):
    seen = specs_seen(editor)
    minus, plus = buttons(editor, 1)
    click(qtbot, editor, plus)
    qtbot.waitUntil(lambda: editor.spec().sizes == (2, 3, 1))
    assert seen[-1].sizes == (2, 3, 1) and editor.session.spec.sizes == (2, 3, 1)
    assert editor.undo_stack.undoText() == "Add neuron to hidden layer 1"

    qtbot.mouseClick(editor.toolbuttons["add_layer"], Qt.MouseButton.LeftButton)
    assert editor.spec().sizes == (2, 3, 4, 1)   # a copy of hidden layer 1, with at least 4 neurons
    assert editor.selected_column() == 2  # the new layer is selected
    assert editor.undo_stack.undoText() == "Add hidden layer 2 (4 neurons, sigmoid)"

    minus, _ = buttons(editor, 2)
    click(qtbot, editor, minus)
    qtbot.waitUntil(lambda: editor.spec().sizes == (2, 3, 3, 1))

    # keyboard: select hidden layer 1 by clicking its neuron, then Delete removes it
    click(qtbot, editor, editor.scene.neurons[(1, 0)])
    assert editor.selected_column() == 1
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert editor.spec().sizes == (2, 3, 1)
    assert editor.undo_stack.undoText() == "Remove hidden layer 1"
    # the scene follows the spec
    assert sum(isinstance(i, NeuronItem) for i in editor.scene.items()) == 6

def test_undo_redo_restore_the_spec_and_the_session(qtbot, editor):
    start = editor.spec()
    editor.add_layer()
    editor.add_neuron(1)
    after = editor.spec()
    assert after.sizes == (2, 3, 4, 1)
    seen = specs_seen(editor)
    qtbot.mouseClick(editor.toolbuttons["undo"], Qt.MouseButton.LeftButton)
    assert seen[-1].sizes == (2, 2, 4, 1)
    editor.undo_stack.undo()
    assert seen[-1] == start and editor.spec() == start and editor.session.spec == start
    assert not editor.toolbuttons["undo"].isEnabled()
    editor.undo_stack.redo()
    qtbot.mouseClick(editor.toolbuttons["redo"], Qt.MouseButton.LeftButton)
    assert seen[-1] == after and editor.spec() == after and editor.session.spec == after

def test_the_buttons_take_three_rows_in_a_1280_window_with_undo_and_redo_beside_fit(qtbot, editor):
    editor.resize(400, 560)              # about what the editor gets in a 1280×720 window
    buttons = editor.toolbuttons
    qtbot.waitUntil(lambda: buttons["fit"].y() > buttons["add_layer"].y())     # laid out for the new width

    def row(widget):                     # its middle (the rows centre their widgets)
        return widget.mapTo(editor, widget.rect().center()).y()

    # "Redo" wrapped onto a fourth row of its own, above a drawing 25 px shorter
    assert row(buttons["undo"]) == row(buttons["redo"]) == row(buttons["fit"])
    rows = {row(b) for b in buttons.values()} | {row(editor.problem_combo.parentWidget())}
    assert len(rows) <= 3, rows
    # the arrows are compact but still say what they do, and still work
    assert buttons["undo"].width() < 40 and buttons["redo"].width() < 40
    editor.add_neuron(1)
    assert buttons["undo"].toolTip() == "Undo: Add neuron to hidden layer 1"
    assert buttons["redo"].toolTip() == "Redo"
    qtbot.mouseClick(buttons["undo"], Qt.MouseButton.LeftButton)
    assert editor.spec().sizes == (2, 2, 1)
    assert buttons["redo"].toolTip() == "Redo: Add neuron to hidden layer 1"


def test_undo_and_redo_wrap_together_at_every_width(qtbot, editor):
    undo, redo = editor.toolbuttons["undo"], editor.toolbuttons["redo"]
    apart = []
    for width in range(300, 1000, 5):      # a lone redo arrow began a row at 350 and 910 px, say
        editor.resize(width, 500)
        qtbot.waitUntil(lambda: editor.width() == width)
        QApplication.processEvents()
        if undo.mapTo(editor, undo.rect().center()).y() != redo.mapTo(editor, redo.rect().center()).y():
            apart.append(width)
    assert apart == []


def test_layer_properties_strip_edits_the_selected_layer(qtbot, editor):
    editor.select_column(1)
    relu = editor.activation_combo.findData("relu")
    editor.activation_combo.setCurrentIndex(relu)
    editor.activation_combo.activated.emit(relu)
    assert editor.spec().hidden[0].activation == "relu" and editor.session.spec.hidden[0].activation == "relu"
    assert editor.undo_stack.undoText() == "Set hidden layer 1 activation to relu"

    count = editor.undo_stack.count()
    editor.l2_spin.setValue(0.001)
    editor.l2_spin.setValue(0.002)
    assert editor.spec().hidden[0].l2 == pytest.approx(0.002)
    assert editor.undo_stack.count() == count + 1  # the two steps merged into one undo step
    editor.l2_spin.setValue(0.0)
    assert editor.undo_stack.count() == count  # back where it started: the merged step is dropped
    editor.l2_spin.setValue(0.002)
    editor.dropout_spin.setValue(0.25)
    assert editor.spec().hidden[0].dropout == pytest.approx(0.25)
    editor.units_spin.stepUp()
    editor.units_spin.setValue(300)
    assert editor.spec().hidden[0].units == 300
    assert editor.undo_stack.undoText() == "Set hidden layer 1 size to 300"
    assert editor.scene.count_items and "300" in editor.scene.count_items[0].text()

    editor.undo_stack.undo()  # back to 2 units: the strip shows the restored values
    assert editor.units_spin.value() == 2
    editor.select_column(2)  # output layer: no dropout, size fixed
    assert not editor.dropout_spin.isEnabled() and not editor.units_spin.isEnabled()


def test_the_data_sets_inputs_and_outputs_and_impossible_edits_are_refused(qtbot, editor):
    use_data(editor, 4, "multiclass", 3)     # the XOR network was the suggested one: new data, its suggestion
    spec = editor.spec()
    assert spec.sizes == (4, 16, 3) and spec.output.activation == "softmax"
    assert spec.loss_name == "categorical_crossentropy"
    assert sum(isinstance(i, NeuronItem) and i.column == 0 for i in editor.scene.items()) == 4
    assert editor.problem_combo.currentData() == "multiclass"
    assert not editor.problem_combo.model().item(editor.problem_combo.findData("binary")).isEnabled()

    _, plus = buttons(editor, 2)
    with qtbot.waitSignal(editor.editRefused) as refused:
        click(qtbot, editor, plus)
    assert refused.args[0] == "The output layer's size follows the dataset (3 classes)."
    assert editor.message_label.isVisible()
    assert "3 classes" in editor.message_label.text()
    assert editor.spec() == spec

    _, plus = buttons(editor, 0)
    click(qtbot, editor, plus)
    qtbot.waitUntil(lambda: "input layer's size follows the dataset (4 features)" in editor.message())

    editor.select_column(2)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert editor.message() == ("The output layer gives the network's answer (3 classes): it stays. To remove a "
                                "hidden layer, select it first (click its column).")

    editor.select_column(1)
    softmax = editor.activation_combo.findData("softmax")
    editor.activation_combo.setCurrentIndex(softmax)
    editor.activation_combo.activated.emit(softmax)
    assert "softmax belongs in the output layer" in editor.message()
    assert editor.spec() == spec and editor.activation_combo.currentData() == "relu"
    assert editor.undo_stack.count() == 0  # nothing refused went onto the stack

def test_problem_chooser_sets_output_activation_and_loss(qtbot, editor):
    regression = editor.problem_combo.findData("regression")
    editor.problem_combo.setCurrentIndex(regression)
    editor.problem_combo.activated.emit(regression)
    spec = editor.session.spec
    assert spec.problem == "regression" and spec.output.activation == "linear"
    assert editor.spec().loss_name == "mse" and editor.loss_label.text() == "loss: mean squared error (mse)"
    editor.select_column(2)
    editor.set_activation(2, "softmax")
    assert "Softmax needs multi-class" in editor.message()
    assert not editor.set_problem("multiclass")
    assert "does not allow" in editor.message()
    editor.undo_stack.undo()
    assert editor.spec().problem == "binary" and editor.problem_combo.currentData() == "binary"

def test_show_snapshot_restyles_links_without_rebuilding(qtbot, editor):
    items_before = set(editor.scene.items())
    editor.show_snapshot(make_snapshot(weights=xor_weights()))
    assert set(editor.scene.items()) == items_before
    pos, neg, small = link(editor, 0, 0, 0), link(editor, 0, 0, 1), link(editor, 0, 1, 1)
    assert is_blue(pos.pen().color()) and is_orange(neg.pen().color())
    assert neg.pen().widthF() > pos.pen().widthF() > small.pen().widthF()
    # a later snapshot flips a sign: the same item changes colour
    w = list(xor_weights())
    w[0] = -w[0]
    editor.show_snapshot(make_snapshot(weights=tuple(w)))
    assert is_orange(pos.pen().color()) and set(editor.scene.items()) == items_before
    # bias badges are coloured by sign as well
    assert editor.scene.neurons[(1, 0)].bias.brush().color().blue() > editor.scene.neurons[(1, 0)].bias.brush().color().red()
    assert editor.scene.neurons[(1, 1)].bias.brush().color().red() > editor.scene.neurons[(1, 1)].bias.brush().color().blue()


def test_restyling_links_keeps_their_cached_geometry(qtbot, editor, monkeypatch):
    """Snapshots change only the links' pens: no hit area is recomputed and the scene keeps no index to update
    (measured on MNIST with 200 links: Python shape()+boundingRect() calls fell from ~2,300 to ~600 per editor
    draw, and the Python time spent in them from ~17 ms to < 0.5 ms per draw)."""
    from PySide6.QtWidgets import QGraphicsScene

    assert editor.scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex
    item = link(editor, 0, 0, 0)
    rect_before = QRectF(item.boundingRect())
    recomputed = []
    monkeypatch.setattr(LinkItem, "_update_geometry", lambda self: recomputed.append(self))
    editor.show_snapshot(make_snapshot(weights=xor_weights()))
    w = list(xor_weights())
    w[0] = -3 * w[0]
    editor.show_snapshot(make_snapshot(weights=tuple(w)))
    assert recomputed == [] and is_orange(item.pen().color())
    assert item.boundingRect() == rect_before
    # the hit area still follows the line: a point on it is inside, a point well beside it is not
    assert item.shape().contains(link_point(item)) and not item.shape().contains(link_point(item) + QPointF(0, 20))


def test_nan_weights_of_a_diverged_run_are_drawn_grey(editor):
    from nnstudio.app.colors import scale_color

    nan = np.full((2, 2), np.nan, np.float32)
    editor.show_snapshot(make_snapshot(weights=(nan, nan[0], nan[:, :1], nan[0, :1])))   # no exception
    assert scale_color(float("nan")).getRgb()[:3] == UNKNOWN
    assert all(it.brush().color().getRgb()[:3] == UNKNOWN for it in (n.bias for n in editor.scene.neurons.values())
               if it is not None)


def test_weights_of_another_structure_are_not_drawn(qtbot, editor):
    editor.add_neuron(1)  # spec now 2-3-1; a late snapshot of the 2-2-1 network arrives
    editor.show_snapshot(make_snapshot(weights=xor_weights()))
    assert all(it.pen().color().getRgb()[:3] == UNKNOWN
               for it in editor.scene.items() if isinstance(it, LinkItem))

def test_click_link_type_value_sets_the_weight_and_undo_restores(qtbot, editor):
    editor.session.set_weights(xor_weights())
    item = link(editor, 0, 1, 0)   # W1[1, 0] = 1.5
    click(qtbot, editor, item, link_point(item))
    field = editor.view.value_field
    assert field.isVisible() and field.text() == "1.5"
    field.selectAll()
    qtbot.keyClicks(field, "-2.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.session.weights()[0][1, 0] == -2.5
    assert not field.isVisible()
    assert is_orange(item.pen().color())  # drawn at once, before the next snapshot
    assert editor.undo_stack.undoText() == "Set weight W1[2,1] to −2.5"
    editor.undo_stack.undo()
    assert editor.session.weights()[0][1, 0] == 1.5 and is_blue(item.pen().color())
    editor.undo_stack.redo()
    assert editor.session.weights()[0][1, 0] == -2.5

def test_click_bias_edits_bias_and_bad_text_is_refused(qtbot, editor):
    editor.session.set_weights(xor_weights())
    badge = editor.scene.neurons[(2, 0)].bias
    click(qtbot, editor, badge)
    field = editor.view.value_field
    assert field.isVisible() and field.text() == "0.2"
    field.selectAll()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "not a usable value" in editor.message() and field.isVisible()
    field.selectAll()
    qtbot.keyClicks(field, "6")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.session.weights()[3][0] == 6.0

def test_a_negative_weight_reads_and_is_typed_with_the_lectures_minus(qtbot, editor):
    """The drawing wrote "-7" where the lessons beside it write "−7"; the field it opens says "−0.5" and takes
    it back unchanged, or a new value typed with either sign."""
    weights = xor_weights()
    weights[0][1, 0] = -0.5
    editor.session.set_weights(weights)
    item = link(editor, 0, 1, 0)
    click(qtbot, editor, item, link_point(item))
    field = editor.view.value_field
    assert field.isVisible() and field.text() == "−0.5"
    qtbot.keyClick(field, Qt.Key.Key_Return)                        # as it opened: no "not a usable value"
    assert not field.isVisible() and editor.session.weights()[0][1, 0] == -0.5
    click(qtbot, editor, item, link_point(item))
    field.selectAll()
    field.insert("−3")                                               # (pasted: no key types "−")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.session.weights()[0][1, 0] == -3.0


def test_weight_edit_without_weights_says_why(qtbot, editor):
    editor.add_neuron(1)
    editor.show_snapshot(make_snapshot(weights=xor_weights()))   # late: of the network before the edit
    item = link(editor, 0, 0, 0)
    click(qtbot, editor, item, link_point(item))
    assert "no weights to edit yet" in editor.message()
    assert not editor.view.value_field.isVisible()

def test_lecture_xor_preset_loads_the_lecture_weights_and_undo_restores(qtbot, editor):
    editor.add_neuron(1)
    editor.add_layer()
    before, old = editor.spec(), editor.session.weights()
    qtbot.mouseClick(editor.toolbuttons["xor_preset"], Qt.MouseButton.LeftButton)
    spec = editor.session.spec
    assert spec.sizes == (2, 2, 1) and [layer.activation for layer in spec.layers] == ["sigmoid", "sigmoid"]
    W1, b1, W2, b2 = editor.session.weights()
    np.testing.assert_array_equal(W1, [[5, -7], [5, -7]])   # column j = hidden unit j
    np.testing.assert_array_equal(b1, [-8, 3])
    np.testing.assert_array_equal(W2, [[-11], [-11]])
    np.testing.assert_array_equal(b2, [6])
    assert "w = −11" in editor.describe_link(1, 0, 0)  # drawn at once
    assert editor.undo_stack.undoText() == "Load the lecture's XOR weights"
    # undo: the spec before and its weights come back
    editor.undo_stack.undo()
    assert editor.session.spec == before
    for a, b in zip(editor.session.weights(), old):
        np.testing.assert_array_equal(a, b)

def test_xor_preset_is_offered_only_for_data_it_fits(qtbot, editor):
    button = editor.toolbuttons["xor_preset"]
    assert button.isEnabled() and "w = (5, 5)" in button.toolTip()
    use_data(editor, 784, "multiclass", 10)            # MNIST's shape: greyed, and the tooltip says why
    assert not button.isEnabled() and "choose the XOR dataset first" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.spec().input_dim == 784
    use_data(editor, 2)                                 # two inputs, a yes/no output: offered again
    assert button.isEnabled() and "w = (5, 5)" in button.toolTip()
    use_data(editor, 784, "multiclass", 10)
    assert not editor.load_lecture_xor() and "Choose the XOR dataset first" in editor.message()

def test_large_network_builds_fast_and_compactly(qtbot, editor):
    use_data(editor, 784, "multiclass", 10)
    spec = NetworkSpec(784, (LayerSpec(256, "relu"),), LayerSpec(10, "softmax"), "multiclass")
    t0 = time.perf_counter()
    editor.session.set_spec(spec)
    W = [np.random.default_rng(0).normal(size=s).astype(np.float32)
         for s in ((784, 256), (256,), (256, 10), (10,))]
    editor.show_snapshot(make_snapshot(weights=tuple(W), grads=tuple(W)))
    seconds = time.perf_counter() - t0
    assert seconds < 0.5, seconds
    texts = [c.text().replace("\n", " ") for c in editor.scene.count_items]
    assert any("784" in t for t in texts) and any("256" in t for t in texts)
    links = [i for i in editor.scene.items() if isinstance(i, LinkItem)]
    assert len(links) == 10 * 10 + 10 * 10    # only between the drawn neurons
    last = link(editor, 0, 783, 255)           # the last input really links to the last hidden unit
    assert f"{W[0][783, 255]:.4g}" in last.describe()
    assert sum(isinstance(i, NeuronItem) and i.column == 2 for i in editor.scene.items()) == 10


def test_hover_tooltips_show_value_gradient_and_formula(qtbot, editor):
    grads = tuple(np.full_like(w, 0.125) for w in xor_weights())
    editor.show_snapshot(make_snapshot(weights=xor_weights(), grads=grads, step=1))
    item = link(editor, 0, 0, 0)
    pos = view_pos(editor, item, link_point(item))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, editor.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(editor.view.viewport(), event)
    qtbot.waitUntil(lambda: "0.75" in QToolTip.text())
    assert "0.125" in QToolTip.text() and "W1[1,1]" in QToolTip.text()

    neuron = editor.scene.neurons[(1, 1)]
    text = editor.view.describe_at(view_pos(editor, neuron, QPointF(6, -6)))
    assert "a = sigmoid(Σ w·x + b)" in text and "sigmoid(z) = 1 / (1 + e^(−z))" in text
    assert "−0.25" in text and "0.125" in text
    assert "x1" in editor.view.describe_at(view_pos(editor, editor.scene.neurons[(0, 0)]))


def test_neuron_heatmaps_for_2d_data(qtbot, editor):
    r = 24
    xs = np.linspace(-1, 1, r)
    gx, gy = np.meshgrid(xs, xs)
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    maps = (np.stack([sig(8 * gy), sig(-8 * gx)]), sig(4 * gx)[None])
    snap = make_snapshot(weights=xor_weights(), neuron_maps=maps, extent=(-1, 1, -1, 1))
    editor.show_snapshot(snap)
    n1 = editor.scene.neurons[(1, 0)].heatmap
    assert n1.isVisible()
    key = n1.pixmap().cacheKey()
    editor.show_snapshot(snap)  # the same arrays again (a paused run): nothing is redrawn
    assert n1.pixmap().cacheKey() == key
    img = n1.pixmap().toImage()
    w, h = img.width(), img.height()
    assert w == h == editor._heatmap_pixels()  # made at the size it is shown
    top, bottom = QColor(img.pixel(w // 2, 0)), QColor(img.pixel(w // 2, h - 1))
    assert is_blue(top) and is_orange(bottom)  # high y (drawn at the top) = high output = blue
    x1 = editor.scene.neurons[(0, 0)].heatmap.pixmap().toImage()
    assert is_orange(QColor(x1.pixel(0, h // 2))) and is_blue(QColor(x1.pixel(w - 1, h // 2)))  # x1 grows rightwards
    editor.resize(500, 400)  # a smaller view: the heatmaps are remade at the new size
    qtbot.waitUntil(lambda: n1.pixmap().width() == editor._heatmap_pixels() < w)
    editor.show_snapshot(make_snapshot(weights=xor_weights()))  # not 2-D any more: heatmaps hidden
    assert not n1.isVisible()


def test_every_control_explains_itself(editor):
    controls = editor.findChildren(QAbstractButton) + editor.findChildren(QComboBox) + \
        editor.findChildren(QAbstractSpinBox)
    assert len(controls) >= 10
    for control in controls:
        assert control.toolTip().strip(), control
    for item in editor.scene.items():
        if hasattr(item, "describe"):
            assert item.describe().strip(), item


def test_keyboard_selects_layers_and_resizes_them(qtbot, editor):
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Left)
    assert editor.selected_column() == 0 and "Input layer" in editor.layer_label.text()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    assert editor.selected_column() == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Plus)
    assert editor.spec().sizes == (2, 3, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus)
    assert editor.spec().sizes == (2, 1, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_Minus)
    assert "at least one neuron" in editor.message() and editor.spec().sizes == (2, 1, 1)
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    assert editor.spec().sizes == (2, 1, 4, 1)


def test_drawing_scales_to_fit_the_widget(qtbot, editor):
    scale = editor.view.transform().m11()
    editor.resize(520, 420)
    qtbot.waitUntil(lambda: editor.view.transform().m11() < scale)
    content = editor.view.sceneRect()
    shown = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert shown.contains(content.adjusted(2, 2, -2, -2))  # the whole network stays visible


def test_shows_a_real_models_weights_gradients_and_maps(qtbot, editor):
    session = editor.session
    session.set_spec(NetworkSpec(2, (LayerSpec(3, "tanh"),), LayerSpec(1, "sigmoid"), "binary"))
    with session.lock:
        session.train_chunk(1, 1.0)
        snapshot = session.snapshot(False)
    editor.show_snapshot(snapshot)
    W1, grads = snapshot.weights[0], snapshot.grads
    text = link(editor, 0, 1, 2).describe()
    assert f"w = {W1[1, 2]:.4g}".replace("-", "−") in text and f"∂L/∂w = {grads[0][1, 2]:.4g}".replace("-", "−") in text
    assert all(editor.scene.neurons[(c, i)].heatmap.isVisible() for c, i in editor.scene.neurons)
    # a hand edit reaches the session's model with the right indices: its predictions change
    x = session.dataset.x_train
    before = session.inference_model().predict(x)
    editor.edit_weight(1, 2, 0)
    field = editor.view.value_field
    field.selectAll()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.weights()[2][2, 0] == 7.0
    assert not np.allclose(session.inference_model().predict(x), before)

def test_column_menu_offers_the_layer_actions(qtbot, editor):
    menu = editor.column_menu(1)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Add neuron", "Remove neuron", "Add layer", "Remove layer",
                     "Same activation in all hidden layers"]
    menu.actions()[0].trigger()
    assert editor.spec().sizes == (2, 3, 1)
    menu.deleteLater()


def test_values_are_written_on_small_networks(qtbot, editor):
    from nnstudio.app.editor.items import ValueLabel

    def shown():
        return sorted(i.text.text() for i in editor.scene.items() if isinstance(i, ValueLabel) and i.isVisible())

    assert len(shown()) == 9   # the initial weights, written as soon as the network exists
    editor.load_lecture_xor()
    assert shown() == sorted(["5", "5", "−7", "−7", "−11", "−11", "b −8", "b 3", "b 6"])   # the lectures' minus
    qtbot.mouseClick(editor.toolbuttons["show_values"], Qt.MouseButton.LeftButton)
    assert not editor.show_values_action.isChecked() and shown() == []
    editor.show_values_action.trigger()
    assert len(shown()) == 9
    # many links get no labels (they would cover each other); biases of layers drawn in full keep theirs
    use_data(editor, 784, "multiclass", 10)
    editor.session.set_spec(NetworkSpec(784, (LayerSpec(256, "relu"),), LayerSpec(10, "softmax"), "multiclass"))
    labels = [i for i in editor.scene.items() if isinstance(i, ValueLabel)]
    assert sorted((i.kind, i.column) for i in labels) == [("b", 2)] * 10
    use_data(editor, 2)
    editor.session.set_spec(NetworkSpec(2, (LayerSpec(6, "relu"),), LayerSpec(1), "binary"))
    labels = [i for i in editor.scene.items() if isinstance(i, ValueLabel)]
    assert sum(i.kind == "W" and i.column == 0 for i in labels) == 0   # each input feeds 6 neurons
    assert sum(i.kind == "W" and i.column == 1 for i in labels) == 6

def test_limits_and_interrupted_edits(qtbot, editor):
    for _ in range(MAX_HIDDEN - 1):
        editor.add_layer()
    assert len(editor.spec().hidden) == MAX_HIDDEN
    editor.add_layer()
    assert "At most 16 hidden layers" in editor.message() and len(editor.spec().hidden) == MAX_HIDDEN
    # a weight field left open is closed when the network is replaced, and nothing is set
    editor.session.set_spec(NetworkSpec.xor_default())
    editor.edit_weight(0, 0, 0)
    assert editor.view.value_field.isVisible()
    editor.session.set_spec(NetworkSpec(2, (LayerSpec(3),), LayerSpec(1)))
    assert not editor.view.value_field.isVisible()
    # Escape cancels a typed value
    editor.session.set_spec(NetworkSpec.xor_default())
    before = editor.session.weights()
    editor.edit_weight(0, 0, 0)
    field = editor.view.value_field
    qtbot.keyClicks(field, "9")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.isVisible()
    np.testing.assert_array_equal(editor.session.weights()[0], before[0])

def test_right_click_opens_the_column_menu(qtbot, editor):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    pos = view_pos(editor, editor.scene.neurons[(1, 0)])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, editor.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(editor.view.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions() if not a.isSeparator()][0] == "Add neuron"
    menu.actions()[0].trigger()
    menu.close()
    assert editor.spec().sizes == (2, 3, 1) and editor.selected_column() == 1


def test_hovering_a_neuron_emphasizes_its_links(qtbot, editor):
    editor.show_snapshot(make_snapshot(weights=xor_weights()))
    qtbot.mouseMove(editor.view.viewport(), view_pos(editor, editor.scene.neurons[(1, 0)], QPointF(4, -4)))
    mine = [link(editor, 0, 0, 0), link(editor, 0, 1, 0), link(editor, 1, 0, 0)]
    qtbot.waitUntil(lambda: all(item.zValue() == 1 for item in mine))
    assert link(editor, 0, 0, 1).zValue() == 0  # a link of the other hidden neuron
    qtbot.mouseMove(editor.view.viewport(), QPoint(3, 3))
    qtbot.waitUntil(lambda: all(item.zValue() == 0 for item in mine))


def test_clicking_a_neuron_selects_its_layer(qtbot, editor):
    output = [i for i in editor.scene.items() if isinstance(i, NeuronItem) and i.column == 2][0]
    click(qtbot, editor, output)
    assert editor.selected_column() == 2 and "Output layer" in editor.layer_label.text()
    hidden = [i for i in editor.scene.items() if isinstance(i, NeuronItem) and i.column == 1][0]
    click(qtbot, editor, hidden)
    assert editor.selected_column() == 1


@pytest.mark.parametrize("sizes", [(2, 2, 3), (3, 3, 3), (2, 3, 1)])
def test_weight_labels_do_not_cover_each_other(qtbot, editor, sizes):
    n_in, n_hidden, n_out = sizes
    problem = "binary" if n_out == 1 else "multiclass"
    out_act = "sigmoid" if n_out == 1 else "softmax"
    use_data(editor, n_in, problem, n_out)
    editor.session.set_spec(NetworkSpec(n_in, (LayerSpec(n_hidden, "sigmoid"),), LayerSpec(n_out, out_act), problem))
    rng = np.random.default_rng(0)
    weights = (rng.normal(size=(n_in, n_hidden)).astype(np.float32) * 3, np.zeros(n_hidden, np.float32),
               rng.normal(size=(n_hidden, n_out)).astype(np.float32) * 3, np.zeros(n_out, np.float32))
    editor.show_values_action.setChecked(True)
    editor.show_snapshot(make_snapshot(weights=weights))
    labels = [lab for lab in editor.scene.labels if lab.kind == "W" and lab.isVisible()]
    assert len(labels) == n_in * n_hidden + n_hidden * n_out
    rects = [lab.sceneBoundingRect() for lab in labels]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), (labels[a].text.text(), labels[b].text.text())


@pytest.mark.parametrize("hidden, n_out", [((5, 3), 1), ((4,), 3), ((3, 3), 3)])
def test_weight_labels_of_links_fanning_out_of_a_neuron_stay_apart(qtbot, editor, hidden, n_out):
    """Three or more links leave each neuron: every weight still gets its own label, on its link, covering
    no other label (they met near the neurons they leave and covered each other)."""
    problem, out_act = ("binary", "sigmoid") if n_out == 1 else ("multiclass", "softmax")
    use_data(editor, 2, problem, n_out)
    editor.session.set_spec(NetworkSpec(2, tuple(LayerSpec(n, "tanh") for n in hidden), LayerSpec(n_out, out_act),
                                        problem))
    rng = np.random.default_rng(1)
    sizes = (2, *hidden, n_out)
    weights = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        weights += [rng.normal(size=(a, b)).astype(np.float32) - 0.05, np.zeros(b, np.float32)]
    editor.show_snapshot(make_snapshot(weights=tuple(weights)))
    labels = [lab for lab in editor.scene.labels if lab.kind == "W" and lab.isVisible()]
    expected = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]) if b <= 3)
    assert len(labels) == expected
    for lab in labels:
        line = link(editor, lab.column, lab.i, lab.j).line()
        centre = lab.sceneBoundingRect().center()
        # on its own link: the centre is (within rounding) on the line through the link
        cross = (line.dx() * (centre.y() - line.y1()) - line.dy() * (centre.x() - line.x1())) / line.length()
        assert abs(cross) < 1.0
        assert lab.text.text() == f"{float(weights[2 * lab.column][lab.i, lab.j]):.3g}".replace("-", "−")
    rects = [lab.sceneBoundingRect() for lab in labels]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), (labels[a].text.text(), labels[b].text.text())


# ---------------------------------------------------------------------------------------------------------------
# readable at any size, buttons that stay, and what an edit does to the weights
# ---------------------------------------------------------------------------------------------------------------
def title_pixels(editor, column: int) -> float:
    """Font size of a column's title in device pixels (the em height a person sees)."""
    item = editor.scene.title_items[column]
    return item.font().pointSizeF() * editor.view.logicalDpiY() / 72 * editor.view.zoom()


def in_view(editor, item) -> bool:
    rect = editor.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return editor.view.viewport().rect().contains(rect)


def test_a_deep_network_stays_readable_and_scrolls(qtbot, editor):
    editor.resize(400, 560)              # about what the editor gets in a 1280×720 window
    for _ in range(5):
        editor.add_layer()
    assert len(editor.spec().hidden) == 6
    qtbot.waitUntil(lambda: editor.view.viewport().width() < 400)
    for column in range(8):
        assert title_pixels(editor, column) >= 9.9, column
    # what does not fit scrolls: the whole network can be reached
    hbar = editor.view.horizontalScrollBar()
    assert hbar.maximum() > hbar.minimum()
    output_title = editor.scene.title_items[-1]
    hbar.setValue(hbar.minimum())
    assert in_view(editor, editor.scene.title_items[0]) and not in_view(editor, output_title)
    # the wheel scrolls sideways when there is nothing to scroll up or down
    from PySide6.QtGui import QWheelEvent
    for _ in range(20):
        pos = QPointF(100, 100)
        event = QWheelEvent(pos, editor.view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(editor.view.viewport(), event)
    assert in_view(editor, output_title)


def test_zoom_with_ctrl_wheel_and_back_to_fit(qtbot, editor):
    from PySide6.QtGui import QWheelEvent

    fitted = editor.view.zoom()
    neuron = editor.scene.neurons[(1, 0)]
    at = view_pos(editor, neuron)
    event = QWheelEvent(QPointF(at), editor.view.viewport().mapToGlobal(QPointF(at)), QPoint(), QPoint(0, -240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(editor.view.viewport(), event)
    assert editor.view.zoom() < fitted and not editor.view.is_fitted()
    assert (view_pos(editor, neuron) - at).manhattanLength() <= 2     # the neuron under the mouse stays there
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert editor.view.zoom() == pytest.approx(fitted) and editor.view.is_fitted()
    editor.zoom_in_action.trigger()
    assert editor.view.zoom() > fitted
    editor.fit_action.trigger()
    assert editor.view.zoom() == pytest.approx(fitted)


def test_the_plus_button_stays_under_the_mouse_while_the_layer_grows(qtbot, editor):
    editor.resize(700, 420)              # the drawing's height limits its scale
    qtbot.waitUntil(lambda: editor.view.viewport().height() < 330)
    zoom = editor.view.zoom()
    _, plus = buttons(editor, 1)
    at = view_pos(editor, plus)
    qtbot.mouseMove(editor.view.viewport(), at)
    qtbot.waitUntil(editor.view.underMouse)
    for n in (3, 4, 5):                  # three clicks at the same place: three neurons
        qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
        qtbot.waitUntil(lambda: editor.spec().sizes[1] == n)
        _, plus = buttons(editor, 1)
        assert view_pos(editor, plus) == at and editor.view.zoom() == zoom
    for n in (4, 3):                     # and back, with the minus button beside it
        minus, _ = buttons(editor, 1)
        qtbot.mouseMove(editor.view.viewport(), view_pos(editor, minus))
        qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(editor, minus))
        qtbot.waitUntil(lambda: editor.spec().sizes[1] == n)
    assert view_pos(editor, buttons(editor, 1)[1]) == at
    # once the mouse has left, the drawing fits the view again
    editor.add_neuron(1)
    editor.add_neuron(1)
    QApplication.sendEvent(editor.view, QEvent(QEvent.Type.Leave))
    assert editor.view.zoom() < zoom
    qtbot.waitUntil(lambda: not editor.view.verticalScrollBar().isVisible())
    shown = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert all(shown.contains(item.sceneBoundingRect()) for item in editor.scene.neurons.values())


def test_one_activation_for_all_hidden_layers_is_one_undoable_edit(qtbot, editor):
    editor.session.set_spec(NetworkSpec(2, (LayerSpec(3), LayerSpec(3, "tanh"), LayerSpec(3)), LayerSpec(1)))
    editor.select_column(2)
    relu = editor.activation_combo.findData("relu")
    editor.activation_combo.setCurrentIndex(relu)
    editor.activation_combo.activated.emit(relu)
    assert [layer.activation for layer in editor.spec().hidden] == ["sigmoid", "relu", "sigmoid"]
    button = editor.strip.all_hidden_button
    assert button.isVisible() and button.isEnabled() and button.text() == "All hidden layers"
    count = editor.undo_stack.count()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [layer.activation for layer in editor.session.spec.hidden] == ["relu"] * 3
    assert editor.spec().output.activation == "sigmoid"          # the output layer follows the problem
    assert editor.undo_stack.count() == count + 1
    assert editor.undo_stack.undoText() == "Set the activation of all hidden layers to relu"
    assert all("relu" in t.text() for t in detail_items(editor)[1:4])   # the columns say so
    editor.undo_stack.undo()
    assert [layer.activation for layer in editor.spec().hidden] == ["sigmoid", "relu", "sigmoid"]
    # the column menu offers it too; twice says why nothing happens
    editor.select_column(1)
    editor.hidden_activation_action.trigger()
    assert [layer.activation for layer in editor.spec().hidden] == ["sigmoid"] * 3
    editor.hidden_activation_action.trigger()
    assert editor.message() == "All hidden layers already use sigmoid."
    editor.select_column(4)                                      # the output layer: nothing to copy from
    assert not button.isEnabled()


def detail_items(editor):
    """The "n · activation" line under each column's title."""
    return sorted((i for i in editor.scene.items() if i.__class__.__name__ == "QGraphicsSimpleTextItem"
                   and abs(i.sceneBoundingRect().center().y() - 52) < 3), key=lambda i: i.scenePos().x())


def test_a_new_layer_copies_its_neighbour_with_a_sensible_size(qtbot, editor):
    editor.select_column(1)
    editor.add_layer()                    # the XOR net's hidden layer has 2 neurons: the new one gets 4
    assert editor.spec().hidden[1] == LayerSpec(4, "sigmoid")
    assert editor.undo_stack.undoText() == "Add hidden layer 2 (4 neurons, sigmoid)"
    use_data(editor, 784, "multiclass", 10)
    editor.session.set_spec(NetworkSpec(784, (LayerSpec(128, "relu", "he_normal", l2=1e-4, dropout=0.2),),
                                        LayerSpec(10, "softmax"), "multiclass"))
    editor.select_column(2)               # the output layer selected: the layer goes before it
    editor.add_layer()
    assert editor.spec().hidden[1] == LayerSpec(128, "relu", "he_normal", l2=1e-4)   # no dropout copied
    assert editor.undo_stack.undoText() == "Add hidden layer 2 (128 neurons, relu)"
    editor.session.set_spec(NetworkSpec(784, (), LayerSpec(10, "softmax"), "multiclass"))
    editor.add_layer()
    assert editor.spec().hidden == (LayerSpec(4),)


def test_removing_the_output_layer_says_what_to_do(qtbot, editor):
    editor.select_column(2)
    editor.remove_layer_action.trigger()
    assert editor.message() == ("The output layer gives the network's answer (one probability): it stays. To "
                                "remove a hidden layer, select it first (click its column).")
    editor.select_column(1)
    editor.remove_layer_action.trigger()
    assert editor.spec().sizes == (2, 1)
    editor.remove_layer_action.trigger()  # the output layer is selected now
    assert editor.message() == ("There is no hidden layer to remove: the output layer gives the network's answer "
                                "(one probability) and stays.")


def test_a_structural_edit_says_which_weights_were_kept_and_offers_reset(qtbot, editor):
    editor.load_lecture_xor()
    editor.select_column(1)
    qtbot.mouseClick(editor.toolbuttons["add_layer"], Qt.MouseButton.LeftButton)
    assert editor.message() == ("New random weights for hidden layer 2, the links into the output layer; all "
                                "other weights were kept.")
    banner = editor.view.banner
    assert banner.isVisible() and banner.action_button.isVisible()
    assert banner.action_button.text() == "Reset weights"
    # shown over the drawing's bottom edge, within the view
    assert editor.view.rect().contains(banner.geometry())
    W1, b1 = editor.session.weights()[:2]
    np.testing.assert_array_equal(W1, [[5, -7], [5, -7]])          # the lecture's hidden layer is still there
    assert editor.session.weights()[5][0] == 6.0                   # and the output's bias
    with qtbot.waitSignal(editor.resetRequested):
        qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    # a middle layer removed: the layer after it keeps its biases, gets new links from its new inputs
    editor.session.set_weights([np.full_like(w, 0.5) for w in editor.session.weights()])
    editor.add_neuron(2)
    assert editor.message() == ("New random weights for the links of the new neurons; all other weights were "
                                "kept.")
    editor.remove_neuron(2)
    assert editor.message() == "The weights of the neurons that stayed were kept."
    editor.select_column(1)
    editor.remove_layer()
    assert editor.message() == ("New random weights for the links into hidden layer 1; all other weights were "
                                "kept.")
    assert editor.session.weights()[1].tolist() == [0.5] * 4       # hidden layer 2's biases, now layer 1's
    editor.undo_stack.undo()                                       # the note described the undone edit
    assert editor.message() == ""
    # an edit that keeps every shape says nothing about weights
    editor.set_activation(1, "tanh")
    assert editor.message() == ""


def test_hovering_before_any_step_says_no_gradient_yet(qtbot, editor):
    session = editor.session
    with session.lock:
        editor.show_snapshot(session.snapshot(False))    # a real snapshot at step 0: its gradients are zeros
    text = editor.describe_neuron(1, 0)
    assert "∂L/∂b: not computed yet" in text and "∂L/∂b = 0" not in text
    assert "∂L/∂w: not computed yet" in editor.describe_link(0, 0, 0)
    with session.lock:
        session.train_chunk(1, 1.0)
        snapshot = session.snapshot(False)
    editor.show_snapshot(snapshot)
    assert f"∂L/∂b = {snapshot.grads[1][0]:.4g}" in editor.describe_neuron(1, 0)
    editor.add_neuron(1)                                 # a new network: its gradients come with its first step
    with session.lock:
        editor.show_snapshot(session.snapshot(False))
    assert "∂L/∂b: not computed yet" in editor.describe_neuron(1, 0)
    with session.lock:
        session.train_chunk(1, 1.0)
        editor.show_snapshot(session.snapshot(False))
    assert "∂L/∂b = " in editor.describe_neuron(1, 0)


def test_links_are_drawn_with_the_shared_pens_by_sign_and_size(editor):
    """Every link takes one of the pens built once (no QPen per link per snapshot): thin and pale for small
    weights, 6 units wide for the layer's largest, orange below zero, blue above, grey for 0 and NaN."""
    from nnstudio.app.editor.scene import link_pens

    pens = link_pens()
    W = (np.array([[2.0, -2.0], [0.0, np.nan]], np.float32), np.zeros(2, np.float32),
         np.array([[0.5], [-0.25]], np.float32), np.zeros(1, np.float32))
    editor.show_snapshot(make_snapshot(weights=W))
    drawn = {(c, i, j): link(editor, c, i, j).pen() for c, i, j in
             ((0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 1, 0))}
    assert all(any(p == q for q in pens) for p in drawn.values())
    assert is_blue(drawn[(0, 0, 0)].color()) and is_orange(drawn[(0, 0, 1)].color())
    assert drawn[(0, 0, 0)].widthF() == drawn[(0, 0, 1)].widthF() == 6.0     # the layer's largest |w|
    grey = [drawn[(0, 1, 0)].color(), drawn[(0, 1, 1)].color()]
    assert all(c.red() == c.green() == c.blue() for c in grey)
    # a layer whose weights are all below 1 is not magnified: 0.5 is drawn at half the full width's scale
    assert 0.5 < drawn[(1, 1, 0)].widthF() < drawn[(1, 0, 0)].widthF() < 6.0
    widths = [p.widthF() for p in pens[:len(pens) // 3]]
    assert widths == sorted(widths) and widths[0] == 0.5 and widths[-1] == 6.0


def type_into(qtbot, spin, text: str) -> None:
    """Select the field's text, type ``text`` and press Enter, as a learner does."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_the_strip_reads_l1_l2_and_dropout_as_the_optimizer_settings(qtbot, editor):
    editor.select_column(1)
    # a fresh layer reads 0, not "0.00000" / "0.00"
    assert editor.l1_spin.text() == "0" and editor.l2_spin.text() == "0" and editor.dropout_spin.text() == "0"
    type_into(qtbot, editor.l2_spin, "1e-5")              # as a lecture writes it
    assert editor.spec().hidden[0].l2 == pytest.approx(1e-5) and editor.l2_spin.text() == "1e-05"
    type_into(qtbot, editor.l1_spin, "0.001")
    assert editor.spec().hidden[0].l1 == pytest.approx(0.001) and editor.l1_spin.text() == "0.001"
    type_into(qtbot, editor.dropout_spin, "0.5")
    assert editor.spec().hidden[0].dropout == pytest.approx(0.5) and editor.dropout_spin.text() == "0.5"
    # the limits stay: no dropout of 0.99 or L2 of 5 typed
    type_into(qtbot, editor.dropout_spin, "0.99")
    type_into(qtbot, editor.l2_spin, "5")
    assert editor.spec().hidden[0].dropout == pytest.approx(0.5) and editor.spec().hidden[0].l2 == pytest.approx(1e-5)
    # a project's exact values are shown as they are (five decimals showed 2.5e-07 as 0; an L2 of 2 read 1)
    spec = editor.session.spec
    editor.session.set_spec(replace(spec, hidden=(replace(spec.hidden[0], l1=2.5e-07, l2=2.0, dropout=0.97),)))
    editor.select_column(1)
    assert (editor.l1_spin.text(), editor.l2_spin.text(), editor.dropout_spin.text()) == ("2.5e-07", "2", "0.97")
    assert editor.spec().hidden[0].l1 == 2.5e-07
