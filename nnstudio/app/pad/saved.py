"""My digits: the learner's saved drawings as thumbnails with their labels; the selected ones can be deleted."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QStyle

from nnstudio.app.pad.gallery import _icon

THUMB_PX = 32               # a saved drawing's thumbnail (28×28 pixels, a little enlarged)
DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class SavedDrawingsList(QListWidget):
    """One thumbnail per saved file, captioned with its label. ``delete_action`` (Delete, Backspace, the context
    menu) asks the owner to delete the selected files through ``deleteRequested``."""

    deleteRequested = Signal(list)      # the paths of the selected drawings
    drawingChosen = Signal(object, int)  # (28x28 image, label) of a double-clicked drawing: load it into the pad

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Saved drawings"))
        # thumbnails with their label beside them, in rows that wrap: at the pad's smallest size (a 1280×720
        # screen) the tab has room for about two such rows, where captions under 56-px icons were cut
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.setSpacing(3)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setMinimumHeight(THUMB_PX + 4 * self.spacing() + 2 * self.frameWidth())
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setToolTip(self.tr("Your saved drawings and their labels. Double-click one to put it on the canvas; "
                                "select one and press Delete (or right-click it) to delete it and its file."))
        self._drawings: dict[str, tuple[np.ndarray, int]] = {}
        self.itemActivated.connect(self._choose)
        self.load_action = QAction(self.tr("Put on the canvas"), self)
        self.load_action.setToolTip(self.tr("Show the drawing on the canvas with its label, to see what the model "
                                            "answers for it (double-click)"))
        self.load_action.setEnabled(False)
        self.load_action.triggered.connect(lambda: self._choose(self.currentItem()))
        self.addAction(self.load_action)
        self.delete_action = QAction(self.tr("Delete drawing"), self)
        self.delete_action.setShortcuts([QKeySequence(key) for key in DELETE_KEYS])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setToolTip(self.tr("Delete the selected drawings and their files (Delete)"))
        self.delete_action.setEnabled(False)
        self.delete_action.triggered.connect(self._delete_selected)
        self.addAction(self.delete_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.itemSelectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        selected = self.selectedItems()
        self.delete_action.setEnabled(bool(selected))
        self.load_action.setEnabled(len(selected) == 1 and selected[0].data(Qt.ItemDataRole.UserRole) in self._drawings)

    def set_drawings(self, images, labels, paths, names, problems=None) -> None:
        """images (28×28 or 784 values in [0, 1], or None for a file that cannot be read), their labels and files,
        the class names and ``problems`` {path: why a file cannot be read}; the selection is kept. An unreadable
        file is listed with a warning sign, so that it can be deleted here."""
        problems = problems or {}
        selected = set(self.selected_paths())
        self.clear()
        self._drawings = {}
        for image, label, path in zip(images, labels, paths):
            name = names[int(label)] if int(label) < len(names) else str(int(label))
            if image is None:
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                tip = problems.get(str(path), "")
            else:
                icon = _icon(np.asarray(image).reshape(28, 28), THUMB_PX, self.devicePixelRatioF())
                tip = self.tr("{0}: {1}").format(name, Path(path).name)
                self._drawings[str(path)] = (np.asarray(image).reshape(28, 28), int(label))
            item = QListWidgetItem(icon, name)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.addItem(item)
            item.setSelected(Path(path) in selected)

    def show_drawing(self, path) -> None:
        """Select the drawing saved as ``path`` alone and scroll to it (the one just saved)."""
        for r in range(self.count()):
            if Path(self.item(r).data(Qt.ItemDataRole.UserRole)) == Path(path):
                self.setCurrentRow(r, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollToItem(self.item(r))
                return

    def paths(self) -> list[Path]:
        return [Path(self.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.count())]

    def selected_paths(self) -> list[Path]:
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.selectedItems()]

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) in self._drawings:   # (not an unreadable file)
            image, label = self._drawings[item.data(Qt.ItemDataRole.UserRole)]
            self.drawingChosen.emit(image.copy(), label)

    def _delete_selected(self) -> None:
        if self.selectedItems():
            self.deleteRequested.emit(self.selected_paths())

    @staticmethod
    def _is_delete_key(event) -> bool:
        return event.key() in DELETE_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier

    def event(self, event) -> bool:
        # Delete here deletes the selected drawing: the pad's Clear (also Delete) must not take the key, and the
        # two shortcuts would be ambiguous (neither would fire)
        if event.type() == QEvent.Type.ShortcutOverride and self._is_delete_key(event) and self.selectedItems():
            event.accept()
            return True
        # moved to a screen of another pixel ratio: thumbnails made for the old one would blur; made afresh
        if event.type() in (QEvent.Type.ScreenChangeInternal, QEvent.Type.DevicePixelRatioChange):
            for row in range(self.count()):
                item = self.item(row)
                drawing = self._drawings.get(item.data(Qt.ItemDataRole.UserRole))
                if drawing is not None:     # (an unreadable file keeps its warning sign)
                    item.setIcon(_icon(drawing[0], THUMB_PX, self.devicePixelRatioF()))
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._is_delete_key(event) and self.selectedItems():
            self.delete_action.trigger()
            return
        super().keyPressEvent(event)
