"""LayerStrip: the row below the drawing that edits the selected layer — neurons, activation, initializer, L1,
L2, dropout. It shows a layer and reports the learner's edits; the editor decides what they do."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from nnstudio.app.buttons import ToolButton
from nnstudio.app.editor.flow import flow_container
from nnstudio.app.optimizer_form import SettingSpinBox
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.spec import MAX_UNITS, NetworkSpec

REGULARIZER_LIMIT = 1.0    # the largest L1/L2 strength a learner types (a project may hold a larger one)
DROPOUT_LIMIT = 0.95       # the largest dropout rate a learner types (the engine takes any rate below 1)


def pair(label: QLabel, widget: QWidget) -> QWidget:
    """A label and its control kept together on one row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(label)
    row.addWidget(widget)
    return box


class LayerStrip(QWidget):
    """Controls for one layer of a spec; emits the learner's edits (never when ``show_layer`` sets values)."""

    unitsTyped = Signal(int)             # a new size for the selected hidden layer
    activationChosen = Signal(str)
    activationForHidden = Signal(str)    # this activation for every hidden layer
    fieldChanged = Signal(str, object)   # "initializer", "l1", "l2" or "dropout", and its new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer_label = QLabel()
        self.layer_label.setToolTip(self.tr("The selected layer; click a column to select another."))
        # one width for every layer's name: the strip must not wrap differently (and resize the drawing above,
        # moving its buttons) when another layer is selected
        bold = self.layer_label.font()
        bold.setBold(True)
        self.layer_label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(self.tr("Hidden layer 16")) + 4)
        self.units_spin = QSpinBox()
        self.units_spin.setRange(1, MAX_UNITS)
        self.units_spin.setKeyboardTracking(False)
        self.units_spin.setToolTip(self.tr("Number of neurons in the selected hidden layer."))
        self.units_spin.valueChanged.connect(self.unitsTyped)
        self.activation_combo = QComboBox()
        for name, cls in ACTIVATIONS.items():
            self.activation_combo.addItem(name, name)
            self.activation_combo.setItemData(self.activation_combo.count() - 1, cls.formula or name,
                                              Qt.ItemDataRole.ToolTipRole)
        self.activation_combo.setToolTip(self.tr("The function each neuron of the layer applies to Σ w·x + b."))
        self.activation_combo.activated.connect(
            lambda i: self.activationChosen.emit(str(self.activation_combo.itemData(i))))
        self.all_hidden_button = ToolButton()
        self.all_hidden_button.setText(self.tr("All hidden layers"))
        self.all_hidden_button.setToolTip(self.tr(
            "Give every hidden layer this activation (one undoable edit)."))
        self.all_hidden_button.clicked.connect(
            lambda: self.activationForHidden.emit(str(self.activation_combo.currentData())))
        self.initializer_combo = QComboBox()
        for name in INITIALIZERS:
            self.initializer_combo.addItem(name, name)
        self.initializer_combo.setToolTip(self.tr(
            "How the layer's weights are drawn before training (Glorot suits sigmoid/tanh, He suits ReLU)."))
        self.initializer_combo.activated.connect(
            lambda i: self.fieldChanged.emit("initializer", str(self.initializer_combo.itemData(i))))
        self.l1_spin = self._reg_spin(self.tr("L1 strength: adds λ·Σ|w| to the loss, driving some weights to 0."))
        self.l1_spin.valueChanged.connect(lambda v: self.fieldChanged.emit("l1", float(v)))
        self.l2_spin = self._reg_spin(self.tr("L2 strength: adds λ·Σw² to the loss, shrinking all weights."))
        self.l2_spin.valueChanged.connect(lambda v: self.fieldChanged.emit("l2", float(v)))
        # read and typed as the optimizer's settings are (0, 0.5; it read "0.00"), stepped by 0.05 from 0
        self.dropout_spin = SettingSpinBox(0.05)
        self.dropout_spin.setRange(0.0, DROPOUT_LIMIT)
        self.dropout_spin.setToolTip(self.tr(
            "Dropout rate after the layer: the fraction of its outputs dropped at random in each training step."))
        self.dropout_spin.valueChanged.connect(lambda v: self.fieldChanged.emit("dropout", float(v)))
        self._widgets = (self.units_spin, self.activation_combo, self.initializer_combo, self.l1_spin,
                         self.l2_spin, self.dropout_spin)
        items = [self.layer_label]
        for text, widget in ((self.tr("Neurons"), self.units_spin), (self.tr("Activation"), self.activation_combo),
                             (self.tr("Init"), self.initializer_combo), (self.tr("L1"), self.l1_spin),
                             (self.tr("L2"), self.l2_spin), (self.tr("Dropout"), self.dropout_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setToolTip(widget.toolTip())
            items.append(pair(label, widget))
            if widget is self.activation_combo:
                items.append(self.all_hidden_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(flow_container(items, self))

    def _reg_spin(self, tip: str) -> QDoubleSpinBox:
        # 0, 0.001, 1e-05 as the optimizer's weight decay reads (it read "0.00000" and "0.00100"); a project's
        # 2.5e-07 stays as it is (five decimals showed it as 0)
        spin = SettingSpinBox(1e-4)
        spin.setRange(0.0, REGULARIZER_LIMIT)
        spin.setToolTip(tip)
        return spin

    @staticmethod
    def _show_value(spin: QDoubleSpinBox, limit: float, value: float) -> None:
        """A project's value as it is, beyond the field's usual limit if it must be (an L2 of 2 read 1)."""
        spin.setMaximum(max(limit, value))
        spin.setValue(value)

    def show_layer(self, spec: NetworkSpec, column: int, title: str, size_refusal: str | None) -> None:
        """Show column ``column`` of ``spec`` (0 = the input) titled ``title``; ``size_refusal`` says why its
        size cannot be edited (None for a hidden layer)."""
        for w in self._widgets:
            w.blockSignals(True)
        try:
            self.units_spin.setValue(spec.sizes[column])
            self.units_spin.setEnabled(size_refusal is None)
            self.units_spin.setToolTip(size_refusal or self.tr("Number of neurons in the selected hidden layer."))
            # the same activation everywhere: offered while a hidden layer is selected and another one exists
            self.all_hidden_button.setEnabled(1 <= column <= len(spec.hidden) and len(spec.hidden) > 1)
            if column == 0:
                self.layer_label.setText(self.tr("<b>{title}</b>: %n feature(s)", None, spec.input_dim).format(
                    title=title))
                for w in self._widgets[1:]:
                    w.setEnabled(False)
                return
            layer = spec.layers[column - 1]
            self.layer_label.setText(self.tr("<b>{title}</b>").format(title=title))
            for w in self._widgets[1:]:
                w.setEnabled(True)
            for combo, name in ((self.activation_combo, layer.activation),
                                (self.initializer_combo, layer.initializer)):
                if combo.findData(name) < 0:
                    combo.addItem(name, name)
                combo.setCurrentIndex(combo.findData(name))
            self._show_value(self.l1_spin, REGULARIZER_LIMIT, layer.l1)
            self._show_value(self.l2_spin, REGULARIZER_LIMIT, layer.l2)
            self._show_value(self.dropout_spin, DROPOUT_LIMIT, layer.dropout)
            self.dropout_spin.setEnabled(column != len(spec.sizes) - 1)
        finally:
            for w in self._widgets:
                w.blockSignals(False)
