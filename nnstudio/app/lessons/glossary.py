"""The bilingual glossary beside the lessons: Korean and English terms (``resources/lessons/glossary.md``), the
interface language's column first, with a filter."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

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
        headers = ["한국어", "English"] if korean_first else ["English", "한국어"]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        for row, (english, korean) in enumerate(self.pairs):
            first, second = (korean, english) if korean_first else (english, korean)
            self.table.setItem(row, 0, QTableWidgetItem(first))
            self.table.setItem(row, 1, QTableWidgetItem(second))
        self.table.resizeRowsToContents()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self.filter.textChanged.connect(self.apply_filter)

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row, (english, korean) in enumerate(self.pairs):
            self.table.setRowHidden(row, bool(needle) and needle not in english.lower() and needle not in korean)

    def visible_terms(self) -> list[tuple[str, str]]:
        return [pair for row, pair in enumerate(self.pairs) if not self.table.isRowHidden(row)]
