"""Many seeds at once: every contestant trained from many initial weights, stacked into one computation.

    sweep = seed_sweep(model, {"sgd": {"name": "sgd", "lr": 0.5}, "adam": "adam"}, x, y, seeds=range(20),
                       steps=2000)
    sweep["adam"].losses            # (20, 2000): the loss of every step for every seed
    sweep["adam"].summary(target_loss=0.05)

Seed ``s`` means the template's architecture with the weights ``Sequential(..., seed=s)`` draws (and its
dropout masks, from the same Generator), trained on the full batch (``batch_size=None``) or on the batches of
``BatchStream(n, batch_size, seed=s)``, the stream of a race with seed ``s``. The losses are those
``train_on_batch`` reports: the batch loss before each step, regularization included.

How it is fast: one model per (contestant, seed) would take thousands of tiny NumPy calls per step. Here the
weights of all C contestants × S seeds live in one array of shape (C, S, P), and each layer's W is a view of
shape (C, S, inputs, units) into it, so one forward and one backward pass are a handful of batched matrix
products (``np.matmul`` over the leading axes) for every model at once. Every update rule is elementwise
(momentum, Adagrad's sum, Adam's moments, AdamW's decay: all per weight, no norms), so each contestant's own
optimizer — the same classes, one instance per contestant — steps its (S, P) block in one call, exactly as it
steps one model's flat parameter array. The results equal one-by-one training up to rounding: batched products
and sums add in another order.
"""
from __future__ import annotations

import copy
import math
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np

from nnstudio.engine import losses as _losses
from nnstudio.engine import optimizers as _optimizers
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.memory import check_copies
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, TranslatableTypeError

__all__ = ["DEFAULT_RATES", "DEFAULT_TUNE_STEPS", "SeedSweep", "StepsToTarget", "SweepRun", "SweepSummary", "Tuning",
           "fresh_optimizer", "rebuild", "seed_sweep", "seed_sweep_iter", "tune_learning_rates", "tuning_score",
           "tunings_from_sweep"]

DIVERGENCE_FACTOR = 1e3   # a loss above this many times its starting loss counts as diverged (as in a race)
DEFAULT_RATES = tuple(float(r) for r in np.logspace(-3, 0, 7))   # 1e-3 ... 1, half a decade apart
DEFAULT_TUNE_STEPS = 2000   # a tried rate's run: as long as a race's default length (see tuning_score)


def rebuild(model, seed: int | None = None, dtype: str | None = None, optimizer="sgd"):
    """The architecture of ``model`` with the weights ``Sequential(<its layers>, seed=seed)`` draws, compiled
    with the model's loss and metrics and ``optimizer``. ``seed``/``dtype`` None: the model's own."""
    from nnstudio.engine.model import Sequential

    if not model.built:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The template network does not know its input size yet: "
                                                            "give its first Dense layer input_dim=..., or build it "
                                                            "with model.build(features)."))
    if model.loss is None:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Compile the template network first "
                                                            "(model.compile(optimizer=..., loss=...)): its loss and "
                                                            "metrics are every copy's."))
    layers, first = [], True
    for layer in model.layers:
        if isinstance(layer, Dense):
            layers.append(Dense(layer.units, input_dim=layer.input_dim if first else None,
                                activation=copy.deepcopy(layer.activation_fn),
                                kernel_initializer=copy.deepcopy(layer.kernel_initializer),
                                bias_initializer=copy.deepcopy(layer.bias_initializer),
                                kernel_regularizer=copy.deepcopy(layer.kernel_regularizer), name=layer.name))
            first = False
        else:
            layers.append(Dropout(layer.rate, name=layer.name))
    net = Sequential(layers, seed=model.seed if seed is None else seed,
                     dtype=str(model.dtype) if dtype is None else dtype)
    net.compile(optimizer=optimizer, loss=model.loss_name, metrics=list(model.metrics))
    return net


# -- results -----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StepsToTarget:
    """How many of the seeds reached a target, and after how many optimizer steps (None: nobody did)."""

    reached: int
    seeds: int
    share: float                 # reached / seeds
    median: float | None
    q25: float | None            # the interquartile range of the steps needed, over the seeds that reached it
    q75: float | None
    fastest: int | None
    slowest: int | None


@dataclass(frozen=True)
class SweepSummary:
    """One contestant over all seeds: ``loss`` for a target loss (None without one), ``accuracy`` for 100 %
    accuracy (None without the accuracy metric), how many seeds diverged, the median final loss."""

    name: str
    loss: StepsToTarget | None
    accuracy: StepsToTarget | None
    diverged: int
    median_final_loss: float


@dataclass(frozen=True, eq=False)
class SweepRun:
    """One contestant's runs: ``losses`` (seeds, steps) float64, ``accuracies`` likewise or None.

    ``window`` is the number of batches in an epoch (1 for full batch): targets are judged on the loss and
    accuracy averaged over the last epoch's batches (the epoch loss Keras shows), so that one lucky mini-batch
    does not count as reaching them. ``diverged_at`` (seeds,): the step whose loss was NaN/inf or above 1000×
    the start, -1 where none was.
    """

    name: str
    config: dict
    seeds: tuple[int, ...]
    losses: np.ndarray
    accuracies: np.ndarray | None
    batch_sizes: np.ndarray     # (steps,) samples in each step's batch (the last batch of an epoch is smaller)
    window: int
    diverged_at: np.ndarray

    def smoothed_losses(self) -> np.ndarray:
        """(seeds, steps): each step's loss averaged with the batches before it over one epoch."""
        return _moving_mean(self.losses, self.batch_sizes, self.window)

    def smoothed_accuracies(self) -> np.ndarray | None:
        return None if self.accuracies is None else _moving_mean(self.accuracies, self.batch_sizes, self.window)

    def steps_to_loss(self, target: float) -> np.ndarray:
        """(seeds,) int: optimizer steps taken when the epoch loss first was <= ``target``; -1: never."""
        return _first_step(self.smoothed_losses() <= float(target), self.window)

    def steps_to_accuracy(self, target: float = 1.0) -> np.ndarray:
        """(seeds,) int: optimizer steps taken when the epoch accuracy first was >= ``target``; -1: never."""
        if self.accuracies is None:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "This network has no accuracy metric (a "
                                                                "regression): use a target loss instead."))
        # the accuracies are ratios of counts: 1.0 comes out exactly, the epoch mean up to rounding
        return _first_step(self.smoothed_accuracies() >= float(target) - 1e-12, self.window)

    def final_losses(self) -> np.ndarray:
        """(seeds,): the epoch loss at the last step (NaN for a diverged seed)."""
        final = self.smoothed_losses()[:, -1].copy()
        final[self.diverged_at >= 0] = np.nan
        return final

    def quantiles(self, q=(0.25, 0.5, 0.75)) -> np.ndarray:
        """(len(q), steps): quantiles of the epoch loss over the seeds at every step (median curve and
        interquartile band); a diverged seed counts as an infinite loss, so the band shows it."""
        losses = self.smoothed_losses()
        ordered = np.sort(np.where(np.isfinite(losses), losses, np.inf), axis=0)
        # np.quantile's linear interpolation, written out: it would turn inf · 0 into NaN
        pos = np.asarray(q, dtype=np.float64) * (len(ordered) - 1)
        lo, hi = np.floor(pos).astype(np.intp), np.ceil(pos).astype(np.intp)
        frac = (pos - lo)[:, None]
        low, high = ordered[lo], ordered[hi]
        with np.errstate(invalid="ignore"):
            bands = np.where(frac == 0, low, low + (high - low) * frac)
        bands[np.isinf(low)] = np.inf
        return bands

    def summary(self, target_loss: float | None = None, target_accuracy: float = 1.0) -> SweepSummary:
        loss = None if target_loss is None else _steps_summary(self.steps_to_loss(target_loss))
        accuracy = None if self.accuracies is None else _steps_summary(self.steps_to_accuracy(target_accuracy))
        final = self.final_losses()
        median = float(np.median(np.where(np.isnan(final), np.inf, final)))
        return SweepSummary(self.name, loss, accuracy, int(np.count_nonzero(self.diverged_at >= 0)), median)


class SeedSweep(Mapping):
    """The result of :func:`seed_sweep`: contestant name -> :class:`SweepRun`, plus what was run."""

    def __init__(self, runs: dict[str, SweepRun], seeds, steps: int, batch_size: int | None, seconds: float):
        self._runs = runs
        self.seeds = tuple(seeds)
        self.steps = steps
        self.batch_size = batch_size
        self.seconds = seconds       # wall time of the stacked training

    def __getitem__(self, name: str) -> SweepRun:
        return self._runs[name]

    def __iter__(self):
        return iter(self._runs)

    def __len__(self) -> int:
        return len(self._runs)

    def summaries(self, target_loss: float | None = None) -> list[SweepSummary]:
        return [run.summary(target_loss) for run in self._runs.values()]


def _moving_mean(values: np.ndarray, sizes: np.ndarray, window: int) -> np.ndarray:
    """Mean of the last ``window`` steps weighted by batch size (fewer at the start), along the last axis."""
    if window == 1:
        return values
    weighted = np.cumsum(values * sizes, axis=-1)
    total = np.cumsum(sizes.astype(np.float64))
    weighted[..., window:] -= weighted[..., :-window].copy()
    total[window:] -= total[:-window].copy()
    return weighted / total


def _first_step(hit: np.ndarray, window: int) -> np.ndarray:
    """Index of the first True per row (-1 if none); with a window, only once a whole epoch is in it."""
    if window > 1:
        hit = hit.copy()
        hit[:, :window - 1] = False
    first = np.argmax(hit, axis=1)
    return np.where(hit.any(axis=1), first, -1)


def _steps_summary(steps: np.ndarray) -> StepsToTarget:
    reached = steps[steps >= 0]
    if not len(reached):
        return StepsToTarget(0, len(steps), 0.0, None, None, None, None, None)
    q25, median, q75 = (float(v) for v in np.quantile(reached, (0.25, 0.5, 0.75)))
    return StepsToTarget(len(reached), len(steps), len(reached) / len(steps), median, q25, q75,
                         int(reached.min()), int(reached.max()))


# -- the sweep ---------------------------------------------------------------------------------------------------------
def seed_sweep(model, optimizers, x, y, seeds, steps: int, batch_size: int | None = None) -> SeedSweep:
    """Train every contestant of ``optimizers`` (name -> optimizer name, config dict or instance) from every
    seed for ``steps`` steps; see the module docstring. ``model`` is the template (architecture and loss)."""
    *_, sweep = seed_sweep_iter(model, optimizers, x, y, seeds, steps, batch_size, chunk=steps)
    return sweep


def seed_sweep_iter(model, optimizers, x, y, seeds, steps: int, batch_size: int | None = None,
                    chunk: int = 100, own_weights: bool = False) -> Iterator[SeedSweep]:
    """:func:`seed_sweep` in chunks, for a worker thread that checks its flags in between: yields the sweep so
    far (every run's first ``chunk``, 2 ``chunk``, ... steps; copies, safe to hand to another thread) until all
    ``steps`` are done. The last one yielded is the whole sweep. ``own_weights``: every run starts from ``model``'s
    weights as they are (a seed then only orders the batches and draws the dropout masks)."""
    named = _contestants(optimizers)
    seeds = _seeds(seeds)
    training = _StackedTraining(model, [opt for _, opt in named], x, y, seeds, steps, batch_size, own_weights)
    if isinstance(chunk, bool) or not isinstance(chunk, (int, np.integer)) or chunk < 1:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "chunk must be a whole number >= 1, got {chunk}."),
                                chunk=repr(chunk))

    def chunks():
        seconds = 0.0
        while training.done < steps:
            t0 = time.perf_counter()
            training.advance(chunk)
            seconds += time.perf_counter() - t0
            t = training.done
            runs = {}
            for c, (name, opt) in enumerate(named):
                losses = training.losses[c, :, :t].copy()
                accuracies = None if training.accuracies is None else training.accuracies[c, :, :t].copy()
                runs[name] = SweepRun(name, _config(opt), seeds, losses, accuracies, training.sizes[:t].copy(),
                                      training.window, _diverged_at(losses))
            yield SeedSweep(runs, seeds, t, batch_size, seconds)
    return chunks()


@dataclass(frozen=True)
class Tuning:
    """One contestant's learning-rate sweep: every rate got the same steps and seeds (the same budget).

    ``scores`` (rates,): each rate's :func:`tuning_score` (inf where a run diverged); ``best_rate`` the rate with
    the lowest score (the first of equals)."""

    name: str
    rates: tuple[float, ...]
    scores: tuple[float, ...]
    best_rate: float
    steps: int
    seeds: tuple[int, ...]


def tuning_score(run: SweepRun) -> float:
    """How well a tried learning rate did (lower is better): the median over the seeds of the epoch loss at the
    end of the run (``SweepRun.final_losses``: the loss averaged over its last epoch's batches), inf where a run
    diverged — the loss a race's table shows (Loss; Median loss over many seeds).

    The same measure as the table, not another one: the tuning runs from the race's own start on its own batches,
    so a race at a tried rate ends where that rate's run ended, and the rate tuned is the one whose race ends
    lowest. (An average over the run's last tenth picked, on the moons with 16-16 tanh units and batches of 8,
    SGD at 0.1 — ending at 0.051 — over 0.316, whose race ends at 0.046: its loss was still falling then.) The
    epoch loss is already averaged over an epoch of batches, so one lucky batch does not decide it. The rule is
    the same for every contestant and every rate. It judges the run it is given: a run shorter than the race can
    prefer a rate that is only best early (on the spirals every rate is still on the loss plateau at 200 steps, and
    momentum's best rate there, 0.00316, ends a 2,000-step race at a loss of 0.67 where 0.1 ends at 0.04), so the
    tuning runs as long as the race by default."""
    final = run.final_losses()
    return float(np.median(np.where(np.isfinite(final), final, np.inf)))


def tunings_from_sweep(sweep: SeedSweep, trials: Mapping[str, list[str]], rates) -> dict[str, Tuning]:
    """Each contestant's :class:`Tuning` from a sweep of its trials: ``trials`` maps a contestant's name to the
    sweep's names of its runs, one per rate of ``rates``, in that order."""
    tunings = {}
    for name, runs in trials.items():
        scores = tuple(tuning_score(sweep[run]) for run in runs)
        best = rates[int(np.argmin(scores))]
        tunings[name] = Tuning(name, tuple(rates), scores, best, sweep.steps, tuple(sweep.seeds))
    return tunings


def tune_learning_rates(model, optimizers, x, y, rates=DEFAULT_RATES, steps: int = DEFAULT_TUNE_STEPS,
                        batch_size: int | None = None, seeds=(0,), own_weights: bool = False) -> dict[str, Tuning]:
    """A run of every contestant at every learning rate of ``rates`` (default: 7 on a log grid, 1e-3 to 1) from
    the same seeds (``own_weights``: from ``model``'s weights, as :func:`seed_sweep_iter`), each ``steps`` steps;
    returns each contestant's :class:`Tuning`, its best rate by :func:`tuning_score`. The "each tuned" race: give
    every contestant the same budget, then race them at their best rates; give ``steps`` the race's length, so
    that the rate chosen is the one that does best over the race."""
    named = _contestants(optimizers)
    rates = tuple(float(r) for r in rates)
    if not rates or not all(r > 0 and math.isfinite(r) for r in rates):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Learning rates to try must be numbers > 0, got {rates}."),
                                rates=repr(rates))
    trials, runs = {}, {}
    for c, (name, opt) in enumerate(named):
        runs[name] = []
        for r, rate in enumerate(rates):
            trial = fresh_optimizer(opt)
            trial.lr = rate
            trials[f"{c}@{r}"] = trial          # (the contestants' own names may hold an @)
            runs[name].append(f"{c}@{r}")
    *_, sweep = seed_sweep_iter(model, trials, x, y, seeds, steps, batch_size, chunk=steps, own_weights=own_weights)
    return tunings_from_sweep(sweep, runs, rates)


def _contestants(optimizers) -> list[tuple[str, object]]:
    if not isinstance(optimizers, Mapping) or not optimizers:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Give the contestants as a mapping name -> optimizer (a "
                                                            "name, a config dict or an optimizer), e.g. {{'sgd': "
                                                            "{{'name': 'sgd', 'lr': 0.1}}, 'adam': 'adam'}}."))
    return [(str(name), fresh_optimizer(opt)) for name, opt in optimizers.items()]


def fresh_optimizer(optimizer):
    """A new optimizer with the settings of ``optimizer`` (a name, config dict or instance) and no state: an
    instance given to two contestants must not share its moments, and the caller's is never stepped."""
    if isinstance(optimizer, (str, dict)):
        return _optimizers.get(optimizer)
    if not hasattr(optimizer, "step"):
        raise TranslatableTypeError(QT_TRANSLATE_NOOP("Errors", "An optimizer is a name, a config dict or an "
                                                                "Optimizer, got {kind}."),
                                    kind=type(optimizer).__name__)
    fresh = copy.deepcopy(optimizer)
    if hasattr(fresh, "reset"):
        fresh.reset()
    return fresh


def _config(opt) -> dict:
    return opt.get_config() if hasattr(opt, "get_config") else {"name": getattr(opt, "name", type(opt).__name__)}


def _seeds(seeds) -> tuple[int, ...]:
    try:
        seeds = tuple(int(s) for s in seeds)
    except (TypeError, ValueError):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "seeds must be a list of whole numbers >= 0, e.g. "
                                                            "range(20); got {seeds}."), seeds=repr(seeds)) from None
    if not seeds or min(seeds) < 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "seeds must be a non-empty list of whole numbers >= 0, "
                                                            "got {seeds}."), seeds=repr(seeds))
    return seeds


def _diverged_at(losses: np.ndarray) -> np.ndarray:
    """(seeds,): first step with a loss NaN/inf or above DIVERGENCE_FACTOR × the first loss; -1: none."""
    with np.errstate(invalid="ignore", over="ignore"):
        start = losses[:, :1]
        bad = ~np.isfinite(losses) | ((start > 0) & (losses > DIVERGENCE_FACTOR * start))
    return _first_step(bad, 1)


class _StackedTraining:
    """len(optimizers) × len(seeds) models trained together, ``advance(k)`` steps at a time: ``losses`` and
    ``accuracies`` (C, S, steps) fill up as they go, ``sizes`` (steps,) the batch sizes, ``window`` the
    batches per epoch."""

    def __init__(self, model, optimizers, x, y, seeds, steps, batch_size, own_weights=False):
        if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)) or steps < 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "steps must be a whole number >= 1, got {steps}."),
                                    steps=repr(steps))
        xs, ys = model.prepare(x, y)
        n = len(xs)
        if n == 0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The training set is empty."))
        if batch_size is not None and (isinstance(batch_size, bool) or batch_size < 1
                                       or not isinstance(batch_size, (int, np.integer))):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "batch_size must be a whole number >= 1 or None "
                                                                "(full batch), got {batch_size}."),
                                    batch_size=repr(batch_size))
        # every contestant and seed trains its own copy: refused beyond the memory limit before it is allocated
        check_copies(model, [opt for opt in optimizers for _ in seeds], n if batch_size is None else min(batch_size, n),
                     model.dtype)
        self.stack = _StackedNetwork(model, seeds, len(optimizers), own_weights)
        self.optimizers = optimizers
        self.xs, self.ys = xs, self.stack.targets(ys)
        if batch_size is None or batch_size >= n:
            self.streams, self.window = None, 1
        else:
            self.streams = [BatchStream(n, int(batch_size), seed=s) for s in seeds]
            self.window = self.streams[0].batches
        C, S = len(optimizers), len(seeds)
        self.steps = int(steps)
        self.done = 0
        self.losses = np.empty((C, S, steps))
        self.accuracies = np.empty((C, S, steps)) if self.stack.with_accuracy else None
        self.sizes = np.empty(steps)

    def advance(self, k: int) -> None:
        """Train every model ``k`` more steps (at most up to ``steps``)."""
        stack, xb, yb = self.stack, self.xs, self.ys
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
            for t in range(self.done, min(self.done + k, self.steps)):
                if self.streams is not None:
                    epoch, batch = divmod(t, self.window)
                    idx = np.stack([stream.batch(epoch, batch) for stream in self.streams])   # (S, b)
                    xb, yb = self.xs[idx], self.ys[idx]                                         # (S, b, d), (S, b, k)
                self.sizes[t] = xb.shape[-2]
                self.losses[:, :, t] = stack.forward_backward(xb, yb)
                if self.accuracies is not None:
                    self.accuracies[:, :, t] = stack.accuracy(yb)
                for c, opt in enumerate(self.optimizers):
                    opt.step([stack.params[c]], [stack.grads[c]])
                self.done = t + 1


class _StackedNetwork:
    """C × S copies of one architecture: parameters (C, S, P), contestant c and seed j at [c, j].

    Every W is a view (C, S, inputs, units) and every b a view (C, S, units) into ``params``; dW and db into
    ``grads`` likewise. Seed j's weights are those ``Sequential(..., seed=seeds[j])`` draws (``own_weights``: the
    template's own, for every seed), the same for every contestant; each (c, j) has its own copy of that network's
    Generator for its dropout masks.
    """

    def __init__(self, template, seeds, contestants: int, own_weights: bool = False):
        nets = [rebuild(template, seed=s) for s in seeds]
        net = nets[0]
        self.dtype = net.dtype
        self.loss = net.loss
        self.with_accuracy = "accuracy" in net.metrics
        self.layers = net.layers                     # for their activations, regularizers and rates
        C, S = contestants, len(seeds)
        # [W1, b1, W2, b2, ...] per seed
        weights = [template.get_weights()] * len(nets) if own_weights else [n.get_weights() for n in nets]
        shapes = [w.shape for w in weights[0]]
        offsets = np.concatenate([[0], np.cumsum([math.prod(s) for s in shapes])])
        self.params = np.empty((C, S, int(offsets[-1])), self.dtype)
        self.grads = np.zeros_like(self.params)
        views = [[], []]
        for k, shape in enumerate(shapes):
            for j, seed_weights in enumerate(weights):
                self.params[:, j, offsets[k]:offsets[k + 1]] = seed_weights[k].reshape(-1)
            for which, array in enumerate((self.params, self.grads)):
                # splitting the contiguous last axis never copies: training writes through these views
                views[which].append(array[..., offsets[k]:offsets[k + 1]].reshape(C, S, *shape))
        self.W, self.b = views[0][0::2], views[0][1::2]
        self.dW, self.db = views[1][0::2], views[1][1::2]
        has_dropout = any(isinstance(layer, Dropout) and layer.rate > 0 for layer in self.layers)
        self.rngs = [[copy.deepcopy(n.rng) for n in nets] for _ in range(C)] if has_dropout else None
        out = net.output_layer
        self.out_activation = out.activation_fn
        name = self.loss.name
        self.fused = ((name == "binary_crossentropy" and out.activation == "sigmoid")
                      or (name in ("categorical_crossentropy", "sparse_categorical_crossentropy")
                          and out.activation == "softmax"))
        self._buffers: dict[int, dict] = {}
        self.out_a = None

    def targets(self, y: np.ndarray) -> np.ndarray:
        """Sparse integer labels become one-hot rows: the categorical formulas then give the same numbers."""
        if not self.loss.sparse:
            return y
        onehot = np.zeros((len(y), self.layers[-1].units), self.dtype)
        onehot[np.arange(len(y)), y] = 1.0
        return onehot

    def _buffers_for(self, n: int) -> dict:
        bufs = self._buffers.get(n)
        if bufs is None:
            lead = self.params.shape[:2]
            bufs = {"a": [], "z": [], "mask": [], "dx": []}
            dim = self.layers[0].input_dim
            for layer in self.layers:
                if isinstance(layer, Dense):
                    z = np.empty((*lead, n, layer.units), self.dtype)
                    bufs["z"].append(z)
                    bufs["a"].append(z if layer.activation == "linear" else np.empty_like(z))
                    bufs["dx"].append(np.empty((*lead, n, layer.input_dim), self.dtype))
                    bufs["mask"].append(None)
                else:
                    bufs["z"].append(None)
                    bufs["a"].append(np.empty((*lead, n, dim), self.dtype))
                    bufs["dx"].append(None)
                    bufs["mask"].append(np.empty((*lead, n, dim), self.dtype))
                dim = layer.output_dim
            bufs["ones"] = np.ones(n, self.dtype)
            bufs["delta"] = np.empty_like(bufs["z"][-1])
            if len(self._buffers) >= 4:      # full batches, an epoch's last batch, ...: a few sizes at most
                self._buffers.clear()
            self._buffers[n] = bufs
        return bufs

    # -- one step for every model --------------------------------------------------------------------------------------
    def forward_backward(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Losses (C, S) float64 of the batch x (n, d) or (S, n, d) before the step; leaves every model's
        gradient in ``grads``. The engine's Sequential._forward_backward, with a leading (C, S) on everything."""
        n = x.shape[-2]
        bufs = self._buffers_for(n)
        # feedforward
        inputs = []
        activation = x
        dense = 0
        for i, layer in enumerate(self.layers):
            inputs.append(activation)
            if isinstance(layer, Dense):
                z, a = bufs["z"][i], bufs["a"][i]
                np.matmul(activation, self.W[dense], out=z)
                z += self.b[dense][..., None, :]
                if layer.activation == "softmax":
                    _softmax(z, a)
                elif a is not z:
                    layer.activation_fn.forward(z, a)
                activation = a
                dense += 1
            else:
                activation = self._dropout(layer, activation, bufs["mask"][i], bufs["a"][i])
        self.out_a = activation
        z_out = bufs["z"][-1]
        cost, delta = self._loss_and_delta(z_out, activation, y, bufs["delta"])
        # backward pass
        grad = delta                                 # dC/dz of the output layer
        dense = len(self.W) - 1
        for i in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[i]
            if isinstance(layer, Dense):
                if i != len(self.layers) - 1:        # dC/da -> dC/dz = f'(z) ⊙ dC/da, in place
                    if layer.activation == "softmax":
                        _softmax_backward(bufs["a"][i], grad)
                    else:
                        layer.activation_fn.backward(bufs["a"][i], grad, grad)
                x_in = inputs[i]
                np.matmul(np.swapaxes(x_in, -1, -2), grad, out=self.dW[dense])
                np.matmul(bufs["ones"], grad, out=self.db[dense])
                if layer.kernel_regularizer is not None:
                    layer.kernel_regularizer.add_gradient(self.W[dense], self.dW[dense])
                    cost += _penalty(layer.kernel_regularizer, self.W[dense])
                if dense == 0:
                    break                            # nobody needs the input's gradient
                dx = bufs["dx"][i]
                np.matmul(grad, np.swapaxes(self.W[dense], -1, -2), out=dx)
                grad = dx
                dense -= 1
            elif bufs["mask"][i] is not None and layer.rate > 0:
                grad *= bufs["mask"][i]
        return cost

    def _dropout(self, layer, x, mask, out):
        """Inverted dropout with each model's own Generator, as Dropout.forward draws it."""
        if layer.rate == 0.0:
            np.copyto(out, x)
            return out
        for c, row in enumerate(self.rngs):
            for j, rng in enumerate(row):
                rng.random(out=mask[c, j], dtype=self.dtype)
        keep = mask >= layer.rate
        np.multiply(keep, 1.0 / (1.0 - layer.rate), out=mask)
        np.multiply(x, mask, out=out)
        return out

    def _loss_and_delta(self, z, a, y, out):
        """Per-model costs (C, S) float64 and δ = dC/dz (C, S, n, k) in ``out``: the formulas of losses.py with
        n and k taken per model (sparse labels arrive one-hot, see ``targets``)."""
        n, k = a.shape[-2], a.shape[-1]
        name = self.loss.name
        eps = _losses.EPSILON
        if self.fused and name == "binary_crossentropy":
            cost = _losses.bce_with_logits(z, y).mean(axis=(-2, -1), dtype=np.float64)
            np.subtract(a, y, out=out)
            out *= 1.0 / (n * k)
            return cost, out
        if self.fused:   # softmax + categorical cross-entropy: log a = z - logsumexp(z)
            top = a.argmax(axis=-1)[..., None]
            lse = np.take_along_axis(z, top, -1) - np.log(np.take_along_axis(a, top, -1))
            cost = np.einsum("...ij,...ij->...", y, lse - z).astype(np.float64) / n
            np.subtract(a, y, out=out)
            out *= 1.0 / n
            return cost, out
        # not fused: cost from a, dC/da, then δ = f'(z) ⊙ dC/da through the output activation
        if name == "mse":
            d = a - y
            cost = np.einsum("...ij,...ij->...", d, d).astype(np.float64) / (n * k)
            np.multiply(d, 2.0 / (n * k), out=out)
        elif name == "quadratic":
            d = a - y
            cost = 0.5 * np.einsum("...ij,...ij->...", d, d).astype(np.float64) / n
            np.multiply(d, 1.0 / n, out=out)
        elif name == "binary_crossentropy":
            p = np.clip(a, eps, 1.0 - eps)
            c = y * np.log(p) + (1.0 - y) * np.log1p(-p)
            cost = -c.mean(axis=(-2, -1), dtype=np.float64)
            np.subtract(p, y, out=out)
            out /= p * (1.0 - p)
            out *= 1.0 / (n * k)
            out[(a < eps) | (a > 1.0 - eps)] = 0.0
        elif name in ("categorical_crossentropy", "sparse_categorical_crossentropy"):
            p = np.clip(a, eps, None)
            cost = -np.sum(y * np.log(p), axis=(-2, -1), dtype=np.float64) / n
            np.divide(y, p, out=out)
            out *= -1.0 / n
            out[a < eps] = 0.0
        else:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "The seed sweep does not know the loss {name}."),
                                    name=repr(name))
        if self.out_activation.name == "softmax":
            _softmax_backward(a, out)
        else:
            self.out_activation.backward(a, out, out)
        return cost, out

    def accuracy(self, y: np.ndarray) -> np.ndarray:
        """(C, S) float64 batch accuracies of the last forward pass, as Sequential._batch_accuracy counts."""
        a = self.out_a
        n, k = a.shape[-2], a.shape[-1]
        if not self.loss.sparse and (k == 1 or self.loss.name == "binary_crossentropy"):
            return np.count_nonzero((a > 0.5) == (y > 0.5), axis=(-2, -1)) / (n * k)
        return np.count_nonzero(a.argmax(axis=-1) == y.argmax(axis=-1), axis=-1) / n


def _softmax(z, out):
    """Softmax over the last axis (Softmax.forward for any number of leading axes)."""
    np.subtract(z, z.max(axis=-1, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= (out @ np.ones(out.shape[-1], out.dtype))[..., None]
    return out


def _softmax_backward(a, grad):
    """grad <- a ⊙ (grad - Σ_k a_k grad_k) in place (Softmax.backward for any number of leading axes)."""
    s = np.einsum("...ij,...ij->...i", a, grad)[..., None]
    grad -= s
    grad *= a
    return grad


def _penalty(regularizer, W) -> np.ndarray:
    """(C, S) float64: l1 Σ|W| + l2 Σ W² of every model (L1L2.__call__ per model)."""
    penalty = np.zeros(W.shape[:2])
    if regularizer.l1:
        penalty += regularizer.l1 * np.abs(W).sum(axis=(-2, -1), dtype=np.float64)
    if regularizer.l2:
        penalty += regularizer.l2 * np.einsum("...ij,...ij->...", W, W).astype(np.float64)
    return penalty
