"""The results table: one row per contestant — its final loss and accuracy, the steps and seconds it needed to
reach the target, where it diverged; with many seeds the median, the share of seeds that reached the target and
the steps they needed; on a surface where each is at the step the animation shows (at its end: where each
ended). When each was tuned, which rate won and that every contestant had the same budget. Exported as CSV (the
numbers) or PNG (every row and column as shown, also those scrolled out of view).

A click on a column's title sorts the rows by it (numbers as numbers; a dash, not reached or not known, last in
either order; a third click gives the race's order back), and the sort holds while the race updates the rows
(not when the columns change, as from one race mode to another: then the rows are in the race's order again).
Ctrl+C (or Copy in the table's context menu) copies the selected rows, or all of them, with the column titles, as
tab-separated text for a spreadsheet."""
from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from nnstudio.app.plots.base import PlotView
from nnstudio.app.race.palette import swatch
from nnstudio.app.tables import add_copy_action, copy_rows, selected_rows
from nnstudio.app.optimizer_form import defaults
from nnstudio.app.texts import title
from nnstudio.engine.optimizers import OPTIMIZER_TITLES
from nnstudio.engine.sweep import DEFAULT_RATES


def optimizer_text(config: dict) -> str:
    """"SGD (momentum 0.9)": the optimizer and its settings that differ from torch's defaults (lr aside)."""
    name = str(config.get("name", ""))
    base = defaults(name) if name in OPTIMIZER_TITLES else {}
    if "beta1" in base:                       # (the form's two fields are the engine's one pair)
        base["betas"] = (base.pop("beta1"), base.pop("beta2"))
    parts = []
    for key, value in config.items():
        if key in ("name", "lr") or base.get(key) == value or (isinstance(value, (list, tuple))
                                                               and tuple(value) == base.get(key)):
            continue
        if isinstance(value, bool):
            parts.append(key)
        elif isinstance(value, (list, tuple)):
            parts.append(f"{key} {'/'.join(f'{v:g}' for v in value)}")
        else:
            parts.append(f"{key} {value:g}")
    text = title("Optimizers", OPTIMIZER_TITLES.get(name, name))
    return f"{text} ({', '.join(parts)})" if parts else text


def _whole(value) -> str:
    """A step count rounded to a whole number (halves up)."""
    return str(math.floor(float(value) + 0.5))


def rate_text(lr) -> str:
    """A learning rate as every part of the race shows it (0.01, 0.3162, 3e-05): its row's box, the table, the
    tuning's tooltip."""
    return _num(lr, ".4g")


NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
SORT_KEY = Qt.ItemDataRole.UserRole + 1      # what a cell sorts by: its number, its text (casefolded), None: a dash
TIP_KEY = Qt.ItemDataRole.UserRole + 2       # a cell's own tooltip (shown after its whole text when it is cut)


class _Cell(QTableWidgetItem):
    """A results cell that sorts by its SORT_KEY, a dash last in either order."""

    def __lt__(self, other) -> bool:
        a, b = self.data(SORT_KEY), other.data(SORT_KEY)
        if (a is None) != (b is None):
            table = self.tableWidget()
            descending = (table is not None
                          and table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
            return (a is not None) != descending            # (Qt compares the other way round when descending)
        return a is not None and a < b


def _sort_key(text: str) -> float | None:
    """The first number in a cell ("12.5 %", "at step 40", "3/8", "0.01 (best of 7)"); None for a dash."""
    found = NUMBER.search(text)
    return float(found.group()) if found else None


def _num(value, spec: str = ".4g") -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return format(value, spec)


class ResultsTable(PlotView):
    """The race's results; see the module docstring."""

    export_name = "race_results"
    preferred_size = (900, 200)
    # px the rows lost (negative: gained) to the note beside Export taking a line more (Each tuned, a narrower
    # dock) or to the horizontal scroll bar showing (columns wider than the table)
    rowsHeightTaken = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reset_view_button.hide()          # a table has no view to reset
        self._mode = None
        # the race mode the room shows (None: any): a snapshot of another mode is not drawn — a network race's
        # last snapshot could reach the table after the switch to the loss surface and replace its rows
        self.race_mode: str | None = None
        self._rows: list[list] = []            # the CSV rows of what is shown
        self._header: list[str] = []
        self._shown_key = None
        self._widths: list[int] = []           # px: each column's widest text when it was last fitted
        self._natural: list[int] = []          # px: each column as wide as its title and contents
        self._notes: tuple[str, str] | None = None     # the note beside Export: whole, and short (see _set_note)
        self._fitting_columns = False
        self.table = QTableWidget(self)
        self.table.setTabKeyNavigation(False)    # Tab goes on to the next control (arrows move between cells)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # the race's order until a title is clicked
        header.setSortIndicatorClearable(True)
        self.table.setSortingEnabled(True)
        self.copy_action = add_copy_action(self.table)
        # a table, not a plot: the export actions say so, and the right-click menu offers them after Copy
        self.png_action.setText(self.tr("Save table as PNG…"))
        self.png_action.setToolTip(self.tr("Save the table as shown, every row and column, as a PNG image."))
        self.csv_action.setToolTip(self.tr("Save the table's numbers as a CSV table."))
        self.export_button.setToolTip(self.tr("Save the table as a PNG image or its numbers as a CSV table."))
        separator = QAction(self.table)
        separator.setSeparator(True)
        self.table.addActions([separator, self.png_action, self.csv_action])
        self.table.verticalHeader().setVisible(False)
        # compact rows: six contestants fit in the table's dock on a 1280×720 screen, in Korean too — as high as the
        # text's ink and 5 px, not the font's line height and 5 px: Korean's line (17 px) is 2 px over its ink, and
        # the table showed five and a half contestants (the header's least row height, from the line, goes too)
        row = self.fontMetrics().tightBoundingRect("Agy(0.9)가참").height() + 5
        self.table.verticalHeader().setMinimumSectionSize(row)
        self.table.verticalHeader().setDefaultSectionSize(row)
        # columns fit their contents when the table's shape changes, not at every update (measuring every cell
        # at each snapshot cost up to 25 ms)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # (the last column takes what the others leave: _fit_columns, not the header's stretch, which kept it at
        # least as wide as when it began to stretch)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)   # (a narrowed title: "Accur…")
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("–…") + 8)
        self.table.setToolTip(self.tr("Every contestant's result. Loss and accuracy are averaged over the last "
                                      "epoch's batches (Keras' epoch loss); a dash: not reached or not known. "
                                      "Click a column's title to sort by it; Ctrl+C copies the rows."))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.installEventFilter(self)
        self.table.horizontalScrollBar().installEventFilter(self)
        self.table.viewport().installEventFilter(self)          # (the columns fit its width again)
        # beside Export, one row less for the table's rows (the row's empty stretch gives it all its width)
        self._controls.insertWidget(0, self.note, 1000)
        canvas = QWidget(self)
        column = QVBoxLayout(canvas)
        column.setContentsMargins(4, 0, 4, 4)
        column.addWidget(self.table, 1)
        self._set_canvas(canvas)

    # -- filling ----------------------------------------------------------------------------------------------
    def _fill(self, columns: list[str], cells: list[list[str]], colors: list[int], tips: list[list[str]]) -> None:
        key = (tuple(columns), tuple(tuple(r) for r in cells), tuple(colors), tuple(tuple(r) for r in tips))
        if key == self._shown_key:
            return
        reshaped = (self._shown_key is None or self._shown_key[0] != key[0]
                    or len(self._shown_key[1]) != len(key[1]))
        self._shown_key = key
        # filled in the race's order with sorting off, then sorted again as the learner chose; the selected
        # contestants stay selected wherever the sort puts them
        selected = {self.cell_text(r, 0) for r in selected_rows(self.table)}
        self.table.setSortingEnabled(False)
        if columns != self.column_titles():
            # other columns (another mode, a target set): the sorted-by column's place may hold another quantity
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setRowCount(len(cells))
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                item = self.table.item(r, c)
                if item is None:
                    item = _Cell()
                    self.table.setItem(r, c, item)
                item.setText(text)
                item.setData(SORT_KEY, text.casefold() if c < 2 else _sort_key(text))
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if c < 2
                                                                       else Qt.AlignmentFlag.AlignRight))
                if c == 0:
                    item.setIcon(swatch(colors[r]))
                item.setData(TIP_KEY, tips[r][c] if tips and c < len(tips[r]) else "")
        # measured in pixels: "0.0007234" has as many characters as "1.111e-05" but is wider (it showed as
        # "0.00072…")
        metrics = self.table.fontMetrics()
        widths = [max((metrics.horizontalAdvance(row[c]) for row in cells), default=0) for c in range(len(columns))]
        grown = reshaped
        if reshaped:
            self._natural = [self._natural_width(c) for c in range(len(columns))]
            self._widths = widths
        else:
            # a cell grew wider than its column was made for (a loss gaining digits): that column fits again
            for c, width in enumerate(widths):
                if width > self._widths[c]:
                    self._widths[c] = width
                    self._natural[c] = max(self._natural[c], self._natural_width(c))
                    grown = True
        if grown:                # (else the columns keep their widths: a column the learner widened stays so)
            self._fit_columns()
        else:
            self._show_cut_texts()
        self.table.setSortingEnabled(True)
        if selected:
            model, flags = self.table.selectionModel(), (QItemSelectionModel.SelectionFlag.Select
                                                         | QItemSelectionModel.SelectionFlag.Rows)
            model.clearSelection()
            for r in range(self.table.rowCount()):
                if self.cell_text(r, 0) in selected:
                    model.select(self.table.model().index(r, 0), flags)

    def _natural_width(self, column: int) -> int:
        """px: the column as wide as its title and its widest cell."""
        return max(self.table.sizeHintForColumn(column), self.table.horizontalHeader().sectionSizeHint(column))

    def _fit_columns(self) -> None:
        """The columns as wide as their contents, or if together wider than the table, the widest ones narrower
        until they fit (none below a number's width): on a laptop the Tuned rate column ended past the table's edge
        and its last words needed the scroll bar. A cell too narrow for its text ends in "…" and its tooltip holds
        the whole text."""
        table, header = self.table, self.table.horizontalHeader()
        natural = list(self._natural)
        if not natural:
            return
        room = table.viewport().width()
        # a column of numbers keeps its numbers whole (its title may end in "…"); a column of words ("SGD
        # (momentum 0.9)", "0.1 (best of 7: the largest tried)") keeps its first characters
        metrics = table.fontMetrics()
        number, words = metrics.horizontalAdvance("0.0000 %") + 12, metrics.horizontalAdvance("0.0001 (…") + 12
        floors, wordy = [], []
        for c, width in enumerate(natural):
            cells = max((table.sizeHintForIndex(table.model().index(r, c)).width()
                         for r in range(table.rowCount())), default=0)
            wordy.append(cells > number or c == 0)
            floors.append(max(header.minimumSectionSize(),
                              min(width, words if wordy[-1] else cells + 1)))      # (+1: the grid's line)
        cap = max(natural)
        while sum(natural) > room and cap > min(floors):      # the widest columns give way first
            cap -= 2
            natural = [max(floor, min(width, cap)) for floor, width in zip(floors, self._natural)]
        words_columns = [c for c in range(len(natural)) if wordy[c] and natural[c] > number // 2]
        while sum(natural) > room and words_columns:        # still too wide: the columns of words give more
            for c in words_columns:
                natural[c] -= 1
            words_columns = [c for c in words_columns if natural[c] > number // 2]
        natural[-1] += max(0, room - sum(natural))            # the last column takes what is left, as wide as the table
        self._fitting_columns = True
        try:
            for c, width in enumerate(natural):
                if header.sectionSize(c) != width:
                    header.resizeSection(c, width)
        finally:
            self._fitting_columns = False
        self._show_cut_texts()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        """The learner dragged a column's edge: the column keeps that width when the columns fit again (a loss
        gaining a digit in another column)."""
        if not self._fitting_columns and column < len(self._natural):
            self._natural[column] = new
            self._show_cut_texts()

    def _show_cut_texts(self) -> None:
        """A cell or title too narrow for its text: its tooltip holds the whole text (before the cell's own tip)."""
        table, header = self.table, self.table.horizontalHeader()
        shown = [header.sectionSize(c) for c in range(table.columnCount())]
        for c in range(table.columnCount()):
            title_item = table.horizontalHeaderItem(c)
            if title_item is not None:
                title_item.setToolTip(title_item.text() if header.sectionSizeHint(c) > shown[c] else "")
            for r in range(table.rowCount()):
                item = table.item(r, c)
                if item is None:
                    continue
                tip = item.data(TIP_KEY) or ""
                cut = table.sizeHintForIndex(table.model().index(r, c)).width() > shown[c]
                item.setToolTip(f"{item.text()}\n{tip}" if cut and tip else item.text() if cut else tip)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.table.viewport() and kind == QEvent.Type.Resize \
                and event.oldSize().width() != event.size().width():
            self._fit_columns()          # (a width the table did not have: not when a scroll bar comes or goes)
        if watched is self.note and kind == QEvent.Type.Resize and event.oldSize().width() != event.size().width():
            self._show_note()                   # (another width: the whole note may fit in two lines, or not)
        if watched is self.note and kind == QEvent.Type.Resize and self.note.isVisible():
            old, new = event.oldSize().height(), event.size().height()
            if old > 0 and new != old:
                self.rowsHeightTaken.emit(new - old)
        elif watched is self.table.horizontalScrollBar() and kind in (QEvent.Type.Show, QEvent.Type.Hide) \
                and self.table.isVisible():
            height = watched.sizeHint().height()
            self.rowsHeightTaken.emit(height if kind == QEvent.Type.Show else -height)
        return super().eventFilter(watched, event)

    def missing_height(self, rows: int) -> int:
        """How much higher the table must be to show ``rows`` rows whole, under its titles and above the
        horizontal scroll bar if it shows (0 if it does already; see rowsHeightTaken for later changes)."""
        return max(0, -self.spare_height(rows))

    def spare_height(self, rows: int) -> int:
        """How much lower the table could be and still show ``rows`` rows whole (negative: how much it lacks)."""
        table, row = self.table, self.table.verticalHeader().defaultSectionSize()
        titles = max(table.horizontalHeader().height(), row + 4)       # (0 before the first columns come)
        bar = table.horizontalScrollBar()
        needed = (titles + rows * row + (bar.sizeHint().height() if bar.isVisible() else 0)
                  + 2 * table.frameWidth())
        return table.height() - needed

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def copy_rows(self) -> str:
        """The selected rows (all if none is), as shown and in the order shown, under the column titles:
        tab-separated lines on the clipboard (returned too)."""
        return copy_rows(self.table)

    @property
    def shown_mode(self) -> str | None:
        """The race mode whose results the table shows ("network", "seeds", "surface"; None before any)."""
        return self._mode

    def column_titles(self) -> list[str]:
        return [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]

    def _draw(self, s) -> None:
        if self.race_mode is not None and s.mode != self.race_mode:
            return
        if s.mode == "network":
            self._show_network(s)
        elif s.mode == "seeds":
            self._show_seeds(s)

    def _tuned_cell(self, row, s) -> tuple[str, str]:
        t = row.tuning
        if t is None:
            return "–", ""
        # a rate and its score held together (a no-break space): the tooltip broke lines between "0.03162:" and its
        # loss, and the next line's number read as the next rate's
        scores = ", ".join(f"{rate_text(r)}:\u00a0{_num(v)}" for r, v in zip(t.rates, t.scores))
        # the loss the Loss column shows (engine.sweep.tuning_score): the race at the best rate ends at its score
        tip = self.tr("Each learning rate's loss at the end of its %n tuning step(s), the epoch loss as the Loss "
                      "column shows it (the median of the seeds): {0}", None, t.steps).format(scores)
        # a best rate at an end of the ladder is no optimum: the learner would read "SGD at its best" where SGD
        # did better still at a rate the tuning never tried (the lecture's XOR network: η = 1 tuned, η = 10 better)
        if len(t.rates) > 1 and t.best_rate == max(t.rates):
            text = self.tr("{0} (best of {1}: the largest tried)").format(rate_text(t.best_rate), len(t.rates))
            tip = self.tr("{0}. The best rate is the largest tried: a larger one may do better still.").format(tip)
        elif len(t.rates) > 1 and t.best_rate == min(t.rates):
            text = self.tr("{0} (best of {1}: the smallest tried)").format(rate_text(t.best_rate), len(t.rates))
            tip = self.tr("{0}. The best rate is the smallest tried: a smaller one may do better still.").format(tip)
        else:
            text = self.tr("{0} (best of {1})").format(rate_text(t.best_rate), len(t.rates))
        return text, tip

    def _show_network(self, s) -> None:
        target = s.target_loss
        columns = [self.tr("Contestant"), self.tr("Optimizer"), self.tr("η"), self.tr("Loss"), self.tr("Accuracy"),
                   self.tr("Test loss"), self.tr("Test accuracy")]
        accuracy = s.classification        # (a regression has no accuracy: its columns are left out)
        if not accuracy:
            del columns[6], columns[4]
        if target is not None:
            columns += [self.tr("Steps to {0:g}").format(target), self.tr("Seconds to {0:g}").format(target)]
        columns += [self.tr("Seconds"), self.tr("Diverged")]
        tuned = s.comparison == "tuned"
        if tuned:
            columns.append(self.tr("Tuned rate"))
        cells, colors, tips = [], [], []
        self._header = ["contestant", "optimizer", "lr", "loss", "accuracy", "test_loss", "test_accuracy",
                        "steps_to_target", "seconds_to_target", "seconds", "steps", "diverged_at", "tuned_lr",
                        "tuning_rates", "tuning_steps"]
        self._rows = []
        for row in s.rows:
            lr = row.config.get("lr")
            seconds = row.seconds if row.steps else None      # (a contestant yet to race has taken no time)
            line = [row.name, optimizer_text(row.config), rate_text(lr), _num(row.loss), _percent(row.accuracy),
                    _num(row.test_loss), _percent(row.test_accuracy)]
            if not accuracy:
                del line[6], line[4]
            if target is not None:
                line += [_num(row.steps_to_target, "d"), _num(row.seconds_to_target, ".3f")]
            line += [_num(seconds, ".3f"),
                     self.tr("at step {0}").format(row.diverged_at) if row.diverged_at is not None else "–"]
            tip_line = [""] * len(line)
            if tuned:
                text, tip = self._tuned_cell(row, s)
                line.append(text)
                tip_line.append(tip)
            cells.append(line)
            colors.append(row.color)
            tips.append(tip_line)
            t = row.tuning
            self._rows.append([row.name, optimizer_text(row.config), lr, row.loss, row.accuracy, row.test_loss,
                               row.test_accuracy, row.steps_to_target, row.seconds_to_target, seconds,
                               row.steps, row.diverged_at, None if t is None else t.best_rate,
                               None if t is None else len(t.rates), None if t is None else t.steps])
        self._fill(columns, cells, colors, tips)
        self._mode = "network"
        self._set_note(s)

    def _show_seeds(self, s) -> None:
        columns = [self.tr("Contestant"), self.tr("Optimizer"), self.tr("η"), self.tr("Median loss"),
                   self.tr("Median accuracy"), self.tr("Diverged")]
        kind = next((r.target_kind for r in s.rows if r.target_kind), None)
        if kind == "loss":
            columns += [self.tr("Reached {0:g}").format(s.target_loss), self.tr("Steps (median, IQR)")]
        elif kind == "accuracy":
            columns += [self.tr("Reached 100 %"), self.tr("Steps (median, IQR)")]
        tuned = s.comparison == "tuned"
        if tuned:
            columns.append(self.tr("Tuned rate"))
        self._header = ["contestant", "optimizer", "lr", "median_loss", "median_accuracy", "seeds", "diverged",
                        "target", "reached", "median_steps", "q25_steps", "q75_steps", "tuned_lr"]
        cells, colors, tips = [], [], []
        self._rows = []
        for row in s.rows:
            lr = row.config.get("lr")
            line = [row.name, optimizer_text(row.config), rate_text(lr), _num(row.median_loss),
                    _percent(row.accuracy), f"{row.diverged}/{row.seeds}"]
            if kind is not None:
                # whole steps ("1812 (1779–1851)", not "1811.5 (1779.25–1851)", nor "1.23457e+06" from 1,234,567):
                # a step count reads as one; the CSV keeps the exact median and quartiles
                spread = ("–" if row.median_steps is None else
                          self.tr("{0} ({1}–{2})").format(*(_whole(v) for v in (row.median_steps, row.q25_steps,
                                                                                  row.q75_steps))))
                line += [f"{row.reached}/{row.seeds}", spread]
            tip_line = [""] * len(line)
            if kind is not None and row.median_steps is not None:
                # (only the seeds that got there count: 4/10 at a median of 1812 is not faster than 9/10 at 1900)
                tip_line[-1] = self.tr("The steps to the target of the %n seed(s) that reached it (of {0}): median "
                                       "{1:g}, quartiles {2:g} and {3:g}.", None, row.reached).format(
                    row.seeds, row.median_steps, row.q25_steps, row.q75_steps)
            if tuned:
                text, tip = self._tuned_cell(row, s)
                line.append(text)
                tip_line.append(tip)
            cells.append(line)
            colors.append(row.color)
            tips.append(tip_line)
            target = s.target_loss if kind == "loss" else 1.0 if kind == "accuracy" else None
            self._rows.append([row.name, optimizer_text(row.config), lr, row.median_loss, row.accuracy, row.seeds,
                               row.diverged, target, row.reached, row.median_steps, row.q25_steps, row.q75_steps,
                               None if row.tuning is None else row.tuning.best_rate])
        self._fill(columns, cells, colors, tips)
        self._mode = "seeds"
        self._set_note(s)

    def show_surface(self, results: list[dict]) -> None:
        """The surface race's rows (SurfacePage.results())."""
        columns = [self.tr("Contestant"), self.tr("Optimizer"), self.tr("η"), "x", "y", "f(x, y)",
                   self.tr("Nearest minimum"), self.tr("Distance"), self.tr("Diverged")]
        self._header = ["contestant", "optimizer", "lr", "x", "y", "f", "nearest_minimum_x",
                        "nearest_minimum_y", "nearest_minimum_kind", "distance", "diverged_at", "step"]
        cells, colors = [], []
        self._rows = []
        for r in results:
            c = r["contestant"]
            nearest = r["nearest"]
            cells.append([c.name, optimizer_text(c.config), rate_text(c.lr), _num(r["end"][0]), _num(r["end"][1]),
                          _num(r["value"]), self._minimum_text(nearest, r.get("nearest_kind")),
                          _num(r["distance"]),
                          self.tr("at step {0}").format(r["diverged_at"]) if r["diverged_at"] else "–"])
            colors.append(c.color)
            self._rows.append([c.name, optimizer_text(c.config), c.lr, r["end"][0], r["end"][1], r["value"],
                               None if nearest is None else nearest[0], None if nearest is None else nearest[1],
                               r.get("nearest_kind"), r["distance"], r["diverged_at"], r["step"]])
        self._fill(columns, cells, colors, [])
        self._mode = "surface"
        step, steps = (results[0]["step"], results[0]["steps"]) if results else (0, 0)
        self._notes = None
        self.note.setToolTip("")
        if step < steps:        # the animation is on its way: the rows are where each one is now
            self.note.setText(self.tr("Step {0} of {1}: where each contestant is now, all from the same start.")
                              .format(step, steps))
        else:
            self.note.setText(self.tr("Every contestant took the same %n step(s) from the same start.", None,
                                      steps))

    def _minimum_text(self, point, kind) -> str:
        """"(0.96, 0)", or with its kind on a surface that has local minima: "(0.96, 0) local"."""
        if point is None:
            return "–"
        text = f"({point[0]:.3g}, {point[1]:.3g})"
        if kind == "local":
            return self.tr("{0} local").format(text)
        if kind == "global":
            return self.tr("{0} global").format(text)
        return text

    def _set_note(self, s) -> None:
        """The note beside Export: how the race was fair. Where it would take more than two lines (Each tuned on a
        1024×600 screen: three, and the table kept two rows under it) a short one, the whole note in its tooltip."""
        parts, short = [], []
        if s.comparison == "tuned":
            if s.phase == "tuning":
                parts.append(self.tr("Tuning: {0} % done.").format(round(100 * s.tuning_progress)))
            # (short: on a 1024×600 screen each line of it is a row of the table less; the tooltip of the Tuned
            # rate column says what "best" is). Before the tuning is done (or when it was stopped), what it does:
            # "tried" read as done while it was at 5 %
            short += parts
            if any(row.tuning is not None for row in s.rows):
                parts.append(self.tr("Each tuned: every contestant tried the same {0} learning rates (0.001 to 1) "
                                     "for %n step(s) each — the same budget for all — and races at the best one.",
                                     None, s.tune_steps).format(len(DEFAULT_RATES)))
                short.append(self.tr("Each tuned: best of {0} rates, %n step(s) each.", None,
                                     s.tune_steps).format(len(DEFAULT_RATES)))
            else:
                parts.append(self.tr("Each tuned: every contestant tries the same {0} learning rates (0.001 to 1) "
                                     "for %n step(s) each — the same budget for all — then races at the best one.",
                                     None, s.tune_steps).format(len(DEFAULT_RATES)))
                short.append(self.tr("Each tuned: tries {0} rates, %n step(s) each.",
                                     None, s.tune_steps).format(len(DEFAULT_RATES)))
        if s.mode == "network":
            parts.append(self.tr("Same start (weights {0}), same batches ({1}), %n step(s).", None, s.step).format(
                s.weights_fingerprint or "–", s.batches_fingerprint or "–"))
            short.append(self.tr("Same start, same batches, %n step(s).", None, s.step))
        else:
            parts.append(self.tr("Seeds: {0}; %n step(s) each.", None, s.step).format(len(s.seeds)))
            short.append(parts[-1])
        self._notes = (" ".join(parts), " ".join(short))
        self._show_note()

    def _show_note(self) -> None:
        """The whole note where it takes two lines at most, else the short one (the whole in its tooltip)."""
        if self._notes is None:
            return
        whole, short = self._notes
        width = self.note.contentsRect().width()
        lines = self.note.fontMetrics().boundingRect(0, 0, max(1, width), 10_000, Qt.TextFlag.TextWordWrap,
                                                     whole).height() // max(1, self.note.fontMetrics().lineSpacing())
        text = whole if lines <= 2 or whole == short else short
        if self.note.text() != text:
            self.note.setText(text)
        self.note.setToolTip(whole if text != whole else "")

    # -- PlotView ---------------------------------------------------------------------------------------------
    def _clear(self) -> None:
        """The rows stay, their results dashes, until the next snapshot fills them (Restart emptied the table for a
        moment, the rows coming back with the snapshot)."""
        self._shown_key = None
        self._rows = []
        self.table.setSortingEnabled(False)
        for r in range(self.table.rowCount()):
            for c in range(3, self.table.columnCount()):       # (after the name, the optimizer and η)
                item = self.table.item(r, c)
                if item is not None:
                    item.setText("–")
                    item.setData(SORT_KEY, None)
                    item.setData(TIP_KEY, "")
                    item.setToolTip("")
        self.table.setSortingEnabled(True)

    def reset_view(self) -> None:
        self.table.scrollToTop()

    def export_png(self, path) -> None:
        """The whole table as a PNG: every row and column, as shown, also those scrolled out of view (on a
        1024×600 screen the picture of six contestants held three, and cut its last columns)."""
        table, canvas = self.table, self._canvas
        bars = (table.horizontalScrollBar(), table.verticalScrollBar())
        kept = (table.horizontalScrollBarPolicy(), table.verticalScrollBarPolicy(), [bar.value() for bar in bars])
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        table.setHorizontalScrollBarPolicy(off)
        table.setVerticalScrollBarPolicy(off)
        margins = canvas.layout().contentsMargins()
        frame = 2 * table.frameWidth()
        header = table.horizontalHeader()
        # (the last column stretches: as wide as its contents, or as the table shows it if wider)
        last = table.columnCount() - 1
        width = (header.length() - (header.sectionSize(last) if last >= 0 else 0)
                 + (max(header.sectionSizeHint(last), table.sizeHintForColumn(last)) if last >= 0 else 0))
        width = max(width, table.viewport().width())
        height = header.height() + table.verticalHeader().length()
        try:
            with self.canvas_resized(width + frame + margins.left() + margins.right(),
                                     height + frame + margins.top() + margins.bottom()):
                for bar in bars:
                    bar.setValue(0)
                super().export_png(path)
        finally:
            h_policy, v_policy, values = kept
            table.setHorizontalScrollBarPolicy(h_policy)
            table.setVerticalScrollBarPolicy(v_policy)
            for bar, value in zip(bars, values):     # (after the canvas has its size back: the bars' range)
                bar.setValue(value)

    def csv_rows(self):
        return list(self._header), [list(r) for r in self._rows]


def _percent(value) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{100 * value:.1f} %"
