"""The drawing surface: white ink on black like MNIST, round antialiased pen, strokes kept for undo."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

CANVAS_PIXELS = 280


@dataclass
class Stroke:
    """One pen-down-to-pen-up line: its width in canvas pixels and the points it went through."""

    width: float
    points: list[QPointF] = field(default_factory=list)


class DrawingCanvas(QWidget):
    """A square greyscale image (280x280 pixels) the user draws on with the mouse or a tablet pen.

    The widget shows the image scaled to fit; the image itself keeps its fixed resolution, so the
    preprocessing sees the same pixels whatever the window size. `to_array()` returns it as uint8 (H, W).
    """

    inkChanged = Signal()        # while drawing: the pen moved and left ink (throttle before predicting)
    strokeFinished = Signal()    # pen lifted: a stroke is complete
    canvasReset = Signal()       # the whole image changed: clear, undo, or an image was loaded

    def __init__(self, parent: QWidget | None = None, pixels: int = CANVAS_PIXELS):
        super().__init__(parent)
        self._image = QImage(pixels, pixels, QImage.Format.Format_Grayscale8)
        self._image.fill(QColor(0, 0, 0))
        self._base: QImage | None = None          # an image loaded from the gallery, drawn under the strokes
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        # what Clear wiped or a loaded image replaced, newest last: undo brings it back once its strokes are gone
        self._history: list[tuple[QImage | None, list[Stroke]]] = []
        self._pen_width = 22.0
        # what the screen shows: the same drawing painted at the screen's own pixels (the 280-px image blown up to
        # a 200 % screen's 700 device pixels looked soft); None until painted, rebuilt for another size or ratio
        self._shown: QImage | None = None
        self.setMinimumSize(pixels, pixels)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # ------------------------------------------------------------------ state
    def pixels(self) -> int:
        return self._image.width()

    def pen_width(self) -> float:
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        """Pen diameter in canvas pixels (the canvas is 280 px wide; MNIST-like strokes: about 15-30)."""
        self._pen_width = float(width)

    def stroke_count(self) -> int:
        return len(self._strokes)

    def has_ink(self) -> bool:
        return bool(self._strokes) or self._base is not None

    def can_undo(self) -> bool:
        """True when undo() changes something: a stroke to remove, or a drawing that Clear wiped."""
        return bool(self._strokes) or bool(self._history)

    def to_array(self) -> np.ndarray:
        """The canvas as a uint8 array (H, W), ink bright (a copy)."""
        img = self._image
        buf = np.frombuffer(img.constBits(), dtype=np.uint8)
        return buf.reshape(img.height(), img.bytesPerLine())[:, :img.width()].copy()

    def image(self) -> QImage:
        return self._image

    # ------------------------------------------------------------------ editing
    def _remember(self) -> None:
        if self.has_ink():
            self._history.append((self._base, list(self._strokes)))

    def clear(self) -> None:
        """Wipe everything (Delete, Esc); undo() brings it back."""
        self._remember()
        self._strokes.clear()
        self._current = None
        self._base = None
        self._redraw()
        self.canvasReset.emit()

    def undo(self) -> bool:
        """Remove the last stroke (Ctrl+Z), or with none left bring back what Clear wiped or a loaded image
        replaced; False when there is nothing to undo."""
        if self._strokes:
            self._strokes.pop()
        elif self._history:
            self._base, self._strokes = self._history.pop()
        else:
            return False
        self._current = None
        self._redraw()
        self.canvasReset.emit()
        return True

    def take_over(self, other: "DrawingCanvas") -> None:
        """The drawing of ``other`` (its loaded image and strokes, undoable one by one as there)."""
        self._base = other._base
        self._strokes = [Stroke(s.width, list(s.points)) for s in other._strokes]
        self._history = [(base, list(strokes)) for base, strokes in other._history]
        self._current = None
        self._redraw()
        self.canvasReset.emit()

    def load_array(self, image: np.ndarray) -> None:
        """Show an image (2-D, ink bright, 0-1 floats or uint8, any size), e.g. an MNIST digit, scaled smoothly
        to the canvas. Earlier strokes are dropped; new strokes draw on top of it."""
        a = np.asarray(image)
        if a.dtype != np.uint8:
            a = np.round(np.clip(np.asarray(a, dtype=np.float64), 0.0, 1.0) * 255).astype(np.uint8)
        a = np.ascontiguousarray(a)
        h, w = a.shape
        small = QImage(a.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        n = self.pixels()
        self._remember()
        self._base = small.scaled(n, n, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
        self._strokes.clear()
        self._current = None
        self._redraw()
        self.canvasReset.emit()

    def add_stroke(self, points, width: float | None = None) -> None:
        """Draw a whole stroke from canvas coordinates [(x, y), ...] (scripted drawing, benchmarks)."""
        stroke = Stroke(self._pen_width if width is None else float(width), [QPointF(x, y) for x, y in points])
        self._strokes.append(stroke)
        for painter in self._painters():
            self._paint_stroke(painter, stroke)
            painter.end()
        self.update()
        self.strokeFinished.emit()

    # ------------------------------------------------------------------ painting the image
    def _painter(self, image: QImage | None = None) -> QPainter:
        """A painter on the image (default) or on the shown copy, in canvas pixels."""
        painter = QPainter(self._image if image is None else image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if image is not None:     # (a painter on an image of a high-DPI screen's ratio counts in its logical pixels)
            side = image.width() / image.devicePixelRatio()
            painter.scale(side / self.pixels(), side / self.pixels())
        return painter

    def _painters(self) -> list[QPainter]:
        """Painters on the image and on the shown copy (if there is one): a stroke goes onto both alike."""
        return [self._painter()] + ([self._painter(self._shown)] if self._shown is not None else [])

    def _shown_image(self) -> QImage:
        """The drawing at the screen's pixels for the target rectangle: made anew for another size or pixel ratio
        (the strokes drawn again at that resolution, a loaded image scaled smoothly)."""
        ratio = self.devicePixelRatioF()
        side = max(1, round(self._target_rect().width() * ratio))
        shown = self._shown
        if shown is None or shown.width() != side or shown.devicePixelRatio() != ratio:
            shown = QImage(side, side, QImage.Format.Format_Grayscale8)
            shown.setDevicePixelRatio(ratio)
            shown.fill(QColor(0, 0, 0))
            self._shown = shown
            painter = self._painter(shown)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            if self._base is not None:
                painter.drawImage(QRectF(self._image.rect()).center() - QRectF(self._base.rect()).center(), self._base)
            for stroke in self._strokes:
                self._paint_stroke(painter, stroke)
            painter.end()
        return shown

    @staticmethod
    def _pen(width: float) -> QPen:
        pen = QPen(QColor(255, 255, 255))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_stroke(self, painter: QPainter, stroke: Stroke) -> None:
        painter.setPen(self._pen(stroke.width))
        # Exactly the calls made while the stroke was drawn live (a dot, then one segment per move), so
        # that redrawing after an undo gives the same pixels as before.
        pts = stroke.points
        painter.drawPoint(pts[0])                 # a dot: the round cap makes it a disc
        for a, b in zip(pts[:-1], pts[1:]):
            painter.drawLine(a, b)

    def _redraw(self) -> None:
        self._image.fill(QColor(0, 0, 0))
        painter = self._painter()
        if self._base is not None:
            painter.drawImage(QRectF(self._image.rect()).center() - QRectF(self._base.rect()).center(), self._base)
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke)
        painter.end()
        self._shown = None               # (made anew when painted)
        self.update()

    # ------------------------------------------------------------------ widget <-> canvas coordinates
    def _target_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _update_around(self, a: QPointF, b: QPointF, width: float) -> None:
        """Repaint only the part of the widget a new segment touched (a full repaint costs ~1 ms)."""
        r = self._target_rect()
        s = r.width() / self.pixels()
        pad = width / 2 + 2
        box = QRectF(min(a.x(), b.x()) - pad, min(a.y(), b.y()) - pad,
                     abs(a.x() - b.x()) + 2 * pad, abs(a.y() - b.y()) + 2 * pad)
        self.update(QRectF(r.x() + box.x() * s, r.y() + box.y() * s, box.width() * s,
                           box.height() * s).toAlignedRect())

    def _to_canvas(self, pos: QPointF) -> QPointF:
        r = self._target_rect()
        s = self.pixels() / r.width()
        return QPointF((pos.x() - r.x()) * s, (pos.y() - r.y()) * s)

    def sizeHint(self) -> QSize:
        return QSize(self.pixels() + 40, self.pixels() + 40)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        painter.fillRect(event.rect(), self.palette().window())
        painter.drawImage(self._target_rect().topLeft(), self._shown_image())
        painter.setPen(QPen(QColor(90, 90, 90)))
        painter.drawRect(self._target_rect().adjusted(0, 0, -1, -1))
        painter.end()

    # ------------------------------------------------------------------ input
    def _begin(self, pos: QPointF) -> None:
        p = self._to_canvas(pos)
        self._current = Stroke(self._pen_width, [p])
        self._strokes.append(self._current)
        for painter in self._painters():
            self._paint_stroke(painter, self._current)
            painter.end()
        self._update_around(p, p, self._current.width)
        self.inkChanged.emit()

    def _extend(self, pos: QPointF) -> None:
        p = self._to_canvas(pos)
        last = self._current.points[-1]
        if p == last:
            return
        self._current.points.append(p)
        for painter in self._painters():
            painter.setPen(self._pen(self._current.width))
            painter.drawLine(last, p)
            painter.end()
        self._update_around(last, p, self._current.width)
        self.inkChanged.emit()

    def _end(self) -> None:
        self._current = None
        self.strokeFinished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._extend(event.position())
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen drives the same three steps as the mouse; accepting stops Qt from also sending mouse events.
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease and self._current is not None:
            self._extend(event.position())
            self._end()
        event.accept()
