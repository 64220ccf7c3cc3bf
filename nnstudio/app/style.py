"""The app's widget style: the desktop's own, with check boxes and radio buttons that show on a dark palette.

Fusion (the style Qt gives a Linux desktop, and any desktop in dark mode that asks for it) outlines a check box
with the window colour made 40 % darker: on a light window a grey frame, on a dark one a frame barely darker than
the window (1.05:1 on #2b2b2b), so an empty box, a plain one or one in a list, was all but invisible; a radio
button's circle too. On a dark palette ``ReadableStyle`` draws the outline again in a colour that stands out from
the window and from the box's inside (3:1, WCAG's least contrast for a control's boundary); a light palette is
drawn as the style draws it, pixel for pixel.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

from nnstudio.app.colors import blend, readable_on, relative_luminance

BOUNDARY_CONTRAST = 3.0   # WCAG 2.1, 1.4.11 non-text contrast: a control's boundary against what is around it


def is_dark(palette: QPalette) -> bool:
    """True for a dark desktop theme's palette (its window darker than mid grey)."""
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.18


def box_outline_color(palette: QPalette, enabled: bool = True) -> QColor:
    """The outline of a check box on a dark ``palette``: the text colour halfway toward the box's inside (a
    greyed-out box: its greyed-out text colour), at least 3:1 against the window and the inside alike."""
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    text = palette.color(group, QPalette.ColorRole.Text)
    base = palette.color(group, QPalette.ColorRole.Base)
    return box_outline_color_from(blend(text, base, 0.5) if enabled else text, palette)


def box_outline_color_from(colour: QColor, palette: QPalette) -> QColor:
    """``colour`` made to stand 3:1 from the window and the box's inside of a dark ``palette`` (a light line: the
    lighter of the two is the harder one)."""
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    return readable_on(colour, max((window, base), key=relative_luminance), BOUNDARY_CONTRAST)


class ReadableStyle(QProxyStyle):
    """The desktop's style, with a check box's outline redrawn on a dark palette (see the module's docstring).
    Fusion draws an item view's check box through this style too (``PE_IndicatorItemViewItemCheck`` asks its
    proxy for ``PE_IndicatorCheckBox``)."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        super().drawPrimitive(element, option, painter, widget)
        boxes = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        if element not in boxes or not is_dark(option.palette):
            return
        if self.baseStyle().name().lower() != "fusion":     # (other styles draw their own, readable boxes)
            return
        state = option.state
        colour = box_outline_color(option.palette, bool(state & QStyle.StateFlag.State_Enabled))
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            # Fusion's focus frame, the highlight made darker: as readable as the plain one
            colour = box_outline_color_from(option.palette.color(QPalette.ColorRole.Highlight), option.palette)
        painter.save()
        # Fusion's frame, as Fusion draws it (a line 1 px wide on the rect's outermost pixels, at any screen scale)
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.translate(0.5, 0.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour))
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        else:       # a radio button's circle, where Fusion draws it
            rect = option.rect
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(rect.center()) + QPointF(0.5, 0.5), radius, radius)
        painter.restore()


def readable_style(name: str | None = None) -> ReadableStyle:
    """``ReadableStyle`` over the style called ``name`` (Qt's style names: "Fusion", "windows11", ...) or, without
    a name, over the one the application uses now."""
    from PySide6.QtWidgets import QApplication

    if name is None:
        current = QApplication.style()
        name = current.name() if current is not None else "Fusion"
    base = QStyleFactory.create(name)
    return ReadableStyle(base) if base is not None else ReadableStyle()
