"""Help → Keyboard shortcuts: every key of the window, of the room shown and of the drawing pad, read from their
actions when the list opens (so it is always the set in force, in the language shown), in a table a learner can sort
and copy."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QDialog, QDialogButtonBox, QDockWidget, QHeaderView, QKeySequenceEdit, QLabel,
                               QLineEdit, QPlainTextEdit, QTableWidget, QTableWidgetItem, QTextEdit, QVBoxLayout,
                               QWidget)

from nnstudio.app.tables import add_copy_action

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _command(action: QAction) -> str:
    """The action's text as a menu shows it, without its mnemonic ("&Open", Korean "열기(&O)") and a trailing
    "…"."""
    text = re.sub(r"\(&[^&]\)", "", action.text().replace("&&", "\0")).replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...")


def _key_list(action: QAction) -> list[str]:
    return [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]


def _keys(action: QAction) -> str:
    return ", ".join(_key_list(action))


def _place(action: QAction) -> str | None:
    """What a widget's own shortcut works in: the name of its widget or of the nearest one that has a name, or
    the title of the dock it is in (None: unnamed)."""
    widget = action.parent()
    while isinstance(widget, QWidget):
        if widget.accessibleName():
            return widget.accessibleName()
        if isinstance(widget, QDockWidget):
            return widget.windowTitle()
        widget = widget.parentWidget()
    return None


def _in_force(action: QAction) -> bool:
    """False for the action of a view not shown (a lesson's page, a plot's hidden tab): its key does nothing now."""
    widget = action.parent()
    return not isinstance(widget, QWidget) or widget.isVisible()


# widgets that take a typed character: as text, or to jump to the item it begins (a combo box's or a list's
# type-ahead)
_TYPING_WIDGETS = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
                   QKeySequenceEdit)
_SPACE_TAKERS = (QAbstractButton, QComboBox)          # Space presses, ticks or opens the list
_KEY_TAKERS = _TYPING_WIDGETS + (QAbstractButton,)
_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_typed_character(event: QKeyEvent) -> bool:
    """A key that types one visible character (S, r, 7, +) without Ctrl, Alt or Meta. (Not Space: a combo box's
    type-ahead seldom needs it, and Space opens its list; see ``FocusedWidgetsTakeKeys``.)"""
    held = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    text = event.text()
    return held == Qt.KeyboardModifier.NoModifier and len(text) == 1 and text.isprintable() and not text.isspace()


class FocusedWidgetsTakeKeys(QObject):
    """The widget with the keyboard focus in ``window`` (or in a dock floated out of it) keeps the keys it uses
    itself, which are one-key shortcuts elsewhere (Space = Run or Race, S = Step, R = Reset weights or Restart),
    as everywhere on a desktop:

    - Space presses the focused button, ticks the focused box or opens the focused combo box's list: a learner who
      went there with Tab could not tick Log scale or Nesterov (a box has no other key) and started training;
    - a typed character goes to the focused field, list or combo box: in the Data box "S" jumps to the spiral, in
      a list to its item, in a field it is typed. (A line edit or a spin box takes it by itself; a combo box or a
      list did not say so to Qt.);
    - Ctrl+Z and Ctrl+Y in a number field whose value is applied undo and redo the window's edits (``_leaves_undo``).

    Elsewhere the keys are the shortcuts still."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        # (it watches only the widget with the focus: a filter on the whole application would run Python for every
        # event of every widget, and take the GIL from the training thread each time)
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _in_window(self, widget: QWidget) -> bool:
        while widget is not None:          # (a floating dock is a window of its own, still the room's child)
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def _follow_focus(self, old, new) -> None:
        if isinstance(old, _KEY_TAKERS):
            old.removeEventFilter(self)
        if isinstance(new, _KEY_TAKERS) and self._in_window(new):
            new.installEventFilter(self)

    @staticmethod
    def _takes(widget: QWidget, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            return isinstance(widget, _SPACE_TAKERS)
        return is_typed_character(event) and isinstance(widget, _TYPING_WIDGETS)

    @staticmethod
    def _leaves_undo(widget: QWidget, event: QKeyEvent) -> bool:
        """Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in a number field whose value is applied (nothing typed since Enter) undo
        and redo the window's edits, as anywhere else: the field's own line edit took them and undid its keystrokes,
        so that a learner who had typed 0.05 and pressed Ctrl+Z saw nothing happen. While a number is being typed,
        the keys stay the field's own."""
        if not isinstance(widget, QAbstractSpinBox):
            return False
        undo_key = any(event.matches(key) for key in _UNDO_KEYS) or event.keyCombination() == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
        applied = widget.lineEdit().text() == widget.prefix() + widget.textFromValue(widget.value()) + widget.suffix()
        return undo_key and applied

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Qt asks the focused widget whether it takes a key (ShortcutOverride) before it fires a shortcut
        if event.type() != QEvent.Type.ShortcutOverride or not (watched.isEnabled() and watched.hasFocus()):
            return False
        if self._takes(watched, event):
            event.accept()
            return True
        return self._leaves_undo(watched, event)        # (True, not accepted: the window's Undo / Redo fires)


def shortcut_rows(window_actions, room_actions, pad_actions=()) -> list[tuple[str, str, str, str]]:
    """(keys, command, where it works, what it does) of every action with a shortcut in force: the window's first
    (everywhere), then the room's (in the whole room, then those of one view), not those of views not shown; one
    row for a command that several views share (the plots' Reset view). Last the drawing pad's (its own window,
    open or not): in the whole pad, then those of one of its views."""
    rows: dict[tuple[str, str], list] = {}
    for actions, everywhere in ((window_actions, True), (room_actions, False)):
        for action in actions:
            if not action.shortcuts() or not (everywhere or _in_force(action)):
                continue
            key = (_keys(action), _command(action))
            wide = everywhere or action.shortcutContext() in _WINDOW_WIDE
            row = rows.setdefault(key, [everywhere, wide, [], action.toolTip()])
            if not wide:
                row[2].append(_place(action))
    ordered = sorted(rows.items(), key=lambda item: (not item[1][0], not item[1][1]))   # (a stable sort)
    result = []
    for (keys, command), (everywhere, wide, places, tip) in ordered:
        if everywhere:
            where = QCoreApplication.translate("Shortcuts", "everywhere")
        elif wide:
            where = QCoreApplication.translate("Shortcuts", "in this room")
        elif None in places:
            where = QCoreApplication.translate("Shortcuts", "after a click in the view")
        else:
            where = QCoreApplication.translate("Shortcuts", "after a click in: {0}").format(", ".join(dict.fromkeys(places)))
        result.append((keys, command, where, tip))
    pad_rows = []
    # a view's own keys win in that view: Delete in Saved drawings deletes the selected drawing, not Clear
    views_keys = [(action, _key_list(action)) for action in pad_actions
                  if action.shortcuts() and action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut]
    for action in pad_actions:
        if not action.shortcuts():
            continue
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            where = QCoreApplication.translate("Shortcuts", "in the drawing pad, after a click in: {0}").format(
                _place(action))
        else:
            where = QCoreApplication.translate("Shortcuts", "in the drawing pad")
            exceptions = [QCoreApplication.translate("Shortcuts", "{0} in: {1} (there: {2})").format(
                ", ".join(shared), _place(view_action), _command(view_action))
                for view_action, keys in views_keys
                if (shared := [key for key in _key_list(action) if key in keys])]
            if exceptions:
                where = QCoreApplication.translate("Shortcuts", "in the drawing pad, except {0}").format(
                    "; ".join(exceptions))
        pad_rows.append((action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut,
                         (_keys(action), _command(action), where, action.toolTip())))
    result += [row for _, row in sorted(pad_rows, key=lambda item: item[0])]
    return result


class ShortcutsDialog(QDialog):
    """The table of shortcut_rows; ``show_rows`` fills it anew."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command"), self.tr("Works"),
                                              self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Click a column's title to sort by it. Ctrl+C copies the selected rows (all if "
                                      "none is selected)."))
        add_copy_action(self.table)
        self.table.installEventFilter(self)         # (rows follow the width: see _fit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.table, 1)
        column.addWidget(buttons)
        self.resize(900, 560)

    def show_rows(self, room_title: str, rows) -> None:
        self.heading.setText(self.tr("The keys of the room {0}, of the whole window and of the drawing pad. A view's "
                                     "own keys work once you have clicked it; a one-letter key (S, R) is typed into "
                                     "a field, list or combo box that has the keyboard focus.").format(room_title))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(row[3])
                self.table.setItem(r, c, item)
        # in the grouped order first (the window's, the room's, the pad's); a click on a column's title sorts by it
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fit()

    def _fit(self) -> None:
        """Keys and commands as wide as they are; where it works, wrapped, in a third of the width left and what
        it does in the rest; every row as high as its text."""
        header = self.table.horizontalHeader()
        for c in range(2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        rest = self.table.viewport().width() - header.sectionSize(0) - header.sectionSize(1)
        header.resizeSection(2, max(self.fontMetrics().horizontalAdvance("M") * 10, rest // 3))
        self.table.resizeRowsToContents()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit)     # (once the last column has stretched to the new width)
        return super().eventFilter(watched, event)
