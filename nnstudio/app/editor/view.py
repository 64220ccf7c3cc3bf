"""The graphics view of the network editor: fits the drawing to the widget, explains items on hover,
and hosts the inline field in which a weight is typed."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QToolTip

MAX_ZOOM = 1.6  # a tiny network is not blown up to fill a large window


def describable(item):
    """The item itself or its nearest ancestor that can describe itself (text children have no tooltip)."""
    while item is not None and not hasattr(item, "describe"):
        item = item.parentItem()
    return item


class ValueField(QLineEdit):
    """A one-line field floating over the drawing: Enter commits the typed text, Escape or leaving cancels."""

    committed = Signal(str)   # the text when Enter was pressed
    cancelled = Signal()      # Escape pressed or focus lost

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedWidth(96)
        self.hide()
        self.returnPressed.connect(lambda: self.committed.emit(self.text()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.isVisible():
            self.hide()
            self.cancelled.emit()


class NetworkView(QGraphicsView):
    """Draws the scene antialiased and scaled to fit; a hover shows the item's own description."""

    rescaled = Signal(float)  # the new scale (device pixels per scene unit, before the screen's pixel ratio)

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 180)
        self.value_field = ValueField(self.viewport())
        self._content = QRectF()

    def set_content_rect(self, rect: QRectF) -> None:
        """The part of the scene to keep in view; it is refitted on every resize."""
        self._content = QRectF(rect)
        self.setSceneRect(rect)
        self.fit()

    def fit(self) -> None:
        if self._content.isEmpty():
            return
        vw, vh = self.viewport().width(), self.viewport().height()
        scale = min(vw / self._content.width(), vh / self._content.height(), MAX_ZOOM)
        if not math.isfinite(scale) or scale <= 0:
            return
        changed = not math.isclose(scale, self.transform().m11())
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self._content.center())
        if changed:
            self.rescaled.emit(scale)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def describe_at(self, pos: QPoint) -> str:
        """The tooltip text for the item under viewport position ``pos`` ("" when nothing is there)."""
        item = describable(self.itemAt(pos))
        return item.describe() if item is not None else ""

    def viewportEvent(self, event) -> bool:  # noqa: N802
        # Tooltips are computed when asked, from the newest snapshot, instead of being rewritten on every one.
        if event.type() == QEvent.Type.ToolTip:
            text = self.describe_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def open_field(self, viewport_pos: QPoint, text: str, placeholder: str) -> None:
        """Show the value field at ``viewport_pos`` holding ``text``, selected, with the keyboard focus."""
        field = self.value_field
        field.setText(text)
        field.setPlaceholderText(placeholder)
        x = min(max(0, viewport_pos.x() - field.width() // 2), max(0, self.viewport().width() - field.width()))
        y = min(max(0, viewport_pos.y() - field.sizeHint().height() // 2),
                max(0, self.viewport().height() - field.sizeHint().height()))
        field.move(x, y)
        field.show()
        field.raise_()
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        field.selectAll()
