"""Tables of numbers a learner can copy into a spreadsheet: Ctrl+C, or Copy in the table's right-click menu, puts
the selected rows (all of them if none is selected), as shown and in the order shown, under the column titles on
the clipboard as tab-separated text (a table view by itself copies only its current cell). The race's results
and the lessons' tables of numbers use it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableWidget


def _cell(text: str) -> str:
    return " ".join(text.split())           # a title on two lines is one cell: no tab or line break inside it


def selected_rows(table: QTableWidget) -> list[int]:
    """The rows with a selected cell, top to bottom as shown."""
    return sorted({index.row() for index in table.selectedIndexes()})


def rows_text(table: QTableWidget) -> str:
    """The selected rows (all if none is), under the column titles: tab-separated lines."""
    columns = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]

    def text(item) -> str:
        return _cell(item.text()) if item is not None else ""
    lines = ["\t".join(text(table.horizontalHeaderItem(c)) for c in columns)]
    lines += ["\t".join(text(table.item(r, c)) for c in columns)
              for r in selected_rows(table) or range(table.rowCount())]
    return "\n".join(lines) + "\n"


def copy_rows(table: QTableWidget) -> str:
    """Put rows_text on the clipboard; returns it."""
    text = rows_text(table)
    QGuiApplication.clipboard().setText(text)
    return text


def add_copy_action(table: QTableWidget) -> QAction:
    """Give ``table`` the Copy action (Ctrl+C and its right-click menu) that copies rows, not one cell; returns it,
    for a view to put its own actions after it in that menu."""
    action = QAction(QCoreApplication.translate("Tables", "Copy"), table)
    action.setShortcut(QKeySequence.StandardKey.Copy)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setToolTip(QCoreApplication.translate(
        "Tables", "Copy the selected rows (all rows if none is selected) with the column titles, tab-separated for "
                  "a spreadsheet (Ctrl+C)."))
    action.triggered.connect(lambda: copy_rows(table))
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
