"""One colour per contestant: the colour-blind-safe class colours (Okabe–Ito), in an order that keeps the first
contestants apart on a white plot (blue, vermillion, bluish green, reddish purple, orange, sky blue, black, and
yellow last: it is faint on white)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from nnstudio.app.colors import class_color

_ORDER = (1, 4, 2, 3, 0, 5, 7, 6)       # indices into colors.CLASS_COLORS


def contestant_color(index: int) -> tuple[int, int, int]:
    """RGB of contestant colour ``index`` (repeats after eight)."""
    return class_color(_ORDER[int(index) % len(_ORDER)])


def color_count() -> int:
    return len(_ORDER)


def swatch(index: int, size: int = 12) -> QIcon:
    """A filled square of the contestant's colour, for buttons, lists and table cells."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(*contestant_color(index)))
    return QIcon(pixmap)
