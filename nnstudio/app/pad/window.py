"""The MNIST drawing pad: draw a digit, see what the network sees and what it answers."""
from __future__ import annotations

import json
import struct
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QScrollArea, QSlider, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from nnstudio.app.colors import warning_color
from nnstudio.app.drops import FileDrops
from nnstudio.app.pad.canvas import DrawingCanvas
from nnstudio.app.pad.gallery import MistakesGallery
from nnstudio.app.pad.saved import SavedDrawingsList
from nnstudio.app.pad.views import ImagePreview, ProbabilityBars, grouped, percent
from nnstudio.app.texts import translated
from nnstudio.data import digits
from nnstudio.data.mnist import FASHION_CLASSES
from nnstudio.data.paths import resources_dir
from nnstudio.i18n import Translatable

DIGIT_NAMES = tuple(str(i) for i in range(10))
SHIPPED = {"mnist": "mnist_mlp.npz", "fashion": "fashion_mlp.npz"}
LIVE_INTERVAL_MS = 50          # while drawing, at most 20 predictions per second
STUDIO_REFRESH_MS = 500        # the studio's model keeps training: re-ask it at most this often
# MNIST digits fill ~70 % of the field's height; ink spanning less than this share of the canvas is a dot
MIN_INK_FRACTION = 0.15
TITLE_BAR_PX = 40              # a window's title bar and frame, until the window system tells them


def shipped_model_path(kind: str = "mnist") -> Path:
    return resources_dir() / "models" / SHIPPED[kind]


def read_model_card(model_path: Path) -> dict | None:
    """The JSON card written next to a model file by our training script, if there is one."""
    card = Path(model_path).with_suffix(".json")
    try:
        return json.loads(card.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class _FixedMinimumLayout(QVBoxLayout):
    """A column whose height does not follow its width: with one that did (its labels wrap), the scroll area
    would stretch the pad's contents to their preferred height and scroll where their smallest height fits."""

    def hasHeightForWidth(self) -> bool:
        return False


class ShortScreenScroll(QScrollArea):
    """The pad's contents, scrolled only on a screen too short for them (a 1024×600 netbook, in Korean): there
    the pad's smallest height is the screen's, the canvas and the answer show and the tabs below are scrolled
    to. On a taller screen its smallest size is that of its contents, and it never scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # the keys go to the pad's own controls (it scrolls to them)

    def event(self, event) -> bool:
        # moved to another screen (a laptop's own under a big monitor): the smallest height follows that screen's,
        # and a window taller than the new screen is made as high as it, to be resized and scrolled there
        if event.type() == QEvent.Type.ScreenChangeInternal:
            self.updateGeometry()
            QTimer.singleShot(0, self, self._fit_the_screen)
        return super().event(event)

    def _fit_the_screen(self) -> None:
        window, room = self.window(), self.room()
        if (room is None or not window.isVisible() or window.height() <= room
                or window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen)):
            return
        window.resize(window.width(), max(room, window.minimumSizeHint().height()))

    def room(self) -> int | None:
        """The height the screen leaves for the window's contents (its available height less the title bar)."""
        window = self.window()
        screen = window.screen()
        if screen is None or screen.availableGeometry().height() <= 0:
            return None
        frame = window.frameGeometry().height() - window.geometry().height() if window.isVisible() else 0
        return screen.availableGeometry().height() - (frame if frame > 0 else TITLE_BAR_PX)

    def minimumSizeHint(self) -> QSize:
        contents = self.widget().minimumSizeHint() if self.widget() is not None else super().minimumSizeHint()
        room = self.room()
        if room is None or contents.height() <= room:
            return contents
        return QSize(contents.width() + self.verticalScrollBar().sizeHint().width(), room)

    def sizeHint(self) -> QSize:
        contents = self.widget().sizeHint() if self.widget() is not None else super().sizeHint()
        return contents.expandedTo(self.minimumSizeHint())


class DigitPadWindow(QWidget):
    """Draw a digit and watch the network's answer. Usable as a window or inside a dock widget.

    The model comes from the shipped file (works with no dataset on disk), the studio (through
    `set_studio_model_provider`), or a model file. Only models mapping 784 inputs to 10 outputs are accepted.
    """

    predictionUpdated = Signal(object)   # the probabilities shown (k,), or None when nothing is predicted
    modelChanged = Signal()              # a different model (or none) is in use

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drawing pad"))
        self._opened = False                # shown once (and sized for the screen then)
        self._studio_provider: Callable[[], object] | None = None
        self._studio_data: Callable[[], str] | None = None
        self._studio_classes_used = None    # _studio_classes() when the model was last chosen
        self._file_model = None
        self._file_path: Path | None = None
        self._shipped: dict[str, object] = {}
        self._model = None                  # the model in use, or None
        self._model_problem = ""            # why there is no usable model
        self._kind = "mnist"                # "mnist" or "fashion": class names, preprocessing, test set
        self._stages = None
        self._test_sets: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._big_enough = False            # the drawing is large enough to be saved as a test image
        self._save_tip = ""                 # Save drawing's own tooltip (for the classes shown)

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_INTERVAL_MS)
        self._live_timer.timeout.connect(self.update_prediction)

        # With the studio's model the answer changes as the network trains: the studio's snapshots refresh it,
        # at most twice a second
        self._studio_refreshed = 0.0

        self._build_ui()
        self._build_actions()
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.source_combo.activated.connect(self._source_picked)
        self.classes_combo.currentIndexChanged.connect(self._classes_changed)
        self._classes_changed()
        self._source_changed()
        self._drops = FileDrops(self, {"model": self.load_model_file, "project": self.load_model_file,
                                       "image": self.load_image_file})

    # ================================================================== UI
    def _build_ui(self) -> None:
        # --- model row
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("Shipped MNIST model"), "shipped:mnist")
        if shipped_model_path("fashion").exists():
            self.source_combo.addItem(self.tr("Shipped Fashion-MNIST model"), "shipped:fashion")
        self.source_combo.addItem(self.tr("The studio's current model"), "studio")
        self.source_combo.addItem(self.tr("A model file…"), "file")
        self.source_combo.setToolTip(self.tr("Which network answers: the one shipped with NN Studio, the one you "
                                             "are training in the studio, or a saved model file"))
        self.open_button = QPushButton(self.tr("Open model…"))
        self.open_button.setToolTip(self.tr("Load a model file saved by NN Studio (.npz), or the network of a "
                                            "project saved in the studio (.nnsproj)"))
        self.open_button.clicked.connect(self.choose_model_file)
        self.classes_combo = QComboBox()
        self.classes_combo.addItem(self.tr("Digits 0–9 (MNIST)"), "mnist")
        self.classes_combo.addItem(self.tr("Clothing (Fashion-MNIST)"), "fashion")
        self.classes_combo.setToolTip(self.tr("What the 10 outputs mean; also picks the preprocessing and the "
                                              "test set for the mistakes gallery. Fixed while a shipped model, "
                                              "or the studio's network trained on MNIST or Fashion-MNIST, is in "
                                              "use: it was trained on one of them."))
        self.model_status = QLabel()
        self.model_status.setWordWrap(True)
        self.model_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        model_row = QHBoxLayout()
        model_row.addWidget(QLabel(self.tr("Model:")))
        model_row.addWidget(self.source_combo)
        model_row.addWidget(self.open_button)
        model_row.addSpacing(12)
        model_row.addWidget(QLabel(self.tr("Classes:")))
        model_row.addWidget(self.classes_combo)
        model_row.addStretch(1)

        # --- canvas and its tools
        self.canvas = DrawingCanvas()
        self.canvas.inkChanged.connect(self._ink_changed)
        self.canvas.strokeFinished.connect(self._stroke_finished)
        self.canvas.canvasReset.connect(self._stroke_finished)
        self.width_slider = QSlider(Qt.Orientation.Horizontal)
        self.width_slider.setRange(4, 60)
        self.width_slider.setValue(int(self.canvas.pen_width()))
        self.width_slider.setMinimumWidth(100)     # (at the pad's smallest size it was squeezed to a 25-px stub)
        self.width_slider.setToolTip(self.tr("Pen width in canvas pixels (the canvas is 280 pixels wide). MNIST "
                                             "strokes are about a tenth of the digit's height."))
        self.width_label = QLabel()
        self.width_slider.valueChanged.connect(self._width_changed)
        self._width_changed(self.width_slider.value())
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.undo_button.setToolTip(self.tr("Remove the last stroke, or bring back what Clear wiped (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Wipe the canvas (Delete, Backspace or Esc)"))
        self.clear_button.clicked.connect(self.canvas.clear)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Pen:")))
        tools.addWidget(self.width_slider, 1)
        tools.addWidget(self.width_label)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addLayout(tools)

        # --- prediction
        self.result_label = QLabel()
        font = QFont(self.result_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.result_label.setFont(font)
        self.result_label.setToolTip(self.tr("The class with the highest probability and that probability"))
        self.bars = ProbabilityBars()
        self.bars.setToolTip(self.tr("The network's probability for each class (softmax output)"))
        self.stage_views = {}
        self.stage_captions = {}
        stages = QGridLayout()
        captions = (("canvas", self.tr("Your drawing")), ("cropped", self.tr("Cropped to the ink")),
                    ("scaled", ""), ("centred", ""))
        tips = {"canvas": self.tr("The 280×280 canvas"),
                "cropped": self.tr("Cut to the bounding box of the ink"),
                "scaled": self.tr("Scaled down keeping the aspect ratio; each new pixel is the average of the "
                                  "canvas pixels it covers"),
                "centred": ""}
        for col, (key, caption) in enumerate(captions):
            view = ImagePreview(minimum=72 if key != "centred" else 126, grid=key == "centred")
            view.setToolTip(tips[key])
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            # room for two lines: at the pad's smallest size the captions wrap, which a layout's minimum size does
            # not count (the big image above would cover the first line)
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing())
            stages.addWidget(view, 0, col)
            stages.addWidget(label, 1, col)
            self.stage_captions[key] = label
            stages.setColumnStretch(col, 2 if key == "centred" else 1)
            self.stage_views[key] = view
        right = QVBoxLayout()
        right.addWidget(self.result_label)
        right.addWidget(self.bars, 2)
        right.addLayout(stages, 2)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(left, 1)
        top_layout.addLayout(right, 1)

        # --- learn from mistakes
        self.gallery = MistakesGallery()
        self.gallery.digitChosen.connect(self.load_digit)
        self.my_digits = self._build_my_digits()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.gallery, self.tr("Mistakes on the test set"))
        self.tabs.addTab(self.my_digits, self.tr("My digits"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        contents = QWidget()
        layout = _FixedMinimumLayout(contents)
        layout.addLayout(model_row)
        layout.addWidget(self.model_status)
        layout.addWidget(splitter, 1)
        self.scroll = ShortScreenScroll()
        self.scroll.setWidget(contents)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def _build_my_digits(self) -> QWidget:
        box = QGroupBox(self.tr("Your own test set: label what you drew and keep it"))
        self.label_combo = QComboBox()
        # no class until the learner says one: a "7" saved under a label that was merely there (0) spoils the test set
        self.label_combo.setPlaceholderText(self.tr("choose…"))
        self.label_combo.setToolTip(self.tr("The class the drawing really shows: pick it here, or type its number "
                                            "(0–9) anywhere in the pad"))
        self.label_combo.currentIndexChanged.connect(self._update_save)
        self.save_button = QPushButton(self.tr("Save drawing with this label"))
        self.save_button.clicked.connect(self.save_current_digit)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setToolTip(self.tr("Show the folder with your saved images (one subfolder per "
                                                   "label)"))
        self.open_folder_button.clicked.connect(self._open_my_digits_folder)
        self.my_digits_status = QLabel()
        self.my_digits_status.setWordWrap(True)
        self.my_digits_list = SavedDrawingsList()
        self.my_digits_list.deleteRequested.connect(self.delete_my_digits)
        self.my_digits_list.drawingChosen.connect(self.load_digit)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("It is a:")))
        row.addWidget(self.label_combo)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.open_folder_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.my_digits_status)
        layout.addWidget(self.my_digits_list, 1)
        return box

    def _build_actions(self) -> None:
        self.clear_action = QAction(self.tr("Clear"), self)
        self.clear_action.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace),
                                        QKeySequence(Qt.Key.Key_Escape)])
        self.clear_action.setToolTip(self.clear_button.toolTip())
        self.clear_action.triggered.connect(self.canvas.clear)
        self.undo_action = QAction(self.tr("Undo stroke"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(self.undo_button.toolTip())
        self.undo_action.triggered.connect(self.canvas.undo)
        self.save_action = QAction(self.tr("Save drawing with this label"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save_current_digit)
        self.close_action = QAction(self.tr("Close the pad"), self)
        self.close_action.setToolTip(self.tr("Close the drawing pad's window (Ctrl+W)"))
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")])
        self.close_action.triggered.connect(self.close)
        for action in (self.clear_action, self.undo_action, self.save_action, self.close_action):
            # Works when the pad is docked inside the main window, too.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # ================================================================== public API
    def set_studio_model_provider(self, provider: Callable[[], object] | None, updates=None,
                                  data: Callable[[], str] | None = None) -> None:
        """`provider()` returns the studio's current model (or None); asked each time the pad predicts.
        ``updates``: a signal emitted when the studio's model changed (its snapshots), which refreshes the
        answer while the studio's model is in use. ``data()``: the key of the studio's data set; while the
        studio's model is in use, "mnist" or "fashion" picks the classes."""
        self._studio_provider = provider
        self._studio_data = data
        if updates is not None:
            updates.connect(self._studio_changed)
        if self.source() == "studio":
            self._source_changed()

    def source(self) -> str:
        """"shipped:mnist", "shipped:fashion", "studio" or "file"."""
        return self.source_combo.currentData()

    def set_source(self, source: str) -> None:
        index = self.source_combo.findData(source)
        if index < 0:
            raise ValueError(f"unknown model source {source!r}")
        self.source_combo.setCurrentIndex(index)

    def model(self):
        """The model in use, or None (see `model_problem()`)."""
        return self._model

    def model_problem(self) -> str:
        return self._model_problem

    def class_names(self) -> tuple[str, ...]:
        if self._kind == "fashion":
            return tuple(QCoreApplication.translate("FASHION_CLASSES", name) for name in FASHION_CLASSES)
        return DIGIT_NAMES

    def set_class_kind(self, kind: str) -> None:
        """"mnist" (digits) or "fashion" (clothing names, Fashion-MNIST preprocessing)."""
        self.classes_combo.setCurrentIndex(self.classes_combo.findData(kind))

    def take_over(self, old: "DigitPadWindow") -> None:
        """What the learner set up in ``old``, the pad before a change of language: the model file, the model and
        classes in use, the pen, the drawing, the label, the tab, and the window's place."""
        self._file_model, self._file_path = old._file_model, old._file_path
        self._shipped = old._shipped
        self._test_sets = old._test_sets
        self.set_class_kind(old._kind)
        self.set_source(old.source())        # (a shipped model sets its own classes)
        self._source_changed()
        self.width_slider.setValue(old.width_slider.value())
        self.canvas.take_over(old.canvas)
        self.label_combo.setCurrentIndex(old.label_combo.currentIndex())
        self.tabs.setCurrentIndex(old.tabs.currentIndex())
        self.setGeometry(old.geometry())

    def current_input(self) -> np.ndarray | None:
        """The 28x28 image the network receives for the current drawing, or None for a blank canvas."""
        return None if self._stages is None else self._stages.centred.copy()

    def load_digit(self, image: np.ndarray, label: int | None = None) -> None:
        """Put an image (e.g. a misclassified test digit) on the canvas; strokes can be added on top."""
        self.canvas.load_array(image)
        if label is not None and 0 <= label < self.label_combo.count():
            self.label_combo.setCurrentIndex(label)

    def load_image_file(self, path) -> bool:
        """Put a picture of a digit on the canvas (PNG or PGM, any size; dark ink on light paper is inverted), to
        see the answer and draw over it; a file that cannot be read is explained in a dialog. True on success."""
        path = Path(path)
        try:
            image = digits.bright_ink(digits.read_image(path))
        except (OSError, ValueError, struct.error, zlib.error) as exc:
            # (an image file's own errors name the file already)
            text = translated(exc) if isinstance(exc, Translatable) else \
                self.tr("{0} could not be read: {1}").format(path.name, translated(exc))
            self._error_dialog(self.tr("Cannot open the picture"), text)
            return False
        self.load_digit(image)
        return True

    def load_model_file(self, path) -> bool:
        """Use the model in `path`; errors and unsuitable models are explained in a dialog. True on success."""
        from nnstudio.engine import load_model
        from nnstudio.session.project import SUFFIX, project_network
        path = Path(path)
        kind = None
        try:
            if path.suffix.lower() == SUFFIX:        # a project saved in the studio: its network, as trained
                model, kind = project_network(path)
            else:
                model = load_model(path)
                card = read_model_card(path)
                kind = card.get("dataset") if card else None
        except (OSError, ValueError, KeyError) as exc:
            # (a model file's own errors name the file already)
            text = translated(exc) if isinstance(exc, Translatable) else \
                self.tr("{0} could not be read: {1}").format(path.name, translated(exc))
            self._error_dialog(self.tr("Cannot open the model"), text)
            return False
        reason = self.unsuitable_reason(model)
        if reason:
            self._error_dialog(self.tr("This model does not fit the pad"), reason)
            return False
        self._file_model, self._file_path = model, path
        if kind in ("mnist", "fashion"):
            self.set_class_kind(kind)
        if self.source() != "file":
            self.set_source("file")          # triggers _source_changed
        else:
            self._source_changed()
        return True

    def choose_model_file(self) -> None:
        start = str(self._file_path.parent if self._file_path else resources_dir() / "models")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a model"), start,
                                              self.tr("NN Studio models and projects (*.npz *.nnsproj);;"
                                                      "All files (*)"))
        if path:
            self.load_model_file(path)
        elif self.source() == "file" and self._file_model is None:
            self._source_changed()

    def unsuitable_reason(self, model) -> str:
        """Why `model` cannot be used by the pad ('' when it can): it must map 784 inputs to 10 outputs."""
        if model is None:
            return self.tr("There is no model.")
        n_in = getattr(model, "input_dim", None)
        n_out = getattr(model, "output_dim", None)
        if n_in != 784 or n_out != 10:
            return self.tr("This model has an input size of {0} and an output size of {1}, but the pad needs 784 "
                           "inputs (a 28×28 image) and 10 outputs (one per class). Train a network on MNIST or "
                           "Fashion-MNIST in the studio, or open such a model file.").format(n_in, n_out)
        return ""

    def probabilities(self, x: np.ndarray, model=None) -> np.ndarray:
        """The model's class probabilities for images x (n, 784). A last layer without softmax is turned into
        probabilities (softmax of linear outputs, normalized sigmoid outputs) so that the bars sum to 1."""
        model = self._model if model is None else model
        out = np.asarray(model.predict(np.asarray(x, dtype=np.float32)), dtype=np.float64)
        layers = getattr(model, "dense_layers", None) or []
        activation = getattr(layers[-1], "activation", "softmax") if layers else "softmax"
        activation = getattr(activation, "name", activation)
        if activation == "softmax":
            probs = out
        elif activation == "sigmoid":
            probs = out / np.maximum(out.sum(axis=1, keepdims=True), 1e-12)
        else:
            z = np.exp(out - out.max(axis=1, keepdims=True))
            probs = z / z.sum(axis=1, keepdims=True)
        return probs

    # ================================================================== model choice
    def _load_shipped(self, kind: str):
        if kind not in self._shipped:
            from nnstudio.engine import load_model
            self._shipped[kind] = load_model(shipped_model_path(kind))
        return self._shipped[kind]

    def _source_changed(self, *_):
        source = self.source()
        model, problem, description = None, "", ""
        if source.startswith("shipped:"):
            kind = source.split(":", 1)[1]
            try:
                model = self._load_shipped(kind)
            except (ImportError, OSError, ValueError) as exc:
                # the reason is a sentence of its own ("….npz: file not found (…)."): not in parentheses, where it
                # read ".)."; and what a learner can do here comes first, the developer's rebuild last
                problem = self.tr("The shipped model could not be loaded: {0}\nChoose the studio's current model "
                                  "or a model file above, or reinstall NN Studio to get it back (from a source "
                                  "checkout: python -m nnstudio.tools.train_pad_model --out {1}).").format(
                    translated(exc), shipped_model_path(kind))
            else:
                card = read_model_card(shipped_model_path(kind)) or {}
                acc = card.get("test_accuracy")
                description = (self.tr("Shipped model: {0}, {1} right on the {2} test images.")
                               .format(card.get("architecture", "MLP"), percent(acc, 2),
                                       grouped(card.get("test_images", 10000))) if acc is not None
                               else self.tr("Shipped model."))
                self.set_class_kind(kind)
        self._studio_classes_used = self._studio_classes()
        if source == "studio" and self._studio_classes_used is not None:
            self.set_class_kind(self._studio_classes_used)     # what the studio's network learnt to tell apart
        # a shipped model knows what its outputs mean: digits stay digits, clothing stays clothing
        self.classes_combo.setEnabled(not source.startswith("shipped:")
                                      and not (source == "studio" and self._studio_classes_used is not None))
        if source == "studio":
            model, problem = self._studio_model()
            if model is not None:
                description = self.tr("The studio's current model (it keeps changing while it trains).")
        elif source == "file":
            if self._file_model is None:
                problem = self.tr("No model file loaded yet: press “Open model…”.")
            else:
                model = self._file_model
                description = self.tr("Model file: {0}").format(self._file_path)
        self._set_model(model, problem, description)

    def _source_picked(self, index: int) -> None:
        # The user picked "A model file…" and none is loaded yet: ask for one right away.
        if self.source_combo.itemData(index) == "file" and self._file_model is None:
            self.choose_model_file()

    def _studio_classes(self) -> str | None:
        """"mnist" or "fashion" when the studio trains on one of them, else None."""
        key = self._studio_data() if self._studio_data is not None else None
        return key if key in ("mnist", "fashion") else None

    def _studio_model(self):
        if self._studio_provider is None:
            return None, self.tr("The pad is not connected to the studio; open it from the studio's menu.")
        model = self._studio_provider()
        if model is None:
            return None, self.tr("The studio has no model yet: build a network with 784 inputs and 10 outputs "
                                 "(load MNIST) and train it.")
        reason = self.unsuitable_reason(model)
        if reason:
            return None, self.tr("The studio's model is refused. {0}").format(reason)
        return model, ""

    def _studio_changed(self, *_) -> None:
        # (also with nothing drawn: the studio may have built a network the pad cannot use, which it says)
        now = time.monotonic()
        if self.source() == "studio" and self.isVisible() and now - self._studio_refreshed >= STUDIO_REFRESH_MS / 1000:
            self._studio_refreshed = now
            self.update_prediction()

    def _set_model(self, model, problem: str, description: str) -> None:
        self._model = model
        self._model_problem = problem
        self.model_status.setText(problem if model is None else description)
        self._colour_model_status()
        self.gallery.set_source(self._gallery_predict if model is not None else None, self._test_set,
                                self.class_names(), self._kind)
        self.modelChanged.emit()
        self.update_prediction()
        self._update_my_digits_summary()

    def _classes_changed(self, *_):
        self._kind = self.classes_combo.currentData()
        names = self.class_names()
        # the words follow the classes: a learner drawing a coat does not save a "digit"
        mnist = self._kind == "mnist"
        self.canvas.setToolTip(
            self.tr("Draw a digit with the left mouse button (white ink on black, like MNIST). Delete or Esc "
                    "clears, Ctrl+Z removes the last stroke.") if mnist else
            self.tr("Draw a piece of clothing with the left mouse button (white ink on black, like Fashion-MNIST). "
                    "Delete or Esc clears, Ctrl+Z removes the last stroke."))
        self.save_button.setToolTip(
            self.tr("Store the 28×28 image as a PNG file in your data folder; the studio can include these images "
                    "when it trains (Ctrl+S)") if mnist else
            self.tr("Store the 28×28 image as a PNG file in your data folder, one subfolder per class: your own "
                    "test set of clothing, scored by the model in use; the studio can include these images when it "
                    "trains on Fashion-MNIST (Ctrl+S)"))
        self._save_tip = self.save_button.toolTip()
        self._update_save()
        self.tabs.setTabText(self.tabs.indexOf(self.my_digits),
                             self.tr("My digits") if mnist else self.tr("My drawings"))
        if self._kind == "fashion":
            self.stage_captions["scaled"].setText(self.tr("Longer side 28 px"))
            self.stage_captions["centred"].setText(self.tr("28×28, box in the middle"))
            self.stage_views["centred"].setToolTip(self.tr("Placed in the middle of a 28×28 image, as "
                                                           "Fashion-MNIST was made: what the network receives"))
        else:
            self.stage_captions["scaled"].setText(self.tr("Longer side 20 px"))
            self.stage_captions["centred"].setText(self.tr("28×28, centre of mass in the middle"))
            self.stage_views["centred"].setToolTip(self.tr("Placed in a 28×28 image so that the centre of mass "
                                                           "of the ink is in the middle, as MNIST was made: "
                                                           "exactly what the network receives (784 inputs)"))
        self.bars.set_class_names(names)
        current = self.label_combo.currentIndex()       # (-1: none chosen yet)
        self.label_combo.clear()
        self.label_combo.addItems(list(names))
        self.label_combo.setCurrentIndex(current)
        self.gallery.set_source(self._gallery_predict if self._model is not None else None, self._test_set, names,
                                self._kind)
        self.update_prediction()
        self._update_my_digits_summary()

    def _gallery_predict(self, x):
        model = self._model
        if self.source() == "studio":
            model, problem = self._studio_model()
            if model is None:
                raise ValueError(problem)
        return self.probabilities(x, model)

    def _test_set(self):
        kind = self._kind
        if kind not in self._test_sets:
            from nnstudio.data import load_mnist
            ds = load_mnist(kind)
            self._test_sets[kind] = (ds.x_test, ds.y_test)
        return self._test_sets[kind]

    # ================================================================== drawing -> prediction
    def _width_changed(self, value: int) -> None:
        self.canvas.set_pen_width(value)
        self.width_label.setText(self.tr("{0} px").format(value))

    def _ink_changed(self) -> None:
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _stroke_finished(self) -> None:
        self._live_timer.stop()
        self.update_prediction()

    def _preprocess(self, canvas: np.ndarray):
        if self._kind == "fashion":
            return digits.to_mnist_stages(canvas, box=28, centre="box")
        return digits.to_mnist_stages(canvas)

    def min_ink_extent(self) -> float:
        """Drawings whose ink spans fewer canvas pixels than this (height and width) get no prediction."""
        return max(MIN_INK_FRACTION * self.canvas.pixels(), 2 * self.canvas.pen_width())

    def update_prediction(self) -> None:
        """Preprocess the canvas, show each stage, and show the model's probabilities (or why there are none)."""
        if self.source() == "studio":       # the studio may have rebuilt its network since
            model, _problem = self._studio_model()
            if model is not self._model or self._studio_classes() != self._studio_classes_used:
                self._source_changed()
                return
        stages = self._preprocess(self.canvas.to_array())
        self._stages = stages
        for key, view in self.stage_views.items():
            view.set_image(None if stages is None else getattr(stages, key))
        # (a dot is not saved either: blown up to 20 px it would join the test set as a blob)
        big_enough = stages is not None and max(stages.bbox[2] - stages.bbox[0],
                                                stages.bbox[3] - stages.bbox[1]) >= self.min_ink_extent()
        self._big_enough = big_enough
        self._update_save()
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.clear_button.setEnabled(self.canvas.has_ink())
        if stages is None:
            self.bars.set_probabilities(None)
            self.result_label.setText(self.tr("Draw a digit") if self._kind == "mnist"
                                      else self.tr("Draw a piece of clothing"))
            self.predictionUpdated.emit(None)
            return
        if not big_enough:
            # a dot or a tiny scribble: blown up to 20 px it would get a confident, meaningless answer
            self.bars.set_probabilities(None)
            self.result_label.setText(self.tr("Too small: draw it larger"))
            self.predictionUpdated.emit(None)
            return
        model = self._model
        if model is None:
            self.bars.set_probabilities(None)
            self.result_label.setText(self.tr("No usable model"))
            self.predictionUpdated.emit(None)
            return
        probs = self.probabilities(stages.centred.reshape(1, 784), model)[0]
        if not np.all(np.isfinite(probs)):   # e.g. the studio's training diverged
            self.bars.set_probabilities(None)
            self.result_label.setText(self.tr("NaN: training diverged. Reset the weights."))
            self.predictionUpdated.emit(None)
            return
        top = int(np.argmax(probs))
        self.bars.set_probabilities(probs)
        self.result_label.setText(self.tr("{0}  ({1})").format(self.class_names()[top], percent(probs[top])))
        self.predictionUpdated.emit(probs)

    # ================================================================== my digits
    def _update_save(self, *_) -> None:
        """Save drawing (button and Ctrl+S): for a drawing big enough to be a test image, once the learner has said
        what it shows; greyed out for want of a label, its tooltip says how to give one."""
        labelled = self.label_combo.currentIndex() >= 0
        ready = self._big_enough and labelled
        tip = self._save_tip
        if self._big_enough and not labelled:
            tip = self.tr("Say first what the drawing shows: type its number (0–9), or pick it under “It is a”.")
        for control in (self.save_button, self.save_action):
            control.setEnabled(ready)
            control.setToolTip(tip)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A number key (0–9) says what the drawing shows: the label it is saved under."""
        text = event.text()
        if (len(text) == 1 and text.isdigit() and int(text) < self.label_combo.count()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.label_combo.setCurrentIndex(int(text))
            return
        super().keyPressEvent(event)

    def my_digits_folder(self) -> Path:
        return digits.my_drawings_dir(self._kind)

    def save_current_digit(self) -> Path | None:
        """Save what the network sees now under the chosen label; returns the file (None on a blank canvas)."""
        if self._stages is None:
            return None
        label = self.label_combo.currentIndex()
        if label < 0:
            return None
        try:
            path = digits.save_my_digit(self._stages.centred, label, folder=self.my_digits_folder(),
                                        prefix="digit" if self._kind == "mnist" else "drawing")
        except OSError as exc:      # (a full disk, a folder made read-only): the drawing stays on the canvas
            self._error_dialog(self.tr("Cannot save the drawing"), self.tr(
                "The drawing could not be saved in {0}: {1}.\n\nIt is still on the canvas: make room on the disk, "
                "or make the folder writable, and save it again.").format(self.my_digits_folder(), translated(exc)))
            return None
        self._update_my_digits_summary(saved=path)
        # the next drawing on a clear canvas, with a label of its own (drawn over the saved one, it was saved again
        # under the old label with one Ctrl+S); Ctrl+Z brings the saved drawing back, as after Clear
        self.canvas.clear()
        self.label_combo.setCurrentIndex(-1)
        return path

    def delete_my_digits(self, paths) -> int:
        """Delete the saved drawings ``paths`` (their files) once the learner confirms; returns how many went."""
        paths = [Path(p) for p in paths]
        if not paths:
            return 0
        answer = QMessageBox.question(
            self, self.tr("Delete drawings"),
            self.tr("Delete %n saved drawing(s)? Their files are removed from {0}.", None, len(paths))
            .format(self.my_digits_folder()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        deleted = 0
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                self._error_dialog(self.tr("Cannot delete the drawing"), translated(exc))
                break
            deleted += 1
        self._update_my_digits_summary()
        return deleted

    def _update_my_digits_summary(self, saved: Path | None = None) -> None:
        try:
            files = digits.my_digit_files(self.my_digits_folder())
        except OSError as exc:
            self.my_digits_status.setText(translated(exc))
            self.my_digits_list.clear()
            return
        images, problems = [], {}
        for _label, path in files:
            try:
                images.append(digits.read_my_digit(path))
            except digits.MyDigitsError as exc:       # listed all the same, to be deleted there
                images.append(None)
                problems[str(path)] = translated(exc)
        y = np.array([label for label, _path in files], dtype=np.int64)
        self.my_digits_list.set_drawings(images, y, [path for _label, path in files], self.class_names(), problems)
        if saved is not None:
            self.my_digits_list.show_drawing(saved)
        lines = []
        if problems:
            # the first reason, and how many more are listed (two warning signs under "It is in the list" read as
            # one file to delete); the readable drawings are still counted and scored below
            lines += [next(iter(problems.values())), self.tr(
                "%n file(s) cannot be read and are in the list below with a warning sign (point at one to see "
                "why): select them and press Delete to delete them.", None, len(problems))]
            readable = [i for i, image in enumerate(images) if image is not None]
            images, y = [images[i] for i in readable], y[readable]
        x = np.stack([image.reshape(-1) for image in images]) if images else np.zeros((0, 784), np.float32)
        if saved is not None:
            lines.append(self.tr("Saved as {0}.").format(saved))
            lines.append(self.tr("The canvas is clear for the next drawing; Ctrl+Z brings it back."))
        if len(y) == 0:
            if not problems:
                lines.append(self.tr("No saved drawings yet in {0}.").format(self.my_digits_folder()))
        else:
            counts = np.bincount(y, minlength=10)
            per_label = ", ".join(f"{self.class_names()[i] if i < 10 else i}: {grouped(c)}"
                                  for i, c in enumerate(counts) if c)
            lines.append(self.tr("Saved drawings: {0} ({1}).").format(grouped(len(y)), per_label))
            model = self._model
            if model is not None and y.max() < 10:
                right = int((self.probabilities(x, model).argmax(axis=1) == y).sum())
                lines.append(self.tr("This model gets {0} of {1} right: {2}.")
                             .format(grouped(right), grouped(len(y)), percent(right / len(y))))
        self.my_digits_status.setText("\n".join(lines))

    def my_digits_summary(self) -> str:
        return self.my_digits_status.text()

    def _open_my_digits_folder(self) -> None:
        folder = self.my_digits_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            # Qt opens a window at most 2/3 of the screen high: the pad came up at its least height (613 px on a
            # 1366×768 laptop) with a scroll bar for 1 px. As high as its contents ask for, or as the screen allows,
            # unless it was given a size (and a pad made for a window, not a window of its own, keeps its own)
            if self.isWindow() and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                room = self.scroll.room()
                if room is not None:
                    hint = self.sizeHint()
                    self.resize(max(self.width(), hint.width()),
                                max(self.minimumSizeHint().height(), min(hint.height(), room)))
        # hidden, the pad did not follow the studio (Tools → Drawing pad shows it again): it may have a new network
        if self.source() == "studio":
            self.update_prediction()

    def _colour_model_status(self) -> None:
        """Why there is no usable model, in red (a lighter red on a dark desktop); a model's description plain."""
        self.model_status.setStyleSheet(
            "" if self._model is not None else f"color: {warning_color(self.palette()).name()};")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:      # the desktop switched between light and dark mode
            self._colour_model_status()
        # back from the folder of saved drawings (Open folder): the learner may have deleted or moved some
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._update_my_digits_summary()

    # ================================================================== helpers
    def _error_dialog(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
