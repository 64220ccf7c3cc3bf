"""Buttons the studio's views share."""
from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStylePainter, QToolButton


class ToolButton(QToolButton):
    """A tool button that shows when it has the keyboard focus: Fusion (the style of most Linux installs) draws a
    focused tool button exactly as an unfocused one, so a learner moving with Tab lost the focus on the editor's
    and the plots' buttons."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus():
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            # (a tool button takes the focus from the keyboard only: Tab, not a click)
            option.state |= QStyle.StateFlag.State_KeyboardFocusChange
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)
