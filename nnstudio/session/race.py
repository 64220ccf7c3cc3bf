"""RaceSession: the optimizer race as the learner set it up, and its training. No Qt.

It holds the *template* (a network, its initial weights, the data, the batch size and the seed — taken from the
studio with ``RaceTemplate.from_studio(session)`` or set up here), the *contestants* (a name, an optimizer
config by torch's names, a colour index, shown or hidden), the *mode* and the race's settings. Three modes:

- ``"network"``: every contestant trains its own copy of the template in lockstep on the same batches (the
  engine's :class:`~nnstudio.engine.race.Race`);
- ``"seeds"``: every contestant from many initial weights at once (``seed_sweep_iter``): median curves, the
  interquartile band, the share of seeds that reach the target and the steps they need;
- ``"surface"``: every contestant descends a loss surface of two parameters (``surfaces.descent``), computed
  at once whenever something changes; the GUI animates the paths.

"Same learning rate" races the contestants as set; "each tuned" first gives every contestant the same budget —
``DEFAULT_RATES`` learning rates × ``tune_steps`` steps (by default as long as the race: linked to its length) — and
races each at its best rate, the one whose epoch loss at the end of its run is lowest (``engine.sweep.tuning_score``): the loss
the table shows, so that the rate tuned is the one whose race ends lowest.

The GUI changes the session through its intents (GUI thread); each announces what changed through
``session.events``. A training worker drives it through the trainer protocol (``lock``, ``wait_for_gui``,
``ready``, ``start_measuring``, ``train_chunk``, ``snapshot``, ``steps_are_tiny``), as it drives the studio's
TrainingSession; the snapshots are frozen :class:`RaceSnapshot` records of plain numbers and read-only arrays.
A learning rate (or any hyper-parameter) changed while racing takes effect at the next step; once the race is over,
at the next race (its table keeps the settings it ran with).
"""
from __future__ import annotations

import contextlib
import math
import re
import threading
import time
from dataclasses import dataclass, field, replace

import numpy as np

from nnstudio.data import load_dataset
from nnstudio.data.toy import TOY_DATASETS
from nnstudio.engine import _fused
from nnstudio.engine import optimizers as _optimizers
from nnstudio.engine import surfaces as _surfaces
from nnstudio.engine.memory import MemoryLimitError, check_copies, copies_bytes, estimate, format_bytes, memory_limit
from nnstudio.engine.race import PRESETS, Race
from nnstudio.engine.spec import MAX_HIDDEN, MAX_UNITS, LayerSpec, NetworkSpec
from nnstudio.engine.sweep import (DEFAULT_RATES, DEFAULT_TUNE_STEPS, SeedSweep, Tuning, seed_sweep_iter,
                                   tunings_from_sweep)
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError, why
from nnstudio.session.events import EventGroup
from nnstudio.session.presets import suggested_spec
from nnstudio.session.project import is_finite, is_whole
from nnstudio.session.session import ChunkReport, TrainingError
from nnstudio.session.snapshot import plane_grid
from nnstudio.session.threads import GuiFirstLock

MODES = {"network": QT_TRANSLATE_NOOP("Race", "Network race"),
         "seeds": QT_TRANSLATE_NOOP("Race", "Many seeds"),
         "surface": QT_TRANSLATE_NOOP("Race", "Loss surface")}
COMPARISONS = {"same": QT_TRANSLATE_NOOP("Race", "Same learning rate"),
               "tuned": QT_TRANSLATE_NOOP("Race", "Each tuned")}
# the surfaces offered, in this order (the network slice needs the template and is slow to draw)
SURFACE_NAMES = ("elongated", "rosenbrock", "beale", "himmelblau", "saddle", "bowl", "local_minimum", "network")

MAX_CONTESTANTS = 8           # one colour each from the colour-blind-safe palette
MAX_POINTS = 1000             # points per curve in a snapshot (longer histories are averaged in bins)
SEED_POINTS = 300             # ... and per band of many seeds (a filled band costs more to paint than a line)
CURVES_INTERVAL = 0.2         # s: the curves at most this often while racing (five times a second looks live;
                              # snapshots in between carry the same arrays, which the views do not draw again)
BOUNDARY_INTERVAL = 0.4       # s: decision boundaries at most this often while racing (6 contestants: 5-15 ms
                              # to compute, 10-25 ms to paint)
STANDINGS_INTERVAL = 1.0      # s: the results table at most this often while racing (the engine's standings
                              # go over every step so far: 18 ms for 6 contestants after 20,000 steps)
BOUNDARY_RES = 64             # grid points a side of each contestant's boundary (small multiples: a 100 × 100
                              # grid, as the studio's, cost 2.5 times as much for cells ~200 px wide)
SWEEP_CHUNK_SECONDS = 0.03    # s: the aim for one chunk of a seed sweep or tuning (pause/stop answer that fast)
TINY_MACS = 250_000           # forward multiply-adds of a step below which NumPy's call overhead dominates it
                              # (a call costs ~5 µs, a multiply-add ~0.05 ns at this machine's GEMM speed)
SWEEP_YIELDS = 200            # chunks of a sweep at most (each copies every loss so far: keep that linear)
NETWORK_GRID = 40             # grid points a side for the network slice (each is one pass over the data)
SURFACE_GRID = 160            # ... and for the formula surfaces
DEFAULT_LENGTH = 2000         # race steps
DEFAULT_SEEDS = 10
MAX_TUNE_STEPS = 100_000      # steps of a tried learning rate at most (a longer race tunes over this many)
SETUP_VERSION = 1             # the format of RaceSession.setup(); a set-up of another version is not read
MAX_NAME_LENGTH = 200         # characters of a contestant's name in a set-up read back
# The lecture's "momentum: inertia to escape local minima" on the tilted double well, from its own start (2, 1):
# at η = 0.05 plain SGD settles in the local minimum near x = 0.96 (within 0.01 after 44 steps), SGD with
# momentum 0.9 carries its speed over the ridge near x = 0.08 into the global one near x = −1.04 (within 0.01
# after 74 steps). (At η = 0.1 SGD's first step, 0.1 × 24.3, alone jumps the ridge: a big step, not inertia.)
LOCAL_MINIMUM_FIGURE = {
    "steps": 100,
    "optimizers": {QT_TRANSLATE_NOOP("Race", "SGD"): {"name": "sgd", "lr": 0.05},
                   QT_TRANSLATE_NOOP("Race", "Momentum"): {"name": "sgd", "lr": 0.05, "momentum": 0.9}},
}


class RaceError(TranslatableError):
    """A race set-up that cannot be; the message says what to do."""


class SetupError(ValueError):
    """A stored set-up (``RaceSession.from_setup``) that cannot be read back: damaged, or of another version."""


# ======================================================================================================================
# what the learner set up: frozen records
# ======================================================================================================================
@dataclass(frozen=True)
class Contestant:
    """One contestant. ``key`` is fixed for its life (the race's name for it); ``name`` is what the learner
    reads and may change; ``config`` an optimizer config by torch's names ({"name": "sgd", "lr": 0.1,
    "momentum": 0.9}); ``color`` an index into the GUI's palette; ``made_up``: the text marked for translation
    that ``name`` translates when the app made the name up (a default, a preset), None once the learner typed one."""

    key: str
    name: str
    config: dict
    color: int = 0
    visible: bool = True
    made_up: str | None = None

    @property
    def optimizer(self) -> str:
        return str(self.config["name"])

    @property
    def lr(self) -> float:
        return float(self.config.get("lr", _optimizers.get(self.optimizer).lr))

    def hyperparameters(self) -> dict:
        """The config without its name and learning rate."""
        return {k: v for k, v in self.config.items() if k not in ("name", "lr")}


@dataclass(frozen=True, eq=False)
class RaceTemplate:
    """What every contestant starts from: the network ``spec`` with ``weights`` (None: those ``seed`` draws),
    the training data (x, y) and the test data of ``dataset``, the batch size; ``source`` is "studio" or "own",
    ``data_key`` the data set's name (a toy set's key, "mnist", ...)."""

    spec: NetworkSpec
    dataset: object
    batch_size: int = 32
    seed: int = 0
    weights: tuple | None = None
    x: np.ndarray | None = None
    y: np.ndarray | None = None
    source: str = "own"
    data_key: str = "spiral"

    @classmethod
    def from_studio(cls, session) -> RaceTemplate:
        """The studio's network, data (its own digits included) and batch size. The weights are those the studio
        shows while it has not trained yet (typed, kept or drawn), else the ones its seed draws — the start of
        its training, not the trained weights."""
        x, y = session.training_data
        weights = tuple(session.weights()) if session.step_count == 0 else None
        return cls(spec=session.spec, dataset=session.dataset, batch_size=int(session.config.batch_size),
                   seed=int(session.config.seed), weights=weights, x=x, y=y, source="studio",
                   data_key=session.key)

    @classmethod
    def own(cls, data_key: str = "spiral", hidden=(16, 16), activation: str = "tanh", batch_size: int = 32,
            seed: int = 0) -> RaceTemplate:
        """A toy data set and a network of ``hidden`` layers (the output layer its problem prescribes)."""
        if data_key not in TOY_DATASETS:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Unknown data set {name}; choose one of {choices}."),
                            name=repr(data_key), choices=", ".join(TOY_DATASETS))
        dataset = load_dataset(data_key, seed=int(seed))
        base = suggested_spec(data_key, dataset)
        initializer = "he_uniform" if activation == "relu" else "glorot_uniform"
        spec = replace(base, hidden=tuple(LayerSpec(int(u), activation, initializer) for u in hidden))
        spec.validate()
        spec.check_size()
        return cls(spec=spec, dataset=dataset, batch_size=int(batch_size), seed=int(seed), source="own",
                   data_key=data_key)

    @property
    def training_data(self) -> tuple[np.ndarray, np.ndarray]:
        if self.x is not None:
            return self.x, self.y
        return self.dataset.x_train, self.dataset.y_train

    @property
    def validation_data(self):
        ds = self.dataset
        return (ds.x_test, ds.y_test) if ds.n_test else None

    @property
    def n_train(self) -> int:
        return len(self.training_data[0])

    @property
    def full_batch(self) -> bool:
        return self.batch_size >= self.n_train

    @property
    def extent(self):
        """The input plane for the decision boundaries (2-D data only), else None."""
        return self.dataset.extent if self.spec.input_dim == 2 else None

    def model(self):
        """A compiled model of the template with its initial weights (float32, as the studio trains)."""
        model = self.spec.build(seed=self.seed, batch_size=min(self.batch_size, max(self.n_train, 1)))
        if self.weights is not None:
            model.set_weights([np.asarray(w) for w in self.weights])
        return model

    def architecture(self) -> str:
        """"2-16-16-1 tanh" (maths: the same in every language)."""
        hidden = {layer.activation for layer in self.spec.hidden}
        return "-".join(str(s) for s in self.spec.sizes) + (f" {', '.join(sorted(hidden))}" if hidden else "")


@dataclass(frozen=True)
class SurfaceSetup:
    """The surface race: which surface (``kappa`` for the bowl), the start (None: the surface's own), how many
    steps, and Gaussian gradient noise of that standard deviation drawn from ``seed``."""

    name: str = "elongated"
    kappa: float = 10.0
    start: tuple[float, float] | None = None
    steps: int = 100
    noise: float = 0.0
    seed: int = 0


@dataclass(frozen=True)
class RaceSettings:
    """How the race runs: ``mode`` (a key of MODES), ``comparison`` (of COMPARISONS), the race's ``length`` in
    steps, the ``target_loss`` (None: none), the number of ``seeds`` in many-seeds mode and ``tune_steps``,
    each tried learning rate's run length when tuning as the learner set it, None: as long as the race
    (``tuning_steps``, up to MAX_TUNE_STEPS) — linked until the learner sets it; a shorter tuning can pick a rate
    that is best only early, as 200 steps did on the spirals, and a tuning of 2,000 steps for a race of 200 took
    4–5 minutes on MNIST."""

    mode: str = "network"
    comparison: str = "same"
    length: int = DEFAULT_LENGTH
    target_loss: float | None = None
    seeds: int = DEFAULT_SEEDS
    tune_steps: int | None = None

    @property
    def tuning_steps(self) -> int:
        """The steps each tried learning rate runs: ``tune_steps``, or the race's length while it is None."""
        return min(self.length, MAX_TUNE_STEPS) if self.tune_steps is None else self.tune_steps

    def check(self) -> None:
        if self.mode not in MODES:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Unknown race mode {name}; choose one of {choices}."),
                            name=repr(self.mode), choices=", ".join(MODES))
        if self.comparison not in COMPARISONS:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Unknown comparison {name}; choose one of {choices}."),
                            name=repr(self.comparison), choices=", ".join(COMPARISONS))
        for value, low, high in ((self.length, 1, 10_000_000), (self.seeds, 1, 1000),
                                 (self.tune_steps, 1, MAX_TUNE_STEPS)):
            if not (is_whole(value, low, high) or (value is None and high == MAX_TUNE_STEPS)):
                raise RaceError(QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number from {low} to {high}."),
                                value=value, low=low, high=high)
        target = self.target_loss
        if target is not None and not (is_finite(target) and target > 0):
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "The target loss must be a number > 0 (got {value})."),
                            value=target)


# ======================================================================================================================
# what the worker sends: frozen snapshots
# ======================================================================================================================
def _empty() -> np.ndarray:
    return np.zeros(0)


@dataclass(frozen=True, eq=False)
class ContestantCurves:
    """One contestant's curves in a network race (NaN where a value does not exist, e.g. accuracy for
    regression). The per-step arrays are averaged in bins once a race is longer than MAX_POINTS steps (a bin's
    step and seconds are its last step's).

    ``steps`` (n,): race steps; ``seconds`` (n,): its compute seconds so far (a wall-clock axis);
    ``loss`` (n,): the batch loss before each step; ``epoch_loss``/``accuracy`` (n,): averaged over the last
    epoch's batches (the loss Keras reports for an epoch); ``step_sizes`` (n, layers): ‖update‖ / ‖gradient‖ of
    each Dense layer, averaged over the last epoch's batches too; ``val_steps``/``val_seconds``/``val_loss``/
    ``val_accuracy`` (m,): on the test data, once an epoch; ``boundary``: its output over the input plane (2-D
    data) on a BOUNDARY_RES × BOUNDARY_RES grid, in ``TrainingSnapshot``'s layout.
    """

    key: str
    name: str
    color: int
    visible: bool
    config: dict
    steps: np.ndarray = field(default_factory=_empty)
    seconds: np.ndarray = field(default_factory=_empty)
    loss: np.ndarray = field(default_factory=_empty)
    epoch_loss: np.ndarray = field(default_factory=_empty)
    accuracy: np.ndarray = field(default_factory=_empty)
    step_sizes: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    val_steps: np.ndarray = field(default_factory=_empty)
    val_seconds: np.ndarray = field(default_factory=_empty)
    val_loss: np.ndarray = field(default_factory=_empty)
    val_accuracy: np.ndarray = field(default_factory=_empty)
    diverged_at: int | None = None
    boundary: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class SeedCurves:
    """One contestant over many seeds: per step the quartiles of the epoch loss over the seeds (``q25``,
    ``median``, ``q75``; inf where more than that share of the seeds diverged), and per seed the steps it needed
    to reach the target (``steps_to_target``, -1: never; the target loss, else 100 % accuracy)."""

    key: str
    name: str
    color: int
    visible: bool
    config: dict
    steps: np.ndarray = field(default_factory=_empty)
    q25: np.ndarray = field(default_factory=_empty)
    median: np.ndarray = field(default_factory=_empty)
    q75: np.ndarray = field(default_factory=_empty)
    steps_to_target: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass(frozen=True)
class ResultRow:
    """A contestant's row of the results table. Network race: ``loss``/``accuracy`` the epoch loss and accuracy
    at its last step, ``test_*`` the last test evaluation, ``steps_to_target``/``seconds_to_target`` (None: not
    reached), ``diverged_at``. Many seeds: ``seeds``, ``diverged`` seeds, ``median_loss`` (final epoch loss),
    ``reached`` seeds and the median and quartiles of the steps they needed (``target_kind`` says of what: the
    target loss or 100 % accuracy). ``tuning``: the learning-rate sweep when each was tuned."""

    key: str
    name: str
    color: int
    config: dict
    steps: int = 0
    seconds: float = 0.0
    loss: float | None = None
    accuracy: float | None = None
    test_loss: float | None = None
    test_accuracy: float | None = None
    best_loss: float | None = None
    steps_to_target: int | None = None
    seconds_to_target: float | None = None
    diverged_at: int | None = None
    seeds: int = 0
    diverged: int = 0
    median_loss: float | None = None
    reached: int = 0
    median_steps: float | None = None
    q25_steps: float | None = None
    q75_steps: float | None = None
    target_kind: str | None = None
    tuning: Tuning | None = None


@dataclass(frozen=True, eq=False)
class RaceSnapshot:
    """The race now, for the views. ``phase``: "idle" (nothing raced yet), "tuning", "racing" or "finished";
    ``step``: race steps taken (many seeds: steps every seed has taken) of ``length``; ``tuning_progress`` 0..1;
    ``weights_fingerprint``/``batches_fingerprint``: digests of the contestants' common start and of every
    batch fed so far (network race); ``layers``: each Dense layer's activation."""

    mode: str = "network"
    phase: str = "idle"
    running: bool = False
    step: int = 0
    length: int = 0
    target_loss: float | None = None
    classification: bool = True
    comparison: str = "same"
    tuning_progress: float = 0.0
    tune_steps: int = 0
    seeds: tuple[int, ...] = ()
    weights_fingerprint: str = ""
    batches_fingerprint: str = ""
    layers: tuple[str, ...] = ()
    extent: tuple[float, float, float, float] | None = None
    contestants: tuple[ContestantCurves, ...] = ()
    seed_curves: tuple[SeedCurves, ...] = ()
    rows: tuple[ResultRow, ...] = ()


# ======================================================================================================================
# the session
# ======================================================================================================================
class _Buffer:
    """Rows of floats appended one step at a time, in a growing array (amortised O(1), no Python lists)."""

    def __init__(self, width: int):
        self.a = np.empty((256, width))
        self.n = 0

    def append(self, row) -> None:
        if self.n == len(self.a):
            self.a = np.concatenate([self.a, np.empty_like(self.a)])
        self.a[self.n] = row
        self.n += 1

    def rows(self) -> np.ndarray:
        return self.a[:self.n]


class _Curves:
    """What the session records of one contestant in a network race."""

    def __init__(self, layers: int):
        self.steps = _Buffer(5)            # step, seconds, loss, accuracy, batch size
        self.sizes = _Buffer(layers)       # effective step size per layer
        self.val = _Buffer(4)              # step, seconds, val loss, val accuracy
        self.diverged_at: int | None = None
        self.boundary = None


class RaceSession:
    """The race room's state and its training; see the module docstring."""

    def __init__(self, template: RaceTemplate | None = None, contestants=None, settings: RaceSettings | None = None,
                 surface: SurfaceSetup | None = None, translate=lambda text: text):
        """``contestants``: name -> optimizer config (default: SGD, momentum and Adam, named through ``translate``,
        as ``apply_preset`` names them)."""
        self.events = EventGroup(
            "contestants",   # (contestants): added, removed or changed
            "template",      # (template): another network or data
            "settings",      # (settings): mode, comparison, length, target, seeds
            "surface",       # (surface setup): another surface, start, steps or noise
            "progress",      # (): the race starts again (curves, table and fingerprints restart)
            "changed",       # (): after every intent, once
        )
        self._threads = GuiFirstLock()
        self.template = template or RaceTemplate.own()
        self.settings = settings or RaceSettings()
        self.settings.check()
        self.surface_setup = surface or SurfaceSetup()
        self._contestants: list[Contestant] = []
        self._next_key = 1
        self._translate = translate
        made_up = not contestants
        for name, config in (contestants or _default_contestants()).items():
            self._contestants.append(self._new_contestant(name, config, made_up))
        self._surface_cache = None            # (setup, template, Surface, grid)
        self._template_model = None           # (template, its compiled model)
        self._descents_cache = None           # (setup, configs, {key: Descent})
        self._own_rates: dict[str, float] = {}   # key -> the rate the learner set, before the tuning replaced it
        self._reset_run(clear_tuning=True)

    # ================================================================== the set-up as plain values
    def setup(self) -> dict:
        """The race as the learner set it up, as plain JSON values — no results (a race is run again): every
        contestant (its name, or the made-up text it translates; its optimizer settings; colour; shown or not),
        the race's settings (mode, comparison, length, target, seeds, tuning steps), the surface race, and the
        template when it was set up here (``None``: the studio's, taken from the studio again). Each tuned: the
        learning rates the learner set, not the tuned ones (the tuning runs again and finds those).
        ``from_setup`` reads it back."""
        contestants = []
        for c in self._contestants:
            config = {k: list(v) if isinstance(v, tuple) else v for k, v in c.config.items()}
            if c.key in self._own_rates:
                config.pop("lr", None)
                if self._own_rates[c.key] is not None:
                    config["lr"] = self._own_rates[c.key]
            contestants.append({"name": c.name, "made_up": c.made_up, "config": config, "color": c.color,
                                "visible": c.visible})
        s, surface, t = self.settings, self.surface_setup, self.template
        template = None
        if t.source == "own":
            hidden = t.spec.hidden
            template = {"data": t.data_key, "hidden": [layer.units for layer in hidden],
                        "activation": hidden[0].activation if hidden else "tanh", "batch_size": t.batch_size,
                        "seed": t.seed}
        return {"version": SETUP_VERSION, "contestants": contestants,
                "settings": {"mode": s.mode, "comparison": s.comparison, "length": s.length,
                             "target_loss": s.target_loss, "seeds": s.seeds, "tune_steps": s.tune_steps},
                "surface": {"name": surface.name, "kappa": surface.kappa,
                            "start": None if surface.start is None else list(surface.start),
                            "steps": surface.steps, "noise": surface.noise, "seed": surface.seed},
                "template": template}

    @classmethod
    def from_setup(cls, data, studio_template: RaceTemplate | None = None,
                   translate=lambda text: text) -> RaceSession:
        """A session set up as ``setup()`` gave ``data``; with the template ``studio_template`` where the set-up
        raced the studio's (None: the default template). ``data`` may come from a file edited by hand or written
        by another version: anything but such a set-up raises SetupError, and nothing of it is used."""
        try:
            template, contestants, settings, surface = _read_setup(data)
            session = cls(template or studio_template, {"_": contestants[0]["config"]}, settings, surface,
                          translate)
            session._contestants = []
            for entry in contestants:
                made_up = entry["made_up"]
                c = session._new_contestant(entry["name"] if made_up is None else made_up, entry["config"],
                                            made_up=made_up is not None)
                session._contestants.append(replace(c, color=entry["color"], visible=entry["visible"]))
            with session.access():
                session._reset_run(clear_tuning=True)
            return session
        except SetupError:
            raise
        except (ValueError, TypeError, KeyError, OverflowError) as exc:   # (RaceError, SpecError are ValueErrors)
            raise SetupError(f"the set-up cannot be raced: {why(exc)}") from None

    # ================================================================== threads (as the studio's session)
    @contextlib.contextmanager
    def access(self):
        """Hold the race (GUI thread): the worker finishes its chunk of steps and waits until the block ends."""
        with self._threads.gui():
            yield

    def wait_for_gui(self, timeout: float = 1.0) -> None:
        """Worker thread: let the GUI thread take the lock first if it is waiting for it."""
        self._threads.wait_for_gui(timeout)

    @property
    def lock(self) -> threading.RLock:
        return self._threads.lock

    # ================================================================== what the views read
    @property
    def contestants(self) -> tuple[Contestant, ...]:
        return tuple(self._contestants)

    def contestant(self, key: str) -> Contestant:
        for c in self._contestants:
            if c.key == key:
                return c
        raise KeyError(key)

    @property
    def mode(self) -> str:
        return self.settings.mode

    @property
    def step(self) -> int:
        """Race steps taken (many seeds: steps of every seed)."""
        if self.settings.mode == "seeds":
            return self._sweep.steps if self._sweep is not None else 0
        return self._race.steps if self._race is not None else 0

    @property
    def finished(self) -> bool:
        """The race has ended (its length reached, every contestant diverged, or stopped): Restart races again."""
        return self._finished

    @property
    def phase(self) -> str:
        if self._finished:
            return "finished"
        if self._tuning_pending() and (self._tune_iter is not None):
            return "tuning"
        return "racing" if self.step else "idle"

    @property
    def tuning_progress(self) -> float:
        """How far the tuning on its way has got, 0..1 (0 when none is)."""
        return self._tune_progress

    @property
    def tunings(self) -> dict[str, Tuning] | None:
        """Each contestant's learning-rate sweep (key -> Tuning) once "each tuned" has tuned, else None."""
        return self._tunings

    @property
    def weights_fingerprint(self) -> str:
        return self._fingerprint

    @property
    def batches_fingerprint(self) -> str:
        return self._race.batches_fingerprint if self._race is not None else ""

    @property
    def race(self) -> Race | None:
        """The engine's race while one is built (network mode), for tests and tools."""
        return self._race

    # ================================================================== intents: contestants (GUI thread)
    def add_contestant(self, config: dict | None = None, name: str | None = None) -> str:
        """A new contestant (default: Adam at 0.01); returns its key. In a race that has begun the race starts
        again, so that every contestant starts together."""
        if len(self._contestants) >= MAX_CONTESTANTS:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "At most {n} contestants race at once: remove one first."),
                            n=MAX_CONTESTANTS)
        config = _checked_config(config or {"name": "adam", "lr": 0.01})
        name = name or self._unique_name(_optimizers.OPTIMIZER_TITLES.get(config["name"], config["name"]))
        contestant = self._new_contestant(name, config)
        with self.access():
            self._contestants.append(contestant)
            self._reset_run(clear_tuning=True)
        self._announce_contestants(restarted=True)
        return contestant.key

    def duplicate_contestant(self, key: str) -> str:
        """A copy of contestant ``key`` (the same optimizer and settings: it should run the same race)."""
        c = self.contestant(key)
        return self.add_contestant(dict(c.config), self._unique_name(c.name))

    def remove_contestant(self, key: str) -> None:
        """Remove a contestant; in a network race the others go on where they are."""
        c = self.contestant(key)
        with self.access():
            self._contestants.remove(c)
            restarted = True
            if self.settings.mode == "network" and self._race is not None and not self._tuning_pending():
                self._close_run()
                if key in self._race.models:
                    self._race.remove(key)
                self._curves.pop(key, None)
                restarted = False
                self._standings_at = 0.0
            else:
                self._reset_run(clear_tuning=False)
            if self._tunings is not None:
                self._tunings.pop(key, None)
        self._announce_contestants(restarted=restarted)

    def update_contestant(self, key: str, *, name: str | None = None, config: dict | None = None,
                          color: int | None = None, visible: bool | None = None) -> bool:
        """Change a contestant. A new learning rate or hyper-parameter takes effect at the race's next step; a
        new optimizer (or, when each is tuned, a new hyper-parameter other than the rate, which the tuning did
        not try) starts the race again. Returns True if the race started again. Raises RaceError (nothing
        changes) for impossible settings."""
        old = self.contestant(key)
        new = old
        if name is not None:
            name = str(name).strip()
            if not name:
                raise RaceError(QT_TRANSLATE_NOOP("Errors", "A contestant needs a name."))
            new = replace(new, name=name, made_up=None if name != old.name else old.made_up)
        if color is not None:
            new = replace(new, color=int(color))
        if visible is not None:
            new = replace(new, visible=bool(visible))
        if config is not None:
            merged = dict(config) if "name" in config and config["name"] != old.optimizer else {**old.config,
                                                                                                   **config}
            new = replace(new, config=_checked_config(merged))
            if name is None and new.optimizer != old.optimizer and (old.made_up is not None
                                                                    or _default_name(old.name, old.optimizer)):
                # a name the app gave ("Adam (2)" from Add, a preset's "Momentum"), now SGD: it is named after SGD
                # (it read "Adam (2)" in the legends while it raced SGD); a name the learner gave stays
                new = replace(new, name=self._unique_name(_optimizers.OPTIMIZER_TITLES.get(new.optimizer,
                                                                                           new.optimizer)),
                              made_up=None)
        if new == old:
            return False
        restart = False
        with self.access():
            self._contestants[self._contestants.index(old)] = new
            if new.config != old.config:
                self._own_rates.pop(key, None)       # (a rate set after the tuning is the learner's)
                restart = self._apply_config(old, new)
        self._announce_contestants(restarted=restart)
        return restart

    def apply_preset(self, preset: str, translate=lambda text: text) -> None:
        """Replace the contestants by a preset of ``engine.race.PRESETS`` ("lecture", "learning_rates" — of the
        first contestant's optimizer —, "adam_vs_sgd"); ``translate`` turns the presets' marked names into
        the learner's language."""
        if preset not in PRESETS:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Unknown preset {name}; choose one of {choices}."),
                            name=repr(preset), choices=", ".join(PRESETS))
        maker = PRESETS[preset][1]
        if preset == "learning_rates" and self._contestants:
            # the first contestant as it is set (momentum, betas kept), named after it: "Momentum η=0.01"
            first = self._contestants[0]
            stem = re.sub(r" η=[^ ]*$", "", first.name) or first.name
            configs = {f"{stem} η={cfg['lr']:g}": {**first.config, "lr": cfg["lr"]}
                       for cfg in maker(first.optimizer, rate_ladder(first.optimizer)).values()}
        else:
            configs = maker()
        self.set_contestants(configs, translate)

    def set_contestants(self, configs: dict, translate=None) -> None:
        """Replace every contestant: name -> optimizer config; the race starts again. With ``translate``, the
        names are texts the app made up, marked for translation: each shows as ``translate(name)``, and
        ``set_translate`` renames it in another language."""
        if not configs or len(configs) > MAX_CONTESTANTS:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Give 1 to {n} contestants."), n=MAX_CONTESTANTS)
        checked = {name: _checked_config(config) for name, config in configs.items()}
        with self.access():
            if translate is not None:
                self._translate = translate
            self._contestants = []
            for name, config in checked.items():
                self._contestants.append(self._new_contestant(name, config, made_up=translate is not None))
            self._reset_run(clear_tuning=True)
        self._announce_contestants(restarted=True)

    def set_translate(self, translate) -> None:
        """The learner's language changed: the names the app made up show as ``translate`` gives them from now on
        (a name the learner typed stays as typed)."""
        self._translate = translate
        named = [replace(c, name=translate(c.made_up)) if c.made_up is not None else c for c in self._contestants]
        if named != self._contestants:
            with self.access():
                self._contestants = named
            self._announce_contestants(restarted=False)

    # ================================================================== intents: template and settings
    def set_template(self, template: RaceTemplate) -> None:
        """Race on another network or data; the race starts again."""
        template.spec.validate()
        with self.access():
            self.template = template
            self._surface_cache = self._descents_cache = None
            self._reset_run(clear_tuning=True)
        self.events.template.emit(template)
        self._announce_restart()

    def take_studio(self, studio_session) -> None:
        """The studio's current network, initial weights, data and batch size become the template."""
        self.set_template(RaceTemplate.from_studio(studio_session))

    def set_settings(self, **changes) -> None:
        """Change mode, comparison, length, target_loss, seeds or tune_steps. A new length or target keeps the
        race (a longer race goes on; a length below the steps taken is refused); anything else starts it again.
        Raises RaceError (nothing changes)."""
        settings = replace(self.settings, **changes)
        if settings == self.settings:
            return
        settings.check()
        old = self.settings
        restart = any(getattr(settings, f) != getattr(old, f) for f in ("mode", "comparison", "seeds", "tune_steps"))
        if settings.mode == "seeds" and settings.length != old.length:
            restart = True                     # a sweep's arrays are sized for its length
        retune = settings.comparison != old.comparison or settings.tuning_steps != old.tuning_steps
        if retune and not restart and self._tuning_pending():
            restart = True     # Tuning steps follow a new length: a tuning on its way starts again at that length
        elif not restart:
            retune = False     # (a race tuned and on its way goes on longer at the rates tuned; Restart tunes again)
        with self.access():
            if not restart and settings.length < self.step:      # ("Step 38 of 20", and the race was over)
                raise RaceError(QT_TRANSLATE_NOOP("Errors", "The race has run {steps} steps: a length of at least "
                                                            "{steps}, or Restart (R) first to race fewer steps."),
                                steps=self.step)
            self.settings = settings
            back = old.comparison == "tuned" and settings.comparison == "same" and bool(self._own_rates)
            if back:       # "each contestant races with the rate you set": the tuned rates give way to the learner's
                self._contestants = [replace(c, config={**c.config, "lr": self._own_rates[c.key]})
                                     if c.key in self._own_rates else c for c in self._contestants]
                self._own_rates = {}
            if restart:
                self._reset_run(clear_tuning=retune)
            else:
                self._standings_at = 0.0
                if settings.length > self.step and self._finished and not self._stopped:
                    self._finished = False     # a longer race goes on from where it ended, as now set
                    for c in self._contestants:
                        self._retune(c)
        self.events.settings.emit(settings)
        if back:
            self.events.contestants.emit(self.contestants)
        if restart:
            self._announce_restart()
        else:
            self.events.changed.emit()

    def set_surface(self, **changes) -> None:
        """Change the surface race: name, kappa, start ((x, y) or None), steps, noise, seed. The paths are
        recomputed at once (``descents()``)."""
        setup = replace(self.surface_setup, **changes)
        if setup.start is not None:
            setup = replace(setup, start=(float(setup.start[0]), float(setup.start[1])))
        if setup.name not in SURFACE_NAMES:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "Unknown surface {name}; choose one of {choices}."),
                            name=repr(setup.name), choices=", ".join(SURFACE_NAMES))
        if not is_whole(setup.steps, 1, 100_000):
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "{value} is not a whole number from {low} to {high}."),
                            value=setup.steps, low=1, high=100_000)
        if not (math.isfinite(setup.noise) and setup.noise >= 0):
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "The gradient noise is a standard deviation: a number "
                                                        ">= 0 (got {value})."), value=setup.noise)
        if not (math.isfinite(setup.kappa) and setup.kappa >= 1):
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "The bowl's condition number must be >= 1 (got "
                                                        "{value})."), value=setup.kappa)
        if setup.name != self.surface_setup.name and "start" not in changes:
            setup = replace(setup, start=None)          # another surface: its own start
        if setup == self.surface_setup:
            return
        self.surface_setup = setup
        self.events.surface.emit(setup)
        self.events.changed.emit()

    def use_textbook_figure(self, translate=lambda text: text) -> None:
        """The figure from "Deep Learning from Scratch" (ch. 6): SGD, momentum, AdaGrad and Adam on x²/20 + y²
        from (−7, 2), its 30 points (the start and 29 steps), with the book's settings; the surface mode shows it."""
        figure = _surfaces.ELONGATED_FIGURE
        self.set_contestants(figure["optimizers"], translate)
        self.set_surface(name="elongated", start=figure["start"], steps=figure["steps"], noise=0.0)
        self.set_settings(mode="surface")

    def use_local_minimum_figure(self, translate=lambda text: text) -> None:
        """The lecture's "momentum escapes local minima" (``LOCAL_MINIMUM_FIGURE``): SGD and SGD with momentum at
        the same rate on the tilted double well from its own start; the surface mode shows it."""
        figure = LOCAL_MINIMUM_FIGURE
        self.set_contestants(figure["optimizers"], translate)
        self.set_surface(name="local_minimum", start=None, steps=figure["steps"], noise=0.0)
        self.set_settings(mode="surface")

    def restart(self) -> None:
        """Back to the start: same contestants, same template; curves, table and fingerprints start again
        (each tuned: the tuning runs again too — it gives the same rates)."""
        with self.access():
            self._reset_run(clear_tuning=True)
        self._announce_restart()

    def stop(self) -> None:
        """End the race where it is: the table is final; racing again starts a new race."""
        with self.access():
            self._close_run()
            self._finished = self._stopped = True
            self._standings_at = 0.0
        self.events.changed.emit()

    # ================================================================== the surface race (GUI thread, at once)
    def surface(self):
        """The chosen surface (an engine Surface)."""
        setup, template = self.surface_setup, self.template
        cached = self._surface_cache
        if cached is not None and cached[0] == (setup.name, setup.kappa) and cached[1] is template:
            return cached[2]
        if setup.name == "network":
            x, y = template.training_data
            surface = _surfaces.get("network", model=template.model(), x=x, y=y)
        elif setup.name == "bowl":
            surface = _surfaces.get("bowl", kappa=setup.kappa)
        else:
            surface = _surfaces.get(setup.name)
        self._surface_cache = ((setup.name, setup.kappa), template, surface, None)
        return surface

    def surface_grid(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(xs, ys, values) of the surface over its extent (values[i, j] = f(xs[j], ys[i])), cached."""
        surface = self.surface()
        cached = self._surface_cache
        if cached[3] is None:
            grid = surface.grid(NETWORK_GRID if self.surface_setup.name == "network" else SURFACE_GRID)
            for a in grid:
                a.flags.writeable = False
            self._surface_cache = (*cached[:3], grid)
        return self._surface_cache[3]

    def surface_start(self) -> tuple[float, float]:
        start = self.surface_setup.start
        return tuple(self.surface().start) if start is None else start

    def descents(self) -> dict:
        """key -> engine Descent of every contestant on the surface from the same start with the same steps
        and gradient noise (recomputed when anything changed, cached otherwise)."""
        setup = self.surface_setup
        configs = tuple((c.key, _config_key(c.config)) for c in self._contestants)
        cached = self._descents_cache
        if cached is not None and cached[0] == setup and cached[1] == configs and cached[2] is self.template:
            return cached[3]
        surface, start = self.surface(), self.surface_start()
        paths = {c.key: _surfaces.descent(surface, dict(c.config), start, setup.steps, setup.noise, setup.seed)
                 for c in self._contestants}
        self._descents_cache = (setup, configs, self.template, paths)
        return paths

    # ================================================================== the trainer protocol (worker thread)
    def ready(self) -> TrainingError | None:
        """Why the race cannot step now, or None."""
        if not self._contestants:
            return TrainingError(QT_TRANSLATE_NOOP("Errors", "There is nobody to race: add a contestant."))
        if self.settings.mode == "surface":
            return TrainingError(QT_TRANSLATE_NOOP("Errors", "The surface race is computed at once; choose the "
                                                             "network race or many seeds to train."))
        if self._finished:
            return TrainingError(QT_TRANSLATE_NOOP("Errors", "The race is over: press Restart to race again."))
        return None

    def kernels_pending(self) -> bool:
        """Whether racing this network takes compiled kernels not built yet (see Session.kernels_pending)."""
        t = self.template
        stepping = [_optimizers.get(dict(c.config)) for c in self._contestants]
        return (_fused.would_use(self._model(), t.n_train if t.full_batch else t.batch_size, stepping)
                and not _fused.ready())

    def prepare_kernels(self) -> None:
        _fused.warm_up()

    def start_measuring(self) -> None:
        """(The race measures each contestant's own compute seconds.)"""

    @property
    def steps_are_tiny(self) -> bool:
        """True when a step is mostly Python overhead, which holds the GIL (the worker then lets the GUI draw
        first): fewer than TINY_MACS multiply-adds in the forward pass of one network's batch in a race (each
        contestant steps on its own), or of the whole stack in a sweep (one set of NumPy calls for all).
        Judged by size, not by measured time, which a loaded machine inflates."""
        t = self.template
        batch = t.n_train if t.full_batch else t.batch_size
        macs = batch * sum(a * b for a, b in zip(t.spec.sizes[:-1], t.spec.sizes[1:]))
        if self._tuning_pending():
            macs *= len(self._contestants) * len(DEFAULT_RATES)
        elif self.settings.mode == "seeds":
            macs *= len(self._contestants) * self.settings.seeds
        return macs < TINY_MACS

    def train_chunk(self, max_steps: int, seconds: float) -> ChunkReport:
        """Up to ``max_steps`` race steps within about ``seconds`` (hold ``lock``); tuning first when each is
        tuned. A chunk of a seed sweep or of the tuning takes about SWEEP_CHUNK_SECONDS whatever the limits."""
        try:
            if self._tuning_pending():
                return self._tune_chunk()
            if self.settings.mode == "seeds":
                return self._sweep_chunk()
            return self._race_chunk(max_steps, seconds)
        except Exception:
            self._close_run()
            raise

    def snapshot(self, running: bool) -> RaceSnapshot:
        """The race now (hold ``lock``): curves, boundaries and the table, as read-only copies."""
        now = time.perf_counter()
        settings, template = self.settings, self.template
        base = dict(mode=settings.mode, phase=self.phase, running=running, step=self.step, length=settings.length,
                    target_loss=settings.target_loss, classification=template.spec.problem != "regression",
                    comparison=settings.comparison, tune_steps=self._tuned_steps(),
                    tuning_progress=self._tune_progress, weights_fingerprint=self._fingerprint,
                    batches_fingerprint=self.batches_fingerprint,
                    layers=tuple(layer.activation for layer in template.spec.layers), extent=template.extent)
        if settings.mode == "seeds":
            base["seeds"] = self._seed_list()
            shown = (settings.target_loss, _identity(self._contestants))
            cache = self._seed_cache
            if cache is None or cache[1] != shown or (cache[0] is not self._sweep and (
                    not running or now - self._curves_at >= CURVES_INTERVAL)):
                # (the quartiles sort every seed's curve, and a band costs more to paint than a line: at most as
                # often as the network race's curves)
                cache = self._seed_cache = (self._sweep, shown, self._seed_views())
                self._curves_at = now
            seed_curves, rows = cache[2]
            return RaceSnapshot(**base, seed_curves=seed_curves, rows=rows)
        if settings.mode == "surface":
            return RaceSnapshot(**base)
        with np.errstate(all="ignore"):
            if not running or now - self._boundaries_at >= BOUNDARY_INTERVAL:
                self._update_boundaries()
                self._boundaries_at = now
            if not running or now - self._standings_at >= STANDINGS_INTERVAL or self._rows is None:
                self._rows = self._race_rows()
                self._standings_at = now
            if not running or now - self._curves_at >= CURVES_INTERVAL:
                self._arrays = {c.key: self._curve_arrays(c.key) for c in self._contestants}
                self._curves_at = now
            curves = tuple(self._contestant_curves(c) for c in self._contestants)
        return RaceSnapshot(**base, contestants=curves, rows=self._rows)

    # ================================================================== internals: contestants
    def _new_contestant(self, name: str, config: dict, made_up: bool = False) -> Contestant:
        """``made_up``: ``name`` is a text the app made up, marked for translation (shown translated)."""
        used = {c.color for c in self._contestants}
        color = next((k for k in range(MAX_CONTESTANTS) if k not in used), len(self._contestants))
        key = f"c{self._next_key}"
        self._next_key += 1
        if made_up:
            return Contestant(key, self._translate(str(name)), _checked_config(config), color, made_up=str(name))
        return Contestant(key, str(name), _checked_config(config), color)

    def _unique_name(self, name: str) -> str:
        names = {c.name for c in self._contestants}
        if name not in names:
            return name
        k = 2
        while f"{name} ({k})" in names:
            k += 1
        return f"{name} ({k})"

    def _apply_config(self, old: Contestant, new: Contestant) -> bool:
        """A contestant's optimizer settings changed (lock held): live where the race allows, else restart.
        Returns True if the race started again."""
        self._descents_cache = None
        kind_changed = new.optimizer != old.optimizer
        others_changed = new.hyperparameters() != old.hyperparameters()
        if kind_changed or (self.settings.comparison == "tuned" and others_changed):
            self._reset_run(clear_tuning=True)
            return True
        if self._tuning_pending():
            self._reset_run(clear_tuning=True)
            return True
        if self.settings.mode == "seeds":
            self._reset_run(clear_tuning=False)       # a sweep's optimizers cannot change mid-way
            return True
        if self.settings.mode == "network" and not self._finished:
            self._retune(new)   # (a race that is over keeps its table as it ran: the next race takes the new)
        return False

    def _retune(self, c: Contestant) -> None:
        """The network race steps ``c`` with its settings from the next step on (lock held)."""
        if self._race is not None and c.key in self._race.models:
            self._race.set_hyperparameters(c.key, **{k: v for k, v in c.config.items() if k != "name"})
            self._standings_at = 0.0

    def _announce_contestants(self, restarted: bool) -> None:
        self.events.contestants.emit(self.contestants)
        if restarted:
            self._announce_restart()
        else:
            self.events.changed.emit()

    def _announce_restart(self) -> None:
        self.events.progress.emit()
        self.events.changed.emit()

    # ================================================================== internals: runs
    def _reset_run(self, clear_tuning: bool) -> None:
        """Forget the run (lock held): the race, the sweep, the curves; the tuning too if asked."""
        gen = getattr(self, "_gen", None)
        if gen is not None:
            gen.close()
        self._gen = None
        self._race: Race | None = None
        self._curves: dict[str, _Curves] = {}
        self._sweep: SeedSweep | None = None
        self._sweep_iter = None
        self._seed_cache = None
        self._tune_iter = None
        self._tune_progress = 0.0
        if clear_tuning or not hasattr(self, "_tunings"):
            self._tunings: dict[str, Tuning] | None = None
        self._finished = self._stopped = False
        self._rows = None
        self._standings_at = self._boundaries_at = self._curves_at = 0.0
        self._arrays: dict[str, dict] = {}
        self._fingerprint = ""
        self._announce_tuning = False
        if self.settings.mode == "network" and self._contestants:
            # the fingerprint of the common start is shown before the first step; a race too big for the memory
            # limit is not built (it says so when it is run)
            with contextlib.suppress(MemoryLimitError):
                if self._tuning_pending():     # the tuning starts from the race's weights: theirs, not "–"
                    self._fingerprint = Race(self._model(), seed=self.template.seed).weights_fingerprint
                else:
                    self._ensure_race()

    def _close_run(self) -> None:
        if self._gen is not None:
            self._gen.close()
            self._gen = None

    def _model(self):
        """The template's compiled model (built once per template; the race and the sweeps copy it)."""
        if self._template_model is None or self._template_model[0] is not self.template:
            self._template_model = (self.template, self.template.model())
        return self._template_model[1]

    def _ensure_race(self) -> Race:
        if self._race is None:
            self._check_race_memory()
            race = Race(self._model(), {c.key: dict(c.config) for c in self._contestants},
                        seed=self.template.seed)
            layers = len(self.template.spec.layers)
            self._curves = {c.key: _Curves(layers) for c in self._contestants}
            self._race = race
            self._fingerprint = race.weights_fingerprint
        return self._race

    def _tuning_pending(self) -> bool:
        return self.settings.comparison == "tuned" and self.settings.mode != "surface" and self._tunings is None

    def _batch_size(self) -> int | None:
        """The sweep's batch size: None for full batch."""
        return None if self.template.full_batch else int(self.template.batch_size)

    def _chunk_for(self, runs: int, steps: int) -> int:
        """Steps per chunk of a sweep of ``runs`` stacked models over ``steps`` steps: about SWEEP_CHUNK_SECONDS
        each (a step costs ~0.3 ms of NumPy calls plus its multiply-adds at ~5 GFLOP/s, as measured here for
        small networks), but at most SWEEP_YIELDS chunks in all: each hands over a copy of every loss so far."""
        batch = self.template.n_train if self.template.full_batch else self.template.batch_size
        macs = runs * batch * sum(a * b for a, b in zip(self.template.spec.sizes[:-1], self.template.spec.sizes[1:]))
        per_step = 3e-4 + 6 * macs / 5e9
        return max(1, int(SWEEP_CHUNK_SECONDS / per_step), math.ceil(steps / SWEEP_YIELDS))

    def _seed_list(self) -> tuple[int, ...]:
        first = self.template.seed
        return tuple(range(first, first + self.settings.seeds))

    def _check_race_memory(self) -> None:
        """Refuse a network race beyond the memory limit, with the numbers, before anything is allocated: every
        contestant trains its own copy of the network (weights, gradients, its optimizer's state, a batch's
        buffers), besides the template's."""
        spec = self.template.spec
        batch = self.template.n_train if self.template.full_batch else int(self.template.batch_size)
        check_copies(spec, [dict(c.config) for c in self._contestants], batch,
                     extra_bytes=estimate(spec, batch, optimizer=None).training_bytes)

    def _check_sweep_memory(self, configs: list[dict], steps: int) -> None:
        """Refuse a sweep beyond the memory limit, as a race is refused: a training copy of the network per run
        (``configs``: each run's optimizer), and each run's float64 loss and accuracy at every step, twice (the
        copy handed over)."""
        spec = self.template.spec
        batch = self.template.n_train if self.template.full_batch else int(self.template.batch_size)
        histories = len(configs) * 2 * 2 * 8 * steps
        needed = copies_bytes([estimate(spec, batch, optimizer=c) for c in configs], histories)
        limit = memory_limit()
        if needed > limit:
            raise RaceError(QT_TRANSLATE_NOOP("Errors", "This sweep would need about {needed} of memory, more than the "
                                                        "limit of {limit}: it trains %n network(s) at once and keeps "
                                                        "each one's loss and accuracy at every step. Choose fewer "
                                                        "seeds, fewer contestants, fewer steps or a smaller batch.",
                                              None, 1),
                            n=len(configs), needed=format_bytes(needed), limit=format_bytes(limit))

    # -- tuning ------------------------------------------------------------------------------------------------------
    def _tune_chunk(self) -> ChunkReport:
        rates = DEFAULT_RATES
        if self._tune_iter is None:
            trials = {f"{c.key}@{i}": {**c.config, "lr": rate}
                      for c in self._contestants for i, rate in enumerate(rates)}
            self._tune_length = self.settings.tuning_steps
            self._check_sweep_memory(list(trials.values()), self._tune_length)
            x, y = self.template.training_data
            # from the race's own start: the template's weights (the studio's, when it gives them)
            self._tune_iter = seed_sweep_iter(self._model(), trials, x, y, (self.template.seed,),
                                              self._tune_length, self._batch_size(),
                                              chunk=self._chunk_for(len(trials), self._tune_length),
                                              own_weights=True)
        sweep = next(self._tune_iter)
        self._tune_progress = sweep.steps / self._tune_length
        if sweep.steps < self._tune_length:
            return ChunkReport(0)
        self._tune_iter = None
        self._tunings = tunings_from_sweep(sweep, {c.key: [f"{c.key}@{i}" for i in range(len(rates))]
                                                   for c in self._contestants}, rates)
        # each races at its best rate: the rate boxes show it, and the learner may still change it; Same learning
        # rate gives the learner's own rates back
        for c in self._contestants:
            self._own_rates.setdefault(c.key, c.config.get("lr"))
        self._contestants = [replace(c, config={**c.config, "lr": self._tunings[c.key].best_rate})
                             for c in self._contestants]
        self._announce_tuning = True
        if self.settings.mode == "network":
            self._ensure_race()
        return ChunkReport(0)

    def announce_tuning(self) -> None:
        """GUI thread: once the worker has tuned (and set every contestant's best rate), say so through the
        events (they are emitted in the GUI thread only). Cheap: call it with every snapshot."""
        if self._announce_tuning:
            self._announce_tuning = False
            self.events.contestants.emit(self.contestants)
            self.events.changed.emit()

    # -- the network race --------------------------------------------------------------------------------------------
    def _race_chunk(self, max_steps: int, seconds: float) -> ChunkReport:
        race = self._ensure_race()
        if self._gen is None:
            x, y = self.template.training_data
            self._gen = race.run(x, y, batch_size=min(self.template.batch_size, len(x)),
                                 validation_data=self.template.validation_data)
        t_end = time.perf_counter() + seconds
        done = 0
        length = self.settings.length
        while done < max_steps and race.steps < length:
            record = next(self._gen, None)
            if record is None:             # every contestant has diverged
                self._gen = None
                self._finished = True
                return ChunkReport(done, stop=Text("Race", QT_TRANSLATE_NOOP(
                    "Race", "Every contestant diverged by step {n}: lower the learning rates and press Restart."),
                    n=race.steps))
            self._record(record)
            done += 1
            if time.perf_counter() >= t_end:
                break
        if race.steps >= length:
            self._close_run()
            self._finished = True
            return ChunkReport(done, stop=Text("Race", QT_TRANSLATE_NOOP(
                "Race", "The race is over after %n step(s). Restart races again; a longer race goes on.", None, 1),
                n=race.steps))
        return ChunkReport(done)

    def _record(self, record) -> None:
        for entry in record.contestants:
            curves = self._curves.get(entry.name)
            if curves is None or (curves.diverged_at is not None and entry.loss is None):
                continue
            loss = math.nan if entry.loss is None else entry.loss
            accuracy = math.nan if entry.accuracy is None else entry.accuracy
            curves.steps.append((record.step, entry.seconds, loss, accuracy, record.batch_size))
            sizes = entry.step_sizes
            curves.sizes.append(sizes if len(sizes) == curves.sizes.a.shape[1] else math.nan)
            if entry.val_loss is not None:
                curves.val.append((record.step, entry.seconds, entry.val_loss,
                                   math.nan if entry.val_accuracy is None else entry.val_accuracy))
            if entry.diverged_at is not None:
                curves.diverged_at = entry.diverged_at

    def _update_boundaries(self) -> None:
        extent = self.template.extent
        if extent is None or self._race is None:
            return
        _, _, grid = plane_grid(extent, BOUNDARY_RES)
        grid = grid.astype(np.float32)
        for key, model in self._race.models.items():
            curves = self._curves.get(key)
            if curves is not None:
                out = np.asarray(model.predict(grid), dtype=np.float64)
                shape = (BOUNDARY_RES, BOUNDARY_RES) if out.shape[1] == 1 else (BOUNDARY_RES, BOUNDARY_RES, -1)
                curves.boundary = _frozen(out.reshape(shape))    # TrainingSnapshot.boundary's layout

    def _epochs_per_window(self) -> int:
        n = self.template.n_train
        return math.ceil(n / min(self.template.batch_size, n))

    def _curve_arrays(self, key: str) -> dict:
        """A contestant's curves so far as binned, read-only arrays (the costly part of a snapshot)."""
        curves = self._curves.get(key)
        if curves is None or not curves.steps.n:
            return {}
        rows = curves.steps.rows()
        window = self._epochs_per_window()
        epoch_loss = _moving_mean(rows[:, 2], rows[:, 4], window)
        accuracy = _moving_mean(rows[:, 3], rows[:, 4], window)
        table = _binned(np.column_stack([rows[:, 0], rows[:, 1], rows[:, 2], epoch_loss, accuracy]), MAX_POINTS,
                        last=2)
        # step sizes averaged over an epoch's batches too: one batch's is noisy (Adam's jumps by a factor of ten)
        sizes = curves.sizes.rows()
        sizes = np.column_stack([_moving_mean(sizes[:, k], rows[:, 4], window) for k in range(sizes.shape[1])])
        val = curves.val.rows().copy()
        return dict(steps=_frozen(table[:, 0]), seconds=_frozen(table[:, 1]), loss=_frozen(table[:, 2]),
                    epoch_loss=_frozen(table[:, 3]), accuracy=_frozen(table[:, 4]),
                    step_sizes=_frozen(_binned(sizes, MAX_POINTS)), val_steps=_frozen(val[:, 0]),
                    val_seconds=_frozen(val[:, 1]), val_loss=_frozen(val[:, 2]), val_accuracy=_frozen(val[:, 3]))

    def _contestant_curves(self, c: Contestant) -> ContestantCurves:
        race = self._race
        config = race.optimizers[c.key].get_config() if race is not None and c.key in race.models else dict(c.config)
        curves = self._curves.get(c.key)
        arrays = self._arrays.get(c.key) or {"step_sizes": np.zeros((0, len(self.template.spec.layers)))}
        return ContestantCurves(c.key, c.name, c.color, c.visible, config, **arrays,
                                diverged_at=None if curves is None else curves.diverged_at,
                                boundary=None if curves is None else curves.boundary)

    def _race_rows(self) -> tuple[ResultRow, ...]:
        race = self._race
        if race is None:
            return tuple(ResultRow(c.key, c.name, c.color, dict(c.config), tuning=self._tuning_of(c.key))
                         for c in self._contestants)
        standings = {s.name: s for s in race.standings(self.settings.target_loss)}
        rows = []
        for c in self._contestants:
            s = standings.get(c.key)
            if s is None:
                continue
            val = self._curves[c.key].val.rows() if c.key in self._curves else np.zeros((0, 4))
            test_loss = _number(val[-1, 2]) if len(val) else None
            test_accuracy = _number(val[-1, 3]) if len(val) else None
            rows.append(ResultRow(c.key, c.name, c.color, s.config, steps=s.steps, seconds=s.seconds,
                                  loss=_number(s.loss), accuracy=_number(s.accuracy), test_loss=test_loss,
                                  test_accuracy=test_accuracy, best_loss=_number(s.best_loss),
                                  steps_to_target=s.steps_to_target, seconds_to_target=s.seconds_to_target,
                                  diverged_at=s.diverged_at, tuning=self._tuning_of(c.key)))
        return tuple(rows)

    def _tuned_steps(self) -> int:
        """The steps of the tuning done (a race tuned, then made longer, keeps its tuning), else of the next one."""
        if self._tunings:
            return next(iter(self._tunings.values())).steps
        return self.settings.tuning_steps

    def _tuning_of(self, key: str) -> Tuning | None:
        return None if self._tunings is None else self._tunings.get(key)

    # -- many seeds --------------------------------------------------------------------------------------------------
    def _sweep_chunk(self) -> ChunkReport:
        if self._sweep_iter is None:
            contestants = {c.key: dict(c.config) for c in self._contestants}
            seeds = self._seed_list()
            self._check_sweep_memory([config for config in contestants.values() for _ in seeds], self.settings.length)
            x, y = self.template.training_data
            self._sweep_iter = seed_sweep_iter(self._model(), contestants, x, y, seeds, self.settings.length,
                                               self._batch_size(),
                                               chunk=self._chunk_for(len(contestants) * len(seeds),
                                                                     self.settings.length))
        sweep = next(self._sweep_iter, None)
        if sweep is not None:
            self._sweep = sweep
        if sweep is None or sweep.steps >= self.settings.length:
            self._sweep_iter = None
            self._finished = True
            return ChunkReport(0, stop=Text("Race", QT_TRANSLATE_NOOP(
                "Race", "Every seed has run %n step(s). Restart races again.", None, 1), n=self.settings.length))
        return ChunkReport(0)

    def _seed_views(self) -> tuple[tuple[SeedCurves, ...], tuple[ResultRow, ...]]:
        sweep = self._sweep
        target = self.settings.target_loss
        classification = self.template.spec.problem != "regression"
        curves, rows = [], []
        for c in self._contestants:
            run = sweep[c.key] if sweep is not None and c.key in sweep else None
            if run is None:
                curves.append(SeedCurves(c.key, c.name, c.color, c.visible, dict(c.config)))
                rows.append(ResultRow(c.key, c.name, c.color, dict(c.config), seeds=self.settings.seeds,
                                      tuning=self._tuning_of(c.key)))
                continue
            with np.errstate(all="ignore"):
                bands = run.quantiles()
                steps = np.arange(1, bands.shape[1] + 1, dtype=np.float64)
                binned = _binned(np.column_stack([steps, bands.T]), SEED_POINTS, last=1)
                summary = run.summary(target)
                if target is not None:
                    kind, needed, reach = "loss", run.steps_to_loss(target), summary.loss
                elif classification and run.accuracies is not None:
                    kind, needed, reach = "accuracy", run.steps_to_accuracy(), summary.accuracy
                else:
                    kind, needed, reach = None, np.full(len(run.seeds), -1, dtype=np.int64), None
            curves.append(SeedCurves(c.key, c.name, c.color, c.visible, run.config, steps=_frozen(binned[:, 0]),
                                     q25=_frozen(binned[:, 1]), median=_frozen(binned[:, 2]),
                                     q75=_frozen(binned[:, 3]), steps_to_target=_frozen(np.asarray(needed).copy())))
            accuracy = None
            if run.accuracies is not None:
                accuracy = _number(np.median(run.smoothed_accuracies()[:, -1]))
            rows.append(ResultRow(c.key, c.name, c.color, run.config, steps=sweep.steps, seconds=sweep.seconds,
                                  loss=_number(summary.median_final_loss), accuracy=accuracy,
                                  seeds=len(run.seeds), diverged=summary.diverged,
                                  median_loss=_number(summary.median_final_loss),
                                  reached=0 if reach is None else reach.reached,
                                  median_steps=None if reach is None else reach.median,
                                  q25_steps=None if reach is None else reach.q25,
                                  q75_steps=None if reach is None else reach.q75, target_kind=kind,
                                  tuning=self._tuning_of(c.key)))
        return tuple(curves), tuple(rows)


# ======================================================================================================================
# helpers
# ======================================================================================================================
LADDER = (0.01, 0.1, 1.0, 10.0, 100.0, 1000.0)  # the Learning rates preset: these multiples of the lecture's rate


def rate_ladder(optimizer: str) -> tuple[float, ...]:
    """The Learning rates preset's rates for ``optimizer``: a hundredth to a thousand times the lecture's rate for it
    (SGD 0.1: 0.001 to 100; Adam 0.01: 0.0001 to 10). Small networks bear large rates: SGD at 10 was the best of
    0.001 to 10 on the studio's 2-2-1 XOR and a 2-8-1 on moons, Adam at 1 on moons and the circle. A thousand times
    the lecture's rate was too large for all five optimizers on XOR, moons, circle and spirals (1000 steps: at best
    91 % accuracy, mostly a loss far above the start), a hundredth too small: 0.001 to 1 showed SGD's 1 as its
    best."""
    centre = {c["name"]: c["lr"] for c in PRESETS["lecture"][1]().values()}.get(optimizer, 0.01)
    return tuple(float(f"{centre * k:.6g}") for k in LADDER)


def _default_contestants() -> dict:
    """SGD, momentum and Adam: three of the lecture's five, a race that shows something in a few seconds."""
    five = PRESETS["lecture"][1]()
    return {name: five[name] for name in ("SGD", "Momentum", "Adam")}


def _default_name(name: str, optimizer: str) -> bool:
    """Whether ``name`` is the one the app gives a contestant of ``optimizer``: its title ("Adam", "Adam (2)")."""
    title = _optimizers.OPTIMIZER_TITLES.get(optimizer, optimizer)
    return re.fullmatch(re.escape(title) + r"( \(\d+\))?", name) is not None


def _read_setup(data) -> tuple:
    """(template or None, contestants, RaceSettings, SurfaceSetup) of a stored set-up, each entry checked for its
    type and range; SetupError otherwise. (The optimizers' and the network's own checks follow when it is built.)"""
    def need(ok: bool, what: str) -> None:
        if not ok:
            raise SetupError(f"the set-up's {what} is not as this version stores it")

    def fields(entry, names: set, what: str) -> dict:
        need(isinstance(entry, dict) and set(entry) == names, what)
        return entry

    need(isinstance(data, dict) and data.get("version") == SETUP_VERSION, "version")
    fields(data, {"version", "contestants", "settings", "surface", "template"}, "layout")
    entries = data["contestants"]
    need(isinstance(entries, list) and 1 <= len(entries) <= MAX_CONTESTANTS, "list of contestants")
    contestants = []
    for entry in entries:
        fields(entry, {"name", "made_up", "config", "color", "visible"}, "contestant")
        name, made_up, config = entry["name"], entry["made_up"], entry["config"]
        need(isinstance(name, str) and 0 < len(name.strip()) <= MAX_NAME_LENGTH, "contestant's name")
        need(made_up is None or (isinstance(made_up, str) and 0 < len(made_up) <= MAX_NAME_LENGTH),
             "contestant's made-up name")
        need(isinstance(config, dict) and isinstance(config.get("name"), str), "optimizer")
        need(all(isinstance(v, bool) or is_finite(v) or (isinstance(v, list) and all(is_finite(b) for b in v))
                 for k, v in config.items() if k != "name"), "optimizer's settings")
        need(is_whole(entry["color"], 0, MAX_CONTESTANTS - 1), "contestant's colour")
        need(isinstance(entry["visible"], bool), "contestant's visibility")
        contestants.append({**entry, "name": name.strip()})

    s = fields(data["settings"], {"mode", "comparison", "length", "target_loss", "seeds", "tune_steps"},
               "settings")
    need(s["target_loss"] is None or is_finite(s["target_loss"]), "target loss")
    if s["tune_steps"] == DEFAULT_TUNE_STEPS:
        # written before Tuning steps followed Steps, every set-up stored this default unless the learner set
        # another: it follows Steps now (else the box a learner never touched would stay at 2,000 for good)
        s = {**s, "tune_steps": None}
    settings = RaceSettings(**s)
    try:
        settings.check()
    except RaceError as exc:
        raise SetupError(f"the set-up's settings cannot be: {why(exc)}") from None

    u = fields(data["surface"], {"name", "kappa", "start", "steps", "noise", "seed"}, "surface race")
    start = u["start"]
    need(u["name"] in SURFACE_NAMES and is_finite(u["kappa"]) and u["kappa"] >= 1 and is_whole(u["steps"], 1, 100_000)
         and is_finite(u["noise"]) and u["noise"] >= 0 and is_whole(u["seed"], 0, 2 ** 32 - 1)
         and (start is None or (isinstance(start, list) and len(start) == 2 and all(is_finite(v) for v in start))),
         "surface race")
    surface = SurfaceSetup(u["name"], float(u["kappa"]), None if start is None else (float(start[0]),
                                                                                    float(start[1])),
                           u["steps"], float(u["noise"]), u["seed"])

    t = data["template"]
    template = None
    if t is not None:
        fields(t, {"data", "hidden", "activation", "batch_size", "seed"}, "network")
        need(t["data"] in TOY_DATASETS and isinstance(t["activation"], str) and isinstance(t["hidden"], list)
             and len(t["hidden"]) <= MAX_HIDDEN and all(is_whole(u, 1, MAX_UNITS) for u in t["hidden"])
             and is_whole(t["batch_size"], 1, 100_000) and is_whole(t["seed"], 0, 2 ** 31 - 1), "network")
        template = RaceTemplate.own(t["data"], tuple(t["hidden"]), t["activation"], t["batch_size"], t["seed"])
    return template, contestants, settings, surface


def _checked_config(config: dict) -> dict:
    """An optimizer config the engine accepts (a copy with the name in lower case); RaceError otherwise."""
    if not isinstance(config, dict) or "name" not in config:
        raise RaceError(QT_TRANSLATE_NOOP("Errors", "An optimizer needs a name, one of {choices}."),
                        choices=", ".join(_optimizers.OPTIMIZERS))
    config = {**config, "name": str(config["name"]).lower()}
    if "betas" in config:
        config["betas"] = tuple(float(b) for b in config["betas"])
    try:
        _optimizers.get(config)
    except (TypeError, ValueError) as exc:
        raise RaceError(QT_TRANSLATE_NOOP("Errors", "These optimizer settings are not possible: {reason}"),
                        reason=why(exc)) from None
    return config


def _identity(contestants) -> tuple:
    """What a contestant shows besides its curves: key, name, colour, visibility, settings."""
    return tuple((c.key, c.name, c.color, c.visible, _config_key(c.config)) for c in contestants)


def _config_key(config: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in config.items()))


def _moving_mean(values: np.ndarray, sizes: np.ndarray, window: int) -> np.ndarray:
    """Mean of the last ``window`` steps weighted by batch size (fewer at the start): the epoch loss."""
    if window <= 1:
        return values.copy()
    weighted = np.cumsum(values * sizes)
    total = np.cumsum(sizes)
    weighted[window:] -= weighted[:-window].copy()
    total[window:] -= total[:-window].copy()
    return weighted / total


def _binned(a: np.ndarray, points: int, last: int = 0) -> np.ndarray:
    """Rows of ``a`` averaged in bins of a power of two (stable between snapshots) so that at most about
    ``points`` remain; a copy. The first ``last`` columns (the step, the seconds so far) take the bin's last row:
    a bin of steps 1 and 2 is step 2, not step 1.5."""
    n = len(a)
    if n <= points:
        return a.copy()
    k = 1 << math.ceil(math.log2(n / points))
    m = n // k
    head = a[:m * k].reshape(m, k, *a.shape[1:]).mean(axis=1)
    head[:, :last] = a[k - 1:m * k:k, :last]
    if m * k < n:
        tail = a[m * k:].mean(axis=0, keepdims=True)
        tail[:, :last] = a[-1:, :last]
        head = np.concatenate([head, tail])
    return head


def _number(value) -> float | None:
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.flags.writeable = False
    return a
