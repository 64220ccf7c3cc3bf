"""Lesson 5's view: Nielsen's vanishing-gradient experiment with one click, and its two contrasts.

For each of Nielsen's three sigmoid networks the speed of learning of every hidden layer — ||∂C/∂b|| over the
first 1,000 MNIST training images, at initialization — and the factor between the last and the first hidden
layer, beside the factors of his published speeds (4.4×, 24×, 95×); then ReLU with He initialization (the
factor stays near 1) and large N(0, 1) weights (the gradient grows toward the input). The work (``nnstudio.lessons.vanishing``) runs in
the background with a progress bar; without the MNIST files the studio's download is offered.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from nnstudio.app.colors import layer_colors
from nnstudio.app.lessons.background import BackgroundJob
from nnstudio.app.lessons.common import (color_key, enable, fit_height, number, on_canvas, plot_widget, wrap_titles,
                                         wrapped)
from nnstudio.app.tables import add_copy_action
from nnstudio.lessons import vanishing
from nnstudio.lessons.catalog import LessonState

EXPERIMENTS = tuple(vanishing.EXPERIMENTS)        # sigmoid, relu_he, large_weights


def _network(sizes) -> str:
    return "[" + ", ".join(str(s) for s in sizes) + "]"


class VanishingView(QWidget):
    """Nielsen's experiment and the contrasts (see the module docstring)."""

    # a result arrived (the lesson's checks read the studio, not this view)
    changed = Signal()

    def __init__(self, link, parent: QWidget | None = None):
        super().__init__(parent)
        self.link = link
        self.results: dict[tuple[str, int], tuple[float, ...]] = {}     # (experiment, network) -> norms
        self.job = BackgroundJob(self)
        self.run_button = QPushButton(self.tr("Run Nielsen's experiment"), self)
        self.run_button.setToolTip(self.tr("Measure every hidden layer's ||∂C/∂b|| on the first 1,000 MNIST "
                                           "training images at initialization: sigmoid as Nielsen, then ReLU "
                                           "with He initialization, then large weights."))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(EXPERIMENTS) * len(vanishing.NIELSEN_SIZES))
        self.progress.setValue(0)
        self.plots = []
        # Nielsen's experiment across the top, its two contrasts side by side below it: three plots in a row, each
        # at the lessons' least width, were wider than the page at 1024×600 (it scrolled sideways)
        plots_grid = QGridLayout()
        cells = {"sigmoid": (0, 0, 1, 2), "relu_he": (1, 0, 1, 1), "large_weights": (1, 1, 1, 1)}
        titles = {"sigmoid": self.tr("sigmoid (Nielsen)"), "relu_he": self.tr("ReLU, He"),
                  "large_weights": self.tr("ReLU, N(0, 1)")}
        for experiment in EXPERIMENTS:
            plot = plot_widget(self, title=titles[experiment], bottom=self.tr("hidden layer"), left="||∂C/∂b||",
                               log_y=True)
            plot.getPlotItem().setXRange(0.8, 4.2, padding=0)
            plot.getPlotItem().disableAutoRange(axis="x")
            plot.setMouseEnabled(False, False)
            plots_grid.addWidget(plot, *cells[experiment])
            self.plots.append(plot)
        colors = layer_colors(len(vanishing.NIELSEN_SIZES))
        self.key = on_canvas(wrapped(color_key(zip(colors, (_network(s) for s in vanishing.NIELSEN_SIZES))), self))
        self.table = QTableWidget(len(vanishing.NIELSEN_SIZES), 1 + len(EXPERIMENTS) + 1, self)
        self.table.setTabKeyNavigation(False)     # Tab goes on to the next control; arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("network"), self.tr("sigmoid: last/first"),
                                              self.tr("Nielsen's figure"), self.tr("ReLU, He"),
                                              self.tr("N(0, 1) weights")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for r, sizes in enumerate(vanishing.NIELSEN_SIZES):
            self.table.setItem(r, 0, QTableWidgetItem(_network(sizes)))
            published = QTableWidgetItem(f"{number(vanishing.NIELSEN_FACTORS[r])}×")
            published.setTextAlignment(Qt.AlignmentFlag.AlignCenter)       # as the measured factors beside it
            self.table.setItem(r, 2, published)
        fit_height(self.table)
        wrap_titles(self.table)            # at 1024×600 the columns are narrower than their titles
        add_copy_action(self.table)        # Ctrl+C: the rows for a spreadsheet, not one cell
        self.summary = wrapped("", self)

        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.key)
        layout.addLayout(plots_grid, 1)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

        self.run_button.clicked.connect(self.run)
        self.job.progressed.connect(self._on_progress)
        self.job.failed.connect(self._on_failed)
        self.job.ended.connect(lambda: enable(self.run_button, True))

    def lesson_states(self) -> list[LessonState]:
        """Nothing of this view's own: the lesson's checks read the studio."""
        return []

    def run(self) -> bool:
        """Start the experiment (False if MNIST is missing: the download is offered, and the run follows it)."""
        if self.job.running:
            return False
        dataset = self.link.load_mnist(retry=self.run)
        if dataset is None:
            return False
        x, labels = dataset.x_train[:vanishing.IMAGES], dataset.y_train[:vanishing.IMAGES]
        self.results = {}
        self.progress.setValue(0)
        for plot in self.plots:               # the last run's results go at once, not as the new ones arrive
            plot.clear()
        for r in range(self.table.rowCount()):
            for column in (1, 3, 4):
                self.table.takeItem(r, column)
        enable(self.run_button, False, self.tr("The experiment is measuring (see the bar): you can run it again "
                                               "when it has finished."))
        self.summary.setText(self.tr("Measuring…"))

        def work(abort):
            total = len(EXPERIMENTS) * len(vanishing.NIELSEN_SIZES)
            done = 0
            for experiment in EXPERIMENTS:
                for n, sizes in enumerate(vanishing.NIELSEN_SIZES):
                    norms = vanishing.speed_of_learning(sizes, data=(x, labels),
                                                        **vanishing.EXPERIMENTS[experiment])
                    done += 1
                    yield done, total, (experiment, n, norms)
            return None
        self.job.start(work)
        return True

    def _on_progress(self, done: int, total: int, partial) -> None:
        experiment, n, norms = partial
        self.results[(experiment, n)] = norms
        self.progress.setValue(done)
        self._draw(experiment)
        self._fill_table()
        self.changed.emit()

    def _on_failed(self, message: str) -> None:
        self.summary.setText(message)

    def _draw(self, experiment: str) -> None:
        plot = self.plots[EXPERIMENTS.index(experiment)]
        plot.clear()
        colors = layer_colors(len(vanishing.NIELSEN_SIZES))
        for n, sizes in enumerate(vanishing.NIELSEN_SIZES):
            norms = self.results.get((experiment, n))
            if norms is None:
                continue
            layers = np.arange(1, len(norms) + 1)
            plot.plot(layers, norms, pen=pg.mkPen(colors[n], width=2), symbol="o", symbolSize=7,
                      symbolBrush=pg.mkBrush(*colors[n]))

    def factor(self, experiment: str, n: int) -> float | None:
        norms = self.results.get((experiment, n))
        return None if norms is None else vanishing.factor(norms)

    def _fill_table(self) -> None:
        for r in range(len(vanishing.NIELSEN_SIZES)):
            for column, experiment in ((1, "sigmoid"), (3, "relu_he"), (4, "large_weights")):
                factor = self.factor(experiment, r)
                if factor is not None:
                    item = QTableWidgetItem(f"{number(factor, 2)}×")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(r, column, item)
        if all(self.factor("sigmoid", r) is not None for r in range(3)):
            factors = ", ".join(f"{number(self.factor('sigmoid', r), 2)}×" for r in range(3))
            nielsen = ", ".join(f"{number(f)}×" for f in vanishing.NIELSEN_FACTORS)
            text = self.tr("The last hidden layer learns {0} faster than the first (Nielsen: {1}): the gradient "
                           "vanishes toward the input.").format(factors, nielsen)
            if self.factor("large_weights", 2) is not None:
                text += "\n" + self.tr("ReLU with He keeps the factor near 1; with N(0, 1) weights the first layer "
                                      "gets the larger gradient — it explodes toward the input.")
            self.summary.setText(text)

    def shutdown(self, timeout_s: float | None) -> bool:
        """Abort the background work; True once it has ended (None: wait for it as long as it takes)."""
        self.job.abort()
        return self.job.wait(timeout_s)
