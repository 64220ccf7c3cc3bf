"""The contestants: one row each (colour, shown or hidden, name, optimizer, learning rate, every further
hyper-parameter, duplicate, remove), the Add button and the presets.

The rows show the race session's contestants and send it intents; a learning rate changed while the race runs
takes effect at its next step. A setting the session refuses is reported through ``errorMessage``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QHBoxLayout, QLineEdit, QMenu, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from nnstudio.app.race.palette import color_count, swatch
from nnstudio.app.optimizer_form import RULES, OptimizerForm, RateSpinBox
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import title, translated
from nnstudio.engine.optimizers import OPTIMIZER_TITLES, OPTIMIZERS
from nnstudio.engine.race import PRESETS
from nnstudio.i18n import TranslatableError
from nnstudio.session.race import MAX_CONTESTANTS


class ContestantRow(QFrame):
    """One contestant's controls."""

    def __init__(self, session, key: str, panel, parent=None):
        super().__init__(parent)
        self.session = session
        self.key = key
        self._panel = panel
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.color_button = QToolButton(self)
        self.color_button.setToolTip(self.tr("This contestant's colour in every plot and the table; click to "
                                             "choose another."))
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.color_button)
        names = (self.tr("blue"), self.tr("vermillion"), self.tr("bluish green"), self.tr("reddish purple"),
                 self.tr("orange"), self.tr("sky blue"), self.tr("black"), self.tr("indigo"))
        for k in range(color_count()):
            action = menu.addAction(swatch(k, 14), names[k])
            action.triggered.connect(lambda _=False, c=k: self._edit(color=c))
        self.color_button.setMenu(menu)
        self.visible_check = QCheckBox(self)
        self.visible_check.setToolTip(self.tr("Show this contestant in the plots (it races either way)."))
        self.visible_check.toggled.connect(lambda on: self._edit(visible=on))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMinimumWidth(80)
        self.name_edit.setToolTip(self.tr("The contestant's name in the legends and the table."))
        self.name_edit.editingFinished.connect(self._on_name)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_tip = self.tr("Remove this contestant (the others race on).")
        self.remove_button.setToolTip(self.remove_tip)
        self.remove_button.clicked.connect(lambda: panel.remove(self.key))

        self.optimizer_combo = QComboBox(self)
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(title("Optimizers", OPTIMIZER_TITLES.get(name, name)), name)
            self.optimizer_combo.setItemData(self.optimizer_combo.count() - 1,
                                             QCoreApplication.translate("OptimizerForm", RULES[name]),
                                             Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.setToolTip(self.tr("The optimizer; another one starts the race again, so that every "
                                                "contestant starts together."))
        self.optimizer_combo.activated.connect(lambda _: self._edit(config={
            "name": self.optimizer_combo.currentData(), "lr": self.lr_spin.value()}))
        self.lr_spin = RateSpinBox(self)
        self.lr_spin.setPrefix("η = ")
        self.lr_spin.setToolTip(self.tr("The learning rate η; change it while the race runs and it takes effect "
                                        "at the next step."))
        self.lr_spin.valueChanged.connect(lambda v: self._edit(config={"lr": float(v)}))
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("More"))
        self.more_button.setCheckable(True)
        self.more_button.setToolTip(self.tr("Show every further hyper-parameter of this optimizer (momentum, "
                                            "betas, ε, …) with torch's names."))
        self.duplicate_button = QToolButton(self)
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_tip = self.tr("Add a copy of this contestant (the same optimizer and settings: it runs "
                                     "exactly the same race).")
        self.duplicate_button.setToolTip(self.duplicate_tip)
        self.duplicate_button.clicked.connect(lambda: panel.duplicate(self.key))
        self.form = OptimizerForm(self)
        self.form.setVisible(False)
        self.form.changed.connect(lambda change: self._edit(config=change))
        self.more_button.toggled.connect(self._show_more)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for widget in (self.color_button, self.visible_check):
            top.addWidget(widget)
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.remove_button)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(self.optimizer_combo)
        middle.addWidget(self.lr_spin, 1)
        middle.addWidget(self.more_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(3)
        column.addLayout(top)
        column.addLayout(middle)
        column.addWidget(self.form)

    def show_contestant(self, c) -> None:
        """Show ``c`` (a session Contestant) without sending edits back."""
        widgets = (self.visible_check, self.name_edit, self.optimizer_combo, self.lr_spin, self.form)
        for w in widgets:
            w.blockSignals(True)
        self.color_button.setIcon(swatch(c.color, 14))
        self.visible_check.setChecked(c.visible)
        if not self.name_edit.hasFocus():
            self.name_edit.setText(c.name)
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(c.optimizer))
        self.lr_spin.setValue(c.lr)
        self.form.show_options(c.optimizer, c.hyperparameters())
        for w in widgets:
            w.blockSignals(False)

    def _show_more(self, on: bool) -> None:
        """The further hyper-parameters shown or hidden, and the panel around laid out again at once: hidden, the
        row's layout went first and the room painted the row at its old height, then the panel's, each a frame
        later (the row's two lines spread apart, then a gap below it)."""
        self.form.setVisible(on)
        widget = self
        while widget is not None and not widget.isWindow():
            if widget.layout() is not None:
                widget.layout().activate()          # from this row up: each sees the fresh size of the one below
            widget = widget.parentWidget()

    def _on_name(self) -> None:
        if self.name_edit.text().strip() != self.session.contestant(self.key).name:
            self._edit(name=self.name_edit.text())
        # as the race has it: trimmed, or the name it had when an empty one was refused (with a message)
        self.name_edit.setText(self.session.contestant(self.key).name)

    def _edit(self, **changes) -> None:
        self._panel.edit(self.key, **changes)


class ContestantsPanel(QWidget):
    """Every contestant's row, with Add and the presets."""

    errorMessage = Signal(str)
    statusMessage = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: dict[str, ContestantRow] = {}
        self.add_action = QAction(self.tr("&Add contestant"), self)      # (the Race menu's entry)
        self.add_tip = self.tr("Add a contestant (Adam at 0.01; change it as you like). A race that has begun "
                               "starts again, so that everyone starts together.")
        self.add_action.setToolTip(self.add_tip)
        self.add_action.triggered.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.add_action.toolTip())
        self.add_button.clicked.connect(self.add)
        self.preset_button = QPushButton(self.tr("Presets"), self)
        self.preset_button.setToolTip(self.tr("Replace the contestants by a ready-made set."))
        self.preset_menu = QMenu(self.preset_button)
        self.preset_menu.setToolTipsVisible(True)
        tips = {"lecture": self.tr("SGD, momentum, Adagrad, RMSprop and Adam: the optimizers of the lecture."),
                "learning_rates": self.tr("The first contestant, with its settings, at six learning rates from a "
                                          "hundredth to a thousand times the lecture's rate for its optimizer (SGD: "
                                          "0.001 to 100; Adam: 0.0001 to 10): too small, about right, too large."),
                "adam_vs_sgd": self.tr("Adam and plain SGD at the same learning rate, 0.01.")}
        self.preset_actions = {}
        texts = {"lecture": self.tr("The &lecture's five"), "learning_rates": self.tr("Learning &rates"),
                 "adam_vs_sgd": self.tr("&Adam vs SGD at the same rate")}      # (menu entries: with mnemonics)
        for key, (text, _) in PRESETS.items():
            action = self.preset_menu.addAction(texts.get(key, title("Race", text)))
            action.setToolTip(tips.get(key, ""))
            action.triggered.connect(lambda _=False, k=key: self.apply_preset(k))
            self.preset_actions[key] = action
        self.preset_button.setMenu(self.preset_menu)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.preset_button)
        buttons.addStretch(1)
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(4)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.list_layout)
        column.addLayout(buttons)
        subscribe(self, session.events.contestants, self.show_contestants)
        self.show_contestants(session.contestants)

    def show_contestants(self, contestants) -> None:
        """One row per contestant, in order (rows of the same contestant are kept: focus and More stay)."""
        keys = [c.key for c in contestants]
        for key in [k for k in self.rows if k not in keys]:
            row = self.rows.pop(key)
            self.list_layout.removeWidget(row)
            row.deleteLater()
        for i, c in enumerate(contestants):
            row = self.rows.get(c.key)
            if row is None:
                row = self.rows[c.key] = ContestantRow(self.session, c.key, self, self)
            if self.list_layout.indexOf(row) != i:
                self.list_layout.insertWidget(i, row)
            row.show_contestant(c)
        # full: Add and every Duplicate are off and say why
        full = len(contestants) >= MAX_CONTESTANTS
        why = self.tr("At most {0} contestants race at once: remove one to add another.").format(MAX_CONTESTANTS)
        for control, tip in ((self.add_button, self.add_tip), (self.add_action, self.add_tip),
                             *((row.duplicate_button, row.duplicate_tip) for row in self.rows.values())):
            control.setEnabled(not full)
            control.setToolTip(why if full else tip)
        # the last one: its remove button is off and says why
        last = len(contestants) == 1
        for row in self.rows.values():
            row.remove_button.setEnabled(not last)
            row.remove_button.setToolTip(self._last_one_tip() if last else row.remove_tip)

    # -- intents -----------------------------------------------------------------------------------------------
    def _try(self, intent, *args, **kwargs):
        try:
            return intent(*args, **kwargs)
        except (TranslatableError, ValueError) as exc:
            self.errorMessage.emit(translated(exc))
            self.show_contestants(self.session.contestants)     # the refused value goes back
            return None

    def edit(self, key: str, **changes) -> None:
        restarted = self._try(self.session.update_contestant, key, **changes)
        if restarted:
            self.statusMessage.emit(self.tr("The race starts again: every contestant starts together."))
        elif (restarted is not None and "config" in changes and self.session.finished
              and self.session.settings.mode == "network"):
            self.statusMessage.emit(self.tr("The race is over: the table keeps the settings it ran with; the new "
                                            "setting races when you press Race."))

    def add(self) -> None:
        self._try(self.session.add_contestant)

    def duplicate(self, key: str) -> None:
        self._try(self.session.duplicate_contestant, key)

    def remove(self, key: str) -> None:
        if len(self.session.contestants) > 1:
            self._try(self.session.remove_contestant, key)
        else:
            self.errorMessage.emit(self._last_one_tip())

    def _last_one_tip(self) -> str:
        return self.tr("A race needs a contestant: add another before you remove this one.")

    def apply_preset(self, key: str) -> None:
        self._try(self.session.apply_preset, key, lambda text: QCoreApplication.translate("Race", text))
