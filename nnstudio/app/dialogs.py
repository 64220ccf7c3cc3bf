"""The studio's dialogs: questions (save changes? restore autosave? download?), errors, and the download dialog.

The question helpers are module-level functions so that the main window calls them through this module and
tests can replace them (``monkeypatch.setattr(dialogs, "ask_save_changes", ...)``) instead of clicking a
modal box.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from nnstudio.app.texts import translated


def ask_save_changes(parent: QWidget | None, what: str) -> str:
    """"save", "discard" or "cancel": the project has unsaved changes and the user is about to ``what``."""
    text = QCoreApplication.translate("dialogs", "The project has unsaved changes. Save them before you {0}?")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("dialogs", "Unsaved changes"),
                      text.format(what), QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_reload(parent: QWidget | None, name: str) -> bool:
    """True if the user wants the project file ``name``, which is open and changed, read again from disk."""
    text = QCoreApplication.translate("dialogs", "Reload {0} from disk? Your changes since the last save are lost.")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("dialogs", "Reload the project?"),
                      text.format(name), QMessageBox.StandardButton.Cancel, parent)
    reload = box.addButton(QCoreApplication.translate("dialogs", "Reload"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reload


def ask_restore_autosave(parent: QWidget | None, when: str, name: str = "", steps: int = 0) -> bool:
    """True if the user wants the project autosaved at ``when`` (NN Studio did not close properly): the project
    file ``name`` ("" for one never saved), trained up to step ``steps``."""
    if name:
        text = QCoreApplication.translate("dialogs", "NN Studio did not close properly last time. Your project {0} "
                                                     "was saved automatically at {1}, at training step {2}. Restore "
                                                     "it? (No deletes the autosaved copy.)")
    else:
        text = QCoreApplication.translate("dialogs", "NN Studio did not close properly last time. Your project, not "
                                                     "saved yet, was saved automatically at {1}, at training step "
                                                     "{2}. Restore it? (No deletes the autosaved copy.)")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("dialogs", "Restore your work?"),
        text.format(name, when, QLocale().toString(int(steps))),     # ("step 1,234", as the status bar counts)
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_elsewhere(parent: QWidget | None, reason: str) -> bool:
    """True if the user wants to save the project somewhere else (Save as…): saving it failed for ``reason``
    (its folder became read-only, the disk is full, the USB stick was pulled out)."""
    text = QCoreApplication.translate("dialogs", "{0}\n\nNothing is lost: the project stays open with all its "
                                                 "changes. Save it in another folder or on another disk, or make "
                                                 "room on this one and save again.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("dialogs", "Cannot save the project"),
                      text.format(reason), QMessageBox.StandardButton.Cancel, parent)
    save_as = box.addButton(QCoreApplication.translate("dialogs", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save_as)
    box.exec()
    return box.clickedButton() is save_as


def ask_download(parent: QWidget | None, title: str, reason: str) -> bool:
    """True if the user wants to download the dataset ``title`` that was not found (``reason`` says why)."""
    text = QCoreApplication.translate("dialogs", "{0}\n\nDownload it now (about 12–30 MB) into NN Studio's data "
                                                 "folder?")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("dialogs", "Download {0}?").format(title), text.format(reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box that does not block the caller (window-modal, deleted when closed); returns it."""
    return _show(QMessageBox.Icon.Information, "infoBox", parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """An error box that does not block the caller (window-modal, deleted when closed); returns it."""
    return _show(QMessageBox.Icon.Critical, "errorBox", parent, title, text)


def _show(icon: QMessageBox.Icon, name: str, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_with_progress(parent: QWidget | None, title: str, label: str, work):
    """Run ``work(progress)`` in a background thread behind a window-modal progress dialog with a Cancel
    button, keeping the GUI responsive; returns what ``work`` returned or raises what it raised.
    ``progress(done, total)`` updates the bar and returns False once the learner cancelled."""
    dialog = QProgressDialog(label, QCoreApplication.translate("dialogs", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)          # quick work never shows a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    relay = _Progress()
    relay.moved.connect(lambda permille: dialog.setValue(permille))
    relay.done.connect(loop.quit)
    result: dict = {}
    cancelled = threading.Event()
    dialog.canceled.connect(cancelled.set)

    def progress(done, total):
        relay.moved.emit(int(1000 * min(1.0, done / total)) if total else 0)
        return not cancelled.is_set()

    def run():
        try:
            result["value"] = work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            result["error"] = exc
        relay.done.emit()

    threading.Thread(target=run, name="nnstudio-work", daemon=True).start()
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in result:
        raise result["error"]
    return result["value"]


class _Progress(QObject):
    moved = Signal(int)     # permille done (from the working thread)
    done = Signal()


class DownloadDialog(QProgressDialog):
    """Downloads a dataset in a background thread with a progress bar and a Cancel button.

    ``download`` is ``nnstudio.data.mnist.download(kind, progress=..., cancel=threading.Event, present=...)``;
    the progress callback receives ``(file_name, bytes_done, bytes_total)``, ``present(file_name)`` names a file
    that was there already with the right checksum (nothing to fetch: its bar does not jump to full). Emits
    ``succeeded()`` or ``failed(message)``; cancelling emits neither. After ``succeeded``, ``summary`` says what
    happened (all four files there already, or how many were fetched).
    """

    # signals:
    succeeded = Signal()        # the files are in place; the caller can load the dataset now
    failed = Signal(str)        # the download failed; the message says why and what to do
    _progress = Signal(str, int)  # file name and permille done (from the download thread)
    _done = Signal(str)         # "" on success, else the error message (from the download thread)
    _checked = Signal(str)      # a file that was there already with the right checksum (from the download thread)

    def __init__(self, kind: str, title: str, download, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Downloading {0}").format(title))
        self.setLabelText(self.tr("Downloading {0}…").format(title))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 1000)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._kind = kind
        self._title = title
        self._download = download
        self._present: list[str] = []   # the files that were there already, verified (from the download thread)
        self.summary = ""
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress.connect(self._on_progress)
        self._done.connect(self._on_done)
        self._checked.connect(self._on_checked)
        self.canceled.connect(self._cancel.set)

    def start(self) -> None:
        self.setValue(0)
        self.show()
        self._thread = threading.Thread(target=self._work, name="nnstudio-download", daemon=True)
        self._thread.start()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _work(self) -> None:
        def progress(name, done, total):
            self._progress.emit(str(name), int(1000 * max(0.0, min(1.0, done / total))) if total else 0)
            return not self._cancel.is_set()

        def present(name):
            self._present.append(str(name))
            self._checked.emit(str(name))

        try:
            self._download(self._kind, progress=progress, cancel=self._cancel, present=present)
        except Exception as exc:  # noqa: BLE001 - any failure ends the dialog with its reason: one left out
            # (a bug, an exception the network layer did not expect) left the dialog open for good, its thread gone
            self._done.emit("" if self._cancel.is_set() else (translated(exc) or type(exc).__name__))
            return
        self._done.emit("")

    def _on_progress(self, name: str, permille: int) -> None:
        self.setLabelText(self.tr("Downloading {0}…").format(name))
        self.setValue(permille)

    def _on_checked(self, name: str) -> None:
        self.setLabelText(self.tr("{0} is there already; its checksum is verified.").format(name))

    def _on_done(self, message: str) -> None:
        self.hide()
        if self._cancel.is_set():
            return
        if message:
            self.failed.emit(message)
            return
        from nnstudio.data.mnist import FILES

        fetched = len(FILES) - len(self._present)
        if not self._present:
            self.summary = self.tr("{0}: the four files are downloaded and their checksums verified.").format(
                self._title)
        elif not fetched:
            self.summary = self.tr("{0}: the four files were there already and their checksums are verified; "
                                   "nothing was downloaded.").format(self._title)
        else:
            self.summary = self.tr("{0}: %n file(s) downloaded; the others were there already. The checksums of "
                                   "all four are verified.", None, fetched).format(self._title)
        self.succeeded.emit()
