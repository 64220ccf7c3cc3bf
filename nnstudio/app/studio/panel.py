"""The side panel: which data (toy sets, MNIST, CSV import, own digits) and the training settings.

The panel shows the session's data choice and training settings and turns the learner's edits into intents:
training settings go straight to the session (``set_config``); a change of data is a request to the room
(``datasetChosen``, ``toyParamsEdited``, ...), which loads it, with dialogs where needed.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from nnstudio.app.texts import title, translated
from nnstudio.data import TOY_DATASETS
from nnstudio.data.mnist import MNIST_TITLES
from nnstudio.engine.optimizers import OPTIMIZER_TITLES, OPTIMIZERS
from nnstudio.engine.problems import PROBLEM_TITLES


class SidePanel(QWidget):
    """Data and training controls of a session; every control has a one-sentence tooltip."""

    # requests to the room (emitted only on the learner's edits, never by the show_* methods):
    datasetChosen = Signal(str)        # a dataset key: a TOY_DATASETS name, "mnist", "fashion" or "csv:<path>"
    toyParamsEdited = Signal(dict)     # n, noise and test_fraction of the toy set: regenerate it
    importCsvRequested = Signal()      # the learner wants to pick a CSV file
    myDigitsToggled = Signal(bool)     # include the learner's saved digits ("My digits") in MNIST training
    configRefused = Signal(str)        # a training setting the session refused, and why

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)

        # -- dataset
        data_box = QGroupBox(self.tr("Dataset"), self)
        form = QFormLayout(data_box)
        self.dataset_combo = QComboBox(data_box)
        for name, (text, _) in TOY_DATASETS.items():
            self.dataset_combo.addItem(title("Datasets", text), name)
        for kind, text in MNIST_TITLES.items():
            self.dataset_combo.addItem(title("Datasets", text), kind)
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
                                              "layer's activation and the loss (the lecture's table)."))
        form.addRow(self.tr("Problem:"), self.problem_label)
        self.info_label = QLabel(data_box)
        self.info_label.setWordWrap(True)    # "60000 training, 10000 test, 784 features" must not widen the panel
        self.info_label.setToolTip(self.tr("How many points train the network and how many are held out "
                                           "to test it."))
        form.addRow(self.tr("Points:"), self.info_label)
        self.n_spin = QSpinBox(data_box)
        self.n_spin.setRange(8, 5000)
        self.n_spin.setSingleStep(50)
        self.n_spin.setToolTip(self.tr("Number of points generated for a toy dataset (training plus test)."))
        form.addRow(self.tr("Generate:"), self.n_spin)
        self.noise_spin = QDoubleSpinBox(data_box)
        self.noise_spin.setRange(0.0, 1.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setDecimals(2)
        self.noise_spin.setToolTip(self.tr("Random jitter added to the toy points; more noise blurs the border "
                                           "between the classes."))
        form.addRow(self.tr("Noise:"), self.noise_spin)
        self.test_spin = QDoubleSpinBox(data_box)
        self.test_spin.setRange(0.0, 0.9)
        self.test_spin.setSingleStep(0.05)
        self.test_spin.setDecimals(2)
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
            self.optimizer_combo.addItem(title("Optimizers", OPTIMIZER_TITLES.get(name, name)), name)
        self.optimizer_combo.setToolTip(self.tr("The rule that turns gradients into weight changes; Adam "
                                                "combines momentum and RMSprop."))
        tform.addRow(self.tr("Optimizer:"), self.optimizer_combo)
        self.lr_spin = QDoubleSpinBox(train_box)
        self.lr_spin.setDecimals(5)
        self.lr_spin.setRange(0.00001, 100.0)
        self.lr_spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_spin.setToolTip(self.tr("The learning rate η in w ← w − η·∂C/∂w; you can change it while "
                                        "training runs (too large makes the loss jump or explode)."))
        tform.addRow(self.tr("Learning rate:"), self.lr_spin)
        self.batch_spin = QSpinBox(train_box)
        self.batch_spin.setRange(1, 60000)
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

        self.show_config(session.config)
        self.show_choice(session.choice)
        self.show_dataset(session.dataset)
        session.events.config.connect(self.show_config)
        session.events.data.connect(lambda dataset: (self.show_choice(self.session.choice),
                                                     self.show_dataset(dataset)))

        self.dataset_combo.activated.connect(lambda i: self.datasetChosen.emit(str(self.dataset_combo.itemData(i))))
        self.import_button.clicked.connect(self.importCsvRequested)
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.editingFinished.connect(self._on_toy_params_edited)
        self.my_digits_check.toggled.connect(self.myDigitsToggled)
        self.optimizer_combo.activated.connect(
            lambda i: self._set_config(optimizer=str(self.optimizer_combo.itemData(i))))
        self.lr_spin.valueChanged.connect(lambda v: self._set_config(lr=float(v)))
        self.batch_spin.valueChanged.connect(lambda v: self._set_config(batch_size=int(v)))
        self.seed_spin.valueChanged.connect(lambda v: self._set_config(seed=int(v)))

    # ------------------------------------------------------------------ the learner's edits
    def _set_config(self, **changes) -> None:
        try:
            self.session.set_config(**changes)
        except ValueError as exc:
            self.show_config(self.session.config)
            self.configRefused.emit(translated(exc))

    def toy_params(self) -> dict:
        return {"n": self.n_spin.value(), "noise": round(self.noise_spin.value(), 4),
                "test_fraction": round(self.test_spin.value(), 4)}

    def _on_toy_params_edited(self) -> None:
        params = self.toy_params()
        choice = self.session.choice
        if params != {"n": choice.n, "noise": round(choice.noise, 4), "test_fraction": round(choice.test_fraction, 4)}:
            self.toyParamsEdited.emit(params)

    # ------------------------------------------------------------------ showing the session (no signals)
    def dataset_key(self) -> str:
        return str(self.dataset_combo.currentData())

    def show_config(self, config) -> None:
        widgets = (self.optimizer_combo, self.lr_spin, self.batch_spin, self.seed_spin)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(config.optimizer))
            self.lr_spin.setValue(config.lr)
            self.batch_spin.setValue(config.batch_size)
            self.seed_spin.setValue(config.seed)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def show_choice(self, choice) -> None:
        """Select the data set of ``choice`` (adding it, e.g. an imported CSV, when missing) and its toy
        parameters."""
        index = self.dataset_combo.findData(choice.key)
        if index < 0:
            from pathlib import Path

            text = self.tr("CSV: {0}").format(Path(choice.key[4:]).name) if choice.key.startswith("csv:") \
                else choice.key
            self.dataset_combo.addItem(text, choice.key)
            index = self.dataset_combo.count() - 1
        self.dataset_combo.setCurrentIndex(index)
        for widget, value in ((self.n_spin, choice.n), (self.noise_spin, choice.noise),
                              (self.test_spin, choice.test_fraction), (self.my_digits_check, None)):
            widget.blockSignals(True)
            if value is None:
                widget.setChecked(choice.include_my_digits)
            else:
                widget.setValue(value)
            widget.blockSignals(False)

    def show_dataset(self, dataset) -> None:
        """Describe ``dataset``: problem type, point counts; toy controls only for generated sets."""
        self.problem_label.setText(title("Problems", PROBLEM_TITLES[dataset.problem]))
        self.info_label.setText(self.tr("{0} training, {1} test, {2} features").format(
            dataset.n_train, dataset.n_test, dataset.input_dim))
        toy = self.session.key in TOY_DATASETS and self.session.key != "xor"   # XOR: the lecture's exact points
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.setEnabled(toy)

    def set_my_digits_count(self, count: int, available: bool) -> None:
        """Show how many saved digits there are; the box is usable only with MNIST (``available``) and some
        digits. A disabled box keeps its tick for when MNIST comes back, but include_my_digits() is then False."""
        self.my_digits_check.setText(self.tr("Include my digits ({0})").format(count))
        self.my_digits_check.setEnabled(available and count > 0)

    def include_my_digits(self) -> bool:
        return self.my_digits_check.isEnabled() and self.my_digits_check.isChecked()
