"""TrainingWorker: trains the model in its own thread and sends TrainingSnapshots to the GUI.

The worker is a plain ``QObject`` moved to a ``QThread`` (see STYLE.md: subclass QObject directly). Its
``run()`` loop iterates ``model.fit_iter(...)`` and checks ``threading.Event`` flags between chunks of steps:
a queued signal to a busy worker would not be delivered until its loop returned, so the GUI never talks to it
through signals — it calls the thread-safe control methods (``resume``, ``pause``, ``step``, ``stop``, ...).

The GUI changes the model (weights, structure, data) only inside ``with worker.model_access():``, which waits
for the current chunk of steps (at most ~10 ms) and keeps the worker off the model meanwhile.
"""
from __future__ import annotations

import contextlib
import math
import threading
import time

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from nnstudio.app.snapshot import TrainingSnapshot, plane_grid
from nnstudio.engine.callbacks import EpochRecord

SNAPSHOT_INTERVAL = 1 / 30      # s: at most ~30 snapshots a second, however fast training runs ...
BIG_STEP_SNAPSHOT_INTERVAL = 1 / 15  # ... and ~15 while big batches train (MNIST): the GUI draws fewer then
HAND_SCORE_SAMPLES = 10_000     # weights set by hand are scored on (up to) this many training samples
_UNSCORED = object()            # weights set by hand, not scored yet
CHUNK_SECONDS = 0.010           # s: steps run between two flag checks (a few XOR steps, one MNIST batch)
GIL_BOUND_STEP = 0.0005         # s: steps shorter than this are dominated by Python/NumPy overhead
BOUNDARY_RES = 100              # decision-boundary grid (BOUNDARY_RES x BOUNDARY_RES points)
NEURON_MAP_RES = 24             # per-neuron heatmaps in the editor
CURVE_POINTS = 200              # 1-D data: the prediction curve's points over the x range


class _Series:
    """A capped history: x values and rows of y; when full, neighbouring rows are averaged (stride doubles).

    Keeps memory and the per-snapshot copy small however long a run lasts, while the curve keeps its shape.
    """

    def __init__(self, width: int, cap: int):
        self.width, self.cap = width, cap
        self.x = np.empty(cap, dtype=np.int64)
        self.y = np.empty((cap, width), dtype=np.float64)
        self.n = 0
        self.stride = 1
        self._acc = np.zeros(width)
        self._acc_n = 0

    def add(self, x: int, y) -> None:
        self._acc += y
        self._acc_n += 1
        if self._acc_n < self.stride:
            return
        if self.n == self.cap:
            half = self.cap // 2
            self.x[:half] = self.x[1:self.cap:2]
            self.y[:half] = 0.5 * (self.y[0:self.cap:2] + self.y[1:self.cap:2])
            self.n = half
            self.stride *= 2
        self.x[self.n] = x
        self.y[self.n] = self._acc / self._acc_n
        self.n += 1
        self._acc[:] = 0.0
        self._acc_n = 0

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Copies of the stored x (n,) and y (n, width)."""
        return self.x[:self.n].copy(), self.y[:self.n].copy()

    def load(self, x: np.ndarray, y: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.int64).reshape(-1)
        y = np.asarray(y, dtype=np.float64).reshape(len(x), self.width)
        keep = min(len(x), self.cap)
        self.x[:keep] = x[-keep:] if keep else x[:0]
        self.y[:keep] = y[-keep:] if keep else y[:0]
        self.n = keep
        self.stride = 1
        self._acc[:] = 0.0
        self._acc_n = 0


def _nan(v) -> float:
    return float("nan") if v is None else float(v)


class TrainingWorker(QObject):
    """Runs ``model.fit_iter`` in a worker thread; pause/stop/step are flags checked between chunks of steps."""

    # signals, all emitted from the worker thread (queued to the GUI):
    started = Signal()           # training began stepping (Run pressed or resumed)
    snapshot = Signal(object)    # a TrainingSnapshot: at most every ~33 ms while running, and on each change
    paused = Signal()            # training stopped stepping (Pause, divergence, error); a final snapshot came first
    finished = Signal()          # the loop ended after stop(); the thread may be joined now
    errored = Signal(str)        # training failed; the message says what to do (e.g. lower the learning rate)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lock = threading.RLock()
        self._gui_waiting = 0                  # >0 while the GUI waits for model_access()
        self._running = threading.Event()      # set: keep stepping
        self._stop = threading.Event()         # set: leave run()
        self._wake = threading.Event()         # set: re-check the flags now (instead of after a timeout)
        self._steps_requested = 0              # single steps asked for while paused
        self._refresh = False                  # emit a snapshot even when idle (weights edited, data changed)
        self._max_steps_per_second: float | None = None
        self._handshake = False                # give the GUI the GIL while it draws (tiny, GIL-bound steps)
        self._gui_idle = threading.Event()     # cleared while the GUI draws a snapshot
        self._gui_idle.set()
        self._step_seconds = 0.0               # moving average of the time per step
        # what to train on
        self._model = None
        self._x = self._y = None
        self._validation = None
        self._batch_size = 32
        self._extent = None
        self._curve_xs = None          # 1-D data: the inputs of the prediction curve (CURVE_POINTS,)
        self._gen = None
        # progress
        self._step = 0
        self._epoch = 0
        self._epoch_progress = 0.0
        self._loss: float | None = None
        # weights set by hand since the last step: their (loss, accuracy or None) on the data, _UNSCORED
        # until the next snapshot computes it; None when training (or a new model) set the weights
        self._hand_score = None
        self._samples_per_second = 0.0
        self._samples_since = 0
        self._t_rate = time.perf_counter()
        self._message = ""
        self._reset_histories(0)

    # ------------------------------------------------------------------ GUI-thread API (thread-safe)
    @contextlib.contextmanager
    def model_access(self):
        """Hold the model: the worker finishes its current chunk of steps and waits until the block ends."""
        self._gui_waiting += 1
        try:
            with self._lock:
                yield self._model
        finally:
            self._gui_waiting -= 1

    @property
    def model(self):
        return self._model

    @property
    def is_running(self) -> bool:
        return self._running.is_set()

    @property
    def steps_are_tiny(self) -> bool:
        """True while a step takes less than GIL_BOUND_STEP (Python overhead dominates: XOR-sized batches)."""
        return self._step_seconds < GIL_BOUND_STEP

    @property
    def step_count(self) -> int:
        return self._step

    def set_model(self, model, reset_progress: bool = False) -> None:
        """Train ``model`` from now on (call while holding model_access() or before the thread starts)."""
        with self.model_access():
            n_old = len(self._model.dense_layers) if self._model is not None else 0
            self._model = model
            self._gen = None
            self._hand_score = None
            if reset_progress:
                self._reset_progress()
            elif len(model.dense_layers) != n_old:
                # per-layer curves cannot continue with a different number of layers
                self._stats = _Series(3 * len(model.dense_layers), 5000)
            self._message = ""
        self.request_snapshot()

    def set_data(self, x, y, validation_data=None, extent=None) -> None:
        """Training inputs (n, d), targets, optional (x_test, y_test) and the 2-D plane's extent (or None)."""
        with self.model_access():
            self._x, self._y = x, y
            self._validation = validation_data
            self._extent = tuple(float(v) for v in extent) if extent is not None else None
            self._curve_xs = _curve_xs(x, validation_data)
            self._gen = None
        self.request_snapshot()

    def set_batch_size(self, batch_size: int) -> None:
        with self.model_access():
            self._batch_size = int(batch_size)
            self._gen = None

    def set_lr(self, lr: float) -> None:
        """Change the learning rate, also while training runs (the optimizer reads it every step)."""
        model = self._model
        if model is not None and model.optimizer is not None:
            model.optimizer.lr = float(lr)

    def set_max_steps_per_second(self, value: float | None) -> None:
        """Slow motion for learners: at most ``value`` optimizer steps a second; None = full speed."""
        self._max_steps_per_second = float(value) if value else None
        self._wake.set()

    def set_gui_handshake(self, enabled: bool) -> None:
        """Step aside while the GUI draws (only while steps are tiny and GIL-bound).

        A loop of small NumPy operations (XOR's 4-sample batches) holds the GIL nearly all the time; every
        Qt call the GUI makes from Python then waits for it, and painting the plots took many times longer
        (the GUI froze). While steps take less than GIL_BOUND_STEP seconds, the worker therefore waits between
        chunks (at most 0.1 s) while the GUI is drawing: ``gui_drawing(True)`` ... ``gui_drawing(False)``.
        Big batches (MNIST) spend their time in BLAS, which releases the GIL, and never wait.
        """
        self._handshake = bool(enabled)

    def gui_drawing(self, busy: bool) -> None:
        """The GUI starts (True) or finished (False) drawing a snapshot (thread-safe)."""
        if busy:
            self._gui_idle.clear()
        else:
            self._gui_idle.set()

    def reset_progress(self) -> None:
        """Forget step/epoch counters and histories (new weights)."""
        with self.model_access():
            self._reset_progress()
        self.request_snapshot()

    def resume(self) -> None:
        self._running.set()
        self._wake.set()

    def pause(self) -> None:
        self._running.clear()
        self._wake.set()

    def step(self, n: int = 1) -> None:
        """While paused: run exactly ``n`` optimizer steps, then send a snapshot."""
        with self._lock:
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

    def weights_changed(self) -> None:
        """The GUI set weights by hand: the next snapshot scores them on the training data (thread-safe)."""
        self._hand_score = _UNSCORED
        self.request_snapshot()

    def history(self) -> dict[str, np.ndarray]:
        """All histories as plain arrays (for project files)."""
        with self.model_access():
            steps, step_loss = self._step_hist.arrays()
            epochs, ep = self._epoch_hist.arrays()
            stats_steps, stats = self._stats.arrays()
            return {"steps": steps, "step_loss": step_loss[:, 0], "epochs": epochs, "epoch_values": ep,
                    "counters": np.array([self._step, self._epoch], dtype=np.int64),
                    "stats_steps": stats_steps, "stats": stats}

    def set_history(self, hist: dict[str, np.ndarray]) -> None:
        """Restore what history() returned (a loaded project continues its curves)."""
        with self.model_access():
            self._step_hist.load(hist["steps"], hist["step_loss"])
            self._epoch_hist.load(hist["epochs"], hist["epoch_values"])
            stats = hist.get("stats")
            if stats is not None and stats.ndim == 2 and stats.shape[1] == self._stats.width:
                self._stats.load(hist["stats_steps"], stats)   # (a file from another network: left out)
            self._step, self._epoch = (int(v) for v in hist["counters"])
            self._epoch_progress = 0.0
            if self._step_hist.n:
                self._loss = float(self._step_hist.y[self._step_hist.n - 1, 0])
        self.request_snapshot()

    # ------------------------------------------------------------------ worker thread
    @Slot()
    def run(self) -> None:
        """The loop (runs in the worker thread until stop())."""
        was_running = False
        last_emit = 0.0
        next_step_due = 0.0
        while not self._stop.is_set():
            running = self._running.is_set()
            single = self._steps_requested > 0 and not running
            if not running and not single:
                if was_running:
                    was_running = False
                    self._emit_snapshot()
                    self.paused.emit()
                elif self._refresh:
                    self._emit_snapshot()
                self._wake.wait(0.5)
                self._wake.clear()
                continue
            if self._gui_waiting:
                time.sleep(0.0005)   # let the GUI thread take the lock first
                continue
            if running and not was_running:
                was_running = True
                self._samples_since = 0
                self._t_rate = time.perf_counter()
                self.started.emit()
            limit = self._max_steps_per_second
            if running and limit:
                wait = next_step_due - time.perf_counter()
                if wait > 0:
                    self._wake.wait(min(wait, 0.1))   # interruptible by pause/stop
                    self._wake.clear()
                    continue
            error = None
            with self._lock:
                if self._model is None or self._x is None:
                    error = self.tr("There is no network or dataset to train yet.")
                else:
                    if single:
                        self._steps_requested -= 1
                        budget_steps = 1
                    else:
                        budget_steps = 1 if limit else 1_000_000
                    try:
                        error = self._run_steps(budget_steps)
                    except Exception as exc:  # noqa: BLE001 - any engine error ends the run with a message
                        self._gen = None
                        error = self.tr("Training failed: {0}").format(exc)
            now = time.perf_counter()
            if limit:
                next_step_due = max(now, next_step_due + 1.0 / limit) if next_step_due else now + 1.0 / limit
            else:
                next_step_due = 0.0
            if error is not None:
                self._running.clear()
                self._steps_requested = 0
                self._message = error
                self._emit_snapshot()
                self.errored.emit(error)
                if was_running:
                    was_running = False
                    self.paused.emit()
                continue
            interval = SNAPSHOT_INTERVAL if self.steps_are_tiny else BIG_STEP_SNAPSHOT_INTERVAL
            if single or self._refresh or now - last_emit >= interval:
                self._emit_snapshot()
                last_emit = time.perf_counter()
            if self._handshake and not self._gui_idle.is_set() and self.steps_are_tiny:
                self._gui_idle.wait(0.1)
        if was_running:
            self.paused.emit()
        self.finished.emit()
        # end the thread's event loop right away (it starts after run() returns): a quit() queued to a GUI
        # thread that is blocked in QThread.wait() would never arrive
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _generator(self):
        if self._gen is None:
            self._gen = self._model.fit_iter(self._x, self._y, batch_size=self._batch_size, epochs=None,
                                             validation_data=self._validation, shuffle=True)
        return self._gen

    def _run_steps(self, max_steps: int) -> str | None:
        """Up to ``max_steps`` optimizer steps within CHUNK_SECONDS; returns an error message or None."""
        gen = self._generator()
        t_end = time.perf_counter() + CHUNK_SECONDS
        done = 0
        while done < max_steps:
            rec = next(gen)
            if isinstance(rec, EpochRecord):
                self._on_epoch(rec)
                continue
            done += 1
            self._step += 1
            self._loss = float(rec.loss)
            self._hand_score = None
            self._samples_since += rec.batch_size
            self._epoch_progress = (rec.batch + 1) / rec.batches
            if not math.isfinite(self._loss):
                lr = getattr(self._model.optimizer, "lr", float("nan"))
                return self.tr("The loss became {0} at step {1}: training diverged. Lower the learning rate "
                               "(now {2:g}) and press Reset weights to start again.").format(
                    "NaN" if math.isnan(self._loss) else "infinite", self._step, lr)
            self._step_hist.add(self._step, (self._loss,))
            if rec.batch + 1 >= rec.batches:
                # the epoch's record follows its last batch without more training: take it now, so a
                # single step also updates the epoch curves
                nxt = next(gen)
                if isinstance(nxt, EpochRecord):
                    self._on_epoch(nxt)
            if time.perf_counter() >= t_end:
                break
        if done:
            per_step = (time.perf_counter() - t_end + CHUNK_SECONDS) / done
            self._step_seconds = per_step if not self._step_seconds else 0.8 * self._step_seconds + 0.2 * per_step
        return None

    def _on_epoch(self, rec: EpochRecord) -> None:
        self._epoch += 1
        self._epoch_progress = 0.0
        self._epoch_hist.add(self._epoch, (_nan(rec.loss), _nan(rec.accuracy), _nan(rec.val_loss),
                                           _nan(rec.val_accuracy)))

    def _reset_histories(self, n_layers: int) -> None:
        self._step_hist = _Series(1, 20000)
        self._epoch_hist = _Series(4, 5000)      # loss, accuracy, val_loss, val_accuracy
        self._stats = _Series(3 * n_layers, 5000)  # grad W norm, grad b norm, saturation per layer

    def _reset_progress(self) -> None:
        self._step = self._epoch = 0
        self._epoch_progress = 0.0
        self._loss = None
        self._samples_per_second = 0.0
        self._message = ""
        self._reset_histories(len(self._model.dense_layers) if self._model is not None else 0)

    def _emit_snapshot(self) -> None:
        self._refresh = False
        # a diverged network (inf/NaN weights) still gets a snapshot: its statistics are NaN, not warnings
        with self._lock, np.errstate(all="ignore"):
            snap = self._build_snapshot()
        if snap is not None:
            self.snapshot.emit(snap)

    def _build_snapshot(self) -> TrainingSnapshot | None:
        model = self._model
        if model is None:
            return None
        now = time.perf_counter()
        if self._running.is_set() and now > self._t_rate:
            if self._samples_since:
                self._samples_per_second = self._samples_since / (now - self._t_rate)
            self._samples_since = 0
            self._t_rate = now
        dense = model.dense_layers
        weights = tuple(np.array(w, copy=True) for w in model.get_weights())
        grads = []
        for layer in dense:
            dW = getattr(layer, "dW", None)
            db = getattr(layer, "db", None)
            grads.append(np.array(dW, copy=True) if dW is not None else np.zeros_like(layer.W))
            grads.append(np.array(db, copy=True) if db is not None else np.zeros_like(layer.b))
        stats = tuple(model.layer_stats()) if self._step > 0 else ()
        if stats and len(stats) * 3 == self._stats.width:
            if not self._stats.n or self._stats.x[self._stats.n - 1] != self._step:
                self._stats.add(self._step, [s.weight_grad_norm for s in stats]
                                + [s.bias_grad_norm for s in stats] + [s.saturation for s in stats])
        if self._hand_score is _UNSCORED:
            self._hand_score = None
            if self._x is not None:
                try:
                    score = model.evaluate(self._x[:HAND_SCORE_SAMPLES], self._y[:HAND_SCORE_SAMPLES])
                except ValueError:   # data and network do not fit together (mid-edit): no score
                    pass
                else:
                    self._hand_score = ((float(score[0]), float(score[1])) if isinstance(score, list)
                                        else (float(score), None))
        n_layers = len(dense)
        stats_steps, stats_y = self._stats.arrays()
        steps, step_loss = self._step_hist.arrays()
        epochs, ep = self._epoch_hist.arrays()
        boundary = maps = None
        extent = self._extent if model.input_dim == 2 else None
        if extent is not None:
            _, _, grid = plane_grid(extent, BOUNDARY_RES)
            out = np.asarray(model.predict(grid.astype(model.dtype)), dtype=np.float64)
            boundary = (out[:, 0].reshape(BOUNDARY_RES, BOUNDARY_RES) if out.shape[1] == 1
                        else out.reshape(BOUNDARY_RES, BOUNDARY_RES, out.shape[1]))
            _, _, small = plane_grid(extent, NEURON_MAP_RES)
            outs = model.layer_outputs(small.astype(model.dtype))
            maps = tuple(np.asarray(o, dtype=np.float64).T.reshape(o.shape[1], NEURON_MAP_RES, NEURON_MAP_RES)
                         for o in outs)
        curve = None
        xs = self._curve_xs
        if xs is not None and model.input_dim == 1:
            out = np.asarray(model.predict(xs.reshape(-1, 1).astype(model.dtype)), dtype=np.float64)
            curve = (xs, out[:, 0] if out.shape[1] == 1 else out)
            for a in curve:
                a.flags.writeable = False
        for a in (*weights, *grads):
            a.flags.writeable = False   # views share these arrays: nobody may change them
        return TrainingSnapshot(
            epoch=self._epoch, epoch_progress=self._epoch_progress, step=self._step,
            samples_per_second=self._samples_per_second, loss=self._loss, running=self._running.is_set(),
            weights=weights, grads=tuple(grads), layer_stats=stats,
            steps=steps, step_loss=step_loss[:, 0],
            stats_steps=stats_steps, grad_w_norm=stats_y[:, :n_layers], grad_b_norm=stats_y[:, n_layers:2 * n_layers],
            saturation=stats_y[:, 2 * n_layers:],
            epochs=epochs, epoch_loss=ep[:, 0], epoch_accuracy=ep[:, 1], val_loss=ep[:, 2], val_accuracy=ep[:, 3],
            extent=extent, boundary=boundary, neuron_maps=maps, curve=curve, message=self._message,
            hand_set_score=self._hand_score)


def _curve_xs(x, validation_data) -> np.ndarray | None:
    """CURVE_POINTS inputs spanning the training and test x of 1-D data (None for other data)."""
    if x is None or np.ndim(x) != 2 or np.shape(x)[1] != 1:
        return None
    parts = [np.asarray(x, dtype=np.float64).ravel()]
    if validation_data is not None and np.ndim(validation_data[0]) == 2 and np.shape(validation_data[0])[1] == 1:
        parts.append(np.asarray(validation_data[0], dtype=np.float64).ravel())
    values = np.concatenate(parts)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return None
    lo, hi = float(values.min()), float(values.max())
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    return np.linspace(lo, hi, CURVE_POINTS)
