"""The studio room: design a network, press Run, watch it learn.

The room shows one TrainingSession: the side panel (data and training settings), the network editor in the
centre, and the live plots in docks. A worker thread trains the session; a dispatcher draws its snapshots.
Every view shows the session and sends it intents; edits go onto the room's undo stack as commands.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMenu, QScrollArea, QTabBar, QToolBar, QWidget

from nnstudio.app import dialogs
from nnstudio.app.buttons import wide_enough_for
from nnstudio.app.commands import DataChange, DataEdit, SpecEdit
from nnstudio.app.datasets import DatasetLoader
from nnstudio.app.editor import NetworkEditor
from nnstudio.app.plots import DecisionBoundaryPlot, GradientPlot, HistogramPlot, LossPlot
from nnstudio.app.plots.boundary import shows_fit
from nnstudio.app.room import Room
from nnstudio.app.settings import open_settings, read_value
from nnstudio.app.studio.panel import SidePanel
from nnstudio.app.studio.status import TrainingStatus
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import translated
from nnstudio.app.training.dispatcher import SnapshotDispatcher
from nnstudio.app.training.worker import WorkerThread
from nnstudio.session.config import SPEEDS

SMALL_SCREEN_HEIGHT = 850     # a room lower than this gets the gradient view as a tab on the right ...
LAPTOP_HEIGHT = 780           # ... and lower than this (1280×720) one tab group on the right for all the plots
LAYOUT_VERSION = 4            # bump when the docks change: restoreState() then ignores an older layout
PLOT_MINIMUM = (260, 170)     # px: a plot never gets smaller (and its dock never grows with its tick labels)
# px: the editor's room in the default layout, if the side panel can give it (down to its fields beside their labels):
# a network with two hidden layers (XOR's 2-2-1 with one layer added, weights on its links) at the editor's smallest
# readable scale; with the panel at its natural width the editor scrolled it sideways on a 1366×768 laptop
EDITOR_ROOM = 450


class StudioRoom(Room):
    """The studio, as a page of the main window (a QMainWindow of its own, so its plots can be docks)."""

    key = "studio"
    LAYOUT_VERSION = LAYOUT_VERSION

    def __init__(self, session, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StudioRoom")
        self.session = session
        # the window may keep the edits' history across rebuilds of the room (a new language)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.datasets = DatasetLoader(self)
        self._boundary_auto_hidden = False  # the room hid the boundary dock (data not 2-D), not the user
        self._tool_model = None             # (spec, model copy) handed to the drawing pad
        self._my_digits_count = None       # drawings saved for the data's classes (None: the pad draws none)
        self._my_digits_loaded = (None, None, False)   # (data key, that count, included) of the last (un)loading

        # -- training
        self.training = WorkerThread(session, self)
        self.worker = self.training.worker
        self.training.thread.finished.connect(self.finished)

        # -- views
        self.panel = SidePanel(session, self, self.undo_stack)
        self.editor = NetworkEditor(session, self.undo_stack, self)
        self.loss_plot = LossPlot(self)
        self.boundary_plot = DecisionBoundaryPlot(self)
        self.gradient_plot = GradientPlot(self)
        self.histogram_plot = HistogramPlot(self)
        self.views = (self.editor, self.loss_plot, self.boundary_plot, self.gradient_plot, self.histogram_plot)
        self.setCentralWidget(self.editor)
        self._home_areas = []              # (dock, its area in the default layout), in the order they are placed
        scroll = QScrollArea(self)
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        # wide enough for the panel at its narrowest (a field below its label) beside its vertical scroll bar:
        # its natural width (480 px with an 11-pt font) made the window wider than a 1024-px screen
        self._panel_margin = scroll.verticalScrollBar().sizeHint().width() + 4
        scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + self._panel_margin)
        # each dock's title, and its View menu entry with a mnemonic (not D or L: Default layout, Language)
        self.panel_dock = self._dock("panel", (self.tr("Data and training"), self.tr("Data and &training")), scroll,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.loss_dock = self._dock("loss", (self.tr("Loss"), self.tr("L&oss")), self.loss_plot,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.boundary_dock = self._dock("boundary", self._boundary_titles(False), self.boundary_plot,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.gradient_dock = self._dock("gradients", (self.tr("Gradients"), self.tr("&Gradients")),
                                        self.gradient_plot, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.histogram_dock = self._dock("histograms", (self.tr("Histograms"), self.tr("&Histograms")),
                                         self.histogram_plot, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._docks = (self.panel_dock, self.loss_dock, self.boundary_dock, self.gradient_dock, self.histogram_dock)
        for plot in (self.loss_plot, self.boundary_plot, self.gradient_plot, self.histogram_plot):
            # an explicit minimum: the dock does not widen when the axes' tick labels grow during training
            # (but never below what the plot's own layout needs: the gradient view's three plots need 17 lines of text)
            plot.setMinimumSize(PLOT_MINIMUM[0], max(PLOT_MINIMUM[1], plot.minimumSizeHint().height()))
        # (the docks are tabified in default_layout only: tabified here and again there, before the window is
        # shown, Qt left the old groups' tab bars on screen, one over the toolbar's Step button)
        # the side panel and the plots on the right run the full height; the bottom docks sit under the editor
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.dispatcher = SnapshotDispatcher(self.worker, self.views, self)
        self.status = TrainingStatus(self)
        self.dispatcher.received.connect(lambda snapshot: self.status.show(snapshot.readout()))
        self._create_actions()
        self._create_toolbar()

        # -- the session's events
        events = session.events
        subscribe(self, events.editing, self._pause_for_edit)
        subscribe(self, events.changed, self.worker.request_snapshot)
        subscribe(self, events.progress, self._reset_views)
        subscribe(self, events.weights, self._show_readout)
        subscribe(self, events.data, self._show_data)
        subscribe(self, events.spec, self._show_spec)
        subscribe(self, events.config, self._show_config)
        # -- the views' requests
        self.editor.editRefused.connect(lambda text: self.statusMessage.emit(text, 8000))
        self.editor.resetRequested.connect(self.reset_weights)
        self.panel.configRefused.connect(lambda text: self.statusMessage.emit(text, 8000))
        self.boundary_plot.pointAdded.connect(self._on_point_added)
        self.boundary_plot.pointRemoved.connect(self._on_point_removed)
        self.boundary_plot.shapeChanged.connect(self._on_boundary_shape)
        self.panel.datasetChosen.connect(self.choose_dataset)
        self.panel.toyParamsEdited.connect(self._on_toy_params_edited)
        self.panel.importCsvRequested.connect(self.import_csv)
        self.panel.myDigitsToggled.connect(self._on_my_digits_toggled)
        self.panel.lossChosen.connect(self._on_loss_chosen)
        self.panel.suggestedSetupRequested.connect(self.use_suggested_setup)
        self.datasets.downloaded.connect(self.choose_dataset)
        self.datasets.notice.connect(lambda text: self.statusMessage.emit(text, 10000))
        # (bound methods, not lambdas: PySide calls a lambda in the emitting thread, the training thread, where a
        # widget must not be touched; a method of this room runs queued in the GUI thread)
        self.worker.started.connect(self._on_worker_started)
        self.worker.paused.connect(self._on_worker_paused)
        self.worker.errored.connect(self._on_errored)
        self.worker.halted.connect(self._on_halted)
        self.worker.preparing.connect(self._show_preparing)

        self._show_data(session.dataset)
        self.loss_plot.set_classification(session.spec.problem != "regression")
        self._show_config(session.config)

    # ================================================================== construction
    def childEvent(self, event) -> None:
        super().childEvent(event)
        # the tabs of docks placed together: whole titles, scrolled with arrows where they do not all fit (Qt
        # elides them: at 11 pt the right column read "Decision boun…", "L…", "Gradi…"); each tab's tooltip
        # holds its dock's title too
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QTabBar):
            event.child().setElideMode(Qt.TextElideMode.ElideNone)
            event.child().setUsesScrollButtons(True)

    def _dock(self, name: str, titles: tuple[str, str], widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        self._set_dock_titles(dock, titles)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.visibilityChanged.connect(lambda visible: self.dispatcher.catch_up(visible))
        # a plot behind another's tab (or closed) takes no keyboard focus: Tab went through the hidden histogram
        # view's controls, the focus out of sight for three presses (enabled again before it is painted)
        dock.visibilityChanged.connect(widget.setEnabled)
        self.addDockWidget(area, dock)
        self._home_areas.append((dock, area))
        return dock

    @staticmethod
    def _set_dock_titles(dock: QDockWidget, titles: tuple[str, str]) -> None:
        """The dock's title, then its View menu entry (a new title resets the entry to the title)."""
        dock.setWindowTitle(titles[0])
        dock.toggleViewAction().setText(titles[1])

    def _boundary_titles(self, prediction: bool) -> tuple[str, str]:
        return ((self.tr("Prediction"), self.tr("&Prediction")) if prediction
                else (self.tr("Decision boundary"), self.tr("Decision &boundary")))

    def _create_actions(self) -> None:
        self.default_layout_action = self._action(
            self.tr("&Default layout"), self.tr("Put the side panel and the plots back where they were at the "
                                                "start, sized for this window."),
            lambda: self.default_layout(self.window().width(), self.window().height()))
        # the Training menu's texts with their mnemonics (Alt+T, then R); the toolbar's buttons say the same
        # without them (Qt strips "&" there, but left the Korean "(R)")
        self.run_action = self._action(self.tr("&Run"), self.tr("Start training, or pause it if it runs (Space)."),
                                       self.toggle_run, Qt.Key.Key_Space)
        self.step_action = self._action(self.tr("&Step"), self.tr("Train on exactly one batch, then stop (S)."),
                                        self.step_once, Qt.Key.Key_S)
        self.step_action.setIconText(self.tr("Step"))
        self.reset_action = self._action(self.tr("Reset &weights"),
                                         self.tr("Draw new random initial weights from the seed and clear the "
                                                 "history (R)."), self.reset_weights, Qt.Key.Key_R)
        self.reset_action.setIconText(self.tr("Reset weights"))
        self._update_run_action(False)
        self.training_actions = (self.run_action, self.step_action, self.reset_action)
        self.training_menu = QMenu(self.tr("&Training"), self)
        self.training_menu.addActions(list(self.training_actions))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setToolTip(self.tr("Undo the last edit of the network, the training settings or the data "
                                            "(Ctrl+Z)."))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Ctrl+Y as well: Windows programs redo so
        self.redo_action.setShortcuts([QKeySequence("Shift+Ctrl+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(self.tr("Redo the edit you undid last (Ctrl+Shift+Z)."))

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Training"), self)
        toolbar.setObjectName("toolbar_training")
        toolbar.addActions(list(self.training_actions))
        wide_enough_for(toolbar.widgetForAction(self.run_action), (self.tr("Run"), self.tr("Pause")))
        toolbar.addSeparator()
        speed_label = QLabel(self.tr(" Speed: "), toolbar)
        toolbar.addWidget(speed_label)
        self.speed_combo = QComboBox(toolbar)
        for value in SPEEDS:
            text = (self.tr("Full speed") if value == 0 else self.tr("1 step/s") if value == 1
                    else self.tr("{0} steps/s").format(value))
            self.speed_combo.addItem(text, value)
        tip = self.tr("Slow motion for watching: at most this many training steps per second, or full speed.")
        self.speed_combo.setToolTip(tip)
        speed_label.setToolTip(tip)
        self.speed_combo.currentIndexChanged.connect(
            lambda i: self.session.set_config(speed=int(self.speed_combo.itemData(i))))
        toolbar.addWidget(self.speed_combo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # ================================================================== what the window shows of the room
    def title(self) -> str:
        return self.tr("Studio")

    def menus(self) -> list:
        return [self.training_menu]

    def edit_actions(self) -> list:
        return [self.undo_action, self.redo_action]

    def docks(self) -> list:
        return list(self._docks)

    def view_actions(self) -> list:
        return [*super().view_actions(), self.default_layout_action]

    def status_widgets(self) -> list:
        return list(self.status.widgets)

    def _on_boundary_shape(self, shape: float) -> None:
        # the map grown to the plot's new shape fills it with equal x₁ and x₂ scales: redrawn at once
        self.session.set_plane_aspect(shape)
        self.worker.request_snapshot()

    def start(self) -> None:
        """Start the training thread (once the window is built)."""
        self.training.start()

    def left(self) -> None:
        self.worker.pause()        # another room is shown: the studio's training waits

    def entered(self) -> None:
        self._update_epoch_bar()   # (the status bar shows this room's readouts again)

    # ================================================================== layout
    def default_layout(self, width: int, height: int) -> None:
        """The docks' first sizes for a window of ``width`` × ``height``: the network editor and the decision
        boundary get the room.

        Below SMALL_SCREEN_HEIGHT (a 1366×768 laptop) the gradient and histogram views join the decision
        boundary as tabs on the right (the gradient view needs ~290 px of height, the loss plot less), so that
        the editor keeps the whole centre column; below LAPTOP_HEIGHT (1280×720) the loss plot joins them too,
        so that every plot gets the column's full height instead of a squashed strip.
        """
        joining = ()
        if height < SMALL_SCREEN_HEIGHT:
            joining = (self.gradient_dock, self.histogram_dock)
            if height < LAPTOP_HEIGHT:
                joining = (self.loss_dock, *joining)
        rebuilt = self._place_docks(joining)
        self._size_docks(width, height)
        if rebuilt and self.isVisible():
            # (Qt takes the sizes of docks it has just placed anew only once it has laid them out, and the bars'
            # check lays them out anew: first the bars)
            QTimer.singleShot(0, self, lambda: (self._hide_old_tab_bars(), self._size_docks(width, height,
                                                                                           laid_out=True)))

    def _place_docks(self, joining: tuple) -> bool:
        """Every dock in its place, those in ``joining`` as tabs with the decision boundary; False if they all
        were there already (nothing moved)."""
        groups = [(self.boundary_dock, *joining)]
        if self.histogram_dock not in joining:
            groups.append((self.gradient_dock, self.histogram_dock))
        grouped = {dock: set(group) - {dock} for group in groups for dock in group}
        shown = {dock: dock is not self.boundary_dock or not self._boundary_auto_hidden for dock in self._docks}
        areas = {dock: Qt.DockWidgetArea.RightDockWidgetArea if dock in joining else area
                 for dock, area in self._home_areas}
        if all(not dock.isFloating() and dock.isHidden() != shown[dock] and self.dockWidgetArea(dock) == areas[dock]
               and set(self.tabifiedDockWidgets(dock)) == grouped.get(dock, set()) for dock in self._docks):
            return False
        # every dock out and back in its place (again when asked for from the View menu), each shown only at the
        # end: a dock shown in a place it is about to leave made the window grow (to 1052×809 on a 1024×600 screen)
        for dock in self._docks:
            dock.setFloating(False)
            self.removeDockWidget(dock)           # (which hides it)
        for dock, area in self._home_areas:
            if dock not in joining:
                self.addDockWidget(area, dock)
        for group in groups:
            for dock in group[1:]:
                self.tabifyDockWidget(group[0], dock)
        for dock in self._docks:
            dock.setVisible(shown[dock])
        self.gradient_dock.raise_()
        self.boundary_dock.raise_()
        return True

    def _size_docks(self, width: int, height: int, laid_out: bool = False) -> None:
        if laid_out:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        right = max(380, int(0.32 * width))
        # the panel with every text whole where the editor keeps its room beside it, else narrower: down to its
        # fields beside their labels for the editor's room, further only for the editor's least width
        spare = width - right - self.editor.minimumSizeHint().width() - 20
        roomy = width - right - max(EDITOR_ROOM, self.editor.minimumSizeHint().width()) - 20
        least = self.panel_dock.widget().minimumWidth()
        beside = self.panel.beside_width() + self._panel_margin
        # on a 1024-px screen even the plain XOR network scrolled sideways beside the panel with its fields beside
        # their labels: the panel goes narrower still (its fields below their labels) where that shows it whole
        whole = width - right - self.editor.whole_width() - 30     # (the right column took 10 px more at 1024)
        if least <= whole < beside:
            beside = whole
        panel = max(least, min(self.panel.natural_width() + self._panel_margin, max(roomy, min(spare, beside))))
        self.resizeDocks([self.panel_dock, self.loss_dock], [panel, right], Qt.Orientation.Horizontal)
        plots = height - 120                     # the menu, tool and status bars take about that much
        if height >= LAPTOP_HEIGHT:
            self.resizeDocks([self.loss_dock, self.boundary_dock], [int(0.42 * plots), int(0.58 * plots)],
                             Qt.Orientation.Vertical)
        if height >= SMALL_SCREEN_HEIGHT:
            self.resizeDocks([self.gradient_dock], [max(200, int(0.3 * plots))], Qt.Orientation.Vertical)

    def _hide_old_tab_bars(self) -> None:
        """Hide the tab bars of dock groups that the layout no longer holds.

        Qt may leave a group's tab bar where it was, with its old tabs, when the group's docks go elsewhere: after
        View → Default layout for a lower window, the "Gradients | Histograms" bar stayed below the editor once they
        had joined the plots on the right. Qt places every tab bar it still uses when it lays the docks out anew:
        those it no longer places are old. (A room not shown yet has none: its docks are tabified only once.)
        """
        away = QPoint(-32000, -32000)
        bars = [bar for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if bar.isVisible()]
        if not bars:
            return
        for bar in bars:
            bar.move(away)
        rect = self.layout().geometry()       # (Qt lays the docks out again only for another size)
        self.layout().setGeometry(rect.adjusted(0, 0, 0, -1))
        self.layout().setGeometry(rect)
        for bar in bars:
            if bar.pos() == away:
                bar.hide()

    def layout_state(self) -> dict:
        # the gradient view (and its tabs) below the editor at its smallest stays so in another language: Korean
        # text needs more height, which the layout kept in English (the editor 61 px lower than on a first start)
        dock = self.gradient_dock
        shown = [d for d in self._gradient_tabs() if d.isVisible() and not d.visibleRegion().isEmpty()]
        smallest = (self.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea and not dock.isFloating()
                    and bool(shown) and shown[0].height() <= self._gradient_tabs_minimum() + 8)
        return {"state": self.saveState(LAYOUT_VERSION), "boundary_auto_hidden": self._boundary_auto_hidden,
                "gradients_smallest": smallest}

    def _gradient_tabs(self) -> list:
        return [self.gradient_dock, *self.tabifiedDockWidgets(self.gradient_dock)]

    def _gradient_tabs_minimum(self) -> int:
        return max(d.minimumSizeHint().height() for d in self._gradient_tabs())

    def restore_layout(self, state: dict) -> bool:
        """Restore docks saved by ``layout_state``; False for a layout of another version."""
        value = state.get("state")
        if not (isinstance(value, QByteArray) and not value.isEmpty() and self.restoreState(value, LAYOUT_VERSION)):
            return False
        # a boundary dock the room hid for MNIST comes back with the 2-D data it starts with
        self._boundary_auto_hidden = state.get("boundary_auto_hidden") in (True, "true", "1")
        self._show_boundary_dock_for(self.session.dataset)
        if state.get("gradients_smallest") in (True, "true", "1"):
            self.resizeDocks([self.gradient_dock], [self._gradient_tabs_minimum()], Qt.Orientation.Vertical)
        return True

    # ================================================================== training
    def toggle_run(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
        elif not self._refuse_diverged():
            self.worker.resume()
        self._update_run_action(self.worker.is_running)

    def step_once(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
        if not self._refuse_diverged():
            self.worker.step(1)

    def _refuse_diverged(self) -> bool:
        """Training diverged and its weights cannot train on: say what to do in the status bar (the dialog
        said it once already) and take no step; True then."""
        error = self.session.divergence()
        if error is not None:
            self._show_standing_message(translated(error))
        return error is not None

    def reset_weights(self) -> None:
        self.worker.pause()
        self.session.reset_weights()
        self.statusMessage.emit(self.tr("Back to the initial weights of seed {0}; another seed gives other "
                                        "ones.").format(self.session.config.seed), 6000)

    def _on_worker_started(self) -> None:
        # what the worker does now, not True: a "started" that reaches a busy GUI only after Pause was pressed
        # made the button say Pause for training that had paused
        self._update_run_action(self.worker.is_running)
        self._clear_standing_message()

    def _on_worker_paused(self) -> None:
        self._update_run_action(self.worker.is_running)

    def _update_run_action(self, running: bool) -> None:
        self.run_action.setText(self.tr("&Pause") if running else self.tr("&Run"))
        self.run_action.setIconText(self.tr("Pause") if running else self.tr("Run"))

    def _on_errored(self, message: str) -> None:
        self._update_run_action(False)
        self._show_standing_message(message)
        if self.isVisible():
            dialogs.show_error(self, self.tr("Training stopped"), message)

    def _on_halted(self, message: str) -> None:
        self._update_run_action(False)
        self._show_standing_message(message)

    def _pause_for_edit(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
            self.statusMessage.emit(self.tr("Training paused for your edit; press Space to continue."), 5000)

    def _reset_views(self) -> None:
        self._clear_standing_message()
        for view in (self.loss_plot, self.gradient_plot, self.histogram_plot):
            view.reset()
        self._show_readout()

    def _show_readout(self) -> None:
        """The status bar's numbers for the network now, at once: after new or loaded weights it would
        otherwise show the old network's until the training thread's next snapshot."""
        self.status.show(self.session.readout())

    def _show_spec(self, spec) -> None:
        self.loss_plot.set_classification(spec.problem != "regression")
        self._show_readout()

    def _show_config(self, config) -> None:
        self.speed_combo.setCurrentIndex(self.speed_combo.findData(config.speed))   # one of SPEEDS (the session checks)
        self.worker.set_max_steps_per_second(config.speed or None)
        self._update_epoch_bar()
        error = self.session.divergence()
        if error is not None and self._standing_message:   # its advice follows the learning rate set now
            self._show_standing_message(translated(error))

    def _update_epoch_bar(self) -> None:
        self.status.set_epoch_bar_wanted(self.session.n_train > self.session.config.batch_size)

    # ================================================================== data
    def choose_dataset(self, key: str) -> bool:
        """Switch to the data set ``key`` (loading it, with a download offered for missing MNIST files), with
        that set's own number of points and noise. The learner's drawings stay included as the box is ticked:
        data without drawings (XOR) greys it out with its tick kept, and MNIST again trains on them."""
        choice = self.session.choice.with_changes(key=key, n=None, noise=None, test_fraction=None,
                                                  include_my_digits=self.panel.my_digits_ticked())
        dataset = self.datasets.load(choice, self.session.config.seed)
        if dataset is None:
            self.panel.show_choice(self.session.choice)   # stay on the current data
            return False
        return self.use_dataset(dataset, choice)

    def use_dataset(self, dataset, choice) -> bool:
        """Train on ``dataset`` (chosen as ``choice``) from now on, as an edit Ctrl+Z undoes: the old data come
        back with their network, and the edits before refer to it again."""
        before = (self.session.to_project(), self.session.dataset)
        old_choice = self.session.choice
        try:
            self.session.use_dataset(dataset, choice)
        except ValueError as exc:
            dialogs.show_error(self, self.tr("Cannot use this dataset"), translated(exc))
            self.panel.show_choice(self.session.choice)
            return False
        after = (self.session.to_project(), self.session.dataset)
        name = self._data_title(choice)
        text = (self.tr("Change the points of {0}").format(name) if choice.key == old_choice.key
                else self.tr("Switch to {0}").format(name))
        self.undo_stack.push(DataChange(self.session, before, after, text, self.refresh_my_digits))
        self.refresh_my_digits()
        return True

    def _data_title(self, choice) -> str:
        """The data's name as the side panel's chooser gives it (a CSV file: its name)."""
        if choice.key.startswith("csv:"):
            return Path(choice.key[4:]).name
        combo = self.panel.dataset_combo
        index = combo.findData(choice.key)
        return combo.itemText(index) if index >= 0 else choice.key

    def use_suggested_setup(self) -> None:
        """The network and settings suggested for the data, with new weights (a fresh start: not undoable)."""
        self.worker.pause()
        self.session.use_suggested_setup()
        self.undo_stack.clear()
        self.statusMessage.emit(self.tr("The suggested network and settings, with new weights."), 5000)

    def _on_loss_chosen(self, loss: str) -> None:
        spec = self.session.spec
        if loss != spec.loss_name:
            lecture = loss == replace(spec, loss=None).loss_name
            self.undo_stack.push(SpecEdit(self.session, spec, replace(spec, loss=None if lecture else loss),
                                          self.tr("Set the loss to {0}").format(loss)))

    def _on_toy_params_edited(self, params: dict) -> None:
        self.choose_dataset_with(self.session.choice.with_changes(**params))

    def choose_dataset_with(self, choice) -> bool:
        dataset = self.datasets.load(choice, self.session.config.seed)
        return dataset is not None and self.use_dataset(dataset, choice)

    def import_csv(self) -> None:
        """Ask for a CSV file and train on it."""
        settings = open_settings()
        path = self.datasets.ask_csv_path(read_value(settings, "paths/last_dir", str(Path.home())))
        if path:
            settings.setValue("paths/last_dir", str(Path(path).parent))
            self.import_csv_file(path)

    def import_csv_file(self, path) -> bool:
        """Load ``path`` as a dataset; errors (e.g. a bad row) are shown in a dialog and change nothing."""
        dataset = self.datasets.load_csv(path)
        if dataset is None:
            return False
        return self.use_dataset(dataset, self.session.choice.with_changes(
            key=f"csv:{Path(path).resolve()}", include_my_digits=self.panel.my_digits_ticked()))

    def _show_data(self, dataset) -> None:
        self.boundary_plot.set_dataset(dataset)
        self._show_boundary_dock_for(dataset)
        self._update_epoch_bar()

    def _show_boundary_dock_for(self, dataset) -> None:
        """The decision boundary exists only for 2-D data (1-D regression shows its prediction curve there):
        otherwise its dock is hidden, and the loss plot gets the room; it comes back with such data unless the
        learner closed it."""
        planar = dataset.extent is not None or shows_fit(dataset)
        self._set_dock_titles(self.boundary_dock, self._boundary_titles(shows_fit(dataset)))
        self.boundary_dock.setEnabled(planar)
        if not planar and self.boundary_dock.isVisible():
            self._boundary_auto_hidden = True
            self.boundary_dock.hide()
        elif planar and self._boundary_auto_hidden:
            self._boundary_auto_hidden = False
            self.boundary_dock.show()

    def _on_point_added(self, x: float, y: float, cls: int) -> None:
        ds = self.session.dataset
        if ds.input_dim != 2 or ds.problem not in ("binary", "multiclass"):
            return
        after = ds.with_points([x, y], [cls])
        self.undo_stack.push(DataEdit(self.session, ds, after, self.tr("Add a point")))

    def _on_point_removed(self, index: int) -> None:
        ds = self.session.dataset
        if not 0 <= index < ds.n_train or ds.n_train <= 1:
            return
        self.undo_stack.push(DataEdit(self.session, ds, ds.without_point(index), self.tr("Remove a point")))

    # -- the learner's own digits (drawn in the pad) ------------------------------------------------------------
    def refresh_my_digits(self) -> None:
        """Count the drawings saved in the pad with the data's classes (MNIST: digits, Fashion-MNIST: clothing) and
        show the count; train on them anew if they changed (the learner may have saved some in the pad meanwhile),
        or the data, or whether to include them."""
        count = self._my_digits_count = self.datasets.count_my_digits(self.session.key)
        self.panel.set_my_digits_count(count or 0, available=count is not None, kind=self.session.key)
        wanted = self.panel.include_my_digits()
        # other data (other drawings), other drawings, or a project or example that includes them or not
        changed = (self.session.key, count, wanted) != self._my_digits_loaded
        if (changed and (wanted or self._my_digits_loaded[2])) or wanted != self.session.choice.include_my_digits:
            self._train_on_my_digits(wanted)

    def _on_my_digits_toggled(self, _checked: bool) -> None:
        self._train_on_my_digits(self.panel.include_my_digits())

    def _train_on_my_digits(self, include: bool) -> None:
        self._my_digits_loaded = (self.session.key, self._my_digits_count, include)
        self.session.set_choice(self.session.choice.with_changes(include_my_digits=include))
        x = y = None
        if include:
            x, y, message = self.datasets.load_my_digits(self.session.key, self.session.dataset.n_classes)
            if message:
                self.statusMessage.emit(message, 10000)
            elif x is not None:
                self.statusMessage.emit(self.datasets.my_digits_note(self.session.key, self.session.dataset.n_train,
                                                                     len(y)), 6000)
        self.session.set_extra_training(x, y)
        self._update_epoch_bar()

    # ================================================================== tools
    def model_for_tools(self):
        """A copy of the current model, safe to use in the GUI thread while training runs (the drawing pad).
        The copy is kept and only its weights are refreshed while the network stays the same."""
        spec, weights = self.session.spec, self.session.weights()
        if self._tool_model is None or self._tool_model[0] != spec:
            self._tool_model = (spec, self.session.inference_model(weights))
        else:
            self._tool_model[1].set_weights(weights)
        return self._tool_model[1]

    # ================================================================== closing
    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop drawing and training; True if the training thread ended within ``timeout_ms``."""
        self.dispatcher.stop()
        return self.training.shutdown(timeout_ms)

    @property
    def thread_running(self) -> bool:
        return self.training.thread.isRunning()

    def wait_for_thread(self) -> None:
        self.training.thread.wait()
