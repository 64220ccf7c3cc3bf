"""Colours of the network editor: TF Playground's orange (negative) – grey (zero) – blue (positive) scale.

The same scale colours links (by the sign of a weight), bias badges and the neuron heatmaps, so a blue
region in a neuron's heatmap means "this neuron outputs a high value here", as in the boundary plot.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

from nnstudio.engine.activations import ACTIVATIONS

NEGATIVE = (245, 147, 34)   # #f59322, TF Playground's orange
NEUTRAL = (232, 234, 235)   # #e8eaeb
POSITIVE = (8, 119, 189)    # #0877bd, TF Playground's blue
UNKNOWN = (190, 190, 190)   # a link whose weight is not known yet (network not built for this structure)

# 256-entry lookup table from -1 (orange) through 0 (grey) to +1 (blue)
_t = np.linspace(-1.0, 1.0, 256)[:, None]
LUT = np.where(_t < 0,
               np.array(NEUTRAL) + (np.array(NEGATIVE) - np.array(NEUTRAL)) * (-_t),
               np.array(NEUTRAL) + (np.array(POSITIVE) - np.array(NEUTRAL)) * _t).round().astype(np.uint8)



def signed_color(value: float, strength: float = 1.0) -> QColor:
    """Blue for positive, orange for negative, grey for exactly zero; ``strength`` in [0, 1] fades it toward
    white. The colour stays opaque: translucent antialiased lines cost several times more to paint."""
    rgb = POSITIVE if value > 0 else NEGATIVE if value < 0 else (150, 150, 150)
    r, g, b = (int(round(255 + (c - 255) * strength)) for c in rgb)
    return QColor(r, g, b)


def scale_color(t: float) -> QColor:
    """The colour of ``t`` in [-1, 1] on the orange–grey–blue scale (clipped); NaN (a diverged run) is grey."""
    if t != t:
        return QColor(*UNKNOWN)
    r, g, b = LUT[int(round((min(max(t, -1.0), 1.0) + 1.0) * 127.5))]
    return QColor(int(r), int(g), int(b))


def to_unit_range(values: np.ndarray, activation: str | None) -> np.ndarray:
    """Map outputs of shape (..., rows, cols), one map per leading index, onto [-1, 1]: by the activation's
    range if known, else each map by its own largest |value|."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    cls = ACTIVATIONS.get(activation)
    if cls is not None and cls.output_range is not None:
        lo, hi = cls.output_range
        return np.clip(2.0 * (values - lo) / (hi - lo) - 1.0, -1.0, 1.0)
    scale = np.max(np.abs(values), axis=(-2, -1), keepdims=True) if values.size else np.ones(1)
    return np.clip(values / np.where(scale > 0, scale, 1.0), -1.0, 1.0)


def heatmap_rgb(values: np.ndarray) -> np.ndarray:
    """(..., rows, cols) values in [-1, 1] -> (..., rows, cols, 3) uint8, rows flipped so that row 0 (the
    lowest y) ends up at the bottom of an image."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0)
    idx = np.clip(np.rint((values + 1.0) * 127.5), 0, 255).astype(np.intp)
    return LUT[idx[..., ::-1, :]]


def rgb_image(rgb: np.ndarray) -> QImage:
    """A QImage owning a copy of a (rows, cols, 3) uint8 array."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def heatmap_image(values: np.ndarray) -> QImage:
    """A QImage of a (rows, cols) array with values in [-1, 1]; row 0 is the lowest y, so it is drawn at the bottom."""
    return rgb_image(heatmap_rgb(values))
