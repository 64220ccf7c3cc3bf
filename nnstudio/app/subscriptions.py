"""Widgets that listen to a Qt-free session: the subscription ends with the widget.

A session outlives its views (the window rebuilds its rooms when the language changes), and its events hold
plain callbacks: a view subscribes with ``subscribe(self, event, callback)`` so that the callback is dropped
when the view's Qt object is destroyed, instead of being called on a deleted widget.
"""
from __future__ import annotations


def subscribe(owner, event, callback) -> None:
    """``event.connect(callback)`` until ``owner`` (a QObject) is destroyed."""
    event.connect(callback)
    owner.destroyed.connect(lambda *_: event.disconnect(callback))
