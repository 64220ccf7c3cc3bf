"""The decision boundary of a 2-D dataset: the network's output over the input plane, live, with the data.

Binary: P(class 1) as a heatmap from orange (0) through grey (0.5) to blue (1) plus the 0.5 contour.
Multi-class: the class colours mixed by the predicted probabilities. Regression: the output from low
(orange) to high (blue). Training points are filled, test points hollow, coloured by class.
Left click adds a training point of the chosen class (signal pointAdded), right click next to a training
point removes it (pointRemoved); right click elsewhere opens the export menu.

1-D regression (one input, e.g. "sine") has no plane: the plot then shows the data as (x, y) points, training
filled and test hollow, and the network's prediction as a curve over the x range (TrainingSnapshot.curve).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QSizePolicy

from nnstudio.app.plots.base import PlotView, csv_number, style_plot, white_canvas
from nnstudio.app.colors import binary_lut, blend_classes, class_color
from nnstudio.app.plots.contour import contour_segments
from nnstudio.data.dataset import extent_of

def shows_fit(dataset) -> bool:
    """True for data drawn as points and a prediction curve: one input, regression."""
    return dataset is not None and dataset.input_dim == 1 and dataset.problem == "regression"


def shows_plane(dataset) -> bool:
    """True for data drawn as a heatmap over the input plane: two inputs."""
    return dataset is not None and dataset.x_train.ndim == 2 and dataset.x_train.shape[1] == 2


REMOVE_RADIUS_PX = 12     # a right click this close (in screen pixels) to a training point removes it
POINT_SIZE = 9


class DecisionBoundaryPlot(PlotView):
    """Heatmap of the network's output over the plane of a 2-D dataset, with the data points on top."""

    pointAdded = Signal(float, float, int)   # x, y (data coordinates) and class of a left click
    pointRemoved = Signal(int)               # index into dataset.x_train of a right click's nearest point
    addClassChanged = Signal(int)            # the user chose another class in the plot's class chooser
    shapeChanged = Signal(float)             # the plot's width / height in pixels: the shape the map should fill

    export_name = "decision_boundary"
    preferred_size = (440, 460)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._dataset = None
        self._labels_train = np.zeros(0, dtype=np.int64)
        self._labels_test = np.zeros(0, dtype=np.int64)
        self._add_class = 0
        self._mode = None            # "binary" | "classes" | "regression": how the image is coloured
        self._fit = False            # True: a 1-D regression dataset, drawn as points and a prediction curve
        self._rect = None
        self._shape = None
        self._lut = binary_lut()

        self.class_label = QLabel(self.tr("Click adds:"), self)
        self.class_box = QComboBox(self)
        self.class_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)   # classes follow the data
        self.class_box.setToolTip(self.tr("The class of the points you add with a left click on the plot; "
                                          "a right click next to a training point removes it."))
        self.class_box.currentIndexChanged.connect(self._on_class_chosen)
        self._add_control(self.class_label)
        self._add_control(self.class_box)
        self.readout = QLabel(self)
        # the text changes with every mouse move: it takes the free room and never widens the plot
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setToolTip(self.tr("The network's output under the mouse pointer."))
        self._add_control(self.readout)

        self.plot_widget = pg.PlotWidget()
        white_canvas(self.plot_widget)
        self.plot = self.plot_widget.getPlotItem()
        style_plot(self.plot)
        self.plot.showGrid(x=False, y=False)
        self.plot.setLabel("bottom", self.tr("x₁"))
        self.plot.setLabel("left", self.tr("x₂"))
        self.view = self.plot.getViewBox()
        # x₁ and x₂ get equal scales (a circle stays round); the map fills the plot all the same when the
        # snapshots grow it to the plot's shape (shapeChanged; a map of the data's extent alone leaves empty
        # bands beside it on wide, short docks). A 1-D fit gives each axis its own scale.
        self.view.setAspectLocked(True, ratio=1.0)
        # the x₂ labels' room only grows: the plot's shape (and so the map asked for) does not flip back and forth
        # with the labels of each new range
        self.plot.getAxis("left").setStyle(autoReduceTextSpace=False)
        # room above the plane for the top x₂ label, which pyqtgraph centres on the plane's top edge: at the
        # widget's edge it was cut in half under the buttons ("1.5" of XOR)
        half_label = math.ceil(QFontMetricsF(self.plot.getAxis("left").font()).height() / 2)
        self.plot.layout.setContentsMargins(1, half_label, 1, 1)
        self.view.setMenuEnabled(False)          # the right button removes points; our own menu otherwise
        self.view.sigResized.connect(self._on_resized)

        # row-major: image[iy, ix], the layout of TrainingSnapshot.boundary; the view's y axis points up,
        # so row 0 (the lowest y) is drawn at the bottom
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-10)
        self.plot.addItem(self.image)
        self.contour = pg.PlotCurveItem(pen=pg.mkPen((30, 30, 30), width=2), connect="pairs")
        self.contour.setZValue(-5)
        self.plot.addItem(self.contour)
        self.train_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.test_points = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.plot.addItem(self.test_points)
        self.plot.addItem(self.train_points)
        # 1-D regression: the network's output over the x range, drawn over the points
        self.fit_curve = pg.PlotCurveItem(pen=pg.mkPen((30, 30, 30), width=2), connect="finite")
        self.fit_curve.setZValue(5)
        self.plot.addItem(self.fit_curve)
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=(90, 90, 90))
        self.plot.addItem(self.message, ignoreBounds=True)

        self.plot_widget.scene().sigMouseClicked.connect(self._on_click)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plane_tooltip = self.tr(
            "Decision boundary: the colour is the network's output at each point of the plane (orange: "
            "class 0, blue: class 1); filled dots are training points, rings are test points. Left click adds "
            "a point, right click removes one.")
        self._fit_tooltip = self.tr(
            "Network output vs data: the line is the network's prediction for each x; filled dots are "
            "training points, rings are test points. A right click next to a training point removes it.")
        self.plot.setToolTip(self._plane_tooltip)

        self._menu = QMenu(self)
        self._menu.addAction(self.reset_view_action)
        self._menu.addSeparator()
        self._menu.addAction(self.png_action)
        self._menu.addAction(self.csv_action)
        self._set_canvas(self.plot_widget)
        self.set_dataset(None)

    # -- data -----------------------------------------------------------------------------------------
    def set_dataset(self, dataset) -> None:
        """Draw the points of a 2-D or 1-D regression ``dataset`` (nnstudio.data.Dataset); others show a note."""
        old = self._dataset
        if shows_fit(dataset):
            self._set_fit_dataset(dataset, old)
            return
        two_d = shows_plane(dataset)
        self._set_fit_mode(False)
        self._dataset = dataset if two_d else None
        if not two_d:
            self._labels_train = self._labels_test = np.zeros(0, dtype=np.int64)
            self.train_points.setData([], [])
            self.test_points.setData([], [])
            self._clear()
            self._rect = None
            self.message.setText(self.tr("This plot is drawn for datasets with two inputs, or with one input "
                                         "for regression.")
                                 if dataset is not None else self.tr("No dataset."))
            self.message.setPos(0.5, 0.5)
            self.view.setRange(QRectF(0.0, 0.0, 1.0, 1.0), padding=0.0)
            self.message.setVisible(True)
            self._fill_class_box(())
            return
        self.message.setVisible(False)
        self._labels_train = self._labels(dataset, "train")
        self._labels_test = self._labels(dataset, "test")
        # one brush/pen per class, shared by its points (pyqtgraph caches the symbols per brush)
        k = int(max(self._labels_train.max(initial=0), self._labels_test.max(initial=0))) + 1
        brushes = [pg.mkBrush(class_color(c)) for c in range(k)]
        pens = [pg.mkPen(class_color(c), width=2) for c in range(k)]
        self.train_points.setData(
            x=dataset.x_train[:, 0], y=dataset.x_train[:, 1],
            brush=[brushes[c] for c in self._labels_train], pen=pg.mkPen("w", width=1))
        self.test_points.setData(
            x=dataset.x_test[:, 0], y=dataset.x_test[:, 1], brush=pg.mkBrush(255, 255, 255, 160),
            pen=[pens[c] for c in self._labels_test])
        same_kind = (old is not None and old.name == dataset.name and old.problem == dataset.problem
                     and old.n_classes == dataset.n_classes)
        if not same_kind:
            # another dataset: the old heatmap means nothing here. A point added keeps it (the image sits
            # on its snapshot's extent, so it stays right even when the dataset's extent grew)
            self._clear()
        if old is None or tuple(old.extent or ()) != tuple(dataset.extent or ()):
            self.reset_view()
        names = dataset.class_names if dataset.problem in ("binary", "multiclass") else ()
        self._fill_class_box(names)

    def _set_fit_dataset(self, dataset, old) -> None:
        """1-D regression: the data as (x, y) points; the prediction curve comes with the snapshots."""
        was_fit = self._fit
        self._set_fit_mode(True)
        self._dataset = dataset
        self.message.setVisible(False)
        self._labels_train = self._labels_test = np.zeros(0, dtype=np.int64)
        color = class_color(1)
        self.train_points.setData(x=dataset.x_train[:, 0], y=dataset.y_train[:, 0], brush=pg.mkBrush(color),
                                  pen=pg.mkPen("w", width=1))
        self.test_points.setData(x=dataset.x_test[:, 0], y=dataset.y_test[:, 0],
                                 brush=pg.mkBrush(255, 255, 255, 160), pen=pg.mkPen(color, width=2))
        if not (was_fit and old is not None and old.name == dataset.name):
            self._clear()      # another dataset: the old prediction means nothing here
            self.reset_view()
        self._fill_class_box(())

    def _set_fit_mode(self, fit: bool) -> None:
        """Switch the plot between the plane (x₁, x₂, square) and the 1-D fit (x, y, free aspect)."""
        if fit == self._fit:
            return
        self._fit = fit
        self.plot.setLabel("bottom", self.tr("x") if fit else self.tr("x₁"))
        self.plot.setLabel("left", self.tr("y") if fit else self.tr("x₂"))
        self.plot.setToolTip(self._fit_tooltip if fit else self._plane_tooltip)
        self.view.setAspectLocked(not fit, ratio=1.0)
        self._clear()

    def _on_resized(self) -> None:
        rect = self.view.boundingRect()
        if rect.width() > 0 and rect.height() > 0 and not self._fit:
            shape = rect.width() / rect.height()
            if self._shape is None or abs(shape / self._shape - 1) > 0.01:
                self._shape = shape
                self.shapeChanged.emit(shape)

    def plot_shape(self) -> float | None:
        """The plot's width / height in pixels (as last announced by shapeChanged), None before it is shown."""
        return self._shape

    def showing_fit(self) -> bool:
        """True while the plot shows a 1-D regression dataset (points and a prediction curve)."""
        return self._fit

    def dataset(self):
        return self._dataset

    def extent(self):
        """(xmin, xmax, ymin, ymax) of the area shown: the dataset's, else the last snapshot's, else None.

        For 1-D regression: x over the inputs, y over the targets and the prediction, with a margin."""
        if self._fit and self._dataset is not None:
            d = self._dataset
            xs = np.concatenate([d.x_train[:, 0], d.x_test[:, 0]]).astype(np.float64)
            ys = np.concatenate([d.y_train[:, 0], d.y_test[:, 0]]).astype(np.float64)
            xs, ys = xs[np.isfinite(xs)], ys[np.isfinite(ys)]
            if xs.size == 0 or ys.size == 0:
                return None
            (x0, x1), (y0, y1) = (xs.min(), xs.max()), (ys.min(), ys.max())
            mx, my = 0.05 * (x1 - x0 or 1.0), 0.1 * (y1 - y0 or 1.0)
            return (float(x0 - mx), float(x1 + mx), float(y0 - my), float(y1 + my))
        if self._dataset is not None:
            return self._dataset.extent or extent_of(self._dataset.x_train)
        if self._snapshot is not None and self._snapshot.extent is not None:
            return tuple(self._snapshot.extent)
        return None

    def reset_view(self) -> None:
        """Show exactly the dataset's area (the heatmap's), filling the plot (after zooming or panning)."""
        extent = self.extent()
        if extent is not None:
            xmin, xmax, ymin, ymax = (float(v) for v in extent)
            self.view.setRange(QRectF(xmin, ymin, xmax - xmin, ymax - ymin), padding=0.0)

    @staticmethod
    def _labels(dataset, split: str) -> np.ndarray:
        y = dataset.y_train if split == "train" else dataset.y_test
        if dataset.problem in ("binary", "multiclass"):
            return dataset.labels(split)
        if dataset.problem == "multilabel":   # colour by the first label that is on
            return np.argmax(y, axis=1).astype(np.int64)
        # regression: below / above the median target
        y = np.asarray(y, dtype=np.float64).reshape(-1)
        return (y >= np.median(dataset.y_train)).astype(np.int64) if y.size else np.zeros(0, dtype=np.int64)

    def _fill_class_box(self, names) -> None:
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for k, name in enumerate(names):
            pix = QPixmap(12, 12)
            pix.fill(QColor(*class_color(k)))
            self.class_box.addItem(QIcon(pix), self.tr("class {0}").format(name), k)
        self.class_box.blockSignals(False)
        enabled = len(names) > 0
        self.class_box.setEnabled(enabled)
        self.class_label.setEnabled(enabled)
        if enabled:
            self._add_class = min(self._add_class, len(names) - 1)
            self.class_box.setCurrentIndex(self._add_class)

    # -- adding and removing points -------------------------------------------------------------------
    def set_add_class(self, k: int) -> None:
        """The class a left click adds (0-based)."""
        k = int(k)
        if self._dataset is not None and self.class_box.count() and not 0 <= k < self.class_box.count():
            raise ValueError(self.tr("class must be 0..{0}, got {1}").format(self.class_box.count() - 1, k))
        self._add_class = k
        if 0 <= k < self.class_box.count():
            self.class_box.setCurrentIndex(k)

    def add_class(self) -> int:
        return self._add_class

    def _on_class_chosen(self, index: int) -> None:
        if index >= 0 and index != self._add_class:
            self._add_class = index
            self.addClassChanged.emit(index)

    def _on_mouse_moved(self, scene_pos) -> None:
        """Show the output under the pointer, e.g. "(0.25, 1.20): P(class 1) = 0.83"."""
        if not self.view.sceneBoundingRect().contains(scene_pos):
            self.readout.clear()
            return
        p = self.view.mapSceneToView(scene_pos)
        self.readout.setText(self.readout_text(p.x(), p.y()))

    def readout_text(self, x: float, y: float) -> str:
        """What the hover read-out says at data point (x, y)."""
        if self._fit:
            value = self.prediction_at(x)
            if value is None:
                return self.tr("x = {0:.2f}").format(x)
            return self.tr("x = {0:.2f}: prediction = {1:.3g}").format(x, value)
        where = self.tr("({0:.2f}, {1:.2f})").format(x, y)
        b = self._snapshot.boundary if self._snapshot is not None else None
        value = self._grid_value(x, y) if b is not None and self.image.isVisible() else None
        if value is None:
            return where
        if self._mode == "binary":
            return self.tr("{0}: P(class 1) = {1:.2f}").format(where, float(value))
        if self._mode == "regression":
            return self.tr("{0}: output = {1:.3g}").format(where, float(value))
        k = int(np.argmax(value))
        names = self._dataset.class_names if self._dataset is not None else ()
        name = names[k] if k < len(names) else str(k)
        return self.tr("{0}: class {1} (p = {2:.2f})").format(where, name, float(value[k]))

    def prediction_at(self, x: float) -> float | None:
        """1-D regression: the drawn prediction at ``x`` (linear between curve points); None outside or empty."""
        xs, ys = self.fit_curve.getData()
        if xs is None or len(xs) == 0 or not xs[0] <= x <= xs[-1]:
            return None
        return float(np.interp(x, xs, ys))

    def _grid_value(self, x: float, y: float):
        """The snapshot's output at the grid point nearest to (x, y): a number, or one per class."""
        s = self._snapshot
        b = np.asarray(s.boundary)
        xmin, xmax, ymin, ymax = _map_extent(s)
        ny, nx = b.shape[0], b.shape[1]
        ix = int(round((x - xmin) / (xmax - xmin) * (nx - 1))) if xmax > xmin else 0
        iy = int(round((y - ymin) / (ymax - ymin) * (ny - 1))) if ymax > ymin else 0
        if not (0 <= ix < nx and 0 <= iy < ny):
            return None
        v = b[iy, ix]
        return v if b.ndim == 3 and b.shape[2] > 1 else float(np.ravel(v)[0])

    def _on_click(self, ev) -> None:
        pos = ev.scenePos()
        if not self.view.sceneBoundingRect().contains(pos):
            return
        p = self.view.mapSceneToView(pos)
        if ev.button() == Qt.MouseButton.LeftButton:
            if self._dataset is None or not self.class_box.isEnabled():
                return
            ev.accept()
            self.pointAdded.emit(float(p.x()), float(p.y()), int(self._add_class))
        elif ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            index = self.nearest_train_point(p.x(), p.y())
            if index is not None:
                self.pointRemoved.emit(index)
            else:
                self._menu.popup(ev.screenPos().toPoint())

    def nearest_train_point(self, x: float, y: float, radius_px: float = REMOVE_RADIUS_PX) -> int | None:
        """Index of the training point within ``radius_px`` screen pixels of (x, y), the nearest; else None."""
        if self._dataset is None or self._dataset.x_train.shape[0] == 0:
            return None
        px, py = self.view.viewPixelSize()    # data units per screen pixel
        if not (px > 0 and py > 0):
            return None
        pts = np.asarray(self._dataset.x_train, dtype=np.float64)
        if self._fit:       # 1-D regression: the points are (x, target)
            pts = np.column_stack([pts[:, 0], np.asarray(self._dataset.y_train, dtype=np.float64)[:, 0]])
        d2 = ((pts[:, 0] - x) / px) ** 2 + ((pts[:, 1] - y) / py) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= radius_px ** 2 else None

    # -- drawing --------------------------------------------------------------------------------------
    def _draw(self, s) -> None:
        if self._fit:
            self._draw_curve(s)
            return
        boundary = s.boundary
        if boundary is None or s.extent is None:
            self._clear()
            return
        b = np.asarray(boundary)
        if b.ndim == 3 and b.shape[2] == 1:
            b = b[:, :, 0]
        plane = _map_extent(s)
        problem = self._dataset.problem if self._dataset is not None else None
        if b.ndim == 2:
            if problem == "regression":
                finite = b[np.isfinite(b)]
                lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
                if hi <= lo:
                    hi = lo + 1.0
                self._set_mode("regression")
                shown = np.nan_to_num(b, nan=lo, posinf=hi, neginf=lo) if finite.size < b.size else b
                self.image.setImage(shown, autoLevels=False, levels=(lo, hi))
                self.contour.setData([], [])
            else:
                self._set_mode("binary")
                # a diverged network (NaN outputs) shows as undecided grey rather than garbage
                shown = np.nan_to_num(b, nan=0.5) if not np.isfinite(b).all() else b
                self.image.setImage(shown, autoLevels=False, levels=(0.0, 1.0))
                xs = np.linspace(plane[0], plane[1], b.shape[1])
                ys = np.linspace(plane[2], plane[3], b.shape[0])
                cx, cy = contour_segments(b, 0.5, xs, ys)
                self.contour.setData(cx, cy)
        else:
            self._set_mode("classes")
            self.image.setImage(blend_classes(b), autoLevels=False, levels=(0, 255))
            self.contour.setData([], [])
        first = self._rect is None
        self._place_image(plane, b.shape[1], b.shape[0])
        self.image.setVisible(True)
        if self._dataset is None and first:
            # a snapshot without set_dataset(): still show its plane
            self.message.setVisible(False)
            self.reset_view()

    def _draw_curve(self, s) -> None:
        curve = getattr(s, "curve", None)
        if curve is None:
            self.fit_curve.setData([], [])
            return
        xs, pred = (np.asarray(a, dtype=np.float64) for a in curve)
        if pred.ndim == 2:
            pred = pred[:, 0]
        # a diverged network (NaN outputs) leaves gaps (connect="finite"); infinities would break the range
        self.fit_curve.setData(xs, np.where(np.isfinite(pred), pred, np.nan))

    def _set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self.image.setLookupTable(None if mode == "classes" else self._lut)

    def _place_image(self, extent, nx: int, ny: int) -> None:
        # grid values sit at pixel centres: the image reaches half a pixel beyond the extent on every side
        xmin, xmax, ymin, ymax = (float(v) for v in extent)
        dx = (xmax - xmin) / max(nx - 1, 1)
        dy = (ymax - ymin) / max(ny - 1, 1)
        rect = (xmin - dx / 2, ymin - dy / 2, xmax - xmin + dx, ymax - ymin + dy)
        if (rect, nx, ny) != self._rect:     # setRect scales by the image's size: redo when it changes
            self._rect = (rect, nx, ny)
            self.image.setRect(QRectF(*rect))

    def _clear(self) -> None:
        self.image.clear()
        self.image.setVisible(False)
        self.contour.setData([], [])
        self.fit_curve.setData([], [])

    def image_value_at(self, x: float, y: float):
        """The heatmap's value (or RGB for multi-class) at data point (x, y); None outside or when empty."""
        img = self.image.image
        if img is None or not self.image.isVisible():
            return None
        p = self.image.mapFromView(QPointF(x, y))       # image pixel coordinates: x = column, y = row
        col, row = int(np.floor(p.x())), int(np.floor(p.y()))
        if not (0 <= row < img.shape[0] and 0 <= col < img.shape[1]):
            return None
        return img[row, col]

    def csv_rows(self):
        if self._fit:
            return self._fit_csv_rows()
        s = self._snapshot
        b = None if s is None or s.boundary is None or s.extent is None else np.asarray(s.boundary)
        if b is not None and b.ndim == 3 and b.shape[2] == 1:
            b = b[:, :, 0]
        if b is None:
            outputs = ["output"]
        elif b.ndim == 2:
            outputs = ["p_class_1" if self._mode == "binary" else "output"]
        else:
            names = self._dataset.class_names if self._dataset is not None else ()
            outputs = [f"p_{names[k]}" if k < len(names) else f"p_{k}" for k in range(b.shape[2])]
        header = ["kind", "x", "y", "label"] + outputs
        rows = []
        d = self._dataset
        if d is not None:
            for kind, x, labels in (("train", d.x_train, d.y_train), ("test", d.x_test, d.y_test)):
                y = np.asarray(labels)
                for i in range(x.shape[0]):
                    label = y[i] if y.ndim == 1 else (y[i, 0] if y.shape[1] == 1 else " ".join(
                        csv_number(v) for v in y[i]))
                    label = label if isinstance(label, str) else (
                        int(label) if d.problem in ("binary", "multiclass") else float(label))
                    rows.append([kind, float(x[i, 0]), float(x[i, 1]), label] + [None] * len(outputs))
        if b is not None:
            plane = _map_extent(s)
            xs = np.linspace(plane[0], plane[1], b.shape[1])
            ys = np.linspace(plane[2], plane[3], b.shape[0])
            flat = b.reshape(b.shape[0] * b.shape[1], -1)
            gx, gy = np.meshgrid(xs, ys)
            for x, y, v in zip(gx.ravel(), gy.ravel(), flat):
                rows.append(["grid", float(x), float(y), None] + [float(t) for t in v])
        return header, rows

    def _fit_csv_rows(self):
        """1-D regression: the data points (kind, x, y) and the prediction curve (kind "prediction")."""
        header = ["kind", "x", "y"]
        rows = []
        d = self._dataset
        for kind, x, y in (("train", d.x_train, d.y_train), ("test", d.x_test, d.y_test)):
            rows.extend([kind, float(a), float(b)] for a, b in zip(x[:, 0], y[:, 0]))
        xs, ys = self.fit_curve.getData()
        if xs is not None:
            rows.extend(["prediction", float(a), float(b)] for a, b in zip(xs, ys))
        return header, rows


def _map_extent(s) -> tuple[float, float, float, float]:
    """The area a snapshot's boundary covers: its extent, or that grown to the plot's shape."""
    return tuple(s.boundary_extent if s.boundary_extent is not None else s.extent)
