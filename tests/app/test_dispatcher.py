"""The draw budget: the worker measures what drawing costs training, the dispatcher draws less when it costs
too much and more when it costs little."""
import time

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nnstudio.app.training import dispatcher as dispatch
from nnstudio.app.training.dispatcher import SnapshotDispatcher, adapted_duty
from nnstudio.app.training.worker import EfficiencyMeter


def test_the_meter_compares_steps_with_the_undisturbed_time_per_step():
    meter = EfficiencyMeter(window=1.0)
    meter.restart(0.0)
    now = 0.0
    for i in range(100):      # 10 ms chunks of one step; every other one disturbed and 10 ms late
        undisturbed = i % 2 == 0
        now += 0.010 if undisturbed else 0.020
        meter.chunk(1, 0.010 if undisturbed else 0.020, undisturbed, now)
    # 2 steps of 10 ms each per 30 ms of wall time
    assert meter.count >= 1 and meter.value == pytest.approx(2 / 3, abs=0.02)


def test_time_between_chunks_counts_against_the_gui():
    meter = EfficiencyMeter(window=1.0)
    meter.restart(0.0)
    now = 0.0
    for _ in range(60):       # 10 ms chunks, 10 ms building snapshots in between
        now += 0.020
        meter.chunk(1, 0.010, True, now)
    assert meter.value == pytest.approx(0.5, abs=0.02)


def test_the_meter_knows_nothing_until_a_window_has_passed():
    meter = EfficiencyMeter(window=2.0)
    meter.restart(0.0)
    meter.chunk(5, 0.5, True, 0.5)
    assert meter.value is None and meter.count == 0
    meter.chunk(0, 0.0, True, 5.0)          # no steps: nothing learned
    assert meter.value is None


def test_the_duty_shrinks_below_the_target_and_grows_above_it_within_bounds():
    assert adapted_duty(0.08, None) == 0.08
    assert adapted_duty(0.08, 0.95) == 0.08                  # inside the band: unchanged
    assert adapted_duty(0.08, 0.92) == pytest.approx(0.064)   # a little short: a fifth less
    assert adapted_duty(0.08, 0.5) == pytest.approx(0.024)    # far short: 70 % less
    assert adapted_duty(0.08, 1.0) == pytest.approx(0.088)
    duty = 0.08
    for _ in range(50):
        duty = adapted_duty(duty, 0.1)
    assert duty == dispatch.MIN_DUTY
    for _ in range(100):
        duty = adapted_duty(duty, 1.0)
    assert duty == dispatch.MAX_DUTY


class FakeWorker(QObject):
    snapshot = Signal(object)

    def __init__(self):
        super().__init__()
        self.steps_are_tiny = False
        self.measured = (None, 0)
        self.drawing = []
        self.intervals = []

    def set_snapshot_interval(self, seconds):
        self.intervals.append(seconds)

    def efficiency(self):
        return self.measured

    def gui_drawing(self, busy):
        self.drawing.append(busy)


class View(QWidget):
    def __init__(self):
        super().__init__()
        self.shown = []

    def show_snapshot(self, snapshot):
        self.shown.append(snapshot)


def draw(qtbot, worker, view, snapshot):
    worker.snapshot.emit(snapshot)
    qtbot.waitUntil(lambda: bool(view.shown) and view.shown[-1] == snapshot and worker.drawing[-1] is False,
                    timeout=5000)


def test_the_dispatcher_draws_less_while_drawing_slows_training(qtbot):
    worker, view = FakeWorker(), View()
    qtbot.addWidget(view)
    view.show()
    dispatcher = SnapshotDispatcher(worker, [view])
    draw(qtbot, worker, view, 1)
    assert dispatcher.duty == dispatch.GUI_DUTY_BIG_STEPS
    worker.measured = (0.7, 1)                  # training at 70 %: the GUI backs off
    draw(qtbot, worker, view, 2)
    backed_off = dispatcher.duty
    assert backed_off < dispatch.GUI_DUTY_BIG_STEPS
    draw(qtbot, worker, view, 3)                # the same measurement is not counted twice
    assert dispatcher.duty == backed_off
    worker.measured = (1.0, 2)                  # drawing costs nothing: a little more
    draw(qtbot, worker, view, 4)
    assert dispatcher.duty > backed_off


def test_tiny_steps_keep_their_fixed_share(qtbot):
    worker, view = FakeWorker(), View()
    worker.steps_are_tiny = True
    worker.measured = (0.2, 1)
    qtbot.addWidget(view)
    view.show()
    dispatcher = SnapshotDispatcher(worker, [view])
    draw(qtbot, worker, view, 1)
    draw(qtbot, worker, view, 2)
    assert dispatcher.duty == dispatch.GUI_DUTY_BIG_STEPS


class SlowView(View):
    def show_snapshot(self, snapshot):
        time.sleep(0.02)             # a draw of 20 ms
        super().show_snapshot(snapshot)


def test_big_steps_get_about_one_snapshot_per_draw(qtbot):
    """The worker is told the time from one draw to the next (the draw and the pause after it), so that it does
    not build snapshots no view shows; tiny steps keep their fixed rate."""
    worker, view = FakeWorker(), SlowView()
    qtbot.addWidget(view)
    view.show()
    dispatcher = SnapshotDispatcher(worker, [view])
    dispatcher.duty = dispatch.MIN_DUTY             # the floor: a pause of MAX_DRAW_PAUSE after each draw
    worker.measured = (0.95, 0)
    draw(qtbot, worker, view, 1)
    assert len(worker.intervals) == 1 and worker.intervals[0] >= dispatch.MAX_DRAW_PAUSE + 0.019
    dispatcher.duty = dispatch.MAX_DUTY             # drawing costs little: a draw and a snapshot every ~80 ms
    qtbot.wait(int(1000 * dispatch.MAX_DRAW_PAUSE) + 100)
    draw(qtbot, worker, view, 2)
    assert 0.08 <= worker.intervals[-1] < worker.intervals[0]
    worker.steps_are_tiny = True
    draw(qtbot, worker, view, 3)
    assert len(worker.intervals) == 2
