"""SnapshotDispatcher: draws the worker's newest snapshot in every visible view, one view per event-loop turn.

One view at a time keeps every GUI event short (a 784-input editor or a histogram of 200,000 weights takes tens
of ms). The pause after each draw keeps the GUI thread's share of the GIL small, so that the worker's NumPy
calls are not kept waiting: with tiny GIL-bound steps (XOR) the worker steps aside while the GUI draws, so the
GUI may take half the time; with big batches (MNIST) training speed matters and drawing keeps to ~8 %.
Views never build a backlog: a view that is not showing the newest snapshot draws it at its next turn.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

GUI_DUTY_SMALL_STEPS = 0.5    # share of time the GUI may spend drawing while the worker's steps are tiny
GUI_DUTY_BIG_STEPS = 0.08     # ... and while it trains big batches (MNIST: throughput >= 90 % of headless)
MAX_DRAW_PAUSE = 0.5          # seconds: the longest pause between two view draws


class SnapshotDispatcher(QObject):
    """Takes a worker's snapshots in the GUI thread and draws them in ``views`` (each has ``show_snapshot(s)``
    and ``isVisible()``)."""

    # every snapshot as it arrives, before any view draws it (cheap listeners: status labels, the pad)
    received = Signal(object)

    def __init__(self, worker, views=(), parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self.views: list = list(views)
        self.latest = None                  # the newest snapshot
        self._drawn_in = {}                 # view -> the snapshot it shows
        self._last_drawn = -1               # index in self.views of the view drawn last
        self._scheduled = False
        self._next_draw_at = 0.0
        self._draw_started = 0.0
        self._stopped = False
        worker.snapshot.connect(self._on_snapshot)

    def add_view(self, view) -> None:
        self.views.append(view)

    def stop(self) -> None:
        """No more drawing (the window closes)."""
        self._stopped = True

    def catch_up(self, visible: bool = True) -> None:
        """A view became visible: it gets the newest snapshot with the next drawing turn."""
        if visible:
            self._schedule()

    def stale_views(self) -> list:
        """Visible views not showing the newest snapshot, round-robin after the one drawn last."""
        if self.latest is None:
            return []
        n = len(self.views)
        order = [self.views[(self._last_drawn + 1 + i) % n] for i in range(n)]
        return [v for v in order if v.isVisible() and self._drawn_in.get(v) is not self.latest]

    def _on_snapshot(self, snapshot) -> None:
        if self._stopped:
            return
        self.latest = snapshot
        self.received.emit(snapshot)
        self._schedule()

    def _schedule(self) -> None:
        if self._scheduled or self._stopped:
            return
        self._scheduled = True
        delay = max(0.0, self._next_draw_at - time.perf_counter())
        QTimer.singleShot(int(1000 * delay), self._draw_next_view)

    def _draw_next_view(self) -> None:
        self._scheduled = False
        stale = self.stale_views() if not self._stopped else []
        if not stale:
            return
        view = stale[0]
        self._last_drawn = self.views.index(view)
        self._draw_started = time.perf_counter()
        self._worker.gui_drawing(True)
        try:
            view.show_snapshot(self.latest)
        finally:  # a view that fails must not leave the worker waiting for the GUI
            self._drawn_in[view] = self.latest
            # posted after the view's repaint request, so it runs once the view is painted
            QTimer.singleShot(0, self._draw_finished)

    def _draw_finished(self) -> None:
        self._worker.gui_drawing(False)
        cost = time.perf_counter() - self._draw_started
        duty = GUI_DUTY_SMALL_STEPS if self._worker.steps_are_tiny else GUI_DUTY_BIG_STEPS
        # (capped: one slow draw, e.g. the first after a structural edit, must not leave the views stale for seconds)
        self._next_draw_at = time.perf_counter() + min(cost * (1.0 - duty) / duty, MAX_DRAW_PAUSE)
        if self.stale_views():
            self._schedule()
