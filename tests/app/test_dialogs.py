"""Long work behind a progress dialog: off the GUI thread, cancellable, errors handed back."""
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from nnstudio.app import dialogs
from nnstudio.app.dialogs import run_with_progress


def test_work_runs_off_the_gui_thread_while_the_gui_stays_responsive(qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        for i in range(40):
            time.sleep(0.01)        # stands in for reading a big file
            progress(i + 1, 40)
        return "done"

    assert run_with_progress(None, "t", "reading…", work) == "done"
    timer.stop()
    assert seen["thread"] != threading.get_ident()
    assert len(ticks) >= 10          # the event loop went on meanwhile


def test_cancel_reaches_the_work_and_errors_come_back(qtbot):
    class Cancelled(Exception):
        pass

    def work(progress):
        for i in range(500):
            time.sleep(0.01)
            if not progress(i, 500):
                raise Cancelled
        return "never"

    def press_cancel():
        # (the modal dialog shown, not a walk over every top-level widget: earlier tests' widgets that C++ made
        # and deleted can leave stale wrappers behind, and touching one crashed the run)
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QProgressDialog) and dialog.isVisible():
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, press_cancel)
    QTimer.singleShot(400, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(None, "t", "reading…", work)


@pytest.mark.parametrize("click, reloads", [("Reload", True), ("Cancel", False)])
def test_the_reload_question_names_the_file_and_what_is_lost(qtbot, click, reloads):
    """Reopening the changed project's own file asks this instead of "Save them before you open another
    project?"."""
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == click).click()
    QTimer.singleShot(0, answer)
    assert dialogs.ask_reload(None, "xor.nnsproj") is reloads
    title, text, buttons = seen[0]
    assert title == "Reload the project?"
    assert text == "Reload xor.nnsproj from disk? Your changes since the last save are lost."
    assert sorted(buttons) == ["Cancel", "Reload"]
