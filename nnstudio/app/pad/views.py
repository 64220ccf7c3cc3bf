"""Small painted views of the pad: the class-probability bars and an enlarged greyscale image."""
from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOUR = QColor(120, 144, 176)
TOP_COLOUR = QColor(230, 126, 34)
HANGUL = re.compile("[\uac00-\ud7a3]")
SMALL_LABEL = 0.8           # a class name too long for its bar may shrink to this share of the font's size


def grouped(count: int) -> str:
    """A count as the language writes it ("10,000"), the same everywhere in the pad."""
    return QLocale().toString(int(count))


def percent(fraction: float, decimals: int = 1) -> str:
    """A share (0.157) as a percentage, written one way everywhere in the pad, as the language writes it and as
    the studio does: "15.7 %" in English (a space that never breaks the line before the sign), "15.7%" in Korean."""
    number = QLocale().toString(100 * float(fraction), "f", decimals)
    return QCoreApplication.translate("Percent", "{0}\u00a0%").format(number)


class ProbabilityBars(QWidget):
    """One vertical bar per class, its height the probability; the top class highlighted with its value."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._probs: np.ndarray | None = None
        self._names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_class_names(self, names) -> None:
        self._names = tuple(str(n) for n in names)
        self.update()

    def class_names(self) -> tuple[str, ...]:
        return self._names

    def set_probabilities(self, probs) -> None:
        """probs: (k,) summing to 1, or None to show nothing."""
        self._probs = None if probs is None else np.asarray(probs, dtype=np.float64).reshape(-1).copy()
        if self._probs is None:
            self.setToolTip("")
        else:
            lines = [f"{self._name(i)}: {percent(p)}" for i, p in enumerate(self._probs)]
            self.setToolTip("\n".join(lines))
        self.update()

    def probabilities(self) -> np.ndarray | None:
        return None if self._probs is None else self._probs.copy()

    def top(self) -> int | None:
        return None if self._probs is None else int(np.argmax(self._probs))

    def _name(self, i: int) -> str:
        return self._names[i] if i < len(self._names) else str(i)

    def sizeHint(self) -> QSize:
        return QSize(360, 190)

    def _slot(self) -> float:
        k = len(self._probs) if self._probs is not None else len(self._names)
        return (self.width() - 12) / max(k, 1)

    def labels(self) -> list[str]:
        """The text under each bar as shown: the class name, or cut with "…" when it cannot fit at all."""
        return self._label_layout()[0]

    def _label_layout(self) -> tuple[list[str], QFont, int, bool]:
        """(texts, font, wrap flags, staggered): one font for all, the first way in which every class name fits
        whole: on one line; on two staggered rows, each name as wide as two bars; wrapped onto two lines (Korean
        between any two syllables, as Korean text breaks); the same in a smaller font. Else cut with "…" (hovering
        a bar names it whole)."""
        names = [self._name(i) for i in range(len(self._probs) if self._probs is not None else len(self._names))]
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * SMALL_LABEL)
        wrap = Qt.TextFlag.TextWordWrap.value
        if any(HANGUL.search(name) for name in names):
            wrap |= Qt.TextFlag.TextWrapAnywhere.value
        for font in (self.font(), small):
            fm = QFontMetrics(font)
            for flags, staggered in ((0, False), (0, True), (wrap, False)):
                def fits(i, name):
                    width = int(self._label_box(i, staggered)[1]) - 2
                    box = fm.boundingRect(QRect(0, 0, width, 10 * fm.lineSpacing()), flags, name)
                    return box.width() <= width and box.height() <= (2 if flags else 1) * fm.lineSpacing()
                if all(fits(i, name) for i, name in enumerate(names)):
                    return names, font, flags, staggered
        fm = QFontMetrics(small)
        return ([fm.elidedText(name, Qt.TextElideMode.ElideRight, int(self._label_box(i, True)[1]) - 2)
                 for i, name in enumerate(names)], small, 0, True)

    def _label_box(self, i: int, staggered: bool) -> tuple[float, float]:
        """(left, width) of the room for bar i's name: its slot, or staggered, half of each neighbour's too
        (inside the widget)."""
        slot = self._slot()
        centre = 6 + (i + 0.5) * slot
        half = slot if staggered else slot / 2
        left, right = max(0.0, centre - half), min(float(self.width()), centre + half)
        return left, right - left

    def value_text(self, i: int) -> str:
        """What is written over bar i when it is among `shown_values()`: "12 %"."""
        return percent(self._probs[i], 0)

    def shown_values(self) -> list[int]:
        """The classes whose percentage is written over their bar: the top one always; the others from 5 % when
        each such text fits within its bar's slot and clears the top one's (wider, bold) text, else none of them
        (a 12 % hidden beside a 7 % shown would mislead); hovering a bar tells its value."""
        if self._probs is None:
            return []
        best, slot = self.top(), self._slot()
        bold = QFont(self.font())
        bold.setBold(True)
        best_half = QFontMetrics(bold).horizontalAdvance(self.value_text(best)) / 2
        fm = QFontMetrics(self.font())
        others = [i for i, p in enumerate(self._probs) if i != best and p >= 0.05]
        for i in others:
            half = fm.horizontalAdvance(self.value_text(i)) / 2 + 2
            if half > slot / 2 or (abs(i - best) == 1 and half + best_half > slot):
                return [best]
        return sorted(others + [best])

    def tooltip_at(self, x: float) -> str:
        """What hovering at x (widget pixels) shows: the class under it, whole, with its probability."""
        i = int((x - 6) // self._slot())
        count = len(self._probs) if self._probs is not None else len(self._names)
        if not 0 <= i < count:
            return self.toolTip()
        if self._probs is None:
            return self._name(i)
        return f"{self._name(i)}: {percent(self._probs[i])}"

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), self.tooltip_at(event.pos().x()), self)
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        k = len(self._probs) if self._probs is not None else len(self._names)
        if k == 0:
            return
        fm = painter.fontMetrics()
        texts, label_font, wrap, staggered = self._label_layout()
        line_h = QFontMetrics(label_font).lineSpacing()
        label_h = (2 if wrap or staggered else 1) * line_h + 4
        top_margin = fm.height() + 4
        plot = QRectF(6, top_margin, self.width() - 12, self.height() - top_margin - label_h)
        slot = plot.width() / k
        painter.setPen(QPen(pal.mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        best = self.top()
        values = self.shown_values()
        for i in range(k):
            x = plot.left() + i * slot
            painter.setPen(pal.text().color())
            painter.setFont(label_font)
            left, width = self._label_box(i, staggered)
            row = i % 2 if staggered else 0          # (staggered: every other name one line lower)
            painter.drawText(QRectF(left + 1, plot.bottom() + 2 + row * line_h, width - 2, label_h),
                             Qt.AlignmentFlag.AlignHCenter.value | wrap, texts[i])
            painter.setFont(self.font())
            if self._probs is None:
                continue
            p = float(self._probs[i])
            h = p * plot.height()
            bar = QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h)
            painter.fillRect(bar, TOP_COLOUR if i == best else BAR_COLOUR)
            if i in values:
                font = QFont(painter.font())
                font.setBold(i == best)
                painter.setFont(font)
                painter.drawText(QRectF(x - slot * 0.5, bar.top() - fm.height() - 1, slot * 2, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter, self.value_text(i))
                painter.setFont(self.font())
        painter.end()


class ImagePreview(QWidget):
    """A greyscale image (2-D floats in [0, 1]) enlarged with square pixels, optionally with a pixel grid."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 84, grid: bool = False):
        super().__init__(parent)
        self._array: np.ndarray | None = None
        self._qimage: QImage | None = None
        self._grid = grid
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: np.ndarray | None) -> None:
        if image is None:
            self._array = None
            self._qimage = None
        else:
            a = np.round(np.clip(np.asarray(image, dtype=np.float32), 0.0, 1.0) * 255).astype(np.uint8)
            self._array = np.ascontiguousarray(a)
            h, w = a.shape
            self._qimage = QImage(self._array.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        self.update()

    def image(self) -> np.ndarray | None:
        """The shown image as uint8 (H, W), or None."""
        return None if self._array is None else self._array.copy()

    def heightForWidth(self, w: int) -> int:
        return w

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.window())
        side = min(self.width(), self.height())
        # Sit on the bottom edge, right above the caption under it.
        frame = QRectF((self.width() - side) / 2, self.height() - side, side, side)
        painter.fillRect(frame, QColor(0, 0, 0))
        if self._qimage is not None:
            h, w = self._array.shape
            scale = side / max(h, w)
            target = QRectF(frame.center().x() - w * scale / 2, frame.center().y() - h * scale / 2,
                            w * scale, h * scale)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)   # show the real pixels
            painter.drawImage(target, self._qimage)
            if self._grid and scale >= 6:
                painter.setPen(QPen(QColor(60, 60, 60)))
                lines = [QLineF(target.left() + i * scale, target.top(), target.left() + i * scale, target.bottom())
                         for i in range(1, w)]
                lines += [QLineF(target.left(), target.top() + i * scale, target.right(), target.top() + i * scale)
                          for i in range(1, h)]
                painter.drawLines(lines)
        painter.setPen(QPen(pal.mid().color()))
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
        painter.end()
