"""Room: a place of the main window where the learner works — the studio, the optimizer race, the lessons.

A room is a QMainWindow of its own (so it keeps its docks and toolbars) shown as a page of the main window. The
window asks the shown room for what goes into its menus and status bar, starts and stops it, and remembers its
layout. A room never imports the window or another room: it asks for another room by its key
(``showRoomRequested``), and the window connects what rooms share (the studio's session) when it builds them.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QWidget

from nnstudio.app.focus import chain_tabs, visual_tab_stops
from nnstudio.app.texts import compiling_note


def make_action(parent: QObject, text: str, tip: str, slot, shortcut=None) -> QAction:
    """An action of ``parent`` that calls ``slot``, with ``tip`` as its tooltip and status tip."""
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


class Room(QMainWindow):
    """The parts of a room the main window uses; every method has a do-nothing default."""

    # a message for the window's status bar, shown for that many milliseconds (0: until the next one)
    statusMessage = Signal(str, int)
    # show the room with this key ("studio", "race", "lessons")
    showRoomRequested = Signal(str)
    # the room's threads have ended (after a shutdown that had to wait for a long training step)
    finished = Signal()

    key = "room"

    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        return make_action(self, text, tip, slot, shortcut)

    _standing_message = False    # the status bar shows why training ended, until it goes on

    def _show_standing_message(self, message: str) -> None:
        """Why training or the race ended ("The race is over after 2000 steps…", "Stopped after 3 epochs…"):
        shown until it goes on or starts again (see _clear_standing_message; it stayed while a new run ran)."""
        self._standing_message = True
        self.statusMessage.emit(message, 0)

    def _clear_standing_message(self) -> None:
        if self._standing_message:
            self._standing_message = False
            self.statusMessage.emit("", 0)

    def _show_preparing(self, busy: bool) -> None:
        """The worker's ``preparing`` signal: say why the first steps of a large network wait (compiling)."""
        self.statusMessage.emit(compiling_note() if busy else "", 0)

    # -- the keyboard: Tab through the room's parts as they read --------------------------------------------------
    # Tab stops at the room itself first (the race: the room takes the focus when shown, and the first Tab goes on
    # to its first control); otherwise the chain starts at the first part's first stop
    tab_chain_starts_at_room = False

    def tab_parts(self) -> tuple:
        """The room's panels in the order Tab goes through them (none: Qt's own order, the order widgets were made).
        A part that is None or not shown is passed over."""
        return ()

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes, in order: each part shown, its stops as they read (see focus.visual_tab_stops)."""
        return [w for part in self.tab_parts() if part is not None and part.isVisibleTo(self)
                for w in visual_tab_stops(part)]

    def focusNextPrevChild(self, next: bool) -> bool:
        # (ordered at each Tab: a room makes widgets as the learner goes — a contestant's row, an optimizer's own
        # settings shown by More, a lesson's page when first shown — and Qt puts a new widget at the end of the
        # chain; the docks may have moved)
        stops = self.tab_stops()
        chain_tabs([self, *stops] if self.tab_chain_starts_at_room else stops)
        return super().focusNextPrevChild(next)

    def title(self) -> str:
        """The room's name in the window's room bar (translated)."""
        return self.key

    def menus(self) -> list:
        """Menus of this room for the menu bar, after Edit (e.g. the studio's Training menu)."""
        return []

    def edit_actions(self) -> list:
        """Undo/redo and the like for the Edit menu."""
        return []

    def view_actions(self) -> list:
        """Show/hide actions of the room's docks for the View menu."""
        return [dock.toggleViewAction() for dock in self.docks()]

    def docks(self) -> list:
        return []

    def status_widgets(self) -> list:
        """Readouts for the window's status bar while the room is shown."""
        return []

    _readouts = None

    def status_readouts(self) -> QWidget:
        """``status_widgets`` in one box, built once, that the window puts into its status bar while the room is
        shown. The box is the readouts' parent, so a readout the room shows or hides while another room is shown
        stays inside it: a parentless widget that is shown becomes a window of its own (the race's progress bar
        stood as a small window in the screen's corner while the studio was shown)."""
        if self._readouts is None:
            self._readouts = QWidget(self)
            layout = QHBoxLayout(self._readouts)
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in self.status_widgets():
                layout.addWidget(widget)
            self._readouts.hide()
        return self._readouts

    def start(self) -> None:
        """The window is built: start whatever the room runs (its training thread)."""

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop; True if every thread of the room ended within ``timeout_ms``."""
        return True

    @property
    def thread_running(self) -> bool:
        return False

    def wait_for_thread(self) -> None:
        """Block until the room's threads have ended (after a ``shutdown`` that timed out)."""

    def entered(self) -> None:
        """The room is shown."""

    def left(self) -> None:
        """Another room is shown instead (pause what need not run unseen)."""

    # -- layout: plain values the window stores in its settings -----------------------------------------------------
    LAYOUT_VERSION = 1

    def layout_state(self) -> dict:
        return {"state": self.saveState(self.LAYOUT_VERSION)}

    def restore_layout(self, state: dict) -> bool:
        """Restore what ``layout_state`` gave; False for a layout of another version (nothing changes)."""
        value = state.get("state")
        return isinstance(value, QByteArray) and not value.isEmpty() and self.restoreState(value,
                                                                                          self.LAYOUT_VERSION)

    def default_layout(self, width: int, height: int) -> None:
        """The docks' first sizes for a window of ``width`` × ``height``."""
