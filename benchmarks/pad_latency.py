"""Drawing pad latency: from the pen lifting (mouse release) to the probability bars repainted.

    python benchmarks/pad_latency.py [--strokes 200]

Draws `--strokes` strokes with real mouse events on the pad's canvas (offscreen Qt unless a display is
set), with the shipped model. For each stroke the clock runs from sending the release event to the end of
the event-loop turn that paints the result: release -> canvas array -> to_mnist -> model.predict -> bars,
label, previews and canvas repainted in one flush. Prints median and p99 in ms and the split between
preprocessing and the model. Target: < 10 ms. Other work on the machine shows up in the p99: note the
load average printed with the result.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import nnstudio  # noqa: F401  (BLAS kernel choice before NumPy loads)
import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "")
if not os.environ["QT_QPA_PLATFORM"]:
    del os.environ["QT_QPA_PLATFORM"]

from PySide6.QtCore import QPointF, Qt                      # noqa: E402
from PySide6.QtGui import QMouseEvent                       # noqa: E402
from PySide6.QtWidgets import QApplication                  # noqa: E402


def percentile(values, q):
    return float(np.percentile(np.asarray(values), q))


def mouse(kind, canvas, x, y, button, buttons):
    r = canvas._target_rect()
    s = r.width() / canvas.pixels()
    pos = QPointF(r.x() + x * s, r.y() + y * s)
    return QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)


def random_stroke(rng, n=15):
    """A smooth random stroke across the middle of the canvas (canvas pixels)."""
    start = rng.uniform(60, 220, 2)
    angle = rng.uniform(0, 2 * np.pi)
    turn = rng.uniform(-0.15, 0.15)
    pts = [start]
    for _ in range(n - 1):
        angle += turn
        step = np.array([np.cos(angle), np.sin(angle)]) * 10
        pts.append(np.clip(pts[-1] + step, 10, 270))
    return pts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--strokes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from nnstudio.app.pad import DigitPadWindow
    from nnstudio.data.digits import to_mnist_stages

    pad = DigitPadWindow()
    pad.resize(1000, 900)
    pad.show()
    app.processEvents()
    if pad.model() is None:
        print(f"error: {pad.model_problem()}", file=sys.stderr)
        return 2
    canvas = pad.canvas
    rng = np.random.default_rng(args.seed)
    shown = []
    pad.predictionUpdated.connect(shown.append)

    total, prep, model_ms = [], [], []
    warmup = 10
    for i in range(args.strokes + warmup):
        if i % 3 == 0:
            canvas.clear()              # a "digit" is about three strokes
        pts = random_stroke(rng)
        L = Qt.MouseButton.LeftButton
        QApplication.sendEvent(canvas, mouse(QMouseEvent.Type.MouseButtonPress, canvas, *pts[0], L, L))
        for p in pts[1:-1]:
            QApplication.sendEvent(canvas, mouse(QMouseEvent.Type.MouseMove, canvas, *p, Qt.MouseButton.NoButton, L))
        pad._live_timer.stop()          # the throttled live prediction is not what we time here
        app.processEvents()
        before = len(shown)
        t0 = time.perf_counter()
        QApplication.sendEvent(canvas, mouse(QMouseEvent.Type.MouseButtonRelease, canvas, *pts[-1], L,
                                             Qt.MouseButton.NoButton))
        app.processEvents()             # the paint that follows: canvas, bars, label and previews, one flush
        t1 = time.perf_counter()
        if len(shown) != before + 1 or shown[-1] is None:
            print("error: the stroke did not produce a prediction", file=sys.stderr)
            return 1
        if i >= warmup:
            total.append((t1 - t0) * 1e3)
            arr = canvas.to_array()
            t2 = time.perf_counter()
            st = to_mnist_stages(arr)
            t3 = time.perf_counter()
            pad.probabilities(st.centred.reshape(1, 784))
            t4 = time.perf_counter()
            prep.append((t3 - t2) * 1e3)
            model_ms.append((t4 - t3) * 1e3)
        app.processEvents()

    print(f"pad latency, stroke end -> bars repainted (one event-loop turn), {len(total)} strokes, shipped model "
          f"({pad.model_status.text()})")
    print(f"  total      median {statistics.median(total):6.2f} ms   p99 {percentile(total, 99):6.2f} ms   "
          f"max {max(total):6.2f} ms")
    print(f"  to_mnist   median {statistics.median(prep):6.2f} ms   p99 {percentile(prep, 99):6.2f} ms")
    print(f"  predict    median {statistics.median(model_ms):6.2f} ms   p99 {percentile(model_ms, 99):6.2f} ms")
    print(f"  target < 10 ms: {'met' if percentile(total, 99) < 10 else 'NOT met'} (p99); "
          f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', 'default')}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    pad.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
