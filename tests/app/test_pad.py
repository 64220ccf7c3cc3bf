"""The drawing pad, driven like a user: real mouse events on the canvas, keys, buttons."""
import numpy as np
import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nnstudio.app.pad import DigitPadWindow
from nnstudio.app.pad.window import read_model_card, shipped_model_path
from nnstudio.data.digits import load_my_digits, my_digits_dir
from nnstudio.engine import Dense, Sequential


@pytest.fixture
def pad(qtbot):
    window = DigitPadWindow()
    qtbot.addWidget(window)
    window.resize(1000, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def smallest_pad(qtbot):
    """``smallest_pad(language="en")``: the pad at its smallest size (a 1280×720 screen opens it so), in that
    language, answering with the shipped Fashion-MNIST model (the longest class names); English after the test."""
    from nnstudio.app import language as app_language

    def make(language: str = "en"):
        assert app_language.set_language(language)
        window = DigitPadWindow()
        qtbot.addWidget(window)
        window.set_source("shipped:fashion")
        window.show()
        window.resize(window.minimumSizeHint())
        qtbot.waitExposed(window)
        return window

    yield make
    app_language.set_language("en")


def back_from_another_window(qtbot, pad) -> None:
    """Another window (a file manager) takes the focus, then the learner comes back to the pad."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not pad.isActiveWindow(), timeout=2000)
    pad.activateWindow()


def _canvas_pos(canvas, x, y) -> QPoint:
    """Widget position of canvas pixel (x, y) (the 280x280 image is drawn scaled into the widget)."""
    r = canvas._target_rect()
    s = r.width() / canvas.pixels()
    return QPoint(int(r.x() + x * s), int(r.y() + y * s))


def _move(canvas, pos: QPoint) -> None:
    # QTest.mouseMove does not carry a held button on every platform; send the event a real drag produces.
    event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos), QPointF(canvas.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(canvas, event)


def draw(qtbot, canvas, points, release=True):
    """Press at the first point, drag through the others, release at the last (canvas pixel coordinates)."""
    pts = [_canvas_pos(canvas, x, y) for x, y in points]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pts[0])
    for p in pts[1:]:
        _move(canvas, p)
    if release:
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pts[-1])


def line(x0, y0, x1, y1, n=12):
    return [(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t) for t in np.linspace(0, 1, n)]


def circle(cx, cy, rx, ry, n=40):
    return [(cx + rx * np.sin(t), cy - ry * np.cos(t)) for t in np.linspace(0, 2 * np.pi, n)]


def test_the_pad_opens_with_its_contents_whole_where_the_screen_has_room(qtbot):
    """Qt opens a window at most 2/3 of the screen high: on a 1366×768 laptop the pad came up at its least height
    with a scroll bar (for 1 px). It opens as high as its contents ask for, or as the screen allows."""
    window = DigitPadWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    room = window.scroll.room()
    assert room >= window.minimumSizeHint().height() + 100      # (the test screen has room)
    assert window.height() == min(window.sizeHint().height(), room)
    assert not window.scroll.verticalScrollBar().isVisible()


def test_shipped_model_is_ready_on_first_launch_without_any_dataset(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path))         # no MNIST anywhere
    assert shipped_model_path().exists()
    window = DigitPadWindow()                                  # opened with no data on disk
    qtbot.addWidget(window)
    assert window.model() is not None and window.model_problem() == ""
    assert window.result_label.text() == "Draw a digit"        # blank canvas: no prediction, no error
    assert window.bars.probabilities() is None


def test_a_missing_shipped_model_says_what_the_learner_can_do_first(qtbot, monkeypatch):
    """It said "could not be loaded (gone.npz: file not found (…).). Train it with python -m nnstudio.tools…":
    a developer's command, and the reason's full stop inside the parentheses."""
    from nnstudio.app.pad import window as pad_window
    monkeypatch.setattr(pad_window, "SHIPPED", {"mnist": "gone.npz", "fashion": "gone_too.npz"})
    window = DigitPadWindow()
    qtbot.addWidget(window)
    window.show()
    draw(qtbot, window.canvas, line(140, 40, 140, 240))
    assert window.model() is None and window.result_label.text() == "No usable model"
    first, second = window.model_status.text().split("\n")
    assert first.startswith("The shipped model could not be loaded: gone.npz: file not found (")
    assert second.startswith("Choose the studio's current model or a model file above, or reinstall NN Studio")
    assert ".)." not in window.model_status.text() and window.model_status.isVisible()


def test_drawing_with_the_mouse_updates_the_prediction(qtbot, pad):
    # A vertical stroke: a "1".
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    probs = pad.bars.probabilities()
    assert probs is not None and probs.shape == (10,)
    assert probs.sum() == pytest.approx(1.0, abs=1e-5)
    assert pad.bars.top() == 1
    assert pad.result_label.text().startswith("1 ") and "%" in pad.result_label.text()
    assert pad.canvas.to_array().max() == 255                   # white ink on black
    # What the network receives is shown, 28x28, centred.
    seen = pad.stage_views["centred"].image()
    assert seen.shape == (28, 28) and seen.max() > 200
    np.testing.assert_allclose(pad.current_input(), seen / 255.0, atol=1 / 255)

    # Clear and draw a "0".
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, circle(140, 140, 60, 90))
    assert pad.bars.top() == 0
    assert pad.bars.probabilities().sum() == pytest.approx(1.0, abs=1e-5)


def test_prediction_updates_while_drawing(qtbot, pad):
    """Before the pen is lifted the throttled live prediction already shows bars."""
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(140, 40, 140, 240), release=False)
    assert pad.bars.probabilities() is not None
    assert pad.canvas._current is not None                       # still drawing
    qtbot.mouseRelease(pad.canvas, Qt.MouseButton.LeftButton, pos=_canvas_pos(pad.canvas, 140, 240))


def test_live_prediction_is_throttled(qtbot, pad):
    """Fifty pen moves in a burst give one live prediction, not fifty (at most one per 50 ms)."""
    shown = []
    pad.predictionUpdated.connect(shown.append)
    draw(qtbot, pad.canvas, line(140, 20, 140, 260, n=50), release=False)
    assert shown == []                                           # nothing computed inside the burst
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    qtbot.wait(120)                                              # no backlog of queued predictions follows
    assert len(shown) == 1
    qtbot.mouseRelease(pad.canvas, Qt.MouseButton.LeftButton, pos=_canvas_pos(pad.canvas, 140, 260))
    assert len(shown) == 2 and shown[-1] is not None             # the stroke's end predicts at once


def test_escape_clears(qtbot, pad):
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    assert pad.bars.probabilities() is not None
    pad.canvas.setFocus()
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is None, timeout=2000):
        qtbot.keyClick(pad.canvas, Qt.Key.Key_Escape)
    assert pad.canvas.stroke_count() == 0
    assert pad.canvas.to_array().max() == 0
    assert pad.bars.probabilities() is None
    assert pad.result_label.text() == "Draw a digit"
    assert pad.stage_views["centred"].image() is None


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_and_backspace_clear_the_drawing_and_the_tooltips_say_so(qtbot, pad, key):
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)          # (the focus anywhere in the pad)
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    pad.undo_button.setFocus()
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is None, timeout=2000):
        qtbot.keyClick(pad.undo_button, key)
    assert not pad.canvas.has_ink() and pad.result_label.text() == "Draw a digit"
    assert pad.clear_button.toolTip() == "Wipe the canvas (Delete, Backspace or Esc)"
    assert "Delete or Esc clears" in pad.canvas.toolTip()


def test_ctrl_z_brings_back_a_drawing_wiped_by_clear(qtbot, pad):
    """Delete and Backspace clear at a touch: a slip must not lose the drawing."""
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    draw(qtbot, pad.canvas, line(80, 140, 200, 140))
    drawn, answer = pad.canvas.to_array(), pad.result_label.text()
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Backspace)
    assert not pad.canvas.has_ink() and pad.undo_button.isEnabled() and "Clear wiped" in pad.undo_button.toolTip()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(pad.canvas.to_array(), drawn)
    assert pad.result_label.text() == answer and pad.canvas.stroke_count() == 2
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)          # then stroke by stroke, as before
    assert pad.canvas.stroke_count() == 1
    pad.load_digit(np.eye(28), 3)                        # a test image replaces the drawing: undo brings it back
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert pad.canvas.stroke_count() == 1 and pad.canvas.to_array()[0, 0] == 0
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert not pad.canvas.has_ink() and not pad.undo_button.isEnabled()


def test_undo_and_clear_can_be_pressed_only_when_there_is_something_to_undo_or_clear(qtbot, pad):
    assert not pad.undo_button.isEnabled() and not pad.clear_button.isEnabled()      # a blank canvas
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    assert pad.undo_button.isEnabled() and pad.clear_button.isEnabled()
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert not pad.undo_button.isEnabled() and not pad.clear_button.isEnabled()
    pad.load_digit(np.eye(28), 3)                    # a test image from the mistakes: no stroke to undo
    assert not pad.undo_button.isEnabled() and pad.clear_button.isEnabled()
    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert not pad.clear_button.isEnabled()


def test_ctrl_z_undoes_the_last_stroke(qtbot, pad):
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    after_first = pad.canvas.to_array()
    probs_first = pad.bars.probabilities()
    draw(qtbot, pad.canvas, line(80, 140, 200, 140))             # a cross-bar: now a "+"-like shape
    assert pad.canvas.stroke_count() == 2
    assert not np.array_equal(pad.canvas.to_array(), after_first)
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.canvas.stroke_count() == 1
    np.testing.assert_array_equal(pad.canvas.to_array(), after_first)
    np.testing.assert_allclose(pad.bars.probabilities(), probs_first, atol=1e-6)
    # The button does the same; with no stroke left the canvas is blank again.
    qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert pad.canvas.stroke_count() == 0 and pad.result_label.text() == "Draw a digit"


def test_pen_width_slider_changes_the_stroke(qtbot, pad):
    pad.width_slider.setValue(8)
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    thin = int((pad.canvas.to_array() > 127).sum())
    pad.canvas.clear()
    pad.width_slider.setValue(40)
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    thick = int((pad.canvas.to_array() > 127).sum())
    assert thick > 3 * thin
    assert pad.width_label.text() == "40 px"


def _tiny_model(n_in, n_out):
    model = Sequential([Dense(n_out, input_dim=n_in, activation="softmax" if n_out > 1 else "sigmoid")], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy" if n_out > 1 else "binary_crossentropy")
    # One step, so the saved file carries optimizer state like any trained model's.
    model.train_on_batch(np.zeros((2, n_in), np.float32), np.zeros(2, np.int64) if n_out > 1
                         else np.zeros((2, 1), np.float32))
    return model


class StudioSnapshots(QObject):
    """Stands in for the studio's snapshot signal."""

    snapshot = Signal(object)


def test_an_unsuitable_studio_model_is_refused_with_the_reason(qtbot, pad):
    current = {"model": _tiny_model(2, 3)}
    studio = StudioSnapshots()
    pad.set_studio_model_provider(lambda: current["model"], studio.snapshot)
    pad.set_source("studio")
    assert pad.model() is None
    text = pad.model_status.text()
    assert "refused" in text and "an input size of 2 and an output size of 3" in text and "784" in text
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    assert pad.bars.probabilities() is None
    assert pad.result_label.text() == "No usable model"
    # The studio builds an MNIST-shaped network: the pad takes it at the next prediction.
    current["model"] = _tiny_model(784, 10)
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(100, 40, 100, 240))
    assert pad.model() is current["model"]
    assert pad.bars.probabilities().sum() == pytest.approx(1.0, abs=1e-5)
    # While the studio trains, its snapshots make the pad re-ask its model: changed weights show up without a
    # new stroke
    before = pad.bars.probabilities()
    current["model"].dense_layers[0].b[:] = 5 * np.arange(10, dtype=np.float32)

    def studio_trains_on():
        studio.snapshot.emit(None)     # a snapshot every ~10 ms, as while training; the pad takes ≤ 2 a second
        return not np.allclose(pad.bars.probabilities(), before)
    qtbot.waitUntil(studio_trains_on, timeout=2000)
    assert pad.bars.top() == 9


def test_the_studio_switching_to_another_network_is_said_with_nothing_drawn(qtbot, pad, monkeypatch):
    test_set = type("TestSet", (), {"x_test": np.zeros((5, 784), np.float32), "y_test": np.arange(5)})
    monkeypatch.setattr("nnstudio.data.load_mnist", lambda kind: test_set)
    current = {"model": _tiny_model(784, 10)}
    studio = StudioSnapshots()
    pad.set_studio_model_provider(lambda: current["model"], studio.snapshot)
    pad.set_source("studio")
    assert pad.model() is current["model"] and pad.gallery.refresh_button.isEnabled()
    # The studio is set up for XOR (lesson 1) while the pad's canvas is blank: its next snapshot tells the pad
    current["model"] = _tiny_model(2, 1)
    studio.snapshot.emit(None)
    assert "refused" in pad.model_status.text()
    assert "an input size of 2 and an output size of 1" in pad.model_status.text()
    assert not pad.gallery.refresh_button.isEnabled()
    # Back to an MNIST network; then, with no snapshot in between (the pad was hidden), the studio changes again:
    # the mistakes gallery says why it cannot look for mistakes
    current["model"] = _tiny_model(784, 10)

    def studio_snapshots():
        studio.snapshot.emit(None)     # the pad looks at most twice a second
        return pad.model() is current["model"]
    qtbot.waitUntil(studio_snapshots, timeout=2000)
    assert pad.gallery.refresh_button.isEnabled()
    current["model"] = _tiny_model(2, 1)
    qtbot.mouseClick(pad.gallery.refresh_button, Qt.MouseButton.LeftButton)
    assert "an input size of 2 and an output size of 1" in pad.gallery.status.text() and pad.gallery.list.count() == 0


def test_the_studios_model_answers_with_the_classes_the_studio_trains_on(qtbot, pad):
    model = _tiny_model(784, 10)
    studio = StudioSnapshots()
    data = {"key": "mnist"}
    pad.set_studio_model_provider(lambda: model, studio.snapshot, lambda: data["key"])
    pad.set_source("shipped:fashion")              # a look at the clothing model first
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    pad.set_source("studio")                       # then the studio's network, trained on digits
    assert pad.classes_combo.currentText() == "Digits 0–9 (MNIST)" and not pad.classes_combo.isEnabled()
    assert pad.result_label.text().split()[0] in "0123456789"
    assert pad.stage_captions["centred"].text() == "28×28, centre of mass in the middle"
    data["key"] = "fashion"                        # the studio now trains the same network on clothes

    def studio_snapshots():
        studio.snapshot.emit(None)                 # the pad looks at most twice a second
        return pad.classes_combo.currentData() == "fashion"
    qtbot.waitUntil(studio_snapshots, timeout=2000)
    assert pad.bars.class_names()[1] == "Trouser" and pad.model() is model
    data["key"] = "spirals"                        # (a network the pad cannot use: the learner's choice stays)
    pad.update_prediction()
    assert pad.classes_combo.isEnabled()
    pad.set_class_kind("mnist")
    pad.update_prediction()
    assert pad.classes_combo.currentData() == "mnist"


def test_the_pad_shown_again_answers_with_the_studios_network_of_now(qtbot, pad):
    current = {"model": _tiny_model(784, 10)}
    pad.set_studio_model_provider(lambda: current["model"])
    pad.set_source("studio")
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    assert pad.bars.probabilities() is not None
    pad.close()
    current["model"] = _tiny_model(2, 1)          # meanwhile the studio went back to XOR, and does not train
    pad.show()
    assert "an input size of 2 and an output size of 1" in pad.model_status.text()
    assert pad.result_label.text() == "No usable model" and pad.bars.probabilities() is None


def test_a_diverged_studio_model_is_reported_not_shown_as_nan_percent(qtbot, pad):
    model = _tiny_model(784, 10)
    model.dense_layers[0].b[:] = np.nan      # what a diverged run leaves behind
    pad.set_studio_model_provider(lambda: model)
    pad.set_source("studio")
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    assert pad.bars.probabilities() is None
    assert "NaN" in pad.result_label.text() and "Reset" in pad.result_label.text()


def test_studio_without_a_model_says_so(pad):
    pad.set_source("studio")
    assert "not connected" in pad.model_status.text()
    pad.set_studio_model_provider(lambda: None)
    assert "no model yet" in pad.model_status.text()


def test_a_drawing_that_cannot_be_saved_says_where_why_and_that_it_is_still_there(qtbot, pad, monkeypatch):
    """A full disk: "Cannot save the drawing" said only "the disk is full", not where it was saving nor that the
    drawing was not lost."""
    import errno
    from nnstudio.data import digits
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(digits, "save_my_digit", full)
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    qtbot.keyClick(pad, "1")                                    # it is a 1
    qtbot.mouseClick(pad.save_button, Qt.MouseButton.LeftButton)
    assert shown == [("Cannot save the drawing", f"The drawing could not be saved in {pad.my_digits_folder()}: the "
                      "disk is full.\n\nIt is still on the canvas: make room on the disk, or make the folder "
                      "writable, and save it again.")]
    assert pad.canvas.has_ink() and pad.save_button.isEnabled()


def test_model_files_errors_are_shown_in_a_dialog(qtbot, pad, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"this is not a model")
    assert not pad.load_model_file(bad)
    assert shown and shown[-1][1].count("broken.npz") == 1      # named once, not "broken.npz …: broken.npz: …"
    assert "not an NN Studio model file" in shown[-1][1]       # (it said "not an nnstudio-model file")
    wrong = tmp_path / "xor.npz"
    _tiny_model(2, 1).save(wrong)
    assert not pad.load_model_file(wrong)
    assert "an input size of 2 and an output size of 1" in shown[-1][1]
    assert pad.source() == "shipped:mnist"                      # nothing changed
    good = tmp_path / "mine.npz"
    _tiny_model(784, 10).save(good)
    assert pad.load_model_file(good)
    assert pad.source() == "file" and "mine.npz" in pad.model_status.text()
    assert len(shown) == 2


def test_picking_model_file_asks_for_one(qtbot, pad, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    good = tmp_path / "picked.npz"
    _tiny_model(784, 10).save(good)
    asked = []

    def fake_dialog(parent, caption, start, filters):
        asked.append(caption)
        return str(good), filters
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    index = pad.source_combo.findData("file")
    pad.source_combo.setCurrentIndex(index)
    pad.source_combo.activated.emit(index)             # what a user's pick in the list sends
    assert asked == ["Open a model"]
    assert pad.model() is not None and "picked.npz" in pad.model_status.text()


def test_save_a_labelled_drawing_and_see_the_accuracy(qtbot, pad):
    assert not pad.save_button.isEnabled()                      # nothing drawn yet
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    pad.label_combo.setCurrentIndex(1)
    seen = pad.current_input().reshape(-1)                     # what the network is given
    qtbot.mouseClick(pad.save_button, Qt.MouseButton.LeftButton)
    files = list((my_digits_dir() / "1").glob("*.png"))
    assert len(files) == 1
    x, y = load_my_digits()
    assert y.tolist() == [1]
    np.testing.assert_allclose(x[0], seen, atol=0.5 / 255 + 1e-6)
    summary = pad.my_digits_summary()
    assert "Saved drawings: 1 " in summary and "gets 1 of 1 right: 100.0\u00a0%" in summary


def test_ctrl_s_saves_the_drawing_with_its_label(qtbot, pad):
    """Building a test set is draw, its number, Ctrl+S, draw again: no trip to the button for each drawing."""
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)        # nothing drawn: nothing saved
    assert not my_digits_dir().exists() or not list(my_digits_dir().rglob("*.png"))
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    pad.label_combo.setCurrentIndex(1)
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(list((my_digits_dir() / "1").glob("*.png"))) == 1
    assert "Saved drawings: 1 " in pad.my_digits_summary()
    assert pad.save_button.toolTip().endswith("(Ctrl+S)")
    assert not pad.canvas.has_ink() and len(list((my_digits_dir() / "1").glob("*.png"))) == 1   # ready for the next


def test_a_saved_drawing_leaves_a_clear_canvas_for_the_next_one_and_ctrl_z_brings_it_back(qtbot, pad):
    """After Save the pad kept the drawing, with its label: the next digit was drawn over the last one (and saved
    again under the old label with one Ctrl+S). Now the canvas is clear and asks for the next drawing's label;
    Ctrl+Z brings the saved drawing back."""
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(80, 50, 220, 50) + line(220, 50, 120, 240))      # a 7
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, "7")
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert list(load_my_digits()[1]) == [7]
    assert not pad.canvas.has_ink() and pad.result_label.text() == "Draw a digit"
    assert pad.label_combo.currentIndex() == -1 and not pad.save_button.isEnabled()
    assert "Ctrl+Z brings it back" in pad.my_digits_status.text()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)      # no second copy
    assert list(load_my_digits()[1]) == [7]
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pad.canvas.has_ink() and pad.result_label.text().startswith("7 ")


def test_drawings_deleted_from_the_folder_leave_the_summary_when_the_pad_is_active_again(qtbot, pad):
    for label in (1, 7):
        pad.canvas.clear()
        draw(qtbot, pad.canvas, line(140, 40, 140, 240))
        pad.label_combo.setCurrentIndex(label)
        qtbot.mouseClick(pad.save_button, Qt.MouseButton.LeftButton)
    assert "Saved drawings: 2 " in pad.my_digits_summary()
    for png in (my_digits_dir() / "7").glob("*.png"):         # the wrongly labelled one, deleted in the folder
        png.unlink()
    back_from_another_window(qtbot, pad)                      # the file manager had the focus meanwhile
    qtbot.waitUntil(lambda: "Saved drawings: 1 " in pad.my_digits_summary(), timeout=2000)
    assert "gets 1 of 1 right" in pad.my_digits_summary()


def _save(qtbot, pad, label):
    pad.canvas.clear()
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    pad.label_combo.setCurrentIndex(label)
    qtbot.mouseClick(pad.save_button, Qt.MouseButton.LeftButton)


def test_a_saved_drawing_is_deleted_from_my_digits_with_the_delete_key_once_confirmed(qtbot, pad, monkeypatch):
    for label in (1, 7):
        _save(qtbot, pad, label)
    pad.tabs.setCurrentWidget(pad.my_digits)
    saved = pad.my_digits_list
    assert [saved.item(r).text() for r in range(saved.count())] == ["1", "7"]
    assert saved.isVisible() and saved.delete_action.isEnabled()          # (the one just saved is selected)
    saved.clearSelection()
    assert not saved.delete_action.isEnabled()
    # the context menu offers it too
    assert saved.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [a.text() for a in saved.actions()] == ["Put on the canvas", "Delete drawing"]
    asked = []
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or next(answers))
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))           # the next drawing, under way
    seven = saved.visualItemRect(saved.item(1)).center()
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=seven)
    assert saved.delete_action.isEnabled()
    qtbot.keyClick(saved, Qt.Key.Key_Delete)                   # Cancel: nothing goes
    assert asked == [f"Delete 1 saved drawing? Its file is removed from {my_digits_dir()}."]
    assert len(list((my_digits_dir() / "7").glob("*.png"))) == 1 and saved.count() == 2
    qtbot.keyClick(saved, Qt.Key.Key_Delete)                   # Yes: the file and its thumbnail go
    assert list((my_digits_dir() / "7").glob("*.png")) == []
    assert [saved.item(r).text() for r in range(saved.count())] == ["1"]
    assert "Saved drawings: 1 " in pad.my_digits_summary() and "gets 1 of 1 right" in pad.my_digits_summary()
    assert pad.canvas.has_ink()                                # Delete in the list is not the canvas's Clear
    pad.canvas.clear()
    one = saved.visualItemRect(saved.item(0)).center()
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=one)
    qtbot.mouseDClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=one)    # back on the canvas, with its label
    qtbot.waitUntil(lambda: pad.result_label.text().startswith("1 "), timeout=2000)
    assert pad.label_combo.currentText() == "1" and pad.canvas.has_ink()
    pad.canvas.clear()
    pad.label_combo.setCurrentIndex(5)
    saved.actions()[0].trigger()                               # the context menu's Put on the canvas
    assert pad.label_combo.currentText() == "1" and pad.canvas.has_ink()
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_Delete)
    assert not pad.canvas.has_ink() and saved.count() == 1


def test_counts_are_grouped_as_the_language_writes_them_everywhere_in_the_pad(qtbot, pad):
    """"10,000 test images" in the model's line and in the mistakes' status alike (it read "1500 of 12000")."""
    from nnstudio.app.pad.gallery import MistakesGallery
    assert "right on the 10,000 test images." in pad.model_status.text()
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    y = np.zeros(12000, dtype=np.int64)
    probs = np.full((12000, 10), 0.05)
    probs[:, 0] = 0.55
    probs[:1500] = np.roll(probs[:1500], 1, axis=1)          # 1,500 answered 1
    gallery.set_source(lambda x: probs, lambda: (np.zeros((12000, 784), np.float32), y), [str(i) for i in range(10)])
    gallery.refresh()
    assert gallery.status.text() == ("1,500 of 12,000 test images wrong (accuracy 87.50\u00a0%); showing the 400 most "
                                     "confident mistakes.")


def test_saved_drawings_show_whole_with_their_labels_at_the_pads_smallest_size(qtbot, smallest_pad):
    """On a 1280×720 screen the pad opens at its smallest size: the tab's list had room for the thumbnails but
    not for the labels under them."""
    window = smallest_pad()
    for label in (7, 8, 9):
        _save(qtbot, window, label)
    window.tabs.setCurrentWidget(window.my_digits)
    saved = window.my_digits_list
    qtbot.waitUntil(saved.isVisible, timeout=2000)
    assert [saved.item(r).text() for r in range(3)] == ["Sneaker", "Bag", "Ankle boot"]
    assert [p.name.startswith("drawing_") for p in saved.paths()] == [True] * 3    # (not "digit_…" for a bag)
    for r in range(3):
        rect = saved.visualItemRect(saved.item(r))
        assert saved.viewport().rect().contains(rect), saved.item(r).text()
        assert rect.width() >= saved.iconSize().width() + saved.fontMetrics().horizontalAdvance(saved.item(r).text())


def test_the_drawing_just_saved_is_selected_and_in_view_among_the_others(qtbot, pad):
    pad.tabs.setCurrentWidget(pad.my_digits)
    for label in [9] * 30 + [0]:
        _save(qtbot, pad, label)
    saved = pad.my_digits_list
    newest = max(saved.paths(), key=lambda p: p.stat().st_mtime_ns)
    assert saved.selected_paths() == [newest] and saved.item(0).isSelected()     # (sorted by label: 0 first)
    _save(qtbot, pad, 9)                                                           # the last of the 9s now
    assert saved.selected_paths() == [saved.paths()[-1]]
    qtbot.waitUntil(lambda: saved.viewport().rect().intersects(saved.visualItemRect(saved.item(saved.count() - 1))),
                    timeout=2000)


def test_an_unreadable_saved_file_is_listed_and_can_be_deleted_in_the_pad(qtbot, pad, monkeypatch):
    """The pad said "cannot read …/3/bad.png … Delete the file" and listed nothing: now it is there to delete."""
    _save(qtbot, pad, 1)
    bad = my_digits_dir() / "3" / "bad.png"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(b"not a png")
    back_from_another_window(qtbot, pad)               # back from the file manager: the pad reads the folder again
    qtbot.waitUntil(lambda: "bad.png" in pad.my_digits_summary(), timeout=2000)
    saved = pad.my_digits_list
    assert [saved.item(r).text() for r in range(saved.count())] == ["1", "3"]
    assert "bad.png" in pad.my_digits_summary() and "select it and press Delete" in pad.my_digits_summary()
    assert "bad.png" in saved.item(1).toolTip()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    pad.tabs.setCurrentWidget(pad.my_digits)
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=saved.visualItemRect(saved.item(1)).center())
    qtbot.keyClick(saved, Qt.Key.Key_Delete)
    assert not bad.exists() and saved.count() == 1
    assert "Saved drawings: 1 " in pad.my_digits_summary()


def test_several_unreadable_files_are_counted_and_the_readable_drawings_still_scored(qtbot, pad, monkeypatch):
    """Two damaged files showed two warning signs under "It is in the list below with a warning sign: select it",
    and the drawings that could be read were neither counted nor scored."""
    _save(qtbot, pad, 1)
    for name in ("bad.png", "empty.png"):
        bad = my_digits_dir() / "3" / name
        bad.parent.mkdir(parents=True, exist_ok=True)
        bad.write_bytes(b"not a png" if name == "bad.png" else b"")
    back_from_another_window(qtbot, pad)
    qtbot.waitUntil(lambda: "bad.png" in pad.my_digits_summary(), timeout=2000)
    summary = pad.my_digits_summary()
    assert "2 files cannot be read; they are in the list below with a warning sign" in summary
    assert "Saved drawings: 1 (1: 1)." in summary and "This model gets " in summary
    saved = pad.my_digits_list
    assert [saved.item(r).text() for r in range(saved.count())] == ["1", "3", "3"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    pad.tabs.setCurrentWidget(pad.my_digits)
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=saved.visualItemRect(saved.item(1)).center())
    qtbot.keyClick(saved, Qt.Key.Key_Delete)
    assert saved.count() == 2
    assert "1 file cannot be read; it is in the list below with a warning sign: select it and press Delete" in \
        pad.my_digits_summary()


def test_fashion_classes_show_their_names(pad):
    pad.set_class_kind("fashion")
    assert pad.bars.class_names()[0] == "T-shirt/top"
    assert pad.label_combo.itemText(9) == "Ankle boot"
    assert pad.result_label.text() == "Draw a piece of clothing"
    assert "28 px" in pad.stage_captions["scaled"].text()
    # no "digits" for clothes: the tab, the canvas's and the Save button's tips
    assert pad.tabs.tabText(pad.tabs.indexOf(pad.my_digits)) == "My drawings"
    assert pad.canvas.toolTip().startswith("Draw a piece of clothing with the left mouse button")
    assert "digit" not in pad.save_button.toolTip() and "clothing" in pad.save_button.toolTip()
    pad.set_class_kind("mnist")
    assert pad.tabs.tabText(pad.tabs.indexOf(pad.my_digits)) == "My digits"
    assert pad.canvas.toolTip().startswith("Draw a digit") and "the studio can" in pad.save_button.toolTip()
    assert "20 px" in pad.stage_captions["scaled"].text() and pad.bars.class_names()[0] == "0"


@pytest.mark.parametrize("kind", ["mnist", "fashion"])
def test_the_stages_captions_are_whole_at_the_pads_smallest_size(qtbot, kind):
    """On a 1280×720 screen the pad opens at its smallest size: no stage's image may cover its caption."""
    window = DigitPadWindow()
    qtbot.addWidget(window)
    window.set_class_kind(kind)
    window.show()
    window.resize(window.minimumSizeHint())
    qtbot.waitExposed(window)
    for key, view in window.stage_views.items():
        caption = window.stage_captions[key]
        assert view.geometry().bottom() < caption.geometry().top(), key
        assert caption.height() >= caption.heightForWidth(caption.width()), key     # every line of it shown
    # the pen's slider can be dragged (it was a 25-px stub beside the buttons)
    assert window.width_slider.width() >= 100


@pytest.mark.parametrize("code", ["ko", "en"])
def test_long_class_names_under_the_bars_show_whole_at_the_pads_smallest_size(qtbot, smallest_pad, code):
    """Fashion-MNIST's "앵클부츠" (Ankle boot) was cut to "앵클" under its bar; narrower still, a name is cut
    with "…" and hovering its bar names it whole."""
    from nnstudio.app.pad.views import ProbabilityBars
    window = smallest_pad(code)
    draw(qtbot, window.canvas, line(140, 40, 140, 240))
    names = list(window.class_names())
    assert ("앵클부츠" if code == "ko" else "Ankle boot") in names
    assert window.bars.labels() == names
    narrow = ProbabilityBars()
    qtbot.addWidget(narrow)
    narrow.set_class_names(names)
    narrow.set_probabilities(np.full(10, 0.1))
    narrow.setMinimumWidth(0)
    narrow.resize(90, 150)
    cut = [i for i, text in enumerate(narrow.labels()) if text != names[i]]
    assert cut and all(narrow.labels()[i].endswith("…") for i in cut)
    assert narrow.tooltip_at(6 + (cut[-1] + 0.5) * (90 - 12) / 10) == names[cut[-1]] + (": 10.0%" if code == "ko" else ": 10.0\u00a0%")


@pytest.mark.parametrize("code", ["en", "ko"])
def test_the_mistakes_tab_shows_its_bars_whole_at_the_pads_smallest_size(qtbot, smallest_pad, code):
    """The status and the chosen image's line wrap onto two lines there; the bars under them were pushed out of
    the tab, the class names under them cut off."""
    window = smallest_pad(code)
    gallery = window.gallery
    y = np.arange(10000) % 10
    probs = np.full((10000, 10), 0.01)
    probs[np.arange(10000), (y + (np.arange(10000) % 9 == 0)) % 10] = 0.91     # 1,112 mistakes
    gallery.set_source(lambda x: probs, lambda: (np.zeros((10000, 784), np.float32), y), window.class_names())
    qtbot.mouseClick(gallery.refresh_button, Qt.MouseButton.LeftButton)
    gallery.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: gallery.bars.probabilities() is not None, timeout=2000)
    for label in (gallery.status, gallery.detail):
        assert label.height() >= label.heightForWidth(label.width())
    assert gallery.bars.geometry().bottom() < gallery.height()


def test_the_percentages_over_the_bars_never_run_into_each_other(qtbot):
    """At the mistakes' 260-px bars "12%10%16%12%" ran together: then only the top class's value is written."""
    from nnstudio.app.pad.views import ProbabilityBars
    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    probs = np.array([.04, .12, .1, .16, .12, .07, .09, .07, .12, .11])
    bars.set_probabilities(probs)
    bars.resize(360, 150)                                   # the pad's own bars at its smallest size: all from 5 %
    assert bars.shown_values() == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    bars.resize(260, 90)
    assert bars.shown_values() == [3]
    assert bars.tooltip_at(6 + 1.5 * (260 - 12) / 10) == "1: 12.0\u00a0%"   # hovering still tells


@pytest.fixture
def mnist_available():
    from nnstudio.data import load_mnist
    try:
        load_mnist("mnist")
    except (OSError, ValueError) as exc:
        pytest.skip(f"MNIST not found: {exc}")


@pytest.mark.parametrize("code", ["en", "ko"])
def test_the_mistakes_number_is_grouped_as_the_language_writes_it(qtbot, code):
    """"Test image 9,729 is labelled 0" (테스트 이미지 9,729…) as the status above writes "1,500 of 12,000"; it
    read "Test image 9729"."""
    from nnstudio.app import language
    from nnstudio.app.pad.gallery import MistakesGallery
    assert language.set_language(code)
    try:
        gallery = MistakesGallery()
        qtbot.addWidget(gallery)
        y = np.zeros(10000, dtype=np.int64)
        probs = np.full((10000, 10), 0.05)
        probs[:, 0] = 0.55
        probs[9729] = 0.01
        probs[9729, 3] = 0.91                                   # the one mistake
        gallery.set_source(lambda x: probs, lambda: (np.zeros((10000, 784), np.float32), y),
                           [str(i) for i in range(10)])
        gallery.refresh()
        gallery.list.setCurrentRow(0)
        assert "9,729" in gallery.detail.text() and "9729" not in gallery.detail.text(), gallery.detail.text()
    finally:
        language.set_language("en")


def test_mistakes_gallery_lists_wrong_test_digits_and_loads_one(qtbot, pad, mnist_available):
    pad.tabs.setCurrentWidget(pad.gallery)
    qtbot.mouseClick(pad.gallery.refresh_button, Qt.MouseButton.LeftButton)
    wrong = pad.gallery.mistakes()
    # The count agrees with the accuracy measured when the model was trained (its card).
    card = read_model_card(shipped_model_path())
    assert len(wrong) == round((1 - card["test_accuracy"]) * 10000)
    assert pad.gallery.list.count() == len(wrong)
    assert "test images wrong" in pad.gallery.status.text()
    item = pad.gallery.list.item(0)
    rect = pad.gallery.list.visualItemRect(item)
    with qtbot.waitSignal(pad.gallery.digitChosen, timeout=2000):
        qtbot.mouseClick(pad.gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pad.gallery.bars.probabilities() is not None
    idx = int(item.data(Qt.ItemDataRole.UserRole))
    assert pad.gallery.detail.text().startswith(f"Test image {idx:,} is labelled ")    # (not "it is a 8")
    assert "; the model says " in pad.gallery.detail.text()
    assert pad.canvas.to_array().max() > 200                    # the digit is on the canvas
    assert pad.bars.probabilities() is not None


def test_missing_test_set_can_be_downloaded_from_the_gallery(qtbot, pad, monkeypatch, tmp_path):
    """No MNIST on disk: the gallery says so and offers a download; afterwards it lists the mistakes."""
    import shutil

    from nnstudio.data import mnist
    from nnstudio.data.paths import user_data_dir
    try:
        source = mnist.find_data_dir("mnist")
    except mnist.DataNotFoundError:
        pytest.skip("MNIST not found: nothing to serve as the download")
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path / "empty"))
    calls = []

    def fake_download(kind, dest=None, progress=None, cancel=None, **kw):
        # Stands in for the network: copies the real files where download() would put them.
        target = user_data_dir() / "datasets" / "mnist"
        target.mkdir(parents=True, exist_ok=True)
        for i, f in enumerate(sorted(source.glob("*.gz"))):
            shutil.copy(f, target / f.name)
            if progress is not None:
                progress(f.name, i + 1, 4)
        calls.append(kind)
        return target

    monkeypatch.setattr(mnist, "download", fake_download)
    qtbot.mouseClick(pad.gallery.refresh_button, Qt.MouseButton.LeftButton)
    assert "not available" in pad.gallery.status.text()
    assert pad.gallery.download_button.isVisible()
    qtbot.mouseClick(pad.gallery.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pad.gallery.list.count() > 0, timeout=20000)
    assert calls == ["mnist"]
    assert not pad.gallery.download_button.isVisible()
    assert "test images wrong" in pad.gallery.status.text()


def test_shipped_fashion_model_brings_its_class_names(qtbot, pad):
    assert shipped_model_path("fashion").exists()
    pad.set_source("shipped:fashion")
    assert pad.model() is not None
    assert pad.classes_combo.currentData() == "fashion"
    assert not pad.classes_combo.isEnabled()     # clothing names belong to this model: no digit names for it
    card = read_model_card(shipped_model_path("fashion"))
    assert f"{100 * card['test_accuracy']:.2f}\u00a0%" in pad.model_status.text()    # measured accuracy, from its card
    # A filled rectangle, wider than tall, like a bag.
    for y in range(90, 200, 10):
        draw(qtbot, pad.canvas, line(50, y, 230, y, n=6))
    probs = pad.bars.probabilities()
    assert probs is not None and probs.sum() == pytest.approx(1.0, abs=1e-5)
    assert pad.result_label.text().split("  ")[0] in pad.bars.class_names()
    assert pad.stage_views["centred"].image().shape == (28, 28)
    # Fashion-MNIST preprocessing: the longer side fills the whole 28 px.
    cols = np.flatnonzero(pad.stage_views["centred"].image().max(axis=0) > 5)
    assert cols[-1] - cols[0] + 1 == 28
    pad.set_source("shipped:mnist")
    assert pad.classes_combo.currentData() == "mnist" and not pad.classes_combo.isEnabled()
    pad.set_source("file")                       # a model file: the user says what its outputs mean
    assert pad.classes_combo.isEnabled()


def test_a_dot_gets_no_prediction_but_a_request_to_draw_larger(qtbot, pad):
    qtbot.keyClick(pad, "1")                                     # labelled: only its size keeps it from being saved
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is None, timeout=2000):
        draw(qtbot, pad.canvas, [(140, 140), (145, 142)])   # a dot: ~27 px of ink on the 280-px canvas
    assert pad.result_label.text() == "Too small: draw it larger"
    assert pad.bars.probabilities() is None
    assert pad.stage_views["centred"].image().max() > 200    # the blown-up dot is still shown: that is the lesson
    assert not pad.save_button.isEnabled()                    # and not saved as a test drawing
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(140, 60, 140, 220))      # the rest of a "1"
    assert pad.result_label.text().startswith("1 ") and pad.save_button.isEnabled()


def test_ctrl_w_closes_the_pad(qtbot, pad):
    pad.activateWindow()
    pad.canvas.setFocus()
    qtbot.keyClick(pad.canvas, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not pad.isVisible(), timeout=2000)


@pytest.mark.parametrize("names", [tuple(str(i) for i in range(10)),
                                   ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                                    "Sneaker", "Bag", "Ankle boot"),
                                   ("티셔츠/탑", "바지", "풀오버", "드레스", "코트", "샌들", "셔츠", "운동화", "가방",
                                    "앵클부츠")])
def test_mistakes_gallery_captions_fit_their_cells(qtbot, names):
    """"9 → 4 (100 %)" and Fashion-MNIST's long class names (in Korean too: a taller fallback font) are shown
    whole, and the tooltip repeats them."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from nnstudio.app.pad.gallery import MistakesGallery
    rng = np.random.default_rng(0)
    x = rng.random((40, 784)).astype(np.float32)
    y = np.arange(40) % 10

    def predict(images):      # always wrong and sure of it: every class pair, "(100 %)" captions
        p = np.zeros((len(images), 10))
        p[np.arange(len(images)), (np.arange(len(images)) * 3 + 1) % 10] = 0.9999
        return p
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    gallery.resize(700, 420)
    gallery.set_source(predict, lambda: (x, y), names)
    gallery.show()
    qtbot.waitExposed(gallery)
    gallery.refresh()
    assert gallery.list.count() == 40
    metrics = QFontMetrics(gallery.list.font())
    flags = Qt.TextFlag.TextWordWrap if gallery.list.wordWrap() else Qt.TextFlag(0)
    for row in range(gallery.list.count()):
        item = gallery.list.item(row)
        caption = item.text()
        assert "100" in caption and item.toolTip() == caption
        cell = gallery.list.visualItemRect(item)
        icon = gallery.list.iconSize().height()
        room = QRect(0, 0, cell.width() - 6, cell.height() - icon)     # below the icon, inside 3 px margins
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 1000), flags, caption)
        assert needed.width() <= room.width() and needed.height() <= room.height(), (caption, needed, cell)


_SHORT_SCREEN_SCRIPT = """
import json, sys
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea
app = QApplication([])
from nnstudio.app import language
from nnstudio.app.pad import DigitPadWindow
assert language.set_language(sys.argv[1])
window = DigitPadWindow()
window.set_source("shipped:fashion")
window.show()                                   # as Tools -> Drawing pad opens it: at the size Qt picks
app.processEvents()
screen = window.screen().availableGeometry()
scroll = window.findChild(QScrollArea)
seen = {}
for name, widget in (("canvas", window.canvas), ("answer", window.bars), ("tab bar", window.tabs.tabBar()),
                     ("mistakes' bars", window.gallery.bars)):
    if scroll is not None:
        scroll.ensureWidgetVisible(widget, 0, 0)
        app.processEvents()
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    shown = window.geometry().contains(rect) and screen.contains(rect)
    if scroll is not None:
        viewport = scroll.viewport()
        shown = shown and viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))
    seen[name] = shown
print(json.dumps({"frame": window.frameGeometry().getRect(), "screen": screen.getRect(),
                  "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()], "seen": seen}))
"""


@pytest.mark.parametrize("code", ["ko", "en"])
def test_the_pad_fits_a_1024x600_screen_and_scrolls_to_its_tabs(tmp_path, code):
    """At its smallest the pad was 657 px high in Korean (618 in English): on a 1024×600 netbook its bottom, with
    the mistakes and the saved drawings, was below the screen. There it is as high as the screen lets it be; the
    canvas and the answer show, the tabs below are scrolled to."""
    import json
    import os
    import subprocess
    import sys
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "netbook", "x": 0, "y": 0, "width": 1024, "height": 600, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", _SHORT_SCREEN_SCRIPT, code], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    x, y, width, height = report["frame"]
    assert report["screen"] == [0, 0, 1024, 600]
    assert report["minimum"][1] <= 600 - 40 and width <= 1024 and height <= 600, report
    assert all(report["seen"].values()), report


_MOVED_SCRIPT = """
import json, sys
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nnstudio.app import language
from nnstudio.app.pad import DigitPadWindow
assert language.set_language(sys.argv[1])
window = DigitPadWindow()
window.set_source("shipped:fashion")
window.show()                                   # opened on the big monitor
QTest.qWait(50)
seen = {"big": [window.screen().name(), window.frameGeometry().height()]}
window.move(1920 + 10, 0)                       # dragged to the netbook's screen
QTest.qWait(50)
seen["netbook"] = [window.screen().name(), window.frameGeometry().height()]
window.resize(window.width(), 400)              # and made smaller there: as small as that screen lets it be
QTest.qWait(50)
seen["resized"] = [window.screen().name(), window.frameGeometry().height()]
print(json.dumps(seen))
"""


@pytest.mark.parametrize("code", ["ko", "en"])
def test_the_pad_moved_to_a_1024x600_screen_fits_it(tmp_path, code):
    """The pad's smallest height was that of the screen it opened on: opened on a big monitor (724 px high in
    Korean) and dragged to a 1024×600 netbook beside it, it kept that height and could not be made smaller than
    657 px, its bottom (the mistakes, the saved drawings) below the screen. Now it follows the screen it is on."""
    import json
    import os
    import subprocess
    import sys
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "monitor", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
        {"name": "netbook", "x": 1920, "y": 0, "width": 1024, "height": 600, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", _MOVED_SCRIPT, code], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["big"][0] == "monitor" and seen["big"][1] > 600, seen
    assert seen["netbook"][0] == "netbook" and seen["netbook"][1] <= 600, seen
    assert seen["resized"][0] == "netbook" and seen["resized"][1] <= 600, seen


def test_percentages_are_written_one_way_everywhere_in_the_pad(qtbot, pad):
    """"15.7 %" (with a space that does not break) in the answer, over and under the bars, in the mistakes and in
    the saved drawings' score; the pad mixed "12%" over the bars, "(99 %)" and "87.50 %" with a breaking space."""
    import re
    from nnstudio.app.pad.gallery import MistakesGallery

    def percents(text):
        found = re.findall(r"[0-9.,]+\s*%", text)
        assert found, text
        for share in found:
            assert re.fullmatch(r"[0-9]+(\.[0-9]+)?\u00a0%", share), (share, text)
        return found
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    texts = [pad.result_label.text(), pad.model_status.text(), pad.bars.tooltip_at(6 + 1.5 * (pad.bars.width() - 12) / 10)]
    texts += [pad.bars.value_text(i) for i in pad.bars.shown_values()]
    pad.label_combo.setCurrentIndex(1)
    qtbot.mouseClick(pad.save_button, Qt.MouseButton.LeftButton)
    texts.append(pad.my_digits_summary())
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    y = np.arange(20) % 10
    probs = np.full((20, 10), 0.01)
    probs[np.arange(20), (y + 1) % 10] = 0.91
    gallery.set_source(lambda x: probs, lambda: (np.zeros((20, 784), np.float32), y), [str(i) for i in range(10)])
    gallery.refresh()
    gallery.list.setCurrentRow(0)
    texts += [gallery.list.item(0).text(), gallery.status.text(), gallery.detail.text()]
    for text in texts:
        percents(text)


def test_percentages_in_the_pad_are_written_as_korean_writes_them(qtbot):
    """"15.7%" in Korean, as the studio's Korean accuracy ("정확도 15.7%"); the pad wrote "15.7 %" in the bars'
    tooltips and "15.7%" in its sentences."""
    from nnstudio.app import language
    from nnstudio.app.pad.views import ProbabilityBars
    assert language.set_language("ko")
    try:
        bars = ProbabilityBars()
        qtbot.addWidget(bars)
        bars.resize(360, 150)
        bars.set_probabilities(np.array([.04, .12, .1, .157, .12, .07, .09, .07, .12, .113]))
        assert bars.tooltip_at(6 + 3.5 * (360 - 12) / 10) == "3: 15.7%"
        assert bars.value_text(3) == "16%"
    finally:
        language.set_language("en")


def test_the_pad_opens_the_network_of_a_project_saved_in_the_studio(qtbot, pad, tmp_path, monkeypatch):
    """A learner's trained Fashion-MNIST network is in their project file: Open model… refused it with
    "format is 'nnstudio-project', expected 'nnstudio-model'"."""
    from PySide6.QtWidgets import QFileDialog
    from nnstudio.engine.spec import LayerSpec, NetworkSpec
    from nnstudio.session.project import Project, save_project
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    spec = NetworkSpec(input_dim=784, hidden=(LayerSpec(16, "relu"),), output=LayerSpec(10, "softmax"),
                       problem="multiclass")
    trained = spec.build(seed=3)
    path = save_project(tmp_path / "내 옷 실험.nnsproj", Project(
        spec=spec, training={"optimizer": "adam", "lr": 0.001, "batch_size": 32, "seed": 0},
        dataset_choice={"key": "fashion"}, weights=trained.get_weights()))
    filters = []

    def fake_dialog(parent, caption, start, choices):
        filters.append(choices)
        return str(path), choices
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    qtbot.mouseClick(pad.open_button, Qt.MouseButton.LeftButton)
    assert "*.nnsproj" in filters[0] and not shown
    assert pad.source() == "file" and "내 옷 실험.nnsproj" in pad.model_status.text()
    assert pad.classes_combo.currentData() == "fashion"              # the project trained on clothes
    draw(qtbot, pad.canvas, line(140, 40, 140, 240))
    np.testing.assert_allclose(pad.bars.probabilities(), trained.predict(pad.current_input().reshape(1, 784))[0],
                               rtol=1e-5, atol=1e-6)


def test_the_pad_opens_with_the_keys_on_its_model_chooser(qtbot):
    """The scroll area that lets the pad fit a short screen took the keyboard focus when the pad opened (the
    arrow keys scrolled it); Tab went through it and its scroll bars too."""
    window = DigitPadWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.source_combo
    stops, widget = [], window.source_combo
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            stops.append(widget)
    assert window.canvas in stops and not [w for w in stops if w.metaObject().className() in ("ShortScreenScroll",
                                                                                               "QScrollBar")]


def test_a_drawing_is_saved_only_under_the_label_the_learner_gave_it(qtbot, pad):
    """Ctrl+S after drawing a 7 saved it as a 0, the label that was merely there: the learner's own test set then
    said the model got it wrong. Now no label is chosen until the learner says one, by typing its number."""
    pad.activateWindow()
    pad.canvas.setFocus()
    assert pad.label_combo.currentIndex() == -1 and pad.label_combo.placeholderText() == "choose…"
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=2000):
        draw(qtbot, pad.canvas, line(80, 50, 220, 50) + line(220, 50, 120, 240))      # a 7
    assert not pad.save_button.isEnabled()
    assert pad.save_button.toolTip().startswith("Say first what the drawing shows: type its number (0–9)")
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_my_digits()[0].shape[0] == 0                     # nothing saved under a label nobody gave
    qtbot.keyClick(pad.canvas, "7")
    assert pad.label_combo.currentText() == "7" and pad.save_button.isEnabled()
    assert pad.save_button.toolTip().endswith("(Ctrl+S)")
    qtbot.keyClick(pad.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert list(load_my_digits()[1]) == [7]
    assert "1 of 1 right" in pad.my_digits_status.text()
