"""Take the README's screenshots from the real app under Xvfb (re-run after GUI changes).

    python resources/screenshots/capture.py                 # every shot, each in its own Xvfb server
    python resources/screenshots/capture.py spiral pad      # some of them
    NNSTUDIO_SHOT_SCREEN=1366x768 NNSTUDIO_SHOT_DIR=/tmp python resources/screenshots/capture.py studio
    NNSTUDIO_LANG=ko NNSTUDIO_SHOT_DIR=/tmp python resources/screenshots/capture.py studio pad   # in Korean

Needs xvfb-run and ImageMagick (``apt-get install xvfb imagemagick``); no dataset files (the pad uses the shipped
model). Each shot starts NN Studio with an empty settings folder (the first-start layout; a 1600×1000 screen unless
NNSTUDIO_SHOT_SCREEN says otherwise), drives the window as a user would (dataset, network, Run), waits until the
training has got somewhere and every view shows it, and grabs the window with ``import -window root`` (cropped).
Shots: studio (XOR solved), spiral (a deeper tanh net partly trained), vanishing (a deep sigmoid net: the
gradient view), pad (the drawing pad with a drawn digit and its prediction), mnist (the studio training MNIST;
needs the MNIST files, found as everywhere else, e.g. through NNSTUDIO_DATA), sine (a 1-D regression: the
network's output curve over the data), race (the optimizer race room: the lecture's five optimizers and Adam at 0.03
racing copies of a 2-16-16-1 tanh network on the spirals), surface (the race room's loss surface: the textbook
figure, SGD, momentum, AdaGrad and Adam on x²/20 + y² from (−7, 2): the book's 30 points, with the step arrows),
backprop (the lessons' backprop stepper on the lecture's graph: the forward pass and three backward steps, up to
∂f/∂w = 5), vanishing_lesson (the vanishing-gradient lesson after Nielsen's experiment; needs the MNIST files).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(os.environ.get("NNSTUDIO_SHOT_DIR", Path(__file__).resolve().parent))
SCREEN = tuple(int(v) for v in os.environ.get("NNSTUDIO_SHOT_SCREEN", "1600x1000").split("x"))
MAX_BYTES = 300_000
SHOTS = ("studio", "spiral", "vanishing", "pad", "mnist", "sine", "race", "surface", "backprop",
         "vanishing_lesson")


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--in-xvfb":
        return run_shot(argv[1])
    shots = argv or list(SHOTS)
    unknown = [s for s in shots if s not in SHOTS]
    if unknown:
        print(f"unknown shot(s) {', '.join(unknown)}; choose from {', '.join(SHOTS)}", file=sys.stderr)
        return 2
    HERE.mkdir(parents=True, exist_ok=True)
    for shot in shots:
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24", sys.executable, __file__,
               "--in-xvfb", shot]
        print("$", " ".join(cmd), flush=True)
        if subprocess.run(cmd).returncode != 0:
            print(f"{shot}: failed", file=sys.stderr)
            return 1
        path = HERE / f"{shot}.png"
        print(f"{path.name}: {path.stat().st_size / 1000:.0f} KB", flush=True)
    return 0


# ---------------------------------------------------------------------------------------------------------------
# inside the Xvfb server
# ---------------------------------------------------------------------------------------------------------------
def grab(path: Path, window=None) -> None:
    """The X screen (or only ``window``'s area) as PNG, shrunk in colours if it is over MAX_BYTES."""
    cmd = ["import", "-window", "root"]
    if window is not None:
        g = window.frameGeometry()
        cmd += ["-crop", f"{g.width()}x{g.height()}+{g.x()}+{g.y()}", "+repage"]
    subprocess.run(cmd + [str(path)], check=True)
    if path.stat().st_size > MAX_BYTES:
        # plots and heatmaps are smooth gradients: 256 dithered colours keep them readable at a third the size
        subprocess.run(["convert", str(path), "-dither", "FloydSteinberg", "-colors", "256", str(path)],
                       check=True)


def run_shot(shot: str) -> int:
    home = tempfile.mkdtemp(prefix="nnstudio-shot-")     # first start: the default layout, no remembered choices
    os.environ["NNSTUDIO_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from nnstudio.app import collect_garbage_in_gui_thread, configure_process, dialogs
    from nnstudio.app.language import requested_language, set_language
    from nnstudio.app.main_window import MainWindow

    configure_process()
    collect_garbage_in_gui_thread(app)
    set_language(requested_language())      # NNSTUDIO_LANG=ko takes the shots in Korean

    dialogs.ask_save_changes = lambda *args: "discard"     # closing the scripted window asks nothing
    w = MainWindow(offer_restore=False)
    w.show()
    state = {"ticks": 0}

    def finish(target=None) -> None:
        grab(HERE / f"{shot}.png", target or w)
        if w.pad is not None:
            w.pad.close()
        w.close()
        app.quit()

    def set_speed(steps_per_second: int) -> None:
        w.studio.speed_combo.setCurrentIndex(w.studio.speed_combo.findData(steps_per_second))

    def choose(key: str) -> None:
        combo = w.studio.panel.dataset_combo
        combo.setCurrentIndex(combo.findData(key))
        combo.activated.emit(combo.currentIndex())

    def hidden_layers(units: list[int], activation: str) -> None:
        """Shape the hidden layers with the editor's own undoable edits (as the + buttons do)."""
        ed = w.studio.editor
        while len(ed.spec().hidden) < len(units):
            ed.select_column(len(ed.spec().hidden))
            ed.add_layer()
        for c, n in enumerate(units, start=1):
            while ed.spec().hidden[c - 1].units < n:
                ed.add_neuron(c)
            while ed.spec().hidden[c - 1].units > n:
                ed.remove_neuron(c)
            ed.set_activation(c, activation)
        ed.select_column(1)

    def training(optimizer: str, lr: float, batch_size: int) -> None:
        p = w.studio.panel
        p.optimizer_combo.setCurrentIndex(p.optimizer_combo.findData(optimizer))
        p.optimizer_combo.activated.emit(p.optimizer_combo.currentIndex())
        p.lr_spin.setValue(lr)
        p.batch_spin.setValue(batch_size)

    def when(condition, then, limit_s: float = 60.0) -> None:
        """Poll every 100 ms until ``condition()`` (or the time limit), then call ``then``."""
        def tick():
            state["ticks"] += 1
            if state.get("done"):
                # paused: wait until every view shows the last snapshot
                if not w.studio.dispatcher.stale_views() or state["ticks"] * 0.1 > limit_s + 10:
                    timer.stop()
                    QTimer.singleShot(300, then)
            elif condition() or state["ticks"] * 0.1 > limit_s:
                state["done"] = True
                if w.studio.worker.is_running:
                    w.studio.run_action.trigger()   # pause
        timer = QTimer(w)
        timer.timeout.connect(tick)
        timer.start(100)

    def accuracy() -> float:
        s = w.studio.dispatcher.latest
        return float(s.epoch_accuracy[-1]) if s is not None and len(s.epoch_accuracy) else 0.0

    def steps() -> int:
        return w.studio.dispatcher.latest.step if w.studio.dispatcher.latest is not None else 0

    if shot == "studio":
        # the start screen: XOR and the lecture's 2-2-1 sigmoid network, solved by pressing Run
        w.studio.editor.show_values_action.setChecked(True)
        w.studio.run_action.trigger()
        when(lambda: accuracy() == 1.0 and steps() > 400, finish)
    elif shot == "spiral":
        choose("spiral")
        hidden_layers([8, 8, 6], "tanh")
        training("adam", 0.01, 16)
        set_speed(0)
        w.studio.run_action.trigger()
        when(lambda: accuracy() > 0.9, finish)
    elif shot == "vanishing":
        choose("circle")
        hidden_layers([4, 4, 4, 4, 4], "sigmoid")
        training("sgd", 0.5, 32)
        set_speed(300)
        w.studio.gradient_dock.raise_()
        w.studio.run_action.trigger()
        when(lambda: steps() > 1500, finish)
    elif shot == "mnist":
        choose("mnist")
        hidden_layers([128, 64], "relu")
        training("adam", 0.001, 128)
        set_speed(0)
        w.studio.run_action.trigger()
        when(lambda: len(w.studio.dispatcher.latest.epochs) >= 2 if w.studio.dispatcher.latest is not None else False, finish, limit_s=120)
    elif shot == "sine":
        choose("sine")
        hidden_layers([16, 16], "tanh")
        set_speed(0)
        w.studio.run_action.trigger()
        when(lambda: steps() > 3000, finish)
    elif shot in ("backprop", "vanishing_lesson"):
        w.show_room("lessons")
        room = w.room("lessons")
        page = room.show_lesson("backprop" if shot == "backprop" else "vanishing")
        if page.asking:
            page.choice_buttons[page.lesson.prediction.answer].click()     # the learner predicted right
        if shot == "backprop":
            view = page.view
            view.forward_button.click()
            view.forward_button.click()
            for _ in range(3):           # the third backward step: ∂f/∂w = 1 × 5 = 5, "when w rises by 1, ..."
                view.backward_button.click()
            QTimer.singleShot(800, finish)
        else:
            page.view.run_button.click()
            when(lambda: not page.view.job.running and page.view.progress.value() == page.view.progress.maximum(),
                 finish, limit_s=120)
    elif shot == "race":
        from nnstudio.session.race import RaceTemplate

        w.race_action.trigger()                  # Tools → Optimizer race…
        room = w.current_room
        room.session.set_template(RaceTemplate.own("spiral", hidden=(16, 16), activation="tanh", batch_size=32))
        room.contestants_panel.apply_preset("lecture")
        room.session.add_contestant({"name": "adam", "lr": 0.03}, "Adam 0.03")
        room.settings_card.target_check.setChecked(True)
        room.settings_card.target_spin.setValue(0.1)
        room.race_action.trigger()

        def raced() -> bool:
            return room.session.finished

        def wait_for_views() -> None:
            if room.dispatcher.stale_views() and state["ticks"] < 1200:
                state["ticks"] += 1
                QTimer.singleShot(100, wait_for_views)
            else:
                QTimer.singleShot(300, finish)

        def poll() -> None:
            if raced() or state["ticks"] > 900:
                state["ticks"] = 0
                wait_for_views()
            else:
                state["ticks"] += 1
                QTimer.singleShot(100, poll)
        QTimer.singleShot(100, poll)
    elif shot == "surface":
        w.race_action.trigger()
        room = w.current_room
        room.set_mode("surface")
        room.surface_page.use_textbook_figure()
        room.surface_page.plot.set_arrows(True)

        def at_step() -> None:
            room.surface_page.pause()
            room.surface_page.plot.show_step(12)    # mid-way: the arrows show where each goes next
            QTimer.singleShot(500, finish)
        QTimer.singleShot(3000, at_step)
    elif shot == "pad":
        w.open_pad()
        pad = w.pad
        width, height = min(1100, SCREEN[0]), min(720, SCREEN[1])     # the whole pad on a small screen too
        pad.move(min(40, SCREEN[0] - width), min(40, SCREEN[1] - height))
        pad.resize(width, height)
        pad.set_source("shipped:mnist")          # the shipped MNIST model: works without any training

        def draw() -> None:
            # a handwritten 4: two strokes in the canvas's own coordinates
            n = pad.canvas.pixels()
            s = n / 280.0
            pad.canvas.add_stroke([(s * x, s * y) for x, y in ((95, 40), (80, 95), (65, 150), (70, 160),
                                                               (130, 158), (200, 152))], width=18 * s)
            pad.canvas.add_stroke([(s * x, s * y) for x, y in ((170, 60), (168, 120), (166, 180), (165, 245))],
                                  width=18 * s)
            QTimer.singleShot(1200, lambda: finish(pad))
        QTimer.singleShot(800, draw)
    app.exec()
    import shutil
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
