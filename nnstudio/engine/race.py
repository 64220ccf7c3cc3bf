"""Optimizer race: copies of one network, each with its own optimizer, trained in lockstep on the same batches.

    race = Race(model, {"SGD": {"name": "sgd", "lr": 0.1}, "Adam": {"name": "adam", "lr": 0.01}}, seed=0)
    for record in race.run(x, y, batch_size=32, steps=2000):
        record["Adam"].loss, record["SGD"].step_sizes, ...

Fair by construction, and checkably so:

- one template: every contestant is a copy of the same compiled ``Sequential`` — the same initial weights and
  the same state of its random Generator, hence the same dropout masks at every step (each copy owns its
  Generator; one shared Generator would hand each contestant different draws). ``weights_fingerprint`` is a
  short digest of those weights;
- one batch stream: every step takes one batch of ``BatchStream(n, batch_size, seed=race seed)`` and feeds it to
  every contestant; ``batches=`` replaces the stream by given index arrays (to replay a race elsewhere, in
  PyTorch say). ``batches_fingerprint`` digests every batch fed so far;
- the same code: contestants train with ``Sequential.train_step`` and the classes of ``optimizers.py``.

``run`` is a generator of frozen records, one per step, for a worker thread that steps the race in small chunks
and checks its pause/stop flags in between. Between two steps a contestant's hyper-parameters may change
(``race.optimizers[name].lr = 0.01`` or ``race.set_hyperparameters``); they take effect at the next step.
Contestants are added or removed between runs. A contestant whose loss turns NaN/inf, or rises above
``divergence_factor`` × its first loss, is marked diverged at that step and stops; the others go on.
"""
from __future__ import annotations

import copy
import hashlib
import math
import time
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np

from nnstudio.engine import _fused
from nnstudio.engine import optimizers as _optimizers
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.memory import check_copies, estimate
from nnstudio.engine.sweep import DIVERGENCE_FACTOR, fresh_optimizer
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, TranslatableError, TranslatableRuntimeError

__all__ = ["DIVERGENCE_FACTOR", "PRESETS", "ContestantStep", "Race", "RaceRecord", "Standing",
           "parse_contestant"]


class NoContestantError(Translatable, KeyError):
    """A contestant's name the race does not know; its text is the message (a KeyError would show it quoted)."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class ContestantStep:
    """One contestant at one race step (plain numbers, safe to hand to another thread).

    ``loss``/``accuracy``: the batch's, before the update, as ``train_on_batch`` reports them; None once the
    contestant has stopped (and accuracy None without the accuracy metric). ``seconds``: its compute time so
    far (its training steps only: a wall-clock axis per contestant). ``step_sizes``: per Dense layer the
    effective step size ‖Δθ‖ / ‖∇θ‖ of this step over the layer's W and b (SGD: its learning rate; Adagrad's
    decays, RMSprop's stays level); NaN for a zero gradient, empty once stopped. ``diverged_at``: the race
    step at which it diverged (and stopped), else None. ``val_loss``/``val_accuracy``: on the validation data
    where evaluated at this step, else None.
    """

    name: str
    loss: float | None
    accuracy: float | None
    seconds: float
    step_sizes: tuple[float, ...]
    diverged_at: int | None = None
    val_loss: float | None = None
    val_accuracy: float | None = None


@dataclass(frozen=True)
class RaceRecord:
    """One race step: ``step`` = race steps taken (1-based), the batch (``epoch``/``batch`` of the race's
    stream, None when replaying given ``batches``), and every contestant's :class:`ContestantStep`."""

    step: int
    epoch: int | None
    batch: int | None
    batch_size: int
    batches_fingerprint: str
    contestants: tuple[ContestantStep, ...]

    def __getitem__(self, name: str) -> ContestantStep:
        for contestant in self.contestants:
            if contestant.name == name:
                return contestant
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.contestants)


@dataclass(frozen=True)
class Standing:
    """A contestant's row of the results table. ``loss``/``accuracy``: the epoch loss and accuracy at its last
    step (the mean over the last epoch's batches, weighted by size); ``steps_to_target``/``seconds_to_target``:
    when that epoch loss first was <= the target (None: not reached or no target)."""

    name: str
    config: dict
    steps: int
    seconds: float
    loss: float | None
    accuracy: float | None
    best_loss: float | None
    steps_to_target: int | None
    seconds_to_target: float | None
    diverged_at: int | None


class _Track:
    """What the race remembers of one contestant (its curves, for the standings).

    The standings' epoch means come from running sums kept as steps arrive, so that a results table costs the
    same at step 200,000 as at step 2,000. The sums are added in order, as ``np.cumsum`` adds them, so every mean
    equals ``_moving_mean``'s to the last bit.
    """

    def __init__(self):
        self.losses: list[float] = []      # losses[i]: the batch loss after i steps (before step i + 1)
        self.accuracies: list[float] = []
        self.sizes: list[int] = []         # samples in each step's batch
        self.seconds: list[float] = []     # cumulative compute seconds after each step
        self.start_loss: float | None = None
        self.diverged_at: int | None = None
        self.total_seconds = 0.0
        self.stopped_entry: ContestantStep | None = None
        # running sums after each step: loss × batch size, accuracy × batch size, batch sizes (8 bytes a value)
        self._sum_loss = array("d")
        self._sum_accuracy = array("d")
        self._sum_size = array("d")
        # for one window: the epoch-mean losses so far, their least finite value, the first step at each target
        self._window = 0
        self._means = array("d")
        self._best = math.inf
        self._targets: dict[float, tuple[int, int | None]] = {}   # target -> (steps scanned, first hit or None)

    def add(self, loss: float, accuracy: float, size: int, seconds: float) -> None:
        loss, accuracy, size = float(loss), float(accuracy), float(size)
        self.losses.append(loss)
        self.accuracies.append(accuracy)
        self.sizes.append(int(size))
        self.seconds.append(seconds)
        first = not self._sum_size
        self._sum_loss.append(loss * size if first else self._sum_loss[-1] + loss * size)
        self._sum_accuracy.append(accuracy * size if first else self._sum_accuracy[-1] + accuracy * size)
        self._sum_size.append(size if first else self._sum_size[-1] + size)

    def _mean(self, values, sums, i: int, window: int) -> float:
        """The mean over the ``window`` steps up to step i, weighted by batch size (fewer at the start)."""
        if window == 1:
            return values[i]
        if i < window:
            return sums[i] / self._sum_size[i]
        return (sums[i] - sums[i - window]) / (self._sum_size[i] - self._sum_size[i - window])

    def epoch_means(self, window: int) -> array:
        """The epoch-mean loss after each step, for this window (kept: only new steps are computed)."""
        if window != self._window:
            self._window, self._means, self._best, self._targets = window, array("d"), math.inf, {}
        for i in range(len(self._means), len(self.losses)):
            mean = self._mean(self.losses, self._sum_loss, i, window)
            self._means.append(mean)
            if math.isfinite(mean) and mean < self._best:
                self._best = mean
        return self._means

    def best(self, window: int) -> float | None:
        """The least finite epoch-mean loss so far (None: none)."""
        self.epoch_means(window)
        return None if self._best == math.inf else self._best

    def mean_accuracy(self, window: int) -> float:
        return self._mean(self.accuracies, self._sum_accuracy, len(self.accuracies) - 1, window)

    def first_at_or_below(self, target: float, window: int) -> int | None:
        """The first step, once a whole window is in the mean, whose epoch-mean loss is <= ``target``."""
        means = self.epoch_means(window)
        scanned, hit = self._targets.get(target, (window - 1, None))
        if hit is None:
            for i in range(max(scanned, window - 1), len(means)):
                if means[i] <= target:
                    hit = i
                    break
            self._targets[target] = (len(means), hit)
        return hit


def _check_memory(template, optimizers, batch_size: int = 1) -> None:
    """Refuse a race whose contestants' copies of ``template`` (one per optimizer, batches of ``batch_size``) and
    the template's own weights would not fit the memory limit together (MemoryLimitError)."""
    check_copies(template, optimizers, batch_size, dtype=template.dtype,
                 extra_bytes=estimate(template, 1, template.dtype, None).training_bytes)


class Race:
    """Contestants racing one template; see the module docstring.

    Args:
        model: a compiled, built ``Sequential``: the template (architecture, initial weights, loss, metrics,
            random state). It is copied at once; the race never changes it.
        optimizers: contestant name -> optimizer name, config dict or instance (instances are copied: their
            settings, not their state; change hyper-parameters through ``race.optimizers[name]``).
        seed: the seed of the race's batch stream.
        divergence_factor: a loss above this many times the contestant's first loss counts as diverged.
    """

    def __init__(self, model, optimizers: Mapping | None = None, seed: int = 0,
                 divergence_factor: float = DIVERGENCE_FACTOR):
        if getattr(model, "loss", None) is None:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The race's template must be compiled: call "
                                                                "model.compile(optimizer=..., loss=...) first (its "
                                                                "loss and metrics are every contestant's)."))
        if not model.built:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The race's template does not know its input size "
                                                                "yet: give its first Dense layer input_dim=..., or "
                                                                "build it with model.build(features)."))
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The race's seed must be a whole number >= 0 (got "
                                                                "{seed})."), seed=repr(seed))
        self.seed = int(seed)
        self.divergence_factor = divergence_factor
        # every contestant trains its own copy, besides the template's: refused beyond the memory limit first
        _check_memory(model, list((optimizers or {}).values()))
        self._template = _copy_model(model)
        self._template.optimizer = _optimizers.SGD()   # never steps; prepare() wants a compiled model
        self.models: dict = {}             # name -> that contestant's Sequential
        self._tracks: dict[str, _Track] = {}
        self.steps = 0                     # race steps taken since the start (or the last reset)
        self._window = 1                   # batches per epoch of the last run (the standings' epoch mean)
        self._digest = hashlib.blake2b(digest_size=6)
        self._running = False
        weights = hashlib.blake2b(digest_size=6)
        weights.update(str(self._template.dtype).encode())
        for p in self._template.get_weights():
            weights.update(np.array(p.shape, dtype=np.int64).tobytes())
            weights.update(np.ascontiguousarray(p).tobytes())
        self.weights_fingerprint = weights.hexdigest()   # the same start for every contestant
        for name, optimizer in (optimizers or {}).items():
            self.add(name, optimizer)

    # -- contestants (between runs) ------------------------------------------------------------------------------------
    @property
    def divergence_factor(self) -> float:
        return self._divergence_factor

    @divergence_factor.setter
    def divergence_factor(self, value) -> None:
        value = float(value)
        if not value > 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The divergence factor must be a number > 1 (got "
                                                                "{value})."), value=repr(value))
        self._divergence_factor = value

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.models)

    @property
    def optimizers(self) -> dict:
        """name -> the contestant's live optimizer (set its ``lr`` between steps)."""
        return {name: model.optimizer for name, model in self.models.items()}

    def add(self, name: str, optimizer) -> None:
        """A new contestant: a copy of the template with ``optimizer``. Only before the first step (or after
        ``reset``): it would otherwise start behind the others."""
        self._require_idle(Text("Errors", QT_TRANSLATE_NOOP("Errors", "add a contestant")))
        if self.steps:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The race has taken %n step(s): a new contestant "
                                                                "would start behind the others. Restart the race "
                                                                "(race.reset()) first.", None, 1), n=self.steps)
        if not isinstance(name, str) or not name.strip():
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "A contestant needs a name (a non-empty text), got "
                                                                "{name}."), name=repr(name))
        if name in self.models:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "There is already a contestant named {name}; choose "
                                                                "another name."), name=repr(name))
        _check_memory(self._template, [m.optimizer for m in self.models.values()] + [optimizer])
        model = _copy_model(self._template)
        model.compile(optimizer=fresh_optimizer(optimizer), loss=self._template.loss,
                      metrics=list(self._template.metrics))
        self.models[name] = model
        self._tracks[name] = _Track()

    def remove(self, name: str) -> None:
        self._require_idle(Text("Errors", QT_TRANSLATE_NOOP("Errors", "remove a contestant")))
        if name not in self.models:
            raise NoContestantError(QT_TRANSLATE_NOOP("Errors", "No contestant named {name}; the contestants are "
                                                                "{names}."),
                                    name=repr(name), names=", ".join(self.models))
        del self.models[name]
        del self._tracks[name]

    def set_hyperparameters(self, contestant: str, /, **values) -> None:
        """Change any hyper-parameter of a contestant's optimizer (validated, e.g. ``momentum=0.9``); its state
        (momentum buffer, moments, step count) carries over, a slot it did not have starts at zero (a momentum
        buffer then begins as the next gradient, as in PyTorch). Takes effect at the next step."""
        model = self.models[contestant]
        old = model.optimizer
        if str(values.get("name", old.name)).lower() != old.name:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{contestant} races with {name}; to race another "
                                                                "optimizer, add a contestant."),
                                    contestant=repr(contestant), name=old.name)
        model.optimizer = old.retuned([model.flat_parameters], **values)

    def reset(self) -> None:
        """Back to the start: every contestant gets the template's weights and random state again and an
        optimizer with its current settings but no state; the race's step count and fingerprints restart.
        The contestants stay the same objects (a view holding ``race.models[name]`` keeps showing it)."""
        self._require_idle(Text("Errors", QT_TRANSLATE_NOOP("Errors", "restart the race")))
        for name, model in self.models.items():
            model.set_weights(self._template.get_weights())
            model.rng = copy.deepcopy(self._template.rng)
            model.steps = 0
            model.compile(optimizer=fresh_optimizer(model.optimizer), loss=self._template.loss,
                          metrics=list(self._template.metrics))
            self._tracks[name] = _Track()
        self.steps = 0
        self._digest = hashlib.blake2b(digest_size=6)

    def _require_idle(self, what: Text) -> None:
        if self._running:
            raise TranslatableRuntimeError(QT_TRANSLATE_NOOP("Errors", "Cannot {what} while the race runs: stop the "
                                                                       "run (close its generator) first."), what=what)

    # -- fairness ------------------------------------------------------------------------------------------------------
    @property
    def batches_fingerprint(self) -> str:
        """A digest of every batch (its row indices, in order) fed to the contestants so far."""
        return self._digest.hexdigest()

    def stream(self, n: int, batch_size: int) -> BatchStream:
        """The race's batch stream over ``n`` samples: the batches a run feeds (step k: epoch k // batches,
        batch k % batches), e.g. to replay the race in PyTorch."""
        return BatchStream(n, batch_size, seed=self.seed)

    # -- racing --------------------------------------------------------------------------------------------------------
    def run(self, x, y, batch_size: int = 32, steps: int | None = None, batches: Iterable | None = None,
            validation_data=None, validation_every: int | None = None, step_sizes: bool = True
            ) -> Iterator[RaceRecord]:
        """Race ``steps`` more steps (None: until every contestant has diverged or the caller stops iterating),
        continuing where the last run stopped; yields a :class:`RaceRecord` after every step.

        ``batches``: an iterable of integer row-index arrays used instead of the race's stream (the run ends
        when it does). ``validation_data`` = (x_val, y_val) is evaluated every ``validation_every`` steps
        (default: once per epoch, ceil(n / batch_size) steps). ``step_sizes=False`` skips the effective step
        sizes (their cost is a few small NumPy calls per contestant and step).
        """
        if not self.models:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The race has no contestants: add at least one "
                                                                "(race.add(name, optimizer))."))
        if steps is not None and (isinstance(steps, bool) or not isinstance(steps, (int, np.integer))
                                  or steps < 0):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "steps must be a whole number >= 0 or None (got "
                                                                "{steps})."), steps=repr(steps))
        template = self._template
        xs, ys = template.prepare(x, y)
        n = len(xs)
        if n == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The training set is empty."))
        if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "batch_size must be a whole number >= 1 (got "
                                                                "{batch_size})."), batch_size=repr(batch_size))
        val = None
        if validation_data is not None:
            if len(validation_data) != 2:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "validation_data must be a pair (x_val, y_val)."))
            val = template.prepare(*validation_data)
        per_epoch = math.ceil(n / min(int(batch_size), n))
        # the copies were checked with batches of 1 when added: their batches' buffers are known now
        _check_memory(template, [m.optimizer for m in self.models.values()], min(int(batch_size), n))
        every = per_epoch if validation_every is None else int(validation_every)
        if every < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "validation_every must be a whole number >= 1 (got "
                                                                "{validation_every})."),
                                    validation_every=repr(validation_every))
        stream = self.stream(n, int(batch_size)) if batches is None else None
        given = None if batches is None else iter(batches)
        self._window = per_epoch
        return self._run(xs, ys, n, stream, given, steps, val, every, step_sizes)

    def _run(self, xs, ys, n, stream, given, steps, val, every, with_step_sizes):
        if self._running:
            raise TranslatableRuntimeError(QT_TRANSLATE_NOOP("Errors", "The race is already running: one run at a "
                                                                       "time (close the other generator)."))
        self._running = True
        try:
            layer_starts = {name: _layer_starts(model) for name, model in self.models.items()}
            with_accuracy = "accuracy" in self._template.metrics
            taken = 0
            while steps is None or taken < steps:
                if all(track.diverged_at is not None for track in self._tracks.values()):
                    return
                if stream is not None:
                    epoch, batch = divmod(self.steps, stream.batches)
                    idx = stream.batch(epoch, batch)
                else:
                    epoch = batch = None
                    idx = next(given, None)
                    if idx is None:
                        return
                    idx = _check_indices(idx, n)
                xb, yb = self._template._gather(xs, ys, idx)
                if taken == 0 and any(_fused.would_use(model, len(xb)) for model in self.models.values()):
                    _fused.warm_up()  # (untimed: compiling must not count as the first contestant's seconds)
                self.steps += 1
                self._digest.update(np.ascontiguousarray(idx, dtype=np.int64).tobytes())
                validate = val is not None and self.steps % every == 0
                entries = []
                for name, model in self.models.items():
                    track = self._tracks[name]
                    if track.stopped_entry is not None:
                        entries.append(track.stopped_entry)
                        continue
                    entries.append(self._step(name, model, track, xb, yb, with_accuracy, val if validate else None,
                                              layer_starts[name] if with_step_sizes else None))
                taken += 1
                yield RaceRecord(self.steps, epoch, batch, len(idx), self._digest.hexdigest(), tuple(entries))
        finally:
            self._running = False

    def _step(self, name, model, track, xb, yb, with_accuracy, val, layer_starts) -> ContestantStep:
        """One training step of one contestant, timed, checked for divergence."""
        t0 = time.perf_counter()
        loss = model.train_step(xb, yb)
        accuracy = model._step_accuracy(yb) if with_accuracy else None
        track.total_seconds += time.perf_counter() - t0
        if not track.losses:
            track.start_loss = loss
        track.add(loss, math.nan if accuracy is None else accuracy, len(xb), track.total_seconds)
        sizes = () if layer_starts is None else _step_sizes(model, layer_starts)
        start = track.start_loss
        diverged = not math.isfinite(loss) or (start is not None and start > 0
                                               and loss > self._divergence_factor * start)
        val_loss = val_accuracy = None
        if val is not None and not diverged:
            val_loss, val_accuracy = model._evaluate(*val)
        if diverged:
            track.diverged_at = self.steps
            track.stopped_entry = ContestantStep(name, None, None, track.total_seconds, (), self.steps)
        return ContestantStep(name, loss, accuracy, track.total_seconds, sizes, track.diverged_at, val_loss,
                              val_accuracy)

    # -- results -------------------------------------------------------------------------------------------------------
    def evaluate(self, x, y) -> dict[str, tuple[float, float | None]]:
        """name -> (loss, accuracy or None) of every contestant on (x, y), as it predicts (Dropout off)."""
        xs, ys = self._template.prepare(x, y)
        if len(xs) == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Cannot evaluate on an empty data set."))
        return {name: model._evaluate(xs, ys) for name, model in self.models.items()}

    def standings(self, target_loss: float | None = None) -> list[Standing]:
        """The results table, one :class:`Standing` per contestant in the order they were added."""
        rows = []
        for name, model in self.models.items():
            track = self._tracks[name]
            steps = len(track.losses)
            if not steps:
                rows.append(Standing(name, model.optimizer.get_config(), 0, 0.0, None, None, None, None, None,
                                     None))
                continue
            window = min(self._window, steps)
            losses = track.epoch_means(window)
            accuracy = None
            if "accuracy" in self._template.metrics:
                accuracy = track.mean_accuracy(window)
            to_target = seconds_to_target = None
            if target_loss is not None:
                to_target = track.first_at_or_below(float(target_loss), window)   # losses[i]: after i steps
                if to_target is not None:
                    seconds_to_target = track.seconds[to_target - 1] if to_target else 0.0
            rows.append(Standing(name, model.optimizer.get_config(), steps, track.total_seconds, losses[-1],
                                 accuracy, track.best(window), to_target, seconds_to_target, track.diverged_at))
        return rows


# -- helpers -----------------------------------------------------------------------------------------------------------
def _copy_model(model):
    """A deep copy of a Sequential without its optimizer and history (the copy gets its own optimizer)."""
    memo = {id(model.optimizer): None, id(model.history): None}
    clone = copy.deepcopy(model, memo)
    clone.optimizer = None
    clone.history = None
    clone.steps = 0
    return clone


def _layer_starts(model) -> np.ndarray:
    """Where each Dense layer's W begins in the flat parameter array (its W, b and padding follow)."""
    return np.array(model.parameter_offsets[0::2], dtype=np.intp)


def _step_sizes(model, starts) -> tuple[float, ...]:
    """Per Dense layer ‖update‖ / ‖gradient‖ of the last step, from the optimizer's update buffer."""
    updates = getattr(model.optimizer, "updates", None)
    flat_grads = model.flat_gradients
    if not updates or updates[0].shape != flat_grads.shape:
        return (math.nan,) * len(starts)
    u, g = updates[0], flat_grads
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        ratio = np.sqrt(np.add.reduceat(u * u, starts, dtype=np.float64)
                        / np.add.reduceat(g * g, starts, dtype=np.float64))
    return tuple(ratio.tolist())


def _check_indices(idx, n: int) -> np.ndarray:
    idx = np.asarray(idx)
    if idx.ndim != 1 or len(idx) == 0 or idx.dtype.kind not in "iu":
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Each batch must be a non-empty 1-D array of integer "
                                                            "row indices (got shape {shape}, dtype {dtype})."),
                                shape=idx.shape, dtype=idx.dtype)
    if idx.min() < 0 or idx.max() >= n:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Batch row indices must lie in 0..{number} (got "
                                                            "{low}..{high})."), number=n - 1, low=idx.min(),
                                high=idx.max())
    return idx.astype(np.int64, copy=False)


# -- contestants from text and presets ---------------------------------------------------------------------------------
def parse_contestant(text: str) -> dict:
    """An optimizer config from ``"sgd:lr=0.1,momentum=0.9"`` (``betas=0.9/0.999``, ``nesterov=true``); the
    settings are checked by the optimizer itself, and its complaints are said again in this syntax (the command
    line's ``--contestant``): ``betas=0.9/0.999``, not Python's ``betas=(b1, b2)``."""
    head, _, rest = str(text).strip().partition(":")
    config: dict = {"name": head.strip().lower()}
    typed: dict[str, str] = {}      # each setting's value as written
    for part in filter(None, (p.strip() for p in rest.split(","))):
        key, eq, value = part.partition("=")
        if not eq or not key.strip():
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: write settings as name=value separated by "
                                                                "commas, e.g. sgd:lr=0.1,momentum=0.9"),
                                    text=repr(text))
        config[key.strip()] = _setting(value.strip(), text)
        typed[key.strip()] = value.strip()
    try:
        _optimizers.get(config)     # unknown names and bad values fail here, with the optimizer's message
    except (ValueError, TypeError) as exc:
        if not isinstance(exc, Translatable):
            raise
        raise _as_typed(exc, repr(text), config["name"], typed) from None
    return config


def _setting(value: str, text: str):
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    try:
        if "/" in value:
            return tuple(float(v) for v in value.split("/"))
        return float(value)
    except ValueError:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {value} is not a number (write e.g. lr=0.01, "
                                                            "betas=0.9/0.999, nesterov=true)"),
                                text=repr(text), value=repr(value)) from None


# Keras' names of settings that a contestant spells as PyTorch does: what to write instead
_INSTEAD = {"beta_1": "betas=0.9/0.999", "beta_2": "betas=0.9/0.999", "epsilon": "eps=1e-08", "rho": "alpha=0.99"}
_CLIPPING = ("clipnorm", "clipvalue", "global_clipnorm")


def _as_typed(exc, text: str, optimizer: str, typed: dict) -> Translatable:
    """The optimizer's complaint about a contestant ``text`` in the syntax it was written in."""
    if exc.template == _optimizers.BAD_CONFIG and isinstance(exc.arguments["reason"], Translatable):
        exc = exc.arguments["reason"]      # a setting the optimizer does not have
    args = exc.arguments
    if exc.template == _optimizers.UNKNOWN:
        return exc                          # names what was typed already
    if isinstance(exc, _optimizers.ArgumentNameError):
        name = args["name"]
        if name in _INSTEAD:
            return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: write {instead} instead of {name}=... "
                                                                 "(the settings have PyTorch's names)"),
                                     text=text, instead=_INSTEAD[name], name=name)
        if name in _CLIPPING:
            return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {optimizer} has no setting {name} "
                                                                 "(gradient clipping is not supported)"),
                                     text=text, optimizer=optimizer, name=name)
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {optimizer} has no setting {name}; its "
                                                             "settings are {settings}"),
                                 text=text, optimizer=optimizer, name=name, settings=args["settings"])
    if exc.template == _optimizers.NOT_A_PAIR:
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: betas takes two numbers separated by a "
                                                             "slash, e.g. betas=0.9/0.999 (got betas={value})"),
                                 text=text, value=typed["betas"])
    if args.get("name") in ("betas[0]", "betas[1]"):
        template = (QT_TRANSLATE_NOOP("Errors", "{text}: in betas=B1/B2, B1 must be in [0, 1) (got {value})")
                    if args["name"] == "betas[0]" else
                    QT_TRANSLATE_NOOP("Errors", "{text}: in betas=B1/B2, B2 must be in [0, 1) (got {value})"))
        return TranslatableError(template, text=text, value=typed["betas"].split("/")[int(args["name"][-2])])
    if exc.template == _optimizers.NOT_A_NUMBER:
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {name} takes one number, e.g. {name}=0.1 "
                                                             "(got {name}={value})"),
                                 text=text, name=args["name"], value=typed.get(args["name"], args["value"]))
    if exc.template == _optimizers.NOT_A_FLAG:
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {name} is true or false, e.g. {name}=true "
                                                             "(got {name}={value})"),
                                 text=text, name=args["name"], value=typed.get(args["name"], args["value"]))
    if exc.template == _optimizers.NESTEROV:
        return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: nesterov=true needs momentum above 0 and "
                                                             "dampening=0, e.g. sgd:lr=0.1,momentum=0.9,nesterov=true"),
                                 text=text)
    return TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text}: {reason}"), text=text, reason=exc)


def lecture_five() -> dict[str, dict]:
    """The lecture's optimizers: SGD, momentum, Adagrad, RMSprop, Adam (rates that train a small net)."""
    return {QT_TRANSLATE_NOOP("Race", "SGD"): {"name": "sgd", "lr": 0.1},
            QT_TRANSLATE_NOOP("Race", "Momentum"): {"name": "sgd", "lr": 0.1, "momentum": 0.9},
            QT_TRANSLATE_NOOP("Race", "Adagrad"): {"name": "adagrad", "lr": 0.1},
            QT_TRANSLATE_NOOP("Race", "RMSprop"): {"name": "rmsprop", "lr": 0.01},
            QT_TRANSLATE_NOOP("Race", "Adam"): {"name": "adam", "lr": 0.01}}


def learning_rates(optimizer: str = "sgd", rates=(0.001, 0.01, 0.1, 1.0)) -> dict[str, dict]:
    """One optimizer at several learning rates (too small, right, too large), named by the optimizer's title and
    the rate ("SGD η=0.001": the same in every language)."""
    name = _optimizers.OPTIMIZER_TITLES.get(optimizer, optimizer)
    return {f"{name} η={rate:g}": {"name": optimizer, "lr": float(rate)} for rate in rates}


def adam_vs_sgd(lr: float = 0.01) -> dict[str, dict]:
    """Adam and plain SGD at the same learning rate."""
    return {QT_TRANSLATE_NOOP("Race", "SGD"): {"name": "sgd", "lr": float(lr)},
            QT_TRANSLATE_NOOP("Race", "Adam"): {"name": "adam", "lr": float(lr)}}


# preset name -> (title, maker); titles are shown with QCoreApplication.translate("Race", title)
PRESETS = {"lecture": (QT_TRANSLATE_NOOP("Race", "The lecture's five"), lecture_five),
           "learning_rates": (QT_TRANSLATE_NOOP("Race", "Learning rates"), learning_rates),
           "adam_vs_sgd": (QT_TRANSLATE_NOOP("Race", "Adam vs SGD at the same rate"), adam_vs_sgd)}
