"""NN Studio's colours, in one place: TF Playground's orange (negative, class 0) – grey (zero) – blue
(positive, class 1) scale, further class colours, and one colour per Dense layer.

Orange and blue stay apart for the common colour-vision deficiencies (deuteranopia, protanopia); classes 2
and up take the other colours of the Okabe–Ito palette, which was chosen for that, so that a three-class
data set never pairs colours that look alike.

Class 0 is orange and class 1 blue in every plot, and negative weights are orange and positive ones blue in the
network editor, so the boundary heatmap, the data points, the editor's links and its neuron heatmaps speak the
same colour language: a blue region in a neuron's heatmap means "this neuron outputs a high value here", as in
the boundary plot. Layers run from dark (first layer) to bright (last layer) along viridis, so "early layers"
read as "dark lines" in the gradient and histogram views alike.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QImage, QPalette

from nnstudio.engine.activations import ACTIVATIONS

ORANGE = (245, 147, 34)   # #f59322, class 0 / negative
BLUE = (8, 119, 189)      # #0877bd, class 1 / positive
NEUTRAL = (232, 234, 235)  # #e8eaeb, probability 0.5 / zero
WARNING = (192, 57, 43)   # #c0392b, text that says something is wrong (on a light background; see warning_color)
UNKNOWN = (190, 190, 190)  # a link whose weight is not known yet (network not built for this structure)

# class 0 orange and class 1 blue, then Okabe–Ito's bluish green, reddish purple, vermillion, sky blue, yellow
# and black (Okabe & Ito, "Color Universal Design", 2008): distinct for deuteranopes and protanopes as well
CLASS_COLORS = (ORANGE, BLUE, (0, 158, 115), (204, 121, 167), (213, 94, 0), (86, 180, 233), (240, 228, 66),
                (0, 0, 0))

# how much of the pure class colour the background heatmap shows (the rest is white): points drawn in the
# full colour on top of it stay visible
HEATMAP_STRENGTH = 0.7


def class_color(k: int) -> tuple[int, int, int]:
    """RGB of class ``k`` (the palette repeats after eight classes)."""
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
    """(r, c, k) class probabilities -> (r, c, 3) uint8 RGB: the colour of the most probable class, as strong
    as the network is sure of it.

    Where the top probability is 1 the class colour is full (as lightened for the heatmap); it fades to white
    as the probability falls to chance (1/k), so the borders between classes are pale lines and "no idea" reads
    as white, as in the binary map. Independent sigmoid outputs (multi-label) that are all small read as white
    too. (Mixing the colours by probability made brown and grey mud wherever three classes met.)
    """
    probs = np.nan_to_num(np.asarray(probs, dtype=np.float64), nan=0.0)
    probs = np.clip(probs, 0.0, 1.0)
    k = probs.shape[-1]
    top = np.argmax(probs, axis=-1)
    chance = 1.0 / k if k > 1 else 0.0
    sure = np.clip((np.max(probs, axis=-1) - chance) / (1.0 - chance), 0.0, 1.0)[..., None]
    rgb = 255.0 + sure * (class_color_array(k)[top] - 255.0)     # white + sure · (colour - white)
    return np.rint(lighten(rgb)).astype(np.uint8)


def layer_colors(n: int) -> list[tuple[int, int, int]]:
    """One RGB colour per layer, dark (first layer) to bright (last), the same in every plot."""
    if n <= 0:
        return []
    cmap = pg.colormap.get("viridis")
    stops = np.linspace(0.0, 0.85, n) if n > 1 else np.array([0.0])
    rgba = cmap.map(stops, mode="byte")
    return [tuple(int(v) for v in row[:3]) for row in rgba]


# -- the network editor: weights by sign, neuron outputs on the orange–grey–blue scale ----------------------
# 256-entry lookup table from -1 (orange) through 0 (grey) to +1 (blue)
_t = np.linspace(-1.0, 1.0, 256)[:, None]
LUT = np.where(_t < 0,
               np.array(NEUTRAL) + (np.array(ORANGE) - np.array(NEUTRAL)) * (-_t),
               np.array(NEUTRAL) + (np.array(BLUE) - np.array(NEUTRAL)) * _t).round().astype(np.uint8)



def signed_color(value: float, strength: float = 1.0, background: tuple[int, int, int] = (255, 255, 255)) -> QColor:
    """Blue for positive, orange for negative, grey for exactly zero; ``strength`` in [0, 1] fades it toward
    ``background`` (white; on a dark desktop the dark background, so that a weak weight stays faint). The colour
    stays opaque: translucent antialiased lines cost several times more to paint."""
    rgb = BLUE if value > 0 else ORANGE if value < 0 else (150, 150, 150)
    r, g, b = (int(round(bg + (c - bg) * strength)) for c, bg in zip(rgb, background))
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


# -- text on the desktop's palette (light or dark mode) ------------------------------------------------------
def relative_luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of an opaque colour: 0 (black) to 1 (white)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours: 1 (the same) to 21 (black on white). Text wants 4.5."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(color: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``background`` (1: the colour itself, 0: the background), opaque."""
    return QColor(*(int(round(b + amount * (c - b))) for c, b in
                    zip(color.getRgb()[:3], background.getRgb()[:3])))


def readable_on(color: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``color``, or the nearest colour on its way to black or white (whichever lies away from ``background``)
    that reaches ``ratio`` of contrast on it: a text colour made for a white background still reads on a dark
    one, e.g. a warning's red on a dark desktop theme."""
    if contrast_ratio(color, background) >= ratio:
        return QColor(color)
    dark_background = relative_luminance(background) < 0.18    # (mid grey: either way gives about 4.6)
    end = QColor(255, 255, 255) if dark_background else QColor(0, 0, 0)
    for step in range(1, 21):
        candidate = blend(end, color, step / 20)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
    return end


def faded_text(palette: QPalette, amount: float) -> QColor:
    """The palette's text colour faded ``amount`` (0..1) of the way toward its base (the background of views and
    of the network drawing), yet readable on it (4.5:1): secondary text on a white base and on a dark one alike."""
    base = palette.color(QPalette.ColorRole.Base)
    return readable_on(blend(palette.color(QPalette.ColorRole.Text), base, 1.0 - amount), base)


def warning_color(palette: QPalette) -> QColor:
    """The red of a warning's text, readable on the palette's window colour (lighter on a dark desktop)."""
    return readable_on(QColor(*WARNING), palette.color(QPalette.ColorRole.Window))
