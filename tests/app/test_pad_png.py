"""My-digits files written by another PNG encoder (Qt's: adaptive row filters, colour types, bit depths)."""
import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnstudio.data.digits import load_my_digits, read_png


@pytest.fixture
def grey():
    rng = np.random.default_rng(0)
    a = (rng.random((37, 53)) * 255).astype(np.uint8)
    a[:, :20] = np.arange(20) * 10                 # smooth ramps make the encoder pick Sub/Up/Paeth filters
    return a


@pytest.mark.parametrize("fmt", ["Format_Grayscale8", "Format_RGB32", "Format_ARGB32", "Format_Grayscale16",
                                 "Format_Indexed8"])
def test_qt_written_pngs_decode_exactly(tmp_path, grey, fmt):
    img = QImage(grey.data, 53, 37, 53, QImage.Format.Format_Grayscale8).copy()
    img = img.convertToFormat(getattr(QImage.Format, fmt))
    path = tmp_path / "x.png"
    assert img.save(str(path))
    np.testing.assert_allclose(read_png(path) * 255, grey, atol=0.01)


def test_a_digit_saved_by_another_program_joins_my_digits(tmp_path):
    a = np.zeros((28, 28), np.uint8)
    a[4:24, 12:16] = 255
    (tmp_path / "1").mkdir()
    QImage(a.data, 28, 28, 28, QImage.Format.Format_Grayscale8).copy().save(str(tmp_path / "1" / "one.png"))
    x, y = load_my_digits(tmp_path)
    assert y.tolist() == [1]
    np.testing.assert_allclose(x[0].reshape(28, 28), a / 255.0)
