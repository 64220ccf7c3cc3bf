"""The pad and its thumbnails on a high-DPI laptop screen (QT_SCALE_FACTOR 1.5 and 2: 150 % and 200 %).

Qt reads the scale factor when the application starts, so each case runs in a child process (offscreen) that
prints what a user would see as JSON: where the network's 28×28 input has ink after a stroke drawn with the mouse,
and the grey levels of a test image's thumbnail as drawn on the screen."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

CHILD = textwrap.dedent('''
    import json, sys
    import numpy as np
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from nnstudio.app import language
    language.set_language("en")
    from nnstudio.app.pad import DigitPadWindow
    from nnstudio.app.pad.gallery import MistakesGallery

    out = {}
    pad = DigitPadWindow()
    pad.resize(900, 800)
    pad.show()
    QTest.qWaitForWindowExposed(pad)
    canvas = pad.canvas
    out["ratio"] = canvas.devicePixelRatioF()
    # a vertical stroke at canvas pixel x = 70 (a quarter of the 280 px canvas), y = 40 ... 240, by the mouse:
    # where on the widget that pixel is shown (the canvas drawn in the middle of the widget, scaled to fit it)
    side = min(canvas.width(), canvas.height())
    left, top = (canvas.width() - side) / 2, (canvas.height() - side) / 2
    points = [QPoint(round(left + 70 * side / 280), round(top + y * side / 280)) for y in range(40, 241, 10)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for p in points[1:]:
        QApplication.sendEvent(canvas, QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(canvas.mapToGlobal(p)),
                                                   Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                   Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])
    out["canvas_columns"] = np.flatnonzero(canvas.to_array().max(axis=0) > 128).tolist()
    out["canvas_rows"] = np.flatnonzero(canvas.to_array().max(axis=1) > 128).tolist()
    seen = pad.current_input().reshape(28, 28)                    # what the network is given
    out["input_columns"] = np.flatnonzero(seen.max(axis=0) > 0.5).tolist()
    out["input_rows"] = np.flatnonzero(seen.max(axis=1) > 0.5).tolist()
    # the stroke as the screen shows it: a row of device pixels across it, half way down
    shot = canvas.grab().toImage()
    middle = QPoint(round(left + 70 * side / 280), round(top + 140 * side / 280))
    y = round(middle.y() * out["ratio"])
    row = [shot.pixelColor(x, y).red() for x in range(round((middle.x() - 40) * out["ratio"]),
                                                       round((middle.x() + 40) * out["ratio"]))]
    out["shown_edge_greys"] = sum(1 for v in row if 40 < v < 215)   # the blur at its two edges, in device pixels
    out["shown_ink"] = sum(1 for v in row if v >= 215)
    out["pen_shown"] = 22 * side / 280 * out["ratio"]             # the pen's width on the screen, in device pixels
    from PySide6.QtGui import QImage
    QTest.keyClick(pad, Qt.Key.Key_1)                             # it is a 1
    saved = QImage(str(pad.save_current_digit()))                 # Ctrl+S: "Store the 28×28 image as a PNG file"
    out["saved_png"] = [saved.width(), saved.height()]

    # a thumbnail of the mistakes gallery: a test image of eight grey levels in 4 × 4 blocks
    image = (np.arange(49).reshape(7, 7) % 8 / 7.0).repeat(4, 0).repeat(4, 1).astype(np.float32)
    gallery = MistakesGallery()
    gallery.resize(700, 400)
    gallery.show()
    QTest.qWaitForWindowExposed(gallery)
    probs = np.tile(np.eye(10, dtype=np.float32)[3], (1, 1))
    gallery.set_source(lambda x: probs, lambda: (image.reshape(1, 784), np.array([5])), [str(i) for i in range(10)])
    gallery.refresh()
    view = gallery.list
    rect = view.visualItemRect(view.item(0))
    rect.setHeight(gallery.list.iconSize().height() + 6)          # the picture, above its caption
    shot = view.viewport().grab(rect).toImage()
    out["thumbnail_greys"] = sorted({shot.pixelColor(x, y).red() for x in range(shot.width())
                                     for y in range(shot.height())})
    out["source_greys"] = sorted(set(np.round(image * 255).astype(int).ravel().tolist()))
    out["base"] = view.viewport().palette().base().color().red()
    print("RESULT" + json.dumps(out))
''')


def run_scaled(factor: str, tmp_path) -> dict:
    env = dict(os.environ, QT_SCALE_FACTOR=factor, QT_QPA_PLATFORM="offscreen", NNSTUDIO_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, done.stderr
    return json.loads(lines[-1][len("RESULT"):])


@pytest.mark.parametrize("factor", ["1", "1.5", "2"])
def test_a_stroke_lands_where_the_mouse_drew_it_and_thumbnails_keep_square_pixels(tmp_path, factor):
    seen = run_scaled(factor, tmp_path)
    assert seen["ratio"] == float(factor)
    # the ink under the mouse: around x = 70 (the pen is 22 px wide), from y = 40 - 11 to 240 + 11
    columns, rows = seen["canvas_columns"], seen["canvas_rows"]
    assert 55 <= min(columns) and max(columns) <= 85 and 70 in columns
    assert 25 <= min(rows) <= 35 and 245 <= max(rows) <= 255
    # the network sees that stroke: a vertical bar 20 px long in the middle of its 28 × 28 input (MNIST's framing)
    assert len(seen["input_columns"]) <= 4 and 12 <= np.mean(seen["input_columns"]) <= 15
    assert 18 <= len(seen["input_rows"]) <= 21
    assert seen["saved_png"] == [28, 28]
    # shown as sharp as the screen can: the pen's 22 canvas px wide in ink, with an edge of a device pixel or two
    # each side (the 280-px image blown up to the screen's pixels spread its edges over more at 150 % and 200 %)
    assert seen["shown_edge_greys"] <= 4 and abs(seen["shown_ink"] - seen["pen_shown"]) <= 3, seen
    # the thumbnail shows the image's own grey levels (square pixels, enlarged without smoothing: at 200 % Qt's
    # smooth enlarging of a thumbnail made for 100 % mixed them into dozens of others), on the list's base
    greys = set(seen["thumbnail_greys"]) - {seen["base"]}
    assert greys <= set(seen["source_greys"]), sorted(greys - set(seen["source_greys"]))
    assert np.isclose(len(greys), len(seen["source_greys"]), atol=1)


EXPORT_CHILD = textwrap.dedent('''
    import json, sys
    from PySide6.QtGui import QImage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from nnstudio.app import language
    language.set_language("en")
    from nnstudio.app.plots import LossPlot
    plot = LossPlot()
    plot.resize(500, 400)
    plot.show()
    QTest.qWaitForWindowExposed(plot)
    plot.export_png(sys.argv[1])
    image = QImage(sys.argv[1])
    shown = plot._canvas.size()
    print("RESULT" + json.dumps({"png": [image.width(), image.height()], "shown": [shown.width(), shown.height()],
                                 "dpi": image.dotsPerMeterX() * 0.0254}))
''')


@pytest.mark.parametrize("factor", ["1", "2"])
def test_a_plot_saved_on_a_high_dpi_screen_is_as_sharp_as_shown_and_as_large_in_a_document(tmp_path, factor):
    env = dict(os.environ, QT_SCALE_FACTOR=factor, QT_QPA_PLATFORM="offscreen", NNSTUDIO_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", EXPORT_CHILD, str(tmp_path / "loss.png")], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
    assert lines, done.stderr
    seen = json.loads(lines[-1][len("RESULT"):])
    ratio = float(factor)
    assert seen["png"] == [round(ratio * side) for side in seen["shown"]]      # every pixel the screen shows
    # inches = pixels / dpi: the picture is as large on paper as the plot at 96 dpi, not twice as large
    assert seen["dpi"] == pytest.approx(96 * ratio, abs=0.5)


def test_the_editors_heatmaps_are_remade_when_the_window_moves_to_a_screen_of_another_pixel_ratio(qtbot, monkeypatch):
    """A window dragged from a 100 % monitor to a 200 % laptop screen: the neurons' heatmaps, made at the size they
    are shown in device pixels, are made again at twice the pixels (else Qt enlarges them into a blur)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from tests.app.test_editor import make_snapshot, xor_weights
    from tests.app.test_dark_desktop import make_editor

    editor = make_editor(qtbot)
    xs = np.linspace(-1, 1, 24)
    gx, gy = np.meshgrid(xs, xs)
    maps = (np.stack([np.tanh(4 * gy), np.tanh(-4 * gx)]), np.tanh(2 * gx)[None])
    editor.show_snapshot(make_snapshot(weights=xor_weights(), neuron_maps=maps, extent=(-1, 1, -1, 1)))
    heatmap = editor.scene.neurons[(1, 0)].heatmap
    before = heatmap.pixmap().width()
    ratio = editor.view.devicePixelRatioF()
    monkeypatch.setattr(editor.view, "devicePixelRatioF", lambda: 2 * ratio)    # the other screen's ratio
    QApplication.sendEvent(editor.view, QEvent(QEvent.Type.ScreenChangeInternal))  # as Qt tells each widget
    assert heatmap.pixmap().width() == round(before * 2) == editor._heatmap_pixels()


def test_the_pads_thumbnails_are_remade_when_the_window_moves_to_a_screen_of_another_pixel_ratio(qtbot,
                                                                                                  monkeypatch):
    """The mistakes' and My digits' thumbnails, made for the screen's pixel ratio, are made again for a screen of
    twice the ratio: square pixels at 200 % (Qt would enlarge the 100 % ones smoothly into a blur)."""
    from PySide6.QtCore import QEvent, QSize
    from PySide6.QtWidgets import QApplication

    from nnstudio.app.pad.gallery import ICON_PX, MistakesGallery
    from nnstudio.app.pad.saved import THUMB_PX, SavedDrawingsList

    image = (np.arange(49).reshape(7, 7) % 8 / 7.0).repeat(4, 0).repeat(4, 1).astype(np.float32)
    source_greys = set(np.round(image * 255).astype(int).ravel().tolist())
    gallery = MistakesGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    gallery.set_source(lambda x: np.eye(10, dtype=np.float32)[[3]], lambda: (image.reshape(1, 784), np.array([5])),
                       [str(i) for i in range(10)])
    gallery.refresh()
    saved = SavedDrawingsList()
    qtbot.addWidget(saved)
    saved.show()
    saved.set_drawings([image], [5], ["/nowhere/digit.png"], [str(i) for i in range(10)])
    ratio = gallery.devicePixelRatioF()
    for widget, item, side in ((gallery, gallery.list.item(0), ICON_PX), (saved, saved.item(0), THUMB_PX)):
        monkeypatch.setattr(widget, "devicePixelRatioF", lambda: 2 * ratio)       # the other screen's ratio
        QApplication.sendEvent(widget, QEvent(QEvent.Type.ScreenChangeInternal))   # as Qt tells each widget
        shown = item.icon().pixmap(QSize(side, side), 2 * ratio).toImage()      # as the list draws it there
        assert shown.width() == round(2 * ratio * side)
        greys = {shown.pixelColor(x, y).red() for x in range(shown.width()) for y in range(shown.height())}
        assert greys <= source_greys, type(widget).__name__
