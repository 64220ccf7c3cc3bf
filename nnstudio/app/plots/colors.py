"""Colours shared by the plots: TF Playground's orange/blue classes and one colour per Dense layer.

Class 0 is orange and class 1 blue in every plot, as in TF Playground and the network editor, so the
boundary heatmap, the data points and the editor's links speak the same colour language. Layers run from
dark (first layer) to bright (last layer) along viridis, so "early layers" read as "dark lines" in the
gradient and histogram views alike.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

ORANGE = (245, 147, 34)   # #f59322, class 0 / negative
BLUE = (8, 119, 189)      # #0877bd, class 1 / positive
NEUTRAL = (232, 234, 235)  # #e8eaeb, probability 0.5

# class 0 orange and class 1 blue, then a categorical palette for further classes
CLASS_COLORS = (ORANGE, BLUE, (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75),
                (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207))

# how much of the pure class colour the background heatmap shows (the rest is white): points drawn in the
# full colour on top of it stay visible
HEATMAP_STRENGTH = 0.7


def class_color(k: int) -> tuple[int, int, int]:
    """RGB of class ``k`` (the palette repeats after ten classes)."""
    return CLASS_COLORS[k % len(CLASS_COLORS)]


def class_color_array(k: int) -> np.ndarray:
    """(k, 3) float64 RGB of the first ``k`` classes."""
    return np.array([class_color(i) for i in range(k)], dtype=np.float64)


def binary_lut(n: int = 256) -> np.ndarray:
    """(n, 3) uint8 lookup table for P(class 1) in [0, 1]: orange at 0, light grey at 0.5, blue at 1."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    lo, mid, hi = (np.array(c, dtype=np.float64) for c in (ORANGE, NEUTRAL, BLUE))
    rgb = np.where(t < 0.5, mid + (lo - mid) * (1.0 - 2.0 * t), mid + (hi - mid) * (2.0 * t - 1.0))
    return np.rint(lighten(rgb)).astype(np.uint8)


def lighten(rgb: np.ndarray, strength: float = HEATMAP_STRENGTH) -> np.ndarray:
    """Blend RGB values (any shape (..., 3), 0..255) towards white, keeping ``strength`` of the colour."""
    return 255.0 - strength * (255.0 - np.asarray(rgb, dtype=np.float64))


def blend_classes(probs: np.ndarray) -> np.ndarray:
    """(r, c, k) class probabilities -> (r, c, 3) uint8 RGB: class colours mixed by probability.

    Softmax rows sum to one and give a weighted mix; independent sigmoid outputs (multi-label) are divided by
    their sum where it exceeds one and leave the rest white, so "no class" reads as white.
    """
    probs = np.nan_to_num(np.asarray(probs, dtype=np.float64), nan=0.0)
    probs = np.clip(probs, 0.0, 1.0)
    total = probs.sum(axis=-1, keepdims=True)
    w = probs / np.maximum(total, 1.0)
    colours = class_color_array(probs.shape[-1]) - 255.0          # colour relative to white
    rgb = 255.0 + w @ colours                                     # white + sum_k w_k (c_k - white)
    return np.rint(lighten(rgb)).astype(np.uint8)


def layer_colors(n: int) -> list[tuple[int, int, int]]:
    """One RGB colour per layer, dark (first layer) to bright (last), the same in every plot."""
    if n <= 0:
        return []
    cmap = pg.colormap.get("viridis")
    stops = np.linspace(0.0, 0.85, n) if n > 1 else np.array([0.0])
    rgba = cmap.map(stops, mode="byte")
    return [tuple(int(v) for v in row[:3]) for row in rgba]
