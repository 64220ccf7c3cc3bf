"""What the app's own QLayouts share: their items kept in a plain list."""
from __future__ import annotations

from PySide6.QtWidgets import QLayout


class ListLayout(QLayout):
    """A QLayout whose items are a list, in the order added; subclasses place them (``setGeometry``) and size
    themselves (``sizeHint``, ``minimumSize``, ``heightForWidth``)."""

    def __init__(self, *args):
        super().__init__(*args)
        self._items = []

    def addItem(self, item) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None
