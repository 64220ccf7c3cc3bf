"""Files dropped on a window open the way their kind asks: a project in the studio, a table as the studio's data,
a model or a picture of a digit in the drawing pad.

``FileDrops(window, opens)`` makes ``window`` take a dragged file of a kind it has an opener for: the drag shows
that it may be dropped there (a child view that takes no drops of its own passes the drag on to its window), and
the drop calls ``opens[kind](path)``. Other files, several at once or a folder are refused while still dragged:
the cursor says so before anything happens.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtWidgets import QWidget

from nnstudio.session.project import SUFFIX

#: the kind of file each suffix names (the File menu's and the pad's open dialogs list the same ones)
KINDS = {SUFFIX: "project", ".csv": "table", ".tsv": "table", ".txt": "table", ".npz": "model",
         ".png": "image", ".pgm": "image"}


def dropped_file(mime: QMimeData) -> Path | None:
    """The one local file a drag carries (None for several, none, a folder or a web address)."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None


def kind_of(path: Path) -> str | None:
    """"project", "table", "model" or "image" by the file's suffix; None for another file."""
    return KINDS.get(path.suffix.lower())


class FileDrops(QObject):
    """Lets ``window`` take a dropped file whose kind has an opener in ``opens`` ({kind: open(path)})."""

    def __init__(self, window: QWidget, opens: dict[str, Callable[[Path], object]]):
        super().__init__(window)
        self._opens = opens
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def _opener(self, mime: QMimeData):
        path = dropped_file(mime)
        kind = kind_of(path) if path is not None else None
        return (path, self._opens[kind]) if kind in self._opens else (None, None)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            path, _ = self._opener(event.mimeData())
            if path is None:
                event.ignore()
            else:
                event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path, open_it = self._opener(event.mimeData())
            if path is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            watched.activateWindow()
            # after the drop has ended: a question or an error shown inside it would hold the file manager's
            # drag (and its window) until answered
            QTimer.singleShot(0, lambda: open_it(path))
            return True
        return False
