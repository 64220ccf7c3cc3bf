"""The race room's side cards: the template (network and data — the studio's or set up here), the race's
settings (same rate or each tuned, target, length, seeds), and "same start, same batches" — the fingerprints
that show the race is fair."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

from nnstudio.app.optimizer_form import SettingSpinBox
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import title, translated
from nnstudio.data.mnist import MNIST_TITLES
from nnstudio.data.toy import TOY_DATASETS
from nnstudio.engine.sweep import DEFAULT_RATES
from nnstudio.i18n import TranslatableError
from nnstudio.session.race import COMPARISONS, RaceTemplate

HIDDEN_ACTIVATIONS = ("tanh", "relu", "sigmoid", "leaky_relu")


class TemplateCard(QGroupBox):
    """What every contestant starts from: the studio's network or one set up here."""

    errorMessage = Signal(str)

    def __init__(self, session, studio_session=None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Network and data"))
        self.session = session
        self.studio_session = studio_session
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setToolTip(self.tr("The template: every contestant is a copy of this network with the "
                                            "same initial weights, trained on these data with this batch size."))
        self.studio_button = QPushButton(self.tr("Take the studio's network"), self)
        self.studio_button.setToolTip(self.tr("Race on the studio's current network, its initial weights, its data "
                                              "and its batch size (the race starts again)."))
        self.studio_button.setEnabled(studio_session is not None)
        self.studio_button.clicked.connect(self.take_studio)

        self.data_combo = QComboBox(self)
        for key, (text, _) in TOY_DATASETS.items():
            self.data_combo.addItem(title("Datasets", text), key)
        self.data_combo.setToolTip(self.tr("Race on this data set (set up here, without the studio)."))
        self.hidden_edit = QLineEdit(self)
        self.hidden_edit.setToolTip(self.tr("The hidden layers' sizes, separated by commas (e.g. 16,16; empty: no "
                                            "hidden layer)."))
        self.activation_combo = QComboBox(self)
        for name in HIDDEN_ACTIVATIONS:
            self.activation_combo.addItem(name, name)
        self.activation_combo.setToolTip(self.tr("The hidden layers' activation."))
        self.batch_spin = QSpinBox(self)
        self.batch_spin.setRange(1, 100_000)
        self.batch_spin.setKeyboardTracking(False)
        self.batch_spin.setToolTip(self.tr("Samples per step; as many as the data has (or more) means full batch."))
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2 ** 31 - 1)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(self.tr("The seed of the initial weights and of the batch order (many seeds: "
                                          "the first seed)."))
        own = RaceTemplate.own()
        self.data_combo.setCurrentIndex(self.data_combo.findData(own.data_key))
        self.hidden_edit.setText(",".join(str(layer.units) for layer in own.spec.hidden))
        self.activation_combo.setCurrentIndex(self.activation_combo.findData("tanh"))
        self.batch_spin.setValue(own.batch_size)
        self.seed_spin.setValue(own.seed)
        self.data_combo.activated.connect(lambda _: self.use_own())
        self.hidden_edit.editingFinished.connect(self._on_hidden_edited)
        self.activation_combo.activated.connect(lambda _: self.use_own())
        self.batch_spin.valueChanged.connect(lambda _: self.use_own())
        self.seed_spin.valueChanged.connect(lambda _: self.use_own())

        # the set-up here is the alternative, ticked when it is raced and greyed while the studio's network is: it
        # showed Spiral and 16,16 in full colour beside a race on the studio's XOR network, and read as the race's
        self.own_box = QGroupBox(self.tr("Or set up here"), self)
        self.own_box.setCheckable(True)
        self.own_box.setToolTip(self.tr("Tick to race on the network and data set up here; untick to race on the "
                                        "studio's network again (the race starts again)."))
        self.own_box.toggled.connect(self._on_own_toggled)
        form = QFormLayout(self.own_box)
        form.addRow(self.tr("Data:"), self.data_combo)
        form.addRow(self.tr("Hidden layers:"), self.hidden_edit)
        form.addRow(self.tr("Activation:"), self.activation_combo)
        form.addRow(self.tr("Batch size:"), self.batch_spin)
        form.addRow(self.tr("Seed:"), self.seed_spin)
        column = QVBoxLayout(self)
        column.addWidget(self.description)
        column.addWidget(self.studio_button)
        column.addWidget(self.own_box)
        subscribe(self, session.events.template, self.show_template)
        self.show_template(session.template)

    def show_template(self, template) -> None:
        ds = template.dataset
        batches = (self.tr("the whole training set in every step") if template.full_batch
                   else self.tr("batches of %n", None, template.batch_size))
        # the data set as the studio lists it ("Moons", "MNIST digits (28×28)"; it read "moons", "mnist") and its
        # counts as the studio writes them ("60,000"; it read "60000")
        key = template.data_key
        name = (title("Datasets", TOY_DATASETS[key][0]) if key in TOY_DATASETS
                else title("Datasets", MNIST_TITLES[key]) if key in MNIST_TITLES else ds.name)
        loc = QLocale()
        what = self.tr("{0} on {1}: {2} training and {3} test points, {4}, seed {5}.").format(
            template.architecture(), name, loc.toString(template.n_train), loc.toString(ds.n_test), batches,
            template.seed)
        where = self.tr("From the studio.") if template.source == "studio" else self.tr("Set up here.")
        self.description.setText(f"{what} {where}")
        self._show_source()
        if template.source == "own":               # the controls show what the race runs on (a project's too)
            hidden = template.spec.hidden
            self.data_combo.setCurrentIndex(self.data_combo.findData(template.data_key))
            self.hidden_edit.setText(",".join(str(layer.units) for layer in hidden))
            if hidden:
                self.activation_combo.setCurrentIndex(self.activation_combo.findData(hidden[0].activation))
            for widget, value in ((self.batch_spin, template.batch_size), (self.seed_spin, template.seed)):
                widget.blockSignals(True)
                widget.setValue(value)
                widget.blockSignals(False)

    def _show_source(self) -> None:
        """The set-up here ticked (and its controls live) when it is what the race runs on, else greyed."""
        self.own_box.blockSignals(True)
        self.own_box.setChecked(self.session.template.source == "own")
        self.own_box.blockSignals(False)

    def _on_own_toggled(self, on: bool) -> None:
        if on:
            self.use_own()
        else:
            self.take_studio()
        self._show_source()            # (what the race runs on now: unchanged if that failed, or without a studio)

    def take_studio(self) -> None:
        if self.studio_session is not None:
            self._try(self.session.take_studio, self.studio_session)

    def _on_hidden_edited(self) -> None:
        if self.hidden_edit.isModified():
            self.hidden_edit.setModified(False)
            self.use_own()

    def hidden_sizes(self) -> tuple[int, ...]:
        text = self.hidden_edit.text().replace(" ", "")
        try:
            sizes = tuple(int(v) for v in text.split(",") if v)
        except ValueError:
            raise ValueError(self.tr("Write the hidden layers' sizes as whole numbers separated by commas, e.g. "
                                     "16,16.")) from None
        if any(s < 1 for s in sizes):
            raise ValueError(self.tr("A hidden layer needs at least 1 neuron."))
        return sizes

    def use_own(self) -> None:
        """Race on the set-up of this card's controls."""
        def build():
            return RaceTemplate.own(self.data_combo.currentData(), self.hidden_sizes(),
                                    self.activation_combo.currentData(), self.batch_spin.value(),
                                    self.seed_spin.value())
        template = self._try(build)
        if template is not None:
            self._try(self.session.set_template, template)

    def _try(self, call, *args):
        try:
            return call(*args)
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            return None


class SettingsCard(QGroupBox):
    """How the race runs: same rate or each tuned, the target loss, the length, the seeds, the tuning budget."""

    errorMessage = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Race"))
        self.session = session
        self.comparison_combo = QComboBox(self)
        for key, text in COMPARISONS.items():
            self.comparison_combo.addItem(title("Race", text), key)
        self.comparison_combo.setToolTip(self.tr(
            "Same learning rate: each contestant races with the rate you set. Each tuned: first every contestant "
            "tries the same {0} learning rates (0.001 to 1) for the same number of steps — the same budget for "
            "all — then each races at its best rate.").format(len(DEFAULT_RATES)))
        self.comparison_combo.activated.connect(
            lambda _: self._set(comparison=self.comparison_combo.currentData()))
        self.target_check = QCheckBox(self.tr("Target loss:"), self)
        # read and typed as the studio's settings are (0.1, 2.5e-3; it read "0.1000"), a project's 0.123456 as it is
        self.target_spin = SettingSpinBox(0.0001, self)
        self.target_spin.setRange(0.0001, 1000.0)
        self.target_spin.setValue(0.1)
        tip = self.tr("When the training loss (averaged over an epoch) first reaches this value: the table shows "
                      "the steps and seconds each contestant needed, many seeds the share that got there.")
        self.target_check.setToolTip(tip)
        self.target_spin.setToolTip(tip)
        self._target_off = self.tr("Off until you tick Target loss: then, when the training loss (averaged over an "
                                   "epoch) first reaches this value, the table shows the steps and seconds each "
                                   "contestant needed.")
        self.target_check.toggled.connect(lambda _: self._set_target())
        self.target_spin.valueChanged.connect(lambda _: self._set_target())
        self.length_spin = QSpinBox(self)
        self.length_spin.setRange(1, 10_000_000)
        self.length_spin.setSingleStep(500)
        self.length_spin.setKeyboardTracking(False)
        self.length_spin.setToolTip(self.tr("How many steps the race lasts; a longer race goes on from where it "
                                            "stopped."))
        self.length_spin.valueChanged.connect(lambda v: self._set(length=int(v)))
        self.seeds_spin = QSpinBox(self)
        self.seeds_spin.setRange(1, 1000)
        self.seeds_spin.setKeyboardTracking(False)
        self.seeds_spin.setToolTip(self.tr("Many seeds: how many initial weights (and batch orders) every "
                                           "contestant trains from, all at once."))
        self.seeds_spin.valueChanged.connect(lambda v: self._set(seeds=int(v)))
        self.tune_spin = QSpinBox(self)
        self.tune_spin.setRange(1, 100_000)
        self.tune_spin.setSingleStep(50)
        self.tune_spin.setKeyboardTracking(False)
        self.tune_spin.setToolTip(self.tr("Each tuned: the steps every tried learning rate runs (the same for "
                                          "every contestant). It follows the race's Steps until you change it here; "
                                          "set it to Steps again to link it back. As many as the race's picks the "
                                          "rate that does best over the race; fewer is quicker but judges the rates "
                                          "on how they start."))
        self.tune_spin.valueChanged.connect(self._set_tune_steps)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_check)
        target_row.addWidget(self.target_spin, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Compare:"), self.comparison_combo)
        form.addRow(target_row)
        form.addRow(self.tr("Steps:"), self.length_spin)
        form.addRow(self.tr("Seeds:"), self.seeds_spin)
        form.addRow(self.tr("Tuning steps:"), self.tune_spin)
        self._form = form
        self._tips = {w: w.toolTip() for w in (self.comparison_combo, self.target_check, self.target_spin,
                                               self.length_spin, self.seeds_spin, self.tune_spin)}
        subscribe(self, session.events.settings, self.show_settings)
        self.show_settings(session.settings)

    def show_settings(self, settings) -> None:
        widgets = (self.comparison_combo, self.target_check, self.target_spin, self.length_spin, self.seeds_spin,
                   self.tune_spin)
        for w in widgets:
            w.blockSignals(True)
        self.comparison_combo.setCurrentIndex(self.comparison_combo.findData(settings.comparison))
        self.target_check.setChecked(settings.target_loss is not None)
        if settings.target_loss is not None:
            self.target_spin.setValue(settings.target_loss)
        self.length_spin.setValue(settings.length)
        self.seeds_spin.setValue(settings.seeds)
        self.tune_spin.setValue(settings.tuning_steps)
        for w in widgets:
            w.blockSignals(False)
        surface = settings.mode == "surface"
        self.comparison_combo.setEnabled(not surface)
        self.length_spin.setEnabled(not surface)
        self.target_check.setEnabled(not surface)
        self.target_spin.setEnabled(not surface and settings.target_loss is not None)
        self.seeds_spin.setEnabled(settings.mode == "seeds")
        self.tune_spin.setEnabled(not surface and settings.comparison == "tuned")
        # a control that is off says why
        on_surface = self.tr("The loss surface races without these settings (its steps are set above the "
                             "surface): choose Network race (Alt+1) or Many seeds (Alt+2) to use them.")
        why = {self.seeds_spin: self.tr("Only Many seeds trains from several seeds: choose it in the mode box "
                                        "(Alt+2)."),
               self.tune_spin: self.tr("Only Each tuned tries learning rates first: choose it under Compare."),
               self.target_spin: self._target_off}
        for widget, tip in self._tips.items():
            if widget.isEnabled():
                widget.setToolTip(tip)
            else:
                widget.setToolTip(on_surface if surface else why[widget])

    def _set_tune_steps(self, value: int) -> None:
        """A number of the learner's own, which then stays when Steps changes; Steps' own number links it again."""
        self._set(tune_steps=None if int(value) == self.session.settings.length else int(value))

    def _set_target(self) -> None:
        on = self.target_check.isChecked()
        self.target_spin.setEnabled(on)
        self.target_spin.setToolTip(self._tips[self.target_spin] if on else self._target_off)
        self._set(target_loss=float(self.target_spin.value()) if self.target_check.isChecked() else None)

    def _set(self, **changes) -> None:
        try:
            self.session.set_settings(**changes)
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            self.show_settings(self.session.settings)


class FairnessCard(QGroupBox):
    """"Same start, same batches": the fingerprints of the contestants' common initial weights and of every
    batch fed so far, so that a learner can see the race is fair (and compare it with a replay)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Same start, same batches"))
        self.session = session
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr(
            "A fingerprint is a short digest: equal fingerprints mean equal numbers. Every contestant is a copy of "
            "one network (one weights fingerprint) and gets the very same batches in the same order (one batch "
            "fingerprint, updated with every step) — unlike demos that build each network with its own random "
            "weights."))
        column = QVBoxLayout(self)
        column.addWidget(self.label)
        self._last = None
        self.show_snapshot(None)

    def show_snapshot(self, snapshot) -> None:
        s = self.session
        mode = s.mode if snapshot is None else snapshot.mode
        if mode == "surface":
            x, y = s.surface_start()
            text = self.tr("Every contestant starts at ({0:.3g}, {1:.3g}) and takes %n step(s) with the same "
                           "optimizer code that trains networks; with gradient noise, all get the same draws.", None,
                           s.surface_setup.steps).format(x, y)
        elif mode == "seeds":
            seeds = s.settings.seeds
            first = s.template.seed
            text = self.tr("Seed s gives the initial weights that seed draws and the batch order of seed s — the "
                           "same for every contestant: %n start(s), seeds {0} to {1}.", None, seeds).format(
                first, first + seeds - 1)
        else:
            weights = snapshot.weights_fingerprint if snapshot is not None else s.weights_fingerprint
            batches = snapshot.batches_fingerprint if snapshot is not None else s.batches_fingerprint
            step = snapshot.step if snapshot is not None else s.step
            text = self.tr("Initial weights: <tt><b>{0}</b></tt>, the same for every contestant.<br>Batches: "
                           "<tt><b>{1}</b></tt> after %n step(s), the same for all.", None, step).format(
                weights or "—", batches or "—")
        if text != self._last:
            self._last = text
            self.label.setText(text)
