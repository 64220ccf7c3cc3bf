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


@pytest.fixture
def mnist_files():
    from nnstudio.data import mnist
    try:
        return mnist.find_data_dir("mnist")
    except mnist.DataNotFoundError:
        pytest.skip("MNIST files not found (set NNSTUDIO_DATA)")


@pytest.mark.parametrize("copied, summary", [
    (4, "MNIST: the four files were there already and their checksums are verified; nothing was downloaded."),
    (3, "MNIST: 1 file downloaded; the others were there already. The checksums of all four are verified."),
])
def test_the_download_dialog_says_which_files_were_there_already(qtbot, tmp_path, mnist_files, copied, summary):
    """Files already in place with the right checksum are no bar that jumps to full: the dialog names them as
    verified, and afterwards says what the download did (as `nnstudio download` does)."""
    import shutil

    from nnstudio.data import mnist
    names = sorted(name for name, _, _ in mnist.FILES.values())
    (tmp_path / "mnist").mkdir()
    for name in names[:copied]:
        shutil.copy(mnist_files / name, tmp_path / "mnist" / name)
    labels, values = [], []

    def download(kind, **kw):
        return mnist.download(kind, dest=tmp_path, base_urls=[mnist_files.as_uri() + "/"], **kw)

    dialog = dialogs.DownloadDialog("mnist", "MNIST", download)
    qtbot.addWidget(dialog)
    dialog.setLabelText = lambda text, set_label=dialog.setLabelText: labels.append(text) or set_label(text)
    dialog.setValue = lambda value, set_value=dialog.setValue: values.append(value) or set_value(value)
    with qtbot.waitSignal(dialog.succeeded, timeout=20000):
        dialog.start()
    assert dialog.summary == summary
    verified = [text for text in labels if text.endswith("is there already; its checksum is verified.")]
    assert len(verified) == copied
    fetched = [text for text in labels if text.startswith("Downloading ") and text != "Downloading MNIST…"]
    assert len(set(fetched)) == 4 - copied
    assert values.count(1000) == 4 - copied                     # a full bar only for a file really fetched


def test_the_studio_says_what_the_download_did(qtbot, tmp_path, mnist_files, monkeypatch):
    """A download the studio offered (one file of four was missing) ends with a status line saying so."""
    import shutil

    from PySide6.QtWidgets import QWidget

    from nnstudio.app.datasets import DatasetLoader
    from nnstudio.data import mnist
    from nnstudio.session.config import DataChoice
    names = sorted(name for name, _, _ in mnist.FILES.values())
    (tmp_path / "mnist").mkdir()
    for name in names[1:]:
        shutil.copy(mnist_files / name, tmp_path / "mnist" / name)
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path))
    real = mnist.download
    monkeypatch.setattr(mnist, "download", lambda kind, **kw: real(kind, dest=tmp_path,
                                                                    base_urls=[mnist_files.as_uri() + "/"], **kw))
    monkeypatch.setattr(dialogs, "ask_download", lambda parent, title, reason: True)
    parent = QWidget()
    qtbot.addWidget(parent)
    loader = DatasetLoader(parent)
    with qtbot.waitSignal(loader.notice, timeout=20000) as said, qtbot.waitSignal(loader.downloaded, timeout=20000):
        assert loader.load(DataChoice("mnist"), seed=0) is None
    assert said.args == ["MNIST digits (28×28): 1 file downloaded; the others were there already. The checksums of all four are "
                         "verified."]


def test_a_download_that_fails_unexpectedly_ends_the_dialog_with_the_reason(qtbot):
    """An exception that is no DataError, OSError or ValueError ended the download's thread without a word:
    the dialog stayed open with a Cancel that did nothing."""
    def download(kind, progress=None, cancel=None, present=None):
        progress("train-images-idx3-ubyte.gz", 10, 100)
        raise RuntimeError("the mirror sent something odd")

    dialog = dialogs.DownloadDialog("mnist", "MNIST", download)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        dialog.start()
    assert failed.args == ["the mirror sent something odd"] and not dialog.isVisible()
