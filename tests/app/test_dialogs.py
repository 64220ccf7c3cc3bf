"""Long work behind a progress dialog: off the GUI thread, cancellable, errors handed back."""
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

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
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, press_cancel)
    QTimer.singleShot(400, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(None, "t", "reading…", work)
