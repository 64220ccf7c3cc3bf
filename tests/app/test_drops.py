"""Files dragged from a file manager onto NN Studio's window or its drawing pad: a project opens in the studio, a
table becomes the studio's data, a model or a picture of a digit goes to the pad; other drags are refused while
still dragged."""
import json
import os
import subprocess
import sys

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from nnstudio.app import dialogs
from nnstudio.app.main_window import MainWindow
from nnstudio.app.pad import DigitPadWindow
from nnstudio.data.digits import write_png
from nnstudio.engine import Dense, Sequential


@pytest.fixture
def window(qtbot, monkeypatch):
    """The main window; error dialogs are recorded in ``window.errors``, unsaved changes are discarded."""
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: errors.append((title, text)))
    w = MainWindow(offer_restore=False)
    w.errors = errors
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.pad is not None:
        w.pad.close()


def mime_of(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) if not str(p).startswith("http") else QUrl(str(p)) for p in paths])
    return mime


def drag_over(widget, mime) -> bool:
    """Drag ``mime`` into ``widget`` (at its centre) as a file manager does: True if the cursor says it may drop."""
    at = widget.rect().center()
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, move)
    return move.isAccepted()


def drop_on(qtbot, widget, *paths) -> bool:
    """Drag the files onto ``widget`` and let go; True if the drop was taken."""
    mime = mime_of(*paths)
    if not drag_over(widget, mime):
        return False
    drop = QDropEvent(widget.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    qtbot.wait(20)                       # the file opens once the drop has ended
    return drop.isAccepted()


def a_one(path, dark_on_light=True, size=(300, 200)):
    """A picture of a "1", as a scan or a drawing app makes it: a thick vertical bar, dark ink on white paper."""
    h, w = size
    ink = np.zeros((h, w))
    ink[40:h - 40, w // 2 - 12:w // 2 + 12] = 1.0
    return write_png(path, 1.0 - ink if dark_on_light else ink)


def test_a_project_dropped_on_a_plot_of_the_race_room_opens_in_the_studio(qtbot, window, tmp_path):
    saved = tmp_path / "spirals.nnsproj"
    assert window.projects.save_to(saved)
    window.projects.new_project()
    assert "spirals.nnsproj" not in window.windowTitle()
    window.show_room("race")
    plot = next(v for v in window.room("race").findChildren(pg.GraphicsView) if v.isVisible())
    assert drop_on(qtbot, plot.viewport(), saved)
    qtbot.waitUntil(lambda: window.current_room is window.studio)
    assert "spirals.nnsproj" in window.windowTitle()
    assert window.errors == []


def test_a_table_dropped_on_the_window_becomes_the_studios_data(qtbot, window, tmp_path):
    table = tmp_path / "heights.csv"
    rows = ["height,weight,label"] + [f"{150 + i},{50 + i % 7},{i % 2}" for i in range(40)]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window.show_room("lessons")
    assert drop_on(qtbot, window.room("lessons"), table)
    qtbot.waitUntil(lambda: window.current_room is window.studio)
    assert "heights.csv" in window.studio.panel.dataset_combo.currentText()
    assert window.errors == []


def test_a_model_dropped_on_the_window_opens_the_pad_with_it(qtbot, window, tmp_path):
    model = Sequential([Dense(10, activation="softmax", input_shape=(784,))], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    path = tmp_path / "mine.npz"
    model.save(path)
    assert drop_on(qtbot, window.studio, path)
    qtbot.waitUntil(lambda: window.pad is not None and window.pad.isVisible())
    assert "mine.npz" in window.pad.model_status.text()


def test_a_picture_of_a_digit_dropped_on_the_pad_is_put_on_its_canvas_and_answered(qtbot, tmp_path):
    pad = DigitPadWindow()
    qtbot.addWidget(pad)
    pad.resize(1000, 900)
    pad.show()
    qtbot.waitExposed(pad)
    picture = a_one(tmp_path / "scan.png")
    with qtbot.waitSignal(pad.predictionUpdated, check_params_cb=lambda p: p is not None, timeout=3000):
        assert drop_on(qtbot, pad.canvas, picture)
    assert pad.canvas.to_array().max() == 255 and pad.canvas.to_array()[0, 0] == 0   # white ink on black
    assert pad.bars.top() == 1


def test_a_damaged_picture_says_why_and_leaves_the_drawing(qtbot, window, tmp_path):
    window.open_pad()
    pad = window.pad
    a_one(tmp_path / "first.png")
    assert drop_on(qtbot, pad, tmp_path / "first.png")
    before = pad.canvas.to_array().copy()
    broken = tmp_path / "broken.png"
    broken.write_bytes((tmp_path / "first.png").read_bytes()[:60])
    assert drop_on(qtbot, pad, broken)
    qtbot.waitUntil(lambda: window.errors != [])
    title, text = window.errors[-1]
    assert title == "Cannot open the picture" and "broken.png" in text
    np.testing.assert_array_equal(pad.canvas.to_array(), before)


@pytest.mark.parametrize("what", ["two files", "a folder", "a document", "a web address"])
def test_what_nn_studio_cannot_open_is_refused_while_still_dragged(qtbot, window, tmp_path, what):
    (tmp_path / "a.csv").write_text("x,label\n1,0\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("x,label\n1,0\n", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    paths = {"two files": [tmp_path / "a.csv", tmp_path / "b.csv"], "a folder": [tmp_path],
             "a document": [tmp_path / "notes.docx"], "a web address": ["https://example.com/a.csv"]}[what]
    assert not drag_over(window.studio, mime_of(*paths))
    assert not drop_on(qtbot, window.studio, *paths)
    assert window.errors == [] and window.pad is None


def test_a_table_is_not_taken_by_the_pad(qtbot, tmp_path):
    pad = DigitPadWindow()
    qtbot.addWidget(pad)
    pad.show()
    (tmp_path / "a.csv").write_text("x,label\n1,0\n", encoding="utf-8")
    assert not drag_over(pad.canvas, mime_of(tmp_path / "a.csv"))


# nnstudio FILE as a file manager's "Open with NN Studio" runs it: main() with the file; instead of running, the
# application reports what the learner sees once it has started
_STARTED_WITH = r"""
import json, os, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication


class Reporting(QtWidgets.QApplication):
    def exec(self):
        for _ in range(50):
            QCoreApplication.processEvents()
        window = next(w for w in self.topLevelWidgets() if w.objectName() == "MainWindow")
        pad = window.pad
        print(json.dumps({"room": window.current_room.key, "title": window.windowTitle(),
                          "data": window.studio.panel.dataset_combo.currentText(),
                          "pad": None if pad is None else pad.model_status.text()}), flush=True)
        os._exit(0)         # (the window's threads are not stopped: it only had to show)


QtWidgets.QApplication = Reporting
from nnstudio.app import main
sys.exit(main(sys.argv[1:]))
"""


def started_with(tmp_path, path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNSTUDIO_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", _STARTED_WITH, str(path)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_nnstudio_given_a_table_starts_with_it_as_the_studios_data(tmp_path):
    """It said "heights.csv is not an NN Studio project: … comes in with File → Import CSV… instead"."""
    table = tmp_path / "heights.csv"
    table.write_text("height,weight,label\n" + "".join(f"{150 + i},{50 + i % 7},{i % 2}\n" for i in range(40)),
                     encoding="utf-8")
    seen = started_with(tmp_path, table)
    assert seen["room"] == "studio" and "heights.csv" in seen["data"] and seen["pad"] is None


def test_nnstudio_given_a_model_starts_with_it_in_the_drawing_pad(tmp_path):
    model = Sequential([Dense(10, activation="softmax", input_shape=(784,))], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    model.save(tmp_path / "mine.npz")
    seen = started_with(tmp_path, tmp_path / "mine.npz")
    assert seen["pad"] is not None and "mine.npz" in seen["pad"]
