"""The drawing pad's preprocessing and the learner's own digits ("my digits").

``to_mnist(canvas)`` turns a drawing into the 28x28 image an MNIST network expects, the way MNIST itself was
made (LeCun, Cortes, Burges): the NIST digits were cropped to their ink, scaled so the longer side is 20 px
(keeping the aspect ratio, with anti-aliasing), and placed in a 28x28 field so that the intensity centre of mass
sits at the centre. Measured on the MNIST test set: the longer side of the ink box is 20 px for 9997 of 10000
digits and the centre of mass lies within 0.5 px of row/column index 14.0 (mean 13.99/14.01) -- which is what an
integer shift towards index 14 gives.

My digits are plain PNG files, one folder per label, under ``user_data_dir()/"my_digits"``. The PNG encoder and
decoder below are minimal (zlib + struct): greyscale/RGB/palette, 8 or 16 bit, not interlaced -- enough for
the files we write and for most images a learner drops into the folder. PGM (P5/P2) files are read too.

Pure NumPy: no Qt here (the pad in ``nnstudio.app.pad`` draws; this module computes).
"""
from __future__ import annotations

import struct
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnstudio.data.paths import user_data_dir
from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError, why

__all__ = [
    "ImageFileError", "MnistStages", "MyDigitsError", "to_mnist", "to_mnist_stages", "to_fashion_mnist",
    "normalize_canvas", "area_resize", "center_of_mass", "shift_image", "my_digits_dir", "save_my_digit",
    "load_my_digits", "count_my_digits", "my_digit_files", "read_my_digit", "write_png", "read_png", "read_image",
]

#: A pixel counts as ink when its intensity (after scaling to [0, 1]) exceeds this (about 5/255).
INK_THRESHOLD = 0.02
#: Images in My digits are refused beyond these, from their header, before anything is unpacked: a digit needs
#: no more, and decoding larger images here (in Python) would take seconds.
MAX_IMAGE_SIDE = 4096
MAX_IMAGE_BYTES = 1024 ** 2          # unpacked image data (rows x bytes per row), e.g. 1024 x 1024 grey
MAX_IMAGE_FILE_BYTES = 32 * 1024 ** 2
MNIST_SIZE = 28
MNIST_BOX = 20
IMAGE_SUFFIXES = (".png", ".pgm")


class MyDigitsError(TranslatableError):
    """A file in the my-digits folder cannot be used; the message names the file and what to do."""


class ImageFileError(TranslatableError):
    """A PNG or PGM file that cannot be read (damaged, too large, or a kind not supported); the message names the
    file."""


# ----------------------------------------------------------------------------------------------------------
# Preprocessing
# ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MnistStages:
    """Every step of the preprocessing, for the pad's preview. Images are float32 in [0, 1]."""

    canvas: np.ndarray            # the input scaled to [0, 1], any size (H, W)
    bbox: tuple[int, int, int, int]  # ink bounding box in canvas pixels: (top, left, bottom, right), exclusive
    cropped: np.ndarray           # canvas[top:bottom, left:right]
    scaled: np.ndarray            # crop resized so its longer side is `box` px (h, w), area-averaged
    centred: np.ndarray           # (28, 28): what the network receives
    shift: tuple[float, float]    # (dy, dx) applied to put the scaled box at its final place in the 28x28 field
    centre_of_mass: tuple[float, float]  # (row, col) of `centred`, pixel-index coordinates


def normalize_canvas(canvas) -> np.ndarray:
    """A 2-D image as float32 in [0, 1]: integers and floats above 1 are taken as 0-255 grey levels."""
    a = np.asarray(canvas)
    if a.dtype.kind == "c":
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "to_mnist needs real grey levels; got complex numbers "
                                                            "(take .real or abs() first)."))
    if a.dtype.kind not in "biuf":
        what = "an object array (Python objects)" if a.dtype.kind == "O" else f"an array of {a.dtype}"
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "to_mnist needs an array of numbers (grey levels); got "
                                                            "{what}."), what=what)
    if a.ndim != 2:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "to_mnist needs a 2-D greyscale image (height, width); "
                                                            "got an array of shape {shape}. Convert colour images "
                                                            "to grey first."), shape=a.shape)
    if a.size == 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "to_mnist got an empty image (a side of length 0)."))
    if a.dtype == bool:
        return a.astype(np.float32)
    if np.issubdtype(a.dtype, np.integer):
        return np.clip(a.astype(np.float32) / 255.0, 0.0, 1.0)
    a = a.astype(np.float32)
    if not np.all(np.isfinite(a)):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "to_mnist got NaN or infinite pixel values; the canvas "
                                                            "must hold finite grey levels."))
    if a.max() > 1.0:
        a = a / 255.0
    return np.clip(a, 0.0, 1.0)


def _area_resize_axis(img: np.ndarray, n_out: int, axis: int) -> np.ndarray:
    """Exact box-filter resampling along one axis: output pixel i is the mean of the input over
    [i*s, (i+1)*s) with s = n_in / n_out, partial input pixels weighted by the part inside.

    The integral of the piecewise-constant input, C(p) = sum of the first p pixels, is linear between whole
    pixels, so C at the fractional boundaries is an exact linear interpolation of the cumulative sum. No
    matrix products: BLAS threads would be started for these tiny arrays (slow on a busy machine).
    """
    n_in = img.shape[axis]
    img = np.moveaxis(img, axis, 0)
    c = np.zeros((n_in + 1,) + img.shape[1:], dtype=np.float64)
    np.cumsum(img, axis=0, out=c[1:])
    p = np.arange(n_out + 1) * (n_in / n_out)
    i = np.minimum(np.floor(p).astype(np.int64), n_in - 1)
    f = (p - i).reshape((-1,) + (1,) * (img.ndim - 1))
    integral = c[i] * (1.0 - f) + c[i + 1] * f
    out = np.diff(integral, axis=0) / (n_in / n_out)
    return np.moveaxis(out, 0, axis)


def area_resize(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """Resize a 2-D image by exact area averaging (box filter), one axis after the other."""
    img = np.asarray(image, dtype=np.float64)
    return _area_resize_axis(_area_resize_axis(img, height, 0), width, 1).astype(np.float32)


def center_of_mass(image: np.ndarray) -> tuple[float, float]:
    """Intensity centre of mass (row, col) in pixel-index coordinates (pixel (0, 0) has its centre at 0.0)."""
    img = np.asarray(image, dtype=np.float64)
    total = img.sum()
    if total <= 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the centre of mass of a blank image is undefined"))
    rows = np.arange(img.shape[0])
    cols = np.arange(img.shape[1])
    return float(img.sum(axis=1) @ rows / total), float(img.sum(axis=0) @ cols / total)


def shift_image(image: np.ndarray, dy: float, dx: float) -> np.ndarray:
    """Move a 2-D image by (dy, dx) pixels, zeros coming in; fractional shifts interpolate bilinearly."""
    img = np.asarray(image, dtype=np.float32)
    h, w = img.shape
    iy, ix = int(np.floor(dy)), int(np.floor(dx))
    fy, fx = dy - iy, dx - ix
    out = np.zeros_like(img)
    # out[y, x] = sum over the 4 neighbours of the source point (y - dy, x - dx), bilinear weights.
    for oy, wy_ in ((iy, 1.0 - fy), (iy + 1, fy)):
        for ox, wx_ in ((ix, 1.0 - fx), (ix + 1, fx)):
            wgt = wy_ * wx_
            if wgt == 0.0:
                continue
            ys, yd = (slice(0, h - oy), slice(oy, h)) if oy >= 0 else (slice(-oy, h), slice(0, h + oy))
            xs, xd = (slice(0, w - ox), slice(ox, w)) if ox >= 0 else (slice(-ox, w), slice(0, w + ox))
            if ys.start >= ys.stop or xs.start >= xs.stop:
                continue
            out[yd, xd] += wgt * img[ys, xs]
    return out


def _ink_bbox(img: np.ndarray, threshold: float) -> tuple[int, int, int, int] | None:
    ink = img > threshold
    rows = np.flatnonzero(ink.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(ink.any(axis=0))
    return int(rows[0]), int(cols[0]), int(rows[-1]) + 1, int(cols[-1]) + 1


def to_mnist_stages(canvas, *, box: int = MNIST_BOX, size: int = MNIST_SIZE, centre: str = "mass",
                    subpixel: bool = False, threshold: float = INK_THRESHOLD) -> MnistStages | None:
    """Run the MNIST preprocessing and keep every stage; None when the canvas has no ink.

    canvas: 2-D greyscale, ink bright, any size, values 0-1 or 0-255. The ink is scaled so its brightest pixel
    is 1 (NIST scans were black and white, so ink was full intensity). box: the longer side of the scaled ink
    (MNIST: 20). centre: "mass" puts the intensity centre of mass at index size/2 (MNIST), "box" centres the
    bounding box (Fashion-MNIST). subpixel: shift by the exact fractional amount with bilinear interpolation
    instead of LeCun's whole-pixel shift (which leaves the centre of mass within 0.5 px of the centre).
    """
    if centre not in ("mass", "box"):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "centre must be 'mass' or 'box', not {centre}"),
                                centre=repr(centre))
    if not 1 <= box <= size:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "box must be between 1 and size={size} pixels, not {box}"),
                                size=size, box=box)
    img = normalize_canvas(canvas)
    peak = float(img.max())
    if peak <= threshold:
        return None
    img = img / peak
    bbox = _ink_bbox(img, threshold)
    top, left, bottom, right = bbox
    cropped = img[top:bottom, left:right]
    h, w = cropped.shape
    # The longer side becomes `box` px; the shorter keeps the aspect ratio (at least 1 px).
    if h >= w:
        new_h, new_w = box, max(1, int(round(w * box / h)))
    else:
        new_h, new_w = max(1, int(round(h * box / w))), box
    scaled = area_resize(cropped, new_h, new_w)

    # Place the scaled box: its centre of mass (or its own centre) goes to index size/2 (14 for MNIST).
    if centre == "mass":
        cy, cx = center_of_mass(scaled)
    else:
        cy, cx = (new_h - 1) / 2.0, (new_w - 1) / 2.0
    target = size / 2.0 if centre == "mass" else (size - 1) / 2.0
    dy, dx = target - cy, target - cx
    if not subpixel:
        dy, dx = float(np.round(dy)), float(np.round(dx))
    field = np.zeros((size, size), dtype=np.float32)
    # Paste at the whole-pixel part (clipped to the field), then apply the fractional rest bilinearly.
    iy, ix = int(np.floor(dy)), int(np.floor(dx))
    y0, x0 = max(iy, 0), max(ix, 0)
    y1, x1 = min(iy + new_h, size), min(ix + new_w, size)
    if y1 > y0 and x1 > x0:
        field[y0:y1, x0:x1] = scaled[y0 - iy:y1 - iy, x0 - ix:x1 - ix]
    if dy != iy or dx != ix:
        field = shift_image(field, dy - iy, dx - ix)
    field = np.clip(field, 0.0, 1.0).astype(np.float32)
    if field.sum() <= 0:
        return None
    return MnistStages(canvas=img.astype(np.float32), bbox=bbox, cropped=cropped.astype(np.float32),
                       scaled=scaled, centred=field, shift=(dy, dx), centre_of_mass=center_of_mass(field))


def to_mnist(canvas, *, subpixel: bool = False) -> np.ndarray | None:
    """A drawing (2-D, ink bright, any size, 0-1 or 0-255) -> float32 (28, 28) in [0, 1] as MNIST was made.

    Returns None for a blank canvas (nothing to predict). See ``to_mnist_stages`` for the steps.
    """
    stages = to_mnist_stages(canvas, subpixel=subpixel)
    return None if stages is None else stages.centred


def to_fashion_mnist(canvas) -> np.ndarray | None:
    """Like ``to_mnist`` but as Fashion-MNIST was made: the longer side fills all 28 px, the box is centred."""
    stages = to_mnist_stages(canvas, box=MNIST_SIZE, centre="box")
    return None if stages is None else stages.centred


# ----------------------------------------------------------------------------------------------------------
# Minimal PNG / PGM
# ----------------------------------------------------------------------------------------------------------
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_png(path, image: np.ndarray) -> Path:
    """Write a 2-D uint8 array (or floats in [0, 1]) as an 8-bit greyscale PNG."""
    img = np.asarray(image)
    if img.ndim != 2:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "write_png needs a 2-D greyscale image, got shape "
                                                            "{shape}"), shape=img.shape)
    if img.dtype != np.uint8:
        img = np.round(np.clip(np.asarray(img, dtype=np.float64), 0.0, 1.0) * 255.0).astype(np.uint8)
    h, w = img.shape
    raw = np.zeros((h, w + 1), dtype=np.uint8)   # each row: filter type 0 ("None"), then the pixels
    raw[:, 1:] = img
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    data = _PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw.tobytes(), 9)) \
        + _chunk(b"IEND", b"")
    path = Path(path)
    path.write_bytes(data)
    return path


def _paeth(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    p = a + b - c
    pa, pb, pc = np.abs(p - a), np.abs(p - b), np.abs(p - c)
    return np.where((pa <= pb) & (pa <= pc), a, np.where(pb <= pc, b, c))


def _unfilter(raw: np.ndarray, h: int, stride: int, bpp: int) -> np.ndarray:
    """Undo PNG's per-row filters (types 0-4); returns (h, stride) uint8.

    None, Sub and Up are whole-row NumPy operations; Average and Paeth depend on the byte to the left as
    already decoded, so they run byte by byte on Python integers (MAX_IMAGE_BYTES keeps that to about a
    second)."""
    rows = raw.reshape(h, stride + 1)
    out = np.zeros((h, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.uint8)
    for y in range(h):
        ftype = int(rows[y, 0])
        line = rows[y, 1:]
        if ftype == 0:
            cur = line
        elif ftype == 1:                        # Sub: cumulative sum along each byte lane of the row (mod 256)
            lanes = np.zeros(((stride + bpp - 1) // bpp) * bpp, dtype=np.int64)
            lanes[:stride] = line
            cur = (np.cumsum(lanes.reshape(-1, bpp), axis=0).reshape(-1)[:stride] & 0xFF).astype(np.uint8)
        elif ftype == 2:                        # Up
            cur = line + prev                   # (uint8 arithmetic wraps modulo 256)
        elif ftype in (3, 4):                   # Average, Paeth
            cur = bytearray(line.tobytes())
            up = prev.tobytes()
            if ftype == 3:
                for i in range(stride):
                    left = cur[i - bpp] if i >= bpp else 0
                    cur[i] = (cur[i] + ((left + up[i]) >> 1)) & 0xFF
            else:
                for i in range(stride):
                    a, c = (cur[i - bpp], up[i - bpp]) if i >= bpp else (0, 0)
                    b = up[i]
                    pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                    cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
            cur = np.frombuffer(bytes(cur), dtype=np.uint8)
        else:
            raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "unknown PNG filter type {type} in row {row}"),
                                 type=ftype, row=y)
        out[y] = cur
        prev = out[y]
    return out


def _check_size(name: str, w: int, h: int, row_bytes: int) -> None:
    """Refuse, from the header alone, an image too large for My digits (MAX_IMAGE_SIDE, MAX_IMAGE_BYTES)."""
    if w < 1 or h < 1:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the image is empty ({width}×{height} pixels)"),
                             file=name, width=w, height=h)
    if w > MAX_IMAGE_SIDE or h > MAX_IMAGE_SIDE or h * row_bytes > MAX_IMAGE_BYTES:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the image is {width}×{height} pixels; My digits "
                                                         "takes images of at most {side}×{side} pixels and {mb} MB "
                                                         "of pixel data (1024×1024 grey). Scale it down: a digit "
                                                         "needs a few hundred pixels at most"),
                             file=name, width=f"{w:,}", height=f"{h:,}", side=MAX_IMAGE_SIDE,
                             mb=MAX_IMAGE_BYTES // 1024 ** 2)


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_IMAGE_FILE_BYTES:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the file has {size} bytes; an image for My digits "
                                                         "has at most {mb} MB"),
                             file=path.name, size=f"{size:,}", mb=MAX_IMAGE_FILE_BYTES // 1024 ** 2)
    return path.read_bytes()


def read_png(path) -> np.ndarray:
    """Read a PNG as float32 greyscale (H, W) in [0, 1]. Colour is converted to luminance (ITU-R 601)
    and alpha premultiplied (transparent counts as black). Interlaced PNGs and bit depths below 8 (except
    palette images) are refused with an ImageFileError (a ValueError) naming the file."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.startswith(_PNG_SIGNATURE):
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file} is not a PNG file"), file=path.name)
    pos = len(_PNG_SIGNATURE)
    ihdr = None
    palette = None
    idat = []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = data[pos + 8 + length:pos + 12 + length]
        if len(body) != length or len(crc) != 4:
            raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG file is truncated"), file=path.name)
        if struct.unpack(">I", crc)[0] != zlib.crc32(kind + body) & 0xFFFFFFFF:
            raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: PNG chunk {chunk} is corrupt (CRC mismatch)"),
                                 file=path.name, chunk=kind.decode("latin-1"))
        if kind == b"IHDR":
            if length != 13 or ihdr is not None:
                raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG header (IHDR) is damaged"),
                                     file=path.name)
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            if length % 3 or not 3 <= length <= 768:
                raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG palette is damaged"),
                                     file=path.name)
            palette = np.frombuffer(body, dtype=np.uint8).reshape(-1, 3)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if ihdr is None or not idat:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG file has no image data"), file=path.name)
    w, h, depth, ctype, _comp, _filt, interlace = ihdr
    if interlace:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: interlaced PNGs are not supported; save it without "
                                                         "interlacing"), file=path.name)
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(ctype)
    if channels is None:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: unknown PNG colour type {type}"), file=path.name,
                             type=ctype)
    if ctype == 3:
        if depth not in (1, 2, 4, 8) or palette is None:
            raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: unsupported palette PNG"), file=path.name)
    elif depth not in (8, 16):
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: {depth}-bit PNGs are not supported; save it with 8 "
                                                         "bits per channel"), file=path.name, depth=depth)
    bits_per_pixel = channels * depth
    stride = (w * bits_per_pixel + 7) // 8
    bpp = max(1, bits_per_pixel // 8)
    _check_size(path.name, w, h, stride + 1)
    try:
        # never more than the header announces, however well the data compresses
        inflater = zlib.decompressobj()
        raw = np.frombuffer(inflater.decompress(b"".join(idat), h * (stride + 1)), dtype=np.uint8)
        more = inflater.decompress(inflater.unconsumed_tail, 1) if inflater.unconsumed_tail else b""
    except zlib.error as exc:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG image data is corrupt ({reason})"),
                             file=path.name, reason=why(exc)) from None
    if more:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG image data is longer than its "
                                                         "{width}×{height} pixels; the file is damaged"),
                             file=path.name, width=w, height=h)
    if raw.size < h * (stride + 1):
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PNG image data is truncated"), file=path.name)
    rows = _unfilter(raw[:h * (stride + 1)], h, stride, bpp)
    if ctype == 3:
        bits = np.unpackbits(rows, axis=1)[:, :w * depth].reshape(h, w, depth) if depth < 8 else None
        index = rows[:, :w] if depth == 8 else (bits * (1 << np.arange(depth - 1, -1, -1))).sum(axis=2)
        rgb = palette[np.clip(index, 0, len(palette) - 1)].astype(np.float32) / 255.0
        return (rgb @ np.array([0.299, 0.587, 0.114], dtype=np.float32)).astype(np.float32)
    if depth == 16:
        px = rows.reshape(h, w * channels, 2).astype(np.uint32)
        px = ((px[..., 0] << 8) | px[..., 1]).astype(np.float32) / 65535.0
    else:
        px = rows.astype(np.float32) / 255.0
    px = px.reshape(h, w, channels)
    if channels in (3, 4):
        grey = px[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    else:
        grey = px[..., 0]
    if channels in (2, 4):
        grey = grey * px[..., -1]
    return grey.astype(np.float32)


def _read_pgm(path: Path) -> np.ndarray:
    data = _read_bytes(path)
    tokens: list[bytes] = []
    pos = 0
    # Header: magic, width, height, maxval, separated by whitespace, '#' comments allowed.
    while len(tokens) < 4 and pos < len(data):
        if data[pos:pos + 1] == b"#":
            while pos < len(data) and data[pos:pos + 1] not in (b"\n", b"\r"):
                pos += 1
        elif data[pos:pos + 1].isspace():
            pos += 1
        else:
            start = pos
            while pos < len(data) and not data[pos:pos + 1].isspace():
                pos += 1
            tokens.append(data[start:pos])
    if len(tokens) < 4 or tokens[0] not in (b"P5", b"P2") or not all(t.isdigit() and len(t) < 10
                                                                     for t in tokens[1:4]):
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file} is not a greyscale PGM (P5/P2) file"),
                             file=path.name)
    w, h, maxval = int(tokens[1]), int(tokens[2]), int(tokens[3])
    if not 1 <= maxval <= 65535:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PGM maximum grey value {value} is not in "
                                                         "1..65535"), file=path.name, value=maxval)
    _check_size(path.name, w, h, w * (1 if maxval < 256 else 2))
    if tokens[0] == b"P2":
        values = np.array(data[pos:].split()[:w * h], dtype=np.float32)
    else:
        dtype = np.uint8 if maxval < 256 else np.dtype(">u2")
        values = np.frombuffer(data[pos + 1:], dtype=dtype)[:w * h].astype(np.float32)
    if values.size != w * h:
        raise ImageFileError(QT_TRANSLATE_NOOP("Errors", "{file}: the PGM file is truncated"), file=path.name)
    return values.reshape(h, w) / float(maxval)


def read_image(path) -> np.ndarray:
    """Read a PNG or PGM file as float32 greyscale (H, W) in [0, 1]."""
    path = Path(path)
    if path.suffix.lower() == ".pgm":
        return _read_pgm(path)
    return read_png(path)


# ----------------------------------------------------------------------------------------------------------
# My digits
# ----------------------------------------------------------------------------------------------------------
# the folder of the drawings saved in the pad, by the dataset whose classes they are labelled with
MY_DRAWINGS_FOLDERS = {"mnist": "my_digits", "fashion": "my_fashion"}


def my_digits_dir() -> Path:
    """The personal test set's folder: ``user_data_dir()/"my_digits"`` (one subfolder per label)."""
    return my_drawings_dir("mnist")


def my_drawings_dir(kind: str) -> Path | None:
    """The folder of the drawings saved in the pad for dataset ``kind``: "mnist" (digits, ``my_digits``) or
    "fashion" (clothing, ``my_fashion``), one subfolder per class; None for data with other classes."""
    name = MY_DRAWINGS_FOLDERS.get(kind)
    return user_data_dir() / name if name is not None else None


def save_my_digit(image28, label: int, folder=None, prefix: str = "digit") -> Path:
    """Save a 28x28 image (floats in [0, 1] or uint8; (28, 28) or (784,)) as
    ``<folder>/<label>/<prefix>_<time>_<n>.png``."""
    img = np.asarray(image28)
    if img.shape == (MNIST_SIZE * MNIST_SIZE,):
        img = img.reshape(MNIST_SIZE, MNIST_SIZE)
    if img.shape != (MNIST_SIZE, MNIST_SIZE):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "save_my_digit needs a 28x28 image (or 784 values), got "
                                                            "shape {shape}; run the drawing through to_mnist first"),
                                shape=img.shape)
    if isinstance(label, (bool, np.bool_)) or not isinstance(label, (int, np.integer)) or label < 0:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the label must be a class index 0, 1, 2, ..., not "
                                                            "{label}"), label=repr(label))
    if img.dtype != np.uint8:
        img = np.asarray(img, dtype=np.float64)
        if not np.all(np.isfinite(img)) or img.min() < 0.0 or img.max() > 1.0:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "save_my_digit needs pixel values in [0, 1] (or "
                                                                "uint8 0-255)"))
    base = Path(folder) if folder is not None else my_digits_dir()
    target = base / str(int(label))
    target.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        path = target / f"{prefix}_{stamp}_{n:03d}.png"
        if not path.exists():
            break
        n += 1
    try:
        return write_png(path, img)
    except OSError:
        # (a disk full half-way): no broken image joins the learner's test set, to be listed with a warning
        path.unlink(missing_ok=True)
        raise


def _label_folders(base: Path) -> list[tuple[int, Path]]:
    if not base.is_dir():
        return []
    # Only folders named by a class index hold digits; anything else (notes, a README) is not ours to read.
    return sorted((int(p.name), p) for p in base.iterdir() if p.is_dir() and p.name.isdigit())


def count_my_digits(folder=None) -> dict[int, int]:
    """How many image files each label folder holds (without decoding them)."""
    base = Path(folder) if folder is not None else my_digits_dir()
    return {label: sum(1 for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
            for label, p in _label_folders(base)}


def my_digit_files(folder=None) -> list[tuple[int, Path]]:
    """(label, path) of every image of the personal test set, in the order ``load_my_digits`` returns them."""
    base = Path(folder) if folder is not None else my_digits_dir()
    return [(label, path) for label, sub in _label_folders(base)
            for path in sorted(f for f in sub.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)]


def bright_ink(img: np.ndarray) -> np.ndarray:
    """A greyscale image (H, W) in [0, 1] with MNIST's bright ink on black: dark ink on light paper (a scan, a
    drawing app's default), told by a light border, is flipped."""
    border = np.concatenate([img[0], img[-1], img[:, 0], img[:, -1]])
    return 1.0 - img if border.mean() > 0.5 else img


def _as_digit(img: np.ndarray, path: Path) -> np.ndarray:
    img = bright_ink(img)
    if img.shape != (MNIST_SIZE, MNIST_SIZE):
        digit = to_mnist(img)
        if digit is None:
            raise MyDigitsError(QT_TRANSLATE_NOOP("Errors", "{path} is blank (no ink found); delete it or replace "
                                                            "it with a drawing"), path=path)
        return digit
    return img.astype(np.float32)


def read_my_digit(path) -> np.ndarray:
    """One image of the personal test set as the network sees it: (28, 28) float32 in [0, 1]. Raises
    MyDigitsError naming the file when it cannot be read."""
    path = Path(path)
    try:
        return _as_digit(read_image(path), path)
    except MyDigitsError:
        raise
    except ImageFileError as exc:
        # its message starts with the file's name already: the whole path in its place, not "cannot read
        # …/3/bad.png: bad.png: the PNG file is truncated"
        problem = ImageFileError(exc.template, **{**exc.arguments, "file": path})
        raise MyDigitsError(QT_TRANSLATE_NOOP("Errors", "{problem}. Delete the file or save it again as a PNG."),
                            problem=problem) from None
    except (OSError, ValueError, struct.error, zlib.error) as exc:
        # a TranslatableError (a damaged image) is translated too; an OSError says what the system says
        raise MyDigitsError(QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {error}. Delete the file or save "
                                                        "it again as a PNG."), path=path, error=exc) from None


def load_my_digits(folder=None) -> tuple[np.ndarray, np.ndarray]:
    """The personal test set: x (n, 784) float32 in [0, 1], y (n,) int64; empty arrays when there is none.

    Images that are not 28x28 are passed through ``to_mnist``; dark-on-light images are inverted.
    Raises MyDigitsError naming the file when one cannot be read.
    """
    xs, ys = [], []
    for label, path in my_digit_files(folder):
        xs.append(read_my_digit(path).reshape(-1))
        ys.append(label)
    if not xs:
        return np.zeros((0, MNIST_SIZE * MNIST_SIZE), dtype=np.float32), np.zeros(0, dtype=np.int64)
    return np.stack(xs).astype(np.float32), np.array(ys, dtype=np.int64)
