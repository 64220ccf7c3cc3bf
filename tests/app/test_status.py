"""The studio's status-bar readouts: at most five changes a second while training runs, at once otherwise."""
from PySide6.QtCore import Qt

from nnstudio.app.studio.status import RUNNING_INTERVAL, TrainingStatus
from nnstudio.session.snapshot import Readout


def test_readouts_follow_a_running_training_at_most_five_times_a_second(qtbot):
    status = TrainingStatus()
    status.show(Readout(step=1, running=True))
    assert status.step_label.text() == "Step 1"
    status.show(Readout(step=2, running=True))
    status.show(Readout(step=3, running=True))
    assert status.step_label.text() == "Step 1"          # too soon: the newest waits for its turn ...
    qtbot.waitUntil(lambda: status.step_label.text() == "Step 3", timeout=int(3000 * RUNNING_INTERVAL))
    qtbot.wait(int(2000 * RUNNING_INTERVAL))              # ... and step 2 is never shown after it
    assert status.step_label.text() == "Step 3"


def test_a_late_timer_never_blanks_the_readouts_of_a_running_training(qtbot, monkeypatch):
    """The readouts of a running training flashed "Epoch 0, Step 0, – samples/s, Loss –" now and then (seen under
    Xvfb on the deep sigmoid example): a snapshot that came when its turn had already come was shown at once,
    but the timer that waited for the one before it still ran, and showed nothing when it fired."""
    from nnstudio.app.studio import status as status_module

    now = [100.0]
    monkeypatch.setattr(status_module.time, "perf_counter", lambda: now[0])
    status = TrainingStatus()
    status.show(Readout(step=1, running=True))
    status.show(Readout(step=2, running=True))            # too soon: waits for the timer
    now[0] += 2 * RUNNING_INTERVAL                        # the GUI was busy: the next one comes after its turn
    status.show(Readout(step=3, epoch=1, running=True))
    assert status.step_label.text() == "Step 3"
    qtbot.wait(int(3000 * RUNNING_INTERVAL))              # the old timer's time has passed
    assert status.step_label.text() == "Step 3" and status.epoch_label.text() == "Epoch 1"


def test_readouts_show_the_stopped_training_at_once(qtbot):
    status = TrainingStatus()
    status.show(Readout(step=1, running=True))
    status.show(Readout(step=2, running=True))
    status.show(Readout(step=7, running=False))  # paused: the final numbers now, none pending after
    assert status.step_label.text() == "Step 7"
    qtbot.wait(int(2000 * RUNNING_INTERVAL))
    assert status.step_label.text() == "Step 7"
    status.show(None)
    assert status.step_label.text() == "Step 0" and status.loss_label.text() == "Loss –"


def test_every_room_keeps_its_readouts_inside_the_window(qtbot):
    """The race's progress bar and step readout, shown by the race while the studio was shown, stood as a small
    window of their own in the screen's corner: the only windows are the main window, and each room's readouts
    show in its status bar while the room is shown."""
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QToolButton

    from nnstudio.app.main_window import MainWindow

    window = MainWindow(offer_restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)                 # (the race's worker sends its first snapshot)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]

    def shown_bars():
        return [bar.toolTip() for bar in window.statusBar().findChildren(QProgressBar) if bar.isVisible()]
    def click_room(text):             # (the room bar is built anew with each room's menus)
        button = next(b for b in window.findChildren(QToolButton) if b.text() == text and b.isVisible())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
    click_room("Optimizer race")
    qtbot.waitUntil(lambda: any("race" in tip for tip in shown_bars()), timeout=5000)
    assert not any("epoch" in tip for tip in shown_bars())
    click_room("Lessons")
    assert not shown_bars() or not any("race" in tip for tip in shown_bars())
    click_room("Studio")
    assert any(label.text() == "Step 0" for label in window.statusBar().findChildren(QLabel) if label.isVisible())
    assert not any("race" in tip for tip in shown_bars())
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    window.close()


def test_a_rooms_message_stands_in_its_own_room_only(qtbot):
    """"The race is over after 2000 steps. Restart races again; …" stood in the status bar under the lessons and
    the studio once the race had ended: a room's message shows while that room is shown, and comes back with it."""
    from PySide6.QtWidgets import QToolButton

    from nnstudio.app.main_window import MainWindow

    window = MainWindow(offer_restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def click(text):                  # (the room bar and the toolbars are built anew with each room's menus)
        button = next(b for b in window.findChildren(QToolButton) if b.text() == text and b.isVisible())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.wait(50)
    message = window.statusBar().currentMessage
    click("Optimizer race")
    click("Race")
    qtbot.waitUntil(lambda: message().startswith("The race is over after 2000 steps"), timeout=30000)
    over = message()
    click("Lessons")
    assert message() == ""
    click("Studio")
    assert message() == ""
    click("Optimizer race")
    assert message() == over
    click("Restart")                  # the race's own message goes when the race does
    click("Lessons")
    click("Optimizer race")
    assert message() == ""


def test_a_hover_text_of_the_room_left_does_not_stay_in_the_status_bar(qtbot):
    """Restart's hover text, "Back to the start: …", stayed in the status bar under the lessons (the test above
    found it so, twice, in runs under load). A room's hover texts go with the room; a timed message of another
    kind stays."""
    from nnstudio.app.main_window import MainWindow

    window = MainWindow(offer_restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_room("race")
    restart = window.room("race").restart_action
    restart.showStatusText(window.room("race"))          # as hovering its button shows it
    assert window.statusBar().currentMessage() == restart.statusTip() != ""
    window.show_room("lessons")
    assert window.statusBar().currentMessage() == ""
    window.show_message("A note for a while", 5000)
    window.show_room("studio")
    assert window.statusBar().currentMessage() == "A note for a while"
