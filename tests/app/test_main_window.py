"""The studio window with real widgets: train XOR through the Run button, edit, undo, save/open, close."""
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QFormLayout,
                               QPushButton, QScrollArea, QWidget)

from nnstudio.app import dialogs
from nnstudio.app.main_window import MainWindow
from nnstudio.app.shortcuts import ShortcutsDialog
from nnstudio.session.project import load_project
from nnstudio.app.settings import settings_path
from nnstudio.session.snapshot import plane_grid
from nnstudio.data.paths import user_data_dir
from nnstudio.engine.spec import NetworkSpec
from nnstudio.session.config import DataChoice


@pytest.fixture
def patched_dialogs(monkeypatch):
    """Modal questions answered by the test; error boxes recorded instead of shown."""
    record = {"errors": [], "save": [], "download": [], "restore": [], "answer": "discard",
              "restore_answer": True}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))

    def ask_save(parent, what):
        record["save"].append(what)
        return record["answer"]
    monkeypatch.setattr(dialogs, "ask_save_changes", ask_save)
    # a save that fails offers Save As…: recorded as the error it reports, not taken
    monkeypatch.setattr(dialogs, "ask_save_elsewhere",
                        lambda parent, reason: record["errors"].append(("Cannot save the project", reason)) or False)
    # reopening the changed project's own file: "Reload it?" (yes when unsaved changes are to be discarded)
    monkeypatch.setattr(dialogs, "ask_reload",
                        lambda parent, name: record["save"].append(name) or record["answer"] == "discard")
    monkeypatch.setattr(dialogs, "ask_download",
                        lambda parent, title, reason: record["download"].append((title, reason)) or False)
    monkeypatch.setattr(dialogs, "ask_restore_autosave", lambda parent, when, name="", steps=0:
                        record["restore"].append(when) or record["restore_answer"])
    return record


@pytest.fixture
def make_window(qtbot, patched_dialogs):
    windows = []

    def make(offer_restore=False):
        w = MainWindow(offer_restore=offer_restore)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w
    yield make
    for w in windows:
        patched_dialogs["answer"] = "discard"
        w.close()


@pytest.fixture
def window(make_window):
    return make_window()


def shown_training(w) -> dict:
    """The training settings as the side panel shows them."""
    p = w.studio.panel
    return {"optimizer": p.optimizer_combo.currentData(), "lr": p.lr_spin.value(), "batch_size": p.batch_spin.value(),
            "seed": p.seed_spin.value()}


def model(w):
    """The studio's network as it is now (a copy: the training thread keeps its own)."""
    return w.session.inference_model()


def click(qtbot, w, action):
    qtbot.mouseClick(w.studio.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def full_speed(w):
    w.studio.speed_combo.setCurrentIndex(w.studio.speed_combo.findData(0))


def step(qtbot, w, n=1):
    target = w.session.step_count + n
    for _ in range(n):
        w.studio.step_action.trigger()
    qtbot.waitUntil(lambda: w.studio.dispatcher.latest is not None and w.studio.dispatcher.latest.step == target
                    and w.studio.status.step_label.text() == f"Step {target}", timeout=10000)


def choose_dataset(w, key):
    combo = w.studio.panel.dataset_combo
    index = combo.findData(key)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_starts_on_xor_with_the_lecture_network(window):
    assert "NN Studio" in window.windowTitle()
    assert window.studio.panel.dataset_key() == "xor"
    assert window.studio.editor.spec() == NetworkSpec.xor_default()
    assert [(l.units, l.activation) for l in model(window).dense_layers] == [(2, "sigmoid"), (1, "sigmoid")]
    assert window.session.config.optimizer == "sgd"
    assert "Binary" in window.studio.panel.problem_label.text()
    assert shown_training(window) == {"optimizer": "sgd", "lr": 3.0, "batch_size": 32, "seed": 0}
    assert window.studio.run_action.iconText() == "Run" and window.studio.status.step_label.text() == "Step 0"
    assert window.studio.run_action.shortcut() == QKeySequence(Qt.Key.Key_Space)
    assert window.studio.step_action.shortcut() == QKeySequence(Qt.Key.Key_S)
    assert window.studio.reset_action.shortcut() == QKeySequence(Qt.Key.Key_R)
    assert window.studio.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert window.studio.redo_action.shortcut() == QKeySequence("Shift+Ctrl+Z")
    # each studio command's tooltip names its key as the menu shows it (Redo's said "Shift+Ctrl+Z" beside the
    # menu's and the docs' "Ctrl+Shift+Z")
    for action in (*window.studio.training_actions, window.studio.undo_action, window.studio.redo_action):
        assert f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})." in action.toolTip()
    assert window.save_as_action.shortcut() == QKeySequence("Shift+Ctrl+S")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_every_control_explains_itself(window):
    widgets = [w for kind in (QComboBox, QAbstractSpinBox, QAbstractButton) for w in window.studio.panel.findChildren(kind)]
    widgets += [window.studio.speed_combo, window.studio.status.epoch_label, window.studio.status.step_label, window.studio.status.rate_label, window.studio.status.loss_label,
                window.studio.status.accuracy_label, window.studio.status.epoch_bar]
    missing = [w for w in widgets if not w.toolTip().strip()]
    assert not missing, [type(w).__name__ for w in missing]
    actions = [window.studio.run_action, window.studio.step_action, window.studio.reset_action, window.new_action, window.open_action,
               window.save_action, window.save_as_action, window.import_action, window.quit_action,
               window.studio.undo_action, window.studio.redo_action, window.pad_action]
    for action in actions:
        tip = action.toolTip()
        assert (tip.endswith(".") or tip.endswith(").")) and len(tip.split()) >= 4, action.text()


def test_run_button_solves_xor(qtbot, window):
    full_speed(window)
    click(qtbot, window, window.studio.run_action)
    qtbot.waitUntil(lambda: window.studio.status.accuracy_label.text().startswith("Accuracy 100.0 %"), timeout=20000)
    assert window.studio.run_action.iconText() == "Pause"
    click(qtbot, window, window.studio.run_action)
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run" and not window.studio.dispatcher.latest.running, timeout=5000)
    s = window.studio.dispatcher.latest
    assert s.step > 50 and "samples/s" in window.studio.status.rate_label.text() and window.studio.status.loss_label.text().startswith("Loss ")
    # the decision boundary (the plot's image) is right at the four XOR corners
    # (the map covers the plot's shape: wider than the data's extent in a wide plot)
    xs, ys, _ = plane_grid(s.boundary_extent or s.extent, s.boundary.shape[0])
    for (x, y), label in zip([(0, 0), (0, 1), (1, 0), (1, 1)], [0, 1, 1, 0]):
        value = s.boundary[np.abs(ys - y).argmin(), np.abs(xs - x).argmin()]
        assert (value > 0.5) == bool(label), (x, y, value)
    model = window.studio.model_for_tools()
    np.testing.assert_array_equal(model.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32))[:, 0] > 0.5,
                                  [False, True, True, False])


def test_slow_motion_is_the_default_and_limits_the_speed(qtbot, window):
    assert window.studio.speed_combo.currentData() == 100
    window.studio.speed_combo.setCurrentIndex(window.studio.speed_combo.findData(10))
    window.studio.run_action.trigger()
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: time.perf_counter() - t0 > 0.5, timeout=3000)
    window.studio.run_action.trigger()
    assert 1 <= window.session.step_count <= 10 * (time.perf_counter() - t0) + 3


def test_a_network_that_needs_compiling_says_so_before_its_first_steps(qtbot, window, monkeypatch):
    """Run on a network that takes the compiled kernels while they are not built: the status bar says that it
    compiles (the first steps wait for it) and clears the message when it is done; the steps come after."""
    from nnstudio.engine import _fused
    seen = []
    monkeypatch.setattr(_fused, "ready", lambda: False)
    monkeypatch.setattr(_fused, "would_use", lambda model, batch: True)
    monkeypatch.setattr(_fused, "warm_up", lambda: seen.append(window.session.step_count) or time.sleep(0.3))
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: "Compiling" in window.statusBar().currentMessage(), timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    qtbot.waitUntil(lambda: window.session.step_count > 0, timeout=5000)
    window.studio.run_action.trigger()
    assert seen == [0]
    window.studio.step_action.trigger()                     # a single Step waits for them too
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.session.step_count > seen[1], timeout=5000)


def test_step_action_trains_one_batch(qtbot, window):
    step(qtbot, window)
    assert window.session.step_count == 1 and window.studio.status.epoch_label.text() == "Epoch 1"
    assert window.studio.run_action.iconText() == "Run"


def test_gradient_plot_has_one_series_per_layer(qtbot, window):
    window.studio.editor.add_layer()
    qtbot.waitUntil(lambda: len(model(window).dense_layers) == 3)
    step(qtbot, window, 3)
    qtbot.waitUntil(lambda: len(window.studio.gradient_plot.curves) == 3)
    assert all(len(c.getData()[0]) >= 1 for c in window.studio.gradient_plot.curves)


def test_undo_redo_through_the_window_actions_rebuild_the_model(qtbot, window):
    step(qtbot, window, 5)
    W1 = model(window).dense_layers[0].W.copy()
    window.studio.editor.add_neuron(1)
    assert model(window).dense_layers[0].W.shape == (2, 3)
    # weights are kept where the shapes allow
    np.testing.assert_array_equal(model(window).dense_layers[0].W[:, :2], W1)
    assert window.studio.undo_action.isEnabled()
    window.studio.undo_action.trigger()
    assert window.studio.editor.spec().sizes == (2, 2, 1)
    assert model(window).dense_layers[0].W.shape == (2, 2)
    np.testing.assert_array_equal(model(window).dense_layers[0].W, W1)
    window.studio.redo_action.trigger()
    assert window.studio.editor.spec().sizes == (2, 3, 1) and model(window).dense_layers[0].W.shape == (2, 3)
    assert window.isWindowModified()


def test_undoing_back_to_the_saved_project_clears_the_unsaved_mark_unless_more_changed(qtbot, window, tmp_path):
    assert window.projects.save_to(tmp_path / "xor.nnsproj")
    window.studio.editor.add_neuron(1)
    window.studio.editor.add_neuron(1)
    assert window.isWindowModified()
    window.studio.undo_action.trigger()
    assert window.isWindowModified()                         # one edit still to undo
    window.studio.undo_action.trigger()
    assert not window.isWindowModified()                     # as saved
    window.studio.redo_action.trigger()
    assert window.isWindowModified()
    window.studio.panel.lr_spin.setValue(0.25)               # a change the undo stack does not hold ...
    window.studio.undo_action.trigger()
    assert window.isWindowModified()                         # ... stays a change to save
    assert window.projects.save_to(tmp_path / "xor.nnsproj")
    window.studio.editor.add_neuron(1)
    step(qtbot, window, 1)                                   # trained since the save
    window.studio.undo_action.trigger()
    assert window.isWindowModified()


def test_structural_edit_pauses_training(qtbot, window):
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: window.session.step_count > 20, timeout=10000)
    window.studio.editor.add_layer()
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run", timeout=5000)
    assert not window.studio.worker.is_running and len(model(window).dense_layers) == 3
    assert "paused" in window.statusBar().currentMessage()


def test_hand_weight_edit_changes_predictions(qtbot, window):
    step(qtbot, window)
    x = np.array([[1, 0]], np.float32)
    before = window.studio.model_for_tools().predict(x)[0, 0]
    window.studio.editor.edit_weight(0, 0, 0)          # W1[0, 0]: input 1 -> hidden 1
    field = window.studio.editor.view.value_field
    assert field.isVisible()
    field.selectAll()
    qtbot.keyClicks(field, "9")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert model(window).dense_layers[0].W[0, 0] == 9.0
    after = window.studio.model_for_tools().predict(x)[0, 0]
    assert after != pytest.approx(before, abs=1e-4)
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest.weights[0][0, 0] == 9.0, timeout=5000)   # views refreshed
    window.studio.undo_action.trigger()
    assert model(window).dense_layers[0].W[0, 0] != 9.0


def test_lecture_xor_weights_solve_xor_without_training(qtbot, window):
    qtbot.mouseClick(window.studio.editor.toolbuttons["xor_preset"], Qt.MouseButton.LeftButton)
    model = window.studio.model_for_tools()
    out = model.predict(np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32))[:, 0]
    np.testing.assert_array_equal(out > 0.5, [False, True, True, False])
    np.testing.assert_array_equal(model.dense_layers[0].W, [[5, -7], [5, -7]])


def test_status_scores_weights_set_by_hand_until_the_next_step(qtbot, window):
    step(qtbot, window, 3)       # some training: the labels show the last batch's loss
    qtbot.mouseClick(window.studio.editor.toolbuttons["xor_preset"], Qt.MouseButton.LeftButton)
    # at once (not after the training thread's next snapshot): the lecture's weights get all four XOR points
    # right with a small loss
    assert window.studio.status.accuracy_label.text() == "Accuracy 100.0 % (these weights)"
    expected = window.studio.model_for_tools().evaluate(window.session.dataset.x_train, window.session.dataset.y_train)[0]
    assert window.studio.status.loss_label.text() == f"Loss {expected:.4g}"
    assert expected < 0.05
    step(qtbot, window)          # training goes on: back to the batch loss and the epoch accuracy
    qtbot.waitUntil(lambda: "these weights" not in window.studio.status.accuracy_label.text(), timeout=5000)


def test_a_network_changed_after_training_shows_its_own_score_at_once(qtbot, window):
    qtbot.mouseClick(window.studio.editor.toolbuttons["xor_preset"], Qt.MouseButton.LeftButton)
    step(qtbot, window, 2)                    # the lecture's network, trained on: 100 %
    status = window.studio.status
    assert status.accuracy_label.text() == "Accuracy 100.0 % (test 100.0 %)"
    editor = window.studio.editor
    editor.select_column(1)
    combo = editor.activation_combo
    combo.setCurrentIndex(combo.findData("tanh"))
    combo.activated.emit(combo.currentIndex())     # as a learner picks it: the same weights through tanh
    assert window.session.spec.layers[0].activation == "tanh"
    loss, accuracy = window.studio.model_for_tools().evaluate(window.session.dataset.x_train,
                                                              window.session.dataset.y_train)
    # the changed network's own numbers, not the 100 % of the sigmoid network before the change
    assert status.loss_label.text() == f"Loss {loss:.4g}" and accuracy < 1.0
    assert status.accuracy_label.text() == f"Accuracy {100 * accuracy:.1f} % (these weights)"
    assert status.step_label.text() == "Step 2"


def test_an_opened_project_shows_its_own_step_and_score_at_once(qtbot, window, tmp_path):
    step(qtbot, window, 4)
    path = tmp_path / "xor.nnsproj"
    assert window.projects.save_to(path)
    qtbot.mouseClick(window.studio.editor.toolbuttons["xor_preset"], Qt.MouseButton.LeftButton)
    step(qtbot, window, 2)
    status = window.studio.status
    assert window.open_project(path)
    expected = window.studio.model_for_tools().evaluate(window.session.dataset.x_train,
                                                         window.session.dataset.y_train)[0]
    # the project's counters and its weights' own loss, not the numbers of the network before it
    assert (status.step_label.text(), status.loss_label.text()) == ("Step 4", f"Loss {expected:.4g}")
    assert status.accuracy_label.text().endswith("(these weights)")


def test_points_clicked_on_the_boundary_plot_join_the_training_set(qtbot, window):
    window.studio.boundary_plot.pointAdded.emit(0.5, 0.5, 1)
    assert window.session.dataset.n_train == 5
    np.testing.assert_array_equal(window.session.dataset.x_train[-1], [0.5, 0.5])
    assert window.session.dataset.y_train[-1, 0] == 1.0
    assert window.studio.panel.info_label.text().startswith("5 training")
    step(qtbot, window)
    assert window.studio.dispatcher.latest.step == 1
    # Edit → Undo names it as it names the other edits ("Undo add a point" stood lowercase among them)
    assert window.studio.undo_action.text() == "&Undo Add a point"
    window.studio.undo_action.trigger()
    assert window.session.dataset.n_train == 4
    window.studio.redo_action.trigger()
    window.studio.boundary_plot.pointRemoved.emit(0)
    assert window.session.dataset.n_train == 4
    assert window.studio.undo_action.text() == "&Undo Remove a point"
    np.testing.assert_array_equal(window.session.dataset.x_train[-1], [0.5, 0.5])


def test_a_learning_rate_typed_in_the_panel_drives_the_next_steps(qtbot, window):
    step(qtbot, window)                          # plain SGD: w ← w − lr·∂L/∂w
    before = window.studio.dispatcher.latest.weights
    window.studio.panel.lr_spin.setValue(0.5)
    step(qtbot, window)
    s = window.studio.dispatcher.latest
    for w0, w1, g in zip(before, s.weights, s.grads):
        np.testing.assert_allclose(w1, w0 - 0.5 * g, rtol=1e-5, atol=1e-7)
    full_speed(window)                           # and while it runs
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: window.session.step_count > 10, timeout=10000)
    window.studio.panel.lr_spin.setValue(0.25)
    assert window.session.config.lr == 0.25 and window.studio.worker.is_running


def test_the_learning_rate_reads_and_types_as_the_race_writes_it(qtbot, window):
    box = window.studio.panel.lr_spin
    assert box.text() == "3"                               # the XOR lesson's η (it read "3.000000")
    box.setValue(0.316227766)
    assert box.text() == "0.3162"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "1e-05")                # as the race's box shows small rates, typed back
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.session.config.lr == pytest.approx(1e-5) and box.text() == "1e-05"


def test_a_letter_key_chooses_in_a_focused_combo_box_and_trains_elsewhere(qtbot, window):
    """With the Data box focused, "S" stepped the training instead of jumping to the spiral (and "R" drew new
    weights): a one-key shortcut gives way to a widget that takes the key; elsewhere it is the shortcut still."""
    panel, editor = window.studio.panel, window.studio.editor
    fired = []
    for action in (window.studio.step_action, window.studio.reset_action):
        action.triggered.connect(lambda _=False, a=action: fired.append(a.iconText()))
    panel.dataset_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.dataset_combo)
    qtbot.keyClick(panel.dataset_combo, Qt.Key.Key_S)
    assert panel.dataset_combo.currentText() == "Spiral"
    qtbot.keyClick(panel.dataset_combo, Qt.Key.Key_R)              # (no item begins with R)
    window.studio.speed_combo.setFocus()
    qtbot.keyClick(window.studio.speed_combo, Qt.Key.Key_S)
    editor.select_column(1)
    editor.activation_combo.setFocus()
    qtbot.keyClick(editor.activation_combo, Qt.Key.Key_R)
    assert editor.activation_combo.currentText() == "relu"
    panel.seed_spin.setFocus()
    qtbot.keyClick(panel.seed_spin.lineEdit(), Qt.Key.Key_S)       # (a spin box took it already)
    window.studio.panel_dock.setFloating(True)                      # a window of its own
    window.studio.panel_dock.activateWindow()
    panel.dataset_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.dataset_combo)
    qtbot.keyClick(panel.dataset_combo, Qt.Key.Key_S)
    assert panel.dataset_combo.currentText().startswith("S")
    QApplication.processEvents()
    assert fired == [] and window.session.step_count == 0
    window.activateWindow()
    editor.view.setFocus()                                           # the network's view takes no letters
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.view)
    qtbot.keyClick(editor.view, Qt.Key.Key_S)
    qtbot.keyClick(editor.view, Qt.Key.Key_R)
    assert fired == ["Step", "Reset weights"]
    assert "(S)" in window.studio.step_action.toolTip()
    window.show_room("race")                                         # the race's S and R give way so too
    race = window.current_room
    for action in (race.step_action, race.restart_action):
        action.triggered.connect(lambda _=False, a=action: fired.append(a.iconText()))
    race.speed_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is race.speed_combo)
    for key in (Qt.Key.Key_S, Qt.Key.Key_R):
        qtbot.keyClick(race.speed_combo, key)
    assert fired == ["Step", "Reset weights"]


def test_optimizer_choice_keeps_the_weights(qtbot, window):
    step(qtbot, window, 3)
    weights = model(window).get_weights()
    combo = window.studio.panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("adam"))
    combo.activated.emit(combo.currentIndex())
    # XOR's rate for SGD, left as it came, becomes Adam's own (3 made Adam diverge at once)
    assert window.session.config.optimizer == "adam" and shown_training(window)["lr"] == 0.001
    for a, b in zip(weights, model(window).get_weights()):
        np.testing.assert_array_equal(a, b)


def test_reset_weights_starts_again_from_the_seed(qtbot, window):
    first = model(window).get_weights()
    step(qtbot, window, 10)
    window.studio.reset_action.trigger()
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest.step == 0 and window.studio.status.step_label.text() == "Step 0", timeout=5000)
    for a, b in zip(first, model(window).get_weights()):
        np.testing.assert_array_equal(a, b)
    assert "initial weights of seed 0" in window.statusBar().currentMessage()
    window.studio.panel.seed_spin.setValue(4)                   # another seed: other initial weights
    window.studio.reset_action.trigger()
    assert not np.array_equal(first[0], model(window).get_weights()[0])


def run_sgd_until_the_sine_diverges(qtbot, window, patched_dialogs):
    """SGD at lr 60 on the sine, run at full speed until the divergence's error dialog comes."""
    choose_dataset(window, "sine")
    combo = window.studio.panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("sgd"))
    combo.activated.emit(combo.currentIndex())
    window.studio.panel.lr_spin.setValue(60.0)
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: bool(patched_dialogs["errors"]), timeout=15000)


def test_divergence_stops_with_a_message(qtbot, window, patched_dialogs):
    run_sgd_until_the_sine_diverges(qtbot, window, patched_dialogs)
    assert window.studio.editor.spec().problem == "regression" and window.studio.editor.spec().input_dim == 1
    title, text = patched_dialogs["errors"][-1]
    assert "diverged" in text and "Lower the learning rate" in text
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run", timeout=5000)
    assert "Lower the learning rate" in window.statusBar().currentMessage()


def test_switching_data_follows_suggested_settings_but_keeps_the_users_own(qtbot, window):
    assert shown_training(window)["optimizer"] == "sgd"          # XOR's suggestion: SGD lr 3
    choose_dataset(window, "sine")                                        # lr 3 SGD would diverge here
    params = shown_training(window)
    assert (params["optimizer"], params["lr"], params["batch_size"]) == ("adam", 0.01, 16)
    assert window.session.config.optimizer == "adam"
    window.studio.panel.lr_spin.setValue(0.05)                                   # the user's own choice ...
    choose_dataset(window, "circle")
    assert shown_training(window)["lr"] == 0.05                   # ... is kept


def test_a_diverged_network_starts_fresh_on_new_data(qtbot, window):
    weights = window.session.weights()
    weights[0][:] = np.nan                     # what a diverged run leaves behind
    window.session.set_weights(weights)
    choose_dataset(window, "circle")
    assert all(np.isfinite(w).all() for w in model(window).get_weights())

def test_save_and_open_round_trip(qtbot, window, tmp_path):
    window.studio.boundary_plot.pointAdded.emit(0.2, 0.8, 1)
    step(qtbot, window, 20)
    window.studio.editor.add_neuron(1)
    weights = model(window).get_weights()
    path = tmp_path / "xor.nnsproj"
    assert window.projects.save_to(path)
    assert not window.isWindowModified() and "xor.nnsproj" in window.windowTitle()
    assert load_project(path).spec.sizes == (2, 3, 1)
    window.projects.new_project()
    assert window.studio.editor.spec() == NetworkSpec.xor_default() and window.session.dataset.n_train == 4
    assert window.open_project(path)
    assert window.studio.editor.spec().sizes == (2, 3, 1)
    for a, b in zip(weights, model(window).get_weights()):
        np.testing.assert_array_equal(a, b)
    assert window.session.dataset.n_train == 5
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest is not None and window.studio.dispatcher.latest.step == 20, timeout=5000)
    assert len(window.studio.dispatcher.latest.step_loss) == 20
    window.projects.fill_recent_menu(window.recent_menu)
    assert [a.text() for a in window.recent_menu.actions()] == ["xor.nnsproj"]


def test_the_epoch_limit_and_early_stopping_survive_save_and_open(qtbot, window, tmp_path):
    panel = window.studio.panel
    panel.epochs_spin.setValue(5)
    panel.early_spin.setValue(3)
    path = tmp_path / "limits.nnsproj"
    assert window.projects.save_to(path)
    window.projects.new_project()
    assert (panel.epochs_spin.text(), panel.early_spin.text()) == ("no limit", "off")
    assert window.open_project(path)
    assert (panel.epochs_spin.value(), panel.early_spin.value()) == (5, 3)
    full_speed(window)
    window.studio.run_action.trigger()                  # and they still stop the training
    qtbot.waitUntil(lambda: "Stopped after 5 epochs" in window.statusBar().currentMessage(), timeout=10000)


def test_the_gradient_history_survives_save_and_open(qtbot, window, tmp_path):
    step(qtbot, window, 12)
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest is not None and window.studio.dispatcher.latest.step == 12, timeout=5000)
    before = window.session.history_arrays()
    assert len(before["stats_steps"]) > 0
    path = tmp_path / "grad.nnsproj"
    assert window.projects.save_to(path)
    window.projects.new_project()
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest is not None and window.studio.dispatcher.latest.step == 12, timeout=5000)
    np.testing.assert_array_equal(window.studio.dispatcher.latest.stats_steps, before["stats_steps"])
    np.testing.assert_allclose(window.studio.dispatcher.latest.grad_w_norm, before["stats"][:, :2])   # W norms of 2 layers first


def test_a_bad_project_file_is_reported_and_changes_nothing(qtbot, window, tmp_path, patched_dialogs):
    step(qtbot, window, 3)
    spec, weights = window.studio.editor.spec(), model(window).get_weights()
    bad = tmp_path / "broken.nnsproj"
    bad.write_bytes(b"PK\x03\x04 definitely not a project")
    assert not window.open_project(bad, confirm=False)
    title, text = patched_dialogs["errors"][-1]
    assert "broken.nnsproj" in text
    assert window.studio.editor.spec() == spec and window.session.step_count == 3
    for a, b in zip(weights, model(window).get_weights()):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("setting, value, message", [
    ("speed", 50, "training.speed is 50; it must be one of 1, 3, 10, 30, 100, 300, 1000, 0 (steps per second; "
                  "0 = full speed)."),
    ("batch_size", 100_000, "training.batch_size is 100000; it must be a whole number from 1 to 60000."),
    ("lr", 1e-8, "training.lr is 1e-08; it must be a number from 1e-06 up to 1e+06."),
])
def test_a_project_setting_the_panel_cannot_show_is_refused_by_name(qtbot, window, tmp_path, patched_dialogs,
                                                                    setting, value, message):
    from nnstudio.session.project import save_project
    project = window.session.to_project()
    project.training[setting] = value
    path = save_project(tmp_path / "odd.nnsproj", project)
    shown = (window.studio.speed_combo.currentText(), shown_training(window))
    assert not window.open_project(path, confirm=False)
    assert patched_dialogs["errors"] == [("Cannot open the project", f"odd.nnsproj: {message}")]
    assert (window.studio.speed_combo.currentText(), shown_training(window)) == shown
    assert window.session.config.speed == window.studio.speed_combo.currentData() == 100
    assert not window.windowTitle().startswith("odd.nnsproj")


def test_a_missing_project_file_is_reported_once_and_plainly(qtbot, window, tmp_path, patched_dialogs):
    missing = tmp_path / "missing.nnsproj"
    assert not window.open_project(missing, confirm=False)
    assert patched_dialogs["errors"] == [("Cannot open the project", f"missing.nnsproj: file not found ({missing}).")]


def test_a_model_file_opened_as_a_project_says_what_it_is(qtbot, window, tmp_path, patched_dialogs):
    """A model saved by nnstudio train --save, opened in the studio, said only "format is 'nnstudio-model',
    expected 'nnstudio-project'"."""
    path = tmp_path / "model.npz"
    model(window).save(path)
    assert not window.open_project(path, confirm=False)
    assert patched_dialogs["errors"] == [("Cannot open the project", "model.npz is a model file (as nnstudio train "
                                          "--save writes), not a project: the studio opens projects (.nnsproj), "
                                          "which File → Save writes.")]


@pytest.mark.parametrize("content", [b"", b"some notes\n", b"x,y,label\n0.1,0.2,1\n"])
def test_a_file_that_is_no_project_says_what_to_open_and_leaves_the_empty_studio(qtbot, window, tmp_path,
                                                                                 patched_dialogs, content):
    """nnstudio notes.txt (a file that is there, so the app starts with it) said only "not an NN Studio project
    file (not a zip/npz archive; the file may be truncated or of another kind)": what it is not, not what to give."""
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    spec, title = window.studio.editor.spec(), window.windowTitle()
    assert not window.open_project(path, confirm=False)
    assert patched_dialogs["errors"] == [("Cannot open the project", "notes.txt is not an NN Studio project: the "
                                          "studio opens projects (.nnsproj), which File → Save writes. A table of "
                                          "numbers (CSV) comes in with File → Import CSV… instead.")]
    assert window.studio.editor.spec() == spec and window.session.step_count == 0
    assert window.windowTitle() == title and not window.isWindowModified()


def test_a_save_the_system_refuses_names_the_file(qtbot, window, tmp_path, patched_dialogs):
    long_name = "x" * 300 + ".nnsproj"
    assert not window.projects.save_to(tmp_path / long_name)
    assert patched_dialogs["errors"] == [("Cannot save the project", f"{long_name}: the name is too long")]
    assert window.windowTitle().startswith("NN Studio")


def test_a_data_folder_that_cannot_be_made_leaves_the_window_working(qtbot, make_window, monkeypatch, tmp_path):
    """With NN Studio's data folder impossible to create (read-only or full disk), the window did not open (the
    autosave lock raised PermissionError), and closing it raised while saving the layout. Now it opens, the
    status bar says why autosave fails, and it closes."""
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("NNSTUDIO_HOME", str(blocker / "nnstudio"))
    from nnstudio.app import settings
    from nnstudio.app.settings import SettingsWarning

    monkeypatch.setattr(settings, "_stores", dict(settings._stores))   # (its store goes with the test, not at exit)
    with pytest.warns(SettingsWarning, match="settings.json cannot be read"):    # (the settings say so too)
        w = make_window(offer_restore=True)
        w.session.set_config(lr=0.5)
        assert not w.projects.autosave_now()
        assert w.statusBar().currentMessage().startswith("Autosave failed: ")
        w.projects.set_dirty(False)
        assert w.close() and not w.isVisible()


def test_unsaved_changes_prompt_can_cancel_new(qtbot, window, patched_dialogs):
    window.studio.editor.add_layer()
    assert window.isWindowModified()
    patched_dialogs["answer"] = "cancel"
    assert not window.projects.new_project()
    assert patched_dialogs["save"] and len(model(window).dense_layers) == 3
    patched_dialogs["answer"] = "discard"
    assert window.projects.new_project()
    assert len(model(window).dense_layers) == 2 and not window.isWindowModified()


def test_close_during_training_joins_the_thread_quickly(qtbot, make_window):
    w = make_window()
    full_speed(w)
    w.studio.run_action.trigger()
    qtbot.waitUntil(lambda: w.session.step_count > 50, timeout=10000)
    assert w.close()
    assert w.last_join_seconds < 1.0
    assert not w.studio.thread_running


def test_autosave_is_offered_back_after_a_crash(qtbot, make_window, patched_dialogs):
    crashed = make_window()
    crashed.studio.boundary_plot.pointAdded.emit(0.3, 0.3, 0)
    crashed.studio.editor.add_layer()
    assert crashed.projects.autosave_now()
    path = crashed.projects.autosave_path()
    assert path.is_file() and path.parent.parent == user_data_dir()
    crashed.projects.instance_lock.unlock()      # as when its process dies: nobody holds its lock any more
    # a second start while the autosave is there: it is offered and restored
    restored = make_window(offer_restore=True)
    qtbot.waitUntil(lambda: bool(patched_dialogs["restore"]), timeout=5000)
    assert restored.studio.editor.spec().sizes == (2, 2, 4, 1) and restored.session.dataset.n_train == 5
    assert restored.isWindowModified()
    assert not path.exists()                      # offered once, then gone
    restored.projects.autosave_now()
    restored.close()                              # a clean exit removes its own recovery copy
    assert not restored.projects.autosave_path().exists()


def test_a_project_restored_after_a_crash_keeps_its_file(qtbot, make_window, patched_dialogs, tmp_path):
    from nnstudio.app import settings
    crashed = make_window()
    path = tmp_path / "mine.nnsproj"
    assert crashed.projects.save_to(path)
    crashed.studio.editor.add_layer()
    assert crashed.projects.autosave_now()
    crashed.projects.instance_lock.unlock()      # its process dies: no clean exit writes the settings ...
    settings._stores.clear()                      # ... and the next start reads them from disk
    restored = make_window(offer_restore=True)
    qtbot.waitUntil(lambda: bool(patched_dialogs["restore"]), timeout=5000)
    assert restored.studio.editor.spec().sizes == (2, 2, 4, 1)
    assert restored.windowTitle().startswith("mine.nnsproj") and restored.isWindowModified()   # Save goes there
    restored.recent_menu.aboutToShow.emit()
    assert [a.text() for a in restored.recent_menu.actions()] == ["mine.nnsproj"]


def test_a_restore_that_waits_for_its_data_keeps_the_copy_and_goes_on_after_the_download(qtbot, make_window,
                                                                                        monkeypatch, patched_dialogs):
    from nnstudio.data import mnist
    files = {"there": True}

    def load_mnist(kind="mnist", path=None, verify=True):
        if not files["there"]:
            raise mnist.DataNotFoundError("MNIST files not found.")
        return small_mnist()

    def download(kind, progress=None, cancel=None, present=None):
        files["there"] = True
    monkeypatch.setattr(mnist, "load_mnist", load_mnist)
    monkeypatch.setattr(mnist, "download", download)
    crashed = make_window()
    choose_dataset(crashed, "mnist")
    crashed.studio.editor.add_layer()
    sizes = crashed.studio.editor.spec().sizes
    assert crashed.projects.autosave_now()
    path = crashed.projects.autosave_path()
    crashed.projects.instance_lock.unlock()      # its process dies
    files["there"] = False                        # ... and the MNIST files are gone at the next start
    # the learner restores but does not download: the work stays on disk, and the status bar says so
    first = make_window(offer_restore=True)
    qtbot.waitUntil(lambda: len(patched_dialogs["restore"]) == 1 and bool(patched_dialogs["download"]), timeout=5000)
    assert first.session.dataset.name == "xor" and path.is_file()
    assert "copy is kept and offered again at the next start" in first.statusBar().currentMessage()
    # the next start offers it again; this time the download runs, and then the project itself comes back
    monkeypatch.setattr(dialogs, "ask_download", lambda parent, title, reason: True)
    second = make_window(offer_restore=True)
    qtbot.waitUntil(lambda: len(patched_dialogs["restore"]) == 2, timeout=5000)
    qtbot.waitUntil(lambda: second.session.dataset.name == "mnist", timeout=10000)
    assert second.studio.editor.spec().sizes == sizes and second.isWindowModified()
    assert second.statusBar().currentMessage() == "Restored the autosaved project."
    assert not path.exists() and not patched_dialogs["errors"]


def test_a_damaged_autosave_is_set_aside_once_and_the_user_told_where(qtbot, make_window, patched_dialogs):
    from nnstudio.app.project_controller import ProjectController
    folder = ProjectController.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    damaged = folder / "12345-678.nnsproj"
    damaged.write_bytes(b"PK\x03\x04 cut off by the crash")
    make_window(offer_restore=True)
    qtbot.waitUntil(lambda: bool(patched_dialogs["errors"]), timeout=5000)
    title, text = patched_dialogs["errors"][0]
    aside = folder / "damaged" / "12345-678.nnsproj"
    assert title == "Cannot restore the autosaved project" and "cannot be read" in text
    assert f"It was moved to {aside} and is not offered again." in text
    assert patched_dialogs["restore"] == [] and not damaged.exists() and aside.is_file()
    make_window(offer_restore=True)               # the next start: no question, no error
    qtbot.wait(100)
    assert patched_dialogs["restore"] == [] and len(patched_dialogs["errors"]) == 1


def test_a_second_window_leaves_the_first_ones_live_autosave_alone(qtbot, make_window, patched_dialogs):
    first = make_window()
    first.studio.editor.add_layer()
    assert first.projects.autosave_now()
    second = make_window(offer_restore=True)
    qtbot.wait(100)
    assert patched_dialogs["restore"] == []       # the first window is alive: no "crash" to recover
    second.close()
    assert first.projects.autosave_path().is_file()


def test_autosave_follows_training_not_only_edits(qtbot, window):
    window.studio.editor.add_neuron(1)
    assert window.projects.autosave_now()
    assert not window.projects.autosave_now()     # nothing new
    step(qtbot, window, 5)
    assert window.projects.autosave_now()         # training went on: a new recovery copy
    from nnstudio.session.project import load_project
    assert int(load_project(window.projects.autosave_path()).history["counters"][0]) == 5


def test_the_layout_is_remembered_but_every_launch_starts_from_the_xor_demo(qtbot, make_window):
    first = make_window()
    choose_dataset(first, "sine")                        # the last session trained something else, fast
    first.studio.panel.lr_spin.setValue(0.75)
    first.studio.speed_combo.setCurrentIndex(first.studio.speed_combo.findData(0))
    first.move(37, 23)
    first.studio.boundary_dock.close()                  # dock layout is part of the remembered state
    pos = first.pos()
    first.close()
    assert settings_path().is_file() and settings_path().parent == user_data_dir()
    second = make_window()
    assert shown_training(second) == {"optimizer": "sgd", "lr": 3.0, "batch_size": 32, "seed": 0}
    assert second.studio.speed_combo.currentData() == 100          # the demo's slow motion
    assert second.session.key == "xor" and second.studio.editor.spec() == NetworkSpec.xor_default()
    # (restoreGeometry keeps a window wider than the 800 px offscreen screen inside it: compare y)
    assert second.pos().y() == pos.y() == 23
    assert not second.studio.boundary_dock.isVisible() and second.studio.loss_dock.isVisible()
    second.studio.boundary_dock.show()
    second.studio.use_dataset(small_mnist(), DataChoice(key="mnist"))   # hidden by the studio (no plane) ...
    assert not second.studio.boundary_dock.isVisible()
    second.close()
    third = make_window()                            # ... so it is back with the XOR the studio starts on
    assert third.studio.boundary_dock.isVisible()


def test_first_window_fits_the_screen_and_old_layouts_are_ignored(qtbot, make_window):
    from nnstudio.app.settings import open_settings
    first = make_window()
    avail = first.screen().availableGeometry()
    # (the offscreen screen is 800×800: narrower than the window's minimum width, so that wins)
    assert first.height() <= avail.height()
    assert first.width() <= max(avail.width(), first.minimumSizeHint().width())
    first.studio.boundary_dock.close()
    old_layout = first.studio.saveState()        # what versions before the layout change saved (version 0)
    first.close()
    settings = open_settings()
    settings.setValue("studio/state", old_layout)
    settings.sync()
    second = make_window()
    assert second.studio.boundary_dock.isVisible() and second.studio.gradient_dock.isVisible()
    # one chooser for the class of clicked points: on the boundary plot, none in the side panel
    assert second.studio.boundary_plot.class_box.count() == 2
    assert all("class" not in c.toolTip().lower() for c in second.studio.panel.findChildren(QComboBox))


def test_epoch_bar_only_when_an_epoch_has_several_batches(qtbot, window):
    assert window.studio.status.epoch_bar.isHidden()                     # XOR: 4 points, batch 32: every step is an epoch
    window.studio.panel.batch_spin.setValue(2)
    assert not window.studio.status.epoch_bar.isHidden()
    step(qtbot, window)
    assert window.studio.status.epoch_bar.value() == 50                  # one of two batches done
    window.studio.panel.batch_spin.setValue(4)
    assert window.studio.status.epoch_bar.isHidden()


def test_csv_import_reports_bad_rows_and_loads_good_files(qtbot, window, tmp_path, patched_dialogs):
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,label\n0,0,0\n1,abc,1\n")
    assert not window.studio.import_csv_file(bad)
    title, text = patched_dialogs["errors"][-1]
    assert "bad.csv" in title and "line 3" in text and "'abc' is not a number" in text
    assert window.studio.panel.dataset_key() == "xor"
    good = tmp_path / "three.csv"
    rng = np.random.default_rng(0)
    rows = [f"{x:.3f},{y:.3f},{int(c)}" for (x, y), c in zip(rng.normal(size=(60, 2)), np.arange(60) % 3)]
    good.write_text("x,y,label\n" + "\n".join(rows) + "\n")
    assert window.studio.import_csv_file(good)
    spec = window.studio.editor.spec()
    assert spec.problem == "multiclass" and spec.output.units == 3 and spec.output.activation == "softmax"
    assert window.studio.panel.dataset_combo.currentText() == "CSV: three.csv"
    step(qtbot, window)
    assert window.studio.dispatcher.latest.boundary.shape == (100, 100, 3)


def test_two_imported_csvs_of_one_name_show_their_folders(qtbot, window, tmp_path, patched_dialogs):
    """Two files named data.csv (week1/, week2/) both read "CSV: data.csv" in the data list: now each names as
    much of its folder as tells them apart, the whole path in its tooltip; a file of its own name stays short."""
    rng = np.random.default_rng(0)
    files = []
    for folder, n in (("week1", 30), ("week2", 40), ("a/x", 20), ("b/x", 24), ("", 50)):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        path = tmp_path / folder / ("other.csv" if not folder else "data.csv")
        rows = [f"{x:.3f},{y:.3f},{int(x > y)}" for x, y in rng.normal(size=(n, 2))]
        path.write_text("x,y,label\n" + "\n".join(rows) + "\n")
        files.append(path.resolve())
    combo = window.studio.panel.dataset_combo

    def csv_items():
        return [(combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.ToolTipRole)) for i in range(combo.count())
                if combo.itemText(i).startswith("CSV")]

    assert window.studio.import_csv_file(files[0])
    assert csv_items() == [("CSV: data.csv", str(files[0]))]
    assert window.studio.import_csv_file(files[1])
    assert combo.currentText() == "CSV: data.csv (week2)"
    assert csv_items() == [("CSV: data.csv (week1)", str(files[0])), ("CSV: data.csv (week2)", str(files[1]))]
    for path in files[2:]:
        assert window.studio.import_csv_file(path)
    ax, bx = str(Path("a", "x")), str(Path("b", "x"))
    assert [text for text, _ in csv_items()] == ["CSV: data.csv (week1)", "CSV: data.csv (week2)",
                                                 f"CSV: data.csv ({ax})", f"CSV: data.csv ({bx})", "CSV: other.csv"]
    combo.setCurrentIndex(combo.findText("CSV: data.csv (week1)"))      # the learner picks week 1's again
    combo.activated.emit(combo.currentIndex())
    assert window.studio.panel.dataset_key() == f"csv:{files[0]}"
    assert window.studio.panel.info_label.text().startswith("21 training, 9 test")    # its 30 points


def test_a_kaggle_style_mnist_csv_is_scaled_to_the_pads_0_to_1(qtbot, window, tmp_path, patched_dialogs):
    """Kaggle's MNIST CSV keeps pixels as 0–255 while the pad feeds 0–1, so the studio's model answered the pad
    wrongly: such pixels (784 whole numbers up to 255) are now divided by 255, and the status bar says so."""
    rng = np.random.default_rng(0)
    pixels = rng.integers(0, 256, size=(40, 784))
    table = tmp_path / "train.csv"
    table.write_text("label," + ",".join(f"pixel{i}" for i in range(784)) + "\n"
                     + "\n".join(f"{k % 10}," + ",".join(map(str, row)) for k, row in enumerate(pixels)) + "\n")
    assert window.studio.import_csv_file(table)
    assert "train.csv holds 28×28 pixels from 0 to 255: they were divided by 255" in \
        window.statusBar().currentMessage()
    x = window.session.training_data[0]
    assert x.shape[1] == 784 and x.max() <= 1 and np.isin(np.round(x * 255).astype(int), pixels).all()
    window.statusBar().clearMessage()
    small = tmp_path / "scaled.csv"                      # already 0–1, or not images: as they are
    small.write_text("label," + ",".join(f"p{i}" for i in range(784)) + "\n"
                     + "\n".join(f"{k % 2}," + ",".join(f"{v / 255:.4f}" for v in row) for k, row in
                                  enumerate(pixels[:20])) + "\n")
    assert window.studio.import_csv_file(small)
    assert "divided by 255" not in window.statusBar().currentMessage()
    assert window.session.training_data[0].max() <= 1
    wide = tmp_path / "counts.csv"
    wide.write_text("a,b,label\n" + "\n".join(f"{a},{b},{int(a > b)}" for a, b in pixels[:30, :2]) + "\n")
    assert window.studio.import_csv_file(wide)
    assert window.session.training_data[0].max() > 1 and "divided by 255" not in window.statusBar().currentMessage()


def test_missing_mnist_offers_a_download(qtbot, window, monkeypatch, tmp_path, patched_dialogs):
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path))
    choose_dataset(window, "fashion")
    assert patched_dialogs["download"] and "Fashion" in patched_dialogs["download"][0][0]
    assert window.studio.panel.dataset_key() == "xor" and window.session.dataset.name == "xor"


def test_drawing_pad_gets_a_copy_of_the_current_model(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Tools → Drawing pad
    pad = window.pad
    qtbot.waitUntil(pad.isVisible)
    assert pad.windowTitle() == "Drawing pad"                # the name it has in the Tools menu
    assert window.pad_action.text() == "&Drawing pad…"
    copy = window.studio.model_for_tools()
    assert copy is window.studio.model_for_tools()          # kept while the network stays the same
    for a, b in zip(copy.get_weights(), window.session.weights()):
        np.testing.assert_array_equal(a, b)


def test_the_drawing_pad_closes_and_goes_with_the_window(qtbot, window, patched_dialogs):
    """The pad is a window of its own (no Qt parent): it closed with the main window but lived on, hidden, until
    Python's cycle collector freed it at some later moment."""
    window.open_pad()
    pad = window.pad
    qtbot.waitUntil(pad.isVisible)
    with qtbot.waitSignal(pad.destroyed, timeout=5000):
        assert window.close()
    assert window.pad is None


def test_quit_with_unsaved_changes_can_be_cancelled(qtbot, window, patched_dialogs):
    window.studio.editor.add_layer()
    patched_dialogs["answer"] = "cancel"
    assert not window.close()
    assert window.isVisible() and window.studio.thread_running
    assert patched_dialogs["save"] == ["quit"]


def test_toy_set_parameters_regenerate_the_data(qtbot, window):
    choose_dataset(window, "circle")
    assert window.session.dataset.name == "circle" and window.studio.panel.noise_spin.isEnabled()
    n_before, x_before = window.session.dataset.n_train, window.session.dataset.x_train.copy()
    window.studio.panel.n_spin.setValue(100)
    window.studio.panel.n_spin.editingFinished.emit()
    assert window.session.dataset.n_train + window.session.dataset.n_test == 100 and window.session.dataset.n_train != n_before
    window.studio.panel.noise_spin.setValue(0.3)
    window.studio.panel.noise_spin.editingFinished.emit()
    assert window.session.dataset.n_train + window.session.dataset.n_test == 100
    assert not np.array_equal(window.session.dataset.x_train[:5], x_before[:5])
    choose_dataset(window, "xor")
    assert not window.studio.panel.noise_spin.isEnabled()     # the lecture's four points are fixed


def test_mnist_trains_in_the_studio(qtbot, window, monkeypatch):
    from nnstudio.data.mnist import is_available
    if not is_available("mnist"):
        pytest.skip("MNIST files not found (set NNSTUDIO_DATA)")
    choose_dataset(window, "mnist")
    spec = window.studio.editor.spec()
    assert spec.input_dim == 784 and spec.output.units == 10 and spec.problem == "multiclass"
    assert "Multi-class" in window.studio.panel.problem_label.text()
    # the counts as the lessons and the status bar write them (it read "60000 training, 10000 test")
    assert window.studio.panel.info_label.text() == "60,000 training, 10,000 test, 784 features"
    assert not window.studio.boundary_dock.isEnabled() and not window.studio.boundary_dock.isVisible()
    step(qtbot, window, 2)
    s = window.studio.dispatcher.latest
    assert s.boundary is None and s.extent is None and s.weights[0].shape == (784, 128)   # the suggested 784-128-64-10


def small_mnist(n_train=50, n_test=20):
    """A stand-in for MNIST with its shapes and classes (tests run without the 50 MB of files)."""
    from nnstudio.data import Dataset
    rng = np.random.default_rng(0)
    return Dataset(name="mnist", x_train=rng.random((n_train, 784), dtype=np.float32),
                   y_train=np.arange(n_train, dtype=np.int64) % 10, x_test=rng.random((n_test, 784), dtype=np.float32),
                   y_test=np.arange(n_test, dtype=np.int64) % 10, problem="multiclass", n_classes=10,
                   class_names=tuple(str(k) for k in range(10)), extent=None)


def test_my_digits_can_join_the_mnist_training_set(qtbot, window, monkeypatch):

    from nnstudio.data import digits, mnist
    monkeypatch.setattr(mnist, "load_mnist", lambda kind="mnist", path=None: small_mnist())
    mine = [np.zeros((28, 28), np.float32) for _ in range(3)]
    for k, img in enumerate(mine):
        img[5:20, 10 + k:14 + k] = 1.0
        digits.save_my_digit(img, label=k + 1)
    box = window.studio.panel.my_digits_check
    assert not box.isEnabled() and box.toolTip()            # XOR: nothing to include
    choose_dataset(window, "mnist")
    assert box.isEnabled() and box.text() == "Include my digits (3)" and not box.isChecked()
    assert window.session.training_data[0].shape == (50, 784)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert window.session.training_data[0].shape == (53, 784)
    np.testing.assert_array_equal(window.session.training_data[1][-3:], [1, 2, 3])
    np.testing.assert_allclose(window.session.training_data[0][-3:].reshape(3, 28, 28), mine, atol=1 / 255)
    assert "3 of your own" in window.statusBar().currentMessage()
    step(qtbot, window, 2)
    # a digit saved in the pad meanwhile: counted and included when the studio window is active again
    digits.save_my_digit(mine[0], label=7)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert box.text() == "Include my digits (4)" and window.session.training_data[0].shape == (54, 784)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert window.session.training_data[0].shape == (50, 784)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not window.studio.boundary_dock.isVisible()                 # no plane to draw: the loss plot gets the room
    choose_dataset(window, "xor")                               # other data: the box is off, nothing added
    assert not box.isEnabled() and window.session.training_data[0].shape == (4, 2)
    assert window.studio.boundary_dock.isVisible() and window.studio.boundary_dock.isEnabled()


class FakeDownload:
    """Stands in for nnstudio.data.mnist.download: reports progress, then 'places the files'."""

    def __init__(self, monkeypatch, real_dir, fail=None, block=False):
        self.monkeypatch, self.real_dir, self.fail, self.block = monkeypatch, real_dir, fail, block
        self.calls = []

    def __call__(self, kind, progress=None, cancel=None, present=None):
        self.calls.append(kind)
        for done in (0, 50, 100):
            if progress("train-images-idx3-ubyte.gz", done, 100) is False:
                raise OSError("cancelled")
        if self.block:
            while not cancel.wait(0.01):
                pass
            raise OSError("cancelled")
        if self.fail:
            from nnstudio.data.mnist import DownloadError
            raise DownloadError(self.fail)
        self.monkeypatch.setenv("NNSTUDIO_DATA", str(self.real_dir))


@pytest.fixture
def no_mnist(monkeypatch, tmp_path, patched_dialogs):
    import os
    real = os.environ.get("NNSTUDIO_DATA")
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path / "empty"))
    monkeypatch.setattr(dialogs, "ask_download", lambda parent, title, reason: patched_dialogs["download"].append(
        (title, reason)) or len(patched_dialogs["download"]) == 1)
    return real


def test_download_with_progress_then_mnist_loads(qtbot, window, monkeypatch, no_mnist, patched_dialogs):
    from nnstudio.data import mnist
    if not no_mnist or not mnist.is_available("mnist", no_mnist):
        pytest.skip("MNIST files not found (set NNSTUDIO_DATA)")
    fake = FakeDownload(monkeypatch, no_mnist)
    monkeypatch.setattr(mnist, "download", fake)
    choose_dataset(window, "mnist")
    assert "not found" in patched_dialogs["download"][0][1]
    qtbot.waitUntil(lambda: window.session.dataset.name == "mnist", timeout=20000)
    assert fake.calls == ["mnist"] and window.studio.datasets.download_dialog.value() == 1000
    assert window.studio.editor.spec().input_dim == 784


def test_an_example_or_a_project_that_waited_for_the_mnist_download_opens_after_it(qtbot, window, monkeypatch,
                                                                                   no_mnist, patched_dialogs,
                                                                                   tmp_path):
    from nnstudio.data import mnist
    if not no_mnist or not mnist.is_available("mnist", no_mnist):
        pytest.skip("MNIST files not found (set NNSTUDIO_DATA)")
    empty = str(tmp_path / "empty")
    monkeypatch.setattr(dialogs, "ask_download", lambda parent, title, reason: True)
    monkeypatch.setattr(mnist, "download", FakeDownload(monkeypatch, no_mnist))
    nielsen = next(a for a in window.examples_menu.actions() if a.data() == "nielsen")
    nielsen.trigger()                                         # File → Examples → MNIST as in Nielsen's book
    qtbot.waitUntil(lambda: window.session.dataset.name == "mnist", timeout=20000)
    assert window.studio.editor.spec().sizes == (784, 30, 10)                 # the example, not any MNIST network
    assert shown_training(window) == {"optimizer": "sgd", "lr": 3.0, "batch_size": 10, "seed": 0}
    assert window.studio.panel.loss_combo.currentData() == "quadratic"
    path = tmp_path / "nielsen.nnsproj"
    assert window.projects.save_to(path)
    window.projects.new_project()
    monkeypatch.setenv("NNSTUDIO_DATA", empty)                # MNIST gone again: opening the project offers it
    assert not window.open_project(path)
    assert window.session.dataset.name == "xor"
    qtbot.waitUntil(lambda: window.session.dataset.name == "mnist", timeout=20000)
    assert window.windowTitle().startswith("nielsen.nnsproj") and not window.isWindowModified()
    assert window.studio.editor.spec().sizes == (784, 30, 10) and shown_training(window)["lr"] == 3.0


def test_cancelled_download_changes_nothing(qtbot, window, monkeypatch, no_mnist, patched_dialogs):
    from nnstudio.data import mnist
    fake = FakeDownload(monkeypatch, no_mnist, block=True)
    monkeypatch.setattr(mnist, "download", fake)
    choose_dataset(window, "fashion")
    dialog = window.studio.datasets.download_dialog
    qtbot.waitUntil(lambda: dialog.value() == 1000, timeout=5000)
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    with qtbot.assertNotEmitted(dialog.failed, wait=200), qtbot.assertNotEmitted(dialog.succeeded, wait=200):
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._thread.is_alive(), timeout=5000)
    assert window.session.dataset.name == "xor" and not patched_dialogs["errors"]


def test_failed_download_says_why(qtbot, window, monkeypatch, no_mnist, patched_dialogs):
    from nnstudio.data import mnist
    monkeypatch.setattr(mnist, "download", FakeDownload(monkeypatch, no_mnist, fail="offline: check your connection"))
    choose_dataset(window, "mnist")
    qtbot.waitUntil(lambda: bool(patched_dialogs["errors"]), timeout=5000)
    title, text = patched_dialogs["errors"][-1]
    assert title == "Download failed" and "check your connection" in text
    assert window.session.dataset.name == "xor"


def test_main_starts_the_window_and_opens_a_project(qtbot, monkeypatch, tmp_path, patched_dialogs):
    from PySide6.QtWidgets import QApplication

    import nnstudio.app
    path = tmp_path / "p.nnsproj"
    first = MainWindow(offer_restore=False)
    qtbot.addWidget(first)
    first.studio.editor.add_layer()
    assert first.projects.save_to(path)
    first.close()
    seen = {}

    def fake_exec(self=None):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = windows[0].windowTitle()
        seen["sizes"] = windows[0].studio.editor.spec().sizes
        windows[0].close()
        return 0
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert nnstudio.app.main([str(path)]) == 0
    assert seen == {"title": "p.nnsproj[*] — NN Studio", "sizes": (2, 2, 4, 1)}


def test_multilabel_problem_trains_on_one_hot_targets(qtbot, window):
    choose_dataset(window, "three_blobs")
    assert window.studio.editor.spec().problem == "multiclass"
    assert window.studio.editor.set_problem("multilabel")
    spec = window.studio.editor.spec()
    assert spec.problem == "multilabel" and spec.output.activation == "sigmoid" and spec.output.units == 3
    assert model(window).loss_name == "binary_crossentropy"
    step(qtbot, window, 2)
    assert window.studio.dispatcher.latest.boundary.shape == (100, 100, 3)


def test_keyboard_space_runs_and_pauses_s_steps(qtbot, window):
    window.activateWindow()
    window.studio.speed_combo.setCurrentIndex(window.studio.speed_combo.findData(0))
    window.studio.editor.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.session.step_count == 1, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Pause" and window.session.step_count > 5, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run" and not window.studio.worker.is_running, timeout=5000)


def test_space_ticks_the_focused_box_or_presses_the_focused_button_and_runs_elsewhere(qtbot, window):
    """A learner who went with Tab to Log scale or Nesterov could not tick it: Space ran training instead (a box
    has no other key); on the Data box it ran training instead of opening the list, as the race's boxes do."""
    from PySide6.QtWidgets import QCheckBox
    window.activateWindow()
    window.studio.loss_dock.raise_()                     # (a plot behind another's tab takes no focus)
    log_box = next(b for b in window.studio.loss_plot.findChildren(QCheckBox) if b.text() == "Log scale")
    qtbot.waitUntil(log_box.isEnabled, timeout=3000)
    show_values = next(b for b in window.studio.editor.findChildren(QAbstractButton) if b.text() == "Show values")
    for button, was in ((log_box, False), (show_values, True)):
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=3000)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert button.isChecked() != was and not window.studio.worker.is_running
        assert window.studio.run_action.iconText() == "Run"
    box = window.studio.panel.dataset_combo              # a box's list opens (training started instead)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(box.view().isVisible, timeout=3000)
    box.hidePopup()
    assert not window.studio.worker.is_running and window.studio.run_action.iconText() == "Run"
    window.studio.editor.view.setFocus()                # elsewhere Space runs
    qtbot.waitUntil(window.studio.editor.view.hasFocus, timeout=3000)
    qtbot.keyClick(window.studio.editor.view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.studio.worker.is_running, timeout=3000)
    window.studio.run_action.trigger()


def test_views_draw_only_the_newest_snapshot(qtbot, window, monkeypatch):
    step(qtbot, window, 3)
    qtbot.waitUntil(lambda: not window.studio.dispatcher.stale_views(), timeout=5000)   # step 3 drawn everywhere
    drawn = []
    monkeypatch.setattr(window.studio.loss_plot, "show_snapshot", lambda s: drawn.append(s.step))
    older, newest = replace(window.studio.dispatcher.latest, step=101), replace(window.studio.dispatcher.latest, step=102)
    window.studio.worker.snapshot.emit(older)     # two snapshots arrive before the GUI gets to draw
    window.studio.worker.snapshot.emit(newest)
    qtbot.waitUntil(lambda: drawn == [102], timeout=5000)
    assert window.studio.status.step_label.text() == "Step 102"
    qtbot.wait(100)
    assert drawn == [102]


def test_sine_shows_its_points_and_the_prediction_curve_live(qtbot, window):
    assert window.studio.boundary_dock.windowTitle() == "Decision boundary"
    choose_dataset(window, "sine")
    d = window.session.dataset
    plot = window.studio.boundary_plot
    assert window.studio.boundary_dock.isVisible() and window.studio.boundary_dock.isEnabled()
    assert window.studio.boundary_dock.windowTitle() == "Prediction" and plot.showing_fit()
    xs, ys = plot.train_points.getData()
    np.testing.assert_allclose(xs, d.x_train[:, 0])
    np.testing.assert_allclose(ys, d.y_train[:, 0])
    tx, ty = plot.test_points.getData()
    np.testing.assert_allclose(ty, d.y_test[:, 0])
    step(qtbot, window, 3)
    qtbot.waitUntil(lambda: plot.fit_curve.xData is not None and plot.fit_curve.xData.size == 200
                    and plot._snapshot is window.studio.dispatcher.latest, timeout=5000)
    cx, cy = plot.fit_curve.getData()
    lo = min(d.x_train.min(), d.x_test.min())
    hi = max(d.x_train.max(), d.x_test.max())
    assert cx[0] == pytest.approx(lo) and cx[-1] == pytest.approx(hi)     # over the data's x range
    net = model(window)
    expected = net.predict(cx.reshape(-1, 1).astype(net.dtype))[:, 0]
    np.testing.assert_allclose(cy, expected, rtol=1e-5, atol=1e-6)
    first = cy.copy()
    step(qtbot, window, 5)                                 # the curve follows training
    qtbot.waitUntil(lambda: plot._snapshot is window.studio.dispatcher.latest, timeout=5000)
    assert not np.allclose(plot.fit_curve.getData()[1], first)
    choose_dataset(window, "xor")                          # back to a plane: the heatmap's title again
    assert window.studio.boundary_dock.windowTitle() == "Decision boundary" and not plot.showing_fit()
    assert window.studio.boundary_dock.isVisible()
    step(qtbot, window, 1)
    assert window.studio.dispatcher.latest.curve is None and window.studio.dispatcher.latest.boundary is not None


# -- every setting the lectures talk about ------------------------------------------------------------------------
def test_each_optimizers_hyper_parameters_are_shown_and_drive_the_steps(qtbot, window):
    form = window.studio.panel.optimizer_form
    assert set(form.fields()) == {"momentum", "dampening", "nesterov", "weight_decay"}     # SGD's, torch's names
    assert "v ← μ·v + g" in form.fields()["momentum"].toolTip()
    step(qtbot, window)
    form.fields()["momentum"].setValue(0.9)          # SGD with momentum: w ← w − η·v, v ← 0.9·v + g
    assert dict(window.session.config.options) == {"momentum": 0.9}
    before = window.studio.dispatcher.latest.weights
    step(qtbot, window)
    first = window.studio.dispatcher.latest
    for w0, w1, g in zip(before, first.weights, first.grads):
        np.testing.assert_allclose(w1, w0 - 3.0 * g, rtol=1e-5, atol=1e-6)        # v starts as g
    step(qtbot, window)
    second = window.studio.dispatcher.latest
    for w1, w2, g1, g2 in zip(first.weights, second.weights, first.grads, second.grads):
        np.testing.assert_allclose(w2, w1 - 3.0 * (0.9 * g1 + g2), rtol=1e-4, atol=1e-6)
    combo = window.studio.panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("adam"))
    combo.activated.emit(combo.currentIndex())
    assert set(form.fields()) == {"beta1", "beta2", "eps", "weight_decay", "amsgrad"}
    form.fields()["amsgrad"].setChecked(True)
    assert dict(window.session.config.options) == {"amsgrad": True}
    form.fields()["beta1"].setValue(0.5)
    assert dict(window.session.config.options) == {"amsgrad": True, "betas": (0.5, 0.999)}


def test_a_new_optimizer_brings_its_own_rate_unless_the_learner_set_one(qtbot, window):
    """XOR's SGD at 3 switched to Adam kept 3, and Adam diverged at once: a rate left as it came becomes the new
    optimizer's (Keras' default, or the data's suggestion), in one undo step; a rate typed by hand stays, with a
    hint under the box when it is far above what the optimizer usually takes."""
    panel, studio = window.studio.panel, window.studio
    combo = panel.optimizer_combo

    def choose(name):
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())

    def typed_rate(text):
        panel.lr_spin.lineEdit().selectAll()
        qtbot.keyClicks(panel.lr_spin.lineEdit(), text)
        qtbot.keyClick(panel.lr_spin.lineEdit(), Qt.Key.Key_Return)

    assert panel.lr_spin.text() == "3" and panel.lr_hint.isHidden()
    choose("adam")
    assert panel.lr_spin.text() == "0.001" and window.session.config.lr == pytest.approx(0.001)
    assert panel.lr_hint.isHidden()
    assert studio.undo_action.text() == "&Undo Change optimizer"
    studio.undo_action.trigger()                                  # rate and optimizer come back together
    assert (combo.currentData(), panel.lr_spin.text()) == ("sgd", "3")
    choose("rmsprop")
    assert panel.lr_spin.text() == "0.001"
    choose("sgd")                                                 # back to the rate XOR suggests for SGD
    assert panel.lr_spin.text() == "3"
    typed_rate("2")                                               # the learner's own rate stays...
    choose("adam")
    assert panel.lr_spin.text() == "2" and window.session.config.optimizer == "adam"
    assert not panel.lr_hint.isHidden()                           # ...with a word on it
    assert panel.lr_hint.text() == ("Adam usually takes a learning rate near 0.001 (Keras' default); 2 is far "
                                    "above it and will likely make the loss explode.")
    typed_rate("0.01")
    assert panel.lr_hint.isHidden()
    studio.undo_action.trigger()
    assert not panel.lr_hint.isHidden() and panel.lr_spin.text() == "2"
    choose("sgd")                                                 # 2 suits SGD: no word
    assert panel.lr_spin.text() == "2" and panel.lr_hint.isHidden()


def test_the_optimizer_settings_read_in_torchs_order(qtbot, window):
    """As torch.optim's signatures (and a lecture's code) list them: Adam's betas first, SGD's nesterov last; named
    as the lectures write them (the labels read "momentum:", "weight_decay:", "beta1:"), with the names in code on
    the tooltip."""
    form = window.studio.panel.optimizer_form
    combo = window.studio.panel.optimizer_combo

    def labels():
        layout = form.form()
        return [layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
                for row in range(layout.rowCount())]

    expected = {
        "sgd": ["Momentum:", "Dampening:", "Weight decay:", "Nesterov:"],
        "adagrad": ["Learning-rate decay:", "Weight decay:", "Initial accumulator:", "ε:"],
        "rmsprop": ["α:", "ε:", "Weight decay:", "Momentum:", "Centered:"],
        "adam": ["β₁:", "β₂:", "ε:", "Weight decay:", "AMSGrad:"],
        "adamw": ["β₁:", "β₂:", "ε:", "Weight decay:", "AMSGrad:"],
    }
    for name, texts in expected.items():
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())
        assert labels() == texts, name
    fields = form.fields()                      # Adam's: the names in code on the field and on its label
    assert "In code: betas[0] (PyTorch), beta_1 (Keras)" in fields["beta1"].toolTip()
    assert "In code: eps (PyTorch), epsilon (Keras)" in form.form().labelForField(fields["eps"]).toolTip()
    assert "m ← β₁·m" in fields["beta1"].toolTip()


def test_momentum_stays_below_1_where_it_can_converge(qtbot, window):
    field = window.studio.panel.optimizer_form.fields()["momentum"]
    field.selectAll()
    qtbot.keyClicks(field, "3")                        # μ ≥ 1: the velocity never decays, training diverges
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.maximum() < 1 and field.value() < 1
    assert dict(window.session.config.options).get("momentum", 0.0) < 1
    field.setValue(0.95)
    assert dict(window.session.config.options) == {"momentum": 0.95}


def test_an_impossible_setting_is_refused_with_the_reason(qtbot, window):
    form = window.studio.panel.optimizer_form
    form.fields()["nesterov"].setChecked(True)         # Nesterov needs momentum
    assert "nesterov" in window.statusBar().currentMessage().lower()
    assert not form.fields()["nesterov"].isChecked() and window.session.config.options == ()


def test_nesterov_is_greyed_out_while_momentum_is_0_and_goes_off_with_it(qtbot, window):
    form = window.studio.panel.optimizer_form
    nesterov, momentum = form.fields()["nesterov"], form.fields()["momentum"]
    assert not nesterov.isEnabled() and "set momentum first" in nesterov.toolTip()     # plain SGD: momentum 0
    momentum.setValue(0.9)
    assert nesterov.isEnabled() and "look ahead" in nesterov.toolTip()
    nesterov.click()                                    # (click() does nothing on a greyed-out box)
    assert dict(window.session.config.options) == {"momentum": 0.9, "nesterov": True}
    form.fields()["dampening"].setValue(0.5)             # Nesterov needs dampening 0 too: off with the edit
    assert not nesterov.isEnabled() and not nesterov.isChecked()
    # the tooltip says what stands in the way now (it said "set momentum first" with momentum at 0.9)
    assert "set dampening to 0" in nesterov.toolTip() and "momentum first" not in nesterov.toolTip()
    momentum.setValue(0.0)
    assert "set momentum above 0 and dampening to 0" in nesterov.toolTip()
    momentum.setValue(0.9)
    assert dict(window.session.config.options) == {"momentum": 0.9, "dampening": 0.5}
    form.fields()["dampening"].setValue(0.0)
    nesterov.click()                                    # (click() does nothing on a greyed-out box)
    momentum.setValue(0.0)                               # back to plain SGD: Nesterov goes off, no error
    assert not nesterov.isEnabled() and not nesterov.isChecked()
    assert window.session.config.options == () and "nesterov" not in window.statusBar().currentMessage().lower()
    window.session.set_config(options={"momentum": 0.9, "nesterov": True})      # as a project opens
    assert nesterov.isEnabled() and nesterov.isChecked() and "look ahead" in nesterov.toolTip()


def test_the_loss_can_be_chosen_among_those_that_fit_the_output(qtbot, window):
    combo = window.studio.panel.loss_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["binary_crossentropy", "mse", "quadratic"]
    assert "the lecture's" in combo.itemText(0)
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert window.session.spec.loss_name == "quadratic" and "quadratic" in window.studio.editor.loss_label.text()
    window.studio.undo_action.trigger()
    assert window.session.spec.loss_name == "binary_crossentropy" and combo.currentData() == "binary_crossentropy"
    # the editor names the loss as the chooser does, not by the engine's name ("binary_crossentropy")
    assert window.studio.editor.loss_label.text() == "loss: binary cross-entropy"


def test_learning_rates_above_100_are_allowed(qtbot, window):
    window.studio.panel.lr_spin.setValue(1000.0)
    assert window.session.config.lr == 1000.0


def test_an_epoch_limit_pauses_training_and_says_why(qtbot, window):
    choose_dataset(window, "moons")
    window.studio.panel.epochs_spin.setValue(2)
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: "after 2 epochs" in window.statusBar().currentMessage(), timeout=10000)
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run", timeout=5000)
    assert window.session.history.epoch == 2


def test_xor_says_it_is_tested_on_its_training_points(window):
    assert window.studio.panel.info_label.text() == "4 points, 2 features; tested on the same 4 points"
    choose_dataset(window, "moons")
    assert window.studio.panel.info_label.text().startswith("140 training, 60 test")


def test_an_epoch_limit_of_one_says_one_epoch(qtbot, window):
    choose_dataset(window, "moons")
    window.studio.panel.epochs_spin.setValue(1)
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Stopped after 1 epoch, the limit set in the "
                                                                   "training settings.", timeout=10000)


def test_examples_load_network_data_and_settings_together(qtbot, window):
    actions = {a.data(): a for a in window.examples_menu.actions()}
    assert {"xor", "xor_by_hand", "vanishing", "spirals", "mnist"} <= set(actions)
    actions["vanishing"].trigger()
    assert window.session.key == "circle" and window.session.spec.sizes == (2, 4, 4, 4, 4, 4, 1)
    assert shown_training(window)["optimizer"] == "sgd" and shown_training(window)["lr"] == 0.5
    assert window.studio.speed_combo.currentData() == 300 and not window.isWindowModified()
    actions["xor_by_hand"].trigger()
    qtbot.waitUntil(lambda: window.studio.status.accuracy_label.text() == "Accuracy 100.0 % (these weights)",
                    timeout=5000)


def test_switching_data_offers_its_suggested_set_up(qtbot, window):
    panel = window.studio.panel
    assert not panel.suggested_button.isEnabled()            # the XOR demo is the suggestion
    window.studio.editor.add_neuron(1)                       # the learner's own network ...
    choose_dataset(window, "spiral")                         # ... is kept on the spiral
    assert window.session.spec.sizes == (2, 3, 1) and panel.suggested_button.isEnabled()
    assert "2-8-8-6-1 tanh" in panel.suggested_button.toolTip()
    qtbot.mouseClick(panel.suggested_button, Qt.MouseButton.LeftButton)
    assert window.session.spec.sizes == (2, 8, 8, 6, 1) and not panel.suggested_button.isEnabled()


def test_the_speed_menu_speaks_proper_english(window):
    texts = [window.studio.speed_combo.itemText(i) for i in range(window.studio.speed_combo.count())]
    assert texts[0] == "1 step/s" and texts[1] == "3 steps/s" and texts[-1] == "Full speed"


def test_the_network_leaves_as_a_pytorch_script_and_an_onnx_file(qtbot, window, tmp_path):
    step(qtbot, window, 5)
    assert window.projects.export_pytorch(tmp_path / "xor.py")
    script = (tmp_path / "xor.py").read_text()
    assert "def build_model(" in script and "torch.nn.Sequential" in script
    assert "xor.py" in window.statusBar().currentMessage()
    ort = pytest.importorskip("onnxruntime")
    assert window.projects.export_onnx(tmp_path / "xor.onnx")
    run = ort.InferenceSession(str(tmp_path / "xor.onnx"), providers=["CPUExecutionProvider"])
    x = window.session.dataset.x_train
    np.testing.assert_allclose(run.run(["y"], {"x": x})[0], model(window).predict(x), atol=1e-5)


def _visible_rects(w):
    """Window-coordinate rectangles of the editor and of every dock a user sees (tabbed-away docks excluded)."""
    from PySide6.QtCore import QPoint, QRect

    def rect(widget):
        return QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())
    shown = [w.studio.editor] + [d for d in w.studio.docks() if d.isVisible() and not d.visibleRegion().isEmpty()]
    return {name: rect(widget) for name, widget in
            zip(["editor"] + [d.objectName() for d in shown[1:]], shown)}


@pytest.mark.parametrize("size", [(1280, 720), (1843, 1015), (1920, 1080)])   # (the 1920×1080 screenshot's)
def test_the_default_layout_fits_the_screen_without_overlaps(qtbot, make_window, size):
    w = make_window()
    w.resize(*size)
    w.studio.default_layout(*size)
    qtbot.waitUntil(lambda: w.studio.editor.height() > 0)
    QApplication.processEvents()
    rects = _visible_rects(w)
    names = list(rects)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not rects[a].intersects(rects[b]), (a, rects[a], b, rects[b])
    for plot in (w.studio.loss_plot, w.studio.boundary_plot, w.studio.gradient_plot):
        if not plot.visibleRegion().isEmpty():
            assert plot.width() >= 260 and plot.height() >= 170, (type(plot).__name__, plot.size())
    # the gradient view's three plots are never cut off at the bottom: its dock cannot be made lower than they need
    # (the window sizes its docks before it is shown; there the 1920×1080 layout had cut the bar charts to 10 px)
    gradients = w.studio.gradient_plot
    assert gradients.minimumHeight() >= gradients.graphics.minimumHeight() + gradients.measure_box.height()
    # the layer strip sits below the drawing, not on it
    editor = w.studio.editor
    view, strip = editor.view.geometry(), editor.strip.geometry()
    assert view.bottom() < strip.top()


def test_a_layout_saved_on_another_screen_is_not_restored(qtbot, make_window):
    from nnstudio.app.settings import open_settings

    first = make_window()
    first.studio.boundary_dock.close()
    first.close()
    settings = open_settings()
    settings.setValue("window/screen", "2560x1440")     # as if saved on a bigger monitor
    settings.sync()
    second = make_window()
    assert second.studio.boundary_dock.isVisible()     # the layout made for this screen instead


def test_pressing_run_alone_is_no_unsaved_change_but_training_is(qtbot, window, patched_dialogs):
    window.studio.worker.started.emit()       # what pressing Run reports before its first step
    window.studio.worker.paused.emit()
    assert not window.isWindowModified()
    step(qtbot, window)
    qtbot.waitUntil(window.isWindowModified, timeout=5000)


def test_a_project_opened_while_training_runs_has_no_unsaved_changes(qtbot, window, tmp_path):
    step(qtbot, window, 3)
    path = tmp_path / "three.nnsproj"
    assert window.projects.save_to(path)
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: window.studio.dispatcher.latest.step > 100, timeout=10000)
    for switch in (lambda: window.open_project(path), window.projects.new_project):
        running = window.studio.dispatcher.latest
        assert switch()
        window.studio.worker.snapshot.emit(running)   # sent by the worker before the switch, arriving after it
        qtbot.waitUntil(lambda: window.studio.status.step_label.text() == f"Step {window.session.step_count}",
                        timeout=5000)
        assert not window.isWindowModified()
        window.studio.run_action.trigger()
        qtbot.waitUntil(lambda: window.studio.dispatcher.latest.step > 100, timeout=10000)
    assert window.isWindowModified()                   # training on is a change


def test_the_language_switches_at_once_and_keeps_the_work(qtbot, window):
    # (the shipped translation: resources/translations/nnstudio_ko.qm)
    window.studio.editor.add_neuron(1)
    step(qtbot, window, 3)
    spec, weights = window.session.spec, window.session.weights()
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        assert window.studio.run_action.iconText() == "실행"
        assert window.studio.loss_dock.windowTitle() == "손실" and window.studio.editor.layer_label.text() == \
            "<b>은닉층 1</b>"
        assert window.session.spec == spec and window.session.step_count == 3
        for a, b in zip(weights, window.session.weights()):
            np.testing.assert_array_equal(a, b)
        assert window.undo_stack.canUndo()                       # the edits' history survived too
        window.studio.step_action.trigger()                      # and the new room trains
        qtbot.waitUntil(lambda: window.session.step_count == 4, timeout=5000)
        ko = [a for a in window.language_menu.actions() if a.data() == "ko"][0]
        assert ko.isChecked() and ko.text() == "한국어"
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)


def _mnemonic(text: str) -> str | None:
    """The letter a menu entry's "&" underlines ("&Run", "실행(&R)"), or None."""
    import re
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_the_training_and_view_menus_have_a_mnemonic_for_each_entry_in_both_languages(qtbot, window):
    """Alt+T, R ran training as Alt+F, O opens a project: the Training menu's entries and the View menu's dock
    toggles had no underlined letter. Each has one now, none twice in a menu; the toolbar's buttons show none (Qt
    left "실행(R)" there)."""
    def check(language, toolbar_texts, pause, prediction):
        menus = {a.text(): a.menu() for a in window.menuBar().actions()}
        letters = [_mnemonic(text) for text in menus]     # Alt+T: the Korean 학습(&T) and 도구(&T) took turns
        assert None not in letters and len(set(letters)) == len(letters), (language, list(menus))
        training = menus["&Training" if language == "en" else "학습(&T)"]
        view = menus["&View" if language == "en" else "보기(&V)"]
        for menu in (training, view):
            entries = [a.text() for a in menu.actions() if a.text()]
            letters = [_mnemonic(text) for text in entries]
            assert None not in letters and len(set(letters)) == len(letters), (language, entries)
        assert len([a for a in view.actions() if a.text()]) == 10   # 3 rooms, 5 docks, layout, language
        bar = window.studio.toolbar
        assert [bar.widgetForAction(a).text() for a in window.studio.training_actions] == toolbar_texts
        window.studio.run_action.trigger()
        qtbot.waitUntil(lambda: window.studio.worker.is_running, timeout=5000)
        letters = [_mnemonic(a.text()) for a in training.actions()]
        assert len(set(letters)) == len(letters) and bar.widgetForAction(window.studio.run_action).text() == \
            pause
        window.studio.run_action.trigger()
        choose_dataset(window, "sine")                  # the boundary's dock says Prediction: its entry too
        entries = [a.text() for a in view.actions() if a.text()]
        letters = [_mnemonic(text) for text in entries]
        assert None not in letters and len(set(letters)) == len(letters), (language, entries)
        assert window.studio.boundary_dock.toggleViewAction().text() == prediction
        choose_dataset(window, "xor")

    check("en", ["Run", "Step", "Reset weights"], "Pause", "&Prediction")
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        check("ko", ["실행", "한 스텝", "가중치 초기화"], "일시 정지", "예측(&P)")
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)


def test_every_rooms_menus_have_a_mnemonic_for_each_entry_in_both_languages(qtbot, window):
    """The race room's Race menu (Race, Step, Stop, Restart, its modes, presets) and its View entries, the lessons
    room's View entries, and File → Examples had entries without an underlined letter; the lessons room's View menu
    listed "Lessons" twice (the room and its list). In every room, every menu's entries have one now, none twice in
    a menu, and no two entries read alike; the race toolbar's buttons show none."""
    def check_menu(menu, path):
        entries = [a for a in menu.actions() if a.text()]
        texts = [a.text() for a in entries]
        assert len(set(texts)) == len(texts), (path, texts)
        if menu is not window.language_menu and menu is not window.recent_menu:   # (names in their own words)
            letters = [_mnemonic(text) for text in texts]
            assert None not in letters and len(set(letters)) == len(letters), (path, texts)
        for action in entries:
            if action.menu() is not None:
                check_menu(action.menu(), path + [action.text()])

    def check(language, race_toolbar, pause, race_menu, lesson_docks, room_entries):
        for room in window.room_list:
            window.show_room(room.key)
            view = [a.menu() for a in window.menuBar().actions() if a.menu() is not None][-3]
            assert [a.text() for a in view.actions()[:3]] == room_entries      # (switched by Ctrl+1, 2, 3 too)
            assert [window.room_bar.widgetForAction(a).text() for a in view.actions()[:3]] == \
                [r.title() for r in window.room_list]                         # the room bar's buttons: no letter
            if room.key == "lessons":
                assert [a.text() for a in room.view_actions()] == lesson_docks
            letters = [_mnemonic(a.text()) for a in window.menuBar().actions()]
            assert None not in letters and len(set(letters)) == len(letters), (language, room.key, letters)
            for action in window.menuBar().actions():
                check_menu(action.menu(), [language, room.key, action.text()])
        window.show_room("race")
        race = window.current_room
        assert [race.toolbar.widgetForAction(a).text() for a in race.race_actions] == race_toolbar
        race.race_action.trigger()
        qtbot.waitUntil(lambda: race.worker.is_running, timeout=5000)
        assert race.toolbar.widgetForAction(race.race_action).text() == pause
        assert [a.text() for a in race.race_menu.actions()][:4] == race_menu
        letters = [_mnemonic(a.text()) for a in race.race_menu.actions() if a.text()]
        assert None not in letters and len(set(letters)) == len(letters), letters
        race.race_action.trigger()
        qtbot.waitUntil(lambda: not race.worker.is_running, timeout=5000)
        window.show_room("studio")

    check("en", ["Race", "Step", "Stop", "Restart"], "Pause", ["&Pause", "&Step", "St&op", "Res&tart"],
          ["Le&sson list", "&Glossary"], ["St&udio", "Optimizer r&ace", "L&essons"])
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        check("ko", ["경주", "한 스텝", "중지", "다시 시작"], "일시 정지",
              ["일시 정지(&P)", "한 스텝(&S)", "중지(&O)", "다시 시작(&T)"], ["강의 목록(&S)", "용어집(&G)"],
              ["스튜디오(&U)", "옵티마이저 경주(&A)", "강의(&E)"])
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)


def test_the_language_switch_keeps_the_drawing_pad_as_the_learner_left_it(qtbot, window):
    from tests.app.test_pad import draw, line
    window.pad_action.trigger()
    pad = window.pad
    qtbot.waitExposed(pad)
    pad.set_source("shipped:fashion")
    pad.width_slider.setValue(30)
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    draw(qtbot, pad.canvas, line(80, 140, 200, 140))
    pad.label_combo.setCurrentIndex(3)
    pad.tabs.setCurrentIndex(1)
    drawing, answer = pad.canvas.to_array(), pad.bars.probabilities()
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.pad is not pad and window.pad.isVisible(), timeout=5000)
        pad = window.pad
        assert pad.windowTitle() == "그리기 패드"
        assert pad.source_combo.currentText() == "기본 제공 Fashion-MNIST 모델"
        assert pad.classes_combo.currentData() == "fashion" and pad.width_label.text() == "30 px"
        np.testing.assert_array_equal(pad.canvas.to_array(), drawing)
        np.testing.assert_allclose(pad.bars.probabilities(), answer)          # the same answer
        assert pad.label_combo.currentIndex() == 3 and pad.tabs.currentIndex() == 1
        qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)            # the strokes are still undoable
        assert pad.canvas.stroke_count() == 1
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)


def test_closing_during_a_long_step_hides_the_window_at_once_and_ends_after_the_step(qtbot, make_window):
    import time as _time

    w = make_window()
    session = w.session
    real = session.train_chunk
    started = []

    def slow_chunk(max_steps, seconds):        # one step of a huge network on a huge batch
        started.append(True)
        _time.sleep(2.0)
        return real(1, seconds)
    session.train_chunk = slow_chunk
    w.studio.step_action.trigger()
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    t0 = _time.perf_counter()
    assert not w.close()                          # not closed yet: the step runs on ...
    assert _time.perf_counter() - t0 < 1.0 and not w.isVisible()   # ... but the window is gone at once
    qtbot.waitUntil(lambda: not w.studio.thread_running, timeout=10000)
    qtbot.waitUntil(lambda: session.step_count == 1, timeout=5000)   # the step finished, nothing was lost


def test_the_histograms_layer_chooser_shows_whole_layer_names(qtbot, make_window):
    """The chooser is shown empty (its layers come with the first snapshot), and then grows to their names."""
    from PySide6.QtGui import QFontMetrics

    w = make_window()
    w.resize(1840, 1010)
    w.studio.histogram_dock.raise_()
    box = w.studio.histogram_plot.layer_box
    qtbot.waitUntil(lambda: box.count() == 2, timeout=5000)
    qtbot.waitUntil(lambda: box.width() > QFontMetrics(box.font()).horizontalAdvance(box.currentText()) + 20,
                    timeout=2000)


def test_the_language_switch_keeps_the_race(qtbot, window):
    window.show_room("race")
    race = window.room("race")
    race.contestants_panel.add_button.click()
    added = race.session.contestants[-1]
    race.contestants_panel.rows[added.key].lr_spin.setValue(0.07)
    race.step_action.trigger()
    qtbot.waitUntil(lambda: race.session.step == 1, timeout=10000)
    names = [c.name for c in race.session.contestants]
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        race = window.room("race")
        assert window.current_room is race and race.step_action.iconText() == "한 스텝"
        assert names == ["SGD", "Momentum", "Adam", "Adam (2)"]
        assert [c.name for c in race.session.contestants] == ["SGD", "모멘텀", "Adam", "Adam (2)"]   # the app's names
        assert race.session.step == 1
        assert race.contestants_panel.rows[added.key].lr_spin.value() == 0.07    # what the learner set, shown
        race.step_action.trigger()                                                # and the race goes on
        qtbot.waitUntil(lambda: race.session.step == 2, timeout=10000)
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)
    assert [c.name for c in window.room("race").session.contestants] == names


def test_a_count_of_one_reads_in_the_singular(qtbot, window):
    """Sine has one feature: "1 feature" in the editor, its layer strip and the data panel, not "1 features"."""
    choose_dataset(window, "sine")
    editor, panel = window.studio.editor, window.studio.panel
    assert panel.info_label.text().endswith(", 1 feature")
    editor.select_column(0)
    assert editor.strip.layer_label.text() == "<b>Input layer</b>: 1 feature"
    editor.remove_layer(0)
    assert "(1 feature)" in editor.message()
    choose_dataset(window, "moons")
    assert panel.info_label.text().endswith(", 2 features")


def test_help_lists_the_keyboard_shortcuts_of_the_room_shown(window, qtbot):
    """Help → Keyboard shortcuts: the window's keys and the room's, read from the actions in force, one row for
    the plots' shared Reset view; the list follows the learner to another room."""
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    entry = next(a for a in help_menu.actions() if a.text() == "&Keyboard shortcuts…")
    assert entry.shortcut().toString() == "Ctrl+/"
    entry.trigger()
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=2000)
    table = dialog.table

    def rows():
        return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert "Studio" in dialog.heading.text()
    assert "a one-letter key (S, R) is typed into a field, list or combo box" in dialog.heading.text()   # (not S)
    studio = rows()
    assert ("Ctrl+N", "New project", "everywhere") in studio
    assert ("Space", "Run", "in this room") in studio
    assert ("-", "Remove neuron", "after a click in: Network editor") in studio
    resets = [row for row in studio if row[1] == "Reset view"]
    assert len(resets) == 1 and resets[0][2].startswith("after a click in: Loss, ")
    window.show_room("race")
    qtbot.waitUntil(lambda: "Optimizer race" in dialog.heading.text(), timeout=2000)
    race = rows()
    assert ("Space", "Race", "in this room") in race and ("Esc", "Stop", "in this room") in race
    assert ("Ctrl+N", "New project", "everywhere") in race
    assert not any(row[1] == "Run" for row in race)
    window.show_room("lessons")                             # a lesson's own keys, of the lesson shown only
    lessons = window.room("lessons")
    for lesson_id in ("descent", "backprop"):               # (a lesson's view shows once its question is answered)
        page = lessons.show_lesson(lesson_id)
        if page.asking:
            page.choice_buttons[0].click()
    lessons.show_lesson("descent")
    window.show_shortcuts()
    descent = rows()
    assert ("S", "Step the ball", "in this room") in descent and ("Space", "Run or pause the ball", "in this room") \
        in descent
    assert not any(row[1] == "Next step through the graph" for row in descent)     # (the backprop lesson's S)
    lessons.show_lesson("backprop")
    window.show_shortcuts()
    assert ("S", "Next step through the graph", "in this room") in rows()
    assert not any(row[1] == "Step the ball" for row in rows())


def test_the_shortcuts_list_names_the_drawing_pads_keys_whether_it_is_open_or_not(window, qtbot):
    """The pad is a window of its own: its keys are listed after the window's and the room's, as working in it."""
    dialog = window.show_shortcuts()
    table = dialog.table

    def rows():
        return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]
    assert "the drawing pad" in dialog.heading.text()
    pad_rows = [row for row in rows() if row[2].startswith("in the drawing pad")]
    assert [row[:3] for row in pad_rows[:4]] == [
        ("Del, Backspace, Esc", "Clear",
         "in the drawing pad, except Del, Backspace in: Saved drawings (there: Delete drawing)"),
        ("Ctrl+Z", "Undo stroke", "in the drawing pad"),
        ("Ctrl+S", "Save drawing with this label", "in the drawing pad"),
        ("Ctrl+F4, Ctrl+W", "Close the pad", "in the drawing pad")]
    assert pad_rows[0][3] == "Wipe the canvas (Delete, Backspace or Esc)"
    assert pad_rows[4][:3] == ("Del, Backspace", "Delete drawing", "in the drawing pad, after a click in: Saved drawings")
    assert rows().index(pad_rows[0]) > max(i for i, row in enumerate(rows()) if row[1] == "Run")   # (a group)
    assert not window.pad.isVisible()                      # (listed, not opened)
    grouped = rows()
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))    # sorted by Command
    commands = [row[1] for row in rows()]
    assert commands == sorted(commands, key=str.lower) or commands == sorted(commands, key=str.lower, reverse=True)
    assert sorted(rows()) == sorted(grouped) and table.toolTip().startswith("Click a column's title to sort by it.")
    window.open_pad()
    window.show_shortcuts()
    assert [row for row in rows() if row[2].startswith("in the drawing pad")] == pad_rows


def test_the_pads_two_meanings_of_delete_each_say_where_they_work(window):
    """Del and Backspace clear the canvas and delete the drawing selected in Saved drawings: the Clear row said
    only "in the drawing pad", as if Del cleared in the list too. Each row now says where it works."""
    table = window.show_shortcuts().table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    deleting = [row for row in rows if "Del" in row[0].split(", ") and row[2].startswith("in the drawing pad")]
    assert {row[1] for row in deleting} == {"Clear", "Delete drawing"}
    clear = next(row for row in deleting if row[1] == "Clear")
    assert "except Del, Backspace in: Saved drawings" in clear[2] and "Esc" not in clear[2].split("except")[1]
    assert all("Saved drawings" in row[2] for row in deleting)


def test_the_shortcuts_list_open_during_a_language_switch_comes_back_in_the_new_language(qtbot, window):
    window.show_shortcuts()
    try:
        assert window.choose_language("ko")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None
                        and window.findChild(ShortcutsDialog).isVisible(), timeout=5000)
        dialog = window.findChild(ShortcutsDialog)
        table = dialog.table
        rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
        assert dialog.windowTitle() == "단축키"
        assert ("Ctrl+N", "새 프로젝트", "어디서나") in rows          # (the menu's "새 프로젝트(&N)" without "(&N)")
        assert ("Space", "실행", "이 방에서") in rows
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)


def test_about_says_the_versions_the_kernels_and_where_the_files_are(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from nnstudio import __version__
    from nnstudio.engine import _fused
    monkeypatch.setenv("NNSTUDIO_MEMORY_LIMIT", "300M")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&About NN Studio").trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "About NN Studio")
    qtbot.waitUntil(box.isVisible, timeout=2000)
    lines = box.text().split("\n\n")
    assert lines[0] == f"NN Studio {__version__}: design a neural network, press Run and watch it learn."
    assert lines[1].startswith("Python ") and ", NumPy " in lines[1] and "(PySide6 " in lines[1]
    numba = _fused.numba_version()
    assert lines[2] == (f"Compiled training kernels: numba {numba}." if numba else
                        "Compiled training kernels: not in use, training runs on NumPy alone (pip install "
                        "'nnstudio[fast]' adds them).")
    assert lines[3].startswith("MNIST: ")
    assert lines[4] == f"Your files (settings, autosave, your digits): {user_data_dir()}"
    assert lines[5] == "Memory limit for training: 300.0 MiB (the NNSTUDIO_MEMORY_LIMIT variable sets it)."
    box.close()


def test_the_decision_map_fills_its_dock_with_equal_scales_after_the_dock_changes_shape(qtbot, window):
    plot = window.studio.boundary_plot

    def filled_with_equal_scales() -> bool:
        shown = plot.view.sceneBoundingRect()
        (x0, x1), (y0, y1) = plot.view.viewRange()
        return (plot.image.isVisible() and plot.image.sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(shown)
                and abs(shown.width() / (x1 - x0) / (shown.height() / (y1 - y0)) - 1) < 0.01)

    qtbot.waitUntil(filled_with_equal_scales, timeout=5000)
    dock, shape = window.studio.boundary_dock, plot.view.width() / plot.view.height()
    window.studio.resizeDocks([dock], [dock.width() + 200], Qt.Orientation.Horizontal)   # wider, same height
    qtbot.waitUntil(lambda: plot.view.width() / plot.view.height() > 1.2 * shape)
    qtbot.waitUntil(filled_with_equal_scales, timeout=5000)       # the map redrawn for the new shape


def test_run_and_pause_are_relabelled_in_the_gui_thread(qtbot, window):
    """The worker's started and paused signals relabelled Run/Pause through lambdas, which PySide calls in the
    training thread: a widget touched from there can hang or crash the app."""
    import threading
    threads = []
    run = window.studio.run_action
    run.changed.connect(lambda: threads.append(threading.current_thread() is threading.main_thread()),
                        Qt.ConnectionType.DirectConnection)
    window.session.set_config(max_epochs=3, speed=0)        # it stops by itself: only the worker says so
    run.trigger()
    qtbot.waitUntil(lambda: window.session.history.epoch >= 3 and run.iconText() == "Run", timeout=10000)
    assert threads and all(threads)


def test_pause_pressed_before_the_worker_says_it_started_leaves_the_button_saying_run(qtbot, window):
    """The worker's "started" can reach a busy GUI only after the learner pressed Pause: the button then said
    Pause for training that had paused (until "paused" came). The GUI thread here waits without handling events,
    as a loaded machine's did, and the worker waits right after it said "started"."""
    import threading
    said, go = threading.Event(), threading.Event()
    worker = window.studio.worker
    worker.started.connect(lambda: (said.set(), go.wait(10)), Qt.ConnectionType.DirectConnection)
    run = window.studio.run_action
    click(qtbot, window, run)
    try:
        assert said.wait(10)
        click(qtbot, window, run)                       # Pause, before "started" arrived
        assert run.iconText() == "Run"
        qtbot.wait(100)                                 # "started" arrives; "paused" cannot yet (the worker waits)
        assert run.iconText() == "Run"
    finally:
        go.set()
    qtbot.waitUntil(lambda: not worker.is_running, timeout=5000)
    qtbot.wait(100)
    assert run.iconText() == "Run"


def test_the_stopped_message_goes_once_training_goes_on_or_starts_again(qtbot, window):
    """"Stopped after 3 epochs, the limit set…" stayed in the status bar while training ran again."""
    panel, status = window.studio.panel, window.statusBar()
    panel.epochs_spin.setValue(3)
    full_speed(window)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: "Stopped after 3 epochs" in status.currentMessage(), timeout=10000)
    window.studio.reset_action.trigger()                # new initial weights: nothing has stopped
    assert "Stopped" not in status.currentMessage()
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: "Stopped after 3 epochs" in status.currentMessage(), timeout=10000)
    panel.epochs_spin.setValue(0)                       # no limit: training goes on
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: "Stopped" not in status.currentMessage(), timeout=5000)     # (it would stay: no limit)
    window.studio.run_action.trigger()                  # (pause)


def test_the_gradient_view_is_whole_in_its_tab_on_a_1280x720_screen_and_in_a_narrow_column(qtbot, make_window):
    w = make_window()
    w.resize(1228, 676)                     # the first window on a 1280×720 screen
    w.studio.default_layout(1228, 676)
    w.studio.gradient_dock.raise_()
    for _ in range(4):                      # six layers: the legend goes below the plots
        w.studio.editor.add_layer()
    step(qtbot, w)
    plot = w.studio.gradient_plot
    qtbot.waitUntil(lambda: len(plot.layer_names()) == 6)
    dock = w.studio.gradient_dock
    # the column as laid out for the screen, and as narrow as the learner can drag it
    for width in (None, 200):
        if width is not None:
            w.studio.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        shown = dock.rect()
        for widget in (plot.export_button, plot.reset_view_button, plot.graphics):
            rect = widget.rect().translated(widget.mapTo(dock, QPoint(0, 0)))
            assert shown.contains(rect), (width, widget, rect, shown)      # nothing cut off at the right edge


def test_the_optimizer_fields_line_up_with_the_other_training_settings(qtbot, window):
    panel = window.studio.panel

    def left(widget):
        return widget.mapTo(panel, QPoint(0, 0)).x()
    for i in range(panel.optimizer_combo.count()):
        panel.optimizer_combo.setCurrentIndex(i)
        panel.optimizer_combo.activated.emit(i)
        QApplication.processEvents()
        fields = panel.optimizer_form.fields()
        assert fields, panel.optimizer_combo.currentText()
        column = {left(panel.lr_spin), left(panel.batch_spin), left(panel.seed_spin)}
        column |= {left(field) for field in fields.values()}
        assert len(column) == 1, (panel.optimizer_combo.currentText(), column)   # one column of fields


def test_run_on_diverged_weights_takes_no_step_and_says_what_to_do(qtbot, window, patched_dialogs):
    run_sgd_until_the_sine_diverges(qtbot, window, patched_dialogs)
    qtbot.waitUntil(lambda: window.studio.run_action.iconText() == "Run", timeout=5000)
    steps = window.studio.status.step_label.text()
    for action in (window.studio.run_action, window.studio.step_action, window.studio.run_action):
        action.trigger()
        qtbot.wait(300)
        assert window.studio.run_action.iconText() == "Run"
        assert window.studio.status.step_label.text() == steps                # no step on NaN weights ...
        assert len(patched_dialogs["errors"]) == 1                             # ... and no dialog again
        assert "Reset weights" in window.statusBar().currentMessage()
    window.studio.panel.lr_spin.setValue(0.01)                                 # lowered: the advice follows
    message = window.statusBar().currentMessage()
    assert "(now 60)" not in message and "0.01" in message and "Reset weights" in message
    window.studio.reset_action.trigger()
    window.studio.step_action.trigger()
    qtbot.waitUntil(lambda: window.studio.status.step_label.text() == "Step 1", timeout=10000)
    assert len(patched_dialogs["errors"]) == 1


def test_the_studio_window_fits_a_1024x600_screen(qtbot, window):
    window.resize(1024, 600)
    window.studio.default_layout(1024, 600)
    QApplication.processEvents()
    # (the lessons room, a page not shown, made the window at least 1211 px wide)
    assert window.width() <= 1024 and window.height() <= 600, window.size()


def _reachable_in_panel(w):
    """Every visible control of the side panel can be scrolled wholly into view."""
    scroll = w.studio.panel_dock.widget()
    panel = w.studio.panel
    for _ in range(3):           # (the panel's new size, then the scroll bars it needs)
        QApplication.processEvents()
    # (a scroll bar that just appeared narrows the viewport; the panel follows it a moment later on a loaded machine)
    deadline = time.monotonic() + 2.0
    while panel.width() > scroll.viewport().width() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for control in panel.findChildren(QWidget):
        if not isinstance(control, (QComboBox, QAbstractSpinBox, QAbstractButton)) or not control.isVisibleTo(panel):
            continue
        centre = control.mapTo(panel, control.rect().center())    # (ensureWidgetVisible shows a spin box's cursor)
        scroll.ensureVisible(centre.x(), centre.y(), control.width() // 2 + 1, control.height() // 2 + 1)
        QApplication.processEvents()
        rect = control.rect().translated(control.mapTo(scroll.viewport(), QPoint(0, 0)))
        assert scroll.viewport().rect().contains(rect), (type(control).__name__, control.toolTip(), rect)


def test_the_side_panel_gives_way_on_a_1024_px_screen_and_shows_every_text_on_a_larger_one(qtbot, window):
    combo = window.studio.panel.loss_combo
    whole = combo.fontMetrics().horizontalAdvance(combo.currentText())
    window.resize(1382, 846)                    # the first window on a 1440×900 screen
    window.studio.default_layout(1382, 846)
    QApplication.processEvents()
    assert combo.width() > whole + 20           # "binary cross-entropy — the lecture's", whole
    window.resize(1228, 676)                    # the first window on a 1280×720 screen: the editor's room first
    window.studio.default_layout(1228, 676)
    QApplication.processEvents()
    assert combo.shown_text().startswith("binary cross-entropy — ") and combo.shown_text().endswith("…")
    window.resize(1024, 600)
    window.studio.default_layout(1024, 600)
    QApplication.processEvents()
    assert window.studio.panel_dock.width() <= 3 * 1024 // 8       # the loss's long name does not widen it
    assert window.studio.editor.width() >= window.studio.editor.minimumSizeHint().width()
    optimizers = window.studio.panel.optimizer_combo
    for name in ("sgd", "adagrad"):             # (Adagrad's initial_accumulator_value: the longest label)
        optimizers.setCurrentIndex(optimizers.findData(name))
        optimizers.activated.emit(optimizers.currentIndex())
        _reachable_in_panel(window)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_studio_fits_a_1024x600_screen_with_an_11_pt_font(qtbot, patched_dialogs, desktop_font, window_in,
                                                              language):
    """As on many Linux desktops: the side panel's natural width (480 px) and the gradient view's (395 px) made
    the window 1181 px wide; now the panel's fields go below their labels where it is narrow. In Korean the
    gradient view's least height (17 lines of the taller Korean font) made it 615 px high."""
    desktop_font(11)
    w = window_in(language, 1024, 600)
    w.studio.default_layout(1024, 600)
    qtbot.waitUntil(lambda: len(w.studio.gradient_plot.curves) == 2, timeout=5000)   # (drawn ~0.1 s later)
    for _ in range(3):
        QApplication.processEvents()
    assert w.width() <= 1024 and w.whole_room_size().width() <= 1024, (w.size(), w.whole_room_size())
    assert w.height() <= 600 and w.whole_room_size().height() <= 600, (w.size(), w.whole_room_size())
    # the right column's dock tabs read whole (Qt elided them: "Decision boun…", "L…", "Gradi…"), scrolled
    # with arrows where they do not fit, each with its dock's title as tooltip
    from PySide6.QtWidgets import QTabBar
    loss = w.studio.loss_dock.windowTitle()
    bar = next(b for b in w.studio.findChildren(QTabBar)
               if b.isVisible() and loss in [b.tabText(i) for i in range(b.count())])
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), (bar.tabText(i), bar.tabRect(i))
        assert bar.tabToolTip(i) == bar.tabText(i)
    assert w.studio.editor.width() >= w.studio.editor.minimumSizeHint().width()
    optimizers = w.studio.panel.optimizer_combo
    for name in ("sgd", "adagrad"):
        optimizers.setCurrentIndex(optimizers.findData(name))
        optimizers.activated.emit(optimizers.currentIndex())
        _reachable_in_panel(w)
        scroll = w.studio.panel_dock.widget()
        assert not scroll.horizontalScrollBar().isVisible()          # nothing sideways to scroll


def test_the_gradient_view_at_its_smallest_stays_so_after_korean(qtbot, window):
    studio = window.studio
    window.resize(1536, 940)                    # the first window on a 1600×1000 screen: the gradients below the
    for dock in (studio.gradient_dock, studio.histogram_dock):      # editor (the offscreen screen put them right)
        studio.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    studio.tabifyDockWidget(studio.gradient_dock, studio.histogram_dock)
    studio.resizeDocks([studio.gradient_dock], [200], Qt.Orientation.Vertical)    # as small as it goes
    qtbot.waitUntil(lambda: window.studio.gradient_dock.height() > 0)
    QApplication.processEvents()
    english = window.studio.editor.height()
    try:
        assert window.choose_language("ko")      # Korean text: a taller gradient view at its smallest
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "파일(&F)", timeout=5000)
        qtbot.waitUntil(lambda: window.studio.editor.height() < english, timeout=5000)
    finally:
        assert window.choose_language("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=5000)
    qtbot.waitUntil(lambda: window.studio.editor.height() > 0)
    QApplication.processEvents()
    # back in English the views below are as small as English needs, the editor as tall as before (it was 61 px lower)
    assert window.studio.editor.height() >= english - 8, (window.studio.editor.height(), english)
    # the layout saved on closing now holds it so for the next start too
    assert window.studio.layout_state()["gradients_smallest"]


def test_a_room_with_nothing_to_edit_offers_no_edit_menu(window):
    """The race and the lessons have no undo of their own: no empty, greyed Edit menu there; the studio's
    comes back with its Undo and Redo."""
    def menus():
        return [a.text() for a in window.menuBar().actions() if a.isVisible()]

    assert menus()[:2] == ["&File", "&Edit"]
    for key in ("race", "lessons"):
        window.show_room(key)
        assert "&Edit" not in menus(), key
        assert all(a.menu() is None or a.menu().actions() for a in window.menuBar().actions()), key
    window.show_room("studio")
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert edit.isEnabled() and [a.text() for a in edit.actions()][:2] == ["&Undo", "&Redo"]


@pytest.mark.parametrize("points", [None, 11])     # the platform's font here, and a desktop's larger one
def test_every_row_of_the_network_editor_is_reachable_on_a_1024x600_screen(qtbot, patched_dialogs, desktop_font,
                                                                             window_in, points):
    """The editor's rows wrap on a narrow screen; with an 11-pt font the layer strip's last row (Dropout) lay
    below the window's edge and L1, L2 and the undo arrows were cut: now the editor's rows scroll."""
    if points is not None:
        desktop_font(points)
    w = window_in("en", 1024, 600)
    editor = w.studio.editor
    editor.select_column(1)
    for _ in range(3):
        QApplication.processEvents()
    assert w.height() <= 600
    controls = [c for c in editor.findChildren(QWidget) if isinstance(c, (QComboBox, QAbstractSpinBox,
                                                                              QAbstractButton))
                and c.isVisibleTo(editor) and c.window() is w]
    assert editor.dropout_spin in controls
    for control in controls:
        parent = control.parentWidget()
        while parent is not None and parent is not w:      # (the scroll area a learner would scroll)
            if isinstance(parent, QScrollArea):   # (ensureWidgetVisible shows only a spin box's cursor)
                centre = control.mapTo(parent.widget(), control.rect().center())
                parent.ensureVisible(centre.x(), centre.y(), control.width() // 2 + 1, control.height() // 2 + 1)
            parent = parent.parentWidget()
        QApplication.processEvents()
        seen = control.visibleRegion().boundingRect()
        assert seen == control.rect(), (type(control).__name__, control.toolTip(), seen, control.size())
        corner = control.mapTo(w, control.rect().bottomRight())
        assert corner.y() < w.statusBar().mapTo(w, QPoint(0, 0)).y()


def test_the_optimizer_settings_read_and_type_as_the_learning_rate_does(qtbot, window):
    """β₁ read "0.9000", weight decay "0.0000" and ε "0.00000001" beside a learning rate reading "3"."""
    panel = window.studio.panel
    combo = panel.optimizer_combo
    combo.setCurrentIndex(combo.findData("adam"))
    combo.activated.emit(combo.currentIndex())
    fields = panel.optimizer_form.fields()
    assert [fields[name].text() for name in ("beta1", "beta2", "eps", "weight_decay")] == ["0.9", "0.999", "1e-08",
                                                                                            "0"]
    decay = fields["weight_decay"]
    decay.lineEdit().selectAll()
    qtbot.keyClicks(decay.lineEdit(), "5e-4")                  # as a lecture writes it
    qtbot.keyClick(decay.lineEdit(), Qt.Key.Key_Return)
    assert dict(window.session.config.options) == {"weight_decay": 5e-4}
    assert panel.optimizer_form.fields()["weight_decay"].text() == "0.0005"
    eps = panel.optimizer_form.fields()["eps"]
    eps.lineEdit().selectAll()
    qtbot.keyClicks(eps.lineEdit(), "0.00000002")
    qtbot.keyClick(eps.lineEdit(), Qt.Key.Key_Return)
    assert dict(window.session.config.options)["eps"] == pytest.approx(2e-8)
    assert panel.optimizer_form.fields()["eps"].text() == "2e-08"
    combo.setCurrentIndex(combo.findData("sgd"))
    combo.activated.emit(combo.currentIndex())
    momentum = panel.optimizer_form.fields()["momentum"]
    qtbot.keyClick(momentum, Qt.Key.Key_Up)                    # from 0: the field's least step, not 1e-10
    assert momentum.text() == "0.0001"
    momentum.setValue(0.9)
    qtbot.keyClick(panel.optimizer_form.fields()["momentum"], Qt.Key.Key_Up)
    assert panel.optimizer_form.fields()["momentum"].text() == "0.91"


def test_an_optimizer_setting_from_a_project_shows_as_it_is_and_stays_so(qtbot, window, tmp_path):
    """A project's momentum of 0.99995 showed as 0.9999 (the field's limit for typing) and a weight decay of 0.00001
    as 0.0000; Adam's β₂ of 0.99999 showed as 0.9999 and was written back so when β₁ was edited."""
    path = tmp_path / "momentum.nnsproj"
    window.session.set_config(optimizer="sgd", options={"momentum": 0.99995, "weight_decay": 1e-5})
    assert window.projects.save_to(path)
    window.projects.new_project()
    assert window.open_project(path)
    fields = window.studio.panel.optimizer_form.fields()
    assert fields["momentum"].text() == "0.99995" and fields["weight_decay"].text() == "1e-05"
    fields["dampening"].setValue(0.5)                                   # the learner edits another field
    assert dict(window.session.config.options) == {"momentum": 0.99995, "weight_decay": 1e-5, "dampening": 0.5}
    fields["momentum"].setValue(0.9)                                    # the usual limits once it is edited
    assert fields["momentum"].text() == "0.9" and fields["momentum"].maximum() == 0.9999

    window.projects.new_project()
    window.session.set_config(optimizer="adam", options={"betas": (0.9, 0.99999)})
    assert window.projects.save_to(path)
    window.projects.new_project()
    assert window.open_project(path)
    fields = window.studio.panel.optimizer_form.fields()
    assert fields["beta2"].text() == "0.99999"
    fields["beta1"].setValue(0.8)
    assert dict(window.session.config.options)["betas"] == (0.8, 0.99999)


def _tab_bars_on_screen(w):
    """The dock tab bars a user sees in the studio: (their tabs, their rectangle in the window)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabBar

    studio = w.studio
    return [([bar.tabText(i) for i in range(bar.count())], QRect(bar.mapTo(w, QPoint(0, 0)), bar.size()))
            for bar in studio.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if bar.isVisible() and not bar.visibleRegion().isEmpty()]


def _dock_groups(w):
    studio = w.studio
    groups = {tuple(sorted([d.windowTitle()] + [t.windowTitle() for t in studio.tabifiedDockWidgets(d)]))
              for d in studio.docks() if d.isVisible() and studio.tabifiedDockWidgets(d)}
    return sorted(list(group) for group in groups)


def _assert_one_tab_bar_per_group(w):
    bars = _tab_bars_on_screen(w)
    groups = _dock_groups(w)
    assert sorted(sorted(tabs) for tabs, _ in bars) == groups, bars
    toolbar = w.studio.toolbar
    from PySide6.QtCore import QRect
    tools = QRect(toolbar.mapTo(w, QPoint(0, 0)), toolbar.size())
    assert not any(rect.intersects(tools) for _, rect in bars), (bars, tools)


def test_a_small_screens_layout_leaves_no_old_tab_bar_on_the_toolbar(qtbot, window):
    """The first window on a small screen (here 768×564) puts every plot in one tab group: Qt left the tab bars of
    the groups before it on screen, "Gradients | Histograms" with scroll arrows over the toolbar's Step button."""
    QApplication.processEvents()
    assert _dock_groups(window) == [["Decision boundary", "Gradients", "Histograms", "Loss"]]
    _assert_one_tab_bar_per_group(window)
    step_button = window.studio.toolbar.widgetForAction(window.studio.step_action)
    centre = step_button.mapTo(window, step_button.rect().center())
    assert window.childAt(centre) is step_button


def test_view_default_layout_puts_the_docks_back_for_the_windows_size(qtbot, window):
    studio = window.studio
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    action = next(a for a in view.actions() if a.text() == "&Default layout")
    window.resize(1440, 900)
    studio.loss_dock.setFloating(True)                   # the learner moved the plots around and closed one
    studio.histogram_dock.close()
    studio.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, studio.boundary_dock)
    QApplication.processEvents()
    action.trigger()
    QApplication.processEvents()
    assert not studio.loss_dock.isFloating() and studio.histogram_dock.isVisible()
    assert studio.dockWidgetArea(studio.loss_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert studio.dockWidgetArea(studio.boundary_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert _dock_groups(window) == [["Gradients", "Histograms"]]                  # (below the editor: 900 px high)
    assert studio.dockWidgetArea(studio.gradient_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    qtbot.waitUntil(lambda: _assert_one_tab_bar_per_group(window), timeout=2000)
    # sized for the window too: the panel with its texts whole, the plots' column its share (Qt ignored the sizes of
    # docks it had just placed anew, and left every dock at its least width)
    qtbot.waitUntil(lambda: studio.panel_dock.width() >= studio.panel.natural_width()
                    and studio.loss_dock.width() >= int(0.32 * 1440) - 10, timeout=2000)
    window.resize(1024, 600)
    QApplication.processEvents()
    action.trigger()
    QApplication.processEvents()
    assert _dock_groups(window) == [["Decision boundary", "Gradients", "Histograms", "Loss"]]
    # (the old "Gradients | Histograms" bar stayed below the editor)
    qtbot.waitUntil(lambda: _assert_one_tab_bar_per_group(window), timeout=2000)
    assert window.height() <= 600


@pytest.mark.parametrize("points", [None, 11])
def test_a_window_dragged_lower_than_its_layout_needs_shows_the_room_scrolled(qtbot, window, desktop_font, points):
    """Dragged lower, the window laid out for 1440×900 refused to get smaller than that layout needs (617 px, 712
    px with an 11-pt font), higher than a small screen's layout needs. Now it gets as low as that (and lower): the
    room scrolls, the status bar stays at the window's foot, and the window grown again shows the room whole."""
    if points:
        desktop_font(points)

    def settled():
        for _ in range(3):
            QApplication.processEvents()
    w = window
    qtbot.waitUntil(lambda: len(w.studio.gradient_plot.curves) == 2, timeout=5000)   # (its least size with them)
    w.resize(1024, 600)
    w.studio.default_layout(1024, 600)
    settled()
    compact = w.whole_room_size()                     # the small screens' layout at its least
    w.resize(1440, 900)
    w.studio.default_layout(1440, 900)
    settled()
    assert w.studio.dockWidgetArea(w.studio.gradient_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert w.whole_room_size().height() > compact.height()           # (the big layout needs more)
    w.resize(1440, compact.height())
    settled()
    assert w.height() == compact.height()
    bar = w.studio_scroll.verticalScrollBar()
    assert bar.isVisible() and QWidget.rect(w).contains(w.statusBar().geometry())
    bar.setValue(bar.maximum())                                        # scrolled down: the gradient view's foot
    settled()
    foot = w.studio.gradient_dock.mapTo(w, w.studio.gradient_dock.rect().bottomLeft())
    assert foot.y() < w.statusBar().geometry().top()
    w.studio.default_layout_action.trigger()                          # View → Default layout: one for this height
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    w.resize(1440, 900)
    settled()
    assert not bar.isVisible() and w.studio.height() == w.studio_scroll.viewport().height()


def test_a_window_laid_out_for_a_bigger_screen_fits_the_screen_it_is_moved_to(qtbot, make_window):
    """Moved from a 1440×900 monitor to a smaller screen (here the test's screen), or the screen's resolution
    lowered: the layout made for 1440×900 kept the window taller than the screen (617 px or more for a 600-px
    one), its bottom rows and the status bar off the screen. Now it gets the size and layout of a first start
    there: every control inside the window, the window inside the screen."""
    w = make_window()
    w.resize(1440, 900)
    w.studio.default_layout(1440, 900)
    QApplication.processEvents()
    assert w.studio.dockWidgetArea(w.studio.gradient_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    avail = w.screen().availableGeometry()
    assert w.frameGeometry().height() > avail.height()          # (the window from the bigger screen)
    w.windowHandle().screenChanged.emit(w.screen())            # what Qt says when the window changes screens
    for _ in range(3):
        QApplication.processEvents()
    assert w.frameGeometry().height() <= avail.height(), (w.frameGeometry(), avail)
    assert _dock_groups(w) == [["Decision boundary", "Gradients", "Histograms", "Loss"]]     # (a small screen's)
    # as high as the small screen's layout needs: no control below the window's edge (the test's screen, 800 px
    # wide, is narrower than the studio at its narrowest: the room scrolls sideways there)
    assert not w.studio_scroll.verticalScrollBar().isVisible()
    for control in w.findChildren(QWidget):
        if isinstance(control, (QAbstractButton, QComboBox, QAbstractSpinBox)) and control.isVisible() \
                and control.window() is w and not control.visibleRegion().isEmpty():
            corner = control.mapTo(w, control.rect().bottomRight())
            assert corner.y() < w.height(), (type(control).__name__, control.toolTip(), corner, w.size())
    assert QWidget.rect(w).contains(w.statusBar().geometry())


def test_choosing_another_optimizer_never_leaves_the_side_panels_rows_squeezed(qtbot, window):
    """Choosing Adam (a setting more than SGD) measured the panel with every field below its label and left its
    rows squeezed into the panel's height until the next layout pass: a frame painted in between (on a loaded
    machine) showed the Data chooser and Import CSV 11 px high. They have their height as soon as the choice is
    made, before any event is processed."""
    from PySide6.QtWidgets import QLabel

    window.resize(1024, 600)
    QApplication.processEvents()
    panel = window.studio.panel
    combo = panel.optimizer_combo
    for name in ("adam", "sgd", "rmsprop", "adagrad", "adamw"):          # 5, 4, 5, 4 and 5 settings
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())
        squeezed = [(type(w).__name__, w.text() if hasattr(w, "text") else "", w.height())
                    for w in panel.findChildren(QWidget)
                    if isinstance(w, (QComboBox, QAbstractButton, QAbstractSpinBox, QLabel)) and w.isVisibleTo(panel)
                    and w.height() < w.minimumSizeHint().height()]
        assert not squeezed, (name, squeezed)


def _tab_walk(qtbot, start, steps=80):
    """The widgets Tab reaches from ``start``, in order, until it comes back or leaves the window."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    reached = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget in reached:
            break
        reached.append(widget)
    return reached


def test_tab_goes_through_the_panel_the_editor_and_the_plots_as_they_read(qtbot, window):
    """The optimizer's own settings (made anew for each optimizer) came after Early stopping, at the panel's end;
    the editor's drawing and layer strip came before its top row (whose widgets joined the editor last); each
    plot's Reset view and Export (made first) came before the plot's own controls on their left."""
    studio = window.studio
    window.resize(1440, 900)
    studio.default_layout(1440, 900)
    panel = studio.panel
    for name in ("adam", "sgd"):
        combo = panel.optimizer_combo
        combo.setCurrentIndex(combo.findData(name))
        combo.activated.emit(combo.currentIndex())
        QApplication.processEvents()
        reached = _tab_walk(qtbot, panel.dataset_combo)
        fields = [f for f in panel.optimizer_form.fields().values() if f.isEnabled()]
        order = [reached.index(w) for w in [panel.optimizer_combo, panel.lr_spin, *fields, panel.loss_combo,
                                             panel.batch_spin, panel.early_spin]]
        assert order == sorted(order), (name, [type(w).__name__ + ":" + w.toolTip()[:20] for w in reached])
    reached = _tab_walk(qtbot, panel.dataset_combo)
    editor = studio.editor
    editor_order = [editor.problem_combo, editor.toolbuttons["add_layer"], editor.toolbuttons["fit"], editor.view,
                    editor.units_spin, editor.activation_combo, editor.l2_spin]
    order = [reached.index(w) for w in [panel.early_spin, *editor_order]]
    assert order == sorted(order), [type(w).__name__ for w in reached]
    for plot, own in ((studio.loss_plot, studio.loss_plot.log_check),
                      (studio.boundary_plot, studio.boundary_plot.class_box)):
        order = [reached.index(w) for w in (own, plot.reset_view_button, plot.export_button)]
        assert order == sorted(order) and order[-1] - order[0] == 2, (type(plot).__name__, order)


def test_a_tool_button_with_the_keyboard_focus_shows_it(qtbot, window):
    """Fusion (most Linux installs) draws a focused tool button as an unfocused one: Tab onto the editor's Add layer
    or a plot's Export showed nothing. Now a focus frame shows where the focus is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    studio = window.studio
    for button in (studio.editor.toolbuttons["add_layer"], studio.boundary_plot.export_button):
        button.clearFocus()
        QApplication.processEvents()
        plain = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        assert button.grab().toImage() != plain, button.text()


def test_a_number_typed_in_the_panel_applies_on_enter_not_at_each_digit(qtbot, window):
    """Typing 100 into "Stop after epochs" while training ran applied 1 at the first digit: training stopped at once
    ("Stopped after 1 epoch"). The panel's numbers now apply on Enter (or on leaving the field), as the editor's do."""
    choose_dataset(window, "moons")                 # (about 7 steps an epoch: 100 epochs take seconds at 100 steps/s)
    window.studio.run_action.trigger()
    qtbot.waitUntil(lambda: window.session.history.epoch >= 2, timeout=10000)
    panel = window.studio.panel
    for spin, typed, name in ((panel.epochs_spin, "100", "max_epochs"), (panel.early_spin, "50", "early_stopping"),
                              (panel.batch_spin, "16", "batch_size")):
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        QApplication.processEvents()
        assert getattr(window.session.config, name) != int(typed[0]), name
        if name == "max_epochs":
            assert window.studio.worker.is_running           # (a limit of 1 epoch stopped it)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
        assert getattr(window.session.config, name) == int(typed), name
    window.studio.worker.pause()


def test_tab_skips_the_plots_behind_another_plots_tab(qtbot, window):
    """On a small screen the plots share one column as tabs: Tab went through the controls of the plots behind
    the decision boundary's tab (the histograms' layer chooser, Reset view, Export), the focus out of sight."""
    studio = window.studio
    QApplication.processEvents()
    assert _dock_groups(window) == [["Decision boundary", "Gradients", "Histograms", "Loss"]]
    reached = _tab_walk(qtbot, studio.panel.dataset_combo)
    assert studio.boundary_plot.export_button in reached
    plots = [studio.loss_dock, studio.boundary_dock, studio.gradient_dock, studio.histogram_dock]
    unseen = [w for w in reached if any(d.isAncestorOf(w) for d in plots) and w.visibleRegion().isEmpty()]
    assert not unseen, [(type(w).__name__, w.toolTip()[:30]) for w in unseen]
    # the plot whose tab is chosen takes the focus again
    studio.histogram_dock.raise_()
    qtbot.waitUntil(lambda: not studio.histogram_plot.visibleRegion().isEmpty())
    assert studio.histogram_plot.layer_box.isEnabled() and studio.histogram_plot.export_button in _tab_walk(
        qtbot, studio.panel.dataset_combo)


def test_each_training_setting_changed_in_the_panel_is_one_undo_step(qtbot, window):
    """The optimizer, the learning rate, an optimizer's setting, batch size and seed changed in the side panel went
    past Ctrl+Z (Edit → Undo undid the last network edit behind them); now each is one step, named in the menu."""
    studio, panel = window.studio, window.studio.panel
    start = window.session.config

    def typed(spin, text):
        spin.setFocus()
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)

    typed(panel.lr_spin, "0.05")                       # one step, not one per digit
    assert window.session.config.lr == pytest.approx(0.05)
    assert studio.undo_stack.count() == 1 and studio.undo_action.text() == "&Undo Change learning rate"
    typed(panel.optimizer_form.fields()["momentum"], "0.9")
    assert studio.undo_action.text() == "&Undo Change momentum"
    panel.optimizer_combo.setCurrentIndex(panel.optimizer_combo.findData("adam"))
    panel.optimizer_combo.activated.emit(panel.optimizer_combo.currentIndex())
    typed(panel.batch_spin, "16")
    typed(panel.seed_spin, "7")
    assert studio.undo_stack.count() == 5 and studio.undo_action.text() == "&Undo Change seed"
    studio.editor.setFocus()
    for name in ("seed", "batch size", "optimizer"):
        assert studio.undo_action.text() == f"&Undo Change {name}"
        qtbot.keyClick(studio.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # back at SGD with momentum 0.9, as the panel shows
    assert window.session.config.optimizer == "sgd" and dict(window.session.config.options) == {"momentum": 0.9}
    assert panel.optimizer_combo.currentData() == "sgd" and panel.optimizer_form.fields()["momentum"].text() == "0.9"
    studio.undo_action.trigger()
    studio.undo_action.trigger()
    assert window.session.config == start and panel.lr_spin.text() == "3"
    assert not studio.undo_action.isEnabled()
    for _ in range(4):                                  # Ctrl+Y redoes as Ctrl+Shift+Z does
        qtbot.keyClick(studio.editor, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(studio.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    config = window.session.config
    assert (config.optimizer, config.lr, config.batch_size, config.seed) == ("adam", pytest.approx(0.05), 16, 7)
    assert dict(config.options) == {}                  # Adam's own defaults: SGD's momentum was left behind
    # Adam's two betas go to the session together: the one typed is named
    typed(panel.optimizer_form.fields()["beta2"], "0.99")
    assert studio.undo_action.text() == "&Undo Change β₂"          # as its label reads (it said beta2)
    typed(panel.optimizer_form.fields()["weight_decay"], "0.01")
    assert studio.undo_action.text() == "&Undo Change weight decay"
    studio.undo_action.trigger()
    assert dict(window.session.config.options)["betas"] == (0.9, 0.99)
    # Restore suggested settings is one step too, and its undo gives the learner's settings back
    mine = window.session.config
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert window.session.config.optimizer == "sgd" and studio.undo_action.text() == "&Undo Restore suggested settings"
    studio.undo_action.trigger()
    assert window.session.config == mine and panel.optimizer_combo.currentData() == "adam"


def test_ctrl_z_in_a_number_field_just_applied_undoes_the_edit(qtbot, window):
    """A learner types 0.05 into the learning rate, presses Enter, then Ctrl+Z with the field still focused: the
    field's own line edit took the key and nothing happened. Now the studio's Undo runs; while a number is being
    typed (not applied yet) Ctrl+Z stays the field's own."""
    studio, panel = window.studio, window.studio.panel
    spin = panel.lr_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.05")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.session.config.lr == pytest.approx(0.05)
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.config.lr == 3.0 and spin.text() == "3"
    qtbot.keyClick(spin, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.session.config.lr == pytest.approx(0.05) and spin.text() == "0.05"
    # the editor's L2 field the same way
    studio.editor.select_column(1)
    l2 = studio.editor.l2_spin
    l2.setFocus()
    l2.lineEdit().selectAll()
    qtbot.keyClicks(l2.lineEdit(), "0.01")
    qtbot.keyClick(l2.lineEdit(), Qt.Key.Key_Return)
    assert window.session.spec.hidden[0].l2 == pytest.approx(0.01)
    qtbot.keyClick(l2, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.spec.hidden[0].l2 == 0.0 and l2.text() == "0"
    # typing, not applied yet: the field undoes its own keystroke; the studio's edits stay
    count = studio.undo_stack.index()
    qtbot.keyClicks(spin.lineEdit(), "7")
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert studio.undo_stack.index() == count and window.session.config.lr == pytest.approx(0.05)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_toolbars_buttons_stay_in_place_when_run_turns_into_pause(qtbot, window_in, patched_dialogs, language):
    """Run became the wider Pause (실행, 일시 정지) and pushed Step, Reset weights and Speed to the right, from under
    the mouse of a learner about to press Step."""
    w = window_in(language, 1366, 768)
    qtbot.waitExposed(w)
    bar, studio = w.studio.toolbar, w.studio
    run = bar.widgetForAction(studio.run_action)
    places = [bar.widgetForAction(a).geometry() for a in (studio.step_action, studio.reset_action)]
    paused_text = run.text()
    studio.run_action.trigger()
    qtbot.waitUntil(lambda: run.text() != paused_text, timeout=5000)
    qtbot.waitUntil(lambda: bar.layout().geometry().isValid(), timeout=1000)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert [bar.widgetForAction(a).geometry() for a in (studio.step_action, studio.reset_action)] == places
    assert run.width() >= run.sizeHint().width()          # the whole word, not cut to fit
    studio.run_action.trigger()


@pytest.mark.parametrize("size", [(1311, 721), (1229, 691)])   # the window the app opens on 1366×768 and 1280×720
def test_a_laptops_default_layout_shows_a_network_with_two_hidden_layers_whole(qtbot, window_in, patched_dialogs,
                                                                                size):
    """On a 1366×768 laptop the side panel took its natural width, and the editor scrolled XOR's network sideways
    once a second hidden layer was added (the output layer cut off at the right edge). The panel now gives the
    editor room, down to its fields beside their labels; a chooser too narrow for its text shows it cut with "…"."""
    w = window_in("en", *size)
    qtbot.waitExposed(w)
    studio = w.studio
    studio.default_layout_action.trigger()                       # (View → Default layout: laid out for this size)
    studio.editor.add_layer_action.trigger()
    view = studio.editor.view
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0 and view.verticalScrollBar().maximum() == 0,
                    timeout=2000)
    panel = studio.panel
    label = panel._training_form.labelForField(panel.loss_combo)
    assert abs(label.geometry().center().y() - panel.loss_combo.geometry().center().y()) <= 2   # beside, not below
    shown = panel.loss_combo.shown_text()
    assert shown == panel.loss_combo.currentText() or (shown.endswith("…") and len(shown) > 10)


def test_a_1024x600_screens_default_layout_shows_the_plain_xor_network_whole(qtbot, window_in, patched_dialogs):
    """On a 1024×600 screen the editor scrolled even XOR's 2-2-1 network sideways (its output layer cut off at the
    smallest scale it fits a drawing to) beside the panel with its fields beside their labels. The panel now puts
    them below their labels there, and every control of it can still be scrolled to."""
    w = window_in("en", 1024, 600)
    qtbot.waitExposed(w)
    studio = w.studio
    studio.default_layout_action.trigger()
    view = studio.editor.view
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0 and view.verticalScrollBar().maximum() == 0,
                    timeout=2000)
    assert w.width() <= 1024 and studio.editor.spec() == NetworkSpec.xor_default()
    _reachable_in_panel(w)


def test_ctrl_z_undoes_a_change_of_data_with_the_network_and_the_edits_before_it(qtbot, window):
    """Ctrl+Z undid the editor's and the training settings' edits but not a change of data (dataset, noise…),
    and a change of data forgot every edit before it. Now the data come back with the network as it was, and the
    edits before stay undoable."""
    studio, panel = window.studio, window.studio.panel
    studio.editor.add_layer_action.trigger()                     # 2-2-4-1
    grown = studio.editor.spec()
    weights = [w.copy() for w in window.session.weights()]
    choose_dataset(window, "circle")
    assert panel.dataset_key() == "circle" and studio.undo_action.isEnabled()
    assert studio.undo_action.text() == "&Undo Switch to Circle"
    panel.noise_spin.setValue(0.3)
    panel.noise_spin.editingFinished.emit()
    assert window.session.choice.noise == pytest.approx(0.3)
    studio.undo_action.trigger()                                 # the noise
    assert panel.dataset_key() == "circle" and panel.noise_spin.value() == pytest.approx(0.1)
    studio.undo_action.trigger()                                 # the data
    assert panel.dataset_key() == "xor" and window.session.dataset.n_train == 4
    assert studio.editor.spec() == grown
    assert all(np.array_equal(a, b) for a, b in zip(window.session.weights(), weights))
    studio.undo_action.trigger()                                 # the layer added before
    assert studio.editor.spec() == NetworkSpec.xor_default()
    studio.redo_action.trigger()
    studio.redo_action.trigger()                                 # the circle again, as it was
    assert panel.dataset_key() == "circle" and panel.noise_spin.value() == pytest.approx(0.1)
    assert window.session.dataset.n_train == 140


def test_undo_goes_back_a_hundred_steps_and_the_oldest_are_let_go(qtbot, window):
    """The undo history had no limit, and a change of data keeps the whole session to go back to (a few MB for an
    MNIST network): it grew with every switch. Edit → Undo goes back the last 100 steps."""
    from nnstudio.app.main_window import UNDO_LIMIT

    panel = window.studio.panel
    rates = [round(0.01 * (i + 1), 2) for i in range(UNDO_LIMIT + 10)]
    for rate in rates:
        panel.lr_spin.setValue(rate)
    undo = window.studio.undo_action
    undone = 0
    while undo.isEnabled():
        undo.trigger()
        undone += 1
    assert undone == UNDO_LIMIT == 100
    assert window.session.config.lr == pytest.approx(rates[9])       # the ten oldest steps were let go
