"""TrainingWorker in a real QThread: signal order, pause/step/stop through flags, throttled snapshots, divergence."""
import gc
import re
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, QThread, Signal, Slot

from nnstudio.app.training.worker import TrainingWorker
from nnstudio.data import load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.session.config import TrainingConfig
from nnstudio.session.session import TrainingSession
from nnstudio.session.snapshot import BOUNDARY_RES, NEURON_MAP_RES, TrainingSnapshot, plane_grid


class Relay(QObject):
    """Lives in the GUI thread and re-emits the worker's signals there, as the main window receives them.

    (qtbot's blockers must not be connected to a worker thread's signals directly: their slots would run in
    that thread and touch GUI-thread timers.)"""

    started = Signal()
    snapshot = Signal(object)
    paused = Signal()
    finished = Signal()
    errored = Signal(str)

    def __init__(self, worker, events, snapshots):
        super().__init__()
        self.events, self.snapshots = events, snapshots
        worker.started.connect(self.on_started)
        worker.snapshot.connect(self.on_snapshot)
        worker.paused.connect(self.on_paused)
        worker.finished.connect(self.on_finished)
        worker.errored.connect(self.on_errored)

    @Slot()
    def on_started(self):
        self.events.append("started")
        self.started.emit()

    @Slot(object)
    def on_snapshot(self, s):
        self.events.append("snapshot")
        self.snapshots.append(s)
        self.snapshot.emit(s)

    @Slot()
    def on_paused(self):
        self.events.append("paused")
        self.paused.emit()

    @Slot()
    def on_finished(self):
        self.events.append("finished")
        self.finished.emit()

    @Slot(str)
    def on_errored(self, message):
        self.events.append(("errored", message))
        self.errored.emit(message)


class Harness:
    """A worker driving a TrainingSession on its own QThread, recording every signal it emits."""

    def __init__(self, qtbot, spec=None, dataset="xor", lr=3.0, handshake=False, trainer=None):
        self.qtbot = qtbot
        self.dataset = ds = load_dataset(dataset)
        self.session = TrainingSession(ds, spec=spec or NetworkSpec.xor_default(),
                                       config=TrainingConfig(optimizer="sgd", lr=lr, batch_size=32, speed=0))
        self.worker = TrainingWorker(trainer or self.session)
        self.worker.set_gui_handshake(handshake)
        self.thread = QThread()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)
        self.events = []
        self.snapshots = []
        self.run_thread = []
        self.relay = Relay(self.worker, self.events, self.snapshots)
        # a plain callable runs in the emitting (worker) thread: records where run() executes
        self.worker.started.connect(lambda: self.run_thread.append(threading.get_ident()))

    def start(self):
        self.thread.start()

    def shutdown(self):
        self.worker.stop()
        self.thread.quit()
        assert self.thread.wait(2000)


class FlakyTrainer:
    """A session whose next training chunk or snapshot fails once, as a bug or a lack of memory would."""

    def __init__(self, session):
        self.session = session
        self.fail_chunk = self.fail_snapshot = None

    def __getattr__(self, name):
        return getattr(self.session, name)

    def train_chunk(self, max_steps, seconds):
        if self.fail_chunk is not None:
            exc, self.fail_chunk = self.fail_chunk, None
            raise exc
        return self.session.train_chunk(max_steps, seconds)

    def snapshot(self, running):
        if self.fail_snapshot is not None:
            exc, self.fail_snapshot = self.fail_snapshot, None
            raise exc
        return self.session.snapshot(running)


@pytest.fixture
def harness(qtbot):
    made = []

    def make(**kwargs):
        h = Harness(qtbot, **kwargs)
        made.append(h)
        return h
    yield make
    for h in made:
        if h.thread.isRunning():
            h.shutdown()


def compress(events):
    """Collapse runs of the same event: started, snapshot, snapshot, paused -> started, snapshot, paused."""
    out = []
    for e in events:
        key = e if isinstance(e, str) else e[0]
        if not out or out[-1] != key:
            out.append(key)
    return out


def test_signal_order_run_pause_stop(qtbot, harness):
    h = harness()
    with qtbot.waitSignal(h.relay.snapshot, timeout=5000):   # the idle picture of the new model and data
        h.start()
    with qtbot.waitSignals([h.relay.started, h.relay.snapshot], order="strict", timeout=5000):
        h.worker.resume()
    with qtbot.waitSignal(h.relay.paused, timeout=5000):
        h.worker.pause()
    with qtbot.waitSignals([h.relay.started], timeout=5000):
        h.worker.resume()
    with qtbot.waitSignals([h.relay.paused, h.relay.finished], order="strict", timeout=5000):
        h.worker.stop()
    assert h.thread.wait(1000)
    # stop() ends with paused, finished (no snapshot: the window is closing)
    order = ",".join(compress(h.events))
    assert re.fullmatch(r"snapshot,started,snapshot,paused,started,(snapshot,)?paused,finished", order), order


def test_training_runs_in_the_worker_thread(qtbot, harness):
    h = harness()
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    # the relay's queued signal can reach the GUI thread before the direct slot has appended
    qtbot.waitUntil(lambda: bool(h.run_thread), timeout=5000)
    assert h.run_thread[0] != threading.get_ident()


def test_step_while_paused_trains_exactly_one_batch(qtbot, harness):
    h = harness()
    h.start()
    before = h.session.weights()
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step == 1, timeout=5000):
        h.worker.step(1)
    assert "started" not in h.events and "paused" not in h.events
    s = h.snapshots[-1]
    assert s.step == 1 and not s.running and s.epoch == 1   # XOR: one full batch = one epoch
    assert len(s.epoch_loss) == 1 and len(s.step_loss) == 1
    assert any(not np.array_equal(a, b) for a, b in zip(before, s.weights))
    assert h.session.step_count == 1


class BigSteps:
    """A session whose steps count as big (MNIST-sized): their snapshots follow the GUI's draws."""

    def __init__(self, session):
        self.session = session

    def __getattr__(self, name):
        return getattr(self.session, name)

    steps_are_tiny = False


def test_big_steps_take_as_many_snapshots_as_the_gui_draws(qtbot, harness):
    h = harness(lr=0.5)
    h.worker.set_trainer(BigSteps(h.session))
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()

    def rate(seconds=0.8, windows=3):
        """Snapshots a second, in the best of a few windows: the worker sends the next snapshot once the GUI took
        the last one, so a pause of the GUI thread (a garbage collection after earlier tests) costs a window some."""
        rates = []
        gc.collect()
        for _ in range(windows):
            n0, t0 = len(h.snapshots), time.perf_counter()
            qtbot.wait(int(1000 * seconds))
            rates.append((len(h.snapshots) - n0) / (time.perf_counter() - t0))
        return max(rates)

    h.worker.set_snapshot_interval(0.0)       # the GUI draws often: 15 a second at most
    qtbot.wait(300)
    often = rate()
    h.worker.set_snapshot_interval(1.5)       # the GUI draws every 1.5 s: still 5 a second, for the status bar
    qtbot.wait(300)
    rarely = rate()
    assert often < 18 and rarely <= 6.5 and often > 1.8 * rarely, (often, rarely)


def test_snapshots_are_throttled_and_complete(qtbot, harness):
    h = harness()
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    qtbot.waitUntil(lambda: len(h.snapshots) >= 10, timeout=10000)
    t0, n0 = time.perf_counter(), len(h.snapshots)
    qtbot.waitUntil(lambda: time.perf_counter() - t0 > 0.6, timeout=5000)
    rate = (len(h.snapshots) - n0) / (time.perf_counter() - t0)
    assert rate < 36, f"{rate:.0f} snapshots/s: more than ~30 a second"
    s = h.snapshots[-1]
    assert isinstance(s, TrainingSnapshot) and s.running and s.step > 10
    assert s.steps.shape == s.step_loss.shape and s.steps[-1] <= s.step
    assert s.grad_w_norm.shape == (len(s.stats_steps), 2) and s.saturation.shape == s.grad_w_norm.shape
    assert [w.shape for w in s.weights] == [(2, 2), (2,), (2, 1), (1,)]
    assert [g.shape for g in s.grads] == [(2, 2), (2,), (2, 1), (1,)]
    assert len(s.layer_stats) == 2
    assert s.boundary.shape == (BOUNDARY_RES, BOUNDARY_RES) and s.extent == h.dataset.extent
    assert [m.shape for m in s.neuron_maps] == [(2, NEURON_MAP_RES, NEURON_MAP_RES),
                                                (1, NEURON_MAP_RES, NEURON_MAP_RES)]
    with pytest.raises(ValueError):
        s.weights[0][0, 0] = 1.0   # views share the arrays: read-only
    assert s.samples_per_second > 0


class SlowGui(QObject):
    """A GUI thread that takes ``seconds`` over each snapshot (a slow laptop, or a machine busy with other work)."""

    def __init__(self, worker, seconds):
        super().__init__()
        self.seconds, self.taken = seconds, 0
        worker.snapshot.connect(self.take)

    @Slot(object)
    def take(self, snapshot):
        time.sleep(self.seconds)
        self.taken += 1


def test_a_slow_gui_gets_no_backlog_of_snapshots(qtbot, harness):
    """A GUI slower than ~30 snapshots a second fell behind for good: the snapshots queued up without end (each
    with its copies of the weights), every event loop turn took longer than the one before, and a run under load
    hung in a test for 20 minutes (a 10 ms timer did not fire). The worker sends the next snapshot once the GUI
    took the last one: timers keep firing, and Pause is seen at once."""
    h = harness()
    slow = SlowGui(h.worker, 0.1)
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    waits, t0 = [], time.perf_counter()
    while time.perf_counter() - t0 < 3.0:
        began = time.perf_counter()
        qtbot.wait(10)
        waits.append(time.perf_counter() - began)
    assert slow.taken >= 5
    assert max(waits) < 1.0, f"a 10 ms wait took {max(waits):.1f} s"
    began = time.perf_counter()
    with qtbot.waitSignal(h.relay.paused, timeout=10000):
        h.worker.pause()
    assert time.perf_counter() - began < 1.0, "Pause waited behind a queue of snapshots"
    assert h.snapshots[-1].running is False          # the last one still comes, after the pause


def test_boundary_matches_the_model_on_the_plane(qtbot, harness):
    h = harness()
    h.start()
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step == 5, timeout=5000):
        h.worker.step(5)
    s = h.snapshots[-1]
    xs, ys, points = plane_grid(s.extent, BOUNDARY_RES)
    ix, iy = 37, 81
    expected = h.session.inference_model().predict(np.array([[xs[ix], ys[iy]]], np.float32))[0, 0]
    assert s.boundary[iy, ix] == pytest.approx(expected, rel=1e-5)


def test_stop_joins_quickly_while_training_at_full_speed(qtbot, harness):
    h = harness()
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    qtbot.waitUntil(lambda: h.session.step_count > 100, timeout=5000)
    t0 = time.perf_counter()
    h.worker.stop()
    assert h.thread.wait(1000)
    assert time.perf_counter() - t0 < 1.0


def test_slow_motion_limits_steps_per_second(qtbot, harness):
    h = harness()
    h.worker.set_max_steps_per_second(20)
    h.start()
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    t0 = time.perf_counter()
    qtbot.waitUntil(lambda: time.perf_counter() - t0 > 0.5, timeout=5000)
    steps = h.session.step_count
    elapsed = time.perf_counter() - t0
    assert 3 <= steps <= 20 * elapsed + 3


def test_a_new_learning_rate_takes_effect_at_the_next_step(qtbot, harness):
    h = harness(lr=3.0)                       # plain SGD: w ← w − lr·∂L/∂w
    h.start()
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step == 1, timeout=5000):
        h.worker.step(1)
    w1 = h.snapshots[-1].weights
    h.session.set_config(lr=0.25)
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step == 2, timeout=5000):
        h.worker.step(1)
    s = h.snapshots[-1]
    for before, after, grad in zip(w1, s.weights, s.grads):
        np.testing.assert_allclose(after, before - 0.25 * grad, rtol=1e-5, atol=1e-7)
    # and while running, too: the run goes on with the new rate
    with qtbot.waitSignal(h.relay.started, timeout=5000):
        h.worker.resume()
    h.session.set_config(lr=0.5)
    qtbot.waitUntil(lambda: h.session.step_count > 20, timeout=5000)
    assert h.worker.is_running


def test_divergence_stops_with_advice(qtbot, harness):
    spec = NetworkSpec(1, (LayerSpec(8, "relu"),), LayerSpec(1, "linear"), "regression")
    h = harness(spec=spec, dataset="sine", lr=50.0)
    h.start()
    with qtbot.waitSignals([h.relay.errored, h.relay.paused], order="strict", timeout=10000):
        h.worker.resume()
    message = next(e[1] for e in h.events if e[0] == "errored")
    assert "Lower the learning rate" in message and "50" in message and "Reset weights" in message
    assert not h.worker.is_running


def test_a_failing_step_reports_an_error_and_the_worker_lives_on(qtbot, harness):
    h = harness(trainer=None)
    trainer = FlakyTrainer(h.session)
    h.worker.set_trainer(trainer)
    trainer.fail_chunk = RuntimeError("a bug in a layer")
    h.start()
    with qtbot.waitSignal(h.relay.errored, timeout=5000) as blocker:
        h.worker.resume()
    assert "Training failed" in blocker.args[0] and "a bug in a layer" in blocker.args[0]
    assert not h.worker.is_running
    # still alive: the next Run trains on
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step >= 1, timeout=5000):
        h.worker.step(1)


def test_a_failing_kernel_check_costs_only_the_head_start(qtbot, harness):
    """Asking whether compiled kernels are pending is a head start before a Run or a Step; when it fails the
    worker still trains (the step compiles what it needs, or reports what is wrong)."""
    h = harness(trainer=None)
    trainer = FlakyTrainer(h.session)
    trainer.kernels_pending = lambda: (_ for _ in ()).throw(RuntimeError("no numba today"))
    h.worker.set_trainer(trainer)
    h.start()
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step >= 1, timeout=5000):
        h.worker.step(1)
    assert not any(e[0] == "errored" for e in h.events)


def test_a_snapshot_that_cannot_be_built_is_reported_and_the_worker_lives_on(qtbot, harness):
    h = harness()
    trainer = FlakyTrainer(h.session)
    h.worker.set_trainer(trainer)
    h.start()
    with qtbot.waitSignal(h.relay.snapshot, timeout=5000):
        h.worker.request_snapshot()
    trainer.fail_snapshot = MemoryError()      # e.g. the boundary grid of a huge network
    with qtbot.waitSignal(h.relay.errored, timeout=5000) as blocker:
        h.worker.resume()
    assert "not enough memory" in blocker.args[0]
    qtbot.waitUntil(lambda: not h.worker.is_running, timeout=5000)
    with qtbot.waitSignal(h.relay.snapshot, check_params_cb=lambda s: s.step >= 1, timeout=5000):
        h.worker.step(1)


def test_garbage_cycles_are_freed_in_the_gui_thread_not_in_a_worker_thread(qtbot):
    """A cycle of Qt objects freed by Python's collector in the training thread or a lesson's job thread can
    deadlock against the GUI thread (a test run hung so). The app collects on a timer in the GUI thread instead."""
    import gc
    import threading

    freed_in = []

    class Cycle:
        def __init__(self):
            self.me = self

        def __del__(self):
            freed_in.append(threading.current_thread() is threading.main_thread())

    assert not gc.isenabled()                              # (the app's, and the tests', GarbageCollector)
    Cycle()

    kept = []

    def allocate():                                        # enough to have set off the automatic collector
        kept.extend([i] for i in range(5 * gc.get_threshold()[0]))
    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_in == []
    qtbot.waitUntil(lambda: freed_in == [True], timeout=5000)
