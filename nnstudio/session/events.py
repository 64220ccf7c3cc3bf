"""Events without Qt: a session announces its changes, views subscribe (napari's components/views split).

    session.events.spec.connect(editor.show_spec)
    session.events.spec.emit(spec)          # calls every subscriber, in the order they connected

Events are emitted in the thread that made the change. The session changes only through its intents, which
the GUI calls in the GUI thread, so Qt views may update their widgets directly in their callbacks.
"""
from __future__ import annotations

from collections.abc import Callable


class Event:
    """A list of callbacks called with the event's arguments."""

    def __init__(self, name: str):
        self.name = name
        self._callbacks: list[Callable] = []

    def connect(self, callback: Callable) -> Callable:
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args) -> None:
        for callback in list(self._callbacks):
            callback(*args)

    def __repr__(self) -> str:
        return f"Event({self.name!r}, {len(self._callbacks)} subscribers)"


class EventGroup:
    """Named events as attributes: ``EventGroup("spec", "data")`` has ``.spec`` and ``.data``."""

    def __init__(self, *names: str):
        for name in names:
            setattr(self, name, Event(name))
