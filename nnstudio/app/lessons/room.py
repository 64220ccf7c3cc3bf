"""The lessons room: the lectures our users study, step by step, with their own numbers.

On the left the ten lessons (ticked as their tasks get done) and the bilingual glossary; in the middle the chosen
lesson: its "predict first" question where it has one, then its text (``resources/lessons/<id>.<language>.md``)
beside its own view, its Set up button and its "Try this" tasks. A task's check (``nnstudio.lessons.catalog``)
reads a :class:`~nnstudio.lessons.catalog.LessonState`: the lesson view's settings, and for lessons that work in
the studio the studio's network, data, weights and training history (``nnstudio.lessons.state``). The checks run
again — at most a few times a second — whenever the view, the studio or its training (a new snapshot) changes,
also while the studio is shown; done tasks and answered questions are remembered in the settings.
"""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QMenu, QStackedWidget, QWidget

from nnstudio.app.language import current_language
from nnstudio.app.lessons.activations_view import ActivationExplorer
from nnstudio.app.lessons.cost_view import CostView
from nnstudio.app.lessons.derivatives_view import DerivativesView
from nnstudio.app.lessons.descent_view import DescentView
from nnstudio.app.lessons.glossary import GlossaryView
from nnstudio.app.lessons.initialization_view import InitializationView
from nnstudio.app.lessons.link import StudioLink
from nnstudio.app.lessons.losses_view import LossesChooser
from nnstudio.app.lessons.overfitting_view import OverfittingLab
from nnstudio.app.lessons.page import LessonPage
from nnstudio.app.lessons.progress import LessonProgress
from nnstudio.app.lessons.stepper import BackpropStepper
from nnstudio.app.lessons.vanishing_view import VanishingView
from nnstudio.app.lessons.xor_view import XorTableView
from nnstudio.app.room import Room
from nnstudio.app.settings import open_settings
from nnstudio.app.subscriptions import subscribe
from nnstudio.app.texts import title
from nnstudio.lessons.catalog import LESSONS, lesson
from nnstudio.lessons.state import studio_state

CHECK_DELAY_MS = 250          # the checks run at most this often while the studio trains
LIST_WIDTH = 250

# each lesson's own view: lesson id -> factory(room, lesson)
VIEWS = {
    "xor": lambda room, entry: XorTableView(room.session, room.undo_stack),
    "derivatives": lambda room, entry: DerivativesView(),
    "backprop": lambda room, entry: BackpropStepper(room.session),
    "activations": lambda room, entry: ActivationExplorer(),
    "vanishing": lambda room, entry: VanishingView(room.link),
    "descent": lambda room, entry: DescentView(),
    "mnist_cost": lambda room, entry: CostView(room.link),
    "losses": lambda room, entry: LossesChooser(room.link, entry.setup.training),
    "initialization": lambda room, entry: InitializationView(),
    "overfitting": lambda room, entry: OverfittingLab(room.link),
}


class LessonsRoom(Room):
    """The lessons (see the module docstring). ``snapshots``: the studio's signal of new training snapshots."""

    key = "lessons"

    def __init__(self, session, undo_stack=None, snapshots=None, parent: QWidget | None = None, projects=None):
        super().__init__(parent)
        self.setObjectName("LessonsRoom")
        self.session = session
        self.undo_stack = undo_stack
        self.language = current_language()
        self.progress = LessonProgress(open_settings())
        self.link = StudioLink(session, undo_stack, self, projects)
        self.link.studioRequested.connect(self._show_studio)
        self.snapshot = None                      # the studio's newest training snapshot
        self.pages: dict[str, LessonPage] = {}    # built when first shown
        self._shut_down = False
        self.current: str | None = None

        # -- the list and the glossary
        self.lesson_list = QListWidget(self)
        self.lesson_list.setWordWrap(True)
        for entry in LESSONS:
            item = QListWidgetItem(f"{entry.number}. {title('Lessons', entry.title)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.lesson_list.addItem(item)
        self.lesson_list.setMinimumWidth(LIST_WIDTH - 40)
        self.glossary = GlossaryView(self.language, self)
        self.glossary.setMinimumWidth(LIST_WIDTH - 40)
        self.list_dock = self._dock("lessons", self.tr("Lessons"), self.lesson_list)
        self.glossary_dock = self._dock("glossary", self.tr("Glossary"), self.glossary)
        self.splitDockWidget(self.list_dock, self.glossary_dock, Qt.Orientation.Vertical)
        # their View menu entries: the list's not "Lessons" as the room above it; mnemonics (not L: Language)
        self.list_dock.toggleViewAction().setText(self.tr("Le&sson list"))
        self.glossary_dock.toggleViewAction().setText(self.tr("&Glossary"))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)

        # -- the menu
        self.menu = QMenu(self.tr("L&essons"), self)
        self.next_action = self._action(self.tr("&Next lesson"), self.tr("Go on to the next lesson."),
                                        lambda: self._go(+1), "Ctrl+PgDown")
        self.previous_action = self._action(self.tr("&Previous lesson"), self.tr("Back to the previous lesson."),
                                            lambda: self._go(-1), "Ctrl+PgUp")
        self.restart_action = self._action(self.tr("Start this lesson &afresh"),
                                           self.tr("Forget this lesson's answer and ticked tasks."),
                                           self.restart_lesson)
        self.menu.addActions([self.previous_action, self.next_action])
        self.menu.addSeparator()
        self.menu.addAction(self.restart_action)

        # -- checks
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_tasks)
        self._snapshot_stale = False
        subscribe(self, session.events.changed, self._schedule_check)
        if snapshots is not None:
            snapshots.connect(self._on_snapshot)

        for entry in LESSONS:
            self._show_progress(entry)
        self.lesson_list.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_lesson(item.data(Qt.ItemDataRole.UserRole)))
        ids = [entry.id for entry in LESSONS]
        self.show_lesson(self.progress.current if self.progress.current in ids else ids[0])

    # ================================================================== construction
    def _dock(self, name: str, text: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(text, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    # ================================================================== what the window shows of the room
    def title(self) -> str:
        return self.tr("Lessons")

    def menus(self) -> list:
        return [self.menu]

    def docks(self) -> list:
        return [self.list_dock, self.glossary_dock]

    def entered(self) -> None:
        page = self.pages.get(self.current)
        if page is not None and self._snapshot_stale:
            self._forward_snapshot(page)
        self._schedule_check()

    def default_layout(self, width: int, height: int) -> None:
        self.resizeDocks([self.list_dock], [LIST_WIDTH], Qt.Orientation.Horizontal)
        self.resizeDocks([self.list_dock, self.glossary_dock], [int(0.45 * height), int(0.55 * height)],
                         Qt.Orientation.Vertical)

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        self._check_timer.stop()
        self._shut_down = True
        ended = True
        for page in self.pages.values():
            if hasattr(page.view, "shutdown"):
                ended = page.view.shutdown(timeout_ms / 1000) and ended
        return ended

    def _job_ended(self) -> None:
        """After a shutdown that had to leave a lesson's job running: say when the last one has ended."""
        if self._shut_down and not self.thread_running:
            self.finished.emit()

    @property
    def thread_running(self) -> bool:
        return any(getattr(page.view, "job", None) is not None and page.view.job.running
                   for page in self.pages.values())

    def wait_for_thread(self) -> None:
        for page in self.pages.values():
            job = getattr(page.view, "job", None)
            if job is not None:
                job.wait()

    # ================================================================== lessons
    def show_lesson(self, lesson_id: str) -> LessonPage:
        """Show the lesson ``lesson_id`` (built the first time)."""
        entry = lesson(lesson_id)
        page = self.pages.get(lesson_id)
        if page is None:
            page = self._build_page(entry)
        self.current = lesson_id
        self.progress.current = lesson_id
        self.stack.setCurrentWidget(page)
        row = [e.id for e in LESSONS].index(lesson_id)
        if self.lesson_list.currentRow() != row:
            self.lesson_list.setCurrentRow(row)
        self.previous_action.setEnabled(row > 0)          # (at the first or last lesson they could do nothing)
        self.next_action.setEnabled(row < len(LESSONS) - 1)
        self._forward_snapshot(page)
        self._schedule_check()
        return page

    def page(self, lesson_id: str) -> LessonPage:
        """The page of ``lesson_id`` (built if needed, not shown)."""
        return self.pages.get(lesson_id) or self._build_page(lesson(lesson_id))

    def _build_page(self, entry) -> LessonPage:
        view = VIEWS[entry.id](self, entry)
        page = LessonPage(entry, view, self.language, self.progress.prediction(entry.id), self.stack)
        page.setUpRequested.connect(lambda: self.set_up(entry.id))
        page.predicted.connect(lambda choice: self.progress.predict(entry.id, choice))
        view.changed.connect(self._schedule_check)
        if getattr(view, "job", None) is not None:
            view.job.ended.connect(self._job_ended)
        if hasattr(view, "studioRequested"):
            view.studioRequested.connect(self._show_studio)
        for task in entry.tasks:
            page.set_task_done(task.id, self.progress.is_done(entry.id, task.id))
        # the plots take the focus from a click (their zoom keys), not from Tab: Tab stopped on each of them with
        # nothing to show where the focus was
        for plot in page.findChildren(pg.GraphicsView):
            plot.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.pages[entry.id] = page
        self.stack.addWidget(page)
        return page

    def tab_parts(self) -> tuple:
        """Tab goes through the lesson list, the lesson shown (its question, or its text, Set up, its view as it
        reads), then the glossary (a look-up beside the lesson, not a step of it)."""
        return self.list_dock.widget(), self.stack.currentWidget(), self.glossary_dock.widget()

    def _go(self, step: int) -> None:
        ids = [entry.id for entry in LESSONS]
        i = ids.index(self.current) + step
        if 0 <= i < len(ids):
            self.show_lesson(ids[i])

    def restart_lesson(self) -> None:
        """Forget the current lesson's answer and ticks; its page starts again from the question."""
        entry = lesson(self.current)
        self.progress.forget(entry.id)
        old = self.pages.pop(entry.id, None)
        if old is not None:
            if hasattr(old.view, "shutdown"):
                old.view.shutdown(None)           # (its thread must end before the view is deleted)
            self.stack.removeWidget(old)
            old.deleteLater()
        self._show_progress(entry)
        self.show_lesson(entry.id)

    def set_up(self, lesson_id: str) -> bool:
        """The lesson's Set up: the studio configured as the lesson says (and shown), or the lesson's view put
        back to where the lesson starts. False if the studio could not be set up (a dialog said why)."""
        entry = lesson(lesson_id)
        setup = entry.setup
        page = self.page(lesson_id)
        if setup.view != "studio":
            page.view.apply_options(setup.options)
            self._schedule_check()
            return True
        if not self.link.set_up(setup, retry=lambda: self.set_up(lesson_id)):
            return False
        if hasattr(page.view, "apply_options"):
            page.view.apply_options(setup.options)
        self._show_studio(self.tr("Lesson {0} is set up in the studio. Help → Lessons (F1) brings you back to "
                                  "the lesson.").format(entry.number))
        return True

    def _show_studio(self, message: str) -> None:
        if message:
            self.statusMessage.emit(message, 10000)
        self.showRoomRequested.emit("studio")

    # ================================================================== the studio's snapshots
    def _on_snapshot(self, snapshot) -> None:
        self.snapshot = snapshot
        self._snapshot_stale = True
        page = self.pages.get(self.current)
        if page is not None and self.isVisible():
            self._forward_snapshot(page)
        self._schedule_check()

    def _forward_snapshot(self, page: LessonPage) -> None:
        if self.snapshot is not None and hasattr(page.view, "show_snapshot"):
            page.view.show_snapshot(self.snapshot)
            self._snapshot_stale = False

    # ================================================================== checks
    def _schedule_check(self, *_args) -> None:
        if not self._check_timer.isActive():
            self._check_timer.start()

    def lesson_states(self, lesson_id: str) -> list:
        """What the checks of ``lesson_id`` read now: its view's states and, for a studio lesson, the studio's."""
        entry = lesson(lesson_id)
        page = self.pages.get(lesson_id)
        states = list(page.view.lesson_states()) if page is not None else []
        if entry.setup.view == "studio":
            session = self.session
            states.append(studio_state(session.spec, session.dataset, session.weights(), session.history_arrays()))
        return states

    def check_tasks(self) -> list[str]:
        """Run the current lesson's open checks; returns the ids of the tasks that got done now."""
        entry = lesson(self.current) if self.current else None
        page = self.pages.get(self.current)
        if entry is None or page is None or page.asking:
            return []
        open_tasks = [t for t in entry.tasks if not self.progress.is_done(entry.id, t.id)]
        if not open_tasks:
            return []
        states = self.lesson_states(entry.id)
        done = []
        for task in open_tasks:
            if any(_passes(task, state) for state in states):
                self.progress.mark_done(entry.id, task.id)
                page.set_task_done(task.id, True)
                done.append(task.id)
                self.statusMessage.emit(self.tr("✔ Done: {0}").format(title("Lessons", task.text)), 8000)
        if done:
            self._show_progress(entry)
        return done

    def _show_progress(self, entry) -> None:
        item = self.lesson_list.item([e.id for e in LESSONS].index(entry.id))
        count, total = self.progress.done_count(entry), len(entry.tasks)
        state = (Qt.CheckState.Checked if count == total else Qt.CheckState.PartiallyChecked if count
                 else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.CheckStateRole, state)
        item.setToolTip(self.tr("{0} of {1} tasks done").format(count, total))

    def ticks(self, lesson_id: str) -> tuple[int, int]:
        """(tasks done, tasks) of a lesson, as its list entry shows them."""
        entry = lesson(lesson_id)
        return self.progress.done_count(entry), len(entry.tasks)


def _passes(task, state) -> bool:
    """The task's check on ``state``; a state it cannot read (a network that does not fit) counts as not done."""
    try:
        return bool(task.check(state))
    except (ArithmeticError, ValueError):
        return False
