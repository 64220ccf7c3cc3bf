"""One colour per contestant, each readable on a white plot and kept apart for the common colour-vision
deficiencies: the colour-blind-safe class colours (Okabe–Ito) in an order that keeps the first contestants apart
(blue, vermillion, bluish green, reddish purple, orange, sky blue, black), and Paul Tol's indigo eighth. Okabe–Ito's
yellow is left out: on white it was barely visible (a contrast of 1.3 : 1; indigo's is 12 : 1)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from nnstudio.app.colors import class_color

INDIGO = (51, 34, 136)      # #332288, from Paul Tol's colour-blind-safe "muted" scheme
COLORS = tuple(class_color(k) for k in (1, 4, 2, 3, 0, 5, 7)) + (INDIGO,)


def contestant_color(index: int) -> tuple[int, int, int]:
    """RGB of contestant colour ``index`` (repeats after eight)."""
    return COLORS[int(index) % len(COLORS)]


def color_count() -> int:
    return len(COLORS)


SWATCH_FRAME = (200, 200, 200)     # light grey: a black or indigo square shows on a dark button or table too
SWATCH_SCALES = (1.0, 1.25, 1.5, 2.0, 3.0)     # the screen scales a swatch is drawn for


def swatch(index: int, size: int = 12) -> QIcon:
    """A filled square of the contestant's colour in a one-pixel light grey frame, for buttons, lists and table
    cells. (In a dark desktop theme the black and indigo squares vanished into the buttons; on a light one the
    frame is barely there.) Drawn for each usual screen scale, so that it stays sharp at 150 % and 200 % (one
    pixmap scaled up blurred its frame)."""
    icon = QIcon()
    for ratio in SWATCH_SCALES:
        side = round(size * ratio)
        frame = max(1, round(ratio))
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor(*SWATCH_FRAME))
        painter = QPainter(pixmap)
        painter.fillRect(frame, frame, side - 2 * frame, side - 2 * frame, QColor(*contestant_color(index)))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon
