"""What every live plot shares: draw only the newest snapshot (and only when it can be seen), reset the view,
readable axes, and export.

A view gets ``show_snapshot(s)`` up to ~30 times a second. When the plot sits in a closed or hidden dock of
a visible window it keeps just the newest snapshot and draws it when it is shown again, so hidden plots cost
nothing while training. The plots follow new data (auto-range) until the learner zooms or pans; "Reset view"
(a button, the right-click menu, the Home key) shows all the data again and follows it from then on. After a
reset of the history every plot shows a fixed empty range, and the first points set the range.
Export: ``export_png(path)`` saves what the plot shows, ``export_csv(path)`` the plotted numbers with a header
row; an "Export" button and the plots' context menus ask for a file name.
"""
from __future__ import annotations

import csv
import math
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QToolButton, QVBoxLayout, QWidget

from nnstudio.app.buttons import ToolButton
from nnstudio.app.layouts import ListLayout
from nnstudio.app.texts import translated

AXIS_COLOR = "#404040"
LABEL_GAP_PX = 4          # free pixels between two tick labels on a vertical axis
RESET_VIEW_KEY = Qt.Key.Key_Home   # as matplotlib's toolbar: Home shows the original view


ACCURACY_PADDING = 0.06  # room below 0 and above 1, so that the 0 and 1 labels fit inside the axis


def style_plot(plot: pg.PlotItem) -> None:
    """Dark axes and a light grid for the plots' white background; no pyqtgraph "A" button (the plot's own
    "Reset view" replaces it)."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR))
        axis.setTextPen(pg.mkPen(AXIS_COLOR))
        # a grid at the major ticks only: minor grid lines cost 30-70 ms per repaint (measured here)
        axis.setStyle(maxTickLevel=0)
        # "loss (x0.001)" with ticks at 800 confuses learners: write 0.8
        axis.enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.titleLabel.opts["color"] = AXIS_COLOR      # setTitle() later draws the title in this colour
    plot.hideButtons()


def set_title(plot: pg.PlotItem, text: str) -> None:
    """A small title (keep it short: the plot cannot get narrower than its title)."""
    plot.setTitle(text, size="9pt")


class ReadableAxis(pg.AxisItem):
    """A vertical axis whose tick labels neither crowd nor fall off its ends, on small docks as on big ones.

    pyqtgraph picks about log(pixels) ticks whatever the font, then silently drops each label that sticks out
    past an end of the axis: a 60 px accuracy axis got four labels on top of each other, and a log axis that
    spans exactly two decades kept only the middle label. Here every label gets its text height plus a gap,
    and only values at least half a label away from both ends are labelled.

    In log mode (values are log10) the labels are powers of ten — every 2nd, 3rd, 5th… when space is short,
    the skipped decades still drawn as unlabelled grid lines — and 3·10^k, then 2·10^k and 5·10^k, join them
    when fewer than two decades fit; where those would crowd a short axis, two readable values as far apart as
    fit (0.4 and 1, 0.15 and 0.7). They read "0.01" while every label lies in 0.001 … 1000, "10⁻⁵" beyond.
    """

    def __init__(self, orientation: str = "left", whole: bool = False, **kwargs):
        super().__init__(orientation, **kwargs)
        self.setStyle(maxTextLevel=0)     # the second level holds the unlabelled decades only
        self.whole = whole                # ticks at whole numbers only (counts: no "1.5 weights")

    def label_pitch(self) -> float:
        """Pixels one tick label needs along the axis: its text height and a gap."""
        font = self.style["tickFont"] or self.font()
        return 0.8 * QFontMetricsF(font).height() + LABEL_GAP_PX   # pyqtgraph counts 80 % of the height

    def tickValues(self, minVal, maxVal, size):
        lo, hi = sorted((float(minVal), float(maxVal)))
        if not (size > 0 and hi > lo and math.isfinite(lo) and math.isfinite(hi)):
            return super().tickValues(minVal, maxVal, size)
        per_unit = size / (hi - lo)                      # pixels per axis unit (per decade in log mode)
        pitch = self.label_pitch()
        margin = ((pitch - LABEL_GAP_PX) / 2 + 1) / per_unit   # half a label and a pixel, in axis units
        lo_in, hi_in = lo + margin, hi - margin          # a label's centre must lie in here to be drawn whole
        if self.logMode:
            return self._log_ticks(lo_in, hi_in, per_unit, pitch)
        # pyqtgraph's density on long axes (about log(pixels) labels), never denser than the labels allow
        spacing = max(pitch, size / max(2.0, math.log(size))) / per_unit
        if self.orientation in ("bottom", "top"):
            return self._spaced_ticks(lo, hi, per_unit, spacing)
        return self._linear_ticks(lo_in, hi_in, max(1.0, spacing) if self.whole else spacing)

    def _spaced_ticks(self, lo: float, hi: float, per_unit: float, spacing: float):
        """A horizontal axis' ticks: labels are as wide as their text, so the step grows until the widest label
        and a gap fit between two ticks (a 200-px loss plot with an 11-pt font read "0200400600")."""
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        ticks = self._linear_ticks(lo, hi, max(1.0, spacing) if self.whole else spacing)
        for _ in range(12):
            step, values = ticks[0]
            strings = self.tickStrings(values, self.autoSIPrefixScale * self.scale, step)
            widest = max((metrics.horizontalAdvance(text) for text in strings), default=0.0)
            if step * per_unit >= widest + 3 * LABEL_GAP_PX or len(values) <= 1:
                return ticks
            ticks = self._linear_ticks(lo, hi, step * 1.5)
        return ticks

    @staticmethod
    def _linear_ticks(lo: float, hi: float, spacing: float):
        """Multiples of the smallest 1, 2 or 5 × 10^k that is at least ``spacing``."""
        k = math.floor(math.log10(spacing))
        step = next(f * 10.0 ** k for f in (1, 2, 5, 10) if f * 10.0 ** k >= spacing * (1 - 1e-9))
        first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        values = [i * step for i in range(first, last + 1)] if last - first < 1000 else []
        return [(step, [0.0 if v == 0 else v for v in values])]

    @staticmethod
    def _log_ticks(lo: float, hi: float, per_decade: float, pitch: float):
        decades = list(range(math.ceil(lo - 1e-9), math.floor(hi + 1e-9) + 1)) if hi - lo < 1000 else []
        if len(decades) >= 2:
            step = next(s for s in (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000) if s * per_decade >= pitch
                        or s == 1000)
            labelled = [k for k in decades if k % step == 0]
            if len(labelled) < 2 and (decades[-1] - decades[0]) * per_decade >= pitch:
                labelled = [decades[0], decades[-1]]      # two labels, as far apart as the axis allows
            unlabelled = [k for k in decades if k not in labelled] if step > 1 else []
            return [(float(step), [float(k) for k in labelled]), (1.0, [float(k) for k in unlabelled])]
        # less than two whole decades in view: 1 and 3, or 1, 2 and 5, in every decade
        best = [float(k) for k in decades]
        for mantissas in ((1, 3), (1, 2, 5)):
            values = ReadableAxis._log_values(lo, hi, mantissas)
            if len(values) >= 2 and min(b - a for a, b in zip(values, values[1:])) * per_decade < pitch:
                break                                      # these would crowd: keep the coarser ones
            best = values
            if len(best) >= 2:
                break
        if len(best) < 2:
            best = ReadableAxis._two_log_labels(lo, hi, per_decade, pitch, best)
        return [(None, best)]

    @staticmethod
    def _log_values(lo: float, hi: float, mantissas) -> list[float]:
        """m·10^k for each of ``mantissas`` and every decade k, as log10 values from ``lo`` to ``hi``, ascending."""
        values = [k + math.log10(m) for k in range(math.floor(lo) - 1, math.ceil(hi) + 1) for m in mantissas]
        return [v for v in values if lo - 1e-9 <= v <= hi + 1e-9]

    @staticmethod
    def _two_log_labels(lo: float, hi: float, per_decade: float, pitch: float, best: list[float]) -> list[float]:
        """Two labels where 1-3 and 1-2-5 crowd a short axis (a 60-px race plot read just "1"): the value
        already chosen and the nearest readable value at an end that lies a label away, or else the two ends'
        nearest readable values (0.4 and 1, 0.5 and 2) — the roundest mantissas that fit first."""
        for mantissas in ((1, 2, 5), (1, 2, 3, 5), READABLE_MANTISSAS):
            values = ReadableAxis._log_values(lo, hi, mantissas)
            if len(values) < 2:
                continue
            ends = (values[0], values[-1])
            kept = sorted({*best, *(v for v in ends if all(abs(v - b) * per_decade >= pitch for b in best))})
            if len(kept) >= 2:
                return kept
            if (ends[1] - ends[0]) * per_decade >= pitch:
                return list(ends)
        return best

    def logTickStrings(self, values, scale, spacing):
        """0.001 … 1000 as plain numbers; beyond that, and for every label of an axis that goes beyond, 10ᵏ."""
        parts = []
        for v in values:
            k = math.floor(v + 1e-9)
            parts.append((k, round(10.0 ** (v - k), 1)))      # 1.5 and 2.5 are labels too
        plain = all(-3 <= k <= 3 for k, _ in parts)
        return [f"{m * 10.0 ** k:g}" if plain else power_of_ten(m, k) for k, m in parts]


READABLE_MANTISSAS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9)   # the finest a log axis' labels go

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(mantissa: float, exponent: int) -> str:
    """"10⁻⁵" for (1, -5), "2·10⁻⁵" for (2, -5), "2.5·10⁷" for (2.5, 7)."""
    power = "10" + str(int(exponent)).translate(SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa:g}·{power}"


def readable_axes(whole: bool = False, bottom: bool = False) -> dict:
    """The axisItems of a new plot: a left axis whose labels stay readable (see ReadableAxis); ``whole``: it
    counts things, and its labels are whole numbers; ``bottom``: the bottom axis' labels too keep apart."""
    axes = {"left": ReadableAxis("left", whole=whole)}
    if bottom:
        axes["bottom"] = ReadableAxis("bottom")
    return axes


def min_decades(plot: pg.PlotItem, decades: float = 2.0) -> None:
    """A log axis shows at least ``decades`` powers of ten, so it always has readable 10^k ticks."""
    plot.getViewBox().setLimits(minYRange=decades)


def show_empty_range(plot: pg.PlotItem, x: tuple[float, float], y: tuple[float, float]) -> None:
    """Show ``x`` × ``y`` while the plot holds no data, and let the first data set the range (auto-range):
    pyqtgraph keeps the last range when the curves are emptied, so an old run's axes would stay."""
    view = plot.getViewBox()
    view.setRange(xRange=x, yRange=y, padding=0.0)
    view.enableAutoRange()


class FixedLegend(pg.LegendItem):
    """A legend laid out beside a plot (never over its curves): it cannot be dragged out of its place.
    A click on an entry still hides or shows that curve."""

    def hoverEvent(self, ev):
        pass

    def mouseDragEvent(self, ev):
        ev.ignore()


def legend_item(columns: int = 1) -> FixedLegend:
    """A frameless legend with the plots' dark 8 pt text, to put in a plot's layout."""
    legend = FixedLegend(labelTextColor=AXIS_COLOR, labelTextSize="8pt", frame=False, verSpacing=-4,
                         colCount=columns)
    legend.layout.setContentsMargins(4, 0, 4, 0)
    return legend


def csv_number(value) -> str:

    """A number for a CSV cell: empty for None/NaN, repr-precision otherwise."""
    if value is None:
        return ""
    if isinstance(value, (int, str)):
        return str(value)
    value = float(value)
    return "" if math.isnan(value) else repr(value)


class ControlsRow(ListLayout):
    """A plot's row of controls: ``own`` (the plot's controls) on the left, ``buttons`` (Reset view, Export) on
    the right — or, where both do not fit side by side, the buttons on a line of their own below, at the right.

    Its height follows its width alone, and its least width is that of the wider part: the row never widens the
    plot's dock, so the dock never flips between one line and two (an earlier row that turned its buttons into
    icons when narrow made the layout oscillate)."""

    MARGINS = (4, 2, 4, 0)

    def __init__(self, own: QWidget, buttons: QWidget):
        super().__init__()
        self.setContentsMargins(*self.MARGINS)
        self.setSpacing(6)
        self.addWidget(own)
        self.addWidget(buttons)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _one_line(self, width: int) -> bool:
        own, buttons = self._items
        return own.minimumSize().width() + self.spacing() + buttons.sizeHint().width() <= width

    def _own_height(self, width: int) -> int:
        own = self._items[0]
        return own.heightForWidth(width) if own.hasHeightForWidth() else own.sizeHint().height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        width -= self._margins().width()
        buttons = self._items[1].sizeHint().height()
        if self._one_line(width):
            inner = max(self._own_height(width - self.spacing() - self._items[1].sizeHint().width()), buttons)
        else:
            inner = self._own_height(width) + self.spacing() + buttons
        return inner + self._margins().height()

    def sizeHint(self) -> QSize:  # noqa: N802
        own, buttons = (item.sizeHint() for item in self._items)
        return QSize(own.width() + self.spacing() + buttons.width(),
                     max(own.height(), buttons.height())) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802
        own, buttons = self._items[0].minimumSize(), self._items[1].sizeHint()
        return QSize(max(own.width(), buttons.width()), max(own.height(), buttons.height())) + self._margins()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        own, buttons = self._items
        size = buttons.sizeHint()
        if self._one_line(area.width()):
            height = max(self._own_height(area.width() - self.spacing() - size.width()), size.height())
            own.setGeometry(QRect(area.left(), area.top(), area.width() - self.spacing() - size.width(), height))
            buttons.setGeometry(QRect(area.right() + 1 - size.width(), area.top() + (height - size.height()) // 2,
                                      size.width(), size.height()))
        else:
            height = self._own_height(area.width())
            own.setGeometry(QRect(area.left(), area.top(), area.width(), height))
            buttons.setGeometry(QRect(area.right() + 1 - size.width(), area.top() + height + self.spacing(),
                                      size.width(), size.height()))


class PlotView(QWidget):
    """Base class of the studio's plots. Subclasses build their items once and implement ``_draw(s)``,
    ``_clear()``, ``reset_view()`` and ``csv_rows() -> (header, rows)``."""

    export_name = "plot"   # default file name stem in the save dialogs
    preferred_size = (420, 320)   # sizeHint: what a dock should start with for the plot to be readable

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending = None        # newest snapshot not drawn yet (the plot was hidden)
        self._own_controls: list[QWidget] = []     # (see _add_control)
        self._snapshot = None       # the snapshot on screen
        self._canvas: QWidget | None = None

        self.png_action = QAction(QCoreApplication.translate("PlotView", "Save plot as PNG…"), self)
        self.png_action.setToolTip(QCoreApplication.translate("PlotView", "Save this plot as a PNG image."))
        self.png_action.triggered.connect(self.export_png_dialog)
        self.csv_action = QAction(QCoreApplication.translate("PlotView", "Save data as CSV…"), self)
        self.csv_action.setToolTip(QCoreApplication.translate(
            "PlotView", "Save the numbers behind this plot as a CSV table."))
        self.csv_action.triggered.connect(self.export_csv_dialog)
        self.reset_view_action = QAction(QCoreApplication.translate("PlotView", "Reset view"), self)
        self.reset_view_action.setShortcut(QKeySequence(RESET_VIEW_KEY))
        self.reset_view_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reset_view_action.setToolTip(QCoreApplication.translate(
            "PlotView", "Show all the data again and follow new data ({0}). Dragging or scrolling on a plot "
                        "zooms and pans it; it then stops following the data.").format(
                QKeySequence(RESET_VIEW_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.reset_view_action.triggered.connect(self.reset_view)
        self.addAction(self.reset_view_action)      # the shortcut works while the plot has the focus

        self.reset_view_button = ToolButton(self)
        self.reset_view_button.setDefaultAction(self.reset_view_action)
        self.export_button = ToolButton(self)
        self.export_button.setText(QCoreApplication.translate("PlotView", "Export"))
        self.export_button.setToolTip(QCoreApplication.translate(
            "PlotView", "Save this plot as a PNG image or its data as a CSV table."))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.addAction(self.png_action)
        self.export_button.addAction(self.csv_action)

        # the row above the plot: the plot's own controls on the left (``_controls``), Reset view and Export on
        # the right; in a dock too narrow for both, the buttons go to a line of their own instead of being cut
        own = QWidget(self)
        self._controls = QHBoxLayout(own)
        self._controls.setContentsMargins(0, 0, 0, 0)
        self._controls.addStretch(1)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reset_view_button)
        row.addWidget(self.export_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(ControlsRow(own, buttons))

    def sizeHint(self) -> QSize:
        return QSize(*self.preferred_size)

    # -- building (subclasses) -------------------------------------------------------------------------
    def _add_control(self, widget: QWidget) -> None:
        """Put a control in the row above the plot, left of the Reset view and Export buttons."""
        self._controls.insertWidget(self._controls.count() - 1, widget)
        # Tab reaches the row as it reads: the plot's own controls, then Reset view and Export (made first, they
        # came first)
        self._own_controls.append(widget)
        chain = [*self._own_controls, self.reset_view_button, self.export_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _set_canvas(self, widget: QWidget) -> None:
        """The widget that shows the plot (and is saved as PNG); a click gives it the focus, so that the
        Reset view key reaches the plot."""
        self._canvas = widget
        widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._layout.addWidget(widget, 1)

    def _set_legend_canvas(self, legend: QWidget, plots: QWidget) -> QWidget:
        """A canvas (see _set_canvas) of a legend strip above the plots; returns it."""
        canvas = QWidget(self)
        column = QVBoxLayout(canvas)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(legend)
        column.addWidget(plots, 1)
        self._set_canvas(canvas)
        return canvas

    def _add_loss_and_accuracy_plots(self, loss_label: str, accuracy_label: str) -> None:
        """Two linked plots, ``loss_widget``/``loss_plot`` and ``acc_widget``/``acc_plot``: the loss free, the
        accuracy always over 0..1 (only its x axis zooms, together with the loss's)."""
        self.loss_widget = pg.PlotWidget(axisItems=readable_axes(bottom=True))
        self.acc_widget = pg.PlotWidget(axisItems=readable_axes(bottom=True))
        for w in (self.loss_widget, self.acc_widget):
            white_canvas(w)
        self.loss_plot = self.loss_widget.getPlotItem()
        self.acc_plot = self.acc_widget.getPlotItem()
        for plot in (self.loss_plot, self.acc_plot):
            style_plot(plot)
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")    # about two points a pixel: painting stays cheap
            self._add_menu_actions(plot)
        self.loss_plot.setLabel("left", loss_label)
        self.acc_plot.setLabel("left", accuracy_label)
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0.0, 1.0, padding=ACCURACY_PADDING)
        self.acc_plot.enableAutoRange(axis="y", enable=False)
        self.acc_plot.setMouseEnabled(y=False)

    def _add_menu_actions(self, plot: pg.PlotItem) -> None:
        """Offer Reset view first and the export actions last in a plot's right-click menu."""
        menu = plot.getViewBox().menu
        if menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, self.reset_view_action)
            menu.insertSeparator(first)
            menu.addSeparator()
            menu.addAction(self.png_action)
            menu.addAction(self.csv_action)

    def reset_view(self) -> None:
        """Show all the data again and follow new data (after the learner zoomed or panned: pyqtgraph stops
        following the data then)."""
        raise NotImplementedError

    def layer_name(self, index: int, activation: str | None) -> str:
        """'layer 1 (sigmoid)' for the 0-based Dense layer ``index`` (the same in every plot)."""
        if activation:
            return QCoreApplication.translate("PlotView", "layer {0} ({1})").format(index + 1, activation)
        return QCoreApplication.translate("PlotView", "layer {0}").format(index + 1)

    # -- snapshots -------------------------------------------------------------------------------------
    def show_snapshot(self, snapshot) -> None:
        """Draw ``snapshot`` (a TrainingSnapshot); a plot hidden in a visible window draws it when shown."""
        self._pending = snapshot
        if self.isVisible() or not self.window().isVisible():
            self._flush()

    def reset(self) -> None:
        """Forget the history on screen (new network or new dataset); the axes show an empty range and
        follow the next data, even where the learner had zoomed."""
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
        """Save the plot as it is shown (or would be shown at its current size) as a PNG image: as many pixels as
        the screen shows it with (twice the widget's size each way on a 200 % screen, as sharp as seen there),
        and a resolution (dots per inch) that gives the picture the widget's size where it is placed."""
        self._flush()
        widget = self._canvas if self._canvas is not None else self
        if widget.width() < 50 or widget.height() < 50:   # never laid out: give it a sensible size
            widget.resize(max(widget.width(), 640), max(widget.height(), 480))
        for _ in range(2):
            # let every view apply pending auto-ranges (and views linked to them) before the picture
            for view in widget.findChildren(pg.GraphicsView) + ([widget] if isinstance(widget, pg.GraphicsView)
                                                                 else []):
                view.scene().prepareForPaint()
        image = widget.grab().toImage()
        # Qt writes 96 dpi whatever the pixel ratio: a 200 % picture then came out twice as large in a document
        image.setDotsPerMeterX(round(image.dotsPerMeterX() * image.devicePixelRatio()))
        image.setDotsPerMeterY(round(image.dotsPerMeterY() * image.devicePixelRatio()))
        path = Path(path)
        if image.isNull() or not image.save(str(path), "PNG"):
            raise OSError(QCoreApplication.translate(
                "PlotView", "Could not write the image {0}: check that the folder exists and that you may write "
                            "to it.").format(str(path)))

    @contextmanager
    def canvas_resized(self, width: int, height: int):
        """The canvas at ``width`` × ``height`` px while the block runs, its own size back afterwards, also when the
        block fails: a picture of more than the screen shows (every row of a table, a legend hidden for want of
        room) is taken so, ``with self.canvas_resized(w, h): self.export_png(path)``; yields the canvas."""
        canvas = self._canvas if self._canvas is not None else self
        size = canvas.size()
        canvas.resize(width, height)
        try:
            yield canvas
        finally:
            canvas.resize(size)

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
            raise OSError(QCoreApplication.translate(
                "PlotView", "Could not write the table {0}: {1}. Check that the folder exists and that you may "
                            "write to it.").format(str(path), translated(e))) from e

    def export_png_dialog(self) -> None:
        self._export_dialog(QCoreApplication.translate("PlotView", "Save plot as PNG"),
                            QCoreApplication.translate("PlotView", "PNG images (*.png)"), ".png", self.export_png)

    def export_csv_dialog(self) -> None:
        self._export_dialog(QCoreApplication.translate("PlotView", "Save data as CSV"),
                            QCoreApplication.translate("PlotView", "CSV tables (*.csv)"), ".csv", self.export_csv)

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
