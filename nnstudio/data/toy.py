"""Small synthetic datasets for watching a network learn: 2-D classification sets (one of them multi-label)
and 1-D sine regression.

Every generator takes ``(n, noise, seed, test_fraction)`` and returns a :class:`Dataset`; the same seed
gives the same points. ``n`` is the total number of points (train + test). ``noise`` is the standard
deviation of Gaussian jitter added to the coordinates (the sets span roughly [-1, 1]; for ``sine`` it is
added to the target). Labels come from the clean coordinates, so noise blurs the class borders.
The split is stratified: every class keeps the same share of test points.
"""
from __future__ import annotations

import inspect

import numpy as np

from nnstudio.data.dataset import Dataset, extent_of, split_indices
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
XOR_Y = np.array([[0], [1], [1], [0]], dtype=np.float32)

MAX_POINTS = 1_000_000      # the studio's limit too; 2e9 points filled 10 GB of memory before the first epoch
MAX_NOISE = 10.0            # a project file's limit too; 1e308 made points of float32 infinity ("x holds NaN ...")


def _check_args(name: str, n: int, noise: float, test_fraction: float, min_n: int) -> None:
    if int(n) != n or not min_n <= n <= MAX_POINTS:    # said to whoever chose the number (train --points)
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} takes from {minimum} to {maximum} points (got "
                                                            "{points})"),
                                name=name, minimum=min_n, maximum=f"{MAX_POINTS:,}", points=n)
    if not 0 <= noise <= MAX_NOISE:     # (also refuses NaN)
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name}: noise must be a number from 0 to {maximum}, got "
                                                            "{value}"),
                                name=name, maximum=f"{MAX_NOISE:g}", value=repr(noise))
    if not 0 <= test_fraction < 1:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name}: test_fraction must be in [0, 1), got {value}"),
                                name=name, value=repr(test_fraction))


def _class_counts(n: int, k: int) -> list[int]:
    """n points shared out as evenly as possible over k classes."""
    return [n // k + (1 if c < n % k else 0) for c in range(k)]


def _split(name, x, labels, k, test_fraction, rng, problem, y_reg=None) -> Dataset:
    """Shuffle, split stratified by class (or plainly for regression) and pack a Dataset."""
    train_idx, test_idx = split_indices(len(x), None if problem == "regression" else labels, test_fraction, rng)
    x = x.astype(np.float32)
    if problem == "regression":
        y = y_reg.astype(np.float32).reshape(-1, 1)
        n_out, names = 1, ()
    elif problem == "binary":
        y = labels.astype(np.float32).reshape(-1, 1)
        n_out, names = 1, ("0", "1")
    else:
        y = labels.astype(np.int64)
        n_out, names = k, tuple(str(c) for c in range(k))
    return Dataset(name=name, x_train=x[train_idx], y_train=y[train_idx], x_test=x[test_idx],
                   y_test=y[test_idx], problem=problem, n_classes=n_out, class_names=names,
                   extent=extent_of(x) if x.shape[1] == 2 else None)


def _classification(name, n, noise, seed, test_fraction, k, make_class, min_per_class=2) -> Dataset:
    """Generate ``k`` classes with ``make_class(c, count, rng) -> clean (count, 2) points``, then jitter."""
    _check_args(name, n, noise, test_fraction, min_n=k * min_per_class)
    rng = np.random.default_rng(seed)
    xs, labels = [], []
    for c, count in enumerate(_class_counts(int(n), k)):
        xs.append(make_class(c, count, rng))
        labels.append(np.full(count, c, dtype=np.int64))
    x = np.concatenate(xs)
    x = x + noise * rng.standard_normal(x.shape)
    return _split(name, x, np.concatenate(labels), k, test_fraction, rng,
                  "binary" if k == 2 else "multiclass")


# -- the sets ----------------------------------------------------------------------------------------
def xor(n: int = 4, noise: float = 0.0, seed: int = 0, test_fraction: float = 0.0) -> Dataset:
    """The lecture's four XOR points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0; train = test = those 4.

    ``n``, ``noise``, ``seed`` and ``test_fraction`` are accepted for a uniform interface and ignored:
    the lecture's truth table is exact.
    """
    return Dataset(name="xor", x_train=XOR_X.copy(), y_train=XOR_Y.copy(), x_test=XOR_X.copy(),
                   y_test=XOR_Y.copy(), problem="binary", n_classes=1, class_names=("0", "1"),
                   extent=(-0.5, 1.5, -0.5, 1.5))


def xor_cloud(n: int = 200, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Points uniform in the four quadrants of [-1, 1]²; class 1 where the signs of x and y differ (XOR)."""
    def make(c, count, rng):
        # |x|, |y| in [0.05, 1] keeps a small gap along the axes; class 1 gets opposite signs.
        mag = rng.uniform(0.05, 1.0, size=(count, 2))
        sx = rng.choice([-1.0, 1.0], size=count)
        sy = sx if c == 0 else -sx
        return mag * np.stack([sx, sy], axis=1)
    return _classification("xor_cloud", n, noise, seed, test_fraction, 2, make)


def circle(n: int = 200, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Class 1 inside a disc of radius 0.45, class 0 on a ring of radius 0.7 .. 1.0 around it."""
    def make(c, count, rng):
        r = rng.uniform(0.7, 1.0, count) if c == 0 else 0.45 * np.sqrt(rng.uniform(0, 1, count))
        t = rng.uniform(0, 2 * np.pi, count)
        return np.stack([r * np.cos(t), r * np.sin(t)], axis=1)
    return _classification("circle", n, noise, seed, test_fraction, 2, make)


def gaussians(n: int = 200, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Two Gaussian blobs (std 0.25) centred at (-0.5, -0.5) (class 0) and (0.5, 0.5) (class 1)."""
    centres = np.array([[-0.5, -0.5], [0.5, 0.5]])

    def make(c, count, rng):
        return centres[c] + 0.25 * rng.standard_normal((count, 2))
    return _classification("gaussians", n, noise, seed, test_fraction, 2, make)


def _spiral_arm(c: int, k: int, count: int, rng) -> np.ndarray:
    # Arm c of k: the radius grows linearly with the angle from 0.2 to 1 over 3/k turns (1.5 turns for two arms,
    # one turn for three), so neighbouring arms always lie about 0.25 apart, also where they start, and the
    # turns stay visible under moderate noise; the arms are rotated by 2π/k. Points are evenly spaced along the
    # arm (as TF Playground and CS231n place them; random positions left gaps and clumps that read as noise).
    def point(t):
        r = 0.2 + 0.8 * t
        angle = (3.0 / k) * 2 * np.pi * t + 2 * np.pi * c / k
        return np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    fine = np.linspace(0.0, 1.0, 2001)
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(point(fine), axis=0).T))])
    return point(np.interp((np.arange(count) + 0.5) / count * arc[-1], arc, fine))


def spiral(n: int = 300, noise: float = 0.04, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Two interleaved spiral arms of 1.5 turns (the hard one of TensorFlow Playground). The arms are about
    0.25 apart: noise up to about 0.05 keeps them readable, 0.1 blurs them."""
    return _classification("spiral", n, noise, seed, test_fraction, 2,
                           lambda c, count, rng: _spiral_arm(c, 2, count, rng))


def moons(n: int = 200, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Two interleaving half circles (as scikit-learn's make_moons), centred on the origin."""
    def make(c, count, rng):
        t = rng.uniform(0, np.pi, count)
        if c == 0:
            pts = np.stack([np.cos(t), np.sin(t)], axis=1)
        else:
            pts = np.stack([1 - np.cos(t), 0.5 - np.sin(t)], axis=1)
        return (pts - [0.5, 0.25]) * 0.9
    return _classification("moons", n, noise, seed, test_fraction, 2, make)


def three_blobs(n: int = 300, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Three Gaussian blobs (std 0.2) on a circle of radius 0.65: a multi-class problem (int labels 0, 1, 2)."""
    angles = np.pi / 2 + 2 * np.pi * np.arange(3) / 3
    centres = 0.65 * np.stack([np.cos(angles), np.sin(angles)], axis=1)

    def make(c, count, rng):
        return centres[c] + 0.2 * rng.standard_normal((count, 2))
    return _classification("three_blobs", n, noise, seed, test_fraction, 3, make)


def spiral3(n: int = 300, noise: float = 0.04, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Three spiral arms of one turn each, about 0.25 apart (CS231n's classic): multi-class, int labels 0, 1, 2."""
    return _classification("spiral3", n, noise, seed, test_fraction, 3,
                           lambda c, count, rng: _spiral_arm(c, 3, count, rng))


# the three discs of ``venn``: radius 0.6, centred 0.35 from the origin, 120° apart
VENN_RADIUS = 0.6
VENN_CENTRES = 0.35 * np.stack([np.cos(np.pi / 2 + 2 * np.pi * np.arange(3) / 3),
                                np.sin(np.pi / 2 + 2 * np.pi * np.arange(3) / 3)], axis=1)


def venn(n: int = 300, noise: float = 0.05, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """Multi-label: points uniform in [-1, 1]², each with three yes/no labels — inside disc 0, 1, 2 (three
    overlapping discs, as in a Venn diagram), so a point may have none, one, two or all three. y is float32 of
    shape (n, 3). The split is stratified by the combination of labels."""
    _check_args("venn", n, noise, test_fraction, min_n=2)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=(int(n), 2))
    inside = np.linalg.norm(x[:, None, :] - VENN_CENTRES[None, :, :], axis=2) < VENN_RADIUS
    x = x + noise * rng.standard_normal(x.shape)
    combination = inside @ np.array([1, 2, 4])          # which discs a point is in, as one code 0..7
    train_idx, test_idx = split_indices(len(x), combination, test_fraction, rng)
    x, y = x.astype(np.float32), inside.astype(np.float32)
    return Dataset(name="venn", x_train=x[train_idx], y_train=y[train_idx], x_test=x[test_idx], y_test=y[test_idx],
                   problem="multilabel", n_classes=3, class_names=("0", "1", "2"), extent=extent_of(x))


def sine(n: int = 200, noise: float = 0.1, seed: int = 0, test_fraction: float = 0.3) -> Dataset:
    """1-D regression: x uniform in [-π, π], y = sin(x) + noise·N(0, 1); x and y of shape (n, 1)."""
    _check_args("sine", n, noise, test_fraction, min_n=2)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-np.pi, np.pi, size=(int(n), 1))
    y = np.sin(x) + noise * rng.standard_normal(x.shape)
    return _split("sine", x, None, 1, test_fraction, rng, "regression", y_reg=y)


# name -> (title, generator); the GUI lists them in this order and shows
# QCoreApplication.translate("Datasets", title).
TOY_DATASETS = {
    "xor": (QT_TRANSLATE_NOOP("Datasets", "XOR (the 4 lecture points)"), xor),
    "xor_cloud": (QT_TRANSLATE_NOOP("Datasets", "XOR cloud"), xor_cloud),
    "circle": (QT_TRANSLATE_NOOP("Datasets", "Circle"), circle),
    "gaussians": (QT_TRANSLATE_NOOP("Datasets", "Two Gaussians"), gaussians),
    "moons": (QT_TRANSLATE_NOOP("Datasets", "Moons"), moons),
    "spiral": (QT_TRANSLATE_NOOP("Datasets", "Spiral"), spiral),
    "three_blobs": (QT_TRANSLATE_NOOP("Datasets", "Three blobs (3 classes)"), three_blobs),
    "spiral3": (QT_TRANSLATE_NOOP("Datasets", "Three-arm spiral (3 classes)"), spiral3),
    "venn": (QT_TRANSLATE_NOOP("Datasets", "Three overlapping discs (multi-label)"), venn),
    "sine": (QT_TRANSLATE_NOOP("Datasets", "Sine (regression)"), sine),
}


def toy_defaults(name: str) -> dict:
    """The toy set's own number of points, noise and test fraction (its generator's defaults)."""
    params = inspect.signature(TOY_DATASETS[name][1]).parameters
    return {key: params[key].default for key in ("n", "noise", "test_fraction")}


def load_dataset(name: str, n: int | None = None, noise: float | None = None, seed: int = 0,
                 test_fraction: float | None = None) -> Dataset:
    """The toy dataset ``name`` (a key of TOY_DATASETS). Arguments left as None take the set's defaults
    (about 200-300 points, noise 0.04-0.1, 30 % test); "xor" ignores them all."""
    try:
        _, generator = TOY_DATASETS[name]
    except KeyError:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "unknown dataset {name}; choose one of: {choices}"),
                                name=repr(name), choices=", ".join(TOY_DATASETS)) from None
    kwargs = {"seed": seed}
    if n is not None:
        kwargs["n"] = n
    if noise is not None:
        kwargs["noise"] = noise
    if test_fraction is not None:
        kwargs["test_fraction"] = test_fraction
    return generator(**kwargs)
