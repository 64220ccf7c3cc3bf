"""Tables a learner copies into a spreadsheet (nnstudio.app.tables): the rows under the titles, tab-separated."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from nnstudio.app.tables import add_copy_action


def make_table(qtbot, titles, rows):
    table = QTableWidget(len(rows), len(titles))
    table.setHorizontalHeaderLabels(titles)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    add_copy_action(table)
    qtbot.addWidget(table)
    with qtbot.waitActive(table):
        table.show()
        table.activateWindow()
    return table


def test_ctrl_c_copies_the_selected_rows_or_all_under_the_titles(qtbot):
    table = make_table(qtbot, ["network", "sigmoid:\nlast/first"], [["784-30-10", "4.2×"], ["784-30-30-10", "7×"]])
    table.setFocus()
    table.setCurrentCell(0, 1)
    table.clearSelection()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # a title on two lines (as in Korean) is one cell
    assert QGuiApplication.clipboard().text() == "network\tsigmoid: last/first\n784-30-10\t4.2×\n784-30-30-10\t7×\n"
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "network\tsigmoid: last/first\n784-30-30-10\t7×\n"
    assert [a.text() for a in table.actions()] == ["Copy"]         # the right-click menu
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
