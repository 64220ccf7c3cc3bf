"""Tab through a room as it reads: left to right along a line, line after line, one panel at a time.

Qt's Tab follows the order in which widgets were made (or put in their window), not where they show: a room whose
panels and rows are made in another order than they read (a contestant added later, an optimizer's own settings
shown by More) took the keyboard from the plots to the table to the bottom of the side panel and back up.
``visual_tab_stops`` lists a panel's stops as they read; ``chain_tabs`` makes Tab follow a list.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QWidget


def visual_tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab stops at, as they read: its children (not hidden) line by line
    — a child whose middle is above the bottom of the line so far joins that line — and left to right within a
    line; a child that takes no focus itself is read the same way inside. A scroll area (not a table or list) is
    read through: its contents are the stops; a table or list is a stop, and so are the widgets in its cells,
    after it."""
    stops = []
    children = [c for c in container.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if not c.isWindow() and not c.isHidden()]
    for child in _reading_order(children):
        if isinstance(child, QAbstractItemView):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(child)
            stops.extend(visual_tab_stops(child.viewport()))     # the buttons in its cells, after it
        elif child.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(child, QScrollArea):
            stops.append(child)
        else:
            stops.extend(visual_tab_stops(child))
    return stops


def _reading_order(widgets: list[QWidget]) -> list[QWidget]:
    lines: list[list[QWidget]] = []
    bottom = None
    for w in sorted(widgets, key=lambda w: (w.geometry().top(), w.geometry().left())):
        g = w.geometry()
        if bottom is not None and g.center().y() < bottom:
            lines[-1].append(w)
            bottom = max(bottom, g.bottom())
        else:
            lines.append([w])
            bottom = g.bottom()
    return [w for line in lines for w in sorted(line, key=lambda w: w.geometry().left())]


def chain_tabs(widgets) -> None:
    """Tab goes from each widget of ``widgets`` to the next."""
    widgets = list(widgets)
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
