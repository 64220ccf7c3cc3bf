"""The side panel: dataset choice (toy sets, MNIST, CSV import, own points) and training hyper-parameters.

The panel holds no data and no model: it shows choices and emits signals; the main window acts on them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.data import TOY_DATASETS
from nnstudio.engine.optimizers import OPTIMIZERS
from nnstudio.engine.problems import PROBLEM_TITLES

MNIST_KINDS = {"mnist": "MNIST digits (28×28)", "fashion": "Fashion-MNIST (28×28 clothes)"}
OPTIMIZER_TITLES = {"sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam", "adamw": "AdamW"}


class SidePanel(QWidget):
    """Dataset + hyper-parameter controls; every control has a one-sentence tooltip."""

    # signals (emitted only on user edits, not by the set_* methods):
    datasetChosen = Signal(str)        # a dataset key: a TOY_DATASETS name, "mnist", "fashion" or "csv:<path>"
    datasetParamsChanged = Signal()    # points/noise/test fraction changed: regenerate the toy set
    importCsvRequested = Signal()      # the user wants to pick a CSV file
    optimizerChanged = Signal(str)     # optimizer registry name
    lrChanged = Signal(float)          # new learning rate (applied live)
    batchSizeChanged = Signal(int)
    seedChanged = Signal(int)
    myDigitsToggled = Signal(bool)     # include the user's saved digits ("My digits") in MNIST training

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)

        # -- dataset
        data_box = QGroupBox(self.tr("Dataset"), self)
        form = QFormLayout(data_box)
        self.dataset_combo = QComboBox(data_box)
        for name, (title, _) in TOY_DATASETS.items():
            self.dataset_combo.addItem(QCoreApplication.translate("Datasets", title), name)
        for kind, title in MNIST_KINDS.items():
            self.dataset_combo.addItem(QCoreApplication.translate("MNIST_KINDS", title), kind)
        # as wide as a medium title, not the longest one: the panel stays narrow and the centre gets the room
        self.dataset_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dataset_combo.setMinimumContentsLength(18)
        self.dataset_combo.setToolTip(self.tr("The data the network learns from; the XOR points come first, "
                                              "MNIST sets are offered for download when not found."))
        form.addRow(self.tr("Data:"), self.dataset_combo)
        self.import_button = QPushButton(self.tr("Import CSV…"), data_box)
        self.import_button.setToolTip(self.tr("Load your own table of numbers: feature columns and a last "
                                              "column with the label or target value."))
        form.addRow(self.import_button)
        self.problem_label = QLabel(data_box)
        self.problem_label.setWordWrap(True)
        self.problem_label.setToolTip(self.tr("The kind of problem this dataset poses, which fixes the output "
                                              "layer's activation and the loss (lecture §5)."))
        form.addRow(self.tr("Problem:"), self.problem_label)
        self.info_label = QLabel(data_box)
        self.info_label.setWordWrap(True)    # "60000 training, 10000 test, 784 features" must not widen the panel
        self.info_label.setToolTip(self.tr("How many points train the network and how many are held out "
                                           "to test it."))
        form.addRow(self.tr("Points:"), self.info_label)
        self.n_spin = QSpinBox(data_box)
        self.n_spin.setRange(8, 5000)
        self.n_spin.setSingleStep(50)
        self.n_spin.setValue(200)
        self.n_spin.setToolTip(self.tr("Number of points generated for a toy dataset (training plus test)."))
        form.addRow(self.tr("Generate:"), self.n_spin)
        self.noise_spin = QDoubleSpinBox(data_box)
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        self.noise_spin.setValue(0.1)
        self.noise_spin.setToolTip(self.tr("Random jitter added to the toy points; more noise blurs the border "
                                           "between the classes."))
        form.addRow(self.tr("Noise:"), self.noise_spin)
        self.test_spin = QDoubleSpinBox(data_box)
        self.test_spin.setRange(0.0, 0.9)
        self.test_spin.setSingleStep(0.05)
        self.test_spin.setDecimals(2)
        self.test_spin.setValue(0.3)
        self.test_spin.setToolTip(self.tr("Fraction of the toy points kept aside to test the network on data "
                                          "it never trained on."))
        form.addRow(self.tr("Test fraction:"), self.test_spin)
        # the class of points added by clicking is chosen on the decision-boundary plot itself, next to the
        # points: one chooser, where the clicking happens
        self.my_digits_check = QCheckBox(data_box)
        self.my_digits_check.setToolTip(self.tr("Also train on the digits you drew and labelled in the drawing "
                                                "pad (Tools ▸ Drawing pad ▸ My digits): they are appended to "
                                                "the MNIST training set. Only for MNIST digits."))
        self.set_my_digits_count(0, available=False)
        form.addRow(self.my_digits_check)
        layout.addWidget(data_box)

        # -- training
        train_box = QGroupBox(self.tr("Training"), self)
        tform = QFormLayout(train_box)
        self.optimizer_combo = QComboBox(train_box)
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(OPTIMIZER_TITLES.get(name, name), name)
        self.optimizer_combo.setToolTip(self.tr("The rule that turns gradients into weight changes; Adam "
                                                "combines momentum and RMSprop."))
        tform.addRow(self.tr("Optimizer:"), self.optimizer_combo)
        self.lr_spin = QDoubleSpinBox(train_box)
        self.lr_spin.setDecimals(5)
        self.lr_spin.setRange(0.00001, 100.0)
        self.lr_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_spin.setValue(0.1)
        self.lr_spin.setToolTip(self.tr("The learning rate η in w ← w − η·∂C/∂w; you can change it while "
                                        "training runs (too large makes the loss jump or explode)."))
        tform.addRow(self.tr("Learning rate:"), self.lr_spin)
        self.batch_spin = QSpinBox(train_box)
        self.batch_spin.setRange(1, 60000)
        self.batch_spin.setValue(32)
        self.batch_spin.setToolTip(self.tr("How many samples are averaged for one gradient step (mini-batch "
                                           "size); at least the dataset size means full-batch descent."))
        tform.addRow(self.tr("Batch size:"), self.batch_spin)
        self.seed_spin = QSpinBox(train_box)
        self.seed_spin.setRange(0, 2 ** 31 - 1)
        self.seed_spin.setToolTip(self.tr("Random seed used when you press Reset weights or generate toy data "
                                          "(and for shuffling): the same seed gives the same run."))
        tform.addRow(self.tr("Seed:"), self.seed_spin)
        layout.addWidget(train_box)
        layout.addStretch(1)

        self.dataset_combo.activated.connect(self._on_dataset_activated)
        self.import_button.clicked.connect(self.importCsvRequested)
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.editingFinished.connect(self._on_params_edited)
        self._last_params = self._params_tuple()
        self.my_digits_check.toggled.connect(self.myDigitsToggled)
        self.optimizer_combo.activated.connect(
            lambda i: self.optimizerChanged.emit(str(self.optimizer_combo.itemData(i))))
        self.lr_spin.valueChanged.connect(lambda v: self.lrChanged.emit(float(v)))
        self.batch_spin.valueChanged.connect(lambda v: self.batchSizeChanged.emit(int(v)))
        self.seed_spin.valueChanged.connect(lambda v: self.seedChanged.emit(int(v)))

    # ------------------------------------------------------------------ user edits
    def _on_dataset_activated(self, index: int) -> None:
        self.datasetChosen.emit(str(self.dataset_combo.itemData(index)))

    def _params_tuple(self):
        return self.n_spin.value(), round(self.noise_spin.value(), 4), round(self.test_spin.value(), 4)

    def _on_params_edited(self) -> None:
        params = self._params_tuple()
        if params != self._last_params:
            self._last_params = params
            self.datasetParamsChanged.emit()

    # ------------------------------------------------------------------ read / set (no signals)
    def dataset_key(self) -> str:
        return str(self.dataset_combo.currentData())

    def toy_params(self) -> dict:
        n, noise, test_fraction = self._params_tuple()
        return {"n": n, "noise": noise, "test_fraction": test_fraction}

    def training_params(self) -> dict:
        return {"optimizer": str(self.optimizer_combo.currentData()), "lr": float(self.lr_spin.value()),
                "batch_size": int(self.batch_spin.value()), "seed": int(self.seed_spin.value())}

    def set_dataset_key(self, key: str, title: str | None = None) -> None:
        """Select ``key`` in the dataset list (adding it, e.g. an imported CSV, when missing)."""
        index = self.dataset_combo.findData(key)
        if index < 0:
            self.dataset_combo.addItem(title or key, key)
            index = self.dataset_combo.count() - 1
        self.dataset_combo.setCurrentIndex(index)

    def set_toy_params(self, n=None, noise=None, test_fraction=None) -> None:
        for spin, value in ((self.n_spin, n), (self.noise_spin, noise), (self.test_spin, test_fraction)):
            if value is not None:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._last_params = self._params_tuple()

    def set_training_params(self, optimizer=None, lr=None, batch_size=None, seed=None) -> None:
        if optimizer is not None and self.optimizer_combo.findData(optimizer) >= 0:
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(optimizer))
        for spin, value in ((self.lr_spin, lr), (self.batch_spin, batch_size), (self.seed_spin, seed)):
            if value is not None:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def show_dataset(self, dataset, toy: bool) -> None:
        """Describe ``dataset``: problem type, point counts; toy controls only for generated sets."""
        self.problem_label.setText(QCoreApplication.translate("Problems", PROBLEM_TITLES[dataset.problem]))
        self.info_label.setText(self.tr("{0} training, {1} test, {2} features").format(
            dataset.n_train, dataset.n_test, dataset.input_dim))
        fixed = dataset.name == "xor"   # the lecture's exact four points
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.setEnabled(toy and not fixed)

    def set_my_digits_count(self, count: int, available: bool) -> None:
        """Show how many saved digits there are; the box is usable only with MNIST (``available``) and some
        digits. A disabled box keeps its tick for when MNIST comes back, but include_my_digits() is then False."""
        self.my_digits_check.setText(self.tr("Include my digits ({0})").format(count))
        self.my_digits_check.setEnabled(available and count > 0)

    def include_my_digits(self) -> bool:
        return self.my_digits_check.isEnabled() and self.my_digits_check.isChecked()
