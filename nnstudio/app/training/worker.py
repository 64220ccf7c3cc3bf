"""TrainingWorker: drives a trainer in its own thread and sends its snapshots to the GUI.

The worker is a plain ``QObject`` moved to a ``QThread`` (see STYLE.md: subclass QObject directly). Its
``run()`` loop asks the trainer for a chunk of steps at a time and checks ``threading.Event`` flags between
chunks: a queued signal to a busy worker would not be delivered until its loop returned, so the GUI never talks
to it through signals — it calls the thread-safe control methods (``resume``, ``pause``, ``step``, ``stop``, ...).

The worker holds no model, data or history. A *trainer* does (the studio's ``TrainingSession``; a race of
N models): Qt-free, it offers ``lock``, ``wait_for_gui(timeout)``, ``ready()``, ``kernels_pending()``,
``prepare_kernels()``, ``start_measuring()``, ``train_chunk(max_steps, seconds)`` -> ChunkReport,
``snapshot(running)`` and ``steps_are_tiny``. The GUI changes the trainer's state only through its own intents,
which take the same lock.
"""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread, Signal, Slot

from nnstudio.app.texts import translated
from nnstudio.i18n import QT_TRANSLATE_NOOP, Translatable, TranslatableError, why

SNAPSHOT_INTERVAL = 1 / 30      # s: at most ~30 snapshots a second, however fast training runs ...
BIG_STEP_SNAPSHOT_INTERVAL = 1 / 15  # ... and ~15 while big batches train (MNIST): the GUI draws fewer then,
MAX_SNAPSHOT_INTERVAL = 0.2     # s: ... or as few as the GUI draws (set_snapshot_interval), but five a second
CHUNK_SECONDS = 0.010           # s: steps run between two flag checks (a few XOR steps, one MNIST batch)
IDLE_WAIT = 0.5                 # s: how long an idle worker sleeps before it looks at its flags again
EFFICIENCY_WINDOW = 2.0         # s: the training speed with the GUI drawing is measured over this much time


class EfficiencyMeter:
    """How fast training runs while the GUI draws, as a share of its speed when the GUI leaves it alone.

    Each chunk of steps is timed. Chunks that no draw overlapped give the undisturbed time per step (a moving
    average: it follows the machine's load); over each ``window`` seconds of wall time, ``value`` = steps taken
    × undisturbed time per step / wall time. Everything the GUI costs training counts: the GIL the GUI thread
    holds while it draws, the snapshots the worker builds for it, the waits for it. 1.0 = as fast as headless.
    Used from the worker thread only; ``value`` may be read from any thread.
    """

    def __init__(self, window: float = EFFICIENCY_WINDOW):
        self.window = window
        self.value: float | None = None    # None until a window with undisturbed chunks has passed
        self.count = 0                     # values measured so far
        self._step_seconds: float | None = None
        self._started: float | None = None
        self._steps = 0

    def restart(self, now: float) -> None:
        """Training (re)starts: a new window from ``now`` (the last value stays until a new one is known)."""
        self._started, self._steps = now, 0

    def chunk(self, steps: int, seconds: float, undisturbed: bool, now: float) -> None:
        """A chunk of ``steps`` took ``seconds``, ending at ``now``; ``undisturbed``: no draw overlapped it."""
        if steps <= 0:
            return
        if self._started is None:
            self.restart(now - seconds)
        if undisturbed:
            per_step = seconds / steps
            self._step_seconds = per_step if self._step_seconds is None else 0.8 * self._step_seconds + 0.2 * per_step
        self._steps += steps
        elapsed = now - self._started
        if elapsed >= self.window and self._step_seconds is not None:
            self.value = min(1.0, self._steps * self._step_seconds / elapsed)
            self.count += 1
            self.restart(now)


class TrainingWorker(QObject):
    """Runs a trainer's steps in a worker thread; pause/stop/step are flags checked between chunks of steps."""

    # signals, all emitted from the worker thread (queued to the GUI):
    started = Signal()           # training began stepping (Run pressed or resumed)
    snapshot = Signal(object)    # the trainer's snapshot: at most every ~33 ms while running (once the GUI took the
    #                              last one), and on each change
    paused = Signal()            # training stopped stepping (Pause, divergence, error); a final snapshot came first
    finished = Signal()          # the loop ended after stop(); the thread may be joined now
    errored = Signal(str)        # training failed; the message says what to do (e.g. lower the learning rate)
    halted = Signal(str)         # training ended as set up (an epoch limit, early stopping); the text says why
    preparing = Signal(bool)     # True: compiling the kernels this network trains with (seconds); False: done

    def __init__(self, trainer=None, parent=None):
        super().__init__(parent)
        self._trainer = trainer
        self._running = threading.Event()      # set: keep stepping
        self._stop = threading.Event()         # set: leave run()
        self._wake = threading.Event()         # set: re-check the flags now (instead of after a timeout)
        self._control = threading.Lock()       # guards _steps_requested
        self._steps_requested = 0              # single steps asked for while paused
        self._refresh = trainer is not None    # emit a snapshot even when idle (at start, weights edited, ...)
        self._max_steps_per_second: float | None = None
        self._big_step_interval = BIG_STEP_SNAPSHOT_INTERVAL
        self._handshake = False                # give the GUI the GIL while it draws (tiny, GIL-bound steps)
        self._gui_idle = threading.Event()     # cleared while the GUI draws a snapshot
        self._gui_idle.set()
        self._draws = 0                        # draws started (a chunk that saw this change was disturbed)
        self._efficiency = EfficiencyMeter()
        # cleared when a snapshot is sent, set once the GUI's event loop reached it: the next periodic snapshot
        # waits for that, so a GUI slower than the snapshots (a slow or busy machine) gets no backlog of them.
        # The receipt has no parent: it stays in this (the GUI) thread when the worker moves to its own.
        self._delivered = threading.Event()
        self._delivered.set()
        self._receipt = _Receipt(self._delivered)
        self.snapshot.connect(self._receipt.taken)

    # ------------------------------------------------------------------ GUI-thread API (thread-safe)
    @property
    def trainer(self):
        return self._trainer

    def set_trainer(self, trainer) -> None:
        """Drive ``trainer`` from now on (the worker pauses first)."""
        self.pause()
        old = self._trainer
        if old is not None:
            with old.lock:     # the chunk in progress ends first
                self._trainer = trainer
        else:
            self._trainer = trainer
        self.request_snapshot()

    @property
    def is_running(self) -> bool:
        return self._running.is_set()

    @property
    def steps_are_tiny(self) -> bool:
        """True while the trainer's steps are dominated by Python overhead (XOR-sized batches)."""
        return self._trainer is not None and self._trainer.steps_are_tiny

    def set_max_steps_per_second(self, value: float | None) -> None:
        """Slow motion for learners: at most ``value`` optimizer steps a second; None = full speed."""
        self._max_steps_per_second = float(value) if value else None
        self._wake.set()

    def set_snapshot_interval(self, seconds: float) -> None:
        """While big batches train: a snapshot at most every ``seconds`` (kept between BIG_STEP_SNAPSHOT_INTERVAL
        and MAX_SNAPSHOT_INTERVAL). The dispatcher passes the time between its draws: a snapshot that no view
        draws costs training its copies and statistics for nothing (about 3 % of an MNIST run at 15 a second)."""
        self._big_step_interval = min(MAX_SNAPSHOT_INTERVAL, max(BIG_STEP_SNAPSHOT_INTERVAL, float(seconds)))

    def set_gui_handshake(self, enabled: bool) -> None:
        """Step aside while the GUI draws (only while steps are tiny and GIL-bound).

        A loop of small NumPy operations (XOR's 4-sample batches) holds the GIL nearly all the time; every
        Qt call the GUI makes from Python then waits for it, and painting the plots took many times longer
        (the GUI froze). While steps are tiny the worker therefore waits between chunks (at most 0.1 s) while
        the GUI is drawing: ``gui_drawing(True)`` ... ``gui_drawing(False)``. Big batches (MNIST) spend their
        time in BLAS, which releases the GIL, and never wait.
        """
        self._handshake = bool(enabled)

    def efficiency(self) -> tuple[float | None, int]:
        """Training speed with the GUI drawing as a share of its undisturbed speed, measured over the last
        couple of seconds of training (None before that), and how many such measurements there were (the
        GUI reacts to each once). See EfficiencyMeter."""
        meter = self._efficiency
        count = meter.count    # read first: the value is then at least as new as the count
        return meter.value, count

    def gui_drawing(self, busy: bool) -> None:
        """The GUI starts (True) or finished (False) drawing a snapshot (thread-safe)."""
        if busy:
            self._draws += 1
            self._gui_idle.clear()
        else:
            self._gui_idle.set()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def pause(self) -> None:
        self._running.clear()
        self._wake.set()

    def step(self, n: int = 1) -> None:
        """While paused: run exactly ``n`` optimizer steps, then send a snapshot."""
        with self._control:
            self._steps_requested += int(n)
        self._wake.set()

    def stop(self) -> None:
        """Leave the loop (after the current step); ``finished`` follows."""
        self._running.clear()
        self._stop.set()
        self._wake.set()

    def request_snapshot(self) -> None:
        """Send a fresh snapshot soon, also when idle (after weights or data changed)."""
        self._refresh = True
        self._wake.set()

    # ------------------------------------------------------------------ worker thread
    @Slot()
    def run(self) -> None:
        """The loop (runs in the worker thread until stop())."""
        was_running = False
        last_emit = 0.0
        next_step_due = 0.0
        while not self._stop.is_set():
            trainer = self._trainer
            running = self._running.is_set()
            single = self._steps_requested > 0 and not running
            if trainer is None or (not running and not single):
                if trainer is not None and (was_running or self._refresh):
                    error = self._send_snapshot(trainer)
                    if error is not None:
                        self.errored.emit(translated(error))
                if was_running:
                    was_running = False
                    self.paused.emit()
                self._wake.wait(IDLE_WAIT)
                self._wake.clear()
                continue
            trainer.wait_for_gui()
            if single or (running and not was_running):
                self._prepare_kernels(trainer)
            if running and not was_running:
                was_running = True
                trainer.start_measuring()
                self._efficiency.restart(time.perf_counter())
                self.started.emit()
            limit = self._max_steps_per_second
            if running and limit:
                wait = next_step_due - time.perf_counter()
                if wait > 0:
                    self._wake.wait(min(wait, 0.1))   # interruptible by pause/stop
                    self._wake.clear()
                    continue
            error = None
            with trainer.lock:
                if single:
                    with self._control:
                        self._steps_requested -= 1
                budget = 1 if single or limit else 1_000_000
                stop = None
                try:
                    error = trainer.ready()
                    if error is None:
                        draws, idle, began = self._draws, self._gui_idle.is_set(), time.perf_counter()
                        report = trainer.train_chunk(budget, CHUNK_SECONDS)
                        error, stop = report.error, report.stop
                        self._measure(report.steps, began, idle and draws == self._draws
                                      and self._gui_idle.is_set(), full_speed=running and not limit)
                except Exception as exc:  # noqa: BLE001 - any failure ends the run with a message, never the thread
                    error = _failure(exc)
                if stop is not None:
                    # the run ended as set up: it stops stepping, and the steps asked for before are dropped, while
                    # the lock is held: a Step or Restart the GUI makes once it has the lock is for the next run
                    self._running.clear()
                    with self._control:
                        self._steps_requested = 0
            now = time.perf_counter()
            if limit:
                next_step_due = max(now, next_step_due + 1.0 / limit) if next_step_due else now + 1.0 / limit
            else:
                next_step_due = 0.0
            if error is not None:
                was_running = self._stop_with(trainer, error, was_running)
                continue
            if stop is not None:
                self.halted.emit(translated(stop))
                continue                  # the idle branch sends the final snapshot and "paused"
            interval = SNAPSHOT_INTERVAL if trainer.steps_are_tiny else self._big_step_interval
            if single or self._refresh or (now - last_emit >= interval and self._delivered.is_set()):
                error = self._send_snapshot(trainer)
                if error is not None:
                    was_running = self._stop_with(trainer, error, was_running, snapshot=False)
                last_emit = time.perf_counter()
            if self._handshake and not self._gui_idle.is_set() and trainer.steps_are_tiny:
                self._gui_idle.wait(0.1)
        if was_running:
            self.paused.emit()
        self.finished.emit()
        # end the thread's event loop right away (it starts after run() returns): a quit() queued to a GUI
        # thread that is blocked in QThread.wait() would never arrive
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _prepare_kernels(self, trainer) -> None:
        """Before a Run or a Step: build the compiled kernels the network trains with if they are not built yet
        (seconds, said in the status bar), so that no step and no speed measurement contains the compiling."""
        try:
            with trainer.lock:
                pending = trainer.kernels_pending()
            if pending:  # (compiling touches no trainer state: the GUI keeps the lock meanwhile)
                self.preparing.emit(True)
                try:
                    trainer.prepare_kernels()
                finally:
                    self.preparing.emit(False)
        except Exception:  # noqa: BLE001 - only a head start: the step compiles, or reports what is wrong
            pass

    def _measure(self, steps: int, began: float, undisturbed: bool, full_speed: bool) -> None:
        now = time.perf_counter()
        if full_speed:
            self._efficiency.chunk(steps, now - began, undisturbed, now)
        else:   # slow motion and single steps wait on purpose: measure from the next full-speed chunk
            self._efficiency.restart(now)

    def _stop_with(self, trainer, error, was_running: bool, snapshot: bool = True) -> bool:
        """Training cannot go on: pause, send what the model looks like now, then say why. Returns False (the
        new ``was_running``)."""
        self._running.clear()
        with self._control:
            self._steps_requested = 0
        if snapshot:
            self._send_snapshot(trainer)
        self.errored.emit(translated(error))
        if was_running:
            self.paused.emit()
        return False

    def _send_snapshot(self, trainer) -> Translatable | None:
        """Emit the trainer's snapshot; a failure to build one (e.g. out of memory for a huge network's views)
        is returned, never raised: the worker lives on."""
        self._refresh = False
        try:
            with trainer.lock:
                snap = trainer.snapshot(self._running.is_set())
        except Exception as exc:  # noqa: BLE001
            return _failure(exc)
        self._delivered.clear()
        self.snapshot.emit(snap)
        return None


class _Receipt(QObject):
    """Tells a worker that the GUI's event loop reached its last snapshot (its slot runs in the GUI thread, just
    before the snapshot's other receivers'). Without it, queued snapshots piled up while the GUI was slower than ~30 a
    second: each event loop turn then took longer than the one before (the window froze for good, a 10 ms timer
    waited minutes) and every queued snapshot held its copies of the weights."""

    def __init__(self, delivered: threading.Event):
        super().__init__()
        self._delivered = delivered

    @Slot(object)
    def taken(self, _snapshot) -> None:
        self._delivered.set()


def _failure(exc: Exception) -> Translatable:
    if isinstance(exc, Translatable):
        return exc
    if isinstance(exc, MemoryError):
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "Training stopped: there is not enough memory for "
                                                             "this network. Make it smaller (fewer or narrower "
                                                             "layers) or lower the batch size."))
    return TranslatableError(QT_TRANSLATE_NOOP("Errors", "Training failed: {reason}"),
                             reason=why(exc))


class WorkerThread:
    """A TrainingWorker on its own QThread, started once and shut down on close."""

    def __init__(self, trainer, parent: QObject, name: str = "nnstudio-training", handshake: bool = True):
        self.worker = TrainingWorker(trainer)
        self.worker.set_gui_handshake(handshake)
        self.thread = QThread(parent)
        self.thread.setObjectName(name)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self.thread.quit)

    def start(self) -> None:
        self.thread.start()

    def shutdown(self, timeout_ms: int = 1000) -> bool:
        """Stop training and join the thread; True if it ended within ``timeout_ms``."""
        self.worker.stop()
        self.thread.quit()
        return self.thread.wait(timeout_ms)
