"""The Dataset record every part of NN Studio trains on: train/test arrays plus what the views need.

Layout of the targets (the engine's and the GUI's common ground):
- binary and regression: ``y`` is float32 of shape (n, 1) (binary: 0.0 or 1.0);
- multiclass: ``y`` is int64 class labels of shape (n,), values 0 .. n_classes-1;
- multilabel: ``y`` is float32 of shape (n, k) of 0.0/1.0.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from nnstudio.engine.problems import PROBLEMS
from nnstudio.i18n import QT_TRANSLATE_NOOP, Translatable, TranslatableError


class PointIndexError(Translatable, IndexError):
    """A point's number outside its set."""


@dataclass(frozen=True, eq=False)
class Dataset:
    """A train/test split with its problem type.

    ``x_*`` are float32 (n, d). ``n_classes`` is the number of output units the problem needs: 1 for binary
    and regression, k for multiclass/multilabel. ``class_names`` has one name per class (two for binary,
    none for regression). ``extent`` = (xmin, xmax, ymin, ymax) covers every point with a margin, for
    2-D inputs only (None otherwise).
    """

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    problem: str
    n_classes: int
    class_names: tuple[str, ...] = ()
    extent: tuple[float, float, float, float] | None = None

    def __post_init__(self):
        if self.problem not in PROBLEMS:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "problem must be one of {choices}, not {problem}"),
                                    choices=', '.join(PROBLEMS), problem=repr(self.problem))
        for split in ("train", "test"):
            x, y = getattr(self, f"x_{split}"), getattr(self, f"y_{split}")
            if x.ndim != 2 or x.dtype != np.float32:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x_{split} must be float32 of shape (n, d), got "
                                                                    "{dtype} {shape}"), split=split, dtype=x.dtype,
                                        shape=x.shape)
            if x.shape[0] != y.shape[0]:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x_{split} has {rows_x} rows but y_{split} has "
                                                                    "{rows_y}"), split=split, rows_x=x.shape[0],
                                        rows_y=y.shape[0])
            if x.shape[1] != self.x_train.shape[1]:
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "x_test has {features_test} features but "
                                                                    "x_train has {features_train}"),
                                        features_test=x.shape[1], features_train=self.x_train.shape[1])
            if self.problem == "multiclass":
                if y.ndim != 1 or y.dtype != np.int64:
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "multiclass y_{split} must be int64 labels "
                                                                        "of shape (n,), got {dtype} {shape}"),
                                            split=split, dtype=y.dtype, shape=y.shape)
                if y.size and (y.min() < 0 or y.max() >= self.n_classes):
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "y_{split} has labels outside 0..{number}"),
                                            split=split, number=self.n_classes - 1)
            else:
                if y.ndim != 2 or y.dtype != np.float32 or y.shape[1] != self.n_classes:
                    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{problem} y_{split} must be float32 of "
                                                                        "shape (n, {n_classes}), got {dtype} {shape}"),
                                            problem=self.problem, split=split, n_classes=self.n_classes,
                                            dtype=y.dtype, shape=y.shape)
        if self.problem in ("binary", "regression") and self.n_classes != 1:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "a {problem} dataset has n_classes=1 (one output "
                                                                "unit), not {n_classes}"), problem=self.problem,
                                    n_classes=self.n_classes)
        object.__setattr__(self, "class_names", tuple(str(c) for c in self.class_names))

    # -- shape information ---------------------------------------------------------------------------
    @property
    def input_dim(self) -> int:
        """Number of features d."""
        return int(self.x_train.shape[1])

    @property
    def output_dim(self) -> int:
        """Number of output units the problem needs (== n_classes)."""
        return self.n_classes

    @property
    def n_train(self) -> int:
        return int(self.x_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.x_test.shape[0])

    @property
    def is_classification(self) -> bool:
        return self.problem in ("binary", "multiclass")

    def labels(self, split: str = "train") -> np.ndarray:
        """Integer class of every point, int64 (n,), e.g. to colour points (binary: 0/1; multiclass: y).

        Regression has no classes: raises ValueError.
        """
        y = self._y(split)
        if self.problem == "multiclass":
            return y
        if self.problem == "binary":
            return (y[:, 0] >= 0.5).astype(np.int64)
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "a {problem} dataset has no class labels"),
                                problem=self.problem)

    # -- editing (the GUI lets users click points in); every helper returns a new Dataset -------------
    def with_points(self, x_new, y_new, split: str = "train") -> Dataset:
        """A copy with points appended to ``split``.

        ``x_new``: (m, d) or one point (d,). ``y_new``: the class of each point (int 0/1 for binary,
        0..k-1 for multiclass), the target value for regression, or (m, k) 0/1 rows for multilabel.
        The extent grows (with a margin) when a new point falls outside it.
        """
        x_new = np.asarray(x_new, dtype=np.float32)
        if x_new.ndim == 1:
            x_new = x_new[None, :]
        if x_new.ndim != 2 or x_new.shape[1] != self.input_dim:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "new points must have {input_dim} coordinates, got "
                                                                "shape {shape}"), input_dim=self.input_dim,
                                    shape=x_new.shape)
        if not np.all(np.isfinite(x_new)):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "new points must have finite coordinates"))
        m = x_new.shape[0]
        y_new = self._targets_for(y_new, m)
        x_old, y_old = self._x(split), self._y(split)
        changes = {f"x_{split}": np.concatenate([x_old, x_new]),
                   f"y_{split}": np.concatenate([y_old, y_new])}
        if self.extent is not None:
            changes["extent"] = _grow_extent(self.extent, x_new)
        return replace(self, **changes)

    def without_point(self, index: int, split: str = "train") -> Dataset:
        """A copy with point ``index`` of ``split`` removed (IndexError when there is no such point)."""
        x, y = self._x(split), self._y(split)
        n = x.shape[0]
        if not -n <= index < n:
            raise PointIndexError(QT_TRANSLATE_NOOP("Errors", "there is no point {index} in the {split} set (%n "
                                                              "point(s))", None, 1), index=index, split=split, n=n)
        keep = np.ones(n, dtype=bool)
        keep[index] = False
        return replace(self, **{f"x_{split}": x[keep], f"y_{split}": y[keep]})

    def nearest_point(self, x, split: str = "train") -> int | None:
        """Index of the point of ``split`` closest to ``x`` (Euclidean), None if the set is empty."""
        pts = self._x(split)
        if pts.shape[0] == 0:
            return None
        d2 = np.sum((pts - np.asarray(x, dtype=np.float32)) ** 2, axis=1)
        return int(np.argmin(d2))

    # -- helpers -------------------------------------------------------------------------------------
    def _x(self, split: str) -> np.ndarray:
        if split not in ("train", "test"):
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "split must be 'train' or 'test', not {split}"),
                                    split=repr(split))
        return getattr(self, f"x_{split}")

    def _y(self, split: str) -> np.ndarray:
        self._x(split)
        return getattr(self, f"y_{split}")

    def _targets_for(self, y_new, m: int) -> np.ndarray:
        y = np.asarray(y_new)
        if self.problem == "multilabel":
            y = np.asarray(y, dtype=np.float32).reshape(m, self.n_classes)
            if not np.all((y == 0) | (y == 1)):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "multilabel targets must be 0 or 1"))
            return y
        y = y.reshape(-1)
        if y.shape[0] != m:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "got {m} new points but {shape} targets"), m=m,
                                    shape=y.shape[0])
        if self.problem == "regression":
            y = y.astype(np.float32)
            if not np.all(np.isfinite(y)):
                raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "regression targets must be finite numbers"))
            return y[:, None]
        k = 2 if self.problem == "binary" else self.n_classes
        if not np.all(np.equal(np.mod(y.astype(np.float64), 1), 0)) or y.min() < 0 or y.max() >= k:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the class of a new point must be an integer "
                                                                "0..{last}, got {labels}"), last=k - 1,
                                    labels=y.tolist())
        if self.problem == "binary":
            return y.astype(np.float32)[:, None]
        return y.astype(np.int64)


def split_indices(n: int, labels: np.ndarray | None, test_fraction: float, rng: np.random.Generator):
    """Shuffled (train_idx, test_idx) over n rows; stratified by ``labels`` (int codes) when given.

    Each class (or the whole set when ``labels`` is None) sends round(test_fraction × count) rows to the
    test set but keeps at least one row for training.
    """
    test_idx, train_idx = [], []
    groups = [np.arange(n)] if labels is None else [np.flatnonzero(labels == c) for c in np.unique(labels)]
    for idx in groups:
        idx = rng.permutation(idx)
        n_test = min(int(round(test_fraction * len(idx))), len(idx) - 1)
        test_idx.append(idx[:n_test])
        train_idx.append(idx[n_test:])
    return rng.permutation(np.concatenate(train_idx)), rng.permutation(np.concatenate(test_idx))


def extent_of(x: np.ndarray, margin: float = 0.15) -> tuple[float, float, float, float] | None:
    """(xmin, xmax, ymin, ymax) around 2-D points with ``margin`` × span on each side, None unless d == 2."""
    x = np.asarray(x)
    if x.ndim != 2 or x.shape[1] != 2 or x.shape[0] == 0:
        return None
    lo, hi = x.min(axis=0).astype(np.float64), x.max(axis=0).astype(np.float64)
    span = np.maximum(hi - lo, 1e-3)
    pad = np.maximum(margin * span, 0.1)  # a single point or a line still gets a visible area
    lo, hi = lo - pad, hi + pad
    return (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


def _grow_extent(extent, x_new, margin: float = 0.1):
    x0, x1, y0, y1 = extent
    px, py = margin * (x1 - x0), margin * (y1 - y0)
    nx0, nx1 = float(x_new[:, 0].min()), float(x_new[:, 0].max())
    ny0, ny1 = float(x_new[:, 1].min()), float(x_new[:, 1].max())
    return (min(x0, nx0 - px) if nx0 < x0 else x0, max(x1, nx1 + px) if nx1 > x1 else x1,
            min(y0, ny0 - py) if ny0 < y0 else y0, max(y1, ny1 + py) if ny1 > y1 else y1)
