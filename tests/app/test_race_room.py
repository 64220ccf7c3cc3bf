"""The race room driven as a learner would: add contestants, race, pause, change a rate, stop, restart, export;
the surface race, many seeds, each tuned, and Tools → Optimizer race… in the main window."""
import copy
import csv
import json
import threading

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFormLayout, QStyle, QStyleOptionComboBox

from nnstudio.app import dialogs
from nnstudio.app.race import RaceRoom
from nnstudio.app.race.palette import contestant_color as contestant_rgb
from nnstudio.session.race import RaceSession, RaceSettings, RaceTemplate
from nnstudio.session.session import TrainingSession
from tests.app.keys import tab_round


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def make_room(qtbot, errors):
    rooms = []

    def make(contestants=None, **settings):
        template = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3)
        session = RaceSession(template, contestants or {"SGD": {"name": "sgd", "lr": 0.1},
                                                        "Adam": {"name": "adam", "lr": 0.01}},
                              RaceSettings(**{"length": 400, **settings}))
        room = RaceRoom(TrainingSession(), session=session)
        qtbot.addWidget(room)
        room.resize(1280, 720)
        room.default_layout(1280, 720)
        room.show()
        room.start()
        rooms.append(room)
        # the room's first snapshot (step 0): the tests' waits read room.dispatcher.latest, which is None before it
        # (a loaded machine raced 200 steps before the GUI thread took it)
        qtbot.waitUntil(lambda: room.dispatcher.latest is not None, timeout=5000)
        return room
    yield make
    for room in rooms:
        room.shutdown(5000)
    assert not errors


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def click(qtbot, room, action):
    qtbot.mouseClick(room.toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def test_race_pause_change_a_rate_stop_restart_and_export(qtbot, make_room, tmp_path):
    # (a race far longer than the test: 400 steps at 300 a second ended, the button saying Race, when the GUI
    # thread of a loaded machine looked at the steps only a second after the 40th)
    room = make_room(length=100_000)
    session, panel, table = room.session, room.contestants_panel, room.table
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows) == 3
    third = panel.rows[session.contestants[2].key]
    third.optimizer_combo.setCurrentIndex(third.optimizer_combo.findData("rmsprop"))
    third.optimizer_combo.activated.emit(third.optimizer_combo.currentIndex())
    assert session.contestants[2].optimizer == "rmsprop"
    third.name_edit.setText("RMS")
    third.name_edit.editingFinished.emit()

    room.speed_combo.setCurrentIndex(room.speed_combo.findData(300))     # slow motion: 300 steps a second
    buttons = [room.toolbar.widgetForAction(a) for a in room.race_actions]
    places = [b.geometry() for b in buttons]
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: session.step >= 40, timeout=10000)
    assert room.race_action.iconText() == "Pause"
    # the buttons stay where they were: a click meant for Stop hit Step once Race read Pause
    assert [b.geometry() for b in buttons] == places
    click(qtbot, room, room.race_action)                              # pause
    assert room.race_action.iconText() == "Race"
    # the worker ends the chunk of steps in progress, then sends its last snapshot
    qtbot.waitUntil(lambda: not room.dispatcher.latest.running and room.dispatcher.latest.step == session.step
                    and session.step >= 40, timeout=5000)
    paused_at = session.step
    qtbot.waitUntil(lambda: table.table.rowCount() == 3 and table.cell_text(0, 3) != "–", timeout=5000)
    assert [table.cell_text(r, 0) for r in range(3)] == ["SGD", "Adam", "RMS"]
    assert table.column_titles()[:4] == ["Contestant", "Optimizer", "η", "Loss"]
    qtbot.wait(100)
    assert session.step == paused_at
    assert f"after {paused_at} steps" in room.fairness_card.label.text()
    assert session.weights_fingerprint in room.fairness_card.label.text()

    # a new rate while paused: the next step uses it, the race goes on from where it was
    first = panel.rows[session.contestants[0].key]
    first.lr_spin.setValue(0.05)
    assert session.race.optimizers[session.contestants[0].key].lr == 0.05 and session.step == paused_at
    room.step_action.trigger()
    # (the step's own snapshot: the one the new rate asked for may come after the step, still at the step paused at)
    qtbot.waitUntil(lambda: room.dispatcher.latest.step == paused_at + 1, timeout=5000)
    assert session.step == paused_at + 1
    qtbot.waitUntil(lambda: table.cell_text(0, 2) == "0.05", timeout=5000)
    shown = {c.name: c for c in room.dispatcher.latest.contestants}
    assert len(shown["SGD"].steps) == paused_at + 1

    click(qtbot, room, room.stop_action)
    assert session.finished and room.race_action.iconText() == "Race"

    path = tmp_path / "results.csv"
    table.export_csv(path)
    rows = read_csv(path)
    assert rows[0][:4] == ["contestant", "optimizer", "lr", "loss"]
    assert [r[0] for r in rows[1:]] == ["SGD", "Adam", "RMS"] and float(rows[1][2]) == 0.05
    room.loss_plot.export_csv(tmp_path / "loss.csv")
    loss_rows = read_csv(tmp_path / "loss.csv")
    assert {r[0] for r in loss_rows[1:]} == {"SGD", "Adam", "RMS"}
    room.boundary_grid.export_png(tmp_path / "boundaries.png")
    assert (tmp_path / "boundaries.png").stat().st_size > 1000
    assert room.boundary_grid.cell_count() == 3

    click(qtbot, room, room.restart_action)
    assert session.step == 0 and not session.finished
    # (the views redraw one per turn: the table may show the restart before the plot does)
    qtbot.waitUntil(lambda: table.cell_text(0, 3) == "–" and room.loss_plot.csv_rows()[1] == [], timeout=5000)
    click(qtbot, room, room.race_action)                  # and it races again from the same start
    qtbot.waitUntil(lambda: session.step >= 5, timeout=5000)
    click(qtbot, room, room.race_action)


def test_the_race_button_says_pause_while_the_race_runs_on_after_a_setting_changes(qtbot, make_room):
    room = racing(qtbot, make_room)
    room.settings_card.target_check.setChecked(True)           # a target loss, then a longer race, while racing
    room.settings_card.length_spin.setValue(200_000)
    at = room.session.step
    qtbot.waitUntil(lambda: room.session.step > at + 5, timeout=10000)
    assert room.worker.is_running and room.race_action.iconText() == "Pause"
    click(qtbot, room, room.race_action)                        # and the button pauses, as it says
    assert not room.worker.is_running and room.race_action.iconText() == "Race"

    click(qtbot, room, room.race_action)
    at = room.session.step
    qtbot.waitUntil(lambda: room.race_action.iconText() == "Pause" and room.session.step > at, timeout=10000)
    with qtbot.waitSignal(room.worker.paused, timeout=5000):   # the textbook figure plays on the surface
        room.figure_action.trigger()
    qtbot.wait(50)
    assert room.surface_page.is_playing and room.race_action.iconText() == "Pause"
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    assert room.race_action.iconText() == "Race"


def test_hidden_contestants_leave_the_plots_and_the_race_goes_on(qtbot, make_room):
    room = make_room()
    row = room.contestants_panel.rows[room.session.contestants[1].key]
    row.visible_check.setChecked(False)
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.session.step == 1 and room.dispatcher.latest.step == 1
                    and not room.dispatcher.stale_views(), timeout=5000)      # every view shows step 1
    assert room.boundary_grid.cell_count() == 1
    assert not room.loss_plot._items[room.session.contestants[1].key]["train"].isVisible()


def test_a_contestants_nesterov_box_is_greyed_out_while_its_momentum_is_0(qtbot, make_room):
    room = make_room()
    key = room.session.contestants[0].key                # SGD, momentum 0
    row = room.contestants_panel.rows[key]
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    nesterov, momentum = row.form.fields()["nesterov"], row.form.fields()["momentum"]
    assert nesterov.isVisible() and not nesterov.isEnabled() and "set momentum first" in nesterov.toolTip()
    momentum.setValue(0.9)
    nesterov.click()                                    # (click() does nothing on a greyed-out box)
    assert room.session.contestants[0].config["nesterov"] is True
    momentum.setValue(0.0)                               # Nesterov off with it: the contestant's settings agree
    assert not nesterov.isEnabled() and not nesterov.isChecked()
    assert not room.session.contestants[0].config.get("nesterov", False)


class PaintedRows(QObject):
    """What a contestant's row looked like each time it was painted: its height, its form's, its rate box's."""

    def __init__(self, row):
        super().__init__()
        self.row, self.frames = row, []
        for widget in (row, row.form, row.lr_spin):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            row = self.row
            self.frames.append({"row": row.height(), "row wants": row.sizeHint().height(),
                                "form shown": row.form.isVisible(), "form": row.form.height(),
                                "form needs": row.form.minimumSizeHint().height(), "rate": row.lr_spin.height(),
                                "rate needs": row.lr_spin.minimumSizeHint().height()})
        return False


def test_more_shows_a_rows_optimizer_form_at_its_height_in_every_painted_frame(qtbot, make_room):
    room = make_room()
    room.contestants_panel.apply_preset("lecture")
    row = room.contestants_panel.rows[room.session.contestants[-1].key]         # Adam, the last row
    qtbot.waitUntil(lambda: row.isVisible(), timeout=5000)
    qtbot.wait(100)
    painted = PaintedRows(row)
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    shown = [f for f in painted.frames if f["form shown"]]
    assert shown and row.form.fields()["beta1"].isVisible()
    # the form and the rate above it were painted squashed flat (a row of its old height) until the panel made room
    assert all(f["form"] >= f["form needs"] and f["rate"] >= f["rate needs"] for f in shown), shown
    painted.frames.clear()
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)              # Less: the row is two lines again
    qtbot.wait(300)
    hidden = [f for f in painted.frames if not f["form shown"]]
    assert hidden and not row.form.isVisible()
    # (the row's two lines were painted spread over the form's old height, then with a gap below)
    assert all(f["row"] <= f["row wants"] for f in hidden), hidden


def test_more_lists_adams_settings_in_torchs_order(qtbot, make_room):
    room = make_room()
    room.contestants_panel.apply_preset("lecture")
    row = room.contestants_panel.rows[room.session.contestants[-1].key]         # Adam, the last row
    qtbot.mouseClick(row.more_button, Qt.MouseButton.LeftButton)
    layout = row.form.form()
    labels = [layout.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(layout.rowCount())]
    assert labels == ["β₁:", "β₂:", "ε:", "Weight decay:", "AMSGrad:"]     # Adam(params, lr, betas, eps, ...)


def test_the_surface_race_click_to_start_and_paths_follow_a_new_rate(qtbot, make_room, tmp_path):
    room = make_room()
    room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
    room.mode_combo.activated.emit(room.mode_combo.currentIndex())
    assert room.pages.currentWidget() is room.surface_page
    page = room.surface_page
    qtbot.mouseClick(page.figure_button, Qt.MouseButton.LeftButton)
    assert [room.table.cell_text(r, 0) for r in range(4)] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    assert page.plot.step() == 29 and room.race_action.iconText() == "Race"
    assert len(page.plot.readout_lines()) == 4
    page.plot.set_arrows(True)
    assert len(page.plot.gradient_arrows.getData()[0]) > 0

    key = room.session.contestants[0].key
    ghost = page.plot._items[key]["ghost"]
    before = ghost.getData()[0].copy()
    panel_row = room.contestants_panel.rows[key]
    panel_row.lr_spin.setValue(0.5)                               # recomputed at once
    assert not np.array_equal(ghost.getData()[0], before)
    assert room.table.cell_text(0, 2) == "0.5"

    plot = page.plot
    scene_point = plot.view.mapViewToScene(QPointF(3.0, -2.0))
    widget_point = plot.widget.mapFromScene(scene_point)
    qtbot.mouseClick(plot.widget.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    start = room.session.surface_start()
    assert start == pytest.approx((3.0, -2.0), abs=0.2)
    assert plot.start_marker.getData()[0][0] == pytest.approx(start[0])
    room.step_action.trigger()
    assert plot.step() == 1
    room.stop_action.trigger()
    assert plot.step() == 29
    plot.export_csv(tmp_path / "paths.csv")
    rows = read_csv(tmp_path / "paths.csv")
    assert rows[0][:4] == ["contestant", "step", "x", "y"] and len(rows) == 1 + 4 * 30


def test_the_lectures_local_minimum_sgd_stays_momentum_escapes_and_the_table_says_which_minimum(qtbot, make_room,
                                                                                                     tmp_path):
    """The lecture: momentum's inertia escapes local minima. Race → Local minimum (Ctrl+Shift+M) sets it up on the
    loss surface; the table says which minimum each one ended near (a point alone did not say it was the local one)."""
    room = make_room()
    assert "Ctrl+Shift+M" in room.escape_action.toolTip() and room.escape_action.shortcut().toString() == "Ctrl+Shift+M"
    room.escape_action.trigger()
    page, table = room.surface_page, room.table
    assert room.mode_combo.currentData() == "surface" and page.surface_combo.currentData() == "local_minimum"
    assert [room.table.cell_text(r, 0) for r in range(table.table.rowCount())] == ["SGD", "Momentum"]
    assert [table.cell_text(r, 2) for r in range(2)] == ["0.05", "0.05"]
    assert table.cell_text(1, 1) == "SGD (momentum 0.9)"
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    qtbot.waitUntil(lambda: table.note.text().startswith("Every contestant"), timeout=2000)
    assert table.note.text() == "Every contestant took the same 100 steps from the same start."
    assert table.cell_text(0, 6) == "(0.96, 0) local" and float(table.cell_text(0, 7)) < 0.01
    assert table.cell_text(1, 6) == "(-1.04, 0) global" and float(table.cell_text(1, 7)) < 0.01
    table.export_csv(tmp_path / "surface.csv")
    rows = read_csv(tmp_path / "surface.csv")
    kind = rows[0].index("nearest_minimum_kind")
    assert [r[kind] for r in rows[1:]] == ["local", "global"]
    # the same button above the surface, after another set-up: the lecture's figure again
    qtbot.mouseClick(page.figure_button, Qt.MouseButton.LeftButton)
    assert page.surface_combo.currentData() == "elongated" and table.cell_text(0, 6) == "(0, 0)"
    qtbot.mouseClick(page.escape_button, Qt.MouseButton.LeftButton)
    assert page.surface_combo.currentData() == "local_minimum" and table.table.rowCount() == 2


def racing(qtbot, make_room):
    """A network race under way: 300 steps a second, 10 steps done."""
    room = make_room(length=100_000)
    room.speed_combo.setCurrentIndex(room.speed_combo.findData(300))
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.step >= 10, timeout=10000)
    return room


def test_the_local_minimum_while_a_network_race_runs_shows_it_without_an_error(qtbot, make_room, errors):
    room = racing(qtbot, make_room)
    room.escape_action.trigger()                                  # Race → Local minimum (Ctrl+Shift+M)
    qtbot.waitUntil(lambda: not room.worker.is_running and room.race_action.iconText() == "Race"
                    and room.surface_page.at_end, timeout=10000)
    assert errors == [] and room.mode_combo.currentData() == "surface"
    assert [room.table.cell_text(r, 0) for r in range(room.table.table.rowCount())] == ["SGD", "Momentum"]
    assert room.table.cell_text(0, 6).endswith("local") and room.table.cell_text(1, 6).endswith("global")


def test_a_network_races_snapshot_that_arrives_after_the_switch_to_the_surface_leaves_its_table(qtbot, make_room):
    """On a loaded machine the network race's last snapshot reached the GUI after Local minimum had shown the
    surface race: the table went back to the network race's columns (its "Nearest minimum" column gone)."""
    room = racing(qtbot, make_room)
    late = room.dispatcher.latest
    room.escape_action.trigger()                                  # Race → Local minimum
    qtbot.waitUntil(lambda: room.race_action.iconText() == "Race" and room.surface_page.at_end, timeout=10000)
    assert room.table.cell_text(0, 6).endswith("local")
    room.worker.snapshot.emit(copy.copy(late))                    # (as it comes from the worker, late)
    qtbot.waitUntil(lambda: not room.dispatcher.stale_views(), timeout=5000)
    qtbot.wait(50)
    assert room.table.column_titles()[3:5] == ["x", "y"] and room.table.cell_text(0, 6).endswith("local")


def test_the_surface_race_table_lists_every_contestant_after_the_mode_and_the_contestants_change(qtbot, make_room):
    room = make_room()
    room.mode_actions["surface"].trigger()                      # Race → Loss surface (Alt+3)
    assert room.table.column_titles()[3:5] == ["x", "y"]
    assert [room.table.cell_text(r, 0) for r in range(room.table.table.rowCount())] == ["SGD", "Adam"]
    qtbot.mouseClick(room.contestants_panel.add_button, Qt.MouseButton.LeftButton)
    assert [room.table.cell_text(r, 0) for r in range(room.table.table.rowCount())] == ["SGD", "Adam", "Adam (2)"]
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    assert room.table.table.rowCount() == 3 and room.table.cell_text(2, 3) != "–"


def test_the_surface_race_table_shows_where_each_ended_as_soon_as_the_paths_are_whole(qtbot, make_room):
    """At the animation's last frame the table still showed an earlier step for up to 0.2 s (it follows the
    animation on a timer): a test that looked at it on a loaded machine read an old row."""
    room = make_room()
    room.mode_actions["surface"].trigger()
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    assert room.table.note.text().startswith("Every contestant took the same")


def test_the_surface_race_table_follows_the_animation(qtbot, make_room):
    """Paused at step 1 of 29, the table showed where every contestant ended: it shows where each is now."""
    room = make_room()
    room.mode_actions["surface"].trigger()
    qtbot.mouseClick(room.surface_page.figure_button, Qt.MouseButton.LeftButton)   # x²/20 + y² from (−7, 2)
    table, plot = room.table, room.surface_page.plot
    room.restart_action.trigger()
    room.step_action.trigger()
    assert plot.step() == 1
    assert table.note.text() == "Step 1 of 29: where each contestant is now, all from the same start."
    paths = room.session.descents()
    for r, c in enumerate(room.session.contestants):
        x, y = paths[c.key].points[1]
        assert (table.cell_text(r, 0), table.cell_text(r, 3), table.cell_text(r, 4)) == (c.name, f"{x:.4g}", f"{y:.4g}")
    room.stop_action.trigger()                              # the whole paths: where each ended
    assert table.note.text() == "Every contestant took the same 29 steps from the same start."
    for r, c in enumerate(room.session.contestants):
        assert table.cell_text(r, 3) == f"{paths[c.key].points[29][0]:.4g}"
    click(qtbot, room, room.race_action)                    # played again from the start: it follows
    qtbot.waitUntil(lambda: table.note.text().startswith("Step "), timeout=5000)
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    qtbot.waitUntil(lambda: table.note.text().startswith("Every contestant"), timeout=2000)


def test_restart_pauses_the_surface_race_as_it_pauses_the_network_race(qtbot, make_room):
    """Restart pressed while the paths grew took them back to step 0 and went on playing, whereas the network
    race's Restart pauses: both go back to the start and wait for Race or Step now."""
    room = make_room()
    room.mode_actions["surface"].trigger()
    page = room.surface_page
    page.steps_spin.setValue(300)                                # (long enough to be playing when Restart comes)
    room.restart_action.trigger()
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: page.plot.step() >= 2, timeout=5000)
    assert room.race_action.iconText() == "Pause"
    click(qtbot, room, room.restart_action)
    assert room.race_action.iconText() == "Race" and page.plot.step() == 0
    qtbot.wait(200)
    assert page.plot.step() == 0 and room.table.note.text().startswith("Step 0 of 300")
    click(qtbot, room, room.race_action)                         # Race plays it from the start
    qtbot.waitUntil(lambda: page.plot.step() >= 1, timeout=5000)
    assert room.race_action.iconText() == "Pause"


def test_the_textbook_figure_draws_the_books_30_points(qtbot, make_room, tmp_path):
    """"Deep Learning from Scratch" (ch. 6) draws 30 points a path: its loop of 30 records the point before each
    update, so the start and 29 steps. The app drew 31 points (30 steps), and its tips said "for 30 steps". Its
    paths were bare lines: now a dot marks each point, as the book's 'o-' does."""
    room = make_room()
    room.figure_action.trigger()                                 # Race → Textbook figure (Ctrl+Shift+F)
    page = room.surface_page
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    assert page.steps_spin.text() == "steps: 29"
    assert page.plot.dots_shown() == {"SGD": 30, "Momentum": 30, "AdaGrad": 30, "Adam": 30}   # the book's 'o-'
    qtbot.waitUntil(lambda: room.table.note.text() == "Every contestant took the same 29 steps from the same start.",
                    timeout=2000)
    assert "30 points" in room.figure_action.toolTip() and "30 points" in page.figure_button.toolTip()
    page.plot.export_csv(tmp_path / "paths.csv")
    rows = read_csv(tmp_path / "paths.csv")[1:]
    sgd = [r for r in rows if r[0] == "SGD"]
    assert len(sgd) == 30 and [float(v) for v in sgd[0][2:4]] == [-7.0, 2.0]
    x, y = -7.0, 2.0                                             # the book's SGD (lr 0.95): its 30th point
    for _ in range(29):
        x, y = x - 0.95 * x / 10.0, y - 0.95 * 2.0 * y
    assert float(sgd[-1][2]) == pytest.approx(x) and float(sgd[-1][3]) == pytest.approx(y)
    page.steps_spin.setValue(300)                                # a long path: a line, without a blur of dots
    assert set(page.plot.dots_shown().values()) == {0}


def test_the_saved_picture_of_the_surface_names_every_path(qtbot, make_room, tmp_path):
    """Export → Save plot as PNG of the textbook figure showed four coloured paths and no names: the readout that
    names them (and says where each ended) stayed on the screen. It is under the plot in the picture now."""
    from PySide6.QtGui import QColor, QImage
    room = make_room()
    room.figure_action.trigger()
    page = room.surface_page
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    page.plot.export_png(tmp_path / "figure.png")
    image = QImage(str(tmp_path / "figure.png"))
    top = page.plot.widget.height()
    assert image.height() > top + page.plot.readout.fontMetrics().height()      # the readout's lines below the plot
    strip = {QColor(image.pixel(x, y)).getRgb()[:3] for y in range(top, image.height()) for x in range(image.width())}
    for c in room.session.contestants:                   # each name's coloured dot
        rgb = contestant_rgb(c.color)
        assert any(max(abs(a - b) for a, b in zip(rgb, pixel)) <= 8 for pixel in strip), c.name
    assert page.plot.readout_lines()[0].startswith("SGD: f = ")


def test_the_textbook_figure_while_a_network_race_runs_shows_the_figure_without_an_error(qtbot, make_room, errors):
    room = racing(qtbot, make_room)
    room.figure_action.trigger()                                 # Race → Textbook figure (Ctrl+Shift+F)
    # what the learner sees once the race has paused: the Race button again, the surface page, its figure's table
    # (every snapshot the worker sent, also those it built before the switch, has been drawn)
    qtbot.waitUntil(lambda: room.race_action.iconText() == "Race" and room.pages.currentWidget() is room.surface_page
                    and room.table.table.rowCount() == 4 and not room.dispatcher.stale_views(), timeout=10000)
    assert errors == []
    assert room.pages.currentWidget() is room.surface_page and room.mode_combo.currentData() == "surface"
    assert room.table.column_titles()[3] == "x"
    assert [room.table.cell_text(r, 0) for r in range(room.table.table.rowCount())] == ["SGD", "Momentum",
                                                                                         "AdaGrad", "Adam"]
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    assert room.surface_page.plot.step() == 29


def test_many_seeds_show_bands_and_the_steps_each_seed_needed(qtbot, make_room, tmp_path):
    room = make_room(length=60, seeds=3, mode="seeds", target_loss=0.5)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
    qtbot.waitUntil(lambda: room.dispatcher.latest is not None and room.dispatcher.latest.step == 60
                    and not room.dispatcher.stale_views(), timeout=5000)
    titles = room.table.column_titles()
    assert "Reached 0.5" in titles and "Median loss" in titles
    assert room.table.cell_text(0, titles.index("Reached 0.5")).endswith("/3")
    room.steps_plot.export_csv(tmp_path / "steps.csv")
    rows = read_csv(tmp_path / "steps.csv")
    assert len(rows) == 1 + 2 * 3 and {r[1] for r in rows[1:]} == {"3", "4", "5"}
    room.seed_plot.export_csv(tmp_path / "bands.csv")
    assert len(read_csv(tmp_path / "bands.csv")) == 1 + 2 * 60
    assert "seeds 3 to 5" in room.fairness_card.label.text()


def test_many_seeds_table_gives_the_steps_to_the_target_in_whole_steps(qtbot, make_room, tmp_path):
    """The median of 4 seeds' steps and its quartiles fall between steps ("30.5 (27.75–33)"): the table shows whole
    steps, the CSV the exact numbers."""
    room = make_room(length=60, seeds=4, mode="seeds", target_loss=0.5)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
    qtbot.waitUntil(lambda: room.dispatcher.latest is not None and room.dispatcher.latest.step == 60
                    and not room.dispatcher.stale_views(), timeout=5000)
    table = room.table
    column = table.column_titles().index("Steps (median, IQR)")
    table.export_csv(tmp_path / "seeds.csv")
    rows = read_csv(tmp_path / "seeds.csv")
    head = rows[0]
    exact = [[float(r[head.index(k)]) for k in ("median_steps", "q25_steps", "q75_steps")] for r in rows[1:]]
    assert any(v != int(v) for line in exact for v in line)       # (the case: a median or quartile between steps)
    for r, (median, q25, q75) in enumerate(exact):
        whole = [int(np.floor(v + 0.5)) for v in (median, q25, q75)]
        assert table.cell_text(r, column) == f"{whole[0]} ({whole[1]}–{whole[2]})"
        reached = int(rows[r + 1][head.index("reached")])
        seeds = "seed" if reached == 1 else "seeds"
        assert table.table.item(r, column).toolTip() == (f"The steps to the target of the {reached} {seeds} that "
                                                         f"reached it (of 4): median {median:g}, quartiles {q25:g} "
                                                         f"and {q75:g}.")


def test_the_steps_to_target_plot_shows_every_contestants_row_after_a_preset(qtbot, make_room):
    room = make_room(length=60, seeds=3, mode="seeds", target_loss=0.5)
    plot = room.steps_plot.plot

    def race_to_the_end():
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
        # (the last race's final snapshot, also at step 60, may still be the latest one for a moment)
        # (and after a restart there is no snapshot at all until the worker's first one arrives)
        qtbot.waitUntil(lambda: room.dispatcher.latest is not None and room.dispatcher.latest.step == 60
                        and not room.dispatcher.stale_views()
                        and len(room.dispatcher.latest.rows) == len(room.session.contestants),
                        timeout=5000)

    race_to_the_end()
    room.contestants_panel.preset_actions["lecture"].trigger()        # five contestants instead of two
    race_to_the_end()
    page = room.steps_plot
    ys = np.concatenate([page.dots.getData()[1], page.never.getData()[1]])     # a dot per contestant and seed
    assert len(ys) == 5 * 3
    low, high = plot.viewRange()[1]
    assert low < ys.min() and ys.max() < high                      # every row on screen (y cannot be panned)


def test_each_tuned_says_which_rate_won_with_the_same_budget(qtbot, make_room):
    """... and when the rate that won is the largest tried (SGD's η = 1 here), that a larger one may do better
    still: "1 (best of 7)" read as SGD at its best, where η = 10 beats it."""
    room = make_room(length=30, comparison="tuned", tune_steps=20)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
    latest = lambda: room.dispatcher.latest     # noqa: E731 - (None until the first snapshot is drawn)
    qtbot.waitUntil(lambda: latest() is not None and latest().step == 30 and not room.dispatcher.stale_views(),
                    timeout=5000)
    titles = room.table.column_titles()
    assert titles[-1] == "Tuned rate"
    tunings = room.session.tunings
    for r, c in enumerate(room.session.contestants):
        spin = room.contestants_panel.rows[c.key].lr_spin
        assert spin.value() == pytest.approx(tunings[c.key].best_rate)
        # the rate reads the same in the contestant's box, the η column and the tuned column (0.3162, not 0.316)
        end = ": the largest tried" if c.name == "SGD" else ""
        assert room.table.cell_text(r, len(titles) - 1) == f"{spin.cleanText()} (best of 7{end})"
        assert room.table.cell_text(r, 2) == spin.cleanText()
    assert room.table.cell_text(0, 2) == "1"                                  # SGD: the top of the ladder
    tip = room.table.table.item(0, len(titles) - 1).toolTip()
    # each rate with its score on one line (no-break space): "0.03162:" ended a line, its loss began the next
    assert "0.3162:\u00a0" in tip and "0.003162:\u00a0" in tip
    # what the scores are: the rule the tuning applies (engine.sweep.tuning_score), the Loss column's measure
    assert tip.startswith("Each learning rate's loss at the end of its 20 tuning steps, the epoch loss as the Loss "
                          "column shows it (the median of the seeds): ")
    assert tip.endswith("The best rate is the largest tried: a larger one may do better still.")
    assert "the same budget for all" in room.table.note.text()
    assert "fewer is quicker but judges the rates on how they start" in room.settings_card.tune_spin.toolTip()


def test_the_tuned_rate_is_the_one_whose_race_ends_lowest_and_its_score_is_the_loss_shown(qtbot, errors):
    """On the moons (16-16 tanh, batches of 8) the tuning scored the mean of the run's last tenth and raced SGD at
    0.1, which ends at a loss of 0.051, where SGD at 0.3162 ends at 0.046: its loss was still falling. The score is
    now the loss the table shows, so the rate tuned ends lowest of all the rates tried."""
    template = RaceTemplate.own("moons", hidden=(16, 16), activation="tanh", batch_size=8, seed=0)
    session = RaceSession(template, {"SGD": {"name": "sgd", "lr": 0.1}},
                          RaceSettings(length=2000, comparison="tuned"))
    room = RaceRoom(TrainingSession(), session=session)
    qtbot.addWidget(room)
    room.resize(1280, 720)
    room.show()
    room.start()
    try:
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: session.finished, timeout=60000)
        qtbot.waitUntil(lambda: room.dispatcher.latest.step == 2000 and not room.dispatcher.stale_views(),
                        timeout=5000)
        titles = room.table.column_titles()
        loss = room.table.cell_text(0, titles.index("Loss"))
        tuned = room.table.cell_text(0, titles.index("Tuned rate"))
        tip = room.table.table.item(0, titles.index("Tuned rate")).toolTip()
        assert tuned == "0.3162 (best of 7)"
        assert f"0.3162:\u00a0{loss}," in tip                      # the tooltip's score is the Loss the table shows
        # the same race at every rate tried: the rate tuned ends lowest
        session.set_settings(comparison="same")
        session.set_contestants({f"SGD {r:.4g}": {"name": "sgd", "lr": r}
                                 for r in (0.001, 0.01, 0.1, 0.31622776601683794, 1.0)})
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: session.finished, timeout=60000)
        qtbot.waitUntil(lambda: room.dispatcher.latest.step == 2000 and not room.dispatcher.stale_views(),
                        timeout=5000)
        column = room.table.column_titles().index("Loss")
        losses = {room.table.cell_text(r, 0): float(room.table.cell_text(r, column)) for r in range(5)}
        assert min(losses, key=losses.get) == "SGD 0.3162" and f"{losses['SGD 0.3162']:.4g}" == loss
    finally:
        room.shutdown(5000)
    assert not errors


def test_the_network_card_names_the_data_as_the_studio_lists_it(qtbot):
    """It read "784-128-64-10 relu on mnist: 60000 training and 10000 test points" (the data set's key, in Korean
    too, and its counts without the separators the studio writes)."""
    from nnstudio.app.race.cards import TemplateCard
    from nnstudio.data import mnist
    from nnstudio.session.presets import suggested_spec

    try:
        digits = mnist.load_mnist("mnist")
    except mnist.DataNotFoundError:
        pytest.skip("MNIST is not here (NNSTUDIO_DATA)")
    template = RaceTemplate(spec=suggested_spec("mnist", digits), dataset=digits, batch_size=128, source="studio",
                            data_key="mnist")
    card = TemplateCard(RaceSession(template, {"SGD": {"name": "sgd", "lr": 0.1}}))
    qtbot.addWidget(card)
    assert card.description.text() == ("784-128-64-10 relu on MNIST digits (28×28): 60,000 training and 10,000 test "
                                       "points, batches of 128, seed 0. From the studio.")


def test_tuning_steps_follow_the_races_steps_until_set_by_hand(qtbot, make_room):
    """Tuning steps stayed at 2,000 when the learner made the race shorter: tuning on MNIST then took 4-5 minutes."""
    room = make_room(comparison="tuned")
    card = room.settings_card
    assert card.tune_spin.value() == 400 and card.tune_spin.isEnabled()
    assert "It follows the race's Steps until you change it here" in card.tune_spin.toolTip()
    card.length_spin.setValue(3000)
    assert card.tune_spin.value() == 3000
    # the tuning's progress bar and Stop, over the linked steps
    room.speed_combo.setCurrentIndex(room.speed_combo.findData(1000))
    messages = []
    room.statusMessage.connect(lambda text, ms: messages.append(text))
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.dispatcher.latest.phase == "tuning" and room.progress.value() > 0, timeout=10000)
    assert room.step_label.text() == "Tuning the learning rates…"
    # while it tunes, the note says what the tuning does, not that it was done ("tried", at 5 %)
    qtbot.waitUntil(lambda: "tries the same 7 learning rates (0.001 to 1) for 3000 steps each — the same budget "
                            "for all — then races at the best one" in room.table.note.text(), timeout=5000)
    click(qtbot, room, room.stop_action)
    assert room.session.finished and room.race_action.iconText() == "Race"
    # Stop while tuning: no "the race stopped after 0 steps; the table is final" over a table of dashes
    assert messages[-1].startswith("The tuning stopped at ") and messages[-1].endswith(
        " %. Race tunes again from the start.")
    assert "tries the same 7" in room.table.note.text()
    # set by hand: it stays when Steps change; Steps' own number links it again
    room.session.restart()
    card.tune_spin.setValue(150)
    card.length_spin.setValue(600)
    assert card.tune_spin.value() == 150 and room.session.settings.tuning_steps == 150
    card.tune_spin.setValue(600)
    card.length_spin.setValue(200)
    assert card.tune_spin.value() == 200
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=20000)
    assert all(t.steps == 200 for t in room.session.tunings.values())
    qtbot.waitUntil(lambda: "tried the same 7 learning rates (0.001 to 1) for 200 steps each — the same budget for "
                            "all — and races at the best one" in room.table.note.text(), timeout=5000)


def shown_window(qtbot):
    """A new main window (with the settings as they are), shown."""
    from nnstudio.app.main_window import MainWindow

    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(qtbot, monkeypatch, errors):
    """The whole main window, shown (closed after the test)."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = shown_window(qtbot)
    yield w
    w.close()


def test_tools_optimizer_race_shows_the_room_with_the_studios_network(qtbot, window):
    w = window
    w.race_action.trigger()
    assert w.current_room.key == "race" and w.rooms.currentWidget() is w.current_room
    race = w.current_room
    assert race.session.template.source == "studio" and race.session.template.spec == w.session.spec
    assert race.race_menu in race.menus() and race.title() == "Optimizer race"
    assert "Race" in [a.text().replace("&", "") for a in w.menuBar().actions()]
    w.show_room("studio")
    assert not race.worker.is_running


def test_an_example_opened_in_the_race_room_is_what_the_race_runs_on(qtbot, window):
    w = window
    w.show_room("race")
    race = w.current_room
    assert race.template_card.description.text().startswith("2-2-1 sigmoid on XOR (the 4 lecture points): 4 "
                                                            "training and 4 test points")
    spirals = next(a for a in w.examples_menu.actions() if a.data() == "spirals")
    spirals.trigger()                                         # File → Examples → Spirals, in the race room
    assert w.current_room is race and w.session.spec.sizes == (2, 8, 8, 6, 1)
    assert race.template_card.description.text().startswith("2-8-8-6-1 tanh on Spiral")
    race.step_action.trigger()
    qtbot.waitUntil(lambda: race.session.step == 1, timeout=10000)
    assert race.session.race.models[race.session.contestants[0].key].layers[0].units == 8
    # once the race has begun it keeps its network (Take the studio's network takes the new one)
    xor = next(a for a in w.examples_menu.actions() if a.data() == "xor")
    xor.trigger()
    assert race.session.step == 1 and race.template_card.description.text().startswith("2-8-8-6-1")


def test_the_results_sort_by_a_clicked_column_keep_the_sort_and_copy_as_tab_separated_text(qtbot, make_room):
    room = make_room()
    room.mode_actions["surface"].trigger()
    qtbot.mouseClick(room.surface_page.figure_button, Qt.MouseButton.LeftButton)   # SGD, Momentum, AdaGrad, Adam
    qtbot.waitUntil(lambda: room.surface_page.at_end, timeout=10000)
    table = room.table
    names = lambda: [table.cell_text(r, 0) for r in range(table.table.rowCount())]        # noqa: E731
    column = table.column_titles().index("f(x, y)")
    values = lambda: [float(table.cell_text(r, column)) for r in range(table.table.rowCount())]  # noqa: E731
    assert names() == ["SGD", "Momentum", "AdaGrad", "Adam"]
    header = table.table.horizontalHeader()

    def click_title(c):
        x = header.sectionViewportPosition(c) + header.sectionSize(c) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    click_title(column)
    assert values() == sorted(values()) and header.sortIndicatorSection() == column
    click_title(column)
    assert values() == sorted(values(), reverse=True)
    # a change that refills the rows (a new rate for the first contestant) keeps the sort
    lr_column = table.column_titles().index("η")
    room.contestants_panel.rows[room.session.contestants[0].key].lr_spin.setValue(0.8)
    assert values() == sorted(values(), reverse=True) and len(names()) == 4
    assert table.cell_text(names().index("SGD"), lr_column) == "0.8"
    click_title(column)                                       # the third click: the race's order again
    room.contestants_panel.rows[room.session.contestants[0].key].lr_spin.setValue(0.9)
    assert names() == ["SGD", "Momentum", "AdaGrad", "Adam"]

    # Ctrl+C: every row under the titles, then only the selected one
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == table.column_titles() and [line.split("\t")[0] for line in lines[1:]] == names()
    table.table.selectRow(names().index("Adam"))
    qtbot.keyClick(table.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[1].split("\t")[0] == "Adam"
    assert lines[1].split("\t")[column] == table.cell_text(names().index("Adam"), column)
    assert table.copy_action in table.table.actions()         # (and in its context menu)


def test_a_dash_sorts_last_in_either_order(qtbot):
    from nnstudio.app.race.table import ResultsTable

    session = RaceSession(RaceTemplate.own("moons", hidden=(4,)), {name: {"name": "sgd", "lr": 0.1}
                                                                    for name in ("a", "b", "c", "d")})
    table = ResultsTable()
    qtbot.addWidget(table)
    distances = {"a": 2.5, "b": None, "c": 10.0, "d": 0.75}     # b: no minimum known
    table.show_surface([{"contestant": c, "end": (0.0, 0.0), "value": 1.0, "nearest": None,
                         "distance": distances[c.name], "diverged_at": None, "step": 30, "steps": 30}
                        for c in session.contestants])
    column = table.column_titles().index("Distance")
    names = lambda: [table.cell_text(r, 0) for r in range(4)]        # noqa: E731
    table.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert names() == ["d", "a", "c", "b"]                     # 0.75 < 2.5 < 10 (as numbers, not as text), –
    table.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert names() == ["c", "a", "d", "b"]
    table.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["d", "c", "b", "a"]


def test_six_contestants_rows_are_whole_in_a_1280_by_720_room(qtbot, make_room):
    room = make_room({name: {"name": "sgd", "lr": 0.1} for name in ("a", "b", "c", "d", "e", "f")})
    room.step_action.trigger()
    table = room.table.table
    qtbot.waitUntil(lambda: table.rowCount() == 6, timeout=10000)
    qtbot.wait(50)
    last = table.visualRect(table.model().index(5, 0))
    assert last.top() >= 0 and last.bottom() <= table.viewport().height()


def test_an_emptied_name_is_refused_with_a_message_and_the_name_comes_back(qtbot, make_room):
    room = make_room()
    messages = []
    room.statusMessage.connect(lambda text, ms: messages.append(text))
    row = room.contestants_panel.rows[room.session.contestants[1].key]
    row.name_edit.selectAll()
    qtbot.keyClick(row.name_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(row.name_edit, Qt.Key.Key_Return)
    assert messages == ["A contestant needs a name."]
    assert row.name_edit.text() == "Adam" and room.session.contestants[1].name == "Adam"
    row.name_edit.selectAll()
    qtbot.keyClicks(row.name_edit, "  Adam, fast ")
    qtbot.keyClick(row.name_edit, Qt.Key.Key_Return)
    assert row.name_edit.text() == "Adam, fast" and room.session.contestants[1].name == "Adam, fast"
    assert len(messages) == 1


def test_a_rate_changed_after_the_race_ended_leaves_the_final_table_as_raced_and_says_so(qtbot, make_room):
    room = make_room(length=30)
    session, table = room.session, room.table
    messages = []
    room.statusMessage.connect(lambda text, ms: messages.append(text))
    click(qtbot, room, room.race_action)
    # (the race's last snapshot drawn: the session says finished before the worker has sent it)
    qtbot.waitUntil(lambda: (latest := room.dispatcher.latest) is not None and latest.phase == "finished"
                    and not room.dispatcher.stale_views(), timeout=10000)
    final = [[table.cell_text(r, c) for c in range(4)] for r in range(2)]
    assert final[0][:3] == ["SGD", "SGD", "0.1"]
    room.contestants_panel.rows[session.contestants[0].key].lr_spin.setValue(0.5)
    qtbot.wait(100)
    assert [[table.cell_text(r, c) for c in range(4)] for r in range(2)] == final
    assert messages[-1] == ("The race is over: the table keeps the settings it ran with; the new setting races when "
                            "you press Race.")
    click(qtbot, room, room.race_action)                   # a new race, at the new rate
    qtbot.waitUntil(lambda: table.cell_text(0, 2) == "0.5", timeout=5000)


def test_a_race_of_one_step_says_step_and_of_two_steps_steps(qtbot, make_room):
    room = make_room(length=1)
    card = room.template_card
    assert ": 140 training and 60 test points, batches of 32, seed 3." in card.description.text()
    # the set-up controls show the race's own template (moons, 8 tanh), not the card's defaults
    assert (card.data_combo.currentData(), card.hidden_edit.text(), card.activation_combo.currentText()) == (
        "moons", "8", "tanh")
    with qtbot.waitSignal(room.statusMessage, timeout=10000,
                          check_params_cb=lambda text, *_: "race is over" in text) as over:
        click(qtbot, room, room.race_action)
    assert over.args[0] == "The race is over after 1 step. Restart races again; a longer race goes on."
    qtbot.waitUntil(lambda: "after 1 step, the same for all" in room.fairness_card.label.text(), timeout=5000)
    qtbot.waitUntil(lambda: room.table.note.text().endswith(", 1 step."), timeout=5000)

    room.session.set_settings(length=2)        # a longer race goes on
    with qtbot.waitSignal(room.statusMessage, timeout=10000,
                          check_params_cb=lambda text, *_: "race is over" in text) as over:
        click(qtbot, room, room.race_action)
    assert over.args[0] == "The race is over after 2 steps. Restart races again; a longer race goes on."
    qtbot.waitUntil(lambda: "after 2 steps, the same for all" in room.fairness_card.label.text(), timeout=5000)
    card.batch_spin.setValue(140)                          # as many as the data has: full batch
    qtbot.waitUntil(lambda: card.description.text().startswith(
        "2-8-1 tanh on Moons: 140 training and 60 test points, the whole training set in every step, seed 3."),
        timeout=5000)


def test_the_fairness_card_and_the_notes_count_one_seed_one_contestant_and_one_tuning_step(qtbot, make_room):
    room = make_room({"SGD": {"name": "sgd", "lr": 0.1}}, length=2)
    card = room.fairness_card
    assert "the same for every contestant.<br>" in card.label.text() and "all 1 contestants" not in card.label.text()
    room.session.set_settings(mode="seeds", seeds=1)
    card.show_snapshot(None)
    assert card.label.text().endswith("the same for every contestant: 1 start, seed 3.")
    room.session.set_settings(seeds=2)
    card.show_snapshot(None)
    assert card.label.text().endswith("the same for every contestant: 2 starts, seeds 3 to 4.")
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.table.note.text() == "Seeds: 2; 2 steps each.", timeout=10000)
    room.session.set_settings(mode="network", comparison="tuned", tune_steps=1)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: "learning rates (0.001 to 1) for 1 step each" in room.table.note.text(), timeout=10000)


def test_a_race_too_big_for_the_memory_limit_says_so_and_races_once_it_fits(qtbot, make_room, errors):
    from nnstudio.engine.memory import check_copies, estimate, set_memory_limit

    spec = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3).spec
    needed = check_copies(spec, ["sgd", "adam"], 32, extra_bytes=estimate(spec, 32, optimizer=None).training_bytes)
    set_memory_limit(needed - 1)                   # the network fits, its copies and the template at once do not
    try:
        room = make_room()
        assert room.session.race is None
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
        title, text = errors[0]
        assert title == "The race stopped" and text.startswith("Training 2 networks at once (about ")
        assert "choose fewer contestants" in text and room.race_action.iconText() == "Race"
        assert room.session.step == 0
        errors.clear()
    finally:
        set_memory_limit(None)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.step > 0, timeout=10000)
    click(qtbot, room, room.race_action)


def test_the_names_the_app_made_up_follow_the_language_and_a_typed_name_stays(qtbot, errors):
    from nnstudio.app import language

    def names(room):
        return [room.contestants_panel.rows[c.key].name_edit.text() for c in room.session.contestants]

    assert language.set_language("ko")
    try:
        room = RaceRoom(TrainingSession())                           # a first start, in Korean
        qtbot.addWidget(room)
        assert names(room) == ["SGD", "모멘텀", "Adam"]
        room.contestants_panel.preset_actions["lecture"].trigger()
        assert names(room)[1] == "모멘텀"
        first = room.contestants_panel.rows[room.session.contestants[0].key]
        first.name_edit.setText("아주 느린 SGD")
        first.name_edit.editingFinished.emit()
    finally:
        language.set_language("en")
    again = RaceRoom(TrainingSession(), session=room.session)      # the room rebuilt in English, as the window does
    qtbot.addWidget(again)
    assert names(again) == ["아주 느린 SGD", "Momentum", "Adagrad", "RMSprop", "Adam"]


def test_the_korean_race_room_uses_the_lessons_words_for_step_learning_rate_and_cost(qtbot, errors):
    """The lessons' glossary: 학습률 for learning rate, 비용 for the cost (function), and the race counts 스텝. The x
    axis' tooltip called what a step takes in seconds its 비용, the lessons' word for the cost function."""
    from PySide6.QtWidgets import QWidget

    from nnstudio.app import language
    assert language.set_language("ko")
    try:
        room = RaceRoom(TrainingSession())
        qtbot.addWidget(room)
        for mode in ("network", "seeds", "surface"):
            room.mode_actions[mode].trigger()
            texts = [w.toolTip() for w in room.findChildren(QWidget)] + [a.toolTip() for a in room.actions()]
            texts += [a.toolTip() for w in room.findChildren(QWidget) for a in w.actions()]
            for wrong in ("비용", "학습 속도", "걸음"):
                assert not [t for t in texts if wrong in t], wrong
            assert any("학습률" in t for t in texts) and any("스텝" in t for t in texts)
    finally:
        language.set_language("en")


def test_results_sorted_by_a_column_are_unsorted_when_the_columns_change(qtbot, make_room):
    """The loss column's place holds x on the surface: the surface's rows were sorted by where each ended."""
    room = make_room({"SGD": {"name": "sgd", "lr": 0.1}, "Adam": {"name": "adam", "lr": 0.01}}, length=20)
    table = room.table.table
    click(qtbot, room, room.race_action)
    # (the button says Race once the worker has ended the race: a step asked for before that went with the race)
    qtbot.waitUntil(lambda: room.race_action.iconText() == "Race" and table.rowCount() == 2, timeout=10000)
    assert room.session.finished
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    for _ in range(2):                                    # by name, descending: Adam below SGD
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [room.table.cell_text(r, 0) for r in range(2)] == ["SGD", "Adam"]
    room.session.restart()                                # the same columns: the learner's order stays
    room.worker.step(1)
    qtbot.waitUntil(lambda: room.session.step == 1 and not room.dispatcher.stale_views(), timeout=5000)
    assert [room.table.cell_text(r, 0) for r in range(2)] == ["SGD", "Adam"]
    room.mode_actions["surface"].trigger()
    assert room.table.column_titles()[3] == "x"
    assert header.sortIndicatorSection() == -1


def test_a_result_that_gets_wider_in_pixels_widens_its_column(qtbot):
    """"0.0007234" has as many characters as "1.111e-05" but is wider: it was shown as "0.00072…"."""
    from types import SimpleNamespace

    from nnstudio.app.race.table import ResultsTable
    view = ResultsTable()
    qtbot.addWidget(view)
    view.resize(900, 200)
    view.show()
    sgd = SimpleNamespace(name="SGD", config={"name": "sgd", "lr": 0.1}, color=0, lr=0.1)

    def results(y):
        return [{"contestant": sgd, "end": (1.0, y), "value": 1.0, "nearest": (0.0, 0.0), "distance": 1.0,
                 "diverged_at": None, "step": 30, "steps": 30}]
    view.show_surface(results(1.111e-05))
    view.show_surface(results(0.0007234))
    table = view.table
    y = view.column_titles().index("y")
    assert view.cell_text(0, y) == "0.0007234"
    assert table.columnWidth(y) >= table.sizeHintForColumn(y)          # shown whole, not "0.00072…"


def test_the_set_up_panel_is_no_wider_in_korean_than_in_english(qtbot):
    """The description of the studio's network, long in Korean, made the panel 100 px wider than its controls
    need: that width came off the plots on a 1280×720 screen."""
    from nnstudio.app import language
    widths = {}
    for lang in ("en", "ko"):
        assert language.set_language(lang)
        try:
            room = RaceRoom(TrainingSession())          # (racing the studio's network)
            qtbot.addWidget(room)
            room.resize(1228, 601)                      # what the window on a 1280×720 screen leaves the room
            room.default_layout(1228, 601)
            room.show()
            # (the dock takes its first width, as narrow as the panel's controls let it, after the show)
            qtbot.waitUntil(lambda: room.panel_dock.width() == room.panel_dock.widget().minimumWidth())
            widths[lang] = room.panel_dock.width()
            room.shutdown(5000)
        finally:
            language.set_language("en")
    assert widths["ko"] <= widths["en"]

@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_dashed_line_does_not_run_through_the_not_reached_label(qtbot, make_room, lang):
    """The dashed line at the race's length crossed "not reached" (도달 못 함), which is wider than the rings'
    column: the label covers it. Drawn with and without the line, the label's place looks the same."""
    from nnstudio.app import language
    assert language.set_language(lang)
    try:
        room = make_room(LECTURE, length=5, seeds=3, mode="seeds", target_loss=0.01)     # none reaches 0.01
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
        page = room.steps_plot
        qtbot.waitUntil(lambda: page.never_label.toPlainText() != "" and len(page.never.getData()[0]) == 6 * 3
                        and not room.dispatcher.stale_views(), timeout=5000)
        widget = page.plot.getViewWidget()

        def label_and_picture():
            rect = widget.mapFromScene(page.never_label.mapRectToScene(page.never_label.boundingRect()))
            rect = rect.boundingRect().adjusted(1, 1, -1, -1)       # (its edge pixels: rounded outwards)
            return rect, widget.grab().toImage().copy(rect)

        # the plot is laid out again while the room settles (a late legend or axis): compare once it holds still
        seen = [label_and_picture()]

        def settled():
            seen.append(label_and_picture())
            return seen[-1] == seen[-2]
        qtbot.waitUntil(settled, timeout=5000)
        label, with_line = seen[-1]
        line_x = widget.mapFromScene(page.plot.getViewBox().mapViewToScene(QPointF(5, 0))).x()
        assert label.left() < line_x < label.right()                 # (the case: the line's x is under the label)
        page.never_line.setVisible(False)
        without_line = widget.grab().toImage().copy(label)
        assert with_line == without_line
    finally:
        language.set_language("en")


LECTURE = {"SGD": {"name": "sgd", "lr": 0.1}, "Momentum": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
           "Adagrad": {"name": "adagrad", "lr": 0.1}, "RMSprop": {"name": "rmsprop", "lr": 0.01},
           "Adam": {"name": "adam", "lr": 0.01}, "Adam 0.03": {"name": "adam", "lr": 0.03}}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_on_a_1280x720_screen_the_step_size_label_is_not_cut(qtbot, make_room, lang):
    """The legends took two names a row (a fixed 120 px a name): three rows of legend left the step-size plot's
    axis too short for its "step size" label."""
    from nnstudio.app import language
    assert language.set_language(lang)
    try:
        room = make_room(LECTURE, length=20, target_loss=0.1)
        room.resize(1228, 601)             # what the window on a 1280×720 screen leaves the room
        room.default_layout(1228, 601)
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: room.session.finished and not room.dispatcher.stale_views(), timeout=10000)
        qtbot.wait(50)                     # (the layout settles)
        axis = room.step_plot.plot.getAxis("left")
        text = axis.label.boundingRect().width() - 2 * axis.label.document().documentMargin()
        assert text <= axis.geometry().height()
    finally:
        language.set_language("en")


def test_the_not_reached_label_sits_above_the_top_row_with_many_seeds(qtbot, make_room):
    """Inside the top row, the label covered the rings of the seeds that never reached the target."""
    room = make_room(LECTURE, length=5, seeds=20, mode="seeds", target_loss=0.01)    # none reaches 0.01
    room.resize(1228, 601)                  # what the window on a 1280×720 screen leaves the room
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=20000)
    qtbot.waitUntil(lambda: room.dispatcher.latest is not None and room.dispatcher.latest.step == 5
                    and not room.dispatcher.stale_views(), timeout=5000)
    qtbot.wait(50)                          # (the layout settles)
    page = room.steps_plot
    rings = page.never.getData()[1]
    assert len(rings) == 6 * 20
    view = page.plot.getViewBox()
    label = page.never_label.sceneBoundingRect()
    ring_top = view.mapViewToScene(QPointF(0, rings.max())).y() - 5      # (a ring's radius and pen)
    assert label.bottom() <= ring_top                                    # above the top row's rings
    assert label.top() >= view.sceneBoundingRect().top() - 1             # and inside the plot


def test_the_results_menus_name_a_table_not_a_plot(qtbot):
    from nnstudio.app.race.table import ResultsTable
    view = ResultsTable()
    qtbot.addWidget(view)
    menu = [a.text() for a in view.table.actions() if not a.isSeparator()]     # the table's right-click menu
    assert menu == ["Copy", "Save table as PNG…", "Save data as CSV…"]
    export = [a.text() for a in view.export_button.actions()]                  # and the Export button's
    assert export == ["Save table as PNG…", "Save data as CSV…"]
    assert "plot" not in view.export_button.toolTip() + "".join(a.toolTip() for a in view.export_button.actions())


def whole_rows(table) -> int:
    return sum(0 <= table.rowViewportPosition(r) and
               table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height()
               for r in range(table.rowCount()))


def test_each_tuned_keeps_six_rows_whole_when_its_note_takes_more_lines(qtbot):
    """The note beside Export says how each was tuned: its extra lines took the table's rows (4½ of 6 showed)."""
    template = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3)
    session = RaceSession(template, LECTURE, RaceSettings(length=20, target_loss=0.1, tune_steps=5))
    room = RaceRoom(TrainingSession(), session=session)
    qtbot.addWidget(room)
    room.resize(1100, 650)                 # (the note takes two lines more: the plots can spare that)
    room.default_layout(1100, 650)
    room.show()
    room.start()
    try:
        table, note = room.table.table, room.table.note
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: session.finished and table.rowCount() == 6 and not room.dispatcher.stale_views(),
                        timeout=10000)
        qtbot.wait(50)                     # (the layout settles)
        assert whole_rows(table) == 6
        one_line = note.height()
        combo = room.settings_card.comparison_combo
        combo.setCurrentIndex(combo.findData("tuned"))
        combo.activated.emit(combo.currentIndex())                     # Compare: Each tuned
        click(qtbot, room, room.race_action)
        # (the whole note would take three lines here: a short one shows, of two lines at most)
        qtbot.waitUntil(lambda: session.finished and "same budget" in (note.toolTip() or note.text())
                        and not room.dispatcher.stale_views(), timeout=20000)
        qtbot.wait(50)
        assert note.height() >= one_line and whole_rows(table) == 6
        assert note.height() < 3 * note.fontMetrics().lineSpacing()
    finally:
        room.shutdown(5000)


def test_in_korean_on_a_1280x720_screen_the_loss_plot_keeps_a_usable_height(qtbot):
    """The results' dock, as high as six Korean rows need, left the loss and accuracy plots 40 px: the table
    gives way instead, and its compact rows still show all six (they showed five and a half in the room the
    Korean window leaves, whose menus and status bar are taller)."""
    from nnstudio.app import language
    assert language.set_language("ko")
    try:
        template = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3)
        session = RaceSession(template, LECTURE, RaceSettings(length=20, target_loss=0.1))
        room = RaceRoom(TrainingSession(), session=session)
        qtbot.addWidget(room)
        room.resize(1228, 590)             # what the Korean window on a 1280×720 screen leaves the room
        room.default_layout(1228, 590)
        room.show()
        room.start()
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: session.finished and not room.dispatcher.stale_views()
                        and room.table.table.rowCount() == 6, timeout=10000)
        qtbot.wait(50)                     # (the layout settles)
        for plot in (room.loss_plot.loss_plot, room.loss_plot.acc_plot):
            assert plot.getViewBox().height() >= 70
        assert whole_rows(room.table.table) == 6
        room.shutdown(5000)
    finally:
        language.set_language("en")


def test_the_race_is_over_message_goes_once_the_race_restarts_or_the_mode_changes(qtbot, window):
    w = window
    w.show_room("race")
    race = w.current_room
    race.settings_card.length_spin.setValue(20)
    race.race_action.trigger()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("The race is over after 20 steps"),
                    timeout=20000)
    race.restart_action.trigger()                   # back to step 0: the race is no longer over
    qtbot.waitUntil(lambda: race.step_label.text() == "Step 0 of 20", timeout=5000)
    assert "over" not in w.statusBar().currentMessage()
    race.race_action.trigger()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("The race is over after 20 steps"),
                    timeout=20000)
    race.mode_actions["surface"].trigger()          # the loss surface races no steps of that race
    assert "over" not in w.statusBar().currentMessage()
    race.mode_actions["network"].trigger()
    race.settings_card.length_spin.setValue(40)     # a longer race goes on: the message said so, and it goes
    race.race_action.trigger()
    qtbot.waitUntil(lambda: race.session.step > 20, timeout=20000)
    assert "after 20 steps" not in w.statusBar().currentMessage()


class HeldAtTheEnd:
    """The race's lock as the worker takes it, keeping the worker waiting once, right after it has let go of the
    chunk of steps that ended the race and before it goes on: a press in that moment of a loaded machine."""

    def __init__(self, monkeypatch, session):
        self.ended, self.go = threading.Event(), threading.Event()
        self._session, self._lock = session, session.lock
        own = RaceSession.lock.fget
        monkeypatch.setattr(RaceSession, "lock", property(lambda s: self if s is session else own(s)))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        self._lock.__exit__(*exc)
        if (self._session.finished and not self.ended.is_set()
                and threading.current_thread() is not threading.main_thread()):
            self.ended.set()
            self.go.wait(10)


@pytest.mark.parametrize("press", ["step", "restart"])
def test_step_or_restart_pressed_as_the_race_ends_do_what_they_say(qtbot, make_room, monkeypatch, press):
    room = make_room(length=20)
    held = HeldAtTheEnd(monkeypatch, room.session)
    messages = []
    room.statusMessage.connect(lambda text, ms: messages.append(text))
    click(qtbot, room, room.race_action)
    # the GUI thread waits without handling events, as a loaded machine's did: the worker's "started" comes only
    # after the press (the button said Pause after the step, the race paused)
    assert held.ended.wait(10)
    click(qtbot, room, room.step_action if press == "step" else room.restart_action)
    held.go.set()
    steps = 1 if press == "step" else 0
    # (the snapshot sent after the race ended, which comes after "the race is over": the step's, or the new race's;
    # a lost step left step 0)
    qtbot.waitUntil(lambda: (latest := room.dispatcher.latest) is not None and latest.step == steps
                    and not latest.running, timeout=5000)
    qtbot.waitUntil(lambda: room.step_label.text() == f"Step {steps} of 20", timeout=5000)
    assert room.session.step == steps and not room.session.finished
    assert room.race_action.iconText() == "Race"
    assert not [m for m in messages if "over" in m]       # the race shown is not over
    assert room.stop_action.isEnabled() == (press == "step")


def test_with_eight_contestants_add_and_duplicate_are_off_and_say_why(qtbot, make_room):
    room = make_room()
    panel = room.contestants_panel
    for _ in range(6):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows) == 8
    rows = list(panel.rows.values())
    for control in (panel.add_button, room.add_action, *(row.duplicate_button for row in rows)):
        assert not control.isEnabled()
        assert control.toolTip() == "At most 8 contestants race at once: remove one to add another."
    qtbot.mouseClick(rows[-1].remove_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows) == 7
    assert panel.add_button.isEnabled() and panel.add_button.toolTip().startswith("Add a contestant")
    assert all(row.duplicate_button.isEnabled() and row.duplicate_button.toolTip().startswith("Add a copy")
               for row in panel.rows.values())


def test_a_setting_that_is_off_in_a_mode_says_why_in_its_tooltip(qtbot, make_room):
    room = make_room()
    card = room.settings_card
    assert card.seeds_spin.toolTip() == "Only Many seeds trains from several seeds: choose it in the mode box (Alt+2)."
    assert card.tune_spin.toolTip() == "Only Each tuned tries learning rates first: choose it under Compare."
    assert room.speed_combo.isEnabled() and room.speed_combo.toolTip().startswith("Slow motion")
    room.mode_actions["seeds"].trigger()
    assert card.seeds_spin.isEnabled() and card.seeds_spin.toolTip().startswith("Many seeds: how many")
    assert not room.speed_combo.isEnabled()
    assert room.speed_combo.toolTip() == "Many seeds race at full speed: slow motion is for the network race (Alt+1)."
    room.mode_actions["surface"].trigger()
    off = [card.comparison_combo, card.target_check, card.target_spin, card.length_spin, card.seeds_spin,
           card.tune_spin]
    assert not any(w.isEnabled() for w in off)
    assert {w.toolTip() for w in off} == {"The loss surface races without these settings (its steps are set above "
                                          "the surface): choose Network race (Alt+1) or Many seeds (Alt+2) to use "
                                          "them."}
    assert room.speed_combo.toolTip().startswith("The loss surface plays its paths at its own pace")
    room.mode_actions["network"].trigger()
    assert card.length_spin.isEnabled() and card.length_spin.toolTip().startswith("How many steps the race lasts")


def test_the_target_box_and_the_default_start_say_why_they_are_off(qtbot, make_room):
    """Off, the target's box and Default start only said what they do; a learner hovering over them learns why they
    are off and how to turn them on."""
    room = make_room()
    card, page = room.settings_card, room.surface_page
    assert not card.target_spin.isEnabled()
    assert card.target_spin.toolTip().startswith("Off until you tick Target loss: then, when the training loss")
    qtbot.mouseClick(card.target_check, Qt.MouseButton.LeftButton)
    assert card.target_spin.isEnabled() and card.target_spin.toolTip().startswith("When the training loss")
    room.mode_actions["surface"].trigger()
    room.mode_actions["network"].trigger()
    assert card.target_spin.isEnabled() and card.target_spin.toolTip().startswith("When the training loss")
    qtbot.mouseClick(card.target_check, Qt.MouseButton.LeftButton)
    assert not card.target_spin.isEnabled() and card.target_spin.toolTip().startswith("Off until you tick")
    room.mode_actions["network"].trigger()

    room.mode_actions["surface"].trigger()
    assert not page.start_button.isEnabled()
    assert page.start_button.toolTip() == ("The contestants already start from the surface's own starting point: "
                                           "click on the surface to choose another.")
    plot = page.plot
    widget_point = plot.widget.mapFromScene(plot.view.mapViewToScene(QPointF(3.0, -2.0)))
    qtbot.mouseClick(plot.widget.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert page.start_button.isEnabled() and page.start_button.toolTip().startswith("Start from the surface's own")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert not page.start_button.isEnabled() and page.start_button.toolTip().startswith("The contestants already")
    qtbot.mouseClick(page.figure_button, Qt.MouseButton.LeftButton)    # from (−7, 2): the bowl's own start
    assert room.session.surface_start() == (-7.0, 2.0) and not page.start_button.isEnabled()


def test_before_the_first_step_the_seconds_column_shows_a_dash_like_the_loss(qtbot, make_room):
    room = make_room()
    table = room.table
    qtbot.waitUntil(lambda: table.table.rowCount() == 2, timeout=5000)
    seconds = table.column_titles().index("Seconds")
    assert [(table.cell_text(r, 3), table.cell_text(r, seconds)) for r in range(2)] == [("–", "–"), ("–", "–")]
    room.step_action.trigger()
    qtbot.waitUntil(lambda: table.cell_text(0, 3) != "–", timeout=10000)
    assert all(table.cell_text(r, seconds) != "–" for r in range(2))


def test_race_and_pause_are_relabelled_in_the_gui_thread(qtbot, make_room):
    """The worker's started and paused signals relabelled Race/Pause through lambdas, which PySide calls in the
    training thread: a widget touched from there can hang or crash the app (a test run hung so)."""
    import threading

    room = make_room(length=300)
    threads = []
    room.race_action.changed.connect(lambda: threads.append(threading.current_thread() is threading.main_thread()),
                                     Qt.ConnectionType.DirectConnection)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished and room.race_action.iconText() == "Race", timeout=10000)
    assert threads and all(threads)


def test_the_stopped_message_goes_once_the_race_goes_on(qtbot, window):
    """"The race stopped after 40 steps…" stayed in the status bar for 6 s while the new race ran."""
    w = window
    w.show_room("race")
    race, status = w.current_room, w.statusBar()
    race.settings_card.length_spin.setValue(100_000)
    race.race_action.trigger()
    qtbot.waitUntil(lambda: race.session.step >= 5, timeout=20000)
    race.stop_action.trigger()
    assert status.currentMessage().startswith("The race stopped after")
    race.race_action.trigger()                     # a new race from the start
    qtbot.waitUntil(lambda: race.session.step >= 5, timeout=20000)
    assert "stopped" not in status.currentMessage()
    race.stop_action.trigger()
    assert status.currentMessage().startswith("The race stopped after")
    race.restart_action.trigger()                  # back to step 0: nothing has stopped
    assert "stopped" not in status.currentMessage()


def test_the_step_readout_says_step_and_length_at_once_after_a_restart_or_a_new_length(qtbot, make_room):
    """After Restart, or a new length mid-race, the readout flashed "Step 0" before the next snapshot's
    "Step 0 of 400" (or "Step 37 of 500": a new length does not restart the race)."""
    room = make_room()
    assert room.step_label.text() == "Step 0 of 400"
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.step_label.text() == "Step 1 of 400", timeout=10000)
    room.settings_card.length_spin.setValue(500)
    assert room.step_label.text() == "Step 1 of 500"
    click(qtbot, room, room.restart_action)
    assert room.step_label.text() == "Step 0 of 500" and room.progress.value() == 0


def test_a_learning_rate_reads_the_same_in_its_box_and_in_the_table(qtbot, make_room):
    """η = 0.3162 in the contestant's box showed as 0.316 in the results (and a tuned 0.316228 likewise)."""
    room = make_room()
    row = room.contestants_panel.rows[room.session.contestants[0].key]
    row.lr_spin.setValue(0.3162)
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.table.cell_text(0, 3) not in ("", "–"), timeout=10000)
    assert row.lr_spin.cleanText() == "0.3162" and room.table.cell_text(0, 2) == "0.3162"


def test_the_loss_csv_writes_whole_step_numbers(qtbot, make_room, tmp_path):
    """The loss CSV wrote steps as 10.0, and past 1000 steps (where the curves are averaged in bins) as 1.5,
    3.5, …: steps are whole numbers, a bin's being its last step, and the race's last step is in it."""
    room = make_room(length=1030)
    click(qtbot, room, room.race_action)
    # the last snapshot drawn (the readout may say step 1030 from the session before that snapshot arrives)
    qtbot.waitUntil(lambda: room.session.finished and room.dispatcher.latest is not None
                    and room.dispatcher.latest.step == 1030 and not room.dispatcher.stale_views(), timeout=30000)
    qtbot.waitUntil(lambda: room.step_label.text() == "Step 1030 of 1030", timeout=5000)
    room.loss_plot.export_csv(tmp_path / "loss.csv")
    rows = read_csv(tmp_path / "loss.csv")[1:]
    for name in ("SGD", "Adam"):
        steps = [r[1] for r in rows if r[0] == name]
        assert all(step.isdigit() for step in steps), steps[:5]
        numbers = [int(step) for step in steps]
        assert numbers == sorted(set(numbers)) and numbers[-1] == 1030


def test_every_one_of_eight_contestant_colours_reads_on_white(qtbot, make_room):
    """The eighth contestant was yellow: a contrast of 1.3 : 1 on the white plots, its line and name barely
    visible. Each of the eight colours is its own, and the eighth reads on white (at least 3 : 1, WCAG's bar
    for lines and shapes)."""
    room = make_room()
    panel = room.contestants_panel
    for _ in range(6):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    colours = [row.color_button.icon().pixmap(14, 14).toImage().pixelColor(7, 7) for row in panel.rows.values()]
    assert len({c.rgb() for c in colours}) == 8

    def luminance(c):
        return sum(w * (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
                   for w, v in zip((0.2126, 0.7152, 0.0722), (c.redF(), c.greenF(), c.blueF())))
    assert 1.05 / (luminance(colours[7]) + 0.05) >= 3.0
    names = [a.text() for a in list(panel.rows.values())[7].color_button.menu().actions()]
    assert names[7] == "indigo"


def contrast_on_white(color):
    def channel(v):
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    luminance = sum(w * channel(v) for w, v in zip((0.2126, 0.7152, 0.0722), (color.redF(), color.greenF(),
                                                                            color.blueF())))
    return 1.05 / (luminance + 0.05)


def test_the_boundary_titles_read_on_white_and_keep_each_contestants_colour_as_a_mark(qtbot, make_room):
    """The boundary cells' titles were written in the contestants' colours: orange's and sky blue's names were
    about 2.3 : 1 on white, hard to read. The name is now dark (at least 4.5 : 1, WCAG's bar for text), after a
    square in the contestant's colour."""
    presets = {name: {"name": "sgd", "lr": 0.1} for name in ("A", "B", "C", "D", "E", "F")}
    room = make_room(presets)
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.boundary_grid.cell_count() == 6, timeout=10000)
    grid = room.boundary_grid.widget.ci
    for c in room.session.contestants:
        title = next(grid.getItem(r, col).titleLabel for r in range(6) for col in range(6)
                     if grid.getItem(r, col) is not None and grid.getItem(r, col).titleLabel.item.toPlainText()
                     .endswith(c.name))
        document = title.item.document()
        colours = {}           # character -> the colour it is drawn in
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                for ch in fragment.text():
                    colours[ch] = fragment.charFormat().foreground().color()
                it += 1
            block = block.next()
        assert title.item.toPlainText() == f"■ {c.name}"
        assert colours["■"].getRgb()[:3] == contestant_rgb(c.color)
        assert contrast_on_white(colours[c.name[0]]) >= 4.5, (c.name, colours[c.name[0]].name())


@pytest.mark.parametrize("mode", ["network", "seeds"])
def test_from_the_surface_to_another_race_the_tables_titles_come_with_its_first_results(qtbot, make_room, mode):
    """From the loss surface to the network race, the table kept the surface's titles (x, y, f(x, y)) for about
    1.5 s on a loaded machine: it waited for its turn after the plots. It now shows the race's titles and rows as
    the race's first snapshot arrives."""
    room = make_room(seeds=4)
    room.use_textbook_figure()
    qtbot.waitUntil(lambda: room.table.column_titles()[3:6] == ["x", "y", "f(x, y)"], timeout=5000)
    seen = []        # the table's titles as each snapshot of the new mode arrives (after the room has taken it)
    room.dispatcher.received.connect(
        lambda s: seen.append(room.table.column_titles()) if s.mode == mode else None)
    room.mode_actions[mode].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0][3] == ("Loss" if mode == "network" else "Median loss")
    assert room.table.table.rowCount() == len(room.session.contestants)


def test_the_last_contestants_remove_button_is_off_and_says_why(qtbot, make_room):
    """With one contestant left its ✕ stayed on, only to refuse the click."""
    room = make_room()
    panel = room.contestants_panel
    first, second = panel.rows.values()
    qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert list(panel.rows.values()) == [first]
    assert not first.remove_button.isEnabled()
    assert first.remove_button.toolTip() == "A race needs a contestant: add another before you remove this one."
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert all(row.remove_button.isEnabled() and row.remove_button.toolTip().startswith("Remove this contestant")
               for row in panel.rows.values())


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_with_eight_contestants_the_step_size_label_is_not_cut(qtbot, make_room, lang):
    """Seven or eight contestants take two rows of the step-size legend: the plot under it kept 31 px in Korean
    (38 in English) and its "step size" label was cut; the table gives way instead."""
    from nnstudio.app import language
    assert language.set_language(lang)
    try:
        eight = {**LECTURE, "Adam 0.1": {"name": "adam", "lr": 0.1}, "SGD 0.3": {"name": "sgd", "lr": 0.3}}
        room = make_room(eight, length=20, target_loss=0.1)
        room.resize(1228, 590)             # what the Korean window on a 1280×720 screen leaves the room
        room.default_layout(1228, 590)
        click(qtbot, room, room.race_action)
        qtbot.waitUntil(lambda: room.session.finished and not room.dispatcher.stale_views(), timeout=10000)
        qtbot.wait(50)                     # (the layout settles)
        assert room.step_plot.legend_view.height() > 40 and room.step_plot.legend_view.isVisible()   # two rows
        axis = room.step_plot.plot.getAxis("left")
        text = axis.label.boundingRect().width() - 2 * axis.label.document().documentMargin()
        assert text <= axis.geometry().height()
    finally:
        language.set_language("en")


def test_stop_is_off_before_the_race_begins_and_once_it_is_over(qtbot, make_room):
    """Stop before the first step said "The race stopped after 0 steps; the table is final", and after the end it
    replaced "The race is over…" by "stopped after 400 steps"."""
    room = make_room(length=30)
    stop = room.stop_action
    off = "Nothing to stop: the race has not begun or is over. Race starts it."
    assert not stop.isEnabled() and stop.toolTip() == off
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.step_label.text() == "Step 1 of 30", timeout=10000)
    assert stop.isEnabled() and stop.toolTip().startswith("End the race here")
    click(qtbot, room, stop)
    assert not stop.isEnabled() and stop.toolTip() == off
    # a new race: Stop ends it. The race is held while Race is pressed (a loaded machine's worker ran all 30 steps
    # between the click and the look at Stop, which was rightly off again: the race was over)
    with room.session.access():
        click(qtbot, room, room.race_action)
        assert stop.isEnabled() and room.race_action.iconText() == "Pause"
    # over: the last step shown, and Stop off (the last snapshot can reach the GUI before the worker's word that
    # it has stopped, which turns Stop off)
    qtbot.waitUntil(lambda: room.step_label.text() == "Step 30 of 30" and not stop.isEnabled(), timeout=10000)
    assert room.session.finished and stop.toolTip() == off
    room.mode_actions["surface"].trigger()                # on the surface Stop shows the whole paths
    assert stop.isEnabled()


def test_a_contestant_the_app_named_after_its_optimizer_is_renamed_when_its_optimizer_changes(qtbot, make_room):
    """Add gave "Adam (2)"; switched to SGD it still read "Adam (2)" in the legends and the table."""
    room = make_room()
    panel = room.contestants_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    row = panel.rows[room.session.contestants[-1].key]
    assert row.name_edit.text() == "Adam (2)"

    def choose(optimizer):
        row.optimizer_combo.setCurrentIndex(row.optimizer_combo.findData(optimizer))
        row.optimizer_combo.activated.emit(row.optimizer_combo.currentIndex())
    choose("sgd")
    assert row.name_edit.text() == "SGD (2)"
    choose("rmsprop")
    assert row.name_edit.text() == "RMSprop"
    row.name_edit.setText("Mine")                       # a name the learner gave stays
    row.name_edit.editingFinished.emit()
    choose("adagrad")
    assert row.name_edit.text() == "Mine"


def test_a_learning_rate_can_be_typed_as_the_box_shows_it(qtbot, make_room):
    """The box shows 3e-05, but typing "1e-05" gave η = 10 (Qt's box drops the e and the minus)."""
    room = make_room()
    spin = room.contestants_panel.rows[room.session.contestants[0].key].lr_spin
    spin.setValue(3e-5)
    assert spin.text() == "η = 3e-05"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "1e-05")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "η = 1e-05" and room.session.contestants[0].lr == pytest.approx(1e-5)
    spin.selectAll()
    qtbot.keyClicks(spin, "0.25x")                        # (not a number: the x is refused)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.text() == "η = 0.25" and room.session.contestants[0].lr == pytest.approx(0.25)


def test_a_presets_contestant_is_renamed_when_its_optimizer_changes(qtbot, make_room):
    """The lecture's "Momentum" switched to Adagrad still read "Momentum"."""
    room = make_room()
    panel = room.contestants_panel
    panel.apply_preset("lecture")
    row = panel.rows[room.session.contestants[1].key]
    assert row.name_edit.text() == "Momentum"
    row.optimizer_combo.setCurrentIndex(row.optimizer_combo.findData("adagrad"))
    row.optimizer_combo.activated.emit(row.optimizer_combo.currentIndex())
    assert row.name_edit.text() == "Adagrad (2)"           # (the lecture has an Adagrad)


def test_a_length_below_the_steps_taken_is_refused_and_says_to_restart(qtbot, make_room):
    """Length 20 while paused at step 38 showed "Step 38 of 20", and Race then said the race was over."""
    room = make_room(length=400)
    messages = []
    room.statusMessage.connect(lambda text, _ms: messages.append(text))
    room.speed_combo.setCurrentIndex(room.speed_combo.findData(300))
    room.worker.step(30)
    qtbot.waitUntil(lambda: room.step_label.text() == "Step 30 of 400", timeout=10000)
    spin = room.settings_card.length_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert messages[-1] == "The race has run 30 steps: a length of at least 30, or Restart (R) first to race fewer " \
                           "steps."
    assert spin.value() == 400 and room.step_label.text() == "Step 30 of 400"
    spin.selectAll()
    qtbot.keyClicks(spin, "30")                           # as long as it has run: the race is over
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert room.step_label.text() == "Step 30 of 30"
    click(qtbot, room, room.restart_action)
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert room.step_label.text() == "Step 0 of 20"


def test_restart_keeps_the_results_rows_showing_dashes_at_once(qtbot, make_room):
    """On Restart the results table went empty until the next snapshot brought its rows back with dashes."""
    room = make_room(length=30)
    room.step_action.trigger()
    qtbot.waitUntil(lambda: room.table.cell_text(1, 3) not in ("", "–"), timeout=10000)
    click(qtbot, room, room.restart_action)
    table = room.table
    assert table.table.rowCount() == 2
    assert [table.cell_text(r, 0) for r in range(2)] == ["SGD", "Adam"]
    assert {table.cell_text(r, c) for r in range(2) for c in range(3, table.table.columnCount())} == {"–"}
    qtbot.waitUntil(lambda: room.dispatcher.latest.step == 0 and not room.dispatcher.stale_views(), timeout=5000)
    assert table.table.rowCount() == 2 and table.cell_text(0, 3) == "–"


def test_many_seeds_stopped_early_show_not_reached_at_the_steps_raced(qtbot, make_room):
    """Stopped at step 1700 of 20000, the steps-to-target plot kept its axis to 20000: the dots sat squeezed at
    its left and "not reached" meant "in 20000 steps"."""
    room = make_room(length=20000, seeds=5, mode="seeds", target_loss=0.1)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.step >= 200, timeout=10000)
    click(qtbot, room, room.stop_action)
    steps = room.session.step
    assert steps < 20000
    plot = room.steps_plot
    # (no snapshot may have come yet: the sweep's first chunks can pass step 200 before the first is drawn)
    qtbot.waitUntil(lambda: (latest := room.dispatcher.latest) is not None and latest.phase == "finished"
                    and not room.dispatcher.stale_views(), timeout=5000)
    assert plot.never_line.value() == steps
    low, high = plot.plot.getViewBox().viewRange()[0]
    assert low == 0 and steps < high < 1.2 * steps
    click(qtbot, room, room.restart_action)               # a new race: "not reached" in its length again
    room.worker.step(1)
    qtbot.waitUntil(lambda: room.dispatcher.latest.phase == "racing" and room.dispatcher.latest.step > 0
                    and not room.dispatcher.stale_views(), timeout=5000)
    assert plot.never_line.value() == 20000


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_surface_title_is_whole_in_the_surface_box(qtbot, make_room, lang):
    """The box was 18 characters wide: "Network loss along two weights" read "Network loss along two weig"."""
    from nnstudio.app import language
    assert language.set_language(lang)
    try:
        room = make_room()
        room.mode_actions["surface"].trigger()
        combo = room.surface_page.surface_combo
        qtbot.waitUntil(combo.isVisible, timeout=5000)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text_rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField, combo)
        for i in range(combo.count()):
            assert combo.fontMetrics().horizontalAdvance(combo.itemText(i)) <= text_rect.width(), combo.itemText(i)
    finally:
        language.set_language("en")


def test_same_learning_rate_after_each_tuned_gives_the_rates_the_learner_set_back(qtbot, make_room):
    """Back to Same learning rate after Each tuned, every contestant kept its tuned rate (SGD η = 1): the rates
    the learner had set (0.1, 0.01) were lost, though Same learning rate races "with the rate you set"."""
    room = make_room(length=30, tune_steps=20, contestants={"SGD": {"name": "sgd", "lr": 0.1},
                                                            "Adam": {"name": "adam", "lr": 0.01},
                                                            "RMS": {"name": "rmsprop", "lr": 0.001}})
    combo = room.settings_card.comparison_combo

    def compare(key):
        combo.setCurrentIndex(combo.findData(key))
        combo.activated.emit(combo.currentIndex())
    compare("tuned")
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished, timeout=10000)
    spins = [room.contestants_panel.rows[c.key].lr_spin for c in room.session.contestants]
    qtbot.waitUntil(lambda: spins[0].cleanText() != "0.1", timeout=5000)
    tuned = [spin.cleanText() for spin in spins]
    spins[2].setValue(0.005)                              # a rate set after the tuning is the learner's
    compare("same")
    assert [spin.cleanText() for spin in spins] == ["0.1", "0.01", "0.005"]
    assert tuned[:2] != ["0.1", "0.01"]
    room.step_action.trigger()
    # (every view shows the new race's step 1: until then the table may still show the tuned race's rates)
    qtbot.waitUntil(lambda: room.session.step == 1 and room.dispatcher.latest.step == 1
                    and not room.dispatcher.stale_views(), timeout=10000)
    assert [room.table.cell_text(r, 2) for r in range(3)] == ["0.1", "0.01", "0.005"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_race_says_how_it_ended_within_the_status_bar_of_a_1024x600_screen(qtbot, monkeypatch, errors,
                                                                               window_in, language):
    """In Korean the status bar cut 'the race is over' and 'the tuning stopped' before their last words (beside
    the progress bar and the step readout, under Xvfb at 1024×600)."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    bar = w.statusBar()
    messages = []
    bar.messageChanged.connect(lambda text: text and messages.append(text))

    def fits():
        free = bar.width() - room.status_readouts().width() - 20        # (the bar's margins and size grip)
        return bar.fontMetrics().horizontalAdvance(messages[-1]) <= free, (messages[-1], free)
    room.session.set_settings(length=3)
    click(qtbot, room, room.race_action)                   # a race to its end
    qtbot.waitUntil(lambda: room.session.finished and bool(messages), timeout=10000)
    assert fits()[0], fits()[1]
    click(qtbot, room, room.restart_action)
    room.session.set_settings(length=100_000)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.step > 0, timeout=10000)
    click(qtbot, room, room.stop_action)                   # stopped
    assert fits()[0], fits()[1]
    room.session.set_settings(comparison="tuned")
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.phase == "tuning", timeout=10000)
    click(qtbot, room, room.stop_action)                   # stopped while tuning
    assert fits()[0], fits()[1]
    room.shutdown(5000)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_race_fits_a_1024x600_screen_and_its_table_scrolls(qtbot, monkeypatch, errors, window_in, language):
    """After a step the race needed a window 615 px high (625 in Korean), more than a 1024×600 screen has: the
    results' table kept 150 px. It gives way now: its titles and two rows show, the others scroll into view."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    click(qtbot, room, room.step_action)
    table = room.table.table
    qtbot.waitUntil(lambda: table.rowCount() == 3 and room.table.cell_text(0, 3) != "–", timeout=10000)
    qtbot.wait(50)                     # (the layout settles)
    assert w.width() <= 1024 and w.height() <= 600, w.size()
    assert room.table.export_button.isVisible() and whole_rows(table) >= 2
    table.scrollToItem(table.item(2, 0))
    assert table.visualItemRect(table.item(2, 0)).bottom() <= table.viewport().height()
    room.shutdown(5000)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("count", [6, 8])
def test_six_or_eight_contestants_fit_a_1024x600_screen(qtbot, monkeypatch, errors, window_in, language, count):
    """With six or more contestants the race needed a window 606 px high (648 with eight): the legends' rows of
    the loss and the step-size plots. The step-size plot's legend gives way on a short screen (the loss plot's
    legend right above names the same colours); the plots keep their labels, the table two rows, the toolbar its
    buttons."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    for _ in range(count - len(room.session.contestants)):
        qtbot.mouseClick(room.contestants_panel.add_button, Qt.MouseButton.LeftButton)
    click(qtbot, room, room.step_action)
    table = room.table.table
    qtbot.waitUntil(lambda: table.rowCount() == count and room.table.cell_text(0, 3) != "–"
                    and not room.dispatcher.stale_views(), timeout=10000)
    qtbot.wait(50)                     # (the layout settles)
    assert w.width() <= 1024 and w.height() <= 600, w.size()
    assert room.table.export_button.isVisible() and whole_rows(table) >= 2
    for action in room.race_actions:
        button = room.toolbar.widgetForAction(action)
        assert button.isVisible() and button.mapTo(w, button.rect().bottomRight()).x() <= w.width()
    axis = room.step_plot.plot.getAxis("left")
    text = axis.label.boundingRect().width() - 2 * axis.label.document().documentMargin()
    assert text <= axis.geometry().height()
    assert room.loss_plot.loss_plot.getViewBox().height() >= 60
    room.shutdown(5000)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_step_size_legend_shows_wherever_it_fits(qtbot, monkeypatch, errors, window_in, language, size):
    """The step-size plot's legend hid in any room lower than a fixed 560 px: on a 1024×600 screen the race's
    three contestants had no legend although the room had 61 px to spare (and hidden, the legend counted one name
    a row). It shows now wherever the room has its height to spare: the plot keeps its label, the table two rows,
    the window the screen's size."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, *size)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(*size)
    click(qtbot, room, room.step_action)
    table = room.table.table
    qtbot.waitUntil(lambda: table.rowCount() == 3 and room.table.cell_text(0, 3) != "–"
                    and not room.dispatcher.stale_views(), timeout=10000)
    legend = room.step_plot.legend_view
    qtbot.waitUntil(legend.isVisible, timeout=2000)
    qtbot.wait(50)                     # (the layout settles)
    assert w.width() <= size[0] and w.height() <= size[1], w.size()
    assert legend.height() < 30                                    # one row: SGD, momentum, Adam side by side
    axis = room.step_plot.plot.getAxis("left")
    text = axis.label.boundingRect().width() - 2 * axis.label.document().documentMargin()
    assert text <= axis.geometry().height()
    assert whole_rows(table) >= 2 and room.loss_plot.loss_plot.getViewBox().height() >= 60
    room.shutdown(5000)
    w.close()


def test_the_saved_picture_of_the_results_holds_every_row_and_column(qtbot, make_room, tmp_path):
    """Save table as PNG saved the dock's view: on a short screen the picture of six contestants held three rows
    and cut the last columns. It holds the whole table now, and the table on the screen is as it was."""
    from PySide6.QtGui import QImage
    room = make_room(LECTURE, length=20)
    click(qtbot, room, room.race_action)
    table = room.table.table
    qtbot.waitUntil(lambda: room.session.finished and table.rowCount() == 6 and not room.dispatcher.stale_views(),
                    timeout=10000)
    room.resize(900, 600)
    room.resizeDocks([room.table_dock], [130], Qt.Orientation.Vertical)     # a short dock: the rows scroll
    qtbot.waitUntil(lambda: whole_rows(table) < 6, timeout=5000)      # (once the layout settles: slow when busy)
    table.verticalScrollBar().setValue(1)
    shown = (table.size(), table.verticalScrollBar().value())
    room.table.export_png(tmp_path / "results.png")
    image = QImage(str(tmp_path / "results.png"))
    header = table.horizontalHeader()
    assert image.height() >= header.height() + sum(table.rowHeight(r) for r in range(6))
    assert image.width() >= sum(header.sectionSize(c) for c in range(table.columnCount() - 1))
    assert (table.size(), table.verticalScrollBar().value()) == shown
    with pytest.raises(OSError, match="missing"):                   # a folder that is not there: the same screen
        room.table.export_png(tmp_path / "missing" / "results.png")
    assert (table.size(), table.verticalScrollBar().value()) == shown
    assert table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


@pytest.mark.parametrize("language", ["en", "ko"])
def test_many_seeds_show_whole_on_a_1024x600_screen(qtbot, monkeypatch, errors, window_in, language):
    """The lecture's five optimizers over many seeds on a 1024×600 screen: the steps-to-target plot was laid out
    wider than its view and cut at its edge — its title ("Steps to 100 % accuracy (5"), the column of seeds that
    never reached it with its "not reached", the axis past 200; once the view gave it that width, the band plot's
    legend kept the width of four columns for three and cut "Adagrad". Both show whole now."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    room.mode_actions["seeds"].trigger()
    room.contestants_panel.preset_actions["lecture"].trigger()
    room.settings_card.length_spin.setValue(100)
    room.settings_card.seeds_spin.setValue(3)
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.session.finished and not room.dispatcher.stale_views(), timeout=30000)
    qtbot.wait(50)                     # (the layout settles)
    assert w.width() <= 1024 and w.height() <= 600, w.size()
    plot = room.steps_plot
    right = plot.widget.width()
    assert plot.plot.titleLabel.sceneBoundingRect().right() <= right
    assert plot.never_label.sceneBoundingRect().right() <= right
    assert plot.plot.getViewBox().sceneBoundingRect().right() <= right
    strip = room.seed_plot.legend_view
    names = [label.text for _, label in strip.legend.items]
    assert names == [c.name for c in room.session.contestants]
    for _, label in strip.legend.items:
        assert label.item.sceneBoundingRect().right() <= strip.width(), label.text
    room.shutdown(5000)
    w.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_step_size_legend_gives_the_table_its_rows_back(qtbot, monkeypatch, errors, window_in, language):
    """The lecture's five, Each tuned, on a 1024×600 screen: the step-size legend took its rows' height from the
    table at the first step; when the note of Each tuned then took three lines, the table kept one row of five. The
    legend gives way now and the table gets back what it had: its two rows at least. The note takes two lines at
    most (it took three in English, a row of the table): where the whole note would take more, a short one shows
    and its tooltip holds the whole (the weights' and batches' fingerprints), and the table keeps three rows whole
    with all its columns."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    room.contestants_panel.preset_actions["lecture"].trigger()
    combo = room.settings_card.comparison_combo
    combo.setCurrentIndex(combo.findData("tuned"))
    combo.activated.emit(combo.currentIndex())
    room.settings_card.length_spin.setValue(100)
    room.settings_card.tune_spin.setValue(50)
    click(qtbot, room, room.race_action)
    table = room.table.table
    qtbot.waitUntil(lambda: room.session.finished and table.rowCount() == 5 and not room.dispatcher.stale_views(),
                    timeout=30000)
    qtbot.waitUntil(lambda: whole_rows(table) >= 3, timeout=2000)
    assert w.width() <= 1024 and w.height() <= 600, w.size()
    note = room.table.note
    assert note.height() < 3 * note.fontMetrics().lineSpacing(), note.text()
    whole = note.toolTip() or note.text()
    assert "50" in note.text() and "100" in note.text()              # the tuning's and the race's steps
    assert room.dispatcher.latest.weights_fingerprint in whole
    if language == "en":
        assert note.text() == "Each tuned: best of 7 rates, 50 steps each. Same start, same batches, 100 steps."
        assert whole.startswith("Each tuned: every contestant tried the same 7 learning rates")
    axis = room.step_plot.plot.getAxis("left")
    text = axis.label.boundingRect().width() - 2 * axis.label.document().documentMargin()
    assert text <= axis.geometry().height()
    room.shutdown(5000)
    w.close()


def test_the_saved_step_size_plot_names_its_colours_where_the_screen_hid_its_legend(qtbot, monkeypatch, errors,
                                                                                    window_in, tmp_path):
    """Eight contestants on a 1024×600 screen: the step-size plot's legend gives way (the loss plot's above it names
    the colours), and Save plot as PNG saved the plot without it: eight colours and no names. The picture has its
    legend now; the screen stays as it was."""
    from PySide6.QtGui import QColor, QImage
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in("en", 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    for _ in range(8 - len(room.session.contestants)):
        qtbot.mouseClick(room.contestants_panel.add_button, Qt.MouseButton.LeftButton)
    click(qtbot, room, room.step_action)
    qtbot.waitUntil(lambda: room.table.table.rowCount() == 8 and not room.dispatcher.stale_views(), timeout=10000)
    qtbot.wait(50)                     # (the layout settles)
    plot = room.step_plot
    assert not plot.legend_view.isVisible()
    shown = plot.plot.getViewBox().size()
    plot.export_png(tmp_path / "steps.png")
    image = QImage(str(tmp_path / "steps.png"))
    scale = plot.widget.devicePixelRatioF()          # (a 200 % screen saves twice the pixels each way)
    assert image.height() > (plot.widget.height() + plot.legend_view.height() - 2) * scale
    top = {QColor(image.pixel(x, y)).getRgb()[:3] for y in range(round(plot.legend_view.height() * scale))
           for x in range(image.width())}
    for c in room.session.contestants:                   # each name's coloured line
        rgb = contestant_rgb(c.color)
        assert any(max(abs(a - b) for a, b in zip(rgb, pixel)) <= 8 for pixel in top), c.name
    assert not plot.legend_view.isVisible() and plot.plot.getViewBox().size() == shown
    with pytest.raises(OSError, match="missing"):                   # a folder that is not there: the same screen
        plot.export_png(tmp_path / "missing" / "steps.png")
    assert not plot.legend_view.isVisible() and plot.plot.getViewBox().size() == shown
    room.shutdown(5000)
    w.close()


# -- the race room comes back as the learner left it ------------------------------------------------------------------
def what_the_room_shows(room) -> dict:
    """The set-up as the learner sees it: every contestant's row, the mode, the settings card, the network card and
    the surface race's controls."""
    rows = []
    for c in room.session.contestants:
        row = room.contestants_panel.rows[c.key]
        rows.append((row.name_edit.text(), row.optimizer_combo.currentText(), row.lr_spin.text(),
                     row.visible_check.isChecked(), row.color_button.icon().pixmap(14, 14).toImage().pixelColor(7, 7)
                     .getRgb()[:3]))
    card, page = room.settings_card, room.surface_page
    return {"rows": rows, "mode": room.mode_combo.currentText(), "page": room.pages.currentWidget(),
            "compare": card.comparison_combo.currentText(), "target": (card.target_check.isChecked(),
                                                                        card.target_spin.text()),
            "steps": card.length_spin.text(), "seeds": card.seeds_spin.text(), "tuning": card.tune_spin.text(),
            "network": room.template_card.description.text(),
            "surface": (page.surface_combo.currentText(), page.kappa_spin.text(), page.steps_spin.text(),
                        page.noise_spin.text())}


def choose(combo, data) -> None:
    """Pick the item with ``data`` as a learner does (``activated`` is what the cards listen to)."""
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_race_room_comes_back_as_the_learner_left_it(qtbot, monkeypatch, errors):
    """A race's set-up was lost when NN Studio closed: the next start showed SGD, Momentum and Adam on the studio's
    network again. Now the contestants (names, optimizers, rates, colours, shown or not), the mode, the settings, the
    network set up here and the surface race come back as they were left; the results do not (the race runs
    again)."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = shown_window(qtbot)
    w.show_room("race")
    room = w.current_room
    panel = room.contestants_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)               # Adam (2) at 0.01 ...
    row = panel.rows[room.session.contestants[-1].key]
    choose(row.optimizer_combo, "rmsprop")                                        # ... now RMSprop ...
    row.lr_spin.setValue(0.003)
    row.name_edit.setText("My RMSprop")                                           # ... named by the learner
    row.name_edit.editingFinished.emit()
    row.color_button.menu().actions()[7].trigger()                                # indigo
    panel.rows[room.session.contestants[0].key].visible_check.setChecked(False)   # SGD hidden
    card = room.settings_card
    card.length_spin.setValue(750)
    card.target_check.setChecked(True)
    card.target_spin.setValue(0.25)
    card.seeds_spin.setValue(12)
    choose(card.comparison_combo, "tuned")
    card.tune_spin.setValue(80)
    network = room.template_card                                                  # a network set up here
    choose(network.data_combo, "moons")
    network.hidden_edit.setText("8,4")
    network.hidden_edit.setModified(True)
    network.hidden_edit.editingFinished.emit()
    choose(network.activation_combo, "relu")
    network.batch_spin.setValue(16)
    choose(room.surface_page.surface_combo, "bowl")
    room.surface_page.kappa_spin.setValue(25.0)
    room.mode_actions["seeds"].trigger()
    left = what_the_room_shows(room)
    assert left["network"].startswith("2-8-4-1 relu on Moons") and "batches of 16" in left["network"]
    assert [r[0] for r in left["rows"]] == ["SGD", "Momentum", "Adam", "My RMSprop"] and not left["rows"][0][3]
    room.step_action.trigger()                # each tuned: the tuning runs, and each races at its best rate ...
    qtbot.waitUntil(lambda: room.session.tunings is not None, timeout=20000)
    qtbot.waitUntil(lambda: [r[2] for r in what_the_room_shows(room)["rows"]] != [r[2] for r in left["rows"]],
                    timeout=5000)             # ... but the rates remembered are the learner's (it tunes again)
    w.close()
    qtbot.waitUntil(lambda: not room.thread_running, timeout=10000)
    from nnstudio.app.settings import settings_path
    stored = json.loads(settings_path().read_text(encoding="utf-8"))["race/setup"]   # written as it closed
    assert [c["name"] for c in stored["contestants"]][3] == "My RMSprop" and stored["settings"]["length"] == 750

    again = shown_window(qtbot)                               # the next start
    again.show_room("race")
    back = again.current_room
    came_back = what_the_room_shows(back)
    assert came_back["page"] is back.seeds_page
    left["page"] = came_back["page"]
    assert came_back == left
    assert came_back["rows"][3][1:3] == ("RMSprop", "η = 0.003") and came_back["rows"][3][4] == contestant_rgb(7)
    assert back.session.phase == "idle" and back.step_label.text() == "Step 0 of 750"
    # the presets still replace it, and what they set is what the next start shows
    back.contestants_panel.preset_actions["lecture"].trigger()
    lecture = [r[0] for r in what_the_room_shows(back)["rows"]]
    assert lecture == ["SGD", "Momentum", "Adagrad", "RMSprop", "Adam"]
    again.close()
    qtbot.waitUntil(lambda: not back.thread_running, timeout=10000)
    third = RaceRoom(TrainingSession())
    qtbot.addWidget(third)
    assert [r[0] for r in what_the_room_shows(third)["rows"]] == lecture
    third.shutdown(5000)


GOOD_SETUP = {"version": 1,
              "contestants": [{"name": "Mine", "made_up": None, "config": {"name": "adam", "lr": 0.02},
                               "color": 3, "visible": True}],
              "settings": {"mode": "network", "comparison": "same", "length": 500, "target_loss": None, "seeds": 10,
                           "tune_steps": 200},
              "surface": {"name": "elongated", "kappa": 10.0, "start": None, "steps": 100, "noise": 0.0, "seed": 0},
              "template": None}


def damaged(path: str, value):
    """GOOD_SETUP with the entry at ``path`` ("settings.length", "contestants.0.config") replaced by ``value``."""
    import copy
    setup = copy.deepcopy(GOOD_SETUP)
    *parents, last = path.split(".")
    entry = setup
    for part in parents:
        entry = entry[int(part)] if isinstance(entry, list) else entry[part]
    entry[last] = value
    return setup


@pytest.mark.parametrize("entry", [
    "a race", [1, 2], {"version": 0}, damaged("version", 2), damaged("contestants", []),
    damaged("contestants.0.config", {"name": "adam", "lr": "fast"}),
    damaged("contestants.0.config", {"name": "no such optimizer"}),
    damaged("contestants.0.config", {"name": "adam", "lr": -1.0}), damaged("contestants.0.name", "  "),
    damaged("contestants.0.color", 99), damaged("contestants.0.visible", "yes"), damaged("settings.length", -5),
    damaged("settings.mode", "sprint"), damaged("settings.target_loss", "low"), damaged("surface.start", [1]),
    damaged("template", {"data": "moons", "hidden": [0], "activation": "tanh", "batch_size": 32, "seed": 0}),
    damaged("template", {"data": "nowhere", "hidden": [8], "activation": "tanh", "batch_size": 32, "seed": 0}),
    damaged("template", {"data": "moons", "hidden": [8], "activation": "softmax", "batch_size": 32, "seed": 0}),
    {**GOOD_SETUP, "speed": 7, "arrows": False}, {**GOOD_SETUP, "speed": True, "arrows": False},
    {**GOOD_SETUP, "speed": 30, "arrows": "yes"}, {**GOOD_SETUP, "speed": 30},
])
def test_a_damaged_or_older_remembered_race_gives_the_default_race_without_a_dialog(qtbot, errors, entry):
    from nnstudio.app.settings import SettingsWarning, open_settings

    open_settings().setValue("race/setup", GOOD_SETUP)       # (the good one comes back: the test can fail)
    room = RaceRoom(TrainingSession())
    qtbot.addWidget(room)
    assert [r[0] for r in what_the_room_shows(room)["rows"]] == ["Mine"]
    room.shutdown(5000)

    open_settings().setValue("race/setup", entry)
    with pytest.warns(SettingsWarning, match="the race's remembered set-up is not used"):
        room = RaceRoom(TrainingSession())
    qtbot.addWidget(room)
    shown = what_the_room_shows(room)
    assert [r[0] for r in shown["rows"]] == ["SGD", "Momentum", "Adam"]
    assert shown["mode"] == "Network race" and shown["steps"] == "2000" and shown["network"].startswith("2-2-1")
    assert not errors
    room.shutdown(5000)


def test_the_speed_and_the_surface_arrows_come_back_with_the_set_up_and_through_a_change_of_language(
        qtbot, monkeypatch, errors):
    """The Speed box and the surface race's Arrows box were not remembered: a learner who watched at 30 steps/s
    with arrows found full speed and no arrows at the next start (and after choosing another language). Now they
    come back with the set-up; an entry written before they were remembered still gives its race."""
    from nnstudio.app.settings import open_settings

    open_settings().setValue("race/setup", GOOD_SETUP)        # (an older entry: no speed, no arrows)
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = shown_window(qtbot)
    w.show_room("race")
    room = w.current_room
    assert [r[0] for r in what_the_room_shows(room)["rows"]] == ["Mine"]
    assert room.speed_combo.currentText() == "Full speed" and not room.surface_page.plot.arrows_check.isChecked()
    room.speed_combo.setCurrentIndex(room.speed_combo.findText("30 steps/s"))
    qtbot.mouseClick(room.surface_page.plot.arrows_check, Qt.MouseButton.LeftButton)
    assert w.choose_language("ko")                            # the rooms are rebuilt in Korean ...
    try:
        qtbot.waitUntil(lambda: w.current_room is not room, timeout=5000)
        korean = w.current_room
        assert korean.speed_combo.currentData() == 30 and korean.surface_page.plot.arrows_check.isChecked()
    finally:
        assert w.choose_language("en")
    qtbot.waitUntil(lambda: w.current_room is not korean, timeout=5000)
    w.close()
    qtbot.waitUntil(lambda: not w.current_room.thread_running, timeout=10000)

    again = RaceRoom(TrainingSession())                       # ... and the next start shows them
    qtbot.addWidget(again)
    again.show()
    assert [r[0] for r in what_the_room_shows(again)["rows"]] == ["Mine"]
    assert again.speed_combo.currentText() == "30 steps/s"
    assert again.surface_page.plot.arrows_check.isChecked()
    again.set_mode("surface")
    qtbot.waitUntil(lambda: np.size(again.surface_page.plot.gradient_arrows.getData()[0]) > 0,
                    timeout=5000)                              # (the grey −η·g arrows are drawn)
    assert not errors
    again.shutdown(5000)


def test_the_surface_race_opens_on_the_whole_paths_and_its_readout_and_table_say_where_each_ended(qtbot,
                                                                                                make_room):
    """The surface race drew every whole path while its readout said "step 0 of 100" and the table gave the
    start for everyone. It opens as the textbook draws it now: the whole paths (a dot at each of the 101 points)
    with the readout and the table at the end; Restart shows the start, Race animates the paths growing, Step on
    the whole paths shows the first step again, and a new rate while the whole paths are shown shows its whole
    new paths."""
    room = make_room()
    room.mode_actions["surface"].trigger()
    page, plot, table = room.surface_page, room.surface_page.plot, room.table
    assert "step 100 of 100" in plot.readout.text()
    assert set(plot.dots_shown().values()) == {101}
    assert table.note.text() == "Every contestant took the same 100 steps from the same start."
    paths = room.session.descents()
    for r, c in enumerate(room.session.contestants):
        assert table.cell_text(r, 3) == f"{paths[c.key].points[100][0]:.4g}"

    room.contestants_panel.rows[room.session.contestants[0].key].lr_spin.setValue(0.05)   # new paths: whole
    assert "step 100 of 100" in plot.readout.text() and set(plot.dots_shown().values()) == {101}
    page.steps_spin.setValue(80)
    assert "step 80 of 80" in plot.readout.text() and set(plot.dots_shown().values()) == {81}

    room.restart_action.trigger()                               # the start: one dot each
    assert "step 0 of 80" in plot.readout.text() and set(plot.dots_shown().values()) == {1}
    page.steps_spin.setValue(90)                                # (a change there keeps the start)
    assert "step 0 of 90" in plot.readout.text() and set(plot.dots_shown().values()) == {1}
    click(qtbot, room, room.race_action)                        # growing, step by step
    qtbot.waitUntil(lambda: 1 < max(plot.dots_shown().values()) < 91, timeout=5000)
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    assert "step 90 of 90" in plot.readout.text() and set(plot.dots_shown().values()) == {91}
    room.step_action.trigger()                                  # Step on the whole paths: the first step again
    assert "step 1 of 90" in plot.readout.text() and set(plot.dots_shown().values()) == {2}
    room.step_action.trigger()
    assert "step 2 of 90" in plot.readout.text()


# -- by keyboard ------------------------------------------------------------------------------------------------------


def test_tab_goes_through_the_race_room_as_it_reads(qtbot, monkeypatch, errors, window_in):
    """Tab went from the plots to the results table, where it stayed (Tab moved from cell to cell: 60 presses
    and no way out), then to the bottom of the side panel (the network's settings), up to the race's settings
    and Add, then to the contestants (each row's Duplicate last), and only then to the toolbar; it stopped three
    times on the loss plot (its legend, the loss, the accuracy) with nothing to show where the focus was, and a
    contestant added later came after everything else. Now it reads the room: the toolbar, the contestants row by
    row, Add, Presets, the race's settings, the network's, the plots, the table — and back, and Shift+Tab the
    other way."""
    import pyqtgraph as pg
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in("en", 1280, 800)
    w.race_action.trigger()
    room = w.room("race")
    panel = room.contestants_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)       # a row made after the room
    rows = [panel.rows[c.key] for c in room.session.contestants]
    stops = tab_round(qtbot, room.mode_combo)
    assert stops[:2] == [room.mode_combo, room.speed_combo]
    for row in rows:
        i = stops.index(row.color_button)
        assert stops[i:i + 8] == [row.color_button, row.visible_check, row.name_edit, row.duplicate_button,
                                  row.remove_button, row.optimizer_combo, row.lr_spin, row.more_button]
    settings, template = room.settings_card, room.template_card
    order = [rows[0].color_button, rows[-1].more_button, panel.add_button, panel.preset_button,
             settings.comparison_combo, settings.target_check, settings.length_spin, template.studio_button,
             template.own_box, room.step_plot.layer_combo, room.table.table]
    assert [stops.index(x) for x in order] == sorted(stops.index(x) for x in order)
    assert stops[-1] is room.table.table and stops.count(room.table.table) == 1
    assert all(x.isVisible() and room.isAncestorOf(x) and not isinstance(x, pg.GraphicsView) for x in stops)
    assert tab_round(qtbot, room.mode_combo, Qt.Key.Key_Backtab) == [stops[0], *reversed(stops[1:])]
    # More shows the optimizer's own settings: Tab goes through them before the next contestant
    rows[0].optimizer_combo.setCurrentIndex(rows[0].optimizer_combo.findData("sgd"))
    rows[0].more_button.setFocus()
    qtbot.keyClick(rows[0].more_button, Qt.Key.Key_Space)
    qtbot.waitUntil(rows[0].form.isVisible, timeout=2000)
    stops = tab_round(qtbot, room.mode_combo)
    i, j = stops.index(rows[0].more_button), stops.index(rows[1].color_button)
    assert j > i + 1 and all(rows[0].form.isAncestorOf(x) for x in stops[i + 1:j])
    room.shutdown(5000)
    w.close()


def test_space_opens_the_focused_box_and_races_elsewhere(qtbot, monkeypatch, errors, window_in):
    """Space on a box reached with Tab (the mode, Compare, a contestant's optimizer) started the race instead of
    opening the box's list: the box opens now, and Space still races from the results table."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in("en", 1280, 800)
    w.race_action.trigger()
    room = w.room("race")
    row = room.contestants_panel.rows[room.session.contestants[0].key]
    for box in (room.mode_combo, room.settings_card.comparison_combo, row.optimizer_combo):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.waitUntil(box.view().isVisible, timeout=2000)
        box.hidePopup()
        assert room.race_action.iconText() == "Race" and room.session.step == 0
    room.table.table.setFocus()
    qtbot.waitUntil(room.table.table.hasFocus, timeout=2000)
    qtbot.keyClick(room.table.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: room.session.step > 0, timeout=5000)
    room.race_action.trigger()                                   # pause
    room.shutdown(5000)
    w.close()


def test_space_races_as_soon_as_the_room_is_entered(qtbot, monkeypatch, errors, window_in):
    """Entering the race room left the keyboard focus on the loss plot's Reset view, which took the first Space
    (Race's key, as the toolbar says) for itself: the race did not start. The room has the focus now: Space races,
    Tab goes to the first control, the mode."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in("en", 1280, 800)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    w.race_action.trigger()
    room = w.room("race")
    # long enough not to end before the pause below: under load the 2,000 XOR steps could be over before the GUI
    # looked again (the pause then raced again and the button said Pause)
    room.session.set_settings(length=10_000_000)
    assert QApplication.focusWidget() is room
    qtbot.keyClick(room, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: room.session.step > 0, timeout=5000)
    room.race_action.trigger()                                   # pause
    assert room.race_action.iconText() == "Race"
    qtbot.keyClick(room, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is room.mode_combo
    w.show_room("studio")
    w.race_action.trigger()                                      # and again on coming back
    assert QApplication.focusWidget() is room
    qtbot.keyClick(room, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is room.table.table
    room.shutdown(5000)
    w.close()


def test_the_surface_race_start_is_chosen_by_keyboard(qtbot, make_room):
    """Choosing where the surface race starts needed a click on the surface. The start's x and y are fields now:
    Tab reaches them, the arrow keys step them (the marker and the paths follow), a typed number sets them, and
    Default start brings back the surface's own, which the fields show."""
    room = make_room()
    room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
    room.mode_combo.activated.emit(room.mode_combo.currentIndex())
    page = room.surface_page
    qtbot.mouseClick(page.figure_button, Qt.MouseButton.LeftButton)           # x²/20 + y² from (−7, 2)
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    x_spin, y_spin = page.start_x_spin, page.start_y_spin
    assert x_spin.isVisible() and y_spin.isVisible() and "arrow keys" in x_spin.toolTip()
    assert (x_spin.value(), y_spin.value()) == (-7.0, 2.0)
    stops = room.tab_stops()
    assert x_spin in stops and stops.index(y_spin) == stops.index(x_spin) + 1
    x_spin.setFocus()
    qtbot.waitUntil(x_spin.hasFocus, timeout=2000)
    ghost = page.plot._items[room.session.contestants[0].key]["ghost"]
    before = ghost.getData()[0].copy()
    qtbot.keyClick(x_spin, Qt.Key.Key_Up)
    start = room.session.surface_start()
    assert start[0] > -7.0 and start[1] == 2.0
    assert tuple(page.plot.start_marker.getData()[0]) + tuple(page.plot.start_marker.getData()[1]) \
        == pytest.approx((start[0], start[1]))
    assert ghost.getData()[0][0] == pytest.approx(start[0]) and not np.array_equal(ghost.getData()[0], before)
    y_spin.setFocus()
    y_spin.selectAll()
    qtbot.keyClicks(y_spin, "-1.5")
    qtbot.keyClick(y_spin, Qt.Key.Key_Return)
    assert room.session.surface_start() == pytest.approx((start[0], -1.5))
    assert page.start_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert (x_spin.value(), y_spin.value()) == (-7.0, 2.0)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_surface_settings_and_the_start_fields_fit_a_1024x600_screen(qtbot, monkeypatch, errors, window_in,
                                                                        language):
    """The start's x and y fields in the surface's settings row made the English window 1099 px wide, more than a
    1024×600 screen. The settings wrap onto a second line now: every field shows whole inside the page."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, 1024, 600)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(1024, 600)
    room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
    room.mode_combo.activated.emit(room.mode_combo.currentIndex())
    page = room.surface_page
    qtbot.waitUntil(lambda: page.plot.steps() > 0, timeout=10000)
    qtbot.wait(50)                     # (the layout settles)
    assert w.width() <= 1024 and w.height() <= 600, w.size()
    for field in (page.surface_combo, page.steps_spin, page.noise_spin, page.start_x_spin, page.start_y_spin):
        corner = field.mapTo(page, field.rect().bottomRight())
        assert field.isVisible() and corner.x() < page.width() and corner.y() < page.height(), field
    assert page.plot.widget.height() >= 120
    room.shutdown(5000)
    w.close()


def test_the_target_loss_and_the_noise_read_as_short_as_the_studios_fields(qtbot, make_room):
    """The race's Target loss read "0.1000" and the surface race's noise "noise: 0.000", padded where the studio's
    fields read 0.1 and 0. They read as short as they are now, take a typed number (an exponent too) within their
    limits, and show a project's value as it is."""
    room = make_room()
    card, page = room.settings_card, room.surface_page
    spin = card.target_spin
    assert spin.text() == "0.1"
    qtbot.mouseClick(card.target_check, Qt.MouseButton.LeftButton)
    assert room.session.settings.target_loss == pytest.approx(0.1)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2.5e-3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert room.session.settings.target_loss == pytest.approx(0.0025) and spin.text() == "0.0025"
    qtbot.keyClick(spin, Qt.Key.Key_Up)                   # a tenth of the leading digit
    assert spin.text() == "0.0026"
    assert (spin.minimum(), spin.maximum()) == (0.0001, 1000.0)
    room.session.set_settings(target_loss=0.123456)       # a project's target, as it is
    assert spin.text() == "0.123456"

    room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
    room.mode_combo.activated.emit(room.mode_combo.currentIndex())
    noise = page.noise_spin
    assert noise.text() == "noise: 0"
    qtbot.keyClick(noise, Qt.Key.Key_Up)
    assert room.session.surface_setup.noise == pytest.approx(0.001) and noise.text() == "noise: 0.001"
    noise.setFocus()
    noise.lineEdit().selectAll()
    qtbot.keyClicks(noise, "0.5")
    qtbot.keyClick(noise, Qt.Key.Key_Return)
    assert room.session.surface_setup.noise == pytest.approx(0.5) and noise.text() == "noise: 0.5"
    assert (noise.minimum(), noise.maximum()) == (0.0, 100.0)


# -- in a dark desktop theme ------------------------------------------------------------------------------------------
def contrast(first, second) -> float:
    """WCAG contrast ratio of two QColors (1 to 21)."""
    def luminance(c):
        return sum(w * (v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
                   for w, v in zip((0.2126, 0.7152, 0.0722), (c.redF(), c.greenF(), c.blueF())))
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_surface_readout_reads_on_its_white_canvas_in_a_dark_desktop_theme(qtbot, dark_desktop, make_room):
    """The readout under the loss surface ("step 100 of 100 ● SGD: f = …") stands on the surface's white canvas but
    took the palette's text colour: in a dark desktop theme light grey on white, 1.2 : 1. It has the plots' dark
    text now."""
    room = make_room()
    room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
    room.mode_combo.activated.emit(room.mode_combo.currentIndex())
    page = room.surface_page
    qtbot.mouseClick(page.figure_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.at_end, timeout=10000)
    readout = page.plot.readout
    assert "SGD: f = " in readout.text()
    canvas = readout.parentWidget()
    background = canvas.grab().toImage().pixelColor(readout.geometry().topLeft() + QPoint(1, 1))
    assert background.name() == "#ffffff"
    readout.ensurePolished()
    text = readout.palette().color(readout.foregroundRole())
    assert contrast(text, background) >= 4.5, text.name()


def test_every_contestants_colour_swatch_shows_on_a_dark_button(qtbot, dark_desktop, make_room):
    """The colour buttons' swatches of the darker contestants were dark squares on a dark desktop's dark buttons
    (black 1.9 : 1, indigo 1.1 : 1, blue 2.4 : 1): a light frame shows them now; the middle is the contestant's
    colour."""
    room = make_room()
    panel = room.contestants_panel
    for _ in range(6):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    for c in room.session.contestants:
        button = panel.rows[c.key].color_button
        image = button.icon().pixmap(14, 14).toImage()
        assert image.pixelColor(7, 7).getRgb()[:3] == contestant_rgb(c.color)
        behind = button.palette().color(button.backgroundRole())
        assert behind.lightness() < 80
        edge = [image.pixelColor(x, y) for x in range(14) for y in (0, 13)]
        assert max(contrast(pixel, behind) for pixel in edge + [image.pixelColor(7, 7)]) >= 3.0, c.name


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_a_colour_swatch_is_sharp_on_a_high_dpi_screen(qtbot, make_room, scale):
    """At 150 % and 200 % the colour button's swatch was its 14 px picture scaled up, its frame blurred into the
    colour. It is drawn for the screen's scale: as many pixels as the screen has, a sharp frame around a pure
    colour."""
    from PySide6.QtCore import QSize

    room = make_room()
    c = room.session.contestants[0]
    pixmap = room.contestants_panel.rows[c.key].color_button.icon().pixmap(QSize(14, 14), scale)
    assert pixmap.width() == round(14 * scale) and pixmap.devicePixelRatio() == scale
    image = pixmap.toImage()
    frame = round(scale)
    assert image.pixelColor(0, 0) == image.pixelColor(frame - 1, frame - 1) == QColor(200, 200, 200)
    middle = [image.pixelColor(x, x).getRgb()[:3] for x in range(frame, pixmap.width() - frame)]
    assert set(middle) == {contestant_rgb(c.color)}


SURFACE_CLICKS = """
import json
from nnstudio.app.race import RaceRoom
from nnstudio.session.race import RaceSession, RaceSettings, RaceTemplate
from nnstudio.session.session import TrainingSession

template = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3)
session = RaceSession(template, {"SGD": {"name": "sgd", "lr": 0.1}}, RaceSettings(length=400))
room = RaceRoom(TrainingSession(), session=session)
room.resize(1100, 700)
room.show()
room.start()
room.mode_combo.setCurrentIndex(room.mode_combo.findData("surface"))
room.mode_combo.activated.emit(room.mode_combo.currentIndex())
plot = room.surface_page.plot
QTest.qWait(200)
clicks = []
for x, y in ((3.0, -2.0), (-5.5, 1.25)):
    point = plot.widget.mapFromScene(plot.view.mapViewToScene(QPointF(x, y)))
    QTest.mouseClick(plot.widget.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    marker = plot.start_marker.getData()
    clicks.append([list(room.session.surface_start()), [float(marker[0][0]), float(marker[1][0])]])
image = plot.widget.grab()
print(json.dumps({"clicks": clicks, "ratio": image.devicePixelRatio(), "pixels": image.width(),
                  "width": plot.widget.width()}))
room.shutdown(5000)
"""


@pytest.mark.parametrize("scale", [1.5, 2])
def test_a_click_on_the_surface_starts_there_on_a_high_dpi_screen(tmp_path, scale):
    """On a 150 % or 200 % screen a click on the loss surface starts the race where the mouse is, the ring drawn
    there, and the surface is drawn with every pixel the screen has."""
    from tests.app.scaled import run_scaled

    seen = run_scaled(scale, SURFACE_CLICKS, tmp_path)
    for (start, marker), wanted in zip(seen["clicks"], ((3.0, -2.0), (-5.5, 1.25))):
        assert start == pytest.approx(wanted, abs=0.05) and marker == pytest.approx(start)
    assert seen["ratio"] == scale and seen["pixels"] == round(seen["width"] * scale)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_the_results_columns_fit_the_tables_width_on_a_laptop(qtbot, monkeypatch, errors, window_in, language,
                                                               size):
    """The lecture's five, Each tuned, target loss set: at 1366×768 the Tuned rate column ended ~35 px past the
    table's edge (a horizontal scroll bar, 'the largest tried' out of view). The columns fit the table's width now;
    a cell too narrow for its text elides it and its tooltip holds the whole text."""
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = window_in(language, *size)
    w.race_action.trigger()
    room = w.room("race")
    room.default_layout(*size)
    room.contestants_panel.preset_actions["lecture"].trigger()
    combo = room.settings_card.comparison_combo
    combo.setCurrentIndex(combo.findData("tuned"))
    combo.activated.emit(combo.currentIndex())
    room.settings_card.target_check.setChecked(True)         # (two columns more: steps and seconds to it)
    room.settings_card.length_spin.setValue(60)
    room.settings_card.tune_spin.setValue(20)
    click(qtbot, room, room.race_action)
    table = room.table.table
    qtbot.waitUntil(lambda: room.session.finished and table.rowCount() == 5 and not room.dispatcher.stale_views(),
                    timeout=30000)
    qtbot.wait(50)                     # (the layout settles)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width(), (header.length(), table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if table.sizeHintForIndex(table.model().index(r, c)).width() >= header.sectionSize(c):  # cut: its tooltip
                assert item.text() in item.toolTip(), (item.text(), item.toolTip())
    tuned = table.columnCount() - 1                      # (the last column: Tuned rate)
    rate = table.item(0, tuned).text().split()[0]
    assert metrics.horizontalAdvance(rate) < header.sectionSize(tuned)       # the rate itself shows
    room.shutdown(5000)
    w.close()


def test_the_set_up_here_is_greyed_while_the_race_runs_on_the_studios_network(qtbot, window):
    """'Or set up here' showed Spiral and 16,16 in full colour while the race ran on the studio's XOR network: a
    learner read them as what was raced. They are greyed now, under an unticked 'Or set up here', until it is
    ticked: then the race runs on them; unticked, on the studio's network again."""
    w = window
    w.show_room("race")
    race = w.current_room
    card = race.template_card
    fields = (card.data_combo, card.hidden_edit, card.activation_combo, card.batch_spin, card.seed_spin)
    assert race.session.template.source == "studio" and card.description.text().endswith("From the studio.")
    assert not card.own_box.isChecked() and not any(f.isEnabled() for f in fields)
    def click_the_tick():
        from PySide6.QtWidgets import QStyleOptionGroupBox
        option = QStyleOptionGroupBox()
        card.own_box.initStyleOption(option)
        box = card.own_box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                                  QStyle.SubControl.SC_GroupBoxCheckBox, card.own_box)
        qtbot.mouseClick(card.own_box, Qt.MouseButton.LeftButton, pos=box.center())
    click_the_tick()                                               # ticked: the race runs on the set-up here
    assert card.own_box.isChecked() and all(f.isEnabled() for f in fields)
    assert race.session.template.source == "own" and card.description.text().endswith("Set up here.")
    assert race.session.template.data_key == card.data_combo.currentData()
    click_the_tick()                                               # unticked: the studio's network again
    assert not card.own_box.isChecked() and not any(f.isEnabled() for f in fields)
    assert race.session.template.source == "studio" and race.session.template.spec == w.session.spec


def test_a_path_that_leaves_the_surface_shows_where_it_went(qtbot, make_room):
    """On the loss surface a high rate sent SGD's path far off the plotted area and its marker was lost with it.
    Its marker stays now at the plot's edge, a triangle pointing where it went, and the readout says it is off the
    plot; the plot's range stays."""
    room = make_room()
    room.mode_actions["surface"].trigger()
    plot = room.surface_page.plot
    before = plot.view.viewRange()
    xmin, xmax, ymin, ymax = plot._extent
    room.contestants_panel.rows[room.session.contestants[0].key].lr_spin.setValue(1.01)   # y swings ever wider
    qtbot.waitUntil(lambda: "step 100 of 100" in plot.readout.text()
                    and abs(room.session.descents()[room.session.contestants[0].key].points[100][1]) > ymax,
                    timeout=5000)
    spots = plot.markers.points()
    assert len(spots) == 2
    for spot in spots:
        assert xmin <= spot.pos().x() <= xmax and ymin <= spot.pos().y() <= ymax      # every marker on the plot
    end = room.session.descents()[room.session.contestants[0].key].points[100]
    pointing = {"t1": end[1] > ymax, "t": end[1] < ymin, "t2": end[0] > xmax, "t3": end[0] < xmin}
    assert pointing.get(spots[0].symbol()) and spots[1].symbol() == "o"     # SGD's points out where it went
    sgd, adam = plot.readout_lines()
    assert sgd.startswith("SGD: f = ") and "off the plot" in sgd and "off the plot" not in adam
    assert plot.view.viewRange() == before and plot.off_plot() == ["SGD"]


def test_a_column_the_learner_widened_keeps_its_width_while_the_race_runs(qtbot, make_room):
    """The columns fit the table's width when its shape or its widest texts change, not at every step: a column
    the learner dragged wider to read a long optimizer went back at the next snapshot."""
    room = make_room(length=100_000)
    table = room.table.table
    click(qtbot, room, room.race_action)
    qtbot.waitUntil(lambda: room.table.cell_text(0, 3) != "–", timeout=10000)
    header = table.horizontalHeader()
    wider = header.sectionSize(1) + 60
    header.resizeSection(1, wider)                       # as a drag of the title's edge does
    step = room.session.step
    qtbot.waitUntil(lambda: room.session.step > step + 50 and not room.dispatcher.stale_views(), timeout=10000)
    qtbot.wait(300)                                      # (several snapshots drawn)
    assert header.sectionSize(1) == wider
    click(qtbot, room, room.race_action)
