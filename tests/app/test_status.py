"""The studio's status-bar readouts: at most five changes a second while training runs, at once otherwise."""
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
