"""Learn from mistakes: the test digits the model gets wrong, with its probabilities; click one to draw on it."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from nnstudio.app.pad.views import ProbabilityBars, grouped, percent
from nnstudio.app.texts import translated

MAX_SHOWN = 400
ICON_PX = 56
MAX_CELL_PX = 150          # a cell is at most this wide: longer captions wrap onto a second line, then elide
CAPTION_MARGIN_PX = 16     # Qt's item view draws the caption about this much narrower than the cell


def _icon(image28: np.ndarray, size: int = ICON_PX, ratio: float = 1.0) -> QIcon:
    """A thumbnail ``size`` px a side with square pixels, made for a screen of device pixel ratio ``ratio``: a
    thumbnail made at ``size`` device pixels was blurred by Qt's smooth enlarging on a 200 % laptop screen."""
    a = np.ascontiguousarray(np.round(np.clip(image28, 0, 1) * 255).astype(np.uint8))
    img = QImage(a.data, a.shape[1], a.shape[0], a.shape[1], QImage.Format.Format_Grayscale8).copy()
    device = max(1, round(size * ratio))
    pixmap = QPixmap.fromImage(img.scaled(device, device, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))
    pixmap.setDevicePixelRatio(device / size)
    return QIcon(pixmap)


class MistakesGallery(QWidget):
    """Thumbnails of misclassified test images, most confident mistakes first.

    The owner supplies `predict` (x (n, 784) -> probabilities (n, k)) and `load_test_set` (-> (x, y) or
    raises with a message to show) through `set_source`; `refresh()` runs the model on the whole test set.
    """

    digitChosen = Signal(object, int)      # (28x28 float image, true label): load it into the pad

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._predict: Callable[[np.ndarray], np.ndarray] | None = None
        self._load: Callable[[], tuple[np.ndarray, np.ndarray]] | None = None
        self._names: tuple[str, ...] = tuple(str(i) for i in range(10))
        self._x = self._y = self._probs = None
        self._wrong = np.zeros(0, dtype=np.int64)
        self._kind = "mnist"
        self._icon_ratio = self.devicePixelRatioF()   # the screen's pixel ratio the thumbnails are made for

        self.refresh_button = QPushButton(self.tr("Find the model's mistakes"))
        self.refresh_button.setToolTip(self.tr("Run the model on every test image and list the ones it gets wrong"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self.tr("Press the button to see which test images the model gets wrong."))
        self.status.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Download the dataset…"))
        self.download_button.setToolTip(self.tr("Fetch the dataset's four files (12–30 MB) into NN Studio's "
                                                "data folder, then look for the mistakes"))
        self.download_button.clicked.connect(self.download)
        self.download_button.hide()
        self._download_dialog = None
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_PX, ICON_PX))
        # captions wrap and the cells grow to fit them (see _fit_cells); what still does not fit is elided,
        # and each item's tooltip holds its whole caption
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(4)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setToolTip(self.tr("Caption: true class → model's answer (its confidence). "
                                     "Click an image to load it into the pad."))
        self.list.currentRowChanged.connect(self._show_row)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        self.bars = ProbabilityBars()
        self.bars.setMinimumHeight(80)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        # room for the two lines these wrap onto at the pad's smallest size, which a layout's minimum size does not
        # count: the bars below were pushed out of the tab, their class names cut off
        for label in (self.status, self.detail):
            text = label.text()
            label.setText("X\nX")
            label.setMinimumHeight(label.sizeHint().height())
            label.setText(text)

        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.download_button)
        side = QVBoxLayout()
        side.addWidget(self.detail)
        side.addWidget(self.bars, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def set_source(self, predict, load_test_set, class_names, kind: str = "mnist") -> None:
        """A new model or dataset: forget the old list (it described another model). kind: "mnist" or
        "fashion", the dataset to download when the test set is missing."""
        self._kind = kind
        self.download_button.hide()
        self._predict = predict
        self._load = load_test_set
        self._names = tuple(class_names)
        self.bars.set_class_names(self._names)
        self._x = self._y = self._probs = None
        self._wrong = np.zeros(0, dtype=np.int64)
        self.list.clear()
        self.bars.set_probabilities(None)
        self.detail.clear()
        self.refresh_button.setEnabled(predict is not None)
        self.status.setText(self.tr("Press the button to see which test images the model gets wrong.")
                            if predict is not None else self.tr("No usable model: choose one above."))

    def mistakes(self) -> np.ndarray:
        """Indices (into the test set) of the misclassified images, in the order shown."""
        return self._wrong.copy()

    def refresh(self) -> None:
        if self._predict is None or self._load is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                x, y = self._load()
            except (OSError, ValueError) as exc:     # DataNotFoundError / DataCorruptError explain the fix
                self.status.setText(self.tr("The test set is not available: {0}").format(translated(exc)))
                self.download_button.show()
                return
            try:
                probs = self._predict(x)
            except ValueError as exc:               # the model went away meanwhile (the studio's network changed)
                self.status.setText(translated(exc))
                return
        finally:
            QApplication.restoreOverrideCursor()
        pred = probs.argmax(axis=1)
        wrong = np.flatnonzero(pred != y)
        # Most confident mistakes first: those are the interesting ones.
        wrong = wrong[np.argsort(-probs[wrong, pred[wrong]], kind="stable")]
        self._x, self._y, self._probs, self._wrong = x, y, probs, wrong
        self._icon_ratio = self.devicePixelRatioF()
        self.list.clear()
        captions = []
        for idx in wrong[:MAX_SHOWN]:
            p = int(pred[idx])
            caption = self.tr("{0} → {1} ({2})").format(self._names[int(y[idx])], self._names[p],
                                                        percent(probs[idx, p], 0))
            item = QListWidgetItem(_icon(x[idx].reshape(28, 28), ratio=self._icon_ratio), caption)
            item.setToolTip(caption)
            item.setData(Qt.ItemDataRole.UserRole, int(idx))
            self.list.addItem(item)
            captions.append(caption)
        self._fit_cells(captions)
        acc = 1.0 - len(wrong) / len(y)
        if len(wrong) > MAX_SHOWN:
            self.status.setText(self.tr("{0} of {1} test images wrong (accuracy {2}); showing the {3} most "
                                        "confident mistakes.").format(grouped(len(wrong)), grouped(len(y)),
                                                                      percent(acc, 2), grouped(MAX_SHOWN)))
        else:
            self.status.setText(self.tr("{0} of {1} test images wrong (accuracy {2}).")
                                .format(grouped(len(wrong)), grouped(len(y)), percent(acc, 2)))

    def _fit_cells(self, captions) -> None:
        """One cell size for all (a tidy grid): as wide as the longest caption needs, up to MAX_CELL_PX, and
        tall enough for the icon and the lines the captions wrap onto (two at most)."""
        metrics = QFontMetrics(self.list.font())
        margin = 2 * self.list.spacing() + CAPTION_MARGIN_PX      # the item's text is this much narrower
        text_w = max((metrics.horizontalAdvance(c) for c in captions), default=0)
        width = min(max(ICON_PX, text_w) + margin, MAX_CELL_PX)
        lines = 1
        for caption in captions:
            box = metrics.boundingRect(QRect(0, 0, width - margin, 1000), Qt.TextFlag.TextWordWrap, caption)
            lines = max(lines, min(2, round(box.height() / metrics.lineSpacing())))
        self.list.setGridSize(QSize(width, ICON_PX + lines * metrics.lineSpacing() + 20))
        # each item takes its whole cell: the item view would size it for a caption on one line that it then
        # elides when painted (Korean captions a few pixels narrower than the cell)
        for row in range(self.list.count()):
            self.list.item(row).setSizeHint(self.list.gridSize())

    def download(self) -> None:
        """Download the missing dataset in the background (progress dialog, Cancel), then refresh."""
        from nnstudio.app.dialogs import DownloadDialog
        from nnstudio.data import mnist
        title = self.tr("Fashion-MNIST") if self._kind == "fashion" else self.tr("MNIST")
        self._download_dialog = DownloadDialog(self._kind, title, mnist.download, self)
        self._download_dialog.succeeded.connect(self._downloaded)
        self._download_dialog.failed.connect(self._download_failed)
        self.download_button.setEnabled(False)
        self._download_dialog.start()

    def _downloaded(self) -> None:
        self.download_button.setEnabled(True)
        self.download_button.hide()
        self.refresh()

    def _download_failed(self, message: str) -> None:
        self.download_button.setEnabled(True)
        self.status.setText(self.tr("The download failed: {0}").format(message))

    def event(self, event) -> bool:
        # moved to a screen of another pixel ratio (Qt sends each widget of the window ScreenChangeInternal):
        # thumbnails made for the old ratio would be enlarged into a blur; they are made afresh
        if event.type() in (QEvent.Type.ScreenChangeInternal, QEvent.Type.DevicePixelRatioChange):
            ratio = self.devicePixelRatioF()
            if ratio != self._icon_ratio:
                self._icon_ratio = ratio
                for row in range(self.list.count()):
                    item = self.list.item(row)
                    idx = int(item.data(Qt.ItemDataRole.UserRole))
                    item.setIcon(_icon(self._x[idx].reshape(28, 28), ratio=ratio))
        return super().event(event)

    def _show_row(self, row: int) -> None:
        if row < 0 or self._probs is None:
            self.bars.set_probabilities(None)
            self.detail.clear()
            return
        idx = int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
        probs = self._probs[idx]
        p = int(probs.argmax())
        self.bars.set_probabilities(probs)
        self.detail.setText(self.tr("Test image {0} is labelled {1}; the model says {2} with {3}.")
                            .format(grouped(idx), self._names[int(self._y[idx])], self._names[p], percent(probs[p])))

    def _choose(self, item: QListWidgetItem) -> None:
        idx = int(item.data(Qt.ItemDataRole.UserRole))
        self.digitChosen.emit(self._x[idx].reshape(28, 28).copy(), int(self._y[idx]))
