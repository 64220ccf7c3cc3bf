"""What the training worker sends to the GUI: one frozen record of plain numbers and NumPy arrays.

The session builds a TrainingSnapshot (``TrainingSession.snapshot()``) and the worker emits it through
``Signal(object)`` at most every ~33 ms; every view implements ``show_snapshot(snapshot)`` and draws only the
newest one, so a fast run never builds a backlog. Arrays in a snapshot are copies nobody else touches and are
read-only: views may keep references but cannot modify them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nnstudio.engine.stats import LayerStats

BOUNDARY_RES = 100              # decision-boundary grid (BOUNDARY_RES x BOUNDARY_RES points)
NEURON_MAP_RES = 24             # per-neuron heatmaps in the editor
CURVE_POINTS = 200              # 1-D data: the prediction curve's points over the x range


def _empty() -> np.ndarray:
    return np.zeros(0)


@dataclass(frozen=True)
class Readout:
    """The status bar's numbers: progress, speed, and the loss and accuracy of the network now."""

    epoch: int = 0                      # epochs completed
    epoch_progress: float = 0.0         # fraction of the current epoch done, 0..1
    step: int = 0                       # optimizer steps done in total
    samples_per_second: float = 0.0
    loss: float | None = None           # last batch's training loss
    running: bool = False
    accuracy: float = float("nan")      # training accuracy of the last epoch (NaN: none, or regression)
    val_accuracy: float = float("nan")  # test accuracy of the last epoch
    hand_set_score: tuple[float, float | None] | None = None   # see TrainingSnapshot


def _last(values: np.ndarray) -> float:
    return float(values[-1]) if len(values) else float("nan")


@dataclass(frozen=True)
class TrainingSnapshot:
    # progress
    epoch: int = 0                      # current epoch, 0-based
    epoch_progress: float = 0.0         # fraction of the current epoch done, 0..1
    step: int = 0                       # optimizer steps done in total
    samples_per_second: float = 0.0
    loss: float | None = None           # last batch's training loss
    running: bool = False               # False once paused, stopped or finished
    # the network now: one entry per Dense layer
    weights: tuple[np.ndarray, ...] = ()   # (W1, b1, W2, b2, ...), W of shape (inputs, units)
    grads: tuple[np.ndarray, ...] = ()     # last step's gradients, same layout as weights
    layer_stats: tuple[LayerStats, ...] = ()
    activations: tuple[str, ...] = ()      # each Dense layer's activation (known before the first step too)
    # history sampled per step: every step's batch loss
    steps: np.ndarray = field(default_factory=_empty)          # (n,) int step numbers
    step_loss: np.ndarray = field(default_factory=_empty)      # (n,)
    # layer statistics sampled at snapshot times (cheap: no extra backward pass)
    stats_steps: np.ndarray = field(default_factory=_empty)    # (m,) step numbers
    grad_w_norm: np.ndarray = field(default_factory=_empty)    # (m, n_layers) ||dL/dW|| per Dense layer
    grad_b_norm: np.ndarray = field(default_factory=_empty)    # (m, n_layers)
    saturation: np.ndarray = field(default_factory=_empty)     # (m, n_layers) fraction of saturated outputs
    # history per epoch (NaN where a value does not exist, e.g. accuracy for regression)
    epochs: np.ndarray = field(default_factory=_empty)         # (e,) 1-based epoch numbers
    epoch_loss: np.ndarray = field(default_factory=_empty)
    epoch_accuracy: np.ndarray = field(default_factory=_empty)
    val_loss: np.ndarray = field(default_factory=_empty)
    val_accuracy: np.ndarray = field(default_factory=_empty)
    # the input plane, for 2-D datasets only (None otherwise); see plane_grid() for the coordinates
    extent: tuple[float, float, float, float] | None = None
    boundary: np.ndarray | None = None  # (res, res) P(class 1) for one output; (res, res, k) class probabilities
    # the area the boundary covers: the extent grown to the plot's shape (None: the extent itself)
    boundary_extent: tuple[float, float, float, float] | None = None
    neuron_maps: tuple[np.ndarray, ...] | None = None  # per Dense layer (units, r, r) outputs over the plane
    # 1-D data only (None otherwise): (xs (CURVE_POINTS,), predictions (CURVE_POINTS,) for one output or
    # (CURVE_POINTS, k)) with xs spanning the training and test inputs
    curve: tuple[np.ndarray, np.ndarray] | None = None
    # weights set by hand since the last step (a typed weight, the lecture's XOR weights): their (loss,
    # accuracy or None) on the training data; None once training takes a step
    hand_set_score: tuple[float, float | None] | None = None

    def readout(self) -> Readout:
        return Readout(epoch=self.epoch, epoch_progress=self.epoch_progress, step=self.step,
                       samples_per_second=self.samples_per_second, loss=self.loss, running=self.running,
                       accuracy=_last(self.epoch_accuracy), val_accuracy=_last(self.val_accuracy),
                       hand_set_score=self.hand_set_score)


def plane_grid(extent: tuple[float, float, float, float], res: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Grid over ``extent`` = (xmin, xmax, ymin, ymax): returns xs (res,), ys (res,) and points (res*res, 2).

    ``points`` is row-major with y as rows, so ``f(points).reshape(res, res)[iy, ix]`` is the value at
    ``(xs[ix], ys[iy])`` — the layout of ``TrainingSnapshot.boundary``.
    """
    xmin, xmax, ymin, ymax = extent
    xs = np.linspace(xmin, xmax, res)
    ys = np.linspace(ymin, ymax, res)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.column_stack([gx.ravel(), gy.ravel()])


def shaped_extent(extent, aspect: float | None):
    """``extent`` = (xmin, xmax, ymin, ymax) grown about its centre along x or y until width / height =
    ``aspect`` (a plot's width / height in pixels: the area that fills the plot with equal axis scales)."""
    if extent is None or aspect is None or not aspect > 0:
        return extent
    xmin, xmax, ymin, ymax = (float(v) for v in extent)
    width, height = xmax - xmin, ymax - ymin
    if width < aspect * height:
        grow = (aspect * height - width) / 2
        return (xmin - grow, xmax + grow, ymin, ymax)
    grow = (width / aspect - height) / 2
    return (xmin, xmax, ymin - grow, ymax + grow)


def plane_views(model, extent, boundary_extent=None) -> tuple[np.ndarray | None, tuple[np.ndarray, ...] | None]:
    """For 2-D inputs: the network's output over ``boundary_extent`` (default: ``extent``; the boundary) and
    every neuron's output on a coarser grid over ``extent`` (the editor's heatmaps), in the layouts of
    ``TrainingSnapshot``; (None, None) otherwise."""
    if extent is None or model.input_dim != 2:
        return None, None
    _, _, grid = plane_grid(boundary_extent or extent, BOUNDARY_RES)
    out = np.asarray(model.predict(grid.astype(model.dtype)), dtype=np.float64)
    boundary = (out[:, 0].reshape(BOUNDARY_RES, BOUNDARY_RES) if out.shape[1] == 1
                else out.reshape(BOUNDARY_RES, BOUNDARY_RES, out.shape[1]))
    _, _, small = plane_grid(extent, NEURON_MAP_RES)
    outs = model.layer_outputs(small.astype(model.dtype))
    maps = tuple(np.asarray(o, dtype=np.float64).T.reshape(o.shape[1], NEURON_MAP_RES, NEURON_MAP_RES)
                 for o in outs)
    return _frozen(boundary), tuple(_frozen(m) for m in maps)


def prediction_curve(model, xs: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
    """For 1-D inputs: (xs, the network's output at xs) — one output as (n,), several as (n, k)."""
    if xs is None or model.input_dim != 1:
        return None
    out = np.asarray(model.predict(xs.reshape(-1, 1).astype(model.dtype)), dtype=np.float64)
    return _frozen(xs.copy()), _frozen(out[:, 0] if out.shape[1] == 1 else out)


def curve_inputs(x, validation_data) -> np.ndarray | None:
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


def _frozen(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a
