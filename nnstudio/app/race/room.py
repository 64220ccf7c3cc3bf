"""The optimizer race room: optimizers side by side on the same network, over many seeds, or on a loss surface.

The room shows one RaceSession: on the left the template (the studio's network or one set up here), the race's
settings, the contestants and the "same start, same batches" card; in the centre the views of the chosen mode;
below, the results table. A worker thread races the session (the studio's TrainingWorker, driving the session
through the same trainer protocol) and a SnapshotDispatcher draws its snapshots, one view per event-loop turn.
The surface race needs no training: its paths are computed at once and animated here.
"""
from __future__ import annotations

import math
import warnings

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDockWidget, QLabel, QMenu, QProgressBar, QScrollArea, QSplitter,
                               QLayout, QStackedWidget, QToolBar, QVBoxLayout, QWidget)

from nnstudio.app import dialogs
from nnstudio.app.buttons import wide_enough_for
from nnstudio.app.race.cards import FairnessCard, SettingsCard, TemplateCard
from nnstudio.app.race.contestants import ContestantsPanel
from nnstudio.app.race.plots import (STEP_SIZE_PLOT_MIN_PX, BoundaryGrid, RaceLossPlot, SeedBandPlot,
                                     StepSizePlot, StepsToTargetPlot)
from nnstudio.app.race.surface import SurfacePage
from nnstudio.app.race.table import ResultsTable
from nnstudio.app.room import Room
from nnstudio.app.settings import SettingsWarning, open_settings
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import title, translated
from nnstudio.app.training.dispatcher import SnapshotDispatcher
from nnstudio.app.training.worker import WorkerThread
from nnstudio.i18n import TranslatableError
from nnstudio.session.project import is_whole
from nnstudio.session.race import MODES, RaceSession, RaceTemplate, SetupError

SPEEDS = (0, 1000, 300, 100, 30, 10)     # race steps per second (0 = full speed)
LAYOUT_VERSION = 1
PANEL_WIDTH = 330          # px: the left dock
TABLE_SHARE = 0.22         # of the room's height: the results table
TABLE_LEAST_ROWS = 2       # rows the table keeps whole before the step-size plot's legend gets any height
SURFACE_TABLE_MS = 200     # the surface race's table follows its animation this often while it plays
SETUP_KEY = "race/setup"   # the settings' entry of the race as the learner set it up (RaceSession.setup(), and
                           # the room's own: "speed", the Speed box's steps per second; "arrows", the surface race's
                           # Arrows box; an entry written before these were remembered has neither)


def _read_view(data) -> tuple[object, dict | None]:
    """(the session's set-up, the room's part: {"speed", "arrows"} or None) of a remembered entry; SetupError if
    the room's part is damaged (both or neither, a speed of the Speed box, arrows on or off)."""
    if not isinstance(data, dict) or not ({"speed", "arrows"} & set(data)):
        return data, None          # (RaceSession.from_setup checks the rest)
    speed, arrows = data.get("speed"), data.get("arrows")
    if not (is_whole(speed, 0, max(SPEEDS)) and speed in SPEEDS and isinstance(arrows, bool)):
        raise SetupError("the set-up's speed or arrows is not as this version stores it")
    return {k: v for k, v in data.items() if k not in ("speed", "arrows")}, {"speed": speed, "arrows": arrows}


class RaceRoom(Room):
    """The optimizer race, as a page of the main window; see the module docstring."""

    key = "race"
    LAYOUT_VERSION = LAYOUT_VERSION

    def __init__(self, studio_session=None, parent: QWidget | None = None, session: RaceSession | None = None):
        super().__init__(parent)
        self.setObjectName("RaceRoom")
        self._pending_layout = None      # (width, height) of a default layout still to apply (see default_layout)
        self.studio_session = studio_session
        translate = lambda text: QCoreApplication.translate("Race", text)     # noqa: E731
        self._settings = open_settings()
        own = None                # the room's own part of the remembered set-up (speed, arrows), when it is read
        if session is None:       # (the window's first race room: the race as the learner left it last time)
            template = RaceTemplate.from_studio(studio_session) if studio_session is not None else None
            session, own = self._remembered_session(template, translate)
            session = session or RaceSession(template, translate=translate)
        else:
            session.set_translate(translate)     # the room is rebuilt in another language: so are the names
            try:                                 # (the entry the room before it wrote)
                own = _read_view(self._settings.value(SETUP_KEY))[1]
            except SetupError:
                own = None
        self.session = session

        # -- racing
        self.training = WorkerThread(session, self, name="nnstudio-race")
        self.worker = self.training.worker
        self.training.thread.finished.connect(self.finished)

        # -- views
        self.loss_plot = RaceLossPlot(self)
        self.step_plot = StepSizePlot(self)
        self.boundary_grid = BoundaryGrid(self)
        self.seed_plot = SeedBandPlot(self)
        self.steps_plot = StepsToTargetPlot(self)
        self.table = ResultsTable(self)
        self.surface_page = SurfacePage(session, self)
        self.views = (self.loss_plot, self.step_plot, self.boundary_grid, self.seed_plot, self.steps_plot,
                      self.table)
        for view in self.views:
            view.setMinimumSize(240, 150)
        self.loss_plot.setMinimumHeight(0)     # its own: a usable plot under a legend of one row or more
        self.step_plot.setMinimumHeight(STEP_SIZE_PLOT_MIN_PX)    # its own: see _fit_step_legend
        # (after the layouts have followed the legends' new rows: the loss plot's grew in the same snapshot)
        self.step_plot.legend_view.rowsChanged.connect(lambda _: QTimer.singleShot(0, self, self._fit_step_legend))
        self.loss_plot.legend_view.rowsChanged.connect(lambda _: self._refit_step_legend())
        self.table.setMinimumHeight(0)         # its own: its titles and two rows (it scrolls), on a 600-px screen too

        self.network_page = QSplitter(Qt.Orientation.Horizontal, self)
        left = QSplitter(Qt.Orientation.Vertical, self.network_page)
        left.addWidget(self.loss_plot)
        left.addWidget(self.step_plot)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.network_page.addWidget(left)
        self.network_page.addWidget(self.boundary_grid)
        self.network_page.setStretchFactor(0, 3)
        self.network_page.setStretchFactor(1, 2)
        self.seeds_page = QSplitter(Qt.Orientation.Horizontal, self)
        self.seeds_page.addWidget(self.seed_plot)
        self.seeds_page.addWidget(self.steps_plot)
        self.seeds_page.setStretchFactor(0, 3)
        self.seeds_page.setStretchFactor(1, 2)
        self.pages = QStackedWidget(self)
        self._page_of = {"network": self.network_page, "seeds": self.seeds_page, "surface": self.surface_page}
        for page in self._page_of.values():
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(lambda _: self.dispatcher.catch_up())
        self.setCentralWidget(self.pages)

        self.template_card = TemplateCard(session, studio_session, self)
        self.settings_card = SettingsCard(session, self)
        self.contestants_panel = ContestantsPanel(session, self)
        self.fairness_card = FairnessCard(session, self)
        side = QWidget(self)
        column = QVBoxLayout(side)
        # the panel grows as soon as a row does (More), not when the scroll area hears of it an event later: the room
        # painted the row's optimizer form squashed flat in between
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        column.addWidget(self.contestants_panel)
        column.addWidget(self.settings_card)
        column.addWidget(self.fairness_card)
        column.addWidget(self.template_card)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the cards need (a contestant's row, the settings' labels), never narrower than PANEL_WIDTH; a
        # long description wraps (its preferred width, 450 px in Korean, took that width from the plots)
        scroll.setMinimumWidth(max(PANEL_WIDTH, side.minimumSizeHint().width()
                                   + scroll.verticalScrollBar().sizeHint().width() + 4))
        self._panel_width = scroll.minimumWidth()
        self.panel_dock = self._dock("contestants", self.tr("Contestants and set-up"), scroll,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.table_dock = self._dock("results", self.tr("Results"), self.table,
                                     Qt.DockWidgetArea.BottomDockWidgetArea)
        # their View menu entries with a mnemonic (not L: Language)
        self.panel_dock.toggleViewAction().setText(self.tr("&Contestants and set-up"))
        self.table_dock.toggleViewAction().setText(self.tr("&Results"))
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._rows_taken = 0             # px the table's rows lost to its note or scroll bar, not yet given back
        self._table_height_before_legend = None    # px: the table's dock before the step-size legend took height
        self._fitting = False            # the default layout's fit of six rows is still to come
        self.table.rowsHeightTaken.connect(self._follow_table)

        self.dispatcher = SnapshotDispatcher(self.worker, self.views, self)
        self.dispatcher.received.connect(self._on_snapshot)
        self.step_label = QLabel()
        self.step_label.setToolTip(self.tr("Race steps taken of the race's length (the same for every contestant)."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("%p %")
        self.progress.setToolTip(self.tr("How far the race (or, when each is tuned, the tuning) has got."))
        self._create_actions()
        self._create_toolbar()

        # -- the session's events and the views' requests
        events = session.events
        subscribe(self, events.changed, self.worker.request_snapshot)
        subscribe(self, events.changed, self._remember_setup)
        subscribe(self, events.progress, self._reset_views)
        subscribe(self, events.settings, self._show_settings)
        subscribe(self, events.template, self._show_template)
        subscribe(self, events.contestants, lambda _: self._surface_results())
        subscribe(self, events.surface, lambda _: self._surface_results())
        if studio_session is not None:
            subscribe(self, studio_session.events.changed, self._on_studio_changed)
        for source in (self.contestants_panel, self.template_card, self.settings_card, self.surface_page):
            source.errorMessage.connect(lambda text: self.statusMessage.emit(text, 8000))
        self.contestants_panel.statusMessage.connect(lambda text: self.statusMessage.emit(text, 5000))
        self.surface_page.playingChanged.connect(self._on_surface_playing)
        # the surface race's table follows the animation: at once when it steps or stops, five times a second
        # while it plays (a frame every 30 ms)
        self._surface_table_timer = QTimer(self)
        self._surface_table_timer.setSingleShot(True)
        self._surface_table_timer.setInterval(SURFACE_TABLE_MS)
        self._surface_table_timer.timeout.connect(self._surface_results)
        self.surface_page.plot.stepShown.connect(self._on_surface_step)
        # (bound methods, not lambdas: PySide calls a lambda in the emitting thread, the training thread, where a
        # widget must not be touched; a method of this room runs queued in the GUI thread)
        self.worker.started.connect(self._on_worker_started)
        self.worker.paused.connect(self._on_worker_paused)
        self.worker.errored.connect(self._on_errored)
        self.worker.halted.connect(self._on_halted)
        self.worker.preparing.connect(self._show_preparing)

        # the plots take the focus from a click (their zoom keys), not from Tab: Tab stopped three times on the loss
        # plot (its legend, the loss, the accuracy) with nothing to show it; Reset view and Export are the keyboard's
        for view in self.findChildren(pg.GraphicsView):
            view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # (Tab goes to its contents, which it scrolls into view)

        self._show_template(session.template)
        self._show_settings(session.settings)
        self._show_status(None)
        if own:
            self.speed_combo.setCurrentIndex(self.speed_combo.findData(own["speed"]))
            self.surface_page.plot.set_arrows(own["arrows"])
        # (after they show what was remembered: each change of either is remembered at once, as the set-up's)
        self.speed_combo.currentIndexChanged.connect(lambda _: self._remember_setup())
        self.surface_page.plot.arrows_check.toggled.connect(lambda _: self._remember_setup())

    # ================================================================== construction
    def _remembered_session(self, studio_template, translate) -> tuple[RaceSession | None, dict | None]:
        """The race as the learner left it when the studio last closed (contestants, mode, settings, surface, the
        network set up here) and the room's part of it (the speed, the arrows; None in an entry written before
        they were remembered), or (None, None): none remembered, or an entry damaged or of another version (the
        default race then, with a warning and no dialog)."""
        data = self._settings.value(SETUP_KEY)
        if data is None:
            return None, None
        try:
            setup, view = _read_view(data)
            return RaceSession.from_setup(setup, studio_template, translate), view
        except SetupError as exc:
            warnings.warn(f"{self._settings.fileName()}: the race's remembered set-up is not used ({exc}); the "
                          "default race is shown", SettingsWarning, stacklevel=2)
            return None, None

    def _remember_setup(self) -> None:
        """Every change of the set-up is remembered at once (the window writes the settings when it closes)."""
        self._settings.setValue(SETUP_KEY, {**self.session.setup(), "speed": self.speed_combo.currentData(),
                                            "arrows": self.surface_page.plot.arrows_check.isChecked()})

    def _dock(self, name: str, text: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(text, self)
        dock.setObjectName(f"race_dock_{name}")
        dock.setWidget(widget)
        dock.visibilityChanged.connect(lambda visible: self.dispatcher.catch_up(visible))
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = super()._action(text, tip, slot, shortcut)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        # the Race menu's texts with their mnemonics (Alt+R, then R races); the toolbar's buttons say the same
        # without them (Qt strips "&" there, but leaves the Korean "(R)")
        self.race_action = self._action(self.tr("&Race"), self.tr("Start the race, or pause it if it runs (Space)."),
                                        self.toggle_race, Qt.Key.Key_Space)
        self.step_action = self._action(self.tr("&Step"), self.tr("One race step for every contestant, then pause "
                                                                 "(S); with many seeds or while tuning, one "
                                                                 "chunk of steps."), self.step_once, Qt.Key.Key_S)
        self._stop_tip = self.tr("End the race here: the table is final; Race then starts a new one (Esc).")
        self.stop_action = self._action(self.tr("St&op"), self._stop_tip, self.stop, Qt.Key.Key_Escape)
        self.restart_action = self._action(self.tr("Res&tart"), self.tr("Back to the start: the same contestants "
                                                                       "from the same weights (R)."),
                                           self.restart, Qt.Key.Key_R)
        self.race_actions = (self.race_action, self.step_action, self.stop_action, self.restart_action)
        for action, text in zip(self.race_actions, (self.tr("Race"), self.tr("Step"), self.tr("Stop"),
                                                    self.tr("Restart"))):
            action.setIconText(text)
        self.add_action = self.contestants_panel.add_action
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.addAction(self.add_action)
        self.studio_action = self._action(self.tr("Take the studio's net&work"),
                                          self.tr("Race on the studio's current network, initial weights, data and "
                                                  "batch size (Ctrl+Shift+T)."),
                                          self.template_card.take_studio, "Ctrl+Shift+T")
        self.studio_action.setEnabled(self.studio_session is not None)
        self.figure_action = self._action(self.tr("Textbook &figure"),
                                          self.tr("SGD, momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2): the "
                                                  "30 points of the figure in \"Deep Learning from Scratch\", the "
                                                  "start and 29 steps (Ctrl+Shift+F)."),
                                          self.use_textbook_figure, "Ctrl+Shift+F")
        self.escape_action = self._action(self.tr("Lo&cal minimum"),
                                          self.tr("SGD and momentum at η = 0.05 on a tilted double well: SGD settles "
                                                  "in the local minimum, momentum's inertia carries it into the "
                                                  "global one, as the lecture says (Ctrl+Shift+M)."),
                                          self.use_local_minimum_figure, "Ctrl+Shift+M")
        self.mode_group = QActionGroup(self)
        self.mode_actions = {}
        tips = {"network": self.tr("Every contestant trains its own copy of the network on the same batches "
                                   "(Alt+1)."),
                "seeds": self.tr("Every contestant from many initial weights at once: median, spread, success "
                                 "rate (Alt+2)."),
                "surface": self.tr("Every contestant descends a loss surface of two parameters (Alt+3).")}
        texts = {"network": self.tr("&Network race"), "seeds": self.tr("&Many seeds"),    # (the mode box: no "&")
                 "surface": self.tr("&Loss surface")}
        for i, mode in enumerate(MODES):
            action = self._action(texts[mode], tips[mode], lambda _=False, m=mode: self.set_mode(m),
                                  f"Alt+{i + 1}")
            action.setCheckable(True)
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action
        self.race_menu = QMenu(self.tr("&Race"), self)
        self.race_menu.setToolTipsVisible(True)
        self.race_menu.addActions(list(self.race_actions))
        self.race_menu.addSeparator()
        self.race_menu.addActions(list(self.mode_actions.values()))
        self.race_menu.addSeparator()
        self.race_menu.addAction(self.add_action)
        presets = self.race_menu.addMenu(self.tr("Pr&esets"))
        presets.setToolTipsVisible(True)
        presets.addActions(list(self.contestants_panel.preset_actions.values()))
        self.race_menu.addAction(self.studio_action)
        self.race_menu.addAction(self.figure_action)
        self.race_menu.addAction(self.escape_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Race"), self)
        toolbar.setObjectName("race_toolbar")
        self.mode_combo = QComboBox(toolbar)
        for mode, text in MODES.items():
            self.mode_combo.addItem(title("Race", text), mode)
        self.mode_combo.setToolTip(self.tr("What to race: copies of a network, the same from many seeds, or "
                                           "points on a loss surface (Alt+1, Alt+2, Alt+3)."))
        self.mode_combo.activated.connect(lambda _: self.set_mode(self.mode_combo.currentData()))
        toolbar.addWidget(self.mode_combo)
        toolbar.addSeparator()
        toolbar.addActions(list(self.race_actions))
        # (a click meant for Stop hit Step when Race became Pause: 일시 정지 is wider than 경주)
        wide_enough_for(toolbar.widgetForAction(self.race_action), (self.tr("Race"), self.tr("Pause")))
        toolbar.addSeparator()
        speed_label = QLabel(self.tr(" Speed: "), toolbar)
        toolbar.addWidget(speed_label)
        self.speed_combo = QComboBox(toolbar)
        for value in SPEEDS:
            self.speed_combo.addItem(self.tr("Full speed") if value == 0 else self.tr("{0} steps/s").format(value),
                                     value)
        self._speed_tip = self.tr("Slow motion: at most this many race steps per second, or full speed.")
        self.speed_combo.setToolTip(self._speed_tip)
        speed_label.setToolTip(self._speed_tip)
        self.speed_combo.currentIndexChanged.connect(
            lambda i: self.worker.set_max_steps_per_second(self.speed_combo.itemData(i) or None))
        toolbar.addWidget(self.speed_combo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # ================================================================== what the window shows of the room
    def title(self) -> str:
        return self.tr("Optimizer race")

    def menus(self) -> list:
        return [self.race_menu]

    def docks(self) -> list:
        return [self.panel_dock, self.table_dock]

    def status_widgets(self) -> list:
        return [self.progress, self.step_label]

    def start(self) -> None:
        self.training.start()

    def entered(self) -> None:
        self._follow_studio()
        # the keyboard starts at the room: the switch left the focus on the loss plot's Reset view, which took the
        # first Space (Race's key) for itself; Tab goes on to the first control (see tab_chain_starts_at_room)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_studio_changed(self) -> None:
        if self.isVisible():      # (File → Open or Examples in this room; a hidden room follows when entered)
            self._follow_studio()

    def _follow_studio(self) -> None:
        """A template taken from the studio follows the studio's current network until the race has begun
        (Tools → Optimizer race… races what the studio shows; so does a project or an example opened here)."""
        s = self.session
        if (self.studio_session is not None and s.template.source == "studio" and s.step == 0
                and not self.worker.is_running):
            s.take_studio(self.studio_session)

    def left(self) -> None:
        self.worker.pause()
        self.surface_page.pause()

    # ================================================================== layout
    def default_layout(self, width: int, height: int) -> None:
        """The docks' first sizes; applied when the room is first shown (a hidden room ignores them)."""
        self._pending_layout = (width, height)
        if self.isVisible():
            self._apply_default_layout()

    def _apply_default_layout(self) -> None:
        if self._pending_layout is None:
            return
        _, height = self._pending_layout
        self._pending_layout = None
        self.resizeDocks([self.panel_dock], [self._panel_width], Qt.Orientation.Horizontal)
        # the table shows six contestants whole (on a 1280×720 screen too: then it grows once laid out); the plots
        # get the rest
        self.resizeDocks([self.table_dock], [max(200, int(TABLE_SHARE * height))], Qt.Orientation.Vertical)
        self._fitting = True
        QTimer.singleShot(0, self, self._fit_six_rows)     # (not after the room is gone)

    def _fit_six_rows(self) -> None:
        self._fitting = False
        missing = self.table.missing_height(6)
        if missing:
            self.resizeDocks([self.table_dock], [self.table_dock.height() + missing], Qt.Orientation.Vertical)

    def _follow_table(self, taken: int) -> None:
        """The results' note took a line more (Each tuned) or less, or the table's scroll bar came or went: the
        table's dock grows or shrinks by as much, so that the table keeps the rows it showed and the plots get
        any height it no longer needs (the plots keep their minimum)."""
        if self._pending_layout is not None or self._fitting:     # (the default layout fits six rows)
            return
        if not self._rows_taken:
            QTimer.singleShot(0, self, self._give_rows_back)
        self._rows_taken += taken

    def _give_rows_back(self) -> None:
        taken, self._rows_taken = self._rows_taken, 0
        if taken and self._table_below():
            self.resizeDocks([self.table_dock], [self.table_dock.height() + taken], Qt.Orientation.Vertical)
            QTimer.singleShot(0, self, self._fit_step_legend)   # (a legend that holds the rows' height gives way)

    def _table_below(self) -> bool:
        """Whether the results table shares the room's height with the plots (docked above or below them)."""
        return (self.table_dock.isVisible() and not self.table_dock.isFloating()
                and self.dockWidgetArea(self.table_dock) in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                              Qt.DockWidgetArea.TopDockWidgetArea))

    def _table_rows(self) -> int:
        return min(TABLE_LEAST_ROWS, self.table.table.rowCount())

    def _give_table_its_rows(self) -> None:
        """The legend gave way: the table gets back the height it had before the legend took some, and at least
        its two rows."""
        before, self._table_height_before_legend = self._table_height_before_legend, None
        height = max(before or 0, self.table_dock.height() + self.table.missing_height(self._table_rows()))
        if height > self.table_dock.height() and self._table_below():
            self.centralWidget().updateGeometry()      # (the plots' least height without the legend, not the cached)
            self.resizeDocks([self.table_dock], [height], Qt.Orientation.Vertical)

    def _fit_step_legend(self) -> None:
        """The step-size plot keeps the height of its legend's rows where the room has that height to spare: its
        least height with the legend may grow by no more than the room's height exceeds the least height of all it
        holds, and by no more than the plots can spare without the table's losing its first two rows (on a
        1280×720 screen the table gives way, down to those). Where the room has not (a 1024×600 screen with six or
        more contestants: their legend rows made the window taller than the screen, and a window that grew never
        shrinks back), or the table lacks its two rows (the note of Each tuned took three lines), the plot keeps
        only its own height, its legend gives way and the table gets its rows back."""
        plot = self.step_plot
        layout = self.layout()
        self.centralWidget().updateGeometry()               # (the least height of what the room holds now, not
        layout.invalidate()                                 # the one the layouts last cached)
        spare = self.height() - layout.minimumSize().height()
        # what the plots above it can give: the loss plot's height over its least, the step-size plot's over its own
        plots_spare = (self.loss_plot.height() - self.loss_plot.minimumSizeHint().height()
                       + plot.height() - STEP_SIZE_PLOT_MIN_PX)
        table_spare = self.table.spare_height(self._table_rows()) if self._table_below() else 0
        with_legend = plot.legend_min_height()
        more = with_legend - plot.minimumHeight()           # (0 or less: the legend has its height already)
        fits = table_spare >= 0 and (more <= 0 or more <= min(spare, plots_spare + table_spare))
        wanted = with_legend if fits else STEP_SIZE_PLOT_MIN_PX
        if wanted != plot.minimumHeight():
            if wanted > STEP_SIZE_PLOT_MIN_PX and self._table_height_before_legend is None and self._table_below():
                self._table_height_before_legend = self.table_dock.height()
            plot.setMinimumHeight(wanted)
        if wanted == STEP_SIZE_PLOT_MIN_PX and (table_spare < 0 or self._table_height_before_legend is not None):
            QTimer.singleShot(0, self, self._give_table_its_rows)     # (once the legend's height is free)

    def _refit_step_legend(self) -> None:
        """The loss plot's legend took other rows: the step-size plot gives back its legend's height at once, before
        the layouts follow (the room's spare height is no longer what it was: kept, it made the window on a
        1024×600 screen 606 px high), and takes it again once they have, if the room still has it."""
        self.step_plot.setMinimumHeight(STEP_SIZE_PLOT_MIN_PX)
        QTimer.singleShot(0, self, self._fit_step_legend)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_step_legend()

    tab_chain_starts_at_room = True      # (see entered)

    def tab_parts(self) -> tuple:
        """Tab goes through the toolbar (mode, speed), the side panel from the first contestant down to the
        network's settings, the plots of the race shown, the results table."""
        return self.toolbar, self.panel_dock.widget(), self.pages.currentWidget(), self.table_dock.widget()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending_layout is not None:
            QTimer.singleShot(0, self, self._apply_default_layout)

    def restore_layout(self, state: dict) -> bool:
        restored = super().restore_layout(state)
        if restored:
            self._pending_layout = None
        return restored

    def layout_state(self) -> dict:
        return {"state": self.saveState(LAYOUT_VERSION)}

    # ================================================================== racing
    @property
    def mode(self) -> str:
        return self.session.mode

    def set_mode(self, mode: str) -> None:
        self.worker.pause()
        self.surface_page.pause()
        try:
            self.session.set_settings(mode=mode)
        except TranslatableError as exc:
            self.statusMessage.emit(translated(exc), 8000)

    def use_textbook_figure(self) -> None:
        """The textbook figure on the loss surface; a network race or many seeds that runs pauses first (the
        surface mode trains nothing: the worker would stop with an error)."""
        self.worker.pause()
        self.surface_page.use_textbook_figure()

    def use_local_minimum_figure(self) -> None:
        """The lecture's local minimum on the loss surface (a race that runs pauses first, as for the textbook
        figure)."""
        self.worker.pause()
        self.surface_page.use_local_minimum_figure()

    def toggle_race(self) -> None:
        if self.mode == "surface":
            if self.surface_page.is_playing:
                self.surface_page.pause()
            else:
                self.surface_page.play()
            return
        if self.worker.is_running:
            self.worker.pause()
        else:
            self._go_on(self.worker.resume)
        self._update_race_action(self.worker.is_running)
        self._update_stop_action(None)

    def step_once(self) -> None:
        if self.mode == "surface":
            self.surface_page.step_once()
            return
        self.worker.pause()
        self._update_race_action(False)     # (at once: it said Pause until the worker had paused)
        self._go_on(lambda: self.worker.step(1))

    def _go_on(self, go) -> None:
        """Race on (``go``: resume or step), after a restart if the race is over. Decided while the race is held:
        the worker may be ending the race in the chunk it is stepping (it drops what was asked before the end)."""
        with self.session.access():
            finished = self.session.finished
            if not finished:
                go()
        if finished:           # (only the GUI makes a finished race unfinished)
            self.session.restart()
            go()

    def stop(self) -> None:
        if self.mode == "surface":
            self.surface_page.finish()
            return
        self.worker.pause()
        tuning, progress = self.session.phase == "tuning", self.session.tuning_progress
        self.session.stop()
        self._update_race_action(False)
        self._update_stop_action(None)
        if tuning:         # (it said "the race stopped after 0 steps; the table is final" over a table of dashes)
            self._show_standing_message(self.tr("The tuning stopped at {0} %. Race tunes again from the "
                                                "start.").format(math.floor(100 * progress)))
        else:
            self._show_standing_message(self.tr("The race stopped after %n step(s); the table is final. Race "
                                                "starts a new one.", None, self.session.step))

    def restart(self) -> None:
        if self.mode == "surface":
            self.surface_page.restart()
            return
        self.worker.pause()
        self._update_race_action(False)
        self.session.restart()

    def _racing(self) -> bool:
        """Whether the race shown runs: the worker's steps, or on the surface the animation of the paths."""
        return self.surface_page.is_playing if self.mode == "surface" else self.worker.is_running

    def _on_worker_started(self) -> None:
        # what the worker does now, not True: a "started" that reaches a busy GUI only after a Step or Restart
        # pressed as the race ended made the button say Pause for a race that had paused
        self._update_race_action(self._racing())
        self._update_stop_action(None)
        self._clear_standing_message()

    def _on_worker_paused(self) -> None:
        self._update_race_action(self._racing())
        self._update_stop_action(None)

    def _update_stop_action(self, s) -> None:
        """Stop is on while there is a race to end (begun, tuning or running; on the surface: always); off before
        the first step and once the race is over, where it said "stopped after 0 steps" or "after 2000 steps"."""
        phase = self.session.phase if s is None else s.phase
        on = self.mode == "surface" or phase in ("racing", "tuning") or self.worker.is_running
        self.stop_action.setEnabled(on)
        self.stop_action.setToolTip(self._stop_tip if on else self.tr(
            "Nothing to stop: the race has not begun or is over. Race starts it."))

    def _update_race_action(self, running: bool) -> None:
        self.race_action.setText(self.tr("&Pause") if running else self.tr("&Race"))
        self.race_action.setIconText(self.tr("Pause") if running else self.tr("Race"))

    def _on_errored(self, message: str) -> None:
        self._update_race_action(False)
        self._show_standing_message(message)
        if self.isVisible():
            dialogs.show_error(self, self.tr("The race stopped"), message)

    def _on_halted(self, message: str) -> None:
        if not self.session.finished:     # a Restart or Step came after the worker ended that race: this one runs
            return
        self._update_race_action(False)
        self._show_standing_message(message)

    # ================================================================== the session's events
    def _reset_views(self) -> None:
        self._clear_standing_message()
        for view in self.views:
            view.reset()
        self._show_status(None)
        self._surface_results()      # (the surface race's rows come from its paths, not from snapshots)

    def _show_settings(self, settings) -> None:
        mode = settings.mode
        if self.pages.currentWidget() is not self._page_of[mode]:
            self._clear_standing_message()
        self.pages.setCurrentWidget(self._page_of[mode])
        self.table.race_mode = mode
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.mode_actions[mode].setChecked(True)
        self.speed_combo.setEnabled(mode == "network")
        self.speed_combo.setToolTip({
            "network": self._speed_tip,
            "seeds": self.tr("Many seeds race at full speed: slow motion is for the network race (Alt+1)."),
            "surface": self.tr("The loss surface plays its paths at its own pace: slow motion is for the network "
                               "race (Alt+1).")}[mode])
        self._update_race_action(self._racing())     # (a new target or length: the race runs on)
        self._show_status(None)
        if mode == "surface":
            self._surface_results()
        self.dispatcher.catch_up()

    def _show_template(self, template) -> None:
        planar = template.extent is not None
        self.boundary_grid.set_dataset(template.dataset if planar else None)
        self.boundary_grid.setVisible(planar)
        self.loss_plot.set_classification(template.spec.problem != "regression")

    def _on_surface_playing(self, playing: bool) -> None:
        self._update_race_action(playing)
        if not playing:        # paused or at the end: the table shows that step at once, not on its next turn
            self._surface_table_timer.stop()
            self._surface_results()

    def _on_surface_step(self, _step: int) -> None:
        if not self.surface_page.is_playing:
            self._surface_table_timer.stop()
            self._surface_results()
        elif not self._surface_table_timer.isActive():
            self._surface_table_timer.start()

    def _surface_results(self) -> None:
        if self.mode == "surface":
            try:
                self.table.show_surface(self.surface_page.results())
            except (TranslatableError, ValueError) as exc:
                self.statusMessage.emit(translated(exc), 8000)

    def _on_snapshot(self, snapshot) -> None:
        self.session.announce_tuning()
        if snapshot.mode == "surface":
            # a snapshot the worker built before the switch to the surface (a network race's table) may have
            # been drawn since the surface rows were: they are shown again
            self._surface_results()
        elif snapshot.mode != self.table.shown_mode and snapshot.mode == self.mode:
            # the first results of another mode (from the surface to the network race): the table's titles and
            # rows at once, not after the plots' turns to draw (a second or more on a loaded machine)
            self.table.show_snapshot(snapshot)
        self.fairness_card.show_snapshot(snapshot)
        self._show_status(snapshot)

    def _show_status(self, s) -> None:
        self._update_stop_action(s)
        self.progress.setVisible(self.mode != "surface")
        self.step_label.setVisible(self.mode != "surface")
        if s is not None and s.mode == "surface":
            return
        if s is None:          # (a restart, a new length: the readout says what the next snapshot will)
            if self.session.phase == "tuning":
                return
            step, length = self.session.step, self.session.settings.length
        elif s.phase == "tuning":
            self.step_label.setText(self.tr("Tuning the learning rates…"))
            self.progress.setValue(round(1000 * s.tuning_progress))
            return
        else:
            step, length = s.step, s.length
        self.step_label.setText(self.tr("Step {0} of {1}").format(step, length))
        self.progress.setValue(round(1000 * min(step / max(length, 1), 1.0)))

    # ================================================================== closing
    def shutdown(self, timeout_ms: int = 1000) -> bool:
        self.dispatcher.stop()
        self.surface_page.pause()
        return self.training.shutdown(timeout_ms)

    @property
    def thread_running(self) -> bool:
        return self.training.thread.isRunning()

    def wait_for_thread(self) -> None:
        self.training.thread.wait()
