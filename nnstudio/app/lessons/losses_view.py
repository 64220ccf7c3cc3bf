"""Lesson 8's view: the lecture's table of losses by problem type, as a chooser that sets up the studio.

Each row names the problem, the output layer, its activation and the loss (``nnstudio.lessons.problems``, from
the engine's own table) and a built-in data set of that type; its *Set up* button loads the data, builds the
network with that output layer and loss, and shows the studio.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.app.lessons.common import fit_height, wrap_titles, wrapped
from nnstudio.app.texts import title
from nnstudio.data import TOY_DATASETS
from nnstudio.lessons import problems
from nnstudio.lessons.catalog import LessonState
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.policy import allowed_problems
from nnstudio.session.presets import suggested_training


class LossesChooser(QWidget):
    """The table of problem types; a row's button sets the studio up for it."""

    # the studio was set up for a row
    changed = Signal()

    def __init__(self, link, training=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.training = training       # the lesson's TrainingSetUp (optimizer, lr, batch size, seed)
        headers = [self.tr("problem"), self.tr("output layer"), self.tr("activation"), self.tr("loss"),
                   self.tr("data set"), ""]
        self.table = QTableWidget(len(problems.PROBLEM_TABLE), len(headers), self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.names = {"regression": self.tr("regression"), "binary": self.tr("binary classification"),
                      "multiclass": self.tr("multi-class classification"),
                      "multilabel": self.tr("multi-label classification")}
        self.buttons: dict[str, QPushButton] = {}
        for r, row in enumerate(problems.PROBLEM_TABLE):
            # the activation and the loss as the lesson's table beside it writes them (시그모이드, not sigmoid)
            cells = (self.names[row.problem], title("Lessons", row.output), title("Lessons", row.activation_words),
                     title("Lessons", row.loss_words), title("Datasets", TOY_DATASETS[row.dataset][0]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(title("Problems", row.title) if c == 0 else text)
                self.table.setItem(r, c, item)
            button = QPushButton(self.tr("Set up"), self.table)
            button.setToolTip(self.tr("Load {0} into the studio with this output layer and loss, and show the "
                                      "studio.").format(title("Datasets", TOY_DATASETS[row.dataset][0])))
            button.clicked.connect(lambda _=False, p=row.problem: self.set_up(p))
            self.table.setCellWidget(r, len(headers) - 1, button)
            self.buttons[row.problem] = button
        self.table.resizeRowsToContents()
        fit_height(self.table)
        wrap_titles(self.table)            # "output layer" was cut at 1024×600
        self.note = wrapped(self.tr("The hidden layers are the same for every row: two layers of 8 ReLU units, as "
                                    "in the notes' Keras example. Only the output layer and the loss change with "
                                    "the problem."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def lesson_states(self) -> list[LessonState]:
        """Nothing of this view's own: the lesson's checks read the studio."""
        return []

    def set_up(self, problem: str) -> bool:
        """Set the studio up for ``problem``'s row; False if the data could not be loaded or used."""
        row = problems.row(problem)
        choice = DataChoice(row.dataset)
        dataset = self.link.load(choice)
        if dataset is None:
            return False
        spec = problems.network_for(problem, dataset.input_dim, allowed_problems(dataset)[problem])
        config = suggested_training(choice.key)
        if self.training is not None:
            config = TrainingConfig.from_dict(self.training.to_dict(), default=config)
        if not self.link.adopt(dataset, choice, spec, config):
            return False
        self.changed.emit()
        self.link.show_studio(self.tr("{0}: {1} output, {2} — press Run.").format(
            self.names[problem], row.activation, title("Lessons", row.loss_words)))   # (as the studio's editor)
        return True
