"""Buttons the rooms share."""
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


def wide_enough_for(button: QToolButton, texts) -> None:
    """Keep ``button``, which shows one of ``texts`` at a time (Run and Pause take turns on it), as wide as the
    widest of them: the buttons after it stay in place when its text changes (Step moved from under the mouse when
    Run became Pause; 실행 and 일시 정지 differ by half a button)."""
    shown, widths = button.text(), []
    for text in texts:       # (the style's own size for each text: a measure of the letters alone was 1 px off)
        button.setText(text)
        widths.append(button.sizeHint().width())
    button.setText(shown)
    button.setMinimumWidth(max(widths))
