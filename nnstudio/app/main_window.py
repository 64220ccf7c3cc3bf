"""NN Studio's main window: a shell of menus, a status bar and rooms.

The rooms are the places a learner works in: the studio today (``StudioRoom``: design a network and watch it
learn). Each room is a QMainWindow of its own, so it keeps its docks and toolbar; the shell puts the current
room's actions into its menus and its readouts into the status bar. The studio's project — new, open, save,
autosave — is handled by ``ProjectController``; remembered choices and the window's geometry live here.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, QEvent, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from nnstudio import __version__
from nnstudio.app.language import LANGUAGES, SETTINGS_KEY, current_language, set_language
from nnstudio.app.project_controller import ProjectController
from nnstudio.app.settings import open_settings, read_value
from nnstudio.app.studio import StudioRoom
from nnstudio.app.studio.room import LAYOUT_VERSION
from nnstudio.app.texts import title
from nnstudio.session.presets import EXAMPLES
from nnstudio.session.session import TrainingSession

SCREEN_SHARE = (0.96, 0.94)   # a first window takes this much of the screen's width and height
CLOSE_WAIT_MS = 500           # closing waits this long for the training thread, then hides the window


class MainWindow(QMainWindow):
    """NN Studio's main window."""

    AUTOSAVE_MS = 60_000

    def __init__(self, parent: QWidget | None = None, offer_restore: bool = True):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._settings = open_settings()
        self._closing = False
        self._pad = None

        # every launch starts from the XOR demo (the README's first steps), whatever ran last time
        self.session = TrainingSession()
        self.undo_stack = QUndoStack(self)
        self.rooms = QStackedWidget(self)
        self.setCentralWidget(self.rooms)
        self.projects = ProjectController(self.session, self.undo_stack, self._settings, self)
        self.projects.statusMessage.connect(self.show_message)
        self.projects.stateChanged.connect(self._update_title)
        self.studio = None
        self._menu_actions: list[QAction] = []
        self._rebuild_pending = False
        self._build_rooms()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(self.AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.projects.autosave_now)
        self._autosave_timer.start()
        self._restore_geometry()
        self.projects.set_dirty(False)
        if offer_restore:
            QTimer.singleShot(0, self.projects.offer_autosave)

    # ================================================================== rooms
    def _build_rooms(self, layout=None) -> None:
        """The rooms, menus and readouts, in the current language (again after a change of language, around the
        same sessions: nothing the learner set up is lost)."""
        self.studio = StudioRoom(self.session, self.undo_stack, self)
        self.rooms.addWidget(self.studio)
        self.projects.attach(self.studio)
        for old in (*self._menu_actions, *self.menuBar().findChildren(QMenu)):
            old.deleteLater()              # (the actions of another language: their shortcuts go with them)
        self._menu_actions = []
        self.menuBar().clear()
        self._create_menus()
        for widget in self.studio.status.widgets:
            self.statusBar().addPermanentWidget(widget)
        self.studio.statusMessage.connect(self.show_message)
        if layout is not None:
            self.studio.restore_layout(*layout)
        self.studio.start()
        self._update_title()

    def _rebuild_rooms(self) -> None:
        self._rebuild_pending = False
        if self._closing or self.studio is None:
            return
        old = self.studio
        layout = (old.saveState(LAYOUT_VERSION), old.boundary_auto_hidden)
        old.shutdown(1000)
        if old.thread_running:
            old.wait_for_thread()
        for widget in old.status.widgets:
            self.statusBar().removeWidget(widget)
        self.rooms.removeWidget(old)
        old.deleteLater()
        pad_open = self._pad is not None and self._pad.isVisible()
        if self._pad is not None:
            self._pad.close()
            self._pad.deleteLater()
            self._pad = None
        self._build_rooms(layout)
        if pad_open:
            self.open_pad()

    # ================================================================== menus
    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._menu_actions.append(action)
        return action

    def _create_menus(self) -> None:
        projects, studio = self.projects, self.studio
        self.new_action = self._action(self.tr("&New project"),
                                       self.tr("Start over with XOR and the lecture's 2-2-1 network."),
                                       projects.new_project, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open project…"), self.tr("Open a saved NN Studio project."),
                                        projects.open_project_dialog, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save project"),
                                        self.tr("Save the network, data, weights and history to the project file."),
                                        projects.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Save project &as…"),
                                           self.tr("Save the project under a new file name."),
                                           projects.save_as, QKeySequence("Shift+Ctrl+S"))
        self.import_action = self._action(self.tr("&Import CSV…"),
                                          self.tr("Train on your own table of features and labels."),
                                          studio.import_csv)
        self.export_pytorch_action = self._action(
            self.tr("&PyTorch script…"), self.tr("Write the network, its weights and its training set-up as a "
                                                 "PyTorch script that gives the same predictions."),
            projects.export_pytorch)
        self.export_onnx_action = self._action(
            self.tr("&ONNX model…"), self.tr("Write the trained network as an ONNX file (runs in onnxruntime, "
                                             "opens in Netron)."), projects.export_onnx)
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Close NN Studio (asks to save changes)."),
                                        self.close, QKeySequence("Ctrl+Q"))
        self.pad_action = self._action(self.tr("&Drawing pad…"),
                                       self.tr("Draw a digit and see what the current network predicts (Ctrl+D)."),
                                       self.open_pad, QKeySequence("Ctrl+D"))
        self.about_action = self._action(self.tr("&About NN Studio"), self.tr("Version and purpose of NN Studio."),
                                         self._about)
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(lambda: projects.fill_recent_menu(self.recent_menu))
        self.examples_menu = file_menu.addMenu(self.tr("&Examples"))
        self.examples_menu.setToolTipsVisible(True)
        for key, example in EXAMPLES.items():
            action = self.examples_menu.addAction(title("Examples", example.title))
            action.setToolTip(title("Examples", example.description))
            action.setStatusTip(action.toolTip())
            action.setData(key)
            action.triggered.connect(lambda _=False, k=key: projects.open_example(k))
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        export_menu.addActions([self.export_pytorch_action, self.export_onnx_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([studio.undo_action, studio.redo_action])
        train_menu = bar.addMenu(self.tr("&Training"))
        train_menu.addActions(list(studio.training_actions))
        view_menu = bar.addMenu(self.tr("&View"))
        for dock in studio.docks:
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(language_menu)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)    # each language in its own words
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        self.language_menu = language_menu
        tools_menu = bar.addMenu(self.tr("T&ools"))
        tools_menu.addAction(self.pad_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def choose_language(self, code: str) -> bool:
        """Show NN Studio in ``code`` ("en", "ko") from now on, and remember it."""
        if code == current_language():
            return True
        if not set_language(code):
            self.show_message(self.tr("The {0} translation is not installed.").format(LANGUAGES.get(code, code)),
                              8000)
            return False
        self._settings.setValue(SETTINGS_KEY, code)
        return True

    @Slot(str, int)
    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _update_title(self) -> None:
        path = self.projects.path
        if path is None:
            self.setWindowTitle(self.tr("NN Studio") + "[*]")
        else:
            self.setWindowTitle(self.tr("{0}[*] — NN Studio").format(path.name))
        self.setWindowModified(self.projects.is_dirty)

    # ================================================================== projects (the studio's)
    @property
    def is_dirty(self) -> bool:
        return self.projects.is_dirty

    def open_project(self, path, confirm: bool = True) -> bool:
        return self.projects.open_project(path, confirm=confirm)

    # ================================================================== the window's geometry and layout
    def _save_layout(self) -> None:
        s = self._settings
        s.setValue("window/screen", _screen_size(self))
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("studio/state", self.studio.saveState(LAYOUT_VERSION))
        s.setValue("studio/boundary_auto_hidden", self.studio.boundary_auto_hidden)
        s.sync()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("studio/state")
        if read_value(self._settings, "window/screen", "") != _screen_size(self):
            geometry = state = None      # saved on another screen: a layout made for this one instead
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self._default_geometry()
        # a layout saved by an older version (other docks) is ignored: restoreState refuses another version
        restored = isinstance(state, QByteArray) and not state.isEmpty() and self.studio.restore_layout(
            state, read_value(self._settings, "studio/boundary_auto_hidden", False))
        if not restored:
            self.studio.default_layout(self.width(), self.height())

    def _default_geometry(self) -> None:
        """First start on a screen: most of it, centred (1280×720 laptops and 1920×1080 monitors alike)."""
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        if avail is None or avail.width() <= 0:
            self.resize(1600, 1000)
            return
        width, height = int(avail.width() * SCREEN_SHARE[0]), int(avail.height() * SCREEN_SHARE[1])
        self.resize(width, height)
        self.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)

    # ================================================================== tools
    @Slot()
    def open_pad(self) -> None:
        from nnstudio.app.pad import DigitPadWindow     # (loaded when first asked for: a quicker start)

        if self._pad is None:
            self._pad = DigitPadWindow()
            self._pad.set_studio_model_provider(self.studio.model_for_tools, self.studio.dispatcher.received)
        self._pad.show()
        self._pad.raise_()
        self._pad.activateWindow()

    @property
    def pad(self):
        """The drawing pad window, once opened (else None)."""
        return self._pad

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About NN Studio"),
                          self.tr("NN Studio {0}: design a neural network, press Run and watch it learn.").format(
                              __version__))

    # ================================================================== events and closing
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self.studio is not None and not self._rebuild_pending:
            self._rebuild_pending = True       # (once for the several translators of one switch)
            QTimer.singleShot(0, self._rebuild_rooms)
        # back from the drawing pad: the learner may have saved digits there
        if event.type() == QEvent.Type.ActivationChange and self.studio is not None and not self._closing:
            self.studio.refresh_my_digits()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closing:                     # the second close, once a long training step has ended
            event.setAccepted(not self.studio.thread_running)
            return
        if not self.projects.confirm_discard(self.tr("quit")):
            event.ignore()
            return
        self._closing = True
        self._autosave_timer.stop()
        self._save_layout()
        self.projects.discard_autosave()
        if self._pad is not None:
            self._pad.close()
        t0 = time.perf_counter()
        joined = self.studio.shutdown(CLOSE_WAIT_MS)
        self.last_join_seconds = time.perf_counter() - t0
        if not joined:
            # a long training step (a huge network, a huge batch) is still running: the window goes at once,
            # and closes for good — ending the process — when the step is over (a running thread must never
            # be destroyed with its window)
            self.hide()
            self.studio.training.thread.finished.connect(self.close)
            event.ignore()
            return
        event.accept()


def _screen_size(widget) -> str:
    """"WxH" of the screen's available area: a layout is restored only on a screen of the same size."""
    screen = widget.screen()
    size = screen.availableGeometry().size() if screen is not None else None
    return f"{size.width()}x{size.height()}" if size is not None else ""
