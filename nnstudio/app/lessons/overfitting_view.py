"""Lesson 10's view: the overfitting lab — a large network on 1,000 MNIST images, and each cure measured.

The learner ticks the cures to compare (L2, L1, dropout, augmentation, a smaller model; the network without a cure
is always measured first, as the baseline) and presses Run: each is trained for 50 epochs in the background
(``nnstudio.lessons.overfitting``), the train and test accuracy curves of the one training drawn as they grow (those
of the run's finished trainings stay, thin), and the table gets each cure's final train and test accuracy, their
gap, and how much of the baseline's gap it closed. Before the first run a line says what Run will do.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QHBoxLayout, QHeaderView, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.app.colors import class_color
from nnstudio.app.lessons.background import BackgroundJob
from nnstudio.app.lessons.common import add_legend, enable, fit_height, plot_widget, wrapped
from nnstudio.app.tables import add_copy_action
from nnstudio.app.texts import compiling_note, title
from nnstudio.lessons import overfitting
from nnstudio.lessons.catalog import LessonState

EPOCHS = overfitting.TRAINING["epochs"]
CURES = tuple(c for c in overfitting.CURES if c != "none")


class OverfittingLab(QWidget):
    """Train the lab's network with the chosen cures and tabulate the gaps (see the module docstring)."""

    # a cure's training finished (its curves are something the lesson's checks read)
    changed = Signal()

    def __init__(self, link, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.results: dict[str, overfitting.CureResult] = {}
        self.epochs = EPOCHS                 # of the run going on (or the last one)
        self.total_epochs = 0                # of all its trainings together
        self.stopped = False                 # the learner stopped the run going on (or the last one)
        self.job = BackgroundJob(self)
        strengths = {"l2": f"l2 = {overfitting.L2:g}", "l1": f"l1 = {overfitting.L1:g}",
                     "dropout": f"{overfitting.DROPOUT:g}", "augmentation": "",
                     "smaller": "[784, 30, 10]"}
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, cure in enumerate(CURES):
            text = title("Lessons", overfitting.CURES[cure])
            box = QCheckBox(f"{text} ({strengths[cure]})" if strengths[cure] else text, self)
            box.setChecked(True)
            grid.addWidget(box, i // 2, i % 2)    # (three columns made the view wider than a 1024-px window has room for)
            self.checks[cure] = box
        self.run_button = QPushButton(self.tr("Run the lab"), self)
        self.run_button.setToolTip(self.tr("Train [784, 256, 256, 10] on the first 1,000 MNIST training images for "
                                           "{0} epochs without a cure, then with each cure ticked, and measure the "
                                           "train and test accuracy.").format(EPOCHS))
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop at the end of the epoch going on; the trainings that finished "
                                            "stay in the table."))
        enable(self.stop_button, False, self._idle_stop_tip())
        self.progress = QProgressBar(self)
        self.status = wrapped("", self)
        self.plot = plot_widget(self, left=self.tr("accuracy"), bottom=self.tr("epoch"))
        add_legend(self.plot, offset=(-5, -5), labelTextSize="8pt")
        self.train_curve = self.plot.plot(pen=pg.mkPen(class_color(1), width=2), name=self.tr("training images"))
        self.test_curve = self.plot.plot(pen=pg.mkPen(class_color(0), width=2), name=self.tr("test images"))
        self.finished_curves: list = []      # the run's finished trainings, thin
        self.plot.getPlotItem().setXRange(0, EPOCHS, padding=0.02)
        headers = [self.tr("cure"), self.tr("train"), self.tr("test"), self.tr("gap"), self.tr("gap closed")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fit_height(self.table)
        add_copy_action(self.table)        # Ctrl+C: the rows for a spreadsheet, not one cell

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table)

        self.progress.hide()                 # (before the first run: only the line that says what Run will do)
        self.table.hide()
        for box in self.checks.values():
            box.toggled.connect(lambda _: self._show_plan())
        self._show_plan()

        self.run_button.clicked.connect(lambda: self.run())
        self.stop_button.clicked.connect(self.stop)
        self.job.progressed.connect(self._on_progress)
        self.job.failed.connect(self.status.setText)
        self.job.ended.connect(self._on_ended)

    # ------------------------------------------------------------------ what the checks read
    def lesson_states(self) -> list[LessonState]:
        """One state per finished training: its train and test accuracy after every epoch."""
        return [LessonState(train_accuracies=r.train_accuracies, test_accuracies=r.test_accuracies)
                for r in self.results.values() if len(r.train_accuracies) == self.epochs]

    def chosen_cures(self) -> list[str]:
        return ["none"] + [cure for cure, box in self.checks.items() if box.isChecked()]

    def _show_plan(self) -> None:
        if self.table.isHidden():            # nothing has run yet
            self.status.setText(self.tr("Run the lab: %n training(s) of {0} epochs (no cure, then each cure "
                                        "ticked), a few seconds each.", None, len(self.chosen_cures())).format(
                EPOCHS))

    # ------------------------------------------------------------------ running
    def run(self, epochs: int = EPOCHS) -> bool:
        """Train the baseline and the ticked cures (False if MNIST is missing: the download is offered)."""
        if self.job.running:
            return False
        dataset = self.link.load_mnist(retry=self.run)
        if dataset is None:
            return False
        n = overfitting.IMAGES
        data = (dataset.x_train[:n], dataset.y_train[:n], dataset.x_test, dataset.y_test)
        cures = self.chosen_cures()
        self.results, self.epochs, self.total_epochs, self.stopped = {}, epochs, len(cures) * epochs, False
        self.table.setRowCount(0)
        self.train_curve.setData([], [])     # the last run's curves go at once, not at the first new epoch
        self.test_curve.setData([], [])
        for curve in self.finished_curves:
            self.plot.removeItem(curve)
        self.finished_curves = []
        self.table.show()
        self.progress.show()
        self.status.setText("")
        self.progress.setRange(0, self.total_epochs)
        self.plot.getPlotItem().setXRange(0, epochs, padding=0.02)
        self.progress.setValue(0)
        enable(self.run_button, False, self.tr("The lab is running (see the bar): press Stop to end it early."))
        enable(self.stop_button, True)

        def work(abort):
            if overfitting.kernels_pending(cures):
                yield 0, len(cures) * epochs, None   # the bar waits: _on_progress says why
                overfitting.prepare_kernels()
            done = 0
            for cure in cures:
                for result in overfitting.train_with_cure_iter(cure, *data, epochs=epochs):
                    done += 1
                    yield done, len(cures) * epochs, result
                    if abort.is_set():
                        return None
            return None
        self.job.start(work)
        return True

    def _idle_stop_tip(self) -> str:
        return self.tr("Nothing is running: Stop ends a run of the lab early. Press Run the lab to start one.")

    def stop(self) -> None:
        """Stop the run at the end of the epoch going on; the trainings that finished stay in the table."""
        if self.job.running:
            self.stopped = True
            self.job.abort()

    def _on_progress(self, done: int, total: int, result: overfitting.CureResult | None) -> None:
        if result is None:  # compiling the kernels before the first epoch
            self.progress.setRange(0, 0)
            self.status.setText(compiling_note())
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.results[result.cure] = result
        epochs = len(result.train_accuracies)
        self.status.setText(self.tr("{0}: epoch {1} of {2}, train {3:.1%}, test {4:.1%}").format(
            title("Lessons", overfitting.CURES[result.cure]), epochs, self.epochs, result.train_accuracy,
            result.test_accuracy))
        xs = list(range(1, epochs + 1))
        self.train_curve.setData(xs, result.train_accuracies)
        self.test_curve.setData(xs, result.test_accuracies)
        if epochs == self.epochs:
            for color, accuracies in ((class_color(1), result.train_accuracies),
                                      (class_color(0), result.test_accuracies)):
                curve = self.plot.plot(xs, accuracies, pen=pg.mkPen((*color, 120), width=1))
                curve.setZValue(-1)          # under the training going on
                self.finished_curves.append(curve)
            self._fill_table()
            self.changed.emit()

    def _on_ended(self) -> None:
        if self.progress.maximum() == 0:  # stopped while compiling: no busy bar, no note left behind
            self.progress.setRange(0, max(self.total_epochs, 1))
            self.progress.setValue(0)
            self.status.setText("")
        if self.stopped:
            self.status.setText(self.tr("The lab stopped after {0} of {1} epochs; the table lists the trainings "
                                        "that finished. Run the lab starts again.").format(
                self.progress.value(), self.total_epochs))
        enable(self.run_button, True)
        enable(self.stop_button, False, self._idle_stop_tip())
        self._fill_table()
        self.changed.emit()

    def _fill_table(self) -> None:
        finished = [r for r in self.results.values() if len(r.train_accuracies) == self.epochs]
        self.table.setRowCount(len(finished))
        baseline = self.results.get("none")
        for row, r in enumerate(finished):
            closed = ""
            if baseline is not None and r.cure != "none" and baseline.gap > 0:
                share = round((baseline.gap - r.gap) / baseline.gap, 2)
                closed = f"{share:+.0%}" if share else "0%"
            cells = (title("Lessons", overfitting.CURES[r.cure]), f"{r.train_accuracy:.1%}", f"{r.test_accuracy:.1%}",
                     f"{100 * r.gap:.1f}", closed)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        fit_height(self.table)

    def shutdown(self, timeout_s: float | None) -> bool:
        """Abort the background work; True once it has ended (None: wait for it as long as it takes)."""
        self.job.abort()
        return self.job.wait(timeout_s)
