"""The side panel: which data (toy sets, MNIST, CSV import, own digits) and the training settings.

The panel shows the session's data choice and training settings and turns the learner's edits into intents:
training settings go straight to the session (``set_config``); a change of data is a request to the room
(``datasetChosen``, ``toyParamsEdited``, ...), which loads it, with dialogs where needed.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QPushButton,
                               QSpinBox, QStyle, QStyleOptionComboBox, QStylePainter, QVBoxLayout, QWidget)

from nnstudio.app.commands import ConfigEdit
from nnstudio.app.optimizer_form import (KERAS_RATES, RULES, OptimizerForm, RateSpinBox, defaults, high_rate_hint,
                                         setting_name)
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import loss_title, title, translated
from nnstudio.data import TOY_DATASETS
from nnstudio.data.mnist import MNIST_TITLES
from nnstudio.data.toy import toy_defaults
from nnstudio.engine.optimizers import OPTIMIZER_TITLES, OPTIMIZERS
from nnstudio.engine.problems import PROBLEM_TITLES
from nnstudio.engine.spec import PROBLEM_LOSSES
from nnstudio.i18n import QT_TRANSLATE_NOOP
from nnstudio.session.config import BATCH_RANGE, EARLY_STOPPING_RANGE, LR_RANGE, MAX_EPOCHS_RANGE, SEED_RANGE
from nnstudio.session.presets import suggested_training


# what Edit → Undo calls a change of each training setting ("Undo Change learning rate")
_CHANGE_TEXTS = {
    "optimizer": QT_TRANSLATE_NOOP("SidePanel", "Change optimizer"),
    "lr": QT_TRANSLATE_NOOP("SidePanel", "Change learning rate"),
    "batch_size": QT_TRANSLATE_NOOP("SidePanel", "Change batch size"),
    "seed": QT_TRANSLATE_NOOP("SidePanel", "Change seed"),
    "max_epochs": QT_TRANSLATE_NOOP("SidePanel", "Change epochs"),
    "early_stopping": QT_TRANSLATE_NOOP("SidePanel", "Change early stopping"),
    "augment": QT_TRANSLATE_NOOP("SidePanel", "Change augmentation"),
}


class ElidedComboBox(QComboBox):
    """A chooser narrower than its text shows the text cut short with "…" (Qt cut it off mid-letter: "binary
    cross-entropy — the lectur" on a 1366-px laptop, where the side panel gives the network editor room)."""

    def shown_text(self) -> str:
        """The current text as the closed chooser shows it."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width() - 2)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class SidePanel(QWidget):
    """Data and training controls of a session; every control has a one-sentence tooltip."""

    # requests to the room (emitted only on the learner's edits, never by the show_* methods):
    datasetChosen = Signal(str)        # a dataset key: a TOY_DATASETS name, "mnist", "fashion" or "csv:<path>"
    toyParamsEdited = Signal(dict)     # n, noise and test_fraction of the toy set: regenerate it
    importCsvRequested = Signal()      # the learner wants to pick a CSV file
    myDigitsToggled = Signal(bool)     # include the learner's saved digits ("My digits") in MNIST training
    lossChosen = Signal(str)           # a loss for the network (an undoable edit of the network)
    suggestedSetupRequested = Signal()  # the network and settings suggested for the data, fresh weights
    configRefused = Signal(str)        # a training setting the session refused, and why

    def __init__(self, session, parent=None, undo_stack=None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack      # the room's: each training setting changed here is one undoable step
        layout = QVBoxLayout(self)

        # -- dataset
        data_box = QGroupBox(self.tr("Dataset"), self)
        form = self._data_form = QFormLayout(data_box)
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
        self.import_button.setToolTip(self.tr("Load your own table of numbers: feature columns and one column "
                                              "with the label or target value, the column headed label, class, "
                                              "target, category or output (or 레이블, 라벨, 클래스, 정답, 분류), "
                                              "else the last column."))
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
        self.my_digits_check.setToolTip(self.tr("Also train on what you drew and labelled in the drawing pad "
                                                "(Tools ▸ Drawing pad ▸ My digits, My drawings with clothing): "
                                                "they are appended to the training set. Only for MNIST digits "
                                                "and Fashion-MNIST clothing."))
        self.set_my_digits_count(0, available=False)
        form.addRow(self.my_digits_check)
        layout.addWidget(data_box)

        # -- training
        train_box = QGroupBox(self.tr("Training"), self)
        tform = QFormLayout(train_box)
        self.optimizer_combo = QComboBox(train_box)
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(title("Optimizers", OPTIMIZER_TITLES.get(name, name)), name)
        for i, name in enumerate(OPTIMIZERS):
            self.optimizer_combo.setItemData(i, QCoreApplication.translate("OptimizerForm", RULES[name]),
                                             Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.setToolTip(self.tr("The rule that turns gradients into weight changes; Adam "
                                                "combines momentum and RMSprop."))
        tform.addRow(self.tr("Optimizer:"), self.optimizer_combo)
        # written as the race writes rates ("0.1", "0.3162", "1e-05"), and typed so ("3.000000" showed 3)
        self.lr_spin = RateSpinBox(train_box)
        self.lr_spin.setRange(*LR_RANGE)    # (what the session and project files accept)
        self.lr_spin.setToolTip(self.tr("The learning rate η in w ← w − η·∂C/∂w; you can change it while "
                                        "training runs (too large makes the loss jump or explode)."))
        tform.addRow(self.tr("Learning rate:"), self.lr_spin)
        # a rate far above what the optimizer usually takes (Adam at XOR's SGD rate of 3) says so under the box
        self.lr_hint = QLabel(train_box)
        self.lr_hint.setWordWrap(True)
        self.lr_hint.setVisible(False)
        tform.addRow(self.lr_hint)
        self.optimizer_form = OptimizerForm(train_box)
        tform.addRow(self.optimizer_form)
        self._training_form = tform
        self.loss_combo = ElidedComboBox(train_box)
        # as wide as a loss's name: "binary cross-entropy — the lecture's" would widen the panel (and the window
        # beyond a 1024-px screen); the open list shows it whole
        self.loss_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.loss_combo.setMinimumContentsLength(16)
        self.loss_combo.setToolTip(self.tr("The cost the network minimises; the losses that fit its output are "
                                           "offered, the lecture's choice first."))
        tform.addRow(self.tr("Loss:"), self.loss_combo)
        self.batch_spin = QSpinBox(train_box)
        self.batch_spin.setRange(*BATCH_RANGE)
        self.batch_spin.setToolTip(self.tr("How many samples are averaged for one gradient step (mini-batch "
                                           "size); at least the dataset size means full-batch descent."))
        tform.addRow(self.tr("Batch size:"), self.batch_spin)
        self.seed_spin = QSpinBox(train_box)
        self.seed_spin.setRange(*SEED_RANGE)
        self.seed_spin.setToolTip(self.tr("Random seed used when you press Reset weights or generate toy data "
                                          "(and for shuffling): the same seed gives the same run."))
        tform.addRow(self.tr("Seed:"), self.seed_spin)
        self.epochs_spin = QSpinBox(train_box)
        self.epochs_spin.setRange(*MAX_EPOCHS_RANGE)
        self.epochs_spin.setSpecialValueText(self.tr("no limit"))
        self.epochs_spin.setToolTip(self.tr("Training pauses by itself after this many epochs (passes over the "
                                            "training set)."))
        tform.addRow(self.tr("Stop after epochs:"), self.epochs_spin)
        self.early_spin = QSpinBox(train_box)
        self.early_spin.setRange(*EARLY_STOPPING_RANGE)
        self.early_spin.setSpecialValueText(self.tr("off"))
        self.early_spin.setToolTip(self.tr("Early stopping: training pauses when the test loss has not improved "
                                           "for this many epochs — the network has begun to overfit."))
        tform.addRow(self.tr("Early stopping:"), self.early_spin)
        self.augment_check = QCheckBox(self.tr("Augment images"), train_box)
        self.augment_check.setToolTip(self.tr("Train on randomly shifted, rotated, scaled and thickened variants "
                                              "of the images (28×28 data only): more data against overfitting, "
                                              "slower steps."))
        tform.addRow(self.augment_check)
        self.restore_button = QPushButton(self.tr("Restore suggested settings"), train_box)
        self.restore_button.setToolTip(self.tr("The optimizer, learning rate, batch size and speed suggested for "
                                               "this data; the network and its weights stay."))
        tform.addRow(self.restore_button)
        self.suggested_button = QPushButton(self.tr("Use the suggested set-up"), train_box)
        tform.addRow(self.suggested_button)
        layout.addWidget(train_box)
        layout.addStretch(1)

        self._wrapped = False      # every field below its label: a panel narrower than label and field side by side
        self._widths = (0, 0)      # px: the least width with the fields below, and beside, their labels
        self._natural = 0          # px: the width it asks for, fields beside their labels
        self.show_config(session.config)
        self.show_choice(session.choice)
        self.show_dataset(session.dataset)
        self.show_losses(session.spec)
        subscribe(self, session.events.config, self.show_config)
        subscribe(self, session.events.data, self._on_data)
        subscribe(self, session.events.spec, self.show_losses)
        subscribe(self, session.events.changed, self._show_suggestion)
        self._show_suggestion()

        # a number typed applies on Enter or on leaving the field, as the editor's do: typing 100 in "Stop after
        # epochs" while training ran applied 1 at the first digit, and training stopped at once
        for spin in (self.lr_spin, self.batch_spin, self.seed_spin, self.epochs_spin, self.early_spin):
            spin.setKeyboardTracking(False)
        self.dataset_combo.activated.connect(lambda i: self.datasetChosen.emit(str(self.dataset_combo.itemData(i))))
        self.import_button.clicked.connect(self.importCsvRequested)
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.editingFinished.connect(self._on_toy_params_edited)
        self.my_digits_check.toggled.connect(self.myDigitsToggled)
        self.optimizer_combo.activated.connect(
            lambda i: self._choose_optimizer(str(self.optimizer_combo.itemData(i))))
        self.lr_spin.valueChanged.connect(lambda v: self._set_config(lr=float(v)))
        self.batch_spin.valueChanged.connect(lambda v: self._set_config(batch_size=int(v)))
        self.seed_spin.valueChanged.connect(lambda v: self._set_config(seed=int(v)))
        self.optimizer_form.changed.connect(lambda options: self._set_config(options=options))
        self.epochs_spin.valueChanged.connect(lambda v: self._set_config(max_epochs=int(v)))
        self.early_spin.valueChanged.connect(lambda v: self._set_config(early_stopping=int(v)))
        self.augment_check.toggled.connect(lambda on: self._set_config(augment=bool(on)))
        self.loss_combo.activated.connect(lambda i: self.lossChosen.emit(str(self.loss_combo.itemData(i))))
        self.restore_button.clicked.connect(self._restore_suggested_settings)
        self.suggested_button.clicked.connect(self.suggestedSetupRequested)

    def _on_data(self, dataset) -> None:
        self.show_choice(self.session.choice)
        self.show_dataset(dataset)

    # ------------------------------------------------------------------ the learner's edits
    def _set_config(self, **changes) -> None:
        before = self.session.config
        try:
            self.session.set_config(**changes)
        except ValueError as exc:
            self.show_config(self.session.config)
            self.configRefused.emit(translated(exc))
            return
        self._push_config(before, self._change_text(changes, before))

    def _choose_optimizer(self, optimizer: str) -> None:
        """A new optimizer; a learning rate the learner left as it came (the old optimizer's default, or the one
        suggested for the data) becomes the new optimizer's (SGD's 3 on XOR stayed for Adam, which diverged at
        once). A rate set by hand stays; the hint under the box says if it is far too high. One undo step."""
        config = self.session.config
        changes = {"optimizer": optimizer}
        if optimizer != config.optimizer and np.isclose(config.lr, self._default_rate(config.optimizer)):
            changes["lr"] = self._default_rate(optimizer)
        self._set_config(**changes)

    def _default_rate(self, optimizer: str) -> float:
        """The rate ``optimizer`` starts with: the one suggested for the data if it suggests this optimizer,
        else Keras' default."""
        suggested = suggested_training(self.session.key)
        if suggested.optimizer == optimizer:
            return suggested.lr
        return KERAS_RATES.get(optimizer, self.session.config.lr)

    def _restore_suggested_settings(self) -> None:
        before = self.session.config
        self.session.restore_suggested_settings()
        self._push_config(before, self.tr("Restore suggested settings"))

    def _push_config(self, before, text: str) -> None:
        """The change from ``before`` to the session's settings now, as one step on the undo stack (Edit → Undo
        names it); the session has it already, so the command's first redo changes nothing."""
        if self.undo_stack is not None and self.session.config != before:
            self.undo_stack.push(ConfigEdit(self.session, before, self.session.config, text))

    def _change_text(self, changes: dict, before) -> str:
        """What Edit → Undo calls the change: "Change learning rate", "Change momentum", "Change β₂" (the
        form sends Adam's two betas together: the one that changed is named)."""
        name, value = next(iter(changes.items()))      # (a new optimizer may bring its rate along: named by it)
        if name == "options":
            old = dict(before.options)
            names = []
            for key, new in value.items():
                if key == "betas":
                    start = defaults(before.optimizer)
                    was = old.get("betas", (start.get("beta1"), start.get("beta2")))
                    names += [setting_name(f"beta{i + 1}") for i in range(2) if was[i] != new[i]]
                elif old.get(key) != new:
                    names.append(setting_name(key))
            return self.tr("Change {setting}").format(setting=", ".join(names or map(setting_name, value)))
        return QCoreApplication.translate("SidePanel", _CHANGE_TEXTS[name])

    def toy_params(self) -> dict:
        return {"n": self.n_spin.value(), "noise": round(self.noise_spin.value(), 4),
                "test_fraction": round(self.test_spin.value(), 4)}

    def _on_toy_params_edited(self) -> None:
        params = self.toy_params()
        if params != self._shown_params:
            self.toyParamsEdited.emit(params)

    # ------------------------------------------------------------------ showing the session (no signals)
    def dataset_key(self) -> str:
        return str(self.dataset_combo.currentData())

    def show_config(self, config) -> None:
        widgets = (self.optimizer_combo, self.lr_spin, self.batch_spin, self.seed_spin, self.epochs_spin,
                   self.early_spin, self.augment_check)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(config.optimizer))
            self.lr_spin.setValue(config.lr)
            self.batch_spin.setValue(config.batch_size)
            self.seed_spin.setValue(config.seed)
            self.epochs_spin.setValue(config.max_epochs)
            self.early_spin.setValue(config.early_stopping)
            self.augment_check.setChecked(config.augment)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.optimizer_form.show_options(config.optimizer, dict(config.options))
        hint = high_rate_hint(config.optimizer, config.lr)
        self.lr_hint.setText(hint)
        self.lr_hint.setVisible(bool(hint))
        # Tab goes from the learning rate through the optimizer's own settings to the loss, as they are on screen
        # (the settings, made anew for each optimizer, came after Early stopping)
        chain = [self.lr_spin, *self.optimizer_form.fields().values(), self.loss_combo]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._align_optimizer_fields()
        self._measure_widths()     # (another optimizer, other labels)

    def _align_optimizer_fields(self) -> None:
        """One label column for the training settings and the optimizer's own fields (a form of their own):
        "momentum:" and its field sat further left than "Learning rate:" and the others."""
        form = self._training_form
        items = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        labels = [item.widget() for item in items if item is not None and item.widget() is not None]
        labels += self.optimizer_form.findChildren(QLabel)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # ------------------------------------------------------------------ narrow: fields below their labels
    def _forms(self) -> tuple:
        return self._data_form, self._training_form, self.optimizer_form.form()

    def _set_wrapped(self, wrapped: bool) -> None:
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if wrapped else QFormLayout.RowWrapPolicy.DontWrapRows
        self._wrapped = wrapped
        for form in self._forms():
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)
                form.activate()

    def _measure_widths(self) -> None:
        """The panel's least width with every field below its label, and with every field beside it (with an
        11-pt font 400 px: the window was wider than a 1024-px screen; the panel wraps all its rows, not some,
        so that its fields stay in one column)."""
        wrapped = self._wrapped
        widths = []
        for each in (True, False):
            self._set_wrapped(each)
            self.layout().activate()
            widths.append(super().minimumSizeHint().width())
        self._natural = self.sizeHint().width()
        self._set_wrapped(wrapped)
        self._widths = (widths[0], widths[1])
        self.updateGeometry()
        self._wrap_for(self.width())
        # laid out again at once: the measuring (every field below its label) left the rows squeezed into the
        # panel's height (the Data chooser and Import CSV 11 px high) until the next layout pass an event later,
        # and a frame painted in between showed them so (after choosing Adam, say)
        self.layout().activate()

    def _wrap_for(self, width: int) -> None:
        if self._widths[1] and (width < self._widths[1]) != self._wrapped:
            self._set_wrapped(width < self._widths[1])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(max(self._widths[0], 1) if self._widths[0] else hint.width(), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_for(event.size().width())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measure_widths()

    def beside_width(self) -> int:
        """The panel's least width with every field beside its label (narrower, the fields go below them)."""
        return self._widths[1] or self.minimumSizeHint().width()

    def natural_width(self) -> int:
        """The panel's width with the loss chooser's longest text whole (on a small screen the panel is
        narrower, down to its minimum, and the chooser cuts the text short)."""
        combo = self.loss_combo
        metrics = combo.fontMetrics()
        longest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        shown = metrics.horizontalAdvance("x") * combo.minimumContentsLength()
        return (self._natural or self.sizeHint().width()) + max(0, longest - shown)

    def show_losses(self, spec) -> None:
        """The losses that fit the network's output, the lecture's first and marked, the current one chosen."""
        self.loss_combo.clear()
        for i, loss in enumerate(PROBLEM_LOSSES[spec.problem]):
            text = loss_title(loss)
            self.loss_combo.addItem(self.tr("{0} — the lecture's").format(text) if i == 0 else text, loss)
        self.loss_combo.setCurrentIndex(max(0, self.loss_combo.findData(spec.loss_name)))

    def _show_suggestion(self) -> None:
        """The suggestion buttons: enabled while the set-up differs from what is suggested for the data."""
        spec, config = self.session.suggested_setup()
        key = self.session.key
        data = (title("Datasets", TOY_DATASETS[key][0]) if key in TOY_DATASETS
                else title("Datasets", MNIST_TITLES[key]) if key in MNIST_TITLES else self.tr("this data"))
        sizes = "-".join(str(n) for n in spec.sizes)
        activation = spec.hidden[0].activation if spec.hidden else spec.output.activation
        self.suggested_button.setToolTip(self.tr("The set-up suggested for {data}: a {sizes} {activation} network "
                                                 "with new weights, {optimizer} with learning rate {lr}, batch "
                                                 "size {batch}.").format(
            data=data, sizes=sizes, activation=activation, optimizer=title("Optimizers",
                                                                            OPTIMIZER_TITLES[config.optimizer]),
            lr=f"{config.lr:g}", batch=config.batch_size))
        self.suggested_button.setEnabled(not self.session.follows_suggestions())
        s = self.session.suggested_setup()[1]
        c = self.session.config
        self.restore_button.setEnabled((c.optimizer, c.lr, c.batch_size, c.options, c.speed)
                                       != (s.optimizer, s.lr, s.batch_size, s.options, s.speed))

    def show_choice(self, choice) -> None:
        """Select the data set of ``choice`` (adding it, e.g. an imported CSV, when missing) and its toy
        parameters."""
        index = self.dataset_combo.findData(choice.key)
        if index < 0:
            self.dataset_combo.addItem(choice.key, choice.key)
            index = self.dataset_combo.count() - 1
            self._name_csv_files()
        self.dataset_combo.setCurrentIndex(index)
        own = toy_defaults(choice.key) if choice.key in TOY_DATASETS else {}
        shown = {name: getattr(choice, name) if getattr(choice, name) is not None else own.get(name)
                 for name in ("n", "noise", "test_fraction")}
        self._shown_params = {name: value if name == "n" or value is None else round(value, 4)
                              for name, value in shown.items()}
        for widget, value in ((self.n_spin, shown["n"]), (self.noise_spin, shown["noise"]),
                              (self.test_spin, shown["test_fraction"]), (self.my_digits_check, None)):
            widget.blockSignals(True)
            if widget is self.my_digits_check:
                widget.setChecked(choice.include_my_digits)
            elif value is not None:
                widget.setValue(value)
            widget.blockSignals(False)

    def _name_csv_files(self) -> None:
        """Each imported CSV by its file name; two of one name with as much of their folders as tells them apart
        ("CSV: data.csv (week1)", "CSV: data.csv (week2)"); the whole path in the tooltip."""
        combo = self.dataset_combo
        paths = {i: Path(str(combo.itemData(i))[4:]) for i in range(combo.count())
                 if str(combo.itemData(i)).startswith("csv:")}
        for i, path in paths.items():
            others = [p.parent.parts for j, p in paths.items() if j != i and p.name == path.name]
            text = self.tr("CSV: {0}").format(path.name)
            if others:
                parts = path.parent.parts
                depth = next((k for k in range(1, len(parts) + 1)
                              if all(other[-k:] != parts[-k:] for other in others)), len(parts))
                folder = str(path.parent) if depth >= len(parts) else str(Path(*parts[-depth:]))
                text = self.tr("CSV: {0} ({1})").format(path.name, folder)
            combo.setItemText(i, text)
            combo.setItemData(i, str(path), Qt.ItemDataRole.ToolTipRole)

    def show_dataset(self, dataset) -> None:
        """Describe ``dataset``: problem type, point counts; toy controls only for generated sets."""
        self.problem_label.setText(title("Problems", PROBLEM_TITLES[dataset.problem]))
        loc = QLocale()     # "60,000 training, 10,000 test", as the status bar's step count and the lessons read
        if dataset.x_test.shape == dataset.x_train.shape and np.array_equal(dataset.x_test, dataset.x_train):
            text = self.tr("{0} points, %n feature(s); tested on the same {0} points", None,
                           dataset.input_dim).format(loc.toString(dataset.n_train))
        else:
            text = self.tr("{0} training, {1} test, %n feature(s)", None, dataset.input_dim).format(
                loc.toString(dataset.n_train), loc.toString(dataset.n_test))
        self.info_label.setText(text)
        toy = self.session.key in TOY_DATASETS and self.session.key != "xor"   # XOR: the lecture's exact points
        for spin in (self.n_spin, self.noise_spin, self.test_spin):
            spin.setEnabled(toy)
        self.augment_check.setEnabled(dataset.input_dim == 784)

    def set_my_digits_count(self, count: int, available: bool, kind: str = "mnist") -> None:
        """Show how many drawings of the data's classes are saved (``kind`` "fashion": clothing); the box is usable
        only with MNIST or Fashion-MNIST (``available``) and some drawings. A disabled box keeps its tick for when
        they come back, but include_my_digits() is then False."""
        self.my_digits_check.setText(self.tr("Include my drawings ({0})").format(count) if kind == "fashion"
                                     else self.tr("Include my digits ({0})").format(count))
        self.my_digits_check.setEnabled(available and count > 0)

    def include_my_digits(self) -> bool:
        return self.my_digits_check.isEnabled() and self.my_digits_check.isChecked()

    def my_digits_ticked(self) -> bool:
        """Whether the box is ticked, also while it is disabled (data without drawings, as XOR)."""
        return self.my_digits_check.isChecked()
