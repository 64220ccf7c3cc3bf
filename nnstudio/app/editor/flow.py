"""A layout that places widgets left to right and wraps to a new row when the width runs out (Qt's Flow
Layout example), so the editor's controls fit a narrow centre area as well as a wide one."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from nnstudio.app.layouts import ListLayout


class FlowLayout(ListLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list] = [[]]  # per row: (item, x, hint)
        x = area.x()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and rows[-1]:
                rows.append([])
                x = area.x()
            rows[-1].append((item, x, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _, _, hint in row), default=0)
            if not test_only:
                for item, x, hint in row:  # centred vertically in its row
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()


def flow_container(items, parent: QWidget | None = None) -> QWidget:
    """A widget holding ``items`` in a FlowLayout (its height follows its width): a row of controls that wraps onto
    more lines when it is narrow (a 1024×600 screen). An item that is a tuple of widgets (a label with its field)
    stays together on one line."""
    box = QWidget(parent)
    layout = FlowLayout(box)
    for item in items:
        layout.addWidget(_kept_together(item, box) if isinstance(item, tuple) else item)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box


def _kept_together(widgets: tuple, parent: QWidget) -> QWidget:
    group = QWidget(parent)
    line = QHBoxLayout(group)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    return group
