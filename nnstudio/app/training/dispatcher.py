"""SnapshotDispatcher: draws the worker's newest snapshot in every visible view, one view per event-loop turn.

One view at a time keeps every GUI event short (a 784-input editor or a histogram of 200,000 weights takes tens
of ms). The pause after each draw keeps the GUI thread's share of the GIL small, so that the worker's NumPy
calls are not kept waiting: with tiny GIL-bound steps (XOR) the worker steps aside while the GUI draws, so the
GUI may take half the time. With big batches (MNIST) training speed matters: the GUI's share of the time
(``duty``) adapts to what drawing costs training on this machine, as the worker measures it
(``worker.efficiency()``: the training speed with the GUI drawing against its speed while the GUI is idle).
Below TARGET_EFFICIENCY the GUI draws less often, well above it more often, between MIN_DUTY and MAX_DUTY: a
slow CPU, a busy machine or an expensive view get fewer draws instead of slower training.
Views never build a backlog: a view that is not showing the newest snapshot draws it at its next turn. While big
batches train, the worker builds snapshots about as often as the GUI draws (``worker.set_snapshot_interval``),
between 15 and 5 a second.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

GUI_DUTY_SMALL_STEPS = 0.5    # share of time the GUI may spend drawing while the worker's steps are tiny
GUI_DUTY_BIG_STEPS = 0.08     # ... and at first while it trains big batches (then adapted, see below)
MIN_DUTY, MAX_DUTY = 0.01, 0.25
TARGET_EFFICIENCY = 0.93      # training with the window open at >= 93 % of its speed without drawing ...
GENEROUS_EFFICIENCY = 0.97    # ... and when above this, the GUI may draw more often
MAX_DRAW_PAUSE = 0.5          # seconds: the longest pause between two view draws (every view stays live)


def adapted_duty(duty: float, efficiency: float | None) -> float:
    """The GUI's next share of time while big batches train, after the worker measured ``efficiency``."""
    if efficiency is None:
        return duty
    if efficiency < TARGET_EFFICIENCY:
        # draw less, in proportion to how far training fell short (at least by a fifth)
        duty *= min(0.8, max(0.3, 1.0 - (TARGET_EFFICIENCY - efficiency) / (1.0 - TARGET_EFFICIENCY)))
    elif efficiency > GENEROUS_EFFICIENCY:
        duty *= 1.1
    return min(MAX_DUTY, max(MIN_DUTY, duty))


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
        self.duty = GUI_DUTY_BIG_STEPS      # the GUI's share of the time while big batches train (adapted)
        self._efficiencies_seen = 0
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
        if self._stopped:      # the room closed or is rebuilt (a change of language) while its view drew
            return
        cost = time.perf_counter() - self._draw_started
        if self._worker.steps_are_tiny:
            duty = GUI_DUTY_SMALL_STEPS
        else:
            efficiency, count = self._worker.efficiency()
            if count != self._efficiencies_seen:      # a new measurement (one every couple of seconds)
                self._efficiencies_seen = count
                self.duty = adapted_duty(self.duty, efficiency)
            duty = self.duty
        # (capped: one slow draw, e.g. the first after a structural edit, must not leave the views stale for long)
        pause = min(cost * (1.0 - duty) / duty, MAX_DRAW_PAUSE)
        self._next_draw_at = time.perf_counter() + pause
        if not self._worker.steps_are_tiny:
            self._worker.set_snapshot_interval(cost + pause)   # about one snapshot per draw
        if self.stale_views():
            self._schedule()
