"""One lesson on screen: first its "predict first" question (where it has one), then its text beside its view,
with the Set up button and the "Try this" tasks that tick when done.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextLength
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter,
                               QStackedWidget, QTextBrowser, QVBoxLayout, QWidget)

from nnstudio.app.colors import readable_on
from nnstudio.app.lessons.common import wrapped
from nnstudio.app.texts import title
from nnstudio.lessons.catalog import lesson_text

DONE_MARK = "✔"
OPEN_MARK = "○"
DONE_COLOR = (0, 130, 90)      # green: a task done, a prediction that was right
WRONG_COLOR = (179, 89, 0)     # orange: a prediction that was wrong
# (each as the window's palette lets it read: lighter in a dark desktop theme, see colors.readable_on)


def _css(rgb, widget: QWidget) -> str:
    """``rgb`` as a style sheet colour that reads on ``widget``'s window colour."""
    return readable_on(QColor(*rgb), widget.palette().color(widget.backgroundRole())).name()


class _ViewHolder(QFrame):
    """Holds a lesson's view at least as tall as its wrapped texts need at the width it has: the page scrolls
    rather than squeeze it (at 1024×600 the slowdown's note lay over the plots' "epoch" labels)."""

    def __init__(self, view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(view)

        # the wrapped texts, and rows of buttons that wrap (their height follows their width too)
        self._labels = [w for w in view.findChildren(QWidget)
                        if (w.wordWrap() if isinstance(w, QLabel) else w.sizePolicy().hasHeightForWidth())]
        for widget in (view, *self._labels):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._fit_texts()
        elif event.type() == QEvent.Type.LayoutRequest and watched is self._view:
            # the view's own layout changed (the XOR view put its plot under the weights): once it is laid out
            QTimer.singleShot(0, self, self._fit_texts)
        return False

    def _fit_texts(self) -> None:
        """The view's least height counts each wrapped text at the width its hint assumes; at the width the text
        has now it may need more lines."""
        view = self._view
        more = sum(max(0, label.heightForWidth(label.width()) - label.minimumSizeHint().height())
                   for label in self._labels if label.isVisibleTo(view))
        margins = self.layout().contentsMargins()
        need = view.minimumSizeHint().height() + more + margins.top() + margins.bottom()
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
            # the view's layout lays out again at the new height: it kept the texts' heights from before a text
            # changed and squeezed its plots below their least height (the vanishing lesson's over each other)
            view.layout().invalidate()


class TaskRow(QWidget):
    """A "Try this" task: a mark that turns into a tick when the check fires, and the task's text."""

    def __init__(self, task, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.mark = QLabel(OPEN_MARK, self)
        self.mark.setFixedWidth(self.mark.fontMetrics().horizontalAdvance(DONE_MARK) + 6)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text = wrapped(title("Lessons", task.text), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.mark)
        layout.addWidget(self.text, 1)
        self.done = False

    def set_done(self, done: bool) -> None:
        self.done = done
        self.mark.setText(DONE_MARK if done else OPEN_MARK)
        self._show_color()

    def _show_color(self) -> None:
        color = _css(DONE_COLOR, self) if self.done else None
        self.mark.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
        self.text.setStyleSheet(f"color: {color};" if color else "")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "text"):   # (the desktop went dark or light)
            self._show_color()


class LessonPage(QWidget):
    """The lesson's question card, then its body: text and tasks on the left, its view on the right."""

    # the learner pressed Set up
    setUpRequested = Signal()
    # the learner answered the "predict first" question (the index of the choice)
    predicted = Signal(int)

    def __init__(self, lesson, view: QWidget, language: str, prediction: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson = lesson
        self.view = view
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        # -- the question card
        self.card = QWidget(self)
        self.choice_buttons: list[QPushButton] = []
        if lesson.prediction is not None:
            card = QVBoxLayout(self.card)
            card.addStretch(1)
            heading = QLabel(f"{lesson.number}. {title('Lessons', lesson.title)}", self.card)
            font = QFont(heading.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            heading.setFont(font)
            card.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
            card.addWidget(QLabel(self.tr("Predict first: what do you expect?"), self.card), 0,
                           Qt.AlignmentFlag.AlignHCenter)
            question = wrapped(title("Lessons", lesson.prediction.question), self.card)
            question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            font = QFont(question.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            question.setFont(font)
            card.addWidget(question)
            for i, choice in enumerate(lesson.prediction.choices):
                button = QPushButton(title("Lessons", choice), self.card)
                button.setMinimumWidth(320)
                button.clicked.connect(lambda _=False, k=i: self.answer(k))
                card.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                self.choice_buttons.append(button)
            card.addWidget(QLabel(self.tr("The lesson opens once you have chosen."), self.card), 0,
                           Qt.AlignmentFlag.AlignHCenter)
            card.addStretch(2)
        self.stack.addWidget(self.card)

        # -- the body
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.setChildrenCollapsible(False)
        column = QWidget(body)
        self.text = QTextBrowser(column)
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(_smaller_headings(lesson_text(lesson.id, language)))
        for frame in self.text.document().rootFrame().childFrames():   # the tables
            table = frame.format().toTableFormat()
            # as wide as the column fits: a table Qt widens to the whole width comes out 1 px wider than it
            table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 99))
            frame.setFormat(table)
        self.text.setMinimumWidth(300)
        self.reveal = wrapped("", column)
        self.reveal.setVisible(False)
        studio = lesson.setup.view == "studio"
        self.setup_button = QPushButton(self.tr("Set up in the studio") if studio else self.tr("Set up"), column)
        self.setup_button.setToolTip(
            self.tr("Put this lesson's network, data and training settings into the studio and go there.")
            if studio else self.tr("Put the lesson's view back to where the lesson starts."))
        self.setup_button.clicked.connect(self.setUpRequested)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.setup_button)
        setup_row.addStretch(1)
        # the text above, the tasks below a handle that moves the line between them: a lesson's tasks take at
        # most TASKS_SHARE of the column at first and scroll within it (at 1024×600 the vanishing lesson's Korean
        # tasks left its text 9 lines and ran off the page's bottom)
        below = QWidget()
        self.tasks_box = QGroupBox(self.tr("Try this"))
        tasks = QVBoxLayout(self.tasks_box)
        self.task_rows = {task.id: TaskRow(task, self.tasks_box) for task in lesson.tasks}
        for row in self.task_rows.values():
            tasks.addWidget(row)
        tasks.addStretch(1)                  # (room to spare stays under the last task, not between the tasks)
        self.tasks_area = QScrollArea(below)
        self.tasks_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tasks_area.setWidgetResizable(True)
        self.tasks_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)      # (as the page's: Tab does not stop on it)
        self.tasks_area.setWidget(self.tasks_box)
        bottom = QVBoxLayout(below)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.reveal)
        bottom.addLayout(setup_row)
        bottom.addWidget(self.tasks_area, 1)
        self.text_split = QSplitter(Qt.Orientation.Vertical, column)
        self.text_split.setChildrenCollapsible(False)
        self.text_split.addWidget(self.text)
        self.text_split.addWidget(below)
        self.text_split.setStretchFactor(0, 1)
        self.text_split.setStretchFactor(1, 0)
        self.text_split.splitterMoved.connect(self._split_moved)
        self._split_by_learner = False
        self._below = below
        self.text_split.installEventFilter(self)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 4, 0)
        col.addWidget(self.text_split)
        holder = _ViewHolder(view, body)
        body.addWidget(column)
        body.addWidget(holder)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([400, 600])
        self.body = body
        # on a screen too small for the lesson's view the page scrolls, rather than widen the window
        self.body_area = scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # (Tab goes to its contents, which it scrolls into view)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)

        if lesson.prediction is None or prediction is not None:
            self._open(prediction)

    TASKS_SHARE = 0.4       # the part of the text column the tasks (with the prediction's answer) take at most

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._place_split)      # (once the splitter has laid out its new height)
        return False

    def _split_moved(self) -> None:
        self._split_by_learner = True

    def _place_split(self) -> None:
        """Give the tasks what they need, but no more than TASKS_SHARE of the column while the learner has not
        moved the handle; the rest goes to the text."""
        if self._split_by_learner:
            return
        total = sum(self.text_split.sizes())
        if total <= 0:
            return
        below = self._below
        width = below.width() or self.text.width()
        parts = [self.setup_button.sizeHint().height(), self.tasks_box.heightForWidth(width)]
        if self.reveal.isVisibleTo(self):
            parts.append(self.reveal.heightForWidth(width))
        need = sum(parts) + below.layout().spacing() * (len(parts) - 1)
        need = min(need, int(total * self.TASKS_SHARE))
        need = max(need, below.minimumSizeHint().height())
        if self.text_split.sizes()[1] != need:
            self.text_split.setSizes([total - need, need])

    @property
    def asking(self) -> bool:
        """True while the "predict first" question is shown instead of the lesson."""
        return self.stack.currentWidget() is self.card

    def answer(self, choice: int) -> None:
        """The learner's prediction: the lesson opens and says whether it was right."""
        self._open(choice)
        self.predicted.emit(choice)

    def _open(self, choice: int | None) -> None:
        prediction = self.lesson.prediction
        if prediction is not None and choice is not None:
            chosen = title("Lessons", prediction.choices[choice])
            right = title("Lessons", prediction.choices[prediction.answer])
            question = title("Lessons", prediction.question)
            if choice == prediction.answer:
                text = self.tr("{0} You predicted “{1}”: right.").format(question, chosen)
            else:
                text = self.tr("{0} You predicted “{1}”; the answer is “{2}”.").format(question, chosen, right)
            self.reveal.setText(text)
            self._reveal_right = choice == prediction.answer
            self._show_reveal_color()
            self.reveal.setVisible(True)
        self.stack.setCurrentWidget(self.body_area)

    _reveal_right = None        # the prediction was right (None: no answer shown)

    def _show_reveal_color(self) -> None:
        if self._reveal_right is not None:
            self.reveal.setStyleSheet(f"color: {_css(DONE_COLOR if self._reveal_right else WRONG_COLOR, self)};")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:      # (the desktop went dark or light)
            self._show_reveal_color()

    def set_task_done(self, task_id: str, done: bool) -> None:
        self.task_rows[task_id].set_done(done)


def _smaller_headings(markdown: str) -> str:
    """The text's headings two levels down: a lesson's "# Title" would otherwise take two lines of a narrow
    column in a huge font."""
    return "\n".join("##" + line if line.startswith("#") else line for line in markdown.splitlines())
