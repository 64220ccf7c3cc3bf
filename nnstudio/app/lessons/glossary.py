"""The bilingual glossary beside the lessons: Korean and English terms (``resources/lessons/glossary.md``), the
interface language's column first, with a filter. A term wraps between its words, never inside one: each column is
at least as wide as its longest word ("backpropagation"), and the width left over is shared evenly."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QHeaderView, QLineEdit, QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from nnstudio.lessons.catalog import glossary


class GlossaryView(QWidget):
    """A two-column table of terms; typing in the filter keeps the rows that contain the text."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pairs = glossary()           # (English, Korean)
        korean_first = language == "ko"
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a term…"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(len(self.pairs), 2, self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        headers = ["한국어", "English"] if korean_first else ["English", "한국어"]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(True)
        for row, (english, korean) in enumerate(self.pairs):
            first, second = (korean, english) if korean_first else (english, korean)
            self.table.setItem(row, 0, QTableWidgetItem(first))
            self.table.setItem(row, 1, QTableWidgetItem(second))
        # the item views' text margin, on either side of a cell's text (QCommonStyle: the focus frame's margin + 1),
        # and the grid line
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        metrics = self.table.fontMetrics()
        self._word_widths = [max(metrics.horizontalAdvance(word) for row in range(len(self.pairs))
                                for word in self.table.item(row, column).text().split()) + 2 * margin + 1
                            for column in range(2)]
        self.table.viewport().installEventFilter(self)      # its width changes with the dock and the scroll bar
        self._fit_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.apply_filter)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Each column its longest word's width and half of what is left; rows as high as their wrapped terms."""
        spare = max(self.table.viewport().width() - sum(self._word_widths), 0)
        self.table.setColumnWidth(0, self._word_widths[0] + spare // 2)
        self.table.setColumnWidth(1, self._word_widths[1] + spare - spare // 2)
        self.table.resizeRowsToContents()

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, (english, korean) in enumerate(self.pairs):
            self.table.setRowHidden(row, bool(needle) and needle not in english.lower() and needle not in korean)

    def visible_terms(self) -> list[tuple[str, str]]:
        return [pair for row, pair in enumerate(self.pairs) if not self.table.isRowHidden(row)]
