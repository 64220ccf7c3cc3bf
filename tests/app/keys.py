"""Keyboard helpers shared by the rooms' GUI tests."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tab_round(qtbot, first, key=Qt.Key.Key_Tab, limit=200):
    """The widgets Tab (or Shift+Tab) gives the focus to from ``first``, until it comes back to ``first``."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    stops = [first]
    shift = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key, shift)
        widget = QApplication.focusWidget()
        if widget is first:
            return stops
        stops.append(widget)
    raise AssertionError(f"Tab never came back: {[type(w).__name__ for w in stops[-5:]]}")
