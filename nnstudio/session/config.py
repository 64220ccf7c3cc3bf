"""What the learner chose for training and for the data, as frozen records of plain values.

``TrainingConfig`` holds the optimizer (a registry name and its hyper-parameters, by torch's names), the batch
size, the seed and the slow-motion speed; ``DataChoice`` which data set and, for the generated toy sets, how
many points, how much noise and which share is held out. Both turn into and from plain dicts for project and
settings files, never into anything that could run code.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace

from nnstudio.engine import optimizers
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError


# What the studio's boxes can show: the side panel's spin boxes and the toolbar's Speed box take their ranges from
# here, and a setting outside them is refused wherever it comes from (a project file too), so the panel always
# shows the settings that train
LR_RANGE = (1e-6, 1e6)
BATCH_RANGE = (1, 60_000)                   # up to MNIST's whole training set
SEED_RANGE = (0, 2 ** 31 - 1)
MAX_EPOCHS_RANGE = (0, 1_000_000)           # 0 = no limit
EARLY_STOPPING_RANGE = (0, 100_000)         # 0 = off
SPEEDS = (1, 3, 10, 30, 100, 300, 1000, 0)  # steps per second in the Speed box (0 = full speed)


class ConfigError(TranslatableError):
    """A training setting or data choice that cannot be used (a ValueError); the message names the value."""


def _options(items) -> tuple[tuple[str, object], ...]:
    """Hyper-parameters as a sorted tuple of (name, value) pairs (hashable, so the record stays frozen);
    lists (Adam's betas) become tuples."""
    pairs = dict(items).items() if not isinstance(items, tuple) else items
    return tuple(sorted((str(k), tuple(v) if isinstance(v, list) else v) for k, v in pairs))


@dataclass(frozen=True)
class TrainingConfig:
    """The optimizer and how training is paced. ``options`` are further hyper-parameters of the optimizer
    besides ``lr`` (momentum, betas, weight_decay, ...), with torch's names and defaults where left out."""

    optimizer: str = "sgd"
    lr: float = 3.0
    batch_size: int = 32
    seed: int = 0
    options: tuple[tuple[str, object], ...] = field(default=())
    speed: int = 100            # at most this many optimizer steps per second (slow motion); 0 = full speed
    max_epochs: int = 0         # training stops after this many epochs; 0 = no limit
    early_stopping: int = 0     # stop when the test loss has not improved for this many epochs; 0 = never
    augment: bool = False       # image data: train on randomly shifted, rotated, scaled, thickened variants

    def __post_init__(self):
        options = _options(self.options)
        cls = optimizers.OPTIMIZERS.get(self.optimizer) if isinstance(self.optimizer, str) else None
        if cls is not None:   # a hyper-parameter at torch's default is no choice of the learner's: left out
            defaults = dict(_options(cls().get_config()))
            options = tuple((k, v) for k, v in options if k not in defaults or defaults[k] != v)
        object.__setattr__(self, "options", options)

    def optimizer_config(self) -> dict:
        """The engine's optimizer config: ``optimizers.get(config)`` builds it."""
        return {"name": self.optimizer, "lr": self.lr, **dict(self.options)}

    def make_optimizer(self):
        """A fresh optimizer; raises ValueError (naming the setting) for impossible hyper-parameters."""
        return optimizers.get(self.optimizer_config())

    def option(self, name: str, default=None):
        return dict(self.options).get(name, default)

    def with_changes(self, **changes) -> TrainingConfig:
        """A copy with ``changes``; ``options`` may be a dict of the hyper-parameters to change."""
        if "options" in changes:
            changes["options"] = _options({**dict(self.options), **dict(changes["options"])})
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["options"] = {k: list(v) if isinstance(v, tuple) else v for k, v in self.options}
        return d

    @classmethod
    def from_dict(cls, d: dict, default: TrainingConfig | None = None) -> TrainingConfig:
        """From ``to_dict()`` output; missing keys keep ``default``'s values. Raises ConfigError naming a bad
        value (the optimizer is built once to check its hyper-parameters: its own ValueError)."""
        base = default or cls()
        if not isinstance(d, dict):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the training settings are not a mapping"))
        values = {}
        for f in fields(cls):
            if f.name in d and d[f.name] is not None:
                values[f.name] = d[f.name]
        config = base.with_changes(**values)
        config.check()
        return config

    def check(self) -> None:
        """Raise ConfigError unless every value is usable (impossible hyper-parameters: the optimizer's
        ValueError)."""
        if not isinstance(self.optimizer, str) or self.optimizer not in optimizers.OPTIMIZERS:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "unknown optimizer {name}; choose one of {choices}"),
                              name=repr(self.optimizer), choices=", ".join(optimizers.OPTIMIZERS))
        if isinstance(self.lr, bool) or not isinstance(self.lr, (int, float)) or not math.isfinite(self.lr) \
                or not LR_RANGE[0] <= self.lr <= LR_RANGE[1]:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the learning rate {value} is not a number from {low} to "
                                                          "{high}"),
                              value=repr(self.lr), low=f"{LR_RANGE[0]:g}", high=f"{LR_RANGE[1]:g}")
        # the settings' own names in the message: they are the keys of project and settings files
        for template, value, (low, high) in (
                (QT_TRANSLATE_NOOP("Errors", "batch_size must be a whole number from {low} to {high} (got {value})"),
                 self.batch_size, BATCH_RANGE),
                (QT_TRANSLATE_NOOP("Errors", "seed must be a whole number from {low} to {high} (got {value})"),
                 self.seed, SEED_RANGE),
                (QT_TRANSLATE_NOOP("Errors", "max_epochs must be a whole number from {low} to {high} (got {value})"),
                 self.max_epochs, MAX_EPOCHS_RANGE),
                (QT_TRANSLATE_NOOP("Errors", "early_stopping must be a whole number from {low} to {high} (got "
                                             "{value})"),
                 self.early_stopping, EARLY_STOPPING_RANGE)):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ConfigError(template, low=low, high=high, value=repr(value))
        if isinstance(self.speed, bool) or not isinstance(self.speed, int) or self.speed not in SPEEDS:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "speed must be one of {choices} steps per second, 0 for "
                                                          "full speed (got {value})"),
                              choices=", ".join(str(v) for v in SPEEDS if v), value=repr(self.speed))
        if not isinstance(self.augment, bool):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "augment must be true or false (got {value})"),
                              value=repr(self.augment))
        self.make_optimizer()


@dataclass(frozen=True)
class DataChoice:
    """Which data set: a toy set's name, "mnist", "fashion" or "csv:<path>", and a toy set's parameters
    (None: the set's own number of points, noise and test fraction)."""

    key: str = "xor"
    n: int | None = None
    noise: float | None = None
    test_fraction: float | None = None
    include_my_digits: bool = False   # MNIST only: also train on the digits drawn in the pad

    def with_changes(self, **changes) -> DataChoice:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, d: dict, default: DataChoice | None = None) -> DataChoice:
        """From ``to_dict()`` output ("name": an older spelling of "key"); missing keys keep ``default``'s values.
        Raises ConfigError naming a bad value."""
        base = default or cls()
        if not isinstance(d, dict):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the dataset choice is not a mapping"))
        values = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        if "key" not in values and isinstance(d.get("name"), str):
            values["key"] = d["name"]
        choice = replace(base, **values)
        if not isinstance(choice.key, str) or not choice.key:
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the dataset choice has no dataset name"))
        if choice.n is not None and (isinstance(choice.n, bool) or not isinstance(choice.n, int)
                                     or not 2 <= choice.n <= 1_000_000):
            raise ConfigError(QT_TRANSLATE_NOOP("Errors", "the number of points {value} is not a whole number from "
                                                          "{low} to {high}"),
                              value=repr(choice.n), low=2, high=1_000_000)
        for template, value, high in (
                (QT_TRANSLATE_NOOP("Errors", "the noise {value} is not a number from 0 to {high}"), choice.noise, 10.0),
                (QT_TRANSLATE_NOOP("Errors", "the test fraction {value} is not a number from 0 to {high}"),
                 choice.test_fraction, 0.95)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                      or not 0 <= value <= high):
                raise ConfigError(template, value=repr(value), high=f"{high:g}")
        return choice
