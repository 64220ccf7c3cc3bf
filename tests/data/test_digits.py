"""The pad's preprocessing (to_mnist), the PNG files of "my digits", and augmentation."""
import zlib
import struct

import numpy as np
import pytest

from nnstudio.data import digits
from nnstudio.data.augment import Augmenter, change_thickness, dilate, erode, random_affine, warp_affine
from nnstudio.data.digits import (
    MyDigitsError, area_resize, center_of_mass, load_my_digits, my_digits_dir, read_png, save_my_digit,
    to_mnist, to_mnist_stages, write_png,
)
from nnstudio.data.paths import resources_dir

SHIPPED_MODEL = resources_dir() / "models" / "mnist_mlp.npz"


@pytest.fixture
def mnist_test():
    """MNIST test images (n, 784) float32 in [0, 1] and int64 labels; skipped when MNIST is not on disk.
    Function scope: it must run inside the per-test user data folder (load_mnist caches the arrays)."""
    try:
        from nnstudio.data import load_mnist
        ds = load_mnist("mnist")
    except ImportError as exc:
        pytest.skip(f"nnstudio.data.load_mnist not available: {exc}")
    except (OSError, ValueError) as exc:
        pytest.skip(f"MNIST not found: {exc}")
    return ds.x_test, ds.y_test


@pytest.fixture
def shipped_model():
    try:
        from nnstudio.engine import load_model
    except ImportError as exc:
        pytest.skip(f"engine not available: {exc}")
    assert SHIPPED_MODEL.exists(), "the shipped model is missing: run python -m nnstudio.tools.train_pad_model"
    return load_model(SHIPPED_MODEL)


def _stroke_digit(size=280, top=30, left=200, height=60, width=30, pen=6):
    """A small '7'-like shape drawn far from the centre of a big canvas (ink = 255)."""
    c = np.zeros((size, size), dtype=np.uint8)
    c[top:top + pen, left:left + width] = 255                      # the bar
    for i in range(height):                                         # the diagonal
        x = left + width - pen - int(i * (width - pen) / height)
        c[top + i, max(x, 0):x + pen] = 255
    return c


def test_blank_canvas_gives_none_not_an_error():
    assert to_mnist(np.zeros((280, 280))) is None
    assert to_mnist(np.zeros((280, 280), dtype=np.uint8)) is None
    assert to_mnist_stages(np.full((50, 40), 0.01)) is None     # below the ink threshold: still blank


def test_small_off_centre_digit_is_centred_and_fills_the_20px_box():
    canvas = _stroke_digit()
    out = to_mnist(canvas)
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert 0.0 <= out.min() and out.max() <= 1.0
    cy, cx = center_of_mass(out)
    assert abs(cy - 14.0) <= 0.5 and abs(cx - 14.0) <= 0.5
    rows = np.flatnonzero((out > 0.02).any(axis=1))
    cols = np.flatnonzero((out > 0.02).any(axis=0))
    assert max(rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1) == 20
    # Aspect ratio kept: the shape is 60 tall, 30 wide -> about 20 x 10.
    assert 9 <= cols[-1] - cols[0] + 1 <= 11
    # Sub-pixel mode puts the centre of mass (almost) exactly at the centre.
    cy, cx = center_of_mass(to_mnist(canvas, subpixel=True))
    assert abs(cy - 14.0) < 0.1 and abs(cx - 14.0) < 0.1


def test_0_255_and_0_1_inputs_agree():
    canvas = _stroke_digit()
    a = to_mnist(canvas)                                  # uint8 0-255
    b = to_mnist(canvas.astype(np.float32) / 255.0)       # floats 0-1
    c = to_mnist(canvas.astype(np.float64))               # floats 0-255
    np.testing.assert_allclose(a, b, atol=1e-6)
    np.testing.assert_allclose(a, c, atol=1e-6)


def test_stages_are_consistent():
    canvas = _stroke_digit()
    st = to_mnist_stages(canvas)
    top, left, bottom, right = st.bbox
    assert (top, left) == (30, 200)
    assert st.cropped.shape == (bottom - top, right - left)
    assert max(st.scaled.shape) == 20
    assert st.centred.shape == (28, 28)
    # Integer shift (LeCun): the scaled box appears unchanged inside the 28x28 field.
    dy, dx = int(st.shift[0]), int(st.shift[1])
    h, w = st.scaled.shape
    np.testing.assert_allclose(st.centred[dy:dy + h, dx:dx + w], st.scaled, atol=1e-6)


def test_area_resize_is_exact_box_averaging():
    img = np.arange(16, dtype=np.float32).reshape(4, 4)
    out = area_resize(img, 2, 2)
    np.testing.assert_allclose(out, [[img[:2, :2].mean(), img[:2, 2:].mean()],
                                     [img[2:, :2].mean(), img[2:, 2:].mean()]], rtol=1e-6)
    # Non-integer ratio keeps the total intensity per area (mean preserved).
    img = np.random.default_rng(0).random((30, 21))
    assert area_resize(img, 20, 14).mean() == pytest.approx(img.mean(), rel=1e-6)


def test_wrong_input_shape_is_refused_with_a_message():
    with pytest.raises(ValueError, match="2-D greyscale"):
        to_mnist(np.zeros((28, 28, 3)))
    with pytest.raises(ValueError, match="NaN"):
        to_mnist(np.full((28, 28), np.nan))


def test_mnist_digits_are_reproduced(mnist_test):
    """MNIST digits enlarged 10x (nearest) come back almost unchanged: the same pipeline made them."""
    x, _ = mnist_test
    imgs = x[:200].reshape(-1, 28, 28)
    out = np.stack([to_mnist(np.repeat(np.repeat(im, 10, axis=0), 10, axis=1)) for im in imgs])
    assert np.abs(out - imgs).mean() < 0.002


def test_enlarged_mnist_digits_keep_accuracy_with_the_shipped_model(mnist_test, shipped_model):
    """1000 test digits, enlarged to a 280x280 canvas with bilinear smoothing, then through to_mnist."""
    x, y = mnist_test
    n = 1000
    # Bilinear enlargement 28 -> 280 (a smooth, thick-pen version of the digit), by row then column gathers.
    pos = (np.arange(280) + 0.5) / 10 - 0.5
    i0 = np.clip(np.floor(pos).astype(int), 0, 27)
    i1 = np.minimum(i0 + 1, 27)
    f = np.clip(pos - np.floor(pos), 0, 1).astype(np.float32)

    def enlarge(im):
        rows = im[i0] * (1 - f)[:, None] + im[i1] * f[:, None]
        return rows[:, i0] * (1 - f) + rows[:, i1] * f
    back = np.stack([to_mnist(enlarge(im)) for im in x[:n].reshape(-1, 28, 28)]).reshape(n, 784)
    acc = float((shipped_model.predict(back).argmax(axis=1) == y[:n]).mean())
    direct = float((shipped_model.predict(x[:n]).argmax(axis=1) == y[:n]).mean())
    assert acc >= 0.97, f"accuracy through to_mnist {acc:.4f} (directly: {direct:.4f})"


# -------------------------------------------------------------------------------------------- PNG / my digits
def test_png_round_trip_and_crc_check(tmp_path):
    img = (np.random.default_rng(1).random((28, 28)) * 255).astype(np.uint8)
    p = write_png(tmp_path / "a.png", img)
    np.testing.assert_array_equal(np.round(read_png(p) * 255).astype(np.uint8), img)
    data = bytearray(p.read_bytes())
    data[40] ^= 0xFF                                   # inside the IDAT chunk
    (tmp_path / "bad.png").write_bytes(bytes(data))
    with pytest.raises(ValueError, match="corrupt|CRC"):
        read_png(tmp_path / "bad.png")


def _png_with_filters(path, img):
    """An 8-bit greyscale PNG whose rows use every filter type (0-4), as other programs write them."""
    h, w = img.shape
    raw = bytearray()
    prev = np.zeros(w, dtype=np.int32)
    for y in range(h):
        ftype = y % 5
        cur = img[y].astype(np.int32)
        left = np.concatenate([[0], cur[:-1]])
        upleft = np.concatenate([[0], prev[:-1]])
        if ftype == 0:
            f = cur
        elif ftype == 1:
            f = cur - left
        elif ftype == 2:
            f = cur - prev
        elif ftype == 3:
            f = cur - (left + prev) // 2
        else:
            p = left + prev - upleft
            pa, pb, pc = abs(p - left), abs(p - prev), abs(p - upleft)
            f = cur - np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, prev, upleft))
        raw += bytes([ftype]) + bytes((f & 0xFF).astype(np.uint8))
        prev = cur

    def chunk(k, d):
        return struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(bytes(raw))) + chunk(b"IEND", b""))


def test_png_reader_undoes_all_filter_types(tmp_path):
    img = (np.random.default_rng(2).random((15, 9)) * 255).astype(np.uint8)
    _png_with_filters(tmp_path / "f.png", img)
    np.testing.assert_array_equal(np.round(read_png(tmp_path / "f.png") * 255).astype(np.uint8), img)


def test_save_and_load_my_digits(tmp_path):
    assert my_digits_dir().parent == digits.user_data_dir()
    x, y = load_my_digits()                         # nothing saved yet: empty, not an error
    assert x.shape == (0, 784) and y.shape == (0,)
    canvas = _stroke_digit()
    img = to_mnist(canvas)
    p1 = save_my_digit(img, 7)
    p2 = save_my_digit(img.reshape(-1), 1)
    assert p1.parent == my_digits_dir() / "7" and p1.suffix == ".png" and p1 != p2
    x, y = load_my_digits()
    assert x.shape == (2, 784) and x.dtype == np.float32 and y.dtype == np.int64
    assert sorted(y.tolist()) == [1, 7]
    np.testing.assert_allclose(x[list(y).index(7)], img.reshape(-1), atol=0.5 / 255 + 1e-6)
    # An explicit folder works the same way.
    save_my_digit(img, 3, folder=tmp_path)
    assert load_my_digits(tmp_path)[1].tolist() == [3]


def test_my_digits_accepts_other_sizes_and_dark_ink(tmp_path):
    # A 100x100 scan with dark ink on white paper: inverted and run through to_mnist.
    canvas = 255 - _stroke_digit(size=100, top=20, left=30, height=50, width=30, pen=5)
    (tmp_path / "4").mkdir()
    write_png(tmp_path / "4" / "scan.png", canvas)
    x, y = load_my_digits(tmp_path)
    assert y.tolist() == [4]
    cy, cx = center_of_mass(x[0].reshape(28, 28))
    assert abs(cy - 14) <= 0.5 and abs(cx - 14) <= 0.5


def test_bad_files_and_labels_are_reported(tmp_path):
    (tmp_path / "2").mkdir()
    (tmp_path / "2" / "broken.png").write_bytes(b"not a png")
    with pytest.raises(MyDigitsError, match="broken.png"):
        load_my_digits(tmp_path)
    with pytest.raises(ValueError, match="label"):
        save_my_digit(np.zeros((28, 28)), -1, folder=tmp_path)
    with pytest.raises(ValueError, match="28x28"):
        save_my_digit(np.zeros((20, 20)), 1, folder=tmp_path)


def test_a_damaged_digit_file_is_reported_in_translatable_parts(tmp_path):
    from nnstudio.i18n import TranslatableError

    (tmp_path / "7").mkdir()
    path = write_png(tmp_path / "7" / "seven.png", np.zeros((28, 28)))
    path.write_bytes(path.read_bytes()[:-20])             # cut off: the end of the image data and IEND are gone
    with pytest.raises(MyDigitsError) as info:
        load_my_digits(tmp_path)
    error = info.value
    assert isinstance(error, TranslatableError)
    # the file named once, by its whole path (it read "cannot read …/7/seven.png: seven.png: the PNG file …")
    assert error.template.format(**error.arguments) == str(error) == (
        f"{path}: the PNG file is truncated. Delete the file or save it again as a PNG.")
    # the reason is a translatable error of its own (the GUI translates arguments too), the file name a value
    reason = error.arguments["problem"]
    assert isinstance(reason, digits.ImageFileError) and isinstance(reason, ValueError)
    assert (reason.template, reason.arguments) == ("{file}: the PNG file is truncated", {"file": path})


# -------------------------------------------------------------------------------------------- augmentation
def test_identity_warp_and_whole_pixel_shift_are_exact():
    x = np.random.default_rng(0).random((3, 28, 28)).astype(np.float32)
    eye = np.tile(np.eye(2), (3, 1, 1))
    np.testing.assert_array_equal(warp_affine(x, eye, np.zeros((3, 2))), x)
    moved = warp_affine(x, eye, np.tile([2.0, -1.0], (3, 1)))       # 2 rows down, 1 column left
    np.testing.assert_allclose(moved[:, 2:, :-1], x[:, :-2, 1:], atol=1e-6)
    assert moved[:, :2].max() == 0 and moved[:, :, -1].max() == 0


def test_rotation_by_90_degrees_matches_rot90():
    x = np.random.default_rng(1).random((2, 28, 28)).astype(np.float32)
    a = np.tile(np.array([[0.0, -1.0], [1.0, 0.0]]), (2, 1, 1))
    out = warp_affine(x, a, np.zeros((2, 2)))
    # p_out = A p_in about the centre: row_out = -col_in, col_out = row_in, i.e. out[r, c] = x[c, 27 - r]
    expected = np.array([[[x[i, c, 27 - r] for c in range(28)] for r in range(28)] for i in range(2)])
    np.testing.assert_allclose(out, expected, atol=1e-5)


def test_morphology_thickens_and_thins():
    x = np.zeros((1, 28, 28), dtype=np.float32)
    x[0, 10:18, 13:15] = 1.0                         # a 2 px wide stroke
    assert dilate(x).sum() > x.sum() and erode(x).sum() == 0
    half = change_thickness(x, np.array([0.5]))
    assert x.sum() < half.sum() < dilate(x).sum()


def test_augmenter_is_seeded_shaped_and_in_range():
    x = np.random.default_rng(3).random((50, 784)).astype(np.float32)
    a1 = Augmenter()(x, np.random.default_rng(7))
    a2 = Augmenter()(x, np.random.default_rng(7))
    a3 = Augmenter()(x, np.random.default_rng(8))
    assert a1.shape == x.shape and a1.dtype == np.float32
    np.testing.assert_array_equal(a1, a2)
    assert not np.array_equal(a1, a3)
    assert a1.min() >= 0.0 and a1.max() <= 1.0
    a, t = random_affine(1000, np.random.default_rng(0))
    assert np.abs(t).max() <= 2.0
    det = np.linalg.det(a)
    assert 0.85 ** 2 * 0.9 < det.min() and det.max() < 1.15 ** 2 * 1.1


def test_augmentation_keeps_the_digit_mostly_in_place(mnist_test):
    x, _ = mnist_test
    out = Augmenter()(x[:200], np.random.default_rng(0)).reshape(-1, 28, 28)
    com = np.array([center_of_mass(o) for o in out])
    assert np.abs(com - 14.0).max() < 5.0
    assert (out.reshape(200, -1).sum(1) > 0.3 * x[:200].sum(1)).all()


def test_pgm_files_are_read_too(tmp_path):
    img = (np.arange(12, dtype=np.uint8).reshape(3, 4) * 20)
    (tmp_path / "a.pgm").write_bytes(b"P5\n# made by hand\n4 3\n255\n" + img.tobytes())
    (tmp_path / "b.pgm").write_bytes(b"P2 4 3 255\n" + " ".join(str(v) for v in img.ravel()).encode())
    for name in ("a.pgm", "b.pgm"):
        np.testing.assert_allclose(digits.read_image(tmp_path / name), img / 255.0, atol=1e-6)


# -- bounded time and memory for any image in My digits --------------------------------------------------------
def _png(path, w, h, ctype, raw_rows: bytes, depth=8):
    def chunk(k, d):
        return struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, ctype, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw_rows, 9)) + chunk(b"IEND", b""))
    return path


def test_a_tiny_png_declaring_millions_of_pixels_is_refused_from_its_header(tmp_path):
    import time

    from nnstudio.data.digits import MyDigitsError, load_my_digits

    folder = tmp_path / "digits" / "3"
    folder.mkdir(parents=True)
    # 1 x 3,000,000 pixels: 3 million one-byte rows that compress to about 5 KB
    path = _png(folder / "tall.png", 1, 3_000_000, 0, bytes(2 * 3_000_000))
    assert path.stat().st_size < 20_000
    started = time.perf_counter()
    with pytest.raises(MyDigitsError, match="tall.png: the image is 1×3,000,000 pixels; My digits takes images "
                                            "of at most 4096×4096"):
        load_my_digits(tmp_path / "digits")
    assert time.perf_counter() - started < 0.5
    # so is a square one whose data would unpack to more than 1 MB
    _png(path, 2000, 2000, 2, b"")
    with pytest.raises(MyDigitsError, match="2,000×2,000 pixels"):
        load_my_digits(tmp_path / "digits")


def test_the_largest_accepted_image_with_the_slowest_filter_decodes_in_bounded_time(tmp_path):
    import time

    from nnstudio.data.digits import MAX_IMAGE_BYTES

    # RGB, every row Paeth-filtered (the filter decoded byte by byte): 590 x 590 x 3 is just under the limit
    side = 590
    assert side * (3 * side + 1) <= MAX_IMAGE_BYTES
    img = (np.random.default_rng(0).random((side, side, 3)) * 255).astype(np.uint8)
    path = _png(tmp_path / "big.png", side, side, 2, b"".join(b"\x04" + _paeth_row(img, y) for y in range(side)))
    started = time.perf_counter()
    grey = read_png(path)
    assert time.perf_counter() - started < 5.0    # (about a second; a hang guard, not a speed target)
    expected = img.astype(np.float32) / 255 @ np.array([0.299, 0.587, 0.114], np.float32)
    np.testing.assert_allclose(grey, expected, atol=1e-6)


def _paeth_row(img, y):
    """Row y of an (h, w, 3) image Paeth-filtered (bpp 3), as PNG encoders write it."""
    cur = img[y].reshape(-1).astype(np.int32)
    up = img[y - 1].reshape(-1).astype(np.int32) if y else np.zeros_like(cur)
    left = np.concatenate([np.zeros(3, np.int32), cur[:-3]])
    upleft = np.concatenate([np.zeros(3, np.int32), up[:-3]])
    p = left + up - upleft
    pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
    pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, up, upleft))
    return bytes(((cur - pred) & 0xFF).astype(np.uint8))


def test_to_mnist_refuses_complex_and_object_arrays_by_their_name():
    canvas = np.zeros((28, 28))
    canvas[10:18, 12:16] = 1.0
    with pytest.raises(ValueError, match="needs real grey levels; got complex numbers"):
        to_mnist(canvas + 1j)
    with pytest.raises(ValueError, match="got an object array \\(Python objects\\)"):
        to_mnist(canvas.astype(object))
    with pytest.raises(ValueError, match="got an array of <U"):
        to_mnist(np.full((4, 4), "a"))
    with pytest.raises(ValueError, match="NaN or infinite"):
        to_mnist(np.where(canvas > 0, np.nan, 0.0))


def test_a_drawing_whose_write_fails_leaves_no_broken_file(tmp_path, monkeypatch):
    """A disk that fills up while a drawing is written left a cut-off PNG among the learner's drawings (listed
    with a warning sign, to be deleted by hand); the save says why and leaves nothing behind."""
    import errno
    from pathlib import Path
    write = Path.write_bytes

    def full(self, data):
        write(self, data[:len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError):
        save_my_digit(np.zeros((28, 28)), 3, folder=tmp_path)
    assert list((tmp_path / "3").iterdir()) == []
