"""Live plots: each view takes hand-built snapshots, and its pyqtgraph items hold exactly that data."""
from __future__ import annotations

import csv
import dataclasses
import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMainWindow

from nnstudio.app.plots import DecisionBoundaryPlot, GradientPlot, HistogramPlot, LossPlot
from nnstudio.app.colors import BLUE, ORANGE, class_color, lighten
from nnstudio.app.plots.contour import contour_segments
from nnstudio.session.snapshot import TrainingSnapshot, plane_grid, shaped_extent
from nnstudio.data import load_dataset
from nnstudio.engine.stats import LayerStats


# ---------------------------------------------------------------------------------------------------------
# helpers
def make_stats(norms, activation="sigmoid", saturation=None, dead=None, bias_scale=0.5):
    """One LayerStats per entry of ``norms`` (the weight-gradient norms)."""
    out = []
    for i, g in enumerate(norms):
        out.append(LayerStats(
            index=i, units=4, activation=activation if isinstance(activation, str) else activation[i],
            weight_grad_norm=float(g), weight_grad_mean_abs=float(g) / 10, bias_grad_norm=float(g) * bias_scale,
            bias_grad_mean_abs=float(g) * bias_scale / 10, weight_norm=1.0, update_ratio=1e-3,
            activation_mean=0.5, activation_std=0.1,
            saturation=0.1 * (i + 1) if saturation is None else saturation[i],
            dead_fraction=0.0 if dead is None else dead[i]))
    return tuple(out)


def weights_for(sizes, seed=0, scale=1.0):
    rng = np.random.default_rng(seed)
    arrays = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        arrays += [rng.normal(0, scale, (a, b)).astype(np.float32), rng.normal(0, scale, b).astype(np.float32)]
    return tuple(arrays)


def layer_snapshot(n_layers=3, m=10, activation="sigmoid", seed=0):
    """A snapshot of a network of ``n_layers`` Dense layers whose gradients shrink 10x per layer downwards."""
    sizes = [2] + [4] * (n_layers - 1) + [1]
    base = 10.0 ** -np.arange(n_layers - 1, -1, -1)          # 1e-(n-1) ... 1e0: layer 1 smallest
    steps = np.arange(1, m + 1) * 5
    decay = np.linspace(1.0, 0.5, m)[:, None]
    gw = decay * base[None, :]
    return TrainingSnapshot(
        epoch=m, step=int(steps[-1]), weights=weights_for(sizes, seed),
        grads=weights_for(sizes, seed + 1, scale=1e-3),
        layer_stats=make_stats(gw[-1], activation),
        stats_steps=steps, grad_w_norm=gw, grad_b_norm=gw / 2, saturation=np.full((m, n_layers), 0.25))


def show(qtbot, widget, size=(640, 480)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def npoints(curve) -> int:
    """Number of points a curve holds (pyqtgraph stores None for an empty curve)."""
    return 0 if curve.xData is None else int(curve.xData.size)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def view_to_widget(plot: DecisionBoundaryPlot, x, y):
    """Pixel position in the plot widget's viewport of the data point (x, y)."""
    scene = plot.view.mapViewToScene(QPointF(x, y))
    return plot.plot_widget.mapFromScene(scene)


XOR_EXTENT = (-0.5, 1.5, -0.5, 1.5)


def boundary_snapshot(f, extent=XOR_EXTENT, res=100, boundary_extent=None, **kw):
    """A snapshot whose boundary is f(x, y) evaluated on the worker's grid layout (over ``boundary_extent``,
    the extent grown to the plot's shape, when given)."""
    xs, ys, points = plane_grid(boundary_extent or extent, res)
    values = f(points[:, 0], points[:, 1])
    shape = (res, res) if values.ndim == 1 else (res, res, values.shape[1])
    return TrainingSnapshot(extent=extent, boundary=values.reshape(shape), boundary_extent=boundary_extent, **kw)


def xor_p(x, y):
    """P(class 1) of XOR: high where exactly one coordinate is above 0.5, smooth across the borders."""
    a = 1 / (1 + np.exp(-12 * (x - 0.5)))
    b = 1 / (1 + np.exp(-12 * (y - 0.5)))
    return a + b - 2 * a * b


# ---------------------------------------------------------------------------------------------------------
# LossPlot
def loss_snapshot(n_steps=20, epochs=2, progress=0.5, classification=True):
    steps = np.arange(1, n_steps + 1)
    e = np.arange(1, epochs + 1)
    return TrainingSnapshot(
        epoch=epochs, epoch_progress=progress, step=n_steps, steps=steps, step_loss=1.0 / steps,
        epochs=e.astype(float), epoch_loss=0.5 / e, val_loss=0.6 / e,
        epoch_accuracy=np.array([0.5, 0.75])[:epochs] if classification else np.full(epochs, np.nan),
        val_accuracy=np.array([0.4, 0.7])[:epochs] if classification else np.full(epochs, np.nan))


def test_loss_plot_curves_hold_the_snapshot_history(qtbot):
    plot = show(qtbot, LossPlot())
    s = loss_snapshot()
    plot.show_snapshot(s)
    # 20 steps in 2.5 epochs: 8 steps per epoch, so step 8 sits at epoch 1 where the first epoch point is
    np.testing.assert_allclose(plot.step_curve.xData, s.steps / 8)
    np.testing.assert_allclose(plot.step_curve.yData, s.step_loss)
    np.testing.assert_allclose(plot.epoch_curve.xData, [1, 2])
    np.testing.assert_allclose(plot.epoch_curve.yData, s.epoch_loss)
    np.testing.assert_allclose(plot.test_curve.yData, s.val_loss)
    names = [label.text for _, label in plot.legend.items]
    assert names == ["train, each step", "train, epoch mean", "test"]
    # the history grows: the same items get the new data
    curve = plot.step_curve
    plot.show_snapshot(loss_snapshot(n_steps=40, epochs=2, progress=1.0))
    assert plot.step_curve is curve and plot.step_curve.xData.size == 40
    assert plot.loss_plot.getViewBox().state["autoRange"][1]


def test_accuracy_plot_only_for_classification(qtbot):
    plot = show(qtbot, LossPlot())
    plot.show_snapshot(loss_snapshot())
    assert not plot.acc_widget.isVisible()
    assert npoints(plot.train_acc_curve) == 0
    plot.set_classification(True)
    assert plot.acc_widget.isVisible()
    plot.show_snapshot(loss_snapshot())
    np.testing.assert_allclose(plot.train_acc_curve.yData, [0.5, 0.75])
    np.testing.assert_allclose(plot.test_acc_curve.yData, [0.4, 0.7])
    plot.set_classification(False)
    assert not plot.acc_widget.isVisible()


def test_the_epoch_axis_follows_a_new_run(qtbot):
    plot = show(qtbot, LossPlot())
    plot.set_classification(True)          # syncing the linked accuracy pane must not freeze the x range
    assert plot.loss_plot.getViewBox().state["autoRange"][0]
    plot.loss_plot.setXRange(0, 5000)      # e.g. the user zoomed out during a long run
    plot.reset()
    plot.show_snapshot(loss_snapshot(n_steps=20, epochs=2, progress=1.0))
    assert plot.loss_plot.getViewBox().state["autoRange"][0]
    qtbot.waitUntil(lambda: plot.loss_plot.viewRange()[0][1] < 10, timeout=2000)   # after the repaint


def test_log_toggle_switches_the_loss_axis(qtbot):
    plot = show(qtbot, LossPlot())
    plot.show_snapshot(loss_snapshot())
    assert not plot.loss_plot.getAxis("left").logMode
    qtbot.mouseClick(plot.log_check, Qt.MouseButton.LeftButton)
    assert plot.log_check.isChecked() and plot.log_y()
    assert plot.loss_plot.getAxis("left").logMode
    # the curve shows log10 of the loss; its data stay the plain values
    _, shown = plot.epoch_curve.getData()
    np.testing.assert_allclose(shown, np.log10(0.5 / np.arange(1, 3)))
    plot.set_log_y(False)
    assert not plot.log_check.isChecked() and not plot.loss_plot.getAxis("left").logMode


def test_loss_reset_and_csv(qtbot, tmp_path):
    plot = show(qtbot, LossPlot())
    plot.set_classification(True)
    plot.show_snapshot(loss_snapshot())
    path = tmp_path / "loss.csv"
    plot.export_csv(path)
    rows = read_csv(path)
    assert list(rows[0]) == ["series", "step", "epoch", "value"]
    batch = [r for r in rows if r["series"] == "batch_loss"]
    assert len(batch) == 20 and float(batch[7]["epoch"]) == pytest.approx(1.0)
    assert float(batch[1]["value"]) == pytest.approx(0.5)
    acc = [float(r["value"]) for r in rows if r["series"] == "test_accuracy"]
    assert acc == [0.4, 0.7]
    plot.reset()
    assert npoints(plot.step_curve) == 0 and npoints(plot.epoch_curve) == 0
    plot.export_csv(path)
    assert read_csv(path) == []


def test_nan_validation_loss_leaves_a_gap_not_a_crash(qtbot):
    plot = show(qtbot, LossPlot())
    s = dataclasses.replace(loss_snapshot(), val_loss=np.array([np.nan, 0.3]))
    plot.show_snapshot(s)
    assert np.isnan(plot.test_curve.yData[0]) and plot.test_curve.yData[1] == pytest.approx(0.3)
    plot.set_log_y(True)
    plot.grab()   # paints with NaN on a log axis


def test_a_diverged_loss_draws_without_warnings(qtbot):
    import warnings
    plot = show(qtbot, LossPlot())
    s = dataclasses.replace(loss_snapshot(epochs=1), epoch_loss=np.array([np.inf]), val_loss=np.array([np.nan]),
                            step_loss=np.full(20, np.inf))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot.show_snapshot(s)
        plot.grab()
    assert npoints(plot.epoch_curve) == 0 and npoints(plot.test_curve) == 0


def test_hidden_dock_draws_the_newest_snapshot_when_shown(qtbot):
    window = QMainWindow()
    window.setCentralWidget(LossPlot())
    dock = QDockWidget("loss")
    plot = LossPlot()
    dock.setWidget(plot)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    show(qtbot, window)
    dock.hide()
    plot.show_snapshot(loss_snapshot(n_steps=10, epochs=1, progress=0.25))
    plot.show_snapshot(loss_snapshot(n_steps=20))
    assert npoints(plot.step_curve) == 0   # nothing drawn while hidden
    dock.show()
    qtbot.waitUntil(lambda: npoints(plot.step_curve) == 20)


# ---------------------------------------------------------------------------------------------------------
# DecisionBoundaryPlot
def test_boundary_draws_train_filled_and_test_hollow_by_class(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    d = load_dataset("moons", n=60, seed=1)
    plot.set_dataset(d)
    xs, ys = plot.train_points.getData()
    np.testing.assert_allclose(xs, d.x_train[:, 0])
    np.testing.assert_allclose(ys, d.x_train[:, 1])
    labels = d.labels("train")
    brushes = [p.brush().color().getRgb()[:3] for p in plot.train_points.points()]
    assert brushes == [class_color(int(k)) for k in labels]
    tx, _ = plot.test_points.getData()
    np.testing.assert_allclose(tx, d.x_test[:, 0])
    test_pens = [p.pen().color().getRgb()[:3] for p in plot.test_points.points()]
    assert test_pens == [class_color(int(k)) for k in d.labels("test")]
    assert all(p.brush().color().alpha() < 255 for p in plot.test_points.points())   # hollow rings
    assert plot.class_box.count() == 2 and plot.class_box.isEnabled()


def test_boundary_image_is_upright_at_the_xor_corners(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    plot.set_dataset(load_dataset("xor"))
    plot.show_snapshot(boundary_snapshot(xor_p))
    img = plot.image.image
    assert img.shape == (100, 100)
    # the heatmap's value at each XOR corner (points (0,0),(1,1) are class 0; (0,1),(1,0) class 1)
    for (x, y), want in {(0, 0): 0, (1, 1): 0, (0, 1): 1, (1, 0): 1}.items():
        assert plot.image_value_at(x, y) == pytest.approx(want, abs=0.01), (x, y)
    # and what the user sees: orange where P is low, blue where it is high (probed beside the points)
    shot = plot.plot_widget.grab().toImage()
    for (x, y), want in {(-0.3, -0.3): ORANGE, (1.3, 1.3): ORANGE, (-0.3, 1.3): BLUE,
                         (1.3, -0.3): BLUE}.items():
        c = shot.pixelColor(view_to_widget(plot, x, y))
        expected = lighten(np.array(want))
        assert np.abs(np.array([c.red(), c.green(), c.blue()]) - expected).max() <= 3, (x, y, c.getRgb())


@pytest.mark.parametrize("axis", ["x", "y"])
def test_boundary_image_is_neither_transposed_nor_flipped(qtbot, axis):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    plot.set_dataset(load_dataset("xor"))
    # P(class 1) rises along one axis only: low on the left/bottom, high on the right/top
    f = (lambda x, y: 1 / (1 + np.exp(-8 * (x - 0.5)))) if axis == "x" else (
        lambda x, y: 1 / (1 + np.exp(-8 * (y - 0.5))))
    plot.show_snapshot(boundary_snapshot(f))
    low, high = ((-0.4, 0.5), (1.4, 0.5)) if axis == "x" else ((0.5, -0.4), (0.5, 1.4))
    assert plot.image_value_at(*low) < 0.05 and plot.image_value_at(*high) > 0.95
    shot = plot.plot_widget.grab().toImage()
    c_low = shot.pixelColor(view_to_widget(plot, *low))
    c_high = shot.pixelColor(view_to_widget(plot, *high))
    assert c_low.red() > c_low.blue() and c_high.blue() > c_high.red()


def test_hover_reads_out_the_output(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    plot.set_dataset(load_dataset("xor"))
    plot.show_snapshot(boundary_snapshot(xor_p))
    qtbot.mouseMove(plot.plot_widget.viewport(), view_to_widget(plot, 1.0, 0.0))
    qtbot.waitUntil(lambda: "P(class 1)" in plot.readout.text())
    assert float(plot.readout.text().rsplit("=", 1)[1]) > 0.98
    for (x, y), want in {(0, 0): 0, (0, 1): 1, (1, 1): 0}.items():
        where, value = plot.readout_text(x, y).split(": P(class 1) = ")
        assert where == f"({x:.2f}, {y:.2f})" and float(value) == pytest.approx(want, abs=0.02)


def test_binary_contour_follows_the_half_level(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    d = load_dataset("circle", n=60)
    plot.set_dataset(d)
    r = 0.5 * (d.extent[1] - d.extent[0]) / 2
    plot.show_snapshot(boundary_snapshot(lambda x, y: 1 / (1 + np.exp(-20 * (np.hypot(x, y) - r))),
                                         extent=d.extent))
    cx, cy = plot.contour.getData()
    assert cx.size > 50
    np.testing.assert_allclose(np.hypot(cx, cy), r, atol=0.02)


def test_boundary_of_a_diverged_network_is_grey_not_garbage(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    plot.set_dataset(load_dataset("xor"))
    s = boundary_snapshot(lambda x, y: np.where(x < 0.5, np.nan, 1.0))
    plot.show_snapshot(s)
    assert plot.image_value_at(0.0, 0.0) == pytest.approx(0.5) and plot.image_value_at(1.0, 1.0) == 1.0
    plot.grab()
    rows = _export_csv(plot)
    assert any(r["kind"] == "grid" and r["p_class_1"] == "" for r in rows)   # NaN written as an empty cell


def test_contour_segments_of_a_saddle_and_of_nan():
    xs = ys = np.array([0.0, 1.0])
    x, y = contour_segments(np.array([[1.0, 0.0], [0.0, 1.0]]), 0.5, xs, ys)   # centre 0.5 >= level
    assert x.size == 4   # two segments
    x, y = contour_segments(np.array([[np.nan, 0.0], [0.0, 1.0]]), 0.5, xs, ys)
    assert np.all(np.isfinite(x))
    x, y = contour_segments(np.array([[0.0, 1.0], [0.0, 1.0]]), 0.5, np.array([2.0, 4.0]), np.array([0.0, 1.0]))
    np.testing.assert_allclose(x, [3.0, 3.0])
    np.testing.assert_allclose(sorted(y), [0.0, 1.0])


def test_multiclass_boundary_blends_class_colours(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    d = load_dataset("three_blobs", n=60)
    plot.set_dataset(d)
    assert plot.class_box.count() == 3

    def probs(x, y):   # class 0 left, class 1 right-bottom, class 2 right-top, certain
        k = np.where(x < 0, 0, np.where(y < 0, 1, 2))
        return np.eye(3)[k]
    plot.show_snapshot(boundary_snapshot(probs, extent=d.extent))
    assert plot.image.image.shape == (100, 100, 3)
    xmin, xmax, ymin, ymax = d.extent
    for (x, y), k in {(xmin * 0.9, 0.0): 0, (xmax * 0.9, ymin * 0.9): 1, (xmax * 0.9, ymax * 0.9): 2}.items():
        np.testing.assert_allclose(plot.image_value_at(x, y), np.rint(lighten(np.array(class_color(k)))),
                                   atol=1)
    assert plot.contour.getData()[0] is None or plot.contour.getData()[0].size == 0
    assert plot.readout_text(xmin * 0.9, 0.0).endswith("class 0 (p = 1.00)")
    rows = [r for r in _export_csv(plot) if r["kind"] == "grid"]
    assert len(rows) == 100 * 100 and {"p_0", "p_1", "p_2"} <= set(rows[0])


def _export_csv(plot):
    import tempfile
    import os
    fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    try:
        plot.export_csv(path)
        return read_csv(path)
    finally:
        os.remove(path)


def test_left_click_adds_a_point_at_the_data_position(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    plot.set_dataset(load_dataset("xor"))
    plot.set_add_class(1)
    assert plot.class_box.currentIndex() == 1
    target = (0.25, 1.2)
    pos = view_to_widget(plot, *target)
    with qtbot.waitSignal(plot.pointAdded, timeout=2000) as blocker:
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    x, y, k = blocker.args
    px, py = plot.view.viewPixelSize()
    assert abs(x - target[0]) <= 1.5 * px and abs(y - target[1]) <= 1.5 * py and k == 1
    # the chooser sets the class of the next point
    plot.class_box.setCurrentIndex(0)
    with qtbot.waitSignal(plot.pointAdded, timeout=2000) as blocker:
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args[2] == 0


def test_right_click_removes_the_nearest_training_point(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    d = load_dataset("xor")
    plot.set_dataset(d)
    i = 2
    x, y = d.x_train[i]
    pos = view_to_widget(plot, x, y) + QPointF(4, -3).toPoint()   # a few pixels off the point still hits it
    with qtbot.waitSignal(plot.pointRemoved, timeout=2000) as blocker:
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert blocker.args == [i]
    # far from every point: nothing is removed (the export menu opens instead)
    far = view_to_widget(plot, 0.5, 0.5)
    with qtbot.assertNotEmitted(plot.pointRemoved):
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=far)
    qtbot.waitUntil(plot._menu.isVisible)
    plot._menu.close()


def test_class_chooser_reports_the_users_choice_only(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    plot.set_dataset(load_dataset("three_blobs", n=30))
    with qtbot.assertNotEmitted(plot.addClassChanged):
        plot.set_add_class(2)                    # set by the program (e.g. the side panel): no echo
    assert plot.class_box.currentText() == "class 2"
    with qtbot.waitSignal(plot.addClassChanged) as blocker:
        plot.class_box.setCurrentIndex(1)
    assert blocker.args == [1] and plot.add_class() == 1
    with pytest.raises(ValueError, match="0..2"):
        plot.set_add_class(3)


def test_show_whole_dataset_after_zooming(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    d = load_dataset("moons", n=60)
    plot.set_dataset(d)
    plot.view.scaleBy((0.2, 0.2))
    (x0, x1), _ = plot.view.viewRange()
    assert x1 - x0 < 0.5 * (d.extent[1] - d.extent[0])
    plot.reset_view_action.trigger()
    (x0, x1), (y0, y1) = plot.view.viewRange()
    assert x0 <= d.extent[0] + 1e-6 and x1 >= d.extent[1] - 1e-6
    assert y0 <= d.extent[2] + 1e-6 and y1 >= d.extent[3] - 1e-6


def test_boundary_snapshot_without_a_dataset_shows_its_plane(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(400, 400))
    plot.show_snapshot(boundary_snapshot(xor_p, extent=(-2.0, 3.0, -2.0, 3.0)))
    assert not plot.message.isVisible()
    (x0, x1), _ = plot.view.viewRange()
    assert x0 <= -2.0 and x1 >= 3.0
    assert plot.image_value_at(2.5, -1.5) > 0.9


def three_inputs():
    """A 3-feature regression set: neither a plane nor a 1-D curve can show it."""
    from nnstudio.data import Dataset
    rng = np.random.default_rng(0)
    x = rng.random((40, 3), dtype=np.float32)
    y = x.sum(axis=1, keepdims=True)
    return Dataset("three", x[:30], y[:30], x[30:], y[30:], "regression", 1)


def test_boundary_without_a_2d_dataset_says_so(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    plot.set_dataset(three_inputs())
    assert plot.message.isVisible() and "two inputs" in plot.message.textItem.toPlainText()
    assert not plot.class_box.isEnabled()
    with qtbot.assertNotEmitted(plot.pointAdded):
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=plot.plot_widget.viewport().rect().center())
    plot.show_snapshot(TrainingSnapshot())   # no boundary: nothing to draw, no error
    assert not plot.image.isVisible()


def sine_curve_snapshot(d, f, n=200):
    """A snapshot with the prediction f(x) over the x range of ``d``, as the worker builds it."""
    xs = np.linspace(min(d.x_train.min(), d.x_test.min()), max(d.x_train.max(), d.x_test.max()), n)
    return TrainingSnapshot(curve=(xs, f(xs)))


def test_1d_regression_draws_points_and_the_prediction_curve(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 400))
    d = load_dataset("sine", n=40)
    plot.set_dataset(d)
    assert plot.showing_fit() and not plot.message.isVisible() and not plot.class_box.isEnabled()
    assert plot.plot.getAxis("bottom").labelText == "x" and plot.plot.getAxis("left").labelText == "y"
    assert not plot.view.state["aspectLocked"]          # y and x have their own scales
    xs, ys = plot.train_points.getData()
    np.testing.assert_allclose(xs, d.x_train[:, 0])
    np.testing.assert_allclose(ys, d.y_train[:, 0])
    tx, ty = plot.test_points.getData()
    np.testing.assert_allclose(tx, d.x_test[:, 0])
    np.testing.assert_allclose(ty, d.y_test[:, 0])
    assert all(p.brush().color().alpha() == 255 for p in plot.train_points.points())   # filled
    assert all(p.brush().color().alpha() < 255 for p in plot.test_points.points())     # hollow rings
    # every point is in view
    (x0, x1), (y0, y1) = plot.view.viewRange()
    assert x0 <= d.x_train.min() and x1 >= d.x_train.max() and y0 <= d.y_train.min() and y1 >= d.y_train.max()
    assert npoints(plot.fit_curve) == 0                   # no prediction before the first snapshot
    item = plot.fit_curve
    plot.show_snapshot(sine_curve_snapshot(d, lambda x: 0.5 * x))
    cx, cy = plot.fit_curve.getData()
    assert plot.fit_curve is item and len(cx) == 200     # the same item, fed with setData
    np.testing.assert_allclose(cy, 0.5 * cx)
    assert not plot.image.isVisible()
    x = float(cx[50])
    assert plot.readout_text(x, 0.0) == f"x = {x:.2f}: prediction = {0.5 * x:.3g}"
    # a diverged network leaves gaps, not a broken plot
    plot.show_snapshot(sine_curve_snapshot(d, lambda x: np.where(x < 0, np.nan, np.inf)))
    assert not np.isfinite(plot.fit_curve.getData()[1]).any()


def test_1d_regression_right_click_removes_a_point_and_csv_has_the_curve(qtbot, tmp_path):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 400))
    d = load_dataset("sine", n=40)
    plot.set_dataset(d)
    plot.show_snapshot(sine_curve_snapshot(d, np.sin, n=50))
    i = int(np.argmax(d.x_train[:, 0]))
    pos = view_to_widget(plot, float(d.x_train[i, 0]), float(d.y_train[i, 0]))
    with qtbot.waitSignal(plot.pointRemoved, timeout=2000) as blocker:
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert blocker.args == [i]
    with qtbot.assertNotEmitted(plot.pointAdded):     # no classes to add in regression
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    plot.export_csv(tmp_path / "fit.csv")
    rows = read_csv(tmp_path / "fit.csv")
    assert list(rows[0]) == ["kind", "x", "y"]
    kinds = [r["kind"] for r in rows]
    assert kinds.count("train") == d.n_train and kinds.count("test") == d.n_test
    pred = np.array([[float(r["x"]), float(r["y"])] for r in rows if r["kind"] == "prediction"])
    assert pred.shape == (50, 2)
    np.testing.assert_allclose(pred[:, 1], np.sin(pred[:, 0]), atol=1e-6)


def test_switching_between_1d_and_2d_data_restores_the_plane(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    d = load_dataset("sine", n=40)
    plot.set_dataset(d)
    plot.show_snapshot(sine_curve_snapshot(d, np.sin))
    plot.set_dataset(load_dataset("xor"))
    assert not plot.showing_fit() and npoints(plot.fit_curve) == 0
    assert plot.plot.getAxis("bottom").labelText == "x₁" and plot.plot.getAxis("left").labelText == "x₂"
    plot.show_snapshot(boundary_snapshot(xor_p, curve=(np.zeros(3), np.zeros(3))))
    assert plot.image.isVisible() and npoints(plot.fit_curve) == 0
    assert plot.image_value_at(1.0, 0.0) > 0.9


def test_adding_a_point_keeps_the_heatmap(qtbot):
    plot = show(qtbot, DecisionBoundaryPlot())
    d = load_dataset("xor")
    plot.set_dataset(d)
    plot.show_snapshot(boundary_snapshot(xor_p))
    plot.set_dataset(d.with_points([0.5, 0.5], [1]))
    assert plot.image.isVisible() and plot.image.image is not None
    assert plot.train_points.getData()[0].size == d.n_train + 1
    grown = d.with_points([3.0, 3.0], [0])                  # outside: the extent grows, the heatmap stays
    assert grown.extent != d.extent
    plot.set_dataset(grown)
    assert plot.image.isVisible() and plot.image_value_at(1.0, 0.0) == pytest.approx(1.0, abs=0.01)
    plot.set_dataset(load_dataset("circle", n=30))          # another dataset: the old heatmap goes
    assert not plot.image.isVisible()


# ---------------------------------------------------------------------------------------------------------
# GradientPlot
def test_gradient_plot_has_one_curve_per_layer_with_the_history(qtbot):
    plot = show(qtbot, GradientPlot())
    s = layer_snapshot(3)
    plot.show_snapshot(s)
    assert len(plot.curves) == 3
    assert [label.text for _, label in plot.legend.items] == [
        "layer 1 (sigmoid)", "layer 2 (sigmoid)", "layer 3 (sigmoid)"]
    for i, curve in enumerate(plot.curves):
        np.testing.assert_allclose(curve.xData, s.stats_steps)
        np.testing.assert_allclose(curve.yData, s.grad_w_norm[:, i])
    assert plot.lines_plot.getAxis("left").logMode
    # the same structure again: the same items, new data
    curves = list(plot.curves)
    s2 = layer_snapshot(3, m=12)
    plot.show_snapshot(s2)
    assert plot.curves == curves and plot.curves[0].xData.size == 12
    # layer colours agree between the lines and the bars
    for i, curve in enumerate(plot.curves):
        assert curve.opts["pen"].color().getRgb()[:3] == plot.w_bars.opts["brushes"][i].color().getRgb()[:3]


def test_gradient_plot_rebuilds_when_the_number_of_layers_changes(qtbot):
    plot = show(qtbot, GradientPlot())
    plot.show_snapshot(layer_snapshot(3))
    plot.show_snapshot(layer_snapshot(5, activation="relu"))
    assert len(plot.curves) == 5
    assert len(plot.legend.items) == 5 and plot.legend.items[4][1].text == "layer 5 (relu)"
    assert len(plot.lines_plot.listDataItems()) == 5          # the old curves are gone from the plot
    assert len(plot.w_bars.opts["x"]) == 5
    plot.show_snapshot(layer_snapshot(2))
    assert len(plot.curves) == 2 and len(plot.lines_plot.listDataItems()) == 2


def test_deep_sigmoid_bars_show_orders_of_magnitude(qtbot):
    plot = show(qtbot, GradientPlot())
    s = layer_snapshot(6)     # layer 1 gets 1e-5 of the last layer's gradient
    plot.show_snapshot(s)
    tops = np.asarray(plot.w_bars.opts["y0"]) + np.asarray(plot.w_bars.opts["height"])
    np.testing.assert_allclose(tops, np.log10([st.weight_grad_norm for st in s.layer_stats]))
    assert np.all(np.diff(tops) > 0.9) and tops[-1] - tops[0] > 4.5
    assert plot.bars_plot.getAxis("left").logMode       # the axis labels these as powers of ten
    b_tops = np.asarray(plot.b_bars.opts["y0"]) + np.asarray(plot.b_bars.opts["height"])
    np.testing.assert_allclose(b_tops, np.log10([st.bias_grad_norm for st in s.layer_stats]))
    # mean |g| instead of the norm
    plot.measure_box.setCurrentIndex(plot.measure_box.findData("mean_abs"))
    tops = np.asarray(plot.w_bars.opts["y0"]) + np.asarray(plot.w_bars.opts["height"])
    np.testing.assert_allclose(tops, np.log10([st.weight_grad_mean_abs for st in s.layer_stats]))


def test_saturation_and_dead_bars(qtbot):
    plot = show(qtbot, GradientPlot())
    s = dataclasses.replace(layer_snapshot(3), layer_stats=make_stats(
        [1e-3, 1e-2, 1e-1], activation=("relu", "relu", "sigmoid"), saturation=[0.0, 0.0, 0.8],
        dead=[0.5, 0.25, 0.0]))
    plot.show_snapshot(s)
    np.testing.assert_allclose(plot.sat_bars.opts["height"], [0.0, 0.0, 0.8])
    np.testing.assert_allclose(plot.dead_bars.opts["height"], [0.5, 0.25, 0.0])
    assert plot.layer_names() == ["layer 1 (relu)", "layer 2 (relu)", "layer 3 (sigmoid)"]


def test_gradient_zero_values_do_not_break_the_log_axis(qtbot):
    plot = show(qtbot, GradientPlot())
    s = layer_snapshot(2)
    gw = s.grad_w_norm.copy()
    gw[:, 0] = 0.0                         # a layer of dead ReLUs: no gradient at all
    s = dataclasses.replace(s, grad_w_norm=gw, layer_stats=make_stats([0.0, 0.1]))
    plot.show_snapshot(s)
    assert np.all(np.isnan(plot.curves[0].yData))
    assert plot.w_bars.opts["height"][0] == 0.0
    plot.grab()


def test_gradient_plot_before_the_first_step(qtbot):
    plot = show(qtbot, GradientPlot())
    s = TrainingSnapshot(weights=weights_for([2, 3, 1]), grads=tuple(np.zeros_like(w) for w in weights_for([2, 3, 1])))
    plot.show_snapshot(s)
    assert len(plot.curves) == 2 and plot.layer_names() == ["layer 1", "layer 2"]
    plot.reset()
    assert all(npoints(c) == 0 for c in plot.curves)


def test_gradient_csv_has_a_row_per_step_and_layer(qtbot, tmp_path):
    plot = show(qtbot, GradientPlot())
    s = layer_snapshot(3, m=4)
    plot.show_snapshot(s)
    plot.export_csv(tmp_path / "g.csv")
    rows = read_csv(tmp_path / "g.csv")
    assert len(rows) == 4 * 3
    assert float(rows[5]["weight_grad_norm"]) == pytest.approx(s.grad_w_norm[1, 2])
    assert rows[-1]["dead_fraction"] != "" and rows[0]["dead_fraction"] == ""


# ---------------------------------------------------------------------------------------------------------
# HistogramPlot
def test_histograms_of_the_chosen_layer(qtbot):
    plot = show(qtbot, HistogramPlot())
    s = layer_snapshot(3)
    plot.show_snapshot(s)
    assert plot.layer_box.count() == 3 and plot.layer_box.itemText(0) == "layer 1 (sigmoid)"
    edges, counts = plot.weight_curve.xData, plot.weight_curve.yData
    assert counts.sum() == s.weights[0].size and len(edges) == len(counts) + 1
    assert edges[0] == -edges[-1] and edges[-1] >= np.abs(s.weights[0]).max()
    np.testing.assert_array_equal(counts, np.histogram(s.weights[0], bins=edges)[0])
    g_edges, g_counts = plot.grad_curve.xData, plot.grad_curve.yData
    assert g_counts.sum() == s.grads[0].size and g_edges[-1] < 0.1    # gradients get their own, finer range
    plot.set_layer(2)
    assert plot.weight_curve.yData.sum() == s.weights[4].size
    colour = plot.weight_curve.opts["pen"].color().getRgb()[:3]
    assert colour == tuple(plot._colors[2])


def test_histogram_bins_stay_fixed_while_values_fit(qtbot):
    plot = show(qtbot, HistogramPlot())
    s = layer_snapshot(2)
    plot.show_snapshot(s)
    edges = plot.weight_curve.xData.copy()
    moved = dataclasses.replace(s, weights=tuple(w * 0.9 for w in s.weights))
    plot.show_snapshot(moved)
    np.testing.assert_array_equal(plot.weight_curve.xData, edges)
    grown = dataclasses.replace(s, weights=tuple(w * 50 for w in s.weights))
    plot.show_snapshot(grown)
    assert plot.weight_curve.xData[-1] > edges[-1] and plot.weight_curve.xData[-1] >= np.abs(grown.weights[0]).max()
    plot.show_snapshot(layer_snapshot(4))    # more layers: the chooser is refilled
    assert plot.layer_box.count() == 4


def test_histogram_counts_are_labelled_in_whole_numbers(qtbot):
    """The XOR network's first layer has four weights: its count axis reads 0, 1, 2 (it read 0.5 and 1.5)."""
    plot = show(qtbot, HistogramPlot(), size=(380, 480))
    plot.show_snapshot(TrainingSnapshot(weights=weights_for([2, 2, 1], 0), grads=weights_for([2, 2, 1], 1)))
    for item in (plot.weight_plot, plot.grad_plot):
        axis = item.getAxis("left")
        qtbot.waitUntil(lambda: item.viewRange()[1][1] >= 2)      # the view took the counts' range (0 … 2)
        lo, hi = item.viewRange()[1]
        shown = [v for _, values in axis.tickValues(lo, hi, axis.geometry().height()) for v in values]
        assert len(shown) >= 2 and all(float(v).is_integer() for v in shown), shown


def test_histogram_csv_covers_every_layer(qtbot, tmp_path):
    plot = show(qtbot, HistogramPlot())
    plot.show_snapshot(layer_snapshot(3))
    plot.export_csv(tmp_path / "h.csv")
    rows = read_csv(tmp_path / "h.csv")
    assert {r["layer"] for r in rows} == {"1", "2", "3"} and {r["kind"] for r in rows} == {"weights", "gradients"}
    w1 = [int(r["count"]) for r in rows if r["layer"] == "1" and r["kind"] == "weights"]
    assert sum(w1) == 2 * 4


# ---------------------------------------------------------------------------------------------------------
# every plot: export
def _full(plot):
    if isinstance(plot, DecisionBoundaryPlot):
        plot.set_dataset(load_dataset("xor"))
        plot.show_snapshot(boundary_snapshot(xor_p))
    elif isinstance(plot, LossPlot):
        plot.set_classification(True)
        plot.show_snapshot(loss_snapshot())
    else:
        plot.show_snapshot(layer_snapshot(3))
    return plot


PLOTS = [LossPlot, DecisionBoundaryPlot, GradientPlot, HistogramPlot]


@pytest.mark.parametrize("cls", PLOTS)
def test_export_png_and_csv(qtbot, tmp_path, cls):
    plot = _full(show(qtbot, cls()))
    png = tmp_path / "plot.png"
    plot.export_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    # not a blank picture: the plot drew something in more than one colour
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3
    plot.export_csv(tmp_path / "plot.csv")
    rows = read_csv(tmp_path / "plot.csv")
    assert rows and all(len(r) == len(rows[0]) for r in rows)


def _tooltip_at(qtbot, view, pos):
    """Hover help of a pyqtgraph view at viewport position ``pos``, as Qt would show it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    vp = view.viewport()
    QToolTip.hideText()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    return QToolTip.text()


TOOLTIP_WORDS = {LossPlot: "overfitting", DecisionBoundaryPlot: "right click removes",
                 GradientPlot: "vanishing", HistogramPlot: "weights"}


@pytest.mark.parametrize("cls", PLOTS)
def test_hovering_a_plot_explains_it(qtbot, cls):
    import pyqtgraph as pg
    plot = _full(show(qtbot, cls()))
    texts = []
    for view in plot.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem):
                # the middle of each plot (not the legend corner)
                pos = view.mapFromScene(item.vb.sceneBoundingRect().center())
                texts.append(_tooltip_at(qtbot, view, pos))
    assert texts and all(len(t) > 40 for t in texts)   # every plot explains itself in a sentence
    assert any(TOOLTIP_WORDS[cls] in t for t in texts)


@pytest.mark.parametrize("cls", PLOTS)
def test_export_through_the_menu_and_a_bad_folder(qtbot, tmp_path, monkeypatch, cls):
    plot = _full(show(qtbot, cls()))
    target = tmp_path / "via_dialog"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert plot.png_action in plot.export_button.actions()
    plot.png_action.trigger()
    plot.csv_action.trigger()
    assert (tmp_path / "via_dialog.png").stat().st_size > 0
    assert read_csv(tmp_path / "via_dialog.csv")
    with pytest.raises(OSError, match="folder exists"):
        plot.export_png(tmp_path / "missing" / "x.png")
    with pytest.raises(OSError, match="folder exists"):
        plot.export_csv(tmp_path / "missing" / "x.csv")


@pytest.mark.parametrize("cls", [LossPlot, GradientPlot])
def test_a_picture_larger_than_the_plot_on_screen_leaves_it_as_it_was(qtbot, tmp_path, cls):
    """The race's table and gradient plot each resized their canvas for a larger picture and put it back in a way of
    their own: the plots offer it once (canvas_resized), and the size comes back also when the file cannot be
    written."""
    plot = _full(show(qtbot, cls()))
    canvas = plot._canvas
    shown = canvas.size()
    with plot.canvas_resized(shown.width() + 120, shown.height() + 80) as resized:
        assert resized is canvas and canvas.size() == shown + QSize(120, 80)
        plot.export_png(tmp_path / "large.png")
    image = QImage(str(tmp_path / "large.png"))
    assert (image.width(), image.height()) == (shown.width() + 120, shown.height() + 80)
    assert canvas.size() == shown
    with pytest.raises(OSError, match="folder exists"):
        with plot.canvas_resized(900, 700):
            plot.export_png(tmp_path / "missing" / "x.png")
    assert canvas.size() == shown


def test_export_works_before_the_plot_was_ever_shown(qtbot, tmp_path):
    plot = GradientPlot()
    qtbot.addWidget(plot)
    plot.show_snapshot(layer_snapshot(3))
    plot.export_png(tmp_path / "g.png")
    assert not QImage(str(tmp_path / "g.png")).isNull()
    assert math.isclose(len(read_csv_after(plot, tmp_path)), 30)


def read_csv_after(plot, tmp_path):
    plot.export_csv(tmp_path / "g.csv")
    return read_csv(tmp_path / "g.csv")


# ---------------------------------------------------------------------------------------------------------
# with the real engine
def test_lecture_xor_network_boundary_is_right_at_the_corners(qtbot):
    from nnstudio.engine import Dense, Sequential
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")], seed=0)
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    # the lecture's hand-set XOR weights
    model.set_weights([np.array([[5, -7], [5, -7]], np.float32), np.array([-8, 3], np.float32),
                       np.array([[-11], [-11]], np.float32), np.array([6], np.float32)])
    d = load_dataset("xor")
    plot = show(qtbot, DecisionBoundaryPlot(), size=(500, 500))
    plot.set_dataset(d)
    xs, ys, grid = plane_grid(d.extent, 100)
    boundary = model.predict(grid.astype(np.float32))[:, 0].reshape(100, 100)
    plot.show_snapshot(TrainingSnapshot(extent=d.extent, boundary=boundary))
    for (x, y), want in {(0, 0): 0, (0, 1): 1, (1, 0): 1, (1, 1): 0}.items():
        assert plot.image_value_at(x, y) == pytest.approx(want, abs=0.05), (x, y)


def test_a_deep_sigmoid_network_shows_vanishing_gradients(qtbot):
    from nnstudio.engine import Dense, Sequential
    layers = [Dense(8, input_dim=2, activation="sigmoid")] + [Dense(8, activation="sigmoid") for _ in range(5)]
    model = Sequential(layers + [Dense(1, activation="sigmoid")], seed=0)
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    d = load_dataset("xor_cloud")
    history, steps = [], []
    for step in range(1, 6):
        model.train_on_batch(d.x_train[:32], d.y_train[:32])
        history.append([st.weight_grad_norm for st in model.layer_stats()])
        steps.append(step)
    stats = tuple(model.layer_stats())
    gw = np.array(history)
    s = TrainingSnapshot(step=5, weights=tuple(model.get_weights()),
                         grads=tuple(g for layer in model.dense_layers for g in (layer.dW, layer.db)),
                         layer_stats=stats, stats_steps=np.array(steps), grad_w_norm=gw, grad_b_norm=gw,
                         saturation=np.zeros_like(gw))
    plot = show(qtbot, GradientPlot())
    plot.show_snapshot(s)
    assert len(plot.curves) == 7 and plot.layer_names()[0] == "layer 1 (sigmoid)"
    first, last = plot.curves[0].yData, plot.curves[-1].yData
    assert np.all(last / first > 100)          # two orders of magnitude and more, at every step
    tops = np.asarray(plot.w_bars.opts["y0"]) + np.asarray(plot.w_bars.opts["height"])
    assert tops[-1] - tops[0] > 2                # the bars span more than two decades on the log axis
    hist = show(qtbot, HistogramPlot())
    hist.show_snapshot(s)
    assert hist.grad_curve.yData.sum() == 2 * 8


def test_regression_on_a_plane_shows_the_output_range(qtbot):
    from nnstudio.data import Dataset
    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, (40, 2)).astype(np.float32)
    y = (x[:, :1] + x[:, 1:]).astype(np.float32)
    d = Dataset("plane", x[:30], y[:30], x[30:], y[30:], "regression", 1, (), (-1.2, 1.2, -1.2, 1.2))
    plot = show(qtbot, DecisionBoundaryPlot())
    plot.set_dataset(d)
    assert not plot.class_box.isEnabled()
    with qtbot.assertNotEmitted(plot.pointAdded):   # a regression point needs a value, not a class
        qtbot.mouseClick(plot.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                         pos=view_to_widget(plot, 0.0, 0.0))
    plot.show_snapshot(boundary_snapshot(lambda a, b: 3 * a + b, extent=d.extent))
    assert plot.image.levels[0] == pytest.approx(-4.8) and plot.image.levels[1] == pytest.approx(4.8)
    assert plot.contour.getData()[0] is None or plot.contour.getData()[0].size == 0
    low = [p.brush().color().getRgb()[:3] for p, v in zip(plot.train_points.points(), y[:30, 0])
           if v < np.median(y[:30])]
    assert set(low) == {ORANGE}


@pytest.mark.parametrize("cls", PLOTS)
def test_empty_snapshot_then_reset(qtbot, tmp_path, cls):
    """Before the first step (no history, no stats) and after reset() every plot is empty but works."""
    plot = show(qtbot, cls())
    plot.show_snapshot(TrainingSnapshot())
    plot.grab()
    _full(plot)
    plot.reset()
    plot.grab()
    plot.export_csv(tmp_path / "empty.csv")
    with open(tmp_path / "empty.csv", encoding="utf-8") as f:
        header = f.readline()
    assert "," in header
    curves = [c for c in getattr(plot, "curves", [])] + [getattr(plot, n) for n in (
        "step_curve", "epoch_curve", "test_curve", "weight_curve", "grad_curve") if hasattr(plot, n)]
    assert all(npoints(c) == 0 for c in curves)
    if isinstance(plot, DecisionBoundaryPlot):
        assert not plot.image.isVisible()


@pytest.mark.parametrize("cls", PLOTS)
def test_a_dock_starts_big_enough_to_read_the_plot(qtbot, cls):
    plot = cls()
    qtbot.addWidget(plot)
    hint = plot.sizeHint()
    assert hint.width() >= 400 and hint.height() >= 300
    assert plot.minimumSizeHint().width() <= hint.width()


# ---------------------------------------------------------------------------------------------------------
# what a learner sees on small docks: axes, legends, the view
def settle(*views):
    """Let Qt lay the widgets out and pyqtgraph apply pending auto-ranges, as a repaint would."""
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg
    for _ in range(3):
        QApplication.processEvents()
        for widget in views:
            for view in widget.findChildren(pg.GraphicsView) + ([widget] if isinstance(widget, pg.GraphicsView)
                                                                 else []):
                view.scene().prepareForPaint()


def drawn_tick_labels(axis) -> list[tuple]:
    """(text, rect in the axis' coordinates) of every tick label the axis draws now."""
    from PySide6.QtGui import QPainter
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _, text in specs[2]] if specs else []


def global_rect(view, item):
    """The screen rectangle of a pyqtgraph ``item`` shown in the GraphicsView ``view``."""
    from PySide6.QtCore import QRect
    r = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return QRect(view.viewport().mapToGlobal(r.topLeft()), r.size())


def wheel_zoom(view, item, steps=2):
    """Turn the mouse wheel over the middle of ``item`` (a ViewBox) as a learner zooming in would."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    vp = view.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(vp, event)


POWER_OF_TEN = r"^(10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|0\.0*1|1|10*)$"


@pytest.mark.parametrize("lo, hi", [(1e-2, 1.0), (0.08, 0.9), (1e-6, 1e-1), (0.2, 0.6), (3e-5, 1e-4)])
def test_gradient_log_axis_labels_at_least_two_values_on_a_small_dock(qtbot, lo, hi):
    import re
    plot = show(qtbot, GradientPlot(), size=(560, 330))       # the gradient dock of a 1280x720 screen
    s = layer_snapshot(3, m=20)
    gw = np.geomspace(lo, hi, 3)[None, :] * np.ones((20, 1))
    plot.show_snapshot(dataclasses.replace(s, grad_w_norm=gw, layer_stats=make_stats(gw[-1])))
    settle(plot)
    for axis in (plot.lines_plot.getAxis("left"), plot.bars_plot.getAxis("left")):
        labels = drawn_tick_labels(axis)
        assert len(labels) >= 2, (lo, hi, [t for t, _ in labels])
        rects = sorted((r for _, r in labels), key=lambda r: r.top())
        assert all(a.bottom() <= b.top() for a, b in zip(rects, rects[1:]))      # none on top of another
    # several decades: each label is a power of ten
    if hi / lo >= 100:
        texts = [t for t, _ in drawn_tick_labels(plot.lines_plot.getAxis("left"))]
        assert all(re.match(POWER_OF_TEN, t) for t in texts), texts


def readable_number(text: str) -> bool:
    """0.04, 0.15, 1, 2.5, 30: one digit and zeros, or 1.5 and 2.5 times a power of ten."""
    value = float(text)
    return round(value / 10.0 ** math.floor(math.log10(value) + 1e-9), 6) in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9)


@pytest.mark.parametrize("height", [60, 75, 90, 120])
def test_a_short_log_axis_labels_two_readable_values(qtbot, height):
    """The race's step-size plot is 60-120 px high on 1024x600 and 1280x720 screens, and its log axis shows one
    decade or a little more: where 1-3 and 1-2-5 would crowd it read just "1", and Adagrad's falling step size
    could not be read. Now it shows two readable values as far apart as fit (0.4 and 1, 0.5 and 2)."""
    import pyqtgraph as pg
    from nnstudio.app.plots.base import min_decades, readable_axes, style_plot
    widget = show(qtbot, pg.PlotWidget(axisItems=readable_axes()), size=(300, height))
    plot = widget.getPlotItem()
    style_plot(plot)
    plot.setLogMode(y=True)
    min_decades(plot, 1.0)                   # as the race's plots
    plot.setLabel("left", "step size")
    axis = plot.getAxis("left")
    for span in (1.0, 1.2, 1.5):
        for lo in np.arange(-3.0, -2.0, 0.1):
            plot.setYRange(lo, lo + span, padding=0)
            settle(widget)
            labels = drawn_tick_labels(axis)
            texts = [t for t, _ in labels]
            assert len(labels) >= 2, (height, axis.height(), span, round(lo, 1), texts)
            rects = sorted((r for _, r in labels), key=lambda r: r.top())
            assert all(a.bottom() <= b.top() for a, b in zip(rects, rects[1:])), texts     # none on another
            assert all(readable_number(t) for t in texts), texts


def test_small_linear_axes_do_not_pile_their_labels(qtbot):
    plot = show(qtbot, LossPlot(), size=(520, 230))            # the loss dock of a 1280x720 screen
    plot.set_classification(True)
    plot.show_snapshot(loss_snapshot())
    settle(plot)
    for p in (plot.loss_plot, plot.acc_plot, ):
        labels = drawn_tick_labels(p.getAxis("left"))
        assert labels, p
        rects = sorted((r for _, r in labels), key=lambda r: r.top())
        assert all(a.bottom() <= b.top() for a, b in zip(rects, rects[1:])), [t for t, _ in labels]


def test_gradient_title_tells_how_far_apart_the_first_and_last_layer_are(qtbot):
    from nnstudio.app.plots.gradients import format_ratio
    plot = show(qtbot, GradientPlot())
    assert plot.title() == "gradient of each layer's weights"
    plot.show_snapshot(layer_snapshot(6))      # layer 1 gets 1e-5 of layer 6's gradient
    assert plot.title() == "layer 1: 10⁵× smaller than layer 6"
    assert "10⁵× smaller" in plot.lines_plot.titleLabel.text        # what the plot shows
    s = layer_snapshot(2)
    plot.show_snapshot(dataclasses.replace(s, layer_stats=make_stats([0.001, 0.4])))     # updated live
    assert plot.title() == "layer 1: 400× smaller than layer 2"
    plot.show_snapshot(dataclasses.replace(s, layer_stats=make_stats([1.0, 0.5])))
    assert plot.title() == "layer 1: 2.0× larger than layer 2"
    plot.show_snapshot(dataclasses.replace(s, layer_stats=make_stats([1.0, 1.2])))
    assert plot.title() == "layer 1: about as large as layer 2"
    plot.show_snapshot(dataclasses.replace(s, layer_stats=make_stats([0.0, 1.2])))   # no gradient: no ratio
    assert plot.title() == "gradient of each layer's weights"
    assert [format_ratio(r) for r in (1.5, 3.46, 40.2, 99.6, 1234, 56789, 2.3e5)] == [
        "1.5", "3.5", "40", "100", "1,200", "57,000", "2.3·10⁵"]
    plot.reset()
    assert plot.title() == "gradient of each layer's weights"


@pytest.mark.parametrize("cls", PLOTS)
def test_reset_view_brings_back_a_zoomed_plot_and_follows_new_data(qtbot, cls):
    import pyqtgraph as pg
    plot = _full(show(qtbot, cls(), size=(600, 420)))
    settle(plot)
    items = [(v, i) for v in plot.findChildren(pg.GraphicsView) if v.isVisible()
             for i in v.scene().items() if isinstance(i, pg.ViewBox) and i.state["mouseEnabled"][0]]
    view, box = next(((v, b) for v, b in items if b.state["autoRange"][0]), items[0])   # one that follows
    before = [list(r) for r in box.viewRange()]
    wheel_zoom(view, box)
    settle(plot)
    assert plot.reset_view_button.isVisible() and plot.reset_view_button.text() == "Reset view"
    zoomed = [list(r) for r in box.viewRange()]
    assert zoomed[0][1] - zoomed[0][0] < 0.9 * (before[0][1] - before[0][0])
    if box.menu is not None:          # the right-click menu offers it first (the boundary has its own menu)
        assert box.menu.actions()[0] is plot.reset_view_action
    else:
        assert plot._menu.actions()[0] is plot.reset_view_action
    qtbot.mouseClick(plot.reset_view_button, Qt.MouseButton.LeftButton)
    settle(plot)
    np.testing.assert_allclose(box.viewRange(), before, rtol=1e-6, atol=1e-9)
    if not isinstance(plot, DecisionBoundaryPlot):        # the boundary's plane does not grow: nothing to follow
        assert any(box.state["autoRange"])                # follows new data again
    # the Home key does the same while the plot has the focus
    wheel_zoom(view, box)
    settle(plot)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    settle(plot)
    np.testing.assert_allclose(box.viewRange(), before, rtol=1e-6, atol=1e-9)


def test_a_zoomed_loss_plot_stays_put_until_reset(qtbot):
    plot = show(qtbot, LossPlot(), size=(600, 420))
    plot.show_snapshot(loss_snapshot(n_steps=20, epochs=2, progress=0.5))
    settle(plot)
    wheel_zoom(plot.loss_widget, plot.loss_plot.getViewBox())
    settle(plot)
    zoomed = plot.loss_plot.viewRange()[0]
    plot.show_snapshot(loss_snapshot(n_steps=200, epochs=2, progress=23.0))   # much more data
    settle(plot)
    assert plot.loss_plot.viewRange()[0] == pytest.approx(zoomed)         # the learner's zoom is kept
    plot.reset_view_action.trigger()
    settle(plot)
    assert plot.loss_plot.viewRange()[0][1] >= 25.0                      # all the data, and it follows


def test_loss_legend_sits_outside_both_plots_and_the_labels_fit(qtbot):
    for size in ((520, 230), (440, 560), (900, 300)):
        plot = show(qtbot, LossPlot(), size=size)
        plot.set_classification(True)
        plot.show_snapshot(loss_snapshot())
        settle(plot)
        legend = global_rect(plot.legend_view, plot.legend)
        assert plot.legend_view.isVisible() and legend.height() > 5
        assert plot.legend_view.rect().adjusted(-1, -1, 1, 1).contains(plot.legend_view.mapFromScene(
            plot.legend.sceneBoundingRect()).boundingRect()), size           # every entry can be seen
        for widget, p in ((plot.loss_widget, plot.loss_plot), (plot.acc_widget, plot.acc_plot)):
            assert not legend.intersects(global_rect(widget, p.getViewBox())), size
            # the vertical axis label ("accuracy", "loss") is drawn whole: not cut at the widget's top or bottom
            # (its text item has a few pixels of empty margin around the letters)
            label = p.getAxis("left").label
            shown = widget.mapFromScene(label.sceneBoundingRect()).boundingRect().adjusted(0, 4, 0, -4)
            assert 0 <= shown.top() and shown.bottom() <= widget.viewport().height(), (size, label.toPlainText())
        names = [label.text for _, label in plot.legend.items]
        assert names == ["train, each step", "train, epoch mean", "test"]
    assert plot.side_by_side()                     # a wide, short dock: loss and accuracy side by side


def test_loss_and_accuracy_epoch_labels_keep_apart_with_an_11_pt_font(qtbot, desktop_font):
    """Side by side in a wide, short dock (1024×600, an 11-pt desktop font) each plot is ~200 px wide: the
    epoch labels ran together ("0200400600"); now a coarser step leaves a gap between them."""
    desktop_font(11)
    for size in ((395, 160), (520, 220), (900, 300)):
        plot = show(qtbot, LossPlot(), size=size)
        plot.set_classification(True)
        steps = np.arange(1, 3001)
        epochs = np.arange(1, 751, dtype=float)
        plot.show_snapshot(TrainingSnapshot(
            epoch=750, epoch_progress=0.0, step=3000, steps=steps, step_loss=1.0 / steps, epochs=epochs,
            epoch_loss=0.5 / epochs, val_loss=0.6 / epochs, epoch_accuracy=np.linspace(0.5, 1.0, 750),
            val_accuracy=np.linspace(0.4, 1.0, 750)))
        settle(plot)
        assert plot.side_by_side(), size
        for p in (plot.loss_plot, plot.acc_plot):
            rects = sorted((rect for _, rect in drawn_tick_labels(p.getAxis("bottom"))), key=lambda r: r.left())
            assert len(rects) >= 2, size
            gaps = [b.left() - a.right() for a, b in zip(rects, rects[1:])]
            assert min(gaps) >= 8, (size, gaps)


def test_gradient_legend_covers_no_plot(qtbot):
    plot = show(qtbot, GradientPlot(), size=(560, 330))
    plot.show_snapshot(layer_snapshot(7))
    settle(plot)
    legend = plot.legend.sceneBoundingRect()
    assert len(plot.legend.items) == 7
    for p in (plot.lines_plot, plot.bars_plot, plot.sat_plot):
        assert not legend.intersects(p.getViewBox().sceneBoundingRect())


@pytest.mark.parametrize("size", [(760, 300), (500, 500), (491, 793)])
def test_boundary_top_x2_label_is_drawn_whole_below_the_buttons(qtbot, size):
    """XOR's plane ends at x₂ = 1.5, where pyqtgraph centres the top label: it was cut in half at the top."""
    plot = show(qtbot, DecisionBoundaryPlot(), size=size)
    plot.set_dataset(load_dataset("xor"))
    settle(plot)
    axis, widget = plot.plot.getAxis("left"), plot.plot_widget
    labels = {text: widget.mapFromScene(axis.mapRectToScene(rect)).boundingRect()
              for text, rect in drawn_tick_labels(axis)}
    assert "1.5" in labels and "0" in labels, list(labels)
    for text, rect in labels.items():
        assert 0 <= rect.top() and rect.bottom() <= widget.viewport().height(), (text, rect)


@pytest.mark.parametrize("size", [(760, 300), (320, 640), (500, 500)])
def test_decision_map_grown_to_the_plots_shape_fills_it_with_equal_scales(qtbot, size):
    plot = show(qtbot, DecisionBoundaryPlot(), size=size)
    d = load_dataset("circle", n=60)
    plot.set_dataset(d)
    settle(plot)
    shape = plot.view.width() / plot.view.height()
    assert plot.plot_shape() == pytest.approx(shape, rel=0.02)   # announced (shapeChanged) for the session
    extent = shaped_extent(d.extent, plot.plot_shape())
    plot.show_snapshot(boundary_snapshot(xor_p, extent=d.extent, boundary_extent=extent))
    settle(plot)
    shown = plot.view.sceneBoundingRect()
    image = plot.image.sceneBoundingRect()
    assert image.adjusted(-2, -2, 2, 2).contains(shown), (image, shown)    # no white bands beside the map
    (x0, x1), (y0, y1) = plot.view.viewRange()
    # a circle stays round: as many pixels per unit across as up (a free aspect stretched it 1.5x on 1280x720)
    assert shown.width() / (x1 - x0) == pytest.approx(shown.height() / (y1 - y0), rel=0.01)
    assert x0 <= d.extent[0] and x1 >= d.extent[1] and y0 <= d.extent[2] and y1 >= d.extent[3]   # all the data
    # the readout and the CSV read the grown map
    assert plot.image_value_at(extent[0] + 0.01, 0.0) is not None
    assert plot.readout_text(extent[0] + 0.01, 0.0).startswith("(")


@pytest.mark.parametrize("cls", [LossPlot, GradientPlot, HistogramPlot])
def test_after_reset_the_axes_are_empty_and_the_first_points_set_them(qtbot, cls):
    plot = show(qtbot, cls(), size=(600, 420))
    if cls is LossPlot:
        plot.set_classification(True)
        long_run = loss_snapshot(n_steps=3000, epochs=2, progress=298.0)
        first = TrainingSnapshot(epoch=0, epoch_progress=0.01, step=5, steps=np.arange(1, 6),
                                 step_loss=np.array([2.3, 2.2, 2.25, 2.1, 2.0]))
        box, x_max = plot.loss_plot.getViewBox(), 0.06
    else:
        long_run = dataclasses.replace(layer_snapshot(3, m=60), stats_steps=np.arange(1, 61) * 100)
        first = dataclasses.replace(layer_snapshot(3, m=3), stats_steps=np.array([1, 2, 3]))
        box = plot.lines_plot.getViewBox() if cls is GradientPlot else plot.grad_plot.getViewBox()
        x_max = 3.5 if cls is GradientPlot else None
    plot.show_snapshot(long_run)
    settle(plot)
    old = [list(r) for r in box.viewRange()]
    plot.reset()
    settle(plot)
    empty = [list(r) for r in box.viewRange()]
    assert empty != old                                         # not the old run's axes
    assert all(np.isfinite(v) for r in empty for v in r) and all(r[1] > r[0] for r in empty)
    plot.show_snapshot(first)
    settle(plot)
    if x_max is not None:
        assert 0 < box.viewRange()[0][1] <= x_max              # the first points set the range at once
    else:
        assert box.viewRange() != empty


def test_class_colours_stay_distinct_for_colour_blind_eyes():
    import itertools
    from nnstudio.app.colors import CLASS_COLORS

    def linear(c):
        c = np.asarray(c, dtype=np.float64) / 255
        return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)

    def lab(lin):     # CIE L*a*b* of linear sRGB (D65)
        xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ lin
        xyz = xyz / np.array([0.95047, 1.0, 1.08883])
        f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
        return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])

    # dichromat simulation in linear RGB (Viénot, Brettel & Mollon 1999)
    sims = {"normal": np.eye(3),
            "deuteranopia": np.array([[0.29275, 0.70725, 0], [0.29275, 0.70725, 0], [-0.02234, 0.02234, 1]]),
            "protanopia": np.array([[0.11238, 0.88762, 0], [0.11238, 0.88762, 0], [0.00401, -0.00401, 1]])}
    assert class_color(0) == ORANGE and class_color(1) == BLUE
    for name, m in sims.items():
        seen = [lab(np.clip(m @ linear(c), 0, 1)) for c in CLASS_COLORS]
        for (i, a), (j, b) in itertools.combinations(enumerate(seen), 2):
            need = 30 if j < 3 else 15         # the three classes of the 3-class sets: far apart
            assert np.linalg.norm(a - b) > need, (name, i, j)


def test_multiclass_map_is_pale_where_the_network_is_unsure_not_muddy():
    from nnstudio.app.colors import blend_classes
    probs = np.array([[[1, 0, 0], [0, 0, 1], [1 / 3, 1 / 3, 1 / 3], [0.5, 0.5, 0.0], [0.1, 0.1, 0.1]]])
    rgb = blend_classes(probs)[0].astype(int)
    np.testing.assert_allclose(rgb[0], np.rint(lighten(np.array(class_color(0)))), atol=1)   # sure: the colour
    np.testing.assert_allclose(rgb[1], np.rint(lighten(np.array(class_color(2)))), atol=1)
    assert rgb[2].min() >= 250 and rgb[4].min() >= 250          # no idea (or no class at all): white
    assert rgb[3].min() >= 200                                 # between two classes: a pale line
    assert rgb[3][0] > rgb[3][2]                               # ... tinted like class 0 (orange), the first max


@pytest.mark.parametrize("width", [400, 900])
def test_the_gradient_legend_is_whole_beside_the_plots_or_below_them(qtbot, width):
    """A deep network in a narrow dock (a 1280×720 screen): the legend's labels were cut off at the right."""
    plot = show(qtbot, GradientPlot(), size=(width, 480))
    plot.show_snapshot(layer_snapshot(6))
    qtbot.waitUntil(lambda: plot.legend.isVisible() and plot.graphics.width() > 0)
    QApplication.processEvents()
    view = plot.graphics
    legend = global_rect(view, plot.legend)
    shown = QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
    assert shown.contains(legend), (legend, shown)                       # every label can be read
    lines = global_rect(view, plot.lines_plot)
    bars = global_rect(view, plot.bars_plot)
    if width < 500:
        assert legend.top() >= bars.bottom() - 2                         # below the plots ...
    else:
        assert legend.left() >= lines.right() - 2                        # ... or beside them
    for p in (plot.lines_plot, plot.bars_plot, plot.sat_plot):
        assert not legend.intersects(global_rect(view, p.getViewBox()))


@pytest.mark.parametrize("n_layers, size", [(16, (395, 545)), (16, (900, 400)), (6, (395, 545)), (40, (395, 545))])
def test_the_gradient_bars_layer_numbers_never_run_together(qtbot, n_layers, size):
    """16 layers in a 1280×720 screen's dock: the numbers under the bars read "10111213" and 16 was missing."""
    plot = show(qtbot, GradientPlot(), size=size)
    plot.show_snapshot(layer_snapshot(n_layers, m=5))
    settle(plot)
    for p in (plot.bars_plot, plot.sat_plot):
        labels = drawn_tick_labels(p.getAxis("bottom"))
        texts = [t for t, _ in labels]
        assert texts[0] == "1" and len(texts) >= 3, texts            # layer 1 (where gradients vanish) and more
        rects = sorted((r for _, r in labels), key=lambda r: r.left())
        assert all(a.right() + 2 <= b.left() for a, b in zip(rects, rects[1:])), texts   # apart, readable
        if n_layers == 6:
            assert texts == [str(i) for i in range(1, n_layers + 1)]     # every layer where they fit
        assert texts[-1] == str(n_layers) or int(texts[-1]) + int(texts[1]) - 1 > n_layers   # none lost at the end


@pytest.mark.parametrize("size", [(555, 264), (555, 420), (392, 529)])
def test_the_gradient_view_of_sixteen_layers_shows_every_plot_and_legend_entry_whole(qtbot, size):
    """16 layers in a 1600×1000 window's gradient dock (555×264): the legend below the plots pushed the bars out
    of the view; and it kept the height of the legend beside them, its last rows cut off."""
    plot = GradientPlot()
    plot.setMinimumSize(260, plot.minimumSizeHint().height())       # as the studio sets it for its dock
    show(qtbot, plot, size=size)
    plot.show_snapshot(layer_snapshot(16, m=5))
    settle(plot)
    view = plot.graphics
    shown = view.viewport().rect().adjusted(-1, -1, 1, 1)
    for item in (plot.lines_plot, plot.bars_plot, plot.sat_plot, plot.legend):
        rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert shown.contains(rect), (type(item).__name__, rect, shown)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_gradient_view_at_its_least_height_keeps_two_labels_on_each_log_axis(qtbot, lang):
    from nnstudio.app import language
    assert language.set_language(lang)
    try:
        plot = GradientPlot()
        least = plot.minimumSizeHint().height()
        show(qtbot, plot, size=(560, least))                   # the dock squeezed as far as it goes
        plot.show_snapshot(layer_snapshot(6, m=40))
        settle(plot)
        assert plot.height() == least
        for axis in (plot.lines_plot.getAxis("left"), plot.bars_plot.getAxis("left")):
            assert len(drawn_tick_labels(axis)) >= 2, (lang, axis)
    finally:
        assert language.set_language("en")
    if lang == "en":
        # it was 330 px (300 for the plots) in every language: room the network editor above lacked
        assert least < 290


@pytest.mark.parametrize("view_class", [DecisionBoundaryPlot, LossPlot, GradientPlot, HistogramPlot])
def test_the_row_above_a_plot_is_whole_in_a_dock_at_its_narrowest_with_an_11_pt_font(qtbot, desktop_font,
                                                                                     view_class):
    """The studio lets a plot's dock go as narrow as 260 px: with an 11-pt font the decision boundary's row
    (Click adds, the class, Reset view, Export) needed 359 px and Export was cut at the dock's edge. Now Reset view
    and Export go to a line of their own below the plot's own controls where both do not fit; on one line where
    they do."""
    desktop_font(11)
    view = view_class()
    if view_class is DecisionBoundaryPlot:
        view.set_dataset(load_dataset("spiral3"))
    own = [w for w in (getattr(view, name, None) for name in ("class_box", "log_check", "measure_box", "layer_box"))
           if w is not None]
    assert own
    from nnstudio.app.studio.room import PLOT_MINIMUM
    view.setMinimumSize(*PLOT_MINIMUM)          # as in the studio's docks
    for width, lines in ((PLOT_MINIMUM[0], 2), (800, 1)):
        show(qtbot, view, (width, 400))
        for _ in range(3):
            QApplication.processEvents()

        def rect(w):
            return QRect(w.mapTo(view, QPoint(0, 0)), w.size())
        controls = [*own, view.reset_view_button, view.export_button]
        for control in controls:
            assert view.rect().contains(rect(control)), (width, control, rect(control), view.size())
        for i, a in enumerate(controls):
            for b in controls[i + 1:]:
                assert not rect(a).intersects(rect(b)), (width, a, rect(a), b, rect(b))
        canvas = rect(view._canvas)
        assert all(rect(c).bottom() < canvas.top() for c in controls)       # (the row stays above the plot)
        tops = {rect(c).top() < rect(own[0]).bottom() for c in (view.reset_view_button, view.export_button)}
        assert tops == {lines == 1}, (width, [rect(c) for c in controls])
        assert rect(view.export_button).right() > view.width() - 12          # at the right, either way


def test_the_gradient_views_least_size_does_not_wait_for_its_curves(qtbot):
    """The compact layout is worked out from the view's least size: it must be the same before the first step
    as once curves of any size are drawn (it grew from 294 to 323 px in the studio, by timing)."""
    plot = show(qtbot, GradientPlot())
    w = weights_for([2, 3, 1])
    plot.show_snapshot(TrainingSnapshot(weights=w, grads=tuple(np.zeros_like(x) for x in w)))
    qtbot.wait(10)
    before = plot.minimumSizeHint()
    for seed, scale in ((0, 1.0), (1, 1e-6), (2, 1e3)):
        s = layer_snapshot(2, m=40, seed=seed)
        s = dataclasses.replace(s, grad_w_norm=s.grad_w_norm * scale)
        plot.show_snapshot(s)
        qtbot.wait(10)
        assert plot.minimumSizeHint() == before
