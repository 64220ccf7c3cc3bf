"""The surface race: every contestant descends a loss surface of two parameters from the same start.

``SurfacePlot`` draws the surface as a light map with contour lines at log-spaced levels, its minima, the start
(a click elsewhere moves it), every contestant's whole path faintly and the part travelled so far (a dot at each
point on paths of up to 100 steps, as the textbook draws them) with a marker at its current point; optional arrows
at each current point compare the contestant's next step (its momentum buffer, its per-coordinate rates) with the
plain gradient step −η·g. New paths are shown whole, as the textbook's figure, unless the animation is under way
(Restart, Step, Race). ``SurfacePage`` adds the surface's settings and animates the paths, which the session
computes at once whenever a setting or a hyper-parameter changes.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QLabel,
                               QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.app.editor.flow import flow_container
from nnstudio.app.optimizer_form import SettingSpinBox
from nnstudio.app.plots.base import AXIS_COLOR, PlotView, set_title, style_plot, white_canvas
from nnstudio.app.plots.contour import contour_segments
from nnstudio.app.race.palette import contestant_color
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import title, translated
from nnstudio.engine import surfaces
from nnstudio.i18n import TranslatableError
from nnstudio.session.race import SURFACE_NAMES

CONTOUR_LEVELS = 14
LOW, HIGH = np.array((190, 214, 236)), np.array((255, 251, 242))   # map colours: low values blue, high cream
ARROW_PX = 70           # the longest arrow at a step, in screen pixels
HEAD_PX = 9
FRAME_MS = 30           # animation: one frame every 30 ms ...
FRAMES = 150            # ... and the whole path in about this many frames (4.5 s)
GRADIENT_PEN = pg.mkPen((110, 110, 110), width=1.5, style=Qt.PenStyle.DashLine)
DOTS_MAX_STEPS = 100    # paths of at most this many steps show a dot at every point, as the textbook draws them


def surface_lut(n: int = 256) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[:, None]
    return np.rint(LOW + (HIGH - LOW) * t).astype(np.uint8)


def log_levels(values: np.ndarray, n: int = CONTOUR_LEVELS) -> np.ndarray:
    """``n`` contour levels spaced evenly in log(f − min f) over the map: dense near the minimum, where the
    paths end, and sparse on the steep walls."""
    v = values[np.isfinite(values)]
    if v.size == 0:
        return np.zeros(0)
    low = float(v.min())
    d = v - low
    top = float(np.quantile(d, 0.98))
    positive = d[d > 0]
    if top <= 0 or positive.size == 0:
        return np.zeros(0)
    bottom = max(float(np.quantile(positive, 0.002)), top * 1e-6)
    return low + np.geomspace(bottom, top, n)


def arrow_segments(x0: float, y0: float, dx: float, dy: float, px: float, py: float, length_px: float):
    """Line segments (x, y arrays for connect="pairs") of an arrow from (x0, y0) in direction (dx, dy) (data
    units), ``length_px`` long on screen, with a head; ``px``/``py`` are data units per pixel."""
    sx, sy = dx / px, dy / py
    norm = math.hypot(sx, sy)
    if not (norm > 0 and length_px >= 1 and math.isfinite(norm)):
        return [], []
    ux, uy = sx / norm, sy / norm
    tip = (x0 + ux * length_px * px, y0 + uy * length_px * py)
    xs, ys = [x0, tip[0]], [y0, tip[1]]
    head = min(HEAD_PX, 0.6 * length_px)
    for angle in (math.radians(150), math.radians(-150)):
        c, s = math.cos(angle), math.sin(angle)
        bx, by = ux * c - uy * s, ux * s + uy * c
        xs += [tip[0], tip[0] + bx * head * px]
        ys += [tip[1], tip[1] + by * head * py]
    return xs, ys


class SurfacePlot(PlotView):
    """The surface, its minima, the start and every contestant's path; see the module docstring."""

    startChosen = Signal(float, float)      # a left click on the surface: race from there
    stepShown = Signal(int)                 # the paths are drawn up to this step (the animation moved, or they)

    export_name = "race_surface"
    preferred_size = (640, 480)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._extent = None
        self._paths: dict = {}          # key -> Descent
        self._contestants = ()
        self._step = 0
        self._arrows = False
        self._items: dict[str, dict] = {}

        self.arrows_check = QCheckBox(self.tr("Arrows"), self)
        self.arrows_check.setToolTip(self.tr(
            "At each current point: the contestant's next step (coloured; with momentum the velocity it carries, "
            "with Adagrad, RMSprop or Adam each coordinate scaled by its own rate) and the plain gradient step "
            "−η·g at its rate (grey, dashed), drawn to the same scale."))
        self.arrows_check.toggled.connect(self.set_arrows)
        self._add_control(self.arrows_check)

        self.widget = pg.PlotWidget()
        white_canvas(self.widget)
        self.plot = self.widget.getPlotItem()
        style_plot(self.plot)
        self.plot.showGrid(x=False, y=False)
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", "y")
        self.view = self.plot.getViewBox()
        self.view.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(surface_lut())
        self.image.setZValue(-20)
        self.plot.addItem(self.image)
        self.contours = pg.PlotCurveItem(pen=pg.mkPen((150, 160, 175), width=1), connect="pairs")
        self.contours.setZValue(-15)
        self.plot.addItem(self.contours)
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, pxMode=True, brush=pg.mkBrush(30, 30, 30),
                                         pen=pg.mkPen("w", width=1))
        self.local_minima = pg.ScatterPlotItem(symbol="star", size=16, pxMode=True, brush=pg.mkBrush("w"),
                                               pen=pg.mkPen((30, 30, 30), width=1.5))
        self.start_marker = pg.ScatterPlotItem(symbol="o", size=16, pxMode=True, brush=pg.mkBrush("w"),
                                               pen=pg.mkPen((30, 30, 30), width=2.5))
        self.markers = pg.ScatterPlotItem(size=13, pxMode=True)
        self.gradient_arrows = pg.PlotCurveItem(pen=GRADIENT_PEN, connect="pairs")
        for item in (self.minima, self.local_minima, self.start_marker, self.gradient_arrows):
            item.setZValue(5)
            self.plot.addItem(item)
        self.markers.setZValue(10)
        self.plot.addItem(self.markers)
        self.plot.setToolTip(self.tr(
            "The loss surface: darker blue is lower, the lines are contours at log-spaced heights. Stars are "
            "minima (hollow: a local one), the ring is the start — click anywhere to start from there. Each path "
            "shows where a contestant goes, with the same steps for everyone."))
        self.widget.scene().sigMouseClicked.connect(self._on_click)
        self.view.sigRangeChanged.connect(lambda *_: self._draw_arrows())
        self._add_menu_actions(self.plot)
        # the readout under the plot names every path's colour: it is part of the picture Export saves (the PNG
        # of the textbook figure showed four paths and no names)
        canvas = QWidget(self)
        canvas.setObjectName("SurfaceCanvas")
        # (white, and the readout's text the plots' dark grey with it: in a dark desktop theme the readout took the
        # palette's light text, unreadable on the white canvas)
        canvas.setStyleSheet("#SurfaceCanvas { background: white; }"
                             f" #SurfaceCanvas QLabel {{ color: {AXIS_COLOR}; }}")
        canvas.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(canvas)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.widget, 1)
        self.readout = QLabel(canvas)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setToolTip(self.tr(
            "Where each contestant is at the step shown: f there and, per coordinate, its last update divided by "
            "the gradient — Adagrad's and RMSprop's own rate for each coordinate (plain SGD: its learning rate for "
            "both); with momentum (SGD's or Adam's) the carried velocity enters too, so it can even be negative."))
        self.readout.setContentsMargins(4, 0, 4, 4)
        column.addWidget(self.readout)
        self._set_canvas(canvas)

    def add_control(self, widget: QWidget) -> None:
        """A control in the row above the plot (the page's buttons)."""
        self._add_control(widget)

    # -- what to show ------------------------------------------------------------------------------------------
    def set_surface(self, surface, grid, start) -> None:
        """Draw ``surface`` from its ``grid`` (xs, ys, values) with the start marker at ``start``."""
        xs, ys, values = grid
        changed = self._extent != tuple(surface.extent)
        self._extent = tuple(float(v) for v in surface.extent)
        finite = np.isfinite(values)
        low = float(values[finite].min()) if finite.any() else 0.0
        shifted = np.where(finite, values - low, np.nan)
        positive = shifted[shifted > 0]
        floor = float(np.quantile(positive, 0.002)) if positive.size else 1.0
        shown = np.log10(np.nan_to_num(shifted, nan=np.nanmax(shifted) if finite.any() else 1.0) + floor)
        lo, hi = float(np.min(shown)), float(np.max(shown))
        self.image.setImage(shown, autoLevels=False, levels=(lo, hi if hi > lo else lo + 1.0))
        dx, dy = (xs[-1] - xs[0]) / max(len(xs) - 1, 1), (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        cx, cy = [], []
        for level in log_levels(values):
            x, y = contour_segments(values, level, xs, ys)
            cx.append(x)
            cy.append(y)
        self.contours.setData(np.concatenate(cx) if cx else [], np.concatenate(cy) if cy else [])
        self.minima.setData(pos=list(surface.minima))
        self.local_minima.setData(pos=list(surface.local_minima))
        self.start_marker.setData(pos=[tuple(start)])
        set_title(self.plot, f"{title('Surfaces', surface.title)}: f(x, y) = {surface.formula}")
        if changed:
            self.reset_view()

    def set_paths(self, contestants, paths: dict) -> None:
        """Every contestant's Descent (key -> Descent). The whole paths, as the textbook draws them, when the
        step shown was the end (the first paths too): the readout and the table then say where each ended; else
        the step shown (up to the new paths' end), where Restart, Step or a paused animation left it."""
        at_end = self._step >= self.steps()
        self._contestants = tuple(contestants)
        self._paths = dict(paths)
        keys = {c.key for c in self._contestants}
        for key in [k for k in self._items if k not in keys]:
            items = self._items.pop(key)
            for name in ("ghost", "path", "dots", "arrow"):
                self.plot.removeItem(items[name])
        for c in self._contestants:
            items = self._items.get(c.key)
            if items is None:
                items = self._items[c.key] = {"ghost": pg.PlotCurveItem(connect="finite"),
                                              "path": pg.PlotCurveItem(connect="finite"),
                                              "dots": pg.ScatterPlotItem(size=6, pxMode=True, pen=None),
                                              "arrow": pg.PlotCurveItem(connect="pairs")}
                for z, name in ((0, "ghost"), (2, "path"), (3, "dots"), (6, "arrow")):
                    items[name].setZValue(z)
                    self.plot.addItem(items[name])
            rgb = contestant_color(c.color)
            items["ghost"].setPen(pg.mkPen((*rgb, 90), width=1.5))
            items["path"].setPen(pg.mkPen(rgb, width=2.5))
            items["dots"].setBrush(pg.mkBrush(rgb))
            items["arrow"].setPen(pg.mkPen(rgb, width=2.5))
            path = self._paths.get(c.key)
            if path is not None:
                items["ghost"].setData(path.points[:, 0], path.points[:, 1])
            for item in items.values():
                item.setVisible(c.visible)
        self.show_step(self.steps() if at_end else min(self._step, self.steps()))

    def steps(self) -> int:
        """The number of steps of the paths (all have the same)."""
        return max((len(p.points) - 1 for p in self._paths.values()), default=0)

    def step(self) -> int:
        return self._step

    def show_step(self, t: int) -> None:
        """Draw every path up to step ``t`` (0: the start) with a marker at its point there."""
        self._step = int(max(0, min(t, self.steps())))
        spots = []
        for c in self._contestants:
            path = self._paths.get(c.key)
            items = self._items.get(c.key)
            if path is None or items is None:
                continue
            upto = path.points[:self._step + 1]
            items["path"].setData(upto[:, 0], upto[:, 1])
            # a dot at every point travelled, as the textbook's figure draws its 30 (not on long paths: a blur)
            dots = upto[np.isfinite(upto).all(axis=1)] if self.steps() <= DOTS_MAX_STEPS else upto[:0]
            items["dots"].setData(dots[:, 0], dots[:, 1])
            if not c.visible:
                continue
            point, diverged = self._point_at(path, self._step)
            symbol = "x" if diverged else "o"
            edge = self._off_plot(point)
            if edge is not None:           # off the plotted area: a triangle at its edge, pointing where it went
                point, symbol = edge
            spots.append({"pos": point, "brush": pg.mkBrush(contestant_color(c.color)),
                          "pen": pg.mkPen((20, 20, 20), width=1.5), "symbol": symbol})
        self.markers.setData(spots)
        self._draw_arrows()
        self._update_readout()
        self.stepShown.emit(self._step)

    def dots_shown(self) -> dict[str, int]:
        """How many points of each shown contestant's path are drawn as dots (name -> count)."""
        return {c.name: len(self._items[c.key]["dots"].data) for c in self._contestants
                if c.key in self._items and c.visible}

    def _off_plot(self, point):
        """Where a point off the plotted area (the surface drawn) is shown instead: (the nearest point on the
        area's edge, a triangle pointing out across that edge); None for a point on the plot. A high rate sent
        paths far off the plot and their markers were lost (the plot's range stays: the surface is what it
        shows)."""
        if self._extent is None:
            return None
        xmin, xmax, ymin, ymax = self._extent
        x, y = point
        if xmin <= x <= xmax and ymin <= y <= ymax:
            return None
        cx, cy = min(max(x, xmin), xmax), min(max(y, ymin), ymax)
        # out across the edge it is farthest beyond (as parts of the area's width and height)
        beyond_x, beyond_y = abs(x - cx) / ((xmax - xmin) or 1.0), abs(y - cy) / ((ymax - ymin) or 1.0)
        if beyond_x >= beyond_y:
            symbol = "t2" if x > xmax else "t3"           # (pyqtgraph: t2 points right, t3 left)
        else:
            symbol = "t1" if y > ymax else "t"            # (t1 points up, t down)
        return (cx, cy), symbol

    def off_plot(self) -> list[str]:
        """The shown contestants whose point at the step shown lies off the plotted area (their names)."""
        names = []
        for c in self._contestants:
            path = self._paths.get(c.key)
            if path is not None and c.visible and self._off_plot(self._point_at(path, self._step)[0]) is not None:
                names.append(c.name)
        return names

    @staticmethod
    def _point_at(path, t: int):
        """The point at step ``t``; after a divergence the last finite one (and True)."""
        points = path.points
        if path.diverged_at is not None and t >= path.diverged_at:
            finite = np.flatnonzero(np.isfinite(points).all(axis=1))
            last = points[finite[-1]] if len(finite) else points[0]
            return (float(last[0]), float(last[1])), True
        p = points[t]
        return (float(p[0]), float(p[1])), False

    def set_arrows(self, on: bool) -> None:
        self._arrows = bool(on)
        if self.arrows_check.isChecked() != self._arrows:
            self.arrows_check.setChecked(self._arrows)
        self._draw_arrows()

    def _next_moves(self):
        """(contestant, point, its step −update, the plain gradient step −lr·g) from the current point (at the
        end of the paths: the last step, from where it was taken)."""
        moves = []
        for c in self._contestants:
            path = self._paths.get(c.key)
            if path is None or not c.visible or not len(path.updates):
                continue
            t = min(self._step, len(path.updates) - 1)
            if path.diverged_at is not None and t + 1 >= path.diverged_at:
                continue
            update, gradient = path.updates[t], path.gradients[t]
            if not (np.isfinite(update).all() and np.isfinite(gradient).all()):
                continue
            lr = float(c.config.get("lr", 0.0))
            moves.append((c, path.points[t], -update, -lr * gradient))
        return moves

    def _draw_arrows(self) -> None:
        moves = self._next_moves() if self._arrows else []
        for items in self._items.values():
            items["arrow"].setData([], [])
        if not moves:
            self.gradient_arrows.setData([], [])
            return
        px, py = self.view.viewPixelSize()
        if not (px > 0 and py > 0):
            return

        def pixels(v):
            return math.hypot(v[0] / px, v[1] / py)
        longest = max(max(pixels(step), pixels(plain)) for _, _, step, plain in moves) or 1.0
        scale = ARROW_PX / longest
        gx, gy = [], []
        for c, p, step, plain in moves:
            x, y = arrow_segments(p[0], p[1], step[0], step[1], px, py, pixels(step) * scale)
            self._items[c.key]["arrow"].setData(x, y)
            x, y = arrow_segments(p[0], p[1], plain[0], plain[1], px, py, pixels(plain) * scale)
            gx += x
            gy += y
        self.gradient_arrows.setData(gx, gy)

    def readout_lines(self) -> list[str]:
        """The readout as plain text: one line per shown contestant."""
        return [line for _, line in self._readout()]

    def _readout(self):
        t = self._step
        lines = []
        for c in self._contestants:
            path = self._paths.get(c.key)
            if path is None or not c.visible:
                continue
            (x, y), diverged = self._point_at(path, t)
            if diverged:
                text = self.tr("{0}: diverged at step {1}").format(c.name, path.diverged_at)
            else:
                text = self.tr("{0}: f = {1:.4g} at ({2:.3g}, {3:.3g})").format(c.name, float(path.values[t]), x, y)
                plain = c.optimizer == "sgd" and not c.config.get("momentum")
                if t > 0 and not plain:         # (plain SGD: both are its learning rate)
                    with np.errstate(all="ignore"):
                        rates = path.updates[t - 1] / path.gradients[t - 1]
                    if np.isfinite(rates).all():
                        text = self.tr("{0}; update ÷ gradient x {1:.3g}, y {2:.3g}").format(text, *rates)
            if self._off_plot((x, y)) is not None:
                text = self.tr("{0}; off the plot (the triangle at its edge points where)").format(text)
            lines.append((c, text))
        return lines

    def _update_readout(self) -> None:
        parts = []
        for c, text in self._readout():
            rgb = contestant_color(c.color)
            # (a no-break space keeps each dot on the line of its contestant's text)
            parts.append(f"<span style='color: rgb{rgb}'>●</span>&nbsp;{_escape(text)}")
        step = self.tr("step {0} of {1}").format(self._step, self.steps())
        self.readout.setText(f"<b>{_escape(step)}</b> &nbsp; " + " &nbsp; ".join(parts))

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not self.view.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = self.view.mapSceneToView(ev.scenePos())
        ev.accept()
        self.startChosen.emit(float(p.x()), float(p.y()))

    # -- PlotView ----------------------------------------------------------------------------------------------
    def _draw(self, snapshot) -> None:
        """(The surface race is drawn from the session's paths, not from training snapshots.)"""

    def _clear(self) -> None:
        self.markers.setData([])

    def reset_view(self) -> None:
        if self._extent is not None:
            xmin, xmax, ymin, ymax = self._extent
            self.view.setRange(QRectF(xmin, ymin, xmax - xmin, ymax - ymin), padding=0.0)

    def csv_rows(self):
        header = ["contestant", "step", "x", "y", "f", "gradient_x", "gradient_y", "update_x", "update_y"]
        rows = []
        for c in self._contestants:
            path = self._paths.get(c.key)
            if path is None:
                continue
            for t in range(len(path.points)):
                g = path.gradients[t - 1] if t else (None, None)
                u = path.updates[t - 1] if t else (None, None)
                rows.append([c.name, t, path.points[t, 0], path.points[t, 1], path.values[t], g[0], g[1], u[0], u[1]])
        return header, rows


class SurfacePage(QWidget):
    """The surface race: its settings, the plot and the animation of the paths (which the session computes)."""

    playingChanged = Signal(bool)
    errorMessage = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance_frame)

        self.surface_combo = QComboBox(self)
        # as wide as its longest title: "Network loss along two weights" read "Network loss along two weig"
        self.surface_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in SURFACE_NAMES:
            self.surface_combo.addItem(self._surface_title(name), name)
        self.surface_combo.setToolTip(self.tr("The loss surface of two parameters the contestants descend."))
        self.surface_combo.activated.connect(lambda _: self._set(name=self.surface_combo.currentData()))
        self.kappa_label = QLabel(self.tr("κ:"), self)
        self.kappa_spin = QDoubleSpinBox(self)
        self.kappa_spin.setRange(1.0, 1000.0)
        self.kappa_spin.setDecimals(1)
        self.kappa_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.kappa_spin.setKeyboardTracking(False)
        kappa_tip = self.tr("The bowl's condition number κ: how much steeper it is along y than along x. The larger, "
                            "the more plain SGD zig-zags and the more momentum helps.")
        self.kappa_spin.setToolTip(kappa_tip)
        self.kappa_label.setToolTip(kappa_tip)
        self.kappa_spin.valueChanged.connect(lambda v: self._set(kappa=float(v)))
        self.steps_spin = QSpinBox(self)
        self.steps_spin.setRange(1, 100_000)
        self.steps_spin.setKeyboardTracking(False)
        self.steps_spin.setPrefix(self.tr("steps: "))
        self.steps_spin.setToolTip(self.tr("How many steps every contestant takes (the same for all)."))
        self.steps_spin.valueChanged.connect(lambda v: self._set(steps=int(v)))
        # "noise: 0", "noise: 0.05" as the studio's settings read (it read "noise: 0.000"); from 0 an arrow gives 0.001
        self.noise_spin = SettingSpinBox(0.001, self)
        self.noise_spin.setRange(0.0, 100.0)
        self.noise_spin.setPrefix(self.tr("noise: "))
        self.noise_spin.setToolTip(self.tr("Gaussian noise of this standard deviation added to every gradient "
                                           "coordinate (the same draws for every contestant): real training "
                                           "sees stochastic gradients."))
        self.noise_spin.valueChanged.connect(lambda v: self._set(noise=float(v)))
        self.figure_button = QPushButton(self.tr("Textbook figure"), self)
        self.figure_button.setToolTip(self.tr("SGD, momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2) with the "
                                              "settings of the figure in \"Deep Learning from Scratch\", chapter 6: "
                                              "its 30 points, the start and 29 steps."))
        self.figure_button.clicked.connect(self.use_textbook_figure)
        self.escape_button = QPushButton(self.tr("Local minimum"), self)
        self.escape_button.setToolTip(self.tr("The lecture's momentum, inertia that escapes a local minimum: SGD and "
                                              "momentum 0.9 at η = 0.05 on the tilted double well from (2, 1) for "
                                              "100 steps. SGD settles in the local minimum near x = 0.96; momentum "
                                              "carries its speed over the ridge into the global one near "
                                              "x = −1.04."))
        self.escape_button.clicked.connect(self.use_local_minimum_figure)
        self.start_button = QPushButton(self.tr("Default start"), self)
        self._start_tip = self.tr("Start from the surface's own starting point again (a click on the surface "
                                  "chooses another).")
        self._start_off = self.tr("The contestants already start from the surface's own starting point: click on "
                                  "the surface to choose another.")
        self.start_button.setToolTip(self._start_tip)
        self.start_button.clicked.connect(lambda: self._set(start=None))
        # the start by keyboard (a click on the surface needs the mouse): x and y of the start, within the surface
        start_tip = self.tr("Where every contestant starts: type x and y or step them with the arrow keys, then "
                            "Space races from there. A click on the surface chooses the start too.")
        self.start_x_spin = QDoubleSpinBox(self)
        self.start_x_spin.setPrefix(self.tr("start x: "))
        self.start_y_spin = QDoubleSpinBox(self)
        self.start_y_spin.setPrefix(self.tr("y: "))
        for spin in (self.start_x_spin, self.start_y_spin):
            spin.setDecimals(2)
            spin.setKeyboardTracking(False)
            spin.setToolTip(start_tip)
            spin.valueChanged.connect(lambda _: self._set(start=(self.start_x_spin.value(),
                                                                 self.start_y_spin.value())))

        # the settings wrap onto a second line when the page is narrow (a 1024×600 screen beside the side panel);
        # κ with its label and the start's x with its y stay together
        row = flow_container((self.surface_combo, (self.kappa_label, self.kappa_spin), self.steps_spin,
                              self.noise_spin, (self.start_x_spin, self.start_y_spin)), self)
        self.kappa_box = self.kappa_label.parentWidget()
        row.layout().setContentsMargins(4, 2, 4, 0)
        self.plot = SurfacePlot(self)
        self.plot.add_control(self.start_button)
        self.plot.add_control(self.figure_button)
        self.plot.add_control(self.escape_button)
        self.plot.startChosen.connect(lambda x, y: self._set(start=(x, y), restart=True))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(row)
        column.addWidget(self.plot, 1)

        subscribe(self, session.events.surface, lambda _: self.refresh())
        subscribe(self, session.events.contestants, lambda _: self.refresh_paths())
        subscribe(self, session.events.template, lambda _: self._template_changed())
        self.refresh()

    @staticmethod
    def _surface_title(name: str) -> str:
        if name == "network":       # (its maker needs a network; the engine marks the same title)
            return title("Surfaces", "Network loss along two weights")
        return title("Surfaces", surfaces.get(name).title)

    # -- settings -> session ----------------------------------------------------------------------------------
    def _set(self, restart: bool = False, **changes) -> None:
        try:
            self.session.set_surface(**changes)
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            self.refresh()
            return
        if restart:
            self.restart()
            self.play()

    def use_textbook_figure(self) -> None:
        self.session.use_textbook_figure(lambda text: QCoreApplication.translate("Race", text))
        self.restart()
        self.play()

    def use_local_minimum_figure(self) -> None:
        self.session.use_local_minimum_figure(lambda text: QCoreApplication.translate("Race", text))
        self.restart()
        self.play()

    def _template_changed(self) -> None:
        if self.session.surface_setup.name == "network":
            self.refresh()

    # -- session -> view ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the session's surface set-up and its paths (computed at once)."""
        setup = self.session.surface_setup
        for widget, value in ((self.kappa_spin, setup.kappa), (self.steps_spin, setup.steps),
                              (self.noise_spin, setup.noise)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.surface_combo.setCurrentIndex(self.surface_combo.findData(setup.name))
        bowl = setup.name == "bowl"
        self.kappa_box.setVisible(bowl)
        # (the textbook figure starts at (−7, 2), the bowl's own start: nothing to go back to)
        moved = setup.start is not None and tuple(setup.start) != tuple(self.session.surface().start)
        self.start_button.setEnabled(moved)
        self.start_button.setToolTip(self._start_tip if moved else self._start_off)
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.plot.set_surface(self.session.surface(), self.session.surface_grid(), self.session.surface_start())
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            return
        self._show_start(self.session.surface().extent, self.session.surface_start())
        self.refresh_paths()

    def _show_start(self, extent, start) -> None:
        """The start fields at ``start``, each within the surface's extent, a step 1/40 of it."""
        xmin, xmax, ymin, ymax = (float(v) for v in extent)
        for spin, low, high, value in ((self.start_x_spin, xmin, xmax, start[0]),
                                       (self.start_y_spin, ymin, ymax, start[1])):
            spin.blockSignals(True)
            spin.setRange(min(low, value), max(high, value))
            spin.setSingleStep(float(f"{(high - low) / 40:.2g}"))
            spin.setValue(value)
            spin.blockSignals(False)

    def refresh_paths(self) -> None:
        """The paths again (a hyper-parameter, the start, the steps or the noise changed): at once."""
        if not self.isVisible():
            self._stale = True
            return
        try:
            paths = self.session.descents()
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            return
        self.plot.set_paths(self.session.contestants, paths)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self.refresh()

    # -- the animation (the room's Race, Pause, Step, Stop and Restart) ----------------------------------------
    @property
    def is_playing(self) -> bool:
        return self._timer.isActive()

    @property
    def at_end(self) -> bool:
        return self.plot.step() >= self.plot.steps()

    def play(self) -> None:
        if self.at_end:
            self.plot.show_step(0)
        self._timer.start()
        self.playingChanged.emit(True)

    def pause(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.playingChanged.emit(False)

    def step_once(self) -> None:
        """One step more; from the whole paths, the first step again (as the network race's Step after its end)."""
        self.pause()
        self.plot.show_step(1 if self.at_end else self.plot.step() + 1)

    def finish(self) -> None:
        """Stop: show the whole paths."""
        self.pause()
        self.plot.show_step(self.plot.steps())

    def restart(self) -> None:
        """Back to the start, paused (as the network race's Restart): Race or Step then shows the paths grow."""
        self.pause()
        self.plot.show_step(0)

    def _advance_frame(self) -> None:
        per_frame = max(1, math.ceil(self.plot.steps() / FRAMES))
        self.plot.show_step(self.plot.step() + per_frame)
        if self.at_end:
            self.pause()

    def results(self) -> list[dict]:
        """Where each contestant is at the step the plot shows (where it ended, once the animation has): its
        point, f there, the nearest known minimum (and whether it is "global" or "local", on a surface with local
        minima; else None) and its distance, the step it diverged at (if it has by then)
        — the results table's rows in the surface race."""
        surface = self.session.surface()
        minima = tuple(surface.minima) + tuple(surface.local_minima)
        rows = []
        paths = self.session.descents()
        for c in self.session.contestants:
            path = paths.get(c.key)
            if path is None:
                continue
            total = len(path.points) - 1
            step = min(self.plot.step(), total)
            point, _ = SurfacePlot._point_at(path, step)
            nearest = min(minima, key=lambda m: math.dist(m, point)) if minima else None
            diverged = path.diverged_at if path.diverged_at is not None and path.diverged_at <= step else None
            # on a surface with local minima too, which kind the nearest one is (the learner reads "local", not
            # just a point)
            kind = None if not surface.local_minima or nearest is None else (
                "local" if nearest in surface.local_minima else "global")
            rows.append({"contestant": c, "end": point, "value": surface(point),
                         "nearest": nearest, "nearest_kind": kind,
                         "distance": None if nearest is None else math.dist(nearest, point),
                         "diverged_at": diverged, "step": step, "steps": total})
        return rows


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
