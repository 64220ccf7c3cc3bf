"""The graphics view of the network editor: shows the drawing at a readable scale (fitted to the widget when
that is readable, scrolled otherwise, zoomed with Ctrl+wheel), explains items on hover, and hosts the inline
field in which a weight is typed and the banner that says what an edit did."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QTransform
from PySide6.QtWidgets import (QApplication, QFrame, QGraphicsView, QHBoxLayout, QLabel, QLineEdit, QStyle,
                               QToolTip)

from nnstudio.app.buttons import ToolButton
from nnstudio.app.colors import ORANGE, blend

MAX_ZOOM = 1.6        # fitting never blows a tiny network up beyond this
READABLE_ZOOM = 0.75  # ... nor shrinks a deep one below this (a 10 pt title stays 10 px high): the rest scrolls
ZOOM_RANGE = (0.25, 3.0)  # what the learner may choose with Ctrl+wheel and Ctrl+plus/minus
ZOOM_STEP = 1.25      # one wheel notch or key press
BANNER_TINT = 0.14    # how much orange a note's background mixes into the palette's base colour


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


class MessageBanner(QFrame):
    """A note floating over the bottom of the drawing: why an edit was refused, or what an edit did to the
    weights, with the action that undoes its effect right there (Reset weights). It covers the drawing rather
    than pushing it up: nothing the mouse is on moves when a note appears."""

    def __init__(self, view: QGraphicsView):
        super().__init__(view)
        self.setObjectName("MessageBanner")
        self._background = None
        self._restyle()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = ToolButton()
        self.close_button = ToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this note."))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 3, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def _restyle(self) -> None:
        """A light orange tint of the palette's base under the palette's own text: pale orange with dark text
        on a light desktop, dark brown with light text on a dark one (a fixed pale box showed a dark desktop's
        white text on near white)."""
        # the view's base: the banner's own palette holds its style sheet's background
        base = self.parentWidget().palette().color(QPalette.ColorRole.Base)
        background = blend(QColor(*ORANGE), base, BANNER_TINT).name()
        if background != self._background:     # (setting a style sheet sends a palette change: no loop)
            self._background = background
            self.setStyleSheet(f"#MessageBanner {{ background: {background}; border: 1px solid "
                               f"{QColor(*ORANGE).name()}; border-radius: 3px; }}")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def set_action(self, action) -> None:
        """The action the note's button offers (when a note asks for it)."""
        self.action_button.setDefaultAction(action)

    def show_text(self, text: str, with_action: bool = False, milliseconds: int = 8000) -> None:
        """Show ``text`` (with the action's button if ``with_action``) for ``milliseconds``."""
        self.label.setText(text)
        self.action_button.setVisible(with_action)
        self.show()
        self.raise_()
        self.place()
        self._timer.start(milliseconds)

    def place(self) -> None:
        """Along the bottom edge of the view's visible area."""
        area = self.parentWidget().viewport().geometry()
        width = max(120, area.width() - 12)
        height = self.heightForWidth(width)
        height = height if height > 0 else self.sizeHint().height()
        self.setGeometry(area.left() + 6, area.bottom() - 5 - height, width, height)


class NetworkView(QGraphicsView):
    """Draws the scene antialiased at a readable scale; a hover shows the item's own description.

    The drawing is fitted to the widget (never beyond MAX_ZOOM, never below READABLE_ZOOM: a deep network
    scrolls instead) until the learner zooms (Ctrl+wheel, Ctrl+plus/minus); ``fit_to_view`` goes back to
    fitting. A drawing that changed under the mouse keeps its scale and place (the +/- buttons stay under the
    mouse); once the mouse has left, ``settled`` asks for it to be laid out afresh.
    """

    rescaled = Signal(float)  # the new scale (device pixels per scene unit, before the screen's pixel ratio)
    settled = Signal()        # the mouse left after the drawing changed under it: lay it out and fit it afresh

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        # the scene rectangle fills the viewport (see _scene_rect); Qt's centring of a smaller one would move
        # the drawing by half a scroll bar's width when a scroll bar comes or goes
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(226, 180)      # (226: with the editor's scroll bar beside it, as wide as 240 was)
        self.value_field = ValueField(self.viewport())
        self.banner = MessageBanner(self)
        self._content = QRectF()
        self._fitted = True            # the scale follows the widget's size (False: the learner zoomed)
        self._settle_pending = False   # the drawing changed under the mouse: ``settled`` once it has left
        self._size = QSize()
        self._ratio = self.devicePixelRatioF()   # the screen's pixel ratio the heatmaps were last made for

    def event(self, event) -> bool:
        # moved to a screen of another pixel ratio (a 200 % laptop screen, a 100 % monitor; Qt sends each widget
        # of the window ScreenChangeInternal), or the screen's ratio changed: the heatmaps, made for the old
        # ratio, would be blurred or needlessly large; this has them made afresh
        if event.type() in (QEvent.Type.ScreenChangeInternal, QEvent.Type.DevicePixelRatioChange):
            ratio = self.devicePixelRatioF()
            if ratio != self._ratio:
                self._ratio = ratio
                self.rescaled.emit(self.zoom())
        return super().event(event)

    # ------------------------------------------------------------------ scale and placement
    def zoom(self) -> float:
        """Device pixels per scene unit (before the screen's pixel ratio)."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        return self._fitted

    def whole_width(self, scale: float = READABLE_ZOOM) -> int:
        """The view's width that shows the drawing whole across at ``scale`` (frame included, no scroll bar)."""
        frame = self.width() - self.maximumViewportSize().width()
        return math.ceil(self._content.width() * scale) + 1 + frame     # (the pixel _fit_scale keeps to spare)

    def set_content_rect(self, rect: QRectF, keep: bool = False) -> None:
        """The part of the scene the drawing covers, fitted anew (after a zoom: at the learner's scale).
        ``keep`` (an edit under the mouse): the scale and what is shown where stay, the drawing grows or
        shrinks below and to the right and scrolls if it must; ``settled`` follows once the mouse has left."""
        self._content = QRectF(rect)
        self._settle_pending = keep
        if keep:
            self._apply(self.zoom(), self._shown_corner())
        else:
            self._place()

    def fit_to_view(self) -> None:
        """Fit the drawing to the widget again (as large as fits, but readable) after a zoom."""
        self._fitted = True
        self._place()

    def zoom_by(self, factor: float, at: QPoint | None = None) -> None:
        """Zoom by ``factor`` keeping the point under viewport position ``at`` (default: the centre) in place."""
        at = self.viewport().rect().center() if at is None else at
        anchor = self.mapToScene(at)
        scale = min(max(self.zoom() * factor, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self._fitted = False
        self._apply(scale, anchor - QPointF(at) / scale)

    def _place(self) -> None:
        if self._fitted:
            self._apply(self._fit_scale())
        else:
            self._apply(self.zoom(), self._shown_corner())

    def _shown_corner(self) -> QPointF:
        """The scene point at the viewport's top left corner."""
        return self.mapToScene(QPoint(0, 0))

    def _fit_scale(self) -> float:
        size = self.maximumViewportSize()
        if self._content.isEmpty():
            return self.zoom()
        # a pixel to spare: rounding must not make a scroll range of one pixel
        scale = min((size.width() - 1) / self._content.width(), (size.height() - 1) / self._content.height(),
                    MAX_ZOOM)
        return max(READABLE_ZOOM, scale)

    def _apply(self, scale: float, corner: QPointF | None = None) -> None:
        """Show the content at ``scale`` with scene point ``corner`` at the viewport's top left corner
        (None: the content centred across, its top at the top)."""
        if self._content.isEmpty() or not math.isfinite(scale) or scale <= 0:
            return
        changed = not math.isclose(scale, self.zoom())
        if changed:
            self.setTransform(QTransform.fromScale(scale, scale))
        self.setSceneRect(self._scene_rect(scale, corner))
        if corner is not None:
            off = self.mapFromScene(corner)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + off.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + off.y())
        if changed:
            self.rescaled.emit(scale)

    def _scene_rect(self, scale: float, corner: QPointF | None) -> QRectF:
        """The scene rectangle at ``scale``: the content, widened to fill the viewport from ``corner`` (None:
        centred across and at the top, leaving the room below for a layer to grow into, and for notes)."""
        content = self._content
        size = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        w, h = size.width(), size.height()
        for _ in range(2):   # a scroll bar for one direction takes room from the other
            wide, tall = content.width() * scale > w, content.height() * scale > h
            w, h = size.width() - (bar if tall else 0), size.height() - (bar if wide else 0)
        # half a pixel less than the viewport: rounding must not make a scroll range of one pixel
        shown_w, shown_h = (w - 0.5) / scale, (h - 0.5) / scale
        if corner is not None:
            left, top = min(corner.x(), content.left()), min(corner.y(), content.top())
        else:
            left = content.left() - max(0.0, shown_w - content.width()) / 2
            top = content.top()
        right = max(content.right(), (corner.x() if corner is not None else left) + shown_w)
        bottom = max(content.bottom(), (corner.y() if corner is not None else top) + shown_h)
        return QRectF(left, top, right - left, bottom - top)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # the widget's size, not the viewport's: scroll bars that come and go must not change the scale
        if self.size() != self._size:
            self._size = self.size()
            self._place()
        if self.banner.isVisible():
            self.banner.place()

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        if self._settle_pending:
            self._settle_pending = False
            self.settled.emit()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom_by(ZOOM_STEP ** notches, event.position().toPoint())
            event.accept()
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if vbar.maximum() == vbar.minimum() and hbar.maximum() > hbar.minimum() and not event.angleDelta().x():
            # nothing to scroll up or down: the wheel scrolls sideways (deep networks are wide)
            lines = QApplication.wheelScrollLines() * event.angleDelta().y() / 120
            hbar.setValue(hbar.value() - round(lines * hbar.singleStep()))
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ hovering and typing
    def describe_at(self, pos: QPoint) -> str:
        """The tooltip text for the item under viewport position ``pos`` ("" when nothing is there)."""
        item = describable(self.itemAt(pos))
        return item.describe() if item is not None else ""

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.banner.isVisible():
            self.banner.place()     # a scroll bar came or went
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
