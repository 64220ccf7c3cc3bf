"""The studio's main window: dataset + hyper-parameters on the left, the network editor in the centre, live
plots in docks, training in a worker thread.

The window owns the model and the dataset. Views never touch the model: they get TrainingSnapshots from the
worker (the window draws only the newest one) and send edits back through signals, which the window applies
to the model while the worker keeps off it (``worker.model_access()``).
"""
from __future__ import annotations

import math
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QEvent, QLocale, Qt, QThread, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QFileDialog, QLabel, QMainWindow,
                               QProgressBar, QScrollArea, QToolBar, QWidget)

from nnstudio.app import dialogs
from nnstudio.app.editor import NetworkEditor
from nnstudio.app.panels import MNIST_KINDS, SidePanel
from nnstudio.app.plots import DecisionBoundaryPlot, GradientPlot, HistogramPlot, LossPlot
from nnstudio.app.plots.boundary import shows_fit
from nnstudio.session.project import SUFFIX, Project, ProjectFileError, load_project, save_project
from nnstudio.app.settings import add_recent_file, open_settings, read_value, recent_files
from nnstudio.app.worker import TrainingWorker
from nnstudio.data import TOY_DATASETS, load_dataset
from nnstudio.data.paths import user_data_dir
from nnstudio.engine.optimizers import OPTIMIZERS
from nnstudio.engine.spec import NetworkSpec

# XOR defaults, measured: full-batch SGD with lr 3 solves the 2-2-1 sigmoid network in 131 steps from seed 0
# (77-540 steps for 2 of 3 seeds; about 1 seed in 3 is stuck in XOR's well-known local minimum, for any
# optimizer — Adam lr 0.1 got stuck more often). At 100 steps/s the learner watches it solve in ~1.5 s.
DEFAULT_TRAINING = {"optimizer": "sgd", "lr": 3.0, "batch_size": 32, "seed": 0}
DEFAULT_SPEED = 100          # steps per second (0 = full speed)


def suggested_training(key: str) -> dict:
    """Optimizer, learning rate and batch size that suit a dataset: XOR's SGD lr 3 diverges on the sine
    regression within a second, and MNIST wants bigger batches and a small Adam step."""
    if key == "xor":
        return {k: DEFAULT_TRAINING[k] for k in ("optimizer", "lr", "batch_size")}
    if key in MNIST_KINDS:
        return {"optimizer": "adam", "lr": 1e-3, "batch_size": 128}
    return {"optimizer": "adam", "lr": 0.01, "batch_size": 16}
SPEEDS = (1, 3, 10, 30, 100, 300, 1000, 0)
AUTOSAVE_NAME = "autosave" + SUFFIX
DEFAULT_SIZE = (1600, 1000)   # first-start window size, shrunk to fit smaller screens
SMALL_SCREEN_HEIGHT = 850     # a first window lower than this gets the gradient view as a tab on the right
# bump when the docks change: restoreState() then ignores a layout saved by an older version
LAYOUT_VERSION = 2
# The main thread needs the GIL every few ms to stay responsive while the worker runs many small NumPy
# operations (XOR's 4-sample batches); Python's default 5 ms switch interval froze the GUI for 0.4-0.7 s (p99).
SWITCH_INTERVAL = 0.0002
GUI_DUTY_SMALL_STEPS = 0.5    # share of time the GUI may spend drawing while the worker's steps are tiny
MAX_DRAW_PAUSE = 0.5         # seconds: the longest pause between two view draws
GUI_DUTY_BIG_STEPS = 0.08     # ... and while it trains big batches (MNIST: throughput >= 90 % of headless)


def targets_for(dataset, problem: str):
    """The training targets for ``problem``: int labels for multi-class, one-hot floats for multi-label."""
    if problem == "multilabel" and dataset.problem == "multiclass":
        eye = np.eye(dataset.n_classes, dtype=np.float32)
        return eye[dataset.y_train], eye[dataset.y_test]
    return dataset.y_train, dataset.y_test


def allowed_problems(dataset) -> dict[str, int]:
    """Problem types the network may pose on ``dataset`` -> output units (lecture §5)."""
    k = dataset.n_classes
    if dataset.problem == "binary":
        return {"binary": 1, "regression": 1}
    if dataset.problem == "multiclass":
        return {"multiclass": k, "multilabel": k}
    if dataset.problem == "multilabel":
        return {"multilabel": k, "regression": k}
    return {"regression": k}


def copy_overlap(old: list[np.ndarray], new: list[np.ndarray]) -> None:
    """Copy the overlapping block of each old weight array into the new one (layers matched by index)."""
    for a, b in zip(old, new):
        block = tuple(slice(0, min(m, n)) for m, n in zip(a.shape, b.shape))
        b[block] = a[block]


class _DatasetEdit(QUndoCommand):
    """Adding or removing a point of the training set (undoable with the editor's edits)."""

    def __init__(self, window: MainWindow, before, after, text: str):
        super().__init__(text)
        self._window, self._before, self._after = window, before, after

    def redo(self):
        self._window._apply_dataset_edit(self._after)

    def undo(self):
        self._window._apply_dataset_edit(self._before)


class MainWindow(QMainWindow):
    """NN Studio's main window."""

    AUTOSAVE_MS = 60_000

    def __init__(self, parent: QWidget | None = None, offer_restore: bool = True):
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.setObjectName("MainWindow")
        self._settings = open_settings()
        self._project_path: Path | None = None
        self._dirty = False
        self._autosave_pending = False
        self._loading = 0                   # >0 while the window itself changes editor/panel state
        self._spec = NetworkSpec.xor_default()
        self._dataset = None
        self._dataset_key = "xor"
        self._latest = None                 # newest TrainingSnapshot, drawn by _draw_next_view
        self._draw_scheduled = False
        self._next_draw_at = 0.0
        self._draw_started = 0.0
        self._drawn_in = {}                 # view -> the snapshot it shows
        self._last_drawn = -1               # index in self.views of the view drawn last
        self._closing = False
        self._pad = None
        self._tool_model = None             # (spec, model copy) handed to the drawing pad
        self._download = None
        self._my_digits_count = 0
        self._boundary_auto_hidden = False  # the window hid the boundary dock (data not 2-D), not the user

        # -- views
        self.panel = SidePanel(self)
        self.editor = NetworkEditor(parent=self)
        self.loss_plot = LossPlot(self)
        self.boundary_plot = DecisionBoundaryPlot(self)
        self.gradient_plot = GradientPlot(self)
        self.histogram_plot = HistogramPlot(self)
        self.views = (self.editor, self.loss_plot, self.boundary_plot, self.gradient_plot, self.histogram_plot)
        self.setCentralWidget(self.editor)
        scroll = QScrollArea(self)
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.panel.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        self.panel_dock = self._dock("panel", self.tr("Dataset and training"), scroll,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.loss_dock = self._dock("loss", self.tr("Loss and accuracy"), self.loss_plot,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.boundary_dock = self._dock("boundary", self.tr("Decision boundary"), self.boundary_plot,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.gradient_dock = self._dock("gradients", self.tr("Gradient magnitudes"), self.gradient_plot,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.histogram_dock = self._dock("histograms", self.tr("Weight and gradient histograms"),
                                         self.histogram_plot, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.gradient_dock, self.histogram_dock)
        self.gradient_dock.raise_()
        # the side panel and the plots on the right run the full height; the bottom docks sit under the editor
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self._create_actions()
        self._create_menus_and_toolbar()
        self._create_status_bar()

        # -- the worker thread
        self.worker = TrainingWorker()
        self._thread = QThread(self)
        self._thread.setObjectName("nnstudio-training")
        self.worker.set_gui_handshake(True)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._thread.quit)
        self.worker.snapshot.connect(self._on_snapshot)
        self.worker.started.connect(self._on_started)
        self.worker.paused.connect(self._on_paused)
        self.worker.errored.connect(self._on_errored)

        # -- signals from the views
        self.editor.specChanged.connect(self._on_spec_changed)
        self.editor.weightEdited.connect(self._on_weight_edited)
        self.editor.weightsReplaced.connect(self._on_weights_replaced)
        self.editor.editRefused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.editor.undo_stack.cleanChanged.connect(lambda clean: None if clean else self._set_dirty())
        self.boundary_plot.pointAdded.connect(self._on_point_added)
        self.boundary_plot.pointRemoved.connect(self._on_point_removed)
        self.panel.datasetChosen.connect(self._on_dataset_chosen)
        self.panel.datasetParamsChanged.connect(lambda: self._on_dataset_chosen(self.panel.dataset_key()))
        self.panel.importCsvRequested.connect(self.import_csv)
        self.panel.optimizerChanged.connect(self._on_optimizer_changed)
        self.panel.lrChanged.connect(self._on_lr_changed)
        self.panel.batchSizeChanged.connect(self._on_batch_size_changed)
        self.panel.seedChanged.connect(lambda _: self._set_dirty())
        self.panel.myDigitsToggled.connect(self._on_my_digits_toggled)

        # -- initial state: last choices, XOR with the lecture's 2-2-1 network
        self._restore_choices()
        self._start_fresh()
        self._thread.start()

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(self.AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._autosave_timer.start()
        self._restore_geometry()
        self._update_title()
        if offer_restore:
            QTimer.singleShot(0, self._offer_autosave)

    # ================================================================== construction helpers
    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.visibilityChanged.connect(self._catch_up)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, tip: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.run_action = self._action(self.tr("Run"), self.tr("Start training, or pause it if it runs (Space)."),
                                       self.toggle_run, Qt.Key.Key_Space)
        self.step_action = self._action(self.tr("Step"), self.tr("Train on exactly one batch, then stop (S)."),
                                        self.step_once, Qt.Key.Key_S)
        self.reset_action = self._action(self.tr("Reset weights"),
                                         self.tr("Draw new random initial weights from the seed and clear the "
                                                 "history (R)."), self.reset_weights, Qt.Key.Key_R)
        self.new_action = self._action(self.tr("&New project"), self.tr("Start over with XOR and the lecture's "
                                                                        "2-2-1 network."),
                                       self.new_project, QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open project…"), self.tr("Open a saved NN Studio project."),
                                        self.open_project_dialog, QKeySequence.StandardKey.Open)
        self.save_action = self._action(self.tr("&Save project"), self.tr("Save the network, data, weights and "
                                                                          "history to the project file."),
                                        self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._action(self.tr("Save project &as…"),
                                           self.tr("Save the project under a new file name."),
                                           self.save_as, QKeySequence("Shift+Ctrl+S"))
        self.import_action = self._action(self.tr("&Import CSV…"), self.tr("Train on your own table of "
                                                                           "features and labels."),
                                          self.import_csv)
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Close NN Studio (asks to save changes)."),
                                        self.close, QKeySequence("Ctrl+Q"))
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setToolTip(self.tr("Undo the last edit of the network or the data (Ctrl+Z)."))
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Shift+Ctrl+Z"))
        self.redo_action.setToolTip(self.tr("Redo the edit you undid last (Shift+Ctrl+Z)."))
        self.pad_action = self._action(self.tr("&Drawing pad…"),
                                       self.tr("Draw a digit and see what the current network predicts (Ctrl+D)."),
                                       self.open_pad, QKeySequence("Ctrl+D"))
        self.about_action = self._action(self.tr("&About NN Studio"), self.tr("Version and purpose of NN Studio."),
                                         self._about)

    def _create_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        train_menu = bar.addMenu(self.tr("&Training"))
        train_menu.addActions([self.run_action, self.step_action, self.reset_action])
        view_menu = bar.addMenu(self.tr("&View"))
        for dock in (self.panel_dock, self.loss_dock, self.boundary_dock, self.gradient_dock, self.histogram_dock):
            view_menu.addAction(dock.toggleViewAction())
        tools_menu = bar.addMenu(self.tr("T&ools"))
        tools_menu.addAction(self.pad_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Training"), self)
        toolbar.setObjectName("toolbar_training")
        toolbar.addActions([self.run_action, self.step_action, self.reset_action])
        toolbar.addSeparator()
        speed_label = QLabel(self.tr(" Speed: "), toolbar)
        toolbar.addWidget(speed_label)
        self.speed_combo = QComboBox(toolbar)
        for value in SPEEDS:
            text = self.tr("Full speed") if value == 0 else self.tr("{0} steps/s").format(value)
            self.speed_combo.addItem(text, value)
        tip = self.tr("Slow motion for watching: at most this many training steps per second, or full speed.")
        self.speed_combo.setToolTip(tip)
        speed_label.setToolTip(tip)
        self.speed_combo.currentIndexChanged.connect(self._on_speed_changed)
        toolbar.addWidget(self.speed_combo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.epoch_label = QLabel(status)
        self.epoch_label.setToolTip(self.tr("Completed passes over the whole training set."))
        self.step_label = QLabel(status)
        self.step_label.setToolTip(self.tr("Optimizer steps taken: one per batch."))
        self.rate_label = QLabel(status)
        self.rate_label.setToolTip(self.tr("Training speed in samples per second."))
        self.loss_label = QLabel(status)
        self.loss_label.setToolTip(self.tr("Training loss of the last batch."))
        self.accuracy_label = QLabel(status)
        self.accuracy_label.setToolTip(self.tr("Accuracy on the training set over the last epoch "
                                               "(and on the test set)."))
        self.epoch_bar = QProgressBar(status)
        self.epoch_bar.setRange(0, 100)
        self.epoch_bar.setTextVisible(False)
        self.epoch_bar.setMaximumWidth(120)
        self.epoch_bar.setToolTip(self.tr("Progress through the current epoch."))
        for w in (self.epoch_label, self.epoch_bar, self.step_label, self.rate_label, self.loss_label,
                  self.accuracy_label):
            status.addPermanentWidget(w)
        self._show_progress(None)

    # ================================================================== settings
    def _restore_choices(self) -> None:
        s = self._settings
        self._loading += 1
        try:
            self.panel.set_training_params(
                optimizer=read_value(s, "training/optimizer", DEFAULT_TRAINING["optimizer"]),
                lr=read_value(s, "training/lr", DEFAULT_TRAINING["lr"]),
                batch_size=read_value(s, "training/batch_size", DEFAULT_TRAINING["batch_size"]),
                seed=read_value(s, "training/seed", DEFAULT_TRAINING["seed"]))
            self.panel.set_toy_params(n=read_value(s, "data/n", 200), noise=read_value(s, "data/noise", 0.1),
                                      test_fraction=read_value(s, "data/test_fraction", 0.3))
            speed = read_value(s, "training/speed", DEFAULT_SPEED)
            index = self.speed_combo.findData(speed)
            self.speed_combo.setCurrentIndex(index if index >= 0 else self.speed_combo.findData(DEFAULT_SPEED))
            self._on_speed_changed()
            key = read_value(s, "data/dataset", "xor")
            self._dataset_key = key if key in TOY_DATASETS else "xor"
        finally:
            self._loading -= 1

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self._default_geometry()
        # a layout saved by an older version (other docks) is ignored: restoreState refuses another version
        if isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state, LAYOUT_VERSION):
            # a boundary dock the window hid for MNIST comes back with the 2-D data it starts with
            self._boundary_auto_hidden = read_value(self._settings, "window/boundary_auto_hidden", False)
            self._show_boundary_dock_for(self._dataset)
        else:
            self._default_layout()

    def _default_geometry(self) -> None:
        """First start: DEFAULT_SIZE, or most of a smaller screen (1366×768 laptops), centred."""
        screen = self.screen()
        avail = screen.availableGeometry() if screen is not None else None
        width, height = DEFAULT_SIZE
        if avail is not None and avail.width() > 0:
            width = min(width, int(avail.width() * 0.97))
            height = min(height, int(avail.height() * 0.94))
        self.resize(width, height)
        if avail is not None and avail.width() > 0:
            self.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)

    def _default_layout(self) -> None:
        """The docks' first sizes: the network editor and the decision boundary get the room.

        Below SMALL_SCREEN_HEIGHT (a 1366×768 laptop) the gradient and histogram views join the decision
        boundary as tabs on the right (the gradient view needs ~340 px of height, the loss plot less), so that
        the editor keeps the whole centre column.
        """
        width, height = self.width(), self.height()
        if height < SMALL_SCREEN_HEIGHT:
            for dock in (self.gradient_dock, self.histogram_dock):
                self.tabifyDockWidget(self.boundary_dock, dock)
            self.boundary_dock.raise_()
        panel = self.panel_dock.widget().minimumWidth()
        right = max(380, int(0.32 * width))
        self.resizeDocks([self.panel_dock, self.loss_dock], [panel, right], Qt.Orientation.Horizontal)
        plots = height - 120                     # the menu, tool and status bars take about that much
        self.resizeDocks([self.loss_dock, self.boundary_dock], [int(0.42 * plots), int(0.58 * plots)],
                         Qt.Orientation.Vertical)
        if height >= SMALL_SCREEN_HEIGHT:
            self.resizeDocks([self.gradient_dock], [max(200, int(0.3 * plots))], Qt.Orientation.Vertical)

    def _save_choices(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(LAYOUT_VERSION))
        s.setValue("window/boundary_auto_hidden", self._boundary_auto_hidden)
        for key, value in self.panel.training_params().items():
            s.setValue(f"training/{key}", value)
        s.setValue("training/speed", int(self.speed_combo.currentData()))
        for key, value in self.panel.toy_params().items():
            s.setValue(f"data/{key}", value)
        s.setValue("data/dataset", self._dataset_key if self._dataset_key in TOY_DATASETS else "xor")
        s.sync()

    # ================================================================== model and data
    def _make_optimizer(self):
        params = self.panel.training_params()
        return OPTIMIZERS[params["optimizer"]](lr=params["lr"])

    def _build_model(self, spec: NetworkSpec, weights=None, keep_from=None):
        """A compiled model for ``spec``: with ``weights``, or fresh from the seed, optionally keeping the
        overlapping blocks of ``keep_from`` (a weight list)."""
        model = spec.build(seed=self.panel.training_params()["seed"], optimizer=self._make_optimizer())
        if weights is not None:
            model.set_weights([np.asarray(w) for w in weights])
        elif keep_from is not None:
            new = model.get_weights()
            copy_overlap(keep_from, new)
            model.set_weights(new)
        return model

    def _current_weights(self) -> list[np.ndarray]:
        with self.worker.model_access() as model:
            return [np.array(w, copy=True) for w in model.get_weights()] if model is not None else []

    def _weights_to_keep(self) -> list[np.ndarray]:
        """The weights a rebuilt network starts from; none after a diverged run (NaN or infinite weights
        would make the new network fail at its first step too, so it starts from fresh ones)."""
        weights = self._current_weights()
        return weights if all(np.isfinite(w).all() for w in weights) else []

    def _load_dataset(self, key: str):
        """The dataset for ``key`` or None (after telling the user why / offering a download)."""
        try:
            if key in TOY_DATASETS:
                p = self.panel.toy_params()
                return load_dataset(key, n=p["n"], noise=p["noise"], seed=self.panel.training_params()["seed"],
                                    test_fraction=p["test_fraction"])
            if key in MNIST_KINDS:
                return self._load_mnist(key)
            if key.startswith("csv:"):
                from nnstudio.data.tabular import load_csv
                return load_csv(key[4:])
        except (OSError, ValueError) as exc:
            dialogs.show_error(self, self.tr("Cannot load the dataset"), str(exc))
            return None
        dialogs.show_error(self, self.tr("Cannot load the dataset"), self.tr("Unknown dataset {0}.").format(key))
        return None

    def _load_mnist(self, kind: str):
        from nnstudio.data import mnist

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return mnist.load_mnist(kind)
        except mnist.DataNotFoundError as exc:
            QApplication.restoreOverrideCursor()
            QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
            title = QCoreApplication.translate("MNIST_KINDS", MNIST_KINDS[kind])
            if dialogs.ask_download(self, title, str(exc)):
                self._start_download(kind, title)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _start_download(self, kind: str, title: str) -> None:
        from nnstudio.data import mnist

        self._download = dialogs.DownloadDialog(kind, title, mnist.download, self)
        self._download.succeeded.connect(lambda: self._on_dataset_chosen(kind))
        self._download.failed.connect(
            lambda msg: dialogs.show_error(self, self.tr("Download failed"), msg))
        self._download.start()

    def _start_fresh(self) -> None:
        """XOR (or the remembered toy set) with the lecture's 2-2-1 sigmoid network."""
        key = self._dataset_key
        dataset = self._load_dataset(key) or load_dataset("xor")
        key = key if dataset.name == key else "xor"
        spec = NetworkSpec.xor_default()
        spec = self._adapt_spec(spec, dataset)
        self._apply_state(spec, dataset, key, weights=None, history=None)
        self._set_dirty(False)

    def _adapt_spec(self, spec: NetworkSpec, dataset) -> NetworkSpec:
        problems = allowed_problems(dataset)
        problem = spec.problem if spec.problem in problems else dataset.problem
        if problem not in problems:
            problem = next(iter(problems))
        spec = replace(spec, input_dim=dataset.input_dim)
        if spec.problem != problem or spec.output.units != problems[problem]:
            spec = spec.with_problem(problem, problems[problem])
        return spec

    def _apply_state(self, spec, dataset, key, weights=None, history=None, keep_from=None) -> None:
        """Show ``dataset`` and train ``spec`` on it (fresh weights, given ones, or kept from a weight list)."""
        self.worker.pause()
        model = self._build_model(spec, weights=weights, keep_from=keep_from)
        self._loading += 1
        try:
            self._spec = spec
            self._dataset, self._dataset_key = dataset, key
            self.editor.set_io(dataset.input_dim, allowed_problems(dataset))
            self.editor.set_spec(spec)
            self.panel.set_dataset_key(key, self._dataset_title(key))
            self.panel.show_dataset(dataset, toy=key in TOY_DATASETS)
            self.boundary_plot.set_dataset(dataset)
            self.loss_plot.set_classification(spec.problem != "regression")
            self._show_boundary_dock_for(dataset)
            self._refresh_my_digits(resend=False)    # the data is sent below
        finally:
            self._loading -= 1
        for view in (self.loss_plot, self.gradient_plot, self.histogram_plot):
            view.reset()
        self.worker.set_batch_size(self.panel.training_params()["batch_size"])
        self.worker.set_model(model, reset_progress=True)
        self._send_data()
        if history is not None:
            self.worker.set_history(history)

    def _show_boundary_dock_for(self, dataset) -> None:
        """The decision boundary exists only for 2-D data (1-D regression shows its prediction curve there):
        otherwise its dock is hidden, and the loss plot gets the room; it comes back with such data unless the
        user closed it."""
        planar = dataset.extent is not None or shows_fit(dataset)
        self.boundary_dock.setWindowTitle(self.tr("Prediction") if shows_fit(dataset)
                                          else self.tr("Decision boundary"))
        self.boundary_dock.setEnabled(planar)
        if not planar and self.boundary_dock.isVisible():
            self._boundary_auto_hidden = True
            self.boundary_dock.hide()
        elif planar and self._boundary_auto_hidden:
            self._boundary_auto_hidden = False
            self.boundary_dock.show()

    def _dataset_title(self, key: str) -> str:
        if key in TOY_DATASETS:
            return QCoreApplication.translate("Datasets", TOY_DATASETS[key][0])
        if key in MNIST_KINDS:
            return QCoreApplication.translate("MNIST_KINDS", MNIST_KINDS[key])
        return self.tr("CSV: {0}").format(Path(key[4:]).name)

    def _send_data(self) -> None:
        ds = self._training_dataset()
        y_train, y_test = targets_for(ds, self._spec.problem)
        validation = (ds.x_test, y_test) if ds.n_test else None
        self.worker.set_data(ds.x_train, y_train, validation, ds.extent)
        self._update_epoch_bar()

    def _update_epoch_bar(self) -> None:
        """The epoch progress bar only where an epoch has several batches: with one (XOR's 4 points) it
        would always read empty, since each step completes an epoch."""
        ds = self._dataset
        batch = self.panel.training_params()["batch_size"]
        self.epoch_bar.setVisible(ds is not None and ds.n_train > batch)

    # ================================================================== my digits (drawn in the pad)
    def _refresh_my_digits(self, resend: bool = True) -> None:
        """Count the digits saved in the pad (cheap: no image is read) and show the count in the panel; with
        ``resend``, hand the worker the new training set if the digits it trains on changed."""
        from nnstudio.data import digits

        try:
            count = sum(digits.count_my_digits().values())
        except OSError:
            count = 0
        before = self.panel.include_my_digits(), self._my_digits_count
        self._my_digits_count = count
        self.panel.set_my_digits_count(count, available=self._dataset_key == "mnist")
        if resend and self._dataset is not None and before[0] and (
                not self.panel.include_my_digits() or before[1] != count):
            self._send_data()          # digits were added or deleted in the pad while they were trained on

    def _training_dataset(self):
        """The dataset the worker trains on: the chosen one, plus the user's own digits when asked (MNIST)."""
        ds = self._dataset
        if not (self._dataset_key == "mnist" and self.panel.include_my_digits()):
            return ds
        from nnstudio.data import digits

        try:
            x, y = digits.load_my_digits()
        except (OSError, ValueError) as exc:       # MyDigitsError names the file and what to do
            self.statusBar().showMessage(self.tr("My digits not included: {0}").format(exc), 10000)
            return ds
        if not len(y):
            return ds
        if int(y.max()) >= ds.n_classes:
            self.statusBar().showMessage(self.tr("My digits not included: label {0} is not a class of {1}.")
                                         .format(int(y.max()), ds.name), 10000)
            return ds
        self.statusBar().showMessage(self.tr("Training on {0} MNIST digits and {1} of your own.").format(
            ds.n_train, len(y)), 6000)
        return replace(ds, x_train=np.concatenate([ds.x_train, x.astype(ds.x_train.dtype, copy=False)]),
                       y_train=np.concatenate([ds.y_train, y.astype(ds.y_train.dtype, copy=False)]))

    @Slot(bool)
    def _on_my_digits_toggled(self, _checked: bool) -> None:
        if self._dataset is not None:
            self._send_data()
            self._set_dirty()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # back from the drawing pad: the user may have saved digits there
        if event.type() == QEvent.Type.ActivationChange and hasattr(self, "worker") and not self._closing:
            self._refresh_my_digits()

    # ================================================================== user actions: training
    @Slot()
    def toggle_run(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
        else:
            self.worker.resume()
            self._set_dirty()
        self._update_run_action(self.worker.is_running)

    @Slot()
    def step_once(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
        self.worker.step(1)
        self._set_dirty()

    @Slot()
    def reset_weights(self) -> None:
        self.worker.pause()
        model = self._build_model(self._spec)
        for view in (self.loss_plot, self.gradient_plot, self.histogram_plot):
            view.reset()
        self.worker.set_model(model, reset_progress=True)
        self.statusBar().showMessage(self.tr("New initial weights from seed {0}.").format(
            self.panel.training_params()["seed"]), 4000)
        self._set_dirty()

    def _on_speed_changed(self, *_) -> None:
        if hasattr(self, "worker"):      # the combo fills up before the worker exists
            self.worker.set_max_steps_per_second(int(self.speed_combo.currentData()) or None)

    def _on_lr_changed(self, lr: float) -> None:
        self.worker.set_lr(lr)
        self._set_dirty()

    def _on_batch_size_changed(self, batch_size: int) -> None:
        self.worker.set_batch_size(batch_size)
        self._update_epoch_bar()
        self._set_dirty()

    def _on_optimizer_changed(self, name: str) -> None:
        # a new optimizer starts with empty state; the weights stay
        model = self._build_model(self._spec, weights=self._weights_to_keep() or None)
        self.worker.set_model(model)
        self._set_dirty()

    # ================================================================== worker signals
    @Slot(object)
    def _on_snapshot(self, snapshot) -> None:
        self._latest = snapshot
        self._show_progress(snapshot)       # a few labels: always current
        self._schedule_draw()

    def _schedule_draw(self) -> None:
        if self._draw_scheduled or self._closing:
            return
        self._draw_scheduled = True
        delay = max(0.0, self._next_draw_at - time.perf_counter())
        QTimer.singleShot(int(1000 * delay), self._draw_next_view)

    def _stale_views(self) -> list:
        """Visible views not showing the newest snapshot, round-robin after the one drawn last."""
        n = len(self.views)
        order = [self.views[(self._last_drawn + 1 + i) % n] for i in range(n)]
        return [v for v in order if v.isVisible() and self._drawn_in.get(v) is not self._latest]

    def _draw_next_view(self) -> None:
        """Draw the newest snapshot in one view per event-loop turn.

        One view at a time keeps every GUI event short (a 784-input editor or a histogram of 200,000 weights
        takes tens of ms); the pause after each draw keeps the GUI thread's share of the GIL small, so that
        the worker's NumPy calls are not kept waiting (see _draw_finished).
        """
        self._draw_scheduled = False
        stale = self._stale_views() if self._latest is not None and not self._closing else []
        if not stale:
            return
        view = stale[0]
        self._last_drawn = self.views.index(view)
        self._draw_started = time.perf_counter()
        self.worker.gui_drawing(True)
        try:
            view.show_snapshot(self._latest)
        finally:  # a view that fails must not leave the worker waiting for the GUI
            self._drawn_in[view] = self._latest
            # posted after the view's repaint request, so it runs once the view is painted
            QTimer.singleShot(0, self._draw_finished)

    def _draw_finished(self) -> None:
        self.worker.gui_drawing(False)
        cost = time.perf_counter() - self._draw_started
        # duty cycle: with tiny GIL-bound steps (XOR) the worker steps aside while we draw, so the GUI may take
        # half the time; with big batches (MNIST) training speed matters and the GUI keeps to ~12 %
        duty = GUI_DUTY_SMALL_STEPS if self.worker.steps_are_tiny else GUI_DUTY_BIG_STEPS
        # (capped: one slow draw, e.g. the first after a structural edit, must not leave the views stale for seconds)
        self._next_draw_at = time.perf_counter() + min(cost * (1.0 - duty) / duty, MAX_DRAW_PAUSE)
        if self._stale_views():
            self._schedule_draw()

    def _catch_up(self, visible: bool) -> None:
        """A dock became visible: it gets the newest snapshot with the next drawing turn."""
        if visible:
            self._schedule_draw()

    def _show_progress(self, s) -> None:
        loc = QLocale()
        if s is None:
            self.epoch_label.setText(self.tr("Epoch 0"))
            self.step_label.setText(self.tr("Step 0"))
            self.rate_label.setText(self.tr("– samples/s"))
            self.loss_label.setText(self.tr("Loss –"))
            self.accuracy_label.setText("")
            self.epoch_bar.setValue(0)
            return
        self.epoch_label.setText(self.tr("Epoch {0}").format(loc.toString(s.epoch)))
        self.step_label.setText(self.tr("Step {0}").format(loc.toString(s.step)))
        self.rate_label.setText(self.tr("{0} samples/s").format(loc.toString(float(s.samples_per_second), "f", 0)))
        if s.hand_set_score is not None:   # weights typed or loaded by hand: their own score, not the last batch's
            loss, acc = s.hand_set_score
            self.loss_label.setText(self.tr("Loss {0}").format(f"{loss:.4g}"))
            self.accuracy_label.setText("" if acc is None else self.tr("Accuracy {0} % (these weights)").format(
                f"{100 * acc:.1f}"))
            self.epoch_bar.setValue(int(100 * s.epoch_progress))
            return
        self.loss_label.setText(self.tr("Loss {0}").format("–" if s.loss is None else f"{s.loss:.4g}"))
        acc = s.epoch_accuracy[-1] if len(s.epoch_accuracy) else float("nan")
        val = s.val_accuracy[-1] if len(s.val_accuracy) else float("nan")
        if np.isfinite(acc) and np.isfinite(val):
            text = self.tr("Accuracy {0} % (test {1} %)").format(f"{100 * acc:.1f}", f"{100 * val:.1f}")
        elif np.isfinite(acc):
            text = self.tr("Accuracy {0} %").format(f"{100 * acc:.1f}")
        else:
            text = ""
        self.accuracy_label.setText(text)
        value = int(100 * s.epoch_progress)
        if value != self.epoch_bar.value():      # a repaint of the bar costs about a millisecond
            self.epoch_bar.setValue(value)

    @Slot()
    def _on_started(self) -> None:
        self._update_run_action(True)

    @Slot()
    def _on_paused(self) -> None:
        self._update_run_action(self.worker.is_running)

    @Slot(str)
    def _on_errored(self, message: str) -> None:
        self._update_run_action(False)
        self.statusBar().showMessage(message)
        if not self._closing:
            dialogs.show_error(self, self.tr("Training stopped"), message)

    def _update_run_action(self, running: bool) -> None:
        self.run_action.setText(self.tr("Pause") if running else self.tr("Run"))

    # ================================================================== editor signals
    def _pause_for_edit(self) -> None:
        if self.worker.is_running:
            self.worker.pause()
            self.statusBar().showMessage(self.tr("Training paused for your edit; press Space to continue."), 5000)

    @Slot(object)
    def _on_spec_changed(self, spec) -> None:
        if self._loading or spec == self._spec:
            return
        self._pause_for_edit()
        old_problem = self._spec.problem
        try:
            model = self._build_model(spec, keep_from=self._weights_to_keep())
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            dialogs.show_error(self, self.tr("Impossible network"), str(exc))
            return
        self._spec = spec
        self.worker.set_model(model)
        if spec.problem != old_problem:
            self.loss_plot.set_classification(spec.problem != "regression")
            self._send_data()
        self._set_dirty()

    @Slot(int, str, int, int, float)
    def _on_weight_edited(self, layer: int, which: str, row: int, col: int, value: float) -> None:
        self._pause_for_edit()
        with self.worker.model_access() as model:
            dense = model.dense_layers[layer]
            if which == "W":
                dense.W[row, col] = value
            else:
                dense.b[row] = value          # the editor addresses bias j as (row j, col 0)
        self.worker.weights_changed()
        self._set_dirty()

    @Slot(object)
    def _on_weights_replaced(self, weights) -> None:
        self._pause_for_edit()
        with self.worker.model_access() as model:
            model.set_weights([np.asarray(w) for w in weights])
        self.worker.weights_changed()
        self._set_dirty()

    # ================================================================== own data points
    @Slot(float, float, int)
    def _on_point_added(self, x: float, y: float, cls: int) -> None:
        ds = self._dataset
        if ds is None or ds.input_dim != 2 or ds.problem not in ("binary", "multiclass"):
            return
        point = np.array([[x, y]], dtype=np.float32)
        label = (np.array([[float(cls)]], dtype=np.float32) if ds.problem == "binary"
                 else np.array([int(cls)], dtype=np.int64))
        after = replace(ds, x_train=np.concatenate([ds.x_train, point]), y_train=np.concatenate([ds.y_train, label]))
        self.editor.undo_stack.push(_DatasetEdit(self, ds, after, self.tr("add a point")))

    @Slot(int)
    def _on_point_removed(self, index: int) -> None:
        ds = self._dataset
        if ds is None or not 0 <= index < ds.n_train or ds.n_train <= 1:
            return
        keep = np.arange(ds.n_train) != index
        after = replace(ds, x_train=ds.x_train[keep], y_train=ds.y_train[keep])
        self.editor.undo_stack.push(_DatasetEdit(self, ds, after, self.tr("remove a point")))

    def _apply_dataset_edit(self, dataset) -> None:
        self._dataset = dataset
        self.boundary_plot.set_dataset(dataset)
        self.panel.show_dataset(dataset, toy=self._dataset_key in TOY_DATASETS)
        self._send_data()
        self._set_dirty()

    # ================================================================== dataset choice
    @Slot(str)
    def _on_dataset_chosen(self, key: str) -> None:
        dataset = self._load_dataset(key)
        if dataset is None:
            self.panel.set_dataset_key(self._dataset_key)   # stay on the current data
            return
        self._use_dataset(dataset, key)

    def _use_dataset(self, dataset, key: str) -> None:
        current, before = self.panel.training_params(), suggested_training(self._dataset_key)
        if current["optimizer"] == before["optimizer"] and math.isclose(current["lr"], before["lr"]) \
                and current["batch_size"] == before["batch_size"]:
            # the settings are still the ones suggested for the old data (not the user's own): follow the data
            self.panel.set_training_params(**suggested_training(key))
        spec = self._adapt_spec(self._spec, dataset)
        self._apply_state(spec, dataset, key, keep_from=self._weights_to_keep())
        self.editor.undo_stack.clear()   # earlier edits refer to the old data's network
        self._set_dirty()

    @Slot()
    def import_csv(self) -> None:
        start = read_value(self._settings, "paths/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a CSV file"), start,
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self._settings.setValue("paths/last_dir", str(Path(path).parent))
            self.import_csv_file(path)

    def import_csv_file(self, path: str | Path) -> bool:
        """Load ``path`` as a dataset; errors (e.g. a bad row) are shown in a dialog and change nothing."""
        from nnstudio.data.tabular import load_csv

        try:
            dataset = load_csv(path)
        except (OSError, ValueError) as exc:
            dialogs.show_error(self, self.tr("Cannot import {0}").format(Path(path).name), str(exc))
            return False
        self._use_dataset(dataset, f"csv:{Path(path).resolve()}")
        return True

    # ================================================================== projects
    def _set_dirty(self, dirty: bool = True) -> None:
        self._dirty = dirty
        if dirty:
            self._autosave_pending = True
        self.setWindowModified(dirty)

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _update_title(self) -> None:
        if self._project_path is None:
            self.setWindowTitle(self.tr("NN Studio") + "[*]")
        else:
            self.setWindowTitle(self.tr("{0}[*] — NN Studio").format(self._project_path.name))
        self.setWindowModified(self._dirty)

    def current_project(self) -> Project:
        training = dict(self.panel.training_params(), speed=int(self.speed_combo.currentData()))
        choice = dict(self.panel.toy_params(), key=self._dataset_key, seed=training["seed"])
        keep_data = self._dataset_key not in MNIST_KINDS
        return Project(spec=self._spec, training=training, dataset_choice=choice,
                       dataset=self._dataset if keep_data else None, weights=self._current_weights(),
                       history=self.worker.history())

    def _confirm_discard(self, what: str) -> bool:
        """True if the current project may be replaced (saved first if the user wants)."""
        if not self._dirty:
            return True
        answer = dialogs.ask_save_changes(self, what)
        if answer == "save":
            return self.save()
        return answer == "discard"

    @Slot()
    def new_project(self) -> bool:
        if not self._confirm_discard(self.tr("start a new project")):
            return False
        self.worker.pause()
        self._dataset_key = "xor"
        self.panel.set_training_params(**DEFAULT_TRAINING)
        self._start_fresh()
        self.editor.undo_stack.clear()
        self._project_path = None
        self._set_dirty(False)
        self._update_title()
        return True

    @Slot()
    def open_project_dialog(self) -> bool:
        if not self._confirm_discard(self.tr("open another project")):
            return False
        start = read_value(self._settings, "paths/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start,
                                              self.tr("NN Studio projects (*{0});;All files (*)").format(SUFFIX))
        return bool(path) and self.open_project(path, confirm=False)

    def open_project(self, path: str | Path, confirm: bool = True) -> bool:
        """Load the project at ``path``; a bad file is reported in a dialog and nothing changes."""
        if confirm and not self._confirm_discard(self.tr("open another project")):
            return False
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            dialogs.show_error(self, self.tr("Cannot open the project"), str(exc))
            return False
        if not self._apply_project(project):
            return False
        self._project_path = Path(path).resolve()
        self._settings.setValue("paths/last_dir", str(self._project_path.parent))
        add_recent_file(self._settings, self._project_path)
        self._set_dirty(False)
        self._update_title()
        self.statusBar().showMessage(self.tr("Opened {0}.").format(self._project_path.name), 4000)
        return True

    def _apply_project(self, project: Project) -> bool:
        choice = project.dataset_choice
        key = str(choice.get("key", "xor"))
        dataset = project.dataset
        if dataset is None:
            if key in TOY_DATASETS:
                self.panel.set_toy_params(n=choice.get("n"), noise=choice.get("noise"),
                                          test_fraction=choice.get("test_fraction"))
            dataset = self._load_dataset(key)
            if dataset is None:
                return False
        if dataset.input_dim != project.spec.input_dim:
            dialogs.show_error(self, self.tr("Cannot open the project"),
                               self.tr("The project's network takes {0} inputs but its dataset has {1} "
                                       "features.").format(project.spec.input_dim, dataset.input_dim))
            return False
        self.worker.pause()
        t = project.training
        self.panel.set_training_params(optimizer=t.get("optimizer"), lr=t.get("lr"),
                                       batch_size=t.get("batch_size"), seed=t.get("seed"))
        if key in TOY_DATASETS:
            self.panel.set_toy_params(n=choice.get("n"), noise=choice.get("noise"),
                                      test_fraction=choice.get("test_fraction"))
        speed = self.speed_combo.findData(t.get("speed"))
        if speed >= 0:
            self.speed_combo.setCurrentIndex(speed)
        self._apply_state(project.spec, dataset, key, weights=project.weights, history=project.history)
        self.editor.undo_stack.clear()
        return True

    @Slot()
    def save(self) -> bool:
        if self._project_path is None:
            return self.save_as()
        return self.save_to(self._project_path)

    @Slot()
    def save_as(self) -> bool:
        start = str(self._project_path or Path(read_value(self._settings, "paths/last_dir", str(Path.home())))
                    / (self.tr("untitled") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), start,
                                              self.tr("NN Studio projects (*{0})").format(SUFFIX))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            save_project(path, self.current_project())
        except (OSError, ValueError) as exc:
            dialogs.show_error(self, self.tr("Cannot save the project"), str(exc))
            return False
        self._project_path = path.resolve()
        self._settings.setValue("paths/last_dir", str(self._project_path.parent))
        add_recent_file(self._settings, self._project_path)
        self.editor.undo_stack.setClean()
        self._set_dirty(False)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {0}.").format(self._project_path.name), 4000)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self._settings)
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no recent projects)"))
            empty.setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    # -- autosave
    @staticmethod
    def autosave_path() -> Path:
        return user_data_dir() / AUTOSAVE_NAME

    @Slot()
    def autosave_now(self) -> bool:
        """Save a recovery copy if anything changed since the last one (runs every AUTOSAVE_MS)."""
        if not self._autosave_pending:
            return False
        path = self.autosave_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_project(path, self.current_project())
        except (OSError, ValueError) as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(exc), 8000)
            return False
        self._settings.setValue("autosave/project_path", str(self._project_path or ""))
        self._autosave_pending = False
        return True

    def _offer_autosave(self) -> None:
        path = self.autosave_path()
        if not path.is_file():
            return
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime)),
                                  QLocale.FormatType.ShortFormat)
        if not dialogs.ask_restore_autosave(self, when):
            path.unlink(missing_ok=True)
            return
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            dialogs.show_error(self, self.tr("Cannot restore the autosaved project"), str(exc))
            return
        if self._apply_project(project):
            original = read_value(self._settings, "autosave/project_path", "")
            self._project_path = Path(original) if original else None
            self._set_dirty(True)
            self._update_title()
            self.statusBar().showMessage(self.tr("Restored the autosaved project."), 6000)

    # ================================================================== tools
    @Slot()
    def open_pad(self) -> None:
        from nnstudio.app.pad import DigitPadWindow

        if self._pad is None:
            self._pad = DigitPadWindow()
            self._pad.set_studio_model_provider(self.model_for_tools)
        self._pad.show()
        self._pad.raise_()
        self._pad.activateWindow()

    def model_for_tools(self):
        """A copy of the current model (weights as of now), safe to use in the GUI thread while training runs.

        The copy is kept and only its weights are refreshed while the network's structure stays the same.
        """
        weights = self._current_weights()
        if not weights:
            return None
        if self._tool_model is None or self._tool_model[0] != self._spec:
            self._tool_model = (self._spec, self._build_model(self._spec, weights=weights))
        else:
            self._tool_model[1].set_weights(weights)
        return self._tool_model[1]

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from nnstudio import __version__
        QMessageBox.about(self, self.tr("About NN Studio"),
                          self.tr("NN Studio {0}: design a neural network, press Run and watch it learn.").format(
                              __version__))

    # ================================================================== closing
    def shutdown_worker(self, timeout_ms: int = 1000) -> bool:
        """Stop training and join the worker thread; True if it ended within ``timeout_ms``."""
        self.worker.stop()
        self._thread.quit()
        return self._thread.wait(timeout_ms)

    def closeEvent(self, event) -> None:
        if not self._confirm_discard(self.tr("quit")):
            event.ignore()
            return
        self._closing = True
        self._autosave_timer.stop()
        t0 = time.perf_counter()
        joined = self.shutdown_worker(1000)
        self.last_join_seconds = time.perf_counter() - t0
        if not joined:
            # never leave a running thread behind a destroyed window: wait for it (reported in the status)
            self._thread.wait()
        self._save_choices()
        self.autosave_path().unlink(missing_ok=True)
        if self._pad is not None:
            self._pad.close()
        event.accept()
