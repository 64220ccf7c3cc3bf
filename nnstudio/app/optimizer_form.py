"""The chosen optimizer's hyper-parameters, beside the learning rate: torch's names, torch's defaults, and a
tooltip with the update rule each one enters.

The fields come from the optimizer itself (``get_config()`` of a default instance), so every setting the engine
has is shown; the learner's values go to the session, which checks them (e.g. Nesterov needs momentum).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDoubleSpinBox, QFormLayout, QWidget

from nnstudio.app.texts import title
from nnstudio.engine.optimizers import OPTIMIZER_TITLES, OPTIMIZERS
from nnstudio.i18n import QT_TRANSLATE_NOOP

# what each hyper-parameter does, in the update rule's terms (g: gradient, η: learning rate, w: weight)
HELP = {
    "momentum": QT_TRANSLATE_NOOP("OptimizerForm", "Momentum μ: a velocity v ← μ·v + g carries past steps along "
                                                   "(w ← w − η·v); it rolls through small bumps and along valleys. "
                                                   "0 = plain SGD."),
    "dampening": QT_TRANSLATE_NOOP("OptimizerForm", "Dampening: v ← μ·v + (1 − dampening)·g — how little of the "
                                                    "new gradient enters the velocity."),
    "nesterov": QT_TRANSLATE_NOOP("OptimizerForm", "Nesterov momentum: step with g + μ·v, a look ahead along the "
                                                   "velocity (needs momentum > 0 and dampening 0)."),
    "weight_decay": QT_TRANSLATE_NOOP("OptimizerForm", "Weight decay λ: adds λ·w to the gradient (L2 "
                                                       "regularization), shrinking every weight a little each "
                                                       "step."),
    "lr_decay": QT_TRANSLATE_NOOP("OptimizerForm", "Learning-rate decay: step t uses η / (1 + (t − 1)·decay)."),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("OptimizerForm", "Adagrad's sum of squared gradients starts "
                                                                    "at this value (larger: smaller first "
                                                                    "steps)."),
    "eps": QT_TRANSLATE_NOOP("OptimizerForm", "ε: added to the denominator √(…) + ε so that a parameter with tiny "
                                              "gradients does not get an enormous step."),
    "alpha": QT_TRANSLATE_NOOP("OptimizerForm", "α: RMSprop's running average of squared gradients, "
                                                "s ← α·s + (1 − α)·g²; the step is η·g / (√s + ε). It forgets old "
                                                "gradients, which fixes Adagrad's ever-shrinking rate."),
    "centered": QT_TRANSLATE_NOOP("OptimizerForm", "Centered RMSprop: divide by the gradient's running variance "
                                                   "instead of its running mean square."),
    "beta1": QT_TRANSLATE_NOOP("OptimizerForm", "β₁: Adam's running average of gradients (momentum), "
                                                "m ← β₁·m + (1 − β₁)·g."),
    "beta2": QT_TRANSLATE_NOOP("OptimizerForm", "β₂: Adam's running average of squared gradients (as RMSprop), "
                                                "v ← β₂·v + (1 − β₂)·g²; the step is η·m̂ / (√v̂ + ε)."),
    "amsgrad": QT_TRANSLATE_NOOP("OptimizerForm", "AMSGrad: divide by the largest v̂ seen so far, so that the step "
                                                  "size never grows back."),
}
# each setting's label as the lectures write it (the field's tooltip names it as torch and Keras do)
LABELS = {
    "momentum": QT_TRANSLATE_NOOP("OptimizerForm", "Momentum:"),
    "dampening": QT_TRANSLATE_NOOP("OptimizerForm", "Dampening:"),
    "nesterov": QT_TRANSLATE_NOOP("OptimizerForm", "Nesterov:"),
    "weight_decay": QT_TRANSLATE_NOOP("OptimizerForm", "Weight decay:"),
    "lr_decay": QT_TRANSLATE_NOOP("OptimizerForm", "Learning-rate decay:"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("OptimizerForm", "Initial accumulator:"),
    "eps": "ε:",
    "alpha": "α:",
    "centered": QT_TRANSLATE_NOOP("OptimizerForm", "Centered:"),
    "beta1": "β₁:",
    "beta2": "β₂:",
    "amsgrad": "AMSGrad:",
}
# each setting named in a sentence, as Edit → Undo names an edit of it ("Undo Change weight decay")
SETTING_NAMES = {
    "momentum": QT_TRANSLATE_NOOP("OptimizerForm", "momentum"),
    "dampening": QT_TRANSLATE_NOOP("OptimizerForm", "dampening"),
    "nesterov": "Nesterov",
    "weight_decay": QT_TRANSLATE_NOOP("OptimizerForm", "weight decay"),
    "lr_decay": QT_TRANSLATE_NOOP("OptimizerForm", "learning-rate decay"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("OptimizerForm", "initial accumulator"),
    "eps": "ε",
    "alpha": "α",
    "centered": QT_TRANSLATE_NOOP("OptimizerForm", "centered"),
    "beta1": "β₁",
    "beta2": "β₂",
    "amsgrad": "AMSGrad",
}
# the setting's name in code: (torch.optim's, Keras 3's or None where Keras has no such argument)
CODE_NAMES = {
    "momentum": ("momentum", "momentum"),
    "dampening": ("dampening", None),
    "nesterov": ("nesterov", "nesterov"),
    "weight_decay": ("weight_decay", "weight_decay"),
    "lr_decay": ("lr_decay", None),
    "initial_accumulator_value": ("initial_accumulator_value", "initial_accumulator_value"),
    "eps": ("eps", "epsilon"),
    "alpha": ("alpha", "rho"),
    "centered": ("centered", "centered"),
    "beta1": ("betas[0]", "beta_1"),
    "beta2": ("betas[1]", "beta_2"),
    "amsgrad": ("amsgrad", "amsgrad"),
}


def label_text(name: str) -> str:
    """The setting's label, translated ("Weight decay:", "β₁:"); an unknown setting shows its engine name."""
    label = LABELS.get(name)
    if label is None:
        return f"{name}:"
    return QCoreApplication.translate("OptimizerForm", label) if label[0].isascii() else label


def setting_name(name: str) -> str:
    """The setting named in a sentence, translated ("weight decay", "β₂"); an unknown one by its engine name."""
    text = SETTING_NAMES.get(name, name)
    return QCoreApplication.translate("OptimizerForm", text) if name in SETTING_NAMES and text.islower() else text


def tooltip_text(name: str) -> str:
    """What the setting does, then its name in torch's and Keras' code."""
    help_text = QCoreApplication.translate("OptimizerForm", HELP[name]) if name in HELP else name
    torch_name, keras_name = CODE_NAMES.get(name, (name, None))
    if keras_name is None:
        return QCoreApplication.translate("OptimizerForm", "{help}\n\nIn code: {torch} (PyTorch; Keras has no such "
                                                           "argument)").format(help=help_text, torch=torch_name)
    return QCoreApplication.translate("OptimizerForm", "{help}\n\nIn code: {torch} (PyTorch), {keras} "
                                                       "(Keras)").format(help=help_text, torch=torch_name,
                                                                         keras=keras_name)


# the rule of each optimizer, shown on the optimizer chooser
RULES = {
    "sgd": QT_TRANSLATE_NOOP("OptimizerForm", "SGD: w ← w − η·g (with momentum: v ← μ·v + g, w ← w − η·v)."),
    "adagrad": QT_TRANSLATE_NOOP("OptimizerForm", "Adagrad: s ← s + g², w ← w − η·g / (√s + ε): each weight gets "
                                                  "its own rate, which shrinks as its gradients add up."),
    "rmsprop": QT_TRANSLATE_NOOP("OptimizerForm", "RMSprop: s ← α·s + (1 − α)·g², w ← w − η·g / (√s + ε): "
                                                  "Adagrad's per-weight rate without the decay."),
    "adam": QT_TRANSLATE_NOOP("OptimizerForm", "Adam: momentum and RMSprop together, with bias correction: "
                                               "w ← w − η·m̂ / (√v̂ + ε)."),
    "adamw": QT_TRANSLATE_NOOP("OptimizerForm", "AdamW: Adam with the weight decay applied to the weights "
                                                "directly (w ← w − η·λ·w), not through the gradient."),
}
# each optimizer's default learning rate as Keras 3 has it (the lectures' code takes these)
KERAS_RATES = {"sgd": 0.01, "adagrad": 0.001, "rmsprop": 0.001, "adam": 0.001, "adamw": 0.001}
# above these the optimizer is far from its usual rates: the adaptive ones step about η per weight whatever the
# gradient, so Adam at XOR's SGD rate of 3 diverges at once (the preset's comment: Adam at 0.1 already got stuck)
HIGH_RATES = {"sgd": 10.0, "adagrad": 0.1, "rmsprop": 0.1, "adam": 0.1, "adamw": 0.1}


def high_rate_hint(optimizer: str, lr: float) -> str:
    """What the studio says beside a learning rate far above what ``optimizer`` usually takes ("" otherwise)."""
    if lr <= HIGH_RATES.get(optimizer, float("inf")):
        return ""
    return QCoreApplication.translate("OptimizerForm", "{optimizer} usually takes a learning rate near {usual} "
                                                       "(Keras' default); {lr} is far above it and will likely "
                                                       "make the loss explode.").format(
        optimizer=title("Optimizers", OPTIMIZER_TITLES.get(optimizer, optimizer)), usual=rate_text(
            KERAS_RATES[optimizer]), lr=rate_text(lr))


_TYPED_NUMBER = re.compile(r"\d*\.?\d*(?:[eE][-+]?\d*)?")   # a number being typed: 0.01, .5, 3e-05
MAX_DECIMALS = 10     # an optimizer's setting holds this many decimals (a project's 0.99995 and 1e-05 as they are)


def rate_text(lr: float) -> str:
    """A learning rate as the studio and the race show it: 4 significant digits (0.01, 0.3162, 3e-05)."""
    return format(float(lr), ".4g")


def short_text(value: float) -> str:
    """A number as short as it is exactly: 0.9, 0, 1e-08, 0.99995 (Python's shortest round-trip form)."""
    text = repr(float(value) + 0.0)          # (+ 0.0: -0.0 reads 0)
    return text.removesuffix(".0")


class TypedNumberBox(QDoubleSpinBox):
    """A number ≥ 0 shown as short as it is (0.9, 0, 1e-08) and typed so too, exponent included. (Qt's own box
    pads to its decimals, "0.9000", and takes no exponent: typing the "1e-05" it showed gave 10.)"""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return short_text(round(value, self.decimals()))

    def _number(self, text: str) -> str:
        return text.removeprefix(self.prefix()).strip()

    def validate(self, text: str, pos: int):
        number = self._number(text)
        if not _TYPED_NUMBER.fullmatch(number):
            return QValidator.State.Invalid, text, pos
        try:
            value = float(number)
        except ValueError:          # (on the way: "1e", "1e-")
            return QValidator.State.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        return float(self._number(text))


class RateSpinBox(TypedNumberBox):
    """A learning rate: shown with 4 significant digits (0.01, 0.3162, 3e-05), typed so, stepped by a tenth of
    its leading digit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(8)
        self.setRange(1e-8, 100.0)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return rate_text(value)


class SettingSpinBox(TypedNumberBox):
    """An optimizer's setting, read as the learning rate is (0.9, 0, 1e-08 rather than "0.9000"); it holds
    ``MAX_DECIMALS`` decimals, so that a project's 0.99995 or 1e-05 stays as it is, and an arrow steps by a tenth
    of the leading digit, at least ``least_step`` (from 0: 0.0001, not 1e-10)."""

    def __init__(self, least_step: float, parent=None):
        super().__init__(parent)
        self._least_step = least_step
        self.setDecimals(MAX_DECIMALS)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if abs(self.value()) >= self._least_step:
            super().stepBy(steps)
            return
        # Qt's adaptive step below 10^-decimals is 10^-decimals itself: momentum 0 went up by 1e-10
        self.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
        self.setSingleStep(self._least_step)
        try:
            super().stepBy(steps)
        finally:
            self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)


# averaging factors below 1 (the engine, like torch, accepts any momentum ≥ 0, but with μ ≥ 1 the velocity never
# decays and training always diverges)
_UNIT_INTERVAL = {"alpha", "beta1", "beta2", "dampening", "momentum"}



def _least_step(name: str) -> float:
    """The smallest step of the field's arrows (ε lives around 1e-08)."""
    return 1e-8 if name == "eps" else 1e-4


def _maximum(name: str) -> float:
    """The largest value a learner can type into the field (a project file may hold a larger one)."""
    return 0.9999 if name in _UNIT_INTERVAL else 1e6


# each optimizer's settings in the order of torch's signature (torch.optim.SGD(params, lr, momentum, dampening,
# weight_decay, nesterov), Adam(params, lr, betas, eps, weight_decay, amsgrad), ...), as a lecture's code lists them
_TORCH_ORDER = {
    "sgd": ("momentum", "dampening", "weight_decay", "nesterov"),
    "adagrad": ("lr_decay", "weight_decay", "initial_accumulator_value", "eps"),
    "rmsprop": ("alpha", "eps", "weight_decay", "momentum", "centered"),
    "adam": ("beta1", "beta2", "eps", "weight_decay", "amsgrad"),
    "adamw": ("beta1", "beta2", "eps", "weight_decay", "amsgrad"),
}


def defaults(optimizer: str) -> dict:
    """The optimizer's hyper-parameters besides lr, with torch's defaults, in torch's order; Adam's betas as
    beta1, beta2."""
    config = OPTIMIZERS[optimizer]().get_config()
    config.pop("name")
    config.pop("lr")
    if "betas" in config:
        config["beta1"], config["beta2"] = config.pop("betas")
    order = _TORCH_ORDER.get(optimizer, ())
    # a setting torch's signature does not name keeps the engine's place after the named ones
    ranked = sorted(config, key=lambda name: order.index(name) if name in order else len(order))
    return {name: config[name] for name in ranked}


class OptimizerForm(QWidget):
    """Fields for one optimizer's hyper-parameters; ``changed`` carries {name: value} of an edit (betas as a
    pair, the engine's form)."""

    changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._fields: dict[str, QWidget] = {}
        self._optimizer = None

    def form(self) -> QFormLayout:
        """The fields' form (a narrow side panel puts them below their labels)."""
        return self._form

    def fields(self) -> dict[str, QWidget]:
        return dict(self._fields)

    def show_options(self, optimizer: str, options: dict) -> None:
        """Show ``optimizer``'s fields (rebuilt when it changed) holding ``options`` (defaults where missing)."""
        if optimizer != self._optimizer:
            self._rebuild(optimizer)
        values = defaults(optimizer)
        for name, value in options.items():
            if name == "betas":
                values["beta1"], values["beta2"] = value
            else:
                values[name] = value
        for name, widget in self._fields.items():
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(values[name]))
            else:
                self._show_value(name, widget, float(values[name]))
            widget.blockSignals(False)
        self._show_nesterov_state()

    def _nesterov_possible(self) -> bool:
        """Nesterov looks ahead along the velocity: it needs momentum > 0 and dampening 0 (the engine refuses
        it otherwise)."""
        momentum, dampening = self._fields.get("momentum"), self._fields.get("dampening")
        return (momentum is None or momentum.value() > 0) and (dampening is None or dampening.value() == 0)

    def _show_nesterov_state(self) -> None:
        """Nesterov's box greyed out, with the reason on its tooltip, while momentum is 0 or dampening is not
        (ticking it gave an error)."""
        box = self._fields.get("nesterov")
        if box is None:
            return
        possible = self._nesterov_possible()
        box.setEnabled(possible)
        tip = tooltip_text("nesterov")
        if not possible:     # what stands in the way now
            momentum, dampening = self._fields.get("momentum"), self._fields.get("dampening")
            no_momentum = momentum is not None and momentum.value() <= 0
            if no_momentum and dampening is not None and dampening.value() != 0:
                tip = QCoreApplication.translate("OptimizerForm", "Nesterov momentum needs momentum above 0 and "
                                                                  "dampening 0: set momentum above 0 and dampening "
                                                                  "to 0 first.")
            elif no_momentum:
                tip = QCoreApplication.translate("OptimizerForm", "Nesterov momentum needs momentum above 0 and "
                                                                  "dampening 0: set momentum first.")
            else:
                tip = QCoreApplication.translate("OptimizerForm", "Nesterov momentum needs momentum above 0 and "
                                                                  "dampening 0: set dampening to 0 first.")
        box.setToolTip(tip)
        label = self._form.labelForField(box)
        if label is not None:
            label.setToolTip(tip)
            label.setEnabled(possible)

    @staticmethod
    def _show_value(name: str, widget: SettingSpinBox, value: float) -> None:
        """The value as it is, beyond the field's usual range if it must be: a project's momentum of 0.99995
        showed as 0.9999 (the field's limit), while training went on with the file's value (and editing β₁ wrote
        the rounded β₂ back)."""
        widget.setMaximum(max(_maximum(name), value))
        widget.setValue(value)

    def _rebuild(self, optimizer: str) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields = {}
        self._optimizer = optimizer
        for name, value in defaults(optimizer).items():
            tip = tooltip_text(name)
            if isinstance(value, bool):
                widget = QCheckBox()
                widget.toggled.connect(lambda checked, n=name: self._edited(n, checked))
            else:
                widget = SettingSpinBox(_least_step(name))
                widget.setRange(0.0, _maximum(name))
                widget.valueChanged.connect(lambda v, n=name: self._edited(n, float(v)))
            widget.setToolTip(tip)
            self._form.addRow(label_text(name), widget)
            self._form.labelForField(widget).setToolTip(tip)
            self._fields[name] = widget

    def _edited(self, name: str, value) -> None:
        if name in ("beta1", "beta2"):
            self.changed.emit({"betas": (self._fields["beta1"].value(), self._fields["beta2"].value())})
            return
        change = {name: value}
        nesterov = self._fields.get("nesterov")
        if name in ("momentum", "dampening") and nesterov is not None:
            if nesterov.isChecked() and not self._nesterov_possible():
                # momentum back to 0 turns Nesterov off with it, in the same edit (the pair was refused)
                nesterov.blockSignals(True)
                nesterov.setChecked(False)
                nesterov.blockSignals(False)
                change["nesterov"] = False
            self._show_nesterov_state()
        self.changed.emit(change)
