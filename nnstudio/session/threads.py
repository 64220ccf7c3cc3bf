"""The lock a session shares between the worker thread that trains and the GUI thread that reads and edits."""
from __future__ import annotations

import contextlib
import threading


class GuiFirstLock:
    """The worker holds ``lock`` for each chunk of steps (and while it builds a snapshot); the GUI thread gets it
    as soon as that chunk ends: between chunks the worker calls ``wait_for_gui`` and waits while the GUI waits."""

    def __init__(self):
        self.lock = threading.RLock()
        self._gui_free = threading.Condition()
        self._gui_waiting = 0

    @contextlib.contextmanager
    def gui(self):
        """Hold the lock (GUI thread), ahead of the worker's next chunk."""
        with self._gui_free:
            self._gui_waiting += 1
        try:
            with self.lock:
                yield
        finally:
            with self._gui_free:
                self._gui_waiting -= 1
                self._gui_free.notify_all()

    def wait_for_gui(self, timeout: float = 1.0) -> None:
        """Worker thread: let the GUI thread take the lock first if it is waiting for it (at most ``timeout`` s)."""
        with self._gui_free:
            self._gui_free.wait_for(lambda: not self._gui_waiting, timeout)
