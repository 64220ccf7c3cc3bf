"""The lessons room with real widgets: every lesson opens in both languages, Set up configures the studio as the
lesson says, the widgets show the lectures' numbers, and each "Try this" task ticks when the learner has done it
— by the lesson's own widgets or in the studio — and not before."""
import dataclasses
import re
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from nnstudio.app import dialogs
from nnstudio.app.lessons import LessonsRoom
from nnstudio.app.main_window import MainWindow
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.lessons import vanishing
from nnstudio.lessons.catalog import LESSONS, lesson, lesson_text
from nnstudio.lessons.xor import LECTURE_WEIGHTS
from nnstudio.session.config import DataChoice
from nnstudio.session.session import TrainingSession
from tests.app.keys import tab_round
from tests.lessons.overfitting_runs import remember_overfitting_runs

OWN_VIEW = [entry.id for entry in LESSONS if entry.setup.view != "studio"]
MNIST_LESSONS = ("vanishing", "mnist_cost", "overfitting")


@pytest.fixture
def patched_dialogs(monkeypatch):
    record = {"errors": [], "download": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: record["errors"].append((title, text)))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    monkeypatch.setattr(dialogs, "ask_download",
                        lambda parent, title, reason: record["download"].append(title) or False)
    return record


@pytest.fixture
def window(qtbot, patched_dialogs):
    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.fixture
def room(qtbot, patched_dialogs):
    """The lessons room on its own, over a fresh studio session (no window, no training thread)."""
    r = LessonsRoom(TrainingSession())
    qtbot.addWidget(r)
    r.show()
    return r


@pytest.fixture
def room_in(qtbot, patched_dialogs, monkeypatch):
    """``room_in(language)``: the lessons room on its own, over a fresh studio session, with its lessons and the
    app's texts in ``language`` (English again afterwards)."""
    from nnstudio.app import language as app_language

    def make(language):
        monkeypatch.setattr("nnstudio.app.lessons.room.current_language", lambda: language)
        assert app_language.set_language(language)
        r = LessonsRoom(TrainingSession())
        qtbot.addWidget(r)
        r.show()
        return r
    yield make
    app_language.set_language("en")


@pytest.fixture(scope="module")
def mnist_available():
    from nnstudio.data.mnist import DataError, load_mnist

    try:
        load_mnist("mnist")
    except DataError as exc:
        pytest.skip(f"MNIST not found (set NNSTUDIO_DATA): {exc}")


def open_lesson(room, lesson_id, choice=0):
    """Show the lesson and answer its question (as a learner clicks one of the choices)."""
    page = room.show_lesson(lesson_id)
    if page.asking:
        page.choice_buttons[choice].click()
    return page


def ticked(room, lesson_id, task_id) -> bool:
    room.check_tasks()
    return room.page(lesson_id).task_rows[task_id].done


def wait_ticked(qtbot, room, lesson_id, task_id, timeout=10000):
    qtbot.waitUntil(lambda: room.page(lesson_id).task_rows[task_id].done, timeout=timeout)


def lessons(w):
    return w.room("lessons")


def train(qtbot, w, until, timeout=20000):
    """Let the studio train at full speed until ``until()``, then pause it."""
    w.session.set_config(speed=0)
    w.studio.worker.resume()
    try:
        qtbot.waitUntil(until, timeout=timeout)
    finally:
        w.studio.worker.pause()


# ======================================================================== the room
def test_help_lessons_and_f1_show_the_room(qtbot, window):
    assert window.current_room is window.studio
    window.lessons_action.trigger()
    assert window.current_room is lessons(window) and window.lessons_action.shortcut().toString() == "F1"
    assert window.room_bar.isVisible()
    help_menu = [a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Help"][0]
    assert window.lessons_action in help_menu.actions()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_lesson_opens_with_its_text_in_both_languages(qtbot, patched_dialogs, monkeypatch, language):
    monkeypatch.setattr("nnstudio.app.lessons.room.current_language", lambda: language)
    r = LessonsRoom(TrainingSession())
    qtbot.addWidget(r)
    assert r.lesson_list.count() == 10
    for entry in LESSONS:
        page = open_lesson(r, entry.id)
        first_line = lesson_text(entry.id, language).splitlines()[0].lstrip("# ").strip()
        assert page.text.toPlainText().startswith(first_line)
        assert r.stack.currentWidget() is page and not page.asking
    header = r.glossary.table.horizontalHeaderItem(0).text()
    assert header == ("한국어" if language == "ko" else "English")
    r.glossary.filter.setText("vanishing")
    assert ("vanishing gradient", "기울기 소실") in r.glossary.visible_terms()
    assert len(r.glossary.visible_terms()) < len(r.glossary.pairs)


# words the lessons use in both languages that a learner reading one language looks up in the other
LESSON_WORDS = [("step", "스텝"), ("network", "네트워크"), ("layer", "층"), ("unit", "유닛"), ("neuron", "뉴런"),
                ("node", "노드"), ("weighted input", "가중합"), ("quotient", "차분 몫"), ("upstream", "위에서 내려온 기울기"),
                ("sigmoid", "시그모이드"), ("softmax", "소프트맥스"), ("linear", "선형"), ("logistic unit", "로지스틱 유닛"),
                ("diverge", "발산"), ("learning slowdown", "학습 속도 저하"), ("binary cross-entropy", "이진 교차 엔트로피"),
                ("categorical cross-entropy", "범주형 교차 엔트로피"), ("feature", "특성"), ("class", "클래스"),
                ("training accuracy", "학습 정확도"), ("test accuracy", "테스트 정확도")]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_glossary_has_the_words_the_lessons_use(qtbot, language):
    """The lessons speak of steps and networks (스텝, 네트워크), sigmoid and softmax units, features and classes,
    and the glossary had none of them: a learner who filtered for "스텝" found nothing."""
    from nnstudio.app.lessons.glossary import GlossaryView

    texts = {lang: " ".join(lesson_text(entry.id, lang) for entry in LESSONS).lower() for lang in ("en", "ko")}
    view = GlossaryView(language)
    qtbot.addWidget(view)
    for english, korean in LESSON_WORDS:
        assert english in texts["en"] and korean in texts["ko"], (english, korean)      # the lessons' own words
        view.filter.setText(korean if language == "en" else english)     # (the other language: what one looks up)
        found = view.visible_terms()
        assert any(korean in k and english in e for e, k in found), (english, korean, found)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_glossary_term_is_readable_in_the_smallest_layout(qtbot, patched_dialogs, monkeypatch, language):
    """At 1280×720 the glossary's first column had cut "backpropagation" to "backpropag…": every word of every term
    fits its column (a term may wrap between its words)."""
    from PySide6.QtWidgets import QApplication, QStyle

    monkeypatch.setattr("nnstudio.app.lessons.room.current_language", lambda: language)
    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.show_room("lessons")
    QApplication.processEvents()
    table = lessons(w).glossary.table
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    cut = []
    for row in range(table.rowCount()):
        for column in range(2):
            item = table.item(row, column)
            room_for_text = table.visualItemRect(item).width() - 2 * margin
            cut += [word for word in item.text().split() if metrics.horizontalAdvance(word) > room_for_text]
    assert not cut
    assert table.horizontalScrollBar().maximum() == 0          # both columns in view


def test_next_and_previous_lesson_are_greyed_out_where_there_is_none(qtbot, room):
    """Lessons → Next lesson (Ctrl+PgDown) at lesson 10 and Previous lesson at lesson 1 were enabled and did
    nothing."""
    from PySide6.QtGui import QKeySequence

    room.show_lesson(LESSONS[0].id)
    assert not room.previous_action.isEnabled() and room.next_action.isEnabled()
    assert room.next_action.shortcut() == QKeySequence("Ctrl+PgDown")
    room.next_action.trigger()
    assert room.current == LESSONS[1].id and room.previous_action.isEnabled()
    room.lesson_list.setCurrentRow(len(LESSONS) - 1)                  # clicked in the list
    assert room.current == LESSONS[-1].id
    assert not room.next_action.isEnabled() and room.previous_action.isEnabled()
    room.previous_action.trigger()
    assert room.current == LESSONS[-2].id and room.next_action.isEnabled()


def test_predict_first_then_the_answer_is_revealed(room):
    page = room.show_lesson("backprop")
    assert page.asking and not page.body.isVisible()
    page.choice_buttons[0].click()                       # "−7": wrong
    assert not page.asking and page.body.isVisible()
    assert "−7" in page.reveal.text() and "“5”" in page.reveal.text()
    assert room.progress.prediction("backprop") == 0
    other = room.show_lesson("activations")
    other.choice_buttons[2].click()                      # 0.25: right
    assert "right" in other.reveal.text()


def test_progress_is_remembered_and_can_be_started_afresh(qtbot, room):
    page = open_lesson(room, "activations")
    view = page.view
    assert not ticked(room, "activations", "never_flat")
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("leaky_relu"))
    wait_ticked(qtbot, room, "activations", "never_flat")
    item = room.lesson_list.item(3)
    assert item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert item.toolTip() == "1 of 3 tasks done"
    again = LessonsRoom(TrainingSession())                # a new start reads the settings
    qtbot.addWidget(again)
    assert again.current == "activations"
    assert again.page("activations").task_rows["never_flat"].done
    assert not again.page("activations").asking          # the question was answered before
    again.restart_lesson()
    assert not again.page("activations").task_rows["never_flat"].done and again.page("activations").asking
    assert again.lesson_list.item(3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


# ======================================================================== Set up
def test_set_up_xor_puts_the_lectures_network_into_the_studio_and_shows_it(qtbot, window):
    r = lessons(window)
    window.show_room("lessons")
    page = open_lesson(r, "xor")
    page.setup_button.click()
    assert window.current_room is window.studio
    setup = lesson("xor").setup
    assert window.session.spec == setup.spec and window.session.key == "xor"
    for a, b in zip(window.session.weights(), LECTURE_WEIGHTS):
        np.testing.assert_array_equal(a, b)
    config = window.session.config
    assert (config.optimizer, config.lr, config.batch_size, config.seed) == ("sgd", 3.0, 4, 0)
    assert "Lesson 1" in window.statusBar().currentMessage()
    # the lecture's outputs 0.01, 0.99, 0.99, 0.02 in the table
    np.testing.assert_allclose(page.view.outputs(), [0.01, 0.99, 0.99, 0.02], atol=0.01)
    assert "give XOR" in page.view.verdict.text()


def test_the_lectures_weights_fill_the_xor_table_without_leaving_the_lesson(qtbot, window):
    """The text promises the lecture's outputs 0.01, 0.99, 0.99, 0.02 in the table, which showed the studio's
    random weights; only Set up (which leaves for the studio) loaded the lecture's."""
    r = lessons(window)
    window.show_room("lessons")
    view = open_lesson(r, "xor").view
    assert view.outputs() != pytest.approx([0.01, 0.99, 0.99, 0.02], abs=0.01)     # a first start: random weights
    assert "(5, 5)" in view.lecture_button.toolTip()
    view.lecture_button.click()
    assert window.current_room is r                                                  # still in the lesson
    np.testing.assert_allclose(view.outputs(), [0.01, 0.99, 0.99, 0.02], atol=0.01)
    assert view.spins[(0, "W", 0, 0)].value() == 5.0 and view.spins[(1, "b", 0, 0)].value() == 6.0
    assert "give XOR" in view.verdict.text()
    window.undo_stack.undo()                                                         # undoable in the studio
    assert view.outputs() != pytest.approx([0.01, 0.99, 0.99, 0.02], abs=0.01)
    window.studio.choose_dataset("sine")                                             # one input: it cannot
    assert not view.lecture_button.isEnabled() and "Set up in the studio" in view.lecture_button.toolTip()


def test_the_xor_tables_numbers_read_with_the_weights_two_decimals(qtbot, window):
    """A weight of 0.3355 read 0.34 in its box, and z = w·x + b beside it 0.335: z now reads 0.34, like every
    number of the table (y, the output's z and ŷ), with two decimals."""
    r = lessons(window)
    window.show_room("lessons")
    view = open_lesson(r, "xor").view
    weights = [w.copy() for w in window.session.weights()]
    weights[0][:] = [[0.3355, -0.5639], [-1.124, -1.184]]
    weights[1][:] = 0.0
    window.session.set_weights(weights)
    row = next(r for r in range(4) if [view.table.item(r, c).text() for c in (0, 1)] == ["1", "0"])
    assert view.spins[(0, "W", 0, 0)].cleanText() == view.table.item(row, 2).text() == "0.34"
    assert view.table.item(row, 4).text() == "−0.56"
    last = view.table.columnCount() - 1
    numbers = [view.table.item(r, c).text() for r in range(4) for c in range(2, last)]
    assert all(re.fullmatch(r"−?\d+\.\d\d", text) for text in numbers), numbers


def test_train_from_random_leaves_another_network_in_the_studio_alone(qtbot, window):
    """With another network in the studio, Random start in the studio gave it new random weights: its training was gone
    (no undo), and the status bar spoke of XOR. The button is off then, and its tooltip says why."""
    r = lessons(window)
    window.studio.choose_dataset("spiral")
    trained = [w + 1.0 for w in window.session.weights()]
    window.session.set_weights(trained)
    window.show_room("lessons")
    view = open_lesson(r, "xor").view
    assert not view.train_button.isEnabled()
    assert "Set up in the studio" in view.train_button.toolTip()
    view.train_button.click()
    for a, b in zip(window.session.weights(), trained):
        np.testing.assert_array_equal(a, b)
    assert window.current_room is not window.studio
    open_lesson(r, "xor").setup_button.click()                          # the lecture's network: it works again
    assert view.train_button.isEnabled() and "new seed" in view.train_button.toolTip()


def test_random_start_says_it_leaves_the_training_to_the_learner_in_the_studio(qtbot, window):
    """The button read "Train from random" but trained nothing: it gave the studio random weights and showed it.
    It reads "Random start in the studio", and the studio then waits for Run."""
    r = lessons(window)
    window.show_room("lessons")
    view = open_lesson(r, "xor").view
    before = [w.copy() for w in window.session.weights()]
    assert view.train_button.text() == "Random start in the studio"
    assert "go to the studio: press Run" in view.train_button.toolTip()
    view.train_button.click()
    assert window.current_room is window.studio
    assert any(not np.array_equal(a, b) for a, b in zip(window.session.weights(), before))
    assert window.studio.run_action.iconText() == "Run"                     # not training: it waits for Run


def test_set_up_asks_about_unsaved_changes_and_never_writes_the_lesson_over_the_open_file(
        qtbot, window, monkeypatch, tmp_path):
    """Set up replaced an open project that had unsaved changes without a word, and kept its file name: File →
    Save then wrote the lesson's network over the learner's file. Now it asks first, as File → Examples does,
    and the set-up is a new project without a file."""
    mine = tmp_path / "mine.nnsproj"
    window.studio.choose_dataset("spiral")
    assert window.projects.save_to(mine)
    saved = mine.read_bytes()
    window.session.set_config(lr=0.5)                                 # an unsaved change
    assert window.isWindowModified() and "mine.nnsproj" in window.windowTitle()
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: asked.append(what) or "cancel")
    window.show_room("lessons")
    page = open_lesson(lessons(window), "xor")
    page.setup_button.click()                                         # Cancel: nothing changes
    assert asked == ["set up the lesson"]
    assert window.current_room is lessons(window) and window.session.key == "spiral"
    assert window.isWindowModified() and "mine.nnsproj" in window.windowTitle()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: asked.append(what) or "discard")
    page.setup_button.click()                                         # Discard: the lesson, as a new project
    assert window.current_room is window.studio and window.session.key == "xor"
    assert "mine.nnsproj" not in window.windowTitle() and not window.isWindowModified()
    monkeypatch.setattr("nnstudio.app.project_controller.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    window.projects.save()                                            # asks for a name (cancelled here)
    assert mine.read_bytes() == saved


def test_set_up_of_the_losses_lesson_and_its_chooser(qtbot, window):
    r = lessons(window)
    page = open_lesson(r, "losses")
    page.setup_button.click()
    assert window.session.key == "circle" and window.session.spec == lesson("losses").setup.spec
    assert window.session.spec.loss_name == "binary_crossentropy"
    page.view.buttons["multiclass"].click()
    spec = window.session.spec
    assert window.session.key == "three_blobs" and spec.output.activation == "softmax"
    assert spec.loss_name == "categorical_crossentropy" and spec.output.units == 3
    assert (window.session.config.optimizer, window.session.config.lr) == ("adam", 0.01)
    assert window.current_room is window.studio


def test_the_losses_choosers_message_names_the_loss_as_its_table_does(qtbot, window):
    view = open_lesson(lessons(window), "losses").view
    for r, button in enumerate(view.buttons.values()):
        button.click()
        message = window.statusBar().currentMessage()
        problem, loss = view.table.item(r, 0).text(), view.table.item(r, 3).text()
        assert message.startswith(f"{problem}: ") and message.endswith(f", {loss} — press Run.")
        assert "_" not in message                      # no engine name such as binary_crossentropy


@pytest.mark.parametrize("lesson_id", OWN_VIEW)
def test_set_up_of_an_own_view_lesson_puts_the_view_back_to_the_lessons_start(room, lesson_id):
    page = open_lesson(room, lesson_id)
    options = lesson(lesson_id).setup.options
    before = page.view.lesson_states()[0].values
    assert {k: before[k] for k in options} == pytest.approx(dict(options))
    changes = {"derivatives": lambda v: v.x_spin.setValue(-1.0), "backprop": lambda v: v.spins["w"].setValue(1.0),
               "activations": lambda v: v.z_spin.setValue(-3.0), "descent": lambda v: v.eta_slider.set_value(0.9),
               "initialization": lambda v: v.seed_spin.setValue(7)}
    changes[lesson_id](page.view)
    assert page.view.lesson_states()[0].values != before
    page.setup_button.click()
    after = page.view.lesson_states()[0].values
    assert {k: after[k] for k in options} == pytest.approx(dict(options))


@pytest.mark.slow
@pytest.mark.parametrize("lesson_id", MNIST_LESSONS)
def test_set_up_of_the_mnist_lessons(qtbot, window, mnist_available, lesson_id):
    page = open_lesson(lessons(window), lesson_id)
    page.setup_button.click()
    setup = lesson(lesson_id).setup
    session = window.session
    assert session.key == "mnist" and session.spec == setup.spec
    config = session.config
    assert (config.optimizer, config.lr, config.batch_size, config.seed) == (
        setup.training.optimizer, setup.training.lr, setup.training.batch_size, setup.training.seed)
    assert session.n_train == setup.options.get("train_images", 60000)
    assert window.current_room is window.studio


def test_a_missing_mnist_offers_the_download_and_changes_nothing(qtbot, window, patched_dialogs, monkeypatch):
    from nnstudio.data import mnist

    def missing(kind):
        raise mnist.DataNotFoundError(f"{kind} files not found")
    monkeypatch.setattr(mnist, "load_mnist", missing)
    spec = window.session.spec
    page = open_lesson(lessons(window), "vanishing")
    page.setup_button.click()
    assert patched_dialogs["download"] and window.session.spec == spec and window.session.key == "xor"
    assert not page.view.run()
    assert len(patched_dialogs["download"]) == 2


# ======================================================================== the lectures' numbers on screen
def test_the_backprop_stepper_shows_the_lectures_numbers_one_step_at_a_time(room):
    view = open_lesson(room, "backprop").view
    assert view.node_texts()["g"] == "g  (×)" and not view.backward_button.isEnabled()
    view.forward_button.click()
    assert "= −10" in view.node_texts()["g"] and "= −7" not in view.node_texts()["f"]
    assert view.explanation.text() == "g = w × x = −2 × 5 = −10"
    view.forward_button.click()
    assert "= −7" in view.node_texts()["f"] and view.explanation.text() == "f = g + b = −10 + 3 = −7"
    assert not view.forward_button.isEnabled()
    shown = []
    while view.backward_button.isEnabled():
        view.backward_button.click()
        shown.append(view.explanation.text().splitlines()[0])
    assert shown == ["∂f/∂g = ∂f/∂f × ∂f/∂g = 1 × 1 = 1", "∂f/∂b = ∂f/∂f × ∂f/∂b = 1 × 1 = 1",
                     "∂f/∂w = ∂f/∂g × ∂g/∂w = 1 × 5 = 5", "∂f/∂x = ∂f/∂g × ∂g/∂x = 1 × (−2) = −2"]   # as the lecture: 1 · (−2)
    texts = view.node_texts()
    assert "∂f/∂w = 5\n≈ 5 ✓" in texts["w"] and "∂f/∂x = −2\n≈ −2 ✓" in texts["x"]
    assert "∂f/∂b = 1\n≈ 1 ✓" in texts["b"]
    assert "upstream 1 × local −2 = downstream −2" in view.explanation.text()
    assert "When w rises by 1, f rises by 5." in view.sentence_label.text()
    assert "When x rises by 1, f falls by 2." in view.sentence_label.text()


def test_a_negative_number_after_an_operator_is_in_parentheses(room):
    """The steps read "1 × −2" and, with x = −5, "2 × −5" and "−10 + −3": a negative number after ×, · or + is
    now written in parentheses, as the lecture writes 1 · (−2)."""
    view = open_lesson(room, "backprop").view
    for name, value in (("w", 2.0), ("x", -5.0), ("b", -3.0)):
        view.spins[name].setValue(value)
    view.forward_button.click()
    assert view.explanation.text() == "g = w × x = 2 × (−5) = −10"
    view.forward_button.click()
    assert view.explanation.text() == "f = g + b = −10 + (−3) = −13"
    shown = []
    while view.backward_button.isEnabled():
        view.backward_button.click()
        shown.append(view.explanation.text().splitlines()[0])
    assert "∂f/∂w = ∂f/∂g × ∂g/∂w = 1 × (−5) = −5" in shown


def test_a_disabled_stepping_button_says_why_and_what_to_press(room):
    """◀ Backward was disabled at the start, and all three after Both passes, with the tooltips of what they do
    when they work: nothing said to finish the forward pass first, or to press Start again."""
    view = open_lesson(room, "backprop").view
    assert not view.backward_button.isEnabled()
    assert "Forward ▶ until f is computed" in view.backward_button.toolTip()
    assert view.forward_button.toolTip() == "Compute the next value, one node at a time (S)."
    view.forward_button.click()
    view.forward_button.click()
    assert not view.forward_button.isEnabled() and "press ◀ Backward" in view.forward_button.toolTip()
    assert view.backward_button.toolTip().startswith("Give the next value its gradient")
    view.all_button.click()
    for button in (view.forward_button, view.backward_button, view.all_button):
        assert not button.isEnabled() and "press Start again" in button.toolTip()
    view.restart_button.click()
    assert view.all_button.isEnabled() and view.all_button.toolTip() == "Fill in every value and every gradient at once."


def test_the_sigmoid_gate_and_the_studios_network_with_finite_differences(room):
    view = open_lesson(room, "backprop").view
    view.mode_tabs.setCurrentIndex(1)
    view.show_all()
    texts = view.node_texts()
    assert "= 0.0009111" in texts["a"]
    view.rebuild()
    view.step_forward(), view.step_forward(), view.step_forward()
    view.step_backward()
    assert "σ(1 − σ) = 0.0009111 × (1 − 0.0009111) = 0.0009102" in view.explanation.text()   # the text's 0.0009
    room.session.set_weights(LECTURE_WEIGHTS)
    view.mode_tabs.setCurrentIndex(2)
    assert view.example_combo.count() == 4 and view.example_combo.isVisible()
    view.show_all()
    texts = view.node_texts()
    weights = [label for label in texts if label[0] in "Wb"]
    assert len(weights) == 9
    for label in weights:
        assert "✓" in texts[label] and "✗" not in texts[label]     # backprop = finite difference, every weight
    assert view.values()["backward_steps_taken"] == 0                   # (the task is about the lecture's graph)


def test_the_network_graph_follows_the_studio_until_the_learner_steps_through_it(room):
    view = open_lesson(room, "backprop").view
    view.mode_tabs.setCurrentIndex(2)
    room.session.set_weights(LECTURE_WEIGHTS)
    assert view.node_texts()["W1[0,0]"] == "W1[0,0]\n= 5"
    view.step_forward()
    room.session.set_weight(0, "W", 0, 0, 4.0)
    assert view.node_texts()["W1[0,0]"] == "W1[0,0]\n= 5"             # the walk-through in progress stays
    assert "Start again" in view.sentence_label.text()
    view.restart_button.click()
    assert view.node_texts()["W1[0,0]"] == "W1[0,0]\n= 4"


def test_start_again_lists_the_examples_of_the_studios_new_data(room):
    view = open_lesson(room, "backprop").view
    view.mode_tabs.setCurrentIndex(2)
    view.example_combo.setCurrentIndex(3)
    assert view.example_combo.currentText() == "x = (1, 1), y = 0"
    view.step_forward()
    # in the studio the learner trains the same 2-2-1 network on other data
    choice = DataChoice("circle")
    dataset = room.link.load(choice)
    room.session.adopt(room.session.prepare(dataset, choice, spec=NetworkSpec.xor_default()))
    view.restart_button.click()
    assert view.example_combo.count() == 8                  # the circle's first examples, not XOR's four
    texts = view.node_texts()
    computed = [float(texts[f"x[{i}]"].split("= ")[1].replace("−", "-")) for i in range(2)]
    listed = view.example_combo.currentText().split("(")[1].split(")")[0].replace("−", "-").split(", ")
    assert [float(v) for v in listed] == pytest.approx(computed, abs=1e-3)   # the example the graph computes


def test_the_other_views_show_the_lectures_numbers(room):
    derivatives = open_lesson(room, "derivatives").view
    derivatives.apply_options({"function": "square", "x": 3.0, "h": 0.01})
    assert "= 6.01" in derivatives.readout.text()
    assert [derivatives.table.item(r, 1).text() for r in range(4)] == ["7", "6.1", "6.01", "6.001"]
    activations = open_lesson(room, "activations").view
    assert activations.peak_text.toPlainText() == "largest slope 0.25 at z = 0"
    activations.layers_spin.setValue(5)
    assert activations.depth_readout.text() == ("After 5 sigmoid layers a gradient keeps at most 0.25⁵ = 0.000977 "
                                                "(1/1,024) of its size.")
    activations.layers_spin.setValue(1)
    assert activations.depth_readout.text() == ("After 1 sigmoid layer a gradient keeps at most 0.25¹ = 0.25 (1/4) "
                                                "of its size.")
    descent = open_lesson(room, "descent").view
    for eta, verdict in ((0.01, "Too small"), (0.3, "Good"), (1.05, "Too large")):
        descent.eta_slider.set_value(eta)
        assert descent.verdict.text().startswith(verdict)
    descent.eta_slider.set_value(0.01)
    for _ in range(30):
        descent.step()
    assert "Step 30: v = 2.18," in descent.readout.text()               # the text: "crept to 2.2"
    cost = open_lesson(room, "mnist_cost").view
    # the text's "ends at 0.20" beside "does not reach 0.2": the note gives the third digit
    assert "does not reach output 0.2 in 300 epochs: it ends at 0.203." in cost.slow_note.text()
    quadratic = [item.yData for item in cost.slow_plots["quadratic"].getPlotItem().listDataItems()]
    good, bad = quadratic
    assert round(good[-1], 2) == 0.09 and round(bad[150], 2) == 0.93 and round(bad[-1], 2) == 0.20
    entropy = [item.yData for item in cost.slow_plots["cross_entropy"].getPlotItem().listDataItems()]
    assert [round(run[-1], 2) for run in entropy] == [0.01, 0.01]
    init = open_lesson(room, "initialization").view
    assert init.verdicts() == ["saturated"] * 10
    init.activation_combo.setCurrentIndex(init.activation_combo.findData("relu"))
    init.initializer_combo.setCurrentIndex(init.initializer_combo.findData("glorot_normal"))
    assert init.verdicts()[-1] == "collapsed" and "collapsed" in init.summary.text()


def test_a_ball_that_flew_off_says_what_to_do_and_step_and_run_wait_for_a_new_start(qtbot, room):
    view = open_lesson(room, "descent").view
    view.eta_slider.set_value(1.5)                        # |1 − 2η| = 2: the ball doubles its distance every step
    view.timer.setInterval(10)                            # (fast motion: 18 steps to fly off)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.run_button.text() == "Pause"
    qtbot.waitUntil(lambda: not view.step_button.isEnabled(), timeout=10000)
    assert "the ball has flown off" in view.readout.text() and "Back to the start" in view.readout.text()
    assert not view.run_button.isEnabled() and not view.run_button.isChecked() and view.run_button.text() == "Run"
    assert "Back to the start" in view.step_button.toolTip()
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert view.step_button.isEnabled() and view.run_button.isEnabled()
    assert view.readout.text().startswith("Step 0: v = 4, C(v) = 16, ∇C(v) = 8")
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    assert view.readout.text().startswith("Step 1: v = −8,")
    assert view.readout.text().endswith("The ball is off the plot.")        # (|v| > 6) long before it flies off
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert not view.readout.text().endswith("The ball is off the plot.")


def test_the_activation_explorer_marks_the_largest_slope_where_it_can_be_seen(room):
    """Where the slope is largest over a whole range (ReLU for z > 0, linear everywhere) the label says so and the
    mark lies on the plotted slope, inside the plot — not at an arbitrary sample point such as z = −10."""
    view = open_lesson(room, "activations").view
    expected = {"sigmoid": "largest slope 0.25 at z = 0", "tanh": "largest slope 1 at z = 0",
                "relu": "largest slope 1 for every z > 0", "leaky_relu": "largest slope 1 for every z > 0",
                "linear": "slope 1 for every z"}
    shown = {}
    for name in expected:
        view.activation_combo.setCurrentIndex(view.activation_combo.findData(name))
        shown[name] = view.peak_text.toPlainText()
    assert shown == expected
    for name in expected:
        view.activation_combo.setCurrentIndex(view.activation_combo.findData(name))
        (x_lo, x_hi), (y_lo, y_hi) = view.plot.getPlotItem().viewRange()
        marks = [item for item in view.plot.getPlotItem().items
                 if item in (view.peak, view.peak_span) and item.getData()[0] is not None
                 and len(item.getData()[0])]
        assert len(marks) == 1
        xs, ys = (np.asarray(v) for v in marks[0].getData())
        assert np.all((x_lo <= xs) & (xs <= x_hi)) and np.all((y_lo <= ys) & (ys <= y_hi))
        slope_x, slope_y = view.slope_curve.getData()
        inside = np.linspace(xs.min(), xs.max(), 51)[1:-1] if len(xs) > 1 else xs
        np.testing.assert_allclose(np.interp(inside, slope_x, slope_y), ys.max())     # on the slope curve
        assert np.all(ys == ys.max())
        label = view.peak_text.pos()
        assert x_lo <= label.x() <= x_hi and y_lo <= label.y() <= y_hi
        if name in ("relu", "leaky_relu"):
            assert xs.min() == pytest.approx(0, abs=0.02) and xs.max() == pytest.approx(x_hi, abs=0.5)
        if name == "linear":
            assert xs.min() == pytest.approx(x_lo, abs=0.5) and xs.max() == pytest.approx(x_hi, abs=0.5)


@pytest.mark.slow
def test_nielsens_experiment_in_one_click(qtbot, room, mnist_available):
    view = open_lesson(room, "vanishing").view
    view.run_button.click()
    qtbot.waitUntil(lambda: not view.job.running and view.progress.value() == view.progress.maximum(),
                    timeout=120000)
    for r, published in enumerate(vanishing.NIELSEN_FACTORS):
        shown = float(view.table.item(r, 1).text().rstrip("×"))
        assert published / 2 <= shown <= published * 2
        assert 0.5 <= float(view.table.item(r, 3).text().rstrip("×")) <= 2          # ReLU with He
        assert float(view.table.item(r, 4).text().rstrip("×")) < 0.5                # large weights: explodes
    assert "faster than the first" in view.summary.text()
    assert "(Nielsen: 4.4×, 24×, 95×)" in view.summary.text()          # the factors of his printed speeds


def test_the_lessons_tables_copy_their_rows_with_the_column_titles(qtbot, room):
    """Ctrl+C (or Copy in the right-click menu) gives a spreadsheet the table, not the current cell."""
    derivatives = open_lesson(room, "derivatives").view
    derivatives.apply_options({"function": "square", "x": 3.0, "h": 0.01})
    derivatives.table.setFocus()
    derivatives.table.setCurrentCell(1, 1)
    derivatives.table.clearSelection()
    qtbot.keyClick(derivatives.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "h\tquotient\tderivative\terror" and len(lines) == 5
    assert lines[2].split("\t")[:2] == ["0.1", "6.1"]
    derivatives.table.selectRow(3)                          # only the selected row
    qtbot.keyClick(derivatives.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines()[1].split("\t")[:2] == ["0.001", "6.001"]

    table = open_lesson(room, "vanishing").view.table
    menu = {a.text(): a for a in table.actions()}             # the table's right-click menu
    menu["Copy"].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["network", "sigmoid: last/first", "Nielsen's figure", "ReLU, He",
                                    "N(0, 1) weights"]
    assert len(lines) == 1 + len(vanishing.NIELSEN_FACTORS)
    assert lines[1].split("\t")[2] == table.item(0, 2).text()
    assert "Copy" in [a.text() for a in open_lesson(room, "overfitting").view.table.actions()]


def test_nielsens_published_factors_are_centred_as_the_measured_ones(qtbot, room):
    table = open_lesson(room, "vanishing").view.table
    for r, published in enumerate(vanishing.NIELSEN_FACTORS):
        item = table.item(r, 2)
        assert item.text().startswith(f"{published:g}") and item.textAlignment() == Qt.AlignmentFlag.AlignCenter


def test_a_new_run_of_nielsens_experiment_clears_the_last_ones_results_at_once(qtbot, room, mnist_available,
                                                                                monkeypatch):
    measured = threading.Event()

    def speed_of_learning(sizes, data, **options):
        measured.wait(20)
        return tuple(float(layer) for layer in range(1, len(sizes) - 1))     # the last layer learns fastest
    monkeypatch.setattr(vanishing, "speed_of_learning", speed_of_learning)
    view = open_lesson(room, "vanishing").view

    def shown():
        factors = [view.table.item(r, c).text() for r in range(3) for c in (1, 3, 4) if view.table.item(r, c)]
        points = [item for plot in view.plots for item in plot.getPlotItem().listDataItems()]
        return factors, points
    measured.set()
    view.run_button.click()
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=20000)
    factors, points = shown()
    assert factors == ["2×", "2×", "2×", "3×", "3×", "3×", "4×", "4×", "4×"] and len(points) == 9

    measured.clear()
    view.run_button.click()
    assert shown() == ([], []) and view.progress.value() == 0 and view.summary.text() == "Measuring…"
    measured.set()
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=20000)
    assert shown()[0] == factors


def test_a_new_sweep_of_a_weight_starts_with_an_empty_bar_and_no_old_curves(qtbot, room, monkeypatch):
    from nnstudio.lessons import cost

    swept = threading.Event()
    along_weight = cost.along_weight

    def slow_along_weight(*args, **kwargs):
        swept.wait(20)
        return along_weight(*args, **kwargs)
    monkeypatch.setattr(cost, "along_weight", slow_along_weight)
    assert open_lesson(room, "losses").view.set_up("multiclass")        # a classifier in the studio
    view = open_lesson(room, "mnist_cost").view
    assert not view.sweep_progress.isVisible()                           # no bar before the first sweep
    swept.set()
    assert view.sweep()
    assert view.sweep_progress.isVisible()
    qtbot.waitUntil(lambda: view.sweep_button.isEnabled(), timeout=20000)
    assert view.sweep_progress.value() == view.sweep_progress.maximum() and len(view.cost_curve.getData()[0]) > 100

    swept.clear()
    view.sweep_button.click()
    assert view.sweep_progress.value() == 0
    assert all(data is None or len(data) == 0 for curve in (view.cost_curve, view.error_curve)
               for data in curve.getData())
    swept.set()
    qtbot.waitUntil(lambda: view.sweep_button.isEnabled(), timeout=20000)
    assert view.sweep_progress.value() == view.sweep_progress.maximum()


# ======================================================================== Try this, in the lessons' views
def test_derivative_tasks(qtbot, room):
    view = open_lesson(room, "derivatives").view
    view.function_combo.setCurrentIndex(view.function_combo.findData("square"))
    assert not ticked(room, "derivatives", "square_accurate")           # h = 0.01: off by 0.01
    view.h_slider.set_value(0.0005)
    wait_ticked(qtbot, room, "derivatives", "square_accurate")
    view.function_combo.setCurrentIndex(view.function_combo.findData("product"))
    view.x_spin.setValue(4.0)
    assert not ticked(room, "derivatives", "partial_product")           # y = 4: ∂f/∂x = 4
    view.y_spin.setValue(-2.0)
    wait_ticked(qtbot, room, "derivatives", "partial_product")


def test_backprop_tasks(qtbot, room):
    """Both passes ticked "Step through the whole backward pass" without a step: only steps taken count."""
    view = open_lesson(room, "backprop").view
    view.all_button.click()
    assert "∂f/∂w = 5" in view.node_texts()["w"] and not ticked(room, "backprop", "step_through")
    view.restart_button.click()
    view.forward_button.click(), view.forward_button.click()
    for _ in range(3):
        view.backward_button.click()
    assert not ticked(room, "backprop", "step_through")
    view.backward_button.click()
    wait_ticked(qtbot, room, "backprop", "step_through")
    view.spins["x"].setValue(4.0)
    assert not ticked(room, "backprop", "df_dw_three")
    view.spins["x"].setValue(3.0)
    wait_ticked(qtbot, room, "backprop", "df_dw_three")
    view.spins["b"].setValue(9.0)                                     # f = −3: not yet the steepest
    assert not ticked(room, "backprop", "gate_steepest")
    view.spins["b"].setValue(6.0)                                     # f = −2·3 + 6 = 0
    wait_ticked(qtbot, room, "backprop", "gate_steepest")


def test_activation_tasks(qtbot, room):
    view = open_lesson(room, "activations").view
    view.z_spin.setValue(0.5)
    view.layers_spin.setValue(4)
    assert not ticked(room, "activations", "steepest") and not ticked(room, "activations", "thousandfold")
    view.z_spin.setValue(0.0)
    wait_ticked(qtbot, room, "activations", "steepest")
    view.layers_spin.setValue(5)
    wait_ticked(qtbot, room, "activations", "thousandfold")
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("relu"))
    assert not ticked(room, "activations", "never_flat")
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("leaky_relu"))
    wait_ticked(qtbot, room, "activations", "never_flat")


def test_descent_tasks(qtbot, room):
    """A preset rate button only sets η: a task ticks once the learner has run the ball with it."""
    view = open_lesson(room, "descent").view
    assert not ticked(room, "descent", "too_small") and not ticked(room, "descent", "too_large")
    view.rate_buttons[0].click()
    assert not ticked(room, "descent", "too_small")
    for _ in range(10):
        view.step_button.click()
    wait_ticked(qtbot, room, "descent", "too_small")
    view.rate_buttons[2].click()
    assert not ticked(room, "descent", "too_large")
    view.run_button.click()
    assert view.run_button.text() == "Pause"
    wait_ticked(qtbot, room, "descent", "too_large", timeout=8000)
    view.cost_combo.setCurrentIndex(view.cost_combo.findData("valley"))
    assert re.match(r"Step 0: v = \(−?\d[\d.]*, −?\d[\d.]*\), C\(v\) = [\d.]+, ∇C\(v\) = \(", view.readout.text())
    view.eta_slider.set_value(0.21)
    for _ in range(30):
        view.step_button.click()
    assert not ticked(room, "descent", "valley")
    view.rate_buttons[1].click()                                      # the valley's good rate, 0.15
    assert not ticked(room, "descent", "valley")
    for _ in range(30):
        view.step_button.click()
    wait_ticked(qtbot, room, "descent", "valley")


def test_slowdown_task(qtbot, room):
    view = open_lesson(room, "mnist_cost").view
    assert not ticked(room, "mnist_cost", "fast_bad_neuron")
    view.eta_spin.setValue(3.0)                                       # too fast a rate does not count
    view.cross_entropy_radio.click()
    assert not ticked(room, "mnist_cost", "fast_bad_neuron")
    assert view.slow_note.text().endswith("reaches output 0.2 after 1 epoch.")
    view.eta_spin.setValue(0.15)
    wait_ticked(qtbot, room, "mnist_cost", "fast_bad_neuron")
    assert view.slow_note.text().endswith("reaches output 0.2 after 31 epochs.")


def test_a_sweep_whose_error_count_changes_once_says_one_jump(room):
    from nnstudio.lessons import cost

    view = open_lesson(room, "mnist_cost").view
    view._sweep_name = "w"
    values = np.linspace(0.0, 1.0, 5)
    for errors, jumps in (([3, 3, 2, 2, 2], "1 jump,"), ([3, 2, 2, 1, 1], "2 jumps,")):
        view._on_swept(cost.WeightSweep(values, np.linspace(1.0, 0.5, 5), np.array(errors, dtype=float)))
        assert view.sweep_note.text().startswith(f"w from 0 to 1: the error count changes in whole steps ({jumps} ")


def test_initialization_tasks(qtbot, room):
    view = open_lesson(room, "initialization").view
    assert not any(ticked(room, "initialization", t.id) for t in lesson("initialization").tasks)
    view.initializer_combo.setCurrentIndex(view.initializer_combo.findData("glorot_normal"))
    wait_ticked(qtbot, room, "initialization", "tanh_healthy")
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("relu"))
    wait_ticked(qtbot, room, "initialization", "relu_collapse")
    assert not ticked(room, "initialization", "relu_healthy")
    view.initializer_combo.setCurrentIndex(view.initializer_combo.findData("he_normal"))
    wait_ticked(qtbot, room, "initialization", "relu_healthy")


def test_the_initialization_summary_counts_layers(qtbot, room):
    """It read "10× saturated" (as if ten times more saturated) beside the text's "8 of 10 outputs"."""
    view = open_lesson(room, "initialization").view
    assert "N(0, 1) weights: 10 layers saturated." in view.summary.text() and "×" not in view.summary.text()
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("relu"))
    view.initializer_combo.setCurrentIndex(view.initializer_combo.findData("glorot_normal"))
    healthy, collapsed = view.verdicts().count("healthy"), view.verdicts().count("collapsed")
    assert collapsed and f"{collapsed} layer{'s' if collapsed > 1 else ''} collapsed" in view.summary.text()
    assert not healthy or f"{healthy} layer{'s' if healthy > 1 else ''} healthy" in view.summary.text()


# ======================================================================== Try this, in the studio
def test_xor_tasks_in_the_table_and_the_studio(qtbot, window):
    r = lessons(window)
    page = open_lesson(r, "xor")
    page.setup_button.click()
    window.show_room("lessons")
    view = page.view
    assert not ticked(r, "xor", "another_solution")                   # the lecture's own weights
    view.spins[(1, "b", 0, 0)].setValue(-6.0)                         # moved, but no longer XOR
    assert not ticked(r, "xor", "another_solution") and "do not give XOR" in view.verdict.text()
    view.spins[(1, "b", 0, 0)].setValue(6.0)
    for key, spin in view.spins.items():                              # every weight doubled: still XOR
        spin.setValue(2 * spin.value())
    wait_ticked(qtbot, r, "xor", "another_solution")
    w1 = window.session.weights()[0]
    assert w1[0, 0] == 10.0 and w1[0, 1] == -14.0                      # the table's edits are the studio's
    window.undo_stack.undo()                                          # ... and undoable there
    assert view.spins[(1, "b", 0, 0)].value() == 6.0
    window.session.set_weight(0, "W", 0, 0, 7.5)                      # an edit in the studio shows in the table
    assert view.spins[(0, "W", 0, 0)].value() == 7.5

    assert not ticked(r, "xor", "from_random")                        # trained on from good weights: no
    view.train_button.click()
    assert window.current_room is window.studio and window.session.config.seed == 1
    assert not ticked(r, "xor", "from_random")
    train(qtbot, window, lambda: r.page("xor").task_rows["from_random"].done)
    solved, seeds = view.run_sweep()
    assert (solved, seeds) == (14, 20) and "14 of 20" in view.sweep_result.text()


def test_vanishing_tasks_from_the_studios_gradients(qtbot, window):
    r = lessons(window)
    open_lesson(r, "vanishing")
    window.studio.choose_dataset("circle")
    window.session.set_config(optimizer="sgd", lr=0.5, batch_size=32)     # as File → Examples → vanishing

    def gradients_of(hidden):
        """The gradient norms of the first training step of a new network."""
        window.session.set_spec(NetworkSpec(2, tuple(hidden), LayerSpec(1, "sigmoid")))
        window.session.reset_weights()
        target = window.session.step_count + 1
        window.studio.worker.step(1)
        qtbot.waitUntil(lambda: r.snapshot is not None and r.snapshot.step == target
                        and len(r.snapshot.layer_stats) == len(hidden) + 1, timeout=10000)

    gradients_of([LayerSpec(16, "relu", "normal")] * 4)
    wait_ticked(qtbot, r, "vanishing", "explode")
    assert not ticked(r, "vanishing", "hundredfold") and not ticked(r, "vanishing", "alike")
    gradients_of([LayerSpec(4, "sigmoid")] * 5)
    wait_ticked(qtbot, r, "vanishing", "hundredfold")
    assert not ticked(r, "vanishing", "alike")
    gradients_of([LayerSpec(16, "relu", "he_normal")] * 3)
    wait_ticked(qtbot, r, "vanishing", "alike")
    assert r.ticks("vanishing") == (3, 3)
    assert r.lesson_list.item(4).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_losses_tasks_by_training_in_the_studio(qtbot, window):
    r = lessons(window)
    page = open_lesson(r, "losses")
    page.view.buttons["multilabel"].click()
    assert window.session.key == "venn" and window.session.spec.loss_name == "binary_crossentropy"
    assert not ticked(r, "losses", "multilabel") and not ticked(r, "losses", "regression")
    train(qtbot, window, lambda: r.page("losses").task_rows["multilabel"].done)
    page.view.buttons["regression"].click()
    assert window.session.key == "sine" and window.session.spec.output.activation == "linear"
    assert not ticked(r, "losses", "regression")
    train(qtbot, window, lambda: r.page("losses").task_rows["regression"].done)
    assert "Done" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_nielsens_network_to_ninety_percent(qtbot, window, mnist_available):
    r = lessons(window)
    page = open_lesson(r, "mnist_cost")
    page.setup_button.click()
    assert not ticked(r, "mnist_cost", "ninety")
    train(qtbot, window, lambda: r.page("mnist_cost").task_rows["ninety"].done, timeout=300000)
    page.view.sweep()
    qtbot.waitUntil(lambda: not page.view.job.running, timeout=60000)
    errors = page.view.error_curve.yData
    assert np.all(errors == np.round(errors)) and len(np.unique(errors)) > 3   # a staircase of whole counts
    assert "jumps" in page.view.sweep_note.text()


def test_the_studios_xor_at_100_percent_ticks_no_mnist_task(qtbot, window):
    """The studio's XOR tests on its own four points: 100 % training and test accuracy, no gap. Opening the
    overfitting lab (or the MNIST lesson) beside it ticked "Find a cure that brings the test accuracy to 93 %
    with a gap below 5 points" (and "Train Nielsen's network ... to 90 %" with the quadratic cost)."""
    r = lessons(window)
    window.session.set_spec(dataclasses.replace(window.session.spec, loss="quadratic"))

    def perfect():
        state = r.lesson_states("overfitting")[-1]
        return bool(state.test_accuracies) and state.test_accuracies[-1] == 1.0 and state.train_accuracies[-1] == 1.0
    train(qtbot, window, perfect)
    window.show_room("lessons")
    open_lesson(r, "overfitting", choice=1)
    assert not ticked(r, "overfitting", "close_gap") and not ticked(r, "overfitting", "see_it")
    open_lesson(r, "mnist_cost")
    assert not ticked(r, "mnist_cost", "ninety")


def test_the_overfitting_lab_says_why_its_first_run_waits(qtbot, room, mnist_available, monkeypatch):
    """The first run on a computer compiles the fast code for the large network: a busy bar and a note, not a bar
    standing at 0 % for seconds."""
    from nnstudio.app.texts import compiling_note
    from nnstudio.lessons import overfitting

    compiled = threading.Event()
    monkeypatch.setattr(overfitting, "kernels_pending", lambda cures: True)
    monkeypatch.setattr(overfitting, "prepare_kernels", lambda: compiled.wait(20))
    view = open_lesson(room, "overfitting").view
    for box in view.checks.values():
        box.setChecked(False)
    view.run_button.click()
    qtbot.waitUntil(lambda: view.status.text() == compiling_note())
    assert view.progress.maximum() == 0 and view.stop_button.isEnabled()   # busy, and can be stopped
    compiled.set()
    qtbot.waitUntil(lambda: view.progress.value() >= 1, timeout=60000)
    assert view.progress.maximum() == view.epochs and "epoch" in view.status.text()
    view.stop_button.click()
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=60000)

    compiled.clear()   # stopped while compiling: the bar and the note do not stay behind
    view.run_button.click()
    qtbot.waitUntil(lambda: view.status.text() == compiling_note())
    view.stop_button.click()
    compiled.set()
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=60000)
    assert view.progress.maximum() > 0 and view.status.text() != compiling_note()


def test_the_overfitting_lab_clears_its_last_run_at_once_and_says_when_it_was_stopped(qtbot, room, mnist_available,
                                                                                        monkeypatch):
    from nnstudio.lessons import overfitting

    next_epoch = threading.Event()

    def train(cure, *data, epochs):
        """One epoch at once, then one more each time ``next_epoch`` is set."""
        for epoch in range(1, epochs + 1):
            if epoch > 1:
                next_epoch.wait(20)
            yield overfitting.CureResult(cure, 0.9, 0.5, (0.9,) * epoch, (0.5,) * epoch)
    monkeypatch.setattr(overfitting, "kernels_pending", lambda cures: False)
    monkeypatch.setattr(overfitting, "train_with_cure_iter", train)
    view = open_lesson(room, "overfitting").view
    for box in view.checks.values():
        box.setChecked(False)
    next_epoch.set()
    assert view.run(epochs=3)
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=20000)
    assert len(view.train_curve.getData()[0]) == 3 and view.table.rowCount() == 1
    assert "epoch 3 of 3" in view.status.text()

    next_epoch.clear()
    view.run_button.click()                   # a new run: the last one's curves, table and status go at once
    assert all(data is None or len(data) == 0 for curve in (view.train_curve, view.test_curve)
               for data in curve.getData())
    assert view.table.rowCount() == 0 and view.status.text() == "" and view.progress.value() == 0
    qtbot.waitUntil(lambda: view.progress.value() == 1, timeout=20000)
    view.stop_button.click()
    next_epoch.set()
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=20000)
    assert view.status.text() == ("The lab stopped after 1 of 50 epochs; the table lists the trainings that "
                                  "finished. Run the lab starts again.")
    assert not view.stop_button.isEnabled() and view.table.rowCount() == 0


@pytest.mark.slow
def test_the_overfitting_lab(qtbot, room, mnist_available, monkeypatch):
    runs = remember_overfitting_runs(monkeypatch)   # tests/lessons' experiment trains the same two: once a session
    view = open_lesson(room, "overfitting").view
    for cure, box in view.checks.items():
        box.setChecked(cure == "augmentation")
    assert not ticked(room, "overfitting", "see_it")
    view.run_button.click()
    qtbot.waitUntil(lambda: "none" in view.results and len(view.results["none"].train_accuracies) == view.epochs,
                    timeout=300000)
    wait_ticked(qtbot, room, "overfitting", "see_it")
    assert not ticked(room, "overfitting", "close_gap")
    qtbot.waitUntil(lambda: not view.job.running, timeout=300000)
    wait_ticked(qtbot, room, "overfitting", "close_gap")
    assert view.table.rowCount() == 2 and view.table.item(1, 0).text() == "Data augmentation"
    assert {key[0] for key in runs} >= {"none", "augmentation"}      # what the view trained is on record


def test_a_background_job_can_start_again_as_soon_as_its_end_arrives(qtbot):
    """The job's thread lives a moment after it sends ``ended``; a Run clicked in that moment (the button was just
    re-enabled by ``ended``) must start, not be silently refused."""
    import time

    from PySide6.QtCore import QObject

    from nnstudio.app.lessons.background import BackgroundJob

    owner = QObject()
    job = BackgroundJob(owner)

    def work(abort):
        yield 1, 1, None
        return "done"

    started_again = []
    job.ended.connect(lambda: started_again.append(job.start(work)) if not started_again else None)
    # connected last: after posting ``ended`` to the GUI thread, the job's thread stays alive a while longer
    job.ended.connect(lambda: time.sleep(0.3), Qt.ConnectionType.DirectConnection)
    assert job.start(work) and job.running
    qtbot.waitUntil(lambda: bool(started_again), timeout=10000)
    assert started_again == [True]
    assert job.wait(10) and job.wait(10)
    qtbot.waitUntil(lambda: not job.running, timeout=10000)


def test_closing_while_a_lesson_computes_ends_when_its_work_does(qtbot, window, mnist_available, monkeypatch):
    """A lesson's job that outlasts the close's short wait (the first run compiling, which cannot be interrupted):
    the window goes at once and closes for good when the job has ended, as with a long training step."""
    from nnstudio.app.texts import compiling_note
    from nnstudio.lessons import overfitting

    compiled = threading.Event()
    monkeypatch.setattr(overfitting, "kernels_pending", lambda cures: True)
    monkeypatch.setattr(overfitting, "prepare_kernels", lambda: compiled.wait(20))
    window.show_room("lessons")
    room = window.room("lessons")
    view = open_lesson(room, "overfitting").view
    for box in view.checks.values():
        box.setChecked(False)
    view.run_button.click()
    qtbot.waitUntil(lambda: view.status.text() == compiling_note())
    assert not window.close() and not window.isVisible()     # the job runs on: hidden, not closed
    assert room.thread_running
    with qtbot.waitSignal(room.finished, timeout=10000):
        compiled.set()
    assert not room.thread_running and window.close()          # closed for good


# ======================================================================== texts that name buttons
def _labels(page) -> set[str]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton

    labels = {b.text().replace("&", "") for b in page.findChildren(QAbstractButton) if b.text()}
    return labels | {QCoreApplication.translate("StudioRoom", "Run")}   # the studio's Run, where a text sends you


def _texts(page) -> list[str]:
    from PySide6.QtWidgets import QLabel, QWidget

    shown = [label.text() for label in page.findChildren(QLabel) if label.text()]
    return shown + [w.toolTip() for w in page.findChildren(QWidget) if w.toolTip()] + [page.text.toPlainText()]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_press_names_a_button_as_it_reads(room_in, language):
    """The XOR view said "Press Set up" ('설정') beside a button that reads "Set up in the studio" ('스튜디오에
    설정'), the MNIST lesson "(Set up: Nielsen's network…)": each "Press …" (English) and each quoted or
    emphasized name before "누르" (Korean) in a lesson's texts, tooltips and notes is a button of that lesson as it
    reads."""
    r = room_in(language)
    r.session.set_spec(NetworkSpec(2, (LayerSpec(5, "relu"),), LayerSpec(1, "sigmoid")))   # not the lecture's
    wrong = []
    for entry in LESSONS:
        page = open_lesson(r, entry.id)
        texts = _texts(page)
        if entry.id == "mnist_cost":
            page.view.sweep_button.click()              # the studio's XOR network: the note says what to press
            texts += _texts(page)
        labels = _labels(page)
        source = lesson_text(entry.id, language)
        if language == "en":
            for text in texts:
                for rest in re.findall(r"[Pp]ress (.+)", text):
                    if not rest.startswith("it ") and not any(
                            rest.startswith(label) and not rest[len(label):len(label) + 1].isalpha()
                            for label in labels):
                        wrong.append((entry.id, rest[:40]))
            named = re.findall(r"Press \*([^*]+)\*", source)
            named += [n for text in texts for n in re.findall(r"\((Set up[^:)]*): ", text)]
        else:
            pressed = r"‘([^’]+)’[을를]? ?(?:\(\w+\))?[을를]? (?:누르|눌)"      # ‘실행’(Space)을 누르고
            pressed += r"|\(‘?([^():’]*설정)’?: "                         # (‘스튜디오에 설정’: …)
            named = [a or b for text in texts for a, b in re.findall(pressed, text)]
            named += re.findall(r"\*([^*]+)\*[을를] (?:누르|눌)", source.replace("\n", " "))
        wrong += [(entry.id, name) for name in named if name not in labels]
        if entry.id == "xor":
            assert page.view.status.text().startswith(("The studio holds another network.", "스튜디오에 다른"))
    assert not wrong


# ======================================================================== disabled buttons say why
def unexplained_disabled(room, enabled_tips) -> list[tuple[str, str]]:
    """Every lesson's disabled buttons whose tooltip is empty or the one they show when enabled (as a learner
    hovering a greyed-out button sees no reason); ``enabled_tips`` collects the tooltips of enabled buttons."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    found = []
    for entry in LESSONS:
        for button in room.page(entry.id).findChildren(QAbstractButton):
            if isinstance(button.parent(), QTabBar):      # a tab bar's scroll arrows: greyed out at its ends
                continue
            key = (entry.id, button.text())
            if button.isEnabled():
                enabled_tips[key] = button.toolTip()
            elif not button.toolTip() or button.toolTip() == enabled_tips.get(key):
                found.append(key)
    return found


def test_a_disabled_lesson_button_says_why(qtbot, room, monkeypatch):
    """"Run Nielsen's experiment" while it ran, "Run the lab" and "Stop" in the overfitting lab and the MNIST
    lesson's sweep greyed out with no tooltip or their usual one: each now says why it waits."""
    from types import SimpleNamespace

    from nnstudio.lessons import cost, overfitting

    go = threading.Event()
    images = SimpleNamespace(x_train=np.zeros((8, 784), np.float32), y_train=np.zeros((8, 10), np.float32),
                             x_test=np.zeros((8, 784), np.float32), y_test=np.zeros((8, 10), np.float32))
    monkeypatch.setattr(room.link, "load_mnist", lambda retry=None: images)
    monkeypatch.setattr(vanishing, "speed_of_learning", lambda sizes, data, **options: go.wait(20) and (1.0, 2.0))
    monkeypatch.setattr(overfitting, "kernels_pending", lambda cures: False)
    monkeypatch.setattr(overfitting, "train_with_cure_iter", lambda *args, **kwargs: iter([go.wait(20) and None]))
    along_weight = cost.along_weight
    monkeypatch.setattr(cost, "along_weight", lambda *args, **kwargs: go.wait(20) and along_weight(*args, **kwargs))
    tips = {}
    for entry in LESSONS:
        open_lesson(room, entry.id)
    assert unexplained_disabled(room, tips) == []
    assert room.page("losses").view.set_up("multiclass")                 # a classifier in the studio, to sweep
    views = [room.page(lesson_id).view for lesson_id in ("vanishing", "overfitting", "mnist_cost")]
    views[0].run_button.click(), views[1].run_button.click(), views[2].sweep_button.click()
    busy = [views[0].run_button, views[1].run_button, views[2].sweep_button]
    assert not any(button.isEnabled() for button in busy)
    assert unexplained_disabled(room, tips) == []
    assert "Stop" in views[1].run_button.toolTip()
    go.set()
    qtbot.waitUntil(lambda: all(button.isEnabled() for button in busy), timeout=20000)
    assert [button.toolTip() for button in busy] == [tips[(lesson_id, button.text())] for lesson_id, button
                                                      in zip(("vanishing", "overfitting", "mnist_cost"), busy)]


@pytest.fixture(params=["en", "ko"])
def laptop_lessons(request, patched_dialogs, window_in):
    """The window on a 1280×720 screen in English, then in Korean, showing the lessons room."""
    w = window_in(request.param, 1280, 720)
    w.show_room("lessons")
    return lessons(w)


def _smallest_graph_text_points(stepper) -> float:
    """The smallest text of the stepper's graph as drawn on screen, in points: the nodes' rows and the edges'
    derivatives times the view's scale."""
    view = stepper.view
    sizes = [font.pointSizeF() for item in stepper.items.values() for _, _, font in item.drawn_rows(view.font())]
    sizes += [edge.label.font().pointSizeF() for edge in stepper.edges.values() if edge.label.text()]
    return min(sizes) * view.transform().m11()


def _shown_whole(view, items) -> list[str]:
    shown = view.viewport().rect()
    return [item.title for item in items if shown.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect())]


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_the_lectures_graphs_are_readable_and_start_at_their_inputs(patched_dialogs, window_in, language, size):
    """At 1024×600 lesson 3's graphs were shrunk to fit (0.6:1): their numbers were drawn at 5.4–5.8 pt, about 7 px
    high. No text of a graph is now drawn smaller than the app's small 8 pt (the plots' legends); a graph that does
    not fit so scrolls. The lecture's graph still fits whole, at 1024×600 too. A graph wider than its view starts at its
    inputs (the sigmoid gate's w, x and b were once cut off on the left, the view centred): every node is whole
    either at the start or scrolled to the far right, before and after both passes."""
    from PySide6.QtWidgets import QApplication

    w = window_in(language, *size)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(*size)
    stepper = open_lesson(room, "backprop").view
    view = stepper.view
    for tab in (0, 1, 2):                     # the lecture's graph, with a sigmoid gate, the studio's network
        stepper.mode_tabs.setCurrentIndex(tab)
        for press in (False, True):
            if press:
                stepper.all_button.click()
            QApplication.processEvents()
            assert _smallest_graph_text_points(stepper) >= 8.0 - 1e-6, (tab, press)
            bar = view.horizontalScrollBar()
            if tab == 0:
                assert bar.maximum() == bar.minimum()                     # the lecture's graph fits
            inputs = [item for node_id, item in stepper.items.items()
                      if item.title in ("w", "x", "b", "x[0]", "x[1]")]
            assert bar.value() == bar.minimum() and len(_shown_whole(view, inputs)) == len(inputs), (tab, press)
            seen = set(_shown_whole(view, stepper.items.values()))
            bar.setValue(bar.maximum())
            QApplication.processEvents()
            seen |= set(_shown_whole(view, stepper.items.values()))
            if tab < 2:                                                   # (the network scrolls down as well)
                assert seen == {item.title for item in stepper.items.values()}, (tab, press)
            else:
                assert max(stepper.items.values(), key=lambda item: item.scenePos().x()).title in seen   # the cost
            bar.setValue(bar.minimum())
        assert len(stepper.items) == (5, 6, 17)[tab]
    w.close()


def test_every_lessons_text_fits_its_column_at_1280x720(laptop_lessons):
    """The losses lesson's table was 1 px wider than the text column: a horizontal scroll bar appeared under it."""
    from PySide6.QtWidgets import QApplication

    for entry in LESSONS:
        page = open_lesson(laptop_lessons, entry.id)
        QApplication.processEvents()
        assert page.text.horizontalScrollBar().maximum() == 0, entry.id


def test_the_overfitting_lab_says_what_run_will_do_and_keeps_the_runs_finished_curves(qtbot, room, monkeypatch):
    """Before the first run the lab showed an empty bar and a table of headers only; now one line says what Run the
    lab will do. While a cure trains, the curves of the run's finished trainings stay (they went as it started)."""
    from types import SimpleNamespace

    from nnstudio.lessons import overfitting

    images = SimpleNamespace(x_train=np.zeros((8, 784), np.float32), y_train=np.zeros((8, 10), np.float32),
                             x_test=np.zeros((8, 784), np.float32), y_test=np.zeros((8, 10), np.float32))
    monkeypatch.setattr(room.link, "load_mnist", lambda retry=None: images)
    monkeypatch.setattr(overfitting, "kernels_pending", lambda cures: False)
    go_on = threading.Event()

    def train_with_cure_iter(cure, *data, epochs):
        if cure != "none":
            go_on.wait(20)
        for k in range(1, epochs + 1):
            accuracies = tuple(0.5 + 0.01 * i for i in range(k))
            yield overfitting.CureResult(cure, accuracies[-1], accuracies[-1] - 0.1, accuracies,
                                         tuple(a - 0.1 for a in accuracies))
    monkeypatch.setattr(overfitting, "train_with_cure_iter", train_with_cure_iter)
    view = open_lesson(room, "overfitting").view
    assert view.status.text() == ("Run the lab: 6 trainings of 50 epochs (no cure, then each cure ticked), a few "
                                  "seconds each.")
    assert not view.table.isVisible() and not view.progress.isVisible()
    for cure, box in view.checks.items():
        box.setChecked(cure == "l2")
    assert view.status.text().startswith("Run the lab: 2 trainings of 50 epochs")
    view.run(epochs=3)
    assert view.table.isVisible() and view.progress.isVisible()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)               # no cure: done; L2 waits

    def curves():
        return sorted(tuple(np.round(item.getData()[1], 2)) for item in view.plot.getPlotItem().listDataItems()
                      if item.getData()[1] is not None and len(item.getData()[1]))
    assert curves().count((0.4, 0.41, 0.42)) == 2 and curves().count((0.5, 0.51, 0.52)) == 2   # bold and thin
    go_on.set()
    qtbot.waitUntil(lambda: not view.job.running, timeout=20000)
    assert view.table.rowCount() == 2 and len(curves()) == 6           # the bold L2 pair over both thin pairs
    go_on.clear()
    view.run(epochs=3)                                                  # a new run starts with no curves
    assert curves() == []
    go_on.set()
    qtbot.waitUntil(lambda: not view.job.running, timeout=20000)


def test_s_and_space_step_and_run_the_lesson_shown(qtbot, window):
    """The studio's keys in the lessons that step: S steps the ball and Space runs and pauses it in the descent
    lesson; S takes the backprop graph's next step (forward, then backward). The buttons' tooltips name the keys, and
    the keys do nothing in a lesson that is not shown, nor while typing in the glossary's filter."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.show_room("lessons")
    r = lessons(window)
    descent = open_lesson(r, "descent").view
    descent.plot.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)
    assert descent.readout.text().startswith("Step 1:") and descent.step_button.toolTip().endswith("(S).")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert descent.run_button.text() == "Pause" and descent.run_button.toolTip().endswith("(Space).")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert descent.run_button.text() == "Run"
    r.glossary.filter.setFocus()
    qtbot.keyClick(r.glossary.filter, Qt.Key.Key_S)                     # a letter of a term, not a step
    assert r.glossary.filter.text() == "s" and descent.readout.text().startswith("Step 1:")

    stepper = open_lesson(r, "backprop").view
    stepper.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is stepper.view, timeout=3000)
    qtbot.keyClick(stepper.view, Qt.Key.Key_S)
    qtbot.keyClick(stepper.view, Qt.Key.Key_S)                          # g, then f: the forward pass is done
    assert not stepper.forward_button.isEnabled() and stepper.backward_button.isEnabled()
    assert stepper.backward_button.toolTip().endswith("(S).")
    qtbot.keyClick(stepper.view, Qt.Key.Key_S)
    assert stepper.values()["backward_steps_taken"] == 1
    assert descent.readout.text().startswith("Step 1:")                  # the hidden lesson's S did nothing


def test_the_xor_plots_top_label_shows_whole_under_its_buttons(laptop_lessons):
    """At 1280×720 the decision boundary's top tick label ("1.5") was cut in half right under Reset view and Export,
    as if the buttons covered the plot: the plot starts below them with room for half a line above its top."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    view = open_lesson(laptop_lessons, "xor").view
    QApplication.processEvents()
    plot = view.boundary
    canvas_top = plot.plot_widget.mapTo(plot, QPoint(0, 0)).y()
    for button in (plot.reset_view_button, plot.export_button):
        assert button.isVisible() and button.geometry().bottom() < canvas_top
    box_top = plot.plot.getViewBox().sceneBoundingRect().top()       # in the canvas, from its top edge
    assert box_top >= plot.plot_widget.fontMetrics().height() / 2


def test_an_edges_derivative_never_runs_under_the_next_node(room):
    """The sigmoid gate's "∂a/∂f = 0.0009102" was wider than the gap between f and a: its end ran under node a.
    A label too wide for its gap goes on two lines."""
    from nnstudio.app.lessons.stepper import EdgeItem

    room.resize(1600, 1000)
    view = open_lesson(room, "backprop").view
    view.set_mode("gate")
    view.all_button.click()
    edges = [item for item in view.view.scene().items() if isinstance(item, EdgeItem)]
    labels = [edge.label for edge in edges if edge.label.text()]
    assert len(labels) == len(edges) == 5 and any("∂a/∂f" in label.text() for label in labels)
    for edge in edges:
        path = edge.path().boundingRect()            # from the arrow's tail to its head: the next node's side
        assert edge.label.sceneBoundingRect().right() <= edge.mapToScene(path.topRight()).x(), edge.label.text()
    assert next(label.text() for label in labels if "∂a/∂f" in label.text()).startswith("∂a/∂f\n= ")


def _reachable(widget) -> bool:
    """Whether the learner can see all of ``widget``, after scrolling every scroll area around it to it."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    areas = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    for area in areas:
        # (the whole widget: ensureWidgetVisible shows only a spin box's text cursor, its frame could stay 2 px out)
        middle = widget.mapTo(area.widget(), widget.rect().center())
        area.ensureVisible(middle.x(), middle.y(), widget.width() // 2 + 1, widget.height() // 2 + 1)
    shown = [QRect(area.viewport().mapTo(widget.window(), QPoint(0, 0)), area.viewport().size()) for area in areas]
    shown.append(widget.window().rect())
    rect = QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())
    return all(each.contains(rect) for each in shown)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_lesson_fits_a_1024x600_screen_with_every_control_reachable(patched_dialogs, window_in, language):
    """The lessons room made the window 1211×594 at least (1158×626 in Korean): the XOR lesson's view alone was
    wider than a 1024-px screen. A page too small for its view now scrolls; the window stays 1024×600."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    for entry in LESSONS:
        for answered in (False, True):
            page = room.show_lesson(entry.id)
            if answered and page.asking:
                page.choice_buttons[0].click()
            QApplication.processEvents()
            assert w.width() <= 1024 and w.height() <= 600, (entry.id, w.size())
            controls = [c for kind in (QAbstractButton, QAbstractSpinBox, QComboBox)
                        for c in page.findChildren(kind) if c.isVisible()]
            assert controls, entry.id
            cut = [c.text() if hasattr(c, "text") else type(c).__name__ for c in controls if not _reachable(c)]
            assert not cut, (entry.id, answered, cut)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_lesson_view_is_squeezed_below_its_texts_on_a_1024x600_screen(patched_dialogs, window_in, language):
    """The MNIST lesson's view got less height than its wrapped texts need: the slowdown's note lay over the
    plots' "epoch" labels. The page scrolls instead; no text covers a plot."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication, QLabel

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    for entry in LESSONS:
        page = open_lesson(room, entry.id)
        for _ in range(3):
            QApplication.processEvents()
        view = page.view
        for label in view.findChildren(QLabel):         # every wrapped text gets the lines it needs
            if label.wordWrap() and label.isVisibleTo(view) and label.text():
                assert label.height() >= label.heightForWidth(label.width()), (entry.id, label.text())
    view = room.page("mnist_cost").view
    room.show_lesson("mnist_cost")
    QApplication.processEvents()
    note = QRect(view.slow_note.mapTo(view, QPoint(0, 0)), view.slow_note.size())
    for plot in view.slow_plots.values():
        assert not note.intersects(QRect(plot.mapTo(view, QPoint(0, 0)), plot.size())), language
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_initialization_lesson_shows_all_ten_layers_on_a_1024x600_screen(patched_dialogs, window_in, language):
    """Five titles "layer 5: saturated" in a row were wider than the view: layers 5 and 10 lay past the
    canvas' right edge, with no scroll bar to reach them."""
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    view = open_lesson(room, "initialization").view
    for _ in range(3):
        QApplication.processEvents()
    canvas = view.canvas
    for i, (plot, _) in enumerate(view.plots):
        shown = canvas.mapFromScene(plot.sceneBoundingRect()).boundingRect()
        assert canvas.viewport().rect().adjusted(-1, -1, 1, 1).contains(shown), (i + 1, shown, canvas.size())
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_overfitting_lab_needs_no_sideways_scrolling_on_a_1024x600_screen(patched_dialogs, window_in, language):
    """Its five cures in three columns made the view wider than the page: Dropout, Stop and the plot's legend
    lay past the right edge, behind a horizontal scroll bar."""
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    page = open_lesson(room, "overfitting", choice=1)
    for _ in range(3):
        QApplication.processEvents()
    assert not page.body_area.horizontalScrollBar().isVisible()
    for box in [*page.view.checks.values(), page.view.stop_button]:
        assert box.visibleRegion().boundingRect() == box.rect(), box.text()
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_vanishing_lesson_needs_no_sideways_scrolling_on_a_1024x600_screen(qtbot, patched_dialogs, window_in,
                                                                              mnist_available, language):
    """Its three plots side by side, each at the lessons' 200-px least width, made the view wider than the page:
    the third plot lay behind a horizontal scroll bar. Every plot, its title and its axis label is in view, also
    after a run has written its longer summary (the page did not grow for it: the plots lay over each other)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    page = open_lesson(room, "vanishing")
    assert page.view.run()
    qtbot.waitUntil(lambda: not page.view.job.running, timeout=60000)
    for _ in range(3):
        QApplication.processEvents()
    assert not page.body_area.horizontalScrollBar().isVisible()
    first, *contrasts = page.view.plots           # the two contrasts below Nielsen's plot, none over another
    assert all(first.geometry().bottom() < plot.geometry().top() for plot in contrasts), language
    for plot in page.view.plots:
        area = page.body_area
        area.ensureWidgetVisible(plot, 0, 0)
        shown = QRect(area.viewport().mapTo(w, QPoint(0, 0)), area.viewport().size())
        rect = QRect(plot.mapTo(w, QPoint(0, 0)), plot.size())
        assert shown.left() <= rect.left() and rect.right() <= shown.right(), (rect, shown)
        title = plot.getPlotItem().titleLabel
        assert title.item.boundingRect().width() <= title.boundingRect().width() + 1, title.text  # not cut
        label = plot.getPlotItem().getAxis("bottom").label             # "hidden layer", whole
        bottom = plot.mapFromScene(label.sceneBoundingRect()).boundingRect().bottom() - label.document().documentMargin()
        assert bottom <= plot.height(), language          # (the text's margin below its line may be cut)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_xor_task_names_the_buttons_the_learner_presses(patched_dialogs, window_in, language):
    """The task said "Train from random weights", but no button says so: it names Random start in the studio and
    the studio's Run, as they read in that language."""
    w = window_in(language, 1280, 720)
    w.show_room("lessons")
    page = open_lesson(lessons(w), "xor")
    task = page.task_rows["from_random"].text.text()
    assert page.view.train_button.text() in task
    assert w.studio.run_action.iconText() in task



def _text_cut_at_the_sides(item) -> bool:
    """Whether a node, painted as the view paints it, has ink in the outermost pixel columns of its text area
    (a row too long for the node is clipped there; a row that fits leaves them blank)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    box = item.boundingRect()
    image = QImage(int(box.width()), int(box.height()), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.translate(-box.left(), -box.top())
    item.paint(painter, None)
    painter.end()
    left = 5                                # the text area: 3 px inside the box, 2 px inside the bounds
    right = image.width() - 6
    top, bottom = int(box.height() * 0.1), int(box.height() * 0.9)
    return any(min(QColor(image.pixel(x, y)).getRgb()[:3]) < 180
               for x in (left, right) for y in range(top, bottom))


def test_the_studio_networks_graph_shows_small_gradients_whole(qtbot, window):
    """After training, a gradient such as "∂ = −9.977e−08" was wider than its node and cut off at both ends: a
    long row is now drawn smaller, whole inside its node."""
    from PySide6.QtWidgets import QApplication

    window.session.set_weights([3 * w for w in LECTURE_WEIGHTS])       # a network sure of itself: tiny gradients
    window.show_room("lessons")
    stepper = open_lesson(lessons(window), "backprop").view
    stepper.mode_tabs.setCurrentIndex(2)                              # the studio's network
    stepper.all_button.click()
    QApplication.processEvents()
    texts = [item.text() for item in stepper.items.values()]
    assert any("e−" in text for text in texts)
    cut = [item.text() for item in stepper.items.values() if _text_cut_at_the_sides(item)]
    assert not cut


def test_the_lessons_number_boxes_write_the_lectures_minus(qtbot, window):
    """The XOR weights' boxes read "-0.56" beside the table's "−0.56", the backprop graph's w box "-2.00" beside
    "w = −2": they write "−" too, and a "-" typed from the keyboard still makes a negative number."""
    r = lessons(window)
    window.show_room("lessons")
    xor_view = open_lesson(r, "xor").view
    weights = [w.copy() for w in window.session.weights()]
    weights[0][:] = [[0.3355, -0.5639], [-1.124, -1.184]]
    window.session.set_weights(weights)
    row = next(r for r in range(4) if [xor_view.table.item(r, c).text() for c in (0, 1)] == ["0", "1"])
    assert xor_view.spins[(0, "W", 1, 0)].text() == xor_view.table.item(row, 2).text() == "−1.12"
    spin = xor_view.spins[(1, "b", 0, 0)]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "-4.5")
    assert spin.text() == "−4.5"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "−4.50" and window.session.weights()[3][0] == -4.5
    stepper = open_lesson(r, "backprop").view
    assert stepper.spins["w"].text() == "−2.00"
    derivatives = open_lesson(r, "derivatives").view
    derivatives.x_spin.setValue(-1.0)
    assert derivatives.x_spin.text() == "−1.00"


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("lesson_id", ["vanishing", "losses"])
def test_the_lesson_tables_column_titles_are_whole_on_a_1024x600_screen(patched_dialogs, window_in, language,
                                                                       lesson_id):
    """At 1024×600 every title of the vanishing lesson's results table but "network" was cut ("sigmoid: la…",
    "Nielsen's fi…"), and the losses lesson's "output layer": a title wraps onto the lines it needs and the header
    is as high as those lines, the rows below it whole."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    table = open_lesson(room, lesson_id).view.table
    for _ in range(3):
        QApplication.processEvents()
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for c in range(table.columnCount()):
        title = table.horizontalHeaderItem(c).text()
        width = header.sectionSize(c) - 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin)
        needs = metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, title)
        assert needs.width() <= width and needs.height() <= header.height(), (title, needs, width, header.height())
        assert all(metrics.horizontalAdvance(word) <= width for word in title.split()), (title, width)
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows, (table.viewport().height(), rows)      # no row cut off below
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_losses_chooser_reads_as_the_lessons_table_beside_it(patched_dialogs, window_in, language):
    """The lesson's page and its chooser show the lecture's table side by side: every problem, output layer,
    activation and loss in the same words (the chooser said "linear" for "none / linear", plain "binary
    cross-entropy" for the multi-label row's "per class", and in Korean sigmoid and softmax for 시그모이드 and
    소프트맥스)."""
    w = window_in(language, 1280, 800)
    w.show_room("lessons")
    table = open_lesson(lessons(w), "losses").view.table
    lines = [line for line in lesson_text("losses", language).splitlines() if line.startswith("|")]
    page_rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]
    shown = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert shown == page_rows


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_vanishing_tasks_say_they_are_done_in_the_studio(patched_dialogs, window_in, language):
    """The lesson's own view runs Nielsen's experiment, but its tasks read the gradients of the studio's network:
    "Make the first hidden layer's gradient 100× smaller…" beside Run Nielsen's experiment sent the learner to a
    button that ticks nothing. Each task names the studio, as the room bar does."""
    w = window_in(language, 1280, 720)
    w.show_room("lessons")
    page = open_lesson(lessons(w), "vanishing")
    studio = w.studio.title()
    for task in lesson("vanishing").tasks:
        assert studio.lower() in page.task_rows[task.id].text.text().lower(), task.id


def test_the_korean_overfitting_lab_says_cure_and_gap_as_its_page(patched_dialogs, window_in):
    """The page and its tasks say 해결책 for a cure and 격차 for the train/test gap; the lab beside them said 처방
    and 차이 ("처방 없이 한 번", "줄어든 차이")."""
    w = window_in("ko", 1280, 720)
    w.show_room("lessons")
    view = open_lesson(lessons(w), "overfitting").view
    page = lesson_text("overfitting", "ko")
    assert "해결책" in page and "격차" in page
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    shown = " ".join(headers + [view.status.text(), view.run_button.toolTip()])
    assert headers[0] == "해결책" and "격차" in headers[3] and "줄어든 격차" == headers[4]
    assert "처방" not in shown and "차이" not in shown


# ======================================================================== by keyboard


def test_the_lessons_room_by_keyboard(qtbot, window):
    """Tab from the lesson list went to the glossary and stayed in its table (Tab moved from cell to cell: no way
    out); the XOR lesson's weights, its first controls, came last after the buttons under its table; Tab stopped
    on the lesson page's scroll area and on each plot of lesson 5 with nothing to show where the focus was. Now:
    the list (arrows choose a lesson), the question's choices (Space answers), the lesson's text, Set up, its view
    as it reads, the glossary's search and table — and back; Shift+Tab the other way."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication, QScrollArea
    r = lessons(window)
    window.lessons_action.trigger()
    r.show_lesson("xor")
    r.restart_lesson()                                          # the question again
    page = r.page("xor")
    assert page.asking
    assert tab_round(qtbot, r.lesson_list)[1:] == [*page.choice_buttons, r.glossary.filter, r.glossary.table]
    page.choice_buttons[1].setFocus()
    qtbot.keyClick(page.choice_buttons[1], Qt.Key.Key_Space)   # "No"
    assert not page.asking and "right" in page.reveal.text()
    view = page.view
    stops = tab_round(qtbot, r.lesson_list)
    spins = list(view.spins.values())
    assert stops[1:4] == [page.text, page.setup_button, spins[0]]
    assert stops[3:3 + len(spins)] == spins
    order = [spins[-1], view.table, view.lecture_button, view.train_button, view.sweep_button, r.glossary.filter,
             r.glossary.table]
    assert [stops.index(x) for x in order] == sorted(stops.index(x) for x in order)
    assert stops[-1] is r.glossary.table and stops.count(r.glossary.table) == 1
    assert tab_round(qtbot, r.lesson_list, Qt.Key.Key_Backtab) == [stops[0], *reversed(stops[1:])]
    # the glossary's search, then on to its table and out
    r.glossary.filter.setFocus()
    qtbot.keyClicks(r.glossary.filter, "chain")
    assert ("chain rule", "연쇄 법칙") in r.glossary.visible_terms()
    qtbot.keyClick(r.glossary.filter, Qt.Key.Key_Tab)
    qtbot.keyClick(r.glossary.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is r.lesson_list
    # the list's arrows choose a lesson and keep the focus in the list; lesson 5's plots take no Tab
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_End)
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_Up)
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_Up)
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_Up)
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_Up)
    qtbot.keyClick(r.lesson_list, Qt.Key.Key_Up)
    assert r.current == "vanishing" and r.lesson_list.hasFocus()
    vanishing_page = r.page("vanishing")
    if vanishing_page.asking:
        vanishing_page.answer(1)
    stops = tab_round(qtbot, r.lesson_list)
    assert vanishing_page.view.run_button in stops
    assert not any(isinstance(x, (pg.GraphicsView, QScrollArea)) for x in stops)
    assert all(x.isVisible() for x in stops)


def test_tab_reaches_the_set_up_buttons_in_the_losses_table_after_it(qtbot, window):
    """Lesson 8's Set up buttons sit in its table's cells: Tab reached them only after the glossary, out of the
    lesson. They come right after the table now, top to bottom, then the glossary."""
    r = lessons(window)
    window.lessons_action.trigger()
    page = open_lesson(r, "losses")
    stops = tab_round(qtbot, r.lesson_list)
    view, buttons = page.view, list(page.view.buttons.values())
    i = stops.index(view.table)
    assert stops[i + 1:i + 1 + len(buttons)] == buttons
    assert stops[i + 1 + len(buttons)] is r.glossary.filter


def test_lesson_3s_graph_shows_the_keyboard_focus_and_steps_with_space_and_enter(qtbot, window):
    """Tab stopped on lesson 3's graph with nothing to show that it had the focus, and no key did anything there.
    Now a frame in the highlight colour shows the focus, Space and Enter take the next step (as S), and the
    tooltip says so."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication
    r = lessons(window)
    window.lessons_action.trigger()
    view = open_lesson(r, "backprop").view
    graph = view.view
    stops = tab_round(qtbot, r.lesson_list)
    assert graph in stops and "Space or Enter" in graph.toolTip()
    highlight = graph.palette().color(QPalette.ColorRole.Highlight)

    def frame_colour() -> QColor:
        return graph.grab().toImage().pixelColor(0, graph.height() // 2)

    r.lesson_list.setFocus()
    qtbot.waitUntil(lambda: not graph.hasFocus(), timeout=2000)
    assert frame_colour() != highlight
    while QApplication.focusWidget() is not graph:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert frame_colour() == highlight
    assert "= −10" not in view.node_texts()["g"]
    qtbot.keyClick(graph, Qt.Key.Key_Space)
    assert "= −10" in view.node_texts()["g"] and view.explanation.text() == "g = w × x = −2 × 5 = −10"
    qtbot.keyClick(graph, Qt.Key.Key_Return)
    assert view.explanation.text() == "f = g + b = −10 + 3 = −7"
    assert graph.hasFocus()


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("lesson_id", [entry.id for entry in LESSONS])
def test_no_lesson_scrolls_sideways_on_a_1024x600_screen(patched_dialogs, window_in, language, lesson_id):
    """At 1024×600 the XOR lesson's view asked for 683 px where it had 482: the page scrolled sideways, its
    decision plot and the table's ŷ column out of sight, "How often? Train 20 random starts" cut. Its plot goes
    under the weights when they do not fit side by side, its buttons wrap, and no lesson scrolls sideways; the
    page scrolls down instead, with nothing in the view laid over anything else."""
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    page = open_lesson(room, lesson_id)
    for _ in range(4):
        QApplication.processEvents()
    assert page.body_area.horizontalScrollBar().maximum() == 0, (page.view.minimumSizeHint(), page.body.sizes())
    view = page.view
    shown = [c for c in view.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
             if c.isVisible() and not c.isWindow()]
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not a.geometry().intersects(b.geometry()), (a, a.geometry(), b, b.geometry())
    if lesson_id == "xor":
        assert not view.side_by_side()
        for part in (view.boundary, view.table, view.sweep_button, view.lecture_button):
            corner = part.mapTo(page.body_area.viewport(), part.rect().topRight())
            assert corner.x() <= page.body_area.viewport().width(), part
    w.close()


# ======================================================================== in a dark desktop theme
def contrast(first, second) -> float:
    """WCAG contrast ratio of two QColors (1 to 21), computed here, not by the code under test."""
    def luminance(c):
        channels = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(),
                                                                                          c.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_color(label):
    """The colour a label's text is painted in (its style sheet's colour included)."""
    label.ensurePolished()
    return label.palette().color(label.foregroundRole())


def painted(widget, x: int = 2, y: int = 2):
    """The colour the widget shows at (x, y), as on screen."""
    return widget.grab().toImage().pixelColor(x, y)


@pytest.mark.parametrize("right", [True, False])
def test_a_lessons_green_and_orange_texts_read_in_a_dark_desktop_theme(qtbot, dark_desktop, room, right):
    """The predict-first answer ("You predicted …: right." in green, "…; the answer is …" in orange) and a done
    task's tick were colours for a light window: on a dark desktop's window they read at about 3 : 1. They are as
    light as the dark window needs now, and follow the desktop when it goes light again."""
    entry = lesson("backprop")
    page = room.show_lesson("backprop")
    page.choice_buttons[entry.prediction.answer if right else (entry.prediction.answer + 1) % 4].click()
    task = page.task_rows["step_through"]
    page.set_task_done("step_through", True)
    window = page.palette().color(page.backgroundRole())
    assert window.lightness() < 80
    for label in (page.reveal, task.mark, task.text):
        assert contrast(text_color(label), window) >= 4.5, (label.text(), text_color(label).name())
    assert text_color(task.mark) != text_color(page.setup_button)      # (still green, not the plain text colour)

    QApplication.setPalette(QPalette(QColor("#efefef")))                  # the desktop goes light
    qtbot.waitUntil(lambda: page.palette().color(page.backgroundRole()).lightness() > 200, timeout=2000)
    window = page.palette().color(page.backgroundRole())
    for label in (page.reveal, task.mark, task.text):
        assert contrast(text_color(label), window) >= 4.5, (label.text(), text_color(label).name())


def test_the_xor_tables_right_and_wrong_outputs_read_in_a_dark_desktop_theme(qtbot, dark_desktop, room):
    """ŷ in the XOR table was dark green (right side of 0.5) or red (wrong side): the green read at 2.7 : 1 on a
    dark table."""
    view = open_lesson(room, "xor").view
    room.session.set_weights(LECTURE_WEIGHTS)
    base = view.table.palette().color(view.table.viewport().backgroundRole())
    column = view.table.columnCount() - 2
    room.session.set_weight(1, "b", 0, 0, 30.0)           # the output unit always says 1: two rows wrong
    colors = {}
    for r in range(view.table.rowCount()):
        item = view.table.item(r, column)
        colors[(float(item.text()) > 0.5) == (r in (1, 2))] = item.foreground().color()
    assert len(set(c.name() for c in colors.values())) == 2
    for color in colors.values():
        assert contrast(color, base) >= 4.5, color.name()

    QApplication.setPalette(QPalette(QColor("#efefef")))                  # the desktop goes light: they follow
    qtbot.waitUntil(lambda: view.table.palette().color(view.table.viewport().backgroundRole()).lightness() > 200,
                    timeout=2000)
    base = view.table.palette().color(view.table.viewport().backgroundRole())
    for r in range(view.table.rowCount()):
        color = view.table.item(r, column).foreground().color()
        assert contrast(color, base) >= 4.5, color.name()


@pytest.mark.parametrize("lesson_id", ["vanishing", "mnist_cost"])
def test_a_colour_key_stands_on_the_white_of_its_plots_in_a_dark_desktop_theme(qtbot, dark_desktop, room,
                                                                               lesson_id):
    """The colour key above the vanishing lesson's plots (and the slowdown's) drew its lines in the colours of
    curves made for a white plot, on the window: the darkest, viridis' purple, vanished on a dark desktop's
    window. The key is white with the plots' dark text now, as the plots below it."""
    view = open_lesson(room, lesson_id).view
    [key] = [label for label in view.findChildren(QLabel) if "━━" in label.text()]
    background = painted(key)
    assert background.name() == "#ffffff"
    assert contrast(text_color(key), background) >= 4.5
    for rgb in re.findall(r"color:rgb\((\d+), (\d+), (\d+)\)", key.text()):
        assert contrast(QColor(*map(int, rgb)), background) > 1.3       # the curves' own contrast on their plot


def test_the_computational_graph_reads_in_a_dark_desktop_theme(qtbot, dark_desktop, room):
    """The graph of lesson 3 stood on the dark Base colour of a dark desktop with colours made for white paper:
    its grey note ("too many to draw") read at 2.4 : 1. It is white as the plots are, so its notes and gradients
    read in any theme."""
    page = room.show_lesson("backprop")
    page.choice_buttons[0].click()
    view = page.view
    view.show_all()
    graph = view.view
    background = painted(graph.viewport())
    assert background.name() == "#ffffff"
    labels = [edge.label for edge in view.edges.values()]
    assert labels and all(contrast(label.brush().color(), background) >= 3.0 for label in labels)
    room.session.set_spec(NetworkSpec(2, (LayerSpec(16, "relu"),), LayerSpec(1, "sigmoid")))
    view.mode_tabs.setCurrentIndex(2)
    notes = [item for item in graph.scene().items() if hasattr(item, "text") and "too many" in item.text()]
    assert len(notes) == 1
    assert contrast(notes[0].brush().color(), painted(graph.viewport())) >= 4.5


@pytest.mark.parametrize("lesson_id", ["derivatives", "activations", "overfitting"])
def test_the_lessons_plot_legends_name_their_curves_in_dark_text(qtbot, room, lesson_id):
    """The legends on the lessons' white plots ("f", "tangent (the derivative)", "training images") were
    pyqtgraph's grey, 2.9 : 1 on white; they have the plots' dark text now, as the race's legends."""
    import pyqtgraph as pg

    view = open_lesson(room, lesson_id).view
    [legend] = [plot.getPlotItem().legend for plot in view.findChildren(pg.PlotWidget) if plot.getPlotItem().legend]
    assert legend.items
    for _, label in legend.items:
        colors = set(re.findall(r"color:(#[0-9a-f]{6})", label.item.toHtml()))
        assert colors and all(contrast(QColor(c), QColor("white")) >= 4.5 for c in colors), (label.text, colors)


LESSON_VIEWS_SCALED = """
import json
from nnstudio.app.lessons import LessonsRoom
from nnstudio.session.session import TrainingSession

room = LessonsRoom(TrainingSession())
room.resize(1280, 800)
room.show()
seen = {}
page = room.show_lesson("backprop")
page.choice_buttons[0].click()
graph = page.view.view
QTest.qWait(100)
QTest.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                 graph.viewport().rect().center())
seen["graph_focused"] = graph.hasFocus()
QTest.keyClick(graph, Qt.Key.Key_Space)
seen["stepped"] = page.view.forward_shown
image = graph.viewport().grab()
seen["graph"] = [image.devicePixelRatio(), image.width(), graph.viewport().width()]

page = room.show_lesson("activations")
page.choice_buttons[0].click()
QTest.qWait(100)
plot, line = page.view.plot, page.view.z_line
view = plot.getPlotItem().getViewBox()
def at(z):
    return plot.mapFromScene(view.mapViewToScene(QPointF(z, 0.5)))
QTest.mousePress(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(line.value()))
for z in (1.0, -1.0, -3.0):
    QTest.mouseMove(plot.viewport(), at(z))
QTest.mouseRelease(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(-3.0))
seen["z"] = page.view.z_spin.value()
image = plot.grab()
seen["plot"] = [image.devicePixelRatio(), image.width(), plot.width()]
print(json.dumps(seen))
"""


@pytest.mark.parametrize("scale", [1.5, 2])
def test_the_lesson_graph_and_the_activation_line_on_a_high_dpi_screen(tmp_path, scale):
    """On a 150 % or 200 % screen lesson 3's graph takes the focus where it is clicked and steps with Space, the
    activation explorer's z line follows the mouse to where it is dragged, and both are drawn with every pixel the
    screen has (sharp, not a 100 % picture scaled up)."""
    from tests.app.scaled import run_scaled

    seen = run_scaled(scale, LESSON_VIEWS_SCALED, tmp_path)
    assert seen["graph_focused"] and seen["stepped"] == 1
    assert seen["z"] == pytest.approx(-3.0, abs=0.05)
    for ratio, pixels, width in (seen["graph"], seen["plot"]):
        assert ratio == scale and pixels == round(width * scale)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_lesson_3s_graph_has_no_edge_under_a_node_nor_a_label_over_another(qtbot, patched_dialogs, window_in,
                                                                           language, size):
    """The edge from b to f ran under the g node (b stood with w and x, two columns before f): a leaf now stands in
    the column before the value computed from it, and each value's inputs around it, so that no arrow crosses a node
    it does not join, no derivative at an edge covers a node or another derivative and no arrow runs through a
    derivative — at every step of both passes, on the lecture's graph and with the sigmoid gate."""
    from PySide6.QtGui import QPainterPath, QPainterPathStroker
    from PySide6.QtWidgets import QApplication

    from nnstudio.app.lessons.stepper import EdgeItem, NodeItem

    w = window_in(language, *size)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(*size)
    stepper = open_lesson(room, "backprop").view
    for tab in (0, 1):                                   # the lecture's graph, with a sigmoid gate
        qtbot.mouseClick(stepper.mode_tabs, Qt.MouseButton.LeftButton, pos=stepper.mode_tabs.tabRect(tab).center())
        assert stepper.mode == ("lecture", "gate")[tab]
        steps = 0
        while True:
            QApplication.processEvents()
            scene = stepper.view.scene()
            nodes = [item for item in scene.items() if isinstance(item, NodeItem)]
            edges = [item for item in scene.items() if isinstance(item, EdgeItem)]
            boxes = {node.title.split()[0]: node.sceneBoundingRect().adjusted(2, 2, -2, -2) for node in nodes}
            lines = []
            for edge in edges:
                line = QPainterPath(edge.path().elementAt(0))   # the arrow's line, tail to the head's tip
                tip = edge.path().elementAt(1)
                line.lineTo(tip.x, tip.y)
                stroke = QPainterPathStroker()
                stroke.setWidth(1.0)
                area = edge.mapToScene(stroke.createStroke(line))
                joined = [name for name, box in boxes.items() if area.intersects(box)]
                assert len(joined) == 2, (tab, steps, joined)       # its two ends, no other node
                lines.append(area)
            labels = [edge.label.sceneBoundingRect() for edge in edges if edge.label.text().strip()]
            for i, label in enumerate(labels):
                assert not any(label.intersects(box) for box in boxes.values()), (tab, steps, label)
                assert not any(label.intersects(other) for other in labels[i + 1:]), (tab, steps, label)
                # no arrow runs through a derivative (a rising one crossed the "= −2" of ∂g/∂x at 1024×600)
                assert not any(area.intersects(label.adjusted(1, 1, -1, -1)) for area in lines), (tab, steps, label)
            if not (stepper.forward_button.isEnabled() or stepper.backward_button.isEnabled()):
                break
            button = stepper.forward_button if stepper.forward_button.isEnabled() else stepper.backward_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            steps += 1
        assert steps == (2 + 4, 3 + 5)[tab] and all("∂" in n.text() for n in nodes)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_activations_go_by_the_lectures_names(room_in, language):
    """The explorer's list read the engine's names, "relu" and "leaky_relu", and the initialization lesson's
    "relu with He weights"; the lectures (and the lesson texts beside them) write ReLU and Leaky ReLU, the Korean
    lesson 시그모이드 and 선형."""
    r = room_in(language)
    explorer = open_lesson(r, "activations").view
    names = [explorer.activation_combo.itemText(i) for i in range(explorer.activation_combo.count())]
    assert names == (["sigmoid", "tanh", "ReLU", "Leaky ReLU", "linear"] if language == "en"
                     else ["시그모이드", "tanh", "ReLU", "Leaky ReLU", "선형"])
    text = lesson_text("activations", language)
    assert all(name in text for name in names)
    init = open_lesson(r, "initialization").view
    init.activation_combo.setCurrentIndex(init.activation_combo.findData("relu"))
    init.initializer_combo.setCurrentIndex(init.initializer_combo.findData("he_normal"))
    assert [init.activation_combo.itemText(i) for i in range(2)] == ["tanh", "ReLU"]
    assert init.summary.text().startswith("ReLU with He weights:" if language == "en" else "ReLU, He 가중치:")


def test_the_explorer_does_not_call_leaky_relus_small_slope_far_from_zero(qtbot, room):
    """Beside Leaky ReLU's slope, drawn on the zero line for every z < 0 (0.01 at this scale), the note read "The
    slope never comes near zero", and the task "Find an activation whose slope never comes near zero" ticked for it.
    The note and the task now say what holds: the slope is never below the shading's 0.01, small but never 0."""
    page = open_lesson(room, "activations")
    view = page.view
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("leaky_relu"))
    _, slopes = view.slope_curve.getData()
    assert np.all(slopes[view.f_curve.getData()[0] < 0] == 0.01)
    assert view.flat_note.text() == ("Nothing is shaded: the slope is never below 0.01. Its smallest value, 0.01, is "
                                     "small, but never 0: the unit never dies, as a ReLU unit can.")
    wait_ticked(qtbot, room, "activations", "never_flat")
    assert "nowhere below 0.01" in page.task_rows["never_flat"].text.text()
    view.activation_combo.setCurrentIndex(view.activation_combo.findData("linear"))
    assert view.flat_note.text() == "The slope never comes near zero: nothing is shaded."


def test_a_straight_lines_quotient_is_not_off_by_zero(qtbot, room):
    """On f(x) = 2x, as the lesson opens, the readout said "the quotient is off by 0" (Korean: "0만큼 다릅니다"):
    it now says that the quotient equals the derivative; on the curve x² it is still off by h."""
    view = open_lesson(room, "derivatives").view
    assert view.readout.text().splitlines()[-1] == "The derivative is 2, and the quotient equals it."
    view.function_combo.setCurrentIndex(view.function_combo.findData("square"))
    assert view.readout.text().splitlines()[-1] == "The derivative is 6; the quotient is off by 0.01."


def test_a_thousand_reads_as_a_number_not_in_e_notation(qtbot, room):
    """On the valley at η = 0.21 the readout said "C(v) = 1.09e+03" after 24 steps: the lessons write 1,000; the
    readout now says 1,090 (e-notation stays for a million and more, where the ball has flown off)."""
    from nnstudio.app.lessons.common import number

    view = open_lesson(room, "descent").view
    view.cost_combo.setCurrentIndex(view.cost_combo.findData("valley"))
    view.rate_buttons[2].click()
    for _ in range(24):
        view.step_button.click()
    assert "C(v) = 1,090," in view.readout.text() and "e+" not in view.readout.text()
    assert (number(-1090.4, 3), number(999.9, 3), number(2.5e6, 3)) == ("−1,090", "1,000", "2.5e+06")


def test_the_descent_readout_numbers_its_steps_as_the_studio_does_in_korean(room_in):
    """The ball's readout began "0 스텝:" and "24 스텝:" ("0 steps", a count) where the studio's status bar and the
    race say "스텝 0" (step number 0): it now reads "스텝 24: v = …"."""
    r = room_in("ko")
    view = open_lesson(r, "descent").view
    assert view.readout.text().startswith("스텝 0: v = 4,")
    view.step_button.click()
    assert view.readout.text().startswith("스텝 1: v = 1.6,")


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_lesson_text_keeps_its_room_beside_long_tasks_on_a_1024x600_screen(qtbot, patched_dialogs, window_in,
                                                                               language):
    """At 1024×600 the vanishing lesson's long Korean tasks left its text 9 lines, and ran off the page's bottom.
    The tasks now take at most 40 % of the text column at first and scroll within it, below a handle the learner
    can move: every lesson's text shows at least 15 lines, and every task can be scrolled into view whole."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    w = window_in(language, 1024, 600)
    w.show_room("lessons")
    room = lessons(w)
    room.default_layout(1024, 600)
    for entry in LESSONS:
        page = open_lesson(room, entry.id)
        if page.asking:
            page.answer(0)
        for _ in range(3):
            QApplication.processEvents()
        text = page.text
        assert text.viewport().height() >= 15 * text.fontMetrics().lineSpacing(), (entry.id, text.viewport().height())
        area = page.tasks_area
        for row in page.task_rows.values():
            area.ensureWidgetVisible(row, 0, 0)
            QApplication.processEvents()
            shown = QRect(QPoint(0, 0), area.viewport().size())
            assert shown.contains(QRect(row.mapTo(area.viewport(), QPoint(0, 0)), row.size())), (entry.id, row.task.id)
            assert row.text.height() >= row.text.heightForWidth(row.text.width()), (entry.id, row.task.id)
    # the learner moves the handle: the tasks get the room asked for, and keep it when the window is resized
    page = open_lesson(room, "vanishing")
    split = page.text_split
    total = sum(split.sizes())
    split.moveSplitter(total // 4, 1)                 # (as a drag of the handle does: splitterMoved)
    moved = split.sizes()
    w.resize(1000, 590)
    QApplication.processEvents()
    assert split.sizes()[1] >= moved[1] - 20
    w.close()
