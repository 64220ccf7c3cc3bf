"""Data augmentation for 28x28 digit images, vectorized over the batch (pure NumPy).

Each image gets its own random affine map -- small shift, rotation, scaling, shear -- applied by inverse
mapping: for every output pixel we compute where it comes from in the input and sample there bilinearly
(zeros outside). Stroke thickness changes by blending with a 3x3 grey dilation (thicker) or erosion
(thinner). A drawn digit differs from MNIST in exactly these ways, so a network trained on such variants
generalizes better to the pad.

    rng = np.random.default_rng(0)
    x_aug = Augmenter()(x_train, rng)         # x_train (n, 784) or (n, 28, 28), float32 in [0, 1]
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

__all__ = ["Augmenter", "warp_affine", "random_affine", "dilate", "erode", "change_thickness"]


def _as_images(x: np.ndarray) -> tuple[np.ndarray, tuple[int, ...]]:
    x = np.asarray(x, dtype=np.float32)
    shape = x.shape
    if x.ndim == 2 and x.shape[1] == 784:
        return x.reshape(-1, 28, 28), shape
    if x.ndim == 3:
        return x, shape
    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "augmentation needs images of shape (n, 784) or (n, H, W), "
                                                        "got {shape}"), shape=shape)


def _neighbourhood(images: np.ndarray, reduce) -> np.ndarray:
    """3x3 grey morphology: reduce (np.maximum / np.minimum) over each pixel's 3x3 neighbourhood.
    Pixels outside the image count as 0 (background)."""
    n, h, w = images.shape
    padded = np.zeros((n, h + 2, w + 2), dtype=images.dtype)
    padded[:, 1:-1, 1:-1] = images
    out = images.copy()
    for dy in range(3):
        for dx in range(3):
            reduce(out, padded[:, dy:dy + h, dx:dx + w], out=out)
    return out


def dilate(images: np.ndarray) -> np.ndarray:
    """Grey dilation with a 3x3 square: every pixel becomes the max of its neighbourhood (strokes thicken)."""
    return _neighbourhood(np.asarray(images, dtype=np.float32), np.maximum)


def erode(images: np.ndarray) -> np.ndarray:
    """Grey erosion with a 3x3 square: every pixel becomes the min of its neighbourhood (strokes thin)."""
    return _neighbourhood(np.asarray(images, dtype=np.float32), np.minimum)


def change_thickness(images: np.ndarray, amount: np.ndarray) -> np.ndarray:
    """Per-image stroke change. amount (n,) in [-1, 1]: > 0 blends towards the dilation by that fraction,
    < 0 towards the erosion (a full erosion wipes out MNIST's 2-3 px strokes, so keep |amount| small there)."""
    images = np.asarray(images, dtype=np.float32)
    a = np.asarray(amount, dtype=np.float32).reshape(-1, 1, 1)
    out = images.copy()
    thick = a[:, 0, 0] > 0
    thin = a[:, 0, 0] < 0
    if thick.any():
        sel = images[thick]
        out[thick] = sel + a[thick] * (dilate(sel) - sel)
    if thin.any():
        sel = images[thin]
        out[thin] = sel + (-a[thin]) * (erode(sel) - sel)
    return out


def random_affine(n: int, rng: np.random.Generator, *, max_shift: float = 2.0, max_rotation: float = 15.0,
                  scale: tuple[float, float] = (0.85, 1.15), max_shear: float = 0.15
                  ) -> tuple[np.ndarray, np.ndarray]:
    """n random forward maps p_out = A @ (p_in - c) + c + t: A (n, 2, 2) = rotation @ shear @ scale,
    t (n, 2) in pixels. Rotation in degrees (uniform in +-max_rotation), scale uniform in `scale`
    (the same on both axes, times a little independent jitter), shear factor uniform in +-max_shear."""
    theta = np.deg2rad(rng.uniform(-max_rotation, max_rotation, n))
    s = rng.uniform(scale[0], scale[1], n)
    aspect = rng.uniform(0.95, 1.05, n)
    k = rng.uniform(-max_shear, max_shear, n)
    cos, sin = np.cos(theta), np.sin(theta)
    rot = np.stack([np.stack([cos, -sin], -1), np.stack([sin, cos], -1)], -2)          # (n, 2, 2)
    shear = np.zeros((n, 2, 2))
    shear[:, 0, 0] = 1.0
    shear[:, 1, 1] = 1.0
    shear[:, 0, 1] = k                                                                   # row += k * col
    scl = np.zeros((n, 2, 2))
    scl[:, 0, 0] = s * aspect
    scl[:, 1, 1] = s / aspect
    a = rot @ shear @ scl
    t = rng.uniform(-max_shift, max_shift, (n, 2))
    return a, t


def warp_affine(images: np.ndarray, a: np.ndarray, t: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """Apply p_out = A @ (p_in - c) + c + t to every image (n, H, W), c the image centre, coordinates
    (row, col) in pixels. Inverse mapping: p_in = A^-1 @ (p_out - c - t) + c, sampled bilinearly, zeros
    outside. Done in chunks to bound memory (n * H * W * 4 gathers)."""
    images = np.asarray(images, dtype=np.float32)
    n, h, w = images.shape
    c = np.array([(h - 1) / 2.0, (w - 1) / 2.0])
    ainv = np.linalg.inv(np.asarray(a, dtype=np.float64))
    # p_in = A^-1 @ p_out + b with b = c - A^-1 @ (c + t): per image 6 numbers, applied to the fixed grid.
    b = c - np.einsum("nij,nj->ni", ainv, c + np.asarray(t, dtype=np.float64))
    ainv = ainv.astype(np.float32)
    b = b.astype(np.float32)
    rows, cols = np.mgrid[0:h, 0:w]
    gy = rows.ravel().astype(np.float32)[None, :]
    gx = cols.ravel().astype(np.float32)[None, :]
    # One zero pixel of padding all round: out-of-range indices are clipped onto it.
    wp = w + 2
    padded = np.zeros((n, h + 2, wp), dtype=np.float32)
    padded[:, 1:-1, 1:-1] = images
    flat = padded.reshape(-1)
    out = np.empty((n, h * w), dtype=np.float32)
    for start in range(0, n, chunk):
        sl = slice(start, min(start + chunk, n))
        sy = ainv[sl, 0, 0, None] * gy + ainv[sl, 0, 1, None] * gx + b[sl, 0, None]          # (m, HW)
        sx = ainv[sl, 1, 0, None] * gy + ainv[sl, 1, 1, None] * gx + b[sl, 1, None]
        y0 = np.floor(sy)
        x0 = np.floor(sx)
        fy = sy - y0
        fx = sx - x0
        # Clip each corner to [-1, H] (then +1 for the padding): anything outside lands on a zero pixel.
        y0 = y0.astype(np.int64)
        x0 = x0.astype(np.int64)
        r0 = (np.clip(y0, -1, h) + 1) * wp
        r1 = (np.clip(y0 + 1, -1, h) + 1) * wp
        c0 = np.clip(x0, -1, w) + 1
        c1 = np.clip(x0 + 1, -1, w) + 1
        base = (np.arange(sl.start, sl.stop) * (h + 2) * wp)[:, None]
        r0 += base
        r1 += base
        top = flat[r0 + c0] * (1 - fx) + flat[r0 + c1] * fx
        bottom = flat[r1 + c0] * (1 - fx) + flat[r1 + c1] * fx
        out[sl] = top * (1 - fy) + bottom * fy
    return out.reshape(n, h, w)


@dataclass(frozen=True)
class Augmenter:
    """Random digit variants. Call with images (n, 784) or (n, H, W) and a seeded Generator; returns the same
    shape, float32 in [0, 1]. p_thickness: chance that an image's strokes are thickened (up to
    max_thicken of a full 3x3 dilation), and the same chance that they are thinned (up to max_thin of an
    erosion)."""

    max_shift: float = 2.0
    max_rotation: float = 15.0
    scale: tuple[float, float] = (0.85, 1.15)
    max_shear: float = 0.15
    p_thickness: float = 0.25
    max_thicken: float = 0.8
    max_thin: float = 0.4

    def __call__(self, x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        images, shape = _as_images(x)
        n = images.shape[0]
        u = rng.uniform(0.0, 1.0, n)
        amount = np.zeros(n, dtype=np.float32)
        thick = u < self.p_thickness
        thin = (u >= self.p_thickness) & (u < 2 * self.p_thickness)
        amount[thick] = rng.uniform(0.0, self.max_thicken, int(thick.sum()))
        amount[thin] = -rng.uniform(0.0, self.max_thin, int(thin.sum()))
        images = change_thickness(images, amount)
        a, t = random_affine(n, rng, max_shift=self.max_shift, max_rotation=self.max_rotation, scale=self.scale,
                             max_shear=self.max_shear)
        out = warp_affine(images, a, t)
        np.clip(out, 0.0, 1.0, out=out)
        return out.reshape(shape)
