"""TrainingSession: the one store of what the learner set up in the studio, and its training. No Qt.

It holds the network spec, the data (and which data set it is), the training settings, the model built from
them and its history. The GUI changes it only through its *intents* (``set_spec``, ``use_dataset``,
``set_config``, ``set_weight``, ``reset_weights``, ...), called in the GUI thread; each announces what changed
through ``session.events`` (Qt-free events), and the widgets redraw from there. The training worker drives it
from its own thread: ``train_chunk`` runs a few optimizer steps, ``snapshot`` describes the model for the views.

Threads: the model and the training state are guarded by one lock. The GUI thread takes it through
``access()``, which the worker lets go first (``wait_for_gui``) — so an edit never waits behind a long run of
training steps, only behind the chunk in progress (about 10 ms).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import threading
import time
from collections import deque
from dataclasses import dataclass, replace

import numpy as np

from nnstudio.data import load_dataset
from nnstudio.data.augment import Augmenter
from nnstudio.data.mnist import MNIST_KINDS
from nnstudio.engine import _fused
from nnstudio.engine.callbacks import EpochRecord
from nnstudio.engine.divergence import WEIGHT_CHECK_EVERY, DivergenceDetector
from nnstudio.engine.model import FitPosition
from nnstudio.engine.spec import NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError, why
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.events import EventGroup
from nnstudio.session.history import TrainingHistory
from nnstudio.session.project import Project, ProjectFileError, TrainingState, project_choices
from nnstudio.session.policy import (adapt_spec, allowed_problems, continued_columns, copy_overlap,
                                     weight_sources)
from nnstudio.session.presets import (XOR_TRAINING, Example, follows_suggestion, suggested_spec, suggested_training,
                                      with_suggested_settings)
from nnstudio.session.snapshot import (Readout, TrainingSnapshot, curve_inputs, plane_views, prediction_curve,
                                      shaped_extent)
from nnstudio.session.threads import GuiFirstLock

HAND_SCORE_SAMPLES = 10_000     # weights set by hand are scored on (up to) this many training samples
_UNSCORED = object()            # weights set by hand, not scored yet
QUICK_SCORE = 20_000_000        # samples × parameters up to which the GUI thread scores such weights (~10 ms)
RATE_WINDOW = 3.0               # s: the samples/s readout averages over this much recent time
TINY_STEP = 0.0005              # s: steps shorter than this are dominated by Python/NumPy overhead


class TrainingError(TranslatableError):
    """Training cannot go on: it diverged, or there is nothing to train; the message says what to do."""


@dataclass(frozen=True)
class ChunkReport:
    """What ``train_chunk`` did: optimizer steps taken; ``error``: why training cannot go on (it diverged);
    ``stop``: training ended as the learner set it up (an epoch limit, early stopping), with the reason."""

    steps: int
    error: TrainingError | None = None
    stop: Text | None = None


class _RateMeter:
    """Samples per second over the last RATE_WINDOW seconds (a steady readout, not the last chunk's)."""

    def __init__(self):
        self.restart()

    def restart(self) -> None:
        self._marks: deque[tuple[float, int]] = deque()
        self._total = 0
        self.rate = 0.0

    def add(self, samples: int) -> None:
        self._total += samples

    def measure(self, now: float) -> float:
        marks = self._marks
        marks.append((now, self._total))
        while len(marks) > 2 and now - marks[1][0] >= RATE_WINDOW:
            marks.popleft()
        (t0, n0), (t1, n1) = marks[0], marks[-1]
        if t1 > t0:
            self.rate = (n1 - n0) / (t1 - t0)
        return self.rate


@dataclass(frozen=True)
class PreparedState:
    """Everything a project (or a new data set) needs, built and checked before the session changes."""

    spec: NetworkSpec
    dataset: object
    choice: DataChoice
    config: TrainingConfig
    model: object
    history: TrainingHistory
    weights_given: bool = False     # the weights come from a file or an example, not from the seed
    state: TrainingState | None = None  # where a project's training stood (its optimizer state is in ``model``)


class TrainingSession:
    """The studio's state and its training; see the module docstring."""

    def __init__(self, dataset=None, spec: NetworkSpec | None = None, config: TrainingConfig | None = None,
                 choice: DataChoice | None = None):
        self.events = EventGroup(
            "editing",    # (): a learner's edit is about to change the training state (pause training now)
            "spec",       # (spec): the network changed
            "data",       # (dataset): the data or the data choice changed
            "config",     # (config): the training settings changed
            "weights",    # (): weights were set (by hand, a preset or a file) without a fresh start
            "progress",   # (): counters and curves start again (new weights from the seed, new data)
            "changed",    # (): after every intent, once
        )
        self._threads = GuiFirstLock()
        self.config = config or XOR_TRAINING
        self.choice = choice or DataChoice()
        self.dataset = dataset if dataset is not None else load_dataset("xor")
        self.spec = adapt_spec(spec or suggested_spec(self.choice.key, self.dataset), self.dataset)
        self.history = TrainingHistory()
        self._extra = None              # (x, y) appended to the training set: the learner's own digits
        self._hand_score = None         # weights set by hand: (loss, accuracy or None), or _UNSCORED
        self._plane_aspect = None       # the decision-boundary plot's width / height (px), once it says
        self._rate = _RateMeter()
        self.step_seconds = 0.0         # moving average of the time per optimizer step
        self._gen = None
        self._position = None           # where the training generator is (FitPosition), kept current by it
        self._resume = None             # a project's TrainingState: where the next training generator starts
        self._augment_rng = None        # the augmented digits' generator (of the training generator)
        self._best_val = (float("inf"), 0)   # early stopping: the best test loss so far and its epoch
        self._divergence = DivergenceDetector()
        self._diverged_at = None        # (Divergence, learning rate) while the weights stay those of a diverged run
        self._model = self._build(self.spec)
        self.history.reset(len(self._model.dense_layers))
        self._set_training_data()

    # ================================================================== threads
    @contextlib.contextmanager
    def access(self):
        """Hold the model (GUI thread): the worker finishes its chunk of steps and waits until the block ends."""
        with self._threads.gui():
            yield self._model

    def wait_for_gui(self, timeout: float = 1.0) -> None:
        """Worker thread: let the GUI thread take the lock first if it is waiting for it."""
        self._threads.wait_for_gui(timeout)

    @property
    def lock(self) -> threading.RLock:
        """The worker holds it while it trains a chunk or builds a snapshot."""
        return self._threads.lock

    # ================================================================== what the views read
    @property
    def key(self) -> str:
        return self.choice.key

    @property
    def allowed_problems(self) -> dict[str, int]:
        return allowed_problems(self.dataset)

    @property
    def steps_are_tiny(self) -> bool:
        """True while a step takes less than TINY_STEP (Python overhead dominates: XOR-sized batches)."""
        return self.step_seconds < TINY_STEP

    @property
    def step_count(self) -> int:
        return self.history.step

    @property
    def n_train(self) -> int:
        """Samples trained on (the data set's training points plus the learner's own digits)."""
        return len(self._x)

    @property
    def training_data(self) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as trained on: the data set's training points plus the learner's own samples (read only)."""
        return self._x, self._y

    def weights(self) -> list[np.ndarray]:
        """Copies of the current weights [W1, b1, W2, b2, ...]."""
        with self.access() as model:
            return model.get_weights()

    def set_plane_aspect(self, aspect: float) -> None:
        """The decision-boundary plot's width / height in pixels: from the next snapshot on, the boundary
        covers the data's extent grown to that shape, so that it fills the plot with equal axis scales. A view
        setting, not part of the project (no ``changed`` event); one value the worker reads once per snapshot,
        so no lock (the worker would finish its chunk of steps first: a dock dragged wider would stutter)."""
        self._plane_aspect = float(aspect)

    def state_digest(self) -> str:
        """A digest of what a project file of this session holds (the network, the settings, the data, the
        weights, the step): two equal digests, nothing new to save."""
        digest = hashlib.blake2b(digest_size=16)
        digest.update(json.dumps([repr(self.spec), self.config.to_dict(), self.choice.to_dict(), self.step_count],
                                 sort_keys=True, default=repr).encode())
        arrays = self.weights()
        if self.key not in MNIST_KINDS:      # MNIST is saved by name
            d = self.dataset
            arrays += [d.x_train, d.y_train, d.x_test, d.y_test]
        for a in arrays:
            digest.update(np.ascontiguousarray(a).data)
        return digest.hexdigest()

    def readout(self) -> Readout:
        """The status bar's numbers now, for the GUI thread right after an intent (the worker's next snapshot
        comes later): weights just set, loaded or rebuilt get their own loss and accuracy at once when that
        is quick (QUICK_SCORE), else no loss until the snapshot scores them — never the old network's."""
        with self.access() as model:
            hist = self.history
            if self._hand_score is _UNSCORED:
                if min(len(self._x), HAND_SCORE_SAMPLES) * model.flat_parameters.size > QUICK_SCORE:
                    return Readout(epoch=hist.epoch, epoch_progress=hist.epoch_progress, step=hist.step,
                                   samples_per_second=self._rate.rate)
                with np.errstate(all="ignore"):
                    self._hand_score = self._score_hand_set_weights(model)
            last = hist.epochs.y[hist.epochs.n - 1] if hist.epochs.n else (math.nan,) * 4
            return Readout(epoch=hist.epoch, epoch_progress=hist.epoch_progress, step=hist.step,
                           samples_per_second=self._rate.rate, loss=hist.loss, accuracy=float(last[1]),
                           val_accuracy=float(last[3]), hand_set_score=self._hand_score)

    def inference_model(self, weights=None):
        """A new model of the current network with ``weights`` (default: the current ones), for tools that
        predict in the GUI thread while training goes on (the drawing pad)."""
        model = self.spec.build(seed=self.config.seed)
        model.set_weights(self.weights() if weights is None else weights)
        return model

    # ================================================================== intents (GUI thread)
    def set_spec(self, spec: NetworkSpec, columns=None) -> tuple[tuple[int | None, int | None], ...]:
        """A new network: the weights stay where the network stays the same, fresh ones elsewhere.
        ``columns`` tells for each column of ``spec`` (the input first) which column of the current network it
        continues, or None for a new layer (default: ``continued_columns``). Returns, per Dense layer, the
        old layers its W and b were kept from (``weight_sources``; all None when nothing was kept). Raises
        SpecError (nothing changes) for a network that cannot be."""
        if columns is None:
            columns = continued_columns(len(self.spec.sizes), len(spec.sizes))
        sources = weight_sources(columns)
        if spec == self.spec:
            return sources
        self._check_fits_data(spec)
        keep = self._weights_to_keep()
        if not keep:
            sources = ((None, None),) * len(spec.layers)
        model = self._build(spec, keep_from=keep, sources=sources)
        self.events.editing.emit()
        with self.access():
            problem_changed = spec.problem != self.spec.problem
            self.spec = spec
            self._install(model)
            if self.history.step:
                self._hand_score = _UNSCORED    # the last batch's loss was the old network's: score this one
            if problem_changed:
                self._set_training_data()   # the targets' form follows the problem (e.g. one-hot rows)
        self.events.spec.emit(spec)
        self.events.changed.emit()
        return sources

    def replace_network(self, spec: NetworkSpec, weights) -> None:
        """A network together with its weights (the lecture's XOR weights, an undo of that)."""
        self._check_fits_data(spec)
        model = self._build(spec, weights=weights)
        self.events.editing.emit()
        with self.access():
            changed = spec != self.spec
            self.spec = spec
            self._install(model)
            self._hand_score = _UNSCORED
            if changed:
                self._set_training_data()
        if changed:
            self.events.spec.emit(spec)
        self.events.weights.emit()
        self.events.changed.emit()

    def set_weight(self, layer: int, kind: str, row: int, col: int, value: float) -> None:
        """One weight ("W": W[row, col] of Dense layer ``layer``) or bias ("b": b[row]) typed by hand."""
        self.events.editing.emit()
        with self.access() as model:
            dense = model.dense_layers[layer]
            if kind == "W":
                dense.W[row, col] = value
            else:
                dense.b[row] = value
            self._hand_score = _UNSCORED
        self.events.weights.emit()
        self.events.changed.emit()

    def set_weights(self, weights) -> None:
        """All weights [W1, b1, ...] at once (shapes must match the network)."""
        self.events.editing.emit()
        with self.access() as model:
            model.set_weights([np.asarray(w) for w in weights])
            self._hand_score = _UNSCORED
            self._diverged_at = None
        self.events.weights.emit()
        self.events.changed.emit()

    def reset_weights(self) -> None:
        """New initial weights drawn from the seed; counters and curves start again."""
        model = self._build(self.spec)
        self.events.editing.emit()
        with self.access():
            self._install(model, fresh=True)
        self.events.progress.emit()
        self.events.changed.emit()

    def set_config(self, **changes) -> None:
        """Change training settings: optimizer, lr, options (a dict of hyper-parameters), batch_size, seed,
        speed. A new optimizer starts with empty state and the weights stay; a new learning rate or
        hyper-parameter takes effect at the next step. Raises ValueError (nothing changes) for bad values."""
        if "optimizer" in changes and changes["optimizer"] != self.config.optimizer and "options" not in changes:
            changes["options"] = {}
        config = self.config.with_changes(**changes)
        if "options" in changes and changes["options"] == {}:
            config = replace(config, options=())
        if config == self.config:
            return
        config.check()
        if config.batch_size != self.config.batch_size:
            self.spec.memory(config.batch_size).check()
        old = self.config
        with self.access() as model:
            self.config = config
            if config.optimizer != old.optimizer:
                model.optimizer = config.make_optimizer()   # a new optimizer starts with empty state
            elif config.optimizer_config() != old.optimizer_config():
                # new hyper-parameters: its moments and momentum buffers go on (a new slot starts at zero); every
                # value is passed, since options hold only those off their defaults (momentum set back to 0
                # kept stepping with the old 0.9)
                model.optimizer = model.optimizer.retuned([model.flat_parameters],
                                                          **config.make_optimizer().get_config())
            if (config.batch_size, config.augment) != (old.batch_size, old.augment):
                self._gen = None
        self.events.config.emit(config)
        self.events.changed.emit()

    def use_dataset(self, dataset, choice: DataChoice) -> None:
        """Train on ``dataset`` from now on (chosen as ``choice``): the network adapts its input and output
        layers, keeps what weights it can, and the settings follow the ones suggested for the data unless
        the learner chose their own (a speed the learner chose stays either way)."""
        state = self.prepare(dataset, choice)
        self.adopt(state)

    def prepare(self, dataset, choice: DataChoice, spec: NetworkSpec | None = None,
                config: TrainingConfig | None = None, weights=None, history=None,
                state: TrainingState | None = None) -> PreparedState:
        """Build and check everything a change of data (or an opened project) needs, without changing the
        session; ``adopt`` then switches in one go. Raises ValueError/SpecError naming what does not fit."""
        if config is None:
            config = self.config
            if follows_suggestion(config, self.key):
                # a speed the learner chose (not the old data's suggestion) stays: "slow" to watch stays slow
                own_speed = config.speed != suggested_training(self.key).speed
                config = with_suggested_settings(config, choice.key)
                if own_speed:
                    config = replace(config, speed=self.config.speed)
        config.check()
        if spec is None:
            if self.spec == suggested_spec(self.key, self.dataset):
                # the network is still the one suggested for the old data: take the new data's (fresh weights)
                spec, keep = suggested_spec(choice.key, dataset), None
            else:
                spec, keep = adapt_spec(self.spec, dataset), self._weights_to_keep()
        else:
            keep = None
        self._check_fits_data(spec, dataset, config)
        model = self._build(spec, weights=weights, keep_from=keep, config=config)
        hist = TrainingHistory(len(model.dense_layers))
        if history is not None:
            hist.load_arrays(history)
        if state is not None:
            model.rng.bit_generator.state = state.rng     # (checked when the file was read)
            if state.optimizer:
                try:
                    model.set_optimizer_state(state.optimizer)
                except ValueError as exc:
                    raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The saved state of the optimizer does not "
                                                                       "fit the network or the optimizer ({reason})."),
                                           reason=why(exc)) from None
        return PreparedState(spec=spec, dataset=dataset, choice=choice, config=config, model=model, history=hist,
                             weights_given=weights is not None, state=state)

    def adopt(self, state: PreparedState) -> None:
        """Switch to a prepared state (cannot fail)."""
        self.events.editing.emit()
        with self.access():
            config_changed = state.config != self.config
            spec_changed = state.spec != self.spec
            # the learner's drawings have the classes of their data, and are trained on only when the choice says
            if state.choice.key != self.choice.key or not state.choice.include_my_digits:
                self._extra = None
            self.config, self.spec, self.dataset, self.choice = state.config, state.spec, state.dataset, state.choice
            self._install(state.model, fresh=True)
            self.history = state.history
            if state.weights_given:
                self._hand_score = _UNSCORED     # the status shows these weights' own loss and accuracy
            self._set_training_data()
            if state.state is not None:
                self._resume_from(state.state)
        if config_changed:
            self.events.config.emit(self.config)
        if spec_changed:
            self.events.spec.emit(self.spec)
        self.events.data.emit(self.dataset)
        self.events.progress.emit()
        self.events.changed.emit()

    def suggested_setup(self) -> tuple[NetworkSpec, TrainingConfig]:
        """The network and settings suggested for the current data (the settings keep the seed and the
        epoch limit and the other choices that are not the optimizer's)."""
        return (suggested_spec(self.key, self.dataset), with_suggested_settings(self.config, self.key))

    def follows_suggestions(self) -> bool:
        """True while network and settings are the ones suggested for the current data."""
        spec, config = self.suggested_setup()
        return spec == self.spec and config == self.config

    def use_suggested_setup(self) -> None:
        """The network and settings suggested for the current data, with fresh weights."""
        spec, config = self.suggested_setup()
        self.adopt(self.prepare(self.dataset, self.choice, spec=spec, config=config))

    def restore_suggested_settings(self) -> None:
        """The optimizer, learning rate, batch size and speed suggested for the current data; the network and
        its weights stay."""
        s = suggested_training(self.key)
        self.set_config(optimizer=s.optimizer, lr=s.lr, batch_size=s.batch_size, options={}, speed=s.speed)

    def prepare_example(self, example: Example, dataset) -> PreparedState:
        """A ready-made set-up (File → Examples) on ``dataset`` (the data its choice names), not yet adopted."""
        return self.prepare(dataset, example.choice, spec=example.spec(dataset), config=example.config,
                            weights=example.weights)

    def set_training_data(self, dataset) -> None:
        """The same data set with points added or removed (undoable edits on the plot); training goes on."""
        self.events.editing.emit()
        with self.access():
            self.dataset = dataset
            self._set_training_data()
        self.events.data.emit(dataset)
        self.events.changed.emit()

    def set_choice(self, choice: DataChoice) -> None:
        """Remember a new data choice (e.g. the toy set's parameters) without loading data."""
        if choice != self.choice:
            self.choice = choice
            self.events.changed.emit()

    def set_extra_training(self, x=None, y=None) -> None:
        """Samples appended to the training set (the learner's own digits on MNIST); None removes them."""
        with self.access():
            self._extra = None if x is None or not len(x) else (x, y)
            self._set_training_data()
        self.events.changed.emit()

    def restore_history(self, arrays: dict[str, np.ndarray]) -> None:
        with self.access():
            self.history.load_arrays(arrays)
        self.events.changed.emit()

    # ================================================================== training (worker thread)
    def ready(self) -> TrainingError | None:
        """Why training cannot start now, or None."""
        if self._model is None or self._x is None or not len(self._x):
            return TrainingError(QT_TRANSLATE_NOOP("Errors", "There is no network or dataset to train yet."))
        return self.divergence()

    def divergence(self) -> TrainingError | None:
        """Why the weights cannot train on: training diverged (until Reset weights, new weights or a new
        network), with what to do at the learning rate set now; None if it did not."""
        if self._diverged_at is None:
            return None
        found, lr_then = self._diverged_at
        lr = getattr(self._model.optimizer, "lr", float("nan"))
        if lr < lr_then:
            return TrainingError(QT_TRANSLATE_NOOP("Errors", "{what}: training diverged. Press Reset weights to "
                                                             "start again with the learning rate {lr}."),
                                 what=found.what(), lr=f"{lr:g}")
        return TrainingError(QT_TRANSLATE_NOOP("Errors", "{what}: training diverged. Lower the learning rate "
                                                         "(now {lr}) and press Reset weights to start again."),
                             what=found.what(), lr=f"{lr:g}")

    def kernels_pending(self) -> bool:
        """Whether this network's training takes compiled kernels that are not built yet in this process (the
        first step would compile them: about 4 s the first time on a computer, then 0.4 s from numba's cache)."""
        model = self._model
        return model is not None and _fused.would_use(model, self.config.batch_size) and not _fused.ready()

    def prepare_kernels(self) -> None:
        """Build the compiled kernels now (before start_measuring, so that the speed readout holds no compiling)."""
        _fused.warm_up()

    def start_measuring(self) -> None:
        """Training starts (or resumes): the samples/s readout measures from now."""
        self._rate.restart()
        self._rate.measure(time.perf_counter())

    def train_chunk(self, max_steps: int, seconds: float) -> ChunkReport:
        """Up to ``max_steps`` optimizer steps within ``seconds`` (hold ``lock``). Stops with an error when
        the loss stops being a number. Engine exceptions propagate; the next chunk starts cleanly."""
        try:
            return self._train_chunk(max_steps, seconds)
        except Exception:
            self._gen = None
            raise

    def _train_chunk(self, max_steps: int, seconds: float) -> ChunkReport:
        gen = self._generator()
        started = time.perf_counter()
        t_end = started + seconds
        done = 0
        hist = self.history
        while done < max_steps:
            rec = next(gen)
            if isinstance(rec, EpochRecord):
                stop = self._end_epoch(rec)
                if stop is not None:
                    return ChunkReport(done, stop=stop)
                continue
            done += 1
            self._hand_score = None
            self._rate.add(rec.batch_size)
            loss = float(rec.loss)
            # a NaN loss, one 100× its start, or weights beyond 1e6 (every 64 steps): training diverged
            found = self._divergence.check_loss(loss, hist.step + 1)
            if found is None and (hist.step + 1) % WEIGHT_CHECK_EVERY == 0:
                found = self._divergence.check_weights(self._model, hist.step + 1, loss)
            if found is not None:
                hist.step += 1
                hist.loss = loss
                self._diverged_at = (found, getattr(self._model.optimizer, "lr", float("nan")))
                return ChunkReport(done, self.divergence())
            hist.add_step(loss, (rec.batch + 1) / rec.batches)
            if rec.batch + 1 >= rec.batches:
                # the epoch's record follows its last batch without more training: take it now, so a single
                # step also updates the epoch curves
                nxt = next(gen)
                if isinstance(nxt, EpochRecord):
                    stop = self._end_epoch(nxt)
                    if stop is not None:
                        return ChunkReport(done, stop=stop)
            if time.perf_counter() >= t_end:
                break
        if done:
            per_step = (time.perf_counter() - started) / done
            self.step_seconds = per_step if not self.step_seconds else 0.8 * self.step_seconds + 0.2 * per_step
        return ChunkReport(done)

    def _end_epoch(self, record) -> Text | None:
        """Count a finished epoch; why training ends here (the epoch limit, early stopping), or None."""
        hist, config = self.history, self.config
        hist.add_epoch(record)
        val = record.val_loss
        if val is not None and math.isfinite(val) and val < self._best_val[0]:
            self._best_val = (val, hist.epoch)
        if config.max_epochs and hist.epoch >= config.max_epochs:
            return Text("Errors", QT_TRANSLATE_NOOP("Errors", "Stopped after %n epoch(s), the limit set in the "
                                                              "training settings.", None, 1), n=hist.epoch)
        if config.early_stopping and val is not None and hist.epoch - self._best_val[1] >= config.early_stopping:
            return Text("Errors", QT_TRANSLATE_NOOP(
                "Errors", "Stopped early: the test loss has not improved for %n epoch(s) (best {best} after epoch "
                          "{at}).", None, 1),
                        n=config.early_stopping, best=f"{self._best_val[0]:.4g}", at=self._best_val[1])
        return None

    def snapshot(self, running: bool) -> TrainingSnapshot:
        """The model, its history and the views' arrays now (hold ``lock``; read-only copies)."""
        model = self._model
        hist = self.history
        now = time.perf_counter()
        rate = self._rate.measure(now) if running else self._rate.rate
        with np.errstate(all="ignore"):  # a diverged network (inf/NaN weights) still gets a snapshot
            weights = tuple(_frozen(np.array(w, copy=True)) for w in model.get_weights())
            grads = []
            for layer in model.dense_layers:
                grads.append(_frozen(np.array(layer.dW, copy=True)))
                grads.append(_frozen(np.array(layer.db, copy=True)))
            stats = tuple(model.layer_stats()) if hist.step > 0 else ()
            hist.add_stats(stats)
            if self._hand_score is _UNSCORED:
                self._hand_score = self._score_hand_set_weights(model)
            aspect = self._plane_aspect
            boundary_extent = shaped_extent(self._extent, aspect) if model.input_dim == 2 and aspect else None
            boundary, maps = plane_views(model, self._extent, boundary_extent)
            curve = prediction_curve(model, self._curve_xs)
        n = hist.n_layers
        stats_steps, stats_y = hist.stats.arrays()
        steps, step_loss = hist.steps.arrays()
        epochs, ep = hist.epochs.arrays()
        return TrainingSnapshot(
            epoch=hist.epoch, epoch_progress=hist.epoch_progress, step=hist.step, samples_per_second=rate,
            loss=hist.loss, running=running, weights=weights, grads=tuple(grads), layer_stats=stats,
            activations=tuple(layer.activation for layer in model.dense_layers),
            steps=steps, step_loss=step_loss[:, 0], stats_steps=stats_steps, grad_w_norm=stats_y[:, :n],
            grad_b_norm=stats_y[:, n:2 * n], saturation=stats_y[:, 2 * n:], epochs=epochs, epoch_loss=ep[:, 0],
            epoch_accuracy=ep[:, 1], val_loss=ep[:, 2], val_accuracy=ep[:, 3],
            extent=self._extent if model.input_dim == 2 else None, boundary=boundary,
            boundary_extent=boundary_extent, neuron_maps=maps,
            curve=curve, hand_set_score=self._hand_score)

    def _score_hand_set_weights(self, model):
        """(loss, accuracy or None) of weights typed or loaded by hand, on (up to) HAND_SCORE_SAMPLES points."""
        try:
            score = model.evaluate(self._x[:HAND_SCORE_SAMPLES], self._y[:HAND_SCORE_SAMPLES])
        except ValueError:    # data and network do not fit together (mid-edit): no score
            return None
        return (float(score[0]), float(score[1])) if isinstance(score, list) else (float(score), None)

    # ================================================================== project files
    def history_arrays(self) -> dict[str, np.ndarray]:
        with self.access():
            return self.history.to_arrays()

    def to_project(self) -> Project:
        """Everything to save: MNIST is stored by name only, other data with its exact points. All of it from
        one moment between two chunks of steps (an autosave comes while training runs)."""
        with self.access():
            return Project(spec=self.spec, training=self.config.to_dict(), dataset_choice=self.choice.to_dict(),
                           dataset=None if self.key in MNIST_KINDS else self.dataset, weights=self.weights(),
                           history=self.history_arrays(), state=self._training_state())

    def _training_state(self) -> TrainingState | None:
        """Where training stands, for a project file (hold the lock); None before any training (and after a
        diverged run, which cannot train on)."""
        model = self._model
        if not self.history.step or self._diverged_at is not None:
            return None
        optimizer = model.optimizer_state() if model.optimizer.iterations else {}
        if self._gen is not None:
            position, batch_size = self._position, self.config.batch_size
            augment_rng = self._augment_rng.bit_generator.state if self._augment_rng is not None else None
            if position is not None:
                position = replace(position)     # (the generator goes on changing its own)
        elif self._resume is not None:          # opened and not trained since: where the file stood
            position, batch_size = self._resume.position, self._resume.batch_size
            augment_rng = self._resume.augment_rng
        else:                                   # (new data or batch size: the next step starts an epoch)
            position, batch_size, augment_rng = None, 0, None
        if position is not None and not all(map(math.isfinite, (position.loss_sum, position.acc_sum,
                                                                 position.seconds))):
            position = None
        best, at = self._best_val
        start = self._divergence.start
        return TrainingState(rng=model.rng.bit_generator.state, optimizer=optimizer, position=position,
                             batch_size=batch_size, augment_rng=augment_rng,
                             best_test_loss=(best, at) if math.isfinite(best) else None,
                             divergence_start=start if start is not None and math.isfinite(start) else None)

    def _resume_from(self, state: TrainingState) -> None:
        """Train on from a project's state (hold the lock; its model already has the generator and optimizer)."""
        self._resume = state
        if state.best_test_loss is not None:
            self._best_val = state.best_test_loss
        self._divergence.start = state.divergence_start
        p = state.position
        if p is not None and p.order is not None and state.batch_size:    # (the status bar's progress in the
            # epoch, counted in the rows of the save: the learner's own digits come after opening)
            self.history.epoch_progress = p.batch / math.ceil(len(p.order) / min(state.batch_size, len(p.order)))

    def prepare_project(self, project: Project, dataset) -> PreparedState:
        """Check and build a project with its data (``dataset``: the stored points, or the data set its
        choice names, loaded by the caller) without changing the session; ``adopt`` switches to it."""
        choice, config = project_choices(project)
        return self.prepare(dataset, choice, spec=project.spec, config=config, weights=project.weights,
                            history=project.history, state=project.state)

    # ================================================================== internals
    def _build(self, spec: NetworkSpec, weights=None, keep_from=None, config: TrainingConfig | None = None,
               sources=None):
        """A compiled model for ``spec``: with ``weights``, or fresh from the seed, optionally keeping the
        overlapping blocks of ``keep_from`` (a weight list; ``sources``: which of its layers, see
        ``copy_overlap``)."""
        config = config or self.config
        model = spec.build(seed=config.seed, optimizer=config.make_optimizer())
        if weights is not None:
            model.set_weights([np.asarray(w) for w in weights])
        elif keep_from:
            new = model.get_weights()
            copy_overlap(keep_from, new, sources)
            model.set_weights(new)
        return model

    def _install(self, model, fresh: bool = False) -> None:
        """Train ``model`` from now on (hold the lock). ``fresh``: counters and curves start again."""
        self._model = model
        self._gen = None
        self._resume = None
        self._hand_score = None
        self._best_val = (float("inf"), 0)
        self._divergence.reset()
        self._diverged_at = None
        if fresh:
            self.history.reset(len(model.dense_layers))
        else:
            self.history.restart_stats(len(model.dense_layers))

    def check_spec(self, spec: NetworkSpec) -> None:
        """Raise SpecError/TrainingError/MemoryLimitError unless ``spec`` can replace the current network: the
        network rules, the studio's size limits, the data's inputs and outputs, the memory it would need."""
        self._check_fits_data(spec)

    def _check_fits_data(self, spec: NetworkSpec, dataset=None, config: TrainingConfig | None = None) -> None:
        """Raise SpecError/TrainingError/MemoryLimitError unless ``spec`` is a possible network for ``dataset``
        (default: the session's): the network rules, the studio's size limits, the data's inputs and problem
        types, and the memory its training with the batch size of ``config`` (default: the session's) needs."""
        dataset = self.dataset if dataset is None else dataset
        spec.validate()
        spec.check_size()
        spec.memory((config or self.config).batch_size).check()
        if spec.input_dim != dataset.input_dim:
            raise TrainingError(QT_TRANSLATE_NOOP("Errors", "The network's input size ({inputs}) is not the data's "
                                                            "number of features ({features})."),
                                inputs=spec.input_dim, features=dataset.input_dim)
        allowed = allowed_problems(dataset)
        if allowed.get(spec.problem) != spec.output.units:
            raise TrainingError(QT_TRANSLATE_NOOP("Errors", "The network's output layer (%n unit(s), {problem}) "
                                                            "does not fit the data.", None, 1),
                                n=spec.output.units, problem=spec.problem)

    def _weights_to_keep(self) -> list[np.ndarray]:
        """The weights a rebuilt network starts from; none after a diverged run (NaN or infinite weights
        would make the new network fail at its first step too, so it starts from fresh ones)."""
        weights = self.weights()
        return weights if all(np.isfinite(w).all() for w in weights) else []

    def _set_training_data(self) -> None:
        """What the worker trains on, from the data set and the learner's own samples (hold the lock)."""
        ds = self.dataset
        x, y = ds.x_train, ds.y_train
        if self._extra is not None:
            ex, ey = self._extra
            x = np.concatenate([x, ex.astype(x.dtype, copy=False)])
            y = np.concatenate([y, ey.astype(y.dtype, copy=False)])
        self._x, self._y = x, y
        self._validation = (ds.x_test, ds.y_test) if ds.n_test else None
        self._extent = ds.extent
        self._curve_xs = curve_inputs(x, self._validation)
        self._gen = None

    def _resumed_position(self) -> FitPosition | None:
        """The place in an epoch where an opened project's training stood, if it still fits what is trained on
        (the same batch size, as many samples: the learner's own digits may have changed since), else None."""
        state = self._resume
        if state is None or state.position is None or state.batch_size != self.config.batch_size:
            return None
        p, n = state.position, len(self._x)
        if not n or (p.batch and p.order is None) or (p.order is not None and len(p.order) != n) \
                or p.batch > math.ceil(n / min(state.batch_size, n)):
            return None
        return p

    def _generator(self):
        if self._gen is None:
            position = replace(self._resumed_position() or FitPosition())
            resume, self._resume = self._resume, None
            transform = self._augment_rng = None
            if self.config.augment and self.dataset.input_dim == 784:
                augment = Augmenter()
                rng = self._augment_rng = np.random.default_rng(self.config.seed)
                if resume is not None and resume.augment_rng is not None:
                    rng.bit_generator.state = resume.augment_rng
                transform = lambda xb: augment(xb, rng)  # noqa: E731 - a fresh variant of every batch
            self._position = position
            self._gen = self._model.fit_iter(self._x, self._y, batch_size=self.config.batch_size, epochs=None,
                                             validation_data=self._validation, shuffle=True, transform=transform,
                                             position=position)
        return self._gen


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a
