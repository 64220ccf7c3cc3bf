"""NN Studio's main window: a shell of menus, a status bar and rooms.

The rooms are the places a learner works in: the studio today (``StudioRoom``: design a network and watch it
learn). Each room is a QMainWindow of its own, so it keeps its docks and toolbar; the shell puts the current
room's actions into its menus and its readouts into the status bar. The studio's project — new, open, save,
autosave — is handled by ``ProjectController``; remembered choices and the window's geometry live here.
"""
from __future__ import annotations

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QFrame, QMainWindow, QMenu, QMessageBox, QScrollArea, QSizePolicy, QStackedWidget,
                               QToolBar, QWidget)

from nnstudio import __version__
from nnstudio.app.drops import KINDS, FileDrops, kind_of
from nnstudio.app.language import LANGUAGES, SETTINGS_KEY, current_language, set_language, use_default_language
from nnstudio.app.lessons import LessonsRoom
from nnstudio.app.project_controller import ProjectController
from nnstudio.app.race import RaceRoom
from nnstudio.app.settings import open_settings, read_value
from nnstudio.app.shortcuts import FocusedWidgetsTakeKeys, ShortcutsDialog, shortcut_rows
from nnstudio.app.room import make_action
from nnstudio.app.studio import StudioRoom
from nnstudio.app.texts import title
from nnstudio.session.presets import EXAMPLES
from nnstudio.session.session import TrainingSession

SCREEN_SHARE = (0.96, 0.94)   # a first window takes this much of the screen's width and height
CLOSE_WAIT_MS = 500           # closing waits this long for the training thread, then hides the window
# Edit → Undo goes back this many steps at most: a change of data keeps the whole session to go back to (weights,
# curves: a few MB for an MNIST network), so an unlimited history grew with every switch of data
UNDO_LIMIT = 100


class MainWindow(QMainWindow):
    """NN Studio's main window."""

    AUTOSAVE_MS = 60_000

    def __init__(self, parent: QWidget | None = None, offer_restore: bool = True):
        use_default_language()      # a script's window without main(): English plurals, "1 step"
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._keys_for_focused = FocusedWidgetsTakeKeys(self)
        self._drops = FileDrops(self, dict.fromkeys(set(KINDS.values()), self.open_file))
        self._settings = open_settings()
        self._closing = False
        self._pad = None
        self._shortcuts = None      # Help → Keyboard shortcuts, made when first asked for
        self._watched_window = None     # (the window's QWindow and its screen, followed by fit_screen)
        self._watched_screen = None

        # every launch starts from the XOR demo (the README's first steps), whatever ran last time
        self.session = TrainingSession()
        self.race_session = None    # the race room's RaceSession (made by the first race room, kept by the next)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.rooms = QStackedWidget(self)
        self.setCentralWidget(self.rooms)
        self.studio_scroll = None     # the studio's page of the stack (see _build_rooms)
        self.projects = ProjectController(self.session, self.undo_stack, self._settings, self)
        self.projects.statusMessage.connect(self.show_message)
        self.projects.stateChanged.connect(self._update_title)
        self.studio = None
        self.current_room = None
        self.room_list = []
        self.room_bar = QToolBar(self.tr("Rooms"), self)
        self.room_bar.setObjectName("toolbar_rooms")
        self.room_bar.setMovable(False)
        self.addToolBar(self.room_bar)
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
    def _make_rooms(self) -> list:
        """The rooms, in the room bar's order; each gets what it shares with the others here."""
        studio = StudioRoom(self.session, self.undo_stack, self)
        race = RaceRoom(self.session, self, session=self.race_session)
        self.race_session = race.session
        return [studio, race, LessonsRoom(self.session, self.undo_stack, studio.dispatcher.received, self,
                                          self.projects)]

    def _build_rooms(self, layouts: dict | None = None) -> None:
        """The rooms, menus and readouts, in the current language (again after a change of language, around the
        same sessions: nothing the learner set up is lost)."""
        shown = self.current_room.key if self.current_room is not None else "studio"
        self.room_list = self._make_rooms()
        self._standing_messages = {}     # {room: its message without a time limit, e.g. why its training ended}
        self.studio = self.room_list[0]
        self.projects.attach(self.studio)
        # a window dragged lower or narrower than the studio's layout needs shows the studio in part, with scroll
        # bars, instead of refusing to get smaller (the layout made for 1440×900 held the window 617 px high or
        # more, higher than the small screens' layout needs). (Not the race: its step-size legend, shown or hidden
        # by the plot's height, which the legend itself raises, came out hidden at 1280×720 in a scroll area.)
        self.studio_scroll = QScrollArea()
        self.studio_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.studio_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # (Tab goes on into the room, as before)
        self.studio_scroll.setWidgetResizable(True)
        self.studio_scroll.setWidget(self.studio)
        for room in self.room_list:
            self.rooms.addWidget(self._page(room))
            room.status_readouts()           # (the readouts get their parent before the room shows or hides one)
            room.statusMessage.connect(partial(self._room_message, room))
            room.showRoomRequested.connect(self.show_room)
            if layouts and room.key in layouts:
                room.restore_layout(layouts[room.key])
            room.start()
        self.current_room = None
        self.show_room(shown)

    def _page(self, room) -> QWidget:
        """The stack's page that holds ``room``: the studio's scroll area, or the room itself."""
        return self.studio_scroll if room is self.studio else room

    def room(self, key: str):
        """The room with this key, or None."""
        return next((r for r in self.room_list if r.key == key), None)

    def show_room(self, key: str) -> None:
        """Show the room ``key``: its menus, its readouts, its place in the window."""
        room = self.room(key) or self.studio
        if room is self.current_room:
            return
        if self.current_room is not None:
            self.current_room.left()
            self.statusBar().removeWidget(self.current_room.status_readouts())
            # a hover text of the room left goes with it (Restart's "Back to the start: …" was seen to stay under
            # the lessons, in a test run under load)
            message = self.statusBar().currentMessage()
            if message and any(a.statusTip() == message for a in self.current_room.findChildren(QAction)):
                self.statusBar().clearMessage()
        self.current_room = room
        for other in self.room_list:
            # only the room shown sets the window's smallest size (a stack's is that of its largest page)
            policy = QSizePolicy.Policy.Preferred if other is room else QSizePolicy.Policy.Ignored
            self._page(other).setSizePolicy(policy, policy)
        self.rooms.setCurrentWidget(self._page(room))
        # the room's own standing message, and no other room's: "The race is over after 2000 steps" stood under
        # the lessons (a message with a time limit stays: a lesson's "set up in the studio" is for the studio)
        standing = self._standing_messages.get(room, "")
        if standing or self.statusBar().currentMessage() in self._standing_messages.values():
            self.statusBar().showMessage(standing)
        readouts = room.status_readouts()
        self.statusBar().addPermanentWidget(readouts)
        readouts.show()
        self._rebuild_menus()
        room.entered()
        self._update_title()
        if self._shortcuts is not None and self._shortcuts.isVisible():
            self._fill_shortcuts()

    def _rebuild_rooms(self) -> None:
        self._rebuild_pending = False
        if self._closing or self.studio is None:
            return
        layouts = {room.key: room.layout_state() for room in self.room_list}
        for room in self.room_list:
            room.shutdown(1000)
            if room.thread_running:
                room.wait_for_thread()
            readouts = room.status_readouts()
            self.statusBar().removeWidget(readouts)
            readouts.setParent(room)          # (the status bar took it: it goes with its room)
            self.rooms.removeWidget(self._page(room))
            room.deleteLater()
        self.studio_scroll.deleteLater()
        old_pad, self._pad = self._pad, None
        pad_open = old_pad is not None and old_pad.isVisible()
        if old_pad is not None:
            old_pad.hide()
        shortcuts_open = self._shortcuts is not None and self._shortcuts.isVisible()
        if self._shortcuts is not None:        # (its titles are in the old language)
            self._shortcuts.close()
            self._shortcuts.deleteLater()
            self._shortcuts = None
        self._build_rooms(layouts)
        if old_pad is not None:      # the pad in the new language, with the learner's drawing and choices
            self._pad = self._make_pad()
            self._pad.take_over(old_pad)
            old_pad.deleteLater()
        if pad_open:
            self.open_pad()
        if shortcuts_open:
            self.show_shortcuts()

    # ================================================================== menus
    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = make_action(self, text, tip, slot, shortcut)
        self._menu_actions.append(action)
        return action

    def _rebuild_menus(self) -> None:
        """The menu bar and the room bar for the room shown (its Edit, own menus and View entries)."""
        for old in (*self._menu_actions, *self.menuBar().findChildren(QMenu)):
            if old.parent() is self or old.parent() is self.menuBar():
                old.deleteLater()          # (the shell's own: a room's menus stay with the room)
        self._menu_actions = []
        self.menuBar().clear()
        self.room_bar.clear()
        self._create_menus()

    def _create_menus(self) -> None:
        projects, studio, room = self.projects, self.studio, self.current_room
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
        self.race_action = self._action(self.tr("Optimizer &race…"),
                                        self.tr("Race optimizers side by side on the studio's network, over many "
                                                "seeds or on a loss surface."), lambda: self.show_room("race"))
        self.about_action = self._action(
            self.tr("&About NN Studio"), self.tr("Version of NN Studio and of what it runs on, where its files are."),
            self._about)
        self.lessons_action = self._action(self.tr("&Lessons…"), self.tr("The lectures step by step, with their own "
                                                                         "numbers (F1)."),
                                           lambda: self.show_room("lessons"), QKeySequence("F1"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts…"), self.tr("Every key of this room and of the window, in a table "
                                                     "(Ctrl+/)."), self.show_shortcuts, QKeySequence("Ctrl+/"))
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(lambda: projects.fill_recent_menu(self.recent_menu))
        self.examples_menu = file_menu.addMenu(self.tr("&Examples"))
        self.examples_menu.setToolTipsVisible(True)
        for i, (key, example) in enumerate(EXAMPLES.items(), 1):    # numbered: Alt+F, E, then 1 to 9
            action = self.examples_menu.addAction(self.tr("&{0} {1}").format(
                i, title("Examples", example.title).replace("&", "&&")))
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
        if room.edit_actions():       # (a room with nothing to edit offers no empty, greyed Edit menu)
            edit_menu = bar.addMenu(self.tr("&Edit"))
            edit_menu.addActions(room.edit_actions())
        for menu in room.menus():
            bar.addMenu(menu)
        view_menu = bar.addMenu(self.tr("&View"))
        # the rooms' entries with a letter no room's own View entries take (the studio's Data and training, Loss,
        # Decision boundary/Prediction, Gradients, Histograms, Default layout; the race's Contestants and
        # set-up, Results; the lessons' Lesson list, Glossary; Language): Alt+V, U shows the studio
        menu_texts = {"studio": self.tr("St&udio"), "race": self.tr("Optimizer r&ace"), "lessons": self.tr("L&essons")}
        group = QActionGroup(self)
        for i, each in enumerate(self.room_list):
            action = self._action(menu_texts.get(each.key, each.title()),
                                  self.tr("Show the room {0} (Ctrl+{1}).").format(each.title(), i + 1),
                                  lambda _=False, k=each.key: self.show_room(k), QKeySequence(f"Ctrl+{i + 1}"))
            action.setIconText(each.title())       # (the room bar's button: Qt kept the Korean "(U)" there)
            action.setCheckable(True)
            action.setChecked(each is room)
            group.addAction(action)
            view_menu.addAction(action)
            self.room_bar.addAction(action)
        self.room_bar.setVisible(len(self.room_list) > 1)
        view_menu.addSeparator()
        view_menu.addActions(room.view_actions())
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
        tools_menu.addAction(self.race_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.lessons_action, self.shortcuts_action, self.about_action])

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

    def _room_message(self, room, text: str, timeout_ms: int) -> None:
        """A room's message for the status bar. One with a time limit shows at once, whichever room is shown (a
        lesson's task ticked while the learner trains in the studio); one without (why the room's training
        ended, or none) stands while its room is shown, and comes back with it."""
        if timeout_ms == 0:
            self._standing_messages[room] = text
            if room is not self.current_room:
                return
        self.show_message(text, timeout_ms)

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

    def open_file(self, path) -> bool:
        """A file dropped on the window, opened as its kind asks (app/drops.py): a project (asking about unsaved
        changes first) or a table as the studio's data, the studio shown once it has opened; a model or a picture
        of a digit in the drawing pad. False, after a message saying why, if it did not open."""
        path = Path(path)
        kind = kind_of(path)
        if kind in ("model", "image"):
            self.open_pad()
            return self._pad.load_model_file(path) if kind == "model" else self._pad.load_image_file(path)
        opened = self.studio.import_csv_file(path) if kind == "table" else self.projects.open_project(path)
        if opened:
            self.show_room("studio")
        return opened

    # ================================================================== the window's geometry and layout
    def _save_layout(self) -> None:
        s = self._settings
        s.setValue("window/screen", _screen_size(self))
        s.setValue("window/geometry", self.saveGeometry())
        for room in self.room_list:
            for name, value in room.layout_state().items():
                s.setValue(f"{room.key}/{name}", value)
        try:
            s.sync()
        except OSError:     # a data folder that cannot be written (read-only, full): the window closes all the same
            pass

    def _restore_geometry(self) -> None:
        same_screen = read_value(self._settings, "window/screen", "") == _screen_size(self)
        geometry = self._settings.value("window/geometry") if same_screen else None
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self._default_geometry()
        for room in self.room_list:
            # a layout saved on another screen, or by an older version (other docks), is not restored: the
            # layout made for this screen instead
            state = {name: self._settings.value(f"{room.key}/{name}") for name in room.layout_state()}
            if not (same_screen and room.restore_layout(state)):
                room.default_layout(self.width(), self.height())

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

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and self._watched_window is not handle:
            self._watched_window = handle
            handle.screenChanged.connect(self._screen_changed)
            self._watch_screen(handle.screen())

    def _watch_screen(self, screen) -> None:
        """Follow the screen the window is on: this one's resolution may change."""
        if self._watched_screen is not None:
            self._watched_screen.availableGeometryChanged.disconnect(self.fit_screen)
        self._watched_screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self.fit_screen)

    def _screen_changed(self, screen) -> None:
        self._watch_screen(screen)
        self.fit_screen()

    def whole_room_size(self) -> QSize:
        """The least window size that shows the room shown whole: the studio without scroll bars (the window may
        be made smaller: the studio scrolls then)."""
        if self.current_room is not self.studio:
            return self.minimumSizeHint()
        bars = self.size() - self.studio_scroll.size()       # the menu bar, the room bar and the status bar
        return (self.studio.minimumSizeHint() + bars).expandedTo(self.minimumSizeHint())

    @Slot()
    def fit_screen(self) -> None:
        """A window larger than its screen's free area (moved from a monitor to a laptop's screen, or a lower
        resolution) gets the size and the layout of a first start on that screen: the layout made for a 1440×900
        screen kept the window 617 px high or more (712 px with an 11-pt font) on a 600-px one, its bottom and its
        controls off the screen."""
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        frame = self.frameGeometry()
        if (avail is None or avail.width() <= 0 or self.isMaximized() or self.isFullScreen()
                or (frame.width() <= avail.width() and frame.height() <= avail.height())):
            return
        width, height = int(avail.width() * SCREEN_SHARE[0]), int(avail.height() * SCREEN_SHARE[1])
        for room in self.room_list:
            room.default_layout(width, height)
        for room in self.room_list:        # (the smaller layouts' least sizes first: the window may then shrink)
            room.layout().activate()
        self.layout().activate()
        self._default_geometry()

    # ================================================================== tools
    def _make_pad(self):
        from nnstudio.app.pad import DigitPadWindow     # (loaded when first asked for: a quicker start)

        pad = DigitPadWindow()
        pad.set_studio_model_provider(self.studio.model_for_tools, self.studio.dispatcher.received,
                                      lambda: self.session.key)
        return pad

    @Slot()
    def open_pad(self) -> None:
        if self._pad is None:
            self._pad = self._make_pad()
        self._pad.show()
        self._pad.raise_()
        self._pad.activateWindow()

    @property
    def pad(self):
        """The drawing pad window, once opened or its keys listed in Help → Keyboard shortcuts (else None)."""
        return self._pad

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts: the keys in force in the room shown and in the window (anew when another
        room is shown while it is open)."""
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog(self)
        self._fill_shortcuts()
        self._shortcuts.show()
        self._shortcuts.raise_()
        return self._shortcuts

    def _fill_shortcuts(self) -> None:
        room = self.current_room
        if self._pad is None:       # (its keys are listed too: made now, shown when Tools → Drawing pad asks)
            self._pad = self._make_pad()
        docks = room.docks()

        def dock_rank(action: QAction) -> int:
            """The place of the action's dock among the room's (-1: in none): Qt lists a room's children in their
            stacking order, which a dock tab brought to the front or sent back changes."""
            widget = action.parent()
            while isinstance(widget, QWidget) and widget is not room:
                if widget in docks:
                    return docks.index(widget)
                widget = widget.parentWidget()
            return -1
        actions = sorted(room.findChildren(QAction), key=dock_rank)       # (a stable sort)
        self._shortcuts.show_rows(room.title(), shortcut_rows(self._menu_actions, actions,
                                                              self._pad.findChildren(QAction)))

    def about_text(self) -> str:
        """Help → About: the version, the versions it runs on, whether the compiled kernels run, where MNIST and
        the learner's own files are, and the memory limit — what a question about the app needs."""
        import platform

        import numpy as np
        import PySide6
        import pyqtgraph
        from PySide6.QtCore import qVersion

        from nnstudio.data.mnist import DataNotFoundError, find_data_dir
        from nnstudio.data.paths import user_data_dir
        from nnstudio.engine import _fused
        from nnstudio.engine.memory import format_bytes, memory_limit

        numba = _fused.numba_version()
        try:
            mnist = self.tr("MNIST: {0}").format(find_data_dir("mnist"))
        except (DataNotFoundError, OSError):
            mnist = self.tr("MNIST: not found on this computer (choose it in the studio's Data list to download "
                            "it).")
        lines = [self.tr("NN Studio {0}: design a neural network, press Run and watch it learn.").format(__version__),
                 self.tr("Python {0}, NumPy {1}, Qt {2} (PySide6 {3}), pyqtgraph {4}.").format(
                     platform.python_version(), np.__version__, qVersion(), PySide6.__version__,
                     pyqtgraph.__version__),
                 self.tr("Compiled training kernels: numba {0}.").format(numba) if numba else
                 self.tr("Compiled training kernels: not in use, training runs on NumPy alone (pip install "
                         "'nnstudio[fast]' adds them)."),
                 mnist,
                 self.tr("Your files (settings, autosave, your digits): {0}").format(user_data_dir()),
                 self.tr("Memory limit for training: {0} (the NNSTUDIO_MEMORY_LIMIT variable sets it).").format(
                     format_bytes(memory_limit()))]
        return "\n\n".join(lines)

    def _about(self) -> QMessageBox:
        """The About box, not modal; its text can be selected and copied (for a question or a bug report)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About NN Studio"), self.about_text(),
                          QMessageBox.StandardButton.Close, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # wide enough for a folder's path on one line (a message box is otherwise as narrow as it can be)
        box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {self.fontMetrics().horizontalAdvance('M') * 46}px; }}")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

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
            event.setAccepted(not any(room.thread_running for room in self.room_list))
            return
        #: completes "Save them before you {0}?" of the unsaved-changes question
        if not self.projects.confirm_discard(self.tr("quit")):
            event.ignore()
            return
        self._closing = True
        self._autosave_timer.stop()
        self._save_layout()
        self.projects.discard_autosave()
        if self._pad is not None:       # the pad goes with the window (a window of its own, without a Qt parent)
            self._pad.close()
            self._pad.deleteLater()
            self._pad = None
        t0 = time.perf_counter()
        running = [room for room in self.room_list if not room.shutdown(CLOSE_WAIT_MS)]
        self.last_join_seconds = time.perf_counter() - t0
        if running:
            # a long training step (a huge network, a huge batch) is still running: the window goes at once,
            # and closes for good — ending the process — when the step is over (a running thread must never
            # be destroyed with its window)
            self.hide()
            for room in running:
                room.finished.connect(self.close)
            event.ignore()
            return
        event.accept()


def _screen_size(widget) -> str:
    """"WxH" of the screen's available area: a layout is restored only on a screen of the same size."""
    screen = widget.screen()
    size = screen.availableGeometry().size() if screen is not None else None
    return f"{size.width()}x{size.height()}" if size is not None else ""
