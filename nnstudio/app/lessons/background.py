"""BackgroundJob: a lesson's long computation (an MNIST experiment, a many-seed run) in a thread of its own.

The work is a generator function ``work(abort)`` that yields ``(done, total, partial_result)`` between steps and
returns its result; ``abort`` is a ``threading.Event`` it may look at, and the job stops at the next yield once
it is set (there is no Qt event loop in the other thread: flags, not queued signals). Signals are emitted from
the job's thread and queued to the GUI thread, which owns the job.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from nnstudio.app.texts import translated


class BackgroundJob(QObject):
    """Runs one piece of work at a time in a daemon thread; ``start`` while it runs is refused."""

    # signals, all emitted from the job's thread (queued to the GUI):
    progressed = Signal(int, int, object)   # steps done, steps in all, the partial result yielded with them
    succeeded = Signal(object)              # the work returned this result
    failed = Signal(str)                    # the work raised; the message says why
    ended = Signal()                        # after succeeded or failed, and after an abort

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._abort = threading.Event()
        self._active = False
        # connected first, so it runs before every other receiver of ``ended`` (in the GUI thread)
        self.ended.connect(self._on_ended)

    @property
    def running(self) -> bool:
        """From ``start`` until the GUI thread has received ``ended``. (The thread itself lives a moment longer:
        a Run clicked as soon as the last run's ``ended`` re-enabled the button must not be refused.)"""
        return self._active

    def _on_ended(self) -> None:
        self._active = False

    def start(self, work) -> bool:
        """Run ``work(abort)`` in the background; False (nothing starts) while another run is going on."""
        if self.running:
            return False
        self._abort = threading.Event()
        self._active = True
        self._thread = threading.Thread(target=self._run, args=(work, self._abort), name="nnstudio-lesson",
                                        daemon=True)
        self._thread.start()
        return True

    def abort(self) -> None:
        """Stop at the work's next yield (no result is reported)."""
        self._abort.set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work has ended; True if it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def _run(self, work, abort: threading.Event) -> None:
        try:
            generator = work(abort)
            while True:
                try:
                    done, total, partial = next(generator)
                except StopIteration as stop:
                    if not abort.is_set():
                        self.succeeded.emit(stop.value)
                    break
                if abort.is_set():
                    generator.close()
                    break
                self.progressed.emit(int(done), int(total), partial)
        except (ArithmeticError, MemoryError, OSError, ValueError) as exc:
            if not abort.is_set():
                self.failed.emit(translated(exc) or type(exc).__name__)
        finally:
            self.ended.emit()
