"""What every live plot shares: draw only the newest snapshot (and only when it can be seen), and export.

A view gets ``show_snapshot(s)`` up to ~30 times a second. When the plot sits in a closed or hidden dock of
a visible window it keeps just the newest snapshot and draws it when it is shown again, so hidden plots cost
nothing while training. Export: ``export_png(path)`` saves what the plot shows, ``export_csv(path)`` the
plotted numbers with a header row; an "Export" button and the plots' context menus ask for a file name.
"""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QMessageBox, QToolButton, QVBoxLayout, QWidget)

AXIS_COLOR = "#404040"


def style_plot(plot: pg.PlotItem) -> None:
    """Dark axes and a light grid for the plots' white background."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR))
        axis.setTextPen(pg.mkPen(AXIS_COLOR))
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        # a grid at the major ticks only: minor grid lines cost 30-70 ms per repaint (measured here)
        axis.setStyle(maxTickLevel=0)
        # "loss (x0.001)" with ticks at 800 confuses learners: write 0.8
        axis.enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.titleLabel.opts["color"] = AXIS_COLOR      # setTitle() later draws the title in this colour


def set_title(plot: pg.PlotItem, text: str) -> None:
    """A small title (keep it short: the plot cannot get narrower than its title)."""
    plot.setTitle(text, size="9pt")


def add_legend(plot: pg.PlotItem, offset) -> pg.LegendItem:
    """A legend with dark text on a half-transparent white box, readable over the curves (drag to move)."""
    return plot.addLegend(offset=offset, brush=pg.mkBrush(255, 255, 255, 200), pen=pg.mkPen(200, 200, 200),
                          labelTextColor=AXIS_COLOR, labelTextSize="8pt", verSpacing=-4)


class DecadeAxis(pg.AxisItem):
    """A log axis ticked at powers of ten only (every 2nd/3rd… when space is short), so small plots stay
    readable; pyqtgraph's own log ticks add 2·10^k … 9·10^k labels that run into each other."""

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        lo, hi = math.ceil(minVal - 1e-9), math.floor(maxVal + 1e-9)
        decades = list(range(lo, hi + 1))
        room = max(2, int(size // 22))            # about one label per 22 px
        step = max(1, math.ceil(len(decades) / room))
        ticks = [(float(step), [float(v) for v in decades[::step]])]
        if len(decades) < 2:                       # less than a decade in view: 2·10^k and 5·10^k as well
            extra = [v + math.log10(f) for v in range(math.floor(minVal), math.ceil(maxVal)) for f in (2, 5)]
            ticks.append((None, [x for x in extra if minVal < x < maxVal]))
        return ticks


def min_decades(plot: pg.PlotItem, decades: float = 2.0) -> None:
    """A log axis shows at least ``decades`` powers of ten, so it always has readable 10^k ticks."""
    plot.getViewBox().setLimits(minYRange=decades)


def csv_number(value) -> str:
    """A number for a CSV cell: empty for None/NaN, repr-precision otherwise."""
    if value is None:
        return ""
    if isinstance(value, (int, str)):
        return str(value)
    value = float(value)
    return "" if math.isnan(value) else repr(value)


class PlotView(QWidget):
    """Base class of the studio's plots. Subclasses build their items once and implement ``_draw(s)``,
    ``_clear()`` and ``csv_rows() -> (header, rows)``."""

    export_name = "plot"   # default file name stem in the save dialogs
    preferred_size = (420, 320)   # sizeHint: what a dock should start with for the plot to be readable

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending = None        # newest snapshot not drawn yet (the plot was hidden)
        self._snapshot = None       # the snapshot on screen
        self._canvas: QWidget | None = None

        self.png_action = QAction(self.tr("Save plot as PNG…"), self)
        self.png_action.setToolTip(self.tr("Save this plot as a PNG image."))
        self.png_action.triggered.connect(self.export_png_dialog)
        self.csv_action = QAction(self.tr("Save data as CSV…"), self)
        self.csv_action.setToolTip(self.tr("Save the numbers behind this plot as a CSV table."))
        self.csv_action.triggered.connect(self.export_csv_dialog)

        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this plot as a PNG image or its data as a CSV table."))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.addAction(self.png_action)
        self.export_button.addAction(self.csv_action)

        self._controls = QHBoxLayout()
        self._controls.setContentsMargins(4, 2, 4, 0)
        self._controls.addStretch(1)
        self._controls.addWidget(self.export_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(self._controls)

    def sizeHint(self) -> QSize:
        return QSize(*self.preferred_size)

    # -- building (subclasses) -------------------------------------------------------------------------
    def _add_control(self, widget: QWidget) -> None:
        """Put a control in the row above the plot, left of the Export button."""
        self._controls.insertWidget(self._controls.count() - 2, widget)

    def _set_canvas(self, widget: QWidget) -> None:
        """The widget that shows the plot (and is saved as PNG)."""
        self._canvas = widget
        self._layout.addWidget(widget, 1)

    def _add_menu_actions(self, plot: pg.PlotItem) -> None:
        """Offer the export actions in a plot's right-click menu as well."""
        menu = plot.getViewBox().menu
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.png_action)
            menu.addAction(self.csv_action)

    def layer_name(self, index: int, activation: str | None) -> str:
        """'layer 1 (sigmoid)' for the 0-based Dense layer ``index`` (the same in every plot)."""
        if activation:
            return self.tr("layer {0} ({1})").format(index + 1, activation)
        return self.tr("layer {0}").format(index + 1)

    # -- snapshots -------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Draw ``snapshot`` (a TrainingSnapshot); a plot hidden in a visible window draws it when shown."""
        self._pending = snapshot
        if self.isVisible() or not self.window().isVisible():
            self._flush()

    def reset(self) -> None:
        """Forget the history on screen (new network or new dataset)."""
        self._pending = None
        self._snapshot = None
        self._clear()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._flush()

    def _flush(self) -> None:
        snapshot, self._pending = self._pending, None
        if snapshot is not None:
            self._snapshot = snapshot
            self._draw(snapshot)

    def _redraw(self) -> None:
        """Draw the current snapshot again (after a setting such as the shown layer changed)."""
        if self._pending is None and self._snapshot is not None:
            self._draw(self._snapshot)

    def _draw(self, snapshot) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def csv_rows(self) -> tuple[list[str], list[list]]:
        """(header, rows) of the plotted data, as written by export_csv."""
        raise NotImplementedError

    # -- export ----------------------------------------------------------------------------------------
    def export_png(self, path) -> None:
        """Save the plot as it is shown (or would be shown at its current size) as a PNG image."""
        self._flush()
        widget = self._canvas if self._canvas is not None else self
        if widget.width() < 50 or widget.height() < 50:   # never laid out: give it a sensible size
            widget.resize(max(widget.width(), 640), max(widget.height(), 480))
        for _ in range(2):
            # let every view apply pending auto-ranges (and views linked to them) before the picture
            for view in widget.findChildren(pg.GraphicsView) + ([widget] if isinstance(widget, pg.GraphicsView)
                                                                 else []):
                view.scene().prepareForPaint()
        image = widget.grab()
        path = Path(path)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise OSError(self.tr("Could not write the image {0}: check that the folder exists and that you "
                                  "may write to it.").format(str(path)))

    def export_csv(self, path) -> None:
        """Save the plotted data as CSV (comma-separated, header row, empty cells where there is no value)."""
        self._flush()
        header, rows = self.csv_rows()
        path = Path(path)
        try:
            with open(path, "w", newline="", encoding="utf-8") as f:
                writer = csv.writer(f)
                writer.writerow(header)
                for row in rows:
                    writer.writerow([csv_number(v) for v in row])
        except OSError as e:
            raise OSError(self.tr("Could not write the table {0}: {1}. Check that the folder exists and that "
                                  "you may write to it.").format(str(path), e.strerror or str(e))) from e

    def export_png_dialog(self) -> None:
        self._export_dialog(self.tr("Save plot as PNG"), self.tr("PNG images (*.png)"), ".png", self.export_png)

    def export_csv_dialog(self) -> None:
        self._export_dialog(self.tr("Save data as CSV"), self.tr("CSV tables (*.csv)"), ".csv", self.export_csv)

    def _export_dialog(self, title: str, file_filter: str, suffix: str, export) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, self.export_name + suffix, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            export(path)
        except OSError as e:
            QMessageBox.warning(self, title, str(e))


def white_canvas(widget) -> None:
    """White background for a pyqtgraph widget (TF Playground's look; the class colours are made for it)."""
    widget.setBackground("w")
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
